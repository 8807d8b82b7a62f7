"""The command line: the report, its help, bad input, warnings, usage and version."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import actorlens as al
import pandas as pd
import pytest

TABLES = ["corpus", "sentences", "mentions", "actor_sentiment", "cooccurrence", "dyad_sentences", "dyad_trends", "unknown_names"]


def test_report_command_writes_every_table_figure_and_narrative(small_corpus, tmp_path, run_cli):
    out = tmp_path / "report"
    done = run_cli("report", str(small_corpus), "--out", str(out), "--method", "textblob", "--quiet")
    assert done.returncode == 0, done.stderr
    tables = {name: pd.read_csv(out / "tables" / f"{name}.csv") for name in TABLES}
    assert tables["corpus"]["doc_id"].tolist() == ["a1", "a2", "a3"]  # in date order
    assert "text" not in tables["corpus"] and "raw_text" not in tables["corpus"]
    assert set(tables["mentions"]["actor"]) == {"GRC", "TUR", "EU"}  # the corpus's own registry
    assert not tables["sentences"]["text"].str.contains("newsletter").any()  # cleaned
    pair = tables["cooccurrence"].set_index(["actor_a", "actor_b"]).loc[("GRC", "TUR"), "count"]
    assert pair == tables["dyad_sentences"].query("actor_a == 'GRC' and actor_b == 'TUR'").shape[0]
    assert set(tables["actor_sentiment"]["method"]) == {"textblob"}
    trend = tables["dyad_trends"].query("actor_a == 'GRC' and actor_b == 'TUR'")
    assert trend["doc_id"].tolist() == ["a1", "a2", "a3"]  # per document in a small corpus, in date order
    story = (out / "narratives.md").read_text(encoding="utf-8")
    assert "### Greece–Turkey" in story and "agreed" in story
    figures = sorted(p.name for p in (out / "figures").glob("*.png"))
    assert figures == sorted(f"report_{n}.png" for n in ("timeline", "document_lengths", "mention_rates", "actor_portrayal",
                                                          "network", "npmi_heatmap", "relationship_timelines"))


def test_report_console_script_and_help():
    script = Path(sys.executable).with_name("actorlens")
    assert script.exists(), "the actorlens console script is installed next to python"
    done = subprocess.run([str(script), "report", "--help"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    for option in ("--out", "--actors", "--contexts", "--level", "--method", "--period", "--jobs", "--chunk-size", "--top-pairs", "--no-figures", "--quiet"):
        assert option in done.stdout


@pytest.mark.parametrize(
    ("files", "metadata", "message"),
    [
        (None, None, "corpus folder not found"),
        ({"a.txt": "Turkey met Greece."}, "doc_id,date\na,2021-13-01\n", "does not exist"),
        ({"a.txt": b"\x00\x01binary"}, None, "binary file"),
    ],
)
def test_report_bad_input_gets_the_library_error(write_corpus, tmp_path, files, metadata, message, run_cli):
    folder = write_corpus(files, metadata=metadata) if files else tmp_path / "missing"
    done = run_cli("report", str(folder), "--out", str(tmp_path / "out"), "--quiet")
    assert done.returncode == 2
    assert done.stderr.startswith("actorlens: error: ") and message in done.stderr
    assert "Traceback" not in done.stderr


def test_report_prints_warnings_and_goes_on(write_corpus, tmp_path, run_cli):
    folder = write_corpus({"a.txt": "Turkey met Greece in Athens.", "b.txt": ""})
    done = run_cli("report", str(folder), "--out", str(tmp_path / "out"), "--method", "vader", "--quiet")
    assert done.returncode == 0
    assert "actorlens: warning:" in done.stderr and "b.txt" in done.stderr


def test_a_mistyped_option_gets_the_usage_of_its_command(run_cli):
    done = run_cli("report", "seeds", "--out", "somewhere", "--jbos", "2")
    assert done.returncode == 2
    assert done.stderr.startswith("usage: actorlens report ") and "unrecognized arguments: --jbos" in done.stderr


def test_version(run_cli):
    done = run_cli("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"actorlens {al.__version__}"


def test_only_the_librarys_warnings_are_reported_as_actorlens_warnings(capsys):
    from actorlens.driver.cli import _show_warning

    _show_warning(al.CorpusWarning("b.txt is empty"), al.CorpusWarning, "x.py", 1)
    _show_warning(UserWarning("identical low and high ylims"), UserWarning, "plots.py", 151)
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "actorlens: warning: b.txt is empty"
    assert err[1].startswith("plots.py:151: UserWarning: identical") and not err[1].startswith("actorlens")


def test_notebooks_command_needs_corpus_and_out_together(run_cli):
    done = run_cli("notebooks", "--corpus", "somewhere")
    assert done.returncode == 2 and "--corpus and --out go together" in done.stderr


def test_a_bad_option_value_names_the_option_as_typed(small_corpus, tmp_path, run_cli):
    done = run_cli("report", str(small_corpus), "--out", str(tmp_path / "o"), "--chunk-size", "0")
    assert done.returncode == 2 and done.stderr.strip() == "actorlens: error: --chunk-size must be at least 1, not 0"


HEAVY_PAGE = ("Turkey and Greece resume talks\n\nThe foreign ministers of Turkey and Greece met in Athens on Monday.\n\n"
              "Subscribe to our newsletter\nGet unlimited access for $5 a month\nAlready a subscriber? Log in\n"
              "Become a member today\nJoin thousands of readers\nCancel anytime\n")


def test_report_names_heavily_cleaned_documents_and_a_rule_can_be_turned_off(write_corpus, tmp_path, run_cli):
    folder = write_corpus({"heavy.txt": HEAVY_PAGE}, "doc_id,title,outlet,date\nheavy,,O,2020-01-01\n")
    done = run_cli("report", str(folder), "--out", str(tmp_path / "a"), "--method", "vader", "--no-figures", "--quiet")
    assert done.returncode == 0, done.stderr
    assert "actorlens: warning:" in done.stderr and "heavy (" in done.stderr and "subscription" in done.stderr
    heavy = pd.read_csv(tmp_path / "a" / "tables" / "heavily_cleaned.csv")
    assert heavy["doc_id"].tolist() == ["heavy"] and heavy["removed_by"].tolist() == ["subscription"]
    done = run_cli("report", str(folder), "--out", str(tmp_path / "b"), "--method", "vader", "--no-figures", "--quiet",
                   "--skip-rule", "subscription")
    assert done.returncode == 0 and "lost more than" not in done.stderr
    assert pd.read_csv(tmp_path / "b" / "tables" / "heavily_cleaned.csv").empty


def test_an_unknown_rule_is_an_error_naming_the_option(small_corpus, tmp_path, run_cli):
    done = run_cli("report", str(small_corpus), "--out", str(tmp_path / "o"), "--skip-rule", "adverts")
    assert done.returncode == 2 and done.stderr.startswith("actorlens: error: --skip-rule") and "adverts" in done.stderr


def test_help_names_every_rule_that_can_be_turned_off(run_cli):
    done = run_cli("report", "--help")
    text = " ".join(done.stdout.split())
    assert all(reason in text for reason in al.REASONS if reason != "blank")
    assert "--max-removed-share" in text and "heavily_cleaned.csv" in text


def test_level_and_context_rules_of_a_world_corpus(write_corpus, tmp_path, run_cli):
    folder = write_corpus({"a.txt": "The Turkish army shelled YPG positions, the Kremlin said.\n\n"
                                    "The Paris Agreement talks resumed in Brussels.\n"},
                          metadata="doc_id,date\na,2019-10-10\n")
    top, specific = tmp_path / "top", tmp_path / "specific"
    assert run_cli("report", str(folder), "--out", str(top), "--method", "textblob", "--quiet", "--no-figures").returncode == 0
    assert run_cli("report", str(folder), "--out", str(specific), "--method", "textblob", "--quiet", "--no-figures",
                   "--level", "specific").returncode == 0
    at_top = pd.read_csv(top / "tables" / "mentions.csv")
    at_specific = pd.read_csv(specific / "tables" / "mentions.csv")
    assert at_top["actor"].tolist() == ["TUR", "KURDS", "RUS", "BEL"]  # no France: the Paris Agreement is not Paris
    assert at_specific["actor"].tolist() == ["TURMIL", "YPG", "RUSGOV", "BEL"]
    rules = folder / "rules.csv"
    rules.write_text("alias,before,after\nKremlin,(oops,\n", encoding="utf-8")
    done = run_cli("report", str(folder), "--out", str(tmp_path / "bad"), "--contexts", str(rules), "--quiet")
    assert done.returncode == 2 and "rules.csv, line 2" in done.stderr and "Traceback" not in done.stderr
