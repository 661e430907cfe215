"""Targets told by the story (story.py), in both languages, on short stories written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code_text, codes, pairs_of

# (lang, story, event type, source, target): the record the story must give
RECORDS = [
    # an act named by a noun: whoever did it
    ("en", "Armenia shelled villages in Azerbaijan on Monday. On Tuesday, Turkey condemned the attack.",
     "ACCUSE", "TUR", "ARM"),
    ("fr", "L'Arménie a bombardé lundi des villages en Azerbaïdjan. Mardi, la Turquie a condamné l'attaque.",
     "ACCUSE", "TUR", "ARM"),
    # a cooperative reaction to a mutual act: its parties
    ("en", "Peru and Chile signed a fishing agreement on Monday. Brazil welcomed the agreement.",
     "SUPPORT", "BRA", "PER"),
    ("fr", "Le Pérou et le Chili ont signé lundi un accord de pêche. Le Brésil a salué l'accord.",
     "SUPPORT", "BRA", "CHL"),
    # a step or an advance welcomed: the parties of the act it names
    ("fr", "Le Togo et le Bénin ont signé lundi à Abuja un accord de paix. Le Nigeria a salué cette avancée.",
     "SUPPORT", "NGA", "BEN"),
    ("fr", "Le Togo et le Bénin ont signé lundi un accord de paix. Le secrétaire général de l'ONU a salué mardi "
     "« une étape importante vers la désescalade ».", "SUPPORT", "UN", "TGO"),
    # the owner of what is reacted to, however deep
    ("en", "Ghana and Togo met in Accra. Nigeria criticised what it called Ghana's \"hasty\" decision.",
     "ACCUSE", "NGA", "GHA"),
    ("fr", "Le Ghana et le Togo se sont rencontrés à Accra. Le Nigeria a critiqué la décision ghanéenne.",
     "ACCUSE", "NGA", "GHA"),
    # a response is aimed at whoever acted against the responder
    ("en", "Serbia expelled two Croatian diplomats on Monday. Croatia promised a response.",
     "THREATEN", "HRV", "SRB"),
    ("fr", "La Serbie a expulsé lundi deux diplomates croates. La Croatie a promis une riposte.",
     "THREATEN", "HRV", "SRB"),
    # a demand for a release is made to whoever holds the prisoners
    ("en", "Police in Uganda arrested twelve opposition activists on Friday. The opposition demanded their release.",
     "REQUEST", "UGA", "UGA"),
    ("fr", "La police ougandaise a arrêté vendredi douze militants. L'opposition a exigé leur libération.",
     "REQUEST", "UGA", "UGA"),
    # "both sides": the two sides of the story's act
    ("en", "Armenia and Azerbaijan signed a peace accord on Monday. \"I urge both sides to implement it,\" the UN "
           "chief said.", "REQUEST", "UN", "ARM"),
    ("fr", "L'Arménie et l'Azerbaïdjan ont signé lundi un accord de paix. « J'appelle les deux parties à l'appliquer "
           "sans tarder », a déclaré le chef de l'ONU.", "REQUEST", "UN", "AZE"),
    # a protest with no one named is aimed at the protesters' own government
    ("en", "Thousands of Ghanaians protested in Accra on Thursday against fuel prices. Police used water cannon.",
     "PROTEST", "GHA", "GHA"),
    ("fr", "Des milliers de Ghanéens ont manifesté jeudi à Accra contre la vie chère. Les policiers ont utilisé des "
           "canons à eau.", "PROTEST", "GHA", "GHA"),
    # a protest held to denounce an act is aimed at its author
    ("en", "Israeli jets struck targets in Lebanon on Sunday. Thousands rallied in Beirut on Monday to denounce the "
           "strikes.", "PROTEST", "LBN", "ISR"),
    # an act reported in an accusation is coded by the accused, aimed at the accuser
    ("en", "Bolivia accused Peruvian troops of shelling a border post.", "ASSAULT", "PER", "BOL"),
    ("fr", "La Bolivie a accusé les troupes péruviennes d'avoir bombardé un poste frontière.", "ASSAULT", "PER", "BOL"),
    # a promised response: aimed at whoever acted against the speaker, or whom its condition names
    ("en", "Hungary expelled two Slovak diplomats on Monday. Slovakia said \"a response will follow\".",
     "THREATEN", "SVK", "HUN"),
    ("en", "Ghana said that if Togo closes the border again, its response will be firm.", "THREATEN", "GHA", "TGO"),
    ("fr", "Le Ghana a prévenu que si le Togo ferme encore la frontière, il y aura des représailles.",
     "THREATEN", "GHA", "TGO"),
    ("en", "Chad shelled Sudanese villages. \"Chad will pay a heavy price,\" a Sudanese minister said.",
     "THREATEN", "SDN", "TCD"),
    ("fr", "Le Tchad a bombardé des villages soudanais. « Le Tchad paiera le prix fort », a déclaré un ministre "
           "soudanais.", "THREATEN", "SDN", "TCD"),
    # a place a thing goes to owns nothing
    ("en", "Chad shelled a Sudanese convoy on Monday. Egypt condemned the shelling of the Cairo-to-Khartoum convoy.",
     "ACCUSE", "EGY", "TCD"),
    # a reaction to "the attack" answers what a sentence tells, not what it tells in passing
    ("en", "Chad shelled Sudanese villages in response to months of raids by Sudanese rebels. Egypt condemned the "
           "shelling.", "ACCUSE", "EGY", "TCD"),
    # a hostile act naming no one is aimed at the other party of its author's dealings in the lead
    ("en", "Peru and Chile signed a truce on Monday. On Tuesday, Chile warned of consequences for any violation.",
     "THREATEN", "CHL", "PER"),
    ("fr", "Le Pérou et le Chili ont signé une trêve lundi. Mardi, le Chili a menacé de représailles.",
     "THREATEN", "CHL", "PER"),
    # a reaction naming nothing answers the news of the lead
    ("en", "Tanzanian soldiers seized the port of Kigoma on Monday. The African Union threatened sanctions.",
     "THREATEN", "AU", "TZA"),
    # an act named through the noun of what was done to it ("the signing of the treaty")
    ("en", "Togo and Benin signed a peace treaty on Monday. Ghana welcomed the signing of the treaty.",
     "SUPPORT", "GHA", "BEN"),
    ("fr", "Le Togo et le Bénin ont signé lundi un traité de paix. Le Ghana a salué la signature du traité.",
     "SUPPORT", "GHA", "TGO"),
    ("fr", "Le Mali et le Niger ont signé lundi un traité. Le Tchad a salué la finalisation du texte du traité.",
     "SUPPORT", "TCD", "NER"),
    ("fr", "Le Niger a arrêté deux pêcheurs béninois. La diplomatie béninoise exprime « une ferme protestation ».",
     "ACCUSE", "BEN", "NER"),
    # an act coordinated with another of the same authors is aimed at its target
    ("en", "Talks failed. Benin recalled its ambassador to Niger on Sunday and demanded an apology.", "REQUEST",
     "BEN", "NER"),
    ("fr", "Les pourparlers ont échoué. Le Bénin a rappelé dimanche son ambassadeur au Niger et exigé des excuses.",
     "REQUEST", "BEN", "NER"),
    # a response promised on a condition is a threat to the condition's subject (not a response by how)
    ("en", "The United States will respond accordingly if Niger deploys troops to Benin.", "THREATEN", "USA", "NER"),
    # a retaliation by tariffs is a sanction
    ("fr", "Le Niger a imposé des droits de douane sur les produits béninois. Le Bénin a aussitôt riposté par des "
           "droits de douane sur les marchandises nigériennes.", "SANCTION", "BEN", "NER"),
    ("en", "Niger imposed tariffs on Beninese goods. Benin retaliated with tariffs on goods from Niger.", "SANCTION",
     "BEN", "NER"),
    # "its neighbour", "son ancienne colonie": the other country the story is about
    ("en", "Benin closed its border with Niger on Monday. On Tuesday, Niger urged its neighbour to reopen it.",
     "REQUEST", "NER", "BEN"),
    ("fr", "Des militaires ont renversé le président du Niger mercredi. La France a suspendu samedi toute son aide "
           "à son ancienne colonie.", "SANCTION", "FRA", "NER"),
    # an act named by the noun of its verb ("the closure" of "closed")
    ("en", "Benin closed its border with Niger on Monday. The European Union condemned the closure.",
     "ACCUSE", "EU", "BEN"),
    ("fr", "Le Bénin a fermé sa frontière avec le Niger lundi. L'Union européenne a condamné la fermeture.",
     "ACCUSE", "EU", "BEN"),
    # an attack on what "its" owns, in a clause someone reports, hits the reporter
    ("en", "Kyrgyzstan said Tajik forces had kept shelling its positions overnight.", "ASSAULT", "TJK", "KGZ"),
    ("en", "Togo said on Monday that Ghanaian troops attacked its border posts.", "ASSAULT", "GHA", "TGO"),
    ("fr", "Le Togo a affirmé lundi que les forces ghanéennes avaient bombardé ses positions.", "ASSAULT", "GHA",
     "TGO"),
]

# (lang, story, event type): an act aimed at no one the story names is left out of a story
UNTARGETED = [
    ("en", "Chile held elections on Sunday. The president said the country must be ready.", "REQUEST"),
    ("fr", "Le Chili a voté dimanche. Le président a estimé que le pays devait être prêt.", "REQUEST"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "source", "target"), RECORDS,
                         ids=[f"{c[0]}-{c[1][:40]}" for c in RECORDS])
def test_story_target(coder, lang, text, etype, source, target):
    pairs = pairs_of(coder, text, lang, etype)
    assert (source, target) in pairs, f"expected {etype} {source} -> {target}, got {pairs}"


@pytest.mark.parametrize(("lang", "text", "etype"), UNTARGETED, ids=[f"{c[0]}-{c[1][:40]}" for c in UNTARGETED])
def test_story_untargeted_left_out(coder, lang, text, etype):
    assert not [e for e in code_text(coder, text, lang) if e.event_type == etype]


def test_story_untargeted_kept_for_one_sentence(coder):
    """A sentence alone (a headline, a sentence set) has no story to tell the target."""
    events = code_text(coder, "The Dutch government condemned the decision.", "en")
    assert [codes(e) for e in events if e.event_type == "ACCUSE"] == [("NLD", None)]


def test_story_rule_says_where_the_target_came_from(coder):
    events = code_text(coder, RECORDS[0][1], "en")
    accuse = next(e for e in events if e.event_type == "ACCUSE")
    assert "target: act referred to" in accuse.rule


def test_story_one_record_per_event_and_pair(coder):
    text = ("Fiji and Samoa signed a trade pact on Monday. Officials said Fiji and Samoa had signed a trade pact. "
            "Tonga welcomed the pact.")
    events = code_text(coder, text, "en")
    keys = [(e.event_type, *codes(e), e.date) for e in events]
    assert len(keys) == len(set(keys)), keys


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chilean jets struck Peru on Monday. Thousands rallied in Lima on Tuesday to denounce the strikes."),
    ("fr", "Des avions chiliens ont frappé le Pérou lundi. Des milliers de personnes ont manifesté mardi à Lima pour "
           "dénoncer les frappes."),
])
def test_story_a_protest_is_the_denunciation(coder, lang, text):
    """A protest held to denounce an act is the denunciation, told once: as a protest."""
    types = [e.event_type for e in code_text(coder, text, lang) if e.source.code() == "PER"]
    assert "PROTEST" in types and "ACCUSE" not in types


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iranian forces fired missiles at Iraq on Monday. The Iranian leader called the strikes a great victory."),
    ("fr", "Les forces iraniennes ont tiré des missiles sur l'Irak lundi. Le guide iranien a qualifié ces frappes de "
           "grande victoire."),
])
def test_story_a_state_does_not_answer_its_own_act(coder, lang, text):
    """A leader speaking of his own forces' strikes is not aimed at his own state."""
    pairs = {codes(e) for e in code_text(coder, text, lang)}
    assert ("IRN", "IRN") not in pairs

