"""The few exceptions library code raises; the CLI maps each to a sysexits code.

Library code never prints or exits: it raises one of these with the path it was
working on, and `brief.cli` turns it into one line `brief: PATH: reason`.
"""

from __future__ import annotations

# sysexits.h
EX_USAGE = 64
EX_DATAERR = 65
EX_NOINPUT = 66
EX_SOFTWARE = 70
EX_CANTCREAT = 73
EX_IOERR = 74
EX_TEMPFAIL = 75
EX_CONFIG = 78


class BriefError(Exception):
    """Base class: a message, the path it concerns, and the exit code."""

    exit_code = EX_SOFTWARE

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class UsageError(BriefError):
    """The command line asks for something impossible (bad option values)."""

    exit_code = EX_USAGE


class SettingError(UsageError):
    """One setting has an impossible value. It names the setting, not a flag or a key:
    the command line and the config file each say it in their own terms."""

    def __init__(self, setting: str, reason: str) -> None:
        super().__init__(f"{setting} {reason}")
        self.setting = setting
        self.reason = reason


class InputError(BriefError):
    """The input exists but is not an article we can read (binary, empty, undecodable)."""

    exit_code = EX_DATAERR


class NoticeError(InputError):
    """The inputs hold nothing but a wire's notices about its copy (a kill) and what they
    withdraw: nothing to brief, though nothing is wrong with the files (a batch skips such
    a file; brief.pipeline.versions)."""


class EmbargoError(NoticeError):
    """An input whose embargo has not lifted by the run's clock: left out of the brief,
    though nothing is wrong with the file (a batch skips it; a folder's brief leaves it
    out and briefs the rest; brief.ingest.embargoes)."""


class NoInputError(BriefError):
    """The input is missing or is not a readable file."""

    exit_code = EX_NOINPUT


class OutputError(BriefError):
    """The output cannot be created or written."""

    exit_code = EX_CANTCREAT


class ConfigError(BriefError):
    """A profile, template or config file is wrong; the message names file and key."""

    exit_code = EX_CONFIG


class BusyError(BriefError):
    """Another run holds the lock, or a server said 'try later'; retrying later may work."""

    exit_code = EX_TEMPFAIL


class DeliveryError(BriefError):
    """Sending failed for good (5xx, auth failure, refused recipients)."""

    exit_code = EX_IOERR
