"""Event places from an offline gazetteer (GeoNames cities over 15,000 inhabitants, built by
tools/build_gazetteer.py into data/cities.tsv.gz).

Names, English and alternate (Moscou, Pékin), are folded and ranked: first the cities in a
country the article mentions, then by population, so Washington is the American capital
and Lima the Peruvian one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .langdata import data_dir, read_table
from .model import Place
from .text import fold

LATIN = re.compile(r"^[a-z0-9 '.\-]+$")


@dataclass(frozen=True, slots=True)
class City:
    geonames_id: int
    name: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    population: int


class Gazetteer:
    """Loaded once per process, on first use, from ``data/cities.tsv.gz`` and ``data/countries.tsv``."""

    def __init__(self) -> None:
        countries = read_table(data_dir() / "countries.tsv")
        self.iso3 = {c["iso2"]: c["iso3"] for c in countries}
        self.country_names = {c["iso3"]: c["name"] for c in countries}
        capitals = {(c["capital"], c["iso3"]) for c in countries}
        self._by_name: dict[str, list[City]] = {}
        self._capital: dict[str, City] = {}
        for row in read_table(data_dir() / "cities.tsv.gz"):
            country = self.iso3.get(row["country"], row["country"])
            city = City(int(row["geonames_id"]), row["name"], country, row["admin1"] or None,
                        float(row["lat"]), float(row["lon"]), int(row["population"]))
            for key in {fold(row["name"]), *(fold(n) for n in row["names"].split("|") if n)}:
                if key and LATIN.match(key):
                    self._by_name.setdefault(key, []).append(city)
            if (row["name"], country) in capitals:
                self._capital[country] = city

    def city(self, name: str, countries: Iterable[str] = ()) -> City | None:
        candidates = self._by_name.get(fold(name))
        if not candidates:
            return None
        preferred = set(countries)
        return max(candidates, key=lambda c: (c.country in preferred, c.population))

    def place(self, text: str, countries: Iterable[str] = ()) -> Place | None:
        city = self.city(text, countries)
        if city is None:
            return None
        return Place(text=text, name=city.name, country=city.country, admin1=city.admin1,
                     lat=city.lat, lon=city.lon, geonames_id=city.geonames_id, precision="city")

    def country_place(self, text: str, iso3: str) -> Place:
        capital = self._capital.get(iso3)
        return Place(text=text, name=self.country_names.get(iso3, iso3), country=iso3, admin1=None,
                     lat=capital.lat if capital else None, lon=capital.lon if capital else None,
                     geonames_id=None, precision="country")
