"""Which actors are talked about together, and how strongly.

Conventions (they change the numbers, so they are stated once, here):

* A **unit** is a sentence, a paragraph or a document. Within a unit only *presence* counts: an
  actor mentioned three times in a sentence is in that sentence once.
* A pair is two **different** actors in the same unit; an actor is never paired with itself.
  Pairs are unordered and written with codes in sorted order (``actor_a < actor_b``).
* ``n_units`` is the number of units that mention at least one actor. Association measures compare
  a pair's count with what independence would give among those units.

Measures for a pair with ``count`` = units holding both, ``n_a``, ``n_b`` = units holding each:

* ``expected`` = ``n_a * n_b / n_units``, the count if the two appeared independently;
* ``pmi`` = log2(``count / expected``): 0 when independent, positive when together more often;
* ``npmi`` = ``pmi / -log2(count / n_units)``, in [-1, 1] (1: they only ever appear together);
* ``jaccard`` = ``count / (n_a + n_b - count)`` and ``dice`` = ``2 count / (n_a + n_b)``, in [0, 1].

With few units these numbers are fragile: a PMI from two sentences says almost nothing, which is why
``count`` and ``expected`` always stand next to it.
"""

from __future__ import annotations

import math

import pandas as pd

from .actors.tagger import actor_pairs, mention_tops

__all__ = ["COOCCURRENCE_COLUMNS", "UNITS", "cooccurrence", "cooccurrence_by_document", "pair_sentences", "units_of"]

UNITS = ("sentence", "paragraph", "document")
COOCCURRENCE_COLUMNS = ["actor_a", "actor_b", "count", "n_a", "n_b", "n_units", "expected", "pmi", "npmi", "jaccard", "dice"]


def units_of(mentions: pd.DataFrame, *, unit: str = "sentence", sentences: pd.DataFrame | None = None) -> pd.Series:
    """The set of actors in each unit that mentions any: a Series of frozensets indexed by unit.

    ``unit="paragraph"`` needs ``sentences`` (from :func:`~actorlens.split_sentences`), which know
    each sentence's paragraph.
    """
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    if unit == "paragraph":
        if sentences is None or "paragraph" not in sentences:
            raise ValueError("unit='paragraph' needs sentences=split_sentences(corpus), which know each sentence's paragraph")
        mentions = mentions.merge(sentences[["doc_id", "sent_id", "paragraph"]], on=["doc_id", "sent_id"], how="left")
    keys = {"sentence": ["doc_id", "sent_id"], "paragraph": ["doc_id", "paragraph"], "document": ["doc_id"]}[unit]
    if mentions.empty:
        return pd.Series([], dtype=object)
    return mentions.groupby(keys, sort=True)["actor"].agg(frozenset)


def cooccurrence(
    mentions: pd.DataFrame, *, unit: str = "sentence", sentences: pd.DataFrame | None = None, min_count: int = 1
) -> pd.DataFrame:
    """Co-occurrence of actor pairs in long form, one row per pair, strongest count first.

    Columns: ``actor_a, actor_b, count, n_a, n_b, n_units, expected, pmi, npmi, jaccard, dice`` (see
    the module documentation). When ``mentions`` has a ``top`` column (the specific level of
    :func:`~actorlens.actors.at_level`), an actor and its own top-level actor (TURGOV, TUR) are not
    a pair. ``min_count=0`` also lists pairs of actors that never share a unit
    (``pmi`` is then ``-inf`` and ``npmi`` -1). No mentions give an empty table with these columns.

    >>> m = pd.DataFrame({"doc_id": ["d"] * 4, "sent_id": [0, 0, 1, 2], "actor": ["TUR", "USA", "TUR", "RUS"]})
    >>> cooccurrence(m)[["actor_a", "actor_b", "count", "expected", "pmi"]].to_dict("records")
    [{'actor_a': 'TUR', 'actor_b': 'USA', 'count': 1, 'expected': 0.667, 'pmi': 0.585}]
    """
    sets = units_of(mentions, unit=unit, sentences=sentences)
    tops = mention_tops(mentions)
    n_units = len(sets)
    per_actor: dict[str, int] = {}
    pairs: dict[tuple[str, str], int] = {}
    for actors in sets:
        for actor in actors:
            per_actor[actor] = per_actor.get(actor, 0) + 1
        for pair in actor_pairs(actors, tops):
            pairs[pair] = pairs.get(pair, 0) + 1
    if min_count <= 0:
        for pair in actor_pairs(per_actor, tops):
            pairs.setdefault(pair, 0)
    rows = [_measures(a, b, count, per_actor[a], per_actor[b], n_units) for (a, b), count in pairs.items() if count >= min_count]
    table = pd.DataFrame(rows, columns=COOCCURRENCE_COLUMNS)
    if table.empty:
        return table.astype({"count": "int64", "n_a": "int64", "n_b": "int64", "n_units": "int64"})
    return table.sort_values(["count", "actor_a", "actor_b"], ascending=[False, True, True], kind="stable").reset_index(drop=True)


def _measures(a: str, b: str, count: int, n_a: int, n_b: int, n_units: int) -> tuple:
    expected = n_a * n_b / n_units
    if count:
        pmi = math.log2(count / expected)
        p_ab = count / n_units
        npmi = 1.0 if p_ab == 1 else pmi / -math.log2(p_ab)
    else:
        pmi, npmi = -math.inf, -1.0
    return (a, b, count, n_a, n_b, n_units, round(expected, 3), round(pmi, 3), round(npmi, 3),
            round(count / (n_a + n_b - count), 3), round(2 * count / (n_a + n_b), 3))


def cooccurrence_by_document(
    mentions: pd.DataFrame, *, unit: str = "sentence", sentences: pd.DataFrame | None = None, min_count: int = 1
) -> pd.DataFrame:
    """:func:`cooccurrence` within each document: the same columns with ``doc_id`` first, so the
    pairs of one document can be compared with another's (``unit`` is sentence or paragraph)."""
    if unit == "document":
        raise ValueError("within one document the only document unit is the document itself: use unit='sentence' or 'paragraph'")
    frames = [
        cooccurrence(part, unit=unit, sentences=sentences, min_count=min_count).assign(doc_id=doc_id)
        for doc_id, part in mentions.groupby("doc_id", sort=True)
    ]
    columns = ["doc_id", *COOCCURRENCE_COLUMNS]
    if not frames:
        return pd.DataFrame(columns=columns)
    return pd.concat(frames, ignore_index=True)[columns]


def pair_sentences(mentions: pd.DataFrame, sentences: pd.DataFrame, actor_a: str, actor_b: str) -> pd.DataFrame:
    """The sentences that mention both actors, in corpus order: ``doc_id, sent_id, text``.

    >>> s = pd.DataFrame({"doc_id": ["d", "d"], "sent_id": [0, 1], "text": ["Turkey and Russia met.", "Turkey waited."]})
    >>> m = pd.DataFrame({"doc_id": ["d", "d", "d"], "sent_id": [0, 0, 1], "actor": ["TUR", "RUS", "TUR"]})
    >>> pair_sentences(m, s, "RUS", "TUR")["text"].tolist()
    ['Turkey and Russia met.']
    """
    has = mentions.groupby(["doc_id", "sent_id"])["actor"].agg(set)
    both = has[has.map(lambda actors: {actor_a, actor_b} <= actors)].index.to_frame(index=False)
    return sentences.merge(both, on=["doc_id", "sent_id"])[["doc_id", "sent_id", "text"]]
