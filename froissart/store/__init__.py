"""The embedded DuckDB event store: articles, events and clusters of merged reports.

``Store`` writes (one transaction per article, so a killed run leaves it consistent);
``froissart.open(path)`` reads it from Python; ``froissart events`` and ``froissart export``
query and export it.
"""

from __future__ import annotations

from .reader import StoreReader, open_store
from .writer import Store

__all__ = ["Store", "StoreReader", "open_store"]
