"""How often each actor is talked about, per document."""

from __future__ import annotations

import pandas as pd

__all__ = ["mention_rates"]


def mention_rates(mentions: pd.DataFrame, corpus: pd.DataFrame, *, per: int = 1000) -> pd.DataFrame:
    """Mentions of each actor per ``per`` words of each document's clean text.

    One row per actor (sorted by total mentions, most first), one column per document (in the
    corpus's order). Counting per 1,000 words makes long and short documents comparable.

    >>> from actorlens import load_corpus, split_sentences, tag_actors
    >>> corpus = load_corpus()
    >>> rates = mention_rates(tag_actors(split_sentences(corpus)), corpus)
    >>> rates.index[0], list(rates.columns) == list(corpus["doc_id"])
    ('TUR', True)
    """
    counts = pd.crosstab(mentions["actor"], mentions["doc_id"]).reindex(columns=corpus["doc_id"], fill_value=0)
    words = corpus.set_index("doc_id")["n_words"].reindex(counts.columns)
    rates = counts.div(words.where(words > 0), axis=1).fillna(0.0) * per
    order = counts.sum(axis=1).sort_values(ascending=False, kind="stable").index
    rates = rates.loc[order].round(2)
    rates.columns.name, rates.index.name = "doc_id", "actor"
    return rates
