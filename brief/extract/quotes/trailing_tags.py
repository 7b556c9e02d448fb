"""The speech tag after a quote: "“...,” X said", "“...,” said X", "“...,” the host
assured".

News English sets only a few shapes of words after a quote that attribute it; anything
else is narration that goes on ("“...” and said", "“...” to restore order"). So the words
after a quote are read only as far as it takes to tell which: a speech verb within reach
with nothing before it but a subject phrase (a name, a role, an apposition between
commas), or, with no verb brief knows, a name or "he"/"she" and then a past tense. The
tag also tells what carries on to the next quote: an indefinite subject ("said a company
spokesman") brings in someone new, and a short tag that ends its sentence leaves the
quote after it to the same speaker. Words go in, words come out: no actor is known here.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from brief.extract.actors.roles.role_words import is_head, sure_given
from brief.extract.actors.word_knowledge import agent_noun, person_nouns
from brief.extract.lexicon import joined, words
from brief.extract.quotes.speech_words import PARENTHESIS_RE, attributing, word_re
from brief.extract.quotes.subject_phrases import (
    inverted_subject,
    name_word,
    subject_word,
    when_word,
)

# Quote and its successor are one utterance when only this much attribution lies between.
CARRY_GAP = 80


def tag_words(tag: str) -> list[str]:
    """The words and marks of the text after a quote, its parentheses left out."""
    return word_re().findall(PARENTHESIS_RE.sub(" ", tag))


def tag_subject(tag: str) -> tuple[list[str], bool]:
    """The words of the subject of the speech tag after a quote ("Mr Duncan" of "added Mr
    Duncan"), [] when none can be told; and whether that subject is "he"/"she" or none
    can be told: such a tag may mean the one a lead-in names ("Lindqvist asked her to
    stop. “...,” she said"); a tag with a noun phrase ("the narrator says") means them."""
    tokens = tag_words(tag)
    pronouns = words()["person_pronouns"]
    verb = verb_after(tokens)
    if verb is None:
        shaped = shaped_subject(tokens)
        return shaped or [], shaped is None or shaped[0].lower() in pronouns
    phrase = [t for t in tokens[:verb] if t[:1].isalnum()]
    phrase = phrase or [t for t in inverted_subject(tokens[verb + 1 :]) if t[:1].isalnum()]
    return phrase, not phrase or (len(phrase) == 1 and phrase[0].lower() in pronouns)


def shaped_subject(tokens: list[str]) -> list[str] | None:
    """The subject of a speech tag told by its shape, not its verb, after a quote that a
    comma ends and that opens its sentence: a name ("LeVell", "Sen. Tim Kaine"), "he" or
    "she", or a description ("the host") and then a past-tense verb ("assured",
    "proclaimed"), or that verb and then a name that ends the clause ("“...,” proclaimed
    Howard Dean."). News English sets nothing else there; the verb need not be one brief
    knows. None when the words after the quote are not of that shape."""
    k = 1 if tokens[:1] == [","] else 0
    n = k
    if n < len(tokens) and tokens[n].lower() in words()["person_pronouns"]:
        n += 1
    elif n < len(tokens) and tokens[n].lower() == "the":
        n += 1
        while n < len(tokens) and n - k < 5 and tokens[n].isalpha() and not _past(tokens[n]):
            n += 1
        if tokens[n - 1].lower() not in joined("role_heads", "described"):
            return None
    else:
        while n < len(tokens) and n - k < 5 and name_word(tokens[n]):
            n += 1
    if k < n < len(tokens) and _past(tokens[n]):
        return tokens[k:n]
    if n == k and n < len(tokens) and _past(tokens[n]):
        name = n + 1
        while name < len(tokens) and name - n <= 4 and name_word(tokens[name]):
            name += 1
        ends = name == len(tokens) or tokens[name] in {",", ".", ";"}
        if name > n + 1 and ends:
            return tokens[n + 1 : name]
    return None


def _past(token: str) -> bool:
    """A lower-case past-tense verb form: "assured", "proclaimed", "wrote" (not "need")."""
    if not token.isalpha() or not token.islower():
        return False
    return (token.endswith("ed") and not token.endswith("eed")) or token in words().irregular


def new_speaker(tag: str) -> bool:
    """Whether the speech tag after a quote has an indefinite subject ("said a company
    spokesman", "one dealer told"): an indefinite noun phrase brings in someone not
    spoken of before, so the speaker is nobody named earlier."""
    tokens = [t.lower() for t in word_re().findall(tag)]
    ends = [n for n, t in enumerate(tokens) if t in {".", ";", "!", "?"}]
    tokens = tokens[: ends[0]] if ends else tokens
    verbs = [n for n, t in enumerate(tokens) if t in attributing()]
    if not verbs:
        return False
    before = [t for t in tokens[: verbs[0]] if t.isalpha()]
    subject = before or [t for t in tokens[verbs[0] + 1 :] if t.isalpha()]
    return subject[:1] != [] and subject[0] in words()["indefinites"]


def tag_or_nothing(tail: str) -> bool:
    """Whether the words after a paragraph's last quote are a speech tag ("..., he
    said.") or none: "... the “wrong solution” to them." ends in narration."""
    tokens = [t.lower() for t in word_re().findall(tail) if t[:1].isalnum()]
    return not tokens or any(t in attributing() for t in tokens)


@cache
def _speech_or_adverb() -> frozenset[str]:
    """The speech verbs' forms and the adverbs, made once (a union per test cost its size)."""
    return words().speech | words()["adverbs"]


def verb_after(tokens: list[str], roles: Collection[str] = frozenset()) -> int | None:
    """Where the speech verb of "“...,” X said" or "“...,” said X" is, if the text
    after the quote is an attribution at all; `roles` are the heads of the roles the
    story gives its people ("coach" for "coach Eddie O'Sullivan told")."""
    speech = words().speech
    k = 0
    while k < len(tokens) and tokens[k] in {",", "—", "–", "-"}:
        k += 1
    led = _role_led_verb(tokens, k, roles)
    if led is not None:
        return led
    for n in range(k, min(len(tokens), k + 20)):
        # (a capital is a name's: "a State Department spokesman said" is no "state")
        if _writing_reads(tokens, n, k):
            return n  # "“...,” the judgment reads": the writing's words
        if tokens[n].lower() in speech and not tokens[n][:1].isupper():
            if _noun_before_verb(tokens, n, k):
                continue  # "“...,” the note said", "the report says": the subject's noun
            progressive = tokens[n - 1].lower() in words()["passive"] if n > k else False
            if tokens[n].lower().endswith("ing") and not progressive:
                return None  # "the “kind of problems” Sanders had answering questions"
            return n
        if _no_attribution(tokens, n, first=n == k):
            return None
    return None


def _writing_reads(tokens: list[str], n: int, start: int) -> bool:
    """tokens[n] is the finite verb by which a writing gives its words ("reads", "read")
    right after the writing's noun and its determiner ("the letter reads")."""
    low = tokens[n].lower()
    if n < start + 2 or low in words().speech or low.endswith("ing"):
        return False
    if low not in words()["sign_verbs"] or not tokens[n].isalpha():
        return False
    determiners = words()["determiners"] | words()["possessives"]
    return tokens[n - 1].lower() in words()["writings"] and tokens[n - 2].lower() in determiners


def _noun_before_verb(tokens: list[str], n: int, start: int) -> bool:
    """tokens[n], a speech verb's form, is a noun: after an article and right before
    another speech verb ("the note said", "a report says"). After a possessive the
    possessive is read as the subject ("his report said": his words), as before."""
    if n <= start or n + 1 >= len(tokens):
        return False
    before = tokens[n - 1].lower()
    return (
        before in words()["determiners"]
        and tokens[n + 1].lower() in words().speech
        and not tokens[n].lower().endswith(("ed", "ing"))
    )


def _role_led_verb(tokens: list[str], start: int, roles: Collection[str]) -> int | None:
    """Where the speech verb is when a role phrase leads the name before it: "“...,”
    festival director Geoffrey Gilmore said", "“...,” chairman and chief executive
    Richard Parsons said" (a role's words are lower case, and "and" may join two); a
    role the story itself gives someone counts as one ("coach Eddie O'Sullivan told")."""
    n = start
    while n < len(tokens) and n - start < 6 and _lower_word(tokens[n]):
        n += 1
    if n == start:
        return None
    head = tokens[n - 1]
    # (two look-ups: a union of the lists and the story's roles cost their size); a trade
    # no list holds leads a name too ("launch commentator X said"), and a head's compound
    # ("co-chair X told", "vice-chair X said")
    if (
        head not in joined("role_heads", "described")
        and head not in roles
        and head not in person_nouns()
        and not agent_noun(head)
        and not ("-" in head and is_head(head))
    ):
        return None
    if tokens[start] in words()["clause_words"] or tokens[start] in words().speech:
        return None  # "“...,” and chief executive X said" is a new clause
    name = n
    while n < len(tokens) and tokens[n][:1].isupper():
        n += 1
    if n > name and n + 1 < len(tokens) and tokens[n] == "of" and tokens[n + 1][:1].isupper():
        n += 1  # "... Ambassador Jane Roe of Chile told": where she is from, after the name
        while n < len(tokens) and tokens[n][:1].isupper():
            n += 1
    while n < len(tokens) and when_word(tokens[n]):
        n += 1
    if n == name or n >= len(tokens) or tokens[n].lower() not in words().speech:
        return None
    return n


def _lower_word(token: str) -> bool:
    """A lower-case word, or a hyphened compound of them ("co-chair", "vice-chair")."""
    return token.islower() and token.replace("-", "").isalpha() and token[0] != "-"


def _no_attribution(tokens: list[str], n: int, *, first: bool) -> bool:
    """Whether tokens[n], before any speech verb, shows that the text after a quote is no
    attribution: a new clause ("“...” and said", "“...” to restore state"), a first word
    that no subject starts with, the sentence's end, or a comma that neither closes an
    apposition nor comes before the verb."""
    low = tokens[n].lower()
    if low == "to" and _office_complement(tokens, n):
        return False  # "“...,” U.S. Ambassador to the Philippines X said": the title's
    if low in words()["clause_words"] or low == "to" or (first and not subject_word(tokens[n])):
        return True
    if tokens[n] in {".", ";", ":", "!", "?"}:
        return True
    if tokens[n] != "," or first:
        return False
    closes = n + 1 < len(tokens) and tokens[n + 1].lower() in _speech_or_adverb()
    return not closes and not _apposition_follows(tokens, n)


def _office_complement(tokens: list[str], to: int) -> bool:
    """Whether the "to" at tokens[to] opens an office's complement in a title written
    before a name ("Ambassador to the Philippines", "Envoy to Ukraine"): a capitalised
    role head before it and a capitalised name after it (past "the"), not the infinitive
    or preposition that goes on from the quote ("“...” to restore order")."""
    if to == 0 or not tokens[to - 1][:1].isupper():
        return False
    if tokens[to - 1].lower().rstrip(".") not in words()["role_heads"]:
        return False
    after = to + 1 + (tokens[to + 1 : to + 2] == ["the"])
    return after < len(tokens) and name_word(tokens[after])


def _apposition_follows(tokens: list[str], comma: int) -> bool:
    """ "Straw, the foreign secretary, said": a second comma closes an apposition. A long
    title may be cut by commas of its own ("X, Chief Economist, Andean Region, at Y,
    wrote"): a comma goes on to the next unless it opens a new clause ("and", "who"),
    another description ("the finance director") or another person ("Tomas Lind")."""
    for n in range(comma + 1, min(len(tokens), comma + 14)):
        if tokens[n] == ",":
            if n + 1 < len(tokens) and tokens[n + 1].lower() in _speech_or_adverb():
                return True
            if n + 1 >= len(tokens) or _another_subject(tokens[n + 1]):
                return False
            continue
        if tokens[n] in {".", ";", ":"}:
            return False
    return False


def _another_subject(token: str) -> bool:
    """A word after a comma inside a speech tag's subject that starts a new clause, a new
    description or another person's name, not more of one long title."""
    low = token.lower()
    if low in words()["clause_words"] or low in words()["determiners"]:
        return True
    return low in words()["indefinites"] or sure_given(token)


def ends_in_attribution(gap: str) -> bool:
    """A short text after a quote that ends its sentence ("“A,” said Straw. ")."""
    return len(gap) <= CARRY_GAP and not SENTENCE_END_RE.split(gap)[-1].strip(" ,")


# A sentence's end in the text between two quotes; its stop may stand inside the closing
# mark of a title that is no quote ("he said on “Meet the Press.” “But ...”").
SENTENCE_END_RE = re.compile(r"[.!?][”\"’']?\s")


def gap_sentences(gap: str) -> list[str]:
    """The text between two quotes cut at each sentence's end, not at the period of a
    title or an initial ("said Dr. Ama Boateng, a researcher. “B”" is one sentence)."""
    parts: list[str] = []
    start = 0
    for stop in SENTENCE_END_RE.finditer(gap):
        if stop.group().startswith(".") and _abbreviation_ends(gap[start : stop.start() + 1]):
            continue
        parts.append(gap[start : stop.start()])
        start = stop.end()
    parts.append(gap[start:])
    return parts


def _abbreviation_ends(text: str) -> bool:
    """Whether the text ends in a title's abbreviation or an initial ("Dr.", "J.")."""
    last = word_re().findall(text[-12:])[-1:]
    return bool(last) and len(last[0]) > 1 and last[0].endswith(".")
