"""Countries and organisations: the gazetteer, ministries, and names the text abbreviates.

A country is named, or stands behind a demonym ("Belarusian units") or the city that
seats its government ("Moscow wants ..."; but not "talks in Moscow"). A country's name
that is also a given name ("Jordan Lafond", "Georgia Meloni", "Chad Jordan") is a
person's when a surname follows it, and a country word right after a given name is a
surname ("Brent Chad", "Cheryl Paris", "Mark Cuban"): then it is that person's all
through the text ("Chad said").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from functools import cache

import pycountry

from brief.extract.actors.roles.role_words import is_head
from brief.extract.actors.word_knowledge import (
    SURE,
    collective_demonym,
    common_word,
    gender,
    given_name,
)
from brief.extract.lexicon import (
    Entry,
    PhraseMatcher,
    calendar_word,
    currency_after,
    currency_signs,
    gazetteer,
    joined,
    unaccented,
    word_codes,
    words,
)
from brief.models import Sentence
from brief.rank.text import stop_words

MINISTRY_RE = re.compile(
    r"\b(?:Ministry|Department|Office) (?:of|for) (?:the )?[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+)*"
    r"|\b(?:Foreign|Defen[cs]e|Interior|Home|Finance|Justice|Health|Economy|Trade|Energy)"
    r" (?:Ministry|Department|Office)\b"
)


def ministry_name(found: str) -> str:
    """A ministry's name as MINISTRY_RE found it, less a title and a name after it: its
    capitalised words run on into "Department of Transport Commissioner John Smith" and
    "Ministry of Health Permanent Secretary Jane Banda", where the title is the person's
    (the title's rank words too: "Permanent", "Deputy")."""
    parts = found.split()
    if len(parts) < 5 or parts[1] not in {"of", "for"}:
        return found  # "Finance Ministry", "Ministry of Health": no room for a title and name
    heads, ranks = words()["role_heads"], words()["other_rank"] | words()["title_ranks"]
    first = 3 if parts[2] == "the" else 2  # the ministry's own first word: "Office of the
    # Inspector General" is named after a title
    for head in range(first, len(parts) - 1):
        name = parts[head + 1 :]  # a person's name follows the title: not "and Affairs",
        # nor "General" of "Inspector General", nor the rest of "Chief Minister Revanth Reddy"
        named = 2 <= len(name) <= 3 and not any(w.lower() in heads or w == "and" for w in name)
        if parts[head].lower() in heads and named:
            k = head
            while k > first + 1 and parts[k - 1].lower() in ranks | heads | {"prime"}:
                k -= 1  # "Director General": one title (not "Justice" of the ministry's name)
            if k == first + 1 and parts[first].lower() in ranks | {"prime"}:
                k = first  # "Prime Minister", "Chief Minister": the title is all of it
            if k == first:  # "Office of the Prime Minister Shehbaz Sharif": the office's
                return " ".join(parts[: head + 1])  # name is the title's
            return " ".join(parts[:k])
    return found


# What stands between a ministry's name and the state that owns it: "of the Republic of",
# "of the Kingdom of", "of the United Arab Emirates".
_MINISTRY_OWNER_AFTER_RE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:(?:Federal|Islamic|People['’]s|Democratic|Arab|Socialist)"
    r"\s+)*(?:Republic|Kingdom|State|Sultanate|Emirate|Federation|Commonwealth)\s+of\s+"
    r"(?:the\s+)?)?"
)
_MINISTRY_OWNER_BEFORE_RE = re.compile(r"(?:['’]s)?\s+(?:[Ff]ederal\s+)?")


def ministry_owner(
    text: str, start: int, end: int, hits: Sequence[tuple[Entry | None, int, int]]
) -> str | None:
    """The country whose ministry text[start:end] is, as the sentence writes it: after
    it ("the Ministry of Foreign Affairs of the Republic of Kazakhstan") or before it
    ("Kazakhstan's Ministry of ...", "the Kazakh Ministry of ..."); else None."""
    after = _MINISTRY_OWNER_AFTER_RE.match(text, end)
    for entry, at, till in hits:
        if entry is None or entry.kind != "country":
            continue
        if after is not None and at == after.end():
            return entry.name
        if till <= start and _MINISTRY_OWNER_BEFORE_RE.fullmatch(text, till, start) is not None:
            if entry.form == "demonym" or text[till:start].startswith(("'s", "’s")):
                return entry.name
            if entry.form in {"name", "alias"} and text[till:start].strip() == "":
                return entry.name  # "the Kazakhstan Ministry of Foreign Affairs"
    return None


def outlet_state(outlet: str) -> tuple[str, str] | None:
    """The state whose ministry an outlet is, and the ministry's name: ("Kyrgyzstan",
    "Ministry of Defence") for a release whose outlet is "Ministry of Defence of the Kyrgyz
    Republic", as its letterhead writes it (or "the Kazakh Ministry of ..."); None for an
    outlet that is no state's ministry ("Steppe Herald", "Office of the UN Resident
    Coordinator in ...")."""
    if not may_name_ministry(outlet):
        return None
    hits = list(gazetteer_hits(outlet))
    for m in MINISTRY_RE.finditer(outlet):
        name = ministry_name(m.group())
        owner = ministry_owner(outlet, m.start(), m.start() + len(name), hits)
        if owner is not None:
            return owner, name
    return None


def a_state_body(name: str) -> bool:
    """ "Ministry of Defence", "Interior Ministry", "Department of Health": a body only a
    state has, so a bare mention in a state ministry's own release is its state's (not an
    "Office of ...", which may be a body of the UN's as well as a state's)."""
    shaped = name.startswith(("Ministry ", "Department ")) or name.endswith(
        (" Ministry", " Department")
    )
    return shaped and name not in gazetteer()  # not the UN's "Department of ..."


def may_name_ministry(text: str) -> bool:
    """A cheap test before MINISTRY_RE, which most sentences cannot match (three
    substring tests, not a generator over them: this is asked of every sentence)."""
    return "Ministry" in text or "Department" in text or "Office" in text


# "Vienna Document", "Minsk Agreement": a place name inside a name, not the country acting;
# so in the name of a land or a water named after the country's name ("the Jordan
# Valley", "the Congo Basin", "the Niger Delta", "the Niger River"), which may lie in
# another country (r65 F7: the Niger Delta's kidnapping had Niger for its actor).
_NAMED_AFTER_RE = re.compile(
    r"['’]?s?\s+(?:Document|Convention|Agreements?|Accords?|Protocol|Treaty|Summit|Format|"
    r"Process|Declaration|Charter|Communiqu[eé]|Valley|Basin|Desert|Plateau|Heights|Rift|"
    r"Delta|River|Highlands|Mountains|Estuary|Gorge)\b"
)
_NEXT_WORDS_RE = re.compile(r"(?:\s+[\w’'-]+){1,4}")
_LIST_BEFORE_RE = re.compile(r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)(?:,?\s+(?:and|or)|,)\s+$")
_LIST_AFTER_RE = re.compile(r",?\s+(?:and|or)\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)")
# "Equal Opportunities Commission (EOC)": a name its text abbreviates is an organisation.
_ACRONYM_RE = re.compile(
    r"((?:[A-Z][\w’'&-]*\s+(?:(?:of|for|and|the|on|in|de)\s+)*){2,8})\(([A-Z][A-Za-z]{1,7})\)"
)


@cache
def matcher() -> PhraseMatcher[Entry]:
    return PhraseMatcher(gazetteer())


@cache
def scanner() -> PhraseMatcher[Entry | None]:
    """What `gazetteer_hits` finds, in one pass: regions whose name joins two names with
    "and" ("Azad Jammu and Kashmir", "Newfoundland and Labrador"), from ISO 3166-2
    (pycountry), as written there and without accents, which are one place, so neither
    half is a person ("Azad Jammu") and a title after it is the whole region's ("Azad
    Jammu and Kashmir Prime Minister"); then the gazetteer's names. (The regions' own
    pass had cost a third as much as the gazetteer's: 0.03 s of CPU over the 37,600
    sentences a 1,000-article digest scans.)"""
    joined: dict[str, Entry | None] = {}
    for region in pycountry.subdivisions:
        for name in {region.name, unaccented(region.name)}:
            if " and " in name and "," not in name:
                joined[name] = None
    return PhraseMatcher(joined, gazetteer())


@cache
def _country_nouns() -> frozenset[str]:
    """Capitalised words a demonym or seat may stand before and still mean the country."""
    w = words()
    return w["role_heads"] | w["role_modifiers"] | w["country_body_nouns"]


def gazetteer_hits(
    text: str, surnames: set[str] | None = None
) -> Iterable[tuple[Entry | None, int, int]]:
    """(entry, start, end) of each country or organisation; entry None for a word that
    is neither an actor nor part of a name ("Italian" of "Italian Sara Errani").

    `surnames` holds the country words the text has shown to be surnames so far; the
    ones found in this text are added to it."""
    for start, end, form, entry in scanner().finditer(text):
        if entry is None:
            yield None, start, end  # a region joined by "and": one place, no actor
            continue
        if end < len(text) and text[end] in currency_signs():
            yield None, start, end  # "US$310m", "A$15m": the currency's letters, no actor
            continue
        if entry.kind == "country" and _names_money(text, start, end):
            yield None, start, end  # "25 million US dollars", "the U.S. dollar": the money's
            continue
        region = _region_before(text, start, entry)
        if region is not None:
            yield None, region, end  # "South America", "Northern Irish": not the country
            continue
        if _names_no_actor(text, start, end, form, entry, surnames):
            continue
        if _word_in_capitals(text, form):
            yield None, start, end  # "WHO IS IN CHARGE IN DUSHANBE?": the word "who"
            continue
        if entry.form == "demonym" and _no_country_meant(text, start, end):
            yield None, start, end  # "Latin-American fans", "Spanish-language skills"
            continue
        if entry.form in {"demonym", "seat"} and _inside_other_name(text, end):
            if entry.form == "demonym" and _before_person(text, end):
                yield None, start, end
            continue
        if entry.form == "alias" and " " in form and _tail_of_a_longer_name(text, start, entry):
            yield None, start, end  # "the AU's Peace and Security Council": no UN body
            continue
        if _another_states_body(text, start, end, entry):
            yield None, start, end  # "Peru's Congress", "the Philippine Senate": not the US's
            continue
        if entry.kind == "organisation" and _tells_the_news(text, start, end, entry):
            yield None, start, end  # "told The Associated Press", "LOS ANGELES (AP) —"
            continue
        branch = _branch_end(text, end) if entry.kind == "organisation" else None
        if branch is not None:
            # "Islamic State Sahel Province": a body of its own, by its whole name
            yield Entry(text[start:branch], "organisation", "name"), start, branch
            continue
        if entry.kind == "country" and entry.form == "name":
            if _opens_a_body_name(text, end) or _ends_a_body_name(text, start):
                continue  # "China Construction Bank", "Bank of China": the body's name
            if _name_is_a_place(text, start, end):
                yield None, start, end  # "Holland America Line", "Atlanta, Georgia": no country
                continue
        if entry.form == "seat" and not _seat_acts(text, start, end):
            if not _seat_is_a_place(text, start, end):
                yield None, start, end  # "Washington lobbyists", "Paris-Roubaix": no name
            continue
        yield entry, start, end


def _word_in_capitals(text: str, form: str) -> bool:
    """ "WHO IS IN CHARGE IN DUSHANBE?", "LET US PRAY": in a line written in capitals
    every word looks like an acronym, so an acronym that is also an English word ("who",
    "us") is no evidence of a body or a country there ("NATO" still is: no word)."""
    return (
        form.isupper()
        and common_word(form)
        and not any(c.islower() for c in text)
        and sum(c.isupper() for c in text) > 2 * len(form)
    )


# Around a demonym: a capitalised word and a hyphen before it, or a hyphen and a word
# after it ("Mexican-American"); a language's noun after it ("Spanish-language").
_HYPHENED_BEFORE = re.compile(r"[A-Z][a-z]+-\Z")
_HYPHENED_AFTER = re.compile(r"-([A-Z][a-z]+)\b")
# (in a body's name, in capitals: "the Community of Portuguese-Language Countries")
_LANGUAGE_AFTER = re.compile(r"-(?i:language|speaking|speakers?)\b")


def _no_country_meant(text: str, start: int, end: int) -> bool:
    """A demonym that names a heritage or a language, not the country: "a Mexican-American
    family" (both words), "Spanish-language skills". A heritage compound ends in the
    nationality of a nation of immigrants ([actors] heritage_nationalities); others name
    two countries ("Israeli-Palestinian talks", "Franco-German"), and so does a heritage
    one that heads a phrase of what countries do together ("the Russian-American summit
    in Geneva", "the Mexican-American War ended"; not "Japanese-American war veterans",
    where the relation noun modifies another)."""
    if _LANGUAGE_AFTER.match(text, end):
        return True
    heritage = words()["heritage_nationalities"]
    if text[start:end].lower() in heritage and _HYPHENED_BEFORE.search(
        text, max(0, start - 20), start
    ):
        return not _heads_a_relation(text, start)
    after = _HYPHENED_AFTER.match(text, end)
    if after is None or after.group(1).lower() not in heritage:
        return False
    return not _heads_a_relation(text, after.start(1))


# A word, the noun after it ("Egypt talks", "American summit"), and what follows that:
# the clause's end or a mark (`stop`), or a lower-case word (`next`).
_RELATION_AFTER_RE = re.compile(
    r"[\w.’'-]+\s+(?P<noun>[A-Za-z]+)(?:(?P<stop>\s*(?:[^\w\s]|\Z))|\s+(?P<next>[a-z]+))?"
)


def _relation_after(text: str, start: int) -> re.Match[str] | None:
    """The match of _RELATION_AFTER_RE at `start` when its noun is one of what countries
    do together (words.toml's relation_nouns), else None."""
    found = _RELATION_AFTER_RE.match(text, start)
    if found is None or found.group("noun").lower() not in words()["relation_nouns"]:
        return None
    return found


def _heads_a_relation(text: str, start: int) -> bool:
    """Whether the word at `start` stands before a relation noun (words.toml
    relation_nouns) that heads its phrase: "the Russian-American summit in Geneva", not
    "Japanese-American war veterans" nor "a trade group". What follows such a noun is no
    more of it, a preposition, an auxiliary or a past tense ("summit in Geneva",
    "relationship has thawed", "War ended")."""
    found = _relation_after(text, start)
    if found is None:
        return False
    if found.group("stop") is not None:
        return True  # a stop or a comma after it
    following = found.group("next")
    if following is None:
        return False  # a capitalised word: more of a name
    w = words()
    return (
        following in w["name_prepositions"]
        or following in w["auxiliaries"]
        or following in w["relation_nouns"]
        or following.endswith("ed")
    )


# A news outlet named as the one telling the news is its medium, not one of its actors:
# the wire's dateline "(AP)", a picture credit's "/AP", "told Reuters" (not "told the Times
# to hand over"), "according to", "in an interview with", "a letter seen by Reuters";
# "Reuters reported", "Associated Press writer", "contributed", and the wire's own check on
# what it tells ("Reuters could not independently verify", "AP was unable to confirm", "a
# Reuters tally"). ("Reuters reporters were jailed" is news of Reuters.)
_TELLING_BEFORE = re.compile(
    r"(?:\btold|\baccording\s+to|\b(?:spoke|speaking|talked|talking|said)\s+to|\binterview\s+with|\bvia"
    r"|\b(?:seen|reviewed|obtained|verified)\s+by)"
    r"(?:\s+the)?\s*$",
    re.IGNORECASE,
)
_TELLING_AFTER = re.compile(
    r"\s+(?:reported|reports|writers?|contributed|(?:tally|tallies|calculations?|witness(?:es)?)\b"
    r"|(?:could\s+not|cannot|can\s*not|(?:was|is|has\s+been)\s+(?:not\s+|un)able\s+to)"
    r"(?:\s+immediately|\s+independently)?\s+(?:verify|confirm|reach|authenticate)\b)",
    re.IGNORECASE,
)
_TOLD_TO = re.compile(r"\s+to\b")


def _tells_the_news(text: str, start: int, end: int, entry: Entry) -> bool:
    """ "officials told The Associated Press", "LOS ANGELES (AP) —", "Reuters reported",
    "Associated Press writer": a news agency or paper as the teller of the news."""
    if entry.name.lower() not in words()["news_outlets"]:
        return False
    before, after = text[start - 1 : start], text[end : end + 1]
    if (before == "(" and after == ")") or "/" in (before, after):
        return True  # "(AP)", "Invision/AP"
    if _TELLING_BEFORE.search(text, max(0, start - 40), start):
        return _TOLD_TO.match(text, end) is None  # "told The New York Times to hand over"
    return _TELLING_AFTER.match(text, end) is not None


# A word before a country's name or demonym ([actors].region_words) may make it part of a
# longer place name: "South America", "Northern Ireland", "Latin American", "New
# England". The gazetteer lists the countries named so ("South Africa", "North Korea",
# "East Timor"), matched first as longer.
_REGION_BEFORE_RE = re.compile(r"([A-Z][a-z]+) $")


def _word_before(text: str, start: int) -> str:
    """What stands between the space right before `start` and the space before that (""
    with no space right before): the word the patterns of a word before a name read (`([A-Z]
    ...) $`, whose `$` may also match before a newline that ends text[:start]). Most words
    before a country's are lower case ("in", "the"): a test of this word first spares
    their searches, which try each of the 12 to 60 characters before the name and took
    2.5 to 9 times as long as the test. (With them, the filters of the names found had
    cost as much CPU as finding the names in every sentence; with the test, a quarter
    less for the whole scan.)"""
    end = start - 1 if text.endswith("\n", 0, start) else start
    if not text.endswith(" ", 0, end):
        return ""
    return text[text.rfind(" ", 0, end - 1) + 1 : end - 1]


def _capitalised(word: str) -> bool:
    """Whether a word holds a capital letter (the patterns above need one)."""
    return word != word.lower()


def _region_before(text: str, start: int, entry: Entry) -> int | None:
    """Where a longer place name that holds a country word starts ("South America": at
    "South"), or None when the word stands alone."""
    if entry.kind != "country" or entry.form not in {"name", "demonym"}:
        return None
    if not _capitalised(_word_before(text, start)):
        return None
    m = _REGION_BEFORE_RE.search(text, max(0, start - 12), start)
    return m.start() if m is not None and m.group(1).lower() in _region_heads() else None


@cache
def _region_heads() -> frozenset[str]:
    """Words that open a longer place name holding a country's: "South" (America),
    "Lake" (Chad), "Mount" (Lebanon). Asked at every country named: made once."""
    return words()["region_words"] | words()["place_heads"]


def _names_no_actor(
    text: str, start: int, end: int, form: str, entry: Entry, surnames: set[str] | None
) -> bool:
    """A country word that is part of a thing's name ("Vienna Document") or of a
    person's ("Jordan Lafond", "Brent Chad"): no country, and no word to leave out."""
    if entry.kind == "country" and _NAMED_AFTER_RE.match(text, end):
        return True
    if " " in form:
        return False
    if entry.kind == "country" and _double_surname(text, start, end):
        return True  # "Dr Kiri Samoa-Fuimaono": a surname of two joined, no country
    if (
        # "Referee Wagner Pires Tonetto": a body's one-word alias written as a name is a
        # given name when a surname follows (an acronym is no one's: "UN Women")
        (entry.form == "name" or (entry.form == "alias" and _alias_as_given(text, form, end)))
        and _given_then_surname(text, form, end)
        # "Ambassador to France Vu Thi Le Quyen": the country, not "France Vu"
        and not (entry.kind == "country" and _an_offices_object(text, start))
    ):
        return True  # "Jordan Lafond": a person's given name
    if entry.form in {"name", "seat", "demonym"}:
        return _read_as_surname(text, start, form, surnames)
    return False


_JOINED_AFTER_RE = re.compile(r"-([A-Z][a-z’']+)\b(?!-)")
_JOINED_BEFORE_RE = re.compile(r"(?<![\w-])([A-Z][a-z’']+)-$")


def _double_surname(text: str, start: int, end: int) -> bool:
    """ "Kiri Samoa-Fuimaono", "Dr Tala-Samoa": a country's name joined by a hyphen to a
    capitalised word that names no place nor body, after a capitalised word (a given
    name, a style), is one half of a double surname; not "US-Mexico", "Nigeria-Benin
    border" (two places) nor "the Samoa-Fuimaono" (no name before it)."""
    before = _JOINED_BEFORE_RE.search(text, max(0, start - 30), start)
    after = _JOINED_AFTER_RE.match(text, end) if before is None else None
    joined = before or after
    if joined is None or gazetteer().get(joined.group(1)) is not None:
        return False
    opening = before.start() if before is not None else start
    return _capitalised(_word_before(text, opening))


def _alias_as_given(text: str, form: str, end: int) -> bool:
    """ "Referee Wagner Pires Tonetto": a body's one-word alias written as a name (an
    acronym is no one's: "UN Women") before a word no English text writes in lower case
    ("Nato Summit", "Nato Allies" are the body's) may be a given name."""
    m = _NEXT_WORDS_RE.match(text, end)
    return form[1:].islower() and m is not None and not common_word(m.group().split()[0])


_OFFICE_PREPOSITION_RE = re.compile(r"([A-Za-z-]+)\s+(?:to|of|for|in)\s+$")


def _an_offices_object(text: str, start: int) -> bool:
    """A country word right after an office's or a body's preposition ("Ambassador to
    France", "Minister of Jordan", "Embassy of Chad"): the country the office serves,
    never the first word of the name that follows."""
    m = _OFFICE_PREPOSITION_RE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    noun = m.group(1).lower()
    return is_head(noun) or noun in words()["organisation_heads"]


def _read_as_surname(text: str, start: int, form: str, surnames: set[str] | None) -> bool:
    """ "Brent Chad", "Cheryl Paris": a person's surname, and so is the same word later on
    ("Chad said"); each one found is added to `surnames`."""
    if surnames is not None and form in surnames:
        return True
    if not _surname_after_given(text, start):
        return False
    if surnames is not None:
        surnames.add(form)
    return True


# A seat acts when a verb follows it ("Moscow wants", "Kyiv and Kiev refused", "Beijing
# could", "Moscow strongly denies", and, as the wires date it, "Islamabad on Thursday
# suspended"): past tense, an auxiliary or modal, a speech verb, or a present tense before
# its object. A place takes no verb: "trip to London", "London police station",
# "Washington lobbyists on", "her love for London and Paris".
_SEAT_VERB_RE = re.compile(
    r"(?:\s+and\s+[A-Z][\w’'-]+)?"
    rf"(?:\s+on\s+(?:{'|'.join(calendar.day_name)}))?"
    r"(?:\s+[a-z]+ly)?\s+([a-z]+)(?:\s+([a-z]+))?"
)
_HYPHENED_RE = re.compile(r"-([A-Z][\w’']+)")
_HYPHENED_BEFORE_RE = re.compile(r"([A-Z][\w’']+)-$")
_AUXILIARIES = frozenset(
    "is are was were has had have will would could can may might must should does did".split()
)
_OBJECT_OPENERS = frozenset("the a an to that its their his her this these those".split())


def _seat_is_a_place(text: str, start: int, end: int) -> bool:
    """ "talks in Moscow", "Oregon, Washington and British Columbia": a seat after a
    locative or in a list of places is a place."""
    before = text[:start].split()
    if before and before[-1].lower() in words()["place_locatives"]:
        return True
    return _in_place_list(text, start, end)


def _seat_acts(text: str, start: int, end: int) -> bool:
    """ "Moscow wants ...", "Beijing grabbed ...", "Kiev demands ...": a seat stands for
    its government only as the subject of a verb, or as a party to dealings "with",
    "against" or "between" ("talks with Tehran"); anywhere else ("talks in Moscow", "a flat in
    south west London", "Oregon, Washington and British Columbia") it is the city."""
    if _seat_is_a_place(text, start, end):
        return False
    before = text[:start].split()
    if before and before[-1].lower() in {"with", "against", "between"}:
        return True
    if _hyphened_to_country(text, start, end):
        return True  # "the Moscow-Kiev tension": two governments (not "Paris-Roubaix")
    m = _SEAT_VERB_RE.match(text, end)
    if m is None:
        return False
    verb, after = m.group(1), m.group(2)
    w = words()
    if verb in w["not_names"] and verb not in w["small_words"] and after is not None:
        verb, after = after, None  # "Beijing also announced", "Kyiv later opened"
    if _a_verb(verb):
        return True
    if verb in words().speech:
        return True
    if after is None and _present_before_a_side(text, verb, m.end(1)):
        return True
    if not verb.endswith("s") or after is None or verb in _OBJECT_OPENERS or len(verb) < 4:
        return False  # "Washington elites.", "in Beijing as well", "Paris this month"
    if _a_verb(after):
        return False  # "London underwriters raised ...": a plural noun, the verb's subject
    return after in _OBJECT_OPENERS or after not in w["small_words"] | w["name_prepositions"]


# A capitalised word right after a seat's next word: the name that may be its object.
_NAME_AFTER_RE = re.compile(r"\s+([A-Z][\w’'-]*)")


def _present_before_a_side(text: str, verb: str, end: int) -> bool:
    """ "Brussels slams Minsk over ...", "Beijing warns Manila", "Tokyo protests Chinese
    incursion": a headline's present tense takes a state, a body or a demonym for its
    object, where a plural noun between two places does not ("Paris plus Berlin" is a
    function word's, "London across Europe" too)."""
    if not verb.endswith("s") or len(verb) < 4 or verb in stop_words("english"):
        return False
    m = _NAME_AFTER_RE.match(text, end)
    if m is None:
        return False
    entry = gazetteer().get(m.group(1))
    return entry is not None and entry.kind in {"country", "organisation"}


def _given_then_surname(text: str, form: str, end: int) -> bool:
    if gender(form.lower()) is None:
        return False
    m = _NEXT_WORDS_RE.match(text, end)
    if m is None or text[end : end + 1] != " ":
        return False
    nxt = m.group().split()[0]
    w = words()
    place = gazetteer().get(nxt)
    return (
        nxt[0].isupper()
        and (place is None or (place.kind == "country" and place.form in {"name", "seat"}))
        # (each list looked up, not their union built at every call)
        and (low := nxt.lower()) not in w["not_names"]
        and low not in _country_nouns()
        and low not in w["name_modifiers"]
    )


_WORD_BEFORE_RE = re.compile(r"([A-Z][\w’'-]*) $")
# A given name and a middle name or initial before a word: "Michael B. Jordan".
_MIDDLE_BEFORE_RE = re.compile(r"([A-Z][\w’'-]*) ([A-Z]\.|[A-Z][\w’'-]*) $")
_PARTICLE_BEFORE_RE = re.compile(r"[A-Z][\w’'-]* ([a-z]+) $")


def _surname_after_given(text: str, start: int) -> bool:
    """ "Brent Chad", "Cheryl Paris", "Mark Cuban": a country word right after a given
    name of a sure gender (not a demonym: "German Chad") is a surname, and so is one
    after such a name and a middle initial or given name ("Michael B. Jordan", "Steven
    Lee Jordan"). (Not after a name of either gender: "Xi Russia visit", "Kerry Egypt
    talks", "Hong Kong China" name the country.)"""
    if not _capitalised(_word_before(text, start)):
        return False  # no name right before it
    if _given_right_before(text, start):
        return True
    middle = _MIDDLE_BEFORE_RE.search(text, max(0, start - 60), start)
    if middle is None or _before_a_relation(text, start):
        return False  # "John Kerry Egypt talks": the country, before what it takes part in
    given, second = middle.groups()
    if given.isupper() or second.lower() in words()["small_words"]:
        return False  # "PARIS An Algerian man": a dateline and an article
    initial = second.endswith(".")
    if not _given_right_before(text, middle.start(2)):
        return False
    if initial or gender(second.lower()) is not None:
        return True
    # "Raimunda Ferreira Lima": a given name and a surname before the word, which ends
    # the name (an Iberian name's second surname); not "John Smith London office"
    return _ends_a_name(text, start, second)


def _ends_a_name(text: str, start: int, before: str) -> bool:
    """Whether the capitalised word at `start`, after the surname-like word `before` (no
    common word, no place), is the last of a name: a comma, a stop, a parenthesis or a
    lower-case word other than a noun of what countries do together follows it."""
    if common_word(before) or gazetteer().get(before) is not None:
        return False
    return _NAME_END_RE.match(text, start) is not None and not _before_a_relation(text, start)


_NAME_END_RE = re.compile(r"[\w’'-]+(?:[,.;:)]|\s+[a-z]|$)")


def _before_a_relation(text: str, start: int) -> bool:
    """Whether the word at `start` stands before a noun of what countries do together
    ("Egypt talks", "the Russian-American summit": words.toml's relation_nouns)."""
    return _relation_after(text, start) is not None


def _given_right_before(text: str, start: int) -> bool:
    """Whether a given name of a sure gender, no common word opening a clause nor a
    demonym, stands right before `start`."""
    m = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    if m is None or gender(m.group(1).lower()) not in SURE:
        return False
    if common_word(m.group(1)) and not _inside_sentence(text, m.start()):
        return False  # "Five British detainees", "Will Britain ...": a word, not a given name
    before = gazetteer().get(m.group(1))
    return before is None or before.form == "name"


def _name_is_a_place(text: str, start: int, end: int) -> bool:
    """A country's name that names something else: listed among places of another kind
    ("Alabama, Georgia and Virginia", "Atlanta, Georgia"; `_in_place_list`), or inside a
    longer name ("Holland America Line", "Georgia Southern University"; `_inside_longer_name`),
    or after a water's or a port's head ("the Gulf of Oman", "Port Sudan").
    Not before a possessive: "Kyiv, Ukraine's capital" is the country's; before a
    settlement's noun, the town ("in Bahrain town"; `_town_so_called`)."""
    if text.startswith(("'s", "’s"), end):
        return False
    return (
        _in_place_list(text, start, end)
        or _inside_longer_name(text, start, end)
        or _town_so_called(text, start, end)
        or _after_a_head_named_for(text, start)
    )


def _after_a_head_named_for(text: str, start: int) -> bool:
    """Whether `_named_for_before` ends at `start`: the word before it ends as a head
    does, or is "of" or "the" (looked at before the search)."""
    pattern, lasts = _named_for_before()
    if not _word_before(text, start).endswith(lasts):
        return False
    return pattern.search(text, max(0, start - 24), start) is not None


@cache
def _named_for_before() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """ "the Gulf of Oman", "Port Sudan", "Port of Spain": a place named after a country,
    its head capitalised right before the name (words.toml's named_for_a_country); and
    the last words of what the pattern matches."""
    heads = [h.capitalize() for h in words()["named_for_a_country"]]
    pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, heads))})(?: of(?: the)?)? \Z")
    return pattern, (*{h.split()[-1] for h in heads}, "of", "the")


def _town_so_called(text: str, start: int, end: int) -> bool:
    """ "a shopkeeper in Bahrain town", "in the town of Bahrain": a country's name after a
    preposition of place and before "town" or "village", or after "the town of", names the
    town so called (one in Pakistan's Swat valley); not "a Sudan town", "Taiwan island", "a
    Ukraine port city", nor "the State of Israel" or "the city of Kuwait", a capital named
    as its country is: the country's."""
    if text.endswith(" of ", 0, start) and _TOWN_OF_BEFORE.search(text, max(0, start - 48), start):
        return True
    return _TOWN_AFTER.match(text, end) is not None and bool(
        _PLACE_BEFORE.search(text, max(0, start - 8), start)
    )


_TOWN_AFTER = re.compile(r" (?:town|village)\b")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|to) \Z")
# "the town of", "the northern town of", "the Kyrgyz village of": the place's name follows
# (not "a village of South Sudan", one in the country)
_TOWN_OF_BEFORE = re.compile(
    r"\b[Tt]he (?:[\w-]+ ){0,2}"
    r"(?:town|village|hamlet|township|suburb|district|municipality|settlement) of \Z"
)


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """ "Holland America Line", "Georgia Southern University", "Tour de France": a
    country's name beside another country's ("Holland America": no two countries stand
    so, unjoined), after a particle that joins it to a capitalised word, or opening
    a run of capitalised words that a body's noun ends, is part of that one name."""
    before = _word_before(text, start)
    if _capitalised(before):
        m = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
        if m is not None and _a_country_name(m.group(1)):
            return True
    elif before in words()["particles"]:  # (the pattern's lower-case word is `before`)
        m = _PARTICLE_BEFORE_RE.search(text, max(0, start - 40), start)
        if m is not None:
            return True  # "Tour de France", "Banque de France": a particle joins it to a name
    caps = _capitalised_after(text, end)
    return bool(caps) and _a_country_name(caps[0])


def _capitalised_after(text: str, end: int) -> list[str]:
    """The capitalised words right after `end`, up to four."""
    if text[end : end + 1] == " " and text[end + 1 : end + 2].islower():
        return []  # (most names: a lower-case word after one space, tested before the match)
    nxt = _NEXT_WORDS_RE.match(text, end)
    caps: list[str] = []
    for word in nxt.group().split() if nxt is not None else ():
        if not word[0].isupper():
            break
        caps.append(word.strip(".,;:’'"))
    return caps


def _opens_a_body_name(text: str, end: int) -> bool:
    """ "China Construction Bank", "UK Border Agency": a country's name opening a run of
    capitalised words that a body's noun ends is the first word of the body's name, as
    "Holland" is of "Holland America Line"; so the name is read whole, as a name, and
    gives no country. Not where a word of the run is an office's ("US Defense
    Secretary") or a state body's ("US Embassy"): there the country owns what follows."""
    caps = _capitalised_after(text, end)
    if not caps or _a_country_name(caps[0]):
        return False
    heads = joined("organisation_heads", "company_nouns", "thing_nouns", "company_suffixes")
    return caps[-1].lower() in heads and not {c.lower() for c in caps} & _country_nouns()


def _branch_end(text: str, end: int) -> int | None:
    """ "Islamic State Sahel Province", "Islamic State Khorasan Province": a known body's
    name right before capitalised words that a body's or a territory's noun ends opens
    the name of a body of its own (a branch, a wing named by where it acts), as a
    country's opens "China Construction Bank"; the whole is one actor, not the known body
    and a second one. Not where the run is an office's ("Hamas Political Bureau chief")
    or names a known body itself. Where the whole name ends, else None."""
    caps = _capitalised_after(text, end)
    if not caps or len(caps) > 3 or text[end : end + 1] != " ":
        return None
    lowered = {c.lower() for c in caps}
    if lowered & (words()["role_heads"] | words()["role_modifiers"]):
        return None
    if " ".join(caps) in gazetteer() or caps[0] in gazetteer():
        return None  # "UN Security Council", "EU Commission": bodies the gazetteer knows
    heads = joined("organisation_heads", "company_nouns", "company_suffixes", "place_nouns")
    if caps[-1].lower() not in heads:
        return None
    return text.index(caps[-1], end) + len(caps[-1])


# "Bank of ", "University of the ": a capitalised noun and "of" before a name.
_HEAD_OF_RE = re.compile(r"([A-Z][a-z]+) of (?:the )?\Z")


# The word before a name, capitalised, and an "and" joining it on ("Peace and"); or a
# possessive before it ("Russia's", "the bloc's").
_CAPITAL_BEFORE_RE = re.compile(r"([A-Z][\w’'.-]*)\s+(?:(?:and|&)\s+)?\Z")
_POSSESSOR_BEFORE_RE = re.compile(r"([\w.-]+)['’]s?\s+\Z")


def _tail_of_a_longer_name(text: str, start: int, entry: Entry) -> bool:
    """ "the AU's Peace and Security Council", "Russia's Security Council", "the National
    Security Council", "Ohio's General Assembly": an alias of common words that is the end
    of another body's name, or belongs to someone else, is not the body the gazetteer
    means. Its own words before it are ("the UN's Security Council"). (An acronym is no
    one else's: "Britain's EU commissioners".)"""
    before = text[max(0, start - 40) : start]
    for pattern in (_CAPITAL_BEFORE_RE, _POSSESSOR_BEFORE_RE):
        m = pattern.search(before)
        if m is None:
            continue
        word = m.group(1)
        if pattern is _CAPITAL_BEFORE_RE and (
            word.lower() in joined("determiners", "fronted_prepositions") or calendar_word(word)
        ):
            continue  # "The Security Council voted", "On Monday Security Council members"
        owner = gazetteer().get(word)
        return not (entry.name.startswith(word) or (owner is not None and owner.name == entry.name))
    return False


# A country's word owning what follows it: "Peru's ", "the Philippines' ", "Philippine ".
_OWNER_BEFORE_RE = re.compile(r"([A-Z][\w.-]*?)(?:['’]s?)? \Z")
_OF_A_COUNTRY_RE = re.compile(r" of (?:the )?([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)")


def _another_states_body(text: str, start: int, end: int, entry: Entry) -> bool:
    """ "Peru's Congress", "the Philippine Senate", "Pakistan's Foreign Office", "the
    Congress of Colombia": many states have a Congress, a Senate, a Foreign Office, and
    the gazetteer's is one state's; another country's word owning the name makes it that
    country's body, of which the gazetteer knows nothing. So does a place the gazetteer
    does not know after "of" ("the Congress of Abkhazia": a proper name, no common word),
    and so it does to an international body written without its owner's mark ("the
    Security Council of Abkhazia" is no "UN Security Council"; not "the Security Council
    of the United Nations", nor "Islamic State of Iraq", which is its whole name)."""
    if entry.kind != "organisation":
        return False
    if not entry.state and not written_short(entry, text[start:end]):
        return False
    # after it, "of Colombia"; before it, "Kyrgyzstan's Security Council", "the Tajik
    # Security Council": that state's, of which the gazetteer knows nothing
    owners = [
        _OF_A_COUNTRY_RE.match(text, end),
        _OWNER_BEFORE_RE.search(text, max(0, start - 40), start),
    ]
    for m in owners:
        if m is None:
            continue
        owner = gazetteer().get(m.group(1))
        if owner is not None and owner.kind == "country" and owner.name != entry.state:
            return True
        first = m.group(1).split()[0]
        if owner is None and m.re is _OF_A_COUNTRY_RE and _unknown_place(first):
            return True
    return False


# What only the UN's Security Council or General Assembly does or has, in a sentence that
# leaves out whose the body is: no national security council passes resolutions for member
# states, nor has permanent members who veto.
_UN_WORK_RE = re.compile(
    r"\b(?:resolutions?|member (?:states|countries|nations)|permanent members?|vetoe?[sd]?"
    r"|peacekeep\w*|sanctions committee)\b",
    re.IGNORECASE,
)


def unmarked_owner(
    text: str, start: int, end: int, entry: Entry, named: Iterable[str]
) -> str | None:
    """The owner an international body's name leaves out, when the sentence does not show
    it: "the Security Council" is the UN's only where the text says so, for many states
    have their own ("chaired an emergency meeting of the Security Council" in a story of
    Tajikistan is Tajikistan's). Not when the sentence names the owner (`named`: the names
    of the bodies it mentions; "envoy to the UN"), or says what only the owner's body does
    ("voted on a resolution"). The text may show the owner elsewhere (see actors._tallied);
    a mention no sentence marks is left out rather than given to the UN."""
    form = text[start:end]
    if entry.kind != "organisation" or not written_short(entry, form):
        return None
    owner = gazetteer().get(entry.name[: -len(form) - 1])
    if owner is None or owner.name in named or entry.name in named:
        return None
    if _UN_WORK_RE.search(text):
        return None
    return owner.name


def written_short(entry: Entry, form: str) -> bool:
    """Whether a body is written without its owner's mark: "Security Council" for the
    gazetteer's "UN Security Council" (its name's tail)."""
    return entry.name.endswith(f" {form}")


def _unknown_place(word: str) -> bool:
    """A capitalised word the gazetteer does not know that names a place, as far as a
    word can tell: no common English word ("the House of Representatives") and no one's
    given name."""
    return (
        word.isalpha()
        and gazetteer().get(word) is None
        and not common_word(word)
        and gender(word.lower()) is None
    )


# An amount before a country's word ("25 million US dollars", "3,000 Swedish crowns").
_AMOUNT_BEFORE = re.compile(r"(?:\d|\b(?:hundred|thousand|million|billion|trillion|bn))\s+\Z")
# ... or a preposition a sum is reckoned by ("calculated in US dollars", "per US dollar",
# "from US dollars to pesos").
_MONEY_PREPOSITION_BEFORE = re.compile(r"\b(?:in|per|from|into)\s+(?:the\s+)?\Z")


def _names_money(text: str, start: int, end: int) -> bool:
    """Whether a country's word names a currency, not the state: after an amount or a
    preposition a sum is reckoned by and before the currency's noun ("25 million US
    dollars", "in US dollars"), or after "the" before one currency in the singular ("at
    3,100 to the U.S. dollar"). Not "Russia pounds Kyiv",
    "Saudi Crown Prince" or "Denmark crowns a king": no amount, no article."""
    money = currency_after().match(text, end)
    if money is None:
        return False
    before = text[max(0, start - 24) : start]
    if _AMOUNT_BEFORE.search(before) or _MONEY_PREPOSITION_BEFORE.search(before):
        return True
    noun = money.group("noun")
    shared = word_codes("currency_words")  # not "crown" ("the Saudi crown prince")
    return (
        before.endswith(("the ", "The "))
        and not noun.endswith("s")
        and (noun in shared or f"{noun}s" in shared)
    )


def _ends_a_body_name(text: str, start: int) -> bool:
    """ "Bank of China", "University of Texas", "Church of England": a country's name
    after "of" and the noun of a body that is not the state's (words.toml's
    place_named_bodies) ends that body's name, and is not the country acting. The state's
    own bodies are it ("Government of India", "Supreme Court of India", "Union of
    Myanmar")."""
    if not text.endswith((" of ", " of the "), 0, start):
        return False
    m = _HEAD_OF_RE.search(text, max(0, start - 40), start)
    return m is not None and m.group(1).lower() in words()["place_named_bodies"]


def _a_country_name(word: str) -> bool:
    entry = gazetteer().get(word)
    return entry is not None and entry.kind == "country" and entry.form == "name"


def _hyphened_to_country(text: str, start: int, end: int) -> bool:
    after = _HYPHENED_RE.match(text, end)
    before = _HYPHENED_BEFORE_RE.search(text, max(0, start - 40), start)
    return any(m is not None and m.group(1) in gazetteer() for m in (after, before))


def _inside_sentence(text: str, start: int) -> bool:
    """The word at `start` is capitalised inside the sentence, where a common word
    would be lower case ("critic Mark Cuban"), not at its opening or a headline's."""
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".:;!?\"“‘'(—-" and before.split()[-1].islower()


def _inside_other_name(text: str, end: int) -> bool:
    """ "British Columbia", "British Airways", "Washington Post", "Washington state": the
    word is part of another name, not the country."""
    m = _NEXT_WORDS_RE.match(text, end)
    if m is None:
        return False
    following = m.group().split()
    if following[0].lower() == "state":
        return True
    caps = []
    for word in following:
        if not word[0].isupper():
            break
        caps.append(word.lower())
    if not caps or following[0] in gazetteer():
        return False
    # "Norwegian Refugee Council": a run a body's noun ends is that body's own name,
    # whatever role words it holds, unless the noun is one of the state's own bodies
    # ("Russian Defence Ministry", "Indian Air Force").
    if caps[-1] in words()["organisation_heads"] and caps[-1] not in _country_nouns():
        return True
    # "Ukrainian Infrastructure Minister" is a title: some word heads a role.
    return not set(caps) & _country_nouns()


_NEXT_WORDS_LOWER_RE = re.compile(r" ([a-z][\w’'-]*)(?: ([a-z][\w’'-]*))?")


def describes_someone(text: str, end: int, entry: Entry) -> bool:
    """ "US actor Christian Slater", "a US literary critic", "British voters", "Georgia
    businessman": a country word before a noun that describes a person (after one
    adjective at most) says where they are from; the country does nothing (not "US
    troops", "British officials").

    A demonym before a common noun says where a thing is from, unless the noun is one of
    the state's bodies, officers or agents ("Russian troops", "Chinese military",
    "Russian hackers"): "Mexican restaurant", "Mexican food fans", "the American dream"
    and "Chinese steel" name no country acting."""
    if entry.kind != "country":
        return False
    if entry.form == "demonym" and _one_of_them(text, text.rfind(" ", 0, end) + 1, end):
        return True
    m = _NEXT_WORDS_LOWER_RE.match(text, end)
    if m is None:
        return False
    someone = joined("described", "person_nouns", "name_modifiers")
    nouns = [noun for noun in m.groups() if noun is not None]
    if any(noun in someone or noun.removesuffix("s") in someone for noun in nouns):
        return True
    if entry.form != "demonym" or any(_of_the_state(noun) for noun in nouns):
        return False
    # "Belarusian units moved": the state's units; not "fans of Peruvian food queued"
    before = text[:end].split()[:-1]
    after_preposition = bool(before) and before[-1].lower() in words()["name_prepositions"]
    return after_preposition or not _acts(text, m.end(1))


# An article, maybe an age, before a word: "the German", "the 20-year-old Swede".
_ONE_OF_THEM_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:\d+\s*-\s*year\s*-\s*old\s+)?$", re.I)


def _one_of_them(text: str, start: int, end: int) -> bool:
    """ "said the German", "the 20-year-old Swede won": a demonym as a singular noun
    after an article names one person of that country (a player, a singer), not the
    country acting."""
    word = text[start:end]
    if collective_demonym(word):
        return False
    if _ONE_OF_THEM_BEFORE.search(text, max(0, start - 30), start) is None:
        return False
    # a noun itself, not a noun's modifier ("the German government", "the Georgian
    # Parliament", "the American-led coalition", "the Nigerian, Indian and Kenyan
    # governments"): a verb follows it, a possessive, a relative "who", or the sentence's
    # or a clause's end
    rest = text[end:]
    if rest.startswith(("'s", "’s")) or rest.startswith(", who"):
        return True
    if rest.strip() == "" or rest.lstrip()[:1] in _CLAUSE_ENDS:
        return not rest.startswith((" -", " –", " —"))
    return rest[:1] == " " and rest[1:2].islower() and _acts(text, end)


_CLAUSE_ENDS = frozenset('.;:!?"”')


def _acts(text: str, end: int) -> bool:
    """A verb follows: past tense, an auxiliary or a modal ("units moved", "units will")."""
    m = _NEXT_WORDS_LOWER_RE.match(text, end)
    if m is None:
        return False
    return _a_verb(m.group(1))


def _a_verb(word: str) -> bool:
    """Past tense, an auxiliary or a modal: "moved", "sent", "will"."""
    w = words()
    return (
        word in _AUXILIARIES
        or word in w["demonym_subject_verbs"]
        or word.endswith("ed")
        or word in w.irregular
    )


def _of_the_state(noun: str) -> bool:
    """A noun a demonym before it makes the state's: a body, an office, an agent."""
    w = words()
    one = noun.removesuffix("s")
    return (
        any(
            word in w[name]
            for word in (noun, one)
            for name in ("country_body_nouns", "leader_nouns", "role_heads", "role_modifiers")
        )
        or noun in w["not_names"]  # "troops", "soldiers", "warplanes"
        or noun.endswith(("ers", "ors", "ists"))  # "hackers", "investors": agents
    )


def _before_person(text: str, end: int) -> bool:
    m = _NEXT_WORDS_RE.match(text, end)
    return m is not None and given_name(m.group().split()[0])


def another_place(text: str, start: int, end: int) -> str | None:
    """The country or national body whose name stands at text[start:end] when the
    sentence shows the name to be another place's, a city's or a state's ("Atlanta,
    Georgia"; `_in_place_list`), or another state's body ("Peru's Congress")."""
    word = text[start:end]
    entry = gazetteer().get(word)
    if entry is None:
        return None
    if _another_states_body(text, start, end, entry):
        return entry.name
    if not _a_country_name(word) or not _in_place_list(text, start, end):
        return None
    return entry.name


def _in_place_list(text: str, start: int, end: int) -> bool:
    """ "Oregon, Washington and British Columbia", "Alabama, Georgia and Virginia",
    "Atlanta, Georgia": a country's name or seat listed beside, or placed by, names that
    are not countries takes their kind (a city or a state), and is no government. A
    neighbour that opens the sentence or is a common word ("In March, Russia ...",
    "Separately, Russia ...") lists nothing."""
    window = max(0, start - 40)
    # (a comma, "and" or "or" ends the list before it: tested before the search)
    listed = text[window:start].rstrip().endswith((",", "and", "or"))
    before = _LIST_BEFORE_RE.search(text, window, start) if listed else None
    after = _LIST_AFTER_RE.match(text, end)
    not_names = words()["not_names"]
    for m in (before, after):
        if m is None or (m is before and not text[: m.start()].strip()):
            continue
        run = m.group(1).split()
        # the neighbour's words nearest the name: "South Korea and", "and Burkina Faso"
        nearest = (run[k:] if m is before else run[: k + 1] for k in range(len(run)))
        if any(" ".join(part) in gazetteer() for part in nearest):
            continue  # "Turkey, Uganda", "South Korea and Japan", "Mali and Burkina Faso"
        word = run[-1] if m is before else run[0]
        if word.lower() not in not_names and not common_word(word):
            return True
    return False


def acronym_names(sentences: Sequence[Sentence]) -> dict[str, str]:
    """Every "Full Name (FN)" the text defines, both forms, each to its full name; where
    the gazetteer knows the acronym ("Office for the Coordination of Humanitarian Affairs
    (OCHA)"), the full name alone, to the body the gazetteer names (which counts the
    acronym): one body, whole, not a name cut at its "of"."""
    defined: dict[str, str] = {}
    known = gazetteer()
    for sentence in sentences:
        if "(" not in sentence.text:
            continue  # no definition without a bracket: most sentences
        for m in _ACRONYM_RE.finditer(sentence.text):
            acronym = m.group(2)
            entry = known.get(acronym)
            if entry is not None:
                full = _spelled_out(m.group(1).split(), acronym, entry.name)
                if full is not None and entry.kind == "organisation":
                    defined.setdefault(full, entry.name)
                continue
            full = _spelled_out(m.group(1).split(), acronym)
            if full is not None and not _a_persons_initials(full):
                defined.setdefault(full, full)
                defined.setdefault(acronym, full)
    return defined


def defines_known(text: str, end: int, body: str) -> bool:
    """Whether the bracket right after text[:end] holds an acronym of `body` that the
    gazetteer knows ("... Humanitarian Affairs (OCHA)"): the acronym is the mention."""
    found = _BRACKET_AFTER_RE.match(text, end)
    entry = None if found is None else gazetteer().get(found.group(1))
    return entry is not None and entry.name == body


_BRACKET_AFTER_RE = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")


def _a_persons_initials(full: str) -> bool:
    """ "Shahnaz Parvin Mitu (SPM)": an interview's label for a person by initials, whose
    name is a sure given name and no common word, the way no body is named."""
    parts = full.split()
    return gender(parts[0].lower()) in SURE and not any(common_word(part) for part in parts)


def office_initials(sentences: Sequence[Sentence]) -> frozenset[str]:
    """The initials the text gives an office ("District Police Officer (DPO)"): "the DPO
    told Dawn" is the person who holds it, never a body that speaks."""
    found = set()
    for sentence in sentences:
        if "(" not in sentence.text:
            continue
        for m in _ACRONYM_RE.finditer(sentence.text):
            parts = m.group(1).split()
            if _spelled_out(parts, m.group(2)) is None and _office(parts, m.group(2)):
                found.add(m.group(2))
    return frozenset(found)


def _office(parts: list[str], acronym: str) -> bool:
    """Whether the tail of the words before an acronym that spells it names an office: its
    last capitalised word is a title's head ("Officer"), or a person's noun after one
    ("Chief Executive"), or its first is one with "of" after it ("Chief of Army Staff");
    not a body named after one ("Office of the Deputy Prime Minister (ODPM)")."""
    found = _spelling_tail(parts, acronym)
    if found is None:
        return False
    k, caps = found
    body = caps[0].lower() in words()["organisation_heads"]
    last = caps[-1].lower()
    head = (
        is_head(last)
        or (is_head(caps[0].lower()) and parts[k + 1 : k + 2] == ["of"])
        # a person's noun after a head is a title too: "Municipal Chief Executive (MCE)"
        or (last in words()["described"] and len(caps) >= 2 and is_head(caps[-2].lower()))
    )
    return len(caps) >= 2 and not body and head


def _spelling_tail(parts: list[str], acronym: str) -> tuple[int, list[str]] | None:
    """Where the longest tail of the words before an acronym starts whose capitals spell
    it, and those capitals; a word in capitals gives its letters whole ("AU Sahel
    Verification Mission (AUSVM)")."""
    for k in range(len(parts)):
        caps = [p for p in parts[k:] if p[0].isupper()]
        if parts[k][0].isupper() and _spells(caps, acronym.upper()):
            return k, caps
    return None


def _spells(caps: list[str], acronym: str) -> bool:
    initials = "".join(p[0] for p in caps)
    whole = "".join(p if p.isupper() and p.isalpha() else p[0] for p in caps)
    return acronym in {initials, whole}


def _spelled_out(parts: list[str], acronym: str, known: str | None = None) -> str | None:
    """The body's name that an acronym abbreviates (`_spelling_tail`), if that names a
    body: two capitals or more, not a thing such as an "Act" nor an office, and no
    country or body the gazetteer has (other than `known`, the one of the acronym)."""
    found = _spelling_tail(parts, acronym)
    if found is None:
        return None
    k, caps = found
    full = " ".join(parts[k:])
    thing = caps[-1].lower() in words()["not_bodies"] or _office(parts, acronym)
    entry = gazetteer().get(full)
    other = entry is not None and entry.name != known
    return full if not other and len(caps) >= 2 and not thing else None
