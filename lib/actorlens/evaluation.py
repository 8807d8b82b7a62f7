"""Scoring the tagger against hand-annotated mentions.

The gold files are JSON Lines, one sentence per line: ``{"text": ..., "mentions": [{"text": ...,
"actor": ...}, ...]}`` plus an id (``doc_id``/``sent_id`` for seed sentences, ``id`` for written
ones), mentions in order of appearance (see ``tests/data/mentions/README.md``). A predicted mention
is correct when a gold mention of the same actor overlaps it (span edges such as "Syrian Kurdish
militants" vs "Syrian Kurdish" do not matter); each gold mention can be matched once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from .cache import disk_cached

from .actors import ActorTagger
from .errors import CorpusError

__all__ = ["MentionScores", "bootstrap_macro_f1", "confusion_table", "evaluate_newsmtsc", "label_scores", "predict_targets", "read_mention_gold", "score_mentions"]


def read_mention_gold(*paths: str | Path) -> pd.DataFrame:
    """Gold sentences: ``item, text, gold`` where ``gold`` is a list of ``(actor, text, start, end)``.

    A mention whose text does not occur in its sentence (after the previous mention) raises
    :class:`~actorlens.errors.CorpusError` naming the file and line.
    """
    rows = []
    for path in paths:
        path = Path(path)
        for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                item = record.get("id") or f"{record['doc_id']}:{record['sent_id']}"
                text, mentions = record["text"], record["mentions"]
            except json.JSONDecodeError as err:
                raise CorpusError(f"{path}, line {line_no}: not valid JSON ({err.msg})") from None
            except (KeyError, AttributeError) as err:
                raise CorpusError(f"{path}, line {line_no}: missing field {err} (needs text, mentions and an id)") from None
            cursor, gold = 0, []
            for mention in mentions:
                start = text.find(mention["text"], cursor)
                if start < 0:
                    raise CorpusError(f"{path}, line {line_no}: mention {mention['text']!r} not found in its sentence")
                gold.append((mention["actor"], mention["text"], start, start + len(mention["text"])))
                cursor = start + len(mention["text"])
            rows.append({"item": item, "source": path.stem, "text": text, "gold": gold})
    return pd.DataFrame(rows, columns=["item", "source", "text", "gold"])


@dataclass(frozen=True)
class MentionScores:
    """Precision, recall and F1 over mentions, and every error (``kind`` is ``missed`` or ``wrong``)."""

    tp: int
    fp: int
    fn: int
    errors: pd.DataFrame

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_mentions(gold: pd.DataFrame, tagger: ActorTagger) -> MentionScores:
    """Tag each gold sentence and compare (see the module documentation for the matching rule)."""
    tp = fp = fn = 0
    errors = []
    for item, text, wanted in gold[["item", "text", "gold"]].itertuples(index=False):
        unmatched = list(wanted)
        for m in tagger.find(text):
            hit = next((g for g in unmatched if g[0] == m.actor and g[2] < m.end and m.start < g[3]), None)
            if hit is None:
                fp += 1
                errors.append((item, "wrong", m.actor, m.text, text))
            else:
                tp += 1
                unmatched.remove(hit)
        fn += len(unmatched)
        errors.extend((item, "missed", g[0], g[1], text) for g in unmatched)
    return MentionScores(tp, fp, fn, pd.DataFrame(errors, columns=["item", "kind", "actor", "mention", "sentence"]))


def label_scores(gold: Sequence[str], predicted: Sequence[str], *, labels: Sequence[str] | None = None) -> dict[str, float]:
    """Macro-F1 over the three labels (default: negative, neutral, positive), accuracy, and the
    number of items.

    >>> label_scores(["negative", "neutral", "positive"], ["negative", "neutral", "neutral"])
    {'macro_f1': 0.556, 'accuracy': 0.667, 'n': 3}
    """
    from sklearn.metrics import accuracy_score, f1_score

    from .sentiment import LABELS

    macro = f1_score(gold, predicted, labels=list(labels or LABELS), average="macro", zero_division=0)
    return {"macro_f1": round(float(macro), 3), "accuracy": round(float(accuracy_score(gold, predicted)), 3), "n": len(gold)}


def predict_targets(data: pd.DataFrame, method: str, *, model=None) -> list[str]:
    """Labels for NewsMTSC-style rows (``sentence, start, end``) by one of the sentiment methods;
    the lexicons score the whole sentence, the model the target."""
    from .sentiment import label_from_score, textblob_score, train_target_model, vader_score

    if method == "model":
        model = model or train_target_model()
        return model.predict(list(data[["sentence", "start", "end"]].itertuples(index=False, name=None)))
    score = {"textblob": textblob_score, "vader": vader_score}[method]
    return [label_from_score(score(s)) for s in data["sentence"]]


@disk_cached
def evaluate_newsmtsc(methods: Sequence[str] = ("textblob", "vader", "model"), splits: Sequence[str] = ("dev-rw", "dev-mt"), *, model=None) -> pd.DataFrame:
    """Macro-F1 and accuracy of each method on NewsMTSC's development splits (never used for
    training or for choosing settings): one row per method and split."""
    from .sentiment import read_newsmtsc

    rows = []
    for split in splits:
        data = read_newsmtsc(split)
        for method in methods:
            rows.append({"method": method, "split": split, **label_scores(data["label"].tolist(), predict_targets(data, method, model=model))})
    return pd.DataFrame(rows)


def confusion_table(gold: Sequence[str], predicted: Sequence[str], *, labels: Sequence[str] | None = None) -> pd.DataFrame:
    """Counts of (human label, predicted label) over the three labels, as a 3 x 3 table.

    >>> confusion_table(["negative", "positive"], ["negative", "neutral"]).to_numpy().tolist()
    [[1, 0, 0], [0, 0, 0], [0, 1, 0]]
    """
    from .sentiment import LABELS

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

    from .sentiment import LABELS

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
