"""The actor registry and the mention tagger.

The registry is a table users edit, ``seeds/actors.csv``: ``code, label, kind, aliases`` with the
aliases separated by ``|``. An alias is any string that names the actor in news text: the name
("Turkey"), demonyms and adjectives ("Turkish", "Turks"), the capital standing for the government
("Ankara": metonymy), institutions ("Pentagon") and leaders ("Erdogan"). Actors of kind ``ignore``
list phrases that must never be tagged ("Latin America" is not the United States).

How aliases match (:class:`ActorTagger`):

* an alias written in capitals only ("US", "NATO", "YPG") matches only in capitals, so the pronoun
  "us" is never the United States; any other alias matches whatever the case of its later letters,
  but a capital first letter must be a capital ("Turkey", "TURKEY", not "turkey" the bird);
* curly and straight apostrophes are the same ("Erdogan’s", "People's Protection Units");
* the longest alias wins ("Syrian Kurdish militants" is KURDS, not Syria; "Islamic State" is ISIS);
* an alias needs no letter or digit right before or after it, so hyphenated compounds give one
  mention per side ("U.S.-Turkish", "Iran-backed") and possessives work ("Turkey's"); a word glued
  on by scraping is allowed where the case changes ("In earlyAnkara", "theKremlin");
* the whole registry is one compiled pattern (a trie of all aliases), not a loop over aliases.

>>> tagger = ActorTagger(load_actors())
>>> [(m.actor, m.alias) for m in tagger.find("U.S.-Turkish ties: let us see what Erdogan’s Ankara does.")]
[('USA', 'U.S.'), ('TUR', 'Turkish'), ('TUR', 'Erdogan'), ('TUR', 'Ankara')]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, NamedTuple

import pandas as pd

from .cache import disk_cached
from .corpus import read_csv_rows
from .errors import CorpusError
from .normalize import fold_quotes
from .paths import actors_file

__all__ = [
    "ACTOR_COLUMNS",
    "KINDS",
    "MENTION_COLUMNS",
    "ActorTagger",
    "Mention",
    "load_actors",
    "load_petrarch_actors",
    "mention_rates",
    "tag_actors",
]

ACTOR_COLUMNS = ("code", "label", "kind", "aliases")
KINDS = ("state", "armed_group", "organization", "bloc", "group", "person", "other", "ignore")
MENTION_COLUMNS = ["doc_id", "sent_id", "actor", "alias", "text", "start", "end"]
_CODE = re.compile(r"^[A-Z][A-Z0-9_]*$")


def _alias_key(alias: str) -> str:
    return fold_quotes(alias).casefold()


def _loose_key(text: str) -> str:
    """Case, quotes and accents ignored: the Turkish capital "İ" matches like "I" ("İRAN" is Iran)."""
    decomposed = unicodedata.normalize("NFKD", _alias_key(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# --------------------------------------------------------------------------------------------------
# Loading registries.


def load_actors(path: str | Path | None = None) -> pd.DataFrame:
    """Read and validate an actor registry (default: the corpus's own ``actors.csv`` when
    ``$ACTORLENS_CORPUS`` names a corpus that has one, else the project's ``seeds/actors.csv``).

    Returns one row per actor: ``code, label, kind, aliases`` with ``aliases`` as a tuple of strings.
    A missing column, an empty or duplicate code, an unknown kind, an empty alias, or an alias
    claimed by two actors raises :class:`~actorlens.errors.CorpusError` naming the file and row.

    >>> actors = load_actors()
    >>> actors.set_index("code").loc["TUR", "label"]
    'Turkey'
    """
    path = Path(path).expanduser() if path is not None else actors_file()
    if not path.is_file():
        raise CorpusError(f"actor registry not found: {path}")
    _, rows = read_csv_rows(path, required=ACTOR_COLUMNS)
    records = [(f"{path}, line {line_no}", row["code"], row["label"], row["kind"], row["aliases"].split("|")) for line_no, row in rows]
    return _registry(records, str(path))


def _registry(records: Iterable[tuple[str, str, str, str, list[str]]], source: str) -> pd.DataFrame:
    """Validate ``(where, code, label, kind, aliases)`` records into a registry table."""
    seen_codes: dict[str, str] = {}
    owner: dict[str, tuple[str, str]] = {}
    table = []
    for where, code, label, kind, aliases in records:
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
            key = _alias_key(alias)
            if key in owner:
                other_code, other_where = owner[key]
                same = "twice" if other_code == code else f"by {other_code} ({other_where}) and {code}"
                raise CorpusError(f"{where}: alias {alias!r} is claimed {same}")
            owner[key] = (code, where)
        table.append({"code": code, "label": label or code, "kind": kind, "aliases": tuple(aliases)})
    if not table:
        raise CorpusError(f"{source}: the registry has no actors")
    return pd.DataFrame(table, columns=list(ACTOR_COLUMNS))


_PETRARCH_CODE = re.compile(r"\[([A-Z0-9]{3,})(?:\s[^\]]*)?\]")


def load_petrarch_actors(path: str | Path, *, codes: Iterable[str] | None = None, root_codes: bool = True) -> pd.DataFrame:
    """Read a PETRARCH / Phoenix ``.actors`` dictionary into the same registry structure.

    Entries are a primary phrase (``TURKEY_ [TUR]``), ``+synonym`` lines, and code lines
    (``[TURGOV 030314-]``); ``_`` joins words. With ``root_codes`` (default), a code that starts with
    a country's code is cut to it, so leaders' ``TURGOV`` joins country ``TUR`` (``IMGMUSISI``, an
    international group, stays as it is); entries sharing a code are merged. ``codes`` keeps only those (root) codes. Aliases are title-cased ("TURKISH" ->
    "Turkish") so they match ordinary text; an alias claimed by two actors is kept by the first.

    >>> from actorlens.paths import project_root
    >>> registry = load_petrarch_actors(project_root() / "tests/data/petrarch_sample.actors", codes=["TUR"])
    >>> registry.loc[0, "code"], "Erdogan" in registry.loc[0, "aliases"]
    ('TUR', True)
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise CorpusError(f"PETRARCH dictionary not found: {path}")
    if isinstance(codes, str):
        codes = [codes]
    wanted = {c.upper() for c in codes} if codes is not None else None
    entries: list[tuple[list[str], str | None]] = []
    for raw in path.read_bytes().decode("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        code_match = _PETRARCH_CODE.search(line)
        if raw[:1] not in (" ", "\t", "+", "[") and line.strip():  # a new primary phrase
            phrase = _PETRARCH_CODE.sub("", line).strip()
            entries.append(([phrase], code_match.group(1) if code_match else None))
        elif line.lstrip().startswith("+") and entries:
            entries[-1][0].extend(p for p in re.split(r"\s+(?=\+)", line.strip()) if p)
        elif code_match and entries and entries[-1][1] is None:
            entries[-1] = (entries[-1][0], code_match.group(1))
    countries = {code for _, code in entries if code and len(code) == 3}
    merged: dict[str, list[str]] = {}
    for phrases, code in entries:
        if code is None:
            continue
        if root_codes and code[:3] in countries:
            code = code[:3]
        if wanted is not None and code not in wanted:
            continue
        merged.setdefault(code, []).extend(_petrarch_alias(p) for p in phrases)
    owner: set[str] = set()
    records = []
    for code, aliases in merged.items():
        unique = []
        for alias in aliases:
            key = _alias_key(alias)
            if alias and key not in owner:
                owner.add(key)
                unique.append(alias)
        if unique:
            kind = "state" if len(code) == 3 else "other"
            records.append((f"{path}: {code}", code, unique[0], kind, unique))
    return _registry(records, str(path))


def _petrarch_alias(phrase: str) -> str:
    words = phrase.lstrip("+").replace("_", " ").split()
    if len(words) > 1 and words[0].upper() == "THE":
        words = words[1:]  # "THE_ISLAMIC_STATE": "Islamic State" also matches "the Islamic State"
    return " ".join(w if len(w) <= 3 and w.isupper() and len(words) == 1 else w.capitalize() for w in words)


# --------------------------------------------------------------------------------------------------
# The tagger.


class Mention(NamedTuple):
    """One actor mention in a text: the actor's code, the registry alias, the text as written, and
    its character offsets."""

    actor: str
    alias: str
    text: str
    start: int
    end: int


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


@dataclass
class ActorTagger:
    """A compiled registry: :meth:`find` returns the actor mentions in a text."""

    actors: pd.DataFrame

    def __post_init__(self) -> None:
        self._by_key: dict[str, tuple[str, str]] = {}
        self._by_loose_key: dict[str, tuple[str, str]] = {}
        for code, kind, aliases in self.actors[["code", "kind", "aliases"]].itertuples(index=False):
            for alias in aliases:
                self._by_key[_alias_key(alias)] = (code, alias)
                self._by_loose_key.setdefault(_loose_key(alias), (code, alias))
        self._ignored = set(self.actors.loc[self.actors["kind"] == "ignore", "code"])
        trie = _trie_pattern(self._by_key)
        self._pattern = re.compile(
            r"(?:(?<![^\W_])|(?<=[a-z])(?=[A-Z]))"  # no letter or digit before, or a glued-on lower-case word
            rf"(?i:{trie})"
            r"(?:(?![^\W_])|(?<=[A-Z])(?=[a-z]))"  # no letter or digit after, or a glued-on word
        )

    def find(self, text: str) -> list[Mention]:
        """All mentions in ``text``, left to right."""
        folded = fold_quotes(text)
        found = []
        for m in self._pattern.finditer(folded):
            hit = self._by_key.get(m.group().casefold()) or self._by_loose_key.get(_loose_key(m.group()))
            if hit is None:  # matched only through a case mapping the lookup cannot reproduce
                continue
            code, alias = hit
            if code in self._ignored or not _case_ok(alias, m.group()):
                continue
            found.append(Mention(code, alias, text[m.start() : m.end()], m.start(), m.end()))
        return found


def _case_ok(alias: str, written: str) -> bool:
    """Acronyms match only in capitals; a capital first letter must stay a capital."""
    alias = fold_quotes(alias)
    if not any(ch.islower() for ch in alias):
        return written == alias
    return not alias[0].isupper() or written[0].isupper()


@disk_cached
def tag_actors(sentences: pd.DataFrame, actors: pd.DataFrame | ActorTagger | None = None) -> pd.DataFrame:
    """Tag actor mentions in sentences: one row per mention.

    Columns: ``doc_id, sent_id, actor, alias, text, start, end`` (offsets into the sentence's
    ``text``; ``alias`` is the registry entry that matched, ``text`` the words as written).

    >>> from actorlens import load_corpus, split_sentences
    >>> mentions = tag_actors(split_sentences(load_corpus()))
    >>> mentions.columns.tolist()
    ['doc_id', 'sent_id', 'actor', 'alias', 'text', 'start', 'end']
    """
    tagger = actors if isinstance(actors, ActorTagger) else ActorTagger(actors if actors is not None else load_actors())
    rows = [
        (doc_id, sent_id, *mention)
        for doc_id, sent_id, text in sentences[["doc_id", "sent_id", "text"]].itertuples(index=False)
        for mention in tagger.find(text)
    ]
    table = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    return table.astype({"sent_id": "int64", "start": "int64", "end": "int64"})


def mention_rates(mentions: pd.DataFrame, corpus: pd.DataFrame, *, per: int = 1000) -> pd.DataFrame:
    """Mentions of each actor per ``per`` words of each document's clean text.

    One row per actor (sorted by total mentions, most first), one column per document (in the
    corpus's order). Counting per 1,000 words makes long and short documents comparable.

    >>> from actorlens import load_corpus, split_sentences
    >>> corpus = load_corpus()
    >>> rates = mention_rates(tag_actors(split_sentences(corpus)), corpus)
    >>> rates.index[0], list(rates.columns) == list(corpus["doc_id"])
    ('TUR', True)
    """
    counts = pd.crosstab(mentions["actor"], mentions["doc_id"]).reindex(columns=corpus["doc_id"], fill_value=0)
    words = corpus.set_index("doc_id")["n_words"].reindex(counts.columns)
    rates = counts.div(words.where(words > 0), axis=1).fillna(0.0) * per
    order = counts.sum(axis=1).sort_values(ascending=False, kind="stable").index
    rates = rates.loc[order].round(2)
    rates.columns.name, rates.index.name = "doc_id", "actor"
    return rates
