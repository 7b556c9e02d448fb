"""Run one risky step (the PDF render) in a forked child with a memory cap and a deadline.

A crafted input can make a layout engine loop for minutes or eat all memory; in a
child, that ends in a one-line error instead of a hung or killed `brief`. Fork is
cheap (the child inherits the imported WeasyPrint and loaded fonts) and needs no
pickling of the work itself. Where fork does not exist, the step runs in-process.

`Ahead` forks that child before its work is known, so it imports what the work needs
while this process reads and ranks (fork only); `time_limit` stops pure-Python work
with a SIGALRM timer (main thread only).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import resource
import signal
import stat
import threading
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection

from brief.errors import BriefError, InputError

log = logging.getLogger(__name__)

DEFAULT_MEMORY = 2 * 1024**3  # bytes the child may add to what it inherits


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


def _child(conn: Connection, work: Callable[[], bytes], memory: int) -> None:
    _close_sockets()
    _work_and_report(conn, work, memory)


def _child_ahead(
    orders: Connection,
    conn: Connection,
    prepare: Callable[[], object],
    work: Callable[..., bytes],
    memory: int,
) -> None:
    """Prepare at once, then wait for the work's arguments. A failed preparation is not
    reported here: the work meets the same failure and reports it as `_child` would.
    Two one-way pipes, not a duplex one: that would be a socket, and sockets are closed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's; it ends this child
    _close_sockets()
    with contextlib.suppress(Exception):
        prepare()
    try:
        args = orders.recv()
    except (EOFError, OSError):  # the parent needed no work after all
        return
    finally:
        orders.close()
    _work_and_report(conn, lambda: work(*args), memory)


def _work_and_report(conn: Connection, work: Callable[[], bytes], memory: int) -> None:
    if memory > 0:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = _address_space() + memory
        if hard == resource.RLIM_INFINITY or cap < hard:
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
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
    finally:
        conn.close()


def run_limited(
    work: Callable[[], bytes],
    *,
    what: str,
    path: str | None,
    timeout: float,
    memory: int = DEFAULT_MEMORY,
) -> bytes:
    """`work()` in a child; BriefErrors come back as themselves, limits as InputError."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return work()
    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(sender, work, memory), daemon=True)
    child.start()
    sender.close()
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
        ctx = multiprocessing.get_context("fork")
        orders, self._orders = ctx.Pipe(duplex=False)
        self._results, sender = ctx.Pipe(duplex=False)
        self._child = ctx.Process(
            target=_child_ahead, args=(orders, sender, prepare, work, memory), daemon=True
        )
        self._child.start()
        orders.close()
        sender.close()
        self._memory = memory

    @staticmethod
    def available() -> bool:
        return "fork" in multiprocessing.get_all_start_methods()

    def run(self, *args: object, what: str, path: str | None, timeout: float) -> bytes:
        with contextlib.suppress(OSError):  # a dead child shows up below as a failed one
            self._orders.send(args)
        self._orders.close()
        return _collect(
            self._results, self._child, what=what, path=path, timeout=timeout, memory=self._memory
        )

    def close(self) -> None:
        if self._child.is_alive():
            self._child.kill()
        self._child.join()
        self._orders.close()
        self._results.close()

    def __enter__(self) -> Ahead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _collect(
    receiver: Connection,
    child: multiprocessing.process.BaseProcess,
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
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
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
