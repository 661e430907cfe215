"""Checks of query parameters, shared by the command line and the HTTP API, so that both take
the same values and refuse the others with the same message (``FilterError``: the CLI exits
with 2, the API answers 422)."""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from .errors import FilterError
from .langdata import data_dir, load_language, read_table, supported_languages
from .ontology import load_ontology
from .text import fold

if TYPE_CHECKING:
    from .store.reader import Filters

STATUSES = ("reported", "planned", "negated", "hypothetical")
MAX_TEXT = 200
MAX_OFFSET = 10**9  # DuckDB takes 64-bit offsets; a deeper page is a mistake, not a query
MAX_LIMIT = 100_000


@dataclass(frozen=True)
class Codes:
    """The actor codes the coder writes (ISO3 countries, organisations) and the names of countries."""

    codes: frozenset[str]
    names: dict[str, str]  # folded country name (English, French) -> ISO3


@cache
def codes() -> Codes:
    known = {r["iso3"] for r in read_table(data_dir() / "countries.tsv")}
    names: dict[str, str] = {}
    for data in map(load_language, supported_languages()):
        known |= {r["org"] for table in ("orgs", "orgs_phoenix") for r in data.table(table) if r.get("org")}
        names.update((fold(r["text"]), r["country"]) for r in data.table("countries"))
    return Codes(frozenset(known), names)


def actor_code(value: str, name: str = "country") -> str:
    """An ISO3 country or organisation code ("JPN", "UN"); a country's name is refused with its code."""
    code = value.strip().upper()
    if code in codes().codes:
        return code
    iso3 = codes().names.get(fold(value.strip()))
    if iso3:
        raise FilterError(f"{name} '{value}': write the country's ISO 3166 code, {iso3}")
    raise FilterError(f"{name} '{value}' is no country (ISO3, e.g. JPN) or organisation (e.g. UN) code")


def dyad(value: str) -> tuple[str, str]:
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise FilterError(f"dyad '{value}': write two actor codes separated by a comma, e.g. JPN,USA")
    first, second = (actor_code(p, "dyad") for p in parts)
    return first, second


def event_types(values: list[str]) -> list[str]:
    types = load_ontology().types
    out = []
    for value in values:
        if value.strip().upper() not in types:
            raise FilterError(f"type '{value}' is no PLOVER type: choose among {', '.join(types)}")
        out.append(value.strip().upper())
    return out


def day(value: str | dt.date | None, name: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FilterError(f"{name} '{value}' is not a date: write YYYY-MM-DD") from None


def status(value: str | None) -> str | None:
    if value is not None and value not in STATUSES:
        raise FilterError(f"status '{value}': choose among {', '.join(STATUSES)}")
    return value


def language(value: str | None) -> str | None:
    if value is not None and not (len(value) == 2 and value.isalpha()):
        raise FilterError(f"lang '{value}': write a two-letter ISO 639-1 code, e.g. fr")
    return value.lower() if value else None


def text(value: str | None) -> str | None:
    if value is not None and len(value) > MAX_TEXT:
        raise FilterError(f"text: at most {MAX_TEXT} characters")
    return value or None


def page(limit: int | None, offset: int) -> tuple[int | None, int]:
    if limit is not None and not 1 <= limit <= MAX_LIMIT:
        raise FilterError(f"limit {limit}: give 1 to {MAX_LIMIT:,}")
    if not 0 <= offset <= MAX_OFFSET:
        raise FilterError(f"offset {offset}: give 0 to {MAX_OFFSET:,}")
    return limit, offset


def cursor(value: str | None, order: str, descending: bool) -> tuple[Any, str] | None:
    """The (sort value, id) of the last item of a page, from the ``next`` cursor of that page
    (keyset paging: the next page starts after it, however deep)."""
    if not value:
        return None
    try:
        sort, direction, last, key = json.loads(base64.urlsafe_b64decode(value.encode("ascii") + b"==="))
        if (sort, direction) != (order, "desc" if descending else "asc") or not isinstance(key, str):
            raise ValueError
        if last is not None and sort == "date":
            last = dt.date.fromisoformat(last)
    except (ValueError, TypeError, UnicodeError):
        raise FilterError(f"after '{value[:40]}': give the 'next' cursor of the previous page, with the same "
                          "sort and order") from None
    return last, key


def next_cursor(order: str, descending: bool, last: Any, key: str) -> str:
    """The cursor of the page after the one whose last item has this sort value and id."""
    if hasattr(last, "isoformat"):
        last = last.isoformat()[:10]
    elif isinstance(last, float) and last != last:  # NaN: no value
        last = None
    text = json.dumps([order, "desc" if descending else "asc", last, key], separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


def selection(date_from: str | dt.date | None = None, date_to: str | dt.date | None = None,
              country: str | None = None, dyad_: str | None = None, types: list[str] | None = None,
              status_: str | None = None, lang: str | None = None, text_: str | None = None,
              limit: int | None = None, offset: int = 0) -> Filters:
    """The filters of ``froissart events`` and of the API's list endpoints, checked."""
    from .store.reader import Filters

    first, last = day(date_from, "from"), day(date_to, "to")
    if first and last and first > last:
        raise FilterError(f"from ({first}) is after to ({last})")
    limit, offset = page(limit, offset)
    return Filters(date_from=first, date_to=last, country=actor_code(country) if country else None,
                   dyad=dyad(dyad_) if dyad_ else None, types=event_types(list(types or [])),
                   status=status(status_), language=language(lang), text=text(text_), limit=limit, offset=offset)
