"""Which actors are talked about together: counts and association measures by hand."""

import math

import pandas as pd
import pytest
from actorlens import cooccurrence, cooccurrence_by_document
from actorlens.cooccurrence import COOCCURRENCE_COLUMNS


def pair(table, a, b):
    return table.set_index(["actor_a", "actor_b"]).loc[(a, b)]


SENTENCES = pd.DataFrame({"doc_id": ["d1", "d1", "d1", "d2"], "sent_id": [0, 1, 2, 0], "paragraph": [0, 0, 1, 0]})


# Two documents. d1: s0 {A, B} (B twice), s1 {A}, s2 {C};  paragraphs: p0 = s0+s1, p1 = s2.
# d2: s0 {A, B}.  So sentences with mentions: 4; paragraphs: 3; documents: 2.
MENTIONS = pd.DataFrame(
    [("d1", 0, "B"), ("d1", 0, "A"), ("d1", 0, "B"), ("d1", 1, "A"), ("d1", 2, "C"), ("d2", 0, "A"), ("d2", 0, "B")],
    columns=["doc_id", "sent_id", "actor"],
)


@pytest.mark.parametrize(
    ("unit", "n_units", "count", "n_a", "n_b"),
    [("sentence", 4, 2, 3, 2), ("paragraph", 3, 2, 2, 2), ("document", 2, 2, 2, 2)],
)
def test_counts_and_measures_by_hand(unit, n_units, count, n_a, n_b):
    table = cooccurrence(MENTIONS, unit=unit, sentences=SENTENCES)
    ab = pair(table, "A", "B")
    assert (ab["count"], ab["n_a"], ab["n_b"], ab["n_units"]) == (count, n_a, n_b, n_units)
    expected = n_a * n_b / n_units
    assert ab["expected"] == pytest.approx(expected, abs=1e-3)
    assert ab["pmi"] == pytest.approx(math.log2(count / expected), abs=1e-3)
    p_ab = count / n_units
    assert ab["npmi"] == pytest.approx(1.0 if p_ab == 1 else math.log2(count / expected) / -math.log2(p_ab), abs=1e-3)
    assert ab["jaccard"] == pytest.approx(count / (n_a + n_b - count), abs=1e-3)
    assert ab["dice"] == pytest.approx(2 * count / (n_a + n_b), abs=1e-3)


def test_sentence_unit_numbers():
    ab = pair(cooccurrence(MENTIONS), "A", "B")
    # A in 3 of 4 sentences, B in 2, together in 2: expected 1.5, PMI log2(2/1.5) = 0.415
    assert (ab["expected"], ab["pmi"], ab["jaccard"], ab["dice"]) == (1.5, 0.415, 0.667, 0.8)


def test_pairs_are_sorted_unordered_and_never_self_pairs():
    table = cooccurrence(MENTIONS, min_count=0)
    assert (table["actor_a"] < table["actor_b"]).all()
    assert not table.duplicated(["actor_a", "actor_b"]).any()
    swapped = MENTIONS.replace({"A": "Z"})  # Z sorts after B: the pair is written (B, Z)
    assert pair(cooccurrence(swapped), "B", "Z")["count"] == 2


def test_repeated_mentions_in_a_unit_count_once():
    doubled = pd.concat([MENTIONS, MENTIONS], ignore_index=True)
    assert cooccurrence(doubled).equals(cooccurrence(MENTIONS))


def test_zero_counts_listed_on_request():
    table = cooccurrence(MENTIONS, min_count=0)
    ac = pair(table, "A", "C")
    assert ac["count"] == 0 and ac["pmi"] == -math.inf and ac["npmi"] == -1.0 and ac["jaccard"] == 0
    assert ("A", "C") not in set(zip(cooccurrence(MENTIONS)["actor_a"], cooccurrence(MENTIONS)["actor_b"]))


def test_one_actor_only_and_no_mentions():
    one = MENTIONS[MENTIONS["actor"] == "A"]
    for mentions in (one, MENTIONS.iloc[0:0]):
        table = cooccurrence(mentions)
        assert table.empty and table.columns.tolist() == COOCCURRENCE_COLUMNS
    assert cooccurrence_by_document(MENTIONS.iloc[0:0]).columns.tolist() == ["doc_id", *COOCCURRENCE_COLUMNS]


def test_by_document():
    table = cooccurrence_by_document(MENTIONS)
    assert table[["doc_id", "actor_a", "actor_b", "count", "n_units"]].values.tolist() == [["d1", "A", "B", 1, 3], ["d2", "A", "B", 1, 1]]
    with pytest.raises(ValueError, match="within one document"):
        cooccurrence_by_document(MENTIONS, unit="document")


def test_bad_unit_and_paragraph_without_sentences():
    with pytest.raises(ValueError, match="unit must be one of"):
        cooccurrence(MENTIONS, unit="page")
    with pytest.raises(ValueError, match="needs sentences"):
        cooccurrence(MENTIONS, unit="paragraph")


def test_pair_sentences_in_corpus_order_and_empty_when_never_together():
    from actorlens.cooccurrence import pair_sentences

    sentences = pd.DataFrame({"doc_id": ["d1", "d1", "d1", "d2"], "sent_id": [0, 1, 2, 0], "text": ["s0", "s1", "s2", "t0"]})
    assert pair_sentences(MENTIONS, sentences, "A", "B")["text"].tolist() == ["s0", "t0"]
    empty = pair_sentences(MENTIONS, sentences, "A", "C")
    assert empty.empty and empty.columns.tolist() == ["doc_id", "sent_id", "text"]
