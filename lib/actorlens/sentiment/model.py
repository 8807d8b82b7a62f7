"""A target-dependent sentiment classifier trained on NewsMTSC (human labels of the sentiment toward
a named person or group in political news). Its features know where the target is: the words just
before and after it (by side and distance) and the two lexicons' word scores on each side, next to
the sentence's words and bigrams and its TextBlob score."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd

from ..datasets import read_newsmtsc
from ..labels import LABELS
from ..resources import resource
from .lexicons import textblob_score, word_lexicons

__all__ = ["SOLVER", "TOLERANCE", "TargetSentimentModel", "train_target_model"]

_TOKEN = re.compile(r"\w+|[^\w\s]")

Target = tuple[str, int, int]  # (sentence, start, end) of the target mention

SOLVER = "newton-cg"
TOLERANCE = 1e-12
"""How the target model's logistic regression is fitted. The loss is strictly convex, so it has one
optimum; a Newton solver reaches it in about a dozen iterations, and this tolerance puts the fitted
probabilities within about 1e-12 of it on every CPU and BLAS kernel (lbfgs at its default tolerance
stopped 0.01 short, and where it stopped depended on the kernel). See ``benchmarks/README.md``."""


def _window(target: Target, width: int) -> tuple[list[str], list[str], str]:
    sentence, start, end = target
    left = [w.lower() for w in _TOKEN.findall(sentence[:start])][-width:]
    right = [w.lower() for w in _TOKEN.findall(sentence[end:])][:width]
    return left, right, sentence[start:end].lower()


def _window_words(targets: Sequence[Target]) -> list[str]:
    """Words near the target, tagged with their side and distance: ``L0_said``, ``Rm_threat``."""
    out = []
    for target in targets:
        left, right, mention = _window(target, 10)
        near = lambda d: str(d) if d < 3 else ("m" if d < 6 else "f")  # noqa: E731
        words = [f"L{near(d)}_{w}" for d, w in enumerate(reversed(left))]
        words += [f"R{near(d)}_{w}" for d, w in enumerate(right)]
        words += [f"T_{w}" for w in mention.split()]
        out.append(" ".join(words))
    return out


def _sentences(targets: Sequence[Target]) -> list[str]:
    return [sentence for sentence, _, _ in targets]


def _word_scores(words: list[str]) -> list[float]:
    """Mean TextBlob polarity, VADER's positive and negative valence (/ 4) and their balance."""
    textblob, vader = word_lexicons()
    tb = [textblob[w] for w in words if w in textblob]
    valences = [vader[w] for w in words if w in vader]
    pos = sum(v for v in valences if v > 0) / 4
    neg = -sum(v for v in valences if v < 0) / 4
    return [sum(tb) / len(tb) if tb else 0.0, pos, neg, (pos - neg) / (abs(pos - neg) + 1)]


def _lexicon_features(targets: Sequence[Target]) -> np.ndarray:
    """Per target: TextBlob's score of the whole sentence; word-by-word lexicon scores of the whole
    sentence and of the eight words on each side of the target; where the target sits; whether the
    sentence quotes someone. The whole-sentence parts are computed once per sentence."""
    rows = []
    by_sentence: dict[str, list[float]] = {}
    for sentence, start, end in targets:
        if sentence not in by_sentence:
            words = [w.lower() for w in _TOKEN.findall(sentence)]
            by_sentence[sentence] = [textblob_score(sentence), *_word_scores(words),
                                     float('"' in sentence or "“" in sentence)]
        left = [w.lower() for w in _TOKEN.findall(sentence[:start])][-8:]
        right = [w.lower() for w in _TOKEN.findall(sentence[end:])][:8]
        rows.append([*by_sentence[sentence], *_word_scores(left), *_word_scores(right), start / max(len(sentence), 1)])
    return np.asarray(rows, dtype=float).reshape(len(rows), 15)


def _features():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_pipeline, make_union
    from sklearn.preprocessing import FunctionTransformer, StandardScaler

    from ._sklearn import SentenceTfidf

    return make_union(
        make_pipeline(FunctionTransformer(_sentences), SentenceTfidf()),
        make_pipeline(FunctionTransformer(_window_words), TfidfVectorizer(token_pattern=r"\S+", min_df=2, sublinear_tf=True)),
        make_pipeline(FunctionTransformer(_lexicon_features), StandardScaler()),
    )


@dataclass
class TargetSentimentModel:
    """A trained target-dependent classifier. :meth:`predict_proba` gives, for each
    ``(sentence, start, end)`` target, the probabilities of :data:`LABELS` in that order."""

    pipeline: object
    C: float

    def predict_proba(self, targets: Sequence[Target]) -> np.ndarray:
        from threadpoolctl import threadpool_limits

        if not len(targets):
            return np.zeros((0, len(LABELS)))
        with threadpool_limits(1):
            proba = self.pipeline.predict_proba(list(targets))
        order = [list(self.pipeline.classes_).index(label) for label in LABELS]
        return proba[:, order]

    def predict(self, targets: Sequence[Target]) -> list[str]:
        return [LABELS[i] for i in self.predict_proba(targets).argmax(axis=1)]


def train_target_model(*, C: float = 1.0, data: pd.DataFrame | None = None) -> TargetSentimentModel:
    """Train the target-dependent model on NewsMTSC's train split (or on ``data`` with the same
    columns). Deterministic: the same data give the same model. ``C = 1.0`` was chosen by grouped
    5-fold cross-validation on the train split (0.3: macro-F1 0.662, 1.0: 0.674); the dev splits
    were not used to choose it; the features were chosen the same way (see notebook 03). About 10
    seconds on one core, to the same optimum on every CPU (:data:`SOLVER`, :data:`TOLERANCE`). The
    default model (no ``data``) is a resource of the library like a lexicon: built once per process."""
    if data is None and C == DEFAULT_C:
        return _default_model()
    return _fit(read_newsmtsc("train") if data is None else data, C)


DEFAULT_C = 1.0


@resource
def _default_model() -> TargetSentimentModel:
    return _fit(read_newsmtsc("train"), DEFAULT_C)


def _fit(data: pd.DataFrame, C: float) -> TargetSentimentModel:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from threadpoolctl import threadpool_limits

    targets = list(data[["sentence", "start", "end"]].itertuples(index=False, name=None))
    classifier = LogisticRegression(C=C, solver=SOLVER, tol=TOLERANCE, max_iter=1000, class_weight="balanced")
    pipeline = make_pipeline(_features(), classifier)
    with threadpool_limits(1):
        pipeline.fit(targets, data["label"].tolist())
    return TargetSentimentModel(pipeline, C)
