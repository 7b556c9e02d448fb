"""Profiles: TOML files that declare a brief's sections, so sections are data, not code.

A profile is checked strictly when loaded: a typo in a key is an error, not a silently
ignored setting, and every message names the file and the offending key
(`sections[2].budget: expected a positive integer`). The schema is documented at the
top of `geopolitics.toml`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from brief.errors import ConfigError
from brief.toml_schema import Table, dotted, read

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
    "figure_kinds",
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
    "implicit_agents",
    "actor_cues",
    "supporting",
    "lead_places",
    "physical",
    "relief",
}
# The kinds of figure a profile may prefer (models.FigureKind, less "date": a date is
# never a key figure).
FIGURE_KINDS = ("count", "money", "percent", "measure")
_RELIEF_KEYS = {"of", "hazard", "sending", "toward"}
# Kinds of actor the gazetteer (brief/extract/data/gazetteer.toml) knows by name: its
# countries (names and the cities that stand for their governments), its organisations,
# and nationalities (its demonyms). A demonym only modifies an actor ("Japanese carmaker",
# "Russian troops"), so a section whose events need a government leaves it out and lets
# the noun's kind decide. A profile's `[actors]` table adds kinds named by words.
NATIONALITY = "nationality"
GAZETTEER_KINDS = ("country", "organisation", NATIONALITY)


@dataclass(frozen=True)
class Relief:
    """Forces sent where a hazard struck, to its victims or for their relief, rescue or
    evacuation: PLOVER's AID, not a movement of force (MOBILIZE), though its verbs are."""

    of: str  # the section whose force words such a sentence holds (Military moves)
    hazard: str  # the kind of actor that names a hazard, in the sentence or its article's lead
    sending: tuple[str, ...]  # the verbs and nouns of forces sent ("deploy", "airlift")
    toward: tuple[str, ...]  # a purpose or destination of relief ("rescue", "cut off")


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
    # but a story whose sentences lean to it alone is not in the profile for that. The
    # first one takes what a dated relative clause closing a sentence reports (classify).
    supporting: bool = False
    # A section whose events are stated unmistakably (a strike, a flood's toll): an
    # article whose headline and first sentence both state one is placed here on thinner
    # cues after them (story_profile.LEAD_DENSITY), as its later paragraphs turn to
    # witnesses, aid and history.
    lead_places: bool = False
    # A section whose predicates act on bodies, places and things (force): one whose
    # object is a text or a decision ("shot down a proposal", "torpedoed the bill") is a
    # figure of speech, neither its cue nor its frame (brief.classify.clauses.on_a_text).
    physical: bool = False
    # Forces sent to a hazard's victims are this section's (see Relief); None: no such rule.
    relief: Relief | None = None
    # A section whose events are often told without their agent ("Mobile data was cut at
    # 18:00", "Voter turnout was 63.4 percent"): such a sentence, whose subject is the
    # event or what it befell and names no one, takes its participants from its whole
    # article. False keeps the gate strict, as a section of generic predicates needs:
    # "The deal was signed" in a carmakers' story is no diplomacy.
    implicit_agents: bool = False


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
    # The kinds of figure this profile's news is told in ("money", "percent" for markets):
    # its key figures give them before other counts, after the tolls (figures.key_choice).
    figure_kinds: tuple[str, ...] = ()

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
            # (os.path's test: pathlib's raises on a name too long, s72 fuzz)
            not os.path.exists(path) and path.suffix != ".toml" and "/" not in name_or_path
        ):
            known = ", ".join(PROFILES)
            raise ConfigError(
                f"unknown profile {name_or_path!r}; known profiles: {known} "
                "(or give the path of a .toml file)",
                name_or_path,
            )
    data = read(path, "profile")
    return parse_profile(data, str(path), default_name=path.stem)


def parse_profile(data: Mapping[str, Any], path: str, default_name: str = "custom") -> Profile:
    """Check a decoded TOML table and build the Profile; errors name the key."""
    top = Table(data, path, known=_TOP_KEYS)
    name = top.string("name", default_name, empty=True).strip()
    description = top.string("description", "", empty=True).strip()
    other_title = top.string("other_title", "Other", empty=True).strip()
    min_score = top.number("min_score", DEFAULT_MIN_SCORE, minimum=0)
    checked: list[tuple[Table, SectionSpec]] = []
    for t in top.tables("sections", known=_SECTION_KEYS, at_least_one=True, named_by="key"):
        section = _section(t)
        for n, (_, earlier) in enumerate(checked, 1):
            if earlier.key == section.key:
                raise t.fail("key", f"duplicate section key {section.key!r}: sections #{n} has it")
        checked.append((t, section))
    actors = _actors(top)
    kinds = {*GAZETTEER_KINDS, *(kind for kind, _ in actors)}
    for t, section in checked:
        for field in ("participants", "foreign_sides", "actor_cues"):
            named = getattr(section, field)
            if field == "actor_cues":
                named = [kind for kind, _ in named]
            unknown = [kind for kind in named if kind not in kinds]
            if unknown:
                known = ", ".join(sorted(kinds))
                raise t.fail(
                    field,
                    f"unknown kind of actor {unknown[0]!r} (known: {known}; add kinds in [actors])",
                )
        relief = section.relief
        if relief is not None:
            where = dotted(t.name, "relief")
            if relief.hazard not in kinds:
                raise ConfigError(f"{where}.hazard: unknown kind of actor {relief.hazard!r}", path)
            if relief.of == section.key or not any(s.key == relief.of for _, s in checked):
                raise ConfigError(f"{where}.of: expected another section's key", path)
    title = top.string("title", f"{name.capitalize()} brief", empty=True).strip()
    return Profile(
        name,
        description,
        tuple(section for _, section in checked),
        other_title,
        path,
        min_score,
        title=title or f"{name.capitalize()} brief",
        watch=_terms(top, "watch"),
        exclude=_terms(top, "exclude"),
        actors=actors,
        figure_kinds=top.strings("figure_kinds", choices=FIGURE_KINDS, what="kinds of figure"),
    )


def _actors(top: Table) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """[actors]: kind = ["word", ...]; a kind the gazetteer knows cannot be redefined."""
    raw = top.value("actors", dict, {})
    t = Table(raw, top.file, "actors", known=raw)
    for kind in raw:
        if not _KEY_RE.match(kind) or kind in GAZETTEER_KINDS:
            raise t.fail(kind, _NEW_KIND)
    out = []
    for kind in raw:
        names = t.strings(kind)
        if not names:
            raise t.fail(kind, "expected a list of non-empty strings")
        out.append((kind, tuple(dict.fromkeys(n.strip() for n in names))))
    return tuple(out)


_NEW_KIND = (
    "expected a new kind's name (lower-case letters, digits, '-', '_'; "
    f"not {' or '.join(GAZETTEER_KINDS)}, which the gazetteer defines)"
)


def _terms(t: Table, key: str) -> tuple[str, ...]:
    """A list of names or terms ("Lukashenko", "air defen*")."""
    return tuple(dict.fromkeys(term.strip() for term in t.strings(key)))


def _section(t: Table) -> SectionSpec:
    key = t.string("key").strip()
    if not _KEY_RE.match(key) or key == OTHER_KEY:
        raise t.fail(
            "key",
            f"{key!r} is not a valid key (lower-case letters, digits, '-', '_'; not 'other')",
        )
    title = t.string("title").strip()
    budget = t.whole("budget", 5, minimum=1)
    description = t.string("description", "", empty=True).strip()
    cues = _cues(t, "cues")
    frames = t.strings("frames")
    participants = t.strings("participants", what="kinds of actor")
    foreign_sides = t.strings("foreign_sides", what="kinds of actor")
    raw_actor_cues = t.value("actor_cues", dict, {})
    by_kind = Table(raw_actor_cues, t.file, dotted(t.name, "actor_cues"), known=raw_actor_cues)
    actor_cues = tuple((kind, _cues(by_kind, kind)) for kind in raw_actor_cues)
    supporting = t.flag("supporting", False)
    lead_places = t.flag("lead_places", False)
    physical = t.flag("physical", False)
    implicit_agents = t.flag("implicit_agents", False)
    relief = _relief(t)
    if not cues and not frames and not actor_cues:
        # a list emptied by mistake: a section with no words can hold no sentence
        raise t.fail("cues", "the section holds no cues (nor frames, nor actor_cues)")
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
        lead_places,
        physical,
        relief,
        implicit_agents=implicit_agents,
    )


def _relief(t: Table) -> Relief | None:
    """[sections.relief]: of, hazard, sending and toward, all required."""
    raw = t.value("relief", dict, None)
    if raw is None:
        return None
    table = Table(raw, t.file, dotted(t.name, "relief"), known=_RELIEF_KEYS, required=_RELIEF_KEYS)
    lists = {}
    for key in ("sending", "toward"):
        words = tuple(dict.fromkeys(w.strip() for w in table.strings(key)))
        if not words:
            raise table.fail(key, "expected a list of non-empty strings")
        lists[key] = words
    return Relief(
        table.string("of").strip(),
        table.string("hazard").strip(),
        lists["sending"],
        lists["toward"],
    )


def _cues(t: Table, key: str) -> tuple[tuple[str, float], ...]:
    """Cues are a list of phrases (weight 1) or a table phrase -> weight (negative: against)."""
    raw = t.value(key, (list, dict), [])
    if isinstance(raw, list):
        phrases = t.strings(key, what="phrases")
        return tuple((cue.strip(), 1.0) for cue in phrases)
    weights = Table(raw, t.file, dotted(t.name, key), known=raw)
    out: list[tuple[str, float]] = []
    for cue in raw:
        if not cue.strip():
            raise weights.fail(None, f"cue {cue!r}: expected a non-empty string")
        out.append((cue.strip(), weights.number(cue, 0.0)))
    return tuple(out)
