"""load_corpus and cleaning_audit: the seeds, and every kind of bad input."""

import warnings

import pandas as pd
import pytest

from actorlens import METADATA_COLUMNS, CorpusError, CorpusWarning, cleaning_audit, load_corpus
from actorlens.cleaning import split_lines

PAGE = "Turkey and Greece resume talks\n\nThe foreign ministers of both countries met in Athens on Monday and agreed to resume talks.\n"
META_HEADER = "doc_id,title,outlet,date,date_precision,date_evidence,url\n"


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


def test_audit_accounts_for_every_line(corpus):
    audit = cleaning_audit(corpus)
    assert len(audit) == sum(len(split_lines(raw)) for raw in corpus["raw_text"])
    assert audit.loc[~audit["kept"], "reason"].notna().all()
    assert audit.loc[audit["kept"], "reason"].isna().all()
    for doc_id, text in corpus[["doc_id", "text"]].itertuples(index=False):
        body = audit[(audit["doc_id"] == doc_id) & audit["kept"] & (audit["role"] != "title")]
        assert "\n\n".join(body["text"]) == text


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


# --- bad input: each gets a clear error or warning naming the file and the problem ---------------


def test_missing_folder(tmp_path):
    with pytest.raises(CorpusError, match=r"corpus folder not found: .*nowhere"):
        load_corpus(tmp_path / "nowhere")


def test_empty_folder(tmp_path):
    with pytest.raises(CorpusError, match=r"no \.txt files in .*"):
        load_corpus(tmp_path)


def test_empty_file_is_skipped_with_a_warning(write_corpus):
    folder = write_corpus({"a.txt": PAGE, "empty.txt": "  \n"}, META_HEADER + "a,T,O,2020-01-01,day,e,\n")
    with pytest.warns(CorpusWarning, match=r"skipped empty files \(no text\): empty\.txt"):
        corpus = load_corpus(folder)
    assert corpus["doc_id"].tolist() == ["a"]


def test_binary_file(write_corpus):
    folder = write_corpus({"a.txt": PAGE, "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"})
    with pytest.raises(CorpusError, match=r"image\.txt: looks like a binary file"):
        load_corpus(folder)


def test_cp1252_file_is_decoded_with_a_warning(write_corpus):
    text = PAGE.replace("Athens", "Athens \u2013 \u201cthe caf\u00e9\u201d")
    folder = write_corpus({"a.txt": text.encode("cp1252")}, META_HEADER + "a,T,O,2020-01-01,day,e,\n")
    with pytest.warns(CorpusWarning, match=r"a\.txt: not UTF-8; decoded as Windows-1252"):
        corpus = load_corpus(folder)
    assert "\u201cthe caf\u00e9\u201d" in corpus.loc[0, "text"]


def test_utf8_bom_is_removed_with_a_warning(write_corpus):
    folder = write_corpus({"a.txt": b"\xef\xbb\xbf" + PAGE.encode()}, META_HEADER + "a,,O,2020-01-01,day,e,\n")
    with pytest.warns(CorpusWarning, match=r"a\.txt: UTF-8 byte-order mark removed"):
        corpus = load_corpus(folder)
    assert corpus.loc[0, "title"] == "Turkey and Greece resume talks"
    assert "\ufeff" not in corpus.loc[0, "raw_text"]


def test_html_saved_as_txt_is_converted_with_a_warning(write_corpus):
    html = ("<!DOCTYPE html><html><head><title>x</title><script>var a = 1;</script></head><body>"
            "<nav><a href='/'>Home</a></nav><h1>Turkey and Greece resume talks</h1>"
            "<p>The foreign ministers of both countries met in Athens on Monday and agreed to resume talks.</p>"
            "</body></html>")
    folder = write_corpus({"page.txt": html}, META_HEADER + "page,,O,2020-01-01,day,e,\n")
    with pytest.warns(CorpusWarning, match=r"page\.txt: an HTML page"):
        corpus = load_corpus(folder)
    assert corpus.loc[0, "title"] == "Turkey and Greece resume talks"
    assert corpus.loc[0, "text"].startswith("The foreign ministers")
    assert "<" not in corpus.loc[0, "text"] and "var a" not in corpus.loc[0, "raw_text"]


def test_metadata_with_unknown_doc_ids(write_corpus):
    folder = write_corpus({"a.txt": PAGE}, META_HEADER + "a,T,O,2020-01-01,day,e,\nghost,T,O,2020-01-01,day,e,\n")
    with pytest.warns(CorpusWarning, match=r"metadata\.csv: rows for doc ids with no \.txt file .*: ghost"):
        corpus = load_corpus(folder)
    assert corpus["doc_id"].tolist() == ["a"]


@pytest.mark.parametrize("bad", ["2020-13-01", "31/01/2018", "2019-02-30", "soon"])
def test_metadata_with_a_bad_date(write_corpus, bad):
    folder = write_corpus({"a.txt": PAGE}, META_HEADER + f"a,T,O,{bad},day,e,\n")
    with pytest.raises(CorpusError, match=rf"metadata\.csv, line 2 \(doc_id 'a'\): date '{bad}'"):
        load_corpus(folder)


def test_metadata_with_a_bad_precision(write_corpus):
    folder = write_corpus({"a.txt": PAGE}, META_HEADER + "a,T,O,2020-01-01,week,e,\n")
    with pytest.raises(CorpusError, match=r"line 2 \(doc_id 'a'\): date_precision 'week'"):
        load_corpus(folder)


def test_metadata_without_doc_id_column(write_corpus):
    folder = write_corpus({"a.txt": PAGE}, "id,title\na,T\n")
    with pytest.raises(CorpusError, match=r"metadata\.csv: no 'doc_id' column \(columns found: 'id', 'title'\)"):
        load_corpus(folder)


def test_metadata_without_a_date_column_says_so_once(write_corpus):
    folder = write_corpus({"a.txt": PAGE, "b.txt": PAGE}, "doc_id,title,outlet\na,T,O\nb,T2,O\n")
    with pytest.warns(CorpusWarning, match=r"metadata\.csv has no 'date' column: every document is undated") as caught:
        corpus = load_corpus(folder)
    assert len(caught) == 1
    assert corpus.loc[0, "outlet"] == "O" and pd.isna(corpus.loc[0, "date"])


def test_optional_columns_may_be_left_out_without_a_warning(write_corpus, recwarn):
    # the README says only doc_id is required: a metadata file with doc_id and date is complete
    folder = write_corpus({"a.txt": PAGE}, "doc_id,date\na,2019-10-09\n")
    corpus = load_corpus(folder)
    assert not [w for w in recwarn if issubclass(w.category, CorpusWarning)]
    assert corpus.loc[0, "date"] == pd.Timestamp("2019-10-09") and corpus.loc[0, "date_precision"] == "day"


@pytest.mark.parametrize(("date", "precision"), [("2010", "year"), ("2010-05", "month"), ("2010-05-17", "day")])
def test_precision_follows_the_form_of_the_date_without_a_precision_column(write_corpus, date, precision):
    folder = write_corpus({"a.txt": PAGE}, f"doc_id,date\na,{date}\n")
    corpus = load_corpus(folder)
    assert corpus.loc[0, "date_precision"] == precision
    from actorlens.events import _period

    shown = _period(corpus.loc[0, "date"], corpus.loc[0, "date_precision"])
    assert shown == {"year": "2010 (year only)", "month": "May 2010", "day": "17 May 2010"}[precision]


def test_metadata_doc_ids_may_carry_the_file_extension(write_corpus, recwarn):
    folder = write_corpus({"a.txt": PAGE, "b.txt": PAGE}, "doc_id,title,date\na.txt,First,2020-01-01\nB.TXT,x,2020\nb.TXT,Second,2021\n")
    corpus = load_corpus(folder).set_index("doc_id")
    assert corpus.loc["a", "title"] == "First" and corpus.loc["b", "title"] == "Second"
    assert [str(w.message) for w in recwarn if "B.TXT" in str(w.message)]  # no file is named B: reported, not guessed


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_metadata_with_another_delimiter_is_read(write_corpus, delimiter):
    folder = write_corpus({"a.txt": PAGE}, delimiter.join(["doc_id", "title", "date"]) + "\n" + delimiter.join(["a", "T, with a comma", "2020-02"]) + "\n")
    corpus = load_corpus(folder)
    assert corpus.loc[0, "title"] == "T, with a comma" and corpus.loc[0, "date_precision"] == "month"


def test_metadata_without_doc_id_says_what_was_found(write_corpus):
    folder = write_corpus({"a.txt": PAGE}, "id title date\na T 2020\n")
    with pytest.raises(CorpusError, match=r"no 'doc_id' column \(columns found: 'id title date'\) \(read with delimiter ','\)"):
        load_corpus(folder)


def test_metadata_with_an_unclosed_quote_names_the_line(write_corpus):
    folder = write_corpus({"a.txt": PAGE, "b.txt": PAGE}, 'doc_id,title,date\na,"Unclosed,2020\nb,Fine,2021\n')
    with pytest.raises(CorpusError, match=r"metadata\.csv, line 2: .*quote"):
        load_corpus(folder)


def test_metadata_with_duplicate_doc_ids(write_corpus):
    folder = write_corpus({"a.txt": PAGE}, META_HEADER + "a,T,O,2020-01-01,day,e,\na,T2,O,2020-01-01,day,e,\n")
    with pytest.raises(CorpusError, match=r"metadata\.csv: duplicate doc ids: 'a' \(lines 2 and 3\)"):
        load_corpus(folder)


def test_files_with_the_same_doc_id(write_corpus):
    folder = write_corpus({"a.txt": PAGE, "a.TXT": PAGE})
    with pytest.raises(CorpusError, match=r"duplicate doc ids .*a: a\.TXT, a\.txt"):
        load_corpus(folder)


def test_metadata_rows_missing_for_some_files(write_corpus):
    folder = write_corpus({"a.txt": PAGE, "b.txt": PAGE}, META_HEADER + "a,T,O,2020-01-01,day,e,\n")
    with pytest.warns(CorpusWarning, match=r"no metadata row for b; no date for b"):
        load_corpus(folder)


def test_audit_agrees_with_the_corpus_when_titles_come_from_the_text(write_corpus):
    long = "The foreign ministers of both countries met in Athens on Monday and agreed to resume talks."
    folder = write_corpus({"a.txt": "No headline here, just a sentence about Iran.\n", "b.txt": f"Short lead.\n\n{long}\n"})
    with pytest.warns(CorpusWarning):
        corpus = load_corpus(folder)
    assert corpus["title_source"].tolist() == ["first words", "first words"]
    audit = cleaning_audit(corpus)
    for doc_id, text in corpus[["doc_id", "text"]].itertuples(index=False):
        body = audit[(audit["doc_id"] == doc_id) & audit["kept"] & (audit["role"] != "title")]
        assert "\n\n".join(body["text"]) == text
        for start, end, line in body[["start", "end", "text"]].itertuples(index=False):
            assert text[start:end] == line


@pytest.mark.parametrize(
    ("date", "precision", "stored"),
    [("2018-01-31", "day", "2018-01-31"), ("2018-01-31", "month", "2018-01-01"), ("2018-01-31", "year", "2018-01-01"),
     ("2018-07", "", "2018-07-01"), ("2018", "year", "2018-01-01")],
)
def test_dates_are_stored_at_their_precision(write_corpus, date, precision, stored):
    folder = write_corpus({"a.txt": PAGE}, META_HEADER + f"a,T,O,{date},{precision},e,\n")
    assert load_corpus(folder).loc[0, "date"] == pd.Timestamp(stored)


def test_date_coarser_than_its_precision(write_corpus):
    folder = write_corpus({"a.txt": PAGE}, META_HEADER + "a,T,O,2020,day,e,\n")
    with pytest.raises(CorpusError, match=r"line 2 \(doc_id 'a'\): date '2020' gives only the year, but date_precision says 'day'"):
        load_corpus(folder)


def test_metadata_with_a_header_only(write_corpus):
    folder = write_corpus({"a.txt": PAGE}, META_HEADER)
    with pytest.warns(CorpusWarning, match="no metadata row for a"):
        load_corpus(folder)
