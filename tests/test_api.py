"""The HTTP API in-process (httpx through FastAPI's TestClient): every endpoint and filter,
validation errors, body limits, and SQL-looking strings kept as data."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from froissart.cli import main
from froissart.serve import create_app
from tests.conftest import ROOT, SHARED


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "api.duckdb"
    inputs = [str(ROOT / "examples")]
    if (SHARED / "samples" / "articles.jsonl").exists():
        inputs.append(str(SHARED / "samples" / "articles.jsonl"))
    result = CliRunner().invoke(main, ["code", *inputs, "--db", str(path), "--no-progress"])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


def items(client, **params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_api_events_pagination_and_sorting(client):
    everything = items(client, limit=1000)
    assert everything["total"] == len(everything["items"]) > 30
    page = items(client, limit=5, offset=5, sort="date", order="desc")
    assert [e["event_id"] for e in page["items"]] == \
        [e["event_id"] for e in items(client, limit=10, sort="date", order="desc")["items"]][5:10]
    dates = [e["date"] for e in items(client, sort="date", limit=1000)["items"]]
    assert dates == sorted(dates) and all(len(d) == 10 for d in dates)
    scores = [e["goldstein"] for e in items(client, sort="goldstein", order="desc", limit=1000)["items"]]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(("params", "check"), [
    ({"from": "2025-06-01", "to": "2025-06-30"}, lambda e: "2025-06-01" <= e["date"] <= "2025-06-30"),
    ({"country": "BLR"}, lambda e: "BLR" in (e["source_country"], e["target_country"])),
    ({"country": "eu"}, lambda e: "EU" in (e["source_org"], e["target_org"])),
    ({"dyad": "DEU,FRA"}, lambda e: {e["source_country"], e["target_country"]} == {"FRA", "DEU"}),
    ({"type": ["SANCTION", "COERCE"]}, lambda e: e["event_type"] in ("SANCTION", "COERCE")),
    ({"status": "planned"}, lambda e: e["status"] == "planned"),
    ({"lang": "fr"}, lambda e: e["language"] == "fr"),
    ({"text": "Dakar"}, lambda e: "Dakar" in e["sentence"]),
])
def test_api_events_filters(client, params, check):
    found = items(client, limit=1000, **params)["items"]
    assert found and all(check(e) for e in found)


@pytest.mark.parametrize("value", ["'; DROP TABLE events; --", "x' OR '1'='1", "%' UNION SELECT * FROM articles --"])
def test_api_sql_is_data(client, value):
    assert items(client, text=value)["total"] == 0
    assert client.get("/api/events/" + value.replace("/", "")).status_code == 404
    assert items(client)["total"] > 0, "the table is still there"


@pytest.mark.parametrize(("path", "params", "fragment"), [
    ("/api/events", {"from": "15/11/2024"}, "date"),
    ("/api/events", {"from": "2025-02-01", "to": "2025-01-01"}, "after"),
    ("/api/events", {"type": "BOGUS"}, "AGREE"),
    ("/api/events", {"limit": 0}, "greater than or equal"),
    ("/api/events", {"limit": 5000}, "less than or equal"),
    ("/api/events", {"sort": "sentence; DROP"}, "confidence"),
    ("/api/events", {"country": "J1N"}, "no country"),
    ("/api/events", {"country": "Japan"}, "JPN"),
    ("/api/events", {"offset": 9223372036854775808}, "offset"),
    ("/api/events", {"dyad": "JPN"}, "two actor codes"),
    ("/api/events", {"status": "rumoured"}, "choose among"),
    ("/api/clusters", {"sort": "bogus"}, "n_articles"),
    ("/api/timeline", {"interval": "hour"}, "day"),
])
def test_api_invalid_filters_are_422(client, path, params, fragment):
    response = client.get(path, params=params)
    assert response.status_code == 422
    assert fragment in response.text


@pytest.mark.parametrize("value", ["%", "_", "%%", "\\"])
def test_api_text_search_is_literal(client, value):
    """LIKE wildcards are letters like others: "%" finds the sentences that contain "%"."""
    found = items(client, text=value, limit=1000)["items"]
    assert all(value in e["sentence"] for e in found)
    assert len(found) < items(client)["total"]


def test_api_event_detail_explains(client):
    dated = [e for e in items(client, limit=1000)["items"] if e["date"] and e["place_name"]]
    event = dated[0]
    detail = client.get(f"/api/events/{event['event_id']}").json()
    x = detail["explanation"]
    start, end = x["trigger_in_sentence"]
    assert x["sentence"][start:end] == detail["trigger"]
    assert x["rule"] and x["date"] and x["place"] and detail["cluster_id"]
    assert client.get("/api/events/0000000000000000").status_code == 404


def test_api_clusters_dyads_timeline_articles(client):
    first = client.get("/api/dyads").json()[0]  # the examples alone, or with the shared sample
    dyad = f"{first['source']},{first['target']}"
    clusters = client.get("/api/clusters", params={"dyad": dyad, "sort": "n_mentions", "order": "desc"}).json()
    assert clusters["total"] > 0 and clusters["items"][0]["n_mentions"] >= clusters["items"][-1]["n_mentions"]
    assert all(isinstance(c["members"], list) for c in clusters["items"])
    dyads = client.get("/api/dyads", params={"from": "2025-01-01"}).json()
    assert dyads and all(d["source"] and d["target"] and d["events"] >= 1 for d in dyads)
    weeks = client.get("/api/timeline", params={"interval": "week"}).json()
    assert weeks and {w["quad_class"] for w in weeks} <= {1, 2, 3, 4}
    days = client.get("/api/timeline", params={"country": "SEN"}).json()
    assert sum(d["events"] for d in days) == items(client, country="SEN")["total"]
    article_id = items(client, limit=1)["items"][0]["article_id"]
    article = client.get(f"/api/articles/{article_id}").json()
    assert article["status"] == "coded" and article["text"] and article["events"]
    assert client.get("/api/articles/nope").status_code == 404


def test_api_openapi_and_docs_offline(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/clusters", "/api/dyads", "/api/timeline",
            "/api/articles/{article_id}", "/api/code"} <= set(spec["paths"])
    docs = client.get("/docs").text
    assert "/api/timeline" in docs and "cdn" not in docs.lower()
    page = client.get("/").text
    assert "/static/app.js" in page and "http" not in page.replace("http-equiv", "")


def test_api_code_disabled_by_default(client):
    response = client.post("/api/code", json={"text": "Japan condemned North Korea."})
    assert response.status_code == 403 and "--allow-code" in response.text


def test_api_code_when_allowed(db, tmp_path):
    copy = tmp_path / "rw.duckdb"
    copy.write_bytes(db.read_bytes())
    with TestClient(create_app(copy, allow_code=True, max_body=2000)) as client:
        before = items(client)["total"]
        posted = client.post("/api/code", json={"text": "Japan condemned North Korea on Monday.",
                                                "language": "en", "published": "2024-11-15"})
        assert posted.status_code == 200, posted.text
        events = posted.json()["events"]
        assert [(e["event_type"], e["source"]["country"], e["target"]["country"], e["date"]) for e in events] == \
            [("ACCUSE", "JPN", "PRK", "2024-11-11")]
        assert items(client)["total"] == before + 1
        assert client.post("/api/code", json={"text": "x" * 5000}).status_code == 413
        assert client.post("/api/code", json={"text": ""}).status_code == 422
        assert client.post("/api/code", json={"text": "Japan met China.", "published": "yesterday"}).status_code == 422
        german = client.post("/api/code", json={"text": "Japan traf China in Peking und sprach über den Handel."})
        assert german.status_code == 422 and "not supported" in german.text
