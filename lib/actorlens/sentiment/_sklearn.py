"""scikit-learn pieces of the sentiment model, in a module of their own so that importing
:mod:`actorlens.sentiment` does not import scikit-learn."""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer


class SentenceTfidf(TransformerMixin, BaseEstimator):
    """TF-IDF of whole sentences (words and bigrams) that scores each distinct sentence once,
    however many targets it holds: a news sentence often names three actors. The values are those
    of scoring every row."""

    def fit(self, texts: list[str], y=None) -> "SentenceTfidf":
        self.vectorizer_ = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True).fit(texts)
        return self

    def transform(self, texts: list[str]):
        unique, inverse = np.unique(np.asarray(texts, dtype=object), return_inverse=True)
        return self.vectorizer_.transform(list(unique))[inverse]
