"""Pairs of actors in a sentence, with the sentence's cooperation score (event lexicon) and tone
(TextBlob). The score is of the **sentence**: every pair of actors in it gets it. **tone** is the
sentence's TextBlob polarity, an analogue at sentence level of GDELT's article-level AvgTone."""

from __future__ import annotations

import pandas as pd

from ..actors.tagger import actor_pairs, mention_tops
from .lexicon import EventLexicon, load_event_lexicon, score_cooperation

__all__ = ["DYAD_COLUMNS", "dyad_sentences"]

DYAD_COLUMNS = ["doc_id", "sent_id", "actor_a", "actor_b", "tone", "cooperation", "cue", "text"]


def dyad_sentences(sentences: pd.DataFrame, mentions: pd.DataFrame, *, lexicon: EventLexicon | None = None) -> pd.DataFrame:
    """One row per sentence and pair of distinct actors in it: ``doc_id, sent_id, actor_a, actor_b``
    (codes sorted; an actor and its own top-level actor, TURGOV and TUR, are not a pair), ``tone`` (TextBlob polarity of the sentence, in [-1, 1]), ``cooperation``
    (event-lexicon score, Goldstein / 10, in [-1, 1]), ``cue`` (the words that decided it) and the
    sentence ``text``.

    >>> s = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "text": ["Turkey accused Russia of lying."]})
    >>> m = pd.DataFrame({"doc_id": ["d", "d"], "sent_id": [0, 0], "actor": ["TUR", "RUS"]})
    >>> dyad_sentences(s, m)[["actor_a", "actor_b", "cooperation", "cue"]].values.tolist()
    [['RUS', 'TUR', -0.2, 'accused (-2.00)']]
    """
    from ..sentiment.lexicons import textblob_score

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
    tops = mention_tops(mentions)
    rows = []
    for (doc_id, sent_id), found in actors.items():
        pairs = actor_pairs(found, tops)
        if not pairs:
            continue
        text = texts[(doc_id, sent_id)]
        cooperation, cue = score_cooperation(text, lexicon, skip=spans.get((doc_id, sent_id)))
        tone = round(textblob_score(text), 3)
        rows.extend((doc_id, sent_id, a, b, tone, cooperation, cue, text) for a, b in pairs)
    table = pd.DataFrame(rows, columns=DYAD_COLUMNS)
    return table.sort_values(["doc_id", "sent_id", "actor_a", "actor_b"], kind="stable").reset_index(drop=True)
