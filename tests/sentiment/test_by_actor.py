"""Actor sentiment: one row per sentence and actor, by each method, on the labelled seeds."""

import pytest
from actorlens import actor_sentiment
from actorlens.datasets import read_labels
from actorlens.labels import LABELS


@pytest.mark.parametrize("method", ["textblob", "vader", "model"])
def test_actor_sentiment_one_row_per_sentence_and_actor(seed_tables, model, method):
    sentences, mentions = seed_tables
    table = actor_sentiment(sentences, mentions, method, model=model)
    expected = mentions[["doc_id", "sent_id", "actor"]].drop_duplicates()
    assert len(table) == len(expected)
    assert table["polarity"].between(-1, 1).all()
    assert set(table["label"]) <= set(LABELS) and (table["method"] == method).all()
    assert table["n_mentions"].sum() == len(mentions)


def test_lexicon_methods_give_every_actor_the_sentence_score(seed_tables):
    sentences, mentions = seed_tables
    table = actor_sentiment(sentences, mentions, "textblob")
    assert (table.groupby(["doc_id", "sent_id"])["polarity"].nunique() == 1).all()


def test_bad_method_and_no_mentions(seed_tables):
    sentences, mentions = seed_tables
    with pytest.raises(ValueError, match="method must be one of"):
        actor_sentiment(sentences, mentions, "bert")
    assert actor_sentiment(sentences, mentions.iloc[0:0], "textblob").empty


def test_seed_sentiment_labels_cover_every_tagged_pair(seed_tables):
    sentences, mentions = seed_tables
    gold = read_labels("seed_actor_sentiment")
    pairs = mentions[["doc_id", "sent_id", "actor"]].drop_duplicates()
    assert len(gold) == len(pairs)
    assert gold.merge(pairs, on=["doc_id", "sent_id", "actor"]).shape[0] == len(pairs)
    assert set(gold["label"]) == set(LABELS) == set(gold["sentence_label"])
    assert (gold.groupby(["doc_id", "sent_id"])["sentence_label"].nunique() == 1).all()


def test_model_is_not_worse_than_textblob_on_the_seed_labels(seed_tables, model):
    from actorlens.evaluation import label_scores

    sentences, mentions = seed_tables
    gold = read_labels("seed_actor_sentiment")
    scores = {}
    for method in ("textblob", "model"):
        joined = gold.merge(actor_sentiment(sentences, mentions, method, model=model), on=["doc_id", "sent_id", "actor"])
        scores[method] = label_scores(joined["label_x"], joined["label_y"])["macro_f1"]
    assert scores["model"] >= scores["textblob"]
