"""Measuring against human labels: the tagger against annotated mentions, labels against labels
(macro-F1, accuracy, confusion tables, bootstrap intervals), and the sentiment methods on NewsMTSC."""

from .mentions import MentionScores, read_mention_gold, score_mentions
from .newsmtsc import evaluate_newsmtsc, predict_targets
from .scores import bootstrap_macro_f1, confusion_table, label_scores

__all__ = ["MentionScores", "bootstrap_macro_f1", "confusion_table", "evaluate_newsmtsc", "label_scores",
           "predict_targets", "read_mention_gold", "score_mentions"]
