"""The one way figures are written: :func:`save_fig`, with identical bytes on every run.

Figures go to the figures folder (:func:`~actorlens.driver.environment.figures_dir`: the checkout's
``figures/``, which ``$ACTORLENS_FIGURES_DIR`` overrides), named
after the notebook that makes them: ``save_fig(fig, "timeline", notebook="01_corpus")`` writes
``figures/01_corpus_timeline.png``. PNG files carry no software version and SVG files no date,
and SVG ids come from a fixed salt, so the same inputs give the same bytes.
"""

from __future__ import annotations

import re
from pathlib import Path

from matplotlib.figure import Figure

from .environment import figures_dir

__all__ = ["save_fig", "FIGURE_FORMATS"]

FIGURE_FORMATS = ("png", "svg")
_NOTEBOOK = re.compile(r"^(?:\d{2}_[a-z0-9_]+|report)$")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_METADATA = {"png": {"Software": None}, "svg": {"Date": None, "Creator": None}}


def save_fig(
    fig: Figure, name: str, *, notebook: str, fmt: str = "png", dpi: int = 150, folder: str | Path | None = None
) -> Path:
    """Write ``fig`` to ``<figures>/<notebook>_<name>.<fmt>`` deterministically; return the path.

    ``notebook`` is the notebook's file stem (``"01_corpus"``, or ``"report"`` for the
    command-line report); ``name`` says what the figure shows, in lower case with underscores;
    ``folder`` replaces the figures folder (the report writes into its own).

    >>> import tempfile
    >>> fig = Figure()
    >>> save_fig(fig, "example", notebook="01_corpus", folder=tempfile.mkdtemp()).name
    '01_corpus_example.png'
    """
    if not _NOTEBOOK.match(notebook):
        raise ValueError(f"notebook must be a notebook's file stem such as '01_corpus', not {notebook!r}")
    if not _NAME.match(name):
        raise ValueError(f"figure name must be lower case letters, digits and underscores, not {name!r}")
    if fmt not in FIGURE_FORMATS:
        raise ValueError(f"fmt must be one of {', '.join(FIGURE_FORMATS)}, not {fmt!r}")
    folder = Path(folder) if folder is not None else figures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{notebook}_{name}.{fmt}"
    import matplotlib as mpl

    with mpl.rc_context({"svg.hashsalt": "actorlens", "svg.fonttype": "path"}):
        fig.savefig(path, format=fmt, dpi=dpi, bbox_inches="tight", metadata=_METADATA[fmt])
    return path
