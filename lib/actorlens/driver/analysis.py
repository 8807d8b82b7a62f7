"""The whole analysis of a corpus in one call, without notebooks, on one core or several.

:func:`analyse` runs every stage the notebooks explain, with the same library functions: clean
the pages, split them into sentences, tag the actors, score how each actor is portrayed, score each
pair of actors in a sentence; then count co-occurrences, follow each relationship over time and
write narratives. :func:`~actorlens.write_report` writes all of it to a folder; ``actorlens
report`` is its command line. The per-document work runs chunk by chunk (:mod:`.chunks`).

>>> from actorlens.datasets import seeds_dir
>>> result = analyse(seeds_dir(), method="textblob")
>>> sorted(result.tables())
['actor_sentiment', 'cooccurrence', 'corpus', 'dyad_sentences', 'dyad_trends', 'heavily_cleaned', 'mentions', 'sentences', 'unknown_names']
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pandas as pd

from ..actors import merge_candidates
from ..corpus import MAX_REMOVED_SHARE
from ..cooccurrence import cooccurrence
from ..corpus import heavily_cleaned, warn_heavy_cleaning
from ..periods import choose_period
from ..relations import dyad_trends, narrate
from ..sentiment import TargetSentimentModel
from .chunks import STAGES, plan, run_chunks
from .environment import corpus_dir
from .progress import Steps
from .settings import Settings

__all__ = ["Analysis", "analyse", "run"]

_TEXT_COLUMNS = ("text", "raw_text")  # the corpus table in a report keeps metadata and quality columns only


@dataclass
class Analysis:
    """Everything :func:`analyse` computed. ``corpus`` is :func:`~actorlens.load_corpus`'s table
    without ``raw_text``. ``seconds`` holds the time of each per-document stage, summed over worker
    processes (``clean``, ``split``, ``tag``, ``sentiment``, ``relations``), and of the corpus-wide
    steps (``read``: files and metadata; ``train``: the sentiment model, when trained; ``count``:
    co-occurrence, trends and narratives)."""

    corpus: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    actor_sentiment: pd.DataFrame
    dyad_sentences: pd.DataFrame
    cooccurrence: pd.DataFrame
    dyad_trends: pd.DataFrame
    narratives: str
    actors: pd.DataFrame
    unknown_names: pd.DataFrame
    method: str
    period: str
    seconds: dict[str, float] = field(default_factory=dict)
    max_removed_share: float = MAX_REMOVED_SHARE

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables by name, as :func:`~actorlens.write_report` writes them."""
        return {
            "corpus": self.corpus.drop(columns=[c for c in _TEXT_COLUMNS if c in self.corpus]),
            "sentences": self.sentences,
            "mentions": self.mentions,
            "actor_sentiment": self.actor_sentiment,
            "cooccurrence": self.cooccurrence,
            "dyad_sentences": self.dyad_sentences,
            "dyad_trends": self.dyad_trends,
            "heavily_cleaned": heavily_cleaned(self.corpus, max_removed_share=self.max_removed_share),
            "unknown_names": self.unknown_names,
        }


def analyse(path: str | Path | None = None, *, model: TargetSentimentModel | None = None, **options) -> Analysis:
    """Run the whole analysis of a corpus folder (default: ``$ACTORLENS_CORPUS`` or the seeds).

    ``options`` are those of :class:`~actorlens.driver.settings.Settings`: ``actors`` (a registry
    file or table; default the corpus's ``actors.csv``, else the default registry), ``method``
    (``model``, ``textblob`` or ``vader``), ``period`` (``auto``, ``document``, ``month``,
    ``year``), ``n_jobs`` (``-1``: all cores; the result is the same as with one),
    ``chunk_size``, ``top_pairs`` and ``progress``. ``model`` is a trained sentiment model to use
    instead of training the default. Bad input raises :class:`~actorlens.errors.CorpusError`
    naming the file and the problem.
    """
    settings = Settings(corpus=corpus_dir(path), **options)
    with Steps(settings.progress) as steps:
        return run(settings, model=model, steps=steps)


def run(settings: Settings, *, model: TargetSentimentModel | None = None, steps: Steps | None = None,
        consume=None) -> Analysis:
    """The analysis of ``settings``. ``consume`` (for the report) is called with each chunk as it
    arrives; the sentences and the documents' text are then left to it, not kept in memory."""
    steps = steps or Steps(False)
    work = plan(settings)
    parts: dict[str, list[pd.DataFrame]] = {"corpus": [], "sentences": [], "mentions": [], "sentiment": [], "dyads": [], "candidates": []}
    seconds = dict.fromkeys(STAGES, 0.0)
    for chunk in run_chunks(work, settings, model=model, steps=steps):
        if consume is not None:
            consume(chunk)
        for key, frames in parts.items():
            table = getattr(chunk, key)
            if consume is not None and key == "sentences":
                continue  # handed to consume, not kept: the text of a large corpus need not fit in memory
            frames.append(table.drop(columns="text") if consume is not None and key == "corpus" else table)
        for stage, value in chunk.seconds.items():
            seconds[stage] += value
    steps.step("counting pairs and trends")
    start = time.perf_counter()
    joined = {key: _concat(frames) for key, frames in parts.items()}
    joined["dyads"] = _dyad_order(joined["dyads"])
    unknown = merge_candidates(parts["candidates"])
    corpus = joined["corpus"]
    warn_heavy_cleaning(corpus, settings.corpus, max_removed_share=settings.max_removed_share)
    pairs, period, trends, stories = _summaries(joined["mentions"], joined["dyads"], corpus, work.registry,
                                                period=settings.period, top_pairs=settings.top_pairs)
    seconds = {**work.seconds, **seconds, "count": time.perf_counter() - start}
    return Analysis(corpus, joined["sentences"], joined["mentions"], joined["sentiment"], joined["dyads"], pairs,
                    trends, stories, work.registry, unknown, settings.method, period, seconds, settings.max_removed_share)


def _summaries(mentions: pd.DataFrame, dyads: pd.DataFrame, corpus: pd.DataFrame, registry: pd.DataFrame, *,
               period: str, top_pairs: int):
    pairs = cooccurrence(mentions)
    period = choose_period(corpus) if period == "auto" else period
    trends = dyad_trends(dyads, corpus, by=period)
    names = dict(zip(registry["code"], registry["label"]))
    stories = [narrate(trends, dyads, (a, b), labels=names, corpus=corpus)
               for a, b in pairs[["actor_a", "actor_b"]].head(top_pairs).itertuples(index=False)]
    header = (f"# Relationships in the corpus\n\nThe {min(top_pairs, len(pairs))} pairs of actors that share the most "
              f"sentences, followed over time (step: {period}). A lexicon score is not a stance, and a few documents "
              f"are not a trend: read the quoted sentences.\n\n")
    return pairs, period, trends, header + "\n".join(stories)


def _dyad_order(dyads: pd.DataFrame) -> pd.DataFrame:
    """Dyad rows in the order :func:`~actorlens.dyad_sentences` gives for the whole corpus."""
    if dyads.empty:
        return dyads
    return dyads.sort_values(["doc_id", "sent_id", "actor_a", "actor_b"], kind="stable").reset_index(drop=True)


def _concat(frames: Iterable[pd.DataFrame]) -> pd.DataFrame:
    frames = list(frames)
    frames = [f for f in frames if len(f)] or frames[:1]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
