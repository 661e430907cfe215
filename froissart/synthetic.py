"""Synthetic wire-style articles and events, written from templates of our own, for
benchmarks and tests (no news text is copied)."""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from .model import Actor, Article, EventRecord, Place

COUNTRIES = [("JPN", "japonais", "Japanese", "Tokyo"), ("USA", "américain", "American", "Washington"),
             ("FRA", "français", "French", "Paris"), ("DEU", "allemand", "German", "Berlin"),
             ("CHN", "chinois", "Chinese", "Beijing"), ("IND", "indien", "Indian", "New Delhi"),
             ("BRA", "brésilien", "Brazilian", "Brasilia"), ("KEN", "kényan", "Kenyan", "Nairobi"),
             ("MEX", "mexicain", "Mexican", "Mexico City"), ("CAN", "canadien", "Canadian", "Ottawa")]
FR = ["Le ministre {a} des Affaires étrangères a rencontré {day} son homologue {b} à {city}.",
      "Les deux ministres ont convenu de renforcer la coopération entre leurs pays.",
      "Le gouvernement {a} a condamné {day} les essais de missiles menés par le régime {b}.",
      "Le gouvernement {a} a arrêté des dizaines de manifestants devant le Parlement.",
      "Le président {a} a appelé son homologue {b} à reprendre les négociations."]
EN = ["The {a} foreign minister met his {b} counterpart in {city} on {day}.",
      "The two ministers agreed to strengthen cooperation between their countries.",
      "The {a} government condemned missile tests conducted by the {b} army on {day}.",
      "{A} police arrested dozens of protesters outside parliament.",
      "The {a} president urged his {b} counterpart to resume negotiations."]
WORDS = ("talks minister border troops aid sanctions summit protest police court election treaty oil trade "
         "envoy rebels ceasefire army navy strike vote parliament capital village hospital port").split()
DAYS = {"fr": ["lundi", "mardi", "mercredi", "jeudi"], "en": ["Monday", "Tuesday", "Wednesday", "Thursday"]}


def articles(n: int, seed: int = 1, sentences: int = 10) -> Iterator[Article]:
    """n articles alternating French and English, each of about ``sentences`` sentences."""
    rng = random.Random(seed)
    for i in range(n):
        lang = "fr" if i % 2 == 0 else "en"
        parts = []
        for _ in range(sentences):
            a, b = rng.sample(COUNTRIES, 2)
            template = rng.choice(FR if lang == "fr" else EN)
            parts.append(template.format(a=a[1] if lang == "fr" else a[2], A=a[2], b=b[1] if lang == "fr" else b[2],
                                         city=rng.choice(COUNTRIES)[3], day=rng.choice(DAYS[lang])))
        text = "\n\n".join(" ".join(parts[k:k + 2]) for k in range(0, len(parts), 2))
        yield Article(text=text, id=f"syn{seed}-{i:06d}", language=lang,
                      published=dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(365)))


# Realistic shares for store benchmarks: a few countries make most of the news (Zipf-like over
# every country, these first), meetings and accusations are the commonest types, one event in
# ten has no target, and a few are background dated years before their article.
LEADING = ("USA", "CHN", "RUS", "UKR", "ISR", "PSE", "GBR", "FRA", "DEU", "IRN", "IND", "TUR", "JPN", "KOR", "PRK",
           "SAU", "SYR", "AFG", "PAK", "BRA")
TYPE_SHARES = {"CONSULT": 24, "ACCUSE": 12, "SUPPORT": 10, "ASSAULT": 9, "AGREE": 7, "COERCE": 6, "REQUEST": 6,
               "COOPERATE": 5, "PROTEST": 4, "SANCTION": 3, "AID": 3, "THREATEN": 3, "REJECT": 3, "MOBILIZE": 2,
               "CONCEDE": 2, "RETREAT": 1}
START = dt.date(2023, 1, 1)
SPAN = 3 * 365  # days


@functools.cache
def _countries() -> tuple[list[str], np.ndarray]:
    from .langdata import data_dir, read_table

    rest = sorted(r["iso3"] for r in read_table(data_dir() / "countries.tsv") if r["iso3"] not in LEADING)
    codes = [*LEADING, *rest]
    weights = 1.0 / np.arange(1, len(codes) + 1) ** 1.1
    return codes, weights / weights.sum()


@functools.cache
def _types() -> tuple[list[tuple[str, str, int, float]], np.ndarray]:
    from .ontology import load_ontology

    kinds = load_ontology().types
    goldstein = {1: 3.0, 2: 6.0, 3: -3.0, 4: -8.0}
    rows = [(name, kinds[name].cameo, kinds[name].quad, goldstein[kinds[name].quad]) for name in TYPE_SHARES]
    shares = np.array(list(TYPE_SHARES.values()), dtype=float)
    return rows, shares / shares.sum()


def _draw(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    """Event fields for n events: source and target countries (different), type, day offset."""
    codes, weights = _countries()
    source = rng.choice(len(codes), n, p=weights)
    target = rng.choice(len(codes), n, p=weights)
    target = np.where(target == source, (target + 1) % len(codes), target)
    return {"source": source, "target": np.where(rng.random(n) < 0.1, -1, target),
            "type": rng.choice(len(TYPE_SHARES), n, p=_types()[1]),
            "back": np.where(rng.random(n) < 0.03, rng.integers(30, 2 * 365, n), rng.integers(0, 3, n))}


def events(n: int, seed: int = 1, per_article: int = 10,
           span: int = SPAN) -> Iterator[tuple[Article, list[EventRecord]]]:
    """n synthetic event records grouped into articles in the order of their publication over
    ``span`` days (three years) from START, with the shares above and many repeated real-world events (the same dyad,
    type and nearby date) for the merge to find."""
    rng = np.random.default_rng(seed)
    codes, _ = _countries()
    types, _ = _types()
    pick = random.Random(seed)
    for k in range(0, n, per_article):
        day0 = START + dt.timedelta(days=int(k * span / max(n, 1)))
        words = " ".join(pick.choice(WORDS) for _ in range(60))
        article = Article(text=f"Synthetic report {seed}-{k}: {words}.", id=f"eva{seed}-{k:08d}", language="en",
                          published=day0, outlet=f"outlet{pick.randrange(50)}")
        count = min(per_article, n - k)
        drawn = _draw(rng, count)
        records = []
        for j in range(count):
            a, b = codes[drawn["source"][j]], codes[drawn["target"][j]] if drawn["target"][j] >= 0 else None
            etype, cameo, quad, goldstein = types[drawn["type"][j]]
            day = day0 - dt.timedelta(days=int(drawn["back"][j]))
            records.append(EventRecord(
                event_id=f"{seed:04x}{k:08x}{j:04x}", article_id=article.id, language="en", event_type=etype,
                mode=None, context=[], cameo=cameo, quad_class=quad, goldstein=goldstein, status="reported",
                source=Actor(text=a, country=a), target=Actor(text=b, country=b) if b else None,
                date=day.isoformat(), date_text=None, date_precision="day",
                location=Place(a, a, a, None, 0.0, 0.0, None, "country"), sentence=f"synthetic {etype} {a}",
                trigger="met", span=(0, 3), rule="synthetic", confidence=0.5))
        yield article, records


def event_parts(n: int, folder: Path, seed: int = 1, part: int = 100_000, per_article: int = 10) -> list[str]:
    """n synthetic events written as the Parquet parts of a Dask run (distributed.py), in the
    order of their publication, with the shares of ``events`` (computed with numpy and DuckDB,
    fast enough for tens of millions); returns the part names, listed in ``run.json``."""
    import duckdb
    import pyarrow as pa

    from . import distributed

    rng = np.random.default_rng(seed)
    codes, _ = _countries()
    types, _ = _types()
    names = []
    con = duckdb.connect()
    for number, first in enumerate(range(0, n, part)):
        size = min(part, n - first)
        index = np.arange(first, first + size)
        article = index // per_article
        drawn = _draw(rng, size)
        day0 = np.datetime64(START) + (article * per_article * SPAN // max(n, 1)).astype("timedelta64[D]")
        kind = drawn["type"]
        target = np.array([None, *codes], dtype=object)[drawn["target"] + 1]
        con.register("drawn", pa.table({
            "event_id": [f"{seed:04x}{i:012x}" for i in index], "article_id": [f"syn{seed}-{a:09d}" for a in article],
            "event_type": [types[t][0] for t in kind], "cameo": [types[t][1] for t in kind],
            "quad_class": [types[t][2] for t in kind], "goldstein": [types[t][3] for t in kind],
            "source": np.array(codes, dtype=object)[drawn["source"]], "target": target,
            "day": day0 - drawn["back"].astype("timedelta64[D]"), "published": day0}))
        name = f"part-{number:05d}-{seed:016x}.parquet"
        for sub in ("events", "manifest"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        con.execute(f"COPY ({_EVENTS_SQL}) TO '{folder / 'events' / name}' (FORMAT PARQUET)")
        signature = rng.integers(0, 2 ** 32, (size // per_article + 1, 64), dtype=np.uint32)
        con.register("signed", pa.table({"article_id": [f"syn{seed}-{a:09d}" for a in np.unique(article)],
                                         "minhash": [signature[i].tobytes() for i in range(len(np.unique(article)))]}))
        con.execute(f"COPY ({_MANIFEST_SQL}) TO '{folder / 'manifest' / name}' (FORMAT PARQUET)")
        names.append(name)
    con.close()
    distributed._write_run(folder, {"froissart": "synthetic", "inputs": [], "size": part, "parts": names})
    return names


_EVENTS_SQL = """
SELECT event_id, article_id, 'en' AS language, event_type, NULL::VARCHAR AS mode, []::VARCHAR[] AS context, cameo,
       quad_class::INTEGER AS quad_class, goldstein, 'reported' AS status, source AS source_text,
       NULL::VARCHAR AS source_name, source AS source_country, NULL::VARCHAR AS source_org,
       NULL::VARCHAR AS source_sector, target AS target_text, NULL::VARCHAR AS target_name, target AS target_country,
       NULL::VARCHAR AS target_org, NULL::VARCHAR AS target_sector, day::DATE AS date, NULL::VARCHAR AS date_text,
       'day' AS date_precision, source AS place_name, source AS place_country, NULL::VARCHAR AS place_admin1,
       0.0 AS lat, 0.0 AS lon, NULL::BIGINT AS geonames_id, 'synthetic ' || event_type || ' ' || source AS sentence,
       'met' AS trigger, 0 AS span_start, 3 AS span_end, 'synthetic' AS rule, 0.5 AS confidence,
       to_json({event_id: event_id, article_id: article_id, language: 'en', event_type: event_type, mode: NULL,
                context: [], cameo: cameo, quad_class: quad_class, goldstein: goldstein, status: 'reported',
                source: {text: source, country: source}, target: CASE WHEN target IS NULL THEN NULL
                ELSE {text: target, country: target} END, date: strftime(day::DATE, '%Y-%m-%d'),
                trigger: 'met', span: [0, 3], rule: 'synthetic', confidence: 0.5})::VARCHAR AS record
FROM drawn
"""
_MANIFEST_SQL = """
SELECT 'synthetic:' || d.article_id AS origin, d.article_id, 'coded' AS status, NULL::VARCHAR AS reason,
       count(*) AS events, NULL::VARCHAR AS url, 'outlet' || (hash(d.article_id) % 50) AS outlet,
       NULL::VARCHAR AS title, min(d.published)::DATE AS published, 'en' AS language, md5(d.article_id) AS content_hash,
       'synthetic' AS coder_version, any_value(s.minhash) AS minhash, 'Synthetic report ' || d.article_id AS text
FROM drawn d JOIN signed s USING (article_id) GROUP BY d.article_id ORDER BY d.article_id
"""
