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
        {"id": "b", "text": "They met in Tbilisi and Washington.", "mentions": [{"text": "Tbilisi", "actor": "GEO"}]},
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
