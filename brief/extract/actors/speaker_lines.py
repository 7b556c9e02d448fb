"""A transcript's speakers' lines: who speaks each paragraph under them.

An earnings call or a parliament's record prints each speaker's name on a line of its
own above their words ("Jane Roe -- Chief Financial Officer", "Jane Roe (Northtown)
(Lab)", "The Minister for Health (Dr John Doe)", then "Dr Doe"); the segmenter keeps the
line as the heading of the paragraphs under it. This module is the one reading of those
lines: the actors stage lists the people they name (their words name them nowhere else,
"I thank the Minister", so no sentence rule does), with the role a line gives (the words
after the dash, or the office before the name in brackets; a constituency and a party in
brackets are no role), and the quotes stage (quotes.transcripts) gives each turn to the
person its line names. Both read the same turns, so the actors table and the quotes agree
on who spoke each one.

A source's headings are a transcript's lines when they name two people or more (in full,
or a surname after a form of address, "Dr Doe", which is the full name's of another line
with that surname) over more than two runs; the words under a name are not narration
about that person (a profile's subheading "Joe Bloggs", then "Bloggs, 54, has ..."); and
most turns speak as "I" or "we" (the outlet's "we asked" is not theirs), or the lines
have a record's shape. A moderator's line (words.toml's asking_labels: "Operator") puts
turns that are no one's words; a turn that opens as narration ("Poland's prime minister
told reporters ...", "A local solicitor, he says ...") is no one's turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from itertools import groupby
from typing import NamedTuple

from brief.extract.actors.names import surname_of
from brief.extract.actors.roles.role_words import is_head
from brief.extract.actors.tallies import Tally
from brief.extract.actors.word_knowledge import common_word, gender, given_name
from brief.extract.lexicon import alternation, gazetteer, joined, words
from brief.models import Sentence
from brief.segment import opens_list


class SpeakerLine(NamedTuple):
    """The person a speaker's line names (in full, without a form of address) and the
    role it gives them ("" for none)."""

    name: str
    role: str


class LineTurn(NamedTuple):
    """A paragraph under a speaker's line (`at`: its place among the paragraphs read):
    the name as the line writes it, form of address kept ("Dr Doe", "Jane Roe"); the
    person it names in full with the role a line gives, None for a moderator's line
    (`put`) or a surname whose full name no line gives ("Mr Speaker")."""

    at: int
    line: str
    speaker: SpeakerLine | None
    put: bool = False


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
    return SpeakerLine(unstyled(holder), _line_role(role, office))


def _line_role(caption: str, office: str) -> str:
    """The role a speaker's line gives: the words after the name where they hold a role's
    head (not a firm's name: "-- Morgan Stanley"), else the office before the name."""
    return caption if _holds_head(caption) else office if _holds_head(office) else ""


def _holds_head(role: str) -> bool:
    """Whether the words hold a role's head ("Chief Financial Officer", "Minister for
    Health"), as a firm's or a place's name does not."""
    return any(is_head(word.casefold()) for word in _WORD_RE.findall(role))


def line_name(heading: str) -> str:
    """The name a speaker's line gives as written, less what follows it: a dash and their
    title or firm ("Jane Roe -- Chief Financial Officer"), a parliament's constituency
    and party in brackets ("Jane Roe (Northtown) (Lab)"); or, where the line opens with
    an office, the name in brackets after it ("The Minister for Health (Dr John Doe)").
    A form of address stays ("Dr Doe"): it tells a surname alone is a person."""
    line = _DASHED_RE.sub("", heading)
    bracketed = BRACKETED_RE.findall(line)
    if not bracketed:
        return line
    before = BRACKETED_RE.sub("", line).strip()
    if _NAME_LINE_RE.fullmatch(before) and (full_name(before) or titled(before)):
        return before
    holder = bracketed[0].strip()
    return holder if _NAME_LINE_RE.fullmatch(holder) else line


def line_turns(paragraphs: Sequence[Sequence[Sentence]]) -> list[LineTurn]:
    """The turns of one source's paragraphs under speakers' lines, or none where its
    headings are no transcript's (see the module's docstring)."""
    headed = {
        at: line_name(group[0].heading)
        for at, group in enumerate(paragraphs)
        if group and group[0].heading
    }
    runs = [line for at, line in headed.items() if line != headed.get(at - 1)]
    people = _people(headed, paragraphs)
    named = {person.name for person in people.values() if person.name}
    if len(named) < _SPEAKERS or len(runs) <= _SPEAKERS:
        return []
    asking = words()["asking_labels"]
    turns: list[LineTurn] = []
    own = spoken = 0
    for at, line in headed.items():
        if line.casefold() in asking:
            turns.append(LineTurn(at, line, None, put=True))
            continue
        person = people.get(line)
        if person is None:
            continue
        text = " ".join(sentence.text for sentence in paragraphs[at])
        if surname_of(line) in _WORD_RE.findall(_QUOTED_RE.sub(" ", text)):
            return []  # narration about the one the heading names
        spoken += 1
        if _narrated(paragraphs[at][0].text):
            continue
        voiced = " ".join(
            _QUOTED_RE.sub(" ", sentence.text)
            for sentence in paragraphs[at]
            if not _outlet_voice_re().search(sentence.text)
        )
        own += not words()["first_person_words"].isdisjoint(
            word.casefold().replace("’", "'") for word in _WORD_RE.findall(voiced)
        )
        turns.append(LineTurn(at, line, person if person.name else None))
    # (a record's lines, "Jane Roe (Northtown) (Lab)" and "The Minister for Health (Dr
    # John Doe)", are speakers' lines by their shape, as no profile's subheading is, not
    # even "Jane Roe (Labour)": their turns may all be questions put to a minister, none
    # in the first person)
    recorded = {
        line
        for at, line in headed.items()
        if line in people and _record_line(paragraphs[at][0].heading or "", line)
    }
    if 2 * own < spoken and len(recorded) < _SPEAKERS:
        return []
    # (with its narration left out, what is left must still be two people's)
    left = {turn.speaker.name if turn.speaker else turn.line for turn in turns if not turn.put}
    return turns if len(left) >= _SPEAKERS else []


def _people(
    headed: dict[int, str], paragraphs: Sequence[Sequence[Sentence]]
) -> dict[str, SpeakerLine]:
    """Each line that names a speaker, with the person it names: a full name's, with the
    role a line of theirs gives ("John Doe", "Minister for Health" of "The Minister for
    Health (Dr John Doe)"); a surname after a form of address ("Dr Doe"), the one person
    of another line with that surname, or no one the lines name in full ("" for "Mr
    Speaker")."""
    people: dict[str, SpeakerLine] = {}
    for at, line in headed.items():
        if full_name(line):
            read = read_line(paragraphs[at][0].heading or "") or SpeakerLine(unstyled(line), "")
            known = people.get(line)
            if known is None or (read.role and not known.role):
                people[line] = read
    for line in set(headed.values()) - people.keys():
        if titled(line):
            surname = surname_of(line).casefold()
            same = {
                person
                for person in people.values()
                if surname_of(person.name).casefold() == surname
            }
            people[line] = same.pop() if len(same) == 1 else SpeakerLine("", "")
    return people


def _record_line(written: str, line: str) -> bool:
    """Whether a speaker's line has a parliament record's shape: a name and two parts in
    brackets (seat and party, "Jane Roe (Northtown) (Lab)"), or an office with the name in
    brackets ("The Minister for Health (Dr John Doe)")."""
    bracketed = BRACKETED_RE.findall(_DASHED_RE.sub("", written))
    return len(bracketed) >= 2 or (len(bracketed) == 1 and bracketed[0].strip() == line)


def _narrated(opening: str) -> bool:
    """Whether a turn's first sentence is a reporter's narration of what someone said: a
    description or "he"/"she" says it ("Hungary's prime minister said ...", "The
    Commission president told reporters ...", "A local solicitor, she argues ..."). A
    speaker's own words speak as "I" or "we", or of others by name."""
    outside = _QUOTED_RE.sub(" ", opening)
    pronoun = _PRONOUN_SAYS_RE.match(outside)
    if pronoun is not None:
        return pronoun.group("verb") in words().speech
    if _DESCRIPTION_RE.match(outside) is None:
        return False
    verbs = words()["attribution_verbs"] - words()["noun_attribution_verbs"]
    # the description's words, up to its verb: no comma nor stop between
    subject = re.split(r"[,;:.]", outside, maxsplit=1)[0].split()[1 : _SUBJECT_WORDS + 2]
    return any(word in verbs for word in subject)


def first_person(text: str) -> bool:
    """Whether words speak as "I" or "we" outside their quote marks: a speaker's own,
    which may tell what another said ("He told us that \"...\""), as a reporter's
    narration does not (nor the outlet's "we asked"). A word in capitals throughout is a
    name, not the pronoun ("The US said", "ME" for Maine); "I" and a sentence's "We" are."""
    if _outlet_voice_re().search(text):
        return False
    outside = _QUOTED_RE.sub(" ", text)
    found = {
        word.lower().replace("’", "'")
        for word in _WORD_RE.findall(outside)
        if word in (word.lower(), word.capitalize())
    }
    return not words()["first_person_words"].isdisjoint(found)


@cache
def _outlet_voice_re() -> re.Pattern[str]:
    return re.compile(rf"(?i:\b(?:{alternation(words()['outlet_voice'])})\b)")


def source_paragraphs(sentences: Sequence[Sentence]) -> Iterator[list[list[Sentence]]]:
    """Each source's sentences, one list a paragraph."""
    for _, of_source in groupby(sentences, key=lambda sentence: sentence.source):
        yield [
            list(paragraph)
            for _, paragraph in groupby(of_source, key=lambda sentence: sentence.paragraph)
        ]


def listed_people(paragraphs: Sequence[Sequence[Sentence]]) -> list[tuple[SpeakerLine, Sentence]]:
    """The people a transcript's list of participants names, each with the title its item
    gives and the item: the paragraphs of one line each under a list's heading
    ("Participants:" or "Company Participants", see segment.opens_list; then "Jane Roe,
    Chief Executive" or "Jane Roe -- Chief Executive"). The list is where a press
    conference names its panel in full; its turns are labelled by surname alone, and the
    people it lists are the ones who speak under them (a namesake the turns only mention
    is no participant)."""
    listed: list[tuple[SpeakerLine, Sentence]] = []
    listing = False
    for paragraph in paragraphs:
        text = " ".join(sentence.text for sentence in paragraph).strip()
        inline = _inline_list(text)
        if inline:
            listed.extend((person, paragraph[0]) for person in inline)
            continue
        under = listing or opens_list(paragraph[0].heading or "") if paragraph else False
        person = _list_item(text) if under and len(paragraph) == 1 else None
        if person is not None:
            listed.append((person, paragraph[0]))
            continue
        listing = opens_list(text)
    return listed


def _inline_list(text: str) -> list[SpeakerLine]:
    """The people a record's lists written on one line each name ("Present: Hon. Jane Roe,
    MP (Chair); Hon. John Doe, MP", then "Officials: ..." on the next line, which the
    paragraph runs on to): a label, then items set off by semicolons, each a name and its
    title as a list's item is; none unless two items or more of a list are people so."""
    if ";" not in text or ":" not in text:
        return []  # no label and no items (most paragraphs: 4,500 on the 1,000-article inbox)
    named: list[SpeakerLine] = []
    for one in _NEXT_LIST_RE.split(text):
        found = _INLINE_LIST_RE.fullmatch(one)
        if found is None:
            continue
        kind = _labels_calling(one[: one.index(":")])
        items = found.group("items").split(";")
        people = [_list_item(item.strip(), kind) for item in items]
        listed = [person for person in people if person is not None]
        named.extend(listed if len(listed) >= _SPEAKERS else [])
    return named


def _labels_calling(label: str) -> str | None:
    """The calling a list's label gives all its items, in the singular: "Analysts:" is
    "analyst" (a role's head written in the plural), "Company participants:" none."""
    last = label.split()[-1].casefold() if label.split() else ""
    if len(last) > 3 and last.endswith("s") and is_head(last[:-1]):
        return last[:-1]
    return None


def _list_item(text: str, calling: str | None = None) -> SpeakerLine | None:
    """The person a list's item names in full and the title after it, set off by a dash
    or a comma; None for an item that names no one with a title ("Kevin Liu - Baird"),
    save under a label that gives its items' calling ("Analysts: Kevin Liu, Baird; ..."):
    then the firm after the comma is where they hold it ("analyst, Baird"). A link to the
    father's name is a name's ("Priya a/p Raman")."""
    dashed = _DASHED_RE.search(text)
    name, role = (
        (text[: dashed.start()], dashed.group("role"))
        if dashed is not None
        else (text.split(",", 1) + [""])[:2]
    )
    # (less a style in brackets: "Hon. (Dr.) Jane Roe")
    name, role = BRACKETED_RE.sub("", name).strip(), role.strip().rstrip(".")
    links = words()["patronymic_links"]
    linked = " ".join(word for word in name.split() if word.casefold() not in links)
    if not full_name(linked) or not role:
        return None
    if not _holds_head(role):
        if calling is None:
            return None
        role = f"{calling}, {role}"
    return SpeakerLine(unstyled(name), role)


def labelled_people(
    paragraphs: Sequence[Sequence[Sentence]],
) -> list[tuple[SpeakerLine, Sentence]]:
    """The people a record's labels name, each with the office the label writes before
    the name or the roles after it ("Deputy Minister of Transport Jane Roe:", "MP John
    Doe:", "JANE ROE, Chief Executive, Acme:"), and the label: a paragraph of that one
    line, its words in the paragraph under it, a name with its role or firm in brackets
    that opens a turn ("Jane Roe (CFO): We expect ..."), or the label that opens a paragraph in
    capitals, its words after it ("TOM ROE, INCIDENT COMMANDER: The fire is ...", as a
    press conference's transcript prints each turn). A record names two speakers so or
    more (a list's "Key points:" or a lone "Jane Roe:" is none), and the label may be the
    only place it writes their name: a name and roles written in capitals throughout are
    given as names and titles are written ("Tom Roe", "Incident Commander")."""
    labelled: list[tuple[SpeakerLine, Sentence]] = []
    for paragraph in paragraphs:
        if not paragraph:
            continue
        text = paragraph[0].text.strip()
        found = _LABEL_LINE_RE.fullmatch(text) if len(paragraph) == 1 else None
        bracketed = _BRACKETED_LABEL_RE.match(text)
        if found is not None:
            person = _labelled(found["label"], found["role"] or "")
        elif bracketed is not None:
            # "Kagiso Molefe (Motswedi Capital): Thanks ...", a call's turn: the name in
            # full, its role or firm in brackets (a firm is no role)
            name = bracketed["label"]
            if not full_name(name):
                continue
            person = SpeakerLine(unstyled(name), _line_role(bracketed["caption"], ""))
        else:
            found = _LABEL_LINE_RE.match(text)
            if found is None or not found["label"].isupper() or found.end() >= len(text):
                continue  # inline, only a label in capitals before its turn's words
            person = _labelled_in_capitals(found["label"], found["role"] or "")
        if person is not None:
            labelled.append((person, paragraph[0]))
    names = {person.name for person, _ in labelled}
    # (one person so named, whose turns answer questions put under a label of their own,
    # "QUESTION (Daily Courier):", is an exchange of two voices too: a spokeswoman's
    # briefing, a sheriff's press conference)
    voices = len(names) + (len(names) == 1 and _questions_put(paragraphs))
    return labelled if voices >= _SPEAKERS else []


def _questions_put(paragraphs: Sequence[Sequence[Sentence]]) -> bool:
    """Whether a paragraph opens with a label that puts a question (see _ASKING_LABEL_RE)."""
    asking = words()["asking_labels"]
    for paragraph in paragraphs:
        found = _ASKING_LABEL_RE.match(paragraph[0].text) if paragraph else None
        if found is not None and (found["word"] == "Q" or found["word"].casefold() in asking):
            return True
    return False


def _labelled_in_capitals(label: str, caption: str) -> SpeakerLine | None:
    """The person a turn's label in capitals introduces, in full and with a title before
    the name or a caption after it ("SHERIFF DANA WHITLOCK", "TOM AGUIRRE, INCIDENT
    COMMANDER, CEDAR FIRE"), with that office or the caption's roles, written as names and
    titles are ("Dana Whitlock", "Sheriff"); a name alone ("LENA MARSH:") may be the
    programme's host, whose turns are its own voice, and is left to the story. The
    words after the office are the name, whole ("JOÃO PAULO CARVALHO DIAS"), where its
    first word is a given name the dictionary knows: a later turn's "SEN. SALAZAR",
    "MAJ. GEN. ALLENBY-SHORE" or "MACEDO FONSECA" names someone by a style and a surname,
    or by two surnames, whom the first label or the story names in full."""
    parts = _capitalised(label).split()
    # the office ends at its last title word before the two words a name needs at least
    # ("Press Secretary Maria Roe"; not "Maria Bishop")
    start = next((k + 1 for k in range(len(parts) - 3, -1, -1) if _office_word(parts[k])), 0)
    name = parts[start:]
    if not start and not caption:
        return None  # "LENA MARSH:" alone may be the host's own voice: the story says who
    if len(name) < 2 or gender(name[0]) is None or name[0].casefold() in words()["determiners"]:
        return None  # ("THE MILITARY PICTURE:", a newsletter's heading: "The" is a name too)
    if not (FULL_NAME_RE.fullmatch(" ".join(name)) and full_name(" ".join(name))):
        return None
    office = " ".join(parts[:start])
    return SpeakerLine(" ".join(name), _line_role(_capitalised(caption), office))


def _office_word(word: str) -> bool:
    """A word of the office or style before a name in a label: a form of address, a title
    written short or out ("Sen.", "Maj.", "Sheriff")."""
    bare = word.rstrip(".").casefold()
    return word.endswith(".") or bare in joined(*_SHORT_TITLES) or is_head(bare)


_SHORT_TITLES = ("title_abbreviations", "honorifics", "military_ranks")


def _capitalised(text: str) -> str:
    """Each word capitalised, but the small words of an office after its first ("Chair,
    Quillan County Board of Commissioners")."""

    def word(found: re.Match[str]) -> str:
        lower = found[0].lower()
        if found.start() and (lower in _SMALL_WORDS or _after_apostrophe(found)):
            return lower  # "of", "the"; the "s" of "CHIEF'S", not the "N" of "O'NEILL"
        return lower[:1].upper() + lower[1:]

    return re.sub(r"[^\W\d_]+", word, text)


def _after_apostrophe(found: re.Match[str]) -> bool:
    """A letter or two after an apostrophe, ending the word: a possessive's or a
    contraction's ("'S", "'LL"), not a name's part ("O'NEILL")."""
    return found.string[found.start() - 1] in "'’" and len(found[0]) <= 2


def askers(paragraphs: Sequence[Sequence[Sentence]]) -> list[tuple[SpeakerLine, Sentence]]:
    """The people a press conference's question labels name, the asker then their outlet
    in brackets ("Q (Jane Roe, Daily Courier): Will the fleet be grounded?"): a
    transcript's only word of who asked. An outlet alone in brackets ("Q (Daily
    Courier):") names no one, nor does an outlet and its city ("Q (Al Jazeera, Doha):"):
    a name the gazetteer or the outlets list knows, or one that opens with "The", is a
    body's, whatever its first word looks like."""
    named: list[tuple[SpeakerLine, Sentence]] = []
    for paragraph in paragraphs:
        found = _ASKER_RE.match(paragraph[0].text) if paragraph else None
        if found is not None and _person_named(found["name"].strip()):
            named.append((SpeakerLine(unstyled(found["name"].strip()), ""), paragraph[0]))
    return named


def titled_speaker(
    paragraphs: Sequence[Sequence[Sentence]], title: str
) -> list[tuple[SpeakerLine, Sentence]]:
    """The one speaker of a briefing whose turns a surname alone in capitals labels
    ("KAVALCHUK (through interpreter): ...", "ROE: No one is discussing that."), where
    the transcript's title names them in full, their office before the name ("Transcript:
    briefing by Foreign Ministry spokesperson Jane Roe", "Press briefing by the
    Spokesperson, Jane Roe"): the title is the only place the copy names whose briefing
    it is. Their turns answer questions put under labels of their own ("QUESTION
    (Outlet):", "Q:"; an asker's label is the exchange's second voice) and are each
    cited; one label of a surname only, and a title that names no one else of it."""
    labels: dict[str, list[Sentence]] = {}
    for paragraph in paragraphs:
        found = _SURNAME_LABEL_RE.match(paragraph[0].text) if paragraph else None
        if found is not None and found["surname"].isupper():
            labels.setdefault(found["surname"], []).append(paragraph[0])
    named = [
        (surname, under, spelt)
        for surname, under in labels.items()
        if len(under) >= _SPEAKERS
        for spelt in _capitalised_runs(title)
        if spelt.split()[-1].upper() == surname
    ]
    if len(named) != 1 or not _questions_put(paragraphs):
        return []
    _, under, spelt = named[0]
    # (the longest run of its last words that is a full name: "Spokesperson Jane Roe")
    parts = spelt.split()
    spelt = next(
        (" ".join(parts[k:]) for k in range(len(parts) - 1) if full_name(" ".join(parts[k:]))), ""
    )
    if not spelt:
        return []
    before = _TITLE_OFFICE_RE.search(title[: title.index(spelt)])
    role = before["office"].strip() if before is not None else ""
    line = SpeakerLine(unstyled(spelt), role if _holds_head(role) else "")
    return [(line, sentence) for sentence in under]


def _capitalised_runs(title: str) -> list[str]:
    """The runs of two to four capitalised words a title holds, one space apart:
    "Foreign Ministry", "Alena Kavalchuk" (a comma or a word in small letters ends one)."""
    runs: list[list[re.Match[str]]] = []
    for found in _TITLE_WORD_RE.finditer(title):
        if not found.group()[0].isupper():
            runs.append([])
        elif runs and runs[-1] and title[runs[-1][-1].end() : found.start()] == " ":
            runs[-1].append(found)
        else:
            runs.append([found])
    return [" ".join(m.group() for m in run[-4:]) for run in runs if len(run) >= 2]


# A turn's label that is a surname alone (in capitals, any alphabet's: "CZERWIŃSKA:"),
# how the words came in small letters in brackets before the colon: "KAVALCHUK (through
# interpreter):", "ROE:".
_SURNAME_LABEL_RE = re.compile(r"(?P<surname>[^\W\d_][\w’'-]+)(?:\s*\([a-z][^()]{0,40}\))?:\s")
# A word of a title, any alphabet's ("Barański"; a surname may hold a hyphen).
_TITLE_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")
# The office a title writes before a name, after "by" or "with" ("briefing by Foreign
# Ministry spokesperson", "briefing by the Spokesperson,").
_TITLE_OFFICE_RE = re.compile(r"\b(?:by|with)\s+(?:the\s+)?(?P<office>[^,:;()]{3,60}?),?\s*\Z")


def asked_outlet(text: str) -> tuple[int, int] | None:
    """Where a question's label names its outlet alone in brackets ("QUESTION (Baltic
    Morning Post):", "Q (Daily Courier):"): words that name no one, a paper's name whose
    last word may read as a verb ("Post") and the words before it as its subject; None
    where the brackets name a person in full ("QUESTION (Jane Roe):") or go on past a
    comma (`askers`)."""
    found = _ASKING_LABEL_RE.match(text)
    if found is None or not (
        found["word"] == "Q" or found["word"].casefold() in words()["asking_labels"]
    ):
        return None
    opened = text.find("(", 0, found.end())
    closed = text.find(")", opened)
    if opened < 0 or closed < 0:
        return None
    inside = text[opened + 1 : closed].strip()
    if "," in inside or _person_named(inside):
        return None
    return opened + 1, closed


def _person_named(name: str) -> bool:
    """Whether a question label's brackets open with a person's name: a full name, and
    no body's (a known organisation or outlet, or "The ...")."""
    known = name in gazetteer() or name.casefold() in words()["news_outlets"]
    return full_name(name) and not known and name.split()[0].casefold() != "the"


# A question's label that names its asker, then the outlet, in brackets.
_ASKER_RE = re.compile(r"Q\s*\((?P<name>[^(),]{3,40}),\s*[^()]{2,60}\)\s*[:.]\s")


def _labelled(label: str, caption: str) -> SpeakerLine | None:
    """The person a label names in full at its end, past the office before the name (the
    longest run of its last words that is a full name, three words only from a given name
    the dictionary knows), with that office or the caption's roles as their role."""
    parts = label.split()
    for size in range(min(_NAME_WORDS, len(parts)), 1, -1):
        name = " ".join(parts[-size:])
        if _acronym(parts[-size], label):
            continue  # "MP Jane Roe": a title written short, no given name
        if size > _GIVEN_AND_SURNAME and gender(parts[-size]) is None:
            continue  # "... of Transport Jane Roe": an office's word, no name's
        if FULL_NAME_RE.fullmatch(name) and full_name(name):
            return SpeakerLine(unstyled(name), _line_role(caption, " ".join(parts[:-size])))
    return None


def _acronym(word: str, label: str) -> bool:
    """Whether a word of a label is a title written short ("MP", "MLA", "Sen."): one of
    words.toml's, or capitals in a label not written in capitals throughout."""
    bare = word.rstrip(".").casefold()
    if bare in words()["title_acronyms"] or bare in words()["honorifics"]:
        return True
    return word.isupper() and not label.isupper()


def with_line_speakers(
    people: list[Tally], sentences: Sequence[Sentence], titles: Mapping[int, str] | None = None
) -> list[Tally]:
    """The people, with each a transcript's speakers' lines name that none of them is
    (listed under the full name where the text writes only their surname, and cited at
    the first paragraph of each of their turns), and the role a line gives to one who has
    none. `titles`: each source's title, where a transcript names its speaker in full
    (`titled_speaker`)."""
    speakers: dict[str, tuple[SpeakerLine, list[Sentence]]] = {}
    for paragraphs in source_paragraphs(sentences):
        title = (titles or {}).get(paragraphs[0][0].source, "") if paragraphs else ""
        for person, item in [
            *listed_people(paragraphs),
            *labelled_people(paragraphs),
            *askers(paragraphs),
            *titled_speaker(paragraphs, title),
        ]:
            speakers.setdefault(person.name, (person, []))[1].append(item)
        before = ""
        for turn in line_turns(paragraphs):
            again, before = turn.line == before, turn.line
            if turn.speaker is not None and not again:
                # (a turn names its speaker once, however many paragraphs it runs to)
                speakers.setdefault(turn.speaker.name, (turn.speaker, []))[1].append(
                    paragraphs[turn.at][0]
                )
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
            tally = Tally(name, "person", first=(under[0].index, 0))
            people.append(tally)
            by_name[name.casefold()] = tally
        for sentence in under:
            # (one the text names elsewhere is named here too: the story of this
            # transcript counts them among its speakers, r73 F6)
            if (sentence.source, sentence.index) not in tally.where:
                tally.add(sentence)
        if line.role and not tally.role:
            tally.give_role(line.role, under[0])
    return people


def full_name(text: str) -> bool:
    """Two capitalised words or more, past any form of address, a given name first and
    no common word last ("Marcus Oyelaran", not "Question-and-Answer Session"): a line
    that names someone no sentence does."""
    text = unstyled(text)
    if not FULL_NAME_RE.fullmatch(text):
        return False
    parts = text.split()
    return given_name(parts[0]) and not common_word(parts[-1])


def titled(label: str) -> bool:
    """Whether a label is a surname after a form of address ("MR DOE", "Dr Doe"): a
    person's, whoever they are."""
    first, *rest = label.split() or [""]
    return bool(rest) and first.rstrip(".").casefold() in words()["surname_honorifics"]


def unstyled(name: str) -> str:
    """A name less the forms of address before it ("Sir Jane Roe" -> "Jane Roe")."""
    parts = name.split()
    honorifics = words()["honorifics"]
    while len(parts) > 1 and parts[0].rstrip(".").casefold() in honorifics:
        parts = parts[1:]
    return " ".join(parts)


# How many people a transcript's lines name at least (and its turns exceed).
_SPEAKERS = 2
# The small words inside an office written out ("Minister of Transport", "Chair, Board of
# Commissioners"): a label's words, and left in small letters when a label in capitals is
# written as titles are.
_SMALL_WORDS = frozenset({"of", "the", "in", "for", "and", "on", "at", "to"})
# A label on a line of its own: an office written out and a name, its small words too
# ("Minister of Transport Jane Roe:"), or a name and roles after commas ("JANE ROE, Chief
# Executive, Acme:"); and the most words a name runs to.
_LABEL_LINE_RE = re.compile(
    r"(?P<label>[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*|"
    rf"(?:{'|'.join(sorted(_SMALL_WORDS))})"
    r"\b)){1,15})(?:,\s+(?P<role>[A-Z][^:,()“”\"]{0,60}(?:,\s+[A-Z][^:,()“”\"]{0,60}){0,2}))?"
    # (how the words came, in brackets in small letters before the colon: "(through an
    # interpreter)", "(via video link)"; no role nor firm, which open with a capital)
    r"(?:\s*\((?P<manner>[a-z][^()]{0,40})\))?:"
)
# A turn's label that puts a question: "Q:", "Q.", or a word of words.toml's asking_labels,
# its asker or outlet in brackets ("QUESTION (Daily Courier):", "REPORTER:").
_ASKING_LABEL_RE = re.compile(r"(?P<word>[A-Za-z]+)(?:\s*\([^()]{1,80}\))?(?::|(?<=Q)\.)\s")
# A turn's label that gives the speaker's role or firm in brackets after the name, its
# words after it on the same line ("Jane Roe (CFO): We expect ...", "Tom Lee (Acme
# Capital): Thanks.").
_BRACKETED_LABEL_RE = re.compile(
    r"(?P<label>[A-ZÀ-ÖØ-Þ][\w’'.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'.-]+){1,3})"
    r"\s+\((?P<caption>[A-Z][^()]{0,40})\):\s+\S"
)
_NAME_WORDS = 3
_GIVEN_AND_SURNAME = 2
# What follows a speaker's name on their line: a dash and their title or firm.
_DASHED_RE = re.compile(r"\s+(?:--|[-–—])\s+(?P<role>.+)\Z")
BRACKETED_RE = re.compile(r"\s*\(([^()]{1,60})\)")
FULL_NAME_RE = re.compile(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}")
# A list written on one line: its label, then two items or more set off by semicolons.
_INLINE_LIST_RE = re.compile(r"[A-Z][\w ]{0,30}:\s+(?P<items>[^;]+(?:;[^;]+)+?)\.?")
# Where the next list's label of one word starts ("... Hon. John Doe, MP Officials: ...").
_NEXT_LIST_RE = re.compile(r"\s+(?=[A-Z][\w-]*:\s)")
# A line that may be a name: up to four capitalised words, nothing else.
_NAME_LINE_RE = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}")
_THE_RE = re.compile(r"\AThe\s+")
_QUOTED_RE = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_WORD_RE = re.compile(r"[\w’'-]+")
# A sentence that opens with a description ("The Commission president", "Poland's prime
# minister"), and how many words it may run to; one whose subject, after an aside set off
# by a comma, is "he" or "she", and its verb.
_DESCRIPTION_RE = re.compile(r"(?:The|An?)\s|[A-Z][\w-]*['’]s\s")
_SUBJECT_WORDS = 5
_PRONOUN_SAYS_RE = re.compile(
    r"(?:[^.;:?!]{0,80}?,\s+)?(?:[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b"
)
