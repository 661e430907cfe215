"""Date ranges whose two ends fall in different months or years, told before either end: the
range runs forward, its last day after its first."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import code_text


@pytest.mark.parametrize(("lang", "text", "published", "first", "last"), [
    ("en", "Chile and Peru held talks in Lima from 30 November to 2 December.", "2024-10-15",
     "2024-11-30", "2024-12-02"),
    ("fr", "Le Chili et le Pérou ont tenu des pourparlers à Lima du 30 novembre au 2 décembre.", "2024-10-15",
     "2024-11-30", "2024-12-02"),
    ("en", "Chile and Peru held talks in Lima from 30 December to 2 January.", "2024-12-20",
     "2024-12-30", "2025-01-02"),
    ("fr", "Le Chili et le Pérou ont tenu des pourparlers à Lima du 30 décembre au 2 janvier.", "2024-12-20",
     "2024-12-30", "2025-01-02"),
])
def test_a_range_across_months_runs_forward(coder, lang, text, published, first, last):
    events = code_text(coder, text, lang, published=dt.date.fromisoformat(published))
    ranged = [(e.date, e.date_max) for e in events if e.date_max]
    assert ranged and set(ranged) == {(first, last)}, events
