"""Exports for the field's tools: Parquet partitioned by month, PLOVER JSON Lines, and the
GDELT 2.0 event table (61 tab-separated columns in GDELT's order, no header, like GDELT's
own files)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from ..langdata import data_dir, read_table
from .reader import EVENT_VIEW, Filters, StoreReader
from .schema import quoted, whole_record

GDELT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    *(f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone",
    *(f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
FORMATS = ("parquet", "plover", "gdelt")


def export_parquet(store: StoreReader, folder: Path, filters: Filters | None = None) -> int:
    """Events as Parquet files, one folder per month (``month=2024-11/``), with their records (the
    JSON kept in the store, without the sentence: ``schema.whole_record`` puts it back), so that
    ``froissart events --db FOLDER`` and ``froissart.open(FOLDER)`` read them as a store."""
    where, params = (filters or Filters()).where()
    folder.mkdir(parents=True, exist_ok=True)
    sql = (f"COPY (SELECT {EVENT_VIEW}, record, coalesce(strftime(date, '%Y-%m'), 'undated') AS month "
           f"FROM events{where}) TO {quoted(folder)} (FORMAT PARQUET, PARTITION_BY (month), OVERWRITE_OR_IGNORE)")
    store.query(sql, params)
    return store.count(filters)


def plover_records(store: StoreReader, filters: Filters | None = None) -> Iterator[dict[str, Any]]:
    """The event records as coded (shared/spec/event-record.md), with their cluster id."""
    f = filters or Filters()
    where, params = f.where()
    for record, sentence, cluster in store.query(f"SELECT record, sentence, cluster_id FROM events{where} "
                                                 "ORDER BY date, event_id", params).fetchall():
        out = whole_record(record, sentence)
        out["cluster_id"] = cluster
        yield out


@cache
def _countries() -> dict[str, tuple[str, str]]:
    return {c["iso3"]: (c["fips"], c["name"]) for c in read_table(data_dir() / "countries.tsv")}


def _actor(code_country: Any, org: Any, sector: Any, name: Any, text: Any) -> list[Any]:
    code = f"{code_country or org or ''}{sector or ''}" if (code_country or org or sector) else ""
    return [code, (name or text or "").upper()[:80], code_country or "", org or "", "", "", "", sector or "", "", ""]


def _geo(place_name: Any, country: Any, admin1: Any, lat: Any, lon: Any, geonames_id: Any) -> list[Any]:
    if not place_name and not country:
        return [0, "", "", "", "", "", "", ""]
    fips, country_name = _countries().get(country or "", ("", ""))
    if geonames_id:
        kind = 3 if country == "USA" else 4
        full = f"{place_name}, {country_name}" if country_name else place_name
        return [kind, full, fips, f"{fips}{admin1 or ''}", "", lat, lon, geonames_id]
    return [1, country_name or place_name, fips, fips, "", lat if lat is not None else "", lon if lon is not None
            else "", fips]


def gdelt_rows(store: StoreReader, filters: Filters | None = None) -> Iterator[list[Any]]:
    where, params = (filters or Filters()).where()
    sql = ("SELECT e.event_id, e.date, e.source_country, e.source_org, e.source_sector, e.source_name, e.source_text,"
           " e.target_country, e.target_org, e.target_sector, e.target_name, e.target_text, e.cameo, e.quad_class,"
           " e.goldstein, e.place_name, e.place_country, e.place_admin1, e.lat, e.lon, e.geonames_id, e.span_start,"
           " c.n_mentions, c.n_sources, c.n_articles, a.coded_at, coalesce(a.url, a.origin), a.text"
           f" FROM (SELECT * FROM events{where}) e JOIN articles a ON a.id = e.article_id"
           " LEFT JOIN clusters c ON c.cluster_id = e.cluster_id ORDER BY e.date, e.event_id")
    for row in store.query(sql, params).fetchall():
        (event_id, day, sc, so, ss, sn, st, tc, to, ts, tn, tt, cameo, quad, goldstein, pname, pcountry, padmin,
         lat, lon, gid, span_start, mentions, sources, articles, coded_at, url, text) = row
        day = day or dt.date(1970, 1, 1)
        first_paragraph = (text or "").find("\n\n")
        root = 1 if first_paragraph < 0 or (span_start or 0) < first_paragraph else 0
        target = _actor(tc, to, ts, tn, tt) if (tc or to or ts or tn or tt) else [""] * 10
        yield [
            int(event_id[:15], 16), int(day.strftime("%Y%m%d")), int(day.strftime("%Y%m")), day.year,
            round(day.year + (day.timetuple().tm_yday - 1) / 365, 4),
            *_actor(sc, so, ss, sn, st), *target,
            root, cameo, cameo[:3], cameo[:2], quad, goldstein, mentions or 1, sources or 1, articles or 1, 0,
            *[0, "", "", "", "", "", "", ""], *[0, "", "", "", "", "", "", ""],
            *_geo(pname, pcountry, padmin, lat, lon, gid),
            coded_at.strftime("%Y%m%d%H%M%S") if coded_at else "", url or "",
        ]


def export_gdelt(store: StoreReader, path: Path, filters: Filters | None = None) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        for row in gdelt_rows(store, filters):
            writer.writerow(row)
            n += 1
    return n


def export_plover(store: StoreReader, path: Path, filters: Filters | None = None) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as handle:
        for record in plover_records(store, filters):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n
