"""Which day each event of an article happened, read from the story rather than the clause alone.

The steps of ``DATE_STEPS`` are tried in order for each event:

1. date words on the event ("Chile on Monday withdrew", "a rencontré jeudi");
2. date words on a clause above it, wherever they sit in the sentence ("Mardi, M. Castillo
   avait affirmé que…" dates what was affirmed; "ont décidé jeudi d'ouvrir des négociations");
3. the story's day: the day the lead paragraph tells its news on ("The EU on Friday transferred…"),
   for the reactions and details that follow without a date of their own;
4. the publication date, when the text tells no day at all.

Relative words count from the event told just before ("le lendemain", "la veille", "le même
jour"). A weekday is read in the past unless the event is planned and its verb is not in a past
tense ("agreed on Tuesday to suspend": Tuesday is the day of agreeing, not of suspending).

An act a story dates, by its own words, more than a month before the story's day is history
told as background ("cut ties with Peru in March 2019"): ``EventDater.history`` says so and
``Coder`` leaves it out of a story's records.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from . import when
from .events import RawEvent
from .syntax import VERBAL
from .text import fold


@dataclass(frozen=True)
class EventDate:
    date: dt.date | None
    end: dt.date | None  # the last day of a range ("dans la nuit de mardi à mercredi")
    text: str | None  # the words it was read from
    precision: str  # day | week | month | year | article
    rule: str


@dataclass
class DateContext:
    event: RawEvent
    previous: dt.date | None  # the date of the event told before


Step = Callable[["EventDater", DateContext], "EventDate | None"]


class EventDater:
    """Dates the events of one parsed article (``date`` in text order)."""

    def __init__(self, doc: Doc, expressions: Iterable[when.DateExpression], published: dt.date | None,
                 lead: frozenset[int], to_come: Callable[[Token], bool], quoted: Sequence[bool],
                 arguments: frozenset[str] = frozenset(), adjuncts: frozenset[str] = frozenset(),
                 relations: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.to_come = to_come  # whether a verb tells something still to come ("will hand back on Friday")
        self.arguments = arguments  # labels of a verb's arguments: a "date" read as one is a name ("the Unaizah May 4")
        self.adjuncts = adjuncts  # labels of a verb's adjunct phrases ("dans son discours lundi")
        self.relations = relations  # prepositions of a time counted from ("since", "depuis"): no date of the act
        self.published = published
        self.heads = [(expr, when.attachment(expr, doc)) for expr in expressions]
        self.quoted = quoted  # whether each token stands in a quotation (``entities.quoted_tokens``)
        self.lead = lead  # the starts of the lead's sentences
        self.story_day: EventDate | None = None
        self.previous: dt.date | None = None
        self.previous_at = -1  # where the event before was told
        # "la veille" counts from the event before it once: every event it dates shares that day
        self.anchored: dict[tuple[int, int], dt.date | None] = {}

    def date_all(self, events: list[RawEvent]) -> list[EventDate]:
        """The dates of events given in text order; the story's day is the first day told in
        the lead, so the lead is read first."""
        self.story_day = self._lead_day()
        out = []
        for event in events:
            found = self.date(event)
            if found.text is not None and found.date is not None and found.rule != STORY_DAY \
                    and event.status == "reported" and found.precision == "day":
                self.previous, self.previous_at = found.date, event.trigger.i
            out.append(found)
        return out

    def date(self, event: RawEvent) -> EventDate:
        context = DateContext(event, self.previous)
        for _name, _example, step in DATE_STEPS:
            found = step(self, context)
            if found is not None:
                return found
        return EventDate(None, None, None, "article", "no date words and no publication date")

    def history(self, found: EventDate) -> bool:
        """Whether an event dated from its own words ended more than ``HISTORY_DAYS`` before the
        story's day: background ("cut ties in January 2016", "in 2020"), not the news."""
        news_day = self.story_day.date if self.story_day is not None else self.published
        if news_day is None or found.date is None or found.text is None or found.rule == STORY_DAY:
            return False
        return _last_day(found) < news_day - dt.timedelta(days=HISTORY_DAYS)

    # -- steps ----------------------------------------------------------------------------
    def counted_back(self, context: DateContext) -> EventDate | None:
        """An act told after "a day after", "hours after", "au lendemain de", "la veille de" is
        the act the count starts from: so many days before (after) the act the words date
        ("expelled them on Thursday, a day after Togo expelled theirs": Wednesday)."""
        trigger = context.event.trigger
        for expr, head in self.heads:
            if not expr.relative_to_event:
                continue
            main = self._counted_from(expr, head, trigger)
            if main is None:
                continue
            base = self._day_of(main, expr, context)
            if base is None:
                return None
            day = base - dt.timedelta(days=int(expr.kinds()["event_offset"]))
            return EventDate(day, None, expr.text, "day", f"'{expr.text}' counts back from '{main.text}'")
        return None

    def on_event(self, context: DateContext) -> EventDate | None:
        anchors = {t.i for t in context.event.anchors}
        for expr, head in self.heads:
            if head.i in anchors and not (expr.start <= context.event.trigger.i < expr.end):
                found = self._resolved(expr, head, context, f"'{expr.text}' modifies '{head.text}'")
                if found is not None:
                    return found
        return None

    def on_clause_above(self, context: DateContext) -> EventDate | None:
        trigger = context.event.trigger
        sentence = context.event.sentence
        above: list[Token] = []
        current = trigger
        while current.head != current and sentence.start <= current.head.i < sentence.end:
            current = current.head
            above.append(current)
        for verb in above:
            for expr, head in self.heads:
                if head == verb and not (expr.start <= trigger.i < expr.end):
                    found = self._resolved(expr, head, context, f"'{expr.text}' dates the clause above ('{verb.text}')")
                    if found is not None:
                        return found
        return None

    def in_an_adjunct(self, context: DateContext) -> EventDate | None:
        """Date words inside an adjunct phrase of the event's verb ("Dans son discours d'investiture
        lundi, M. Lai avait exhorté…"), not in one that tells a time it is counted from ("since…")."""
        trigger = context.event.trigger
        verbs = [a for a in context.event.anchors if a.pos_ in VERBAL] or [trigger.head]
        for verb in verbs:
            for phrase in verb.children:
                if phrase.dep_ not in self.adjuncts or phrase == trigger or phrase.is_ancestor(trigger) \
                        or any(fold(w.text) in self.relations for w in (phrase, *phrase.children) if w.i <= phrase.i):
                    continue  # (a time it is counted from dates something else: "depuis la victoire de X")
                for expr, head in self.heads:
                    if head == phrase or phrase.is_ancestor(head):
                        how = f"'{expr.text}' dates '{phrase.text}' of the clause"
                        found = self._resolved(expr, head, context, how)
                        if found is not None:
                            return found
        return None

    def on_story_day(self, context: DateContext) -> EventDate | None:
        day = self.story_day
        if day is None:
            return None
        return EventDate(day.date, day.end, day.text, day.precision, STORY_DAY)

    def on_publication(self, context: DateContext) -> EventDate | None:
        if self.published is None:
            return None
        return EventDate(self.published, None, None, "article", "no date words on the event: publication date")

    # -- helpers --------------------------------------------------------------------------
    def _lead_day(self) -> EventDate | None:
        """The first day the lead tells of an act done ("Chile on Monday withdrew…"), read in the
        past."""
        for expr, head in self.heads:
            if self.doc[expr.start].sent.start not in self.lead or expr.deadline or expr.relative_to_event \
                    or self.to_come(head):
                continue  # (the day of an act to come is not the day of the news)
            resolved = when.resolve(expr, self.published, None)
            if resolved is not None and resolved.precision == "day":
                return EventDate(resolved.date, resolved.end, expr.text, "day", STORY_DAY)
        return None

    def _counted_from(self, expr: when.DateExpression, head: Token, trigger: Token) -> Token | None:
        """The verb whose date a day count starts from, when the trigger is in the act the count
        names: the clause it introduces ("a day after | Togo expelled", whose verb it dates) or
        the noun it governs ("au lendemain de | l'expulsion", "the day after | the vote")."""
        span = self.doc[expr.start:expr.end]
        if any(t.dep_ == "mark" and t.head == head for t in span) and head.i >= expr.end \
                and head.head != head and (head == trigger or head.is_ancestor(trigger)):
            return head.head
        for word in span:
            for child in word.children:
                if child.i >= expr.end and child.dep_ not in ("det", "punct", "amod", "nummod", "case") \
                        and (child == trigger or child.is_ancestor(trigger)):
                    return head
        return None

    def _day_of(self, main: Token, counting: when.DateExpression, context: DateContext) -> dt.date | None:
        """The day of the act a count starts from: its own date words, else the story's day, else
        the publication date."""
        for expr, head in self.heads:
            if head == main and expr is not counting and not expr.deadline and not expr.relative_to_event:
                resolved = when.resolve(expr, self.published, context.previous)
                if resolved is not None and resolved.precision == "day":
                    return resolved.date
        return self.story_day.date if self.story_day is not None else self.published

    def _day_told_before(self, expr: when.DateExpression, previous: dt.date | None) -> dt.date | None:
        """The day "le même jour", "the next day" count from: the last day the text told before
        them, when it comes after the event before ("Samedi, des navires ont visé… Le même jour,
        Pékin avait averti"), else the event before's."""
        for told, head in reversed(self.heads):
            if told.start >= expr.start or told.relative_to_event or told.deadline or head.pos_ not in VERBAL \
                    or self.doc[told.start:told.end].root.dep_ in self.arguments or not _past(head) \
                    or self.quoted[told.start]:
                continue  # (a day that dates no verb may be a name: "hit the Unaizah May 4"; nor a day to come,
                # nor a day a quotation tells: "« Après m'avoir assuré samedi dernier… » La veille, il avait averti")
            if told.start <= self.previous_at:
                break
            resolved = when.resolve(told, self.published, None)
            if resolved is not None and resolved.precision == "day":
                return resolved.date
        return previous

    def _resolved(self, expr: when.DateExpression, head: Token, context: DateContext, how: str) -> EventDate | None:
        if expr.deadline:
            return None  # "a demandé au Bénin de retirer d'ici au 15 décembre": the limit, not the day of the demand
        future = context.event.status == "planned" and not _past(head)
        previous = self.anchored.setdefault((expr.start, expr.end), self._day_told_before(expr, context.previous)) \
            if expr.relative_to_event else context.previous
        resolved = when.resolve(expr, self.published, previous, future=future)
        if resolved is None:
            return None
        kinds = expr.kinds()
        if not future and _past(head) and self.published is not None and resolved.date > self.published \
                and "month" in kinds and "year" not in kinds and resolved.end is None:
            resolved = when.ResolvedDate(_year_before(resolved.date), resolved.precision)  # "a expulsé le 31 janvier"
        if context.event.status == "planned" and self.published is not None and resolved.date > self.published:
            return None  # "will return the districts by December 1": the day of the promise is wanted
        base = "the event before" if expr.relative_to_event else "the publication date"
        return EventDate(resolved.date, resolved.end, expr.text, resolved.precision, f"{how}, from {base}")



def _last_day(found: EventDate) -> dt.date:
    """The last day an event dated with some precision may have happened on."""
    assert found.date is not None
    if found.end is not None:
        return found.end
    if found.precision == "year":
        return found.date.replace(month=12, day=31)
    if found.precision == "month":
        return found.date.replace(day=calendar.monthrange(found.date.year, found.date.month)[1])
    if found.precision == "week":
        return found.date + dt.timedelta(days=6)
    return found.date


def _year_before(day: dt.date) -> dt.date:
    return day.replace(year=day.year - 1, day=min(day.day, 28) if (day.month, day.day) == (2, 29) else day.day)


def _past(verb: Token) -> bool:
    """A verb told in a past tense ("agreed", "ont décidé", "had met")."""
    return "Past" in verb.morph.get("Tense") and (
        "Fin" in verb.morph.get("VerbForm") or any(c.dep_ in ("aux", "aux:tense") for c in verb.children))


HISTORY_DAYS = 31  # an act told as over this long before the story's day is background, not news
STORY_DAY = "no date words on the event: the story's day, told in the lead"

# The order in which an event's date is sought, each with an example.
DATE_STEPS: tuple[tuple[str, str, Step], ...] = (
    ("counted back from the act dated", "a day after Togo expelled… (expelled on Thursday)", EventDater.counted_back),
    ("date words on the event", "Chile on Monday withdrew", EventDater.on_event),
    ("date words on a clause above", "Mardi, M. Castillo avait affirmé que…", EventDater.on_clause_above),
    ("date words in an adjunct of the verb", "Dans son discours lundi, M. Lai avait exhorté…",
     EventDater.in_an_adjunct),
    ("the story's day", "the Elysée called the move reckless (after 'on Friday' in the lead)", EventDater.on_story_day),
    ("the publication date", "an article whose text tells no day", EventDater.on_publication),
)
