"""Dates and time steps: how a document's date is shown, which step a corpus is followed in, and
what a period is called. One place, so that tables, narratives and figures say the same.

A date is stored at its precision (``day``, ``month`` or ``year``): a document dated only to 2019
is stored as 2019-01-01 with precision ``year``, and shown as "2019 (year only)", never as
"1 January 2019".
"""

from __future__ import annotations

import pandas as pd

__all__ = ["MANY_DOCUMENTS", "PERIODS", "PRECISIONS", "choose_period", "format_date", "format_period", "period_key"]

PRECISIONS = ("day", "month", "year")
"""How precisely a date is known, from the finest."""

PERIODS = ("document", "month", "year")
"""The time steps relationships are followed in."""

MANY_DOCUMENTS = 30
"""A corpus of more documents than this is "large": per-document figures draw one row or column
per year instead, and relationship trends are followed per month or year instead of per document."""


def choose_period(corpus: pd.DataFrame) -> str:
    """The time step for relationship trends: each ``document`` in a corpus of up to
    :data:`MANY_DOCUMENTS` dated documents, else ``month`` if the dates span at most four years,
    else ``year``.

    >>> choose_period(pd.DataFrame({"date": pd.to_datetime(["2019-01-01", "2020-06-01"])}))
    'document'
    """
    dates = corpus["date"].dropna()
    if len(dates) <= MANY_DOCUMENTS:
        return "document"
    return "month" if (dates.max() - dates.min()).days <= 4 * 366 else "year"


def format_date(date: pd.Timestamp, precision: str) -> str:
    """A document's date as a reader should see it: no more precise than it is known.

    >>> format_date(pd.Timestamp("2019-01-01"), "year"), format_date(pd.Timestamp("2019-03-01"), "month")
    ('2019 (year only)', 'March 2019')
    >>> format_date(pd.Timestamp("2019-03-05"), "day"), format_date(pd.NaT, "")
    ('5 March 2019', 'undated')
    """
    if pd.isna(date):
        return "undated"
    if precision == "year":
        return f"{date.year} (year only)"
    if precision == "month":
        return f"{date:%B %Y}"
    return f"{date.day} {date:%B %Y}"


def period_key(date: pd.Timestamp, step: str) -> str:
    """The machine-readable name of the period that starts at ``date``: ``2019-03`` or ``2019``."""
    return f"{date:%Y-%m}" if step == "month" else f"{date:%Y}"


def format_period(date: pd.Timestamp, step: str) -> str:
    """The name of a month or year period for a reader: "March 2019" or "2019"."""
    return f"{date:%B %Y}" if step == "month" else f"{date:%Y}"


def period_start(dates: pd.Series, steps: pd.Series) -> pd.Series:
    """The first day of the month or year period each date falls in (``steps``: ``month`` or ``year``)."""
    month = dates.dt.to_period("M").dt.start_time
    year = dates.dt.to_period("Y").dt.start_time
    return month.where(steps == "month", year)
