"""Forked children that report their results through a pipe, and time limits.

Two reasons to fork. A risky step (the PDF render) runs in a child with a memory cap
and a deadline: a crafted input can make a layout engine loop for minutes or eat all
memory, and in a child that ends in a one-line error instead of a hung or killed
`brief`. And a long step that does not need the rest runs beside it on the other core
(`Beside`): a brief's actors, quotes and figures while this process ranks. Fork is cheap: the
child inherits what is imported and loaded, and the data it works on, so nothing is
pickled on the way in. Where fork does not exist, the work runs in-process.

Every child is made the same way (`_fork`): it ignores Ctrl-C (the parent ends it), dies
with its parent, closes the parent's sockets, and leaves by `os._exit`, so it never
flushes or runs at exit anything it inherited. The parent ends and reaps it on every
path, whatever the parent is interrupted by.

`Ahead` forks the render child before its work is known, so it imports what the work
needs while this process reads and ranks; `time_limit` stops pure-Python work with a
SIGALRM timer (main thread only).
"""

from __future__ import annotations

import collections
import contextlib
import functools
import logging
import mmap
import os
import pickle
import signal
import stat
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from brief.errors import BriefError, InputError

if TYPE_CHECKING:  # multiprocessing is imported when a child is forked: a small brief forks none
    import multiprocessing.context
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

log = logging.getLogger(__name__)

DEFAULT_MEMORY = 2 * 1024**3  # bytes the child may add to what it inherits
PR_SET_PDEATHSIG = 1  # Linux prctl(2): the signal a process gets when its parent dies

T = TypeVar("T")
D = TypeVar("D")
# Beside.ahead's works on their data, given how to receive what the parent sends next.
_WorksOn = Callable[[D, Callable[[], Any]], Sequence[Callable[[], object]]]


def can_fork() -> bool:
    """Fork exists here, and this process may have children (a Pool's workers are
    daemons, which multiprocessing forbids to start any)."""
    if not hasattr(os, "fork"):
        return False
    import multiprocessing

    return not multiprocessing.current_process().daemon


def _forking() -> multiprocessing.context.ForkContext:
    import multiprocessing

    return multiprocessing.get_context("fork")


def _fork(target: Callable[..., None], *args: object) -> tuple[Connection, BaseProcess]:
    """A child running `target(sender, *args)`; this process keeps the receiving end.

    Only the child holds the sending end, so its death shows here as end-of-file."""
    ctx = _forking()
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_in_child, args=(os.getpid(), target, sender, *args), daemon=True)
    child.start()
    sender.close()
    return receiver, child


def _in_child(parent: int, target: Callable[..., None], *args: object) -> None:
    """What every child does first and last (see the module's docstring)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's; it ends this child
    _die_with(parent)
    _close_sockets()
    code = 1
    try:
        target(*args)
        code = 0
    finally:
        os._exit(code)  # nothing inherited is flushed twice; an error here stays silent


def _die_with(parent: int) -> None:
    """A parent killed outright runs no cleanup, so the kernel ends the child (Linux)."""
    if sys.platform == "linux":
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before the signal was asked for
        os._exit(1)


def _end(child: BaseProcess, receiver: Connection) -> None:
    """Kill the child if it still runs, reap it, close its pipe."""
    if child.is_alive():
        child.kill()
    child.join()
    receiver.close()


def _address_space() -> int:
    """This process's current virtual size: the child's cap is measured from here."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _close_sockets() -> None:
    """The child needs no network; its copies of the parent's sockets would only hold
    connections open (a closed SMTP session stays half-open until the child exits)."""
    try:
        fds = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:
        return
    for fd in fds:
        with contextlib.suppress(OSError):
            if stat.S_ISSOCK(os.fstat(fd).st_mode):
                os.close(fd)


def _child_ahead(
    conn: Connection,
    orders: Connection,
    prepare: Callable[[], object],
    work: Callable[..., bytes],
    memory: int,
) -> None:
    """Prepare at once, then wait for the work's arguments. A failed preparation is not
    reported here: the work meets the same failure and reports it as `run_limited`'s would.
    Two one-way pipes, not a duplex one: that would be a socket, and sockets are closed."""
    sent = _prepared_then_sent(orders, prepare)
    orders.close()
    if sent is not None:
        args = sent[0]
        _work_and_report(conn, lambda: work(*args), memory)


def _prepared_then_sent(orders: Connection, prepare: Callable[[], object]) -> tuple[Any] | None:
    """Prepare at once, then wait for what the parent sends, as a 1-tuple; None when it
    needed no child after all. A failed preparation is not reported here: the work meets
    the same failure."""
    with contextlib.suppress(Exception):
        prepare()
    try:
        return (orders.recv(),)
    except (EOFError, OSError):
        return None


def _work_and_report(conn: Connection, work: Callable[[], bytes], memory: int) -> None:
    if memory > 0:
        import resource

        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = _address_space() + memory
        if hard == resource.RLIM_INFINITY or cap < hard:
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        _report(conn, work)
    finally:
        conn.close()


def _report(conn: Connection | _Posted, work: Callable[[], bytes]) -> bool:
    """Send work()'s bytes, or what went wrong; true if it went well."""
    try:
        result = work()
    except BriefError as exc:
        conn.send(("brief", type(exc), exc.message, exc.path))
    except MemoryError:
        conn.send(("memory",))
    except RecursionError:
        conn.send(("recursion",))
    except BaseException as exc:  # reported to the parent as one line, never a traceback
        conn.send(("crash", f"{type(exc).__name__}: {exc}"[:300]))
    else:
        conn.send(("ok",))
        conn.send_bytes(result)
        return True
    return False


def run_limited(
    work: Callable[[], bytes],
    *,
    what: str,
    path: str | None,
    timeout: float,
    memory: int = DEFAULT_MEMORY,
) -> bytes:
    """`work()` in a child; BriefErrors come back as themselves, limits as InputError."""
    if not can_fork():
        return work()
    receiver, child = _fork(_work_and_report, work, memory)
    return _collect(receiver, child, what=what, path=path, timeout=timeout, memory=memory)


class Ahead:
    """A limited child forked before its work is known, to prepare meanwhile.

    `prepare` (an import that takes most of a second) runs in the child on the other
    core while the parent is still busy; `run(*args)` then sends the arguments (pickled)
    and waits for `work(*args)` under the same memory cap, deadline and error mapping as
    `run_limited`. The memory cap is measured once the child is prepared; the deadline
    starts when the arguments are sent. Use it as a context manager: leaving it ends a
    child whose work was never sent. Needs fork (see `available`)."""

    def __init__(
        self,
        prepare: Callable[[], object],
        work: Callable[..., bytes],
        memory: int = DEFAULT_MEMORY,
    ) -> None:
        orders, self._orders = _forking().Pipe(duplex=False)
        self._results, self._child = _fork(_child_ahead, orders, prepare, work, memory)
        orders.close()
        self._memory = memory

    @staticmethod
    def available() -> bool:
        return can_fork()

    def run(self, *args: object, what: str, path: str | None, timeout: float) -> bytes:
        with contextlib.suppress(OSError):  # a dead child shows up below as a failed one
            self._orders.send(args)
        self._orders.close()
        return _collect(
            self._results, self._child, what=what, path=path, timeout=timeout, memory=self._memory
        )

    def close(self) -> None:
        _end(self._child, self._results)
        self._orders.close()

    def __enter__(self) -> Ahead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# How many works a Beside can tell its child it took (one byte each, one page).
SHARED_WORKS = 4096


class Beside:
    """Works computed one after another in a forked child while this process goes on.

    For long pure functions of data this process already holds: the child inherits the
    data by fork, and only the values come back, pickled. `result(work)` is one work's
    value. The child does the works in order, so when every value before it has come,
    the child is on it and it is awaited; otherwise the child is still busy with an
    earlier one and it is computed here. So whichever side is free first does the next
    work, and the split balances itself whatever each side's share of a given input.
    A child that fails in any way (raises, dies, is killed) costs time, never a value:
    the rest is computed here, where a work raises what it raises, as it would without
    a child. With `parallel` false, or where no child can be forked, every value is
    computed here. `Beside.ahead` forks the child before the data exists, so that it
    loads what the works need meanwhile; the data is then sent to it, pickled, and later
    what this process computes for the works to go on from (`send`). Use it as a context
    manager: leaving it ends the child."""

    def __init__(self, *works: Callable[[], object], what: str, parallel: bool = True) -> None:
        self._works: Sequence[Callable[[], object]] = works
        self._what = what
        # what the child sent, in the works' order (None: a work this process took)
        self._values: list[bytes | None] = []
        self._taken: mmap.mmap | None = None  # shared with the child: see `result`
        self._child: tuple[Connection, BaseProcess] | None = None
        self._orders: Connection | None = None  # to the child of `ahead`, until `start`
        self._parcels: _Posted | None = None  # to the child of `ahead`, after `start`
        self._sent: collections.deque[object] = collections.deque()  # for the works here
        self._works_on: _WorksOn[Any] | None = None
        self._progress: Connection | None = None  # a mark from the child per value made
        self._made = 0  # how many values the child has made (sent, or on their way)
        if parallel and can_fork():
            self._child = self._fork(_work_through, works)

    @classmethod
    def ahead(
        cls,
        works_on: _WorksOn[D],
        prepare: Callable[[], object],
        *,
        what: str,
        parallel: bool = True,
    ) -> Beside:
        """A Beside whose child is forked now, before its data exists: it runs `prepare`
        (loading what the works read: word lists, tables) on the other core while this
        process makes the data, which `start` then sends it, pickled. For works whose
        loading costs about as much as making their data.

        `works_on(data, received)` makes the works; a work may call `received()` for the
        next value this process `send`s: so a work's part is computed here, at the same
        time as the rest in the child, which then waits for it if it is not there yet."""
        beside = cls(what=what, parallel=False)
        beside._works_on = works_on
        if parallel and can_fork():
            orders, beside._orders = _forking().Pipe(duplex=False)
            beside._child = beside._fork(_prepare_then_work, orders, prepare, works_on)
            orders.close()
        return beside

    def _fork(self, target: Callable[..., None], *args: object) -> tuple[Connection, BaseProcess]:
        """The child, `target(sender, progress, taken, *args)`: it marks each value it has
        made on `progress` at once, and sends the value after (see `result`); `taken`, a
        page both processes share, holds a 1 for each work this process took."""
        self._progress, progress = _forking().Pipe(duplex=False)
        self._taken = mmap.mmap(-1, SHARED_WORKS)  # anonymous, so shared with the child
        child = _fork(target, progress, self._taken, *args)
        progress.close()
        return child

    def start(self, data: D, *, parallel: bool = True) -> Sequence[Callable[[], object]]:
        """The works on `data`, for `result`: the child forked by `ahead` is sent `data`
        and works through its own copies of them; unless `parallel` is false, which ends it
        (every value is then computed here)."""
        if self._works_on is None:
            raise TypeError("start() is for a Beside made by Beside.ahead()")
        self._works = self._works_on(data, self._sent.popleft)
        if self._orders is not None and parallel:
            with contextlib.suppress(OSError):  # a dead child shows in `result` as failed
                self._orders.send(data)
            self._parcels = _Posted(self._orders)
            self._orders = None
        elif self._orders is not None:
            self.close()
        return self._works

    def send(self, value: object) -> None:
        """Send the child's works `value` (their next `received()`), without waiting for
        the child to read it; a work computed here receives it too. Send it before
        asking for a `result` that needs it."""
        self._sent.append(value)
        if self._parcels is not None:
            self._parcels.send_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def result(self, work: Callable[[], T]) -> T:
        """Wait for it only if the child is on it (or done); the wait can be interrupted,
        by the SIGALRM of `time_limit` for one, and the child is then ended."""
        index = self._works.index(work)
        self._receive(wait=False)
        # The child is on it, or it has made it and is still sending it or one before
        while len(self._values) <= index and self._child is not None and index <= self._marks():
            self._receive(wait=True)
        if index < len(self._values) and (value := self._values[index]) is not None:
            return cast(T, pickle.loads(value))
        # Computed here: the child, told so, skips it when it gets there, and goes on to
        # the works this process will want next (parts taken from both ends had kept the
        # child making the parts this process had made, while it made the child's next).
        if self._taken is not None and index < len(self._taken):
            self._taken[index] = 1
        return work()

    def ready(self, work: Callable[[], object]) -> bool:
        """Whether `result(work)` would not wait for the child: its value has come, or the
        child is not on it (and it would be computed here). For work done meanwhile."""
        index = self._works.index(work)
        self._receive(wait=False)
        return index < len(self._values) or self._child is None or index > self._marks()

    def _marks(self) -> int:
        """How many values the child has made: more than have come when a large one is
        still on its way."""
        if self._progress is not None:
            with contextlib.suppress(EOFError, OSError):  # a dead child shows in `_receive`
                while self._progress.poll():
                    self._progress.recv_bytes()
                    self._made += 1
        return max(self._made, len(self._values))  # a value may come before its mark

    def _receive(self, *, wait: bool) -> None:
        """Take what the child has sent (at least one value more if `wait`); a failed
        child is ended, and every value it did not send is then computed here."""
        if self._child is None:
            return
        receiver, child = self._child
        try:
            while wait or receiver.poll():
                status = receiver.recv()
                if status[0] == "taken":  # one this process took (see `result`)
                    self._values.append(None)
                elif status[0] == "ok":
                    self._values.append(receiver.recv_bytes())
                else:
                    break
                if len(self._values) == len(self._works):
                    self.close()
                    return
                wait = False
            else:
                return
        except (EOFError, OSError):
            status = ("died",)
        except BaseException:
            self.close()
            raise
        self.close()
        log.debug(
            "%s failed in a child (%s, exit %s); done here instead",
            self._what,
            ": ".join(map(str, status)),
            child.exitcode,
        )

    def close(self) -> None:
        if self._child is not None:
            receiver, child = self._child
            self._child = None
            _end(child, receiver)
        if self._progress is not None:
            self._progress.close()
            self._progress = None
        if self._orders is not None:
            self._orders.close()
            self._orders = None
        if self._parcels is not None:  # the child is ended: nothing is left to write
            self._parcels.close()
            self._parcels = None

    def __enter__(self) -> Beside:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _prepare_then_work(
    conn: Connection,
    progress: Connection,
    taken: mmap.mmap,
    orders: Connection,
    prepare: Callable[[], object],
    works_on: _WorksOn[D],
) -> None:
    """`Beside.ahead`'s child. A failed preparation is not reported: the works meet the
    same failure, and the parent computes what the child could not."""
    sent = _prepared_then_sent(orders, prepare)
    if sent is not None:
        _work_through(conn, progress, taken, works_on(sent[0], orders.recv))
    orders.close()


def _work_through(
    conn: Connection,
    progress: Connection,
    taken: mmap.mmap,
    works: Sequence[Callable[[], object]],
) -> None:
    """Each value in turn, reported as `run_limited`'s one is; the first failure ends it.
    Each is sent while the next is worked on: the parent may be busy, and a value larger
    than the pipe holds would otherwise keep this process waiting until it reads. So
    each one made is marked on `progress` at once, for the parent to wait for it. A work
    the parent has taken (`taken`) is skipped, and said to be."""
    posted = _Posted(conn)
    try:
        for index, work in enumerate(works):
            if index < len(taken) and taken[index]:
                posted.send(("taken",))
            elif not _report(posted, functools.partial(_pickled, work)):
                break
            with contextlib.suppress(OSError):
                progress.send_bytes(b"")
    finally:
        posted.close()
        progress.close()


class _Posted:
    """A connection whose sends return at once: a thread writes them, in order, while
    this process goes on. `close` waits until all are written (or the reader is gone)."""

    def __init__(self, conn: Connection) -> None:
        import queue

        self._conn = conn
        self._queue: queue.SimpleQueue[tuple[bool, Any] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._write, daemon=True)
        self._thread.start()

    def send(self, value: object) -> None:
        self._queue.put((False, value))

    def send_bytes(self, data: bytes) -> None:
        self._queue.put((True, data))

    def _write(self) -> None:
        while (item := self._queue.get()) is not None:
            raw, value = item
            try:
                if raw:
                    self._conn.send_bytes(value)
                else:
                    self._conn.send(value)
            except OSError:  # the reader is gone (ended, or it died): nothing more to write
                return

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        self._conn.close()


def _pickled(work: Callable[[], object]) -> bytes:
    return pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)


def _collect(
    receiver: Connection,
    child: BaseProcess,
    *,
    what: str,
    path: str | None,
    timeout: float,
    memory: int,
) -> bytes:
    """The child's bytes, or its failure as a BriefError; the child is ended either way."""
    try:
        if not receiver.poll(timeout):
            raise InputError(
                f"{what} took longer than {timeout:g} s; the input is too complex", path
            )
        try:
            status = receiver.recv()
            data = receiver.recv_bytes() if status[0] == "ok" else b""
        except EOFError:
            child.join(5)
            raise InputError(
                f"{what} failed (exit {child.exitcode}); the input is too large or too complex",
                path,
            ) from None
    finally:
        _end(child, receiver)
    kind = status[0]
    if kind == "ok":
        return data
    if kind == "brief":
        _, cls, message, where = status
        raise cls(message, where)
    if kind == "memory":
        raise InputError(f"{what} ran out of memory ({memory // 1024**2:,} MiB limit)", path)
    if kind == "recursion":
        raise InputError(f"{what} failed: the input is nested too deeply", path)
    raise BriefError(f"internal error while {what}: {status[1]}", path)


class _Expired(BaseException):
    """Raised inside the work when its time is up; not an Exception, so no `except
    Exception` in a library the work calls can swallow it."""


@contextlib.contextmanager
def time_limit(seconds: float, *, what: str, path: str | None) -> Iterator[None]:
    """Stop pure-Python work that runs past `seconds` with a one-line InputError.

    A timer signal, not a child process: forking a process that holds numpy's threads
    costs a second or more per call, far more than the work it guards. Signals reach
    the main thread only; elsewhere the work runs without a limit.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _Expired

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Expired:
        raise InputError(
            f"{what} took longer than {seconds:g} s; the input is too complex", path
        ) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
