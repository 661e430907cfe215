"""Tables of the store, and the checks done when a file is opened."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from ..errors import StoreError

SCHEMA_VERSION = 2

TABLES = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, url VARCHAR, outlet VARCHAR, title VARCHAR, published DATE,
    language VARCHAR, content_hash VARCHAR, status VARCHAR, reason VARCHAR, origin VARCHAR,
    coder_version VARCHAR, coded_at TIMESTAMP, source_group VARCHAR, minhash BLOB, text VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR, language VARCHAR, event_type VARCHAR,
    mode VARCHAR, context VARCHAR[], cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    status VARCHAR, source_text VARCHAR, source_name VARCHAR, source_country VARCHAR,
    source_org VARCHAR, source_sector VARCHAR, target_text VARCHAR, target_name VARCHAR,
    target_country VARCHAR, target_org VARCHAR, target_sector VARCHAR, date DATE,
    date_text VARCHAR, date_precision VARCHAR, place_name VARCHAR, place_country VARCHAR,
    place_admin1 VARCHAR, lat DOUBLE, lon DOUBLE, geonames_id BIGINT, sentence VARCHAR,
    trigger VARCHAR, span_start INTEGER, span_end INTEGER, rule VARCHAR, confidence DOUBLE,
    cluster_id VARCHAR, record JSON
);
CREATE TABLE IF NOT EXISTS clusters (
    cluster_id VARCHAR PRIMARY KEY, event_type VARCHAR, source_code VARCHAR, target_code VARCHAR,
    is_symmetric BOOLEAN, date DATE, date_last DATE, place_name VARCHAR, place_country VARCHAR,
    lat DOUBLE, lon DOUBLE, quad_class INTEGER, goldstein DOUBLE, cameo VARCHAR,
    first_seen TIMESTAMP, last_seen TIMESTAMP, n_articles INTEGER, n_sources INTEGER,
    n_outlets INTEGER, n_mentions INTEGER, languages VARCHAR[], sentence VARCHAR, members VARCHAR[]
);
CREATE INDEX IF NOT EXISTS events_article ON events (article_id);
"""


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


def check_version(con: Any, path: Path) -> None:
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        raise StoreError(f"{path} is a DuckDB file but not a Froissart store: give another --db path")
    found = int(row[0])
    if found > SCHEMA_VERSION:
        raise StoreError(f"{path} was written by a newer Froissart (store schema {found}, this one reads "
                         f"{SCHEMA_VERSION}): upgrade froissart; nothing was changed")
    if found < SCHEMA_VERSION:
        raise StoreError(f"{path} was written by an older Froissart (store schema {found}): code the articles "
                         "again into a new store")


def has_tables(con: Any) -> bool:
    row = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'").fetchone()
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
