"""The people a sentence names or refers to that the actors table does not list: a name it
lacks, a given name alone, a description ("the Vermont senator", "one dealer").

"He" or "she" stands for the nearest person who can be them, and the nearest may be
someone the table never listed: a name the actor finder left out, or someone the text
only describes. Were they not seen, a pronoun would reach back past them to someone
named earlier and take the wrong person; seen, they make it unsure instead. So a
sentence is searched for them as well as for the table's actors, and a table actor's
surname after a given name of someone else ("German Ortega" beside the story's Freddy
Ortega) is not taken for that actor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from brief.extract.actors.names import NameRun, name_runs
from brief.extract.actors.places import gazetteer_hits
from brief.extract.actors.word_knowledge import gender, given_name
from brief.extract.lexicon import (
    alternation,
    clause_openers,
    joined,
    month_names,
    weekday_names,
    words,
)
from brief.extract.quotes.speech_words import attributing, word_re
from brief.models import Actor

Seen = tuple[int, int, Actor | str]  # (start, end, who) of a person in a sentence


def is_pronoun(seen: Actor | str) -> bool:
    """Whether a mention is a pronoun ("he", "she"), told without hashing an Actor (its
    hash walks every mention it has)."""
    return isinstance(seen, str) and seen in words()["person_pronouns"]


# The names of the weekdays and the months: no person's.
CALENDAR_NAMES = frozenset(name.capitalize() for name in weekday_names() | month_names())


def unknown_people(text: str, known: Sequence[tuple[int, int]], surnames: set[str]) -> list[Seen]:
    """Names outside the actors table that may be people: a given name first, a surname
    seen with one, or a name a speech verb follows ("Sexton said"). And descriptions of
    someone ("the Vermont senator"): all of them may be who "he" means."""
    out: list[Seen] = []
    known = [*known, *((start, end) for _, start, end in gazetteer_hits(text))]
    before_role = joined("role_heads", "role_modifiers", "name_modifiers")
    for name in name_runs(text, known):
        at = max(text.find(name.text), 0)
        if _CONTRACTED_WORD_RE.search(name.text):
            continue  # "Don't", "We'll": no name
        end = at + len(name.text)
        after = _NEXT_WORD_RE.match(text, end)  # the rest is neither copied nor split
        following = after.group(1).strip(",").lower() if after else ""
        if following in before_role:
            continue  # "Ohio Democratic Party Chairman": a place before a role
        if len(name.tokens) >= 2 and given_name(name.tokens[0]):
            surnames.add(name.tokens[-1])
        elif not _single_name_of_person(name, text, end, following, surnames):
            continue
        out.append((at, end, name.text))
    out.extend(_descriptions(text))
    return out


_CONTRACTED_WORD_RE = re.compile(r"(?i)(?:n[’']t|[’'](?:re|ve|ll|d|m))$")


# The first word after a position, as str.split() would give it (\s is str.isspace).
_NEXT_WORD_RE = re.compile(r"\s*(\S+)")


def _single_name_of_person(
    name: NameRun, text: str, end: int, following: str, surnames: set[str]
) -> bool:
    """A name with no given name first that may be a person's all the same: a given name
    alone ("Vito", not "Washington"), a surname seen with a given name, or a name that a
    speech verb or a relative "who" follows ("Rihanna, who was honoured")."""
    speech = following in words().speech
    if speech and _after_preposition(text, end - len(name.text)):
        # "Prosecutors in Tbilisi say", "Residents of Kano said": the object of a
        # preposition before the verb is where the speakers are (or whom they speak
        # for), not who speaks, whatever a name list guesses of the word
        return False
    if gender(name.tokens[0].lower()) is not None or name.tokens[-1] in surnames:
        return True
    return speech or _WHO_RE.match(text, end) is not None


def _after_preposition(text: str, start: int) -> bool:
    """Whether the word before `start` is a preposition in lower case ("in", "of")."""
    before = text[max(0, start - 20) : start].split()[-1:]
    return bool(before) and before[0] in joined("object_prepositions", "quote_prepositions")


_WHO_RE = re.compile(r",?\s+who(?:se)?\b")


def _descriptions(text: str) -> list[Seen]:
    """Descriptions of someone ("the Vermont senator"), but not an apposition to a name
    ("Moss, the chairman,": that is Moss) nor one a name is apposed to ("the president,
    Kevin Sateana,": that is Sateana). After a comma, a description that a speech verb
    follows is the speaker, no apposition ("..., the Tory leader said")."""
    return [
        (m.start(), m.end(), m.group())
        for m in description_re().finditer(text)
        if (
            not text[: m.start()].rstrip().endswith(",")
            or _speech_follows(text, m.end())
            or _after_fronted_phrase(text[: m.start()], text[m.end() :])
        )
        and not _named_after_re().match(text, _past_post_modifier(text, m.end()))
        and not _a_prizes_name(text, m.end())
    ]


def _a_prizes_name(text: str, end: int) -> bool:
    """Whether the description is the first words of a prize's name ("The student of the
    year award went to Niamh", "the player of the match trophy"): the prize names a
    person of the year or the match, and is no one (words.toml's time_nouns and
    award_occasions, as actors.roles.appointments reads an award's name, and prize_nouns)."""
    return _prize_re().match(text, end) is not None


@cache
def _prize_re() -> re.Pattern[str]:
    periods = alternation(joined("time_nouns", "award_occasions"))
    nouns = alternation(words()["prize_nouns"])
    return re.compile(rf"\s+of\s+the\s+(?:{periods})\s+(?:{nouns})\b")


def _after_fronted_phrase(before: str, after: str) -> bool:
    """ "Asked about his successors, the judge declined": the comma closes a phrase that
    opens the sentence (a participle's, a subordinate clause's), so the description after
    it opens the main clause, its subject, and no apposition to anyone; not after a name
    nor before a comma ("Asked whether Donald Trump, the Republican nominee, could win":
    an apposition inside the phrase)."""
    stripped = before.lstrip()
    if stripped.count(",") != 1 or after.lstrip()[:1] in {",", ")"}:
        return False
    last = stripped.rstrip(", ").split()[-1:]
    if not last or not last[0][:1].islower():
        return False
    opener = stripped.split(" ", 1)[0].lower()
    participle = opener.endswith("ed") and opener.isalpha() and stripped[:1].isupper()
    return participle or opener in words()["quote_subordinators"]


def _past_post_modifier(text: str, end: int) -> int:
    """Where a description's prepositional phrase or "who" clause ends when a comma closes
    it ("the representative in Uganda, Dr. Ama Boateng,", "A virologist at the institute,
    Dr. X,", "The lawyer who argued the case, X,"): the apposition after it names the one
    described, as after the bare noun."""
    found = _POST_MODIFIER_RE.match(text, end)
    return found.end() if found is not None else end


def _speech_follows(text: str, end: int) -> bool:
    """Whether a speech verb comes next, past adverbs ("the Tory leader also said")."""
    following = [t.lower() for t in word_re().findall(text[end : end + 60])]
    while following and following[0] in words()["adverbs"]:
        following.pop(0)
    return bool(following) and following[0] in attributing()


@cache
def _named_after_re() -> re.Pattern[str]:
    """ "The corporation's president, Kevin Sateana, said": the apposition names the one
    described ("The province's economist, Dr. Tarek Hnatiuk-Ellis of the University of
    Calgary," too); its words may be a name's particles, in lower case by convention ("Dr
    Mansour al-Saqqaf", "Ursula von der Leyen")."""
    particle = alternation(words()["particles"])
    word = rf"(?:[A-Z][\w’'.-]*|(?:{particle})-[A-Z][\w’'.-]*)"
    return re.compile(
        rf",\s+(?:(?:{word}|(?:{particle}))\s+)+{word}"
        r"(?:\s+(?:of|from|at)\s+[^,;.]{1,60})?\s*,"
    )


# A prepositional phrase or a "who" clause after a description's head, up to the comma
# that closes it ("The lawyer who argued their case, V. Rao,": the apposition names her).
_POST_MODIFIER_RE = re.compile(r"\s+(?:of|in|at|for|from|with|on|who)\s+[^,;:.()“”\"]{1,60}(?=,)")


@cache
def description_re() -> re.Pattern[str]:
    # a person told by sex and age alone ("A man who lost his nephew ... sat") is someone
    # "he" may mean as much as one told by trade
    nouns = words()["role_heads"] | words()["described"] | words()["human_nouns"]
    heads = "|".join(sorted(nouns, key=len, reverse=True))
    # "the bishop-elect" is whole: not the bishop in office it is to succeed
    suffixes = alternation(words()["head_suffixes"])
    # "the Vermont senator", "a local resident": someone "he"/"she" may mean.
    article = r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)"
    # "A Department for Constitutional Affairs spokeswoman": an organisation's name between
    body = r"(?:[A-Z][\w’'-]*\s+)(?:(?:[A-Z][\w’'-]*|for|of|and|on)\s+){0,5}?"
    # (?<!\w), not \b: the same before a word, and the search skips to its first letters
    return re.compile(
        rf"(?<!\w){article}\s+(?:{body}|(?:[\w’'-]+\s+){{0,3}}?)(?:{heads})(?:-(?:{suffixes}))?\b"
    )


def other_given_name(form: str, actor: Actor, before: list[str]) -> bool:
    """Whether a surname is written after a capitalised word that is no role, title or
    modifier and not the actor's own given name: "German Ortega" names someone else than
    the story's Freddy Ortega."""
    parts = actor.name.split()
    if actor.kind != "person" or form == actor.name or len(parts) < 2 or not before:
        return False
    if form in actor.spellings and form not in parts:
        return False  # "Singer Jinu" of Park Jin-woo's stage name: a whole name, no surname
    word = before[-1]
    low = word.lower().rstrip(".")
    titles = joined("role_heads", "role_modifiers", "honorifics", "title_abbreviations")
    if not word[:1].isupper() or not word.isalpha() or low in titles or low in clause_openers():
        return False
    if len(word) > 1 and word.isupper():
        return False  # "DCP Grant", "SSP Khan": a rank's initials, no given name
    return word not in parts and low not in words()["name_modifiers"] and word not in CALENDAR_NAMES
