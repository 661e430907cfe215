"""Merging events reported many times into clusters, one per real-world event.

Events merge when they have the same type, the same actors (in either order for symmetric
types), dates within a window of each other, and compatible places (same country, or one
unknown). Sorting by (type, actors, date) and one pass over the sorted events make it
O(n log n); the whole rebuild is one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from ..ontology import load_ontology

QUERY = """
SELECT e.event_id, e.event_type, coalesce(e.source_country, e.source_org) AS src,
       coalesce(e.target_country, e.target_org) AS tgt, coalesce(e.date, a.published) AS day,
       e.place_name, e.place_country, e.lat, e.lon, e.quad_class, e.goldstein, e.cameo, e.confidence,
       e.sentence, e.language, a.coded_at, a.outlet, coalesce(a.source_group, a.id) AS grp, a.id AS article
FROM events e JOIN articles a ON a.id = e.article_id
WHERE coalesce(e.source_country, e.source_org) IS NOT NULL
"""


@dataclass
class Cluster:
    key: tuple[str, str, str]
    symmetric: bool
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    last: dt.date | None = None
    country: str | None = None


def _key(row: tuple[Any, ...], symmetric: set[str]) -> tuple[str, str, str]:
    etype, src, tgt = row[1], row[2], row[3] or ""
    if etype in symmetric:
        src, tgt = sorted((src, tgt))
    return etype, src, tgt


def clusters_of(rows: list[tuple[Any, ...]], window: int) -> list[Cluster]:
    symmetric = {t.name for t in load_ontology().types.values() if t.symmetric}
    far = dt.date(1, 1, 1)
    ordered = sorted(rows, key=lambda r: (_key(r, symmetric), r[4] or far, r[0]))
    out: list[Cluster] = []
    current: Cluster | None = None
    for row in ordered:
        key, day, country = _key(row, symmetric), row[4], row[6]
        fits = (current is not None and current.key == key and day is not None and current.last is not None
                and (day - current.last).days <= window
                and (country is None or current.country is None or country == current.country))
        if not fits:
            current = Cluster(key, key[0] in symmetric)
            out.append(current)
        assert current is not None
        current.rows.append(row)
        current.last = day
        current.country = current.country or country
    return out


def _record(c: Cluster) -> tuple[Any, ...]:
    rows = c.rows
    best = max(rows, key=lambda r: (r[12] or 0, -(r[4] or dt.date.max).toordinal()))
    placed = next((r for r in rows if r[5]), None)
    days = [r[4] for r in rows if r[4]]
    seen = [r[15] for r in rows if r[15]]
    cluster_id = hashlib.sha1("|".join([*c.key, rows[0][0]]).encode()).hexdigest()[:16]
    return (
        cluster_id, c.key[0], c.key[1], c.key[2] or None, c.symmetric, min(days) if days else None,
        max(days) if days else None, placed[5] if placed else None, placed[6] if placed else None,
        placed[7] if placed else None, placed[8] if placed else None, best[9], best[10], best[11],
        min(seen) if seen else None, max(seen) if seen else None, len({r[18] for r in rows}),
        len({r[17] for r in rows}), len({r[16] for r in rows if r[16]}), len(rows),
        sorted({r[14] for r in rows if r[14]}), best[13], [r[0] for r in rows],
    )


def merge(con: Any, window: int = 1) -> int:
    import pandas as pd

    rows = con.execute(QUERY).fetchall()
    records = [_record(c) for c in clusters_of(rows, window)]
    columns = ["cluster_id", "event_type", "source_code", "target_code", "is_symmetric", "date", "date_last",
               "place_name", "place_country", "lat", "lon", "quad_class", "goldstein", "cameo", "first_seen",
               "last_seen", "n_articles", "n_sources", "n_outlets", "n_mentions", "languages", "sentence", "members"]
    frame = pd.DataFrame.from_records(records, columns=columns)
    links = pd.DataFrame([(m, r[0]) for r in records for m in r[-1]], columns=["event_id", "cluster_id"])
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM clusters")
        if len(frame):
            con.register("new_clusters", frame)
            con.execute(f"INSERT INTO clusters ({', '.join(columns)}) SELECT {', '.join(columns)} FROM new_clusters")
            con.unregister("new_clusters")
        con.execute("UPDATE events SET cluster_id = NULL")
        if len(links):
            con.register("links", links)
            con.execute("UPDATE events SET cluster_id = links.cluster_id FROM links "
                        "WHERE events.event_id = links.event_id")
            con.unregister("links")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(records)
