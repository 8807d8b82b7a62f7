"""Small CSV files that users write by hand or in a spreadsheet (``metadata.csv``,
``actors.csv``), read so that every mistake gets a message naming the file and line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..errors import CorpusError

__all__ = ["read_csv_rows"]

_DELIMITERS = ",;\t|"


def read_csv_rows(path: Path, *, required: tuple[str, ...]) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """A small CSV file (metadata, an actor registry) as its header and ``(line number, row)`` pairs,
    values stripped. The delimiter is found from the header (comma, semicolon, tab or bar), so a file
    saved by a spreadsheet in a semicolon locale reads too. A quote that is never closed, which would
    swallow the rest of the file into one value, raises :class:`CorpusError` naming the line where it
    opens; so do a missing ``required`` column, an undecodable byte and a malformed row."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise CorpusError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start}); save it as UTF-8") from None
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in _DELIMITERS}
    delimiter = max(_DELIMITERS, key=lambda d: (counts[d], d == ","))
    if not counts[delimiter]:
        delimiter = ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, dict[str, str]]] = []
    start = 1
    try:
        columns = [c.strip() for c in (reader.fieldnames or [])]
        start = reader.line_num + 1
        for row in reader:
            values = {(k or "").strip(): (v or "").strip() if isinstance(v, str) else "" for k, v in row.items()}
            if reader.line_num != start and any("\n" in v for v in values.values()):
                raise CorpusError(
                    f"{path}, line {start}: a quoted value runs over {reader.line_num - start + 1} lines, to line "
                    f"{reader.line_num}: a quote (\") that is never closed? Close it or remove it."
                )
            rows.append((start, values))
            start = reader.line_num + 1
    except csv.Error as err:
        raise CorpusError(f"{path}, line {start}: not a readable CSV row ({err}): a quote (\") that is never closed?") from None
    absent = [c for c in required if c not in columns]
    if absent:
        shown = ", ".join(repr(c) for c in columns) or "none"
        hint = f" (read with delimiter {delimiter!r})" if len(columns) <= 1 else ""
        raise CorpusError(f"{path}: no {', '.join(repr(c) for c in absent)} column (columns found: {shown}){hint}")
    return columns, rows
