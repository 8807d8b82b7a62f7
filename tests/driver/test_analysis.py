"""analyse: the tables of the step-by-step functions, whatever the number of jobs."""

from __future__ import annotations

import actorlens as al
import pandas as pd
import pytest


@pytest.mark.parametrize("method", ["textblob", "model"])
def test_two_jobs_give_the_same_tables_as_one(method):
    one = al.analyse(al.seeds_dir(), method=method, n_jobs=1, chunk_size=2)
    two = al.analyse(al.seeds_dir(), method=method, n_jobs=2, chunk_size=2)
    for name, table in one.tables().items():
        pd.testing.assert_frame_equal(table, two.tables()[name], obj=name)


def test_pipeline_gives_the_tables_of_the_step_by_step_functions():
    result = al.analyse(al.seeds_dir(), method="vader", chunk_size=2)
    corpus = al.load_corpus()
    sentences = al.split_sentences(corpus)
    mentions = al.at_level(al.tag_actors(sentences, documents=corpus), "top")
    pd.testing.assert_frame_equal(result.sentences, sentences)
    pd.testing.assert_frame_equal(result.mentions, mentions)
    pd.testing.assert_frame_equal(result.actor_sentiment, al.actor_sentiment(sentences, mentions, "vader"))
    pd.testing.assert_frame_equal(result.dyad_sentences, al.dyad_sentences(sentences, mentions))
    pd.testing.assert_frame_equal(result.corpus, corpus.drop(columns="raw_text"))  # the raw pages are not kept
    pd.testing.assert_frame_equal(result.unknown_names, al.unknown_names(sentences))


def test_the_level_option_chooses_the_actors_of_every_table():
    top = al.analyse(al.seeds_dir(), method="textblob")
    specific = al.analyse(al.seeds_dir(), method="textblob", level="specific")
    assert (top.mentions["actor"] == top.mentions["top"]).all()
    assert (specific.mentions["actor"] == specific.mentions["specific"]).all()
    assert {"TURGOV", "YPG"} <= set(specific.mentions["actor"]) and not {"TURGOV", "YPG"} & set(top.mentions["actor"])
    pairs = set(zip(specific.cooccurrence["actor_a"], specific.cooccurrence["actor_b"]))
    assert ("TUR", "TURGOV") not in pairs  # a state and its own government are not a pair
    in_pairs = set(specific.dyad_sentences["actor_a"]) | set(specific.dyad_sentences["actor_b"])
    assert "TURGOV" in in_pairs and not in_pairs & set(top.dyad_sentences["actor_a"]) - set(specific.mentions["actor"])
