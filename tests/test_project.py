"""The project's set-up: pinned environment, commands, layout, and a side-effect-free import."""

import re
import shutil
import subprocess
import sys

import pytest


def _pins(text: str) -> dict[str, str]:
    return {m[0].lower(): m[1] for m in re.findall(r"^\s*(?:-\s*)?([A-Za-z0-9_.-]+)==([^\s#]+)", text, re.M)}


def test_environment_yml_pins_the_same_versions_as_requirements(root):
    requirements = _pins((root / "requirements.txt").read_text())
    conda = _pins((root / "environment.yml").read_text())
    assert requirements and conda == requirements


def test_every_requirement_is_pinned(root):
    lines = [l.split("#")[0].strip() for l in (root / "requirements.txt").read_text().splitlines()]
    assert all("==" in l for l in lines if l)


def test_user_named_packages_are_required(root):
    names = set(_pins((root / "requirements.txt").read_text()))
    assert {"jupyterlab", "pandas", "matplotlib", "textblob", "nbval", "pytest", "pysbd"} <= names


def test_make_test_runs_strict_nbval_with_the_sanitize_file(root):
    makefile = (root / "Makefile").read_text()
    test_recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "--nbval " in test_recipe and "--nbval-lax" not in test_recipe
    assert "--nbval-current-env" in test_recipe and "--nbval-sanitize-with nbval_sanitize.cfg" in test_recipe
    assert (root / "nbval_sanitize.cfg").is_file()
    assert "make test" in (root / ".ci" / "run").read_text()


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_gitignore_does_not_swallow_lib(root):
    if not (root / ".git").exists():
        pytest.skip("not a git checkout")
    result = subprocess.run(["git", "check-ignore", "-q", "lib/actorlens/__init__.py"], cwd=root)
    assert result.returncode == 1  # 1: not ignored


def test_import_has_no_side_effects(tmp_path):
    code = "import sys, actorlens; print(sorted(m for m in ('pysbd', 'matplotlib.pyplot', 'nbclient') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert list(tmp_path.iterdir()) == []


def test_notebooks_are_stored_executed_without_timing(root):
    import nbformat

    for path in sorted((root / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert all(c.execution_count for c in code), f"{path.name} has unexecuted cells"
        assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
        assert not any("execution" in c.metadata for c in nb.cells), f"{path.name} has timing metadata"
        assert not any(o.output_type == "error" for c in code for o in c.outputs)


def test_every_package_the_library_imports_is_declared_and_pinned(root):
    import ast
    from importlib.metadata import packages_distributions

    imported = set()
    for path in (root / "lib" / "actorlens").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                imported.add(node.module.split(".")[0])
    third_party = sorted(m for m in imported if m not in sys.stdlib_module_names and m != "actorlens")
    distributions = packages_distributions()
    norm = lambda name: name.lower().replace("_", "-")  # noqa: E731
    pinned = {norm(k) for k in _pins((root / "requirements.txt").read_text())}
    declared = {norm(re.split(r"[<>=!~ \[]", d.strip('"'))[0]) for d in
                re.findall(r'"([^"]+)"', (root / "pyproject.toml").read_text().split("dependencies = [", 1)[1].split("]", 1)[0])}
    for module in third_party:
        names = {norm(d) for d in distributions.get(module, [module])}
        assert names & pinned, f"{module} is imported by the library but not pinned in requirements.txt"
        assert names & declared, f"{module} is imported by the library but not in pyproject.toml's dependencies"


def test_figures_made_during_the_tests_never_go_to_the_project(root):
    # doctests and notebooks run earlier in the session must not have reset this (one did, and
    # `make test` then rewrote a tracked figure)
    import os

    from actorlens import figures_dir

    assert os.environ.get("ACTORLENS_FIGURES_DIR")
    assert root.resolve() not in figures_dir().resolve().parents and figures_dir().resolve() != root / "figures"
