"""A folder of Parquet parts read as a store: an export (``froissart export --format parquet``)
and a Dask run (``froissart code --dask``) answer every query as the store file they come from,
through ``FolderReader``, ``froissart events --db FOLDER`` and ``froissart serve --db FOLDER``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner

import froissart
from froissart import distributed, synthetic
from froissart.cli import main
from froissart.errors import StoreError
from froissart.model import Article, EventRecord, Skipped
from froissart.store import FolderReader, Store, StoreReader, open_reader
from froissart.store.export import export_parquet
from froissart.store.reader import Filters
from tests.conftest import served

STATUSES = ("reported", "planned", "negated", "hypothetical")
NO_CLUSTERS = "a Parquet folder has no merged clusters"


def _varied(k: int, j: int, r: EventRecord) -> EventRecord:
    """Synthetic records made to differ on every filtered field: status, language, sentence,
    target, date, confidence."""
    sentence = f"{r.source.text} officials {'held a summit with' if j % 5 == 0 else 'spoke to'} " \
               f"{r.target.text if r.target else 'reporters'} (report {k})."
    return dataclasses.replace(
        r, status=STATUSES[(k + j) % 4], language="fr" if k % 3 == 0 else "en", sentence=sentence,
        target=None if (k + j) % 11 == 0 else r.target, date=None if (k * 7 + j) % 23 == 0 else r.date,
        confidence=round(0.3 + ((k + 3 * j) % 7) / 10, 2))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A store of 600 synthetic events, merged, and its Parquet export in a folder whose name
    has a quote and glob characters."""
    root = tmp_path_factory.mktemp("folder")
    db = root / "s.duckdb"
    with Store(db) as store:
        for k, (article, records) in enumerate(synthetic.events(600, seed=7)):
            language = "fr" if k % 3 == 0 else "en"
            store.add_coded(dataclasses.replace(article, language=language),
                            [_varied(k, j, r) for j, r in enumerate(records)], now=dt.datetime(2025, 1, 2))
        assert store.merge() > 0
    folder = root / "it's [a]*x"
    with StoreReader(db) as reader:
        assert export_parquet(reader, folder) == 600
    assert len(list(folder.glob("month=*/*.parquet"))) > 12
    return db, folder


@pytest.fixture(scope="module")
def readers(exported: tuple[Path, Path]) -> Iterator[tuple[FolderReader, StoreReader]]:
    db, folder = exported
    with FolderReader(folder) as from_folder, StoreReader(db) as from_store:
        yield from_folder, from_store


FILTERS = {
    "none": Filters(),
    "date range": Filters(date_from=dt.date(2024, 6, 1), date_to=dt.date(2025, 3, 31)),
    "country": Filters(country="jpn"),
    "dyad": Filters(dyad=("USA", "fra")),
    "types": Filters(types=["consult", "AID"]),
    "status": Filters(status="planned"),
    "language": Filters(language="fr"),
    "text": Filters(text="SUMMIT"),
    "goldstein desc": Filters(order="goldstein", descending=True),
    "confidence asc": Filters(order="confidence"),
    "date desc": Filters(order="date", descending=True),
    "target desc, page": Filters(order="target_country", descending=True, limit=25, offset=40),
    "page": Filters(limit=30, offset=15),
    "combined": Filters(country="USA", types=["ACCUSE", "CONSULT"], date_from=dt.date(2024, 3, 1), status="reported",
                        order="event_type", descending=True, limit=10, offset=3),
    "nothing": Filters(country="XXX"),
}


@pytest.mark.parametrize("name", FILTERS)
def test_export_folder_answers_as_the_store(readers: tuple[FolderReader, StoreReader], name: str) -> None:
    from_folder, from_store = readers
    f = FILTERS[name]
    expected = from_store.events(f)
    total = from_store.count()
    if name == "nothing":
        assert expected.empty
    elif name in ("none", "goldstein desc", "confidence asc", "date desc"):
        assert len(expected) == total == 600
    else:
        assert 0 < len(expected) < total  # the filter selects something, not everything
    pd.testing.assert_frame_equal(from_folder.events(f), expected)
    assert expected.cluster_id.notna().all()  # the export keeps the clusters the store merged
    assert_same_counts(from_folder, from_store, f)


def assert_same_counts(from_folder: FolderReader, from_store: StoreReader, f: Filters) -> None:
    """The count, the dyads and the timelines of a selection, from the folder and the store."""
    assert from_folder.count(f) == from_store.count(f)
    pd.testing.assert_frame_equal(from_folder.dyads(f), from_store.dyads(f))
    for interval in ("day", "week", "month"):
        pd.testing.assert_frame_equal(from_folder.timeline(f, interval), from_store.timeline(f, interval))


def test_export_folder_gives_whole_records(readers: tuple[FolderReader, StoreReader]) -> None:
    from_folder, from_store = readers
    ids = list(from_store.events().event_id)
    assert ids
    for event_id in ids[::29]:
        record = from_store.event(event_id)
        assert record and record["sentence"].endswith(").") and record["cluster_id"]
        assert from_folder.event(event_id) == record
    assert from_folder.event("no-such-id") is None
    stored = str(from_store.articles().id[0])
    assert from_store.article(stored) and from_folder.article(stored) is None and from_folder.articles().empty
    latest = from_folder.events(Filters(order="date", descending=True)).date
    assert latest.head(3).notna().all() and latest.tail(3).isna().all()  # undated last, from month=undated


def test_folder_has_no_clusters(readers: tuple[FolderReader, StoreReader]) -> None:
    from_folder, _ = readers
    with pytest.raises(StoreError, match=NO_CLUSTERS):
        from_folder.clusters()
    with pytest.raises(StoreError, match=NO_CLUSTERS):
        from_folder.count(clusters=True)


def test_open_gives_a_folder_reader(exported: tuple[Path, Path]) -> None:
    db, folder = exported
    with froissart.open(str(folder)) as reader:
        assert isinstance(reader, FolderReader) and reader.count() == 600
    with open_reader(db) as reader:
        assert type(reader) is StoreReader


def test_folders_that_cannot_be_read_say_what_to_fix(tmp_path: Path, exported: tuple[Path, Path]) -> None:
    db, _ = exported
    with pytest.raises(StoreError, match="holds no Parquet files"):
        FolderReader(tmp_path)
    (tmp_path / "bad.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(StoreError, match="cannot read the Parquet parts"):
        FolderReader(tmp_path)
    old = tmp_path / "old"
    old.mkdir()
    with StoreReader(db) as store:  # an export written before the records came with it
        store.query(f"COPY (SELECT * EXCLUDE (record) FROM events) TO '{old / 'e.parquet'}' (FORMAT PARQUET)", [])
    with FolderReader(old) as reader:
        assert reader.count() == 600
        with pytest.raises(StoreError, match="export the store again"):
            reader.event(str(reader.events(limit=1).event_id[0]))
    unrelated = tmp_path / "other"
    unrelated.mkdir()
    pd.DataFrame({"x": [1]}).to_parquet(unrelated / "x.parquet")
    with pytest.raises(StoreError, match="have no column event_id"):
        FolderReader(unrelated)
    unfinished = tmp_path / "run"
    (unfinished / "events").mkdir(parents=True)
    (unfinished / "manifest").mkdir()
    with pytest.raises(StoreError, match="no finished run"):
        FolderReader(unfinished)
    distributed._write_run(unfinished, {"parts": ["part-00000-gone.parquet"]})
    with pytest.raises(StoreError, match="is missing: code the inputs again"):
        FolderReader(unfinished)


# -- the command line and the server ------------------------------------------------------
def test_cli_events_over_a_folder(exported: tuple[Path, Path]) -> None:
    db, folder = exported
    for options in (["--country", "JPN", "--format", "jsonl"], ["--type", "AID", "--lang", "fr"],
                    ["--text", "summit", "--format", "csv", "--limit", "40"]):
        from_store = CliRunner().invoke(main, ["events", "--db", str(db), *options])
        from_folder = CliRunner().invoke(main, ["events", "--db", str(folder), *options])
        assert from_store.exit_code == from_folder.exit_code == 0, from_folder.output
        assert from_folder.stdout == from_store.stdout and len(from_store.stdout.splitlines()) > 5
    result = CliRunner().invoke(main, ["events", "--db", str(folder), "--clusters"])
    assert result.exit_code == 2 and NO_CLUSTERS in result.stderr and "--db FILE.duckdb" in result.stderr


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def test_serve_over_a_folder(exported: tuple[Path, Path]) -> None:
    db, folder = exported
    paths = ["/api/events?country=JPN&limit=1000", "/api/events?sort=goldstein&order=desc&limit=20&offset=7",
             "/api/events?type=AGREE&status=negated&lang=en", "/api/dyads", "/api/dyads?from=2025-01-01",
             "/api/timeline", "/api/timeline?interval=week&country=usa", "/api/timeline?interval=month"]
    with served(db) as store_url, served(folder) as folder_url:
        for path in paths:
            expected = _get(store_url + path)
            assert expected and _get(folder_url + path) == expected, path
        first = _get(store_url + "/api/events?limit=1")["items"][0]["event_id"]
        assert _get(folder_url + f"/api/events/{first}") == _get(store_url + f"/api/events/{first}")
        with pytest.raises(urllib.error.HTTPError) as refused:
            _get(folder_url + "/api/clusters")
        assert NO_CLUSTERS in refused.value.read().decode()


def test_serve_refuses_to_code_into_a_folder(exported: tuple[Path, Path]) -> None:
    from froissart.serve import create_app

    with pytest.raises(StoreError, match="cannot code into a Parquet folder"):
        create_app(exported[1], allow_code=True)


# -- a Dask run folder ----------------------------------------------------------------------
ARTICLES = [
    {"id": "d1", "text": "Japan condemned North Korea on Monday.", "language": "en", "published": "2024-11-15",
     "title": "Condemnation", "url": "https://example.org/d1", "source": "Example Wire"},
    {"id": "d2", "text": "Kenya and Tanzania signed a trade agreement in Nairobi on Wednesday.", "language": "en",
     "published": "2024-11-14"},
    {"id": "d3", "text": "Brazil accused Argentina of violating the border treaty on Thursday.", "language": "en",
     "published": "2024-10-04"},
]
OLD = {"id": "old1", "text": "India praised Nepal for the new power line on Friday.", "language": "en",
       "published": "2024-09-06"}
PART = "part-00000-0123456789abcdef.parquet"


@pytest.fixture(scope="module")
def dask_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Three articles and one broken line coded into a Dask-style part, listed in run.json beside
    a part of an earlier run that is not; and the same part stored the normal way."""
    root = tmp_path_factory.mktemp("dask-folder")
    folder = root / "run 'one'"
    items = [("line", f"in.jsonl:{n}", json.dumps(a)) for n, a in enumerate(ARTICLES, start=1)]
    items.append(("line", "in.jsonl:4", '{"id": broken'))
    settings = distributed.Settings()
    done = distributed.code_partition(0, items, str(folder), settings, PART)
    assert done["coded"] == 3 and done["skipped"] == 1 and done["events"] >= 3
    distributed.code_partition(0, [("line", "old.jsonl:1", json.dumps(OLD))], str(folder), settings,
                               "part-00000-fedcba9876543210.parquet")
    distributed._write_run(folder, {"froissart": froissart.__version__, "inputs": ["in.jsonl"], "size": 100,
                                    "parts": [PART]})
    db = root / "d.duckdb"
    with Store(db) as store:
        for row, records in distributed.read_back(folder):
            if row["status"] != "coded":
                store.add_skipped(Skipped(row["origin"], row["reason"], row["article_id"]))
                continue
            article = Article(text=row["text"], id=row["article_id"], title=row["title"], published=row["published"],
                              language=row["language"], url=row["url"], outlet=row["outlet"], origin=row["origin"])
            store.add_coded(article, records)
        store.merge()
    return db, folder


DASK_FILTERS = {
    "none": Filters(),
    "country": Filters(country="JPN"),
    "month": Filters(date_from=dt.date(2024, 11, 1), date_to=dt.date(2024, 11, 30)),
    "text": Filters(text="treaty"),
    "desc": Filters(order="event_type", descending=True),
    "page": Filters(order="date", limit=2, offset=1),
}
BY_THE_STORE = ["coder_version", "coded_at", "source_group"]  # kept only by a store


@pytest.mark.parametrize("name", DASK_FILTERS)
def test_dask_folder_answers_as_the_store(dask_run: tuple[Path, Path], name: str) -> None:
    db, folder = dask_run
    f = DASK_FILTERS[name]
    with FolderReader(folder) as from_folder, StoreReader(db) as from_store:
        expected = from_store.events(f)
        got = from_folder.events(f)
        assert len(expected) > 0 and got.cluster_id.isna().all()
        pd.testing.assert_frame_equal(got.drop(columns="cluster_id"), expected.drop(columns="cluster_id"))
        assert_same_counts(from_folder, from_store, f)


def test_dask_folder_gives_records_and_articles(dask_run: tuple[Path, Path]) -> None:
    db, folder = dask_run
    with FolderReader(folder) as from_folder, StoreReader(db) as from_store:
        for event_id in from_store.events().event_id:
            record = from_store.event(event_id)
            assert record is not None and record["sentence"]
            record["cluster_id"] = None
            assert from_folder.event(event_id) == record
        articles = from_store.articles()
        assert len(articles) == 4 and "old1" not in set(from_folder.articles().id)  # the earlier run is not read
        pd.testing.assert_frame_equal(from_folder.articles().drop(columns=BY_THE_STORE),
                                      articles.drop(columns=BY_THE_STORE))
        for article_id in articles.id:
            expected = pd.DataFrame([from_store.article(article_id)]).drop(columns=BY_THE_STORE)
            pd.testing.assert_frame_equal(pd.DataFrame([from_folder.article(article_id)]).drop(columns=BY_THE_STORE),
                                          expected)
        assert from_folder.article("d1")["text"] == ARTICLES[0]["text"]
        with pytest.raises(StoreError, match=NO_CLUSTERS):
            from_folder.clusters()


def test_cli_events_over_a_dask_folder(dask_run: tuple[Path, Path]) -> None:
    db, folder = dask_run
    options = ["--country", "JPN", "--format", "jsonl"]
    from_store = CliRunner().invoke(main, ["events", "--db", str(db), *options])
    from_folder = CliRunner().invoke(main, ["events", "--db", str(folder), *options])
    assert from_store.exit_code == from_folder.exit_code == 0, from_folder.output
    expected = [{**json.loads(x), "cluster_id": None} for x in from_store.stdout.splitlines()]
    assert expected and [json.loads(x) for x in from_folder.stdout.splitlines()] == expected
