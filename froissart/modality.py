"""The status of an event (reported, planned, negated, hypothetical) from the words around its
trigger, as ``spec/ontology.md`` says: the word lists are ``lang/<code>/modality.tsv``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .governance import Governance
from .langdata import LanguageData
from .ontology import Ontology
from .syntax import NOUNS, VERBAL, Syntax, manner_of
from .text import fold

if TYPE_CHECKING:
    from .events import TriggerEntry, TriggerLexicon

KINDS = ("negation", "intent", "planned", "hypothetical", "future", "obligation", "report", "blame", "cancel",
         "civilian_protest", "purpose", "enact", "peacekeeping", "verbal_attack", "armed_only", "decision", "call",
         "sponsor", "promised_response", "say", "pending", "naming", "prohibit", "any")


class Modality:
    """Reads the status of events; its word lists (``words``) serve the other readers too."""

    def __init__(self, lexicon: TriggerLexicon, syntax: Syntax, data: LanguageData, ontology: Ontology) -> None:
        self.lexicon = lexicon
        self.syntax = syntax
        self.ontology = ontology
        rows = data.table("modality")
        self.words = {kind: frozenset(fold(r["text"]) for r in rows if r["kind"] == kind) for kind in KINDS}
        self.negation_labels = data.labels("negation")
        self.governance = Governance(lexicon, syntax, self.words, ontology)

    def status(self, trigger: Token, light: Token | None, entry: TriggerEntry) -> tuple[str, str | None, list[str]]:
        """(status, final type or None when the event is not coded, notes): negation turns a
        cooperative act into a refusal (REJECT) and drops a conflictual one; a planned cooperative
        act is an AGREE, a planned conflictual one a THREATEN (``spec/ontology.md``)."""
        verbs = [t for t in (trigger, light) if t is not None]
        main = light or trigger
        vehicle = self.governance.journey(main)
        if vehicle is not None:
            verbs.append(vehicle)  # "will not travel to Moscow to meet him": the journey is negated
        if main.dep_ == "xcomp" and fold(main.head.lemma_) in self.words["hypothetical"]:
            verbs.append(main.head)  # "n'a pas pu donner son accord": the modal is negated
        manner = manner_of(self.syntax, main)
        if manner is not None:
            verbs.append(manner)  # "would not retaliate | by recalling its ambassador": nor is that done
        # "neither confirmed nor denied": a negative conjunction on the first verb holds for the second
        joined = [c for c in main.head.children if c.dep_ in ("cc", "preconj")] \
            if main.dep_ in self.syntax.conj and main.head.pos_ in VERBAL else []
        # "n'a pas encore annoncé": the negation may hang on an adverb of the verb
        adverbs = [c for v in verbs for c in v.children if c.dep_ in self.negation_labels]
        adverbs += [g for c in adverbs for g in c.children if g.dep_ in self.negation_labels]
        negated = any(fold(c.text) in self.words["negation"] or fold(c.lemma_) in self.words["negation"]
                      for c in [*adverbs, *joined])
        # a negative determiner on the object: "would accept no deal", "n'accepterait aucun accord"
        negated = negated or any(fold(d.text) in self.words["negation"] for v in verbs if v.pos_ in VERBAL
                                 for o in self.syntax.objects(v) for d in o.children if d.dep_ == "det")
        # … or on the subject: "neither side will attack", "no government will recognise"
        negated = negated or any(fold(d.text) in self.words["negation"] for v in verbs if v.pos_ in VERBAL
                                 for s in self.syntax.inherited_subjects(v) for d in s.children
                                 if d.dep_ in ("det", "preconj"))
        # "cancelled a planned visit", "failed to reach an agreement"
        negated = negated or (light is not None and fold(light.lemma_) in self.words["cancel"]) or (
            main.head != main and main.dep_ in self.syntax.clausal
            and fold(main.head.lemma_) in self.words["cancel"])
        # "had no plans to hold talks", "n'avoir aucune intention de négocier": the intention is denied
        plan = main.head
        negated = negated or (plan != main and main.dep_ in self.syntax.clausal and plan.pos_ in NOUNS
                              and fold(plan.lemma_) in self.words["intent"]
                              and any(fold(c.text) in self.words["negation"] for c in plan.children))
        forbidding = main.head.head if main.head.pos_ == "ADP" else main.head  # ("ban them | from | travelling")
        if main.head != main and main.dep_ in self.syntax.clausal and fold(forbidding.lemma_) in self.words["prohibit"]:
            return "negated", None, []  # "barred ministers from leaving": the act forbidden is not done
        if trigger.pos_ in NOUNS and any(c.pos_ == "DET" and fold(c.text) in self.words["any"]
                                         for c in trigger.children):
            return "negated", None, []  # "would respond to any attack", "toute intervention": no act told
        if self.demanded(main):
            return "requested", None, []  # "Putin said the EU should talk to Minsk": Putin's demand, coded as such
        kind = self._modality(trigger, light, vehicle)
        ptype = self.ontology.type(entry.type)
        if kind == "decision":  # a decision to meet or help is a promise; to expel or to ease, the act itself
            kind = "planned" if ptype.cooperative and entry.type != "CONCEDE" else None
        if kind is None and light is not None and not ptype.cooperative \
                and self.lexicon.verb_forms(light) & self.words["intent"]:
            kind = "planned"  # "vowed a harsh response", "a promis une riposte" (a pledged verbal act is that act)
        if negated and any(fold(c.text) in self.words["pending"] for v in verbs for c in v.children):
            return "negated", None, []  # "n'a pas encore annoncé de retrait": not a refusal, nothing yet
        if negated:
            if ptype.cooperative:
                return "reported", "REJECT", [f"negated {entry.type}"]
            return "negated", None, []
        if kind == "hypothetical":
            return "hypothetical", entry.type, []
        if kind == "planned":
            if entry.type in ("AGREE", "THREATEN"):
                return "planned", entry.type, []
            if ptype.cooperative:
                return "planned", "AGREE", [f"planned {entry.type}"]
            if ptype.quad == 4:
                return "planned", "THREATEN", [f"planned {entry.type}"]
            return "planned", entry.type, []
        return "reported", entry.type, []


    def demanded(self, verb: Token) -> bool:
        """Whether a verb under a modal of obligation is what a speaker says someone else must do
        ("X said Y should talk to Z", "X a rétorqué que Y devaient discuter", "should stop arming
        the island and support…"): a demand, not an act (``events.ReportedActs`` codes the demand)."""
        syn = self.syntax
        clause = self._modal_clause(verb)
        if clause is None:
            return False
        reporter = self.reporter(clause, self.words["report"] | self.words["say"])
        return reporter is not None and \
            {s.i for s in syn.inherited_subjects(clause)} != {s.i for s in syn.inherited_subjects(reporter)}

    def _modal_clause(self, verb: Token) -> Token | None:
        """The clause of the modal of obligation a verb is under, through the verbs it completes or
        is coordinated with ("devaient | discuter", "should stop | arming | and support")."""
        syn, obligation = self.syntax, self.words["obligation"]
        for _ in range(4):
            if any(c.dep_ in syn.aux and fold(c.lemma_) in obligation for c in verb.children):
                return verb
            if verb.dep_ == "xcomp" and fold(verb.head.lemma_) in obligation:
                return verb.head  # "devaient | discuter": the modal heads the clause
            shared = verb.dep_ in syn.conj and verb.head.i < verb.i \
                and not any(c.dep_ in syn.aux for c in verb.children)
            if verb.head == verb or verb.head.pos_ not in VERBAL or not (shared or verb.dep_ == "xcomp"):
                return None
            verb = verb.head
        return None

    def reporter(self, clause: Token, reporting: frozenset[str]) -> Token | None:
        """The verb of saying (one of ``reporting``) a clause is reported by: the verb it completes
        ("said that…"), or the verb of the aside after it ("« … », a dit X")."""
        syn = self.syntax
        reporter = clause.head if clause.dep_ in syn.clausal and clause.head != clause else next(
            (c for c in clause.children if c.dep_ == "parataxis" and c.i > clause.i), clause)
        if reporter == clause or not self.lexicon.verb_forms(reporter) & reporting:
            return None
        return reporter

    def future(self, clause: Token) -> bool:
        """Whether a clause tells something still to come: "there will be a response", "would be
        answered", "la réponse sera plus sévère" (a copula in the future)."""
        return self._modality(clause, None, None) in ("planned", "hypothetical") or any(
            c.pos_ in ("AUX", "VERB") and ("Fut" in c.morph.get("Tense") or "Cnd" in c.morph.get("Mood"))
            for c in (clause, *(c for c in clause.children if c.pos_ == "AUX")))  # "prendrait", "will take"

    def _modality(self, trigger: Token, light: Token | None, vehicle: Token | None) -> str | None:
        """The status words say; ``vehicle`` is the journey or dispatch the event is the purpose of
        ("will travel to Beijing to meet Xi": the travel sets the meeting's status)."""
        main = light or trigger
        for t in (trigger, main, *([vehicle] if vehicle is not None else [])):
            for c in t.children:
                word = fold(c.lemma_)
                if c.dep_ in self.syntax.mark and word in self.words["hypothetical"]:
                    return "hypothetical"
                if c.dep_ in self.syntax.aux and word in self.words["hypothetical"]:
                    return "hypothetical"
                if c.dep_ in self.syntax.aux and (word in self.words["future"] or fold(c.text) in self.words["future"]):
                    return "planned"
                if c.pos_ in ("ADJ", "VERB") and c.dep_ in ("acl", "amod") and fold(c.text) in self.words["planned"]:
                    return "planned"
            if "Fut" in t.morph.get("Tense") or "Cnd" in t.morph.get("Mood"):
                return "planned"
        head = main.head
        if main.dep_ == "advcl" and {"Ger", "Part"} & set(main.morph.get("VerbForm")) and head.pos_ in VERBAL \
                and any(c.dep_ in self.syntax.aux and fold(c.lemma_) in self.words["future"] for c in head.children):
            return "planned"  # "will hold a protest outside the embassy, protesting X"
        if main.dep_ in self.syntax.clausal and "Inf" in main.morph.get("VerbForm") and head.pos_ in VERBAL \
                and head.i < main.i and any(c.dep_ in self.syntax.aux and (fold(c.lemma_) in self.words["future"]
                                                                          or "Cnd" in c.morph.get("Mood"))
                                            for c in head.children):
            return "planned"  # "would do everything it could to cut off the flow": still to come
        if vehicle is not None and vehicle.dep_ in self.syntax.clausal:
            main, head = vehicle, vehicle.head  # "vowed to send troops to attack": the vow sets the attack's status
        if head != main and main.dep_ in self.syntax.clausal | {"obl:arg", "obl", "obj", "dobj", "pobj"}:
            if fold(head.text) in self.words["future"]:  # "is going to attack"
                return "planned"
            word = fold(head.lemma_)
            if word in self.words["hypothetical"]:
                return "hypothetical"
            if word in self.words["decision"]:
                return "decision"
            if "Fin" in main.morph.get("VerbForm") and main.morph.get("Tense") and not (
                    {"Fut"} & set(main.morph.get("Tense")) or "Cnd" in main.morph.get("Mood")):
                return None  # "assured that China backed the deal": told as done, whatever the verb above
            if word in self.words["intent"] or word in self.words["future"]:
                return "planned"
            if head.dep_ in ("prep",) and fold(head.head.lemma_) in self.words["intent"]:
                return "planned"
        return None

