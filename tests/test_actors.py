"""The registry, the PETRARCH loader and the tagger's hard cases."""

import pandas as pd
import pytest

from actorlens import ActorTagger, CorpusError, load_actors, load_petrarch_actors, tag_actors
from actorlens.actors import MENTION_COLUMNS

HEADER = "code,label,kind,aliases\n"


@pytest.fixture(scope="module")
def tagger():
    return ActorTagger(load_actors())


def found(tagger, text):
    return [(m.text, m.actor) for m in tagger.find(text)]


def test_registry_has_the_actors_the_corpus_needs():
    actors = load_actors().set_index("code")
    needed = {"TUR", "USA", "RUS", "SYR", "IRN", "IRQ", "ISR", "DEU", "FRA", "QAT", "SAU", "CHN",
              "ISIS", "KURDS", "HTS", "HAMAS", "HEZBOLLAH"}
    assert needed <= set(actors.index)
    for code, alias in [("TUR", "Ankara"), ("USA", "Pentagon"), ("RUS", "Kremlin"), ("SYR", "regime forces"),
                        ("ISIS", "Daesh"), ("KURDS", "People's Protection Units"), ("TUR", "Cavusoglu")]:
        assert alias in actors.loc[code, "aliases"]


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


# --- bad registries ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("csv_text", "message"),
    [
        ("code,label,aliases\nTUR,Turkey,Turkey\n", r"no 'kind' column \(columns found: 'code', 'label', 'aliases'\)"),
        (HEADER + "TUR,Turkey,state,Turkey\nTUR,Turkey again,state,Türkiye\n", r"line 3: duplicate code 'TUR' \(first at .*line 2\)"),
        (HEADER + "TUR,Turkey,state,Turkey|Ankara\nXYZ,Other,state,ankara\n", r"line 3: alias 'ankara' is claimed by TUR \(.*line 2\) and XYZ"),
        (HEADER + "TUR,Turkey,state,Turkey||Ankara\n", r"line 2: actor TUR has an empty alias"),
        (HEADER + "TUR,Turkey,state,\n", r"line 2: actor TUR has no aliases"),
        (HEADER + "tur,Turkey,state,Turkey\n", r"line 2: code 'tur' must be upper-case"),
        (HEADER + "TUR,Turkey,country,Turkey\n", r"line 2: kind 'country' is not one of"),
        (HEADER, r"the registry has no actors"),
        # an unclosed quote would swallow the rest of the file (USA and RUS) into TUR's aliases
        (HEADER + 'TUR,Turkey,state,"Turkey|Ankara\nUSA,United States,state,US\nRUS,Russia,state,Russia\n',
         r"actors\.csv, line 2: .*quote \(\"\) that is never closed"),
        (HEADER + 'TUR,Turkey,state,"Turkey|Ankara\nUSA,United States,state,"US"\n', r"actors\.csv, line 2: .*quote"),
        ("code;label;kind;aliases\nTUR;Turkey;state;Turkey|Ankara\n", None),
    ],
)
def test_bad_registry(tmp_path, csv_text, message):
    path = tmp_path / "actors.csv"
    path.write_text(csv_text, encoding="utf-8")
    if message is None:  # not bad: a semicolon-separated file reads like a comma-separated one
        assert load_actors(path)["aliases"].tolist() == [("Turkey", "Ankara")]
        return
    with pytest.raises(CorpusError, match=message):
        load_actors(path)


def test_missing_registry(tmp_path):
    with pytest.raises(CorpusError, match="actor registry not found"):
        load_actors(tmp_path / "nope.csv")


def test_user_registry_and_ignore_kind(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text(HEADER + "GRC,Greece,state,Greece|Greek|Athens\nIGNORE,not an actor,ignore,Athens Olympics\n", encoding="utf-8")
    tagger = ActorTagger(load_actors(path))
    assert found(tagger, "Athens and the Athens Olympics; Greek ships") == [("Athens", "GRC"), ("Greek", "GRC")]


# --- PETRARCH dictionaries -----------------------------------------------------------------------


def test_petrarch_sample_gives_the_same_structure(root):
    registry = load_petrarch_actors(root / "tests/data/petrarch_sample.actors")
    assert registry.columns.tolist() == ["code", "label", "kind", "aliases"]
    by_code = registry.set_index("code")
    assert {"Turkey", "Turkish", "Erdogan", "Recep Tayyip Erdoğan"} <= set(by_code.loc["TUR", "aliases"])
    assert {"Islamic State", "Daesh"} <= set(by_code.loc["IMGMUSISI", "aliases"])
    tagger = ActorTagger(registry)
    assert found(tagger, "Erdogan said Turkey would fight Daesh.") == [("Erdogan", "TUR"), ("Turkey", "TUR"), ("Daesh", "IMGMUSISI")]


def test_petrarch_codes_filter_and_missing_file(root, tmp_path):
    registry = load_petrarch_actors(root / "tests/data/petrarch_sample.actors", codes=["TUR"])
    assert registry["code"].tolist() == ["TUR"]
    with pytest.raises(CorpusError, match="PETRARCH dictionary not found"):
        load_petrarch_actors(tmp_path / "missing.actors")
