"""Event triggers (``lang/<code>/triggers.tsv``), their arguments from the dependency parse,
and their status (reported, planned, negated, hypothetical) as ``spec/ontology.md`` says."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from .actors import DocActors
from .errors import DataFileError
from .langdata import LanguageData
from .model import Actor
from .ontology import Ontology
from .syntax import NOMINAL, Syntax, word_set
from .text import fold

VERBAL = frozenset({"VERB", "AUX"})
NOUNS = frozenset({"NOUN", "PROPN"})
PAIR_PREPS = frozenset({"entre", "between"})
# prepositions that can introduce the target of an event typed by the learned stage
TARGET_PREPS = frozenset({"against", "with", "to", "on", "from", "for", "over", "contre", "avec", "a", "sur",
                          "envers", "aupres de"})
INTENT_TYPES = frozenset({"AGREE", "REJECT", "THREATEN", "REQUEST", "ACCUSE"})
PRESS = "MED"  # the media sector
OFFICIAL = frozenset({None, "GOV", "IGO"})  # a state or its government, an international organisation
ARMED = frozenset({"MIL", "REB", "UAF"})  # armed forces, rebels, unidentified armed groups
FORCES = frozenset({"MIL", "REB", "UAF", "COP", "SPY", "CRM"})  # who can attack physically
POLITICAL = frozenset({"GOV", "LEG", "JUD", "PTY", "OPP", "MED", "NGO", "IGO"})
PARTISAN = frozenset({"PTY", "MED", "NGO"})  # bodies that attack only with words
CIVILIAN = frozenset({"CVL", "LAB", "EDU", "HLH", "AGR", "REF", "OPP", "ACT", "MED", "REL"})
# acts done by saying them: "pledged support" is support, "offered criticism" criticism
VERBAL_ACTS = frozenset({"SUPPORT", "ACCUSE", "REJECT", "THREATEN", "REQUEST"})
RECEIVE = "receive"  # the mode of a trigger whose subject receives from the source ("received aid from")
THIRD_PARTY = "third-party"  # the CONSULT mode of mediation
NOT_AN_EVENT = "NONE"  # a lexicon row that stops a word from triggering ("gave a speech")
MODIFIERS = frozenset({"amod", "compound"})
OBJECT = "@obj"  # a with-word meaning "has a direct object" ("returned the artefacts", not "returned home")
PREDICATE = "@pred"  # a with-word meaning "has a predicative complement" ("called the move illegal")


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
        self.subject_labels = data.labels("subject")
        self.reflexive = word_set(data, "reflexive")
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
        if token.head != token:
            words |= {fold(token.head.lemma_)}
        if any(e.with_word == OBJECT for e in entries) and any(c.dep_ in self.object_labels for c in token.children):
            words.add(OBJECT)
        if any(c.dep_ in self.predicate_labels for c in token.children):
            words.add(PREDICATE)
        for entry in entries:
            if entry.with_word and entry.with_word in words and entry.also <= words:
                return entry
        return next((e for e in entries if not e.with_word), None)


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


class EventFinder:
    def __init__(self, lexicon: TriggerLexicon, syntax: Syntax, data: LanguageData, ontology: Ontology) -> None:
        self.lexicon = lexicon
        self.syntax = syntax
        self.ontology = ontology
        rows = data.table("modality")
        self.words = {kind: frozenset(fold(r["text"]) for r in rows if r["kind"] == kind)
                      for kind in ("negation", "intent", "planned", "hypothetical", "future", "obligation",
                                   "report", "blame", "cancel", "civilian_protest", "purpose", "enact",
                                   "peacekeeping", "verbal_attack", "armed_only", "decision")}
        self.reported_rows = {fold(r["text"]): r["_line"] for r in rows if r["kind"] in ("obligation", "blame")}
        self.negation_labels = data.labels("negation")
        self.lang = data.code

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
            entry = self.lexicon.lookup(token)
            if entry is not None:
                triggers[token.i] = entry
        events = []
        for i, entry in triggers.items():
            event = self._event(doc[i], entry, triggers, doc_actors)
            if event is not None:
                events.append(event)
        return events + self._reported(doc_actors)

    def _background(self, token: Token) -> bool:
        """A past participle describing the object of another verb ("lifted sanctions imposed on X",
        "libéré les militants arrêtés en mai")."""
        noun = token.head
        return token.dep_ == "acl" and "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get(
            "Tense") and noun.pos_ in NOUNS and noun.dep_ in self.syntax.object and noun.head.pos_ in VERBAL \
            and self.lexicon.lookup(noun.head) is not None

    def _adjectival(self, token: Token) -> bool:
        if token.dep_ == "amod" and token.i < token.head.i:
            return True
        return token.dep_ in ("amod", "acl") and token.i == token.head.i + 1 and "Part" in token.morph.get(
            "VerbForm") and not any(c.dep_ not in ("punct", "advmod") for c in token.children)

    def _reported(self, doc_actors: DocActors) -> list[RawEvent]:
        """Acts done by reporting something of another party, whatever the reported clause is
        about: "X says Y must do Z" is X's demand on Y (REQUEST; a modal of ``obligation``), "X
        says Y was responsible" X's accusation of Y (ACCUSE; a word of ``blame``), when the clause
        is reported by an actor (modality.tsv ``report``)."""
        syn = self.syntax
        out = []
        for token in doc_actors.doc:
            word = fold(token.lemma_)
            if token.pos_ in VERBAL and word in self.words["obligation"]:
                etype, cameo, note = "REQUEST", "100", "demand reported by the speaker"
                clause = token.head if token.dep_ in syn.aux else token
            elif token.pos_ in ("ADJ", "ADP", "ADV") and word in self.words["blame"]:
                etype, cameo, note = "ACCUSE", "112", "blame reported by the speaker"
                clause = token if syn.subjects(token) else token.head  # "Y était responsable", "Y was responsible"
            else:
                continue  # modals are lemmatised reliably ("doit" → devoir); only reporters need verb_forms
            reporter = clause.head
            if clause.dep_ not in syn.clausal or reporter == clause or \
                    not self.lexicon.verb_forms(reporter) & self.words["report"]:
                continue
            sources = self._actors(syn.subjects(reporter), doc_actors)
            targets = self._actors(syn.subjects(clause) or syn.passive_subjects(clause), doc_actors)
            pairs = self._pairs(etype, sources, targets, alone=etype == "REQUEST")
            if not pairs:
                continue
            entry = TriggerEntry(lemma=word, pos="VERB", type=etype, mode=None, cameo=cameo, with_word=None,
                                 targets=frozenset(), context=(), line=self.reported_rows[word], lang=self.lang,
                                 table="modality")
            out.append(RawEvent(token, doc_actors.sentence(token), entry, etype, pairs, "reported",
                                [reporter, token, clause], 0.7, [note],
                                target_words=syn.subjects(clause) or syn.passive_subjects(clause)))
        return out

    @staticmethod
    def _outranks(noun: TriggerEntry, verb: TriggerEntry) -> bool:
        """The noun, not its verb, tells the event: a hand-written noun entry outranks a verb entry
        derived from another dictionary, offering or pledging a verbal act is that act ("pledged
        support", "offered scathing criticism"), and an order is the act ordered ("ordered the
        arrest of")."""
        return (noun.table == "triggers" and verb.table != "triggers") or (
            verb.type == "AGREE" and noun.type in VERBAL_ACTS) or verb.mode == "order"

    def _governing_trigger(self, token: Token, triggers: dict[int, TriggerEntry],
                           act: TriggerEntry | None = None) -> TriggerEntry | None:
        head = token.head
        if head == token or token.dep_ not in self.syntax.clausal | self.syntax.object | {"obl:arg", "obl"} \
                or self.syntax.adverbial(token):
            return None
        own = act or triggers[token.i]
        entry = triggers.get(head.i)
        if entry is None and token.pos_ in NOUNS and token.dep_ in self.syntax.object and head.pos_ in VERBAL \
                and head.dep_ in self.syntax.clausal:
            return self._governing_trigger(head, triggers, own)  # "threatened to launch | an offensive"
        if entry is None and self._journey(token) == head:
            return self._governing_trigger(head, triggers, own)  # "refusé de se rendre à Washington pour rencontrer"
        if entry is not None and self._vehicle(head, entry) and self._purpose(head, triggers) == token:
            return self._governing_trigger(head, triggers, own)  # "offered to send troops to help": the offer
        if entry is None or not _intent(entry) or entry.pos != "VERB" or self._purpose_marked(token):
            return None
        if self._promised_conflict(entry, own):
            return None  # "vowed to retaliate": the retaliation, planned, is a threat
        return None if own.pos == "NOUN" and self._outranks(own, entry) else entry

    def _promised_conflict(self, verb: TriggerEntry, act: TriggerEntry) -> bool:
        return verb.type == "AGREE" and not self.ontology.type(act.type).cooperative

    def _vehicle(self, verb: Token, entry: TriggerEntry) -> bool:
        """A verb that leads to another act: an order, a call or dispatch made for a purpose
        (modality.tsv ``purpose``), or the signing of a document (``enact``)."""
        return entry.pos == "VERB" and (entry.mode == "order" or bool(
            self.lexicon.verb_forms(verb) & (self.words["purpose"] | self.words["enact"])))

    def _purpose(self, verb: Token, triggers: dict[int, TriggerEntry]) -> Token | None:
        """The triggered infinitive a verb governs ("sent experts to investigate"); after a verb
        of request, only one introduced as a purpose ("appelé X pour le féliciter", not "appelé
        X à cesser")."""
        marked = _intent(triggers[verb.i])
        # a participle too, after a call or dispatch ("sent a letter threatening to cut funding")
        forms = {"Inf"} if triggers[verb.i].mode == "order" or marked else {"Inf", "Ger", "Part"}
        # a verb enacting a document: what the document does ("signed a decree granting citizenship")
        if self.lexicon.verb_forms(verb) & self.words["enact"]:
            documents = [o for o in self.syntax.objects(verb) if fold(o.lemma_) in self.syntax.documents]
            candidates = [c for d in documents for c in d.children]
        else:
            candidates = list(verb.children)
        return next((c for c in candidates
                     if c.i in triggers and c.i > verb.i and c.pos_ in VERBAL
                     and c.dep_ in self.syntax.clausal and forms & set(c.morph.get("VerbForm")) and (
                         not marked or self._purpose_marked(c))), None)

    def _purpose_marked(self, verb: Token) -> bool:
        return any(c.dep_ in self.syntax.mark and fold(c.text) in self.syntax.purpose_marks for c in verb.children)

    def _embedded(self, token: Token, triggers: dict[int, TriggerEntry]) -> Token | None:
        for child in token.children:
            if child.i in triggers and child.dep_ in self.syntax.clausal and child.pos_ in VERBAL:
                return child
            if child.i in triggers and child.pos_ in NOUNS and child.dep_ in self.syntax.object:
                return child
        # through a light verb: "threatened to launch | an offensive"
        for child in token.children if _intent(triggers[token.i]) else ():
            if child.dep_ in self.syntax.clausal and child.pos_ in VERBAL and child.i not in triggers:
                nouns = [o for o in self.syntax.objects(child) if o.i in triggers and o.pos_ in NOUNS]
                if nouns:
                    return nouns[0]
        return None

    def _event(self, trigger: Token, entry: TriggerEntry, triggers: dict[int, TriggerEntry],
               doc_actors: DocActors) -> RawEvent | None:
        if self._governing_trigger(trigger, triggers) is not None:
            return None  # told by the verb that governs it ("agreed to provide aid")
        light = self._light_verb(trigger) if entry.pos == "NOUN" else None
        sources, targets, pair = self._arguments(trigger, entry, light)
        if light is not None and light.i in triggers and trigger.dep_ in self.syntax.object and not pair \
                and not self._outranks(entry, triggers[light.i]) \
                and not self._promised_conflict(triggers[light.i], entry):  # "vowed a harsh response": a threat
            return None  # "provide aid", "sign an agreement": the verb tells the event
        if entry.pos == "VERB" and any(
                self._light_verb(c) == trigger and self._outranks(triggers[c.i], entry)
                for c in trigger.children if c.i in triggers and c.dep_ in self.syntax.object):
            return None  # "issued an ultimatum", "pledged support": the noun tells the event
        if self._vehicle(trigger, entry) and self._purpose(trigger, triggers) is not None:
            return None  # "called X to apologise", "ordered X to close": the act it leads to is the event
        embedded = self._embedded(trigger, triggers) if entry.pos == "VERB" else None
        if embedded is not None and self._vehicle(embedded, triggers[embedded.i]):
            embedded = self._purpose(embedded, triggers) or embedded  # "offered to send troops to help X"
        if embedded is not None and self._promised_conflict(entry, triggers[embedded.i]):
            return None  # the promised act is coded, as a threat
        # who is criticised is who acts in the embedded event ("condemned the expulsion of diplomats
        # by Prague"); otherwise the target is who it is done to ("threatened an attack on X")
        criticised = embedded is not None and entry.type == "ACCUSE" and embedded in targets
        if embedded is not None and (not targets or criticised):
            emb_entry = triggers[embedded.i]
            emb_light = self._light_verb(embedded) if emb_entry.pos == "NOUN" and not criticised else None
            emb_sources, emb_targets, emb_pair = self._arguments(embedded, emb_entry, emb_light)
            # who is asked to act is who acts in the act requested ("exigé le départ des troupes françaises")
            asked = self._arguments(embedded, emb_entry, None)[0] if entry.type == "REQUEST" else []
            targets = ((emb_pair or emb_sources) if criticised else emb_targets or asked) or targets
        anchors = self._anchors(trigger, light)
        status, etype, notes = self._status(trigger, light, entry)
        if etype is None:
            return None
        if etype == "AGREE" and entry.type == "AGREE" and entry.pos == "NOUN" and light is not None \
                and not any(c.dep_ in self.syntax.clausal and "Inf" in c.morph.get("VerbForm")
                            for c in (*trigger.children, *light.children)):
            etype = "SUPPORT"  # an accord concluded, not an agreement to do something: CAMEO 057
            notes.append("concluded agreement")
        actor_sources = self._actors(sources, doc_actors)
        if not actor_sources and light is not None and not self.syntax.is_passive(light):
            # "X pledged his country's support": the possessor is X's
            sources = [s for s in self.syntax.inherited_subjects(light) if s != trigger]
            actor_sources = self._actors(sources, doc_actors)
        if not actor_sources and entry.pos == "NOUN":  # "Israeli air strikes", "les frappes russes"
            agents = [c for c in trigger.children if c.dep_ in MODIFIERS and self._agentive(c, doc_actors)]
            # "a Saudi-led strike": the name on a participle of leading (labels.tsv led_by)
            agents += [g for c in trigger.children if c.dep_ == "amod" and fold(c.lemma_) in self.syntax.led_by
                       for g in c.children if g.i < c.i and doc_actors.is_actor_word(g)]
            sources = [c for c in agents if doc_actors.tags[c.i].value.kind == "nationality"] or agents
            actor_sources = self._actors(sources, doc_actors)
        verb = trigger if entry.pos == "VERB" else light
        if not actor_sources and verb is not None and not self.syntax.subjects(verb) \
                and not self.syntax.is_passive(verb):
            sources = self._name_before(verb, doc_actors) or sources  # "USAID provided": a name read as an adverb
            actor_sources = self._actors(sources, doc_actors)
        if not actor_sources and verb is not None:  # "missiles fired by the Israeli army struck": who fired them
            sources = [a for s in self.syntax.subjects(verb) for a in self.syntax.participle_agents(s)] or sources
            actor_sources = self._actors(sources, doc_actors)
        parse_failed = entry.pos == "VERB" and not sources and not self._has_clause_subject(trigger)
        if not actor_sources and ((entry.pos == "NOUN" and light is None) or parse_failed):
            actor_sources = self._actors(self._surface_sources(trigger, doc_actors), doc_actors)
            if actor_sources:
                notes.append("source read on the surface")
        if not actor_sources and entry.type in ("MOBILIZE", "AID") and entry.pos == "VERB" \
                and self.syntax.is_passive(trigger) and not self.syntax.agents(trigger):
            # "2,000 Russian soldiers were deployed as peacekeepers": their country deploys them
            deployed = self.syntax.passive_subjects(trigger)
            # (peacekeepers are IGO: with a nationality, their country sends them)
            actor_sources = [a for a in self._actors(deployed, doc_actors)
                             if a.country and (a.sector in ARMED or (a.sector == "IGO" and not a.org))]
            targets = [t for t in targets if t not in deployed] if actor_sources else targets
        if not actor_sources and entry.type in ("COERCE", "RETREAT", "SANCTION") and entry.pos == "VERB" \
                and self.syntax.is_passive(trigger):
            # "X was arrested in Niger", "released from captivity in Libya", "expelled from North Korea":
            # the authorities of the place
            preps = self.syntax.location | (self.syntax.origin if entry.mode in ("expel", "deport") else set())
            places = [noun for word in (trigger, *(n for _, n in self.syntax.prepositional(trigger)))
                      for prep, noun in self.syntax.prepositional(word) if prep in preps]
            actor_sources = [replace(a, sector=a.sector or "GOV") for a in self._actors(places, doc_actors)
                             if a.country and not a.org][:1]
            if actor_sources:
                notes.append("source: the authorities of the place")
        actor_targets = self._actors(targets, doc_actors)
        if not actor_targets and entry.pos == "VERB" and "obj" in entry.targets and not self.syntax.is_passive(trigger):
            actor_targets = self._actors(self._displaced_object(trigger, doc_actors), doc_actors)
        vehicle = trigger.head
        others = [t for t in actor_targets if not any(same_actor(s, t) for s in actor_sources)]
        if not others and vehicle.i in triggers and self._vehicle(vehicle, triggers[vehicle.i]) \
                and self._purpose(vehicle, triggers) == trigger:  # "called Erdogan to apologise"
            actor_targets = self._actors(self._arguments(vehicle, triggers[vehicle.i], None)[1], doc_actors)
        if not actor_targets and not pair and (entry.pos == "NOUN" or parse_failed):
            actor_targets = self._surface_targets(trigger, entry, doc_actors)
        if entry.mode == RECEIVE and actor_targets:  # "Kyiv received weapons from Berlin": Berlin gives
            actor_sources, actor_targets = actor_targets, actor_sources
        actor_pair = self._actors(pair, doc_actors)
        if len(actor_pair) >= 2 and entry.mode == THIRD_PARTY and actor_sources:
            pairs = _distinct([(s, t) for s in actor_sources for t in actor_pair])  # the mediator and each party
        elif len(actor_pair) >= 2:
            pairs = _distinct(list(itertools.combinations(actor_pair, 2)))
        elif len(actor_sources) >= 2 and not actor_targets and self._mutual(trigger if verb is None else verb, entry):
            pairs = _distinct(list(itertools.combinations(actor_sources, 2)))  # "X and Y signed an accord"
        else:
            alone = entry.pos == "VERB" or self._acts(trigger, light, sources)
            pairs = self._pairs(entry.type, actor_sources, actor_pair or actor_targets, alone)
        if entry.type == "RETREAT" and fold(trigger.lemma_) in self.words["armed_only"]:
            pairs = [(s, t) for s, t in pairs if s.sector in ARMED]  # troops leave a country; a minister travels
        if etype == "CONSULT":  # "speaking to reporters" is no meeting
            pairs = [(s, t) for s, t in pairs if t is None or t.sector != PRESS or t.country or t.org or t.name]
        if not pairs:
            return None
        if etype == "ASSAULT" and fold(trigger.lemma_) in self.words["verbal_attack"] and entry.mode != "order" \
                and all(_speaker(s) and (s.sector in PARTISAN or not (t is not None and _physical(t)))
                        for s, t in pairs):
            etype = "ACCUSE"  # a politician's attack on a rival, a government or a law is verbal (CAMEO 111)
            notes.append("verbal attack")
        if etype in ("ASSAULT", "COERCE") and {fold(trigger.lemma_), fold(entry.lemma), entry.with_word} \
                & self.words["civilian_protest"] \
                and all(s.sector in CIVILIAN and not s.org for s, _ in pairs):
            etype = "PROTEST"  # strikes, occupations, blockades and arson by civilians
            notes.append(f"{entry.type} by civilians")
        if etype == "PROTEST" and self._official(sources, pairs, doc_actors):
            etype = "ACCUSE"  # a state protests through diplomatic channels: a complaint (CAMEO 114)
            notes.append("protest by a state")
        if etype == "SANCTION" and entry.mode == "expel" and all(
                t is not None and t.sector in CIVILIAN | {"BUS", "CRM"} for _, t in pairs):
            etype = "COERCE"  # expelling private people is a deportation (CAMEO 174), not a break with a state
            notes.append("expulsion of individuals")
        if etype == "MOBILIZE" and self._peacekeeping(trigger, light, sources):
            etype = "AID"  # troops deployed to keep the peace: military protection (CAMEO 074)
            notes.append("peacekeeping deployment")
            if all(t is None for _, t in pairs):  # the place they are sent to is helped
                places = [noun for word in (trigger, light) if word is not None
                          for prep, noun in self.syntax.prepositional(word) if prep in self.syntax.destination]
                helped = [a for a in self._actors(places, doc_actors) if a.country or a.org]
                pairs = _distinct([(s, t) for s, _ in pairs for t in helped]) or pairs
        if etype == "COERCE" and entry.mode == "seize" and all(s.sector in ARMED for s, _ in pairs):
            etype = "ASSAULT"  # a seizure by armed forces is a military capture (CAMEO 19)
            notes.append("seizure by armed forces")
        confidence = 0.8 if entry.pos == "VERB" else 0.65
        if any(t is None for _, t in pairs):
            confidence -= 0.1
        return RawEvent(trigger, doc_actors.sentence(trigger), entry, etype, pairs, status, anchors,
                        round(confidence, 2), notes,
                        target_words=targets + ([embedded] if embedded is not None and embedded not in targets else []))

    def _displaced_object(self, verb: Token, doc_actors: DocActors) -> list[Token]:
        """An object the parser hung as an apposition of the place before it ("a reçu lundi à Dakar |
        le Premier ministre mauritanien"): a role noun, never a place."""
        return [w for d in verb.children if d.dep_ in self.syntax.oblique for w in d.children
                if w.dep_ == "appos" and w.i > d.i and (m := doc_actors.tags.get(w.i)) is not None
                and m.value.kind == "noun" and m.value.role]

    def _mutual(self, verb: Token, entry: TriggerEntry) -> bool:
        """Whether the object is made by both subjects together (labels.tsv ``mutual``: "signed
        15 agreements", "are upgrading diplomatic ties"), not merely spoken of ("welcomed the
        agreement")."""
        if not (self.ontology.type(entry.type).symmetric or self.lexicon.verb_forms(verb) & self.words["enact"]):
            return False
        return any(fold(o.lemma_) in self.syntax.mutual or fold(o.text) in self.syntax.mutual
                   for o in (verb, *self.syntax.objects(verb)))

    def _peacekeeping(self, trigger: Token, light: Token | None, sources: list[Token]) -> bool:
        """Whether the deployment's words, or its troops', say it keeps the peace (modality.tsv
        ``peacekeeping``: "deployed troops on a peacekeeping mission", "peacekeepers began deploying")."""
        heads = [trigger, *([light] if light is not None else []), *sources]
        clauses = [h.head for h in heads if h.dep_ in self.syntax.clausal and h.pos_ in VERBAL]
        heads += [s for c in clauses for s in self.syntax.subjects(c)]  # "peacekeepers began | deploying"
        words = " " + " ".join(fold(t.text) for h in heads for t in h.subtree) + " "
        return any(f" {phrase} " in words for phrase in self.words["peacekeeping"])

    @staticmethod
    def _official(sources: list[Token], pairs: list[tuple[Actor, Actor | None]], doc_actors: DocActors) -> bool:
        """Whether the acting side is states, governments or international organisations, named
        as such ("Paris", "Iran", "the Chinese government"), not their people ("thousands of
        Argentines")."""
        named = bool(sources) and all(
            (m := doc_actors.tags.get(t.i)) is not None and m.value.kind in ("country", "capital", "org")
            for t in sources)
        return all(s.sector in ("GOV", "IGO") or (named and s.sector in OFFICIAL) for s, _ in pairs)

    def _pairs(self, etype: str, sources: list[Actor], targets: list[Actor],
               alone: bool) -> list[tuple[Actor, Actor | None]]:
        """(source, target) records: every source with every target; without targets, every
        pair of sources for symmetric types, or each source alone where the type allows it."""
        ptype = self.ontology.type(etype)
        pairs: list[tuple[Actor, Actor | None]] = []
        if sources and targets:
            pairs = [(s, t) for s in sources for t in targets]
        elif ptype.symmetric and len(sources) >= 2:
            pairs = list(itertools.combinations(sources, 2))
        elif sources and ptype.alone and alone:
            pairs = [(s, None) for s in sources]
        return _distinct(pairs)

    def _acts(self, noun: Token, light: Token | None, sources: list[Token]) -> bool:
        """A nominal event with no target is kept only when a verb tells that the source
        carried it out ("X held a protest"), not when it is a mere mention ("X's threats")."""
        if any(self.syntax.case_of(s) in self.syntax.noun_agent for s in sources):
            return True  # an agent named: "threats by Erdogan", "l'expulsion de diplomates par Prague"
        return light is not None and any(
            s.head == light or (s.head == noun and s.dep_ in self.syntax.possessive | MODIFIERS) for s in sources)

    @staticmethod
    def _agentive(modifier: Token, doc_actors: DocActors) -> bool:
        """A modifier of an event noun that names who carries it out: a nationality adjective or
        a group noun ("Syrian regime air strikes"), not a place ("the Gaza strikes")."""
        m = doc_actors.tags.get(modifier.i)
        return m is not None and (m.value.kind == "nationality" or (m.value.kind == "noun" and bool(m.value.sector)))

    def _has_clause_subject(self, verb: Token) -> bool:
        """False when the parse gave a verb no subject and no verb to inherit one from,
        which happens when it misreads the sentence ("La Russie bombardera | l'Ukraine")."""
        return bool(self.syntax.subjects(verb) or self.syntax.passive_subjects(verb)) or (
            verb.dep_ in self.syntax.inherit and verb.head != verb) or verb.pos_ in VERBAL and verb.dep_ == "ROOT"

    @staticmethod
    def _name_before(verb: Token, doc_actors: DocActors) -> list[Token]:
        """A country's or organisation's name right before a verb that has no subject, which the
        parser took for a modifier."""
        i = verb.i - 1
        while i >= 0 and verb.doc[i].pos_ in ("AUX", "PART", "ADV") and verb.doc[i].i not in doc_actors.tags:
            i -= 1
        m = doc_actors.tags.get(i) if i >= 0 else None
        if m is None or m.value.kind not in ("country", "capital", "org") or verb.doc[i].pos_ in NOUNS:
            return []
        return [verb.doc[i]]

    def _surface_sources(self, trigger: Token, doc_actors: DocActors) -> list[Token]:
        """When the parse gives an event noun no participant, the nearest noun before it in
        the clause ("Iwaya et Cho partagent de sérieuses inquiétudes")."""
        sent = doc_actors.sentence(trigger)
        for i in range(trigger.i - 1, sent.start - 1, -1):
            token = trigger.doc[i]
            if token.text in {",", ";", ":"} or token.pos_ in ("SCONJ", "PRON") or (
                    token.pos_ == "ADP" and fold(token.text) not in ("de", "d'", "of")):
                return []
            if token.pos_ in NOUNS or doc_actors.is_actor_word(token):
                root = token
                while root.dep_ in self.syntax.conj and root.head != root:
                    root = root.head
                return [root]
        return []

    def _surface_targets(self, trigger: Token, entry: TriggerEntry, doc_actors: DocActors) -> list[Actor]:
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
            if canonical in entry.targets and canonical not in ("de", "of"):
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

    def _actors(self, tokens: list[Token], doc_actors: DocActors) -> list[Actor]:
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

    # -- arguments ----------------------------------------------------------------------
    def _light_verb(self, noun: Token) -> Token | None:
        """The verb whose participants an event noun takes: it is the verb's object or
        subject ("hold talks", "a eu des entretiens", "talks took place"), or an adverbial
        introduced by a participation preposition ("lors de la réunion", "during talks")."""
        syn = self.syntax
        head = noun.head
        if head == noun:
            return None
        if noun.dep_ in syn.conj and head.pos_ in NOUNS and head.i < noun.i:
            return self._light_verb(head)  # "expressed its rejection and strong condemnation"
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
        if head.pos_ in ("ADV", "ADP") and fold(head.text) in syn.participation:
            return syn.clause_verb(noun)
        owner = head.head if noun.dep_ in syn.prep_object and head.dep_ in syn.prep_head else head
        if syn.case_of(noun) in ("of", "de") and owner.pos_ == "NOUN" and owner.i < noun.i \
                and fold(owner.lemma_) in syn.quantity:
            return self._light_verb(owner)  # "began a new round of joint exercises"
        return None

    def _arguments(self, trigger: Token, entry: TriggerEntry,
                   light: Token | None) -> tuple[list[Token], list[Token], list[Token]]:
        syn = self.syntax
        sources: list[Token] = []
        targets: list[Token] = []
        pair: list[Token] = []
        heads = [trigger, *(c for c in trigger.children if c.dep_ in ("acl", "acl:relcl", "relcl")
                            and c.pos_ in VERBAL and "Part" in c.morph.get("VerbForm"))]
        if light is not None:
            heads.append(light)
        for head in heads:
            for prep, noun in syn.prepositional(head):
                if prep in PAIR_PREPS:
                    pair.extend(syn.conjuncts(noun))
                elif prep in entry.targets:
                    targets.append(noun)
        if not pair and entry.mode == THIRD_PARTY:  # "a mediation effort to resolve the rift between X and Y"
            clauses = [c for c in light.children if c.dep_ in syn.clausal] if light is not None else []
            pair = next((syn.conjuncts(noun) for word in (*trigger.subtree, *(w for c in clauses for w in c.subtree))
                         if word.i > trigger.i
                         for prep, noun in syn.prepositional(word) if prep in PAIR_PREPS), [])
        if entry.pos == "VERB":
            if syn.is_passive(trigger):
                sources = syn.agents(trigger)
                targets = syn.passive_subjects(trigger) + targets
            else:
                sources = syn.inherited_subjects(trigger)
                targets += self._misattached(trigger, entry)
                if "obj" in entry.targets:
                    targets = [o for o in syn.objects(trigger) if fold(o.text) not in syn.reflexive] + targets
                # "accepted the proposal submitted by X": whoever made what is accepted or rejected
                targets += [a for o in syn.objects(trigger) for a in syn.participle_agents(o)]
                if "iobj" in entry.targets:
                    targets = syn.indirect_objects(trigger) + targets
        else:
            # with a possessor, the "of" complement undergoes the event ("his support of X", "sa condamnation de X")
            nominal = trigger.head if trigger.dep_ in syn.conj and trigger.head.pos_ in NOUNS else trigger
            owned = any(c.dep_ in syn.possessive and (c.pos_ in NOMINAL or "Yes" in c.morph.get("Poss"))
                        for c in (*trigger.children, *nominal.children))
            for child in trigger.children:
                possessive = child.pos_ in NOMINAL or "Yes" in child.morph.get("Poss")
                if child.dep_ in syn.possessive and possessive and "poss" in entry.targets:
                    targets.append(child)  # "the tanker's release", "sa libération": who undergoes it
                elif child.dep_ in syn.possessive and child.pos_ in NOMINAL:
                    if not (light is not None and child.pos_ == "PRON"):  # "X continued its attacks": X
                        sources.append(child)
                elif child.pos_ in NOUNS and syn.case_of(child) in ("de", "of") \
                        and child.dep_ not in syn.clausal and child not in targets:
                    (targets if owned else sources).append(child)
                    # "le déploiement de troupes turques contre la Syrie": PP on the possessor
                    targets += [noun for prep, noun in syn.prepositional(child)
                                if prep in entry.targets and prep not in ("de", "of")]
            # the agent of the event: "l'expulsion de diplomates par Prague", "threats by Erdogan"
            agents = [noun for prep, noun in syn.prepositional(trigger) if prep in syn.noun_agent]
            sources = agents or sources
            if owned and syn.prep_head:  # "his support of X" (ClearNLP hangs "of X" on the preposition)
                targets += [noun for prep, noun in syn.prepositional(trigger) if prep == "of" and noun not in targets]
            if light is not None and not sources:
                if syn.is_passive(light):
                    sources = syn.agents(light)
                else:
                    sources = [s for s in syn.inherited_subjects(light) if s != trigger]
                if not sources:  # a subject the parser lost: "his" stands for it ("X voiced his support")
                    sources = [c for c in nominal.children if c.dep_ in syn.possessive and c.pos_ == "PRON"]
        return sources, targets, pair

    def _misattached(self, verb: Token, entry: TriggerEntry) -> list[Token]:
        """Targets the parser hung under another dependent of the verb: a prepositional target on
        its object ("fournir des blindés | à l'Ukraine") or on an adverbial ("s'est entretenu par
        téléphone | avec le président"), or an object under a date ("a rencontré dimanche | son
        homologue")."""
        syn = self.syntax
        found: list[Token] = []
        dependents = list(verb.children)
        if entry.with_word:  # "called for sanctions | against China": the noun of the entry under its preposition
            dependents += [noun for _, noun in syn.prepositional(verb)
                           if entry.with_word in (fold(noun.lemma_), fold(noun.text))]
        for dependent in dependents:
            if dependent.pos_ not in NOUNS or dependent.dep_ in syn.subject | syn.passive_subject | syn.clausal:
                continue
            for word in dependent.subtree:
                # nouns, a participle on the object ("sanctions imposed | on X"), and a relative clause
                # that is no event itself ("information which includes names… | to the Indian government")
                if word.pos_ not in NOUNS and not (word.dep_ == "acl" and word.head == dependent) and not (
                        word.dep_ in syn.relative and word.pos_ in VERBAL and self.lexicon.lookup(word) is None):
                    continue
                if word.dep_ in syn.clausal and word.pos_ in NOUNS:
                    continue
                # "de"/"of" on the object is its possessor, unless the object has one already or the
                # verb receives ("retiré ses troupes de Gaza", "reçu des armes de l'Allemagne")
                genitive_ok = entry.mode == RECEIVE or any(
                    c.dep_ in syn.possessive and "Yes" in c.morph.get("Poss") for c in word.children)
                found += [noun for prep, noun in syn.prepositional(word)
                          if prep in entry.targets and (genitive_ok or prep not in ("de", "of"))]
                bare = word.dep_ in syn.oblique and word.pos_ in NOUNS and syn.case_of(word) is None
                if "obj" in entry.targets and word != dependent and (word.dep_ in syn.object or bare) \
                        and dependent.dep_ not in syn.object:
                    found.append(word)  # "placé en garde à vue | trois opposants": an object with no preposition
        return found

    # -- when and where words attach to ------------------------------------------------
    def _anchors(self, trigger: Token, light: Token | None) -> list[Token]:
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

    # -- status -------------------------------------------------------------------------
    def _status(self, trigger: Token, light: Token | None, entry: TriggerEntry) -> tuple[str, str | None, list[str]]:
        verbs = [t for t in (trigger, light) if t is not None]
        main = light or trigger
        vehicle = self._journey(main)
        if vehicle is not None:
            verbs.append(vehicle)  # "will not travel to Moscow to meet him": the journey is negated
        negated = any(fold(c.text) in self.words["negation"] or fold(c.lemma_) in self.words["negation"]
                      for v in verbs for c in v.children if c.dep_ in self.negation_labels)
        # a negative determiner on the object: "would accept no deal", "n'accepterait aucun accord"
        negated = negated or any(fold(d.text) in self.words["negation"] for v in verbs if v.pos_ in VERBAL
                                 for o in self.syntax.objects(v) for d in o.children if d.dep_ == "det")
        # "cancelled a planned visit", "failed to reach an agreement"
        negated = negated or (light is not None and fold(light.lemma_) in self.words["cancel"]) or (
            main.head != main and main.dep_ in self.syntax.clausal
            and fold(main.head.lemma_) in self.words["cancel"])
        # "had no plans to hold talks", "n'avoir aucune intention de négocier": the intention is denied
        plan = main.head
        negated = negated or (plan != main and main.dep_ in self.syntax.clausal and plan.pos_ in NOUNS
                              and fold(plan.lemma_) in self.words["intent"]
                              and any(fold(c.text) in self.words["negation"] for c in plan.children))
        kind = self._modality(trigger, light, vehicle)
        ptype = self.ontology.type(entry.type)
        if kind == "decision":  # a decision to meet or help is a promise; to expel or to ease, the act itself
            kind = "planned" if ptype.cooperative and entry.type != "CONCEDE" else None
        if kind is None and light is not None and not ptype.cooperative \
                and self.lexicon.verb_forms(light) & self.words["intent"]:
            kind = "planned"  # "vowed a harsh response", "a promis une riposte" (a pledged verbal act is that act)
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

    def _journey(self, verb: Token) -> Token | None:
        """The call, dispatch or journey (modality.tsv ``purpose``) a verb is the purpose of."""
        head = verb.head
        if head != verb and verb.dep_ in self.syntax.clausal and self.lexicon.verb_forms(head) & self.words["purpose"]:
            return head
        return None

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

    # -- the learned stage --------------------------------------------------------------
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
            sources = self._actors(source_tokens, doc_actors)
            if sources:
                out.append((verb, sources, self._actors(target_tokens, doc_actors)))
        return out

    def learned(self, verb: Token, sentence: Span, sources: list[Actor], targets: list[Actor], etype: str,
                probability: float) -> RawEvent | None:
        """An event whose type the classifier chose, read from the sentence's main verb."""
        entry = TriggerEntry(lemma=verb.lemma_, pos="VERB", type=etype, mode=None,
                             cameo=self.ontology.type(etype).cameo, with_word=None, targets=frozenset(),
                             context=(), line="", lang="", table="model")
        status, final, notes = self._status(verb, None, entry)
        if final is None:
            return None
        pairs = self._pairs(etype, sources, targets, alone=True)
        if not pairs:
            return None
        return RawEvent(verb, sentence, entry, final, pairs, status, self._anchors(verb, None),
                        round(0.6 * probability, 2), notes, rule=f"model {etype} p={probability:.2f}")


def _intent(entry: TriggerEntry) -> bool:
    """A verb of intent, request or stance that governs the act it is about (an order is coded
    as the act ordered)."""
    return entry.type in INTENT_TYPES and entry.mode != "order"


def _speaker(actor: Actor) -> bool:
    """A person or political body who has no forces of its own to attack with."""
    if actor.sector in FORCES:
        return False
    return bool(actor.name or actor.role) or actor.sector in POLITICAL - {"GOV", "IGO"}


def _physical(actor: Actor) -> bool:
    """A target that is attacked physically: armed men, civilians, or a country or place."""
    return actor.sector in (FORCES - {"SPY"}) | {"CVL", "REF"} or bool(
        actor.country and not (actor.sector or actor.name or actor.role))


def _distinct(pairs: list[tuple[Actor, Actor | None]]) -> list[tuple[Actor, Actor | None]]:
    """Drop records whose two sides are the same actor: same country, organisation and sector,
    or, for actors known only by their sector, the same words ("the government released the
    detained leaders" is two actors)."""
    return [(s, t) for s, t in pairs if t is None or not same_actor(s, t)]


def same_actor(a: Actor, b: Actor) -> bool:
    if a.key() != b.key():
        return False
    return bool(a.country or a.org) or fold(a.text) == fold(b.text) or bool(a.name and a.name == b.name)
