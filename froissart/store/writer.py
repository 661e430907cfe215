"""Writing the store: one transaction per article, so that an interrupted run never leaves half
an article; an article already stored with the same content is not coded again."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ..articles import content_hash
from ..errors import StoreError
from ..model import Article, EventRecord, Skipped
from .dedup import NearDuplicates, signature
from .merge import merge
from .schema import SCHEMA_VERSION, TABLES, check_file, check_version, connect, has_tables, whole_record

T = TypeVar("T")
EVENT_COLUMNS = (
    "event_id", "article_id", "language", "event_type", "mode", "context", "cameo", "quad_class",
    "goldstein", "status", "source_text", "source_name", "source_country", "source_org", "source_sector",
    "target_text", "target_name", "target_country", "target_org", "target_sector", "date", "date_text",
    "date_precision", "place_name", "place_country", "place_admin1", "lat", "lon", "geonames_id", "sentence",
    "trigger", "span_start", "span_end", "rule", "confidence", "record",
)


def event_row(r: EventRecord) -> tuple[Any, ...]:
    s, t, loc = r.source, r.target, r.location
    return (
        r.event_id, r.article_id, r.language, r.event_type, r.mode, r.context, r.cameo, r.quad_class,
        r.goldstein, r.status, s.text, s.name, s.country, s.org, s.sector,
        t.text if t else None, t.name if t else None, t.country if t else None, t.org if t else None,
        t.sector if t else None, r.date, r.date_text, r.date_precision,
        loc.name if loc else None, loc.country if loc else None, loc.admin1 if loc else None,
        loc.lat if loc else None, loc.lon if loc else None, loc.geonames_id if loc else None,
        r.sentence, r.trigger, r.span[0], r.span[1], r.rule, r.confidence,
        json.dumps({k: v for k, v in r.as_dict().items() if k != "sentence"}, ensure_ascii=False),
    )


def _writable(path: Path) -> None:
    """Fail before DuckDB touches anything when the store cannot be written (a read-only
    folder or file; checked by trying, since permissions do not stop root)."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise StoreError(f"cannot create the store {path}: folder {folder} does not exist")
    try:
        if path.exists():
            with open(path, "r+b"):
                pass
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".froissart-")  # DuckDB writes its log beside the store
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise StoreError(f"cannot write the store {path}: the location is read-only ({exc.strerror}); nothing "
                         "was changed (give another --db, or --no-db)") from None


def _damage_told(method: Callable[..., T]) -> Callable[..., T]:
    """A store method whose input/output errors (a file cut short, a disk that fails) say so,
    as a ``StoreError`` that stops the run: they are the store's fault, not an article's."""
    @functools.wraps(method)
    def checked(self: Store, *args: Any, **kwargs: Any) -> T:
        import duckdb

        try:
            return method(self, *args, **kwargs)
        except (duckdb.IOException, duckdb.InternalException) as exc:
            raise StoreError(f"cannot read or write the store {self.path}: {exc} (a file cut short or damaged "
                             "cannot be read: code the articles again into a new --db)") from exc
    return checked


class Store:
    """A DuckDB file with the articles, their events and the clusters of merged reports."""

    def __init__(self, path: str | Path, merge_window: int = 1) -> None:
        import duckdb

        self.path = Path(path)
        self.merge_window = merge_window
        check_file(self.path)
        _writable(self.path)
        self._con: Any = None
        try:
            if has_tables(self.con):
                check_version(self.con, self.path)
            else:
                self.con.execute(TABLES)
                self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        except duckdb.Error as exc:
            self.release()
            raise StoreError(f"cannot read the store {self.path}: {exc}; nothing was changed (a file cut short "
                             "or damaged cannot be read: give another --db)") from exc
        except StoreError:
            self.release()
            raise
        self._near: NearDuplicates | None = None

    @property
    def con(self) -> Any:
        """The connection, opened again (waiting for readers to let go) after ``release``."""
        if self._con is None:
            self._con = connect(self.path, read_only=False)
        return self._con

    def release(self) -> None:
        """Let go of the store, so that other processes (a server, a reader) may open it until
        it is written again."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def close(self) -> None:
        self.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading back -------------------------------------------------------------------
    @_damage_told
    def stored_events(self, article: Article) -> list[dict[str, Any]] | None:
        """The events of an article already coded with the same text, else None."""
        row = self.con.execute("SELECT content_hash FROM articles WHERE id = ? AND status = 'coded'",
                               [article.id]).fetchone()
        if row is None or row[0] != content_hash(article.text):
            return None
        rows = self.con.execute("SELECT record, sentence FROM events WHERE article_id = ? ORDER BY span_start, "
                                "event_id", [article.id]).fetchall()
        return [whole_record(record, sentence) for record, sentence in rows]

    @_damage_told
    def count(self, table: str) -> int:
        if table not in ("articles", "events", "clusters"):
            raise StoreError(f"no table '{table}' in the store")
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    # -- writing ------------------------------------------------------------------------
    def _source_group(self, article_id: str, sig: bytes) -> str:
        if self._near is None:
            self._near = NearDuplicates()
            for aid, blob, group in self.con.execute(
                    "SELECT id, minhash, source_group FROM articles WHERE minhash IS NOT NULL").fetchall():
                self._near.add(aid, bytes(blob), group)
        group = self._near.find(article_id, sig) or article_id
        self._near.add(article_id, sig, group)
        return group

    @_damage_told
    def add_coded(self, article: Article, records: list[EventRecord], now: dt.datetime | None = None) -> None:
        """Store an article and its events, replacing what it had, in one transaction."""
        from .. import __version__

        sig = signature(article.text)
        group = self._source_group(article.id, sig)
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM events WHERE article_id = ?", [article.id])
            self.con.execute("DELETE FROM articles WHERE id = ?", [article.id])
            self.con.execute(
                "INSERT INTO articles (id, url, outlet, title, published, language, content_hash, status, reason,"
                " origin, coder_version, coded_at, source_group, minhash, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 'coded', NULL, ?, ?, ?, ?, ?, ?)",
                [article.id, article.url, article.outlet, article.title, article.published, article.language,
                 content_hash(article.text), article.origin, __version__, now or dt.datetime.now(), group, sig,
                 article.text],
            )
            if records:  # through Arrow: ten times faster than executemany
                import pyarrow as pa

                table = pa.Table.from_pylist([dict(zip(EVENT_COLUMNS, event_row(r), strict=True)) for r in records])
                self.con.register("new_events", table)
                self.con.execute(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) SELECT * FROM new_events")
                self.con.unregister("new_events")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    @_damage_told
    def add_skipped(self, skipped: Skipped) -> None:
        from .. import __version__

        key = skipped.article_id or f"skipped:{skipped.origin}"
        self.con.execute("BEGIN TRANSACTION")
        self.con.execute("DELETE FROM articles WHERE id = ? AND status = 'skipped'", [key])
        self.con.execute(
            "INSERT OR IGNORE INTO articles (id, status, reason, origin, coder_version, coded_at)"
            " VALUES (?, 'skipped', ?, ?, ?, ?)", [key, skipped.reason, skipped.origin, __version__, dt.datetime.now()])
        self.con.execute("COMMIT")

    @_damage_told
    def merge(self, window: int | None = None) -> int:
        """Rebuild the clusters of reports of one real-world event; returns their number."""
        return merge(self.con, self.merge_window if window is None else window)
