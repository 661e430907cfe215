"""Which trigger tells an event when several are linked: "agreed to provide aid" is the
agreement, "called Erdogan to apologise" the apology, "provide aid" the aid, "pledged support" the
support. Verbs of intent govern the act they are about; calls, dispatches, orders and signatures
lead to the act they are made for (``lang/<code>/modality.tsv``: purpose, enact)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .ontology import Ontology
from .syntax import NOUNS, VERBAL, Syntax
from .text import fold

if TYPE_CHECKING:
    from .events import TriggerEntry, TriggerLexicon

INTENT_TYPES = frozenset({"AGREE", "REJECT", "THREATEN", "REQUEST", "ACCUSE"})
PURPOSEFUL = frozenset({"ACCUSE", "CONSULT"})  # acts made to some end told by an infinitive ("summoned X to demand")
# acts done by saying them: "pledged support" is support, "offered criticism" criticism
VERBAL_ACTS = frozenset({"SUPPORT", "ACCUSE", "REJECT", "THREATEN", "REQUEST"})


class Governance:
    def __init__(self, lexicon: TriggerLexicon, syntax: Syntax, words: dict[str, frozenset[str]],
                 ontology: Ontology) -> None:
        self.lexicon = lexicon
        self.syntax = syntax
        self.words = words
        self.ontology = ontology

    @staticmethod
    def outranks(noun: TriggerEntry, verb: TriggerEntry) -> bool:
        """The noun, not its verb, tells the event: a hand-written noun entry outranks a verb entry
        derived from another dictionary, offering or pledging a verbal act is that act ("pledged
        support", "offered scathing criticism"), and an order is the act ordered ("ordered the
        arrest of")."""
        return (noun.table == "triggers" and verb.table != "triggers") or (
            verb.type == "AGREE" and noun.type in VERBAL_ACTS) or verb.mode == "order"

    def governing_trigger(self, token: Token, triggers: dict[int, TriggerEntry],
                           act: TriggerEntry | None = None) -> TriggerEntry | None:
        head = token.head
        if head == token or token.dep_ not in self.syntax.clausal | self.syntax.object | {"obl:arg", "obl"} \
                or self.syntax.adverbial(token):
            return None
        own = act or triggers[token.i]
        entry = triggers.get(head.i)
        if entry is None and token.pos_ in NOUNS and token.dep_ in self.syntax.object and head.pos_ in VERBAL \
                and head.dep_ in self.syntax.clausal:
            return self.governing_trigger(head, triggers, own)  # "threatened to launch | an offensive"
        if entry is None and self.journey(token) == head:
            return self.governing_trigger(head, triggers, own)  # "refusé de se rendre à Washington pour rencontrer"
        if entry is None and token.pos_ in VERBAL and head.pos_ in VERBAL and token.dep_ in self.syntax.clausal \
                and head.dep_ in self.syntax.clausal and "Inf" in token.morph.get("VerbForm") \
                and "Inf" in head.morph.get("VerbForm"):
            return self.governing_trigger(head, triggers, own)  # "appelé X à cesser | de soutenir le M23"
        if entry is not None and self.vehicle(head, entry) and self.purpose(head, triggers) == token:
            return self.governing_trigger(head, triggers, own)  # "offered to send troops to help": the offer
        if entry is None or not intent(entry) or entry.pos != "VERB" or self.of_purpose(token, triggers):
            return None
        if self.promised_conflict(entry, own):
            return None  # "vowed to retaliate": the retaliation, planned, is a threat
        return None if own.pos == "NOUN" and self.outranks(own, entry) else entry

    def accusation(self, token: Token, triggers: dict[int, TriggerEntry]) -> Token | None:
        """The accusation an act is reported in: "accused Russian troops of shelling", "accusé
        Lima d'avoir tenté de saboter…" (through a verb of attempt), "an attack that Quito
        blamed on Lima". The act is coded too, by the accused (``spec/ontology.md``: reported
        speech codes the act reported)."""
        syn = self.syntax
        for child in token.children:  # "an attack that Quito blamed on Lima", "an ambush blamed on rebels"
            participle = child.dep_ == "acl" and "Part" in child.morph.get("VerbForm")
            if (child.dep_ in syn.relative or participle) and triggers.get(child.i) is not None \
                    and triggers[child.i].type == "ACCUSE":
                return child
        if token.dep_ == "acl" and token.head.dep_ in syn.object:  # "accusé les forces russes | d'avoir bombardé"
            verb = token.head.head
            entry = triggers.get(verb.i)
            if entry is not None and entry.type == "ACCUSE" and any(c.dep_ in syn.mark for c in token.children):
                return verb
        if self.of_purpose(token, triggers):
            return None  # "summoned the ambassador to demand an explanation": the demand is the author's
        current = token
        for _ in range(3):
            head = current.head
            if head == current or current.dep_ not in syn.clausal | syn.prep_object | {"pcomp"} \
                    or syn.participle_aside(current):
                return None
            if head.dep_ in syn.prep_head:  # "of shelling": the preposition, then its verb
                head = head.head
            entry = triggers.get(head.i)
            if entry is not None and entry.type == "ACCUSE" and head.pos_ in VERBAL:
                return head
            if fold(head.lemma_) not in syn.attempt:
                return None
            current = head  # "accused Ukraine of trying | to seize the plant"
        return None

    def journey(self, verb: Token) -> Token | None:
        """The call, dispatch or journey (modality.tsv ``purpose``) a verb is the purpose of."""
        head = verb.head
        if head != verb and verb.dep_ in self.syntax.clausal and self.lexicon.verb_forms(head) & self.words["purpose"]:
            return head
        return None

    def promised_conflict(self, verb: TriggerEntry, act: TriggerEntry) -> bool:
        """An agreement to a hostile act is a threat ("vowed to retaliate"); an agreement to give an
        order is the agreement ("agreed to order their forces to cease fire")."""
        return verb.type == "AGREE" and not self.ontology.type(act.type).cooperative and act.mode != "order"

    def vehicle(self, verb: Token, entry: TriggerEntry) -> bool:
        """A verb that leads to another act: an order, a call or dispatch made for a purpose
        (modality.tsv ``purpose``), or the signing of a document (``enact``)."""
        return entry.pos == "VERB" and (entry.mode == "order" or bool(
            self.lexicon.verb_forms(verb) & (self.words["purpose"] | self.words["enact"])))

    def purpose(self, verb: Token, triggers: dict[int, TriggerEntry]) -> Token | None:
        """The triggered infinitive a verb governs ("sent experts to investigate"); after a verb
        of request, only one introduced as a purpose ("appelé X pour le féliciter", not "appelé
        X à cesser")."""
        enacting = bool(self.lexicon.verb_forms(verb) & self.words["enact"])
        marked = intent(triggers[verb.i]) and not enacting
        # a participle too, after a call or dispatch ("sent a letter threatening to cut funding")
        forms = {"Inf"} if triggers[verb.i].mode == "order" or marked else {"Inf", "Ger", "Part"}
        # a verb enacting a document: what the document does ("signed a decree granting citizenship")
        if enacting:
            documents = [o for o in self.syntax.objects(verb) if fold(o.lemma_) in self.syntax.documents]
            # (the parser may hang the participle on the verb: "signed an order on Saturday | imposing…")
            candidates = [c for d in documents for c in d.children] + (list(verb.children) if documents else [])
        else:
            candidates = list(verb.children)
        return next((c for c in candidates
                     if c.i in triggers and c.i > verb.i and c.pos_ in VERBAL
                     and (c.dep_ in self.syntax.clausal or c.head != verb and c.dep_ == "amod")  # "décret | imposant"
                     and (enacting or forms & set(c.morph.get("VerbForm"))) and (
                         not marked or self.purpose_marked(c))), None)

    def of_purpose(self, verb: Token, triggers: dict[int, TriggerEntry]) -> bool:
        """Whether an infinitive tells why its head's act was done: marked as a purpose, or an
        adverbial infinitive with no mark after a summons or a meeting ("summoned the ambassador |
        to demand", not "called on the generals | to relinquish power", what is asked)."""
        head = triggers.get(verb.head.i)
        return self.purpose_marked(verb) or verb.dep_ == "advcl" and "Inf" in verb.morph.get("VerbForm") \
            and not any(c.dep_ in self.syntax.mark for c in verb.children) \
            and head is not None and head.type in PURPOSEFUL

    def purpose_marked(self, verb: Token) -> bool:
        """Whether an infinitive is one of purpose ("pour le féliciter", "in order to"), even when
        the parser hung "pour" on a pronoun before it ("pour | lui demander")."""
        if any(c.dep_ in self.syntax.mark and fold(c.text) in self.syntax.purpose_marks for c in verb.children):
            return True
        i = verb.i - 1
        while i >= 0 and verb.doc[i].pos_ == "PRON" and verb.doc[i].head == verb:
            i -= 1
        return i >= 0 and i < verb.i - 1 and fold(verb.doc[i].text) in self.syntax.purpose_marks

    def embedded(self, token: Token, triggers: dict[int, TriggerEntry]) -> Token | None:
        for child in token.children:
            if child.i in triggers and child.dep_ in self.syntax.clausal and child.pos_ in VERBAL:
                return child
            if child.i in triggers and child.pos_ in NOUNS and child.dep_ in self.syntax.object:
                return child
        # through a light verb: "threatened to launch | an offensive"
        for child in token.children if intent(triggers[token.i]) else ():
            if child.dep_ in self.syntax.clausal and child.pos_ in VERBAL and child.i not in triggers:
                nouns = [o for o in self.syntax.objects(child) if o.i in triggers and o.pos_ in NOUNS]
                if nouns:
                    return nouns[0]
        return None



def intent(entry: TriggerEntry) -> bool:
    """A verb of intent, request or stance that governs the act it is about (an order is coded
    as the act ordered)."""
    return entry.type in INTENT_TYPES and entry.mode != "order"
