"""Score the default registry and tagger on hand-annotated mention sets (maintainers' tool).

    .venv/bin/python registry/evaluate.py                       # the development set, with its errors
    .venv/bin/python registry/evaluate.py --set world_heldout_mentions   # a held-out set: scores only, no errors
    .venv/bin/python registry/evaluate.py --set world_heldout_mentions --baseline old_actors.csv
        # and another registry on the same mentions: recall of both, McNemar's paired test

Work on the registry with the development set (``world_dev.jsonl``) only; the held-out sets are
scored once per release, and their errors are not read while the registry is changed (see
``lib/actorlens/data/labels/mentions/README.md``).
"""

from __future__ import annotations

import argparse

import actorlens as al
from actorlens.datasets import label_file
import pandas as pd
from actorlens.evaluation.cleaning import mcnemar, wilson
from actorlens.evaluation.mentions import read_mention_gold, score_mentions

HELD_OUT = ("world_heldout_mentions",)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="sets", action="append", help="a mention set by name (default: world_dev_mentions)")
    parser.add_argument("--level", choices=al.actors.LEVELS, default="top")
    parser.add_argument("--errors", type=int, default=80, help="errors to print (development sets only)")
    parser.add_argument("--baseline", metavar="CSV", help="another registry to compare with, on the same gold mentions")
    args = parser.parse_args()
    tagger = al.ActorTagger(al.load_actors())
    for name in args.sets or ["world_dev_mentions"]:
        gold = read_mention_gold(label_file(name))
        scores = score_mentions(gold, tagger, level=args.level)
        p_lo, p_hi = wilson(scores.tp, scores.tp + scores.fp)
        r_lo, r_hi = wilson(scores.tp, scores.tp + scores.fn)
        print(f"{name} ({len(gold)} sentences, level {args.level}): precision {scores.precision:.3f} [{p_lo:.3f}, {p_hi:.3f}], "
              f"recall {scores.recall:.3f} [{r_lo:.3f}, {r_hi:.3f}] (tp {scores.tp}, fp {scores.fp}, fn {scores.fn})")
        places = scores.places
        if places is not None and len(places):
            agree = (places["gold"] == places["predicted"]).mean()
            print(f"  place: accuracy {agree:.3f} on {len(places)} matched mentions (gold places {int(places['gold'].sum())}, "
                  f"predicted {int(places['predicted'].sum())}, both {int((places['gold'] & places['predicted']).sum())}; "
                  f"baseline 'never a place' {1 - places['gold'].mean():.3f})")
        for half, part in gold.groupby(gold["item"].str.extract(r"^([a-zA-Z]+)", expand=False)):
            if len(part) < len(gold):
                sub = score_mentions(part, tagger, level=args.level)
                print(f"  {half}: {len(part)} sentences, precision {sub.precision:.3f}, recall {sub.recall:.3f} "
                      f"(tp {sub.tp}, fp {sub.fp}, fn {sub.fn})")
        if args.baseline:
            compare(gold, scores, tagger, args.baseline)
        if name in HELD_OUT:
            continue
        for row in scores.errors.head(args.errors).itertuples(index=False):
            print(f"  {row.kind:6} {row.actor:10} {row.mention!r:40} | {row.sentence[:150]}")
        if places is not None:
            for row in places[places["gold"] != places["predicted"]].itertuples(index=False):
                print(f"  place  gold={row.gold!s:5} {row.mention!r:30} {row.item}")


def compare(gold: pd.DataFrame, scores, tagger: al.ActorTagger, path: str) -> None:
    """The baseline registry at the top level, with the gold codes mapped to the default registry's
    top-level actors (so that the baseline is judged on the same meaning of each code)."""
    tops = tagger.top_codes()
    mapped = gold.assign(gold=gold["gold"].map(lambda g: [(tops.get(m[0], m[0]), *m[1:5], "") for m in g]))
    base = score_mentions(mapped, al.ActorTagger(al.load_actors(path), pd.DataFrame(columns=list(al.actors.CONTEXT_COLUMNS))))
    ours = scores.gold["found"].to_numpy()
    theirs = base.gold["found"].to_numpy()
    test = mcnemar(ours, theirs)
    print(f"  baseline {path}: precision {base.precision:.3f}, recall {base.recall:.3f} (tp {base.tp}, fp {base.fp}, fn {base.fn}); "
          f"gold mentions found by this registry only {int((ours & ~theirs).sum())}, by the baseline only "
          f"{int((~ours & theirs).sum())}; McNemar {test}")


if __name__ == "__main__":
    main()
