"""Writing event records (as dictionaries: shared/spec/event-record.md) as JSON Lines, CSV or a table."""

from __future__ import annotations

import csv
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


class Writer:
    def __init__(self, out: TextIO, fmt: str) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format '{fmt}' (choose {', '.join(FORMATS)})")
        self.out = out
        self.fmt = fmt
        self._csv: csv.DictWriter[str] | None = None
        self._table_header = False

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
                self._table_row(record)

    def _table_row(self, r: Mapping[str, Any]) -> None:
        if not self._table_header:
            self.out.write(f"{'date':10}  {'type':9}  {'status':8}  {'source':24}  {'target':24}  trigger\n")
            self._table_header = True

        def who(actor: Mapping[str, Any] | None) -> str:
            if not actor:
                return "-"
            code = actor.get("country") or actor.get("org") or "?"
            return f"{code} {actor.get('sector') or ''} {actor.get('name') or ''}".strip()[:24]

        self.out.write(f"{r.get('date') or '-':10}  {r['event_type']:9}  {r['status']:8}  {who(r.get('source')):24}  "
                       f"{who(r.get('target')):24}  {r['trigger']}\n")
