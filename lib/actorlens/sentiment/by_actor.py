"""How each actor is portrayed in each sentence that mentions it, by one of three methods:
``"textblob"`` and ``"vader"`` give every actor the sentence's lexicon score (the baselines);
``"model"`` (the default) scores each mention with the target-dependent model.

A score is a reading of the words, not a stance: a sentence can quote an actor's anger without the
author sharing it, and "Ankara considers the YPG a threat" is negative toward the YPG *according to
Ankara*.
"""

from __future__ import annotations

import pandas as pd

from ..labels import LABELS, label_from_score
from .lexicons import textblob_score, vader_score
from .model import TargetSentimentModel, train_target_model

__all__ = ["METHODS", "actor_sentiment"]

METHODS = ("textblob", "vader", "model")


def actor_sentiment(
    sentences: pd.DataFrame, mentions: pd.DataFrame, method: str = "model", *, model: TargetSentimentModel | None = None,
) -> pd.DataFrame:
    """How each actor is portrayed in each sentence that mentions it.

    One row per ``(doc_id, sent_id, actor)``: ``polarity`` in [-1, 1], ``label`` (negative /
    neutral / positive), ``method`` and ``n_mentions``. With ``"textblob"`` or ``"vader"`` every
    actor in a sentence gets the sentence's score. With ``"model"`` each mention is scored on its
    own; an actor mentioned twice in a sentence gets the mean of its mentions' probabilities, and
    ``polarity`` is P(positive) - P(negative); without ``model``, the default one
    (:func:`~actorlens.sentiment.train_target_model`).

    >>> from actorlens import load_corpus, split_sentences, tag_actors
    >>> sentences = split_sentences(load_corpus())
    >>> table = actor_sentiment(sentences, tag_actors(sentences), method="textblob")
    >>> table.columns.tolist()
    ['doc_id', 'sent_id', 'actor', 'polarity', 'label', 'method', 'n_mentions']
    """
    if method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(METHODS)}, not {method!r}")
    columns = ["doc_id", "sent_id", "actor", "polarity", "label", "method", "n_mentions"]
    if mentions.empty:
        return pd.DataFrame(columns=columns)
    texts = sentences.set_index(["doc_id", "sent_id"])["text"]
    keys = ["doc_id", "sent_id", "actor"]
    if method in ("textblob", "vader"):
        score = textblob_score if method == "textblob" else vader_score
        pairs = mentions.groupby(keys, sort=False).size().rename("n_mentions").reset_index()
        unique = pairs[["doc_id", "sent_id"]].drop_duplicates()
        scores = {k: score(texts[k]) for k in unique.itertuples(index=False, name=None)}
        pairs["polarity"] = [round(scores[(d, s)], 4) for d, s in zip(pairs["doc_id"], pairs["sent_id"])]
        pairs["label"] = pairs["polarity"].map(label_from_score)
    else:
        model = model or train_target_model()
        targets = [(texts[(d, s)], a, b) for d, s, a, b in mentions[["doc_id", "sent_id", "start", "end"]].itertuples(index=False)]
        proba = pd.DataFrame(model.predict_proba(targets), columns=list(LABELS), index=mentions.index)
        per = pd.concat([mentions[keys], proba], axis=1).groupby(keys, sort=False)
        pairs = per[list(LABELS)].mean().join(per.size().rename("n_mentions")).reset_index()
        pairs["polarity"] = (pairs["positive"] - pairs["negative"]).round(4)
        pairs["label"] = [LABELS[i] for i in pairs[list(LABELS)].to_numpy().argmax(axis=1)]
    pairs["method"] = method
    return pairs[columns].reset_index(drop=True)
