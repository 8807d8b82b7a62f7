"""Narratives quote their evidence and say when it is thin."""

from actorlens.relations import dyad_trends, narrate


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
