"""``froissart serve``: the HTTP API and the web dashboard over a store."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
