"""The text of an HTML page saved where a text file was expected."""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_text", "looks_like_html"]

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
