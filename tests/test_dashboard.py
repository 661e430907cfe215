"""The dashboard in a real headless Chromium (Debian's package) against a real server on
127.0.0.1 over a store coded from the examples. Screenshots go to test-artifacts/."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from froissart.cli import main
from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists() and not os.environ.get("CI"),
                                reason="Debian's chromium is not installed (.ci/run installs it)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("dash") / "dash.duckdb"
    result = CliRunner().invoke(main, ["code", str(ROOT / "examples"), "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "froissart", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{url}/api/events?limit=1", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail(f"server did not start: {proc.stderr.read().decode()}")
    yield url
    proc.terminate()
    proc.wait(timeout=10)


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
