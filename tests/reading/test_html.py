"""HTML pages in a corpus folder: the main text extracted (every article paragraph, none of the
page's furniture), and the title, date, author and site taken from the page where metadata.csv is
silent, with where each came from. The pages were written for these tests (data/html_pages/README.md)."""

import json
import shutil

import pytest
from actorlens import cleaning_audit, load_corpus
from actorlens.reading.html import html_metadata
from actorlens.text.normalize import match_key
from conftest import PAGES_DIR

HTML_DIR = PAGES_DIR.parent / "html_pages"
PAGES = sorted(HTML_DIR.glob("*.html"))


def expected(page):
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def html_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("html")
    for page in PAGES:
        shutil.copy(page, folder / page.name)
    with pytest.warns(Warning):  # no metadata.csv
        return load_corpus(folder).set_index("doc_id")


def test_there_are_html_pages_of_several_kinds():
    assert len(PAGES) >= 5


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_main_text_keeps_every_article_paragraph_and_none_of_the_furniture(html_corpus, page):
    row, want = html_corpus.loc[page.stem], expected(page)
    text = match_key(row["text"])
    assert [p for p in want["article_paragraphs"] if match_key(p) not in text] == []
    assert [s for s in want["boilerplate_snippets"] if match_key(s) in text] == []
    assert row["format"] == "html" and "<" not in row["text"]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_title_date_author_and_site_come_from_the_page(html_corpus, page):
    row, want = html_corpus.loc[page.stem], expected(page)
    assert row["title"] == want["title"]
    assert row["title_source"] == "html"
    if want["date"]:
        assert row["date"].strftime("%Y-%m-%d") == want["date"] and row["date_source"] == "html"
    else:
        assert row["date_source"] == ""
    for field, key in (("author", "author"), ("outlet", "site")):
        if row[f"{field}_source"] == "html":
            assert want[key] and row[field] in want[key]  # "Meridian Institute" of "Meridian Institute for Global Affairs"
        else:
            assert row[field] == ""


def test_most_of_the_declared_metadata_is_found(html_corpus):
    declared = [(p.stem, f) for p in PAGES for f, k in (("author", "author"), ("outlet", "site")) if expected(p)[k]]
    found = [(d, f) for d, f in declared if html_corpus.loc[d, f"{f}_source"] == "html"]
    assert len(found) >= 0.75 * len(declared)


def test_metadata_csv_wins_over_the_page(tmp_path):
    page = PAGES[0]
    shutil.copy(page, tmp_path / page.name)
    (tmp_path / "metadata.csv").write_text(f"doc_id,title,outlet,date\n{page.stem},Our own title,Our outlet,2020-05-01\n", encoding="utf-8")
    row = load_corpus(tmp_path).iloc[0]
    assert (row["title"], row["outlet"], row["date"].strftime("%Y-%m-%d")) == ("Our own title", "Our outlet", "2020-05-01")
    assert (row["title_source"], row["outlet_source"], row["date_source"]) == ("metadata", "metadata", "metadata")


def test_html_saved_as_txt_is_extracted_the_same_way(tmp_path):
    page = HTML_DIR / "wire_story.html"
    (tmp_path / "wire_story.txt").write_bytes(page.read_bytes())
    with pytest.warns(Warning) as caught:
        row = load_corpus(tmp_path).iloc[0]
    assert any("wire_story.txt: an HTML page saved as .txt" in str(w.message) for w in caught)
    assert row["format"] == "html"
    assert all(match_key(p) in match_key(row["text"]) for p in expected(page)["article_paragraphs"])


def test_the_audit_accounts_for_every_visible_line_of_an_html_page(html_corpus):
    audit = cleaning_audit(html_corpus.reset_index())
    for doc_id, lines in audit.groupby("doc_id"):
        assert lines["line_no"].tolist() == list(range(1, len(lines) + 1))
        assert set(lines.loc[~lines["kept"], "reason"]) <= {"blank", "not_main_text", "navigation", "caption", "teaser",
                                                            "subscription", "alt_text", "repeated_line", "comments",
                                                            "duplicate_paragraph", "page_furniture"}


def test_html_pages_are_not_flagged_for_their_menus(html_corpus):
    assert not html_corpus["flags"].str.contains("heavy cleaning").any()


def test_a_page_without_metadata_gives_none():
    assert html_metadata("<html><body><p>Just a paragraph.</p></body></html>") == {}
