"""Re-flowing hard-wrapped text: wrapped pages clean to the same text as the originals, broken
words are mended, and what is not a wrapped paragraph (lists, page numbers, running headers,
headings, bylines, pages of long lines) stays on its own."""

import statistics
import textwrap

import pandas as pd
import pytest
from actorlens import clean_text, split_sentences
from actorlens.text.reflow import is_wrapped, line_width, reflow
from actorlens.evaluation.cleaning import read_annotated
from conftest import PAGES_DIR

PAGES = sorted(PAGES_DIR.glob("*.txt"))

SPEECH = [
    "Mr. President, my delegation wishes first of all to congratulate you on your election to the presidency of "
    "this Assembly, an honour that reflects the esteem in which your country is held by all of us.",
    "We meet at a time when the hopes placed in this Organization are tested as rarely before. Wars continue on "
    "three continents; millions have been driven from their homes; and the institutions built to keep the peace are "
    "asked to do more with less every year.",
    "Our own region has known both. For two decades we have worked with our neighbours to settle old disputes over "
    "rivers and borders by negotiation, and we are proud that not one of them has been settled by force of arms.",
    "The international community must now turn its attention to the developing countries, whose debts have grown "
    "faster than their economies, and whose people ask, with reason, whether the system serves them at all.",
]


def wrap_article(lines: list[str], tags: list[str], width: int) -> list[str]:
    """The page as a PDF extraction would give it: every article line wrapped at ``width``."""
    out = []
    for line, tag in zip(lines, tags):
        out.extend(textwrap.wrap(line, width, break_on_hyphens=False) if tag == "K" and len(line) > width else [line])
    return out


@pytest.mark.parametrize("width", [50, 65, 80])
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_wrapped_page_cleans_to_the_same_text(page, width):
    tags, lines = read_annotated(page)
    original = clean_text("\n".join(lines))
    wrapped = clean_text("\n".join(wrap_article(lines, tags, width)))
    assert wrapped.text.split() == original.text.split()
    assert wrapped.title == original.title


@pytest.mark.parametrize("width", [50, 72])
def test_wrapped_speech_keeps_every_word_and_its_sentences(width):
    wrapped = "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in SPEECH)
    result = clean_text(wrapped)
    assert result.text.split() == " ".join(SPEECH).split()  # every word kept, in order
    assert not any(p[-1] not in ".!?”" for p in result.text.split("\n\n"))  # no paragraph stops mid-sentence
    assert all(r.kept for r in result.lines if r.text)
    docs = pd.DataFrame({"doc_id": ["flat", "wrapped"], "text": [clean_text("\n\n".join(SPEECH)).text, result.text]})
    lengths = split_sentences(docs).assign(words=lambda s: s["text"].str.split().str.len()).groupby("doc_id")["words"]
    assert lengths.median()["wrapped"] == lengths.median()["flat"]


def test_every_line_is_in_exactly_one_unit_in_order():
    tags, lines = read_annotated(PAGES[0])
    wrapped = wrap_article(lines, tags, 50)
    units = reflow(wrapped)
    assert [m for u in units for m in u.lines] == list(range(len(wrapped)))


def test_offsets_of_joined_lines_point_into_the_clean_text():
    page = "Talks resume\n\n" + "\n".join(textwrap.wrap(SPEECH[1], 50))
    result = clean_text(page)
    for record in result.lines:
        if record.kept and record.role != "title" and record.text:
            assert result.text[record.start : record.end] == record.text


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("the two governments signed an inter-", "national agreement on the river.", "international agreement"),
        ("the Council recognised the right to self-", "determination of the people.", "self-determination of"),
        ("the talks on Turkey's acces-", "sion to the Union were frozen.", "accession to"),
    ],
)
def test_word_broken_at_a_line_end_is_mended(left, right, joined):
    units = reflow([left, right])
    assert len(units) == 1
    assert joined in units[0].text


def test_compound_broken_before_a_capital_is_joined_in_a_wrapped_page():
    lines = textwrap.wrap(SPEECH[1], 60) + ["and received the delegation of the pro-", "European parties in the capital."]
    unit = reflow(lines)[-1]
    assert unit.text == "and received the delegation of the pro-European parties in the capital."


def test_lower_case_continuation_joins_even_in_an_unwrapped_page():
    lines = ["The foreign ministers of both countries agreed on Monday", "to meet again in the spring."]
    assert [u.lines for u in reflow(lines)] == [(0, 1)]


def test_list_items_are_not_joined_into_prose():
    items = ["The agreement commits the parties to the following steps, which they will take", "1. withdraw forces from the border zone",
             "2. reopen the crossings for trade and travel", "3. meet again within ninety days"]
    lines = "\n\n".join(textwrap.fill(p, 60) for p in SPEECH).split("\n") + [""] + items
    units = reflow(lines)
    assert [u.text for u in units[-3:]] == items[1:]


def test_page_numbers_and_running_headers_are_cut_out_of_the_paragraph_they_interrupt():
    header = "Preliminary statement on the presidential runoff"
    pages = [textwrap.wrap(p, 60) for p in SPEECH]
    lines = []
    for number, page in enumerate(pages, start=1):
        lines += [header, *page, str(number), ""]
    broken = ["The mission observed the count in forty polling stations across the", "5", header,
              "country and found it orderly and transparent throughout the day."]
    result = clean_text("\n".join(lines + broken))
    removed = {r.text: r.reason for r in result.removed if r.text}
    assert removed[header] in ("page_furniture", "repeated_line") and removed["5"] == "page_furniture"
    assert "polling stations across the country and found it orderly" in result.text
    assert result.text.count(header) == 0


def test_byline_and_timestamp_after_a_wrapped_standfirst_stay_apart():
    standfirst = textwrap.wrap("Leaders pledge to put a wartime dispute behind them as missile tests push Tokyo and Seoul together", 50)
    body = [textwrap.fill(p, 50) for p in SPEECH]
    page = "\n".join(["Japan and South Korea restart shuttle diplomacy", *standfirst, "By Ji-woo Park in Seoul", "Published 16 March 2023",
                      "", *"\n\n".join(body).split("\n")])
    result = clean_text(page)
    removed = {r.text: r.reason for r in result.removed}
    assert removed["By Ji-woo Park in Seoul"] == "navigation"
    assert removed["Published 16 March 2023"] == "navigation"
    assert result.text.startswith(" ".join(standfirst))


def test_a_page_of_long_lines_is_not_wrapped():
    assert not is_wrapped(SPEECH)
    assert [u.lines for u in reflow(SPEECH[:2])] == [(0,), (1,)]


def test_width_is_the_wrapping_width():
    lines = textwrap.wrap(" ".join(SPEECH), 60)
    assert is_wrapped(lines)
    assert 55 <= line_width(lines) <= 60
    units = reflow(lines)
    assert " ".join(u.text for u in units).split() == " ".join(SPEECH).split()
    # a wrapped line that ends a sentence may end its paragraph; no paragraph ends mid-sentence
    assert all(u.text.endswith((".", "?", "!")) for u in units)
    assert statistics.median(len(u.lines) for u in units) > 1
