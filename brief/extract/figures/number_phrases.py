"""Where the noun phrase after a number ends, which says what the number counts
("100,000 Russian soldiers", "ten U.S. citizens", "1.2 million displaced people"), and
whether the number is a name's instead ("Fortune 500", "Six Nations").

A number is a key figure only with what it counts, and where the phrase after it ends
decides what the figure is: a count of its plural head ("20 women work" counts women),
a measure if the head is a unit. So the phrase stops before a function word, a pronoun
or another number, and takes a name, a plural or a unit's modifier as its head's
modifier only when the noun it modifies follows ("ten United States nationals", "sports
utility vehicles", "7,491 square kilometers"). Apart from `counted` because the tolls
(a conjunct's "three civilians"), shares ("51 percent of the vote") and measures ("a
300-mile line") read the same phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import islice

from brief.extract.figures.notation import MONTHS, WORD_RE, WORD_REACH, number_values
from brief.extract.lexicon import words
from brief.rank.text import stop_words

COMPARATIVE = re.compile(r"[ \u00a0]+(?:more|fewer)(?=[ \u00a0])")
MAX_NOUN_WORDS = 3  # the most words a count's noun takes: "Su-35 fighter jets"


def noun_phrase_end(text: str, pos: int, limit: int) -> tuple[int, list[str]]:
    """Where the noun phrase after a number ends, and its words. It stops before a
    function word, at its plural head ("20 women work" -> "20 women") or a unit, and
    takes a participle as an adjective only when a noun follows ("seven leading
    industrialised nations", "1.2 million displaced people"; not "20 killed"). A
    comparative between the number and its noun counts the noun all the same ("400 more
    troops" are 400 troops sent on top of others), though not a comparison ("400 more
    than")."""
    comparative = COMPARATIVE.match(text, pos)
    if comparative:
        after, counted = noun_phrase_end(text, comparative.end(), limit)
        return (after, counted) if counted else (pos, [])
    found = list(islice(WORD_RE.finditer(text, pos, pos + 120), limit))
    lists = words()
    in_digits = _DIGITS_BEFORE.search(text, max(0, pos - 4), pos) is not None
    noun: list[str] = []
    end = pos
    for n, w in enumerate(found):
        low = w.group().lower()
        if not _noun_word(w, text, end):
            break
        if (
            not n
            and low.endswith(("'s", "’s"))
            and w.group()[:1].isupper()
            and not w.group()[1:2].isupper()
        ):
            break  # "the 30,000 Clinton's lawyers returned": a name's 's opens a new phrase
            # (an initialism's may be a plural: "33 KO's")
        nxt = found[n + 1] if n + 1 < len(found) else None  # the last word looks no further
        if _modifier_like(low) and (nxt is None or not _noun_word(nxt, text, w.end())):
            break  # "20 killed", "jets hit at dawn"
        noun.append(w.group())
        end = w.end()
        if text.startswith(".", end) and _INITIALISM.fullmatch(w.group()):
            end += 1  # "ten U.S. citizens": an abbreviation's dot is no full stop
        # "aircraft carriers", "police officers", "sports utility vehicles": a plural that
        # modifies nouns, before a plural or a noun and a plural, is not the head ("1,300
        # bosses suggests": most plurals before a word in -s are a subject and its verb)
        # a field's name in -ics is a mass noun, not a plural a count ends on ("four
        # logistics companies", "two electronics firms"); before a plural it modifies it
        attributive = low in lists["attributive_plurals"] or low.endswith("ics")
        if (low in lists["invariant_plurals"] or attributive) and _modifies_a_plural(
            found[n + 1 : n + 3 if attributive else n + 2], text, w.end(), len(noun) < limit
        ):
            continue
        name_or_unit = low[:1] != w.group()[:1] or low in lists["unit_modifiers"]
        if name_or_unit and nxt is not None and _modifies_next(noun, nxt, text, end, in_digits):
            continue
        if low in lists["units"] or low in lists["durations"] or plural(low):
            break
    return (end, noun) if noun else (pos, [])


def _modifies_a_plural(following: Sequence[re.Match[str]], text: str, end: int, room: bool) -> bool:
    """Whether the next words are a plural noun, or a noun and then a plural, that a
    plural before them modifies ("sports fans", "sports utility vehicles"), within the
    noun phrase's room."""
    if not room or not following or not _noun_word(following[0], text, end):
        return False
    first = following[0].group().lower()
    if plural(first):
        return True
    if len(following) < 2 or not _noun_word(following[1], text, following[0].end()):
        return False
    last = following[1].group()
    plain = first.isalpha() and last.isalpha() and first not in stop_words("english")
    return plain and not _modifier_like(first) and plural(last.lower())


# "U.S", "U.K": a word WORD_RE ends before its last dot.
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def _modifies_next(
    noun: list[str], nxt: re.Match[str], text: str, end: int, in_digits: bool = False
) -> bool:
    """Whether the last word of `noun`, a plural or a unit, is not the head of what is
    counted: a place or a name before a common noun ("ten United States nationals",
    "eight Special Olympics athletes", "ten U.S. citizens") or a unit's modifier ("7,491
    square kilometers"). A name is of two words or an abbreviation: in "the Six Nations
    starts" the word after the name is its verb. After a count in digits one word is
    enough ("over 2m Windows users"): were the name the plural counted, the word after it
    would be its verb, and a plural subject's verb has no -s."""
    word, after = noun[-1], nxt.group()
    if not (word[:1].isupper() or word in words()["unit_modifiers"]):
        return False
    if not _noun_word(nxt, text, end):
        return False
    if word.lower() in words()["unit_modifiers"]:
        return after.lower() in words()["units"]
    name = (
        _INITIALISM.fullmatch(word) is not None
        or (len(noun) > 1 and noun[-2][:1].isupper())
        or (in_digits and len(noun) == 1)
    )
    return name and word[:1].isupper() and after.islower() and plural(after)


# A number written in digits, with its scale's letters ("2m", "300", "4.5bn") just before.
_DIGITS_BEFORE = re.compile(r"\d[a-zA-Z]{0,2}\Z")


def _noun_word(w: re.Match[str], text: str, after: int) -> bool:
    low = w.group().lower()
    return (
        text[after : w.start()].strip(" \u00a0\u202f") == ""
        and low not in words()["count_ends"]
        and not _pronoun(low)
        and low not in number_values().numbers
        and low not in number_values().scales
        and low not in MONTHS
        and not w.group().isdigit()
        and w.group() not in words()["time_adverbs"]
    )


def _pronoun(low: str) -> bool:
    """ "he", "they", "he’s", "it's": a pronoun, or one with its verb, ends what a number
    counts ("Six in 10 say he’s ...": no count of "say he’s")."""
    return low.replace("’", "'").partition("'")[0] in _pronouns()


@cache
def _pronouns() -> frozenset[str]:
    lists = words()
    return lists["subject_pronouns"] | lists["body_pronouns"] | {"you", "it"}


def _modifier_like(low: str) -> bool:
    return _looks_like_verb(low) or low.endswith(("ly", "ing"))


def _looks_like_verb(word: str) -> bool:
    low = word.lower()
    return low.endswith("ed") and low not in words()["not_participles"]


def plural(word: str) -> bool:
    """Whether a lower-case noun is a plural: words.toml's invariant_plurals ("police"),
    "-men" and "-people", or an "-s" that is not "-ss", "-us" or "-is"."""
    return (
        word in words()["invariant_plurals"]
        or word.endswith(("men", "people"))
        or (word.endswith("s") and not word.endswith(("ss", "us", "is")))
    )


def names_number(text: str, start: int, number_text: str, noun: list[str]) -> bool:
    """A number inside a name: a capitalised number word before capitalised words, or a
    number straight after a capitalised word that is not a function word or possessive."""
    number = number_text.split()[-1]
    capitalised = all(w[0].isupper() for w in noun)
    if number[0].isupper() and number.lower() in number_values().numbers and capitalised:
        return True
    return after_a_name(text, start)


def after_a_name(text: str, start: int) -> bool:
    """Whether a capitalised word that is not a function word, a possessive or a month
    stands right before `start`: a number there is the name's ("Uranium One", "Fortune
    500")."""
    before = text[max(0, start - WORD_REACH) : start].split()
    prev = before[-1] if before else ""
    return (
        bool(prev)
        and prev.isascii()
        and prev[0].isupper()
        and prev[-1].isalpha()
        and not prev.endswith(("'s", "’s"))
        and prev.lower() not in words()["count_ends"]
        and prev.lower() not in MONTHS
    )
