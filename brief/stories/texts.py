"""Each source as the stories stage reads it (`Text`): its words in order and counted,
its names, its headline's and lead's subjects, its days and years.

Every later step (copies, similarity, the tests that keep groups apart) asks these of
each text several times; they are read once, from the first MAX_WORDS words.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import cache
from itertools import accumulate

from brief.extract import lexicon
from brief.extract.figures.notation import earlier_year, scoreline_at
from brief.ingest.furniture import is_furniture, opens_with_link_label
from brief.ingest.layout import is_labelled_field
from brief.ingest.layout.dates import DAY_MONTH_YEAR, day_and_month
from brief.models import Corpus, Document, Sentence
from brief.rank.text import found_in, stop_words
from brief.segment import DATELINE_WITHIN, without_dateline

LEAD_WEIGHT = 2.0  # the headline and the first sentences say what the event is
# The lede and the sentence after it: what, who, where. A third sentence is already
# background as often as not (half A of the small piles: 3 sentences .877 ECB+ F1, 2
# sentences .911; 1 sentence lets more one-desk pairs of BBC piles of 8 merge).
LEAD_SENTENCES = 2
# Only an article's first 600 words count: the event is told at the top, a scraped
# page's tail is comments and links, and long pages then cost no more than short ones.
MAX_WORDS = 600


# Who or where the event is: the names of the headline and of this many sentences after
# it (see brief.stories.apart).
SUBJECT_SENTENCES = 1
# A weekday names a day of the week before a report's own (see apart.mentions.recalls_day),
# and a lead's day with its month within as many days of it is one (see dated_weekdays).
WEEK = 7
# A body's head written short keeps this many of its first letters at least ("Corp." for
# "Corporation": see names_body).
SHORT_HEAD = 4


_TOKEN = re.compile(r"[^\W_]+(?:[.,'’-][^\W_]+)*")
# The same in lower-case ASCII text, found in 40% less time (`re` tests [^\W_] by a
# Unicode look-up a character; see brief.rank.text._ASCII_WORD).
_ASCII_TOKEN = re.compile(r"[a-z0-9]+(?:[.,'-][a-z0-9]+)*")
DIGIT = re.compile(r"\d")
# Where a dateline's place ends: its region or date after a comma, an agency in brackets,
# its dash or colon ("SAN JOSE, Calif. -", "WASHINGTON (AP) --", "MUMBAI:")
_DATELINE_END = re.compile(r",\s|\s*\(|\s(?:--|[-—–_])(?:\s|$)|:$")
# Names joined by hyphens, each capitalised: a road or a pipeline named for the places it
# joins ("the Namarrua-Lalaua Norte road"), which names each of them.
_NAME_COMPOUND = re.compile(r"\b[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)+")
# A quake's magnitude ("magnitude 6.1", "6.1-magnitude", "6.1 on the Richter scale") and a
# level a rate is set at ("raised to 2.75%", "held at 0.75 percent"): measures that every
# report of one event gives alike, unlike a toll, which rises, or a change ("cut by 0.25
# point"), which one outlet gives where another gives the level.
_MAGNITUDE = re.compile(
    r"\b(?i:magnitude)[ -](\d{1,2}\.\d)\b|\b(\d{1,2}\.\d)(?:-| )(?i:magnitude|on the Richter)"
)
_LEVEL = re.compile(r"\b(?:to|at)\s+(\d{1,2}\.\d{1,2})\s?(?:%|percent\b|per cent\b)")


# A price per unit ("N1,185 per litre", "$3.20 a gallon"): a sum with a currency's sign
# or letters, then "per", "a" or "/" and the unit's noun (not "per cent").
_PRICE = re.compile(
    r"(?<![\w.,])[^\W\d]{0,3}[^\w\s]?(\d[\d,]*(?:\.\d+)?)\s?(?:per|a|/)\s?"
    r"(?!cent\b)([a-z]{3,})\b"
)


def _measures(text: str) -> frozenset[str]:
    """The magnitudes, the rates' levels and the prices per unit a text gives, each with
    its kind."""
    found = {f"magnitude {a or b}" for a, b in _MAGNITUDE.findall(text)}
    found |= {f"level {level}" for level in _LEVEL.findall(text)}
    found |= {f"per-{unit} {value.replace(',', '')}" for value, unit in _PRICE.findall(text)}
    return frozenset(found)


# A run of three numbers or more joined by dashes ("2013 - 09 - 28", a phone number, a
# code) is a date or an identifier, not a result: the numbers around one that scoreline
# reads as a result.
_CHAIN_BEFORE = re.compile(r"\d ?[-–] ?\Z")
_CHAIN_AFTER = re.compile(r"\d+ ?[-–] ?\d+ ?[-–] ?\d")
_IN_A_RUN = frozenset("0123456789 -–")


@cache
def _margin() -> re.Pattern[str]:
    """A match's result by its margin: a verb of winning or losing, then within a few
    words (no comma between) "by", a number and a unit of the margin ("beat Karachi Kings
    by three wickets", "won by 64 runs", "by an innings"): words.toml's [stories]
    winning_verbs and margin_units."""
    table = lexicon.words()
    numbers = lexicon.alternation([*lexicon.word_values("number_words"), "a", "an"])
    return re.compile(
        rf"\b(?:{lexicon.alternation(table['winning_verbs'])})\b(?:\s+[\w'’.-]+){{0,6}}?"
        rf"\s+by\s+(?:\d[\d,]*|(?:{numbers})(?:-(?:{numbers}))?)\s+"
        rf"(?:{lexicon.alternation(table['margin_units'])})\b",
        re.IGNORECASE,
    )


def _gives_score(text: str) -> bool:
    """Whether a text gives a result in numbers ("beat Vasteras 5-3", "by a vote of
    20-2"; see figures.notation.scoreline_at), not as part of a date or a code."""
    start = 0
    while (found := scoreline_at(text[start:])) >= 0:
        at = start + found
        if not _CHAIN_BEFORE.search(text[:at]) and not _CHAIN_AFTER.match(text, at):
            return True
        start = at + 1
        while start < len(text) and text[start] in _IN_A_RUN:
            start += 1  # past this run of numbers
    return False


# (The lookbehinds test what stands before the century's two digits once these are found:
# put first, they were tried at every character of a text, five times slower.)
_YEAR = re.compile(r"(?:19|20)(?<!\d..)(?<!\d[.,]..)\d\d(?!\d|[.,]\d)")


# A name after "of" ("Contador of Spain"): whose, not where. Not a possessive one: in
# "leaders of Bulgaria's opposition" the opposition is Bulgaria's, as in "Bulgaria's
# opposition" alone.
_OF_NAME = re.compile(r"([^\W\d_]*) of ([A-Z][^\W_]*)(?![^\W_]|['’]s\b)")


@cache
def _bodies_of_a_country() -> frozenset[str]:
    """The heads of a body's or an office's name ("bank", "ministry", "president"): the
    country after their "of" is where the body is."""
    return lexicon.joined("organisation_heads", "company_nouns", "role_heads")


# A capitalised word after the first of its sentence. Capitals of Latin-1, of Latin
# Extended-A and B (Czech "ČNB", Polish "Łódź", Turkish "Şahin", Romanian "Ștefan"),
# Greek and Cyrillic; other scripts simply get no name weight. Latin Extended's capitals
# alternate with their small letters, so they are listed, not given as a range.
_EXTENDED_CAPITALS = "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_CAPITALISED = re.compile(
    rf"(?<=[\s(\"“‘'])[A-ZÀ-ÖØ-Þ{_EXTENDED_CAPITALS}Α-ΩА-ЯЁ][^\W_]*(?:[.'’-][^\W_]+)*"
)
# The same in an ASCII sentence, the capital found first (`re` skips to it) and what
# stands before it tested after it.
_ASCII_CAPITALISED = re.compile(r"[A-Z](?<=[\s(\"'].)[A-Za-z0-9]*(?:[.'-][A-Za-z0-9]+)*")
TITLE_CASE_SHARE = 0.6


# English function words, and the words of any news report (said, told, year, Mr): they
# say nothing about which event a text reports. With a pile of many texts idf would mute
# them anyway; with two or three it cannot. The stop words are the rankers' (sumy's
# English list), the news words words.toml's [stories].
@cache
def news_stop_words() -> frozenset[str]:
    return stop_words("english") | lexicon.words()["news_stop_words"]


class Text:
    """One source as the stories stage sees it: its words, in order and counted."""

    __slots__ = (
        "words",
        "sentence_ends",
        "sentence_names",
        "lines_of",
        "counts",
        "names",
        "subjects",
        "recalled",
        "terms",
        "aliases",
        "belonging",
        "dated",
        "years",
        "opening",
        "days",
        "lead",
        "lead_counts",
        "head",
        "written_lead",
        "agent_act",
        "bodies",
        "regions",
        "measures",
        "result",
        "margin",
        "separate",
        "separate_counts",
        "separate_words",
        "called_words",
        "day",
        "sayers",
        "craft",
        "stamped",
        "clocked",
        "market_led",
        "market_cause",
        "market_headlined",
        "openers",
        "event_names",
        "led",
        "compassed",
        "apposed",
        "teller",
        "opened_on",
        "retold",
        "recalled_words",
    )

    def __init__(
        self,
        title: str | None,
        sentences: Sequence[str],
        dateline: str | None = None,
        date: str | None = None,
        paragraphs: Sequence[int] = (),
        filed: str | None = None,
        outlet: str | None = None,
    ) -> None:
        head = _head(sentences, MAX_WORDS)
        self.head = head  # the sentences read, as written
        # The headline's words and each sentence's, casefolded, read once for all that
        # follows (a lead's were read four times over)
        titled = int(bool(title))
        folded = [tokens(sentence) for sentence in ([title] if title else []) + head]
        # each sentence's words, in order: sentence k's are words[ends[k - 1] : ends[k]]
        sentence_words = folded[titled:]
        self.words = [word for words in sentence_words for word in words]  # also for shingles
        self.sentence_ends = list(accumulate(len(words) for words in sentence_words))
        lead = ([title] if title else []) + head[:LEAD_SENTENCES]
        lead_words = [word for words in folded[: titled + LEAD_SENTENCES] for word in words]
        # Counted once here, weighted by kind later: every word, the lead again, names.
        self.counts = Counter(self.words)
        for _ in range(int(LEAD_WEIGHT) - 1):
            self.counts.update(lead_words)
        # each sentence's names (where a story's names are told), and all of them counted
        named = [written_names([sentence]) for sentence in head]
        self.sentence_names = [frozenset(names) for names in named]
        # the sentences giving each name, accents aside: asked of every name of every
        # report of a pile when the stories are told apart (brief.stories.apart)
        self.lines_of: dict[str, list[int]] = {}
        for k, names in enumerate(self.sentence_names):
            for plain in {lexicon.unaccented(name) for name in names}:
                self.lines_of.setdefault(plain, []).append(k)
        # The names it gives only after calling what a sentence tells another event ("In a
        # separate incident ...": see brief.stories.apart.called_separate), and in the rest
        # of that sentence's paragraph (see _told_on).
        calls = [_another_events_names(sentence) for sentence in head]
        another = _told_on(list(calls), named, paragraphs)
        self.separate: frozenset[str] = frozenset()
        if any(another):
            own = {
                plain_term(name)
                for names, of_another in zip(named, another, strict=True)
                if not of_another
                for name in names
            }
            self.separate = frozenset(
                form for names in another for name in names - own for form in spellings(name)
            )
        # and the words, in small letters, of what it says its own event is apart from
        # ("treating the case separately from the dispute over the survey ship"): a report
        # of another event of one crisis names the crisis so, not by its names
        self.separate_words: frozenset[str] = frozenset(
            word for sentence in head for word in _unlinked_words(sentence)
        )
        # and those of a sentence that calls what it tells another event: who did what there
        # ("whose dockers ... begin a separate 24-hour strike today")
        self.called_words: frozenset[str] = frozenset(
            word for sentence in head for word in _called_words(sentence)
        )
        # and the counts it gives only there ("in a separate repatriation, 1,000 bodies"): a
        # count the other event's leads give names it as a name does
        self.separate_counts: frozenset[str] = frozenset()
        if any(names is not None for names in calls):
            counted = [counts_of(sentence) for sentence in head]
            told = _told_on(
                [
                    None if names is None else _another_events_counts(sentence)
                    for names, sentence in zip(calls, head, strict=True)
                ],
                counted,
                paragraphs,
            )
            elsewhere = {
                c
                for counts, of_another in zip(counted, told, strict=True)
                if not of_another
                for c in counts
            }
            self.separate_counts = frozenset(c for counts in told for c in counts) - elsewhere
        self.names = Counter(name for names in named for name in names)
        self.names.update(name for names in named[:LEAD_SENTENCES] for name in names)
        # Who or where the event is: the names of the headline and the first sentence.
        opening = lead[: titled + SUBJECT_SENTENCES]
        self.subjects = {plain_term(n) for n in written_names(opening)}
        # and the place its dateline gives ("SURIN — Villagers evacuated ..."), where its
        # headline or first sentence gives it too, if only as their first word ("Surin
        # evacuees told to stay in shelters ..."): a local paper's scene, which a first
        # word's capital alone does not make a name
        if filed:
            opened = {plain_term(word) for words in folded[: len(opening)] for word in words}
            opened -= _not_subjects()
            self.subjects |= {plain_term(word) for word in tokens(filed)} & opened
        # Of those, the ones it gives only in a clause of what came before ("... removed
        # from his post, hours after sea drones hit a corvette in Novorossiysk"): the
        # earlier event it recalls, not its own.
        self.recalled = _recalled_names(opening)
        # and the words it writes only there, as written ("two days after a German orbital
        # rocket failed there": "orbital"), the earlier event's, not what happened in its own
        # (see brief.stories.apart.own_subjects.called_separate)
        self.recalled_words = _recalled_words(opening)
        # Names after "of": whose or what a thing is ("Contador of Spain"), not where; but
        # a body's or an office's country is where ("Bank of Canada", "Reserve Bank of
        # India": two central banks' decisions of one day are two events).
        self.belonging = {
            plain_term(m.group(2).casefold())
            for m in _OF_NAME.finditer(" ".join(opening))
            if m.group(1).casefold() not in _bodies_of_a_country()
        }
        # every word it mentions, a hyphenated one also written solid (see spellings), and
        # each name of a compound of names ("the Namarrua-Lalaua Norte road" names Lalaua)
        self.terms = set(map(TERMS.__getitem__, self.counts))
        self.terms |= {term.replace("-", "") for term in self.terms if "-" in term}
        self.terms |= {
            TERMS[part]
            for sentence in [title or "", *head]
            if "-" in sentence  # (most sentences join no names)
            for compound in _NAME_COMPOUND.findall(sentence)
            for part in compound.split("-")
        }
        # the place its dateline gives ("ALICANTE - Residents of ..."), which the first
        # sentence no longer holds: a local paper's lead names a street of it, not the
        # town it is filed from, and it names that town all the same
        if filed:
            self.terms |= set(map(TERMS.__getitem__, tokens(filed)))
        # The names it gives another name of ("Pratas, known in Chinese as Dongsha"): one
        # place, as a report of either side names it (see aliases_of)
        self.aliases = aliases_of(head)
        # The words of its headline and first sentence (see _rare_openings), less its
        # figures and its days and months: when, not who, where or what.
        self.lead = [word for words in folded[: len(opening)] for word in words]
        # The name its headline (written as a sentence) and its first sentence each open
        # on, as terms: the capitalised words a line starts with, after an article
        # ("Brisa Air reported ...", "The Maren Bay was holed ..."). A news lead opens
        # on its event's actor, not on a place in it ("a Spiro man", "on Mount Cook"; see
        # brief.stories.apart.group_names.own_actors). A Title Case headline, every
        # word capitalised, is not read.
        self.opened_on = frozenset(
            TERMS[word]
            for k, line in enumerate(opening)
            if k >= titled or _sentence_case(line)
            for word in _opening_name(line)
        )
        # The counts its headline and first sentence give (see counts_of)
        self.lead_counts = counts_of(" ".join(opening))
        # The capitalised words that open its headline and first sentence, which a capital
        # alone does not make names: a bulletin's "Tarsa dam failure: situation at 18:00"
        # (see brief.stories.linkage.opening_names)
        self.openers = frozenset(
            plain_term(first[0].casefold())
            for line in opening
            if (first := _TOKEN.findall(line)[:1]) and first[0][:1].isupper()
        )
        # The same as written: a country's name is a proper noun ("US" is not "us").
        self.written_lead = _TOKEN.findall(" ".join(opening))
        # The places its headline and first sentence put in a country by naming the country
        # after them ("the city of Lahore, Pakistan": see _apposed): a report that names
        # the place names where the event is, though never the country.
        self.apposed = _apposed(opening)
        # The words of who published it (its outlet: "Aldermark Ministry of Foreign
        # Affairs"), as subjects are written: who tells the event, not who or where it is.
        self.teller = frozenset(
            lexicon.unaccented(plain_term(word.casefold())) for word in _TOKEN.findall(outlet or "")
        )
        # The names its headline and first sentence give after a compass point in small
        # letters ("in northern Nevada"): where it may place its event (see
        # brief.stories.apart.countries.lead_regions)
        self.compassed = compass_named(opening)
        # The proper names of events it writes ("the Cedar Fire": see event_names_of), and
        # its headline's and lead sentences' words as terms, each line's apart (the
        # headline's first, none where it has none): where a report gives its own event's
        # name (see group_names.own_event_names), less a lead sentence that calls what it
        # names another event ("It is not connected to the Cedar Fire north of Harwick")
        self.event_names = event_names_of([title or "", *head])
        self.led = (() if title else ((),)) + tuple(
            tuple(map(TERMS.__getitem__, words))
            for k, words in enumerate(folded[: len(lead)])
            if k < titled or calls[k - titled] is None
        )
        # the body its first sentence opens on, by its full name ("The International
        # Monetary Fund", "The Bank of Canada"): whose decision it reports
        self.bodies = bodies_named(_TOKEN.findall(head[0]) if head else [])
        # the named agent its first sentence gives as the subject of its act, with that
        # act ("Sterling & Coe downgraded Romania's sovereign rating": see agent_act)
        self.agent_act = agent_act(head[0]) if head else None
        # The longer place names it writes that hold a country's ("Northern Ireland", "New
        # Mexico", "Lake Chad"): there the country's word is not the country (see
        # place_names; not in a Title Case headline, where a direction looks like one).
        skip = 1 if title and not _sentence_case(title) else 0
        self.regions = place_names((([title] if title else []) + head)[skip:], folded[skip:])
        # The measures its headline and first sentence give with a decimal point (a quake's
        # magnitude 6.1, a rate raised to 2.75%): what its event measured (see own_measures)
        self.measures = _measures(" ".join(opening))
        # Whether its headline or lead gives a match's margin ("beat Castlegate by 24
        # runs"), which no vote's tally is, or else a result in numbers ("beat Vasteras
        # 5-3", "ratified by a vote of 20-2"): a match or a vote is its event (see
        # own_result).
        lead_text = " ".join(lead)
        self.margin = _margin().search(lead_text) is not None
        self.result = self.margin or _gives_score(lead_text)
        opening_words = {plain_term(w) for w in self.lead}
        self.opening = {w for w in opening_words if not DIGIT.search(w)} - _not_subjects()
        # The weekdays its headline and first sentences give: the days of its event. (A
        # second day's report gives the first in its second sentence: "began the strike on
        # Friday morning"; a follow-up's lede the arrests' day, the next sentence the attack's.)
        self.days = {plain_term(w) for w in lead_words} & lexicon.weekday_names()
        # The years it is dated in: its page's date, its dateline's, its headline's and its
        # lead's (see _own_years); and every year it mentions.
        self.dated = frozenset(_years(" ".join([date or "", dateline or "", *lead])))
        self.years = self.dated | frozenset(_years(" ".join(head)))
        # The day it is dated, where its page or its dateline gives one in full.
        self.day = _day(date)
        # The earlier year its first sentence opens in, told in the simple past ("On a
        # clear winter morning in January 1995, scientists sent a rocket up ..."): a
        # retrospective's or an anniversary piece's event, not its day's news (see
        # brief.stories.apart.own_days.of_an_earlier_year); None for any other lead.
        self.retold = (
            earlier_year(head[0], self.day.year) if head and self.day is not None else None
        )
        # A lead's "overnight" is the night before that day: its weekday is the event's.
        if self.day is not None and _night_before(" ".join(lead)):
            self.days.add(calendar.day_name[self.day.weekday() - 1].lower())
        # and a day of that week written with its month is a weekday as well (see
        # dated_weekdays: "On 14 March 2034, the Ambassador ... was summoned")
        self.days |= dated_weekdays(lead, self.day)
        # Who says what its headline and first sentences tell ("...: ISPR", "the Taliban
        # government said"): the lead's source, not who or where its event is.
        self.sayers = _sayers(opening)
        # The ships its headline (written as a sentence) and lead name by their kind ("the
        # bulk carrier Amina Rahal", "MV Sea Falcon"), not in a clause of what came before:
        # the craft its event befell (see brief.stories.apart.own_craft). An advisory's
        # first sentence gives the place, its second the ship.
        self.craft = _craft_named(
            ([title] if title and _sentence_case(title) else []) + head[:LEAD_SENTENCES]
        )
        # The days its lead sentences stamp their event with, by a clock time and its day
        # ("At 0410 UTC on 12 June 2029 a merchant vessel was struck"; an advisory's log
        # line "0315 UTC: MV reports ..." on its page's day): an incident report's when
        # (see brief.stories.apart.own_days.stamped_apart).
        self.stamped = _stamped_days(head[:LEAD_SENTENCES], self.day)
        # and the moments of the day, in UTC, that they give (see
        # brief.stories.apart.group_names.own_moments)
        self.clocked = _utc_clocks(head[:LEAD_SENTENCES])
        # Where its first sentence opens on a market's move, in its main clause, and the
        # event the move answers ("European shares rose on Friday after foreign ministers
        # meeting in Vienna agreed ..."), the move's words before that event, casefolded:
        # a market report, whatever event it names (see brief.stories.apart.market_beside).
        self.market_led, self.market_cause = _market_move(head[0]) if head else ((), ())
        # ... or where its headline does, and its first sentence tells that market's move
        # alone (see _headline_move): the lead gives no event at all
        self.market_headlined = False
        if not self.market_led and title and head:
            self.market_led, self.market_cause = _headline_move(title, folded[titled])
            self.market_headlined = bool(self.market_led)


# A name and its other name: "Tarnholm, known in Velmish as Tarnö", "Tarnholm (Tarnö in
# Velmish)", "Tarnholm — Tarnö in Velmish —"
_NAME = r"([A-Z][^\W\d_]+(?:-[^\W\d_]+)?)"
_ALIAS = re.compile(
    _NAME
    + r",? (?:also )?(?:known|called)(?: in [A-Z][a-z]+)? as "
    + _NAME
    + r"|"
    + _NAME
    + r" ?[(—–] ?"
    + _NAME
    + r" in [A-Z][a-z]+ ?[)—–]"
)

# A name one side calls a thing by: "the shoal, which it calls Huangyan Island", "Hoang
# Sa, which China calls Xisha", "Manila calls the feature Bajo de Masinloc", "the island
# Vietnam calls Phu Lam": the thing (a name, or the noun of "the shoal") and each word of
# that name, as written up to its first word in small letters.
_CALLED = r"([A-Z][^\W\d_]+(?:[- ][A-Z][^\W\d_]+)*)"
_CALLS = re.compile(
    r"(?:\b(?:the|a|an) ([a-z]+)|" + _NAME + r"),? (?:which |that )?(?:[A-Z]\w+|it|they|we) "
    r"calls? (?:it |them )?" + _CALLED + r"|\bcalls? the ([a-z]+) " + _CALLED
)

# What every match of _ALIAS or _CALLS holds: one of their ways of giving another name
_ALIAS_CUES = ("known", "called", "(", "—", "–", "call")


def aliases_of(sentences: Sequence[str]) -> frozenset[tuple[str, str]]:
    """The pairs of names the sentences give as one place's or person's two names, each
    as a term (casefolded, unaccented): outlets of two sides (or two languages) name one
    shoal, city or man each their own way, and a report of one side gives the other's
    ("Pratas, known in Chinese as Dongsha"), or tells what the other side calls it ("the
    shoal, which China calls Huangyan Island": each word of that name)."""
    pairs: set[tuple[str, str]] = set()
    for sentence in sentences:
        if not any(cue in sentence for cue in _ALIAS_CUES):
            continue  # (most sentences: the search is costlier than these look-ups)
        for match in _ALIAS.finditer(sentence):
            one, other = (lexicon.unaccented(plain_term(n.casefold())) for n in match.groups() if n)
            pairs.add((one, other))
        for match in _CALLS.finditer(sentence):
            thing, called = (
                lexicon.unaccented(plain_term(n.casefold())) for n in match.groups() if n
            )
            pairs |= {(thing, word) for word in re.split(r"[- ]", called)}
    return frozenset(pairs)


def counts_of(text: str) -> frozenset[str]:
    """The numbers of a text that count something: not a year, not a small number, not
    a day beside its month, not a clock time ("11:20"). Two reports that give one such
    count ("injuring 11", "11 injured") tell one toll, one crowd, one sum."""
    words = tokens(_CLOCK.sub(" ", text))
    months = lexicon.month_names()
    found = set()
    for n, token in enumerate(words):
        digits = token.replace(",", "")
        if (
            not digits.isdigit()
            or int(digits) < 11
            or (digits == token and 1800 <= int(token) <= 2100)
        ):
            continue  # ("2,000" counts; "2026" is a year)
        beside = {words[k] for k in (n - 1, n + 1) if 0 <= k < len(words)}
        if int(digits) <= 31 and beside & months:
            continue
        found.add(digits)
    return frozenset(found)


_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")


@cache
def _earlier_event() -> re.Pattern[str]:
    """A word or phrase opening a clause of what came before (words.toml's
    earlier_event_markers: "after", "following"); not "as fighting near Batken rattled
    investors", which tells the report's own moment."""
    markers = sorted(lexicon.words()["earlier_event_markers"])
    return re.compile(rf"\b(?:{lexicon.alternation(markers)})\b", re.IGNORECASE)


def told_as_before(opening: str) -> str:
    """What an opening tells after a marker of what came before (see _earlier_event):
    "... to high-risk list after terminal attack" -> "terminal attack"; "" without one."""
    found = _earlier_event().search(opening)
    return opening[found.end() :] if found else ""


def _recalled_names(opening: Sequence[str]) -> frozenset[str]:
    """The names an opening gives only after a marker of what came before in its
    sentence (see _earlier_event), none before one."""
    own: set[str] = set()
    after: set[str] = set()
    for sentence in opening:
        found = _earlier_event().search(sentence)
        cut = found.start() if found else len(sentence)
        own |= {plain_term(n) for n in written_names([sentence[:cut]])}
        after |= {plain_term(n) for n in written_names([sentence[cut:]])}
    return frozenset(after - own)


def _recalled_words(opening: Sequence[str]) -> frozenset[str]:
    """The words, as written, an opening gives only after a marker of what came before in
    its sentence (see _earlier_event), none before one."""
    own: set[str] = set()
    after: set[str] = set()
    for sentence in opening:
        found = _earlier_event().search(sentence)
        cut = found.start() if found else len(sentence)
        own.update(_TOKEN.findall(sentence[:cut]))
        after.update(_TOKEN.findall(sentence[cut:]))
    return frozenset(after - own)


def _craft_named(opening: Sequence[str]) -> frozenset[tuple[str, ...]]:
    """The names of ships an opening gives after their kind or prefix (words.toml's
    vessel_nouns and vessel_prefixes: "the oil tanker Coral Meridian", "HMS Belfast"),
    each as its words' terms, before any marker of what came before in its sentence
    ("... after the strike on the bulk carrier Amina Rahal" recalls another event's ship),
    or any marker that what follows is another ("The Sea Wren, not to be confused with the
    tanker Sea Wrenn, ...": a ship named to be told apart is not the one the event befell)."""
    found: set[tuple[str, ...]] = set()
    for sentence in opening:
        markers = (_earlier_event().search(sentence), _NOT_LINKED.search(sentence))
        cut = min((m.start() for m in markers if m), default=None)
        for match in _craft_pattern().finditer(sentence[:cut]):
            words = tuple(lexicon.unaccented(TERMS[w.casefold()]) for w in match.group(1).split())
            # a kind before a prefix ("its vessel MV Solvik Star") names the ship, not "MV"
            words = words[1:] if words and words[0] in _vessel_prefixes() else words
            if words and not set(words) & (lexicon.weekday_names() | news_stop_words()):
                found.add(words)
    return frozenset(found)


@cache
def _vessel_prefixes() -> frozenset[str]:
    """words.toml's vessel_prefixes as terms ("mv", "hms")."""
    return frozenset(TERMS[prefix.casefold()] for prefix in lexicon.words()["vessel_prefixes"])


@cache
def _craft_pattern() -> re.Pattern[str]:
    """A ship's kind in small letters ("tanker"; not a word of a capitalised name: "Tanker
    Intelligence Weekly") or its prefix in small letters or capitals ("MV", "ms"; not the
    honorific "Ms"), then its name: capitalised words."""
    kinds = "|".join(sorted(map(re.escape, lexicon.words()["vessel_nouns"]), key=len, reverse=True))
    # in small letters or in capitals, never as the honorific "Ms" is written
    written = [
        form for prefix in lexicon.words()["vessel_prefixes"] for form in (prefix, prefix.upper())
    ]
    prefixes = "|".join(map(re.escape, sorted(written)))
    return re.compile(rf"\b(?:{kinds}|{prefixes})\s+((?:[A-Z][\w'’-]*\w)(?:\s+[A-Z][\w'’-]*\w)*)")


def _market_move(sentence: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of a market's move (or its traders' reading) that opens a sentence and
    answers an event told after it, as brief.classify.reactions reads one, up to that
    event, and the words of that event; none where it opens on no such move, or on a
    page's change ("Organisers called off the festival after ...").

    So too where the event opens the sentence, in a clause of cause, and a market's
    traders act in its main clause ("Following the Kestrel Spirit explosion this morning,
    leading war-risk underwriters are now quoting 0.9 percent ..."): a broker's note tells
    its market's day in either order (r69 F10; classify reads a fronted cause before a
    price's move, "After troops fought for the terminal, Brent rose 4%", as well)."""
    # (imported here: brief.classify's package imports the pipeline, which imports stories)
    from brief.classify.clauses import leading_background
    from brief.classify.reactions import reactions
    from brief.classify.wording import STEMS
    from brief.classify.wording import tokens as words_of

    words = words_of(sentence)
    found = reactions(sentence)
    if found and not found[0].start and found[0].cause > 0 and not found[0].page:
        return tuple(words[: found[0].cause]), tuple(words[found[0].cause :])
    opening = leading_background(sentence)
    if not opening or words[0] not in _market_terms().causes:
        return (), ()
    fronted = reactions(sentence, opening)
    if fronted and fronted[0].leads and not fronted[0].page:
        return tuple(words[opening:]), tuple(words[:opening])
    subject = words[opening : opening + MARKET_SUBJECT_REACH + 1]
    if any(
        STEMS[word] in _market_terms().actors and following in _market_terms().verbs
        for word, following in zip(subject, subject[1:], strict=False)
    ):
        return tuple(words[opening:]), tuple(words[:opening])
    return (), ()


def _headline_move(title: str, first: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A headline's market move and the event it answers (see _market_move), where the
    first sentence, its words `first` casefolded, opens on that market's move without
    giving a cause ("Kyrgyz som slides as border tension hits sentiment" over "The Kyrgyz
    som fell 1.4 percent against the US dollar in early trading on Monday"): a market's
    report, whose headline alone names what it answers (r73 F9). A headline's move over
    a lead that opens on something else (the event: "A drone hit the terminal ...") is
    none: that report tells the event."""
    moved, cause = _market_move(title)
    if not moved:
        return (), ()
    # (less its articles, which the lead need not repeat)
    market = [word for word in moved[:-1] if word not in lexicon.words()["articles"]]
    opening = first[: len(moved) + MARKET_SUBJECT_REACH]
    if not market or not all(word in opening for word in market):
        return (), ()
    return moved, cause


# How far into a main clause after a clause of cause a market's actor may head its subject
# ("leading war-risk underwriters are ...").
MARKET_SUBJECT_REACH = 4


class _MarketTerms:
    """words.toml's one-word reaction causes ("after", "following"), market actors' stems
    ("underwriter") and the words that follow a subject as its verb does (auxiliaries,
    change verbs, market moves)."""

    def __init__(self) -> None:
        from brief.classify.wording import STEMS

        lists = lexicon.words()
        self.causes = frozenset(c for c in lists["reaction_causes"] if " " not in c)
        self.actors = frozenset(STEMS[w] for w in lists["market_actors"])
        self.verbs = frozenset(
            lists["auxiliaries"] | lists["passive"] | lists["change_verbs"] | lists["market_moves"]
        )


@cache
def _market_terms() -> _MarketTerms:
    return _MarketTerms()


def _night_before(lead: str) -> bool:
    """Whether a lead gives the night before its report's date ("overnight")."""
    return any(
        re.search(rf"\b{re.escape(words)}\b", lead, re.IGNORECASE)
        for words in lexicon.before_the_date("night")
    )


# A speaker's name stands at most this many words before its verb of speech
# ("Afghanistan's Taliban government said": two).
SAYER_REACH = 2


def _sayers(opening: Sequence[str]) -> frozenset[str]:
    """The names a headline and first sentences give as the speaker of what they tell: a
    headline's last words after a colon ("...: ISPR"), and a name at most SAYER_REACH
    small-letter words before a verb of speech ("the Taliban government said")."""
    found: set[str] = set()
    for n, sentence in enumerate(opening):
        if n == 0 and ":" in sentence:
            tail = sentence.rsplit(":", 1)[1]
            if len(tail.split()) <= SAYER_REACH:
                found |= {plain_term(w) for w in tokens(tail)}
        found |= {
            plain_term(word)
            for m in _sayer().finditer(sentence)
            for word in tokens(m.group(1))
            if word not in news_stop_words()  # "The" opening "The Vellan government said"
        }
    return frozenset(found)


@cache
def _sayer() -> re.Pattern[str]:
    """Capitalised words, up to SAYER_REACH small-letter words, and a verb of speech,
    with no punctuation between ("Torkham, officials said": Torkham is no speaker)."""
    verbs = "|".join(sorted(map(re.escape, lexicon.words().speech), key=len, reverse=True))
    return re.compile(
        rf"\b((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*)(?:\s+[a-z][\w'’-]*){{0,{SAYER_REACH}}}?\s+(?:{verbs})\b"
    )


# A clock time of an incident: "0410 UTC", "04:10 GMT", "0315 hrs" (not a bare number).
_STAMP_CLOCK = re.compile(r"\b(?:[01]\d|2[0-3]):?[0-5]\d ?(?:UTC|GMT|Z|hrs|LT)\b")


def dated_weekdays(lead: Sequence[str], day: datetime.date | None) -> set[str]:
    """The weekdays of the days a lead gives with their month ("on 14 March 2034", "March
    13"; its year, if not given, the page's) within WEEK days of the page's `day`: a
    ministry's statement, a translated agency's dispatch and much of the press outside
    the US date an event of the week so, where a wire writes "on Tuesday". A day further
    off ("seized on January 3") is background, as a wire would write it."""
    if day is None:
        return set()
    found: set[str] = set()
    for sentence in lead:
        for match in DAY_MONTH_YEAR.finditer(sentence):
            number, month = day_and_month(match)
            try:
                given = datetime.date(int(match["year"] or day.year), month, number)
            except ValueError:
                continue
            if abs((given - day).days) < WEEK:
                found.add(calendar.day_name[given.weekday()].lower())
    return found


def _stamped_days(sentences: Sequence[str], day: datetime.date | None) -> frozenset[datetime.date]:
    """The days these sentences stamp an incident with: a sentence giving a clock time
    (see _STAMP_CLOCK) and a day with its month ("At 0410 UTC on 12 June 2029", "June 12";
    layout.dates.DAY_MONTH_YEAR), or "today", or opening on the clock time, as an
    advisory's log line does ("0315 UTC: MV reports approach ..."), on the page's `day`.
    A year not given is the page's."""
    found: set[datetime.date] = set()
    for sentence in sentences:
        clock = _STAMP_CLOCK.search(sentence)
        if clock is None:
            continue
        dated = False
        for match in DAY_MONTH_YEAR.finditer(sentence):
            year = int(match["year"]) if match["year"] else (day.year if day else 0)
            if not year:
                continue
            number, month = day_and_month(match)
            try:
                found.add(datetime.date(year, month, number))
                dated = True
            except ValueError:
                continue
        if not dated and day is not None and (clock.start() == 0 or "today" in sentence):
            found.add(day)
    return frozenset(found)


# A clock time in UTC: "06:30 UTC", "(18:05 GMT)", "0410Z"; a local time ("23:55 local
# time", "11:30 Dushanbe time") names a zone a reader must know, and is not read. A time
# a reading or a term runs to ("to $748.25 a tonne by 1630 GMT", "as of 18:00 UTC",
# "until 0600 UTC") is no moment of what happened.
_UTC_CLOCK = re.compile(
    r"(?<![Bb]y )(?<![Oo]f )(?<![Uu]ntil )(?<![Tt]ill )"
    r"\b([01]\d|2[0-3]):?([0-5]\d) ?(?:UTC|GMT|Z)\b"
)


def _utc_clocks(sentences: Sequence[str]) -> frozenset[int]:
    """The minutes of the day, in UTC, that these sentences give a moment at (see
    _UTC_CLOCK)."""
    return frozenset(
        int(match[1]) * 60 + int(match[2])
        for sentence in sentences
        for match in _UTC_CLOCK.finditer(sentence)
    )


def _day(date: str | None) -> datetime.date | None:
    """A page's date ("2026-12-05"), where it gives the day."""
    try:
        return datetime.date.fromisoformat(date[:10]) if date and len(date) >= 10 else None
    except ValueError:
        return None


def spellings(word: str) -> tuple[str, ...]:
    """A word or name as a term, with no accents, and a hyphenated one also written solid:
    one outlet's "Ngur-Balam" or "Al-Shabaab" is another's "Ngurbalam" or "Alshabaab"."""
    term = lexicon.unaccented(plain_term(word))
    return (term, term.replace("-", "")) if "-" in term else (term,)


# "a separate attack", "an unrelated case", "Separately, ...": what follows is another
# event. Not "separate letters to the Interior and Commerce departments" (no article: one
# event's parts), nor "to separate the church from the state" (a verb), nor "separately"
# past a sentence's opening, where it tells how one event's parts were done ("were
# detained separately in June and August", "met both ministers separately"), as
# brief.selection reads it.
_ANOTHER_EVENT = re.compile(r"\b(?i:an? (?:separate|unrelated))\b|^[\s\"'“‘(]*(?i:separately)\b")
# "no indication that this is connected to the explosion in Uppsala", "not linked to",
# "unrelated to", "no connection with", "not to be confused with": what follows is another
# event (or ship, or person), which a report's police or officials say its own is not part of.
_NOT_LINKED = re.compile(
    r"\b(?i:(?:not|no|nothing)\b[^.,;:]{0,60}?\b(?:connected|linked|related|confused)"
    r"|unconnected|unrelated|no (?:link|connection)s?)\s+(?:to|with)\b"
    # "treating the case separately from the dispute", "has nothing to do with the talks"
    r"|\b(?i:separately\s+from|separate\s+from|nothing\s+to\s+do\s+with)\b"
)
# The words of both, in lower case: a sentence without them is skipped quickly.
_ANOTHER_CUES = (
    "separate",
    "unrelated",
    "connect",
    "link",
    "related",
    "nothing to do",
    "confused",
)
# "it is a separate flood", "this was an unrelated case": a sentence that says so of its
# subject tells that its own event is apart, in its own words (see _called_words).
_COPULA_BEFORE = re.compile(r"\b(?i:is|was|are|were|be|been|being)\s+$")
# Where the words of what a sentence calls another event end: its clause's end.
_CLAUSE_END = re.compile(r"[,;:.!?]")


def _told_on(
    another: list[frozenset[str] | None],
    named: Sequence[Iterable[str]],
    paragraphs: Sequence[int],
) -> list[frozenset[str]]:
    """Each sentence's names (or counts) of another event: those `another` found after its
    words (None: it calls nothing another event), and every name of a sentence after such
    a one in the same paragraph (sentence k's paragraph is paragraphs[k]; none given, none is).

    An outlet that turns to another event gives it a paragraph of its own, opening on the
    words that say so ("In a separate development, the Finance Ministry on Thursday
    published its draft budget. Finance Minister Ondrej Kubelka said ..."), and comes back
    to its own in the next, if at all."""
    for k in range(1, min(len(another), len(paragraphs))):
        continues = another[k - 1] is not None and paragraphs[k] == paragraphs[k - 1]
        if another[k] is None and continues:
            another[k] = frozenset(plain_term(name) for name in named[k])
    return [names or frozenset() for names in another]


def _another_events_names(sentence: str) -> frozenset[str] | None:
    """The names a sentence gives after saying that what it tells is another event ("In a
    separate attack on Tuesday, gunmen killed farmers in Mafa", "hours after officers
    dispersed a separate march by doctors near Afya House"): that event's, where the names
    before it ("traders in Nairobi's CBD clashed with police, hours after ...") are the
    report's own. A sentence that names nothing after the words closes on them ("In
    Copenhagen, the airline's Danish cabin crew also walked out on Saturday, in a separate
    conflict."): what it calls another event is what it named before them, and the
    report's own names there are those it gives in other sentences too. A day or month
    after the words is when, not what, and names no event ("In Tulsa, Oklahoma, a
    separate shooting at a bus station killed two people on Tuesday."). A sentence that
    says its event is not linked to another ("no indication that this is connected to the
    explosion in Tarnvik") names that other after the words, or nothing ("not linked to
    terrorism"). A region after a compass point there is where, not what (see _unplaced).
    None: the sentence calls nothing another event."""
    lowered = sentence.casefold()
    if not any(cue in lowered for cue in _ANOTHER_CUES):
        return None  # (most sentences)
    found = _ANOTHER_EVENT.search(sentence)
    if found:
        # "..., in a separate conflict.": what it calls separate is what it named before
        after = sentence_names(sentence[found.end() :]) - _calendar_words()
        return _unplaced(sentence[found.end() :], after) if after else sentence_names(sentence)
    # "The fire was not linked to terrorism, police said": no event named after the words
    found = _NOT_LINKED.search(sentence)
    if not found:
        return None
    return _unplaced(sentence[found.end() :], sentence_names(sentence[found.end() :]))


def _unplaced(words: str, names: frozenset[str]) -> frozenset[str]:
    """Names given after the words that call another event, less a region they give after
    a compass point ("their own exercise in the northern Baltic", "a separate attack in
    northern Borno"): where in a region the other event is, as a country's name is, not
    what it is. Two events of one sea or province are both in it; the names of the other
    event's own (a village, a ship, an exercise) tell it."""
    regions = {word for run in compass_named([words]) for word in run}
    return frozenset(name for name in names if lexicon.unaccented(name) not in regions)


def _unlinked_words(sentence: str) -> list[str]:
    """The words written in small letters after a sentence says that what it tells is not
    linked to something, up to the end of that clause ("... separately from the dispute
    over the survey ship, but ...": "the", "dispute", "over", "the", "survey", "ship")."""
    if not any(cue in sentence.casefold() for cue in _ANOTHER_CUES):
        return []  # (most sentences)
    found = _NOT_LINKED.search(sentence)
    if found is None:
        return []
    after = sentence[found.end() :]
    clause = after[: end.start()] if (end := _CLAUSE_END.search(after)) else after
    return [word for word in re.findall(r"[^\W\d_]+", clause) if word.islower()]


def _called_words(sentence: str) -> list[str]:
    """The words written in small letters of a sentence that calls what it tells another
    event ("The port's crane drivers, represented by a separate union, voted on Monday to
    approve strikes": "crane", "drivers", ..., "voted", ...). The other event's doer and act
    may stand anywhere there: before the words ("whose dockers ... begin a separate 24-hour
    strike"), around them ("a separate union") or after them ("In a separate attack, gunmen
    killed ..."); the report's own words there are its own leads' (see
    brief.stories.apart.own_subjects.called_separate). Not where the sentence says so of
    its subject ("It is a separate flood with separate crews"): its own event, in its own
    words."""
    if not any(cue in sentence.casefold() for cue in _ANOTHER_CUES):
        return []  # (most sentences)
    called = _ANOTHER_EVENT.search(sentence)
    if called is None or _COPULA_BEFORE.search(sentence[: called.start()]):
        return []
    return [word for word in re.findall(r"[^\W\d_]+", sentence) if word.islower()]


def _another_events_counts(sentence: str) -> frozenset[str]:
    """The counts of what a sentence calls another event (see _another_events_names),
    read where its names are: after the words, or in the whole sentence where it names
    nothing after them ("On Wednesday Ukraine received 1,000 bodies, in a separate
    repatriation.")."""
    found = _ANOTHER_EVENT.search(sentence) or _NOT_LINKED.search(sentence)
    if found is None:
        return frozenset()
    after = sentence[found.end() :]
    if sentence_names(after) - _calendar_words() or found.re is _NOT_LINKED:
        return counts_of(after)
    return counts_of(sentence)


def tokens(text: str) -> list[str]:
    """The casefolded words and figures of a text ("u.s.", "30,000")."""
    folded = text.casefold()
    return found_in(_TOKEN, folded, _ASCII_TOKEN)


def place_names(
    sentences: Sequence[str], folded: Sequence[Sequence[str]]
) -> frozenset[tuple[str, str]]:
    """The pairs of words (casefolded, no possessive) that open a longer place name in
    these sentences: one of words.toml's region_words or place_heads written capitalised
    before a capitalised word ("Northern Ireland's", "New Mexico"). A pair the sentences
    also write in small letters ("in eastern Ukraine") is a direction, its capital only a
    sentence's first letter ("Eastern Ukraine was shelled"). `folded`: each sentence's
    `tokens`, in ASCII its words as written in small letters: an ASCII sentence none of
    whose tokens is a head (14 in 15) is not read again (that took a seventh of a Text's
    time)."""
    heads = lexicon.words()["region_words"] | lexicon.words()["place_heads"]
    capital: set[tuple[str, str]] = set()
    small: set[tuple[str, str]] = set()
    for sentence, lowered in zip(sentences, folded, strict=True):
        if sentence.isascii() and heads.isdisjoint(lowered):
            continue
        words = _TOKEN.findall(sentence)
        for word, after in zip(words, words[1:], strict=False):
            # tested before the second word is read: few pairs open a place name
            if not after[:1].isupper():
                continue
            head = lexicon.unaccented(word.casefold())
            if head not in heads:
                continue
            pair = (head, TERMS[after])
            (capital if word[:1].isupper() else small).add(pair)
    return frozenset(capital - small)


def _opening_name(line: str) -> list[str]:
    """The capitalised words a line opens with, after an article (see Text.opened_on)."""
    words = _TOKEN.findall(line)
    if words and words[0].casefold() in lexicon.words()["articles"]:
        words = words[1:]
    name = []
    for word in words:
        if not word[:1].isupper():
            break
        name.append(word)
    return name


def first_opener(text: Text) -> str | None:
    """The first word, as a term, of the name a text's first sentence opens on, after an
    article ("Harwick Foods, the baker, today reports ...": "harwick"); none where it opens
    on a word in small letters or on none ("The classroom at ...")."""
    name = _opening_name(text.head[0]) if text.head else []
    return TERMS[name[0]] if name else None


def _sentence_case(title: str) -> bool:
    """Whether a headline is written as a sentence is, its words in small letters but for
    names ("Court rules scheme unlawful"), not with every longer word capitalised ("Court
    Rules Scheme Unlawful"), where a direction looks like a place name."""
    return any(len(word) > 3 and word[:1].islower() for word in _TOKEN.findall(title))


def _years(text: str) -> list[int]:
    """The years a text gives: four digits from 1900 to 2099, not part of a longer figure."""
    return [int(m) for m in _YEAR.findall(text)]


def bodies_named(written: Sequence[str]) -> frozenset[tuple[str, ...]]:
    """The body a first sentence as written opens on, as the subject of what it tells
    ("The International Monetary Fund on Wednesday raised ...", "The Bank of Canada's
    decision ..."): two or more capitalised words, with a name's small connectors between
    them, one of them the head of a body's name (words.toml's organisation_heads and
    company_nouns: "Fund", "Bank", "Authority"); lower case, without its "The", its
    possessive, or the words after its head that no connector joins ("Civil Aviation
    Authority Norway"); else none. A body named further on is seldom the one that acted
    (lawyers for a politician "told the High Court")."""
    heads = _body_heads()
    connectors = _connectors() - {"the"}
    calendar_words = lexicon.weekday_names() | lexicon.month_names()
    tokens = list(written[1:] if written[:1] == ["The"] else written)
    run: list[str] = []
    for token in tokens:
        if token.casefold() in calendar_words:
            break  # a day ends a name: "the Fund on Wednesday"
        if not (token[:1].isupper() or (run and token in connectors)):
            break
        run.append(token)
        if token.endswith(("'s", "’s")):
            break
    while run and run[-1] in connectors:
        run.pop()
    words = [plain_term(word.casefold()) for word in run]
    for k in range(len(words) - 1):
        if words[k] in heads and words[k + 1] not in connectors:
            words = words[: k + 1]
            break
    if len(words) >= 2 and any(word in heads for word in words):
        return frozenset({tuple(words)})
    return frozenset()


# A first sentence that opens on a name as the subject of an act done to a name: "Sterling
# & Coe downgraded Romania's sovereign rating", "Halvard Ratings on Tuesday cut Romania's
# long-term rating": the agent (capitalised words, a name's small connectors and "&"
# between), a day at most, one small-letter word (the act), then the name acted on and
# the small-letter words of what of it (up to a preposition, a number or a comma).
_AGENT_ACT = re.compile(
    r"^(?:The\s+)?([A-Z][\w'’.-]*(?:(?:\s+&|\s+(?:of|for|and|the))*\s+[A-Z][\w'’.-]*)*)"
    r"(?:\s+(?:late\s+|early\s+)?on\s+[A-Z][a-z]+)?\s+([a-z]+)\s+"
    r"(?:the\s+)?((?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*?)(?:['’]s)?((?:\s+[a-z][\w-]*)*)\b"
)
_NOT_ACTS = frozenset({"and", "or", "to", "in", "on", "at", "of", "for", "from", "by", "with"})


def agent_act(sentence: str) -> tuple[frozenset[str], str, str, str] | None:
    """The agent a first sentence names as the subject of its act, and the act: the
    agent's words (lower case, as terms), the verb as written, the name acted on and the
    last small-letter word of what of it is acted on ("rating"; the name's last word:
    "Hollis" of "Marek Hollis's racing licence"), where the sentence opens
    so (see _AGENT_ACT); else none. News language names who acted first, then the act,
    then whom it befell: "Halvard Ratings cut Romania's long-term foreign currency rating",
    "the regulator of Norland fined Zapline"; two leads of two agents doing one kind of act
    to one party are two acts (see brief.stories.apart.bodies.own_agents)."""
    found = _AGENT_ACT.match(without_dateline(sentence).strip())
    if found is None:
        return None
    agent, verb, patient, rest = found.groups()
    if verb in _NOT_ACTS or verb in _connectors():
        return None
    words = frozenset(
        plain_term(w.casefold()) for w in _TOKEN.findall(agent) if w.casefold() not in _connectors()
    )
    if len(words) < 2 and not any(w in _body_heads() for w in words):
        # one capitalised word opens many sentences as no agent ("Romania's ...",
        # "Protesters ..."); a single-word agent is a body only by its head
        return None
    what: list[str] = []
    for word in rest.split():
        if word in _NOT_ACTS or word in _connectors():
            break  # "by one notch", "to BB+"
        what.append(word)
    return words, verb, plain_term(patient.split()[-1].casefold()), (what[-1] if what else "")


@cache
def _body_heads() -> frozenset[str]:
    """The head words of a body's name (words.toml's organisation_heads, company_nouns)."""
    return lexicon.joined("organisation_heads", "company_nouns")


def names_body(text: Text, body: tuple[str, ...], *, lead_only: bool = False) -> bool:
    """Whether a text (its headline and first sentence, where `lead_only`) names a body:
    its words in order, or those up to its head where it opens on two or more ("the
    Reserve Bank" for the Reserve Bank of New Zealand), or their initials ("IMF")."""
    heads = _body_heads()
    first = next(k for k, word in enumerate(body) if word in heads)
    if first:
        body = body[: first + 1]
        # its head written short, by its first letters ("Harwick Corp." for "Harwick
        # Corporation": pile33's press release and a paper's report of one resignation)
        if (short := _shortened(body[first], text.terms)) is not None:
            body = (*body[:first], short)
    if not set(body) <= text.terms:
        initials = "".join(word[0] for word in body if word not in _connectors())
        return initials in (set(map(TERMS.__getitem__, text.lead)) if lead_only else text.terms)
    spaced = f" {' '.join(body)} "
    lead = f" {' '.join(map(TERMS.__getitem__, text.lead))} "
    return spaced in lead or (
        not lead_only and spaced in f" {' '.join(map(TERMS.__getitem__, text.words))} "
    )


def _shortened(head: str, terms: Collection[str]) -> str | None:
    """The term that writes a body's head short, by its first SHORT_HEAD letters or more
    ("corp" for "corporation"), where the terms hold one and not the head itself: the
    longest, whatever order a set of terms gives them in."""
    if head in terms:
        return None
    shorts = (t for t in terms if SHORT_HEAD <= len(t) < len(head) and head.startswith(t))
    return max(shorts, key=lambda t: (len(t), t), default=None)


@cache
def _connectors() -> frozenset[str]:
    """Small words inside a name (words.toml's connectors: "of", "for", "and")."""
    return lexicon.joined("connectors")


def plain_term(word: str) -> str:
    """A word as a term: one apostrophe, no possessive."""
    return word.replace("’", "'").removesuffix("'s")


# plain_term of a token, worked out once a distinct token (see TERMS)
PLAIN_TERMS: lexicon.WordMemo[str] = lexicon.WordMemo(plain_term)
# A token as a term (casefolded, one apostrophe, no possessive, no accents), worked out
# once a distinct token: every word of every text of a pile is asked, and they share most.
TERMS: lexicon.WordMemo[str] = lexicon.WordMemo(
    lambda token: lexicon.unaccented(plain_term(token.casefold()))
)


def _head(sentences: Sequence[str], words: int) -> list[str]:
    """The sentences that hold about the first `words` words."""
    out: list[str] = []
    for sentence in sentences:
        if words <= 0:
            break
        out.append(sentence)
        words -= sentence.count(" ") + 1
    return out


def written_names(sentences: Sequence[str]) -> list[str]:
    """Capitalised words that do not open a sentence; none from a Title-Case line (a
    headline or a menu), where capitals say nothing, nor a scale's name ("degrees
    Celsius": words.toml's named_scales), a unit whatever the event."""
    out: list[str] = []
    for sentence in sentences:
        capitalised = found_in(_CAPITALISED, sentence, _ASCII_CAPITALISED)
        if len(capitalised) <= TITLE_CASE_SHARE * sentence.count(" "):
            out.extend(capitalised)
    stop = news_stop_words() | lexicon.words()["named_scales"]
    return [n for n in map(str.casefold, out) if n not in stop]  # "I", or "The" after a quote


# A run of capitalised words, only spaces between them ("the Cedar Creek Fire's spread")
_CAPITALISED_RUN = re.compile(
    r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][^\W_]*(?:[-'’][^\W_]+)*(?:\s+[A-ZÀ-ÖØ-Þ][^\W_]*(?:[-'’][^\W_]+)*)*"
)


@cache
def _event_heads() -> frozenset[str]:
    """words.toml's event_name_heads: the kinds of event that end an event's name."""
    return lexicon.words()["event_name_heads"]


def event_names_of(lines: Sequence[str]) -> frozenset[tuple[str, ...]]:
    """The proper names of events some lines write, each as its words' terms: a run of
    two or more capitalised words that ends on a kind of event, itself capitalised ("the
    Cedar Fire", "the Pinyon Fire's spread"), not one that goes on past it ("the Tri-Valley
    Fire Authority", a body). News names a wildfire, a flood or a massacre so, and two such
    names that share words are still two events: the Cedar Fire and the Cedar Creek Fire
    are 20 miles apart. Not from a Title-Case line (a headline or a menu), where every word
    is capitalised; a word of function or a day before or after the name is none of it
    ("The", "Monday's", "the Cedar Fire Tuesday")."""
    heads, skip = _event_heads(), news_stop_words() | _calendar_words()
    found: set[tuple[str, ...]] = set()
    for line in lines:
        lowered = line.casefold()
        if not any(head in lowered for head in heads):
            continue  # (most lines)
        if len(found_in(_CAPITALISED, line, _ASCII_CAPITALISED)) > TITLE_CASE_SHARE * line.count(
            " "
        ):
            continue  # a Title-Case line: its capitals say nothing
        for run in _CAPITALISED_RUN.findall(line):
            words = [TERMS[word] for word in tokens(run)]
            while words and words[0] in skip:
                words = words[1:]
            while words and words[-1] in skip:  # "... the Cedar Fire Tuesday"
                words = words[:-1]
            if len(words) >= 2 and words[-1] in heads:
                found.add(tuple(words))
    return frozenset(found)


def compass_named(lines: Sequence[str]) -> frozenset[tuple[str, ...]]:
    """The names some lines give after a compass point written in small letters (words.toml's
    compass_words: "a wildfire in northern Nevada"), each as its capitalised words' terms,
    up to three, within its line."""
    compass = lexicon.words()["compass_words"]
    found: set[tuple[str, ...]] = set()
    for line in lines:
        written = _TOKEN.findall(line)
        for n, word in enumerate(written[:-1]):
            if word not in compass or not written[n + 1][:1].isupper():
                continue  # (most words)
            run: list[str] = []
            for after in written[n + 1 : n + 4]:
                if not after[:1].isupper():
                    break
                run.append(TERMS[after])
            found.add(tuple(run))
    return frozenset(found)


def sentence_names(text: str) -> frozenset[str]:
    """A sentence's names as `written_names` finds them, its first word too ("Kenya's central
    bank raised ..."): a stop word opening it ("The", "In") is none."""
    return frozenset(plain_term(name) for name in written_names([" " + text]))


def readable_sentences(corpus: Corpus) -> dict[int, list[Sentence]]:
    """Each source's sentences but its page furniture (a banner, a menu, links: no
    event's), in reading order, a notice's labelled fields after its report. A teaser
    for another story under a link's label ("Related: ... what's next for the
    mission?") is none of this one's, however it ends (ingest keeps as a sentence a
    linked headline that ends on a question mark)."""
    by_source: dict[int, list[Sentence]] = defaultdict(list)
    fields: dict[int, list[Sentence]] = defaultdict(list)
    for sentence in corpus.sentences:
        if is_furniture(sentence.text) or opens_with_link_label(sentence.text):
            continue
        # A notice's labelled fields ("Size: 5,300 acres", "VESSEL: ...") stand above its
        # report as a dateline does: its lead is the report's first sentences, and the
        # fields are read after them (as brief.rank reads them: r70, an update's box of
        # six figures had been its lead, and kept it from its fire's other reports)
        (fields if is_labelled_field(sentence.text) else by_source)[sentence.source].append(
            sentence
        )
    for source, boxed in fields.items():
        by_source[source].extend(boxed)
    return by_source


def story_texts(
    corpus: Corpus,
    numbers: Sequence[int],
    readable: Mapping[int, Sequence[Sentence]] | None = None,
    untitled: Collection[int] = (),
) -> dict[int, Text]:
    """Each source's Text. `readable`: `readable_sentences(corpus)`, where the caller has
    it already. `untitled`: sources read without their headline (a digest's, which names
    all its items, read by its lead)."""
    by_source = readable if readable is not None else readable_sentences(corpus)
    sentences = {n: [s.text for s in told] for n, told in by_source.items()}
    paragraphs = {n: [s.paragraph for s in told] for n, told in by_source.items()}
    titles = {d.source.number: d.title for d in corpus.documents if d.source.number not in untitled}
    sentences, titles = _respelled(sentences, titles)
    dates = {d.source.number: d.date or d.source.date for d in corpus.documents}
    # The subheading over a text's first sentence: a page's dateline ("September 19, 2013").
    datelines: dict[int, str | None] = {}
    for sentence in corpus.sentences:
        datelines.setdefault(sentence.source, sentence.heading)
    filed = {d.source.number: _filed_at(d) for d in corpus.documents}
    outlets = {d.source.number: d.source.outlet for d in corpus.documents}
    return {
        n: Text(
            titles.get(n),
            sentences.get(n, []),
            datelines.get(n),
            dates.get(n),
            paragraphs.get(n, []),
            filed.get(n),
            outlets.get(n),
        )
        for n in numbers
    }


# A letter that an ASCII text writes as two ("Müller" as "Mueller", "Østerbølle" as
# "Oesterboelle", "Straße" as "Strasse"), and the one letter it may write instead where
# that is not the letter less its accent ("Osterbolle"; "Muller" is `unaccented`'s).
_DIGRAPHS = {"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "æ": "ae", "œ": "oe", "å": "aa", "ß": "ss"}
_STROKED = {"ø": "o", "æ": "ae", "œ": "oe", "å": "a", "ß": "ss"}
# One of those letters, and a word holding one
_DIGRAPH_LETTER = re.compile(r"[äöüøæœåßÄÖÜØÆŒÅ]")
_DIGRAPH_WORD = re.compile(r"\b[^\W\d_]*[äöüøæœåßÄÖÜØÆŒÅ][^\W\d_]*")


def _respelled(
    sentences: Mapping[int, list[str]], titles: Mapping[int, str | None]
) -> tuple[dict[int, list[str]], dict[int, str | None]]:
    """The pile's texts with a name written in ASCII by one outlet as another outlet of the
    pile writes it in its own letters: a German club's statement writes its Danish captain
    "Oesterboelle", the Danish paper "Østerbølle", a wire "Osterbolle"; a Swiss paper
    writes "Müller", a wire "Mueller". German, Danish, Norwegian and Swedish spell such a
    letter in ASCII with two ("ä", "ø" as "ae", "oe"), or the Nordic ones with one ("ø" as
    "o"), which `unaccented` cannot tell from the letter: it takes off a mark, and "ø" has
    none. Only a capitalised word is respelt (a name), and only to a word the pile writes
    so: "Goethe" stays where no text writes "Göthe"."""
    spelt: dict[str, str] = {}
    held = [
        text
        for text in [
            *(t for t in titles.values() if t),
            *(s for v in sentences.values() for s in v),
        ]
        if not text.isascii() and _DIGRAPH_LETTER.search(text)
    ]
    for word in sorted({word for text in held for word in _DIGRAPH_WORD.findall(text)}):
        if word[:1].isupper():
            lowered = word.casefold()
            for table in (_DIGRAPHS, _STROKED):
                written = lexicon.unaccented("".join(table.get(c, c) for c in lowered))
                if written.isascii() and written != lexicon.unaccented(lowered):
                    spelt.setdefault(written, word)
    if not spelt:
        return dict(sentences), dict(titles)
    forms = re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(spelt, key=len, reverse=True))) + r")\b",
        re.IGNORECASE,
    )

    def one(found: re.Match[str]) -> str:
        word = found.group()
        if not word[:1].isupper():
            return word
        written = spelt[word.casefold()]
        return written.upper() if word.isupper() and len(word) > 1 else written

    def respell(told: list[str]) -> list[str]:
        # (substrings first: the pattern's search of every text took most of the time)
        lowered = "\n".join(told).casefold()
        if not any(form in lowered for form in spelt) or not forms.search("\n".join(told)):
            return told
        return [forms.sub(one, sentence) for sentence in told]

    return (
        {n: respell(told) for n, told in sentences.items()},
        {n: respell([t])[0] if t else t for n, t in titles.items()},
    )


def _filed_at(document: Document) -> str | None:
    """The place a dateline opening a document's first paragraphs gives ("ALICANTE -",
    "SAN JOSE, Calif. -"), which segment cuts from its first sentence: the words before
    its first comma, bracket or dash, where they are no date. (A wire's dateline with its
    date and agency was read at ingest as the source's date and outlet, and is gone.)"""
    paragraphs = [block.text for block in document.blocks if block.kind == "paragraph"]
    for text in paragraphs[:DATELINE_WITHIN]:
        rest = without_dateline(text)
        if rest == text:
            continue
        place = _DATELINE_END.split(text[: len(text) - len(rest)].strip(), maxsplit=1)[0]
        return place.strip() if place.strip() and not DIGIT.search(place) else None
    return None


# A place and the country after it ("Lahore, Pakistan", "the town of Goma, DR Congo"):
# capitalised words, a comma, and a country's name (not a seat: "Paris, London and Berlin"
# is a list), which "and"/"or" does not follow (a list of countries: "India, Pakistan and").
_APPOSED = re.compile(
    r"\b((?:[A-Z][\w'’-]+ )*[A-Z][\w'’-]+), ((?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+)(?! (?:and|or)\b)"
)


def _apposed(opening: Sequence[str]) -> dict[str, frozenset[tuple[str, ...]]]:
    """The country each place of a headline or first sentence is put in by the country's
    name after it ("the city of Lahore, Pakistan"), place names as tokens casefolded; not
    where the place is a country's name itself (a list: "India, Pakistan, China")."""
    countries = _country_names()
    found: dict[str, set[tuple[str, ...]]] = {}
    for line in opening:
        for m in _APPOSED.finditer(line):
            words = tuple(m.group(2).casefold().split())
            # the country is its last words ("the Mangrove Bay, Sri Lanka")
            country = next(
                (countries[words[k:]] for k in range(len(words)) if words[k:] in countries), None
            )
            if country is None or tuple(m.group(1).casefold().split()) in countries:
                continue
            found.setdefault(country, set()).add(
                tuple(plain_term(w) for w in m.group(1).casefold().split())
            )
    return {country: frozenset(places) for country, places in found.items()}


@cache
def _country_names() -> dict[tuple[str, ...], str]:
    """The gazetteer's country names and aliases as casefolded words -> the country: made
    once, not for each of a pile's 1,000 texts (the inbox's `_apposed`: 0.18-0.21 -> 0.03
    s of CPU on a loaded host)."""
    return {
        tuple(form.casefold().split()): entry.name
        for form, entry in lexicon.gazetteer().items()
        if entry.kind == "country" and entry.form == "name"
    }


@cache
def _calendar_words() -> frozenset[str]:
    """Days and months: when something happened, not who or where."""
    return lexicon.weekday_names() | lexicon.month_names()


@cache
def _not_subjects() -> frozenset[str]:
    """Words an opening may share without saying what the event is: stop words, days
    and months."""
    return news_stop_words() | lexicon.weekday_names() | lexicon.month_names()
