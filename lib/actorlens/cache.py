"""An opt-in disk cache for the expensive steps, so that re-running the notebooks on a large corpus
takes seconds.

Nothing is cached unless ``$ACTORLENS_CACHE_DIR`` names a folder; ``make figures CORPUS=… OUT=…``
sets it to ``OUT/.cache``. A result is stored under a key made of the function, its arguments
(tables by their content, folders by their files' names, sizes and modification times), the
corpus and registry in the environment, and the library's own source code: editing any module
or any input gives a new key, so a stale result is never served. Warnings raised by the first call
are raised again by every cached call, so a repaired file is reported on every run.

>>> import os, tempfile
>>> before = os.environ.get("ACTORLENS_CACHE_DIR")
>>> os.environ["ACTORLENS_CACHE_DIR"] = tempfile.mkdtemp()
>>> calls = []
>>> @disk_cached
... def double(x):
...     calls.append(x)
...     return 2 * x
>>> double(21), double(21), len(calls)
(42, 42, 1)
>>> _ = os.environ.pop("ACTORLENS_CACHE_DIR") if before is None else os.environ.update(ACTORLENS_CACHE_DIR=before)
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import warnings
from pathlib import Path
from typing import Any, Callable, TypeVar

import pandas as pd

__all__ = ["cache_dir", "disk_cached", "uncached"]

F = TypeVar("F", bound=Callable[..., Any])
_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    """``$ACTORLENS_CACHE_DIR`` as a folder, or None when caching is off."""
    folder = os.environ.get("ACTORLENS_CACHE_DIR")
    return Path(folder).expanduser() if folder else None


@functools.lru_cache(maxsize=1)
def _code_version() -> str:
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(_PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _token(value: Any) -> str:
    """A string that changes when ``value`` does."""
    if value is None or isinstance(value, (bool, int, float, str, tuple)):
        return repr(value)
    if isinstance(value, Path):
        path = value.expanduser().resolve()
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file())
            return repr([(p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in files])
        return repr((str(path), path.stat().st_size, path.stat().st_mtime_ns) if path.exists() else str(path))
    if isinstance(value, pd.DataFrame):
        hashable = value.apply(lambda c: c.map(repr) if c.dtype == object else c)
        rows = pd.util.hash_pandas_object(hashable, index=True).to_numpy().tobytes()
        return hashlib.sha256(rows + repr((list(value.columns), [str(t) for t in value.dtypes])).encode()).hexdigest()
    if hasattr(value, "cache_token"):
        return str(value.cache_token)
    return hashlib.sha256(pickle.dumps(value)).hexdigest()


def uncached(func: F) -> F:
    """The function behind :func:`disk_cached`, for library code that calls it many times on parts of
    a table (per document, per chunk): one cache file per part would cost more than it saves."""
    return getattr(func, "__wrapped__", func)


def disk_cached(func: F) -> F:
    """Cache ``func``'s results on disk when ``$ACTORLENS_CACHE_DIR`` is set (see the module)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        folder = cache_dir()
        if folder is None:
            return func(*args, **kwargs)
        corpus = os.environ.get("ACTORLENS_CORPUS")  # what the defaults read: its pages and its actors.csv
        parts = [func.__module__, func.__qualname__, _code_version(), _token(Path(corpus)) if corpus else ""]
        parts += [_token(Path(a) if isinstance(a, str) and os.path.isdir(a) else a) for a in args]
        parts += [f"{k}={_token(v)}" for k, v in sorted(kwargs.items())]
        key = hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:32]
        path = folder / f"{func.__qualname__}-{key}.pkl"
        if path.exists():
            with path.open("rb") as fh:
                result, caught = pickle.load(fh)
        else:
            with warnings.catch_warnings(record=True) as caught_now:
                warnings.simplefilter("always")
                result = func(*args, **kwargs)
            caught = [(w.message, w.category) for w in caught_now]
            folder.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            with partial.open("wb") as fh:
                pickle.dump((result, caught), fh, protocol=pickle.HIGHEST_PROTOCOL)
            partial.replace(path)
        for message, category in caught:
            warnings.warn(message, category, stacklevel=2)
        return result

    return wrapper  # type: ignore[return-value]
