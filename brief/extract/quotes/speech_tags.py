"""The grammar of speech tags, in words alone: where the speech verb of "“...,” X said",
"said X" or "X said: “...”" is, and which words are its subject phrase ("Straw, the
foreign secretary, said": "Straw"), and when a verb reports no words ("called for", "was
asked", "Rubio's claim that").

No actor is known here: text goes in, word lists and phrases come out, which attribution
and pronouns then match to the story's actors.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from typing import NamedTuple

from brief.extract.actors.speakers import may_speak
from brief.extract.lexicon import alternation, hearer_verb_forms, joined, words
from brief.extract.quotes.speech_words import (
    PARENTHESIS_RE,
    POSSESSIVE_END_RE,
    WORD_RE,
    attributing,
    capital_or_digit,
    clause_break_re,
)
from brief.extract.quotes.subject_phrases import (
    inverted_subject,
    is_description,
    is_name,
    joined_to_an_object,
    name_word,
    opening_subject,
    role_words,
    subject_tail,
    subject_word,
    two_subjects,
    when_word,
)

# Quote and its successor are one utterance when only this much attribution lies between.
CARRY_GAP = 80


def tag_words(tag: str) -> list[str]:
    """The words and marks of the text after a quote, its parentheses left out."""
    return WORD_RE.findall(PARENTHESIS_RE.sub(" ", tag))


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
    tokens = [t.lower() for t in WORD_RE.findall(tag)]
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
    tokens = [t.lower() for t in WORD_RE.findall(tail) if t[:1].isalnum()]
    return not tokens or any(t in attributing() for t in tokens)


@cache
def _speech_or_adverb() -> frozenset[str]:
    """The speech verbs' forms and the adverbs, made once (a union per test cost its size)."""
    return words().speech | words()["adverbs"]


def quoted_as(tokens: list[str], *, after_quote: bool) -> list[str] | None:
    """The one whose words a paper or agency relays: "the newspaper quoted Qantas chief
    executive Geoff Dixon as saying" and "Dixon was quoted by The Australian as saying"
    are Dixon's, never the paper's nor a firm named in the phrase before him. None when
    the attribution is not of that form; [] when it names nobody ("quoted sources as
    saying"). After a quote the form must open the attribution; before one, its "as
    saying" must be the last speech verb before the quote."""
    if _RELAY_VERBS.isdisjoint(map(str.lower, tokens)):
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
    relays = [n for n in range(max(verb - 14, 0), verb - 1) if tokens[n].lower() in _RELAY_VERBS]
    if not relays:
        return None
    relay = relays[-1]
    between = tokens[relay + 1 : verb - 1]
    if any(t in {",", ".", ";", ":", "(", ")"} for t in between):
        return None
    if between and between[0].lower() != "by":
        return between  # "the newspaper quoted Geoff Dixon as saying"
    if relay == 0 or tokens[relay - 1].lower() not in words()["passive"]:
        return None
    return subject_tail(tokens[:relay])  # "Dixon was quoted (by the paper) as saying"


# Verbs by which one source relays another's words: "X quoted Y as saying".
_RELAY_VERBS = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"})


def already_reported(before: str) -> bool:
    """Whether the quote's own clause already reports someone's words before it ("X had
    said the rules were “...”"), so an attribution after it only relays them; not a
    clause a comma closes ("When Sanders said ..., he “...,” said Heiserman")."""
    tokens = WORD_RE.findall(clause_break_re().split(before)[-1])
    speech = words().speech
    for n in range(len(tokens) - 1, 0, -1):
        if tokens[n] == ",":
            return False
        if tokens[n].lower() in speech and _reports_words(tokens, n):
            return bool(speech_verb_subject(tokens[: n + 1]))
    return False


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
    tokens = WORD_RE.findall(last)
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
        if tokens[n].lower() in speech and not tokens[n][:1].isupper():
            progressive = tokens[n - 1].lower() in words()["passive"] if n > k else False
            if tokens[n].lower().endswith("ing") and not progressive:
                return None  # "the “kind of problems” Sanders had answering questions"
            return n
        if _no_attribution(tokens, n, first=n == k):
            return None
    return None


def _role_led_verb(tokens: list[str], start: int, roles: Collection[str]) -> int | None:
    """Where the speech verb is when a role phrase leads the name before it: "“...,”
    festival director Geoffrey Gilmore said", "“...,” chairman and chief executive
    Richard Parsons said" (a role's words are lower case, and "and" may join two); a
    role the story itself gives someone counts as one ("coach Eddie O'Sullivan told")."""
    n = start
    while n < len(tokens) and n - start < 6 and tokens[n].isalpha() and tokens[n].islower():
        n += 1
    if n == start:
        return None
    if tokens[n - 1] not in joined("role_heads", "described") and tokens[n - 1] not in roles:
        return None  # (two look-ups: a union of the lists and the story's roles cost their size)
    if tokens[start] in words()["clause_words"] or tokens[start] in words().speech:
        return None  # "“...,” and chief executive X said" is a new clause
    name = n
    while n < len(tokens) and tokens[n][:1].isupper():
        n += 1
    while n < len(tokens) and when_word(tokens[n]):
        n += 1
    if n == name or n >= len(tokens) or tokens[n].lower() not in words().speech:
        return None
    return n


def _no_attribution(tokens: list[str], n: int, *, first: bool) -> bool:
    """Whether tokens[n], before any speech verb, shows that the text after a quote is no
    attribution: a new clause ("“...” and said", "“...” to restore state"), a first word
    that no subject starts with, the sentence's end, or a comma that neither closes an
    apposition nor comes before the verb."""
    low = tokens[n].lower()
    if low in words()["clause_words"] or low == "to" or (first and not subject_word(tokens[n])):
        return True
    if tokens[n] in {".", ";", ":", "!", "?"}:
        return True
    if tokens[n] != "," or first:
        return False
    closes = n + 1 < len(tokens) and tokens[n + 1].lower() in _speech_or_adverb()
    return not closes and not _apposition_follows(tokens, n)


def _apposition_follows(tokens: list[str], comma: int) -> bool:
    """ "Straw, the foreign secretary, said": a second comma closes an apposition."""
    for n in range(comma + 1, min(len(tokens), comma + 14)):
        if tokens[n] == ",":
            return n + 1 < len(tokens) and tokens[n + 1].lower() in _speech_or_adverb()
        if tokens[n] in {".", ";", ":"}:
            return False
    return False


def _fills_a_subordinate_clause(before: list[str], after: list[str]) -> bool:
    """ "While Iran insists on completing its reactor, “any proliferation concerns” ...":
    a speech verb in a clause that a subordinator opens ("while", "when"), whose own
    complement ("on completing ...") the comma before the quote closes, reports none of
    the quote; the main clause's verb does. ("As Obama said in a statement, “...”" reports
    it: an "as" clause of speech tells whose words follow; and "when he suggested that
    Clinton “should be ...”" does, the quote inside its "that" clause.)"""
    opener = before[-1].lower() if before else ""
    opens = opener in words()["quote_subordinators"] and opener != "as"
    return opens and after[-1:] == [","] and after[0].lower() in words()["object_prepositions"]


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


_DASHES = frozenset({"-", "–", "—"})


def _dashes_as_commas(tokens: list[str]) -> list[str]:
    """ "Lord Bingham - a senior law lord - said": an aside between dashes that ends the
    words before a speech verb is an apposition, as it is between commas."""
    if tokens[-1:] and tokens[-1] in _DASHES:
        opening = [k for k, token in enumerate(tokens[:-1]) if token in _DASHES]
        if opening:
            return [*tokens[: opening[-1]], ",", *tokens[opening[-1] + 1 : -1], ","]
    return tokens


def _without_parenthesis(tokens: list[str]) -> list[str]:
    """The words before a speech verb less a parenthesis that ends them, and its comma:
    "Gov. John Kasich (R-OH), said" is Kasich's "said"; the comma stays when it closes
    an apposition ("Jeff Bechdel, chairman of America Rising (a PAC), tweeted")."""
    end = len(tokens) - (tokens[-1:] == [","])
    if not end or tokens[end - 1] != ")" or "(" not in tokens[:end]:
        return tokens
    opening = max(k for k in range(end) if tokens[k] == "(")
    if not opening:
        return tokens
    kept = tokens[:opening]
    if end == len(tokens) or "," not in kept:
        return kept
    last = len(kept) - kept[::-1].index(",")  # after the last comma
    apposition = last < len(kept) and kept[last][:1].islower()  # ", chairman of ... ("
    return [*kept, ","] if apposition else kept


def speech_verb_subject(tokens: list[str]) -> list[str] | None:
    """The subject phrase of the last speech verb that reports words ("Straw, the foreign
    secretary, said": "Straw") or of "according to"; None when no verb reports any, or
    when the one that does cannot be settled."""
    found = _reporting_verb(tokens)
    if isinstance(found, _Reported):
        return found.subject
    if found is not None:
        return _subject_of_verb(tokens, found)
    return _participle_subject(tokens)


def spoken_subject(text: str) -> list[str] | None:
    """speech_verb_subject of a whole sentence. Every way it finds a subject needs a
    speech verb or "according": a sentence without either (most) is not tokenised."""
    if not may_speak(text) and "according" not in text.lower():
        return None
    return speech_verb_subject(WORD_RE.findall(text))


class _Reported(NamedTuple):
    """What the walk back to a speech verb settled without one: a subject phrase, [] for
    nobody, or None for unsettled."""

    subject: list[str] | None


def _reporting_verb(tokens: list[str]) -> int | _Reported | None:
    """Walking back from the quote: where the speech verb that reports it is, or what was
    settled on the way ("according to X", "have her ask,", "when Clinton ended ...,
    remarking", "X ... and said" with no verb before)."""
    speech = words().speech
    lowered = list(map(str.lower, tokens))
    if speech.isdisjoint(lowered) and "according" not in lowered:
        return None  # nothing to stop at on the way back: tested in C
    participle: int | None = None  # a ", saying" passed on the way back
    coordinated = False  # an "and said" passed on the way back
    trailing = len(tokens)  # where the punctuation right before the quote starts
    while trailing and tokens[trailing - 1] in {",", ":"}:
        trailing -= 1
    # a speech verb in a subordinate clause that opens the words reports none of the quote
    # ("When Roe asked Doe about it, Doe smiled and said, “...”": Doe's)
    fronted = _fronted_clause_end(tokens, lowered, trailing)
    for n in range(len(tokens) - 1, -1, -1):
        low = lowered[n]
        if low == "according" and n + 1 < len(tokens) and tokens[n + 1].lower() == "to":
            return _Reported(inverted_subject(tokens[n + 2 :]))
        if low not in speech:
            continue
        if n > 0 and lowered[n - 1] == "to" and low in words()["infinitive_speech_verbs"]:
            continue  # "promised to hail ...", "asked the crowd to welcome ...": whose verb
        if n > 1 and lowered[n - 1] in words()["modal_verbs"] and _speech_before(lowered, n - 2):
            # "... and said Caracas would respond “at the appropriate moment”": a speech
            # verb in what an earlier one reports is said by no one yet; the earlier's
            continue
        if n > 0:
            if tokens[n - 1] == "," and low.endswith("ing"):
                participle = n if participle is None else participle
            if n + 1 >= trailing and tokens[n].islower() and _is_noun(tokens[n - 1]):
                return _Reported(None)  # "only to have her ask, “...”": unsettled
            coordinated = coordinated or tokens[n - 1].lower() in {"and", "but"}
        if n < fronted:
            continue
        if _reports_words(tokens, n):
            if participle is not None and _clause_between(tokens[n + 1 : participle]):
                return _Reported(None)  # "He tweeted when Clinton ended it, remarking"
            return n
    first = _participle_at(tokens)
    if coordinated and (first is None or not tokens[first].lower().endswith("ing")):
        return _Reported(_coordinated_subject(tokens, fronted))
    return None


def _speech_before(lowered: list[str], at: int) -> bool:
    """Whether a speech verb stands in lowered[:at + 1]."""
    speech = words().speech
    return any(word in speech for word in lowered[: at + 1])


def _fronted_clause_end(tokens: list[str], lowered: list[str], trailing: int) -> int:
    """Where a subordinate clause that opens the words ends: at its first comma, when a
    main clause with a speech verb of its own follows it before `trailing` (0 when no
    such clause opens them). Its subject asks or says something else ("When Davis asked
    Cosby what ..., Cosby shook his head and said"): the main clause's verb reports the
    quote. ("As Obama said in a statement, “...”" reports it: an "as" clause of speech
    tells whose words follow.) A comma inside the clause ("When Roe, the senator,
    asked") ends it too early, so a verb after it is left to the main clause."""
    opener = lowered[0] if lowered else ""
    if opener == "as" or opener not in words()["quote_subordinators"] or "," not in lowered:
        return 0
    comma = lowered.index(",")
    # the main clause has its own speech verb, or its own named subject ("When Trump
    # suggested ..., Rubio fired back: “...”": Rubio's words, whatever his verb): else the
    # quote is the fronted clause's ("When Jones said on March 3, 2020, that the plan
    # was “dead”, Smith laughed")
    speech = words().speech
    if any(w in speech for w in lowered[comma + 1 : trailing]):
        return comma
    subject = tokens[comma + 1] if comma + 1 < trailing else ""
    return comma if subject[:1].isupper() and _named_subject_clause(tokens, comma) else 0


def _named_subject_clause(tokens: list[str], comma: int) -> bool:
    """Whether a clause opens at tokens[comma + 1] with a name and then a lower-case verb
    ("Rubio fired back forcefully"), not a date or a phrase going on from before."""
    n = comma + 1
    while n < len(tokens) and tokens[n][:1].isupper() and tokens[n].isalpha():
        n += 1
    return comma + 1 < n < len(tokens) and tokens[n].islower() and tokens[n].isalpha()


def _subject_of_verb(tokens: list[str], verb: int) -> list[str]:
    """The subject phrase before the speech verb at tokens[verb], past a parenthesis and
    an apposition ("Straw, the foreign secretary, said"); [] when there is none."""
    before = _without_parenthesis(_dashes_as_commas(tokens[:verb]))  # "Gov. X (R-OH), said"
    with_verb = [*before, tokens[verb]]  # ("Paul Connolly, who said": "who" before the verb)
    relative = next(
        (k for k in range(2, len(before)) if before[k - 1] == "," and _who_does(with_verb, k)),
        None,
    )
    if relative is not None and _closes_on_the_verb(before[relative:]):
        # "Viktor Lysenko, who was appointed after his predecessor, Andriy Shevchuk, was
        # dismissed ..., said": the relative clause runs to the verb, whatever commas it
        # holds; the subject is the phrase before ", who", not the last names before the
        # verb, which a comma after them would make look like an apposition
        return _subject_of_verb([*before[: relative - 1], *tokens[verb:]], relative - 1)
    apposed = before[-1:] == [","]
    head = _before_apposition(before) if apposed else before
    apposition = before[len(head) + 1 : -1]
    role = subject_tail(head)
    if apposed and (
        is_description(role, possessive=True) or (role_words(role) and is_name(apposition))
    ):
        # "Its chairman, Stephen Faloon-Reid, said", "The head of the unit, Chief
        # Superintendent, Mick Deats, said": the apposition names the one described
        head = apposition
    tail = subject_tail(head)
    if _fills_a_subordinate_clause(head[: len(head) - len(tail)], tokens[verb + 1 :]):
        return []  # "While Iran insists on completing ..., “any ...” ... he was quoted as saying"
    if not apposed and tokens[verb + 1 : verb + 2] != [","]:
        # ("Clinton, a top aide said, “is very confident”": a tag set inside the clause)
        tail = _unclosed_apposition(head, tail)
    if tokens[verb].lower().endswith("ing"):
        if joined_to_an_object(head[: len(head) - len(tail)], tail):
            return []  # "spoke to protesters in Ukraine and Venezuela saying": the object's
        tail = _gerund_subject(tail)
    if tokens[verb].lower().endswith("ing") and tail and tail[-1].lower() in words()["writings"]:
        return []  # "Trump's tweet saying ... meant that": no main verb's subject
    if two_subjects(head[: len(head) - len(tail)], tail):
        return []  # "The CMF and the LCF said": two speakers, not the second
    return tail


def _closes_on_the_verb(clause: list[str]) -> bool:
    """Whether the speech verb after a relative clause's "who" has the relative's
    antecedent for its subject: the clause's own verb ("who said", "who had told him"),
    or the main clause's, the clause ending with a comma right before it but for
    auxiliaries and adverbs (", said", ", has said"); not a verb inside the clause with a
    subject of its own (", Mr. King said,"), nor a noun read as a verb ("cleaning up state
    voter-roll data"); and no quote lies between."""
    if _QUOTE_MARKS.intersection(clause):
        return False
    helpers = joined("auxiliaries", "adverbs")
    if {token.lower() for token in clause[1:]} <= helpers:
        return True  # "Paul Connolly, who (had) said they were “...”": the clause's own verb
    if "," not in clause:
        return False
    last = len(clause) - 1 - clause[::-1].index(",")
    return {token.lower() for token in clause[last + 1 :]} <= helpers


def _who_does(tokens: list[str], at: int) -> bool:
    """ "who" at tokens[at] as the subject of its clause ("who was appointed"), not its
    object ("who he dubbed", "who Beck called": the one called is no speaker)."""
    after = tokens[at + 1]
    return (
        tokens[at].lower() == "who" and after.islower() and after not in words()["person_pronouns"]
    )


_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘", "’"})


def _gerund_subject(tail: list[str]) -> list[str]:
    """ "an account of Clinton telling one agent", "reminds me of Lincoln saying": the
    subject of an -ing form is the name right before it, even as the object of "of"."""
    n = len(tail)
    while n and tail[n - 1][:1].isupper():
        n -= 1
    if 0 < n < len(tail) and tail[n - 1].lower() in {"of", "by", "from", "at", "for"}:
        return tail[n:]
    return tail


def _unclosed_apposition(head: list[str], tail: list[str]) -> list[str]:
    """ "Lt. Col. Peter Vance, a Pentagon spokesman says": web copy often drops the comma
    that closes an apposition, and an indefinite description right after a name that opens
    the clause describes that name, so the name is the subject (the tail otherwise)."""
    name = head[: len(head) - len(tail) - 1]
    if not tail or head[len(name) : len(name) + 1] != [","] or not name:
        return tail
    if tail[0].lower() not in words()["indefinites"] or not role_words(tail):
        return tail
    return name if all(capital_or_digit(token) for token in name) and len(name) <= 6 else tail


def _participle_at(tokens: list[str]) -> int | None:
    """Where the first ", saying" of a clause is."""
    speech = words().speech
    return next(
        (n for n, t in enumerate(tokens[1:], 1) if tokens[n - 1] == "," and t.lower() in speech),
        None,
    )


def _participle_subject(tokens: list[str]) -> list[str] | None:
    """ "Mr Howard branded the decision unacceptable, saying:": the clause's subject; None
    when another subject's clause comes between ("Trump spoke after Clinton ended the
    debate, saying")."""
    participle = _participle_at(tokens)
    if participle is None or not tokens[participle].lower().endswith("ing"):
        return None
    absolute = _with_absolute(tokens[:participle])
    if absolute is not None:
        return absolute
    subject = opening_subject(tokens[:participle])
    if _clause_between(tokens[len(subject) + 1 : participle]):
        return None
    return subject or None


def _with_absolute(tokens: list[str]) -> list[str] | None:
    """ "The council met, with Guyana's acting foreign minister, Alicia Ramdass, accusing
    Caracas of ...": after ", with" the participle has its own subject, the noun phrase
    between (the name its apposition gives a description), never the main clause's."""
    if tokens[-1:] != [","]:
        return None
    starts = [k for k in range(1, len(tokens) - 1) if tokens[k] == "with" and tokens[k - 1] == ","]
    if not starts:
        return None
    phrase = tokens[starts[-1] + 1 : -1]
    if "," not in phrase:
        return phrase or None
    head = phrase[: phrase.index(",")]
    apposition = phrase[len(head) + 1 :]
    if "," in apposition:
        apposition = apposition[: apposition.index(",")]
    if role_words(head) and is_name(apposition):
        return apposition
    return head or None


def _coordinated_subject(tokens: list[str], fronted: int) -> list[str] | None:
    """ "Trump called on her to resign and said, “...”": the clause's own subject, if a
    verb follows it ("The Rove ad hits ... and claims": the ad's, not Rove's). After a
    fronted subordinate clause (ending at `fronted`, see _fronted_clause_end) the clause is
    the main one, past the comma that closes it ("When Davis asked Cosby ..., Cosby shook
    his head and said": Cosby)."""
    if fronted and tokens[fronted + 1 : fronted + 2] and tokens[fronted + 1][:1].isupper():
        tokens = tokens[fronted + 1 :]  # (a pronoun there is read as before: the clause's)
    subject = opening_subject(tokens)
    at = tokens.index(subject[-1]) + 1 if subject else 0
    return subject if subject and at < len(tokens) and _verb_like(tokens[at]) else None


def _verb_like(token: str) -> bool:
    """A word that may follow a subject: an auxiliary or adverb ("only", "quickly"), a
    speech verb, an irregular past or a regular form ("called", "rails"); not a noun such
    as "ad"."""
    w = words()
    low = token.lower()
    if not token.islower():
        return False
    return (
        low
        in words()["adverbs"]
        | words()["auxiliaries"]
        | words()["passive"]
        | {"only", "just", "even", "never", "not"}
        or low in w.speech
        or low in w.irregular
        or low.endswith(("s", "ed", "ly"))
    )


def _clause_between(tokens: list[str]) -> bool:
    """Whether a clause with a named subject of its own ("when Clinton ended ...") lies
    between a verb and a participle that may then belong to either subject."""
    return any(
        token.lower() in words()["quote_subordinators"]
        and tokens[k + 1 : k + 2] != []
        and tokens[k + 1][:1].isupper()
        for k, token in enumerate(tokens)
    )


def _reports_words(tokens: list[str], verb: int) -> bool:
    """Whether the speech verb at tokens[verb] reports the words that follow, with its
    subject before it. Not after "and" or "but" ("Psaki called it “...” and said", "she
    conceded there were “...” but said": the subject comes before), not a noun
    ("Rubio's claim that", "her call to": see _is_noun), not "called for" or "will
    continue to be" (see _no_speech), not a passive ("was told"), and not "..., arguing
    that", whose subject is the main clause's."""
    if verb > 0 and (tokens[verb - 1].lower() in {"and", "but"} or _is_noun(tokens[verb - 1])):
        return False
    if _no_speech(tokens, verb):
        return False
    passive = not tokens[verb].lower().endswith("ing")  # "is saying" is no passive
    if passive and _after_passive_auxiliary(tokens, verb):
        return False  # "the cost was being evaluated", "he was told": no subject speaks
    return not (verb > 0 and tokens[verb - 1] == "," and tokens[verb].lower().endswith("ing"))


def _after_passive_auxiliary(tokens: list[str], verb: int) -> bool:
    """ "was told", "was also asked", "were repeatedly asked": a passive, past any adverb,
    whose subject is the one spoken to; the words are the asker's, not theirs."""
    n = verb - 1
    while n > 0 and tokens[n].lower() in words()["adverbs"] | {"not", "never"}:
        n -= 1
    return n >= 0 and tokens[n].lower() in words()["passive"]


def _is_noun(before: str) -> bool:
    """Whether the word before a speech verb's form makes it a noun: a possessive or a
    determiner ("Clinton's call", "his claim", "a report") is no verb's subject."""
    low = before.lower()
    return bool(POSSESSIVE_END_RE.search(before)) or low in joined("possessives", "determiners")


def colon_subject(clause: str, tokens: list[str]) -> list[str] | None:
    """ "Straw: “...”": a short clause that ends in a colon after a subject phrase (not
    "on CNN: “...”", where a preposition shows it is none)."""
    head = _without_parenthesis(tokens[:-1])  # "Rep. Trey Gowdy (R-S.C.):"
    if not clause.rstrip().endswith(":") or len(head) > 7:
        return None
    phrase = subject_tail(head)
    if all(
        subject_word(t) and t.lower() not in words()["quote_prepositions"] | {"on", "in"}
        for t in phrase
    ):
        return phrase
    return None


def _no_speech(tokens: list[str], verb: int) -> bool:
    """ "called for a ban", "asked for", "continue to be", "is said to be": a speech verb
    that reports no words here ("said on Friday", "said to reporters" and "wrote to the
    Times" do)."""
    after = [t.lower() for t in tokens[verb + 1 : verb + 3]]
    if tokens[verb].lower().startswith("agree") and after[:1] == ["with"]:
        return True  # "X agreed with his view that “...”": the view's words, not X's
    if tokens[verb].lower().startswith("call") and _summons(tokens[verb + 1 : verb + 7]):
        return True  # "Trump called LeVell onto the stage": a summons, no words
    phrasal = tokens[verb].lower().startswith(("call", "ask", "plead", "argu"))
    if phrasal and after[:1] in (["for"], ["on"], ["off"], ["up"]):
        # "argued for the second time that “...”" reports words all the same
        return "that" not in (t.lower() for t in tokens[verb + 2 :])
    if after[:1] != ["to"] or len(after) < 2:
        return False
    addressee = joined("determiners", "male_pronouns", "female_pronouns") | {"them", "us"}
    return after[1] not in addressee and not tokens[verb + 2][:1].isupper()


def _summons(rest: list[str]) -> bool:
    """Whether the words after "call" are an object and a preposition of place ("LeVell
    onto the stage", "him to the podium", "reporters into his office"): someone called
    somewhere, which reports no words (unlike "called him a liar")."""
    n = 0
    while n < len(rest) and n < 4 and (name_word(rest[n]) or rest[n].isalpha()):
        if rest[n].lower() in _PLACE_PREPOSITIONS:
            break
        n += 1
    if n == 0 or n >= len(rest) or rest[n].lower() not in _PLACE_PREPOSITIONS:
        return False
    return rest[n].lower() != "to" or rest[n + 1 : n + 2] in (["the"], ["his"], ["her"])


_PLACE_PREPOSITIONS = frozenset({"onto", "into", "to", "up", "back", "forward", "over", "down"})


def _before_apposition(tokens: list[str]) -> list[str]:
    """The words before the apposition that ends at tokens[-1] (a comma)."""
    commas = [k for k, t in enumerate(tokens[:-1]) if t == ","]
    return tokens[: commas[-1]] if commas else []


def ends_in_attribution(gap: str) -> bool:
    """A short text after a quote that ends its sentence ("“A,” said Straw. ")."""
    return len(gap) <= CARRY_GAP and not SENTENCE_END_RE.split(gap)[-1].strip(" ,")


# A sentence's end in the text between two quotes; its stop may stand inside the closing
# mark of a title that is no quote ("he said on “Meet the Press.” “But ...”").
SENTENCE_END_RE = re.compile(r"[.!?][”\"’']?\s")
