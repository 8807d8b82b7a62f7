"""The sentiment methods on NewsMTSC's development splits (never used for training or for choosing
settings)."""

from __future__ import annotations

from typing import Sequence

import pandas as pd

from ..datasets import read_newsmtsc
from ..labels import label_from_score
from ..sentiment.lexicons import textblob_score, vader_score
from ..sentiment.model import train_target_model
from .scores import label_scores

__all__ = ["evaluate_newsmtsc", "predict_targets"]


def predict_targets(data: pd.DataFrame, method: str, *, model=None) -> list[str]:
    """Labels for NewsMTSC-style rows (``sentence, start, end``) by one of the sentiment methods;
    the lexicons score the whole sentence, the model the target."""
    if method == "model":
        model = model or train_target_model()
        return model.predict(list(data[["sentence", "start", "end"]].itertuples(index=False, name=None)))
    score = {"textblob": textblob_score, "vader": vader_score}[method]
    return [label_from_score(score(s)) for s in data["sentence"]]


def evaluate_newsmtsc(methods: Sequence[str] = ("textblob", "vader", "model"), splits: Sequence[str] = ("dev-rw", "dev-mt"), *, model=None) -> pd.DataFrame:
    """Macro-F1 and accuracy of each method on NewsMTSC's development splits (never used for
    training or for choosing settings): one row per method and split."""
    rows = []
    for split in splits:
        data = read_newsmtsc(split)
        for method in methods:
            rows.append({"method": method, "split": split, **label_scores(data["label"].tolist(), predict_targets(data, method, model=model))})
    return pd.DataFrame(rows)
