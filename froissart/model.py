"""Records Froissart reads and writes (field names: ``shared/spec/event-record.md``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .text import fold

ARMED = frozenset({"MIL", "REB", "UAF"})  # sectors of armed forces, rebels, unidentified armed groups
DIPLOMATIC = ("diplomat", "ambassador", "envoy", "embassy", "consul", "chargé")  # roles of diplomats


@dataclass
class Article:
    text: str
    id: str
    title: str | None = None
    published: dt.date | None = None
    language: str | None = None
    url: str | None = None
    outlet: str | None = None
    origin: str = ""


@dataclass
class Skipped:
    """An input that could not be coded, and why."""

    origin: str
    reason: str
    article_id: str | None = None


@dataclass
class Actor:
    text: str
    name: str | None = None
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    role: str | None = None
    wikidata: str | None = None
    entity: str | None = None  # the article's entity this mention stands for (entities.py)

    def code(self) -> str | None:
        return self.country or self.org

    def key(self) -> tuple[str | None, str | None, str | None]:
        return self.country, self.org, self.sector

    def is_diplomat(self) -> bool:
        return bool(self.role) and any(r in self.role for r in DIPLOMATIC)

    def is_known(self) -> bool:
        return bool(self.country or self.org or self.sector or self.name)

    def as_dict(self) -> dict[str, Any]:
        return _fields(self)


@dataclass
class Place:
    text: str
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    precision: str

    def as_dict(self) -> dict[str, Any]:
        return _fields(self)


@dataclass
class EventRecord:
    event_id: str
    article_id: str
    language: str
    event_type: str
    mode: str | None
    context: list[str]
    cameo: str
    quad_class: int
    goldstein: float
    status: str
    source: Actor
    target: Actor | None
    date: str | None
    date_text: str | None
    date_precision: str
    location: Place | None
    sentence: str
    trigger: str
    span: tuple[int, int]
    rule: str
    confidence: float
    date_rule: str = ""
    place_rule: str = ""
    date_max: str | None = None  # the last day when the text gives a range ("dans la nuit de mardi à mercredi")
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        d = _fields(self)
        d["context"] = list(self.context)
        d["span"] = list(self.span)
        d["source"] = self.source.as_dict()
        d["target"] = self.target.as_dict() if self.target else None
        d["location"] = self.location.as_dict() if self.location else None
        extra = d.pop("extra")
        d.update(extra)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EventRecord:
        """The record back from ``as_dict()`` (JSON Lines, Parquet partitions)."""
        known = {f for f in cls.__dataclass_fields__ if f != "extra"}
        fields = {k: v for k, v in d.items() if k in known}
        fields["source"] = Actor(**d["source"])
        fields["target"] = Actor(**d["target"]) if d.get("target") else None
        fields["location"] = Place(**d["location"]) if d.get("location") else None
        fields["span"] = tuple(d["span"])
        fields["extra"] = {k: v for k, v in d.items() if k not in known}
        return cls(**fields)


def _fields(record: Any) -> dict[str, Any]:
    """A record's fields as a dict (``dataclasses.asdict`` without its deep copy: the callers
    copy the fields that hold lists or dicts)."""
    values = vars(record)
    if len(values) == len(record.__dataclass_fields__):  # the fields, set in their order by __init__
        return dict(values)
    return {name: values[name] for name in record.__dataclass_fields__}


def same_actor(a: Actor, b: Actor) -> bool:
    """Whether two actors are one: the same country, organisation and sector, and, for actors
    known only by their sector, the same words or name ("the government released the detained
    leaders" is two actors)."""
    if a.key() != b.key():
        return False
    return bool(a.country or a.org) or fold(a.text) == fold(b.text) or bool(a.name and a.name == b.name)


def distinct(pairs: list[tuple[Actor, Actor | None]]) -> list[tuple[Actor, Actor | None]]:
    """The records whose two sides are not the same actor."""
    return [(s, t) for s, t in pairs if t is None or not same_actor(s, t)]
