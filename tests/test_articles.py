"""Reading articles: formats, normalisation, language detection and bad input."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from froissart.articles import Reader
from froissart.model import Article, Skipped
from froissart.text import normalise


def read(*paths: str, **kwargs) -> list[Article | Skipped]:
    return list(Reader(**kwargs).read(paths))


@pytest.mark.parametrize(("raw", "expected"), [
    ("« Bonjour\u202f»", "« Bonjour »"),
    ("un\u00a0deux", "un deux"),
    ("l\u2019alliance", "l'alliance"),
    ("\u201cquoted\u201d", '"quoted"'),
    ("Cafe\u0301", "Café"),
    ("Titre\n\nTitre\n\nCorps", "Titre\n\nCorps"),
    ("a\r\nb", "a\nb"),
])
def test_articles_normalise(raw, expected):
    assert normalise(raw) == expected


def test_articles_text_file_title_and_repeat(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Le Japon rencontre la Chine\nLe Japon rencontre la Chine\n\nLe Japon a rencontré la Chine jeudi.",
                 encoding="utf-8")
    [article] = read(str(f), published=dt.date(2024, 11, 15))
    assert article.title == "Le Japon rencontre la Chine"
    assert article.text.count("Le Japon rencontre la Chine") == 1
    assert article.language == "fr" and article.published == dt.date(2024, 11, 15)


def test_articles_html_main_text(tmp_path):
    f = tmp_path / "a.html"
    body = " ".join(["Japan and China held talks in Beijing on Monday, the foreign ministry said."] * 3)
    f.write_text(f"<html><head><title>Talks</title></head><body><nav>Home | World</nav>"
                 f"<article><h1>Talks in Beijing</h1><p>{body}</p></article></body></html>", encoding="utf-8")
    [article] = read(str(f))
    assert isinstance(article, Article)
    assert "held talks in Beijing" in article.text and "Home | World" not in article.text
    assert article.language == "en"


def test_articles_jsonl_fields_and_dateline(tmp_path):
    f = tmp_path / "a.jsonl"
    rows = [{"id": "x1", "text": "Japan met China.", "published": "2024-11-15T08:00:00Z", "url": "http://e/1",
             "source": "Wire"},
            {"text": "NAIROBI, June 4, 2025 - Kenya met Uganda on Tuesday.", "language": "en"}]
    f.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    first, second = read(str(f))
    assert (first.id, first.published, first.url, first.outlet) == ("x1", dt.date(2024, 11, 15), "http://e/1", "Wire")
    assert second.published == dt.date(2025, 6, 4) and len(second.id) == 16


def test_articles_directory_recursive(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Japan met China on Monday in Beijing.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Le Japon a rencontré la Chine lundi à Pékin.", encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    got = read(str(tmp_path))
    assert [a.language for a in got] == ["fr", "en"]


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("Le Japon a rencontré la Chine à Pékin.".encode("latin-1"), "not UTF-8"),
    ("Japan traf China in Peking und sprach über den Handel mit den Vereinigten Staaten.".encode(), "not supported"),
])
def test_articles_bad_input_is_skipped_with_reason(tmp_path, content, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    [skipped] = read(str(f))
    assert isinstance(skipped, Skipped) and reason in skipped.reason


def test_articles_broken_jsonl_line_loses_nothing_else(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "1", "text": "Japan met China.", "language": "en"}\n{"id": "2", "text": \n'
                 '{"id": "3", "text": "Le Japon a rencontré la Chine.", "language": "fr"}\n{"id": "4"}\n',
                 encoding="utf-8")
    got = read(str(f))
    assert [type(x).__name__ for x in got] == ["Article", "Skipped", "Article", "Skipped"]
    assert "invalid JSON on line 2" in got[1].reason and "no text" in got[3].reason


def test_articles_missing_file(tmp_path):
    [skipped] = read(str(tmp_path / "nope.txt"))
    assert skipped.reason == "no such file"


def test_articles_forced_language(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Japan met China.", encoding="utf-8")
    [article] = read(str(f), language="en")
    assert article.language == "en"
