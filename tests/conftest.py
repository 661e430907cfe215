"""Shared fixtures: one real Coder (real spaCy pipelines) for the whole test session."""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from froissart.actors import DocActors
from froissart.coder import Coder
from froissart.model import Actor, Article, EventRecord

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PUBLISHED = dt.date(2024, 11, 15)  # a Friday


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder()


def code_text(coder: Coder, text: str, lang: str, published: dt.date | None = PUBLISHED) -> list[EventRecord]:
    article = Article(text=text, id="t", language=lang, published=published)
    return coder.code(article)


def resolve_mention(coder: Coder, lang: str, sentence: str, mention: str,
                    published: dt.date | None = PUBLISHED) -> list[Actor]:
    """Resolve the noun phrase whose words are ``mention`` inside ``sentence``."""
    tools = coder.tools(lang)
    doc = tools.nlp(sentence)
    start = sentence.index(mention)
    span = doc.char_span(start, start + len(mention), alignment_mode="expand")
    assert span is not None, f"'{mention}' is not a token span of the sentence"
    actors = DocActors(doc, tools.actors, tools.syntax, published)
    return actors.resolve(span.root)


def codes(record: EventRecord) -> tuple[str | None, str | None]:
    return record.source.code(), record.target.code() if record.target else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def served(db: Path, *options: str) -> Iterator[str]:
    """A real ``froissart serve`` process over a store, on a free port; yields its URL."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "froissart", "serve", "--db", str(db), "--port", str(port),
                             *options], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(f"{url}/api/events?limit=1", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        else:
            proc.kill()
            pytest.fail(f"server did not start: {proc.stderr.read().decode() if proc.stderr else ''}")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
