"""Lexicon scores of whole sentences: TextBlob (the baseline) and VADER (a second lexicon for
comparison). Both work offline: TextBlob's sentiment lexicon ships with it, VADER's with it. A
lexicon score is of the sentence and knows words, not targets: it is fooled by news phrasing
("none too pleased" is +0.5)."""

from __future__ import annotations

import pandas as pd

from ..resources import resource

__all__ = ["sentence_sentiment", "textblob_score", "vader_score", "word_lexicons"]


def textblob_score(text: str) -> float:
    """TextBlob's polarity of ``text`` in [-1, 1] (works offline; no NLTK corpora needed).

    >>> textblob_score("Ankara was none too pleased.")
    0.5
    """
    from textblob import en

    return float(en.sentiment(text)[0])


@resource
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_score(text: str) -> float:
    """VADER's compound score of ``text`` in [-1, 1].

    >>> vader_score("Relations are robust.") > 0
    True
    """
    return float(_vader().polarity_scores(text)["compound"])


def sentence_sentiment(sentences: pd.DataFrame) -> pd.DataFrame:
    """TextBlob's score of every sentence, with the word-level assessments that explain it.

    Columns: ``doc_id, sent_id, polarity, subjectivity, assessments`` (the words TextBlob scored,
    as ``"word (+0.50)"`` joined by ``"; "``; negations appear as ``"not good (-0.35)"``).

    >>> table = sentence_sentiment(pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "text": ["Ankara was none too pleased."]}))
    >>> float(table.loc[0, "polarity"]), table.loc[0, "assessments"]
    (0.5, 'pleased (+0.50)')
    """
    from textblob import en

    rows = []
    for doc_id, sent_id, text in sentences[["doc_id", "sent_id", "text"]].itertuples(index=False):
        score = en.sentiment(text)
        words = "; ".join(f"{' '.join(w)} ({p:+.2f})" for w, p, _, _ in score.assessments)
        rows.append((doc_id, sent_id, round(float(score[0]), 4), round(float(score[1]), 4), words))
    return pd.DataFrame(rows, columns=["doc_id", "sent_id", "polarity", "subjectivity", "assessments"])


@resource
def word_lexicons() -> tuple[dict[str, float], dict[str, float]]:
    """TextBlob's word polarities and VADER's word valences, for looking words up one by one."""
    from textblob import en

    textblob = {w: senses[None][0] for w, senses in en.sentiment.items() if None in senses}
    return textblob, dict(_vader().lexicon)
