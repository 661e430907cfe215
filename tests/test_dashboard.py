"""The dashboard in a real headless Chromium (Debian's package) against a real server on
127.0.0.1 over a store coded from the examples and from synthetic articles (enough events for the table
to be taller than the window). Screenshots go to test-artifacts/."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import re
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from froissart.cli import main
from froissart.synthetic import articles
from tests.conftest import ROOT, served

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists() and not os.environ.get("CI"),
                                reason="Debian's chromium is not installed (.ci/run installs it)")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dash")
    db, more = folder / "dash.duckdb", folder / "more.jsonl"
    lines = [{"id": a.id, "text": a.text, "language": a.language, "published": a.published.isoformat()}
             for a in articles(8, seed=3, sentences=10)]
    # an event with no target and no place: the table shows what is missing
    lines.append({"id": "gunmen", "language": "en", "published": "2025-06-04",
                  "text": "Gunmen attacked a convoy on Monday, killing five soldiers."})
    more.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = CliRunner().invoke(main, ["code", str(ROOT / "examples"), str(more), "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    with served(db) as url:
        yield url


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        context = browser.new_context(viewport={"width": 1280, "height": 1400})
        blocked: list[str] = []
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server)
                      else (blocked.append(route.request.url), route.abort()))
        tab = context.new_page()
        tab.goto(server + "/")
        tab.wait_for_selector("body[data-ready='1']", timeout=30_000)
        yield tab
        assert not blocked, f"the dashboard asked for outside resources: {blocked}"
        browser.close()


def test_dashboard_loads_every_panel(page):
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    assert page.locator("#events tbody tr").count() > 20
    assert page.locator("#network circle.node").count() >= 6
    assert page.locator("#network line.edge").count() >= 5
    assert page.locator("#timeline rect.bar").count() > 0
    assert page.locator("#map circle.place").count() > 0 and page.locator("#map path").count() > 50


def test_dashboard_filter_and_event_detail(page):
    page.fill("input[name=country]", "FRA")
    page.click("#apply")
    page.wait_for_function("[...document.querySelectorAll('#events tbody tr')].every("
                           "r => r.textContent.includes('FRA'))", timeout=10_000)
    rows = page.locator("#events tbody tr")
    assert 0 < rows.count() < 20
    trigger = rows.nth(0).locator("td").nth(5).inner_text()
    rows.nth(0).click()
    page.wait_for_selector("#detail:not([hidden]) mark.trigger")
    assert page.locator("#detail mark.trigger").inner_text() == trigger
    assert page.locator("#detail mark.source").count() == 1
    facts = page.locator("#detail-facts").inner_text()
    assert "triggers.tsv" in facts or "model" in facts
    assert "publication date" in facts or "modifies" in facts or "story's day" in facts
    assert re.search(r"Source e\d+ · Target e\d+", facts), facts  # the record's entities
    page.screenshot(path=str(ARTIFACTS / "dashboard-event.png"), full_page=True)


def test_dashboard_in_french(page):
    page.select_option("#ui-lang", "fr")
    page.wait_for_function("document.querySelector('#events').closest('.panel').querySelector('h2')"
                           ".textContent === 'Événements'")
    assert page.locator("#apply").inner_text() == "Appliquer"
    assert page.evaluate("document.documentElement.lang") == "fr"
    page.screenshot(path=str(ARTIFACTS / "dashboard-fr.png"), full_page=True)


def show_all(page) -> None:
    """Clear the filters the tests before may have left and wait for the whole table."""
    page.fill("input[name=country]", "")
    page.click("#apply")
    page.wait_for_function("document.querySelectorAll('#events tbody tr[data-id]').length > 60", timeout=10_000)


def api(server: str, path: str):
    with urllib.request.urlopen(server + path, timeout=10) as response:
        return json.load(response)


def in_window(page, selector: str) -> bool:
    return page.evaluate("s => { const r = document.querySelector(s).getBoundingClientRect();"
                         " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight; }", selector)


def test_dashboard_explanation_opens_where_the_row_is(page, server):
    show_all(page)
    assert page.evaluate("document.querySelector('#events').getBoundingClientRect().height > window.innerHeight")
    page.evaluate("window.scrollTo(0, 0)")
    row = page.locator("#events tbody tr[data-id]").nth(10)
    event = api(server, f"/api/events/{row.get_attribute('data-id')}")
    row.click()
    page.wait_for_selector("#detail:not([hidden]) mark.trigger")
    assert in_window(page, "#detail-sentence") and in_window(page, "#detail-facts")
    assert page.locator("#detail-sentence").inner_text() == event["sentence"]
    assert page.locator("#detail mark.trigger").inner_text() == event["explanation"]["trigger"]
    assert event["explanation"]["rule"] in page.locator("#detail-facts").inner_text()
    # right under the row clicked, and closed by a second click
    assert page.evaluate("document.querySelector('#events tr.selected').nextElementSibling.contains("
                         "document.querySelector('#detail'))")
    page.screenshot(path=str(ARTIFACTS / "dashboard-explanation.png"))
    row.click()
    page.wait_for_selector("#detail", state="hidden")
    # from the keyboard: Enter on a focused row opens its explanation
    other = page.locator("#events tbody tr[data-id]").nth(40)
    other.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#detail:not([hidden]) mark.trigger")
    assert in_window(page, "#detail-sentence")
    assert page.locator("#detail-sentence").inner_text() == api(
        server, f"/api/events/{other.get_attribute('data-id')}")["sentence"]


def test_dashboard_timeline_has_axes(page, server):
    show_all(page)
    ys = page.locator("#timeline text.y-tick").all_text_contents()
    assert len(ys) >= 2 and all(re.fullmatch(r"\d+", y) for y in ys), ys
    counts = [int(y) for y in ys]
    assert counts == sorted(counts) and counts[0] == 0
    assert page.locator("#timeline text.axis-title").count() >= 1
    assert page.locator("#timeline text.axis-title").first.text_content().strip()
    xs = [dt.date.fromisoformat(x) for x in page.locator("#timeline text.x-tick").all_text_contents()]
    assert len(xs) >= 3 and xs == sorted(set(xs)), xs
    gaps = [(b - a).days for a, b in itertools.pairwise(xs)]
    assert max(gaps) - min(gaps) <= 1, gaps  # evenly spaced dates
    periods = [dt.date.fromisoformat(r["period"][:10]) for r in api(server, "/api/timeline")]
    assert xs[0] <= min(periods) and xs[-1] >= max(periods)
    # the ticks run left to right across the bars
    positions = [float(x) for x in page.eval_on_selector_all("#timeline text.x-tick",
                                                             "ts => ts.map(t => t.getAttribute('x'))")]
    assert positions == sorted(positions)
    page.locator("#timeline").screenshot(path=str(ARTIFACTS / "dashboard-timeline.png"))


def test_dashboard_missing_values_show_as_a_dash(page, server):
    show_all(page)
    items = api(server, "/api/events?limit=500")["items"]
    missing = [e for e in items if e["place_name"] is None or not (e["target_country"] or e["target_org"])]
    assert missing, "the store should hold an event with no place or no target"
    cells = page.eval_on_selector_all("#events tbody tr[data-id] td", "cs => cs.map(c => c.textContent)")
    assert cells and all(c.strip() and c != "?" for c in cells), "a cell is empty or '?'"
    for e in missing:
        row = page.locator(f"#events tbody tr[data-id='{e['event_id']}'] td").all_inner_texts()
        if e["place_name"] is None:
            assert row[4] == "—", row
        if not (e["target_country"] or e["target_org"]):
            assert row[3] == "—", row
