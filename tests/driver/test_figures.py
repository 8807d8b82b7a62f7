"""save_fig: one way to write figures, with the same bytes every time."""

import matplotlib
import pytest
from actorlens import save_fig
from matplotlib.figure import Figure


def _figure() -> Figure:
    fig = Figure(figsize=(4, 3))
    ax = fig.subplots()
    ax.plot([1, 2, 3], [3, 1, 2], label="a line")
    ax.set_title("Turkey \u2013 Russia")
    ax.legend()
    return fig


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_same_figure_same_bytes(tmp_path, monkeypatch, fmt):
    monkeypatch.setenv("ACTORLENS_FIGURES_DIR", str(tmp_path / "one"))
    first = save_fig(_figure(), "demo", notebook="01_corpus", fmt=fmt).read_bytes()
    monkeypatch.setenv("ACTORLENS_FIGURES_DIR", str(tmp_path / "two"))
    path = save_fig(_figure(), "demo", notebook="01_corpus", fmt=fmt)
    assert path == tmp_path / "two" / f"01_corpus_demo.{fmt}"
    assert path.read_bytes() == first
    assert matplotlib.__version__.encode() not in first  # no software version inside


@pytest.mark.parametrize(
    ("name", "notebook", "fmt"),
    [("Bad Name", "01_corpus", "png"), ("ok", "corpus", "png"), ("ok", "01_corpus", "jpg")],
)
def test_save_fig_rejects_bad_names(name, notebook, fmt):
    with pytest.raises(ValueError):
        save_fig(_figure(), name, notebook=notebook, fmt=fmt)
