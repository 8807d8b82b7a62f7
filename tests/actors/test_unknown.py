"""Names the registry does not know: what a researcher would add to actors.csv."""

import pandas as pd
import pytest
from actorlens import ActorTagger, load_actors, unknown_names
from actorlens.actors import UNKNOWN_COLUMNS, merge_candidates, name_candidates


@pytest.fixture(scope="module")
def tagger():
    return ActorTagger(load_actors())


def table(*texts, doc_ids=None):
    doc_ids = doc_ids or [f"d{i}" for i in range(len(texts))]
    return pd.DataFrame({"doc_id": doc_ids, "sent_id": range(len(texts)), "text": list(texts)})


def names(found):
    return dict(zip(found["name"], found["kind"]))


SENTENCES = table(
    "Fighters of the Zorgan Liberation Front shelled the town, the Zorgan government said.",
    "The Zorgan government accused the Zorgan Liberation Front of breaking the truce.",
    "Turkish diplomats met Zorgani officials; President Abu Zaydan was not there.",
    "However, the Zorgani delegation and President Abu Zaydan stayed in Kelvara on Monday.",
    "Talks resumed in Kelvara.",
)


def test_unknown_names_with_kind_count_and_example(tagger):
    found = unknown_names(SENTENCES, tagger)
    assert found.columns.tolist() == UNKNOWN_COLUMNS
    assert names(found) == {"Zorgan Liberation Front": "name", "Zorgan government": "institution",
                            "Abu Zaydan": "titled", "Zorgani": "demonym", "Kelvara": "name"}
    front = found.set_index("name").loc["Zorgan Liberation Front"]
    assert (front["count"], front["documents"], front["doc_id"], front["sent_id"]) == (2, 2, "d0", 0)
    assert front["example"] == SENTENCES["text"][0]
    assert found["count"].is_monotonic_decreasing


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Turkey and the Kremlin talked. Turkey and the Kremlin talked.", {"Turkey", "Kremlin"}),  # known
        ("Paris Agreement talks. Paris Agreement talks.", {"Paris Agreement", "Paris", "Agreement"}),  # known, ignored
        ("On Monday and Tuesday in March. On Monday and Tuesday in March.", {"Monday", "Tuesday", "March", "On"}),
        ("However, it rained. However, it rained.", {"However"}),  # only ever opening a sentence
        ("Iran-backed militias. Iran-backed militias.", {"-backed", "backed"}),
    ],
)
def test_what_is_never_listed(tagger, text, absent):
    found = unknown_names(table(*text.split(". ")), tagger, min_count=1)
    assert not absent & set(found["name"])


def test_known_words_are_cut_out_of_a_longer_name(tagger):
    found = unknown_names(table("The Syrian Salvation Cabinet met.", "The Syrian Salvation Cabinet met."), tagger)
    assert "Salvation Cabinet" in set(found["name"])


def test_min_count_and_empty_input(tagger):
    assert "Kelvara" in set(unknown_names(SENTENCES, tagger, min_count=2)["name"])
    assert "Kelvara" not in set(unknown_names(SENTENCES, tagger, min_count=3)["name"])
    empty = unknown_names(SENTENCES.iloc[0:0], tagger)
    assert empty.empty and empty.columns.tolist() == UNKNOWN_COLUMNS
    with pytest.raises(ValueError, match="min_count must be at least 1"):
        unknown_names(SENTENCES, tagger, min_count=0)


def test_chunks_add_up_to_the_whole(tagger):
    whole = unknown_names(SENTENCES, tagger)
    parts = merge_candidates([name_candidates(SENTENCES.iloc[:2], tagger), name_candidates(SENTENCES.iloc[2:], tagger)])
    pd.testing.assert_frame_equal(parts, whole)
