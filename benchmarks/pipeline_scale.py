"""Scale: the whole pipeline on a synthetic corpus of 10,000 documents, with one core and two.

    .venv/bin/python benchmarks/pipeline_scale.py --documents 10000 --out /tmp/actorlens-bench

Builds a deterministic corpus from the seed corpus's sentences (random.Random(0): the same
documents on every run), with a title, paragraphs of one to three sentences, and in some
documents a newsletter line and a photo caption for the cleaner to remove. Then it measures, each
in a fresh process so that peak memory is its own:

* bare ``textblob.en.sentiment`` over every sentence on one core: the floor no lexicon pipeline
  can beat;
* ``actorlens report`` end to end (read, clean, split, tag, actor sentiment with the default
  model including its training, relations, counting, CSV tables, narratives, figures) with
  ``--jobs 1`` and ``--jobs 2``: documents/s, sentences/s, peak memory, and each stage's time
  summed over the worker processes;
* with ``--notebooks``: the five notebooks on the same corpus, run twice through
  ``actorlens notebooks --corpus … --out …`` (the second run is served by the disk cache).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

FURNITURE = ["Sign up for our daily newsletter and get the news in your inbox.",
             "Turkish soldiers patrol near the border. (Photo by A. Reporter/AFP)"]


def build_corpus(folder: Path, documents: int) -> int:
    """Write ``documents`` pages and a metadata.csv into ``folder``; return the number of body sentences."""
    import actorlens as al

    seeds = al.split_sentences(al.load_corpus())
    texts = seeds.loc[~seeds["is_heading"], "text"].tolist()
    rng = random.Random(0)
    folder.mkdir(parents=True, exist_ok=True)
    rows, total = [], 0
    for i in range(documents):
        doc_id = f"doc{i:05d}"
        chosen = [rng.choice(texts) for _ in range(rng.randint(8, 32))]
        total += len(chosen)
        paragraphs, k = [], 0
        while k < len(chosen):
            step = rng.randint(1, 3)
            paragraphs.append(" ".join(chosen[k : k + step]))
            k += step
        if rng.random() < 0.3:
            paragraphs.insert(rng.randint(1, len(paragraphs)), FURNITURE[0])
        if rng.random() < 0.2:
            paragraphs.insert(1, FURNITURE[1])
        title = f"Synthetic story {i}: {chosen[0][:60].rstrip()}"
        (folder / f"{doc_id}.txt").write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        year, month, day = rng.randint(2018, 2024), rng.randint(1, 12), rng.randint(1, 28)
        rows.append((doc_id, title, rng.choice(["Outlet A", "Outlet B", "Outlet C"]), f"{year}-{month:02d}-{day:02d}", "day"))
    with (folder / "metadata.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["doc_id", "title", "outlet", "date", "date_precision"])
        writer.writerows(rows)
    return total


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports kilobytes


def bare_textblob(corpus: Path) -> dict:
    """One core: TextBlob's sentiment of every sentence, sentences already split (not timed)."""
    import actorlens as al
    from textblob import en

    sentences = al.split_sentences(al.load_corpus(corpus))["text"].tolist()
    start = time.perf_counter()
    for text in sentences:
        en.sentiment(text)
    seconds = time.perf_counter() - start
    return {"sentences": len(sentences), "seconds": seconds, "peak_mb": _peak_mb()}


def report(corpus: Path, out: Path, jobs: int) -> dict:
    """``write_report`` end to end: tables, narratives and figures, the model's training included."""
    import pandas as pd

    import actorlens as al

    start = time.perf_counter()
    written = al.write_report(corpus, out, n_jobs=jobs)
    seconds = time.perf_counter() - start
    sentences = len(pd.read_csv(written["sentences"], usecols=["doc_id"]))
    return {"jobs": jobs, "seconds": seconds, "sentences": sentences, "peak_mb": _peak_mb()}


def stages(corpus: Path, jobs: int) -> dict:
    import actorlens as al

    start = time.perf_counter()
    result = al.analyse(corpus, n_jobs=jobs)
    return {"jobs": jobs, "seconds": time.perf_counter() - start, "stages": result.seconds,
            "sentences": len(result.sentences), "peak_mb": _peak_mb()}


def notebooks(corpus: Path, out: Path) -> dict:
    runs = []
    for _ in range(2):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "actorlens", "notebooks", "--corpus", str(corpus), "--out", str(out)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        runs.append(time.perf_counter() - start)
    return {"first_s": runs[0], "cached_s": runs[1]}


def _in_fresh_process(name: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, __file__, "--measure", name, *args], check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/actorlens-bench"))
    parser.add_argument("--notebooks", action="store_true", help="also run the notebooks twice on the corpus")
    parser.add_argument("--measure", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        name, *rest = args.measure
        corpus = Path(rest[0])
        result = {"bare": lambda: bare_textblob(corpus),
                  "report": lambda: report(corpus, Path(rest[1]), int(rest[2])),
                  "stages": lambda: stages(corpus, int(rest[1]))}[name]()
        print(json.dumps(result, default=float))
        return

    corpus = args.out / "corpus"
    start = time.perf_counter()
    n_sentences = build_corpus(corpus, args.documents)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"corpus: {args.documents:,} documents, {n_sentences:,} body sentences, built in {time.perf_counter() - start:.1f} s")
    bare = _in_fresh_process("bare", str(corpus))
    floor = bare["sentences"] / bare["seconds"]
    print(f"bare textblob.en.sentiment, 1 core: {bare['sentences']:,} sentences in {bare['seconds']:.1f} s = "
          f"{floor:,.0f} sentences/s")
    results = {}
    for jobs in (1, 2):
        run = _in_fresh_process("report", str(corpus), str(args.out / f"report-{jobs}"), str(jobs))
        results[jobs] = run
        rate = run["sentences"] / run["seconds"]
        print(f"actorlens report --jobs {jobs}: {run['seconds']:.1f} s, {args.documents / run['seconds']:,.0f} documents/s, "
              f"{rate:,.0f} sentences/s ({rate / floor:.2f} of bare TextBlob), peak memory {run['peak_mb']:,.0f} MB")
    print(f"two cores / one core: {results[1]['seconds'] / results[2]['seconds']:.2f}x")
    for jobs in (1, 2):
        run = _in_fresh_process("stages", str(corpus), str(jobs))
        parts = ", ".join(f"{k} {v:.1f} s" for k, v in run["stages"].items())
        print(f"analyse --jobs {jobs} ({run['seconds']:.1f} s, peak {run['peak_mb']:,.0f} MB), stage times summed over "
              f"processes: {parts}")
        for stage, seconds in run["stages"].items():
            if stage in ("clean", "split", "tag", "sentiment", "relations") and seconds:
                print(f"    {stage:9} {args.documents / seconds:8,.0f} documents/s  {run['sentences'] / seconds:8,.0f} sentences/s per process")
    if args.notebooks:
        nb = notebooks(corpus, args.out / "notebooks-out")
        print(f"notebooks on the corpus: first run {nb['first_s']:.0f} s, cached re-run {nb['cached_s']:.1f} s")


if __name__ == "__main__":
    main()
