"""Pairs of actors per sentence, scored for cooperation and tone, against the labelled relations."""

import pandas as pd
from actorlens.datasets import read_labels
from actorlens.relations import dyad_sentences


def test_dyad_sentences_one_row_per_pair(dyads):
    assert (dyads["actor_a"] < dyads["actor_b"]).all()
    assert not dyads.duplicated(["doc_id", "sent_id", "actor_a", "actor_b"]).any()
    assert dyads["cooperation"].between(-1, 1).all() and dyads["tone"].between(-1, 1).all()
    assert (dyads.loc[dyads["cooperation"] != 0, "cue"] != "").all()


def test_single_actor_sentences_give_no_dyads():
    s = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "text": ["Turkey agreed."]})
    m = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "actor": ["TUR"], "start": [0], "end": [6]})
    assert dyad_sentences(s, m).empty


def test_cooperation_agrees_with_people_better_than_tone(dyads):
    from actorlens.evaluation import label_scores
    from actorlens.labels import RELATION_LABELS, relation_label
    gold = read_labels("seed_relations")
    joined = gold.merge(dyads, on=["doc_id", "sent_id", "actor_a", "actor_b"], how="left")
    assert len(joined) == len(gold) == len(dyads) and joined["cooperation"].notna().all()  # every pair labelled
    scores = {m: label_scores(joined["label"], joined[m].map(relation_label), labels=RELATION_LABELS)["macro_f1"]
              for m in ("tone", "cooperation")}
    assert scores["cooperation"] >= scores["tone"] + 0.05
