"""Scoring coded events: against gold events (the rules of shared/tools/score_events.py) and
against PLV-style sentence sets (the rules of shared/tools/score_plv.py)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
OLDER_LABEL = {"CONCEDE": "YIELD", "RETREAT": "YIELD", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}


@dataclass
class Scores:
    """Counts per class, a confusion table (gold → predicted) and the totals."""

    per_class: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    totals: Counter[str] = field(default_factory=Counter)
    misses: list[Mapping[str, Any]] = field(default_factory=list)  # required gold events not found
    false_positives: list[Mapping[str, Any]] = field(default_factory=list)  # records matching no gold event

    def prf(self, name: str | None = None) -> tuple[float, float, float]:
        c = self.per_class[name] if name else self.totals
        p = c["correct"] / c["predicted"] if c["predicted"] else 0.0
        r = c["correct"] / c["gold"] if c["gold"] else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """Gold events or event records, one JSON object a line."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _code(actor: Mapping[str, Any] | None) -> str | None:
    return (actor.get("country") or actor.get("org")) if actor else None


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def score_events(gold: list[dict[str, Any]], predicted: list[dict[str, Any]], tolerance: int = 1) -> Scores:
    """Precision and recall of events per article: type (or an alt type), actors (either order
    when symmetric), dates within the tolerance; optional gold events neither help nor hurt."""
    scores = Scores()
    gold_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        gold_by[str(g["article"])].append(g)
    pred_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in predicted:
        pred_by[str(p.get("article_id"))].append(p)
    slack = dt.timedelta(days=tolerance)
    for article in sorted(set(gold_by) | set(pred_by)):
        seen, preds = set(), []
        for p in pred_by.get(article, []):
            src, tgt = _code(p.get("source")), _code(p.get("target"))
            pair = frozenset([src, tgt]) if p.get("event_type") in SYMMETRIC else (src, tgt)
            key = (p.get("event_type"), pair, p.get("date"))
            if key not in seen:
                seen.add(key)
                preds.append((p.get("event_type"), src, tgt, _date(p.get("date")), p))
        used: set[int] = set()
        optional_hits: set[int] = set()
        for g in sorted(gold_by.get(article, []), key=lambda g: g.get("optional", False)):
            types = {g["type"], *g.get("alt_types", [])}
            lo, hi = _date(g.get("date")), _date(g.get("date_max") or g.get("date"))
            hit = None
            for i, (etype, src, tgt, day, _) in enumerate(preds):
                if i in used or etype not in types:
                    continue
                same = {src, tgt} == {g["source"], g.get("target")} if g.get("symmetric") else \
                    (src, tgt) == (g["source"], g.get("target"))
                if same and (lo is None or day is None or lo - slack <= day <= hi + slack):
                    hit = i
                    break
            if g.get("optional"):
                if hit is not None:
                    used.add(hit)
                    optional_hits.add(hit)
                continue
            scores.totals["gold"] += 1
            scores.per_class[g["type"]]["gold"] += 1
            if hit is not None:
                used.add(hit)
                scores.totals["correct"] += 1
                scores.per_class[g["type"]]["correct"] += 1
                scores.confusion[(g["type"], preds[hit][0])] += 1
                _situation(scores, g, preds[hit][4])
            else:
                scores.confusion[(g["type"], "NONE")] += 1
                scores.misses.append(g)
        for i, (etype, *_, record) in enumerate(preds):
            if i in optional_hits:
                continue
            scores.totals["predicted"] += 1
            scores.per_class[etype]["predicted"] += 1
            if i not in used:
                scores.confusion[("NONE", etype)] += 1
                scores.false_positives.append(record)
    return scores


def _situation(scores: Scores, gold: Mapping[str, Any], record: Mapping[str, Any]) -> None:
    """Counts, on a matched event, whether its place country is the gold's and whether its date
    was read in the text (not the publication date)."""
    if gold.get("place"):
        scores.totals["placed"] += 1
        location = record.get("location") or {}
        scores.totals["place_right"] += location.get("country") == gold["place"]
    if gold.get("date"):
        scores.totals["dated"] += 1
        scores.totals["date_from_text"] += bool(record.get("date_text")) and record.get("date_precision") != "article"


def score_by_language(gold: list[dict[str, Any]], predicted: list[dict[str, Any]], languages: Mapping[str, str],
                      tolerance: int = 1) -> dict[str, Scores]:
    """``score_events`` over each language's articles (``languages``: article id → language code), and "all"."""
    out = {"all": score_events(gold, predicted, tolerance)}
    for lang in sorted(set(languages.values())):
        ids = {a for a, code in languages.items() if code == lang}
        out[lang] = score_events([g for g in gold if str(g["article"]) in ids],
                                 [p for p in predicted if str(p.get("article_id")) in ids], tolerance)
    return out


def plv_label(event: Mapping[str, Any]) -> str:
    etype = str(event.get("event_type"))
    if etype == "ACCUSE" and event.get("mode") == "investigate":
        return "INVESTIGATE"
    return OLDER_LABEL.get(etype, etype)


def read_plv(path: Path, lang: str) -> list[dict[str, str]]:
    """Rows of a PLV-style TSV: uid, gold_root and the sentence, source and target columns
    (``sentence`` in English, ``sentence_<lang>`` in other languages)."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    suffix = "" if rows and "sentence" in rows[0] and lang == "en" else f"_{lang}"
    if rows and f"sentence{suffix}" not in rows[0]:
        suffix = ""
    return [{"uid": r.get("uid") or r.get("") or str(i), "gold": r["gold_root"], "sentence": r[f"sentence{suffix}"],
             "source": r[f"source{suffix}"], "target": r[f"target{suffix}"]} for i, r in enumerate(rows)]


def _overlap(a: str | None, b: str | None) -> float:
    x, y = set((a or "").lower().split()), set((b or "").lower().split())
    return len(x & y) / len(x | y) if x and y else 0.0


def plv_answer(row: Mapping[str, str], events: list[Mapping[str, Any]]) -> str:
    """The event whose actors best overlap the row's source and target, else the first one."""
    if not events:
        return "NONE"

    def fit(e: Mapping[str, Any]) -> float:
        return _overlap((e.get("source") or {}).get("text"), row["source"]) + \
            _overlap((e.get("target") or {}).get("text"), row["target"])

    best = max(events, key=fit)
    return plv_label(best if fit(best) > 0 else events[0])


def score_plv(rows: list[dict[str, str]], events: Mapping[str, list[Mapping[str, Any]]]) -> Scores:
    scores = Scores()
    for row in rows:
        got = plv_answer(row, list(events.get(str(row["uid"]), [])))
        scores.confusion[(row["gold"], got)] += 1
        scores.totals["gold"] += 1
        scores.per_class[row["gold"]]["gold"] += 1
        if got != "NONE":
            scores.per_class[got]["predicted"] += 1
            scores.totals["predicted"] += 1
        if got == row["gold"]:
            scores.per_class[got]["correct"] += 1
            scores.totals["correct"] += 1
    return scores


def _share(scores: Scores, part: str, whole: str) -> str:
    n = scores.totals[whole]
    return f"{scores.totals[part] / n:.3f} ({scores.totals[part]}/{n})" if n else "-"


def report_events(by_language: Mapping[str, Scores], title: str, errors: bool = False) -> Iterable[str]:
    """Lines of text: precision, recall and F1 per language, with the share of matched events whose
    place country is the gold's and whose date was read in the text; then the per-type report of
    all languages, and with ``errors`` every miss and false positive."""
    yield title
    yield (f"{'language':9} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}  "
           f"{'place right':>14}  {'date from text':>14}")
    for lang, scores in sorted(by_language.items(), key=lambda kv: kv[0] == "all"):
        p, r, f = scores.prf()
        yield (f"{lang:9} {scores.totals['gold']:5d} {scores.totals['predicted']:5d} {p:6.3f} {r:6.3f} {f:6.3f}  "
               f"{_share(scores, 'place_right', 'placed'):>14}  {_share(scores, 'date_from_text', 'dated'):>14}")
    yield from report(by_language["all"], "per type, all languages")
    if errors:
        everything = by_language["all"]
        yield "missed (required gold events):"
        for g in everything.misses:
            yield (f"  {g['article']} {g['type']} {g['source']}->{g.get('target')} {g.get('date')}: "
                   f"{g.get('evidence', '')}")
        yield "false positives:"
        for e in everything.false_positives:
            yield (f"  {e.get('article_id')} {e.get('event_type')} {_code(e.get('source'))}->{_code(e.get('target'))} "
                   f"{e.get('date')} [{e.get('trigger')}]: {str(e.get('sentence', ''))[:140]}")


def report(scores: Scores, title: str, accuracy: bool = False) -> Iterable[str]:
    """Lines of text: per-class precision, recall, F1, then the confusion table."""
    yield title
    yield f"{'type':12} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}"
    for name in sorted(k for k in scores.per_class if k != "NONE"):
        c = scores.per_class[name]
        p, r, f = scores.prf(name)
        yield f"{name:12} {c['gold']:5d} {c['predicted']:5d} {p:6.3f} {r:6.3f} {f:6.3f}"
    p, r, f = scores.prf()
    yield f"{'all':12} {scores.totals['gold']:5d} {scores.totals['predicted']:5d} {p:6.3f} {r:6.3f} {f:6.3f}"
    if accuracy:
        yield f"accuracy {scores.totals['correct'] / scores.totals['gold'] if scores.totals['gold'] else 0:.3f}"
    labels = sorted({g for g, _ in scores.confusion} | {p for _, p in scores.confusion})
    short = [label[:5] for label in labels]
    yield "confusion (rows gold, columns predicted):"
    yield " " * 12 + " ".join(f"{s:>5}" for s in short)
    for g in labels:
        if any(scores.confusion[(g, p)] for p in labels):
            yield f"{g:12}" + " ".join(f"{scores.confusion[(g, p)] or '.':>5}" for p in labels)
