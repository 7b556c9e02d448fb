"""The daily run's own log file: the details for later, and its failures too.

cron mails whatever reaches stderr, so stderr stays quiet on success; the log file is
where someone looks a week later, so a run that failed must say so there as well.
"""

from __future__ import annotations

import logging

from brief.config import DailyConfig
from brief.errors import EX_SOFTWARE, BriefError, OutputError

log = logging.getLogger("brief.daily")


def add_log_file(daily: DailyConfig | None) -> logging.Handler | None:
    """Send brief's log records to the configured file too, at the configured level,
    without making stderr any louder. Returns the file's handler, for `log_failure`."""
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
    return file_handler


def log_failure(handler: logging.Handler | None, error: Exception) -> None:
    """Write the error that ends the run to the log file only: the CLI already prints it
    on stderr as its one line, and cron must not mail it twice."""
    if handler is None:
        return
    exit_code = error.exit_code if isinstance(error, BriefError) else EX_SOFTWARE
    record = log.makeRecord(
        log.name, logging.ERROR, __file__, 0, "run failed (exit %d): %s", (exit_code, error), None
    )
    handler.handle(record)
