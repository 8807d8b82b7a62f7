"""Tagging throughput: sentences per second of actorlens.tag_actors on a large synthetic input.

The input is the seed corpus's sentences repeated (deterministic) until it holds ``--sentences``
sentences. Run from anywhere:

    .venv/bin/python benchmarks/tagger_throughput.py --sentences 200000 --repeat 3

It prints the machine, the registry size, and the best of ``--repeat`` runs. A PETRARCH dictionary
can be tagged with instead of the project registry (``--petrarch FILE``).
"""

from __future__ import annotations

import argparse
import os
import platform
import time

import pandas as pd

import actorlens as al


def synthetic_sentences(n: int) -> pd.DataFrame:
    seeds = al.split_sentences(al.load_corpus())
    reps = -(-n // len(seeds))
    big = pd.concat([seeds] * reps, ignore_index=True).head(n)
    big["doc_id"] = [f"synthetic_{i // 40:06d}" for i in range(len(big))]
    big["sent_id"] = [i % 40 for i in range(len(big))]
    return big


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--petrarch", help="tag with this PETRARCH .actors dictionary instead")
    args = parser.parse_args()

    registry = al.load_petrarch_actors(args.petrarch) if args.petrarch else al.load_actors()
    start = time.perf_counter()
    tagger = al.ActorTagger(registry)
    compile_s = time.perf_counter() - start
    sentences = synthetic_sentences(args.sentences)
    # every synthetic document dated (one a day from 2015), so leaders are resolved by their term
    doc_ids = sentences["doc_id"].drop_duplicates()
    documents = pd.DataFrame({"doc_id": doc_ids, "date": pd.date_range("2015-01-01", periods=len(doc_ids), freq="D"),
                              "date_precision": "day"})
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        mentions = al.tag_actors(sentences, tagger, documents=documents)
        best = min(best, time.perf_counter() - start)
    n_aliases = sum(len(a) for a in registry["aliases"])
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    kinds = ", ".join(f"{n:,} {kind}" for kind, n in registry["kind"].value_counts().sort_index().items())
    print(f"registry: {len(registry):,} actors ({kinds}), {n_aliases:,} aliases; compiled in {compile_s:.2f} s")
    print(f"input: {len(sentences):,} sentences, {sentences['text'].str.len().sum():,} characters")
    print(f"tagged: {len(mentions):,} mentions in {best:.2f} s (best of {args.repeat})")
    print(f"throughput: {len(sentences) / best:,.0f} sentences/s")


if __name__ == "__main__":
    main()
