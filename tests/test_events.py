"""The event lexicon, dyad scores, trends and narratives."""

import pandas as pd
import pytest

from actorlens.events import DROPPED_VERBS, dyad_sentences, dyad_trends, load_event_lexicon, narrate, score_cooperation


@pytest.mark.parametrize(
    ("word", "code", "value"),
    [("accuse", "112", -2.0), ("accused", "112", -2.0), ("accuses", "112", -2.0), ("agreed", "050", 3.5),
     ("attacked", "190", -10.0), ("met", "040", 1.0), ("sanctions", "163", -8.0), ("alliance", "06", 6.0)],
)
def test_lexicon_maps_forms_to_cameo_and_goldstein(word, code, value):
    assert load_event_lexicon().entries[(word,)] == (code, value)


def test_lexicon_leaves_out_nouns_and_context_dependent_verbs():
    entries = load_event_lexicon().entries
    for word in ("issues", "forces", "control", "fire"):  # usually nouns in news
        assert (word,) not in entries
    for verb in DROPPED_VERBS:
        assert (verb,) not in entries


@pytest.mark.parametrize(
    ("text", "score", "cue"),
    [
        ("Turkey and Russia agreed on a plan.", 0.35, "agreed (+3.50)"),
        ("The two sides did not agree on Manbij.", -0.175, "not agree (-1.75)"),
        ("Turkey refused to cooperate.", -0.175, "not cooperate (-1.75)"),
        ("Turkey could cooperate with Russia.", 0.175, "maybe cooperate (+1.75)"),
        ("From 3 May to 6 May rocket fire struck the city.", -1.0, "struck (-10.00)"),  # the month is no modal
        ("Turkey accused Russia and imposed sanctions.", -0.567, "accused (-2.00); imposed (-7.00); sanctions (-8.00)"),
        ("The ministers said nothing.", 0.0, ""),
    ],
)
def test_score_cooperation(text, score, cue):
    assert score_cooperation(text) == (score, cue)


def test_words_inside_actor_names_are_not_events():
    text = "The United States met Turkey."
    assert score_cooperation(text, skip=[(4, 17)]) == (0.1, "met (+1.00)")


@pytest.fixture(scope="module")
def dyads(corpus):
    from actorlens import split_sentences, tag_actors

    sentences = split_sentences(corpus)
    return dyad_sentences(sentences, tag_actors(sentences))


def test_dyad_sentences_one_row_per_pair(dyads):
    assert (dyads["actor_a"] < dyads["actor_b"]).all()
    assert not dyads.duplicated(["doc_id", "sent_id", "actor_a", "actor_b"]).any()
    assert dyads["cooperation"].between(-1, 1).all() and dyads["tone"].between(-1, 1).all()
    assert (dyads.loc[dyads["cooperation"] != 0, "cue"] != "").all()


def test_single_actor_sentences_give_no_dyads():
    s = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "text": ["Turkey agreed."]})
    m = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "actor": ["TUR"], "start": [0], "end": [6]})
    assert dyad_sentences(s, m).empty


def test_trends_are_per_pair_and_document_in_date_order(dyads, corpus):
    trends = dyad_trends(dyads, corpus)
    assert trends["n_sentences"].sum() == len(dyads)
    for _, part in trends.groupby(["actor_a", "actor_b"]):
        assert part["date"].is_monotonic_increasing
    single = trends[trends["n_sentences"] == 1]
    assert (single["cooperation_sd"] == 0).all()


def test_narrative_quotes_evidence_and_says_when_it_is_thin(dyads, corpus):
    trends = dyad_trends(dyads, corpus)
    text = narrate(trends, dyads, ("TUR", "RUS"), labels={"TUR": "Turkey", "RUS": "Russia"})
    assert text.startswith("### Russia–Turkey")
    assert "thin evidence: a single sentence" in text  # 000 has one TUR-RUS sentence
    assert "31 January 2018" in text and "August 2024" in text and "2020 (year only)" in text
    assert text.count("\n> \"") >= 5  # at least one quoted sentence per period
    assert "not a measured trend" in text
    assert narrate(trends, dyads, ("RUS", "TUR")) == narrate(trends, dyads, ("TUR", "RUS"))  # order does not matter


def test_narrative_for_a_pair_never_mentioned_together(dyads, corpus):
    trends = dyad_trends(dyads, corpus)
    assert "No sentence in the corpus mentions both" in narrate(trends, dyads, ("HAMAS", "HTS"))


def test_negation_reaches_only_the_next_cue():
    assert score_cooperation("Ankara refused to cooperate and threatened sanctions.")[1] == (
        "not cooperate (-1.75); threatened (-4.40); sanctions (-8.00)")
    assert score_cooperation("There was no deal.") == (-0.4, "not deal (-4.00)")
    assert score_cooperation("Russia did not agree to the offensive.")[1] == "not agree (-1.75); offensive (-10.00)"


def test_cooperation_agrees_with_people_better_than_tone(dyads):
    from actorlens.evaluation import label_scores
    from actorlens.events import RELATION_LABELS, relation_label
    from conftest import PAGES_DIR

    gold = pd.read_json(PAGES_DIR.parent / "relations" / "seed_relations.jsonl", lines=True)
    joined = gold.merge(dyads, on=["doc_id", "sent_id", "actor_a", "actor_b"], how="left")
    assert len(joined) == len(gold) == len(dyads) and joined["cooperation"].notna().all()  # every pair labelled
    scores = {m: label_scores(joined["label"], joined[m].map(relation_label), labels=RELATION_LABELS)["macro_f1"]
              for m in ("tone", "cooperation")}
    assert scores["cooperation"] >= scores["tone"] + 0.05
