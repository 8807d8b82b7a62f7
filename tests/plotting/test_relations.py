"""Figures of relationships over time."""

import actorlens as al
import pandas as pd
from actorlens.plotting import plot_dyad_timelines


def test_one_panel_per_pair(corpus, seed_tables):
    sentences, mentions = seed_tables
    trends = al.dyad_trends(al.dyad_sentences(sentences, mentions), corpus)
    fig = plot_dyad_timelines(trends, [("TUR", "USA"), ("RUS", "TUR")], labels={"TUR": "Turkey"})
    assert [ax.get_title(loc="left") for ax in fig.axes] == ["Turkey–USA", "RUS–Turkey"]


def test_no_pair_gives_a_figure_that_says_so():
    fig = plot_dyad_timelines(pd.DataFrame(columns=["actor_a", "actor_b", "date"]), [])
    assert "No pair" in fig.axes[0].texts[0].get_text()
