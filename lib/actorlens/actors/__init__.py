"""Actors: the registry of who can be named (states, organisations, armed groups, their governments
and forces, office-holders in their time), the tagger that finds them in sentences, how often each is
talked about, and the names a corpus uses that the registry does not know yet."""

from .petrarch import load_petrarch_actors
from .rates import mention_rates
from .registry import ACTOR_COLUMNS, KINDS, load_actors
from .tagger import (CONTEXT_COLUMNS, LEVELS, MENTION_COLUMNS, ActorTagger, Mention, actor_pairs, at_level, corpus_contexts,
                     document_dates, load_contexts, mention_tops, tag_actors)
from .unknown import UNKNOWN_COLUMNS, merge_candidates, name_candidates, unknown_names

__all__ = ["ACTOR_COLUMNS", "CONTEXT_COLUMNS", "KINDS", "LEVELS", "MENTION_COLUMNS", "UNKNOWN_COLUMNS", "ActorTagger", "Mention",
           "actor_pairs", "at_level", "corpus_contexts", "document_dates", "load_actors", "load_contexts", "load_petrarch_actors", "mention_rates", "mention_tops",
           "merge_candidates", "name_candidates", "tag_actors", "unknown_names"]
