"""Long texts cut into pieces the parser takes whole.

spaCy refuses texts over ``nlp.max_length`` (1,000,000 characters, error E088) and its memory
grows with the length of what it parses. An article longer than ``PIECE_CHARS`` is coded piece
by piece, each cut at the last paragraph break before the limit (else the last sentence end,
else the last space): memory per article stays that of one piece, and spans keep their offsets
in the whole text. A story is read within its piece; wire copy is far shorter than one piece.
"""

from __future__ import annotations

PIECE_CHARS = 100_000
BREAKS = ("\n\n", "\n", ". ", " ")


def pieces(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) covering the text in order, each at most ``limit`` characters."""
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = next((window.rfind(b) + len(b) for b in BREAKS if window.rfind(b) > limit // 2), limit)
        out.append((start, window[:cut]))
        start += cut
    out.append((start, text[start:]))
    return out
