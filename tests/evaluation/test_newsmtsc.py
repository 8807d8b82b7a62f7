"""The sentiment methods on NewsMTSC's development splits."""

from actorlens.evaluation import evaluate_newsmtsc


def test_model_beats_the_lexicons_on_newsmtsc_dev(model):
    scores = evaluate_newsmtsc(model=model).set_index(["split", "method"])["macro_f1"]
    assert scores[("dev-rw", "model")] >= 0.65
    for split in ("dev-rw", "dev-mt"):
        assert scores[(split, "model")] > scores[(split, "vader")] + 0.1 > scores[(split, "textblob")] + 0.1
