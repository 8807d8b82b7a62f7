"""HTML pages: their visible text one block per line, the main text as trafilatura extracts it (the
reference extractor for news pages), and the title, date, author and site the page declares."""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_metadata", "html_text", "looks_like_html", "main_text"]

_HTML_SIGNS = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]|<(?:p|div|span|script)[\s>]", re.I)


def looks_like_html(text: str) -> bool:
    """Whether the start of a file reads as HTML rather than plain text."""
    return bool(_HTML_SIGNS.search(text[:5000]))


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


def html_text(html: str) -> str:
    """The visible text of ``html``, one paragraph per block element.

    >>> html_text("<html><body><h1>Talks</h1><script>x()</script><p>Turkey and Greece met.</p></body></html>")
    'Talks\\n\\nTurkey and Greece met.'
    """
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    return parser.text()


def main_text(html: str) -> str | None:
    """The page's main text as trafilatura extracts it (one paragraph a line), or ``None`` when it
    finds none. Comments are left out; tables are kept."""
    import trafilatura

    return trafilatura.extract(html, include_comments=False, deduplicate=False, favor_recall=True)


def html_metadata(html: str) -> dict[str, str]:
    """What the page says about itself: ``title``, ``date`` (``YYYY-MM-DD``), ``author`` and
    ``outlet`` (the site's name), each only when the page gives it.

    >>> html_metadata('<html><head><title>Talks resume</title><meta name="author" content="Jane Doe"></head></html>')
    {'title': 'Talks resume', 'author': 'Jane Doe'}
    """
    from trafilatura import extract_metadata

    found = extract_metadata(html)
    if found is None:
        return {}
    values = {"title": found.title, "date": found.date, "author": found.author, "outlet": found.sitename}
    values = {k: " ".join(str(v).split()) for k, v in values.items() if v and str(v).strip()}
    if values.get("outlet") and values["outlet"] == values.get("title"):
        del values["outlet"]  # the extractor's fallback for a page that names no site: the headline again
    if "outlet" not in values and "title" in values:
        suffix = _site_in_title(_page_title(html), values["title"])
        if suffix:
            values["outlet"] = suffix
    return values


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")


def _page_title(html: str) -> str:
    """The text of the page's ``<title>``, entities decoded ("" when it has none)."""
    from html import unescape

    match = _TITLE_TAG.search(html)
    return " ".join(unescape(match.group(1)).split()) if match else ""


def _site_in_title(page_title: str, headline: str) -> str | None:
    """The site's name a ``<title>`` adds after the headline ("Talks resume – Northgate Herald"):
    the last part after a separator, when what comes before it holds the headline and the part is
    short enough to be a name (six words at most).

    >>> _site_in_title("Live: Talks resume in Baku — Northgate Herald", "Talks resume in Baku")
    'Northgate Herald'
    """
    parts = _TITLE_SEPARATOR.split(page_title)
    if len(parts) < 2:
        return None
    head, site = " ".join(parts[:-1]), parts[-1].strip()
    if headline.casefold() not in head.casefold() or not 0 < len(site.split()) <= 6:
        return None
    return site
