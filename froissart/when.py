"""Event dates: date expressions found in the sentence, resolved against the publication date.

The words are language data (``lang/<code>/date_words.tsv``); this module only combines them:
weekdays, months with days and years, parts of months ("début novembre", "late May"),
relative days (hier, yesterday), relative units (la semaine dernière, last month), and days
counted from the event told before (le lendemain, the next day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from .langdata import LanguageData
from .phrases import PhraseIndex, token_keys
from .text import fold

ANCHORS = frozenset({"weekday", "month", "day_offset", "event_offset", "unit", "year"})
GLUE = frozenset({",", "-", "of", "the", "le", "la", "l'", "de", "du", "on"})
RANGE = "until"  # the part that separates the two ends of a range
DEADLINE = "deadline"  # words before a date that make it a time limit ("d'ici au 15 mars", "by March 15")
PART_DAY = {"early": 1, "mid": 15, "late": 21}


@dataclass(frozen=True)
class DateExpression:
    start: int
    end: int
    text: str
    parts: tuple[tuple[str, str], ...]

    def kinds(self) -> dict[str, str]:
        return dict(self.parts)

    @property
    def relative_to_event(self) -> bool:
        return "event_offset" in self.kinds()

    @property
    def deadline(self) -> bool:
        """A time limit ("gave India until March 15"): no day an act was done on."""
        return DEADLINE in self.kinds()


@dataclass(frozen=True)
class ResolvedDate:
    date: dt.date
    precision: str  # day | week | month | year
    end: dt.date | None = None  # the last day of a range ("de mardi à mercredi")


def _int(text: str) -> int | None:
    digits = text.rstrip(".").removesuffix("er").removesuffix("st").removesuffix("nd").removesuffix("rd")
    digits = digits.removesuffix("th")
    return int(digits) if digits.isdigit() else None


class DateFinder:
    def __init__(self, data: LanguageData, tokenize: Callable[[str], list[str]]) -> None:
        self.words: PhraseIndex[tuple[str, str]] = PhraseIndex(tokenize)
        self.single: dict[str, tuple[str, str]] = {}
        self.range_words = frozenset(fold(r["text"]) for r in data.table("date_words") if r["kind"] == RANGE)
        self.deadlines = frozenset(tuple(fold(w) for w in tokenize(r["text"]))
                                   for r in data.table("date_words") if r["kind"] == DEADLINE)
        for row in data.table("date_words"):
            if row["kind"] in (RANGE, DEADLINE):
                continue
            self.words.add(row["text"], (row["kind"], row["value"]))
            self.single.setdefault(fold(row["text"]).rstrip("-"), (row["kind"], row["value"]))

    def find(self, doc: Doc, keys: list[tuple[str, str]] | None = None) -> list[DateExpression]:
        keys = keys if keys is not None else [token_keys(t) for t in doc]
        marks: dict[int, tuple[int, tuple[str, str]]] = {}
        for m in self.words.find(doc, keys):
            kind = m.value[0]
            if kind == "month" and doc[m.start].pos_ in ("VERB", "AUX"):
                continue
            if kind == "month" and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == m.start - 1
                                       and c.text[:1].isupper() for c in doc[m.start].children):
                continue  # a surname: "Theresa May"
            for i in range(m.start, m.end):
                marks[i] = (m.end, m.value)
        hyphenated: dict[int, list[tuple[str, str]]] = {}
        for token in doc:  # "mi-septembre" is one token
            if "-" in token.text and token.i not in marks:
                pieces = [self.single.get(fold(p)) for p in token.text.split("-")]
                if all(pieces) and any(p[0] in ANCHORS for p in pieces if p):
                    hyphenated[token.i] = [p for p in pieces if p]
                    marks[token.i] = (token.i + 1, ("", ""))
        found: list[DateExpression] = []
        i = 0
        while i < len(doc):
            if i not in marks and not self._number_near_month(doc, i, marks, keys):
                i += 1
                continue
            start, parts, j = i, [], i
            while j < len(doc):
                if j in hyphenated:
                    parts.extend(hyphenated[j])
                    j += 1
                elif j in marks:
                    end, value = marks[j]
                    parts.append(value)
                    j = end
                elif self._number_near_month(doc, j, marks, keys):
                    n = _int(keys[j][0])
                    parts.append(("year", str(n)) if n and n > 31 else ("day", str(n)))
                    j += 1
                elif keys[j][0] in GLUE and j + 1 < len(doc) and (
                        j + 1 in marks or self._number_near_month(doc, j + 1, marks, keys)):
                    j += 1
                else:
                    break
            kinds = {k for k, _ in parts}
            if kinds & ANCHORS and (kinds - {"unit"} or "unit" not in kinds):
                if kinds != {"unit"}:
                    found.append(DateExpression(start, j, doc[start:j].text, tuple(parts)))
            i = max(j, i + 1)
        return [self._limit(doc, e) for e in self._ranges(doc, keys, found)]

    def _limit(self, doc: Doc, expr: DateExpression) -> DateExpression:
        """The expression marked as a deadline when deadline words stand just before it."""
        before = tuple(fold(t.text) for t in doc[max(0, expr.start - 3):expr.start])
        if any(before[len(before) - len(d):] == d for d in self.deadlines if 0 < len(d) <= len(before)):
            return replace(expr, parts=(*expr.parts, (DEADLINE, "")))
        return expr

    def _ranges(self, doc: Doc, keys: list[tuple[str, str]], found: list[DateExpression]) -> list[DateExpression]:
        """Two day expressions joined by a range word ("de mardi à mercredi", "from Saturday to
        Sunday") are one expression with two ends."""
        out: list[DateExpression] = []
        for expr in found:
            last = out[-1] if out else None
            if last is not None and expr.start - last.end == 1 and keys[last.end][0] in self.range_words \
                    and RANGE not in last.kinds() and {"weekday", "day"} & set(last.kinds()) \
                    and {"weekday", "day"} & set(expr.kinds()):
                out[-1] = DateExpression(last.start, expr.end, doc[last.start:expr.end].text,
                                         (*last.parts, (RANGE, ""), *expr.parts))
            else:
                out.append(expr)
        return out

    @staticmethod
    def _number_near_month(doc: Doc, i: int, marks: dict[int, tuple[int, tuple[str, str]]],
                           keys: list[tuple[str, str]]) -> bool:
        if not keys[i][0][:1].isdigit():  # read from the keys: cheaper than making a Token
            return False
        n = _int(keys[i][0])
        if n is None:
            return False
        near = [k for k in (i - 1, i + 1, i - 2, i + 2) if 0 <= k < len(doc)]
        month_near = any(k in marks and marks[k][1][0] == "month" for k in near)
        if 1 <= n <= 31 and month_near:
            return True
        if 1900 <= n <= 2100:
            prev = keys[i - 1][0] if i > 0 else ""
            month_before = any(k in marks and marks[k][1][0] == "month" for k in range(max(0, i - 3), i))
            return month_near or month_before or prev in {"en", "in", "since", "depuis"}
        return False


def _last_weekday(base: dt.date, weekday: int, future: bool) -> dt.date:
    if future:
        return base + dt.timedelta(days=(weekday - base.weekday()) % 7 or 7)
    return base - dt.timedelta(days=(base.weekday() - weekday) % 7)


def _month_year(base: dt.date, month: int, direction: str) -> int:
    if direction == "future":
        return base.year if month > base.month else base.year + 1
    if direction == "past":
        return base.year if month < base.month else base.year - 1
    return base.year if month <= base.month + 1 else base.year - 1


def _next_year(day: dt.date) -> dt.date:
    return day.replace(year=day.year + 1) if (day.month, day.day) != (2, 29) else dt.date(day.year + 1, 3, 1)


def resolve(expr: DateExpression, published: dt.date | None, previous: dt.date | None,
            future: bool = False) -> ResolvedDate | None:
    """The date an expression stands for, or None when it needs a base date it lacks; a range
    gives its first day, and its last as ``end``."""
    if (RANGE, "") in expr.parts:
        cut = expr.parts.index((RANGE, ""))
        head = DateExpression(expr.start, expr.end, expr.text, expr.parts[:cut])
        tail = DateExpression(expr.start, expr.end, expr.text, expr.parts[cut + 1:])
        first, last = _resolve(head, published, previous, future), _resolve(tail, published, previous, future)
        if first is None or last is None:
            return first or last
        if last.date < first.date and "weekday" in head.kinds() and "month" not in head.kinds():
            # "de samedi à dimanche" told on a Sunday: Saturday was the day before
            first = ResolvedDate(first.date - dt.timedelta(days=7), first.precision)
        elif last.date < first.date and "month" in tail.kinds() and "year" not in tail.kinds():
            # "from 30 December to 2 January": the range goes on into the next year
            last = ResolvedDate(_next_year(last.date), last.precision)
        return ResolvedDate(first.date, first.precision, last.date)
    return _resolve(expr, published, previous, future)


def _resolve(expr: DateExpression, published: dt.date | None, previous: dt.date | None,
             future: bool = False) -> ResolvedDate | None:
    k = expr.kinds()
    direction = "future" if "future" in k else "past" if "past" in k else ("future" if future else "")
    if "event_offset" in k:
        base = previous or published
        return ResolvedDate(base + dt.timedelta(days=int(k["event_offset"])), "day") if base else None
    year = int(k["year"]) if "year" in k else None
    day = int(k["day"]) if "day" in k else (int(k["ordinal"]) if "ordinal" in k else None)
    if "month" in k:
        month = int(k["month"])
        if year is None:
            if published is None:
                return None
            year = _month_year(published, month, direction)
        if day:
            try:
                return ResolvedDate(dt.date(year, month, day), "day")
            except ValueError:
                return None
        return ResolvedDate(dt.date(year, month, PART_DAY.get(k.get("part", ""), 1)), "month")
    if year is not None:
        return ResolvedDate(dt.date(year, 1, 1), "year")
    if published is None:
        return None
    if "day_offset" in k:
        return ResolvedDate(published + dt.timedelta(days=int(k["day_offset"])), "day")
    if "weekday" in k:
        wd = int(k["weekday"])
        if direction == "past" and published.weekday() == wd:
            return ResolvedDate(published - dt.timedelta(days=7), "day")
        return ResolvedDate(_last_weekday(published, wd, direction == "future"), "day")
    if "unit" in k:
        step = {"past": -1, "future": 1}.get(direction, 0) if ("past" in k or "future" in k or "this" in k) \
            else None
        if step is None:
            return None
        unit = k["unit"]
        if unit == "week":
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
            return ResolvedDate(monday, "week")
        if unit == "month":
            m = published.month - 1 + step
            return ResolvedDate(dt.date(published.year + m // 12, m % 12 + 1, 1), "month")
        return ResolvedDate(dt.date(published.year + step, 1, 1), "year")
    return None


def attachment(expr: DateExpression, doc: Doc) -> Token:
    """The word a date expression modifies: the head of its syntactic root."""
    span = doc[expr.start:expr.end]
    sentence = span.sent
    if expr.start == sentence.start and expr.end < sentence.end and doc[expr.end].text == "," \
            and sentence.root.pos_ in ("VERB", "AUX"):
        return sentence.root  # "Dimanche, des soldats… ont arrêté": a fronted date dates the sentence
    root = span.root
    head = root.head
    while head.dep_ in ("prep", "case") and head.head != head:
        head = head.head
    return head
