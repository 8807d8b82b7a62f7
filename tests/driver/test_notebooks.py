"""The notebook runner: quiet kernels, other corpora, and the project's files left untouched."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from actorlens.driver.notebooks import run_notebook, run_on_corpus

CORPORA = Path(__file__).parents[1] / "data" / "corpora"


def test_kernels_start_without_the_unencrypted_tcp_warning(tmp_path, capfd):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(6 * 7)")])
    path = tmp_path / "tiny.ipynb"
    nbformat.write(nb, path)
    run_notebook(path)
    assert nbformat.read(path, as_version=4).cells[0].outputs[0]["text"] == "42\n"
    assert "without encryption" not in capfd.readouterr().err


@pytest.mark.slow
@pytest.mark.parametrize("name", ["one_actor", "one_document", "undated"])
def test_every_notebook_runs_on_a_small_or_odd_corpus(name, tmp_path, tmp_path_factory, root):
    """A user's corpus may have one actor, one document or no dates; every notebook must still run
    top to bottom (an exercise that assumes a second actor or pair used to crash)."""
    shared = tmp_path_factory.getbasetemp() / "notebook-cache"  # the model is trained once for the three corpora
    done = run_on_corpus(CORPORA / name, tmp_path / "out", cache=shared)
    assert [p.name for p in done] == sorted(p.name for p in (root / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    for path in done:
        nb = nbformat.read(path, as_version=4)
        errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
        assert errors == [], f"{path.name}: {errors[:1]}"
    assert any((tmp_path / "out" / "figures").glob("05_*.png"))


def test_notebook_runner_refuses_to_overwrite_the_project(small_corpus, root):
    from actorlens.driver.notebooks import run_on_corpus

    for kept in (root / "notebooks", root / "figures"):
        with pytest.raises(ValueError, match="untouched"):
            run_on_corpus(small_corpus, kept)
