"""Where the project's folders are, resolved from the project root, never from the current directory.

The project root is the folder that holds ``seeds/`` and ``lib/actorlens/``. With the editable
install (``make``) it is found from this file's location, so notebooks and scripts import the library
and find the seeds from any working directory. ``ACTORLENS_ROOT`` overrides it, and
``ACTORLENS_FIGURES_DIR`` sends figures elsewhere (used by the figure-regeneration test).
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["project_root", "seeds_dir", "corpus_dir", "actors_file", "figures_dir", "notebooks_dir", "display_path"]

_PACKAGE_DIR = Path(__file__).resolve().parent


def project_root() -> Path:
    """The project root: ``$ACTORLENS_ROOT`` if set, else the folder two levels above this package.

    >>> (project_root() / "seeds").is_dir()
    True
    """
    override = os.environ.get("ACTORLENS_ROOT")
    root = Path(override).expanduser().resolve() if override else _PACKAGE_DIR.parent.parent
    if not (root / "seeds").is_dir():
        raise FileNotFoundError(
            f"actorlens project root not found: {root} has no seeds/ folder. Install the project in "
            "editable mode from its checkout (make) or set ACTORLENS_ROOT to the checkout."
        )
    return root


def seeds_dir() -> Path:
    """The project's corpus folder, ``<root>/seeds``."""
    return project_root() / "seeds"


def notebooks_dir() -> Path:
    """The project's notebooks folder, ``<root>/notebooks``."""
    return project_root() / "notebooks"


def figures_dir() -> Path:
    """Where figures are written: ``$ACTORLENS_FIGURES_DIR`` if set, else ``<root>/figures``."""
    override = os.environ.get("ACTORLENS_FIGURES_DIR")
    return Path(override).expanduser().resolve() if override else project_root() / "figures"


def display_path(path: Path) -> str:
    """``path`` relative to the project root when it lies inside it, so printed paths are the same
    on every machine; otherwise the absolute path."""
    path = Path(path).resolve()
    try:
        return path.relative_to(project_root()).as_posix()
    except (ValueError, FileNotFoundError):
        return str(path)


def corpus_dir(path: str | Path | None = None) -> Path:
    """The corpus folder to analyse: ``path`` if given, else ``$ACTORLENS_CORPUS`` if set, else the
    project's ``seeds/``. This is how the notebooks take their corpus as a parameter.

    >>> corpus_dir() == seeds_dir() or "ACTORLENS_CORPUS" in os.environ
    True
    """
    if path is not None and str(path) != "":
        return Path(path).expanduser()
    override = os.environ.get("ACTORLENS_CORPUS")
    return Path(override).expanduser() if override else seeds_dir()


def actors_file(corpus: str | Path | None = None) -> Path:
    """The actor registry for a corpus: its own ``actors.csv`` if it has one, else the project's
    ``seeds/actors.csv``."""
    own = corpus_dir(corpus) / "actors.csv"
    return own if own.is_file() else seeds_dir() / "actors.csv"
