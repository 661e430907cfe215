"""English date expressions, resolved against a publication date (Friday 15 November 2024)."""

from __future__ import annotations

import pytest

from tests.conftest import PUBLISHED, code_text
from tests.dates import first_date

CASES = [
    ("They met on Thursday.", "2024-11-14", "day"),
    ("They met on Monday.", "2024-11-11", "day"),
    ("They met on Friday.", "2024-11-15", "day"),
    ("They met on Sunday.", "2024-11-10", "day"),
    ("They met last Thursday.", "2024-11-14", "day"),
    ("They will meet next Monday.", "2024-11-18", "day"),
    ("They met yesterday.", "2024-11-14", "day"),
    ("They meet today.", "2024-11-15", "day"),
    ("They will meet tomorrow.", "2024-11-16", "day"),
    ("They met again the next day.", "2024-11-15", "day"),
    ("They met again the following day.", "2024-11-15", "day"),
    ("They had met the day before.", "2024-11-13", "day"),
    ("They met last week.", "2024-11-04", "week"),
    ("They met this week.", "2024-11-11", "week"),
    ("They will meet next week.", "2024-11-18", "week"),
    ("They met last month.", "2024-10-01", "month"),
    ("They will meet next month.", "2024-12-01", "month"),
    ("They met last year.", "2023-01-01", "year"),
    ("He took office on October 1.", "2024-10-01", "day"),
    ("He took office on 1 October.", "2024-10-01", "day"),
    ("They met on March 12, 2023.", "2023-03-12", "day"),
    ("They met in early November.", "2024-11-01", "month"),
    ("They met in late October.", "2024-10-21", "month"),
    ("They met in mid-September.", "2024-09-15", "month"),
    ("The inauguration will take place next January.", "2025-01-01", "month"),
    ("They met in March.", "2024-03-01", "month"),
    ("They met in 2019.", "2019-01-01", "year"),
    ("They met last December.", "2023-12-01", "month"),
]


@pytest.mark.parametrize(("sentence", "date", "precision"), CASES, ids=[c[0] for c in CASES])
def test_dates_resolve_en(coder, sentence, date, precision):
    got = first_date(coder, "en", sentence, PUBLISHED, future="will" in sentence)
    assert got is not None, "no date expression found"
    assert got[1:] == (date, precision)


@pytest.mark.parametrize("sentence", ["The prime minister arrived.", "He spoke of the end of the war.",
                                      "They may meet.", "He said it last."])
def test_dates_no_false_expression_en(coder, sentence):
    assert first_date(coder, "en", sentence, PUBLISHED) is None


def test_dates_attach_to_their_event_en(coder):
    text = ("Japanese Foreign Minister Takeshi Kaneda met his Chinese counterpart on Thursday. "
            "The next day, he met the Indian foreign minister.")
    consult = sorted((e for e in code_text(coder, text, "en") if e.event_type == "CONSULT"), key=lambda e: e.span)
    assert [e.date for e in consult] == ["2024-11-14", "2024-11-15"]


def test_dates_fall_back_to_publication_en(coder):
    events = code_text(coder, "Japan condemned North Korea.", "en")
    assert events[0].date == "2024-11-15" and events[0].date_precision == "article"
