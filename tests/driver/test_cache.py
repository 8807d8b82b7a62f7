"""The driver's disk cache: the same results, warnings replayed, never a stale result, and no
cache at all unless asked for."""

from __future__ import annotations

import actorlens as al
import pandas as pd
import pytest
from actorlens.driver.cache import Cache, cache_from_environment


def test_disk_cache_serves_the_same_table_and_replays_warnings(write_corpus, tmp_path, monkeypatch):
    folder = write_corpus({"a.txt": "Turkey met Greece.", "b.txt": ""}, metadata="doc_id,date\na,2021-01-01\n")
    cache = Cache(tmp_path / "cache")
    calls = []
    monkeypatch.setattr(al, "load_corpus", lambda path: calls.append(path) or al.corpus.load_corpus(path))
    with pytest.warns(al.CorpusWarning) as first_warnings:
        first = cache(al.load_corpus, folder)
    with pytest.warns(al.CorpusWarning) as again_warnings:
        again = cache(al.load_corpus, folder)
    assert len(calls) == 1  # the second call was served from disk
    pd.testing.assert_frame_equal(first, again)
    assert [str(w.message) for w in again_warnings] == [str(w.message) for w in first_warnings]
    assert any("b.txt" in str(w.message) for w in again_warnings)
    (folder / "a.txt").write_text("Turkey met Greece again, in Athens.", encoding="utf-8")
    with pytest.warns(al.CorpusWarning):
        changed = cache(al.load_corpus, folder)
    assert "again" in changed.loc[0, "text"] and len(calls) == 2  # an edited file is a new key, never a stale result


def test_tables_are_keyed_by_their_content(tmp_path):
    cache, calls = Cache(tmp_path), []

    def count_rows(table):
        calls.append(1)
        return len(table)

    table = pd.DataFrame({"x": [1, 2, 3]})
    assert cache(count_rows, table) == cache(count_rows, table.copy()) == 3
    assert cache(count_rows, table.iloc[:2]) == 2
    assert len(calls) == 2


def test_keyword_arguments_and_the_function_are_part_of_the_key(tmp_path):
    cache = Cache(tmp_path)

    def power(x, *, exponent=2):
        return x**exponent

    def other(x, *, exponent=2):
        return -x

    assert cache(power, 3) == 9 and cache(power, 3, exponent=3) == 27 and cache(other, 3) == -3


def test_a_library_change_is_a_new_key(tmp_path, monkeypatch):
    from actorlens.driver import cache as module

    calls = []

    def f(x):
        calls.append(x)
        return x

    Cache(tmp_path)(f, 1)
    module.code_version.cache_clear()
    monkeypatch.setattr(module, "code_version", lambda: "another version of the library")
    Cache(tmp_path)(f, 1)
    assert calls == [1, 1]


def test_no_folder_no_cache(tmp_path, monkeypatch):
    calls = []
    cache = Cache(None)
    cache(calls.append, 1), cache(calls.append, 1)
    assert calls == [1, 1]
    monkeypatch.delenv("ACTORLENS_CACHE_DIR", raising=False)
    assert cache_from_environment().folder is None
    monkeypatch.setenv("ACTORLENS_CACHE_DIR", str(tmp_path / "c"))
    assert cache_from_environment().folder == tmp_path / "c"
