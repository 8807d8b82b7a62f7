"""The mention tagger: hard cases of matching, offsets, one compiled pattern, ignore phrases."""

import pandas as pd
import pytest
from actorlens import ActorTagger, load_actors, tag_actors
from actorlens.actors import MENTION_COLUMNS


def found(tagger, text):
    return [(m.text, m.actor) for m in tagger.find(text)]


@pytest.fixture(scope="module")
def tagger():
    return ActorTagger(load_actors())


HEADER = "code,label,kind,aliases\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US and the U.S. Congress told us nothing.", [("US", "USA"), ("U.S.", "USA"), ("Congress", "USA")]),
        ("Let us be clear, said the pastor.", []),
        ("Syrian Kurdish militants attacked.", [("Syrian Kurdish militants", "KURDS")]),
        ("The Islamic State of Iraq and Syria lost ground.", [("Islamic State of Iraq and Syria", "ISIS")]),
        ("U.S.-Turkish ties and Ankara-Washington ties", [("U.S.", "USA"), ("Turkish", "TUR"), ("Ankara", "TUR"), ("Washington", "USA")]),
        ("Turkey-US talks; the Russia-Turkey deal", [("Turkey", "TUR"), ("US", "USA"), ("Russia", "RUS"), ("Turkey", "TUR")]),
        ("Iran-backed Hamas and US-backed Kurdish forces", [("Iran", "IRN"), ("Hamas", "HAMAS"), ("US", "USA"), ("Kurdish forces", "KURDS")]),
        ("Turkey's role and Erdogan\u2019s call", [("Turkey", "TUR"), ("Erdogan", "TUR")]),
        ("the Kurdish People\u2019s Protection Units", [("Kurdish People\u2019s Protection Units", "KURDS")]),
        ("In earlyAnkara followed; theKremlin said", [("Ankara", "TUR"), ("Kremlin", "RUS")]),
        ("TURKEY AND RUSSIA", [("TURKEY", "TUR"), ("RUSSIA", "RUS")]),
        ("We ate roast turkey in Latin America.", []),
        ("Hayat Tahrir al-Sham (HTS) and al-Qaeda-linked rebels", [("Hayat Tahrir al-Sham", "HTS"), ("HTS", "HTS"), ("al-Qaeda", "AQ")]),
        ("Americans and Turks; the Turkmen; Russians", [("Americans", "USA"), ("Turks", "TUR"), ("Russians", "RUS")]),
        ("\u0130brahim Kalin met officials from \u0130RAN", [("\u0130brahim Kalin", "TUR"), ("\u0130RAN", "IRN")]),
        ("The Washington Post says the Turkish National Security Council met.", [("Turkish", "TUR")]),
    ],
)
def test_hard_cases(tagger, text, expected):
    assert found(tagger, text) == expected


def test_offsets_and_columns(corpus):
    from actorlens import split_sentences

    sentences = split_sentences(corpus)
    mentions = tag_actors(sentences)
    assert mentions.columns.tolist() == MENTION_COLUMNS
    texts = sentences.set_index(["doc_id", "sent_id"])["text"]
    for m in mentions.itertuples():
        assert texts[(m.doc_id, m.sent_id)][m.start : m.end] == m.text


def test_no_sentences_gives_an_empty_table():
    empty = tag_actors(pd.DataFrame({"doc_id": [], "sent_id": [], "text": []}))
    assert empty.empty and empty.columns.tolist() == MENTION_COLUMNS


def test_one_compiled_pattern_scans_each_sentence_once(tagger, monkeypatch):
    calls = []

    class Spy:
        def __init__(self, pattern):
            self.pattern = pattern

        def finditer(self, text):
            calls.append(text)
            return self.pattern.finditer(text)

    monkeypatch.setattr(tagger, "_pattern", Spy(tagger._pattern))
    assert len(found(tagger, "Turkey, Russia, Iran, Syria and the United States met.")) == 5
    assert len(calls) == 1  # one pass for all aliases of all actors, not one per alias


def test_user_registry_and_ignore_kind(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text(HEADER + "GRC,Greece,state,Greece|Greek|Athens\nIGNORE,not an actor,ignore,Athens Olympics\n", encoding="utf-8")
    tagger = ActorTagger(load_actors(path))
    assert found(tagger, "Athens and the Athens Olympics; Greek ships") == [("Athens", "GRC"), ("Greek", "GRC")]
