"""actorlens: how news coverage portrays international actors and the relationships between them.

The library behind the project's notebooks. Importing it does no work: it reads nothing and
downloads nothing. The stages are pure functions of tables (see ``ARCHITECTURE.md``):

>>> import actorlens as al
>>> corpus = al.load_corpus()                 # the bundled seeds, cleaned and dated
>>> sentences = al.split_sentences(corpus)
>>> mentions = al.tag_actors(sentences)
"""

from .actors import (
    ActorTagger,
    at_level,
    load_actors,
    load_contexts,
    load_petrarch_actors,
    mention_rates,
    tag_actors,
    unknown_names,
)
from .cooccurrence import cooccurrence, cooccurrence_by_document
from .corpus import MAX_REMOVED_SHARE, METADATA_COLUMNS, build_corpus, heavily_cleaned, load_corpus
from .datasets import actors_file, contexts_file, read_labels, registry_file, seeds_dir
from .driver import (
    Analysis,
    Cache,
    Settings,
    analyse,
    cache_from_environment,
    corpus_dir,
    display_path,
    figures_dir,
    project_root,
    save_fig,
    write_report,
)
from .errors import CorpusError, CorpusWarning
from .periods import choose_period
from .relations import dyad_sentences, dyad_trends, narrate
from .sentiment import actor_sentiment, sentence_sentiment, train_target_model
from .text import (
    REASONS,
    CleanText,
    LineRecord,
    clean_page,
    clean_text,
    cleaning_audit,
    fold_quotes,
    normalize_line,
    split_sentences,
)

__all__ = [
    "MAX_REMOVED_SHARE",
    "METADATA_COLUMNS",
    "REASONS",
    "ActorTagger",
    "Analysis",
    "Cache",
    "CleanText",
    "CorpusError",
    "CorpusWarning",
    "LineRecord",
    "Settings",
    "actor_sentiment",
    "actors_file",
    "analyse",
    "at_level",
    "build_corpus",
    "cache_from_environment",
    "choose_period",
    "clean_page",
    "clean_text",
    "contexts_file",
    "cleaning_audit",
    "cooccurrence",
    "cooccurrence_by_document",
    "corpus_dir",
    "display_path",
    "dyad_sentences",
    "dyad_trends",
    "figures_dir",
    "fold_quotes",
    "heavily_cleaned",
    "load_actors",
    "load_contexts",
    "load_corpus",
    "load_petrarch_actors",
    "mention_rates",
    "narrate",
    "normalize_line",
    "project_root",
    "read_labels",
    "registry_file",
    "save_fig",
    "seeds_dir",
    "sentence_sentiment",
    "split_sentences",
    "tag_actors",
    "train_target_model",
    "unknown_names",
    "write_report",
]
__version__ = "0.4.0"
