"""Figures of co-occurrence: the network of actors and the association heat map."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

__all__ = ["plot_cooccurrence_heatmap", "plot_network"]

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
