"""Unicode and whitespace normalisation for scraped text.

Two different jobs:

* :func:`normalize_line` changes what is displayed: NBSP and other space characters become a plain
  space, zero-width characters and soft hyphens are dropped, runs of spaces collapse. Curly quotes
  are **kept**, because they are what the page printed.
* :func:`fold_quotes` is for *matching*: it maps curly quotes, primes and backticks to their straight
  forms one character for one character, so offsets found in the folded text are valid in the
  original ("Erdogan’s" and "Erdogan's" match the same pattern).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_line", "fold_quotes", "match_key"]

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_DISPLAY_TABLE = {ord(c): " " for c in _SPACES} | {ord(c): None for c in _INVISIBLE}
_QUOTE_TABLE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    }
)
QUOTE_CHARS = "".join(sorted(map(chr, _QUOTE_TABLE)))
"""The characters :func:`fold_quotes` replaces."""
_RUN_OF_SPACES = re.compile(r" {2,}")
_NON_WORD = re.compile(r"[\W_]+")


def normalize_line(line: str) -> str:
    """One line as it should be displayed: NFC, plain spaces, no invisible characters, trimmed.

    >>> normalize_line("deploy troops further south\\u00a0 to monitor\\u200b ")
    'deploy troops further south to monitor'
    """
    line = unicodedata.normalize("NFC", line).translate(_DISPLAY_TABLE)
    return _RUN_OF_SPACES.sub(" ", line).strip()


def fold_quotes(text: str) -> str:
    """Curly quotes to straight ones, one character for one, so offsets are preserved.

    >>> fold_quotes("Erdogan’s “done deal”")
    'Erdogan\\'s "done deal"'
    """
    return text.translate(_QUOTE_TABLE)


def match_key(text: str) -> str:
    """A key for finding repeats: case, quotes, punctuation and spacing ignored.

    >>> match_key("Isis and turkey relationship") == match_key("isis and turkey  relationship.")
    True
    """
    return _NON_WORD.sub(" ", fold_quotes(text).casefold()).strip()
