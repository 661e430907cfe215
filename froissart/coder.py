"""The coder: parse an article, then find actors, events, dates and places, and write records."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import when
from .actors import ActorLexicon, DocActors
from .classify import Encoder, TypeModel
from .events import EventFinder, RawEvent, TriggerLexicon, same_actor
from .langdata import LanguageData, load_language
from .model import Actor, Article, EventRecord, Place
from .nlp import Pipelines
from .ontology import Ontology, load_ontology
from .people import PeopleIndex
from .phrases import token_keys
from .syntax import Syntax
from .text import fold
from .where import Gazetteer

LEARNED_THRESHOLD = 0.4
LOCATIVE = frozenset({"a", "en", "dans", "in", "at", "near", "pres de", "sur", "au", "aux"})
PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})


@dataclass
class LanguageTools:
    nlp: Language
    data: LanguageData
    syntax: Syntax
    actors: ActorLexicon
    events: EventFinder
    dates: when.DateFinder


class Coder:
    """Codes articles into event records. Pipelines and tables load on first use."""

    def __init__(self, models: Mapping[str, str] | None = None, actor_files: Iterable[Path] = (),
                 learned: bool = True) -> None:
        self.pipelines = Pipelines(models)
        self.actor_files = [Path(p) for p in actor_files]
        self.learned = learned
        self._tools: dict[str, LanguageTools] = {}

    type_model_ignore = frozenset({"NONE"})

    @cached_property
    def type_model(self) -> TypeModel:
        return TypeModel.load()

    @cached_property
    def encoder(self) -> Encoder:
        return Encoder()

    @cached_property
    def ontology(self) -> Ontology:
        return load_ontology()

    @cached_property
    def people(self) -> PeopleIndex:
        return PeopleIndex(self.actor_files)

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer()

    def tools(self, lang: str) -> LanguageTools:
        if lang not in self._tools:
            data = load_language(lang)
            nlp = self.pipelines.get(lang)

            def tokenize(text: str) -> list[str]:
                return [t.text for t in nlp.tokenizer(text)]

            syntax = Syntax(data)
            self._tools[lang] = LanguageTools(
                nlp=nlp, data=data, syntax=syntax,
                actors=ActorLexicon(data, tokenize, self.people),
                events=EventFinder(TriggerLexicon(data, self.ontology), syntax, data, self.ontology),
                dates=when.DateFinder(data, tokenize),
            )
        return self._tools[lang]

    def warm(self, languages: Iterable[str] = ("fr", "en")) -> None:
        """Load now what is otherwise loaded on first use (pipelines, tables, models)."""
        for lang in languages:
            self.tools(lang)
        if self.learned:
            self.encoder.encode([self.type_model.labels[0]])
        _ = self.gazetteer

    # -- public -------------------------------------------------------------------------
    def code(self, article: Article) -> list[EventRecord]:
        if not article.language:
            raise ValueError("article.language must be set (detect it with froissart.articles.detect_language)")
        tools = self.tools(article.language)
        return self.code_doc(article, tools.nlp(article.text))

    def code_many(self, articles: Iterable[Article],
                  batch_size: int = 64) -> Iterator[tuple[Article, list[EventRecord]]]:
        """Code articles in input order; each language's articles of a batch are parsed
        together with ``nlp.pipe``, however the languages alternate in the input."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def _code_batch(self, batch: list[Article]) -> Iterator[tuple[Article, list[EventRecord]]]:
        docs: dict[int, Doc] = {}
        for lang in dict.fromkeys(a.language or "" for a in batch):
            group = [(i, a) for i, a in enumerate(batch) if (a.language or "") == lang]
            parsed = self.tools(lang).nlp.pipe(a.text for _, a in group)
            docs.update((i, doc) for (i, _), doc in zip(group, parsed, strict=True))
        for i, article in enumerate(batch):
            yield article, self.code_doc(article, docs[i])

    def code_doc(self, article: Article, doc: Doc) -> list[EventRecord]:
        tools = self.tools(article.language or "")
        keys = [token_keys(t) for t in doc]
        dates = tools.dates.find(doc, keys)
        date_tokens = {i for expr in dates for i in range(expr.start, expr.end)}
        doc_actors = DocActors(doc, tools.actors, tools.syntax, article.published, date_tokens, keys)
        raw = tools.events.find(doc_actors)
        if self.learned:
            raw += self._learned_events(tools, doc_actors, {e.sentence.start for e in raw})
        counts = Counter(c for _, c in doc_actors.countries)
        main_country = counts.most_common(1)[0][0] if counts else None
        date_heads = [(expr, when.attachment(expr, doc)) for expr in dates]
        places = self._places(doc, doc_actors, tools)
        records: list[EventRecord] = []
        previous: dt.date | None = None
        for event in sorted(raw, key=lambda e: e.trigger.i):
            day, expr, precision, date_rule = self._date(event, date_heads, article.published, previous)
            if expr is not None and day is not None:
                previous = day
            place, place_rule = self._place(event, places)
            event.pairs = self._situated(event.pairs, place, main_country)
            records.extend(self._records(article, event, day, expr, precision, date_rule, place, place_rule))
        return records

    def _learned_events(self, tools: LanguageTools, doc_actors: DocActors, covered: set[int]) -> list[RawEvent]:
        """Sentences the lexicon left uncoded, typed by the classifier when it is confident."""
        candidates = tools.events.candidates(doc_actors, covered)
        if not candidates:
            return []
        vectors = self.encoder.encode([doc_actors.sentence(verb).text for verb, _, _ in candidates])
        out = []
        for (verb, sources, targets), (label, p) in zip(candidates, self.type_model.predict(vectors), strict=True):
            if label in self.type_model_ignore or p < LEARNED_THRESHOLD:
                continue
            event = tools.events.learned(verb, doc_actors.sentence(verb), sources, targets, label, p)
            if event is not None:
                out.append(event)
        return out

    # -- dates --------------------------------------------------------------------------
    def _date(self, event: RawEvent, date_heads: list[tuple[when.DateExpression, Token]],
              published: dt.date | None, previous: dt.date | None
              ) -> tuple[dt.date | None, when.DateExpression | None, str, str]:
        anchors = {t.i for t in event.anchors}
        for expr, head in date_heads:
            if head.i in anchors and not (expr.start <= event.trigger.i < expr.end):
                resolved = when.resolve(expr, published, previous, future=event.status == "planned")
                if resolved is not None:
                    base = "the event before" if expr.relative_to_event else "the publication date"
                    return resolved.date, expr, resolved.precision, f"'{expr.text}' modifies '{head.text}', from {base}"
        if published is not None:
            return published, None, "article", "no date words on the event: publication date"
        return None, None, "article", "no date words and no publication date"

    # -- places -------------------------------------------------------------------------
    def _places(self, doc: Doc, doc_actors: DocActors, tools: LanguageTools) -> list[tuple[Token, Place]]:
        """Locative phrases ("à Lima", "in Lima", "au Pérou") with their resolved place."""
        countries = {c for _, c in doc_actors.countries}
        candidates: dict[int, Span] = {}
        for i, m in doc_actors.tags.items():
            if m.value.kind == "country" and i == m.start:
                span = doc[m.start:m.end]
                candidates[span.root.i] = span
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS and ent.root.i not in candidates:
                candidates[ent.root.i] = ent
        out: list[tuple[Token, Place]] = []
        for i, span in sorted(candidates.items()):
            token = doc[i]
            if tools.syntax.case_of(token) not in LOCATIVE:
                continue
            m = doc_actors.tags.get(i)
            if m is not None and m.value.kind == "country" and m.value.country:
                out.append((token, self.gazetteer.country_place(span.text, m.value.country)))
                continue
            place = self.gazetteer.place(span.text, countries)
            if place is not None:
                out.append((token, place))
        return out

    def _place(self, event: RawEvent, places: list[tuple[Token, Place]]) -> tuple[Place | None, str]:
        anchors = {t.i for t in event.anchors}
        sentence = event.sentence
        targets = {t.country for _, t in event.pairs if t is not None}
        # "livrer des blindés à l'Ukraine": a country the event is done to is not where it happened
        places = [(t, p) for t, p in places if not (p.precision == "country" and p.country in targets)]
        for token, place in places:
            head = token.head
            if head.dep_ == "prep":
                head = head.head
            if head.i in anchors:
                return place, f"'{place.text}' modifies '{head.text}'"
        in_sentence = [(t, p) for t, p in places if sentence.start <= t.i < sentence.end]
        if len(in_sentence) == 1:
            t, p = in_sentence[0]
            return p, f"the only place named in the sentence ('{p.text}')"
        return None, "no place words on the event"

    @staticmethod
    def _situated(pairs: list[tuple[Actor, Actor | None]], place: Place | None,
                  main_country: str | None) -> list[tuple[Actor, Actor | None]]:
        """Actors named only by their sector ("la police", "protesters") belong to the country
        where the event happened, else to the country the article is mostly about."""
        country = place.country if place is not None and place.country else main_country

        def situate(actor: Actor | None) -> Actor | None:
            if actor is None or actor.country or actor.org or not country or not actor.sector:
                return actor
            return replace(actor, country=country)

        out = []
        for source, target in pairs:
            s, t = situate(source), situate(target)
            if t is not None and same_actor(s, t) and not same_actor(source, target):
                s, t = source, target  # placed in one country they would merge: leave them unplaced
            if s is not None and (t is None or not same_actor(s, t)):
                out.append((s, t))
        return out

    # -- records ------------------------------------------------------------------------
    def _records(self, article: Article, event: RawEvent, day: dt.date | None,
                 expr: when.DateExpression | None, precision: str, date_rule: str,
                 place: Place | None, place_rule: str) -> Iterator[EventRecord]:
        entry = event.entry
        ptype = self.ontology.type(event.type)
        cameo = entry.cameo if event.type == entry.type else ptype.cameo
        trigger_tokens = [event.trigger]
        if entry.with_word:
            trigger_tokens += [c for c in event.trigger.children if fold(c.text) in ("se", "s'", entry.with_word)]
        trigger_tokens += [c for c in event.trigger.children if c.dep_ in ("aux", "aux:tense", "aux:pass", "auxpass")]
        trigger_tokens.sort(key=lambda t: t.i)
        start, end = trigger_tokens[0].idx, trigger_tokens[-1].idx + len(trigger_tokens[-1])
        trigger_text = article.text[start:end]  # the parsed text: Doc.text would rebuild it each time
        sentence = event.sentence.text.strip()
        rule = (event.rule or entry.rule) + (f" ({'; '.join(event.notes)})" if event.notes else "")
        for source, target in event.pairs:
            key = "|".join([article.id, str(start), event.type, source.code() or source.text,
                            (target.code() or target.text) if target else ""])
            yield EventRecord(
                event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
                article_id=article.id, language=article.language or "", event_type=event.type,
                mode=entry.mode if event.type == entry.type else None,
                context=list(entry.context), cameo=cameo, quad_class=ptype.quad,
                goldstein=self.ontology.goldstein_of(cameo), status=event.status,
                source=source, target=target,
                date=day.isoformat() if day else None, date_text=expr.text if expr else None,
                date_precision=precision, location=place, sentence=sentence, trigger=trigger_text,
                span=(start, end), rule=rule, confidence=event.confidence,
                date_rule=date_rule, place_rule=place_rule,
            )
