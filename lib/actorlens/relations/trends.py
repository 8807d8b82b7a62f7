"""Each relationship over time: the pair's sentences averaged per document, month or year."""

from __future__ import annotations

import pandas as pd

from ..periods import PERIODS, PRECISIONS, period_key, period_start

__all__ = ["dyad_trends", "in_periods"]


def dyad_trends(dyads: pd.DataFrame, corpus: pd.DataFrame, *, by: str = "document") -> pd.DataFrame:
    """Per pair and time step, in date order, with the means and standard deviations of ``tone``
    and ``cooperation`` (the spread is 0 for a single sentence).

    ``by="document"`` (the default, for small corpora): one row per pair and document, with
    ``actor_a, actor_b, doc_id, date, date_precision, outlet, n_sentences, tone, tone_sd,
    cooperation, cooperation_sd``. ``by="month"`` or ``"year"`` (for large corpora): one row per
    pair and period, with ``period`` and ``n_documents`` instead of ``doc_id`` and ``outlet``; a
    document dated less precisely than the step (a year-only date in monthly steps) stays in a
    period of its own precision ("2019 (year only)") instead of being put in January. Undated
    documents are left out of periods.

    >>> d = pd.DataFrame({"doc_id": ["a", "b"], "sent_id": [0, 0], "actor_a": "RUS", "actor_b": "TUR",
    ...                   "tone": [0.1, 0.3], "cooperation": [0.2, -0.2]})
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "date": pd.to_datetime(["2019-03-05", "2019-08-01"]),
    ...                   "date_precision": ["day", "day"], "outlet": ["X", "Y"]})
    >>> dyad_trends(d, c, by="year")[["period", "n_documents", "n_sentences", "cooperation"]].values.tolist()
    [['2019', 2, 2, 0.0]]
    """
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    stats = {"n_sentences": ("sent_id", "size"), "tone": ("tone", "mean"), "tone_sd": ("tone", lambda x: x.std(ddof=0)),
             "cooperation": ("cooperation", "mean"), "cooperation_sd": ("cooperation", lambda x: x.std(ddof=0))}
    rounding = {"tone": 3, "tone_sd": 3, "cooperation": 3, "cooperation_sd": 3}
    if by == "document":
        columns = ["actor_a", "actor_b", "doc_id", "date", "date_precision", "outlet", *stats]
        if dyads.empty:
            return pd.DataFrame(columns=columns)
        trends = dyads.groupby(["actor_a", "actor_b", "doc_id"]).agg(**stats).reset_index()
        trends = trends.merge(corpus[["doc_id", "date", "date_precision", "outlet"]], on="doc_id", how="left")
        trends = trends.sort_values(["actor_a", "actor_b", "date", "doc_id"], kind="stable").reset_index(drop=True)
        return trends[columns].round(rounding)
    columns = ["actor_a", "actor_b", "period", "date", "date_precision", "n_documents", *stats]
    dated = in_periods(dyads, corpus, by)
    if dated.empty:
        return pd.DataFrame(columns=columns)
    trends = dated.groupby(["actor_a", "actor_b", "date", "date_precision"]).agg(
        n_documents=("doc_id", "nunique"), **stats).reset_index()
    trends["period"] = [period_key(d, p) for d, p in zip(trends["date"], trends["date_precision"])]
    trends = trends.sort_values(["actor_a", "actor_b", "date", "date_precision"], kind="stable").reset_index(drop=True)
    return trends[columns].round(rounding)


def in_periods(dyads: pd.DataFrame, corpus: pd.DataFrame, by: str) -> pd.DataFrame:
    """The dated dyad rows with ``date`` and ``date_precision`` replaced by their period's start and
    step, and the document's own ``doc_date`` and ``outlet`` kept for quoting."""
    info = corpus[["doc_id", "date", "date_precision"]].assign(outlet=corpus["outlet"] if "outlet" in corpus else "")
    dated = dyads.merge(info, on="doc_id", how="inner").dropna(subset=["date"])
    rank = {p: i for i, p in enumerate(PRECISIONS)}
    coarser = dated["date_precision"].map(rank).fillna(0) > rank[by]
    step = dated["date_precision"].where(coarser, by)
    start = period_start(dated["date"], step)
    return dated.assign(doc_date=dated["date"], doc_precision=dated["date_precision"], date=start, date_precision=step)
