"""A report's rare words: the names and opening words that general English seldom
uses, and the names most of a group's reports give.

A desk's field shares its common words across its events ("strike", "minister"); what tells
one event from another is what only its own reports say (a "Dibaba", "Iquique").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence

from brief.extract import lexicon
from brief.stories.apart.countries import country_words
from brief.stories.similarity import general_shares
from brief.stories.texts import Text, plain_term

# A name most of a group's reports give: at least this share of them (see core_names).
OWN_NAME_SHARE = 0.6

# A subject is a name of a headline or first sentence that fewer than this share of
# general English texts hold, of SUBJECT_MIN_LENGTH letters or more (see
# likeness.SUBJECT_PENALTY).
SUBJECT_GENERAL_SHARE = 0.01
SUBJECT_MIN_LENGTH = 3

# In a pile of BIG_PILE or more, two single texts whose openings (headline and first
# sentence) share no word rarer than OPENING_GENERAL_SHARE in general English start a
# story only at SUBJECT_PENALTY of their similarity: two reports of one event say in
# their openings who, where or what it is; two of one desk's run of news share its field's
# words further down. Tuned on half A of the labelled sets and the BBC piles of 250:
# 0.01 split ECB+'s whole set (half A .948 -> .938); checked on half B (BBC 250 B .760 ->
# .784, Multi-News whole .895 -> .896). In smaller piles it cost Multi-News's and
# Multilingual's small piles (scraped pages that open on boilerplate) and kept no BBC
# pile of one desk cleaner.
OPENING_GENERAL_SHARE = 0.02


def rare_openings(texts: Sequence[Text]) -> list[set[str]]:
    """Each text's opening words that general English rarely uses (see
    OPENING_GENERAL_SHARE): the who, where or what its headline and first sentence give."""
    rare = rare_in_english({word for text in texts for word in text.opening}, OPENING_GENERAL_SHARE)
    return [text.opening & rare for text in texts]


def rare_subjects(texts: Sequence[Text]) -> list[set[str]]:
    """Each text's subjects that general English rarely uses: a "Boston" or a "Dibaba",
    not an "Olympic" or a "Tuesday", which any report of the field may name."""
    named = {name for text in texts for name in text.subjects}
    rare = {
        name
        for name in rare_in_english(named, SUBJECT_GENERAL_SHARE)
        if len(name) >= SUBJECT_MIN_LENGTH
    }
    return [{lexicon.unaccented(name) for name in text.subjects & rare} for text in texts]


def rare_in_english(words: Collection[str], below: float) -> set[str]:
    """The words fewer than `below` of general English texts hold (see general_shares)."""
    every = sorted(words)
    return {
        w for w, share in zip(every, general_shares(every).tolist(), strict=True) if share < below
    }


def subject_counts(subjects: Sequence[set[str]]) -> Counter[str]:
    """In how many texts' subjects (see rare_subjects) each name is (see digest_beside)."""
    return Counter(name for names in subjects for name in names)


def openers(openings: Sequence[set[str]]) -> dict[str, list[int]]:
    """Each rare opening word (see rare_openings) and the texts whose leads give it."""
    found: dict[str, list[int]] = defaultdict(list)
    for k, words in enumerate(openings):
        for word in words:
            found[word].append(k)
    return dict(found)


def core_names(kept_names: Callable[[int], frozenset[str]], group: list[int]) -> set[str]:
    """The rare names (see rare_names) that most of a group's reports give."""
    given = Counter(name for i in group for name in kept_names(i))
    return {name for name, n in given.items() if n >= OWN_NAME_SHARE * len(group)}


def rare_names(texts: Sequence[Text]) -> list[frozenset[str]]:
    """Each text's names that general English rarely uses (as rare_subjects reads its
    subjects), less days, months, the words of countries and the heads of the waters
    named after them ("the Gulf", "the Strait": words.toml's named_for_a_country), which
    reports of any event of a region give alike."""
    common = lexicon.weekday_names() | lexicon.month_names() | country_words()
    common |= set(lexicon.words()["named_for_a_country"])
    named = [
        {lexicon.unaccented(plain_term(name)) for name in text.names} - common for text in texts
    ]
    rare = {
        name
        for name in rare_in_english(set().union(*named), SUBJECT_GENERAL_SHARE)
        if len(name) >= SUBJECT_MIN_LENGTH
    }
    return [frozenset(names & rare) for names in named]
