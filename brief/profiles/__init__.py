"""Profiles: TOML files that declare a brief's sections, so sections are data, not code.

A profile is checked strictly when loaded: a typo in a key is an error, not a silently
ignored setting, and every message names the file and the offending key
(`sections[2].budget: expected a positive integer`). The schema is documented at the
top of `geopolitics.toml`.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from brief import toml_cache
from brief.errors import ConfigError

OTHER_KEY = "other"
DEFAULT_MIN_SCORE = 1.0
_KEY_RE = re.compile(r"[a-z][a-z0-9_-]*\Z")
_TOP_KEYS = {
    "name",
    "title",
    "description",
    "other_title",
    "min_score",
    "watch",
    "exclude",
    "actors",
    "sections",
}
_SECTION_KEYS = {
    "key",
    "title",
    "budget",
    "description",
    "cues",
    "frames",
    "participants",
    "foreign_sides",
    "actor_cues",
    "supporting",
}
# Kinds of actor the gazetteer (brief/extract/data/gazetteer.toml) knows by name: its
# countries (names and the cities that stand for their governments), its organisations,
# and nationalities (its demonyms). A demonym only modifies an actor ("Japanese carmaker",
# "Russian troops"), so a section whose events need a government leaves it out and lets
# the noun's kind decide. A profile's `[actors]` table adds kinds named by words.
NATIONALITY = "nationality"
GAZETTEER_KINDS = ("country", "organisation", NATIONALITY)


@dataclass(frozen=True)
class SectionSpec:
    """One section: its cues (phrase, weight) decide which sentences it gets."""

    key: str
    title: str
    budget: int
    cues: tuple[tuple[str, float], ...] = ()
    frames: tuple[str, ...] = ()  # speech acts whose complement belongs here ("threaten to")
    description: str = ""
    # The kinds of actor this section's events take place between: a sentence that names
    # none of them (nor, through a pronoun, its antecedent) is not such an event.
    participants: tuple[str, ...] = ()
    # Events between states: in an article about one country's own affairs, a sentence
    # needs a country or international body other than that country to be one, or an
    # actor of these kinds, each a side for another state (an envoy, a foreign minister).
    # Empty: the section's events may be one country's own.
    foreign_sides: tuple[str, ...] = ()
    # Cues that report this section's event only when a kind of actor takes part: "on
    # standby" is readiness of force when troops are on it, not a theatre's understudy.
    # (kind, ((phrase, weight), ...)) pairs.
    actor_cues: tuple[tuple[str, tuple[tuple[str, float], ...]], ...] = ()
    # A section of sentences that support a story (history, background): it holds them,
    # but a story whose sentences lean to it alone is not in the profile for that.
    supporting: bool = False


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    sections: tuple[SectionSpec, ...]
    other_title: str = "Other"
    path: str = ""
    min_score: float = DEFAULT_MIN_SCORE
    title: str = ""  # a digest's title, before the date ("Geopolitics brief")
    watch: tuple[str, ...] = ()  # names and terms that make a story relevant
    exclude: tuple[str, ...] = ()  # terms that push a story out of the profile
    # Kinds of actor by the words that name them: (kind, (word, ...)), in file order.
    actors: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def section(self, key: str) -> SectionSpec | None:
        return next((s for s in self.sections if s.key == key), None)


def _packaged() -> dict[str, Path]:
    """The profiles beside this module: the package is a folder on disk (the wheel installs
    unzipped). A path, not importlib.resources, which would cost `brief --help` (the CLI
    lists these names) its import of zipfile and tempfile."""
    folder = Path(__file__).parent
    found = {p.stem: p for p in folder.iterdir() if p.name.endswith(".toml")}
    return dict(sorted(found.items()))


PROFILES: dict[str, Path] = _packaged()


def describe_profiles() -> dict[str, str]:
    """Packaged profile name -> description, for `brief profiles`."""
    return {name: load_profile(name).description for name in PROFILES}


def load_profile(name_or_path: str) -> Profile:
    """A packaged profile by name, or a user's TOML file by path."""
    path = PROFILES.get(name_or_path)
    if path is None:
        path = Path(name_or_path)
        if not name_or_path.strip() or (
            not path.exists() and path.suffix != ".toml" and "/" not in name_or_path
        ):
            known = ", ".join(PROFILES)
            raise ConfigError(
                f"unknown profile {name_or_path!r}; known profiles: {known} "
                "(or give the path of a .toml file)",
                name_or_path,
            )
    try:
        data = toml_cache.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read profile: {exc.strerror or exc}", str(path)) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError("profile is not UTF-8 text", str(path)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", str(path)) from exc
    return parse_profile(data, str(path), default_name=path.stem)


def parse_profile(data: Mapping[str, Any], path: str, default_name: str = "custom") -> Profile:
    """Check a decoded TOML table and build the Profile; errors name the key."""

    def fail(key: str, message: str) -> ConfigError:
        return ConfigError(f"{key}: {message}", path)

    _no_unknown(data, _TOP_KEYS, "", fail)
    name = _string(data, "name", "name", fail, default=default_name)
    description = _string(data, "description", "description", fail, default="")
    other_title = _string(data, "other_title", "other_title", fail, default="Other")
    min_score = data.get("min_score", DEFAULT_MIN_SCORE)
    if isinstance(min_score, bool) or not isinstance(min_score, int | float) or min_score < 0:
        raise fail("min_score", "expected a number >= 0")
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise fail("sections", "expected at least one [[sections]] table")
    sections: list[SectionSpec] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_sections):
        where = f"sections[{i}]"
        if not isinstance(raw, dict):
            raise fail(where, "expected a table ([[sections]])")
        section = _section(raw, where, fail)
        if section.key in seen:
            raise fail(f"{where}.key", f"duplicate section key {section.key!r}")
        seen.add(section.key)
        sections.append(section)
    actors = _actors(data.get("actors", {}), fail)
    kinds = {*GAZETTEER_KINDS, *(kind for kind, _ in actors)}
    for i, section in enumerate(sections):
        for field in ("participants", "foreign_sides", "actor_cues"):
            named = getattr(section, field)
            if field == "actor_cues":
                named = [kind for kind, _ in named]
            unknown = [kind for kind in named if kind not in kinds]
            if unknown:
                known = ", ".join(sorted(kinds))
                raise fail(
                    f"sections[{i}].{field}",
                    f"unknown kind of actor {unknown[0]!r} (known: {known}; add kinds in [actors])",
                )
    title = _string(data, "title", "title", fail, default=f"{name.capitalize()} brief")
    return Profile(
        name,
        description,
        tuple(sections),
        other_title,
        path,
        float(min_score),
        title=title or f"{name.capitalize()} brief",
        watch=_terms(data, "watch", fail),
        exclude=_terms(data, "exclude", fail),
        actors=actors,
    )


def _actors(raw: Any, fail: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """[actors]: kind = ["word", ...]; a kind the gazetteer knows cannot be redefined."""
    if not isinstance(raw, dict):
        raise fail("actors", "expected a table of kind = [words]")
    out = []
    for kind, names in raw.items():
        if not _KEY_RE.match(kind) or kind in GAZETTEER_KINDS:
            raise fail(
                f"actors.{_quote_key(kind)}",
                "expected a new kind's name (lower-case letters, digits, '-', '_'; "
                f"not {' or '.join(GAZETTEER_KINDS)}, which the gazetteer defines)",
            )
        if (
            not isinstance(names, list)
            or not names
            or not all(isinstance(n, str) and n.strip() for n in names)
        ):
            raise fail(f"actors.{kind}", "expected a list of non-empty strings")
        out.append((kind, tuple(dict.fromkeys(n.strip() for n in names))))
    return tuple(out)


def _terms(data: Mapping[str, Any], key: str, fail: Any) -> tuple[str, ...]:
    """A list of names or terms ("Lukashenko", "air defen*")."""
    raw = data.get(key, [])
    if not isinstance(raw, list) or not all(isinstance(t, str) and t.strip() for t in raw):
        raise fail(key, "expected a list of non-empty strings")
    return tuple(dict.fromkeys(t.strip() for t in raw))


def _section(raw: Mapping[str, Any], where: str, fail: Any) -> SectionSpec:
    _no_unknown(raw, _SECTION_KEYS, f"{where}.", fail)
    key = _string(raw, "key", f"{where}.key", fail)
    if not _KEY_RE.match(key) or key == OTHER_KEY:
        raise fail(
            f"{where}.key",
            f"{key!r} is not a valid key (lower-case letters, digits, '-', '_'; not 'other')",
        )
    title = _string(raw, "title", f"{where}.title", fail)
    budget = raw.get("budget", 5)
    if isinstance(budget, bool) or not isinstance(budget, int) or budget < 1:
        raise fail(f"{where}.budget", "expected a positive integer")
    description = _string(raw, "description", f"{where}.description", fail, default="")
    cues = _cues(raw.get("cues", ()), f"{where}.cues", fail)
    frames = raw.get("frames", ())
    if not isinstance(frames, list | tuple) or not all(
        isinstance(f, str) and f.strip() for f in frames
    ):
        raise fail(f"{where}.frames", "expected a list of non-empty strings")
    participants = raw.get("participants", [])
    if not isinstance(participants, list) or not all(
        isinstance(p, str) and p.strip() for p in participants
    ):
        raise fail(f"{where}.participants", "expected a list of kinds of actor")
    foreign_sides = raw.get("foreign_sides", [])
    if not isinstance(foreign_sides, list) or not all(
        isinstance(p, str) and p.strip() for p in foreign_sides
    ):
        raise fail(f"{where}.foreign_sides", "expected a list of kinds of actor")
    raw_actor_cues = raw.get("actor_cues", {})
    if not isinstance(raw_actor_cues, dict):
        raise fail(f"{where}.actor_cues", "expected a table of kind = {phrase = weight}")
    actor_cues = tuple(
        (kind, _cues(table, f"{where}.actor_cues.{_quote_key(kind)}", fail))
        for kind, table in raw_actor_cues.items()
    )
    supporting = raw.get("supporting", False)
    if not isinstance(supporting, bool):
        raise fail(f"{where}.supporting", "expected true or false")
    return SectionSpec(
        key,
        title,
        budget,
        cues,
        tuple(f.strip() for f in frames),
        description,
        tuple(dict.fromkeys(p.strip() for p in participants)),
        tuple(dict.fromkeys(p.strip() for p in foreign_sides)),
        actor_cues,
        supporting,
    )


def _cues(raw: Any, where: str, fail: Any) -> tuple[tuple[str, float], ...]:
    """Cues are a list of phrases (weight 1) or a table phrase -> weight (negative: against)."""
    if isinstance(raw, list | tuple):
        items = [(c, 1.0) for c in raw]
    elif isinstance(raw, dict):
        items = list(raw.items())
    else:
        raise fail(where, "expected a list of phrases or a table of phrase = weight")
    out: list[tuple[str, float]] = []
    for cue, weight in items:
        if not isinstance(cue, str) or not cue.strip():
            raise fail(where, f"cue {cue!r}: expected a non-empty string")
        if (
            isinstance(weight, bool)
            or not isinstance(weight, int | float)
            or not math.isfinite(weight)
        ):
            raise fail(f"{where}.{_quote_key(cue)}", "expected a number (the cue's weight)")
        out.append((cue.strip(), float(weight)))
    return tuple(out)


def _quote_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else f'"{key}"'


def _string(
    data: Mapping[str, Any], key: str, where: str, fail: Any, default: str | None = None
) -> str:
    value = data.get(key, default)
    if value is None:
        raise fail(where, "missing (expected a string)")
    if not isinstance(value, str) or (default is None and not value.strip()):
        raise fail(where, "expected a non-empty string")
    return value.strip()


def _no_unknown(data: Mapping[str, Any], allowed: set[str], prefix: str, fail: Any) -> None:
    for key in data:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise fail(f"{prefix}{key}", f"unknown key (known keys: {known})")
