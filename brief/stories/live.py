"""A live page: a column of short entries, each stamped with its clock time.

A live page of one event ("Referendum day: live") tells that event entry after entry,
naming its officials, places and figures as its other reports do. A crisis desk's page
("Eastern flank crisis: live updates") gives an entry to each of the day's events: a
council meeting, a pipeline, a cyber attack, a summoned ambassador, a sanctions package.
Linked by its whole text, such a page is near every one of those stories, and it bridged
them: average linkage drew the stories it touched into one (r47: a late re-run's day
made one story of the troop build-up, a drone crash, a drone incursion and a sanctions
package). So a live page is left out of the linkage, and joins afterwards the one story
whose reports name what most of its entries name; a page whose entries name no one
story's is a story of its own (a roundup, see brief.stories.roundups).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from functools import cache

from brief.extract import lexicon
from brief.ingest.furniture import entry_stamp, entry_stamps
from brief.models import Sentence
from brief.stories.apart import SUBJECT_GENERAL_SHARE, SUBJECT_MIN_LENGTH
from brief.stories.apart.countries import country_names, country_words
from brief.stories.apart.rare_words import OPENING_GENERAL_SHARE, rare_in_english
from brief.stories.similarity import general_shares
from brief.stories.texts import (
    Text,
    counts_of,
    news_stop_words,
    plain_term,
    sentence_names,
    tokens,
    written_names,
)

# A page with at least this many stamped entries is a live page (as a roundup tells at
# least so many events: see roundups.ITEMS).
LIVE_ENTRIES = 4
# A live page joins the story whose reports name what more than this share of its
# entries with names name.
ENTRIES_SHARE = 0.5


# A word of an outlet's name ("Danube Herald", "Al-Hayat") or of an entry.
_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def live_entries(
    sentences: Sequence[Sentence], page: Sequence[Sentence] | None = None
) -> list[list[Sentence]]:
    """A live page's entries (each from its stamped sentence to the next stamp, as
    furniture.entry_stamps reads them: a first sentence's stamp may be its heading's),
    where it has at least LIVE_ENTRIES of them; else none.

    `page`: the source's every sentence, its furniture too, where `sentences` leave that
    out. A stamped sentence that is the page's words to its reader ("07:00 — Good
    morning.", "21:30 — That's where we'll leave it for tonight.") tells no event, and
    opens no entry whose names are read; but its stamp is the page's as any other, and
    counts towards LIVE_ENTRIES (r73: a page of four stamped entries, its first a
    greeting, had been read as a report of three, and its text bridged two incidents'
    stories). What follows a greeting in its paragraph ("We are following three
    developing stories: ...") is the page's introduction, no entry of one event."""
    entries: list[list[Sentence]] = []
    for sentence, stamp in zip(sentences, entry_stamps(sentences), strict=True):
        if stamp is not None:
            entries.append([sentence])
        elif entries and sentence.paragraph == entries[-1][-1].paragraph:
            entries[-1].append(sentence)
    return (
        entries if len(entries) + _furniture_stamps(sentences, page or ()) >= LIVE_ENTRIES else []
    )


def _furniture_stamps(sentences: Sequence[Sentence], page: Sequence[Sentence]) -> int:
    """How many of a page's stamped sentences `sentences` leave out (as furniture)."""
    kept = {(s.source, s.index) for s in sentences}
    return sum(
        stamp is not None and (sentence.source, sentence.index) not in kept
        for sentence, stamp in zip(page, entry_stamps(page), strict=True)
    )


def entry_names(
    entry: Sequence[Sentence], known: Collection[str], own: Collection[str] = ()
) -> frozenset[str]:
    """The names of an entry that tell which event it is: rare in general English, not a
    day, a month or a country's name or people (two events of one crisis share its
    country). A seat of government is a city's name as any other ("no buses are running
    in Lagos"), but names an entry only where one story's reports alone give it (see
    _seats_told). And
    the counts it gives (see texts.counts_of: "11 injured"), which a report of its event
    gives as well. Read past its stamp: the word that opens a sentence ("20:05 —
    Explosions were heard ...") is capitalised as any opening word is, and names
    something only where the pile's reports write it as a name (`known`, as report_names
    writes them: "Tasnim says ..."). The words of the page's own name (`own`, see
    page_words) name no event where the entry writes them as that name: an entry that
    credits its page ("diplomats tell the Danube Herald") does not tell the river's story,
    but a city's page ("The Lagos Ledger") names its city alone as the city ("no buses
    are running in Lagos"). A one-word outlet ("Tasnim") is its name wherever it is."""
    said = [_past_stamp(s.text) if k == 0 else s.text for k, s in enumerate(entry)]
    within = {lexicon.unaccented(plain_term(name)) for name in written_names(said)}
    opening = {lexicon.unaccented(name) for text in said for name in sentence_names(text)}
    names = within | (opening & set(known))
    counts = {count for text in said for count in counts_of(text)}
    return _rare(frozenset(names - _common() - _as_its_page(said, own))) | frozenset(counts)


def _as_its_page(said: Sequence[str], own: Collection[str]) -> frozenset[str]:
    """The words of a page's own name (`own`, see page_words) that an entry's sentences
    write as that name: beside another of its words ("the Lagos Ledger"), or any of them
    where the name has only one word besides stop words ("Tasnim", "the Herald")."""
    core = frozenset(own) - news_stop_words()
    if len(core) <= 1:
        return frozenset(own)
    found = set(frozenset(own) - core)
    for text in said:
        words = [lexicon.unaccented(plain_term(word)) for word in tokens(text)]
        for k, word in enumerate(words):
            if word in core and any(
                0 <= j < len(words) and words[j] in core and words[j] != word
                for j in (k - 1, k + 1)
            ):
                found.add(word)
    return frozenset(found)


def page_words(outlet: str | None) -> frozenset[str]:
    """The words of a live page's outlet as entry_names writes names (casefolded, no
    possessive, no accents): the page's own name, never one of its entries' events (r66
    F2)."""
    return frozenset(
        lexicon.unaccented(plain_term(word.casefold())) for word in _WORDS.findall(outlet or "")
    )


def _past_stamp(text: str) -> str:
    """A sentence's text after the entry stamp it opens with, if any."""
    stamp = entry_stamp(text)
    return text[stamp.end :].lstrip(" \t—–-:|*_") if stamp is not None else text


def story_of_entries(
    entries: Sequence[Sequence[Sentence]],
    stories: Sequence[Collection[str]],
    own: Collection[str] = (),
    led: Sequence[Collection[str]] = (),
) -> int | None:
    """The story (its index in `stories`, each the set of names its reports give) whose
    names more than ENTRIES_SHARE of the page's named entries give; None if no story's do.
    A name that two stories give (an alliance, a capital) tells neither: an entry is told
    by a story's names of its own. But for the one story whose leads give it, where no
    other's do (`led`, each story's as report_leads reads them): a second bank's results
    name the first bank's crisis, and an entry on that crisis is the crisis's story. And
    an entry tells the one story whose leads alone give a rare word it writes in small
    letters (see entry_acts): what happened, where its names are countries and delegates
    (pile38: a page of a draft text's reactions, "the fossil paragraph", "a second draft")."""
    known = set().union(*stories)
    given = Counter(name for story in stories for name in set(story))
    leading = Counter(name for story in led for name in set(story))
    # a rare word of what happened that one story's leads alone give (see entry_acts)
    acts = rare_in_english({word for word, n in leading.items() if n == 1}, OPENING_GENERAL_SHARE)
    read = [
        (_seats_told(entry_names(entry, known, own), given), entry_acts(entry) & acts)
        for entry in entries
    ]
    told_by = [(names, done) for names, done in read if names or done]
    if not told_by:
        return None
    told = [
        sum(
            any(
                given[name] == 1 or (bool(led) and name in led[k] and leading[name] == 1)
                for name in names & set(story)
            )
            or bool(led and done & set(led[k]))
            for names, done in told_by
        )
        for k, story in enumerate(stories)
    ]
    best = max(range(len(stories)), key=told.__getitem__, default=None)
    if best is None or told[best] <= ENTRIES_SHARE * len(told_by):
        return None
    return best


def entry_acts(entry: Sequence[Sentence]) -> frozenset[str]:
    """The words an entry writes in small letters past its stamp, as report_leads writes
    them (no accents): what happened ("the draft", "the fossil paragraph"), where its
    names are only countries and delegates. A live page of one negotiation's day tells its
    text entry after entry by the words its reports' leads tell it with, not by names:
    "Colombia has put out a statement calling the fossil paragraph a step backwards",
    "Ministers have been arriving ... a second draft is planned" (pile38's page of the
    COP32 draft's reactions had been left a story of its own)."""
    said = [_past_stamp(s.text) if k == 0 else s.text for k, s in enumerate(entry)]
    return frozenset(
        lexicon.unaccented(plain_term(word))
        for text in said
        for word in _WORDS.findall(text)
        if word.islower()
    )


def other_entries(
    entries: Sequence[Sequence[Sentence]],
    stories: Sequence[Collection[str]],
    joined: int,
    own: Collection[str] = (),
) -> list[Sentence]:
    """The sentences of a live page's entries that another story (its index in `stories`,
    as story_of_entries reads them) tells by names of its own, where the story the page
    joined (`joined`) tells them by none of its own: a crisis desk's page that joins one
    of the day's stories gives an entry to another (a clinic's cholera deaths beside the
    day's toll), and that entry is the other story's, no bullet of the one it joined."""
    known = set().union(*stories)
    given = Counter(name for story in stories for name in set(story))
    theirs_only = [{name for name in story if given[name] == 1} for story in stories]
    found: list[Sentence] = []
    for entry in entries:
        names = _seats_told(entry_names(entry, known, own), given)
        if names & theirs_only[joined]:
            continue
        if any(names & theirs for k, theirs in enumerate(theirs_only) if k != joined):
            found.extend(entry)
    return found


def _seats_told(names: frozenset[str], given: Counter[str]) -> frozenset[str]:
    """An entry's names (see entry_names) less the seats of government that tell no one
    story (see story_of_entries): a capital two stories give, or none, is where the day's
    events are, and names no entry; one only a story's reports give is that story's city."""
    return frozenset(n for n in names if given[n] == 1 or n not in _seats())


def report_names(texts: Collection[Text]) -> frozenset[str]:
    """What a story's reports give that may tell an entry: their names as entry_names
    writes them (casefolded, no accents) and their counts."""
    return frozenset(
        lexicon.unaccented(plain_term(name)) for text in texts for name in text.names
    ) | frozenset(count for text in texts for count in counts_of(" ".join(text.head)))


def report_leads(texts: Collection[Text]) -> frozenset[str]:
    """The words more than half a story's reports give in their headline and first
    sentence (Text.opening), as entry_names writes names; none for a single report."""
    if len(texts) < 2:
        return frozenset()
    counts = Counter(lexicon.unaccented(word) for text in texts for word in set(text.opening))
    return frozenset(word for word, n in counts.items() if 2 * n > len(texts))


@cache
def _common() -> frozenset[str]:
    return frozenset(lexicon.weekday_names() | lexicon.month_names() | country_names())


@cache
def _seats() -> frozenset[str]:
    return country_words() - country_names()


def _rare(names: frozenset[str]) -> frozenset[str]:
    every = sorted(n for n in names if len(n) >= SUBJECT_MIN_LENGTH)
    shares = general_shares(every).tolist() if every else []
    return frozenset(
        n for n, share in zip(every, shares, strict=True) if share < SUBJECT_GENERAL_SHARE
    )
