"""Turns of an exchange printed as a transcript, unquoted: "Q: ..." and "A: ..." in a
court report's cross-examination, "Salazar: ..." in an interview, "DIR. ANDAYA: ..." in
a briefing. Each turn is one quote, whose speaker is the one its label names:

* a name (a surname, after a title written short: "DIR. ANDAYA") is the story's person
  of that name; the labels of one story name different people, so a surname two of
  them share ("Ríos" of Gustavo Salazar Ríos and Carmen Ríos Huamán) is the one no other
  label names ("Salazar" is Gustavo);
* "A" is whoever is questioned and "Q" whoever questions, as the sentence that brings
  the exchange in says: "Under cross-examination by counsel to the first defendant,
  Chief Ikechukwu Ezenwa, the witness said" (Ezenwa asks, the witness answers), "Under
  cross-examination, lead defence counsel X pressed the witness" (X asks); a description
  ("the witness") is the one person whose role it names;
* "Q (Patricia Lumbera, GMA News)": the asker the label gives.

A turn nothing settles stays unattributed when it answers (someone's words), and is no
quote when it asks. A paragraph with no label between an answer and the next turn goes
on with that answer (a statement's second paragraph). A story holds an exchange only
where two paragraphs or more open so, questions and answers both or two people named:
"KUALA LUMPUR:" and "Panel:" name no one, and a lone "A:" is no exchange.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache
from typing import NamedTuple

from brief.extract.actors.names import surname_of
from brief.extract.actors.roles.role_words import is_head
from brief.extract.actors.speaker_lines import (
    BRACKETED_RE,
    LineTurn,
    first_person,
    line_turns,
    listed_people,
    titled,
    unstyled,
)
from brief.extract.actors.word_knowledge import SURE, gender, region_name
from brief.extract.lexicon import alternation, gazetteer, honorific_gender, words
from brief.extract.quotes.actor_index import gender_of
from brief.extract.quotes.print_interviews import interview_turns
from brief.extract.quotes.pronouns import Subjects
from brief.extract.quotes.sentence_subjects import person_asked
from brief.extract.quotes.spans import paragraph_groups
from brief.ingest.furniture import ADDRESS, furniture_kind
from brief.ingest.signatures import signature
from brief.models import Actor, Sentence
from brief.segment import opens_list

# A turn's label and, for a question, the asker in brackets: "Q:", "A.", "Q (Patricia
# Lumbera, GMA News):", "Salazar:", "DIR. ANDAYA:", "RADM VILLARAZA:"; a name's initials or
# its part in brackets ("Shahnaz Parvin Mitu (SPM):", "THANDEKA JOOSTE (HOST):"); a
# recording's time code before it ("[00:01:04] JOOSTE:"); a clip played, in square
# brackets ("[CLIP - DANIEL PIETERSEN]:").
# (a capital of Latin-1 too: "ÚNA BREATHNACH", "Ó CEALLAIGH"; a style in brackets after
# the first word: "Hon. (Dr.) Jane Roe")
_CAPITAL = "A-ZÀ-ÖØ-Þ"


@cache
def _name() -> str:
    """A name in a label, a link to the father's name between its capitals perhaps
    (words.toml's patronymic_links: "Azman bin Ismail:", "Priya a/p Raman:")."""
    link = rf"(?:(?:{alternation(words()['patronymic_links'])})\s+)?"
    return (
        rf"[{_CAPITAL}][\w’'.-]*(?:\s+\([{_CAPITAL}][\w.]{{0,8}}\))?"
        rf"(?:\s+{link}[{_CAPITAL}][\w’'.-]*){{0,3}}"
    )


# A caption's roles after the name, each set off by a comma and capitalised ("ANDILE
# MOYO, CEO, Eastern Power:"), and the small words of an office written out.
_CAPTION = r"(?:,\s+(?P<{}>[A-Z][^:,()“”\"]{{0,60}}(?:,\s+[A-Z][^:,()“”\"]{{0,60}}){{0,2}}))?"
_ROLES, _OFFICE_ROLES = _CAPTION.format("role"), _CAPTION.format("office_role")
_SMALL = r"(?:of|the|in|for|and|on|at|to)\b"


@cache
def _label_re() -> re.Pattern[str]:
    """The label that opens a turn, as the comment above _CAPITAL tells."""
    name = _name()
    return re.compile(
        # (a broadcast's cue before it too: "[SOUNDBITE] JANE ROE, Minister:")
        r"(?:\[(?:\d{1,2}(?::\d{2}){1,2}|[A-Z][A-Z -]{1,30})\]\s*)?"
        r"(?:(?P<letter>[QA])(?:\s*\((?P<aside>[^()]{1,80})\))?[:.]"
        rf"|(?P<name>{name})(?:\s*\((?P<gloss>[^()]{{1,30}})\))?{_ROLES}:"
        # an office written out before the name, its small words too ("Secretary of State in
        # the Ministry of Transport Jane Roe:"), a label only where it holds a name in full
        rf"|(?P<office>[{_CAPITAL}][\w’'.-]*(?:\s+(?:[{_CAPITAL}][\w’'.-]*|{_SMALL})){{2,15}}){_OFFICE_ROLES}:"
        # (a clip's caption without its square brackets too: "CLIP - JANE ROE:")
        rf"|(?P<bracket>\[)?(?P<played>[A-Za-z]+)\s*[-–—:]\s*(?P<clipped>{name})(?(bracket)\]):"
        # a briefing's speaker key gives each voice its initials, which then open the turn
        # with no stop ("HA Thank you.", "PR (through interpreter) We have traced ...")
        r"|(?P<initials>[A-Z]{2,3})(?:\s+\((?P<manner>[^()]{1,30})\))?(?=\s+[A-Z“\"‘\[.]))"
        # (the words on the same line, or a label on a line of its own, the turn under it)
        r"(?:\s+(?=\S)|\s*\Z)"
    )


class Turn(NamedTuple):
    """One paragraph of an exchange: what opens it (`kind`: "asks", "answers", "named",
    "goes_on" for a paragraph with no label between an answer and the next turn, or
    "put" for a call's moderator, no one's quote,
    "label" for a label on a line of its own, whose turn is the paragraph under it),
    where its words start in the paragraph's text, the asker the label gives (`aside`),
    and for a name, the person it names (None when two may be)."""

    kind: str
    start: int
    aside: str = ""
    named: Actor | None = None
    label: str = ""  # a name label as written ("DIR. ANDAYA")
    # a reader's question signed on its last line ("Q: ...? - Jane Roe, Tampines"): the
    # turn's words stop before the signature
    signed: bool = False


def exchange_turns(
    groups: Sequence[Sequence[Sentence]], actors: Sequence[tuple[Actor, int]]
) -> dict[int, Turn]:
    """The story's paragraphs (by position) that are turns of a printed exchange, or
    none: labelled turns, or else an interview's questions and answers with no labels
    (print_interviews: each answer the interviewee's; a question is no turn, read as
    the outlet's prose)."""
    people = [actor for actor, _ in actors if actor.kind == "person"]
    turns = _labelled_turns(groups, people) or _heading_turns(groups, people)
    if turns:
        return turns
    interview = interview_turns(groups, people)
    if interview is None:
        return {}
    interviewee, answers = interview
    # a question is read as the outlet's paragraph, no turn: it is no one's quote, but a
    # quote inside it is its speaker's ("X told parliament that the ministry “...”. Is
    # she right?")
    return {at: Turn("named", 0, named=interviewee) for at, answer in answers.items() if answer}


def small_talk(groups: Sequence[Sequence[Sentence]]) -> set[Sentence]:
    """The sentences of a printed exchange that tell no news: the turns its host puts
    (a label of words.toml's asking_labels, "PRESENTER:", "Q:", one whose part in
    brackets is an asker's, or a credited host's name; a call's "Operator" line), which
    are the outlet's voice, greetings, questions and thanks ("PRESENTER: Dr Jane Roe,
    thank you."), and the greeting or thanks that opens another's turn ("ROE: Good
    morning."). An exchange needs a turn the host does not put, under a name or "A:": a
    lone "Q:" (an explainer's question and answer, unlabelled) is left as it is. A
    brief's bullets leave them out (selection); the quotes, which read the whole
    exchange, do not."""
    hosts, others = _hosts_labels(groups)
    if not hosts or not others:
        hosts, others = set(), {}
        for turn in line_turns(groups):
            if turn.put:
                hosts.add(turn.at)
            else:
                others[turn.at] = 0
    said = {sentence for at in hosts for sentence in groups[at]}
    for at, start in others.items():
        kept = _past_small_talk(groups[at], start, answers=True)
        said.update(
            sentence for sentence in groups[at] if _starts_before(groups[at], sentence, kept)
        )
    return said


# How many paragraphs of a source's opening are read for the words its news opens with.
_OPENING_REACH = 12


def opening_news(sentences: Sequence[Sentence]) -> str | None:
    """The words a source printed as an exchange opens its news with, for a title where it
    has no headline; None for a source that opens with no speaker's label, or holds no
    exchange (two paragraphs or more that open with one). Its first sentence is a label
    and a greeting ("ANCHOR (Jane Roe): Good evening.": r61, a bulletin had been titled
    so), no title: the first sentence past the small talk (see small_talk) is. In the
    outlet's own voice (a host's, an anchor's, a reporter's label: words.toml's
    asking_labels) its words stand without the label, as a bulletin's lede; another's
    keep their speaker's label before a colon, as a headline attributes words ("DOE: We
    will not withdraw"): a guest's claim is never the outlet's statement."""
    groups = list(paragraph_groups(sentences))[:_OPENING_REACH]
    if not groups or _label(groups[0]) is None:
        return None
    opened = {at: found for at, group in enumerate(groups) if (found := _label(group))}
    if len(opened) < 2:
        return None
    talk = small_talk(groups)
    labels = _labels(opened)
    label = ""
    for at, group in enumerate(groups):
        found = opened.get(at)
        if found is not None:
            label = labels.get(at, "") if not found["letter"] else found["letter"]
        elif at - 1 not in opened or opened[at - 1].end() < len(groups[at - 1][0].text):
            label = ""  # words under no label of their own: the outlet's, between turns
        start = found.end() if found is not None else 0
        for sentence in group:
            words_said = sentence.text[start:].strip()
            start = 0
            if sentence in talk or not words_said or words_said.endswith("?"):
                continue
            if furniture_kind(words_said) == ADDRESS:
                continue
            voice = label.casefold()
            if label in ("Q", "A"):
                return None  # an answerer no label names: whose words, the title can't say
            if not label or voice in words()["asking_labels"] | words()["reporting_labels"]:
                return words_said
            return f"{label}: {words_said}"
    return None


def _hosts_labels(groups: Sequence[Sequence[Sentence]]) -> tuple[set[int], dict[int, int]]:
    """The paragraphs that open with a host's label, and the others that open with a
    label, each with where its words start."""
    opened: dict[int, re.Match[str]] = {}
    for at, sentences in enumerate(groups):
        found = _label(sentences)
        if found is not None and not found["initials"]:
            opened[at] = found
    if len(opened) < 2:
        return set(), {}
    labels = _labels(opened)
    if any(_a_place(labels[at]) for at, found in opened.items() if at in labels and found["name"]):
        return set(), {}  # "Jordan: ..." of a reactions list
    asking = _credited_askers(groups) | {
        name
        for at, found in opened.items()
        if found["gloss"] and found["gloss"].casefold() in words()["asking_labels"]
        for name in (labels[at], labels[at].split()[-1])
    }
    hosts = {
        at
        for at, found in opened.items()
        if found["letter"] == "Q"
        or (
            at in labels
            and (labels[at].casefold() in words()["asking_labels"] or labels[at] in asking)
            and not _reports(labels[at], groups[at])
        )
    }
    hosts |= _chairs_turns(groups, sorted(opened), hosts, labels)
    return hosts, {at: found.end() for at, found in opened.items() if at not in hosts}


def _chairs_turns(
    groups: Sequence[Sequence[Sentence]],
    opened: Sequence[int],
    hosts: Collection[int],
    labels: dict[int, str],
) -> set[int]:
    """The turns of an exchange's chair: one who gives the floor and holds none, as a
    press officer opens a press conference ("The Governor will make a statement and then
    take questions."), closes it ("That concludes the press conference.") and answers
    none of the questions put, which another answers. Such turns are the host's, however
    the label calls the chair ("SPOKESPERSON (Jane Roe):", r75 F6: a central bank's
    housekeeping had been its story's bullet and a quote, and "three questions" a key
    figure, while the governor's answers were none). One who answers a question (a
    spokesperson at a ministry's briefing), or who does not both open and close the
    exchange, is a principal, unless they open it and hand the floor at once to the one
    who answers every question (the sentences read may lack the closing turn)."""
    asked = {at for at in hosts if _ends_asking(groups[at])}
    if not asked or not opened:
        return set()
    turns: dict[str, list[int]] = {}
    answering: set[str] = set()
    before = None
    for at in opened:
        name = labels.get(at) if at not in hosts else None
        if name:
            turns.setdefault(name, []).append(at)
            if before in asked:
                answering.add(name)
        before = at
    if not answering:
        return set()
    first, last = opened[0], opened[-1]
    # (who gives the floor to the one who answers every question, at once, gives it: a
    # near copy of another source's closing "Thank you." may have been dropped from the
    # sentences read here, r75 F6)
    after = opened[1] if len(opened) > 1 else None
    given = (
        after is not None
        and after not in hosts
        and len(answering) == 1
        and labels.get(after) in answering
    )
    return {
        at
        for name, own in turns.items()
        if name not in answering and own[0] == first and (own[-1] == last or given)
        for at in own
    }


def _starts_before(sentences: Sequence[Sentence], sentence: Sentence, start: int) -> bool:
    """Whether the sentence ends before `start` in its paragraph's text (the sentences
    joined by a space)."""
    end = -1
    for one in sentences:
        end += 1 + len(one.text)
        if one is sentence:
            return end <= start
    return False


def _labelled_turns(
    groups: Sequence[Sequence[Sentence]], people: Sequence[Actor]
) -> dict[int, Turn]:
    """The labelled turns of the story's paragraphs, a label on a line of its own read
    with the paragraph under it ("MP Jane Roe:", then her words): a record prints its
    speakers so, as others print the label before the words. The label's own line is a
    turn of no words (kind "label")."""
    joined, origins = _joined_label_lines(groups)
    turns: dict[int, Turn] = {}
    listed = {person.name: person.role for person, _ in listed_people(groups)}
    for at, turn in _turns_of_labels(joined, people, listed).items():
        origin = origins[at]
        if len(joined[at]) == len(groups[origin]):
            turns[origin] = turn
            continue
        label = len(groups[origin][0].text)
        turns[origin] = Turn("label", label)
        turns[origin + 1] = turn._replace(start=max(turn.start - label - 1, 0))
    return turns


def _signer(group: Sequence[Sentence], people: Sequence[Actor]) -> Actor | None:
    """The person who signs a question on its last line, after a dash ("... Is that
    still true? - Jane Roe, Tampines", ingest.signatures): a reader's question in a
    column that answers readers is theirs. Only a name the actors table holds as a
    person: a pen name ("- Old Soldier, Ang Mo Kio") signs as no one."""
    if len(group) < 2:
        return None
    found = signature().fullmatch(group[-1].text)
    if found is None:
        return None
    name = found.group("name")
    return next((p for p in people if name in {p.name, *p.spellings}), None)


def _joined_label_lines(
    groups: Sequence[Sequence[Sentence]],
) -> tuple[list[list[Sentence]], list[int]]:
    """The paragraphs, each that is a label alone joined with the one under it (when that
    one opens with no label), and where each of them starts among the paragraphs given."""
    joined: list[list[Sentence]] = []
    origins: list[int] = []
    at = 0
    while at < len(groups):
        sentences = list(groups[at])
        found = _label(sentences) if len(sentences) == 1 else None
        if (
            found is not None
            and found.end() >= len(sentences[0].text)
            and not opens_list(sentences[0].text)
            and at + 1 < len(groups)
            and groups[at + 1]
            and _label(groups[at + 1]) is None
        ):
            joined.append([*sentences, *groups[at + 1]])
            origins.append(at)
            at += 2
            continue
        joined.append(sentences)
        origins.append(at)
        at += 1
    return joined, origins


def _turns_of_labels(
    groups: Sequence[Sequence[Sentence]], people: Sequence[Actor], listed_roles: dict[str, str]
) -> dict[int, Turn]:
    """The paragraphs that open with a label and the ones that go on with them. A turn
    stands beside another paragraph that opens with a label (any: the interviewer's
    "BNamericas:" too), or past one paragraph that goes on with it: a
    headline ("OK Gov Fallin: Trump Is ...") or a section's heading ("Sanders: Win in a
    walk.", then a paragraph about him) is none. Most stories have no paragraph that
    opens with a label: one search each. `listed_roles`: the people the transcript's list
    of participants names, with their titles."""
    opened: dict[int, re.Match[str]] = {}
    for at, sentences in enumerate(groups):
        found = _label(sentences)
        # (an office written out is a label only before a name in full: "Minister of
        # Transport Jane Roe:", not "According to the Ministry of Health:")
        if found is not None and (not found["office"] or _full_named(found["office"], people)):
            opened[at] = found
    initialled = _initialled(opened, people)
    opened = {at: found for at, found in opened.items() if initialled or not found["initials"]}
    if len(opened) < 2:
        return {}
    labels = _labels(opened)
    for at, found in opened.items():
        glossed = _named_in_gloss(found, people)
        if glossed:
            labels[at] = glossed
    # a run of labels most of which are places is a list ("Jordan: The foreign ministry in
    # Amman said ...", "Egypt: Cairo said ..."), the reporter's, not an exchange
    names = [labels[at] for at, found in opened.items() if at in labels and found["name"]]
    if 2 * sum(_a_place(name) for name in names) > len(names):
        return {}
    story = " ".join(sentence.text for group in groups for sentence in group)
    surnamed = {
        at: initialled.get(at, []) if found["initials"] else _named_by(labels.get(at), people)
        for at, found in opened.items()
    }
    # (a label that writes a name in full names its one person whatever its style)
    candidates = {
        at: _by_style(labels[at], named, story)
        if named and not opened[at]["initials"] and not _full_named(labels.get(at, ""), people)
        else named
        for at, named in surnamed.items()
    }
    taken = {id(named[0]) for named in candidates.values() if len(named) == 1}
    asking = _asking_labels(groups, opened, labels, candidates)
    turns: dict[int, Turn] = {}
    introduced = _introduced(groups, min(opened), people)
    # (read only when two people share a label's surname: most transcripts never ask)
    named_before = cache(lambda: _named_before(groups, min(opened), people))
    listed = set(listed_roles)
    for at, found in opened.items():
        letter, name = found.group("letter"), labels.get(at, "")
        if letter is not None:
            kind = "asks" if letter == "Q" else "answers"
            signer = _signer(groups[at], people) if letter == "Q" else None
            if signer is not None:
                # a column's reader who signs the question: their own words, not the host's
                turns[at] = Turn("named", found.end(), named=signer, label=signer.name, signed=True)
                continue
            turns[at] = Turn(kind, found.end(), found.group("aside") or "")
        elif name in asking and (holder := _asking_office(name, people, listed_roles)):
            # "The Chair: Where are they?": a committee's chair asks, and the story says
            # who holds the chair
            start = _past_small_talk(groups[at], found.end())
            turns[at] = Turn("named", start, named=holder, label=name)
        elif name.casefold() in words()["asking_labels"] or name in asking:
            if _reports(name, groups[at]):
                continue  # a reporter's two-way: narration, whose quotes are others'
            turns[at] = Turn("asks", found.end())
        elif found.group("played") and found.group("played").casefold() not in _played():
            continue  # "[NOTE - ...]:": no recording of anyone's words
        elif candidates[at]:
            # labels name different people: a surname two share is the one no other takes
            left = [a for a in candidates[at] if len(candidates[at]) == 1 or id(a) not in taken]
            if len(left) > 1 and not _style_shared(name, left, story):
                # "Sato:" of a story with two Satos: the one the participants list names
                # (the other is only spoken of), else the one the paragraph before the
                # exchange brings in ("Park Seo-yeon became director ..."); a label
                # whose style two of them carry ("SEN. SALAZAR" of two senators) names
                # neither
                left = (
                    [a for a in left if a.name in listed]
                    or [a for a in left if id(a) in introduced]
                    or [a for a in left if id(a) in named_before() and _style_fits(name, a)]
                    or left
                )
            one = left[0] if len(left) == 1 and not _reads_out(found) else None
            start = _past_small_talk(groups[at], found.end())
            turns[at] = Turn("named", start, named=one, label=name)
        elif surnamed[at]:
            # "ENGR. CRUZ:" where the story styles its one Cruz "Rep.": someone's words,
            # whose the text does not settle
            turns[at] = Turn("named", _past_small_talk(groups[at], found.end()), label=name)
        elif (holder := _office_holder(name, people, listed_roles)) is not None:
            # "Hon. Chair:": the one the story says holds the office
            start = _past_small_talk(groups[at], found.end())
            turns[at] = Turn("named", start, named=holder, label=name)
        elif titled(name):
            # "MR DOE:" with no Doe in the story: someone's words, whose the text never says
            turns[at] = Turn("named", found.end(), label=name)
        elif found.group("played"):
            # "[CLIP: FABRICATED AUDIO]:": a recording of no one the story names
            turns[at] = Turn("named", found.end())
        elif found.group("role") and not _a_place(name):
            # a caption's "UNNAMED WORKER, Depot:": someone's words, who the text never says
            turns[at] = Turn("named", found.end(), label=name)
    going_on = _going_on(groups, turns, opened.keys())
    answering = _answering(groups, turns, opened.keys())
    # (labels on lines of their own over two people's words or more are a record's
    # layout, whatever stands between them: no headline nor heading is written so)
    lined = {
        at
        for at, turn in turns.items()
        if turn.named is not None and opened[at].end() >= len(groups[at][0].text)
    }
    alone = {at for at in turns if opened[at].end() >= len(groups[at][0].text)}
    if alone and not _own_voices(groups, alone):
        # a who's-who's names over paragraphs about them ("Finance Minister Tom Berg:",
        # then "A former governor, he is expected to ..."): headings, no one's words
        turns = {at: turn for at, turn in turns.items() if at not in alone}
        lined = set()
    turns = {
        at: turn
        for at, turn in turns.items()
        if _beside(groups, at) & opened.keys()
        or at + 1 in going_on
        or at - 1 in going_on
        or at in answering
        or (at in lined and len(lined) >= _SPEAKERS_LINED)
    }
    if len(lined) >= _SPEAKERS_LINED:
        turns.update(_unlabelled_again(groups, turns, opened.keys()))
    kinds = {turn.kind for turn in turns.values()}
    named = sum(turn.kind == "named" for turn in turns.values())
    if not ({"asks", "answers"} <= kinds or named >= 2):
        return {}
    turns.update((at, Turn("goes_on", 0)) for at in sorted(going_on) if at - 1 in turns)
    # a chair's turns give the floor, and are no one's quote, as a moderator's are not
    asks = {at for at, turn in turns.items() if turn.kind == "asks"}
    named_labels = {at: turn.label for at, turn in turns.items() if turn.kind == "named"}
    for at in _chairs_turns(groups, sorted(opened), asks, named_labels):
        turns[at] = Turn("asks", turns[at].start)
    return turns


def _reads_out(found: re.Match[str]) -> bool:
    """ "JANE ROE (reading from the diary):": the label's person voices another's writing
    (a widow her husband's diary, a clerk an order), so the words are its writer's, whom
    the label does not name: the turn is someone's, unsettled, never the reader's."""
    gloss = (found["gloss"] or "").casefold().split()
    return not words()["read_out_verbs"].isdisjoint(gloss) or not words()["relay_verbs"].isdisjoint(
        gloss
    )


def _own_voices(groups: Sequence[Sequence[Sentence]], alone: Collection[int]) -> bool:
    """Whether the paragraphs under labels on lines of their own speak as their speakers
    do, most of them as "I" or "we": a record's turns are its speakers' words, where a
    profile's or a who's-who's paragraphs under the names speak of them ("he", "she")."""
    own = sum(first_person(" ".join(sentence.text for sentence in groups[at][1:])) for at in alone)
    return 2 * own >= len(alone)


# How many people's labels on lines of their own make a record's layout.
_SPEAKERS_LINED = 2


def _past_small_talk(sentences: Sequence[Sentence], start: int, *, answers: bool = False) -> int:
    """Where a turn's words start, past the greeting or thanks that opens them ("ADEYEMI:
    Good morning. Our unit opened on Saturday ..."): the guest answering the host's
    greeting says nothing of the news (what furniture knows as a page's words to its
    reader, "Good morning.", "Thank you."), nor does their saying what they will speak
    of (`agenda_alone`); a turn of nothing else has no words left. `answers`: for the
    bullets, a bare answer at the turn's head ("No.", `bare_answer`) is the pair's too;
    a quote keeps it, the turn's words as spoken."""
    end = -1
    for sentence in sentences:
        begin, end = end + 1, end + 1 + len(sentence.text)
        if end <= start:
            continue
        said = sentence.text[max(start - begin, 0) :]
        if (
            furniture_kind(said) != ADDRESS
            and not agenda_alone(said)
            and not (answers and bare_answer(said))
        ):
            return max(start, begin)
    return max(start, end)


def bare_answer(said: str) -> bool:
    """Whether a sentence is an answer that says nothing without its question: a bare yes
    or no, or how sure the speaker is, in a piece or a few set apart by commas ("No.",
    "Not at all.", "No, not at all.", "We'll see.": words.toml's bare_answers). At the head
    of an answer's turn it is the question-and-answer pair's, no sentence to brief alone:
    "No." had been a bullet under its speaker's name, the question it denied unshown (r77
    F16). A word of substance after it ("No. We have photographs ...") is the next
    sentence, and is kept."""
    folded = said.strip().casefold().replace("’", "'").rstrip(".!")
    pieces = [piece.strip() for piece in folded.split(",")]
    return bool(folded) and all(piece in words()["bare_answers"] for piece in pieces)


def agenda_alone(said: str) -> bool:
    """Whether a sentence only says what the speaker will speak of ("I will start with
    the situation concerning the detainees.", words.toml's agenda_openers): a briefing's
    sign-posting, as a live page's is, so long as it goes on to nothing else (no comma,
    no second clause, a dozen words at most)."""
    folded = said.strip().casefold().replace("’", "'")
    opener = next((o for o in words()["agenda_openers"] if folded.startswith(o + " ")), None)
    if opener is None:
        return False
    rest = folded[len(opener) :]
    return (
        not any(mark in rest for mark in ',;:“”"')
        and not {"and", "that", "which", "who", "but"} & set(rest.split())
        and len(folded.split()) <= 12
    )


def _initialled(
    opened: dict[int, re.Match[str]], people: Sequence[Actor]
) -> dict[int, list[Actor]]:
    """The paragraphs that open with initials ("HA Thank you.") and the one person of the
    story each stands for, when two people or more are so labelled: a briefing's
    transcript, whose speaker key the page lays out above it ("HA Dr Henrik Aalto"). A
    capitalised word that opens news copy ("UN officials said", "EU ministers") stands
    for no one's name, so a story whose initials name fewer than two is none, and one
    whose initials are a place's or a body's anywhere is a reactions list ("UK The Foreign
    Office said ...", "US The State Department said ..."), no transcript: the key that
    spells initials out is no text the segmenter keeps, so the letters alone must do.
    Initials that stand for no one of the story (a moderator the text never names) open
    a paragraph that is no one's turn."""
    if any(_a_place(found["initials"]) for found in opened.values() if found["initials"]):
        return {}
    by_initials: dict[str, list[Actor]] = {}
    for person in people:
        parts = person.name.split()
        if len(parts) >= 2:
            for form in dict.fromkeys((parts[0][0] + parts[-1][0], "".join(p[0] for p in parts))):
                by_initials.setdefault(form.upper(), []).append(person)
    named = {
        at: by_initials.get(found["initials"], [])
        for at, found in opened.items()
        if found["initials"]
    }
    resolved = {at: found for at, found in named.items() if len(found) == 1}
    if len({id(found[0]) for found in resolved.values()}) < _KEYED_SPEAKERS:
        return {}
    return {at: resolved.get(at, []) for at in named}


def _a_place(label: str) -> bool:
    """Whether a label is a country's, a body's or a region's name ("Jordan", "UK", "EU",
    "Tamil Nadu"): a list's heading of where a reaction comes from, no one's."""
    return label in gazetteer() or region_name(label)


def _heading_turns(
    groups: Sequence[Sequence[Sentence]], people: Sequence[Actor]
) -> dict[int, Turn]:
    """A transcript that prints each speaker's name on a line of its own above their
    turn (an earnings call's "Jane Roe -- Chief Financial Officer", a parliament's
    record, "The Minister for Health (Dr John Doe)", then "Dr Doe"): each paragraph under
    a line is one quote, the speaker's, as actors.speaker_lines reads the lines (the
    actors table lists the people they name from the same reading). A moderator's line
    ("Operator") is no one's quote, and a surname after a form of address that no line
    names in full ("Mr Speaker") is someone's words, unattributed."""
    turns: dict[int, Turn] = {}
    for turn in line_turns(groups):
        if turn.put:
            turns[turn.at] = Turn("put", 0)
            continue
        person = _line_person(turn, people)
        text = " ".join(sentence.text for sentence in groups[turn.at])
        # (the record's own label before the words: "(Urgent Question): To ask ...")
        opening = _PROCEEDING_RE.match(text)
        start = _past_small_talk(groups[turn.at], opening.end() if opening else 0)
        turns[turn.at] = Turn("named", start, named=person, label=turn.line)
    return turns


def _line_person(turn: LineTurn, people: Sequence[Actor]) -> Actor | None:
    """The story's person a speaker's line names: the one of its full name (the actors
    table lists each), or the one its surname names alone."""
    if turn.speaker is None:
        return None
    name = turn.speaker.name.casefold()
    same = [person for person in people if person.name.casefold() == name]
    if not same:
        same = _named_by(turn.speaker.name, people)
    return same[0] if len(same) == 1 else None


# How many people a briefing's speaker key names at least (see _initialled).
_KEYED_SPEAKERS = 2
# A record's label that opens a turn's words.
_PROCEEDING_RE = re.compile(r"\([A-Z][^()]{0,40}\):\s+(?=\S)")


def _introduced(
    groups: Sequence[Sequence[Sentence]], first: int, people: Sequence[Actor]
) -> set[int]:
    """The people (by id) the paragraph before an exchange names in full: the one it
    brings in to answer ("Park Seo-yeon became director ... She spoke to us."), not one
    its sentence says is not there ("Capt. Jun Sato, is not related to the general and
    did not attend": words.toml's absent_predicates, before any other name)."""
    if not first:
        return set()
    texts = [sentence.text for sentence in groups[first - 1]]
    return {
        id(person)
        for person in people
        if any(person.name in text for text in texts)
        and not any(_said_absent(person, text, people) for text in texts)
    }


def _named_before(
    groups: Sequence[Sequence[Sentence]], first: int, people: Sequence[Actor]
) -> set[int]:
    """The people (by id) the story names in full before its exchange opens: a label's
    surname is read as the reader knows it then ("The deputy secretary, Hemi Te Awa,
    led the team", then "Mr Te Awa:"), not as a namesake brought in after the exchange
    ("Its president, Wiremu Te Awa, sat in the gallery")."""
    # (one text, searched once a person: a name never runs across two sentences, which the
    # newline keeps apart)
    before = "\n".join(sentence.text for group in groups[:first] for sentence in group)
    return {id(person) for person in people if " " in person.name and person.name in before}


def _style_fits(label: str, person: Actor) -> bool:
    """Whether a label's form of address may be the person's: "Mr O'BRIEN" is no Siobhan
    (a given name of the other sex); a label with no gendered style fits anyone."""
    words_of = label.split()
    sex = honorific_gender(words_of[0].rstrip(".")) if len(words_of) > 1 else None
    return sex is None or gender_of(person) in (None, sex)


def _said_absent(person: Actor, text: str, people: Sequence[Actor]) -> bool:
    """Whether the sentence says, after the person's name and before anyone else's, that
    they are not there."""
    at = text.find(person.name)
    if at < 0:
        return False
    after = text[at + len(person.name) :]
    found = _absent_re().search(after)
    if found is None:
        return False
    between = after[: found.start()]
    return not any(other.name in between for other in people if other is not person)


@cache
def _absent_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['absent_predicates'])})\b", re.I)


def _answering(
    groups: Sequence[Sequence[Sentence]], turns: dict[int, Turn], opened: Collection[int]
) -> set[int]:
    """The turns of one name label each two paragraphs from the next, with an unlabelled
    paragraph between them that asks, at least once ("Park: ...", "How do you know?",
    "Park: ..."): an interview whose questions are printed without a label. A paragraph
    between two such turns is the interviewer's, even when it asks as a statement ("Some
    lawmakers say the service is too secretive."): a speaker who goes on is not labelled
    again."""
    pairs = [
        (at, at + 2)
        for at, turn in turns.items()
        if turn.label
        and at + 2 in turns
        and turns[at + 2].label == turn.label
        and at + 1 not in opened
    ]
    if not any(_ends_asking(groups[at + 1]) for at, _ in pairs):
        return set()
    return {at for pair in pairs for at in pair}


def _labels(opened: dict[int, re.Match[str]]) -> dict[int, str]:
    """Each name label's name (a played clip's, "DANIEL PIETERSEN" of "[CLIP - DANIEL
    PIETERSEN]:"), with initials a label defined in brackets read as the name they stand
    for: after "Shahnaz Parvin Mitu (SPM):", "SPM:" is hers."""
    names = {
        at: found.group("name")
        or found.group("office")
        or found.group("clipped")
        or found.group("initials")
        for at, found in opened.items()
    }
    spelt: dict[str, str] = {}
    for at, found in opened.items():
        gloss, name = found.group("gloss"), names[at]
        if gloss and name and _initials_of(name) == gloss:
            spelt[gloss] = name
    return {at: spelt.get(name, name) for at, name in names.items() if name}


def _named_in_gloss(found: re.Match[str], people: Sequence[Actor]) -> str:
    """The name a label gives in brackets after a word that names no one ("CALLER (Jane
    Roe, Leeds):", "VOTER (John Doe):"), when it is a person of the story's in full: a
    phone-in's or a vox pop's layout, the role before, the speaker inside. Empty
    otherwise ("ROE (HOST):", "ROE (Acme, CEO):" keep the label's own name), and for
    the outlet's own voice ("ANCHOR (Jane Roe):", words.toml's asking_labels): its
    turns are the bulletin's narration or its questions, read as the label's, never a
    quote of the presenter's (r61: an anchor's lede had been quoted as hers)."""
    label, gloss = found["name"], found["gloss"]
    if not label or not gloss or " " in label.strip() or _named_by(label, people):
        return ""
    if label.casefold() in words()["asking_labels"] | words()["reporting_labels"]:
        return ""
    name = gloss.split(",")[0].strip()
    return name if len(name.split()) > 1 and _full_named(name, people) else ""


def _initials_of(name: str) -> str:
    return "".join(word[0] for word in name.split()).upper()


def _asking_labels(
    groups: Sequence[Sequence[Sentence]],
    opened: dict[int, re.Match[str]],
    labels: dict[int, str],
    candidates: dict[int, list[Actor]],
) -> set[str]:
    """The name labels whose turns ask: one whose part in brackets is an asker's ("THANDEKA
    JOOSTE (HOST):"), with its surname written alone later ("JOOSTE:"); and one that
    names none of the story's people whose turns are questions, most of them (an
    outlet's: "The Daily Star (TDS): Where do the talks stand?")."""
    asking = _credited_askers(groups)
    for at, found in opened.items():
        gloss = found.group("gloss")
        if gloss and at in labels and gloss.casefold() in words()["asking_labels"]:
            asking |= {labels[at], labels[at].split()[-1]}
    turns_of: dict[str, list[int]] = {}
    for at, name in labels.items():
        if not candidates.get(at):
            turns_of.setdefault(name, []).append(at)
    for name, ats in turns_of.items():
        asked = sum(_ends_asking(groups[at]) for at in ats)
        if len(ats) >= 2 and 2 * asked > len(ats):
            asking.add(name)
    return asking


def _credited_askers(groups: Sequence[Sequence[Sentence]]) -> set[str]:
    """The names a credit line gives the one who asks ("Host: Nadia Karim | Producers:
    ..."), in capitals too, and their surnames: a podcast's labels name its host so. A
    credit's name ends its item (the line's end, or a separator): the host's own turn
    that names a guest ("PRESENTER: Dr Jane Roe, thank you.") credits no one."""
    lines = {sentence.heading for group in groups for sentence in group[:1] if sentence.heading}
    lines.update(group[0].text for group in groups if group)
    named: set[str] = set()
    for line in lines:
        for found in _credit_re().finditer(line):
            name = found.group("credited")
            named |= {name.upper(), name.split()[-1].upper(), name, name.split()[-1]}
    return named


@cache
def _credit_re() -> re.Pattern[str]:
    labels = alternation(words()["asking_labels"])
    return re.compile(
        rf"(?:^|[|•·]\s*)(?i:{labels})s?:\s+(?P<credited>{_name()})\b(?=\s*(?:[|•·]|\Z))"
    )


def _reports(label: str, paragraph: Sequence[Sentence]) -> bool:
    """Whether a reporter's turn (words.toml's reporting_labels) asks nothing: in a
    broadcast's two-way it tells the news and what others said ("REPORTER: ... he wrote
    that the backlog was "a disaster"."), the quotes the ones it names', read as any
    paragraph's; no asker's turn, nor the host's small talk."""
    return label.casefold() in words()["reporting_labels"] and not _ends_asking(paragraph)


def _ends_asking(paragraph: Sequence[Sentence]) -> bool:
    return bool(paragraph) and paragraph[-1].text.rstrip().endswith("?")


@cache
def _played() -> frozenset[str]:
    return words()["played_labels"]


def _going_on(
    groups: Sequence[Sequence[Sentence]], turns: dict[int, Turn], opened: Collection[int]
) -> set[int]:
    """The paragraphs with no label that go on with the answer before them, up to the
    next turn: a statement read at the top of a briefing runs to several ("First, ...",
    "Second, ..."). A run that no label closes is narration again, not the answer's."""
    going_on: set[int] = set()
    for at, turn in turns.items():
        run: list[int] = []
        for after in range(at + 1, min(at + 1 + _RUN_REACH, len(groups))):
            if _left_out_before(groups, after):
                break  # a paragraph said before, left out here: a speaker's label again
            if after in opened:
                if after in turns and turn.label and turns[after].label == turn.label:
                    break  # the same speaker labelled again: what came between asked
                # (past one paragraph, each a statement's: a tally's "Sanders: 1,501."
                # and the section under it, "SUPERDELEGATES.", "These are ...", are none)
                if len(run) == 1 or all(_spoken(groups[n]) for n in [at, *run]):
                    going_on.update(run)
                break
            if not _goes_on(groups[after], turn):
                break
            run.append(after)
    return going_on


def _beside(groups: Sequence[Sequence[Sentence]], at: int) -> set[int]:
    """The paragraphs either side of one, past the notes in brackets between them (a
    broadcast's "[END SOUNDBITE]")."""
    beside: set[int] = set()
    for step in (-1, 1):
        near = at + step
        while 0 <= near < len(groups) and _a_note(groups[near]):
            near += step
        beside.add(near)
    return beside


def _a_note(paragraph: Sequence[Sentence]) -> bool:
    return bool(_NOTE_RE.fullmatch(" ".join(sentence.text for sentence in paragraph)))


def _unlabelled_again(
    groups: Sequence[Sequence[Sentence]], turns: dict[int, Turn], opened: Collection[int]
) -> dict[int, Turn]:
    """In a record whose labels stand on lines of their own, the paragraphs past the
    first turn whose label was left out as a copy of an earlier one (see
    _left_out_before): someone's words in the first person, whose the text no longer
    says; not a note in brackets."""
    first = min(turns, default=len(groups))
    return {
        at: Turn("named", 0)
        for at in range(first + 1, len(groups))
        if at not in turns
        and at not in opened
        and _left_out_before(groups, at)
        and not _a_note(groups[at])
        and first_person(" ".join(sentence.text for sentence in groups[at]))
    }


def _left_out_before(groups: Sequence[Sequence[Sentence]], at: int) -> bool:
    """Whether a paragraph of the source was left out right before this one: a copy of
    an earlier paragraph, which the duplicates stage drops (a record's "MP Jane Roe:"
    said again over her next turn), so the words after it may be another's."""
    if not at or not groups[at] or not groups[at - 1]:
        return False
    before, first = groups[at - 1][-1], groups[at][0]
    return before.source == first.source and first.paragraph > before.paragraph + 1


def _spoken(paragraph: Sequence[Sentence]) -> bool:
    """Whether a paragraph runs to a statement's words, not a figure's or a heading's
    ("Sanders: 1,501.", "SUPERDELEGATES.")."""
    return sum(len(sentence.text.split()) for sentence in paragraph) >= _STATEMENT_WORDS


_STATEMENT_WORDS = 4


# How many paragraphs with no label one answer may run to before the next turn.
_RUN_REACH = 6


def _goes_on(paragraph: Sequence[Sentence], turn: Turn) -> bool:
    """Whether a paragraph with no label goes on with the answer before it ("This
    happened well inside our exclusive economic zone ..."): no quote of its own, no
    question, no verb of saying (the reporter's narration between turns tells what others
    said: "Troops withdrew on Sunday, officials said", "Khan has called the accord a
    betrayal"), and not its speaker named as someone spoken of ("Donald Trump has
    something to prove" after "Trump: MOVE PAST Iowa.", "Members of the Bush family"
    after "Bush: Survive to S.C.")."""
    if turn.kind == "asks":
        return False
    if _a_note(paragraph):
        return False  # the record's note, "(Applause)", "(Voice from the floor: No!)"
    text = " ".join(s.text for s in paragraph)
    if _ANOTHER_VOICE_RE.match(text):
        return False  # "Voice from the floor:", "(Interjection): No!": another's words
    if text.rstrip().endswith("?"):
        return False
    if not first_person(text) and (_QUOTE_MARK_RE.search(text) or _says(text)):
        return False
    named = {turn.label.split()[-1].casefold()} if turn.label else set()
    if turn.named is not None:
        named.add(surname_of(turn.named.name).casefold())
    # (as words, a possessive's too: initials "HA" are no name of "that" or "have")
    said = {w.removesuffix("'s").removesuffix("’s") for w in _WORD_RE.findall(text.casefold())}
    return named.isdisjoint(said)


def _says(text: str) -> bool:
    """Whether a paragraph holds a verb of saying. A verb's bare form after "a" or "an",
    one word between at most, is a noun there ("a medical post was damaged", "a report"):
    no verb takes that subject so ("a spokesman say")."""
    speech = words().speech
    said = _WORD_RE.findall(text.casefold())
    for at, word in enumerate(said):
        if word not in speech:
            continue
        bare = f"{word}s" in speech or f"{word}es" in speech
        if not (bare and not {"a", "an"}.isdisjoint(said[max(at - 2, 0) : at])):
            return True
    return False


_QUOTE_MARK_RE = re.compile('[“”"]')
# A paragraph that opens with a label of its own, a note in brackets or a few words before
# a colon ("Voice from the floor:", "(Interjection): Shame!"): a speaker who goes on is
# not labelled again, so these are someone else's words, whoever the label leaves unnamed.
_ANOTHER_VOICE_RE = re.compile(
    r"\s*(?:[(\[][^()\[\]]{1,40}[)\]]|[A-Z][^:.!?;,“”\"]{0,40}):(?:\s|\Z)"
)
# A paragraph wholly in brackets: a record's note between turns.
_NOTE_RE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*")
_WORD_RE = re.compile(r"[\w’'-]+")


def _label(sentences: Sequence[Sentence]) -> re.Match[str] | None:
    """The label that opens a paragraph, if any. A caption with no square brackets is a
    clip's only when its first word is a recording's ("CLIP - JANE ROE:", not "Update -
    Tuesday:")."""
    found = _label_re().match(_opening(sentences)) if sentences else None
    if found is None or not found["played"] or found["bracket"]:
        return found
    return found if found["played"].casefold() in _played() else None


def _opening(sentences: Sequence[Sentence]) -> str:
    """A paragraph's first sentence, and the next when the splitter cut it after a title
    written short ("DIR." | "ANDAYA: Good morning.") or a name's initials ("Dr. M.H.M." |
    "Farook (Chairman): ..."), joined as the paragraph's text is."""
    first = sentences[0].text
    if len(sentences) > 1 and (
        (len(first) <= _SHORT_TITLE and first.endswith(".")) or _ABBREVIATED_RE.fullmatch(first)
    ):
        return f"{first} {sentences[1].text}"
    return first


_SHORT_TITLE = 8  # the longest a title written short may be, with its stop ("COMMO.")
# A sentence of nothing but words written short: a title and initials ("Dr. M.H.M.").
_ABBREVIATED_RE = re.compile(r"(?:[A-Z][a-z]{0,4}\.\s?)+")


def _named_by(label: str | None, people: Sequence[Actor]) -> list[Actor]:
    """The people a name label may name: its last word (a surname, in capitals or not) is
    a word of their name past the first ("Ríos" of Carmen Ríos Huamán, "ANDAYA" of Ramon
    G. Andaya); a place's name ("Jordan:" of a reactions list) is no one's."""
    if not label or _a_place(label):
        return []
    full = _full_named(label, people)
    if full:
        return full
    label = _bare(label)
    if _teknonym(label):
        return []  # "MAMA NEEMA:" is Neema's mother, never Neema
    last = label.split()[-1].casefold()
    # (a person the story names by a surname only, "Allenby-Shore", is named by it)
    # (a parent called by a child's name, "Mama Neema", bears no surname "Neema")
    named = [
        person
        for person in people
        if not _teknonym(person.name)
        and any(
            last in (word.casefold().rstrip(".,") for word in name.split()[1:] or [name])
            for name in _names_of(person)
        )
    ]
    if not named and len(label.split()) == 1:
        # "Park:" of Park Seo-yeon: a family name written first (Korean, Chinese)
        named = [person for person in people if person.name.split()[0].casefold() == last]
    elif not named and len(unstyled(label).split()) == 1 and gender(last) not in SURE:
        # and past a form of address ("Dr Xu:" of Dr Xu Lanfang); not a sure given name,
        # which a style makes a surname ("Mr Thomas:" is not Thomas Berg)
        named = [person for person in people if person.name.split()[0].casefold() == last]
    # "ANDREW KELLAWAY:" of a story with an Andrew and a Peta Kellaway: the label's given
    # name says which, past a form of address ("Hon. Nimal Perera", "DR JANE ROE")
    parts = unstyled(label).split()
    given = parts[0].casefold()
    whole = [person for person in named if person.name.split()[0].casefold() == given]
    if words()["patronymic_links"].intersection(part.casefold() for part in parts):
        # "Siti binti Rahman:": the last word her father's name, no family's, so only
        # the given name says whose ("Hafiz bin Rahman" is someone else)
        return whole
    return whole if len(parts) > 1 and whole else named


def _teknonym(label: str) -> bool:
    """Whether a label calls someone as a child's parent ("MAMA NEEMA", "Umm Youssef":
    words.toml's kunya_openers before a name): the name after it is the child's."""
    parts = label.split()
    return len(parts) >= 2 and parts[0].casefold() in words()["kunya_openers"]


def _full_named(label: str, people: Sequence[Actor]) -> list[Actor]:
    """The person whose name in full ends a label, past the office or the form of address
    before it ("Minister of Transport Jane Roe", "MP JOHN DOE"): a namesake's surname
    alone does not make the label theirs."""
    said = _bare(label).casefold().split()
    named = [
        person
        for person in people
        if any(
            len(name.split()) > 1 and said[-len(name.split()) :] == name.casefold().split()
            for name in _names_of(person)
        )
    ]
    return named if len(named) == 1 else []


def _names_of(person: Actor) -> tuple[str, ...]:
    """A person's name and the other ways the text writes it: a writer's pen name
    ("HANNA KRUK:" of the novelist who publishes as Hanna Kruk) labels her turns."""
    return (person.name, *person.spellings)


def _bare(label: str) -> str:
    """A name label less a style in brackets ("Hon. (Dr.) Jane Roe") and the ranks
    written after the name ("ÚNA BREATHNACH SC", "Jane Roe KC"): no word of the name."""
    parts = BRACKETED_RE.sub("", label).split()
    while len(parts) > 1 and parts[-1].rstrip(".,").casefold() in words()["title_acronyms"]:
        parts.pop()
    return " ".join(parts)


def _by_style(label: str, named: Sequence[Actor], story: str) -> list[Actor]:
    """Of the people a label's surname may name, the ones the story writes in full after
    the style the label gives ("SEN. SALAZAR" of "Sen. Ramon Salazar", not of "Engr.
    Rowena Bautista Salazar"): the transcript's own introduction of who is who. A style
    no one's name is written after settles nothing (all of them stay), but an office's or
    a calling's ("ENGR."), not a plain "Mr", is no one's the story styles otherwise alone
    ("Rep. Danilo Cruz"): that label's words stay unattributed."""
    bare = _bare(label).split()
    style = bare[0].rstrip(".").casefold()
    if len(bare) < 2 or any(style in person.name.casefold().split() for person in named):
        return list(named)
    styles = {id(person): _styles_of(person.name, story) for person in named}
    styled = [person for person in named if style in styles[id(person)]]
    if styled:
        return styled
    if style in words()["surname_honorifics"]:
        return list(named)
    return [person for person in named if not styles[id(person)]]


def _style_shared(label: str, named: Sequence[Actor], story: str) -> bool:
    """Whether two or more of the people a label's surname may name are the ones the
    story writes after the label's style ("SEN. SALAZAR" of "Sen. Ana Salazar" and "Sen.
    Marco Salazar"): the label fits each alike, and who was introduced last, or listed,
    does not settle which of them speaks."""
    bare = _bare(label).split()
    if len(bare) < 2:
        return False
    style = bare[0].rstrip(".").casefold()
    return sum(style in _styles_of(person.name, story) for person in named) > 1


def _styles_of(name: str, story: str) -> set[str]:
    """The styles the story writes right before a full name ("rep" of "Rep. Danilo Cruz")."""
    return {
        found.group(1).casefold()
        for found in re.finditer(rf"\b([A-Z][A-Za-z]{{1,5}})\.?\s+{re.escape(name)}\b", story)
    }


def _office_holder(label: str, people: Sequence[Actor], listed: dict[str, str]) -> Actor | None:
    """The one person a label that names an office stands for ("Hon. Chair:", "THE
    CHAIRPERSON:", "Madam Chair:"): the one whose role, as the story or its list of
    those present gives it ("Jane Roe, MP (Chair)"), holds that office's word. None for
    a label that names no office, or an office no one or two hold: a "Chairman" is no
    "Chair". An office of two words ("First Officer:", "Chief Engineer:") is held by the
    one whose role has both, one after the other ("first officer")."""
    parts = unstyled(_bare(label)).split()
    if parts and parts[0].casefold() == "the":
        parts = parts[1:]
    if not 1 <= len(parts) <= 2 or not is_head(parts[-1].casefold()):
        return None
    office = [part.casefold() for part in parts]
    holders = [
        person
        for person in people
        if any(
            _holds(office, [word.casefold() for word in _WORD_RE.findall(role)])
            for role in (person.role or "", listed.get(person.name, ""))
        )
    ]
    return holders[0] if len(holders) == 1 else None


def _asking_office(label: str, people: Sequence[Actor], listed: dict[str, str]) -> Actor | None:
    """The one holder of the office a label whose turns ask names ("The Chair:", "Madam
    Chair:"), not the words of an interviewer's part (words.toml's asking_labels: "Host:",
    "Interviewer:"): a hearing's chair asks in her own name."""
    if label.casefold() in words()["asking_labels"]:
        return None
    return _office_holder(label, people, listed)


def _holds(office: Sequence[str], role: Sequence[str]) -> bool:
    """Whether the office's words stand together, in order, among the role's words, not
    after a second in command's word the label lacks (words.toml's second_in_command: the
    "committee's deputy chair" holds no "Chair")."""
    size = len(office)
    second = words()["second_in_command"]
    return any(
        list(role[k : k + size]) == list(office) and not (k and role[k - 1] in second)
        for k in range(len(role) - size + 1)
    )


def asker_and_answerer(subjects: Subjects) -> tuple[Actor | None, Actor | None]:
    """Who questions and who answers in the exchange that starts now, from the sentence
    just before it that says someone is questioned (words.toml's questioning_words): the
    one named after its "by" asks, and the one named first otherwise answers ("Under
    cross-examination by counsel ..., Chief X, the witness said", "The witness was
    questioned by X"); with no "by", the one named before it asks the one named after
    it ("X cross-examined the witness"), or when it opens the sentence, the first named
    after it asks the next ("Under cross-examination, counsel X pressed the witness").
    A description ("the witness") is the one person whose role names them; a pronoun or
    a person the story lacks settles nothing."""
    last = subjects.sentences
    for number in range(last, max(last - _LEAD_IN_REACH, 0), -1):
        sentence = subjects.texts[number - 1]
        found = _questioning_re().search(sentence)
        if found is None:
            put = _put_to(sentence, subjects) or _spoken_to(sentence, subjects)
            if put is None:
                continue
            return put
        people = sorted(subjects.people_in(sentence), key=lambda m: m[0])
        before = [m for m in people if m[1] <= found.start()]
        after = [m for m in people if m[0] >= found.end()]
        if found.group("by"):
            if not after:
                return None, None
            asker = after[0]
            others = before or [m for m in after[1:] if m[0] >= asker[1]]
        elif before:
            asker, others = before[0], after
        elif after:
            asker, others = after[0], after[1:]
        else:
            return None, None
        answerer = _who(others[0], subjects) if others else None
        return _who(asker, subjects), answerer
    return None, None


def _put_to(sentence: str, subjects: Subjects) -> tuple[Actor | None, Actor | None] | None:
    """Who asks and who answers when the sentence puts a question to someone ("The Post
    asked Chen Yufei, a researcher, what the clash meant"): the one asked answers, named
    right after the verb; the one named before it, a person, asks. None when no one is
    asked so."""
    found = _ASKED_RE.search(sentence)
    if found is None:
        return None
    people = sorted(subjects.people_in(sentence), key=lambda m: m[0])
    asked = person_asked(sentence, people, found.end())
    if isinstance(asked, str):
        return None
    before = [m for m in people if m[1] <= found.start()]
    return (_who(before[0], subjects) if before else None), _who((0, 0, asked), subjects)


_ASKED_RE = re.compile(r"\b(?:asked|asks)\s+")


def _spoken_to(sentence: str, subjects: Subjects) -> tuple[Actor | None, Actor | None] | None:
    """Who answers when the sentence says the outlet spoke to someone ("The Review spoke
    to Jane Roe, secretary of ...", words.toml's interview_phrases), or someone to the
    outlet ("Jane Roe spoke to The Review"): the one person on one side of the phrase,
    with none on the other (the outlet asks, and is no one). A person each side, two on
    one, or a description or a pronoun, settles nothing. None when no phrase says so."""
    for found in _interview_re().finditer(sentence):
        # (each named in full, by a form the story made theirs or by the surname alone,
        # "Mamani spoke to The Larder": "R.D. Perera" may be no one the story knows, and
        # his surname its other Perera)
        people = [
            (start, end, seen)
            for start, end, seen in subjects.people_in(sentence)
            if isinstance(seen, Actor)
            and seen.kind == "person"
            and (
                sentence[start:end] in (seen.name, *seen.spellings)
                or _surname_alone(sentence, start, end, seen)
            )
        ]
        # (only the phrase's own clause: "X spoke to The Review; her deputy, Y, sat in")
        clause = sentence.find(";", found.end())
        clause = len(sentence) if clause < 0 else clause
        opened = sentence.rfind(";", 0, found.start())
        before = [m for m in people if opened < m[0] and m[1] <= found.start()]
        after = [m for m in people if m[0] >= found.end() and m[1] <= clause]
        if len({id(m[2]) for m in after}) == 1 and not before:
            start, end, one = after[0]
            if _of_another(sentence, found.end(), start, end):
                return None
            asked = person_asked(sentence, list(people), found.end())
            joined = _JOINED_RE.search(
                f"{sentence[found.end() : start]} {sentence[end : end + _JOIN_REACH]}"
            )
            # ("spoke to Jane Roe and John Doe": one of two answers)
            return (None, one) if asked is one and joined is None else None
        alone = len({id(m[2]) for m in before}) == 1 and not after
        if alone and _OUTLET_RE.match(sentence, found.end()):
            return None, before[0][2]
        if before or after:
            return None
    return None


def _surname_alone(sentence: str, start: int, end: int, person: Actor) -> bool:
    """Whether a mention is the person's surname written alone: no capitalised word nor
    initial right before it, which would make it another's name ("R.D. Perera")."""
    if sentence[start:end] != surname_of(person.name):
        return False
    before = sentence[:start].split()[-1:]
    return not before or not before[0][:1].isupper()


def _of_another(sentence: str, phrase_end: int, start: int, end: int) -> bool:
    """Whether the name after the phrase only says whose the one spoken to is ("spoke to
    the neighbour of Chief Jane Roe", "spoke to Jane Roe's husband"); a name set off by a
    comma is the one ("spoke to the head of the union, Jane Roe")."""
    near = sentence[phrase_end:start].rsplit(",", 1)[-1]
    return re.search(r"\bof\b", near) is not None or sentence[end : end + 2] in {"'s", "’s"}


@cache
def _interview_re() -> re.Pattern[str]:
    """A phrase that brings in an interview ("spoke to", "sat down with")."""
    return re.compile(rf"\b(?:{alternation(words()['interview_phrases'])})\s+")


# "and" or "&" before another name: two people spoken to.
_JOINED_RE = re.compile(r"(?:\band|&)\s+[A-Z]")
_JOIN_REACH = 12
# What names the outlet after the phrase: a capitalised name, or "us" (not "the
# minister", "him").
_OUTLET_RE = re.compile(r"(?:us|me)\b|[A-Z]")


# How many sentences before an exchange the one that brings it in may be ("Under
# cross-examination by X, the witness said .... The exchange went thus:").
_LEAD_IN_REACH = 3


def _who(mention: tuple[int, int, Actor | str], subjects: Subjects) -> Actor | None:
    """The person a mention names, or a description's one person ("the witness")."""
    seen = mention[2]
    person = subjects.index.described(seen) if isinstance(seen, str) else seen
    return person if person is not None and person.kind == "person" else None


def aside_asker(aside: str, subjects: Subjects) -> Actor | None:
    """The person a question's label names in brackets ("Patricia Lumbera, GMA News")."""
    for _, _, actor in subjects.index.find(aside):
        if actor.kind == "person":
            return actor
    return None


@cache
def _questioning_re() -> re.Pattern[str]:
    """A word that says someone is questioned, and a "by" right after it."""
    found = alternation(words()["questioning_words"])
    return re.compile(rf"(?i:\b(?:{found})\b)(?P<by>\s+by\b)?")
