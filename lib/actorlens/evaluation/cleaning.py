"""Measuring the page cleaner against pages annotated line by line: how much of the article it
keeps, how much of the boilerplate it removes, per kind of page, with intervals, against a naive
baseline, and with a paired test of the two on the same lines.

An annotated page is a text file with a tag in front of every raw line, ``TAG|raw line`` (the
format of ``data/labels/pages/README.md``): ``T`` title and ``K`` article text are to be kept,
``B`` is blank, and ``N S C A R D`` (navigation, subscription, caption, alt text, teaser,
duplicate) are boilerplate to be removed.

>>> rows = annotated_lines(["K", "N"], ["The talks resumed on Monday after a long pause in Geneva.", "Share"], page="p")
>>> rows[["tag", "truth", "words", "cleaner", "baseline"]].to_dict("records")
[{'tag': 'K', 'truth': 'article', 'words': 11, 'cleaner': True, 'baseline': False}, {'tag': 'N', 'truth': 'boilerplate', 'words': 1, 'cleaner': False, 'baseline': False}]
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd

from ..text.cleaning import clean_text

__all__ = ["ARTICLE_TAGS", "BOILERPLATE_TAGS", "annotated_lines", "cleaning_scores", "mcnemar", "read_annotated",
           "score_pages", "wilson"]

ARTICLE_TAGS = frozenset("TK")
"""Tags of lines the cleaner must keep: the title and the article's text."""
BOILERPLATE_TAGS = frozenset("NSCARD")
"""Tags of lines the cleaner must remove."""
_TAGS = ARTICLE_TAGS | BOILERPLATE_TAGS | {"B"}
BASELINE_WORDS = 12
"""The naive baseline keeps a line when it has at least this many words."""


def read_annotated(path: str | Path) -> tuple[list[str], list[str]]:
    """The tags and raw lines of an annotated page. A line without a known tag is an error naming
    the file and the line."""
    path = Path(path)
    tags, lines = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line:
            continue
        tag, sep, raw = line.partition("|")
        if not sep or tag not in _TAGS:
            raise ValueError(f"{path}: line {number} has no tag of {''.join(sorted(_TAGS))} before '|': {line[:60]!r}")
        tags.append(tag)
        lines.append(raw)
    return tags, lines


def _kind(page: str) -> str:
    """A page's kind from its file name, ``NN_kind_slug`` ("07_oped_india-maldives" is "oped")."""
    parts = page.split("_")
    return parts[1] if len(parts) >= 3 and parts[0].isdigit() else page


def annotated_lines(tags: list[str], lines: list[str], *, page: str,
                    cleaner: Callable[[str], object] = clean_text) -> pd.DataFrame:
    """One row per non-blank line of one annotated page (its ``tags`` and raw ``lines``, as
    :func:`read_annotated` gives them): its tag, the truth (``article`` or ``boilerplate``), its
    words, and whether the ``cleaner`` and the baseline keep it."""
    records = cleaner("\n".join(lines)).lines
    if len(records) != len(lines):
        raise ValueError(f"{page}: the cleaner accounted for {len(records)} of {len(lines)} lines")
    rows = [
        {"page": page, "kind": _kind(page), "line_no": k + 1, "tag": tag, "truth": "article" if tag in ARTICLE_TAGS else "boilerplate",
         "words": len(raw.split()), "cleaner": bool(rec.kept), "baseline": len(raw.split()) >= BASELINE_WORDS,
         "reason": rec.reason, "text": raw}
        for k, (tag, raw, rec) in enumerate(zip(tags, lines, records)) if tag != "B"
    ]
    return pd.DataFrame(rows, columns=["page", "kind", "line_no", "tag", "truth", "words", "cleaner", "baseline", "reason", "text"])


def score_pages(paths: Iterable[str | Path], *, cleaner: Callable[[str], object] = clean_text) -> pd.DataFrame:
    """:func:`annotated_lines` for every annotated page in ``paths``, in one table."""
    frames = []
    for path in sorted(Path(p) for p in paths):
        tags, lines = read_annotated(path)
        frames.append(annotated_lines(tags, lines, page=path.stem, cleaner=cleaner))
    if not frames:
        raise ValueError("no annotated pages to score")
    return pd.concat(frames, ignore_index=True)


def wilson(successes: int, n: int, *, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a share (95% by default); (nan, nan) for no trials.

    >>> [round(x, 3) for x in wilson(45, 50)]
    [0.786, 0.957]
    """
    if n == 0:
        return (math.nan, math.nan)
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def mcnemar(a_right: Iterable[bool], b_right: Iterable[bool]) -> dict[str, float]:
    """McNemar's exact test of two methods on the same items: the items only ``a`` gets right, the
    items only ``b`` gets right, and the two-sided binomial p-value of that split.

    >>> mcnemar([True] * 10 + [False], [False] * 10 + [True])
    {'only_a': 10, 'only_b': 1, 'p_value': 0.0117}
    """
    pairs = list(zip(a_right, b_right))
    only_a = sum(1 for a, b in pairs if a and not b)
    only_b = sum(1 for a, b in pairs if b and not a)
    n, k = only_a + only_b, min(only_a, only_b)
    p = 1.0 if n == 0 else min(1.0, 2 * sum(math.comb(n, i) for i in range(k + 1)) / 2**n)
    return {"only_a": only_a, "only_b": only_b, "p_value": round(p, 4)}


def cleaning_scores(rows: pd.DataFrame, *, by: str | None = "kind", method: str = "cleaner") -> pd.DataFrame:
    """Kept and removed shares of ``rows`` (from :func:`score_pages`) for one ``method`` column
    (``cleaner`` or ``baseline``), per ``by`` group and over all rows (the ``all`` row): the share
    of article lines kept with its 95% Wilson interval, the share of article words kept, and the
    share of boilerplate lines removed with its interval. Shares are rounded to 3 decimals."""
    groups = [("all", rows)] if by is None else [*((str(k), g) for k, g in rows.groupby(by, sort=True)), ("all", rows)]
    out = []
    for name, group in groups:
        article = group[group["truth"] == "article"]
        boiler = group[group["truth"] == "boilerplate"]
        kept, removed = int(article[method].sum()), int((~boiler[method]).sum())
        a_low, a_high = wilson(kept, len(article))
        b_low, b_high = wilson(removed, len(boiler))
        words = article["words"].sum()
        out.append({
            by or "group": name, "pages": group["page"].nunique(),
            "article_lines": len(article), "article_kept": _share(kept, len(article)),
            "article_kept_low": round(a_low, 3), "article_kept_high": round(a_high, 3),
            "article_words_kept": _share(int(article.loc[article[method], "words"].sum()), int(words)),
            "boilerplate_lines": len(boiler), "boilerplate_removed": _share(removed, len(boiler)),
            "boilerplate_removed_low": round(b_low, 3), "boilerplate_removed_high": round(b_high, 3),
        })
    return pd.DataFrame(out)


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else math.nan
