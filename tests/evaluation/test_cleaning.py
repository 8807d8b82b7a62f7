"""Scoring the cleaner on annotated pages: the reader, the shares and their intervals, the
baseline, the paired test, and the project's development pages as a regression guard."""

import math

import pytest
from actorlens.datasets import DATA_DIR
from actorlens.evaluation.cleaning import annotated_lines, cleaning_scores, mcnemar, read_annotated, score_pages, wilson

DEV_PAGES = sorted((DATA_DIR / "labels" / "pages" / "dev").glob("*.txt"))
HELDOUT_PAGES = sorted((DATA_DIR / "labels" / "pages" / "heldout").glob("*.txt"))


def test_a_line_without_a_tag_is_an_error_naming_file_and_line(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("K|A sentence of the article.\nno tag here\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"p\.txt: line 2 has no tag"):
        read_annotated(page)


def test_shares_count_article_kept_and_boilerplate_removed_per_kind():
    tagged = ["T|Talks resume in Geneva", "K|The talks resumed on Monday after a long pause in Geneva.",
              "B|", "N|Share", "S|Subscribe to our newsletter", "R|Read more: another story"]
    rows = annotated_lines([t.split("|")[0] for t in tagged], [t.split("|", 1)[1] for t in tagged], page="01_wire_x")
    scores = cleaning_scores(rows).set_index("kind")
    assert scores.index.tolist() == ["wire", "all"]
    assert scores.loc["all", "article_lines"] == 2 and scores.loc["all", "boilerplate_lines"] == 3
    assert scores.loc["all", "article_kept"] == 1.0 and scores.loc["all", "boilerplate_removed"] == 1.0
    assert scores.loc["all", "article_kept_low"] < 1.0  # two lines are little evidence
    base = cleaning_scores(rows, by=None, method="baseline").iloc[0]
    assert base["article_kept"] == 0.0  # the title and the sentence are under 12 words


def test_wilson_interval_contains_the_share_and_narrows_with_more_trials():
    low, high = wilson(9, 10)
    big_low, big_high = wilson(900, 1000)
    assert low < 0.9 < high and big_low < 0.9 < big_high and high - low > big_high - big_low
    assert all(math.isnan(x) for x in wilson(0, 0))


def test_mcnemar_counts_only_the_discordant_items():
    assert mcnemar([True, True, False], [True, True, False]) == {"only_a": 0, "only_b": 0, "p_value": 1.0}
    result = mcnemar([True] * 20, [False] * 20)
    assert result["only_a"] == 20 and result["p_value"] < 0.001


def test_the_annotated_page_sets_are_shipped():
    assert len(DEV_PAGES) >= 30 and len(HELDOUT_PAGES) >= 30
    for page in DEV_PAGES + HELDOUT_PAGES:
        tags, _ = read_annotated(page)
        assert tags.count("T") == 1, page.name


def test_development_pages_meet_the_targets():
    """The pages the rules were developed on: a regression guard, not a measure of accuracy (that is
    the held-out set, reported in data/labels/pages/README.md)."""
    rows = score_pages(DEV_PAGES)
    overall = cleaning_scores(rows, by=None).iloc[0]
    assert overall["article_words_kept"] >= 0.98
    assert overall["boilerplate_removed"] >= 0.88
    right = lambda method: rows[method] == (rows["truth"] == "article")  # noqa: E731
    test = mcnemar(right("cleaner"), right("baseline"))
    assert test["only_a"] > test["only_b"] and test["p_value"] < 0.001
