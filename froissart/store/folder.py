"""Reading a folder of Parquet parts as a store, without loading it: the months that ``froissart
export --format parquet`` wrote, or the parts of the last run of ``froissart code --dask``. An
in-memory DuckDB connection holds views ``events`` and ``articles`` over the files, so every
``StoreReader`` query runs on them unchanged; merged clusters exist only in a store."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import FroissartError, StoreError
from .reader import EVENT_VIEW, Filters, StoreReader
from .schema import TABLES, quoted

EVENT_FIELDS = (*(c.strip() for c in EVENT_VIEW.split(",")), "record", "source_code", "target_code")
CODES = {"source_code": "coalesce(source_country, source_org)", "target_code": "coalesce(target_country, target_org)"}
ARTICLE_FIELDS = ("id", "url", "outlet", "title", "published", "language", "status", "reason", "origin",
                  "coder_version", "coded_at", "source_group", "text")
OPTIONAL_EVENT_FIELDS = {"cluster_id", "record", *CODES}  # no clusters in Dask parts, no records in older exports
MANIFEST_KEYS = {"origin", "article_id", "status"}
NO_CLUSTERS = ("a Parquet folder has no merged clusters: code or load it into a store (--db FILE.duckdb) "
               "for --clusters")


@functools.cache
def _types() -> dict[str, dict[str, str]]:
    """The store's column types, table by table, from its own ``CREATE TABLE`` statements."""
    import duckdb

    con = duckdb.connect()
    try:
        con.execute(TABLES)
        rows = con.execute("SELECT table_name, column_name, data_type FROM information_schema.columns").fetchall()
    finally:
        con.close()
    out: dict[str, dict[str, str]] = {}
    for table, column, kind in rows:
        out.setdefault(table, {})[column] = kind
    return out


def _scan(files: list[Path]) -> str:
    """``read_parquet`` of exactly these files: glob characters in their names stand for themselves."""
    names = ", ".join(quoted("".join(f"[{c}]" if c in "*?[" else c for c in str(f))) for f in files)
    return f"read_parquet([{names}], union_by_name = true, hive_partitioning = false)"


def _select(fields: Iterable[str], types: dict[str, str], present: set[str],
            given: dict[str, str] | None = None) -> str:
    """Columns typed as in the store; a column the files lack is NULL."""
    given = given or {}
    columns = []
    for c in fields:
        value = given.get(c) or (f'"{c}"' if c in present else "NULL")
        columns.append(f'CAST({value} AS {types[c]}) AS "{c}"')
    return ", ".join(columns)


class FolderReader(StoreReader):
    """A folder of Parquet parts read like a store (always read-only): ``FolderReader("parts").events()``."""

    def __init__(self, path: str | Path, read_only: bool = True) -> None:
        import duckdb

        self.path = Path(path)
        self.is_store = False  # views over the parts: no totals (counts are counted), no row ids
        events, manifests = self._parts()
        self.con = duckdb.connect()
        try:
            self._records = self._view_events(events)
            self._view_articles(manifests)
        except StoreError:
            self.con.close()
            raise
        except duckdb.Error as exc:
            self.con.close()
            raise StoreError(f"cannot read the Parquet parts in {self.path}: {exc} (a part cut short or damaged "
                             "cannot be read: export or code them again)") from exc

    def _parts(self) -> tuple[list[Path], list[Path]]:
        """The event files, and the manifests (none in an export), to read."""
        folder = self.path
        if not folder.is_dir():
            raise StoreError(f"{folder} is not a folder: give a folder of Parquet parts or a store file")
        try:
            with os.scandir(folder):
                pass
        except OSError as exc:
            raise StoreError(f"cannot read the folder {folder}: {exc.strerror}") from None
        from ..distributed import RUN_FILE

        if (folder / RUN_FILE).exists():
            from ..distributed import run_parts

            try:
                names = run_parts(folder)
            except FroissartError as exc:
                raise StoreError(str(exc)) from None
            events = [folder / "events" / n for n in names]
            manifests = [folder / "manifest" / n for n in names]
            missing = [p for p in events + manifests if not p.is_file()]
            if missing or not names:
                lack = f"{missing[0]} is missing" if missing else f"the last run in {folder} has no parts"
                raise StoreError(f"{lack}: code the inputs again (froissart code --dask … --parquet-out {folder})")
            return events, manifests
        if (folder / "events").is_dir() and (folder / "manifest").is_dir():
            raise StoreError(f"{folder} holds no finished run ({RUN_FILE} is missing): code the inputs again "
                             f"(froissart code --dask … --parquet-out {folder})")
        files = sorted(p for p in folder.rglob("*.parquet")
                       if p.is_file() and not any(x.startswith(".") for x in p.relative_to(folder).parts))
        if not files:
            raise StoreError(f"{folder} holds no Parquet files: give a folder written by froissart export --format "
                             "parquet or froissart code --dask, or a store file (--db FILE.duckdb)")
        return files, []

    def _columns(self, scan: str) -> set[str]:
        return {d[0] for d in self.con.execute(f"SELECT * FROM {scan} LIMIT 0").description}

    def _view_events(self, files: list[Path]) -> bool:
        """The ``events`` view; whether the files hold the records (``event(id)`` needs them)."""
        scan = _scan(files)
        present = self._columns(scan)
        lacking = [c for c in EVENT_FIELDS if c not in present and c not in OPTIONAL_EVENT_FIELDS]
        if lacking:
            raise StoreError(f"the Parquet parts in {self.path} have no column {', '.join(lacking)}: they are not "
                             "events of this Froissart; export the store again (froissart export --format parquet) "
                             "or code the inputs again (froissart code --dask)")
        self.con.execute(f"CREATE VIEW events AS SELECT {_select(EVENT_FIELDS, _types()['events'], present, CODES)} "
                         f"FROM {scan}")
        return "record" in present

    def _view_articles(self, manifests: list[Path]) -> None:
        types = _types()["articles"]
        if not manifests:
            self.con.execute(f"CREATE VIEW articles AS SELECT {_select(ARTICLE_FIELDS, types, set())} WHERE false")
            return
        scan = _scan(manifests)
        present = self._columns(scan)
        if not MANIFEST_KEYS <= present:
            lacking = ", ".join(sorted(MANIFEST_KEYS - present))
            raise StoreError(f"the manifests in {self.path} have no column {lacking}: code the inputs again "
                             "(froissart code --dask)")
        # a skipped article without an id is stored as 'skipped:ORIGIN' (Store.add_skipped)
        given = {"id": "coalesce(article_id, 'skipped:' || origin)"}
        self.con.execute(f"CREATE VIEW articles AS SELECT {_select(ARTICLE_FIELDS, types, present, given)} "
                         f"FROM {scan}")

    def _unreadable(self, exc: Exception) -> StoreError:
        return StoreError(f"cannot read the Parquet parts in {self.path}: {exc} (a part removed, cut short or "
                          "damaged since it was opened: export or code it again)")

    def clusters(self, filters: Filters | None = None, **kwargs: Any) -> Any:
        raise StoreError(NO_CLUSTERS)

    def count(self, filters: Filters | None = None, clusters: bool = False) -> int:
        if clusters:
            raise StoreError(NO_CLUSTERS)
        return super().count(filters)

    def event(self, event_id: str) -> dict[str, Any] | None:
        if not self._records:
            raise StoreError(f"the Parquet parts in {self.path} hold no event records (exported by an older "
                             "Froissart): export the store again (froissart export --format parquet)")
        return super().event(event_id)


def open_reader(path: str | Path, read_only: bool = True) -> StoreReader:
    """A reader of a store file, or of a folder of Parquet parts (always read-only)."""
    return FolderReader(path) if Path(path).is_dir() else StoreReader(path, read_only=read_only)
