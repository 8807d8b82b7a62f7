"""The actor registry: what it holds, and a clear error for every bad row."""

import pytest
from actorlens import ActorTagger, CorpusError, load_actors


@pytest.fixture(scope="module")
def tagger():
    return ActorTagger(load_actors())


def found(tagger, text):
    return [(m.text, m.actor) for m in tagger.find(text)]


HEADER = "code,label,kind,aliases\n"


def test_registry_has_the_actors_the_corpus_needs():
    actors = load_actors().set_index("code")
    needed = {"TUR", "USA", "RUS", "SYR", "IRN", "IRQ", "ISR", "DEU", "FRA", "QAT", "SAU", "CHN",
              "ISIS", "KURDS", "HTS", "HAMAS", "HEZBOLLAH"}
    assert needed <= set(actors.index)
    for code, alias in [("TUR", "Ankara"), ("USA", "Pentagon"), ("RUS", "Kremlin"), ("SYR", "regime forces"),
                        ("ISIS", "Daesh"), ("KURDS", "People's Protection Units"), ("TUR", "Cavusoglu")]:
        assert alias in actors.loc[code, "aliases"]


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
