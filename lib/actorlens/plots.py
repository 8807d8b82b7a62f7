"""Figures for the notebooks and reports. Each function returns a matplotlib Figure and draws
nothing else; write it with :func:`actorlens.save_fig`."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .cleaning import REASONS

__all__ = [
    "plot_actor_portrayal",
    "plot_cleaning_audit",
    "plot_confusion",
    "plot_cooccurrence_heatmap",
    "plot_document_lengths",
    "plot_dyad_timelines",
    "plot_mention_rates",
    "plot_network",
    "plot_timeline",
    "short_label",
    "MANY_DOCUMENTS",
]

_REASON_COLOURS = {
    "navigation": "#4e79a7",
    "caption": "#f28e2b",
    "teaser": "#e15759",
    "subscription": "#76b7b2",
    "alt_text": "#59a14f",
    "repeated_line": "#edc948",
    "duplicate_paragraph": "#b07aa1",
}
_PRECISION_SPAN = {"day": pd.DateOffset(days=1), "month": pd.DateOffset(months=1), "year": pd.DateOffset(years=1)}


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


def _labels(corpus: pd.DataFrame) -> pd.Series:
    outlets = corpus["outlet"] if "outlet" in corpus else pd.Series("", index=corpus.index)
    return pd.Series([short_label(d, o) for d, o in zip(corpus["doc_id"], outlets)], index=corpus["doc_id"])


def _message(text: str) -> Figure:
    """A small figure that says why there is nothing to draw (a report always gets its figures)."""
    fig = Figure(figsize=(6, 1.2))
    ax = fig.subplots()
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()
    return fig


MANY_DOCUMENTS = 30
"""Above this many documents, the per-document figures draw one row or column per year instead."""


def _groups(corpus: pd.DataFrame) -> tuple[pd.Series, pd.Series, str]:
    """How per-document figures group documents: ``doc_id -> group``, ``group -> label`` (in
    order) and the word for a group. A small corpus has one group per document; a large one, one
    per year of publication (undated documents last)."""
    if len(corpus) <= MANY_DOCUMENTS:
        labels = _labels(corpus)
        return pd.Series(corpus["doc_id"].to_numpy(), index=corpus["doc_id"]), labels, "document"
    years = [("undated" if pd.isna(d) else str(d.year)) for d in corpus["date"]]
    group = pd.Series(years, index=corpus["doc_id"])
    sizes = group.value_counts()
    order = sorted(k for k in sizes.index if k != "undated") + (["undated"] if "undated" in sizes.index else [])
    return group, pd.Series([f"{k} ({sizes[k]:,} docs)" for k in order], index=order), "year"


def plot_cleaning_audit(audit: pd.DataFrame, corpus: pd.DataFrame) -> Figure:
    """Lines kept and removed per document (per year in a large corpus), removed lines split by
    reason (blank lines left out)."""
    group, labels, per = _groups(corpus)
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
        colour = "#bab0ac" if what == "kept" else _REASON_COLOURS[what]
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
    labels = _labels(corpus).tolist()
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
    labels = _labels(dated)
    for i, row in enumerate(dated.itertuples(index=False)):
        span = _PRECISION_SPAN.get(row.date_precision, pd.DateOffset(days=1))
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


def plot_mention_rates(rates: pd.DataFrame, corpus: pd.DataFrame, *, top: int = 12) -> Figure:
    """A heat map of mentions per 1,000 words: actors (rows) by documents (columns; years in a large
    corpus, each year's mentions over its words), with the value written in each cell."""
    shown = rates.head(top)
    group, labels, per = _groups(corpus)
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
    group, labels, per = _groups(corpus)
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


def plot_confusion(matrices: dict[str, pd.DataFrame]) -> Figure:
    """Confusion matrices side by side, one per method: rows the human label, columns the method's."""
    fig = Figure(figsize=(3.4 * len(matrices), 3.4))
    axes = fig.subplots(1, len(matrices), squeeze=False)[0]
    for ax, (name, matrix) in zip(axes, matrices.items()):
        values = matrix.to_numpy()
        ax.imshow(values, cmap="Blues", vmin=0)
        ax.set_xticks(range(len(matrix.columns)), [c[:3] for c in matrix.columns])
        ax.set_yticks(range(len(matrix.index)), [r[:3] for r in matrix.index])
        for (i, j), value in np.ndenumerate(values):
            ax.text(j, i, str(value), ha="center", va="center", color="white" if value > values.max() * 0.6 else "black")
        ax.set_title(name, fontsize="medium")
        ax.set_xlabel("predicted")
    axes[0].set_ylabel("human label")
    return fig


def plot_network(pairs: pd.DataFrame, mentions: pd.DataFrame, *, top: int = 10) -> Figure:
    """The co-occurrence network of the ``top`` most mentioned actors: node area proportional to
    mentions, edge width to the pair's count (the number is written on the edge). Nodes sit on a
    circle, most mentioned first and clockwise, so the same data always draw the same picture and a
    hub cannot hide the edges around it."""
    import networkx as nx

    counts = mentions["actor"].value_counts()
    keep = list(counts.index[:top])
    edges = pairs[pairs["actor_a"].isin(keep) & pairs["actor_b"].isin(keep) & (pairs["count"] > 0)]
    graph = nx.Graph()
    graph.add_nodes_from(keep)
    graph.add_weighted_edges_from(edges[["actor_a", "actor_b", "count"]].itertuples(index=False, name=None))
    # positions rounded: the trigonometry's last bit differs between CPUs' vector units, which moved
    # an antialiased pixel (and the PNG's bytes) on some machines
    pos = {node: np.round(xy, 6) for node, xy in nx.circular_layout(graph).items()}
    fig = Figure(figsize=(7, 6))
    ax = fig.subplots()
    peak = max(edges["count"].max(), 1) if len(edges) else 1
    for a, b, count in edges[["actor_a", "actor_b", "count"]].itertuples(index=False):
        (xa, ya), (xb, yb) = pos[a], pos[b]
        ax.plot([xa, xb], [ya, yb], color="#4e79a7", alpha=0.55, linewidth=0.8 + 7 * count / peak, zorder=1)
        ax.text(xa + 0.6 * (xb - xa), ya + 0.6 * (yb - ya), str(count), fontsize="x-small", ha="center", va="center",
                color="#333333", zorder=3, bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7})
    sizes = [150 + 1500 * counts[n] / counts.max() for n in keep]
    xy = [pos[n] for n in keep]
    ax.scatter([p[0] for p in xy], [p[1] for p in xy], s=sizes, color="#f28e2b", edgecolor="white", zorder=2)
    for n in keep:
        ax.text(pos[n][0], pos[n][1], f"{n}\n{counts[n]}", ha="center", va="center", fontsize="small", zorder=4)
    ax.set_axis_off()
    ax.set_title("Actors talked about together (edge: sentences shared; node: mentions)")
    ax.margins(0.12)
    return fig


def plot_cooccurrence_heatmap(pairs: pd.DataFrame, *, actors: list[str]) -> Figure:
    """A symmetric heat map of normalised PMI for the given actors, with each pair's count written in
    its cell: colour is association, the number is the evidence behind it."""
    npmi = pd.DataFrame(float("nan"), index=actors, columns=actors)
    count = pd.DataFrame(0, index=actors, columns=actors)
    for row in pairs.itertuples(index=False):
        if row.actor_a in actors and row.actor_b in actors:
            for a, b in ((row.actor_a, row.actor_b), (row.actor_b, row.actor_a)):
                npmi.loc[a, b], count.loc[a, b] = row.npmi, row.count
    fig = Figure(figsize=(0.55 * len(actors) + 2.8, 0.55 * len(actors) + 1.6))
    ax = fig.subplots()
    image = ax.imshow(npmi.to_numpy(dtype=float), cmap="PuOr_r", vmin=-1, vmax=1)
    ax.set_xticks(range(len(actors)), actors, rotation=45, ha="right")
    ax.set_yticks(range(len(actors)), actors)
    for i, a in enumerate(actors):
        for j, b in enumerate(actors):
            if i != j and count.loc[a, b]:
                ax.text(j, i, str(count.loc[a, b]), ha="center", va="center", fontsize="x-small")
    fig.colorbar(image, ax=ax, label="normalised PMI (number: shared units)")
    ax.set_title("How strongly pairs are associated")
    return fig


def plot_dyad_timelines(trends: pd.DataFrame, pairs: list[tuple[str, str]], *, labels: dict[str, str] | None = None) -> Figure:
    """One panel per relationship: cooperation (event lexicon) and tone (TextBlob) per dated
    document, both on [-1, 1]; marker area grows with the number of sentences, which is written next
    to each cooperation point. Dates known only to the year or month are drawn at their first day."""
    labels = labels or {}
    if not pairs:
        return _message("No pair of actors shares a sentence in this corpus")
    fig = Figure(figsize=(8, 2.3 * len(pairs) + 0.6))
    axes = fig.subplots(len(pairs), 1, sharex=True, squeeze=False)[:, 0]
    for ax, (a, b) in zip(axes, pairs):
        a, b = sorted((a, b))
        rows = trends[(trends["actor_a"] == a) & (trends["actor_b"] == b)].dropna(subset=["date"])
        sizes = np.minimum(25 + 18 * rows["n_sentences"].astype(float), 400)  # periods of a large corpus hold thousands
        ax.axhline(0, color="#999999", linewidth=0.8)
        ax.plot(rows["date"], rows["cooperation"], color="#4e79a7", linewidth=1.2)
        ax.scatter(rows["date"], rows["cooperation"], s=sizes, color="#4e79a7", label="cooperation (event lexicon)", zorder=3)
        ax.plot(rows["date"], rows["tone"], color="#f28e2b", linewidth=1.2, linestyle="--")
        ax.scatter(rows["date"], rows["tone"], s=sizes, color="#f28e2b", marker="s", label="tone (TextBlob)", zorder=3)
        for date, value, n in zip(rows["date"], rows["cooperation"], rows["n_sentences"]):
            ax.annotate(f"n={n}", (date, value), xytext=(6, 6), textcoords="offset points", fontsize="x-small")
        ax.set_ylim(-1, 1)
        ax.set_ylabel("score")
        ax.set_title(f"{labels.get(a, a)}–{labels.get(b, b)}", fontsize="medium", loc="left")
        ax.spines[["top", "right"]].set_visible(False)
    axes[0].legend(fontsize="x-small", loc="upper left", frameon=False, ncol=2, markerscale=0.5)
    return fig
