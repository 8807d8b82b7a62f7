"""What the driver reads from the environment, and only the driver."""

from pathlib import Path

from actorlens.datasets import registry_file, seeds_dir
from actorlens.driver.environment import (
    cache_dir,
    corpus_dir,
    display_path,
    figures_dir,
    project_root,
)


def test_corpus_dir_from_argument_environment_or_bundled_seeds(monkeypatch, tmp_path):
    monkeypatch.delenv("ACTORLENS_CORPUS", raising=False)
    assert corpus_dir() == seeds_dir() and corpus_dir(None) == seeds_dir()
    monkeypatch.setenv("ACTORLENS_CORPUS", str(tmp_path))
    assert corpus_dir() == tmp_path
    assert corpus_dir("elsewhere") == Path("elsewhere")  # an argument wins


def test_figures_and_cache_folders(monkeypatch, tmp_path, root):
    monkeypatch.setenv("ACTORLENS_FIGURES_DIR", str(tmp_path / "figs"))
    assert figures_dir() == (tmp_path / "figs").resolve()
    monkeypatch.delenv("ACTORLENS_FIGURES_DIR")
    assert figures_dir() == root / "figures"
    monkeypatch.delenv("ACTORLENS_CACHE_DIR", raising=False)
    assert cache_dir() is None


def test_paths_are_shown_the_same_on_every_machine(root):
    assert project_root() == root
    assert display_path(root / "notebooks" / "01_corpus.ipynb") == "notebooks/01_corpus.ipynb"
    assert display_path(registry_file()) == "actorlens:data/actors.csv"
    assert display_path("/somewhere/else") == "/somewhere/else"
