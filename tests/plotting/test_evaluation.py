"""Figures of validation."""

from actorlens.evaluation import confusion_table
from actorlens.plotting import plot_confusion


def test_one_panel_per_method_with_the_counts_written():
    gold, predicted = ["negative", "positive", "neutral"], ["negative", "neutral", "neutral"]
    fig = plot_confusion({"a": confusion_table(gold, predicted), "b": confusion_table(gold, gold)})
    assert [ax.get_title() for ax in fig.axes] == ["a", "b"]
    assert sorted(t.get_text() for t in fig.axes[1].texts).count("1") == 3
