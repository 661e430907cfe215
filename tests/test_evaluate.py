"""froissart eval: the same numbers as the shared scorers, per type, with a confusion table."""

from __future__ import annotations

import importlib.util
import json

import pytest
from click.testing import CliRunner

from froissart.cli import main
from froissart.evaluate import plv_answer, read_plv, score_events, score_plv
from tests.conftest import SHARED

GOLD = [
    {"article": "a", "type": "CONSULT", "source": "JPN", "target": "USA", "symmetric": True, "date": "2024-11-14"},
    {"article": "a", "type": "ACCUSE", "source": "JPN", "target": "PRK", "symmetric": False, "date": "2024-11-14"},
    {"article": "a", "type": "AID", "source": "PRK", "target": "RUS", "symmetric": False, "date": None,
     "optional": True, "alt_types": ["MOBILIZE"]},
]


def event(etype, src, tgt, date="2024-11-15", article="a"):
    return {"article_id": article, "event_type": etype, "source": {"country": src}, "target": {"country": tgt},
            "date": date}


def test_evaluate_events_rules():
    preds = [event("CONSULT", "USA", "JPN"), event("CONSULT", "USA", "JPN"),  # symmetric, repeated: one hit
             event("ACCUSE", "PRK", "JPN"),  # wrong direction: a miss and a false positive
             event("MOBILIZE", "PRK", "RUS"),  # optional: neither hit nor miss
             event("ACCUSE", "JPN", "PRK", date="2024-11-20")]  # date out of tolerance
    s = score_events(GOLD, preds)
    assert (s.totals["gold"], s.totals["correct"], s.totals["predicted"]) == (2, 1, 3)
    assert s.prf("CONSULT") == (1.0, 1.0, 1.0)


@pytest.mark.skipif(not (SHARED / "tools" / "score_events.py").exists(), reason="../shared/tools is not here")
def test_evaluate_agrees_with_shared_scorer():
    spec = importlib.util.spec_from_file_location("score_events", SHARED / "tools" / "score_events.py")
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    preds = [event("CONSULT", "USA", "JPN"), event("ACCUSE", "PRK", "JPN"), event("MOBILIZE", "PRK", "RUS"),
             event("SANCTION", "USA", "RUS")]
    theirs = shared.score(GOLD, preds)
    ours = score_events(GOLD, preds)
    p, r, _ = ours.prf()
    assert (round(p, 4), round(r, 4)) == (theirs["precision"], theirs["recall"])


def test_evaluate_plv_labels_and_choice(tmp_path):
    tsv = tmp_path / "plv.tsv"
    tsv.write_text("uid\tsentence\tsource\ttarget\tgold_root\n1\tX freed Y.\tX\tY\tYIELD\n2\tX hit Y.\tX\tY\tASSAULT\n"
                   "3\tX met Y.\tX\tY\tCONSULT\n", encoding="utf-8")
    rows = read_plv(tsv, "en")
    events = {"1": [{"event_type": "RETREAT", "source": {"text": "X"}, "target": {"text": "Y"}}],
              "2": [{"event_type": "ACCUSE", "source": {"text": "Z"}},
                    {"event_type": "ASSAULT", "source": {"text": "X"}, "target": {"text": "Y"}}]}
    assert plv_answer(rows[0], events["1"]) == "YIELD"
    s = score_plv(rows, events)
    assert s.totals["correct"] == 2 and s.confusion[("CONSULT", "NONE")] == 1


def test_evaluate_cli_codes_a_plv_file(tmp_path):
    tsv = tmp_path / "fr.tsv"
    tsv.write_text("uid\tsentence_fr\tsource_fr\ttarget_fr\tgold_root\n"
                   "1\tLa Russie a attaqué l'Ukraine.\tLa Russie\tl'Ukraine\tASSAULT\n"
                   "2\tLe Japon a rencontré la Chine.\tLe Japon\tla Chine\tCONSULT\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(tsv), "--lang", "fr"])
    assert result.exit_code == 0, result.output
    assert "accuracy 1.000" in result.output and "confusion" in result.output


def test_evaluate_cli_gold_events(tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(json.dumps(e) for e in [event("CONSULT", "USA", "JPN")]), encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(g) for g in GOLD), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold), str(pred)])
    assert result.exit_code == 0 and "CONSULT" in result.output


def test_evaluate_cli_per_language_place_and_date(tmp_path):
    """Per language: P, R, F1, and on the matched events the share placed in the gold's country and
    the share dated from the text."""
    articles = tmp_path / "articles.jsonl"
    articles.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in [
        {"id": "en1", "language": "en", "published": "2024-11-15",
         "text": "Kenya criticised Uganda on Tuesday in Nairobi."},
        {"id": "fr1", "language": "fr", "published": "2024-11-15",
         "text": "Le Sénégal a critiqué mardi la Gambie à Dakar."}]), encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(g) for g in [
        {"article": "en1", "type": "ACCUSE", "source": "KEN", "target": "UGA", "symmetric": False,
         "date": "2024-11-12", "place": "KEN"},
        {"article": "fr1", "type": "ACCUSE", "source": "SEN", "target": "GMB", "symmetric": False,
         "date": "2024-11-12", "place": "SEN"}]), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold), "--articles", str(articles), "--errors"])
    assert result.exit_code == 0, result.output
    lines: dict[str, str] = {}
    for line in result.output.splitlines():  # the language table comes first
        if line.split():
            lines.setdefault(line.split()[0], line)
    for lang in ("en", "fr", "all"):
        assert "1.000 (" in lines[lang] and lines[lang].count("1.000") >= 5, lines[lang]
    assert "missed (required gold events):" in result.output and "false positives:" in result.output
