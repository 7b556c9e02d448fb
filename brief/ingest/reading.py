"""Reading every input of a brief: each file once, numbered in the order given, a bad
file in a folder skipped with a warning and a bad file named alone an error.

A morning's inbox is a thousand files, and reading them (decoding, layout, and the
language each looks like) took 0.7 s before anything else could start. Files are read
independently, so from `READ_BESIDE_FROM` on, the last ones are read in a child process
beside this one (`brief.limits.Beside`) and come back pickled, documents, errors and
warnings in order: what a user sees is what a reading in one process gives, warnings
and all, and a child that fails costs time, never a file.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from brief.errors import InputError, NoInputError
from brief.ingest import Input, ingest
from brief.limits import Beside
from brief.models import Document
from brief.options import Options

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # (done, total, label)

# Files from which the last ones are read in a child: forking and sending the documents
# back cost about 0.1 s of the child's time; reading a file costs 0.7 ms.
READ_BESIDE_FROM = 100
# The child's share of the bytes: it starts 0.05-0.07 s after this process (the fork,
# and multiprocessing's import, which the extraction child needs anyway) and pickles
# its documents (0.02 s). 1,000 articles, reading and detecting their language: 0.59-0.79 s
# in one process, 0.43-0.51 s in two (at half, this process waited for the child).
CHILD_SHARE = 0.4


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
    cut = _halfway(items, firsts) if len(firsts) >= READ_BESIDE_FROM else len(firsts)
    later = [items[k] for k in firsts[cut:]]

    def read_later() -> list[_Read]:
        return [_read_kept(item, n, options) for n, item in enumerate(later, cut + 1)]

    documents: list[Document] = []
    reads = {k: n for n, k in enumerate(firsts)}
    with Beside(read_later, what="reading", parallel=bool(later)) as beside:
        taken: list[_Read] = []
        for done, item in enumerate(items, 1):
            n = reads.get(done - 1)
            if n is not None and n < cut:
                _take(_read(item, len(documents) + 1, options), item, documents)
            elif n is not None:
                if not taken:
                    taken = beside.result(read_later)[::-1]
                read = taken.pop()
                for record in read.said:
                    logging.getLogger(record.name).handle(record)
                _take(read, item, documents)
            if progress:
                progress(done, len(items), item.path)
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


def _halfway(items: Sequence[Input], firsts: Sequence[int]) -> int:
    """Where the files to read are split, by their sizes (see CHILD_SHARE)."""
    sizes = [_size(items[k]) for k in firsts]
    here, total = sum(sizes) * (1 - CHILD_SHARE), 0
    for n, size in enumerate(sizes):
        total += size
        if total >= here:
            return n + 1
    return len(firsts)


def _size(item: Input) -> int:
    """An input's size, 0 for a file that cannot be asked (reading it will say why)."""
    if item.data is not None:
        return len(item.data)
    try:
        return os.path.getsize(item.path)
    except OSError:
        return 0


def _read(item: Input, number: int, options: Options) -> _Read:
    """The document, and the language it looks like (either process finds it as it reads:
    the split stays even)."""
    try:
        document = ingest(item, number, options)
    except (InputError, NoInputError) as exc:
        return _Read(None, exc)
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


def _take(read: _Read, item: Input, documents: list[Document]) -> None:
    if read.error is not None:
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
