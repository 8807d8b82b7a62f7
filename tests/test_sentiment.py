"""Sentence and actor sentiment: the lexicon baselines, the trained model, and its validation."""

import numpy as np
import pandas as pd
import pytest

from actorlens import actor_sentiment, sentence_sentiment, split_sentences, tag_actors
from actorlens.evaluation import evaluate_newsmtsc
from actorlens.sentiment import LABELS, read_newsmtsc, textblob_score, train_target_model
from conftest import PAGES_DIR

PAGES_PARENT = PAGES_DIR.parent


@pytest.fixture(scope="module")
def model():
    return train_target_model()


@pytest.fixture(scope="module")
def seed_tables(corpus):
    sentences = split_sentences(corpus)
    return sentences, tag_actors(sentences)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ankara was none too pleased.",
        "More than 1,000 civilians have been killed while hundreds of thousands of others have been displaced.",
        "Erdogan insisted that the proposed safe zone be under Turkey\u2019s control.",
    ],
)
def test_textblob_misreads_conflict_news(sentence):
    """The baseline's known weakness, which the notebook explains with these very sentences."""
    assert textblob_score(sentence) > 0.1


def test_sentence_sentiment_explains_each_score(seed_tables):
    sentences, _ = seed_tables
    table = sentence_sentiment(sentences)
    assert table[["doc_id", "sent_id"]].equals(sentences[["doc_id", "sent_id"]])
    assert table["polarity"].between(-1, 1).all() and table["subjectivity"].between(0, 1).all()
    scored = table[table["polarity"] != 0]
    assert (scored["assessments"] != "").all()  # every non-zero score comes with the words behind it
    assert "pleased (+0.50)" in table["assessments"].tolist()


@pytest.mark.parametrize("method", ["textblob", "vader", "model"])
def test_actor_sentiment_one_row_per_sentence_and_actor(seed_tables, model, method):
    sentences, mentions = seed_tables
    table = actor_sentiment(sentences, mentions, method, model=model)
    expected = mentions[["doc_id", "sent_id", "actor"]].drop_duplicates()
    assert len(table) == len(expected)
    assert table["polarity"].between(-1, 1).all()
    assert set(table["label"]) <= set(LABELS) and (table["method"] == method).all()
    assert table["n_mentions"].sum() == len(mentions)


def test_lexicon_methods_give_every_actor_the_sentence_score(seed_tables):
    sentences, mentions = seed_tables
    table = actor_sentiment(sentences, mentions, "textblob")
    assert (table.groupby(["doc_id", "sent_id"])["polarity"].nunique() == 1).all()


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


def test_model_beats_the_lexicons_on_newsmtsc_dev(model):
    scores = evaluate_newsmtsc(model=model).set_index(["split", "method"])["macro_f1"]
    assert scores[("dev-rw", "model")] >= 0.65
    for split in ("dev-rw", "dev-mt"):
        assert scores[(split, "model")] > scores[(split, "vader")] + 0.1 > scores[(split, "textblob")] + 0.1


def test_training_is_deterministic():
    data = read_newsmtsc("train").iloc[::6]
    probe = list(read_newsmtsc("dev-rw").head(40)[["sentence", "start", "end"]].itertuples(index=False, name=None))
    first = train_target_model(data=data).predict_proba(probe)
    second = train_target_model(data=data).predict_proba(probe)
    assert np.array_equal(first, second)


def test_newsmtsc_copy_is_complete():
    assert [len(read_newsmtsc(s)) for s in ("train", "dev-rw", "dev-mt")] == [8739, 343, 442]
    with pytest.raises(ValueError, match="split must be"):
        read_newsmtsc("test")


def test_bad_method_and_no_mentions(seed_tables):
    sentences, mentions = seed_tables
    with pytest.raises(ValueError, match="method must be one of"):
        actor_sentiment(sentences, mentions, "bert")
    assert actor_sentiment(sentences, mentions.iloc[0:0], "textblob").empty


def test_seed_sentiment_labels_cover_every_tagged_pair(seed_tables):
    sentences, mentions = seed_tables
    gold = pd.read_json(PAGES_PARENT / "sentiment" / "seed_actor_sentiment.jsonl", lines=True)
    pairs = mentions[["doc_id", "sent_id", "actor"]].drop_duplicates()
    assert len(gold) == len(pairs)
    assert gold.merge(pairs, on=["doc_id", "sent_id", "actor"]).shape[0] == len(pairs)
    assert set(gold["label"]) == set(LABELS) == set(gold["sentence_label"])
    assert (gold.groupby(["doc_id", "sent_id"])["sentence_label"].nunique() == 1).all()


def test_model_is_not_worse_than_textblob_on_the_seed_labels(seed_tables, model):
    from actorlens.evaluation import label_scores

    sentences, mentions = seed_tables
    gold = pd.read_json(PAGES_PARENT / "sentiment" / "seed_actor_sentiment.jsonl", lines=True)
    scores = {}
    for method in ("textblob", "model"):
        joined = gold.merge(actor_sentiment(sentences, mentions, method, model=model), on=["doc_id", "sent_id", "actor"])
        scores[method] = label_scores(joined["label_x"], joined["label_y"])["macro_f1"]
    assert scores["model"] >= scores["textblob"]


@pytest.mark.filterwarnings("ignore:.*[Ll]ine [Ss]earch")  # the reference fit goes to machine precision
def test_training_converges_to_the_optimum_not_to_where_a_solver_stopped():
    """The fitted probabilities must not depend on the CPU's floating-point kernels: a solver stopped
    at a loose tolerance lands somewhere that depends on them (lbfgs's default moved probabilities by
    0.01 between kernels). Fitted as the library fits, the model must agree with a fit converged much
    further, to well below the four decimals that tables show."""
    from sklearn.linear_model import LogisticRegression

    from actorlens import sentiment

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
