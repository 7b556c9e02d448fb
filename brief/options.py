"""One frozen options object carries every setting from the CLI (or a daily config) into
the library, and checks its own values in `__post_init__` (a SettingError naming the
setting), so every way in gets the same checks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from brief.errors import SettingError

DEFAULT_SENTENCES = 10
DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # 5 MiB: far above any article, far below trouble
DEFAULT_MAX_SENTENCES = 30_000
# A byte limit no larger than this (a pebibyte): every input and response is read whole
# into memory, and Python's reads and buffers take sizes that fit a C integer; a
# --max-bytes of 10**23 had ended the run with an OverflowError (s72 fuzz).
MOST_BYTES = 2**50


@dataclass(frozen=True)
class Options:
    algorithm: str = "default"
    sentences: int | None = None  # how many sentences to keep; None: DEFAULT_SENTENCES or ratio
    ratio: float | None = None  # or this share of all sentences
    profile: str = "geopolitics"  # a packaged profile name or a path to a TOML file
    templates: Path | None = None  # a folder whose files override the packaged templates
    # A folder whose word lists, gazetteer or furniture lists override the packaged ones (list
    # by list). The lists are kept for the process: brief.data_folder.use(data) first.
    data: Path | None = None
    language: str = "english"
    encoding: str | None = None  # force an input encoding instead of detecting it
    title: str | None = None  # force the brief's title
    max_bytes: int = DEFAULT_MAX_BYTES
    max_sentences: int = DEFAULT_MAX_SENTENCES
    render_timeout: float = 120.0  # seconds a PDF render may take
    now: datetime | None = None  # fixed clock for tests and reproducible output

    def __post_init__(self) -> None:
        """Every way in (the command line, a config file, a caller of the library) gets
        the same checks, here, before any input is read."""
        from brief.language import LANGUAGES
        from brief.rank import RANKERS

        if self.algorithm not in RANKERS:
            choices = ", ".join(RANKERS)
            raise SettingError("algorithm", f"{self.algorithm!r} is unknown; choose from {choices}")
        if self.sentences is not None and self.ratio is not None:
            raise SettingError("ratio", "cannot be used with a number of sentences")
        if self.sentences is not None and self.sentences < 1:
            raise SettingError("sentences", f"must be at least 1, not {self.sentences}")
        if self.ratio is not None and not 0 < self.ratio <= 1:
            raise SettingError("ratio", f"must be more than 0 and at most 1, not {self.ratio:g}")
        canonical = self.language.strip().lower()
        if canonical not in LANGUAGES:
            choices = ", ".join(LANGUAGES)
            raise SettingError("language", f"{self.language!r} is unknown; choose from {choices}")
        object.__setattr__(self, "language", canonical)  # "English" and "english" are one
        if self.render_timeout <= 0:
            raise SettingError(
                "render_timeout", f"must be more than 0, not {self.render_timeout:g}"
            )
        if self.encoding is not None:
            from brief.ingest.charset import codec_name

            object.__setattr__(self, "encoding", codec_name(self.encoding))
        if self.title is not None:  # a title of blanks is none: the brief's own title then
            object.__setattr__(self, "title", " ".join(self.title.split()) or None)
        for name in ("max_bytes", "max_sentences"):
            if getattr(self, name) < 1:
                raise SettingError(name, f"must be at least 1, not {getattr(self, name)}")
        if self.max_bytes > MOST_BYTES:
            limit = f"{MOST_BYTES:,}"
            raise SettingError("max_bytes", f"must be at most {limit}, not {self.max_bytes:,}")

    @property
    def sets_budget(self) -> bool:
        """Whether the user set how many sentences to keep (`-n`, `--ratio`, a daily
        config's `sentences`): a digest's stories then share that many bullets."""
        return self.sentences is not None or self.ratio is not None

    def budget(self, available: int) -> int:
        """How many sentences to keep out of `available`."""
        if self.ratio is not None:
            return max(1, min(available, round(available * self.ratio)))
        return max(1, min(available, self.sentences or DEFAULT_SENTENCES))


def options_from(settings: Mapping[str, Any], *, now: datetime | None = None) -> Options:
    """The one place settings become Options, whether they are a command's flags or the
    keys of a config's [brief] table: each named as its Options field, None for one not
    given (its default then), a whole number where Options holds a share. A bad value
    is a SettingError naming the setting, which the caller says as its flag or its key."""
    given = {name: value for name, value in settings.items() if value is not None}
    for name in ("ratio", "render_timeout"):
        if name in given:
            given[name] = float(given[name])
    return Options(now=now, **given)
