"""Writing the store: many articles per transaction (a batch of coded articles, or one Parquet
part of a Dask run, read by DuckDB itself), so that an interrupted run never leaves half an
article; an article already stored with the same content is not coded again."""

from __future__ import annotations

import datetime as dt
import functools
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from ..articles import content_hash
from ..errors import StoreError
from ..model import Article, EventRecord, Skipped
from .dedup import band_rows, source_groups
from .merge import merge
from .rows import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    article_table,
    events_from_records,
    pa_table,
    record_table,
    totals_table,
)
from .schema import (
    SCHEMA_VERSION,
    TABLES,
    TOTALS,
    check_file,
    check_version,
    connect,
    first_row,
    has_tables,
    upgrade,
    whole_record,
)

T = TypeVar("T")
CHECKPOINT = "1GB"


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
                upgrade(self.con, check_version(self.con, self.path))
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

    @property
    def con(self) -> Any:
        """The connection, opened again (waiting for readers to let go) after ``release``."""
        if self._con is None:
            self._con = connect(self.path, read_only=False)
            # one checkpoint when the store is let go (between batches of ``froissart code``, at
            # the end of a load) costs less than DuckDB's default one every 16 MB of log, whose
            # cost grows with the store (3x slower writes at a million events)
            self._con.execute(f"SET checkpoint_threshold = '{CHECKPOINT}'")
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
    def stored(self, articles: Iterable[Article]) -> dict[str, list[dict[str, Any]]]:
        """The events of those articles already coded with the same text, by article id (two
        queries for all of them: the store has no index to look one up)."""
        asked = {a.id: content_hash(a.text) for a in articles}
        if not asked:
            return {}
        self.con.register("asked", pa_table({"id": list(asked), "content_hash": list(asked.values())}))
        try:
            self.con.execute("CREATE OR REPLACE TEMP TABLE known AS SELECT a.id FROM articles a JOIN asked q "
                             "ON a.id = q.id AND a.content_hash = q.content_hash WHERE a.status = 'coded'")
        finally:
            self.con.unregister("asked")
        out: dict[str, list[dict[str, Any]]] = {r[0]: [] for r in self.con.execute("SELECT id FROM known").fetchall()}
        for article_id, record, sentence in self.con.execute(
                "SELECT article_id, record, sentence FROM events WHERE article_id IN (SELECT id FROM known) "
                "ORDER BY article_id, span_start, event_id").fetchall():
            out[article_id].append(whole_record(record, sentence))
        self.con.execute("DROP TABLE known")
        return out

    # -- writing ------------------------------------------------------------------------
    @_damage_told
    def add_coded(self, article: Article, records: list[EventRecord], now: dt.datetime | None = None) -> None:
        """Store an article and its events, replacing what it had, in one transaction."""
        self.add_batch([(article, records)], now)

    @_damage_told
    def add_batch(self, coded: Sequence[tuple[Article, list[EventRecord]]], now: dt.datetime | None = None) -> None:
        """Store many articles and their events, replacing what they had, in one transaction:
        a run killed at any point leaves whole articles (an article given twice keeps its last
        events)."""
        latest = {article.id: (article, records) for article, records in coded}
        if not latest:
            return
        self.con.register("batch_articles", article_table([a for a, _ in latest.values()], now))
        records = [r for _, records in latest.values() for r in records]
        self.con.register("batch_events", record_table(records))
        try:
            self._write("batch_articles", events_from_records("batch_events"), totals=totals_table(records))
        finally:
            self.con.unregister("batch_articles")
            self.con.unregister("batch_events")

    @_damage_told
    def load_parts(self, parts: Sequence[tuple[Path, Path]], recode: bool = False) -> tuple[int, int]:
        """Load Parquet parts of a Dask run (distributed.py: (events, manifest) files) with
        DuckDB's Parquet reader, all in one transaction (one statement per table for all of
        them); articles already stored with the same text are kept unless ``recode``. Returns
        (articles, events) loaded; the parts' skipped articles are recorded too."""
        from .. import __version__

        events, manifests = [str(e) for e, _ in parts], [str(m) for _, m in parts]
        self.con.execute(
            "CREATE OR REPLACE TEMP TABLE part_articles AS SELECT m.article_id AS id, m.url, m.outlet, m.title, "
            "m.published, m.language, m.content_hash, 'coded' AS status, NULL::VARCHAR AS reason, m.origin, "
            "coalesce(m.coder_version, ?) AS coder_version, ?::TIMESTAMP AS coded_at, m.minhash, m.text "
            "FROM read_parquet(?, union_by_name = true) m WHERE m.status = 'coded'"
            + ("" if recode else " AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id AND "
                                 "a.status = 'coded' AND a.content_hash = m.content_hash)"),
            [__version__, dt.datetime.now(), manifests])
        try:
            loaded = self._write("part_articles", f"SELECT {', '.join(EVENT_COLUMNS)} FROM read_parquet(?) "
                                                  "WHERE article_id IN (SELECT id FROM part_articles)", [events])
        finally:
            self.con.execute("DROP TABLE IF EXISTS part_articles")
        for origin, article_id, reason in self.con.execute(
                "SELECT origin, article_id, reason FROM read_parquet(?, union_by_name = true) "
                "WHERE status = 'skipped'", [manifests]).fetchall():
            self.add_skipped(Skipped(origin, reason, article_id))
        return loaded

    def _write(self, articles: str, events: str, params: list[Any] | None = None,
               totals: Any = None) -> tuple[int, int]:
        """One transaction: the articles of the relation ``articles`` (ARTICLE_COLUMNS) replace
        what the store had under their ids, with their source groups, band hashes and the
        events that the query ``events`` selects; ``totals``, the rows they add to the totals
        (``totals_table``), else counted by reading them again (as Parquet files are, cheaply)."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            rows = con.execute(f"SELECT id, minhash FROM {articles}").fetchall()
            ids, signatures = [r[0] for r in rows], [bytes(r[1]) for r in rows]
            self._forget(articles)
            bands = band_rows(ids, signatures)
            groups = source_groups(con, ids, signatures, bands)
            con.register("groups", pa_table({"id": ids, "source_group": groups}))
            con.execute(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}, source_group) SELECT a.*, "
                        f"g.source_group FROM {articles} a JOIN groups g ON g.id = a.id")
            con.unregister("groups")
            coded = ("SELECT *, coalesce(source_country, source_org) AS source_code, coalesce(target_country, "
                     f"target_org) AS target_code FROM ({events})")
            inserted = first_row(con, f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}, source_code, target_code) "
                                      f"{coded}", params)
            if totals is None:
                con.execute(f"INSERT INTO totals {TOTALS.format(events=f'({coded})', sign='')}", params or [])
            else:
                con.register("new_totals", totals)
                con.execute("INSERT INTO totals SELECT * FROM new_totals")
                con.unregister("new_totals")
            con.register("new_bands", bands)
            con.execute("INSERT INTO bands SELECT * FROM new_bands")
            con.unregister("new_bands")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return len(ids), int(inserted[0]) if inserted else 0

    def _forget(self, articles: str) -> None:
        """Remove what the store holds under the ids of ``articles``; the clusters their events
        were in are dissolved, their other members left to the next merge."""
        con = self.con
        found = con.execute(f"SELECT id FROM articles WHERE id IN (SELECT id FROM {articles})").fetchall()
        gone = [r[0] for r in found]
        if not gone:
            return
        con.register("gone", pa_table({"id": gone}))
        con.execute("CREATE OR REPLACE TEMP TABLE dissolved AS SELECT DISTINCT cluster_id FROM events WHERE "
                    "article_id IN (SELECT id FROM gone) AND cluster_id IS NOT NULL")
        gone_events = "(SELECT * FROM events WHERE article_id IN (SELECT id FROM gone))"
        for sql in (f"INSERT INTO totals {TOTALS.format(events=gone_events, sign='-')}",
                    "DELETE FROM clusters WHERE cluster_id IN (SELECT cluster_id FROM dissolved)",
                    "UPDATE events SET cluster_id = NULL WHERE cluster_id IN (SELECT cluster_id FROM dissolved)",
                    "DELETE FROM events WHERE article_id IN (SELECT id FROM gone)",
                    "DELETE FROM bands WHERE article_id IN (SELECT id FROM gone)",
                    "DELETE FROM articles WHERE id IN (SELECT id FROM gone)", "DROP TABLE dissolved"):
            con.execute(sql)
        con.unregister("gone")

    @_damage_told
    def add_skipped(self, skipped: Skipped) -> None:
        from .. import __version__

        key = skipped.article_id or f"skipped:{skipped.origin}"
        self.con.execute("BEGIN TRANSACTION")
        self.con.execute("DELETE FROM articles WHERE id = ? AND status = 'skipped'", [key])
        self.con.execute(
            "INSERT INTO articles (id, status, reason, origin, coder_version, coded_at) SELECT ?, 'skipped', ?, ?, ?, ?"
            " WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = ?)",
            [key, skipped.reason, skipped.origin, __version__, dt.datetime.now(), key])
        self.con.execute("COMMIT")

    @_damage_told
    def merge(self, window: int | None = None, full: bool = False) -> int:
        """Merge the events not merged yet into clusters of reports of one real-world event
        (``full``: all of them again); returns the number of clusters."""
        return merge(self.con, self.merge_window if window is None else window, full)
