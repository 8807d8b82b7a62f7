"""Figures. Each ``plot_*`` function takes tables and returns a matplotlib Figure; it draws nothing
else and writes nothing (:func:`actorlens.save_fig` writes)."""

from .actors import plot_actor_portrayal, plot_mention_rates
from .cooccurrence import plot_cooccurrence_heatmap, plot_network
from .corpus import plot_cleaning_audit, plot_document_lengths, plot_timeline
from .evaluation import plot_confusion
from .relations import plot_dyad_timelines
from .style import short_label

__all__ = ["plot_actor_portrayal", "plot_cleaning_audit", "plot_confusion", "plot_cooccurrence_heatmap",
           "plot_document_lengths", "plot_dyad_timelines", "plot_mention_rates", "plot_network", "plot_timeline",
           "short_label"]
