"""Figures of co-occurrence: the network and the heat map."""

import actorlens as al
from actorlens.plotting import plot_cooccurrence_heatmap, plot_network


def test_network_draws_the_top_actors_and_their_edges(seed_tables):
    _, mentions = seed_tables
    pairs = al.cooccurrence(mentions)
    fig = plot_network(pairs, mentions, top=4)
    labels = [t.get_text().split("\n")[0] for t in fig.axes[0].texts if "\n" in t.get_text()]
    assert labels == mentions["actor"].value_counts().index[:4].tolist()


def test_heat_map_is_symmetric_and_empty_pairs_stay_blank(seed_tables):
    _, mentions = seed_tables
    fig = plot_cooccurrence_heatmap(al.cooccurrence(mentions), actors=["TUR", "USA", "RUS"])
    values = fig.axes[0].images[0].get_array()
    assert (values == values.T).all()
