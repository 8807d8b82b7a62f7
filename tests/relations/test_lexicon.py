"""The event lexicon: CAMEO codes and Goldstein values, negation, modality, actor names."""

import pytest
from actorlens.relations import DROPPED_VERBS, load_event_lexicon, score_cooperation


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


def test_negation_reaches_only_the_next_cue():
    assert score_cooperation("Ankara refused to cooperate and threatened sanctions.")[1] == (
        "not cooperate (-1.75); threatened (-4.40); sanctions (-8.00)")
    assert score_cooperation("There was no deal.") == (-0.4, "not deal (-4.00)")
    assert score_cooperation("Russia did not agree to the offensive.")[1] == "not agree (-1.75); offensive (-10.00)"
