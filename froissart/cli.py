"""The ``froissart`` command: a thin layer that parses options, calls the library, prints."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from . import __version__
from .errors import FroissartError


def _parse_models(values: tuple[str, ...]) -> dict[str, str]:
    models = {}
    for value in values:
        lang, sep, name = value.partition("=")
        if not sep or not lang or not name:
            raise click.BadParameter(f"'{value}': write LANG=PIPELINE, e.g. fr=fr_core_news_lg")
        models[lang] = name
    return models


@click.group()
@click.version_option(__version__, prog_name="froissart")
def main() -> None:
    """Froissart codes news articles into political event records (PLOVER, with CAMEO)."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default="table",
              show_default=True, help="Output format.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write events here, not stdout.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=Path("froissart.duckdb"),
              show_default=True, help="DuckDB store the events are added to.")
@click.option("--no-db", is_flag=True, help="Do not write the DuckDB store.")
@click.option("--lang", help="Language of every article (else given per article, or detected).")
@click.option("--published", help="Publication date (YYYY-MM-DD) of articles that give none.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Extra actor dictionary (format of froissart/data/people.tsv); repeatable.")
@click.option("--model", "models", multiple=True, help="spaCy pipeline for a language, LANG=NAME; repeatable.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when many articles).")
def code(inputs: tuple[str, ...], fmt: str, out: Path | None, db: Path, no_db: bool, lang: str | None,
         published: str | None, actor_files: tuple[Path, ...], models: tuple[str, ...],
         progress: bool | None) -> None:
    """Code articles (.txt, .html, .jsonl, directories, or - for stdin) into events."""
    from .runner import Run

    try:
        day = dt.date.fromisoformat(published) if published else None
    except ValueError:
        raise click.BadParameter(f"'{published}' is not a date: write YYYY-MM-DD", param_hint="--published") from None
    try:
        run = Run(models=_parse_models(models), actor_files=actor_files, language=lang, published=day,
                  db=None if no_db else db)
        stream = open(out, "w", encoding="utf-8") if out else sys.stdout  # noqa: SIM115
        try:
            summary = run.run(list(inputs), stream, fmt, progress=progress,
                              on_skip=lambda s: click.echo(f"skipped {s.origin}: {s.reason}", err=True))
        finally:
            if out:
                stream.close()
    except FroissartError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo(f"{summary.coded} article(s) coded, {summary.skipped} skipped, {summary.events} event(s)"
               + (f"; stored in {db}" if not no_db else ""), err=True)
    if summary.coded == 0:
        sys.exit(1)
