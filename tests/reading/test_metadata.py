"""Reading metadata.csv: dates at their precision, ids, and every kind of bad row."""

import pandas as pd
import pytest
from actorlens import CorpusError, CorpusWarning, load_corpus

META_HEADER = "doc_id,title,outlet,date,date_precision,date_evidence,url\n"


PAGE = "Turkey and Greece resume talks\n\nThe foreign ministers of both countries met in Athens on Monday and agreed to resume talks.\n"


def test_metadata_with_unknown_doc_ids(write_corpus):
    folder = write_corpus({"a.txt": PAGE}, META_HEADER + "a,T,O,2020-01-01,day,e,\nghost,T,O,2020-01-01,day,e,\n")
    with pytest.warns(CorpusWarning, match=r"metadata\.csv: rows for doc ids with no page file .*: ghost"):
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
    from actorlens.periods import format_date as _period

    shown = _period(corpus.loc[0, "date"], corpus.loc[0, "date_precision"])
    assert shown == {"year": "2010 (year only)", "month": "May 2010", "day": "17 May 2010"}[precision]


def test_metadata_doc_ids_may_carry_the_file_extension(write_corpus, recwarn):
    folder = write_corpus({"a.txt": PAGE, "b.txt": PAGE}, "doc_id,title,date\na.txt,First,2020-01-01\nB.TXT,x,2020\nb.TXT,Second,2021\n")
    corpus = load_corpus(folder).set_index("doc_id")
    assert corpus.loc["a", "title"] == "First" and corpus.loc["b", "title"] == "Second"
    assert [str(w.message) for w in recwarn if "B.TXT" in str(w.message)]  # no file is named B: reported, not guessed


def test_metadata_with_duplicate_doc_ids(write_corpus):
    folder = write_corpus({"a.txt": PAGE}, META_HEADER + "a,T,O,2020-01-01,day,e,\na,T2,O,2020-01-01,day,e,\n")
    with pytest.raises(CorpusError, match=r"metadata\.csv: duplicate doc ids: 'a' \(lines 2 and 3\)"):
        load_corpus(folder)


def test_metadata_rows_missing_for_some_files(write_corpus):
    folder = write_corpus({"a.txt": PAGE, "b.txt": PAGE}, META_HEADER + "a,T,O,2020-01-01,day,e,\n")
    with pytest.warns(CorpusWarning, match=r"no metadata row for b; no date for b"):
        load_corpus(folder)


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
