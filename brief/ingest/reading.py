"""Reading every input of a brief: each file once, numbered in the order given, a bad
file in a folder skipped with a warning and a bad file named alone an error.

A morning's inbox is a thousand files, and reading them (decoding, layout, and the
language each looks like) took 0.7 s before anything else could start. Files are read
independently, so from `READ_BESIDE_FROM` on they are read in parts in two processes: a
child (`brief.limits.Beside`) reads from the first part on and sends its documents back
pickled, documents, errors and warnings in order; this process reads from the last part
back until the two meet (`PART_FILES`). What a user sees is what a reading in one process
gives, warnings and all, and a child that fails costs time, never a file.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial

from brief.errors import EmbargoError, InputError, NoInputError
from brief.ingest import Input, ingest
from brief.ingest.embargoes import held_at
from brief.limits import SHARED_WORKS, Beside
from brief.models import Document
from brief.options import Options

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # (done, total, label)

# Files from which they are read in two processes: forking and sending the documents
# back cost about 0.1 s of the child's time; reading a file costs 0.7 ms.
READ_BESIDE_FROM = 100
# Files a part: the two processes meet within one part's reading (about 0.02 s). A fixed
# share of the bytes had left this process the longer by 0.35 s of CPU of 1,000 articles
# (0.72 s against the child's 0.37 s at 60% of the bytes here): what a file's reading
# loads the first time it is needed (the actors' modules, 0.09 s, for segment's test of
# a run of initials) is met by one process or the other, as the files fall.
PART_FILES = 20


@dataclass(frozen=True)
class _Read:
    """One file read: its document or why it could not be, and what was logged meanwhile
    (in a child, kept to be said here in turn)."""

    document: Document | None
    error: InputError | NoInputError | None
    said: tuple[logging.LogRecord, ...] = ()


class _Keep(logging.Handler):
    """Keeps the records logged while a file is read, their messages made: the child's
    own stderr would interleave them with this process's."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        record.msg, record.args, record.exc_info = record.getMessage(), None, None
        self.records.append(record)


def ingest_all(
    items: Sequence[Input], options: Options, progress: Progress | None = None
) -> list[Document]:
    """The documents of `items`, numbered from 1. A file named twice (or a folder and a
    file in it) is read once; another file with the same bytes is another source of one
    text, which the stories stage counts as a copy."""
    firsts = _first_namings(items)
    embargoed: list[EmbargoError] = []
    if len(firsts) < READ_BESIDE_FROM:
        documents: list[Document] = []
        reads = set(firsts)
        for done, item in enumerate(items, 1):
            if done - 1 in reads:
                _take(_read(item, len(documents) + 1, options), item, documents, embargoed)
            if progress:
                progress(done, len(items), item.path)
    else:
        documents = _in_two(items, firsts, options, progress, embargoed)
    return _left_out(documents, embargoed)


def _left_out(documents: list[Document], embargoed: list[EmbargoError]) -> list[Document]:
    """The documents, each input still under embargo left out with a warning, "PATH:
    embargoed until 2029-03-11 06:00 UTC: left out", named alone or in a folder: its
    copy is no bad file, and the rest is briefed. Where nothing else is left, the first
    is the error (a batch skips such a file)."""
    if embargoed and not documents:
        raise embargoed[0]
    for left in embargoed:
        log.warning("%s", left)
    return documents


def _in_two(
    items: Sequence[Input],
    firsts: Sequence[int],
    options: Options,
    progress: Progress | None,
    embargoed: list[EmbargoError],
) -> list[Document]:
    """`ingest_all` in two processes: the child reads the parts from the second on, this
    one from the last back (`Beside.result` takes from the child what it has made or is
    on). The first part is read here before the child is forked, so what reading loads
    once (Punkt's model, the furniture's patterns: 0.06 s of CPU) is loaded once for
    both. Every read keeps what it logs, said here in the files' order."""
    size = max(PART_FILES, -(-len(firsts) // SHARED_WORKS))  # (a part each the child can skip)
    numbered = list(enumerate(firsts))
    parts = [numbered[at : at + size] for at in range(0, len(numbered), size)]
    done = 0

    def read(part: Sequence[tuple[int, int]]) -> list[_Read]:
        # (numbered as if every file before it can be read: see `_take`)
        return [_read_kept(items[k], n + 1, options) for n, k in part]

    def tell(part: Sequence[tuple[int, int]]) -> None:
        nonlocal done
        done += len(part)
        if progress:
            progress(done, len(firsts), items[part[-1][1]].path)

    made = {0: read(parts[0])}
    tell(parts[0])
    works = [partial(read, part) for part in parts[1:]]
    with Beside(*works, what="reading") as beside:
        for at in range(len(works), 0, -1):
            made[at] = beside.result(works[at - 1])
            tell(parts[at])
    reads = dict(zip(firsts, (one for at in range(len(parts)) for one in made[at]), strict=True))
    documents: list[Document] = []
    for k, item in enumerate(items):
        if (read_one := reads.get(k)) is not None:
            for record in read_one.said:
                logging.getLogger(record.name).handle(record)
            _take(read_one, item, documents, embargoed)
    return documents


def _first_namings(items: Sequence[Input]) -> list[int]:
    """The positions of the items read: the first naming of each file."""
    seen: set[str] = set()
    firsts = []
    for k, item in enumerate(items):
        if item.data is not None:  # read by the caller: no file to name twice
            firsts.append(k)
            continue
        where = os.path.realpath(item.path)
        if where not in seen:
            seen.add(where)
            firsts.append(k)
    return firsts


def _read(item: Input, number: int, options: Options) -> _Read:
    """The document, and the language it looks like (either process finds it as it reads:
    the split stays even)."""
    try:
        document = ingest(item, number, options)
    except (InputError, NoInputError) as exc:
        return _Read(None, exc)
    source = document.source
    held = held_at(source.embargo, source.embargo_until, options.now or datetime.now(UTC))
    if held is not None:  # not before the run's clock passes its embargo
        return _Read(None, EmbargoError(f"{held}: left out", source.path))
    _ = document.looks_like
    return _Read(document, None)


def _read_kept(item: Input, number: int, options: Options) -> _Read:
    """`_read`, with what it logs kept. `number` is the document's if every file before
    it can be read (see `_take`)."""
    keep = _Keep()
    root = logging.getLogger()
    handlers, root.handlers = root.handlers, [keep]
    try:
        read = _read(item, number, options)
    finally:
        root.handlers = handlers
    return replace(read, said=tuple(keep.records))


def _take(
    read: _Read, item: Input, documents: list[Document], embargoed: list[EmbargoError]
) -> None:
    if isinstance(read.error, EmbargoError):
        embargoed.append(read.error)  # (said once every file is read: `_left_out`)
    elif read.error is not None:
        if not item.in_folder:
            raise read.error
        # one bad file in a folder spoils nothing else; said as every skip is, "PATH:
        # skipped: reason" (brief.batch.Skipped)
        error = read.error
        log.warning("%s: skipped: %s", error.path or item.path, error.message)
    elif read.document is not None:
        document, number = read.document, len(documents) + 1
        if document.source.number != number:  # a file before it could not be read
            document = replace(document, source=replace(document.source, number=number))
        documents.append(document)
