"""Runs of up to four name words in a sentence: where each opens and where it ends.

A run opens on a name word, initials, a particle before a name word, or a listed word
that is a sure given name ("April Ryan"); it goes on through name words, middle and
trailing initials ("Loretta E. Lynch", "Shameer P.K."), particles ("Ursula von der
Leyen"), and a title, month or party word that ends a name as a surname ("Tom King",
"Theresa May", "Damian Green"), to a generational suffix ("Joseph R. Biden Jr."); a
possessive ends it ("ABC's George Stephanopoulos" is two runs). A run that names a body
or a place is none. `name_runs` gives the runs alone, without their evidence, for
readers that need only the names.

Every sentence is read, so `capital_run_spans` visits only the positions that a per-word test
(`_MAY_OPEN`) picks out with `compress`, not every word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import compress, count
from operator import itemgetter
from typing import NamedTuple

from brief.extract.actors.names.name_start import (
    after_title_object,
    compass_opens_body,
    ends_a_body,
    name_start,
    particle_opens,
    whole_name_start,
)
from brief.extract.actors.names.name_words import (
    NAME_WORDS,
    generational,
    hyphened_given_name,
    is_name_token,
    is_superlative,
    opens_sentence,
    peoples_plural,
    role_words,
)
from brief.extract.actors.names.sentence_tokens import (
    INITIALS_RE,
    NICKNAME_INSIDE,
    TOKEN_RE,
    Spans,
    Token,
    in_spans,
    tokens,
)
from brief.extract.actors.roles import is_head
from brief.extract.actors.roles.role_words import rank_start
from brief.extract.actors.word_knowledge import (
    SURE,
    common_word,
    everyday_english,
    gender,
    given_name,
    person_nouns,
)
from brief.extract.lexicon import (
    WordMemo,
    alternation,
    gazetteer,
    joined,
    month_names,
    weekday_names,
    words,
)


def _is_surname_title(toks: list[Token], j: int) -> bool:
    """ "Tom King has", "Jason Daw at": a title word or a person's honorific can end a
    name when no name follows it."""
    tok = toks[j]
    if not tok.text[0].isupper() or tok.base not in _titles_as_surnames():
        return False
    if tok.text.isupper():
        return False  # "Mid-Bedfordshire MP": an acronym title is no surname
    if j + 1 < len(toks) and toks[j + 1].text == "." and len(tok.text) <= 4:
        return False  # "Pennsylvania Gov. Tom Wolf": an abbreviated title, no surname
    if gender(toks[j - 1].base) is None:
        return False  # "Peabody Energy said": a surname follows a given name
    if j + 1 < len(toks) and toks[j + 1].base in words()["generations"]:
        return True  # "Martin Luther King Jnr"
    return j + 1 >= len(toks) or not toks[j + 1].text[0].isupper()


@cache
def _titles_as_surnames() -> frozenset[str]:
    """The title words, and the honorifics of a man or a woman, that may end a name as
    its surname ("Jason Daw", "Martin Baron"); not a style ("His Royal Highness") nor a
    trade's short form ("Perry Barr", a place)."""
    return role_words() | joined("male_honorifics", "female_honorifics")


def _title_inside_name(toks: list[Token], j: int, spans: Spans) -> bool:
    """ "Abdullahi Sheikh Ismail", "Hassan Sheikh Mohamud": a standing title between two
    name words is a word of the name (Somali names carry it so); before a name only
    ("Prime Minister Sheikh Hasina", "Sheikh Nawaf") it is a title."""
    return (
        0 < j < len(toks) - 1
        and toks[j].base in words()["standing_titles"]
        and toks[j].text[:1].isupper()
        and is_name_token(toks[j - 1], spans)
        and is_name_token(toks[j + 1], spans)
    )


def headline_name_end(toks: list[Token], i: int, j: int) -> int:
    """ "Hillary Clinton Goes After Trump": a Title Case headline capitalises its verbs
    too, so a run that opens with a given name ends at its last word that is no common
    word ("Hillary Clinton", not "Hillary Clinton Goes")."""
    if gender(toks[i].base) is None:
        return j
    while j - i > 2 and common_word(toks[j - 1].text) and not common_word(toks[j - 2].text):
        j -= 1
    return j


class NameRun(NamedTuple):
    """A run of name tokens as written, without the evidence of what it names."""

    text: str
    tokens: tuple[str, ...]


def name_runs(text: str, spans: Spans) -> list[NameRun]:
    """The runs `candidates` finds, without weighing the evidence that each is a person
    (roles, appositions, speech verbs): for a reader that needs only the names, at a
    fraction of the cost."""
    if not may_name_someone(text):
        return []
    toks = tokens(text)
    return [NameRun(*written_form(text, toks, i, j)) for i, j in capital_run_spans(toks, spans)]


@cache
def name_pattern() -> re.Pattern[str]:
    """A name as written: a run of capitalised words, with the lower-case words that
    stand inside one (words.toml's particles, "Abu Bakr al Baghdadi", and "of", "Bank of
    China") between two of them."""
    inside = alternation(words()["particles"] | {"of"})
    return re.compile(rf"[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|(?:{inside})(?= [A-Z])))*")


def may_name_someone(text: str) -> bool:
    """A cheap test before tokens and capital_run_spans: no run opens without a name word. A quarter
    of news sentences have no capital after their first word ("The talks ended early.");
    for those only the words before the first space can be name words, and "The", "But"
    or "In" are none. (No token spans a space, so those words are tokenised as in the
    whole sentence.)"""
    first_space = text.find(" ")
    if first_space < 0 or not text[first_space:].islower():
        return True  # a capital after the first word (islower: no upper or title case)
    opening = TOKEN_RE.findall(text, 0, first_space)
    return any(NAME_WORDS[word] for word in opening if word[:1].isupper())


def capital_run_spans(toks: list[Token], spans: Spans) -> Iterator[tuple[int, int]]:
    """(first, end) token positions of every run of up to four name tokens. Only a
    capitalised or hyphened word may open one (`_MAY_OPEN`, asked once per distinct word);
    their positions are picked out in C, so the other words (84% of a news text's tokens)
    are never visited here."""
    reached = 0
    particles = words()["particles"]
    for i in compress(count(), map(_MAY_OPEN.__getitem__, map(_TEXT, toks))):
        if i < reached:
            continue  # inside the last run
        if not toks[i].text[:1].isupper() and not _particle_surname(toks, i):
            continue  # "Mr el-Adli": a hyphened word opens only after a title
        opening = _opening(toks, i, spans) or int(_listed_given_name(toks, i, spans))
        if not opening:
            continue
        j = run_end = _run_end(toks, i, i + opening, spans)
        if j - i >= 2 and toks[j - 1].base in words()["postposed_honorifics"]:
            j -= 1  # "Murat Bey": a form of address after the given name, no surname
        start = after_title_object(toks, name_start(toks, i, j), j)
        if j - start >= 3 and _stool_title(toks, start, j):
            start += 1  # "Nana Kwaku Ababio III": a chief's title before his stool name
        if start > i and (ends_a_body(toks, j) or particle_opens(toks, start)):
            start = whole_name_start(toks, i, start)
        if start > reached and compass_opens_body(toks, start, j):
            start -= 1  # "South African Reserve Bank", not "African Reserve Bank"
        # up to four words of name, particles aside ("Mohammed bin Abdulrahman Al Thani")
        # (an initial's dot is no word: "Kristine Joy D. Manalastas" has four)
        # (nor a generation: "Martin Luther King Jr." has three)
        words_of_name = sum(
            tok.base not in particles and tok.text != "." and not generational(tok.text)
            for tok in toks[start:j]
        )
        short = words_of_name <= 4 or (j - start <= 6 and _spaced_initials(toks, start))
        if short and _title_before_body(toks, start, j):
            short = False  # "Russia's General Staff": a body's name, no general's
        if (
            short
            and not _names_a_body(toks, start, j)
            and not _after_new(toks, i)
            and not _inside_a_rank(toks, start, j)
        ):
            yield start, j
        reached = run_end  # the form of address opens no run of its own


def _inside_a_rank(toks: list[Token], start: int, end: int) -> bool:
    """ "Master Chief Petty" of "Master Chief Petty Officer Dana Kole": capitalised words
    that a rank of several words (words.toml's military_ranks) holds, with its last word
    at the run's end or just after it, are the rank's, no one's name."""
    for stop in range(end, min(end + 2, len(toks)) + 1):
        if stop > end and not toks[stop - 1].text[:1].isupper():
            return False
        opened = rank_start(toks, stop)
        if opened is not None and opened <= start:
            return True
    return False


def _title_before_body(toks: list[Token], start: int, end: int) -> bool:
    """ "General Staff", "Central General Staff": a lone word after a capitalised one
    that heads a body's name ends that name; a title before it is the name's own word."""
    return (
        end - start == 1
        and start > 0
        and toks[start - 1].text[:1].isupper()
        and ends_a_body(toks, end)
    )


def _spaced_initials(toks: list[Token], start: int) -> bool:
    """ "P. J. Hill", "B. J. Habibie": a run that opens with two initials, each with its
    own dot, is a name of three words in five tokens (not "Malcolm X. Attallah Shabazz",
    two names that a missed sentence end joins)."""
    return (
        start + 3 < len(toks)
        and toks[start + 1].text == toks[start + 3].text == "."
        and len(toks[start].text) == len(toks[start + 2].text) == 1
        and toks[start].text.isupper()
        and toks[start + 2].text.isupper()
    )


_TEXT = itemgetter(0)  # a Token's text
_MAY_OPEN = WordMemo(lambda word: word[:1].isupper() or "-" in word)


def _after_new(toks: list[Token], i: int) -> bool:
    """ "the New York Marathon", "New Hampshire": a run after a capitalised "New" is the
    rest of a place's name."""
    return i > 0 and toks[i - 1].text == "New"


def _run_end(toks: list[Token], i: int, j: int, spans: Spans) -> int:
    """Where a run opened at toks[i:j] ends: past the name words that continue it, any
    middle initials ("Loretta E. Lynch") and trailing initials ("Shameer P.K., a
    driver"); a possessive ends it."""
    particles = words()["particles"]
    while j < len(toks) and not toks[j - 1].possessive:
        if _continues_name(toks, j, spans, particles):
            j += 1
        elif _maria_dot(toks, j, spans) or _short_given_dot(toks, j, spans):
            j += 1  # "Ma. Teresa", "Jose Ma. Sison": the dot of María written short
        else:
            break
    while (_initial(toks, j, spans) or _saint(toks, j, spans)) and not toks[j - 1].possessive:
        j += 3 if _initial(toks, j, spans) else 2
        # (a surname led by its particles after the initial: "Ana R. dela Cruz")
        while j < len(toks) and (
            is_name_token(toks[j], spans) or _particles_before_name(toks, j, spans, particles)
        ):
            j += 1
    if _trailing_initials(toks, i, j):
        j += 1
        j += _surname_initial_stop(toks, j)
    if j - i >= 2 and j < len(toks) and toks[j].text in words()["patronymic_suffixes"]:
        return j + 1  # "Bektur Asan uulu": the patronymic's word, in lower case
    return _past_generation(toks, i, j)


def _past_generation(toks: list[Token], i: int, j: int) -> int:
    """Where a run ends past the generational suffix after its surname ("Martin Luther
    King III", "Joseph R. Biden Jr."), with the stop of one written short: the suffix is
    written as part of the name. A numeral ends a name only after a given name ("World War
    II" is none)."""
    if j - i < 2:
        return j + 1 if _titled_regnal(toks, i, j) else j
    numeral = j < len(toks) and toks[j].text.isupper() and generational(toks[j].text)
    if numeral and (gender(toks[i].base) is not None or _styled_regnal(toks, i, j)):
        return j + 1
    last = toks[j - 1].text
    short = generational(last) and not last.isupper()
    return j + 1 if short and j < len(toks) and toks[j].text == "." else j


def _titled_regnal(toks: list[Token], i: int, j: int) -> bool:
    """ "Pope Benedict XVI", "Patriarch Elias III", "King Charles III": one given name
    after a capitalised title, and a numeral in capitals after it, is a regnal name, which
    the numeral ends as a generation ends a family's ("Elias III" is not the Elias of the
    next line)."""
    return (
        i >= 1
        and j < len(toks)
        and toks[j].text.isupper()
        and len(toks[j].text) >= 2
        and generational(toks[j].text)
        and gender(toks[i].base) in SURE
        and toks[i - 1].text[:1].isupper()
        and is_head(toks[i - 1].base)
    )


def _styled_regnal(toks: list[Token], i: int, j: int) -> bool:
    """ "His Beatitude Patriarch Elias III": a style's words open the run, and the word
    before the numeral is a given name, as a regnal name is (a patriarch's, a pope's, a
    king's); "World War II" has none."""
    return j - i >= 2 and gender(toks[j - 1].base) in SURE


def _saint(toks: list[Token], j: int, spans: Spans) -> bool:
    """ "St." of "Lorraine St. John", "Ste." of "Marie Ste. Croix": the run has taken the
    abbreviation; its dot does not end the name when a name word follows."""
    return saint_dot(toks, j) and is_name_token(toks[j + 1], spans)


def saint_dot(toks: list[Token], dot: int) -> bool:
    """The dot at toks[dot] is a "St." or "Ste." before a capitalised word (see _saint)."""
    return (
        0 < dot < len(toks) - 1
        and toks[dot].text == "."
        and toks[dot - 1].text in _SAINTS
        and toks[dot + 1].text[:1].isupper()
    )


_SAINTS = frozenset({"St", "Ste"})


def _continues_name(toks: list[Token], j: int, spans: Spans, particles: frozenset[str]) -> bool:
    """A name word, a title that ends a name as a surname ("Tom King has"), a month or a
    party's word after a given name ("Theresa May", "Sir Andrew Green"), or a particle
    before a name word ("Ursula von der")."""
    text = toks[j].text
    if not text[:1].isupper() and "-" not in text and toks[j].base not in particles:
        return False  # a lower-case word or a mark, where most runs end: no rule takes it
    if _opens_a_category(toks, j):
        return False
    return (
        is_name_token(toks[j], spans)
        or _before_a_company_suffix(toks, j)
        or (_given_syllables(text) and is_name_token(toks[j - 1], spans))
        or _is_surname_title(toks, j)
        or _title_inside_name(toks, j, spans)
        or _month_surname(toks, j)
        or _titled_surname(toks, j)
        or _modifier_surname(toks, j, spans)
        or _bare_initial(toks, j, spans)
        or _particles_before_name(toks, j, spans, particles)
        or _hyphened_particle(toks[j], particles)
    )


_SUFFIX_REACH = 3  # capitalised words a company's suffix may stand after, in its name


def _before_a_company_suffix(toks: list[Token], j: int) -> bool:
    """ "Energy" of "Huaxin Energy Technology Co.": capitalised words, common ones too, up
    to a company's suffix (words.toml's company_suffixes) are the company's name (it had
    been "Technology Co"). Only a suffix says so: a body's head word is also a word of
    its own ("Energy Ministry" names whose ministry)."""
    suffixes = words()["company_suffixes"]
    for k in range(j, min(j + _SUFFIX_REACH + 1, len(toks))):
        tok = toks[k]
        if not tok.text[:1].isupper() or tok.possessive:
            return False
        if tok.base in suffixes:  # and it ends the name ("Impeach AG Lynch" is no firm)
            after = toks[k + 1] if k + 1 < len(toks) else None
            if after is None or not after.text[:1].isupper() or after.base in suffixes:
                return True  # (a trade word goes on: "Huaxin Energy Technology Co.")
    return False


# A given name of two romanised syllables after a family name ("Kim Seung-woo", "Park
# Young-soo"): its second syllable may be an English word ("woo", "soo"), which makes the
# word alone look like a describing compound ("Western-backed"; see adjective_compound).
_SYLLABLES = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")


def _given_syllables(text: str) -> bool:
    """Two short syllables, the second no English word of four letters or more ("Warren-
    style", "Texas-area", "China-born" describe)."""
    if _SYLLABLES.fullmatch(text) is None:
        return False
    last = text.rpartition("-")[2]
    return len(last) <= 3 or not common_word(last)


def _opens_a_category(toks: list[Token], j: int) -> bool:
    """ "at the Prince Edward Best director - ...": a capitalised superlative before a
    lower-case noun of a person or before "new" opens a phrase ("Best actor", "Best new
    play", a list's next line), so it ends the name before it; "George Best said" goes
    on."""
    if j + 1 >= len(toks) or not toks[j].text[:1].isupper() or not is_superlative(toks[j].base):
        return False
    after = toks[j + 1]
    nouns = joined("role_heads", "described") | person_nouns() | words()["type_markers"]
    return after.text.islower() and after.base in nouns


def _particle_surname(toks: list[Token], i: int) -> bool:
    """ "Mr el-Adli", "President al-Assad": a hyphened particle's surname after an
    honorific or a title opens a name, though written in lower case."""
    tok = toks[i]
    if i == 0 or tok.text[:1].isupper() or "-" not in tok.text:
        return False
    before = toks[i - 1].base
    titled = before in words()["honorifics"] or is_head(before)
    return titled and _hyphened_particle(tok, words()["particles"])


def _hyphened_particle(tok: Token, particles: frozenset[str]) -> bool:
    """ "Habib el-Adli", "Bashar al-Assad": a particle joined to a name word by a hyphen
    is the surname, written in lower case by convention (and possessive or not: "al-Assad's
    government")."""
    particle, _, rest = tok.text.partition("-")
    if tok.possessive:
        rest = rest[:-2]
    return particle in particles and rest[:1].isupper() and rest.replace("-", "").isalpha()


def _particles_before_name(
    toks: list[Token], j: int, spans: Spans, particles: frozenset[str]
) -> bool:
    """ "Rodrigo de la Serna", "Ursula von der Leyen": particles, one or two, then a
    name word; the name goes on through them."""
    k = j
    while k < len(toks) and k - j < 2 and toks[k].base in particles and toks[k].text != "I":
        k += 1
    return k > j and k < len(toks) and is_name_token(toks[k], spans)


def written_form(text: str, toks: list[Token], i: int, j: int) -> tuple[str, tuple[str, ...]]:
    """A run's text as written and its words, less a possessive ("Trump's" -> "Trump"). A
    generational suffix is written, but it is none of the words that name the person
    ("Joseph R. Biden Jr." is the words of "Joseph R. Biden", whom "Biden" names again)."""
    if toks[j - 1].text == "." and j - i >= 3:  # "Thomas K.": the initial's stop
        names = (*(t.text for t in toks[i : j - 2]), f"{toks[j - 2].text}.")
        written = text[toks[i].start : toks[j - 1].end]
    else:
        last = toks[j - 1]
        names = (*(t.text for t in toks[i : j - 1]), last.text[: len(last.base)])
        written = text[toks[i].start : last.start] + names[-1]
    if len(names) >= 2 and generational(names[-1]):
        names = names[:-1]
    return NICKNAME_INSIDE.sub(" ", written), names


def _surname_initial_stop(toks: list[Token], j: int) -> bool:
    """ "Thomas K., 58,", "Shameer P.K., a driver": a surname written as its initials, as
    the German press names a defendant and the Indian a Keralite, keeps its stop, as in
    "Thomas K.'s phone"; not the sentence's own ("a speech by Malcolm X.")."""
    last = toks[j - 1].text
    initials = INITIALS_RE.fullmatch(last) is not None and not last.endswith(".")
    return j < len(toks) - 1 and toks[j].text == "." and initials


def _listed_given_name(toks: list[Token], i: int, spans: Spans) -> bool:
    """ "Bill Skelly", "April Ryan": a word the lists keep out of names ("the Bill", a
    month) that is a sure given name and comes before a name; or a short family name
    before a romanised given name ("Adviser Oh Jae-sung": not the interjection)."""
    tok = toks[i]
    if i + 1 >= len(toks):
        return False
    family = len(tok.text) <= 5 and hyphened_given_name(toks[i + 1].text)
    return (
        tok.text[:1].isupper()
        and tok.text.lower() in words()["not_names"]
        and tok.base not in words()["possessives"]  # "His Royal Highness": a style
        # "Even Lindsey Graham": the sentence's capital; a month is a noun ("April Ryan")
        and (tok.base in _MONTHS or not opens_sentence(toks, i))
        and (gender(tok.base) in SURE or family)
        and is_name_token(toks[i + 1], spans)
        and not in_spans(tok.start, spans)
    )


def _opening(toks: list[Token], i: int, spans: Spans) -> int:
    """How many tokens open a name at i: a name word (1), initials and their dot ("T.V.
    Raghavendra-Rao", 2), a particle before a name word ("Mr Ó Maoilíosa", 1), or 0."""
    if not toks[i].text[0].isupper():
        return int(_particle_surname(toks, i))  # "Mr el-Adli" (it takes no capital)
    if is_name_token(toks[i], spans):
        return 0 if peoples_plural(toks[i].text) else 1
    if _initial(toks, i, spans):
        return 2
    if toks[i].base in _WEEKDAYS and i > 0 and is_head(toks[i - 1].base):
        # "Senator Sunday Ishaya Tanko-Gyang": after a title, a weekday is a given name
        return int(i + 1 < len(toks) and is_name_token(toks[i + 1], spans))
    nxt = i + 1 < len(toks) and is_name_token(toks[i + 1], spans)
    # (not the pronoun "I", nor a word in capitals, an acronym's: "AP" is no "ap")
    particle = toks[i].base in words()["particles"] and not toks[i].text.isupper()
    return 1 if nxt and toks[i].text[:1].isupper() and particle else 0


def _trailing_initials(toks: list[Token], i: int, j: int) -> bool:
    """ "Shameer P.K.": initials end a name that opens with a given name, when no name
    word follows them ("U.S." is a country, not initials). So does one initial after a
    name no list knows that is no English word: "Rebaz K.", as courts and papers that
    withhold a defendant's surname write it (not "Hepatitis C.", "Plan B.")."""
    if j + 1 >= len(toks) or toks[j + 1].text != "." or not _initialled_name(toks, i, j):
        return False
    if not INITIALS_RE.fullmatch(toks[j].text) or f"{toks[j].text}." in gazetteer():
        return False
    return j + 2 >= len(toks) or not toks[j + 2].text[:1].isupper()


def _initialled_name(toks: list[Token], i: int, j: int) -> bool:
    """Whether the run toks[i:j] may take trailing initials: it opens with a listed given
    name, or it is one word no list knows (no place, no word English uses often)
    before a lone initial."""
    if gender(toks[i].base) is not None:
        return True
    word = toks[i].text
    return (
        j - i == 1
        and len(toks[j].text) == 1
        and given_name(word)
        and gazetteer().get(word) is None
        and not everyday_english(word)
    )


def _names_a_body(toks: list[Token], i: int, j: int) -> bool:
    """ "James Cook University", "Nova Halifax bank", "Université Laval", "Bank of Nova
    Halifax", "Typhoon Karding": a run that an organisation's head noun ends or opens, or
    that a place's head noun opens, names that body or place, not a person."""
    bodies = joined("organisation_heads", "company_suffixes")
    if j < len(toks) and toks[j].base in bodies:
        return True
    if _body_follows(toks, j, bodies):
        return True
    first = toks[i].base
    if first in words()["place_heads"]:
        return True
    if i >= 1 and toks[i - 1].text[:1].isupper() and toks[i - 1].base in words()["place_heads"]:
        return True  # "São Roque do Canaã": the head stands before the run
    k = i - 1
    if k >= 1 and toks[k].base in {"of", "de"} and toks[k - 1].text[:1].isupper():
        k -= 1  # "Bank of", "Université de"
    elif j - i > 1 or gender(first) in SURE:
        return False  # "Senate John Smith", "Housing Corporation Lucassie Aupilaarjuk"
    if k < 0 or not toks[k].text[:1].isupper():
        return False
    return toks[k].base in joined("organisation_heads", "company_suffixes", "place_heads")


def _body_follows(toks: list[Token], j: int, bodies: frozenset[str]) -> bool:
    """ "the official Disasters Emergency Committee webpage": capitalised words that are
    no name words ("Emergency") go on from the run to a body's head noun, so the run
    opens that body's name."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k].text[:1].isupper() and not toks[k].possessive:
        if toks[k].base in bodies:
            return k > j
        k += 1
    return False


def _month_surname(toks: list[Token], j: int) -> bool:
    """ "Theresa May": a month after a given name is a surname."""
    return (
        toks[j].text[:1].isupper()
        and toks[j].base in _MONTHS
        and gender(toks[j - 1].text.lower()) is not None
    )


def _titled_surname(toks: list[Token], j: int) -> bool:
    """ "Judge Hanneke Post said": a title, a sure given name, then a capitalised word
    that is also an English word ("Post", "Green", "Hall") is the surname. A name led by
    its title is written whole, given name and surname, and mid-sentence a capital marks a
    name: the word is a verb only in a headline that capitalises every word ("Judge Anna
    Rules On Strike"), so the sentence must go on in small letters after it. The given
    name alone had named the judge (r77 F15)."""
    tok = toks[j]
    if j < 2 or not tok.text[:1].isupper() or tok.text.isupper():
        return False
    title = toks[j - 2]
    if not title.text[:1].isupper() or not (
        is_head(title.base)
        or title.base in joined("honorifics", "male_honorifics", "female_honorifics")
    ):
        return False
    if gender(toks[j - 1].base) not in SURE or toks[j - 1].possessive:
        return False
    return any(t.text[:1].islower() for t in toks[j + 1 :])


def _bare_initial(toks: list[Token], j: int, spans: Spans) -> bool:
    """ "George W Bush", "Bruce L Castor Jr": a middle initial written without its stop,
    between a given name and a name word."""
    tok = toks[j]
    if len(tok.text) != 1 or not tok.text.isupper() or tok.text in {"I", "A"}:
        return False
    if j + 1 >= len(toks) or not is_name_token(toks[j + 1], spans):
        return False
    return gender(toks[j - 1].base) is not None


def _modifier_surname(toks: list[Token], j: int, spans: Spans) -> bool:
    """ "Sir Andrew Green, chairman", "Damian Green said": a party's or a side's word
    ("Green", "Rival") after a sure given name, with no name word after it, is a surname;
    before a name it modifies that name ("Labour Tony Smith" is not read here)."""
    tok = toks[j]
    if (
        not tok.text[:1].isupper()
        or tok.text.isupper()
        or tok.base not in words()["name_modifiers"]
    ):
        return False
    if tok.base.endswith("s") or gender(toks[j - 1].base) not in SURE:
        return False  # "Latino Republicans"
    if common_word(toks[j - 1].text) or (j >= 2 and _before_a_place(toks[j - 2])):
        return False
    return j + 1 >= len(toks) or not is_name_token(toks[j + 1], spans)


def _before_a_place(tok: Token) -> bool:
    """ "South Carolina Republican", "the Carolina Republican primary": a capitalised
    word or an article before the given name makes it a place's word; an honorific or a
    title does not ("Sir Andrew Green")."""
    opens = tok.text[:1].isupper() or tok.base in words()["articles"]
    return opens and tok.base not in joined("honorifics", "role_heads")


_MONTHS = month_names()
_WEEKDAYS = weekday_names()


def _initial(toks: list[Token], j: int, spans: Spans) -> bool:
    """An initial and its dot before a name word, or before another initial: "E. Lynch",
    and the "A." of "A. J. Smith" as spaced copy writes "A.J. Smith"; not a style written
    so ("H.E. Al Ketbi": His Excellency). One letter and its dot is an initial, though
    the letter alone be an honorific ("John U. Smith"; Myanmar's "U Thant" has none)."""
    return (
        j + 2 < len(toks)
        and toks[j + 1].text == "."  # before the pattern: most words are followed by none
        and (INITIALS_RE.fullmatch(toks[j].text) is not None or _short_maria(toks, j))
        and (toks[j].base not in words()["honorifics"] or len(toks[j].text) == 1)
        and (
            is_name_token(toks[j + 2], spans)
            or _initial(toks, j + 2, spans)
            or _particles_before_name(toks, j + 2, spans, words()["particles"])
        )
    )


def _stool_title(toks: list[Token], start: int, j: int) -> bool:
    """A chiefly title that is a given name too (words.toml's stool_titles) opens the run
    toks[start:j], which a regnal number ends: a chief's stool name, "Nana Kwaku Ababio
    III"; "Nana Gelashvili", with no number, is a woman's given name and surname."""
    last = toks[j - 1].text
    regnal = last.isupper() and set(last) <= set("IVXL") and generational(last)
    return regnal and toks[start].base in words()["stool_titles"]


def _maria_dot(toks: list[Token], dot: int, spans: Spans) -> bool:
    """The dot at toks[dot] closes a "Ma." the run took, before a name word."""
    return (
        0 < dot < len(toks) - 1
        and toks[dot].text == "."
        and _short_maria(toks, dot - 1)
        and is_name_token(toks[dot + 1], spans)
    )


def _short_given_dot(toks: list[Token], dot: int, spans: Spans) -> bool:
    """The dot at toks[dot] closes a given name written short ("Md." of "Md. Abdur
    Rahim"; words.toml's short_given_names) before a name word."""
    return (
        0 < dot < len(toks) - 1
        and toks[dot].text == "."
        and toks[dot - 1].text[:1].isupper()
        and toks[dot - 1].base in words()["short_given_names"]
        and is_name_token(toks[dot + 1], spans)
    )


def _short_maria(toks: list[Token], j: int) -> bool:
    """ "Ma. Teresa S. Villareal", "Jose Ma. Sison": "Ma." is María written short, as
    Filipino and Spanish names write it, a word of the name like an initial: before a
    given name, or after one. Alone ("Jack Ma", "Ma Ying-jeou") it is a family name and
    takes no stop."""
    if toks[j].text != "Ma":
        return False
    after = toks[j + 2].text if j + 2 < len(toks) else ""
    before = toks[j - 1].text if j > 0 else ""
    return gender(after.lower()) is not None or (
        before[:1].isupper() and gender(before.lower()) is not None
    )
