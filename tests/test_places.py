"""Event places from the offline gazetteer, in both languages."""

from __future__ import annotations

import pytest

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
