"""The committed figures are what the notebooks make, byte for byte (slow: runs every notebook)."""

import pytest
from actorlens.driver.notebooks import run_notebook


@pytest.mark.slow
def test_committed_figures_are_regenerated_byte_for_byte(root, tmp_path):
    """Run every notebook again, into a temporary folder, and compare with figures/."""
    notebooks = sorted((root / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    assert notebooks, "no notebooks"
    out = tmp_path / "figures"
    for nb in notebooks:
        run_notebook(nb, output=tmp_path / nb.name, env={"ACTORLENS_FIGURES_DIR": str(out)})
    committed = {p.name: p.read_bytes() for p in (root / "figures").iterdir() if p.is_file()}
    regenerated = {p.name: p.read_bytes() for p in out.iterdir()}
    assert sorted(regenerated) == sorted(committed)
    changed = [name for name in committed if committed[name] != regenerated[name]]
    assert changed == []
    stems = {nb.stem for nb in notebooks}
    assert all(any(name.startswith(stem + "_") for stem in stems) for name in committed)
