"""The mention tagger: every actor mention in a sentence, by one compiled pattern.

The registry (:mod:`actorlens.actors.registry`; the default is ``data/actors.csv``) is a table users
edit: ``code, label, kind, aliases`` with the aliases separated by ``|``. An alias is any string that names the actor in news text: the name
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
from dataclasses import dataclass
from typing import Iterable, NamedTuple

import pandas as pd

from ..text.normalize import fold_quotes
from .registry import alias_key, load_actors, loose_key

__all__ = ["MENTION_COLUMNS", "ActorTagger", "Mention", "tag_actors"]

MENTION_COLUMNS = ["doc_id", "sent_id", "actor", "alias", "text", "start", "end"]


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
                self._by_key[alias_key(alias)] = (code, alias)
                self._by_loose_key.setdefault(loose_key(alias), (code, alias))
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
            hit = self._by_key.get(m.group().casefold()) or self._by_loose_key.get(loose_key(m.group()))
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
