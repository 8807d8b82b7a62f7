"""A disk cache for the expensive steps, so that re-running the notebooks on a large corpus takes
seconds. Stages know nothing of it: the caller asks for a cached call explicitly,
``cache(al.load_corpus, folder)``, as scikit-learn's ``memory=`` does.

:class:`Cache` with no folder is a cache that stores nothing (the call simply runs). With a folder
(``actorlens notebooks --corpus … --out OUT`` uses ``OUT/.cache``), results are stored by
:class:`joblib.Memory` under a key made of the function, its arguments (tables by their content,
folders by their files' names, sizes and modification times) and the library's own code and data:
editing any module or any input gives a new key, so a stale result is never served. Warnings
raised by the first call are raised again by every cached call, so a repaired file is reported on
every run.

>>> import tempfile
>>> cache = Cache(tempfile.mkdtemp())
>>> calls = []
>>> def double(x):
...     calls.append(x)
...     return 2 * x
>>> cache(double, 21), cache(double, 21), len(calls)
(42, 42, 1)
"""

from __future__ import annotations

import functools
import hashlib
import os
import warnings
from pathlib import Path
from typing import Any, Callable

from .environment import cache_dir

__all__ = ["Cache", "cache_from_environment", "code_version"]

_PACKAGE = Path(__file__).resolve().parents[1]


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of every file of the package (code and data): part of every cache key."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(_PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _key(value: Any) -> Any:
    """What identifies an argument in a key: a folder or file by its contents' names, sizes and
    modification times (a path alone would serve a stale result after an edit); anything else as it is."""
    if isinstance(value, str) and value and os.path.isdir(value):
        value = Path(value)
    if isinstance(value, Path):
        path = value.expanduser().resolve()
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file())
            return ("folder", str(path), [(p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in files])
        if path.exists():
            return ("file", str(path), path.stat().st_size, path.stat().st_mtime_ns)
        return ("path", str(path))
    return value


def _recorded(name: str, key: Any, func: Callable, call_args: tuple, call_kwargs: dict) -> tuple[Any, list]:
    """``func(*call_args, **call_kwargs)`` and the warnings it raised; only ``name`` (the function's
    qualified name) and ``key`` are hashed."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = func(*call_args, **call_kwargs)
    return result, [(w.message, w.category) for w in caught]


class Cache:
    """Call ``cache(func, *args, **kwargs)`` to get ``func(*args, **kwargs)``, from disk when it was
    computed before with the same inputs and the same library (see the module). ``folder=None``
    stores nothing."""

    def __init__(self, folder: str | Path | None = None) -> None:
        self.folder = Path(folder).expanduser() if folder is not None else None
        self._cached = None
        if self.folder is not None:
            import joblib

            memory = joblib.Memory(self.folder / code_version()[:16], verbose=0)
            self._cached = memory.cache(_recorded, ignore=["func", "call_args", "call_kwargs"])

    def __call__(self, func: Callable, *args: Any, **kwargs: Any) -> Any:
        if self._cached is None:
            return func(*args, **kwargs)
        key = ([_key(a) for a in args], sorted((k, _key(v)) for k, v in kwargs.items()))
        name = f"{getattr(func, '__module__', '')}.{getattr(func, '__qualname__', repr(func))}"
        result, caught = self._cached(name, key, func, args, kwargs)
        for message, category in caught:
            warnings.warn(message, category, stacklevel=2)
        return result

    def __repr__(self) -> str:
        return f"Cache({str(self.folder)!r})" if self.folder else "Cache(None)"


def cache_from_environment() -> Cache:
    """The cache the notebook runner asks for (``$ACTORLENS_CACHE_DIR``), or one that stores nothing."""
    return Cache(cache_dir())
