"""Shared fixtures: one real Coder (real spaCy pipelines) for the whole test session."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench import serving
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


def pairs_of(coder: Coder, text: str, lang: str, etype: str) -> set[tuple[str | None, str | None]]:
    """The (source, target) codes of the records of one type a text gives."""
    return {codes(e) for e in code_text(coder, text, lang) if e.event_type == etype}


@contextlib.contextmanager
def served(db: Path, *options: str) -> Iterator[str]:
    """A real ``froissart serve`` process over a store, on a free port; yields its URL."""
    try:
        with serving.served(db, *options) as (url, _):
            yield url
    except RuntimeError as exc:
        pytest.fail(str(exc))
