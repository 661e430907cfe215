"""Froissart: code French and English news into PLOVER political event records, offline.

Nothing heavy happens at import: spaCy, pipelines and tables load when first used.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Article": "model", "EventRecord": "model", "Actor": "model", "Place": "model", "Skipped": "model",
    "Coder": "coder", "Reader": "articles", "Store": "store", "FroissartError": "errors",
    "Filters": "store.reader",
}
__all__ = sorted([*_EXPORTS, "__version__", "open"])


def open(path: str = "froissart.duckdb") -> Any:  # noqa: A001 - the API reads froissart.open(path)
    """Open a store for reading: ``froissart.open("froissart.duckdb").events(country="JPN")``."""
    from .store import open_store

    return open_store(path)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'froissart' has no attribute '{name}'")
