"""Reading the store: filters shared by the CLI, the Python API and the HTTP API. Every value
is passed to DuckDB as a parameter, never pasted into SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .schema import check_file, check_version, connect, has_tables, whole_record

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

    def where(self, clusters: bool = False) -> tuple[str, list[Any]]:
        src, tgt = ("source_code", "target_code") if clusters else \
            ("coalesce(source_country, source_org)", "coalesce(target_country, target_org)")
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
        return (" WHERE " + " AND ".join(parts)) if parts else "", params

    def tail(self, clusters: bool = False) -> tuple[str, list[Any]]:
        allowed = CLUSTER_ORDER if clusters else EVENT_ORDER
        if self.order not in allowed:
            raise StoreError(f"cannot sort by '{self.order}': choose one of {', '.join(sorted(allowed))}")
        key = "cluster_id" if clusters else "event_id"
        sql = f" ORDER BY {self.order} {'DESC' if self.descending else 'ASC'} NULLS LAST, {key}"
        params: list[Any] = []
        if self.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [self.limit, self.offset]
        return sql, params


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
        try:
            if not has_tables(self.con):
                raise StoreError(f"{self.path} is a DuckDB file but not a Froissart store")
            check_version(self.con, self.path)
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
        f = self._filters(filters, kwargs)
        where, params = f.where()
        tail, more = f.tail()
        return self.query(f"SELECT {EVENT_VIEW} FROM events{where}{tail}", params + more).df()

    def clusters(self, filters: Filters | None = None, **kwargs: Any) -> Any:
        f = self._filters(filters, kwargs)
        where, params = f.where(clusters=True)
        tail, more = f.tail(clusters=True)
        return self.query(f"SELECT * FROM clusters{where}{tail}", params + more).df()

    def articles(self) -> Any:
        return self.query("SELECT id, url, outlet, title, published, language, status, reason, origin, "
                          "coder_version, coded_at, source_group FROM articles ORDER BY id", []).df()

    def event(self, event_id: str) -> dict[str, Any] | None:
        row = self.query("SELECT record, sentence, cluster_id FROM events WHERE event_id = ?", [event_id]).fetchone()
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
        where, params = (filters or Filters()).where()
        return self.query(
            "SELECT coalesce(source_country, source_org) AS source, coalesce(target_country, target_org) AS target,"
            " event_type, quad_class, count(*) AS events, avg(goldstein) AS goldstein FROM events"
            f"{where}{' AND' if where else ' WHERE'} coalesce(target_country, target_org) IS NOT NULL"
            " GROUP BY ALL ORDER BY events DESC, source, target, event_type", params).df()

    def timeline(self, filters: Filters | None = None, interval: str = "day") -> Any:
        if interval not in ("day", "week", "month"):
            raise StoreError(f"interval '{interval}': choose day, week or month")
        where, params = (filters or Filters()).where()
        return self.query(f"SELECT date_trunc('{interval}', date) AS period, quad_class, count(*) AS events "
                          f"FROM events{where}{' AND' if where else ' WHERE'} date IS NOT NULL "
                          "GROUP BY ALL ORDER BY period, quad_class", params).df()

    def count(self, filters: Filters | None = None, clusters: bool = False) -> int:
        where, params = (filters or Filters()).where(clusters=clusters)
        row = self.query(f"SELECT count(*) FROM {'clusters' if clusters else 'events'}{where}", params)
        found = row.fetchone()
        return int(found[0]) if found else 0


def open_store(path: str | Path = "froissart.duckdb") -> StoreReader:
    """Open a store for reading."""
    return StoreReader(path)
