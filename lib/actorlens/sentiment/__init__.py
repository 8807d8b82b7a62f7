"""Sentiment of sentences and of the actors in them: two lexicon baselines (TextBlob, VADER) and a
target-dependent model trained on NewsMTSC. Scores become labels with a neutral band (see
:mod:`actorlens.labels`)."""

from ..labels import LABELS, NEUTRAL_BAND, label_from_score
from .by_actor import METHODS, actor_sentiment
from .lexicons import sentence_sentiment, textblob_score, vader_score
from .model import TargetSentimentModel, train_target_model

__all__ = ["LABELS", "METHODS", "NEUTRAL_BAND", "TargetSentimentModel", "actor_sentiment", "label_from_score",
           "sentence_sentiment", "textblob_score", "train_target_model", "vader_score"]
