"""One validator for every TOML file brief reads: the daily config, the profiles, the word
lists and gazetteer, and the page furniture lists.

`read` parses a file (through toml_cache); `Table` gives checked, typed access to one
of its tables. Every problem is a ConfigError naming the file and the dotted key, a
table of an array by its place counted from 1 and the name its writer gave it
(`sections #2 (key = "talks").budget: must be at least 1`), and saying what is wrong,
because the person reading it is fixing a file, not reading a traceback. A table
declares the keys it knows, so a misspelt key is an error, never a setting ignored in
silence.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from typing import Any

from brief import toml_cache
from brief.errors import ConfigError

# What a value is, in the words of a TOML file: the first kind it is (a bool is an int).
_KIND_NAMES: tuple[tuple[type, str], ...] = (
    (bool, "true or false"),
    (int, "a whole number"),
    (float, "a number"),
    (str, "a string"),
    (list, "a list"),
    (dict, "a table"),
)
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def read(path: Path, what: str) -> dict[str, Any]:
    """The parsed file; a ConfigError naming it when it cannot be read or parsed.
    `what` names the file's kind in a message ("cannot read profile: ...")."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read {what}: {exc.strerror or exc}", str(path)) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{what} is not UTF-8 text", str(path)) from exc
    except ValueError:  # a NUL in the path (a profile's name in a config), s72 fuzz
        raise ConfigError(f"cannot read {what}: a NUL in its path", str(path)) from None
    try:
        return toml_cache.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", str(path)) from exc
    except RecursionError:  # tomllib recurses into each array or inline table (s72 fuzz)
        raise ConfigError("not valid TOML: arrays or tables nested too deeply", str(path)) from None


def kind_of(value: object) -> str:
    """'a string', 'a whole number', 'true or false' ..., or a date's or time's type."""
    return next((name for kind, name in _KIND_NAMES if isinstance(value, kind)), "a date")


def dotted(name: str, key: str) -> str:
    """`name.key`, the key in quotes where TOML needs them (`cues."air strike"`)."""
    quoted = key if _BARE_KEY.fullmatch(key) else f'"{key}"'
    return f"{name}.{quoted}" if name else quoted


_LISTED_KEYS = 30  # a word list's table knows dozens of keys: they are not all listed


class Table:
    """One TOML table of a file: its keys checked against the ones it may hold, its values
    read by kind. `name` is its dotted name in the file ("" for the top level)."""

    def __init__(
        self,
        data: Mapping[str, Any],
        file: str | Path,
        name: str = "",
        *,
        known: Collection[str],
        required: Collection[str] = (),
    ) -> None:
        self.data, self.file, self.name = data, str(file), name
        unknown = sorted(set(data) - set(known))
        if unknown:
            keys = ", ".join(sorted(known))
            listed = f" (known keys: {keys})" if len(known) <= _LISTED_KEYS else ""
            raise self.fail(unknown[0], f"unknown key{listed}")
        missing = sorted(set(required) - set(data))
        if len(missing) > 1:  # all at once: a copy of last version's word list lacks several
            raise self.fail(None, f"missing keys {', '.join(missing)}")
        if missing:
            raise self.fail(missing[0], "is required")

    def fail(self, key: str | None, problem: str) -> ConfigError:
        """The error for one key (None: the table itself)."""
        where = self.name if key is None else dotted(self.name, key)
        return ConfigError(f"{where}: {problem}" if where else problem, self.file)

    def __contains__(self, key: str) -> bool:
        return key in self.data

    def value(self, key: str, kinds: type | tuple[type, ...], default: Any = None) -> Any:
        """The key's value if it is of one of `kinds` (a bool is no number), else the
        default when the key is absent."""
        if key not in self.data:
            return default
        value = self.data[key]
        wanted = kinds if isinstance(kinds, tuple) else (kinds,)
        if not isinstance(value, wanted) or (isinstance(value, bool) and bool not in wanted):
            names = " or ".join(dict(_KIND_NAMES)[kind] for kind in wanted)
            raise self.fail(key, f"expected {names}, got {kind_of(value)}")
        return value

    def text(self, key: str, default: str | None = None, *, empty: bool = False) -> str | None:
        """A string, as written; one of blanks only is refused unless `empty`."""
        value: str | None = self.value(key, str, default)
        if value is not None and not empty and not value.strip():
            raise self.fail(key, "must not be empty")
        return value

    def string(self, key: str, default: str | None = None, *, empty: bool = False) -> str:
        """`text`, required when there is no default."""
        value = self.text(key, default, empty=empty)
        if value is None:
            raise self.fail(key, "is required")
        return value

    def strings(
        self,
        key: str,
        default: tuple[str, ...] = (),
        *,
        lower: bool = False,
        single: bool = False,
        choices: Collection[str] = (),
        what: str = "non-empty strings",
    ) -> tuple[str, ...]:
        """A list of non-empty strings, as written: lower-case words with `lower`; one
        string standing for a list of it with `single`; each one of `choices` if given.
        `what` says in a message what the list holds."""
        if key not in self.data:
            return default
        value = self.data[key]
        items = [value] if single and isinstance(value, str) else value
        if not isinstance(items, list):
            raise self.fail(key, f"expected a list of {what}, got {kind_of(value)}")
        for n, item in enumerate(items, 1):
            if not isinstance(item, str):
                raise self.fail(key, f"expected a list of {what}: item {n} is {kind_of(item)}")
            if not item.strip():
                raise self.fail(key, f"expected a list of {what}: item {n} is empty")
        if lower and any(item != item.lower() for item in items):
            raise self.fail(key, "expected lower-case words")
        for item in items:
            self._check_choice(key, item, choices)
        return tuple(items)

    def number(
        self,
        key: str,
        default: float,
        *,
        minimum: float | None = None,
        maximum: float | None = None,
    ) -> float:
        """A finite number (whole or not) in the range, as a float."""
        value = self.value(key, (int, float), default)
        if not math.isfinite(value):
            raise self.fail(key, "expected a finite number")
        self._check_range(key, value, minimum, maximum)
        return float(value)

    def whole(
        self, key: str, default: int, *, minimum: int | None = None, maximum: int | None = None
    ) -> int:
        """A whole number in the range."""
        value: int = self.value(key, int, default)
        self._check_range(key, value, minimum, maximum)
        return value

    def flag(self, key: str, default: bool) -> bool:
        return bool(self.value(key, bool, default))

    def choice(
        self,
        key: str,
        choices: Collection[str],
        default: str | None = None,
        *,
        any_case: bool = False,
    ) -> str | None:
        """One of `choices` (`any_case`: in any case, given in lower case), or the default."""
        value = self.text(key, default)
        if value is not None:
            value = value.lower() if any_case else value
            self._check_choice(key, value, choices)
        return value

    def table(
        self, key: str, *, known: Collection[str], required: Collection[str] = ()
    ) -> Table | None:
        """The sub-table under `key`, checked as Table does; None when it is absent."""
        value = self.value(key, dict, None)
        if value is None:
            return None
        return Table(value, self.file, dotted(self.name, key), known=known, required=required)

    def tables(
        self,
        key: str,
        *,
        known: Collection[str],
        required: Collection[str] = (),
        at_least_one: bool = False,
        named_by: str | None = None,
    ) -> Iterator[Table]:
        """Each table of an array of tables ([[key]]), named as its writer counts and names
        it: `key #1`, `key #2` ..., and its `named_by` key's value where it has one
        (`sections #6 (key = "govt")`): the second section is not "sections[1]"."""
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise self.fail(key, f"expected [[{key}]] tables")
        if at_least_one and not value:
            raise self.fail(key, f"expected at least one [[{key}]] table")
        where = dotted(self.name, key)
        for n, item in enumerate(value, 1):
            name = f"{where} #{n}"
            label = item.get(named_by) if named_by is not None else None
            if isinstance(label, str) and label.strip():
                name += f" ({named_by} = {json.dumps(label.strip(), ensure_ascii=False)})"
            yield Table(item, self.file, name, known=known, required=required)

    def _check_range(
        self, key: str, value: float, minimum: float | None, maximum: float | None
    ) -> None:
        if minimum is not None and maximum is not None and not minimum <= value <= maximum:
            raise self.fail(key, f"must be between {minimum:g} and {maximum:g}")
        if minimum is not None and value < minimum:
            raise self.fail(key, f"must be at least {minimum:g}")
        if maximum is not None and value > maximum:
            raise self.fail(key, f"must be at most {maximum:g}")

    def _check_choice(self, key: str, value: str, choices: Collection[str]) -> None:
        if choices and value not in choices:
            raise self.fail(key, f"{value!r} is unknown; choose from {', '.join(choices)}")
