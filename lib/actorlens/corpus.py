"""Load a folder of scraped pages into one clean, dated table.

A corpus is a folder of ``.txt`` files, one page each; the file name (without ``.txt``) is the
document id. An optional ``metadata.csv`` in the same folder gives each document a title, outlet
and date (columns in :data:`METADATA_COLUMNS`; only ``doc_id`` is required). Everything that is
wrong with the input gets a :class:`~actorlens.errors.CorpusError` that names the file and the
problem, or a :class:`~actorlens.errors.CorpusWarning` when the problem can be repaired or worked
around (an encoding, a missing date).
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd

from .cache import disk_cached
from .cleaning import CleanText, clean_text, split_lines
from .errors import CorpusError, CorpusWarning
from .parallel import chunked, map_ordered
from .paths import corpus_dir

__all__ = ["METADATA_COLUMNS", "load_corpus", "cleaning_audit", "read_page"]

METADATA_COLUMNS: tuple[str, ...] = ("doc_id", "title", "outlet", "date", "date_precision", "date_evidence", "url")
"""The columns of ``metadata.csv``. Only ``doc_id`` is required; other columns are kept as they are."""

_PRECISIONS = ("day", "month", "year")
_DATE_FORMS = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
_LONE_LETTER = re.compile(r"(?<![\w.\-'’])[B-HJ-Z]s?(?![\w.\-'’&])")
_GLUED = re.compile(r"\b[a-z]{3,}[A-Z][a-z]+\b|\b[A-Z]{3,}[a-z]{4,}\b")
_HTML_SIGNS = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]|<(?:p|div|span|script)[\s>]", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_DIGIT = re.compile(r"\d")


# --------------------------------------------------------------------------------------------------
# Reading one file.


@dataclass
class _Page:
    doc_id: str
    path: Path
    raw: str
    notes: list[str] = field(default_factory=list)


class _HTMLText(HTMLParser):
    """Text of an HTML page, one line per block element; scripts and styles dropped."""

    _BLOCKS = frozenset(
        "p div br h1 h2 h3 h4 h5 h6 li ul ol tr table section article header footer nav aside "
        "figure figcaption blockquote title main form".split()
    )
    _SKIP = frozenset({"script", "style", "noscript", "template", "svg"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data.replace("\n", " "))

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).split("\n"))
        return "\n\n".join(line for line in lines if line)


def read_page(path: Path) -> tuple[str, list[str]]:
    """Read one page as text, repairing what can be repaired.

    Returns the text and a list of notes on what was done (empty for a plain UTF-8 file).
    UTF-8 with a byte-order mark, UTF-16 with one, Windows-1252 / Latin-1 and HTML saved as
    ``.txt`` are read with a note; a binary file raises :class:`CorpusError`.
    """
    data = path.read_bytes()
    notes: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
        notes.append("UTF-16 text, decoded")
    elif b"\x00" in data:
        raise CorpusError(f"{path}: looks like a binary file (it contains NUL bytes), not a text page")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="strict") if _is_utf8(data[3:]) else _decode_legacy(data[3:], notes)
        notes.insert(0, "UTF-8 byte-order mark removed")
    elif _is_utf8(data):
        text = data.decode("utf-8")
    else:
        text = _decode_legacy(data, notes)
    if text and len(_CONTROL.findall(text)) > 0.05 * len(text):
        raise CorpusError(f"{path}: looks like a binary file ({len(_CONTROL.findall(text))} control characters)")
    if _HTML_SIGNS.search(text[:5000]):
        parser = _HTMLText()
        parser.feed(text)
        parser.close()
        text = parser.text()
        notes.append("an HTML page, not plain text: tags removed and the text extracted")
    return text, notes


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_legacy(data: bytes, notes: list[str]) -> str:
    try:
        text = data.decode("cp1252")
        notes.append(
            "not UTF-8; decoded as Windows-1252 (cp1252): letters of other code pages, such as Turkish ğ or ş, "
            "may be wrong, so save the file as UTF-8 to be sure"
        )
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        notes.append("not UTF-8; decoded as Latin-1")
    return text


# --------------------------------------------------------------------------------------------------
# The folder and its metadata.


def _list_pages(folder: Path) -> list[_Page]:
    if not folder.exists():
        raise CorpusError(f"corpus folder not found: {folder}")
    if not folder.is_dir():
        raise CorpusError(f"not a folder: {folder} (give the folder that holds the .txt files)")
    paths = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".txt")
    if not paths:
        raise CorpusError(f"no .txt files in {folder}: a corpus is a folder of .txt files, one page each")
    by_id: dict[str, list[Path]] = {}
    for p in paths:
        by_id.setdefault(p.stem, []).append(p)
    clashes = {k: v for k, v in by_id.items() if len(v) > 1}
    if clashes:
        listed = "; ".join(f"{k}: {', '.join(p.name for p in v)}" for k, v in sorted(clashes.items()))
        raise CorpusError(f"{folder}: duplicate doc ids (file names that differ only in the extension): {listed}")
    pages, empty, notes = [], [], []
    for p in paths:
        text, page_notes = read_page(p)
        if not text.strip():
            empty.append(p.name)
            continue
        pages.append(_Page(p.stem, p, text, page_notes))
        notes.extend(f"{p.name}: {n}" for n in page_notes)
    if notes:
        warnings.warn(f"{folder}: files read with repairs: " + "; ".join(notes), CorpusWarning, stacklevel=3)
    if empty:
        warnings.warn(f"{folder}: skipped empty files (no text): {', '.join(empty)}", CorpusWarning, stacklevel=3)
    if not pages:
        raise CorpusError(f"{folder}: every .txt file is empty")
    return pages


def _parse_date(value: str, precision: str, where: str) -> tuple[pd.Timestamp, str]:
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
    if _PRECISIONS.index(precision) < _PRECISIONS.index(form):
        raise CorpusError(f"{where}: date {value!r} gives only the {form}, but date_precision says {precision!r}")
    if precision == "month":
        stamp = stamp.replace(day=1)
    elif precision == "year":
        stamp = stamp.replace(month=1, day=1)
    return stamp, precision


def _read_metadata(folder: Path, doc_ids: list[str], missing: list[str]) -> pd.DataFrame:
    """``metadata.csv`` as a table indexed by doc_id (empty when there is none)."""
    path = folder / "metadata.csv"
    if not path.exists():
        missing.append("no metadata.csv: titles come from the text and dates are empty")
        return pd.DataFrame(index=pd.Index([], name="doc_id"))
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
        if precision and precision not in _PRECISIONS:
            raise CorpusError(f"{where}: date_precision {precision!r} is not one of {', '.join(_PRECISIONS)}")
        row["date"], row["date_precision"] = _parse_date(row.get("date", ""), precision, where)
        records.append(row)
    if duplicates:
        raise CorpusError(f"{path}: duplicate doc ids: {', '.join(duplicates)}")
    unknown = sorted(set(seen) - set(doc_ids))
    if unknown:
        warnings.warn(
            f"{path}: rows for doc ids with no .txt file in {folder} (ignored): {_listing(unknown)} "
            "(a doc_id is the file name without its extension)",
            CorpusWarning,
            stacklevel=3,
        )
    names = [c for c in columns if c] + [c for c in ("date", "date_precision") if c not in columns]
    table = pd.DataFrame(records, columns=names).set_index("doc_id").drop(index=unknown)
    table.attrs["csv_columns"] = columns  # the file's own header, before date columns were added
    return table


def _listing(ids: list[str], limit: int = 10) -> str:
    """Ids for a message: all of a few, the first ``limit`` of many.

    >>> _listing(["a", "b"]), _listing([str(i) for i in range(12)], limit=3)
    ('a, b', '0, 1, 2 and 9 more')
    """
    shown = ", ".join(ids[:limit])
    return shown if len(ids) <= limit else f"{shown} and {len(ids) - limit:,} more"


_ID_SUFFIX = re.compile(r"\.txt$", re.IGNORECASE)


def _doc_id(value: str, known: set[str]) -> str:
    """A metadata ``doc_id`` as the id of its file: the file name without ``.txt`` (written with
    the extension, "a.txt" names the document "a")."""
    if value not in known and _ID_SUFFIX.search(value) and _ID_SUFFIX.sub("", value) in known:
        return _ID_SUFFIX.sub("", value)
    return value


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


# --------------------------------------------------------------------------------------------------
# The public functions.


@disk_cached
def load_corpus(path: str | Path | None = None, *, n_jobs: int | None = 1) -> pd.DataFrame:
    """Load, clean and date a folder of pages: one row per document, sorted by date then doc_id.

    With no ``path``, the folder in ``$ACTORLENS_CORPUS`` if that is set, else the project's own
    ``seeds/`` (found from the project root, not the current directory). ``n_jobs`` cleans the
    pages in that many processes, with the same result. Columns: ``doc_id, title, outlet, date`` (datetime64; ``NaT`` when unknown),
    ``date_precision, date_evidence, url``, any other metadata columns, ``text`` (the clean body),
    ``raw_text`` (the file as read), ``title_source`` (``metadata``, ``text`` or ``first words``: where
    the title came from), and quality columns: ``n_words`` (clean), ``n_words_raw``,
    ``n_paragraphs``, ``n_lines``, ``n_removed`` (non-blank lines removed), ``removed_share``,
    ``n_digits``, ``n_glued_words`` ("earlyAnkara"), ``n_lone_letters`` ("the S deal": a number
    was stripped from "S-400") and ``flags`` (a comma-separated summary).

    >>> corpus = load_corpus()
    >>> corpus.loc[0, ["doc_id", "outlet"]].tolist()
    ['001_987e552dc2d2fa88', 'Al-Monitor']
    """
    folder = corpus_dir(path)
    items, meta, missing = _prepare(folder)
    rows = [row for rows in map_ordered(_clean_pages, chunked(items, 50), n_jobs=n_jobs) for row in rows]
    return _finish(rows, meta, folder, missing)


def _prepare(folder: Path) -> tuple[list[tuple[_Page, dict]], pd.DataFrame, list[str]]:
    """Read the pages and the metadata: every page with its metadata row (``{}`` when it has none),
    the metadata table, and the problems to warn about."""
    pages = _list_pages(folder)
    missing: list[str] = []
    meta = _read_metadata(folder, [p.doc_id for p in pages], missing)
    no_row = [p.doc_id for p in pages if p.doc_id not in meta.index]
    if no_row and (folder / "metadata.csv").exists():
        missing.append(f"no metadata row for {_listing(no_row)}")
    items = [(page, meta.loc[page.doc_id].to_dict() if page.doc_id in meta.index else {}) for page in pages]
    return items, meta, missing


def _clean_pages(items: list[tuple[_Page, dict]]) -> list[dict]:
    """The corpus rows of some pages: cleaned text, title and quality columns."""
    return [_row(page, info, clean_text(page.raw, title=info.get("title") or None)) for page, info in items]


def _finish(rows: list[dict], meta: pd.DataFrame, folder: Path, missing: list[str]) -> pd.DataFrame:
    """The corpus table from its rows: dates parsed, columns in order, sorted by date then doc_id."""
    table = pd.DataFrame(rows)
    no_date = table.loc[table["date"].isna(), "doc_id"].tolist()
    if no_date and (folder / "metadata.csv").exists():
        if "date" in meta.attrs.get("csv_columns", meta.columns):
            missing.append(f"no date for {_listing(no_date)}")
        else:
            missing.append("metadata.csv has no 'date' column: every document is undated")
    if missing:
        warnings.warn(f"{folder}: " + "; ".join(missing), CorpusWarning, stacklevel=3)
    table["date"] = pd.to_datetime(table["date"])
    extra = [c for c in meta.columns if c not in METADATA_COLUMNS]
    order = list(METADATA_COLUMNS) + extra + [c for c in table.columns if c not in METADATA_COLUMNS + tuple(extra)]
    table = table[order].sort_values(["date", "doc_id"], na_position="last", kind="stable")
    return table.reset_index(drop=True)


def _row(page: _Page, info: dict, cleaned: CleanText) -> dict:
    text = cleaned.text
    if info.get("title"):
        title, title_source = info["title"], "metadata"
    elif cleaned.title:
        title, title_source = cleaned.title, "text"
    else:
        title, title_source = _title_from_text(text) or page.doc_id, "first words"
    nonblank = [r for r in cleaned.lines if r.reason != "blank"]
    removed = [r for r in nonblank if not r.kept]
    n_words = len(text.split())
    flags = list(f"file: {n}" for n in page.notes)
    if n_words >= 200 and not re.search(r"\d", text):
        flags.append("no digits")
    glued = len(_GLUED.findall(text))
    if glued:
        flags.append("glued words")
    lone = len(_LONE_LETTER.findall(text))
    n_digits = len(_DIGIT.findall(text))
    if lone >= 3 and n_digits < 0.01 * max(n_words, 1):
        flags.append("lone capital letters (numbers stripped?)")
    if not cleaned.title and not info.get("title"):
        flags.append("no title in text")
    if n_words == 0:
        flags.append("no article text")
    return {
        "doc_id": page.doc_id,
        **{c: info.get(c, "") for c in METADATA_COLUMNS if c not in ("doc_id", "title", "date", "date_precision")},
        **{c: v for c, v in info.items() if c not in METADATA_COLUMNS},
        "title": title,
        "title_source": title_source,
        "date": info.get("date", pd.NaT),
        "date_precision": info.get("date_precision", "") if pd.notna(info.get("date", pd.NaT)) else "",
        "text": text,
        "raw_text": page.raw,
        "n_words": n_words,
        "n_words_raw": len(page.raw.split()),
        "n_paragraphs": text.count("\n\n") + 1 if text else 0,
        "n_lines": len(cleaned.lines),
        "n_removed": len(removed),
        "removed_share": round(len(removed) / len(nonblank), 3) if nonblank else 0.0,
        "n_digits": n_digits,
        "n_glued_words": glued,
        "n_lone_letters": lone,
        "flags": ", ".join(flags),
    }


def _title_from_text(text: str, words: int = 12) -> str:
    first = text.split("\n\n", 1)[0].split()
    return " ".join(first[:words]) + (" …" if len(first) > words else "")


@disk_cached
def cleaning_audit(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every input line of every document, kept or removed, with the reason.

    Columns: ``doc_id, line_no, kept, reason, role, text`` (the normalised line; the raw line is in
    ``raw``) and ``start, end`` (offsets of kept body lines in the document's clean ``text``).
    Kept plus removed lines are exactly the lines of ``raw_text``.

    >>> corpus = load_corpus()
    >>> audit = cleaning_audit(corpus)
    >>> len(audit) == sum(len(split_lines(raw)) for raw in corpus["raw_text"])
    True
    """
    frames = []
    for doc_id, raw, title, source in corpus[["doc_id", "raw_text", "title", "title_source"]].itertuples(index=False):
        cleaned = clean_text(raw, title=title if source == "metadata" else None)  # exactly as load_corpus did
        frame = pd.DataFrame([r.__dict__ for r in cleaned.lines])
        frame.insert(0, "doc_id", doc_id)
        frames.append(frame)
    columns = ["doc_id", "line_no", "kept", "reason", "role", "text", "raw", "start", "end"]
    if not frames:
        return pd.DataFrame(columns=columns)
    audit = pd.concat(frames, ignore_index=True)[columns]
    audit["start"] = audit["start"].astype("Int64")
    audit["end"] = audit["end"].astype("Int64")
    return audit
