"""French triggers of all 16 PLOVER types, their argument roles and status, with the real pipeline."""

from __future__ import annotations

import pytest

from tests.conftest import code_text, codes

# (sentence, type, source, target); target None when the sentence names nobody acted on
CASES = [
    ("Le Japon et les États-Unis ont convenu de renforcer leur alliance.", "AGREE", "JPN", "USA"),
    ("La France s'est engagée à reconstruire l'hôpital avec le Liban.", "AGREE", "FRA", None),
    ("L'Inde a promis au Népal une nouvelle route.", "AGREE", "IND", "NPL"),
    ("Le Maroc et l'Espagne se sont mis d'accord pour partager les droits de pêche.", "AGREE", "MAR", "ESP"),
    ("Le Brésil a proposé à l'Argentine une union douanière.", "AGREE", "BRA", "ARG"),
    ("Le président chinois a rencontré son homologue russe à Pékin.", "CONSULT", "CHN", "RUS"),
    ("Le ministre turc s'est entretenu avec son homologue grec.", "CONSULT", "TUR", "GRC"),
    ("Le Qatar a accueilli des pourparlers entre Israël et le Hamas.", "CONSULT", "ISR", "PSE"),
    ("Le chancelier allemand a reçu le Premier ministre polonais.", "CONSULT", "DEU", "POL"),
    ("Le ministre indien s'est rendu au Japon.", "CONSULT", "IND", "JPN"),
    ("La France a salué la décision du Sénégal.", "SUPPORT", "FRA", "SEN"),
    ("Le Canada soutient l'Ukraine.", "SUPPORT", "CAN", "UKR"),
    ("Le Kenya a félicité le président tanzanien.", "SUPPORT", "KEN", "TZA"),
    ("Le Mexique a reconnu le nouveau gouvernement bolivien.", "SUPPORT", "MEX", "BOL"),
    ("L'Italie a signé un traité avec la Tunisie.", "SUPPORT", "ITA", "TUN"),
    ("Le Maroc et l'Espagne ont conclu un accord sur la pêche.", "SUPPORT", "MAR", "ESP"),
    ("L'Union européenne a levé les sanctions contre la Syrie.", "CONCEDE", "EU", "SYR"),
    ("La Chine a assoupli les restrictions imposées au Japon.", "CONCEDE", "CHN", None),
    ("Le gouvernement colombien a cédé aux syndicats.", "CONCEDE", "COL", "COL"),
    ("Le Soudan a allégé le couvre-feu.", "CONCEDE", "SDN", None),
    ("La Serbie a concédé au Kosovo le contrôle du poste frontière.", "CONCEDE", "SRB", "XKX"),
    ("La France et l'Allemagne coopèrent dans la lutte antiterroriste.", "COOPERATE", "FRA", "DEU"),
    ("La Suède collabore avec la Finlande sur la défense.", "COOPERATE", "SWE", "FIN"),
    ("L'Espagne a extradé un suspect vers la France.", "COOPERATE", "ESP", "FRA"),
    ("Le Chili travaille avec le Pérou contre la pêche illégale.", "COOPERATE", "CHL", "PER"),
    ("Les armées indienne et française ont mené une coopération navale.", "COOPERATE", "IND", "FRA"),
    ("Le Japon a fourni une aide humanitaire aux Philippines.", "AID", "JPN", "PHL"),
    ("Les États-Unis ont livré des missiles à l'Ukraine.", "AID", "USA", "UKR"),
    ("L'Allemagne a envoyé des médecins au Soudan.", "AID", "DEU", "SDN"),
    ("La Banque mondiale a financé le Niger.", "AID", "WB", "NER"),
    ("Le Qatar a octroyé un prêt au Liban.", "AID", "QAT", "LBN"),
    ("Le Venezuela a libéré trois opposants.", "RETREAT", "VEN", "VEN"),
    ("La Russie a retiré ses troupes de la frontière.", "RETREAT", "RUS", None),
    ("Le Premier ministre péruvien a démissionné.", "RETREAT", "PER", "PER"),  # aimed at his own state
    ("Le Mali a relâché deux otages allemands.", "RETREAT", "MLI", "DEU"),
    ("L'Iran a libéré un journaliste français.", "RETREAT", "IRN", "FRA"),
    ("L'ONU a appelé Israël à cesser les combats.", "REQUEST", "UN", "ISR"),
    ("Le Pape a exhorté la Russie à négocier.", "REQUEST", None, "RUS"),
    ("Le Niger a demandé à la France de retirer ses soldats.", "REQUEST", "NER", "FRA"),
    ("L'Ukraine réclame des armes à l'OTAN.", "REQUEST", "UKR", "NATO"),
    ("Le Liban a exigé de l'ONU une enquête.", "REQUEST", "LBN", "UN"),
    ("La Chine a accusé les États-Unis d'ingérence.", "ACCUSE", "CHN", "USA"),
    ("La France a condamné l'attaque de la Russie.", "ACCUSE", "FRA", "RUS"),
    ("L'Algérie a dénoncé la politique marocaine.", "ACCUSE", "DZA", "MAR"),
    ("Le Brésil a critiqué l'Argentine.", "ACCUSE", "BRA", "ARG"),
    ("Le Japon s'inquiète des essais nord-coréens.", "ACCUSE", "JPN", "PRK"),
    ("La Russie a rejeté la proposition ukrainienne.", "REJECT", "RUS", "UKR"),
    ("L'Iran a refusé l'accès aux inspecteurs de l'AIEA.", "REJECT", "IRN", "IAEA"),
    ("La Hongrie s'oppose à l'adhésion de l'Ukraine.", "REJECT", "HUN", "UKR"),
    ("Le Ghana a repoussé l'offre du Togo.", "REJECT", "GHA", "TGO"),
    ("Le Japon n'a pas rencontré la Chine.", "REJECT", "JPN", "CHN"),
    ("La Corée du Nord a menacé le Japon.", "THREATEN", "PRK", "JPN"),
    ("L'Iran a averti Israël.", "THREATEN", "IRN", "ISR"),
    ("La Turquie menace la Grèce de représailles.", "THREATEN", "TUR", "GRC"),
    ("Le Hamas a lancé un ultimatum à Israël.", "THREATEN", "PSE", "ISR"),
    ("La Russie bombardera l'Ukraine.", "THREATEN", "RUS", "UKR"),
    ("Des milliers de Kényans ont manifesté contre le gouvernement.", "PROTEST", "KEN", "KEN"),
    ("Les étudiants chiliens ont protesté contre la réforme.", "PROTEST", "CHL", "CHL"),
    ("Les agriculteurs français ont défilé à Paris.", "PROTEST", "FRA", "FRA"),
    ("Les syndicats nigérians ont lancé une grève contre le gouvernement.", "PROTEST", "NGA", "NGA"),
    ("Les opposants géorgiens ont boycotté les élections.", "PROTEST", "GEO", "GEO"),
    ("Les États-Unis ont sanctionné la Russie.", "SANCTION", "USA", "RUS"),
    ("La France a expulsé deux diplomates russes.", "SANCTION", "FRA", "RUS"),
    ("Le Niger a suspendu sa coopération avec la France.", "SANCTION", "NER", "FRA"),
    ("Le Maroc a rompu avec l'Iran.", "SANCTION", "MAR", "IRN"),
    ("L'Union européenne a imposé un embargo contre la Corée du Nord.", "SANCTION", "EU", "PRK"),
    ("La Chine a déployé des navires contre Taïwan.", "MOBILIZE", "CHN", "TWN"),
    ("La Russie a mobilisé ses réservistes.", "MOBILIZE", "RUS", None),
    ("L'armée indienne a massé des troupes près de la frontière.", "MOBILIZE", "IND", None),
    ("La Pologne a déployé des soldats.", "MOBILIZE", "POL", None),
    ("Le déploiement de troupes turques contre la Syrie inquiète Damas.", "MOBILIZE", "TUR", "SYR"),
    ("La police turque a arrêté des journalistes.", "COERCE", "TUR", "TUR"),
    ("Les autorités iraniennes ont interpellé une militante.", "COERCE", "IRN", "IRN"),
    ("Le gouvernement russe a interdit le parti d'opposition.", "COERCE", "RUS", "RUS"),
    ("La police hongkongaise a détenu un militant.", "COERCE", None, None),
    ("La Chine a emprisonné un journaliste australien.", "COERCE", "CHN", "AUS"),
    ("La Russie a attaqué l'Ukraine.", "ASSAULT", "RUS", "UKR"),
    ("Israël a bombardé Gaza.", "ASSAULT", "ISR", "PSE"),
    ("Les rebelles ont tué dix soldats maliens.", "ASSAULT", None, "MLI"),
    ("L'armée birmane a frappé un village.", "ASSAULT", "MMR", None),
    ("Des djihadistes ont enlevé un prêtre nigérian.", "ASSAULT", None, "NGA"),
]


def _find(events, etype):
    return [e for e in events if e.event_type == etype]


@pytest.mark.parametrize(("sentence", "etype", "source", "target"), CASES, ids=[c[0][:50] for c in CASES])
def test_events_trigger_type_fr(coder, sentence, etype, source, target):
    events = code_text(coder, sentence, "fr")
    assert _find(events, etype), f"expected {etype}, got {[e.event_type for e in events]}"


@pytest.mark.parametrize(("sentence", "etype", "source", "target"),
                         [c for c in CASES if c[2] is not None], ids=[c[0][:50] for c in CASES if c[2] is not None])
def test_events_argument_roles_fr(coder, sentence, etype, source, target):
    events = _find(code_text(coder, sentence, "fr"), etype)
    pairs = {codes(e) for e in events}
    assert (source, target) in pairs or (etype in ("AGREE", "CONSULT", "COOPERATE") and (target, source) in pairs), \
        f"got {pairs}"


@pytest.mark.parametrize(("sentence", "etype", "status"), [
    ("Le Japon rencontrera la Chine la semaine prochaine.", "AGREE", "planned"),
    ("Le Japon prévoit de rencontrer la Chine.", "AGREE", "planned"),
    ("La Russie va attaquer l'Ukraine.", "THREATEN", "planned"),
    ("Le Japon n'a pas rencontré la Chine.", "REJECT", "reported"),
    ("Si la Chine attaque Taïwan, le Japon réagira.", "ASSAULT", "hypothetical"),
    ("La France a condamné la Russie.", "ACCUSE", "reported"),
])
def test_events_status_fr(coder, sentence, etype, status):
    events = _find(code_text(coder, sentence, "fr"), etype)
    assert events and events[0].status == status


def test_events_negated_conflict_is_no_event_fr(coder):
    assert not code_text(coder, "La Russie n'a pas attaqué la Finlande.", "fr")


def test_events_pair_between_fr(coder):
    events = _find(code_text(coder, "Des négociations entre le Japon et la Corée du Sud ont eu lieu à Séoul.", "fr"),
                   "CONSULT")
    assert {frozenset(codes(e)) for e in events} == {frozenset({"JPN", "KOR"})}


def test_events_record_fields_fr(coder):
    text = "Le Japon a condamné jeudi la Corée du Nord."
    event = code_text(coder, text, "fr")[0]
    assert text[event.span[0]:event.span[1]] == event.trigger
    assert (event.cameo, event.quad_class, event.goldstein) == ("111", 3, -2.0)
    assert event.rule.startswith("fr/triggers.tsv:")
    assert event.sentence == text and 0 < event.confidence <= 1
