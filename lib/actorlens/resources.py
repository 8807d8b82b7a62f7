"""Resources: what the library builds from its own files and keeps for the life of a process (a
lexicon, the sentence segmenter, the default sentiment model).

A resource is loaded by a function that takes **no argument**, so it can depend on nothing but the
library itself: it is never a cached result of a user's data. That is the difference between a
resource and a cache; caching results is the driver's job (:mod:`actorlens.driver.cache`).

>>> @resource
... def answer():
...     return 42
>>> answer() is answer()
True
"""

from __future__ import annotations

import functools
import inspect
from typing import Callable, TypeVar

__all__ = ["resource"]

T = TypeVar("T")


def resource(loader: Callable[[], T]) -> Callable[[], T]:
    """Build ``loader()`` once per process and return the same object after that."""
    if inspect.signature(loader).parameters:
        raise TypeError(f"{loader.__qualname__}: a resource loader takes no arguments (results of data are cached by the driver)")
    return functools.cache(loader)
