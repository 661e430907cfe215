"""Near-duplicate articles (wire copies) by MinHash over word shingles (datasketch)."""

from __future__ import annotations

import re

import numpy as np

PERMUTATIONS = 64
THRESHOLD = 0.6
WORDS = re.compile(r"\w+", re.UNICODE)


def signature(text: str) -> bytes:
    from datasketch import MinHash

    words = WORDS.findall(text.lower())
    shingles = {" ".join(words[i:i + 4]) for i in range(max(1, len(words) - 3))}
    m = MinHash(num_perm=PERMUTATIONS, seed=7)
    m.update_batch(s.encode("utf-8") for s in shingles)
    return m.hashvalues.astype(np.uint64).tobytes()


class NearDuplicates:
    """Locality-sensitive hashing of the signatures (bands of rows), filled from the store on
    first use; candidates are confirmed by their estimated Jaccard similarity."""

    BANDS = 16

    def __init__(self) -> None:
        self.buckets: dict[tuple[int, bytes], set[str]] = {}
        self.signatures: dict[str, np.ndarray] = {}
        self.group: dict[str, str] = {}

    def _bands(self, sig: np.ndarray) -> list[tuple[int, bytes]]:
        rows = len(sig) // self.BANDS
        return [(b, sig[b * rows:(b + 1) * rows].tobytes()) for b in range(self.BANDS)]

    def add(self, article_id: str, sig: bytes, group: str) -> None:
        values = np.frombuffer(sig, dtype=np.uint64)
        for band in self._bands(values):
            self.buckets.setdefault(band, set()).add(article_id)
        self.signatures[article_id] = values
        self.group[article_id] = group

    def find(self, article_id: str, sig: bytes) -> str | None:
        """The source group of an earlier near-copy of this text, if any."""
        values = np.frombuffer(sig, dtype=np.uint64)
        candidates = set().union(*(self.buckets.get(band, set()) for band in self._bands(values)))
        close = sorted(k for k in candidates - {article_id}
                       if float(np.mean(self.signatures[k] == values)) >= THRESHOLD)
        return self.group[close[0]] if close else None
