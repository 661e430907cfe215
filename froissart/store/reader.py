"""Reading the store: filters shared by the CLI, the Python API and the HTTP API. Every value
is passed to DuckDB as a parameter, never pasted into SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .schema import SCHEMA_VERSION, check_file, check_version, connect, has_tables, whole_record

EVENT_ORDER = {"date", "event_type", "goldstein", "confidence", "source_country", "target_country", "event_id"}
CLUSTER_ORDER = {"date", "event_type", "goldstein", "n_articles", "n_sources", "n_mentions", "cluster_id"}


@dataclass
class Filters:
    """What to select; empty fields select everything."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    country: str | None = None
    dyad: tuple[str, str] | None = None
    types: list[str] = field(default_factory=list)
    status: str | None = None
    language: str | None = None
    text: str | None = None
    limit: int | None = None
    offset: int = 0
    order: str = "date"
    descending: bool = False
    after: tuple[Any, str] | None = None  # keyset paging: the (sort value, id) of the previous page's last item

    def where(self, clusters: bool = False) -> tuple[str, list[Any]]:
        """The WHERE clause over events, clusters (``clusters``) or totals (which has no dates
        and no sentences: the caller checks ``dated``)."""
        src, tgt = "source_code", "target_code"
        parts: list[str] = []
        params: list[Any] = []
        if self.date_from:
            parts.append("date >= ?")
            params.append(self.date_from)
        if self.date_to:
            parts.append("date <= ?")
            params.append(self.date_to)
        if self.country:
            parts.append(f"(? IN ({src}, {tgt}))")
            params.append(self.country.upper())
        if self.dyad:
            a, b = (x.upper() for x in self.dyad)
            parts.append(f"(({src} = ? AND {tgt} = ?) OR ({src} = ? AND {tgt} = ?))")
            params += [a, b, b, a]
        if self.types:
            parts.append(f"event_type IN ({', '.join('?' for _ in self.types)})")
            params += [t.upper() for t in self.types]
        if self.status and not clusters:
            parts.append("status = ?")
            params.append(self.status)
        if self.language:
            parts.append("list_contains(languages, ?)" if clusters else "language = ?")
            params.append(self.language)
        if self.text:
            parts.append("contains(lower(sentence), lower(?))")  # literal: "%" and "_" are no wildcards
            params.append(self.text)
        if self.after:
            parts.append(self._after(clusters))
            value, key = self.after
            params += [key] if value is None else [value, value, key]
        return (" WHERE " + " AND ".join(parts)) if parts else "", params

    @property
    def dated(self) -> bool:
        """Whether the selection needs each event's date or sentence (not only their totals)."""
        return bool(self.date_from or self.date_to or self.text or self.after)

    def _after(self, clusters: bool) -> str:
        """Rows after the cursor in the order of ``tail`` (NULLs last, ties by id)."""
        key = "cluster_id" if clusters else "event_id"
        self.sort(clusters)  # a sort key it knows
        if self.after and self.after[0] is None:
            return f"({self.order} IS NULL AND {key} > ?)"
        beyond = "<" if self.descending else ">"
        return f"({self.order} {beyond} ? OR ({self.order} = ? AND {key} > ?) OR {self.order} IS NULL)"

    def sort(self, clusters: bool = False) -> str:
        allowed = CLUSTER_ORDER if clusters else EVENT_ORDER
        if self.order not in allowed:
            raise StoreError(f"cannot sort by '{self.order}': choose one of {', '.join(sorted(allowed))}")
        key = "cluster_id" if clusters else "event_id"
        return f" ORDER BY {self.order} {'DESC' if self.descending else 'ASC'} NULLS LAST, {key}"

    def tail(self, clusters: bool = False) -> tuple[str, list[Any]]:
        """ORDER BY, and LIMIT and OFFSET for a page."""
        if self.limit is None:
            return self.sort(clusters), []
        return f"{self.sort(clusters)} LIMIT ? OFFSET ?", [self.limit, self.offset]


EVENT_VIEW = ("event_id, article_id, language, event_type, mode, cameo, quad_class, goldstein, status, "
              "source_text, source_name, source_country, source_org, source_sector, target_text, target_name, "
              "target_country, target_org, target_sector, date, date_text, date_precision, place_name, "
              "place_country, lat, lon, sentence, trigger, span_start, span_end, rule, confidence, cluster_id")


class StoreReader:
    """A store opened for reading: ``froissart.open("froissart.duckdb").events(country="JPN")``
    (read-only, unless a server that also writes it, ``serve --allow-code``, asks otherwise: one
    process cannot hold a file read-only and writable at once)."""

    def __init__(self, path: str | Path, read_only: bool = True) -> None:
        import duckdb

        self.path = Path(path)
        if not self.path.exists():
            raise StoreError(f"no store at {self.path}: code articles first (froissart code … --db {self.path})")
        check_file(self.path)
        self.con = connect(self.path, read_only=read_only)
        self.is_store = True  # a store's tables, with totals and row ids (a folder of Parquet parts has neither)
        try:
            if not has_tables(self.con):
                raise StoreError(f"{self.path} is a DuckDB file but not a Froissart store")
            if check_version(self.con, self.path) != SCHEMA_VERSION:
                raise StoreError(f"{self.path} was written by an older Froissart: upgrade it in place with "
                                 f"froissart upgrade --db {self.path} (or code the articles again into a new store)")
        except (StoreError, duckdb.Error) as exc:
            self.con.close()
            raise exc if isinstance(exc, StoreError) else self._unreadable(exc) from exc

    def _unreadable(self, exc: Exception) -> StoreError:
        return StoreError(f"cannot read the store {self.path}: {exc} (a file cut short or damaged cannot be read: "
                          "code the articles again into a new --db)")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> StoreReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def _filters(filters: Filters | None, kwargs: dict[str, Any]) -> Filters:
        if filters is not None and kwargs:
            raise TypeError("give a Filters object or keyword filters, not both")
        return filters or Filters(**kwargs)

    def query(self, sql: str, params: list[Any]) -> Any:
        """A DuckDB relation: ``.df()`` for pandas, ``.arrow()`` for Arrow, ``.fetchall()``."""
        import duckdb

        try:
            return self.con.execute(sql, params)
        except duckdb.Error as exc:
            raise self._unreadable(exc) from exc

    def events(self, filters: Filters | None = None, **kwargs: Any) -> Any:
        """Events as a pandas DataFrame."""
        return self._page("events", EVENT_VIEW, self._filters(filters, kwargs))

    def clusters(self, filters: Filters | None = None, **kwargs: Any) -> Any:
        return self._page("clusters", "*", self._filters(filters, kwargs))

    def _page(self, table: str, columns: str, f: Filters) -> Any:
        """The selected rows; a page of a store's table is found by its sort keys first and its
        other columns read for those rows only (many times faster on millions of events)."""
        clusters = table == "clusters"
        where, params = f.where(clusters=clusters)
        tail, more = f.tail(clusters=clusters)
        if self.is_store and f.limit is not None:
            return self.query(f"SELECT {columns} FROM {table} WHERE rowid IN (SELECT rowid FROM {table}{where}{tail})"
                              f"{f.sort(clusters)}", params + more).df()
        return self.query(f"SELECT {columns} FROM {table}{where}{tail}", params + more).df()

    def articles(self) -> Any:
        return self.query("SELECT id, url, outlet, title, published, language, status, reason, origin, "
                          "coder_version, coded_at, source_group FROM articles ORDER BY id", []).df()

    def event(self, event_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT record, sentence, cluster_id FROM events WHERE event_id = ?", [event_id]).fetchall()
        row = rows[0] if rows else None
        if row is None:
            return None
        record = whole_record(row[0], row[1])
        record["cluster_id"] = row[2]
        return record

    def article(self, article_id: str) -> dict[str, Any] | None:
        frame = self.query("SELECT id, url, outlet, title, published, language, status, reason, origin, "
                           "coder_version, coded_at, source_group, text FROM articles WHERE id = ?", [article_id]).df()
        if frame.empty:
            return None
        return frame.iloc[0].to_dict()

    def dyads(self, filters: Filters | None = None) -> Any:
        """Event counts by actor pair, type and quad class, the largest first (``limit`` of them)."""
        f = filters or Filters()
        where, params = f.where()
        pairs = f"{where}{' AND' if where else ' WHERE'} target_code IS NOT NULL GROUP BY ALL"
        if self._totals(f):
            counted = ("sum(events)::BIGINT AS events, round(sum(goldstein) / nullif(sum(scored), 0), 9) AS goldstein "
                       "FROM totals")
            pairs += " HAVING sum(events) > 0"
        else:
            counted = "count(*) AS events, round(avg(goldstein), 9) AS goldstein FROM events"
        top = " LIMIT ?" if f.limit is not None else ""
        return self.query(f"SELECT source_code AS source, target_code AS target, event_type, quad_class, {counted}"
                          f"{pairs} ORDER BY events DESC, source, target, event_type{top}",
                          params + ([f.limit] if top else [])).df()

    def timeline(self, filters: Filters | None = None, interval: str = "day") -> Any:
        if interval not in ("day", "week", "month"):
            raise StoreError(f"interval '{interval}': choose day, week or month")
        where, params = (filters or Filters()).where()
        return self.query(f"SELECT date_trunc('{interval}', date) AS period, quad_class, count(*) AS events "
                          f"FROM events{where}{' AND' if where else ' WHERE'} date IS NOT NULL "
                          "GROUP BY ALL ORDER BY period, quad_class", params).df()

    def count(self, filters: Filters | None = None, clusters: bool = False) -> int:
        f = filters or Filters()
        where, params = f.where(clusters=clusters)
        if not clusters and self._totals(f):
            rows = self.query(f"SELECT coalesce(sum(events), 0)::BIGINT FROM totals{where}", params).fetchall()
        else:
            rows = self.query(f"SELECT count(*) FROM {'clusters' if clusters else 'events'}{where}", params).fetchall()
        return int(rows[0][0]) if rows else 0

    def _totals(self, f: Filters) -> bool:
        """Whether counts by actors, type, status and language answer (the store keeps them)."""
        return self.is_store and not f.dated


def open_store(path: str | Path = "froissart.duckdb") -> StoreReader:
    """Open for reading a store file, or a folder of Parquet parts (``froissart export --format
    parquet``, ``froissart code --dask``)."""
    from .folder import open_reader

    return open_reader(path)
