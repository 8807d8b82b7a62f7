"""Reading the pages of a folder: every kind of bad or repairable file."""

import pytest
from actorlens import CorpusError, CorpusWarning, load_corpus

META_HEADER = "doc_id,title,outlet,date,date_precision,date_evidence,url\n"


PAGE = "Turkey and Greece resume talks\n\nThe foreign ministers of both countries met in Athens on Monday and agreed to resume talks.\n"


def test_missing_folder(tmp_path):
    with pytest.raises(CorpusError, match=r"corpus folder not found: .*nowhere"):
        load_corpus(tmp_path / "nowhere")


def test_empty_folder(tmp_path):
    with pytest.raises(CorpusError, match=r"no \.txt or \.html files in .*"):
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
    with pytest.warns(CorpusWarning, match=r"page\.txt: an HTML page saved as \.txt"):
        corpus = load_corpus(folder)
    assert corpus.loc[0, "title"] == "Turkey and Greece resume talks"
    assert corpus.loc[0, "text"].startswith("The foreign ministers")
    assert "<" not in corpus.loc[0, "text"] and "var a" not in corpus.loc[0, "text"]
    assert corpus.loc[0, "format"] == "html" and corpus.loc[0, "raw_text"] == html  # the file as read


def test_files_with_the_same_doc_id(write_corpus):
    folder = write_corpus({"a.txt": PAGE, "a.TXT": PAGE})
    with pytest.raises(CorpusError, match=r"duplicate doc ids .*a: a\.TXT, a\.txt"):
        load_corpus(folder)
