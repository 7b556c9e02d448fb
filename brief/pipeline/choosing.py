"""The brief's ranking (by coverage for several texts, the ranker's own for one) and its
choice of sentences: section budgets, nothing already sent, no page furniture, no
columnist's view."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

from brief.models import (
    Classification,
    Corpus,
    Ranking,
    Sentence,
    StoryGroup,
    text_key,
)
from brief.options import Options
from brief.profiles import Profile
from brief.rank import RankContext, rank


def opinion_sentences(corpus: Corpus, unique: Sequence[Sentence]) -> frozenset[int]:
    """Positions of the sentences of a column, an editorial or a comment (a headline
    labelled so: `compose.titles.labelled_as_opinion`): no bullet or bottom line. Its
    allegations are the writer's ("X knew troops were massing"), and a bullet drops the
    label that says so; a digest's stories already drew none from it (r58 #10)."""
    from brief.compose.titles import labelled_as_opinion

    columns = {d.source.number for d in corpus.documents if labelled_as_opinion(d.title or "")}
    if not columns:
        return frozenset()
    return frozenset(k for k, s in enumerate(unique) if s.source in columns)


def _budgeted(
    order: Sequence[int], classes: Sequence[Classification], profile: Profile
) -> tuple[int, ...]:
    """Rank order with each section capped at its budget; the overflow moves to the end."""
    budget = {s.key: s.budget for s in profile.sections}
    used: dict[str, int] = {}
    head: list[int] = []
    tail: list[int] = []
    for pos in order:
        key = classes[pos].section
        if used.get(key, 0) >= budget.get(key, len(order)):
            tail.append(pos)
        else:
            used[key] = used.get(key, 0) + 1
            head.append(pos)
    return (*head, *tail)


@dataclass(frozen=True)
class Rankings:
    """The brief's ranking (the JSON summary, the sections), and the one each
    single-article story's bullets come from; `algorithm` is the ranker that ran."""

    brief: Ranking
    by_article: Ranking
    algorithm: str


def rank_brief(
    corpus: Corpus,
    groups: Sequence[Sequence[int]],
    unique: Sequence[Sentence],
    story_groups: Sequence[StoryGroup],
    options: Options,
    context: RankContext,
    by_article: Callable[[], Ranking | None],
) -> Rankings:
    """Several texts: what most of them report, said once, leads (concept coverage across
    them); the default ranker's lead and centrality priors are for a single article, so
    a story told by one article is still summarised by it (`by_article`: that ranking,
    made by the extraction child when it could; None when it did not)."""
    several = is_digest(story_groups, options)
    if several:  # every copy of a fact weighs, one copy is a bullet
        from brief.rank.coverage import rank_kept

        copies = {c: o for g in story_groups for c, o in g.copies.items()}
        ranking = rank_kept(corpus.sentences, groups, context, copies)
    else:
        ranking = rank(unique, options.algorithm, context)
    ranking = replace(ranking, algorithm=options.algorithm)
    if not several:
        return Rankings(ranking, ranking, options.algorithm)
    each = by_article()
    if each is None:
        each = rank(unique, options.algorithm, context)
    return Rankings(ranking, each, "coverage")


def unsent_positions(unique: Sequence[Sentence], sent: frozenset[str]) -> set[int]:
    """Positions of the sentences not already sent; a key costs a hash of the sentence
    (a tenth of a second for 25,000), so none is made when nothing was sent."""
    if not sent:
        return set(range(len(unique)))
    return {k for k, s in enumerate(unique) if text_key(s.text) not in sent}


def choose_summary(
    unique: Sequence[Sentence],
    rankings: Rankings,
    classes: Sequence[Classification],
    profile: Profile,
    unsent: set[int],
    options: Options,
    unfit: frozenset[int] = frozenset(),
    behind: frozenset[int] = frozenset(),
    originals: frozenset[int] | None = None,
) -> tuple[int, ...]:
    """The brief's sentences, none already sent, those of `behind` (a straggler's: a
    report older than the brief the reader has) after all the others. Section budgets
    act on the choice: a sentence whose section is full waits behind the rest, so the
    brief covers more than one kind of news. Lead means lead (a baseline keeps the
    opening sentences, whatever their sections), and a cover is already diverse. Page
    furniture ("Sign up for our newsletter", "... contributed to this report") is no
    news, whatever its rank, nor is a count revised since, nor an `unfit` one (an
    earlier day's count, counted again since, or a forecast overtaken:
    pipeline.superseded; a roundup's item of another event than its story's:
    selection.not_news.told_elsewhere); an input of nothing else is briefed as it is
    (`no_bullet`). `originals`: the sentences whose translation stands beside them, where
    read already (`selection.chains.select_chains`)."""
    from brief.selection.chains import select

    fresh = behind_the_rest([k for k in rankings.brief.order if k in unsent], behind)
    keep_order = rankings.algorithm in ("lead", "coverage")
    budget = options.budget(len(unique))

    def choose(order: Sequence[int]) -> Sequence[int]:
        budgeted = tuple(order) if keep_order else _budgeted(order, classes, profile)
        return select(unique, replace(rankings.brief, order=budgeted), budget, originals)

    return picked_without(fresh, choose, lambda k: k in unfit or no_bullet(unique[k].text))


def behind_the_rest(order: Sequence[int], behind: Collection[int]) -> list[int]:
    """`order` with the positions `behind` holds moved after all the others, each part in
    its own order: what a straggler says held before the reader's last brief, and the
    day's reports may have overtaken it (a governor "in control" on the day he was
    removed, r46 H3), so it fills a place only when the day's reports have nothing left."""
    if not behind:
        return list(order)
    return [k for k in order if k not in behind] + [k for k in order if k in behind]


def picked_without(
    order: Sequence[int],
    pick: Callable[[Sequence[int]], Sequence[int]],
    unfit: Callable[[int], bool],
) -> tuple[int, ...]:
    """`pick(order)`, picked again without what it picked that is `unfit`, until it picks
    nothing unfit; when nothing fit is left, the last picks as they are. Only picks are
    checked: a check of every sentence of a long input (furniture: 5 us each) would cost
    more than the choice."""
    left = list(order)
    picked = tuple(pick(left))
    while dropped := {k for k in picked if unfit(k)}:
        left = [k for k in left if k not in dropped]
        if not left:
            break
        picked = tuple(pick(left))
    return picked


def no_bullet(text: str) -> bool:
    """A sentence a brief leaves out whatever its rank: page furniture
    (`left_out_as_furniture`), a page's dated label (`layout.labels.is_label_line`), a
    notice's labelled field ("DATE: 4 February 2027", "LOCATION: Amdal, Sirba and Gerida
    camp": `ingest.layout.is_labelled_field`, a value with no stop, read for its figures,
    dates and names but no sentence a reader can take alone: r63 F7), or one whose counts
    are all an earlier report's, revised since ("Initial reports had spoken of 12 dead on
    Sunday night."): no longer true
    (`extract.figures.earlier_counts.tells_only_revised_counts`)."""
    from brief.extract.figures.earlier_counts import tells_only_revised_counts
    from brief.ingest.layout import is_labelled_field
    from brief.ingest.layout.labels import is_label_line

    return (
        left_out_as_furniture(text)
        or is_label_line(text)
        or is_labelled_field(text)
        or tells_only_revised_counts(text)
    )


def left_out_as_furniture(text: str) -> bool:
    """Page furniture a brief leaves out (brief.ingest.furniture), but for a link in a
    reporter's sentence ("The memo was posted at http://..."): it is still that sentence,
    and an article's brief shows it as written (a digest's bullets, chosen across
    articles, leave links out)."""
    from brief.ingest.furniture import POST, furniture_kind

    return furniture_kind(text) not in (None, POST)


def chains_share_a_section(
    unique: Sequence[Sentence], chosen: Sequence[int], classes: Sequence[Classification]
) -> list[Classification]:
    """A kept sentence that needs the one before it ("He added that ...", or the rest of
    a quote that sentence opened) is read with it, so it goes in its antecedent's section
    (select keeps that antecedent)."""
    from brief.selection.chains import leans_on

    placed = list(classes)
    leaning = leans_on(unique, chosen)
    for k in sorted(leaning, key=lambda k: (unique[k].source, unique[k].index)):
        # reading order: a chain takes its first sentence's section
        placed[k] = replace(placed[k], section=placed[leaning[k]].section)
    return placed


def is_digest(story_groups: Sequence[StoryGroup], options: Options) -> bool:
    """Several texts ranked by coverage, then each by itself (`rank_brief`), and stories drafted:
    this process is then the busier one (1,000 articles: 4.8 s of CPU from the child's
    start to the figures, against its 3.8 s of actors and quotes), so it reads none."""
    return sum(len(g.independent) for g in story_groups) > 1 and options.algorithm == "default"
