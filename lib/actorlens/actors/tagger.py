"""The mention tagger: every actor mention in a sentence, by one compiled pattern.

The registry (:mod:`actorlens.actors.registry`; the default is ``data/actors.csv``, the world built
by ``registry/build_registry.py``) is a table users edit: ``code, label, kind, aliases`` with the
aliases separated by ``|``, and optionally ``parent`` and ``active``. An alias is any string that
names the actor in news text: the name
("Turkey"), demonyms and adjectives ("Turkish", "Turks"), the capital standing for the government
("Ankara": metonymy), institutions ("Pentagon") and leaders ("Erdogan"). Actors of kind ``ignore``
list phrases that must never be tagged ("Latin America" is not the United States).

How aliases match (:class:`ActorTagger`):

* an alias written in capitals only ("US", "NATO", "YPG") matches only in capitals, so the pronoun
  "us" is never the United States; any other alias matches whatever the case of its later letters,
  but a capital first letter must be a capital ("Turkey", "TURKEY", not "turkey" the bird);
* curly and straight apostrophes are the same ("Erdogan’s", "People's Protection Units"), and so are
  Latin letters with and without accents ("Erdoğan" is "Erdogan", "Díaz-Canel" "Diaz-Canel");
* the longest alias wins ("Syrian Kurdish militants" is KURDS, not Syria; "Islamic State" is ISIS);
* an alias needs no letter or digit right before or after it, so hyphenated compounds give one
  mention per side ("U.S.-Turkish", "Iran-backed") and possessives work ("Turkey's"); a word glued
  on by scraping is allowed where the case changes ("In earlyAnkara", "theKremlin");
* the whole registry is one compiled pattern (a trie of all aliases), not a loop over aliases;
  the longest alias at the leftmost position wins and mentions never overlap, so "the Islamic Republic
  of Mauritania" is one mention of Mauritania and "the Democratic People's Republic of Korea" one of
  North Korea;
* context rules (:func:`load_contexts`, the default is ``data/contexts.csv``) drop a match whose
  surrounding words show it is not the actor: "Paris" in "the Paris Agreement", "Georgia" before
  "governor", "Chad" before a surname, "Congress" after another country's name;
* a person's name (kind ``person``) with ``active`` periods stands for the actor of its period at the document's
  date ("Trump" is USAGOV 2017-2021 and from 2025): outside every period it is not a mention; in an
  undated document it stands for its latest actor and the mention is flagged ``undated``;
* ``actor`` is the most specific code (YPG, TURGOV) and ``top`` the root of its ``parent`` chain
  (KURDS, TUR); :func:`at_level` picks one for the tables;
* ``place`` marks a state or capital used for the territory ("fighting in Syria", "Syrian
  territory"), not for the state acting.

>>> tagger = ActorTagger(load_actors())
>>> [(m.actor, m.top, m.alias) for m in tagger.find("U.S.-Turkish ties: let us see what Erdogan’s Ankara does.", ("2019-01-01", "2019-12-31"))]
[('USA', 'USA', 'U.S.'), ('TUR', 'TUR', 'Turkish'), ('TURGOV', 'TUR', 'Erdogan'), ('TUR', 'TUR', 'Ankara')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Iterable, NamedTuple

import pandas as pd

from ..datasets import actors_file, contexts_file
from ..errors import CorpusError
from ..reading.csvfile import read_csv_rows
from ..text.normalize import QUOTE_CHARS, fold_quotes
from .registry import alias_key, load_actors, loose_key

__all__ = ["CONTEXT_COLUMNS", "LEVELS", "MENTION_COLUMNS", "ActorTagger", "Mention", "actor_pairs", "at_level", "corpus_contexts",
           "document_dates", "load_contexts", "mention_tops", "tag_actors"]

MENTION_COLUMNS = ["doc_id", "sent_id", "actor", "alias", "text", "start", "end", "top", "place", "person", "undated"]
CONTEXT_COLUMNS = ("alias", "before", "after", "note", "actor")
STATE_RULE = "{state}"
"""A context rule whose alias is ``{state}`` applies to every name of every state in the registry."""
LEVELS = ("top", "specific")
"""``top``: the root actor (TUR for the Turkish army, KURDS for the YPG); ``specific``: the code as tagged."""

_LIST_GAP = re.compile(r",\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+|\s*/\s*")
_NOT_PERSON_AFTER = re.compile(
    r"(?:'s)?\s+(?:mountains?|river|valley|street|avenue|square|airport|stadium|university|bridge|dam|boulevard|road|"
    r"mosque|hospital|foundation|prize|award|Tower|Towers|Center|Centre|Institute|Library|Museum|Street|Avenue|Square|"
    r"Airport|Stadium|University|Bridge|Dam|Boulevard|Road|Mountains?|River|Valley|Foundation|Prize|Award|Bay|Island|"
    r"Islands|Park|Lake|County|Heights|Hills|Point|Harbou?r)\b")
"""A name before a place or an institution named after a person is not the person acting."""
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-|predecessor|succeeded|replacing|late)\s+(?:[A-Za-z.'-]+\s+){0,3}$",
                            re.IGNORECASE)
"""A person named as no longer in office ("former president", "his predecessor", "succeeding")."""
_ADJACENT = re.compile(r"(?:'s)?\s+")
_MODIFIES = re.compile(r"\s+(?!(?:and|or|to|in|on|at|by|for|with|from|as|where|which|who|were|was|is|are|had|have|has|a|an|the|"
                       r"after|before|during|since|until|amid|while|when|but|yet|then|this|that|last|next|over|into|"
                       r"through|because|despite|following|again|too)\b)[a-z]")
"""An adjective before a noun ("Russian state media") does not continue a list of places."""
_TOWN_COMMA = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s*$")
_GLUED = re.compile(r"[a-z][A-Z]")
_GLUED_ANY = re.compile(r"[a-z][A-Z]|[A-Z][A-Z][a-z]")


def _accent_table() -> dict[int, str]:
    """Latin letters with accents to their base letter, one character for one (offsets stay):
    "Erdoğan" is matched as "Erdogan", "Díaz-Canel" as "Diaz-Canel", whichever way the registry spells it."""
    import unicodedata

    table = {ord(ch): base for ch, base in zip("ıØøŁłĐđĦħ", "iOoLlDdHh")}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[:1]
        if base.isascii() and base.isalpha() and base != chr(code):
            table.setdefault(code, base)
    return table


_ACCENTS = _accent_table()
_FOLD = {**{ord(ch): fold_quotes(ch) for ch in QUOTE_CHARS}, **_ACCENTS}
_LOCATIVE = frozenset(("in", "inside", "into", "across", "throughout", "within", "fleeing", "fled", "flee", "flees",
                       "entered", "entering", "enter", "enters", "toured", "visited", "visiting", "visit", "visits",
                       "outside", "around", "near", "through", "via", "over", "left", "leave", "leaves", "leaving",
                       "reached", "reaching", "rocked", "roamed"))
_MOTION = frozenset(("travelled", "traveled", "travel", "travels", "travelling", "traveling", "trip", "visit", "journey",
                     "mission", "missions", "returned", "return", "returning", "flew", "fly", "flying", "flights", "deployed",
                     "deployment", "fled", "flee", "fleeing", "flown", "moved", "sent", "send", "sending", "shipped",
                     "exported", "exports", "deported", "extradited", "pilgrimage", "tour", "invite", "invited", "inviting",
                     "delivered", "deliver", "deliveries", "route", "railway", "road", "pipeline", "team", "troops", "tankers",
                     "came", "went", "headed", "heading", "evacuated", "transferred", "brought", "bringing", "taken"))
_ORIGIN = frozenset(("back", "withdraw", "withdrew", "withdrawn", "withdrawal", "withdrawing", "refugees", "migrants", "fled",
                     "fleeing", "flee", "expelled", "evacuated", "returnees", "imported", "imports", "exported", "flights", "flew", "pulled", "pull", "returned", "escaped", "smuggled", "deported"))
_COMPASS = frozenset(("north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west",
                      "northeast", "northwest", "southeast", "southwest", "streets", "cities", "parts", "outskirts",
                      "suburbs", "centre", "center", "heart", "provinces", "regions", "towns", "villages", "areas",
                      "shores", "skies", "soil", "territory", "rest", "district", "districts", "fall", "siege", "capture",
                      "liberation", "port", "ruins"))
_STRIKE = frozenset(("strike", "strikes", "attack", "attacks", "raid", "raids", "assault", "bombing", "bombardment",
                     "offensive", "march", "marched", "marching", "advance", "advanced", "missiles", "rockets", "drones"))
_REGIONAL = frozenset(("northern", "southern", "eastern", "western", "central", "north-eastern", "north-western",
                       "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern",
                       "rural", "coastal"))


def _place_before(folded: str, start: int, end: int) -> bool:
    """The words around a name locate it: "in Syria", "fled Sudan", "northern Syria", "parts of
    Syria", "strikes on Baghdad", "flew them to Washington", "from Vientiane to the border"."""
    words = folded[max(0, start - 64) : start].lower().split()[-7:]
    if not words:
        return False
    if words[-1] in _REGIONAL:
        return True
    if words[-1] == "the":
        words = words[:-1]
    if not words:
        return False
    last = words[-1]
    if last in _LOCATIVE:
        return True
    if len(words) >= 2:
        before = words[-2]
        if last == "of" and before in _COMPASS:
            return True
        if last in ("on", "towards", "toward", "against") and before in _STRIKE and last != "against":
            return True
        if last == "in" and before in ("arrived", "arriving", "based", "stationed", "born", "lives", "live", "living"):
            return True
        if last == "to" and any(w in _MOTION for w in words[-7:-1]):
            return True
        if last == "from" and (any(w in _ORIGIN for w in words[-7:-1]) or _FROM_TO.match(folded, end)):
            return True
    elif last == "from" and _FROM_TO.match(folded, end):
        return True
    return False


_FROM_TO = re.compile(r"\s+to\s")
_PLACE_AFTER = re.compile(
    r"-(?:based|made|built|born|registered|flagged|produced|manufactured)\b"
    r"|(?:'s)?\s+(?:(?:southern|northern|eastern|western|north-eastern|north-western|south-eastern|south-western)\s+)?"
    r"(?:(?:border|borders|frontier|coast)(?!\s+(?:guards?|police|force|forces|agency|patrols?|troops|officials|security))\b|"
    r"territory|territories|soil|border areas?|frontiers|coastline|coasts|"
    r"waters|airspace|mainland|province|provinces|region|regions|city|cities|town|towns|village|villages|"
    r"countryside|enclave|islands?|desert|mountains|highlands|hinterland|suburbs|outskirts|streets|airport|"
    r"port|downtown|districts?|neighbou?rhoods?|skies|time|expressway|highway|railway|pipeline|corridor|"
    r"(?:north|south|east|west|northeast|"
    r"northwest|southeast|southwest|north-east|north-west|south-east|south-west)\b)",
    re.IGNORECASE,
)


class Mention(NamedTuple):
    """One actor mention in a text: the actor's code, the registry alias, the text as written, its
    character offsets, the top-level actor, whether it names a place, the person named (or "") and
    whether a person's name was read without a document date."""

    actor: str
    alias: str
    text: str
    start: int
    end: int
    top: str = ""
    place: bool = False
    person: str = ""
    undated: bool = False


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex that matches any of ``words``, longest first (a trie; greedy optional groups)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


def load_contexts(path: str | Path | None = None) -> pd.DataFrame:
    """Read context rules (default: the library's ``data/contexts.csv``): ``alias, before, after,
    note`` and optionally ``actor``. A match of ``alias`` is not a mention when the text just before
    it matches the regular expression ``before`` (anchored at the mention: write it to end with
    ``$``) or the text just after it matches ``after`` (anchored at the mention's end); when the rule
    gives an ``actor``, the match is a mention of that actor instead ("in Brussels" is Belgium,
    "Brussels said" the EU); the actor ``^`` is the one named just before, in the possessive or as an
    adjective ("Peru's Congress", "the Turkish Parliament"), and without one the match is dropped. A rule
    for the alias ``{state}`` applies to every alias of every actor of kind ``state``. An invalid expression raises :class:`~actorlens.errors.CorpusError`
    naming the file and line.

    >>> rules = load_contexts()
    >>> bool((rules["alias"] == "Paris").any())
    True
    """
    path = Path(path).expanduser() if path is not None else contexts_file()
    if not path.is_file():
        raise CorpusError(f"context rules not found: {path}")
    _, rows = read_csv_rows(path, required=("alias", "before", "after"))
    table = []
    for line_no, row in rows:
        for side in ("before", "after"):
            try:
                re.compile(row[side] or "")
            except re.error as error:
                raise CorpusError(f"{path}, line {line_no}: the {side!r} expression {row[side]!r} is not a valid regular expression: {error}") from None
        if not (row["alias"] or "").strip():
            raise CorpusError(f"{path}, line {line_no}: a context rule needs an alias")
        table.append({"alias": row["alias"].strip(), "before": row["before"] or "", "after": row["after"] or "",
                      "note": row.get("note") or "", "actor": (row.get("actor") or "").strip()})
    return pd.DataFrame(table, columns=list(CONTEXT_COLUMNS))


def corpus_contexts(folder: str | Path | None = None) -> pd.DataFrame | None:
    """A corpus folder's own context rules (its ``contexts.csv``), or None when it has none: the
    default rules, which :class:`ActorTagger` fits to whichever registry it is given."""
    path = contexts_file(folder)
    return None if path == contexts_file() else load_contexts(path)


def _periods(active: str) -> list[tuple[str, str, str]]:
    out = []
    for period in filter(None, (p.strip() for p in (active or "").split(";"))):
        code, _, span = period.partition(":")
        start, _, end = span.partition("/")
        out.append((code, start or "0000-00-00", end or "9999-99-99"))
    return out


def _compile_rules(entries: list[tuple[str, str, str]]) -> list[tuple[re.Pattern | None, re.Pattern | None, str]]:
    """One alias's rules, compiled. Rules that only drop a match are joined into one expression per
    side (one search instead of one per rule); rules that re-code keep their order, first."""
    compiled = [(re.compile(f"(?:{b})") if b else None, re.compile(a) if a else None, actor) for b, a, actor in entries if actor]
    befores = [f"(?:{b})" for b, _, actor in entries if b and not actor]
    afters = [f"(?:{a})" for _, a, actor in entries if a and not actor]
    if befores or afters:
        compiled.append((re.compile("|".join(befores)) if befores else None, re.compile("|".join(afters)) if afters else None, ""))
    return compiled


@dataclass
class ActorTagger:
    """A compiled registry: :meth:`find` returns the actor mentions in a text.

    ``contexts`` are the context rules (a table from :func:`load_contexts`; the default rules when
    None, leaving out those that re-code to an actor the registry does not have; an empty table for
    none). A rule of a given table that re-codes to an unknown actor raises
    :class:`~actorlens.errors.CorpusError`."""

    actors: pd.DataFrame
    contexts: pd.DataFrame | None = field(default=None)

    def __post_init__(self) -> None:
        actors = self.actors
        columns = set(actors.columns)
        parent = dict(zip(actors["code"], actors["parent"])) if "parent" in columns else {}
        kinds = dict(zip(actors["code"], actors["kind"]))
        self._by_key: dict[str, tuple[str, str]] = {}
        self._by_loose_key: dict[str, tuple[str, str]] = {}
        for code, aliases in actors[["code", "aliases"]].itertuples(index=False):
            for alias in aliases:
                self._by_key[alias_key(alias)] = (code, alias)
                self._by_loose_key.setdefault(loose_key(alias), (code, alias))
        self._ignored = {c for c, k in kinds.items() if k == "ignore"}
        self._placeable = {c for c, k in kinds.items() if k == "state"}

        def top(code: str) -> str:
            seen = set()
            while parent.get(code) and code not in seen:
                seen.add(code)
                code = parent[code]
            return code

        self._top = {code: top(code) for code in kinds}
        self._terms = {}
        if "active" in columns:
            for code, kind, active in actors[["code", "kind", "active"]].itertuples(index=False):
                if kind == "person":  # sorted: the last one is the latest
                    self._terms[code] = sorted(_periods(active), key=lambda t: (t[1], t[2]))
        rules = self.contexts if self.contexts is not None else load_contexts()
        self._rules: dict[str, list[tuple[re.Pattern | None, re.Pattern | None, str]]] = {}
        recodes = rules["actor"] if "actor" in rules.columns else [""] * len(rules)
        state_aliases = [alias_key(alias) for code, kind, aliases in actors[["code", "kind", "aliases"]].itertuples(index=False)
                         if kind == "state" for alias in aliases]
        for alias, before, after, actor in zip(rules["alias"], rules["before"], rules["after"], recodes):
            actor = actor if isinstance(actor, str) else ""
            if actor and actor != "^" and actor not in kinds:
                if self.contexts is None:  # a default rule for an actor a user's own registry does not have
                    continue
                raise CorpusError(f"context rule for {alias!r}: actor {actor!r} is not in the registry")
            before, after = before.translate(_ACCENTS), after.translate(_ACCENTS)  # they read the folded text
            entry = (before, after, actor)
            for key in state_aliases if alias == STATE_RULE else [alias_key(alias)]:
                self._rules.setdefault(key, []).append(entry)
        self._rules = {key: _compile_rules(entries) for key, entries in self._rules.items()}
        self._kinds = kinds
        self._compiled: dict[str, tuple | None] = {}
        for code, alias in self._by_key.values():
            if code in self._ignored:
                self._compiled[alias] = None
                continue
            folded_alias = fold_quotes(alias)
            # capitals only ("US", "YPG") or capitals inside a word ("LeT", "DeSantis"): as written, exactly
            acronym = not any(ch.islower() for ch in folded_alias) or _GLUED.search(folded_alias) is not None
            self._compiled[alias] = (acronym, folded_alias[0].isupper(), self._rules.get(alias_key(alias)),
                                     self._top.get(code, code), kinds.get(code))
        for code, alias in self._by_loose_key.values():
            self._compiled.setdefault(alias, None)
        trie = _trie_pattern({key.translate(_ACCENTS) for key in self._by_key})
        self._pattern = re.compile(
            r"(?:(?<![^\W_])|(?<=[a-z])(?=[A-Z]))"  # no letter or digit before, or a glued-on lower-case word
            rf"(?i:{trie})"
            r"(?:(?![^\W_])|(?<=[A-Z])(?=[a-z]))"  # no letter or digit after, or a glued-on word
        )
        # the same, case-sensitive, for the lower-cased text of the many texts with no glued word (a
        # third faster: no case folding while matching, no look-behind alternation at every position)
        self._lower = re.compile(rf"(?<![^\W_])(?:{trie})(?![^\W_])")

    @staticmethod
    def _fold(text: str) -> str:
        """The text as the pattern reads it: straight quotes, Latin letters without accents, one
        character for one, so offsets are the text's own."""
        return text if text.isascii() else text.translate(_FOLD)

    @classmethod
    def for_corpus(cls, folder: str | Path | None = None) -> "ActorTagger":
        """The tagger a corpus folder asks for: its own ``actors.csv`` and ``contexts.csv`` if it has
        them, else the library's registry and rules (as ``actorlens report`` does)."""
        return cls(load_actors(actors_file(folder)), corpus_contexts(folder))

    def top_codes(self) -> dict[str, str]:
        """Every code's top-level actor (itself where it has no parent)."""
        return dict(self._top)

    def find(self, text: str, date: tuple[str, str] | None = None) -> list[Mention]:
        """All mentions in ``text``, left to right. ``date`` is the document's date as an interval
        ``(first day, last day)`` in ISO form (one day, or a month or year for dates known only to
        that precision); None for an undated document."""
        folded = self._fold(text)
        found = []
        by_key, compiled = self._by_key, self._compiled
        for start, end, written, key in self._scan(folded):
            hit = by_key.get(key) or self._by_loose_key.get(loose_key(written))
            if hit is None:  # matched only through a case mapping the lookup cannot reproduce
                continue
            code, alias = hit
            info = compiled[alias]
            if info is None:  # an ignored phrase
                continue
            acronym, capital, rules, top, kind = info
            if (written != alias if acronym else capital and not written[0].isupper()):
                continue
            if end < len(folded) - 1 and folded[end] == "'" and folded[end + 1].isalpha() and folded[end + 1:end + 2] != "s":
                continue  # inside a word with an apostrophe: "Xi'an" is not Xi
            if rules:
                recode = self._excluded(folded, start, end, rules)
                if recode is True:
                    continue
                if recode == "^":  # the actor named just before ("Peru's Congress", "the Turkish Parliament")
                    prev = found[-1] if found else None
                    if prev is None or not _ADJACENT.fullmatch(folded, prev.end, start):
                        continue
                    code = top = prev.top
                    kind = self._kinds.get(code)
                elif recode:
                    code, kind = recode, self._kinds.get(recode)
                    top = self._top.get(code, code)
            person, undated = "", False
            if kind == "person" and self._terms.get(code):  # a person without periods is an actor of their own
                if _NOT_PERSON_AFTER.match(folded, end) or _FORMER_BEFORE.search(folded, max(0, start - 40), start):
                    continue  # "the Qandil mountains", "his predecessor Farmajo": not the office-holder acting
                person = code
                code = self._term_actor(self._terms[code], date)
                if code is None:
                    continue
                top = self._top.get(code, code)
                undated = date is None
            place = kind == "state" and (_PLACE_AFTER.match(folded, end) is not None
                                         or (folded[end:end + 2] != "'s" and _place_before(folded, start, end)))
            found.append(Mention(code, alias, text[start:end], start, end, top, place, person, undated))
        if found:
            found = self._places_in_context(folded, found)
        return found

    def _scan(self, folded: str):
        """(start, end, written, lookup key) of every registry match in the folded text. Most texts are
        scanned in lower case with a case-sensitive pattern (faster); a text with a glued word
        ("earlyAnkara", "USsanctions") or whose lower case changes its length, with the full one."""
        lower = folded.lower()
        if len(lower) == len(folded) and not _GLUED_ANY.search(folded):
            for m in self._lower.finditer(lower):
                start, end = m.span()
                yield start, end, folded[start:end], m.group()
        else:
            for m in self._pattern.finditer(folded):
                written = m.group()
                yield m.start(), m.end(), written, written.casefold()

    def known_spans(self, text: str) -> list[tuple[int, int]]:
        """The spans of ``text`` the registry has a name for, whether or not they are mentions here:
        ignored phrases, names a context rule set aside, people out of office. What the registry
        knows is not "unknown" (:func:`~actorlens.actors.unknown.unknown_names`)."""
        by_key = self._by_key
        return [(start, end) for start, end, written, key in self._scan(self._fold(text))
                if by_key.get(key) or self._by_loose_key.get(loose_key(written))]

    def _places_in_context(self, folded: str, found: list[Mention]) -> list[Mention]:
        """Places by their neighbours: a list continues a place ("in Iraq, Iran and Syria"), a hyphen
        pair shares its noun ("the Kyrgyz-Tajik border"), and a state after a town and a comma is where
        the town is ("Abbottabad, Pakistan")."""
        placeable = self._placeable
        for i, m in enumerate(found):
            if m.place or m.actor not in placeable:
                continue
            prev = found[i - 1] if i else None
            if prev is not None and prev.place and _LIST_GAP.fullmatch(folded, prev.end, m.start) and not _MODIFIES.match(folded, m.end):
                found[i] = m._replace(place=True)
            elif folded[m.start - 2 : m.start] == ", " and folded[m.end:m.end + 2] != "'s":
                town = _TOWN_COMMA.search(folded, max(0, m.start - 30), m.start)
                if town is not None and (prev is None or prev.end <= town.start()):
                    found[i] = m._replace(place=True)
        for i in range(len(found) - 2, -1, -1):
            m, nxt = found[i], found[i + 1]
            if nxt.place and not m.place and m.actor in placeable and m.end + 1 == nxt.start and folded[m.end] == "-":
                found[i] = m._replace(place=True)
        return found

    @staticmethod
    def _excluded(folded: str, start: int, end: int, rules: list) -> bool | str:
        """True when a rule sets the match aside, the rule's actor when it re-codes it, else False."""
        before_text = folded[max(0, start - 60) : start]
        for before, after, actor in rules:
            if (before is not None and before.search(before_text)) or (after is not None and after.match(folded, end)):
                return actor or True
        return False

    @staticmethod
    def _term_actor(terms: list[tuple[str, str, str]], date: tuple[str, str] | None) -> str | None:
        if not terms:
            return None
        if date is None:  # the latest period's actor
            return terms[-1][0]
        first, last = date
        best, overlap = None, None
        for code, start, end in terms:
            lo, hi = max(first, start), min(last, end)
            if lo <= hi:
                span = (hi, lo)
                if overlap is None or span > overlap:
                    best, overlap = code, span
        return best


def document_dates(documents: pd.DataFrame | None) -> dict[str, tuple[str, str] | None]:
    """Each document's date as an interval of ISO days, from its ``date`` and ``date_precision``."""
    if documents is None or "date" not in documents.columns:
        return {}
    precision = documents["date_precision"] if "date_precision" in documents.columns else pd.Series("day", index=documents.index)
    out: dict[str, tuple[str, str] | None] = {}
    for doc_id, date, prec in zip(documents["doc_id"], documents["date"], precision):
        if date is None or pd.isna(date):
            out[doc_id] = None
            continue
        day = pd.Timestamp(date)
        if prec == "year":
            out[doc_id] = (f"{day.year:04d}-01-01", f"{day.year:04d}-12-31")
        elif prec == "month":
            last = (day + pd.offsets.MonthEnd(0)).day
            out[doc_id] = (f"{day.year:04d}-{day.month:02d}-01", f"{day.year:04d}-{day.month:02d}-{last:02d}")
        else:
            out[doc_id] = (day.strftime("%Y-%m-%d"),) * 2
    return out


def tag_actors(sentences: pd.DataFrame, actors: pd.DataFrame | ActorTagger | None = None, *,
               documents: pd.DataFrame | None = None, level: str | None = None) -> pd.DataFrame:
    """Tag actor mentions in sentences: one row per mention.

    Columns: ``doc_id, sent_id, actor, alias, text, start, end, top, place, person, undated``
    (offsets into the sentence's ``text``; ``alias`` is the registry entry that matched, ``text`` the
    words as written; ``actor`` the most specific code, ``top`` its root; ``person`` the person's code
    when a name matched). ``documents`` (the corpus, or any table with ``doc_id, date`` and
    optionally ``date_precision``) dates the documents, so that a person counts only in office; a
    document missing from it, or undated, flags person mentions ``undated``. ``level`` (``top`` or
    ``specific``) hands the table to :func:`at_level`, as the pipeline does; None leaves ``actor``
    as tagged, with no ``specific`` column.

    >>> from actorlens import load_corpus, split_sentences
    >>> corpus = load_corpus()
    >>> mentions = tag_actors(split_sentences(corpus), documents=corpus)
    >>> mentions.columns.tolist()[:7]
    ['doc_id', 'sent_id', 'actor', 'alias', 'text', 'start', 'end']
    """
    tagger = actors if isinstance(actors, ActorTagger) else ActorTagger(actors if actors is not None else load_actors())
    dates = document_dates(documents)
    rows = [
        (doc_id, sent_id, *mention)
        for doc_id, sent_id, text in sentences[["doc_id", "sent_id", "text"]].itertuples(index=False)
        for mention in tagger.find(text, dates.get(doc_id))
    ]
    table = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    table = table.astype({"sent_id": "int64", "start": "int64", "end": "int64", "place": "bool", "undated": "bool"})
    return table if level is None else at_level(table, level)


def mention_tops(mentions: pd.DataFrame) -> dict[str, str]:
    """Each code's top-level actor, from the ``top`` column of a mentions table (empty without one)."""
    return dict(zip(mentions["actor"], mentions["top"])) if "top" in mentions.columns else {}


def actor_pairs(codes: Iterable[str], tops: dict[str, str]) -> list[tuple[str, str]]:
    """The sorted pairs of distinct ``codes``, leaving out an actor and its own top-level actor
    (TURGOV and TUR: a part of an actor is not in a relationship with it); ``tops`` maps codes to
    their top-level actor (:func:`mention_tops`; empty: every pair).

    >>> actor_pairs(["TURGOV", "TUR", "RUS"], {"TURGOV": "TUR", "TUR": "TUR", "RUS": "RUS"})
    [('RUS', 'TUR'), ('RUS', 'TURGOV')]
    """
    return [(a, b) for a, b in combinations(sorted(codes), 2) if tops.get(a) != b and tops.get(b) != a]


def at_level(mentions: pd.DataFrame, level: str = "top") -> pd.DataFrame:
    """The mentions with ``actor`` at the chosen level: ``top`` (the root: TUR for TURGOV and
    TURMIL, KURDS for YPG) or ``specific`` (as tagged). The code as tagged stays in a column
    ``specific``, so a table at the top level can still be broken down.

    >>> table = pd.DataFrame({"actor": ["TURGOV", "YPG"], "top": ["TUR", "KURDS"]})
    >>> at_level(table, "top")[["actor", "specific"]].values.tolist()
    [['TUR', 'TURGOV'], ['KURDS', 'YPG']]
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    out = mentions.copy()
    if "specific" not in out.columns:
        out["specific"] = out["actor"]
    if level == "top" and "top" in out.columns:
        out["actor"] = out["top"].where(out["top"].astype(str) != "", out["specific"])
    else:
        out["actor"] = out["specific"]
    return out
