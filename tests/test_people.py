"""The dated dictionary of office holders: the table derived from the CIA World Factbook
(tools/factbook_leaders.py → data/office_holders.tsv.gz) and its lookups."""

from __future__ import annotations

import datetime as dt
import gzip
import importlib.util
import json

import pytest

from froissart.people import PeopleIndex
from tests.conftest import ROOT, SHARED, code_text, codes

DAY = dt.date


@pytest.fixture(scope="module")
def people() -> PeopleIndex:
    return PeopleIndex()


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("factbook_leaders", ROOT / "tools" / "factbook_leaders.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("name", "day", "country", "role"), [
    ("Tshisekedi", DAY(2025, 1, 28), "COD", "president"),       # a surname alone, from the derived table
    ("Paul Kagame", DAY(2025, 1, 28), "RWA", "president"),
    ("Goita", DAY(2022, 1, 31), "MLI", "president"),
    ("Assimi Goita", DAY(2021, 7, 1), "MLI", "president"),
    ("Khamenei", DAY(2020, 1, 8), "IRN", "supreme leader"),     # the last part of "Hoseini-KHAMENEI"
    ("Sanae Takaichi", DAY(2025, 12, 1), "JPN", "prime minister"),
    ("Poutine", DAY(2023, 1, 1), "RUS", "president"),           # a French form of the hand-written table
    # French transliterations of names the tables spell in English
    ("Tokaïev", DAY(2022, 1, 13), "KAZ", "president"),
    ("Kassym-Jomart Tokaïev", DAY(2022, 1, 13), "KAZ", "president"),
    ("Mirzioïev", DAY(2022, 1, 13), "UZB", "president"),
])
def test_people_office_on_a_day(people, name, day, country, role):
    person = people.lookup(name, day)
    assert person is not None and (person.country, person.role) == (country, role)


def test_people_shared_surname_names_one_only_in_office(people):
    assert people.lookup("Li", DAY(2024, 1, 1)) is None  # several office holders named Li
    assert people.lookup("Kim", DAY(2024, 1, 1)) is None


def test_people_terms_follow_each_other(people):
    assert people.lookup("Shigeru Ishiba", DAY(2024, 12, 1)).role == "prime minister"
    assert people.lookup("Fumio Kishida", DAY(2024, 12, 1)).role == "former prime minister" or \
        not people.lookup("Fumio Kishida", DAY(2024, 12, 1)).holds_on(DAY(2024, 12, 1))


def test_people_no_office_before_it_was_taken(people):
    """Named before taking office, a future president holds no office, not a "former" one."""
    assert people.lookup("Bola Tinubu", DAY(2023, 1, 1)).role_on(DAY(2023, 1, 1)) is None
    assert people.lookup("Bola Tinubu", DAY(2024, 1, 1)).role_on(DAY(2024, 1, 1)) == "president"


def test_people_hand_written_table_wins(people):
    """"Guterres" is the UN's secretary-general (people.tsv), not Timor-Leste's former president."""
    person = people.lookup("Guterres", DAY(2020, 1, 1))
    assert person is not None and person.org == "UN"


def test_people_table_ships_with_the_package():
    path = ROOT / "froissart" / "data" / "office_holders.tsv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [line for line in handle if line.strip() and not line.startswith("#")]
    assert len(rows) > 2000
    assert rows[0].split("\t")[:7] == ["name", "aliases", "country", "sector", "role", "start", "end"]


def test_people_coder_uses_the_derived_table(coder):
    events = code_text(coder, "Tshisekedi accused Kagame of backing the rebels.", "en")
    assert ("COD", "RWA") in {codes(e) for e in events if e.event_type == "ACCUSE"}


@pytest.mark.parametrize(("raw", "name", "surname"), [
    ("XI Jinping", "Xi Jinping", ["Xi"]),
    ("Recep Tayyip ERDOGAN", "Recep Tayyip Erdogan", ["Erdogan"]),
    ("Nicolas MADURO Moros", "Nicolas Maduro Moros", ["Maduro"]),
    ("Abd-al-Fatah al-BURHAN Abd-al-Rahman", "Abd-al-Fatah al-Burhan Abd-al-Rahman", ["al-Burhan"]),
    ("CHARLES III", "Charles III", ["Charles", "III"]),
])
def test_people_tool_writes_names_as_news_does(tool, raw, name, surname):
    assert tool.display(raw) == (name, surname)


def test_people_tool_reads_a_section(tool):
    text = ("chief of state: President Mohamed BAZOUM (since 2 April 2021) head of government: Prime Minister "
            "Ouhoumoudou MAHAMADOU (since 3 April 2021) cabinet: Council of Ministers")
    sections = tool.sections(text)
    assert tool.first_holder(sections["chief of state"]) == ("President", "Mohamed BAZOUM", DAY(2021, 4, 2))
    assert tool.first_holder(sections["head of government"])[1] == "Ouhoumoudou MAHAMADOU"
    assert tool.first_holder("King CHARLES III (since 8 September 2022); represented by Governor General X") is None


def test_people_tool_builds_terms(tool, tmp_path):
    """Two editions and a snapshot of one country give two terms, the first ending when the second starts."""
    rows = [{"year": 2019, "iso3": "XYZ", "source": "text", "fields": [{"field": "Executive branch", "text":
             "chief of state: President Anna NOVA (since 1 May 2015) cabinet: x"}]},
            {"year": 2022, "iso3": "XYZ", "source": "json", "fields": [{"field": "Executive branch", "text":
             "chief of state: President Boris STARO (since 3 March 2021) cabinet: x"}]}]
    with gzip.open(tmp_path / "factbook_exec_yearly.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("".join(json.dumps(r) + "\n" for r in rows))
    with gzip.open(tmp_path / "factbook_exec_changes.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"iso3": "XYZ", "first_seen": "2025-06-01T00:00:00", "executive_branch": {
            "chief of state": "President Boris STARO (since 3 March 2021)"}}) + "\n")
    terms = tool.unique(tool.terms(tool.observations(tmp_path)))
    assert [(t["name"], t["start"], t["end"]) for t in terms] == [
        ("Anna Nova", "2015-05-01", "2021-03-03"), ("Boris Staro", "2021-03-03", "")]


@pytest.mark.parametrize(("text", "name"), [
    ("Joseph R. BIDEN, Jr. (since 20 January 2021)", "Joseph R. BIDEN"),   # a comma ends the name
    ("Joseph R. BIDEN Jr. (since 20 January 2021)", "Joseph R. BIDEN"),     # nor is "Jr." part of it
    ("Mahamat Idriss D BY (since 6 May 2024)", None),                        # a letter lost: read elsewhere
])
def test_people_tool_cuts_the_name(tool, text, name):
    assert tool.holder_name(text) == name


def test_people_tool_aliases_inner_names(tool):
    """"Bola Ahmed Adekunle TINUBU" is also "Adekunle Tinubu"; an initial starts no alias."""
    name, surname = tool.display("Anna Maria Lisa NOVA Pereira")
    aliases = tool.holder_row(name, surname, "XYZ", "president", None, None, "t")["aliases"].split("|")
    assert {"Maria Lisa Nova", "Lisa Nova", "Anna Maria Lisa Nova"} <= set(aliases)
    name, surname = tool.display("Joseph R. BIDEN")
    assert "R. Biden" not in tool.holder_row(name, surname, "USA", "president", None, None, "t")["aliases"]


def test_people_tool_keeps_a_shared_head_for_the_sovereign(tool):
    rows = [{"name": "Anna Nova", "country": c, "role": "president", "start": "2020-01-01"} for c in ("GUM", "USA")]
    assert [r["country"] for r in tool.sovereigns(rows, {"USA": 300, "GUM": 1})] == ["USA"]


def test_people_longer_name_than_the_table(people):
    """A name written longer than any the table lists is found through its longest listed part
    ("Nayib Bukele")."""
    person = people.lookup("Presidente Nayib Bukele Ortez", DAY(2024, 1, 1))
    assert person is not None and person.country == "SLV"


@pytest.mark.skipif(not (SHARED / "peers" / "factbook").exists(), reason="../shared/peers/factbook is not here")
def test_people_tool_rebuilds_the_shipped_table(tool, tmp_path):
    out = tmp_path / "office_holders.tsv.gz"
    assert tool.main([str(SHARED / "peers" / "factbook"), str(out)]) == 0
    shipped = gzip.open(ROOT / "froissart" / "data" / "office_holders.tsv.gz", "rt", encoding="utf-8").read()
    assert gzip.open(out, "rt", encoding="utf-8").read() == shipped


@pytest.mark.parametrize(("lang", "text", "words"), [
    ("en", "Young protesters clashed with police in Nairobi on Monday.", "Young protesters"),
    ("en", "Green activists accused the Kenyan government of corruption on Monday.", "Green activists"),
    ("en", "Price rises angered Kenyan traders, who protested in Nairobi on Monday.", "Kenyan traders"),
])
def test_a_common_word_capitalised_is_no_office_holder(coder, lang, text, words):
    """The derived table knows surnames that are common words ("Young", "Green", "Price"): a
    capitalised common word opening a sentence names no one."""
    actors = [a for e in code_text(coder, text, lang) for a in (e.source, e.target) if a is not None]
    assert actors and all(a.name is None for a in actors if a.text.startswith(words.split()[0]))


def test_people_family_name_written_first(people):
    """A family name written first names the one office holder who ever bore it ("Yoon", or a name
    cut short, "Yoon Suk"); one several bore names no one ("Kim", "Li")."""
    assert people.lookup("Yoon", DAY(2023, 3, 16)).country == "KOR"
    assert people.lookup("Yoon Suk", DAY(2023, 3, 16)).country == "KOR"
    assert people.lookup("Kim", DAY(2024, 10, 1)) is None
    assert people.lookup("Mao Ning", DAY(2023, 11, 15)) is None  # (not a name cut short of another's)

