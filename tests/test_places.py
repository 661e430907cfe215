"""Event places from the offline gazetteer, in both languages."""

from __future__ import annotations

import pytest

from froissart.placing import dateline_place
from tests.conftest import code_text

CASES = [
    ("fr", "Le Japon a rencontré les États-Unis à Lima.", "Lima", "PER", "city"),
    ("fr", "La Chine a rencontré la Russie à Moscou.", "Moscow", "RUS", "city"),
    ("fr", "La France a rencontré l'Allemagne à Pékin.", "Beijing", "CHN", "city"),
    ("fr", "Le Japon a rencontré le Canada au Pérou.", "Peru", "PER", "country"),
    ("fr", "Des manifestants ont défilé à Dakar contre le gouvernement sénégalais.", "Dakar", "SEN", "city"),
    ("fr", "L'Inde a rencontré la Chine à Washington.", "Washington", "USA", "city"),
    ("en", "Japan met the United States in Lima.", "Lima", "PER", "city"),
    ("en", "China met Russia in Moscow.", "Moscow", "RUS", "city"),
    ("en", "India met China in Washington.", "Washington", "USA", "city"),
    ("en", "Japan met Canada in Peru.", "Peru", "PER", "country"),
    ("en", "Kenyan protesters rallied in Nairobi against the government.", "Nairobi", "KEN", "city"),
    ("en", "France met Germany in Berlin on Monday.", "Berlin", "DEU", "city"),
    # a seat of power is in its own country, not the Paris district of the same name
    ("fr", "Le président ghanéen s'est entretenu lundi à la Maison Blanche avec le président américain.",
     "United States", "USA", "country"),
]


@pytest.mark.parametrize(("lang", "sentence", "name", "country", "precision"), CASES, ids=[c[1] for c in CASES])
def test_places_resolve(coder, lang, sentence, name, country, precision):
    events = code_text(coder, sentence, lang)
    assert events, "no event"
    place = events[0].location
    assert place is not None, "no place"
    assert (place.name, place.country, place.precision) == (name, country, precision)
    assert place.lat is not None and place.lon is not None


def test_places_ranked_by_the_article_countries(coder):
    gazetteer = coder.gazetteer
    assert gazetteer.city("Lima").country == "PER"
    assert gazetteer.city("Lima", countries=["USA"]).country == "USA"
    assert gazetteer.city("Washington").country == "USA"


def test_places_home_of_the_author_when_not_said(coder):
    events = code_text(coder, "Japan condemned North Korea. China met Russia in Moscow.", "en")
    condemned = [e for e in events if e.event_type == "ACCUSE"]
    assert condemned and condemned[0].location.country == "JPN" and condemned[0].location.precision == "country"
    assert "home of its author" in condemned[0].place_rule


# -- places told by the story (placing.py) ---------------------------------------------------------
STORY_PLACES = [
    # the venue of the story's meeting holds for what its attendees say and agree there
    ("fr", "Le Kenya et l'Ouganda se sont rencontrés jeudi lors d'un sommet tenu à Arusha. Les deux pays ont "
           "convenu de rouvrir leur frontière.", "AGREE", "TZA", "venue"),
    ("en", "Kenya and Uganda met on Thursday at a summit held in Arusha. The two countries agreed to reopen their "
           "border.", "AGREE", "TZA", "venue"),
    # a place described by a common noun
    ("en", "Yemen's government and the Houthis signed a truce in the Omani city of Salalah.", "SUPPORT", "OMN",
     "Salalah"),
    ("fr", "Le Kenya a rencontré l'Ouganda dans la capitale tanzanienne.", "CONSULT", "TZA", "capitale"),
    # a material act happens where it was aimed
    ("en", "Turkey struck Syria on Monday. Syria had shelled villages in Turkey.", "ASSAULT", "SYR", "aimed"),
    # what a state says, where nothing else is told: at home
    ("fr", "Le Japon a condamné la Corée du Nord.", "ACCUSE", "JPN", "home"),
    # a place in another clause is not the event's ("an attack that damaged its embassy in Kabul")
    ("en", "Pakistan fired rockets at India, retaliating for an attack that damaged its embassy in Kabul.",
     "ASSAULT", "IND", "aimed"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "country", "rule"), STORY_PLACES,
                         ids=[f"{c[0]}-{c[1][:40]}" for c in STORY_PLACES])
def test_places_told_by_the_story(coder, lang, text, etype, country, rule):
    event = next(e for e in code_text(coder, text, lang) if e.event_type == etype)
    assert event.location is not None and event.location.country == country, event.place_rule
    assert rule in event.place_rule


def test_places_dateline(coder):
    """The city of a wire dateline, the last place a story offers (the reader puts the dateline on a
    line of its own)."""
    place = dateline_place("NAIROBI, June 4, 2025\n\nKenya criticised Uganda.", coder.gazetteer)
    assert place is not None and (place.name, place.country) == ("Nairobi", "KEN")
    assert dateline_place("Kenya criticised Uganda.", coder.gazetteer) is None
