"""Targets told by the story, not the clause (``spec/ontology.md``, "Whom an act is aimed at").

A reaction names what it reacts to, not whom: "Iran condemned the strikes" accuses whoever
struck, "la junte a rejeté ces exigences" rejects whoever made the demands, "New Delhi
retaliated" acts against whoever acted first. ``StoryReader`` reads the events of one article in
text order and gives each event that found no target in its clause the target the story tells,
trying the steps of ``TARGET_STEPS`` in order. An event left without a target is marked
``untargeted``: ``Coder`` leaves it out of its output unless asked to keep it.

The words are language data (``lang/<code>/references.tsv``): nouns that stand for an earlier
act ("decision", "ces exigences") and words of responding ("retaliate", "riposte").
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from .actors import DocActors
from .events import RawEvent, TriggerLexicon
from .groups import across, is_group
from .model import Actor, same_actor
from .ontology import UNDOES, Ontology
from .references import ReferenceWords
from .syntax import NOMINAL, VERBAL, Syntax, manner_of
from .text import fold

REACTIONS = frozenset({"ACCUSE", "THREATEN", "REQUEST", "SANCTION"})  # acts that answer the news
STATE_SECTORS = frozenset({None, "GOV", "MIL", "COP", "SPY", "JUD", "LEG"})  # who acts for a state
# reactions aimed at an adversary, who need not be named: the other party of the story
HOSTILE_REACTIONS = frozenset({"ACCUSE", "THREATEN", "REJECT", "SANCTION"})
# acts that may name what they react to: "condemned the move", "welcomed the deal", "demanded their release"
REACTING = frozenset({"ACCUSE", "SUPPORT", "REJECT", "THREATEN", "REQUEST", "SANCTION", "CONCEDE", "AGREE"})
# grammatical roles through which an actor owns the thing a reaction is about ("Moscow's move",
# "la décision turque", "la décision des Péruviens", "steps by the Commission")
OWNER_LABELS = frozenset({"poss", "nmod:poss", "amod", "nmod", "obl", "agent", "obl:agent", "pobj", "compound"})


@dataclass
class Context:
    """What a step may read: the event, the events told before it, the article's actors."""

    event: RawEvent
    earlier: list[RawEvent]
    doc_actors: DocActors
    lead: frozenset[int]  # the starts of the lead's sentences
    events: list[RawEvent]  # every event of the article, in text order


Step = Callable[["StoryReader", Context], list[Actor]]


class StoryReader:
    def __init__(self, references: ReferenceWords, lexicon: TriggerLexicon, syntax: Syntax,
                 ontology: Ontology) -> None:
        self.references = references
        self.lexicon = lexicon
        self.syntax = syntax
        self.ontology = ontology

    def read(self, events: Iterable[RawEvent], doc_actors: DocActors) -> list[RawEvent]:
        """The events in text order, each untargeted one given the target the story tells when it
        can be found."""
        ordered = sorted(events, key=lambda e: e.trigger.i)
        lead = doc_actors.lead
        for k, event in enumerate(ordered):
            if any(t is not None and (t.code() or t.sector or is_group(t)) for _, t in event.pairs):
                continue  # (a target named by no country, organisation or kind is no one the story knows)
            told = event.pairs
            event.pairs = list({id(s): (s, None) for s, _ in event.pairs}.values())
            context = Context(event, [e for e in ordered[:k] if e.trigger.i < event.trigger.i], doc_actors, lead,
                              ordered)
            for name, _example, step in TARGET_STEPS:
                domestic = step in DOMESTIC
                if event.rule is not None and not domestic:
                    continue  # a type the learned stage chose: only its clause tells whom it aims at
                targets = [t for t in step(self, context) if (t.code() or t.sector) and (
                    step is own_state or not any(_same_side(s, t, domestic) for s, _ in event.pairs))]
                if targets:
                    event.pairs = across([s for s, _ in event.pairs], _unique(targets))
                    event.notes.append(f"target: {name}")
                    event.foreign_target = not domestic
                    break
            else:
                event.pairs, event.untargeted = told, True
        protests = {e.trigger.i for e in ordered if e.type == "PROTEST"}
        told = {e.trigger.i for e in ordered}
        return [e for e in ordered if not self._denounced_by_protest(e, protests) and not _told_by_how(self, e, told)]

    # -- steps ----------------------------------------------------------------------------
    def two_sides(self, context: Context) -> list[Actor]:
        """"Both sides", "les deux parties": the two sides of the story's latest act that has two
        ("the army and the rebels signed a truce… I urge both sides to stop")."""
        if not any(fold(w.lemma_) in self.syntax.side_groups or fold(w.text) in self.syntax.side_groups
                   for w in context.event.target_words):
            return []
        candidates = []
        for earlier in context.earlier:
            sides = _unique([a for s, t in earlier.pairs for a in (s, t) if a is not None and (a.code() or a.sector)])
            if len(sides) >= 2:  # named sides first, then the lead's, then the latest
                rank = (all(a.code() for a in sides), earlier.sentence.start in context.lead, earlier.trigger.i)
                candidates.append((rank, sides))
        return max(candidates, key=lambda c: c[0])[1] if candidates else []

    def owner(self, context: Context) -> list[Actor]:
        """Whoever owns what the reaction is about, however deep in the phrase."""
        doc_actors = context.doc_actors
        for word in self.reacted_to(context.event):
            for token in self._owners(word, doc_actors):
                found = [a for a in doc_actors.resolve(token) if a.code()]
                if found:
                    return found
        return []

    def act_named(self, context: Context) -> list[Actor]:
        """An act the reaction names in its own clause, coded there ("welcomed the agreement
        signed the day before between X and Y", "condemned the strike launched by X"): its
        authors, or its parties when the reaction is cooperative and the act mutual."""
        event = context.event
        if event.type not in REACTING:
            return []
        words = {w.i for w in self.reacted_to(event)}
        for other in context.events:
            if other is not event and other.trigger.i in words and other.rule is None:
                parties = [a for a in self._parties(other, event) if a.code() or a.sector]
                if parties and not self.took_part(other, event):
                    return parties
        return []

    def act_referred_to(self, context: Context) -> list[Actor]:
        """An act named by a definite noun ("the attack", "ces exigences", "the agreement") is an
        act of its kind the lexicon told before: one named by the same word first, then one of the
        reaction's tone, the news of the lead, what a sentence tells before what it tells in
        passing, then the latest. The reaction aims
        at its authors, or at its parties when the reaction is cooperative and the act mutual
        ("welcomed the agreement")."""
        if context.event.type not in REACTING:
            return []
        for word in _act_words(self, context.event):
            types = self._act_types(word)
            if types is None:
                continue
            if context.event.type == "REQUEST" and len(types) == 1 and next(iter(types)) in UNDOES:
                types = UNDOES[next(iter(types))]  # "demanded the release of X": of whoever holds X
            candidates = []
            for earlier in context.earlier:
                if earlier.rule is not None or types and earlier.type not in types and earlier.entry.type not in types:
                    continue  # (an act the learned stage typed is too unsure to be referred to)
                parties = [a for a in self._parties(earlier, context.event) if a.code() or a.sector]
                if parties and not self.took_part(earlier, context.event):
                    same_word = fold(earlier.trigger.lemma_) == fold(word.lemma_)
                    # a condemnation names a hostile act, a welcome a friendly one ("condemned the episode")
                    tone = self._cooperative(earlier) == self._cooperative(context.event)
                    rank = (same_word, tone, earlier.sentence.start in context.lead, _main(earlier), earlier.trigger.i)
                    candidates.append((rank, parties))
            if candidates:
                return max(candidates, key=lambda c: c[0])[1]
        return []

    def response(self, context: Context) -> list[Actor]:
        """A response ("retaliated", "a riposté", "promised a response") is aimed at whoever last
        acted against the responder, or else at whoever the responder last accused, or else at
        whoever last attacked anything ("Ukraine struck the bridge… Moscow vowed a response")."""
        event = context.event
        if not any(self.responding(t) for t in self._clause_words(event)):
            return []
        return self._aimed_at(event, context.earlier) or self._accused_by(event, context.earlier) \
            or _last_attack_by_another(event, context.earlier)

    def previous_act(self, context: Context) -> list[Actor]:
        """A rejection whose object names no one answers the last accusation aimed at its author,
        or else the last act ("Quito demanded of Lima… The ministry rejected any link", "Minsk
        denies planning the raid")."""
        if context.event.type != "REJECT":
            return []
        accusations = [e for e in context.earlier if e.type == "ACCUSE"]  # a denial answers an accusation first
        return self._aimed_at(context.event, accusations) or self._aimed_at(context.event, context.earlier)

    def news_maker(self, context: Context) -> list[Actor]:
        """A reaction that names no one and refers to nothing told is aimed at whoever made the
        news of the lead ("the military seized power… Canada threatened to impose sanctions")."""
        event = context.event
        if event.type not in REACTIONS or event.entry.table == "modality" and event.type == "REQUEST" \
                or event.entry.mode == "order":
            return []  # not for a demand read from a modal verb, nor an order
        if any(w.pos_ == "NOUN" and self.definite(w) for w in self.syntax.objects(event.trigger)):
            return []  # "denounced the diversion": it refers to something told, whoever did it
        for earlier in context.earlier:
            if earlier.sentence.start not in context.lead or self.took_part(earlier, context.event):
                continue
            sources = [s for s, _ in earlier.pairs if s.code() or s.sector]
            if sources:
                return sources
        return []

    def counterpart(self, context: Context) -> list[Actor]:
        """An act that names no one is aimed at the other party of the author's dealings told in
        the lead, or else told last ("Peru and Ecuador's truce took hold… Peru warned that any
        violation would be answered with fire")."""
        event = context.event
        if event.type not in HOSTILE_REACTIONS or event.entry.mode == "order":
            return []
        lead = [e for e in context.earlier if e.sentence.start in context.lead]
        later = [e for e in reversed(context.earlier) if e.sentence.start not in context.lead]
        for earlier in [*lead, *later]:
            for source, target in earlier.pairs:
                if target is None or not target.code() or _same_code(source, target):
                    continue
                for author, _ in event.pairs:
                    if _same_code(author, source):
                        return [target]
                    if _same_code(author, target):
                        return [source]
        return []

    def purpose_of_the_protest(self, context: Context) -> list[Actor]:
        """A protest held to denounce something is aimed at whoever the denunciation is ("rallied in
        Quito to denounce the raids", "ont défilé pour dénoncer la réforme du gouvernement")."""
        event = context.event
        if event.type != "PROTEST":
            return []
        for purpose in context.events:
            if purpose.trigger.head != event.trigger or purpose.trigger.dep_ not in self.syntax.clausal \
                    or purpose.type not in ("ACCUSE", "REJECT", "REQUEST"):
                continue
            told = [t for _, t in purpose.pairs if t is not None and (t.code() or t.sector)]
            if told:
                return told
            inner = Context(purpose, context.earlier, context.doc_actors, context.lead, context.events)
            found = self.owner(inner) or self.act_referred_to(inner)
            if found:
                return found
        return []

    # -- helpers --------------------------------------------------------------------------
    def _denounced_by_protest(self, event: RawEvent, protests: set[int]) -> bool:
        """"rallied to denounce the strikes", "ont manifesté pour dénoncer l'offensive": the
        protest is the denunciation, told once (a demand made while protesting is told too)."""
        trigger = event.trigger
        return event.type in ("ACCUSE", "PROTEST") and trigger.head.i in protests and trigger.head != trigger \
            and trigger.dep_ in self.syntax.clausal and "Inf" in trigger.morph.get("VerbForm")

    def reacted_to(self, event: RawEvent) -> list[Token]:
        """The words naming what an event is about: its target words or, when its object is a
        clause ("condemned what he called Lima's decision"), that clause's objects."""
        if event.target_words:
            # a free relative ("against what they called the betrayal of…"): what its clause names;
            # what the verb names its object ("calling it a response to Lomé's provocations")
            clauses = [w.head if w.pos_ == "PRON" else w for w in event.target_words
                       if (w.pos_ == "PRON" and w.head.pos_ in ("VERB", "AUX") and w.head != event.trigger)
                       or w.pos_ in ("VERB", "AUX")]
            named = [g for g in event.trigger.children if g.dep_ in self.syntax.predicates]
            return [*event.target_words, *(o for c in clauses for o in self._said_of(c)), *named]
        clauses = [c for c in event.trigger.children if c.dep_ in self.syntax.clausal and c.pos_ in ("VERB", "AUX")]
        # … or the thing its verb names ("a exigé | la fin de la présence militaire américaine")
        things = [o for o in self.syntax.objects(event.trigger) if o.pos_ == "NOUN"]
        return [*(o for c in clauses for o in self._said_of(c)), *things]

    def _said_of(self, verb: Token) -> list[Token]:
        """What a clause names: its objects and predicates ("called Moscow's move cynical")."""
        return [*self.syntax.objects(verb), *(g for g in verb.children if g.dep_ in self.syntax.predicates)]

    def _owners(self, word: Token, doc_actors: DocActors) -> list[Token]:
        """Actor words owning a noun or what hangs on it, nearest first; places ("in Minsk") and
        names used as modifiers of things ("the Athens-to-Vilnius flight") are not owners."""
        out: list[Token] = []
        queue = [word]
        seen = {word.i}
        while queue:
            current = queue.pop(0)
            for child in current.children:
                if child.i in seen or child.dep_ in ("punct", "appos", "parataxis") \
                        or child.dep_ in self.syntax.clausal:
                    continue
                seen.add(child.i)
                queue.append(child)
                tag = doc_actors.tags.get(child.i)
                if tag is None or tag.value.kind == "noun" and not tag.value.sector:
                    continue
                if self.syntax.case_of(child) in self.syntax.location:
                    continue  # "in Minsk": a place, no owner
                if child.dep_ == "compound" and tag.value.kind != "nationality":
                    continue
                if child.dep_ in OWNER_LABELS or child.pos_ in NOMINAL:
                    out.append(child)
        return out

    def _act_types(self, word: Token) -> frozenset[str] | None:
        """The types of act a noun stands for (empty: any), or None when it names no act: those
        ``references.tsv`` gives it, and its own type as an event noun."""
        reference = self.references.of(word)
        entry = self.lexicon.lookup(word) if word.pos_ == "NOUN" else None
        if reference is not None and reference.kind == "act":
            return reference.types | ({entry.type} if entry is not None and reference.types else set())
        return frozenset({entry.type}) if entry is not None else None

    def _cooperative(self, event: RawEvent) -> bool:
        return self.ontology.type(event.type).cooperative

    def definite(self, noun: Token) -> bool:
        """Whether a noun names something already known: a definite article, a demonstrative or a
        possessive ("the move", "ces exigences", "Russia's decision"), not "further measures"."""
        return any(fold(c.text) in self.syntax.definite or c.dep_ in self.syntax.possessive
                   for c in noun.children) or noun.pos_ == "PRON"

    def responding(self, token: Token) -> bool:
        reference = self.references.of(token)
        return reference is not None and reference.kind == "response"

    def _clause_words(self, event: RawEvent) -> list[Token]:
        """The trigger, the verbs above it in its clause and its target words."""
        words = [event.trigger, *event.target_words]
        current = event.trigger
        for _ in range(3):
            if current.head == current:
                break
            current = current.head
            words.append(current)
        return words

    @staticmethod
    def took_part(earlier: RawEvent, event: RawEvent) -> bool:
        """Whether the event's authors took part in the earlier act: the same actors, or the same
        state ("the president warned…" after "Peruvian and Chilean warplanes struck…")."""
        return all(any(same_actor(s, es) or _same_state(s, es) for es, _ in earlier.pairs) for s, _ in event.pairs)

    def _parties(self, earlier: RawEvent, event: RawEvent) -> list[Actor]:
        mutual = self.ontology.type(earlier.type).cooperative and self.ontology.type(event.type).cooperative
        sources = [s for s, _ in earlier.pairs]
        targets = [t for _, t in earlier.pairs if t is not None] if mutual else []
        return _unique([*sources, *targets])

    @staticmethod
    def _aimed_at(event: RawEvent, earlier: list[RawEvent]) -> list[Actor]:
        """The authors of the last act told before whose target is the event's author."""
        for act in reversed(earlier):
            for source, target in act.pairs:
                if target is not None and any(_same_code(s, target) for s, _ in event.pairs) \
                        and not any(_same_code(s, source) for s, _ in event.pairs):
                    return [s for s, t in act.pairs if t is not None and _same_code(t, target)]
        return []

    @staticmethod
    def _accused_by(event: RawEvent, earlier: list[RawEvent]) -> list[Actor]:
        for act in reversed(earlier):
            if act.type == "ACCUSE" and any(_same_code(s, es) for s, _ in event.pairs for es, _ in act.pairs):
                return [t for _, t in act.pairs if t is not None]
        return []


# -- steps that read the event alone ----------------------------------------------------------
def policed_people(reader: StoryReader, context: Context) -> list[Actor]:
    """Police who disperse, arrest or fire with no one named act on the people of their own
    country ("la police a chargé pour disperser les grévistes")."""
    if context.event.type not in ("COERCE", "ASSAULT"):
        return []
    return [Actor(text="", country=s.country, sector="CVL") for s, _ in context.event.pairs
            if s.sector == "COP"][:1]


def facility_besieged(reader: StoryReader, context: Context) -> list[Actor]:
    """A protest held outside a foreign embassy or base is aimed at the country it stands for
    ("rallied outside the French embassy in Niamey", "devant l'ambassade de France")."""
    event, syn = context.event, reader.syntax
    if event.type != "PROTEST":
        return []
    for token in (event.trigger, *(a for a in event.anchors if a != event.trigger)):
        for _, noun in syn.prepositional(token):
            if syn.is_facility(noun):
                owners = [a for a in context.doc_actors.resolve(noun) if a.code()
                          and not any(_same_code(s, a) for s, _ in event.pairs)]
                if owners:
                    return owners
    return []


def home_government(reader: StoryReader, context: Context) -> list[Actor]:
    """Citizens who protest with no one named protest against their own government
    ("des milliers de Sénégalais ont manifesté contre la vie chère")."""
    if context.event.type != "PROTEST":
        return []
    return [Actor(text="", country=s.country, sector="GOV") for s, _ in context.event.pairs
            if s.sector != "GOV"][:1]


def own_state(reader: StoryReader, context: Context) -> list[Actor]:
    """An act the lexicon aims at its author's own state (``targets`` ``self``: "the prime
    minister resigned", "a démissionné")."""
    if "self" not in context.event.entry.targets:
        return []
    return [Actor(text="", country=s.country) for s, _ in context.event.pairs if s.country][:1]  # (the country)


def act_told_by_its_verb(reader: StoryReader, context: Context) -> list[Actor]:
    """A definite noun naming an act that a verb told before, coded in no event ("North Korea
    launched a missile… Tokyo called the launch reckless", "a tiré… a qualifié ce tir
    d'irresponsable"): the verb's subject, the lead's first verb first, then the latest."""
    event = context.event
    if event.type not in REACTING:
        return []
    syn = reader.syntax
    for word in reader.reacted_to(event):
        if word.pos_ != "NOUN" or not reader.definite(word):
            continue
        noun = fold(word.lemma_)
        verbs = [v for v in word.doc[:word.i] if v.pos_ == "VERB" and v != event.trigger and v.dep_ != "acl"
                 and _same_stem(noun, fold(v.lemma_))]
        lead = [v for v in verbs if v.sent.start in context.lead]
        for verb in [*lead, *reversed([v for v in verbs if v not in lead])]:
            subjects = syn.agents(verb) if syn.is_passive(verb) else syn.inherited_subjects(verb)
            found = [a for s in subjects for a in context.doc_actors.resolve(s) if a.code()]
            if found:
                return found
    return []


def coordinated_act(reader: StoryReader, context: Context) -> list[Actor]:
    """An act coordinated with another of the same authors is aimed at that act's target ("recalled
    its ambassador to Togo and demanded an apology", "a expulsé … et exigé des excuses")."""
    event = context.event
    if event.trigger.dep_ not in reader.syntax.conj or event.entry.mode == "order" or event.type == "REJECT":
        return []  # (not an order to one's own officials, nor a rejection of what someone else said)
    for other in context.events:
        if other is not event and other.trigger == event.trigger.head and reader.took_part(other, event):
            return [t for _, t in other.pairs if t is not None and (t.code() or t.sector)]
    return []


def speaker_owned(reader: StoryReader, context: Context) -> list[Actor]:
    """An attack on what "its", "ses" own, in a clause someone reports, hits the reporter: "Togo
    said Ghanaian forces shelled its positions" (a state does not report shelling its own)."""
    event, syn = context.event, reader.syntax
    if event.type not in ("ASSAULT", "COERCE") or not any(
            fold(c.text) in syn.possessive_words for w in reader.reacted_to(event) for c in w.children):
        return []
    clause = event.trigger
    while clause.dep_ not in ("ccomp", "parataxis") and clause.head != clause and clause.head.pos_ in VERBAL:
        clause = clause.head  # ("kept | shelling", "a continué de | bombarder")
    if clause.dep_ not in ("ccomp", "parataxis"):
        return []
    return [a for s in syn.inherited_subjects(clause.head) for a in context.doc_actors.resolve(s) if a.code()]


def told_pairs(event: RawEvent) -> list[tuple[Actor, Actor | None]]:
    """The pairs of an event a story can tell: a source and a target the story names by country,
    organisation or group; a target of another country when the story, not the clause, gave it;
    and no state acting on itself ("Iran warned Iran", "the government suspended France" read as
    "France"), save an act the lexicon aims at the author's own state or a use of force at home."""
    return [(s, t) for s, t in event.pairs if s.code() and (t is None or t.code() or is_group(t))
            and not (t is not None and (event.foreign_target or _itself(event, s, t)) and t.code() == s.code())]


def _itself(event: RawEvent, source: Actor, target: Actor) -> bool:
    """Whether an act's target is its source's own state, named as a country."""
    return (source.sector is None or target.sector is None) and _same_state(source, target) \
        and event.type != "COERCE" and "self" not in event.entry.targets


def _told_by_how(reader: StoryReader, event: RawEvent, told: set[int]) -> bool:
    """"responded by expelling", "a riposté en expulsant": the response is the act it was made by,
    coded there (with the response's target when it names none); not a condition ("will respond if
    Togo deploys troops")."""
    trigger, doc = event.trigger, event.trigger.doc
    return reader.responding(trigger) and any(i > trigger.i and (manner_of(reader.syntax, doc[i]) == trigger or (
        doc[i].head == trigger and doc[i].dep_ == "advcl" and {"Ger", "Part"} & set(doc[i].morph.get("VerbForm"))))
        for i in told)


def _act_words(reader: StoryReader, event: RawEvent) -> list[Token]:
    """The definite nouns naming what an event is about, each followed by the nouns of its
    complement ("welcomed the signing of the treaty", "a salué la finalisation du texte du traité")."""
    syn = reader.syntax
    words = []
    for word in reader.reacted_to(event):
        if not reader.definite(word):
            continue
        chain = [word]
        while len(chain) < 4:
            inner = [n for prep, n in syn.prepositional(chain[-1]) if prep in syn.genitive]
            if not inner:
                break
            chain.append(inner[0])
        words += chain
    return words


def _last_attack_by_another(event: RawEvent, earlier: list[RawEvent]) -> list[Actor]:
    """The authors of the last attack or use of force told before by another country than the
    event's authors."""
    for act in reversed(earlier):
        if act.type in ("ASSAULT", "COERCE") and act.rule is None:
            authors = [s for s, _ in act.pairs if s.code()
                       and not any(_same_code(s, own) for own, _ in event.pairs)]
            if authors:
                return authors
    return []


def _same_stem(noun: str, verb: str) -> bool:
    """Whether a noun is its verb's noun of action ("launch", "tir" of "tirer", "attaque", "closure"
    of "close", "fermeture" of "fermer")."""
    if len(noun) >= 3 and verb.startswith(noun) and len(verb) - len(noun) <= 2:
        return True
    common = len(os.path.commonprefix([noun, verb]))
    return common >= max(4, len(verb) - 2)


def _same_side(source: Actor, target: Actor, domestic: bool = False) -> bool:
    """Whether a target found in the story is on the source's own side: the same country or
    organisation (for a ``domestic`` step, the same country and sector)."""
    if same_actor(source, target):
        return True
    if domestic:  # the same country acting on itself: only across the state and its people
        return _same_code(source, target) and (_same_state(source, target) or not (
            source.sector and target.sector and source.sector != target.sector))
    return _same_code(source, target)


def _main(event: RawEvent) -> bool:
    """Whether an act is what its sentence tells, not told in passing ("struck Houthi targets, in
    response to months of attacks by the rebels": the strike)."""
    trigger, root = event.trigger, event.sentence.root
    return trigger == root or trigger.head == root and trigger.dep_ in ("conj", "xcomp", "ccomp") \
        or any(trigger == c for c in root.children if c.dep_ in ("dobj", "obj", "nsubj"))


def _same_state(a: Actor, b: Actor) -> bool:
    """Two mentions of one state: its country, government, forces, police or services."""
    return a.country is not None and a.country == b.country and not a.org and not b.org \
        and a.sector in STATE_SECTORS and b.sector in STATE_SECTORS


def _same_code(a: Actor, b: Actor) -> bool:
    return a.code() is not None and a.code() == b.code()


def _unique(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    for actor in actors:
        if not any(same_actor(actor, a) for a in out):
            out.append(actor)
    return out


# The order in which the story is asked for a target, each with an example.
TARGET_STEPS: tuple[tuple[str, str, Step], ...] = (
    ("the two sides of the story", "the army and the rebels signed a truce… I urge both sides to stop",
     StoryReader.two_sides),
    ("owner of what is reacted to", "condemned what he called Lima's reckless decision", StoryReader.owner),
    ("act named in the clause", "welcomed the agreement signed between X and Y", StoryReader.act_named),
    ("act referred to", "the president condemned the attack", StoryReader.act_referred_to),
    ("the target of the act it is coordinated with", "recalled its ambassador to Togo and demanded an apology",
     coordinated_act),
    ("act told by its verb", "X launched a missile… Tokyo called the launch reckless", act_told_by_its_verb),
    ("response to an earlier act", "Lima a riposté", StoryReader.response),
    ("answer to the last act aimed at the author", "the ministry rejected any link", StoryReader.previous_act),
    ("the reporter's own things", "Togo said Ghanaian forces shelled its positions", speaker_owned),
    ("the author of the lead's news", "Canada threatened to impose sanctions", StoryReader.news_maker),
    ("the other party of the author's dealings", "their truce held… Peru warned that any violation…",
     StoryReader.counterpart),
    ("what a protest denounces", "rallied in Quito to denounce the raids", StoryReader.purpose_of_the_protest),
    ("a foreign embassy protested outside", "rallied outside the French embassy", facility_besieged),
    ("the people the police act on", "la police a chargé les grévistes", policed_people),
    ("protest against the home government", "thousands of Senegalese protested against high prices",
     home_government),
    ("the author's own state", "the prime minister resigned", own_state),
)
# the steps whose target may be of the source's own country
DOMESTIC = frozenset({home_government, policed_people, StoryReader.act_referred_to, own_state})
