"""One coding run: read inputs, code them, write events to a stream and to the store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .articles import Reader
from .coder import Coder
from .model import Article, Skipped
from .output import Writer
from .store import Store

PROGRESS_AFTER = 5


@dataclass
class Summary:
    coded: int = 0
    skipped: int = 0
    events: int = 0


class Run:
    def __init__(self, models: dict[str, str] | None = None, actor_files: Iterable[Path] = (),
                 language: str | None = None, published: dt.date | None = None,
                 db: Path | None = None) -> None:
        self.coder = Coder(models, actor_files)
        self.reader = Reader(language=language, published=published)
        self.db = db

    def run(self, inputs: list[str], stream: TextIO, fmt: str, progress: bool | None = None,
            on_skip: Callable[[Skipped], None] | None = None) -> Summary:
        items = list(self.reader.read(inputs))
        articles = [a for a in items if isinstance(a, Article)]
        skipped = [s for s in items if isinstance(s, Skipped)]
        summary = Summary(skipped=len(skipped))
        writer = Writer(stream, fmt)
        store = Store(self.db) if self.db else None
        try:
            for s in skipped:
                if on_skip:
                    on_skip(s)
                if store:
                    store.add_skipped(s)
            show = progress if progress is not None else len(articles) > PROGRESS_AFTER
            for article, records in self._progress(self.coder.code_many(articles), len(articles), show):
                writer.write(records)
                if store:
                    store.add_coded(article, records)
                summary.coded += 1
                summary.events += len(records)
        finally:
            if store:
                store.close()
        return summary

    @staticmethod
    def _progress(it: Iterator[tuple[Article, list]], total: int, show: bool) -> Iterator[tuple[Article, list]]:
        if not show:
            yield from it
            return
        from tqdm import tqdm

        yield from tqdm(it, total=total, unit="article", file=__import__("sys").stderr)
