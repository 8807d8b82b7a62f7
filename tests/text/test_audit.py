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
