"""What general English says of a word, from two tables brief's dependencies ship:
gender-guesser's international given names, and Punkt's record of how each word of its
training text was written (in lower case, capitalised inside a sentence, or both).

The names, roles, tallies, places and quotes all ask these questions of a word, so they
live below all of them: roles could not import them from names, which imports roles.
"""

from __future__ import annotations

import bisect
import contextlib
import importlib.util
import os
from functools import cache
from pathlib import Path
from typing import Any

from brief.errors import OutputError
from brief.extract.lexicon import WordMemo, gazetteer, joined, unaccented, word_codes, words
from brief.output import write_atomic


def demonym(word: str) -> bool:
    """ "Georgian", "Kyrgyz": a people's adjective, as the gazetteer knows them."""
    entry = gazetteer().get(word)
    return entry is not None and entry.form == "demonym"


# Demonyms that name a people as a whole after "the" ("the Chinese", "the British",
# "the French", "the Swiss"), or that are plural: no one person.
_COLLECTIVE_ENDS = ("s", "ese", "ish", "ch", "sh")


def collective_demonym(word: str) -> bool:
    """ "British", "Chinese": a demonym "the" makes a whole people, never one person (as
    "the Norwegian", "the Swede" are)."""
    return word.lower().endswith(_COLLECTIVE_ENDS)


def plural_demonym(word: str) -> bool:
    """ "Serbs", "Palestinians", "Israelis": a demonym's plural, which names a people (the
    name rules: "Bosnian Croats" is no one's name) and counts people (figures: "14
    Palestinians had been killed")."""
    return word.endswith("s") and demonym(word[:-1])


def region_name(text: str) -> bool:
    """ "Tamil Nadu", "Limpopo": a state's, province's or county's name, as
    ISO 3166-2 (pycountry) writes it or without its accents; before a person's name in a
    run of capitals it is the title's place ("spokesperson in Limpopo Ntokozo ..."),
    no given name."""
    return text in _region_names()


@cache
def _region_names() -> frozenset[str]:
    import pycountry  # loaded only when a run of capitals asks

    names = {region.name for region in pycountry.subdivisions}
    # ("Tamil Nadu" and the like; not "Bay of Plenty", "Salah ad Din" with a
    # name's particles: not a given name's neighbours)
    return frozenset(
        form
        for name in names
        for form in (name, unaccented(name))
        if all(word[:1].isupper() for word in form.split())
    )


@cache
def person_nouns() -> frozenset[str]:
    """Nouns that name one person by office or trade and never a body: the role and
    description heads, and the [actors] person nouns, less the ones that also
    describe a business ("analyst Gartner", "market leader Tesco")."""
    w = words()
    return (joined("role_heads", "described") | w["person_nouns"]) - w["also_bodies"]


def given_name(word: str) -> bool:
    """A first name from any country: known to gender-guesser's dictionary, or never seen
    in lower case by Punkt (so not a common word). Worked out once a distinct word: the
    name rules, the tallies and quotes ask it of most names' first word."""
    return _GIVEN_NAMES[word]


def _is_given_name(word: str) -> bool:
    low = word.lower()
    if gender(low) is not None:
        return True
    return not common_word(word)


_GIVEN_NAMES = WordMemo(_is_given_name)


def common_word(word: str) -> bool:
    """Punkt saw it in lower case: a word ("five", "relations"), even if also a name."""
    return bool(_ortho().get(word.lower(), 0) & _LOWER_CASE_SEEN)


def agent_noun(word: str) -> bool:
    """A lower-case word of six letters or more with an ending English makes nouns of
    people with (words.toml's agent_endings): "pulmonologist", "rescuer", "smuggler"."""
    return len(word) >= 6 and word.endswith(tuple(words()["agent_endings"]))


def everyday_english(word: str) -> bool:
    """A word English text uses often (wordfreq's Zipf frequency of 3 or more: "crooked",
    "endorses"), which a name no list knows is not ("Amadou", "Meseret", "Faadumo": 0 to
    2.3). Asked only of a capitalised word Punkt never saw, before a listed given name:
    wordfreq's English list loads once, when first asked (0.3 s)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= EVERYDAY_ZIPF


EVERYDAY_ZIPF = 3.0


def never_a_name(word: str) -> bool:
    """Punkt saw it in lower case and never capitalised inside a sentence, where a name
    would be: "nasty", not "brown" or "white"."""
    seen = _ortho().get(word.lower(), 0)
    return bool(seen & _LOWER_CASE_SEEN) and not seen & _MID_UPPER_SEEN


def capitalised_inside(word: str) -> bool:
    """Punkt saw the word capitalised inside a sentence, where a name stands."""
    return bool(_ortho().get(word.lower(), 0) & _MID_UPPER_SEEN)


def unknown_or_common(word: str) -> bool:
    """Punkt never saw it, or saw it in lower case: no word known only as a name."""
    seen = _ortho().get(word.lower(), 0)
    return not seen or bool(seen & _LOWER_CASE_SEEN)


SURE = frozenset({"male", "female"})  # a given name that is nothing else, as a rule
_LOWER_CASE_SEEN = 16 | 32 | 64  # Punkt's BEG_LC | MID_LC | UNK_LC
_MID_UPPER_SEEN = 4  # Punkt's MID_UC: capitalised inside a sentence, as a name would be


def load_name_tables() -> None:
    """Read the given names and Punkt's table now rather than at the first name: a
    forked extraction child reads them while its parent segments the articles."""
    _given_names()
    _ortho()


@cache
def _ortho() -> dict[str, int]:
    import punkt

    return dict(punkt.load_model("english").ortho_context)


class GivenNames:
    """gender-guesser's answer for each name it knows, looked up by bisection in the
    sorted UTF-8 lines "name<TAB>answer" of the cache file. Splitting its 61,000 lines
    takes 3 ms; parsing them into a dict (from JSON) took 25, in each process."""

    def __init__(self, lines: list[bytes]) -> None:
        self._lines = lines

    def get(self, name: str, default: str) -> str:
        key = name.encode("utf-8", "surrogatepass") + b"\t"
        at = bisect.bisect_left(self._lines, key)
        if at < len(self._lines) and self._lines[at].startswith(key):
            return self._lines[at][len(key) :].decode("utf-8")
        return default


# (the "6": no sure gender where the other sex is common, "unsure_" where it is as often
# given, see _answer; an older file is rebuilt)
_GIVEN_NAMES_HEADER = b"# brief 6: gender-guesser's answers, sorted; names: "


@cache
def _given_names() -> GivenNames:
    """gender-guesser's answer for every name it knows.

    Its dictionary is a 4 MB text file that takes a third of a second to parse, more than
    the rest of a one-article brief; so its answers are kept in the user's cache folder
    as sorted text lines (data, never code), keyed by the size and time of the
    dictionary file (so a new release of it is read again), and rebuilt when missing.
    """
    path = _given_names_file()
    with contextlib.suppress(OSError):
        header, *lines = path.read_bytes().split(b"\n")
        if header == _GIVEN_NAMES_HEADER + str(len(lines)).encode():
            return GivenNames(lines)
    import gender_guesser.detector

    detector = gender_guesser.detector.Detector(case_sensitive=False)
    written = sorted(  # code-point order, which is the order of their UTF-8 bytes
        f"{name}\t{_answer(detector, name)}"
        for name in detector.names
        if "\t" not in name and "\n" not in name
    )
    lines = [line.encode("utf-8", "surrogatepass") for line in written]
    # A read-only home only costs the next run the parse.
    with contextlib.suppress(OSError, OutputError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, b"\n".join([_GIVEN_NAMES_HEADER + str(len(lines)).encode(), *lines]))
    return GivenNames(lines)


def _answer(detector: Any, name: str) -> str:
    """gender-guesser's answer for a name, unless its dictionary also lists the name as a
    common name of the other sex in some country (a frequency of COMMON or more there,
    0.5% of its men or women: "Nino", a man's name in Italy and a woman's, far more
    often, in Georgia; "Karen", "Michal", "Michele"): then it is no sure gender ("andy"),
    where gender-guesser's answer is the sex that more countries give it. A sure answer
    that some country gives the other sex at least as often as any gives this one is
    "unsure_" and the sex ("Kadri": an Estonian woman's name, 7, a Turkish man's, 5)."""
    found = str(detector.get_gender(name))
    if found not in SURE:
        return found
    other = "female" if found == "male" else "male"
    entries = detector.names.get(name, {})
    if _most_common(entries.get(other, "")) >= COMMON:
        return "andy"
    if _given_as(entries, other) >= _given_as(entries, found):
        return f"unsure_{found}"
    return found


def _given_as(entries: dict[str, str], sex: str) -> int:
    """How common a name is, at most, among one sex somewhere: the dictionary lists it
    under the sex, or under "mostly_" the sex where some bearers are of the other
    ("Rosario": a man's name in Italy, mostly a woman's, more often, in Spain)."""
    return max(_most_common(entries.get(sex, "")), _most_common(entries.get(f"mostly_{sex}", "")))


# gender-guesser's frequency of a name in a country, from 1 (rare) to 13 (extremely
# common), two to a step: 10 is at least 2% of its people, 8 at least 0.5%.
COMMON = 8


def _most_common(frequencies: str) -> int:
    """The highest of a dictionary entry's frequencies (one hexadecimal digit a country,
    blank where the name is not given there)."""
    return max((int(c, 16) for c in frequencies if c in _HEX), default=0)


_HEX = frozenset("0123456789ABCDEFabcdef")


def _given_names_file() -> Path:
    """The cache file for the installed dictionary, named by the dictionary file's size
    and time (found without importing gender-guesser or importlib.metadata)."""
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    spec = importlib.util.find_spec("gender_guesser")
    folders = list(spec.submodule_search_locations or ()) if spec else []
    try:
        found = os.stat(os.path.join(folders[0], "data", "nam_dict.txt"))
        key = f"{found.st_size}-{found.st_mtime_ns}"
    except (IndexError, OSError):
        key = "unknown"  # read from gender-guesser each time: its import says what is wrong
    return Path(home) / "brief" / f"given-names-{key}.txt"


@cache
def short_given_forms() -> dict[str, frozenset[str]]:
    """Each short or familiar form of a given name, lower case, and the full forms it
    stands for ("ken": kenneth; "bill": william): gender-guesser's dictionary lists them
    ("=  Ken Kenneth"), and words.toml's [values.given_name_forms] adds the ones it
    lacks. Read only when a text names one surname with two given names (0.04 s)."""
    forms: dict[str, set[str]] = {}
    for short, full in _dictionary_short_forms():
        forms.setdefault(short, set()).add(full)
    for short, full_forms in word_codes("given_name_forms").items():
        forms.setdefault(short, set()).update(full_forms.split())
    return {short: frozenset(full - {short}) for short, full in forms.items()}


def _dictionary_short_forms() -> list[tuple[str, str]]:
    """(short, full) of each "equivalent names" line of gender-guesser's dictionary ("=",
    then the short name and the long one); none where the file cannot be read (its
    import, for the genders, says what is wrong). Names of two words ("Abdel+Kader") are
    left out: a short form is one word."""
    path = _dictionary_file()
    if path is None:
        return []
    pairs = []
    with contextlib.suppress(OSError, UnicodeDecodeError), path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("="):
                named = line[1:30].split()
                if len(named) == 2 and all(word.isalpha() for word in named):
                    pairs.append((named[0].lower(), named[1].lower()))
    return pairs


def _dictionary_file() -> Path | None:
    """gender-guesser's dictionary file, found without importing it."""
    spec = importlib.util.find_spec("gender_guesser")
    folders = list(spec.submodule_search_locations or ()) if spec else []
    return Path(folders[0]) / "data" / "nam_dict.txt" if folders else None


@cache
def gender(first_name: str) -> str | None:
    """ "male", "female", "either" (a name of no sure gender) or None (not a name)."""
    found = _listed(first_name.lower())
    found = _UNSURE.get(found, found)
    if found in SURE:
        return str(found)
    if found in {"mostly_male", "mostly_female", "andy"}:
        return "either"  # "Bernie", "Kim": a name, but not a sure gender
    return None


@cache
def pronoun_gender(first_name: str) -> str | None:
    """The gender a name list is sure enough of for "he" or "she" to go by: gender()'s
    sure answer, unless the dictionary gives the name to the other sex somewhere as
    often (see _answer: "Kadri", an Estonian woman's name, is a Turkish man's too). Then
    only what the text says tells whether "she" may be them. Nor a form of address that
    is also a given name: "Nana" of Nana Akufo-Addo is an Akan honorific, not a woman's
    name, and says nothing of whether "he" or "she" is meant."""
    if first_name.lower() in words()["forms_of_address"]:
        return None
    found = _listed(first_name.lower())
    return str(found) if found in SURE else None


def _listed(low: str) -> str:
    """gender-guesser's answer for a name as the cache keeps it, read past an accent or a
    hyphen where the name itself is not listed or not sure."""
    found = _given_names().get(low, "unknown")
    if _UNSURE.get(found, found) not in SURE and not low.isascii():
        # gender-guesser lists "María" as mostly female, "Maria" as female: the accent is
        # a spelling of the language, not a sign of the other sex
        plain = _given_names().get(unaccented(low), "unknown")
        found = plain if _UNSURE.get(plain, plain) in SURE else found
    if found == "unknown" and "-" in low:
        # "Hans-Werner", "Jean-Michel": a compound of given names is one ("Ross-van" is not)
        parts = low.split("-")
        known = [_given_names().get(part, "unknown") for part in parts]
        if "unknown" not in known and not set(parts) & words()["particles"]:
            found = known[0]
    return found


# A sure answer gender-guesser gives on little evidence (see _answer): the name's sex for
# the name rules, no sure one for a pronoun.
_UNSURE = {"unsure_male": "male", "unsure_female": "female"}
