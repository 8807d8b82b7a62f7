"""A relationship told over time, generated from the data with quoted evidence (no language model)."""

from __future__ import annotations

import pandas as pd

from ..labels import NEUTRAL_BAND, relation_label
from ..periods import format_date, format_period
from .trends import in_periods

__all__ = ["narrate"]

_BAND = NEUTRAL_BAND  # |cooperation| below this: neither cooperation nor conflict


def _reading(value: float) -> str:
    label = relation_label(value, band=_BAND)
    return "neither cooperation nor conflict" if label == "neutral" else label


def _quote(text: str, limit: int = 260) -> str:
    text = text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"
    return text.replace('"', "'")


def narrate(
    trends: pd.DataFrame, dyads: pd.DataFrame, pair: tuple[str, str], *, labels: dict[str, str] | None = None,
    corpus: pd.DataFrame | None = None,
) -> str:
    """A Markdown narrative of one relationship over time, generated from the data (no model).

    One paragraph per dated document: how many sentences, whether they read as cooperation or
    conflict (saying plainly when the evidence is one sentence, or mixed), and one or two quoted
    sentences with outlet and date as evidence; then the change from first to last period, with
    the caveat that a handful of documents is not a trend. With trends by month or year
    (:func:`dyad_trends` ``by=``), one paragraph per period instead, each quote naming its outlet
    and date; that needs the ``corpus``.
    """
    a, b = sorted(pair)
    labels = labels or {}
    name = f"{labels.get(a, a)}–{labels.get(b, b)}"
    rows = trends[(trends["actor_a"] == a) & (trends["actor_b"] == b)]
    if rows.empty:
        return f"### {name}\n\nNo sentence in the corpus mentions both {labels.get(a, a)} and {labels.get(b, b)}.\n"
    pair_dyads = dyads[(dyads["actor_a"] == a) & (dyads["actor_b"] == b)]
    per_document = "doc_id" in rows.columns
    if not per_document:
        if corpus is None:
            raise ValueError("narrate needs the corpus (corpus=) to quote the documents of a month or year")
        pair_dyads = in_periods(pair_dyads, corpus, "month" if (rows["date_precision"] == "month").any() else "year")
    total = int(rows["n_sentences"].sum())
    steps = f"{len(rows)} document{'s' if len(rows) != 1 else ''}" if per_document else (
        f"{int(rows['n_documents'].sum())} documents, {len(rows)} period{'s' if len(rows) != 1 else ''}")
    lines = [f"### {name}", "",
             f"{total} sentence{'s' if total != 1 else ''} in {steps} "
             f"mention both. Scores: cooperation from the event lexicon (Goldstein / 10, -1 … +1) and tone from "
             f"TextBlob.", ""]
    for row in rows.itertuples(index=False):
        if per_document:
            here = pair_dyads[pair_dyads["doc_id"] == row.doc_id].sort_values("sent_id")
            when = format_date(row.date, row.date_precision)
            source = f"({str(row.outlet).split(' (')[0]}, `{row.doc_id[:3]}`)"
        else:
            here = pair_dyads[(pair_dyads["date"] == row.date) & (pair_dyads["date_precision"] == row.date_precision)]
            here = here.sort_values(["doc_date", "doc_id", "sent_id"])
            when = format_period(row.date, row.date_precision)
            source = f"({row.n_documents} document{'s' if row.n_documents != 1 else ''})"
        signs = {_reading(v) for v in here["cooperation"] if abs(v) > _BAND}
        if row.n_sentences == 1:
            evidence = "thin evidence: a single sentence"
        elif len(signs) > 1:
            evidence = "mixed: some sentences read as cooperation, others as conflict"
        else:
            evidence = f"{row.n_sentences} sentences"
        lines.append(
            f"**{when}** {source}: {_reading(row.cooperation)} "
            f"(cooperation {row.cooperation:+.2f}, tone {row.tone:+.2f}; {evidence})."
        )
        ranked = here.assign(strength=here["cooperation"].abs()).sort_values(["strength", "sent_id"], ascending=[False, True])
        quotes = [ranked.iloc[0]]
        if len(signs) > 1:
            opposite = ranked[(ranked["cooperation"] * ranked.iloc[0]["cooperation"]) < 0]
            if len(opposite):
                quotes.append(opposite.iloc[0])
        elif len(ranked) > 1 and ranked.iloc[1]["strength"] > _BAND:
            quotes.append(ranked.iloc[1])
        for quote in quotes:
            cue = f" (cues: {quote['cue']})" if quote["cue"] else " (no event cue)"
            origin = "" if per_document else f" ({str(quote['outlet']).split(' (')[0]}, {format_date(quote['doc_date'], quote['doc_precision'])}, `{quote['doc_id']}`)"
            lines.append(f'> "{_quote(quote["text"])}"{origin}{cue}')
        lines.append("")
    dated = rows.dropna(subset=["date"])
    if len(dated) >= 2:
        first, last = dated.iloc[0], dated.iloc[-1]
        change = last["cooperation"] - first["cooperation"]
        direction = "towards cooperation" if change > _BAND else "towards conflict" if change < -_BAND else "little"
        label = format_date if per_document else format_period
        caveat = (f"These are {len(dated)} snapshots from different outlets, not a measured trend." if per_document else
                  "Periods with few sentences move with single articles: check the counts before reading a trend.")
        lines.append(
            f"From {label(first['date'], first['date_precision'])} to {label(last['date'], last['date_precision'])} "
            f"the relationship moved {direction} ({first['cooperation']:+.2f} to {last['cooperation']:+.2f}). "
            + caveat
        )
    else:
        lines.append(f"With one dated {'document' if per_document else 'period'} there is no change over time to report.")
    return "\n".join(lines) + "\n"
