"""Re-flow hard-wrapped text: join the lines of a paragraph that was broken at a fixed width (as text
extracted from a PDF or an e-mail is) before any line rule looks at it.

A line is joined to the next one when the text shows it continues there:

* anywhere, when the line ends mid-sentence (no closing punctuation, at least five words) and the
  next one starts in lower case ("…agreed\\nto extend the deal"), or the line ends in a word broken
  by a hyphen ("inter-\\nnational");
* in a **wrapped document**, when the line is *full*: at least 60% of the document's line width
  (the 90th percentile of its line lengths, when that is at most 110 characters and most lines
  fill it), unless the line ends a sentence (a paragraph may end there: joining two paragraphs, or
  a caption with the paragraph after it, is worse than cutting a paragraph between two of its
  sentences), or the next line opens a list item, is a line repeated on every page (a running
  header) or a page number, or either line stands by itself (a byline, a timestamp, a menu);
* anywhere, when the next line starts a caption's credit ("/ AFP", "(Photo by …)").

A broken word is joined without its hyphen when the whole is an English word ("inter-" "national"
is "international") or when one half is not a word ("acces-" "sion"); a compound whose halves are
both words keeps its hyphen ("self-" "determination" is "self-determination").

Each :class:`Unit` lists the lines it joins, so that the cleaning audit still accounts for every
input line.

>>> units = reflow(["The two sides agreed on Monday", "to meet again in the spring.", "", "Next paragraph."])
>>> [(u.lines, u.text) for u in units]
[((0, 1), 'The two sides agreed on Monday to meet again in the spring.'), ((2,), ''), ((3,), 'Next paragraph.')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources as package_files

from ..resources import resource
from .normalize import match_key

__all__ = ["Unit", "ends_open", "is_wrapped", "line_width", "reflow"]

_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_BROKEN_WORD = re.compile(r"([A-Za-z]+)-$")
_LOWER_START = re.compile(r"^[\"'“‘(]?[a-z]")
_LIST_START = re.compile(r"^(?:[-–—•·*▪►✓✔]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)])\s")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_CREDIT_START = re.compile(r"^(?:/\s*[A-Z]|\((?:photo|photograph|image|picture|file|credit)s?\b)", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s[·•|]\s|^[©▶►#@]|\s©\s")
_CONTINUATION_END = re.compile(
    r"(?:[,;:–—-]|\b(?:the|a|an|of|to|in|on|at|by|for|from|with|and|or|but|nor|as|that|which|who|whose|is|are|was|"
    r"were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|not|its|their|his|her|our|this|"
    r"these|those|than|into|upon|between|among|Mr\.|Mrs\.|Dr\.|President|Minister|Secretary|General))$", re.IGNORECASE)

_MAX_WIDTH = 110  # wider than this, a document's lines are paragraphs, not wrapped lines
_FULL = 0.6  # a line at least this share of the width is full: its paragraph goes on
_SHORT_END = 1.01  # a line that ends a sentence ends its paragraph (unless it overruns the width)
_OVERFULL = 1.15  # a line this much longer than the width was not wrapped at it
_SOFT_WORDS = 5  # a line ending mid-sentence with this many words continues on a lower-case line


@dataclass(frozen=True)
class Unit:
    """A paragraph of the re-flowed text: the input ``lines`` it joins (indices) and its ``text``
    (blank for a blank line). ``parts`` are the lines' pieces as they appear in ``text`` (a line
    broken with a hyphen loses it), joined by single spaces or, after a removed hyphen, by nothing."""

    lines: tuple[int, ...]
    text: str
    parts: tuple[str, ...] = ()
    glued: tuple[bool, ...] = ()  # glued[i]: part i+1 follows part i without a space


@resource
def _vocabulary() -> frozenset[str]:
    """English words known to TextBlob's tagger and spelling lists (shipped with it, no download)."""
    words = set()
    for name in ("en-lexicon.txt", "en-spelling.txt"):
        for line in (package_files.files("textblob") / "en" / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith(";"):
                words.add(line.split()[0].lower())
    return frozenset(words)


def ends_open(line: str) -> bool:
    """Whether a line stops where no sentence or heading can: on a comma, a dash, an article, a
    preposition, a conjunction or an auxiliary ("…polling stations across the").

    >>> ends_open("The mission observed the count across the"), ends_open("Key dates")
    (True, False)
    """
    return bool(_CONTINUATION_END.search(line)) and not _TERMINAL.search(line)


def line_width(lines: list[str]) -> int:
    """The width a document is wrapped at: the 90th percentile of the lengths of its lines of 20
    characters or more (0 when it has fewer than five such lines)."""
    lengths = sorted(len(line) for line in lines if len(line) >= 20)
    if len(lengths) < 5:
        return 0
    return lengths[min(len(lengths) - 1, int(0.9 * len(lengths)))]


def is_wrapped(lines: list[str]) -> bool:
    """Whether a document is hard-wrapped: its width is at most 110 characters, and at least a fifth
    of its lines of 20 characters or more (and at least three) fill three quarters of the width and
    stop mid-sentence with another line after them. Menus and short lines around a wrapped article
    do not count against it; an unwrapped page, whose paragraphs are long lines, is never wrapped.

    >>> is_wrapped(["Short menu", "Another"]), is_wrapped(["word " * 12] * 8)
    (False, True)
    """
    width = line_width(lines)
    if not 0 < width <= _MAX_WIDTH:
        return False
    long_lines = sum(len(line) >= 20 for line in lines)
    broken = sum(1 for a, b in zip(lines, lines[1:]) if b and len(a) >= 0.75 * width and not _TERMINAL.search(a))
    return broken >= max(3, 0.2 * long_lines)


def _dehyphenate(left: str, right: str) -> bool:
    """Whether ``left-`` + ``right`` is one word broken by the line end (join without the hyphen)."""
    words = _vocabulary()
    head = _BROKEN_WORD.search(left).group(1).lower()
    tail = re.match(r"[a-z]+", right)
    if tail is None:
        return False
    tail_word = tail.group().lower()
    if head + tail_word in words:
        return True
    return not (head in words and tail_word in words)


def reflow(lines: list[str], *, stands_alone: Callable[[str], bool] | None = None) -> list[Unit]:
    """The paragraphs of normalised ``lines`` (see the module): every line in exactly one unit, in
    order; blank lines are units of their own. ``stands_alone`` tells lines that are whole by
    themselves (a byline, a timestamp, a menu): they are joined only when the text itself says the
    sentence goes on (a lower-case continuation or a broken word), never for being full."""
    if not lines:
        return []
    wrapped = is_wrapped(lines)
    width = line_width(lines) if wrapped else 0
    repeated = Counter(_DIGITS.sub("#", match_key(line)) for line in lines if line)

    def furniture(line: str) -> bool:
        return bool(_PAGE_NUMBER.match(line)) or (repeated[_DIGITS.sub("#", match_key(line))] >= 3 and len(line.split()) <= 12)

    def full(line: str) -> bool:
        return len(line) >= _FULL * width

    def link(current: str, following: str) -> str | None:
        """``strong`` (the text itself says the sentence goes on), ``weak`` (a full line of a wrapped
        document) or None."""
        if not current or not following or furniture(following) or furniture(current):
            return None
        if _BROKEN_WORD.search(current) and _LOWER_START.match(following):
            return "strong"
        if _CREDIT_START.match(following) and len(current.split()) >= _SOFT_WORDS:
            return "strong"  # "… on October 9." + "/ AFP PHOTO" or "(Photo by …)": a caption's credit goes with it
        ends = bool(_TERMINAL.search(current))
        if not ends and len(current.split()) >= _SOFT_WORDS and _LOWER_START.match(following) \
                and (len(following.split()) >= 2 or (wrapped and full(current))):
            return "strong"
        if not wrapped or _LIST_START.match(following) or not full(current):
            return None
        if stands_alone is not None and not ends_open(current) and (stands_alone(current) or stands_alone(following)):
            return None  # a byline, a timestamp, a menu or a teaser is a line of its own
        if len(current) > _OVERFULL * width or len(following) > _OVERFULL * width:
            return None  # a line longer than the width was not wrapped at it: it stands on its own
        if ends and len(current) < _SHORT_END * width:
            return None  # a sentence that ends well short of the width ends its paragraph
        if not full(following) and not _TERMINAL.search(following) and not (not ends and _LOWER_START.match(following)):
            if ends or len(following.split()) <= 3 or _SEPARATORS.search(following):
                return None  # a short line that is not a sentence is a heading, a label or a menu
        return "weak"

    def accept(start: int, end: int, links: list[str | None]) -> list[tuple[int, int]]:
        """Lines ``start..end`` joined by ``links``: kept as one paragraph when it reads as one (it
        ends a sentence, or runs over three full lines), else cut at its last weak link and judged again."""
        inner = links[start:end]
        if all(kind == "strong" for kind in inner) or bool(_TERMINAL.search(lines[end])) \
                or sum(full(lines[m]) for m in range(start, end)) >= 3:
            return [(start, end)]
        cut = max(m for m in range(start, end) if links[m] == "weak")
        return accept(start, cut, links) + accept(cut + 1, end, links)

    links = [link(lines[k], lines[k + 1]) for k in range(len(lines) - 1)] + [None]
    # The head of the page, before its first sentence ends: there, the first line of a block that is
    # followed by a capital and ends on a word that wants no continuation ("of", "the", a comma
    # would) is a headline above its standfirst, not a wrapped line.
    original = list(links)
    for k, kind in enumerate(original):
        if _TERMINAL.search(lines[k]) and len(lines[k].split()) >= _SOFT_WORDS:
            break
        if kind == "weak" and (k == 0 or original[k - 1] is None) and lines[k + 1][:1].isupper() \
                and not _CONTINUATION_END.search(lines[k]):
            links[k] = None
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        end = k
        while links[end] is not None:
            end += 1
        spans.extend(accept(k, end, links))
        k = end + 1
    return [_unit(lines, start, end) for start, end in spans]


def _unit(lines: list[str], start: int, end: int) -> Unit:
    members = list(range(start, end + 1))
    parts, glued = [], []
    for i, m in enumerate(members):
        piece, glue = lines[m], False
        if i + 1 < len(members) and _BROKEN_WORD.search(piece) and lines[m + 1][:1].isalpha():
            glue = True  # "self-" + "determination", "pro-" + "European": the hyphen stays, no space
            if _LOWER_START.match(lines[m + 1]) and _dehyphenate(piece, lines[m + 1]):
                piece = piece[:-1]  # "inter-" + "national"
        parts.append(piece)
        if i + 1 < len(members):
            glued.append(glue)
    text = parts[0] + "".join(("" if g else " ") + p for g, p in zip(glued, parts[1:]))
    return Unit(tuple(members), text, tuple(parts), tuple(glued))
