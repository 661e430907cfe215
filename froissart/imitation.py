"""Acts told as the same as an earlier one: "Benin followed suit", "did the same", "announced
similar measures", "le Bénin lui a emboîté le pas", "a pris la même mesure". The clause names no
act of its own; it repeats the latest act told before it (the lead's first), done now by its own
subject to the same target ("Ghana expelled two Togolese diplomats. Benin followed suit": Benin
expels Togolese diplomats too). An act whose own noun is told as like an earlier act of its type
("sanctions of their own", "des sanctions similaires") is aimed at that act's target.

The words are language data (``references.tsv``): kind ``imitation``, a verb or a "verb object"
pair ("emboîter", "follow suit"); kind ``imitation_mark``, an adjective ("similar", "même", "own").
"""

from __future__ import annotations

from spacy.tokens import Token

from .actors import DocActors
from .events import EventFinder, RawEvent
from .groups import across
from .model import Actor, same_actor
from .references import ReferenceWords
from .syntax import VERBAL, is_possessor
from .text import fold

UNIQUE = frozenset({"CONSULT"})  # a meeting is joined, not repeated
MATERIAL = frozenset({2, 4})  # the quad classes of acts done, not said


class Imitations:
    def __init__(self, references: ReferenceWords, finder: EventFinder) -> None:
        # verbs and "verb object" pairs ("imitate", "follow suit"); adjectives ("similar", "même")
        self.verbs = frozenset(w for w, ref in references.words.items() if ref.kind == "imitation")
        self.marks = frozenset(w for w, ref in references.words.items() if ref.kind == "imitation_mark")
        self.finder = finder
        self.syntax = finder.syntax
        self.ontology = finder.ontology

    def find(self, events: list[RawEvent], doc_actors: DocActors) -> list[RawEvent]:
        """The acts that repeat an earlier act of the story, one per clause that says so; an act
        told as like an earlier one of its type is aimed at the same target ("announced sanctions
        of their own", "des sanctions similaires")."""
        for event in events:
            self._retarget(event, events)
        told = {i for e in events for i in (e.trigger.i, *(a.i for a in e.anchors))}
        out: list[RawEvent] = []
        for word in doc_actors.doc:
            verb = self._verb(word)
            if verb is None or verb.i in told:
                continue  # (the clause tells an act of its own: "imposed similar sanctions")
            # "similar measures", "la même mesure" are done, not said: an act of force or aid
            material = word.pos_ == "ADJ" and word.head.pos_ in ("NOUN", "DET")
            earlier = [e for e in events if e.trigger.i < verb.i and e.type not in UNIQUE
                       and (not material or self.ontology.type(e.type).quad in MATERIAL)]
            event = self._repeat(verb, earlier, doc_actors)
            if event is not None:
                out.append(event)
                told.add(verb.i)
        return out

    def _retarget(self, event: RawEvent, events: list[RawEvent]) -> None:
        """An act whose noun is told as like an earlier act of its type takes that act's target,
        whatever target the story gave it ("announced sanctions of their own": on China, as the
        EU's were, not on the EU)."""
        noun = event.trigger
        told_by_the_clause = not event.untargeted and not any(n.startswith("target:") for n in event.notes)
        if event.type in UNIQUE or told_by_the_clause or not any(
                fold(w.lemma_) in self.marks and w.pos_ == "ADJ" and noun in (w.head, w.head.head)
                for w in noun.subtree):
            return  # (a target the clause names stays: "imposed its own sanctions on Nigeria")
        sources = [s for s, _ in event.pairs]
        for act in sorted(events, key=lambda e: e.trigger.i, reverse=True):
            if act.type != event.type or act.trigger.i >= noun.i:
                continue
            targets = _targets(act, sources)
            if targets:
                event.pairs = across(sources, targets)
                event.untargeted = False
                event.notes = [n for n in event.notes if not n.startswith("target:")] + [
                    f"target: as {act.trigger.text}"]
                return

    def _verb(self, word: Token) -> Token | None:
        """The verb of a clause that says its act is the same as another's: the word itself
        ("imitated"), the verb it is the object of ("followed | suit", "did | the same"), or the
        verb of the object it qualifies ("announced | similar measures"); not "the same day"."""
        syn = self.syntax
        lemma = fold(word.lemma_)
        if word.pos_ in VERBAL and (lemma in self.verbs
                                    or any(f"{lemma} {fold(o.lemma_)}" in self.verbs for o in syn.objects(word))):
            return word
        if lemma not in self.marks or word.pos_ not in ("ADJ", "NOUN", "PRON"):
            return None
        if any(is_possessor(syn, c) for c in (*word.children, *word.head.children)):
            return None  # "defended its own citizens": whose, not like whom
        thing = word
        for _ in range(3):  # "la même mesure" (même fixed on la), "mesures similaires mardi" (on the day)
            if thing.dep_ in syn.object and thing.head.pos_ in VERBAL:
                return thing.head
            if thing.head == thing or thing.head.pos_ in VERBAL:
                return None
            thing = thing.head
        return None

    def _repeat(self, verb: Token, earlier: list[RawEvent], doc_actors: DocActors) -> RawEvent | None:
        """The latest earlier act with a target, the lead's first (the news others follow), done by
        the verb's subject to the same target."""
        finder = self.finder
        sources = finder.arguments.actors(self.syntax.inherited_subjects(verb), doc_actors)
        sources = [s for s in sources if s.code()]
        if not sources:
            return None
        lead = doc_actors.lead
        for act in sorted(earlier, key=lambda e: (e.sentence.start in lead, e.trigger.i), reverse=True):
            targets = _targets(act, sources)
            if not targets:
                continue
            status, etype, notes = finder.modality.status(verb, None, act.entry)
            if etype is None:
                return None
            return RawEvent(verb, doc_actors.sentence(verb), act.entry, etype, across(sources, targets), status,
                            [verb], act.confidence, [*notes, f"repeats: {act.trigger.text}"])
        return None


def _targets(act: RawEvent, sources: list[Actor]) -> list[Actor]:
    """The targets of an earlier act that another actor's repetition can aim at (not itself)."""
    return [t for _, t in act.pairs if t is not None and t.code() and not any(same_actor(s, t) for s in sources)]
