"""Relations between actors: an event lexicon (CAMEO, Goldstein), the pairs of actors in each
sentence with their cooperation score and tone, each relationship over time, and narratives that
tell it with quoted evidence."""

from ..labels import RELATION_LABELS, relation_label
from .dyads import DYAD_COLUMNS, dyad_sentences
from .lexicon import (
           DROPPED_VERBS,
           RELATION_NOUNS,
           EventLexicon,
           load_event_lexicon,
           score_cooperation,
)
from .narratives import narrate
from .trends import dyad_trends

__all__ = ["DROPPED_VERBS", "DYAD_COLUMNS", "RELATION_LABELS", "RELATION_NOUNS", "EventLexicon", "dyad_sentences",
           "dyad_trends", "load_event_lexicon", "narrate", "relation_label", "score_cooperation"]
