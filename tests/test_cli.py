"""The froissart command end to end: real pipelines, real DuckDB file, real exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import duckdb
from click.testing import CliRunner

from froissart.cli import main
from tests.conftest import ROOT


def test_cli_codes_examples_into_duckdb(tmp_path):
    db = tmp_path / "events.duckdb"
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(main, ["code", str(ROOT / "examples"), "--format", "jsonl", "--out", str(out),
                                       "--db", str(db)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {e["language"] for e in events} == {"fr", "en"}
    assert len({e["event_type"] for e in events}) >= 8
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == len(events)
    assert con.execute("SELECT count(*) FROM articles WHERE status = 'coded'").fetchone()[0] == 6
    con.close()
    again = CliRunner().invoke(main, ["code", str(ROOT / "examples"), "--format", "csv", "--db", str(db)])
    assert again.exit_code == 0 and again.stdout.startswith("event_id,article_id")
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == len(events), "recoding must not duplicate"
    con.close()


def test_cli_bad_inputs_reported_others_coded(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin1.txt").write_bytes("Le Japon a rencontré la Chine.".encode("latin-1"))
    (tmp_path / "german.txt").write_text("Japan traf China in Peking und sprach über den Handel mit den USA.",
                                         encoding="utf-8")
    (tmp_path / "mixed.jsonl").write_text('{"id": "ok", "text": "Japan condemned North Korea.", "language": "en"}\n'
                                          '{"id": broken}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["code", str(tmp_path), "--format", "jsonl", "--no-db"])
    assert result.exit_code == 0
    for name in ("empty.txt: empty file", "binary.txt: binary", "latin1.txt: not UTF-8", "german.txt: language 'de'",
                 "mixed.jsonl:2: invalid JSON"):
        assert name in result.stderr, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["article_id"] for e in events] == ["ok"]


def test_cli_exit_code_when_nothing_coded(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = subprocess.run([sys.executable, "-m", "froissart", "code", str(tmp_path / "empty.txt"), "--no-db"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 1
    assert "empty file" in proc.stderr


def test_cli_stdin_and_table(tmp_path):
    result = CliRunner().invoke(main, ["code", "-", "--lang", "fr", "--published", "2024-11-15", "--no-db"],
                                input="Le Japon a condamné jeudi la Corée du Nord.")
    assert result.exit_code == 0
    assert "2024-11-14  ACCUSE" in result.stdout


def test_cli_bad_published_date():
    result = CliRunner().invoke(main, ["code", "-", "--published", "15/11/2024", "--no-db"], input="x")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


def test_cli_user_actor_dictionary(tmp_path):
    actors = tmp_path / "actors.tsv"
    actors.write_text("name\taliases\tcountry\torg\tsector\trole\tstart\tend\twikidata\n"
                      "Ana Ferreira Lobo\tFerreira Lobo\tAGO\t\tGOV\tforeign minister\t2020-01-01\t\t\n",
                      encoding="utf-8")
    text = "Ferreira Lobo met the Namibian foreign minister in Windhoek on Monday."
    plain = CliRunner().invoke(main, ["code", "-", "--lang", "en", "--published", "2024-11-15", "--no-db",
                                      "--format", "jsonl"], input=text)
    with_actors = CliRunner().invoke(main, ["code", "-", "--lang", "en", "--published", "2024-11-15", "--no-db",
                                            "--format", "jsonl", "--actors", str(actors)], input=text)
    assert "AGO" not in plain.stdout
    event = json.loads(with_actors.stdout.splitlines()[0])
    assert (event["source"]["country"], event["source"]["role"], event["target"]["country"]) == \
        ("AGO", "foreign minister", "NAM")
