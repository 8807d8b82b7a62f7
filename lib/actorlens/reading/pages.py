"""Read the pages of a corpus folder: one ``.txt`` file per page, the file name (without its
extension) the document id. What can be repaired is repaired with a note (an encoding, a byte-order
mark, HTML saved as text); what cannot raises :class:`~actorlens.errors.CorpusError`."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pandas as pd

from ..errors import CorpusError, CorpusWarning
from .html import html_text, looks_like_html

__all__ = ["PAGE_COLUMNS", "read_page", "read_pages"]

PAGE_COLUMNS = ["doc_id", "path", "raw_text", "read_notes"]
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def read_page(path: Path) -> tuple[str, list[str]]:
    """Read one page as text, repairing what can be repaired.

    Returns the text and a list of notes on what was done (empty for a plain UTF-8 file).
    UTF-8 with a byte-order mark, UTF-16 with one, Windows-1252 / Latin-1 and HTML saved as
    ``.txt`` are read with a note; a binary file raises :class:`CorpusError`.
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
    if looks_like_html(text):
        text = html_text(text)
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


def read_pages(folder: str | Path) -> pd.DataFrame:
    """Every page of a corpus folder, in file-name order: ``doc_id, path, raw_text, read_notes``
    (``read_notes``: a tuple of what reading repaired). Empty files are skipped and repairs
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
    rows, empty, notes = [], [], []
    for p in paths:
        text, page_notes = read_page(p)
        if not text.strip():
            empty.append(p.name)
            continue
        rows.append((p.stem, p, text, tuple(page_notes)))
        notes.extend(f"{p.name}: {n}" for n in page_notes)
    if notes:
        warnings.warn(f"{folder}: files read with repairs: " + "; ".join(notes), CorpusWarning, stacklevel=2)
    if empty:
        warnings.warn(f"{folder}: skipped empty files (no text): {', '.join(empty)}", CorpusWarning, stacklevel=2)
    if not rows:
        raise CorpusError(f"{folder}: every .txt file is empty")
    return pd.DataFrame(rows, columns=PAGE_COLUMNS)
