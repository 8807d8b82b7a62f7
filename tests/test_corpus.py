"""load_corpus and build_corpus: the seeds, a user's folder, quality columns and flags."""

import actorlens as al
import pandas as pd
import pytest
from actorlens import METADATA_COLUMNS, CorpusWarning, load_corpus

META_HEADER = "doc_id,title,outlet,date,date_precision,date_evidence,url\n"


PAGE = "Turkey and Greece resume talks\n\nThe foreign ministers of both countries met in Athens on Monday and agreed to resume talks.\n"


def test_seeds_load_with_metadata_and_one_warning_about_heavy_cleaning(root):
    with pytest.warns(CorpusWarning) as caught:
        corpus = load_corpus()
    # the only warning: three scraped seed pages are more furniture than article, and the
    # warning names them and the rule that removed most (the metadata is complete)
    assert len(caught) == 1
    assert "3 documents lost more than 20% of their words" in str(caught[0].message)
    assert "004_88827f9888cfdbab (55%, subscription)" in str(caught[0].message)
    files = sorted(p.stem for p in (root / "seeds").glob("*.txt"))
    assert sorted(corpus["doc_id"]) == files
    assert list(corpus.columns[: len(METADATA_COLUMNS)]) == list(METADATA_COLUMNS)
    assert {"text", "raw_text", "n_words", "n_words_raw", "flags"} <= set(corpus.columns)
    assert pd.api.types.is_datetime64_any_dtype(corpus["date"])
    assert corpus["date"].notna().all() and corpus["date"].is_monotonic_increasing
    assert (corpus["date_evidence"].str.len() > 40).all()
    assert set(corpus["date_precision"]) <= {"day", "month", "year"}
    assert (corpus["n_words"] <= corpus["n_words_raw"]).all()


def test_loading_does_not_depend_on_the_working_directory(tmp_path, monkeypatch, corpus):
    monkeypatch.chdir(tmp_path)
    assert load_corpus()["text"].tolist() == corpus["text"].tolist()


def test_quality_flags_find_the_stripped_digits(corpus):
    row = corpus.set_index("doc_id").loc["000_f997b77ebb95322e"]
    assert row["n_glued_words"] >= 2 and row["n_lone_letters"] >= 3
    assert "glued words" in row["flags"]
    others = corpus[corpus["doc_id"] != "000_f997b77ebb95322e"]
    assert (others["n_lone_letters"] == 0).all()


def test_own_folder_without_metadata(write_corpus):
    folder = write_corpus({"a.txt": PAGE, "b.txt": "No headline here, just a sentence about Iran and Iraq.\n"})
    with pytest.warns(CorpusWarning, match="no metadata.csv"):
        corpus = load_corpus(folder)
    assert corpus["doc_id"].tolist() == ["a", "b"]
    assert corpus.loc[0, "title"] == "Turkey and Greece resume talks"
    assert corpus.loc[1, "title"].startswith("No headline here")
    assert corpus["date"].isna().all()


def test_metadata_fills_in_and_extra_columns_are_kept(write_corpus):
    folder = write_corpus({"a.txt": PAGE}, META_HEADER.replace("\n", ",section\n") + "a,My title,Outlet,2020-05,,ev,,world\n")
    corpus = load_corpus(folder)
    assert corpus.loc[0, ["title", "outlet", "date_precision", "section"]].tolist() == ["My title", "Outlet", "month", "world"]
    assert corpus.loc[0, "date"] == pd.Timestamp("2020-05-01")


def test_build_corpus_from_pages_and_metadata_read_apart(corpus):
    from actorlens import build_corpus, seeds_dir
    from actorlens.corpus import corpus_order
    from actorlens.reading import read_metadata, read_pages

    pages = read_pages(seeds_dir())
    metadata = read_metadata(seeds_dir(), pages["doc_id"])
    pd.testing.assert_frame_equal(build_corpus(pages, metadata), corpus)
    # consecutive slices of the pages in corpus order give the same rows: what the driver does chunk by chunk
    ordered = corpus_order(pages, metadata)
    halves = [build_corpus(part, metadata) for part in (ordered.iloc[:2], ordered.iloc[2:])]
    pd.testing.assert_frame_equal(pd.concat(halves, ignore_index=True), corpus)


HEAVY = ("Turkey and Greece resume talks\n\nThe foreign ministers of both countries met in Athens on Monday.\n\n"
         "Subscribe to our newsletter\nGet unlimited access for $5 a month\nAlready a subscriber? Log in\n"
         "Become a member today\nJoin thousands of readers\nCancel anytime\n")


def test_a_document_that_loses_much_of_its_text_is_flagged_and_named_with_its_rule(write_corpus):
    folder = write_corpus({"heavy.txt": HEAVY, "fine.txt": PAGE}, META_HEADER + "heavy,,O,2020-01-01,day,e,\nfine,,O,2020-01-02,day,e,\n")
    with pytest.warns(CorpusWarning, match=r"1 document lost more than 20% of its words to cleaning: heavy \(\d+%, subscription\)"):
        corpus = load_corpus(folder)
    row = corpus.set_index("doc_id").loc["heavy"]
    assert row["removed_by"] == "subscription" and row["removed_word_share"] > 0.2
    assert "heavy cleaning" in row["flags"] and "most by subscription" in row["flags"]
    assert corpus.set_index("doc_id").loc["fine", "removed_word_share"] == 0.0
    assert al.heavily_cleaned(corpus)["doc_id"].tolist() == ["heavy"]


def test_the_share_that_counts_as_heavy_is_an_option(write_corpus, recwarn):
    folder = write_corpus({"heavy.txt": HEAVY}, META_HEADER + "heavy,,O,2020-01-01,day,e,\n")
    corpus = load_corpus(folder, max_removed_share=0.9)
    assert not [w for w in recwarn if "lost more than" in str(w.message)]
    assert "heavy cleaning" not in corpus.loc[0, "flags"] and al.heavily_cleaned(corpus, max_removed_share=0.9).empty


def test_a_rule_turned_off_by_name_keeps_its_lines(write_corpus, recwarn):
    folder = write_corpus({"heavy.txt": HEAVY}, META_HEADER + "heavy,,O,2020-01-01,day,e,\n")
    corpus = load_corpus(folder, skip_rules=["subscription"])
    assert "Subscribe to our newsletter" in corpus.loc[0, "text"]
    audit = al.cleaning_audit(corpus, skip_rules=["subscription"])
    assert "subscription" not in set(audit["reason"].dropna())
    assert not [w for w in recwarn if "lost more than" in str(w.message)]
