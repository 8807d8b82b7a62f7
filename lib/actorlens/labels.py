"""Scores in [-1, 1] turned into labels with a neutral band: the one rule behind sentiment labels
(negative / neutral / positive) and relation labels (conflict / neutral / cooperation).

>>> label_from_score(-0.3), label_from_score(0.05), relation_label(0.4)
('negative', 'neutral', 'cooperation')
"""

from __future__ import annotations

from typing import Sequence

__all__ = ["LABELS", "NEUTRAL_BAND", "RELATION_LABELS", "label_from_score", "relation_label"]

LABELS = ("negative", "neutral", "positive")
"""Sentiment labels, from the most negative."""

RELATION_LABELS = ("conflict", "neutral", "cooperation")
"""Relation labels, from conflict to cooperation."""

NEUTRAL_BAND = 0.05
"""Scores from -0.05 to +0.05 (inclusive) are neutral."""


def label_from_score(score: float, *, band: float = NEUTRAL_BAND, labels: Sequence[str] = LABELS) -> str:
    """``labels[0]`` below ``-band``, ``labels[2]`` above ``band``, else ``labels[1]``.

    >>> [label_from_score(s) for s in (-0.3, 0.0, 0.05, 0.5)]
    ['negative', 'neutral', 'neutral', 'positive']
    """
    return labels[0] if score < -band else labels[2] if score > band else labels[1]


def relation_label(score: float, *, band: float = NEUTRAL_BAND) -> str:
    """``conflict`` below ``-band``, ``cooperation`` above ``band``, else ``neutral``.

    >>> [relation_label(x) for x in (-0.3, 0.02, 0.4)]
    ['conflict', 'neutral', 'cooperation']
    """
    return label_from_score(score, band=band, labels=RELATION_LABELS)
