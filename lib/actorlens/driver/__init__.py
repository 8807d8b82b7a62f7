"""The driver: the only code that reads the environment, caches and runs processes. It turns
:class:`Settings` into a run of the public stages, chunk by chunk (:func:`analyse`,
:func:`write_report`, ``actorlens report``), writes figures (:func:`save_fig`), caches notebook steps
(:class:`Cache`) and executes the notebooks (``actorlens notebooks``)."""

from .analysis import Analysis, analyse
from .cache import Cache, cache_from_environment
from .environment import cache_dir, corpus_dir, display_path, figures_dir, project_root
from .figures import save_fig
from .report import write_report
from .settings import Settings

__all__ = ["Analysis", "Cache", "Settings", "analyse", "cache_dir", "cache_from_environment", "corpus_dir",
           "display_path", "figures_dir", "project_root", "save_fig", "write_report"]
