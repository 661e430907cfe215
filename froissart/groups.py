"""Lists of actors acting together, written as a bounded number of records.

"X and Y signed an accord" is one record per pair. "The ministers of 250 countries met in
Geneva" would be 31,375 pairs, each record carrying the sentence: a list longer than
``GROUP_LIMIT`` acts as one *group*, each member written with the group as its target, and
at most ``MEMBER_LIMIT`` members are written, the others counted in the group's words. Every
way of pairing actors goes through here, so no sentence gives more than ``RECORD_LIMIT``
records whatever its length.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from .model import Actor, distinct

LIST_LIMIT = 64  # names read from one written list ("the ministers of A, B, C…"); a longer one is cut
GROUP_LIMIT = 8  # actors in one list before they act as a group (8 actors: 28 pairs)
MEMBER_LIMIT = 50  # members of a group written, each with the group as target
RECORD_LIMIT = 64  # records of one event, whatever the pairing (a last guard)
GROUP_ROLE = "group"

Pairs = list[tuple[Actor, Actor | None]]


def is_group(actor: Actor | None) -> bool:
    return actor is not None and actor.role == GROUP_ROLE


def group_of(actors: Sequence[Actor]) -> Actor:
    """One actor standing for a long list: its words name the first members and count the rest
    ("JPN, FRA, KEN and 47 others"; "or more" when the list was cut at LIST_LIMIT)."""
    shown = [a.name or a.code() or a.text[:40] for a in actors[:3]]
    more = " or more" if len(actors) >= LIST_LIMIT else ""
    return Actor(text=f"{', '.join(shown)} and {len(actors) - len(shown)}{more} others", role=GROUP_ROLE)


def members(actors: Sequence[Actor]) -> Pairs:
    """Each member of a long list with the group as its target, at most MEMBER_LIMIT of them."""
    group = group_of(actors)
    return [(a, group) for a in actors[:MEMBER_LIMIT]]


def among(actors: Sequence[Actor]) -> Pairs:
    """Actors acting together: every pair, or, for a long list, each member with the group."""
    if len(actors) > GROUP_LIMIT:
        return members(actors)
    return distinct(list(itertools.combinations(actors, 2)))


def each_other(actors: Sequence[Actor]) -> Pairs:
    """Actors acting on one another ("blamed it on each other"): both directions of every pair."""
    if len(actors) > GROUP_LIMIT:
        return members(actors)
    return distinct([(s, t) for s in actors for t in actors if s is not t])


def across(sources: Sequence[Actor], targets: Sequence[Actor]) -> Pairs:
    """Every source with every target; a long list of targets is one group."""
    if len(targets) > GROUP_LIMIT:
        targets = [group_of(targets)]
    return distinct([(s, t) for s in sources[:MEMBER_LIMIT] for t in targets])


def bounded(pairs: Pairs) -> tuple[Pairs, str | None]:
    """At most RECORD_LIMIT pairs, with a note saying how many were left out."""
    if len(pairs) <= RECORD_LIMIT:
        return pairs, None
    return pairs[:RECORD_LIMIT], f"{len(pairs)} pairs, the first {RECORD_LIMIT} written"
