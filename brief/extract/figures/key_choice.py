"""The order of the key figures: what an analyst counts first, durations last, and a
fact another source gave first after every other figure.

Apart from the scanner because it reads no sentence: it orders figures already found, by
their kind, their source and the importance the caller gives their sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from functools import cache
from typing import NamedTuple

from brief.extract.figures.befell import verb_opening
from brief.extract.figures.counted import names_what_changed
from brief.extract.figures.currencies import other_dollar_codes
from brief.extract.figures.earlier_counts import (
    Correction,
    corrections,
    counted_nouns,
    counts_of,
    set_aside_amounts,
)
from brief.extract.figures.notation import number_values
from brief.extract.figures.number_phrases import plural
from brief.extract.figures.policy_rates import names_rate
from brief.extract.figures.scanner import THE_DEAD, counted_kind
from brief.extract.figures.scope import of_a_part
from brief.extract.figures.tolls import aid_verb_forms, befalling_verb_forms
from brief.extract.lexicon import alternation, gazetteer, words
from brief.inflection import past_form
from brief.models import Figure, Mention, Sentence


def key_figures(
    figures: Sequence[Figure],
    importance: Callable[[Figure], float],
    latest: Callable[[Figure], bool] = lambda figure: True,
    preferred: Collection[str] = (),
) -> tuple[Figure, ...]:
    """What an analyst counts (the dead, then the hurt and the people a disaster struck,
    then forces, money, shares, tonnes), then small counts spelled out in words ("two
    firms", "three points") and the people aid is for, then durations ("two years");
    within a rank, of one day's tolls of one kind the larger first, then the more
    important sentence first (a part is told with its whole,
    "87 cases, including three deaths": scanner). All are kept (the JSON lists them):
    a duration leads only when a brief has nothing else, and a detail (`details`: "six
    abstentions") comes after it.

    Never a date, even when a brief has no count: an event's date is shown in the
    timeline with its sentence, and a date that dates no event ("since 2022", a
    hypothetical "1 April") is no fact to report. A bare year is not a count either.

    A fact another source gave first ("about 80 followers", "some 80 Davidians", "80
    lives" in ten reports of one siege; see _fact) is given again: those copies come after
    every other figure, so the few a brief shows are different ones. Within one article
    the same number may count two things ("40,000 people" fled a "40,000-strong army"), so
    there it stays in its place, but a toll told again ("killing two soldiers", then "Two
    soldiers were killed") is one fact there too.

    A figure its own clause dates in an earlier year than its report (see Figure.past) is
    history: "20 Indian soldiers" of "the clash in June 2020 that killed 20 Indian
    soldiers" had led a 2027 brief's figures as its first casualty count. So is a count
    of what came before the event its sentence names ("two crew members had been killed
    before this week's attack"), a toll of years up to now ("have killed dozens of people
    in the past three years"), and an earlier day's report its article has told again
    since ("Yesterday, the manager said two crew were killed" beside "the death toll rose
    to three"; scanner, earlier_counts.told_earlier). Those come after today's, however
    they rank: they are true of their time, and may still be the latest the brief has.
    But a toll of them is left out: listed under today's story ("killed more than 600
    people" of a 2005 quake under a Monday quake's story), it reads as that story's dead,
    and the list cannot say "in 2005"; the story's own toll, or the later count that
    revised an earlier day's, is there.
    So do, of reports of several days, the figures the earlier days' give (`latest`:
    whether a figure is of the latest day's reports): Tuesday's "toll has risen to 19"
    before Monday's "at least 12 people were killed". A count its sentence says has been
    revised ("had reported", "initial reports ... had spoken of") never comes here: the
    scanner leaves it out (earlier_counts.superseded), for it is no longer true.

    `preferred`: the kinds of figure a profile's news is told in (its figure_kinds; see
    profile_rank), which come before its other counts."""
    kept = [f for f in figures if f.kind != "date" and not (f.past and casualty_count(f))]
    minor = details(kept)
    counted = sorted(
        kept,
        key=lambda f: (
            f.past,
            not latest(f),
            DETAIL if f in minor else profile_rank(f, preferred),
            _toll_size(f),
            -importance(f),
        ),
    )
    again = repeated(counted)
    first = [figure for k, figure in enumerate(counted) if k not in again]
    return (*first, *(counted[k] for k in sorted(again)))


# figure_rank's place for a detail (see details): after durations, shown only alone.
DETAIL = 3
# figure_rank's place for the dead: the lowest rank, first of every figure.
DEAD = -2


def details(figures: Sequence[Figure]) -> frozenset[Figure]:
    """The figures that describe rather than report: a side count of a vote whose result
    its sentence gives ("by 93 votes to 18, with six abstentions": the abstentions). A
    reader wants the figures that are the news; these explain a sentence, and a brief
    shows them only when it has nothing else (render.view)."""
    tallies: dict[Mention, float] = {}
    for figure in figures:
        if _tally(figure) and figure.value is not None:
            tallies[figure.sentence] = max(tallies.get(figure.sentence, 0.0), figure.value)
    return frozenset(
        figure
        for figure in figures
        if (
            _tally(figure)
            and figure.value is not None
            and figure.value < tallies.get(figure.sentence, 0.0)
        )
    )


def _tally(figure: Figure) -> bool:
    return figure.kind == "count" and (figure.unit or "") in words()["tally_nouns"]


def _toll_size(figure: Figure) -> tuple[bool, bool, float]:
    """A casualty count's place among one day's of its rank: the hurt and missing before
    the people a disaster struck, a running total before other counts ("the toll has
    risen to 19", "the number of soldiers killed ... has risen to 19": see
    running_total), then the larger count first ("injured 52" before "injuring one
    person" however their sentences rank): the larger is the event's, the smaller most
    often one incident's. A report that gives its story's updated toll gives the count
    its headline tells; a larger count beside it is of others (a trial's "killed about 30
    fighters" in air strikes had led the key figures above the "19" the attack's toll had
    risen to, r55). (False, False, 0) for other figures."""
    if figure.value is None or figure_rank(figure) >= 0:
        return (False, False, 0.0)
    return (_casualties(figure) is None, not running_total(figure), -figure.value)


def running_total(figure: Figure) -> bool:
    """Whether a casualty count is told as its event's toll, a total that is updated
    ("the death toll rose to 21", "the number of soldiers killed ... has risen to 19",
    "bringing the toll to three"): the scanner starts such a figure at its toll's noun or
    at the verb that brings the toll to its number."""
    if not casualty_count(figure):
        return False
    text = figure.text.lower()
    return (
        text.startswith((*words()["tolls"], "toll ", "number of "))
        or _BRINGING_THE_TOLL.match(text) is not None
    )


_BRINGING_THE_TOLL = re.compile(r"[a-z]+ the (?:death )?toll\b")


def stale_tolls(
    figures: Sequence[Figure],
    latest: Callable[[Figure], bool],
    story: Callable[[Figure], object],
    sentence_text: Callable[[Mention], str],
    corrected: Sequence[tuple[object, Correction]] = (),
) -> frozenset[Figure]:
    """The casualty counts a later report of their story counts again at least as high:
    "killing nine people" in Tuesday's report, "the toll has risen to 12" in Wednesday's.
    A corrected toll is one fact told twice, and a list that showed both would give a
    reader two; a lower count of the later reports may be one incident's, so the earlier
    stays beside it, and so does one a later count of other people does not count again
    (Tuesday's "killed about 30 fighters" in air strikes is no later count of Monday's
    "toll ... rose to 19 soldiers", r55): the later count is of the same people (see
    _whom) or of everyone. A toll told as its event's total (running_total: "the death
    toll ... rose to 15") is stale beside a later report's total of it, lower or not: a
    total revised down ("revised the death toll ... down to 14, saying one victim had been
    counted twice") is the current one, and the older, higher total no longer true (r58).
    So is any earlier count of the missing, who fall as they are found ("30 were missing",
    then "Twenty-six people are still missing"). A lower count revises an earlier one only
    where it counts the same people and the story's whole: a later count of one place's
    ("In the village of X alone, four people are missing": scope.of_a_part) revises
    nothing, nor does a toll of soldiers an earlier toll of everyone.
    `latest`: whether a figure is of its story's latest reports; `story`: the story its
    sentence is filed under; `sentence_text`: a sentence's text, where a count's clause
    says whether it is of a part; `corrected`: the corrections the stories' other
    sentences give, each with its story (`_revised`)."""

    def part(figure: Figure) -> bool:
        return of_a_part(figure, sentence_text(figure.sentence))

    relayed = frozenset(f for f in figures if relayed_toll(f, sentence_text(f.sentence)))
    current: dict[tuple[object, str], list[tuple[str, float, bool]]] = {}
    for figure in figures:
        kind = _toll_kind(figure)
        if (
            kind is not None
            and figure not in relayed
            and latest(figure)
            and not figure.past
            and figure.value is not None
            and not part(figure)
        ):
            current.setdefault((story(figure), kind), []).append(
                (_whom(figure), figure.value, running_total(figure))
            )
    stale = frozenset(
        figure
        for figure in figures
        if not latest(figure)
        and (kind := _toll_kind(figure)) is not None
        and figure.value is not None
        and any(
            _replaces(kind, (whom, value, total), figure, part(figure))
            for whom, value, total in current.get((story(figure), kind), ())
        )
    )
    return (
        stale
        | _risen_past(figures, latest, story, part, relayed)
        | _revised(figures, story, sentence_text, corrected)
        | _set_aside(figures, sentence_text)
        | _outweighed(figures, relayed, story, part)
    )


def latest_tolls(
    figures: Sequence[Figure],
    latest: Callable[[Figure], bool],
    story: Callable[[Figure], object],
    day: Callable[[Figure], str],
) -> frozenset[Figure]:
    """The tolls that are their story's latest count of their kind though their report is
    of an earlier day than the story's latest: where no report of the story's latest day
    counts the dead (or the hurt, or the missing), the latest day whose reports do gives
    the story's toll. A toll is a running count, true until a later report counts again;
    a story's last report may be a correction of a crew change, with no toll, and the
    toll of the day before is still the toll (r69 F4: an 8-source story's dead had gone
    after every other story's rates and distances, and no key figure shown was a toll).
    The earlier days' tolls of that kind stay earlier, so `stale_tolls`, asked with these
    as latest, finds the counts the latest toll replaces ("killing one crew member" of
    Tuesday beside Wednesday's "raising the death toll ... to two").
    `latest`: whether a figure is of its story's latest day's reports; `story`: the story
    its sentence is filed under; `day`: its report's day (ISO, "" where not known)."""
    counted: dict[tuple[object, str], list[Figure]] = {}
    for figure in figures:
        kind = _toll_kind(figure)
        if kind is not None and not figure.past and figure.value is not None:
            counted.setdefault((story(figure), kind), []).append(figure)
    found: set[Figure] = set()
    for tolls in counted.values():
        if any(latest(f) for f in tolls):
            continue
        days = [day(f) for f in tolls]
        if not all(days):
            continue  # a report of no day: which toll is the later, the text does not settle
        last = max(days)
        found.update(f for f, at in zip(tolls, days, strict=True) if at == last)
    return frozenset(found)


def relayed_toll(figure: Figure, text: str) -> bool:
    """Whether a casualty count's only source is the press relaying others (words.toml's
    relayed_sources: "(Moldovan media)", "according to local media reports", "Reports
    said"): its sayer is such a noun, or, where none is read, its sentence gives it so."""
    if _toll_kind(figure) is None:
        return False
    if figure.sayer:
        return figure.sayer.split()[-1].lower() in words()["relayed_sources"]
    return _relayed_attribution().search(text) is not None


@cache
def _relayed_attribution() -> re.Pattern[str]:
    """A sentence's attribution to the press alone: "according to (local) media
    reports", "citing press reports", "Local reports said", "media reported"."""
    w = words()
    sources = alternation(w["relayed_sources"])
    speech = alternation(w.speech)
    return re.compile(
        rf"\b(?:according to|citing)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{sources})\b"
        rf"|\b(?:{sources})\s+(?:(?:also|have|has|had)\s+)?(?:{speech})\b",
        re.I,
    )


def _outweighed(
    figures: Sequence[Figure],
    relayed: Collection[Figure],
    story: Callable[[Figure], object],
    part: Callable[[Figure], bool],
) -> frozenset[Figure]:
    """The tolls only the press relays ("Five people were killed, Moldovan media
    reported") where their story has a count of the same casualties that a body gives as
    its own, or the report in its own voice ("Three people were killed ..., Moldova's
    interior ministry said"), of another number (r66 F3: the media's five had led a day's
    key figures, twice, and the ministry's three was nowhere). The one who counts weighs
    more than the one who passes on what is said: the bullets tell both, with who gives
    which, and the list, which cannot say "media reported", keeps the count a source
    vouches for. Not a count of a part ("in the village alone") nor of history, nor one
    of another group than the relayed one counts ("two soldiers", "five civilians")."""
    vouched: dict[tuple[object, str], list[Figure]] = {}
    for figure in figures:
        kind = _toll_kind(figure)
        if kind is None or figure in relayed or figure.past or figure.value is None:
            continue
        if not part(figure):
            vouched.setdefault((story(figure), kind), []).append(figure)
    return frozenset(
        figure
        for figure in relayed
        if (kind := _toll_kind(figure)) is not None
        and any(
            other.value != figure.value and len({_whom(other), _whom(figure)} - {"people"}) < 2
            for other in vouched.get((story(figure), kind), ())
        )
    )


def _revised(
    figures: Sequence[Figure],
    story: Callable[[Figure], object],
    sentence_text: Callable[[Mention], str],
    corrected: Sequence[tuple[object, Correction]] = (),
) -> frozenset[Figure]:
    """The counts another report of their story says it revises: the owner's "abducted
    six crew members" beside the navy's "Seven crew members were kidnapped, not six as the
    ship's manager first said" (earlier_counts.corrections: six). Of any count, not
    only a toll's: a later report's revised count replaces the earlier, and a list that
    showed the earlier alone had given a reader the number the story no longer holds (r62
    F2). One count of one thing as the bullets and headlines read it
    (superseded.Correction): the earlier number, of a noun the two counts share ("crew",
    "members"), in another report whose sentence does not give the revised number too,
    whatever verb each tells it by ("abducted", "kidnapped"). The correcting sentence
    may give no figure of its own (`corrected`, each with its story): its count told
    first by another report of the story is that one's figure (r78 F2: the radio's
    "three ..., not four as reported earlier" beside the wire's "three")."""
    stories: dict[int, object] = {}
    sentences: dict[Mention, Sentence] = {}
    for figure in figures:
        if figure.kind == "count":
            stories.setdefault(figure.sentence.source, story(figure))
            at = figure.sentence
            sentences.setdefault(at, Sentence(sentence_text(at), at.source, at.index, 0))
    found: dict[object, list[Correction]] = {}
    for correction in corrections(list(sentences.values())):
        found.setdefault(stories[correction.source], []).append(correction)
    for of_story, correction in corrected:
        if correction not in found.get(of_story, ()):
            found.setdefault(of_story, []).append(correction)
    if not found:
        return frozenset()
    return frozenset(
        figure
        for figure in figures
        if figure.kind == "count"
        and figure.value is not None
        and figure.unit
        and any(
            correction.earlier == figure.value
            and bool(counted_nouns(figure.text, figure.unit) & correction.nouns)
            and correction.corrects(_counts(figure, sentences), figure.sentence.source)
            for correction in found.get(story(figure), ())
        )
    )


def _set_aside(
    figures: Sequence[Figure], sentence_text: Callable[[Mention], str]
) -> frozenset[Figure]:
    """The amounts another report of the brief gives that a report says were wrong, in
    the same words of the same thing: "Foreign exchange reserves stood at 61.2 billion
    euros at the end of May" beside the bank's own "Foreign exchange reserves stood at
    59.8 billion euros at the end of May, not 61.2 billion euros as stated on Monday"
    (earlier_counts.set_aside_amounts). The correction may be a story of its own (a
    statement, where the figure was given at a press conference that went on into
    another story), so in any story of the brief, but only where the figure's sentence
    tells the amount as the correction's clause does before it (its words up to the
    number: "foreign exchange reserves stood at", two words at least): the same amount
    of the same thing, which no longer holds (r75 F1 had the retracted reserves as the
    whole-corpus brief's only reserves figure)."""
    texts: dict[Mention, str] = {}
    for figure in figures:
        if figure.kind in _AMOUNTS and figure.sentence not in texts:
            texts[figure.sentence] = sentence_text(figure.sentence)
    found = [
        aside
        for at, text in texts.items()
        if "not " in text
        for aside in set_aside_amounts(Sentence(text, at.source, at.index, 0))
    ]
    if not found:
        return frozenset()
    stale = set()
    for figure in figures:
        if figure.kind not in _AMOUNTS:
            continue
        text = texts[figure.sentence]
        low = text.lower()
        for aside in found:
            if (
                aside.source != figure.sentence.source
                and figure.text.lower() == aside.written.lower()
                and len(aside.measured.split()) >= 2
                and aside.measured in low[: max(0, low.find(figure.text.lower()))]
            ):
                stale.add(figure)
    return frozenset(stale)


_AMOUNTS = frozenset({"money", "percent", "measure", "count"})


def _counts(figure: Figure, sentences: Mapping[Mention, Sentence]) -> dict[float, frozenset[str]]:
    """The counts of a figure's sentence (superseded.counts_of), the figure's own among them
    however its sentence is read."""
    counts = dict(counts_of(sentences[figure.sentence]))
    if figure.value is not None and figure.unit:
        own = counted_nouns(figure.text, figure.unit)
        counts[figure.value] = counts.get(figure.value, frozenset()) | own
    return counts


def _risen_past(
    figures: Sequence[Figure],
    latest: Callable[[Figure], bool],
    story: Callable[[Figure], object],
    part: Callable[[Figure], bool],
    relayed: Collection[Figure] = (),
) -> frozenset[Figure]:
    """The day's tolls another report of the day says have risen past: "killing at least
    six people" in one report, "the death toll rose to eight" in another of the same day
    (r60 F5, both of one day's latest reports, so no earlier day's count). A toll told as
    risen ("rose to", "has risen to": running_total) counts the dead again after the
    count it rose from, so a lower toll of the dead of its story (of the same people or of
    everyone, not of a part), in another report, is that earlier count. The report it is
    in is the earlier telling of the day, and so are its counts of the hurt lower than
    the later report's ("23 were injured" beside "31 people had been injured"). Within
    one report a lower count is a part or its own history, and stays."""
    risen: dict[object, list[Figure]] = {}
    for figure in figures:
        if (
            latest(figure)
            and figure not in relayed
            and not figure.past
            and _toll_kind(figure) == "dead"
            and running_total(figure)
            and not part(figure)
        ):
            risen.setdefault(story(figure), []).append(figure)

    def overtaken(figure: Figure, kind: str, by: Sequence[Figure]) -> bool:
        return any(
            other.sentence.source != figure.sentence.source
            and _toll_kind(other) == kind
            and other.value is not None
            and figure.value is not None
            and other.value > figure.value
            and _whom(other) in {"people", _whom(figure)}
            for other in by
        )

    candidates = [
        f
        for f in figures
        if latest(f) and not f.past and f.value is not None and story(f) in risen and not part(f)
    ]
    dead = {
        f for f in candidates if _toll_kind(f) == "dead" and overtaken(f, "dead", risen[story(f)])
    }
    earlier = {(story(f), f.sentence.source) for f in dead}
    later_hurt: dict[object, list[Figure]] = {}
    for f in candidates:
        if _toll_kind(f) == "hurt" and (story(f), f.sentence.source) not in earlier:
            later_hurt.setdefault(story(f), []).append(f)
    hurt = {
        f
        for f in candidates
        if _toll_kind(f) == "hurt"
        and (story(f), f.sentence.source) in earlier
        and overtaken(f, "hurt", later_hurt.get(story(f), ()))
    }
    return frozenset(dead | hurt)


def _replaces(
    kind: str, later: tuple[str, float, bool], earlier: Figure, earlier_part: bool
) -> bool:
    """Whether a later count of a story's whole (`later`: whom it counts, its value,
    whether it is a running total) makes an `earlier` count of that kind stale: as high,
    of the same people or of everyone; or lower, where a lower count is a revision, of the
    missing or of a running total, and only of the same people and of the whole as the
    later one (not `earlier_part`: "In the village of Bangga alone, four people are
    missing" revises no flood's "30 people are missing": see scope)."""
    whom, value, total = later
    earlier_whom = _whom(earlier)
    if earlier.value is not None and value >= earlier.value:
        return whom in {"people", earlier_whom}
    lower_revises = kind == "missing" or (total and running_total(earlier))
    return lower_revises and whom == earlier_whom and not earlier_part


def _toll_kind(figure: Figure) -> str | None:
    """What a casualty count counts ("dead", "hurt", "missing", or the unit of the people
    a disaster struck: "homeless", "displaced"); None for any other figure."""
    if figure.kind != "count" or figure_rank(figure) >= 0:
        return None
    return _casualties(figure) or (figure.unit or "").lower()


def retold(figures: Sequence[Figure], story: Callable[[Figure], object]) -> frozenset[int]:
    """The positions of the figures that give again a fact a figure before them, of their
    story, gives (`repeated`, asked of each story's figures alone): the wire's "four people
    reported missing" and a broadcaster's "four people were still missing", or "Two workers
    ... were killed" and another outlet's "Two people were killed" of one strike (a count
    of people and of the one group of people the story counts alike, as `repeated` reads
    it within a report). One figure for each fact of a story, the first in the key
    figures' order (the latest reports', then the more important sentence's): a list that
    showed both had given a reader two facts (r50 L3). `story`: the story a figure's
    sentence is filed under. Of two stories, a copy stays, after every story's own; so
    does a vague count ("Hundreds of residents", read as 200), which gives no number to
    be one fact with another's ("200 officers")."""
    vague = number_values().vague_starts
    by_story: dict[object, list[int]] = {}
    for k, figure in enumerate(figures):
        if not figure.text.lower().startswith(vague):
            by_story.setdefault(story(figure), []).append(k)
    found: set[int] = set()
    for members in by_story.values():
        again = repeated([figures[k] for k in members], across_reports=True)
        found.update(members[k] for k in again)
        found.update(_unknown_dollars_given([figures[k] for k in members], members))
    return frozenset(found)


def _unknown_dollars_given(figures: Sequence[Figure], places: Sequence[int]) -> list[int]:
    """The places of one story's "$" sums of no currency that another of its reports
    gives with its dollar ("$45 million" beside "NZ$45 million"): one pledge, listed
    once, with the currency the text settles."""
    dollars = other_dollar_codes() | {"USD"}
    known = {f.value for f in figures if f.kind == "money" and f.unit in dollars}
    return [
        k
        for k, f in zip(places, figures, strict=True)
        if f.kind == "money" and f.unit is None and "$" in f.text and f.value in known
    ]


def repeated(figures: Sequence[Figure], across_reports: bool = False) -> frozenset[int]:
    """The positions of the figures that give again a fact another source gave first,
    in this order (see _fact), or a toll another sentence of their own source gave first
    ("killing two soldiers" in a lede, "Two soldiers were killed" further down): a
    report tells its toll again, and the same count of the same casualties is one fact,
    where the same number may count two things ("40,000 people" fled a "40,000-strong
    army"). So is a report's count of people and of the one group of people it counts
    alike ("the killing of nine demonstrators", "the toll ... nine people": see
    _one_group_counted); `across_reports`, of one story's figures, so are two reports'
    (`retold`). So is a report's count of one thing in two of its sentences, a sitrep's
    field and its sentence ("19,000 people displaced", "number of people displaced ...
    has risen to 19,000": `_one_thing`), and of the two the fuller wording is kept."""
    given: dict[_Fact, Mention] = {}  # fact -> the sentence giving it first
    given_at: dict[_Fact, int] = {}  # fact -> the place of its first figure
    one_count = _one_group_counted(figures, across_reports)
    counted: dict[_Count, Mention] = {}  # such a count -> the sentence giving it first
    told = _CountsTold(figures)  # a report's counts so far, by number and what they count
    found = set()
    for k, figure in enumerate(figures):
        fact = _fact(figure)
        if fact is None:
            continue
        first = given.setdefault(fact, figure.sentence)
        at = given_at.setdefault(fact, k)
        if first.source != figure.sentence.source or (
            fact[2] in _TOLLS and first != figure.sentence
        ):
            found.add(k)
        elif fact[2] in _TOLLS and at != k and _told_twice(figure, figures[at]):
            # "Five killed in shooting ... — Five people were killed in a shooting": a
            # headline run into its lede's sentence tells the one toll twice (r66 F3)
            found.add(at if _fuller(figure, figures[at]) else k)
        elif (count := _count_of(figure, fact, across_reports)) in one_count and (
            counted.setdefault(count, figure.sentence) != figure.sentence
        ):
            found.add(k)  # the people of a report's toll, told as its group before
        elif (before := told.counted_before(k)) is not None:
            # "19,000 people displaced" in a field, then in a sentence: the fuller stays
            found.add(before if _fuller(figure, figures[before]) else k)
        told.add(k)
    return frozenset(found)


class _CountsTold:
    """The counts a report has given so far, for the first of them that counts one thing
    with a later count (`_one_thing`). Each is read once (`_Counting`) and filed by its
    report and number, under its class (scanner.counted_kind), each noun it counts and its
    plain unit; a later count is asked only of the lists its own reading can pair with.
    Asked of every earlier count of its report with its number, one article of 25,000
    sentences (thousands of counts of two, three, four) was quadratic: 204,606 pairs,
    each read again, 7.7 s of CPU under cProfile."""

    def __init__(self, figures: Sequence[Figure]) -> None:
        self.figures = figures
        self.counting: dict[int, _Counting] = {}  # a filed count's place -> its reading
        self.filed: dict[tuple[object, ...], list[int]] = {}  # places, in order

    def add(self, k: int) -> None:
        """File the figure at place `k`, if it is a count `_one_thing` reads."""
        figure = self.figures[k]
        reading = _counting(figure)
        if reading is None:
            return
        self.counting[k] = reading
        place = _place(figure)
        keys: list[tuple[object, ...]] = [(place, "kind", reading.kind)]
        if not reading.things:
            keys.append((place, "unnamed", reading.kind))
        keys += [(place, "noun", noun) for noun in reading.things]
        if reading.bare is not None:
            keys.append((place, "bare", reading.bare))
        for key in keys:
            self.filed.setdefault(key, []).append(k)

    def counted_before(self, k: int) -> int | None:
        """The first place filed that counts what the figure at `k` counts, if any: of
        its class, all where it names nothing, else those that name nothing or a noun it
        names; of another class, those that name its plain unit or whose plain unit it
        names (see _one_thing)."""
        figure = self.figures[k]
        reading = _counting(figure)
        if reading is None:
            return None
        place = _place(figure)
        keys: list[tuple[object, ...]]
        if reading.things:
            keys = [(place, "unnamed", reading.kind)]
            keys += [(place, way, noun) for noun in reading.things for way in ("noun", "bare")]
        else:
            keys = [(place, "kind", reading.kind)]
        if reading.bare is not None:
            keys.append((place, "noun", reading.bare))
        firsts = [
            next(
                (
                    j
                    for j in self.filed.get(key, ())
                    if self.figures[j].sentence != figure.sentence
                    and _one_thing(reading, self.counting[j])
                ),
                None,
            )
            for key in keys
        ]
        return min((j for j in firsts if j is not None), default=None)


def _told_twice(one: Figure, other: Figure) -> bool:
    """Whether two tolls of one fact in one sentence are one count written twice: the
    words of one are all in the other's ("Five killed" in "Five people were killed"), not
    two groups' that count alike ("five soldiers were killed and five civilians were
    wounded" are two facts already, by whom and what befell them)."""
    mine, theirs = _words_of_toll(one), _words_of_toll(other)
    return mine <= theirs or theirs <= mine


def _words_of_toll(figure: Figure) -> frozenset[str]:
    """A toll's words, in lower case, without the auxiliaries that tell it as a clause
    ("were", "had been")."""
    w = words()
    skip = w["auxiliaries"] | {"were", "are", "been", "be", "have"}
    return frozenset(
        word.lower() for word in _WORD.findall(figure.text) if word.lower() not in skip
    )


def _fuller(one: Figure, other: Figure) -> bool:
    """Whether a count's words say more than another's of one thing ("number of people
    displaced from Amdal has risen to 19,000" than "19,000 people displaced")."""
    return len(_WORD.findall(one.text)) > len(_WORD.findall(other.text))


def _place(figure: Figure) -> tuple[int, float | None]:
    return (figure.sentence.source, figure.value)


class _Counting(NamedTuple):
    """What `_one_thing` reads of a count: its class (scanner.counted_kind: "displaced"),
    the nouns it counts (_things) and its unit where that is a plain noun (_bare)."""

    kind: str
    things: frozenset[str]
    bare: str | None


def _counting(figure: Figure) -> _Counting | None:
    """A count's reading for `_one_thing`; None for a figure it never pairs (not a count,
    or a toll)."""
    if figure.kind != "count" or _casualties(figure) is not None:
        return None
    bare = (figure.unit or "").lower() if _bare(figure) else None
    return _Counting(counted_kind(figure.unit), _things(figure), bare)


def _one_thing(mine: _Counting, theirs: _Counting) -> bool:
    """Whether two counts of one report, of the same number, in two sentences, count one
    thing: a sitrep's field "AFFECTED: 12,500 people newly displaced" and its sentence
    "About 12,500 people have been displaced" (r63 F11: both had been key figures). The
    same class of what befell them ("displaced" of "19,000 people displaced" and "number
    of people displaced ... has risen to 19,000") and a noun in common or none named, or
    a bare count of a noun ("12,500 people") the other counts with what befell them. Not
    tolls, which `_fact` tells apart by whom they count ("12 soldiers killed", "12
    civilians killed"), nor two classes ("12 killed", "12 wounded"): a toll has no
    reading (`_counting`)."""
    if mine.kind == theirs.kind:
        return not mine.things or not theirs.things or bool(mine.things & theirs.things)
    return (mine.bare is not None and mine.bare in theirs.things) or (
        theirs.bare is not None and theirs.bare in mine.things
    )


def _things(figure: Figure) -> frozenset[str]:
    """The nouns a count counts (earlier_counts.counted_nouns: "people" of "19,000
    people displaced"), without what befell them or a function word."""
    w = words()
    noise = w["count_ends"] | w["afflicted"] | w["casualties"]
    return frozenset(counted_nouns(figure.text, figure.unit or "") - noise)


def _bare(figure: Figure) -> bool:
    """Whether a count's unit is a plain noun ("people"), not a word of what befell them
    ("displaced", "affected")."""
    unit = (figure.unit or "").lower()
    w = words()
    return bool(unit) and unit not in w["afflicted"] and unit not in w["casualties"]


def casualty_kind(figure: Figure) -> str | None:
    """ "dead", "hurt" or "missing" for a count of casualties, else None."""
    return _casualties(figure)


def casualty_count(figure: Figure) -> bool:
    """Is the figure a count of the dead, the hurt or the missing?"""
    return figure.kind == "count" and _casualties(figure) is not None


def same_toll(one: Figure, other: Figure) -> bool:
    """Do two casualty counts give one toll: one count of one kind, of the same people or
    of people in general ("two port workers", "Two workers"; "two people"), not of two
    groups ("two soldiers killed", "two civilians killed")?"""
    if not (casualty_count(one) and casualty_count(other) and same_count(one, other)):
        return False
    whom = {_whom(one), _whom(other)}
    return len(whom) == 1 or "people" in whom


def same_count(one: Figure, other: Figure) -> bool:
    """Do two figures give one number of one thing: the same kind and value, and the same
    casualties ("nine people were killed", "killing at least nine people") or, of other
    figures, the same unit? Of two sentences that tell one fact (the caller knows), the
    same count."""
    if one.kind != other.kind or one.value is None or one.value != other.value:
        return False
    casualties = _casualties(one)
    if casualties is not None or _casualties(other) is not None:
        return casualties == _casualties(other)
    return (one.unit or "").lower() == (other.unit or "").lower()


# A report's toll by its source, number, casualties and time (history or today's): see
# _one_group_counted.
_Count = tuple[int, float | None, str | None, bool]


def _count_of(figure: Figure, fact: _Fact, across_reports: bool = False) -> _Count | None:
    """The report's count a toll gives (None for any other figure); `across_reports`,
    the count of all the reports given (of one story: see `retold`)."""
    if fact[2] not in _TOLLS:
        return None
    return (0 if across_reports else figure.sentence.source, figure.value, fact[2], figure.past)


def _one_group_counted(
    figures: Sequence[Figure], across_reports: bool = False
) -> frozenset[_Count]:
    """The counts of its dead, hurt or missing a report gives as people and as one group
    of people, of the same time: "the killing of nine demonstrators" and "the toll ...
    has risen to nine people", "injuring at least seven Kenyans" and "the seven
    injured". The people are the group, told again in general words, and the count one
    fact. Not where the report counts two groups so ("four soldiers", "four civilians"):
    which the people are the text does not settle. Within a report alone, which is one
    day's and one story's; two reports' "four people" and "four civilians" may be two
    stories' that happen to count alike, which a list of several stories cannot tell
    apart (`across_reports`: of one story's figures, as `retold` asks)."""
    whom: dict[_Count, set[str]] = {}
    for figure in figures:
        fact = _fact(figure)
        if fact is not None and (count := _count_of(figure, fact, across_reports)) is not None:
            whom.setdefault(count, set()).add(str(fact[3]))
    return frozenset(
        count
        for count, told in whom.items()
        if len(told) == 2 and "people" in told and _human_group(next(iter(told - {"people"})))
    )


def _human_group(head: str) -> bool:
    """Whether a toll's head names a group of people (words.toml's casualty_nouns:
    "demonstrators", "soldiers"; a nationality: "Kenyans"), not everyone (anyone_nouns:
    "people") nor a word that only points to others ("others")."""
    w = words()
    if head in w["casualty_nouns"]:
        return head not in w["anyone_nouns"] and head not in w["generic_nouns"]
    entry = gazetteer().get(head[:1].upper() + head[1:-1]) if head.endswith("s") else None
    return entry is not None and entry.form == "demonym"


# A count from which two sources giving it are telling one fact, whatever they call what
# they count ("80 followers", "80 Davidians"): smaller numbers recur by chance ("12 soldiers",
# "12 homes"), so they are one fact only when they count the same thing.
TELLING_COUNT = 20


# A figure's kind, value, unit, and what a share is of: see _fact.
_PERCENT_WORDS = frozenset({"percent", "cent", "pc"})  # "51 percent", "51 per cent"
_Fact = tuple[str, float | None, str | None, str | None]


def _fact(figure: Figure) -> _Fact | None:
    """What makes two sources' figures one fact: the number, and for a money sum, a share
    or a measure its unit, and for a share what it is a share of when the text says
    ("eight of 10 avocados" and "four of five states" are two 80%s); a count of
    TELLING_COUNT or more by its number alone, a smaller one by its number and what it
    counts ("three Filipino sailors", "Three sailors"; not "12 soldiers", "12 homes").
    None for a count of nothing named."""
    if figure.kind == "percent":
        last = figure.text.rsplit(" ", 1)[-1].lower()
        of = last if last.isalpha() and last not in _PERCENT_WORDS else None
        return (figure.kind, figure.value, figure.unit, of)
    if figure.kind != "count":
        return (figure.kind, figure.value, figure.unit, None)
    if figure.value is not None and figure.value >= TELLING_COUNT:
        return (figure.kind, figure.value, None, None)
    if figure.value is not None and (casualties := _casualties(figure)):
        # a toll counts its casualties, whatever word says they died ("three people dead",
        # "Three people ... were killed", "three deaths": one protest's toll in three
        # reports, r45 M1), and whom ("two soldiers killed" and "two crew killed" are two);
        # a toll of one is one fact only in the same words: "A man was killed" in one
        # report and "one person drowned" in another may be two deaths, and a reader
        # told of one would be told too few
        # ... but one of a group named ("killing one crew member", "1 crew killed": r69
        # F17, one toll listed twice) is one fact in its story whatever the words
        whom = _whom(figure)
        if figure.value < 2 and whom == "people":
            whom = figure.text.lower()
        elif whom in words()["soldier_nouns"]:
            whom = "soldiers"  # "one soldier", "one serviceman": one group's words
        return (figure.kind, figure.value, casualties, whom)
    if figure.value is not None and figure.unit:
        return (figure.kind, figure.value, figure.unit.lower(), None)
    return None


def _casualties(figure: Figure) -> str | None:
    """What a toll counts, by its unit: "dead" ("killed", "died", "deaths"), "hurt"
    ("injured", "wounded"), "missing"; None for any other count."""
    kind = counted_kind(figure.unit)
    return kind if kind in _TOLLS else None


_TOLLS = frozenset({"dead", "hurt", "missing"})  # what _casualties gives
_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d.,]*")
_PHRASE_END = re.compile(r"[,;:()\u2014\u2013]")


def _whom(figure: Figure) -> str:
    """Whom a toll counts: the head of the noun phrase after its number ("drivers" of
    "killing three drivers", "members" of "Two crew members were killed"), or "people"
    when it names nobody in particular (words.toml's anyone_nouns: "three people dead",
    "three deaths", "14 died")."""
    text = figure.text
    w = words()
    low = text.lower()
    if low.startswith("number of "):
        # "number of soldiers killed in the attack has risen to 19": whom "of" names
        head = "people"
        for word in low.split()[2:]:
            if word in w["casualties"] or word in w["count_ends"] or not word.isalpha():
                break
            head = word
        return "people" if head in w["anyone_nouns"] or not plural(head) else head
    numbers = number_values().numbers
    found = [
        m for m in _WORD.finditer(text) if m.group()[0].isdigit() or m.group().lower() in numbers
    ]
    if not found:
        return "people"
    if low.startswith((*w["tolls"], "toll ")):
        # "death toll from three days of clashes rose to nine": everyone's, unless the
        # toll's own number names whom ("the toll ... rose to 19 soldiers")
        found = found[-1:]
    head, named = "people", False
    after = found[0].end()
    for word_found in _WORD.finditer(text, after):
        word = word_found.group()
        low_word = word.lower()
        if _PHRASE_END.search(text, after, word_found.start()) or not word.isalpha():
            break
        if low_word in w["casualties"] or low_word in THE_DEAD or low_word in w["count_ends"]:
            break
        if named and past_form(low_word):
            break  # "four people reported missing": the verb after the phrase, no head
        if named and low_word in w["member_nouns"]:
            break  # "two crew members": the crew's, as "two crew" is
        head, named = low_word, True
    return "people" if head in w["anyone_nouns"] else head


def figure_rank(figure: Figure) -> int:
    """DEAD (-2) for the dead ("23 deaths", "killing at least 23 people", "at least 40
    people had died"), -1 for the other casualties and the people a disaster struck ("57 injured",
    "212,000 people are affected", "38,500 displaced"), 0 for the rest of what an analyst
    counts, 1 for a small or vague count or measure, a share or a distance of nothing
    said, or the people aid is for (see _aided), 2 for a duration. The dead come before
    the injured however the sentences rank: a government release's "57 injured" had led
    its "23 deaths".
    News style spells out the numbers below ten and writes a count worth reporting in
    digits ("8 F-16s"); a small spelled-out count is most often a generic one ("two
    firms"), and a vague one ("thousands of people") gives no number to compare. A share
    that does not say what it is of ("14 per cent", "Shares rose 14 per cent", where
    "52.4 percent of the vote" and "Shares in Kestrel Gold fell 23%" do: see
    counted.names_what_changed) tells a reader of the list nothing until they read its
    sentence: a reviewer's markets brief had led its key figures with four of them, the
    bid and the profits after."""
    counted = (figure.unit or "").partition(" per ")[0]  # "hours per day" are hours
    if counted in words()["durations"]:
        return 2
    w = words()
    if counted in THE_DEAD or counted in w["death_nouns"]:
        return DEAD  # "three dead": the casualties first, however small
    if counted in w["casualties"] or counted in w["afflicted"]:
        return -1
    if _aided(figure):
        return 1
    text = figure.text[verb_opening(figure.text) :]  # "set fire to two buses": "two buses"
    first = text.split()[0].lower() if text else ""
    # a count whose figure says what was done to them is news, as a befalling verb before
    # it makes it ("arrested three suspects"): "Seven crew members were kidnapped" too
    small = (
        figure.kind == "count"
        and number_values().numbers.get(first, 10) < 10
        and befalling_verb_forms().isdisjoint(text.lower().split())
    )
    vague = text.lower().startswith(number_values().vague_starts)
    bare_share = (
        figure.kind == "percent"
        and " of " not in figure.text
        and not names_what_changed(figure.text)
        and not names_rate(figure.text)
    )
    bare = bare_share or _bare_distance(figure)
    return 1 if small or bare or (figure.kind in {"count", "money", "measure"} and vague) else 0


# profile_rank's place for a figure of a kind a profile prefers: after the tolls, before
# the other counts.
PREFERRED = -0.5


def profile_rank(figure: Figure, preferred: Collection[str] = ()) -> float:
    """figure_rank, with the figures of the kinds a profile's news is told in before the
    other counts (`preferred`: the profile's figure_kinds). A markets brief's news is its
    prices, rates and results ("$78.40 a barrel", "A$1.42 billion", "rose 0.5%"): a
    trial's key figures had led with a strike's "2,300 workers" and a mine's "ten largest
    copper operations", and the shortened PDF carried no price at all (r53 H2). The dead
    and the hurt still lead, and a small, vague or bare figure stays where it was: the
    kind says what the news is told in, not that every figure of it is news."""
    rank = figure_rank(figure)
    return PREFERRED if rank == 0 and figure.kind in preferred else rank


def _aided(figure: Figure) -> bool:
    """Whether a count counts the people aid is for, as tolls.aided_count gives its words
    ("water tanks for 20,000 people", "targeting 150,000 people", "distributed tablets to
    18,000 people"): the aid's size, which says nothing of what befell them. A
    newsletter's "20,000 people" had led a cyclone's key figures above its toll of 48."""
    counted = (figure.unit or "").partition(" per ")[0]  # "feed 20,000 children a day"
    if figure.kind != "count" or counted not in words()["aid_recipients"]:
        return False
    first = figure.text.split(" ", 1)[0].lower()
    return first in aid_verb_forms() or _FOR.search(figure.text) is not None


_FOR = re.compile(r"(?:^|\s)for\s")


def _bare_distance(figure: Figure) -> bool:
    """A distance that says nothing of what it measures ("5 km" of "an ash column 5 km into
    the sky", "8 km from the border"), as a bare share says nothing of what it is of: in a
    list it tells a reader nothing until they read its sentence, and the r41 trial's key
    figures had led with three of them. "15-km section" and "692-km pipeline" say it."""
    # not metres: a bare "10.2 meters" is as often a river's level or a wave's height, the
    # measure a flood or a storm is told by
    if figure.kind != "measure" or figure.unit == "m" or figure.unit not in words()["distances"]:
        return False
    if figure.text[:1].isalpha() and " of " in figure.text:
        return False  # "exclusion zone of 13 kilometres": the noun it sizes opens it
    last = figure.text.rsplit(" ", 1)[-1].lower().lstrip("0123456789.,")  # "about 1,200km"
    return last in words()["units"] or last in number_values().unit_names
