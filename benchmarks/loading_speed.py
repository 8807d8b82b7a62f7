"""Loading speed: ``load_corpus`` (read, clean, date) on a 10,000-document corpus, in documents/s.

    .venv/bin/python benchmarks/loading_speed.py --documents 10000 --out /tmp/actorlens-load

Writes the same synthetic corpus as ``pipeline_scale.py`` (random.Random(0)) in two forms: as
written (one paragraph a line) and hard-wrapped at 60 characters with ``textwrap`` (as text
extracted from a PDF is), then times ``load_corpus`` on each in a fresh process, best of
``--repeat`` runs. Run it from two checkouts to compare versions: the corpus is the same bytes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

TIMER = """
import json, sys, time, warnings
import actorlens as al
warnings.simplefilter("ignore")
best = None
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    corpus = al.load_corpus(sys.argv[1])
    seconds = time.perf_counter() - start
    best = seconds if best is None else min(best, seconds)
print(json.dumps({"documents": len(corpus), "seconds": round(best, 2), "documents_per_s": round(len(corpus) / best, 1),
                  "words": int(corpus["n_words"].sum())}))
"""


def wrap_folder(source: Path, target: Path, width: int = 60) -> None:
    """A copy of ``source`` with every paragraph hard-wrapped at ``width`` characters."""
    target.mkdir(parents=True, exist_ok=True)
    for page in sorted(source.glob("*.txt")):
        lines = page.read_text(encoding="utf-8").split("\n")
        wrapped = ["\n".join(textwrap.wrap(line, width)) if line else "" for line in lines]
        (target / page.name).write_text("\n".join(wrapped), encoding="utf-8")
    (target / "metadata.csv").write_bytes((source / "metadata.csv").read_bytes())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/actorlens-load"))
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    from pipeline_scale import build_corpus

    flat, wrapped = args.out / "flat", args.out / "wrapped"
    if not (flat / "metadata.csv").exists():
        build_corpus(flat, args.documents)
    if not (wrapped / "metadata.csv").exists():
        wrap_folder(flat, wrapped)
    for name, folder in (("one paragraph a line", flat), ("wrapped at 60", wrapped)):
        done = subprocess.run([sys.executable, "-c", TIMER, str(folder), str(args.repeat)], capture_output=True, text=True, check=True)
        print(name, json.loads(done.stdout))


if __name__ == "__main__":
    main()
