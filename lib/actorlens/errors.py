"""Errors and warnings raised by actorlens for bad input."""

from __future__ import annotations

__all__ = ["CorpusError", "CorpusWarning"]


class CorpusError(ValueError):
    """A corpus folder, text file or metadata file cannot be used as it is.

    The message always names the file (or folder) and the problem, so that the user can fix it.
    """


class CorpusWarning(UserWarning):
    """Something in the corpus was repaired or is missing; the analysis goes on without it."""
