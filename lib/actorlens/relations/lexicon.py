"""An event lexicon for cooperation and conflict: CAMEO verbs and relation nouns with their Goldstein values.

The lexicon is built by code (:func:`load_event_lexicon`) from two reference tables copied into
the package (``data/cameo/``, see its PROVENANCE): PETRARCH2's CAMEO verb dictionary gives each verb
a CAMEO event code ("accuse" 112, "agree" 050, "attack" 190, …), and GDELT's Goldstein table gives
each code a cooperation/conflict value from -10 (military attack) to +10 (military assistance).
Every verb gets its inflected forms ("accuse", "accuses", "accused", "accusing"). The project adds
the nouns that carry relations in news prose ("sanctions", "alliance", "crisis", "deal", …), each
with the CAMEO code whose Goldstein value it takes (:data:`RELATION_NOUNS`).

A sentence's **cooperation** score is the mean of the non-zero Goldstein values of its cues,
divided by 10 so it lies in [-1, 1], after two adjustments:

* **negation** (lower-case words only, so the month "May" is no modal; it reaches only the next
  cue, and a noun only right after "no" or "without"): a cue after "not", "never", "no", "n't", "refused to", "declined to", "failed to"
  (within three words) counts -0.5 times its value ("did not agree" is mildly conflictual);
* **modality**: a cue after "may", "might", "could", "would", "should", "plans to", "seeks to",
  "hopes to", "wants to" counts half ("could cooperate" is a possibility, not an event).

``cue`` lists the words that decided the score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from ..resources import resource

__all__ = ["DROPPED_VERBS", "RELATION_NOUNS", "EventLexicon", "load_event_lexicon", "score_cooperation"]

RELATION_NOUNS: dict[str, str] = {
    # cooperation
    "agreement": "057", "agreements": "057", "deal": "057", "deals": "057", "accord": "057", "treaty": "057",
    "roadmap": "057", "road map": "057",
    "alliance": "06", "ally": "06", "allies": "06", "allied": "06", "partnership": "06", "partner": "06",
    "partners": "06", "alignment": "06",
    "cooperation": "05", "coordination": "05", "dialogue": "04", "talks": "04", "negotiations": "04",
    "breakthrough": "05", "trust": "05", "rapprochement": "05",
    # conflict
    "sanctions": "163", "sanction": "163", "embargo": "163",
    "crisis": "12", "row": "11", "dispute": "11", "disputes": "11", "tension": "11", "tensions": "11",
    "disagreement": "11", "disagreements": "11", "distrust": "12", "mistrust": "12", "rift": "12",
    "displeasure": "11", "standoff": "12", "threat": "13", "threats": "13",
    "offensive": "19", "invasion": "19", "war": "19", "conflict": "19", "attack": "19", "attacks": "19",
    "escalation": "13", "retaliation": "13", "assassination": "18", "revenge": "13",
}
"""Nouns that carry a relation, with the CAMEO code whose Goldstein value they take (the project's
own choice, documented in notebook 05): a deal is a formal agreement (057, +8), an alliance material
cooperation (06, +6), sanctions an embargo (163, -8), a war or offensive armed force (19, -10)."""

DROPPED_VERBS = frozenset({
    "escalate", "increase", "heighten", "engage", "lead", "take", "add", "manage", "want", "leave", "think",
    "involve", "govern", "determine", "render", "face", "consider", "issue", "mark", "put", "make", "get", "go",
    "come", "hold", "keep", "bring", "turn", "see", "show", "move", "remain",
})
"""CAMEO verbs the lexicon leaves out: their code needs the pattern context PETRARCH gets from a
parser ("engaged in a conflict" vs "engaging Turkey"; an *escalation* of talks or of violence), so
alone they give the wrong sign more often than the right one. The project's own correction."""

_NEGATION = re.compile(r"\b(?:not|never|no|n['’]t|refused to|refuses to|declined to|failed to|unwilling to)\b(?:\W+\w+){0,3}\W*$")
_MODALITY = re.compile(r"\b(?:may|might|could|would|should|plans? to|seeks? to|hopes? to|wants? to)\b(?:\W+\w+){0,2}\W*$")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_CODE = re.compile(r"\[([0-9]{2,4})(?::[0-9]*)?\]")


@dataclass(frozen=True)
class EventLexicon:
    """Word or phrase (lower case) -> (CAMEO code, Goldstein value)."""

    entries: dict[tuple[str, ...], tuple[str, float]]
    longest: int

    def __post_init__(self) -> None:
        lengths: dict[str, set[int]] = {}
        for key in self.entries:
            lengths.setdefault(key[0], set()).add(len(key))
        # first word -> phrase lengths, longest first: most words start no phrase and cost one lookup
        object.__setattr__(self, "_lengths", {w: sorted(n, reverse=True) for w, n in lengths.items()})

    def find(self, text: str) -> list[tuple[int, int, str, str, float]]:
        """Cues in ``text``: ``(start, end, words, code, value)``, longest phrase first at each word."""
        words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
        found, i = [], 0
        while i < len(words):
            for n in self._lengths.get(words[i][2], ()):
                if i + n > len(words):
                    continue
                key = tuple(w for _, _, w in words[i : i + n])
                if key in self.entries:
                    code, value = self.entries[key]
                    found.append((words[i][0], words[i + n - 1][1], " ".join(key), code, value))
                    i += n
                    break
            else:
                i += 1
        return found


def _goldstein() -> dict[str, float]:
    table = (resources.files("actorlens") / "data" / "cameo" / "CAMEO.goldsteinscale.txt").read_text(encoding="utf-8")
    values = {}
    for line in table.splitlines()[1:]:
        code, _, value = line.partition("\t")
        if code.strip():
            values[code.strip()] = float(value)
    return values


def _value(code: str, goldstein: dict[str, float]) -> float | None:
    while code and code not in goldstein:
        code = code[:-1]  # 0356 -> 035 -> 03
    return goldstein.get(code) if code else None


def _usually_not_a_verb() -> set[str]:
    """Words whose most likely part of speech is not a verb, from the tagging lexicon that ships
    with TextBlob (pattern's Brill lexicon; no download): "issues", "forces", "control", "fire"."""
    text = (resources.files("textblob") / "en" / "en-lexicon.txt").read_text(encoding="utf-8")
    out = set()
    for line in text.splitlines():
        word, _, tag = line.partition(" ")
        if tag and word.islower() and not tag.startswith(("VB", "MD")):
            out.add(word)  # lower-case entries only: "Met" (the Met Office) is a name, "met" a verb
    return out


def _inflections(verb: str) -> set[str]:
    """Regular forms of a verb; wrong extra forms ("stoped") are harmless, they match nothing."""
    forms = {verb}
    consonant_y = len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou"
    forms.add(verb[:-1] + "ies" if consonant_y else verb + ("es" if verb.endswith(("s", "x", "z", "ch", "sh")) else "s"))
    if verb.endswith("e"):
        forms |= {verb + "d", verb[:-1] + "ing"}
    elif consonant_y:
        forms |= {verb[:-1] + "ied", verb + "ing"}
    else:
        forms |= {verb + "ed", verb + "ing"}
        if len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
            forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}  # stop -> stopped
    return forms


@resource
def load_event_lexicon() -> EventLexicon:
    """Build the event lexicon from the CAMEO verb dictionary, the Goldstein table and
    :data:`RELATION_NOUNS`. Verbs whose code is unknown, or whose block has no code, are left out.

    >>> lexicon = load_event_lexicon()
    >>> lexicon.entries[("accused",)], lexicon.entries[("sanctions",)]
    (('112', -2.0), ('163', -8.0))
    """
    goldstein = _goldstein()
    not_verbs = _usually_not_a_verb()
    text = (resources.files("actorlens") / "data" / "cameo" / "CAMEO.2.0.txt").read_bytes().decode("utf-8", errors="replace")
    entries: dict[tuple[str, ...], tuple[str, float]] = {}
    in_verbs, block_code = False, None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs or not line.strip():
            continue
        if line.startswith("---"):
            found = _CODE.search(line)
            block_code = found.group(1) if found else None
            continue
        if line.startswith(("-", "+", "&", " ", "\t")):
            continue  # patterns and synonym sets: beyond this lexicon
        own = _CODE.search(line)
        code = own.group(1) if own else block_code
        if "[---]" in line or code is None:
            continue
        value = _value(code, goldstein)
        if value is None:
            continue
        head = line.split("[", 1)[0].split("{", 1)[0].strip()
        irregular = re.search(r"\{([^}]*)\}", line)
        words = head.lower().split("_")
        if words[-1] in DROPPED_VERBS:
            continue
        forms = set(irregular.group(1).lower().split()) | {words[-1]} if irregular else _inflections(words[-1])
        for form in forms:
            if len(words) == 1 and form in not_verbs:
                continue  # "issues", "forces": in news these are nouns, not the CAMEO verbs
            key = tuple(words[:-1]) + (form,)
            entries.setdefault(key, (code, value))
    for noun, code in RELATION_NOUNS.items():
        value = _value(code, goldstein)
        if value is not None:
            entries[tuple(noun.split())] = (code, value)
    return EventLexicon(entries, max(len(k) for k in entries))


def score_cooperation(
    text: str, lexicon: EventLexicon | None = None, *, skip: list[tuple[int, int]] | None = None
) -> tuple[float, str]:
    """The cooperation score of one sentence in [-1, 1] (Goldstein / 10) and its cues.

    >>> score_cooperation("The two sides did not agree on Manbij.")
    (-0.175, 'not agree (-1.75)')
    >>> score_cooperation("Turkey and Russia met on Monday.")
    (0.1, 'met (+1.00)')
    """
    lexicon = lexicon or load_event_lexicon()
    values, cues = [], []
    previous_end = 0
    for start, end, words, _, value in lexicon.find(text):
        if value == 0 or any(a < end and start < b for a, b in skip or ()):
            continue  # a neutral statement verb, or a word inside an actor's name ("United States")
        before = text[previous_end:start]  # a negation reaches only the next cue
        previous_end = end
        if words in RELATION_NOUNS:
            negated = bool(re.search(r"\b(?:no|without)\s+$", before))  # "no deal"
        else:
            negated = bool(_NEGATION.search(before))
        if negated:
            value, words = -0.5 * value, f"not {words}"
        elif _MODALITY.search(before):
            value, words = 0.5 * value, f"maybe {words}"
        values.append(value)
        cues.append(f"{words} ({value:+.2f})")
    if not values:
        return 0.0, ""
    return round(sum(values) / len(values) / 10, 3), "; ".join(cues)
