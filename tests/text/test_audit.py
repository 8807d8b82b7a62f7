"""The cleaning audit accounts for every input line, as load_corpus cleaned it."""

import pytest
from actorlens import CorpusWarning, cleaning_audit, load_corpus
from actorlens.text.cleaning import split_lines


def test_audit_accounts_for_every_line(corpus):
    audit = cleaning_audit(corpus)
    assert len(audit) == sum(len(split_lines(raw)) for raw in corpus["raw_text"])
    assert audit.loc[~audit["kept"], "reason"].notna().all()
    assert audit.loc[audit["kept"], "reason"].isna().all()
    for doc_id, text in corpus[["doc_id", "text"]].itertuples(index=False):
        body = audit[(audit["doc_id"] == doc_id) & audit["kept"] & (audit["role"] != "title")]
        assert "\n\n".join(body["text"]) == text


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


def test_lines_joined_by_reflowing_share_a_paragraph_number():
    import textwrap

    import pandas as pd
    from actorlens import cleaning_audit

    body = ("The foreign ministers of both countries met in Athens on Monday and agreed to resume exploratory talks on "
            "the Aegean, which had been frozen for five years after a dispute over drilling rights.")
    lines = textwrap.wrap(body, 50)
    raw = "Greece and Turkey resume talks\n\n" + "\n".join(lines) + "\n\n" + "\n".join(textwrap.wrap(body.replace("Monday", "Friday"), 50))
    corpus = pd.DataFrame({"doc_id": ["a"], "raw_text": [raw], "title": ["Greece and Turkey resume talks"], "title_source": ["metadata"]})
    audit = cleaning_audit(corpus)
    first = audit[audit["line_no"].between(3, 2 + len(lines))]
    assert first["paragraph"].nunique() == 1 and first["kept"].all()
    assert audit["paragraph"].is_monotonic_increasing and audit["paragraph"].nunique() == 5  # title, blank, para, blank, para
