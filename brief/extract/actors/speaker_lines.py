"""People a transcript names only on its speakers' lines.

An earnings call or a parliament's record prints each speaker's name on a line of its
own above their words ("Jane Roe -- Chief Financial Officer", "Jane Roe (Northtown)
(Lab)", "The Minister for Health (Dr John Doe)"); the segmenter keeps the line as the
heading of the paragraphs under it, and the quotes stage gives those paragraphs to the
person the line names. Their words name them nowhere else ("I thank the Minister"), so
no sentence rule lists them: this step does, with the role the line gives (the words
after the dash, or the office before the name in brackets; a constituency and a party
in brackets are no role).

The layout is the quotes stage's (quotes.transcripts): two full names or more on such
lines, more than two turns, the words under a name not narration about that person (a
profile's subheading "Joe Bloggs", then "Bloggs, 54, has ..."), and most turns in the
first person, or the record's bracketed lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from brief.extract.actors.roles.role_words import is_head
from brief.extract.actors.tallies import Tally
from brief.extract.actors.word_knowledge import common_word, given_name
from brief.extract.lexicon import words
from brief.models import Sentence


class SpeakerLine(NamedTuple):
    """The person a speaker's line names (in full, without a form of address) and the
    role it gives them ("" for none)."""

    name: str
    role: str


def read_line(line: str) -> SpeakerLine | None:
    """The person a heading names as a speaker's line does, or None for a heading that
    names no one in full ("Operator", "Dr Doe", "Question-and-Answer Session")."""
    role = ""
    dashed = _DASHED_RE.search(line)
    if dashed is not None:
        line, role = line[: dashed.start()], dashed.group("role").strip()
        role = role if _holds_head(role) else ""  # (a firm's name: "-- Morgan Stanley")
    bracketed = BRACKETED_RE.findall(line)
    before = BRACKETED_RE.sub("", line).strip()
    if not bracketed or full_name(before):
        # (what the brackets hold is a constituency and a party, or initials: no role)
        return SpeakerLine(unstyled(before), role) if full_name(before) else None
    holder = bracketed[0].strip()
    if not full_name(holder):
        return None
    office = _THE_RE.sub("", line[: line.index("(")]).strip()
    return SpeakerLine(unstyled(holder), role or (office if _holds_head(office) else ""))


def _holds_head(role: str) -> bool:
    """Whether the words hold a role's head ("Chief Financial Officer", "Minister for
    Health"), as a firm's or a place's name does not."""
    return any(is_head(word.casefold()) for word in _WORD_RE.findall(role))


def line_speakers(sentences: Sequence[Sentence]) -> dict[str, tuple[SpeakerLine, list[Sentence]]]:
    """The people the speakers' lines of a transcript name, each (by name) with the
    first sentence under each of their lines (a turn names them once); none where the
    headings are no transcript's."""
    runs: list[tuple[str, list[Sentence]]] = []
    for sentence in sentences:
        heading = sentence.heading
        if heading is None:
            continue
        if runs and runs[-1][0] == heading and runs[-1][1][-1].source == sentence.source:
            runs[-1][1].append(sentence)
        else:
            runs.append((heading, [sentence]))
    if len(runs) <= _SPEAKERS:
        return {}
    read = {heading: read_line(heading) for heading, _ in runs}
    found: dict[str, tuple[SpeakerLine, list[Sentence]]] = {}
    own = spoken = 0
    for heading, under in runs:
        line = read[heading]
        if line is None:
            continue
        outside = _QUOTED_RE.sub(" ", " ".join(sentence.text for sentence in under))
        said = _WORD_RE.findall(outside)
        if line.name.split()[-1] in said:
            return {}  # narration about the one the heading names
        spoken += 1
        own += not words()["first_person_words"].isdisjoint(
            word.casefold().replace("’", "'") for word in said
        )
        found.setdefault(line.name, (line, []))[1].append(under[0])
    recorded = {heading for heading, line in read.items() if line and BRACKETED_RE.search(heading)}
    if len(found) < _SPEAKERS or (2 * own < spoken and len(recorded) < _SPEAKERS):
        return {}
    return found


def with_line_speakers(people: list[Tally], sentences: Sequence[Sentence]) -> list[Tally]:
    """The people, with each a transcript's speakers' lines name that none of them is
    (listed under the full name where the text writes only their surname), and the role
    a line gives to one who has none."""
    speakers = line_speakers(sentences)
    if not speakers:
        return people
    by_name = {
        form.casefold(): tally for tally in people for form in (tally.name, *tally.spellings)
    }
    for name, (line, under) in speakers.items():
        tally = by_name.get(name.casefold())
        alone = by_name.get(name.split()[-1].casefold())
        if tally is None and alone is not None and len(alone.name.split()) == 1:
            # (a surname the text writes alone, "Harcourt", is the line's full name)
            tally = alone
            tally.spellings.setdefault(tally.name, None)
            tally.name = name
        if tally is None:
            first = under[0]
            tally = Tally(name, "person", first=(first.index, 0))
            for sentence in under:
                tally.add(sentence)
            people.append(tally)
            by_name[name.casefold()] = tally
        if line.role and not tally.role:
            tally.give_role(line.role, under[0])
    return people


def full_name(text: str) -> bool:
    """Two capitalised words or more, past any form of address, a given name first and
    no common word last ("Marcus Oyelaran", not "Question-and-Answer Session"): a line
    that names someone no sentence does (quotes.transcripts asks it too)."""
    text = unstyled(text)
    if not FULL_NAME_RE.fullmatch(text):
        return False
    parts = text.split()
    return given_name(parts[0]) and not common_word(parts[-1])


def unstyled(name: str) -> str:
    """A name less the forms of address before it ("Sir Jane Roe" -> "Jane Roe")."""
    parts = name.split()
    honorifics = words()["honorifics"]
    while len(parts) > 1 and parts[0].rstrip(".").casefold() in honorifics:
        parts = parts[1:]
    return " ".join(parts)


# How many people a transcript's lines name at least (and its turns exceed).
_SPEAKERS = 2
# What follows a speaker's name on their line: a dash and their title or firm.
_DASHED_RE = re.compile(r"\s+(?:--|[-–—])\s+(?P<role>.+)\Z")
BRACKETED_RE = re.compile(r"\s*\(([^()]{1,60})\)")
FULL_NAME_RE = re.compile(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}")
_THE_RE = re.compile(r"\AThe\s+")
_QUOTED_RE = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_WORD_RE = re.compile(r"[\w’'-]+")
