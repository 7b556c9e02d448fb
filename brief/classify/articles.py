"""Classify the sentences of whole articles: each sentence with what its article tells.

A sentence alone may not say who acts ("He signed it") nor whether its article is about
one country's own affairs; its article's earlier sentences and its other sentences do.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from itertools import islice
from typing import TypeVar

from brief.classify.matcher import cached_matcher
from brief.classify.participants import FOREIGN_MENTIONS, one_country, sides
from brief.classify.references import (
    definite_count,
    names_in,
    title_and_apposition,
)
from brief.classify.wording import RECENT_TOKENS
from brief.ingest.furniture import turn_label
from brief.models import Classification
from brief.prefilter import may_hold
from brief.profiles import Profile

ANTECEDENT_REACH = 3  # sentences back a chain of pronouns may reach for its actor
LEAD_SENTENCES = 2  # an article's first sentences, which state its news


def classify_all(
    texts: Iterable[str], profile: Profile, articles: Sequence[Hashable] | None = None
) -> tuple[Classification, ...]:
    """`articles`: which article each text is from, the texts of one in reading order.
    A sentence then takes the kinds of actor of the people it refers back to: by a
    pronoun subject, those of the sentences just before it; by a name, those of the
    sentence that first named it ("Ms Adebayo said ..." after "Nkechi Adebayo, the UN
    envoy, ..."), and a transcript's turn by its speaker's label (`_turn_speakers`); by a
    definite count ("The four were killed"), those of the nearest sentence that counted
    them; by the last word alone of an actor's phrase an earlier sentence wrote in full
    (`Actors.shortened`: a headline's "guard killed in shooting", judged after its
    article's "one Kyrgyz border guard", r78 F17). Never across articles."""
    matcher = cached_matcher(profile)
    if articles is None:
        return tuple(matcher.classify(t) for t in texts)
    listed = list(texts)
    names: list[set[str]] = []  # each sentence's, as far as read
    own: dict[int, frozenset[str]] = {}
    chained: dict[int, frozenset[str]] = {}
    introduced: dict[Hashable, dict[str, int]] = {}  # article -> name -> first sentence
    titled: dict[tuple[int, int], frozenset[str]] = {}
    speakers = _turn_speakers(listed, articles)

    def title_kinds(j: int, start: int, end: int) -> frozenset[str]:
        """The kinds of actor a name's title or apposition gives it, where first named."""
        if (j, start) not in titled:
            titled[j, start] = matcher.actors.kinds(title_and_apposition(listed[j], start, end))
        return titled[j, start]

    def own_kinds(j: int) -> frozenset[str]:
        if j not in own:
            own[j] = matcher.actors.kinds(listed[j])
        return own[j]

    def earlier(k: int, reach: int) -> frozenset[str]:
        found: set[str] = set()
        count = definite_count(listed[k])
        if count:  # "The four were killed": those the nearest sentence counting four names
            for j in range(k - 1, max(k - ANTECEDENT_REACH, 0) - 1, -1):
                if articles[j] == articles[k] and count in RECENT_TOKENS[listed[j]]:
                    found |= own_kinds(j)
                    break
        j = k - 1
        if (
            reach
            and j >= 0
            and articles[j] == articles[k]
            and matcher.refers_back(listed[k], own_kinds(k))
        ):
            if j not in chained:
                chained[j] = own_kinds(j) | earlier(j, reach - 1)
            found |= chained[j]
        # a word alone that heads an actor phrase an earlier sentence wrote in full ("guard"
        # after "border guard"): a headline and a second mention shorten their actor
        short = shortened(k)
        if short:
            found |= matcher.actors.shortened(RECENT_TOKENS[listed[k]], short)
        first = introduced.get(articles[k], {})
        for name in names[k] | speakers.get(k, frozenset()):
            i = first.get(name, k)
            if i < k:
                start = listed[i].find(name)
                found |= title_kinds(i, start, start + len(name))
        return frozenset(found)

    heads: dict[Hashable, list[tuple[int, dict[str, frozenset[str]]]]] = {}

    def shortened(k: int) -> dict[str, frozenset[str]]:
        """The heads of the actor phrases the sentences of k's article before it write in
        full, with their kinds (Actors.heads; read once per article, when first asked)."""
        article = articles[k]
        if article not in heads:
            heads[article] = [
                (j, found)
                for j in members[article]
                if (found := matcher.actors.heads(RECENT_TOKENS[listed[j]])[0])
            ]
        out: dict[str, frozenset[str]] = {}
        for j, found in heads[article]:
            if j >= k:
                break
            for stem, kinds in found.items():
                out[stem] = out.get(stem, frozenset()) | kinds
        return out

    reached: dict[int, frozenset[str]] = {}

    def antecedent(k: int) -> frozenset[str]:
        """What sentence k refers back to (asked for its cues that wait for an actor, its
        participants and its sides: worked out once)."""
        if k not in reached:
            reached[k] = earlier(k, ANTECEDENT_REACH)
        return reached[k]

    members: dict[Hashable, list[int]] = {}
    for k, article in enumerate(articles):
        members.setdefault(article, []).append(k)
    named: dict[int, frozenset[tuple[str, str]]] = {}
    homes: dict[Hashable, str | None] = {}

    def sides_of(j: int) -> frozenset[tuple[str, str]]:
        if j not in named:
            named[j] = sides(listed[j])
        return named[j]

    envoy = matcher.actors.naming(matcher.foreign_kinds)
    # The first letters of those words: a substring test rules out most sentences first.
    envoy_starts = tuple(
        {p.lower()[:5] for k in matcher.foreign_kinds for p in matcher.actors.phrases[k]}
    )

    envoys_in: dict[int, bool] = {}

    def envoy_named(j: int) -> bool:
        """Whether sentence j names a foreign side by its words (an envoy, a summit):
        asked of an article's sentences for its home, then of each sentence again."""
        if j not in envoys_in:
            text = listed[j]
            envoys_in[j] = may_hold(text, envoy_starts) and envoy.search(text) is not None
        return envoys_in[j]

    def foreign(k: int) -> bool:
        """Whether sentence k has a side other than its article's one country."""
        article = articles[k]
        if article not in homes:
            home = one_country(sides_of(j) for j in members[article])
            # An article with envoys in FOREIGN_MENTIONS sentences is about relations too.
            envoys = (j for j in members[article] if envoy_named(j))
            if home is not None and next(islice(envoys, FOREIGN_MENTIONS - 1, None), None):
                home = None
            homes[article] = home
        home = homes[article]
        if home is None or any(name != home for name, _ in sides_of(k)):
            return True
        return envoy_named(k) or not matcher.foreign_kinds.isdisjoint(antecedent(k))

    in_article: dict[Hashable, frozenset[str]] = {}

    def article_kinds(k: int) -> frozenset[str]:
        """The kinds of actor sentence k's article names anywhere: among them is whoever
        did what an agentless sentence tells ("Mobile data was cut at 18:00", in a report
        that names the authorities' directive further on)."""
        article = articles[k]
        if article not in in_article:
            in_article[article] = frozenset().union(*map(own_kinds, members[article]))
        return in_article[article]

    out: list[Classification] = []

    def struck(k: int, hazard: str, key: str) -> bool:
        """Whether sentence k's article leads with a hazard (`Relief`): one of its first
        sentences before k names one and is classed under `key` (the hazard's toll)."""
        lead = members[articles[k]][:LEAD_SENTENCES]
        return any(j < k and out[j].section == key and hazard in own_kinds(j) for j in lead)

    for k, text in enumerate(listed):
        first = introduced.setdefault(articles[k], {})
        names.append(names_in(text))
        for name in names[k]:
            first.setdefault(name, k)
        out.append(
            matcher.classify(
                text,
                lambda k=k: antecedent(k),  # type: ignore[misc]
                lambda k=k: foreign(k),  # type: ignore[misc]
                lambda hazard, key, k=k: struck(k, hazard, key),  # type: ignore[misc]
                lambda k=k: article_kinds(k),  # type: ignore[misc]
            )
        )
    return tuple(out)


def _turn_speakers(texts: Sequence[str], articles: Sequence[Hashable]) -> dict[int, frozenset[str]]:
    """The name words of each transcript turn's speaker, by sentence: in an article of
    two turns or more labelled in capitals (an exchange), a sentence from a label to the
    next is the labelled speaker's words ("MIRESCU: Good morning. The budget deficit ...
    was 3.4 percent of GDP"), as a report's "..., the minister said" makes them the
    minister's. So a turn names its speaker as an attribution does, and the speaker is
    who the article said they were where it first named them ("Acting Minister of Public
    Finance Dan Mirescu"): a finance minister's outcome in his own press conference had
    named no actor, and his turns had counted as if no official spoke (r75 F6). A label
    the article names no one by before ("KUALA LUMPUR:", "QUESTION:") gives no one."""
    labels: dict[int, str] = {}
    for k, text in enumerate(texts):
        label = turn_label(text)
        if label is not None:
            labels[k] = label
    counts: dict[Hashable, int] = {}
    for k in labels:
        counts[articles[k]] = counts.get(articles[k], 0) + 1
    if not any(n >= 2 for n in counts.values()):  # most texts hold no exchange
        return {}
    speakers: dict[int, frozenset[str]] = {}
    current: dict[Hashable, frozenset[str]] = {}
    for k, article in enumerate(articles):
        if counts.get(article, 0) < 2:
            continue
        if k in labels:
            current[article] = frozenset(names_in(labels[k].title()))
        if article in current:
            speakers[k] = current[article]
    return speakers


Article = TypeVar("Article", bound=Hashable)


def classify_with_headlines(
    texts: Sequence[str],
    profile: Profile,
    articles: Sequence[Article],
    headlines: Mapping[Article, str],
) -> tuple[tuple[Classification, ...], dict[Article, Classification]]:
    """The sentences' classes, and each article's headline judged as a sentence of its
    article (after its last one, so it introduces no name): "Blair rejects Tory terror
    offer" alone reads as talk between sides; with its article, which is about one
    country's own affairs, it is a domestic spat, as its sentences are."""
    keys = list(headlines)
    judged = classify_all([*texts, *(headlines[k] for k in keys)], profile, [*articles, *keys])
    return judged[: len(texts)], dict(zip(keys, judged[len(texts) :], strict=True))
