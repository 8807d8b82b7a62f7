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
    mentions = al.tag_actors(sentences)
    pd.testing.assert_frame_equal(result.sentences, sentences)
    pd.testing.assert_frame_equal(result.mentions, mentions)
    pd.testing.assert_frame_equal(result.actor_sentiment, al.actor_sentiment(sentences, mentions, "vader"))
    pd.testing.assert_frame_equal(result.dyad_sentences, al.dyad_sentences(sentences, mentions))
    pd.testing.assert_frame_equal(result.corpus, corpus.drop(columns="raw_text"))  # the raw pages are not kept
