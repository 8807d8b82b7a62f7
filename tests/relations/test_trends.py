"""Relationships over time: per document, month and year, coarse dates kept apart."""

from __future__ import annotations

import pandas as pd
import pytest
from actorlens.relations import dyad_trends, narrate


def test_trends_are_per_pair_and_document_in_date_order(dyads, corpus):
    trends = dyad_trends(dyads, corpus)
    assert trends["n_sentences"].sum() == len(dyads)
    for _, part in trends.groupby(["actor_a", "actor_b"]):
        assert part["date"].is_monotonic_increasing
    single = trends[trends["n_sentences"] == 1]
    assert (single["cooperation_sd"] == 0).all()


def test_trends_by_year_and_month_keep_coarse_dates_apart():
    dyads = pd.DataFrame({"doc_id": ["a", "b", "c"], "sent_id": [0, 0, 0], "actor_a": "GRC", "actor_b": "TUR",
                          "tone": [0.1, 0.3, -0.2], "cooperation": [0.4, -0.2, 0.0], "text": ["x", "y", "z"], "cue": ""})
    corpus = pd.DataFrame({"doc_id": ["a", "b", "c"], "date": pd.to_datetime(["2021-01-25", "2021-01-03", "2021-01-01"]),
                           "date_precision": ["day", "month", "year"], "outlet": ["X", "Y", "Z"]})
    monthly = dyad_trends(dyads, corpus, by="month")
    assert monthly[["period", "n_documents", "n_sentences", "cooperation"]].values.tolist() == [
        ["2021-01", 2, 2, 0.1], ["2021", 1, 1, 0.0]]  # the year-only document is not put in January
    yearly = dyad_trends(dyads, corpus, by="year")
    assert yearly[["period", "n_documents"]].values.tolist() == [["2021", 3]]
    story = narrate(monthly, dyads, ("TUR", "GRC"), corpus=corpus)
    assert "**January 2021** (2 documents)" in story and "(X, 25 January 2021, `a`)" in story
    with pytest.raises(ValueError, match="corpus"):
        narrate(monthly, dyads, ("TUR", "GRC"))
