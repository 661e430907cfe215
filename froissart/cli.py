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


@main.command("train-types")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Model file (default: the packaged one).")
def train_types(out: Path | None) -> None:
    """Train the learned type decision from every language's examples.tsv."""
    from .classify import MODEL_FILE, Encoder, read_examples, train
    from .langdata import data_dir

    examples = read_examples()
    if not examples:
        click.echo("error: no examples.tsv found", err=True)
        sys.exit(2)
    vectors = Encoder().encode([sentence for _, sentence, _ in examples])
    model = train(vectors, [label for _, _, label in examples])
    path = out or data_dir() / MODEL_FILE
    model.save(path)
    click.echo(f"trained on {len(examples)} examples, {len(model.labels)} types: {path}", err=True)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("predictions", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--articles", type=click.Path(exists=True, path_type=Path),
              help="Code these articles first (gold events file without predictions).")
@click.option("--lang", default="en", show_default=True, help="Language of a PLV-style TSV.")
@click.option("--tolerance", default=1, show_default=True, help="Days of slack on dates (gold events).")
def evaluate(gold: Path, predictions: Path | None, articles: Path | None, lang: str, tolerance: int) -> None:
    """Score events against GOLD: a gold events file (.jsonl) or a PLV-style sentence set (.tsv).

    Without PREDICTIONS, Froissart codes the sentences of the TSV (or --articles) itself."""
    import json
    from collections import defaultdict

    from .coder import Coder
    from .evaluate import read_plv, report, score_events, score_plv
    from .model import Article

    def load(path: Path) -> list[dict]:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    coder = Coder()
    if gold.suffix.lower() == ".tsv":
        rows = read_plv(gold, lang)
        if predictions:
            records = load(predictions)
        else:
            docs = [Article(text=r["sentence"], id=str(r["uid"]), language=lang) for r in rows]
            records = [e.as_dict() for _, events in coder.code_many(docs) for e in events]
        events: dict[str, list[dict]] = defaultdict(list)
        for e in records:
            events[str(e.get("article_id"))].append(e)
        lines = report(score_plv(rows, events), f"{gold.name}: {len(rows)} sentences ({lang})", accuracy=True)
    else:
        if predictions:
            records = load(predictions)
        elif articles:
            from .articles import Reader

            docs = [a for a in Reader().read([str(articles)]) if isinstance(a, Article)]
            records = [e.as_dict() for _, events in coder.code_many(docs) for e in events]
        else:
            raise click.UsageError("give PREDICTIONS or --articles for a gold events file")
        lines = report(score_events(load(gold), records, tolerance), f"{gold.name}: gold events")
    for line in lines:
        click.echo(line)
