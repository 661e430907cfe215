"""Longest-match lookup of multi-word phrases over a parsed document.

Phrases are tokenised with the language's own tokenizer, then folded (lower case, no
accents), so "États-Unis", "Etats-Unis" and "etats-unis" are one key. A token matches a
phrase word by its form or by its lemma ("ministres" matches "ministre").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from spacy.tokens import Doc, Token

from .text import fold

T = TypeVar("T")

ARTICLES = frozenset({"le", "la", "les", "l'", "the"})


@dataclass(frozen=True)
class Match(Generic[T]):
    start: int
    end: int
    value: T


def token_keys(token: Token) -> tuple[str, str]:
    return fold(token.text), fold(token.lemma_)


class PhraseIndex(Generic[T]):
    """Maps folded token sequences to values; first value listed wins on a tie."""

    def __init__(self, tokenize: Callable[[str], list[str]]) -> None:
        self._tokenize = tokenize
        self._by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}

    def add(self, phrase: str, value: T) -> None:
        """Add a phrase; a hyphenated one is also found written with spaces ("Addis-Abeba",
        "Addis Abeba")."""
        words = tuple(fold(w) for w in self._tokenize(phrase) if w.strip())
        if "-" in words[1:-1]:
            self._add(tuple(w for w in words if w != "-"), value)
        self._add(words, value)

    def _add(self, words: tuple[str, ...], value: T) -> None:
        if not words:
            return
        entries = self._by_first.setdefault(words[0], [])
        if any(existing == words for existing, _ in entries):
            return
        entries.append((words, value))
        entries.sort(key=lambda e: -len(e[0]))

    def add_all(self, pairs: Iterable[tuple[str, T]]) -> None:
        for phrase, value in pairs:
            self.add(phrase, value)

    def __contains__(self, phrase: str) -> bool:
        words = tuple(fold(w) for w in self._tokenize(phrase) if w.strip())
        return any(w == words for w, _ in self._by_first.get(words[0], [])) if words else False

    def match_at(self, doc: Doc, i: int, keys: list[tuple[str, str]],
                 accept: Callable[[Match[T]], bool] | None = None) -> Match[T] | None:
        for first in dict.fromkeys(keys[i]):
            for words, value in self._by_first.get(first, ()):
                n = len(words)
                if i + n > len(doc):
                    continue
                if all(w in keys[i + k] for k, w in enumerate(words)):
                    m = Match(i, i + n, value)
                    if accept is None or accept(m):
                        return m
        return None

    def find(self, doc: Doc, keys: list[tuple[str, str]] | None = None,
             accept: Callable[[Match[T]], bool] | None = None) -> list[Match[T]]:
        """Non-overlapping longest matches, left to right; ``accept`` can refuse a match, and a
        shorter one starting at the same word is tried."""
        keys = keys if keys is not None else [token_keys(t) for t in doc]
        out: list[Match[T]] = []
        i = 0
        while i < len(doc):
            m = self.match_at(doc, i, keys, accept)
            if m is None:
                i += 1
                continue
            out.append(m)
            i = m.end
        return out
