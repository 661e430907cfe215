"""Event triggers (``lang/<code>/triggers.tsv``) and the events they tell: ``EventFinder`` finds
the triggers of an article and, for each, reads its clause (``arguments.py``), decides which of
linked triggers tells the event (``governance.py``), sets its status (``modality.py``) and applies
the type conventions (``conventions.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .actors import DocActors
from .arguments import RECEIVE, THIRD_PARTY, ArgumentReader, Clause, noun_agent_words
from .conventions import DISAPPROVED, FORCES, Conventions, Typing
from .errors import DataFileError
from .groups import across, among, each_other
from .langdata import LanguageData
from .modality import Modality
from .model import Actor, distinct
from .ontology import Ontology
from .references import ReferenceWords
from .syntax import NOUNS, VERBAL, Syntax, adverbial_verb, is_possessor, noun_preposition, word_set
from .text import fold

__all__ = ["EventFinder", "RawEvent", "TriggerEntry", "TriggerLexicon"]

# prepositions that can introduce the target of an event typed by the learned stage
TARGET_PREPS = frozenset({"against", "with", "to", "on", "from", "for", "over", "contre", "avec", "a", "sur",
                          "envers", "aupres de"})
NOT_AN_EVENT = "NONE"  # a lexicon row that stops a word from triggering ("gave a speech")
OBJECT = "@obj"  # a with-word meaning "has a direct object" ("returned the artefacts", not "returned home")
PREDICATE = "@pred"  # a with-word meaning "has a predicative complement"
REPROACH = "@reproach"  # a with-word meaning "a complement holds a word of reproach" ("called the decision reckless")
COMPLEMENT = "@comp"  # a with-word meaning "has an infinitive complement" ("encouraged them to talk")
CLAUSE = "@that"  # a with-word meaning "has a finite clause as complement" ("a prévenu que…", not "prévenir une crise")


@dataclass(frozen=True)
class TriggerEntry:
    lemma: str
    pos: str
    type: str
    mode: str | None
    cameo: str
    with_word: str | None
    targets: frozenset[str]
    context: tuple[str, ...]
    line: str
    lang: str
    table: str = "triggers"
    also: frozenset[str] = frozenset()  # the lemma's other words when a with-word is given too ("mettre fin" + accord)

    @property
    def rule(self) -> str:
        extra = f"+{self.with_word}" if self.with_word else ""
        return f"{self.lang}/{self.table}.tsv:{self.line} {self.lemma}{extra} {self.pos}"


class TriggerLexicon:
    def __init__(self, data: LanguageData, ontology: Ontology) -> None:
        self.by_key: dict[tuple[str, str], list[TriggerEntry]] = {}
        # labels of a dependent that makes a verb transitive (the "@obj" with-word)
        self.object_labels = data.labels("object") | data.labels("passive_subject")
        self.predicate_labels = data.labels("predicate")
        self.copula_labels = data.labels("aux")
        self.subject_labels = data.labels("subject")
        self.reflexive = word_set(data, "reflexive")
        self.reproach = word_set(data, "reproach")
        self.quantity = word_set(data, "quantity")
        self.endings = sorted(((fold(r["ending"]), fold(r["replacement"])) for r in data.table("verb_endings")),
                              key=lambda e: -len(e[0]))
        rows = [(t, r) for t in ("triggers", "triggers_cameo") for r in data.table(t)]
        for table, row in rows:
            words = row["lemma"].split()
            with_word = row["with"] or (words[-1] if len(words) > 1 else "")
            pos = row["pos"]
            if pos not in ("VERB", "NOUN"):
                raise DataFileError(f"{data.folder}/triggers.tsv:{row['_line']}: pos must be VERB or NOUN")
            blocked = row["type"] == NOT_AN_EVENT
            entry = TriggerEntry(
                lemma=row["lemma"], pos=pos, type=row["type"], mode=row["mode"] or None,
                cameo=row["cameo"] or ("" if blocked else ontology.type(row["type"]).cameo),
                with_word=fold(with_word) if with_word else None,
                targets=frozenset(fold(t.strip()) for t in row["targets"].split(",") if t.strip()),
                context=tuple(c for c in row["context"].split(",") if c), line=row["_line"], lang=data.code,
                table=table, also=frozenset(fold(w) for w in words[1:]) if row["with"] else frozenset(),
            )
            self.by_key.setdefault((fold(words[0]), pos), []).append(entry)
        for entries in self.by_key.values():  # the entry asking for more words is tried first
            entries.sort(key=lambda e: -len(e.also))

    def lookup(self, token: Token) -> TriggerEntry | None:
        pos = "VERB" if token.pos_ in VERBAL else "NOUN" if token.pos_ in NOUNS else None
        if token.pos_ == "ADJ" and any(c.dep_ in self.object_labels for c in token.children):
            pos = "VERB"  # a participle with an object, tagged as an adjective ("ont gelé les avoirs")
        if token.pos_ == "ADJ" and (token.dep_ in ("ROOT", "xcomp", "ccomp", "acomp")
                                    or any(c.dep_ in self.copula_labels for c in token.children)) \
                and any(c.pos_ == "ADP" or any(g.pos_ == "ADP" for g in c.children) for c in token.children):
            pos = "VERB"  # a predicate adjective with its complement ("concerned about X", "préoccupé par X")
        found = None
        if pos == "NOUN" and token.dep_ == "ROOT" and not any(c.dep_ == "det" for c in token.children):
            found = self._lookup(token, "VERB")  # "Sweden collaborates": a verb tagged as a noun
        if found is None and pos:
            found = self._lookup(token, pos)
        return None if found is None or found.type == NOT_AN_EVENT else found

    def _rewritten(self, token: Token) -> Iterator[str]:
        """A verb form with each known ending rewritten, longest ending first (the lemmatizer
        leaves "estime" or "réclame" as they are)."""
        form = fold(token.text)
        return (form[:-len(ending)] + replacement for ending, replacement in self.endings if form.endswith(ending))

    def verb_forms(self, token: Token) -> set[str]:
        """The lemma a verb may have: its lemma, its form, and its rewritten forms."""
        return {fold(token.lemma_), fold(token.text), *self._rewritten(token)}

    def _lookup(self, token: Token, pos: str) -> TriggerEntry | None:
        entries = self.by_key.get((fold(token.lemma_), pos)) or self.by_key.get((fold(token.text), pos))
        if not entries and pos == "VERB":
            entries = next((found for lemma in self._rewritten(token) if (found := self.by_key.get((lemma, pos)))),
                           None)
        if not entries:
            return None
        # a preposition counts next to the verb only ("called off", not "called X on Monday"), a
        # particle wherever it is ("pulled its troops out")
        children = [c for c in token.children if c.pos_ not in ("ADP", "PART") or c.i == token.i + 1 or (
            c.i == token.i + 2 and token.nbor(1).pos_ == "ADV") or c.dep_ == "prt" or (
            c.pos_ == "ADP" and any(g.pos_ == "ADP" for g in c.children))]  # "out of"
        words = {fold(c.lemma_) for c in children} | {fold(c.text) for c in children}
        # a noun one step further ("went on strike", "placé en état d'alerte", "mis fin aux hostilités")
        nouns = [g for c in token.children if c.pos_ in ("ADP", "NOUN") for g in c.children if g.pos_ in NOUNS]
        # ... through a noun of quantity ("fired a volley of | missiles", "a tiré une salve de | missiles")
        nouns += [m for c in token.children if c.pos_ == "NOUN" and fold(c.lemma_) in self.quantity
                  and c.dep_ in self.object_labels for g in c.children for m in (g, *g.children) if m.pos_ in NOUNS]
        # the subject of a clause the verb governs ("declared a state of siege | to begin at midnight")
        nouns += [g for c in token.children if c.pos_ in VERBAL and c.dep_ in ("ccomp", "xcomp")
                  for g in c.children if g.dep_ in self.subject_labels and g.pos_ in NOUNS]
        words |= {w for g in nouns for w in (fold(g.lemma_), fold(g.text))}
        # the modifiers of those nouns ("deployed as peacekeeping forces")
        words |= {fold(m.text) for n in (*children, *nouns) if n.pos_ in NOUNS for m in n.children
                  if m.dep_ in ("compound", "amod")}
        if pos == "VERB" and any(fold(c.text) in self.reflexive and c.dep_ not in self.subject_labels
                                 for c in token.children):
            words.add("se")
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if nxt is not None:
            words |= {fold(nxt.lemma_), fold(nxt.text)}
        if token.head != token and token.dep_ != "conj":  # (a head the verb is coordinated with is no word of its own)
            words |= {fold(token.head.lemma_)}
        if any(e.with_word == OBJECT for e in entries) and any(c.dep_ in self.object_labels for c in token.children):
            words.add(OBJECT)
        if any(c.dep_ in self.predicate_labels for c in token.children):
            words.add(PREDICATE)
        if any(e.with_word == REPROACH for e in entries) and self._reproached(token):
            words.add(REPROACH)
        if any(e.with_word == COMPLEMENT for e in entries) and any(
                c.pos_ in VERBAL and c.dep_ in ("xcomp", "ccomp", "advcl") and "Inf" in c.morph.get("VerbForm")
                and c.i > token.i for c in token.children):
            words.add(COMPLEMENT)
        if any(e.with_word == CLAUSE for e in entries) and any(
                c.pos_ in VERBAL and c.dep_ in ("ccomp", "parataxis") and "Fin" in c.morph.get("VerbForm")
                for c in token.children):
            words.add(CLAUSE)
        for entry in entries:
            if entry.with_word and entry.with_word in words and entry.also <= words:
                return entry
        return next((e for e in entries if not e.with_word), None)


    def _reproached(self, token: Token) -> bool:
        """Whether a complement of the verb, not its subject, holds a word of reproach: "called
        the move illegal" blames, "called the visit historic" does not."""
        return any(fold(t.lemma_) in self.reproach or fold(t.text) in self.reproach
                   for c in token.children if c.dep_ not in self.subject_labels for t in c.subtree)


@dataclass
class RawEvent:
    trigger: Token
    sentence: Span
    entry: TriggerEntry
    type: str
    pairs: list[tuple[Actor, Actor | None]]
    status: str
    anchors: list[Token]
    confidence: float
    notes: list[str] = field(default_factory=list)
    rule: str | None = None  # set when the learned stage, not a lexicon line, chose the type
    target_words: list[Token] = field(default_factory=list)  # where the clause names what the event is aimed at
    untargeted: bool = False  # no target in the clause nor in the story (``story.StoryReader``)
    foreign_target: bool = False  # the story gave a target that must be of another country than the source


class EventFinder:
    def __init__(self, lexicon: TriggerLexicon, syntax: Syntax, data: LanguageData, ontology: Ontology,
                 references: ReferenceWords) -> None:
        self.lexicon = lexicon
        self.syntax = syntax
        self.ontology = ontology
        self.modality = Modality(lexicon, syntax, data, ontology)
        self.governance = self.modality.governance
        self.arguments = ArgumentReader(lexicon, syntax, self.governance)
        self.conventions = Conventions(self.arguments, syntax, self.modality.words, references.acts_of(DISAPPROVED))
        self.reported = ReportedActs(self, data.table("modality"), data.code)

    # -- finding ------------------------------------------------------------------------
    def find(self, doc_actors: DocActors) -> list[RawEvent]:
        doc = doc_actors.doc
        triggers: dict[int, TriggerEntry] = {}
        for token in doc:
            if doc_actors.in_name(token) or token.dep_ in ("flat:name",) or token.i in doc_actors.date_tokens:
                continue
            if token.pos_ in VERBAL and self._adjectival(token):
                continue  # a participle used as an adjective: "the detained leaders", "des hommes armés"
            if self._background(token):
                continue  # "lifted sanctions imposed on X": the imposing is background
            if token.dep_ == "acl" and fold(token.lemma_) in self.syntax.clause_words.aiming \
                    and token.head.pos_ in NOUNS and self.lexicon.lookup(token.head) is not None:
                continue  # "sanctions targeting X": whom the sanctions aim at, no attack
            entry = self.lexicon.lookup(token)
            if entry is None or self._naming_aside(token, entry):
                continue  # ("struck what it called terrorist camps": a name given in passing)
            triggers[token.i] = entry
        events = []
        for i, entry in triggers.items():
            event = self._event(doc[i], entry, triggers, doc_actors)
            if event is not None:
                events.append(event)
        return self.reported.merge(events, doc_actors)

    def _background(self, token: Token) -> bool:
        """A past participle describing the object of another verb ("lifted sanctions imposed on X",
        "libéré les militants arrêtés en mai")."""
        noun = token.head
        marked = any(c.dep_ in self.syntax.mark for c in token.children)  # "accusé X d'avoir bombardé": a clause
        return token.dep_ == "acl" and not marked and "Part" in token.morph.get("VerbForm") and "Past" in \
            token.morph.get("Tense") and noun.pos_ in NOUNS and noun.dep_ in self.syntax.object \
            and noun.head.pos_ in VERBAL and self.lexicon.lookup(noun.head) is not None

    def _naming_aside(self, token: Token, entry: TriggerEntry) -> bool:
        """A verb of naming in a free relative ("what it called terrorist camps", "ce qu'il a
        qualifié de trahison"): the name is given in passing; the verb it hangs on tells the act.
        Nor is a call that names its object a phone call ("calling its presence a relic")."""
        if not self.lexicon.verb_forms(token) & self.modality.words["naming"]:
            return False
        free = self.syntax.free_relative
        return any(c.pos_ == "PRON" and fold(c.text) in free for c in token.children) \
            or (token.head.pos_ == "PRON" and fold(token.head.text) in free) \
            or (entry.type == "CONSULT"  # "calling its presence a relic": no phone call
                and any(c.dep_ in self.syntax.predicates for c in token.children))

    def _adjectival(self, token: Token) -> bool:
        if token.dep_ == "amod" and token.i < token.head.i:
            return True
        return token.dep_ in ("amod", "acl") and token.i == token.head.i + 1 and "Part" in token.morph.get(
            "VerbForm") and not any(c.dep_ not in ("punct", "advmod") for c in token.children)

    def _event(self, trigger: Token, entry: TriggerEntry, triggers: dict[int, TriggerEntry],
               doc_actors: DocActors) -> RawEvent | None:
        """The event a trigger tells, or None when another trigger tells it, it is negated, or
        nobody takes part in it: the clause is read, the acting side and the side acted on are
        sought (``arguments.py``), the status set (``modality.py``), the conventions applied
        (``conventions.py``)."""
        gov = self.governance
        accusation = gov.accusation(trigger, triggers)
        if accusation is not None and self.ontology.type(entry.type).quad != 4:
            return None  # "accused Washington of interfering": the accusation tells it
        if accusation is None and gov.governing_trigger(trigger, triggers) is not None:
            return None  # told by the verb that governs it ("agreed to provide aid")
        light = self.arguments.light_verb(trigger) if entry.pos == "NOUN" else None
        phrase = noun_preposition(self.syntax, trigger) if light is not None else None
        # talks the clause's act came after: held, whatever the clause's mood
        ended = phrase is not None and phrase[0] in self.syntax.meeting_ends
        if light is None and entry.type == "CONSULT" and entry.pos == "NOUN" \
                and not self._held_by(trigger, entry, doc_actors):
            light = self._meeting_end(trigger)  # "after talks in Arusha, Kenya and Uganda agreed": they met
            ended = light is not None
            while light is not None and "Inf" in light.morph.get("VerbForm") and light.dep_ in self.syntax.clausal \
                    and light.head.pos_ in VERBAL:
                light = light.head  # "agreed to reopen the border after talks": the talks were held, not promised
        if light is not None and light.i in triggers and triggers[light.i].type not in (entry.type, "NONE") \
                and not self.governance.vehicle(light, triggers[light.i]) \
                and self.arguments.noun_agents(trigger, entry, doc_actors):
            light = None  # "police broke up a rally of migrants": the migrants' rally, broken up by the police
        clause = Clause(trigger, entry, light, triggers, doc_actors, accusation=accusation)
        clause.sources, clause.targets, clause.pair = self.arguments.read(trigger, entry, light)
        if self._told_by_another(clause):
            return None
        embedded = gov.embedded(trigger, triggers) if entry.pos == "VERB" else None
        if embedded is not None and gov.vehicle(embedded, triggers[embedded.i]):
            embedded = gov.purpose(embedded, triggers) or embedded  # "offered to send troops to help X"
        if embedded is not None and gov.promised_conflict(entry, triggers[embedded.i]) \
                and (any(a.i in triggers for a in trigger.ancestors)  # ("urged X to ensure civilians were not harmed")
                     or self.modality.status(embedded, None, triggers[embedded.i])[0] != "negated"):
            return None  # the promised act is coded, as a threat (a promise not to use force is an agreement)
        if embedded is not None:
            clause.targets = self._embedded_targets(clause, embedded)
            clause.embedded = triggers[embedded.i]
        status, etype, notes = ("reported", entry.type, []) if ended else self.modality.status(trigger, light, entry)
        if etype is None:
            return None
        clause.notes.extend(notes)
        sources = self.arguments.sources(clause)
        targets = self.arguments.targets(clause, sources)
        if targets and etype == "ACCUSE" and clause.targets \
                and all(self._victim_only(t, doc_actors) for t in clause.targets):
            targets = []  # "denounced a violation of the country's sovereignty": the story tells by whom
        if entry.mode == RECEIVE and targets:  # "Kyiv received weapons from Berlin": Berlin gives
            sources, targets = targets, sources
        pairs = self.conventions.filter(clause, etype, self._records(clause, sources, targets))
        if not pairs:
            return None
        typing = self.conventions.apply(clause, Typing(etype, pairs))
        confidence = 0.8 if entry.pos == "VERB" else 0.65
        if any(t is None for _, t in typing.pairs):
            confidence -= 0.1
        words = clause.targets + ([embedded] if embedded is not None and embedded not in clause.targets else [])
        return RawEvent(trigger, doc_actors.sentence(trigger), entry, typing.type, typing.pairs, status,
                        self.arguments.anchors(trigger, light), round(confidence, 2), clause.notes,
                        target_words=words)

    def _held_by(self, noun: Token, entry: TriggerEntry, doc_actors: DocActors) -> bool:
        """Whether a meeting noun names who held it, as the agents of any event noun are read ("a
        visit by the French minister", "la visite du ministre", "his visit", "Israeli-Palestinian
        talks"), or both its parties ("une rencontre entre X et Y"); not "a meeting of several hours"."""
        syn = self.syntax
        return any(is_possessor(syn, c) for c in noun.children) \
            or bool(self.arguments.noun_agents(noun, entry, doc_actors) or noun_agent_words(syn, noun)) \
            or any(prep in syn.clause_words.between for prep, _ in syn.prepositional(noun))

    def _meeting_end(self, noun: Token) -> Token | None:
        """The verb of a clause told as following talks ("after talks", "au terme de pourparlers")."""
        syn = self.syntax
        if syn.case_of(noun) in syn.meeting_ends:
            return syn.clause_verb(noun)
        phrase = noun_preposition(syn, noun)
        return adverbial_verb(syn, phrase[1]) if phrase is not None and phrase[0] in syn.meeting_ends else None

    def _victim_only(self, word: Token, doc_actors: DocActors) -> bool:
        """Whether a word names its actors only as the owners of what was wronged (labels.tsv
        ``victim_noun``: "une violation de la souveraineté du pays", "an attack on Iraq's
        sovereignty"): they suffered the act reproached, they are not whom it reproaches."""
        if doc_actors.is_actor_word(word):
            return False
        named = [t for t in word.subtree if doc_actors.is_actor_word(t)]
        victims = self.syntax.victim_nouns
        return bool(named) and all(any(fold(a.lemma_) in victims for a in (t, *t.ancestors)
                                       if a == word or word.is_ancestor(a)) for t in named)

    def _told_by_another(self, clause: Clause) -> bool:
        """Whether a linked trigger tells the event: the verb of "provide aid", the noun of "issued
        an ultimatum", the act a call or order is made for ("called X to apologise")."""
        gov, syn, triggers = self.governance, self.syntax, clause.triggers
        trigger, entry, light = clause.trigger, clause.entry, clause.light
        names = (fold(trigger.lemma_), fold(trigger.text))
        if entry.pos == "NOUN" and trigger.dep_ not in syn.subject and any(
                h.i in triggers and h != trigger and triggers[h.i].with_word in names
                for h in (trigger.head, trigger.head.head)):
            return True  # "a mis fin à la coopération": the noun is the with-word of its verb's entry
        if light is not None and light.i in triggers and trigger.dep_ in syn.object and not clause.pair \
                and not gov.outranks(entry, triggers[light.i]) \
                and not gov.promised_conflict(triggers[light.i], entry):  # "vowed a harsh response": a threat
            return True  # "provide aid", "sign an agreement": the verb tells the event
        if entry.pos == "VERB" and any(
                self.arguments.light_verb(c) == trigger and gov.outranks(triggers[c.i], entry)
                for c in trigger.children if c.i in triggers and c.dep_ in syn.object):
            return True  # "issued an ultimatum", "pledged support": the noun tells the event
        if fold(trigger.lemma_) in self.modality.words["call"]:
            return False  # a call made to ask or thank is a call too ("a appelé Poutine pour lui demander")
        return gov.vehicle(trigger, entry) and gov.purpose(trigger, triggers) is not None

    def _embedded_targets(self, clause: Clause, embedded: Token) -> list[Token]:
        """The target words when the trigger governs another act: who is criticised is who acts in
        it ("condemned the expulsion of diplomats by Prague"); otherwise who it is done to
        ("threatened an attack on X"); who is asked to act is who acts in the act requested
        ("exigé le départ des troupes françaises")."""
        entry, targets = clause.entry, clause.targets
        criticised = (entry.type == "ACCUSE" or self.conventions.opposes_act(clause)) and embedded in targets
        if targets and not criticised:
            return targets
        emb_entry = clause.triggers[embedded.i]
        emb_light = self.arguments.light_verb(embedded) if emb_entry.pos == "NOUN" and not criticised else None
        emb_sources, emb_targets, emb_pair = self.arguments.read(embedded, emb_entry, emb_light)
        asked = self.arguments.read(embedded, emb_entry, None)[0] if entry.type == "REQUEST" else []
        if asked and self.syntax.subjects(embedded) and not self.syntax.adverbial(embedded):
            # "demanded that Togo free the detainees": Togo is asked (not "…, while Washington urged")
            return asked
        return ((emb_pair or emb_sources) if criticised else emb_targets or asked) or targets

    def _records(self, clause: Clause, sources: list[Actor], targets: list[Actor]) -> list[tuple[Actor, Actor | None]]:
        """(source, target) records: a mediator with each party, the two sides of "between X and
        Y", two subjects that make something together, else every source with every target."""
        pair = self.arguments.actors(clause.pair, clause.doc_actors)
        entry = clause.entry
        verb = clause.verb or clause.trigger
        # who hosts, sponsors or brokers talks is a mediator, not a party ("qui accueillent les négociations")
        sponsor = entry.type == "CONSULT" and bool(self.lexicon.verb_forms(verb) & self.modality.words["sponsor"])
        if len(pair) >= 2 and (entry.mode == THIRD_PARTY or sponsor) and sources:
            # the parties met, and the mediator with each of them
            return [*among(pair), *across(sources, pair)]
        if len(pair) >= 2 and entry.type in ("REQUEST", "ACCUSE") and sources:
            return across(sources, pair)  # "a appelé à un cessez-le-feu | entre le Bénin et le Togo": asks both
        if len(pair) >= 2:
            return among(pair)
        if len(sources) >= 2 and self._reciprocal(clause):  # "Quito and Lima blamed it on each other"
            return each_other(sources)
        if len(sources) >= 2 and not targets and fold(verb.lemma_) in self.syntax.clause_words.reciprocal_verbs \
                and all(s.sector in FORCES for s in sources):
            return each_other(sources)  # "Ghanaian and Togolese troops clashed": each at the other
        if sponsor and not targets:
            return []
        if len(sources) >= 2 and not targets and self._mutual(verb, entry, clause.targets):
            # "X and Y signed an accord"; "X and Y exchanged fire": each at the other
            ptype = self.ontology.type(entry.type)
            return among(sources) if ptype.symmetric or ptype.cooperative else each_other(sources)
        # (a place named as no one's is no party: "convenues de rouvrir le poste-frontière de Mfum")
        if len(sources) >= 2 and targets and self.ontology.type(entry.type).cooperative \
                and {t.code() for t in targets if t.code() or t.sector} <= {s.code() for s in sources}:
            return among(sources)  # "X and Y agreed to order their forces to…": an agreement between them
        alone = entry.pos == "VERB" or self.arguments.acts(clause.trigger, clause.light, clause.sources)
        return self.pairs(entry.type, sources, pair or targets, alone)

    def pairs(self, etype: str, sources: list[Actor], targets: list[Actor],
               alone: bool) -> list[tuple[Actor, Actor | None]]:
        """(source, target) records: every source with every target; without targets, every
        pair of sources for symmetric types, or each source alone where the type allows it."""
        ptype = self.ontology.type(etype)
        pairs: list[tuple[Actor, Actor | None]] = []
        if sources and targets:
            pairs = across(sources, targets)
        elif ptype.symmetric and len(sources) >= 2:
            pairs = among(sources)
        elif sources and ptype.alone and alone:
            pairs = [(s, None) for s in sources]
        return distinct(pairs)

    def _reciprocal(self, clause: Clause) -> bool:
        """Whether the sources act on one another: "blamed on each other", "s'accusent mutuellement"."""
        verb = clause.verb or clause.trigger
        words = [*clause.targets, *(o for w in (verb, *clause.targets) for _, o in self.syntax.prepositional(w)),
                 *(c for c in verb.children if c.dep_ not in self.syntax.subject)]
        return any(" ".join(fold(t.text) for t in w.subtree) in self.syntax.reciprocal for w in words)

    def _mutual(self, verb: Token, entry: TriggerEntry, said: list[Token]) -> bool:
        """Whether the object is made by both subjects together (labels.tsv ``mutual``: "signed
        15 agreements", "are upgrading diplomatic ties", or signed with no object the parse
        kept), not merely spoken of ("welcomed the agreement")."""
        enacted = self.lexicon.verb_forms(verb) & self.modality.words["enact"]
        if entry.with_word in self.syntax.mutual:
            return True  # "restored diplomatic relations", "ont rétabli leurs relations": their relations
        if not (self.ontology.type(entry.type).symmetric or enacted):
            return False
        objects = self.syntax.objects(verb)
        if enacted and not objects and not said:
            return True
        return any(fold(o.lemma_) in self.syntax.mutual or fold(o.text) in self.syntax.mutual
                   for o in (verb, *objects))

    def candidates(self, doc_actors: DocActors, covered: set[int]) -> list[tuple[Token, list[Actor], list[Actor]]]:
        """Sentences no trigger coded whose main verb has an actor as subject: (verb, sources,
        targets) for the learned type decision to consider."""
        out = []
        for sent in doc_actors.sentences:
            if sent.start in covered:
                continue
            verb = sent.root
            if verb.pos_ not in VERBAL:
                continue
            if self.syntax.is_passive(verb):
                source_tokens, target_tokens = self.syntax.agents(verb), self.syntax.passive_subjects(verb)
            else:
                source_tokens = self.syntax.inherited_subjects(verb)
                target_tokens = [o for o in self.syntax.objects(verb) if fold(o.text) not in self.syntax.reflexive]
                target_tokens += [noun for prep, noun in self.syntax.prepositional(verb) if prep in TARGET_PREPS]
            sources = self.arguments.actors(source_tokens, doc_actors)
            if sources:
                out.append((verb, sources, self.arguments.actors(target_tokens, doc_actors)))
        return out

    def learned(self, verb: Token, sentence: Span, sources: list[Actor], targets: list[Actor], etype: str,
                probability: float) -> RawEvent | None:
        """An event whose type the classifier chose, read from the sentence's main verb."""
        entry = TriggerEntry(lemma=verb.lemma_, pos="VERB", type=etype, mode=None,
                             cameo=self.ontology.type(etype).cameo, with_word=None, targets=frozenset(),
                             context=(), line="", lang="", table="model")
        status, final, notes = self.modality.status(verb, None, entry)
        if final is None:
            return None
        pairs = self.pairs(etype, sources, targets, alone=True)
        if not pairs:
            return None
        return RawEvent(verb, sentence, entry, final, pairs, status, self.arguments.anchors(verb, None),
                        round(0.6 * probability, 2), notes, rule=f"model {etype} p={probability:.2f}")


class ReportedActs:
    """Acts done by reporting something of another party (``find``), whatever the reported clause
    is about; ``merge`` joins them to the events the triggers told."""

    def __init__(self, finder: EventFinder, rows: list[dict[str, str]], lang: str) -> None:
        self.finder = finder
        self.syntax = finder.syntax
        self.modality = finder.modality
        self.lexicon = finder.lexicon
        self.arguments = finder.arguments
        self.rows = {fold(r["text"]): r["_line"] for r in rows
                     if r["kind"] in ("obligation", "blame", "promised_response", "hypothetical", "report", "say")}
        self.lang = lang

    def merge(self, events: list[RawEvent], doc_actors: DocActors) -> list[RawEvent]:
        """The events with the acts reported: "warned: « Iran's response will be severe »" is one
        threat, the warning's when it names whom it warns ("warned the United States that any
        retaliation…"), else the response's."""
        warnings = {e.trigger.i: e for e in events if e.type == "THREATEN"}
        reported = []
        for event in [*self.find(doc_actors), *self.conditional_threats(doc_actors), *self.reproaches(doc_actors)]:
            warning = warnings.get(event.anchors[0].i) if event.type == "THREATEN" else None
            if warning is not None and any(t is not None for _, t in warning.pairs):
                continue
            if warning is not None:
                events.remove(warning)
            reported.append(event)
        return events + reported

    def reproaches(self, doc_actors: DocActors) -> list[RawEvent]:
        """A judgement of reproach reported by an actor is that actor's accusation: "« Ces attaques
        sont inadmissibles », a déclaré X", "X said the move was unacceptable behaviour" (a copular
        clause whose predicate holds a word of ``reproach``); aimed at its subject, or at whoever
        the story tells did what it names."""
        syn, lexicon = self.syntax, self.lexicon
        out = []
        for token in doc_actors.doc:
            if token.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB", "AUX"):
                continue
            if any(c.dep_ in syn.copula for c in token.children):
                clause, predicate = token, token  # "sont inadmissibles": the predicate heads the clause
            elif token.dep_ in syn.copular_complement and token.head != token:
                clause, predicate = token.head, token  # "was | unacceptable behaviour"
            else:
                continue
            subjects = syn.subjects(clause)
            if not subjects or not any({fold(t.lemma_), fold(t.text)} & lexicon.reproach for t in predicate.subtree
                                       if not any(t in s.subtree for s in subjects)):
                continue
            reporter = self.modality.reporter(clause, self.modality.words["report"] | self.modality.words["say"])
            if reporter is None:
                continue
            sources = self.arguments.actors(self._speakers(reporter), doc_actors)
            pairs = self.finder.pairs("ACCUSE", sources, self.arguments.actors(subjects, doc_actors), alone=True)
            line = next((self.rows[w] for w in lexicon.verb_forms(reporter) if w in self.rows), None)
            if not pairs or line is None:
                continue
            out.append(self._event(predicate, [reporter, predicate, clause], fold(reporter.lemma_), line, "ACCUSE",
                                   "111", pairs, "reported", 0.6, "reproach reported by the speaker", subjects,
                                   doc_actors, mode="disapprove"))
        return out

    def find(self, doc_actors: DocActors) -> list[RawEvent]:
        """Acts done by reporting something of another party, whatever the reported clause is
        about: "X says Y must do Z" is X's demand on Y (REQUEST; a modal of ``obligation``), "X
        says Y was responsible" X's accusation of Y (ACCUSE; a word of ``blame``), "X says there
        will be a response" X's threat (THREATEN; a ``promised_response`` in a clause to come),
        when the clause is reported by an actor (modality.tsv ``report``, and ``say`` for threats)."""
        syn = self.syntax
        out = []
        for token in doc_actors.doc:
            word = fold(token.lemma_)
            promise = False  # "promised a response": the promise is the threat, its subject the speaker
            if token.pos_ in VERBAL and word in self.modality.words["obligation"]:
                etype, cameo, note = "REQUEST", "100", "demand reported by the speaker"
                clause = token.head if token.dep_ in syn.aux else token
            elif token.pos_ in ("ADJ", "ADP", "ADV") and word in self.modality.words["blame"]:
                etype, cameo, note = "ACCUSE", "112", "blame reported by the speaker"
                clause = token if syn.subjects(token) else token.head  # "Y était responsable", "Y was responsible"
            elif {word, fold(token.text)} & self.modality.words["promised_response"]:
                word = word if word in self.modality.words["promised_response"] else fold(token.text)
                etype, cameo, note = "THREATEN", "130", "response promised by the speaker"
                clause = token if token.pos_ in VERBAL else token.head  # "there will be a response"
                while clause.dep_ == "xcomp" and clause.head != clause:
                    clause = clause.head  # "will have to pay a heavy price"
                promise = token.pos_ in NOUNS and token.dep_ in syn.object \
                    and bool(self.lexicon.verb_forms(clause) & self.modality.words["intent"])
                if not (promise or self.modality.future(clause)):
                    continue
            else:
                continue  # modals are lemmatised reliably ("doit" → devoir); only reporters need verb_forms
            reporting = self.modality.words["report"] | (self.modality.words["say"] if etype != "ACCUSE" else set())
            reporter = clause if promise else self.modality.reporter(clause, reporting)
            if reporter is None:
                continue
            sources = self.arguments.actors(self._speakers(reporter), doc_actors)
            targets = self._threatened_actors(clause, promise, sources, doc_actors) if etype == "THREATEN" \
                else self.arguments.actors(syn.subjects(clause) or syn.passive_subjects(clause), doc_actors)
            if targets is None:
                continue
            pairs = self.finder.pairs(etype, sources, targets, alone=etype != "ACCUSE")
            if not pairs:
                continue
            out.append(self._event(token, [reporter, token, clause], word, self.rows[word], etype, cameo, pairs,
                                   "reported", 0.7, note, syn.subjects(clause) or syn.passive_subjects(clause),
                                   doc_actors))
        return out

    def _event(self, trigger: Token, anchors: list[Token], word: str, line: str, etype: str, cameo: str,
               pairs: list[tuple[Actor, Actor | None]], status: str, confidence: float, note: str,
               target_words: list[Token], doc_actors: DocActors, mode: str | None = None) -> RawEvent:
        """An act done by what is reported, explained by the ``modality.tsv`` line of ``word``."""
        entry = TriggerEntry(lemma=word, pos="VERB", type=etype, mode=mode, cameo=cameo, with_word=None,
                             targets=frozenset(), context=(), line=line, lang=self.lang, table="modality")
        return RawEvent(trigger, doc_actors.sentence(trigger), entry, etype, pairs, status, anchors,
                        confidence, [note], target_words=target_words)

    def _speakers(self, reporter: Token) -> list[Token]:
        """Who says it: the reporting verb's subject, or its object when inverted after the quote
        ("« … », a déclaré un ministre")."""
        syn = self.syntax
        return syn.inherited_subjects(reporter) or [
            o for o in syn.objects(reporter) if o.i > reporter.i and reporter.dep_ == "parataxis"]

    def _threatened_actors(self, clause: Token, promise: bool, sources: list[Actor],
                           doc_actors: DocActors) -> list[Actor] | None:
        """Whom a promised response aims at, never the speaker's own side ("said Seoul would take
        countermeasures": the story tells whom); None when it is a punishment promised to no one named
        ("vowed that those responsible would be punished")."""
        syn = self.syntax
        targets = self.arguments.actors(self.threatened(clause, by_subject=not promise), doc_actors)
        if not targets and not syn.subjects(clause) and syn.passive_subjects(clause):
            return None
        return [t for t in targets if not any(t.code() and t.code() == s.code() for s in sources)]

    def threatened(self, clause: Token, by_subject: bool = True) -> list[Token]:
        """Whom a promised response aims at: whoever its condition names ("if Israel attacks",
        "should the junta try again", "si le régime commet"), else whoever will pay
        ("America and Britain will pay a heavy price"); else the story tells."""
        syn, promised = self.syntax, self.modality.words["promised_response"]
        conditions = self._conditions(clause)
        provoked = self._provokers(clause)
        if conditions or provoked or not by_subject:
            return [s for c in conditions for s in syn.subjects(c)] + provoked
        # (or whoever will be punished: "que le Togo serait puni")
        return [s for s in syn.subjects(clause) or syn.passive_subjects(clause) if s.pos_ in ("PROPN", "NOUN")
                and fold(s.lemma_) not in promised and not any(fold(c.lemma_) in promised for c in s.subtree)]

    def _provokers(self, clause: Token) -> list[Token]:
        """Whoever does the hostile act a response answers ("would respond to any provocation by
        Lomé", "répondra à toute attaque du Togo"): its authors."""
        syn, out = self.syntax, []
        for _prep, noun in syn.prepositional(clause):
            entry = self.lexicon.lookup(noun)
            if noun.pos_ != "NOUN" or not (fold(noun.lemma_) in self.lexicon.reproach or (
                    entry is not None and self.modality.ontology.type(entry.type).quad in (3, 4))):
                continue
            out += [n for p, n in syn.prepositional(noun) if p in syn.noun_agent | syn.genitive]
            out += [c for c in noun.children if c.dep_ in syn.possessive and c.pos_ in ("PROPN", "NOUN")]
        return out

    def conditional_threats(self, doc_actors: DocActors) -> list[RawEvent]:
        """A measure promised on a hostile condition is a threat to whoever the condition names
        ("se dit prêt à intensifier ses mesures si le Cambodge poursuivait ses attaques", "will
        respond if Y attacks"): the speaker's, when the main clause is to come or an intention."""
        syn, intent, hypothetical = self.syntax, self.modality.words["intent"], self.modality.words["hypothetical"]
        out = []
        for main, condition in ((m, c) for m in doc_actors.doc for c in self._conditions(m)):
            mark = next((g for g in condition.children if g.dep_ in syn.mark and fold(g.lemma_) in hypothetical
                         and fold(g.lemma_) in self.rows), None)
            if mark is None or not self._hostile(condition):
                continue
            word = fold(mark.lemma_)
            chain = [main, *(c for c in main.children if c.dep_ == "xcomp")]
            if not (self.modality.future(main)
                    or any(fold(c.lemma_) in intent or self.lexicon.verb_forms(c) & intent for c in chain)):
                continue
            sources = self.arguments.actors(syn.inherited_subjects(main), doc_actors)
            targets = self.arguments.actors(syn.subjects(condition), doc_actors)
            pairs = self.finder.pairs("THREATEN", sources, targets, alone=False)
            if not pairs:
                continue
            out.append(self._event(main, [main, mark, condition], word, self.rows[word], "THREATEN", "130", pairs,
                                   "planned", 0.6, "measure promised on a hostile condition", syn.subjects(condition),
                                   doc_actors))
        return out

    def _conditions(self, clause: Token) -> list[Token]:
        """The conditions a clause is made on: "if Israel attacks", "si le régime commet", "should the
        junta try again" (an auxiliary first)."""
        syn, hypothetical = self.syntax, self.modality.words["hypothetical"]
        return [c for c in clause.children if c.dep_ == "advcl" and any(
            g.dep_ in syn.mark and fold(g.lemma_) in hypothetical or g.dep_ in syn.aux and g.i == c.left_edge.i
            for g in c.children)]

    def _hostile(self, condition: Token) -> bool:
        """Whether a condition tells a hostile act: its verb or its object is a conflictual trigger."""
        for word in (condition, *self.syntax.objects(condition)):
            entry = self.lexicon.lookup(word)
            if entry is not None and self.modality.ontology.type(entry.type).quad in (3, 4):
                return True
        return False

