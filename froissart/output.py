"""Writing event records as JSON Lines, CSV or a text table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from .model import EventRecord

FORMATS = ("jsonl", "csv", "table")
CSV_COLUMNS = (
    "event_id", "article_id", "language", "event_type", "mode", "cameo", "quad_class", "goldstein", "status",
    "source_text", "source_country", "source_org", "source_sector", "source_name",
    "target_text", "target_country", "target_org", "target_sector", "target_name",
    "date", "date_text", "date_precision", "place", "place_country", "lat", "lon",
    "trigger", "span_start", "span_end", "rule", "confidence", "sentence",
)


def flat(record: EventRecord) -> dict[str, Any]:
    row: dict[str, Any] = {k: getattr(record, k) for k in CSV_COLUMNS if hasattr(record, k)}
    for side in ("source", "target"):
        actor = getattr(record, side)
        for f in ("text", "country", "org", "sector", "name"):
            row[f"{side}_{f}"] = getattr(actor, f) if actor else None
    loc = record.location
    row.update(place=loc.name if loc else None, place_country=loc.country if loc else None,
               lat=loc.lat if loc else None, lon=loc.lon if loc else None,
               span_start=record.span[0], span_end=record.span[1])
    return row


class Writer:
    def __init__(self, out: TextIO, fmt: str) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format '{fmt}' (choose {', '.join(FORMATS)})")
        self.out = out
        self.fmt = fmt
        self._csv: Any = None
        self._table_header = False

    def write(self, records: Iterable[EventRecord]) -> None:
        for record in records:
            if self.fmt == "jsonl":
                self.out.write(json.dumps(record.as_dict(), ensure_ascii=False) + "\n")
            elif self.fmt == "csv":
                if self._csv is None:
                    self._csv = csv.DictWriter(self.out, fieldnames=CSV_COLUMNS)
                    self._csv.writeheader()
                self._csv.writerow(flat(record))
            else:
                self._table_row(record)

    def _table_row(self, r: EventRecord) -> None:
        if not self._table_header:
            self.out.write(f"{'date':10}  {'type':9}  {'status':8}  {'source':24}  {'target':24}  trigger\n")
            self._table_header = True

        def who(actor: Any) -> str:
            if actor is None:
                return "-"
            code = actor.country or actor.org or "?"
            return f"{code} {actor.sector or ''} {actor.name or ''}".strip()[:24]

        self.out.write(f"{r.date or '-':10}  {r.event_type:9}  {r.status:8}  {who(r.source):24}  "
                       f"{who(r.target):24}  {r.trigger}\n")
