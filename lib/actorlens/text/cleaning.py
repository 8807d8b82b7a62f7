"""Remove page furniture from one scraped news page, accounting for every input line.

A scraped page is a list of lines: the article's title, standfirst, paragraphs and subheads, mixed
with the furniture of the web page around it. :func:`clean_text` decides line by line what is
article and what is furniture, by **general rules** (no outlet names), applied in this order; the
first rule that matches gives the reason:

============================  =========================================================================
reason                        what the rule looks for
============================  =========================================================================
``blank``                     an empty or whitespace-only line
``not_main_text``             in an HTML page, a block outside its main text as trafilatura extracts it
                              (menus, related links, footers); the rules below then judge the rest
``page_furniture``            text of a printed page: page numbers, running headers and footers (short
                              lines repeated page after page), footnotes under a rule
``navigation``                short site-interface lines: skip links, menus, breadcrumbs, sign-in,
                              share buttons, "Advertisement", cookie notices, bylines and dates
``caption``                   photo captions and credits: "(Photo by …)", "Photograph: …", "/ AFP", and
                              caption-like lines (a trailing "on October 10, 2017.", "(L)", "(R)")
                              directly next to a credit line
``teaser``                    links to other articles: "Read more: …", "Related", headlines carrying an
                              outlet ("… – Foreign Policy", "ANF | …") or a hashtag, and later copies
                              of such a headline
``subscription``              a promotional block: subscription, paywall, newsletter, membership or
                              donation appeal, with its benefit bullets and prices. A block opens at a
                              line addressed to the reader ("Subscribe to read…", "Join our
                              community…"), takes up to two headline lines just before it, and runs
                              over marker lines, bullets and prices; when no article paragraph follows
                              it, it runs to the end of the page (a paywall tail)
``alt_text``                  image alt text: an all-lower-case description line that occurs once
``repeated_line``             a short non-sentence line that occurs more than once (an SEO keyword
                              line): every copy except a copy used as the title
``duplicate_paragraph``       a paragraph identical to an earlier kept one (the later copy), of six or
                              more words (a repeated speaker label "MODERATOR:" is not a duplicate)
``comments``                  reader comments: from a comment section's heading or form ("Comments
                              (41)", "Join the conversation") to the end of the page, when it comes
                              after most of the page
============================  =========================================================================

Every other line is kept: the first headline-like line near the top becomes the title, the rest
are body paragraphs (``role`` ``"paragraph"``) or subheads (``role`` ``"heading"``). The clean text
is the body lines joined by blank lines; each kept line records its offsets in it.

>>> page = "Skip to main content\\n\\nTurkey and Russia talk\\n\\nThe ministers met on Friday."
>>> result = clean_text(page)
>>> result.title, result.text
('Turkey and Russia talk', 'The ministers met on Friday.')
>>> [(r.line_no, r.reason) for r in result.removed]
[(1, 'navigation'), (2, 'blank'), (4, 'blank')]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Literal

from .normalize import match_key, normalize_line
from .reflow import Unit, ends_open, reflow

__all__ = ["CleanText", "LineRecord", "REASONS", "clean_page", "clean_text", "is_heading", "split_lines"]

REASONS: tuple[str, ...] = (
    "blank",
    "not_main_text",
    "page_furniture",
    "navigation",
    "caption",
    "teaser",
    "subscription",
    "alt_text",
    "repeated_line",
    "duplicate_paragraph",
    "comments",
)
"""Every reason a line can be removed for, in the order the rules are applied."""

Role = Literal["title", "heading", "paragraph"]


@dataclass(frozen=True)
class LineRecord:
    """What happened to one input line.

    ``line_no`` counts from 1. ``raw`` is the line as received, ``text`` after normalisation.
    Kept lines have ``reason`` ``None`` and a ``role``; body lines also have ``start``/``end``,
    their offsets in :attr:`CleanText.text`. Removed lines have a ``reason`` from :data:`REASONS`.
    ``paragraph`` numbers the re-flowed paragraphs of the page from 1 (a blank line is one of its
    own): lines that re-flowing joined share it, and so their verdict.
    """

    line_no: int
    raw: str
    text: str
    kept: bool
    reason: str | None = None
    role: Role | None = None
    start: int | None = None
    end: int | None = None
    paragraph: int | None = None


@dataclass(frozen=True)
class CleanText:
    """A cleaned page: its ``title`` (``None`` when the page shows none), the clean body ``text``
    (paragraphs separated by a blank line) and a record of every input line."""

    title: str | None
    text: str
    lines: tuple[LineRecord, ...]

    @property
    def removed(self) -> tuple[LineRecord, ...]:
        """The removed lines, each with its reason."""
        return tuple(r for r in self.lines if not r.kept)

    @property
    def kept(self) -> tuple[LineRecord, ...]:
        """The kept lines: the title, subheads and paragraphs."""
        return tuple(r for r in self.lines if r.kept)


def split_lines(raw: str) -> list[str]:
    """Split a page into lines on ``\\n``, ``\\r\\n`` or ``\\r`` (and nothing else).

    A final line break does not start another line. Unlike :meth:`str.splitlines`, form feeds and
    Unicode line separators stay inside their line, so the count matches what an editor shows.

    >>> split_lines("a\\r\\nb\\n")
    ['a', 'b']
    """
    if not raw:
        return []
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines


# --------------------------------------------------------------------------------------------------
# Patterns, compiled once.

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_NAV_PHRASES = re.compile(
    r"""^(?:
        skip\ to\ (?:main\ )?(?:content|navigation|search)|scroll\ to\ top|back\ to\ top|
        (?:main\ )?menu|home|search|close|open\ menu|sections|topics|
        sign\ (?:in|out)|log\ ?(?:in|out)|register|my\ account|
        share(?:\ (?:this|on\ \w+))?(?:\ (?:article|story|page))?|
        print|e-?mail|facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|copy\ link|
        tweet|comments?|\d+\ comments?|
        advertisement|advertising|ad|sponsored(?:\ content)?|
        cookie\ (?:settings|preferences|policy)|(?:accept|reject|manage)(?:\ all)?\ cookies|
        privacy\ policy|terms\ of\ (?:use|service)|contact\ us|about\ us|
        listen\ to\ this\ article|\d+\ min(?:ute)?s?\ read|
        next\ article|previous\ article|load\ more|show\ more|view\ all|see\ all|scroll\ to\ continue|
        share\ on\ \w+|like\ this|like\ loading|leave\ a\ (?:reply|comment)|post\ comment|comment\ \*?|
        download(?:\ (?:pdf|as\ pdf))?|line|accessibility|privacy|terms|follow\ us|site\ index|browse|
        save|saved|gift\ (?:this\ )?article|link|show\ notes|transcript|summary\ of\ (?:the\ )?(?:article|page)|
        (?:newest|oldest|top)\ first\W*|sort\ by\b.*|was\ this\ (?:page|article|information)\ (?:helpful|useful)\?|
        (?:download|get)\ (?:the|our)\ app\b.*|(?:back\ to\ )?(?:top|contents)
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
_BREADCRUMB = re.compile(r"^[^.!?>›»]{1,40}(?:\s[>›»]\s[^.!?>›»]{1,40})+$")
_NAV_LINE = re.compile(
    r"""(?:
        ^©|\ball\ rights\ reserved\b|^copyright\b|\bregistered\ charity\b|
        ^(?:reporting|writing|editing|additional\ reporting|compiled|edited|words|text|story|interview|
           with\ (?:additional\ )?reporting|translated(?:\ from\ \w+)?|produced|illustrations?|graphics)\ by\b|
        ^special\ to\ (?:the\ )?[A-Z]|\bopinions?\ expressed\b.*\b(?:authors?|writers?|columnists?|contributors?|own)\b|
        \bedited\ for\ (?:length|clarity)\b|
        ^(?:correction|clarification|editor'?s\ note)\s*:|^(?:suggested\ )?citation\s*:|^cite(?:\ this(?:\ \w+)?)?\s*:|
        ^listen\ to\ this\ (?:article|story|episode)\b|^(?:📄\s*)?download\ (?:the\ )?(?:full\ )?(?:report|study|brief|paper|pdf)\b|
        ^share\ this\ (?:report|article|page|story|post)\b|^\d+\ pages?$|\.{4,}\s*\d+$|
        ^(?:all\ )?quotes\ (?:are\ )?delayed\b|^this\ (?:article|story|page)\ (?:was|has\ been)\ (?:updated|amended|corrected)\b|
        ^(?:tags?|filed\ under|topics?|categories|category|disclaimer)\s*:|
        \bviews\ expressed\b.*\bauthors?\b|^follow\ (?:us|me|him|her|them)\b|
        ^our\ standards\b|\brequired\ fields\ are\ marked\b|\bemail\ address\ will\ not\ be\ published\b|
        ^(?:blog|powered|site|website)\ (?:at|by)\ \S+$|
        ^(?:updated|published|posted)?\s*\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\W*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_COOKIE = re.compile(r"\bcookies?\b.*\b(?:accept|consent|privacy|policy|settings|preferences|agree)", re.I)
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|de|al|van|von|bin))*(?:\s*[,|–—-].*)?$")
_DATELINE = re.compile(r"^(?:Published|Updated|Posted|Last updated|First published|Written)\b", re.I)
_MENU_SPLIT = re.compile(r"\s{2,}|\s[|·•/]\s")
_DATE_IN_LINE = re.compile(rf"\b(?:{_MONTHS}|\d{{1,2}}[:/.]\d{{2}}|\d{{4}})\b", re.I)

_DATE_ONLY = re.compile(
    rf"""^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?
        (?:\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})
        (?:[,\s]+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:am|pm)?(?:\s*[A-Z]{{2,4}})?)?\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
_LABEL_DATE = re.compile(rf"^[\w' -]{{1,30}}\s[·•|–—-]\s.*\b(?:{_MONTHS}|\d{{4}})\b.*$", re.IGNORECASE)

_CREDIT = re.compile(
    r"""(?:
        \((?:photo|photograph|image|picture|video)s?\b[^)]*\)|
        \bphoto\s+credit\b|
        ^(?:photo|photograph|image|picture|credit|file\ photo|pictured|top\ photo)s?\s*:\s*\S|
        \b(?:photograph|photo|image|picture|credit)s?\s*:\s*[A-Z][\w.'’& -]{1,40}(?:/[\w.'’& -]{1,40})?$|
        \bAFP\s+PHOTO\b|\bgetty\s+images\b|\bvia\s+(?:getty|reuters|ap|afp|epa)(?:\s+images)?\s*(?:\)|$)|
        /\s*(?:AFP|AP|Reuters|EPA|Anadolu|Getty|Xinhua|TASS|Sputnik|Pool)\s*(?:\)|$)|
        \bfile\ photo\b|^©|©\s*\S{0,40}$|^FILE\s*[-–—]\s|^(?:▶|►)?\s*(?:video|watch|audio|gallery)\s*:\s*\S
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_STANDALONE_CREDIT = re.compile(
    r"^(?:photo|photograph|image|picture|credit|source)s?\s*:\s*[\w.'’& /-]{1,60}$", re.IGNORECASE
)
_CAPTION_CUE = re.compile(
    rf"""(?:
        \((?:\d(?:st|nd|rd|th)\ )?(?:L|R|C|L-R|R-L|left|right|centre|center)\)|
        \bon\ {_MONTHS}\ \d{{1,2}},\ \d{{4}}\.?\s*$|
        \bon\ \d{{1,2}}\ {_MONTHS}\ \d{{4}}\.?\s*$|
        ^(?:a\ general\ view\ (?:shows|of)|an?\ (?:aerial|file)\ (?:view|photo)|file\ photo)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)

_TEASER_START = re.compile(
    r"""^(?:
        (?:read|know|learn|see|watch|listen)\ (?:more|also)\b|read\ next\b|up\ next\b|
        read\ (?:the\ )?full\ (?:story|article)\ (?:at|on)\b|originally\ published\ (?:at|in|on)\b|
        source\s*:\s*[\w.'’& -]{1,40}$|
        (?:also\ read|see\ also|further\ reading|related(?:\ (?:articles?|stories|coverage|content|reading|posts?|links?))?|
        recommended(?:\ for\ you)?|most\ (?:read|popular|viewed|shared|commented)(?:\ (?:in|on|from|this)\ [\w ]{1,25})?|more\ (?:from|on|in)\ [\w ]{1,30}|
        previous\ (?:briefs|reports|articles|posts|episodes)|more\ (?:opinion|analysis|stories|news)|
        trending(?:\ now)?|popular\ now|editor'?s\ picks?|you\ (?:may|might)\ also\ like|
        don'?t\ miss|top\ stories|latest\ (?:news|stories))\s*(?::|$)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_OUTLET_SUFFIX = re.compile(r"\s[–—-]\s(?:[A-Z][\w&.'’]*)(?:\s[A-Z][\w&.'’]*){0,3}$")
_OUTLET_PIPE = re.compile(r"\s\|\s")
_INTERFACE = re.compile(r"\s[·•|]\s|^[©▶►]|\s©\s")
_HASHTAG = re.compile(r"(?:^|\s)#[A-Za-z]\w*")

_STRONG = re.compile(  # the word boundary is factored out: checked once per position, not once per phrase
    r"""\b(?:
        subscri(?:be|bed|bes|bing|ber|bers|ption|ptions)\b(?!\s+to\s+(?:the|this|that|a|an)\s+(?:view|idea|notion|theory|belief|position))|
        newsletters?\b|paywall\b|sign(?:ing|ed)?[\ -]up\b|
        free\ (?:trial|preview|articles?)\b|\d+[\ -](?:day|week|month)\ (?:free\ )?trial\b|try\ (?:it\ )?(?:for\ )?free\b|
        become\ a\ (?:member|subscriber|supporter|patron)\b|already\ a\ (?:member|subscriber)\b|
        members?[\ -]only\b|premium\ membership\b|membership\ (?:plans?|options?|benefits|today)\b|
        your\ membership\b|a\ membership\ (?:plan|fee|option)\b|buy\ me\ a\ coffee\b|(?:team|group|corporate|student)\ (?:plans?|subscriptions?|rates?)\b|patreon\b|patron\b|
        donat(?:e|es|ing|ion|ions)\b|make\ a\ (?:donation|contribution)\b|contribute\ (?:now|today|to\ (?:us|our))\b|
        support\ (?:our|us|this)\ (?:journalism|work|reporting|newsroom|mission|site|blog)\b|
        support\ (?:independent|quality)\ (?:journalism|media|reporting)\b|your\ support\b|our\ supporters\b|
        consider\ (?:supporting|subscribing|donating|a\ donation)\b|please\ support\b|
        readers\ like\ you\b|funded\ (?:entirely\ |solely\ |only\ )?by\ (?:our\ )?(?:readers|supporters|members)\b|
        join\ (?:us|our|over|more\ than|hundreds|thousands|millions|\d)|
        unlimited\ (?:digital\ )?access\b|full\ access\b|unlock\b|
        billed\ (?:annually|monthly|yearly)\b|cancel\ (?:at\ )?any\ ?time\b|
        (?:log|sign)\ in\ to\ (?:read|continue|access)\b|read\ the\ (?:full|rest\ of\ the)\ (?:article|story)\b|
        continue\ reading\b|end\ of\ your\b|
        your\ inbox\b|enter\ your\ e-?mail\b|privacy\ policy\b
    )|
    ^(?:please\ )?support\ (?:our|us|independent)\b|^join\b|
    [$£€]\s?\d[\d.,]*\s*(?:/|per|a|an|each)\s*(?:month|year|week|mo|yr)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_WEAK = re.compile(
    r"""(?:
        \bpremium\b|\bmembers?(?:hip)?\b|\baccess\b|\bexclusive\b|\bplans?\b|\boffer\b|\bdiscount\b|
        \binbox\b|\be-?mail\b|\bPRO\b|\bjoin\b|\bsupport\b|\bindependent\b|\bfree\b|\btrial\b|
        \binsights?\b|\bsubscri|\bper\ (?:month|year)\b|[$£€]\s?\d
    )""",
    re.VERBOSE,
)
_READER_ADDRESS = re.compile(
    r"\b(?:you|your|yours|you’re|you're|you’ve|you've|our|us|we)\b|"
    r"^(?:subscribe|sign|join|donate|support|become|get|start|try|register|access|unlock|enter|read|invest|help|buy)\b",
    re.IGNORECASE,
)
_BIO = re.compile(
    r"^(?:Dr\.? |Prof\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){0,3} (?:(?:is|was|has been) (?:a|an|the|[A-Z][\w'’]+(?:’s|'s)?) "
    r"(?:[\w’'-]+ ){0,6}(?:fellow|professor|lecturer|journalist|correspondent|editor|analyst|researcher|writer|"
    r"director|author|contributor|reporter|columnist|scholar|associate|diplomat|negotiator|ambassador|photographer|"
    r"producer|economist|commentator|novelist|historian|officer|adviser|advisor|consultant)\b|"
    r"(?:covers|reports (?:on|from)|writes (?:about|on)|is based in)\b)"
)
_TZ = r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|EDT|EST|CDT|CST|PDT|PST|AEDT|AEST|IST|JST|KST|EAT|WAT|CAT|SAST|MSK|WIB)(?:[+-]\d{1,2})?"
_STAMP_PARTS = re.compile(
    rf"""(?:\b{_MONTHS}(?!\w)|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?|
        \b\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?\s?m\b\.?)?|\b\d+\s?(?:st|nd|rd|th|[smhd]|mins?|hrs?)?\b|\b{_TZ}\b|\b[ap]\.?m\b\.?|
        \b(?:updated|published|posted|last|first|edited|released|ago|minutes?|hours?|days?|weeks?|read|listen|at|on|
        today|yesterday|local\ time|time)\b|[·•|—–\-/,()⏱🕒:+.])""",
    re.IGNORECASE | re.VERBOSE,
)
_HAS_STAMP = re.compile(rf"\d{{1,2}}[:.]\d{{2}}|\b\d{{4}}\b|\b\d+\s?[hmd]\b|\b{_TZ}\b|\b\d+\s+(?:minutes?|hours?|days?)\b", re.IGNORECASE)
_COMMENTS_OPEN = re.compile(
    r"""^(?:\d[\d,]*\s+)?(?:comments?|reader\ comments|responses|conversation)(?:\s*\(\d[\d,]*\))?\W*$|
        ^(?:join|start)\ the\ (?:conversation|discussion|debate)\b|^(?:leave|post|add|write)\ a\ (?:comment|reply|response)\b|
        ^comments?\ (?:are|is)\ (?:closed|open|moderated)\b|\bcommunity\ (?:guidelines|standards|rules)\b|
        ^(?:show|view|load|see)\ (?:all\ )?(?:\d[\d,]*\ )?(?:more\ )?(?:comments|replies)\b|
        ^please\ (?:log\ in|sign\ in|register)\b.*\bcomment""",
    re.IGNORECASE | re.VERBOSE,
)
_FOOTNOTE_RULE = re.compile(r"^[_\-–—=*]{5,}$")
_FOOTNOTE = re.compile(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\]|\d{1,3}\s)\s*\S")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_BULLET = re.compile(r"^(?:[-–—•·*▪►✓✔]|\d+[.)])\s")
_PRICE = re.compile(r"^(?:only\s+|from\s+|just\s+|or\s+)?[$£€]\s?\d[\d.,]*(?:\s*(?:/|per|a|an)\s*\w+)*\W*$|^billed\s+\w+\W*$", re.I)
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")
_CONTINUES = re.compile(r"^[\"'“‘(]?[a-z]")
_NO_HEADLINE_END = re.compile(r"[.,;:*][\"'”’)\]]*$")
_UPPER = re.compile(r"[A-Z]")
_LETTER = re.compile(r"[^\W\d_]")

_PROSE_WORDS = 12  # an article sentence long enough to end a promotional block
_BLOCK_WORDS = 40  # no line of a promotional block is longer: calls to action are short
_TAIL_UNITS, _TAIL_WORDS = 60, 400  # a paywall tail is short: a longer rest of the page is the article
_CAPTION_WORDS = 60  # no caption is longer
_HEAD_WORDS = 20  # the longest a headline or subhead may be
_TITLE_MIN_WORDS = 4  # site names and section labels are shorter than headlines


# --------------------------------------------------------------------------------------------------
# Line features.


def _words(line: str) -> int:
    return len(line.split())


def _is_headline_like(line: str) -> bool:
    """A short line that does not end like a sentence: a title, a subhead, a label or a link.

    Question and exclamation marks are allowed ("Are Turkey-Russia relations falling apart?").
    """
    if not 0 < _words(line) <= _HEAD_WORDS or _BULLET.match(line) or not _LETTER.search(line):
        return False
    if line.endswith(("?", "!")):
        return True
    return not _NO_HEADLINE_END.search(line) and not _TERMINAL.search(line)


def _is_sentence(line: str) -> bool:
    return bool(_TERMINAL.search(line)) and not _is_headline_like(line)


def _is_prose(line: str) -> bool:
    """An article sentence: long enough, ends like a sentence, no promotional marker, and not
    addressed to the reader ("Hear from our top journalists") outside quotation marks."""
    if _words(line) < _PROSE_WORDS or not _TERMINAL.search(line) or _STRONG.search(line):
        return False
    return not _READER_ADDRESS.search(_QUOTED.sub(" ", line))


def _is_menu(raw: str) -> bool:
    """A row of short links: "News  Politics  World", "Europe | Asia | Economy"."""
    parts = [p for p in _MENU_SPLIT.split(raw.strip()) if p.strip()]
    return len(parts) >= 2 and all(_words(p) <= 3 and not _TERMINAL.search(p) for p in parts)


def _is_timestamp(line: str) -> bool:
    """A line that is only a date or time, perhaps with a place ("15.41 EDT", "⏱ 5h ago",
    "Accra, 14 March 2025", "Friday 30 August 2024 · 4:05pm")."""
    if _words(line) > 10 or not _HAS_STAMP.search(line):
        return False
    rest = _STAMP_PARTS.sub(" ", line).split()
    return len(rest) <= 2 and all(w[:1].isupper() for w in rest)


def _is_navigation(line: str, raw: str) -> bool:
    if _words(line) > _BLOCK_WORDS:
        return bool(_COOKIE.search(line)) and _words(line) <= 60  # a paragraph of prose is not page furniture
    if _NAV_PHRASES.match(line) or _NAV_LINE.search(line) or _BREADCRUMB.match(line) or _DATE_ONLY.match(line):
        return True
    if _is_timestamp(line):
        return True
    parts = [p for p in re.split(r"\s[·•|]\s", line) if p]
    if len(parts) > 1 and all(_NAV_PHRASES.match(p) for p in parts):
        return True
    if _is_menu(raw) and not _STRONG.search(line):
        return True
    if _COOKIE.search(line) and _words(line) <= 60:
        return True
    if _words(line) > 12 or _TERMINAL.search(line):
        return False  # a sentence ("By Tuesday, Turkish troops had crossed.") is not a byline
    if _BYLINE.match(line) and not re.match(rf"^By\s+(?:{_MONTHS}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", line):
        return True
    return bool(_DATELINE.match(line)) and bool(_DATE_IN_LINE.search(line) or " by " in line)


def _is_teaser(line: str) -> bool:
    if _TEASER_START.match(line):
        return True
    if not _is_headline_like(line):
        return False
    return bool(_OUTLET_SUFFIX.search(line) or _OUTLET_PIPE.search(line) or _HASHTAG.search(line))


def _teaser_headline(line: str) -> str:
    """The headline inside a teaser line, without its outlet: later plain copies are teasers too."""
    line = _OUTLET_SUFFIX.sub("", line)
    parts = _OUTLET_PIPE.split(line)
    return match_key(max(parts, key=len))


def _is_alt_text(line: str) -> bool:
    return (
        3 <= _words(line) <= _HEAD_WORDS
        and not _UPPER.search(line)
        and not re.search(r"[.!?:;]$", line)
        and bool(_LETTER.search(line))
    )


def _opens_block(line: str) -> bool:
    """A promotional line addressed to the reader; words inside quotation marks do not count
    ("“We will not sign up to sanctions,” Erdogan said." is news)."""
    unquoted = _QUOTED.sub(" ", line)
    if not _STRONG.search(unquoted):
        return False
    strong = len(_STRONG.findall(unquoted))
    if _words(line) > _BLOCK_WORDS or (_words(line) > _PROSE_WORDS * 2 and strong < 2):
        return False  # a paragraph of argument that mentions joining or contributing is not a call to action
    return _words(line) <= 6 or bool(_READER_ADDRESS.search(unquoted)) or strong >= 2


def _is_promo_like(line: str) -> bool:
    """A line that fits in a promotional block: a marker, a bullet, a price or a short label."""
    return bool(
        _STRONG.search(line) or _WEAK.search(line) or _BULLET.match(line) or _PRICE.match(line)
        or _is_headline_like(line)
    )


def _continues_block(line: str) -> bool:
    """Inside a promotional block: marker lines, bullets, prices and short interface fragments."""
    if _words(line) > _BLOCK_WORDS:
        return False
    if _STRONG.search(line) or _BULLET.match(line) or _PRICE.match(line) or _words(line) <= 3:
        return True
    return bool(_WEAK.search(line)) and bool(_READER_ADDRESS.search(line)) and _words(line) <= _PROSE_WORDS * 2


def _stands_alone(line: str) -> bool:
    """A line that is whole by itself, however long: navigation, a byline or timestamp, a teaser, or
    interface text set off by separators ("Advertisement · Scroll to continue")."""
    return _is_navigation(line, line) or _is_teaser(line) or bool(_INTERFACE.search(line))


# --------------------------------------------------------------------------------------------------
# The passes. Each one fills ``reasons`` for lines that no earlier pass has claimed.


def _inside_paragraph(k: int, reasons: list[str | None]) -> bool:
    """Whether unclaimed text sits directly above and below line ``k`` (a hard-wrapped paragraph)."""
    return 0 < k < len(reasons) - 1 and reasons[k - 1] is None and reasons[k + 1] is None


def _mark_captions(texts: list[str], reasons: list[str | None]) -> None:
    credit = [reasons[k] is None and _words(texts[k]) <= _CAPTION_WORDS and bool(_CREDIT.search(texts[k]))
              for k in range(len(texts))]
    for k, is_credit in enumerate(credit):
        if is_credit:
            reasons[k] = "caption"
    for k, text in enumerate(texts):
        if reasons[k] is not None:
            continue
        before = k - 1 >= 0 and credit[k - 1]
        after = k + 1 < len(texts) and credit[k + 1]
        if (before or after) and _CAPTION_CUE.search(text):
            reasons[k] = "caption"  # "… on October 10, 2017." next to its credit line
        elif after and _STANDALONE_CREDIT.match(texts[k + 1]) and _words(text) <= 50:
            reasons[k] = "caption"  # the caption a lone "Photograph: …" line belongs to


def _mark_teasers(texts: list[str], reasons: list[str | None]) -> None:
    heads: set[str] = set()
    for k, text in enumerate(texts):
        if reasons[k] is None and _is_teaser(text):
            reasons[k] = "teaser"
            if _is_headline_like(text):
                heads.add(_teaser_headline(text))
    for k, text in enumerate(texts):
        if reasons[k] is None and _is_headline_like(text) and match_key(text) in heads:
            reasons[k] = "teaser"
    # A list of links under a heading such as "Related" or "Read Next" runs until a blank line.
    for k, text in enumerate(texts):
        if reasons[k] != "teaser" or _words(text) > 6 or not _TEASER_START.match(text):
            continue
        m = k + 1
        while m < len(texts) and reasons[m] != "blank":
            if reasons[m] is None:
                if not (_is_headline_like(texts[m]) or _LABEL_DATE.match(texts[m]) or _DATE_ONLY.match(texts[m])
                        or texts[m].rstrip(".").isdigit()):
                    break
                reasons[m] = "teaser"
            m += 1


def _mark_blocks(texts: list[str], reasons: list[str | None]) -> None:
    """Mark promotional blocks (reason ``subscription``) in place."""
    n = len(texts)
    i = 0
    while i < n:
        if reasons[i] is not None or not _opens_block(texts[i]):
            i += 1
            continue
        members = [i]
        j, taken = i - 1, 0
        while j >= 0 and taken < 2:  # up to two headline lines just before the opener introduce it
            if reasons[j] == "blank":
                j -= 1
            elif reasons[j] is None and _is_headline_like(texts[j]):
                members.append(j)
                taken += 1
                j -= 1
            else:
                break
        rest = [k for k in range(i + 1, n) if reasons[k] is None]
        promo = sum(_is_promo_like(texts[k]) for k in rest)
        short_tail = len(rest) <= _TAIL_UNITS and sum(_words(texts[k]) for k in rest) <= _TAIL_WORDS
        if short_tail and not any(_is_prose(texts[k]) for k in rest) and promo * 2 >= len(rest):
            members.extend(rest)  # a paywall tail: nothing of the article follows, mostly offers
            end = n
        else:
            end = i + 1
            while end < n and (reasons[end] is not None or _continues_block(texts[end])):
                if reasons[end] is None:
                    members.append(end)
                end += 1
        for k in members:
            reasons[k] = "subscription"
        i = end


def _mark_page_furniture(texts: list[str], reasons: list[str | None]) -> None:
    """Text extracted from a PDF or a printed page: page numbers, running headers and footers (short
    lines repeated on page after page, page numbers aside), and footnotes under a rule."""
    keys = [_DIGITS.sub("#", match_key(t)) for t in texts]
    repeats = Counter(keys[k] for k in range(len(texts)) if reasons[k] is None and texts[k])
    for k, text in enumerate(texts):
        if reasons[k] is not None:
            continue
        if _PAGE_NUMBER.match(text):
            reasons[k] = "page_furniture"
        elif repeats[keys[k]] >= 3 and _words(text) <= 12 and not _is_sentence(text) and _DIGITS.search(text):
            reasons[k] = "page_furniture"  # "PE 000.123   5", "Page 3 of 12 | Report title"
        elif _FOOTNOTE_RULE.match(text):
            reasons[k] = "page_furniture"
            m = k + 1
            while m < len(texts) and reasons[m] in (None, "blank") and texts[m] and (_FOOTNOTE.match(texts[m]) or m > k + 1):
                if not _FOOTNOTE.match(texts[m]) and _words(texts[m]) > _BLOCK_WORDS:
                    break
                reasons[m] = "page_furniture"
                m += 1


def _mark_comments(texts: list[str], reasons: list[str | None]) -> None:
    """Reader comments: from a comment section's heading or form ("Comments (41)", "Join the
    conversation", "Leave a reply") to the end of the page, when it comes after most of the article."""
    filled = [k for k in range(len(texts)) if reasons[k] != "blank"]
    for position, k in enumerate(filled):
        if position >= 0.4 * len(filled) and _words(texts[k]) <= 25 and _COMMENTS_OPEN.search(texts[k]):
            for m in range(k, len(texts)):
                if reasons[m] is None or (m == k and reasons[m] == "navigation"):
                    reasons[m] = "comments"
            return


def _mark_tail(texts: list[str], reasons: list[str | None]) -> None:
    """After the article's last sentence: author bios, footer links and other articles' headlines."""
    article = [
        k for k, t in enumerate(texts)
        if reasons[k] is None and _TERMINAL.search(t) and _words(t) >= 8 and not _STRONG.search(t)
    ]
    while article and _BIO.match(texts[article[-1]]):
        reasons[article.pop()] = "navigation"
    if not article:
        return
    for k in range(article[-1] + 1, len(texts)):
        if reasons[k] is None and not _TERMINAL.search(texts[k]):
            if _words(texts[k]) <= 3:
                reasons[k] = "navigation"
            elif _is_headline_like(texts[k]):
                reasons[k] = "teaser"
        elif reasons[k] is None and _BIO.match(texts[k]):
            reasons[k] = "navigation"


def _first_paragraph(texts: list[str], reasons: list[str | None]) -> int:
    """Where the page's head ends: the first unclaimed sentence (a headline may end in "?")."""
    for k, t in enumerate(texts):
        if reasons[k] is None and _TERMINAL.search(t) and not _is_headline_like(t) and _words(t) >= 4:
            return k
    return len(texts)


def _find_title(texts: list[str], reasons: list[str | None], known: str | None) -> int | None:
    """The line that holds the title.

    With a ``known`` title (from metadata), the first line that matches it. Otherwise (or when no
    line matches it) the first line
    of the last run of headline lines (of at least four words, next to each other but for blank
    lines) before the first article paragraph: a site's name and tagline come earlier, separated
    from the headline by menus; a standfirst follows the headline directly.
    """
    if known:
        key = match_key(known)
        for k, t in enumerate(texts):
            if reasons[k] is None and key and match_key(t) == key:
                return k
    first = _first_paragraph(texts, reasons)
    runs: list[list[int]] = []
    outlet_headlines = [
        k for k in range(first)
        if reasons[k] == "teaser" and not _TEASER_START.match(texts[k]) and _words(texts[k]) >= _TITLE_MIN_WORDS
    ]
    previous_was_candidate = False
    for k in range(first):
        if reasons[k] == "blank":
            continue
        is_candidate = (
            reasons[k] is None
            and _is_headline_like(texts[k])
            and _words(texts[k]) >= _TITLE_MIN_WORDS
            and bool(_UPPER.search(texts[k]))
        )
        if is_candidate:
            if previous_was_candidate:
                runs[-1].append(k)
            else:
                runs.append([k])
        previous_was_candidate = is_candidate
    if runs:
        return runs[-1][0]
    # No plain headline: a page title saved with its site's name ("… - Al Jazeera") is the title.
    return outlet_headlines[0] if outlet_headlines else None


def _mark_head(texts: list[str], reasons: list[str | None], title_k: int | None) -> None:
    """Before the title: the site's header. Between the title and the first paragraph: short
    non-sentence lines are bylines, dates and buttons."""
    first = _first_paragraph(texts, reasons)
    if title_k is None:
        return
    for k in range(first):
        if reasons[k] is not None or k == title_k:
            continue
        if k < title_k or (_words(texts[k]) <= 6 and not _is_sentence(texts[k])):
            reasons[k] = "navigation"


def _mark_sandwiched(texts: list[str], reasons: list[str | None]) -> None:
    """A short non-sentence line between two navigation lines belongs to them (an author's job
    title between the byline and the date)."""
    filled = [k for k in range(len(texts)) if reasons[k] != "blank"]
    for i in range(1, len(filled) - 1):
        k = filled[i]
        if (
            reasons[k] is None
            and reasons[filled[i - 1]] == reasons[filled[i + 1]] == "navigation"
            and _words(texts[k]) <= 6
            and not _is_sentence(texts[k])
        ):
            reasons[k] = "navigation"


def clean_page(raw: str, *, format: str = "text", title: str | None = None, skip_rules: Iterable[str] = ()) -> CleanText:
    """Clean one page as read (:func:`~actorlens.reading.read_page`): plain text with
    :func:`clean_text`; an HTML page as its visible text, one block a line, of which the blocks
    outside its main text (as trafilatura extracts it) are removed as ``not_main_text`` before the
    line rules judge the rest. Every block of visible text appears in the record.

    >>> page = "<html><body><nav>Home</nav><article><h1>Talks resume in Athens</h1><p>The ministers of "
    >>> page += "Greece and Turkey met on Monday and agreed to meet again in the spring.</p></article></body></html>"
    >>> clean_page(page, format="html").text
    'The ministers of Greece and Turkey met on Monday and agreed to meet again in the spring.'
    """
    if format == "text":
        return clean_text(raw, title=title, skip_rules=skip_rules)
    if format != "html":
        raise ValueError(f"format must be text or html, not {format!r}")
    from ..reading.html import html_text, main_text

    return clean_text(html_text(raw), title=title, skip_rules=skip_rules, main_text=main_text(raw) or None)


def clean_text(raw: str, *, title: str | None = None, skip_rules: Iterable[str] = (), main_text: str | None = None) -> CleanText:
    """Clean one scraped page: normalise it, re-flow hard-wrapped paragraphs, find its title,
    remove page furniture.

    ``title``, when known (from metadata), identifies the title line exactly; otherwise it is
    guessed. ``skip_rules`` names rules (reasons in :data:`REASONS`) to turn off: what they would
    remove is kept. Every input line appears once in :attr:`CleanText.lines`, kept or removed with a
    reason (see the module documentation for the rules); lines joined into one paragraph by
    :func:`~actorlens.text.reflow.reflow` share its verdict. ``main_text`` (from an extractor) marks
    every line not found in it ``not_main_text`` first.

    >>> clean_text("Title of the story here\\n\\nBody text. (Photo by A/AFP)\\nThe talks went on.").text
    'The talks went on.'
    """
    skip = set(skip_rules)
    unknown = skip - set(REASONS)
    if unknown or "blank" in skip:
        raise ValueError(f"skip_rules: {', '.join(sorted(unknown | (skip & {'blank'})))} is not a rule that can be turned "
                         f"off; the rules are {', '.join(r for r in REASONS if r != 'blank')}")
    raws = split_lines(raw)
    units = reflow([normalize_line(line) for line in raws], stands_alone=_stands_alone)
    texts = [u.text for u in units]
    unit_raws = [raws[u.lines[0]] if len(u.lines) == 1 else u.text for u in units]
    reasons: list[str | None] = [None] * len(texts)

    main_key = match_key(main_text) if main_text else None
    for k, text in enumerate(texts):
        if not text:
            reasons[k] = "blank"
        elif main_key is not None and match_key(text) not in main_key:
            reasons[k] = "not_main_text"
        elif _is_navigation(text, unit_raws[k]):
            reasons[k] = "navigation"
    _mark_page_furniture(texts, reasons)
    _mark_captions(texts, reasons)
    _mark_teasers(texts, reasons)
    _mark_blocks(texts, reasons)
    _mark_comments(texts, reasons)

    keys = [match_key(t) for t in texts]
    counts = Counter(keys[k] for k in range(len(texts)) if reasons[k] is None)
    for k, text in enumerate(texts):
        if reasons[k] is None and counts[keys[k]] == 1 and _is_alt_text(text) and not _inside_paragraph(k, reasons):
            reasons[k] = "alt_text"
    _mark_tail(texts, reasons)

    title_k = _find_title(texts, reasons, title)
    title_text = texts[title_k] if title_k is not None else None
    if title_k is not None and reasons[title_k] == "teaser":
        reasons[title_k] = None  # a page title saved with its site's name: keep it, without the name
        title_text = max(_OUTLET_PIPE.split(_OUTLET_SUFFIX.sub("", texts[title_k])), key=len).strip()
    title_key = keys[title_k] if title_k is not None else None
    for k, text in enumerate(texts):
        if reasons[k] is not None or k == title_k or not _is_headline_like(text):
            continue
        if counts[keys[k]] > 1 or keys[k] == title_key:
            reasons[k] = "repeated_line"
    _mark_head(texts, reasons, title_k)
    _mark_sandwiched(texts, reasons)
    seen: set[str] = set()
    for k in range(len(texts)):
        if reasons[k] in skip:
            reasons[k] = None  # a rule turned off keeps what it would remove
        if reasons[k] is None and k != title_k:
            if keys[k] in seen and "duplicate_paragraph" not in skip and _words(texts[k]) >= 6:
                reasons[k] = "duplicate_paragraph"
            else:
                seen.add(keys[k])
    return _assemble(raws, units, reasons, title_k, title_text)


def _assemble(raws: list[str], units: list[Unit], reasons: list[str | None], title_k: int | None,
              title_text: str | None) -> CleanText:
    """The clean text (kept body units as paragraphs, separated by a blank line) and a record of every
    input line with its offsets. A kept unit that continues a sentence the previous kept unit left
    open (no closing punctuation before, a lower-case start after: the two halves of a paragraph
    around a page footer or an advertisement) joins that paragraph."""
    records: list[LineRecord] = []
    body: list[str] = []
    offset = 0
    previous: str | None = None
    for k, unit in enumerate(units):
        reason = reasons[k]
        if reason is not None or k == title_k:
            for m in unit.lines:
                kept = reason is None
                records.append(LineRecord(m + 1, raws[m], normalize_line(raws[m]), kept=kept, reason=reason,
                                          role="title" if kept else None, paragraph=k + 1))
            continue
        text = unit.text
        if previous is not None and not _TERMINAL.search(previous) and _CONTINUES.match(text) and (ends_open(previous) or not is_heading(previous)):
            offset += 1  # the same paragraph, after a space
            body[-1] += " " + text
        else:
            if body:
                offset += 2  # the blank line between paragraphs
            body.append(text)
        role: Role = "heading" if is_heading(text) else "paragraph"
        for i, m in enumerate(unit.lines):
            piece = unit.parts[i] if unit.parts else text
            records.append(LineRecord(m + 1, raws[m], normalize_line(raws[m]), kept=True, role=role, start=offset,
                                      end=offset + len(piece), paragraph=k + 1))
            offset += len(piece) + (0 if i == len(unit.lines) - 1 or unit.glued[i] else 1)
        previous = text
    return CleanText(title=title_text, text="\n\n".join(body), lines=tuple(sorted(records, key=lambda r: r.line_no)))


def is_heading(line: str) -> bool:
    """Whether a kept line reads as a headline or subhead rather than a paragraph.

    >>> is_heading("US-Turkey Relations: From Alliance to Crisis"), is_heading("Ankara was none too pleased.")
    (True, False)
    """
    return _is_headline_like(normalize_line(line))
