"""Sentiment of sentences and of the actors in them.

Three methods score an actor in a sentence:

``"textblob"``
    TextBlob's lexicon score of the whole sentence, given to every actor in it: the baseline. It
    knows words, not targets, and it is fooled by news phrasing ("none too pleased" is +0.5).
``"vader"``
    VADER's compound score of the whole sentence, the same way: a second lexicon for comparison.
``"model"`` (the default)
    a target-dependent classifier trained by :func:`train_target_model` on NewsMTSC (human labels
    of the sentiment toward a named person or group in political news). Its features know where the
    target is: the words just before and after it (by side and distance) and the two lexicons'
    word scores on each side, next to the sentence's words and bigrams and its TextBlob score.

Lexicon scores become labels with a neutral band: below -0.05 negative, above +0.05 positive.
A score is a reading of the words, not a stance: a sentence can quote an actor's anger without the
author sharing it, and "Ankara considers the YPG a threat" is negative toward the YPG *according to
Ankara*.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Sequence

import numpy as np
import pandas as pd

from .cache import disk_cached, uncached
from .parallel import chunked, map_ordered, resolve_jobs

__all__ = [
    "LABELS",
    "METHODS",
    "NEUTRAL_BAND",
    "TargetSentimentModel",
    "actor_sentiment",
    "label_from_score",
    "read_newsmtsc",
    "sentence_sentiment",
    "textblob_score",
    "train_target_model",
    "vader_score",
]

LABELS = ("negative", "neutral", "positive")
METHODS = ("textblob", "vader", "model")
NEUTRAL_BAND = 0.05
_POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
_TOKEN = re.compile(r"\w+|[^\w\s]")

Target = tuple[str, int, int]  # (sentence, start, end) of the target mention

SOLVER = "newton-cg"
TOLERANCE = 1e-12
"""How the target model's logistic regression is fitted. The loss is strictly convex, so it has one
optimum; a Newton solver reaches it in about a dozen iterations, and this tolerance puts the fitted
probabilities within about 1e-12 of it on every CPU and BLAS kernel (lbfgs at its default tolerance
stopped 0.01 short, and where it stopped depended on the kernel). See ``benchmarks/README.md``."""


# --------------------------------------------------------------------------------------------------
# Lexicons.


def textblob_score(text: str) -> float:
    """TextBlob's polarity of ``text`` in [-1, 1] (works offline; no NLTK corpora needed).

    >>> textblob_score("Ankara was none too pleased.")
    0.5
    """
    from textblob import en

    return float(en.sentiment(text)[0])


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_score(text: str) -> float:
    """VADER's compound score of ``text`` in [-1, 1].

    >>> vader_score("Relations are robust.") > 0
    True
    """
    return float(_vader().polarity_scores(text)["compound"])


def label_from_score(score: float, *, band: float = NEUTRAL_BAND) -> str:
    """``negative`` below ``-band``, ``positive`` above ``band``, else ``neutral``.

    >>> [label_from_score(s) for s in (-0.3, 0.0, 0.05, 0.5)]
    ['negative', 'neutral', 'neutral', 'positive']
    """
    return "negative" if score < -band else "positive" if score > band else "neutral"


@disk_cached
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


# --------------------------------------------------------------------------------------------------
# NewsMTSC and the target-dependent model.


def read_newsmtsc(split: str = "train") -> pd.DataFrame:
    """One NewsMTSC split (``train``, ``dev-rw`` or ``dev-mt``) from the copy inside the package:
    one row per target with ``sentence, start, end, mention, label``."""
    if split not in ("train", "dev-rw", "dev-mt"):
        raise ValueError(f"split must be train, dev-rw or dev-mt, not {split!r}")
    source = resources.files("actorlens") / "data" / "newsmtsc" / f"{split}.jsonl"
    rows = []
    for line in source.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for target in record["targets"]:
            rows.append((record["sentence_normalized"], target["from"], target["to"], target["mention"],
                         _POLARITY[float(target["polarity"])]))
    return pd.DataFrame(rows, columns=["sentence", "start", "end", "mention", "label"])


def _context(target: Target, width: int) -> tuple[list[str], list[str], str]:
    sentence, start, end = target
    left = [w.lower() for w in _TOKEN.findall(sentence[:start])][-width:]
    right = [w.lower() for w in _TOKEN.findall(sentence[end:])][:width]
    return left, right, sentence[start:end].lower()


def _window_words(targets: Sequence[Target]) -> list[str]:
    """Words near the target, tagged with their side and distance: ``L0_said``, ``Rm_threat``."""
    out = []
    for target in targets:
        left, right, mention = _context(target, 10)
        near = lambda d: str(d) if d < 3 else ("m" if d < 6 else "f")  # noqa: E731
        words = [f"L{near(d)}_{w}" for d, w in enumerate(reversed(left))]
        words += [f"R{near(d)}_{w}" for d, w in enumerate(right)]
        words += [f"T_{w}" for w in mention.split()]
        out.append(" ".join(words))
    return out


def _sentences(targets: Sequence[Target]) -> list[str]:
    return [sentence for sentence, _, _ in targets]


@lru_cache(maxsize=1)
def _word_lexicons() -> tuple[dict[str, float], dict[str, float]]:
    """TextBlob's word polarities and VADER's word valences, for looking words up one by one."""
    from textblob import en

    textblob = {w: senses[None][0] for w, senses in en.sentiment.items() if None in senses}
    return textblob, dict(_vader().lexicon)


def _word_scores(words: list[str]) -> list[float]:
    """Mean TextBlob polarity, VADER's positive and negative valence (/ 4) and their balance."""
    textblob, vader = _word_lexicons()
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
    cache_token: str = ""  # what it was trained on, for the disk cache of results computed with it

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


@disk_cached
def train_target_model(*, C: float = 1.0, data: pd.DataFrame | None = None) -> TargetSentimentModel:
    """Train the target-dependent model on NewsMTSC's train split (or on ``data`` with the same
    columns). Deterministic: the same data give the same model. ``C = 1.0`` was chosen by grouped
    5-fold cross-validation on the train split (0.3: macro-F1 0.662, 1.0: 0.674); the dev splits
    were not used to choose it; the features were chosen the same way (see notebook 03). About 10
    seconds on one core, to the same optimum on every CPU (:data:`SOLVER`, :data:`TOLERANCE`). Calls without ``data`` are cached in memory, and on disk when
    ``$ACTORLENS_CACHE_DIR`` is set."""
    if data is None:
        return _default_model(C)
    return _fit(data, C)


@lru_cache(maxsize=2)
def _default_model(C: float) -> TargetSentimentModel:
    return _fit(read_newsmtsc("train"), C)


def _fit(data: pd.DataFrame, C: float) -> TargetSentimentModel:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from threadpoolctl import threadpool_limits

    targets = list(data[["sentence", "start", "end"]].itertuples(index=False, name=None))
    classifier = LogisticRegression(C=C, solver=SOLVER, tol=TOLERANCE, max_iter=1000, class_weight="balanced")
    pipeline = make_pipeline(_features(), classifier)
    with threadpool_limits(1):
        pipeline.fit(targets, data["label"].tolist())
    from .cache import _token

    return TargetSentimentModel(pipeline, C, cache_token=f"C={C}; data={_token(data)}")


# --------------------------------------------------------------------------------------------------
# Actors.


@disk_cached
def actor_sentiment(
    sentences: pd.DataFrame, mentions: pd.DataFrame, method: str = "model", *, model: TargetSentimentModel | None = None,
    n_jobs: int | None = 1,
) -> pd.DataFrame:
    """How each actor is portrayed in each sentence that mentions it.

    One row per ``(doc_id, sent_id, actor)``: ``polarity`` in [-1, 1], ``label`` (negative /
    neutral / positive), ``method`` and ``n_mentions``. With ``"textblob"`` or ``"vader"`` every
    actor in a sentence gets the sentence's score. With ``"model"`` each mention is scored on its
    own; an actor mentioned twice in a sentence gets the mean of its mentions' probabilities, and
    ``polarity`` is P(positive) - P(negative). ``n_jobs`` scores documents in that many processes
    (``-1``: all cores); the table is the same as with one.

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
    if resolve_jobs(n_jobs) > 1:
        if method == "model" and model is None:
            model = train_target_model()  # trained once here, shared with the worker processes
        docs = chunked(list(mentions["doc_id"].drop_duplicates()), 200)
        parts = [(sentences[sentences["doc_id"].isin(d)], mentions[mentions["doc_id"].isin(d)]) for d in docs]
        tables = map_ordered(_score_part, parts, n_jobs=n_jobs, initializer=_set_scorer, initargs=(method, model))
        return pd.concat(list(tables), ignore_index=True)[columns]
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


_SCORER: dict = {}


def _set_scorer(method: str, model: TargetSentimentModel | None) -> None:
    _SCORER.update(method=method, model=model)


def _score_part(part: tuple[pd.DataFrame, pd.DataFrame]) -> pd.DataFrame:
    return uncached(actor_sentiment)(part[0], part[1], _SCORER["method"], model=_SCORER["model"])
