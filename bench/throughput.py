"""Throughput benchmark: the parser alone, Froissart in one process, Froissart on Dask workers.

    python bench/throughput.py [--articles 2000] [--workers 2] [--model fr=fr_core_news_sm]

On the same articles (the six of examples/ and generated wire-style articles), prints
articles/s and words/s for (a) bare spaCy ``nlp.pipe`` with Froissart's pipelines, (b) Froissart
coding in one process, (c) Froissart on a Dask LocalCluster of N worker processes (one line per
--workers value), the ratios b/a and c/b, and the peak resident memory of each worker. Models
are loaded before timing in every case; numeric libraries use one thread per process.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import resource  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from froissart import distributed  # noqa: E402
from froissart.articles import Reader  # noqa: E402
from froissart.coder import Coder, records_of  # noqa: E402
from froissart.model import Article  # noqa: E402
from froissart.synthetic import articles as synthetic  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def corpus(n: int, languages: list[str]) -> list[Article]:
    own = [a for lang in languages  # the examples are named by language: no detection needed
           for a in Reader(language=lang).read(sorted(str(p) for p in (ROOT / "examples").glob(f"{lang}-*")))
           if isinstance(a, Article)]
    generated = (a for a in synthetic(10 * n, seed=42) if a.language in languages)
    return own + [a for _, a in zip(range(max(0, n - len(own))), generated, strict=False)]


def peak_rss_mb() -> float:
    """This process's own peak resident memory (VmHWM: unlike getrusage, not inherited from the
    process that started it)."""
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def warm(languages: list[str], dask_worker=None) -> float:  # noqa: ANN001 - Client.run passes the worker
    dask_worker.froissart_coder.warm(languages)
    return peak_rss_mb()


def worker_rss(dask_worker) -> float:  # noqa: ANN001, ARG001
    return peak_rss_mb()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[2])
    parser.add_argument("--partition", type=int, default=50)
    parser.add_argument("--model", action="append", default=[], help="LANG=PIPELINE, as for froissart code")
    parser.add_argument("--languages", nargs="+", default=["fr", "en"])
    parser.add_argument("--no-learned", action="store_true", help="Without the learned type decision.")
    args = parser.parse_args()
    models = dict(m.split("=", 1) for m in args.model)
    learned = not args.no_learned
    settings = distributed.Settings(models=models, learned=learned)
    docs = corpus(args.articles, args.languages)
    words = sum(len(a.text.split()) for a in docs)
    coder = Coder(models, learned=learned)
    coder.warm(args.languages)
    print(f"{len(docs)} articles, {words} words; pipelines: {coder.pipelines.models}; learned stage: {learned}")

    start = time.perf_counter()
    for lang in args.languages:
        for _ in coder.tools(lang).nlp.pipe(a.text for a in docs if a.language == lang):
            pass
    bare = time.perf_counter() - start

    start = time.perf_counter()
    events = sum(len(records_of(r)) for _, r in coder.code_many(docs))
    one = time.perf_counter() - start

    rows = [("(a) spaCy nlp.pipe", bare, None), ("(b) froissart, 1 process", one, None)]
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        with open(source, "w", encoding="utf-8") as handle:
            import json

            for a in docs:
                handle.write(json.dumps({"id": a.id, "text": a.text, "language": a.language,
                                         "published": a.published.isoformat() if a.published else None}) + "\n")
        for n in args.workers:
            client, cluster = distributed.client_for(f"local:{n}")
            try:
                client.register_plugin(distributed.CoderPlugin(settings))
                client.run(warm, args.languages)
                parts = distributed.partitions([str(source)], args.partition)
                start = time.perf_counter()
                futures = [client.submit(distributed.code_partition, i, p, f"{tmp}/out{n}", settings, pure=False)
                           for i, p in enumerate(parts)]
                client.gather(futures)
                took = time.perf_counter() - start
                memory = list(client.run(worker_rss).values())
            finally:
                client.close()
                cluster.close()
            rows.append((f"(c) froissart, Dask {n} worker(s)", took, memory))

    print(f"{'run':34} {'seconds':>8} {'articles/s':>11} {'words/s':>9}  peak RSS per worker (MB)")
    for name, took, memory in rows:
        mem = ", ".join(f"{m:.0f}" for m in memory) if memory else f"{peak_rss_mb():.0f} (this process)"
        print(f"{name:34} {took:8.1f} {len(docs) / took:11.1f} {words / took:9.0f}  {mem}")
    print(f"events coded: {events}")
    print(f"b/a = {bare / one:.2f}  (Froissart's speed relative to the parser alone)")
    for name, took, _ in rows[2:]:
        print(f"c/b = {one / took:.2f}  ({name.split(', ')[1]} over one process)")


if __name__ == "__main__":
    main()
