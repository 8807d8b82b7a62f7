"""The tagger against hand-annotated mentions."""

import json

import pytest
from actorlens import ActorTagger, load_actors
from actorlens.datasets import label_file
from actorlens.evaluation import read_mention_gold, score_mentions


@pytest.fixture(scope="module")
def gold():
    return read_mention_gold(label_file("seed_mentions"), label_file("written_mentions"))


def test_gold_set_is_complete(gold, corpus):
    from actorlens import split_sentences

    seed = gold[gold["source"] == "seed_mentions"]
    sentences = split_sentences(corpus)
    assert sorted(seed["text"]) == sorted(sentences["text"])  # every seed sentence is annotated
    assert (gold["source"] == "written_mentions").sum() >= 60
    assert gold["gold"].map(len).sum() >= 400


@pytest.mark.parametrize(
    "source",
    ["seed_mentions", "written_mentions", None],
    # the registry was written with the seed sentences in view; the written ones are the fair test
    ids=["seed-sentences-seen-while-writing-the-registry", "written-sentences-unseen", "all"],
)
def test_precision_and_recall_at_least_095(gold, source):
    part = gold if source is None else gold[gold["source"] == source]
    scores = score_mentions(part, ActorTagger(load_actors()))
    assert scores.precision >= 0.95, scores.errors
    assert scores.recall >= 0.95, scores.errors


def test_scoring_counts_misses_and_wrong_mentions(tmp_path):
    path = tmp_path / "gold.jsonl"
    records = [
        {"id": "a", "text": "Ankara and Moscow talked.", "mentions": [{"text": "Ankara", "actor": "TUR"}, {"text": "Moscow", "actor": "RUS"}]},
        {"id": "b", "text": "They met in Zorgania and Washington.", "mentions": [{"text": "Zorgania", "actor": "ZOR"}]},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    scores = score_mentions(read_mention_gold(path), ActorTagger(load_actors()))
    assert (scores.tp, scores.fp, scores.fn) == (2, 1, 1)
    assert scores.precision == pytest.approx(2 / 3) and scores.recall == pytest.approx(2 / 3)
    assert sorted(scores.errors["kind"]) == ["missed", "wrong"]


@pytest.mark.parametrize(
    ("line", "message"),
    [("{not json", r"gold\.jsonl, line 1: not valid JSON"),
     ('{"id": "a", "text": "Ankara"}', r"gold\.jsonl, line 1: missing field 'mentions'"),
     ('{"id": "a", "text": "Ankara", "mentions": [{"text": "Moscow", "actor": "RUS"}]}', r"line 1: mention 'Moscow' not found")],
)
def test_bad_gold_file(tmp_path, line, message):
    from actorlens import CorpusError

    path = tmp_path / "gold.jsonl"
    path.write_text(line, encoding="utf-8")
    with pytest.raises(CorpusError, match=message):
        read_mention_gold(path)


# The world sets: development (the registry was improved while reading its errors) and held-out
# (written by annotators who never saw the registry; scored, never read for errors).
# Measured once for release 0.4.0 (lib/actorlens/data/labels/mentions/README.md): top 0.967 / 0.957,
# specific 0.860 / 0.852. The release target of 0.98 is NOT met; these floors guard against regressions.
WORLD_FLOOR = {"top": (0.96, 0.95), "specific": (0.85, 0.84)}


@pytest.fixture(scope="module")
def world():
    return {name: read_mention_gold(label_file(name))
            for name in ("world_dev_mentions", "world_dev2_mentions", "world_heldout_mentions")}


@pytest.fixture(scope="module")
def world_tagger():
    return ActorTagger(load_actors())


def test_world_sets_are_large_dated_and_from_every_region(world):
    held = world["world_heldout_mentions"]
    assert len(held) >= 300 and held["gold"].map(len).sum() >= 900
    assert held["item"].str[:2].value_counts().to_dict() == {"hC": 170, "hD": 170}  # two annotators, two halves of the world
    assert held["date"].isna().sum() >= 50 and held["date"].notna().sum() >= 200  # undated and dated sentences
    codes = {g[0] for gold in held["gold"] for g in gold}
    states = set(load_actors().query("kind == 'state'")["code"])
    assert len(codes & states) >= 150


@pytest.mark.parametrize("level", ["top", "specific"])
def test_held_out_precision_and_recall(world, world_tagger, level):
    scores = score_mentions(world["world_heldout_mentions"], world_tagger, level=level)
    precision, recall = WORLD_FLOOR[level]
    # the errors are not shown: the set measures, it is not for reading while changing the registry
    assert scores.precision >= precision, f"held-out precision {scores.precision:.3f} at the {level} level"
    assert scores.recall >= recall, f"held-out recall {scores.recall:.3f} at the {level} level"


@pytest.mark.parametrize("name", ["world_dev_mentions", "world_dev2_mentions"])
def test_development_sets_keep_their_scores(world, world_tagger, name):
    scores = score_mentions(world[name], world_tagger)
    assert scores.precision >= 0.98 and scores.recall >= 0.96, scores.errors
    places = scores.places
    accuracy = (places["gold"] == places["predicted"]).mean()
    assert accuracy >= 0.95 and accuracy > 1 - places["gold"].mean()  # better than calling nothing a place
