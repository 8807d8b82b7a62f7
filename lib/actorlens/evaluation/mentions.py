"""The tagger against hand-annotated mentions: precision, recall and every error.

The gold files are JSON Lines, one sentence per line: ``{"text": ..., "mentions": [{"text": ...,
"actor": ...}, ...]}`` plus an id (``doc_id``/``sent_id`` for seed sentences, ``id`` for written
ones), mentions in order of appearance (see ``data/labels/mentions/README.md``). A predicted mention
is correct when a gold mention of the same actor overlaps it (span edges such as "Syrian Kurdish
militants" vs "Syrian Kurdish" do not matter); each gold mention can be matched once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..actors.tagger import ActorTagger
from ..errors import CorpusError

__all__ = ["MentionScores", "read_mention_gold", "score_mentions"]


def read_mention_gold(*paths: str | Path) -> pd.DataFrame:
    """Gold sentences: ``item, text, gold`` where ``gold`` is a list of ``(actor, text, start, end)``.

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
                gold.append((mention["actor"], mention["text"], start, start + len(mention["text"])))
                cursor = start + len(mention["text"])
            rows.append({"item": item, "source": path.stem, "text": text, "gold": gold})
    return pd.DataFrame(rows, columns=["item", "source", "text", "gold"])


@dataclass(frozen=True)
class MentionScores:
    """Precision, recall and F1 over mentions, and every error (``kind`` is ``missed`` or ``wrong``)."""

    tp: int
    fp: int
    fn: int
    errors: pd.DataFrame

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


def score_mentions(gold: pd.DataFrame, tagger: ActorTagger) -> MentionScores:
    """Tag each gold sentence and compare (see the module documentation for the matching rule)."""
    tp = fp = fn = 0
    errors = []
    for item, text, wanted in gold[["item", "text", "gold"]].itertuples(index=False):
        unmatched = list(wanted)
        for m in tagger.find(text):
            hit = next((g for g in unmatched if g[0] == m.actor and g[2] < m.end and m.start < g[3]), None)
            if hit is None:
                fp += 1
                errors.append((item, "wrong", m.actor, m.text, text))
            else:
                tp += 1
                unmatched.remove(hit)
        fn += len(unmatched)
        errors.extend((item, "missed", g[0], g[1], text) for g in unmatched)
    return MentionScores(tp, fp, fn, pd.DataFrame(errors, columns=["item", "kind", "actor", "mention", "sentence"]))
