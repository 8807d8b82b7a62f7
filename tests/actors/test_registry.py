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
    for code, alias in [("TUR", "Ankara"), ("USAMIL", "Pentagon"), ("RUSGOV", "Kremlin"), ("SYRMIL", "regime forces"),
                        ("ISIS", "Daesh"), ("YPG", "People's Protection Units"), ("KURDS", "Kurds")]:
        assert alias in actors.loc[code, "aliases"]
    assert "TURGOV:2014-08-28/" in actors.loc["P_RECEP_TAYYIP_ERDOGAN", "active"]


def test_the_world_by_default():
    actors = load_actors()
    kinds = actors["kind"].value_counts()
    states = set(actors.loc[actors["kind"] == "state", "code"])
    assert len(states) >= 197 and {"VAT", "PSE", "XKX", "TWN", "PRK", "KOR", "COD", "COG", "SSD"} <= states
    organisations = set(actors.loc[actors["kind"].isin(["organization", "bloc"]), "code"])
    assert {"UN", "UNSC", "EU", "NATO", "AU", "ASEAN", "OSCE", "ARABLEAGUE", "GCC", "OPEC", "SCO", "BRICS", "G7", "G20",
            "WTO", "IMF", "WORLDBANK", "ICC", "IAEA"} <= organisations
    parent = actors.set_index("code")["parent"]
    assert {code: parent[code] for code in ("PKK", "YPG", "SDF", "PYD", "KRG")} == dict.fromkeys(("PKK", "YPG", "SDF", "PYD", "KRG"), "KURDS")
    assert (parent["SYRGOV"], parent["SYRMIL"], parent["SYROPP"]) == ("SYR", "SYR", "")  # the opposition is its own actor
    assert kinds["person"] > 5000 and kinds["role"] >= 2 * len(states)


def test_the_committed_registry_is_what_the_build_script_writes(root, tmp_path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(root / "registry" / "build_registry.py"), "--out", str(tmp_path)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    for name in ("actors.csv", "contexts.csv", "ACTORS.md"):
        committed = (root / "lib" / "actorlens" / "data" / name).read_text(encoding="utf-8")
        assert (tmp_path / name).read_text(encoding="utf-8") == committed, f"{name} is stale: run python registry/build_registry.py"


WITH_PARENTS = "code,label,kind,aliases,parent,active\n"


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("TUR,Turkey,state,Turkey,,\nTURGOV,Turkish government,role,Turkish government,TRK,\n",
         r"line 3: TURGOV refers to 'TRK', which is not a code in the registry"),
        ("A,A,group,Aa,B,\nB,B,group,Bb,A,\n", r"the parents of A go round in a circle"),
        ("TUR,Turkey,state,Turkey,,\nP_X,X,person,Xyz,,TUR:2003/2014\n", r"line 3: period 'TUR:2003/2014' of P_X is not CODE:YYYY-MM-DD"),
        ("TUR,Turkey,state,Turkey,,\nP_X,X,person,Xyz,,TRK:2003-01-01/\n", r"line 3: P_X refers to 'TRK'"),
    ],
)
def test_bad_parents_and_periods(tmp_path, rows, message):
    path = tmp_path / "actors.csv"
    path.write_text(WITH_PARENTS + rows, encoding="utf-8")
    with pytest.raises(CorpusError, match=message) as err:
        load_actors(path)
    assert str(path) in str(err.value)


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
