"""Merging reports into clusters: what merges, and incremental merging equal to a full
recomputation whatever the order and batches in which the events come (real DuckDB files)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from froissart.model import Actor, Article, EventRecord, Place
from froissart.store import Store

NOW = dt.datetime(2025, 3, 1, 12, 0)
MONDAY = dt.date(2025, 2, 3)


def record(article: str, n: int, etype: str, source: str, target: str | None, day: dt.date | None,
           place: str | None, confidence: float = 0.5) -> EventRecord:
    return EventRecord(
        event_id=f"{article}-{n}", article_id=article, language="en", event_type=etype, mode=None, context=[],
        cameo="040", quad_class=1, goldstein=1.0, status="reported", source=Actor(text=source, country=source),
        target=Actor(text=target, country=target) if target else None, date=day.isoformat() if day else None,
        date_text=None, date_precision="day",
        location=Place(place, place, place, None, None, None, None, "country") if place else None,
        sentence=f"{source} and {target} ({etype}) {n}", trigger="met", span=(0, 3), rule="test",
        confidence=confidence)


WORDS = "talks border treaty envoy summit harbour grain tariff embassy pipeline court vote".split()


def article(article_id: str, outlet: str = "A") -> Article:
    """An article whose text is no near-copy of another's (its words drawn by its id)."""
    words = random.Random(article_id).choices(WORDS, k=30)
    return Article(text=f"Report {article_id}: {' '.join(words)}.", id=article_id, language="en", published=MONDAY,
                   outlet=outlet)


def clusters(store: Store) -> tuple[list[tuple], list[tuple]]:
    rows = store.con.execute("SELECT * FROM clusters ORDER BY cluster_id").fetchall()
    links = store.con.execute("SELECT event_id, cluster_id FROM events ORDER BY event_id").fetchall()
    return rows, links


def members(store: Store) -> list[list[str]]:
    return sorted(sorted(r[0]) for r in store.con.execute("SELECT members FROM clusters").fetchall())


# -- what merges ------------------------------------------------------------------------------
D = dt.timedelta
CASES = [
    ("same pair, next day", [("CONSULT", "JPN", "USA", MONDAY, "PER"), ("CONSULT", "JPN", "USA", MONDAY + D(1), "PER")],
     [["a0-0", "a1-0"]]),
    ("symmetric pair written the other way", [("CONSULT", "JPN", "USA", MONDAY, None),
                                              ("CONSULT", "USA", "JPN", MONDAY, None)], [["a0-0", "a1-0"]]),
    ("not symmetric: the other way is another event", [("ACCUSE", "JPN", "USA", MONDAY, None),
                                                       ("ACCUSE", "USA", "JPN", MONDAY, None)], [["a0-0"], ["a1-0"]]),
    ("two days apart", [("CONSULT", "JPN", "USA", MONDAY, None), ("CONSULT", "JPN", "USA", MONDAY + D(2), None)],
     [["a0-0"], ["a1-0"]]),
    ("chained by a report between", [("CONSULT", "JPN", "USA", MONDAY, None),
                                     ("CONSULT", "JPN", "USA", MONDAY + D(1), None),
                                     ("CONSULT", "JPN", "USA", MONDAY + D(2), None)], [["a0-0", "a1-0", "a2-0"]]),
    ("Sunday and Monday: another week", [("CONSULT", "JPN", "USA", MONDAY + D(6), None),
                                         ("CONSULT", "JPN", "USA", MONDAY + D(7), None)], [["a0-0"], ["a1-0"]]),
    ("placed in two countries", [("CONSULT", "JPN", "USA", MONDAY, "PER"), ("CONSULT", "JPN", "USA", MONDAY, "CHL")],
     [["a0-0"], ["a1-0"]]),
    ("no place joins the placed", [("CONSULT", "JPN", "USA", MONDAY, "PER"), ("CONSULT", "JPN", "USA", MONDAY, None)],
     [["a0-0", "a1-0"]]),
    ("another type", [("CONSULT", "JPN", "USA", MONDAY, None), ("AGREE", "JPN", "USA", MONDAY, None)],
     [["a0-0"], ["a1-0"]]),
    ("no target, alone", [("SUPPORT", "FRA", None, MONDAY, None), ("SUPPORT", "FRA", None, MONDAY, None)],
     [["a0-0", "a1-0"]]),
]


@pytest.mark.parametrize("name,reports,expected", CASES, ids=[c[0] for c in CASES])
def test_what_merges(tmp_path, name, reports, expected):
    with Store(tmp_path / "m.duckdb") as store:
        store.add_batch([(article(f"a{i}"), [record(f"a{i}", 0, *r)]) for i, r in enumerate(reports)], NOW)
        store.merge()
        assert members(store) == expected, name


def test_cluster_counts_articles_sources_and_outlets(tmp_path):
    reports = [(article("a0", "A"), [record("a0", 0, "CONSULT", "JPN", "USA", MONDAY, "PER", 0.4)]),
               (article("a1", "B"), [record("a1", 0, "CONSULT", "USA", "JPN", MONDAY, "PER", 0.9)]),
               (article("a2", "B"), [record("a2", 0, "CONSULT", "JPN", "USA", MONDAY + D(1), None, 0.6)])]
    with Store(tmp_path / "m.duckdb") as store:
        store.add_batch(reports, NOW)
        store.merge()
        row = store.con.execute("SELECT source_code, target_code, date, date_last, place_country, n_articles, "
                                "n_outlets, n_mentions, sentence FROM clusters").fetchall()
    assert row == [("JPN", "USA", MONDAY, MONDAY + D(1), "PER", 3, 2, 3, "USA and JPN (CONSULT) 0")]


# -- incremental merging = full recomputation ----------------------------------------------------
def corpus(seed: int, articles: int = 120) -> list[tuple[Article, list[EventRecord]]]:
    """Articles of 1-4 events over three weeks among a few pairs, types and places."""
    rng = random.Random(seed)
    out = []
    for i in range(articles):
        aid = f"s{seed}-{i:03d}"
        records = []
        for n in range(rng.randint(1, 4)):
            source, target = rng.sample(["JPN", "USA", "FRA", "CHN"], 2)
            day = MONDAY + D(rng.randrange(21)) if rng.random() > 0.05 else None
            records.append(record(aid, n, rng.choice(["CONSULT", "ACCUSE", "AGREE"]), source,
                                  target if rng.random() > 0.1 else None, day,
                                  rng.choice([None, None, "PER", "CHL"]), round(rng.random(), 2)))
        out.append((article(aid, rng.choice("ABC")), records))
    return out


def redrafted(coded: list[tuple[Article, list[EventRecord]]], seed: int) -> list[tuple[Article, list[EventRecord]]]:
    """Earlier versions of some articles: other events, coded first and then replaced."""
    rng = random.Random(seed + 1)
    drafts = []
    for a, records in rng.sample(coded, len(coded) // 4):
        drafts.append((a, [record(a.id, 9, "ACCUSE", "JPN", "USA", MONDAY + D(rng.randrange(21)), None)]
                       + records[:1]))
    return drafts


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("full") / "full.duckdb")
    store.add_batch(corpus(3), NOW)
    store.merge(full=True)
    expected = clusters(store)
    store.close()
    assert len(expected[0]) > 40 and any(len(r[-1]) > 2 for r in expected[0]), "the corpus must merge reports"
    return expected


@pytest.mark.parametrize("order", [0, 1, 2, 3])
def test_incremental_merging_equals_full_recomputation(tmp_path, full, order):
    coded = corpus(3)
    arrivals = redrafted(coded, order) + coded if order else list(coded)
    rng = random.Random(order)
    if order:
        drafts, finals = arrivals[:len(arrivals) - len(coded)], coded[:]
        rng.shuffle(finals)
        arrivals = drafts + finals
    with Store(tmp_path / "inc.duckdb") as store:
        start = 0
        while start < len(arrivals):
            size = rng.randint(1, 30)
            store.add_batch(arrivals[start:start + size], NOW)
            store.merge()
            start += size
        assert clusters(store) == full


def test_merge_after_recode_dissolves_old_clusters(tmp_path):
    first = [record("b0", 0, "CONSULT", "JPN", "USA", MONDAY, None)]
    other = [(article("b1"), [record("b1", 0, "CONSULT", "JPN", "USA", MONDAY, None)])]
    with Store(tmp_path / "r.duckdb") as store:
        store.add_batch([(article("b0"), first), *other], NOW)
        store.merge()
        assert members(store) == [["b0-0", "b1-0"]]
        store.add_batch([(article("b0"), [record("b0", 1, "AGREE", "JPN", "USA", MONDAY, None)])], NOW)
        store.merge()
        assert members(store) == [["b0-1"], ["b1-0"]]
