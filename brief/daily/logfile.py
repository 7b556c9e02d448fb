"""The daily run's own log file: the details for later, and its failures too.

cron mails whatever reaches stderr, so stderr stays quiet on success; the log file is
where someone looks a week later, so a run that failed must say so there as well.

Each line is stamped with the wall clock: a log tells when things ran. A run whose clock
SOURCE_DATE_EPOCH fixes (a replay, a backfill, a test) is for another moment than the
stamps say, so each run opens with a line that gives the run's own clock ("run for
2031-09-08 06:30 UTC (clock fixed by SOURCE_DATE_EPOCH)"): a reader matching runs to
mornings reads the day there, and every run's start there.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from brief.config import DailyConfig
from brief.errors import EX_SOFTWARE, BriefError, OutputError

log = logging.getLogger("brief.daily")


def add_log_file(
    daily: DailyConfig | None, fixed: datetime | None = None
) -> logging.Handler | None:
    """Send brief's log records to the configured file too, at the configured level,
    without making stderr any louder, and open the run there with its clock: `fixed`, the
    one SOURCE_DATE_EPOCH sets, or the wall clock's. Returns the file's handler, for
    `log_failure`."""
    if daily is None or daily.log_file is None:
        return None
    root = logging.getLogger()
    for handler in root.handlers:
        if handler.level == logging.NOTSET:
            handler.setLevel(root.level)
    try:
        daily.log_file.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.FileHandler(daily.log_file, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot open log file: {exc.strerror}", str(daily.log_file)) from None
    level = logging.getLevelName(daily.log_level.upper())
    file_handler.setLevel(level)
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(file_handler)
    brief_logger = logging.getLogger("brief")
    brief_logger.setLevel(min(level, root.getEffectiveLevel()))
    if level <= logging.INFO:
        _to_file(file_handler, logging.INFO, "run for %s", (_run_clock(fixed),))
    return file_handler


def _run_clock(fixed: datetime | None) -> str:
    """The run's own clock as its opening line gives it."""
    if fixed is None:
        return datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %z")
    return f"{fixed.astimezone(UTC):%Y-%m-%d %H:%M} UTC (clock fixed by SOURCE_DATE_EPOCH)"


def _to_file(handler: logging.Handler, level: int, message: str, args: tuple[object, ...]) -> None:
    """A record for the log file only: stderr has said it, or needs not."""
    handler.handle(log.makeRecord(log.name, level, __file__, 0, message, args, None))


def log_failure(handler: logging.Handler | None, error: Exception) -> None:
    """Write the error that ends the run to the log file only: the CLI already prints it
    on stderr as its one line, and cron must not mail it twice."""
    if handler is None:
        return
    exit_code = error.exit_code if isinstance(error, BriefError) else EX_SOFTWARE
    _to_file(handler, logging.ERROR, "run failed (exit %d): %s", (exit_code, error))
