"""The target-dependent model: target-aware, deterministic, converged to its optimum on any CPU."""

import numpy as np
import pandas as pd
import pytest
from actorlens import actor_sentiment, tag_actors
from actorlens.datasets import read_newsmtsc
from actorlens.sentiment import train_target_model


@pytest.mark.parametrize(
    ("sentence", "liked", "disliked"),
    [
        ("Turkey praised Russia but condemned the United States for its sanctions.", "Russia", "United States"),
        ("Ankara accused Washington of betraying its ally, while thanking Moscow for its support.", "Moscow", "Washington"),
    ],
)
def test_model_is_target_dependent(model, sentence, liked, disliked):
    sentences = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "text": [sentence]})
    table = actor_sentiment(sentences, tag_actors(sentences), "model", model=model).set_index("actor")
    codes = {"Russia": "RUS", "United States": "USA", "Moscow": "RUS", "Washington": "USA"}
    assert table.loc[codes[liked], "polarity"] > table.loc[codes[disliked], "polarity"]


def test_training_is_deterministic():
    data = read_newsmtsc("train").iloc[::6]
    probe = list(read_newsmtsc("dev-rw").head(40)[["sentence", "start", "end"]].itertuples(index=False, name=None))
    first = train_target_model(data=data).predict_proba(probe)
    second = train_target_model(data=data).predict_proba(probe)
    assert np.array_equal(first, second)


@pytest.mark.filterwarnings("ignore:.*[Ll]ine [Ss]earch")  # the reference fit goes to machine precision
def test_training_converges_to_the_optimum_not_to_where_a_solver_stopped():
    """The fitted probabilities must not depend on the CPU's floating-point kernels: a solver stopped
    at a loose tolerance lands somewhere that depends on them (lbfgs's default moved probabilities by
    0.01 between kernels). Fitted as the library fits, the model must agree with a fit converged much
    further, to well below the four decimals that tables show."""
    from actorlens import sentiment
    from sklearn.linear_model import LogisticRegression

    data = read_newsmtsc("train").iloc[::8]
    probe = list(read_newsmtsc("dev-rw")[["sentence", "start", "end"]].itertuples(index=False, name=None))
    fitted = train_target_model(data=data)
    assert fitted.pipeline[-1].n_iter_.max() < fitted.pipeline[-1].max_iter  # stopped by the tolerance
    tighter = train_target_model(data=data).pipeline
    tighter.set_params(logisticregression=LogisticRegression(C=fitted.C, solver="newton-cg", tol=1e-15, max_iter=1000,
                                                             class_weight="balanced"))
    targets = list(data[["sentence", "start", "end"]].itertuples(index=False, name=None))
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        tighter.fit(targets, data["label"].tolist())
    gap = np.abs(fitted.pipeline.predict_proba(probe) - tighter.predict_proba(probe)).max()
    assert gap < 1e-9, f"fitted probabilities are {gap:.1e} from the optimum (tolerance {sentiment.TOLERANCE})"


def test_no_label_on_the_evaluation_sets_rests_on_a_near_tie(model):
    """A label decided by a difference of 1e-6 between two probabilities could flip on another CPU.
    On every set the notebooks and tests report, the two most likely labels are further apart."""
    sets = [read_newsmtsc(split) for split in ("dev-rw", "dev-mt")]
    for data in sets:
        proba = np.sort(model.predict_proba(list(data[["sentence", "start", "end"]].itertuples(index=False, name=None))), axis=1)
        assert (proba[:, -1] - proba[:, -2]).min() > 1e-6
