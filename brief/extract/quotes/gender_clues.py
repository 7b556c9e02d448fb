"""What the story itself says of a person's gender, which "he" or "she" must agree with.

A given name is weak evidence: the name lists miss many ("Lucky", "Nollaig"), are unsure
of some (to them "Bernie" is mostly a woman's), and one name may be a woman's in one
country and a man's in another ("Nurul"; "Kadri", which they give men, though Estonia
gives it women more often: no sure gender for a pronoun, see
word_knowledge.pronoun_gender). The text often says more: an honorific ("Mrs Clinton",
"Lord Falconer"), a kinship noun ("his wife, Seini Bale"), a spouse in a "who" clause
("who reached the camp with his wife"), or the person's own "he" or "she" ("Lucky Phiri
... said she had travelled"; "Ward councillor Mzukisi Tshangana met the marchers. He
said ..."). Every sentence read is searched for these (cheaply: most
hold none), and what they say of a full name counts above the lists; what an honorific
says of a bare surname counts only where no list knows the given name.
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.actors.word_knowledge import SURE, person_nouns, pronoun_gender
from brief.extract.lexicon import alternation, honorific_gender, kin_genders, words
from brief.extract.quotes.speech_words import attributing, word_re
from brief.models import Actor


def may_be(seen: Actor | str, pronoun: str, marked: dict[str, str] | None = None) -> bool:
    """Whether "he"/"she" may stand for this person: no given name of the other gender,
    nor an honorific the story gives them ("Lord Falconer" is no "she"; `marked` holds
    them by surname). (gender-guesser's "mostly" names count as either: it calls Bernie
    mostly female.)"""
    if seen == "?":
        return True
    wanted = "male" if pronoun in words()["male_pronouns"] else "female"
    written = seen if isinstance(seen, str) else seen.name
    said = marked.get(written) if marked else None
    if said in SURE:
        return said == wanted  # what the text says of this very person ("his wife")
    name = written.split()
    given = pronoun_gender(name[0].lower())
    if given is not None:
        return given == wanted  # "Katherine Jackson" beside "Mr Jackson": her given name
    return not marked or marked.get(name[-1], wanted) in {wanted, "either"}


def says_gender(sentence: str, pronoun: str) -> bool:
    """Whether a sentence's speech verb reports its subject as "he" (or "she"), the
    gender of `pronoun` ("X said he would"): with no one else in it who can be them,
    the text says what their given name may not."""
    tokens = [token.lower() for token in word_re().findall(sentence)]
    speech = attributing()
    if pronoun not in tokens or speech.isdisjoint(tokens):
        return False  # no pronoun or no speech verb (most sentences): tested in C
    return any(
        verb in speech and (said == pronoun or (said == "that" and after == pronoun))
        for verb, said, after in zip(tokens, tokens[1:], [*tokens[2:], ""], strict=False)
    )


def record_honorific_genders(sentence: str, marked: dict[str, str]) -> None:
    """Record the gender an honorific gives a surname ("Lord Falconer", "Mrs Clinton");
    a surname the story gives both ("Mr Clinton", "Mrs Clinton") gets "either"."""
    if honorific_titles().search(sentence) is None:
        return  # most sentences hold no title: the pattern is not run on them
    for found in honorific_re().finditer(sentence):
        said = honorific_gender(found.group(1)) or "female"  # every title here has one
        surname = found.group(2).split()[-1]
        marked[surname] = said if marked.get(surname, said) == said else "either"
        if " " in found.group(2):  # "Mr Tonderai Chiwara": his own, whatever his namesakes'
            marked[found.group(2)] = said


@cache
def titles_lettered() -> bool:
    """Whether every honorific is written in letters only (no dot, no space)."""
    return all(title.isalpha() for title in _titles_written())


def _titles_written() -> set[str]:
    """The honorifics as written before a name: "Mr", "Lady"."""
    w = words()
    return {title.capitalize() for title in w["male_honorifics"] | w["female_honorifics"]}


@cache
def honorific_titles() -> re.Pattern[str]:
    """Any title, whole word or not: a search that skips to the letters titles open with
    (every sentence read is tested: 24,058 at 25,000 sentences, 0.037 s against 0.048 s
    for an automaton, whose every call pays for setting up its walk)."""
    return re.compile(alternation(_titles_written()))


@cache
def honorific_re() -> re.Pattern[str]:
    titles = alternation(_titles_written())
    # (?<!\w), not \b: the same before a title's capital, and it lets the search skip
    # to the capitals a title opens with
    return re.compile(rf"(?<!\w)({titles})\.?\s+((?:[A-Z][\w’'-]*\s+){{0,2}}[A-Z][\w’'-]+)")


def record_kin_genders(sentence: str, marked: dict[str, str]) -> None:
    """Record the gender a kinship noun gives the full name it introduces ("His wife,
    Seini Bale", "her husband, Mr Tonderai Chiwara"), keyed by that name."""
    kin = kin_genders()
    if not any(noun in sentence for noun in kin):
        return
    for found in _kin_re().finditer(sentence):
        marked.setdefault(found.group(2), kin[found.group(1)])


@cache
def _kin_re() -> re.Pattern[str]:
    """A kinship noun after "his", "her", "their" or a name's possessive, and the name it
    introduces: one to three words ("his wife, Seini Bale", "Dedi's wife, Sumiati")."""
    kin = alternation(kin_genders())
    return re.compile(
        rf"(?:\b[Hh]is|\b[Hh]er|\b[Tt]heir|[A-Z][\w-]*['’]s)\s+({kin}),?\s+"
        r"(?:(?:Mr|Mrs|Ms|Miss|Madam)\.?\s+)?((?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]+)"
    )


# "Nurul Islam, 34, who reached the camp with his wife ...": in a "who" clause about a
# full name, the one who came "with his wife" or "with her husband" is that person.
_SPOUSE_IN_WHO_RE = re.compile(
    r"\b((?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+)(?:, \d{1,3})?, who\b([^.;,]{0,80}?)"
    r"\bwith ([Hh]is wife|[Hh]er husband)\b"
)


_WHOSE_SPOUSE_RE = re.compile(
    r"\b((?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+)(?:, \d{1,3})?, whose (husband|wife)\b"
)


def record_spouse_genders(sentence: str, marked: dict[str, str]) -> None:
    """Record the gender a "who" clause's "his wife" or "her husband" gives the full name
    it follows: the text's word on who "he" may be, above a name list's ("Nurul" is a
    woman's name in Malaysia, a man's in Bangladesh)."""
    for found in _WHOSE_SPOUSE_RE.finditer(sentence):
        # "Yeni Cotrina, whose husband, Wilmer Sanchez, was among the dead, said he had
        # worked there": hers, and the "he" after her "said" is his
        female = found.group(2).lower() == "husband"
        words_of = found.group(1).split()
        for start in range(len(words_of) - 1):
            marked.setdefault(" ".join(words_of[start:]), "female" if female else "male")
    if ", who " not in sentence:
        return
    for found in _SPOUSE_IN_WHO_RE.finditer(sentence):
        male = found.group(3).lower().startswith("his")
        words_of = found.group(1).split()
        for start in range(len(words_of) - 1):  # "On Tuesday Nurul Islam": its tails
            marked.setdefault(" ".join(words_of[start:]), "male" if male else "female")


# "Lucky Phiri, 46, from Chiradzulu, said she had travelled ...": a full name opening the
# sentence, its appositions, its speech verb, and "he" or "she" as the subject of what it
# says.
_SPEAKER_PRONOUN_RE = re.compile(
    r"^((?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+)(?:, [^,;“\"]{1,60})*,? "
    r"(?:said|says|told [\w ]{1,30}?) (?:that )?(he|she)\b"
)


def record_title_genders(sentence: str, marked: dict[str, str]) -> None:
    """Record the gender a title noun of "-man" or "-woman" gives the full name after it
    ("National Police spokesman Brig. Gen. Hendra Wibisono-Lubis", "council chairwoman
    Dina Ahmadi"), keyed by that name: the text's own word, over a name list that reads
    the given name otherwise (lists give "Hendra", an Indonesian man's name, to women)."""
    if "man " not in sentence:
        return  # most sentences hold no such noun: the pattern is not run on them
    for found in _TITLE_GENDER_RE.finditer(sentence):
        noun = found.group(1).lower()
        if noun not in person_nouns():
            continue
        sex = "female" if noun.endswith("woman") else "male"
        marked[found.group(2)] = sex if marked.get(found.group(2), sex) == sex else "either"


# A lower-case title noun of "-man"/"-woman", ranks written short after it ("Brig.
# Gen."), and the full name it introduces (two to four capitalised words)
_TITLE_GENDER_RE = re.compile(
    r"\b([a-z]{3,}(?:wo)?man)\s+(?:[A-Z][a-z]{0,4}\.\s+){0,3}"
    r"((?:[A-Z][\w’'-]*\s+){1,3}[A-Z][\w’'-]+)"
)


def record_speaker_genders(sentence: str, marked: dict[str, str]) -> None:
    """Record the gender a speaker's own "he" or "she" gives a full name whose given name
    no list knows ("Lucky Phiri ... said she had travelled"), so that a later "Phiri said
    she" is not the namesake a list knows to be a woman. A known given name is left to
    the list: "Donald Trump said she should be in jail" says nothing of him."""
    if " said " not in sentence and " says " not in sentence and " told " not in sentence:
        return
    found = _SPEAKER_PRONOUN_RE.match(sentence)
    if found is None or pronoun_gender(found.group(1).split()[0].lower()) is not None:
        return
    marked.setdefault(found.group(1), "male" if found.group(2) == "he" else "female")


# A sentence whose subject is "He" or "She", its first word.
_OPENING_PRONOUN_RE = re.compile(r"\W*(He|She)\b")


def opening_pronoun_gender(sentence: str) -> str | None:
    """ "male" or "female" when the sentence opens with "He" or "She" as its subject."""
    found = _OPENING_PRONOUN_RE.match(sentence)
    return None if found is None else "male" if found.group(1) == "He" else "female"


def gender_unsaid(name: str, marked: dict[str, str]) -> bool:
    """Whether neither a name list (by the given name) nor the text so far gives a full
    name's gender: then a sentence opening with "He"/"She" right after the one sentence
    that named them alone may ("Ward councillor Mzukisi Tshangana met the marchers
    outside his office. He said ..."): news style goes on with that person. A given name
    a list knows is left to the list, and a mark the text gave already stands."""
    return name not in marked and pronoun_gender(name.split()[0].lower()) is None
