"""The data inside the package: the bundled seeds, the default registry and the labelled sets."""

import filecmp

import pytest
from actorlens.datasets import (
    DATA_DIR,
    actors_file,
    label_file,
    read_labels,
    read_newsmtsc,
    registry_file,
    seeds_dir,
)


def test_the_bundled_seeds_are_the_repos_seeds(root):
    """seeds/ is the copy users read; the package carries the same files so an installed wheel has them."""
    repo = sorted(p.name for p in (root / "seeds").iterdir() if p.is_file())
    bundled = sorted(p.name for p in seeds_dir().iterdir() if p.is_file())
    assert repo == bundled
    match, mismatch, errors = filecmp.cmpfiles(root / "seeds", seeds_dir(), repo, shallow=False)
    assert mismatch == [] and errors == []


def test_newsmtsc_copy_is_complete():
    assert [len(read_newsmtsc(s)) for s in ("train", "dev-rw", "dev-mt")] == [8739, 343, 442]
    with pytest.raises(ValueError, match="split must be"):
        read_newsmtsc("test")


@pytest.mark.parametrize(("name", "rows"), [("seed_mentions", 99), ("written_mentions", 70),
                                            ("seed_actor_sentiment", 212), ("seed_relations", 203)])
def test_labelled_sets_are_bundled(name, rows):
    assert len(read_labels(name)) == rows
    assert (label_file(name).parent / "README.md").is_file()  # how the labels were made travels with them
    with pytest.raises(ValueError, match="no labelled set"):
        label_file("gold")


def test_every_data_folder_says_where_it_came_from():
    for folder in (p for p in DATA_DIR.iterdir() if p.is_dir()):
        documented = {p.name for p in folder.rglob("*") if p.name in ("README.md", "PROVENANCE.md", "LICENSE")}
        assert documented, f"{folder.name} has no README, PROVENANCE or LICENSE"


def test_a_corpus_registry_replaces_the_default(tmp_path):
    assert actors_file(tmp_path) == registry_file()
    (tmp_path / "actors.csv").write_text("code,label,kind,aliases\nGRC,Greece,state,Greece\n", encoding="utf-8")
    assert actors_file(tmp_path) == tmp_path / "actors.csv"
