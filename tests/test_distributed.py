"""Coding on a real Dask LocalCluster of 2 worker processes gives exactly the events of one
process; a rerun skips the partitions already written."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil

import duckdb
import pytest

from froissart import distributed
from froissart.articles import Reader
from froissart.model import Article
from froissart.runner import Run
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


# -- reruns in one folder: a part is reused only when made from the same inputs, options and coder --
TEXTS = {
    "a1.txt": "Japan condemned North Korea on Monday over its missile launch.",
    "a2.txt": "France expelled a Russian diplomat on Tuesday, the foreign ministry said.",
    "b1.txt": "Egypt accused Ethiopia on Wednesday of threatening its water supply.",
    "b2.txt": "The United States imposed sanctions on five Iranian officials on Thursday.",
    "b3.txt": "Britain expelled an Iranian diplomat, the Foreign Office said on Friday.",
}


def _texts(folder, names):
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(TEXTS[name], encoding="utf-8")
    return [str(folder)]


def _read(out):
    rows = list(distributed.read_back(out))
    return [r["origin"].rsplit("/", 1)[-1] for r, _ in rows], [e.as_dict() for _, events in rows for e in events]


@pytest.fixture(scope="module")
def coded_a(tmp_path_factory):
    """Inputs a1, a2 coded once (one part each) into a folder the tests copy."""
    root = tmp_path_factory.mktemp("dask-rerun")
    inputs = _texts(root / "a", ["a1.txt", "a2.txt"])
    out = root / "parts"
    totals = distributed.run(inputs, "local:1", out, distributed.Settings(), size=1)
    assert totals["partitions"] == 2 and totals["done_before"] == 0 and totals["coded"] == 2
    origins, events = _read(out)
    assert origins == ["a1.txt", "a2.txt"] and events
    return inputs, root, out, events


def _copy(coded_a, tmp_path):
    out = tmp_path / "parts"
    shutil.copytree(coded_a[2], out)
    return out


def test_rerun_with_other_input_codes_it_and_reads_back_only_it(coded_a, tmp_path):
    out = _copy(coded_a, tmp_path)
    other = _texts(tmp_path / "b", ["b1.txt"])
    totals = distributed.run(other, "local:1", out, distributed.Settings(), size=1)
    assert totals["partitions"] == 1 and totals["done_before"] == 0 and totals["coded"] == 1
    origins, events = _read(out)
    assert origins == ["b1.txt"] and events
    assert not [e for e in events if e in coded_a[3]]


def test_rerun_with_same_inputs_and_options_skips_every_part(coded_a, tmp_path):
    inputs, _, _, events_a = coded_a
    out = _copy(coded_a, tmp_path)
    # another run in between, with more parts than the first, leaves its parts in the folder
    distributed.run(_texts(tmp_path / "b", ["b1.txt", "b2.txt", "b3.txt"]), "local:1", out,
                    distributed.Settings(), size=1)
    assert _read(out)[0] == ["b1.txt", "b2.txt", "b3.txt"]
    again = distributed.run(inputs, "local:1", out, distributed.Settings(), size=1)
    assert again == {"partitions": 2, "done_before": 2, "coded": 0, "skipped": 0, "events": 0}
    origins, events = _read(out)
    assert origins == ["a1.txt", "a2.txt"]
    assert json.dumps(events, sort_keys=True) == json.dumps(events_a, sort_keys=True)


def test_rerun_with_another_option_codes_again(coded_a, tmp_path):
    inputs = coded_a[0]
    out = _copy(coded_a, tmp_path)
    day = dt.date(2020, 3, 2)
    totals = distributed.run(inputs, "local:1", out, distributed.Settings(published=day), size=1)
    assert totals["done_before"] == 0 and totals["coded"] == 2
    rows = list(distributed.read_back(out))
    assert [distributed.article_of(r).published for r, _ in rows] == [day, day]
    assert all(e.date is None or e.date.startswith("2020") for _, events in rows for e in events)


def test_rerun_after_an_input_file_changed_codes_it_again(tmp_path):
    inputs = _texts(tmp_path / "in", ["a1.txt", "a2.txt"])
    out = tmp_path / "parts"
    first = distributed.run(inputs, "local:1", out, distributed.Settings(), size=1)
    assert first["coded"] == 2
    (tmp_path / "in" / "a2.txt").write_text(TEXTS["b3.txt"], encoding="utf-8")  # same name, other text
    totals = distributed.run(inputs, "local:1", out, distributed.Settings(), size=1)
    assert totals["partitions"] == 2 and totals["done_before"] == 1 and totals["coded"] == 1
    rows = list(distributed.read_back(out))
    assert [distributed.article_of(r).text for r, _ in rows] == [TEXTS["a1.txt"], TEXTS["b3.txt"]]


def test_dask_parts_load_into_the_store_as_one_process_stores(coded_a, tmp_path):
    """``froissart code --dask`` loads its parts with DuckDB's Parquet reader: the store holds
    what ``froissart code`` in one process stores; a second load keeps what is stored."""
    inputs = coded_a[0]
    out = _copy(coded_a, tmp_path)  # the parts are there: no cluster is started
    dask_db, one_db = tmp_path / "dask.duckdb", tmp_path / "one.duckdb"
    for _ in range(2):
        summary = Run(db=dask_db).run_dask(inputs, "local:1", out, io.StringIO(), "jsonl")
        assert summary.coded == 2 and summary.events == len(coded_a[3])
    Run(db=one_db).run(inputs, io.StringIO(), "jsonl")
    for query in ("SELECT event_id, article_id, event_type, date, source_code, target_code, sentence, record "
                  "FROM events ORDER BY event_id", "SELECT id, content_hash, status, source_group, minhash "
                  "FROM articles ORDER BY id", "SELECT cluster_id, members FROM clusters ORDER BY cluster_id",
                  "SELECT * FROM totals ORDER BY ALL"):
        with duckdb.connect(str(dask_db), read_only=True) as a, duckdb.connect(str(one_db), read_only=True) as b:
            assert a.execute(query).fetchall() == b.execute(query).fetchall(), query
