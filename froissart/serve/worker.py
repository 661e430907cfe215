"""Coding for the server, away from the requests it answers.

``POST /api/code`` is coded in a process of its own (spawned once, its pipelines loaded on the
first request), so that parsing never holds the server's interpreter: reads stay fast while an
article is coded. At most ``concurrent`` articles are coded at once and ``waiting`` more may
wait for their turn; beyond that the server answers 429. The coding process may use at most
``memory_mb`` of memory (its address space, set with ``RLIMIT_AS``): an article that needs
more fails alone with 413, and a process that dies is replaced.
"""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..errors import FroissartError
from ..model import Article, EventRecord

MEMORY_MB = 4096
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")

# the coder of the coding process: state of that process alone, made by its initializer
_process_coder: dict[str, Any] = {}


class Busy(FroissartError):
    """Too many articles are being coded or waiting: try again later."""


class TooLarge(FroissartError):
    """The article needs more memory than the coding process may use."""


def _start(memory_mb: int) -> None:
    """Initializer of the coding process: one thread per numeric library, the memory limit,
    then the coder (pipelines load on first use)."""
    import resource

    for name in THREAD_VARIABLES:
        os.environ[name] = "1"
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from ..coder import Coder

    _process_coder["coder"] = Coder()


def _code(article: Article) -> list[EventRecord]:
    try:
        return _process_coder["coder"].code(article)
    except MemoryError:
        raise TooLarge("the article needs more memory than the coding process may use "
                       "(froissart serve --code-memory): send a shorter one") from None


class CodingWorker:
    """Codes articles in a separate process, a bounded number at a time."""

    def __init__(self, concurrent: int = 1, waiting: int = 8, memory_mb: int = MEMORY_MB) -> None:
        self.concurrent = concurrent
        self.waiting = waiting
        self.memory_mb = memory_mb
        self._pool: ProcessPoolExecutor | None = None
        self._slots: asyncio.Semaphore | None = None
        self._queued = 0

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            import multiprocessing

            self._pool = ProcessPoolExecutor(self.concurrent, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_start, initargs=(self.memory_mb,))
        return self._pool

    async def code(self, article: Article) -> list[EventRecord]:
        """The article's records, coded in the coding process; ``Busy`` when too many wait."""
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.concurrent)
        if self._queued >= self.concurrent + self.waiting:
            raise Busy(f"{self._queued} articles are being coded or waiting: try again in a moment")
        self._queued += 1
        try:
            async with self._slots:
                loop = asyncio.get_running_loop()
                try:
                    return await loop.run_in_executor(self._executor(), _code, article)
                except BrokenProcessPool:
                    self.close()  # the process died (killed for memory): a new one codes the next article
                    raise TooLarge("coding this article stopped the coding process (out of memory?): "
                                   "send a shorter one") from None
        finally:
            self._queued -= 1

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
