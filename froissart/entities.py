"""The entity model of one article: the people, states, organisations and groups it talks
about, and which of its mentions stand for which.

Every resolved mention ("Recep Tayyip Erdogan", "M. Erdogan", "le président turc", "il",
"Ankara", "the junta", "les rebelles") is linked to one ``Entity``; what one mention tells
(a country, an office, an organisation) holds for the others, so "Grossi" is the IAEA's once
"the agency's chief, Rafael Grossi" was read, and "the rebels" are Ethiopian once "rebels from
Tigray" were. ``DocActors`` (actors.py) finds and resolves the mentions; this module keeps what
they taught, in text order, and answers the questions coreference asks (who was the last
person named before this word, which countries were named last, which group of this kind).
Records name their actors' entities (``Actor.entity``).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from . import pointing
from .model import Actor
from .phrases import ARTICLES
from .text import fold

if TYPE_CHECKING:
    from .actors import DocActors

STATE = frozenset({None, "GOV"})  # a country named as such and its government are one entity
OFFICIAL = STATE | {"IGO"}  # a state or its government, an international organisation


@dataclass
class Entity:
    id: str
    name: str | None = None
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    role: str | None = None
    wikidata: str | None = None
    head: str = ""  # the folded head word of a group named by its kind ("rebels", "junte")
    mentions: list[int] = field(default_factory=list)  # token indices, in text order

    def actor(self, text: str) -> Actor:
        return Actor(text=text, name=self.name, country=self.country, org=self.org, sector=self.sector,
                     role=self.role, wikidata=self.wikidata, entity=self.id)


class Entities:
    """The entities of one article, created as their mentions are resolved."""

    def __init__(self) -> None:
        self._all: list[Entity] = []
        self._mentions: list[tuple[int, Entity]] = []  # (token index, entity), kept sorted
        self._frozen = False

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._all)

    # -- linking ------------------------------------------------------------------------
    def link(self, actor: Actor, at: int, head: str = "") -> Actor:
        """The actor of a mention at token ``at``, tied to its entity (found or new), with what
        the entity already knows filled in."""
        entity = self._find(actor, head) or self._new(actor, head)
        self._learn(entity, actor)
        if at not in entity.mentions:
            bisect.insort(entity.mentions, at)
            if not self._frozen:
                bisect.insort(self._mentions, (at, entity), key=lambda m: m[0])
        return replace(actor, name=actor.name or entity.name, country=actor.country or entity.country,
                       org=actor.org or entity.org, sector=actor.sector or entity.sector,
                       role=actor.role or entity.role, wikidata=actor.wikidata or entity.wikidata,
                       entity=entity.id)

    def freeze(self) -> None:
        """Every mention of the article has been read: what coreference may look back on is now
        fixed, so an answer never depends on the order in which events are read."""
        self._frozen = True

    def numbering(self) -> dict[str, str]:
        """Final ids in the order of first mention ("e1" is the entity the article names first), so
        that ids do not depend on the order in which phrases were resolved."""
        ordered = sorted(self._all, key=lambda e: (e.mentions[0], e.id))  # every entity is made by a mention
        return {e.id: f"e{k}" for k, e in enumerate(ordered, start=1)}

    def get(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self._all if e.id == entity_id), None)

    def situate(self, entity_id: str | None, country: str) -> str:
        """The country of a group named only by its kind, fixed by its first situated mention
        ("la police" is the same police all through the article)."""
        entity = self.get(entity_id)
        if entity is None:
            return country
        if entity.country is None:
            entity.country = country
        return entity.country

    def _find(self, actor: Actor, head: str) -> Entity | None:
        if actor.name:
            key = fold(actor.name)
            return next((e for e in self._all if e.name and fold(e.name) == key), None)
        if actor.org:
            return next((e for e in self._all if not e.name and e.org == actor.org
                         and (e.sector == actor.sector or actor.sector in OFFICIAL)), None)
        if actor.country:
            # (not an official described by a role: "Chinese vessels" are not "a senior Chinese diplomat")
            return next((e for e in self._all if not e.name and not e.org and e.country == actor.country and (
                e.sector == actor.sector or (e.sector in STATE and actor.sector in STATE))
                and (not e.role or e.role == actor.role)), None)
        if actor.sector and head:
            return next((e for e in reversed(self._all) if not e.name and not e.org and e.country is None
                         and e.sector == actor.sector and e.head == head), None)
        return None

    def _new(self, actor: Actor, head: str) -> Entity:
        entity = Entity(id=f"e{len(self._all) + 1}", name=actor.name, country=actor.country, org=actor.org,
                        sector=actor.sector, role=actor.role, wikidata=actor.wikidata, head=head)
        self._all.append(entity)
        return entity

    @staticmethod
    def _learn(entity: Entity, actor: Actor) -> None:
        if entity.name:  # a person: what a descriptor said holds for every later mention
            entity.country = entity.country or actor.country
            entity.org = entity.org or actor.org
            entity.sector = entity.sector or actor.sector
            entity.role = entity.role or actor.role
            entity.wikidata = entity.wikidata or actor.wikidata

    # -- what coreference asks ----------------------------------------------------------
    def mentioned_at(self, indices: set[int]) -> set[str]:
        """The ids of the entities mentioned at these token indices."""
        return {entity.id for i, entity in self._mentions if i in indices}

    def before(self, at: int, keep: Callable[[Entity], bool] = lambda e: True,
               skip: frozenset[int] = frozenset()) -> list[Entity]:
        """Entities mentioned before token ``at``, the latest mentioned first (each once),
        leaving out mentions at the ``skip`` token indices."""
        out: list[Entity] = []
        seen: set[str] = set()
        for k in range(bisect.bisect_left(self._mentions, at, key=lambda m: m[0]) - 1, -1, -1):
            i, entity = self._mentions[k]
            if i not in skip and entity.id not in seen and keep(entity):
                seen.add(entity.id)
                out.append(entity)
        return out

    def countries_mentioned(self) -> list[tuple[int, str]]:
        """(token index, country) of every mention of an entity that has a country."""
        return [(i, e.country) for i, e in self._mentions if e.country]

    def person_named(self, words: set[str], outside: tuple[int, int]) -> Entity | None:
        """The person whose name has one of these (folded) words, mentioned outside a span:
        "Erdogan" after "Recep Tayyip Erdogan"."""
        lo, hi = outside
        for i, entity in self._mentions:
            if lo <= i <= hi or not entity.name:
                continue
            if words & {fold(w) for w in entity.name.split()}:
                return entity
        return None

    def kind_before(self, at: int, head: str, sector: str) -> Entity | None:
        """The latest group of this kind, with a country, named before: "the army" after "the
        Lebanese army", "les rebelles" after "les rebelles du Tigré"."""
        same = self.before(at, lambda e: not e.name and e.country is not None and e.sector == sector)
        return next((e for e in same if e.head == head), None) or (same[0] if same else None)


GENERIC_ROLES = frozenset({"leader", "official"})  # roles a description shares with any office holder
# roles a description names by their kind ("le chef de l'Etat" after "le président Aliev")
ROLE_KINDS = {"head of state": ("president", "king", "emir", "sultan", "monarch")}
QUOTES_OPEN = frozenset({"«", "“"})
QUOTES_CLOSE = frozenset({"»", "”"})
QUOTES_EITHER = frozenset({'"'})


class Coreference:
    """How a mention that names no one finds its entity, in the order the methods are tried
    by ``DocActors``: pronouns (``antecedent``), first persons inside quotes (``speaker``),
    numbered groups and definite descriptions (``description``), possessed nouns
    (``owner_country``)."""

    def __init__(self, actors: DocActors, numbers: dict[str, int], report_words: frozenset[str]) -> None:
        self.actors = actors
        self.syntax = actors.syntax
        self.entities = actors.entities
        self.numbers = numbers
        self.report_words = report_words

    @cached_property
    def quoted(self) -> list[bool]:
        return quoted_tokens(self.actors.doc)

    @cached_property
    def quoted_at(self) -> frozenset[int]:
        return frozenset(i for i, inside in enumerate(self.quoted) if inside)

    @cached_property
    def plural_at(self) -> frozenset[int]:
        """Where the words in the plural stand (no pronoun: "ils" may stand for one country)."""
        return frozenset(t.i for t in self.actors.doc if "Plur" in t.morph.get("Number") and t.pos_ != "PRON")

    # -- pronouns -----------------------------------------------------------------------
    def antecedent(self, pronoun: Token) -> list[Actor]:
        """Who a pronoun stands for: the noun a relative clause hangs on ("HRW, which
        condemned"), the subject of the reporting verb ("the UN said it would"), the speaker
        of a quotation ("« Je demande aux deux camps de cesser »"), else, for he/she/il/elle, the latest
        person or official named before it."""
        syn, actors = self.syntax, self.actors
        verb = pronoun.head
        word = fold(pronoun.text)
        if pronoun.dep_ in syn.subject | syn.passive_subject:
            if verb.dep_ in syn.relative and verb.head != verb and word not in syn.personal_pronouns:
                noun = verb.head
                if fold(noun.lemma_) in syn.documents and noun.dep_ in syn.object:
                    # "introduced a bill that would sanction X": the bill's authors act through it
                    return [replace(a, text=pronoun.text) for s in syn.subjects(noun.head) for a in actors.resolve(s)]
                return [replace(a, text=pronoun.text) for a in actors.resolve(noun)]
            if verb.dep_ in ("ccomp",) and verb.head != verb:
                for subject in syn.subjects(verb.head):
                    found = [replace(a, text=pronoun.text) for a in actors.resolve(subject)] \
                        if subject.pos_ != "PRON" else []
                    if found:
                        return found
        if word in syn.first_person:
            return self.speaker(pronoun)
        if pronoun.dep_ not in syn.subject | syn.passive_subject:
            found = pointing.relative_object(self, pronoun) or pointing.object_above(self, pronoun)
            if found:
                return found
        if word in syn.plural_pronouns and pronoun.dep_ not in syn.subject | syn.passive_subject:
            return self.group_before(pronoun)
        if pronoun.dep_ in syn.subject | syn.passive_subject:
            found = self.subject_before(pronoun)
            if found or word not in syn.personal_pronouns:
                return found
        if word not in syn.personal_pronouns and not pointing.person_clitic(syn, pronoun):
            return []
        # an object pronoun is not the subject of its own verb ("Kiir pardoned him")
        own = frozenset(t.i for s in syn.subjects(verb) for t in s.subtree) \
            if pronoun.dep_ not in syn.subject | syn.passive_subject else frozenset()
        if not self.quoted[pronoun.i]:  # nor anyone named inside a quotation ("« J'appelle ses autorités… »")
            own |= self.quoted_at
        if "Sing" in pronoun.morph.get("Number"):  # "il" is none of "des manifestants"
            own |= self.plural_at
        before = self.entities.before(pronoun.i, _personal, skip=own)
        return [before[0].actor(pronoun.text)] if before else []

    def group_before(self, pronoun: Token) -> list[Actor]:
        """A plural object pronoun stands for the latest phrase of several actors before it, in its
        sentence or the one before ("s'est entretenu avec les deux ministres et les a exhortés à…",
        "met both ministers and urged them to…")."""
        syn, actors = self.syntax, self.actors
        k = actors.sentence_index(pronoun)
        start = actors.sentences[max(k - 1, 0)].start
        for i in range(pronoun.i - 1, start - 1, -1):
            word = actors.doc[i]
            if word.pos_ not in ("NOUN", "PROPN") or word.dep_ in syn.conj:
                continue
            found = [a for a in actors.resolve(word) if a.code()]
            if len({a.code() for a in found}) >= 2:
                return [replace(a, text=pronoun.text) for a in found]
        return []

    def subject_before(self, pronoun: Token) -> list[Actor]:
        """A subject pronoun continues the subject of the clause before it, in its sentence or the
        one before ("Iran's mission said… But it warned", "La mission… Elle a prévenu"), outside
        quotations when the pronoun is, when that subject is an actor the pronoun can stand for: a
        person for he/she, a body or country for it/they, either for il/elle, of the same gender
        where the parser tells it."""
        syn = self.syntax
        word = fold(pronoun.text)
        personal, thing = word in syn.personal_pronouns, word in syn.thing_pronouns
        subject = self.subject_of_the_clause_before(pronoun) if personal or thing else None
        if subject is None:
            return []
        gender = pronoun.morph.get("Gender")
        if gender and subject.morph.get("Gender") and gender != subject.morph.get("Gender"):
            return []
        return [replace(a, text=pronoun.text) for a in self.actors.resolve(subject)
                if a.code() and (personal and thing or personal == bool(a.name or a.role))]

    def subject_of_the_clause_before(self, token: Token,
                                     accept: Callable[[Token], bool] | None = None) -> Token | None:
        """The first subject named (not a pronoun) of the clauses before a word, in its sentence
        back to front, then of the sentence before, that ``accept`` takes if given; outside
        quotations when the word is ("« La Géorgie est candidate », a-t-il écrit. Il avait…": not
        the quotation's)."""
        syn, actors = self.syntax, self.actors
        sentences = actors.sentences
        k = actors.sentence_index(token)
        verbs = [t for t in sentences[k] if t.i < token.i and t.pos_ in ("VERB", "AUX")][::-1]
        if k > 0:
            verbs.append(sentences[k - 1].root)
        if not self.quoted[token.i]:
            verbs = [v for v in verbs if not self.quoted[v.i]]
        for verb in verbs:
            subjects = [s for s in syn.subjects(verb) if s.i < token.i and s.pos_ != "PRON"]
            if subjects and (accept is None or accept(subjects[0])):
                return subjects[0]
        return None

    def speaker(self, pronoun: Token) -> list[Actor]:
        """The speaker of the quotation a first person stands in: who says it outside the
        quotation marks in its sentence ("…, a réagi Antony Blinken", the subject of a verb of
        saying even when inverted), else in the sentence before ("« Il est temps », a dit Blinken.
        « J'implore… »")."""
        actors = self.actors
        if not self.quoted[pronoun.i]:
            return []
        sentences = actors.sentences
        k = actors.sentence_index(pronoun)
        for sent in (sentences[k], *(sentences[k - 1:k] if k > 0 else [])):
            for token in sent:
                if token.pos_ not in ("VERB", "AUX") or self.quoted[token.i] \
                        or not {fold(token.lemma_), fold(token.text)} & self.report_words:
                    continue
                said_by = self.syntax.subjects(token) or [  # "a déclaré le chef de l'ONU": inverted
                    o for o in self.syntax.objects(token) if o.i > token.i]
                for subject in said_by:
                    if subject.pos_ != "PRON" or fold(subject.text) in self.syntax.personal_pronouns:
                        found = [replace(a, text=pronoun.text) for a in actors.resolve(subject)]
                        if found:
                            return found
        return []

    # -- descriptions -------------------------------------------------------------------
    def description(self, head: Token, tokens: list[Token], noun_role: str | None) -> list[Actor]:
        """Numbered groups and definite descriptions resolved to earlier mentions: "the two
        countries", "les trois capitales" (the last countries named), "the two leaders" (the
        last people), "the group" (the organisation named last), "le dirigeant nationaliste"
        (the last office holder of that kind)."""
        syn, actors = self.syntax, self.actors
        words = {fold(t.text) for t in tokens}
        lemma = fold(head.lemma_)
        text = actors.text_of(tokens)
        # the first number written ("five or six"); "other countries" are not those named before
        count = next((self.numbers[fold(t.text)] for t in tokens if fold(t.text) in self.numbers), 0)
        if words & syn.other_words:
            count = 0
        if count == 0 and lemma in syn.counterparts and "Sing" in head.morph.get("Number") and any(
                fold(c.text) in syn.possessive_words for c in head.children):
            # "its neighbour", "son ancienne colonie": the other country the story is about
            return [Actor(text=text, country=c) for c in self.salient_countries(head, 1)]
        if count >= 2 and (lemma in syn.country_groups or fold(head.text) in syn.country_groups):
            # the countries listed right after ("sept pays : l'Argentine, le Chili…"), else the last named
            after = actors.listed_countries([t for t in actors.sentence(head) if t.i > head.i][:5 * count + 8])
            if len(after) == count:
                return [Actor(text=actors.mention(c, head) or text, country=c) for c in after]
            named = self.salient_countries(head, count)
            if len(named) == count:
                return [Actor(text=text, country=c) for c in named]
        people_group = lemma in syn.person_groups or fold(head.text) in syn.person_groups
        if count >= 2 and people_group:
            # never whoever acts on the group in its clause ("Blinken met both ministers")
            verb = head.head if head.dep_ not in syn.subject else head
            acting = self.entities.mentioned_at({t.i for s in (syn.subjects(verb) if verb != head else [])
                                                 for t in s.subtree})
            people = self.entities.before(head.i, lambda e: bool(e.name) and e.id not in acting)[:count]
            if len(people) == count:
                return [e.actor(text) for e in reversed(people)]
            # no people named before: "the two presidents" stand for the story's two countries (not "the
            # two sides", who may be of one country: the story tells them, ``story.StoryReader.two_sides``)
            named = self.salient_countries(head, count)
            if len(named) == count:
                return [Actor(text=text, country=c, sector="GOV") for c in named]
        sides = lemma in syn.side_groups or fold(head.text) in syn.side_groups
        if count == 2 and sides and self._between_states(head):
            # "the two sides agreed", "les deux parties sont convenues" in a story between states: its two countries
            named = self.salient_countries(head, count)
            if len(named) == count:
                return [Actor(text=text, country=c) for c in named]
        described = words & ARTICLES or any(c.dep_ in syn.possessive for c in head.children)
        if lemma in syn.org_anaphors and described and noun_role is None:
            orgs = [m for i, m in sorted(actors.tags.items()) if i == m.start and m.value.kind == "org"]
            before = [m for m in orgs if m.start < head.i]
            # "the group", "le mouvement": the organisation named last; a lead that describes the
            # organisation before naming it ("West Africa's main bloc… | Leaders of ECOWAS") names it next
            lead = actors.lead
            after = [m for m in orgs if m.start > head.i and actors.sentence(head).start in lead
                     and actors.sentence(actors.doc[m.start]).start in lead]
            chosen = before[-1] if before else after[0] if after else None
            if chosen is not None:
                named = actors.doc[chosen.start:chosen.end].root
                return [replace(a, text=text) for a in actors.resolve(named)]
        if noun_role:
            for entity in self.entities.before(head.i, _personal):
                if entity.role and (noun_role in entity.role or (noun_role in GENERIC_ROLES and entity.name)
                                    or entity.name and not entity.role.startswith("former")
                                    and any(r in entity.role for r in ROLE_KINDS.get(noun_role, ()))):
                    return [entity.actor(text)]
        return []

    def _between_states(self, head: Token) -> bool:
        """Whether the sides told before a word are states: no rebels, nor two armed forces of one
        country (an army and a paramilitary force)."""
        armed = self.entities.before(head.i, lambda e: e.sector in ("REB", "MIL"))
        countries = [e.country for e in armed]
        return not any(e.sector == "REB" for e in armed) and len(countries) == len(set(countries))

    def salient_countries(self, head: Token, count: int) -> list[str]:
        """The ``count`` countries a group noun stands for ("the two countries", "both
        governments"): the parties the story has set against each other most often before it
        (countries, or people's and groups' countries, named as subjects, objects or in one list
        in the same sentence), a sentence of the lead counting three times, the first told among
        equals; never the country of whoever acts on the group in its clause ("Moscow urged the
        two countries"). Without such a set, the countries named most often."""
        actors, syn = self.actors, self.syntax
        verb = head.head if head.dep_ not in syn.subject else head
        acting = {a.country for s in (syn.subjects(verb) if verb != head else []) for a in actors.resolve(s)}
        core = syn.subject | syn.passive_subject | syn.object | syn.indirect_object | syn.conj \
            | syn.argument_oblique | syn.prep_object
        named = sorted(set(actors.countries) | set(self.entities.countries_mentioned()))
        by_sentence: dict[int, list[str]] = {}
        counts: dict[str, tuple[int, int]] = {}
        for i, code in named:
            if i >= head.i or code in acting:
                continue
            counts[code] = (counts.get(code, (0, 0))[0] + 1, i)
            word = actors.doc[i]
            if word.dep_ in core:
                codes = by_sentence.setdefault(actors.sentence(word).start, [])
                if code not in codes:
                    codes.append(code)
        sets: dict[frozenset[str], tuple[int, int]] = {}
        for start, codes in sorted(by_sentence.items()):
            for combination in itertools.combinations(codes, count):
                score, first = sets.get(frozenset(combination), (0, -start))
                sets[frozenset(combination)] = (score + (3 if start in actors.lead else 1), first)
        if sets:  # the most told set, the first told among equals
            best = max(sets, key=lambda c: sets[c])
            return sorted(best, key=lambda c: (counts[c][1], c))  # (a set has no order of its own)
        ranked = sorted(counts, key=lambda c: (-counts[c][0], -counts[c][1]))[:count]
        return sorted(ranked, key=lambda c: counts[c][1])

    def owner_country(self, head: Token) -> list[str]:
        """"his country's support", "son gouvernement": the country of whoever the possessive
        stands for, the subject of the clause or else the latest person named."""
        syn = self.syntax
        if fold(head.lemma_) not in syn.owned or not any(fold(c.text) in syn.possessive_words for c in head.children):
            return []
        verb = head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        for subject in syn.subjects(verb):
            if subject != head and subject.pos_ != "PRON":
                found = [a.country for a in self.actors.resolve(subject) if a.country]
                if found:
                    return found[:1]
        before = self.entities.before(head.i, lambda e: _personal(e) and e.country is not None)
        return [before[0].country] if before and before[0].country else []


def _personal(entity: Entity) -> bool:
    """A person, named or known by an office ("le ministre malien")."""
    return bool(entity.name or entity.role)


def quoted_tokens(doc: Doc) -> list[bool]:
    """For each token, whether it stands between quotation marks, counted from the start of its
    line (a quotation may run over several sentences, and the splitter may leave its opening mark
    on the sentence before): one pass over the document."""
    out: list[bool] = []
    depth, straight = 0, False
    for t in doc:
        out.append(depth > 0 or straight)
        if "\n" in t.text or "\n" in t.whitespace_:
            depth, straight = 0, False
        elif t.text in QUOTES_OPEN:
            depth += 1
        elif t.text in QUOTES_CLOSE:
            depth = max(0, depth - 1)
        elif t.text in QUOTES_EITHER:
            straight = not straight
    return out
