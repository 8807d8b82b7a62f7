"""Everything actorlens reads from the environment, in one place. Only the driver reads it.

==========================  =====================================================================
``ACTORLENS_CORPUS``        the corpus notebooks analyse when their ``CORPUS_DIR`` is ``None``
                            (set by ``actorlens notebooks --corpus``); default: the bundled seeds
``ACTORLENS_FIGURES_DIR``   where :func:`~actorlens.save_fig` writes; default: the checkout's
                            ``figures/``, or ``./figures`` outside a checkout
``ACTORLENS_CACHE_DIR``     a disk cache for notebook steps (:func:`~actorlens.cache_from_environment`);
                            default: none
==========================  =====================================================================
"""

from __future__ import annotations

import os
from pathlib import Path

from ..datasets import DATA_DIR, seeds_dir

__all__ = ["cache_dir", "corpus_dir", "display_path", "figures_dir", "project_root"]

_PACKAGE_DIR = Path(__file__).resolve().parents[1]


def project_root() -> Path | None:
    """The project's checkout when the package runs from one (an editable install: the folder two
    levels above the package, with ``notebooks/`` and ``lib/``), else ``None`` (an installed wheel).

    >>> root = project_root()
    >>> root is None or (root / "lib" / "actorlens").is_dir()
    True
    """
    root = _PACKAGE_DIR.parent.parent
    return root if (root / "lib" / "actorlens").is_dir() and (root / "notebooks").is_dir() else None


def corpus_dir(path: str | Path | None = None) -> Path:
    """The corpus folder to analyse: ``path`` if given, else ``$ACTORLENS_CORPUS`` if set, else the
    bundled seeds. This is how the notebooks take their corpus as a parameter.

    >>> corpus_dir("my/pages").as_posix()
    'my/pages'
    """
    if path is not None and str(path) != "":
        return Path(path).expanduser()
    override = os.environ.get("ACTORLENS_CORPUS")
    return Path(override).expanduser() if override else seeds_dir()


def figures_dir() -> Path:
    """Where figures are written: ``$ACTORLENS_FIGURES_DIR`` if set, else the checkout's
    ``figures/``, else ``figures/`` in the working directory."""
    override = os.environ.get("ACTORLENS_FIGURES_DIR")
    if override:
        return Path(override).expanduser().resolve()
    root = project_root()
    return root / "figures" if root is not None else Path.cwd() / "figures"


def cache_dir() -> Path | None:
    """``$ACTORLENS_CACHE_DIR`` as a folder, or ``None`` when there is no disk cache."""
    folder = os.environ.get("ACTORLENS_CACHE_DIR")
    return Path(folder).expanduser() if folder else None


def display_path(path: str | Path) -> str:
    """A path as notebooks print it, the same on every machine: relative to the checkout when it
    lies inside it, ``actorlens:data/…`` for the package's own data, else absolute.

    >>> display_path(seeds_dir())
    'actorlens:data/seeds'
    """
    path = Path(path).resolve()
    try:
        return "actorlens:data/" + path.relative_to(DATA_DIR).as_posix() if path != DATA_DIR else "actorlens:data"
    except ValueError:
        pass
    root = project_root()
    if root is not None:
        try:
            return path.relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return str(path)
