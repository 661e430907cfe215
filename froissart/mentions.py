"""How one noun phrase (a mention) is read into the actors it names: the names, countries,
organisations and role nouns among its words, a person's name looked up in the dictionary of
people, and, when its words name no one, what the article told before (``entities.Coreference``)
or where the group is from, whose it is, who sent it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from . import pointing
from .model import ARMED, Actor
from .people import Person
from .text import fold

if TYPE_CHECKING:
    from .actors import DocActors, Tag

NAMES = frozenset({"country", "capital", "org"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
FUNCTION_WORDS = frozenset({"DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT"})


HOME_SECTORS = frozenset({"COP", "CVL"})  # who act in their own country: police, civilians


class MentionReader:
    """Reads the noun phrases of one article for ``DocActors``, which keeps what they resolve to."""

    def __init__(self, actors: DocActors) -> None:
        self.actors = actors
        self.doc = actors.doc
        self.syntax = actors.syntax
        self.lexicon = actors.lexicon
        self.tags = actors.tags
        self.names = actors.names
        self.backers = actors.backers
        self.portfolio = actors.portfolio
        self.date_tokens = actors.date_tokens
        self.day = actors.day

    def read(self, head: Token) -> list[Actor]:
        """The actors one noun phrase names, read from its words, or from earlier mentions when
        they name no one new."""
        if head.i in self.date_tokens and not any(start <= head.i < end for start, end in self.names):
            return []  # a date, unless the parser read a person's name ("Theresa May")
        if fold(head.text) in self.syntax.clause_words.latter:  # "the latter", "ce dernier", "celui-ci"
            return pointing.latter(self.actors.coreference, head)
        named = head.i in self.tags and self.tags[head.i].value.kind in NAMES  # "Kiev" tagged PRON
        if (head.pos_ == "PRON" and not named) or fold(head.text) in self.syntax.personal_pronouns:
            return self.actors.coreference.antecedent(head)
        if self._kind_of_thing(head):
            return []  # "terrorisme d'État", "chef d'État": a kind, not a state
        if head.i >= 2 and self._hyphenated([self.doc[head.i - 2]])[-1] == head \
                and not head.is_ancestor(self.doc[head.i - 2]):
            return []  # "Aviv" in "Tel-Aviv", hung beside "Tel": part of the name before it
        tokens = self._whole_names(self._hyphenated(self._with_names(self.syntax.phrase(head))))
        text = self.actors.text_of(tokens)
        kinds = {w.i for t in tokens if t != head and self._kind_of_thing(t) for w in t.subtree}
        tags = self.actors.tags_in([t for t in tokens if t.i not in kinds])
        countries = self.actors.listed_countries(tokens) or self._countries(tokens, head) \
            or (self._half_name(tokens) if not tags else [])
        org = next((t.org for _, t in tags if t.org), None)
        noun = self._head_noun(tags, head)
        # a capital's or agency's sector only when it heads the phrase ("the Kremlin said", not
        # "three cities west of the capital Tripoli")
        sector = noun.sector if noun else next((t.sector for tok, t in tags if t.sector and (
            t.kind == "org" or self.actors.match_root(tok) == head.i)), None)
        role = self._role(tokens, noun)
        name, person = self._person(tokens)
        if person is not None:
            # the phrase's own words win: "le président de la Commission de l'Union africaine, Moussa Faki" is the
            # EU's, whatever office the dictionary knows him for
            if not countries and not org and person.country:
                countries = [person.country]
            org = org or person.org
            sector = sector or person.sector
            role = role or person.role_on(self.day)
        base = Actor(text=text, name=name, org=org, sector=sector, role=role,
                     wikidata=person.wikidata if person else None)
        if (not countries or self._undercounted(tokens, head, countries)) and not org and not person and not name:
            earlier = self.actors.coreference.description(head, tokens, noun.role if noun else None)
            if earlier:
                return earlier
            countries = self.actors.coreference.owner_country(head) or self._of_numbered_countries(head)
            if not countries and sector:
                countries = self._where_from(head) or self._possessor_country(head, sector) \
                    or self._sender_country(head) or self._place_of_home_act(head, sector) \
                    or pointing.ruling_place(self.syntax, head, self.tags)
            if not countries and sector and sector != "GOV":  # "the army" after "the Lebanese army"
                kind = self.actors.entities.kind_before(head.i, fold(head.lemma_), sector)
                countries = [kind.country] if kind is not None and kind.country else []
        if not countries:
            return [base] if (org or name or sector) else []
        if len(countries) > 1 and not (name or sector):  # "Chile and Canada": one text each
            return [replace(base, country=c, text=self.actors.mention(c, tokens[0]) or text) for c in countries]
        return [replace(base, country=c) for c in countries]

    def _undercounted(self, tokens: list[Token], head: Token, countries: list[str]) -> bool:
        """A numbered group of countries that names fewer than its number: "both former Soviet
        republics" are two countries the story named, not the Soviet Union."""
        syn = self.syntax
        if fold(head.lemma_) not in syn.country_groups and fold(head.text) not in syn.country_groups:
            return False
        numbers = self.actors.coreference.numbers
        count = next((numbers[fold(t.text)] for t in tokens if fold(t.text) in numbers), 0)
        return count > len(countries)

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

    def _half_name(self, tokens: list[Token]) -> list[str]:
        """"The North", "the North's provocations", "le Sud": the one country the story names whose
        name has that word."""
        for token in tokens:
            countries = self.actors.lexicon.half_names.get(fold(token.text))
            if countries and token.text[:1].isupper():
                named = {c for _, c in self.actors.countries} & countries
                return list(named) if len(named) == 1 else []
        return []

    def _place_of_home_act(self, head: Token, sector: str) -> list[str]:
        """Police and civilians act where they live: the country of the place their clause names
        ("In Nairobi, police opened fire on protesters", "des manifestants ont défilé à Dakar")."""
        verb = self.syntax.clause_verb(head)
        if sector not in HOME_SECTORS or verb is None:
            return []
        for prep, noun in self.syntax.prepositional(verb):
            m = self.tags.get(noun.i)
            if prep in self.syntax.location and m is not None and m.value.kind in ("country", "capital") \
                    and m.value.country:
                return [m.value.country]
        return []

    def _of_numbered_countries(self, head: Token) -> list[str]:
        """The countries of "diplomats of seven countries", "les ambassadeurs des deux pays"."""
        for prep, noun in self.syntax.prepositional(head):
            if prep in self.syntax.genitive and (noun.i not in self.tags or self.tags[noun.i].value.kind == "noun"):
                group = [a.country for a in self.actors.coreference.description(
                    noun, self.syntax.phrase(noun), None) if a.country]
                if group:
                    return group
        return []

    def _sender_country(self, head: Token) -> list[str]:
        """The country of troops or aircraft a state sends ("Russia sent two bombers": Russian bombers)."""
        verb = head.head
        if head.dep_ not in self.syntax.object or fold(verb.lemma_) not in self.lexicon.dispatch_words:
            return []
        return [a.country for s in self.syntax.subjects(verb) for a in self.actors.resolve(s) if a.country][:1]

    def _possessor_country(self, head: Token, sector: str | None = None) -> list[str]:
        """The country of a group named by whose it is ("her immediate family", "ses partisans",
        "Russia's soldiers"); "their forces" are those of the clause's subject."""
        for child in head.children:
            if child.dep_ in self.syntax.possessive or "Yes" in child.morph.get("Poss"):
                bound = self._clause_subject_countries(head) if sector in ARMED \
                    and fold(child.text) in self.syntax.bound_possessives else []
                # (all of a group's: "their foreign ministers" after "Britain, Canada and the US")
                found = bound or list(dict.fromkeys(a.country for a in self.actors.resolve(child) if a.country))
                if found:
                    return found
        return []

    def _clause_subject_countries(self, head: Token) -> list[str]:
        """The countries of the subject of the clause a possessed noun stands in: "the two leaders
        agreed to order their forces", "ont donné instruction à leurs armées" (theirs are the
        subject's)."""
        verb = head.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        subjects = [s for s in self.syntax.inherited_subjects(verb) if s != head and s.pos_ != "PRON"]
        return list(dict.fromkeys(a.country for s in subjects for a in self.actors.resolve(s) if a.country))

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

    def _countries(self, tokens: list[Token], head: Token) -> list[str]:
        """Countries named in the phrase: every one when they are coordinated, else the
        one closest to the head ("the U.S. ambassador to Japan" is American)."""
        found = [(t, tag.country) for t, tag in self.actors.tags_in(tokens) if tag.country]
        if not found:
            return []
        codes = list(dict.fromkeys(c for _, c in found if c))
        if len(codes) == 1:
            return codes
        own = self.tags.get(head.i)
        if own is not None and own.value.kind in ("country", "capital") and own.value.country:
            return [own.value.country]  # "Pékin, gros acheteur du pétrole vénézuélien": Beijing's
        first = found[0][0]
        linked = self.syntax.coordinated(self.doc[self.actors.match_root(first)])
        if self.doc[self.actors.match_root(first)].head == head:  # "armées indienne et française"
            linked |= self.syntax.coordinated(head)
        if any(t.pos_ == "ADJ" and t.dep_ in self.syntax.conj and t.head == head for t, _ in found):
            return codes  # "les services de renseignement français et marocains": the adjective hung on the noun
        coordinated = [c for t, c in found if self.actors.match_root(t) in linked]
        if len(set(coordinated)) > 1:
            return list(dict.fromkeys(c for c in coordinated if c))
        near = min(found, key=lambda tc: (self._depth(tc[0], head), tc[0].i))
        return [near[1]] if near[1] else []

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
        if m is None or m.value.kind != "noun":
            return min(nouns, key=lambda tt: abs(tt[0].i - head.i))[1]
        if m.value.role:
            return m.value
        # "thousands of protesters": a noun of number takes the role of the people it counts
        counted = {n.i for prep, n in self.syntax.prepositional(head) if prep in self.syntax.genitive}
        role = next((tag.role for t, tag in nouns if tag.role and t.i in counted), None)
        return replace(m.value, role=role) if role else m.value

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
            t.pos_ == "PROPN" or (t.text[:1].isupper() and t.pos_ not in FUNCTION_WORDS and (
                self._known_word(t) or t.ent_type_ in PERSON_LABELS)))]  # ("Juan José Zúñiga": José a noun)
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
        while len(run) > 1 and fold(run[0].text).rstrip(".") in self.syntax.honorifics:
            run = run[1:]  # "Ayatollah Ali Khamenei", "Cheikh Tamim": the title is not the name
        name = self.actors.text_of([run[0], run[-1]]) if len(run) > 1 and len(run) - 1 < run[-1].i - run[0].i \
            else " ".join(t.text for t in run)
        # a surname the article gave in full before is that person ("Cho" after "Cho Tae Yul"),
        # whoever else the dictionary knows by it
        person = self.lexicon.people.lookup(name, self.day) if len(run) > 1 else None
        if person is None:
            earlier = self.actors.entities.person_named({fold(t.text) for t in run}, (run[0].i, run[-1].i))
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
        return self.lexicon.people.knows(token.text, derived=False) or any(
            e.name and key in {fold(w) for w in e.name.split()} for e in self.actors.entities)
