"""The whole pipeline, the command-line report, n_jobs, periods, the disk cache and the notebook
runner on a corpus that is not the seeds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import actorlens as al
from actorlens.events import dyad_trends, narrate

PAGES = {
    "a1.txt": "Greece and Turkey agree to resume talks\n\nForeign ministers of Greece and Turkey met in Athens on "
              "Monday and agreed to resume exploratory talks on the Aegean.\n\nBoth sides called the meeting "
              "constructive. The European Union welcomed the decision.\n\nSign up for our daily newsletter and get "
              "the news in your inbox.\n",
    "a2.txt": "Athens accuses Ankara of violating airspace\n\nGreece accused Turkey on Tuesday of violating its "
              "airspace, and threatened to ask the European Union for sanctions.\n\nTurkish officials rejected the "
              "claim.\n",
    "a3.txt": "Leaders meet in Brussels\n\nThe Greek prime minister and the Turkish president met in Brussels and "
              "praised the improving relationship.\n\nThe European Union said it would support cooperation between "
              "Athens and Ankara.\n",
}
METADATA = ("doc_id,title,outlet,date,date_precision\n"
            "a1,Greece and Turkey agree to resume talks,Example News,2021-01-25,day\n"
            "a2,Athens accuses Ankara of violating airspace,Example Daily,2022-05,month\n"
            "a3,Leaders meet in Brussels,Example News,2023,year\n")
ACTORS = ("code,label,kind,aliases\nGRC,Greece,state,Greece|Greek|Athens\nTUR,Turkey,state,Turkey|Turkish|Ankara\n"
          "EU,European Union,organization,European Union|EU|Brussels\n")
TABLES = ["corpus", "sentences", "mentions", "actor_sentiment", "cooccurrence", "dyad_sentences", "dyad_trends"]


@pytest.fixture
def small_corpus(write_corpus) -> Path:
    folder = write_corpus(PAGES, metadata=METADATA)
    (folder / "actors.csv").write_text(ACTORS, encoding="utf-8")
    return folder


def _run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "actorlens", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=600)


def test_report_command_writes_every_table_figure_and_narrative(small_corpus, tmp_path):
    out = tmp_path / "report"
    done = _run_cli("report", str(small_corpus), "--out", str(out), "--method", "textblob", "--quiet")
    assert done.returncode == 0, done.stderr
    tables = {name: pd.read_csv(out / "tables" / f"{name}.csv") for name in TABLES}
    assert tables["corpus"]["doc_id"].tolist() == ["a1", "a2", "a3"]  # in date order
    assert "text" not in tables["corpus"] and "raw_text" not in tables["corpus"]
    assert set(tables["mentions"]["actor"]) == {"GRC", "TUR", "EU"}  # the corpus's own registry
    assert not tables["sentences"]["text"].str.contains("newsletter").any()  # cleaned
    pair = tables["cooccurrence"].set_index(["actor_a", "actor_b"]).loc[("GRC", "TUR"), "count"]
    assert pair == tables["dyad_sentences"].query("actor_a == 'GRC' and actor_b == 'TUR'").shape[0]
    assert set(tables["actor_sentiment"]["method"]) == {"textblob"}
    trend = tables["dyad_trends"].query("actor_a == 'GRC' and actor_b == 'TUR'")
    assert trend["doc_id"].tolist() == ["a1", "a2", "a3"]  # per document in a small corpus, in date order
    story = (out / "narratives.md").read_text(encoding="utf-8")
    assert "### Greece–Turkey" in story and "agreed" in story
    figures = sorted(p.name for p in (out / "figures").glob("*.png"))
    assert figures == sorted(f"report_{n}.png" for n in ("timeline", "document_lengths", "mention_rates", "actor_portrayal",
                                                          "network", "npmi_heatmap", "relationship_timelines"))


def test_report_console_script_and_help():
    script = Path(sys.executable).with_name("actorlens")
    assert script.exists(), "the actorlens console script is installed next to python"
    done = subprocess.run([str(script), "report", "--help"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    for option in ("--out", "--actors", "--method", "--period", "--jobs", "--chunk-size", "--top-pairs", "--no-figures", "--quiet"):
        assert option in done.stdout


@pytest.mark.parametrize(
    ("files", "metadata", "message"),
    [
        (None, None, "corpus folder not found"),
        ({"a.txt": "Turkey met Greece."}, "doc_id,date\na,2021-13-01\n", "does not exist"),
        ({"a.txt": b"\x00\x01binary"}, None, "binary file"),
    ],
)
def test_report_bad_input_gets_the_library_error(write_corpus, tmp_path, files, metadata, message):
    folder = write_corpus(files, metadata=metadata) if files else tmp_path / "missing"
    done = _run_cli("report", str(folder), "--out", str(tmp_path / "out"), "--quiet")
    assert done.returncode == 2
    assert done.stderr.startswith("actorlens: error: ") and message in done.stderr
    assert "Traceback" not in done.stderr


def test_report_prints_warnings_and_goes_on(write_corpus, tmp_path):
    folder = write_corpus({"a.txt": "Turkey met Greece in Athens.", "b.txt": ""})
    done = _run_cli("report", str(folder), "--out", str(tmp_path / "out"), "--method", "vader", "--quiet")
    assert done.returncode == 0
    assert "actorlens: warning:" in done.stderr and "b.txt" in done.stderr


@pytest.mark.parametrize("method", ["textblob", "model"])
def test_two_jobs_give_the_same_tables_as_one(method):
    one = al.analyse(al.seeds_dir(), method=method, n_jobs=1, chunk_size=2)
    two = al.analyse(al.seeds_dir(), method=method, n_jobs=2, chunk_size=2)
    for name, table in one.tables().items():
        pd.testing.assert_frame_equal(table, two.tables()[name], obj=name)


def test_pipeline_gives_the_tables_of_the_step_by_step_functions():
    result = al.analyse(al.seeds_dir(), method="vader", chunk_size=2)
    corpus = al.load_corpus()
    sentences = al.split_sentences(corpus)
    mentions = al.tag_actors(sentences)
    pd.testing.assert_frame_equal(result.sentences, sentences)
    pd.testing.assert_frame_equal(result.mentions, mentions)
    pd.testing.assert_frame_equal(result.actor_sentiment, al.actor_sentiment(sentences, mentions, "vader"))
    pd.testing.assert_frame_equal(result.dyad_sentences, al.dyad_sentences(sentences, mentions))
    pd.testing.assert_frame_equal(result.corpus, corpus.drop(columns="raw_text"))  # the raw pages are not kept


def test_actor_sentiment_n_jobs_is_identical(corpus):
    sentences = al.split_sentences(corpus)
    mentions = al.tag_actors(sentences)
    for method in ("model", "textblob"):
        pd.testing.assert_frame_equal(al.actor_sentiment(sentences, mentions, method),
                                      al.actor_sentiment(sentences, mentions, method, n_jobs=2))


def test_load_corpus_n_jobs_is_identical(corpus):
    pd.testing.assert_frame_equal(al.load_corpus(n_jobs=2), corpus)


@pytest.mark.parametrize("n_jobs", [0, -2, 1.5])
def test_bad_n_jobs_is_refused(n_jobs):
    from actorlens.parallel import resolve_jobs

    with pytest.raises(ValueError, match="n_jobs"):
        resolve_jobs(n_jobs)


def test_trends_by_year_and_month_keep_coarse_dates_apart():
    dyads = pd.DataFrame({"doc_id": ["a", "b", "c"], "sent_id": [0, 0, 0], "actor_a": "GRC", "actor_b": "TUR",
                          "tone": [0.1, 0.3, -0.2], "cooperation": [0.4, -0.2, 0.0], "text": ["x", "y", "z"], "cue": ""})
    corpus = pd.DataFrame({"doc_id": ["a", "b", "c"], "date": pd.to_datetime(["2021-01-25", "2021-01-03", "2021-01-01"]),
                           "date_precision": ["day", "month", "year"], "outlet": ["X", "Y", "Z"]})
    monthly = dyad_trends(dyads, corpus, by="month")
    assert monthly[["period", "n_documents", "n_sentences", "cooperation"]].values.tolist() == [
        ["2021-01", 2, 2, 0.1], ["2021", 1, 1, 0.0]]  # the year-only document is not put in January
    yearly = dyad_trends(dyads, corpus, by="year")
    assert yearly[["period", "n_documents"]].values.tolist() == [["2021", 3]]
    story = narrate(monthly, dyads, ("TUR", "GRC"), corpus=corpus)
    assert "**January 2021** (2 documents)" in story and "(X, 25 January 2021, `a`)" in story
    with pytest.raises(ValueError, match="corpus"):
        narrate(monthly, dyads, ("TUR", "GRC"))


def test_choose_period():
    dates = lambda start, n, freq: pd.DataFrame({"date": pd.date_range(start, periods=n, freq=freq)})  # noqa: E731
    assert al.choose_period(dates("2020-01-01", 40, "D")) == "document"
    assert al.choose_period(dates("2020-01-01", 41, "MS")) == "month"
    assert al.choose_period(dates("2010-01-01", 41, "YS")) == "year"


def test_disk_cache_serves_the_same_table_and_replays_warnings(write_corpus, tmp_path, monkeypatch):
    folder = write_corpus({"a.txt": "Turkey met Greece.", "b.txt": ""}, metadata="doc_id,date\na,2021-01-01\n")
    monkeypatch.setenv("ACTORLENS_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.warns(al.CorpusWarning) as first_warnings:
        first = al.load_corpus(folder)
    assert len(list((tmp_path / "cache").glob("load_corpus-*.pkl"))) == 1
    with pytest.warns(al.CorpusWarning) as again_warnings:
        again = al.load_corpus(folder)
    pd.testing.assert_frame_equal(first, again)
    assert [str(w.message) for w in again_warnings] == [str(w.message) for w in first_warnings]
    assert any("b.txt" in str(w.message) for w in again_warnings)
    (folder / "a.txt").write_text("Turkey met Greece again, in Athens.", encoding="utf-8")
    with pytest.warns(al.CorpusWarning):
        changed = al.load_corpus(folder)
    assert "again" in changed.loc[0, "text"]  # an edited file is a new key, never a stale result
    assert len(list((tmp_path / "cache").glob("load_corpus-*.pkl"))) == 2


def test_notebook_runner_refuses_to_overwrite_the_project(small_corpus, root):
    from actorlens.notebooks import run_on_corpus

    for kept in (root / "notebooks", root / "figures"):
        with pytest.raises(ValueError, match="untouched"):
            run_on_corpus(small_corpus, kept)


def test_cached_functions_used_per_document_write_one_cache_file(monkeypatch, tmp_path, corpus):
    # cooccurrence_by_document calls cooccurrence once per document; those calls must not each be cached
    monkeypatch.setenv("ACTORLENS_CACHE_DIR", str(tmp_path / "cache"))
    mentions = al.tag_actors(al.split_sentences(corpus))
    monkeypatch.setenv("ACTORLENS_CACHE_DIR", str(tmp_path / "cache2"))
    per_doc = al.cooccurrence_by_document(mentions)
    assert per_doc["doc_id"].nunique() == len(corpus)
    assert [p.name.split("-")[0] for p in (tmp_path / "cache2").iterdir()] == ["cooccurrence_by_document"]


def test_report_into_an_existing_file_is_a_clear_error(small_corpus, tmp_path):
    target = tmp_path / "report.txt"
    target.write_text("not a folder", encoding="utf-8")
    done = _run_cli("report", str(small_corpus), "--out", str(target), "--method", "textblob", "--quiet")
    assert done.returncode == 2
    assert done.stderr.startswith("actorlens: error: ") and "exists and is not a folder" in done.stderr
    assert str(target) in done.stderr and "Traceback" not in done.stderr
    assert target.read_text(encoding="utf-8") == "not a folder"


def test_a_mistyped_option_gets_the_usage_of_its_command():
    done = _run_cli("report", "seeds", "--out", "somewhere", "--jbos", "2")
    assert done.returncode == 2
    assert done.stderr.startswith("usage: actorlens report ") and "unrecognized arguments: --jbos" in done.stderr


def test_version():
    done = _run_cli("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"actorlens {al.__version__}"


def test_only_the_librarys_warnings_are_reported_as_actorlens_warnings(capsys):
    from actorlens.cli import _show_warning

    _show_warning(al.CorpusWarning("b.txt is empty"), al.CorpusWarning, "x.py", 1)
    _show_warning(UserWarning("identical low and high ylims"), UserWarning, "plots.py", 151)
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "actorlens: warning: b.txt is empty"
    assert err[1].startswith("plots.py:151: UserWarning: identical") and not err[1].startswith("actorlens")


@pytest.mark.parametrize("files", [{"only.txt": "Greece and Turkey met in Athens on Monday. Turkey said the talks went well."},
                                   {"only.txt": "Nobody is named in this sentence at all, so no actor is found."}])
def test_a_one_document_undated_corpus_gives_a_report_without_stray_warnings(write_corpus, tmp_path, files):
    import warnings

    folder = write_corpus(files)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        written = al.write_report(folder, tmp_path / "out", method="textblob")
    assert written["narratives"].exists() and written["figure_timeline"].exists()
    stray = [str(w.message) for w in caught if not issubclass(w.category, (al.CorpusWarning, ResourceWarning))]
    assert stray == []  # (ResourceWarnings are other tests' kernels being collected)


def test_the_progress_bar_names_every_step_of_a_run(small_corpus, tmp_path, monkeypatch, capsys):
    from actorlens import pipeline

    seen = []
    real = pipeline._Steps.step
    monkeypatch.setattr(pipeline._Steps, "step", lambda self, label: (seen.append(label), real(self, label)))
    al.write_report(small_corpus, tmp_path / "out", method="textblob", progress=True)
    assert seen[0] == "analysing documents" and "writing tables" in seen
    assert [s for s in seen if s.startswith("drawing figure")][0] == "drawing figure: timeline"
    assert "drawing figure: relationship_timelines" in capsys.readouterr().err

    class Untrained:  # the real model takes seconds to train; what matters is that its step is shown
        def predict_proba(self, targets):
            raise RuntimeError("not a model")

    seen.clear()
    monkeypatch.setattr(pipeline, "train_target_model", lambda: seen.append("trained") or Untrained())
    with pytest.raises(RuntimeError, match="not a model"):
        al.write_report(small_corpus, tmp_path / "out2", method="model", progress=True)
    assert seen[:3] == ["training the sentiment model", "trained", "analysing documents"]
    assert "training the sentiment model" in capsys.readouterr().err
