"""Figures of relationships over time."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .style import message_figure

__all__ = ["plot_dyad_timelines"]

def plot_dyad_timelines(trends: pd.DataFrame, pairs: list[tuple[str, str]], *, labels: dict[str, str] | None = None) -> Figure:
    """One panel per relationship: cooperation (event lexicon) and tone (TextBlob) per dated
    document, both on [-1, 1]; marker area grows with the number of sentences, which is written next
    to each cooperation point. Dates known only to the year or month are drawn at their first day."""
    labels = labels or {}
    if not pairs:
        return message_figure("No pair of actors shares a sentence in this corpus")
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
