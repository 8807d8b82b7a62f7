"""The report folder: tables, narratives and figures of a whole corpus (``actorlens report``)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pandas as pd

from ..actors import mention_rates
from ..errors import CorpusError
from ..plotting import (
    plot_actor_portrayal,
    plot_cooccurrence_heatmap,
    plot_document_lengths,
    plot_dyad_timelines,
    plot_mention_rates,
    plot_network,
    plot_timeline,
)
from ..sentiment import TargetSentimentModel
from .analysis import run
from .chunks import ChunkResult
from .environment import corpus_dir
from .figures import save_fig
from .progress import Steps
from .settings import Settings

__all__ = ["REPORT_TABLES", "report_figures", "write_report"]

REPORT_TABLES = ("corpus", "sentences", "mentions", "actor_sentiment", "cooccurrence", "dyad_sentences", "dyad_trends",
                 "heavily_cleaned", "unknown_names")
_STREAMED = {"sentences": "sentences", "mentions": "mentions", "sentiment": "actor_sentiment"}


def write_report(path: str | Path | None, out: str | Path, *, model: TargetSentimentModel | None = None,
                 **options) -> dict[str, Path]:
    """Analyse a corpus folder and write the report to ``out``; return the files written by name.

    ``out/tables/`` gets one CSV per table (:data:`REPORT_TABLES`), ``out/figures/`` the figures,
    and ``out/narratives.md`` the relationship narratives. The per-sentence tables are written chunk
    by chunk, so memory holds the mentions and scores but not the corpus's text. ``options`` are
    those of :func:`~actorlens.analyse`, and ``figures=False`` leaves the figures out.
    """
    settings = Settings(corpus=corpus_dir(path), **options)
    out = Path(out).expanduser()
    for folder in (out, out / "tables", out / "figures"):
        if folder.exists() and not folder.is_dir():
            raise CorpusError(f"cannot write the report into {out}: {folder} exists and is not a folder")
    tables = out / "tables"
    try:
        tables.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise CorpusError(f"cannot write the report into {out}: {err.strerror or err}") from None
    written = {name: tables / f"{name}.csv" for name in _STREAMED.values()}
    chunks_written = 0

    def stream(chunk: ChunkResult) -> None:
        nonlocal chunks_written
        for key, name in _STREAMED.items():
            first = chunks_written == 0
            getattr(chunk, key).to_csv(written[name], mode="w" if first else "a", header=first, index=False)
        chunks_written += 1

    with Steps(settings.progress) as steps:
        result = run(settings, model=model, steps=steps, consume=stream)
        steps.step("writing tables")
        for name, table in result.tables().items():
            if name not in written:
                written[name] = tables / f"{name}.csv"
                table.to_csv(written[name], index=False)
        written["narratives"] = out / "narratives.md"
        written["narratives"].write_text(result.narratives, encoding="utf-8")
        if settings.figures:
            written.update(report_figures(result.corpus, result.mentions, result.actor_sentiment, result.cooccurrence,
                                          result.dyad_trends, result.actors, out / "figures",
                                          on_figure=lambda name: steps.step(f"drawing figure: {name}")))
    return written


def report_figures(
    corpus: pd.DataFrame, mentions: pd.DataFrame, sentiment: pd.DataFrame, pairs: pd.DataFrame, trends: pd.DataFrame,
    registry: pd.DataFrame, folder: Path, *, top_actors: int = 10, top_pairs: int = 5,
    on_figure: Callable[[str], None] | None = None,
) -> dict[str, Path]:
    """Write ``report_<name>.png`` into ``folder`` for each figure the data allow; return the paths
    by ``figure_<name>``. Figures about actors need mentions, figures about pairs need pairs."""
    figures = {"timeline": lambda: plot_timeline(corpus), "document_lengths": lambda: plot_document_lengths(corpus)}
    if len(mentions):
        actors = mentions["actor"].value_counts().index[:top_actors].tolist()
        figures["mention_rates"] = lambda: plot_mention_rates(mention_rates(mentions, corpus), corpus)
        figures["actor_portrayal"] = lambda: plot_actor_portrayal(sentiment, corpus, actors=actors[:8])
    if len(pairs):
        figures["network"] = lambda: plot_network(pairs, mentions, top=top_actors)
        figures["npmi_heatmap"] = lambda: plot_cooccurrence_heatmap(pairs, actors=actors)
    if len(trends):
        names = dict(zip(registry["code"], registry["label"]))
        shown = list(pairs[["actor_a", "actor_b"]].head(top_pairs).itertuples(index=False, name=None))
        figures["relationship_timelines"] = lambda: plot_dyad_timelines(trends, shown, labels=names)
    written = {}
    for name, draw in figures.items():
        if on_figure is not None:
            on_figure(name)
        written[f"figure_{name}"] = save_fig(draw(), name, notebook="report", folder=folder)
    return written
