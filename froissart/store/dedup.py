"""Near-duplicate articles (wire copies) by MinHash over word shingles, computed and found in
batch: the signatures of a batch are cut into bands, each band hashed to one number, and the
candidates are the articles sharing a band hash, in the batch or in the store's ``bands``
table (one SQL join per batch); a candidate is a near-copy when its estimated Jaccard
similarity reaches ``THRESHOLD``. An article joins the source group of its closest-named
near-copy seen before it (the lowest article id), else starts its own: the same groups as
adding the articles one by one."""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Sequence
from typing import Any

import numpy as np

PERMUTATIONS = 64
BANDS = 16
THRESHOLD = 0.6
WORDS = re.compile(r"\w+", re.UNICODE)
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93], dtype=np.uint64)


def _shingles(text: str) -> list[int]:
    """32-bit hashes (CRC-32) of the text's 4-word shingles (one, of the empty shingle, for a
    text of no word)."""
    words = WORDS.findall(text.lower())
    return list({zlib.crc32(" ".join(words[i:i + 4]).encode("utf-8")) for i in range(max(1, len(words) - 3))})


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(7)
    a = rng.integers(0, 2 ** 31, PERMUTATIONS, dtype=np.uint32) * np.uint32(2) + np.uint32(1)  # odd multipliers
    return a, rng.integers(0, 2 ** 32, PERMUTATIONS, dtype=np.uint32)


def signatures(texts: Sequence[str]) -> list[bytes]:
    """The MinHash signature of each text, computed for all of them at once: PERMUTATIONS
    minima of ``a * h + b`` (modulo 2**32) over the text's shingle hashes ``h``."""
    if not texts:
        return []
    hashed = [_shingles(t) for t in texts]
    values = np.array([h for hs in hashed for h in hs], dtype=np.uint32)
    starts = np.cumsum([0] + [len(h) for h in hashed[:-1]])
    a, b = _permutations()
    permuted = np.multiply.outer(values, a)
    permuted += b
    return [row.tobytes() for row in np.minimum.reduceat(permuted, starts, axis=0)]


def band_hashes(signatures: Sequence[bytes]) -> np.ndarray:
    """One 63-bit number per band of each signature: shape (len(signatures), BANDS)."""
    values = np.frombuffer(b"".join(signatures), dtype=np.uint32).reshape(len(signatures), BANDS, -1)
    with np.errstate(over="ignore"):
        mixed = values.astype(np.uint64) * _MIX[:values.shape[2]]
        folded = np.bitwise_xor.reduce(mixed, axis=2)
    return (folded >> np.uint64(1)).astype(np.int64)


def similar(a: bytes, b: bytes) -> bool:
    return float(np.mean(np.frombuffer(a, dtype=np.uint32) == np.frombuffer(b, dtype=np.uint32))) >= THRESHOLD


def band_rows(ids: Sequence[str], signatures: Sequence[bytes]) -> Any:
    """The ``bands`` rows of these articles, as an Arrow table."""
    import pyarrow as pa

    hashes = band_hashes(signatures) if ids else np.zeros((0, BANDS), dtype=np.int64)
    return pa.table({"article_id": pa.array(np.repeat(np.array(ids, dtype=object), BANDS), pa.string()),
                     "band": pa.array(np.tile(np.arange(BANDS, dtype=np.int8), len(ids)), pa.int8()),
                     "hash": pa.array(hashes.reshape(-1), pa.int64())})


def source_groups(con: Any, ids: Sequence[str], signatures: Sequence[bytes], bands: Any) -> list[str]:
    """The source group of each article of a batch (in batch order), against the store's
    articles other than those of the batch and the batch's earlier articles; ``bands`` are
    the batch's ``band_rows``."""
    if not ids:
        return []
    con.register("batch_bands", bands)
    try:
        stored = con.execute(
            "SELECT DISTINCT n.article_id, a.id, a.minhash, coalesce(a.source_group, a.id) FROM batch_bands n "
            "JOIN bands b ON b.band = n.band AND b.hash = n.hash JOIN articles a ON a.id = b.article_id "
            "WHERE b.article_id NOT IN (SELECT article_id FROM batch_bands) AND a.minhash IS NOT NULL").fetchall()
    finally:
        con.unregister("batch_bands")
    position = {article_id: i for i, article_id in enumerate(ids)}
    close: dict[int, set[tuple[str, str]]] = {}
    for new, old, blob, group in stored:
        if similar(signatures[position[new]], bytes(blob)):
            close.setdefault(position[new], set()).add((old, group))
    earlier = _shared_bands(bands.column("hash").to_numpy().reshape(len(ids), BANDS))
    groups: list[str] = []
    for i, article_id in enumerate(ids):
        found = close.get(i, set()) | {(ids[j], groups[j]) for j in earlier.get(i, ())
                                       if similar(signatures[i], signatures[j])}
        groups.append(min(found)[1] if found else article_id)
    return groups


def _shared_bands(hashes: np.ndarray) -> dict[int, set[int]]:
    """For each article of a batch, the earlier ones sharing one of its band hashes."""
    keys = (hashes + np.arange(BANDS, dtype=np.int64) * np.int64(0x9E3779B97F4A7C1)).reshape(-1)
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    sizes = np.diff(np.r_[starts, len(ordered)])
    out: dict[int, set[int]] = {}
    for start, size in zip(starts[sizes > 1], sizes[sizes > 1], strict=True):
        articles = sorted({int(k) // BANDS for k in order[start:start + size]})
        for n, later in enumerate(articles):
            out.setdefault(later, set()).update(articles[:n])
    return out
