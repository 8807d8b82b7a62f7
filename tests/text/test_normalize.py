"""Unicode and whitespace normalisation, and quote folding that keeps offsets."""

import pytest
from actorlens.text.normalize import fold_quotes, match_key, normalize_line


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("further south\u00a0to monitor", "further south to monitor"),  # NBSP
        ("a\u200bb\u200dc\ufeff", "abc"),  # zero-width characters
        ("  two   spaces\tand a tab  ", "two spaces and a tab"),
        ("soft\u00adhyphen", "softhyphen"),
        ("Turkey\u2019s \u201cdone deal\u201d", "Turkey\u2019s \u201cdone deal\u201d"),  # curly quotes kept
        ("Cafe\u0301", "Caf\u00e9"),  # NFC
    ],
)
def test_normalize_line(raw, expected):
    assert normalize_line(raw) == expected


@pytest.mark.parametrize("text", ["Erdogan\u2019s", "\u201cdone deal\u201d", "\u2018single\u2019 and `back`"])
def test_fold_quotes_is_straight_and_keeps_offsets(text):
    folded = fold_quotes(text)
    assert len(folded) == len(text)
    assert not set(folded) & set("\u2018\u2019\u201c\u201d`")


def test_match_key_ignores_case_quotes_and_punctuation():
    assert match_key("Isis and turkey relationship") == match_key("isis and  turkey relationship.")
    assert match_key("Erdogan\u2019s call") == match_key("Erdogan's call")
    assert match_key("Turkey") != match_key("Russia")
