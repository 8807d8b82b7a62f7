"""Execute the project's notebooks, reproducibly: ``actorlens notebooks`` (``make figures``).

Each notebook runs top to bottom in a fresh kernel of the current Python environment, from the
``notebooks/`` folder, with ``PYTHONHASHSEED=0`` and matplotlib's inline backend. No timing
metadata is recorded, so a second run writes the same bytes as the first.

By default the notebooks analyse the seeds and are written in place, with their figures in
``figures/``. ``--corpus DIR --out OUT`` runs them on another corpus instead (``make figures
CORPUS=DIR OUT=OUT``): the kernel gets ``ACTORLENS_CORPUS=DIR``, the executed notebooks go to
``OUT/notebooks/``, the figures to ``OUT/figures/`` and the disk cache to ``OUT/.cache/`` (so a
second run takes seconds); the committed notebooks and figures are not touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from ..errors import CorpusError
from .environment import display_path, project_root

__all__ = ["add_arguments", "notebooks_dir", "run", "run_notebook", "run_notebooks", "run_on_corpus"]


def notebooks_dir() -> Path:
    """The checkout's ``notebooks/`` folder (the notebooks are not part of an installed package)."""
    root = project_root()
    if root is None:
        raise CorpusError("the notebooks come with the project's checkout (git clone …; make figures), "
                          "not with an installed package")
    return root / "notebooks"


def _kernel_manager(sockets: Path):
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
    from jupyter_client.manager import KernelManager

    class CurrentEnvSpecs(KernelSpecManager):
        """Always the kernel of this interpreter, whatever kernels the user has installed."""

        def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
            return KernelSpec(
                argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                display_name="Python 3 (ipykernel)",
                language="python",
            )

    spec = {"kernel_name": "python3", "kernel_spec_manager": CurrentEnvSpecs()}
    if os.name == "posix":
        # IPC sockets, files in a private temporary folder (over TCP the kernel warns, once per
        # notebook, that its traffic is unencrypted); the path is absolute because the kernel runs
        # in the notebook's folder
        spec.update(transport="ipc", ip=str(sockets / "kernel"))
    return KernelManager(**spec)


def run_notebook(
    path: Path, *, output: Path | None = None, env: dict[str, str] | None = None, timeout: int = 900
) -> Path:
    """Execute one notebook; write it to ``output`` (default: in place). Returns where it went.

    The kernel gets this process's environment with ``PYTHONHASHSEED=0``, the inline plotting
    backend, and ``env`` on top (``{"ACTORLENS_FIGURES_DIR": ...}`` sends figures elsewhere).
    """
    import nbformat
    from nbclient import NotebookClient

    path = Path(path).resolve()
    nb = nbformat.read(path, as_version=4)
    kernel_env = {
        **os.environ,
        "PYTHONHASHSEED": "0",
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        **(env or {}),
    }
    sockets = tempfile.TemporaryDirectory(prefix="actorlens-kernel-")
    km = _kernel_manager(Path(sockets.name))
    client = NotebookClient(
        nb,
        km=km,
        timeout=timeout,
        record_timing=False,
        coalesce_streams=True,  # one stream output per cell: how print() was flushed never changes the bytes
        resources={"metadata": {"path": str(path.parent)}},
    )
    try:
        client.execute(env=kernel_env)
    finally:
        if km.has_kernel:  # nbclient leaves a kernel it did not start to its owner: stop it, or it lingers
            km.shutdown_kernel(now=True)
        sockets.cleanup()
    target = Path(output).resolve() if output else path
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)
    return target


def run_notebooks(
    paths: list[Path] | None = None, *, output_dir: Path | None = None, env: dict[str, str] | None = None
) -> list[Path]:
    """Execute notebooks in order (default: every ``notebooks/[0-9]*.ipynb``)."""
    paths = sorted(paths) if paths else sorted(notebooks_dir().glob("[0-9][0-9]_*.ipynb"))
    done = []
    for path in paths:
        output = Path(output_dir) / Path(path).name if output_dir else None
        print(f"executing {display_path(Path(path))}", flush=True)
        done.append(run_notebook(path, output=output, env=env))
    return done


def run_on_corpus(corpus: Path, out: Path, paths: list[Path] | None = None, *, cache: Path | None = None) -> list[Path]:
    """Execute the notebooks on another corpus folder, writing everything under ``out``; the disk
    cache goes to ``cache`` (default ``out/.cache``; several corpora may share one)."""
    corpus, out = Path(corpus).expanduser().resolve(), Path(out).expanduser().resolve()
    if not corpus.is_dir():
        raise CorpusError(f"corpus folder not found: {corpus}")
    root = project_root()
    kept = [root / "notebooks", root / "figures", root / "seeds", root] if root is not None else []
    for folder in kept:
        if out == folder.resolve():
            raise ValueError(f"OUT must be a folder of its own, not {folder}: the committed notebooks and figures stay untouched")
    env = {"ACTORLENS_CORPUS": str(corpus), "ACTORLENS_FIGURES_DIR": str(out / "figures"),
           "ACTORLENS_CACHE_DIR": str(Path(cache).expanduser().resolve() if cache else out / ".cache")}
    return run_notebooks(paths, output_dir=out / "notebooks", env=env)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``actorlens notebooks``."""
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: all, in order)")
    parser.add_argument("--output-dir", type=Path, help="write executed copies here instead of in place")
    parser.add_argument("--corpus", type=Path, help="run on this corpus folder instead of the seeds (needs --out)")
    parser.add_argument("--out", type=Path, help="with --corpus: where the notebooks, figures and cache go")


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """``actorlens notebooks``: execute the notebooks, in place or (with ``--corpus``) on another corpus."""
    if args.corpus is not None or args.out is not None:
        if args.corpus is None or args.out is None:
            parser.error("--corpus and --out go together (make figures CORPUS=DIR OUT=DIR)")
        run_on_corpus(args.corpus, args.out, args.notebooks)
        return 0
    run_notebooks(args.notebooks, output_dir=args.output_dir)
    return 0
