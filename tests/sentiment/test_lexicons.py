"""The lexicon baselines and the word assessments that explain them."""

import pytest
from actorlens import sentence_sentiment
from actorlens.sentiment import textblob_score


@pytest.mark.parametrize(
    "sentence",
    [
        "Ankara was none too pleased.",
        "More than 1,000 civilians have been killed while hundreds of thousands of others have been displaced.",
        "Erdogan insisted that the proposed safe zone be under Turkey\u2019s control.",
    ],
)
def test_textblob_misreads_conflict_news(sentence):
    """The baseline's known weakness, which the notebook explains with these very sentences."""
    assert textblob_score(sentence) > 0.1


def test_sentence_sentiment_explains_each_score(seed_tables):
    sentences, _ = seed_tables
    table = sentence_sentiment(sentences)
    assert table[["doc_id", "sent_id"]].equals(sentences[["doc_id", "sent_id"]])
    assert table["polarity"].between(-1, 1).all() and table["subjectivity"].between(0, 1).all()
    scored = table[table["polarity"] != 0]
    assert (scored["assessments"] != "").all()  # every non-zero score comes with the words behind it
    assert "pleased (+0.50)" in table["assessments"].tolist()
