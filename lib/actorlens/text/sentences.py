"""Split clean text into sentences with pysbd, keeping offsets into the clean text.

Each paragraph of the clean text (paragraphs are separated by a blank line) is segmented on its
own, so a headline or subhead is always a sentence of its own and never glued to body text.
pysbd handles the abbreviations of news text ("U.S.-Turkish", "Dec. 19", "Mr.") that a
full-stop rule gets wrong, and needs no downloaded data.
"""

from __future__ import annotations

import re

import pandas as pd

from ..resources import resource
from .cleaning import is_heading

__all__ = ["split_sentences", "segment"]

SENTENCE_COLUMNS = ["doc_id", "sent_id", "paragraph", "is_heading", "text", "start", "end"]
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")
_BEFORE_PERIOD = re.compile(r"(?<=\s)([^\s.]+)\.")


PATCHED_PYSBD = "0.3.4"
"""The pysbd release whose abbreviation loop :func:`_search_abbreviations` copies. With another
release installed, stock pysbd is used (slower, and the same by construction)."""


@resource
def _segmenter():
    """pysbd's English segmenter, built once per process (a resource, like a lexicon)."""
    import pysbd  # imported here: no work at package import time
    from pysbd.lang.english import English

    if getattr(pysbd, "__version__", None) != PATCHED_PYSBD:
        return pysbd.Segmenter(language="en", clean=False)

    class FastAbbreviations(English.AbbreviationReplacer):
        """pysbd's English abbreviation pass, with one shortcut that cannot change its output.

        pysbd looks for each of its ~190 abbreviations ("co", "no", "st" …) wherever a word starts
        with those letters ("country", "not", "state"), then rewrites a period after it. A rewrite
        needs the abbreviation after a space (or the line's start) and before a period, so an
        abbreviation that never occurs that way in the line (compared case-folded, as pysbd's
        case-insensitive search does) is skipped before any regex runs; periods are only ever
        removed, so a check against the original line is safe. Abbreviations with a dot inside ("u.s",
        "e.g") are matched as patterns by pysbd and are never skipped. Tested against stock pysbd in
        ``tests/test_sentences.py``. This halves the time of sentence splitting.
        """

        def search_for_abbreviations_in_string(self, text):
            before_period = set(_BEFORE_PERIOD.findall(" " + text.casefold()))
            kept = [abbr for abbr, word in checks if word is None or word in before_period]
            return _search_abbreviations(self, text, kept)

    # (abbreviation, the word that must stand between a space and a period for pysbd to rewrite it)
    checks = [(a, None if "." in a.strip() else a.strip()) for a in English.Abbreviation.ABBREVIATIONS]

    class FastEnglish(English):
        AbbreviationReplacer = FastAbbreviations

    segmenter = pysbd.Segmenter(language="en", clean=False)
    segmenter.language_module = FastEnglish
    return segmenter


def _search_abbreviations(replacer, text: str, abbreviations: list[str]) -> str:
    """The loop of pysbd 0.3.4's ``AbbreviationReplacer.search_for_abbreviations_in_string`` (MIT
    licence, Kevin Dias), over the abbreviations given instead of all of them."""
    lowered = text.lower()
    for abbr in abbreviations:
        stripped = abbr.strip()
        if stripped not in lowered:
            continue
        abbrev_match = re.findall(r"(?:^|\s|\r|\n){}".format(stripped), text, flags=re.IGNORECASE)
        if not abbrev_match:
            continue
        next_word_start = r"(?<={" + str(re.escape(stripped)) + "} ).{1}"
        char_array = re.findall(next_word_start, text)
        for ind, match in enumerate(abbrev_match):
            text = replacer.scan_for_replacements(text, match, ind, char_array)
    return text


def segment(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in one paragraph, whitespace trimmed. A piece with no
    letter or digit (the second dot of "the .. From") is joined to the sentence before it.

    >>> text = "Trump decided on Dec. 19 to leave. U.S.-Turkish ties suffered."
    >>> [text[s:e] for s, e in segment(text)]
    ['Trump decided on Dec. 19 to leave.', 'U.S.-Turkish ties suffered.']
    """
    spans, cursor = [], 0
    for piece in _segmenter().segment(paragraph):
        piece = piece.strip()
        if not piece:
            continue
        start = paragraph.find(piece, cursor)
        if start < 0:  # pysbd changed the text: fall back to the rest of the paragraph
            start = cursor + len(paragraph[cursor:]) - len(paragraph[cursor:].lstrip())
            end = len(paragraph.rstrip())
            spans.append((start, end))
            break
        if spans and not any(ch.isalnum() for ch in piece):
            spans[-1] = (spans[-1][0], start + len(piece))  # a stray "." belongs to the sentence before
        else:
            spans.append((start, start + len(piece)))
        cursor = start + len(piece)
    return spans


def split_sentences(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence: ``doc_id, sent_id, paragraph, is_heading, text, start, end``.

    ``start``/``end`` are offsets into the document's clean ``text``, so
    ``text[start:end]`` is the sentence. ``sent_id`` counts from 0 within each document;
    ``paragraph`` is the paragraph's index; ``is_heading`` marks subheads (short lines without
    a full stop), which are sentences of their own.

    >>> from actorlens import load_corpus
    >>> sentences = split_sentences(load_corpus())
    >>> sentences.columns.tolist()
    ['doc_id', 'sent_id', 'paragraph', 'is_heading', 'text', 'start', 'end']
    """
    rows = []
    for doc_id, text in corpus[["doc_id", "text"]].itertuples(index=False):
        sent_id = 0
        for p_index, match in enumerate(_PARAGRAPH.finditer(text)):
            paragraph, base = match.group(), match.start()
            heading = is_heading(paragraph)
            spans = [(0, len(paragraph))] if heading else segment(paragraph)
            for start, end in spans:
                rows.append((doc_id, sent_id, p_index, heading, paragraph[start:end], base + start, base + end))
                sent_id += 1
    table = pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
    return table.astype({"sent_id": "int64", "paragraph": "int64", "start": "int64", "end": "int64", "is_heading": bool})
