"""Figures of actors: who is talked about and how each is portrayed."""

import actorlens as al
from actorlens.plotting import plot_actor_portrayal, plot_mention_rates
from matplotlib.figure import Figure


def test_mention_rates_heat_map_has_one_row_per_actor_shown(corpus, seed_tables):
    _, mentions = seed_tables
    fig = plot_mention_rates(al.mention_rates(mentions, corpus), corpus, top=5)
    assert len(fig.axes[0].get_yticklabels()) == 5


def test_actor_portrayal_writes_the_number_of_sentences_in_each_cell(corpus, seed_tables):
    sentences, mentions = seed_tables
    table = al.actor_sentiment(sentences, mentions, "textblob")
    fig = plot_actor_portrayal(table, corpus, actors=["TUR", "USA"])
    assert isinstance(fig, Figure)
    assert all("n=" in t.get_text() for t in fig.axes[0].texts)
