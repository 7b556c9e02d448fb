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
from brief.rank.text import stemmer, stop_words


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


# A contested fact is told with both sides (r76 F10). A side's denial that states what it
# denies ("Claims that the guard was bribed are false," the board said; "The board denied
# that the guard had been bribed") names the matter by its predicate ("bribed"); another
# report of the story may give the claim with its claimant ('"The guard was bribed," her
# lawyer said'). A brief that tells one and not the other tells the story by one side, so
# where the story's picks hold one of the two reports, the denial comes with the claim
# right after it: the claim, the denial and the denier, next to each other. A side's
# words in quotation marks are no bullet by themselves (the story's facts are better in
# the reporter's words), but a whole quote attributed in its own sentence (or a quote of
# at most QUOTE_RUN sentences whose last gives the speaker) is the side's own statement of
# the contested fact, which a reader needs. Where no other report states the claim with
# its claimant, nothing is added: the denial alone may not tell a reader what was claimed.

QUOTE_RUN = 3  # sentences of one quote a claim may take (its last gives the speaker)


@cache
def _stated_denial() -> re.Pattern[str]:
    """What opens the stated claim, a claim's noun or a verb of denial before "that" ("the
    claims that ...", "denied that ..."), then the claim's clause to the end of its phrase:
    where the claim's verb is read (`denied_predicate`)."""
    verbs, nouns, _, _ = _lexicon()
    return re.compile(rf"\b(?:{nouns}|{verbs})\s+that\s+(?P<clause>[^,;:\"“”]+)", re.I)


@cache
def _falsity() -> re.Pattern[str]:
    """A word of falsity: after a claim's noun, it makes a "that" clause a denied claim
    ("Claims that ... are false"), where no verb of denial does."""
    _, _, false, _ = _lexicon()
    return re.compile(rf"\b(?:{false})\b", re.I)


@cache
def _denies() -> re.Pattern[str]:
    """A verb of denial or a word of falsity: a sentence that holds one answers a claim,
    and is no statement of it (`_states_claim`, `_claim_of`)."""
    verbs, _, false, _ = _lexicon()
    return re.compile(rf"\b(?:{verbs}|{false})\b", re.I)


# A negation: the claim negated ("was not beaten") is no statement of it either.
_NEGATION = re.compile(r"\b(?:not|never|no)\b", re.I)

# A form of "be", "have" or "get" before the claim's participle ("was bribed", "had been
# shelled", "got beaten").
_AUXILIARY = r"(?:was|were|is|are|had|has|have|been|being|be|got|get|gets)"

_PREDICATE = re.compile(
    rf"\b{_AUXILIARY}\s+(?:(?:{_AUXILIARY}|not|never)\s+)*(?P<verb>[a-z]+(?:ed|en|wn|ht|ung))\b"
    r"|\b(?P<past>[a-z]{2,}ed)\b",
    re.I,
)


def denied_predicate(text: str) -> str | None:
    """The verb of the claim a sentence denies and states: its "that" clause's participle
    or past verb ("Claims that the guard was bribed are false": "bribed"; "denied that
    its troops had shelled the village": "shelled"), where the sentence denies it (a verb
    of denial before the clause, or a word of falsity after the claim's noun); else None."""
    found = _stated_denial().search(text)
    if found is None:
        return None
    head = found.group(0).split()[0].lower()
    verbs, _, _, _ = _lexicon()
    denies = (
        re.fullmatch(verbs, head, re.I) is not None
        or re.search(rf"\b(?:{verbs})\s+(?:\w+\s+)?\Z", text[: found.start()], re.I) is not None
    )  # "denied that ...", "rejected (the) allegations that ..."
    if not denies and _falsity().search(text, found.start("clause")) is None:
        return None  # "the claims that ... were examined": no denial
    if _NEGATED.search(text, 0, found.start()) is not None:
        return None
    common = stop_words("english")
    for predicate in _PREDICATE.finditer(found.group("clause")):
        verb = (predicate.group("verb") or predicate.group("past")).lower()
        if verb not in common:  # ("are about to ...", "had been ...": no verb of the claim)
            return verb
    return None


def _stem(word: str) -> str:
    return stemmer("english")(word.lower())


# A pronoun opening an attribution ("she said"): whose word the quote is stays unsaid.
_PRONOUN_SUBJECT = re.compile(r"\A\s*(?:he|she|they|it|we|i|you)\b", re.I)

_CLOSING = re.compile(r"[,.!?]?\s*[\"”]\s*,?\s*(?P<tail>[^\"“”]*)\Z")


def _speech_forms() -> frozenset[str]:
    """Every form of every verb of speech ("said", "tells"): words.toml's."""
    return words().speech


def _attributed_tail(tail: str) -> bool:
    """An attribution after a quote: a speaker, not a bare pronoun, and a verb of speech
    ("the board said in a statement", "her lawyer, A. Brandt, said")."""
    if _PRONOUN_SUBJECT.match(tail):
        return False
    tokens = re.findall(r"[A-Za-z]+", tail)
    speech = _speech_forms()
    return any(t.lower() in speech for t in tokens) and len(tokens) <= 14


def closes_attributed_quote(text: str) -> bool:
    """Whether the sentence ends a quote and names its speaker after it, not by a bare
    pronoun: '... was bribed," her lawyer said.'"""
    found = _CLOSING.search(text)
    return found is not None and _attributed_tail(found.group("tail"))


def _quote_run(unique: Sequence[Sentence], at: int) -> tuple[int, ...] | None:
    """The positions of the quote `unique[at]` closes with its speaker, from the sentence
    that opens it (at most QUOTE_RUN sentences of one paragraph), or None where it is no
    such quote."""
    sentence = unique[at]
    if not closes_attributed_quote(sentence.text):
        return None
    run = [at]
    k = at
    while unique[k].text.lstrip()[:1] not in '"“':
        k -= 1
        if (
            k < 0
            or len(run) >= QUOTE_RUN
            or (unique[k].source, unique[k].index) != (sentence.source, unique[k + 1].index - 1)
            or unique[k].paragraph != sentence.paragraph
            or ('"' in unique[k].text[1:] or "”" in unique[k].text)
        ):
            return None
        run.insert(0, k)
    return tuple(run)


def _run_holding(unique: Sequence[Sentence], at: int) -> tuple[int, ...] | None:
    """The quote's run (`_quote_run`) that holds `unique[at]`: the run of the first of it
    and the next QUOTE_RUN - 1 sentences of its report that closes a quote with its
    speaker, where it reaches back to `unique[at]`."""
    for end in range(at, min(at + QUOTE_RUN, len(unique))):
        if (unique[end].source, unique[end].index) != (
            unique[at].source,
            unique[at].index + end - at,
        ):
            return None
        if closes_attributed_quote(unique[end].text):
            run = _quote_run(unique, end)
            return run if run is not None and at in run else None
        if end > at and unique[end].text.lstrip()[:1] in '"“':
            return None  # another quote opens
    return None


def _states_claim(text: str, stem: str) -> bool:
    """Whether the sentence states the predicate as a claim, not as another denial or a
    negation of it."""
    if _denies().search(text) is not None or _NEGATION.search(text) is not None:
        return False  # a denial, or the claim negated ("was not beaten")
    return any(_stem(word) == stem for word in re.findall(r"[A-Za-z]+", text))


def with_contested_claims(
    unique: Sequence[Sentence],
    picked: Sequence[int],
    fresh: Sequence[int],
    unfit: frozenset[int],
    count: int,
    may_be_bullet: Callable[[Sentence], bool],
) -> tuple[int, ...]:
    """The picks, where they hold a report (not its denial) whose sentence denies a claim
    it states (`denied_predicate`) and another report of the story gives that claim with
    its claimant: with the denial after the report's picks and the claim right after it
    (a reporter's sentence that may be a bullet and says who claims it, or a quote whose
    speaker it names). The denial may be a quote attributed in its own sentence. The picks
    stay `count` at most (a quote's run counting one), the last other pick making room;
    where no report states the claim, the picks stay as they are."""
    out = list(picked)
    usable = [k for k in fresh if k not in unfit]
    sources = {unique[k].source for k in picked}
    for d in dict.fromkeys((*picked, *usable)):
        denial = unique[d]
        if denial.source not in sources or (d not in out and d not in usable):
            continue
        predicate = denied_predicate(denial.text)
        if predicate is None or not (
            d in out or may_be_bullet(denial) or _quote_run(unique, d) == (d,)
        ):
            continue
        claim = _claim_of(unique, usable, denial.source, _stem(predicate), may_be_bullet)
        if claim is None or any(c in out for c in claim):
            continue
        if d in out:
            at = out.index(d) + 1
            added_here: tuple[int, ...] = claim
        else:
            before = [j for j in out if unique[j].source == denial.source]
            before = [j for j in before if unique[j].index < denial.index] or before
            at = out.index(before[-1]) + 1 if before else len(out)
            added_here = (d, *claim)
        for offset, added in enumerate(added_here):
            out.insert(at + offset, added)
        _make_room(unique, out, max(count, len(picked)) + len(claim) - 1, {d, *claim, out[0]})
    return tuple(out)


def _make_room(unique: Sequence[Sentence], out: list[int], most: int, kept: set[int]) -> None:
    """Past `most` picks, the last pick of the report with the most bullets (a quote's
    run counting one) that is not `kept` makes room: the side told most gives way, so
    the denial and the claim do not push out the other side's own report."""
    while len(out) > most:
        told: dict[int, int] = {}
        for j in out:
            if j in kept and j != out[0]:
                continue
            told[unique[j].source] = told.get(unique[j].source, 0) + 1
        spare = None
        for source in sorted(told, key=lambda s: -told[s]):
            spare = next(
                (j for j in reversed(out) if unique[j].source == source and j not in kept), None
            )
            if spare is not None:
                break
        if spare is None:
            return
        out.remove(spare)


def _claim_of(
    unique: Sequence[Sentence],
    usable: Sequence[int],
    denier: int,
    stem: str,
    may_be_bullet: Callable[[Sentence], bool],
) -> tuple[int, ...] | None:
    """The first sentence (with its quote's run) of another report than `denier`'s that
    states the denied predicate with its claimant."""
    speech = _speech_forms()
    for k in usable:
        sentence = unique[k]
        if sentence.source == denier or not _states_claim(sentence.text, stem):
            continue
        run = _run_holding(unique, k)
        if run is not None:
            if all(j in usable for j in run) and not any(
                _denies().search(unique[j].text) for j in run
            ):
                return run
            continue
        said = any(t.lower() in speech for t in re.findall(r"[A-Za-z]+", sentence.text))
        if said and may_be_bullet(sentence) and not _QUOTE_MARK_IN.search(sentence.text):
            return (k,)
    return None


_QUOTE_MARK_IN = re.compile(r"[\"“”]")
