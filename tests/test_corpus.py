"""load_corpus and build_corpus: the seeds, a user's folder, quality columns and flags."""

import warnings

import pandas as pd
import pytest
from actorlens import METADATA_COLUMNS, CorpusWarning, load_corpus

META_HEADER = "doc_id,title,outlet,date,date_precision,date_evidence,url\n"


PAGE = "Turkey and Greece resume talks\n\nThe foreign ministers of both countries met in Athens on Monday and agreed to resume talks.\n"


def test_seeds_load_with_metadata_and_no_warning(root):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        corpus = load_corpus()
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
