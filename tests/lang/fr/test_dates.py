"""French date expressions, resolved against a publication date (Friday 15 November 2024)."""

from __future__ import annotations

import pytest

from tests.conftest import PUBLISHED, code_text
from tests.dates import first_date

CASES = [
    ("Ils se sont rencontrés jeudi.", "2024-11-14", "day"),
    ("Ils se sont rencontrés lundi.", "2024-11-11", "day"),
    ("Ils se sont rencontrés vendredi.", "2024-11-15", "day"),
    ("Ils se sont rencontrés dimanche.", "2024-11-10", "day"),
    ("Ils se sont rencontrés jeudi dernier.", "2024-11-14", "day"),
    ("Ils se rencontreront lundi prochain.", "2024-11-18", "day"),
    ("Ils se sont rencontrés hier.", "2024-11-14", "day"),
    ("Ils se sont rencontrés avant-hier.", "2024-11-13", "day"),
    ("Ils se rencontrent aujourd'hui.", "2024-11-15", "day"),
    ("Ils se rencontreront demain.", "2024-11-16", "day"),
    ("Ils se sont rencontrés le lendemain.", "2024-11-15", "day"),
    ("Ils s'étaient rencontrés la veille.", "2024-11-13", "day"),
    ("Ils se sont rencontrés la semaine dernière.", "2024-11-04", "week"),
    ("Ils se sont rencontrés cette semaine.", "2024-11-11", "week"),
    ("Ils se rencontreront la semaine prochaine.", "2024-11-18", "week"),
    ("Ils se sont rencontrés le mois dernier.", "2024-10-01", "month"),
    ("Ils se rencontreront le mois prochain.", "2024-12-01", "month"),
    ("Ils se sont rencontrés l'année dernière.", "2023-01-01", "year"),
    ("Il a pris ses fonctions le 1er octobre.", "2024-10-01", "day"),
    ("Ils se sont rencontrés le 3 novembre.", "2024-11-03", "day"),
    ("Ils se sont rencontrés le 12 mars 2023.", "2023-03-12", "day"),
    ("Ils se sont rencontrés début novembre.", "2024-11-01", "month"),
    ("Ils se sont rencontrés fin octobre.", "2024-10-21", "month"),
    ("Ils se sont rencontrés mi-septembre.", "2024-09-15", "month"),
    ("L'investiture aura lieu en janvier prochain.", "2025-01-01", "month"),
    ("Ils se sont rencontrés en mars.", "2024-03-01", "month"),
    ("Ils se sont rencontrés en 2019.", "2019-01-01", "year"),
    ("Ils se sont rencontrés en décembre dernier.", "2023-12-01", "month"),
]


@pytest.mark.parametrize(("sentence", "date", "precision"), CASES, ids=[c[0] for c in CASES])
def test_dates_resolve_fr(coder, sentence, date, precision):
    got = first_date(coder, "fr", sentence, PUBLISHED, future="prochain" in sentence or "demain" in sentence)
    assert got is not None, "no date expression found"
    assert got[1:] == (date, precision)


@pytest.mark.parametrize("sentence", ["Le Premier ministre est arrivé.", "Il a évoqué la fin de la guerre.",
                                      "Au début de la réunion, il a parlé.", "Il a pu parler."])
def test_dates_no_false_expression_fr(coder, sentence):
    assert first_date(coder, "fr", sentence, PUBLISHED) is None


def test_dates_attach_to_their_event_fr(coder):
    text = ("Le ministre japonais Takeshi Kaneda a rencontré jeudi son homologue chinois. "
            "Le lendemain, il a rencontré le ministre indien.")
    consult = sorted((e for e in code_text(coder, text, "fr") if e.event_type == "CONSULT"), key=lambda e: e.span)
    assert [e.date for e in consult] == ["2024-11-14", "2024-11-15"]
    assert consult[0].date_text == "jeudi" and consult[0].date_precision == "day"


def test_dates_fall_back_to_publication_fr(coder):
    events = code_text(coder, "Le Japon a condamné la Corée du Nord.", "fr")
    assert events[0].date == "2024-11-15" and events[0].date_precision == "article" and events[0].date_text is None
