"""Figures of actors: who is talked about, and how each is portrayed."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from .style import document_groups

__all__ = ["plot_actor_portrayal", "plot_mention_rates"]

def plot_mention_rates(rates: pd.DataFrame, corpus: pd.DataFrame, *, top: int = 12) -> Figure:
    """A heat map of mentions per 1,000 words: actors (rows) by documents (columns; years in a large
    corpus, each year's mentions over its words), with the value written in each cell."""
    shown = rates.head(top)
    group, labels, per = document_groups(corpus)
    if per != "document":
        words = corpus.set_index("doc_id")["n_words"].reindex(shown.columns)
        counts = (shown * words / 1000).T.groupby(group.reindex(shown.columns)).sum().T
        shown = (counts / words.groupby(group.reindex(shown.columns)).sum().where(lambda w: w > 0) * 1000).fillna(0.0)
        shown = shown.reindex(columns=labels.index, fill_value=0.0).round(2)
    labels = labels.reindex(shown.columns)
    fig = Figure(figsize=(1.3 * len(shown.columns) + 2.5, 0.38 * len(shown) + 1.6))
    ax = fig.subplots()
    image = ax.imshow(shown.to_numpy(), cmap="Blues", aspect="auto", vmin=0)
    ax.set_xticks(range(len(shown.columns)), labels, rotation=30, ha="right", fontsize="small")
    ax.set_yticks(range(len(shown.index)), shown.index)
    peak = float(shown.to_numpy().max()) if shown.size else 0.0
    for (i, j), value in pd.DataFrame(shown.to_numpy()).stack().items():
        if value:
            ax.text(j, i, f"{value:.0f}", ha="center", va="center", fontsize="x-small",
                    color="white" if value > peak * 0.6 else "black")
    fig.colorbar(image, ax=ax, label="mentions per 1,000 words")
    ax.set_title(f"Who is talked about, per {per}")
    return fig


def plot_actor_portrayal(table: pd.DataFrame, corpus: pd.DataFrame, *, actors: list[str] | None = None) -> Figure:
    """Mean polarity toward each actor in each document (each year in a large corpus; colour, -1
    red … +1 blue), with the number of sentences behind each cell written in it: a mean of one
    sentence is one sentence."""
    actors = actors or table["actor"].value_counts().index[:8].tolist()
    group, labels, per = document_groups(corpus)
    table = table[table["actor"].isin(actors)].assign(group=lambda t: t["doc_id"].map(group))
    mean = table.pivot_table(index="actor", columns="group", values="polarity", aggfunc="mean").reindex(index=actors, columns=labels.index)
    count = table.pivot_table(index="actor", columns="group", values="polarity", aggfunc="size").reindex(index=actors, columns=labels.index)
    fig = Figure(figsize=(1.3 * len(mean.columns) + 2.5, 0.45 * len(mean) + 1.8))
    ax = fig.subplots()
    image = ax.imshow(mean.to_numpy(dtype=float), cmap="RdBu", vmin=-1, vmax=1, aspect="auto")
    ax.set_xticks(range(len(mean.columns)), labels.reindex(mean.columns), rotation=30, ha="right", fontsize="small")
    ax.set_yticks(range(len(mean.index)), mean.index)
    for i, actor in enumerate(mean.index):
        for j, doc in enumerate(mean.columns):
            n = count.loc[actor, doc]
            if pd.notna(n):
                ax.text(j, i, f"{mean.loc[actor, doc]:+.2f}\nn={int(n)}", ha="center", va="center", fontsize="x-small")
    method = ", ".join(sorted(table["method"].unique())) if "method" in table else ""
    fig.colorbar(image, ax=ax, label="mean polarity (negative … positive)")
    ax.set_title(f"How each actor is portrayed, per {per} ({method})")
    return fig
