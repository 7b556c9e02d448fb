"""Profiles: TOML files that declare a brief's sections. STUB: the sections helper replaces this."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from brief.errors import ConfigError


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str
    budget: int
    cues: tuple[str, ...]


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    sections: tuple[SectionSpec, ...]
    other_title: str = "Other"
    path: str = ""


def _packaged() -> dict[str, Path]:
    folder = resources.files("brief.profiles")
    return {
        Path(p.name).stem: Path(str(p)) for p in folder.iterdir() if p.name.endswith(".toml")
    }


PROFILES: dict[str, Path] = _packaged()


def load_profile(name_or_path: str) -> Profile:
    path = PROFILES.get(name_or_path) or Path(name_or_path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read profile: {exc.strerror}", str(path)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", str(path)) from exc
    sections = tuple(
        SectionSpec(s["key"], s["title"], int(s.get("budget", 5)), tuple(s.get("cues", ())))
        for s in data.get("sections", ())
    )
    return Profile(
        data.get("name", path.stem),
        data.get("description", ""),
        sections,
        data.get("other_title", "Other"),
        str(path),
    )
