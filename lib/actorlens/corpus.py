"""The corpus table: one clean, dated row per document, with the quality columns that show what
cleaning did.

:func:`load_corpus` reads a folder and builds the table; :func:`build_corpus` builds it from pages
and metadata already read (:mod:`actorlens.reading`), which is what the analysis driver does chunk
by chunk. :func:`corpus_order` is the order of the table: by date, then doc_id, undated last.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pandas as pd

from .datasets import seeds_dir
from .errors import CorpusWarning
from .reading import METADATA_COLUMNS, metadata_problems, read_metadata, read_pages
from .text.cleaning import CleanText, clean_text

__all__ = ["METADATA_COLUMNS", "build_corpus", "corpus_order", "load_corpus"]

_LONE_LETTER = re.compile(r"(?<![\w.\-'’])[B-HJ-Z]s?(?![\w.\-'’&])")
_GLUED = re.compile(r"\b[a-z]{3,}[A-Z][a-z]+\b|\b[A-Z]{3,}[a-z]{4,}\b")
_DIGIT = re.compile(r"\d")


def load_corpus(path: str | Path | None = None) -> pd.DataFrame:
    """Load, clean and date a folder of pages: one row per document, sorted by date then doc_id.

    With no ``path``, the seed corpus bundled with the package. Columns: ``doc_id, title, outlet,
    date`` (datetime64; ``NaT`` when unknown), ``date_precision, date_evidence, url``, any other
    metadata columns, ``text`` (the clean body), ``raw_text`` (the file as read), ``title_source``
    (``metadata``, ``text`` or ``first words``: where the title came from), and quality columns:
    ``n_words`` (clean), ``n_words_raw``, ``n_paragraphs``, ``n_lines``, ``n_removed`` (non-blank
    lines removed), ``removed_share``, ``n_digits``, ``n_glued_words`` ("earlyAnkara"),
    ``n_lone_letters`` ("the S deal": a number was stripped from "S-400") and ``flags`` (a
    comma-separated summary). What the metadata does not say is reported in one
    :class:`~actorlens.errors.CorpusWarning`.

    >>> corpus = load_corpus()
    >>> corpus.loc[0, ["doc_id", "outlet"]].tolist()
    ['001_987e552dc2d2fa88', 'Al-Monitor']
    """
    folder = Path(path).expanduser() if path is not None and str(path) != "" else seeds_dir()
    pages = read_pages(folder)
    metadata = read_metadata(folder, pages["doc_id"])
    problems = metadata_problems(pages["doc_id"], metadata)
    if problems:
        warnings.warn(f"{folder}: " + "; ".join(problems), CorpusWarning, stacklevel=2)
    return build_corpus(pages, metadata)


def corpus_order(pages: pd.DataFrame, metadata: pd.DataFrame) -> pd.DataFrame:
    """``pages`` in the order of the corpus table: by date, then doc_id, undated last."""
    dates = metadata["date"].reindex(pages["doc_id"]).to_numpy() if "date" in metadata else pd.NaT
    keyed = pages.assign(_date=pd.to_datetime(pd.Series(dates, index=pages.index)))
    return keyed.sort_values(["_date", "doc_id"], na_position="last", kind="stable").drop(columns="_date")


def build_corpus(pages: pd.DataFrame, metadata: pd.DataFrame) -> pd.DataFrame:
    """The corpus table (see :func:`load_corpus`) of ``pages`` (``doc_id, raw_text, read_notes``,
    from :func:`~actorlens.reading.read_pages`) with their ``metadata``
    (:func:`~actorlens.reading.read_metadata`): each page cleaned, titled and dated."""
    rows = []
    for doc_id, raw, notes in pages[["doc_id", "raw_text", "read_notes"]].itertuples(index=False):
        info = metadata.loc[doc_id].to_dict() if doc_id in metadata.index else {}
        rows.append(_row(doc_id, raw, notes, info, clean_text(raw, title=info.get("title") or None)))
    table = pd.DataFrame(rows)
    table["date"] = pd.to_datetime(table["date"])
    extra = [c for c in metadata.columns if c not in METADATA_COLUMNS]
    order = list(METADATA_COLUMNS) + extra + [c for c in table.columns if c not in METADATA_COLUMNS + tuple(extra)]
    table = table.reindex(columns=order).sort_values(["date", "doc_id"], na_position="last", kind="stable")
    return table.reset_index(drop=True)


def _row(doc_id: str, raw: str, notes: tuple, info: dict, cleaned: CleanText) -> dict:
    text = cleaned.text
    if info.get("title"):
        title, title_source = info["title"], "metadata"
    elif cleaned.title:
        title, title_source = cleaned.title, "text"
    else:
        title, title_source = _title_from_text(text) or doc_id, "first words"
    nonblank = [r for r in cleaned.lines if r.reason != "blank"]
    removed = [r for r in nonblank if not r.kept]
    n_words = len(text.split())
    flags = list(f"file: {n}" for n in notes)
    if n_words >= 200 and not re.search(r"\d", text):
        flags.append("no digits")
    glued = len(_GLUED.findall(text))
    if glued:
        flags.append("glued words")
    lone = len(_LONE_LETTER.findall(text))
    n_digits = len(_DIGIT.findall(text))
    if lone >= 3 and n_digits < 0.01 * max(n_words, 1):
        flags.append("lone capital letters (numbers stripped?)")
    if not cleaned.title and not info.get("title"):
        flags.append("no title in text")
    if n_words == 0:
        flags.append("no article text")
    return {
        "doc_id": doc_id,
        **{c: info.get(c, "") for c in METADATA_COLUMNS if c not in ("doc_id", "title", "date", "date_precision")},
        **{c: v for c, v in info.items() if c not in METADATA_COLUMNS},
        "title": title,
        "title_source": title_source,
        "date": info.get("date", pd.NaT),
        "date_precision": info.get("date_precision", "") if pd.notna(info.get("date", pd.NaT)) else "",
        "text": text,
        "raw_text": raw,
        "n_words": n_words,
        "n_words_raw": len(raw.split()),
        "n_paragraphs": text.count("\n\n") + 1 if text else 0,
        "n_lines": len(cleaned.lines),
        "n_removed": len(removed),
        "removed_share": round(len(removed) / len(nonblank), 3) if nonblank else 0.0,
        "n_digits": n_digits,
        "n_glued_words": glued,
        "n_lone_letters": lone,
        "flags": ", ".join(flags),
    }


def _title_from_text(text: str, words: int = 12) -> str:
    first = text.split("\n\n", 1)[0].split()
    return " ".join(first[:words]) + (" …" if len(first) > words else "")
