"""A later run of the same day: what its late articles bring to the day's brief.

A late article rebuilds the day's brief from all of the day's articles, and the brief
goes out again only for what the late articles bring (docs/daily.md). Here, in one place:

- `late_facts`: what they say that no article of the day or of an earlier day said. Such
  a fact is never archived unsent: the day's brief goes out again, at least listing it.
- `held`: what the rebuild leaves out. It picks from what the day's briefs showed and
  what the late articles say that is new, and a story they bring news to is told
  again as an update: the day's earlier mail told its earlier points, so the rebuild
  shows what the late articles add, marked new. The trial's evening wire (INGC: the
  toll rose to 18) had joined a story of twelve reports whose five places the morning's
  sentences kept, and the day's brief went out again under the morning's subject with
  no point new (r46 H2).
- `keep_told`: the stories the day's earlier brief told, each kept in the rebuild with
  what it showed. The trial's evening rebuild had grouped the morning's sanctions, drone,
  death and appointment stories with a late troop report into one story, which told only
  the late report's news: the day's brief of record, and its update mail, lost them
  (r47 H2). The rebuild may group the day's articles differently (its stories are found
  among more articles); the stories the reader was told stay as told, under their
  headlines, and a late article's news is told beside them. The quote, timeline and
  key-figure rows the day's briefs showed stay too (`row_keys`, kept by `held`), and
  stay on its pages (`shown_rows`, put first by `shown_first`): the pages show a few
  rows of each table, and the trial's update had shown a late statement's quote,
  figures and dates in place of the morning's (r61 F8).
- `late_points`, `repeats_today`: the rebuild's points the late articles give, and
  whether the rebuild has anything to send.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from brief.compose.briefing import turns_spoken
from brief.daily.novelty import already_sent, section_moves
from brief.daily.state import DayRecord, ToldStory
from brief.ingest.furniture import is_furniture
from brief.models import (
    Briefing,
    Bullet,
    Figure,
    Mention,
    Quote,
    SentenceRecord,
    Story,
    TimelineEvent,
    bullet_key,
    text_key,
)
from brief.pipeline.versions import is_taken_back
from brief.render.timeline import shown_events, story_of_sources
from brief.render.view import shown_figures, shown_quotes

Row = TypeVar("Row", Quote, Figure, TimelineEvent)  # a row of one of the brief's tables

LATE_FACT_WORDS = 6  # shorter lines (a dateline, "Related:") tell no fact of their own


def late_facts(
    briefing: Briefing, today: DayRecord, sent: Sequence[str], language: str
) -> tuple[SentenceRecord, ...]:
    """The sentences of the late articles (those not among `today`'s inputs) that say
    what no article briefed before said (`sent`: every sentence of the articles briefed,
    folded, the day's own included). A copy of the day's articles, re-typed, says
    nothing new; nor does its furniture."""
    return late_lines(briefing, today, sent, language, _tells)


def late_lines(
    briefing: Briefing,
    today: DayRecord,
    sent: Sequence[str],
    language: str,
    kept: Callable[[SentenceRecord], bool] = lambda _: True,
) -> tuple[SentenceRecord, ...]:
    """The sentences of the late articles that no article briefed before said (see
    late_facts), of any length: the lines a late article has of its own, which the
    rebuild may show as it would in a brief of its own. Only `kept` ones (late_facts:
    those that tell a fact)."""
    late = {s.number for s in briefing.sources if s.sha256 not in today.inputs}
    sentences = tuple(s for s in briefing.sentences if s.source in late and kept(s))
    if not sentences:
        return ()
    said = already_sent.near_sent(
        dataclasses.replace(briefing, sentences=sentences), sent, language
    )
    folded = frozenset(sent)
    return tuple(
        s
        for s in sentences
        if text_key(s.text) not in said and already_sent.fold(s.text) not in folded
    )


@dataclass(frozen=True)
class Held:
    """What a later run of the day leaves out of its rebuild, by text_key."""

    bullets: frozenset[str] = frozenset()  # never picked as a bullet
    rows: frozenset[str] = frozenset()  # nor given a row of the tables


def held(
    briefing: Briefing,
    today: DayRecord,
    facts: Sequence[SentenceRecord],
    stale: frozenset[int],
    lines: Sequence[SentenceRecord] = (),
) -> Held:
    """The rebuild's picks are what the day's briefs showed (`today.sentences`) and what
    the late articles say that is new (`facts`): a sentence of the day's articles that
    no brief showed was told as its source, as across days, and a re-typed copy tells
    nothing. A story the late articles bring news to, from a report not older than the
    day's earlier brief (`stale`: dating.stale_sources), tells only that news, in its
    bullets and its tables' rows: the day's earlier mail told the rest. A story they
    bring none to keeps what was shown of it, and its rows. The rows the day's briefs
    showed (`today.rows`) stay whatever story they are of, as their bullets come back
    (keep_told): the day's brief is the archive of record, and an update had lost the
    morning's denial, its rebuttal and their timeline rows to a late wire joining their
    story, while a straggler's quote took their place (r59 S2-8)."""
    news = [s for s in facts if s.source not in stale]
    by = {s.source for s in news}
    owners = told_owners(briefing, today)
    retold = {
        n
        for story in briefing.stories
        if by & set(story.sources)
        # a story that keeps the day's stories apart again (keep_told) retells none of them
        for n in (story.sources if continues(story, owners) else _untold(story, owners))
    }
    told = {text_key(s.text) for s in news}
    facts_told = {text_key(s.text) for s in facts}
    earlier = {s.number for s in briefing.sources if s.sha256 in today.inputs}
    # and a late article's own lines, short ones too (`lines`): a sentence of the day's
    # articles that no brief showed was told as its source, but no brief told the late
    # one. Its dateline ("MINSK, 17 March /BelNews/.") held back had left its news,
    # which opens with a dash after it, no bullet, and the late article in no story
    # of the update (r74 F1).
    picks = frozenset(today.sentences) | facts_told | {text_key(s.text) for s in lines}
    rows = frozenset(
        key
        for s in briefing.sentences
        if s.source in retold
        and (key := text_key(s.text)) not in told
        # the day's earlier articles, and a late one's copies of what they said: a late
        # article's own short line ("Five died.") keeps its row
        and (s.source in earlier or (_tells(s) and key not in facts_told))
    )
    unpicked = {key for s in briefing.sentences if (key := text_key(s.text)) not in picks}
    return Held(bullets=rows | unpicked, rows=rows - frozenset(today.rows))


def row_keys(briefing: Briefing) -> frozenset[str]:
    """The text_key of each sentence a quote, timeline or key-figure row of the brief
    comes from: the rows its reader got, for the day's rebuild to keep."""
    mentions = {
        *(m for quote in briefing.quotes for m in quote.sentences),
        *(event.sentence for event in briefing.timeline),
        *(figure.sentence for figure in briefing.figures),
    }
    return frozenset(
        text_key(s.text) for s in briefing.sentences if Mention(s.source, s.index) in mentions
    )


def shown_rows(briefing: Briefing) -> tuple[str, ...]:
    """Each quote, key figure and timeline row the brief's pages show (the JSON has them
    all; the pages a few of each table, render.view), as `_row_id` names it: the rows
    its reader saw, for the day's rebuild to show again."""
    keys = _sentence_keys(briefing)
    rows: tuple[Quote | Figure | TimelineEvent, ...] = (
        *shown_quotes(briefing.quotes),
        *(figure for figure, _ in shown_figures(briefing)),
        *shown_events(briefing.timeline, story_of_sources(briefing)),
    )
    return tuple(dict.fromkeys(_row_id(row, keys) for row in rows))


def shown_first(briefing: Briefing, today: DayRecord | None) -> Briefing:
    """The rebuild with the rows the day's earlier brief showed (`today.shown`) first in
    each table, in the rebuild's order, and the rest after them: the pages show the first
    few rows of each table (render.view), and a late article's quote, figures and dates
    had taken the places of the morning's (r61 F8: an observer mission's statement had
    put out a minister's quote, two key figures and two dated rows). They fit, as they
    fitted the earlier brief's pages; a late article's rows fill what room is left, and
    the JSON lists them all."""
    if today is None or today.built is None or not today.shown:
        return briefing
    seen = frozenset(today.shown)
    keys = _sentence_keys(briefing)

    def first(rows: Sequence[Row]) -> tuple[Row, ...]:
        return tuple(sorted(rows, key=lambda row: _row_id(row, keys) not in seen))

    return dataclasses.replace(
        briefing,
        quotes=first(briefing.quotes),
        figures=first(briefing.figures),
        timeline=first(briefing.timeline),
    )


def _sentence_keys(briefing: Briefing) -> dict[Mention, str]:
    return {Mention(s.source, s.index): text_key(s.text) for s in briefing.sentences}


def _row_id(row: Quote | Figure | TimelineEvent, keys: Mapping[Mention, str]) -> str:
    """A row by its words and the sentences it comes from, which the rebuild numbers
    anew: "quote", "figure" or "event", the sentences' text_key, the row's words."""
    if isinstance(row, Quote):
        kind, mentions, words = "quote", row.sentences, row.text
    elif isinstance(row, Figure):
        kind, mentions, words = "figure", (row.sentence,), row.text
    else:
        kind, mentions, words = "event", (row.sentence,), row.label
    return "\t".join((kind, *(keys.get(m, "") for m in mentions), text_key(words)))


def told(briefing: Briefing) -> tuple[ToldStory, ...]:
    """The brief's stories as its reader got them, to remember for the day's rebuild."""
    shas = {s.number: s.sha256 for s in briefing.sources}
    return tuple(
        ToldStory(
            id=story.id,
            title=story.title,
            section=story.section,
            sources=tuple(dict.fromkeys(shas[n] for n in story.sources if n in shas)),
            bullets=tuple(dict.fromkeys(bullet_key(b) for b in story.bullets)),
            independent=story.independent,
            actors=story.actors,
            relevance=story.relevance,
            relevant=story.relevant,
            watched=story.watched,
            news=story.news_today,
        )
        for story in briefing.stories
    )


def told_owners(briefing: Briefing, today: DayRecord | None) -> dict[int, ToldStory]:
    """Each source of the rebuild that a story of the day's earlier brief was made from,
    with that story; none on the day's first run."""
    if today is None or today.built is None:
        return {}
    numbers: dict[str, list[int]] = {}
    for source in briefing.sources:
        numbers.setdefault(source.sha256, []).append(source.number)
    owners = {
        n: story for story in today.told for sha in story.sources for n in numbers.get(sha, ())
    }
    # a wire's version that a late one corrects is no report any more: the late one tells
    # its story again (pipeline.versions; the 05:20 vote count corrected, r68 F3)
    # and one its kill notice withdrew is none at all: its story is told without it
    for source in briefing.sources:
        later = source.replaced_by
        if later is not None and source.number in owners:
            owners.setdefault(later, owners.pop(source.number))
        elif source.number in owners and is_taken_back(source):
            del owners[source.number]
    # and a late copy of a report it told (another outlet's copy of one wire text) is its
    # story's, which it adds its outlet to: the trial's late copy of the morning's wire
    # had gone out under a fact check it was grouped with, as what the late articles
    # brought (r70 F18)
    for story in briefing.stories:
        for copy, original in story.copies:
            if original in owners and copy not in owners and copy in story.sources:
                owners[copy] = owners[original]
    return owners


def continues(story: Story, owners: Mapping[int, ToldStory]) -> ToldStory | None:
    """The one story of the day's earlier brief that `story` tells again, all its
    articles and no other told story's; None when it holds none, or several, or a part.
    Such a story keeps the id it was told under (recognition.recognise)."""
    theirs = {owners[n].id: owners[n] for n in story.sources if n in owners}
    if len(theirs) != 1:
        return None
    known = next(iter(theirs.values()))
    mine = {n for n, owner in owners.items() if owner.id == known.id}
    return known if mine <= set(story.sources) else None


def _untold(story: Story, owners: Mapping[int, ToldStory]) -> tuple[int, ...]:
    """The story's sources that no story of the day's earlier brief was made from."""
    return tuple(n for n in story.sources if n not in owners)


def keep_told(briefing: Briefing, today: DayRecord | None) -> Briefing:
    """The rebuild with every story of the day's earlier brief in it, showing at least
    what it showed (its bullets after the late news a story of the rebuild gives).

    A story of the rebuild that tells one earlier story again, all of it, is that story:
    it keeps its bullets and gets back the earlier ones it lost. One that holds several
    earlier stories, or a part of one, is taken apart: each earlier story is told again
    as it was, and what the late articles bring (their sources, their bullets) is a story
    of its own, under a late article's headline. The day's brief is the archive of record
    and its update mail says what the morning's said and what came since: a late report
    that the stories stage read as joining them must not take the morning's stories away.
    """
    owners = told_owners(briefing, today)
    if not owners:
        return briefing
    by_key: dict[str, list[SentenceRecord]] = {}
    for sentence in briefing.sentences:
        by_key.setdefault(text_key(sentence.text), []).append(sentence)
    subjects = _subjects(briefing)
    replacing = _replacing(briefing, owners)
    stories: list[Story] = []
    restored: set[str] = set()
    for story in briefing.stories:
        known = continues(story, owners)
        if known is not None or not any(n in owners for n in story.sources):
            told_again = (
                story if known is None else _with_told(briefing, story, known, by_key, subjects)
            )
            stories.append(told_again)
            continue
        # an earlier story told again as it was shows none of what the rebuild's story,
        # its late reports among its own, makes outdated (a declaration withdrawn since)
        stale = outdated_keys(briefing, story)
        for n in story.sources:
            owner = owners.get(n)
            if owner is not None and owner.id not in restored:
                restored.add(owner.id)
                told_again = _as_told(briefing, owner, owners, by_key, stale)
                stories.append(_with_versions_news(briefing, story, told_again, replacing))
        rest = _late_part(briefing, story, owners)
        if rest is not None:
            stories.append(rest)
    if stories == list(briefing.stories):
        return briefing
    return section_moves.regrouped(briefing, briefing.stories, stories)


def _bullets_of(
    briefing: Briefing,
    known: ToldStory,
    sources: frozenset[int],
    by_key: Mapping[str, Sequence[SentenceRecord]],
    section: str,
    left_out: frozenset[str] = frozenset(),
) -> list[Bullet]:
    """The told story's bullets, found again among the rebuild's sentences (its own
    sources' first), citing each source that carries them; those in `left_out` not. A
    transcript turn's shows its words and its speaker, as the earlier brief did."""
    found = []
    for key in known.bullets:
        records = by_key.get(key, ())
        if key in left_out or not records:
            continue
        first = next((r for r in records if r.source in sources), records[0])
        cited: dict[int, Mention] = {}
        for record in sorted(records, key=lambda r: (r.source != first.source, r.source)):
            cited.setdefault(record.source, Mention(record.source, record.index))
        found.append(
            Bullet(
                text=first.text,
                source=first.source,
                index=first.index,
                score=first.score,
                section=section,
                cited=tuple(cited.values()) if len(cited) > 1 else (),
            )
        )
    return list(turns_spoken(found, briefing.quotes, briefing.sentences))


def _with_told(
    briefing: Briefing,
    story: Story,
    known: ToldStory,
    by_key: Mapping[str, Sequence[SentenceRecord]],
    subjects: Mapping[int, str],
) -> Story:
    """The story under the headline the earlier brief gave it, with the bullets that
    brief showed of it that the rebuild left out after its own (the late news first).
    The rebuild picks a headline among more articles, and the day's story of record had
    gone out under a late release's (r59 S2-8): its reader knows it by the morning's.
    But not by a mail's Subject (`subjects`: the sources titled by one, with it), where
    the rebuild's headline is a published one (compose.titles.headline ranks a Subject
    after every published headline): a morning brief of a partner's confidential mail
    alone was headed by its Subject, which then headed that story of seven reports, six
    of them outlets', in the day's update and its mail (r63 F2)."""
    have = frozenset(bullet_key(b) for b in story.bullets)
    stale = outdated_keys(briefing, story)
    lost = _bullets_of(
        briefing, known, frozenset(story.sources), by_key, story.section, have | stale
    )
    own = {subjects[n] for n in story.sources if n in subjects}
    # overtaken: the late news makes a bullet of the earlier brief outdated, so its
    # headline is no longer the story's (see above); so does a version that replaces
    # the report whose headline it was (r78 F2: "Four aid workers freed" had headed the
    # story its outlet's corrected report, "Three ...", told)
    replaced = {s.title for s in briefing.sources if s.replaced_by is not None and s.title}
    overtaken = (bool(stale & set(known.bullets)) or known.title in replaced) and (
        story.title not in own
    )
    keeps = known.title not in own or story.title in own
    title = known.title if keeps and not overtaken else story.title
    return dataclasses.replace(story, title=title, bullets=(*story.bullets, *lost))


def outdated_keys(briefing: Briefing, story: Story) -> frozenset[str]:
    """The sentences (text_key) of the story that its other reports make outdated
    (pipeline.outdated: a count, a state or a forecast a later report supersedes, an
    event a report calls off), read again off the rebuild: the pipeline keeps them out of
    the rebuild's bullets, and a bullet the earlier brief showed of them is overtaken."""
    from brief.models import Corpus, Document, Sentence, StoryGroup
    from brief.pipeline.outdated import outdated
    from brief.pipeline.superseded.forecasts import passed_forecasts
    from brief.pipeline.superseded.reports import story_reports

    sources = set(story.sources)
    if len(sources) < 2:
        return frozenset()
    documents = tuple(
        Document(source, source.title, ())
        for source in briefing.sources
        if source.number in sources
    )
    unique = [
        Sentence(record.text, record.source, record.index, 0)
        for record in briefing.sentences
        if record.source in sources
    ]
    corpus, groups = Corpus(documents, tuple(unique)), [StoryGroup(tuple(sorted(sources)))]
    found = outdated(corpus, unique, groups)
    # A forecast whose day the story's latest report has reached ("will travel to Warsaw
    # on Wednesday" beside a late report of Wednesday) is outdated by the calendar, not
    # by anything a late report says, and the day's earlier brief was for that same day:
    # the update had dropped the morning's bullet of a mediator's trip for a late report
    # of a consular visit (r74 F16). One a report calls off or moves stays overtaken.
    own, told = story_reports(unique, groups)
    dated = {own[i] for i in passed_forecasts(corpus, told, groups)}
    dated -= found.called_off | found.withdrawn
    return frozenset(text_key(unique[k].text) for k in found.superseded - dated)


def _subjects(briefing: Briefing) -> dict[int, str]:
    """The sources titled by a mail's Subject, with it (`Source.title_is_subject`)."""
    return {s.number: s.title for s in briefing.sources if s.title and s.title_is_subject}


def _as_told(
    briefing: Briefing,
    known: ToldStory,
    owners: Mapping[int, ToldStory],
    by_key: Mapping[str, Sequence[SentenceRecord]],
    left_out: frozenset[str] = frozenset(),
) -> Story:
    """An earlier story of the day as it was told, from its articles in the rebuild, less
    the bullets in `left_out` (outdated since). Its independent reports are the earlier
    brief's, but never more than the reports it has left: a copy a wire killed since is
    no report (told_owners), and a header of one source had said two outlets."""
    sources = tuple(sorted(n for n, owner in owners.items() if owner.id == known.id))
    return Story(
        id=known.id,
        title=known.title,
        sources=sources,
        independent=max(1, min(known.independent, len(sources))),
        section=known.section,
        bullets=tuple(
            _bullets_of(briefing, known, frozenset(sources), by_key, known.section, left_out)
        ),
        actors=known.actors,
        relevance=known.relevance,
        relevant=known.relevant,
        watched=known.watched,
    )


def _replacing(briefing: Briefing, owners: Mapping[int, ToldStory]) -> dict[int, str]:
    """Each source that replaces a report a story of the day's earlier brief was made from
    (a version that corrects it: told_owners gave it that story), with that story's id."""
    return {
        later: owners[later].id
        for source in briefing.sources
        if (later := source.replaced_by) is not None and later in owners
    }


def _with_versions_news(
    briefing: Briefing, story: Story, told: Story, replacing: Mapping[int, str]
) -> Story:
    """An earlier story told again as it was (`_as_told`), with the bullets the rebuild's
    `story` gives of a version that replaces one of its reports first: the version's news
    is the late news of that story, and had been in no story of the update, its report
    counted the morning's (r78 F2: the radio's corrected report, "not four as ...
    reported"). Headed, where the report the version replaces headed it, by the
    version's own headline."""
    mine = {n for n, sid in replacing.items() if sid == told.id}
    if not mine:
        return told
    have = {bullet_key(b) for b in told.bullets}
    news = tuple(b for b in story.bullets if b.source in mine and bullet_key(b) not in have)
    replaced = {s.title for s in briefing.sources if s.replaced_by in mine and s.title}
    own = [s.title for s in briefing.sources if s.number in mine and s.title]
    title = own[0] if told.title in replaced and own else told.title
    return dataclasses.replace(told, title=title, bullets=(*news, *told.bullets))


def _late_part(briefing: Briefing, story: Story, owners: Mapping[int, ToldStory]) -> Story | None:
    """What the late articles bring to a story taken apart: their sources and the
    bullets they give that no earlier story of the day showed, under the story's
    headline if a late article bears it, else under the headline of the article its
    first bullet comes from (or of the first late article with a published headline,
    where that article's is a mail's Subject). None when there is no late article. One
    that gives no bullet is still a story of the brief, listed: every source is in one
    story, and the update's late article had been in none (r74 F1)."""
    late = _untold(story, owners)
    shown = {key for owner in owners.values() for key in owner.bullets}
    bullets = tuple(
        b
        for b in story.bullets
        if bullet_key(b) not in shown
        and {m.source for m in b.cited or (Mention(b.source, b.index),)} & set(late)
    )
    if not late:
        return None
    headlines = {s.number: s.title for s in briefing.sources if s.title}
    title = story.title
    if title not in {headlines.get(n) for n in late}:
        # a published headline before a mail's Subject (see `_with_told`)
        subjects = _subjects(briefing)
        first = (bullets[0].source,) if bullets else ()
        heading = [n for n in (*first, *late) if n in headlines]
        published = [n for n in heading if n not in subjects]
        title = headlines[(published or heading)[0]] if heading else title
    names = " ".join(s.text for s in briefing.sentences if s.source in late)
    return dataclasses.replace(
        story,
        sources=late,
        independent=min(story.independent, len(late)),
        bullets=bullets,
        title=title,
        actors=tuple(a for a in story.actors if a in names),
    )


def _tells(sentence: SentenceRecord) -> bool:
    """Whether a sentence is long enough to tell a fact of its own, and no furniture."""
    return len(sentence.text.split()) >= LATE_FACT_WORDS and not is_furniture(sentence.text)


def late_points(briefing: Briefing, today: DayRecord) -> list[Bullet]:
    """The points a later run of the day would show that the day's brief did not, and that
    a late article brings: a sentence of the morning's own articles the rebuild happens to
    show (a re-typed copy of yesterday's report joins its story and makes room for one
    more bullet) is nothing the late articles say, and sent no second email."""
    shown = frozenset(today.sentences)
    earlier = {s.number for s in briefing.sources if s.sha256 in today.inputs}
    return [
        b
        for b in already_sent.shown_bullets(briefing)
        if bullet_key(b) not in shown
        and not {m.source for m in (b.cited or (Mention(b.source, b.index),))} & earlier
    ]


def repeats_today(briefing: Briefing, today: DayRecord, sent: Sequence[str], language: str) -> bool:
    """Whether a later run of the day would send the day's brief again with nothing to
    add: the same points, and no story but today's and old ones with nothing new (a late
    article that re-types yesterday's). A new story, even one outside the profile, is
    something to tell, and so is a late article's fact no brief has sent (`sent`: every
    sentence of the articles briefed, folded), though its story is only listed."""
    shown = frozenset(today.sentences)
    return (
        today.built is not None
        and not late_points(briefing, today)
        and all(
            story.id in today.stories
            # one listed without a bullet (a late article's part of a story taken apart,
            # _late_part) is news only for a fact no brief has sent (`late_facts` below)
            or not story.bullets
            # one the day's briefs told, under another id (split from a story of theirs)
            or (story.status == "developing" and all(bullet_key(b) in shown for b in story.bullets))
            for story in briefing.stories
        )
        and not late_facts(briefing, today, sent, language)
    )


def news_of_the_day(briefing: Briefing, today: DayRecord | None) -> Briefing:
    """The brief with each story's `news_today`: a point of it is marked new, or the day's
    earlier brief told news of it (its told story's `news`). A later run of the day marks
    new only what came since the morning, and the morning's news of a developing story
    had read as nothing new: the update's print listed a re-arrest it told in full that
    morning one line, beside a film festival (r76 F18)."""
    owners = told_owners(briefing, today)
    stories = tuple(
        dataclasses.replace(
            story,
            news_today=any(b.new for b in story.bullets)
            or any(owners[n].news for n in story.sources if n in owners),
        )
        for story in briefing.stories
    )
    return dataclasses.replace(briefing, stories=stories)
