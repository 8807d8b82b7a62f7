"""The per-document work of a run, chunk by chunk: the one loop behind :func:`~actorlens.analyse`,
:func:`~actorlens.write_report` and ``actorlens report``.

:func:`plan` reads the folder's pages and metadata (once) and puts the pages in corpus order;
:func:`run_chunks` cuts them into chunks of ``settings.chunk_size`` documents and sends each
through the public stages, in worker processes when ``settings.n_jobs`` is above one, yielding the
chunks' tables in corpus order, so that the tables are the same for any number of jobs.
"""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pandas as pd

from ..actors import ActorTagger, corpus_contexts, load_actors, load_contexts, name_candidates, tag_actors
from ..corpus import build_corpus, corpus_order
from ..datasets import actors_file
from ..errors import CorpusWarning
from ..reading import metadata_problems, read_metadata, read_pages
from ..relations import EventLexicon, dyad_sentences, load_event_lexicon
from ..sentiment import TargetSentimentModel, actor_sentiment, train_target_model
from ..text import split_sentences
from .parallel import map_ordered
from .progress import Steps
from .settings import Settings

__all__ = ["STAGES", "ChunkResult", "Plan", "plan", "run_chunks"]

STAGES = ("clean", "split", "tag", "sentiment", "relations")
"""The per-document stages, timed separately."""


@dataclass
class Plan:
    """What a run reads before any document is analysed."""

    folder: Path
    pages: pd.DataFrame  # in corpus order
    metadata: pd.DataFrame
    registry: pd.DataFrame
    contexts: pd.DataFrame | None  # None: the default rules
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class ChunkResult:
    """The tables of one chunk of documents. ``corpus`` has no ``raw_text``."""

    corpus: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    sentiment: pd.DataFrame
    dyads: pd.DataFrame
    candidates: pd.DataFrame  # names the registry does not know (:func:`~actorlens.actors.unknown.name_candidates`)
    seconds: dict[str, float]


def plan(settings: Settings) -> Plan:
    """Read the pages, the metadata, the registry and its context rules; warn once about what the
    metadata does not say."""
    start = time.perf_counter()
    pages = read_pages(settings.corpus)
    metadata = read_metadata(settings.corpus, pages["doc_id"])
    problems = metadata_problems(pages["doc_id"], metadata)
    if problems:
        warnings.warn(f"{settings.corpus}: " + "; ".join(problems), CorpusWarning, stacklevel=3)
    actors = settings.actors
    registry = actors if isinstance(actors, pd.DataFrame) else load_actors(actors or actors_file(settings.corpus))
    rules = settings.contexts
    if rules is None:
        contexts = corpus_contexts(settings.corpus)  # None: the default rules, fitted to whichever registry is used
    else:
        contexts = rules if isinstance(rules, pd.DataFrame) else load_contexts(rules)
    ordered = corpus_order(pages, metadata).reset_index(drop=True)
    return Plan(settings.corpus, ordered, metadata, registry, contexts, {"read": time.perf_counter() - start})


# --------------------------------------------------------------------------------------------------
# One chunk, in whichever process runs it. The worker's state is set once per process.

_WORKER: dict = {}


def _start_worker(metadata: pd.DataFrame, tagger: ActorTagger, level: str, method: str, model: TargetSentimentModel | None,
                  lexicon: EventLexicon, cleaning: dict) -> None:
    _WORKER.update(metadata=metadata, tagger=tagger, level=level, method=method, model=model, lexicon=lexicon,
                   cleaning=cleaning)


def _analyse_chunk(pages: pd.DataFrame) -> ChunkResult:
    seconds = dict.fromkeys(STAGES, 0.0)

    def timed(stage: str, func, *args, **kwargs):
        start = time.perf_counter()
        out = func(*args, **kwargs)
        seconds[stage] += time.perf_counter() - start
        return out

    corpus = timed("clean", build_corpus, pages, _WORKER["metadata"], **_WORKER["cleaning"])
    sentences = timed("split", split_sentences, corpus)
    mentions = timed("tag", tag_actors, sentences, _WORKER["tagger"], documents=corpus, level=_WORKER["level"])
    sentiment = timed("sentiment", actor_sentiment, sentences, mentions, _WORKER["method"], model=_WORKER["model"])
    dyads = timed("relations", dyad_sentences, sentences, mentions, lexicon=_WORKER["lexicon"])
    candidates = timed("tag", name_candidates, sentences, _WORKER["tagger"])
    return ChunkResult(corpus.drop(columns="raw_text"), sentences, mentions, sentiment, dyads, candidates, seconds)


def run_chunks(work: Plan, settings: Settings, *, model: TargetSentimentModel | None = None,
               steps: Steps | None = None) -> Iterator[ChunkResult]:
    """The chunks' tables, in corpus order. The sentiment model is trained here, once, when the
    method needs it and none is given (its time is in ``work.seconds["train"]``)."""
    steps = steps or Steps(False)
    steps.start(len(work.pages))
    if settings.method == "model" and model is None:
        steps.step("training the sentiment model")
        start = time.perf_counter()
        model = train_target_model()
        work.seconds["train"] = time.perf_counter() - start
    steps.step("analysing documents")
    chunks = [work.pages.iloc[i : i + settings.chunk_size] for i in range(0, len(work.pages), settings.chunk_size)]
    cleaning = {"skip_rules": settings.skip_rules, "max_removed_share": settings.max_removed_share}
    state = (work.metadata, ActorTagger(work.registry, work.contexts), settings.level, settings.method, model, load_event_lexicon(), cleaning)
    for result in map_ordered(_analyse_chunk, chunks, n_jobs=settings.n_jobs, initializer=_start_worker, initargs=state):
        steps.advance(len(result.corpus))
        yield result
