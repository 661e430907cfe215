"""Text normalisation shared by readers and matchers."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u3000\t\f\v]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_QUOTES = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u2013": "-", "\u2011": "-", "\u2010": "-",
})
_MANY_SPACES = re.compile(r"[ ]{2,}")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """NFC, plain spaces for non-breaking and narrow ones, straight apostrophes and quotes.

    Guillemets (« ») are kept: they are punctuation the parsers know. Paragraphs stay
    separated by one blank line; a paragraph repeating the one before it is dropped.
    """
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text).translate(_QUOTES)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _MANY_SPACES.sub(" ", text)
    text = _MANY_NEWLINES.sub("\n\n", text).strip()
    paragraphs: list[str] = []
    for para in text.split("\n\n"):
        if paragraphs and para.strip() == paragraphs[-1].strip():
            continue
        paragraphs.append(para)
    return "\n\n".join(paragraphs)


@lru_cache(maxsize=50_000)
def fold(text: str) -> str:
    """Key used for matching words: lower case, no accents, straight apostrophes (memoised:
    words repeat, and this runs on every token)."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES).lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))
