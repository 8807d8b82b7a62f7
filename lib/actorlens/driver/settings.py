"""The options of a run, checked once: :class:`Settings`."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from ..actors.tagger import LEVELS
from ..corpus import MAX_REMOVED_SHARE
from ..periods import PERIODS
from ..sentiment.by_actor import METHODS
from ..text.cleaning import REASONS
from .parallel import resolve_jobs

__all__ = ["Settings"]


@dataclass(frozen=True)
class Settings:
    """Everything a run of :func:`~actorlens.analyse`, :func:`~actorlens.write_report` or
    ``actorlens report`` can be told, validated when it is made (a bad value raises
    :class:`ValueError` naming the option). A new option goes here, once.

    >>> Settings(corpus="pages", method="vader").method
    'vader'
    >>> Settings(corpus="pages", chunk_size=0)
    Traceback (most recent call last):
    ...
    ValueError: chunk_size must be at least 1, not 0
    """

    corpus: Path
    """The corpus folder."""
    actors: Path | pd.DataFrame | None = None
    """A registry file or table; ``None``: the corpus's own ``actors.csv``, else the default."""
    contexts: Path | pd.DataFrame | None = None
    """Context rules (a file or table); ``None``: the corpus's own ``contexts.csv``, else the default."""
    level: str = "top"
    """The actors of the tables: ``top`` (TUR for the Turkish army, KURDS for the YPG) or ``specific``."""
    method: str = "model"
    """How actor sentiment is scored: ``model``, ``textblob`` or ``vader``."""
    period: str = "auto"
    """The time step of relationship trends: ``auto``, ``document``, ``month`` or ``year``."""
    n_jobs: int = 1
    """Processes for the per-document work (``-1``: all cores); results are the same for any."""
    chunk_size: int = 100
    """Documents per unit of work; memory grows with it times the number of jobs."""
    top_pairs: int = 10
    """Relationships told in the narratives."""
    figures: bool = True
    """Whether the report draws its figures."""
    progress: bool = False
    """Whether a progress bar shows the run."""
    skip_rules: tuple[str, ...] = ()
    """Cleaning rules turned off by name (see :func:`~actorlens.clean_text`)."""
    max_removed_share: float = MAX_REMOVED_SHARE
    """A document that loses more of its words to cleaning is flagged and named in a warning."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "corpus", Path(self.corpus).expanduser())
        for name in ("actors", "contexts"):
            if isinstance(getattr(self, name), str):
                object.__setattr__(self, name, Path(getattr(self, name)).expanduser())
        if self.level not in LEVELS:
            raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {self.level!r}")
        if self.method not in METHODS:
            raise ValueError(f"method must be one of {', '.join(METHODS)}, not {self.method!r}")
        if self.period not in ("auto", *PERIODS):
            raise ValueError(f"period must be auto or one of {', '.join(PERIODS)}, not {self.period!r}")
        resolve_jobs(self.n_jobs)
        object.__setattr__(self, "skip_rules", tuple(self.skip_rules))
        unknown = [r for r in self.skip_rules if r not in REASONS or r == "blank"]
        if unknown:
            raise ValueError(f"skip_rules: no cleaning rule called {', '.join(unknown)} (the rules: "
                             f"{', '.join(r for r in REASONS if r != 'blank')})")
        if not 0 <= self.max_removed_share <= 1:
            raise ValueError(f"max_removed_share must be a share between 0 and 1, not {self.max_removed_share!r}")
        if not isinstance(self.chunk_size, int) or self.chunk_size < 1:
            raise ValueError(f"chunk_size must be at least 1, not {self.chunk_size!r}")
        if not isinstance(self.top_pairs, int) or self.top_pairs < 0:
            raise ValueError(f"top_pairs must be at least 0, not {self.top_pairs!r}")

    @classmethod
    def options(cls) -> list[str]:
        """The names of the options, for the command line and the documentation."""
        return [f.name for f in fields(cls)]
