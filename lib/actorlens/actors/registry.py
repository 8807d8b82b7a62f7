"""The actor registry: a table users edit, ``code, label, kind, aliases`` with the aliases separated
by ``|`` (see :mod:`actorlens.actors` for what an alias is and how it matches). :func:`load_actors`
reads one and checks every row; an error names the file and the line."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Iterable

import pandas as pd

from ..datasets import registry_file
from ..errors import CorpusError
from ..reading.csvfile import read_csv_rows
from ..text.normalize import fold_quotes

__all__ = ["ACTOR_COLUMNS", "KINDS", "alias_key", "load_actors", "loose_key", "validate_registry"]

ACTOR_COLUMNS = ("code", "label", "kind", "aliases")
OPTIONAL_COLUMNS = ("parent", "active")
KINDS = ("state", "role", "armed_group", "organization", "bloc", "group", "person", "other", "ignore")
_PERIOD = re.compile(r"^([A-Z][A-Z0-9_]*):(\d{4}-\d{2}-\d{2})?/(\d{4}-\d{2}-\d{2})?$")
_CODE = re.compile(r"^[A-Z][A-Z0-9_]*$")


def alias_key(alias: str) -> str:
    return fold_quotes(alias).casefold()


def loose_key(text: str) -> str:
    """Case, quotes and accents ignored: the Turkish capital "İ" matches like "I" ("İRAN" is Iran)."""
    decomposed = unicodedata.normalize("NFKD", alias_key(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))



def load_actors(path: str | Path | None = None) -> pd.DataFrame:
    """Read and validate an actor registry (default: the library's world registry,
    :func:`~actorlens.datasets.registry_file`; :func:`~actorlens.datasets.actors_file` finds a
    corpus's own).

    Returns one row per actor: ``code, label, kind, aliases, parent, active`` with ``aliases`` as a
    tuple of strings. ``parent`` (optional column) names the actor this one belongs to (``YPG`` ->
    ``KURDS``, ``TURGOV`` -> ``TUR``); ``active`` (optional, for ``person`` rows) lists the periods in
    which a person's name stands for an actor: ``TURGOV:2003-03-14/2014-08-28;TURGOV:2014-08-28/``
    (an empty end is "still in office"). A missing column, an empty or duplicate code, an unknown
    kind or parent, a malformed period, an empty alias, or an alias claimed by two actors raises
    :class:`~actorlens.errors.CorpusError` naming the file and row.

    >>> actors = load_actors()
    >>> actors.set_index("code").loc["TUR", "label"], actors.set_index("code").loc["YPG", "parent"]
    ('Turkey', 'KURDS')
    """
    path = Path(path).expanduser() if path is not None else registry_file()
    if not path.is_file():
        raise CorpusError(f"actor registry not found: {path}")
    _, rows = read_csv_rows(path, required=ACTOR_COLUMNS)
    records = [(f"{path}, line {line_no}", row["code"], row["label"], row["kind"], row["aliases"].split("|"),
                (row.get("parent") or "").strip(), (row.get("active") or "").strip()) for line_no, row in rows]
    return validate_registry(records, str(path))


def validate_registry(records: Iterable[tuple], source: str) -> pd.DataFrame:
    """Validate ``(where, code, label, kind, aliases[, parent, active])`` records into a registry table."""
    seen_codes: dict[str, str] = {}
    owner: dict[str, tuple[str, str]] = {}
    table = []
    for record in records:
        where, code, label, kind, aliases = record[:5]
        parent = record[5] if len(record) > 5 else ""
        active = record[6] if len(record) > 6 else ""
        if not code:
            raise CorpusError(f"{where}: empty code")
        if not _CODE.match(code):
            raise CorpusError(f"{where}: code {code!r} must be upper-case letters, digits or _ (e.g. TUR, ISIS)")
        if code in seen_codes:
            raise CorpusError(f"{where}: duplicate code {code!r} (first at {seen_codes[code]})")
        seen_codes[code] = where
        if kind not in KINDS:
            raise CorpusError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
        aliases = [a.strip() for a in aliases]
        if not any(aliases):
            raise CorpusError(f"{where}: actor {code} has no aliases")
        if "" in aliases:
            raise CorpusError(f"{where}: actor {code} has an empty alias (two '|' in a row, or one at an end)")
        for alias in aliases:
            key = alias_key(alias)
            if key in owner:
                other_code, other_where = owner[key]
                same = "twice" if other_code == code else f"by {other_code} ({other_where}) and {code}"
                raise CorpusError(f"{where}: alias {alias!r} is claimed {same}")
            owner[key] = (code, where)
        for period in filter(None, active.split(";")):
            match = _PERIOD.match(period.strip())
            if match is None or (match.group(2) and match.group(3) and match.group(3) < match.group(2)):
                raise CorpusError(f"{where}: period {period!r} of {code} is not CODE:YYYY-MM-DD/YYYY-MM-DD "
                                  "(either date may be empty; the end not before the start)")
        table.append({"code": code, "label": label or code, "kind": kind, "aliases": tuple(aliases),
                      "parent": parent, "active": active, "_where": where})
    if not table:
        raise CorpusError(f"{source}: the registry has no actors")
    for row in table:
        refs = [row["parent"]] if row["parent"] else []
        refs += [p.split(":", 1)[0] for p in row["active"].split(";") if p.strip()]
        for ref in refs:
            if ref not in seen_codes:
                raise CorpusError(f"{row['_where']}: {row['code']} refers to {ref!r}, which is not a code in the registry")
    parents = {row["code"]: row["parent"] for row in table}
    for code in parents:
        seen, node = set(), code
        while parents.get(node):
            if node in seen:
                raise CorpusError(f"{source}: the parents of {code} go round in a circle")
            seen.add(node)
            node = parents[node]
    return pd.DataFrame(table, columns=[*ACTOR_COLUMNS, *OPTIONAL_COLUMNS])
