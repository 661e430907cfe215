"""English triggers of all 16 PLOVER types, their argument roles and status, with the real pipeline."""

from __future__ import annotations

import pytest

from tests.conftest import code_text, codes

CASES = [
    ("Japan and the United States agreed to strengthen their alliance.", "AGREE", "JPN", "USA"),
    ("France pledged to rebuild the hospital.", "AGREE", "FRA", None),
    ("India promised Nepal a new road.", "AGREE", "IND", "NPL"),
    ("Morocco and Spain reached an agreement to share fishing rights.", "AGREE", "MAR", "ESP"),
    ("Brazil offered Argentina a customs union.", "AGREE", "BRA", "ARG"),
    ("The Chinese president met his Russian counterpart in Beijing.", "CONSULT", "CHN", "RUS"),
    ("The Turkish minister talked with his Greek counterpart.", "CONSULT", "TUR", "GRC"),
    ("Qatar hosted talks between Israel and Hamas.", "CONSULT", "ISR", "PSE"),
    ("The German chancellor received the Polish prime minister.", "CONSULT", "DEU", "POL"),
    ("The Indian minister visited Japan.", "CONSULT", "IND", "JPN"),
    ("France praised Senegal.", "SUPPORT", "FRA", "SEN"),
    ("Canada supports Ukraine.", "SUPPORT", "CAN", "UKR"),
    ("Kenya congratulated the Tanzanian president.", "SUPPORT", "KEN", "TZA"),
    ("Mexico recognized the new Bolivian government.", "SUPPORT", "MEX", "BOL"),
    ("Italy signed a treaty with Tunisia.", "SUPPORT", "ITA", "TUN"),
    ("Morocco and Spain reached an agreement on fishing.", "SUPPORT", "MAR", "ESP"),
    ("The European Union lifted sanctions on Syria.", "CONCEDE", "EU", "SYR"),
    ("China eased restrictions on Japanese seafood.", "CONCEDE", "CHN", "JPN"),
    ("The Colombian government yielded to the unions.", "CONCEDE", "COL", "COL"),
    ("Sudan relaxed the curfew.", "CONCEDE", "SDN", None),
    ("Serbia conceded control of the border crossing to Kosovo.", "CONCEDE", "SRB", "XKX"),
    ("France and Germany cooperate in the fight against terrorism.", "COOPERATE", "FRA", "DEU"),
    ("Sweden collaborates with Finland on defense.", "COOPERATE", "SWE", "FIN"),
    ("Spain extradited a suspect to France.", "COOPERATE", "ESP", "FRA"),
    ("Chile works with Peru against illegal fishing.", "COOPERATE", "CHL", "PER"),
    ("India and France held joint exercises.", "COOPERATE", "IND", "FRA"),
    ("Japan provided humanitarian aid to the Philippines.", "AID", "JPN", "PHL"),
    ("The United States delivered missiles to Ukraine.", "AID", "USA", "UKR"),
    ("Germany sent doctors to Sudan.", "AID", "DEU", "SDN"),
    ("The World Bank funded Niger.", "AID", "WB", "NER"),
    ("Qatar granted Lebanon a loan.", "AID", "QAT", "LBN"),
    ("Venezuela released three opposition activists.", "RETREAT", "VEN", "VEN"),
    ("Russia withdrew its troops from the border.", "RETREAT", "RUS", None),
    ("The Peruvian prime minister resigned.", "RETREAT", "PER", "PER"),  # aimed at his own state
    ("Mali freed two German hostages.", "RETREAT", "MLI", "DEU"),
    ("Iran released a French journalist.", "RETREAT", "IRN", "FRA"),
    ("The UN called on Israel to stop the fighting.", "REQUEST", "UN", "ISR"),
    ("The Pope urged Russia to negotiate.", "REQUEST", None, "RUS"),
    ("Niger asked France to withdraw its soldiers.", "REQUEST", "NER", "FRA"),
    ("Ukraine appealed to NATO for weapons.", "REQUEST", "UKR", "NATO"),
    ("Lebanon demanded an investigation from the UN.", "REQUEST", "LBN", "UN"),
    ("China accused the United States of interference.", "ACCUSE", "CHN", "USA"),
    ("France condemned Russia's attack.", "ACCUSE", "FRA", "RUS"),
    ("Algeria denounced Moroccan policy.", "ACCUSE", "DZA", "MAR"),
    ("Brazil criticized Argentina.", "ACCUSE", "BRA", "ARG"),
    ("Japan expressed concern over North Korean missile tests.", "ACCUSE", "JPN", "PRK"),
    ("Russia rejected the Ukrainian proposal.", "REJECT", "RUS", "UKR"),
    ("Iran refused access to IAEA inspectors.", "REJECT", "IRN", "IAEA"),
    ("Hungary opposes Ukraine's membership.", "REJECT", "HUN", "UKR"),
    ("Ghana rebuffed Togo.", "REJECT", "GHA", "TGO"),
    ("Japan did not meet China.", "REJECT", "JPN", "CHN"),
    ("North Korea threatened Japan.", "THREATEN", "PRK", "JPN"),
    ("Iran warned Israel.", "THREATEN", "IRN", "ISR"),
    ("Turkey threatens Greece with retaliation.", "THREATEN", "TUR", "GRC"),
    ("Hamas issued an ultimatum to Israel.", "THREATEN", "PSE", "ISR"),
    ("Russia will bomb Ukraine.", "THREATEN", "RUS", "UKR"),
    ("Thousands of Kenyans protested against the government.", "PROTEST", "KEN", "KEN"),
    ("Chilean students demonstrated against the reform.", "PROTEST", "CHL", "CHL"),
    ("French farmers rallied in Paris.", "PROTEST", "FRA", "FRA"),
    ("Nigerian unions held a general strike against the government.", "PROTEST", "NGA", "NGA"),
    ("Georgian opposition parties boycotted the elections.", "PROTEST", "GEO", "GEO"),
    ("The United States sanctioned Russia.", "SANCTION", "USA", "RUS"),
    ("France expelled two Russian diplomats.", "SANCTION", "FRA", "RUS"),
    ("Niger suspended its cooperation with France.", "SANCTION", "NER", "FRA"),
    ("Morocco severed ties with Iran.", "SANCTION", "MAR", "IRN"),
    ("The European Union imposed sanctions on North Korea.", "SANCTION", "EU", "PRK"),
    ("China deployed ships against Taiwan.", "MOBILIZE", "CHN", "TWN"),
    ("Russia mobilized its reservists.", "MOBILIZE", "RUS", None),
    ("The Indian army massed troops on the border.", "MOBILIZE", "IND", None),
    ("Poland deployed soldiers.", "MOBILIZE", "POL", None),
    ("Turkey mobilized troops against Syria.", "MOBILIZE", "TUR", "SYR"),
    ("Turkish police arrested journalists.", "COERCE", "TUR", "TUR"),
    ("Iranian authorities detained an activist.", "COERCE", "IRN", "IRN"),
    ("The Russian government banned the opposition party.", "COERCE", "RUS", "RUS"),
    ("Hong Kong police detained an activist.", "COERCE", None, None),
    ("China jailed an Australian journalist.", "COERCE", "CHN", "AUS"),
    ("Russia attacked Ukraine.", "ASSAULT", "RUS", "UKR"),
    ("Israel bombed Gaza.", "ASSAULT", "ISR", "PSE"),
    ("Rebels killed ten Malian soldiers.", "ASSAULT", None, "MLI"),
    ("The Burmese army struck a village.", "ASSAULT", "MMR", None),
    ("Jihadists kidnapped a Nigerian priest.", "ASSAULT", None, "NGA"),
]


def _find(events, etype):
    return [e for e in events if e.event_type == etype]


@pytest.mark.parametrize(("sentence", "etype", "source", "target"), CASES, ids=[c[0][:50] for c in CASES])
def test_events_trigger_type_en(coder, sentence, etype, source, target):
    events = code_text(coder, sentence, "en")
    assert _find(events, etype), f"expected {etype}, got {[e.event_type for e in events]}"


@pytest.mark.parametrize(("sentence", "etype", "source", "target"),
                         [c for c in CASES if c[2] is not None], ids=[c[0][:50] for c in CASES if c[2] is not None])
def test_events_argument_roles_en(coder, sentence, etype, source, target):
    events = _find(code_text(coder, sentence, "en"), etype)
    pairs = {codes(e) for e in events}
    assert (source, target) in pairs or (etype in ("AGREE", "CONSULT", "COOPERATE") and (target, source) in pairs), \
        f"got {pairs}"


@pytest.mark.parametrize(("sentence", "etype", "status"), [
    ("Japan will meet China next week.", "AGREE", "planned"),
    ("Japan plans to meet China.", "AGREE", "planned"),
    ("Russia is going to attack Ukraine.", "THREATEN", "planned"),
    ("Japan did not meet China.", "REJECT", "reported"),
    ("If China attacks Taiwan, Japan will respond.", "ASSAULT", "hypothetical"),
    ("France condemned Russia.", "ACCUSE", "reported"),
])
def test_events_status_en(coder, sentence, etype, status):
    events = _find(code_text(coder, sentence, "en"), etype)
    assert events and events[0].status == status


def test_events_negated_conflict_is_no_event_en(coder):
    assert not code_text(coder, "Russia did not attack Finland.", "en")


def test_events_passive_en(coder):
    events = _find(code_text(coder, "Ukraine was attacked by Russia.", "en"), "ASSAULT")
    assert {codes(e) for e in events} == {("RUS", "UKR")}


def test_events_pair_between_en(coder):
    events = _find(code_text(coder, "Talks between Japan and South Korea took place in Seoul.", "en"), "CONSULT")
    assert {frozenset(codes(e)) for e in events} == {frozenset({"JPN", "KOR"})}


def test_events_one_record_per_listed_country_en(coder):
    events = _find(code_text(coder, "Japan's foreign minister met the foreign ministers of Peru, Thailand and "
                                    "Canada.", "en"), "CONSULT")
    assert {e.target.country for e in events} == {"PER", "THA", "CAN"}
