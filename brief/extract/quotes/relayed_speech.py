"""Whose words a quote is when they are said inside someone else's sentence.

News passes words on: a paper quotes someone ("the newspaper quoted Geoff Dixon as
saying"), one speaker repeats what another had said ("The lawyer had said the rules were
“...”, said Clark"), a noun of saying gives words an owner ("Hain's claim that",
"Clinton's assertion of a “claim of right”"), and a clause in which someone talks holds
words that are theirs ("While Kerry spoke of “...,” Lavrov said little"). The speech verb
nearest the quote, or its tag, then names the one who passes the words on, not the one
who said them; so these forms are looked for first, in words alone, and what they find
is the inner speaker's phrase.
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.lexicon import alternation, hearer_verb_forms, joined, words
from brief.extract.quotes.reporting_verbs import reports_words, speech_verb_subject
from brief.extract.quotes.speech_words import POSSESSIVE_END_RE, clause_break_re, word_re
from brief.extract.quotes.subject_phrases import subject_tail


def quoted_as(tokens: list[str], *, after_quote: bool) -> list[str] | None:
    """The one whose words a paper or agency relays: "the newspaper quoted Qantas chief
    executive Geoff Dixon as saying" and "Dixon was quoted by The Australian as saying"
    are Dixon's, never the paper's nor a firm named in the phrase before him. None when
    the attribution is not of that form; [] when it names nobody ("quoted sources as
    saying"). After a quote the form must open the attribution; before one, its "as
    saying" must be the last speech verb before the quote."""
    if words()["relay_verbs"].isdisjoint(map(str.lower, tokens)):
        return None  # no relaying verb at all (most attributions): tested in C
    speech = words().speech
    spoken = [n for n, t in enumerate(tokens) if t.lower() in speech]
    if after_quote:
        ends = [n for n, t in enumerate(tokens) if t in {".", ";", "!", "?"}]
        spoken = [n for n in spoken[:1] if not ends or n < ends[0]]
    else:
        spoken = spoken[-1:]
    if not spoken:
        return None
    verb = spoken[0]
    if verb < 2 or not tokens[verb].lower().endswith("ing") or tokens[verb - 1].lower() != "as":
        return None
    relays = [
        n for n in range(max(verb - 14, 0), verb - 1) if tokens[n].lower() in words()["relay_verbs"]
    ]
    if not relays:
        return None
    relay = relays[-1]
    between = tokens[relay + 1 : verb - 1]
    if any(t in {",", ".", ";", ":", "(", ")"} for t in between):
        return None
    if _own_copy(tokens[:relay]):
        return []  # "An earlier version of this article quoted X as saying": a misquote
    if between and between[0].lower() != "by":
        return between  # "the newspaper quoted Geoff Dixon as saying"
    if relay == 0 or tokens[relay - 1].lower() not in words()["passive"]:
        return None
    return subject_tail(tokens[:relay])  # "Dixon was quoted (by the paper) as saying"


def quoting_source(tokens: list[str]) -> list[str] | None:
    """The one whose words a clause relays when it opens with a participle of quoting and
    its object ("Quoting the complaint, she added that the firm had “...”"): the words
    quoted are that object's, not the subject's; [] when the object is a document or no
    one named ("the complaint"), for phrase_actor to settle. None for any other clause:
    "Citing a poll, she called it “...”" names a source of facts, not of the words, and
    "Reading the verdict, the judge said ..." reads out the speaker's own (fresh24 and
    fresh37: a judge's finding had gone to no one)."""
    if len(tokens) < 3 or tokens[0].lower() not in _quoting_openers():
        return None
    comma = next((n for n in range(1, len(tokens)) if tokens[n] == ","), None)
    if comma is None or comma == 1 or comma > 9:
        return None
    return tokens[1:comma]


@cache
def _quoting_openers() -> frozenset[str]:
    """Participles that open a clause by quoting another's words: words.toml's
    relay_verbs that end in "-ing", less "citing"."""
    return frozenset(v for v in words()["relay_verbs"] if v.endswith("ing") and v != "citing")


def _own_copy(subject: list[str]) -> bool:
    """Whether the words before "quoted" hold the outlet's own earlier copy as its
    subject ("An entry at 12:10", "An earlier version of this article", "We"), as a
    correction names it: the words it quoted someone as saying are the ones it takes back."""
    clause = " ".join(subject).lower()
    opening = " ".join(subject[:1]).lower()
    return any(
        phrase == opening if " " not in phrase else f" {phrase} " in f" {clause} "
        for phrase in words()["own_copy_subjects"]
    )


def already_reported(before: str) -> bool:
    """Whether the quote's own clause already reports someone's words before it ("X had
    said the rules were “...”"), so an attribution after it only relays them; not a
    clause a comma closes ("When Sanders said ..., he “...,” said Heiserman"), nor one whose
    verb follows a modal ("Russia will respond with measures that will be “...,” the
    minister said"): what will or may be said is no one's words yet, so the words quoted
    are the tag's."""
    tokens = word_re().findall(clause_break_re().split(before)[-1])
    speech = words().speech
    for n in range(len(tokens) - 1, 0, -1):
        if tokens[n] == ",":
            return False
        if tokens[n].lower() in speech and reports_words(tokens, n) and not _after_modal(tokens, n):
            return bool(speech_verb_subject(tokens[: n + 1]))
    return False


def _after_modal(tokens: list[str], verb: int) -> bool:
    """Whether a modal stands before the verb, past adverbs and a negation ("will not
    respond", "could also say")."""
    n = verb - 1
    modals = words()["modal_verbs"]
    between = joined("adverbs", "verb_negators") - modals
    while n > 0 and tokens[n].lower() in between:
        n -= 1
    return n >= 0 and tokens[n].lower() in modals


def claim_author(tokens: list[str]) -> list[str] | None:
    """The author of a claim whose words the quote is, when the claim is given as "a
    claim by Peter Hain that ..." or "Hain's claim that ..." and no speech verb comes
    between it and the quote: whoever "said" the sentence only reports Hain's words.
    Not when a second finite verb shows the claim's clause has ended ("Rubio's claim that
    Cruz is in favour ... is “simply not true”": the words of whoever said that)."""
    if "that" not in map(str.lower, tokens):
        return None  # no "that" for a claim to lead up to (most clauses): tested in C
    w = words()
    finite = (w["auxiliaries"] | w["passive"]) - {"be", "been", "being"}
    verbs = 0
    for n in range(len(tokens) - 1, 0, -1):
        low = tokens[n].lower()
        if low in w.speech:
            return None
        verbs += low in finite
        if low != "that":
            continue
        if verbs > 1:
            return None
        k = n - 1
        while k >= 0 and tokens[k][:1].isupper():
            k -= 1
        name = tokens[k + 1 : n]
        if name and k >= 1 and tokens[k].lower() == "by" and saying_noun(tokens[k - 1]):
            return name  # "a claim by Peter Hain that"
        owner = POSSESSIVE_END_RE.search(tokens[n - 2]) if n >= 2 else None
        if owner is not None and tokens[n - 2][:1].isupper() and saying_noun(tokens[n - 1]):
            return [tokens[n - 2][: owner.start() + 1]]  # "Hain's claim that"
        return None
    return None


def inner_speech(tokens: list[str]) -> list[str] | None:
    """The name whose words a quote is when a possessive and a noun of saying or writing
    lead up to it through "of", "that" and the like ("Fitton called Clinton's assertion
    of a “claim of right”": Clinton's words, which Fitton only names); None when no such
    noun comes before it."""
    for n in range(len(tokens) - 3, max(len(tokens) - 6, 0) - 1, -1):
        between = [t.lower() for t in tokens[n + 2 :]]
        if any(t not in words()["leading_up"] for t in between):
            return None  # "Ginsburg's comments “show bias”": the quote is no noun's content
        owner = POSSESSIVE_END_RE.search(tokens[n])
        if owner is not None and tokens[n][:1].isupper() and saying_noun(tokens[n + 1]):
            name = [tokens[n][: owner.start() + 1]]
            for token in reversed(tokens[:n]):
                if not token[:1].isupper() or token in {"A", "An", "The"}:
                    break
                name.insert(0, token)
            return name
    return None


# Words that may stand between a noun of saying and the words it names ("as" and "to"
# lead to someone else's label: "denounced Trump's remarks as “hurtful”").


def saying_noun(token: str) -> bool:
    """ "e-mail", "claim", "remarks", "assertion", "statement": a noun for words someone
    said or wrote (a writing, a speech verb's own form, or its -ion/-ment noun)."""
    w = words()
    low = token.lower()
    if low in w["writings"] or low in w.speech:
        return True
    stem = re.sub(r"(?:ation|ion|ment)s?$", "", low)
    return stem != low and (stem in w.speech or f"{stem}e" in w.speech)


def talking_clause(before: str) -> str | None:
    """The words after the subordinator when the quote sits inside a clause it opens, in
    which someone named, or "he" or "she", talks ("while Kerry spoke of “...”", "as Trump
    went on about “...”", "when Kerry said “...”"): no comma has closed that clause before
    the quote, so what comes after the quote is the main clause, not its attribution. A
    comma before "and" or "or" and the quote lists it with the quote before ("went on
    about “...,” and “...,”"). Not a clause in which nobody talks ("Because Kerry is
    “a liar,” Lavrov said": the words are Lavrov's), nor one inside reported speech
    ("Trump said when he spoke to Putin “...”": the saying governs), and a subordinator
    with no subject and verb after it is a preposition ("referred to Cruz as “...”"):
    the clause, if any, opens before it."""
    last = clause_break_re().split(before)[-1]
    if _subordinator_re().search(last) is None:
        return None  # most quotes: no subordinator before them, asked in C
    subordinators = words()["quote_subordinators"]
    tokens = word_re().findall(last)
    for n in range(len(tokens) - 1, -1, -1):
        if tokens[n] == "," and not (tokens[n + 1 :] and set(tokens[n + 1 :]) <= {"and", "or"}):
            return None
        if tokens[n].lower() in subordinators and _subject_and_verb(tokens[n + 1 :]):
            clause = tokens[n + 1 :]
            if not _talks(clause) or _opens_what_is_said(tokens, n):
                return None
            return " ".join(clause)
    return None


def _opens_what_is_said(tokens: list[str], at: int) -> bool:
    """Whether the subordinator at tokens[at] opens the words a speech verb reports: right
    after the verb, after its "that", or after the one told ("Trump said when he spoke",
    "told The New York Times that when"), with only a when or a where between ("said
    Tuesday that", "said in Iowa on Monday that", "has said repeatedly that"); not after
    a verb with an object of its own ("said nothing about that while Sanders talked
    about") or a clause of its own ("said he was so angry that when")."""
    lowered = [t.lower() for t in tokens[:at]]
    verbs = [k for k, t in enumerate(lowered) if t in words().speech]
    if not verbs:
        return False
    verb = verbs[-1]
    rest = tokens[verb + 1 : at]
    if lowered[verb] in hearer_verb_forms() and rest and rest[0].lower() not in _when_or_where():
        # the one told: "reporters", "The New York Times", "CNN's Jake Tapper"
        rest = rest[1:]
        while rest and (rest[0][:1].isupper() or rest[0] in {"’s", "'s"}):
            rest = rest[1:]
    if rest and rest[-1].lower() == "that":
        rest = rest[:-1]
    if not rest:
        return True
    # only a when or a where: it opens with a preposition, a time word, a day or a name
    # ("in an interview", "last week", "Tuesday", "at a rally in Ohio"), and ends on no
    # preposition (whose object "that" would be: "said nothing about that"), with no
    # comma and no "so ... that" ("said he was so angry that when")
    low = [t.lower() for t in rest]
    return (
        _says_when_or_where(rest[0])
        and low[-1] not in words()["object_prepositions"]
        and not {",", "so", "such"} & set(low)
    )


def _says_when_or_where(token: str) -> bool:
    """A word that opens a when or a where after a speech verb: a preposition or a time
    word ("in", "last"), a day or a place ("Tuesday", "Iowa"), a figure, or one of
    words.toml's adverbs of a subject and its verb ("repeatedly", "again"); not a focus
    adverb before a pronoun "that" ("said exactly that")."""
    low = token.lower()
    return (
        low in _when_or_where()
        or low in words()["adverbs"]
        or token[:1].isupper()
        or token[:1].isdigit()
    )


@cache
def _when_or_where() -> frozenset[str]:
    """Words that open a when or a where after a speech verb ("in Iowa", "on Monday",
    "last week"): words.toml's object prepositions and time words, less "about"."""
    return (words()["object_prepositions"] | words()["time_words"]) - {"about"}


@cache
def _subordinator_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{alternation(words()['quote_subordinators'])})\b")


def _talks(tokens: list[str]) -> bool:
    """Whether a speech verb or one of words.toml's talk_verbs ("spoke", "went on") is
    among the words."""
    lowered = [t.lower() for t in tokens]
    if not words().speech.isdisjoint(lowered):
        return True
    pairs = {f"{a} {b}" for a, b in zip(lowered, lowered[1:], strict=False)}
    return not words()["talk_verbs"].isdisjoint({*lowered, *pairs})


def _subject_and_verb(tokens: list[str]) -> bool:
    """Whether the words open with a name or "he"/"she" and a verb after it: a lower-case
    word after the name's capitalised words that is no preposition, determiner or "and"
    ("Donald Trump went on", "she spoke"; not "the talks", "Kerry and Lavrov")."""
    if tokens[:1] and tokens[0].lower() in joined("male_pronouns", "female_pronouns"):
        rest = tokens[1:]
    else:
        n = 0
        while n < len(tokens) and tokens[n][:1].isupper():
            n += 1
        if n == 0:
            return False
        rest = tokens[n:]
    if not rest or not rest[0].isalpha() or not rest[0].islower():
        return False
    return rest[0] not in joined("object_prepositions", "determiners") | {"and", "or", "of"}


def read_for_another(tokens: list[str]) -> list[str] | None:
    """Whose a writing is that the clause has someone read out for another: "Reading a
    statement on his client's behalf, lawyer X said: “...”", "X read a letter from Ann
    Roe: “...”". The words are the writing's owner's, never the reader's own (r74 F4):
    the owner's name when the clause writes one ("on behalf of Ann Roe", "on Roe's
    behalf", "a letter from Ann Roe"); [] when it names them only by a pronoun or a
    noun ("on his client's behalf", "on behalf of the family"), which only coreference
    could settle. None when no writing is read for another: "Reading the verdict, the
    judge said" reads the speaker's own words, and "from" or "by" before no name ("read
    a statement from the court steps") names no owner."""
    lowered = [t.lower() for t in tokens]
    w = words()
    for n, token in enumerate(lowered):
        if token not in w["read_out_verbs"]:
            continue
        noun = next(
            (
                k
                for k in range(n + 1, min(n + 1 + _READ_REACH, len(lowered)))
                if lowered[k] in w["writings"]
            ),
            None,
        )
        if noun is None or any(t in _READ_BREAKS for t in tokens[n + 1 : noun]):
            continue
        owner = _owner_after_writing(tokens, lowered, noun + 1)
        if owner is not None:
            return owner
    return None


def read_for_another_ahead(tokens: list[str]) -> list[str] | None:
    """Whose the writing is that a sentence says was read out for another and that comes
    after it ("The following statement was read by spokesperson X on behalf of Acting
    Governor Ann Roe.", "X read the following statement on behalf of Ann Roe."): the
    owner's name, as read_for_another gives it, or [] where no name gives them ("on
    behalf of the board"); None unless the writing is "the following" one, which the
    text goes on to give (a sentence that only tells of a reading, "A statement was read
    on behalf of Ann Roe at the funeral", leads into nothing), or where no one reads it
    for another. The active form is read_for_another's; the passive's owner stands
    after the reader ("was read by X on behalf of Y")."""
    lowered = [t.lower() for t in tokens]
    w = words()
    for n, token in enumerate(lowered):
        if token not in w["writings"] or n == 0 or lowered[n - 1] != "following":
            continue
        active = read_for_another(tokens)
        if active is not None:
            return active
        rest = lowered[n + 1 : n + 1 + _READ_REACH]
        if not rest or rest[0] not in w["passive"] or not set(rest[1:3]) & set(w["read_out_verbs"]):
            continue
        read = n + 1 + next(k for k, t in enumerate(rest) if t in w["read_out_verbs"])
        for k in range(read + 1, min(read + 1 + _PASSIVE_REACH, len(lowered) - 2)):
            if tokens[k] in _READ_BREAKS:
                break
            if lowered[k : k + 3] == ["on", "behalf", "of"] or (
                lowered[k] == "on" and "behalf" in lowered[k + 2 : k + 5]
            ):
                return _owner_after_writing(tokens, lowered, k)
    return None


# How many words may stand between a passive "read" and "on behalf of" (its agent: "by
# spokesperson Ioana Pavel of the central bank").
_PASSIVE_REACH = 10
# How many words may stand between "read" and the writing's noun ("read out a short
# prepared statement").
_READ_REACH = 5
_READ_BREAKS = frozenset({",", ".", ";", ":", "(", ")", "—", "–"})
# How many words an owner's noun phrase after "on behalf of" may take.
_OWNER_REACH = 5


def _owner_after_writing(tokens: list[str], lowered: list[str], k: int) -> list[str] | None:
    """The owner a phrase right after a writing's noun gives it: "on behalf of X", "on X's
    behalf", "from X" or "by X" (a name only); see read_for_another."""
    if lowered[k : k + 3] == ["on", "behalf", "of"]:
        owner: list[str] = []
        for token in tokens[k + 3 : k + 3 + _OWNER_REACH]:
            if token in _READ_BREAKS or (owner and token.islower() and token != "of"):
                break
            owner.append(token)
        named = [t for t in owner if t[:1].isupper()]
        # ("on behalf of Ann Roe's family": the family's, whom no name gives)
        return owner if named and not _possessive(owner[-1]) else []
    if lowered[k : k + 1] == ["on"]:
        behalf = next(
            (m for m in range(k + 2, min(k + 5, len(lowered))) if lowered[m] == "behalf"), None
        )
        if behalf is None:
            return None
        owner = tokens[k + 1 : behalf]
        if not all(t[:1].isupper() for t in owner):
            return []  # "on his client's behalf", "on her behalf": whose, only coreference says
        return [*owner[:-1], POSSESSIVE_END_RE.sub(lambda m: m[0][0], owner[-1])]
    if lowered[k : k + 1] in (["from"], ["by"]):
        owner = []
        for token in tokens[k + 1 : k + 1 + _OWNER_REACH]:
            if not token[:1].isupper():
                break
            owner.append(token)
        if owner and _possessive(owner[-1]):
            return []  # "a letter from Ann Roe's lawyers"
        return owner or None
    return None


def _possessive(token: str) -> bool:
    return token[-2:] in {"'s", "’s"} or token[-1:] in {"'", "’"}
