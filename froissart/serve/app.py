"""The HTTP API (FastAPI) and the dashboard it serves, offline: no asset comes from a CDN.

The store is opened for each request (read-only, unless ``allow_code`` lets ``POST /api/code``
add articles) and let go after it, so that ``froissart code`` can add to a served store; an
article posted is coded in a process of its own (worker.py) so that reads stay fast. Every filter
is checked as the CLI checks it (validate.py: 422 with the same message) and passed to DuckDB as
a parameter, so text that looks like SQL stays text.
"""

import datetime as dt
import html
import math
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Body, Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from .. import validate
from ..errors import FilterError, FroissartError, StoreError
from ..store.folder import open_reader
from ..store.reader import CLUSTER_ORDER, EVENT_ORDER, Filters, StoreReader
from .worker import Busy, CodingWorker, TooLarge

STATIC = Path(__file__).parent / "static"
MAX_BODY = 1_000_000


def selection(
    date_from: Annotated[str | None, Query(alias="from", description="On or after (YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="On or before (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, Query(description="Country (ISO3) or organisation, either side.")] = None,
    dyad: Annotated[str | None, Query(description="Two actor codes, either way: JPN,USA.")] = None,
    types: Annotated[list[str] | None, Query(alias="type", description="PLOVER type; repeatable.")] = None,
    status: Annotated[str | None, Query(description="reported, planned, negated or hypothetical.")] = None,
    lang: Annotated[str | None, Query(description="Language of the article (fr, en).")] = None,
    text: Annotated[str | None, Query(description="Words the sentence contains (literally).")] = None,
) -> Filters:
    """The filters every list endpoint takes, checked as ``froissart events`` checks them
    (validate.py): 422 with the same message."""
    try:
        return validate.selection(date_from, date_to, country, dyad, types, status, lang, text)
    except FilterError as exc:
        raise HTTPException(422, detail=str(exc)) from None


Selection = Annotated[Filters, Depends(selection)]
Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query()]
After = Annotated[str | None, Query(description="The 'next' cursor of the previous page: pages as deep as you "
                                                "like, as fast as the first (offset slows down with depth).")]
Order = Annotated[Literal["asc", "desc"], Query()]


class CodeRequest(BaseModel):
    text: str = Field(min_length=1, description="The article's text.")
    id: str | None = None
    title: str | None = None
    published: dt.date | None = None
    language: Literal["fr", "en"] | None = None
    url: str | None = None
    source: str | None = Field(default=None, description="The outlet.")


def _clean(value: Any) -> Any:
    """JSON-ready values: no NaN (nor NaT, an undated event), dates as YYYY-MM-DD, times in ISO 8601,
    lists as lists."""
    if (isinstance(value, float) and math.isnan(value)) or (isinstance(value, dt.datetime) and value != value):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "tolist"):
        return value.tolist()
    return value


def _page(f: Filters, limit: int, offset: int, sort: str, order: str, after: str | None) -> Filters:
    """The selection narrowed to one sorted page (after a cursor, or at an offset)."""
    try:
        limit, offset = validate.page(limit, offset)  # type: ignore[assignment]
        last = validate.cursor(after, sort, order == "desc")
    except FilterError as exc:
        raise HTTPException(422, detail=str(exc)) from None
    return replace(f, limit=limit, offset=offset, order=sort, descending=order == "desc", after=last)


def _listed(items: list[dict[str, Any]], f: Filters, key: str) -> dict[str, Any]:
    """A page of items, with the cursor of the next page when this one is full."""
    full = f.limit is not None and len(items) == f.limit
    after = validate.next_cursor(f.order, f.descending, items[-1][f.order], items[-1][key]) if full else None
    return {"limit": f.limit, "offset": f.offset, "next": after, "items": items}


def _records(frame: Any) -> list[dict[str, Any]]:
    return [{k: _clean(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def create_app(db: Path, allow_code: bool = False, max_body: int = MAX_BODY,
               coding: CodingWorker | None = None) -> FastAPI:
    """The application object; ``uvicorn`` serves it, tests call it in-process.

    The store is opened for each request and let go after it, so that ``froissart code`` can
    add to a served store (a request waits while a batch is written) and the dashboard shows
    the new events; it is checked once here, so that a wrong path fails at start. ``db`` may be
    a folder of Parquet parts (``store.folder``), read-only: no clusters there, nor coding."""
    if allow_code:
        from ..store import Store

        if Path(db).is_dir():
            raise StoreError("cannot code into a Parquet folder: serve a store file to use --allow-code")
        Store(db).close()
    open_reader(db, read_only=not allow_code).close()
    worker = coding or CodingWorker()

    def store() -> Iterator[StoreReader]:
        with open_reader(db, read_only=not allow_code) as reader:
            yield reader

    Reader = Annotated[StoreReader, Depends(store)]

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        worker.close()

    app = FastAPI(title="Froissart", version=_version(), docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Political events coded from news by Froissart: query events, clusters of merged "
                              "reports, dyads, timelines and articles.")

    @app.get("/api/events", summary="Events, filtered, sorted and paginated")
    def events(r: Reader, f: Selection, limit: Limit = 100, offset: Offset = 0,
               sort: Annotated[Literal[tuple(sorted(EVENT_ORDER))], Query()] = "date",  # type: ignore[valid-type]
               order: Order = "asc", after: After = None) -> dict[str, Any]:
        f = _page(f, limit, offset, sort, order, after)
        return {"total": r.count(replace(f, after=None)), **_listed(_records(r.events(f)), f, "event_id")}

    @app.get("/api/events/{event_id}", summary="One event with its sentence, trigger and reasoning")
    def event(r: Reader, event_id: str) -> dict[str, Any]:
        record = r.event(event_id)
        if record is None:
            raise HTTPException(404, detail=f"no event '{event_id}'")
        sentence, trigger = record["sentence"], record["trigger"]
        start = sentence.find(trigger)
        record["explanation"] = {
            "sentence": sentence, "trigger": trigger,
            "trigger_in_sentence": [start, start + len(trigger)] if start >= 0 else None,
            "source_text": record["source"]["text"], "target_text": (record.get("target") or {}).get("text"),
            "rule": record["rule"], "date": record.get("date_rule"), "place": record.get("place_rule"),
        }
        return record

    @app.get("/api/clusters", summary="Real-world events merged from several reports")
    def clusters(r: Reader, f: Selection, limit: Limit = 100, offset: Offset = 0,
                 sort: Annotated[Literal[tuple(sorted(CLUSTER_ORDER))], Query()] = "date",  # type: ignore[valid-type]
                 order: Order = "asc", after: After = None) -> dict[str, Any]:
        f = _page(f, limit, offset, sort, order, after)
        return {"total": r.count(replace(f, after=None), clusters=True),
                **_listed(_records(r.clusters(f)), f, "cluster_id")}

    @app.get("/api/dyads", summary="Event counts by actor pair and type over a period, the largest first")
    def dyads(r: Reader, f: Selection, limit: Annotated[int, Query(ge=1, le=100_000)] = 1000) -> list[dict[str, Any]]:
        return _records(r.dyads(replace(f, limit=limit)))

    @app.get("/api/timeline", summary="Event counts per day or week, by quad class")
    def timeline(r: Reader, f: Selection,
                 interval: Annotated[Literal["day", "week", "month"], Query()] = "day") -> list[dict[str, Any]]:
        return _records(r.timeline(f, interval))

    @app.get("/api/articles/{article_id}", summary="One article, its status and its events")
    def article(r: Reader, article_id: str) -> dict[str, Any]:
        found = r.article(article_id)
        if found is None:
            raise HTTPException(404, detail=f"no article '{article_id}'")
        out = {k: _clean(v) for k, v in found.items()}
        out["events"] = _records(r.query("SELECT event_id, event_type, date, trigger FROM events WHERE article_id = ?"
                                         " ORDER BY span_start", [article_id]).df())
        return out

    @app.post("/api/code", summary="Code a posted article (only with --allow-code)")
    async def code(body: Annotated[CodeRequest, Body()]) -> dict[str, Any]:
        if not allow_code:
            raise HTTPException(403, detail="coding is disabled: start the server with --allow-code")
        from ..articles import Reader as ArticleReader
        from ..model import Article

        item = ArticleReader().from_fields(body.model_dump(mode="json"), "POST /api/code")
        if not isinstance(item, Article):
            raise HTTPException(422, detail=item.reason)
        try:
            records = await worker.code(item)
        except Busy as exc:
            raise HTTPException(429, detail=str(exc)) from None
        except TooLarge as exc:
            raise HTTPException(413, detail=str(exc)) from None
        await run_in_threadpool(_keep, db, item, records)
        return {"article_id": item.id, "language": item.language, "events": [r.as_dict() for r in records]}

    @app.middleware("http")
    async def limit_body(request: Request, call_next: Any) -> Any:
        if request.method == "POST":
            length = request.headers.get("content-length", "")
            if not length.isdigit():
                return JSONResponse({"detail": "send the body with a Content-Length"}, 411)
            if int(length) > max_body:
                return JSONResponse({"detail": f"request body of {length} bytes is over the limit of {max_body}: "
                                               "send a shorter article"}, 413)
        return await call_next(request)

    @app.exception_handler(FroissartError)
    async def froissart_error(request: Request, exc: FroissartError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, 503 if isinstance(exc, StoreError) else 422)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> str:
        return _docs_page(app.openapi())

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _keep(db: Path, article: Any, records: list[Any]) -> None:
    """Store a coded article and merge, holding the store only meanwhile."""
    from ..store import Store

    with Store(db) as store:
        store.add_coded(article, records)
        store.merge()


def _version() -> str:
    from .. import __version__

    return __version__


def _docs_page(spec: dict[str, Any]) -> str:
    """The API reference from the OpenAPI document, as plain HTML (no CDN)."""
    rows = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            params = ", ".join(f"<code>{html.escape(p['name'])}</code>" for p in op.get("parameters", []))
            rows.append(f"<tr><td><b>{method.upper()}</b></td><td><code>{html.escape(path)}</code></td>"
                        f"<td>{html.escape(op.get('summary', ''))}</td><td>{params}</td></tr>")
    return ("<!doctype html><meta charset=utf-8><title>Froissart API</title><link rel=stylesheet "
            "href=/static/style.css><main class=docs><h1>Froissart API</h1><p>OpenAPI document: "
            "<a href=/openapi.json>/openapi.json</a></p><table><tr><th>method</th><th>path</th><th>what</th>"
            f"<th>parameters</th></tr>{''.join(rows)}</table></main>")
