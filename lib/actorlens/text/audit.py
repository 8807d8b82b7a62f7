"""The cleaning audit: every input line of every document, kept or removed, with the reason."""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from .cleaning import clean_page

__all__ = ["cleaning_audit"]


def cleaning_audit(corpus: pd.DataFrame, *, skip_rules: Iterable[str] = ()) -> pd.DataFrame:
    """Every input line of every document, kept or removed, with the reason.

    Columns: ``doc_id, line_no, paragraph, kept, reason, role, text`` (the normalised line; the raw
    line is in ``raw``) and ``start, end`` (offsets of kept body lines in the document's clean ``text``).
    Kept plus removed lines are exactly the lines of ``raw_text`` (of an HTML page, the lines of its
    visible text, one block a line); lines that re-flowing joined into
    one paragraph share a ``paragraph`` number (their offsets follow one another in it). Give the
    ``skip_rules`` the corpus was loaded with.

    >>> from actorlens import load_corpus
    >>> from actorlens.text import split_lines
    >>> corpus = load_corpus()
    >>> audit = cleaning_audit(corpus)
    >>> len(audit) == sum(len(split_lines(raw)) for raw in corpus["raw_text"])
    True
    """
    frames = []
    formats = corpus["format"] if "format" in corpus else pd.Series("text", index=corpus.index)
    for doc_id, raw, title, source, kind in zip(corpus["doc_id"], corpus["raw_text"], corpus["title"],
                                                corpus["title_source"], formats):
        known = title if source in ("metadata", "html") else None  # exactly as load_corpus cleaned it
        cleaned = clean_page(raw, format=kind, title=known, skip_rules=skip_rules)
        frame = pd.DataFrame([r.__dict__ for r in cleaned.lines])
        frame.insert(0, "doc_id", doc_id)
        frames.append(frame)
    columns = ["doc_id", "line_no", "paragraph", "kept", "reason", "role", "text", "raw", "start", "end"]
    if not frames:
        return pd.DataFrame(columns=columns)
    audit = pd.concat(frames, ignore_index=True)[columns]
    audit["start"] = audit["start"].astype("Int64")
    audit["end"] = audit["end"].astype("Int64")
    return audit
