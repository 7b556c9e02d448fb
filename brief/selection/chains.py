"""Pick the kept sentences from a ranking, never leaving one dangling.

A sentence that cannot stand alone (`pointing_back`) brings its antecedent (the previous
sentence of the same source), placed just before it and counted in the budget; when the
budget cannot take both, or the antecedent chain is too long, the sentence is skipped.

Quotes are held to the same rule in both directions: a sentence that opens a quote it
does not close brings the sentences that close it (placed just after it), and one that
sits inside or closes a quote opened before brings the sentence that opened it. A
sentence whose quote cannot be completed within the budget is skipped, so a bullet
never shows half a quote (`quote_marks`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from brief.models import Ranking, Sentence
from brief.selection.exchanges import small_talk
from brief.selection.not_news import other_events
from brief.selection.pointing_back import (
    bare_surname,
    is_dangling,
    said_by_an_office,
    said_by_it,
    said_by_pronoun,
    shared_surnames,
)
from brief.selection.quote_marks import (
    QUOTE_MARKS,
    continues_quote,
    continues_quote_from,
    leaves_quote_open,
)
from brief.selection.repeats import says_again, worded
from brief.selection.translations import translated

MAX_CHAIN = 2  # antecedents a sentence may bring along (itself dangling: one more)


def fit_in_words(texts: Iterable[str], words: int) -> int:
    """How many of the first texts fit in `words` words together (a summary's opening)."""
    total = fitted = 0
    for text in texts:
        total += len(text.split())
        if total > words:
            break
        fitted += 1
    return fitted


def _neighbours(sentences: Sequence[Sentence]) -> tuple[list[int | None], list[int | None]]:
    """Position of each sentence's antecedent (the previous sentence of its source), and
    of the sentence after it."""
    where = {(s.source, s.index): i for i, s in enumerate(sentences)}
    previous = [where.get((s.source, s.index - 1)) for s in sentences]
    return previous, [where.get((s.source, s.index + 1)) for s in sentences]


@dataclass(frozen=True)
class _QuoteState:
    opened_before: bool  # the sentence starts inside a quote (or closes one it did not open)
    open_after: bool  # the sentence ends inside a quote
    # it opens a quote that a later sentence gives to a bare pronoun ("“...  ...,” he told
    # Haaretz."): the quote needs the sentence before it, which names him
    said_by_pronoun: bool = False
    # it names someone by a surname two people of its article bear ("Al Mansoori said the
    # board would ..." beside a chairman and a chief executive Al Mansoori): the sentence
    # before says which, and a bullet alone reads as the other (r42)
    namesake: bool = False


class _QuoteStates:
    """Each sentence's place in the quotes of its paragraph (`previous`: each one's
    antecedent), worked out when asked: a choice reads the states of the picks it weighs
    and of their neighbours, not of every sentence (a digest's 17,800 sentences took 0.06
    s, each time the pile's picks were chosen or chained)."""

    def __init__(
        self,
        sentences: Sequence[Sentence],
        previous: Sequence[int | None],
        following: Sequence[int | None],
    ) -> None:
        self._sentences, self._previous, self._following = sentences, previous, following
        self._after: dict[int, bool] = {}  # does a quote stay open after the sentence
        self._shared: dict[int, frozenset[str]] = {}  # each source's surnames two people bear
        self._texts: dict[int, list[str]] | None = None  # each source's sentences, read once

    def __getitem__(self, pos: int) -> _QuoteState:
        inside = self._inside(pos) or continues_quote(self._sentences[pos].text)
        open_after = self._open(pos)
        opens = self._sentences[pos].text.lstrip()[:1] in QUOTE_MARKS  # not "X said: “..."
        by_pronoun = open_after and opens and not inside and self._closed_by_pronoun(pos)
        sentence = self._sentences[pos]
        namesake = bare_surname(sentence.text, self._surnames(sentence.source))
        return _QuoteState(inside, open_after, by_pronoun, namesake)

    def _surnames(self, source: int) -> frozenset[str]:
        """The surnames two people of a source bear, its sentences grouped by source in
        one pass the first time any is asked (a digest holds a thousand sources)."""
        if source not in self._shared:
            if self._texts is None:
                self._texts = {}
                for one in self._sentences:
                    self._texts.setdefault(one.source, []).append(one.text)
            self._shared[source] = shared_surnames(self._texts.get(source, ()))
        return self._shared[source]

    def _closed_by_pronoun(self, pos: int) -> bool:
        """Whether the sentence that closes the quote `pos` opens (within MAX_CHAIN more)
        gives its words to a bare pronoun."""
        at = self._following[pos]
        for _ in range(MAX_CHAIN):
            if at is None or not continues_quote_from(self._sentences[pos], self._sentences[at]):
                return False
            if not self._open(at):
                return said_by_pronoun(self._sentences[at].text)
            pos, at = at, self._following[at]
        return False

    def _inside(self, pos: int) -> bool:
        before = self._previous[pos]
        return (
            before is not None
            and self._sentences[before].paragraph == self._sentences[pos].paragraph
            and self._open(before)
        )

    def _open(self, pos: int) -> bool:
        """Back to the paragraph's first sentence whose state is not known yet, then
        forward, each sentence from the one before it."""
        run: list[int] = []
        at: int | None = pos
        while at is not None and at not in self._after:
            run.append(at)
            before = self._previous[at]
            same = before is not None and self._sentences[before].paragraph == (
                self._sentences[at].paragraph
            )
            at = before if same else None
        for at in reversed(run):
            self._after[at] = leaves_quote_open(self._sentences[at].text, self._inside(at))
        return self._after[pos]


def _needs(sentence: Sentence, state: _QuoteState) -> bool:
    return sentence.index > 1 and (
        is_dangling(sentence.text)
        or said_by_an_office(sentence)
        or said_by_it(sentence)
        or state.opened_before
        or state.said_by_pronoun
        or state.namesake
    )


def unresolved(sentences: Sequence[Sentence], kept: Sequence[int]) -> list[int]:
    """The kept positions left dangling: their antecedent is not kept before them, or
    the quote they leave open is not closed by the sentence kept right after them."""
    previous, following = _neighbours(sentences)
    states = _QuoteStates(sentences, previous, following)
    seen: set[int] = set()
    bad = []
    for n, pos in enumerate(kept):
        antecedent = previous[pos]
        needs_before = _needs(sentences[pos], states[pos])
        missing_before = needs_before and (antecedent is None or antecedent not in seen)
        missing_after = states[pos].open_after and (
            following[pos] is None or kept[n + 1 : n + 2] != [following[pos]]
        )
        if missing_before or missing_after:
            bad.append(pos)
        seen.add(pos)
    return bad


def leans_on(sentences: Sequence[Sentence], kept: Sequence[int]) -> dict[int, int]:
    """Each kept sentence that cannot stand without the kept sentence just before it in
    its source (it opens with a back-reference, or it sits inside or closes a quote that
    one opened), mapped to that sentence: a reader reads them as one."""
    previous, following = _neighbours(sentences)
    states = _QuoteStates(sentences, previous, following)
    chosen = set(kept)
    leaning = {}
    for pos in kept:
        antecedent = previous[pos]
        if antecedent in chosen and _needs(sentences[pos], states[pos]):
            leaning[pos] = antecedent
    return leaning


@dataclass(frozen=True)
class Kept:
    """A ranked pick and the sentences it cannot stand without, in reading order."""

    picked: int
    chain: tuple[int, ...]


def select_chains(
    sentences: Sequence[Sentence],
    ranking: Ranking,
    count: int,
    originals: Collection[int] | None = None,
) -> tuple[Kept, ...]:
    """The picks, best first, each with its chain: antecedents just before it, and the
    sentences that close a quote it opens just after it. Chains share no sentence, and
    take none the ranking left out (a sentence the reader was already sent). `originals`:
    the sentences whose translation stands beside them (`translations.translated` of
    `sentences`), where the caller read them once of all the brief's sentences (a
    digest's stories, pipeline.drafts); read here where None."""
    previous, following = _neighbours(sentences)
    links = _Links(previous, following, _QuoteStates(sentences, previous, following))
    kept: list[Kept] = []
    chosen: set[int] = set()
    said: list[tuple[str, str]] = []  # the kept sentences, and their words, for says_again
    available = set(ranking.order) - other_events(sentences) - small_talk(sentences)
    if originals is None:  # the translation beside each is the bullet
        originals = translated(sentences)
    for pos in ranking.order:
        if len(chosen) >= count:
            break
        if pos in chosen or pos in originals:
            continue
        chain = _chain(sentences, links, chosen, pos)
        if chain is None or len(chosen) + len(chain) > count:
            continue
        if not available.issuperset(chain):
            continue
        texts = [(sentences[k].text, worded(sentences[k].text)) for k in chain]
        if any(says_again(text, worded, said) for text, worded in texts):
            continue
        kept.append(Kept(pos, tuple(chain)))
        chosen.update(chain)
        said += texts
    return tuple(kept)


def select(
    sentences: Sequence[Sentence],
    ranking: Ranking,
    count: int,
    originals: Collection[int] | None = None,
) -> tuple[int, ...]:
    """Positions of the kept sentences, best first; an antecedent directly precedes its
    dependent sentence, and a quote's closing sentences directly follow its opening one
    (`originals`: see `select_chains`)."""
    chains = select_chains(sentences, ranking, count, originals)
    return tuple(pos for kept in chains for pos in kept.chain)


@dataclass(frozen=True)
class _Links:
    previous: list[int | None]
    following: list[int | None]
    quotes: _QuoteStates


def _chain(
    sentences: Sequence[Sentence], links: _Links, chosen: Collection[int], pos: int
) -> list[int] | None:
    """`pos` with the sentences it needs, in reading order; None when none will do."""
    chain = [pos]
    while _needs(sentences[chain[0]], links.quotes[chain[0]]):
        antecedent = links.previous[chain[0]]
        if antecedent is not None and antecedent in chosen:
            break
        if antecedent is None or len(chain) > MAX_CHAIN:
            return None
        chain.insert(0, antecedent)
    closers = 0
    while links.quotes[chain[-1]].open_after:
        follower = links.following[chain[-1]]
        if (
            follower is None
            or follower in chosen
            or closers >= MAX_CHAIN
            or not continues_quote_from(sentences[chain[-1]], sentences[follower])
        ):
            return None
        chain.append(follower)
        closers += 1
    return chain
