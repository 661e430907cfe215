"""Synthetic wire-style articles and events, written from templates of our own, for
benchmarks and tests (no news text is copied)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

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


def events(n: int, seed: int = 1, per_article: int = 10) -> Iterator[tuple[Article, list[EventRecord]]]:
    """n synthetic event records grouped into articles, with many repeated real-world events
    (same dyad, type and nearby date) for the merge to find."""
    rng = random.Random(seed)
    types = [("CONSULT", "040", 1, 1.0), ("AGREE", "030", 1, 4.0), ("ACCUSE", "111", 3, -2.0),
             ("ASSAULT", "190", 4, -10.0), ("AID", "070", 2, 7.0)]
    for k in range(0, n, per_article):
        day0 = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
        words = " ".join(rng.choice(WORDS) for _ in range(60))
        article = Article(text=f"Synthetic report {seed}-{k}: {words}.", id=f"eva{seed}-{k:08d}", language="en",
                          published=day0, outlet=f"outlet{rng.randrange(50)}")
        records = []
        for j in range(min(per_article, n - k)):
            a, b = rng.sample(COUNTRIES, 2)
            etype, cameo, quad, goldstein = rng.choice(types)
            day = day0 - dt.timedelta(days=rng.randrange(3))
            records.append(EventRecord(
                event_id=f"{seed:04x}{k:08x}{j:04x}", article_id=article.id, language="en", event_type=etype,
                mode=None, context=[], cameo=cameo, quad_class=quad, goldstein=goldstein, status="reported",
                source=Actor(text=a[2], country=a[0]), target=Actor(text=b[2], country=b[0]),
                date=day.isoformat(), date_text=None, date_precision="day",
                location=Place(a[3], a[3], a[0], None, 0.0, 0.0, None, "city"), sentence="synthetic",
                trigger="met", span=(0, 3), rule="synthetic", confidence=0.5))
        yield article, records
