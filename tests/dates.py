"""Helpers for the date tests of each language."""

from __future__ import annotations

import datetime as dt

from froissart import when
from froissart.coder import Coder

PREVIOUS = dt.date(2024, 11, 14)


def first_date(coder: Coder, lang: str, sentence: str, published: dt.date,
               future: bool = False) -> tuple[str, str, str] | None:
    tools = coder.tools(lang)
    doc = tools.nlp(sentence)
    found = tools.dates.find(doc)
    if not found:
        return None
    resolved = when.resolve(found[0], published, PREVIOUS, future=future)
    if resolved is None:
        return None
    return found[0].text, resolved.date.isoformat(), resolved.precision
