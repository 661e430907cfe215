"""Store benchmark: real DuckDB files, synthetic events with realistic shares of countries,
types and dates (froissart/synthetic.py), each step in a process of its own so that its peak
memory is its own.

    python bench/store.py [--sizes 100000 1000000] [--large 10000000] [--folder DIR]

Prints, in one run:
- insert rate through the coder's write path (``Store.add_batch``, batches of ``froissart
  code``'s size, the store held; and with the store let go after each batch, as ``froissart
  code`` does so that a server may read between batches);
- load rate from the Parquet parts of a Dask run (``Store.load_parts``, parts of the size a Dask
  run writes for that many articles, as ``froissart code --dask`` loads them);
- a full merge of the largest store, and an incremental merge: 10,000 new events (the next
  days of news) added and merged into that store, against the same into an empty store;
- query latency over the loopback address (a real ``froissart serve``): median and 95th
  percentile of the API's typical calls on the largest store and on the ``--large`` one;
- the peak memory (resident set) of each step.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import resource
import shutil
import statistics
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from serving import served

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
NEW = 10_000  # events of the incremental merge
ROUNDS = 20  # requests per typical call


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _in_child(step: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    """Run a step in a fresh process; its result with its peak memory."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(_measured, (step, *args))


def _measured(step: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    out = step(*args)
    out["peak_mb"] = _peak_mb()
    return out


# -- steps (each in its own process) ----------------------------------------------------------
def insert(n: int, db: str, release: bool) -> dict[str, Any]:
    """Events through Store.add_batch in batches of the runner's size; only the writes are timed."""
    from froissart.runner import BATCH
    from froissart.store import Store
    from froissart.synthetic import events

    generated = events(n, seed=1)
    spent = 0.0
    with Store(db) as store:
        while batch := list(itertools.islice(generated, BATCH)):
            start = time.perf_counter()
            store.add_batch(batch)
            if release:
                store.release()
            spent += time.perf_counter() - start
        start = time.perf_counter()
        store.release()  # the last checkpoint is part of writing
        spent += time.perf_counter() - start
    return {"events": n, "seconds": spent}


def load(n: int, db: str, parts: str) -> dict[str, Any]:
    """The parts of a Dask run (written first, not timed: of ``distributed.partition_size``
    articles of 10 events), loaded as ``froissart code --dask`` loads them."""
    from froissart.distributed import partition_size
    from froissart.runner import load_groups
    from froissart.store import Store
    from froissart.synthetic import event_parts

    folder = Path(parts)
    names = event_parts(n, folder, seed=2, part=partition_size(n // 10) * 10)
    with Store(db) as store:
        start = time.perf_counter()
        for group in load_groups(folder, names):
            store.load_parts([(folder / "events" / x, folder / "manifest" / x) for x in group])
        store.release()  # the last checkpoint is part of loading
        spent = time.perf_counter() - start
    return {"events": n, "seconds": spent, "parts": len(names)}


def merge_full(db: str) -> dict[str, Any]:
    from froissart.store import Store

    with Store(db) as store:
        start = time.perf_counter()
        clusters = store.merge(full=True)
        store.release()
        return {"seconds": time.perf_counter() - start, "clusters": clusters}


def merge_new(db: str) -> dict[str, Any]:
    """NEW events dated after the store's last day (the next days of news), written then merged."""
    import datetime as dt

    from froissart.store import Store
    from froissart.synthetic import events

    with Store(db) as store:
        rows = store.con.execute("SELECT max(date) FROM events").fetchall()
        last = rows[0][0] or dt.date(2025, 12, 31)
        fresh = []
        for article, records in events(NEW, seed=9, span=3):
            article.id = f"new-{article.id}"
            shift = last - dt.date(2023, 1, 1) + dt.timedelta(days=1)
            article.published = (article.published or last) + shift
            for r in records:
                r.article_id, r.event_id = article.id, f"new{r.event_id}"
                r.date = (dt.date.fromisoformat(r.date) + shift).isoformat() if r.date else None
            fresh.append((article, records))
        start = time.perf_counter()
        store.add_batch(fresh)
        written = time.perf_counter() - start
        store.merge()
        merged = time.perf_counter() - start - written
        store.release()
        return {"write": written, "merge": merged, "seconds": time.perf_counter() - start}


# -- queries over HTTP ------------------------------------------------------------------------
CALLS = {
    "events, first page": "/api/events?limit=100",
    "events, newest first": "/api/events?limit=100&order=desc",
    "events, next page (cursor)": "NEXT",
    "events of a country": "/api/events?limit=100&country=FRA",
    "events of a dyad": "/api/events?limit=100&dyad=USA,CHN",
    "events of a type in a month": "/api/events?limit=100&type=ASSAULT&from=2024-03-01&to=2024-03-31",
    "one event": "EVENT",
    "dyads": "/api/dyads",
    "dyads of a month": "/api/dyads?from=2024-03-01&to=2024-03-31",
    "timeline by week": "/api/timeline?interval=week",
    "timeline of a country": "/api/timeline?country=RUS",
    "clusters, first page": "/api/clusters?limit=100",
}


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=60) as response:
        return json.loads(response.read())


def queries(db: str) -> dict[str, Any]:
    """A real ``froissart serve`` over the store; each typical call ROUNDS times (the first
    page's cursor walked forward for the next page)."""
    with served(db) as (base, server):
        first = _get(base + "/api/events?limit=100")
        event = first["items"][0]["event_id"]
        cursor = first["next"]
        times: dict[str, list[float]] = {}
        for name, path in CALLS.items():
            for _ in range(ROUNDS):
                url = base + (f"/api/events/{event}" if path == "EVENT" else
                              f"/api/events?limit=100&after={cursor}" if path == "NEXT" else path)
                start = time.perf_counter()
                answer = _get(url)
                times.setdefault(name, []).append(time.perf_counter() - start)
                if path == "NEXT":
                    cursor = answer["next"]
        with open(f"/proc/{server.pid}/status") as status:
            peak = next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM"))
    every = [t for ts in times.values() for t in ts]
    return {"calls": {n: (statistics.median(ts), _p95(ts)) for n, ts in times.items()},
            "p50": statistics.median(every), "p95": _p95(every), "server_peak_mb": peak}


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


# -- the run --------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--large", type=int, default=10_000_000, help="Store for query latency only (0: none).")
    parser.add_argument("--folder", type=Path, help="Where the stores go (default: a temporary folder).")
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="froissart-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"stores in {folder}", flush=True)
    lines = []

    def show(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    show(f"{'step':58} {'events':>10} {'seconds':>8} {'events/s':>10} {'peak MB':>8}")
    for n in args.sizes:
        for release in (False, True):
            db = folder / f"insert-{n}-{int(release)}.duckdb"
            db.unlink(missing_ok=True)
            r = _in_child(insert, n, str(db), release)
            how = "let go after each batch" if release else "store held"
            show(f"{'insert, coder write path, ' + how:58} {n:10,d} {r['seconds']:8.1f} {n / r['seconds']:10,.0f} "
                 f"{r['peak_mb']:8.0f}")
    largest = max(args.sizes)
    for n in sorted({*args.sizes, *([args.large] if args.large else [])}):
        db, parts = folder / f"load-{n}.duckdb", folder / f"parts-{n}"
        db.unlink(missing_ok=True)
        shutil.rmtree(parts, ignore_errors=True)
        r = _in_child(load, n, str(db), str(parts))
        show(f"{'load from Parquet parts (' + format(r['parts'], ',') + ' parts)':58} {n:10,d} {r['seconds']:8.1f} "
             f"{n / r['seconds']:10,.0f} {r['peak_mb']:8.0f}")
        shutil.rmtree(parts, ignore_errors=True)
        r = _in_child(merge_full, str(db))
        show(f"{'full merge (' + format(r['clusters'], ',') + ' clusters)':58} {n:10,d} {r['seconds']:8.1f} "
             f"{n / r['seconds']:10,.0f} {r['peak_mb']:8.0f}")
    empty = folder / "empty.duckdb"
    empty.unlink(missing_ok=True)
    base = folder / f"load-{largest}.duckdb"
    grown = folder / f"grown-{largest}.duckdb"
    shutil.copy(base, grown)
    into_empty = _in_child(merge_new, str(empty))
    into_large = _in_child(merge_new, str(grown))
    for label, r in ((f"{NEW:,} new events written and merged into an empty store", into_empty),
                     (f"{NEW:,} new events written and merged into {largest:,}", into_large)):
        show(f"{label:58} {NEW:10,d} {r['seconds']:8.2f} {NEW / r['seconds']:10,.0f} {r['peak_mb']:8.0f}"
             f"   (write {r['write']:.2f} s, merge {r['merge']:.2f} s)")
    show(f"incremental merge, into {largest:,} / into empty: written and merged "
         f"{into_large['seconds'] / into_empty['seconds']:.2f}x, merge alone "
         f"{into_large['merge'] / into_empty['merge']:.2f}x (target <= 3x)")
    for n in sorted({largest, *([args.large] if args.large else [])}):
        r = _in_child(queries, str(folder / f"load-{n}.duckdb"))
        show(f"queries over loopback on {n:,} events ({ROUNDS} of each call; server peak "
             f"{r['server_peak_mb']:.0f} MB):")
        for name, (p50, p95) in r["calls"].items():
            show(f"    {name:40} p50 {p50 * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms")
        show(f"    {'all calls':40} p50 {r['p50'] * 1000:7.1f} ms   p95 {r['p95'] * 1000:7.1f} ms   "
             "(target p95 <= 300 ms on 10M)")
    if not args.folder:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
