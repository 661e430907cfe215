"""The entity model of an article (entities.py): every mention tied to one entity, what one
mention tells holding for the others, in both languages, on sentences written for these tests."""

from __future__ import annotations

import pytest

from froissart.actors import DocActors
from tests.conftest import PUBLISHED, code_text, codes


def read(coder, lang: str, text: str) -> DocActors:
    tools = coder.tools(lang)
    return DocActors(tools.nlp(text), tools.actors, tools.syntax, PUBLISHED)


def resolve_words(actors: DocActors, words: str, nth: int = 0) -> list:
    starts = [i for i in range(len(actors.text)) if actors.text.startswith(words, i)]
    span = actors.doc.char_span(starts[nth], starts[nth] + len(words), alignment_mode="expand")
    return actors.resolve(span.root)


# (lang, text, mention, nth occurrence, expected codes)
MENTIONS = [
    # a surname after the full name with its descriptor: the same person, the same country
    ("en", "Zambian opposition leader Mwila Banda met reporters. Banda then left Lusaka.", "Banda", 1, ["ZMB"]),
    ("fr", "Le ministre zambien Mwila Banda a reçu la presse. M. Banda a ensuite quitté Lusaka.", "M. Banda", 0,
     ["ZMB"]),
    # what a descriptor says holds for later mentions: an organisation
    ("en", "The head of the IAEA, Karl Vogt, arrived on Monday. Vogt met the minister.",
     "Vogt", 1, ["IAEA"]),
    # numbered groups: the last countries named, or the countries listed right after
    ("en", "Mali, Niger and Chad left the bloc. The three capitals accused it of bias.", "The three capitals", 0,
     ["MLI", "NER", "TCD"]),
    ("fr", "Le Mali, le Niger et le Tchad ont quitté le bloc. Les trois capitales l'accusent de partialité.",
     "Les trois capitales", 0, ["MLI", "NER", "TCD"]),
    ("fr", "Caracas a expulsé les diplomates de trois pays, l'Argentine, le Chili et le Pérou.",
     "les diplomates de trois pays", 0, ["ARG", "CHL", "PER"]),
    ("en", "Peru and Chile met on Monday. The two neighbours agreed to talk again.", "The two neighbours", 0,
     ["PER", "CHL"]),
    # "other countries" are not those named before
    ("en", "Peru and Chile signed the deal. Two other countries may follow.", "Two other countries", 0, [None]),
    ("fr", "Le Pérou et le Chili ont signé l'accord. Deux autres pays pourraient suivre.", "Deux autres pays", 0,
     [None]),
    # a group named by its kind takes the country of the last group of that kind
    ("en", "The Colombian army moved east. Later the army set up checkpoints.", "the army", 0, ["COL"]),
    # "the group": the organisation named last
    ("fr", "Le Hezbollah a tiré des roquettes. Le mouvement a ensuite menacé Israël.", "Le mouvement", 0, ["LBN"]),
    # a group named by where it is
    ("en", "Militants in Gaza fired rockets on Monday.", "Militants in Gaza", 0, ["PSE"]),
    # armed groups and juntas carry their country (spec/ontology.md)
    ("en", "Hamas fired rockets at Israel.", "Hamas", 0, ["PSE"]),
    ("fr", "Les shebabs ont pris la ville.", "Les shebabs", 0, ["SOM"]),
    # a country joined to "-backed" names the sponsor, not the group
    ("en", "The Houthis launched drones on Friday. Saudi jets then bombed the Iran-backed rebels.",
     "the Iran-backed rebels", 0, ["YEM"]),
    # a subject pronoun continues the subject before it, when it can stand for it
    ("en", "The Chilean navy said the matter was closed. But it warned Peru again.", "it", 0, ["CHL"]),
    ("fr", "La marine chilienne a jugé l'affaire close. Elle a toutefois averti le Pérou.", "Elle", 0, ["CHL"]),
    ("en", "Kenyan President Amos Kibet met the Ugandan army chief. He said talks went well.", "He", 0, ["KEN"]),
    # a title before a name is not part of it
    ("en", "Ayatollah Ali Khamenei spoke on Monday.", "Ayatollah Ali Khamenei", 0, ["IRN"]),
    ("fr", "Le guide suprême, l'ayatollah Ali Khamenei, a parlé lundi.", "l'ayatollah Ali Khamenei", 0, ["IRN"]),
    # a country word that begins a person's name is a first name ("German Volkov")
    ("en", "Belarusian Defence Minister German Volkov spoke.", "Belarusian Defence Minister German Volkov",
     0, ["BLR"]),
]


@pytest.mark.parametrize(("lang", "text", "mention", "nth", "expected"), MENTIONS,
                         ids=[f"{c[0]}-{c[2]}" for c in MENTIONS])
def test_entities_mention(coder, lang, text, mention, nth, expected):
    actors = read(coder, lang, text)
    found = [a.code() for a in resolve_words(actors, mention, nth)]
    assert found == expected


def test_entities_mentions_share_one_id(coder):
    actors = read(coder, "en", "Ghanaian President Kofi Mensah visited Lomé. Mensah then met the press. He left.")
    ids = {a.entity for words, nth in (("Kofi Mensah", 0), ("Mensah", 1), ("He", 0))
           for a in resolve_words(actors, words, nth)}
    assert len(ids) == 1 and None not in ids


def test_entities_first_person_is_the_speaker(coder):
    for lang, text in (
            ("en", "\"We have waited long enough,\" South African President Cyril Ramaphosa said. \"I urge "
                   "Mozambique to release the detainees.\""),
            ("fr", "« Nous avons assez attendu », a déclaré le président sud-africain Cyril Ramaphosa. « J'exhorte "
                   "le Mozambique à libérer les détenus. »")):
        events = [e for e in code_text(coder, text, lang) if e.event_type == "REQUEST"]
        assert ("ZAF", "MOZ") in {codes(e) for e in events}, (lang, [codes(e) for e in events])


def test_entities_records_name_their_entities(coder):
    text = "Kenya hosted Uganda on Monday. Kenya then criticised Uganda."
    events = code_text(coder, text, "en")
    sources = {e.source.entity for e in events}
    targets = {e.target.entity for e in events if e.target}
    assert len(sources) == 1 and len(targets) == 1 and sources != targets
    assert all(i and i.startswith("e") for i in sources | targets)


def test_entities_ids_follow_first_mention(coder):
    events = code_text(coder, "Kenya hosted Uganda on Monday.", "en")
    assert (events[0].source.entity, events[0].target.entity) == ("e1", "e2")
