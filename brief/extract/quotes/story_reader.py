"""A story's quotes, read paragraph by paragraph (`_StoryReader`): the speaker each
quote's tags give, or, untagged, the one a lead-in brings or the last paragraph left
speaking; the parts of one utterance merged ("“A,” said X. “B.”"); and the `Quote`
records kept.

The rules of a single tag are in attribution; this holds what carries from one quote,
sentence or paragraph to the next.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Literal, NamedTuple

from brief.extract.actors.names import surname_of
from brief.extract.actors.roles import is_head
from brief.extract.actors.speakers import may_speak
from brief.extract.actors.word_knowledge import demonym
from brief.extract.lexicon import alternation, joined, words
from brief.extract.quotes.actor_index import ActorIndex
from brief.extract.quotes.attribution import attribute, phrase_actor, resolve_before
from brief.extract.quotes.denials import reattributed, with_denials, without_denied
from brief.extract.quotes.gender_clues import honorific_titles, may_be, titles_lettered
from brief.extract.quotes.pronouns import LOOK_BACK, Subjects
from brief.extract.quotes.relayed_speech import (
    read_for_another_ahead,
    saying_noun,
    talking_clause,
)
from brief.extract.quotes.spans import Found, Paragraph, paragraph_groups, words_of_a_charge
from brief.extract.quotes.speech_words import attributing, labelled_re, word_re
from brief.extract.quotes.subject_phrases import opening_subject
from brief.extract.quotes.trailing_tags import (
    CARRY_GAP,
    ends_in_attribution,
    gap_sentences,
    new_speaker,
    shaped_subject,
    tag_or_nothing,
    tag_subject,
    tag_words,
    verb_after,
)
from brief.extract.quotes.transcripts import (
    Turn,
    aside_asker,
    asker_and_answerer,
    exchange_turns,
)
from brief.ingest.signatures import signature
from brief.models import Actor, Mention, Quote, Sentence

MIN_WORDS = 4


def story_quotes(story: Sequence[Sentence], actors: Sequence[tuple[Actor, int]]) -> list[Quote]:
    """The story's quotes. What comes after its last quote only tells who is spoken of,
    and no quote is left to ask: it is not read (inbox of 1,000 articles: 915 of 4,473
    paragraphs), and a story that quotes nobody has no index of its actors made. The
    paragraphs since the last quote wait, unread, until the next one comes."""
    reader: _StoryReader | None = None
    waiting: list[Paragraph] = []
    groups = list(paragraph_groups(story))
    turns = exchange_turns(groups, actors)  # a printed exchange's turns (most stories: none)
    for at, sentences in enumerate(groups):
        waiting.append(Paragraph.of(sentences))
        turn = turns.get(at)
        if waiting[-1].found or turn is not None:
            if reader is None:
                reader = _StoryReader(Subjects(ActorIndex.of(actors)))
            for paragraph in waiting[:-1]:
                reader.paragraph(paragraph)
            if turn is not None:
                before = at - 1
                while before >= 0 and _a_note(groups[before]):
                    before -= 1  # "[... - Interpreter's note]" between two turns ends nothing
                reader.turn(waiting[-1], sentences, turn, first=turns.get(before) is None)
            else:
                # the next paragraph's first sentence may say whose the quote was
                # ("“...” / The director, Mohd Faizal Ismail, said this at a briefing")
                following = groups[at + 1][0].text if at + 1 < len(groups) else ""
                reader.paragraph(waiting[-1], following)
            waiting = []
    if reader is None:
        return []
    people = [actor.name for actor, _ in actors if actor.kind == "person"]
    told = reattributed(story, without_denied(story, reader.quotes), people)
    return with_denials(story, told)


def _a_note(sentences: Sequence[Sentence]) -> bool:
    """Whether a paragraph is a note set in square brackets whole ("[The bitter coat is
    saponin. - Interpreter's note]"): the editor's or the interpreter's aside, which
    leaves an exchange it stands in going on."""
    text = " ".join(sentence.text for sentence in sentences).strip()
    return text.startswith("[") and text.endswith("]") and "[" not in text[1:]


def _tags(actor: Actor, text: str) -> bool:
    """Whether the text names the actor beside a speech verb ("Sanders said", "said
    Sanders"): the one reporting the sentence's words."""
    tokens = word_re().findall(text)
    surname = surname_of(actor.name)
    speech = words().speech
    return any(
        token == surname
        and any(t.lower() in speech for t in tokens[max(0, k - 1) : k + 2] if t != token)
        for k, token in enumerate(tokens)
    )


@dataclass(eq=False, repr=False)
class _StoryReader:
    """Reads a story paragraph by paragraph: who is being talked about, and each quote's
    speaker in turn."""

    subjects: Subjects
    quotes: list[Quote] = field(default_factory=list)
    goes_on: Actor | None = None  # who ended the last paragraph speaking
    left_open: bool = False  # the last paragraph ended inside a quote
    ends_tagged: bool = False  # the last paragraph ended with a quote or its speech tag
    ends_reporting: bool = False  # ... with reported speech, no quote ("..., he said.")
    asking: Actor | None = None  # who the last paragraph ended asking ("X asked whether")
    open_speaker: Actor | None = None  # who speaks the quote the last paragraph left open
    open_quote: _Kept | None = None  # and that quote, as kept
    next_sentence: str = ""  # the first sentence of the paragraph after the one read
    # a printed exchange's asker and answerer, and who spoke its last turn
    asker: Actor | None = None
    answerer: Actor | None = None
    turn_speaker: Actor | None = None
    # a question put in quotes ("“...?” X asked") that ended the last paragraph: who put
    # it, and to whom (the speaker of the paragraph just before it, if that quoted anyone)
    asked: bool = False
    put_by: Actor | None = None
    put_to: Actor | None = None
    answered: bool = False  # the last paragraph's quotes answered such a question
    last_speaker: Actor | None = None  # who spoke the last paragraph's last quote
    addressed: Actor | None = None  # whom that quote called by name ("Mr Pienaar, ...")
    called: Actor | None = None  # the one addressed, where the quote called on them to speak

    def turn(
        self, para: Paragraph, sentences: Sequence[Sentence], turn: Turn, *, first: bool
    ) -> None:
        """A turn of a printed exchange (see transcripts): its words after the label are
        one quote, its label's speaker's; its sentences are read as a quote's, blank.
        `first`: the turn opens an exchange, whose asker and answerer the sentences
        before it name."""
        if first:
            self.asker, self.answerer = asker_and_answerer(self.subjects)
        speaker: Actor | None
        if turn.kind == "asks":
            speaker = aside_asker(turn.aside, self.subjects) if turn.aside else self.asker
        elif turn.kind == "answers":
            speaker = self.answerer
        elif turn.kind == "named":
            speaker = turn.named
        elif turn.kind in ("put", "label"):
            speaker = None
        else:
            speaker = self.turn_speaker
        self.subjects.opened.append(self.subjects.sentences + 1)
        for a, b in para.offsets:
            self.subjects.read(" " * (b - a), False)
        words_said = para.text[turn.start :]
        if turn.signed:
            # (the signature is the paragraph's last sentence: the words stop before it)
            words_said = words_said[: len(words_said) - len(sentences[-1].text)].rstrip()
        asked = turn.kind in ("asks", "put") or words_said.rstrip().endswith("?")
        # (a question nobody is named as asking is no one's news; one a name line puts, a
        # member's to a minister in a parliament's record, is someone's words, though the
        # actors table lacks them)
        named = turn.kind == "named" and bool(turn.label)
        for piece in stage_direction_re().split(words_said):
            # "[laughs]" splits a turn: the words either side are two quotes
            if _is_turn_quote(piece, speaker, turn) and (speaker is not None or not asked or named):
                name = speaker.name if speaker is not None else None
                self.quotes.append(Quote(_unmarked(piece), name, name, _mentions(sentences)))
        for quote in para.found:
            if quote.start >= turn.start:
                self._quoted_in_turn(para, quote, speaker)
        self.subjects.said(speaker)
        self.turn_speaker = speaker
        self._exchange_ends()
        self.goes_on = self.open_speaker = None
        self.open_quote = None
        self.left_open = self.ends_tagged = self.ends_reporting = False
        self.asking = None

    def _quoted_in_turn(self, para: Paragraph, quote: Found, speaker: Actor | None) -> None:
        """Words a turn quotes in marks with a tag of their own that names someone else
        ("Chief Roe told our board, “...”" in a chief executive's answer) are that
        person's as well as the turn's: the one who speaks relays them. Only a tag that
        names them (no "he said", which the blanked turn cannot settle) and only a
        person: the turn's own speaker quoting an earlier self is one entry."""
        right = next((q.start for q in para.found if q.start > quote.start), len(para.text))
        before = para.outline[max(quote.lo, 0) : quote.start]
        after = para.blank[quote.end : min(quote.hi, right)]
        for style, surname in self._styles_written(para.text):
            # "Kgosi Motshwari" after "Kgosi Boikanyo Motshwari": his style, no other
            # given name (the turn is read blank, so the story has not seen it)
            before = before.replace(f"{style} {surname}", surname)
            after = after.replace(f"{style} {surname}", surname)
        actor, _ = attribute(before, after, self.subjects)
        if actor is None or actor is speaker or actor.kind != "person":
            return
        tag = word_re().findall(before + " " + after)
        if surname_of(actor.name) not in tag or not _is_quote(quote.inner, actor):
            return
        self.quotes.append(
            Quote(_clean(quote.inner), actor.name, actor.name, _mentions(quote.sentences))
        )

    def _styles_written(self, text: str) -> set[tuple[str, str]]:
        """(word, surname) of each capitalised word the text writes right before a
        person's full name ("Kgosi Boikanyo Motshwari"): a style or title of theirs."""
        styles = set()
        for start, end, actor in self.subjects.index.find(text):
            if actor.kind != "person" or text[start:end] != actor.name or " " not in actor.name:
                continue
            word = text[:start].split()[-1:]
            if word and word[0].isalpha() and word[0].istitle():
                styles.add((word[0], surname_of(actor.name)))
        return styles

    def paragraph(self, para: Paragraph, next_sentence: str = "") -> None:
        """`next_sentence`: the next paragraph's first, which may name the speaker of a
        paragraph that is only a quote (see _named_after)."""
        self.next_sentence = next_sentence
        self.subjects.opened.append(self.subjects.sentences + 1)
        if _opens_item(para, self.subjects):
            self.subjects.items.append(self.subjects.sentences + 1)
            self._item_starts()
        unread = 0  # sentences not yet read for "he"/"she"
        previous: _Kept | None = None  # the quote kept last
        speaking: Actor | None = None  # the speaker of the last quote, merged ones too
        dropped: tuple[int, Actor] | None = None  # a word too short to keep, and its speaker
        titled = _titled(para)
        for n, quote in enumerate(para.found):
            while unread < len(para.offsets) and para.offsets[unread][1] <= quote.lo:
                a, b = para.offsets[unread]
                self.subjects.read(para.outline[a:b], titled[unread], para.text[a:b])
                unread += 1
            follows = previous is not None and _follows(para, previous.end, quote.start)
            if _imagined(para, n):
                previous = dropped = None  # "Cosby might have answered, “...”": never said
                continue
            actor, attributed = self._speaker(para, n, follows)
            if words_of_a_charge(para.blank, quote):
                actor, attributed = None, True  # the indictment's words: no one's named
            if n == 0 and self.open_speaker is not None and actor is not None:
                actor = self._namesake_going_on(actor)
            if n == 0 and actor is not None and attributed:
                self._tag_closes_open_quote(actor)
            if actor is None and not attributed and dropped is not None and not follows:
                # "“Safety,” said Grimm. “Safety for the whole country.”": Grimm's
                actor = dropped[1] if _follows(para, dropped[0], quote.start) else None
            goes_on = follows and actor is None and not attributed
            if not (goes_on and previous is not None and previous.quote.actor):
                speaking = actor  # else "“A,” said X. “B.”": B goes on being X's
            by_title = None
            if actor is None:
                by_title = (
                    (attributed and self._titled_only(para, n))
                    or self._office_opens(para, n)
                    or _described_body(para, n)
                )
            previous = self._keep(quote, actor, attributed, previous if follows else None, by_title)
            dropped = (quote.end, actor) if previous is None and actor is not None else None
            self.subjects.said(actor)
        for (a, b), title in zip(para.offsets[unread:], titled[unread:], strict=True):
            self.subjects.read(para.outline[a:b], title, para.text[a:b])
        self._exchange_read(para, speaking)
        ends_speaking = bool(para.found) and ends_in_attribution(
            para.text[para.found[-1].end :] + ". "
        )
        self.goes_on = speaking if ends_speaking else _leads_in(para, self.subjects)
        self.left_open = bool(para.found) and _left_open(para.text, para.found[-1])
        self.open_speaker = speaking if self.left_open else None
        self.open_quote = previous if self.left_open else None
        self.ends_tagged = ends_speaking and tag_or_nothing(para.text[para.found[-1].end :])
        self.ends_reporting = False
        ahead = None if ends_speaking else _read_for_another_ahead(para, self.subjects)
        if ahead is not None:
            # "The following statement was read by X on behalf of Y.": the next
            # paragraph's quote is Y's, never the reader's (r75 F13); nobody's where no
            # name says whose
            self.goes_on = ahead or None
            self.ends_tagged = self.goes_on is not None
        elif not ends_speaking and self.goes_on is None:
            # "..., Mr Howard said." ends it: a quote that opens the next paragraph on
            # its own is the words he was reported as saying (news style)
            self.goes_on = _reports_last(para, self.subjects)
            self.ends_tagged = self.ends_reporting = self.goes_on is not None
        self.asking = _asks_last(para, self.subjects) if self.goes_on is None else None

    def _item_starts(self) -> None:
        """A digest's new item carries nothing from the one before: nobody goes on
        speaking, no question waits for its answer."""
        self.goes_on = self.asking = self.open_speaker = None
        self.open_quote = None
        self.left_open = self.ends_tagged = self.ends_reporting = False
        self._exchange_ends()

    def _exchange_read(self, para: Paragraph, speaking: Actor | None) -> None:
        """What a question-and-answer leaves for the next paragraph: whether this one
        ends with a question put to someone, whether it answered one, who spoke last
        and whom they called by name."""
        if not para.found:
            self._exchange_ends()
            return
        put = _puts_question(para, para.found[-1])
        self.answered = self.asked
        self.put_to = self.last_speaker if put and self.last_speaker is not speaking else None
        self.put_by = speaking if put else None
        self.asked = put
        self.last_speaker = speaking
        self.addressed = self._addressed(para.found[-1].inner)
        self.called = self.addressed if _calls_to_speak(para.found[-1].inner) else None

    def _exchange_ends(self) -> None:
        self.asked = self.answered = False
        self.put_by = self.put_to = self.last_speaker = self.addressed = self.called = None

    def _addressed(self, words_said: str) -> Actor | None:
        """The person whom words call by name as they open ("Mr Pienaar, please answer
        the question"), or by a title one person of the story holds ("Cabinet Secretary,
        I will ask you to withdraw that"): the one they are said to."""
        found = _vocative_re().match(words_said)
        if found is None:
            titled = _TITLE_VOCATIVE_RE.match(words_said)
            return self.subjects.index.described(f"the {titled[1]}") if titled else None
        named = [
            seen
            for start, _, seen in self.subjects.people_in(words_said[: found.end()])
            if isinstance(seen, Actor) and start <= found.start(1)
        ]
        return named[0] if len(named) == 1 else None

    def _answering(self, quote: Found, after: str, actor: Actor | None) -> Actor | None:
        """The speaker of a reply that a pronoun tags ("“No. I should have,” she said"),
        given the one the pronoun was read as: never whoever put the question just
        before it, who does not answer it; it is the one asked, when the pronoun fits
        them. Words that address the bench or the chair ("..., my lady", "...,
        Llywydd") name whom they are said to, never who says them: they are the answer
        of the one the last speaker called on to speak ("Mr Pienaar, please answer": the
        chair or the bench calling someone), also where the pronoun fits no one read
        before (a sketch of a sitting: "“I withdraw the word, Llywydd,” he said" after
        the presiding officer's "“Cabinet Secretary, I will ask you to withdraw ...,” she
        said"). Words that only named someone ("Mr Doe, sit down") call no one to speak:
        the one who said them may go on, turning to the chair."""
        phrase, pronoun = tag_subject(after)
        if not pronoun and len(phrase) == 1 and phrase[0] in self.subjects.index.shared:
            return self._namesake_answering(phrase[0], actor)
        if not pronoun or len(phrase) != 1:
            return actor
        if any(t.lower() in words()["going_on_verbs"] for t in tag_words(after)[:4]):
            return actor  # "“Well,” he continued": the one speaking goes on
        word = phrase[0].lower()
        if self.asked and actor is not None and actor is self.put_by:
            other = self.put_to
        elif (
            (actor is None or actor is self.last_speaker)
            and self.called is not None
            and _addresses_bench(quote.inner)
        ):
            other = self.called
        else:
            return actor
        if other is None or other is actor or not may_be(other, word, self.subjects.marked):
            return None
        return other

    def _namesake_answering(self, surname: str, actor: Actor | None) -> Actor | None:
        """The speaker of a reply whose tag gives a surname two people share, right after
        one of them put a question (an anchor and a minister both Gelashvili: "“Will
        it?” the anchor asked. / “No,” Gelashvili replied"): the other, who was asked, and
        the one the question called by name or title where it called anyone. Never the
        one who asked; with three holders or more, no one. `actor`: the one the surname
        was read as, who stands unless they asked."""
        if not self.asked or self.put_by is None:
            return actor
        if actor is not None and actor is not self.put_by:
            return actor
        holders = self.subjects.index.shared.get(surname, ())
        if self.put_by not in holders:
            return actor
        others = [person for person in holders if person is not self.put_by]
        if len(others) != 1 or self.addressed not in (None, others[0]):
            return None
        return others[0]

    def _tag_closes_open_quote(self, actor: Actor) -> None:
        """A quotation left open at a paragraph's end, with no tag of its own, goes on in
        the next paragraph, whose tag names the one speaker of both (news style: "“We have
        identified the men ... / “...,” police Inspector-General Samuel Sesay said."):
        the open paragraph had been given to whoever the text spoke of before it."""
        kept = self.open_quote
        if kept is None or kept.attributed or not kept.opens:
            return  # (a phrase quoted inside narration is no one's utterance)
        if not self.quotes or self.quotes[-1] is not kept.quote:
            return
        if re.search(rf"\b{re.escape(surname_of(actor.name))}\b", kept.quote.text):
            return  # "“Sen. Bernie Sanders took the stage ...": another's words about them
        if kept.quote.actor != actor.name:
            self.quotes[-1] = replace(kept.quote, speaker=actor.name, actor=actor.name)

    def _namesake_going_on(self, actor: Actor) -> Actor:
        """A quotation the last paragraph left open goes on in this one, and is one
        speaker's: when its tag gives a surname two people share ("“...,” El Idrissi
        said" after Khalid El Idrissi's open paragraph), it is the namesake who spoke the
        paragraph before, not the other (the index's first-named Fatima Zahra El
        Idrissi, a fishmonger quoted far above)."""
        before = self.open_speaker
        assert before is not None
        holders = self.subjects.index.shared.get(surname_of(actor.name), ())
        return before if actor in holders and before in holders else actor

    def _speaker(self, para: Paragraph, n: int, follows: bool) -> tuple[Actor | None, bool]:
        """Who speaks the paragraph's n-th quote, and whether a tag attributes it at all:
        the tags around it first, then, untagged, the paragraph's lead-in or the speaker
        the last paragraph left speaking."""
        quote = para.found[n]
        right = para.found[n + 1].start if n + 1 < len(para.found) else len(para.text)
        # a signature signs a paragraph that is the quotation alone ("“...” — Jane Roe,
        # Minister"); after a sentence's own words a dash goes on with the sentence ('She
        # called the deal “a victory” — Ali Khan, the opposition leader, had signed ...')
        alone = n == 0 and right == len(para.text) and not para.text[: quote.start].strip(_MARKS)
        signer = self._signer(para.text[quote.end :]) if alone else None
        if signer is None and self._signed_lines(para, n):
            signer = self._signer(para.text[quote.end : right].rstrip(_MARKS))
        if signer is not None:
            return signer, True
        # with the commas earlier quotes close on, which end their clauses as in print:
        # "said it was “a disaster,” adding that it is why Trump “...”" is the sayer's
        clause = para.outline[quote.lo : quote.start]
        before = "" if follows else clause
        after = para.blank[quote.end : min(quote.hi, right)]
        actor, attributed, settled = self._tagged(para, n, right, before, after, follows, clause)
        self.subjects.nearby = self.subjects.quoted = self.subjects.own = ""
        if attributed and n == 0:
            actor = self._answering(quote, after, actor)
        if settled or actor is not None:
            return actor, attributed
        return self._untagged(para, quote, after, follows, attributed), attributed

    def _titled_only(self, para: Paragraph, n: int) -> str | None:
        """ "“...,” the Head of State said": a capitalised title that no one the story
        names holds, in the quote's own tag, is the speaker as the text gives them (the
        one office it means, as "the President" of a state's agency is), never a name;
        where the story names someone of that title the tag is theirs or undecided (the
        resolver's call, not this)."""
        quote = para.found[n]
        right = para.found[n + 1].start if n + 1 < len(para.found) else len(para.text)
        found = _TITLE_TAG_RE.match(para.text, quote.end, min(quote.hi, right))
        if found is None:
            return self._owned_before(para, n, right)
        title = found["title"] or found["after"]
        verb = (found["verb"] or found["first"]).lower()
        if verb not in attributing():
            # ("“...,” the Dutch transport minister said": a people's adjective, no
            # title in capitals, before a lower-case office)
            return self._owned_before(para, n, right)
        held = [w.lower() for w in title.split()[1:] if w.lower() not in _TITLE_LINKS]
        if words()["role_heads"].isdisjoint(held):
            return None
        wanted = frozenset(held)
        for head in held:
            for _, role_words in self.subjects.index.roles.get(head, ()):
                if wanted <= role_words:
                    return None  # "the Emir said" after "Emir Ahmed": his, or no one's
        return title

    def _owned_before(self, para: Paragraph, n: int, right: int) -> str | None:
        """ "Poland's president said on Monday ... / “...,” the president said": a
        lower-case title in the quote's tag is the one the story's sentences just before
        gave with its owner's possessive, where they give it one owner only (r74 F13);
        with no owner before ("the acting foreign minister told journalists") it may be
        any state's, and settles nothing. Not where the story names someone of that
        title (the resolver's call, as for a capitalised title)."""
        quote = para.found[n]
        found = _plain_title_tag_re().match(para.text, quote.end, min(quote.hi, right))
        if found is None:
            return None
        title = found["title"]
        if not self._unheld_office(title):
            return None
        if found["people"]:
            # "“...,” the Dutch transport minister said": the people's adjective is
            # the title's owner, written in the tag itself, as "Poland's" is before
            return f"{found['people']} {title}" if demonym(found["people"]) else None
        owner = r"(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*(?:’s|'s)"  # "the African Group's"
        pattern = re.compile(rf"\b(?:The\s+)?({owner})\s+{re.escape(title)}\b")
        recent = (*self.subjects.texts[-LOOK_BACK:], para.text[: quote.start])
        owners = {m.group(1).replace("’", "'") for text in recent for m in pattern.finditer(text)}
        # and a people's adjective before it is an owner too ("The French president met
        # ..."): two owners, and the tag's "the president" may be either's
        peoples = re.compile(rf"\b[Tt]he\s+([A-Z][a-z]+)\s+{re.escape(title)}\b")
        owners |= {
            m.group(1) for text in recent for m in peoples.finditer(text) if demonym(m.group(1))
        }
        if len(owners) != 1:
            return None
        return f"{owners.pop()} {title}"

    def _unheld_office(self, title: str) -> bool:
        """Whether a lower-case title ("infrastructure minister") names an office, which
        no one the story names holds (else the tag is theirs or undecided: the
        resolver's call); a spokesperson's words are its body's (spokesperson_body)."""
        held = title.lower().split()
        if not is_head(held[-1]) or held[-1] in words()["spokespeople"]:
            return False
        return not any(self.subjects.index.roles.get(head) for head in held)

    def _office_opens(self, para: Paragraph, n: int) -> str | None:
        """ "The Dutch infrastructure minister urged both sides to ... “...”", "Poland's
        president said: “...”": an office its owner names (a people's adjective, a
        proper name's possessive), the subject of the speech verb that opens the quote's
        sentence, is the speaker as the text gives them, as the office in the tag after
        a quote is (_owned_before, _titled_only); nothing else may speak between (see
        _described_body). An office with no owner ("the acting foreign minister said")
        may be any state's, and settles nothing."""
        quote = para.found[n]
        starts = [a for a, b in para.offsets if a <= quote.start < b]
        if not starts:
            return None
        opening = _office_opening_re().match(para.text, starts[0])
        if opening is None or opening.end() > quote.start:
            return None
        # (the colon or comma that leads in the quote: "... minister said: “...”")
        between = para.text[opening.end() : quote.start].rstrip(' ,:“"')
        said = attributing()
        if _OTHER_CLAUSE_RE.search(between) or any(
            t.lower() in said for t in word_re().findall(between)
        ):
            return None  # "..., but residents called it “...”": another's words
        title, people = opening["title"], opening["people"]
        if not self._unheld_office(title) or (people and not demonym(people)):
            return None
        owner = (people or opening["owner"]).replace("’", "'")
        return f"{owner} {title}"

    def _signed_lines(self, para: Paragraph, n: int) -> bool:
        """Whether the paragraph's n-th quote is one of a column of signed quotations the
        page runs together under a heading in capitals ("WHAT THEY SAID “...” - Jane Roe,
        head of programmes, X “...” - John Doe, chair of Y"): each quote is the first
        thing after the heading or after the signature that signs the quote before it,
        and two quotes or more stand so (one alone is the paragraph's, above)."""
        if len(para.found) < 2:
            return False
        for k in range(n + 1):
            start = para.found[k].start
            if k == 0:
                opening = para.text[:start].strip(_MARKS)
                if opening and not (opening.isupper() and len(opening.split()) <= _HEADING_WORDS):
                    return False
            else:
                between = para.text[para.found[k - 1].end : start].rstrip(_MARKS)
                if signature().fullmatch(between) is None:
                    return False
        return True

    def _signer(self, rest: str) -> Actor | None:
        """The one person a dash after the paragraph's last quote names as signing it
        ("“...” — The Honourable Jane Roe, Minister of Health"): their name, with a style
        or a title before it, then nothing but their role after a comma."""
        found = signature().fullmatch(rest)
        if found is None:
            return None
        name = found["name"]
        named = [
            (start, end, seen)
            for start, end, seen in self.subjects.people_in(name)
            if isinstance(seen, Actor)
        ]
        if len({seen.name for _, _, seen in named}) != 1:
            return None
        start, end, actor = named[0]
        styled = _STYLE_RE.fullmatch(name[:start]) is not None
        return actor if styled and not name[end:].strip() else None

    def _tagged(
        self,
        para: Paragraph,
        n: int,
        right: int,
        before: str,
        after: str,
        follows: bool,
        clause: str,
    ) -> tuple[Actor | None, bool, bool]:
        """The speaker the quote's tags name, whether one attributes it, and whether that
        settles it (a question put to someone, a label others gave: nobody's words).
        `clause`: the text before the quote in its sentence, which `before` is not when the
        quote follows another."""
        quote = para.found[n]
        before, clause = _without_translator(before), _without_translator(clause)
        self.subjects.nearby, self.subjects.quoted = before, quote.inner
        self.subjects.own = para.text[quote.lo : quote.start]
        self.subjects.following = _sentence_past_quotes(para, quote) or self.next_sentence
        inner = talking_clause(clause)
        if inner is not None:
            # "While Kerry spoke of “...,” Lavrov said little", "as Trump went on about
            # “...,” and “...,” Melanie said yes": words quoted inside a clause in which
            # someone talks are that clause's, never the main clause's speaker's; its
            # speech verb may say whose ("Although he says he “...,” and “...,” he also").
            # A "he" there is never the one whose speech tag ends the sentence ("Although
            # he says he “...,” he also ..., Sanders said": Sanders would say "I").
            actor = resolve_before(inner, self.subjects)
            pronoun = inner.split(" ", 1)[0].lower() in joined("male_pronouns", "female_pronouns")
            if actor is not None and pronoun and _tags(actor, after):
                actor = None
            return actor, True, True
        actor, attributed = attribute(before, after, self.subjects)
        if actor is None and not attributed and not before.strip() and _comma_ends(quote, after):
            shaped = shaped_subject(tag_words(after))
            if shaped is not None:
                # "“...,” LeVell assured the crowd": a tag by its shape, whatever its verb
                actor, attributed = phrase_actor(shaped, self.subjects), True
        if _QUESTION_PUT_RE.search(before):
            # "Asked if this amounted to a “decapitation strategy”, Lord Rennard said it
            # was not a term he had ever used": the words of the question, not his; but
            # he is the one speaking, whom a "he added" after it goes on from
            self.subjects.nearby = self.subjects.quoted = ""
            self.subjects.said(actor)
            return None, True, True
        cut = _cut_attribution(para, quote, right)
        if actor is None and not attributed and cut:
            actor, attributed = attribute("", cut, self.subjects)
        tag = "" if actor is not None or attributed or follows else _closing_tag(para, n)
        if tag:
            actor, attributed = attribute("", tag, self.subjects)
        final = "" if actor is not None or attributed or follows else _final_tag(para, quote, right)
        if final and labelled_re().search(para.text[quote.lo : quote.start]):
            # "Newspapers have branded the scheme a “poll tax on wheels”, but ..., Mr
            # Darling said": the label is the newspapers', which he only reports
            return None, True, True
        if final:
            # "Mr Brown liked to rattle off “...” in a bid to ..., the Tory leader said.":
            # the tag reports the whole clause before it, quote and all, and nobody named
            # inside what it reports is its subject ("he" is never Mr Brown there)
            self.subjects.nearby = ""
            actor, attributed = attribute("", final, self.subjects)
        return actor, attributed, False

    def _untagged(
        self, para: Paragraph, quote: Found, after: str, follows: bool, attributed: bool
    ) -> Actor | None:
        """A quote no tag names: the speaker a paragraph's lead-in brings, or the one
        the last paragraph left speaking. A quote whose own tag names a speaker brief
        cannot settle ("“...,” the narrator says" after "a clip of McCain saying") is
        theirs, never the one before's."""
        named, pronoun = tag_subject(after) if attributed else ([], True)
        if named and not pronoun:
            # only a lead-in whose speaker the tag names ("Instead, only 500,000 would
            # benefit, he said. “...,” added Mr Duncan" with two Duncans in the story)
            actor = (
                None
                if quote.start != quote.lo or follows
                else _lead_in(para, quote.lo, self.subjects)
            )
            return actor if actor is not None and named[-1] in actor.name.split() else None
        opens = quote.start == quote.lo or _translation_label(para.text[quote.lo : quote.start])
        if opens and not follows and not new_speaker(after):
            # a tag that brings in someone new ("“...,” said a spokesman") never means
            # whoever the sentence before reported
            actor = _lead_in(para, quote.lo, self.subjects)
            if actor is not None:
                return actor
        alone = _only(para, quote) or (
            self.ends_tagged
            and not attributed
            and _whole_sentence(para, quote)
            and not (self.ends_reporting and self._rest_names_its_speaker(para, quote))
        )
        if quote.start == 0 and alone and not self.left_open and _points_back(self.next_sentence):
            # "“Our assets could not intercept the boat.” / ..., Mohd Faizal Ismail, said
            # this at a press conference": the next paragraph names whose it was
            return self._named_after(self.next_sentence)
        pointer = None if follows or attributed else _pointer_after(para, quote)
        if pointer is not None and self._item_lead(para.text[quote.lo : quote.start]):
            # "“This bridge is forty years late.” Fishermen's leader Mamadou Ndiaye spoke
            # as it opened": words that open an item (a digest's, under its label or head)
            # are those of the one the sentence after them says spoke them
            return self._named_after(pointer)
        if quote.start == 0 and alone and not self.left_open and self.asked:
            # "“You'd been drinking, hadn't you?” Mr K asked. / “One beer.”": the answer
            # of the one asked, if the text says who that is; never the asker's
            return self.put_to
        if quote.start == 0 and alone and not self.left_open and self.answered:
            # "“You signed it?” A asked. / “I did,” M said. / “Nobody forced you.”": the
            # next turn may be either side's, and only its tag could say which
            return None
        if (
            quote.start == 0
            and alone
            and not self.left_open
            and self.asking is not None
            and quote.inner.rstrip(" ”’\"'").endswith("?")
        ):
            # "Analyst X asked whether the firm would buy. / “Are you a buyer this year?”":
            # a question on its own after one reported is the asker's, put in her words
            return self.asking
        if quote.start == 0 and (self.left_open or alone):
            # a paragraph that is only a quote goes on from the last, or from the one
            # that ended in "Cruz continued:"; so does one that opens with a quote mark
            # after a paragraph whose quote was left open (the English convention for a
            # quote of several paragraphs), and one that opens with a sentence that is
            # a quote and nothing else: news style names a new speaker at or before
            # their first words, so untagged words that open a paragraph are the words
            # of whoever ended the last one speaking
            return self.goes_on
        return None

    def _named_after(self, sentence: str) -> Actor | None:
        """The one person the sentence after a quote names, who said the quote before it
        (the next paragraph's first sentence, or the next of its own); None when it names
        several or none (the quote is then unattributed, never the last speaker's)."""
        mentions = sorted(
            (start, end, seen)
            for start, end, seen in self.subjects.people_in(sentence)
            if isinstance(seen, Actor)
        )
        named = {seen.name: seen for _, _, seen in mentions}
        if len(named) == 1:
            return next(iter(named.values()))
        if named and sentence[mentions[0][1] :].startswith(","):
            # "That was how Colin Ames, whose mother, Edna Ames, died, put it": the one
            # named first heads the phrase; the others are in its apposition
            return mentions[0][2]
        return None

    def _item_lead(self, lead: str) -> bool:
        """Whether the words before a quote in its sentence leave it opening what it is
        said in: none, or an item's label or head ("SENEGAL:", "7.40 pm -", a heading
        run into it), a few words with no speech verb and nobody named in them."""
        tokens = word_re().findall(lead)
        if not tokens:
            return True
        if len(tokens) > _LEAD_WORDS or any(t.lower() in words().speech for t in tokens):
            return False
        return not any(isinstance(seen, Actor) for _, _, seen in self.subjects.people_in(lead))

    def _rest_names_its_speaker(self, para: Paragraph, quote: Found) -> bool:
        """Whether the rest of the quote's paragraph names a person, or a speaking, that
        may be whose the words are ("“It's a disaster.” That was the verdict of union
        leader Bob Crow", "“Too late.” Several Tory MPs privately said ..."). After a
        paragraph that only reported someone's words ("..., Mr Howard said."), such
        words are never his, though they may stay open; after his own quote and tag,
        news style goes on quoting him ("“...” Souness also paid tribute to ...")."""
        rest = para.text[quote.hi :]
        if not rest.strip() or _PRONOUN_OPENS_RE.match(rest):
            return False  # "“...” He said the plans were costed.": the same speaker
        mentions = self.subjects.people_in(rest)
        people = {seen.name for _, _, seen in mentions if isinstance(seen, Actor)}
        if self.goes_on is not None and self.goes_on.name in people:
            return False  # "“...” Harris added: ...": the same speaker goes on
        if people:
            return True
        speech = words().speech
        return any(t.lower() in speech or saying_noun(t) for t in word_re().findall(rest))

    def _keep(
        self,
        quote: Found,
        actor: Actor | None,
        attributed: bool,
        previous: _Kept | None,
        titled: str | None = None,
    ) -> _Kept | None:
        """Add the quote, or merge it into the one before: "“A,” said X. “B.”" goes on,
        and "“A. “B,” she said." is one utterance. Two quotes that each have an
        attribution are two ("“A,” the IAAF said. “B,” he said."), and a phrase quoted
        inside narration is no one's utterance that a later quote goes on from ("... by
        “an eminent person”. “B,” said Blair."). `titled`: the speaker as the text gives
        them, by a title and no name (see _titled_only), when no actor is."""
        prior = previous.quote if previous is not None else None
        last = prior is not None and bool(self.quotes) and self.quotes[-1] is prior
        if last and previous is not None and prior is not None:
            forward = bool(prior.actor) and actor is None and not attributed
            backward = not prior.actor and (actor is not None or attributed)
            if forward or (backward and not previous.attributed and previous.opens):
                merged = _merge(prior, quote, actor)
                self.quotes[-1] = merged
                return _Kept(quote.end, merged, attributed or previous.attributed, previous.opens)
        if not _is_quote(quote.inner, actor):
            return None
        name = actor.name if actor else None
        kept = Quote(_clean(quote.inner), name or titled, name, _mentions(quote.sentences))
        self.quotes.append(kept)
        return _Kept(quote.end, kept, attributed, _opens_sentence(quote))


# A sentence that points back at the quote before it as what someone said, with a
# pro-form for the quote: its object ("..., said this at a press conference", "said so in
# a statement", "wrote these words", "said as much"), the manner of "put it" ("X put it
# that simply", "put it this way"), or its subject, a demonstrative whose complement says
# whose words they were ("That was how X described it", "That was the verdict of X",
# "Such was the reading of X", "Those were the words of X", "So said X"). The object
# pronoun ends its clause: "said this week", "told reporters this month" and "said so
# far" are times; and a demonstrative's complement is a saying or someone's, so "That is
# what worries X" names no speaker. The pro-forms and the words that open a saying's
# setting are words.toml's pointing_objects, pointing_manners and saying_settings (with
# spoke_settings after "spoke").
@cache
def _points_back_re() -> re.Pattern[str]:
    """The sentence `_points_back` reads, as the comment above gives it."""
    w = words()
    objects, manners = alternation(w["pointing_objects"]), alternation(w["pointing_manners"])
    settings = alternation(w["saying_settings"])
    spoke = alternation(w["saying_settings"] | w["spoke_settings"])
    return re.compile(
        rf"[^.!?]{{0,200}}?\b(?:said|says|told [\w ]{{1,40}}?|wrote)\s+(?:{objects})"
        rf"(?=\s*(?:[.,;]|\Z)|\s+(?:{settings})\b)"
        rf"|[^.!?]{{0,200}}?\bput it\s+(?:{manners}|(?:that|this)\s+(?:way|\w+ly))\b"
        r"|\W*(?:So|Thus)\s+(?:said|says|spoke|wrote|writes)\b"
        r"|\W*(?:That|This|Such|Those|These)(?:\s*,[^,.!?]{1,40},)?"
        r"(?:\s+(?:was|is|were|are|has been|had been)|['’]s)\s+(?:"
        # "That was how Nur Kamal, 19, described ...": a saying, not "That is what worries X"
        r"(?:how|what)\s+(?P<how>[^.!?]{0,160})"
        # "That was the reading of Kim Jun-seo, ...": someone's, whatever the noun
        r"|(?:the|an?)\s+[^.!?,;]{0,40}?\b(?:of|from)\s"
        # "That was Dmitri Kopylov, an economist, speaking to ...": the copula names them
        r"|(?P<named>[A-Z][\w’'-]+\s+[A-Z]))"
        # "The remark came from Nadia al-Harthi": a noun of words and where they came from
        r"|\W*(?:The|That|This|Those|These)\s+(?P<noun>[\w’'-]+)\s+(?:came|comes)\s+from\s"
        # "Mamadou Ndiaye spoke as the bridge opened": "spoke", which takes no object, with
        # nothing after it but when or where
        rf"|[^.!?]{{0,200}}?\bspoke(?=\s*(?:[.,;]|\Z)|\s+(?:{spoke})\b)"
        # "Sunita Patil, the party's city president, speaking at the office" or "Sanjay
        # Bhosale, returning officer for Ward 7, to reporters": a name, its apposition and
        # the setting of its words, with the verb left out (a caption's syntax)
        r"|(?P<caption>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+),[^.!?]{1,120}?,\s+"
        r"(?:speaking|writing|addressing|to)\s"
    )


@cache
def _how_said_re() -> re.Pattern[str]:
    """What makes the clause after "how" or "what" report words ("That was how X put
    it"), besides a speech verb: words.toml's summing_up_phrases. Not "That is what
    worries X"."""
    return re.compile(rf"\b(?:{alternation(words()['summing_up_phrases'])})\b")


_MARKS = " \"“‘'"  # what may stand before a paragraph's opening quotation
_HEADING_WORDS = 6  # a section's heading in capitals: "WHAT THEY SAID"
_STYLE_RE = re.compile(r"(?:[A-Z][\w’'.-]*\s+)*")  # "The Honourable", "Foreign Minister"


def _described_body(para: Paragraph, n: int) -> str | None:
    """ "A spokesman for the Grodno prosecutor's office said ... “...”": the body an
    unnamed spokesperson speaks for, as the text names it, where it is no actor (a body
    the actors table holds is the speaker by spokesperson_body). Only a body its
    description names by a proper name (a place's, a person's) and an organisation's
    head ("the Harlow county council"): one body, whichever story a reader meets it in;
    "a spokesman for the regional prosecutor's office" may be any region's, and settles
    nothing (r74 F13). The phrase is the subject of the speech verb of the quote's
    sentence (at its start, the quote in what it says) or of its tag right after it."""
    quote = para.found[n]
    starts = [a for a, b in para.offsets if a <= quote.start < b]
    if not starts:
        return None
    opening = _spoken_for_re().match(para.text, starts[0])
    if opening is not None and opening.end() <= quote.start:
        between = para.text[opening.end() : quote.start]
        said = attributing()
        if _OTHER_CLAUSE_RE.search(between) or any(
            t.lower() in said for t in word_re().findall(between)
        ):
            return None  # "..., but residents called it “...”": another's words
        return opening["body"]
    right = para.found[n + 1].start if n + 1 < len(para.found) else len(para.text)
    tag = _spoken_for_re().match(para.text, quote.end, right)
    return tag["body"] if tag is not None else None


# What opens another clause, whose subject may be another speaker.
_OTHER_CLAUSE_RE = re.compile(r"[;:—–]|\b(?:but|while|whereas|although|though)\b")


@cache
def _spoken_for_re() -> re.Pattern[str]:
    w = words()
    spokes = alternation(w["spokespeople"])
    heads = alternation(w["organisation_heads"])
    said = alternation(attributing())
    return re.compile(
        rf"[”\"’',\s]*(?i:a|an|the)\s+(?:{spokes})\s+(?:for|at|of)\s+"
        rf"(?P<body>the\s+(?:[A-Z][\w’'-]*\s+)+(?:[a-z]+(?:’s|'s)?\s+){{0,2}}(?:{heads}))"
        rf"\s+(?:{said})\b"
    )


@cache
def _plain_title_tag_re() -> re.Pattern[str]:
    """A tag right after a quote whose subject is a lower-case title after "the" ("," the
    president said"), its verb a speech verb."""
    said = alternation(attributing())
    return re.compile(
        rf"[”\"’',\s]*the\s+(?:(?P<people>[A-Z][a-z]+)\s+)?"
        rf"(?P<title>(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*)\s+(?:{said})\b"
    )


@cache
def _office_opening_re() -> re.Pattern[str]:
    """A sentence that opens on a lower-case office and its owner, then a speech verb:
    "The Dutch infrastructure minister urged", "Poland's president said" (_office_opens)."""
    said = alternation(attributing())
    owner = r"(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*(?:’s|'s)"
    return re.compile(
        rf"\W*(?:The\s+(?P<people>[A-Z][a-z]+)\s+|(?P<owner>{owner})\s+)"
        rf"(?P<title>(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*)\s+(?:{said})\b"
    )


_TITLE_LINKS = frozenset({"of", "for", "the"})
# a title in capitals and small letters ("the Head of State", "the Chief Justice"),
# after its body's possessive where the text gives one ("the EU's High Representative",
# r74 F13: the one office it means); not an acronym ("the MP", "the CEO"), which news
# writes as a common noun, of someone named
_TITLE = (
    r"the\s+(?:[A-Z][\w.-]*(?:’s|'s)\s+)?"
    r"[A-Z][a-z][\w’'-]*(?:\s+(?:of|for|the|[A-Z][a-z][\w’'-]*))*?"
)
_PAST_TITLE = r"(?=\s*[.,;]|\s+(?!of\b|for\b|the\b)[a-z])"  # a lower-case word or a stop
# the tag right after a quote: "," the Head of State said." or ", said the Premier."
_TITLE_TAG_RE = re.compile(
    rf"[”\"’',\s]*(?:(?P<title>{_TITLE}){_PAST_TITLE}\s+(?P<verb>[a-z]+)\b"
    rf"|(?P<first>[a-z]+)\s+(?P<after>{_TITLE}){_PAST_TITLE})"
)


def _points_back(sentence: str) -> bool:
    """Whether a paragraph's first sentence says whose the words just quoted were: the
    noun that "came from" someone must be one for words ("The warning came from", not
    "The money came from")."""
    found = _points_back_re().match(sentence)
    if found is None:
        return False
    how = found.group("how")
    if how is not None:
        speech = words().speech
        said = [t for t in word_re().findall(how) if t.lower() in speech]
        return bool(said) or _how_said_re().search(how) is not None
    return found.group("noun") is None or saying_noun(found.group("noun").rstrip("s"))


def _puts_question(para: Paragraph, quote: Found) -> bool:
    """Whether the quote is a question its paragraph says was asked ("“...?” X asked",
    "X asked: “...?”"): put to someone, who answers next. A question only said ("“Who
    will pay?” she said") may be rhetorical, and the speaker may go on."""
    if not quote.inner.rstrip(" ,").endswith("?"):
        return False
    before = para.blank[quote.lo : quote.start]
    after = para.blank[quote.end : quote.hi]
    return _ASKED_BEFORE_RE.search(before) is not None or _ASKED_AFTER_RE.match(after) is not None


# "ask" as the quote's own speech verb: ending the words before it ("X asked: “...?”"),
# or in the tag after it ("“...?” Mr K asked", "“...?” asked Adv. X"); not a fronted
# "Asked by X to respond, Carson said, “...?”", whose question is the answer's.
_ASKED_BEFORE_RE = re.compile(r"\b(?i:ask(?:s|ed))\s*[:,]?\s*$")
_ASKED_AFTER_RE = re.compile(r"[\s,]*(?:[\w.'’-]+\s+){0,5}?(?i:ask(?:s|ed))\b")


@cache
def _vocative_re() -> re.Pattern[str]:
    """Words that open by calling someone by name: an honorific ([actors]
    surname_honorifics) and a surname, then a comma ("Mr Pienaar, please ...")."""
    honorifics = alternation(w.capitalize() for w in words()["surname_honorifics"])
    return re.compile(rf"\s*(?:{honorifics})\.?\s+([A-Z][\w'’-]+),")


# A title that opens words, before a comma, calling someone by it ("Cabinet Secretary, I
# will ask you ...", "Minister, you were ..."): capitalised words, up to four.
_TITLE_VOCATIVE_RE = re.compile(r"\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}),\s")


def _calls_to_speak(words_said: str) -> bool:
    """Whether words that open by calling someone (by name or title) call on them to
    speak: a request that they do ("I will ask you to withdraw that", "please
    answer"), or a speech verb's imperative ("Answer the question", "Withdraw the
    word"). An order to do anything else ("sit down and listen") asks for no words."""
    opening = _vocative_re().match(words_said) or _TITLE_VOCATIVE_RE.match(words_said)
    if opening is None:
        return False
    rest = words_said[opening.end() :]
    return _call_to_speak_re().search(rest) is not None


@cache
def _call_to_speak_re() -> re.Pattern[str]:
    w = words()
    asking = alternation(w["directive_verbs"])
    # the speech verbs' and the retractions' forms that may be an imperative (no -s,
    # -ed or -ing, no irregular past): "answer", "withdraw", "take back"
    spoken = alternation(
        form
        for form in w.speech | w["retraction_verbs"]
        if form not in w.irregular and not form.endswith(("s", "ed", "ing"))
    )
    return re.compile(
        rf"\b(?i:(?:{asking})\s+you\s+to|please\s+(?:{spoken}))\b"
        rf"|^\W*(?:(?i:please)\s+)?(?i:{spoken})\b"
    )


@cache
def _bench_address_re() -> re.Pattern[str]:
    forms = alternation(words()["bench_addresses"])
    return re.compile(rf"\b(?i:{forms})\b")


def _addresses_bench(words_said: str) -> bool:
    """Whether the words call the bench by its form of address ("..., my lady"; [quotes]
    bench_addresses): a witness or counsel speaking to the judge, never the judge."""
    return _bench_address_re().search(words_said) is not None


def _imagined(para: Paragraph, n: int) -> bool:
    """Whether the paragraph's n-th quote is words nobody said: its tag puts the speech
    verb in a modal's past ("Cosby might have answered, “...”", "“...,” someone would have
    said"), what was not done. ("He would say, “...”" is left: "would" is also the habit of
    saying it; and so is "all he could say", which he did say.)"""
    quote = para.found[n]
    right = para.found[n + 1].start if n + 1 < len(para.found) else len(para.text)
    before = para.blank[max(quote.lo, quote.start - 80) : quote.start]
    after = para.blank[quote.end : min(quote.hi, right)]
    speech = words().speech
    if (found := _IMAGINED_BEFORE_RE.search(before)) is not None:
        return found.group(1) in speech
    found = _IMAGINED_AFTER_RE.match(after)
    if found is None or found.group(2) not in speech:
        return False
    # the tag's own subject before it ("someone", "the reporter"), not a tag and a clause
    # after it ("he said before reporters could ask"), nor a clause of its own ("has “no
    # idea” if he would have told")
    subject = [w.lower() for w in found.group(1).split()]
    return not any(w in speech or w in _CLAUSE_OPENERS for w in subject)


_CLAUSE_OPENERS = frozenset(
    {"if", "whether", "that", "when", "because", "as", "than", "though", "although", "while"}
    | {"who", "which", "before", "after", "and", "but", "so", "until", "once", "since"}
)


# A modal's past, in lower case ("Theresa May said" is no modal), and the verb after it:
# ending the words before a quote, or as the tag after one, one or two words after it
_MODAL = r"(?:would|might|could|may|should|must)(?:\s+not|\s+never)?\s+have"
_IMAGINED_BEFORE_RE = re.compile(rf"\b{_MODAL}\s+([a-z]+)[\s,:]*$")
_IMAGINED_AFTER_RE = re.compile(rf"^[\s,.!?]*((?:[\w’'-]+\s+){{1,2}}?){_MODAL}\s+([a-z]+)\b")


# A quote inside a question put to someone, before the clause that answers it: "Asked if
# this amounted to the party's “decapitation strategy”", "When asked about the “...”".
_QUESTION_PUT_RE = re.compile(
    r"^\W*(?:(?:but|and|when|then|later|also|once)\W+)*asked\b[^,;:.!?\u201c\u201d\"]*$",
    re.IGNORECASE,
)


def _comma_ends(quote: Found, after: str) -> bool:
    """Whether a comma ends the quote, inside its marks or right after them: the sentence
    goes on, as it does into a speech tag ("“...,” LeVell assured", "“...”, he quipped")."""
    return quote.inner.rstrip().endswith(",") or after.lstrip().startswith(",")


_LEAD_WORDS = 6  # the most words an item's label or head runs to before its quote


def _opens_item(para: Paragraph, subjects: Subjects) -> bool:
    """Whether the paragraph opens an item of a digest, which its layout marks: a label
    in capitals and a colon ("UGANDA:", "NEW DELHI:"), or a run-in head, a first
    sentence of a few words with no verb and nobody named ("Club election.", "A
    referee's complaint.") before the item's own sentences. A story's paragraph opens
    with none: a pronoun there goes on with the paragraphs before; and so does a live
    page's entry under its time ("09:30 GMT — She added that ..."), one story told as it
    happens."""
    if not para.offsets:
        return False
    a, b = para.offsets[0]
    first = para.text[a:b]
    if _ITEM_LABEL_RE.match(first):
        return True
    if len(para.offsets) < 2 or not _run_in_head(first):
        return False
    # no one named: "Delorme rose immediately." is a story's sentence, of a verb no
    # word shows
    return not subjects.people_in(first)


# "UGANDA: ...", "NEW DELHI: ...", "ABROAD: ...": a label in capitals, then a colon.
_ITEM_LABEL_RE = re.compile(r"\s*[A-Z][A-Z.'’&-]+(?:\s+[A-Z][A-Z.'’&-]+){0,3}\s*:\s")


def _run_in_head(sentence: str) -> bool:
    """A head run in before an item's sentences: a few words that end in a full stop and
    hold no verb that a word shows (an auxiliary, a modal, a speech verb, a past in
    "-ed"), no pronoun, no figure and no quote."""
    text = sentence.strip()
    if not text.endswith(".") or any(mark in text for mark in '"“”'):
        return False
    tokens = word_re().findall(text)
    if not 1 <= len(tokens) <= _LEAD_WORDS:
        return False
    w = words()
    tells = joined(
        "auxiliaries",
        "modal_verbs",
        "passive",
        "subject_pronouns",
        "object_pronouns",
        "male_pronouns",
        "female_pronouns",
        "clause_tells",
    )
    return not any(
        t.lower() in tells
        or t.lower() in w.speech
        or t.lower().endswith("ed")
        or any(ch.isdigit() for ch in t)
        for t in tokens
    )


def _sentence_after(para: Paragraph, quote: Found) -> str:
    """The sentence after the quote's last in its paragraph, or "" when it ends it."""
    following = bisect.bisect_left(para.starts, quote.hi)
    if following >= len(para.offsets):
        return ""
    a, b = para.offsets[following]
    return para.text[a:b]


def _sentence_past_quotes(para: Paragraph, quote: Found) -> str:
    """The first sentence after the quote's in its paragraph that holds words of its own,
    not only more words quoted (the same speaker going on), or "" when none does: the
    sentence news writes next to name someone a quote's tag only described ("“...,” the
    bank's governor said. “...” // The governor, X, ...")."""
    following = bisect.bisect_left(para.starts, quote.hi)
    for a, b in para.offsets[following:]:
        if any(ch.isalnum() for ch in para.blank[a:b]):
            return para.text[a:b]
    return ""


def _pointer_after(para: Paragraph, quote: Found) -> str | None:
    """The words after a quote, in its paragraph, that say whose it was (see
    _points_back): the rest of its sentence ("“...” That warning came from X", a quoted
    head run into its item), else, where the quote ends its sentence, the next sentence."""
    rest = para.text[quote.end : quote.hi]
    if rest.strip(" .,;:!?…”’\"'"):
        after = rest.lstrip(" .,;:!?…”’\"'")
    else:
        after = _sentence_after(para, quote)
    return after if after and _points_back(after) else None


def _only(para: Paragraph, quote: Found) -> bool:
    """Nothing but the quote from it to the paragraph's end."""
    return not para.text[quote.end :].strip()


def _whole_sentence(para: Paragraph, quote: Found) -> bool:
    """The quote is its sentences, with no word of narration or attribution beside it."""
    return not para.text[quote.lo : quote.start].strip() and not para.text[
        quote.end : quote.hi
    ].strip(" .,;:!?…”\"'")


def _left_open(text: str, last: Found) -> bool:
    """The paragraph's last quote runs to its end with no closing mark (a stray stop after
    the mark, "... politics.”.", still closes it)."""
    closed = text.rstrip().rstrip(".,;").endswith(("”", '"', "''"))
    return last.end >= len(text.rstrip()) and not closed


_PRONOUN_OPENS_RE = re.compile(r"\s*(?:(?:He|She)\b|[\"“‘'])")


class _Kept(NamedTuple):
    """The quote kept last in a paragraph: where it ends, whether an attribution follows
    it, and whether it opens its sentence (a quoted phrase inside narration does not)."""

    end: int
    quote: Quote
    attributed: bool
    opens: bool


def _opens_sentence(quote: Found) -> bool:
    return quote.start == quote.lo


def _cut_attribution(para: Paragraph, quote: Found, right: int) -> str:
    """The sentence after a quote that ends in "?", "!" or "…" and its own sentence,
    which the sentence splitter may have cut from its attribution ("“Who do they think
    they are?” | Trump said."); "" when there is none or when it opens a quote of its own
    ("Mills then writes back, “...”": that verb is the next quote's)."""
    if para.text[quote.end : quote.hi].strip() or not quote.inner.rstrip().endswith(_CUT):
        return ""
    after = bisect.bisect_left(para.starts, quote.hi)
    end = para.ends[after] if after < len(para.ends) else quote.hi
    return para.blank[quote.end : end] if end <= right else ""


_CUT = ("?", "!", "…")


def _final_tag(para: Paragraph, quote: Found, right: int) -> str:
    """The speech tag that ends the sentence of a quote set inside a clause, after more of
    that clause (", the Tory leader said."), when nothing else attributes it: no speech
    verb before the quote in its sentence and no other quote after it; "" when none."""
    if right < quote.hi or quote.start == quote.lo:
        return ""  # a quote that opens its sentence has its tag right after it, if any
    before = {t.lower() for t in word_re().findall(para.blank[quote.lo : quote.start])}
    if before & words().speech:
        return ""
    after = para.blank[quote.end : quote.hi]
    comma = after.rfind(",")
    if comma < 0:
        return ""
    tail = after[comma:]
    return tail if verb_after(word_re().findall(tail)) is not None else ""


def _closing_tag(para: Paragraph, n: int) -> str:
    """The speech tag that ends the sentence a quote opens, after a later quote of the same
    sentence: in "“A” without turning it into “B”, he said." both parts are his. ""
    when none, or when a speech verb of its own stands between them."""
    quote = para.found[n]
    if quote.start != quote.lo:
        return ""
    last = None
    for later in para.found[n + 1 :]:
        if later.lo != quote.lo:
            break
        last = later
    if last is None:
        return ""
    between = {t.lower() for t in word_re().findall(para.blank[quote.end : last.start])}
    if between & words().speech:
        return ""
    return para.blank[last.end : quote.hi]


def _merge(prior: Quote, quote: Found, actor: Actor | None) -> Quote:
    name = prior.actor or (actor.name if actor else None)
    joiner = " … " if prior.actor else " "
    return Quote(
        f"{prior.text}{joiner}{_clean(quote.inner)}",
        name,
        name,
        tuple(dict.fromkeys((*prior.sentences, *_mentions(quote.sentences)))),
    )


def _titled(para: Paragraph) -> list[bool]:
    """Whether each sentence of the paragraph may hold a title (False: it holds none),
    from one scan of the paragraph, not one per sentence (24,058 at 25,000 sentences, most
    of them without a title). A sentence holds a title just when a match of the paragraph
    starts in it: a title is letters only, so no match takes in the space that joins two
    sentences, and the scan reaches each sentence afresh. When the titles are not all
    letters, every sentence is searched itself."""
    if not titles_lettered():
        return [True] * len(para.offsets)
    starts = [m.start() for m in honorific_titles().finditer(para.outline)]
    if not starts:
        return [False] * len(para.offsets)  # most paragraphs
    return [_holds(starts, a, b) for a, b in para.offsets]


def _holds(starts: list[int], a: int, b: int) -> bool:
    """Whether one of the sorted `starts` lies in [a, b)."""
    at = bisect.bisect_left(starts, a)
    return at < len(starts) and starts[at] < b


def _leads_in(para: Paragraph, subjects: Subjects) -> Actor | None:
    """The speaker of a paragraph that ends by leading into a quote ("Cruz continued:"),
    when no quote stands in that last sentence: the next paragraph's quote is theirs."""
    if not para.offsets:
        return None
    a, b = para.offsets[-1]
    if not para.text[a:b].rstrip().endswith(":"):
        return None
    first_quote = bisect.bisect_left(para.quote_starts, a)
    if first_quote < len(para.quote_starts):
        return None
    return resolve_before(para.blank[a:b], subjects)


def _read_for_another_ahead(para: Paragraph, subjects: Subjects) -> Actor | Literal[False] | None:
    """The one a paragraph's last sentence says the following writing was read out for
    ("The following statement was read by spokesperson X on behalf of Y."), when it holds
    no quote: the actor Y is, or False where the sentence gives the writing an owner no
    name or actor of the story settles (the next paragraph's quote is then no one's, the
    reader's least of all); None when the sentence reads nothing out for another."""
    if not para.offsets:
        return None
    a, b = para.offsets[-1]
    if para.found and para.found[-1].end > a:
        return None  # some of a quote is in it
    owner = read_for_another_ahead(word_re().findall(para.blank[a:b]))
    if owner is None:
        return None
    return (phrase_actor(owner, subjects) if owner else None) or False


def _reports_last(para: Paragraph, subjects: Subjects) -> Actor | None:
    """The speaker whom a paragraph's last sentence reports ("The tsunami overshadowed
    the year, Mr Howard said."), when it holds no quote and one speech verb, which is no
    question's ("Hannity asked Trump ...": the answer to come is the other's)."""
    if not para.offsets:
        return None
    a, b = para.offsets[-1]
    if para.found and para.found[-1].end > a:
        return None  # some of a quote is in it
    if not may_speak(para.blank[a:b]):
        return None  # no speech verb: most paragraphs (not tokenised)
    tokens = [t.lower() for t in word_re().findall(para.blank[a:b])]
    speech = words().speech
    spoken = [t for t in tokens if t in speech]
    if len(spoken) != 1 or spoken[0] not in attributing():
        return None  # "CNN reported that Petraeus testifies ...": whose words go on?
    return resolve_before(para.blank[a:b].rstrip(" ."), subjects)


def _asks_last(para: Paragraph, subjects: Subjects) -> Actor | None:
    """The one a paragraph's last sentence reports putting a question ("Counsel X asked
    whether ..."), when it holds no quote and only asks."""
    if not para.offsets or para.found:
        return None
    a, b = para.offsets[-1]
    if not _only_asks(para.blank[a:b]):
        return None
    return resolve_before(para.blank[a:b].rstrip(" ."), subjects)


def _without_translator(before: str) -> str:
    """The words before a quote less a translator's credit set off by a comma ("According
    to a translation by the community's secretary, he said:"): whoever translated the
    words is no one who may have said them, nor whom "he" may mean."""
    return _translator_re().sub(lambda found: " " * len(found.group()), before)


@cache
def _translator_re() -> re.Pattern[str]:
    """A phrase that credits a translation ("according to a translation by X,", "in a
    translation supplied by the station,"), its noun from words.toml's translation_labels."""
    nouns = {word for label in words()["translation_labels"] for word in label.split()}
    nouns = {noun for noun in nouns if noun.endswith("ion")}
    return re.compile(
        rf"(?i)\b(?:according\s+to|in)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?"
        rf"(?:{alternation(sorted(nouns))})\s+(?:[\w-]+\s+)?by\s+[^,:;“”\"]{{1,60}}(?:,|(?=:))"
    )


def _translation_label(label: str) -> bool:
    """Whether the words before a quote in its sentence are only the outlet's note that
    it translated them ("Our translation:"): no tag, as if the quote opened the sentence."""
    return label.strip().rstrip(":").strip().casefold() in words()["translation_labels"]


def _lead_in(para: Paragraph, lo: int, subjects: Subjects) -> Actor | None:
    """The speaker of a quote that opens its sentence, from an attribution in the sentence
    before ("She added that ..."), provided that sentence holds no quote of its own."""
    before = bisect.bisect_left(para.ends, lo) - 1  # the last sentence that ends before lo
    if before < 0:
        return None
    a, b = para.offsets[before]
    first_quote = bisect.bisect_left(para.quote_starts, a)
    if first_quote < len(para.quote_starts) and para.quote_starts[first_quote] < b:
        return None
    sentence = para.blank[a:b]
    put = _PUT_TO_SUBJECT_RE.match(sentence)
    if put is not None:
        # "Asked whether the law was enough, the secretary hesitated. “...”": the one
        # the fronted clause asks is its subject, whose answer the quote is
        phrase = opening_subject(word_re().findall(sentence[put.end() :]))
        return phrase_actor(phrase, subjects) if phrase else None
    if _only_asks(sentence):
        return None  # "Counsel X asked whether ...": the answer to come is the other's
    return resolve_before(sentence.rstrip(" ."), subjects)


# A sentence fronted by the question its subject was asked ("Asked whether ..., she", "When
# asked about the delay, he"), up to that subject.
_PUT_TO_SUBJECT_RE = re.compile(
    r"(?:When\s+)?[Aa]sked\s+(?:whether|if|why|how|what|when|where|who|which|about)\b"
    r"[^,;:“”\"]*,\s*"
)


def _only_asks(sentence: str) -> bool:
    """Whether a sentence's speech verbs are all "ask"'s and it puts a question ("asked
    whether", "asked the witness how"): the words quoted after it answer it. Not a request
    ("asked her to stop"), whose asker may go on speaking."""
    tokens = [t.lower() for t in word_re().findall(sentence)]
    spoken = [t for t in tokens if t in words().speech]
    if not spoken or any(t in attributing() for t in spoken):
        return False
    return _QUESTION_ASKED_RE.search(sentence) is not None


# "ask" and a question's word within a few words after it.
_QUESTION_ASKED_RE = re.compile(
    r"\b(?i:ask(?:s|ed|ing)?)\b(?:\s+[\w'’.-]+){0,4}?\s+"
    r"(?:whether|if|why|how|what|when|where|who|which)\b"
)


def _follows(para: Paragraph, end: int, start: int) -> bool:
    """A quote (at `start`) follows the previous one (ending at `end`) when only its
    attribution lies between: a short gap that holds no sentence of its own ("“A,” the
    IAAF said. Tzekos insisted .... “B”" does), and a new sentence in it starts with this
    quote ("... said Straw. “The ...”")."""
    first = bisect.bisect_left(para.offsets, (end, -1))  # the first sentence after `end`
    if first < len(para.offsets) and para.offsets[first][1] <= start:
        return False
    gap = para.text[end:start]
    if ends_in_attribution(gap) or _ends_in_tag(gap):
        return True
    # "“A,” said X, “b”" or "“A”, said X, “b”": the first quote ends at a comma
    comma = para.text[:end].rstrip(" ”’\"'").endswith(",") or gap.lstrip().startswith(",")
    return comma and _splits_sentence(gap, para.text[start:])


def _ends_in_tag(gap: str) -> bool:
    """A speech tag that ends the quote's sentence, however long the apposition in it
    ("“A,” said John Palmer, political director at the European Policy Centre, a
    Brussels-based think-tank. “B.”"): the tag is the attribution and nothing else, so
    the next sentence's quote goes on with the same speaker."""
    parts = gap_sentences(gap)
    if len(parts) != 2 or parts[1].strip(" ,") or len(gap) > _TAG_REACH:
        return False
    return verb_after(word_re().findall(parts[0])) is not None


# How long a speech tag with its appositions may be.
_TAG_REACH = 250


def _splits_sentence(gap: str, rest: str) -> bool:
    """ "“A,” said Mr Goodman, “but B.”": an attribution set between two commas inside one
    sentence, and the quote after it going on in lower case, is one utterance cut by its
    speech tag."""
    words_between = word_re().findall(gap)
    if len(gap) > CARRY_GAP or not words_between or words_between[-1] != ",":
        return False
    if any(t in {".", "!", "?", ";"} for t in words_between):
        return False
    opening = re.match(r"\W*(\w)", rest)
    speech = words().speech
    return bool(opening and opening.group(1).islower()) and any(
        t.lower() in speech for t in words_between
    )


def _clean(inner: str) -> str:
    return inner.strip().rstrip(",").strip()


def _unmarked(words_said: str) -> str:
    """A turn's words, less the quote marks that enclose them whole ("RAHIMOVA: “We
    welcome ...”": a transcript's speaker quoted in marks, the label's words all the
    same); marks inside stay."""
    said = _clean(words_said)
    if _WHOLLY_QUOTED_RE.fullmatch(said):
        return said[1:-1].strip()
    return said


_WHOLLY_QUOTED_RE = re.compile(r"“[^“”\"]+”|\"[^“”\"]+\"")


def _mentions(covered: Sequence[Sentence]) -> tuple[Mention, ...]:
    return tuple(Mention(s.source, s.index) for s in covered)


def _is_turn_quote(words_said: str, speaker: Actor | None, turn: Turn) -> bool:
    """A labelled turn's words are speech by their place ("Thanks, Hamish." after a
    label), so a known speaker's short turn of capitalised words is theirs too; not a
    paragraph that only goes on after one ("THE TOTAL." after "Sanders: 46.", a
    heading); else as a quote."""
    labelled = turn.kind != "goes_on" and not words_said.isupper()
    if labelled and speaker is not None and len(words_said.split()) >= 2:
        return True
    return _is_quote(words_said, speaker)


@cache
def stage_direction_re() -> re.Pattern[str]:
    """A stage direction in square or round brackets (words.toml's stage_directions:
    "[laughs]", "(Laughs)", and where: "(laughter in studio)", "[applause from the
    gallery]") and the space and comma around it."""
    directions = alternation(words()["stage_directions"])
    where = r"(?:\s+(?:in|from)\s+(?:the\s+)?[\w-]+)?"
    return re.compile(rf",?\s*(?:\[(?i:{directions}){where}\]|\((?i:{directions}){where}\))\s*")


def _is_quote(inner: str, speaker: Actor | None) -> bool:
    tokens = inner.split()
    if len(tokens) < 2 or all(t[0].isupper() or t[0].isdigit() for t in tokens):
        return False  # a quoted name or title, not speech
    return len(tokens) >= MIN_WORDS or speaker is not None
