"""Words that point back at a party named before them, beyond plain pronouns (``entities.py``):
an object pronoun of a participle clause ("criticised Togo, urging it to…", "le pressant de…"),
a relative pronoun that is not the subject ("son homologue, à qui il a demandé…", "his
counterpart, whom he asked…"), "the latter", "ce dernier", "celui-ci", a clitic object that
stands for a person ("l'a félicité"), and those told after a clause as doing the same ("as did
Nigeria", "tout comme le Nigeria"), and a ruling body named by no country ("the junta": where the
story went). The words are language data (``labels.tsv``: ``object_clitic``, ``object_relative``,
``latter``, ``likewise_mark``, ``pro_verb``, ``likewise_phrase``, ``ruling_body``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .model import Actor
from .syntax import NOUNS, Syntax
from .text import fold

if TYPE_CHECKING:
    from .entities import Coreference


def _named(coreference: Coreference, word: Token, text: str, linked: bool = False) -> list[Actor]:
    """The parties a word names; with ``linked``, also one whose country the story gives later (an
    armed group: its entity carries it)."""
    return [replace(a, text=text) for o in coreference.syntax.conjuncts(word)
            for a in coreference.actors.resolve(o) if a.code() or (linked and a.entity)]


def object_above(coreference: Coreference, pronoun: Token) -> list[Actor]:
    """An object pronoun of a clause hung on another verb stands for that verb's object ("criticised
    Togo, urging it to…", "a critiqué le Togo, le pressant de…", "a reçu son homologue, lui
    promettant…"); a thing object stands for no party; with no object, the latest party named in
    the clause's sentence ("a assuré ne pas chercher à provoquer New Delhi, tout en la pressant de…")."""
    syn = coreference.syntax
    word = fold(pronoun.text)
    if not (word in syn.personal_pronouns or word in syn.thing_pronouns or word in syn.plural_pronouns
            or word in syn.object_clitics):
        return []
    verb = pronoun.head
    if pronoun.dep_ not in syn.object | syn.indirect_object or verb.dep_ not in syn.clausal | syn.conj \
            or verb.dep_ in syn.relative or verb.head == verb:
        return []
    above = [o for o in syn.objects(verb.head) if o.i < pronoun.i]
    if not above:
        roles = syn.object | syn.indirect_object | syn.oblique | syn.prep_object
        before = pronoun.doc[pronoun.sent.start:pronoun.i]
        above = [t for t in reversed(before) if t.dep_ in roles and t.pos_ == "PROPN"]
    for obj in above:
        if not obj.is_ancestor(pronoun):
            found = _named(coreference, obj, pronoun.text)
            if found:
                return found
    return []


def relative_object(coreference: Coreference, pronoun: Token) -> list[Actor]:
    """A relative pronoun that is not the subject of its clause stands for the noun its clause hangs
    on, or, when the parser hung it on a verb or a date, the noun just before it ("son homologue
    togolais, à qui il a demandé…", "his Togolese counterpart on Monday, whom he asked…"); a thing
    stands for no party."""
    syn = coreference.syntax
    if fold(pronoun.text) not in syn.clause_words.object_relatives and "Rel" not in pronoun.morph.get("PronType"):
        return []
    dates = coreference.actors.date_tokens
    noun = pronoun.head.head
    if pronoun.head.dep_ in syn.relative and noun.pos_ in NOUNS and noun.i < pronoun.i and noun.i not in dates:
        if syn.case_of(noun) in syn.locative:
            return []  # "for use in Ukraine, which Moscow denies": the claim, not the place
        return _named(coreference, noun, pronoun.text, linked=True)  # the parser's own antecedent, a noun
    for word in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if word.pos_ in NOUNS and word.i not in dates:
            return _named(coreference, word, pronoun.text)
        if word.pos_ not in ("PUNCT", "ADP", "DET", "ADJ", "NUM") and word.i not in dates:
            return []
    return []


def latter(coreference: Coreference, head: Token) -> list[Actor]:
    """"The latter", "ce dernier", "celui-ci": the party mentioned last before it."""
    if fold(head.text) not in coreference.syntax.clause_words.latter:
        return []
    before = coreference.entities.before(head.i, lambda e: bool(e.country or e.org))
    return [before[0].actor(head.text)] if before else []


def likewise(syn: Syntax, verb: Token) -> list[Token]:
    """Who did the same, told after the clause: the subject of "do" marked "as" ("condemned the
    coup, as did Nigeria", "comme l'a fait le Nigeria"), or a noun phrase opened by a phrase of
    likeness ("a condamné le coup, tout comme le Nigeria", "ainsi que par l'ONU")."""
    words = syn.clause_words
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in syn.clausal and fold(child.lemma_) in words.pro_verbs and any(
                c.dep_ in syn.mark and fold(c.text) in words.likewise_marks for c in child.children):
            out += syn.subjects(child)
    near = [*verb.children, *(g for c in verb.children if c.dep_ in syn.object for g in c.children)]
    for word in near:
        if word.pos_ not in NOUNS or word.i < verb.i or not words.likewise_phrases:
            continue
        opening = " ".join(fold(t.text) for t in word.subtree if t.i < word.i)
        if any(opening == p or opening.startswith(p + " ") for p in words.likewise_phrases):
            out.append(word)
    return out


def ruling_place(syn: Syntax, head: Token, tags: Mapping[int, Any]) -> list[str]:
    """A ruling body named with a definite article and no country ("the junta", "les autorités")
    rules where the story went last: the country of the last capital or country named after a
    preposition of place, before it in its sentence or the one before ("flew to Niamey on Tuesday.
    He urged the junta to…")."""
    if fold(head.lemma_) not in syn.clause_words.ruling_bodies \
            or not any(fold(c.text) in syn.definite for c in head.children if c.i < head.i):
        return []
    sentence = head.sent
    start = head.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for word in reversed(head.doc[start:head.i]):
        m = tags.get(word.i)
        if m is not None and m.value.kind in ("capital", "country") and m.value.country \
                and syn.case_of(word) in syn.location | syn.destination:
            return [m.value.country]
    return []


def person_clitic(syn: Syntax, pronoun: Token) -> bool:
    """A clitic object stands for a person, as "him" does ("l'a félicité", "le reconnaît"), unless
    the participle agrees with it in the feminine: then it is a thing ("l'a jugée infondée": the
    decision)."""
    return fold(pronoun.text) in syn.object_clitics and pronoun.dep_ in syn.object \
        and "Fem" not in pronoun.head.morph.get("Gender")
