"""Scores of labels against human labels: macro-F1 and accuracy, confusion tables, and bootstrap
intervals that resample whole sentences."""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

from ..labels import LABELS

__all__ = ["bootstrap_macro_f1", "confusion_table", "label_scores"]


def label_scores(gold: Sequence[str], predicted: Sequence[str], *, labels: Sequence[str] | None = None) -> dict[str, float]:
    """Macro-F1 over the three labels (default: negative, neutral, positive), accuracy, and the
    number of items.

    >>> label_scores(["negative", "neutral", "positive"], ["negative", "neutral", "neutral"])
    {'macro_f1': 0.556, 'accuracy': 0.667, 'n': 3}
    """
    from sklearn.metrics import accuracy_score, f1_score

    macro = f1_score(gold, predicted, labels=list(labels or LABELS), average="macro", zero_division=0)
    return {"macro_f1": round(float(macro), 3), "accuracy": round(float(accuracy_score(gold, predicted)), 3), "n": len(gold)}


def confusion_table(gold: Sequence[str], predicted: Sequence[str], *, labels: Sequence[str] | None = None) -> pd.DataFrame:
    """Counts of (human label, predicted label) over the three labels, as a 3 x 3 table.

    >>> confusion_table(["negative", "positive"], ["negative", "neutral"]).to_numpy().tolist()
    [[1, 0, 0], [0, 0, 0], [0, 1, 0]]
    """
    labels = list(labels or LABELS)
    table = pd.crosstab(pd.Categorical(gold, categories=labels), pd.Categorical(predicted, categories=labels), dropna=False)
    table.index.name, table.columns.name = "human", "predicted"
    return table.reindex(index=labels, columns=labels, fill_value=0)


def bootstrap_macro_f1(
    gold: Sequence[str], predicted: dict[str, Sequence[str]], groups: Sequence[object], *, n: int = 1000, seed: int = 0
) -> pd.DataFrame:
    """Macro-F1 of each method with a 95% bootstrap interval that resamples whole ``groups``
    (sentences: pairs from one sentence are not independent). Deterministic for a given ``seed``.

    Returns one row per method: ``method, macro_f1, low, high``.
    """
    from sklearn.metrics import f1_score

    gold = np.asarray(gold)
    groups = pd.factorize(pd.Series(list(groups)))[0]
    members = [np.flatnonzero(groups == g) for g in range(groups.max() + 1)]
    rng = np.random.default_rng(seed)
    draws = [np.concatenate([members[g] for g in rng.integers(0, len(members), len(members))]) for _ in range(n)]
    rows = []
    for method, pred in predicted.items():
        pred = np.asarray(pred)
        score = lambda idx: f1_score(gold[idx], pred[idx], labels=list(LABELS), average="macro", zero_division=0)  # noqa: E731
        samples = np.array([score(idx) for idx in draws])
        rows.append({"method": method, "macro_f1": round(float(score(np.arange(len(gold)))), 3),
                     "low": round(float(np.quantile(samples, 0.025)), 3), "high": round(float(np.quantile(samples, 0.975)), 3)})
    return pd.DataFrame(rows)
