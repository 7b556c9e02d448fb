"""Template-ready views of a Briefing: the few derived values templates should not compute."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from markupsafe import Markup

from brief import __version__
from brief.compose.digest import LEADING, is_digest, reported
from brief.compose.issuers import issued_by, issuers
from brief.compose.titles import (
    day_of,
    fallback_title,
    labelled_as_opinion,
    names_a_document,
    news_day,
    numbered_notice,
    whose_version,
)
from brief.extract.figures import details, yearless
from brief.extract.figures.notation import number_values
from brief.extract.figures.ranges import qualifier_readings
from brief.extract.lexicon import alternation, before_the_date, calendar_word, words
from brief.models import (
    Actor,
    Briefing,
    Bullet,
    Figure,
    Mention,
    Quote,
    Section,
    Source,
    Story,
    cite,
)
from brief.profiles import OTHER_KEY
from brief.render.timeline import (
    date_label,
    pretty_date,
    quote_days,
    shown_events,
    story_of_sources,
)
from brief.selection.quote_marks import quote_runs

MAX_ACTORS = 12
MAX_FIGURES = 10
MAX_QUOTES = 4


def refs(mentions: tuple[Mention, ...]) -> Markup:
    """'[1:4; 2:7]'. Digits and punctuation we generate, so safe to print unescaped."""
    return Markup(cite(mentions))


def shown_sections(briefing: Briefing) -> list[Section]:
    """Sections with bullets (compose already keeps the bottom line out of them)."""
    return [s for s in briefing.sections if s.bullets]


def _story_sections(briefing: Briefing) -> list[tuple[str, list[Story]]]:
    """A digest's profile sections, each with its stories, in profile order."""
    shown = reported(briefing.stories)
    out = []
    for section in briefing.sections:
        stories = [s for s in shown if s.section == section.key]
        if stories:
            out.append((section.title, stories))
    return out


def _also(briefing: Briefing) -> list[Story]:
    """The stories not reported in full: one line each, so nothing is dropped silently."""
    shown = {s.sources for s in reported(briefing.stories)}  # each source is in one story
    return [s for s in briefing.stories if s.sources not in shown]


def story_line(story: Story) -> Markup:
    """Digits, dates and words we generate, so safe to print unescaped."""
    return Markup(describe_story(story.sources, story.independent, story.status, story.since))


def describe_story(
    sources: Sequence[int],
    independent: int,
    status: str | None,
    since: str | None,
    *,
    told: bool = True,
) -> str:
    """'3 sources [1; 4; 7], 2 independent · developing since 29 Nov 2026': the line under
    a story's headline, in the brief and in the email alike; ', nothing new' after a
    marked story the brief tells nothing of (`told`: it has bullets)."""
    count = len(sources)
    text = f"{count} source{'s' if count != 1 else ''} [{'; '.join(map(str, sources))}]"
    if independent < count:
        text += f", {independent} independent"
    marked = describe_status(status, since, told=told)
    return f"{text} · {marked}" if marked else text


def describe_status(status: str | None, since: str | None, *, told: bool = True) -> str:
    """'developing since 29 Nov 2026', 'new', or '' (no daily run to compare with); ',
    nothing new' after a developing story when the brief tells nothing of it (`told`).
    A story first told today is new whatever it gives: a column listed without a bullet
    by design had read "new, nothing new" (r74 F22)."""
    if status == "developing" and since:
        marked = f"developing since {pretty_date(since)}"
        return f"{marked}, nothing new" if not told else marked
    return "new" if status == "new" else ""


def source_details(source: Source, heading: str) -> list[str]:
    """What a reader needs to find the article again: outlet, author, date, and its URL,
    else its file when the heading is not the file's name. A reader the brief is forwarded
    to has the URL, not the inbox; the file stays in the JSON (a digest of fifteen fetched
    pages printed its Sources over a third page)."""
    details = [source.outlet, source.author, source.date, source.url]
    if source.author and source.author == source.outlet:
        details.remove(source.author)  # a wire's feed names itself as the author too
    if not source.url and heading != source.name:
        details.append(source.name)
    return [d for d in details if d]


def source_headings(briefing: Briefing) -> dict[int, str]:
    """Each source's headline; where it has none (raw wire text), its lead's main clause
    as a story's title would give it, so `[7:3]` leads a reader to an article and not only
    to a file name ("APW19990519.0113.txt")."""
    ledes: dict[int, str] = {}
    # reading order: a source's first record is its lede (segment keeps no page stamp)
    for record in briefing.sentences:
        ledes.setdefault(record.source, record.text)
    return {
        s.number: s.title or (fallback_title(ledes[s.number]) if s.number in ledes else s.name)
        for s in briefing.sources
    }


def _table_actors(briefing: Briefing) -> tuple[Actor, ...]:
    """Actors as find_actors ranks them: by how central they are to the brief, not by
    whether a role was found; and after them the speakers of the quotes shown, whom a
    reader of "Liao said" looks up here for who they are (a day's countries had filled the
    table, and three quoted ministers were in none of its rows)."""
    table = list(briefing.actors[:MAX_ACTORS])
    named = {actor.name for actor in table}
    by_name = {actor.name: actor for actor in briefing.actors}
    for quote in shown_quotes(briefing.quotes):
        speaker = by_name.get(quote.actor or "")
        if speaker is not None and speaker.name not in named:
            table.append(speaker)
            named.add(speaker.name)
    return tuple(table)


def shown_quotes(quotes: Sequence[Quote], most: int = MAX_QUOTES) -> tuple[Quote, ...]:
    """The quotes a brief shows: those whose speaker it names first, best first."""
    return tuple(sorted(quotes, key=lambda quote: quote.actor is None)[:most])


def _earlier_days(briefing: Briefing) -> tuple[date, Callable[[date], str], dict[int, str]]:
    """The brief's day (compose.titles.news_day: its latest report's), how it prints a
    day ("2 Dec", with the year when it is another year's), and each source dated before
    it, as printed."""
    day = news_day((source.date for source in briefing.sources), briefing.generated)

    def shown(written: date) -> str:
        return pretty_date(
            f"--{written:%m-%d}" if written.year == day.year else written.isoformat()
        )

    earlier: dict[int, str] = {}
    for source in briefing.sources:
        written = day_of(source.date)
        if written is not None and written < day:
            earlier[source.number] = shown(written)
    return day, shown, earlier


def said_on(briefing: Briefing) -> Callable[[Quote], str]:
    """The template's `said_on(quote)`: the day of the quote's report where it is dated
    before the brief's day (compose.titles.news_day: its latest report's), as the brief
    prints a date ("2 Dec", with the year when it is another year's); else "". A
    straggler of a daily run, an older article of an inbox: its quote beside the day's
    reads as said today unless its date is beside it. A quote its sentence dates ("On
    Tuesday, X had said: “...”") is of that day (render.timeline.quote_days). And as
    `told_on` dates a bullet, a quote whose words date what they tell by the day they
    were said ("He was freed yesterday, and today ...") is dated where that day is before
    the one the brief is made: a morning brief's quote of the evening before had read
    "yesterday" as the day before the brief's, beside bullets that gave their day (r76
    F16)."""
    day, shown, earlier = _earlier_days(briefing)
    made = briefing.generated.date()
    days = {quote: said for quote, iso in quote_days(briefing).items() if (said := day_of(iso))}
    written = {
        source.number: written
        for source in briefing.sources
        if (written := day_of(source.date)) is not None
    }

    def said_on(quote: Quote) -> str:
        said = days.get(quote) or (
            written.get(quote.sentences[0].source) if quote.sentences else None
        )
        if quote in days and said is not None and said < day:
            return shown(said)
        if quote.sentences and quote.sentences[0].source in earlier:
            return earlier[quote.sentences[0].source]
        if said is not None and said < made and by_its_day(quote.text):
            return "" if _gives_its_day(quote.text) else shown(said)
        return ""

    return said_on


def told_on(briefing: Briefing) -> Callable[[Bullet], str]:
    """The template's `told_on(bullet)`: the day of the bullet's report, printed as
    `said_on` prints a quote's, where the bullet dates what it tells by the day it was
    written (`by_its_day`: "at 0410 UTC today", "this morning", "yesterday") and that day
    is before the one the brief is made, when it is read; else "". A release of 12
    June's "struck ... at 0410 UTC today", printed in the daily brief of 13 June, had
    read as a second strike that morning (r69 F11). A bullet that gives its day ("on
    Tuesday", "12 June") reads right as it is."""
    _day, shown, _earlier = _earlier_days(briefing)
    made = briefing.generated.date()
    written = {
        source.number: shown(day)
        for source in briefing.sources
        if (day := day_of(source.date)) is not None and day < made
    }

    def told_on(bullet: Bullet) -> str:
        day = written.get(bullet.source, "")
        if not day or _gives_its_day(bullet.text):
            return ""
        return day if by_its_day(bullet.text) else ""

    return told_on


def voiced(briefing: Briefing) -> Callable[[Bullet], str]:
    """The template's `voiced(bullet)`: who said a bullet of a transcript's turn
    (`Bullet.speaker`: its label is off the text); else whose document a bullet is, where
    its report is a party's own (`voice`) and its story is headed by another report, or
    where its outlet is a body's and the sentence names no sayer of its own
    (compose.issuers); else "".
    Printed after its citation, as `told_on` prints a day; the JSON's `issuer`."""
    sources = {source.number: source for source in briefing.sources}
    headings = {n: story.title for story in briefing.stories for n in story.sources}
    issuer_of = issuers(briefing.sources)

    def of(bullet: Bullet) -> str:
        if bullet.speaker:  # a transcript's turn, its label off the text (r74 F24)
            return bullet.speaker
        source = sources.get(bullet.source)
        if source is None:
            return ""
        # or a body's release's sentence that names no sayer of its own, whatever heads
        # its story (compose.issuers: a side's "Tajik units opened fire ..." had been
        # printed bare, r73 F12)
        return voice(source.title, source.outlet, headings.get(bullet.source)) or (
            issued_by(issuer_of.get(bullet.source), bullet.text) or ""
        )

    return of


def voice(title: str | None, outlet: str | None, heading: str | None) -> str:
    """Whose document a bullet's sentence is (its outlet), where its report is a party's
    own, its headline naming it ("No: 89, ..., Press Release Regarding the Decision of
    ...", "Statement of the Ministry of ...", "ADVISORY 2029-061 // ...":
    compose.titles.names_a_document, numbered_notice), and its story is headed by another
    report (`heading`, its story's headline): "The EU cannot act as a party to a dispute
    and then offer itself as a mediator." from a ministry's release, printed bare under
    the Council's headline, had read as the brief's own word (r72 F11). Whatever the
    sentence tells, the party's document tells it. "" otherwise: a report's sentences
    are its outlet's reporting, and a story a release heads says whose it is in its
    headline."""
    if not (title and outlet and heading) or _folded(heading) == _folded(title):
        return ""
    return outlet if names_a_document(title) or numbered_notice(title) else ""


_WORDS = re.compile(r"\w+")


def _folded(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def by_its_day(text: str) -> bool:
    """Does a sentence date what it tells by the day it was written ("today", "this
    morning", "tonight", "yesterday", "last night": words.toml's saying_day_words and
    [values.before_the_date])?"""
    return _relative_day().search(text) is not None


@cache
def _relative_day() -> re.Pattern[str]:
    found = words()["saying_day_words"] | before_the_date("day") | before_the_date("night")
    found -= words()["event_relative_day_words"]
    return re.compile(rf"\b(?:{alternation(found)})\b", re.IGNORECASE)


def _gives_its_day(text: str) -> bool:
    """Whether a sentence names a weekday or a month ("on Monday, 30 November"): it dates
    what it tells itself, and reads right as it is."""
    return any(calendar_word(word) for word in re.findall(r"[A-Z][a-z]+", text))


def shown_figures(briefing: Briefing, most: int = MAX_FIGURES) -> list[tuple[Figure, str]]:
    """The key figures a brief shows, each with the story it is of in a digest ('' in a
    brief of one story): a digest's "40 dead" under Key figures is a reader's guess
    without it. Not a detail (figures.details: "six abstentions" of a tally) beside a
    figure that is news: the JSON keeps them all."""
    minor = details(briefing.figures)
    news = [f for f in briefing.figures if f not in minor and not _no_count(f)]
    chosen = (news or list(briefing.figures))[:most]
    if not is_digest(briefing.stories):
        return [(figure, "") for figure in chosen]
    story_of = {n: story for story in briefing.stories for n in story.sources}
    return [
        (
            figure,
            short_title(story.title) if (story := story_of.get(figure.sentence.source)) else "",
        )
        for figure in chosen
    ]


def _no_count(figure: Figure) -> bool:
    """A measure no analyst counts, printed only where a brief has no other figure (the
    JSON keeps it): a length of time within a day (words.toml's within_a_day_units: "the
    shelling ... lasted about twenty minutes", "within three hours our villages were
    shelled again"), which says how long an event took, and a measure joined to the noun
    it describes ("a 970-kilometre border", "a 40-km convoy"), which says what a thing is
    like (r73 F16: each had taken a place among ten key figures beside a day's tolls),
    and a magnitude that names nothing it measures ("magnitude 4.6" of "The strongest, of
    magnitude 4.6, struck", an aftershock's, read under a quake's story as the quake's:
    r78 F16; figures.scanner gives one its noun where the text names it)."""
    if figure.kind != "measure":
        return False
    return (
        (figure.unit or "").lower() in words()["within_a_day_units"]
        or bool(_DESCRIBING_MEASURE.search(figure.text))
        or _bare_length(figure)
        or _bare_magnitude(figure)
    )


def _bare_magnitude(figure: Figure) -> bool:
    """A measure of a leading unit ("magnitude") whose words are its unit and number alone."""
    unit = (figure.unit or "").lower()
    if unit not in words()["leading_units"]:
        return False
    said = figure.text.lower().replace("-", " ").split()
    return all(word == unit or word[:1].isdigit() for word in said)


@cache
def _qualifying_words() -> frozenset[str]:
    """The words of the qualifier phrases ("up to", "about"), read once, not per figure."""
    return frozenset(word for phrase in qualifier_readings() for word in phrase.lower().split())


def _bare_length(figure: Figure) -> bool:
    """A length of time that says nothing of what lasted ("two months", "up to 30 hours"
    without its "waiting for": figures.complements.with_duration_verbs), as a bare share
    says nothing of what it is of: a key figure counts something, and in a list a bare
    length is no one's count (r76 F24)."""
    said = figure.text.split()
    if not said or said[-1].lower() != (figure.unit or "").lower():
        return False
    if (figure.unit or "").lower() not in words()["durations"]:
        return False
    # nothing but its number and the words that qualify it ("up to", "about", "between
    # ... and"): "a siege of three months" says what lasted
    numbers = number_values().numbers
    return all(
        word[:1].isdigit()
        or word.lower() in numbers
        or word.lower() in _qualifying_words()
        or word.lower() in _RANGE_WORDS
        for word in said[:-1]
    )


_RANGE_WORDS = frozenset({"between", "and", "or", "to", "from"})


# A number joined to its unit by a hyphen, then the noun it describes: "970-kilometre
# border", "40-km convoy".
_DESCRIBING_MEASURE = re.compile(r"\d-[^\W\d_]+\s+[^\W\d_]+")


# The words of a story's headline a key figure's line names it by: enough to tell the
# day's stories apart, short enough to stay one line.
SHORT_TITLE_WORDS = 8


def short_title(title: str) -> str:
    """A headline's first SHORT_TITLE_WORDS words, "…" where more follow."""
    words = title.split()
    if len(words) <= SHORT_TITLE_WORDS:
        return title
    return " ".join(words[:SHORT_TITLE_WORDS]).rstrip(",;:–—-") + "…"


def context(briefing: Briefing) -> dict[str, Any]:
    timeline = shown_events(briefing.timeline, story_of_sources(briefing))
    return {
        "b": briefing,
        "version": __version__,
        "generated": briefing.generated.strftime("%Y-%m-%d %H:%M %Z").strip(),
        "created": briefing.generated.isoformat(timespec="seconds"),
        "ref": lambda bullet: Markup(bullet.ref),
        "quote_runs": quote_runs,
        "refs": refs,
        "actors": _table_actors(briefing),
        "figures": shown_figures(briefing),
        "quotes": shown_quotes(briefing.quotes),
        "said_on": said_on(briefing),
        "told_on": told_on(briefing),
        "voiced": voiced(briefing),
        "sections": shown_sections(briefing),
        "digest": is_digest(briefing.stories),
        # No top block when no story matched the profile: the leading stories are
        # reported in full all the same, under a line that says so (`unmatched`).
        "top_stories": [s for s in reported(briefing.stories) if s.relevant][:LEADING],
        "more_stories": max(0, sum(s.relevant for s in reported(briefing.stories)) - LEADING),
        "unmatched": not any(s.relevant for s in reported(briefing.stories)),
        "story_sections": _story_sections(briefing),
        "also": _also(briefing),
        # A column briefed alone gives no bullet (its claims are the writer's): the brief
        # says why rather than standing empty (r58 #10)
        "opinion_only": not briefing.bottom_line
        and bool(briefing.sources)
        and all(labelled_as_opinion(source.title or "") for source in briefing.sources),
        # One story keeps the single layout; a daily run still says if it is developing.
        "lone_story": briefing.stories[0] if len(briefing.stories) == 1 else None,
        "story_line": story_line,
        "status_line": lambda story: describe_status(
            story.status, story.since, told=bool(story.bullets)
        ),
        "headings": source_headings(briefing),
        "details": source_details,
        "timeline": timeline,
        # yearless dates after dated ones, or of two or more sources: listed last, source
        # by source (date_order), where a reader would take them for the year above
        "yearless_apart": any(map(yearless, timeline))
        and (not all(map(yearless, timeline)) or len({e.sentence.source for e in timeline}) > 1),
        "when": lambda event: date_label(event),
    }


def story_items(story: Story, headlines: Mapping[int, str]) -> list[tuple[Bullet, ...]]:
    """A story's items in the order a shortened print keeps them: its lead, then its best.
    An item is a quote run, so no quotation loses its close. A story whose reports give
    different parties' versions of its event (`whose_version` of their headlines: a wire's
    "Kyrgyzstan shuts Kelden crossing after guard killed", told by Kyrgyzstan's border
    service, and "Dushanbe says Kyrgyz guards fired first") keeps the best run of each
    account with its lead, as one item: a print cut to one point a story had told the
    Kyrgyz account alone (r78 F8). `headlines`: each source's, by number."""
    runs = quote_runs(story.bullets)
    if not runs:
        return []

    def account(run: Sequence[Bullet]) -> str | None:
        return whose_version(headlines.get(run[0].source, ""))

    lead, rest = runs[0], sorted(runs[1:], key=lambda run: -max(b.score for b in run))
    accounts = {account(run) for run in runs}
    kept = [lead]
    if accounts != {None}:
        told = {account(lead)}
        for run in rest:
            if account(run) not in told:
                told.add(account(run))
                kept.append(run)
    return [
        tuple(b for run in kept for b in run),
        *(tuple(run) for run in rest if run not in kept),
    ]


def fewer_bullets(
    briefing: Briefing, most: Sequence[int], listed: Collection[tuple[int, ...]] = ()
) -> Briefing:
    """A digest whose stories keep at most `most` items each (one per story, in the
    digest's order; see `story_items`), in their order. A brief of one story keeps its
    bullets (it has no stories to shorten). `listed`: the sources of the stories listed
    one line each, with the stories not reported in full: the stories least the
    profile's (`minor_stories`), listed before any other story loses a bullet: a trial's
    mailed print kept a tennis story's lead and a two-day-old border closing, and lost an
    airport's reopening and a curfew's hours (r65 F9)."""
    if not is_digest(briefing.stories):
        return briefing
    headlines = {source.number: source.title or "" for source in briefing.sources}

    def kept(story: Story, most: int) -> Story:
        if story.sources in listed:
            return replace(story, relevant=False)  # one line, with the stories not told
        items = story_items(story, headlines)
        if len(items) <= most:
            return story
        shown = {(b.source, b.index) for item in items[:most] for b in item}
        return replace(
            story, bullets=tuple(b for b in story.bullets if (b.source, b.index) in shown)
        )

    stories = tuple(kept(story, n) for story, n in zip(briefing.stories, most, strict=True))
    shown = {(b.source, b.index) for story in reported(stories) for b in story.bullets}
    sections = tuple(
        replace(section, bullets=tuple(b for b in section.bullets if (b.source, b.index) in shown))
        for section in briefing.sections
    )
    return replace(briefing, stories=stories, sections=sections)


def minor_stories(stories: Sequence[Story]) -> frozenset[tuple[int, ...]]:
    """The sources of the stories a digest reports in full that are least the profile's:
    in none of its sections (placed under "Other developments" by a watched name or a
    weak cue: a tennis match in a watched city), or, where the brief marks news as new
    (a daily run), a developing story with nothing new (a straggler's days-old report).
    None where they are all the digest reports: it would then say that no story matched
    the profile. A story first told today (status "new") is never one for having nothing
    new since the day's earlier brief: an update's print had listed the day's only new
    attack, told in the morning's mail, as one line labelled "new" (r69 F12); nor is a
    developing story whose news the day's earlier brief told (`news_today`): an update's
    print had listed a journalist's re-arrest, told in full that morning, beside a film
    festival (r76 F18)."""
    told = reported(stories)
    marks_new = any(b.new for story in told for b in story.bullets)
    found = frozenset(
        story.sources
        for story in told
        if story.relevant
        and (
            story.section == OTHER_KEY
            or (
                marks_new
                and story.status != "new"
                and not story.news_today
                and not any(b.new for b in story.bullets)
            )
        )
    )
    if all(story.sources in found or not story.relevant for story in told):
        return frozenset()
    return found
