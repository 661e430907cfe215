"""Coding on a Dask cluster: ``froissart code --dask ADDRESS`` or ``--dask local:N``.

The inputs (JSON Lines, Parquet, directories of text or HTML files; local paths or fsspec URLs)
are cut, in input order, into partitions of a fixed size. Each worker loads its pipelines once
(a worker plugin keeps one ``Coder`` per worker process) and writes, per partition, the events
as Parquet (``events/part-NNNNN.parquet``) and a manifest of every article, coded or skipped with
its reason (``manifest/part-NNNNN.parquet``), each written under a temporary name and renamed, so
a rerun skips the partitions already done. Event ids depend only on the article and the coder:
the results are those of one process.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin

from .articles import HTML_SUFFIXES, JSONL_SUFFIXES, KNOWN_SUFFIXES, Reader
from .model import Article, EventRecord, Skipped

PARTITION = 100
LOCAL_WORKER_CONFIG = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": 1 << 30,
                       "distributed.worker.profile.enabled": False}
PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})
Item = tuple[str, str, Any]  # (kind, origin, payload): ("fields", origin, dict) or ("file", path, None)


@dataclass(frozen=True)
class Settings:
    """What every worker needs to code like the single process would."""

    models: dict[str, str] = field(default_factory=dict)
    actor_files: tuple[str, ...] = ()
    language: str | None = None
    published: dt.date | None = None
    learned: bool = True


# -- planning (on the client) ------------------------------------------------------------
def _is_url(path: str) -> bool:
    return "://" in path


def _list(path: str) -> list[str]:
    """Files under a path, local or fsspec URL, in a stable order."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(path)
    if fs.isdir(root):
        files = sorted(f for f in fs.find(root) if Path(f).suffix.lower() in KNOWN_SUFFIXES | PARQUET_SUFFIXES)
        protocol = path.split("://")[0] + "://" if _is_url(path) else ""
        return [protocol + f if protocol and not f.startswith(protocol) else f for f in files]
    return [path]


def items(inputs: Iterable[str]) -> Iterator[Item]:
    """Every article-to-be of the inputs, as small items a worker can read."""
    import fsspec

    for path in inputs:
        for f in _list(path):
            suffix = Path(f.split("?")[0]).suffix.lower()
            if suffix in JSONL_SUFFIXES:
                with fsspec.open(f, "rb") as handle:
                    for number, line in enumerate(handle, start=1):
                        if line.strip():
                            yield ("line", f"{f}:{number}", line.decode("utf-8", errors="replace"))
            elif suffix in PARQUET_SUFFIXES:
                import pyarrow.parquet as pq

                with fsspec.open(f, "rb") as handle:
                    table = pq.read_table(handle)
                for number, row in enumerate(table.to_pylist(), start=1):
                    yield ("fields", f"{f}:{number}", {k: (v.isoformat() if hasattr(v, "isoformat") else v)
                                                       for k, v in row.items()})
            else:
                yield ("file", f, None)


def partitions(inputs: Iterable[str], size: int = PARTITION) -> list[list[Item]]:
    batch: list[Item] = []
    out: list[list[Item]] = []
    for item in items(inputs):
        batch.append(item)
        if len(batch) >= size:
            out.append(batch)
            batch = []
    if batch:
        out.append(batch)
    return out


# -- coding (on the workers) -------------------------------------------------------------
class CoderPlugin(WorkerPlugin):
    """A Dask worker plugin: one Coder per worker process, its pipelines loaded on first use."""

    name = "froissart-coder"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        from .coder import Coder

        worker.froissart_coder = Coder(self.settings.models, [Path(p) for p in self.settings.actor_files],
                                       learned=self.settings.learned)

    def teardown(self, worker: Any) -> None:
        worker.froissart_coder = None


def _read(item: Item, reader: Reader) -> list[Article | Skipped]:
    kind, origin, payload = item
    if kind == "file":
        import fsspec

        suffix = Path(origin).suffix.lower()
        with fsspec.open(origin, "rb") as handle:
            data = handle.read()
        return list(reader._read_bytes(origin, data, "html" if suffix in HTML_SUFFIXES else "text"))
    if kind == "line":
        try:
            fields = json.loads(payload)
        except json.JSONDecodeError as exc:
            return [Skipped(origin, f"invalid JSON: {exc.msg} at column {exc.colno}")]
        if not isinstance(fields, dict):
            return [Skipped(origin, "the line is not a JSON object")]
        return [reader.from_fields(fields, origin)]
    return [reader.from_fields(payload, origin)]


def code_partition(number: int, part: list[Item], folder: str, settings: Settings) -> dict[str, int]:
    """Code one partition on a worker and write its events and manifest (atomically)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        from distributed import get_worker

        coder = get_worker().froissart_coder
    except (ImportError, ValueError, AttributeError):  # run outside a worker (tests, one process)
        from .coder import Coder

        coder = Coder(settings.models, [Path(p) for p in settings.actor_files], learned=settings.learned)
    reader = Reader(language=settings.language, published=settings.published)
    read = [x for item in part for x in _read(item, reader)]
    articles = [a for a in read if isinstance(a, Article)]
    coded = dict((a.id, r) for a, r in coder.code_many(articles))
    events = [{"article_id": a.id, "record": json.dumps(r.as_dict(), ensure_ascii=False)}
              for a in articles for r in coded[a.id]]
    manifest = [{"origin": a.origin, "article_id": a.id, "status": "coded", "reason": None,
                 "events": len(coded[a.id]), "article": json.dumps(_article_fields(a), ensure_ascii=False)}
                for a in articles]
    manifest += [{"origin": s.origin, "article_id": s.article_id, "status": "skipped", "reason": s.reason,
                  "events": 0, "article": None} for s in read if isinstance(s, Skipped)]
    name = f"part-{number:05d}.parquet"
    for sub, rows, columns in (("events", events, ["article_id", "record"]),
                               ("manifest", manifest, ["origin", "article_id", "status", "reason", "events",
                                                       "article"])):
        target = Path(folder) / sub / name
        target.parent.mkdir(parents=True, exist_ok=True)
        table = pa.Table.from_pylist(rows, schema=pa.schema([(c, pa.int64() if c == "events" else pa.string())
                                                             for c in columns]))
        tmp = target.with_suffix(f".tmp{os.getpid()}")
        pq.write_table(table, tmp)
        os.replace(tmp, target)  # the manifest is written last: it marks the partition done
    return {"coded": len(articles), "skipped": len(read) - len(articles), "events": len(events)}


def _article_fields(a: Article) -> dict[str, Any]:
    return {"id": a.id, "text": a.text, "title": a.title, "published": a.published.isoformat() if a.published
            else None, "language": a.language, "url": a.url, "outlet": a.outlet, "origin": a.origin}


# -- running and reading back (on the client) ---------------------------------------------
def client_for(address: str) -> tuple[Any, Any]:
    """A Dask client: ``local:N`` starts a LocalCluster of N worker processes."""
    from distributed import Client, LocalCluster

    if address.startswith("local:"):
        import dask

        n = int(address.split(":", 1)[1])
        # Dask's defaults trim freed memory back to the system eagerly and sample every task's
        # stack every 10 ms: both cost a quarter of the speed of a parser that allocates much
        with dask.config.set(LOCAL_WORKER_CONFIG):
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), cluster
    return Client(address), None


def run(inputs: list[str], address: str, folder: Path, settings: Settings,
        size: int = PARTITION) -> dict[str, int]:
    """Code every partition not done yet; returns the totals of this run."""
    parts = partitions(inputs, size)
    folder.mkdir(parents=True, exist_ok=True)
    todo = [(i, p) for i, p in enumerate(parts) if not (folder / "manifest" / f"part-{i:05d}.parquet").exists()]
    totals = {"partitions": len(parts), "done_before": len(parts) - len(todo), "coded": 0, "skipped": 0, "events": 0}
    if not todo:
        return totals
    client, cluster = client_for(address)
    try:
        client.register_plugin(CoderPlugin(settings))
        futures = [client.submit(code_partition, i, p, str(folder), settings, pure=False) for i, p in todo]
        for result in client.gather(futures):
            for k, v in result.items():
                totals[k] += v
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return totals


def read_back(folder: Path) -> Iterator[tuple[dict[str, Any], list[EventRecord]]]:
    """(manifest row, events) of every article, partition by partition, in input order."""
    import pyarrow.parquet as pq

    for manifest in sorted((folder / "manifest").glob("part-*.parquet")):
        events: dict[str, list[EventRecord]] = {}
        for row in pq.read_table(folder / "events" / manifest.name).to_pylist():
            events.setdefault(row["article_id"], []).append(EventRecord.from_dict(json.loads(row["record"])))
        for row in pq.read_table(manifest).to_pylist():
            yield row, events.get(row["article_id"] or "", []) if row["status"] == "coded" else []


def article_of(row: dict[str, Any]) -> Article:
    fields = json.loads(row["article"])
    published = dt.date.fromisoformat(fields["published"]) if fields["published"] else None
    return Article(text=fields["text"], id=fields["id"], title=fields["title"], published=published,
                   language=fields["language"], url=fields["url"], outlet=fields["outlet"], origin=fields["origin"])
