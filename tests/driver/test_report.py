"""write_report: the report folder, degenerate corpora, and a progress bar over every step."""

from __future__ import annotations

import actorlens as al
import pytest


def test_report_into_an_existing_file_is_a_clear_error(small_corpus, tmp_path, run_cli):
    target = tmp_path / "report.txt"
    target.write_text("not a folder", encoding="utf-8")
    done = run_cli("report", str(small_corpus), "--out", str(target), "--method", "textblob", "--quiet")
    assert done.returncode == 2
    assert done.stderr.startswith("actorlens: error: ") and "exists and is not a folder" in done.stderr
    assert str(target) in done.stderr and "Traceback" not in done.stderr
    assert target.read_text(encoding="utf-8") == "not a folder"


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
    from actorlens.driver import chunks
    from actorlens.driver.progress import Steps

    seen = []
    real = Steps.step
    monkeypatch.setattr(Steps, "step", lambda self, label: (seen.append(label), real(self, label)))
    al.write_report(small_corpus, tmp_path / "out", method="textblob", progress=True)
    assert seen[0] == "analysing documents" and "writing tables" in seen
    assert [s for s in seen if s.startswith("drawing figure")][0] == "drawing figure: timeline"
    assert "drawing figure: relationship_timelines" in capsys.readouterr().err

    class Untrained:  # the real model takes seconds to train; what matters is that its step is shown
        def predict_proba(self, targets):
            raise RuntimeError("not a model")

    seen.clear()
    monkeypatch.setattr(chunks, "train_target_model", lambda: seen.append("trained") or Untrained())
    with pytest.raises(RuntimeError, match="not a model"):
        al.write_report(small_corpus, tmp_path / "out2", method="model", progress=True)
    assert seen[:3] == ["training the sentiment model", "trained", "analysing documents"]
    assert "training the sentiment model" in capsys.readouterr().err
