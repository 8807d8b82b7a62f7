"""Actors from the event-data world: PETRARCH / Phoenix ``.actors`` dictionaries read into the
registry's structure."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

import pandas as pd

from ..errors import CorpusError
from .registry import alias_key, validate_registry

__all__ = ["load_petrarch_actors"]

_PETRARCH_CODE = re.compile(r"\[([A-Z0-9]{3,})(?:\s[^\]]*)?\]")


def load_petrarch_actors(path: str | Path, *, codes: Iterable[str] | None = None, root_codes: bool = True) -> pd.DataFrame:
    """Read a PETRARCH / Phoenix ``.actors`` dictionary into the same registry structure.

    Entries are a primary phrase (``TURKEY_ [TUR]``), ``+synonym`` lines, and code lines
    (``[TURGOV 030314-]``); ``_`` joins words. With ``root_codes`` (default), a code that starts with
    a country's code is cut to it, so leaders' ``TURGOV`` joins country ``TUR`` (``IMGMUSISI``, an
    international group, stays as it is); entries sharing a code are merged. ``codes`` keeps only those (root) codes. Aliases are title-cased ("TURKISH" ->
    "Turkish") so they match ordinary text; an alias claimed by two actors is kept by the first.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "sample.actors"
    >>> _ = path.write_text(chr(10).join(["TURKEY_ [TUR]", "+TURKISH_", "RECEP_TAYYIP_ERDOGAN_", "+ERDOGAN_", "    [TURGOV >030314]", ""]))
    >>> registry = load_petrarch_actors(path, codes=["TUR"])
    >>> registry.loc[0, "code"], "Erdogan" in registry.loc[0, "aliases"]
    ('TUR', True)
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise CorpusError(f"PETRARCH dictionary not found: {path}")
    if isinstance(codes, str):
        codes = [codes]
    wanted = {c.upper() for c in codes} if codes is not None else None
    entries: list[tuple[list[str], str | None]] = []
    for raw in path.read_bytes().decode("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        code_match = _PETRARCH_CODE.search(line)
        if raw[:1] not in (" ", "\t", "+", "[") and line.strip():  # a new primary phrase
            phrase = _PETRARCH_CODE.sub("", line).strip()
            entries.append(([phrase], code_match.group(1) if code_match else None))
        elif line.lstrip().startswith("+") and entries:
            entries[-1][0].extend(p for p in re.split(r"\s+(?=\+)", line.strip()) if p)
        elif code_match and entries and entries[-1][1] is None:
            entries[-1] = (entries[-1][0], code_match.group(1))
    countries = {code for _, code in entries if code and len(code) == 3}
    merged: dict[str, list[str]] = {}
    for phrases, code in entries:
        if code is None:
            continue
        if root_codes and code[:3] in countries:
            code = code[:3]
        if wanted is not None and code not in wanted:
            continue
        merged.setdefault(code, []).extend(_petrarch_alias(p) for p in phrases)
    owner: set[str] = set()
    records = []
    for code, aliases in merged.items():
        unique = []
        for alias in aliases:
            key = alias_key(alias)
            if alias and key not in owner:
                owner.add(key)
                unique.append(alias)
        if unique:
            kind = "state" if len(code) == 3 else "other"
            records.append((f"{path}: {code}", code, unique[0], kind, unique))
    return validate_registry(records, str(path))


def _petrarch_alias(phrase: str) -> str:
    words = phrase.lstrip("+").replace("_", " ").split()
    if len(words) > 1 and words[0].upper() == "THE":
        words = words[1:]  # "THE_ISLAMIC_STATE": "Islamic State" also matches "the Islamic State"
    return " ".join(w if len(w) <= 3 and w.isupper() and len(words) == 1 else w.capitalize() for w in words)


