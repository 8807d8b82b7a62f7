"""Sentiment throughput: sentences per second of each actor_sentiment method, and training time.

    .venv/bin/python benchmarks/sentiment_throughput.py --sentences 5000

The input is the seed corpus's sentences repeated (deterministic) with their actor mentions; each
method scores every (sentence, actor) pair. The model's training time is measured separately.
"""

from __future__ import annotations

import argparse
import os
import platform
import time

import pandas as pd

import actorlens as al
from actorlens.sentiment import METHODS, train_target_model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=5000)
    args = parser.parse_args()
    seeds = al.split_sentences(al.load_corpus())
    reps = -(-args.sentences // len(seeds))
    frames = [seeds.assign(doc_id=seeds["doc_id"] + f"_{r:04d}") for r in range(reps)]
    sentences = pd.concat(frames, ignore_index=True).head(args.sentences)
    mentions = al.tag_actors(sentences)

    start = time.perf_counter()
    model = train_target_model()
    train_s = time.perf_counter() - start
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"model trained on NewsMTSC train in {train_s:.1f} s")
    print(f"input: {len(sentences):,} sentences, {len(mentions):,} mentions")
    for method in METHODS:
        start = time.perf_counter()
        table = al.actor_sentiment(sentences, mentions, method, model=model)
        seconds = time.perf_counter() - start
        print(f"{method:9} {len(table):,} pairs in {seconds:.2f} s: {len(sentences) / seconds:,.0f} sentences/s")
    start = time.perf_counter()
    al.sentence_sentiment(sentences)
    seconds = time.perf_counter() - start
    print(f"sentence_sentiment (TextBlob with assessments): {len(sentences) / seconds:,.0f} sentences/s")


if __name__ == "__main__":
    main()
