"""The ``froissart`` command: a thin layer that parses options, calls the library, prints."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import __version__
from .errors import FroissartError

if TYPE_CHECKING:
    from .model import Skipped
    from .store.reader import Filters


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
@click.option("--recode", is_flag=True, help="Code again articles the store already holds (after a lexicon change).")
@click.option("--merge-window", default=1, show_default=True, type=click.IntRange(0),
              help="Days apart that reports of one event may be dated, when merging them.")
@click.option("--batch", default=512, show_default=True, type=click.IntRange(1),
              help="Articles coded, then stored in one transaction (a run stopped midway keeps whole batches).")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when many articles).")
@click.option("--verbose", is_flag=True, help="Name each article on stderr once it is coded and stored.")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Code on a Dask cluster: a scheduler address, or local:N for N local worker processes.")
@click.option("--parquet-out", type=click.Path(file_okay=False, path_type=Path), default=Path("froissart-parquet"),
              show_default=True, help="With --dask: folder of the events and manifest partitions.")
def code(inputs: tuple[str, ...], fmt: str, out: Path | None, db: Path, no_db: bool, lang: str | None,
         published: str | None, actor_files: tuple[Path, ...], models: tuple[str, ...], recode: bool,
         merge_window: int, batch: int, progress: bool | None, verbose: bool, dask_address: str | None,
         parquet_out: Path) -> None:
    """Code articles (.txt, .html, .jsonl, directories, or - for stdin) into events."""
    from .runner import Run

    try:
        day = dt.date.fromisoformat(published) if published else None
    except ValueError:
        raise click.BadParameter(f"'{published}' is not a date: write YYYY-MM-DD", param_hint="--published") from None
    try:
        run = Run(models=_parse_models(models), actor_files=actor_files, language=lang, published=day,
                  db=None if no_db else db, recode=recode, merge_window=merge_window, batch=batch,
                  warn=lambda origin, message: click.echo(f"warning: {origin}: {message}", err=True))
        stream = open(out, "w", encoding="utf-8") if out else sys.stdout  # noqa: SIM115
        def report(s: Skipped) -> None:
            click.echo(f"skipped {s.origin}: {s.reason}", err=True)

        try:
            if dask_address:
                summary = run.run_dask(list(inputs), dask_address, parquet_out, stream, fmt, on_skip=report)
            else:
                summary = run.run(list(inputs), stream, fmt, progress=progress, on_skip=report,
                                  on_coded=(lambda a: click.echo(f"coded {a.id}", err=True)) if verbose else None)
        finally:
            if out:
                stream.close()
    except FroissartError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    already = f" ({summary.reused} already in the store)" if summary.reused else ""
    click.echo(f"{summary.coded + summary.reused} article(s) coded{already}, {summary.skipped} skipped, "
               f"{summary.events} event(s)" + (f"; {summary.clusters} cluster(s) in {db}" if not no_db else ""),
               err=True)
    if summary.undated:
        click.echo(f"{summary.undated} event(s) have no date: their articles give no publication day, which "
                   "relative dates (\"on Monday\") need; give --published YYYY-MM-DD or a 'published' field",
                   err=True)
    if summary.coded + summary.reused == 0:
        sys.exit(1)


def _filters(date_from: str | None, date_to: str | None, country: str | None, dyad: str | None,
             types: tuple[str, ...], status: str | None, lang: str | None, text: str | None,
             limit: int | None) -> Filters:
    """The filters, checked as the API checks them (validate.py): a wrong value is a usage error."""
    from .validate import selection

    try:
        return selection(date_from, date_to, country, dyad, [t for t in types if t], status, lang, text, limit)
    except FroissartError as exc:
        raise click.UsageError(str(exc)) from None


DB_READ_HELP = ("DuckDB store, or a folder of Parquet parts (froissart export --format parquet, code --dask) "
                "read without loading it.")


def filter_options(f: Any) -> Any:
    for option in reversed([
        click.option("--from", "date_from", help="Events on or after this date (YYYY-MM-DD)."),
        click.option("--to", "date_to", help="Events on or before this date."),
        click.option("--country", help="Events with this country (or organisation) on either side."),
        click.option("--dyad", help="Events between two actors, either way: JPN,USA."),
        click.option("--type", "types", multiple=True, help="PLOVER type; repeatable."),
        click.option("--status", help="reported, planned, negated or hypothetical."),
        click.option("--lang", help="Language of the article."),
        click.option("--text", help="Words the sentence contains."),
    ]):
        f = option(f)
    return f


@main.command()
@filter_options
@click.option("--clusters", is_flag=True, help="Merged real-world events rather than single reports.")
@click.option("--db", type=click.Path(dir_okay=True, path_type=Path), default=Path("froissart.duckdb"),
              show_default=True, help=DB_READ_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv", "parquet"]), default="table",
              show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="File to write (needed for parquet).")
@click.option("--limit", type=int, help="At most this many rows.")
def events(date_from: str | None, date_to: str | None, country: str | None, dyad: str | None,
           types: tuple[str, ...], status: str | None, lang: str | None, text: str | None, clusters: bool,
           db: Path, fmt: str, out: Path | None, limit: int | None) -> None:
    """Query the events (or clusters) of the store, or of a folder of Parquet parts."""
    from .store import open_store

    filters = _filters(date_from, date_to, country, dyad, types, status, lang, text, limit)
    if fmt == "parquet" and out is None:
        raise click.UsageError("--format parquet needs --out FILE")
    try:
        with open_store(db) as store:
            frame = store.clusters(filters) if clusters else store.events(filters)
    except FroissartError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    for column in frame.columns:  # lists and dates as plain values for every format
        if frame[column].dtype == object:
            frame[column] = frame[column].map(lambda v: list(v) if hasattr(v, "tolist") else v)
    if fmt == "parquet":
        frame.to_parquet(out, index=False)
    elif fmt in ("jsonl", "csv"):
        text_out = frame.to_json(orient="records", lines=True, date_format="iso", force_ascii=False) \
            if fmt == "jsonl" else frame.to_csv(index=False)
        if out:
            out.write_text(text_out, encoding="utf-8")
        else:
            click.echo(text_out, nl=False)
    elif not len(frame):
        click.echo("no events")
    else:
        click.echo(_table(frame, clusters), nl=False)


def _table(frame: Any, clusters: bool) -> str:
    """Events (or clusters) of a query as the table ``froissart code`` prints."""
    from .output import TABLE_HEADERS, table, who

    def side(row: dict[str, Any], prefix: str) -> str:
        return who({f: row[f"{prefix}_{f}"] for f in ("country", "org", "sector", "name")
                    if isinstance(row[f"{prefix}_{f}"], str)})

    rows = frame.to_dict(orient="records")
    if clusters:
        shown = ["date", "event_type", "source_code", "target_code", "n_articles", "n_sources", "place_name"]
        return table([[r[c] for c in shown] for r in rows], ["date", "type", "source", "target", "articles",
                                                             "sources", "place"])
    return table([[r["date"], r["event_type"], r["status"], side(r, "source"), side(r, "target"), r["trigger"]]
                  for r in rows], TABLE_HEADERS)


@main.command()
@filter_options
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=Path("froissart.duckdb"),
              show_default=True)
@click.option("--format", "fmt", type=click.Choice(["parquet", "plover", "gdelt"]), required=True,
              help="parquet: a folder partitioned by month; plover: JSON Lines records; gdelt: GDELT 2.0 events.")
@click.option("--out", type=click.Path(path_type=Path), required=True, help="Folder (parquet) or file.")
def export(date_from: str | None, date_to: str | None, country: str | None, dyad: str | None,
           types: tuple[str, ...], status: str | None, lang: str | None, text: str | None, db: Path, fmt: str,
           out: Path) -> None:
    """Export the store for other tools."""
    from .store import open_store
    from .store.export import export_gdelt, export_parquet, export_plover

    filters = _filters(date_from, date_to, country, dyad, types, status, lang, text, None)
    try:
        with open_store(db) as store:
            n = {"parquet": export_parquet, "plover": export_plover, "gdelt": export_gdelt}[fmt](store, out, filters)
    except FroissartError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo(f"{n} event(s) exported to {out}", err=True)


@main.command()
@click.option("--db", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True)
def upgrade(db: Path) -> None:
    """Bring a store written by an older Froissart to this one's schema, in place."""
    from .store import Store
    from .store.schema import SCHEMA_VERSION

    try:
        Store(db).close()
    except FroissartError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo(f"{db}: store schema {SCHEMA_VERSION}", err=True)


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
@click.option("--errors", is_flag=True, help="List every missed gold event and every false positive.")
def evaluate(gold: Path, predictions: Path | None, articles: Path | None, lang: str, tolerance: int,
             errors: bool) -> None:
    """Score events against GOLD: a gold events file (.jsonl) or a PLV-style sentence set (.tsv).

    Without PREDICTIONS, Froissart codes the sentences of the TSV (or --articles) itself."""
    from collections import defaultdict

    from .coder import Coder, records_of
    from .evaluate import load_jsonl as load
    from .evaluate import read_plv, report, report_events, score_by_language, score_plv
    from .model import Article

    coder = Coder()
    if gold.suffix.lower() == ".tsv":
        rows = read_plv(gold, lang)
        if predictions:
            records = load(predictions)
        else:
            docs = [Article(text=r["sentence"], id=str(r["uid"]), language=lang) for r in rows]
            records = [e.as_dict() for _, result in coder.code_many(docs) for e in records_of(result)]
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
            records = [e.as_dict() for _, result in coder.code_many(docs) for e in records_of(result)]
        else:
            raise click.UsageError("give PREDICTIONS or --articles for a gold events file")
        languages = {str(r.get("article_id")): str(r.get("language")) for r in records if r.get("language")}
        if articles:
            languages.update({d.id: d.language or "" for d in docs})
        by_language = score_by_language(load(gold), records, languages, tolerance)
        lines = report_events(by_language, f"{gold.name}: gold events", errors)
    for line in lines:
        click.echo(line)


@main.command()
@click.option("--db", type=click.Path(dir_okay=True, path_type=Path), default=Path("froissart.duckdb"),
              show_default=True, help=DB_READ_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (local only by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--allow-code", is_flag=True, help="Let POST /api/code code and store articles.")
@click.option("--max-body", default=1_000_000, show_default=True, type=click.IntRange(1),
              help="Largest POST body, in bytes.")
@click.option("--code-memory", default=4096, show_default=True, type=click.IntRange(1024),
              help="Memory (MB) the process that codes posted articles may use.")
@click.option("--code-concurrency", default=1, show_default=True, type=click.IntRange(1),
              help="Posted articles coded at once (each in a process of its own).")
def serve(db: Path, host: str, port: int, allow_code: bool, max_body: int, code_memory: int,
          code_concurrency: int) -> None:
    """Serve the HTTP API and the dashboard over a store, or a folder of Parquet parts."""
    import uvicorn

    from .serve import create_app
    from .serve.worker import CodingWorker

    try:
        app = create_app(db, allow_code=allow_code, max_body=max_body,
                         coding=CodingWorker(concurrent=code_concurrency, memory_mb=code_memory))
    except FroissartError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo(f"dashboard: http://{host}:{port}/  API reference: http://{host}:{port}/docs", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
