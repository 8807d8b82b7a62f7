"""Read a corpus's ``metadata.csv``: one row per document with its title, outlet and date.

Only ``doc_id`` is required (the file name, with or without ``.txt``). A date is
``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` and is known to the precision of its form unless
``date_precision`` says it is coarser; it is stored at that precision (see :mod:`actorlens.periods`).
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Iterable

import pandas as pd

from ..errors import CorpusError, CorpusWarning
from ..periods import PRECISIONS
from .csvfile import read_csv_rows

__all__ = ["METADATA_COLUMNS", "listing", "metadata_problems", "parse_date", "read_metadata"]

METADATA_COLUMNS: tuple[str, ...] = ("doc_id", "title", "outlet", "author", "date", "date_precision", "date_evidence", "url")
"""The columns of ``metadata.csv``. Only ``doc_id`` is required; other columns are kept as they are."""

_DATE_FORMS = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
_ID_SUFFIX = re.compile(r"\.(?:txt|html?)$", re.IGNORECASE)


def parse_date(value: str, precision: str, where: str) -> tuple[pd.Timestamp, str]:
    """A metadata date and its precision: the date at the start of its day, month or year, and the
    precision (from the column, else from the date's own form). ``where`` names the file and line
    in the error raised for a date that is malformed, impossible or finer than its precision.

    >>> parse_date("2019-03", "", "x")
    (Timestamp('2019-03-01 00:00:00'), 'month')
    """
    value = value.strip()
    if not value:
        return pd.NaT, precision
    form = next((name for name, rx in _DATE_FORMS.items() if rx.match(value)), None)
    if form is None:
        raise CorpusError(f"{where}: date {value!r} is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY")
    try:
        stamp = pd.Timestamp({"day": value, "month": f"{value}-01", "year": f"{value}-01-01"}[form])
    except ValueError:
        raise CorpusError(f"{where}: date {value!r} does not exist") from None
    precision = precision or form
    if PRECISIONS.index(precision) < PRECISIONS.index(form):
        raise CorpusError(f"{where}: date {value!r} gives only the {form}, but date_precision says {precision!r}")
    if precision == "month":
        stamp = stamp.replace(day=1)
    elif precision == "year":
        stamp = stamp.replace(month=1, day=1)
    return stamp, precision


def read_metadata(folder: str | Path, doc_ids: Iterable[str]) -> pd.DataFrame:
    """``folder/metadata.csv`` as a table indexed by ``doc_id`` with ``date`` (a Timestamp at its
    precision, ``NaT`` when unknown) and ``date_precision``; empty when there is no file. Rows for
    files that do not exist are dropped with a warning. The file's own header is kept in
    ``table.attrs["csv_columns"]`` (``None`` when there is no file).

    >>> from actorlens.datasets import seeds_dir
    >>> ids = sorted(p.stem for p in seeds_dir().glob("*.txt"))
    >>> read_metadata(seeds_dir(), ids).loc["004_88827f9888cfdbab", "date_precision"]
    'day'
    """
    folder = Path(folder).expanduser()
    path = folder / "metadata.csv"
    if not path.exists():
        table = pd.DataFrame(index=pd.Index([], name="doc_id"))
        table.attrs["csv_columns"] = None
        return table
    columns, rows = read_csv_rows(path, required=("doc_id",))
    known = set(doc_ids)
    records, seen, duplicates = [], {}, []
    for line_no, row in rows:
        doc_id = _doc_id(row.get("doc_id", ""), known)
        row["doc_id"] = doc_id
        where = f"{path}, line {line_no} (doc_id {doc_id!r})"
        if not doc_id:
            raise CorpusError(f"{path}, line {line_no}: empty doc_id")
        if doc_id in seen:
            duplicates.append(f"{doc_id!r} (lines {seen[doc_id]} and {line_no})")
            continue
        seen[doc_id] = line_no
        precision = row.get("date_precision", "")
        if precision and precision not in PRECISIONS:
            raise CorpusError(f"{where}: date_precision {precision!r} is not one of {', '.join(PRECISIONS)}")
        row["date"], row["date_precision"] = parse_date(row.get("date", ""), precision, where)
        records.append(row)
    if duplicates:
        raise CorpusError(f"{path}: duplicate doc ids: {', '.join(duplicates)}")
    unknown = sorted(set(seen) - known)
    if unknown:
        warnings.warn(
            f"{path}: rows for doc ids with no page file in {folder} (ignored): {listing(unknown)} "
            "(a doc_id is the file name without its extension)",
            CorpusWarning,
            stacklevel=2,
        )
    names = [c for c in columns if c] + [c for c in ("date", "date_precision") if c not in columns]
    table = pd.DataFrame(records, columns=names).set_index("doc_id").drop(index=unknown)
    table.attrs["csv_columns"] = columns  # the file's own header, before date columns were added
    return table


def metadata_problems(doc_ids: Iterable[str], metadata: pd.DataFrame) -> list[str]:
    """What the metadata does not say about the documents, for one warning: no file at all, no row
    for some documents, no date for some (or no date column).

    >>> metadata_problems(["a"], pd.DataFrame(index=pd.Index([], name="doc_id")).rename_axis("doc_id"))
    ['no metadata.csv: titles come from the pages, and dates are empty unless an HTML page gives its own']
    """
    doc_ids = list(doc_ids)
    header = metadata.attrs.get("csv_columns")
    if header is None:
        return ["no metadata.csv: titles come from the pages, and dates are empty unless an HTML page gives its own"]
    problems = []
    no_row = [d for d in doc_ids if d not in metadata.index]
    if no_row:
        problems.append(f"no metadata row for {listing(no_row)}")
    dates = metadata["date"].reindex(doc_ids) if "date" in metadata else pd.Series(pd.NaT, index=doc_ids)
    no_date = [d for d, date in zip(doc_ids, dates) if pd.isna(date)]
    if no_date:
        problems.append(f"no date for {listing(sorted(no_date, key=doc_ids.index))}" if "date" in header
                        else "metadata.csv has no 'date' column: every document is undated")
    return problems


def listing(ids: list[str], limit: int = 10) -> str:
    """Ids for a message: all of a few, the first ``limit`` of many.

    >>> listing(["a", "b"]), listing([str(i) for i in range(12)], limit=3)
    ('a, b', '0, 1, 2 and 9 more')
    """
    shown = ", ".join(ids[:limit])
    return shown if len(ids) <= limit else f"{shown} and {len(ids) - limit:,} more"


def _doc_id(value: str, known: set[str]) -> str:
    """A metadata ``doc_id`` as the id of its file: the file name without its extension (written with
    it, "a.txt" or "a.html" names the document "a")."""
    if value not in known and _ID_SUFFIX.search(value) and _ID_SUFFIX.sub("", value) in known:
        return _ID_SUFFIX.sub("", value)
    return value
