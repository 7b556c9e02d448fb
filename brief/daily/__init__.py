"""`brief daily`: one unattended run, inbox -> brief -> outbox -> archive -> sent.

One job per module: `planning` decides and checks a run's work (and is what `--dry-run`
prints), `runner` executes it under the lock, `state` is what runs remember, `novelty`
says what is new (bullets, and stories across days), `dating` which reports are older
than what the reader was sent, `late` what a later run of the day brings to the day's
brief, `archive` moves articles without loss, `logfile` keeps the run's log.
"""

from brief.daily.logfile import add_log_file, log_failure
from brief.daily.planning import Plan
from brief.daily.runner import Report, plan, run

__all__ = ["Plan", "Report", "add_log_file", "log_failure", "plan", "run"]
