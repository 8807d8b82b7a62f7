"""Build actorlens's default actor registry from maintained sources.

    python registry/build_registry.py            # writes lib/actorlens/data/{actors.csv, contexts.csv, ACTORS.md}
    python registry/build_registry.py --check    # exits 1 if the committed files differ from a rebuild

Sources (pinned in requirements.txt; provenance in registry/README.md):

* country_converter (its ``country_data.tsv``): the 193 UN members, their short and official names;
* pycountry: ISO 3166 names, official and common names;
* countryinfo: capitals, demonyms, alternative spellings;
* the PETRARCH2/Phoenix country dictionary (``sources/Phoenix.Countries.actors.txt``, MIT): dated
  government and military codes of office-holders up to 2014;
* the project's curated tables in ``sources/``: names and abbreviations news uses that the packages
  lack, institutions, organisations and armed groups, office-holders 2010-2026 with their terms,
  phrases that are never actors, and context rules.

Every alias is claimed by one actor. A generated alias that two actors claim is ambiguous and
dropped (listed in ACTORS.md); a curated alias wins over a generated one.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import unicodedata
from collections import defaultdict
from importlib import metadata, resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
DATA = HERE.parent / "lib" / "actorlens" / "data"
EXTRA_STATES = {"VAT", "PSE", "XKX", "TWN", "COK", "NIU"}  # not UN members; COK, NIU: in free association with New Zealand, with their own foreign relations
WORDS: frozenset[str] = frozenset()
PACKAGES = ("country_converter", "pycountry", "countryinfo")

GOV_NOUNS = ("government", "authorities", "Foreign Ministry", "foreign ministry", "Ministry of Foreign Affairs",
             "cabinet", "presidency", "leadership", "officials", "diplomats", "embassy", "Embassy")
MIL_NOUNS = ("army", "military", "armed forces", "Armed Forces", "troops", "forces", "soldiers", "navy", "air force",
             "Air Force", "Navy", "Army", "Defence Ministry", "Defense Ministry", "Ministry of Defence",
             "Ministry of Defense", "government forces", "security forces", "warplanes", "jets", "drones",
             "special forces", "military forces")
OPP_NOUNS = ("opposition", "rebels", "opposition forces", "opposition parties", "insurgents")
GOV_OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "official", "minister"}
MIL_OFFICES = {"defence_minister", "commander"}  # every other office (head of state, minister, vice-president, speaker) is GOV


def key(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").casefold()
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [dict(row) for row in csv.DictReader(handle)]


def reorder(name: str) -> str:
    """ISO's inverted names: "Korea, Republic of" -> "Republic of Korea"."""
    if "," in name:
        head, _, tail = name.partition(",")
        return f"{tail.strip()} {head.strip()}".strip()
    return name


def latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or unicodedata.category(ch).startswith(("P", "Z")) or ch in "’‘" for ch in text)


def plural(demonym: str) -> list[str]:
    if demonym.endswith(("an", "i", "er")):
        return [demonym + "s"]
    return []


class Registry:
    def __init__(self) -> None:
        self.rows: dict[str, dict] = {}
        self.claims: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)  # alias key -> code -> (alias, source)
        self.dropped: list[tuple[str, str, str]] = []
        self.capitals: set[tuple[str, str]] = set()

    def actor(self, code: str, label: str, kind: str, parent: str = "", active: str = "") -> None:
        if code not in self.rows:
            self.rows[code] = {"code": code, "label": label, "kind": kind, "parent": parent, "active": active,
                               "aliases": []}

    def alias(self, code: str, alias: str, source: str) -> None:
        alias = " ".join(alias.split())
        if source != "curated" and alias[:4] in ("The ", "the "):
            alias = alias[4:]  # "the Gambia" is found as "Gambia"; a capital "The" would not match "the"
        if not alias:
            return
        k = key(alias)
        if code in self.claims[k] and not (source == "curated" and self.claims[k][code][1] != "curated"):
            return
        self.claims[k][code] = (alias, source)

    def owner(self, alias: str) -> str | None:
        """Who will own ``alias`` after :meth:`resolve` (None if nobody)."""
        owners = self.claims.get(key(alias), {})
        pool = {c: v for c, v in owners.items() if v[1] == "curated"} or owners
        return next(iter(pool)) if len(pool) == 1 else None

    def resolve(self, never: set[str]) -> None:
        for k, owners in sorted(self.claims.items()):
            if k in never:
                self.dropped.append((next(iter(owners.values()))[0], ", ".join(sorted(owners)), "never tagged (drop list)"))
                continue
            curated = {c: v for c, v in owners.items() if v[1] == "curated"}
            pool = curated or owners
            if len(pool) > 1:
                self.dropped.append((next(iter(pool.values()))[0], ", ".join(sorted(pool)), "claimed by more than one actor"))
                continue
            (code, (alias, _)), = pool.items()
            if code in self.rows:
                self.rows[code]["aliases"].append(alias)


def states(reg: Registry) -> dict[str, dict]:
    global WORDS
    WORDS = english_words()
    import pandas as pd
    import pycountry

    coco_file = resources.files("country_converter") / "country_data.tsv"
    coco = pd.read_csv(io.StringIO(coco_file.read_text(encoding="utf-8")), sep="\t", dtype=str, keep_default_na=False)
    members = coco[(coco["UNmember"] != "") | coco["ISO3"].isin(EXTRA_STATES)]
    info: dict[str, dict] = {}
    for path in sorted((resources.files("countryinfo") / "data").iterdir(), key=lambda p: p.name):
        if path.name.endswith(".json"):
            data = json.loads(path.read_text(encoding="utf-8"))
            iso = data.get("ISO", {}).get("alpha3") if isinstance(data.get("ISO"), dict) else None
            if iso and iso not in info:
                info[iso] = data
    extra = {row["code"]: row for row in read_csv(SOURCES / "states_extra.csv")}
    found: dict[str, dict] = {}
    for row in members.itertuples(index=False):
        code = row.ISO3
        iso = pycountry.countries.get(alpha_3=code)
        label = (extra.get(code) or {}).get("label") or (getattr(iso, "common_name", None) if iso else None) or row.name_short
        reg.actor(code, label, "state")
        names = [row.name_short, row.name_official]
        if iso is not None:
            names += [reorder(iso.name), getattr(iso, "official_name", ""), getattr(iso, "common_name", "")]
        ci = info.get(code, {})
        names += [ci.get("name", "")] + [reorder(a) for a in ci.get("altSpellings", []) if len(a) > 3]
        for name in names:
            # a one-word generated name that is an English word is a translation, not a name ("Island", Icelandic for Iceland)
            if name and latin(name) and "." not in name.replace("St.", "") and not (" " not in name and name.lower() in WORDS):
                reg.alias(code, name, "names")
        demonyms = []
        if ci.get("demonym"):
            demonyms = [ci["demonym"]]
            for d in demonyms + plural(ci["demonym"]):
                reg.alias(code, d, "demonym")
        if isinstance(ci.get("capital"), str) and ci["capital"]:
            reg.alias(code, ci["capital"], "capital")
            reg.capitals.add((code, ci["capital"]))
        for alias in (extra.get(code) or {}).get("aliases", "").split("|"):
            reg.alias(code, alias, "curated")
        found[code] = {"label": label, "demonyms": demonyms, "names": [label]}
    for row in read_csv(SOURCES / "names_extra.csv"):
        if row["code"] not in found:
            raise SystemExit(f"names_extra.csv: {row['code']} is not a state of the registry")
        for alias in row["aliases"].split("|"):
            reg.alias(row["code"], alias, "curated")
        extra.setdefault(row["code"], {"code": row["code"], "label": "", "aliases": ""})
        extra[row["code"]] = {**extra[row["code"]], "aliases": extra[row["code"]]["aliases"] + "|" + row["aliases"]}
    for code, row in extra.items():
        if code not in found:
            raise SystemExit(f"states_extra.csv: {code} is not a UN member or one of {sorted(EXTRA_STATES)}")
    # adjectives for the role names: the demonym and curated one-word adjectives
    for code, row in extra.items():
        for alias in row["aliases"].split("|"):
            if re.fullmatch(r"[A-Z][a-zé]+(?:an|ian|ese|ish|i|ic|ch|ot)", alias) and alias not in found[code]["demonyms"]:
                if not alias.endswith("s") or alias.endswith("ss"):
                    found[code]["demonyms"].append(alias)
    return found


def roles(reg: Registry, found: dict[str, dict]) -> None:
    for code, st in found.items():
        label = st["label"]
        st["demonyms"] = [d for d in st["demonyms"] if reg.owner(d) == code]
        for suffix, nouns, kind, title in (("GOV", GOV_NOUNS, "role", "government"), ("MIL", MIL_NOUNS, "role", "military"),
                                           ("OPP", OPP_NOUNS, "group", "opposition")):
            role = code + suffix
            parent = code if suffix != "OPP" else ""
            reg.actor(role, f"{label}: {title}", kind, parent)
            for adj in st["demonyms"]:
                for noun in nouns:
                    reg.alias(role, f"{adj} {noun}", "role")
            if suffix == "GOV":
                reg.alias(role, f"government of {label}", "role")
                reg.alias(role, f"{label}'s government", "role")
                reg.alias(role, f"{label} government", "role")
            if suffix == "MIL":
                reg.alias(role, f"armed forces of {label}", "role")
            if suffix == "OPP":
                reg.alias(role, f"{label}'s opposition", "role")
    for row in read_csv(SOURCES / "institutions.csv"):
        if row["code"] not in reg.rows:
            raise SystemExit(f"institutions.csv: unknown code {row['code']}")
        for alias in row["aliases"].split("|"):
            reg.alias(row["code"], alias, "curated")


def organisations(reg: Registry) -> None:
    rows = [row for path in sorted(SOURCES.glob("organisations*.csv")) for row in read_csv(path)]
    codes = {row["code"] for row in rows}
    for row in rows:  # a parent may come later in the files
        parent = row["parent"] if row["parent"] in codes else ""
        if row["parent"] and not parent:
            print(f"organisations: {row['code']}: unknown parent {row['parent']}, left without", file=sys.stderr)
        reg.actor(row["code"], row["label"], row["kind"], parent)
        for alias in row["aliases"].split("|"):
            reg.alias(row["code"], alias, "curated")
    reg.actor("IGNORE", "not an actor", "ignore")
    for row in read_csv(SOURCES / "ignore.csv"):
        reg.alias("IGNORE", row["phrase"], "curated")


# --- office-holders ------------------------------------------------------------------------------

_PET_CODE = re.compile(r"\[([A-Z]{3})(GOV|MIL)[A-Z]*\s*([<>]?\d{6})?(?:-(\d{6}))?\]")


PETRARCH_DATE = "2014-01-30"  # the dictionary's date (its header: generated 30 January 2014)


def _yymmdd(text: str) -> str:
    yy, mm, dd = int(text[:2]), text[2:4], text[4:6]
    return f"{1900 + yy if yy >= 30 else 2000 + yy}-{mm}-{dd}"


def petrarch_people(countries: set[str]) -> list[dict]:
    """Office-holders with dated GOV or MIL codes from the Phoenix dictionary (full names only)."""
    people: list[dict] = []
    current: dict | None = None
    for raw in (SOURCES / "Phoenix.Countries.actors.txt").read_bytes().decode("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw[:1] not in (" ", "\t", "+", "["):
            current = {"names": [line.split("[")[0].strip()], "terms": []}
            people.append(current)
        elif line.lstrip().startswith("+") and current is not None:
            current["names"].append(line.strip())
        elif current is not None:
            for m in _PET_CODE.finditer(line):
                country, role, first, last = m.groups()
                if country not in countries or first is None:
                    continue
                if first.startswith(">"):  # "from then on": as far as the dictionary knows (January 2014)
                    start, end = _yymmdd(first[1:]), PETRARCH_DATE
                elif first.startswith("<"):
                    start, end = "", _yymmdd(first[1:])
                else:
                    start, end = _yymmdd(first), _yymmdd(last) if last else ""
                current["terms"].append((country + role, start, end))
    out = []
    for person in people:
        if not person["terms"]:
            continue
        names = []
        for phrase in person["names"]:
            words = phrase.lstrip("+").replace("_", " ").split()
            if len(words) < 2 or any(w.rstrip(".").upper() in {"PRESIDENT", "MINISTER", "PRIME", "MR", "MRS", "KING", "GENERAL", "VICE", "SECRETARY", "FOREIGN", "DEFENSE", "DEFENCE", "CHIEF", "LEADER", "ADMINISTRATION", "GOVERNMENT", "REGIME", "CABINET"} for w in words):
                continue
            names.append(" ".join(w.capitalize() if not re.fullmatch(r"[A-Z]\.", w) else w for w in words))
        if names:
            out.append({"name": names[0], "aliases": names[1:], "terms": person["terms"], "source": "petrarch"})
    return out


def table_people(files: list[Path], states_: set[str], orgs: set[str]) -> list[dict]:
    out = []
    for path in files:
        for row in read_csv(path):
            code = row["code"].strip().upper()
            office = row["office"].strip()
            if code in states_:
                affiliation = code + ("MIL" if office in MIL_OFFICES else "GOV")
            elif code in orgs:
                affiliation = code
            else:
                print(f"{path.name}: skipped {row['name']!r}: unknown code {code}", file=sys.stderr)
                continue
            aliases = [a for a in row.get("aliases", "").split("|") if a.strip()]
            out.append({"name": row["name"].strip(), "aliases": aliases, "terms": [(affiliation, _date(row["start"]), _date(row["end"], end=True))],
                        "source": path.name})
    return out


def _date(text: str, *, end: bool = False) -> str:
    text = (text or "").strip()
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-12-31" if end else f"{text}-01-01"
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return f"{text}-28" if end else f"{text}-01"
    return text


def _overlap(terms_a: list, terms_b: list) -> bool:
    """Whether two lists of (affiliation, start, end) terms hold different affiliations at one time."""
    return any(fa != fb and max(sa, sb) < min(ea or "9999", eb or "9999")
               for fa, sa, ea in terms_a for fb, sb, eb in terms_b)


def people(reg: Registry, found: dict[str, dict], words: frozenset[str]) -> None:
    orgs = {c for c, r in reg.rows.items() if r["kind"] in ("organization", "armed_group", "group", "bloc")}
    curated = table_people([SOURCES / "persons_curated.csv"], set(found), orgs)
    helpers = table_people(sorted(SOURCES.glob("leaders_*.csv")), set(found), orgs)
    older = petrarch_people(set(found))
    merged: dict[str, dict] = {}
    for person in curated + helpers + older:
        k = re.sub(r"[-\s]+", " ", key(person["name"]))
        entry = merged.setdefault(k, {"name": person["name"], "aliases": [], "terms": [], "curated": False})
        entry["aliases"] += [person["name"]] + person["aliases"]
        entry["terms"] += person["terms"]
        entry["curated"] |= person["source"] == "persons_curated.csv"
    # one person under two spellings ("Dmitri"/"Dmitry Medvedev"): entries of one country sharing an alias
    parent = {k: k for k in merged}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    by_alias: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k, entry in merged.items():
        for alias in entry["aliases"]:
            for country in {t[0][:3] for t in entry["terms"]}:
                by_alias[(key(alias), country)].append(k)
    for ks in by_alias.values():
        for other in ks[1:]:
            a, b = find(ks[0]), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    # one person in two roles ("Abu Mohammed al-Jolani" of HTS is "Ahmed al-Sharaa" of Syria): entries of
    # different countries sharing two or more aliases, or one alias in periods that do not overlap (the name
    # then stands for whichever actor the date falls in)
    holders: dict[str, set[str]] = defaultdict(set)
    for (alias_key_, _), ks in by_alias.items():
        holders[alias_key_].update(ks)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for ks in holders.values():
        ks = sorted(ks)
        for i, a in enumerate(ks):
            for b in ks[i + 1:]:
                shared[(a, b)] += 1
    for (a, b), n in sorted(shared.items()):
        if n >= 2 or not _overlap(merged[a]["terms"], merged[b]["terms"]):
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, dict] = {}
    for k in sorted(merged):
        root = find(k)
        if root not in groups:
            groups[root] = merged[k]
        elif groups[root] is not merged[k]:
            g = groups[root]
            g["aliases"] += merged[k]["aliases"]
            g["terms"] += merged[k]["terms"]
            g["curated"] |= merged[k]["curated"]
            if merged[k]["curated"] and not g.get("named_by_curated"):
                g["name"], g["named_by_curated"] = merged[k]["name"], True
    merged = groups
    claims: dict[str, set[str]] = defaultdict(set)
    for k, entry in merged.items():
        for alias in entry["aliases"]:
            claims[key(alias)].add(k)
    for k, entry in sorted(merged.items()):
        code = "P_" + re.sub(r"[^A-Z0-9]+", "_", key(entry["name"]).upper()).strip("_")
        if code in reg.rows:
            code += "_2"
        terms = sorted(set(entry["terms"]), key=lambda t: (t[1], t[2], t[0]))
        active = ";".join(f"{aff}:{start}/{end}" for aff, start, end in terms)
        reg.actor(code, entry["name"], "person", "", active)
        for alias in dict.fromkeys(entry["aliases"]):
            ak = key(alias)
            one_word = len(alias.split()) == 1
            if len(claims[ak]) > 1:
                reg.dropped.append((alias, entry["name"], "a name shared by two office-holders"))
                continue
            if one_word and not entry["curated"] and (len(alias) < 4 or ak in words):
                reg.dropped.append((alias, entry["name"], "a one-word name that is an English word or too short"))
                continue
            reg.alias(code, alias, "curated" if entry["curated"] else "people")


def english_words() -> frozenset[str]:
    words = set()
    for name in ("en-spelling.txt", "en-lexicon.txt"):
        path = resources.files("textblob") / "en" / name
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.split()[0] if line.split() else ""
            if word.islower():
                words.add(word)
    return frozenset(words)


def contexts(capitals: list[str]) -> list[dict[str, str]]:
    """The context rules: ``{capital}`` rows expanded for every capital, ``{place}`` rows for every
    capital and kept as ``{state}`` rows, which the tagger applies to every name of every state of
    the registry it is given (so a user's own states get them too)."""
    rows = []
    for row in read_csv(SOURCES / "contexts_template.csv"):
        if row["alias"] == "{capital}":
            rows += [{**row, "alias": capital} for capital in capitals]
        elif row["alias"] == "{place}":
            rows += [{**row, "alias": capital} for capital in capitals] + [{**row, "alias": "{state}"}]
        else:
            rows.append(row)
    return rows


def build() -> dict[str, str]:
    reg = Registry()
    found = states(reg)
    roles(reg, found)
    organisations(reg)
    people(reg, found, english_words())
    never = {key(row["alias"]) for row in read_csv(SOURCES / "drop_aliases.csv")}
    reg.resolve(never)
    capitals = sorted({capital for code, capital in reg.capitals if capital in reg.rows[code]["aliases"]}
                      | {row["alias"] for row in read_csv(SOURCES / "capitals_extra.csv")})
    out: dict[str, str] = {}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["code", "label", "kind", "parent", "aliases", "active"])
    kinds: dict[str, int] = defaultdict(int)
    n_aliases: dict[str, int] = defaultdict(int)
    order = {"state": 0, "role": 1, "organization": 2, "bloc": 3, "armed_group": 4, "group": 5, "person": 6, "ignore": 7}
    for row in sorted(reg.rows.values(), key=lambda r: (order.get(r["kind"], 9), r["code"])):
        if not row["aliases"]:
            continue
        kinds[row["kind"]] += 1
        n_aliases[row["kind"]] += len(row["aliases"])
        writer.writerow([row["code"], row["label"], row["kind"], row["parent"], "|".join(row["aliases"]), row["active"]])
    out["actors.csv"] = buffer.getvalue()
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["alias", "before", "after", "note", "actor"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(contexts(capitals))
    out["contexts.csv"] = buffer.getvalue()
    versions = ", ".join(f"{p} {metadata.version(p.replace('_', '-'))}" for p in PACKAGES)
    lines = ["# The default actor registry", "",
             "Generated by `registry/build_registry.py` (do not edit by hand: edit `registry/sources/` and rebuild).",
             f"Built with {versions} and the PETRARCH2/Phoenix country dictionary (see `registry/README.md`).", "",
             "| kind | actors | aliases |", "| --- | ---: | ---: |"]
    lines += [f"| {k} | {kinds[k]} | {n_aliases[k]} |" for k in sorted(kinds, key=lambda k: order.get(k, 9))]
    lines += [f"| all | {sum(kinds.values())} | {sum(n_aliases.values())} |", "",
              f"{len(contexts(capitals))} context rules in `contexts.csv`.", "",
              "## Aliases not tagged", "", "| alias | claimed by | why |", "| --- | --- | --- |"]
    lines += [f"| {a} | {c} | {why} |" for a, c, why in sorted(set(reg.dropped), key=lambda t: (t[2], key(t[0]), t[0], t[1]))]
    out["ACTORS.md"] = "\n".join(lines) + "\n"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare a rebuild with the committed files")
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args(argv)
    files = build()
    if args.check:
        stale = [name for name, text in files.items() if not (args.out / name).is_file() or (args.out / name).read_text(encoding="utf-8") != text]
        if stale:
            print("out of date: " + ", ".join(stale) + " (run python registry/build_registry.py)", file=sys.stderr)
            return 1
        return 0
    for name, text in files.items():
        (args.out / name).write_text(text, encoding="utf-8")
    print(files["ACTORS.md"].split("## Aliases not tagged")[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
