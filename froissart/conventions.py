"""The conventions of ``spec/ontology.md`` and CAMEO that set an event's type from who its parties
are, once they are known: the steps of ``TYPE_STEPS``, in order, each with its example, and the
filters of ``PAIR_FILTERS`` that drop parties a trigger cannot have.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from .arguments import ArgumentReader, Clause
from .entities import OFFICIAL
from .groups import across
from .model import ARMED, Actor
from .syntax import VERBAL, Syntax
from .text import fold

PRESS = "MED"  # the media sector
FORCES = frozenset({"MIL", "REB", "UAF", "COP", "SPY", "CRM"})  # who can attack physically
POLITICAL = frozenset({"GOV", "LEG", "JUD", "PTY", "OPP", "MED", "NGO", "IGO"})
DISAPPROVED = frozenset({"ASSAULT", "COERCE"})  # acts that opposing, once done, disapproves of
PARTISAN = frozenset({"PTY", "MED", "NGO"})  # bodies that attack only with words
CIVILIAN = frozenset({"CVL", "LAB", "EDU", "HLH", "AGR", "REF", "OPP", "ACT", "MED", "REL"})

Pairs = list[tuple[Actor, Actor | None]]


@dataclass
class Typing:
    """An event's type and parties while the conventions are applied."""

    type: str
    pairs: Pairs


Step = Callable[["Conventions", Clause, Typing], "str | None"]


class Conventions:
    def __init__(self, reader: ArgumentReader, syntax: Syntax, words: dict[str, frozenset[str]],
                 violent_nouns: frozenset[str] = frozenset()) -> None:
        self.reader = reader
        self.syntax = syntax
        self.words = words
        self.violent_nouns = violent_nouns  # nouns standing for an attack or repression already made ("the coup")

    def filter(self, clause: Clause, etype: str, pairs: Pairs) -> Pairs:
        """The parties a trigger can have: troops leave a country, a minister travels; speaking to
        reporters is no meeting."""
        if clause.entry.type == "RETREAT" and fold(clause.trigger.lemma_) in self.words["armed_only"]:
            pairs = [(s, t) for s, t in pairs if s.sector in ARMED]
        if etype == "CONSULT":
            pairs = [(s, t) for s, t in pairs if t is None or t.sector != PRESS or t.country or t.org or t.name]
        return pairs

    def apply(self, clause: Clause, typing: Typing) -> Typing:
        """The type (and, for a peacekeeping deployment, the parties) the conventions give."""
        for _name, _example, step in TYPE_STEPS:
            note = step(self, clause, typing)
            if note is not None:
                clause.notes.append(note)
        return typing

    # -- steps ----------------------------------------------------------------------------
    def concluded_agreement(self, clause: Clause, typing: Typing) -> str | None:
        trigger, light, entry = clause.trigger, clause.light, clause.entry
        if typing.type != "AGREE" or entry.type != "AGREE" or entry.pos != "NOUN" or light is None:
            return None
        if any(c.dep_ in self.syntax.clausal and "Inf" in c.morph.get("VerbForm")
               for c in (*trigger.children, *light.children)):
            return None
        typing.type = "SUPPORT"  # an accord concluded, not an agreement to do something: CAMEO 057
        return "concluded agreement"

    def phone_call(self, clause: Clause, typing: Typing) -> str | None:
        """A call that asks nothing of its own ("a appelé son homologue"), or asks through a purpose
        clause ("a appelé Poutine pour lui demander…", coded too), is a phone call."""
        trigger, entry = clause.trigger, clause.entry
        if typing.type != "REQUEST" or entry.with_word or fold(trigger.lemma_) not in self.words["call"]:
            return None
        if any(c.dep_ in self.syntax.clausal and c.pos_ in VERBAL and not self.reader.governance.purpose_marked(c)
               for c in trigger.children):
            return None  # "a appelé Israël à cesser le feu": a request
        syn = self.syntax
        asked = syn.object_complement_marks
        if any((c.dep_ in syn.argument_oblique or (c.dep_ in syn.oblique and syn.case_of(c) in asked
                                                  and not any(n.dep_ == "nummod" for n in c.children)))
               and c.pos_ == "NOUN" and not clause.doc_actors.is_actor_word(c) for c in trigger.children):
            return None  # "a appelé à la retenue", "a appelé X et Y à la retenue": a call for something
        if any(syn.case_of(c) in asked and c.pos_ == "NOUN"
               and not clause.doc_actors.is_actor_word(c) for o in syn.objects(trigger) for c in o.children):
            return None  # "a appelé les deux pays au calme": the call asks for something, hung on the object
        typing.type = "CONSULT"
        return "phone call"

    def verbal_attack(self, clause: Clause, typing: Typing) -> str | None:
        if typing.type != "ASSAULT" or fold(clause.trigger.lemma_) not in self.words["verbal_attack"] \
                or clause.entry.mode == "order":
            return None
        if not all(_speaker(s) and (s.sector in PARTISAN or not (t is not None and _physical(t)))
                   for s, t in typing.pairs):
            return None
        typing.type = "ACCUSE"  # a politician's attack on a rival, a government or a law is verbal (CAMEO 111)
        return "verbal attack"

    def civilian_protest(self, clause: Clause, typing: Typing) -> str | None:
        entry = clause.entry
        words = {fold(clause.trigger.lemma_), fold(entry.lemma), entry.with_word}
        if typing.type not in ("ASSAULT", "COERCE", "CONSULT") or not words & self.words["civilian_protest"] \
                or not all(s.sector in CIVILIAN and not s.org for s, _ in typing.pairs):
            return None
        typing.type = "PROTEST"  # strikes, occupations, blockades, storming, arson and gatherings by civilians
        return f"{entry.type} by civilians"

    def opposes_act(self, clause: Clause) -> bool:
        """Whether a refusal's object is an attack or arrest already made ("opposed the invasion"),
        not a proposal ("vetoed a resolution to extend an inquiry into attacks")."""
        triggers = clause.triggers
        return clause.entry.type == "REJECT" and any(
            (o.i in triggers and triggers[o.i].type in DISAPPROVED) or fold(o.lemma_) in self.violent_nouns
            for o in (*self.syntax.objects(clause.trigger), *(clause.targets if clause.embedded is None else ())))

    def opposed_act(self, clause: Clause, typing: Typing) -> str | None:
        if typing.type != "REJECT" or not self.opposes_act(clause):
            return None
        typing.type = "ACCUSE"  # opposing an attack or an arrest already made disapproves of it (CAMEO 111)
        return "an act opposed is disapproved"

    def denounced_by_protesters(self, clause: Clause, typing: Typing) -> str | None:
        if typing.type != "ACCUSE" or not typing.pairs or not all(
                s.role == "protester" and not s.org for s, _ in typing.pairs):
            return None
        typing.type = "PROTEST"  # "protesters who denounced the election": the protest is their denunciation
        return "denounced by protesters"

    def protest_by_a_state(self, clause: Clause, typing: Typing) -> str | None:
        if typing.type != "PROTEST" or not _official(clause, typing.pairs):
            return None
        typing.type = "ACCUSE"  # a state protests through diplomatic channels: a complaint (CAMEO 114)
        return "protest by a state"

    def expulsion_by_demand(self, clause: Clause, typing: Typing) -> str | None:
        """A demand that diplomats withdraw, or leave (``armed_only`` words of departure: "asked
        the envoy to leave the country", "a sommé l'ambassadeur de quitter le territoire")."""
        if typing.type not in ("REQUEST", "THREATEN") or not typing.pairs:
            return None
        trigger, syn, words = clause.trigger, self.syntax, self.syntax.clause_words
        if any(t.i > trigger.i and t.pos_ in VERBAL and fold(t.lemma_) in words.closing and any(
                fold(o.lemma_) in words.missions for o in syn.objects(t)) for t in trigger.subtree):
            typing.type = "SANCTION"  # "ordered the United States to close its consulate": a mission closed
            return "mission told to close"
        if not (clause.embedded is not None and clause.embedded.type == "RETREAT") and not any(
                t.i > trigger.i and t.pos_ in VERBAL and fold(t.lemma_) in self.words["armed_only"]
                for t in trigger.subtree):
            return None
        if not all(t is not None and t.is_diplomat() for _, t in typing.pairs):
            return None
        typing.type = "SANCTION"  # demanding that diplomats leave is expelling them (CAMEO 1663)
        return "diplomats told to leave"

    def expulsion_of_people(self, clause: Clause, typing: Typing) -> str | None:
        if typing.type != "SANCTION" or clause.entry.mode != "expel" or not all(
                t is not None and t.sector in CIVILIAN | {"BUS", "CRM"} for _, t in typing.pairs):
            return None
        typing.type = "COERCE"  # expelling private people is a deportation (CAMEO 174), not a break with a state
        return "expulsion of individuals"

    def foreign_ban(self, clause: Clause, typing: Typing) -> str | None:
        if typing.type != "COERCE" or clause.entry.mode != "ban" or not any(
                t is not None and t.country and t.country != s.country for s, t in typing.pairs) or not all(
                t is not None and t.sector not in CIVILIAN and not t.org for _, t in typing.pairs):
            return None
        typing.type = "SANCTION"  # a ban on another country, its goods, flights or officials, is an embargo (CAMEO 163)
        return "ban on a foreign country"

    def peacekeeping(self, clause: Clause, typing: Typing) -> str | None:
        if typing.type != "MOBILIZE" or not self._keeps_peace(clause):
            return None
        typing.type = "AID"  # troops deployed to keep the peace: military protection (CAMEO 074)
        if all(t is None for _, t in typing.pairs):  # the place they are sent to is helped
            places = [noun for word in (clause.trigger, clause.light) if word is not None
                      for prep, noun in self.syntax.prepositional(word) if prep in self.syntax.destination]
            helped = [a for a in self.reader.actors(places, clause.doc_actors) if a.country or a.org]
            typing.pairs = across([s for s, _ in typing.pairs], helped) or typing.pairs
        return "peacekeeping deployment"

    def leaving_an_organisation(self, clause: Clause, typing: Typing) -> str | None:
        if typing.type != "RETREAT" or not typing.pairs or not all(
                t is not None and t.org and t.sector == "IGO" and not t.country for _, t in typing.pairs):
            return None
        typing.type = "SANCTION"  # leaving an international body reduces relations with it (CAMEO 16)
        return "withdrawal from an organisation"

    def armed_seizure(self, clause: Clause, typing: Typing) -> str | None:
        if typing.type != "COERCE" or clause.entry.mode != "seize" or not all(
                s.sector in ARMED for s, _ in typing.pairs):
            return None
        typing.type = "ASSAULT"  # a seizure by armed forces is a military capture (CAMEO 19)
        return "seizure by armed forces"

    def missile_launch(self, clause: Clause, typing: Typing) -> str | None:
        """A launch (lexicon mode ``launch``) at no one named, or only over or around them."""
        syn = self.syntax
        if typing.type != "ASSAULT" or clause.entry.mode != "launch":
            return None
        named = [t for t in clause.targets if self.reader.actors([t], clause.doc_actors)]
        over = [t for t in named if syn.case_of(t) in syn.overflight]
        hit = [t for t in clause.targets if syn.case_of(t) and syn.case_of(t) not in syn.overflight
               and fold(t.lemma_) not in syn.open_water and t.i not in clause.doc_actors.date_tokens]
        if hit or not over and any(t is not None for _, t in typing.pairs):
            return None  # (one hit: "at Israel", "sur cette base"; or one the story tells, "accused Iran of firing")
        typing.type = "MOBILIZE"  # a missile fired into the sea or over a country is a show of force (CAMEO 15)
        return "missile launch hitting no one"

    def _keeps_peace(self, clause: Clause) -> bool:
        """Whether the deployment's words, or its troops', say it keeps the peace (modality.tsv
        ``peacekeeping``: "deployed troops on a peacekeeping mission", "peacekeepers began deploying")."""
        heads: list[Token] = [clause.trigger, *([clause.light] if clause.light is not None else []), *clause.sources]
        clauses = [h.head for h in heads if h.dep_ in self.syntax.clausal and h.pos_ in VERBAL]
        heads += [s for c in clauses for s in self.syntax.subjects(c)]  # "peacekeepers began | deploying"
        words = " " + " ".join(fold(t.text) for h in heads for t in h.subtree) + " "
        return any(f" {phrase} " in words for phrase in self.words["peacekeeping"])


def _speaker(actor: Actor) -> bool:
    """A person or political body who has no forces of its own to attack with (protesters, named
    by their kind, are not: they attack with their hands)."""
    if actor.sector in FORCES or (actor.sector in CIVILIAN - POLITICAL and not actor.name):
        return False
    return bool(actor.name or actor.role) or actor.sector in POLITICAL - {"GOV", "IGO"}


def _physical(actor: Actor) -> bool:
    """A target that is attacked physically: armed men, civilians, or a country or place."""
    return actor.sector in (FORCES - {"SPY"}) | {"CVL", "REF"} or bool(
        actor.country and not (actor.sector or actor.name or actor.role))


def _official(clause: Clause, pairs: Pairs) -> bool:
    """Whether the acting side is states, governments or international organisations, named as
    such ("Paris", "Iran", "the Chinese government"), not their people ("thousands of Argentines")."""
    tags = clause.doc_actors.tags
    named = bool(clause.sources) and all(
        (m := tags.get(t.i)) is not None and m.value.kind in ("country", "capital", "org") for t in clause.sources)
    return all(s.sector in ("GOV", "IGO") or (named and s.sector in OFFICIAL) for s, _ in pairs)


# The conventions that set an event's type from its parties, in the order they apply, each with its example.
TYPE_STEPS: tuple[tuple[str, str, Step], ...] = (
    ("a call that asks nothing of its own is a phone call", "a appelé son homologue indien", Conventions.phone_call),
    ("an accord concluded is support (CAMEO 057)", "X and Y signed an agreement", Conventions.concluded_agreement),
    ("a politician's attack is verbal (CAMEO 111)", "the opposition leader attacked the government",
     Conventions.verbal_attack),
    ("strikes, occupations, storming and gatherings by civilians are protests", "protesters stormed the parliament",
     Conventions.civilian_protest),
    ("opposing a violent act is disapproving of it", "China opposed the invasion", Conventions.opposed_act),
    ("protesters denouncing something are protesting it", "des manifestants qui dénonçaient la réélection",
     Conventions.denounced_by_protesters),
    ("a state's protest is a complaint (CAMEO 114)", "Paris protested to Algiers", Conventions.protest_by_a_state),
    ("demanding that diplomats leave is expelling them", "a sommé l'ambassadeur de quitter le pays",
     Conventions.expulsion_by_demand),
    ("expelling private people is a deportation (CAMEO 174)", "X expelled foreign workers",
     Conventions.expulsion_of_people),
    ("a ban on a foreign country is an embargo (CAMEO 163)", "imposed a ban on Nigerian rice",
     Conventions.foreign_ban),
    ("a peacekeeping deployment is military aid (CAMEO 074)", "deployed troops on a peacekeeping mission to X",
     Conventions.peacekeeping),
    ("a seizure by armed forces is a capture (CAMEO 19)", "rebels seized the town", Conventions.armed_seizure),
    ("leaving an international body is a sanction", "Mali announced its withdrawal from ECOWAS",
     Conventions.leaving_an_organisation),
    ("a missile launched over a country or into the sea is a show of force", "fired a missile over Japan",
     Conventions.missile_launch),
)
