"""Execute a daily run's plan: build -> write -> queue -> save state -> archive -> send.

What a re-run after a kill at each point does:

    lock            a second run (or a `brief send`) exits 75 (BusyError), never races
    build + write   outputs are written atomically; the re-run rebuilds the same brief
    queue mail      one message per recipient, Message-ID from (date, inputs, recipient):
                    the re-run queues onto the same files, never a second copy
    save state      from here the day's inputs are known: the re-run does not rebuild
    archive inputs  hard link, then unlink: the re-run finishes the moves
    send            outbox -> server 250 -> sent.log (fsynced) -> sent box; the re-run
                    sends what is left and moves what the log says was sent
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from brief.collect import fetch_feeds, fetched_after, known_problems, updated_in_place
from brief.compose.titles import digest_title
from brief.config import Config, MailConfig
from brief.daily import late, planning, withdrawals
from brief.daily import state as saved
from brief.daily.archive import archive, destinations, sha256
from brief.daily.dating import stale_sources
from brief.daily.novelty import already_sent, corrections, recognition, wire_versions
from brief.deliver import mail as mailer
from brief.deliver.flush import CHECKPOINT, flush
from brief.deliver.outbox import Outbox, group_name
from brief.deliver.send import queue_brief
from brief.errors import DeliveryError, InputError, NoInputError, OutputError
from brief.ingest import ingest
from brief.models import Briefing, Document
from brief.options import Options
from brief.output import write_atomic
from brief.pipeline import Progress, brief_documents, check_options
from brief.profiles import load_profile
from brief.render import render

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Report:
    """What a run did."""

    date: str
    articles: tuple[Path, ...] = ()  # new articles found in the inbox
    built: bool = False
    outputs: tuple[Path, ...] = ()
    rejected: tuple[Path, ...] = ()
    archived: tuple[Path, ...] = ()
    queued: tuple[str, ...] = ()  # recipients a message was queued for
    sent: tuple[str, ...] = ()  # Message-IDs the server accepted this run
    failed: tuple[str, ...] = ()  # "Message-ID to recipient: reason", moved to failed/
    waiting: int = 0  # messages still in the outbox after the run
    briefing: Briefing | None = None  # the brief built, with stories marked


def plan(config: Config, *, now: datetime | None = None) -> planning.Plan:
    """What a run would do now (`--dry-run`): every check of a real run, no change; and
    what the last fetch left to tell (feeds failing, articles waiting for their page)."""
    work = planning.make(config, _clock(config, now))
    return dataclasses.replace(work, feed_problems=known_problems(config) if config.feeds else ())


def run(
    config: Config,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Report:
    """Plan, then execute the plan under the lock. Raises BusyError if another run is active.

    Errors in sending are raised after everything else is done and saved, so a bad
    mail server never costs the brief or the archive.
    """
    clock = _clock(config, now)
    # every check, before anything is written (quiet: the build says what reading says)
    first = planning.make(config, clock, quiet=True)
    for folder in first.create:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create folder: {exc.strerror}", str(folder)) from None
    outbox = Outbox(config.require_daily().state)
    outbox.create()
    with outbox.lock():
        _checkpoint("locked")
        # Feeds first: their new articles land in the inbox this run briefs.
        health = _fetch(config, clock)
        # Planned again under the lock: a run that finished in between changed the state.
        work = planning.make(config, clock, quiet=True)
        return execute(work, config, outbox, progress, health)


def _fetch(config: Config, clock: datetime) -> tuple[str, ...]:
    """Fetch the feeds; the health note's lines (the brief ends with them). Each is also a
    warning, on stderr and in the log: a feed failing, or an article waiting for its page,
    reaches cron, though the run goes on and exits 0 (as `brief fetch` prints them)."""
    if not config.feeds:
        return ()
    report = fetch_feeds(config, now=clock)
    for line in report.updates():
        log.info("feed %s", line)
    health = report.health()
    for line in health:
        log.warning("feed %s", line)
    return health


def _marked(
    briefing: Briefing,
    state: saved.State,
    date: str,
    options: Options,
    updates: frozenset[str],
    published: frozenset[str] = frozenset(),
) -> tuple[Briefing, dict[str, saved.StoryRecord]]:
    """The brief with its new points and its stories' status (new, developing), and the
    stories to remember; the profile reads today's headlines where a developing story
    keeps its section (section_moves.keep_section)."""
    language, profile = options.language, load_profile(options.profile)
    previous = state.previous(date)
    briefing = already_sent.mark_new(
        briefing,
        frozenset(previous.sentences) if previous else None,
        frozenset(previous.seen) if previous else frozenset(),
        _older(briefing, state, date, updates, published),
        wire_versions.restated(briefing, state, date),
    )
    briefing, remembered = recognition.recognise(briefing, state, date, language, profile)
    return late.news_of_the_day(briefing, state.day(date)), remembered


def _older(
    briefing: Briefing,
    state: saved.State,
    today: str,
    updates: frozenset[str],
    published: frozenset[str] = frozenset(),
) -> frozenset[int]:
    """The brief's sources older than the brief its reader already has (dating): on a
    later run of the day, an article that arrived since the day's earlier brief is what
    came since, whatever its dateline; and an item updated in place (`updates`: the file
    names the fetch wrote them under, collect.updated_in_place) is what it adds today; an
    article its feed first listed after the previous brief of an earlier day (`published`:
    file names, collect.fetched_after) is no older than that brief."""
    previous = state.previous(today)
    earlier = frozenset(previous.inputs) if previous is not None else frozenset()
    updated = frozenset(s.number for s in briefing.sources if Path(s.path).name in updates)
    return stale_sources(
        briefing,
        today,
        state.previous_day(today),
        earlier,
        updated,
        frozenset(s.number for s in briefing.sources if Path(s.path).name in published),
    )


def _as_mailed(state: saved.State, work: planning.Plan, outbox: Outbox) -> saved.State:
    """The state as the reader of the day's mail has it. A later run of the day whose
    latest brief went to no one, its mail still waiting in the outbox (the mail server
    was down), replaces that message unsent, so the rebuild is built and marked against
    the day's latest brief that went out (`mailed`), or, where none did, as the day's
    first run would have been: from all the day's articles, against the day before's
    brief, and never "an update of the brief sent earlier today". The trial's evening
    mail, after a morning with the server down, had told the day's lead news nowhere (r78
    F3). A brief sent to one recipient at least counts as sent: the attachment is one for
    all. The articles the day set aside stay listed."""
    record = state.day(work.date)
    if record is None or record.built is None or work.mail is None or not work.recipients:
        return state
    # its messages: one a recipient, each named by the brief's inputs (_queue)
    latest = {_daily_id(work.mail, work, record.inputs, rcpt) for rcpt in work.recipients}
    waiting = {q.message_id for q in outbox.pending()}
    if not latest & waiting or latest & outbox.sent_ids():
        return state  # sent (to one recipient at least), or never queued
    base = record.mailed
    if base is None and outbox.went_out(group_name(work.date, r) for r in work.recipients):
        return state  # (a state file from before `mailed` was kept: the latest it knows)
    log.info("the day's latest brief was never sent; this one replaces it")
    first = base if base is not None else saved.DayRecord()
    return state.with_day(
        work.date,
        dataclasses.replace(first, rejected=record.rejected, set_aside=record.set_aside),
    )


def _used_too(record: saved.DayRecord, used: tuple[str, ...]) -> saved.DayRecord:
    """The day's record with these articles among its inputs: used, briefed or not."""
    return dataclasses.replace(record, inputs=tuple(sorted({*record.inputs, *used})))


def _clock(config: Config, now: datetime | None) -> datetime:
    return now or config.options.now or datetime.now().astimezone()


def execute(
    work: planning.Plan,
    config: Config,
    outbox: Outbox,
    progress: Progress | None,
    feed_health: tuple[str, ...] = (),
) -> Report:
    """Do the plan; the caller holds the lock. `feed_health` ends the brief: the feeds
    that failed this run."""
    report = Report(
        date=work.date, articles=work.fresh, outputs=work.outputs, rejected=tuple(work.unreadable)
    )
    for path, why in work.unreadable.items():
        log.warning("%s: %s; moving it to the archive's rejected folder", path, why)
    for path, why in work.held.items():  # (brief.ingest.embargoes)
        log.info("%s: %s: waits in the inbox for the first run after it", path, why)
    state = work.state
    planned = None
    if work.builds:
        state = _as_mailed(state, work, outbox)
        # A daily brief is the profile's for the day, however many stories came in: one
        # article's lead as the title (and the e-mail subject) would change with the count.
        title = config.options.title or digest_title(
            load_profile(config.options.profile).title, work.now.date()
        )
        options = dataclasses.replace(config.options, now=work.now, title=title)
        candidates = list(dict.fromkeys([*work.earlier, *work.fresh]))
        updates = updated_in_place(config)
        last = state.previous(work.date)
        published = (
            fetched_after(config, last.built)
            if last is not None and last.built and state.previous_day(work.date) != work.date
            else frozenset()
        )
        briefing, used, unbuilt = _build(
            candidates, options, state, work.date, progress, updates, published
        )
        if briefing is not None:  # a later run of the day: the stories it told stay told
            briefing = late.keep_told(briefing, state.day(work.date))
        report = dataclasses.replace(report, rejected=(*report.rejected, *unbuilt))
        planned = _archive_plan(work, report.rejected)
        rejected = {**work.unreadable, **unbuilt}
        used_shas = tuple(sorted({work.shas.get(p) or sha256(p) for p in used}))
        record = _with_rejected(state.day(work.date), work.shas, rejected, planned)
        # the day's latest brief, whose mail goes out now if it has not (_as_mailed):
        # the day's record when this run sends no brief
        latest = _with_rejected(work.state.day(work.date), work.shas, rejected, planned)
        # a brief with no new point is still sent for what it takes back that the day's
        # briefs did not say (a kill notice of yesterday's story, alone in the inbox)
        fresh = briefing is not None and (
            bool(already_sent.bullet_keys(briefing))
            or withdrawals.says_more(briefing, state.day(work.date))
        )
        marked = (
            _marked(briefing, state, work.date, config.options, updates, published)
            if briefing is not None and fresh
            else None
        )
        if briefing is not None and not fresh:
            log.info("nothing new: every sentence was in an earlier brief; no brief today")
            record = _used_too(latest, used_shas)
        elif (
            marked is not None
            and not withdrawals.says_more(marked[0], record)
            and late.repeats_today(
                marked[0],
                record,
                (*state.seen_before(work.date), *record.seen),
                config.options.language,
            )
        ):
            log.info("nothing new since today's brief; it is not sent again")
            record = _used_too(latest, used_shas)
        elif marked is not None:
            briefing, stories = marked
            briefing = dataclasses.replace(
                # the rows the day's earlier brief showed stay on its pages
                late.shown_first(briefing, record),
                feed_health=feed_health,
                set_aside=record.set_aside,
                # a later run of the day: its brief updates the one it made earlier, and
                # says so in its JSON, which `brief send` reads its subject from
                update_of=record.built,
            )
            _write_outputs(briefing, work.outputs, options, progress, planned)
            _checkpoint("written")
            digest = mailer.digest(briefing, work.date)
            queued = _queue(config.mail, outbox, digest, work, used_shas, options)
            _checkpoint("queued")
            report = dataclasses.replace(report, built=True, queued=queued, briefing=briefing)
            record = dataclasses.replace(
                record,
                inputs=used_shas,
                outputs=tuple(str(p) for p in work.outputs),
                # what the day's briefs showed, each of them: a later run of the day
                # picks from these (late.held), and marks new none of them
                sentences=tuple(sorted({*record.sentences, *already_sent.shown_keys(briefing)})),
                seen=already_sent.seen(briefing),
                stories=recognition.story_ids(briefing),
                told=late.told(briefing),
                rows=tuple(sorted({*record.rows, *late.row_keys(briefing)})),
                shown=late.shown_rows(briefing),
                headlines=tuple(
                    sorted({*record.headlines, *wire_versions.shown_headlines(briefing)})
                ),
                withdrawn=tuple(
                    sorted({*record.withdrawn, *withdrawals.said_keys(briefing.withdrawn)})
                ),
                new=digest.new,
                built=work.now.isoformat(timespec="seconds"),
                # what this brief was built against, if its reader got it (_as_mailed)
                mailed=dataclasses.replace(record, mailed=None) if record.built else None,
            )
            state = state.with_stories(stories)
        _save_day(config, state, work.date, record)
    elif work.unreadable:
        log.info("no readable new articles; no brief")
        planned = _archive_plan(work, report.rejected)
        record = _with_rejected(state.day(work.date), work.shas, work.unreadable, planned)
        _save_day(config, state, work.date, record)
    elif work.repeats:
        log.info(
            "%d article(s) already briefed on an earlier day; archiving them, no brief",
            len(work.repeats),
        )
    elif work.articles:
        log.info("%d article(s) already used today; archiving them", len(work.articles))
    else:
        log.info("no new articles in the inbox")

    planned = _archive_plan(work, report.rejected) if planned is None else planned
    archived = tuple(archive(p, planned[p]) for p in work.articles)
    _checkpoint("archived")

    sent, failed, error = _flush(config.mail, outbox, work.now, progress)
    report = dataclasses.replace(
        report,
        archived=archived,
        sent=tuple(sent),
        failed=tuple(failed),
        waiting=len(outbox.pending()),
    )
    earlier_refusals = len(outbox.refused()) - len(failed)
    if earlier_refusals > 0:
        log.error(
            "%d message(s) refused earlier wait in %s; %s",
            earlier_refusals,
            outbox.failed,
            planning.RETRY_HELP,
        )
    if error is not None:
        raise error
    if failed:
        raise DeliveryError(
            f"{len(failed)} message(s) refused for good and moved to {outbox.failed}: "
            + "; ".join(failed)
        )
    return report


# -- the steps -------------------------------------------------------------------------------


def _with_rejected(
    record: saved.DayRecord | None,
    shas: Mapping[Path, str],
    rejected: Mapping[Path, str],
    archived: Mapping[Path, Path],
) -> saved.DayRecord:
    """The day's record (a new one if none), with these articles set aside too (`rejected`:
    each with why), each named as the day's brief lists it: the name it is archived
    under in rejected/, and why (r46 L6: a rejected file had been said on stderr only)."""
    record = record or saved.DayRecord()
    found = {shas[p] for p in rejected if p in shas}
    lines = (f"{archived.get(p, p).name}: {why}" for p, why in rejected.items())
    return dataclasses.replace(
        record,
        rejected=tuple(sorted({*record.rejected, *found})),
        set_aside=tuple(dict.fromkeys([*record.set_aside, *lines])),
    )


def _save_day(config: Config, state: saved.State, day: str, record: saved.DayRecord) -> None:
    """The state file, with the day's record."""
    saved.save(config.require_daily().state / "state.json", state.with_day(day, record), day)
    _checkpoint("saved")


def _checkpoint(name: str) -> None:
    """A step done, in the debug log: where an interrupted run stopped, for whoever reads
    the log file a week later."""
    log.debug(CHECKPOINT, name)


def _build(
    paths: list[Path],
    options: Options,
    state: saved.State,
    today: str,
    progress: Progress | None,
    updates: frozenset[str] = frozenset(),
    published: frozenset[str] = frozenset(),
) -> tuple[Briefing | None, list[Path], dict[Path, str]]:
    """Build from every readable article; an unreadable one is set aside (with why), not
    fatal.

    One broken file in the inbox must not stop the brief every morning from now on.
    Nothing sent on an earlier day (novelty) is picked again, nor printed in the tables.
    """
    sent = state.sent_before(today)
    earlier = state.seen_before(today)
    record = state.day(today)
    rejected: dict[Path, str] = {}
    todo = list(paths)
    check_options(options)
    read: dict[Path, Document] = {}
    while todo:
        if progress:
            progress(0, 1, f"building from {len(todo)} article(s)")
        try:
            documents = _read_once(todo, options, read)
            # a kill notice alone (its story went out in an earlier brief): nothing to
            # brief but what it takes back, which its reader must be told
            notices = withdrawals.notices_only(
                documents, options, load_profile(options.profile).name, state, today
            )
            if notices is not None:
                return notices, todo, rejected
            briefing = brief_documents(documents, options, sent=sent)
            # Built again, once, when the first build shows that it must be: a re-typed
            # copy of a sentence sent earlier is no news either (found by the dedupe
            # stage's test on the day's sentences, and kept out as the exact ones are),
            # and a developing story keeps its section though the profile would leave it
            # out today, so its quotes, figures and actors are in the tables too. (The
            # stories do not depend on what was sent: the first build's are the second's.)
            # A later run of the day picks from what the day's last brief showed and
            # what its late articles bring, and a story they bring news to tells that
            # news: the day's earlier mail told the rest (late.held).
            # A straggler (a report older than the reader's last brief) tells its story
            # after the day's reports (dating.stale_sources, read off the stories).
            copies = already_sent.near_sent(briefing, earlier, options.language) - sent
            kept = recognition.kept_sections(
                briefing, state, today, options.language, load_profile(options.profile)
            )
            held = _held(briefing, record, state, today, options.language, updates)
            older = _older(briefing, state, today, updates, published)
            # A story of stragglers only that its reader was told from a later report
            # is overtaken: it tells nothing (recognition.overtaken).
            overtaken = recognition.overtaken(briefing, state, today, older, options.language)
            if copies or kept or held.bullets or older:
                sent |= copies | held.rows | overtaken
                briefing = brief_documents(
                    documents,
                    options,
                    sent=sent | held.bullets,
                    developing=kept,
                    background=older,
                )
        except (InputError, NoInputError) as exc:
            bad = next((p for p in todo if str(p) == exc.path), None)
            if bad is None:
                raise
            log.warning("%s; moving it to the archive's rejected folder", exc)
            rejected[bad] = exc.message
            todo.remove(bad)
            continue
        if progress:
            progress(1, 1, "built")
        briefing = dataclasses.replace(
            already_sent.without_sent(briefing, sent, earlier, options.language),
            withdrawn=corrections.withdrawn_since(
                briefing, earlier, state.rows_before(today), options.language
            )
            + corrections.corrected_since(briefing, state, today, options.language)
            + wire_versions.taken_back_whole(briefing, state, today),
        )
        return briefing, todo, rejected
    log.warning("no readable articles; no brief today")
    return None, [], rejected


def _read_once(paths: list[Path], options: Options, read: dict[Path, Document]) -> list[Document]:
    """The articles' documents, numbered in order, each file read once in a run (`read`
    keeps them): a run builds twice, and again without an article it cannot read, and
    each read had said a file's warning again ("dropped 1 unbroken string", r47 L3)."""
    documents = []
    for number, path in enumerate(paths, 1):
        if path not in read:
            read[path] = ingest(str(path), number, options)
        document = read[path]
        if document.source.number != number:
            document = dataclasses.replace(
                document, source=dataclasses.replace(document.source, number=number)
            )
        documents.append(document)
    return documents


def _held(
    briefing: Briefing,
    record: saved.DayRecord | None,
    state: saved.State,
    today: str,
    language: str,
    updates: frozenset[str],
) -> late.Held:
    """What a later run of the day leaves out of its rebuild (late.held); nothing on the
    day's first run."""
    if record is None or record.built is None:
        return late.Held()
    sent = (*state.seen_before(today), *record.seen)
    facts = late.late_facts(briefing, record, sent, language)
    lines = late.late_lines(briefing, record, sent, language)
    return late.held(briefing, record, facts, _older(briefing, state, today, updates), lines)


def _archive_plan(work: planning.Plan, rejected: Iterable[Path]) -> dict[Path, Path]:
    """Where each article in the inbox goes: today's archive, or its rejected/ folder."""
    set_aside = set(rejected)
    return destinations(
        [(p, work.archive / ("rejected" if p in set_aside else "")) for p in work.articles]
    )


def _write_outputs(
    briefing: Briefing,
    outputs: tuple[Path, ...],
    options: Options,
    progress: Progress | None,
    archived: Mapping[Path, Path],
) -> None:
    for i, path in enumerate(outputs):
        if progress:
            progress(i, len(outputs), f"rendering {path.name}")
        shown = _found_from(briefing, archived, path.parent) if path.suffix == ".json" else briefing
        write_atomic(path, render(shown, path.suffix[1:], options))
        log.info("wrote %s", path)
    if progress:
        progress(len(outputs), len(outputs), "rendered")


def _found_from(briefing: Briefing, archived: Mapping[Path, Path], folder: Path) -> Briefing:
    """The brief with each source's path where the file is once the run is over (the
    inbox is emptied into the archive after the brief is written), relative to `folder`,
    the JSON's own: a dashboard beside the outputs links to it as it would a page's
    relative link, wherever the run was started from (r45 M9)."""
    sources = tuple(
        dataclasses.replace(
            source,
            path=Path(
                os.path.relpath(archived.get(Path(source.path), Path(source.path)), folder)
            ).as_posix(),
        )
        for source in briefing.sources
    )
    return dataclasses.replace(briefing, sources=sources)


def _queue(
    mail: MailConfig | None,
    outbox: Outbox,
    digest: mailer.Digest,
    work: planning.Plan,
    input_shas: tuple[str, ...],
    options: Options,
) -> tuple[str, ...]:
    if mail is None or not work.recipients or work.attach is None:
        return ()
    attachment = next(p for p in work.outputs if p.suffix == f".{work.attach}")
    data = attachment.read_bytes()
    queued = []
    for rcpt in work.recipients:
        msgid = _daily_id(mail, work, input_shas, rcpt)
        written = queue_brief(
            outbox,
            digest,
            mail,
            recipient=rcpt,
            msgid=msgid,
            group=group_name(work.date, rcpt),
            now=work.now,
            options=options,
            attachment=attachment,
            data=data,
        )
        if written is not None:  # None: sent by an earlier run
            queued.append(rcpt)
    return tuple(queued)


def _daily_id(mail: MailConfig, work: planning.Plan, inputs: Iterable[str], rcpt: str) -> str:
    """The Message-ID of the day's brief made from these articles (SHA-256) for one
    recipient: the same brief queued again lands on the same message."""
    return mailer.message_id(["daily", work.date, work.attach or "", *inputs], rcpt, mail.sender)


def _flush(
    mail: MailConfig | None,
    outbox: Outbox,
    now: datetime,
    progress: Progress | None,
) -> tuple[list[str], list[str], Exception | None]:
    """Send everything in the outbox, `brief send`'s leftovers too (same lock, same boxes)."""
    waiting = outbox.pending()
    if not waiting:
        return [], [], None
    if mail is None:
        log.warning("%d message(s) in %s but no [mail] settings", len(waiting), outbox.outbox)
        return [], [], None
    done = flush(waiting, outbox, mail, now, on_refused=outbox.mark_failed, progress=progress)
    failed = [f"{r.item.message_id} to {r.recipient}: {r.error}" for r in done.refused]
    return [q.message_id for q in done.sent], failed, done.error
