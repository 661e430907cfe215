"""Actor mentions: countries, nationality words, capitals, organisations, role nouns and
people, resolved to ``Actor`` records, with coreference inside one article."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .entities import Coreference, Entities
from .langdata import LanguageData, data_dir, read_table
from .model import Actor
from .people import PeopleIndex, Person
from .phrases import ARTICLES, Match, PhraseIndex, token_keys
from .syntax import Syntax
from .text import fold

NAMES = frozenset({"country", "capital", "org"})
# capitals that are also common words or first names, left to the hand-written tables
CAPITAL_WORDS = frozenset({"Male", "Victoria", "Kingston", "Praia", "Avarua", "Alofi", "Saint John's", "Hamilton",
                           "Georgetown", "Jamestown", "Douglas", "Belmopan", "Palikir", "Yaren", "Ngerulmud"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
LIST_GLUE = frozenset({",", "et", "and", "or", "ou", "de", "du", "des", "d'", "la", "le", "l'", "les", "of",
                       "the", "as", "well", "ainsi", "que"})
FUNCTION_WORDS = frozenset({"DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT"})
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
                 date_tokens: Iterable[int] = (), keys: list[tuple[str, str]] | None = None) -> None:
        self.doc = doc
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
        return self._written_as_name(m) and not self._first_name(m) and not self._backer(m)

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
                heads.add(self._phrase_head(self.doc[self._match_root(self.doc[i])]).i)
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
        for conj in self.syntax.conjuncts(head):
            for actor in self._resolve_phrase(conj):
                key = (actor.country, actor.org, actor.name if not (actor.country or actor.org) else None)
                if actor.is_known() and key not in seen:
                    seen.add(key)
                    out.append(actor)
        return out

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
            self._resolved[head.i] = [self.entities.link(a, head.i, fold(head.lemma_)) for a in self._read_phrase(head)]
        return self._resolved[head.i]

    def _read_phrase(self, head: Token) -> list[Actor]:
        if head.i in self.date_tokens and not any(start <= head.i < end for start, end in self.names):
            return []  # a date, unless the parser read a person's name ("Theresa May")
        named = head.i in self.tags and self.tags[head.i].value.kind in NAMES  # "Kiev" tagged PRON
        if (head.pos_ == "PRON" and not named) or fold(head.text) in self.syntax.personal_pronouns:
            return self.coreference.antecedent(head)
        if self._kind_of_thing(head):
            return []  # "terrorisme d'État", "chef d'État": a kind, not a state
        if head.i >= 2 and self._hyphenated([self.doc[head.i - 2]])[-1] == head \
                and not head.is_ancestor(self.doc[head.i - 2]):
            return []  # "Aviv" in "Tel-Aviv", hung beside "Tel": part of the name before it
        tokens = self._whole_names(self._hyphenated(self._with_names(self.syntax.phrase(head))))
        text = self.text_of(tokens)
        kinds = {w.i for t in tokens if t != head and self._kind_of_thing(t) for w in t.subtree}
        tags = self._tags_in([t for t in tokens if t.i not in kinds])
        countries = self.listed_countries(tokens) or self._countries(tokens, head)
        org = next((t.org for _, t in tags if t.org), None)
        noun = self._head_noun(tags, head)
        # a capital's or agency's sector only when it heads the phrase ("the Kremlin said", not
        # "three cities west of the capital Tripoli")
        sector = noun.sector if noun else next((t.sector for tok, t in tags if t.sector and (
            t.kind == "org" or self._match_root(tok) == head.i)), None)
        role = self._role(tokens, noun)
        name, person = self._person(tokens)
        if person is not None:
            # the phrase's own words win: "le président du Conseil européen, Charles Michel" is the
            # EU's, whatever office the dictionary knows him for
            if not countries and not org and person.country:
                countries = [person.country]
            org = org or person.org
            sector = sector or person.sector
            role = role or (person.role if person.holds_on(self.day) else f"former {person.role}")
        base = Actor(text=text, name=name, org=org, sector=sector, role=role,
                     wikidata=person.wikidata if person else None)
        if not countries and not org and not person and not name:  # an unknown name is someone new
            earlier = self.coreference.description(head, tokens, noun.role if noun else None)
            if earlier:
                return earlier
            countries = self.coreference.owner_country(head) or self._of_numbered_countries(head)
            if not countries and sector:
                countries = self._where_from(head) or self._possessor_country(head) or self._sender_country(head)
            if not countries and sector and sector != "GOV":  # "the army" after "the Lebanese army"
                kind = self.entities.kind_before(head.i, fold(head.lemma_), sector)
                countries = [kind.country] if kind is not None and kind.country else []
        if not countries:
            return [base] if (org or name or sector) else []
        if len(countries) > 1 and not (name or sector):  # "Jordan and the United States": one text each
            return [replace(base, country=c, text=self.mention(c, tokens[0]) or text) for c in countries]
        return [replace(base, country=c) for c in countries]

    def _kind_of_thing(self, head: Token) -> bool:
        """A singular common noun with no determiner hanging on a noun that names no actor tells what
        kind of thing that is ("un terrorisme d'État", "coup d'État"), not who ("des centaines de
        manifestants" are people)."""
        return head.pos_ == "NOUN" and head.dep_ == "nmod" and head.head.pos_ == "NOUN" \
            and head.ent_type_ not in ("PER", "PERSON") and "Sing" in head.morph.get("Number") \
            and head.head.i not in self.tags and not any(
                c.dep_ in ("det", "poss", "nmod:poss", "nummod") or fold(c.text) in self.syntax.article_prepositions
                for c in head.children)

    def _where_from(self, head: Token) -> list[str]:
        """The country of a group named by where it is or comes from ("militants in Gaza",
        "des manifestants à Dakar", "rebels from Tigray")."""
        for prep, noun in self.syntax.prepositional(head):
            if prep not in self.syntax.location | self.syntax.origin:
                continue
            for word in (noun, *(c for c in noun.children if c.dep_ == "amod")):  # "in the Indian district"
                m = self.tags.get(word.i)
                if m is not None and m.value.kind in ("country", "capital", "nationality") and m.value.country:
                    return [m.value.country]
        return []

    def _of_numbered_countries(self, head: Token) -> list[str]:
        """The countries of "diplomats of seven countries", "les ambassadeurs des deux pays"."""
        for prep, noun in self.syntax.prepositional(head):
            if prep in ("of", "de") and (noun.i not in self.tags or self.tags[noun.i].value.kind == "noun"):
                group = [a.country for a in self.coreference.description(
                    noun, self.syntax.phrase(noun), None) if a.country]
                if group:
                    return group
        return []

    def _sender_country(self, head: Token) -> list[str]:
        """The country of troops or aircraft a state sends ("Russia sent two bombers": Russian bombers)."""
        verb = head.head
        if head.dep_ not in self.syntax.object or fold(verb.lemma_) not in self.lexicon.dispatch_words:
            return []
        return [a.country for s in self.syntax.subjects(verb) for a in self.resolve(s) if a.country][:1]

    def _possessor_country(self, head: Token) -> list[str]:
        """The country of a group named by whose it is ("her immediate family", "ses partisans",
        "Russia's soldiers")."""
        for child in head.children:
            if child.dep_ in self.syntax.possessive or "Yes" in child.morph.get("Poss"):
                found = [a.country for a in self.resolve(child) if a.country]
                if found:
                    return found[:1]
        return []

    def mention(self, country: str, start: Token) -> str | None:
        """The words naming a country in a list that begins at a token."""
        for i in range(start.i, self.sentence(start).end):
            m = self.tags.get(i)
            if m is not None and m.value.country == country and m.value.kind != "noun":
                return self.doc[m.start:m.end].text
        return None

    def _with_names(self, tokens: list[Token]) -> list[Token]:
        """Add the whole person name a phrase touches, even when the parse split it
        ("Vladimir | Poutine") or detached it from its title ("le président … | Joe Biden")."""
        lo, hi = tokens[0].i, tokens[-1].i
        near = [(start, end) for start, end in self.names if start <= hi + 1 and end > lo]
        if not near:
            return tokens
        extra: set[int] = set()
        ids = {t.i for t in tokens}
        for start, end in near:
            if any(start <= i < end for i in ids) or (start == hi + 1 and self._titled(tokens)):
                extra.update(range(start, end))
        if not extra - ids:
            return tokens
        return sorted({*tokens, *(self.doc[i] for i in extra)}, key=lambda t: t.i)

    def _whole_names(self, tokens: list[Token]) -> list[Token]:
        """The phrase with every table name it touches whole ("Tel | - | Aviv" hung apart)."""
        ids = {t.i for t in tokens}
        extra = {i for t in tokens if (m := self.tags.get(t.i)) is not None and m.value.kind != "noun"
                 for i in range(m.start, m.end)} - ids
        return sorted([*tokens, *(self.doc[i] for i in extra)], key=lambda t: t.i) if extra else tokens

    def _hyphenated(self, tokens: list[Token]) -> list[Token]:
        """A name the tokenizer split at a hyphen and the parser hung as siblings ("Tel | - | Aviv")."""
        last = tokens[-1]
        extra: list[Token] = []
        while last.i + 2 < len(self.doc) and last.pos_ == "PROPN" and not last.whitespace_:
            dash, part = self.doc[last.i + 1], self.doc[last.i + 2]
            if dash.text != "-" or dash.whitespace_ or part.pos_ != "PROPN" or part.i in self.tags:
                break
            extra += [dash, part]
            last = part
        return [*tokens, *extra] if extra else tokens

    def _titled(self, tokens: list[Token]) -> bool:
        return any(t.i in self.tags and self.tags[t.i].value.kind == "noun" for t in tokens)

    def _tags_in(self, tokens: list[Token]) -> list[tuple[Token, Tag]]:
        out, seen = [], set()
        for t in tokens:
            m = self.tags.get(t.i)
            if m is not None and (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                out.append((self.doc[m.start], m.value))
        return out

    def _countries(self, tokens: list[Token], head: Token) -> list[str]:
        """Countries named in the phrase: every one when they are coordinated, else the
        one closest to the head ("the U.S. ambassador to Japan" is American)."""
        found = [(t, tag.country) for t, tag in self._tags_in(tokens) if tag.country]
        if not found:
            return []
        codes = list(dict.fromkeys(c for _, c in found if c))
        if len(codes) == 1:
            return codes
        first = found[0][0]
        linked = self.syntax.coordinated(self.doc[self._match_root(first)])
        if self.doc[self._match_root(first)].head == head:  # "armées indienne et française"
            linked |= self.syntax.coordinated(head)
        if any(t.pos_ == "ADJ" and t.dep_ in self.syntax.conj and t.head == head for t, _ in found):
            return codes  # "les services de renseignement français et marocains": the adjective hung on the noun
        coordinated = [c for t, c in found if self._match_root(t) in linked]
        if len(set(coordinated)) > 1:
            return list(dict.fromkeys(c for c in coordinated if c))
        near = min(found, key=lambda tc: (self._depth(tc[0], head), tc[0].i))
        return [near[1]] if near[1] else []

    def _match_root(self, token: Token) -> int:
        m = self.tags[token.i]
        span = self.doc[m.start:m.end]
        return span.root.i

    @staticmethod
    def _depth(token: Token, head: Token) -> int:
        depth, current = 0, token
        while current != head and current.head != current and depth < 10:
            current, depth = current.head, depth + 1
        return depth

    def _head_noun(self, tags: list[tuple[Token, Tag]], head: Token) -> Tag | None:
        nouns = [(t, tag) for t, tag in tags if tag.kind == "noun"]
        if not nouns:
            return None
        m = self.tags.get(head.i)
        if m is not None and m.value.kind == "noun":
            return m.value
        return min(nouns, key=lambda tt: abs(tt[0].i - head.i))[1]

    def _role(self, tokens: list[Token], noun: Tag | None) -> str | None:
        if noun is None:
            return None
        for t in tokens:
            m = self.portfolio.get(t.i)
            if m is not None and noun.role in ("minister", "ministry", "secretary") and t.i > tokens[0].i:
                return m.value if noun.role != "ministry" else m.value.replace("minister", "ministry")
        return noun.role

    def _person(self, tokens: list[Token]) -> tuple[str | None, Person | None]:
        names = [t for t in tokens if t.i not in self.tags and t.i not in self.backers
                 and any(ch.isalpha() for ch in t.text) and (
            t.pos_ == "PROPN" or (t.text[:1].isupper() and t.pos_ not in FUNCTION_WORDS and self._known_word(t)))]
        if not names:
            return None, None
        # the longest run of proper nouns is the name; a hyphen joins its parts ("Tel-Aviv")
        runs: list[list[Token]] = []
        for t in names:
            last = runs[-1][-1] if runs else None
            joined = last is not None and t.i == last.i + 2 and t.nbor(-1).text == "-" \
                and not last.whitespace_ and not t.nbor(-1).whitespace_
            if last is not None and (t.i == last.i + 1 or joined):
                runs[-1].append(t)
            else:
                runs.append([t])
        run = max(runs, key=len)
        name = self.text_of([run[0], run[-1]]) if len(run) > 1 and len(run) - 1 < run[-1].i - run[0].i \
            else " ".join(t.text for t in run)
        # a surname the article gave in full before is that person ("Cho" after "Cho Tae Yul"),
        # whoever else the dictionary knows by it
        person = self.lexicon.people.lookup(name, self.day) if len(run) > 1 else None
        if person is None:
            earlier = self.entities.person_named({fold(t.text) for t in run}, (run[0].i, run[-1].i))
            if earlier is not None:
                return earlier.name, Person(earlier.name or name, earlier.country, earlier.org,
                                            earlier.sector, earlier.role, None, None, earlier.wikidata)
        if person is None and len(run) == 1:
            person = self.lexicon.people.lookup(name, self.day)
        if person is None and len(run) > 1:
            person = self.lexicon.people.lookup(run[-1].text, self.day)
            if person is not None and fold(person.name.split()[0]) != fold(run[0].text):
                person = None
        return (person.name if person else name), person

    def _known_word(self, token: Token) -> bool:
        key = fold(token.text)
        return self.lexicon.people.knows(token.text) or any(
            e.name and key in {fold(w) for w in e.name.split()} for e in self.entities)
