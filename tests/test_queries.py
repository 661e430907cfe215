"""Queries at scale on real DuckDB stores: counts and dyads read from the totals equal those
counted over the events, keyset pages walk a selection as one query orders it, and a store of
the previous schema is upgraded in place."""

from __future__ import annotations

from dataclasses import replace

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from froissart.cli import main
from froissart.errors import StoreError
from froissart.model import Actor, Article, EventRecord, Skipped
from froissart.serve import create_app
from froissart.store import Store, StoreReader
from froissart.store.reader import Filters
from froissart.synthetic import events

FILTERS = {
    "none": Filters(),
    "country": Filters(country="USA"),
    "dyad": Filters(dyad=("USA", "CHN")),
    "types": Filters(types=["CONSULT", "ASSAULT"]),
    "status": Filters(status="reported"),
    "language": Filters(language="en"),
    "country and type": Filters(country="RUS", types=["ACCUSE"]),
    "nothing": Filters(country="ATA"),
}


def undated(article_id: str) -> tuple[Article, list[EventRecord]]:
    """An article of our own whose event has no date and no target."""
    record = EventRecord(
        event_id=f"{article_id}-0", article_id=article_id, language="fr", event_type="SUPPORT", mode=None,
        context=[], cameo="051", quad_class=1, goldstein=3.0, status="planned", source=Actor("Paris", country="FRA"),
        target=None, date=None, date_text=None, date_precision="day", location=None, sentence="Paris soutiendra.",
        trigger="soutiendra", span=(0, 5), rule="test", confidence=0.3)
    return Article(text=f"Paris soutiendra le projet {article_id}.", id=article_id, language="fr"), [record]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """3,000 synthetic events, some articles coded again with other events, a few undated
    events and a skipped input; merged once, then written to again without a merge (so that
    the totals hold rows not summed yet, negative ones among them)."""
    db = tmp_path_factory.mktemp("queries") / "q.duckdb"
    coded = list(events(3_000, seed=21))
    with Store(db) as s:
        s.add_batch(coded[:200])
        s.add_batch([undated(f"u{i}") for i in range(5)])
        s.add_skipped(Skipped("bad.txt", "no words in the text"))
        s.merge()
        s.add_batch(coded[200:])
        s.add_batch([(a, r[:3]) for a, r in coded[:40]])  # coded again: fewer events
        s.add_batch([undated("u0")])
    return db


@pytest.mark.parametrize("name", FILTERS)
def test_totals_answer_as_the_events(store, name):
    f = FILTERS[name]
    with StoreReader(store) as summed, StoreReader(store) as counted:
        counted.is_store = False
        assert summed.count(f) == counted.count(f)
        expected = counted.dyads(f)
        assert len(expected) or name == "nothing"
        pd.testing.assert_frame_equal(summed.dyads(f), expected, check_dtype=False)
        top = replace(f, limit=5)
        pd.testing.assert_frame_equal(summed.dyads(top), expected.head(5), check_dtype=False)


def test_totals_follow_recoding(store):
    with StoreReader(store) as r:
        assert r.count(Filters()) == 3_000 - 40 * 7 + 5
        rows = r.query("SELECT sum(events) FROM totals WHERE status = 'planned'", []).fetchall()
        assert rows == [(5,)]


SORTS = [("date", False), ("date", True), ("goldstein", True), ("event_type", False), ("confidence", False),
         ("source_country", True)]


@pytest.mark.parametrize("order,descending", SORTS)
def test_keyset_pages_walk_the_selection_in_order(store, order, descending):
    from froissart.validate import cursor, next_cursor

    with StoreReader(store) as r:
        whole = r.events(Filters(order=order, descending=descending, country="USA"))
        seen: list[str] = []
        token = None
        while True:
            last = cursor(token, order, descending)
            page = r.events(Filters(order=order, descending=descending, country="USA", limit=97, after=last))
            seen += list(page["event_id"])
            if len(page) < 97:
                break
            tail = page.iloc[-1]
            token = next_cursor(order, descending, tail[order] if pd.notna(tail[order]) else None, tail["event_id"])
    assert len(whole) > 300
    assert seen == list(whole["event_id"])


def test_api_pages_by_cursor(store):
    client = TestClient(create_app(store))
    first = client.get("/api/events", params={"limit": 50, "sort": "date", "order": "desc"}).json()
    second = client.get("/api/events", params={"limit": 50, "sort": "date", "order": "desc",
                                               "after": first["next"]}).json()
    both = client.get("/api/events", params={"limit": 100, "sort": "date", "order": "desc"}).json()
    assert [e["event_id"] for e in first["items"] + second["items"]] == [e["event_id"] for e in both["items"]]
    assert first["total"] == second["total"] == both["total"]
    wrong = client.get("/api/events", params={"limit": 50, "sort": "goldstein", "after": first["next"]})
    assert wrong.status_code == 422 and "same sort" in wrong.json()["detail"]
    assert client.get("/api/events", params={"after": "not a cursor"}).status_code == 422
    last = client.get("/api/events", params={"limit": 1000, "country": "FRA", "status": "planned"}).json()
    assert last["next"] is None and last["items"]
    assert len(client.get("/api/dyads", params={"limit": 7}).json()) == 7


# -- a store of the previous schema ----------------------------------------------------------------
SCHEMA_2 = """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY, url VARCHAR, outlet VARCHAR, title VARCHAR, published DATE,
    language VARCHAR, content_hash VARCHAR, status VARCHAR, reason VARCHAR, origin VARCHAR,
    coder_version VARCHAR, coded_at TIMESTAMP, source_group VARCHAR, minhash BLOB, text VARCHAR);
CREATE TABLE events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR, language VARCHAR, event_type VARCHAR,
    mode VARCHAR, context VARCHAR[], cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    status VARCHAR, source_text VARCHAR, source_name VARCHAR, source_country VARCHAR,
    source_org VARCHAR, source_sector VARCHAR, target_text VARCHAR, target_name VARCHAR,
    target_country VARCHAR, target_org VARCHAR, target_sector VARCHAR, date DATE,
    date_text VARCHAR, date_precision VARCHAR, place_name VARCHAR, place_country VARCHAR,
    place_admin1 VARCHAR, lat DOUBLE, lon DOUBLE, geonames_id BIGINT, sentence VARCHAR,
    trigger VARCHAR, span_start INTEGER, span_end INTEGER, rule VARCHAR, confidence DOUBLE,
    cluster_id VARCHAR, record JSON);
CREATE TABLE clusters (
    cluster_id VARCHAR PRIMARY KEY, event_type VARCHAR, source_code VARCHAR, target_code VARCHAR,
    is_symmetric BOOLEAN, date DATE, date_last DATE, place_name VARCHAR, place_country VARCHAR,
    lat DOUBLE, lon DOUBLE, quad_class INTEGER, goldstein DOUBLE, cameo VARCHAR,
    first_seen TIMESTAMP, last_seen TIMESTAMP, n_articles INTEGER, n_sources INTEGER,
    n_outlets INTEGER, n_mentions INTEGER, languages VARCHAR[], sentence VARCHAR, members VARCHAR[]);
CREATE INDEX events_article ON events (article_id);
INSERT INTO meta VALUES ('schema_version', '2');
"""


def test_store_of_schema_2_is_upgraded_in_place(tmp_path):
    old, new = tmp_path / "old.duckdb", tmp_path / "new.duckdb"
    coded = list(events(300, seed=4))
    with Store(new) as s:
        s.add_batch(coded)
        s.merge()
    con = duckdb.connect(str(old))
    con.execute(SCHEMA_2)
    con.execute(f"ATTACH '{new}' AS fresh (READ_ONLY)")
    con.execute("INSERT INTO articles SELECT id, url, outlet, title, published, language, content_hash, status, "
                "reason, origin, coder_version, coded_at, source_group, NULL, text FROM fresh.articles")
    con.execute("INSERT INTO events SELECT * EXCLUDE (source_code, target_code) FROM fresh.events")
    con.close()
    with pytest.raises(StoreError, match="froissart upgrade --db"):
        StoreReader(old)
    result = CliRunner().invoke(main, ["upgrade", "--db", str(old)])
    assert result.exit_code == 0, result.output
    with Store(old) as s:
        s.merge()
    with StoreReader(old) as upgraded, StoreReader(new) as fresh:
        for f in FILTERS.values():
            pd.testing.assert_frame_equal(upgraded.dyads(f), fresh.dyads(f))
            pd.testing.assert_frame_equal(upgraded.events(f), fresh.events(f))
        query = "SELECT * EXCLUDE (first_seen, last_seen) FROM clusters ORDER BY cluster_id"
        assert upgraded.query(query, []).fetchall() == fresh.query(query, []).fetchall()
        bands = "SELECT article_id, band, hash FROM bands ORDER BY ALL"
        assert upgraded.query(bands, []).fetchall() == fresh.query(bands, []).fetchall()
