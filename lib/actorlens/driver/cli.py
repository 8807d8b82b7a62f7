"""The ``actorlens`` command (or ``python -m actorlens``): ``actorlens report CORPUS_DIR --out DIR``
runs the whole analysis without notebooks (see :mod:`actorlens.driver.analysis`) and writes tables,
figures and narratives; ``actorlens notebooks`` executes the notebooks (see
:mod:`actorlens.driver.notebooks`). Bad input stops it with the library's message, which names the file and
the problem, and exit status 2; warnings about repaired input are printed and the run goes on.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

from ..corpus import MAX_REMOVED_SHARE
from ..errors import CorpusError, CorpusWarning
from ..text import REASONS

__all__ = ["main"]

_DESCRIPTION = """\
Analyse a folder of news pages: who is talked about, how each actor is portrayed, which actors
appear together, and how each relationship moves between cooperation and conflict over time.

CORPUS_DIR holds one .txt file per page (the file name is the document id), an optional
metadata.csv (doc_id, title, outlet, date, date_precision, ...), an optional actors.csv
(code, label, kind, aliases, parent, active) and an optional contexts.csv (alias, before, after,
note); without them the world registry and its context rules are used. Dates matter: a leader's
name counts for the state only while in office at the document's date.

OUT gets:
  tables/corpus.csv            one row per document: metadata and cleaning quality
  tables/sentences.csv         one row per sentence, with offsets into the clean text
  tables/mentions.csv          one row per actor mention: actor (at --level), specific code, top-level
                               code, whether a place, the person named, whether undated
  tables/actor_sentiment.csv   one row per (sentence, actor): polarity and label
  tables/cooccurrence.csv      one row per pair of actors: counts, PMI, NPMI, Jaccard, Dice
  tables/dyad_sentences.csv    one row per (sentence, pair): cooperation, tone and the cue words
  tables/dyad_trends.csv       one row per pair and time step: means and spreads
  tables/heavily_cleaned.csv   the documents that lost more than --max-removed-share of their words in
                               cleaning, and the rule that removed most (read them: a rule may have misfired)
  tables/unknown_names.csv     frequent names the registry does not know, with an example: what to add
  narratives.md                the busiest relationships told over time, with quoted evidence
  figures/report_*.png         the figures
"""


def _parser() -> argparse.ArgumentParser:
    from .. import __version__
    from . import notebooks

    parser = argparse.ArgumentParser(prog="actorlens", description="actorlens: how news coverage portrays international actors.")
    parser.add_argument("--version", action="version", version=f"actorlens {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    report = commands.add_parser("report", help="analyse a corpus folder and write tables, figures and narratives",
                                 description=_DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    report.add_argument("corpus", metavar="CORPUS_DIR", type=Path, help="the folder of .txt pages")
    report.add_argument("--out", metavar="OUT", type=Path, required=True, help="the folder to write the report into (created if needed)")
    report.add_argument("--actors", metavar="FILE", type=Path,
                        help="an actor registry CSV (default: CORPUS_DIR/actors.csv, else the default registry)")
    report.add_argument("--contexts", metavar="FILE", type=Path,
                        help="context rules for the registry's names (default: CORPUS_DIR/contexts.csv, else the default rules)")
    report.add_argument("--level", choices=("top", "specific"), default="top",
                        help="actors in the tables: top-level (TUR for the Turkish army, KURDS for the YPG; the default) or "
                             "specific (TURMIL, YPG)")
    report.add_argument("--method", choices=("model", "textblob", "vader"), default="model",
                        help="how actor sentiment is scored: the target-dependent model trained on NewsMTSC (default), "
                             "or the TextBlob or VADER score of the whole sentence")
    report.add_argument("--period", choices=("auto", "document", "month", "year"), default="auto",
                        help="time step of the relationship trends; auto: per document up to 40 dated documents, "
                             "else per month over up to four years, else per year (default: auto)")
    report.add_argument("--jobs", "-j", metavar="N", type=int, default=1,
                        help="processes for the per-document work; -1 for all cores. Results are identical for any N (default: 1)")
    report.add_argument("--chunk-size", metavar="N", type=int, default=100,
                        help="documents per unit of work; memory grows with N times the number of jobs (default: 100)")
    report.add_argument("--top-pairs", metavar="N", type=int, default=10, help="relationships told in narratives.md (default: 10)")
    report.add_argument("--skip-rule", metavar="RULE", action="append", default=[], dest="skip_rules",
                        help="turn a cleaning rule off by name, keeping what it would remove (repeat for several); "
                             "the rules are the reasons in the cleaning audit: "
                             + ", ".join(reason for reason in REASONS if reason != "blank"))
    report.add_argument("--max-removed-share", metavar="SHARE", type=float, default=MAX_REMOVED_SHARE,
                        help="flag and name documents that lose more than this share of their words in cleaning (default: %(default)s)")
    report.add_argument("--no-figures", action="store_true", help="write the tables and narratives only")
    report.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")
    runner = commands.add_parser("notebooks", help="execute the notebooks (in place, or on another corpus with --corpus/--out)",
                                 description=notebooks.__doc__.split("\n\n", 1)[1], formatter_class=argparse.RawDescriptionHelpFormatter)
    notebooks.add_arguments(runner)
    parser.commands = {"report": report, "notebooks": runner}  # type: ignore[attr-defined]
    return parser


def _report(args: argparse.Namespace) -> int:
    from .report import write_report

    start = time.perf_counter()
    written = write_report(
        args.corpus, args.out, actors=args.actors, contexts=args.contexts, level=args.level, method=args.method, period=args.period, n_jobs=args.jobs,
        chunk_size=args.chunk_size, top_pairs=args.top_pairs, figures=not args.no_figures, progress=not args.quiet,
        skip_rules=tuple(args.skip_rules), max_removed_share=args.max_removed_share,
    )
    if not args.quiet:
        print(f"actorlens: wrote {len(written)} files to {args.out} in {time.perf_counter() - start:.1f} s")
        for name, path in written.items():
            print(f"  {name:30} {path}")
    return 0


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """The library's warnings about the input, in the command's words; any other warning (from a
    library underneath) as Python shows it, so it is not mistaken for a problem with the corpus."""
    from tqdm import tqdm

    if issubclass(category, CorpusWarning):
        text = f"actorlens: warning: {message}"
    else:
        text = warnings.formatwarning(message, category, filename, lineno, line).rstrip()
    tqdm.write(text, file=sys.stderr)  # above the progress bar, not through it


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 done, 2 bad input or usage)."""
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    if extra:  # reported with the usage of the command they were given to, not the top-level one
        parser.commands[args.command].error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("default", CorpusWarning)
            warnings.showwarning = _show_warning
            if args.command == "notebooks":
                from . import notebooks

                return notebooks.run(args, parser.commands["notebooks"])
            return _report(args)
    except (CorpusError, ValueError) as err:  # bad input or a bad option: the message names it
        message = str(err)
        if isinstance(err, ValueError):  # the settings' names, as the command line spells them
            for name, option in (("n_jobs", "--jobs"), ("chunk_size", "--chunk-size"), ("top_pairs", "--top-pairs"),
                                 ("skip_rules", "--skip-rule"), ("max_removed_share", "--max-removed-share")):
                message = message.replace(name, option)
        print(f"actorlens: error: {message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
