"""The per-document loop: pages in corpus order, and chunks that hold exactly what the public
stages give."""

import actorlens as al
import pandas as pd
from actorlens.driver.chunks import plan, run_chunks
from actorlens.driver.settings import Settings


def test_plan_reads_pages_once_in_corpus_order():
    work = plan(Settings(corpus=al.seeds_dir(), method="textblob"))
    assert work.pages["doc_id"].tolist() == al.load_corpus()["doc_id"].tolist()  # by date, not by file name
    assert work.registry["code"].tolist() == al.load_actors()["code"].tolist()
    assert work.contexts is None  # the default rules
    assert "read" in work.seconds


def test_each_chunk_holds_what_the_stages_give(corpus):
    settings = Settings(corpus=al.seeds_dir(), method="vader", chunk_size=2)
    chunks = list(run_chunks(plan(settings), settings))
    assert [len(c.corpus) for c in chunks] == [2, 2, 1]
    joined = pd.concat([c.corpus for c in chunks], ignore_index=True)
    pd.testing.assert_frame_equal(joined, corpus.drop(columns="raw_text"))
    sentences = al.split_sentences(corpus)
    pd.testing.assert_frame_equal(pd.concat([c.sentences for c in chunks], ignore_index=True), sentences)
    mentions = pd.concat([c.mentions for c in chunks], ignore_index=True)
    pd.testing.assert_frame_equal(mentions, al.at_level(al.tag_actors(sentences, documents=corpus), "top"))
    names = al.unknown_names(sentences)
    pd.testing.assert_frame_equal(al.actors.merge_candidates(c.candidates for c in chunks), names)
    assert all(set(c.seconds) == {"clean", "split", "tag", "sentiment", "relations"} for c in chunks)


def test_a_given_model_is_not_trained_again(monkeypatch):
    from actorlens.driver import chunks as module

    monkeypatch.setattr(module, "train_target_model", lambda: (_ for _ in ()).throw(AssertionError("trained")))

    class Constant:
        def predict_proba(self, targets):
            import numpy as np

            return np.tile([0.2, 0.5, 0.3], (len(targets), 1))

    settings = Settings(corpus=al.seeds_dir(), method="model")
    work = plan(settings)
    results = list(run_chunks(work, settings, model=Constant()))
    sentiment = pd.concat([r.sentiment for r in results])
    assert set(sentiment["label"]) == {"neutral"} and "train" not in work.seconds
