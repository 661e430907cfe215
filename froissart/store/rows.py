"""Rows of the store's tables, made from coded articles and event records: as Arrow tables for
DuckDB to read, or as the Parquet parts of a Dask run (which the store loads as they are)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..articles import content_hash
from ..model import Article, EventRecord
from .dedup import signatures
from .schema import quoted

ARTICLE_COLUMNS = ("id", "url", "outlet", "title", "published", "language", "content_hash", "status", "reason",
                   "origin", "coder_version", "coded_at", "minhash", "text")
# Arrow types of the columns of articles, manifests and totals that are not text
TYPES = {"published": "date32", "coded_at": "timestamp", "minhash": "binary", "events": "int64", "scored": "int64",
         "quad_class": "int32", "goldstein": "double"}


# each column of the events table, from the record's JSON (``$.x``) or a column beside it, with its type
FROM_RECORD = (
    ("event_id", "$.event_id", ""), ("article_id", "$.article_id", ""), ("language", "$.language", ""),
    ("event_type", "$.event_type", ""), ("mode", "$.mode", ""), ("context", "$.context", "VARCHAR[]"),
    ("cameo", "$.cameo", ""), ("quad_class", "$.quad_class", "INTEGER"), ("goldstein", "$.goldstein", "DOUBLE"),
    ("status", "$.status", ""), *((f"{side}_{f}", f"$.{side}.{f}", "") for side in ("source", "target")
                                  for f in ("text", "name", "country", "org", "sector")),
    ("date", "$.date", "DATE"), ("date_text", "$.date_text", ""), ("date_precision", "$.date_precision", ""),
    ("place_name", "$.location.name", ""), ("place_country", "$.location.country", ""),
    ("place_admin1", "$.location.admin1", ""), ("lat", "$.location.lat", "DOUBLE"),
    ("lon", "$.location.lon", "DOUBLE"), ("geonames_id", "$.location.geonames_id", "BIGINT"),
    ("sentence", "", ""), ("trigger", "$.trigger", ""), ("span_start", "$.span[0]", "INTEGER"),
    ("span_end", "$.span[1]", "INTEGER"), ("rule", "$.rule", ""), ("confidence", "$.confidence", "DOUBLE"),
    ("record", "", ""),
)


EVENT_COLUMNS = tuple(name for name, _, _ in FROM_RECORD)


def events_from_records(relation: str) -> str:
    """SQL selecting the events table's columns (EVENT_COLUMNS) from a relation of ``record``
    (the JSON record without its sentence) and ``sentence``: DuckDB reads each JSON once."""
    paths = [path for _, path, _ in FROM_RECORD if path and path != "$.context"]
    columns = []
    for name, path, kind in FROM_RECORD:
        if not path:
            value = name
        elif path == "$.context":
            value = "CAST(json_extract(record, '$.context') AS VARCHAR[])"
        else:
            value = f"v[{paths.index(path) + 1}]"
            value = f"CAST({value} AS {kind})" if kind else value
        columns.append(f"{value} AS {name}")
    listed = ", ".join(f"'{p}'" for p in paths)
    return (f"SELECT {', '.join(columns)} FROM (SELECT json_extract_string(record, [{listed}]) AS v, record, "
            f"sentence FROM {relation})")


def record_table(records: Sequence[EventRecord]) -> Any:
    """The records as Arrow: ``record``, the JSON without the sentence, and ``sentence``."""
    import orjson
    import pyarrow as pa

    texts, sentences = [], []
    for r in records:
        d = r.as_dict()
        sentences.append(d.pop("sentence"))
        texts.append(orjson.dumps(d).decode())
    return pa.table({"record": pa.array(texts, pa.string()), "sentence": pa.array(sentences, pa.string())})


def totals_table(records: Sequence[EventRecord]) -> Any:
    """The rows these records add to ``totals`` (schema.TOTALS, counted here rather than by
    reading the records' JSON again)."""
    counts: dict[tuple[Any, ...], list[Any]] = {}
    for r in records:
        s, t = r.source, r.target
        key = (s.country if s.country is not None else s.org,
               None if t is None else t.country if t.country is not None else t.org,
               r.event_type, r.quad_class, r.status, r.language)
        row = counts.setdefault(key, [0, None, 0])
        row[0] += 1
        if r.goldstein is not None:
            row[1] = (row[1] or 0.0) + r.goldstein
            row[2] += 1
    names = ("source_code", "target_code", "event_type", "quad_class", "status", "language", "events", "goldstein",
             "scored")
    return pa_table({name: [(*key, *row)[i] for key, row in counts.items()] for i, name in enumerate(names)})


def write_events(records: Sequence[EventRecord], path: Path) -> None:
    """The events table's rows of these records (EVENT_COLUMNS, with the table's types), as a
    Parquet file (a part of a Dask run)."""
    import duckdb

    con = duckdb.connect()
    try:
        con.register("records", record_table(records))
        con.execute(f"COPY ({events_from_records('records')}) TO {quoted(path)} (FORMAT PARQUET)")
    finally:
        con.close()


def pa_table(columns: dict[str, Sequence[Any]]) -> Any:
    """An Arrow table of these columns, typed as the store's (text unless TYPES says otherwise)."""
    import pyarrow as pa

    types = {"int32": pa.int32(), "int64": pa.int64(), "double": pa.float64(), "date32": pa.date32(),
             "timestamp": pa.timestamp("us"), "binary": pa.binary()}
    arrays = []
    for name, values in columns.items():
        kind = TYPES.get(name)
        if kind == "date32":
            values = [dt.date.fromisoformat(v) if isinstance(v, str) else v for v in values]
        arrays.append(pa.array(values, types[kind] if kind else pa.string()))
    return pa.table(arrays, names=list(columns))


def article_table(articles: Sequence[Article], now: dt.datetime | None = None) -> Any:
    """The articles table's rows (ARTICLE_COLUMNS) of coded articles, as Arrow."""
    from .. import __version__

    coded_at = now or dt.datetime.now()
    rows = [(a.id, a.url, a.outlet, a.title, a.published, a.language, content_hash(a.text), "coded", None, a.origin,
             __version__, coded_at, sig, a.text)
            for a, sig in zip(articles, signatures([a.text for a in articles]), strict=True)]
    return pa_table({name: [row[i] for row in rows] for i, name in enumerate(ARTICLE_COLUMNS)})
