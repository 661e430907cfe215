#!/usr/bin/env python3
"""Derive a dated dictionary of heads of state and government, 1990-2026, and the ministers of
spring 2019, from the public-domain CIA World Factbook extracts in shared/peers/factbook/.

    python tools/factbook_leaders.py ../shared/peers/factbook froissart/data/office_holders.tsv.gz

Reads ``factbook_exec_yearly.jsonl.gz`` (one edition per country and year), ``factbook_exec_changes
.jsonl.gz`` (the dated snapshots of 2015-2026) and ``world_leaders_2019.tsv.gz`` (one scrape of the
CIA World Leaders directory). In the executive-branch text, the first office holder named under
"chief of state" and under "head of government" ("President XI Jinping (since 14 March 2013)") is
the holder of that slot. A holder's term starts on its "since" date when the text gives one, else
on the first edition or snapshot that names them, and ends when the next holder's term starts.
Names are written as news writes them: the Factbook's capitals mark the surname ("Recep Tayyip
ERDOGAN" is "Recep Tayyip Erdogan", "XI Jinping" is "Xi Jinping"); the surname alone, the name
without a second surname ("Nicolas Maduro") and, for countries whose names French writes
otherwise, the French transliteration ("Poutine", "Netanyahou") are aliases. Monarchs who reign
over several realms are kept for the country where no governor-general represents them.
"""
from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import gzip
import html
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

LABEL = re.compile(r"(chief of state and head of government|chief of state|head of government)"
                   r"\s*(?:\([^)]*\))?\s*(?::|--)", re.IGNORECASE)
SECTION_END = re.compile(r"\b(cabinet|elections?(?:/appointments)?|election results|note)\s*:", re.IGNORECASE)
TITLES = sorted([
    "President", "Prime Minister", "Premier", "Chancellor", "Federal Chancellor", "King", "Queen", "Emperor",
    "Emir", "Amir", "Sultan", "Grand Duke", "Prince", "Supreme Leader", "Chairman", "Chairwoman",
    "General Secretary", "Sovereign Council Chair", "Transitional Council Chair", "Chief Executive",
    "Head of State", "Captain Regent", "Taoiseach", "State Counsellor", "Supreme Guide",
    "Chairman of the Presidential Council", "Chairman of the Presidency", "Chairman of the State Council",
    "Chairman of the Council of Ministers", "President of the Government", "Chief Adviser",
], key=len, reverse=True)
SKIP_TITLES = ("Co-prince", "Co-Prince", "Governor General", "Governor-General", "Governor", "Administrator")
QUALIFIERS = ("Acting ", "Interim ", "Transitional ", "Transition ", "Provisional ", "Caretaker ")
RANK_WORD = re.compile(r"^(?:Lt|Maj|Brig|Gen|Col|Capt|Adm|General|Colonel|Lieutenant|Major|Brigadier|Admiral|Marshal|"
                       r"Captain|Commander|Forces|Sheikh|Shaykh|Dr|Sir|Dame)\.?$")
SINCE = re.compile(r"since\s+(?:(?P<day>\d{1,2})\s+)?(?P<month>[A-Z][a-z]+)?\s*(?P<year>\d{4})")
MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                      "September", "October", "November", "December"], start=1)}
ROMAN = re.compile(r"^[IVX]+$")  # "CHARLES III"
PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "van", "von", "da", "do", "dos", "du", "le", "la", "der", "den"}
# countries whose names French news writes in its own transliteration (Cyrillic, Hebrew, Persian)
FRENCH_FORMS = {"RUS", "UKR", "BLR", "KAZ", "UZB", "KGZ", "TJK", "TKM", "AZE", "ARM", "GEO", "MDA", "ISR", "IRN",
                "BGR", "SRB", "MKD", "MNE"}
GENERATIONS = frozenset({"Jr.", "Sr.", "Jr", "Sr"})  # "Joseph R. BIDEN Jr.": not part of the name news writes
INITIAL = re.compile(r"^[A-Z]\.$")
MINISTRIES = {"Foreign Affairs": "foreign minister", "Defense": "defence minister", "Interior": "interior minister",
              "Finance": "finance minister"}


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def clean(text: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", text or ""))
    return re.sub(r"\s+", " ", text).strip()


def display(raw: str) -> tuple[str, list[str]]:
    """The name as news writes it, and its surname (the words the Factbook writes in capitals)."""
    words, surname = [], []
    for k, token in enumerate(raw.split()):
        letters = [c for c in token if c.isalpha()]
        caps = len(letters) >= 2 and all(c.isupper() for c in letters)
        if caps or (len(letters) >= 2 and any(p.isupper() and len(p) > 1 for p in token.split("-")[1:])):
            parts = [p if (p.lower() in PARTICLES and p.islower()) or (k and ROMAN.match(p)) else p.capitalize()
                     for p in token.split("-")]
            word = "-".join(parts)
            words.append(word)
            surname.append(word)
        else:
            words.append(token)
    return " ".join(words), surname


def french(name: str) -> str:
    """A French transliteration: sh → ch, zh → j, ch → tch, u → ou ("Lukashenko" → "Loukachenko")."""
    out = re.sub(r"(?<![Ss])ch", "tch", name)
    out = out.replace("sh", "ch").replace("Sh", "Ch").replace("zh", "j").replace("Zh", "J")
    return re.sub(r"(?<![aeoqAEOQ])u", "ou", out)


def parse_since(inner: str) -> dt.date | None:
    match = SINCE.search(inner)
    if match is None:
        return None
    month = MONTHS.get(match.group("month") or "", 1)
    day = int(match.group("day") or 1)
    try:
        return dt.date(int(match.group("year")), month, day)
    except ValueError:
        return None


def first_holder(section: str) -> tuple[str, str, dt.date | None] | None:
    """(title, raw name, since) of the first office holder a section names ("President XI Jinping
    (since 14 March 2013)"; "Sovereign Council Chair and Commander-in-Chief of the Sudanese Armed
    Forces General Abd-al-Fatah al-BURHAN Abd-al-Rahman"); entries without a title ("president
    (vacant)") are passed over."""
    if "represented by" in section:
        return None  # a monarch reigning here through a governor-general: kept for the monarch's own country
    for entry in re.split(r";|\band\b(?=\s+(?:Vice|First|Second|Deputy))", section):
        entry = entry.strip()
        if not entry or entry.startswith(SKIP_TITLES):
            continue
        for q in QUALIFIERS:
            if entry.startswith(q):
                entry = entry[len(q):]
        title = next((t for t in TITLES if entry.startswith(t + " ")), None)
        if title is None:
            continue
        rest = entry[len(title):].strip()
        if rest.startswith("of ") and "," in rest:
            rest = rest.split(",", 1)[1].strip()  # "President of transitional government, Bah NDAW"
        elif rest.startswith("of ") and not rest.startswith("of the "):
            return None  # "President of China XI Jinping" heading a territory: kept for China
        name = holder_name(rest)
        if name is None or " of " in name:
            return None  # "King WILLEM-ALEXANDER of the Netherlands" in another realm's entry
        return title, name, parse_since(rest)
    return None


def holder_name(text: str) -> str | None:
    """The name in what follows a title: the words around the first surname in capitals, after
    any rank ("Col. Assimi GOITA"), up to the parenthesis ("Nicolas MADURO Moros (since…)")."""
    # (a comma ends the name: "Joseph R. BIDEN, Jr.")
    words = re.split(r"\s+", re.split(r"[(;,]", text, maxsplit=1)[0].strip())
    caps = next((k for k, w in enumerate(words) if _surname(w)), None)
    if caps is None or any(len(w) == 1 and w.isupper() for w in words[caps - 1:caps]):
        return None  # "Mahamat Idriss D BY": a letter lost in one snapshot, read from the others
    start = caps
    while start > 0 and start > caps - 3 and words[start - 1][:1].isupper() and not RANK_WORD.match(words[start - 1]):
        start -= 1
    end = caps + 1
    while end < len(words) and words[end][:1].isupper() and words[end] not in GENERATIONS:
        end += 1
    return " ".join(words[start:end])


def _surname(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and (all(c.isupper() for c in letters)
                                  or any(p.isupper() and len(p) > 1 for p in word.split("-")[1:]))


def sections(text: str) -> dict[str, str]:
    """The text of the chief-of-state and head-of-government sections."""
    out: dict[str, str] = {}
    marks = list(LABEL.finditer(text))
    for k, mark in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        body = text[mark.end():end]
        stop = SECTION_END.search(body)
        body = body[:stop.start()] if stop else body
        label = mark.group(1).lower()
        for slot in ("chief of state", "head of government"):
            if slot in label and body.strip() and slot not in out:
                out[slot] = body.strip()
    return out


def observations(folder: Path) -> list[tuple[str, str, dt.date, str, str, dt.date | None]]:
    """(country, slot, observed, title, raw name, since) from every edition and snapshot."""
    out = []
    with gzip.open(folder / "factbook_exec_yearly.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if not row.get("iso3"):
                continue
            text = clean(" ".join(f["text"] for f in row["fields"]))
            # an edition taken from a year-end commit tells the end of its year, the others its middle
            seen = dt.date(int(row["year"]), 12, 31) if row.get("source") == "json" else dt.date(int(row["year"]), 7, 1)
            for slot, body in sections(text).items():
                holder = first_holder(body)
                if holder is not None:
                    out.append((row["iso3"], slot, seen, *holder))
    with gzip.open(folder / "factbook_exec_changes.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if not row.get("iso3"):
                continue
            first = dt.date.fromisoformat(row["first_seen"][:10])
            for slot in ("chief of state", "head of government"):
                body = clean(row["executive_branch"].get(slot, ""))
                holder = first_holder(body) if body else None
                if holder is not None:
                    out.append((row["iso3"], slot, first, *holder))
    return out


def terms(observed: list[tuple[str, str, dt.date, str, str, dt.date | None]]) -> list[dict[str, str]]:
    """One row per term: consecutive observations of one holder in one slot are one term. The last
    term of a slot is open only when the latest editions still name its holder; otherwise (a
    successor whose title the parser does not read) it ends after its last observation."""
    latest = max(o[2] for o in observed)
    by_slot = collections.defaultdict(list)
    for country, slot, seen, title, raw, since in observed:
        by_slot[(country, slot)].append((seen, title, raw, since))
    rows = []
    for (country, slot), seen_list in sorted(by_slot.items()):
        seen_list.sort(key=lambda s: s[0])
        runs: list[list[tuple[dt.date, str, str, dt.date | None]]] = []
        for item in seen_list:
            key = fold(display(item[2])[0])
            if runs and fold(display(runs[-1][-1][2])[0]) == key:
                runs[-1].append(item)
            else:
                runs.append([item])
        starts = [next((s[3] for s in run if s[3] is not None), run[0][0]) for run in runs]
        merged: dict[str, dict[str, str]] = {}
        for k, run in enumerate(runs):
            name, surname = display(run[-1][2])
            end = starts[k + 1] if k + 1 < len(runs) else (
                None if (latest - run[-1][0]).days < 730 else run[-1][0] + dt.timedelta(days=1))
            if end is not None and end <= starts[k]:
                continue  # a term the next one starts before: a spelling drift or a misread edition
            row = holder_row(name, surname, country, role_of(run[-1][1]), starts[k], end, f"factbook {slot}")
            key = f"{fold(name)}|{row['start']}"  # one term seen in runs the editions interleave
            if key in merged:
                merged[key]["end"] = row["end"] if row["end"] and merged[key]["end"] else ""
            else:
                merged[key] = row
        rows.extend(merged.values())
    return rows


def sovereigns(rows: list[dict[str, str]], weight: dict[str, int]) -> list[dict[str, str]]:
    """A head of state that dependencies share (the US president in Guam, the French one in
    Réunion) is kept for the most populous of the countries naming them, the sovereign."""
    best: dict[tuple[str, str, str], str] = {}
    for row in rows:
        key = (fold(row["name"]), row["role"], row["start"])
        if weight.get(row["country"], 0) > weight.get(best.get(key, ""), -1):
            best[key] = row["country"]
    return [r for r in rows if best[(fold(r["name"]), r["role"], r["start"])] == r["country"]]


def populations(data: Path) -> dict[str, int]:
    """Inhabitants of each country's cities over 15,000 (the package's gazetteer), by ISO3 code."""
    with open(data / "countries.tsv", encoding="utf-8") as handle:
        iso3 = {r["iso2"]: r["iso3"] for r in csv.DictReader((x for x in handle if not x.startswith("#")),
                                                             delimiter="\t")}
    total: dict[str, int] = collections.Counter()
    with gzip.open(data / "cities.tsv.gz", "rt", encoding="utf-8") as handle:
        for r in csv.DictReader((x for x in handle if not x.startswith("#")), delimiter="\t"):
            total[iso3.get(r["country"], "")] += int(r["population"] or 0)
    return total


def unique(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """One row per person, country, office and start (a president is both chief of state and head
    of government), ending at the latest end seen (open if any is open)."""
    out: dict[tuple[str, str, str, str], dict[str, str]] = {}
    for row in rows:
        key = (fold(row["name"]), row["country"], row["role"], row["start"])
        if key not in out:
            out[key] = row
        elif not row["end"] or not out[key]["end"]:
            out[key]["end"] = ""
        else:
            out[key]["end"] = max(out[key]["end"], row["end"])
    return list(out.values())


def role_of(title: str) -> str:
    return {"Sovereign Council Chair": "head of state", "Transitional Council Chair": "head of state",
            "Federal Chancellor": "chancellor", "Amir": "emir"}.get(title, title.lower())


def holder_row(name: str, surname: list[str], country: str, role: str, start: dt.date | None,
               end: dt.date | None, source: str) -> dict[str, str]:
    aliases = []
    if surname:
        aliases.append(" ".join(surname))
        bare = re.sub(r"^(?:al|el)-", "", surname[0])
        if bare != surname[0]:
            aliases.append(bare)
        elif "-" in surname[-1] and not surname[-1].startswith(("al-", "el-")):
            aliases.append(surname[-1].split("-")[-1])  # "Ali Hoseini-KHAMENEI" is "Khamenei"
            given = [w for w in name.split() if w not in surname]
            if given:
                aliases.append(f"{given[0]} {surname[-1].split('-')[-1]}")
        words = name.split()
        given = [w for w in words if w not in surname]
        if given and len(words) > 2 and words.index(surname[0]) > 0:
            aliases.append(f"{given[0]} {' '.join(surname)}")  # "Nicolas Maduro" for "Nicolas MADURO Moros"
        last = max(k for k, w in enumerate(words) if w in surname)
        aliases += [" ".join(words[k:last + 1]) for k in range(1, last)  # "Ahmed Adekunle Tinubu", "Adekunle Tinubu"
                    if not INITIAL.match(words[k])]  # (not "R. Biden")
        if 0 < last < len(words) - 1:
            aliases.append(" ".join(words[:last + 1]))  # "Nayib Armando Bukele" for "… BUKELE Ortez"
    if country in FRENCH_FORMS:
        aliases += [french(a) for a in [name, *aliases] if french(a) != a]
    aliases = [a for a in dict.fromkeys(aliases) if fold(a) != fold(name)]
    return {"name": name, "aliases": "|".join(aliases), "country": country, "sector": "GOV", "role": role,
            "start": start.isoformat() if start else "", "end": end.isoformat() if end else "", "source": source}


def ministers_2019(folder: Path) -> list[dict[str, str]]:
    """Ministers of foreign affairs, defence, interior and finance in the spring 2019 directory
    (one scrape: a term of unknown start and end, seen 2019-05-16 to 2019-06-04)."""
    codes = {}
    with open(folder / "country_codes.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            codes.setdefault(row["cia_code"].lower(), row["iso3"])
    rows = []
    with gzip.open(folder / "world_leaders_2019.tsv.gz", "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(io.StringIO(handle.read()), delimiter="\t"):
            country = codes.get(row["gec_code"].lower())
            role = next((r for m, r in MINISTRIES.items() if row["title"] == f"Minister of {m}"), None)
            if not country or role is None or row["region"] or not row["person"].strip():
                continue
            name, surname = display(row["person"].strip())
            rows.append(holder_row(name, surname, country, role, dt.date(2019, 5, 16), dt.date(2019, 6, 5),
                                   "world leaders 2019"))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("factbook", type=Path, help="the folder shared/peers/factbook")
    ap.add_argument("out", type=Path, help="the table to write (.tsv.gz)")
    args = ap.parse_args(argv)
    data = Path(__file__).resolve().parents[1] / "froissart" / "data"
    rows = sovereigns(unique(terms(observations(args.factbook))), populations(data)) + ministers_2019(args.factbook)
    rows.sort(key=lambda r: (r["country"], r["role"], r["start"], r["name"]))
    columns = ["name", "aliases", "country", "sector", "role", "start", "end", "source"]
    with gzip.open(args.out, "wt", encoding="utf-8", newline="") as handle:
        handle.write("# Heads of state and government 1990-2026 and ministers of spring 2019, derived from the\n"
                     "# public-domain CIA World Factbook by tools/factbook_leaders.py (see data/README.md).\n")
        writer = csv.DictWriter(handle, fieldnames=columns, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} terms written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
