"""A death toll another report of the story gives higher, of the same day or a later
one (`lower_tolls`): a toll rises as the dead are counted, so the lower is an earlier
count of it, where both name the same countries (`toll_places`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from brief.models import Corpus, Sentence, StoryGroup
from brief.pipeline.superseded.phrases import HISTORY
from brief.pipeline.superseded.reports import STALE_DAYS, source_days, story_of_sources
from brief.prefilter import may_hold

# The words of a toll of the dead (a cheap test before a sentence's figures are read).
_DEATHS = re.compile(r"\b(?:toll|dead|deaths?|killed|killing|died|lives)\b", re.I)
# ... which the pattern cannot match without (`_tells_deaths`)
_DEATH_WORDS = ("toll", "dead", "death", "killed", "killing", "died", "lives")


def _tells_deaths(text: str) -> bool:
    """Whether the text holds a word of a toll of the dead (`_DEATHS`). The pattern,
    ignoring case, is tried at every word of a sentence; a substring test in C first
    (`may_hold`) leaves it 238 of a 1,000-article inbox's 18,242 sentences. Every
    sentence of a story is asked for each story drafted and again for the outdated:
    `recalled_tolls` and `tolls_of_all` took 0.21 s of CPU there, now 0.11 s."""
    return may_hold(text, _DEATH_WORDS) and _DEATHS.search(text) is not None


def tolls_of_all(unique: Sequence[Sentence], story_of: Mapping[int, int]) -> dict[int, float]:
    """The toll of all the dead each sentence of a story gives (`lede_toll`: "the death
    toll rose to nine", "bringing the number of people killed to nine"), by position; not
    one told as history ("the 2009 stadium massacre, in which 157 people were killed")."""
    from brief.extract.figures import lede_toll

    found = {}
    for k, sentence in enumerate(unique):
        text = sentence.text
        if sentence.source in story_of and _tells_deaths(text) and not HISTORY.search(text):
            toll = lede_toll(text)
            if toll is not None:
                found[k] = toll
    return found


def lower_tolls(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences that give a toll of all the dead lower than another report of their story
    gives, of the same day or a later one (up to STALE_DAYS): a toll rises as the dead are
    counted, so the lower is an earlier count of it, where both name the same countries
    (`toll_places`: a country's own toll is a part of a region's). A re-sent brief had
    told a late wire's "bringing the death toll from three days of unrest in Conakry to
    11" beside the morning newsletter's "The protest toll in Conakry has risen to nine"
    (r45 M4), both of one day, which `stale_counts` (earlier days) leaves. A count of
    some of the dead ("Eight border guards were killed") is no toll of all (`lede_toll`),
    and a report's own earlier counts are its revisions (`earlier_counts`). Only another
    report's toll makes one lower: the stories of one report are not read."""
    from brief.extract.figures.tolls import toll_places

    story_of = story_of_sources(story_groups, several=True)
    tolls = tolls_of_all(unique, story_of)
    if len(tolls) < 2:
        return frozenset()
    days = source_days(corpus)
    by_story: dict[int, list[int]] = {}
    for k in tolls:
        by_story.setdefault(story_of[unique[k].source], []).append(k)

    def later_or_same(later: int, earlier: int) -> bool:
        if later not in days or earlier not in days:
            return True
        return 0 <= (days[later] - days[earlier]).days <= STALE_DAYS

    places = {k: toll_places(unique[k].text) for k in tolls}
    recalled = recalled_tolls(unique, story_of)
    stale = set()
    for members in by_story.values():
        for k in members:
            source = unique[k].source
            if any(
                unique[j].source != source
                and tolls[j] > tolls[k]
                and places[k]
                and places[j] == places[k]
                and later_or_same(unique[j].source, source)
                for j in members
            ) or any(
                tolls[k] in counts and other != source and later_or_same(other, source)
                for other, counts in recalled.items()
                if story_of.get(other) == story_of[source]
            ):
                stale.add(k)
    return frozenset(stale)


def recalled_tolls(
    unique: Sequence[Sentence], story_of: Mapping[int, int]
) -> dict[int, set[float]]:
    """The tolls each report of a story tells as an earlier report's, revised since
    (`extract.figures.earlier_counts.superseded`: "The committee had earlier lowered
    Monday's toll of 14 to 12", "an earlier toll of nine"), by source. A report that
    gives another's count as one it has overtaken is the later of the two, whatever
    places the two name: a later report's toll of a typhoon naming only its province
    had been left beside the morning's corrected one, which it recalled as earlier
    (r48 H1)."""
    found: dict[int, set[float]] = {}
    for sentence in unique:
        if sentence.source in story_of and _tells_deaths(sentence.text):
            counts = recalled_counts(sentence.text)
            if counts:
                found.setdefault(sentence.source, set()).update(counts)
    return found


# A number in digits or a word that may spell one ("14", "1,200", "nine").
_NUMBER_OR_WORD = re.compile(
    r"(?<![\w:.,])\d{1,3}(?:,\d{3})+(?![\w:])|(?<![\w:.,])\d+(?![\w:])|[A-Za-z]+"
)


def recalled_counts(text: str) -> frozenset[float]:
    """The counts a sentence gives as an earlier report's, revised since ("had reported
    14 deaths", "an earlier toll of 12"): `earlier_counts.superseded`, asked of each
    number the sentence writes."""
    from brief.extract.figures.earlier_counts import may_tell_earlier
    from brief.extract.figures.earlier_counts import superseded as told_as_earlier
    from brief.extract.figures.found_figure import FoundFigure
    from brief.extract.figures.notation import YEAR_RE
    from brief.extract.figures.number_reading import value_of
    from brief.extract.lexicon import number_words

    if not may_tell_earlier(text):
        return frozenset()
    spelled = number_words()
    found = set()
    for number in _NUMBER_OR_WORD.finditer(text):
        raw = number.group()
        if (
            raw[:1].isdigit()
            and YEAR_RE.fullmatch(raw)
            or (not raw[:1].isdigit() and raw.lower() not in spelled)
        ):
            continue  # a year ("in 2019"), or a word that spells no number
        value = value_of(raw)
        figure = FoundFigure(number.start(), number.end(), raw, "count", None, None, None)
        if value is not None and told_as_earlier(text, figure):
            found.add(value)
    return frozenset(found)
