"""Coding on a Dask cluster: ``froissart code --dask ADDRESS`` or ``--dask local:N``.

The inputs (JSON Lines, Parquet, directories of text or HTML files; local paths or fsspec URLs)
are cut, in input order, into partitions (a 64th of the inputs, from 100 to 2,000 articles: few
large parts load faster into the store). Each worker loads its pipelines once (a worker plugin
keeps one ``Coder`` per worker process) and writes, per partition, the events
as Parquet (``events/part-NNNNN-KEY.parquet``) and a manifest of every article, coded or skipped
with its reason (``manifest/part-NNNNN-KEY.parquet``), each written under a temporary name and
renamed, the manifest last. Event ids depend only on the article and the coder: the results are
those of one process.

``KEY`` (16 hex digits) says what a partition was made from: its items (each input's origin, path
or URL and line number, and its content: the file's bytes, the line's text, the Parquet row's
fields), the ``Settings`` (pipelines and their ``meta.json``, actor files and their content,
language, publication date, learned model) and the coder (``froissart.__version__`` and the
content of the package's sources, ``data/`` and ``lang/``). A rerun skips the partitions whose
manifest under that name exists, so the same inputs with the same options are not coded twice,
and other inputs, options, file contents or a new coder are. Each run then lists its parts, in
input order, in ``run.json`` (written last, atomically; removed when a run starts, so a failed
run leaves none), and ``read_back`` reads those parts only: parts of earlier runs in the same
folder stay on disk, for reuse, but are never read back with this run's. Two runs at once in one
folder are not supported (the later ``run.json`` wins).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin

from . import __version__
from .articles import HTML_SUFFIXES, JSONL_SUFFIXES, KNOWN_SUFFIXES, Reader
from .errors import CodingError, FroissartError
from .model import Article, EventRecord, Skipped

PARTITION = 100
MAX_PARTITION = 2_000
LOCAL_WORKER_CONFIG = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": 1 << 30,
                       "distributed.worker.profile.enabled": False}
PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})
# (kind, origin, payload): ("line", "path:N", text), ("fields", "path:N", dict) or ("file", path, sha256 of its bytes)
Item = tuple[str, str, Any]
KEY_DIGITS = 16
RUN_FILE = "run.json"
CHUNK = 1 << 20
# the article's fields a manifest keeps beside origin, article_id, status, reason and events
MANIFEST_FIELDS = ("url", "outlet", "title", "published", "language", "content_hash", "coder_version", "minhash",
                   "text")


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
                yield ("file", f, file_digest(f))


def partition_size(n: int) -> int:
    """Articles per partition for n inputs: a 64th of them, at least PARTITION (work to share
    among workers) and at most MAX_PARTITION (a worker's memory); larger parts load faster."""
    return min(MAX_PARTITION, max(PARTITION, -(-n // 64)))


def partitions(inputs: Iterable[str], size: int | None = None) -> list[list[Item]]:
    """The inputs' items cut in input order into partitions of ``size`` (by default
    ``partition_size`` of their number: the same inputs always give the same partitions)."""
    every = list(items(inputs))
    size = size or partition_size(len(every))
    batch: list[Item] = []
    out: list[list[Item]] = []
    for item in every:
        batch.append(item)
        if len(batch) >= size:
            out.append(batch)
            batch = []
    if batch:
        out.append(batch)
    return out


# -- what a partition is made from (on the client) -----------------------------------------
def _stream(h: Any, path: str) -> Any:
    """Feed a file's bytes, local or fsspec URL, to a hash, a chunk at a time."""
    import fsspec

    with fsspec.open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            h.update(chunk)
    return h


def file_digest(path: str) -> str:
    return _stream(hashlib.sha256(), path).hexdigest()


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")


@functools.cache
def coder_identity() -> str:
    """The coder's version: ``__version__`` and the content of the package's Python sources and
    of its ``data/`` and ``lang/`` folders (the tables, the learned model), read once per process."""
    from .langdata import data_dir, lang_root

    h = hashlib.sha256(f"froissart {__version__}\n".encode())
    root = Path(__file__).resolve().parent
    files = [(f"src/{f.name}", f) for f in sorted(root.glob("*.py"))]
    for top in (data_dir(), lang_root()):
        files += [(f"{top.name}/{f.relative_to(top).as_posix()}", f) for f in sorted(top.rglob("*")) if f.is_file()]
    for name, f in files:
        h.update(_canonical(name))
        _stream(h, str(f))
    return h.hexdigest()


def _model_identity(name: str) -> str:
    """A spaCy pipeline by what names its version: its ``meta.json`` (name, version, components),
    found in the installed package or in the folder, without loading the pipeline."""
    import importlib.util

    meta = Path(name) / "meta.json"
    if not meta.is_file():
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        locations = list(spec.submodule_search_locations or []) if spec else []
        meta = Path(locations[0]) / "meta.json" if locations else meta
    return file_digest(str(meta)) if meta.is_file() else "no meta.json"


def settings_identity(settings: Settings) -> str:
    """The coder and every option a worker codes with, actor files and pipelines by their content."""
    from .nlp import DEFAULT_MODELS

    models = {**DEFAULT_MODELS, **settings.models}
    actors = [(p, file_digest(p) if Path(p).is_file() or _is_url(p) else "missing") for p in settings.actor_files]
    return hashlib.sha256(_canonical({
        "coder": coder_identity(),
        "models": {lang: [name, _model_identity(name)] for lang, name in sorted(models.items())},
        "actor_files": actors,
        "language": settings.language,
        "published": settings.published.isoformat() if settings.published else None,
        "learned": settings.learned,
    })).hexdigest()


def partition_key(part: list[Item], identity: str) -> str:
    """16 hex digits of the hash of a partition's items (origins and content) and of
    ``settings_identity``: a part written under another key was made from something else."""
    h = hashlib.sha256(_canonical(["froissart-partition", 1, identity]))
    for item in part:
        h.update(_canonical(list(item)))
        h.update(b"\n")
    return h.hexdigest()[:KEY_DIGITS]


def part_name(number: int, key: str) -> str:
    return f"part-{number:05d}-{key}.parquet"


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
        if payload is not None and hashlib.sha256(data).hexdigest() != payload:
            # its part would be filed under the key of the content planned, not of the one coded
            raise FroissartError(f"{origin} changed while it was being coded: run again")
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


def code_partition(number: int, part: list[Item], folder: str, settings: Settings,
                   name: str | None = None) -> dict[str, int]:
    """Code one partition on a worker and write its events and manifest (atomically) as ``name``
    (by default ``part_name(number, partition_key(part, settings_identity(settings)))``)."""
    import pyarrow.parquet as pq

    from .store.rows import article_table, pa_table, write_events

    name = name or part_name(number, partition_key(part, settings_identity(settings)))
    try:
        from distributed import get_worker

        coder = get_worker().froissart_coder
    except (ImportError, ValueError, AttributeError):  # run outside a worker (tests, one process)
        from .coder import Coder

        coder = Coder(settings.models, [Path(p) for p in settings.actor_files], learned=settings.learned)
    reader = Reader(language=settings.language, published=settings.published)
    read = [x for item in part for x in _read(item, reader)]
    results = list(coder.code_many(a for a in read if isinstance(a, Article)))
    skipped = [s for s in read if isinstance(s, Skipped)]
    skipped += [Skipped(a.origin, str(r), a.id) for a, r in results if isinstance(r, CodingError)]
    articles = [a for a, r in results if not isinstance(r, CodingError)]
    coded = {a.id: r for a, r in results if not isinstance(r, CodingError)}
    events = [r for a in articles for r in coded[a.id]]
    fields = article_table(articles)
    manifest = pa_table({"origin": [a.origin for a in articles] + [s.origin for s in skipped],
                         "article_id": [a.id for a in articles] + [s.article_id for s in skipped],
                         "status": ["coded"] * len(articles) + ["skipped"] * len(skipped),
                         "reason": [None] * len(articles) + [s.reason for s in skipped],
                         "events": [len(coded[a.id]) for a in articles] + [0] * len(skipped),
                         **{c: fields.column(c).to_pylist() + [None] * len(skipped) for c in MANIFEST_FIELDS}})
    for sub in ("events", "manifest"):
        target = Path(folder) / sub / name
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".tmp{os.getpid()}")
        if sub == "events":
            write_events(events, tmp)
        else:
            pq.write_table(manifest, tmp)
        os.replace(tmp, target)  # the manifest is written last: it marks the partition done
    return {"coded": len(articles), "skipped": len(skipped), "events": len(events)}


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
        size: int | None = None) -> dict[str, int]:
    """Code every partition of these inputs and settings not done yet, then list this run's parts
    in ``folder/run.json`` for ``read_back``; returns the totals of this run."""
    folder = Path(folder)
    parts = partitions(inputs, size)
    size = size or (len(parts[0]) if parts else PARTITION)
    identity = settings_identity(settings)
    names = [part_name(i, partition_key(p, identity)) for i, p in enumerate(parts)]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / RUN_FILE).unlink(missing_ok=True)  # a failed run leaves no list to read back
    todo = [(i, p, n) for i, (p, n) in enumerate(zip(parts, names, strict=True))
            if not (folder / "manifest" / n).exists()]
    totals = {"partitions": len(parts), "done_before": len(parts) - len(todo), "coded": 0, "skipped": 0, "events": 0}
    if todo:
        client, cluster = client_for(address)
        try:
            client.register_plugin(CoderPlugin(settings))
            futures = [client.submit(code_partition, i, p, str(folder), settings, n, pure=False) for i, p, n in todo]
            for result in client.gather(futures):
                for k, v in result.items():
                    totals[k] += v
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    _write_run(folder, {"froissart": __version__, "inputs": list(inputs), "size": size, "parts": names})
    return totals


def _write_run(folder: Path, run: dict[str, Any]) -> None:
    target = folder / RUN_FILE
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text(json.dumps(run, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, target)


def run_parts(folder: Path) -> list[str]:
    """The part names of the last run that finished in ``folder``, in input order."""
    path = Path(folder) / RUN_FILE
    try:
        parts = json.loads(path.read_text(encoding="utf-8"))["parts"]
    except FileNotFoundError:
        raise FroissartError(f"{folder} holds no finished run ({RUN_FILE} is missing): code the inputs again") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise FroissartError(f"{path} is not a run list: {exc}") from None
    return [str(p) for p in parts]


def read_back(folder: Path, parts: Sequence[str] | None = None) -> Iterator[tuple[dict[str, Any], list[EventRecord]]]:
    """(manifest row, events) of every article of the last run in ``folder`` (or of the parts
    named), partition by partition, in input order; parts of other runs are not read."""
    import pyarrow.parquet as pq

    from .store.schema import whole_record

    folder = Path(folder)
    for name in run_parts(folder) if parts is None else parts:
        manifest = folder / "manifest" / name
        if not manifest.exists():
            raise FroissartError(f"{manifest} is missing: code the inputs again")
        events: dict[str, list[EventRecord]] = {}
        for row in pq.read_table(folder / "events" / name, columns=["article_id", "record", "sentence"]).to_pylist():
            record = EventRecord.from_dict(whole_record(row["record"], row["sentence"]))
            events.setdefault(row["article_id"], []).append(record)
        for row in pq.read_table(manifest).to_pylist():
            yield row, events.get(row["article_id"] or "", []) if row["status"] == "coded" else []


def article_of(row: dict[str, Any]) -> Article:
    """The article of a manifest row."""
    return Article(text=row["text"], id=row["article_id"], title=row["title"], published=row["published"],
                   language=row["language"], url=row["url"], outlet=row["outlet"], origin=row["origin"])
