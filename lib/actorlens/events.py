"""Cooperation and conflict between actors, from an event-verb lexicon, told over time.

The lexicon is built by code (:func:`load_event_lexicon`) from two reference tables copied into
the package (``data/cameo/``, see its PROVENANCE): PETRARCH2's CAMEO verb dictionary gives each verb
a CAMEO event code ("accuse" 112, "agree" 050, "attack" 190, …), and GDELT's Goldstein table gives
each code a cooperation/conflict value from -10 (military attack) to +10 (military assistance).
Every verb gets its inflected forms ("accuse", "accuses", "accused", "accusing"). The project adds
the nouns that carry relations in news prose ("sanctions", "alliance", "crisis", "deal", …), each
with the CAMEO code whose Goldstein value it takes (:data:`RELATION_NOUNS`).

A sentence's **cooperation** score is the mean of the non-zero Goldstein values of its cues,
divided by 10 so it lies in [-1, 1], after two adjustments:

* **negation** (lower-case words only, so the month "May" is no modal; it reaches only the next
  cue, and a noun only right after "no" or "without"): a cue after "not", "never", "no", "n't", "refused to", "declined to", "failed to"
  (within three words) counts -0.5 times its value ("did not agree" is mildly conflictual);
* **modality**: a cue after "may", "might", "could", "would", "should", "plans to", "seeks to",
  "hopes to", "wants to" counts half ("could cooperate" is a possibility, not an event).

``cue`` lists the words that decided the score. The score is of the **sentence**: every pair of
actors in it gets it, as GDELT codes events per sentence. **tone** is the sentence's TextBlob
polarity, the analogue of GDELT's AvgTone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import combinations

import pandas as pd

from .cache import disk_cached

__all__ = [
    "DROPPED_VERBS",
    "RELATION_NOUNS",
    "EventLexicon",
    "dyad_sentences",
    "dyad_trends",
    "load_event_lexicon",
    "narrate",
    "relation_label",
    "score_cooperation",
]

RELATION_LABELS = ("conflict", "neutral", "cooperation")

RELATION_NOUNS: dict[str, str] = {
    # cooperation
    "agreement": "057", "agreements": "057", "deal": "057", "deals": "057", "accord": "057", "treaty": "057",
    "roadmap": "057", "road map": "057",
    "alliance": "06", "ally": "06", "allies": "06", "allied": "06", "partnership": "06", "partner": "06",
    "partners": "06", "alignment": "06",
    "cooperation": "05", "coordination": "05", "dialogue": "04", "talks": "04", "negotiations": "04",
    "breakthrough": "05", "trust": "05", "rapprochement": "05",
    # conflict
    "sanctions": "163", "sanction": "163", "embargo": "163",
    "crisis": "12", "row": "11", "dispute": "11", "disputes": "11", "tension": "11", "tensions": "11",
    "disagreement": "11", "disagreements": "11", "distrust": "12", "mistrust": "12", "rift": "12",
    "displeasure": "11", "standoff": "12", "threat": "13", "threats": "13",
    "offensive": "19", "invasion": "19", "war": "19", "conflict": "19", "attack": "19", "attacks": "19",
    "escalation": "13", "retaliation": "13", "assassination": "18", "revenge": "13",
}
"""Nouns that carry a relation, with the CAMEO code whose Goldstein value they take (the project's
own choice, documented in notebook 05): a deal is a formal agreement (057, +8), an alliance material
cooperation (06, +6), sanctions an embargo (163, -8), a war or offensive armed force (19, -10)."""

DROPPED_VERBS = frozenset({
    "escalate", "increase", "heighten", "engage", "lead", "take", "add", "manage", "want", "leave", "think",
    "involve", "govern", "determine", "render", "face", "consider", "issue", "mark", "put", "make", "get", "go",
    "come", "hold", "keep", "bring", "turn", "see", "show", "move", "remain",
})
"""CAMEO verbs the lexicon leaves out: their code needs the pattern context PETRARCH gets from a
parser ("engaged in a conflict" vs "engaging Turkey"; an *escalation* of talks or of violence), so
alone they give the wrong sign more often than the right one. The project's own correction."""

_NEGATION = re.compile(r"\b(?:not|never|no|n['’]t|refused to|refuses to|declined to|failed to|unwilling to)\b(?:\W+\w+){0,3}\W*$")
_MODALITY = re.compile(r"\b(?:may|might|could|would|should|plans? to|seeks? to|hopes? to|wants? to)\b(?:\W+\w+){0,2}\W*$")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_CODE = re.compile(r"\[([0-9]{2,4})(?::[0-9]*)?\]")


@dataclass(frozen=True)
class EventLexicon:
    """Word or phrase (lower case) -> (CAMEO code, Goldstein value)."""

    entries: dict[tuple[str, ...], tuple[str, float]]
    longest: int

    def __post_init__(self) -> None:
        lengths: dict[str, set[int]] = {}
        for key in self.entries:
            lengths.setdefault(key[0], set()).add(len(key))
        # first word -> phrase lengths, longest first: most words start no phrase and cost one lookup
        object.__setattr__(self, "_lengths", {w: sorted(n, reverse=True) for w, n in lengths.items()})

    def find(self, text: str) -> list[tuple[int, int, str, str, float]]:
        """Cues in ``text``: ``(start, end, words, code, value)``, longest phrase first at each word."""
        words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
        found, i = [], 0
        while i < len(words):
            for n in self._lengths.get(words[i][2], ()):
                if i + n > len(words):
                    continue
                key = tuple(w for _, _, w in words[i : i + n])
                if key in self.entries:
                    code, value = self.entries[key]
                    found.append((words[i][0], words[i + n - 1][1], " ".join(key), code, value))
                    i += n
                    break
            else:
                i += 1
        return found


def _goldstein() -> dict[str, float]:
    table = (resources.files("actorlens") / "data" / "cameo" / "CAMEO.goldsteinscale.txt").read_text(encoding="utf-8")
    values = {}
    for line in table.splitlines()[1:]:
        code, _, value = line.partition("\t")
        if code.strip():
            values[code.strip()] = float(value)
    return values


def _value(code: str, goldstein: dict[str, float]) -> float | None:
    while code and code not in goldstein:
        code = code[:-1]  # 0356 -> 035 -> 03
    return goldstein.get(code) if code else None


def _usually_not_a_verb() -> set[str]:
    """Words whose most likely part of speech is not a verb, from the tagging lexicon that ships
    with TextBlob (pattern's Brill lexicon; no download): "issues", "forces", "control", "fire"."""
    text = (resources.files("textblob") / "en" / "en-lexicon.txt").read_text(encoding="utf-8")
    out = set()
    for line in text.splitlines():
        word, _, tag = line.partition(" ")
        if tag and word.islower() and not tag.startswith(("VB", "MD")):
            out.add(word)  # lower-case entries only: "Met" (the Met Office) is a name, "met" a verb
    return out


def _inflections(verb: str) -> set[str]:
    """Regular forms of a verb; wrong extra forms ("stoped") are harmless, they match nothing."""
    forms = {verb}
    consonant_y = len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou"
    forms.add(verb[:-1] + "ies" if consonant_y else verb + ("es" if verb.endswith(("s", "x", "z", "ch", "sh")) else "s"))
    if verb.endswith("e"):
        forms |= {verb + "d", verb[:-1] + "ing"}
    elif consonant_y:
        forms |= {verb[:-1] + "ied", verb + "ing"}
    else:
        forms |= {verb + "ed", verb + "ing"}
        if len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
            forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}  # stop -> stopped
    return forms


@lru_cache(maxsize=1)
def load_event_lexicon() -> EventLexicon:
    """Build the event lexicon from the CAMEO verb dictionary, the Goldstein table and
    :data:`RELATION_NOUNS`. Verbs whose code is unknown, or whose block has no code, are left out.

    >>> lexicon = load_event_lexicon()
    >>> lexicon.entries[("accused",)], lexicon.entries[("sanctions",)]
    (('112', -2.0), ('163', -8.0))
    """
    goldstein = _goldstein()
    not_verbs = _usually_not_a_verb()
    text = (resources.files("actorlens") / "data" / "cameo" / "CAMEO.2.0.txt").read_bytes().decode("utf-8", errors="replace")
    entries: dict[tuple[str, ...], tuple[str, float]] = {}
    in_verbs, block_code = False, None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs or not line.strip():
            continue
        if line.startswith("---"):
            found = _CODE.search(line)
            block_code = found.group(1) if found else None
            continue
        if line.startswith(("-", "+", "&", " ", "\t")):
            continue  # patterns and synonym sets: beyond this lexicon
        own = _CODE.search(line)
        code = own.group(1) if own else block_code
        if "[---]" in line or code is None:
            continue
        value = _value(code, goldstein)
        if value is None:
            continue
        head = line.split("[", 1)[0].split("{", 1)[0].strip()
        irregular = re.search(r"\{([^}]*)\}", line)
        words = head.lower().split("_")
        if words[-1] in DROPPED_VERBS:
            continue
        forms = set(irregular.group(1).lower().split()) | {words[-1]} if irregular else _inflections(words[-1])
        for form in forms:
            if len(words) == 1 and form in not_verbs:
                continue  # "issues", "forces": in news these are nouns, not the CAMEO verbs
            key = tuple(words[:-1]) + (form,)
            entries.setdefault(key, (code, value))
    for noun, code in RELATION_NOUNS.items():
        value = _value(code, goldstein)
        if value is not None:
            entries[tuple(noun.split())] = (code, value)
    return EventLexicon(entries, max(len(k) for k in entries))


def score_cooperation(
    text: str, lexicon: EventLexicon | None = None, *, skip: list[tuple[int, int]] | None = None
) -> tuple[float, str]:
    """The cooperation score of one sentence in [-1, 1] (Goldstein / 10) and its cues.

    >>> score_cooperation("The two sides did not agree on Manbij.")
    (-0.175, 'not agree (-1.75)')
    >>> score_cooperation("Turkey and Russia met on Monday.")
    (0.1, 'met (+1.00)')
    """
    lexicon = lexicon or load_event_lexicon()
    values, cues = [], []
    previous_end = 0
    for start, end, words, _, value in lexicon.find(text):
        if value == 0 or any(a < end and start < b for a, b in skip or ()):
            continue  # a neutral statement verb, or a word inside an actor's name ("United States")
        before = text[previous_end:start]  # a negation reaches only the next cue
        previous_end = end
        if words in RELATION_NOUNS:
            negated = bool(re.search(r"\b(?:no|without)\s+$", before))  # "no deal"
        else:
            negated = bool(_NEGATION.search(before))
        if negated:
            value, words = -0.5 * value, f"not {words}"
        elif _MODALITY.search(before):
            value, words = 0.5 * value, f"maybe {words}"
        values.append(value)
        cues.append(f"{words} ({value:+.2f})")
    if not values:
        return 0.0, ""
    return round(sum(values) / len(values) / 10, 3), "; ".join(cues)


# --------------------------------------------------------------------------------------------------
# Dyads and trends.

DYAD_COLUMNS = ["doc_id", "sent_id", "actor_a", "actor_b", "tone", "cooperation", "cue", "text"]


@disk_cached
def dyad_sentences(sentences: pd.DataFrame, mentions: pd.DataFrame, *, lexicon: EventLexicon | None = None) -> pd.DataFrame:
    """One row per sentence and pair of distinct actors in it: ``doc_id, sent_id, actor_a, actor_b``
    (codes sorted), ``tone`` (TextBlob polarity of the sentence, in [-1, 1]), ``cooperation``
    (event-lexicon score, Goldstein / 10, in [-1, 1]), ``cue`` (the words that decided it) and the
    sentence ``text``.

    >>> s = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "text": ["Turkey accused Russia of lying."]})
    >>> m = pd.DataFrame({"doc_id": ["d", "d"], "sent_id": [0, 0], "actor": ["TUR", "RUS"]})
    >>> dyad_sentences(s, m)[["actor_a", "actor_b", "cooperation", "cue"]].values.tolist()
    [['RUS', 'TUR', -0.2, 'accused (-2.00)']]
    """
    from .sentiment import textblob_score

    lexicon = lexicon or load_event_lexicon()
    actors: dict[tuple, set] = {}
    spans: dict[tuple, list] = {}
    has_spans = {"start", "end"} <= set(mentions.columns)
    starts = mentions["start"] if has_spans else [None] * len(mentions)
    ends = mentions["end"] if has_spans else [None] * len(mentions)
    for key, actor, start, end in zip(zip(mentions["doc_id"], mentions["sent_id"]), mentions["actor"], starts, ends):
        actors.setdefault(key, set()).add(actor)
        if has_spans:
            spans.setdefault(key, []).append((start, end))
    texts = dict(zip(zip(sentences["doc_id"], sentences["sent_id"]), sentences["text"]))
    rows = []
    for (doc_id, sent_id), found in actors.items():
        if len(found) < 2:
            continue
        present = sorted(found)
        text = texts[(doc_id, sent_id)]
        cooperation, cue = score_cooperation(text, lexicon, skip=spans.get((doc_id, sent_id)))
        tone = round(textblob_score(text), 3)
        rows.extend((doc_id, sent_id, a, b, tone, cooperation, cue, text) for a, b in combinations(present, 2))
    table = pd.DataFrame(rows, columns=DYAD_COLUMNS)
    return table.sort_values(["doc_id", "sent_id", "actor_a", "actor_b"], kind="stable").reset_index(drop=True)


PERIODS = ("document", "month", "year")
"""The time steps of :func:`dyad_trends`."""

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


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
    dated = _in_periods(dyads, corpus, by)
    if dated.empty:
        return pd.DataFrame(columns=columns)
    trends = dated.groupby(["actor_a", "actor_b", "date", "date_precision"]).agg(
        n_documents=("doc_id", "nunique"), **stats).reset_index()
    trends["period"] = [_period_key(d, p) for d, p in zip(trends["date"], trends["date_precision"])]
    trends = trends.sort_values(["actor_a", "actor_b", "date", "date_precision"], kind="stable").reset_index(drop=True)
    return trends[columns].round(rounding)


def _in_periods(dyads: pd.DataFrame, corpus: pd.DataFrame, by: str) -> pd.DataFrame:
    """The dated dyad rows with ``date`` and ``date_precision`` replaced by their period's start and
    step, and the document's own ``doc_date`` and ``outlet`` kept for quoting."""
    info = corpus[["doc_id", "date", "date_precision"]].assign(outlet=corpus["outlet"] if "outlet" in corpus else "")
    dated = dyads.merge(info, on="doc_id", how="inner").dropna(subset=["date"])
    coarser = dated["date_precision"].map(_PRECISION_RANK).fillna(0) > _PRECISION_RANK[by]
    step = dated["date_precision"].where(coarser, by)
    start = dated["date"].dt.to_period("M").dt.start_time.where(step == "month", dated["date"].dt.to_period("Y").dt.start_time)
    return dated.assign(doc_date=dated["date"], doc_precision=dated["date_precision"], date=start, date_precision=step)


def _period_key(date: pd.Timestamp, step: str) -> str:
    return f"{date:%Y-%m}" if step == "month" else f"{date:%Y}"


# --------------------------------------------------------------------------------------------------
# Narratives.

_BAND = 0.05  # |cooperation| below this: neither cooperation nor conflict


def relation_label(score: float, *, band: float = _BAND) -> str:
    """``conflict`` below ``-band``, ``cooperation`` above ``band``, else ``neutral`` (for tone or
    cooperation, both in [-1, 1]).

    >>> [relation_label(x) for x in (-0.3, 0.02, 0.4)]
    ['conflict', 'neutral', 'cooperation']
    """
    return "conflict" if score < -band else "cooperation" if score > band else "neutral"


def _period(date: pd.Timestamp, precision: str) -> str:
    if pd.isna(date):
        return "undated"
    if precision == "year":
        return f"{date.year} (year only)"
    if precision == "month":
        return f"{date:%B %Y}"
    return f"{date.day} {date:%B %Y}"


def _reading(value: float) -> str:
    return "cooperation" if value > _BAND else "conflict" if value < -_BAND else "neither cooperation nor conflict"


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
        pair_dyads = _in_periods(pair_dyads, corpus, "month" if (rows["date_precision"] == "month").any() else "year")
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
            when = _period(row.date, row.date_precision)
            source = f"({str(row.outlet).split(' (')[0]}, `{row.doc_id[:3]}`)"
        else:
            here = pair_dyads[(pair_dyads["date"] == row.date) & (pair_dyads["date_precision"] == row.date_precision)]
            here = here.sort_values(["doc_date", "doc_id", "sent_id"])
            when = f"{row.date:%B %Y}" if row.date_precision == "month" else f"{row.date:%Y}"
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
            origin = "" if per_document else f" ({str(quote['outlet']).split(' (')[0]}, {_period(quote['doc_date'], quote['doc_precision'])}, `{quote['doc_id']}`)"
            lines.append(f'> "{_quote(quote["text"])}"{origin}{cue}')
        lines.append("")
    dated = rows.dropna(subset=["date"])
    if len(dated) >= 2:
        first, last = dated.iloc[0], dated.iloc[-1]
        change = last["cooperation"] - first["cooperation"]
        direction = "towards cooperation" if change > _BAND else "towards conflict" if change < -_BAND else "little"
        label = _period if per_document else (lambda d, p: f"{d:%B %Y}" if p == "month" else f"{d:%Y}")
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

