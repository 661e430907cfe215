"""``lang/<code>/references.tsv``: nouns that stand for an earlier act ("the decision", "ces
exigences", "the coup") and words of responding ("retaliate", "riposte"), read once per language
for the story layer and the conventions."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .langdata import LanguageData
from .text import fold


@dataclass(frozen=True)
class Reference:
    kind: str  # act | response
    types: frozenset[str]  # the PLOVER types an "act" noun may stand for (empty: any)


class ReferenceWords:
    """``references.tsv``: nouns standing for an earlier act and words of responding."""

    def __init__(self, data: LanguageData) -> None:
        self.words: dict[str, Reference] = {}
        for row in data.table("references"):
            types = frozenset(t.strip() for t in row["types"].split(",") if t.strip())
            self.words.setdefault(fold(row["text"]), Reference(row["kind"], types))

    def of(self, token: Token) -> Reference | None:
        return self.words.get(fold(token.lemma_)) or self.words.get(fold(token.text))

    def acts_of(self, types: frozenset[str]) -> frozenset[str]:
        """The nouns that stand only for acts of these types ("the coup": an attack or repression)."""
        return frozenset(word for word, ref in self.words.items()
                         if ref.kind == "act" and ref.types and ref.types <= types)
