"""One rule for turning a score into a label with a neutral band."""

import pytest
from actorlens.labels import LABELS, RELATION_LABELS, label_from_score, relation_label


@pytest.mark.parametrize(("score", "index"), [(-1.0, 0), (-0.051, 0), (-0.05, 1), (0.0, 1), (0.05, 1), (0.051, 2), (1.0, 2)])
def test_the_band_is_inclusive_and_the_same_for_sentiment_and_relations(score, index):
    assert label_from_score(score) == LABELS[index]
    assert relation_label(score) == RELATION_LABELS[index]


def test_a_wider_band():
    assert label_from_score(0.2, band=0.25) == "neutral" and relation_label(-0.3, band=0.25) == "conflict"
