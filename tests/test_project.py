"""The project's set-up: pinned environment, commands, layout, a side-effect-free import, and the shape of the library."""

import os
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
    lines = [line.split("#")[0].strip() for line in (root / "requirements.txt").read_text().splitlines()]
    assert all("==" in line for line in lines if line)


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


def test_exercise_solutions_are_collapsed_and_executed(root):
    import nbformat

    for path in sorted((root / "notebooks").glob("*.ipynb")):
        solutions = [c for c in nbformat.read(path, as_version=4).cells
                     if c.cell_type == "code" and c.source.lstrip().startswith("# Solution")]
        assert solutions, f"{path.name} has no exercise solutions"
        for cell in solutions:
            assert cell.metadata.get("jupyter", {}).get("source_hidden") is True, f"{path.name}: {cell.source[:20]} is not collapsed"
            assert cell.outputs, f"{path.name}: {cell.source[:20]} shows no result"


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


# --- the shape of the library (ARCHITECTURE.md) ---------------------------------------------------


def _modules(root):
    import ast

    package = root / "lib" / "actorlens"
    for path in sorted(package.rglob("*.py")):
        yield path.relative_to(package).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def test_only_the_driver_reads_the_environment_caches_and_runs_processes(root):
    import ast

    for name, tree in _modules(root):
        if name.startswith("driver/") or name == "resources.py":
            continue
        source = ast.unparse(tree)
        for forbidden in ("os.environ", "getenv", "multiprocessing", "ProcessPoolExecutor", "joblib", "lru_cache",
                          "functools.cache", "disk_cached"):
            assert forbidden not in source, \
                f"{name} uses {forbidden}: only actorlens.driver reads the environment, caches and runs processes"


def test_resources_take_no_arguments(root):
    """The only memo outside the driver is @resource, whose loaders take no argument: a resource can
    depend on nothing but the library, so it is never a cached result of a user's data."""
    import ast

    for name, tree in _modules(root):
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and any(getattr(d, "id", None) == "resource" for d in node.decorator_list):
                assert not node.args.args and not node.args.kwonlyargs, f"{name}: {node.name} is a resource with arguments"


def test_no_module_imports_a_private_name_from_another(root):
    import ast

    for name, tree in _modules(root):
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("actorlens")):
                private = [a.name for a in node.names if a.name.startswith("_") and a.name != "__version__"]
                assert not private, f"{name} imports private {private} from {node.module}"


def test_stage_packages_do_not_import_the_driver(root):
    import ast

    for name, tree in _modules(root):
        if name.startswith("driver/") or name in ("__init__.py", "__main__.py"):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert "driver" not in (node.module or ""), f"{name} imports the driver ({node.module})"


@pytest.mark.slow
def test_a_wheel_works_outside_the_checkout(root, tmp_path):
    """Built from the repo and installed away from it, the package loads its bundled seeds and
    writes a report: nothing it needs lives in the checkout."""
    wheels, target, elsewhere = tmp_path / "wheels", tmp_path / "site", tmp_path / "elsewhere"
    elsewhere.mkdir()
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(root)], check=True,
                   capture_output=True)
    wheel = next(wheels.glob("actorlens-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACTORLENS_")}
    env["PYTHONPATH"] = str(target)  # before the editable checkout on sys.path
    code = ("import actorlens as al; assert 'site' in al.__file__, al.__file__; c = al.load_corpus(); "
            "print(len(c), al.project_root())")
    done = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["5", "None"]
    seeds = target / "actorlens" / "data" / "seeds"
    report = subprocess.run([sys.executable, "-m", "actorlens", "report", str(seeds), "--out", "out", "--method", "vader",
                             "--quiet"], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert report.returncode == 0, report.stderr
    assert (elsewhere / "out" / "tables" / "dyad_trends.csv").is_file() and (elsewhere / "out" / "narratives.md").is_file()
