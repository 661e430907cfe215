"""Coding on a real Dask LocalCluster of 2 worker processes gives exactly the events of one
process; a rerun skips the partitions already written."""

from __future__ import annotations

import json

import pytest

from froissart import distributed
from froissart.articles import Reader
from froissart.model import Article
from tests.conftest import ROOT, SHARED


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dask-in")
    paths = [str(ROOT / "examples")]
    if (SHARED / "samples" / "articles.jsonl").exists():
        paths.append(str(SHARED / "samples" / "articles.jsonl"))
    broken = folder / "bad.jsonl"
    broken.write_text('{"id": "ok", "text": "Japan condemned North Korea on Monday.", "language": "en", '
                      '"published": "2024-11-15"}\n{"id": broken\n', encoding="utf-8")
    return [*paths, str(broken)]


def test_distributed_local_cluster_matches_one_process(inputs, tmp_path, coder):
    out = tmp_path / "parts"
    totals = distributed.run(inputs, "local:2", out, distributed.Settings(), size=2)
    assert totals["partitions"] >= 4 and totals["done_before"] == 0 and totals["skipped"] == 1
    rows = list(distributed.read_back(out))
    skipped = [r for r, _ in rows if r["status"] == "skipped"]
    assert len(skipped) == 1 and "invalid JSON" in skipped[0]["reason"]
    dask_events = [e.as_dict() for r, events in rows for e in events]
    local = [a for a in Reader().read(inputs) if isinstance(a, Article)]
    one_process = [e.as_dict() for _, events in coder.code_many(local) for e in events]
    assert len(dask_events) == len(one_process) > (40 if len(inputs) == 3 else 25)  # with the shared sample or not
    assert json.dumps(dask_events, sort_keys=True) == json.dumps(one_process, sort_keys=True)
    again = distributed.run(inputs, "local:2", out, distributed.Settings(), size=2)
    assert again["done_before"] == again["partitions"] and again["coded"] == 0
