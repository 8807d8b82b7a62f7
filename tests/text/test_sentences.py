"""Sentences with offsets into the clean text; the fast pysbd pass equals stock pysbd."""

import pandas as pd
import pytest
from actorlens import split_sentences
from actorlens.text.sentences import SENTENCE_COLUMNS, segment


def _same_as_stock_pysbd(paragraph: str) -> bool:
    import pysbd
    from actorlens.text.sentences import _segmenter

    return _segmenter().segment(paragraph) == pysbd.Segmenter(language="en", clean=False).segment(paragraph)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump decided on Dec. 19 to leave. Turkey was pleased.", ["Trump decided on Dec. 19 to leave.", "Turkey was pleased."]),
        ("U.S.-Turkish ties are strained. Mr. Flake said so.", ["U.S.-Turkish ties are strained.", "Mr. Flake said so."]),
        ("\u201cWe cannot trust anyone,\u201d Erdogan said. \u201cWe cannot.\u201d", ["\u201cWe cannot trust anyone,\u201d Erdogan said.", "\u201cWe cannot.\u201d"]),
        ("It was prior to the .. From 3 May rockets fell.", ["It was prior to the ..", "From 3 May rockets fell."]),
    ],
)
def test_segment(text, expected):
    assert [text[s:e] for s, e in segment(text)] == expected


def test_offsets_point_into_the_clean_text(corpus):
    sentences = split_sentences(corpus)
    texts = corpus.set_index("doc_id")["text"]
    assert len(sentences) > 50
    for row in sentences.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.text
    assert (sentences.groupby("doc_id")["sent_id"].apply(lambda s: list(s) == list(range(len(s))))).all()


def test_every_word_of_the_clean_text_is_in_some_sentence(corpus):
    sentences = split_sentences(corpus)
    for doc_id, text in corpus[["doc_id", "text"]].itertuples(index=False):
        covered = " ".join(sentences.loc[sentences["doc_id"] == doc_id, "text"])
        assert covered.split() == text.split()


def test_headings_are_sentences_of_their_own(corpus):
    sentences = split_sentences(corpus)
    headings = sentences.loc[sentences["is_heading"], "text"].tolist()
    assert "US-Turkey Relations: From Alliance to Crisis" in headings
    assert "U.S.-Turkish Ties May Be Cut for Good in Syria" in headings
    assert not sentences["text"].str.contains("Crisis In early").any()


def test_empty_corpus_gives_empty_table_with_columns():
    empty = split_sentences(pd.DataFrame({"doc_id": [], "text": []}))
    assert empty.empty and empty.columns.tolist() == SENTENCE_COLUMNS


@pytest.mark.parametrize(
    "paragraph",
    [
        "Gen. Mattis met Sen. Graham in St. Louis. No. 10 said so. The co. was fined.",
        "He arrived at 5 p.m. on Jan. 3 and left for the U.S. on Feb. 4. Then he spoke.",
        "The report, e.g. the annex, cites Ph.D. holders. Prof. Smith agreed, i.e. mostly.",
        "Country leaders know no limits. Mr. and Mrs. Jones met Dr. Who at No. 5.",
        "The ſt. case and the KELVIN K. test stay odd. Fig. 3 shows it. Vs. them.",
    ],
)
def test_fast_abbreviation_pass_matches_stock_pysbd(paragraph):
    # the shortcut in actorlens.text.sentences._segmenter must never change pysbd's segmentation
    assert _same_as_stock_pysbd(paragraph)


def test_fast_abbreviation_pass_matches_stock_pysbd_on_newsmtsc():
    from actorlens.datasets import read_newsmtsc

    sentences = list(dict.fromkeys(read_newsmtsc("dev-mt")["sentence"]))
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    for paragraph in paragraphs:
        assert _same_as_stock_pysbd(paragraph), paragraph
