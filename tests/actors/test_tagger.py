"""The mention tagger: matching, look-alike states, context rules, nesting, leaders in their time,
places, offsets, one compiled pattern."""

import pandas as pd
import pytest
from actorlens import ActorTagger, at_level, load_actors, load_contexts, tag_actors
from actorlens.actors import MENTION_COLUMNS
from actorlens.errors import CorpusError

DAY_2019 = ("2019-05-01", "2019-05-01")


def found(tagger, text, date=DAY_2019, level="top"):
    """(text, code) of each mention; the code at the top level (TUR for TURGOV) unless ``specific``."""
    return [(m.text, m.top if level == "top" else m.actor) for m in tagger.find(text, date)]


@pytest.fixture(scope="module")
def tagger():
    return ActorTagger(load_actors())


HEADER = "code,label,kind,aliases\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US and the U.S. Congress told us nothing.", [("US", "USA"), ("U.S. Congress", "USA")]),
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


# Look-alike states: the longest name wins, so each formal or compound name is one mention of its own state.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Democratic People's Republic of Korea and the Republic of Korea",
         [("Democratic People's Republic of Korea", "PRK"), ("Republic of Korea", "KOR")]),
        ("North Korea, South Korea, the DPRK, the ROK, Pyongyang and Seoul",
         [("North Korea", "PRK"), ("South Korea", "KOR"), ("DPRK", "PRK"), ("ROK", "KOR"), ("Pyongyang", "PRK"), ("Seoul", "KOR")]),
        ("the Islamic Republic of Mauritania", [("Islamic Republic of Mauritania", "MRT")]),
        ("the Islamic Republic of Afghanistan", [("Islamic Republic of Afghanistan", "AFG")]),
        ("the Islamic Republic of Iran", [("Islamic Republic of Iran", "IRN")]),
        ("the Democratic Republic of the Congo and the Republic of the Congo",
         [("Democratic Republic of the Congo", "COD"), ("Republic of the Congo", "COG")]),
        ("the DRC, Kinshasa, Brazzaville and Congo-Brazzaville",
         [("DRC", "COD"), ("Kinshasa", "COD"), ("Brazzaville", "COG"), ("Congo-Brazzaville", "COG")]),
        ("Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea",
         [("Guinea", "GIN"), ("Guinea-Bissau", "GNB"), ("Equatorial Guinea", "GNQ"), ("Papua New Guinea", "PNG")]),
        ("Niger and Nigeria; Nigerien and Nigerian traders",
         [("Niger", "NER"), ("Nigeria", "NGA"), ("Nigerien", "NER"), ("Nigerian", "NGA")]),
        ("Dominica and the Dominican Republic", [("Dominica", "DMA"), ("Dominican Republic", "DOM")]),
        ("Sudan and South Sudan; Sudanese and South Sudanese leaders; Khartoum and Juba",
         [("Sudan", "SDN"), ("South Sudan", "SSD"), ("Sudanese", "SDN"), ("South Sudanese", "SSD"), ("Khartoum", "SDN"), ("Juba", "SSD")]),
        ("Austria and Australia; Slovakia and Slovenia; Mali and Malawi; Gambia and Zambia; Iran and Iraq",
         [("Austria", "AUT"), ("Australia", "AUS"), ("Slovakia", "SVK"), ("Slovenia", "SVN"), ("Mali", "MLI"), ("Malawi", "MWI"),
          ("Gambia", "GMB"), ("Zambia", "ZMB"), ("Iran", "IRN"), ("Iraq", "IRQ")]),
    ],
)
def test_look_alike_states(tagger, text, expected):
    assert found(tagger, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Viet Nam and Türkiye", [("Viet Nam", "VNM"), ("Türkiye", "TUR")]),
        ("the Russian Federation and the Bolivarian Republic of Venezuela",
         [("Russian Federation", "RUS"), ("Bolivarian Republic of Venezuela", "VEN")]),
        ("the Plurinational State of Bolivia and the Lao People's Democratic Republic",
         [("Plurinational State of Bolivia", "BOL"), ("Lao People's Democratic Republic", "LAO")]),
        ("Côte d'Ivoire, the Holy See, the State of Palestine, Kosovo and Taiwan",
         [("Côte d'Ivoire", "CIV"), ("Holy See", "VAT"), ("State of Palestine", "PSE"), ("Kosovo", "XKX"), ("Taiwan", "TWN")]),
        ("Myanmar, Bangladesh, Chad and Niger", [("Myanmar", "MMR"), ("Bangladesh", "BGD"), ("Chad", "TCD"), ("Niger", "NER")]),
        ("Hizbullah, the African Union, ASEAN and the OSCE",
         [("Hizbullah", "HEZBOLLAH"), ("African Union", "AU"), ("ASEAN", "ASEAN"), ("OSCE", "OSCE")]),
        ("the UAE, the KSA and the PRC", [("UAE", "ARE"), ("KSA", "SAU"), ("PRC", "CHN")]),
    ],
)
def test_formal_names_and_abbreviations(tagger, text, expected):
    assert found(tagger, text) == expected


# Context rules: the same word names the actor in one place and something else in another.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under the Paris Agreement, emissions must fall.", []),
        ("Paris said it would send troops.", [("Paris", "FRA")]),
        ("Rain fell across Washington state.", []),
        ("Washington imposed sanctions.", [("Washington", "USA")]),
        ("The governor of Georgia signed the bill in Atlanta.", []),
        ("Georgia and Russia fought in 2008.", [("Georgia", "GEO"), ("Russia", "RUS")]),
        ("Water from the Jordan River; Michael Jordan scored.", []),
        ("Jordan hosts refugees.", [("Jordan", "JOR")]),
        ("Chad Smith played the drums.", []),
        ("Chad closed its border.", [("Chad", "TCD")]),
        ("We ate roast turkey at Thanksgiving.", []),
        ("Turkey and Greece met.", [("Turkey", "TUR"), ("Greece", "GRC")]),
        ("Delegates of the Syrian National Dialogue Congress met.", []),  # a proper name: not Syria, not the USA
        ("Congress passed the defence bill.", [("Congress", "USA")]),
        ("Peru's Congress removed the president.", [("Peru", "PER"), ("Congress", "PER")]),  # another country's congress
        ("Pakistan's National Assembly met.", [("Pakistan", "PAK"), ("National Assembly", "PAK")]),
        ("Parliament approved the mission.", []),  # whose parliament, the text does not say
        ("The Indian National Congress won.", []),  # a party
        ("Tankers off the Gulf of Guinea; ferries on the Gambia River; ships in the Taiwan Strait.", []),
        ("Envoys moved to Port Sudan; lawmakers in New Mexico; a flight on Air India.", []),
        ("Ethiopian Airlines and the Nigerian National Petroleum Corporation reported losses.", []),
        ("Morocco reached the semi-final after beating Portugal.", [("Morocco", "MAR")]),
        ("Sino-Indian and Franco-German ties; General Franco died.", [("Sino", "CHN"), ("Indian", "IND"), ("Franco", "FRA"), ("German", "DEU")]),
        ("The Pretoria agreement held; Minsk II did not.", []),
    ],
)
def test_context_rules(tagger, text, expected):
    assert found(tagger, text) == expected


def test_context_rules_come_from_an_editable_file(tmp_path):
    path = tmp_path / "contexts.csv"
    path.write_text("alias,before,after,note\nGreece,,\\s+lightning\\b,a film title\n", encoding="utf-8")
    registry = load_actors()
    rules = load_contexts(path)
    assert rules.columns.tolist() == ["alias", "before", "after", "note", "actor"]
    assert found(ActorTagger(registry, rules), "Greece lightning") == []
    assert found(ActorTagger(registry, rules), "the Nairobi Principles") == [("Nairobi", "KEN")]  # only the file's rules
    assert found(ActorTagger(registry), "the Nairobi Principles") == []
    assert found(ActorTagger(registry), "Greece lightning") == [("Greece", "GRC")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("alias,before,after\nParis,(unclosed,\n", "line 2: the 'before' expression"),
        ("alias,before,after\n,,x\n", "line 2: a context rule needs an alias"),
        ("alias,after\nParis,x\n", "before"),
    ],
)
def test_bad_context_files_name_the_file_and_line(tmp_path, content, message):
    path = tmp_path / "contexts.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=message) as err:
        load_contexts(path)
    assert str(path) in str(err.value)


# Nesting: the most specific code, with its top-level actor.
@pytest.mark.parametrize(
    ("text", "specific", "top"),
    [
        ("the PKK, the YPG, the SDF, the PYD, the Kurdistan Regional Government and the Kurds",
         ["PKK", "YPG", "SDF", "PYD", "KRG", "KURDS"], ["KURDS"] * 6),
        ("The Syrian government and the Syrian opposition", ["SYRGOV", "SYROPP"], ["SYR", "SYROPP"]),
        ("the Kremlin, the Pentagon and Nigerian troops", ["RUSGOV", "USAMIL", "NGAMIL"], ["RUS", "USA", "NGA"]),
        ("the Venezuelan opposition", ["VENOPP"], ["VENOPP"]),
    ],
)
def test_nested_actors_keep_the_specific_code_and_the_top(tagger, text, specific, top):
    mentions = tagger.find(text, DAY_2019)
    assert [m.actor for m in mentions] == specific and [m.top for m in mentions] == top


def test_at_level_picks_the_code_of_the_tables(tagger):
    sentences = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "text": ["The YPG and the Turkish army clashed."]})
    mentions = tag_actors(sentences, tagger)
    assert at_level(mentions, "top")["actor"].tolist() == ["KURDS", "TUR"]
    assert at_level(mentions, "specific")["actor"].tolist() == ["YPG", "TURMIL"]
    assert at_level(mentions, "top")["specific"].tolist() == ["YPG", "TURMIL"]
    with pytest.raises(ValueError, match="level must be one of top, specific"):
        at_level(mentions, "country")


# Leaders in their time.
@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (("2019-05-01", "2019-05-01"), [("Trump", "USAGOV"), ("Guterres", "UN")]),
        (("2022-05-01", "2022-05-01"), [("Guterres", "UN")]),  # Trump out of office, Obama long gone
        (("2025-06-01", "2025-06-01"), [("Trump", "USAGOV"), ("Guterres", "UN")]),
        (("2012-01-01", "2012-12-31"), [("Obama", "USAGOV")]),  # a year: whoever held office in it
    ],
)
def test_a_leader_counts_only_in_office(tagger, date, expected):
    text = "Trump, Obama and Guterres spoke."
    assert found(tagger, text, date, level="specific") == expected


def test_an_undated_leader_is_flagged(tagger):
    mentions = tagger.find("Trump and Erdogan spoke; Turkey agreed.", None)
    assert [(m.text, m.actor, m.undated) for m in mentions] == [
        ("Trump", "USAGOV", True), ("Erdogan", "TURGOV", True), ("Turkey", "TUR", False)]
    assert mentions[0].person.startswith("P_") and mentions[2].person == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boakai took office, and his predecessor George Weah conceded.", [("Boakai", "LBR")]),
        ("Rutte succeeded Jens Stoltenberg at NATO.", [("Rutte", "NLD"), ("NATO", "NATO")]),
        ("The former president Erdogan", []),
        ("Turkish drones struck the Qandil mountains.", [("Turkish drones", "TUR")]),
        ("Erdogan spoke.", [("Erdogan", "TUR")]),
    ],
)
def test_a_name_not_acting_in_office(tagger, text, expected):
    assert found(tagger, text, ("2024-06-01",) * 2) == expected


def test_one_name_two_offices_follows_the_date(tagger):
    before, after = ("2016-06-01",) * 2, ("2021-06-01",) * 2
    assert found(tagger, "Erdogan spoke.", ("2005-06-01",) * 2, level="specific") == [("Erdogan", "TURGOV")]  # prime minister
    assert found(tagger, "Guterres spoke.", before) == []  # between UNHCR and the UN: no office in the registry
    assert found(tagger, "Guterres spoke.", after) == [("Guterres", "UN")]


def test_documents_date_the_sentences(tagger):
    sentences = pd.DataFrame({"doc_id": ["a", "b", "c", "x"], "sent_id": [0] * 4, "text": ["Trump spoke."] * 4})
    documents = pd.DataFrame({"doc_id": ["a", "b", "c"], "date": pd.to_datetime(["2019-03-02", "2022-01-01", "2025-01-01"]),
                              "date_precision": ["day", "year", "month"]})
    mentions = tag_actors(sentences, tagger, documents=documents)
    # 2022 is outside both terms; January 2025 overlaps the second term (from the 20th); x has no date
    assert mentions[["doc_id", "actor", "undated"]].values.tolist() == [
        ["a", "USAGOV", False], ["c", "USAGOV", False], ["x", "USAGOV", True]]


# Places: the territory, not the state acting.
@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Fighting in Syria continued.", [True]),
        ("Syria rejected the plan.", [False]),
        ("Troops crossed into Syrian territory.", [True]),
        ("Syrian refugees returned.", [False]),
        ("Refugees fleeing Sudan arrived.", [True]),
        ("Sanctions on Iran were lifted.", [False]),
        ("Bases in Iraq, Iran and Syria", [True, True, True]),
        ("A raid in Abbottabad, Pakistan", [True]),
        ("Clashes on the Kyrgyz-Tajik border", [True, True]),
        ("The summit in Nairobi opened.", [True]),
        ("Turkish drones struck.", [False]),
    ],
)
def test_places(tagger, text, places):
    assert [m.place for m in tagger.find(text, DAY_2019)] == places


def test_offsets_and_columns(corpus):
    from actorlens import split_sentences

    sentences = split_sentences(corpus)
    mentions = tag_actors(sentences, documents=corpus)
    assert mentions.columns.tolist() == MENTION_COLUMNS
    texts = sentences.set_index(["doc_id", "sent_id"])["text"]
    for m in mentions.itertuples():
        assert texts[(m.doc_id, m.sent_id)][m.start : m.end] == m.text
    assert not mentions["undated"].any()  # every seed page is dated


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
    monkeypatch.setattr(tagger, "_lower", Spy(tagger._lower))
    assert len(found(tagger, "Turkey, Russia, Iran, Syria and the United States met.")) == 5
    assert len(found(tagger, "In earlyAnkara and theKremlin")) == 2
    assert len(calls) == 2  # one pass for all aliases of all actors, not one per alias


def test_known_spans_include_what_is_not_a_mention(tagger):
    text = "Paris Agreement talks with Chad Smith in Latin America"  # an ignored phrase, a context rule, an ignored phrase
    assert tagger.find(text) == []
    assert [text[a:b] for a, b in tagger.known_spans(text)] == ["Paris Agreement", "Chad", "Latin America"]


def test_a_rule_can_recode_a_match(tagger, tmp_path):
    assert found(tagger, "Brussels said no; talks in Brussels") == [("Brussels", "EU"), ("Brussels", "BEL")]
    path = tmp_path / "contexts.csv"
    path.write_text("alias,before,after,note,actor\nGreece,,\\s+FC,,ZZZ\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="actor 'ZZZ' is not in the registry"):
        ActorTagger(load_actors(), load_contexts(path))


def test_user_registry_and_ignore_kind(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text(HEADER + "GRC,Greece,state,Greece|Greek|Athens\nIGNORE,not an actor,ignore,Athens Olympics\n", encoding="utf-8")
    tagger = ActorTagger(load_actors(path))
    assert found(tagger, "Athens and the Athens Olympics; Greek ships") == [("Athens", "GRC"), ("Greek", "GRC")]


def test_a_user_registry_with_parents_and_terms(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("code,label,kind,aliases,parent,active\n"
                    "ZOR,Zorgania,state,Zorgania|Zorganian,,\n"
                    "ZORGOV,Zorganian government,role,Zorganian government,ZOR,\n"
                    "P_ABU,Abu Zaydan,person,Abu Zaydan|Zaydan,,ZORGOV:2010-01-01/2015-12-31\n"
                    "P_PASTOR,Andrew Brunson,person,Andrew Brunson|Brunson,,\n", encoding="utf-8")
    tagger = ActorTagger(load_actors(path), contexts=pd.DataFrame(columns=["alias", "before", "after", "note"]))
    assert found(tagger, "Zaydan and the Zorganian government", ("2012-01-01",) * 2) == [("Zaydan", "ZOR"), ("Zorganian government", "ZOR")]
    assert found(tagger, "Zaydan and the Zorganian government", ("2016-01-01",) * 2, level="specific") == [("Zorganian government", "ZORGOV")]
    assert found(tagger, "Brunson was freed.", None) == [("Brunson", "P_PASTOR")]  # no periods: an actor of their own
