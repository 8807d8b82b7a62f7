"""The figures of the command-line report, drawn with the notebooks' plotting functions."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pandas as pd

from .actors import mention_rates
from .figures import save_fig
from .plots import (
    plot_actor_portrayal,
    plot_cooccurrence_heatmap,
    plot_document_lengths,
    plot_dyad_timelines,
    plot_mention_rates,
    plot_network,
    plot_timeline,
)

__all__ = ["report_figures"]


def report_figures(
    corpus: pd.DataFrame, mentions: pd.DataFrame, sentiment: pd.DataFrame, pairs: pd.DataFrame, trends: pd.DataFrame,
    registry: pd.DataFrame, folder: Path, *, top_actors: int = 10, top_pairs: int = 5,
    on_figure: Callable[[str], None] | None = None,
) -> dict[str, Path]:
    """Write ``report_<name>.png`` into ``folder`` for each figure the data allow; return the paths
    by ``figure_<name>``. Figures about actors need mentions, figures about pairs need pairs."""
    figures = {"timeline": lambda: plot_timeline(corpus), "document_lengths": lambda: plot_document_lengths(corpus)}
    if len(mentions):
        actors = mentions["actor"].value_counts().index[:top_actors].tolist()
        figures["mention_rates"] = lambda: plot_mention_rates(mention_rates(mentions, corpus), corpus)
        figures["actor_portrayal"] = lambda: plot_actor_portrayal(sentiment, corpus, actors=actors[:8])
    if len(pairs):
        figures["network"] = lambda: plot_network(pairs, mentions, top=top_actors)
        figures["npmi_heatmap"] = lambda: plot_cooccurrence_heatmap(pairs, actors=actors)
    if len(trends):
        names = dict(zip(registry["code"], registry["label"]))
        shown = list(pairs[["actor_a", "actor_b"]].head(top_pairs).itertuples(index=False, name=None))
        figures["relationship_timelines"] = lambda: plot_dyad_timelines(trends, shown, labels=names)
    written = {}
    for name, draw in figures.items():
        if on_figure is not None:
            on_figure(name)
        written[f"figure_{name}"] = save_fig(draw(), name, notebook="report", folder=folder)
    return written
