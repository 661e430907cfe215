"""Actor mentions: countries, nationality words, capitals, organisations, role nouns and
people, resolved to ``Actor`` records, with coreference inside one article."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .entities import Coreference, Entities
from .groups import LIST_LIMIT
from .langdata import LanguageData, data_dir, read_table
from .mentions import NAMES, PERSON_LABELS, MentionReader
from .model import Actor
from .nlp import lead_sentences
from .people import PeopleIndex
from .phrases import ARTICLES, Match, PhraseIndex, token_keys
from .syntax import Syntax
from .text import fold

# capitals that are also common words or first names, left to the hand-written tables
CAPITAL_WORDS = frozenset({"Male", "Victoria", "Kingston", "Praia", "Avarua", "Alofi", "Saint John's", "Hamilton",
                           "Georgetown", "Jamestown", "Douglas", "Belmopan", "Palikir", "Yaren", "Ngerulmud"})
LIST_GLUE = frozenset({",", "et", "and", "or", "ou", "de", "du", "des", "d'", "la", "le", "l'", "les", "of",
                       "the", "as", "well", "ainsi", "que"})
# dependencies through which a name modifies the noun heading its phrase ("le président | turc")
MODIFIERS = frozenset({"amod", "nmod", "appos", "compound", "flat:name", "poss", "nmod:poss", "pobj", "prep"})


@dataclass(frozen=True)
class Tag:
    """What a matched phrase tells about an actor."""

    kind: str  # country | nationality | capital | org | noun
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    role: str | None = None
    cased: bool = True  # a name written with a capital in the table must be capitalised in the text
    acronym: bool = False  # a name that must be written in capitals ("CARE", never "care")


class ActorLexicon:
    """The actor tables of one language, indexed for one tokenizer."""

    def __init__(self, data: LanguageData, tokenize: Callable[[str], list[str]],
                 people: PeopleIndex) -> None:
        self.index: PhraseIndex[Tag] = PhraseIndex(tokenize)
        for row in data.table("orgs"):
            self.index.add(row["text"], Tag("org", org=row["org"], sector=row["sector"] or None,
                                            country=row.get("country") or None, cased=row["text"][:1].isupper()))
        for row in data.table("countries"):  # a region (no country) keeps its words from naming one
            self.index.add(row["text"], Tag("country" if row["country"] else "region", country=row["country"] or None))
        for row in data.table("capitals"):
            self.index.add(row["text"], Tag("capital", country=row["country"], sector=row["sector"] or None,
                                            cased=row["text"][:1].isupper()))
        for row in read_table(data_dir() / "countries.tsv"):  # every other capital, as GeoNames names it
            if row["capital"] and row["capital"] not in CAPITAL_WORDS:
                self.index.add(row["capital"], Tag("capital", country=row["iso3"], sector="GOV"))
        for row in data.table("nationalities"):
            self.index.add(row["text"], Tag("nationality", country=row["country"]))
        for row in [*data.table("actor_nouns"), *data.table("actor_nouns_cameo")]:  # hand-written first
            self.index.add(row["text"], Tag("noun", sector=row["sector"] or None, role=row["role"] or None))
        for row in data.table("orgs_phoenix"):  # derived from another dictionary: every other table first
            self.index.add(row["text"], Tag("org", org=row["org"], sector=row["sector"] or None,
                                            country=row["country"] or None, acronym=" " not in row["text"]))
        # "the North", "le Sud": a word of a country's name that stands for it where the story names it
        halves = {fold(w) for w in data.labels("half_name")}
        self.half_names: dict[str, frozenset[str]] = {
            word: frozenset(r["country"] for r in data.table("countries")
                            if r["country"] and word in {fold(w) for w in r["text"].split()})
            for word in halves}
        self.portfolios: PhraseIndex[str] = PhraseIndex(tokenize)
        self.portfolios.add_all((r["text"], r["role"]) for r in data.table("portfolios"))
        self.people = people
        self.numbers = {fold(r["text"]): int(r["value"]) for r in data.table("numbers")}
        # verbs of sending, whose subject's country the troops or aircraft sent are of
        self.dispatch_words = frozenset(fold(r["text"]) for r in data.table("modality") if r["kind"] == "dispatch")
        # verbs of saying, whose subject speaks the quotations around them
        self.report_words = frozenset(fold(r["text"]) for r in data.table("modality") if r["kind"] in ("report", "say"))


class DocActors:
    """Resolves noun phrases of one parsed article to actors, remembering earlier mentions."""

    def __init__(self, doc: Doc, lexicon: ActorLexicon, syntax: Syntax, day: dt.date | None,
                 date_tokens: Iterable[int] = (), keys: list[tuple[str, str]] | None = None,
                 filed_in: str | None = None) -> None:
        self.doc = doc
        self.filed_in = filed_in  # the country of the story's dateline
        self.text = doc.text
        self.date_tokens = frozenset(date_tokens)
        self.lexicon = lexicon
        self.syntax = syntax
        self.day = day
        self.keys = keys if keys is not None else [token_keys(t) for t in doc]
        keys = self.keys
        self.sentences = list(doc.sents)
        self._sentence_of = [0] * len(doc)
        for k, sent in enumerate(self.sentences):
            self._sentence_of[sent.start:sent.end] = [k] * (sent.end - sent.start)
        self.lead = lead_sentences(doc, self.sentences)  # the starts of the lead's sentences
        self.names = [(e.start, e.end) for e in doc.ents if e.label_ in PERSON_LABELS]
        self.backers: set[int] = set()  # tokens of a country named as a sponsor ("Iran-backed")
        self.tags: dict[int, Match[Tag]] = {}
        for m in lexicon.index.find(doc, keys, self._accepted):
            for i in range(m.start, m.end):
                self.tags[i] = m
        self._drop_place_modifiers()
        self.portfolio: dict[int, Match[str]] = {}
        for m in lexicon.portfolios.find(doc, keys):
            for i in range(m.start, m.end):
                self.portfolio[i] = m
        self.entities = Entities()
        self.coreference = Coreference(self, lexicon.numbers, lexicon.report_words)
        self.reader = MentionReader(self)
        self._resolved: dict[int, list[Actor]] = {}
        self.countries = [(i, m.value.country) for i, m in sorted(self.tags.items())
                          if m.value.country and i == m.start]
        self._remember()

    def _drop_place_modifiers(self) -> None:
        """A capital used as a modifier of a thing ("the Athens-to-Vilnius flight", "the Moscow
        talks") names a place, not a government; as a modifier of an actor noun ("Kremlin
        spokesman") it stays one."""
        for m in {id(m): m for m in self.tags.values()}.values():
            if m.value.kind != "capital":
                continue
            root = self.doc[m.start:m.end].root
            while root.dep_ in self.syntax.prep_object and root.head.dep_ in self.syntax.prep_head \
                    and root.head.head.i < root.i:
                root = root.head.head  # "Athens-to- | Vilnius": the phrase it ends
            head = root.head
            while head.dep_ == "compound" and head.head != head and head.i not in self.tags:
                head = head.head  # "Athens-to-Vilnius | flight"
            if root.dep_ in ("compound", "amod", "nmod") and root.i < head.i and head.pos_ == "NOUN" \
                    and head.i not in self.tags:
                for i in range(m.start, m.end):
                    self.tags.pop(i, None)

    def _accepted(self, m: Match[Tag]) -> bool:
        return self._written_as_name(m) and not self._first_name(m) and not self._backer(m) and not self._epithet(m)

    def _epithet(self, m: Match[Tag]) -> bool:
        """A role noun used as an adjective on another noun ("a firm response"): it names no one."""
        token = self.doc[m.start]
        return m.value.kind == "noun" and m.end - m.start == 1 and token.pos_ == "ADJ" and token.dep_ == "amod" \
            and token.head.i not in range(m.start, m.end) and token.head.pos_ == "NOUN"

    def _first_name(self, m: Match[Tag]) -> bool:
        """A country word that begins a person's name ("German Galushchenko", "Sofia Sapega")."""
        if m.value.kind not in ("country", "capital", "nationality") or m.end >= len(self.doc):
            return False
        after = self.doc[m.end]
        return after.pos_ == "PROPN" and after.text[:1].isupper() and any(
            start <= m.start and m.end < end for start, end in self.names)

    def _backer(self, m: Match[Tag]) -> bool:
        """A country joined by a hyphen to a word of backing ("the Iran-backed group"): it names
        the group's sponsor, not the group (nor a person)."""
        if m.value.kind not in ("country", "capital", "nationality") or m.end + 1 >= len(self.doc):
            return False
        dash, word = self.doc[m.end], self.doc[m.end + 1]
        backer = dash.text == "-" and not self.doc[m.end - 1].whitespace_ and fold(word.text) in self.syntax.backed_by
        if backer:
            self.backers.update(range(m.start, m.end))
        return backer

    def _written_as_name(self, m: Match[Tag]) -> bool:
        """"la réunion" is a meeting, "La Réunion" an island; "CARE" an organisation, "care" a word."""
        if m.value.acronym:
            return all(t.text.isupper() for t in self.doc[m.start:m.end])
        return not (m.value.kind in NAMES and m.value.cased) or any(
            t.text[:1].isupper() for t in self.doc[m.start:m.end] if fold(t.text) not in ARTICLES)

    # -- what the document says before an actor is needed -------------------------------
    def _remember(self) -> None:
        """Resolve every mention of a person, office, group, state or organisation in text
        order, so that the entity model knows, at each word, what the article told before it."""
        heads: set[int] = set()
        for ent in self.doc.ents:
            if ent.label_ not in PERSON_LABELS and not self._known_name(ent.root):
                continue
            if any(t.i in self.tags and self.tags[t.i].value.kind != "noun" for t in ent):
                continue
            root = ent.root
            if root.dep_ == "appos" and root.head.pos_ == "NOUN":  # "the head of the agency, Karl Vogt"
                root = root.head
            heads.add(self._phrase_head(root).i)
        for i, m in self.tags.items():
            if i == m.start and (m.value.kind != "noun" or m.value.role or m.value.sector):
                heads.add(self._phrase_head(self.doc[self.match_root(self.doc[i])]).i)
        # a known person the model did not tag ("He embraced Faure Gnassingbe"), by the name's last word
        heads |= {self._phrase_head(t).i for t in self.doc if self._known_name(t)
                  and t.dep_ not in self.syntax.name | {"compound"} and t.i not in self.tags}
        # ... and a personal pronoun subject: who "he" is counts as a mention ("He embraced X before
        # the two leaders…")
        heads |= {t.i for t in self.doc if t.pos_ == "PRON" and t.dep_ in self.syntax.subject
                  and fold(t.text) in self.syntax.personal_pronouns}
        for i in sorted(heads):
            self._resolve_phrase(self.doc[i])
        self.entities.freeze()

    def _phrase_head(self, token: Token) -> Token:
        """The noun an actor word modifies when that noun is an actor word too ("le président
        | turc", "Russia's | defence ministry")."""
        for _ in range(3):
            head = token.head
            if head == token or token.dep_ not in MODIFIERS or head.i not in self.tags \
                    or self.tags[head.i].value.kind != "noun":
                break
            token = head
        return token

    def text_of(self, tokens: list[Token]) -> str:
        """The words of a phrase, from the document's text (cheaper than a Span)."""
        if not tokens:
            return ""
        return self.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)].strip(" ,")

    def sentence(self, token: Token) -> Span:
        """The sentence of a token (Token.sent walks the document each time)."""
        return self.sentences[self._sentence_of[token.i]]

    def sentence_index(self, token: Token) -> int:
        """The number of a token's sentence in the article."""
        return self._sentence_of[token.i]

    def _known_name(self, token: Token) -> bool:
        return token.pos_ == "PROPN" and self.lexicon.people.knows(token.text)

    def is_actor_word(self, token: Token) -> bool:
        return token.i in self.tags

    def in_name(self, token: Token) -> bool:
        """True inside an organisation's or country's name (no trigger can be there)."""
        m = self.tags.get(token.i)
        return m is not None and m.value.kind != "noun" and m.end - m.start > 1

    # -- resolution ---------------------------------------------------------------------
    def resolve(self, head: Token) -> list[Actor]:
        """All actors a noun phrase stands for: "X et Y" and "les ministres du Pérou, de la
        Thaïlande…" give one actor each."""
        out: list[Actor] = []
        seen: set[tuple[str | None, str | None, str | None]] = set()
        for conj in self._singled_out(head) or self.syntax.conjuncts(head):
            for actor in self._resolve_phrase(conj):
                key = (actor.country, actor.org, actor.name if not (actor.country or actor.org) else None)
                if actor.is_known() and key not in seen:
                    seen.add(key)
                    out.append(actor)
        return out

    def _singled_out(self, head: Token) -> list[Token]:
        """The names a list singles out of a group ("several countries, including Ghana and
        Nigeria", "plusieurs pays, dont le Ghana et le Nigeria"): they stand for the group."""
        syn = self.syntax
        named = [n for c in head.children if fold(c.text) in syn.including for n in c.children if n.pos_ == "PROPN"]
        named += [c for c in head.children if c.pos_ == "PROPN" and c.i > head.i
                  and any(fold(g.text) in syn.including and g.i < c.i for g in c.children)]
        return [c for n in named for c in syn.conjuncts(n)]

    def resolve_all(self, heads: list[Token]) -> list[Actor]:
        """The actors of several phrases."""
        return [a for head in heads for a in self.resolve(head)]

    def listed_countries(self, tokens: list[Token]) -> list[str]:
        """Countries written as one list ("du Pérou, de la Thaïlande et du Canada"), read on
        the surface so that a wrong attachment in the parse does not split the list."""
        if not tokens:
            return []
        lo, hi = tokens[0].i, tokens[-1].i
        sent = self.sentence(tokens[0])
        runs: list[list[str]] = [[]]
        i = lo
        while i < sent.end:
            m = self.tags.get(i)
            if m is not None and m.value.country and m.value.kind in ("country", "capital"):
                runs[-1].append(m.value.country)
                if len(runs[-1]) >= LIST_LIMIT:
                    break  # a runaway list: its first LIST_LIMIT names stand for it (groups.py)
                i = m.end
                continue
            word = fold(self.doc[i].text)
            if i > hi and not runs[-1]:
                break
            if word not in LIST_GLUE and i > lo:
                if i > hi:
                    break
                runs.append([])
            i += 1
        best = max(runs, key=len)
        return list(dict.fromkeys(best)) if len(best) > 1 else []

    def _resolve_phrase(self, head: Token) -> list[Actor]:
        """The actors a phrase stands for, each tied to its entity (worked out once per phrase)."""
        if head.i not in self._resolved:
            self._resolved[head.i] = [self.entities.link(a, head.i, fold(head.lemma_)) for a in self.reader.read(head)]
        return self._resolved[head.i]

    def mention(self, country: str, start: Token) -> str | None:
        """The words naming a country in a list that begins at a token."""
        for i in range(start.i, self.sentence(start).end):
            m = self.tags.get(i)
            if m is not None and m.value.country == country and m.value.kind != "noun":
                return self.doc[m.start:m.end].text
        return None

    def tags_in(self, tokens: list[Token]) -> list[tuple[Token, Tag]]:
        out, seen = [], set()
        for t in tokens:
            m = self.tags.get(t.i)
            if m is not None and (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                out.append((self.doc[m.start], m.value))
        return out

    def match_root(self, token: Token) -> int:
        m = self.tags[token.i]
        span = self.doc[m.start:m.end]
        return span.root.i
