"""The data that ships inside the package, so that an installed actorlens works without the
project's checkout: the seed corpus, the default actor registry, the project's labelled sets and
the reference data the models and lexicons are built from. Each folder under ``data/`` carries its
provenance and licence.

=====================  ==========================================================================
``data/seeds/``        the five seed pages and their ``metadata.csv`` (a copy of the repo's ``seeds/``)
``data/actors.csv``    the default actor registry
``data/labels/``       hand labels made for the project: actor mentions, actor sentiment, relations,
                       and pages annotated line by line for the cleaner (``pages/dev``, ``pages/heldout``)
``data/newsmtsc/``     NewsMTSC (Hamborg & Donnay 2021, MIT): target-dependent sentiment
``data/cameo/``        PETRARCH2's CAMEO verb dictionary and GDELT's Goldstein table
=====================  ==========================================================================

>>> sorted(p.name for p in seeds_dir().glob("*.txt"))[0]
'000_f997b77ebb95322e.txt'
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

__all__ = ["DATA_DIR", "actors_file", "contexts_file", "label_file", "read_labels", "read_newsmtsc", "registry_file", "seeds_dir"]

DATA_DIR = Path(__file__).resolve().parent / "data"
"""The package's data folder."""

_POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
_LABEL_FILES = {
    "seed_mentions": "mentions/seed_mentions.jsonl",
    "written_mentions": "mentions/written_mentions.jsonl",
    "world_dev_mentions": "mentions/world_dev.jsonl",
    "world_dev2_mentions": "mentions/world_dev2.jsonl",
    "world_heldout_mentions": "mentions/world_heldout.jsonl",
    "seed_actor_sentiment": "sentiment/seed_actor_sentiment.jsonl",
    "seed_relations": "relations/seed_relations.jsonl",
}


def seeds_dir() -> Path:
    """The bundled seed corpus (the default corpus of :func:`~actorlens.load_corpus`)."""
    return DATA_DIR / "seeds"


def registry_file() -> Path:
    """The default actor registry, used for any corpus without an ``actors.csv`` of its own."""
    return DATA_DIR / "actors.csv"


def contexts_file(corpus: str | Path | None = None) -> Path:
    """The context rules for a corpus folder: its own ``contexts.csv`` if it has one, else the
    library's (``data/contexts.csv``), which go with the default registry."""
    if corpus is not None and str(corpus) != "":
        own = Path(corpus).expanduser() / "contexts.csv"
        if own.is_file():
            return own
    return DATA_DIR / "contexts.csv"


def actors_file(corpus: str | Path | None = None) -> Path:
    """The registry for a corpus folder: its own ``actors.csv`` if it has one, else the default.

    >>> actors_file() == registry_file()
    True
    """
    if corpus is not None and str(corpus) != "":
        own = Path(corpus).expanduser() / "actors.csv"
        if own.is_file():
            return own
    return registry_file()


def label_file(name: str) -> Path:
    """One of the project's labelled sets by name: ``seed_mentions``, ``written_mentions``,
    ``world_dev_mentions``, ``world_dev2_mentions``, ``world_heldout_mentions``, ``seed_actor_sentiment`` or ``seed_relations`` (each folder's README says how it was made)."""
    if name not in _LABEL_FILES:
        raise ValueError(f"no labelled set {name!r}: choose one of {', '.join(_LABEL_FILES)}")
    return DATA_DIR / "labels" / _LABEL_FILES[name]


def read_labels(name: str) -> pd.DataFrame:
    """A labelled set (see :func:`label_file`) as a table, one row per line of its file.

    >>> read_labels("seed_relations").columns.tolist()[:4]
    ['doc_id', 'sent_id', 'actor_a', 'actor_b']
    """
    return pd.read_json(label_file(name), lines=True)


def read_newsmtsc(split: str = "train") -> pd.DataFrame:
    """One NewsMTSC split (``train``, ``dev-rw`` or ``dev-mt``): one row per target with
    ``sentence, start, end, mention, label``."""
    if split not in ("train", "dev-rw", "dev-mt"):
        raise ValueError(f"split must be train, dev-rw or dev-mt, not {split!r}")
    rows = []
    for line in (DATA_DIR / "newsmtsc" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for target in record["targets"]:
            rows.append((record["sentence_normalized"], target["from"], target["to"], target["mention"],
                         _POLARITY[float(target["polarity"])]))
    return pd.DataFrame(rows, columns=["sentence", "start", "end", "mention", "label"])
