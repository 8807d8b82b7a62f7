"""What every figure shares: colours, document labels, how a large corpus is grouped, and the
figure that says there is nothing to draw."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from ..periods import MANY_DOCUMENTS

__all__ = ["PRECISION_SPAN", "REASON_COLOURS", "document_groups", "document_labels", "message_figure", "short_label"]

REASON_COLOURS = {
    "navigation": "#4e79a7",
    "caption": "#f28e2b",
    "teaser": "#e15759",
    "subscription": "#76b7b2",
    "alt_text": "#59a14f",
    "repeated_line": "#edc948",
    "duplicate_paragraph": "#b07aa1",
}
PRECISION_SPAN = {"day": pd.DateOffset(days=1), "month": pd.DateOffset(months=1), "year": pd.DateOffset(years=1)}


def short_label(doc_id: str, outlet: str | None = None, width: int = 22) -> str:
    """A compact label for a document: the id's first part and a shortened outlet.

    >>> short_label("004_88827f9888cfdbab", "Al-Monitor")
    '004 · Al-Monitor'
    """
    head = doc_id.split("_", 1)[0]
    if not outlet:
        return head
    outlet = outlet.split(" (", 1)[0]
    return f"{head} · {outlet if len(outlet) <= width else outlet[: width - 1] + '…'}"


def document_labels(corpus: pd.DataFrame) -> pd.Series:
    """A short label (id and outlet) for each document, indexed by doc_id."""
    outlets = corpus["outlet"] if "outlet" in corpus else pd.Series("", index=corpus.index)
    return pd.Series([short_label(d, o) for d, o in zip(corpus["doc_id"], outlets)], index=corpus["doc_id"])


def message_figure(text: str) -> Figure:
    """A small figure that says why there is nothing to draw (a report always gets its figures)."""
    fig = Figure(figsize=(6, 1.2))
    ax = fig.subplots()
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()
    return fig


def document_groups(corpus: pd.DataFrame) -> tuple[pd.Series, pd.Series, str]:
    """How per-document figures group documents: ``doc_id -> group``, ``group -> label`` (in
    order) and the word for a group. A small corpus has one group per document; a large one, one
    per year of publication (undated documents last)."""
    if len(corpus) <= MANY_DOCUMENTS:
        labels = document_labels(corpus)
        return pd.Series(corpus["doc_id"].to_numpy(), index=corpus["doc_id"]), labels, "document"
    years = [("undated" if pd.isna(d) else str(d.year)) for d in corpus["date"]]
    group = pd.Series(years, index=corpus["doc_id"])
    sizes = group.value_counts()
    order = sorted(k for k in sizes.index if k != "undated") + (["undated"] if "undated" in sizes.index else [])
    return group, pd.Series([f"{k} ({sizes[k]:,} docs)" for k in order], index=order), "year"
