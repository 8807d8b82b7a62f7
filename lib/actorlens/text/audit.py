"""The cleaning audit: every input line of every document, kept or removed, with the reason."""

from __future__ import annotations

import pandas as pd

from .cleaning import clean_text

__all__ = ["cleaning_audit"]


def cleaning_audit(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every input line of every document, kept or removed, with the reason.

    Columns: ``doc_id, line_no, kept, reason, role, text`` (the normalised line; the raw line is in
    ``raw``) and ``start, end`` (offsets of kept body lines in the document's clean ``text``).
    Kept plus removed lines are exactly the lines of ``raw_text``.

    >>> from actorlens import load_corpus
    >>> from actorlens.text import split_lines
    >>> corpus = load_corpus()
    >>> audit = cleaning_audit(corpus)
    >>> len(audit) == sum(len(split_lines(raw)) for raw in corpus["raw_text"])
    True
    """
    frames = []
    for doc_id, raw, title, source in corpus[["doc_id", "raw_text", "title", "title_source"]].itertuples(index=False):
        cleaned = clean_text(raw, title=title if source == "metadata" else None)  # exactly as load_corpus did
        frame = pd.DataFrame([r.__dict__ for r in cleaned.lines])
        frame.insert(0, "doc_id", doc_id)
        frames.append(frame)
    columns = ["doc_id", "line_no", "kept", "reason", "role", "text", "raw", "start", "end"]
    if not frames:
        return pd.DataFrame(columns=columns)
    audit = pd.concat(frames, ignore_index=True)[columns]
    audit["start"] = audit["start"].astype("Int64")
    audit["end"] = audit["end"].astype("Int64")
    return audit
