"""Actors: the registry of who can be named (states, organisations, armed groups), the tagger that
finds them in sentences, and how often each is talked about."""

from .petrarch import load_petrarch_actors
from .rates import mention_rates
from .registry import ACTOR_COLUMNS, KINDS, load_actors
from .tagger import MENTION_COLUMNS, ActorTagger, Mention, tag_actors

__all__ = ["ACTOR_COLUMNS", "KINDS", "MENTION_COLUMNS", "ActorTagger", "Mention", "load_actors", "load_petrarch_actors",
           "mention_rates", "tag_actors"]
