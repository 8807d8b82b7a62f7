"""The tagger against hand-annotated mentions: precision, recall and every error.

The gold files are JSON Lines, one sentence per line: ``{"text": ..., "mentions": [{"text": ...,
"actor": ...}, ...]}`` plus an id (``doc_id``/``sent_id`` for seed sentences, ``id`` for written
ones), mentions in order of appearance (see ``data/labels/mentions/README.md``). A predicted mention
is correct when a gold mention of the same actor overlaps it (span edges such as "Syrian Kurdish
militants" vs "Syrian Kurdish" do not matter); each gold mention can be matched once.

Actors are compared at a level (:data:`~actorlens.actors.LEVELS`): ``top`` maps both sides to the
root of the registry's ``parent`` chain (YPG and KURDS are both KURDS; TURGOV is TUR), ``specific``
compares the codes as tagged, with a gold ``role`` (GOV, MIL) joined to its state (SYR + GOV is
SYRGOV). A gold sentence's ``date`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) dates its people.
World sets also mark ``place``; :attr:`MentionScores.places` compares it on the matched mentions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..actors.tagger import LEVELS, ActorTagger
from ..errors import CorpusError

__all__ = ["MentionScores", "read_mention_gold", "score_mentions"]


def read_mention_gold(*paths: str | Path) -> pd.DataFrame:
    """Gold sentences: ``item, source, text, date, gold`` where ``gold`` is a list of
    ``(actor, text, start, end, place, role)`` (``place`` None and ``role`` "" where the set does not say).

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
                gold.append((mention["actor"], mention["text"], start, start + len(mention["text"]),
                             mention.get("place"), mention.get("role") or ""))
                cursor = start + len(mention["text"])
            rows.append({"item": item, "source": path.stem, "text": text, "date": _interval(record.get("date")), "gold": gold})
    return pd.DataFrame(rows, columns=["item", "source", "text", "date", "gold"])


def _interval(date: str | None) -> tuple[str, str] | None:
    if not date:
        return None
    parts = str(date).split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01", f"{parts[0]}-12-31"
    if len(parts) == 2:
        last = (pd.Timestamp(f"{date}-01") + pd.offsets.MonthEnd(0)).day
        return f"{date}-01", f"{date}-{last:02d}"
    return str(date), str(date)


@dataclass(frozen=True)
class MentionScores:
    """Precision, recall and F1 over mentions, and every error (``kind`` is ``missed`` or ``wrong``)."""

    tp: int
    fp: int
    fn: int
    errors: pd.DataFrame
    places: pd.DataFrame | None = None
    """For matched mentions whose gold says ``place``: ``item, mention, gold, predicted`` (booleans)."""
    gold: pd.DataFrame | None = None
    """Every gold mention: ``item, actor, mention, start, found`` (for a paired test of two taggers)."""

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


def score_mentions(gold: pd.DataFrame, tagger: ActorTagger, *, level: str = "top") -> MentionScores:
    """Tag each gold sentence (with its date, if the set gives one) and compare at ``level`` (see the
    module documentation for the matching rule)."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    tops = tagger.top_codes()

    def gold_code(code: str, role: str) -> str:
        if role == "OPP" and f"{code}OPP" in tops:  # a state's opposition is an actor of its own
            return tops[f"{code}OPP"]
        if level == "top":
            return tops.get(code, code)
        return f"{code}{role}" if role in ("GOV", "MIL") and f"{code}{role}" in tops else code

    tp = fp = fn = 0
    errors, places, found = [], [], []
    dates = gold["date"] if "date" in gold.columns else pd.Series([None] * len(gold), index=gold.index)
    for item, text, wanted, date in zip(gold["item"], gold["text"], gold["gold"], dates):
        wanted_codes = [(gold_code(g[0], g[5] if len(g) > 5 else ""), *g[1:]) for g in wanted]
        unmatched = list(wanted_codes)
        for m in tagger.find(text, date):
            code = m.top if level == "top" else m.actor
            hit = next((g for g in unmatched if g[0] == code and g[2] < m.end and m.start < g[3]), None)
            if hit is None:
                fp += 1
                errors.append((item, "wrong", code, m.text, text))
            else:
                tp += 1
                unmatched.remove(hit)
                if len(hit) > 4 and hit[4] is not None:
                    places.append((item, m.text, bool(hit[4]), m.place))
        fn += len(unmatched)
        errors.extend((item, "missed", g[0], g[1], text) for g in unmatched)
        missed = {id(g) for g in unmatched}
        found.extend((item, g[0], g[1], g[2], id(g) not in missed) for g in wanted_codes)
    return MentionScores(tp, fp, fn, pd.DataFrame(errors, columns=["item", "kind", "actor", "mention", "sentence"]),
                         pd.DataFrame(places, columns=["item", "mention", "gold", "predicted"]),
                         pd.DataFrame(found, columns=["item", "actor", "mention", "start", "found"]))
