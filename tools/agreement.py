"""Agreement between two codings of the same stories: each coding's required events scored
against the other (the rules of ``shared/tools/score_events.py``: an event counts when its type,
actors and day match one of the other coding's, optional events neither hit nor miss).

    python tools/agreement.py FIRST.gold.jsonl SECOND.gold.jsonl ARTICLES.jsonl

It prints, per language, the second coding scored against the first and the first against the
second: how far apart two careful coders are, the ceiling a coder can be asked for.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from froissart.evaluate import load_jsonl, score_events


def as_records(gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A coding's required events as event records."""
    return [{"article_id": g["article"], "event_type": g["type"], "source": {"country": g["source"]},
             "target": {"country": g["target"]} if g.get("target") else None, "date": g.get("date")}
            for g in gold if not g.get("optional")]


def main(first: str, second: str, articles: str) -> None:
    languages = {row["id"]: row["language"] for row in map(json.loads, Path(articles).read_text().splitlines()) if row}
    one = [g for g in load_jsonl(Path(first)) if g["article"] in languages]
    two = [g for g in load_jsonl(Path(second)) if g["article"] in languages]
    for lang in [*sorted(set(languages.values())), None]:
        a = [g for g in one if lang is None or languages[g["article"]] == lang]
        b = [g for g in two if lang is None or languages[g["article"]] == lang]
        p, r, f = score_events(a, as_records(b)).prf()
        p2, r2, f2 = score_events(b, as_records(a)).prf()
        print(f"{lang or 'all':4} second against first: P {p:.3f} R {r:.3f} F1 {f:.3f}   "
              f"first against second: P {p2:.3f} R {r2:.3f} F1 {f2:.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
