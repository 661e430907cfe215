"""One coding run: read inputs, code them, write events to a stream and to the store."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from .articles import Reader
from .coder import Coder
from .errors import CodingError, StoreError
from .model import Article, Skipped
from .output import Writer
from .store import Store

PROGRESS_AFTER = 5
BATCH = 512  # articles coded, then stored in one transaction
LOAD_ROWS = 1_000_000  # events of Dask parts loaded in one transaction (whole parts, at least one)


@dataclass
class Summary:
    coded: int = 0
    reused: int = 0
    skipped: int = 0
    events: int = 0
    clusters: int = 0
    undated: int = 0  # events with no date: relative dates need the article's publication day

    def skip(self, skipped: Skipped, report: Callable[[Skipped], None] | None) -> None:
        self.skipped += 1
        if report:
            report(skipped)


def load_groups(folder: Path, names: list[str]) -> list[list[str]]:
    """Parts of a Dask run grouped for loading, each group one transaction of about LOAD_ROWS
    events (the numbers of rows come from the Parquet files' footers)."""
    import pyarrow.parquet as pq

    groups: list[list[str]] = []
    rows = LOAD_ROWS
    for name in names:
        count = pq.ParquetFile(folder / "events" / name).metadata.num_rows
        if rows + count > LOAD_ROWS:
            groups.append([])
            rows = 0
        groups[-1].append(name)
        rows += count
    return groups


class Run:
    def __init__(self, models: dict[str, str] | None = None, actor_files: Iterable[Path] = (),
                 language: str | None = None, published: dt.date | None = None,
                 db: Path | None = None, recode: bool = False, merge_window: int = 1,
                 warn: Callable[[str, str], None] | None = None, batch: int = BATCH) -> None:
        self.batch = batch
        self.coder = Coder(models, actor_files)
        self.reader = Reader(language=language, published=published, warn=warn)
        self.db = db
        self.recode = recode
        self.merge_window = merge_window

    def run(self, inputs: list[str], stream: TextIO, fmt: str, progress: bool | None = None,
            on_skip: Callable[[Skipped], None] | None = None,
            on_coded: Callable[[Article], None] | None = None) -> Summary:
        store = Store(self.db, self.merge_window) if self.db else None
        items = list(self.reader.read(inputs))
        articles = [a for a in items if isinstance(a, Article)]
        summary = Summary()
        writer = Writer(stream, fmt)
        try:
            for s in (x for x in items if isinstance(x, Skipped)):
                if store:
                    store.add_skipped(s)
                summary.skip(s, on_skip)
            show = progress if progress is not None else len(articles) > PROGRESS_AFTER
            for article, records in self._progress(self._coded(articles, store, summary), len(articles), show):
                if isinstance(records, Skipped):
                    summary.skip(records, on_skip)
                    continue
                writer.write(records)
                summary.events += len(records)
                summary.undated += sum(1 for r in records if not r.get("date"))
                if on_coded:
                    on_coded(article)
            if store and (summary.coded or summary.reused):
                summary.clusters = store.merge()
        finally:
            writer.close()
            if store:
                store.close()
        return summary

    def run_dask(self, inputs: list[str], address: str, folder: Path, stream: TextIO, fmt: str,
                 on_skip: Callable[[Skipped], None] | None = None) -> Summary:
        """Code on a Dask cluster into Parquet partitions, then write and store the results."""
        from . import distributed

        settings = distributed.Settings(models=dict(self.coder.pipelines.models),
                                        actor_files=tuple(str(p) for p in self.coder.actor_files),
                                        language=self.reader.language, published=self.reader.published,
                                        learned=self.coder.learned)
        distributed.run(inputs, address, folder, settings)
        summary = Summary()
        writer = Writer(stream, fmt)
        store = Store(self.db, self.merge_window) if self.db else None
        try:
            failed: dict[str, str] = {}
            for names in load_groups(folder, distributed.run_parts(folder)) if store else []:
                failed |= self._loaded(store, folder, names)
            for row, records in distributed.read_back(folder):
                if row["status"] != "coded" or row["article_id"] in failed:
                    skipped = Skipped(row["origin"], row["reason"] or failed[row["article_id"]], row["article_id"])
                    summary.skip(skipped, on_skip)
                    continue
                writer.write(r.as_dict() for r in records)
                summary.coded += 1
                summary.events += len(records)
                summary.undated += sum(1 for r in records if not r.date)
            if store and summary.coded:
                summary.clusters = store.merge()
        finally:
            writer.close()
            if store:
                store.close()
        return summary

    def _loaded(self, store: Store, folder: Path, names: list[str]) -> dict[str, str]:
        """Load parts into the store with DuckDB's Parquet reader, in one transaction; when that
        fails for an article's fault, store their articles from Python to tell which (their
        reasons)."""
        from . import distributed

        try:
            store.load_parts([(folder / "events" / n, folder / "manifest" / n) for n in names], self.recode)
            return {}
        except StoreError:
            raise  # the store is at fault, not an article: the run stops and says why
        except Exception:  # noqa: BLE001 - found below, article by article
            pass
        rows = list(distributed.read_back(folder, names))
        for row, _ in rows:
            if row["status"] != "coded":
                store.add_skipped(Skipped(row["origin"], row["reason"], row["article_id"]))
        coded = [(distributed.article_of(row), records) for row, records in rows if row["status"] == "coded"]
        known = {} if self.recode else store.stored(a for a, _ in coded)
        coded = [(a, r) for a, r in coded if a.id not in known]
        failed = self._stored(store, coded)
        for article, _ in coded:
            if article.id in failed:
                self._skip(article, failed[article.id], store)
        return failed

    def _coded(self, articles: list[Article], store: Store | None,
               summary: Summary) -> Iterator[tuple[Article, list[dict[str, Any]] | Skipped]]:
        """Articles in input order with their events: read back from the store when it already
        holds the same text (unless recoding), else coded, ``batch`` at a time, and stored in one
        transaction per batch. An article that cannot be coded or stored comes as skipped, with
        the reason, and is recorded so in the store."""
        for start in range(0, len(articles), self.batch):
            chunk = articles[start:start + self.batch]
            known = store.stored(chunk) if store and not self.recode else {}
            if store:
                store.release()  # others may read the store while this chunk is coded
            todo = [a for a in chunk if known.get(a.id) is None]
            fresh = dict((a.id, r) for a, r in self.coder.code_many(todo)) if todo else {}
            failed = self._stored(store, [(a, fresh[a.id]) for a in todo if not isinstance(fresh[a.id], CodingError)])
            for article in chunk:
                stored = known.get(article.id)
                if stored is not None:
                    summary.reused += 1
                    yield article, stored
                    continue
                records = fresh[article.id]
                if isinstance(records, CodingError) or article.id in failed:
                    reason = str(records) if isinstance(records, CodingError) else failed[article.id]
                    yield article, self._skip(article, reason, store)
                    continue
                summary.coded += 1
                yield article, [r.as_dict() for r in records]

    @staticmethod
    def _stored(store: Store | None, coded: list[tuple[Article, Any]]) -> dict[str, str]:
        """Store a batch in one transaction; when it fails for an article's fault, store its
        articles one by one to tell which. Returns the reasons of the articles not stored."""
        if store is None or not coded:
            return {}
        try:
            store.add_batch(coded)
            return {}
        except StoreError:
            raise  # the store is at fault, not an article: the run stops and says why
        except Exception:  # noqa: BLE001 - found below, article by article
            pass
        failed = {}
        for article, records in coded:
            try:
                store.add_coded(article, records)
            except StoreError:
                raise
            except Exception as exc:  # noqa: BLE001 - the article is skipped, the run goes on
                failed[article.id] = f"storing failed ({type(exc).__name__}: {exc})"
        return failed

    @staticmethod
    def _skip(article: Article, reason: str, store: Store | None) -> Skipped:
        skipped = Skipped(article.origin or article.id, reason, article.id)
        if store:
            store.add_skipped(skipped)
        return skipped

    @staticmethod
    def _progress(it: Iterator[Any], total: int, show: bool) -> Iterator[Any]:
        if not show:
            yield from it
            return
        from tqdm import tqdm

        yield from tqdm(it, total=total, unit="article", file=sys.stderr)
