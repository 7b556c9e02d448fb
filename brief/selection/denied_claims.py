"""A denial is read beside the claim it answers, or not at all (r73 F7).

A side's denial that names what it denies states the claim itself: "X denied that its
troops had shelled the village", "rejects the claim of Y that its units shelled Gulshan",
"denied firing on the town". One that refers back to it does not: its object is a
claim's noun with a definite determiner ("rejected the accusation", "denied the reports")
or a pronoun ("denied it"), or it calls such a thing false ("called the report “a
fabrication”", "dismissed the claims as lies"). Its report told the claim before it,
often in its lede ("A drone struck a fuel depot in X, the defence ministry said."), with
the side that makes it. A brief picks sentences one by one: the denial alone tells a
reader that one side denies something, and not what the other said.

So a bullet that answers a claim it does not state comes after one of its own report's
earlier sentences (the claim, with its claimant), or is left out: where no earlier
bullet of its report tells the claim, its report's lede takes a place right before the
denial, where it may be a bullet; else the denial is no bullet. A report's lede that
answers a claim refers to another report's, and is left as it is (its headline names
the matter).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from brief.extract.lexicon import alternation, spaced_alternation, words
from brief.models import Sentence


def answers_unstated_claim(text: str) -> bool:
    """Whether the sentence denies a claim it refers back to without stating it: a verb
    of denial whose object is a claim's noun after a definite determiner ("rejected the
    accusations", "denied these reports") or a pronoun ("denied it"), with no "that" or
    "of" clause after the noun giving the claim ("the claim of Y that ..."); or a verb of
    calling such an object false ("called the report “a fabrication”", "described the
    claims as lies")."""
    for found in _denied_object().finditer(text):
        if _NEGATED.search(text, 0, found.start()) is not None:
            continue  # "neither admits nor denies the allegations": no denial
        if not _stated_after(text[found.end() :]):
            return True
    return _called_false().search(text) is not None


# A negation right before a verb of denial: "nor denies", "did not deny", "never denied".
_NEGATED = re.compile(r"\b(?:nor|not|never|n't|neither)\s+(?:\w+\s+)?\Z|n't\s+\Z", re.I)


def _stated_after(rest: str) -> bool:
    """Whether the denied noun's clause goes on to give the claim: "that ..." or "of
    Y that ...", or "about"/"over" a matter ("the reports about the drone strike"; not
    "on", which may open a time: "rejected the accusations on Tuesday")."""
    return _STATED.match(rest) is not None


# What gives the claim after its noun: "that ...", "of X that ...", "about ...".
_STATED = re.compile(r"\s*(?:,\s*)?(?:that\b|of\b[^,.;]*\bthat\b|about\b|over\b|regarding\b)", re.I)


@cache
def _lexicon() -> tuple[str, str, str, str]:
    """The alternations of words.toml's lists: denial_verbs, claim_nouns, a word of
    falsity (falsity_phrases, falsity_labels) and the determiners of a claim's noun that
    point back at it (referring_determiners: "the", "such", "any such"; and possessives:
    "its", "their")."""
    w = words()
    verbs = alternation(w["denial_verbs"])
    nouns = alternation(w["claim_nouns"])
    false = alternation(w["falsity_phrases"] | w["falsity_labels"])
    determiners = spaced_alternation(w["referring_determiners"] | w["possessives"])
    return verbs, nouns, false, determiners


_PRONOUNS = r"(?:it|this|that|them|these|those)"


@cache
def _denied_object() -> re.Pattern[str]:
    """A verb of denial, then its object: a determined claim's noun (up to two words
    between: "the Tajik side's claims") or a pronoun ending its clause."""
    verbs, nouns, _, determiners = _lexicon()
    return re.compile(
        rf"\b(?:{verbs})\s+(?:(?:{determiners})\s+(?:[\w'’-]+\s+){{0,2}}(?:{nouns})\b"
        rf"|{_PRONOUNS}(?=\s*(?:[,.;]|$))"
        # ("denied it on Tuesday"; not "denied that at no time ...", a clause)
        rf"|(?:it|this|them|these|those)(?=\s+(?:as|and|but|on|in|at)\b))",
        re.I,
    )


@cache
def _called_false() -> re.Pattern[str]:
    """A verb of calling, a claim's noun or a pronoun, and a word of falsity within the
    clause: "called the report “a fabrication”", "called it a lie", "described the
    claims as baseless"."""
    _, nouns, false, determiners = _lexicon()
    calling = alternation(words()["calling_false_verbs"])
    return re.compile(
        rf"\b(?:{calling})\s+(?:(?:{determiners})\s+(?:[\w'’-]+\s+){{0,2}}(?:{nouns})|{_PRONOUNS})"
        rf"\b[^,.;]{{0,12}}?[\"“‘']?\s*(?:as\s+)?(?:an?\s+|pure\s+|complete\s+)?(?:{false})\b",
        re.I,
    )


def with_denied_claims(
    unique: Sequence[Sentence],
    picked: Sequence[int],
    fresh: Sequence[int],
    unfit: frozenset[int],
    count: int,
    may_be_bullet: Callable[[Sentence], bool],
) -> tuple[int, ...]:
    """The picks (positions in `unique`), where a pick answers a claim it does not state
    (`answers_unstated_claim`) and no earlier pick of its report tells the claim: with
    its report's lede right before it, where that lede is `fresh` (unsent), not `unfit`,
    may be a bullet and answers nothing itself (the picks stay `count` at most, the last
    other pick making room); else without it. The story's first pick keeps its place."""
    out = list(picked)
    usable = set(fresh) - unfit
    for k in list(picked[1:]):
        sentence = unique[k]
        if sentence.index <= 1 or not answers_unstated_claim(sentence.text):
            continue
        if any(
            unique[j].source == sentence.source and unique[j].index < sentence.index
            for j in out
            if j != k
        ):
            continue  # its report's claim is a bullet before it
        lede = _lede_of(unique, k)
        if (
            lede is not None
            and lede in usable
            and may_be_bullet(unique[lede])
            and not answers_unstated_claim(unique[lede].text)
        ):
            _insert_with_room(out, out.index(k), lede, (k,), max(count, len(picked)))
        else:
            out.remove(k)
    return tuple(out)


def with_denials_after_claims(
    unique: Sequence[Sentence],
    picked: Sequence[int],
    fresh: Sequence[int],
    unfit: frozenset[int],
    count: int,
    may_be_bullet: Callable[[Sentence], bool],
) -> tuple[int, ...]:
    """The picks, each followed by the denial its report gives right after it, in its
    next sentence, where that sentence answers the claim without stating it ("Warsaw
    rejected the accusation." after "Belarus's KGB said ... Zieliński ... had
    photographed military facilities ... on behalf of Polish intelligence.", r74 F15:
    the charge had been a bullet and its denial no bullet): a claim one side contests is
    read with the contest where its report gives both. The denial must be `fresh`, not
    `unfit` and able to be a bullet (read after its claim, it needs no more); the picks
    stay `count` at most, the last other pick making room."""
    out = list(picked)
    usable = set(fresh) - unfit
    for k in picked:
        sentence = unique[k]
        answer = _next_of(unique, k)
        if (
            answer is None
            or answer in out
            or answer not in usable
            or unique[answer].paragraph - sentence.paragraph > 1
            or not answers_unstated_claim(unique[answer].text)
            or not may_be_bullet(unique[answer])
        ):
            continue
        _insert_with_room(out, out.index(k) + 1, answer, (k,), max(count, len(picked)))
    return tuple(out)


def _insert_with_room(
    out: list[int], at: int, added: int, kept: tuple[int, ...], most: int
) -> None:
    """Put `added` into the picks at `at`; past `most` picks, the last other one (not
    `added`, not one `kept`, not the story's first) makes room."""
    out.insert(at, added)
    if len(out) > most:
        spare = next((j for j in reversed(out) if j not in (*kept, added, out[0])), None)
        if spare is not None:
            out.remove(spare)


# `unique` keeps the corpus's order (each copy group by its first sentence: dedupe), so a
# report's sentences stand in a row there, less those that copy an earlier one: a
# sentence's neighbours are found beside it, not by a map of every sentence of the
# corpus, which each story's drafting had built anew (a tenth of the inbox's time).


def _next_of(unique: Sequence[Sentence], at: int) -> int | None:
    """The position of the sentence after `unique[at]` in its report, where it is kept."""
    here = unique[at]
    after = at + 1
    if after < len(unique) and (unique[after].source, unique[after].index) == (
        here.source,
        here.index + 1,
    ):
        return after
    return None


def _lede_of(unique: Sequence[Sentence], at: int) -> int | None:
    """The position of the first sentence of `unique[at]`'s report, where it is kept."""
    source = unique[at].source
    k = at
    while k >= 0 and unique[k].source == source:
        if unique[k].index == 1:
            return k
        k -= 1
    return None
