"""What a sentence refers back to: a pronoun subject ("He agreed to ..."), or a name
("Ms Adebayo said ...") whose title or apposition, where it was first named, says who it is.

A sentence that refers back takes its actor's kind from its article (see articles).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import compress

from brief.classify.wording import RECENT_TOKENS, function_word_set
from brief.extract.lexicon import WordMemo, number_words, words

SUBJECT_REACH = 3  # tokens at the start (and the end, before "said") that hold a subject


def pronoun_subject(text: str) -> bool:
    """Whether a pronoun opens the sentence or speaks in its attribution ("..., he said")."""
    found = RECENT_TOKENS[text]
    reach = found[:SUBJECT_REACH] + found[-SUBJECT_REACH - 1 :]
    return not words()["subject_pronouns"].isdisjoint(reach)


def definite_count(text: str) -> str:
    """The count that is the whole subject of a sentence opening with "the" and it ("The
    four were killed in Bambeto", "The two, who ..."), or "". A definite count refers to
    people the text has already counted ("four more people were killed in clashes with
    security forces"), as a pronoun refers to someone named; a count with its noun names
    its kind itself ("The 25 member states"), and a new group is counted without "the"."""
    found = RECENT_TOKENS[text]
    if (
        len(found) > 2
        and found[0] == "the"
        and (found[1].isdigit() or found[1] in number_words())
        and found[2] in function_word_set()
    ):
        return found[1]
    return ""


# The capital first and the word boundary after it (`re` skips to the capitals; a pattern
# that opens with \b is tried at every position, twice as slow).
_CAPITALISED = re.compile(r"[A-Z](?<!\w.)[a-z]+(?:['’-][A-Za-z]+)*")
# A name's title is the few words right before it ("UN envoy Nkechi Adebayo"), its
# apposition the phrase set off by a comma right after it ("Nkechi Adebayo, the UN special
# envoy for the Sahel,"). Nothing else around it says who it is: in "Rosneft bought the
# unit in a sale forced by Russia" Russia is another actor, not what Rosneft is.
TITLE_WORDS = 3
APPOSITION_CHARS = 60
# (It starts where no word character stands before it: the leftmost match of the pattern
# without that test starts there too, or is the empty match at the end, a title of ""
# as no match is; `re` then rejects the positions inside a word at once, where it tried
# each word after them: 2.7 times as fast on c25000's names, the same titles on them and
# on 300,000 random strings.)
_TITLE = re.compile(rf"(?<![\w'’.-])(?:[\w'’.-]+[ \u00a0]+){{0,{TITLE_WORDS}}}\Z")
_APPOSITION = re.compile(rf"\s*[,(]([^,;:.()]{{1,{APPOSITION_CHARS}}})[,;:.)]")
# ... and an office written out in capitals before it, however many words its "of" and
# "for" add, as a release or a transcript titles an official ("Acting Minister of Public
# Finance Dan Mirescu", "Secretary of State for the Budget Dan Mirescu"): capitalised
# words, with an office's small words between two of them, right up to the name.
OFFICE_WORDS = 8
_OFFICE = re.compile(
    r"(?<![\w'’.-])[A-Z][\w'’.-]*"
    rf"(?:[ \u00a0]+(?:(?:of|for|the|and)[ \u00a0]+){{0,2}}[A-Z][\w'’.-]*){{0,{OFFICE_WORDS - 1}}}"
    r"[ \u00a0]+\Z"
)


def title_and_apposition(text: str, start: int, end: int) -> str:
    """What the text says a name is where it names it: its title (and the office written
    out before it) and its apposition."""
    before = text[max(0, start - 80) : start]  # nothing before it to test
    title = _TITLE.search(before)
    office = _OFFICE.search(before) if before[-1:].isspace() else None
    apposition = _APPOSITION.match(text, end)
    return " ".join(
        (
            title.group() if title else "",
            office.group() if office else "",
            apposition.group(1) if apposition else "",
        )
    )


@cache
def _not_names() -> frozenset[str]:
    return words()["not_names"] | words()["honorifics"]


_NAME_MEMO = WordMemo(lambda word: word.lower() not in _not_names())


def names_in(text: str) -> set[str]:
    """The capitalised words that may name someone ("Adebayo", not "The" or "However")."""
    return set(compress(found := _CAPITALISED.findall(text), map(_NAME_MEMO.__getitem__, found)))


@cache
def _passive_group() -> tuple[frozenset[str], frozenset[str]]:
    """The forms of "be" that make a passive (words.toml's passive), and what else may
    stand in its verb group before the participle ("was still cut", "have been
    disrupted", "is not yet restored"): the auxiliaries, "have", and the adverbs inside a
    verb group (verb_negators, verb_inner_adverbs)."""
    lists = words()
    inside = lists["auxiliaries"] | {"have"} | lists["verb_negators"] | lists["verb_inner_adverbs"]
    return lists["passive"], inside


_PREPOSITIONS = frozenset({"across", "in", "of", "from", "at", "on", "to", "for", "near", "over"})
BY_REACH = 8  # words after a participle within which "by" names its agent


def _participle(word: str) -> bool:
    return (word.endswith("ed") and len(word) > 3) or (
        word in words().irregular and not word.endswith("ing")
    )


def first_verb(found: Sequence[str]) -> int:
    """Where the sentence's first verb group starts (an auxiliary, a form of "be" or
    "have", or a past form in -ed), or the number of words when it has none: the words
    before it are its subject."""
    auxiliaries = words()["passive"] | words()["auxiliaries"] | {"have"}
    for pos, word in enumerate(found):
        if pos and (word in auxiliaries or (word.endswith("ed") and len(word) > 3)):
            return pos
    return len(found)


def agentless_passive(found: Sequence[str], verb: int) -> int:
    """Where the participle is when the first verb group (at `verb`) is a passive that
    leaves its agent out ("Mobile data was cut at 18:00", "services have been disrupted";
    not "... was cut by the regulator"): an event done by someone the sentence does not
    name. -1 when it is none."""
    be_forms, inside = _passive_group()
    passive = False
    pos = verb
    while pos < len(found) and (
        found[pos] in be_forms or found[pos] in inside or found[pos].endswith("ly")
    ):
        passive = passive or found[pos] in be_forms
        pos += 1
    if (
        passive
        and pos < len(found)
        and _participle(found[pos])
        and "by" not in found[pos + 1 : pos + 1 + BY_REACH]
    ):
        return pos
    return -1


def subject_names_someone(text: str, verb: int) -> bool:
    """Whether the words before the first verb (`verb`, as `tokens` counts them) hold a
    name that is no place after a preposition ("Kilitel cut ..." names its agent;
    "Mobile internet across Ulanga returned" does not)."""
    cased = _CASED_WORD.findall(text.replace("\u2019", "'").replace("n't", " not"))[:verb]
    alphabetic = [k for k, word in enumerate(cased) if word[:1].isalpha()]
    for k in alphabetic[1:]:
        word = cased[k]
        if (
            word[:1].isupper()
            and word[1:2].islower()
            and word.lower() not in _not_names()
            and cased[k - 1].lower() not in _PREPOSITIONS
        ):
            return True
    return False


_CASED_WORD = re.compile(r"[A-Za-z0-9]+")
