"""Dated dictionary of well-known people (``data/people.tsv`` and users' ``--actors`` files)."""

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


class PeopleIndex:
    """Looks people up by full name, alias or surname, choosing the office held on a date."""

    def __init__(self, files: Iterable[Path] = ()) -> None:
        self._by_key: dict[str, list[Person]] = {}
        for path in [data_dir() / "people.tsv", *files]:
            for person, aliases in read_people(Path(path)):
                for name in [person.name, *aliases]:
                    keys = {fold(name), fold(name.split()[-1])}
                    for key in keys:
                        self._by_key.setdefault(key, []).append(person)

    def knows(self, key: str) -> bool:
        return fold(key) in self._by_key

    def lookup(self, name: str, day: dt.date | None) -> Person | None:
        people = self._by_key.get(fold(name))
        if not people:
            return None
        current = [p for p in people if p.holds_on(day)]
        if current:
            return current[-1]
        if day is None:
            return people[-1]
        # nobody held an office that day: the nearest earlier one still identifies the person
        earlier = [p for p in people if p.start and p.start <= day]
        return earlier[-1] if earlier else people[0]
