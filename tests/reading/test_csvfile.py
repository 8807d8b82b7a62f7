"""Hand-written CSV files: other delimiters, what was found, unclosed quotes."""

import pytest
from actorlens import CorpusError, load_corpus

PAGE = "Turkey and Greece resume talks\n\nThe foreign ministers of both countries met in Athens on Monday and agreed to resume talks.\n"


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
