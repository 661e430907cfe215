"""The embedded DuckDB event store: articles, events and clusters of merged reports.

``Store`` writes (a batch of whole articles per transaction, so a killed run leaves it
consistent);
``froissart.open(path)`` reads it from Python; ``froissart events`` and ``froissart export``
query and export it. ``FolderReader`` reads a folder of Parquet parts (an export, a Dask run)
the same way, without loading it.
"""

from __future__ import annotations

from .folder import FolderReader, open_reader
from .reader import StoreReader, open_store
from .writer import Store

__all__ = ["FolderReader", "Store", "StoreReader", "open_reader", "open_store"]
