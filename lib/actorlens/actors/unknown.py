"""Names a corpus uses that the registry does not know: what to add to ``actors.csv``.

A registry built for world news still misses the actors of a particular corpus: a local militia, a
ministry's acronym, a new prime minister. :func:`unknown_names` lists the capitalised names,
demonym-like words and "the X government / army / ministry" phrases of a corpus that no registry
alias covers, with how often and in how many documents they occur and the first sentence that
shows one, most frequent first. It is a to-do list for a researcher, not a tagger: most rows are
people, places and organisations that are not international actors, and the user decides.

How a candidate is found, by rules that hold for English text in general:

* a run of capitalised words ("Rapid Support Forces", "Mohamed Hamdan Dagalo"), joined by the
  small words of names ("of", "the", "al", "bin", "de": "Army of Islam"), or an acronym ("MONUSCO");
* words the registry knows are cut out of the run, not the whole run dropped ("Syrian National
  Dialogue Congress" leaves "National Dialogue Congress");
* a leading function word ("The", "In") or title ("President", "Foreign Minister") is dropped; a
  name after a title is marked ``titled``: usually a person who holds an office;
* a one-word name that only ever opens a sentence is dropped (a capital there says nothing);
* months, weekdays and English function words are never names.

``kind`` says which rule found it: ``institution`` ("the X government"), ``titled``, ``demonym``
(one word ending like a demonym: -ian, -ese, -ish, -i) or ``name``.

Counting works chunk by chunk (:func:`name_candidates` then :func:`merge_candidates`), so that a
report over tens of thousands of documents never holds all the sentences; the result is the same
for any chunking.
"""

from __future__ import annotations

import re
from typing import Iterable

import pandas as pd

from .registry import load_actors
from .tagger import ActorTagger

__all__ = ["CANDIDATE_COLUMNS", "UNKNOWN_COLUMNS", "merge_candidates", "name_candidates", "unknown_names"]

UNKNOWN_COLUMNS = ["name", "kind", "count", "documents", "doc_id", "sent_id", "example"]
CANDIDATE_COLUMNS = [*UNKNOWN_COLUMNS, "inside"]
"""``inside``: occurrences not at the start of a sentence (a one-word name needs one)."""

_CONNECT = r"(?:of|the|for|de|du|des|del|da|dos|al|el|bin|ibn|van|von|la|le)"
_WORD = r"(?:[A-Z][\w'’.]*(?:-[\w'’]+)*|(?:al|el|ad|as|ash|an|at|az)-[A-Z][\w'’]*)"
_RUN = re.compile(rf"(?<![\w'’-]){_WORD}(?:\s+(?:{_CONNECT}\s+)*{_WORD})*")
_INSTITUTION = re.compile(
    r"\s+(?:government|army|ministry|military|forces|parliament|navy|air force|police|regime|authorities|"
    r"troops|rebels|militia|militias|opposition|junta|cabinet|presidency|embassy)\b")
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|[a-z]i|ians|eans|ans)$")
_TITLES = frozenset("""president vice prime minister foreign defence defense interior finance deputy secretary
secretary-general general gen gen. lieutenant colonel col col. major commander chief king queen prince princess
emir sheikh sultan chancellor ambassador envoy senator governor mayor chairman chairwoman chair leader speaker
spokesman spokeswoman spokesperson premier pope cardinal ayatollah marshal admiral mr mr. mrs mrs. ms ms. dr dr.
sir lord lady president-elect acting former late crown supreme high representative special""".split())
_NEVER = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
a an the this that these those some any each every no all both either neither such another other many much few
more most several one two three four five six seven eight nine ten first second third last next
i me my we us our you your he him his she her it its they them their who whom whose which what where when why how
in on at by for from to of into onto over under after before during since until till through across against among
between within without about above below behind beyond despite near amid amidst around along toward towards via per
and or but nor so yet if as than because although though while whereas unless whether once
is are was were be been being am has have had having do does did will would shall should can could may might must
not also only even just still already never always often again however meanwhile moreover nevertheless nonetheless
therefore thus instead otherwise indeed perhaps yes there here then now today yesterday tomorrow tonight
according earlier later separately elsewhere overall asked said says told speaking
i'm i’m we're we’re it's it’s let let's let’s ok""".split())
_PREFIXED = re.compile(r"^(?:al|el|ad|as|ash|an|at|az)-[A-Z]")
_OPENING_JOIN = re.compile(rf"^\S+\s+(?:{_CONNECT}\s+)+")
_MAX_EXAMPLE = 300


def _split_known(start: int, end: int, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces, cursor = [], start
    for k_start, k_end in known:
        if k_end <= cursor or k_start >= end:
            continue
        if k_start > cursor:
            pieces.append((cursor, k_start))
        cursor = max(cursor, k_end)
    if cursor < end:
        pieces.append((cursor, end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[str, int, bool] | None:
    """The name in ``text[start:end]`` without leading function words and titles, trailing small
    words and punctuation; whether a title was dropped; None when nothing is left."""
    words = text[start:end].split()
    titled = False
    while words and (words[0].lower().strip(".,") in _NEVER or words[0].lower().strip(",") in _TITLES
                     or words[0].lower() in ("of", "the")):
        titled = titled or words[0].lower().strip(",") in _TITLES
        words = words[1:]
    while words and (re.fullmatch(_CONNECT, words[-1]) or words[-1].lower() in _NEVER):
        words = words[:-1]
    if not words:
        return None
    name = " ".join(words).strip(".,;:’'")
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    letters = sum(ch.isalpha() for ch in name)
    if letters < 2 or name.lower() in _NEVER:
        return None
    return name, text.find(words[0], start), titled


def _sentence_candidates(text: str, known: list[tuple[int, int]]) -> Iterable[tuple[str, str, bool]]:
    """(name, kind, at the sentence's start) for each candidate in one sentence."""
    first = re.search(r"[A-Za-z]", text)
    opening = first.start() if first else 0
    for run in _RUN.finditer(text):
        spans = [run.span()]
        joined = _OPENING_JOIN.match(run.group()) if run.start() <= opening else None
        if joined:  # "Fighters of the Liberation Front" opening a sentence: the first word may be any noun
            first_end = run.start() + len(run.group().split()[0])
            spans = [(run.start(), first_end), (run.start() + joined.end(), run.end())]
        for start, end in (piece for span in spans for piece in _split_known(*span, known)):
            trimmed = _trim(text, start, end)
            if trimmed is None:
                continue
            name, at, titled = trimmed
            if not name[0].isupper() and not _PREFIXED.match(name):  # "-backed" of "Iran-backed"; "al-Bashir" is fine
                continue
            institution = None if titled else _INSTITUTION.match(text, at + len(name))
            if institution:
                kind, name = "institution", name + " " + institution.group().strip()
            elif titled:
                kind = "titled"
            elif " " not in name and _DEMONYM.match(name):
                kind = "demonym"
            else:
                kind = "name"
            yield name, kind, at <= opening


def name_candidates(sentences: pd.DataFrame, tagger: ActorTagger | pd.DataFrame | None = None) -> pd.DataFrame:
    """One chunk's candidates (:data:`CANDIDATE_COLUMNS`): each name with its count, the number of
    documents it occurs in, its first sentence (``doc_id, sent_id, example``) and how often it occurs
    away from a sentence's start. :func:`merge_candidates` adds chunks up."""
    tagger = tagger if isinstance(tagger, ActorTagger) else ActorTagger(tagger if tagger is not None else load_actors())
    stats: dict[tuple[str, str], list] = {}
    for doc_id, sent_id, text in sentences[["doc_id", "sent_id", "text"]].itertuples(index=False):
        known = tagger.known_spans(text)
        for name, kind, opening in _sentence_candidates(text, known):
            entry = stats.get((name, kind))
            if entry is None:
                example = text if len(text) <= _MAX_EXAMPLE else text[:_MAX_EXAMPLE - 1] + "…"
                entry = stats[(name, kind)] = [0, {doc_id}, doc_id, int(sent_id), example, 0]
            entry[0] += 1
            entry[1].add(doc_id)
            entry[5] += not opening
    rows = [(name, kind, count, len(docs), doc_id, sent_id, example, inside)
            for (name, kind), (count, docs, doc_id, sent_id, example, inside) in stats.items()]
    return pd.DataFrame(rows, columns=CANDIDATE_COLUMNS).astype({"count": "int64", "documents": "int64", "sent_id": "int64",
                                                                 "inside": "int64"})


def merge_candidates(chunks: Iterable[pd.DataFrame], *, min_count: int = 2) -> pd.DataFrame:
    """The chunks' candidates added up (:data:`UNKNOWN_COLUMNS`), most frequent first, keeping names
    seen at least ``min_count`` times, and one-word names only if seen away from a sentence's start.
    Chunks hold disjoint documents, in corpus order (the example is the first chunk's)."""
    frames = [c for c in chunks if len(c)]
    if not frames:
        return pd.DataFrame(columns=UNKNOWN_COLUMNS).astype({"count": "int64", "documents": "int64", "sent_id": "int64"})
    table = pd.concat(frames, ignore_index=True)
    first = table.groupby(["name", "kind"], sort=False)[["doc_id", "sent_id", "example"]].first()
    sums = table.groupby(["name", "kind"], sort=False)[["count", "documents", "inside"]].sum()
    out = sums.join(first).reset_index()
    one_word = ~out["name"].str.contains(" ")
    out = out[(out["count"] >= min_count) & ~(one_word & (out["inside"] == 0))]
    out = out.sort_values(["count", "documents", "name", "kind"], ascending=[False, False, True, True], kind="mergesort")
    return out[UNKNOWN_COLUMNS].reset_index(drop=True)


def unknown_names(sentences: pd.DataFrame, tagger: ActorTagger | pd.DataFrame | None = None, *,
                  min_count: int = 2) -> pd.DataFrame:
    """Frequent names in ``sentences`` that the registry (``tagger``, an :class:`ActorTagger` or a
    registry table; default the library's) does not know: ``name, kind, count, documents, doc_id,
    sent_id, example``, most frequent first.

    >>> import pandas as pd
    >>> sentences = pd.DataFrame({"doc_id": ["a", "a", "b"], "sent_id": [0, 1, 0], "text": [
    ...     "The Zorgan Liberation Front shelled El Fasher, the Sudanese army said.",
    ...     "Fighters of the Zorgan Liberation Front withdrew.",
    ...     "Talks with the Zorgan government stalled in Geneva."]})
    >>> unknown_names(sentences, min_count=1)[["name", "kind", "count"]].values.tolist()[:2]
    [['Zorgan Liberation Front', 'name', 2], ['El Fasher', 'name', 1]]
    """
    if min_count < 1:
        raise ValueError(f"min_count must be at least 1, not {min_count!r}")
    return merge_candidates([name_candidates(sentences, tagger)], min_count=min_count)
