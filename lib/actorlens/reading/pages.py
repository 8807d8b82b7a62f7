"""Read the pages of a corpus folder: one ``.txt``, ``.html`` or ``.htm`` file per page, the file
name (without its extension) the document id. What can be repaired is repaired with a note (an
encoding, a byte-order mark); what cannot raises :class:`~actorlens.errors.CorpusError`. A page in
HTML (or HTML saved as ``.txt``) is read as its source, with ``format`` ``html``: cleaning extracts
its main text (:func:`~actorlens.text.clean_page`)."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pandas as pd

from ..errors import CorpusError, CorpusWarning
from .html import looks_like_html

__all__ = ["PAGE_COLUMNS", "read_page", "read_pages"]

PAGE_COLUMNS = ["doc_id", "path", "format", "raw_text", "read_notes"]
SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html"}
"""The files a corpus folder's pages are read from, and the format each suffix means."""
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def read_page(path: Path) -> tuple[str, list[str], str]:
    """Read one page, repairing what can be repaired: its text, notes on what was done (none for a
    plain UTF-8 file) and its format (``text`` or ``html``).

    UTF-8 with a byte-order mark, UTF-16 with one and Windows-1252 / Latin-1 are read with a note;
    HTML saved as ``.txt`` is read as HTML, with a note; a binary file raises :class:`CorpusError`.
    """
    data = Path(path).read_bytes()
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
    kind = SUFFIXES.get(Path(path).suffix.lower(), "text")
    if kind == "text" and looks_like_html(text):
        kind = "html"
        notes.append("an HTML page saved as .txt: read as HTML, its main text extracted")
    return text, notes, kind


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


def read_pages(folder: str | Path) -> pd.DataFrame:
    """Every page of a corpus folder, in file-name order: ``doc_id, path, format, raw_text,
    read_notes`` (``format``: ``text`` or ``html``; ``read_notes``: a tuple of what reading repaired). Empty files are skipped and repairs
    reported, each with one :class:`~actorlens.errors.CorpusWarning`.

    >>> from actorlens.datasets import seeds_dir
    >>> read_pages(seeds_dir())["doc_id"].tolist()[:2]
    ['000_f997b77ebb95322e', '001_987e552dc2d2fa88']
    """
    folder = Path(folder).expanduser()
    if not folder.exists():
        raise CorpusError(f"corpus folder not found: {folder}")
    if not folder.is_dir():
        raise CorpusError(f"not a folder: {folder} (give the folder that holds the .txt files)")
    paths = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not paths:
        raise CorpusError(f"no .txt or .html files in {folder}: a corpus is a folder of pages, one file each")
    by_id: dict[str, list[Path]] = {}
    for p in paths:
        by_id.setdefault(p.stem, []).append(p)
    clashes = {k: v for k, v in by_id.items() if len(v) > 1}
    if clashes:
        listed = "; ".join(f"{k}: {', '.join(p.name for p in v)}" for k, v in sorted(clashes.items()))
        raise CorpusError(f"{folder}: duplicate doc ids (file names that differ only in the extension): {listed}")
    rows, empty, notes = [], [], []
    for p in paths:
        text, page_notes, kind = read_page(p)
        if not text.strip():
            empty.append(p.name)
            continue
        rows.append((p.stem, p, kind, text, tuple(page_notes)))
        notes.extend(f"{p.name}: {n}" for n in page_notes)
    if notes:
        warnings.warn(f"{folder}: files read with repairs: " + "; ".join(notes), CorpusWarning, stacklevel=2)
    if empty:
        warnings.warn(f"{folder}: skipped empty files (no text): {', '.join(empty)}", CorpusWarning, stacklevel=2)
    if not rows:
        raise CorpusError(f"{folder}: every .txt file is empty")
    return pd.DataFrame(rows, columns=PAGE_COLUMNS)
