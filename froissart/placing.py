"""Where each event of an article happened, at least at the level of a country.

The steps of ``PLACE_STEPS`` are tried in order for each event:

1. place words on the event ("a reçu à Varsovie", "signed in Jeddah");
2. the only place named in its sentence ("In Washington, the spokesman said…");
3. the venue of the story: the first place told on a meeting ("lors de la réunion tenue à Lima",
   "Meeting in Brussels, the leaders…"), for what the story's attendees say and agree;
4. where a material act was aimed: the country attacked, policed or helped ("Iran fired drones
   at Israel");
5. the home of its author, for what a state or an organisation says or decides (the seat of an
   organisation: ``data/org_seats.tsv``);
6. the dateline ("NAIROBI, June 4, 2025 - …").

Actors named only by their kind ("la police", "protesters") are then situated: in the country of
the event's place when the text names it, else in the country the article is mostly about.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from .actors import DocActors
from .events import RawEvent
from .langdata import data_dir, read_table
from .model import Actor, Place, same_actor
from .nlp import DATELINE_CITY
from .syntax import Syntax
from .text import fold
from .where import Gazetteer

PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
COMPLEMENTS = frozenset({"xcomp", "ccomp", "advcl"})
MEETINGS = frozenset({"CONSULT", "AGREE", "COOPERATE"})
MATERIAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "COOPERATE", "PROTEST", "RETREAT"})
REPRESSION = frozenset({"ASSAULT", "COERCE"})  # acts a state may do to its own officials


@dataclass(frozen=True)
class EventPlace:
    place: Place | None
    rule: str


@dataclass
class PlaceContext:
    event: RawEvent


Step = Callable[["EventPlacer", PlaceContext], "EventPlace | None"]


class EventPlacer:
    """Places the events of one parsed article, and situates the actors named by their kind."""

    def __init__(self, doc: Doc, doc_actors: DocActors, syntax: Syntax, gazetteer: Gazetteer,
                 dateline: Place | None) -> None:
        self.doc = doc
        self.actors = doc_actors
        self.syntax = syntax
        self.gazetteer = gazetteer
        self.seats = org_seats()
        self.places = self._locatives()
        self.dateline = dateline
        self.main_country = main_country(doc, doc_actors, dateline)

    def place_all(self, events: list[RawEvent]) -> list[EventPlace]:
        """The places of events, their actors named by their kind situated on the way."""
        self.venue, self.attendees = self._venue(events)
        return [self.place(event) for event in events]

    def place(self, event: RawEvent) -> EventPlace:
        """The event's place; its actors named by their kind are situated on the way, in the place
        its sentence tells, else in the article's main country before the story is asked."""
        context = PlaceContext(event)
        situated = False
        own = event.type in REPRESSION
        for _name, _example, step in PLACE_STEPS:
            if step not in TOLD and not situated:
                event.pairs, situated = self.situated(event.pairs, None, own=own), True
            found = step(self, context)
            if found is not None:
                if not situated:
                    event.pairs = self.situated(event.pairs, found.place, event.type in MATERIAL, own)
                return found
        if not situated:
            event.pairs = self.situated(event.pairs, None, own=own)
        return EventPlace(None, "no place words on the event")

    # -- steps ----------------------------------------------------------------------------
    def on_event(self, context: PlaceContext) -> EventPlace | None:
        anchors = {t.i for t in context.event.anchors}
        for token, place in self._candidates(context.event):
            head = token.head
            if head.dep_ == "prep":
                head = head.head
            if head.i in anchors:
                return EventPlace(place, f"'{place.text}' modifies '{head.text}'")
        return None

    def in_sentence(self, context: PlaceContext) -> EventPlace | None:
        """The only place of the sentence, unless it sits in another clause ("the strike that
        destroyed its embassy in Quito")."""
        sentence = context.event.sentence
        clause = _clause_verbs(context.event)
        found = [(t, p) for t, p in self._candidates(context.event)
                 if sentence.start <= t.i < sentence.end and _verb_of(t) in clause]
        if len({p.country for _, p in found}) == 1:
            return EventPlace(found[0][1], f"the only place named in the sentence ('{found[0][1].text}')")
        return None

    def at_venue(self, context: PlaceContext) -> EventPlace | None:
        """The story's venue, for what its attendees say and agree there ("lors de la réunion
        tenue à Lima" places Iwaya's other talks and statements of that day)."""
        if self.venue is None or context.event.type in MATERIAL:
            return None
        if not any(s.code() in self.attendees for s, _ in context.event.pairs):
            return None
        return EventPlace(self.venue, f"the venue of the story ('{self.venue.text}')")

    def aimed_at(self, context: PlaceContext) -> EventPlace | None:
        if context.event.type not in MATERIAL:
            return None
        for _, target in context.event.pairs:
            if target is not None and target.country:
                return EventPlace(self._country(target.country), f"where it was aimed ({target.country})")
        return None

    def at_home(self, context: PlaceContext) -> EventPlace | None:
        for source, _ in context.event.pairs:
            country = source.country or self.seats.get(source.org or "")
            if country:
                return EventPlace(self._country(country), f"no place words: the home of its author ({country})")
        return None

    def at_dateline(self, context: PlaceContext) -> EventPlace | None:
        if self.dateline is None:
            return None
        return EventPlace(self.dateline, f"the dateline ('{self.dateline.text}')")

    # -- actors named by their kind ---------------------------------------------------------
    def situated(self, pairs: list[tuple[Actor, Actor | None]], told: Place | None,
                 material: bool = True, own: bool = False) -> list[tuple[Actor, Actor | None]]:
        """Actors named only by their sector ("la police", "protesters") belong to the country
        where the event happened when its sentence names the place, else to the country the
        article is mostly about; the same group is in the same country all through the article.
        What is said or decided somewhere ("called in Brussels for sanctions against officials")
        leaves its targets to the article's country."""
        entities = self.actors.entities
        here = told.country if told is not None and told.country else self.main_country

        def situate(actor: Actor | None, country: str | None) -> Actor | None:
            if actor is None or actor.country or actor.org or not country or not actor.sector:
                return actor
            return replace(actor, country=entities.situate(actor.entity, country))

        out = []
        for source, target in pairs:
            s, t = situate(source, here), situate(target, here if material else self.main_country)
            # a government that bans or arrests ministers acts on its own: two entities, one country
            apart = own and target is not None and target.entity != source.entity
            if t is not None and same_actor(s, t) and not same_actor(source, target) and not apart:
                s, t = source, target  # placed in one country they would merge: leave them unplaced
            if s is not None and (t is None or apart or not same_actor(s, t)):
                out.append((s, t))
        return out

    # -- helpers --------------------------------------------------------------------------
    def _locatives(self) -> list[tuple[Token, Place]]:
        """Locative phrases ("à Lima", "in Lima", "au Pérou") with their resolved place."""
        doc, doc_actors = self.doc, self.actors
        countries = {c for _, c in doc_actors.countries}
        candidates: dict[int, Span] = {}
        for i, m in doc_actors.tags.items():
            if m.value.kind in ("country", "capital") and i == m.start:  # (a capital the model tags PERSON)
                span = doc[m.start:m.end]
                candidates[span.root.i] = span
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS and ent.root.i not in candidates:
                candidates[ent.root.i] = ent
        out: list[tuple[Token, Place]] = []
        for token, place in self._descriptions():
            out.append((token, place))
        for i, span in sorted(candidates.items()):
            token = doc[i]
            if self.syntax.case_of(token) not in self.syntax.locative:
                continue
            m = doc_actors.tags.get(i)
            if m is not None and m.value.kind == "country" and m.value.country:
                out.append((token, self.gazetteer.country_place(span.text, m.value.country)))
                continue
            place = self.gazetteer.place(span.text, countries)
            if m is not None and m.value.kind == "capital" and m.value.country and (
                    place is None or place.country != m.value.country):
                # a seat of power is in its own country ("à la Maison Blanche", not the Paris district)
                place = self.gazetteer.country_place(span.text, m.value.country)
            if place is not None:
                out.append((token, place))
        return out

    def _venue(self, events: list[RawEvent]) -> tuple[Place | None, set[str | None]]:
        """Where the story's meeting took place: the first place told on a meeting ("la réunion
        tenue à Lima", "Meeting in Brussels", "signed at a ceremony in Santiago"), with the parties
        of the story's meetings and agreements as its attendees."""
        venue = None
        for token, place in self.places:
            head = token.head.head if token.head.dep_ == "prep" else token.head
            meeting = fold(head.lemma_) in self.syntax.meeting_nouns or any(
                fold(a.lemma_) in self.syntax.meeting_nouns for a in head.ancestors if a.pos_ == "NOUN")
            if meeting or any(head in e.anchors for e in events if e.type in MEETINGS):
                venue = place
                break
        attendees = {a.code() for e in events if e.type in MEETINGS for s, t in e.pairs for a in (s, t)
                     if a is not None}
        return venue, attendees - {None}

    def _descriptions(self) -> list[tuple[Token, Place]]:
        """Places described by a common noun: "in the Chilean city of Valparaíso", "dans la capitale
        lituanienne", "in the Peruvian capital"."""
        out: list[tuple[Token, Place]] = []
        for token in self.doc:
            if token.pos_ != "NOUN" or fold(token.lemma_) not in self.syntax.place_nouns \
                    or self.syntax.case_of(token) not in self.syntax.locative:
                continue
            named = [n for prep, n in self.syntax.prepositional(token) if prep in self.syntax.genitive] + \
                [c for c in token.children if c.dep_ in ("appos", "nmod") and c.pos_ == "PROPN"]
            place = next((p for n in named if (p := self.gazetteer.place(n.text)) is not None), None)
            if place is None:
                tags = [self.actors.tags.get(c.i) for c in token.children]
                country = next((m.value.country for m in tags if m is not None and m.value.kind == "nationality"), None)
                place = self._country(country) if country else None
                if place is not None:
                    place = replace(place, text=self.actors.text_of(self.syntax.phrase(token)))
            if place is not None:
                out.append((token, place))
        return out

    def _candidates(self, event: RawEvent) -> list[tuple[Token, Place]]:
        # "livrer des blindés à l'Ukraine": a country the event is done to is not where it happened,
        # nor a capital that is its target ("une attaque que Quito impute à Lima")
        targets = {t.country for _, t in event.pairs if t is not None}
        words = {t.i for t in event.target_words}
        return [(t, p) for t, p in self.places
                if not (p.precision == "country" and p.country in targets) and t.i not in words]

    def _country(self, iso3: str) -> Place:
        return self.gazetteer.country_place(self.gazetteer.country_names.get(iso3, iso3), iso3)


def main_country(doc: Doc, doc_actors: DocActors, dateline: Place | None = None) -> str | None:
    """The country the article is mostly about: its most named country, a mention in the lead
    counting three times, and so does the dateline's country (where the story was reported)."""
    lead = doc_actors.lead
    counts: Counter[str] = Counter()
    if dateline is not None and dateline.country:
        counts[dateline.country] += 3
    for i, country in doc_actors.countries:
        counts[country] += 3 if doc_actors.sentence(doc[i]).start in lead else 1
    return counts.most_common(1)[0][0] if counts else None


@cache
def org_seats() -> dict[str, str]:
    """Where international organisations sit (``data/org_seats.tsv``)."""
    return {r["org"]: r["country"] for r in read_table(data_dir() / "org_seats.tsv", ("org", "country"))}


def _verb_of(token: Token) -> Token | None:
    """The verb of the clause a word is in."""
    current = token
    for _ in range(8):
        if current.pos_ in ("VERB", "AUX") and current != token:
            return current
        if current.head == current:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
    return None


def _clause_verbs(event: RawEvent) -> set[Token | None]:
    """The verbs of the event's clause: its trigger or light verb, the verbs it hangs on and the
    verbs of its complements ("threatened to launch an offensive in Syria"), not those of
    relative clauses ("a strike that destroyed its embassy in Quito") nor adverbial clauses with a
    subject of their own ("…, tandis que sa rivale a trouvé refuge en Lituanie")."""
    out: set[Token | None] = set(event.anchors)
    current = event.trigger
    for _ in range(4):
        if current.head == current:
            break
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            out.add(current)
    stack = [t for t in list(out) if t is not None]
    while stack:
        for child in stack.pop().children:
            if child.pos_ in ("VERB", "AUX") and child.dep_ in COMPLEMENTS and child not in out \
                    and not (child.dep_ == "advcl" and any(g.dep_.startswith("nsubj") for g in child.children)):
                out.add(child)
                stack.append(child)
    return out


def dateline_place(text: str, gazetteer: Gazetteer) -> Place | None:
    """The city of a wire dateline ("NAIROBI, June 4, 2025 - …"), which the reader puts on a
    line of its own."""
    first = text.lstrip().split("\n", 1)[0]
    match = DATELINE_CITY.match(first)
    if match is None:
        return None
    return gazetteer.place(match.group(1).title())


# The order in which an event's place is sought, each with an example.
PLACE_STEPS: tuple[tuple[str, str, Step], ...] = (
    ("place words on the event", "a reçu à Santiago le président péruvien", EventPlacer.on_event),
    ("the only place named in the sentence", "In Washington, the spokesman said…", EventPlacer.in_sentence),
    ("the venue of the story", "Iwaya et Blinken se sont engagés… (lors de la réunion tenue à Lima)",
     EventPlacer.at_venue),
    ("where a material act was aimed", "Iran fired drones at Israel", EventPlacer.aimed_at),
    ("the home of its author", "the Elysée called the move reckless", EventPlacer.at_home),
    ("the dateline", "NAIROBI, June 4, 2025 - …", EventPlacer.at_dateline),
)
TOLD = frozenset({EventPlacer.on_event, EventPlacer.in_sentence})  # the steps that read the event's own sentence
