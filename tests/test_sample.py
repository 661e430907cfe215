"""The first real input: the French wire story in ../shared/samples, scored with the project's
own scorer against expert gold (read from ../shared, never copied into the repository)."""

from __future__ import annotations

import importlib.util
import json

import pytest

from froissart.articles import Reader
from froissart.model import Article
from tests.conftest import SHARED

SAMPLE = SHARED / "samples" / "articles.jsonl"
pytestmark = pytest.mark.skipif(not SAMPLE.exists(), reason="../shared/samples is not beside this checkout")


def _scorer():
    spec = importlib.util.spec_from_file_location("score_events", SHARED / "tools" / "score_events.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sample_scores_against_gold(coder):
    articles = [a for a in Reader().read([str(SAMPLE)]) if isinstance(a, Article)]
    predictions = [r.as_dict() for a in articles for r in coder.code(a)]
    scorer = _scorer()
    gold = scorer.load_jsonl(SHARED / "samples" / "gold.jsonl")
    result = scorer.score(gold, json.loads(json.dumps(predictions)))
    assert result["recall"] >= 0.85, result["misses"]
    assert result["precision"] >= 0.80, result["false_positives"]


def test_sample_event_ids_are_stable(coder):
    [article] = [a for a in Reader().read([str(SAMPLE)]) if isinstance(a, Article)]
    first = [r.event_id for r in coder.code(article)]
    assert first == [r.event_id for r in coder.code(article)]
    assert len(set(first)) == len(first)
