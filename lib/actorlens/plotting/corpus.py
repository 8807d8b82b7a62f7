"""Figures of the corpus: when the documents were published, how long they are, what cleaning removed."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..periods import MANY_DOCUMENTS
from ..text.cleaning import REASONS
from .style import PRECISION_SPAN, REASON_COLOURS, document_groups, document_labels

__all__ = ["plot_cleaning_audit", "plot_document_lengths", "plot_timeline"]

def plot_cleaning_audit(audit: pd.DataFrame, corpus: pd.DataFrame) -> Figure:
    """Lines kept and removed per document (per year in a large corpus), removed lines split by
    reason (blank lines left out)."""
    group, labels, per = document_groups(corpus)
    lines = audit[audit["reason"] != "blank"]
    counts = (
        lines.assign(what=lines["reason"].fillna("kept"), group=lines["doc_id"].map(group))
        .groupby(["group", "what"]).size().unstack(fill_value=0)
        .reindex(index=labels.index, fill_value=0)
    )
    order = ["kept"] + [r for r in REASONS if r != "blank"]
    counts = counts.reindex(columns=order, fill_value=0)
    fig = Figure(figsize=(8, 0.55 * len(counts) + 1.6))
    ax = fig.subplots()
    left = pd.Series(0, index=counts.index)
    labels = labels.reindex(counts.index)
    for what in order:
        values = counts[what]
        if not values.any():
            continue
        colour = "#bab0ac" if what == "kept" else REASON_COLOURS[what]
        ax.barh(labels, values, left=left, color=colour, label=what.replace("_", " "), edgecolor="white")
        left = left + values
    ax.invert_yaxis()
    ax.set_xlabel("non-blank lines")
    ax.set_title(f"What cleaning kept and removed, per {per}")
    ax.legend(ncol=4, fontsize="small", loc="upper center", bbox_to_anchor=(0.5, -0.18), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def plot_document_lengths(corpus: pd.DataFrame) -> Figure:
    """Words per document before and after cleaning (a histogram of both in a large corpus)."""
    if len(corpus) > MANY_DOCUMENTS:
        fig = Figure(figsize=(8, 3.6))
        ax = fig.subplots()
        top = max(float(corpus["n_words_raw"].max()), 1.0)
        bins = np.linspace(0, top, 41)
        ax.hist(corpus["n_words_raw"], bins=bins, color="#bab0ac", label="raw page")
        ax.hist(corpus["n_words"], bins=bins, color="#4e79a7", alpha=0.8, label="clean text")
        ax.set_xlabel("words")
        ax.set_ylabel("documents")
        ax.set_title(f"Document length before and after cleaning ({len(corpus):,} documents)")
        ax.legend(frameon=False, fontsize="small")
        ax.spines[["top", "right"]].set_visible(False)
        return fig
    labels = document_labels(corpus).tolist()
    fig = Figure(figsize=(8, 0.55 * len(corpus) + 1.4))
    ax = fig.subplots()
    y = range(len(corpus))
    ax.barh([i + 0.2 for i in y], corpus["n_words_raw"], height=0.4, color="#bab0ac", label="raw page")
    ax.barh([i - 0.2 for i in y], corpus["n_words"], height=0.4, color="#4e79a7", label="clean text")
    ax.set_yticks(list(y), labels)
    ax.invert_yaxis()
    ax.set_xlabel("words")
    ax.set_title("Document length before and after cleaning")
    ax.legend(frameon=False, fontsize="small")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def plot_timeline(corpus: pd.DataFrame) -> Figure:
    """Each dated document on a time line; a bar shows how precisely the date is known. A large
    corpus gets the number of documents per year instead, split by the dates' precision."""
    if len(corpus) > MANY_DOCUMENTS:
        return _documents_per_year(corpus)
    dated = corpus.dropna(subset=["date"]).sort_values(["date", "doc_id"])
    fig = Figure(figsize=(8, 0.5 * max(len(dated), 1) + 1.5))
    ax = fig.subplots()
    labels = document_labels(dated)
    for i, row in enumerate(dated.itertuples(index=False)):
        span = PRECISION_SPAN.get(row.date_precision, pd.DateOffset(days=1))
        ax.plot([row.date, row.date + span], [i, i], color="#4e79a7", linewidth=6, alpha=0.35, solid_capstyle="butt")
        ax.plot([row.date], [i], "o", color="#4e79a7")
        ax.annotate(f"{labels[row.doc_id]} ({row.date_precision})", (row.date + span, i), xytext=(6, 0),
                    textcoords="offset points", va="center", fontsize="small")
    ax.set_yticks([])
    if dated.empty:
        ax.text(0.5, 0.5, f"None of the {len(corpus)} documents has a date", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_xticks([])
    else:
        ax.set_ylim(len(dated) - 0.5, -0.5)
        start, end = dated["date"].min(), dated["date"].max()
        ax.set_xlim(start - pd.DateOffset(months=6), end + pd.DateOffset(years=2))
    ax.set_title("When the documents were published (bar: the date's precision)")
    ax.spines[["top", "right", "left"]].set_visible(False)
    return fig


def _documents_per_year(corpus: pd.DataFrame) -> Figure:
    dated = corpus.dropna(subset=["date"])
    counts = pd.crosstab(dated["date"].dt.year, dated["date_precision"]).reindex(columns=["day", "month", "year"], fill_value=0)
    fig = Figure(figsize=(8, 3.6))
    ax = fig.subplots()
    bottom = np.zeros(len(counts))
    for precision, colour in zip(counts.columns, ("#4e79a7", "#a0cbe8", "#bab0ac")):
        ax.bar(counts.index.astype(str), counts[precision], bottom=bottom, color=colour, label=f"dated to the {precision}")
        bottom += counts[precision].to_numpy()
    ax.set_ylabel("documents")
    undated = len(corpus) - len(dated)
    ax.set_title(f"Documents per year ({len(corpus):,} documents, {undated:,} undated)")
    ax.legend(frameon=False, fontsize="small")
    ax.spines[["top", "right"]].set_visible(False)
    return fig
