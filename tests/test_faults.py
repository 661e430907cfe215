"""Hostile input and failures: bounded records, long texts, one article never stops a batch,
a served store others can write, errors that say what to fix. Real pipelines, real DuckDB
files, real server processes; failures are injected into the real stages."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from froissart.cli import main
from froissart.coder import Coder
from froissart.errors import CodingError
from froissart.groups import GROUP_ROLE, MEMBER_LIMIT, RECORD_LIMIT
from froissart.model import Article
from froissart.runner import Run
from froissart.store import Store
from tests.conftest import ROOT, code_text, served

COUNTRIES_EN = ["Japan", "Kenya", "Brazil", "Canada", "Mexico", "Norway", "Peru", "Chile", "Ghana", "Nepal", "Oman",
                "Qatar", "Spain", "Italy", "Greece", "Poland", "Sweden", "Finland", "Austria", "Belgium"]
COUNTRIES_FR = ["Japon", "Kenya", "Brésil", "Canada", "Mexique", "Norvège", "Pérou", "Chili", "Ghana", "Népal",
                "Oman", "Qatar", "Espagne", "Italie", "Grèce", "Pologne", "Suède", "Finlande", "Autriche", "Belgique"]


def listed(names: list[str], lang: str) -> str:
    words = ", ".join(names[:-1]) + (" and " if lang == "en" else " et ") + names[-1]
    return words


# -- a list of actors gives a bounded number of records -----------------------------------
@pytest.mark.parametrize(("lang", "template"), [
    ("en", "The foreign ministers of {} met in Geneva on Monday."),
    ("en", "Leaders of {} signed a climate accord on Monday."),
    ("fr", "Les ministres des Affaires étrangères de {} se sont réunis lundi à Genève."),
    ("fr", "Les dirigeants de {} ont signé un accord sur le climat lundi."),
])
@pytest.mark.parametrize("n", [3, 20])
@pytest.mark.parametrize("title", ["", "Summit\n\n"])  # a sentence alone, or a story of two paragraphs
def test_a_list_of_actors_gives_bounded_records(coder, lang, template, n, title):
    names = (COUNTRIES_EN if lang == "en" else COUNTRIES_FR)[:n]
    records = code_text(coder, title + template.format(listed(names, lang)), lang)
    if n == 3:  # a short list: every pair
        assert len(records) == 3 and all(r.target is not None and r.target.country for r in records)
        return
    # a long list: one record per member, aimed at the group, not n(n-1)/2 = 190 pairs
    assert n <= len(records) <= MEMBER_LIMIT
    assert all(r.target is not None and r.target.role == GROUP_ROLE for r in records)
    assert len({r.source.country for r in records}) == len(records)
    assert len({r.event_id for r in records}) == len(records)


def test_a_runaway_list_stays_bounded(coder):
    names = [COUNTRIES_EN[i % len(COUNTRIES_EN)] + ("" if i < len(COUNTRIES_EN) else "") for i in range(600)]
    records = code_text(coder, f"The ministers of {listed(names, 'en')} met in Geneva on Monday.", "en")
    assert 0 < len(records) <= RECORD_LIMIT


def test_the_store_keeps_a_sentence_once_not_in_every_record(tmp_path):
    path = tmp_path / "list.txt"
    path.write_text("Summit\n\nThe ministers of " + listed(COUNTRIES_EN, "en") + " met in Geneva on Monday.\n",
                    encoding="utf-8")
    db, out = tmp_path / "s.duckdb", tmp_path / "s.jsonl"
    args = ["code", str(path), "--db", str(db), "--published", "2024-11-15", "--format", "jsonl", "--out", str(out)]
    assert CliRunner().invoke(main, args).exit_code == 0
    coded = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    con = duckdb.connect(str(db), read_only=True)
    kept = con.execute("SELECT count(*), count(DISTINCT sentence), count(json_extract(record, '$.sentence')) "
                       "FROM events").fetchone()
    con.close()
    assert kept == (len(coded), 1, 0) and len(coded) >= len(COUNTRIES_EN)
    assert CliRunner().invoke(main, args).exit_code == 0  # read back from the store: the same records
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == coded


# -- long texts are coded piece by piece --------------------------------------------------
@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "Japan condemned the missile test by North Korea on Monday. Police arrested ten protesters in Nairobi."),
    ("fr", "Le Japon a condamné lundi l'essai de missile de la Corée du Nord. La police a arrêté dix manifestants "
           "à Nairobi."),
])
def test_a_long_text_is_coded_in_pieces_with_its_offsets(lang, paragraph):
    text = "\n\n".join(f"{paragraph} ({k})" for k in range(60))
    small = Coder(piece_chars=600)
    records = small.code(Article(text=text, id="long", language=lang, published=dt.date(2024, 11, 15)))
    assert len(text) > 5 * small.piece_chars
    assert records and all(text[r.span[0]:r.span[1]] == r.trigger for r in records)
    assert max(r.span[0] for r in records) > len(text) // 2, "the last pieces are coded too"
    assert len({r.event_id for r in records}) == len(records)


def test_event_ids_are_unique_in_every_article(coder):
    from froissart.synthetic import articles

    for article, result in coder.code_many(list(articles(12, seed=7))):
        assert not isinstance(result, CodingError)
        assert len({r.event_id for r in result}) == len(result), article.id


# -- one article never stops the batch ----------------------------------------------------
MARK = "Zorglub"
GOOD = ["Japan condemned North Korea on Monday.", "France and Germany signed a trade accord on Tuesday."]


def _inputs(folder: Path) -> list[str]:
    paths = []
    for k, text in enumerate([GOOD[0], f"{MARK} met the Kenyan president on Monday.", GOOD[1]]):
        path = folder / f"a{k}.txt"
        path.write_text(f"Title {k}\n{text}\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def _fail_on_mark(text: str) -> None:
    if MARK in text:
        raise RuntimeError("injected failure")


def _parse_fault(monkeypatch: pytest.MonkeyPatch, run: Run) -> None:
    """A real spaCy component that fails on the marked article, in the real pipeline."""
    from spacy.language import Language

    if not Language.has_factory("froissart_test_fault"):
        @Language.component("froissart_test_fault")
        def fault(doc):  # type: ignore[no-untyped-def]
            _fail_on_mark(doc.text)
            return doc
    run.coder.tools("en").nlp.add_pipe("froissart_test_fault", first=True)  # this run's own pipeline


def _read_fault(monkeypatch: pytest.MonkeyPatch, run: Run) -> None:
    original = run.reader._read_checked

    def reading(origin, data, kind):  # type: ignore[no-untyped-def]
        _fail_on_mark(data.decode())
        return original(origin, data, kind)
    monkeypatch.setattr(run.reader, "_read_checked", reading)


def _code_fault(monkeypatch: pytest.MonkeyPatch, run: Run) -> None:
    original = run.coder.code_doc

    def coding(article, doc, offset=0):  # type: ignore[no-untyped-def]
        _fail_on_mark(article.text)
        return original(article, doc, offset)
    monkeypatch.setattr(run.coder, "code_doc", coding)


def _store_fault(monkeypatch: pytest.MonkeyPatch, run: Run) -> None:
    """A batch holding the marked article fails as a whole (then each article is stored alone)."""
    original = Store.add_batch

    def storing(self, coded, now=None):  # type: ignore[no-untyped-def]
        for article, _ in coded:
            _fail_on_mark(article.text)
        return original(self, coded, now)
    monkeypatch.setattr(Store, "add_batch", storing)


@pytest.mark.parametrize(("stage", "inject", "reason"), [
    ("reading", _read_fault, "reading failed (RuntimeError: injected failure)"),
    ("parsing", _parse_fault, "the en parser failed: RuntimeError: injected failure"),
    ("coding", _code_fault, "coding failed (RuntimeError: injected failure"),
    ("storing", _store_fault, "storing failed (RuntimeError: injected failure)"),
])
def test_a_failure_at_any_stage_skips_that_article_only(tmp_path, monkeypatch, stage, inject, reason):
    db = tmp_path / "store.duckdb"
    run = Run(language="en", published=dt.date(2024, 11, 15), db=db)
    inject(monkeypatch, run)
    skipped: list = []
    out = tmp_path / "out.jsonl"
    with open(out, "w", encoding="utf-8") as stream:
        summary = run.run(_inputs(tmp_path), stream, "jsonl", progress=False, on_skip=skipped.append)
    assert (summary.coded, summary.skipped) == (2, 1), stage
    assert [s.reason for s in skipped][0].startswith(reason), skipped
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {e["sentence"] for e in events} == set(GOOD), "the other articles are coded"
    con = duckdb.connect(str(db), read_only=True)
    rows = dict(con.execute("SELECT status, count(*) FROM articles GROUP BY status").fetchall())
    why = con.execute("SELECT reason FROM articles WHERE status = 'skipped'").fetchone()[0]
    con.close()
    assert rows == {"coded": 2, "skipped": 1} and why.startswith(reason)


# -- errors that say what to fix ------------------------------------------------------------
@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("faults") / "examples.duckdb"
    result = CliRunner().invoke(main, ["code", str(ROOT / "examples"), "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize("command", [["events"], ["export", "--format", "plover", "--out", "x.jsonl"],
                                     ["code", str(ROOT / "examples" / "en-navy-drills.txt")]])
def test_a_truncated_store_is_a_clear_error(store, tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    cut = tmp_path / "cut.duckdb"
    data = store.read_bytes()
    cut.write_bytes(data[:len(data) // 2])
    result = CliRunner().invoke(main, [*command, "--db", str(cut)])
    assert result.exit_code == 2, result.output
    assert "cut short or damaged" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize(("options", "param", "value"), [
    (["--type", "FOO"], "type", "FOO"),
    (["--country", "Japan"], "country", "Japan"),
    (["--country", "J1N"], "country", "J1N"),
    (["--dyad", "JPN"], "dyad", "JPN"),
    (["--status", "rumoured"], "status", "rumoured"),
    (["--from", "15/11/2024"], "from", "15/11/2024"),
])
def test_cli_and_api_refuse_the_same_filters_with_the_same_words(store, options, param, value):
    from fastapi.testclient import TestClient

    from froissart.serve import create_app

    result = CliRunner().invoke(main, ["events", "--db", str(store), *options])
    assert result.exit_code == 2
    with TestClient(create_app(store)) as client:
        answer = client.get("/api/events", params={param: value})
    assert answer.status_code == 422
    assert answer.json()["detail"] in result.stderr


# -- a served store: others write to it, reads stay fast while an article is coded ---------
def _total(url: str) -> int:
    with urllib.request.urlopen(f"{url}/api/events?limit=1", timeout=30) as answer:
        return int(json.load(answer)["total"])


def test_code_adds_to_a_served_store_and_the_server_shows_it(store, tmp_path):
    db = tmp_path / "served.duckdb"
    db.write_bytes(store.read_bytes())
    with served(db) as url:
        before = _total(url)
        article = tmp_path / "new.txt"
        article.write_text("Sanctions\nCanada imposed sanctions on Iran on Monday.\n", encoding="utf-8")
        result = subprocess.run([sys.executable, "-m", "froissart", "code", str(article), "--db", str(db),
                                 "--published", "2024-11-15"], capture_output=True, text=True, timeout=300, check=False)
        assert result.returncode == 0, result.stderr
        assert _total(url) > before


def test_reads_are_answered_while_an_article_is_coded(store, tmp_path):
    """A read sent while a posted article is being coded is answered before that article is."""
    db = tmp_path / "coding.duckdb"
    db.write_bytes(store.read_bytes())
    text = " ".join(f"Japan condemned the missile test by North Korea on Monday ({k})." for k in range(60))
    finished: dict[str, float] = {}

    def post(url: str) -> None:
        body = json.dumps({"text": text, "language": "en", "published": "2024-11-15"}).encode()
        request = urllib.request.Request(f"{url}/api/code", data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=300) as answer:
            assert answer.status == 200
        finished["post"] = time.monotonic()

    with served(db, "--allow-code") as url:
        poster = threading.Thread(target=post, args=(url,))
        poster.start()
        time.sleep(0.5)
        _total(url)
        finished["get"] = time.monotonic()
        poster.join(timeout=300)
        assert finished["get"] < finished["post"]


# -- frictions ------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "asked"), [
    ("en", "Japan condemned the missile test carried out by North Korea on Monday, and China urged restraint.",
     "fr"),
    ("fr", "Le Japon a condamné lundi l'essai de missile mené par la Corée du Nord, et la Chine a appelé au calme.",
     "en"),
])
def test_a_lang_that_contradicts_the_text_is_told(tmp_path, lang, text, asked):
    path = tmp_path / f"{lang}.txt"
    path.write_text(f"Title\n{text}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["code", str(path), "--no-db", "--lang", asked, "--published", "2024-11-15"])
    assert result.exit_code == 0
    assert f"coded as '{asked}' as asked, but the text looks '{lang}'" in result.stderr
    right = CliRunner().invoke(main, ["code", str(path), "--no-db", "--lang", lang, "--published", "2024-11-15"])
    assert "warning" not in right.stderr


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Japan condemned North Korea on Monday."),
    ("fr", "Le Japon a condamné la Corée du Nord lundi."),
])
def test_undated_events_come_with_a_hint(tmp_path, lang, text):
    path = tmp_path / "t.txt"
    path.write_text(f"Title\n{text}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["code", str(path), "--no-db"])
    assert "have no date" in result.stderr and "--published" in result.stderr
    dated = CliRunner().invoke(main, ["code", str(path), "--no-db", "--published", "2024-11-15"])
    assert "have no date" not in dated.stderr


def test_tables_keep_whole_names_and_one_missing_mark(store, tmp_path):
    from froissart.output import MISSING

    coded = CliRunner().invoke(main, ["code", str(ROOT / "examples"), "--no-db", "--format", "table"])
    listed_ = CliRunner().invoke(main, ["events", "--db", str(store), "--country", "BLR"])
    for output in (coded.stdout, listed_.stdout):
        assert "Alexander Lukashenko" in output
        assert not any(word in output.split() for word in ("NaN", "None", "nan", "-", "?"))
    undated = tmp_path / "undated.txt"
    undated.write_text("Title\nRebels attacked a convoy of Malian soldiers on Monday.\n", encoding="utf-8")
    table = CliRunner().invoke(main, ["code", str(undated), "--db", str(tmp_path / "u.duckdb")]).stdout
    assert table.splitlines()[1].startswith(MISSING)  # no date
    assert table == CliRunner().invoke(main, ["events", "--db", str(tmp_path / "u.duckdb")]).stdout


def test_the_readme_queries_find_events_in_the_examples(store):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(line for line in readme.splitlines() if line.startswith("froissart events --country"))
    words = line.split("[")[0].split()[2:]
    optional = [w for group in re.findall(r"\[([^\]]+)\]", line) for w in group.split()]
    for options in (words, [*words, *optional]):
        result = CliRunner().invoke(main, ["events", "--db", str(store), *options])
        assert result.exit_code == 0 and "no events" not in result.stdout, (options, result.output)


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("emoji.txt", "😀 🎉 👍 🔥 ".encode() * 20, "no words in the text"),
    ("numbers.txt", b"12 345 678 -- 90 %\n" * 5, "no words in the text"),
    ("paper.txt", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" * 20, "a PDF document"),
    ("archive.txt", b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml" * 20, "a ZIP archive"),
    ("letter.txt", b"{\\rtf1\\ansi Japan met China.}", "an RTF document"),
])
def test_unreadable_inputs_are_skipped_for_their_real_cause(tmp_path, name, data, reason):
    from froissart.articles import Reader

    (tmp_path / name).write_bytes(data)
    [item] = list(Reader().read([str(tmp_path / name)]))
    assert not isinstance(item, Article) and item.reason.startswith(reason), item


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Japanese foreign minister met his Chinese counterpart in Beijing on Monday."),
    ("fr", "Le ministre japonais des Affaires étrangères a rencontré lundi son homologue chinois à Pékin."),
])
def test_deeply_nested_html_is_read(tmp_path, lang, text):
    from froissart.articles import Reader

    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 5000 + f"<p>{text} {text}</p>" + "</div>" * 5000 + "</body></html>",
                    encoding="utf-8")
    [item] = list(Reader().read([str(path)]))
    assert isinstance(item, Article) and text in item.text and item.language == lang
