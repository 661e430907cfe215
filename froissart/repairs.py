"""Repairs of a parse the coder reads, each a small named step applied in order to the Doc
before anything else reads it. A repair names an attachment the parser gets wrong often and
the grammar settles ("appelé les forces russes | à se retirer": the infinitive completes the
verb, not the noun); the words it needs come from ``lang/<code>/labels.tsv``."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from spacy.tokens import Doc, Token

from .syntax import NOUNS, PASSIVE_AUX, VERBAL, Syntax, is_possessor
from .text import fold

__all__ = ["STEPS", "Repairs"]


class Repairs:
    """The repairs of one language, as (name, example, step): for each token, in text order, each
    step of the list in turn rewrites its attachment where it applies (a step answers whether it
    did), so a later step sees what an earlier one repaired ("les" made a pronoun, then an
    object). Each step only moves tokens within their sentence, keeping one root (a participle may
    take the place of the noun the parser made the root), so a repaired parse stays a tree and
    repairing twice changes nothing more."""

    def __init__(self, syntax: Syntax) -> None:
        self.syntax = syntax
        self.steps: list[tuple[str, str, Callable[[Token], bool]]] = [
            (name, example, partial(step, syntax)) for name, example, step in STEPS]

    def apply(self, doc: Doc) -> Doc:
        """The document, its parse repaired in place."""
        for token in doc:
            for _name, _example, step in self.steps:
                step(token)
        return doc


def _day(syn: Syntax, word: Token) -> Token:
    """The first word of the run of time words a word of time ends ("mardi | soir" → "mardi"),
    the one the parser hangs on the verb."""
    while fold(word.head.text) in syn.time_words and word.head.i < word.i and word.head != word:
        word = word.head
    return word


def _takes_the_root(token: Token, root: Token) -> None:
    """A verb the parser hung under the root becomes the root, and takes the words after it."""
    token.head, token.dep_ = token, root.dep_
    for child in list(root.children):
        if child.i > token.i:
            child.head = token


# -- the steps ------------------------------------------------------------------------------
def second_subject_as_object(syn: Syntax, token: Token) -> bool:
    """Of two subjects the parser gave one active verb, the one after it is its object ("des
    soldats … ont arrêté | le chef de l'Etat"); an inverted subject has none before it."""
    verb = token.head
    if token.dep_ not in syn.subject or token.i < verb.i or verb.pos_ != "VERB" \
            or token.pos_ not in ("NOUN", "PROPN") or syn.is_passive(verb) \
            or any(c.dep_ in syn.object for c in verb.children):
        return False
    # "X avait rejeté… et exhorté | M. Castillo à": a participle sharing the auxiliary and the
    # subject of the verb it is coordinated with has no subject of its own
    shared = verb.dep_ in syn.conj and verb.head.i < verb.i and verb.head.pos_ == "VERB" \
        and not any(c.dep_ in syn.aux for c in verb.children) and "Part" in verb.morph.get("VerbForm") \
        and any(c.dep_ in syn.subject and c.i < verb.head.i for c in verb.head.children)
    if not shared and not any(c.dep_ in syn.subject and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")
                              for c in verb.children):
        return False
    token.dep_ = syn.object_label
    return True


def object_complement(syn: Syntax, token: Token) -> bool:
    """An infinitive marked "à" hung on the direct object of a verb is the verb's complement
    (labels.tsv ``object_complement_mark``): "exhorté Moscou à cesser", "invité X à venir"."""
    noun = token.head
    if noun.pos_ == "ADJ" and noun.dep_ == "amod":
        noun = noun.head  # "les forces rwandaises | à cesser": hung on the object's adjective
    if token.dep_ not in ("acl", "xcomp") or "Inf" not in token.morph.get("VerbForm") \
            or noun.dep_ not in syn.object:
        return False
    verb = noun.head
    if verb.pos_ not in VERBAL or verb == noun or not any(
            c.dep_ in syn.mark and fold(c.text) in syn.object_complement_marks for c in token.children):
        return False
    token.head = verb
    token.dep_ = "xcomp"
    return True


def coordinated_party(syn: Syntax, token: Token) -> bool:
    """A determined noun coordinated with the name in apposition to a noun is coordinated with
    that noun: in "le président X et son homologue Y", the counterpart is the president's
    partner, not part of his name."""
    name = token.head
    if token.dep_ not in syn.conj or token.pos_ != "NOUN" or name.pos_ != "PROPN" \
            or name.dep_ != "appos" or name.head == name or name.head.pos_ != "NOUN" \
            or not any(c.dep_ in syn.possessive | {"det"} for c in token.children):
        return False
    token.head = name.head
    return True


def subject_after_fronted_phrase(syn: Syntax, token: Token) -> bool:
    """A name the parser coordinated, across a comma, with the noun of a prepositional phrase
    fronted before the verb is the verb's subject ("After a meeting at the airport, William Ruto
    and Yoweri Museveni signed…"), even when the parser took the phrase's noun for it; so is a noun
    phrase it hung on that noun ("Selon le ministère ghanéen, | des troupes togolaises ont bombardé"),
    and the first of two names whose second alone the parser took for the subject. A participle
    opening the sentence with its preposition ("Speaking after talks with X, …") is such a phrase."""
    head = token.head
    phrase = token.pos_ == "NOUN" and any(c.dep_ == "det" or is_possessor(syn, c) for c in token.children)
    if not (token.dep_ in syn.conj and token.pos_ == "PROPN" or token.dep_ in syn.noun_modifier and phrase
            or token.dep_ == "appos" and phrase):  # ("Speaking after talks with X, | Mali's president called")
        return False
    verb, opener = token.sent.root, token.sent[0]
    fronted = opener.pos_ in ("ADP", "SCONJ") or opener.pos_ == "VERB" and "Part" in opener.morph.get("VerbForm") \
        and opener.i + 1 < token.i and opener.nbor(1).pos_ == "ADP"
    if not head.i < token.i < verb.i \
            or not fronted or verb.pos_ != "VERB" or syn.is_passive(verb) \
            or not any(t.text == "," for t in token.doc[head.i + 1:token.i]) or verb not in head.ancestors:
        return False
    misread = syn.subjects(verb)  # "After talks | in Arusha, Kenya and Uganda agreed": "talks" read as subject
    if len(misread) == 1 and misread[0].i > token.i and any(
            c.dep_ == "cc" and token.i < c.i < misread[0].i for c in misread[0].children):
        second = misread[0]  # "Après une réunion à Accra, le Ghana | et le Togo ont signé": the list was split
        token.head, token.dep_ = verb, second.dep_
        second.head, second.dep_ = token, min(syn.conj)
        return True
    if any(s.i > token.i or not (s == head or s.is_ancestor(head)) for s in misread):
        return False
    prep = opener if opener.pos_ != "VERB" else opener.nbor(1)
    for subject in misread:
        subject.dep_ = "dep"
        if syn.prep_head and prep.i < subject.i and not any(c.dep_ in syn.prep_object for c in prep.children):
            subject.head, subject.dep_ = prep, min(syn.prep_object)  # ("After | talks …": the object of "after")
            prep.dep_ = min(syn.prep_head)
    token.head, token.dep_ = verb, min(syn.subject)
    return True


def reduced_relative(syn: Syntax, token: Token) -> bool:
    """"…, an allegation Cotonou rejected" ending a sentence is a relative clause on that noun, set
    beside the clause before it, which the parser took for what the last verb reports: the clause
    before is the main one ("Niger accused Benin of hosting troops, | a charge Cotonou denied")."""
    if token.dep_ != "ROOT" or token.pos_ != "VERB" or any(c.i > token.i and c.dep_ != "punct" for c in token.children):
        return False
    clause = next((c for c in token.children if c.dep_ in ("ccomp", "parataxis") and c.i < token.i
                   and c.pos_ in VERBAL), None)
    subjects = [c for c in token.children if c.dep_ in syn.subject and c.i < token.i]
    if clause is None or len(subjects) != 1 or subjects[0].pos_ not in NOUNS:
        return False
    subject = subjects[0]
    start = subject.left_edge
    noun = start.nbor(1)  # "a charge | Moscow denied", "an allegation | the government rejected"
    if start.i == 0 or token.doc[start.i - 1].text != "," or start.pos_ != "DET" or "Ind" not in start.morph.get(
            "Definite") or noun.pos_ != "NOUN" or noun.i >= subject.i or token.doc[start.i - 1].i < clause.right_edge.i:
        return False  # (not "…, the defence ministry said")
    if subject.pos_ != "PROPN" and not any(c.dep_ == "det" and c.i > noun.i for c in subject.children):
        return False  # (not "…, a government spokesman said": the noun names the subject itself)
    _takes_the_root(clause, token)
    noun.head, noun.dep_ = clause, "appos"
    for word in token.doc[start.i:noun.i]:
        word.head = noun
    token.head, token.dep_ = noun, "relcl"
    return True


def adjective_as_case(syn: Syntax, token: Token) -> bool:
    """An adjective labelled as the preposition of the name after it modifies the noun before
    it ("son homologue azerbaïdjanais | Ilham Aliev")."""
    if token.pos_ != "ADJ" or token.dep_ not in syn.case or token.i == 0:
        return False
    noun = token.doc[token.i - 1]
    if noun.pos_ != "NOUN" or token.is_ancestor(noun):
        return False
    token.head = noun
    token.dep_ = "amod"
    return True


def coordinated_verb(syn: Syntax, token: Token) -> bool:
    """A verb read as a complement clause whose "subject" stands before its "and" is the
    second verb of a coordination, and that noun the object of the first ("a jugé nul
    l'accord conclu par Addis Abeba et a dénoncé…": the accord is what was judged)."""
    head = token.head
    if token.pos_ not in VERBAL or token.dep_ not in {"ccomp", "parataxis"} or head == token \
            or head.pos_ not in VERBAL or syn.objects(head):
        return False
    subjects = [c for c in token.children if c.dep_ in syn.subject and c.i < token.i]
    ands = [c for c in token.children if c.dep_ == "cc" and c.i < token.i]
    if len(subjects) != 1 or not ands or not subjects[0].i < ands[0].i or subjects[0].i < head.i:
        return False
    subjects[0].head = head
    subjects[0].dep_ = syn.object_label
    token.dep_ = min(syn.conj)
    return True


def participle_after_aside(syn: Syntax, token: Token) -> bool:
    """A participle the parser hung on the words of an aside between it and its auxiliary,
    making a noun the head of the sentence ("M. Orban, qui…, a | au contraire | qualifié",
    "le ministre… a | de son côté | accusé"): the participle heads the sentence, the
    auxiliary, the aside and the subject before them hang on it."""
    if token.pos_ != "VERB" or "Part" not in token.morph.get("VerbForm") \
            or any(c.dep_ in syn.aux for c in token.children):
        return False
    sentence = token.sent
    aux = next((t for t in reversed(sentence[:token.i - sentence.start]) if t.pos_ in ("AUX", "VERB")), None)
    if aux is None or token.i - aux.i > 5 or fold(aux.lemma_) not in syn.auxiliaries \
            or (aux.dep_ in syn.aux and aux.head.pos_ in VERBAL):
        return False
    root = sentence.root
    if root.pos_ not in ("NOUN", "PROPN") or not root.i < aux.i:
        return False
    subject = root if not any(c.dep_ in syn.subject for c in root.children) \
        else next(c for c in root.children if c.dep_ in syn.subject)
    aside = [t for t in sentence if aux.i < t.i < token.i and t.head.i not in range(aux.i + 1, token.i)]
    token.head = token
    token.dep_ = root.dep_
    for word in {root.i: root, subject.i: subject}.values():
        word.head = token
        word.dep_ = min(syn.subject)
    aux.head = token
    aux.dep_ = syn.aux_label
    for word in aside:
        word.head = token
    return True


def active_subject(syn: Syntax, token: Token) -> bool:
    """A subject labelled passive on a verb conjugated with "avoir" and no passive auxiliary
    ("Le Qatar | a condamné mardi les tirs"): the verb is active."""
    verb = token.head
    if token.dep_ not in syn.passive_subject or verb.pos_ != "VERB" or token.i > verb.i \
            or any(c.dep_ in PASSIVE_AUX for c in verb.children) \
            or not any(c.dep_ in syn.aux and fold(c.lemma_) == syn.perfect_auxiliary for c in verb.children):
        return False
    token.dep_ = min(syn.subject)
    return True


def causative_head(syn: Syntax, token: Token) -> bool:
    """An infinitive the parser made the head of the causative verb right before it ("a fait
    savoir", "a laissé entendre"; labels.tsv ``causative``): the causative verb heads the
    clause, with its subject and adverbials, and the infinitive completes it."""
    if token.pos_ != "VERB" or not syn.causatives:
        return False
    verb = next((c for c in token.children if c.i == token.i - 1 and c.pos_ == "VERB"
                 and fold(c.lemma_) in syn.causatives), None)
    if verb is None or "Inf" not in token.morph.get("VerbForm"):
        return False
    verb.head = verb if token.head == token else token.head
    verb.dep_ = token.dep_
    for child in list(token.children):
        if child.i < verb.i:
            child.head = verb
    token.head = verb
    token.dep_ = "xcomp"
    return True


def participle_after_object(syn: Syntax, token: Token) -> bool:
    """A participle after "and" hung on a noun or adjective of the object before it is the
    second verb of the clause, and what follows it its own object ("a dénoncé un crime
    « insensé » | et promis | une riposte"), also when the parser gave that object to the
    first verb."""
    head = token.head
    if token.pos_ != "VERB" or "Part" not in token.morph.get("VerbForm") or token.dep_ not in syn.conj \
            or head.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB") or head.i > token.i \
            or not any(c.dep_ == "cc" and c.i < token.i for c in token.children) \
            or (head.pos_ == "VERB" and syn.objects(token)):
        return False
    verb = head
    while verb.pos_ not in VERBAL and verb.head != verb:
        verb = verb.head
    if verb.pos_ != "VERB" or not any(c.dep_ in syn.aux for c in verb.children):
        return False
    token.head = verb
    for child in list(verb.children):
        if child.i > token.i and child.dep_ in syn.object:
            child.head = token
    return True


def name_as_pronoun(_syn: Syntax, token: Token) -> bool:
    """A capitalised word tagged as a pronoun that the language does not list among its
    function words ("Poutine", "Kiev"), named as an entity or inside a sentence, is a proper
    noun."""
    if token.pos_ != "PRON" or not token.text[:1].isupper() or token.is_stop or len(token.text) < 3 \
            or not (token.ent_type_ or not token.is_sent_start):
        return False  # ("Rien n'a été décidé": a capital because the sentence starts there)
    token.pos_ = "PROPN"
    return True


def gerund(syn: Syntax, token: Token) -> bool:
    """A present participle after "en" read as an oblique noun is a clause of manner whose
    subject is the main verb's ("Madrid a riposté en expulsant…")."""
    if token.pos_ not in VERBAL or token.dep_ not in syn.oblique or "Part" not in token.morph.get("VerbForm") \
            or "Pres" not in token.morph.get("Tense") or token.head.pos_ not in VERBAL:
        return False
    if not any(c.dep_ in syn.case | syn.mark and fold(c.text) in syn.gerund_marks for c in token.children):
        return False
    token.dep_ = "advcl"
    return True


def bare_object(syn: Syntax, token: Token) -> bool:
    """A noun hung on a verb as a noun modifier or a bare dependent, with no preposition, is the
    verb's object ("en expulsant | trois diplomates", "a libéré mardi | plusieurs dizaines d'opposants",
    "a exigé | des excuses")."""
    verb = token.head
    if token.dep_ not in ("nmod", "dep", "obl:arg") or token.pos_ not in ("NOUN", "PROPN") \
            or verb.pos_ not in VERBAL or fold(token.text) in syn.time_words \
            or token.i < verb.i or syn.objects(verb) or any(c.dep_ in syn.case for c in token.children) \
            or any(c.dep_ in syn.subject | syn.object for c in token.children):  # (a clause misread as a noun)
        return False
    token.dep_ = syn.object_label
    return True


def subject_before_apposition(syn: Syntax, token: Token) -> bool:
    """A name opening the sentence, then a noun phrase between commas, then the verb: the name
    is the subject and the phrase its apposition, not the other way round."""
    verb = token.head
    if token.pos_ != "PROPN" or token.dep_ not in syn.oblique or not token.is_sent_start \
            or verb.pos_ not in VERBAL or token.i + 1 >= len(token.doc) or token.nbor(1).text != ",":
        return False
    subjects = [c for c in verb.children if c.dep_ in syn.subject and token.i < c.i < verb.i]
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or not any(
            t.text == "," for t in token.doc[subjects[0].i:verb.i]):
        return False
    noun = subjects[0]
    noun.head, noun.dep_ = token, "appos"
    token.dep_ = min(syn.subject)
    return True


def subject_before_aside(syn: Syntax, token: Token) -> bool:
    """A name opening the sentence, then an aside between commas, then a verb with no subject:
    the parser may hang the name on the verb with any other role ("Paris, qui compte 1.500 soldats
    au Niger, a condamné…"); it is the subject."""
    verb, doc = token.head, token.doc
    if token.pos_ not in ("PROPN", "NOUN") or verb.pos_ != "VERB" or not token.i + 1 < verb.i \
            or token.dep_ in syn.subject | syn.object | syn.conj | {"ROOT", "flat:name"}:
        return False
    start = token.sent.start
    first = start if token.i == start or doc[token.i - 1].pos_ != "DET" else token.i - 1
    if first != start or (token.pos_ == "NOUN" and first == token.i) \
            or syn.subjects(verb) or syn.is_passive(verb) or any(c.dep_ in syn.case for c in token.children):
        return False
    opening = next((t.i for t in doc[token.i + 1:verb.i] if t.text == ","), None)
    if opening is None or any(not token.is_ancestor(t) for t in doc[token.i + 1:opening]):
        return False  # ("Plusieurs pays musulmans, | dont…": the name's own words, then the aside)
    comma = max(t.i for t in doc[token.i + 1:verb.i] if t.text == ",")
    if any(t.pos_ not in ("AUX", "ADV") for t in doc[comma + 1:verb.i]):
        return False  # (", a ensuite condamné": only auxiliaries and adverbs between the aside and the verb)
    token.dep_ = min(syn.subject)
    return True


def main_verb_after_relative(syn: Syntax, token: Token) -> bool:
    """A sentence opening on a name, then a relative clause between commas, then a verb with its
    own auxiliary: the parser may make the relative's verb the root and the main verb its
    conjunct ("Accra, qui entretient de bonnes relations avec Lomé, a | convoqué…"); the main
    verb heads the sentence, the name is its subject and the relative hangs on the name."""
    relative = token.head
    if token.dep_ not in syn.conj or token.pos_ != "VERB" or relative.dep_ != "ROOT" or relative.i > token.i \
            or syn.subjects(token) or not any(c.dep_ in syn.aux for c in token.children):
        return False
    who = [c for c in relative.children if c.dep_ in syn.subject and "Rel" in c.morph.get("PronType")]
    name = next((c for c in relative.children if c.i < relative.i and c.pos_ == "PROPN" and c.i + 1 < len(c.doc)
                 and c.nbor(1).text == "," and c.i in (c.sent.start, c.sent.start + 1)), None)
    if not who or name is None or not name.i < who[0].i \
            or not any(t.text == "," for t in token.doc[relative.i:token.i]) \
            or any(c.dep_ == "cc" for c in token.children):
        return False
    _takes_the_root(token, relative)
    for child in list(relative.children):
        if child.dep_ in {"dep", *syn.oblique} and child != name and child.i < name.i:
            child.head = token  # (a word before the name: "Mardi, Accra, qui…")
    relative.head, relative.dep_ = name, min(syn.relative)
    name.head, name.dep_ = token, min(syn.subject)
    return True


def coordination_out_of_relative(syn: Syntax, token: Token) -> bool:
    """A verb after ", and" hung on the verb of a relative clause in an adjunct of the main
    verb continues the main verb: in "X a suspendu la Guinée, après le coup qui a renversé
    Condé, et a exigé sa libération", X demanded it, not the coup."""
    head = token.head
    if token.dep_ not in syn.conj or token.pos_ not in VERBAL or head.dep_ not in syn.relative:
        return False
    root = token.sent.root
    if root == head or root.pos_ not in VERBAL or not root.i < head.i < token.i \
            or head.head.dep_ in syn.subject or not syn.subjects(root):
        return False
    ands = [c for c in token.children if c.dep_ == "cc" and c.i < token.i]
    if not ands or ands[0].i == 0 or token.doc[ands[0].i - 1].text != ",":
        return False
    token.head = root
    return True


def coordination_out_of_complement(syn: Syntax, token: Token) -> bool:
    """A verb after "and" hung on the verb of a complement clause continues the main verb when it
    shares the main verb's auxiliary, not the clause's ("a rappelé que des accords n'avaient
    jamais été appliqués et a demandé aux Etats-Unis…": the minister asked)."""
    head = token.head
    if token.dep_ not in syn.conj or token.pos_ not in VERBAL or head.dep_ != "ccomp" \
            or syn.subjects(token) or head.head.pos_ not in VERBAL or not syn.subjects(head.head):
        return False
    own = _auxiliaries(syn, token)
    if not own or own != _auxiliaries(syn, head.head) or own & _auxiliaries(syn, head):
        return False
    token.head = head.head
    return True


def _auxiliaries(syn: Syntax, verb: Token) -> set[str]:
    """The auxiliaries before a verb, as written ("a", "avaient")."""
    return {fold(c.text) for c in verb.children if c.dep_ in syn.aux and c.i < verb.i}


def across_coordination(syn: Syntax, token: Token) -> bool:
    """A modifier or name hung across a coordinated noun on the first conjunct's words belongs to
    the nearer, second conjunct ("le ministre Taro Kono et son homologue | sud-coréenne Kang")."""
    head = token.head
    if token.dep_ not in syn.name | {"amod", "appos"} or not head.i < token.i:
        return False
    between = [c for c in token.doc[head.i + 1:token.i] if c.dep_ in syn.conj and c.pos_ == "NOUN"
               and c.head in (head, head.head) and token.i - c.i <= 2]
    if not between:
        return False
    noun = between[-1]
    token.head = noun
    if token.pos_ == "PROPN":
        token.dep_ = "appos"
    return True


def determiner_as_pronoun(syn: Syntax, token: Token) -> bool:
    """A determiner labelled as the subject or object of a verb is a clitic pronoun ("les a
    exhortés": "les")."""
    if token.pos_ != "DET" or token.dep_ not in syn.object | syn.subject or token.head.pos_ not in VERBAL:
        return False
    token.pos_ = "PRON"
    return True


def verb_coordinated_with_noun(_syn: Syntax, token: Token) -> bool:
    """A finite or participle verb coordinated with a noun is coordinated with the verb that
    noun depends on ("s'est entretenu vendredi … et les a exhortés": with "entretenu")."""
    noun = token.head
    if token.dep_ != "conj" or token.pos_ != "VERB" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = next((a for a in noun.ancestors if a.pos_ in VERBAL), None)
    if verb is None:
        return False
    token.head = verb
    return True


def participle_as_verb(syn: Syntax, token: Token) -> bool:
    """A sentence read as one noun phrase ("the bloc suspended Niger" as "the bloc [that was]
    suspended"): a past form with an object hung on the noun that roots the sentence is the
    sentence's verb, and the noun its subject."""
    noun = token.head
    if token.dep_ != "acl" or token.pos_ != "VERB" or "Past" not in token.morph.get("Tense") \
            or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or not syn.objects(token) \
            or any(t.pos_ in VERBAL and t != token and t.head == t for t in token.sent):
        return False
    token.head = token
    token.dep_ = "ROOT"
    noun.head = token
    noun.dep_ = min(syn.subject)
    return True


def _partitive(syn: Syntax, mark: Token) -> bool:
    """"du", "des": an article contracted with "de", which may be partitive ("au", "aux" never are)."""
    return fold(mark.text) in syn.article_prepositions and syn.prep_text([mark]) in syn.genitive


def partitive_object(syn: Syntax, token: Token) -> bool:
    """"des"/"du" read as a preposition hanging a noun on a bare word of time after the verb
    ("ont bombardé mardi | des villages"): a partitive article, and the noun the verb's
    object (labels.tsv ``article_preposition``)."""
    if token.pos_ != "NOUN":
        return False
    marks = [c for c in token.children if c.dep_ in syn.case and c.i < token.i]
    if token.dep_ in syn.argument_oblique and len(marks) == 1 and marks[0].i > 0:
        # ... or beside it, on the verb ("a pilonné mardi | des positions": mardi the object)
        when, verb = token.doc[marks[0].i - 1], token.head
        read_as = {*syn.object, syn.time_label}
        if when.head != verb or fold(when.text) not in syn.time_words or when.dep_ not in read_as \
                or not _partitive(syn, marks[0]) or verb.pos_ not in VERBAL:
            return False
        when.dep_, token.dep_, marks[0].dep_ = syn.time_label, syn.object_label, "det"
        return True
    if token.dep_ != "nmod":
        return False
    when = token.head
    top = _day(syn, when)  # "a tiré mardi | soir | des roquettes"
    verb = top.head
    if len(marks) != 1 or not _partitive(syn, marks[0]) \
            or top.dep_ not in syn.oblique | syn.object \
            or when.pos_ != "NOUN" or list(when.children) != [token] or verb.pos_ not in VERBAL \
            or when.i != marks[0].i - 1 or any(o != top for o in syn.objects(verb)):
        return False
    if top.dep_ in syn.object:  # ("a bombardé dimanche | des positions": the day read as the object)
        top.dep_ = syn.time_label
    token.head = verb
    token.dep_ = syn.object_label
    marks[0].dep_ = "det"
    return True


def personal_subject(syn: Syntax, token: Token) -> bool:
    """A personal pronoun read as an impersonal subject of a verb that has none is its subject
    ("Il s'est entretenu avec…"), not of "il faut", "il s'agit" (labels.tsv ``impersonal``)."""
    verb = token.head
    if token.dep_ not in syn.expletive or fold(token.text) not in syn.personal_pronouns \
            or fold(verb.lemma_) in syn.impersonal or syn.subjects(verb):
        return False
    token.dep_ = min(syn.subject)
    return True


def partner_of_the_channel(syn: Syntax, token: Token) -> bool:
    """The partner hung on the channel of a talk is the verb's ("s'est entretenu au téléphone |
    avec son homologue"; labels.tsv ``channel``), also when the parser hung the channel on the day."""
    channel = token.head
    if token.pos_ not in ("NOUN", "PROPN") or fold(channel.lemma_) not in syn.channels or channel.i > token.i \
            or fold(syn.case_of(token) or "") not in syn.partner:
        return False
    if fold(channel.head.text) in syn.time_words and channel.head.i < channel.i:
        day = _day(syn, channel.head)  # "s'est entretenu dimanche | au téléphone avec…": hung on the day
        if day.head.pos_ not in VERBAL:
            return False
        channel.head, channel.dep_ = day.head, min(syn.oblique)
    if channel.head.pos_ not in VERBAL:
        return False
    token.head = channel.head
    token.dep_ = channel.dep_
    return True


def quantity_as_object(syn: Syntax, token: Token) -> bool:
    """A count of days of an act after a verb with no object, read as a time modifier, is its
    object ("a lancé jeudi | deux jours de manœuvres"; labels.tsv ``quantity``)."""
    verb = token.head
    if token.dep_ != syn.time_label or token.pos_ != "NOUN" or fold(token.lemma_) not in syn.quantity \
            or verb.pos_ != "VERB" or token.i < verb.i or syn.objects(verb) or syn.is_passive(verb):
        return False
    if not any(c.pos_ == "NOUN" and syn.case_of(c) in syn.genitive and c.i > token.i for c in token.children):
        return False
    token.dep_ = syn.object_label
    return True


def object_after_time_word(syn: Syntax, token: Token) -> bool:
    """A noun phrase the parser hangs on a bare word of time right after the verb ("a accusé
    mercredi | la Chine", "a reçu lundi soir | son homologue"; labels.tsv ``time_word``) is the
    verb's object, and the time word, if read as the object, a modifier."""
    free = token.pos_ == "PRON" and fold(token.text) in syn.free_relative  # "a dénoncé mercredi | ce qu'il a qualifié"
    if token.pos_ not in ("NOUN", "PROPN") and not free \
            or token.dep_ not in ("nmod", "conj", "appos", "amod", "obj", "dobj") \
            or fold(token.head.text) not in syn.time_words:  # ("a saisi vendredi | un pétrolier": read as an adjective)
        return False
    when = _day(syn, token.head)
    verb = when.head
    if verb.pos_ not in VERBAL or not verb.i < when.i < token.i \
            or any(c.dep_ in syn.case for c in token.children) \
            or any(o != when and o.i < token.i for o in syn.objects(verb)):
        return False  # (an object after it is an apposition: "…, une décision sans précédent")
    if when.dep_ in syn.object:
        when.dep_ = syn.time_label
    token.head = verb
    token.dep_ = syn.object_label
    return True


def place_after_time_word(syn: Syntax, token: Token) -> bool:
    """A place the parser hangs on a bare word of time after the verb is the verb's ("a fermé
    vendredi son ambassade | à Lomé")."""
    if token.pos_ != "PROPN" or fold(token.head.text) not in syn.time_words:
        return False
    when = _day(syn, token.head)  # ("vendredi soir | à Lomé")
    if when.head.pos_ not in VERBAL or not when.head.i < when.i < token.i or syn.case_of(token) not in syn.location:
        return False
    token.head = when.head
    token.dep_ = min(syn.oblique) if syn.oblique else token.dep_
    return True


def subject_of_an_incise(syn: Syntax, token: Token) -> bool:
    """A verb of saying after the clause it reports, its speaker after it ("Le Bénin répondra
    fermement…, a averti son ministre de la Défense", "« … », a réagi le secrétaire d'Etat";
    labels.tsv ``incise``): the parser may read the speaker as its object, and hang the verb
    anywhere; the speaker is its subject, the verb a parenthetical of the sentence."""
    if token.pos_ != "VERB" or fold(token.lemma_) not in syn.incise_verbs \
            or any(c.dep_ in syn.subject for c in token.children) \
            or not (token.dep_ == "ROOT" or token.head.i < token.i):
        return False
    speakers = [o for o in syn.objects(token) if o.i > token.i]
    first = min([token.i, *(c.i for c in token.children if c.dep_ in syn.aux)])
    after = token.doc[speakers[0].right_edge.i + 1:token.sent.end] if speakers else []
    if len(speakers) != 1 or speakers[0].pos_ not in NOUNS or token.doc[first - 1].text not in (",", "»") \
            or first - 1 <= token.sent.start or any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                                                    for t in after):
        return False  # (the reported clause before it, nothing but asides after the speaker)
    speakers[0].dep_ = min(syn.subject)
    if token.dep_ != "ROOT":
        token.dep_ = "parataxis"
    return True


def stray_subject(syn: Syntax, token: Token) -> bool:
    """A noun the parser made the subject of a later verb that has its own subject after it ("L'Iran a
    tiré mardi soir | quelque 180 missiles sur Israël, …, et le Premier ministre a promis") is the
    object of the verb before it, whose only object was a word of time."""
    verb = token.head
    if token.dep_ not in syn.subject or token.pos_ != "NOUN" or verb.i < token.i or not any(
            s != token and token.i < s.i < verb.i for s in (*syn.subjects(verb), *syn.conjuncts(token))):
        return False
    doc = token.doc
    before = next((t for t in reversed(doc[token.sent.start:token.i]) if t.pos_ == "VERB"), None)
    day = doc[token.left_edge.i - 1]
    if before is None or syn.is_passive(before) or fold(day.text) not in syn.time_words or token.is_ancestor(before) \
            or _day(syn, day).head != before or any(fold(o.text) not in syn.time_words for o in syn.objects(before)):
        return False  # (right after a day hung on the verb before it: "a tiré mardi soir | quelque 180 missiles")
    for when in syn.objects(before):
        when.dep_ = syn.time_label
    for other in syn.conjuncts(token):
        if other != token and any(c.dep_ == "cc" for c in other.children):
            other.head, other.dep_ = verb, min(syn.subject)  # ("…, et le Premier ministre a promis")
    token.head = before
    token.dep_ = syn.object_label
    return True


def verb_after_a_name_root(syn: Syntax, token: Token) -> bool:
    """A sentence whose root the parser made the name opening it, with the verb coordinated to
    that name: the verb heads the sentence and the name is its subject; a noun between commas
    read as the verb's subject is the name's apposition ("Pékin, | gros acheteur de bauxite, | s'est
    dit…"), a name after "et" the last of a list ("L'Union européenne, le Royaume-Uni | et
    l'Australie | ont condamné…")."""
    root, doc = token.head, token.doc
    # (an adjective in apposition made the root: "Pékin, | proche des deux capitales, | a appelé…")
    name = next((c for c in root.children if c.pos_ in ("NOUN", "PROPN") and c.i < root.i
                 and doc[c.i + 1].text == ","), None) if root.pos_ == "ADJ" else root
    if token.pos_ != "VERB" or token.dep_ not in {*syn.conj, "parataxis"} or root.dep_ != "ROOT" or name is None \
            or name.pos_ not in ("NOUN", "PROPN") or root.i > token.i \
            or not any(c.dep_ in syn.aux for c in token.children) \
            or any(c.dep_ in syn.case | syn.subject for c in root.children):
        return False
    subjects = [c for c in token.children if c.dep_ in syn.subject]
    listed = [s for s in subjects if any(t.pos_ == "CCONJ" for t in doc[max(root.i, s.i - 2):s.i])]
    aside = [s for s in subjects if s.pos_ == "NOUN" and any(t.text == "," for t in doc[root.i:s.i])]
    if subjects and not (listed or aside) or len(subjects) > 1:
        return False
    _takes_the_root(token, root)
    if name != root:
        name.head, name.dep_ = token, min(syn.subject)
        root.head, root.dep_ = name, "amod"
        return True
    root.head, root.dep_ = token, min(syn.subject)
    for subject in subjects:
        subject.head, subject.dep_ = root, (min(syn.conj) if listed else "appos")
    for other in [c for c in root.children if c.dep_ == "appos" and c.pos_ == "PROPN"] if listed else []:
        other.dep_ = min(syn.conj)  # ("L'Union européenne, | le Royaume-Uni | et l'Australie": a list)
    return True


def hyphenated_name(_syn: Syntax, token: Token) -> bool:
    """The second half of a hyphenated name hangs on its first half ("le Royaume | - | Uni"), not
    on another word of the sentence."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or not token.is_title or doc[token.i - 2].pos_ != "PROPN" \
            or token.head in (doc[token.i - 2], token) or doc[token.i - 2].head == token \
            or doc[token.i - 1].whitespace_ or doc[token.i - 2].whitespace_:
        return False
    first = doc[token.i - 2]
    if token.is_ancestor(first):
        return False  # ("Mazar-i-Sharif": a name of three parts the parser already holds together)
    for word in (doc[token.i - 1], token):
        word.head, word.dep_ = first, "flat:name"
    return True


def day_read_as_object(syn: Syntax, token: Token) -> bool:
    """A bare word of time read as a verb's object is when it acts ("a menacé | mercredi | d'imposer
    des sanctions"); an infinitive the parser hung on it completes the verb."""
    if token.dep_ not in syn.object or fold(token.text) not in syn.time_words or token.head.pos_ not in VERBAL \
            or any(c.dep_ in syn.case for c in token.children):
        return False
    token.dep_ = syn.time_label
    for clause in token.children:  # "a promis dimanche | d'écraser la milice": what was promised
        if clause.pos_ in VERBAL and "Inf" in clause.morph.get("VerbForm") and clause.dep_ in syn.clausal:
            clause.head, clause.dep_ = token.head, "xcomp"
    return True


def clitic_object(syn: Syntax, token: Token) -> bool:
    """A clitic that can only be an object ("les", "leur": labels.tsv ``object_clitic``, then
    ``indirect_clitic``) read as the subject of a coordinated verb: it is the verb's object,
    and the verb shares the subject of the verb it is coordinated with."""
    if token.pos_ != "PRON" or token.dep_ not in syn.subject:
        return False
    word = fold(token.text)
    if word not in syn.object_clitics \
            or token.head.dep_ not in syn.conj or token.i > token.head.i:
        return False
    labels = syn.indirect_object if word in syn.indirect_clitics else syn.object
    token.dep_ = min(labels)
    return True


# The repairs in the order they are tried on each token, each with its example.
STEPS: tuple[tuple[str, str, Callable[[Syntax, Token], bool]], ...] = (
    ("a sentence's participle after its subject is its verb",
     "West Africa's main bloc | suspended Niger", participle_as_verb),
    ("the infinitive after an object completes the verb",
     "a appelé les rebelles à déposer les armes", object_complement),
    ("a gerund is an adverbial clause",
     "a riposté en expulsant trois diplomates", gerund),
    ("a noun right after a verb with no preposition is its object",
     "en expulsant trois diplomates", bare_object),
    ("a partitive after a bare time word is the verb's object",
     "ont bombardé mardi des villages tadjiks", partitive_object),
    ("a personal pronoun read as impersonal is the subject", "Il s'est aussi entretenu avec…", personal_subject),
    ("the partner hung on the channel of a talk is the verb's", "s'est entretenu au téléphone avec son homologue",
     partner_of_the_channel),
    ("a count of days of an act after a verb is its object",
     "a lancé jeudi deux jours de manœuvres", quantity_as_object),
    ("a noun hung on a bare time word after the verb is its object",
     "a rappelé vendredi soir ses ambassadeurs", object_after_time_word),
    ("the name before an apposition is the subject",
     "Pékin, gros acheteur de bauxite, a appelé…", subject_before_apposition),
    ("the name before an aside is the subject of a verb with none",
     "Paris, qui compte 1.500 soldats au Niger, a condamné…", subject_before_aside),
    ("the verb after a relative opening the sentence is the main verb",
     "Accra, qui entretient de bonnes relations avec Lomé, a convoqué…", main_verb_after_relative),
    ("a place hung on a bare time word after the verb is the verb's",
     "a fermé vendredi son ambassade à Lomé", place_after_time_word),
    ("the speaker after a verb of saying that ends the sentence is its subject",
     "Le Bénin répondra fermement…, a averti son ministre de la Défense", subject_of_an_incise),
    ("a subject before a verb's own subject is the object of the verb before it",
     "L'Iran a tiré mardi soir quelque 180 missiles sur Israël, …, et le Premier ministre a promis", stray_subject),
    ("a verb coordinated with the name that opens the sentence is its verb",
     "L'Union européenne, le Royaume-Uni et l'Australie ont condamné…", verb_after_a_name_root),
    ("the second half of a hyphenated name hangs on the first", "le Royaume-Uni", hyphenated_name),
    ("a bare time word read as the object is when the act is", "a menacé mercredi d'imposer des sanctions",
     day_read_as_object),
    ("a determiner standing as an argument is a pronoun",
     "et les a exhortés", determiner_as_pronoun),
    ("an object clitic is no subject",
     "… et les a exhortés à renouer le dialogue", clitic_object),
    ("a verb is coordinated with a verb, not a noun",
     "s'est entretenu vendredi … et les a exhortés", verb_coordinated_with_noun),
    ("a capitalised word that is no pronoun is a name",
     "Poutine a rétorqué que…", name_as_pronoun),
    ("an adjective is no preposition",
     "son homologue azerbaïdjanais Ilham Aliev", adjective_as_case),
    ("a verb after 'and' is coordinated with the verb before",
     "a jugé nul l'accord conclu par X et a dénoncé une violation", coordinated_verb),
    ("a participle parted from its auxiliary by an aside is the verb of the sentence",
     "M. Orban, qui avait menacé…, a au contraire qualifié le choix", participle_after_aside),
    ("a causative verb heads the infinitive after it",
     "M. Biden a fait | savoir au Premier ministre que…", causative_head),
    ("a participle after 'and' is coordinated with the verb, not with a word of its object",
     "a dénoncé un crime « insensé » et promis une riposte", participle_after_object),
    ("', and' after a relative clause goes back to the main verb",
     "a suspendu la Guinée, après le coup d'Etat qui a renversé M. Condé, et a exigé sa libération",
     coordination_out_of_relative),
    ("a verb after 'and' sharing the main verb's auxiliary, not its clause's, continues the main verb",
     "a rappelé que des accords n'avaient jamais été appliqués et a demandé…", coordination_out_of_complement),
    ("a name or adjective after a coordinated noun belongs to it",
     "le ministre japonais Taro Kono et son homologue sud-coréenne Kang Kyung-wha", across_coordination),
    ("a passive subject of a verb with no passive auxiliary is its subject",
     "Le Qatar a condamné…", active_subject),
    ("a second subject after an active verb is its object",
     "Dimanche, des soldats … ont arrêté le chef de l'Etat", second_subject_as_object),
    ("'…, an allegation X rejected' after a clause is a relative on that noun",
     "accused Benin of hosting troops, | an allegation Cotonou rejected", reduced_relative),
    ("a name after the comma of a fronted phrase is the subject",
     "After talks in Arusha, | Kenya and Uganda agreed", subject_after_fronted_phrase),
    ("a second party is coordinated with the first, not with its name",
     "le président Nikol Pachinian et son homologue Ilham Aliev se sont entretenus", coordinated_party),
)
