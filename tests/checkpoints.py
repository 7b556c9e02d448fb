"""Interrupting a daily run at a named step, as a crash or a kill would.

The run logs each step boundary at debug level ("checkpoint: queued"); these helpers
listen for one of them on the "brief" logger and act there, so the tests stop a run
exactly where a real crash could, without any switch in the code under test.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from brief.deliver.flush import CHECKPOINT


class _AtCheckpoint(logging.Handler):
    def __init__(self, name: str, action: Callable[[], None]) -> None:
        super().__init__(logging.DEBUG)
        self.name, self.action = name, action

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg == CHECKPOINT and record.args == (self.name,):
            self.action()


@contextmanager
def at_checkpoint(name: str, action: Callable[[], None]) -> Iterator[None]:
    """Run `action` when the run reaches checkpoint `name` (an exception it raises ends
    the run there)."""
    logger = logging.getLogger("brief")
    handler, level = _AtCheckpoint(name, action), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
