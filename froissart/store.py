"""The embedded DuckDB event store: one file with ``articles`` and ``events`` tables."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from . import __version__
from .errors import StoreError
from .model import Article, EventRecord, Skipped

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, url VARCHAR, outlet VARCHAR, title VARCHAR, published DATE,
    language VARCHAR, content_hash VARCHAR, status VARCHAR, reason VARCHAR, origin VARCHAR,
    coder_version VARCHAR, coded_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR, language VARCHAR, event_type VARCHAR,
    mode VARCHAR, context VARCHAR[], cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    status VARCHAR, source_text VARCHAR, source_name VARCHAR, source_country VARCHAR,
    source_org VARCHAR, source_sector VARCHAR, target_text VARCHAR, target_name VARCHAR,
    target_country VARCHAR, target_org VARCHAR, target_sector VARCHAR, date DATE,
    date_text VARCHAR, date_precision VARCHAR, place_name VARCHAR, place_country VARCHAR,
    lat DOUBLE, lon DOUBLE, sentence VARCHAR, trigger VARCHAR, span_start INTEGER,
    span_end INTEGER, rule VARCHAR, confidence DOUBLE, record JSON
);
"""

EVENT_COLUMNS = (
    "event_id", "article_id", "language", "event_type", "mode", "context", "cameo", "quad_class",
    "goldstein", "status", "source_text", "source_name", "source_country", "source_org", "source_sector",
    "target_text", "target_name", "target_country", "target_org", "target_sector", "date", "date_text",
    "date_precision", "place_name", "place_country", "lat", "lon", "sentence", "trigger", "span_start",
    "span_end", "rule", "confidence", "record",
)


def _event_row(r: EventRecord) -> tuple[Any, ...]:
    s, t, loc = r.source, r.target, r.location
    return (
        r.event_id, r.article_id, r.language, r.event_type, r.mode, r.context, r.cameo, r.quad_class,
        r.goldstein, r.status, s.text, s.name, s.country, s.org, s.sector,
        t.text if t else None, t.name if t else None, t.country if t else None, t.org if t else None,
        t.sector if t else None, r.date, r.date_text, r.date_precision,
        loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None,
        loc.lon if loc else None, r.sentence, r.trigger, r.span[0], r.span[1], r.rule, r.confidence,
        json.dumps(r.as_dict(), ensure_ascii=False),
    )


class Store:
    """A DuckDB file. Writing an article replaces its earlier events in one transaction."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        import duckdb

        self.path = Path(path)
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        if not read_only:
            self.con.execute(SCHEMA)
            self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        found = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if found and int(found[0]) > SCHEMA_VERSION:
            self.con.close()
            raise StoreError(f"{self.path} was written by a newer Froissart (schema {found[0]}): upgrade froissart")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add_coded(self, article: Article, records: list[EventRecord]) -> None:
        digest = hashlib.sha1(article.text.encode("utf-8")).hexdigest()
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM events WHERE article_id = ?", [article.id])
            self.con.execute("DELETE FROM articles WHERE id = ?", [article.id])
            self.con.execute(
                "INSERT INTO articles (id, url, outlet, title, published, language, content_hash, status,"
                " reason, origin, coder_version) VALUES (?, ?, ?, ?, ?, ?, ?, 'coded', NULL, ?, ?)",
                [article.id, article.url, article.outlet, article.title, article.published, article.language,
                 digest, article.origin, __version__],
            )
            if records:
                placeholders = ", ".join("?" for _ in EVENT_COLUMNS)
                self.con.executemany(
                    f"INSERT OR REPLACE INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({placeholders})",
                    [_event_row(r) for r in records],
                )
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def add_skipped(self, skipped: Skipped) -> None:
        key = skipped.article_id or f"skipped:{skipped.origin}"
        self.con.execute("DELETE FROM articles WHERE id = ?", [key])
        self.con.execute(
            "INSERT INTO articles (id, status, reason, origin, coder_version) VALUES (?, 'skipped', ?, ?, ?)",
            [key, skipped.reason, skipped.origin, __version__],
        )

    def count(self, table: str) -> int:
        if table not in ("articles", "events"):
            raise StoreError(f"no table '{table}'")
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0
