"""A verb of naming ("called X Y", "a qualifié X de Y") is an accusation only when what it names
X is a reproach (labels.tsv `reproach`): "called the move illegal", not "called the visit historic"."""

from __future__ import annotations

import pytest

from tests.conftest import code_text


@pytest.mark.parametrize(("lang", "text", "source"), [
    ("en", "Norway called the Danish decision irresponsible.", "NOR"),
    ("en", "The Chilean president called the Argentine tariffs a provocation.", "CHL"),
    ("en", "Vietnam called the Chinese survey an unacceptable violation.", "VNM"),
    ("fr", "La Norvège a qualifié la décision danoise d'irresponsable.", "NOR"),
    ("fr", "Le président chilien a qualifié les droits de douane argentins de provocation.", "CHL"),
    ("fr", "Le Vietnam a qualifié l'expédition chinoise de violation inacceptable.", "VNM"),
])
def test_naming_with_a_reproach_is_an_accusation(coder, lang, text, source):
    events = code_text(coder, text, lang)
    assert any(e.event_type == "ACCUSE" and e.source.code() == source for e in events), events


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Norway called the Danish decision historic."),
    ("en", "The Chilean president called the Argentine visit a great success."),
    ("fr", "La Norvège a qualifié la décision danoise d'historique."),
    ("fr", "Le président chilien a qualifié la visite argentine de grand succès."),
])
def test_naming_without_a_reproach_accuses_no_one(coder, lang, text):
    assert not [e for e in code_text(coder, text, lang) if e.event_type == "ACCUSE"]
