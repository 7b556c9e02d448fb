"""Who "he", "she" or a description ("the Tory leader", "the 58-year-old singer") stands
for, from the sentences before it in the same story.

A tag tells that "“...,” he said" attributes the quote; who "he" is, only the story so
far can tell. News writes so that a reader can: "he" goes back to the nearest person,
within PRONOUN_REACH sentences, who was a sentence's subject or spoke and whom nothing
shows to be a woman, and a definite description goes back to the one just spoken of
whom the story has called by that noun (past a line of background or a passive, to the
one person just named, if the story has called no one else so). A noun of no list is
a title when the story writes it as one ("prefeito Marcelo Tavares Wendhausen", "The
síndico municipal, Octavio Ramírez Salgado,"). When someone else may be meant (a person the
actors table lacks, or two who fit), the quote is left without a speaker rather than
given a guess; so it is when the search would go back to an earlier paragraph past
someone only a name list rules out (the lists give "Maricel", a Filipina's name, to
men): a writer names a speaker of an earlier paragraph again. `Subjects` keeps what
this takes as a story is read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from brief.extract.actors.names import surname_of
from brief.extract.actors.word_knowledge import collective_demonym, demonym, gender
from brief.extract.lexicon import (
    alternation,
    gazetteer,
    honorific_gender,
    joined,
    word_codes,
    words,
)
from brief.extract.quotes.actor_index import ActorIndex, gender_of, named_in_any, spokesperson_body
from brief.extract.quotes.gender_clues import (
    gender_unsaid,
    may_be,
    opening_pronoun_gender,
    record_honorific_genders,
    record_kin_genders,
    record_speaker_genders,
    record_spouse_genders,
    record_title_genders,
    says_gender,
)
from brief.extract.quotes.person_mentions import (
    CALENDAR_NAMES,
    Seen,
    is_pronoun,
    other_given_name,
    unknown_people,
)
from brief.extract.quotes.read_so_far import ReadSoFar
from brief.extract.quotes.reporting_verbs import spoken_subject
from brief.extract.quotes.sentence_subjects import (
    antecedent_in_sentence,
    asks,
    conjoined,
    first_subjects,
    other_subject_opens,
    person_asked,
    second_clause_subjects,
    speaks,
    speaks_in_relative,
    subject_mentions,
    unsaid_subject,
)
from brief.extract.quotes.speech_words import POSSESSIVE_END_RE, attributing, word_re
from brief.models import Actor

# How many sentences back "he"/"she" may reach for the person it means.
PRONOUN_REACH = 2
# How far back a chain of pronoun-led sentences is read for the person it means.
LOOK_BACK = 3 * PRONOUN_REACH
_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


@cache
def _dead_re() -> re.Pattern[str]:
    dead = "|".join(re.escape(p) for p in sorted(words()["dead_predicates"], key=len, reverse=True))
    return re.compile(rf"(?:,[^,]{{1,40}},)?\s+(?:{dead})\b")


@cache
def _dead_word_re() -> re.Pattern[str]:
    """What every sentence that _dead_re matches in holds (its predicate after a space),
    wherever the name is: the few sentences to look for names in."""
    dead = "|".join(re.escape(p) for p in sorted(words()["dead_predicates"], key=len, reverse=True))
    return re.compile(rf"\s(?:{dead})\b")


def _dead_after(sentence: str, end: int) -> bool:
    """Whether the sentence says the subject ending at `end` is dead (past an apposition:
    ", 34,")."""
    return _dead_re().match(sentence, end) is not None


@cache
def _introduced_writing_re(noun: str) -> re.Pattern[str]:
    """A writing brought in by a speech verb ("said in a note", "wrote in a letter") or
    opening the sentence ("In a statement, ...", "Reading her judgment, ..."), up to the
    noun."""
    verbs = alternation(words().speech)
    return re.compile(
        rf"(?:\b(?:{verbs})\s+in|(?:^|[.;]\s+)(?:In|Reading))\s+(?:a|an|its|his|her|their)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{re.escape(noun)}\b"
    )


@cache
def _authored_writing_re(noun: str) -> re.Pattern[str]:
    """A writing brought in with its writer after it: "a letter in which", "an email
    from", "a note signed by", "a message written by", "a memo sent by"."""
    return re.compile(
        rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"{re.escape(noun)}\s+(?:in\s+which|from|(?:signed|written|sent)\s+by)\s+"
    )


def _speaks_for_a_body(office: str) -> bool:
    """Whether the words before a writing's signer give an office whose work is to speak
    for a body: a spokesperson, or an officer of its public affairs, press or
    communications (words.toml's speaking_offices: "signed by its head of public
    affairs, X"). What such an officer signs is the body's statement, not their own."""
    low = office.lower()
    if not words()["spokespeople"].isdisjoint(word_re().findall(low)):
        return True
    return any(re.search(rf"\b{re.escape(field)}\b", low) for field in words()["speaking_offices"])


@cache
def _owned_work_re(noun: str) -> re.Pattern[str]:
    """A work of one writer's with the writer named: "Torvik's 2019 novel", "Torvik,
    whose first novel", "the novel “Salt Fields” by Karin Dahl" (the name run ends at
    the possessive or the comma; the modifiers are a year's or words.toml's
    work_modifiers; a name's particles words.toml's particles)."""
    particles = alternation(words()["particles"])
    name = rf"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|{particles}))*?"
    modifiers = alternation(words()["work_modifiers"])
    between = rf"(?:(?:\d{{4}}|{modifiers})\s+){{0,2}}"
    title = r"(?:\s+[“\"][^”\"]{1,80}[”\"],?)?"
    return re.compile(
        rf"(?P<owner>{name})(?:['’]s?|,\s+whose)\s+{between}{re.escape(noun)}\b"
        rf"|\b{re.escape(noun)}{title}\s+by\s+(?P<by>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
    )


# How far after a writing's noun its writer's name may end ("from its chief executive, R.
# Venkatesan,").
_WRITER_REACH = 80

# A sentence that opens with a writing: "The email, dated ...", "The letter was ...".
_WRITING_OPENS_RE = re.compile(r"\s*The\s+([\w-]+)\b")


@cache
def _read_out_for_re(noun: str) -> re.Pattern[str]:
    """A writing read out for someone a pronoun stands for: "read a short statement on
    her behalf", "read out a statement on his behalf"."""
    return re.compile(
        rf"\bread\s+(?:out\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(noun)}"
        r"\s+on\s+(his|her)\s+behalf\b"
    )


# The subject form of a possessive pronoun.
_SUBJECT_PRONOUNS = {"his": "he", "her": "she"}


# What after a writing's noun names the officer who signed it (see _signed_for_a_body).
_SIGNED_BY_RE = re.compile(r"\s+(?:signed|issued|sent)\s+by\s+")
# What after a writing's noun makes it another's words read out or passed on.
_FOR_ANOTHER_RE = re.compile(
    r"[^.;]{0,40}?\b(?:on\s+(?:his|her|their|its)\s+behalf|on\s+behalf\s+of|from)\b"
)


def _parenthetical_tag(text: str, start: int, end: int) -> bool:
    """Whether the pronoun at text[start:end] is the subject of a speech tag set after the
    clause it reports (", he claimed,"): a comma before it, and a speech verb right after
    it that a comma or the sentence's end closes (not "When X asked, he said that")."""
    if not text[:start].rstrip().endswith(","):
        return False
    following = [t.lower() for t in word_re().findall(text[end : end + 40])]
    while following and following[0] in words()["adverbs"]:
        following.pop(0)
    closes = following[1:2] in ([","], ["."], [";"])  # ", he said," not ", he said that"
    return bool(following) and following[0] in attributing() and closes


@dataclass(eq=False, repr=False)
class Subjects:
    """Who "he" or "she" can mean: the people named as subjects so far in this story.

    A sentence's subject is worked out only when a pronoun within reach needs it (most
    sentences are never asked), so the cost follows the quotes, not the text; a chain
    of pronoun-led sentences is read back at most LOOK_BACK sentences."""

    index: ActorIndex
    blanked: ReadSoFar = field(default_factory=ReadSoFar)  # every sentence read, blanked
    # every sentence read as written, its quotes too: a name said in a quote is named
    as_written: ReadSoFar = field(default_factory=ReadSoFar)
    # Each sentence's subject, once worked out; a str is someone the table lacks, "?"
    # someone unsure, None nobody.
    subject_of: dict[int, Actor | str | None] = field(default_factory=dict)
    # speakers, by sentence, in reading order (the last key is the latest)
    said_at: dict[int, list[Actor]] = field(default_factory=dict)
    # Each worked-out sentence's other people (objects): if its subject is of the other
    # gender, "she" may be one of them.
    others_of: dict[int, list[Actor | str]] = field(default_factory=dict)
    # the one person a sentence whose subject is a thing names ("The award went to X")
    thing_about: dict[int, Actor] = field(default_factory=dict)
    # per sentence, the others a relative clause makes speak ("Mullin - who denied it")
    relative_speakers: dict[int, list[Actor | str]] = field(default_factory=dict)
    # per sentence whose subject is a "he" or "she" no one was found for ("?"), that
    # pronoun: someone unknown of that gender, who may be "he" and never "she"
    unknown_pronoun: dict[int, str] = field(default_factory=dict)
    surnames: set[str] = field(default_factory=set)  # of people the table lacks
    # a short form namesakes share, and the one it named while only they were named in
    # full ("De la Fuente said" when the story had named Ignacio de la Fuente Olmedo only)
    short_forms: dict[str, Actor] = field(default_factory=dict)
    # surname -> an honorific's gender; a full name -> the gender its honorific or a
    # kinship noun gives it ("Mr Tonderai Chiwara", "his wife, Seini Bale")
    marked: dict[str, str] = field(default_factory=dict)
    # name -> (how many sentences were searched for it, whether one holds it)
    named: dict[str, tuple[int, bool]] = field(default_factory=dict)
    # person and noun -> (how many sentences were searched, whether one calls them so)
    described_so: dict[str, tuple[int, bool]] = field(default_factory=dict)
    # noun -> (how many sentences were searched, the people they call by it as a title)
    titled_so: dict[str, tuple[int, list[Actor]]] = field(default_factory=dict)
    # person -> (how many sentences were searched, whether one says they are silent)
    silenced: dict[str, tuple[int, bool]] = field(default_factory=dict)
    floor: int = 1  # sentences before it are never worked out any more
    # the first sentence of each item of a digest, in order (none in a story of no
    # items): "he" and "she" reach no further back than their item's first (see
    # story_reader._opens_item)
    items: list[int] = field(default_factory=list)
    opened: list[int] = field(default_factory=list)  # the first sentence of each paragraph
    unread: str = ""  # the texts from unread_from[0] to unread_from[1], joined by "\n"
    unread_from: tuple[int, int] = (0, 0)
    nearby: str = ""  # the quote's own sentence up to the quote
    # ... though a quote before it in the sentence leaves `nearby` empty ("... spoke.
    # “We will appeal,” the mayor said" as one sentence): what may have named its speaker
    own: str = ""
    following: str = ""  # the sentence after the quote's (in its paragraph or the next)
    tag: str = ""  # its speech tag after the quote, while that is read
    quoted: str = ""  # the words of the quote

    @property
    def texts(self) -> list[str]:
        """Every sentence read, its quotes blanked."""
        return self.blanked.texts

    @property
    def heard(self) -> list[str]:
        """Every sentence read as written."""
        return self.as_written.texts

    @property
    def sentences(self) -> int:
        """How many sentences were read so far (the number of the last one)."""
        return len(self.texts)

    def read(self, sentence: str, titled: bool = True, written: str | None = None) -> None:
        """Read the next sentence (blanked); `titled` is False when it is known to hold no
        title; `written`, the sentence with its quotes, when they were blanked."""
        self.blanked.append(sentence)
        self.as_written.append(sentence if written is None else written)
        if titled:
            record_honorific_genders(sentence, self.marked)
        record_kin_genders(sentence, self.marked)
        record_spouse_genders(sentence, self.marked)
        record_title_genders(sentence, self.marked)
        record_speaker_genders(sentence, self.marked)
        sex = opening_pronoun_gender(sentence)
        if sex is not None:
            self._gender_going_on(sex)

    def _gender_going_on(self, sex: str) -> None:
        """The sentence just read opens with "He" or "She": within a paragraph, that is
        the one person the sentence before named, when it named them in full and nobody
        else (see gender_unsaid)."""
        number = self.sentences
        if number < 2 or (self.opened and self.opened[-1] == number):
            return  # a paragraph's first sentence: its "he" may go further back
        before = self.texts[number - 2]
        # the actors first (one scan); the people the table lacks only for a candidate
        named = {a.name: a for _, _, a in self.index.find(before) if a.kind == "person"}
        if len(named) != 1:
            return
        (person,) = named.values()
        if person.name not in before or not gender_unsaid(person.name, self.marked):
            return
        people = [seen for _, _, seen in self.people_in(before) if not is_pronoun(seen)]
        if len(people) == 1 and people[0] is person:
            self.marked[person.name] = sex

    def said(self, actor: Actor | None) -> None:
        if actor is not None and actor.kind == "person":
            self.said_at.setdefault(self.sentences, []).append(actor)

    def author(self, noun: str) -> Actor | None:
        """Who wrote "the note" of "“...,” the note said": the subject of the nearest
        sentence, within PRONOUN_REACH, that says someone put words in a note ("Her
        lawyer said in a note that ...", "In a statement, the ministry said ..."). Not
        one read out or passed on for another ("read a statement on his behalf", "a
        statement from the mayor"): whose words those are, the reader does not settle;
        the one "his" stands for may (see _read_out_for)."""
        pattern = _introduced_writing_re(noun)
        for number in range(self.sentences, max(self.sentences - PRONOUN_REACH, 0), -1):
            found = pattern.search(self.texts[number - 1])
            if found is None:
                continue
            if _FOR_ANOTHER_RE.match(self.texts[number - 1], found.end()):
                return None
            said = self.subject(number)
            if isinstance(said, Actor):
                return None if self._signed_for_a_body(number, found.end(), said) else said
            return self._body_said(self.texts[number - 1][: found.end()])
        return self._writer_named(noun) or self._read_out_for(noun)

    def _signed_for_a_body(self, number: int, end: int, said: Actor) -> bool:
        """Whether the writing brought in before `end` of sentence `number` is "signed by"
        an officer who speaks for a body, and that officer is the one read as its author
        ("In a statement signed by its head of public affairs, X, the Board said"): the
        words are the body's, and the signer does not settle whose (_speaks_for_a_body)."""
        text = self.texts[number - 1]
        signed = _SIGNED_BY_RE.match(text, end)
        if signed is None:
            return False
        window = text[signed.end() : signed.end() + _WRITER_REACH]
        for start, _, actor in self.index.find(window):
            return actor is said and _speaks_for_a_body(window[:start])
        return False

    def _body_said(self, introduced: str) -> Actor | None:
        """The body that is the subject of the speech verb that brings in a writing (the
        sentence up to the writing's noun: "Greenpeace said in a statement", "Tunduk,
        which publishes from abroad, said in a post"), which `subject`, reading for
        people, leaves out: the one actor its subject phrase ends with, when that is no
        person's."""
        phrase = spoken_subject(introduced)
        if not phrase:
            return None
        text = " ".join(phrase)
        named = list(self.index.find(text))
        if len(named) != 1:
            return None
        _, end, actor = named[0]
        return actor if actor.kind != "person" and not text[end:].strip() else None

    def work_author(self, noun: str) -> Actor | None:
        """Who wrote "the novel" of "The novel begins: “...”": in the nearest sentence
        within LOOK_BACK that names such a work, the person whose it is ("Torvik, whose
        2019 novel", "Faulkner's memoir", "the novel “Salt Fields” by Karin Dahl"). A
        nearest mention that gives no writer ("a novel about the war", "the novel she
        reviewed") settles nothing, nor does a name that is not one person's."""
        mention = re.compile(rf"\b{re.escape(noun)}\b", re.I)
        pattern = _owned_work_re(noun)
        for number in range(self.sentences, max(self.sentences - LOOK_BACK, 0), -1):
            text = self.as_written.texts[number - 1]
            if mention.search(text) is None:
                continue
            found = pattern.search(text)
            if found is None:
                return None
            owner = found.group("owner") or found.group("by")
            named = [actor for _, _, actor in self.index.find(owner)]
            if len(named) != 1 or named[0].kind != "person":
                return None
            return named[0]
        return None

    def _read_out_for(self, noun: str) -> Actor | None:
        """Whose "the statement" of "“...,” the statement said" is when the nearest
        sentence within PRONOUN_REACH that brings one in has someone read it out "on her
        behalf" ("Her advocate, X, read a short statement on her behalf"): the one "her"
        stands for, found as a "she" of the sentence after would be, never the reader;
        nobody when that sentence names anyone else, who may be the one meant."""
        pattern = _read_out_for_re(noun)
        for number in range(self.sentences, max(self.sentences - PRONOUN_REACH, 0), -1):
            text = self.texts[number - 1]
            found = pattern.search(text)
            if found is None:
                continue
            reader = self.subject(number)
            named = [seen for _, _, seen in self.people_in(text) if not is_pronoun(seen)]
            if not isinstance(reader, Actor) or any(seen is not reader for seen in named):
                return None
            owner = self._resolve(_SUBJECT_PRONOUNS[found.group(1).lower()], number, number - 1)
            return owner if owner is not reader else None
        return None

    def _writer_named(self, noun: str) -> Actor | None:
        """Who wrote the writing that its noun phrase says so of, in the nearest sentence
        within LOOK_BACK that brings one in ("a letter in which the minister, X, asked",
        "an email from its chief executive, X,", "a note signed by X"): the first actor
        named after it, unless as a possessive ("sent by X's lawyer": someone else
        wrote it) or as a spokesperson ("a statement signed by its spokesperson, X": the
        body's words, whose reader does not settle whose). "The letter, read by the
        Clerk, said" is its writer's words, whoever reads them; a writing brought in
        without its writer settles nothing."""
        pattern = _authored_writing_re(noun)
        for number in range(self.sentences, max(self.sentences - LOOK_BACK, 0), -1):
            text = self.as_written.texts[number - 1]
            found = pattern.search(text)
            if found is None:
                continue
            window = text[found.end() : found.end() + _WRITER_REACH]
            named = [
                (start, end, actor)
                for start, end, actor in self.index.find(window)
                if actor.kind in ("person", "organisation")
            ]
            if not named:
                return None
            start, end, actor = min(named, key=lambda seen: seen[0])
            if _speaks_for_a_body(window[:start]):
                return None  # "a statement signed by its spokesperson, X": the body's
            return None if POSSESSIVE_END_RE.match(window[end : end + 2]) else actor
        return None

    def document_said(self) -> Actor | None:
        """Who "it" is in "“...,” it read." right after a sentence that opens with a
        writing ("The email, dated 27 November, was addressed to ..."): that writing's
        writer (see _writer_named), when the sentence names no body or state "it" could
        be instead."""
        if not self.sentences:
            return None
        last = self.as_written.texts[-1]
        opening = _WRITING_OPENS_RE.match(last)
        if opening is None or opening.group(1).lower() not in words()["writings"]:
            return None
        if any(actor.kind != "person" for _, _, actor in self.index.find(last)):
            return None
        return self._writer_named(opening.group(1).lower())

    def named_nearby(self) -> bool:
        """Whether the quote's own sentence names a person before the quote."""
        return any(isinstance(seen, Actor) for _, _, seen in self.people_in(self.nearby))

    def styled_one(self, noun: str) -> Actor | None:
        """The one person the story so far calls by a style written before a name
        (words.toml's forms_of_address: "Datu Ramon Roe", then "the datu"), by a title
        there or by their role; nobody when it calls two so."""
        called = self._so_called(noun, self.sentences + 1)
        return called[0] if len(called) == 1 else None

    def style_apart(self, noun: str) -> bool:
        """Whether no one the quote's own sentence names bears the style "the <noun>"
        calls by, by their role or a title there ("With his nephew Jo Roe interpreting,
        the datu said"): the names in it leave the style to the one the story has called
        so."""
        named = [seen for _, _, seen in self.people_in(self.nearby) if isinstance(seen, Actor)]
        if any(noun in (actor.role or "").lower().split() for actor in named):
            return False
        return next(_titled_in(self.nearby, noun, self.index), None) is None

    def pronoun(self, word: str) -> Actor | None:
        """The subject of the quote's own sentence when it can be "he"/"she" ("Rhimes
        declared: “...,” she said"), else the nearest person who can be them, unless the
        quote's own sentence names someone else who can be them ("from student Deja
        Stewart, who ... when she called him “...”"). Among namesakes, the one the
        pronoun fits (see _fitting_namesake)."""
        return self._fitting_namesake(self._pronoun(word), word)

    def _fitting_namesake(self, actor: Actor | None, word: str) -> Actor | None:
        """ "Achakzai said ... “...,” she said", with Sadiq Achakzai, whose given name no
        list knows, and Dr. Farzana Achakzai, a woman's: the bare surname was read as the
        one named first, but "she" is the one namesake whom the name lists or the text
        show to be a woman (fresh10). Unchanged where that is not one of them."""
        if actor is None or actor.kind != "person":
            return actor
        holders = self.index.shared.get(surname_of(actor.name))
        if not holders or actor not in holders:
            return actor
        if self._dead(actor):
            # "Mkhabela said" read as the dead Themba Mkhabela, whose brother spoke: the
            # one living namesake the pronoun may be, else nobody
            living = [
                a
                for a in holders
                if a is not actor and not self._dead(a) and may_be(a, word, self.marked)
            ]
            return living[0] if len(living) == 1 else None
        if self._last_named_in_full(actor):
            return actor
        wanted = "male" if word in words()["male_pronouns"] else "female"
        # (a namesake the story brings in only later is no one a reader can take "he"
        # for yet: "Okoro said ... “...,” he said" is the Okoro named so far, whatever a
        # name list knows of the general Okoro named a paragraph on)
        known = [
            a
            for a in holders
            if (gender_of(a) or self.marked.get(a.name)) == wanted
            and not self._dead(a)
            and (a is actor or self.heard_so_far(naming_re(a.name)))
        ]
        return known[0] if len(known) == 1 else actor

    def _last_named_in_full(self, actor: Actor) -> bool:
        """Whether the last sentence within reach to name the surname named the person in
        full, and no namesake: "Ronnie MacDonald, president of the local, said ..." then
        "“...,” he said" is Ronnie, whatever a name list knows of a Darren MacDonald's
        gender and not of his. A bare surname there ("Achakzai said") settles nothing."""
        surname = re.compile(rf"\b{re.escape(surname_of(actor.name))}\b")
        holders = self.index.shared.get(surname_of(actor.name), ())
        for text in (self.nearby, *reversed(self.texts[-LOOK_BACK:])):
            if not surname.search(text):
                continue
            named = [h for h in holders if naming_re(h.name).search(text)]
            return named == [actor]
        return False

    def _dead(self, actor: Actor) -> bool:
        """Whether a sentence read lately says the person is dead ("Ali-Asghar Bahrami,
        34, was among the dead"): a namesake the pronoun's gender fits, but no one to say
        "he said" now (fresh16)."""
        return self._no_speaker(actor, LOOK_BACK)  # (as far back as a pronoun is read)

    def silent(self, actor: Actor) -> bool:
        """Whether any sentence read so far says the person is dead or has not spoken
        ("The master, Wei Lin, has not spoken publicly since."): no namesake to take a
        bare surname's words, however far back the story said so. Each sentence is
        searched once per person: a long file asks again at every bare surname."""
        searched, found = self.silenced.get(actor.name, (0, False))
        if not found and searched < len(self.texts):
            found = self._no_speaker(actor, len(self.texts) - searched)
        self.silenced[actor.name] = (len(self.texts), found)
        return found

    def _no_speaker(self, actor: Actor, reach: int) -> bool:
        """Whether one of the last `reach` sentences read says the person is dead or has
        not spoken: by the full name, or by the given name that tells namesakes apart
        ("his younger brother, who was 15 when Themba died")."""
        start = max(len(self.texts) - reach, 0) if reach else len(self.texts)
        # only sentences that say someone is dead: searching each sentence that holds a
        # name, for every namesake asked, grew with the story's length times its people
        # (1.6 s of cProfile's 23 s of quotes at 25,000 sentences)
        mourning = self.blanked.matching(_dead_word_re(), start)
        for form in dict.fromkeys((actor.name, actor.name.split()[0])):
            for number in mourning:
                text = self.texts[number]
                if form not in text:
                    continue
                for found in re.finditer(rf"\b{re.escape(form)}\b", text):
                    if _dead_after(text, found.end()):
                        return True
        return False

    def _pronoun(self, word: str) -> Actor | None:
        found = self._resolve(word, self.sentences, self.sentences)
        if found is not None and _named_in(found, self.quoted):
            return None  # "“I had a word with Olof,” he said" is not Olof Mellberg
        itself = re.search(rf"\b{word}\b", self.nearby, re.I)  # names after it are objects
        head = self.nearby[: itself.start() if itself else None]
        people = self.people_in(head)
        subjects = [m for m in subject_mentions(head, people) if not _dead_after(head, m[1])]
        speaking = [m for m in subjects if speaks(head, m[0], m[1])]
        if itself is not None and _parenthetical_tag(self.nearby, itself.start(), itself.end()):
            # "Mr Blair has failed, he claimed, saying ...": the clause before the tag is
            # what "he" says, and a pronoun is never someone named inside what it says
            # (that would be "he has failed, he claimed"); only one whom that clause
            # itself reports speaking may be them ("Mook acknowledged ..., which is an
            # outcome, he said, “...”"), else the search goes back
            people = subjects = speaking
            if not speaking:
                return found
        if speaking or subjects:
            seen = (speaking or subjects)[0][2]
            if isinstance(seen, Actor) and may_be(seen, word, self.marked):
                return seen  # "Rhimes declared: “...,” she said": Rhimes
        for _, _, seen in people:
            if seen is not found and not is_pronoun(seen) and may_be(seen, word, self.marked):
                return None
        return found

    def _resolve(self, word: str, now: int, nearest: int) -> Actor | None:
        """The nearest person who can be "he"/"she": no given name of the other gender
        (a surname seen with a given name, "Mirza" after "Sania Mirza", has none). Someone
        the actors table does not know blocks the search: it may be them."""
        skipped = 0  # the paragraph of a nearer person a name list rules out (1 on; 0: none)
        for when in self._within_reach(now, nearest):
            if skipped and self._paragraph_of(when) < skipped:
                return None  # a speaker of an earlier paragraph would be named again
            subject = self._namesake_quoted_there(self.subject(when), when)
            fits = [o for o in self.others_of.get(when, []) if may_be(o, word, self.marked)]
            for seen in (*reversed(self.said_at.get(when, [])), subject):
                if seen is None:
                    continue
                about = self.thing_about.get(when) if seen is subject else None
                if about is not None:
                    # a thing's sentence about one person ("The award went to Niamh.
                    # “...,” she said"): them, when they can be "she"; else unsure
                    return about if may_be(about, word, self.marked) else None
                if seen is subject and self._other_gender_unknown(when, word):
                    continue  # "He was admitted ...", of a son never named: no "she"
                if self._quoted_another(word, when, now):
                    return None
                if isinstance(seen, str) and seen in self.index.namesakes:
                    # "Cheney said" with Liz and Dick Cheney in the story: "she" is one
                    # of them, the one her gender leaves, else unsettled; never someone
                    # named before that "Cheney"
                    fit = [a for a in self.index.namesakes[seen] if may_be(a, word, self.marked)]
                    return fit[0] if len(fit) == 1 else self._named_in_full_by(fit, when)
                surname = isinstance(seen, str) and seen in self.surnames
                # "Nollaig Ó Ceallaigh-Brennan ... said he would": the text gives the gender
                # (each test is pure: the dearest, a reading of the words, comes last)
                if not (
                    surname
                    or may_be(seen, word, self.marked)
                    or (seen is subject and not fits and says_gender(self.texts[when - 1], word))
                ):
                    if (
                        seen is subject
                        and isinstance(seen, Actor)
                        and self._namesake_told(seen, word, when)
                    ):
                        return seen  # "Ouédraogo said she would": the Ouédraogo who is a woman
                    if fits:  # not the subject, so its one object who can be them
                        one = fits[0] if len(fits) == 1 else None
                        return one if isinstance(one, Actor) else None
                    if not skipped and isinstance(seen, Actor) and self._listed_only(seen):
                        skipped = self._paragraph_of(when)
                    continue  # a nearer person of the other gender is not "he"
                if seen is subject and any(
                    may_be(o, word, self.marked) for o in self.relative_speakers.get(when, [])
                ):
                    return None  # "X suggested ... by Professor Mullin - who denied it. '...,'
                    # he said": the one a relative clause last made speak may be "he" as well
                return None if isinstance(seen, str) else seen
        return None

    def _other_gender_unknown(self, when: int, word: str) -> bool:
        """Whether sentence `when`'s subject is a "he" or "she" no one was found for, of
        the other gender than `word`: someone the story does not name, who can never be
        `word` and so does not stop its search."""
        unknown = self.unknown_pronoun.get(when)
        if unknown is None or self.subject_of.get(when) != "?":
            return False
        return (unknown in words()["male_pronouns"]) != (word in words()["male_pronouns"])

    def _named_in_full_by(self, holders: Sequence[Actor], when: int) -> Actor | None:
        """Of namesakes a bare surname of sentence `when` may name, the one named in full
        by then, if only one was: "Lorenz left office, when he still chaired the board"
        before the story names his son is the mayor it has named (news style gives the
        bare surname to whoever it brought in first)."""
        named = [
            holder
            for holder in holders
            if (first := self.as_written.first_match(naming_re(holder.name))) is not None
            and first < when
        ]
        return named[0] if len(named) == 1 else None

    def _quoted_another(self, word: str, when: int, now: int) -> bool:
        """Whether the speaker of sentence `when`, a paragraph before `now`, used the
        pronoun there for someone else ("“Mary kept a notebook, because she said ...,” Dr
        Kenneally said." then a paragraph "She was awarded ..."): a speaker is "I" in
        their own words, so the quote's "she" is another, whom a new paragraph of
        narration may go on about as well as the speaker (one that quotes again, "“...,”
        she said", goes on with the speaker)."""
        if self._paragraph_of(when) >= self._paragraph_of(now) or now > len(self.heard):
            return False
        if self.heard[now - 1] != self.texts[now - 1]:
            return False  # the pronoun's own sentence quotes someone
        heard, blanked = self.heard[when - 1], self.texts[when - 1]
        if len(heard) != len(blanked):
            return False
        # (the quotes are blanked in place: what is blank in one and not in the other)
        quoted = "".join(h if b.isspace() else " " for h, b in zip(heard, blanked, strict=True))
        return re.search(rf"\b{word}\b", quoted, re.I) is not None

    def _within_reach(self, now: int, nearest: int) -> list[int]:
        """The sentences "he"/"she" of sentence `now` may reach back to, from `nearest`:
        PRONOUN_REACH of them, not counting those that are quoted words only (the second
        and third sentences of one quote: "“...,” X said. “They have every right. They
        don't have the right ...”" then "Asked whether ..., he paused": X, whose quote
        was one turn of speech)."""
        reach: list[int] = []
        counted = 0
        # (the pronoun's own sentence is the one after `nearest`, read or not yet)
        for when in range(nearest, self.item_of(nearest + 1) - 1, -1):
            if counted >= nearest - now + PRONOUN_REACH + 1:
                break
            reach.append(when)
            if self.texts[when - 1].strip() or when in self.said_at:
                counted += 1
        return reach

    def _namesake_quoted_there(self, subject: Actor | str | None, when: int) -> Actor | str | None:
        """ "“...,” Hsu said." of a paragraph whose quote was given to one of two Hsus:
        the subject the bare surname names is the namesake that quote was given to (the
        attribution weighs who was just introduced), not the index's choice, so that a
        "she added" after it goes on with the same person."""
        if not isinstance(subject, Actor) or subject.kind != "person":
            return subject
        text = self.texts[when - 1]
        if subject.name in text:
            return subject  # named in full there
        # the namesakes of the short form it is named by there ("Hsu" of Hsu Ya-ting)
        form, holders = next(
            (
                (form, sharing)
                for form, sharing in self.index.shared.items()
                if form in text  # (the cheap test first: a long story shares many forms)
                and subject in sharing
                and re.search(rf"\b{re.escape(form)}\b", text)
            ),
            ("", ()),
        )
        if not holders:
            return subject
        paragraph = self._paragraph_of(when)
        opened = self.opened[paragraph - 1] if paragraph else when
        # (a paragraph's quotes are given before its sentences are read)
        quoted = {
            actor.name: actor
            for number in range(opened - 1, when + 1)
            for actor in self.said_at.get(number, [])
            if actor in holders
        }
        if len(quoted) == 1:
            return next(iter(quoted.values()))
        named = [text[start:end] for start, end, seen in self.index.find(text) if seen is subject]
        if form in self.index.inner and form in named:
            # "Benítez says she ..." with Mirta Benítez Arrúa and her daughter Mirta Ruiz
            # Benítez: a word inside one's name and the end of another's names either,
            # unless only one of them was named in full by then, or the story called one
            # by it while only she was
            return self._named_in_full_by(holders, when) or self.short_forms.get(form, "?")
        return subject

    def _namesake_told(self, seen: Actor, word: str, when: int) -> bool:
        """Whether sentence `when`, whose subject is a surname two people of the story
        share, reports them as "he"/"she" (`word`) with its speech verb ("Ouédraogo said
        she would file a complaint") and a namesake of that gender, by a name list or the
        text, is among them: the sentence's subject is that namesake (see
        _fitting_namesake), whomever else it names ("before a judge")."""
        if seen.kind != "person":
            return False
        holders = self.index.shared.get(surname_of(seen.name))
        if not holders or seen not in holders:
            return False
        wanted = "male" if word in words()["male_pronouns"] else "female"
        if not any((gender_of(a) or self.marked.get(a.name)) == wanted for a in holders):
            return False
        return says_gender(self.texts[when - 1], word)

    def _listed_only(self, person: Actor) -> bool:
        """Whether only a name list gives the person the gender they were skipped for:
        not the text (an honorific, a kinship noun, their own "he"), and not a bare
        surname another person of the story shares (the "Hansen" read as Mette Hansen
        may be Lars, see _fitting_namesake)."""
        surname = surname_of(person.name)
        marked = person.name in self.marked or surname in self.marked
        return not marked and surname not in self.index.shared

    def _paragraph_of(self, number: int) -> int:
        """Which paragraph sentence `number` is in, from 1 (0 where none was marked)."""
        return bisect.bisect_right(self.opened, number)

    def item_of(self, number: int) -> int:
        """The first sentence of the item sentence `number` is in (1 when the story has
        no items before it)."""
        at = bisect.bisect_right(self.items, number)
        return self.items[at - 1] if at else 1

    def subject(self, number: int) -> Actor | str | None:
        """Sentence `number`'s subject, working out the ones before it that it needs
        (a leading "he" stands for someone earlier) in order, from LOOK_BACK back."""
        if number < self.floor:
            return self.subject_of.get(number)  # beyond the look-back: not worked out
        if number not in self.subject_of:
            first = self.floor = max(number - LOOK_BACK, self.floor)
            for k in range(first, number + 1):
                if k not in self.subject_of:
                    self.subject_of[k] = None  # while reading it, it names nobody yet
                    self.subject_of[k] = self._read_subject(k)
        return self.subject_of[number]

    def _read_subject(self, number: int) -> Actor | str | None:
        """The person a speech verb attributes words to ("Trump, Sexton said, has ..."),
        else the first person, not after a preposition ("talks with Macron") nor as a
        possessive ("Trump's grasp"), or the person a leading pronoun stood for. Someone
        unknown (or an unresolved pronoun) counts too; only objects leave it unsure."""
        sentence = self.texts[number - 1]
        phrase = spoken_subject(sentence)  # read once, for both tests that need it
        spoken = self._spokesperson(
            phrase, sentence, self.texts[max(0, number - LOOK_BACK) : number]
        )
        if spoken == "?":
            # "A resident, who gave his name only as Sani, told ...": the someone new
            # the subject brings in is the one the sentence names so
            return self._named_newcomer(sentence) or spoken
        if spoken is not None:
            return spoken
        mentions = self.people_in(sentence)
        put_after = unsaid_subject(sentence, mentions)
        if put_after is not None:
            # "Among those arrested was grandmother Rosemary, who said she ...", "We spoke
            # to Marta": the person the clause is about, before any "she" after them
            return put_after
        first, speaker = first_subjects(sentence, mentions)
        if first is not None and isinstance(first[2], str) and not is_pronoun(first[2]):
            # "A woman from Naurang, who gave her name as Bibi Zarmina, said": the one
            # the description brings in is the one it names so
            known = self._named_newcomer(sentence, mentions)
            if known is not None:
                return known
        if speaker is not None and phrase and all(word[:1].isupper() for word in phrase):
            # the speech verb's own subject, past a relative clause that names another
            # ("Viktor Lysenko, who was appointed after his predecessor, Andriy Shevchuk,
            # was dismissed ..., said"): not the name nearest the verb
            named = [m for m in mentions if isinstance(m[2], Actor) and _ends_with(phrase, m[2])]
            if len(named) == 1 and named[0][2] is not speaker[2]:
                speaker = named[0]
        elif (
            speaker is None
            and first is not None
            and isinstance(first[2], str)
            and not is_pronoun(first[2])
            and phrase
            and all(word[:1].isupper() for word in phrase)
        ):
            # "A resident who gave only her first name, Mere, said": the speech verb's
            # subject is the name apposed last, not the description that opens the sentence
            named = [m for m in mentions if isinstance(m[2], Actor) and _ends_with(phrase, m[2])]
            speaker = named[0] if len(named) == 1 else None
        if first is None:
            if mentions:
                # "Ilyes's mother, who asked to be identified only as Nadia, appealed"
                known = self._named_newcomer(sentence)
                if known is not None:
                    return known
            if mentions or _described_speaker(phrase):
                # "“...,” the President said": the one the story calls so, as the quote's
                # own tag finds them (the description's capital hides it from people_in);
                # else someone new ("a description came from Deja Stewart", "one dealer
                # told")
                described = self._described_subject(phrase, number)
                about = mentions[0][2] if mentions else None
                if (
                    described is None
                    and isinstance(about, Actor)
                    and _things_subject(sentence, phrase, mentions)
                ):
                    # "The student of the year award went to Niamh, 17.": a thing is the
                    # subject, and the one person it names is the one it is about
                    self.thing_about[number] = about
                return described or "?"
            return self._described_opening(sentence, number)
        at, end, seen = speaker or first
        if speaker is None and other_subject_opens(sentence, at):
            return "?"  # "They could picture Michael Howard doing it": Howard is no subject
        if speaker is None and _dead_after(sentence, end):
            return "?"  # "His brother, X, 34, was among the dead.": no "he" of a tag now,
            # nor is anyone before them (an obituary's "he said in a 2015 interview")
        embedded = sentence[max(0, at - 20) : at].split()[-1:] in (["what"], ["that"], ["which"])
        named_first = first[0] < at and isinstance(first[2], Actor)
        pronoun_fits = is_pronoun(seen) and may_be(first[2], str(seen), self.marked)
        if pronoun_fits and embedded and named_first:
            at, end, seen = first  # "Ban Ki-moon condemned what he called ...": Ban
        if conjoined(sentence, mentions, at, end) or any(
            may_be(seen, pronoun, self.marked) and may_be(other, pronoun, self.marked)
            for other in second_clause_subjects(sentence, mentions, at)
            for pronoun in ("he", "she")
        ):
            # "Wilcox and Beruff, a Sarasota Republican, argued", "President Lai met
            # commanders, and Defence Minister Wu briefed lawmakers": two of them (not
            # "Starmer spoke, and Rachel Reeves stood beside him": "she" is hers)
            return "?"
        self.others_of[number] = _others(sentence, mentions, seen)
        self.relative_speakers[number] = [
            other
            for other_start, other_end, other in mentions
            if other is not seen
            and not is_pronoun(other)
            and speaks_in_relative(sentence, other_start, other_end)
        ]
        return self._stands_for(sentence, mentions, (at, end, seen), speaker is not None, number)

    def _described_opening(self, sentence: str, number: int) -> Actor | None:
        """The person a definite description that opens a sentence naming no one stands
        for, past a fronted phrase ("An hour before landing, the sheikh walked into the
        galley"), as _described_subject reads one: the subject the story goes on about,
        whom a "he said" after it means, not someone named before it. None when nothing
        settles who (the search then goes back, as for a sentence about no one)."""
        found = _OPENING_DESCRIPTION_RE.match(sentence.strip())
        if found is None:
            return None
        return self._described_subject(["the", found.group("noun")], number)

    def _described_subject(self, phrase: list[str] | None, number: int) -> Actor | None:
        """The person a definite description that speaks stands for, as _stands_for
        reads one (see epithet); None for anything else."""
        if not phrase or phrase[0].lower() != "the" or len(phrase) < 2:
            return None
        description = " ".join(phrase)
        return self.index.described(description) or self.epithet(description, number)

    def _named_newcomer(self, sentence: str, mentions: list[Seen] | None = None) -> Actor | None:
        """The one person a sentence calls by a name they gave ("who gave only her first
        name, Mere,", "who identified himself only as Osman"), or that a colon gives the
        someone it opens on ("A woman from row 31 came forward: Dr Grace Ocampo-Reyes"),
        if it names just one;
        `mentions`, the sentence's people_in when the caller has them."""
        named = [
            seen
            for start, _, seen in (self.people_in(sentence) if mentions is None else mentions)
            if isinstance(seen, Actor)
            and (
                _GIVEN_NAME_RE.search(sentence, 0, start)
                or _COLON_NAMED_RE.match(sentence, 0, start)
            )
        ]
        return named[0] if len(named) == 1 else None

    def _spokesperson(
        self, spokesperson: list[str] | None, sentence: str, recent: Sequence[str]
    ) -> Actor | str | None:
        """The subject a speech verb's speaker (the sentence's spoken_subject) settles:
        the body a spokesperson speaks for ("A BBC spokeswoman said ... She added:": the
        BBC's words; `recent`, the sentences up to this one, name the body "a spokesman
        for the ministry" is for), "?" for someone new (an indefinite speaker), None when
        the verb's subject settles nothing."""
        if not spokesperson:
            return None
        spoken_for = spokesperson_body(spokesperson, self.index, recent)
        if spoken_for is not None:
            return spoken_for
        body = self._speaking_body(spokesperson, sentence)
        if body is not None:
            return body
        if spokesperson[0].lower() in words()["indefinites"] and not any(
            token[:1].isupper() for token in spokesperson[1:]
        ):
            # "A young woman who gave only her first name, Arezou, said she was ...": someone
            # new speaks, whom no one named before can be; "she" after "said" is her (not
            # "A visibly angry Trump said", which names him)
            return "?"
        return None

    def _speaking_body(self, phrase: list[str], sentence: str) -> str | None:
        """ "In a statement, the AU Commission said the chairperson had sent Ambassador X
        to ...": a body that speaks is the sentence's subject, and the people its words
        name are what it tells of: "?", someone no person named there can be."""
        if len(phrase) < 2 or phrase[0].lower() not in words()["determiners"]:
            return None
        if phrase[-1].lower() not in words()["organisation_heads"]:
            return None
        text = " ".join(phrase[1:])
        if any(actor.kind == "person" for _, _, actor in self.index.find(text)):
            return None
        # only where its words name someone, whom the text may be telling of: a body is no
        # "he" (and "according to the ministry" alone tells of no one)
        at = sentence.find(text)
        named = [start for start, _, seen in self.people_in(sentence) if isinstance(seen, Actor)]
        # (the body before them all: not "X said that the association had written")
        return "?" if named and 0 <= at < min(named) else None

    def _stands_for(
        self,
        sentence: str,
        mentions: list[Seen],
        chosen: Seen,
        speaking: bool,
        number: int,
    ) -> Actor | str | None:
        """Who the sentence's chosen subject is: a description's person, a pronoun's
        antecedent, the one asked, or the person named."""
        at, end, seen = chosen
        if isinstance(seen, str) and not is_pronoun(seen):
            # "..., the Tory leader said": that sentence's speaker, whom the story may name
            return self.index.described(seen) or self.epithet(seen, number) or seen
        if is_pronoun(seen):
            if _RELATIVE_OF_SOMEONE_NEW_RE.search(sentence, 0, at):
                return "?"  # "a woman who said she was his sister": her, whom no one named
                # before can be
            bound = antecedent_in_sentence(sentence, mentions, at, str(seen), self.marked)
            found = bound or self._resolve(str(seen), number, number - 1)
            if found is None:
                self.unknown_pronoun[number] = str(seen).lower()
            return found or "?"
        asked = asks(sentence, end)
        if not speaking and asked is not None:
            # "Hannity asked Trump how ...": the "he" who replies next is the one asked
            return person_asked(sentence, mentions, asked)
        return seen

    def epithet(self, description: str, number: int) -> Actor | None:
        """The person a definite description in sentence `number` calls by an epithet
        ("The 58-year-old US singer told The Observer", "said the Gloucester fly-half"):
        news style names someone, then goes on about them by what they are. That is the
        person the sentence before spoke of (its speaker, else its subject), when the
        description names a person (a role's or a describing noun, or a compound such as
        "fly-half"), no one else named so far holds a role of that noun, that person's
        own role does not rank them otherwise ("the mayor" is not "Deputy Mayor Rosa
        Lind"), they hold no other office
        ("the prime minister" is not the home secretary), and it is no stranger's ("the
        spokesman", "the party's chief executive", "the company's chairman": someone
        new)."""
        tokens = description.split()
        if len(tokens) == 2 and tokens[1] in words()["title_suffixes"]:
            return self._addressed((tokens[0],), number)
        complement = "of" in tokens
        if complement:
            tokens = tokens[: tokens.index("of")]  # "the singer of Because the Night"
        if len(tokens) < 2 or tokens[0].lower() != "the" or number < 2:
            return None
        head = tokens[-1].lower()
        if demonym(tokens[-1]) and not collective_demonym(head):
            return self._of_country(tokens, number)
        # a noun of no list names a person when the story has called someone by it as
        # what they are ("prefeito Marcelo Tavares Wendhausen"): see _so_called
        listed = head in joined("role_heads", "described") or "-" in head
        if not listed and _feminine_of_head(head):
            head, listed = head[:-1], True  # "the mayora said": the mayor, a woman
        if not (head[:1].isalpha() or _AGE_RE.match(head)):
            return None
        if not (head.isascii() if listed else _plain_description(tokens)):
            return None
        if head in words()["stranger_nouns"] or any(POSSESSIVE_END_RE.search(t) for t in tokens):
            return None
        aged = _AGE_RE.fullmatch(head)
        if aged is not None:
            return self._of_age(aged.group(1), number)
        if self.item_of(number) == number:
            return None  # a digest's item opening "The minister said": no one of the last
        speakers = self.said_at.get(number - 1)
        who = speakers[-1] if speakers else self.subject(number - 1)
        if isinstance(who, str):
            who = self._written_apart(who) or who
        if who is None or who == "?":
            # not what a complement or a word of rank says ("the head of the RMA", "the
            # former mayor"): the text may have said it of someone else
            ranked = any(token.lower() in words()["other_rank"] for token in tokens[1:-1])
            plain = _plain_description(tokens) and not (complement or ranked)
            return self._lately_so_called(head, number) if plain else None
        if not isinstance(who, Actor) or who.kind != "person":
            return None
        rival = self._of_proper_word(who, tokens[1:-1], tokens[-1])
        if rival is not None:
            return rival or None
        offices = word_codes("epithet_offices").get(head)
        if offices is not None:
            return self._clergy_epithet(who, offices.split())
        if not listed and head in words()["honorifics"]:
            # "the monsignor said" after "Rev. Msgr. Jose Ma. Dimaculangan": the style
            styled = self._addressed((head, *_styles_of(head)), number)
            if styled is not None:
                return styled
        if not listed:
            return who if self._so_called(head, number) == [who] else None
        if head == "diplomat" and "top" in tokens[1:-1]:  # "the (Russian) top (U.S.) diplomat"
            return who if self._top_diplomat(who, tokens[1:-1]) else None
        wanted = {token.lower() for token in tokens}
        holders = [
            pair for key in (head, *_styles_of(head)) for pair in self.index.roles.get(key, ())
        ]
        for holder, role in holders:
            if holder is who and (role - wanted) & words()["other_rank"]:
                return None  # "the mayor" is not "Deputy Mayor Rosa Lind"
            if holder is not who and self._named_so_far(holder.name):
                return None  # "the singer" when another singer was named: either of them
        if who.role and head in words()["role_heads"] and not _holds_noun(who.role, head):
            return None  # "the prime minister" after "Mr Clarke", the home secretary
        return who if self._described_as(who, head) else None

    def _written_apart(self, name: str) -> Actor | None:
        """The person a subject read with a gap inside its name is ("Ramon Mansinugdan",
        whose nickname in quotation marks was left out as a quote's words): the whole
        name, its words joined by one space, one person's."""
        joined_name = " ".join(name.split())
        if joined_name == name:
            return None
        found = [
            actor
            for start, end, actor in self.index.find(joined_name)
            if start == 0 and end == len(joined_name) and actor.kind == "person"
        ]
        return found[0] if len(found) == 1 else None

    def _of_proper_word(
        self, who: Actor, modifiers: Sequence[str], head: str
    ) -> Actor | Literal[False] | None:
        """ "“...,” the Bloc member shot back" after the minister answered: a capitalised
        word before a lower-case noun (a party's, a body's, a place's; not a title's word)
        says whose side or seat the one meant is on. When the role of the one just spoken
        of lacks it and the role of someone else named so far holds it, the epithet is
        that other person's if only one such person is named and the story has called
        them by the noun, else no one's (False); None when no one else's role holds it
        (the epithet is read as before)."""
        if not head.islower():
            return None  # "the former Prime Minister": a title in capitals, no name's word
        titles = joined("role_heads", "role_modifiers", "described")
        proper = {
            token.lower()
            for token in modifiers
            if token[:1].isupper() and token.lower() not in titles
        }
        if not proper or proper <= _role_word_set(who.role):
            return None
        others = {
            id(holder): holder
            for people in self.index.roles.values()
            for holder, role in people
            if holder is not who and proper <= role and self._named_so_far(holder.name)
        }
        if not others:
            return None
        (other, *more) = others.values()
        return other if not more and self._described_as(other, head.lower()) else False

    def _addressed(self, titles: Sequence[str], number: int) -> Actor | None:
        """Who "Mufti sahib" (a title and a word of respect after it, words.toml's
        title_suffixes) or "the monsignor" (a style: "Msgr.", words.toml's style_nouns)
        in sentence `number` is: the one just spoken of (the sentence before's speaker,
        else its subject), when the story so far has written the title before their full
        name and before no one else's name. The sentences that write the title are found
        once a pattern, not read again at each question (a 25,000-sentence text asks
        thousands)."""
        if not all(title.isalpha() for title in titles) or number < 2:
            return None
        styled = _styled_re(tuple(titles))
        # (the texts read here have their quotes blanked, a nickname's too: "Jose Ma.
        # “Pepito” Dimaculangan" is read with spaces inside)
        named = [
            " ".join(found.group(1).split())
            for at in self.blanked.matching(styled)
            if at < number - 1
            for found in styled.finditer(self.texts[at])
        ]
        if not named:
            return None  # never written before a name: most texts
        if self.item_of(number) == number:
            return None  # a digest's item opening "The minister said": no one of the last
        speakers = self.said_at.get(number - 1)
        who = speakers[-1] if speakers else self.subject(number - 1)
        if not isinstance(who, Actor) or who.kind != "person":
            # the sentence before is inside the quote ("“We begged. We have the letters.
            # ...,” the monsignor said"): the one the story has styled so, if only one,
            # and no one else brought in by the title unnamed ("a monsignor")
            if any(self.blanked.first_match(_indefinite_re(title)) is not None for title in titles):
                return None
            found = {actor.name: actor for _, _, actor in self.index.find(named[0])}
            who = found.get(named[0])
            if who is None or who.kind != "person":
                return None
        if any(not who.name.startswith(name) for name in named):
            return None  # written before someone else's name
        return who if who.name in named else None

    def _clergy_epithet(self, who: Actor, offices: Sequence[str]) -> Actor | None:
        """Who "the cleric" or "the prelate" is (words.toml's epithet_offices): the one
        just spoken of, when the text gives them one of the offices or styles the noun
        covers ("Maulana Abdul Rauf Qureshi") and no one else named so far holds one
        by their role (either of two could be meant). With a namesake in the story
        ("Justice Shahid Mehmood Qureshi" beside "Maulana Abdul Rauf Qureshi") the style
        must stand before the full name: before the surname it may be the other's."""
        for office in offices:
            for holder, _ in self.index.roles.get(office, ()):
                if holder is not who and self._named_so_far(holder.name):
                    return None
        if surname_of(who.name) in self.index.shared:
            styled = _offices_before_re(tuple(offices), who.name)
            return who if self.blanked.first_match(styled) is not None else None
        return who if any(self._described_as(who, office) for office in offices) else None

    def _lately_so_called(self, noun: str, number: int) -> Actor | None:
        """Who "the kagawad said" in sentence `number` is when the sentence before has no
        person act or speak (a line of background, or a passive: "The complaint was
        filed by Kagawad Ernesto Villaruel, ..."): news style calls someone it has just
        named by what it called them, so it is the one person the nearest sentence within
        PRONOUN_REACH that names anyone names, if the story so far has called them, and
        no one else, by the noun (see _so_called). Nobody when that sentence names
        someone the actors table lacks, or brings in someone unnamed the noun may be ("a
        detention sergeant who asked not to be identified"), or when a sentence between
        has someone unnamed or a body speak."""
        for back in range(number - 1, max(0, number - 1 - PRONOUN_REACH), -1):
            text = self.texts[back - 1]
            if _indefinite_re(noun).search(text):
                return None
            seen = self.people_in(text)
            if seen:
                break
            if not attributing().isdisjoint(word_re().findall(text.lower())):
                return None  # "Russia's Defence Ministry said ...": a body spoke last
        else:
            return None
        if any(self._may_be_so_called(other, noun) for _, _, other in seen):
            return None
        named = {other.name: other for _, _, other in seen if isinstance(other, Actor)}
        if len(named) != 1:
            return None
        (person,) = named.values()
        return person if self._so_called(noun, number) == [person] else None

    @staticmethod
    def _may_be_so_called(seen: Actor | str, noun: str) -> bool:
        """Whether someone a sentence names or describes, whom the actors table lacks, may
        be the one "the <noun>" means: a name, or a description by that noun; not one by
        another noun ("is not related to the sheriff", "a member of the council")."""
        if not isinstance(seen, str) or is_pronoun(seen):
            return False
        described = seen.split()
        if described[0].lower() not in words()["determiners"] | words()["indefinites"]:
            return True
        return any(_noun_re(noun).fullmatch(word) for word in described[1:])

    def _so_called(self, noun: str, number: int) -> list[Actor]:
        """The people the sentences before sentence `number` call by `noun` as what they
        are, in order: a title right before their name ("Kagawad Ernesto Villaruel",
        "prefeito Marcelo Tavares Wendhausen"), the head of a description apposed before
        or after it ("The síndico municipal, Octavio Ramírez Salgado,", "Borba, the
        coordinator,"), a seat in a body named for its members ("who represents District
        2 on the Board of Supervisors": a supervisor), or a role the actors table gave
        them; never with a word that ranks them otherwise ("former", "deputy"). The
        name's words must be the person's own, so a namesake is no one else's ("Kagawad
        Ernesto Villaruel" calls Josefina Villaruel nothing)."""
        called: list[Actor] = [
            holder
            for key in (noun, *_styles_of(noun))
            for holder, role in self.index.roles.get(key, ())
            if self._named_so_far(holder.name) and not role & words()["other_rank"]
        ]
        searched, titled = self.titled_so.get(noun, (0, []))
        if searched > number - 1:  # asked of an earlier sentence: read again up to it
            searched, titled = 0, []
        for text in self.texts[searched : number - 1]:
            for actor in _titled_in(text, noun, self.index):
                if actor not in titled:
                    titled.append(actor)
        self.titled_so[noun] = (number - 1, titled)
        return called + [actor for actor in titled if actor not in called]

    def _of_country(self, tokens: Sequence[str], number: int) -> Actor | None:
        """ "the 41-year-old Norwegian told AFP": a demonym standing as the noun names one
        person of that country, by news style the one the sentence before had speak (else
        its subject),
        when that sentence names no one else, their role names no country (that may be
        another: "the Italian" is not the German minister just quoted), and no one else
        was given the description's age."""
        speakers = self.said_at.get(number - 1) or []
        who = speakers[-1] if speakers else self.subject(number - 1)
        if not isinstance(who, Actor) or who.kind != "person" or len(speakers) > 1:
            return None
        if any(other is not who for other in self.others_of.get(number - 1, [])):
            return None
        if who.role and any(gazetteer().get(word) for word in who.role.split()):
            return None
        aged = next((m for t in tokens if (m := _AGE_RE.fullmatch(t))), None)
        if aged is not None and self._of_age(aged.group(1), number) not in (None, who):
            return None
        return who

    def _top_diplomat(self, who: Actor, modifiers: Sequence[str]) -> bool:
        """Whether "the (Russian) top diplomat" is `who`, the one just spoken of: news
        calls a foreign minister so (words.toml's top_diplomat_offices), and `who` must
        hold that office, with no country in the description that `who`'s role lacks, and
        no one else named so far may, unless the description's capitalised words
        ("Russian") are in `who`'s role and not in theirs (a Hungarian counterpart at the
        same talks)."""
        if not _foreign_minister(who.role):
            return False
        marks = {token.lower() for token in modifiers if token[:1].isupper()}
        own = _role_word_set(who.role)
        if any(
            gazetteer().get(token) is not None for token in modifiers if token.lower() not in own
        ):
            return False  # "the Hungarian top diplomat": not one whose role is Russia's
        for people in self.index.roles.values():
            for holder, _ in people:
                if holder is who or not _foreign_minister(holder.role):
                    continue
                told_apart = (
                    bool(marks) and marks <= own and not marks & _role_word_set(holder.role)
                )
                if not told_apart and self._named_so_far(holder.name):
                    return False  # either of them
        return True

    def _of_age(self, age: str, number: int) -> Actor | None:
        """ "The 44-year-old said": the one person the sentences so far give that age
        ("Pradeep Kumar Nair, a 44-year-old driver", "Nair, 44,", "the 44-year-old
        Nair"), whoever spoke last (fresh13: a cousin named in between had been given the
        words); nobody when no one, or more than one, is given it."""
        pattern = _aged_re(age)
        found: list[Actor] = []
        for text in self.texts[: number - 1]:
            if age not in text:
                continue
            for match in pattern.finditer(text):
                for _, _, actor in self.index.find(match.group("name") or match.group("later")):
                    if actor.kind == "person" and actor not in found:
                        found.append(actor)
        return found[0] if len(found) == 1 else None

    def _described_as(self, who: Actor, noun: str) -> bool:
        """Whether the story has called `who` by `noun`: in their role, in a title before
        their name ("hosts Joe Scarborough and Mika Brzezinski") or in an apposition after
        it ("Sally Barsosio, the Olympic champion"). A definite description refers back
        only to someone the text has described so; being the last one spoken of is no
        evidence ("Hillary Clinton appeared on the show ... “...,” the host said" is not
        hers). Each sentence is searched once for each (person, noun) asked."""
        if who.role and _holds_noun(who.role, noun):
            return True
        key = f"{who.name}\n{noun}"
        searched, found = self.described_so.get(key, (0, False))
        if not found and searched < len(self.texts):
            found = _describes(self.texts[searched:], who.name, noun)
            self.described_so[key] = (len(self.texts), found)
        return found

    def _named_so_far(self, name: str) -> bool:
        """Whether a sentence read so far holds `name`; each sentence is searched for a
        name once (asked at every epithet, a search of them all grew as their square)."""
        return self._so_far(
            self.named, name, lambda joined, texts: named_in_any(name, joined, texts)
        )

    def heard_so_far(self, pattern: re.Pattern[str]) -> bool:
        """Whether a sentence read so far matches `pattern` as written, in a quote too
        ("“Levan Beridze must answer ...,” she said" names the minister for a reader)."""
        return self.as_written.first_match(pattern) is not None

    def _so_far(
        self,
        asked: dict[str, tuple[int, bool]],
        key: str,
        holds: Callable[[str, list[str]], bool],
    ) -> bool:
        """`holds` of the sentences not yet searched for `key` (joined, and the list),
        remembered in `asked` as (sentences searched, whether one holds it)."""
        searched, found = asked.get(key, (0, False))
        if not found:
            unread = self.texts[searched:]
            # one search of them joined, not one per sentence: 0.035 s against 0.059 s at
            # 25,000 sentences; the holders of a role are asked in turn, mostly from the
            # same sentence on, so the last join is kept for the next
            if self.unread_from != (searched, len(self.texts)):
                self.unread_from, self.unread = (searched, len(self.texts)), "\n".join(unread)
            found = holds(self.unread, unread)
            asked[key] = (len(self.texts), found)
        return found

    def _namesake_by_honorific(self, form: str, actor: Actor, before: list[str]) -> Actor | None:
        """ "Madam Jallow" of a story's Ebrima and Haddy Jallow: the one the honorific's
        gender fits, if only one does; if the text does not say which that is, none of
        them (the index's choice is only the one named first), but someone so called."""
        holders = self.index.shared.get(form, ())
        sex = honorific_gender(before[0].rstrip(".")) if before and len(holders) > 1 else None
        if sex is None:
            return actor
        fitting = [h for h in holders if (gender_of(h) or self.marked.get(h.name)) == sex]
        if len(fitting) == 1:
            return fitting[0]
        unsure = [h for h in holders if (gender_of(h) or self.marked.get(h.name)) in (None, sex)]
        return unsure[0] if len(unsure) == 1 else None

    def _namesake_by_title(self, form: str, actor: Actor, before: list[str]) -> Actor:
        """ "Maulana Qureshi" of a story's Justice Shahid Mehmood Qureshi and Maulana Abdul
        Rauf Qureshi: the one namesake the story so far has written that title or style
        before in full (the text's own way of telling them apart); else the actor. The
        sentences that write a title before a name are found once a title (a 25,000-
        sentence text asks at every mention of a shared surname)."""
        holders = self.index.shared.get(form, ())
        if actor not in holders or not before or not before[0][:1].isupper():
            return actor
        title = before[0].rstrip(".,")
        if not title.isalpha() or title.lower() not in _address_titles():
            return actor
        styled = _styled_re((title,))
        named = {
            " ".join(found.group(1).split())
            for at in self.blanked.matching(styled)
            for found in styled.finditer(self.texts[at])
        }
        chosen = [
            holder
            for holder in holders
            if any(name == holder.name or name.startswith(f"{holder.name} ") for name in named)
        ]
        return chosen[0] if len(chosen) == 1 else actor

    def _namesake_named_so_far(self, form: str, actor: Actor) -> Actor:
        """ "said Lim" of a story's Lim Wei Sheng and Lim Mei Ling: the one namesake named
        in full so far, as the quote's own speaker is read (a reader cannot take it for
        the one the story names only later), so that a "he" after it is that one too;
        else the index's choice."""
        holders = self.index.shared.get(form, ())
        if actor not in holders:
            return actor
        so_far = [holder for holder in holders if self.heard_so_far(naming_re(holder.name))]
        return so_far[0] if len(so_far) == 1 else actor

    def _given_name_shared(self, form: str, actor: Actor) -> bool:
        """Whether the actor is called by the given name alone ("Mr Somchai", as Thai
        usage does) and the story so far has written that given name before another
        name than the actor's ("Somchai Boonmee") that the table lacks: someone else is
        so called too, so the given name alone says neither."""
        parts = actor.name.split()
        if len(parts) < 2 or form != parts[0] or form in self.index.shared:
            return False  # (namesakes both listed are the index's to tell apart)
        return self.heard_so_far(_other_bearer_re(form, parts[1]))

    def _bare_namesakes(self, sentence: str, known: Sequence[tuple[int, int]]) -> Iterator[Seen]:
        """A surname alone that several of the story's people share and the index gives to
        none of them ("Col. Castellanos named the aircraft after his mother, Dolores
        Castellanos", in an obituary of Raymond Castellanos Jr. whose son Daniel spoke),
        beside a holder named in full: not that one (a writer who means one person does not
        write both), and which other the text does not say; someone unsettled, as written
        with the word before it, who may be the subject and blocks a pronoun's search."""
        for form in self.index.shared:
            if " " in form or form not in sentence:
                continue
            for found in re.finditer(rf"\b{re.escape(form)}\b", sentence):
                start, end = found.span()
                if any(a <= start < b for a, b in known) or sentence[end : end + 1] in _JOINED:
                    continue  # a name's word already read, or part of a longer word
                if (
                    start > 0
                    and sentence[:start].rstrip()[-1:].isalpha()
                    and (
                        sentence[:start].split()[-1][:1].isupper()
                        and sentence[:start].split()[-1].rstrip(".").lower()
                        not in words()["honorifics"]
                    )
                ):
                    continue  # a word of a longer name the table lacks
                if not any(naming_re(h.name).search(sentence) for h in self.index.shared[form]):
                    continue  # (no namesake named in full beside it: the index's to read)
                before = sentence[max(0, start - 40) : start].split()[-1:]
                yield start, end, " ".join([*before, form])

    def _named_in_full_elsewhere(self, sentence: str, start: int, actor: Actor) -> bool:
        """Whether the sentence names the person in full apart from the mention at
        `start`: a writer who means one person does not write both."""
        return any(
            not (found.start() <= start < found.end())
            for found in naming_re(actor.name).finditer(sentence)
        )

    def people_in(self, sentence: str) -> list[Seen]:
        """Every person the sentence names or refers to: (start, end, who)."""
        known: list[tuple[int, int]] = []
        mentions: list[Seen] = []
        for start, end, actor in self.index.find(sentence):
            if actor.kind == "person":
                form = sentence[start:end]
                # only a person named otherwise than in full may be someone else
                if form != actor.name:
                    before = sentence[max(0, start - 40) : start].split()[-1:]  # not all
                    if other_given_name(form, actor, before):
                        continue  # "German Ortega says" is not the story's Freddy Ortega
                    if self._given_name_shared(form, actor):
                        # "Mr Somchai" of a story with a Somchai Rattanakul and a Somchai
                        # Boonmee the table lacks: either of them
                        mentions.append((start, end, form))
                        known.append((start, end))
                        continue
                    if (
                        actor.kind == "person"
                        and form in self.index.shared
                        and self._named_in_full_elsewhere(sentence, start, actor)
                    ):
                        # "Maj. Okonkwo named his boat after his aunt, Ada Okonkwo": not
                        # her, whom the index gave the surname (see _bare_namesakes)
                        mentions.append((start, end, " ".join([*before, form])))
                        known.append((start, end))
                        continue
                    actor = self._namesake_named_so_far(form, actor)
                    actor = self._namesake_by_title(form, actor, before)
                    chosen = self._namesake_by_honorific(form, actor, before)
                    if chosen is None:  # "Madam Jallow", no Jallow known to be a woman
                        mentions.append((start, end, f"{before[0]} {form}"))
                        known.append((start, end))
                        continue
                    actor = chosen
                mentions.append((start, end, actor))
            known.append((start, end))
        for start, end, who in self._bare_namesakes(sentence, known):
            mentions.append((start, end, who))
            known.append((start, end))
        if sentence.strip():
            mentions.extend(unknown_people(sentence, known, self.surnames))
        for m in _PRONOUN_RE.finditer(sentence):
            mentions.append((m.start(), m.end(), m.group().lower()))
        return mentions


@cache
def _other_bearer_re(given: str, following: str) -> re.Pattern[str]:
    """A given name before a capitalised word that is not the name that follows it in
    the actor's name, nor a day or a month ("Somchai Boonmee" beside Somchai Rattanakul)."""
    days = alternation(sorted(CALENDAR_NAMES))
    # the given name first, as a literal, and the word boundary before it tested after it
    # (as \b, when it opens with a letter): re then skips to it, where a leading \b made it
    # try every position of the story read so far, once for each person asked about
    name = re.escape(given)
    name = rf"{name}(?<!\w{name})" if re.match(r"\w", given) else rf"\b{name}"
    return re.compile(rf"{name}\s+(?!{re.escape(following)}\b|(?:{days})\b)[A-Z][\w’'-]+")


_NARRATORS = frozenset({"i", "we"})


def _things_subject(sentence: str, phrase: list[str] | None, mentions: Sequence[Seen]) -> bool:
    """Whether a sentence with no third person as its subject names one person, as an
    object: a prize's sentence ("The student of the year award went to ...": a noun of
    words.toml's prize_nouns before the name, in a sentence that opens with a
    determiner) or the writer's own "I" or "we" ("I told Yamamoto about the boy.": a
    narrator is never "she"), with no speech verb's subject phrase but the narrator, and
    one person named only, one the actors table knows (no description, no pronoun, no
    unknown name that may be someone new). Not "The radio talker has filled his
    speeches for Cruz": a description no list knows may be the subject."""
    if len(mentions) != 1 or not isinstance(mentions[0][2], Actor):
        return False
    opening = sentence.split(" ", 1)[0].lower()
    if opening in _NARRATORS:
        return phrase is None or [w.lower() for w in phrase] == [opening]
    if phrase is not None or opening not in words()["determiners"]:
        return False
    before = word_re().findall(sentence[: mentions[0][0]].lower())
    return not words()["prize_nouns"].isdisjoint(before)


@cache
def naming_re(name: str) -> re.Pattern[str]:
    """The given name, then up to three words, then the surname ("Rolando “Boyet”
    Mercado", "Khizr and Ghazala Khan"). (The given name first, as a literal: re then
    skips to it, in a long story too.)"""
    parts = name.split()
    # (no word character after the last word, not a word boundary: "Raymond Castellanos
    # Jr.," ends on a full stop)
    return re.compile(rf"{re.escape(parts[0])}\b(?:\s+\S+){{0,3}}?\s+{re.escape(parts[-1])}(?!\w)")


def _foreign_minister(role: str | None) -> bool:
    """Whether a role is an office that "the top diplomat" stands for ("Russian Foreign
    Minister", "Minister of Foreign Affairs and Trade", "Secretary of State")."""
    if not role:
        return False
    low = " ".join(role.lower().replace("-", " ").split())
    return any(
        re.search(rf"(?<!\w){re.escape(office)}(?!\w)", low)
        for office in words()["top_diplomat_offices"]
    )


def _role_word_set(role: str | None) -> frozenset[str]:
    return (
        frozenset(role.lower().replace("-", " ").replace(",", " ").split()) if role else frozenset()
    )


def _holds_noun(role: str, noun: str) -> bool:
    """Whether a role has the noun for one of its words ("New Jersey Gov." holds
    "governor"; "Deputy Prime Minister" holds "minister")."""
    return _noun_re(noun).search(role.replace("-", " ")) is not None


@cache
def _styled_re(titles: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the titles, capitalised, before a name, which the group holds ("Msgr.
    Jose Ma. Dimaculangan", "Mufti Zia-ul-Haq Naqshbandi")."""
    forms = "|".join(re.escape(title[:1].upper() + title[1:]) for title in titles)
    return re.compile(rf"\b(?:{forms})\.?\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})")


@cache
def _offices_before_re(offices: tuple[str, ...], name: str) -> re.Pattern[str]:
    """One of the offices or styles right before a full name ("Maulana Abdul Rauf Qureshi")."""
    alternatives = "|".join(map(re.escape, offices))
    return re.compile(rf"(?i:\b(?:{alternatives}))\.?\s+{re.escape(name)}\b")


@cache
def _address_titles() -> frozenset[str]:
    """The words that title or style a name, which may tell two namesakes apart."""
    return joined("honorifics", "forms_of_address", "standing_titles", "role_heads")


def _feminine_of_head(word: str) -> bool:
    """ "mayora": an office English knows with the Romance feminine ending, as Philippine
    and Latin American English writes a woman's office ("the mayora said")."""
    return len(word) > 4 and word.endswith("a") and word[:-1] in words()["role_heads"]


@cache
def _styles_of(noun: str) -> tuple[str, ...]:
    """The styles whose holders news calls by the noun ("justice" for "judge")."""
    return tuple(style for style, meant in word_codes("style_nouns").items() if meant == noun)


@cache
def _noun_re(noun: str) -> re.Pattern[str]:
    """The noun, singular or plural, as a whole word ("host", "hosts"), or the title
    abbreviation a role's noun is written as ("Gov." for "governor", "Sen." for
    "senator"; not "Rep." for "reporter", which heads no role), or a style whose holder
    the noun names ("Justice" for "judge")."""
    forms = [rf"{re.escape(n)}(?:e?s)?(?![\w-])" for n in (noun, *_styles_of(noun))]
    if noun in words()["role_heads"]:
        cut = [a for a in words()["title_abbreviations"] if noun.startswith(a) and a != noun]
        forms += [rf"{re.escape(a)}s?\.(?!\w)" for a in cut]
    return re.compile(rf"(?<![\w-])(?i:{'|'.join(forms)})")


def _describes(texts: Sequence[str], name: str, noun: str) -> bool:
    """Whether one of `texts` calls the person `name` by `noun`: as a title before the
    name, over a coordination of names too ("Morning Joe hosts Joe Scarborough and Mika
    Brzezinski"), or in an apposition after it ("Vale, the Irish singer,", "Vale, a
    singer"). Only texts that hold the surname are read with the patterns."""
    parts = name.split()
    while len(parts) > 1 and parts[-1].rstrip(".").lower() in words()["generations"]:
        parts = parts[:-1]
    surname = re.escape(parts[-1])
    aged = _AGE_RE.fullmatch(noun)
    if aged is not None:  # "the 54-year-old" of "Andreas Christodoulou, 54," or "(54)"
        age = re.compile(rf"\b{surname}(?:, | \(|, aged ){aged.group(1)}\b")
        return any(parts[-1] in text and age.search(text) for text in texts)
    noun_at = _noun_re(noun).pattern
    before = re.compile(rf"{noun_at}(?:\s+(?:[A-Z][\w.’'-]*|and|&)){{0,6}}?\s+{surname}\b")
    after = re.compile(
        rf"\b{surname}(?:[’']s?)?,\s+(?:who\s+is\s+)?(?:the|a|an|his|her|their|[A-Z][\w.-]*[’']s)"
        rf"\s+[^,.;:!?]{{0,60}}?{noun_at}"
    )
    patterns = [before, after]
    to_come = next((end for end in ("-elect", "-designate") if noun.lower().endswith(end)), "")
    if to_come:
        # "the Deputy Chairperson-elect" of "Meskerem ... was elected Deputy Chairperson",
        # "the bishop-elect" of "X, Archdeacon of Ossory, as the next Bishop of Y": one
        # elected or named to an office and not yet in it is its "-elect" or "-designate"
        office = _noun_re(noun[: -len(to_come)]).pattern
        coming = alternation(words()["offices_to_come"])
        patterns.append(
            re.compile(
                rf"\b{surname}\b[^.;!?]{{0,160}}?\bwas\s+elected\s+(?:as\s+)?(?:[\w-]+\s+){{0,3}}?{office}"
            )
        )
        patterns.append(
            re.compile(
                rf"\b{surname}\b[^.;!?]{{0,80}}?\bas\s+(?:[\w’'-]+\s+){{0,2}}?"
                rf"(?:{coming})\s+(?:[\w’'-]+\s+){{0,2}}?{office}"
            )
        )
    return any(parts[-1] in text and any(p.search(text) for p in patterns) for text in texts)


def _titled_in(text: str, noun: str, index: ActorIndex) -> Iterator[Actor]:
    """The people `text` calls by `noun` as what they are (see _calling_res): the name
    closes the run the pattern finds, after nothing but a title ("Lt. Col. Jaqueline
    Borba"; "Ernesto Villaruel" is not Josefina Villaruel's surname). Not one the noun
    ranks otherwise ("former prefeito Dieter Hasse" is no prefeito now)."""
    if noun[: max(3, len(noun) - 2)] not in text.lower():  # "aldermen" for "alderman"
        return
    # "Datu Ramon “Sigbaan” Mansinugdan", its nickname blanked as a quote's words are
    text = _GAP_RE.sub(" ", text)
    titles = joined("title_abbreviations", "military_ranks", "role_heads", "honorifics")
    people = [hit for hit in index.find(text) if hit[2].kind == "person"]
    for pattern in _calling_res(noun):
        for found in pattern.finditer(text):
            ranks = text[max(0, found.start("noun") - 40) : found.start("noun")].split()[-2:]
            if any(word.lower() in words()["other_rank"] for word in ranks):
                continue
            opens, closes = found.span("name")
            for start, end, actor in people:
                before = text[opens:start].split()[-1:] if start > opens else []
                if end != closes or start > closes:
                    continue
                if all(word.lower().rstrip(".") in titles for word in before):
                    yield actor


# A gap of blanks left where a quote's words were.
_GAP_RE = re.compile(r"\s{2,}")


def _plain_description(tokens: Sequence[str]) -> bool:
    """Whether "the" and up to three words, none of them one that a grammar list holds,
    may be a noun phrase that calls someone by what they are ("the síndico", "the county
    supervisor", "the Sayadaw"); not a clause read short ("the Obama White House was
    refusing to")."""
    grammar = joined(
        "object_prepositions", "quote_prepositions", "auxiliaries", "passive", "adverbs",
        "determiners", "relative_pronouns", "person_pronouns",
    )  # fmt: skip
    return 2 <= len(tokens) <= 4 and all(
        token.replace("-", "").isalpha() and token.lower() not in grammar for token in tokens[1:]
    )


@cache
def _indefinite_re(noun: str) -> re.Pattern[str]:
    """Someone brought in unnamed by the noun: "a detention sergeant", "one kagawad"."""
    return re.compile(rf"\b(?i:a|an|another|one)\s+(?:[\w’'-]+\s+){{0,4}}?{re.escape(noun)}\b")


# A run of capitalised words that may be a name, with a rank written before it.
_NAME_RUN = r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'-]*)"


@cache
def _calling_res(noun: str) -> tuple[re.Pattern[str], ...]:
    """The ways a sentence calls the person named in its group "name" by `noun`, as the
    head of what they are (see Subjects._so_called): a title before the name; a
    description apposed after the name ("Borba, the coordinator of ...,") or before it
    ("The síndico municipal, Octavio Ramírez Salgado"), the noun its head (the last
    word before a preposition, up to two adjectives after it); a seat in a body named
    "... of <Nouns>" ("who represents District 2 on the Board of Supervisors")."""
    word = rf"(?P<noun>(?i:{re.escape(noun)}))"
    head = rf"{word}(?:\s+[a-z][\w-]*){{0,2}}?(?:\s+(?:of|for|in|at)\s+[^,.;:!?]{{1,60}}?)?"
    title = noun[:1].upper() + noun[1:]
    members = rf"{re.escape(title)}(?:e?s)"
    if noun.endswith("man"):  # "Board of Aldermen", "Board of Selectmen"
        members = rf"(?:{members}|{re.escape(title[:-3])}men)"
    return (
        re.compile(rf"(?<![\w-]){word}\s+{_NAME_RUN}"),
        re.compile(
            rf"{_NAME_RUN},\s+(?:who\s+is\s+)?(?i:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?"
            rf"{word}(?=[,.;:]|\s+(?:of|for|in|at|on|and)\b)"
        ),
        re.compile(rf"\b(?i:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?{head},\s+{_NAME_RUN}"),
        re.compile(
            rf"{_NAME_RUN},\s+(?:who\s+)?(?:represents|represented|sits|sat|serves|served"
            rf"|a\s+member|member|holds\s+a\s+seat)\b[^,.;:!?]{{0,80}}?\b[A-Z][\w-]*"
            rf"\s+of\s+(?P<noun>{members})\b"
        ),
    )


_AGE_RE = re.compile(r"(\d{1,3})-year-old")
# The words with which a text says a name is one its bearer gave, right before it ("gave
# his name only as", "only her first name,", "identified herself as").
_GIVEN_NAME_RE = re.compile(
    r"\b(?:(?:gave|give|giving|gives)\s+(?:only\s+)?(?:his|her)\s+(?:first\s+|given\s+)?name"
    r"(?:\s+only)?(?:\s+as|,)|(?:identified|introduced)\s+(?:him|her)self(?:\s+only)?\s+as"
    r"|to\s+be\s+(?:identified|known|named)(?:\s+only)?\s+as)"
    r"\s+$"
)
# A sentence opening on someone new ("A woman from row 31 came forward:") whom the colon
# then names, a style perhaps before the name.
_COLON_NAMED_RE = re.compile(r"(?:A|An)\s[^:;“”\"]{1,80}:\s+(?:[A-Z][\w.]*\s+)?$")
# An indefinite noun phrase and the relative clause on it, running on to the end of what
# is searched with no comma nor name: a pronoun there is the one the phrase brings in.
_RELATIVE_OF_SOMEONE_NEW_RE = re.compile(
    r"\b(?i:a|an|another|one)\s+(?:[a-z][\w’'-]*\s+){0,3}?(?:who|whose)\s+[^,;:.A-Z]*$"
)
_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}"


@cache
def _aged_re(age: str) -> re.Pattern[str]:
    """A name given an age: "Nair, 44,", "Nair (44)", "Nair, aged 44", "Nair, a 44-year-old
    driver", "the 44-year-old Nair"."""
    return re.compile(
        rf"(?P<name>{_NAME})(?:, | \(|, aged |, an? ){age}\b"
        rf"|\b{age}-year-old\s+(?:[a-z]+\s+){{0,3}}?(?P<later>{_NAME})"
    )


def _named_in(actor: Actor, words_said: str) -> bool:
    """Whether a quote calls the person by their given name alone ("a word with Olof"):
    people speak of others that way, not of themselves (who may say "Bernie Sanders"),
    so a "he said" is then someone else."""
    parts = actor.name.split()
    if len(parts) < 2 or parts[0] not in words_said or gender(parts[0].lower()) is None:
        return False  # the substring test first: each name's pattern is compiled anew
    rest = rf"(?:\s+[A-Z][\w.’'-]*)*?\s+{re.escape(parts[-1])}"  # "Billie Jean King"
    alone = rf"\b{re.escape(parts[0])}\b(?!{rest})"
    return re.search(alone, words_said) is not None


def _ends_with(phrase: list[str], actor: Actor) -> bool:
    """Whether a subject phrase ends with the actor's name ("Viktor Lysenko")."""
    name = actor.name.split()
    return phrase[-len(name) :] == name


def _others(sentence: str, mentions: list[Seen], subject: Actor | str) -> list[Actor | str]:
    """The people a sentence names besides its subject: one of them may be the "he" of a
    later sentence, so a pronoun search stops at them (see Subjects._resolve). Not one
    named only as the owner of something ("Ryota's younger sister, Aoi, sat beside her
    mother. He said ..."): a reader takes "he" for the last one who acted or spoke."""
    return [
        other
        for _, end, other in mentions
        if other is not subject
        and not is_pronoun(other)
        and not sentence.startswith(("'s ", "’s ", "' ", "’ "), end)
    ]


# What joins a word to the next into one ("Castellanos-Ruiz", "Castellanos's").
_JOINED = frozenset({"-", "’", "'"})
# A sentence's opening "the" and one noun before its verb, past a fronted phrase that a
# comma ends ("An hour before landing, the sheikh walked"): see _described_opening.
_OPENING_DESCRIPTION_RE = re.compile(
    r"(?:[A-Z][^,;:“”\"]{0,60},\s+)?[Tt]he\s+(?P<noun>[a-z][a-z-]+)\s+"
    r"(?!of\b|and\b|or\b|who\b|whose\b|that\b|which\b)[a-z]+(?:ed|s)\b"
)


def _described_speaker(phrase: list[str] | None) -> bool:
    """Whether someone the text describes and does not name speaks in the sentence ("one
    dealer, who asked not to be named, told Reuters"): a later "he said" may be them.
    `phrase` is the sentence's spoken_subject."""
    return phrase is not None and phrase[:1] != [] and phrase[0].lower() in words()["determiners"]
