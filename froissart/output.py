"""Writing event records (as dictionaries: shared/spec/event-record.md) as JSON Lines, CSV or a table."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

FORMATS = ("jsonl", "csv", "table")
CSV_COLUMNS = (
    "event_id", "article_id", "language", "event_type", "mode", "cameo", "quad_class", "goldstein", "status",
    "source_text", "source_country", "source_org", "source_sector", "source_name",
    "target_text", "target_country", "target_org", "target_sector", "target_name",
    "date", "date_text", "date_precision", "place", "place_country", "lat", "lon",
    "trigger", "span_start", "span_end", "rule", "confidence", "sentence",
)


def flat(record: Mapping[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {k: record.get(k) for k in CSV_COLUMNS}
    for side in ("source", "target"):
        actor = record.get(side) or {}
        for f in ("text", "country", "org", "sector", "name"):
            row[f"{side}_{f}"] = actor.get(f)
    loc = record.get("location") or {}
    span = record.get("span") or [None, None]
    row.update(place=loc.get("name"), place_country=loc.get("country"), lat=loc.get("lat"), lon=loc.get("lon"),
               span_start=span[0], span_end=span[1])
    return row


MISSING = "—"  # how every missing value is printed, in tables and in the dashboard
TABLE_HEADERS = ("date", "type", "status", "source", "target", "trigger")


def who(actor: Mapping[str, Any] | None) -> str:
    """An actor in a table: its code, sector and name, whole."""
    if not actor:
        return MISSING
    words = [actor.get("country") or actor.get("org") or MISSING, actor.get("sector"), actor.get("name")]
    return " ".join(str(w) for w in words if w)


def cell(value: Any) -> str:
    """A value as a table shows it: dates as YYYY-MM-DD, missing ones (None, NaN, "") as MISSING."""
    if value is None or value == "" or value != value:  # NaN is not equal to itself
        return MISSING
    if isinstance(value, dt.datetime):  # pandas' Timestamp too
        return value.date().isoformat()
    return str(value)


def table(rows: list[list[Any]], headers: Iterable[str], width: int | None = None) -> str:
    """Rows as aligned columns that fit the terminal: every column but the last is as wide as
    its longest value (names are never cut); the last one gets the rest and is cut with "…"."""
    import shutil

    width = width or shutil.get_terminal_size((120, 24)).columns
    cells = [[cell(v) for v in row] for row in rows]
    heads = list(headers)
    widths = [max(len(r[k]) for r in [heads, *cells]) for k in range(len(heads) - 1)]
    room = max(width - sum(widths) - 2 * len(widths), 12)
    lines = []
    for row in [heads, *cells]:
        last = row[-1] if len(row[-1]) <= room else row[-1][:room - 1] + "…"
        lines.append("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=False)) + "  " + last)
    return "\n".join(line.rstrip() for line in lines) + "\n"


class Writer:
    """Records written as they come (JSON Lines, CSV), or as one table at ``close`` (its
    columns fit the longest value)."""

    def __init__(self, out: TextIO, fmt: str) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format '{fmt}' (choose {', '.join(FORMATS)})")
        self.out = out
        self.fmt = fmt
        self._csv: csv.DictWriter[str] | None = None
        self._rows: list[list[Any]] = []

    def write(self, records: Iterable[Mapping[str, Any]]) -> None:
        for record in records:
            if self.fmt == "jsonl":
                self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif self.fmt == "csv":
                if self._csv is None:
                    self._csv = csv.DictWriter(self.out, fieldnames=CSV_COLUMNS)
                    self._csv.writeheader()
                self._csv.writerow(flat(record))
            else:
                self._rows.append([record.get("date"), record["event_type"], record["status"],
                                   who(record.get("source")), who(record.get("target")), record["trigger"]])

    def close(self) -> None:
        if self.fmt == "table" and self._rows:
            self.out.write(table(self._rows, TABLE_HEADERS))
            self._rows = []
