"""Figures of the corpus: a figure comes back for the seeds, for a large corpus and for an empty one."""

import actorlens as al
import pandas as pd
import pytest
from actorlens.plotting import plot_cleaning_audit, plot_document_lengths, plot_timeline
from matplotlib.figure import Figure


def _large(corpus, n=40):
    rows = pd.concat([corpus] * (n // len(corpus) + 1), ignore_index=True).head(n)
    return rows.assign(doc_id=[f"d{i:03d}" for i in range(n)])


@pytest.mark.parametrize("plot", [plot_document_lengths, plot_timeline])
def test_small_and_large_corpora(corpus, plot):
    small, large = plot(corpus), plot(_large(corpus))
    assert isinstance(small, Figure) and isinstance(large, Figure)
    assert "per year" in large.axes[0].get_title() or "Document" in large.axes[0].get_title()


def test_timeline_of_an_undated_corpus_says_so(corpus):
    fig = plot_timeline(corpus.assign(date=pd.NaT, date_precision=""))
    assert "has a date" in fig.axes[0].texts[0].get_text()


def test_cleaning_audit_bars_add_up_to_the_lines(corpus):
    audit = al.cleaning_audit(corpus)
    fig = plot_cleaning_audit(audit, corpus)
    widths = sum(p.get_width() for p in fig.axes[0].patches)
    assert widths == (audit["reason"] != "blank").sum()
