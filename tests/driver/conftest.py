"""Fixtures of the driver's tests: a small corpus with its own registry, and the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ACTORS = ("code,label,kind,aliases\nGRC,Greece,state,Greece|Greek|Athens\nTUR,Turkey,state,Turkey|Turkish|Ankara\n"
          "EU,European Union,organization,European Union|EU|Brussels\n")


METADATA = ("doc_id,title,outlet,date,date_precision\n"
            "a1,Greece and Turkey agree to resume talks,Example News,2021-01-25,day\n"
            "a2,Athens accuses Ankara of violating airspace,Example Daily,2022-05,month\n"
            "a3,Leaders meet in Brussels,Example News,2023,year\n")


PAGES = {
    "a1.txt": "Greece and Turkey agree to resume talks\n\nForeign ministers of Greece and Turkey met in Athens on "
              "Monday and agreed to resume exploratory talks on the Aegean.\n\nBoth sides called the meeting "
              "constructive. The European Union welcomed the decision. Officials said the next round would take "
              "place in the spring, after months of technical preparations by both delegations.\n\nSign up for our daily newsletter and get "
              "the news in your inbox.\n",
    "a2.txt": "Athens accuses Ankara of violating airspace\n\nGreece accused Turkey on Tuesday of violating its "
              "airspace, and threatened to ask the European Union for sanctions.\n\nTurkish officials rejected the "
              "claim.\n",
    "a3.txt": "Leaders meet in Brussels\n\nThe Greek prime minister and the Turkish president met in Brussels and "
              "praised the improving relationship.\n\nThe European Union said it would support cooperation between "
              "Athens and Ankara.\n",
}


def run_cli_command(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "actorlens", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=600)


@pytest.fixture
def small_corpus(write_corpus) -> Path:
    folder = write_corpus(PAGES, metadata=METADATA)
    (folder / "actors.csv").write_text(ACTORS, encoding="utf-8")
    return folder


@pytest.fixture
def run_cli():
    """``run_cli("report", ...)``: the command line in a subprocess, as a user runs it."""
    return run_cli_command
