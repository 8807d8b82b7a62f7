"""actorlens: how news coverage portrays international actors and the relationships between them.

The library behind the project's notebooks. Importing it does no work: it reads nothing and
downloads nothing.

>>> import actorlens
>>> corpus = actorlens.load_corpus()          # the project's seeds/, cleaned and dated
>>> sentences = actorlens.split_sentences(corpus)
"""

from .actors import ActorTagger, load_actors, load_petrarch_actors, mention_rates, tag_actors
from .cleaning import REASONS, CleanText, LineRecord, clean_text
from .cooccurrence import cooccurrence, cooccurrence_by_document
from .corpus import METADATA_COLUMNS, cleaning_audit, load_corpus
from .events import dyad_sentences, dyad_trends, narrate
from .errors import CorpusError, CorpusWarning
from .figures import save_fig
from .normalize import fold_quotes, normalize_line
from .paths import actors_file, corpus_dir, display_path, figures_dir, project_root, seeds_dir
from .pipeline import Analysis, analyse, choose_period, write_report
from .sentences import split_sentences
from .sentiment import actor_sentiment, sentence_sentiment, train_target_model

__all__ = [
    "REASONS",
    "ActorTagger",
    "load_actors",
    "load_petrarch_actors",
    "mention_rates",
    "tag_actors",
    "METADATA_COLUMNS",
    "CleanText",
    "LineRecord",
    "CorpusError",
    "CorpusWarning",
    "clean_text",
    "cleaning_audit",
    "cooccurrence",
    "cooccurrence_by_document",
    "figures_dir",
    "actors_file",
    "corpus_dir",
    "display_path",
    "Analysis",
    "analyse",
    "choose_period",
    "write_report",
    "fold_quotes",
    "load_corpus",
    "normalize_line",
    "project_root",
    "save_fig",
    "seeds_dir",
    "split_sentences",
    "actor_sentiment",
    "sentence_sentiment",
    "train_target_model",
    "dyad_sentences",
    "dyad_trends",
    "narrate",
]
__version__ = "0.1.0"
