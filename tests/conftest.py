"""Shared fixtures. Tests never write into the project: figures made while testing (by nbval or
by the regeneration test) go to a temporary folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from actorlens.driver.environment import project_root

PAGES_DIR = Path(__file__).parent / "data" / "pages"

def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("ACTORLENS_FIGURES_DIR", tempfile.mkdtemp(prefix="actorlens-test-figures-"))


@pytest.fixture(scope="session")
def root() -> Path:
    """The project's checkout (the tests run from one)."""
    found = project_root()
    assert found is not None, "the tests run from the project's checkout"
    return found


@pytest.fixture(scope="session")
def corpus():
    from actorlens import load_corpus

    return load_corpus()


@pytest.fixture(scope="session")
def model():
    """The default target-dependent sentiment model (trained once per session)."""
    from actorlens import train_target_model

    return train_target_model()


@pytest.fixture(scope="session")
def seed_tables(corpus):
    """The seeds' sentences and mentions (dated by the corpus; actors at the top level, as the
    pipeline's default)."""
    from actorlens import at_level, split_sentences, tag_actors

    sentences = split_sentences(corpus)
    return sentences, at_level(tag_actors(sentences, documents=corpus), "top")


@pytest.fixture
def write_corpus(tmp_path: Path):
    """Write a corpus folder: ``write_corpus({"a.txt": "text" or b"bytes"}, metadata="csv text")``."""

    def write(files: dict[str, str | bytes], metadata: str | None = None) -> Path:
        folder = tmp_path / "corpus"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            target = folder / name
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8")
        if metadata is not None:
            (folder / "metadata.csv").write_text(metadata, encoding="utf-8")
        return folder

    return write
