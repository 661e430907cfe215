"""What a clause points back to: object pronouns and clitics ("l'a félicité", "urging it to"),
relative pronouns that are not the subject ("à qui il a demandé"), "the latter", "ce dernier", an
act told as the same as an earlier one ("followed suit", "des mesures similaires"), those who did
the same ("as did Nigeria", "tout comme le Nigeria"), an ambush
blamed on someone, a protest outside a foreign embassy, people held by no one named, and the words
French and English must share (supporters, house arrest, loyalty, condolences); in both languages,
with the real pipelines, on short stories written for these tests."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import pairs_of

GH = "Le président ghanéen est arrivé lundi à Lomé. "
GH_EN = "Ghana's president arrived in Lome on Monday. "

# (lang, story, event type, source, target): the record the story must give
RECORDS = [
    # a clitic object stands for the person named before, as "him" does
    ("fr", GH + "Le président togolais l'a remercié mardi pour son aide.", "SUPPORT", "TGO", "GHA"),
    ("fr", GH + "Le président togolais l'a accusé mardi de mentir.", "ACCUSE", "TGO", "GHA"),
    ("fr", "Le président ghanéen Nana Akufo-Addo est arrivé lundi à Lomé. Le Togo le reconnaît comme président "
     "légitime.", "SUPPORT", "TGO", "GHA"),
    ("en", GH_EN + "Togo's president thanked him on Tuesday for his help.", "SUPPORT", "TGO", "GHA"),
    # ... and a dative clitic is whom the light verb's noun is addressed to
    ("fr", GH + "Le président togolais lui a présenté ses excuses mardi.", "SUPPORT", "TGO", "GHA"),
    ("fr", GH + "Le président togolais lui a adressé ses félicitations mardi.", "SUPPORT", "TGO", "GHA"),
    ("en", GH_EN + "Togo's president offered him his apologies on Tuesday.", "SUPPORT", "TGO", "GHA"),
    # an object pronoun of a participle clause stands for the object of the verb it hangs on
    ("en", "Tensions rose. Ghana's president criticised Togo on Monday, urging it to free the detainees.",
     "REQUEST", "GHA", "TGO"),
    ("fr", "La tension monte. Le président ghanéen a critiqué lundi le Togo, le pressant de libérer les détenus.",
     "REQUEST", "GHA", "TGO"),
    ("fr", "La tension monte. Le président ghanéen a assuré mardi ne pas chercher à « provoquer » Lomé, tout en la "
     "pressant de traiter l'affaire avec sérieux.", "REQUEST", "GHA", "TGO"),
    ("en", "Tensions rose. Ghana's president said on Tuesday he did not seek to provoke Lome, while urging it to "
     "treat the matter seriously.", "REQUEST", "GHA", "TGO"),
    # "the latter", "ce dernier" is the party named last
    ("fr", GH + "Le président ghanéen a reçu son homologue togolais. Ce dernier a promis de libérer les détenus "
     "ghanéens.", "AGREE", "TGO", "GHA"),
    ("en", GH_EN + "Ghana's president received his Togolese counterpart. The latter promised to free the Ghanaian "
     "detainees.", "AGREE", "TGO", "GHA"),
    # a relative pronoun that is not the subject stands for the noun just before it, wherever the parse hangs it
    ("fr", "La tension monte. Le président ghanéen a rencontré lundi son homologue togolais, à qui il a demandé "
     "de libérer les détenus.", "REQUEST", "GHA", "TGO"),
    ("en", "Tensions rose. Ghana's president met his Togolese counterpart on Monday, whom he asked to free the "
     "detainees.", "REQUEST", "GHA", "TGO"),
    # an act told as the same as an earlier one is done by its subject to the same target
    ("fr", "La tension monte. Le Ghana a imposé lundi des sanctions au Togo. Le Bénin et le Nigeria ont annoncé "
     "des mesures similaires mardi.", "SANCTION", "NGA", "TGO"),
    ("fr", "La tension monte. Le Ghana a expulsé lundi deux diplomates togolais. Le Bénin a pris la même mesure "
     "mardi.", "SANCTION", "BEN", "TGO"),
    ("fr", "La tension monte. Le Ghana a expulsé lundi deux diplomates togolais. Le Bénin lui a emboîté le pas "
     "mardi.", "SANCTION", "BEN", "TGO"),
    ("en", "Tensions rose. Ghana expelled two Togolese diplomats on Monday. Benin followed suit on Tuesday.",
     "SANCTION", "BEN", "TGO"),
    ("en", "Tensions rose. Ghana expelled two Togolese diplomats on Monday. Benin did the same on Tuesday.",
     "SANCTION", "BEN", "TGO"),
    ("en", "Tensions rose. Ghana condemned the coup in Togo on Monday. Benin did the same on Tuesday.",
     "ACCUSE", "BEN", "TGO"),
    ("en", "Tensions rose. Ghana imposed sanctions on Togo on Monday. Benin and Nigeria announced similar measures "
     "on Tuesday.", "SANCTION", "BEN", "TGO"),
    # ... and an act of its type told as like it is aimed where it was
    ("en", "Tensions rose. Ghana imposed sanctions on Togo on Monday. Benin and Nigeria announced sanctions of "
     "their own on Tuesday.", "SANCTION", "NGA", "TGO"),
    ("fr", "La tension monte. Le Ghana a imposé lundi des sanctions au Togo. Le Bénin a annoncé mardi ses propres "
     "sanctions.", "SANCTION", "BEN", "TGO"),
    # an attack blamed on someone is theirs
    ("en", "Tensions rose. Two Ghanaian soldiers were killed on Thursday in an ambush that Accra blamed on "
     "Togolese rebels.", "ASSAULT", "TGO", "GHA"),
    ("en", "Tensions rose. Two Ghanaian soldiers were killed on Thursday in an ambush that Accra blamed on "
     "Togolese rebels.", "ACCUSE", "GHA", "TGO"),
    # a noun phrase after the comma of a fronted "selon" phrase is the subject
    ("fr", "La tension monte. Selon le ministère ghanéen de la Défense, des troupes togolaises ont bombardé mardi "
     "un village frontalier, tuant deux civils.", "ASSAULT", "TGO", "GHA"),
    # who did the same, told after the clause, acts too
    ("fr", "La tension monte. Le Ghana a condamné lundi le coup d'Etat au Togo, tout comme le Nigeria.",
     "ACCUSE", "NGA", "TGO"),
    ("en", "Tensions rose. Ghana condemned the coup in Togo on Monday, as did Nigeria.", "ACCUSE", "NGA", "TGO"),
    ("fr", "La tension monte. Le coup d'Etat au Togo a été condamné lundi par le Ghana, ainsi que par le secrétaire "
     "général de l'ONU.", "ACCUSE", "UN", "TGO"),
    # criticism drawn, faced or suffered comes from the one who criticises
    ("fr", "La tension monte. La junte togolaise a dissous lundi le Parlement, s'attirant les condamnations du "
     "Ghana et du Nigeria.", "ACCUSE", "GHA", "TGO"),
    ("fr", "La tension monte. Le Togo a essuyé lundi les critiques du Ghana.", "ACCUSE", "GHA", "TGO"),
    ("en", "Tensions rose. Togo faced criticism from Ghana on Monday.", "ACCUSE", "GHA", "TGO"),
    # who is asked is who must act in the clause the demand governs
    ("fr", "La tension monte. Le Ghana a demandé lundi que le Togo libère les détenus.", "REQUEST", "GHA", "TGO"),
    ("en", "Tensions rose. Ghana asked on Monday that Togo free the detainees.", "REQUEST", "GHA", "TGO"),
    # ships named by their flag are not the official of that flag named before
    ("en", "Tensions rose. Ghana summoned a senior Togolese diplomat on Monday. Accra demands that Togolese "
     "vessels leave its waters.", "REQUEST", "GHA", "TGO"),
    # troops of two sides that clash fight each other
    ("fr", "La tension monte. Des soldats ghanéens et togolais se sont affrontés mardi près de la ville frontalière "
     "d'Aflao.", "ASSAULT", "TGO", "GHA"),
    ("en", "Tensions rose. Ghanaian and Togolese troops clashed on Tuesday near the border town of Aflao.",
     "ASSAULT", "GHA", "TGO"),
    # talks a journey is made for are the traveller's
    ("en", "Tensions rose. Nigeria's foreign minister flew to Lome on Wednesday for talks with Togolese President "
     "Faure Gnassingbe.", "CONSULT", "NGA", "TGO"),
    ("fr", "La tension monte. Le ministre nigérian des Affaires étrangères est arrivé mercredi à Lomé pour des "
     "entretiens avec le président togolais.", "CONSULT", "NGA", "TGO"),
    # a protest outside a foreign embassy is aimed at its country, held where the city is
    ("en", "Tensions rose. Hundreds of protesters rallied outside the French embassy in Niamey on Saturday.",
     "PROTEST", "NER", "FRA"),
    ("fr", "La tension monte. Des centaines de manifestants se sont rassemblés samedi devant l'ambassade de France "
     "à Niamey.", "PROTEST", "NER", "FRA"),
    # supporters, protest leaders and mayors are actors in both languages
    ("fr", "La tension monte. Au Pérou, des partisans de l'ex-président ont manifesté jeudi à Lima.",
     "PROTEST", "PER", "PER"),
    ("en", "Tensions rose. In Peru, supporters protested in Lima on Thursday.", "PROTEST", "PER", "PER"),
    ("fr", "La tension monte. Au Soudan, les meneurs de la contestation ont rejeté jeudi l'offre de l'armée.",
     "REJECT", "SDN", "SDN"),
    # house arrest, done by someone named or by no one named
    ("en", "Tensions rose. Gabonese soldiers placed President Ali Bongo under house arrest on Wednesday.",
     "COERCE", "GAB", "GAB"),
    ("fr", "La tension monte. Des militaires gabonais ont placé le président Ali Bongo en résidence surveillée "
     "mercredi.", "COERCE", "GAB", "GAB"),
    ("en", "Tensions rose. Gabon's ousted president Ali Bongo was placed under house arrest on Wednesday.",
     "COERCE", "GAB", "GAB"),
    ("fr", "La tension monte. Le président gabonais Ali Bongo a été assigné à résidence mercredi.",
     "COERCE", "GAB", "GAB"),
    ("en", "Tensions rose. Gabon's president Ali Bongo was arrested on Wednesday.", "COERCE", "GAB", "GAB"),
    # a name whose middle part the parser took for a noun is still one name, which its surname recalls
    ("fr", "La tension monte. Le général bolivien Juan José Zúñiga a pris la tête de la tentative de coup d'Etat. "
     "Le général Zúñiga a été arrêté peu après.", "COERCE", "BOL", "BOL"),
    # the two countries' chiefs are both countries' chiefs
    ("en", "Tensions rose. Ghana and Togo accused each other on Monday of breaking a ceasefire. Hours earlier, the "
     "two countries' national security chiefs had agreed a truce starting at 4 p.m.", "AGREE", "GHA", "TGO"),
    # ordering a state to close its mission is closing it (CAMEO 1663)
    ("en", "Tensions rose. Ghana ordered Togo on Friday to close its consulate in Kumasi.", "SANCTION", "GHA", "TGO"),
    ("fr", "La tension monte. Le Ghana a donné mardi 72 heures au Togo pour évacuer son consulat à Kumasi.",
     "SANCTION", "GHA", "TGO"),
    # what a verb of naming calls its object tells whom it blames
    ("en", "Tensions rose. Ghana's foreign ministry announced the closure of the border on Monday, calling it a "
     "response to Togo's reckless provocations.", "ACCUSE", "GHA", "TGO"),
    # a partitive after a day the parser read as the object is the object
    ("fr", "La tension monte. L'artillerie togolaise a pilonné mardi des positions ghanéennes.",
     "ASSAULT", "TGO", "GHA"),
    ("fr", "La tension monte. Le Ghana a haussé le ton mardi contre le Togo.", "ACCUSE", "GHA", "TGO"),
    # loyalty and condolences are support
    ("fr", "La tension monte. L'armée vénézuélienne a réaffirmé jeudi sa loyauté à Nicolas Maduro.",
     "SUPPORT", "VEN", "VEN"),
    ("en", "Tensions rose. Venezuela's army reaffirmed its loyalty to Nicolas Maduro on Thursday.",
     "SUPPORT", "VEN", "VEN"),
    ("en", "Tensions rose. Nigeria's president sent his condolences to Ghana's president.", "SUPPORT", "NGA", "GHA"),
    ("en", "Tensions rose. Nigeria's president sent his congratulations to Ghana's new president.",
     "SUPPORT", "NGA", "GHA"),
    # an object relative "which" stands for the group its clause hangs on, whose country the story gives
    ("en", "Tensions rose. Ethiopia's prime minister vowed on Sunday to crush the Fano militia, which he accused of "
     "attacking civilians.", "ACCUSE", "ETH", "ETH"),
    ("fr", "La tension monte. Le Premier ministre éthiopien a promis dimanche d'écraser la milice Fano, qu'il a "
     "accusée d'attaquer des civils.", "ACCUSE", "ETH", "ETH"),
    # an infinitive the parser hung on the day is what the verb promised
    ("fr", "La tension monte. Le Premier ministre éthiopien a promis dimanche d'écraser la milice Fano.", "THREATEN",
     "ETH", "ETH"),
    # "the head of state" is the president named before (not one who held the office later)
    ("fr", "La tension monte. Le président ghanéen Nana Akufo-Addo a accusé dimanche le Togo d'avoir abattu un "
     "drone. Le chef de l'Etat a exigé que le Togo présente des excuses.", "REQUEST", "GHA", "TGO"),
    ("en", "Tensions rose. Ghana's President Nana Akufo-Addo accused Togo on Sunday of downing a drone. The head of "
     "state demanded that Togo apologise.", "REQUEST", "GHA", "TGO"),
    ("en", "Tensions rose. Ghana's President Nana Akufo-Addo accused Togo on Sunday of downing a drone.",
     "ASSAULT", "TGO", "GHA"),
    # the first lady, in French too
    ("fr", "La tension monte. Le président de transition gabonais a gracié mercredi l'ancienne première dame.",
     "RETREAT", "GAB", "GAB"),
]

# (lang, story, event type, source, target): a record the story must not give
NOT_GIVEN = [
    # "the same day" repeats no act
    ("en", "Tensions rose. Ghana expelled two Togolese diplomats on Monday. Benin met Togo's president the same day.",
     "SANCTION", "BEN", "TGO"),
    ("fr", "La tension monte. Le Ghana a expulsé lundi deux diplomates togolais. Le Bénin a rencontré le président "
     "togolais le même jour.", "SANCTION", "BEN", "TGO"),
    # a call that names its object is no phone call
    ("en", "Tensions rose. Senegal's prime minister criticised France on Saturday, calling its military presence "
     "in Dakar a relic of colonialism.", "CONSULT", "SEN", "SEN"),
    # criticism drawn is not the criticised party's
    ("fr", "La tension monte. Le Togo a essuyé lundi les critiques du Ghana.", "ACCUSE", "TGO", "GHA"),
    ("en", "Tensions rose. Ghana asked on Monday that Togo free the detainees.", "REQUEST", "GHA", "GHA"),
    # governments that clash in words do not fight
    ("en", "Tensions rose. The governments of Ghana and Togo clashed in May over trade.", "ASSAULT", "GHA", "TGO"),
    # "le dernier sommet" is no "ce dernier"
    ("fr", "La tension monte. Le président togolais est arrivé lundi. Le Ghana a tenu lundi son dernier sommet avec "
     "le Togo.", "CONSULT", "TGO", "TGO"),
    # an act like another that names its own target keeps it
    ("en", "Tensions rose. Ghana imposed sanctions on Togo on Monday. Benin imposed its own sanctions on Nigeria "
     "on Tuesday.", "SANCTION", "BEN", "TGO"),
    # reopening is no closing
    ("en", "Tensions rose. Ghana urged Togo to reopen its embassy in Accra.", "SANCTION", "GHA", "TGO"),
    # "as" a speaker said is no one doing the same
    ("en", "Tensions rose. Ghana condemned the coup in Togo on Monday, as Nigeria's foreign minister said.",
     "ACCUSE", "NGA", "TGO"),
    # condolences are not aid
    ("en", "Tensions rose. Nigeria's president sent his condolences to Ghana's president.", "AID", "NGA", "GHA"),
    # a relative clause's "it" is the thing it is about, not a country named before
    ("en", "Tensions rose. Washington asked Ghana to put a ceasefire proposal to the Togolese, who accepted it.",
     "AGREE", "TGO", "GHA"),
    # "…, which X denies" after a place is the claim denied, not the place
    ("en", "Tensions rose. Ghana accused Togo of supplying weapons to rebels for use in Benin, which Lome denies.",
     "REJECT", "TGO", "BEN"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "source", "target"), RECORDS,
                         ids=[f"{c[0]}-{c[1][15:70]}" for c in RECORDS])
def test_pointing_back_record(coder, lang, text, etype, source, target):
    pairs = pairs_of(coder, text, lang, etype)
    assert (source, target) in pairs, f"expected {etype} {source} -> {target}, got {pairs}"


@pytest.mark.parametrize(("lang", "text", "etype", "source", "target"), NOT_GIVEN,
                         ids=[f"{c[0]}-{c[1][15:70]}" for c in NOT_GIVEN])
def test_pointing_back_no_record(coder, lang, text, etype, source, target):
    assert (source, target) not in pairs_of(coder, text, lang, etype)


STORY = ("LOME, May 3 (Reuters) - Ghana's President Nana Akufo-Addo visited Togo on Friday, arriving from Benin, "
         "where he had met President Patrice Talon on Thursday. He embraced Faure Gnassingbe before the two leaders "
         "laid a wreath at a memorial. The two governments signed four agreements covering trade and energy.")
CODE = ("import datetime as dt, sys\n"
        "from froissart.coder import Coder\n"
        "from froissart.model import Article\n"
        "article = Article(text=sys.argv[1], id='x', language='en', published=dt.date(2024, 5, 3))\n"
        "for r in Coder().code(article):\n"
        "    print(r.event_id, r.event_type, r.source.code(), r.target.code() if r.target else None)\n")


def test_pointing_back_same_records_whatever_the_hash_seed():
    """"The two governments" are the same two countries in every process (the set of the
    story's parties has no order of its own), and they are the parties the story met."""
    runs = set()
    for seed in ("1", "2", "3", "4"):
        done = subprocess.run([sys.executable, "-c", CODE, STORY], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        runs.add(done.stdout)
    assert len(runs) == 1, runs
    out = runs.pop()
    assert "SUPPORT GHA TGO" in out or "SUPPORT TGO GHA" in out, out  # the two parties, in either order
