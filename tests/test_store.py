"""The DuckDB event store: idempotent runs, atomic recoding, a real SIGKILL, merged reports,
queries, exports and bad store files."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner

import froissart
from froissart.cli import main
from froissart.errors import StoreError
from froissart.model import Article
from froissart.store import Store
from froissart.store.export import GDELT_COLUMNS
from froissart.synthetic import articles as synthetic_articles
from tests.conftest import ROOT

MEETING_FR = ("PARIS, 3 mars 2025 - Le ministre japonais des Affaires étrangères a rencontré lundi à Paris son "
              "homologue français pour des entretiens sur la sécurité en Asie. Les deux ministres ont évoqué la "
              "coopération entre les deux pays, selon le Quai d'Orsay.")
MEETING_FR_COPY = MEETING_FR.replace("selon le Quai d'Orsay", "a indiqué le Quai d'Orsay")
MEETING_EN = ("PARIS, March 3, 2025 - Japan's foreign minister met his French counterpart in Paris on Monday for "
              "talks on security in Asia, the French foreign ministry said.")


def code(args: list[str]) -> str:
    result = CliRunner().invoke(main, ["code", *args, "--no-progress"])
    assert result.exit_code == 0, result.output
    return result.stdout


def rows(db, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_store_idempotent_runs(tmp_path):
    db = tmp_path / "s.duckdb"
    first = code([str(ROOT / "examples"), "--db", str(db), "--format", "jsonl"])
    counts = rows(db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                      "(SELECT count(*) FROM clusters)")
    second = code([str(ROOT / "examples"), "--db", str(db), "--format", "jsonl"])
    assert rows(db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                    "(SELECT count(*) FROM clusters)") == counts
    assert first == second, "events read back from the store must be those first coded"


def test_store_recode_replaces_atomically(tmp_path, coder):
    db = tmp_path / "s.duckdb"
    article = Article(text="Japan condemned North Korea on Monday.", id="a1", language="en",
                      published=dt.date(2024, 11, 15))
    records = coder.code(article)
    with Store(db) as store:
        store.add_coded(article, records)
        before = rows_in(store)
        broken = [*records, records[0]]  # a repeated event id cannot be stored
        broken[-1] = type(records[0])(**{**records[0].__dict__, "event_id": None})
        with pytest.raises(duckdb.Error):
            store.add_coded(article, broken)
        assert rows_in(store) == before, "a failed recode must leave the article's events untouched"
        other = coder.code(Article(text="Japan praised South Korea on Monday.", id="a1", language="en",
                                   published=dt.date(2024, 11, 15)))
        store.add_coded(article, other)
        assert [r[1] for r in rows_in(store)] == ["SUPPORT"]


def rows_in(store: Store) -> list[tuple]:
    return store.con.execute("SELECT event_id, event_type FROM events ORDER BY event_id").fetchall()


def test_store_recode_flag_codes_again(tmp_path):
    db = tmp_path / "s.duckdb"
    f = tmp_path / "a.txt"
    f.write_text("Japan condemned North Korea on Monday.", encoding="utf-8")
    code([str(f), "--db", str(db), "--lang", "en", "--published", "2024-11-15"])
    first = rows(db, "SELECT coded_at FROM articles")
    code([str(f), "--db", str(db), "--lang", "en", "--published", "2024-11-15"])
    assert rows(db, "SELECT coded_at FROM articles") == first
    code([str(f), "--db", str(db), "--lang", "en", "--published", "2024-11-15", "--recode"])
    assert rows(db, "SELECT coded_at FROM articles") != first
    assert rows(db, "SELECT count(*) FROM events")[0][0] == 1


def test_store_survives_sigkill_and_resumes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    with open(folder / "batch.jsonl", "w", encoding="utf-8") as handle:
        for a in synthetic_articles(24, seed=5, sentences=6):
            handle.write(json.dumps({"id": a.id, "text": a.text, "language": a.language,
                                     "published": a.published.isoformat()}) + "\n")
    db = tmp_path / "killed.duckdb"
    cmd = [sys.executable, "-m", "froissart", "code", str(folder), "--db", str(db), "--verbose", "--no-progress",
           "--format", "jsonl", "--batch", "4"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    coded = 0
    for line in proc.stderr:
        coded += line.startswith("coded ")
        if coded == 5:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    partial = rows(db, "SELECT count(*) FROM articles WHERE status = 'coded'")[0][0]
    assert 8 <= partial < 24 and partial % 4 == 0, "whole batches of 4 articles are stored, nothing of the others"
    orphans = rows(db, "SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)")[0][0]
    assert orphans == 0
    subprocess.run(cmd, check=True, capture_output=True)
    clean = tmp_path / "clean.duckdb"
    subprocess.run([*cmd[:6], str(clean), *cmd[7:]], check=True, capture_output=True)
    query = "SELECT event_id, event_type, date FROM events ORDER BY event_id"
    assert rows(db, query) == rows(clean, query)
    assert rows(db, "SELECT count(*), count(DISTINCT id) FROM articles") == [(24, 24)]


WRITER = """
import sys
from pathlib import Path
from froissart.store import Store, writer
from froissart.synthetic import events

transaction = writer.Store._write  # one transaction: BEGIN, the writes, COMMIT


def announced(*args, **kwargs):
    print("transaction", flush=True)
    return transaction(*args, **kwargs)


writer.Store._write = announced
coded = list(events(100_000, seed=11))
with Store(Path(sys.argv[1])) as store:
    for start in range(0, len(coded), 4_000):
        chunk = coded[start:start + 4_000]
        known = store.stored(a for a, _ in chunk)
        batch = [(a, r) for a, r in chunk if a.id not in known]
        print("writing", start, flush=True)
        store.add_batch(batch)
        print("committed", start, flush=True)
    store.merge()
"""


def test_sigkill_in_the_middle_of_a_batched_write_then_resume_equals_a_clean_run(tmp_path):
    """Batches of 4,000 articles (40,000 events) written by a real process, killed in the
    middle of its second transaction (which takes about 0.4 s here): the store holds the first
    batch whole and nothing of the second; the same program run again (it skips what is stored)
    ends as a clean run does."""
    db, clean = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    transactions = 0
    for line in proc.stdout:
        transactions += line.startswith("transaction")
        if transactions == 2:
            time.sleep(0.15)
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    per_article = rows(db, "SELECT count(*) FROM (SELECT a.id, count(e.event_id) AS n FROM articles a "
                           "LEFT JOIN events e ON e.article_id = a.id GROUP BY a.id) WHERE n = 10")[0][0]
    assert rows(db, "SELECT count(*) FROM articles")[0][0] == per_article == 4_000, \
        "the first batch, whole, and nothing of the second"
    assert rows(db, "SELECT count(*) FROM events")[0][0] == 40_000
    subprocess.run([sys.executable, "-c", WRITER, str(db)], check=True, capture_output=True, cwd=ROOT)
    subprocess.run([sys.executable, "-c", WRITER, str(clean)], check=True, capture_output=True, cwd=ROOT)
    for query in ("SELECT event_id, article_id, event_type, date, source_country, target_country FROM events "
                  "ORDER BY event_id", "SELECT id, content_hash, source_group FROM articles ORDER BY id",
                  "SELECT cluster_id, members, n_mentions FROM clusters ORDER BY cluster_id"):
        assert rows(db, query) == rows(clean, query)
    assert rows(db, "SELECT count(*), count(DISTINCT event_id) FROM events") == [(100_000, 100_000)]


def test_store_merges_reports_across_languages_and_copies(tmp_path):
    src = tmp_path / "reports.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in [
        {"id": "fr1", "text": MEETING_FR, "source": "Agence A", "language": "fr"},
        {"id": "fr2", "text": MEETING_FR_COPY, "source": "Journal B", "language": "fr"},
        {"id": "en1", "text": MEETING_EN, "source": "Wire C", "language": "en"},
    ]), encoding="utf-8")
    db = tmp_path / "m.duckdb"
    code([str(src), "--db", str(db)])
    meeting = froissart.open(db).clusters(types=["CONSULT"], dyad=("JPN", "FRA"))
    assert len(meeting) == 1
    row = meeting.iloc[0]
    assert (row.n_articles, row.n_sources, row.n_outlets) == (3, 2, 3)
    assert sorted(row.languages) == ["en", "fr"] and pd.Timestamp(row.date).date() == dt.date(2025, 3, 3)


def test_store_python_api_and_queries(tmp_path):
    db = tmp_path / "q.duckdb"
    code([str(ROOT / "examples"), "--db", str(db)])
    store = froissart.open(db)
    japan = store.events(country="JPN")
    assert isinstance(japan, pd.DataFrame) and len(japan)
    assert ((japan.source_country == "JPN") | (japan.target_country == "JPN")).all()
    assert set(store.events(types=["SANCTION"]).event_type) == {"SANCTION"}
    assert set(store.events(language="fr").language) == {"fr"}
    assert len(store.events(date_from=dt.date(2025, 6, 1), date_to=dt.date(2025, 6, 30))) > 0
    assert set(store.events(status="planned").status) == {"planned"}
    assert len(store.events(text="Lukashenko")) == 0 and len(store.events(text="Loukachenko")) == 1
    assert len(store.events(text="'; DROP TABLE events; --")) == 0
    assert store.count() == len(store.events())
    store.close()
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--dyad", "FRA,DEU", "--format", "jsonl"])
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert lines and all({x["source_country"], x["target_country"]} == {"FRA", "DEU"} for x in lines)
    out = tmp_path / "ev.parquet"
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--clusters", "--format", "parquet",
                                       "--out", str(out)])
    assert result.exit_code == 0 and len(pd.read_parquet(out)) == froissart.open(db).count(clusters=True)


def test_store_exports_read_back(tmp_path):
    db = tmp_path / "x.duckdb"
    code([str(ROOT / "examples"), "--db", str(db)])
    n = froissart.open(db).count()
    assert CliRunner().invoke(main, ["export", "--db", str(db), "--format", "parquet",
                                     "--out", str(tmp_path / "pq")]).exit_code == 0
    months = sorted(p.name for p in (tmp_path / "pq").iterdir())
    assert months and all(m.startswith("month=") for m in months)
    back = duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path}/pq/*/*.parquet', hive_partitioning=true)")
    assert back.fetchall()[0][0] == n
    assert CliRunner().invoke(main, ["export", "--db", str(db), "--format", "gdelt",
                                     "--out", str(tmp_path / "g.tsv")]).exit_code == 0
    gdelt = pd.read_csv(tmp_path / "g.tsv", sep="\t", header=None, names=list(GDELT_COLUMNS), dtype=str)
    assert len(GDELT_COLUMNS) == 61 and len(gdelt) == n
    assert gdelt.EventRootCode.str.len().eq(2).all() and gdelt.QuadClass.isin(["1", "2", "3", "4"]).all()
    assert gdelt.Day.str.match(r"^20\d{6}$").all() and gdelt.NumArticles.astype(int).ge(1).all()
    assert CliRunner().invoke(main, ["export", "--db", str(db), "--format", "plover", "--country", "BLR",
                                     "--out", str(tmp_path / "p.jsonl")]).exit_code == 0
    plover = [json.loads(x) for x in (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()]
    assert plover and all("BLR" in (r["source"]["country"], (r["target"] or {}).get("country")) for r in plover)


def test_store_refuses_newer_corrupt_and_readonly(tmp_path):
    newer = tmp_path / "newer.duckdb"
    code([str(ROOT / "examples" / "en-navy-drills.txt"), "--db", str(newer)])
    con = duckdb.connect(str(newer))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    before = newer.read_bytes()
    with pytest.raises(StoreError, match="newer Froissart"):
        Store(newer)
    with pytest.raises(StoreError, match="newer Froissart"):
        froissart.open(newer)
    assert newer.read_bytes() == before
    corrupt = tmp_path / "corrupt.duckdb"
    corrupt.write_bytes(os.urandom(4096))
    before = corrupt.read_bytes()
    result = CliRunner().invoke(main, ["code", str(ROOT / "examples"), "--db", str(corrupt), "--no-progress"])
    assert result.exit_code == 2 and "not a DuckDB store" in result.stderr
    assert corrupt.read_bytes() == before
    with pytest.raises(StoreError, match="read-only"):
        Store("/proc/froissart-test.duckdb")


def test_stored_reads_back_articles_with_the_same_text_even_without_events(tmp_path, coder):
    quiet = Article(text="The weather was mild in Lyon on Monday.", id="q1", language="en",
                    published=dt.date(2024, 11, 15))
    loud = Article(text="Japan condemned North Korea on Monday.", id="l1", language="en",
                   published=dt.date(2024, 11, 15))
    with Store(tmp_path / "s.duckdb") as store:
        store.add_batch([(quiet, coder.code(quiet)), (loud, coder.code(loud))])
        known = store.stored([quiet, loud, Article(text="new", id="n1")])
        changed = store.stored([Article(text="Japan praised South Korea on Monday.", id="l1", language="en")])
    assert known["q1"] == [] and [e["event_type"] for e in known["l1"]] == ["ACCUSE"]
    assert set(known) == {"q1", "l1"} and changed == {}, "another text under a stored id is not stored yet"
