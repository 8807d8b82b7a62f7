"""The one way actorlens runs work on several cores: a function over chunks, in order, with bounded
memory.

The analysis driver cuts a corpus into chunks of the same size whatever ``n_jobs`` is; each chunk
is processed by the same function, and the results come back in input order, so ``n_jobs=2`` gives
exactly the tables of ``n_jobs=1``. At most ``2 * n_jobs`` chunks are in flight at once: a corpus
larger than memory can stream through, and nothing waits for the slowest chunk at the end.

>>> list(map_ordered(sum, [[1, 2], [3, 4], [5]], n_jobs=2))
[3, 7, 5]
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator, Sequence, TypeVar

__all__ = ["chunked", "map_ordered", "resolve_jobs"]

T = TypeVar("T")
R = TypeVar("R")


def resolve_jobs(n_jobs: int | None) -> int:
    """``n_jobs`` as a number of processes: ``None`` or ``1`` is one (no pool), ``-1`` all cores.

    >>> resolve_jobs(1), resolve_jobs(-1) == (os.cpu_count() or 1)
    (1, True)
    """
    if n_jobs is None:
        return 1
    if not isinstance(n_jobs, int) or n_jobs == 0 or n_jobs < -1:
        raise ValueError(f"n_jobs must be a positive number of processes or -1 (all cores), not {n_jobs!r}")
    return (os.cpu_count() or 1) if n_jobs == -1 else n_jobs


def chunked(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """``items`` in consecutive chunks of ``size`` (the last may be shorter).

    >>> chunked([1, 2, 3, 4, 5], 2)
    [[1, 2], [3, 4], [5]]
    """
    if size < 1:
        raise ValueError(f"chunk size must be at least 1, not {size}")
    return [items[i : i + size] for i in range(0, len(items), size)]


def _start_method():
    # fork shares the parent's memory (a trained model, a compiled registry) without pickling it;
    # where fork is not available, the initializer's arguments are pickled once per process.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def map_ordered(
    func: Callable[[T], R],
    chunks: Iterable[T],
    *,
    n_jobs: int | None = 1,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple = (),
) -> Iterator[R]:
    """``func(chunk)`` for each chunk, in order. With ``n_jobs`` above one, in that many processes
    (``func`` and ``initializer`` must be module-level functions); ``initializer(*initargs)`` runs
    once in each process, or once here when ``n_jobs`` is one."""
    jobs = resolve_jobs(n_jobs)
    if jobs == 1:
        if initializer is not None:
            initializer(*initargs)
        yield from map(func, chunks)
        return
    with ProcessPoolExecutor(jobs, mp_context=_start_method(), initializer=initializer, initargs=initargs) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.submit(func, chunk))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
