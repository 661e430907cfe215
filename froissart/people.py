"""Dated dictionary of well-known people: ``data/people.tsv`` (written by hand), ``data/office_holders
.tsv.gz`` (heads of state and government 1990-2026 and the ministers of 2019, derived from the CIA
World Factbook by ``tools/factbook_leaders.py``) and users' ``--actors`` files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import DataFileError
from .langdata import data_dir, read_table
from .text import fold

COLUMNS = ("name", "country", "sector", "role", "start", "end")


@dataclass(frozen=True)
class Person:
    name: str
    country: str | None
    org: str | None
    sector: str | None
    role: str | None
    start: dt.date | None
    end: dt.date | None
    wikidata: str | None

    def holds_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def role_on(self, day: dt.date | None) -> str | None:
        """The office on a day: held, "former …" once left, none before it was taken (a junta
        leader in the month of his coup is no "former president")."""
        if self.holds_on(day):
            return self.role
        if day is not None and self.start is not None and day < self.start:
            return None
        return f"former {self.role}"


def _date(value: str, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DataFileError(f"{where}: '{value}' is not an ISO date (YYYY-MM-DD)") from None


def read_people(path: Path) -> list[tuple[Person, list[str]]]:
    out = []
    for row in read_table(path, COLUMNS):
        where = f"{path}:{row['_line']}"
        person = Person(
            name=row["name"], country=row["country"] or None, org=row.get("org") or None,
            sector=row["sector"] or None, role=row["role"] or None,
            start=_date(row["start"], where), end=_date(row["end"], where),
            wikidata=row.get("wikidata") or None,
        )
        aliases = [a for a in row.get("aliases", "").split("|") if a.strip()]
        out.append((person, aliases))
    return out


DERIVED = "office_holders.tsv.gz"
# countries whose names are written family name first ("Yoon Suk Yeol", "Wang Yi"): the first word
# names the person when no other office holder ever had that family name
FAMILY_NAME_FIRST = frozenset({"CHN", "KOR", "PRK", "TWN"})


# French and English transliterations of the same name, brought to one spelling ("Tokaïev",
# "Tokayev"; "Choïgou", "Shoigu"; "Poutine", "Putin"; "Kassym-Jomart", "Kasym-Zhomart")
SPELLINGS = (("tch", "ch"), ("ch", "sh"), ("zh", "j"), ("ou", "u"), ("y", "i"))


def spelling(key: str) -> str:
    """A folded name in a spelling shared by its French and English transliterations."""
    for old, new in SPELLINGS:
        key = key.replace(old, new)
    out = []
    for char in key:
        if not (out and char == out[-1] and char.isalpha()):  # "Kassym", "Raïssi": double letters once
            out.append(char)
    return " ".join(w[:-1] if w.endswith("ne") and len(w) > 4 else w for w in "".join(out).split())  # "Poutine"


class PeopleIndex:
    """Looks people up by full name, alias or surname, choosing the office held on a date.

    The hand-written table and users' files win over the derived one for any person they list.
    A surname alone names a hand-written person as before (the nearest office held identifies
    them); it names someone of the derived table only when exactly one person of that surname
    holds an office on that day ("Li" in 2024 names nobody, "Tshisekedi" the Congolese president)."""

    def __init__(self, files: Iterable[Path] = ()) -> None:
        written = [(p, a) for path in [data_dir() / "people.tsv", *files] for p, a in read_people(Path(path))]
        known = {fold(n) for p, aliases in written for n in (p.name, *aliases)}
        derived = [(p, a) for p, a in read_people(data_dir() / DERIVED)
                   if not {fold(n) for n in (p.name, *a)} & known]
        self._names: dict[str, list[Person]] = {}
        self._surnames: tuple[dict[str, list[Person]], dict[str, list[Person]]] = ({}, {})  # written, derived
        self._family: dict[str, list[Person]] = {}  # first words of names written family name first
        for table, rows in enumerate((written, derived)):
            for person, aliases in rows:
                for name in [person.name, *aliases]:
                    words = name.split()
                    keys = {fold(name), spelling(fold(name))}
                    if len(words) > 1:
                        for key in keys:
                            self._names.setdefault(key, []).append(person)
                    for key in {fold(words[-1]), spelling(fold(words[-1]))}:
                        self._surnames[table].setdefault(key, []).append(person)
                    if person.country in FAMILY_NAME_FIRST and len(words) > 1:
                        self._family.setdefault(fold(words[0]), []).append(person)

    def knows(self, key: str, derived: bool = True) -> bool:
        """Whether a name or surname is known; ``derived=False`` asks the written tables only (the
        derived office holders' surnames include common words: "Young", "Green", "King")."""
        key = fold(key)
        return any(k in self._names or any(k in table for table in self._surnames[:2 if derived else 1])
                   for k in (key, spelling(key))) or len({fold(p.name) for p in self._family.get(key, [])}) == 1

    def lookup(self, name: str, day: dt.date | None) -> Person | None:
        key = fold(name)
        found = self._lookup(key, day)
        return found if found is not None or spelling(key) == key else self._lookup(spelling(key), day)

    def _lookup(self, key: str, day: dt.date | None) -> Person | None:
        if key in self._names:
            return self._held(self._names[key], day)
        words = key.split()
        for size in range(len(words) - 1, 1, -1):  # "Nayib Bukele Ortez": a name the table cuts shorter
            for start in range(len(words) - size + 1):
                part = " ".join(words[start:start + size])
                if part in self._names:
                    return self._held(self._names[part], day)
        written, derived = (table.get(key, []) for table in self._surnames)
        if written:
            return self._held(written, day)
        current = [p for p in derived if p.holds_on(day)]
        family = self._family.get(key, []) if len(words) == 1 else [  # "Yoon Suk": a name cut short
            p for p in self._family.get(words[0], []) if fold(p.name).startswith(key + " ")]
        if not current and len({fold(p.name) for p in family}) == 1:
            return self._held(family, day)  # "Yoon": the one office holder ever of that family name ("Li": several)
        return current[-1] if len({fold(p.name) for p in current}) == 1 else None

    @staticmethod
    def _held(people: list[Person], day: dt.date | None) -> Person:
        """The office one person held on a day, else the nearest earlier one (which still
        identifies the person)."""
        current = [p for p in people if p.holds_on(day)]
        if current:
            return current[-1]
        if day is None:
            return people[-1]
        earlier = [p for p in people if p.start and p.start <= day]
        return earlier[-1] if earlier else people[0]
