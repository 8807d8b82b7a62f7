"""PETRARCH / Phoenix dictionaries read into the registry's structure."""

import pytest
from actorlens import ActorTagger, CorpusError, load_actors, load_petrarch_actors


def found(tagger, text):
    return [(m.text, m.actor) for m in tagger.find(text)]


@pytest.fixture(scope="module")
def tagger():
    return ActorTagger(load_actors())


def test_petrarch_sample_gives_the_same_structure(root):
    registry = load_petrarch_actors(root / "tests/data/petrarch_sample.actors")
    assert registry.columns.tolist() == ["code", "label", "kind", "aliases", "parent", "active"]
    by_code = registry.set_index("code")
    assert {"Turkey", "Turkish", "Erdogan", "Recep Tayyip Erdoğan"} <= set(by_code.loc["TUR", "aliases"])
    assert {"Islamic State", "Daesh"} <= set(by_code.loc["IMGMUSISI", "aliases"])
    tagger = ActorTagger(registry)
    assert found(tagger, "Erdogan said Turkey would fight Daesh.") == [("Erdogan", "TUR"), ("Turkey", "TUR"), ("Daesh", "IMGMUSISI")]


def test_petrarch_codes_filter_and_missing_file(root, tmp_path):
    registry = load_petrarch_actors(root / "tests/data/petrarch_sample.actors", codes=["TUR"])
    assert registry["code"].tolist() == ["TUR"]
    with pytest.raises(CorpusError, match="PETRARCH dictionary not found"):
        load_petrarch_actors(tmp_path / "missing.actors")
