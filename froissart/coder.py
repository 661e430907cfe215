"""The coder: parse an article, then find actors, events, dates and places, and write records."""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from . import when
from .actors import ActorLexicon, DocActors
from .classify import Encoder, TypeModel
from .dating import EventDate, EventDater
from .errors import CodingError
from .events import EventFinder, RawEvent, TriggerLexicon
from .groups import bounded
from .imitation import Imitations
from .langdata import LanguageData, load_language
from .model import Article, EventRecord
from .nlp import Pipelines, dateline_span
from .ontology import Ontology, load_ontology
from .people import PeopleIndex
from .phrases import token_keys
from .pieces import PIECE_CHARS, pieces
from .placing import EventPlace, EventPlacer, dateline_place
from .references import ReferenceWords
from .repairs import Repairs
from .story import StoryReader, told_pairs
from .syntax import Syntax
from .text import fold
from .where import Gazetteer

LEARNED_THRESHOLD = 0.4
Result = list[EventRecord] | CodingError


@dataclass
class LanguageTools:
    nlp: Language
    data: LanguageData
    syntax: Syntax
    actors: ActorLexicon
    events: EventFinder
    dates: when.DateFinder
    story: StoryReader
    repairs: Repairs
    imitations: Imitations


class Coder:
    """Codes articles into event records. Pipelines and tables load on first use."""

    def __init__(self, models: Mapping[str, str] | None = None, actor_files: Iterable[Path] = (),
                 learned: bool = True, background: bool = False, piece_chars: int = PIECE_CHARS) -> None:
        self.pipelines = Pipelines(models)
        self.actor_files = [Path(p) for p in actor_files]
        self.learned = learned
        # keep, in stories, the acts aimed at no one the article names and history told as background
        self.background = background
        self._tools: dict[str, LanguageTools] = {}
        self.piece_chars = piece_chars  # longer texts are parsed and read piece by piece (pieces.py)

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
            triggers = TriggerLexicon(data, self.ontology)
            references = ReferenceWords(data)
            events = EventFinder(triggers, syntax, data, self.ontology, references)
            self._tools[lang] = LanguageTools(
                nlp=nlp, data=data, syntax=syntax,
                actors=ActorLexicon(data, tokenize, self.people),
                events=events,
                dates=when.DateFinder(data, tokenize),
                story=StoryReader(references, triggers, syntax, self.ontology),
                repairs=Repairs(syntax),
                imitations=Imitations(references, events),
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
        return records_of(next(self._code_batch([article]))[1])

    def code_many(self, articles: Iterable[Article], batch_size: int = 64) -> Iterator[tuple[Article, Result]]:
        """Code articles in input order; each language's articles of a batch are parsed
        together with ``nlp.pipe``, however the languages alternate in the input. An article
        that fails comes with a ``CodingError`` saying why instead of its records: one article
        never stops the others."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def _code_batch(self, batch: list[Article]) -> Iterator[tuple[Article, Result]]:
        """Each article of a batch, parsed (long ones piece by piece: pieces.py) and coded."""
        cut = [[(offset, replace(a, text=text)) for offset, text in pieces(a.text, self.piece_chars)] for a in batch]
        coded: dict[tuple[int, int], list[EventRecord] | CodingError] = {}
        for lang in dict.fromkeys(a.language or "" for a in batch):
            group = [((i, k), offset, piece) for i, parts in enumerate(cut) for k, (offset, piece) in enumerate(parts)
                     if (piece.language or "") == lang]
            for (key, offset, piece), doc in zip(group, self._parse(lang, [p for _, _, p in group]), strict=True):
                coded[key] = self._code_parsed(piece, doc, offset)  # each parse dropped once coded
        for i, article in enumerate(batch):
            results = [coded[i, k] for k in range(len(cut[i]))]
            failed = next((r for r in results if isinstance(r, CodingError)), None)
            records = [r for result in results if not isinstance(result, CodingError) for r in result]
            yield article, failed or (_numbered(records) if len(results) > 1 else records)

    def _parse(self, lang: str, texts: list[Article]) -> Iterator[Doc | CodingError]:
        """The parses of texts of one language, in batches of at most ``piece_chars`` characters
        (memory holds one such batch of parses at a time)."""
        batch: list[Article] = []
        size = 0
        for text in texts:
            if batch and size + len(text.text) > self.piece_chars:
                yield from self._parse_batch(lang, batch)
                batch, size = [], 0
            batch.append(text)
            size += len(text.text)
        yield from self._parse_batch(lang, batch)

    def _parse_batch(self, lang: str, batch: list[Article]) -> Iterator[Doc | CodingError]:
        """Parses of a batch together; when it fails, its texts one by one, so that only the
        text at fault fails."""
        nlp = self.tools(lang).nlp
        done = 0
        try:
            for doc in nlp.pipe(t.text for t in batch):
                yield doc
                done += 1
        except Exception:  # noqa: BLE001 - which text failed is found by parsing them alone
            for alone in batch[done:]:
                try:
                    yield nlp(alone.text)
                except Exception as exc:  # noqa: BLE001 - the article is skipped with this reason
                    yield CodingError(f"the {lang} parser failed: {type(exc).__name__}: {exc}")

    def _code_parsed(self, article: Article, doc: Doc | CodingError, offset: int) -> Result:
        if isinstance(doc, CodingError):
            return doc
        try:
            return self.code_doc(article, doc, offset)
        except Exception as exc:  # noqa: BLE001 - the article is skipped with this reason
            where = traceback.extract_tb(exc.__traceback__)[-1]
            return CodingError(f"coding failed ({type(exc).__name__}: {exc}, in {Path(where.filename).name}:"
                               f"{where.lineno}): please report it with the article")

    def code_doc(self, article: Article, doc: Doc, offset: int = 0) -> list[EventRecord]:
        """The records of a parsed article (or of a piece of one beginning at ``offset``)."""
        tools = self.tools(article.language or "")
        doc = tools.repairs.apply(doc)
        keys = [token_keys(t) for t in doc]
        dates = tools.dates.find(doc, keys)
        date_tokens = {i for expr in dates for i in range(expr.start, expr.end)}
        filed = dateline_span(article.text) if offset == 0 else 0  # (Doc.text would rebuild the text)
        date_tokens |= {t.i for t in doc if t.idx < filed}  # the dateline names no party
        dateline = dateline_place(article.text, self.gazetteer)  # the parsed text (Doc.text would rebuild it)
        doc_actors = DocActors(doc, tools.actors, tools.syntax, article.published, date_tokens, keys,
                               dateline.country if dateline is not None else None)
        raw = tools.events.find(doc_actors)
        story = not self.background and len(doc_actors.sentences) > 1
        if self.learned and len(doc_actors.sentences) == 1:
            # the learned type decision reads a lone sentence (a headline, a sentence set); in a
            # story a sentence no trigger codes is mostly background (measured on evaluation/)
            raw += self._learned_events(tools, doc_actors, {e.sentence.start for e in raw})
        raw = tools.story.read(raw, doc_actors)
        raw += tools.imitations.find(raw, doc_actors)  # (once the story told the earlier acts' targets)
        if story:
            # in a story, an act aimed at no one it names is background or generic; a text of one
            # sentence (a headline, a sentence set) has no story to tell the target
            raw = [e for e in raw if not e.untargeted]
        events = sorted(raw, key=lambda e: e.trigger.i)
        placer = EventPlacer(doc, doc_actors, tools.syntax, self.gazetteer, dateline)
        places = placer.place_all(events)
        if story:  # nor is an act by no one the story can name (no country, no organisation)
            for event in events:
                event.pairs = told_pairs(event)
        dater = EventDater(doc, dates, article.published, doc_actors.lead, tools.events.modality.future,
                           doc_actors.coreference.quoted,
                           tools.syntax.object | tools.syntax.subject | tools.syntax.passive_subject,
                           tools.syntax.oblique | tools.syntax.prep_head, tools.syntax.time_relations)
        told = zip(events, dater.date_all(events), places, strict=True)
        ids = doc_actors.entities.numbering()
        records: list[EventRecord] = []
        for event, when_, where_ in told:
            if story and dater.history(when_):
                continue  # nor is history told as background ("cut ties in January 2016")
            for record in self._records(article, event, when_, where_, offset):
                record.source = replace(record.source, entity=ids.get(record.source.entity or ""))
                if record.target is not None:
                    record.target = replace(record.target, entity=ids.get(record.target.entity or ""))
                records.append(record)
        return _numbered(sorted(_once(records), key=lambda r: (r.span[0], r.event_id)))  # the store's order

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

    # -- records ------------------------------------------------------------------------
    def _records(self, article: Article, event: RawEvent, when_: EventDate, where_: EventPlace,
                 offset: int = 0) -> Iterator[EventRecord]:
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
        start, end = start + offset, end + offset  # offsets in the whole article
        sentence = event.sentence.text.strip()
        pairs, cut = bounded(event.pairs)
        notes = [*event.notes, cut] if cut else event.notes
        rule = (event.rule or entry.rule) + (f" ({'; '.join(notes)})" if notes else "")
        for source, target in pairs:
            key = "|".join([article.id, str(start), event.type, source.code() or source.text,
                            (target.code() or target.text) if target else ""])
            yield EventRecord(
                event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
                article_id=article.id, language=article.language or "", event_type=event.type,
                mode=entry.mode if event.type == entry.type else None,
                context=list(entry.context), cameo=cameo, quad_class=ptype.quad,
                goldstein=self.ontology.goldstein_of(cameo), status=event.status,
                source=source, target=target,
                date=when_.date.isoformat() if when_.date else None, date_text=when_.text,
                date_precision=when_.precision, location=where_.place, sentence=sentence, trigger=trigger_text,
                span=(start, end), rule=rule, confidence=event.confidence,
                date_rule=when_.rule, place_rule=where_.rule,
                date_max=when_.end.isoformat() if when_.end else None,
            )


def records_of(result: Result) -> list[EventRecord]:
    """The records of a ``code_many`` result; its error raised where no failure may pass."""
    if isinstance(result, CodingError):
        raise result
    return result


def _once(records: list[EventRecord]) -> list[EventRecord]:
    """One record per event and pair in an article: a repeat of the same type, actors and day
    (a story tells its news again in its last paragraphs) keeps the first telling."""
    seen: set[tuple[str, str, str, str | None]] = set()
    out = []
    for record in sorted(records, key=lambda r: r.span[0]):
        target = (record.target.code() or record.target.text) if record.target else ""
        key = (record.event_type, record.source.code() or record.source.text, target, record.date)
        if key not in seen:
            seen.add(key)
            out.append(record)
    return out


def _numbered(records: list[EventRecord]) -> list[EventRecord]:
    """Ids unique in the article by construction: a record whose id (article, trigger, type and
    actors) was already given, say two mentions coded alike in one event, takes the id of that
    key and its rank."""
    given: set[str] = set()
    for record in records:
        key, rank = record.event_id, 0
        while record.event_id in given:
            rank += 1
            record.event_id = hashlib.sha1(f"{key}#{rank}".encode()).hexdigest()[:16]
        given.add(record.event_id)
    return records
