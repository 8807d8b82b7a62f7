"""The whole analysis of a corpus in one call, without notebooks, on one core or several.

:func:`analyse` runs every stage the notebooks explain, in the same order and with the same
library functions: clean the pages, split them into sentences, tag the actors, score how each
actor is portrayed, score each pair of actors in a sentence for cooperation and tone; then count
co-occurrences, follow each relationship over time and write narratives. :func:`write_report`
writes all of it to a folder; ``actorlens report`` is its command line.

Documents are processed in chunks (``chunk_size`` documents each). A chunk goes through every
per-document stage at once, in a worker process when ``n_jobs`` is above one, and the chunks come
back in corpus order, so the tables are the same whatever ``n_jobs`` is. :func:`write_report`
writes the sentences, mentions and sentiment tables as the chunks arrive and keeps only the
mentions (without their text), the scores, the sentences that name two actors (quoted in the
narratives) and the per-document rows in memory.

>>> from actorlens import seeds_dir
>>> result = analyse(seeds_dir(), method="textblob")
>>> sorted(result.tables())
['actor_sentiment', 'cooccurrence', 'corpus', 'dyad_sentences', 'dyad_trends', 'mentions', 'sentences']
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import pandas as pd

from .actors import ActorTagger, load_actors, tag_actors
from .cache import uncached
from .cooccurrence import cooccurrence
from .errors import CorpusError
from .corpus import _clean_pages, _finish, _prepare
from .events import EventLexicon, PERIODS, dyad_sentences, dyad_trends, load_event_lexicon, narrate
from .parallel import chunked, map_ordered
from .paths import actors_file, corpus_dir
from .sentences import split_sentences
from .sentiment import METHODS, TargetSentimentModel, actor_sentiment, train_target_model

__all__ = ["STAGES", "Analysis", "analyse", "choose_period", "write_report"]

STAGES = ("clean", "split", "tag", "sentiment", "relations")
"""The per-document stages, timed separately in :attr:`Analysis.seconds`."""

_TEXT_COLUMNS = ("text", "raw_text")  # the corpus table in a report keeps metadata and quality columns only


@dataclass
class Analysis:
    """Everything :func:`analyse` computed. ``corpus`` is :func:`~actorlens.load_corpus`'s table
    without ``raw_text`` (the raw pages are not kept in memory). ``seconds`` holds the time of each stage, summed over
    worker processes (``clean``, ``split``, ``tag``, ``sentiment``, ``relations``), and of the
    corpus-wide steps (``read``: files and metadata; ``train``: the sentiment model, when trained;
    ``count``: co-occurrence, trends and narratives)."""

    corpus: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    actor_sentiment: pd.DataFrame
    dyad_sentences: pd.DataFrame
    cooccurrence: pd.DataFrame
    dyad_trends: pd.DataFrame
    narratives: str
    actors: pd.DataFrame
    method: str
    period: str
    seconds: dict[str, float] = field(default_factory=dict)

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables by name, as :func:`write_report` writes them."""
        return {
            "corpus": self.corpus.drop(columns=[c for c in _TEXT_COLUMNS if c in self.corpus]),
            "sentences": self.sentences,
            "mentions": self.mentions,
            "actor_sentiment": self.actor_sentiment,
            "cooccurrence": self.cooccurrence,
            "dyad_sentences": self.dyad_sentences,
            "dyad_trends": self.dyad_trends,
        }


# --------------------------------------------------------------------------------------------------
# One chunk of documents, in whichever process runs it.

_WORKER: dict = {}


def _start_worker(tagger: ActorTagger, method: str, model: TargetSentimentModel | None, lexicon: EventLexicon) -> None:
    _WORKER.update(tagger=tagger, method=method, model=model, lexicon=lexicon)


def _run_chunk(items: list) -> dict:
    seconds = dict.fromkeys(STAGES, 0.0)

    def timed(stage: str, func: Callable, *args, **kwargs):
        start = time.perf_counter()
        out = func(*args, **kwargs)
        seconds[stage] += time.perf_counter() - start
        return out

    # the library's functions without their disk cache: one cache file per chunk would only cost
    rows = timed("clean", _clean_pages, items)
    sentences = timed("split", uncached(split_sentences), pd.DataFrame(rows))
    mentions = timed("tag", uncached(tag_actors), sentences, _WORKER["tagger"])
    sentiment = timed("sentiment", uncached(actor_sentiment), sentences, mentions, _WORKER["method"], model=_WORKER["model"])
    dyads = timed("relations", uncached(dyad_sentences), sentences, mentions, lexicon=_WORKER["lexicon"])
    for row in rows:
        row.pop("raw_text")
    return {"rows": rows, "sentences": sentences, "mentions": mentions, "sentiment": sentiment, "dyads": dyads,
            "seconds": seconds}


# --------------------------------------------------------------------------------------------------
# The corpus.


def _chunks(
    folder: Path, *, actors: str | Path | pd.DataFrame | None, method: str, model: TargetSentimentModel | None,
    n_jobs: int | None, chunk_size: int, steps: "_Steps",
) -> tuple[Iterator[dict], pd.DataFrame, Callable[[list[dict]], pd.DataFrame], dict[str, float]]:
    if method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(METHODS)}, not {method!r}")
    start = time.perf_counter()
    items, meta, missing = _prepare(folder)
    # corpus order (date, then doc_id, undated last), so streamed tables come out in the same order
    items.sort(key=_corpus_order)
    registry = actors if isinstance(actors, pd.DataFrame) else load_actors(actors if actors is not None else actors_file(folder))
    seconds = {"read": time.perf_counter() - start}
    steps.start(len(items))
    if method == "model" and model is None:
        steps.step("training the sentiment model")
        start = time.perf_counter()
        model = train_target_model()
        seconds["train"] = time.perf_counter() - start
    steps.step("analysing documents")
    results = map_ordered(_run_chunk, chunked(items, chunk_size), n_jobs=n_jobs, initializer=_start_worker,
                          initargs=(ActorTagger(registry), method, model, load_event_lexicon()))
    results = _progress(results, steps)

    def finish(rows: list[dict]) -> pd.DataFrame:
        return _finish(rows, meta, folder, missing)

    return results, registry, finish, seconds


def _corpus_order(item: tuple) -> tuple:
    date = item[1].get("date", pd.NaT)
    return (pd.isna(date), date if pd.notna(date) else pd.Timestamp.min, item[0].doc_id)


def _progress(results: Iterator[dict], steps: "_Steps") -> Iterator[dict]:
    for result in results:
        steps.advance(len(result["rows"]))
        yield result


class _Steps:
    """One progress bar for a whole run (when ``enabled``): it counts the documents analysed, and
    its label names the step under way, so that training the model, counting and writing figures
    show too."""

    def __init__(self, enabled: bool) -> None:
        self.enabled, self.bar = enabled, None

    def start(self, total: int) -> None:
        if self.enabled and self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", desc="reading", leave=False, dynamic_ncols=True)

    def step(self, label: str) -> None:
        if self.bar is not None:
            self.bar.set_description_str(label)
            self.bar.refresh()

    def advance(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def choose_period(corpus: pd.DataFrame) -> str:
    """The time step for relationship trends: each ``document`` in a corpus of up to 40 dated
    documents, else ``month`` if the dates span at most four years, else ``year``.

    >>> choose_period(pd.DataFrame({"date": pd.to_datetime(["2019-01-01", "2020-06-01"])}))
    'document'
    """
    dates = corpus["date"].dropna()
    if len(dates) <= 40:
        return "document"
    return "month" if (dates.max() - dates.min()).days <= 4 * 366 else "year"


def _summaries(analysis_parts: dict, corpus: pd.DataFrame, registry: pd.DataFrame, *, period: str, top_pairs: int):
    mentions, dyads = analysis_parts["mentions"], analysis_parts["dyads"]
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


def analyse(
    path: str | Path | None = None,
    *,
    actors: str | Path | pd.DataFrame | None = None,
    method: str = "model",
    period: str = "auto",
    n_jobs: int | None = 1,
    chunk_size: int = 100,
    top_pairs: int = 10,
    model: TargetSentimentModel | None = None,
    progress: bool = False,
) -> Analysis:
    """Run the whole analysis of a corpus folder (default: ``$ACTORLENS_CORPUS`` or the seeds).

    ``actors`` is a registry file or table (default: the corpus's ``actors.csv``, else the
    project's); ``method`` scores actor sentiment (``model``, ``textblob`` or ``vader``);
    ``period`` is the time step of the relationship trends (``auto``, ``document``, ``month``,
    ``year``); ``n_jobs`` processes share the per-document work (``-1``: all cores) with the same
    result as one; ``top_pairs`` relationships get a narrative. Bad input raises the library's
    :class:`~actorlens.errors.CorpusError`, naming the file and the problem.
    """
    steps = _Steps(progress)
    try:
        return _analyse(path, actors=actors, method=method, period=period, n_jobs=n_jobs, chunk_size=chunk_size,
                        top_pairs=top_pairs, model=model, steps=steps)
    finally:
        steps.close()


def _analyse(path, *, actors, method, period, n_jobs, chunk_size, top_pairs, model, steps: _Steps,
             on_chunk: Callable[[dict], None] | None = None, keep_sentences: bool = True) -> Analysis:
    """:func:`analyse`, calling ``on_chunk`` with each chunk's tables as it arrives; without
    ``keep_sentences`` the sentences are handed to ``on_chunk`` only, not kept."""
    if period not in ("auto", *PERIODS):
        raise ValueError(f"period must be auto or one of {', '.join(PERIODS)}, not {period!r}")
    folder = corpus_dir(path)
    results, registry, finish, seconds = _chunks(folder, actors=actors, method=method, model=model, n_jobs=n_jobs,
                                                 chunk_size=chunk_size, steps=steps)
    rows: list[dict] = []
    parts: dict[str, list] = {"sentences": [], "mentions": [], "sentiment": [], "dyads": []}
    stage_seconds = dict.fromkeys(STAGES, 0.0)
    for result in results:
        if on_chunk is not None:
            on_chunk(result)
        rows.extend(result["rows"])
        for key, frames in parts.items():
            if key != "sentences" or keep_sentences:
                frames.append(result[key])
        for stage, value in result["seconds"].items():
            stage_seconds[stage] += value
    steps.step("counting pairs and trends")
    start = time.perf_counter()
    corpus = finish(rows)
    joined = {key: _concat(frames) for key, frames in parts.items()}
    joined["dyads"] = _dyad_order(joined["dyads"])
    pairs, period, trends, stories = _summaries(joined, corpus, registry, period=period, top_pairs=top_pairs)
    seconds.update(stage_seconds, count=time.perf_counter() - start)
    return Analysis(corpus, joined["sentences"], joined["mentions"], joined["sentiment"], joined["dyads"], pairs,
                    trends, stories, registry, method, period, seconds)


def _dyad_order(dyads: pd.DataFrame) -> pd.DataFrame:
    """Dyad rows in the order :func:`~actorlens.events.dyad_sentences` gives for the whole corpus."""
    if dyads.empty:
        return dyads
    return dyads.sort_values(["doc_id", "sent_id", "actor_a", "actor_b"], kind="stable").reset_index(drop=True)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)] or frames[:1]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


# --------------------------------------------------------------------------------------------------
# The report folder.


def write_report(
    path: str | Path | None,
    out: str | Path,
    *,
    actors: str | Path | None = None,
    method: str = "model",
    period: str = "auto",
    n_jobs: int | None = 1,
    chunk_size: int = 100,
    top_pairs: int = 10,
    figures: bool = True,
    progress: bool = False,
    model: TargetSentimentModel | None = None,
) -> dict[str, Path]:
    """Analyse a corpus folder and write the report to ``out``; return the files written by name.

    ``out/tables/`` gets one CSV per table (``corpus, sentences, mentions, actor_sentiment,
    cooccurrence, dyad_sentences, dyad_trends``), ``out/figures/`` the figures, and
    ``out/narratives.md`` the relationship narratives. The per-sentence tables are written chunk by
    chunk, so memory holds the mentions and scores but not the corpus's text.
    """
    out = Path(out).expanduser()
    for folder in (out, out / "tables", out / "figures"):
        if folder.exists() and not folder.is_dir():
            raise CorpusError(f"cannot write the report into {out}: {folder} exists and is not a folder")
    tables = out / "tables"
    try:
        tables.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise CorpusError(f"cannot write the report into {out}: {err.strerror or err}") from None
    streamed = {"sentences": "sentences", "mentions": "mentions", "sentiment": "actor_sentiment"}
    written = {name: tables / f"{name}.csv" for name in streamed.values()}
    chunks_written = 0

    def stream(result: dict) -> None:
        nonlocal chunks_written
        for key, name in streamed.items():
            first = chunks_written == 0
            result[key].to_csv(written[name], mode="w" if first else "a", header=first, index=False)
        chunks_written += 1
        for row in result["rows"]:
            row.pop("text")  # written with the sentences; the corpus table keeps metadata and quality columns

    steps = _Steps(progress)
    try:
        result = _analyse(path, actors=actors, method=method, period=period, n_jobs=n_jobs, chunk_size=chunk_size,
                          top_pairs=top_pairs, model=model, steps=steps, on_chunk=stream, keep_sentences=False)
        steps.step("writing tables")
        for name, table in result.tables().items():
            if name not in written:
                written[name] = tables / f"{name}.csv"
                table.to_csv(written[name], index=False)
        written["narratives"] = out / "narratives.md"
        written["narratives"].write_text(result.narratives, encoding="utf-8")
        if figures:
            from .report_figures import report_figures

            written.update(report_figures(result.corpus, result.mentions, result.actor_sentiment, result.cooccurrence,
                                          result.dyad_trends, result.actors, out / "figures",
                                          on_figure=lambda name: steps.step(f"drawing figure: {name}")))
    finally:
        steps.close()
    return written
