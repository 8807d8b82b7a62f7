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
from typing import Iterable

import pandas as pd

from .datasets import seeds_dir
from .errors import CorpusError, CorpusWarning
from .reading import METADATA_COLUMNS, metadata_problems, parse_date, read_metadata, read_pages
from .reading.html import html_metadata
from .text.cleaning import CleanText, clean_page

__all__ = ["MAX_REMOVED_SHARE", "METADATA_COLUMNS", "build_corpus", "corpus_order", "heavily_cleaned", "load_corpus",
           "warn_heavy_cleaning"]

MAX_REMOVED_SHARE = 0.2
"""A document that loses more than this share of its words to cleaning is flagged by name: real
prose is rarely page furniture, so a rule has probably misfired (or the page is mostly furniture)."""

_LONE_LETTER = re.compile(r"(?<![\w.\-'’])[B-HJ-Z]s?(?![\w.\-'’&])")
_GLUED = re.compile(r"\b[a-z]{3,}[A-Z][a-z]+\b|\b[A-Z]{3,}[a-z]{4,}\b")
_DIGIT = re.compile(r"\d")


def load_corpus(path: str | Path | None = None, *, skip_rules: Iterable[str] = (),
                max_removed_share: float = MAX_REMOVED_SHARE) -> pd.DataFrame:
    """Load, clean and date a folder of pages: one row per document, sorted by date then doc_id.

    With no ``path``, the seed corpus bundled with the package. Columns: ``doc_id, title, outlet,
    date`` (datetime64; ``NaT`` when unknown), ``date_precision, date_evidence, url``, any other
    metadata columns, ``text`` (the clean body), ``raw_text`` (the file as read), ``format``
    (``text`` or ``html``: a folder may hold ``.txt``, ``.html`` and ``.htm`` pages, and HTML saved
    as ``.txt`` is read as HTML), ``title_source`` (``metadata``, ``html``, ``text`` or ``first
    words``: where the title came from), ``date_source``, ``outlet_source`` and ``author_source``
    (``metadata``, ``html`` when an HTML page declared what ``metadata.csv`` left empty, or empty),
    and quality columns:
    ``n_words`` (clean), ``n_words_raw``, ``n_paragraphs``, ``n_lines``, ``n_removed`` (non-blank
    lines removed), ``removed_share``, ``n_digits``, ``n_glued_words`` ("earlyAnkara"),
    ``n_lone_letters`` ("the S deal": a number was stripped from "S-400"), ``removed_word_share``
    (of the words of non-blank lines; of an HTML page, of its main text as the extractor found it),
    ``removed_by`` (the rule that removed most words) and ``flags``
    (a comma-separated summary). What the metadata does not say is reported in one
    :class:`~actorlens.errors.CorpusWarning`, and so are the documents that lost more than
    ``max_removed_share`` of their words (flagged "heavy cleaning"). ``skip_rules`` turns cleaning
    rules off by name (see :func:`~actorlens.clean_text`); give the same to
    :func:`~actorlens.cleaning_audit`.

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
    corpus = build_corpus(pages, metadata, skip_rules=skip_rules, max_removed_share=max_removed_share)
    warn_heavy_cleaning(corpus, folder, max_removed_share=max_removed_share)
    return corpus


def heavily_cleaned(corpus: pd.DataFrame, *, max_removed_share: float = MAX_REMOVED_SHARE) -> pd.DataFrame:
    """The documents that lost more than ``max_removed_share`` of their words to cleaning, most
    first: ``doc_id, title, n_words_raw, n_words, removed_word_share, removed_by, flags``."""
    columns = ["doc_id", "title", "n_words_raw", "n_words", "removed_word_share", "removed_by", "flags"]
    heavy = corpus[corpus["removed_word_share"] > max_removed_share]
    return heavy.sort_values(["removed_word_share", "doc_id"], ascending=[False, True], kind="stable")[columns].reset_index(drop=True)


def warn_heavy_cleaning(corpus: pd.DataFrame, where: str | Path, *, max_removed_share: float = MAX_REMOVED_SHARE) -> None:
    """One :class:`~actorlens.errors.CorpusWarning` naming every heavily cleaned document and the
    rule responsible (nothing when there is none)."""
    heavy = heavily_cleaned(corpus, max_removed_share=max_removed_share)
    if heavy.empty:
        return
    shown = [f"{d} ({share:.0%}, {rule})" for d, share, rule in
             heavy[["doc_id", "removed_word_share", "removed_by"]].head(20).itertuples(index=False)]
    more = f" and {len(heavy) - 20:,} more" if len(heavy) > 20 else ""
    warnings.warn(
        f"{where}: {len(heavy):,} document{'s' if len(heavy) != 1 else ''} lost more than {max_removed_share:.0%} of "
        f"{'its' if len(heavy) == 1 else 'their'} words to cleaning: {', '.join(shown)}{more}. Check them with cleaning_audit(); a rule that removed "
        "prose can be turned off by name (skip_rules=[...], or --skip-rule NAME).",
        CorpusWarning, stacklevel=3,
    )


def corpus_order(pages: pd.DataFrame, metadata: pd.DataFrame) -> pd.DataFrame:
    """``pages`` in the order of the corpus table: by date, then doc_id, undated last."""
    dates = metadata["date"].reindex(pages["doc_id"]).to_numpy() if "date" in metadata else pd.NaT
    keyed = pages.assign(_date=pd.to_datetime(pd.Series(dates, index=pages.index)))
    return keyed.sort_values(["_date", "doc_id"], na_position="last", kind="stable").drop(columns="_date")


def build_corpus(pages: pd.DataFrame, metadata: pd.DataFrame, *, skip_rules: Iterable[str] = (),
                 max_removed_share: float = MAX_REMOVED_SHARE) -> pd.DataFrame:
    """The corpus table (see :func:`load_corpus`) of ``pages`` (``doc_id, raw_text, read_notes``,
    from :func:`~actorlens.reading.read_pages`) with their ``metadata``
    (:func:`~actorlens.reading.read_metadata`): each page cleaned, titled and dated. Documents that
    lose more than ``max_removed_share`` of their words are flagged (not warned about: see
    :func:`warn_heavy_cleaning`)."""
    skip_rules = tuple(skip_rules)
    formats = pages["format"] if "format" in pages else pd.Series("text", index=pages.index)
    rows = []
    for doc_id, raw, notes, kind in zip(pages["doc_id"], pages["raw_text"], pages["read_notes"], formats):
        info = metadata.loc[doc_id].to_dict() if doc_id in metadata.index else {}
        info, sources = _fill_from_page(info, raw if kind == "html" else None, doc_id)
        cleaned = clean_page(raw, format=kind, title=info.get("title") or None, skip_rules=skip_rules)
        row = _row(doc_id, raw, notes, info, cleaned, max_removed_share)
        if row["title_source"] == "metadata" and sources["title"] == "html":
            row["title_source"] = "html"
        row.update(format=kind, **{f"{field}_source": sources[field] for field in ("date", "outlet", "author")})
        if kind == "html":
            row["n_words_raw"] = sum(len(r.text.split()) for r in cleaned.lines)  # the visible text, not the markup
        rows.append(row)
    table = pd.DataFrame(rows)
    table["date"] = pd.to_datetime(table["date"])
    extra = [c for c in metadata.columns if c not in METADATA_COLUMNS]
    order = list(METADATA_COLUMNS) + extra + [c for c in table.columns if c not in METADATA_COLUMNS + tuple(extra)]
    table = table.reindex(columns=order).sort_values(["date", "doc_id"], na_position="last", kind="stable")
    return table.reset_index(drop=True)


_PAGE_FIELDS = ("title", "date", "outlet", "author")


def _fill_from_page(info: dict, html: str | None, doc_id: str) -> tuple[dict, dict[str, str]]:
    """The metadata row completed from what an HTML page says about itself, where the row is
    silent, and where each field came from (``metadata``, ``html`` or ``""``)."""
    def given(field: str) -> bool:
        value = info.get(field)
        return value is not None and not (isinstance(value, float) or value is pd.NaT) and str(value).strip() != ""

    sources = {f: "metadata" if given(f) else "" for f in _PAGE_FIELDS}
    if html is None:
        return info, sources
    found = html_metadata(html)
    info = dict(info)
    for field in _PAGE_FIELDS:
        if sources[field] or field not in found:
            continue
        if field == "date":
            try:
                info["date"], info["date_precision"] = parse_date(found["date"][:10], "", f"{doc_id} (the page's own date)")
            except CorpusError:
                continue  # a date the page gives in a form we cannot read stays unknown
        else:
            info[field] = found[field]
        sources[field] = "html"
    return info, sources


def _row(doc_id: str, raw: str, notes: tuple, info: dict, cleaned: CleanText, max_removed_share: float) -> dict:
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
    removed_words: dict[str, int] = {}
    for record in removed:
        if record.reason != "not_main_text":  # an HTML page's menus and footers, as the extractor judged
            removed_words[record.reason] = removed_words.get(record.reason, 0) + len(record.text.split())
    nonblank_words = sum(len(r.text.split()) for r in nonblank if r.reason != "not_main_text")
    share = sum(removed_words.values()) / nonblank_words if nonblank_words else 0.0
    removed_by = max(sorted(removed_words), key=removed_words.get) if removed_words else ""
    if share > max_removed_share:
        flags.append(f"heavy cleaning: {share:.0%} of words removed, most by {removed_by}")
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
        "removed_word_share": round(share, 3),
        "removed_by": removed_by,
        "n_digits": n_digits,
        "n_glued_words": glued,
        "n_lone_letters": lone,
        "flags": ", ".join(flags),
    }


def _title_from_text(text: str, words: int = 12) -> str:
    first = text.split("\n\n", 1)[0].split()
    return " ".join(first[:words]) + (" …" if len(first) > words else "")
