"""Store benchmark: insert and merge 10k and 100k synthetic events into a real DuckDB file.

    python bench/store.py [--sizes 10000 100000]

Prints events per second for inserting (one transaction per article of 10 events, as
`froissart code` does) and for merging into clusters, and the merge time divided by n log n
for each size: a ratio that does not grow means merging grows no faster than n log n.
"""

from __future__ import annotations

import argparse
import math
import tempfile
import time
from pathlib import Path

from froissart.store import Store
from froissart.synthetic import events


def run(n: int, folder: Path) -> tuple[float, float, int]:
    db = folder / f"bench-{n}.duckdb"
    with Store(db) as store:
        start = time.perf_counter()
        for article, records in events(n, seed=n):
            store.add_coded(article, records)
        inserted = time.perf_counter() - start
        start = time.perf_counter()
        clusters = store.merge()
        merged = time.perf_counter() - start
    return inserted, merged, clusters


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            inserted, merged, clusters = run(n, Path(tmp))
            rows.append((n, inserted, merged, clusters))
    print(f"{'events':>8} {'insert ev/s':>12} {'merge ev/s':>12} {'clusters':>9} {'merge s/(n log n)':>18}")
    base = None
    for n, inserted, merged, clusters in rows:
        ratio = merged / (n * math.log(n))
        base = base or ratio
        print(f"{n:8d} {n / inserted:12.0f} {n / merged:12.0f} {clusters:9d} {ratio:18.3e}")
    if len(rows) > 1:
        print(f"merge time / (n log n), largest over smallest size: {ratio / base:.2f} (<= ~1: n log n or better)")


if __name__ == "__main__":
    main()
