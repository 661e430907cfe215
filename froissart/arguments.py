"""Who acts and who is acted on, read from the dependency parse around a trigger.

``ArgumentReader.read`` gives the words of the clause (subject or agent, objects and
prepositional targets, the pair of a "between X and Y"); when the clause names no one, the
steps of ``SOURCE_STEPS`` and ``TARGET_STEPS`` are tried in order, each with its example, so a
reader sees how sources and targets are sought. The story's own answers for events still without
a target come later (``story.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from . import pointing
from .actors import DocActors
from .governance import Governance
from .model import ARMED, Actor, same_actor
from .ontology import UNDOES
from .syntax import NOMINAL, NOUNS, VERBAL, Syntax, adverbial_verb, aimed_at, is_possessor, noun_preposition
from .text import fold

if TYPE_CHECKING:
    from .events import TriggerEntry, TriggerLexicon

MODIFIERS = frozenset({"amod", "compound"})
SAID = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN", "AGREE"})  # acts done by saying
RECEIVE = "receive"  # the mode of a trigger whose subject receives from the source ("received aid from")
THIRD_PARTY = "third-party"  # the CONSULT mode of mediation
HELD_AT_HOME = frozenset({"GOV", "MIL", "SPY", "OPP", "LEG", "JUD", "PTY", "ELI"})  # held by their own state


@dataclass
class Clause:
    """One trigger being read: its words and what has been found so far."""

    trigger: Token
    entry: TriggerEntry
    light: Token | None  # the verb whose participants an event noun takes ("hold | talks")
    triggers: dict[int, TriggerEntry]  # every trigger of the article, by token index
    doc_actors: DocActors
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    pair: list[Token] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    accusation: Token | None = None  # the accusation the act is reported in ("accused X of shelling")
    embedded: TriggerEntry | None = None  # the act the trigger governs ("exigé le retrait des diplomates")

    @property
    def verb(self) -> Token | None:
        """The verb of the event: its trigger, or the light verb of an event noun."""
        return self.trigger if self.entry.pos == "VERB" else self.light


class ArgumentReader:
    def __init__(self, lexicon: TriggerLexicon, syntax: Syntax, governance: Governance) -> None:
        self.lexicon = lexicon
        self.syntax = syntax
        self.governance = governance

    def sources(self, clause: Clause) -> list[Actor]:
        """The acting side: the first step of ``SOURCE_STEPS`` that names one."""
        found: list[Actor] = []
        for _name, _example, step in SOURCE_STEPS:
            if found or (clause.accusation is not None and step is not the_accused):
                break  # an act reported in an accusation is the accused's, or no one's
            result = step(self, clause, found)
            if result is not None:
                found = result
        return found + doing_the_same(self, clause, found)

    def targets(self, clause: Clause, sources: list[Actor]) -> list[Actor]:
        """The side acted on: the steps of ``TARGET_STEPS``, each trying when those before found
        no one (or, for the purpose of a call, only the source itself)."""
        found: list[Actor] = []
        for _name, _example, step in TARGET_STEPS:
            result = step(self, clause, found, sources)
            if result is not None:
                found = result
        return found

    def named_in_passing(self, verb: Token) -> list[Token]:
        """What a verb's free relative names ("denounced | what it called a campaign", "a dénoncé
        | ce qu'il a qualifié de campagne"): the nouns the verb of naming gives."""
        syn, naming = self.syntax, self.governance.words["naming"]
        free = [o for o in syn.objects(verb) if o.pos_ == "PRON" and fold(o.text) in syn.free_relative]
        namers = [c for o in free for c in o.children if c.dep_ in syn.relative]  # "ce | qu'il a qualifié"
        namers += [c for c in verb.children if c.dep_ in syn.clausal and any(  # "what | it called" (a clause)
            g.pos_ == "PRON" and fold(g.text) in syn.free_relative for g in c.children)]
        namers = [c for c in namers if c.pos_ in VERBAL and self.lexicon.verb_forms(c) & naming]
        return [*(g for c in namers for g in c.children if g.pos_ in NOUNS and g.dep_ in syn.predicates | syn.object),
                *(n for c in namers for p, n in syn.prepositional(c) if p in syn.naming_marks)]  # "described as"

    def lexicon_targets(self, verb: Token) -> frozenset[str]:
        """The target prepositions of a trigger verb ("blame … on")."""
        entry = self.lexicon.lookup(verb)
        return entry.targets if entry is not None else frozenset()

    def parse_failed(self, clause: Clause) -> bool:
        """A verb the parse gave no subject nor verb to inherit one from."""
        return clause.entry.pos == "VERB" and not clause.sources and not self.has_clause_subject(clause.trigger)

    def light_verb(self, noun: Token) -> Token | None:
        """The verb whose participants an event noun takes: it is the verb's object or
        subject ("hold talks", "a eu des entretiens", "talks took place"), or an adverbial
        introduced by a participation preposition ("lors de la réunion", "during talks"); never a
        verb of naming, whose object is an act named ("called the launch reckless")."""
        syn = self.syntax
        head = noun.head
        if head == noun:
            return None
        if noun.dep_ in syn.conj and head.pos_ in NOUNS and head.i < noun.i:
            return self.light_verb(head)  # "expressed its rejection and strong condemnation"
        if head.pos_ in VERBAL and self.lexicon.verb_forms(head) & self.governance.words["naming"]:
            return None  # "a jugé la riposte iranienne « très faible »": an act named, not the namer's
        if head.pos_ in VERBAL or (head.pos_ == "ADJ" and syn.subjects(head)):
            if noun.dep_ in syn.object | syn.subject | syn.passive_subject:
                return head
            if noun.dep_ in syn.oblique and syn.case_of(noun) in syn.participation:
                return head
            if noun.dep_ in syn.argument_oblique:  # "sont parvenus à un accord"
                return head
        if noun.dep_ in syn.prep_object and head.dep_ in syn.prep_head and head.head.pos_ in VERBAL \
                and fold(head.text) in syn.participation:
            return head.head
        journey = head.head if noun.dep_ in syn.prep_object and head.dep_ in syn.prep_head else head
        if journey.pos_ in VERBAL and fold(head.text if head != journey else syn.case_of(noun) or "") \
                in syn.clause_words.errand and self.lexicon.verb_forms(journey) & syn.clause_words.journeys:
            return journey  # "flew to Lome for talks with X", "est arrivé à Lomé pour des entretiens avec X"
        if head.pos_ in ("ADV", "ADP") and fold(head.text) in syn.participation:
            return syn.clause_verb(noun)
        phrase = noun_preposition(syn, noun)
        if phrase is not None and phrase[0] in syn.participation:
            return adverbial_verb(syn, phrase[1])  # "au cours d'un entretien", "à l'issue de la réunion"
        owner = head.head if noun.dep_ in syn.prep_object and head.dep_ in syn.prep_head else head
        if syn.case_of(noun) in syn.genitive and owner.pos_ == "NOUN" and owner.i < noun.i \
                and fold(owner.lemma_) in syn.quantity:
            return self.light_verb(owner)  # "began a new round of joint exercises"
        return None


    def read(self, trigger: Token, entry: TriggerEntry,
                   light: Token | None) -> tuple[list[Token], list[Token], list[Token]]:
        syn = self.syntax
        sources: list[Token] = []
        targets: list[Token] = []
        pair: list[Token] = []
        heads = [trigger, *(c for c in trigger.children if c.dep_ in ("acl", "acl:relcl", "relcl")
                            and c.pos_ in VERBAL and "Part" in c.morph.get("VerbForm"))]
        if light is not None:
            heads.append(light)
        if trigger.dep_ in syn.predicates and trigger.head.pos_ == "AUX":  # "was concerned | by X": on the copula
            heads.append(trigger.head)
        if entry.with_word:  # "walked away | from the deal": the preposition hung on the particle
            heads += [c for c in trigger.children
                      if fold(c.text) == entry.with_word and c.pos_ in ("ADV", "ADP", "PART")]
        for head in heads:
            for prep, noun in syn.prepositional(head):
                if prep in syn.clause_words.between:
                    pair.extend(syn.conjuncts(noun))
                elif prep in entry.targets:
                    targets.append(noun)
        if light is not None and entry.targets & syn.addressee:  # "lui a présenté ses excuses": to whom
            targets += syn.indirect_objects(light)
        if not pair and entry.mode == THIRD_PARTY:  # "a mediation effort to resolve the rift between X and Y"
            clauses = [c for c in light.children if c.dep_ in syn.clausal] if light is not None else []
            pair = next((syn.conjuncts(noun) for word in (*trigger.subtree, *(w for c in clauses for w in c.subtree))
                         if word.i > trigger.i
                         for prep, noun in syn.prepositional(word) if prep in syn.clause_words.between), [])
        if entry.pos == "VERB":
            if trigger.dep_ == "acl" and "Part" in trigger.morph.get("VerbForm") and syn.agents(trigger) \
                    and trigger.head.pos_ in NOUNS:  # "five Americans released by Iran": a passive on its noun
                sources = syn.agents(trigger)
                targets = [trigger.head, *targets]
            elif syn.is_passive(trigger) and not entry.targets & syn.noun_agent:  # ("concerned by X": X is aimed at)
                sources = syn.agents(trigger)
                targets = syn.passive_subjects(trigger) + targets
            else:
                sources = syn.inherited_subjects(trigger)
                targets += misattached(syn, self.lexicon, trigger, entry)
                if "obj" in entry.targets:
                    targets = [o for o in syn.objects(trigger) if fold(o.text) not in syn.reflexive] + targets
                    # "declared two diplomats | persona non grata": the subject of the with-word's small clause
                    targets += [s for c in trigger.children if c.dep_ in syn.clausal and entry.with_word
                                and fold(c.lemma_) == entry.with_word for s in syn.subjects(c)]
                # "denounced what it called a campaign orchestrated by X": the thing named, and its authors
                named = self.named_in_passing(trigger)
                targets += named + [a for n in named for w in n.subtree for a in syn.participle_agents(w)]
                # "accepted the proposal submitted by X": whoever made what is accepted or rejected
                targets += [a for o in syn.objects(trigger) for a in syn.participle_agents(o)]
                # "a accepté de recevoir les migrants expulsés par X"
                targets += [a for x in trigger.children if x.dep_ == "xcomp" and x.pos_ == "VERB"
                            for o in syn.objects(x) for a in syn.participle_agents(o) if a not in targets]
                if "iobj" in entry.targets:
                    targets = syn.indirect_objects(trigger) + targets
        else:
            # with a possessor, the "of" complement undergoes the event ("his support of X", "sa condamnation de X")
            nominal = trigger.head if trigger.dep_ in syn.conj and trigger.head.pos_ in NOUNS else trigger
            owned = any(is_possessor(syn, c) for c in (*trigger.children, *nominal.children))
            for child in trigger.children:
                if is_possessor(syn, child) and "poss" in entry.targets:
                    targets.append(child)  # "the tanker's release", "sa libération": who undergoes it
                elif child.dep_ in syn.possessive and child.pos_ in NOMINAL:
                    if not (light is not None and child.pos_ == "PRON"):  # "X continued its attacks": X
                        sources.append(child)
                elif child.pos_ in NOUNS and syn.case_of(child) in syn.genitive \
                        and child.dep_ not in syn.clausal and child not in targets \
                        and fold(child.lemma_) != entry.with_word:  # ("the withdrawal of our ambassador")
                    (targets if owned else sources).append(child)
                    # "le déploiement de troupes turques contre la Syrie": PP on the possessor
                    targets += [noun for prep, noun in syn.prepositional(child)
                                if prep in entry.targets and prep not in syn.genitive]
            if entry.with_word:  # "the withdrawal of our ambassador | in Buenos Aires": on the entry's noun
                near = [*trigger.children,
                        *(g for c in trigger.children if c.dep_ in syn.prep_head for g in c.children)]
                targets += [noun for child in near if fold(child.lemma_) == entry.with_word
                            for prep, noun in syn.prepositional(child) if prep in entry.targets and noun not in targets]
            if entry.type == "RETREAT":  # "le retrait de leurs pays | de la Cédéao": what they withdraw from
                targets += [noun for child in sources for prep, noun in syn.prepositional(child)
                            if prep in entry.targets and noun not in targets]
            targets += [t for t in aimed_at(syn, trigger) if t not in targets]  # "sanctions | targeting X"
            agents = noun_agent_words(syn, trigger)  # "l'expulsion de diplomates par Prague", "threats by Erdogan"
            sources = agents or sources
            if not targets:  # "l'arrestation par Freetown | de deux journalistes": hung on the agent's name
                targets += [noun for agent in agents if agent.pos_ == "PROPN" or agent.ent_type_
                            for prep, noun in syn.prepositional(agent) if prep in entry.targets & syn.genitive]
            if owned and syn.prep_head:  # "his support of X" (ClearNLP hangs "of X" on the preposition)
                targets += [noun for prep, noun in syn.prepositional(trigger)
                            if prep in syn.genitive and noun not in targets]
            if entry.type == "CONSULT" and light is not None and not targets and not pair \
                    and trigger.dep_ not in syn.object | syn.subject | syn.passive_subject:
                # "told Netanyahu in a phone call", "a assuré à M. Poutine lors d'un entretien": whom
                # the verb addresses during the call is the other party
                for verb in (light, *(c for c in light.children if c.dep_ == "xcomp")):  # "a fait | savoir à X"
                    targets += [*syn.objects(verb), *syn.indirect_objects(verb),
                                *(noun for prep, noun in syn.prepositional(verb) if prep in syn.addressee)]
            if light is not None and not targets and entry.type in SAID:  # "expressed its concern | to X"
                targets += [noun for prep, noun in syn.prepositional(trigger)
                            if prep in syn.addressee and prep not in syn.location]  # (not "signé à Doha")
            if light is not None and not sources:
                if syn.is_passive(light):
                    sources = syn.agents(light)
                else:
                    sources = [s for s in syn.inherited_subjects(light) if s != trigger]
                if not sources:  # a subject the parser lost: "his" stands for it ("X voiced his support")
                    sources = [c for c in nominal.children if c.dep_ in syn.possessive and c.pos_ == "PRON"]
        return sources, [h for t in targets for h in _hosted(syn, t)], pair

    def anchors(self, trigger: Token, light: Token | None) -> list[Token]:
        anchors = [trigger]
        if light is not None:
            anchors.append(light)
        for child in trigger.children:
            if child.dep_ in ("acl", "amod") and child.pos_ in VERBAL | {"ADJ"}:
                anchors.append(child)
        current = light or trigger
        for _ in range(3):
            if current.dep_ not in self.syntax.conj | {"xcomp", "advcl"} or current.head == current:
                break
            current = current.head
            anchors.append(current)
        return anchors


    def displaced_object(self, verb: Token, doc_actors: DocActors) -> list[Token]:
        """An object the parser hung as an apposition of the place before it ("a reçu lundi à Dakar |
        le Premier ministre mauritanien"): a role noun, never a place."""
        return [w for d in verb.children if d.dep_ in self.syntax.oblique for w in d.children
                if w.dep_ == "appos" and w.i > d.i and (m := doc_actors.tags.get(w.i)) is not None
                and m.value.kind == "noun" and m.value.role]

    def has_clause_subject(self, verb: Token) -> bool:
        """False when the parse gave a verb no subject and no verb to inherit one from,
        which happens when it misreads the sentence ("La Russie bombardera | l'Ukraine")."""
        return bool(self.syntax.subjects(verb) or self.syntax.passive_subjects(verb)) or (
            verb.dep_ in self.syntax.inherit and verb.head != verb) or verb.pos_ in VERBAL and verb.dep_ == "ROOT"

    def surface_sources(self, trigger: Token, doc_actors: DocActors) -> list[Token]:
        """When the parse gives an event noun no participant, the nearest noun before it in
        the clause ("Iwaya et Cho partagent de sérieuses inquiétudes")."""
        sent = doc_actors.sentence(trigger)
        for i in range(trigger.i - 1, sent.start - 1, -1):
            token = trigger.doc[i]
            if token.text in {",", ";", ":"} or token.pos_ in ("SCONJ", "PRON") or (
                    token.pos_ == "ADP" and self.syntax.prep_text([token]) not in self.syntax.genitive):
                return []
            if token.pos_ in NOUNS or doc_actors.is_actor_word(token):
                root = token
                while root.dep_ in self.syntax.conj and root.head != root:
                    root = root.head
                return [root]
        return []


    def surface_targets(self, trigger: Token, entry: TriggerEntry, doc_actors: DocActors) -> list[Actor]:
        """Actors named after a target preposition that follows an event noun, up to the end of
        the clause ("inquiétudes quant à la coopération entre Pyongyang et Moscou")."""
        doc = trigger.doc
        sent = doc_actors.sentence(trigger)
        i = trigger.i + 1
        while i < sent.end and (doc[i].is_punct and doc[i].text not in {",", ";", "."}
                                or doc[i].pos_ == "ADJ"):
            i += 1
        prep = None
        for n in (3, 2, 1):
            canonical = self.syntax.prep_text(doc[i:i + n])
            if canonical in entry.targets and canonical not in self.syntax.genitive:
                prep, i = canonical, i + n
                break
        if prep is None and "obj" in entry.targets and trigger.pos_ in VERBAL:
            prep = "obj"  # a verb whose object the parser missed: the noun phrase after it
        if prep is None:
            return []
        out: list[Actor] = []
        j = i
        while j < sent.end and doc[j].text not in {",", ";", "."}:
            m = doc_actors.tags.get(j)
            if m is not None and m.value.kind != "noun":
                for actor in doc_actors.resolve(doc[m.start:m.end].root):
                    if actor.code() and actor.code() not in {a.code() for a in out}:
                        out.append(actor)
                j = m.end
                continue
            j += 1
        return out


    def acts(self, noun: Token, light: Token | None, sources: list[Token]) -> bool:
        """A nominal event with no target is kept only when a verb tells that the source
        carried it out ("X held a protest"), not when it is a mere mention ("X's threats")."""
        if any(self.syntax.case_of(s) in self.syntax.noun_agent for s in sources):
            return True  # an agent named: "threats by Erdogan", "l'expulsion de diplomates par Prague"
        return light is not None and any(
            s.head == light or (s.head == noun and s.dep_ in self.syntax.possessive | MODIFIERS) for s in sources)


    def noun_agents(self, noun: Token, entry: TriggerEntry, doc_actors: DocActors) -> list[Token]:
        """The words on an event noun that name who carries it out: "Syrian air strikes", "a rally
        of migrants" (not "the arrest of X", whose "of" names who undergoes it)."""
        agents = [c for c in noun.children if c.dep_ in MODIFIERS and agentive(c, doc_actors)]
        if not entry.targets & (self.syntax.genitive | {"poss"}):
            agents += [n for p, n in self.syntax.prepositional(noun)
                       if p in self.syntax.genitive and agentive(n, doc_actors)]
        return agents

    def actors(self, tokens: list[Token], doc_actors: DocActors) -> list[Actor]:
        out: list[Actor] = []
        for token in tokens:
            for actor in doc_actors.resolve(token):
                same = next((k for k, a in enumerate(out) if a.key() == actor.key()
                             and (a.name == actor.name or not a.name or not actor.name)), None)
                if same is None:
                    out.append(actor)
                elif actor.name and not out[same].name:
                    out[same] = actor
        return out


# -- words around a verb or an event noun ------------------------------------------------------
def noun_agent_words(syn: Syntax, noun: Token) -> list[Token]:
    """The agent of an event noun ("l'expulsion de diplomates par Prague", "threats by Erdogan"),
    also where the parser hung it on an adjective of the noun's complement ("l'arrestation de
    pêcheurs sénégalais | par des soldats gambiens")."""
    agents = [n for prep, n in syn.prepositional(noun) if prep in syn.noun_agent]
    return agents or [n for prep, owned in syn.prepositional(noun) if prep in syn.genitive
                      for word in owned.children if word.pos_ == "ADJ"
                      for prep2, n in syn.prepositional(word) if prep2 in syn.noun_agent]


def misattached(syn: Syntax, lexicon: TriggerLexicon, verb: Token, entry: TriggerEntry) -> list[Token]:
    """Targets the parser hung under another dependent of the verb: a prepositional target on
    its object ("fournir des blindés | à l'Ukraine") or on an adverbial ("s'est entretenu par
    téléphone | avec le président"), or an object under a date ("a rencontré dimanche | son
    homologue")."""
    found: list[Token] = []
    dependents = list(verb.children)
    if entry.with_word:  # "called for sanctions | against China": the noun of the entry under its preposition
        dependents += [noun for _, noun in syn.prepositional(verb)
                       if entry.with_word in (fold(noun.lemma_), fold(noun.text))]
    for dependent in dependents:
        if dependent.pos_ not in NOUNS or dependent.dep_ in syn.subject | syn.passive_subject | syn.clausal \
                or (dependent.i < verb.i and dependent.dep_ not in syn.object):
            continue  # (a phrase fronted before the verb is no target's host: "Après des pourparlers avec X, …")
        for word in dependent.subtree:
            # nouns, a participle on the object ("sanctions imposed | on X"), and a relative clause
            # that is no event itself ("information which includes names… | to the Indian government")
            undone = word.dep_ in syn.relative and word.head == dependent and word.pos_ in VERBAL \
                and (inner := lexicon.lookup(word)) is not None and inner.type in UNDOES.get(entry.type, ())
            if word.pos_ not in NOUNS and not (word.dep_ == "acl" and word.head == dependent) and not (
                    word.dep_ in syn.relative and word.pos_ in VERBAL and lexicon.lookup(word) is None) \
                    and not undone:  # ("lifted the sanctions it had imposed | on X": on whom they were)
                continue
            if word.dep_ in syn.clausal and word.pos_ in NOUNS:
                continue
            # "de"/"of" on the object is its possessor, unless the object has one already or the
            # verb receives ("retiré ses troupes de Gaza", "reçu des armes de l'Allemagne")
            genitive_ok = entry.mode == RECEIVE or any(
                c.dep_ in syn.possessive and "Yes" in c.morph.get("Poss") for c in word.children)
            found += [noun for prep, noun in syn.prepositional(word)
                      if prep in entry.targets and (genitive_ok or prep not in syn.genitive)]
            bare = word.dep_ in syn.oblique and word.pos_ in NOUNS and syn.case_of(word) is None
            if "obj" in entry.targets and word != dependent and (word.dep_ in syn.object or bare) \
                    and dependent.dep_ not in syn.object:
                found.append(word)  # "placé en garde à vue | trois opposants": an object with no preposition
    return found


def name_before(verb: Token, doc_actors: DocActors) -> list[Token]:
    """A country's or organisation's name right before a verb that has no subject, which the
    parser took for a modifier."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ in ("AUX", "PART", "ADV") and verb.doc[i].i not in doc_actors.tags:
        i -= 1
    m = doc_actors.tags.get(i) if i >= 0 else None
    if m is None or m.value.kind not in ("country", "capital", "org") or verb.doc[i].pos_ in NOUNS:
        return []
    return [verb.doc[i]]


def agentive(modifier: Token, doc_actors: DocActors) -> bool:
    """A modifier of an event noun that names who carries it out: a nationality adjective or
    a group noun ("Syrian regime air strikes"), not a place ("the Gaza strikes")."""
    m = doc_actors.tags.get(modifier.i)
    return m is not None and (m.value.kind == "nationality" or (m.value.kind == "noun" and bool(m.value.sector)))


def doing_the_same(reader: ArgumentReader, clause: Clause, found: list[Actor]) -> list[Actor]:
    """Those told after the clause as doing the same act too ("condemned the coup, as did Nigeria")."""
    verb = clause.verb
    if not found or verb is None:
        return []
    return [a for a in reader.actors(pointing.likewise(reader.syntax, verb), clause.doc_actors)
            if not any(a.key() == f.key() for f in found)]


# -- the steps --------------------------------------------------------------------------------
SourceStep = Callable[[ArgumentReader, Clause, list[Actor]], "list[Actor] | None"]
TargetStep = Callable[[ArgumentReader, Clause, list[Actor], list[Actor]], "list[Actor] | None"]


def the_accused(reader: ArgumentReader, clause: Clause, found: list[Actor]) -> list[Actor] | None:
    accusation = clause.accusation
    if accusation is None:
        return None
    syn = reader.syntax
    if accusation.head == clause.trigger:  # "an attack that Moscow blamed | on Kyiv"
        accused = [noun for prep, noun in syn.prepositional(accusation) if prep in reader.lexicon_targets(accusation)]
    else:
        accused = syn.objects(accusation)
    clause.notes.append("act reported in an accusation")
    return reader.actors(accused, clause.doc_actors)


def clause_sources(reader: ArgumentReader, clause: Clause, found: list[Actor]) -> list[Actor] | None:
    if clause.accusation is not None:
        return None
    return reader.actors(clause.sources, clause.doc_actors)


def light_verb_subject(reader: ArgumentReader, clause: Clause, found: list[Actor]) -> list[Actor] | None:
    light = clause.light
    if light is None or reader.syntax.is_passive(light):
        return None
    clause.sources = [s for s in reader.syntax.inherited_subjects(light) if s != clause.trigger]
    return reader.actors(clause.sources, clause.doc_actors)


def noun_modifiers(reader: ArgumentReader, clause: Clause, found: list[Actor]) -> list[Actor] | None:
    trigger, doc_actors = clause.trigger, clause.doc_actors
    if clause.entry.pos != "NOUN":
        return None
    agents = reader.noun_agents(trigger, clause.entry, doc_actors)
    # "a Saudi-led strike": the name on a participle of leading (labels.tsv led_by)
    agents += [g for c in trigger.children if c.dep_ == "amod" and fold(c.lemma_) in reader.syntax.led_by
               for g in c.children if g.i < c.i and doc_actors.is_actor_word(g)]
    clause.sources = [c for c in agents if doc_actors.tags[c.i].value.kind == "nationality"] or agents
    return reader.actors(clause.sources, doc_actors)


def name_read_as_adverb(reader: ArgumentReader, clause: Clause, found: list[Actor]) -> list[Actor] | None:
    verb = clause.verb
    if verb is None or reader.syntax.subjects(verb) or reader.syntax.is_passive(verb):
        return None
    clause.sources = name_before(verb, clause.doc_actors) or clause.sources
    return reader.actors(clause.sources, clause.doc_actors)


def participle_agent(reader: ArgumentReader, clause: Clause, found: list[Actor]) -> list[Actor] | None:
    verb = clause.verb
    if verb is None:
        return None
    syn = reader.syntax
    clause.sources = [a for s in syn.subjects(verb) for a in syn.participle_agents(s)] or clause.sources
    return reader.actors(clause.sources, clause.doc_actors)


def weapons_origin(reader: ArgumentReader, clause: Clause, found: list[Actor]) -> list[Actor] | None:
    """Where the weapons that struck were fired from stands for who fired them ("two rockets fired
    from Gaza hit southern Israel", "des roquettes tirées de Gaza ont visé…")."""
    verb, syn = clause.verb, reader.syntax
    if verb is None or clause.entry.type != "ASSAULT":
        return None
    subjects = syn.inherited_subjects(verb)
    if clause.doc_actors.resolve_all(subjects):
        return None  # an actor fired them
    verbs = [verb, *([verb.head] if verb.dep_ in syn.conj else []),
             *(c for s in subjects for c in s.children if c.dep_ == "acl" and c.pos_ in VERBAL)]
    places = [noun for v in verbs for prep, noun in syn.prepositional(v) if prep in syn.origin]
    actors = [a for a in reader.actors(places, clause.doc_actors) if a.country]
    if actors:
        clause.notes.append("source: where the weapons were fired from")
    return actors


def surface_source(reader: ArgumentReader, clause: Clause, found: list[Actor]) -> list[Actor] | None:
    if not ((clause.entry.pos == "NOUN" and clause.light is None) or reader.parse_failed(clause)):
        return None
    actors = reader.actors(reader.surface_sources(clause.trigger, clause.doc_actors), clause.doc_actors)
    if actors:
        clause.notes.append("source read on the surface")
    return actors


def _hosted(syn: Syntax, target: Token) -> list[Token]:
    """Whom a place hosting them stands for: "two Iraqi bases | housing US troops", "la base
    qui abrite des soldats américains" (labels.tsv ``hosting``); else the place itself."""
    if not syn.is_facility(target):
        return [target]
    named = [target, *(c for c in target.children if c.pos_ == "PROPN")]  # "la base d'Aïn al-Asad, | qui abrite"
    after = [target.doc[target.i + 1]] if target.i + 1 < len(target.doc) else []  # (hung on the verb instead)
    hosts = [c for c in (*(c for n in named for c in n.children), *after) if c.dep_ in syn.clausal
             and fold(c.lemma_) in syn.hosting and not syn.is_passive(c)]
    return [o for c in hosts for o in syn.objects(c)] or [target]


def _done_by_no_one_named(syn: Syntax, clause: Clause, types: frozenset[str] = frozenset({"COERCE"})) -> bool:
    """An act of these types told in the passive with no agent: by default an arrest or detention
    ("was detained", "ont été interpellées")."""
    trigger = clause.trigger
    return clause.entry.type in types and clause.entry.pos == "VERB" and syn.is_passive(trigger) \
        and not syn.agents(trigger)


def own_authorities(reader: ArgumentReader, clause: Clause, found: list[Actor]) -> list[Actor] | None:
    """An official, officer, opponent or protester arrested or detained by no one named, in no place
    named, is held by the authorities of their own country ("the former intelligence chief was
    arrested for treason", "fifty protesters were detained")."""
    syn = reader.syntax
    if not _done_by_no_one_named(syn, clause):
        return None
    held = reader.actors(syn.passive_subjects(clause.trigger), clause.doc_actors)
    # (a member of the government named is held by its police: the government would be one actor with them)
    actors = [Actor(text="", country=a.country, sector="COP" if a.sector == "GOV" and a.name else "GOV")
              for a in held if a.country and not a.org and (a.sector in HELD_AT_HOME or a.role == "protester")][:1]
    if actors:
        clause.notes.append("source: the authorities of the one held")
    return actors


def authorities_of_the_dateline(reader: ArgumentReader, clause: Clause, found: list[Actor]) -> list[Actor] | None:
    """People arrested or detained by no one named, in no place named, are held by the police of
    the country the story was filed in ("ACCRA, March 3 - Six suspects were detained on Monday")."""
    syn, home = reader.syntax, clause.doc_actors.filed_in
    if home is None or not _done_by_no_one_named(syn, clause) or not syn.passive_subjects(clause.trigger):
        return None
    clause.notes.append("source: the police of the dateline's country")
    return [Actor(text="", country=home, sector="COP")]


def host_of_the_dateline(reader: ArgumentReader, clause: Clause, found: list[Actor]) -> list[Actor] | None:
    """A foreign diplomat summoned or expelled by no one named is summoned or expelled by the
    government of the country the story was filed in ("ACCRA - Togo's envoy was summoned")."""
    syn, home = reader.syntax, clause.doc_actors.filed_in
    if home is None or not _done_by_no_one_named(syn, clause, frozenset({"ACCUSE", "SANCTION"})):
        return None
    summoned = reader.actors(syn.passive_subjects(clause.trigger), clause.doc_actors)
    if not summoned or not all(a.country and a.country != home and a.is_diplomat() for a in summoned):
        return None
    clause.notes.append("source: the government of the dateline's country")
    return [Actor(text="", country=home, sector="GOV")]


def subject_before(reader: ArgumentReader, clause: Clause, found: list[Actor]) -> list[Actor] | None:
    """A finite verb the parse left with no subject at all continues the subject of the clause
    before it, in its sentence or the one before ("Le Bénin a condamné l'attaque. Il a ensuite
    convoqué…" when the parser lost "il")."""
    syn, trigger, doc_actors = reader.syntax, clause.trigger, clause.doc_actors
    if clause.entry.pos != "VERB" or syn.is_passive(trigger) or syn.subjects(trigger) \
            or "Inf" in trigger.morph.get("VerbForm") or trigger.dep_ in syn.relative | {"acl", "amod"} \
            or not ("Fin" in trigger.morph.get("VerbForm") or any(c.dep_ in syn.aux for c in trigger.children)) \
            or any(c.dep_ in syn.subject | syn.passive_subject for c in trigger.children):
        return None  # (an infinitive, a relative or a participle on a noun has its subject elsewhere)
    def named(subject: Token) -> bool:
        return any(a.code() for a in reader.actors([subject], doc_actors))

    subject = doc_actors.coreference.subject_of_the_clause_before(trigger, named)
    actors = [a for a in reader.actors([subject], doc_actors) if a.code()] if subject is not None else []
    if actors:
        clause.notes.append("source: the subject before")
    return actors or None


def deploying_country(reader: ArgumentReader, clause: Clause, found: list[Actor]) -> list[Actor] | None:
    syn, trigger, entry = reader.syntax, clause.trigger, clause.entry
    if entry.type not in ("MOBILIZE", "AID") or entry.pos != "VERB" or not syn.is_passive(trigger) \
            or syn.agents(trigger):
        return None
    deployed = syn.passive_subjects(trigger)
    # (peacekeepers are IGO: with a nationality, their country sends them)
    actors = [a for a in reader.actors(deployed, clause.doc_actors)
              if a.country and (a.sector in ARMED or (a.sector == "IGO" and not a.org))]
    if actors:
        clause.targets = [t for t in clause.targets if t not in deployed]
    return actors


def place_authorities(reader: ArgumentReader, clause: Clause, found: list[Actor]) -> list[Actor] | None:
    syn, trigger, entry = reader.syntax, clause.trigger, clause.entry
    if entry.type not in ("COERCE", "RETREAT", "SANCTION") or entry.pos != "VERB" or not syn.is_passive(trigger):
        return None
    preps = syn.location | (syn.origin if entry.mode in ("expel", "deport") else set())
    places = [noun for word in (trigger, *(n for _, n in syn.prepositional(trigger)))
              for prep, noun in syn.prepositional(word) if prep in preps]
    actors = [replace(a, sector=a.sector or "GOV") for a in reader.actors(places, clause.doc_actors)
              if a.country and not a.org][:1]
    if actors:
        clause.notes.append("source: the authorities of the place")
    return actors


def clause_targets(reader: ArgumentReader, clause: Clause, found: list[Actor], sources: list[Actor]
                   ) -> list[Actor] | None:
    return reader.actors(clause.targets, clause.doc_actors)


def host_of_its_facility(reader: ArgumentReader, clause: Clause, found: list[Actor], sources: list[Actor]
                         ) -> list[Actor] | None:
    """A facility of the author's own ("closed its embassy in Lomé", "a fermé son ambassade à
    Lomé") stands for the country it stands in, named on it or on the verb."""
    syn = reader.syntax
    owned = [t for t in clause.targets if syn.is_facility(t) and any(is_possessor(syn, c) for c in t.children)]
    if not owned or not sources or not all(not f.country or any(f.country == s.country for s in sources)
                                           for f in found):
        return None
    verb = clause.light or clause.trigger
    places = [n for w in (*owned, verb) for p, n in syn.prepositional(w) if p in syn.location]
    tags = clause.doc_actors.tags
    hosts = [m.value.country for n in places if (m := tags.get(n.i)) is not None
             and m.value.kind in ("country", "capital") and m.value.country
             and not any(s.country == m.value.country for s in sources)]
    if not hosts:
        return None
    clause.notes.append("target: the country its facility stands in")
    return [Actor(text="", country=hosts[0])]


def named_among_them(reader: ArgumentReader, clause: Clause, found: list[Actor], sources: list[Actor]
                     ) -> list[Actor] | None:
    """The targets a list singles out ("attacked several embassies, including those of France and
    Rwanda", "dont celles du Chili"): the owners the pronoun names."""
    syn = reader.syntax
    verb = clause.light or clause.trigger
    named = []
    for word in [verb, *clause.targets]:
        for child in word.children:
            # "including those of…" (the pronoun under the word), "dont celles de…" (the word under it)
            pronouns = [g for g in child.children if g.pos_ == "PRON"] if fold(child.text) in syn.including else \
                [child] if child.pos_ == "PRON" and any(fold(g.text) in syn.including for g in child.children) else []
            for pronoun in pronouns:
                named += [n for p, n in syn.prepositional(pronoun) if p in syn.genitive]
                named += [n for n in pronoun.children if n.dep_ == "nmod" and syn.case_of(n) in syn.genitive]
    if not named:
        return None
    return reader.actors(list(dict.fromkeys(c for n in named for c in syn.conjuncts(n))), clause.doc_actors) or None


def displaced(reader: ArgumentReader, clause: Clause, found: list[Actor], sources: list[Actor]) -> list[Actor] | None:
    trigger, entry = clause.trigger, clause.entry
    if found or entry.pos != "VERB" or "obj" not in entry.targets or reader.syntax.is_passive(trigger):
        return None
    return reader.actors(reader.displaced_object(trigger, clause.doc_actors), clause.doc_actors)


def purpose_of_a_call(reader: ArgumentReader, clause: Clause, found: list[Actor], sources: list[Actor]
                      ) -> list[Actor] | None:
    vehicle, triggers, gov = clause.trigger.head, clause.triggers, reader.governance
    if any(not any(same_actor(s, t) for s in sources) for t in found):
        return None
    if vehicle.i not in triggers or not (
            gov.vehicle(vehicle, triggers[vehicle.i]) and gov.purpose(vehicle, triggers) == clause.trigger
            or gov.of_purpose(clause.trigger, triggers)):  # ("summoned the ambassador | to demand an explanation")
        return None
    return reader.actors(reader.read(vehicle, triggers[vehicle.i], None)[1], clause.doc_actors)


def the_accuser(reader: ArgumentReader, clause: Clause, found: list[Actor], sources: list[Actor]
                ) -> list[Actor] | None:
    """An act reported in an accusation with no target of its own is aimed at the accuser: who
    accuses another of shelling was shelled."""
    if found or clause.accusation is None:
        return None
    accusers = reader.actors(reader.syntax.inherited_subjects(clause.accusation), clause.doc_actors)
    return [replace(a, text=a.text, name=None, role=None, sector=None) for a in accusers if a.country][:1]


def place_of_the_act(reader: ArgumentReader, clause: Clause, found: list[Actor], sources: list[Actor]
                     ) -> list[Actor] | None:
    """Disapproval of acts no one is named for, in a place ("condemned the violence in X", "préoccupé
    par ces arrestations au Zimbabwe"): aimed at the authorities of that place."""
    syn = reader.syntax
    if found or clause.entry.type not in ("ACCUSE", "REJECT") or not clause.targets:
        return None
    acts = [word for word in clause.targets if word.pos_ == "NOUN"]
    places = [noun for word in acts for prep, noun in syn.prepositional(word) if prep in syn.location]
    actors = [replace(a, sector=a.sector or "GOV") for a in reader.actors(places, clause.doc_actors)
              if a.country and not a.org and not any(same_actor(a, s) for s in sources)][:1]
    if actors:
        clause.notes.append("target: the authorities of the place of the act")
    return actors or None


def place_of_the_target(reader: ArgumentReader, clause: Clause, found: list[Actor], sources: list[Actor]
                        ) -> list[Actor] | None:
    """Things struck in a country no one is named for ("struck what Iran called militant bases |
    inside Pakistan", "ont pilonné des villages | dans le sud du Tadjikistan"): that country."""
    syn = reader.syntax
    if found or clause.entry.type not in ("ASSAULT", "COERCE") or not clause.targets:
        return None
    # (a free relative names the things: "what Iran called | militant bases")
    words = [*clause.targets, *(g for t in clause.targets if t.pos_ == "PRON" and t.head.pos_ in VERBAL
                                for g in t.head.children if g.dep_ in syn.predicates | syn.object and g != t)]
    places = [noun for word in (*words, clause.trigger, *(t.head for t in words if t.pos_ == "PRON"))
              if word.pos_ in NOUNS or word.pos_ in VERBAL for prep, noun in syn.prepositional(word)
              if prep in syn.locative or prep in syn.location]
    places += [g for p in places for g in p.children if syn.case_of(g) in syn.genitive]  # "le sud | du Tadjikistan"
    actors = [a for a in reader.actors(places, clause.doc_actors)
              if a.country and not a.org and not any(a.country == s.country for s in sources)][:1]
    if actors:
        clause.notes.append("target: the country of the place struck")
    return actors or None


def across_the_border(reader: ArgumentReader, clause: Clause, found: list[Actor], sources: list[Actor]
                      ) -> list[Actor] | None:
    """Troops moved to a border face the country across it ("deployed along the frontier with
    Uganda", "massés à la frontière ougandaise")."""
    syn = reader.syntax
    if found or clause.entry.type != "MOBILIZE":
        return None
    trigger = clause.trigger
    borders = [w for w in trigger.subtree if fold(w.lemma_) in syn.borders and w.pos_ == "NOUN"
               and next((a for a in w.ancestors if a.pos_ in VERBAL), None) == trigger]
    if not borders:
        return None
    sides = [c for b in borders for c in b.children if c.dep_ in MODIFIERS | syn.possessive]
    # "the frontier with Uganda" (the parser may hang "with Uganda" on the verb)
    sides += [noun for word in (*borders, trigger) for _, noun in syn.prepositional(word)
              if word in borders or noun.i > borders[0].i]
    actors = [replace(a, sector=None) for a in reader.actors(sides, clause.doc_actors)
              if a.country and not a.org and not any(a.country == s.country for s in sources)][:1]
    if actors:
        clause.notes.append("target: the country across the border")
    return actors or None


def surface_target(reader: ArgumentReader, clause: Clause, found: list[Actor], sources: list[Actor]
                   ) -> list[Actor] | None:
    if found or clause.pair or not (clause.entry.pos == "NOUN" or reader.parse_failed(clause)):
        return None
    return reader.surface_targets(clause.trigger, clause.entry, clause.doc_actors)


# The order in which the acting side is sought, each with its example.
SOURCE_STEPS: tuple[tuple[str, str, SourceStep], ...] = (
    ("the accused, for an act reported in an accusation", "accused Peruvian troops of shelling the dam",
     the_accused),
    ("the subject or agent of the clause", "Russia attacked Ukraine", clause_sources),
    ("the subject of the light verb", "X pledged his country's support", light_verb_subject),
    ("a nationality or group on the event noun", "Israeli air strikes, a Saudi-led strike", noun_modifiers),
    ("a name the parser read as an adverb", "USAID provided", name_read_as_adverb),
    ("the agent of a participle on the subject", "missiles fired by the Israeli army struck", participle_agent),
    ("where the weapons were fired from", "two rockets fired from Gaza hit southern Israel", weapons_origin),
    ("the nearest noun before an event noun", "Iwaya et Cho partagent de sérieuses inquiétudes", surface_source),
    ("the country of troops deployed", "2,000 Russian soldiers were deployed as peacekeepers", deploying_country),
    ("the authorities of the place", "X was arrested in Niger", place_authorities),
    ("the authorities of an official held", "the former intelligence chief was arrested", own_authorities),
    ("the police of the dateline's country", "ACCRA - Six suspects were detained on Monday",
     authorities_of_the_dateline),
    ("the government of the dateline's country", "ACCRA - Togo's envoy was summoned on Monday", host_of_the_dateline),
    ("the subject before, for a finite verb left with none", "Le Bénin a condamné l'attaque. A ensuite convoqué…",
     subject_before),
)
# The order in which the side acted on is sought, each with its example.
TARGET_STEPS: tuple[tuple[str, str, TargetStep], ...] = (
    ("the object or prepositional target of the clause", "Russia attacked Ukraine", clause_targets),
    ("the country a facility of its own stands in", "closed its embassy in Lomé", host_of_its_facility),
    ("the ones a list singles out", "attacked several embassies, including those of France and Rwanda",
     named_among_them),
    ("an object hung on the place before it", "a reçu lundi à Dakar le Premier ministre mauritanien", displaced),
    ("whoever the act it is the purpose of is aimed at", "called Erdogan to apologise", purpose_of_a_call),
    ("the authorities of the place of an act disapproved", "condemned the violence in Zimbabwe",
     place_of_the_act),
    ("the country of a place struck", "struck what Iran called militant bases inside Pakistan", place_of_the_target),
    ("the country across the border troops are sent to", "deployed along the frontier with Uganda",
     across_the_border),
    ("actors named after a target preposition", "inquiétudes quant à la coopération entre Pyongyang et Moscou",
     surface_target),
    ("the accuser, for an act reported in an accusation", "the operator accused Peruvian troops of shelling",
     the_accuser),
)
