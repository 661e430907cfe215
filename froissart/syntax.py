"""Language-neutral reading of a dependency parse, configured by ``lang/<code>/labels.tsv``.

French pipelines use Universal Dependencies (obl + case), English ones ClearNLP labels
(prep + pobj): ``Syntax`` hides the difference behind a few questions (who is the subject,
what are the objects and prepositional complements of a word).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .langdata import LanguageData
from .text import fold

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
VERBAL = frozenset({"VERB", "AUX"})
PASSIVE_AUX = frozenset({"aux:pass", "auxpass"})  # the labels of a passive auxiliary (both pipelines)
NOUNS = frozenset({"NOUN", "PROPN"})


def word_set(data: LanguageData, role: str) -> frozenset[str]:
    return frozenset(fold(w) for w in data.labels(role))


def misread_clause(token: Token) -> bool:
    """A finite verb hung on a noun as a participle modifier: the parser read a clause as a noun
    phrase ("X, a former tycoon, called for…")."""
    return token.dep_ == "acl" and "Fin" in token.morph.get("VerbForm")


def noun_owners(syn: Syntax, noun: Token) -> list[Token]:
    """Who a noun is of: its possessor ("Niger's decision") or its genitive name ("la décision du
    Niger")."""
    return [c for c in noun.children if c.dep_ in syn.possessive and c.pos_ in ("PROPN", "NOUN")] or [
        c for c in noun.children if c.pos_ == "PROPN" and c.i > noun.i and syn.case_of(c) in syn.genitive]


def is_possessor(syn: Syntax, token: Token) -> bool:
    """A possessive word or noun ("his", "son", "Ghana's"), not any determiner (French "det")."""
    return token.dep_ in syn.possessive and (token.pos_ in NOMINAL or "Yes" in token.morph.get("Poss"))


def noun_preposition(syn: Syntax, noun: Token) -> tuple[str, Token] | None:
    """A preposition built on a noun, as written in labels.tsv, and the noun carrying it: "au
    terme de | pourparlers", "à l'issue de | négociations", "at the end of | talks"."""
    case = syn.case_of(noun)
    if case not in syn.genitive:
        return None
    owner = noun.head.head if noun.dep_ in syn.prep_object and noun.head.dep_ in syn.prep_head else noun.head
    if owner.pos_ != "NOUN" or owner.i > noun.i:
        return None
    if owner.dep_ in syn.prep_object and owner.head.dep_ in syn.prep_head:
        lead = [owner.head]
    else:
        lead = [c for c in owner.children if c.dep_ in syn.case and c.i < owner.i]
    if not lead:
        return None
    words = [*lead, *(c for c in owner.children if c.dep_ == "det" and c.i < owner.i), owner]
    return fold(" ".join(t.text for t in words)).replace("' ", "'") + " " + case, owner


def manner_of(syn: Syntax, verb: Token) -> Token | None:
    """The verb a gerund tells the manner of ("retaliate | by recalling", "riposter | en
    expulsant")."""
    head = verb.head
    if head == verb:
        return None
    if head.pos_ == "ADP" and fold(head.text) in syn.gerund_marks and head.head.pos_ in VERBAL:
        return head.head
    if verb.dep_ in ("advcl", "xcomp") and head.pos_ in VERBAL and any(
            c.dep_ in syn.mark and fold(c.text) in syn.gerund_marks for c in verb.children):
        return head
    return None


def aimed_at(syn: Syntax, noun: Token) -> list[Token]:
    """What a participle of aiming hung on a noun names ("sanctions | targeting X", "des sanctions
    | visant X"): the noun's target."""
    return [o for c in noun.children if c.dep_ == "acl" and fold(c.lemma_) in syn.clause_words.aiming
            for o in syn.objects(c)]


def adverbial_verb(syn: Syntax, owner: Token) -> Token | None:
    """The verb a prepositional phrase built on a noun tells about, also where the parser hung
    it on that verb's object ("a signé un accord | au terme de pourparlers")."""
    verb = syn.clause_verb(owner)
    if verb is None and owner.head.pos_ in ("NOUN", "PROPN") and owner.head.i < owner.i \
            and owner.head.dep_ in syn.object | syn.subject and owner.head.head.pos_ in ("VERB", "AUX"):
        verb = owner.head.head
    if verb is None and owner.head.pos_ == "ADJ" and syn.subjects(owner.head):
        verb = owner.head  # a predicate: "a été la première à arracher ce sursis, | au terme d'un entretien"
    return verb


@dataclass(frozen=True)
class ClauseWords:
    """Words of ``labels.tsv`` some clause mechanisms read (``lang/README.md`` says what each does)."""

    reciprocal_verbs: frozenset[str]  # "troops clashed", "se sont affrontés"
    errand: frozenset[str]  # "flew to Lome | for talks": what a journey is for
    journeys: frozenset[str]
    closing: frozenset[str]  # "ordered X to close | its consulate"
    missions: frozenset[str]
    object_relatives: frozenset[str]  # "his counterpart, whom he asked"
    latter: frozenset[str]  # "the latter", "ce dernier"
    likewise_marks: frozenset[str]  # "as did Nigeria", "comme l'a fait le Nigeria"
    pro_verbs: frozenset[str]
    likewise_phrases: frozenset[str]  # "tout comme le Nigeria", "ainsi que par l'ONU"
    between: frozenset[str]  # "a meeting | between X and Y": every party named on the noun
    ruling_bodies: frozenset[str]  # "the junta": of the country where the story went
    aiming: frozenset[str]  # "sanctions | targeting X": the noun's target, no act of its own

    @classmethod
    def load(cls, data: LanguageData) -> ClauseWords:
        return cls(*(word_set(data, role) for role in (
            "reciprocal_verb", "errand", "journey", "closing", "mission", "object_relative", "latter",
            "likewise_mark", "pro_verb", "likewise_phrase", "between", "ruling_body", "aiming")))


class Syntax:
    def __init__(self, data: LanguageData) -> None:
        self.subject = data.labels("subject")
        self.passive_subject = data.labels("passive_subject")
        self.object = data.labels("object")
        self.object_label = data.label_list("object")[0]  # the label a repair gives a direct object
        self.aux_label = data.label_list("aux")[0]  # … and an auxiliary
        self.indirect_object = data.labels("indirect_object")
        self.agent = data.labels("agent")
        self.oblique = data.labels("oblique")
        self.argument_oblique = data.labels("argument_oblique")
        self.prep_head = data.labels("prep_head")
        self.prep_object = data.labels("prep_object")
        self.case = data.labels("case")
        self.conj = data.labels("conj")
        self.noun_modifier = data.labels("noun_modifier")  # a noun hung on a noun with no preposition label
        self.name = data.labels("name")
        self.clausal = data.labels("clausal")
        self.inherit = data.labels("inherit_subject")
        self.aux = data.labels("aux")
        self.mark = data.labels("mark")
        self.possessive = data.labels("possessive")
        self.relative = data.labels("relative")
        # rows of labels.tsv that list words rather than dependency labels
        self.participation = word_set(data, "participation")
        self.reflexive = word_set(data, "reflexive")
        self.unaccusative = word_set(data, "unaccusative")
        self.quantity = word_set(data, "quantity")
        self.location = word_set(data, "location")
        self.origin = word_set(data, "origin")
        self.destination = word_set(data, "destination")
        self.documents = word_set(data, "document")
        self.mutual = word_set(data, "mutual")
        self.led_by = word_set(data, "led_by")
        self.org_anaphors = word_set(data, "org_anaphor")
        self.possessive_words = word_set(data, "possessive_words")
        self.bound_possessives = word_set(data, "bound_possessive")
        self.victim_nouns = word_set(data, "victim_noun")
        self.gerund_marks = word_set(data, "gerund_mark")
        self.plural_pronouns = word_set(data, "plural_pronoun")
        self.object_clitics = word_set(data, "object_clitic")
        self.indirect_clitics = word_set(data, "indirect_clitic")
        self.owned = word_set(data, "owned")
        self.noun_agent = word_set(data, "noun_agent")
        self.purpose_marks = word_set(data, "purpose_mark")
        self.object_complement_marks = word_set(data, "object_complement_mark")
        self.adverbial_marks = word_set(data, "adverbial_mark")
        self.personal_pronouns = word_set(data, "personal_pronoun")
        self.first_person = word_set(data, "first_person")
        self.thing_pronouns = word_set(data, "thing_pronoun")
        self.including = word_set(data, "including")
        self.auxiliaries = word_set(data, "auxiliary")
        self.free_relative = word_set(data, "free_relative")
        self.other_words = word_set(data, "other")
        self.circumstance = word_set(data, "circumstance")
        self.honorifics = word_set(data, "honorific")
        self.genitive = word_set(data, "genitive")
        self.locative = word_set(data, "locative")
        self.borders = word_set(data, "border")
        self.time_words = word_set(data, "time_word")
        self.expletive = data.labels("expletive_subject")  # "Il s'est entretenu…" read as an impersonal "il"
        self.impersonal = word_set(data, "impersonal")  # verbs whose "il" is impersonal ("il faut")
        self.channels = word_set(data, "channel")  # "au téléphone avec X": the partner is the verb's
        self.partner = word_set(data, "partner")  # the preposition of a partner ("avec", "with")
        self.open_water = word_set(data, "open_water")  # "fired missiles into the sea": nothing hit
        self.hosting = word_set(data, "hosting")  # "bases housing US troops": the troops are hit
        self.facilities = word_set(data, "facility")  # places that host people: bases, embassies
        self.time_relations = word_set(data, "time_relation")  # "since", "depuis": a time counted from
        self.causatives = word_set(data, "causative")
        self.meeting_ends = word_set(data, "meeting_end")  # "after talks, X and Y agreed": they met
        self.overflight = word_set(data, "overflight")  # "fired a missile over Japan": a show of force
        self.copula = data.labels("copula")  # the label of "est" in "sont inadmissibles"
        self.copular_complement = data.labels("copular_complement")  # "was | unacceptable behaviour"
        self.perfect_auxiliary = fold(data.label_list("perfect_auxiliary")[0])  # "avoir": no passive
        self.time_label = data.label_list("time_modifier")[0]  # the label a repair gives a word of time
        self.addressee = word_set(data, "addressee")
        self.reciprocal = frozenset(" ".join(fold(w) for w in phrase.split()) for phrase in data.labels("reciprocal"))
        self.article_prepositions = word_set(data, "article_preposition")
        self.country_groups = word_set(data, "country_group")
        self.counterparts = word_set(data, "counterpart")  # "its neighbour", "son ancienne colonie"
        self.clause_words = ClauseWords.load(data)
        self.naming_marks = word_set(data, "naming_mark")  # "described as X", "décrit comme X": the name given
        self.incise_verbs = word_set(data, "incise")  # "…, a averti son ministre": the speaker after the verb
        self.person_groups = word_set(data, "person_group")
        self.side_groups = word_set(data, "side_group")
        self.backed_by = word_set(data, "backed_by")
        self.place_nouns = word_set(data, "place_noun")
        self.meeting_nouns = word_set(data, "meeting_noun")
        self.definite = word_set(data, "definite")
        self.attempt = word_set(data, "attempt")
        self.predicates = data.labels("predicate")
        self.prep_forms = {fold(r["form"]): fold(r["canonical"]) for r in data.table("preps")}

    # -- prepositions -------------------------------------------------------------------
    def prep_text(self, words: list[Token] | Span) -> str:
        """A preposition as trigger entries write it (folded, contractions resolved)."""
        text = fold(" ".join(t.text for t in words)).replace("' ", "'")
        return self.prep_forms.get(text, text)

    def case_of(self, noun: Token) -> str | None:
        """The preposition introducing a noun (UD style: its case child; ClearNLP: its prep head)."""
        if noun.dep_ in self.prep_object and noun.head.dep_ in self.prep_head:
            return self.prep_text([noun.head, *[c for c in noun.head.children if c.dep_ == "prep"]])
        words = [c for c in noun.children if c.dep_ in self.case and c.i < noun.i]
        if not words:
            return None
        first = words[0]
        return self.prep_text([first, *[c for c in first.children if c.dep_ in self.case]])

    def prepositional(self, head: Token) -> Iterator[tuple[str, Token]]:
        """(preposition, noun) pairs depending on a word."""
        for child in head.children:
            # (an English agent is its preposition: "concerned | by X")
            if child.dep_ in self.prep_head or child.dep_ in self.agent and child.pos_ == "ADP":
                for obj in child.children:
                    if obj.dep_ in self.prep_object:
                        yield self.prep_text([child]), obj
                    elif obj.dep_ in self.prep_head:  # "out of", "because of"
                        for inner in obj.children:
                            if inner.dep_ in self.prep_object:
                                yield self.prep_text([child, obj]), inner
            elif child.dep_ in self.oblique or child.dep_ in self.agent:
                prep = self.case_of(child)
                if prep:
                    yield prep, child
            elif child.pos_ == "ADV" and not self.prep_head:  # "auprès | du Japon" parsed as an adverb
                for noun in child.children:
                    if noun.dep_ in self.oblique and noun.i > child.i:
                        words = [w for w in noun.children if w.dep_ in self.case and w.i < noun.i]
                        yield self.prep_text([child, *words]), noun

    # -- arguments ----------------------------------------------------------------------
    def subjects(self, verb: Token) -> list[Token]:
        own = [c for c in verb.children if c.dep_ in self.subject]
        head = verb.head
        if own and verb.dep_ in self.conj and head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN") \
                and head.i < own[0].i and any(c.dep_ == "cc" and c.i < own[0].i for c in verb.children):
            return [head, *own]  # "La Russie et l'Ukraine s'accusent": the first subject read as the root
        return own

    def passive_subjects(self, verb: Token) -> list[Token]:
        return [c for c in verb.children if c.dep_ in self.passive_subject]

    def objects(self, verb: Token) -> list[Token]:
        # a proper noun or noun labelled xcomp, or a name labelled adverb right after the verb, is an
        # object the parser misread ("appelé Israël à", "a appelé Biden pour")
        return [c for c in verb.children if c.pos_ in NOMINAL and (
            c.dep_ in self.object or (c.dep_ == "xcomp" and c.pos_ in ("PROPN", "NOUN"))
            or (c.dep_ == "advmod" and c.pos_ == "PROPN" and c.i == verb.i + 1))]

    def indirect_objects(self, verb: Token) -> list[Token]:
        # ClearNLP may label the preposition "to" itself dative: its object is the recipient
        return [g for c in verb.children if c.dep_ in self.indirect_object
                for g in ([o for o in c.children if o.dep_ in self.prep_object] if c.pos_ == "ADP" else [c])]

    def participle_agents(self, noun: Token) -> list[Token]:
        """The agents of participles on a noun: "missiles fired | by X", "the proposal submitted | by X"."""
        if noun.pos_ != "NOUN":
            return []
        return [a for c in noun.children if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX") for a in self.agents(c)]

    def agents(self, verb: Token) -> list[Token]:
        out = []
        for child in verb.children:
            if child.dep_ in self.agent:
                out.extend([g for g in child.children if g.dep_ in self.prep_object] or [child])
        # an agent the parser labelled a mere oblique ("a été arraisonné vendredi | par des vedettes")
        return out or [c for c in verb.children if c.dep_ in self.oblique and self.case_of(c) in self.noun_agent]

    def inherited_subjects(self, verb: Token, depth: int = 4) -> list[Token]:
        """Subjects of the verb or, for infinitives, participles and conjoined verbs, of the
        verb they depend on ("X s'est engagé à promouvoir" → X promotes)."""
        current = verb
        for _ in range(depth):
            found = self.subjects(current) or self.passive_subjects(current)
            if found:
                return found
            if current.head == current:
                return []
            if misread_clause(current) and current.head.dep_ == "ROOT" and current.head.i < current.i \
                    and current.head.pos_ in ("NOUN", "PROPN"):
                return [current.head]  # "X, a former tycoon, called for": a sentence misread as a noun phrase
            owners = noun_owners(self, current.head) if current.dep_ == "acl" and current.head.pos_ == "NOUN" \
                and "Inf" in current.morph.get("VerbForm") else []
            if owners:
                return owners  # "Niger's decision to end…", "la décision du Niger de mettre fin…": Niger ends
            if current.dep_ == "acl" and current.head.pos_ in NOUNS and "Part" in current.morph.get("VerbForm") \
                    and fold(current.lemma_) in self.unaccusative:
                return [current.head]  # "des manifestants | descendus dans les rues": the protesters went down
            if current.dep_ == "acl" and "Inf" in current.morph.get("VerbForm") and current.head.dep_ in self.object:
                current = current.head.head  # "a appelé Poutine | pour lui demander": the caller asks
            elif current.dep_ in self.inherit or (current.dep_ == "amod" and current.pos_ == "VERB") \
                    or self.participle_aside(current):
                current = current.head  # (a participle read as an adjective: "un décret | imposant…")
            elif current.dep_ in self.prep_object | {"pcomp"} and current.head.dep_ in self.prep_head \
                    and current.head.head != current.head and fold(current.head.text) not in self.circumstance:
                current = current.head.head  # "X responded by expelling": X expels (not "X crossed amid shelling")
            elif current != verb and current.pos_ == "NOUN" and current.dep_ in self.object:
                current = current.head  # "passed a resolution criticising X": the resolution's author
            elif current != verb and current.pos_ in NOMINAL and fold(current.head.lemma_) in self.auxiliaries:
                current = current.head  # "X a | de son côté | accusé": the auxiliary read as the verb
            else:
                return []
        return []

    def is_passive(self, verb: Token) -> bool:
        """False for a verb conjugated with "être" that is not passive ("se sont retirées", "sont
        convenus"), which the parser may label like a passive."""
        if fold(verb.lemma_) in self.unaccusative or any(
                fold(c.text) in self.reflexive and c.dep_ not in self.subject for c in verb.children if c.i < verb.i):
            return False
        return bool(self.passive_subjects(verb)) or any(
            c.dep_ in PASSIVE_AUX for c in verb.children)

    def conjuncts(self, token: Token) -> list[Token]:
        """The token and the words conjoined to it ("X, Y et Z")."""
        out = {token.i: token}
        stack = [token]
        while stack:
            current = stack.pop()
            for child in current.children:
                if child.dep_ in self.conj and child.pos_ in NOMINAL and child.i not in out:
                    out[child.i] = child
                    stack.append(child)
        return sorted(out.values(), key=lambda t: t.i)

    def coordinated(self, token: Token) -> set[int]:
        """Indices of the words coordinated with a word, whatever their part of speech
        ("les armées indienne et française")."""
        root = token
        while root.dep_ in self.conj and root.head != root:
            root = root.head
        out, stack = {root.i}, [root]
        while stack:
            for child in stack.pop().children:
                if child.dep_ in self.conj and child.i not in out:
                    out.add(child.i)
                    stack.append(child)
        return out

    def phrase(self, head: Token) -> list[Token]:
        """The noun phrase of a head: its subtree without clauses, coordination or punctuation."""
        keep = [head]
        stack = [head]
        while stack:
            current = stack.pop()
            for child in current.children:
                if child.dep_ in self.clausal or child.dep_ == "punct" or child.is_space:
                    continue
                if misread_clause(child):
                    continue  # a finite verb is no modifier: the parser misread a clause
                if current == head and child.dep_ == "appos" and child.i > head.i and any(
                        misread_clause(c) and c.i < child.i for c in head.children):
                    continue  # what follows that clause is not part of the name
                if current == head and (child.dep_ in self.conj and child.pos_ != "ADJ" or child.dep_ == "cc"):
                    continue
                if child.dep_ in self.case and child.i < head.i and current == head:
                    continue
                if child.dep_ in self.prep_head and current == head and fold(child.text) not in self.genitive:
                    continue
                case = self.case_of(child) if child.dep_ in self.oblique else None
                if case is not None and case not in self.genitive:
                    continue
                keep.append(child)
                stack.append(child)
        return sorted(keep, key=lambda t: t.i)

    def adverbial(self, clause: Token) -> bool:
        """A clause that only situates another ("while she condemned…", "tandis que…"), never
        its complement."""
        return clause.dep_ == "parataxis" or any(
            c.dep_ in self.mark and fold(c.text) in self.adverbial_marks for c in clause.children) \
            or self.participle_aside(clause)

    def is_facility(self, token: Token) -> bool:
        """A place that hosts people: a base, an embassy (labels.tsv ``facility``)."""
        return fold(token.lemma_) in self.facilities or fold(token.text) in self.facilities

    def participle_aside(self, clause: Token) -> bool:
        """A present participle set off by a comma tells an act of its own ("criticised Togo,
        urging it to…", "a critiqué le Togo, le pressant de…"), not what the verb before tells."""
        edge = clause.left_edge
        return clause.dep_ in self.clausal and "Part" in clause.morph.get("VerbForm") \
            and ("Pres" in clause.morph.get("Tense") or "Prog" in clause.morph.get("Aspect")) \
            and (edge.text == "," or edge.i > 0 and clause.doc[edge.i - 1].text == ",")

    def clause_verb(self, token: Token) -> Token | None:
        """The verb of the clause a noun is an adverbial of ("lors de la réunion", "during
        the meeting"), found through adverbs and prepositions but never through other nouns."""
        current = token
        for _ in range(3):
            head = current.head
            if head == current:
                return None
            if head.pos_ in ("VERB", "AUX") and not (head.dep_ in self.prep_head and current.dep_ in self.prep_object):
                return head  # (a participle used as a preposition is passed: "following talks")
            if head.pos_ not in ("ADV", "ADP", "SCONJ", "VERB"):
                return None
            current = head
        return None
