"""Tables of the store, and the checks done when a file is opened."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from ..errors import StoreError

SCHEMA_VERSION = 3
READABLE = (2, 3)  # version 2 lacks the bands table, which only writing needs: Store adds it

# No index but meta's: DuckDB writes every index whole at each checkpoint (when a writer lets
# go of the file), which made writing slower as the store grew; ids are unique by construction
# (writer.py replaces an article's rows as a whole), and queries scan columns with zone maps.
# An event's actor codes (country, else organisation) are kept in source_code and target_code,
# which filters compare without computing them. ``totals`` counts events by actors, type,
# status and language over all dates (rows added and taken away as articles are written, summed
# again at each merge): the dyads and counts of a query without dates or words read it, not the
# events.
TABLES = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR NOT NULL, url VARCHAR, outlet VARCHAR, title VARCHAR, published DATE,
    language VARCHAR, content_hash VARCHAR, status VARCHAR, reason VARCHAR, origin VARCHAR,
    coder_version VARCHAR, coded_at TIMESTAMP, source_group VARCHAR, minhash BLOB, text VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, language VARCHAR, event_type VARCHAR,
    mode VARCHAR, context VARCHAR[], cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    status VARCHAR, source_text VARCHAR, source_name VARCHAR, source_country VARCHAR,
    source_org VARCHAR, source_sector VARCHAR, target_text VARCHAR, target_name VARCHAR,
    target_country VARCHAR, target_org VARCHAR, target_sector VARCHAR, date DATE,
    date_text VARCHAR, date_precision VARCHAR, place_name VARCHAR, place_country VARCHAR,
    place_admin1 VARCHAR, lat DOUBLE, lon DOUBLE, geonames_id BIGINT, sentence VARCHAR,
    trigger VARCHAR, span_start INTEGER, span_end INTEGER, rule VARCHAR, confidence DOUBLE,
    cluster_id VARCHAR, record JSON, source_code VARCHAR, target_code VARCHAR
);
CREATE TABLE IF NOT EXISTS clusters (
    cluster_id VARCHAR NOT NULL, event_type VARCHAR, source_code VARCHAR, target_code VARCHAR,
    is_symmetric BOOLEAN, date DATE, date_last DATE, place_name VARCHAR, place_country VARCHAR,
    lat DOUBLE, lon DOUBLE, quad_class INTEGER, goldstein DOUBLE, cameo VARCHAR,
    first_seen TIMESTAMP, last_seen TIMESTAMP, n_articles INTEGER, n_sources INTEGER,
    n_outlets INTEGER, n_mentions INTEGER, languages VARCHAR[], sentence VARCHAR, members VARCHAR[]
);
CREATE TABLE IF NOT EXISTS bands (article_id VARCHAR NOT NULL, band TINYINT, hash BIGINT);
CREATE TABLE IF NOT EXISTS totals (
    source_code VARCHAR, target_code VARCHAR, event_type VARCHAR, quad_class INTEGER, status VARCHAR,
    language VARCHAR, events BIGINT, goldstein DOUBLE, scored BIGINT
);
"""


# rows of ``totals`` for a relation of events (``sign`` '-' takes them away)
TOTALS = """
SELECT source_code, target_code, event_type, quad_class, status, language, {sign}count(*), {sign}sum(goldstein),
       {sign}count(goldstein) FROM {events} GROUP BY ALL
"""


def quoted(text: object) -> str:
    """A SQL string literal of ``text`` (for what DuckDB takes no parameter for, as COPY's file)."""
    return "'" + str(text).replace("'", "''") + "'"


def first_row(con: Any, sql: str, params: list[Any] | None = None) -> tuple[Any, ...] | None:
    """The first row of a query, its result read to the end (DuckDB refuses other work on a
    connection while a result is left half read)."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0] if rows else None


def check_file(path: Path) -> None:
    """Refuse, with a message that says why, files that are not a DuckDB database."""
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a directory: give a file name for the store, e.g. {path}/froissart.duckdb")
    if path.exists() and path.stat().st_size > 0:
        with open(path, "rb") as handle:
            head = handle.read(16)
        if len(head) >= 12 and head[8:12] != b"DUCK":
            raise StoreError(f"{path} is not a DuckDB store (corrupt, or another kind of file): "
                             "nothing was changed; give another --db path")


def check_version(con: Any, path: Path) -> int:
    """The store's schema version, if this Froissart reads it."""
    row = first_row(con, "SELECT value FROM meta WHERE key = 'schema_version'")
    if row is None:
        raise StoreError(f"{path} is a DuckDB file but not a Froissart store: give another --db path")
    found = int(row[0])
    if found > SCHEMA_VERSION:
        raise StoreError(f"{path} was written by a newer Froissart (store schema {found}, this one reads "
                         f"{SCHEMA_VERSION}): upgrade froissart; nothing was changed")
    if found not in READABLE:
        raise StoreError(f"{path} was written by an older Froissart (store schema {found}): code the articles "
                         "again into a new store")
    return found


def upgrade(con: Any, found: int) -> None:
    """Bring a readable older store to this schema: version 2's tables are copied without their
    indexes, its articles get signatures of this version's MinHash and their band hashes (its
    clusters are merged again at the next merge, since version 2 did not record the window)."""
    import pyarrow as pa

    from .dedup import band_rows, signatures

    if found == SCHEMA_VERSION:
        return
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DROP INDEX IF EXISTS events_article")
        for table in ("articles", "events", "clusters"):
            con.execute(f"ALTER TABLE {table} RENAME TO old_{table}")
        con.execute(TABLES)
        for table in ("articles", "events", "clusters"):
            codes = (", coalesce(source_country, source_org) AS source_code, coalesce(target_country, target_org) AS "
                     "target_code") if table == "events" else ""
            con.execute(f"INSERT INTO {table} BY NAME SELECT *{codes} FROM old_{table}")
            con.execute(f"DROP TABLE old_{table}")
        con.execute(f"INSERT INTO totals {TOTALS.format(events='events', sign='')}")
        rows = con.execute("SELECT id, text FROM articles WHERE status = 'coded'").fetchall()
        ids, sigs = [r[0] for r in rows], signatures([r[1] or "" for r in rows])
        con.register("old_bands", band_rows(ids, sigs))
        con.execute("INSERT INTO bands SELECT * FROM old_bands")
        con.unregister("old_bands")
        con.register("resigned", pa.table({"id": pa.array(ids, pa.string()), "minhash": pa.array(sigs, pa.binary())}))
        con.execute("UPDATE articles SET minhash = resigned.minhash FROM resigned WHERE articles.id = resigned.id")
        con.unregister("resigned")
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")  # the store stays as it was: version 2
        raise


def has_tables(con: Any) -> bool:
    row = first_row(con, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'")
    return bool(row and row[0])


LOCK_WAIT = 10.0  # seconds a connection waits for another process to let go of the store


def connect(path: Path, read_only: bool, wait: float = LOCK_WAIT) -> Any:
    """A DuckDB connection to the store. A store is written by one process at a time and read
    by others between its writes (``froissart code`` lets go of it between batches, ``froissart
    serve`` holds it only during a request): while another process holds it, wait up to
    ``wait`` seconds, then say who holds it."""
    import duckdb

    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise StoreError(f"cannot open the store {path}: {exc}; nothing was changed") from exc
            if time.monotonic() >= deadline:
                raise StoreError(f"the store {path} is held by another process (a running froissart code, or "
                                 f"a server with --allow-code) since {wait:g} s: try again when it is done") from exc
            time.sleep(0.05)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store {path}: {exc}; nothing was changed (is it a whole "
                             "Froissart store? a file cut short cannot be read: code again into a new --db)") from exc


def whole_record(stored: str, sentence: str) -> dict[str, Any]:
    """An event record read back: the JSON the store keeps, with the sentence put back in its
    place (the sentence is kept once, in the ``sentence`` column, which DuckDB stores once per
    distinct value in each row group, not once more per record in the JSON)."""
    record = json.loads(stored)
    if "sentence" in record:  # written before the sentence left the JSON
        return record
    out: dict[str, Any] = {}
    for key, value in record.items():
        if key == "trigger":
            out["sentence"] = sentence
        out[key] = value
    out.setdefault("sentence", sentence)
    return out
