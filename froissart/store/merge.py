"""Merging events reported many times into clusters, one per real-world event.

Events of the same type and actors (in either order for symmetric types) are sorted by date;
they stay in one run while each is dated within ``window`` days of the one before and in the
same calendar week (Monday to Sunday: a story reported every day makes one cluster a week,
not one chain over years). A run's events are then split by the country of their place: those
placed in one country make one cluster, and those with no place join the cluster of the run's
first placed country. Every step is a SQL window or grouping that DuckDB runs over the whole
store at once.

Merging also sums the rows of ``totals`` (schema.py) again, one per key, when they have grown
to twice their number.

Merging is incremental: the events not merged yet (``cluster_id`` NULL) are clustered again
with the events of the clusters sharing their type, actors and week, and only those clusters
are replaced. No cluster reaches across two keys or two weeks, so the result is the one a full
recomputation gives, whatever the order in which events came (tests/test_merge.py checks it).
An article coded again first dissolves the clusters its old events were in (writer.py).
"""

from __future__ import annotations

from typing import Any

from ..ontology import load_ontology
from .schema import first_row

COLUMNS = ["cluster_id", "event_type", "source_code", "target_code", "is_symmetric", "date", "date_last",
           "place_name", "place_country", "lat", "lon", "quad_class", "goldstein", "cameo", "first_seen",
           "last_seen", "n_articles", "n_sources", "n_outlets", "n_mentions", "languages", "sentence", "members"]
WEEK = "CAST(floor(({day} - DATE '1970-01-05') / 7) AS BIGINT)"  # weeks from Monday 5 January 1970

# each event that may merge, with its key (type, src, tgt: the pair sorted for symmetric types,
# tgt '' when there is none), its day (its date, else its article's) and its week
KEYED = """
SELECT event_id, event_type,
       CASE WHEN sym AND tgt0 <> '' AND tgt0 < src0 THEN tgt0 ELSE src0 END AS src,
       CASE WHEN sym AND tgt0 <> '' AND tgt0 < src0 THEN src0 ELSE tgt0 END AS tgt,
       day, {week} AS week, place_name, place_country, lat, lon, quad_class, goldstein, cameo, confidence,
       sentence, language, coded_at, outlet, grp, article
FROM (SELECT e.*, e.source_code AS src0, coalesce(e.target_code, '') AS tgt0, e.event_type IN ({symmetric}) AS sym,
             coalesce(e.date, a.published) AS day, a.coded_at, a.outlet, coalesce(a.source_group, a.id) AS grp,
             a.id AS article
      FROM events e JOIN articles a ON a.id = e.article_id
      WHERE e.source_code IS NOT NULL {only})
"""

# the cluster of each event of ``todo``: runs (``seg``) cut by a gap, a new week or a missing
# day; then split by country (``ctry``)
ASSIGN = """
WITH cut AS (
    SELECT *, CASE WHEN day IS NULL OR lag(day) OVER w IS NULL OR day - lag(day) OVER w > {window}
                   OR week <> lag(week) OVER w THEN 1 ELSE 0 END AS brk
    FROM todo WINDOW w AS (PARTITION BY event_type, src, tgt ORDER BY day NULLS FIRST, event_id)),
runs AS (
    SELECT *, sum(brk) OVER (PARTITION BY event_type, src, tgt ORDER BY day NULLS FIRST, event_id
                             ROWS UNBOUNDED PRECEDING) AS seg FROM cut),
split AS (
    SELECT *, coalesce(place_country, first_value(place_country IGNORE NULLS) OVER (
        PARTITION BY event_type, src, tgt, seg ORDER BY day NULLS FIRST, event_id
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING), '') AS ctry FROM runs),
ranked AS (
    SELECT *, row_number() OVER c AS nth,
           row_number() OVER (PARTITION BY event_type, src, tgt, seg, ctry
                              ORDER BY confidence DESC NULLS LAST, day NULLS LAST, event_id) AS best,
           row_number() OVER (PARTITION BY event_type, src, tgt, seg, ctry
                              ORDER BY place_name IS NULL, day NULLS FIRST, event_id) AS placed
    FROM split WINDOW c AS (PARTITION BY event_type, src, tgt, seg, ctry ORDER BY day NULLS FIRST, event_id))
SELECT *, substr(sha1(concat_ws('|', event_type, src, tgt,
                                first_value(event_id) OVER (PARTITION BY event_type, src, tgt, seg, ctry
                                                            ORDER BY nth))), 1, 16) AS cluster_id
FROM ranked
"""

# the clusters of ``assigned``, written in date order: pages of clusters by date then skip the
# row groups of other dates (DuckDB keeps each column's range per row group)
CLUSTERS = """
SELECT cluster_id, any_value(event_type), any_value(src), nullif(any_value(tgt), ''),
       any_value(event_type) IN ({symmetric}), min(day), max(day),
       max(place_name) FILTER (WHERE placed = 1),
       max(place_country) FILTER (WHERE placed = 1 AND place_name IS NOT NULL),
       max(lat) FILTER (WHERE placed = 1 AND place_name IS NOT NULL),
       max(lon) FILTER (WHERE placed = 1 AND place_name IS NOT NULL),
       max(quad_class) FILTER (WHERE best = 1), max(goldstein) FILTER (WHERE best = 1),
       max(cameo) FILTER (WHERE best = 1), min(coded_at), max(coded_at), count(DISTINCT article),
       count(DISTINCT grp), count(DISTINCT outlet), count(*), list_sort(list(DISTINCT language) FILTER (
       WHERE language IS NOT NULL)), max(sentence) FILTER (WHERE best = 1), list(event_id ORDER BY nth)
FROM assigned GROUP BY cluster_id ORDER BY min(day) NULLS FIRST, cluster_id
"""


def _pack_totals(con: Any) -> None:
    """One row of ``totals`` per key again (writing adds rows, and takes events away with
    negative ones), once they are twice as many as at the last packing."""
    rows, packed = first_row(con, "SELECT (SELECT count(*) FROM totals), (SELECT coalesce(max(value::BIGINT), 0) "
                                  "FROM meta WHERE key = 'totals_packed')") or (0, 0)
    if rows <= 2 * packed + 1000:
        return
    keys = "source_code, target_code, event_type, quad_class, status, language"
    con.execute(f"CREATE OR REPLACE TEMP TABLE packed AS SELECT {keys}, sum(events), sum(goldstein), sum(scored) "
                "FROM totals GROUP BY ALL HAVING sum(events) <> 0")
    con.execute("DELETE FROM totals")
    con.execute("INSERT INTO totals SELECT * FROM packed")
    con.execute("DROP TABLE packed")
    con.execute("INSERT OR REPLACE INTO meta SELECT 'totals_packed', count(*)::VARCHAR FROM totals")


def _symmetric() -> str:
    names = sorted(t.name for t in load_ontology().types.values() if t.symmetric)
    return ", ".join(f"'{n}'" for n in names)


def _window_changed(con: Any, window: int) -> bool:
    row = first_row(con, "SELECT value FROM meta WHERE key = 'merge_window'")
    return row is None or int(row[0]) != window


def merge(con: Any, window: int = 1, full: bool = False) -> int:
    """Merge the events not merged yet (all of them with ``full``, or when the window differs
    from the last merge's) into clusters; returns the number of clusters in the store."""
    symmetric = _symmetric()
    def keyed(only: str) -> str:
        return KEYED.format(week=WEEK.format(day="day"), symmetric=symmetric, only=only)

    full = full or _window_changed(con, window)
    con.execute("BEGIN TRANSACTION")
    try:
        if full:
            con.execute("DELETE FROM clusters")
            con.execute("UPDATE events SET cluster_id = NULL WHERE cluster_id IS NOT NULL")
            con.execute("INSERT OR REPLACE INTO meta VALUES ('merge_window', ?)", [str(window)])
        con.execute(f"CREATE OR REPLACE TEMP TABLE todo AS {keyed('AND e.cluster_id IS NULL')}")
        con.execute("CREATE OR REPLACE TEMP TABLE redone AS SELECT c.cluster_id FROM clusters c SEMI JOIN "
                    "(SELECT DISTINCT event_type, src, tgt, week FROM todo WHERE day IS NOT NULL) t "
                    "ON c.event_type = t.event_type AND c.source_code = t.src AND coalesce(c.target_code, '') = t.tgt "
                    f"AND {WEEK.format(day='c.date')} = t.week")
        con.execute(f"INSERT INTO todo {keyed('AND e.cluster_id IN (SELECT cluster_id FROM redone)')}")
        con.execute(f"CREATE OR REPLACE TEMP TABLE assigned AS {ASSIGN.format(window=int(window))}")
        con.execute("DELETE FROM clusters WHERE cluster_id IN (SELECT cluster_id FROM redone)")
        con.execute(f"INSERT INTO clusters ({', '.join(COLUMNS)}) {CLUSTERS.format(symmetric=symmetric)}")
        con.execute("UPDATE events SET cluster_id = assigned.cluster_id FROM assigned "
                    "WHERE events.event_id = assigned.event_id AND (events.cluster_id IS NULL "
                    "OR events.cluster_id IN (SELECT cluster_id FROM redone))")
        for table in ("todo", "redone", "assigned"):
            con.execute(f"DROP TABLE {table}")
        _pack_totals(con)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    row = first_row(con, "SELECT count(*) FROM clusters")
    return int(row[0]) if row else 0
