"""Direct and mixed quotes, kept whole across sentences, each with a speaker only when the
text settles who it is.

Quotes are found per paragraph (the sentences are joined again), so a quote that the
sentence splitter cut in two stays one quote. A quote left open at the end of a
paragraph ends there (news style for multi-paragraph quotes).

The speaker is the grammatical subject of the speech verb that attributes the quote,
in the same sentence: "“...,” Straw said", "“...,” said Straw", "Straw, the foreign
secretary, said: “...”", "Straw said the plan was “a disaster”", "according to Straw".
That subject must be an actor of the actors table (a person or an organisation), and it
must be the head of its phrase: in "a Straw aide said" or "a statement from Straw said"
the speaker is not Straw, so the quote stays unattributed; nor is a name after "of" or
"by" in the phrase ("said Tom Harlow of the United Kingdom" is Harlow's, "a website run
by supporters of Tavassoli said" nobody's), the one asked ("was also asked") or said to
agree ("agreed with his view that"), a verb that reports no words ("called for", "will
continue to be"), a noun ("Rubio's claim that"), an object ("White America embracing
Obama"), or a phrase before a fronted comma ("“A challenge” for Clinton, said Kunin" is
Kunin's). "X, a Pentagon spokesman says “...”" is X's though the apposition is left
unclosed. A title in quote marks ("on “Meet the Press,”", "has read “War and Peace”")
is narration, not a quote: Title Case where a noun stands, not after a speech verb. A
surname that two people of the story share ("Clinton" with Hillary and Bill) names the
one named far more often, else the one named in an earlier sentence: news style gives the
bare surname to whoever it introduced first and keeps the full name for the other.

Words someone else relays stay the inner speaker's or nobody's: in "The barrister who
had represented Mr Martin had said the rules were “...”, said Mr Clarke" they are not
Martin's (a relative clause is no head) nor Clarke's (he relays them); words that "X's
claim of" or "X's e-mail" leads up to are X's, and "In it, he said" after "Campbell's
e-mail suggested" means Campbell, the writer. A quote with its own attribution is never
joined to the next speaker's ("“A,” the IAAF said. Tzekos insisted .... “B,” he said"),
nor is a phrase quoted inside narration.

"He"/"she" stands for the subject of the quote's own sentence when it can be them
("Rhimes declared: “...,” she said"), else for the nearest person named before it in
the same story as a subject (not as an object: "talks with Macron", a possessive, a name
that modifies a role: "Clinton aide Jennifer Palmieri", or a fronted phrase: "Following
Sanders on MSNBC, Clinton ..."), the one a speech verb reports first ("Trump, Sexton
said, has ..." means Sexton), whose given name does not say otherwise. After a question
it is the one asked ("Hannity asked Trump how ..."), never the asker; when it skips a
subject for gender, it is that sentence's one other person who fits ("Clinton writes to
Sullivan. He responds"). It stays unsettled when someone the table lacks may be them, when
the quote's own sentence names another candidate before it, or when more than one person
fits. A pronoun in a tag set after the clause it reports ("Mr Blair has failed, he
claimed") is never someone named inside that clause. Nothing crosses a story: a new
source starts afresh. A quote that cannot be settled is kept, unattributed. Short quoted
names ("Allied Determination 2022") are not quotes.

A spokesperson's words ("said a Honda spokesman", "A spokeswoman for Human Rights Watch
said ... She added") are the organisation's when the actors table holds it: the person
is unnamed and no actor, and a speaker such as "Honda spokesman" would be a fragment; a
tag with an indefinite subject ("said a company spokesman") brings in someone new, so it
never takes the speaker of the sentence before. News style names a new speaker at or
before their first words, so an untagged quote that is a sentence of its own goes on with
whoever spoke last: after "“A,” said X, <a long apposition>." in the same paragraph, and
at the start of a paragraph after one that ended with X's quote, X's speech tag, or one
sentence reporting X's words ("..., Mr Howard said.").
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter
from typing import NamedTuple

from brief.extract.actors.names import NameRun, name_runs
from brief.extract.actors.places import gazetteer_hits
from brief.extract.actors.speakers import may_speak
from brief.extract.actors.word_knowledge import SURE, gender, given_name
from brief.extract.lexicon import PhraseMatcher, alternation, gazetteer, joined, words
from brief.models import Actor, Mention, Quote, Sentence

MIN_WORDS = 4
# How many sentences back "he"/"she" may reach for the person it means.
PRONOUN_REACH = 2
# How far back a chain of pronoun-led sentences is read for the person it means.
_LOOK_BACK = 3 * PRONOUN_REACH
_MARKS = ("“", "”", '"', "``", "''")  # the double quotation marks
_MARK_RE = re.compile("|".join(map(re.escape, _MARKS)))
_OPENS = {"“", "``"}
_CLOSES = {"”", "''"}
# Where a straight mark may open: text start, space, an opening bracket or dash.
_BEFORE_OPEN = " \t\n([{—–-"
# Quote and its successor are one utterance when only this much attribution lies between.
_CARRY_GAP = 80
# Words, with the dot of a title or an initial ("Sen.", "U.S.") but not a full stop. A
# word that opens with no capital can be no title nor initial: its branch comes first, so
# most words are not tried against the titles one by one (the same tokens; findall over
# the 24,058 sentences of c25000: 0.229 -> 0.193 s). The titles are grouped by their first
# letter: no two of them can both match at one place, so their order is free.
_WORD_RE = re.compile(
    r"[a-z\d_’'-][\w’'-]*"
    r"|M(?:rs?|s)\.|Dr\.|S(?:en|gt|r|t)\.|R(?:ep|ev)\.|G(?:ov|en)\.|Lt\.|C(?:ol|apt)\.|Prof\."
    r"|Jr\.|(?:[A-Z]\.)+|[\w’'-]+|[^\w\s]"
)
_CALENDAR = frozenset((*calendar.day_name, *calendar.month_name)) - {""}
_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_WHO_RE = re.compile(r",?\s+who(?:se)?\b")
_POSSESSIVE_RE = re.compile(r"[’']s?\b")
_POSSESSIVE_END_RE = re.compile(r"\w[’']s?$")
_OBJECT_RE = re.compile(
    r"(?<!according )\b(?:by|with|to|told|tells|met|meet|meets|meeting|against|for|from|"
    r"of|than|between|about|on|at|called|named|like|past|over|behind|beside|alongside|toward|towards|"
    r"into|upon|through|via|across|among|amongst|within|inside|outside|under)\s+"
    r"(?:[\w’'.-]+\s+){0,3}$",
    re.I,
)


def find_quotes(sentences: Sequence[Sentence], actors: Sequence[Actor]) -> tuple[Quote, ...]:
    """Every quote of every story, in order. Speakers never cross from one story (source)
    to another: each story's speakers are the actors named in it."""
    return quotes_of(sentences, speakers_by_story(actors))


Speakers = dict[int, list[tuple[Actor, int]]]  # source -> (actor, its sentences there)


def speakers_by_story(actors: Sequence[Actor]) -> Speakers:
    """Who may speak in each story: made once for all the parts of a brief's quotes."""
    named_in: Speakers = {}
    for actor in actors:
        # counted in C (a generator was 2% of quotes in the inbox: thousands of actors)
        sources = Counter(map(_SOURCE, actor.sentences))
        for source, count in sources.items():
            named_in.setdefault(source, []).append((actor, count))
    return named_in


def quotes_of(sentences: Sequence[Sentence], speakers: Speakers) -> tuple[Quote, ...]:
    """`find_quotes` of some stories (see `split_stories`), given the speakers of all."""
    quotes: list[Quote] = []
    for story in _stories(sentences):
        quotes.extend(_story_quotes(story, speakers.get(story[0].source, [])))
    return tuple(quotes)


_SOURCE = attrgetter("source")


def load_tables() -> None:
    """Build the patterns and lists quotes reads, before its first story (5 ms at first
    use): a forked extraction child builds them before it is sent its work."""
    for build in (
        _titles_lettered,
        _description_re,
        _title_of_re,
        _title_of_words,
        _clause_break_re,
        _time_adverbial_re,
        _time_words,
        _honorific_re,
        _honorific_titles,
        _asking_re,
        _labelled_re,
        _attributing,
        _not_given,
    ):
        build()


def split_stories(sentences: Sequence[Sentence], parts: int) -> list[list[Sentence]]:
    """The sentences in `parts` parts of whole stories (sources), in order, each about as
    long as the others (a story longer than a part is one part, and a part may be empty).
    Each story is read on its own, so the quotes of the parts, one after another, are
    the quotes of them all: two processes can share a digest's quotes."""
    split: list[list[Sentence]] = [[] for _ in range(parts)]
    done = 0
    for story in _stories(sentences):
        # a story goes in the part its middle falls in
        part = min(parts - 1, int((done + len(story) / 2) * parts / max(1, len(sentences))))
        split[part].extend(story)
        done += len(story)
    return split


def _stories(sentences: Sequence[Sentence]) -> Iterator[list[Sentence]]:
    by_source: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_source.setdefault(s.source, []).append(s)
    yield from by_source.values()


# The records below are named tuples, and the readers dataclasses that are compared by
# identity and never printed (eq=False, repr=False): a dataclass's methods are generated
# and executed when the module is imported, 0.2-0.8 ms each, and quotes is imported on the
# extraction child's chain in every run; a NamedTuple costs a sixth of a frozen dataclass.
class _Found(NamedTuple):
    """A quote in its paragraph: offsets in the joined paragraph text."""

    start: int
    end: int
    inner: str
    sentences: tuple[Sentence, ...]
    lo: int  # where its first sentence starts
    hi: int  # where its last sentence ends


def _story_quotes(story: Sequence[Sentence], actors: Sequence[tuple[Actor, int]]) -> list[Quote]:
    """The story's quotes. What comes after its last quote only tells who is spoken of,
    and no quote is left to ask: it is not read (inbox of 1,000 articles: 915 of 4,473
    paragraphs), and a story that quotes nobody has no index of its actors made. The
    paragraphs since the last quote wait, unread, until the next one comes."""
    reader: _StoryReader | None = None
    waiting: list[_Paragraph] = []
    for sentences in _paragraphs(story):
        waiting.append(_Paragraph.of(sentences))
        if waiting[-1].found:
            if reader is None:
                reader = _StoryReader(_Subjects(_ActorIndex.of(actors)))
            for paragraph in waiting:
                reader.paragraph(paragraph)
            waiting = []
    return reader.quotes if reader is not None else []


@dataclass(eq=False, repr=False)
class _Paragraph:
    """One paragraph's text, its sentences' offsets, its quotes, and the same text with
    the quotes blanked out (where attributions are looked for); in `outline` a comma that
    ends a quote stays, since it may end a clause ("When X said “...,” Y replied")."""

    text: str
    offsets: list[tuple[int, int]]
    spans: list[tuple[int, int, str]]
    blank: str
    outline: str
    found: list[_Found]
    # Sorted starts and ends of the sentences and starts of the quotes, so that finding
    # the ones near a quote is a bisection (a paragraph may hold thousands of sentences).
    starts: list[int]
    ends: list[int]
    quote_starts: list[int]

    @classmethod
    def of(cls, sentences: Sequence[Sentence]) -> _Paragraph:
        text, offsets = _join(sentences)
        starts, ends = [a for a, _ in offsets], [b for _, b in offsets]
        spans = list(_quote_spans(text))
        found = [_locate(sentences, starts, ends, start, end, inner) for start, end, inner in spans]
        blank = _blank_quotes(text, spans)
        outline = _outline(blank, spans)
        narration = [_not_quoted_speech(blank, quote) for quote in found]
        if any(narration):
            # "he said on “Meet the Press.”": a title is narration (left blank all the same),
            # and so is a term named ("refrain from using the phrase “illegal immigrant”")
            # and words a negation before them turns round ("does not “expect a deal”")
            kept = [n for n, told in enumerate(narration) if not told]
            titles = [span for n, span in enumerate(spans) if n not in kept]
            spans, found = [spans[n] for n in kept], [found[n] for n in kept]
            blank = _outline(blank, titles)  # "the book titled “X,” explaining, “...”"
        quote_starts = [start for start, _, _ in spans]
        return cls(text, offsets, spans, blank, outline, found, starts, ends, quote_starts)


@dataclass(eq=False, repr=False)
class _StoryReader:
    """Reads a story paragraph by paragraph: who is being talked about, and each quote's
    speaker in turn."""

    subjects: _Subjects
    quotes: list[Quote] = field(default_factory=list)
    goes_on: Actor | None = None  # who ended the last paragraph speaking
    left_open: bool = False  # the last paragraph ended inside a quote
    ends_tagged: bool = False  # the last paragraph ended with a quote or its speech tag
    ends_reporting: bool = False  # ... with reported speech, no quote ("..., he said.")

    def paragraph(self, para: _Paragraph) -> None:
        unread = 0  # sentences not yet read for "he"/"she"
        previous: _Kept | None = None  # the quote kept last
        speaking: Actor | None = None  # the speaker of the last quote, merged ones too
        dropped: tuple[int, Actor] | None = None  # a word too short to keep, and its speaker
        titled = _titled(para)
        for n, quote in enumerate(para.found):
            while unread < len(para.offsets) and para.offsets[unread][1] <= quote.lo:
                a, b = para.offsets[unread]
                self.subjects.read(para.outline[a:b], titled[unread])
                unread += 1
            follows = previous is not None and _follows(para, previous.end, quote.start)
            if _imagined(para, n):
                previous = dropped = None  # "Cosby might have answered, “...”": never said
                continue
            actor, attributed = self._speaker(para, n, follows)
            if actor is None and not attributed and dropped is not None and not follows:
                # "“Safety,” said Grimm. “Safety for the whole country.”": Grimm's
                actor = dropped[1] if _follows(para, dropped[0], quote.start) else None
            goes_on = follows and actor is None and not attributed
            if not (goes_on and previous is not None and previous.quote.actor):
                speaking = actor  # else "“A,” said X. “B.”": B goes on being X's
            previous = self._keep(quote, actor, attributed, previous if follows else None)
            dropped = (quote.end, actor) if previous is None and actor is not None else None
            self.subjects.said(actor)
        for (a, b), title in zip(para.offsets[unread:], titled[unread:], strict=True):
            self.subjects.read(para.outline[a:b], title)
        ends_speaking = bool(para.found) and _ends_in_attribution(
            para.text[para.found[-1].end :] + ". "
        )
        self.goes_on = speaking if ends_speaking else _leads_in(para, self.subjects)
        self.left_open = bool(para.found) and _left_open(para.text, para.found[-1])
        self.ends_tagged = ends_speaking and _tag_or_nothing(para.text[para.found[-1].end :])
        self.ends_reporting = False
        if not ends_speaking and self.goes_on is None:
            # "..., Mr Howard said." ends it: a quote that opens the next paragraph on
            # its own is the words he was reported as saying (news style)
            self.goes_on = _reports_last(para, self.subjects)
            self.ends_tagged = self.ends_reporting = self.goes_on is not None

    def _speaker(self, para: _Paragraph, n: int, follows: bool) -> tuple[Actor | None, bool]:
        """Who speaks the paragraph's n-th quote, and whether a tag attributes it at all:
        the tags around it first, then, untagged, the paragraph's lead-in or the speaker
        the last paragraph left speaking."""
        quote = para.found[n]
        right = para.found[n + 1].start if n + 1 < len(para.found) else len(para.text)
        # with the commas earlier quotes close on, which end their clauses as in print:
        # "said it was “a disaster,” adding that it is why Trump “...”" is the sayer's
        clause = para.outline[quote.lo : quote.start]
        before = "" if follows else clause
        after = para.blank[quote.end : min(quote.hi, right)]
        actor, attributed, settled = self._tagged(para, n, right, before, after, follows, clause)
        self.subjects.nearby = self.subjects.quoted = ""
        if settled or actor is not None:
            return actor, attributed
        return self._untagged(para, quote, after, follows, attributed), attributed

    def _tagged(
        self,
        para: _Paragraph,
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
        self.subjects.nearby, self.subjects.quoted = before, quote.inner
        inner = _talking_clause(clause)
        if inner is not None:
            # "While Kerry spoke of “...,” Lavrov said little", "as Trump went on about
            # “...,” and “...,” Melanie said yes": words quoted inside a clause in which
            # someone talks are that clause's, never the main clause's speaker's; its
            # speech verb may say whose ("Although he says he “...,” and “...,” he also")
            return _resolve_before(inner, self.subjects), True, True
        actor, attributed = _attribute(before, after, self.subjects)
        if actor is None and not attributed and not before.strip() and _comma_ends(quote, after):
            shaped = _shaped_subject(_tag_words(after))
            if shaped is not None:
                # "“...,” LeVell assured the crowd": a tag by its shape, whatever its verb
                actor, attributed = _phrase_actor(shaped, self.subjects), True
        if _QUESTION_PUT_RE.search(before):
            # "Asked if this amounted to a “decapitation strategy”, Lord Rennard said it
            # was not a term he had ever used": the words of the question, not his; but
            # he is the one speaking, whom a "he added" after it goes on from
            self.subjects.nearby = self.subjects.quoted = ""
            self.subjects.said(actor)
            return None, True, True
        cut = _cut_attribution(para, quote, right)
        if actor is None and not attributed and cut:
            actor, attributed = _attribute("", cut, self.subjects)
        tag = "" if actor is not None or attributed or follows else _closing_tag(para, n)
        if tag:
            actor, attributed = _attribute("", tag, self.subjects)
        final = "" if actor is not None or attributed or follows else _final_tag(para, quote, right)
        if final and _labelled_re().search(para.text[quote.lo : quote.start]):
            # "Newspapers have branded the scheme a “poll tax on wheels”, but ..., Mr
            # Darling said": the label is the newspapers', which he only reports
            return None, True, True
        if final:
            # "Mr Brown liked to rattle off “...” in a bid to ..., the Tory leader said.":
            # the tag reports the whole clause before it, quote and all, and nobody named
            # inside what it reports is its subject ("he" is never Mr Brown there)
            self.subjects.nearby = ""
            actor, attributed = _attribute("", final, self.subjects)
        return actor, attributed, False

    def _untagged(
        self, para: _Paragraph, quote: _Found, after: str, follows: bool, attributed: bool
    ) -> Actor | None:
        """A quote no tag names: the speaker a paragraph's lead-in brings, or the one
        the last paragraph left speaking. A quote whose own tag names a speaker brief
        cannot settle ("“...,” the narrator says" after "a clip of McCain saying") is
        theirs, never the one before's."""
        named, pronoun = _tag_subject(after) if attributed else ([], True)
        if named and not pronoun:
            # only a lead-in whose speaker the tag names ("Instead, only 500,000 would
            # benefit, he said. “...,” added Mr Duncan" with two Duncans in the story)
            actor = (
                None
                if quote.start != quote.lo or follows
                else _lead_in(para, quote.lo, self.subjects)
            )
            return actor if actor is not None and named[-1] in actor.name.split() else None
        if quote.start == quote.lo and not follows and not _new_speaker(after):
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

    def _rest_names_its_speaker(self, para: _Paragraph, quote: _Found) -> bool:
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
        return any(t.lower() in speech or _saying_noun(t) for t in _WORD_RE.findall(rest))

    def _keep(
        self,
        quote: _Found,
        actor: Actor | None,
        attributed: bool,
        previous: _Kept | None,
    ) -> _Kept | None:
        """Add the quote, or merge it into the one before: "“A,” said X. “B.”" goes on,
        and "“A. “B,” she said." is one utterance. Two quotes that each have an
        attribution are two ("“A,” the IAAF said. “B,” he said."), and a phrase quoted
        inside narration is no one's utterance that a later quote goes on from ("... by
        “an eminent person”. “B,” said Blair.")."""
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
        kept = Quote(_clean(quote.inner), name, name, _mentions(quote.sentences))
        self.quotes.append(kept)
        return _Kept(quote.end, kept, attributed, _opens_sentence(quote))


def _imagined(para: _Paragraph, n: int) -> bool:
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


def _tag_words(tag: str) -> list[str]:
    """The words and marks of the text after a quote, its parentheses left out."""
    return _WORD_RE.findall(_PARENTHESIS_RE.sub(" ", tag))


def _tag_subject(tag: str) -> tuple[list[str], bool]:
    """The words of the subject of the speech tag after a quote ("Mr Duncan" of "added Mr
    Duncan"), [] when none can be told; and whether that subject is "he"/"she" or none
    can be told: such a tag may mean the one a lead-in names ("Lindqvist asked her to
    stop. “...,” she said"); a tag with a noun phrase ("the narrator says") means them."""
    tokens = _tag_words(tag)
    pronouns = words()["quote_pronouns"]
    verb = _verb_after(tokens)
    if verb is None:
        shaped = _shaped_subject(tokens)
        return shaped or [], shaped is None or shaped[0].lower() in pronouns
    phrase = [t for t in tokens[:verb] if t[:1].isalnum()]
    phrase = phrase or [t for t in _inverted_subject(tokens[verb + 1 :]) if t[:1].isalnum()]
    return phrase, not phrase or (len(phrase) == 1 and phrase[0].lower() in pronouns)


def _comma_ends(quote: _Found, after: str) -> bool:
    """Whether a comma ends the quote, inside its marks or right after them: the sentence
    goes on, as it does into a speech tag ("“...,” LeVell assured", "“...”, he quipped")."""
    return quote.inner.rstrip().endswith(",") or after.lstrip().startswith(",")


def _shaped_subject(tokens: list[str]) -> list[str] | None:
    """The subject of a speech tag told by its shape, not its verb, after a quote that a
    comma ends and that opens its sentence: a name ("LeVell", "Sen. Tim Kaine"), "he" or
    "she", or a description ("the host") and then a past-tense verb ("assured",
    "proclaimed"), or that verb and then a name that ends the clause ("“...,” proclaimed
    Howard Dean."). News English sets nothing else there; the verb need not be one brief
    knows. None when the words after the quote are not of that shape."""
    k = 1 if tokens[:1] == [","] else 0
    n = k
    if n < len(tokens) and tokens[n].lower() in words()["quote_pronouns"]:
        n += 1
    elif n < len(tokens) and tokens[n].lower() == "the":
        n += 1
        while n < len(tokens) and n - k < 5 and tokens[n].isalpha() and not _past(tokens[n]):
            n += 1
        if tokens[n - 1].lower() not in joined("role_heads", "described"):
            return None
    else:
        while n < len(tokens) and n - k < 5 and _name_word(tokens[n]):
            n += 1
    if k < n < len(tokens) and _past(tokens[n]):
        return tokens[k:n]
    if n == k and n < len(tokens) and _past(tokens[n]):
        name = n + 1
        while name < len(tokens) and name - n <= 4 and _name_word(tokens[name]):
            name += 1
        ends = name == len(tokens) or tokens[name] in {",", ".", ";"}
        if name > n + 1 and ends:
            return tokens[n + 1 : name]
    return None


def _name_word(token: str) -> bool:
    """A word of a name: capitalised, or a title's abbreviation ("Sen.", "Mr.")."""
    return token[:1].isupper() and (
        token.replace("-", "").replace("’", "").isalpha() or token.endswith(".")
    )


def _past(token: str) -> bool:
    """A lower-case past-tense verb form: "assured", "proclaimed", "wrote" (not "need")."""
    if not token.isalpha() or not token.islower():
        return False
    return (token.endswith("ed") and not token.endswith("eed")) or token in words().irregular


def _only(para: _Paragraph, quote: _Found) -> bool:
    """Nothing but the quote from it to the paragraph's end."""
    return not para.text[quote.end :].strip()


def _new_speaker(tag: str) -> bool:
    """Whether the speech tag after a quote has an indefinite subject ("said a company
    spokesman", "one dealer told"): an indefinite noun phrase brings in someone not
    spoken of before, so the speaker is nobody named earlier."""
    tokens = [t.lower() for t in _WORD_RE.findall(tag)]
    ends = [n for n, t in enumerate(tokens) if t in {".", ";", "!", "?"}]
    tokens = tokens[: ends[0]] if ends else tokens
    verbs = [n for n, t in enumerate(tokens) if t in _attributing()]
    if not verbs:
        return False
    before = [t for t in tokens[: verbs[0]] if t.isalpha()]
    subject = before or [t for t in tokens[verbs[0] + 1 :] if t.isalpha()]
    return subject[:1] != [] and subject[0] in words()["indefinites"]


def _parenthetical_tag(text: str, start: int, end: int) -> bool:
    """Whether the pronoun at text[start:end] is the subject of a speech tag set after the
    clause it reports (", he claimed,"): a comma before it, and a speech verb right after
    it that a comma or the sentence's end closes (not "When X asked, he said that")."""
    if not text[:start].rstrip().endswith(","):
        return False
    following = [t.lower() for t in _WORD_RE.findall(text[end : end + 40])]
    while following and following[0] in words()["adverbs"]:
        following.pop(0)
    closes = following[1:2] in ([","], ["."], [";"])  # ", he said," not ", he said that"
    return bool(following) and following[0] in _attributing() and closes


def _tag_or_nothing(tail: str) -> bool:
    """Whether the words after a paragraph's last quote are a speech tag ("..., he
    said.") or none: "... the “wrong solution” to them." ends in narration."""
    tokens = [t.lower() for t in _WORD_RE.findall(tail) if t[:1].isalnum()]
    return not tokens or any(t in _attributing() for t in tokens)


def _whole_sentence(para: _Paragraph, quote: _Found) -> bool:
    """The quote is its sentences, with no word of narration or attribution beside it."""
    return not para.text[quote.lo : quote.start].strip() and not para.text[
        quote.end : quote.hi
    ].strip(" .,;:!?…”\"'")


def _left_open(text: str, last: _Found) -> bool:
    """The paragraph's last quote runs to its end with no closing mark."""
    closed = text.rstrip().endswith(("”", '"', "''"))
    return last.end >= len(text.rstrip()) and not closed


@cache
def _labelled_re() -> re.Pattern[str]:
    """A verb that gives something a name ("have branded the scheme a “...”", "dubbed
    it") in the quote's clause: the quoted name is its subject's words."""
    return re.compile(rf"\b(?:{alternation(words()['labelling_verbs'])})\b[^,;:]*$")


_PRONOUN_OPENS_RE = re.compile(r"\s*(?:(?:He|She)\b|[\"“‘'])")


class _Kept(NamedTuple):
    """The quote kept last in a paragraph: where it ends, whether an attribution follows
    it, and whether it opens its sentence (a quoted phrase inside narration does not)."""

    end: int
    quote: Quote
    attributed: bool
    opens: bool


def _opens_sentence(quote: _Found) -> bool:
    return quote.start == quote.lo


def _cut_attribution(para: _Paragraph, quote: _Found, right: int) -> str:
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


def _final_tag(para: _Paragraph, quote: _Found, right: int) -> str:
    """The speech tag that ends the sentence of a quote set inside a clause, after more of
    that clause (", the Tory leader said."), when nothing else attributes it: no speech
    verb before the quote in its sentence and no other quote after it; "" when none."""
    if right < quote.hi or quote.start == quote.lo:
        return ""  # a quote that opens its sentence has its tag right after it, if any
    before = {t.lower() for t in _WORD_RE.findall(para.blank[quote.lo : quote.start])}
    if before & words().speech:
        return ""
    after = para.blank[quote.end : quote.hi]
    comma = after.rfind(",")
    if comma < 0:
        return ""
    tail = after[comma:]
    return tail if _verb_after(_WORD_RE.findall(tail)) is not None else ""


def _closing_tag(para: _Paragraph, n: int) -> str:
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
    between = {t.lower() for t in _WORD_RE.findall(para.blank[quote.end : last.start])}
    if between & words().speech:
        return ""
    return para.blank[last.end : quote.hi]


def _merge(prior: Quote, quote: _Found, actor: Actor | None) -> Quote:
    name = prior.actor or (actor.name if actor else None)
    joiner = " … " if prior.actor else " "
    return Quote(
        f"{prior.text}{joiner}{_clean(quote.inner)}",
        name,
        name,
        tuple(dict.fromkeys((*prior.sentences, *_mentions(quote.sentences)))),
    )


def _locate(
    paragraph: Sequence[Sentence],
    starts: list[int],
    ends: list[int],
    start: int,
    end: int,
    inner: str,
) -> _Found:
    first = bisect.bisect_right(ends, start)  # the first sentence that ends after `start`
    last = bisect.bisect_left(starts, end)  # the first that starts at `end` or after
    return _Found(start, end, inner, tuple(paragraph[first:last]), starts[first], ends[last - 1])


# --- attribution: the subject of the speech verb next to the quote ---------------------


@dataclass(eq=False, repr=False)
class _Subjects:
    """Who "he" or "she" can mean: the people named as subjects so far in this story.

    A sentence's subject is worked out only when a pronoun within reach needs it (most
    sentences are never asked), so the cost follows the quotes, not the text; a chain
    of pronoun-led sentences is read back at most _LOOK_BACK sentences."""

    index: _ActorIndex
    texts: list[str] = field(default_factory=list)  # every sentence read, blanked
    # Each sentence's subject, once worked out; a str is someone the table lacks, "?"
    # someone unsure, None nobody.
    subject_of: dict[int, Actor | str | None] = field(default_factory=dict)
    said_at: dict[int, list[Actor]] = field(default_factory=dict)  # speakers, by sentence
    # Each worked-out sentence's other people (objects): if its subject is of the other
    # gender, "she" may be one of them.
    others_of: dict[int, list[Actor | str]] = field(default_factory=dict)
    # per sentence, the others a relative clause makes speak ("Mullin - who denied it")
    relative_speakers: dict[int, list[Actor | str]] = field(default_factory=dict)
    surnames: set[str] = field(default_factory=set)  # of people the table lacks
    marked: dict[str, str] = field(default_factory=dict)  # surname -> an honorific's gender
    # name -> (how many sentences were searched for it, whether one holds it)
    named: dict[str, tuple[int, bool]] = field(default_factory=dict)
    # person and noun -> (how many sentences were searched, whether one calls them so)
    described_so: dict[str, tuple[int, bool]] = field(default_factory=dict)
    floor: int = 1  # sentences before it are never worked out any more
    unread: str = ""  # the texts from unread_from[0] to unread_from[1], joined by "\n"
    unread_from: tuple[int, int] = (0, 0)
    nearby: str = ""  # the quote's own sentence up to the quote
    quoted: str = ""  # the words of the quote

    @property
    def sentences(self) -> int:
        """How many sentences were read so far (the number of the last one)."""
        return len(self.texts)

    def read(self, sentence: str, titled: bool = True) -> None:
        """Read the next sentence; `titled` is False when it is known to hold no title."""
        self.texts.append(sentence)
        if titled:
            _honorific_genders(sentence, self.marked)

    def said(self, actor: Actor | None) -> None:
        if actor is not None and actor.kind == "person":
            self.said_at.setdefault(self.sentences, []).append(actor)

    def named_nearby(self) -> bool:
        """Whether the quote's own sentence names a person before the quote."""
        return any(isinstance(seen, Actor) for _, _, seen in self.people_in(self.nearby))

    def pronoun(self, word: str) -> Actor | None:
        """The subject of the quote's own sentence when it can be "he"/"she" ("Rhimes
        declared: “...,” she said"), else the nearest person who can be them, unless the
        quote's own sentence names someone else who can be them ("from student Deja
        Stewart, who ... when she called him “...”")."""
        found = self._resolve(word, self.sentences, self.sentences)
        if found is not None and _named_in(found, self.quoted):
            return None  # "“I had a word with Olof,” he said" is not Olof Mellberg
        itself = re.search(rf"\b{word}\b", self.nearby, re.I)  # names after it are objects
        head = self.nearby[: itself.start() if itself else None]
        people = self.people_in(head)
        subjects = _subject_mentions(head, people)
        speaking = [m for m in subjects if _speaks(head, m[0], m[1])]
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
            if isinstance(seen, Actor) and _may_be(seen, word, self.marked):
                return seen  # "Rhimes declared: “...,” she said": Rhimes
        for _, _, seen in people:
            if seen is not found and not _is_pronoun(seen) and _may_be(seen, word, self.marked):
                return None
        return found

    def _resolve(self, word: str, now: int, nearest: int) -> Actor | None:
        """The nearest person who can be "he"/"she": no given name of the other gender
        (a surname seen with a given name, "Mirza" after "Sania Mirza", has none). Someone
        the actors table does not know blocks the search: it may be them."""
        for when in range(nearest, max(now - PRONOUN_REACH, 1) - 1, -1):
            subject = self._subject(when)
            fits = [o for o in self.others_of.get(when, []) if _may_be(o, word, self.marked)]
            for seen in (*reversed(self.said_at.get(when, [])), subject):
                if seen is None:
                    continue
                if isinstance(seen, str) and seen in self.index.namesakes:
                    # "Cheney said" with Liz and Dick Cheney in the story: "she" is one
                    # of them, the one her gender leaves, else unsettled; never someone
                    # named before that "Cheney"
                    fit = [a for a in self.index.namesakes[seen] if _may_be(a, word, self.marked)]
                    return fit[0] if len(fit) == 1 else None
                surname = isinstance(seen, str) and seen in self.surnames
                # "Nollaig Ó Ceallaigh-Brennan ... said he would": the text gives the gender
                # (each test is pure: the dearest, a reading of the words, comes last)
                if not (
                    surname
                    or _may_be(seen, word, self.marked)
                    or (seen is subject and not fits and _says_gender(self.texts[when - 1], word))
                ):
                    if fits:  # not the subject, so its one object who can be them
                        one = fits[0] if len(fits) == 1 else None
                        return one if isinstance(one, Actor) else None
                    continue  # a nearer person of the other gender is not "he"
                if seen is subject and any(
                    _may_be(o, word, self.marked) for o in self.relative_speakers.get(when, [])
                ):
                    return None  # "X suggested ... by Professor Mullin - who denied it. '...,'
                    # he said": the one a relative clause last made speak may be "he" as well
                return None if isinstance(seen, str) else seen
        return None

    def _subject(self, number: int) -> Actor | str | None:
        """Sentence `number`'s subject, working out the ones before it that it needs
        (a leading "he" stands for someone earlier) in order, from _LOOK_BACK back."""
        if number < self.floor:
            return self.subject_of.get(number)  # beyond the look-back: not worked out
        if number not in self.subject_of:
            first = self.floor = max(number - _LOOK_BACK, self.floor)
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
        phrase = _spoken_subject(sentence)  # read once, for both tests that need it
        spoken = self._spokesperson(phrase)
        if spoken is not None:
            return spoken
        mentions = self.people_in(sentence)
        first, speaker = _first_subjects(sentence, mentions)
        if first is None:
            if mentions or _described_speaker(phrase):
                return "?"  # "a description came from Deja Stewart", "one dealer told"
            return None
        at, end, seen = speaker or first
        if speaker is None and _other_subject_opens(sentence, at):
            return "?"  # "They could picture Michael Howard doing it": Howard is no subject
        embedded = sentence[max(0, at - 20) : at].split()[-1:] in (["what"], ["that"], ["which"])
        named_first = first[0] < at and isinstance(first[2], Actor)
        pronoun_fits = _is_pronoun(seen) and _may_be(first[2], str(seen), self.marked)
        if pronoun_fits and embedded and named_first:
            at, end, seen = first  # "Ban Ki-moon condemned what he called ...": Ban
        if _conjoined(sentence, mentions, at, end):
            return "?"  # "Wilcox and Beruff, a Sarasota Republican, argued": two of them
        self.others_of[number] = _others(mentions, seen)
        self.relative_speakers[number] = [
            other
            for other_start, other_end, other in mentions
            if other is not seen
            and not _is_pronoun(other)
            and _speaks_in_relative(sentence, other_start, other_end)
        ]
        return self._stands_for(sentence, mentions, (at, end, seen), speaker is not None, number)

    def _spokesperson(self, spokesperson: list[str] | None) -> Actor | str | None:
        """The subject a speech verb's speaker (the sentence's _spoken_subject) settles:
        the body a spokesperson speaks for ("A BBC spokeswoman said ... She added:": the
        BBC's words), "?" for someone new (an indefinite speaker), None when the verb's
        subject settles nothing."""
        if not spokesperson:
            return None
        spoken_for = _spoken_for(spokesperson, self.index)
        if spoken_for is not None:
            return spoken_for
        if spokesperson[0].lower() in words()["indefinites"] and not any(
            token[:1].isupper() for token in spokesperson[1:]
        ):
            # "A young woman who gave only her first name, Arezou, said she was ...": someone
            # new speaks, whom no one named before can be; "she" after "said" is her (not
            # "A visibly angry Trump said", which names him)
            return "?"
        return None

    def _stands_for(
        self,
        sentence: str,
        mentions: list[_Seen],
        chosen: _Seen,
        speaking: bool,
        number: int,
    ) -> Actor | str | None:
        """Who the sentence's chosen subject is: a description's person, a pronoun's
        antecedent, the one asked, or the person named."""
        at, end, seen = chosen
        if isinstance(seen, str) and not _is_pronoun(seen):
            # "..., the Tory leader said": that sentence's speaker, whom the story may name
            return self.index.described(seen) or self.epithet(seen, number) or seen
        if _is_pronoun(seen):
            bound = _bound(sentence, mentions, at, str(seen), self.marked)
            return bound or self._resolve(str(seen), number, number - 1) or "?"
        asked = _asks(sentence, end)
        if not speaking and asked is not None:
            # "Hannity asked Trump how ...": the "he" who replies next is the one asked
            return _asked(sentence, mentions, asked)
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
        if "of" in tokens:
            tokens = tokens[: tokens.index("of")]  # "the singer of Because the Night"
        if len(tokens) < 2 or tokens[0].lower() != "the" or number < 2:
            return None
        head = tokens[-1].lower()
        person = head in joined("role_heads", "described") or "-" in head
        if not person or not head.isascii() or not head[:1].isalpha():
            return None
        if head in _STRANGERS or any(_POSSESSIVE_END_RE.search(t) for t in tokens):
            return None
        speakers = self.said_at.get(number - 1)
        who = speakers[-1] if speakers else self._subject(number - 1)
        if not isinstance(who, Actor) or who.kind != "person":
            return None
        wanted = {token.lower() for token in tokens}
        for holder, role in self.index.roles.get(head, ()):
            if holder is who and (role - wanted) & words()["other_rank"]:
                return None  # "the mayor" is not "Deputy Mayor Rosa Lind"
            if holder is not who and self._named_so_far(holder.name):
                return None  # "the singer" when another singer was named: either of them
        if who.role and head in words()["role_heads"] and not _holds_noun(who.role, head):
            return None  # "the prime minister" after "Mr Clarke", the home secretary
        return who if self._described_as(who, head) else None

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
        searched, found = self.named.get(name, (0, False))
        if not found:
            unread = self.texts[searched:]
            # one search of them joined, not one per sentence: 0.035 s against 0.059 s at
            # 25,000 sentences; the holders of a role are asked in turn, mostly from the
            # same sentence on, so the last join is kept for the next
            if self.unread_from != (searched, len(self.texts)):
                self.unread_from, self.unread = (searched, len(self.texts)), "\n".join(unread)
            found = _named_in_any(name, self.unread, unread)
            self.named[name] = (len(self.texts), found)
        return found

    def people_in(self, sentence: str) -> list[_Seen]:
        """Every person the sentence names or refers to: (start, end, who)."""
        known: list[tuple[int, int]] = []
        mentions: list[_Seen] = []
        for start, end, actor in self.index.find(sentence):
            if actor.kind == "person":
                form = sentence[start:end]
                # only a person named otherwise than in full may be someone else
                if form != actor.name:
                    before = sentence[max(0, start - 40) : start].split()[-1:]  # not all
                    if _other_given_name(form, actor, before):
                        continue  # "German Ortega says" is not the story's Freddy Ortega
                mentions.append((start, end, actor))
            known.append((start, end))
        if sentence.strip():
            mentions.extend(_unknown_people(sentence, known, self.surnames))
        for m in _PRONOUN_RE.finditer(sentence):
            mentions.append((m.start(), m.end(), m.group().lower()))
        return mentions


_Seen = tuple[int, int, Actor | str]  # (start, end, who) of a person in a sentence
# Nouns by which news brings in someone new who speaks for a body or a market, not an
# epithet for someone named.
_STRANGERS = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "source", "official", "executive",
        "analyst", "aide", "adviser", "advisor", "insider", "dealer", "trader",
    }
)  # fmt: skip


def _holds_noun(role: str, noun: str) -> bool:
    """Whether a role has the noun for one of its words ("New Jersey Gov." holds
    "governor"; "Deputy Prime Minister" holds "minister")."""
    return _noun_re(noun).search(role.replace("-", " ")) is not None


@cache
def _noun_re(noun: str) -> re.Pattern[str]:
    """The noun, singular or plural, as a whole word ("host", "hosts"), or the title
    abbreviation a role's noun is written as ("Gov." for "governor", "Sen." for
    "senator"; not "Rep." for "reporter", which heads no role)."""
    forms = [rf"{re.escape(noun)}(?:e?s)?(?![\w-])"]
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
    noun_at = _noun_re(noun).pattern
    before = re.compile(rf"{noun_at}(?:\s+(?:[A-Z][\w.’'-]*|and|&)){{0,6}}?\s+{surname}\b")
    after = re.compile(
        rf"\b{surname}(?:[’']s?)?,\s+(?:who\s+is\s+)?(?:the|a|an|his|her|their|[A-Z][\w.-]*[’']s)"
        rf"\s+[^,.;:!?]{{0,60}}?{noun_at}"
    )
    return any(parts[-1] in text and (before.search(text) or after.search(text)) for text in texts)


def _conjoined(sentence: str, mentions: list[_Seen], at: int, end: int) -> bool:
    """Whether the subject at sentence[at:end] is one of two that "and" joins, either
    side, past the titles and roles of the second ("Lord Woolf and Lord Falconer",
    "Gerhard Schroeder and French President Jacques Chirac")."""
    return any(
        _AND_RE.fullmatch(sentence, e, at) or _AND_RE.fullmatch(sentence, end, s)
        for s, e, _ in mentions
    )


_AND_RE = re.compile(r"\s+and\s+(?:(?:[A-Z][\w.’'-]*|former|ex-\w+)\s+){0,4}")


def _says_gender(sentence: str, pronoun: str) -> bool:
    """Whether a sentence's speech verb reports its subject as "he" (or "she"), the
    gender of `pronoun` ("X said he would"): with no one else in it who can be them,
    the text says what their given name may not."""
    tokens = [token.lower() for token in _WORD_RE.findall(sentence)]
    speech = _attributing()
    if pronoun not in tokens or speech.isdisjoint(tokens):
        return False  # no pronoun or no speech verb (most sentences): tested in C
    return any(
        verb in speech and (said == pronoun or (said == "that" and after == pronoun))
        for verb, said, after in zip(tokens, tokens[1:], [*tokens[2:], ""], strict=False)
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


def _subject_mentions(sentence: str, mentions: list[_Seen]) -> list[_Seen]:
    """The mentions that may be the sentence's subject, in order (see _subjects_in)."""
    return list(_subjects_in(sentence, mentions))


def _subjects_in(sentence: str, mentions: list[_Seen]) -> Iterator[_Seen]:
    """The mentions that may be the sentence's subject, in order, each tested when it is
    asked for: in its main clause ("When Maddow asked, Clinton said", "Following Sanders
    on MSNBC, Clinton"), and each able to be one (see _may_be_subject)."""
    clause_end = sentence.find(",") if _fronted(sentence, mentions) else -1
    return (
        (start, end, seen)
        for start, end, seen in sorted(mentions, key=lambda m: m[0])
        if start >= clause_end and _may_be_subject(sentence, start, end, seen)
    )


def _first_subjects(sentence: str, mentions: list[_Seen]) -> tuple[_Seen | None, _Seen | None]:
    """The first of the sentence's _subject_mentions and the first of them that _speaks.
    Both tests are pure, so the mentions after the first one that speaks are not tested
    (a sentence reports its speaker early: "Sexton said ..."); the answer is the same as
    that of the two whole lists."""
    first: _Seen | None = None
    for start, end, seen in _subjects_in(sentence, mentions):
        first = first or (start, end, seen)
        if _speaks(sentence, start, end):
            return first, (start, end, seen)
    return first, None


def _bound(
    sentence: str, mentions: list[_Seen], at: int, pronoun: str, marked: dict[str, str]
) -> Actor | str | None:
    """Who the pronoun subject of a subordinate clause stands for: the one person named
    before it in the sentence's main clause who can be them ("... came from student Deja
    Stewart, who ... when she called him": Stewart); "?" when several can; None when
    nobody can, or when the pronoun is a main clause's subject ("X gave Trump credit,
    but he said": not Trump), so the search looks back."""
    before = sentence[:at].split()
    if not before or before[-1].lower() not in words()["quote_subordinators"]:
        return None
    clause_end = sentence.find(",") if _fronted(sentence, mentions) else -1
    fits = [
        seen
        for start, _, seen in mentions
        if clause_end <= start < at and not _is_pronoun(seen) and _may_be(seen, pronoun, marked)
    ]
    if len(fits) > 1:
        return "?"
    return fits[0] if fits else None


def _fronted(sentence: str, mentions: list[_Seen]) -> bool:
    """Whether the sentence opens with a clause or phrase before its main clause: a
    subordinator, a preposition or a participle ("Asked about X,", "Following X,") that
    is not the start of a name."""
    stripped = sentence.lstrip()
    opener = stripped.split(" ", 1)[0].lower()
    if opener in words()["quote_subordinators"] or opener in words()["fronted_prepositions"]:
        return True
    at = len(sentence) - len(stripped)
    named = any(start == at for start, _, _ in mentions)
    participle = opener.endswith(("ing", "ed")) and opener.isalpha() and opener != "according"
    return participle and not named


def _may_be_subject(sentence: str, start: int, end: int, seen: Actor | str) -> bool:
    """Not after a preposition ("talks with Macron"), not a modifier ("the Clinton
    campaign"), not a possessive ("Trump's grasp"), unless it is a pronoun."""
    # "but on Wednesday Mr Straw said": the time phrase ends as a clause break would
    before = _without_time_adverbial(sentence[:start])
    if _object(before) or _modifier(sentence, start, end):
        return False
    if _after_verb(sentence[:start]):
        return False
    possessive = _POSSESSIVE_RE.match(sentence, end)
    return _is_pronoun(seen) or not possessive or _writing_of(sentence, possessive.end())


def _without_time_adverbial(before: str) -> str:
    """The text before a name with the time adverbial that ends it, if any, made a comma.
    Only a text that ends in a time word and a space can end in one: the pattern, tried
    at every position of the text, is searched only then (at 25,000 sentences it ran
    for 6,000 names, the text before most of which ends in no time word)."""
    core = before.rstrip()
    core = core[:-1] if core.endswith(",") else core
    if not before[-1:].isspace() or not (core.endswith(_time_words()) or core[-1:].isdecimal()):
        return before
    return _time_adverbial_re().sub(", ", before)


@cache
def _time_words() -> tuple[str, ...]:
    """The words a time adverbial's last word is one of, but a number (_time_adverbial_re)."""
    return (*words()["time_nouns"], *_CALENDAR, "last", "this", "next", "early", "late")


# A fronted time adverbial at a clause's start ("On Wednesday", "but last week"): the name
# after it is the clause's subject, not the object of the preposition.
@cache
def _time_adverbial_re() -> re.Pattern[str]:
    return re.compile(
        rf"(?:^|[,;]|\b(?:[Bb]ut|and|[Yy]et|[Ss]o|then))\s*"
        r"(?:(?:[Ll]ater|[Ee]arlier)\s+)?"
        rf"(?:(?:[Oo]n|[Aa]t|[Ii]n|[Dd]uring|[Bb]y|[Ll]ast|[Tt]his|[Ee]arlier|[Ll]ater)\s+)?"
        rf"(?:the\s+)?(?:(?:{'|'.join(sorted(_time_words()))}|\d+),?\s+)+$"
    )


def _writing_of(sentence: str, end: int) -> bool:
    """ "Campbell's e-mail suggested ...": the writer of what is quoted is its speaker,
    so a possessive before a writing may be the subject that "he" later stands for."""
    following = _WORD_RE.match(sentence[end:].lstrip())
    return following is not None and following.group().lower() in words()["writings"]


def _after_verb(before: str) -> bool:
    """ "who had represented Mr Martin", "then e-mailed Mr McFadyen": a name right after a
    past verb that reports no words, past any honorific, is its object."""
    tokens = before.split()
    w = words()
    while tokens and tokens[-1].lower().rstrip(".") in joined("honorifics", "title_abbreviations"):
        tokens.pop()
    if not tokens or not tokens[-1].replace("-", "").isalpha() or not tokens[-1].islower():
        return False
    last = tokens[-1]
    past = last.endswith("ed") or last in w.irregular
    return past and last not in w.speech and not _subject_word(last)


def _others(mentions: list[_Seen], subject: Actor | str) -> list[Actor | str]:
    """The people a sentence names besides its subject: one of them may be the "he" of a
    later sentence, so a pronoun search stops at them (see _Subjects._resolve)."""
    return [other for _, _, other in mentions if other is not subject and not _is_pronoun(other)]


def _speaks_in_relative(sentence: str, start: int, end: int) -> bool:
    """ "Professor Mullin - who denied these claims": the mention alone is the subject of
    a relative clause whose verb is one of speech (not "Bush and Christie, who say": two
    of them, and a verb's plural form)."""
    m = _RELATIVE_SPEAKER_RE.match(sentence, end)
    verb = m.group(1).lower() if m is not None else ""
    if verb not in words().speech:
        return False
    plural = not (verb.endswith(("s", "ed")) or verb in words().irregular)
    return not plural and not sentence[:start].rstrip().endswith((" and", " or"))


_RELATIVE_SPEAKER_RE = re.compile(r"\s*[,–—-]?\s*who\s+(?:also\s+|later\s+)?([a-z]+)")


def _is_pronoun(seen: Actor | str) -> bool:
    """Without hashing an Actor (its hash walks every mention it has)."""
    return isinstance(seen, str) and seen in words()["quote_pronouns"]


def _may_be(seen: Actor | str, pronoun: str, marked: dict[str, str] | None = None) -> bool:
    """Whether "he"/"she" may stand for this person: no given name of the other gender,
    nor an honorific the story gives them ("Lord Falconer" is no "she"; `marked` holds
    them by surname). (gender-guesser's "mostly" names count as either: it calls Bernie
    mostly female.)"""
    if seen == "?":
        return True
    wanted = "male" if pronoun in words()["male_pronouns"] else "female"
    name = (seen if isinstance(seen, str) else seen.name).split()
    given = gender(name[0].lower())
    if given in {"male", "female"}:
        return given == wanted  # "Katherine Jackson" beside "Mr Jackson": her given name
    return not marked or marked.get(name[-1], wanted) in {wanted, "either"}


def _honorific_genders(sentence: str, marked: dict[str, str]) -> None:
    """Record the gender an honorific gives a surname ("Lord Falconer", "Mrs Clinton");
    a surname the story gives both ("Mr Clinton", "Mrs Clinton") gets "either"."""
    if _honorific_titles().search(sentence) is None:
        return  # most sentences hold no title: the pattern is not run on them
    for found in _honorific_re().finditer(sentence):
        title = found.group(1).lower().rstrip(".")
        said = "male" if title in words()["male_honorifics"] else "female"
        surname = found.group(2).split()[-1]
        marked[surname] = said if marked.get(surname, said) == said else "either"


def _titled(para: _Paragraph) -> list[bool]:
    """Whether each sentence of the paragraph may hold a title (False: it holds none),
    from one scan of the paragraph, not one per sentence (24,058 at 25,000 sentences, most
    of them without a title). A sentence holds a title just when a match of the paragraph
    starts in it: a title is letters only, so no match takes in the space that joins two
    sentences, and the scan reaches each sentence afresh. When the titles are not all
    letters, every sentence is searched itself."""
    if not _titles_lettered():
        return [True] * len(para.offsets)
    starts = [m.start() for m in _honorific_titles().finditer(para.outline)]
    if not starts:
        return [False] * len(para.offsets)  # most paragraphs
    return [_holds(starts, a, b) for a, b in para.offsets]


def _holds(starts: list[int], a: int, b: int) -> bool:
    """Whether one of the sorted `starts` lies in [a, b)."""
    at = bisect.bisect_left(starts, a)
    return at < len(starts) and starts[at] < b


@cache
def _titles_lettered() -> bool:
    return all(title.isalpha() for title in _titles_written())


def _titles_written() -> set[str]:
    """The honorifics as written before a name: "Mr", "Lady"."""
    w = words()
    return {title.capitalize() for title in w["male_honorifics"] | w["female_honorifics"]}


@cache
def _honorific_titles() -> re.Pattern[str]:
    """Any title, whole word or not: a search that skips to the letters titles open with
    (every sentence read is tested: 24,058 at 25,000 sentences, 0.037 s against 0.048 s
    for an automaton, whose every call pays for setting up its walk)."""
    return re.compile(alternation(_titles_written()))


@cache
def _honorific_re() -> re.Pattern[str]:
    titles = alternation(_titles_written())
    # (?<!\w), not \b: the same before a title's capital, and it lets the search skip
    # to the capitals a title opens with
    return re.compile(rf"(?<!\w)({titles})\.?\s+((?:[A-Z][\w’'-]*\s+){{0,2}}[A-Z][\w’'-]+)")


def _modifier(sentence: str, start: int, end: int) -> bool:
    """ "Clinton communications director Jennifer Palmieri", "the Clinton campaign", "a
    Donald Trump tweet", "Trump University": a name that modifies the noun after it (or
    starts a longer name) is not the subject."""
    following = _WORD_RE.match(sentence[end:].lstrip())
    word = following.group() if following else ""
    w = words()
    if word[:1].isupper() and sentence[end : end + 2] == f" {word[:1]}":
        return word not in _CALENDAR  # "Trump University", not "Trump Monday"
    if not word[:1].islower():
        return False
    if word in joined("role_heads", "role_modifiers", "leader_nouns"):
        return True
    if _noun_before_name(sentence, end, word):
        return True  # "Sydney Swans fan Bilal Haddad said": Haddad is the subject
    before = sentence[:start].split()
    if not before or before[-1].lower() not in w["determiners"]:
        return False
    # "the Rev. Al Sharpton said/also said/is": a verb follows; "a Trump tweet": a noun
    # (a speech verb's bare form after a name is its noun).
    speech = w.speech
    noun = word in speech and (f"{word}s" in speech or f"{word}es" in speech)
    return noun or not (
        word in speech or word in words()["adverbs"] or word in words()["auxiliaries"]
    )


def _noun_before_name(sentence: str, end: int, word: str) -> bool:
    """Whether the lower-case word after a name is a noun that a full name follows ("fan"
    in "Sydney Swans fan Bilal Haddad"); a verb there ("told", "met", "asks", "urged")
    makes the name its subject instead."""
    w = words()
    if word in w.speech or word in w.irregular or word.endswith(("ed", "s")) or len(word) < 3:
        return False
    rest = sentence[end:].lstrip()[len(word) :]
    return _FULL_NAME_RE.match(rest) is not None


_FULL_NAME_RE = re.compile(r"\s+[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+")


def _speaks(sentence: str, start: int, end: int) -> bool:
    """ "Sexton said", "Sexton, a strategist, told", "said Sexton": the mention is the one
    whose words the sentence reports ("asked" is not: the answer comes from its object)."""
    after = _WORD_RE.findall(sentence[end : end + 100])
    before = _WORD_RE.findall(sentence[max(0, start - 30) : start])
    while before and before[-1].lower().rstrip(".") in joined("honorifics", "title_abbreviations"):
        before.pop()  # "said Mr Clark"
    if before and before[-1].islower() and before[-1] in _attributing():
        # "said Sexton, ..." is inverted; in "said Trump won" Trump is the object clause's
        # ("Secretary of State John Kerry said": "State" is no verb)
        return not after or after[0] in {",", ".", ";", ":", "(", "!", "?"}
    if after[:1] == [","]:  # skip an apposition, not a parenthetical ", Sexton said,"
        breaks = {",", ".", ";", ":"}
        closing = next((n for n, t in enumerate(after[1:15], 1) if t in breaks), len(after))
        if after[closing : closing + 1] != [","] or words().speech & {
            t.lower() for t in after[1:closing]
        }:
            return False
        after = after[closing + 1 :]
    k = 0
    while k < len(after) and after[k].lower() in words()["adverbs"]:
        k += 1
    return k < len(after) and after[k].lower() in _attributing()


def _asks(sentence: str, end: int) -> int | None:
    """Where the words after the verb start when the mention ending at `end` puts a
    question ("Mousseau-Grant (then) asked whether"), else None."""
    found = _asking_re().match(sentence, end)
    return found.end() if found else None


def _asked(sentence: str, mentions: list[_Seen], after: int) -> Actor | str:
    """The person a question was put to: named right after the verb, perhaps with a role
    ("asked Mayor Peter Holm how"); "?" when nobody is ("asked whether")."""
    for start, _, who in sorted(mentions, key=lambda m: m[0]):
        if start >= after:
            between = _WORD_RE.findall(sentence[after:start])
            return who if all(_subject_word(t) for t in between) else "?"
    return "?"


@cache
def _asking_re() -> re.Pattern[str]:
    adverbs = "|".join(sorted(words()["adverbs"]))
    return re.compile(rf"\s+(?:(?:{adverbs})\s+)*(?:ask(?:s|ed|ing)?|questioned|pressed)\s+")


@cache
def _speech_or_adverb() -> frozenset[str]:
    """The speech verbs' forms and the adverbs, made once (a union per test cost its size)."""
    return words().speech | words()["adverbs"]


@cache
def _attributing() -> frozenset[str]:
    return words().speech - {"ask", "asks", "asked", "asking"}


def _unknown_people(text: str, known: Sequence[tuple[int, int]], surnames: set[str]) -> list[_Seen]:
    """Names outside the actors table that may be people: a given name first, a surname
    seen with one, or a name a speech verb follows ("Sexton said"). And descriptions of
    someone ("the Vermont senator"): all of them may be who "he" means."""
    out: list[_Seen] = []
    known = [*known, *((start, end) for _, start, end in gazetteer_hits(text))]
    before_role = joined("role_heads", "role_modifiers", "name_modifiers")
    for name in name_runs(text, known):
        at = max(text.find(name.text), 0)
        if _CONTRACTED_WORD_RE.search(name.text):
            continue  # "Don't", "We'll": no name
        end = at + len(name.text)
        after = _NEXT_WORD_RE.match(text, end)  # the rest is neither copied nor split
        following = after.group(1).strip(",").lower() if after else ""
        if following in before_role:
            continue  # "Ohio Democratic Party Chairman": a place before a role
        if len(name.tokens) >= 2 and given_name(name.tokens[0]):
            surnames.add(name.tokens[-1])
        elif not _single_name_of_person(name, text, end, following, surnames):
            continue
        out.append((at, end, name.text))
    out.extend(_descriptions(text))
    return out


# The first word after a position, as str.split() would give it (\s is str.isspace).
_NEXT_WORD_RE = re.compile(r"\s*(\S+)")


def _single_name_of_person(
    name: NameRun, text: str, end: int, following: str, surnames: set[str]
) -> bool:
    """A name with no given name first that may be a person's all the same: a given name
    alone ("Vito", not "Washington"), a surname seen with a given name, or a name that a
    speech verb or a relative "who" follows ("Rihanna, who was honoured")."""
    if gender(name.tokens[0].lower()) is not None or name.tokens[-1] in surnames:
        return True
    return following in words().speech or _WHO_RE.match(text, end) is not None


def _descriptions(text: str) -> list[_Seen]:
    """Descriptions of someone ("the Vermont senator"), but not an apposition to a name
    ("Moss, the chairman,": that is Moss) nor one a name is apposed to ("the president,
    Kevin Sateana,": that is Sateana). After a comma, a description that a speech verb
    follows is the speaker, no apposition ("..., the Tory leader said")."""
    return [
        (m.start(), m.end(), m.group())
        for m in _description_re().finditer(text)
        if (not text[: m.start()].rstrip().endswith(",") or _speech_follows(text, m.end()))
        and not _NAMED_AFTER_RE.match(text, m.end())
    ]


def _speech_follows(text: str, end: int) -> bool:
    """Whether a speech verb comes next, past adverbs ("the Tory leader also said")."""
    following = [t.lower() for t in _WORD_RE.findall(text[end : end + 60])]
    while following and following[0] in words()["adverbs"]:
        following.pop(0)
    return bool(following) and following[0] in _attributing()


# "The corporation's president, Kevin Sateana, said": the apposition names the one described.
# ("The province's economist, Dr. Tarek Hnatiuk-Ellis of the University of Calgary," too.)
_NAMED_AFTER_RE = re.compile(
    r",\s+(?:[A-Z][\w’'.-]*\s+)+[A-Z][\w’'.-]*(?:\s+(?:of|from|at)\s+[^,;.]{1,60})?\s*,"
)


def _object(before: str) -> bool:
    """ "talks with Macron", "a letter to Macron": the name after it is an object; but
    "Secretary of State John Kerry" and "Minister for Housing Darragh Ó Flaithearta" are
    titles. A preposition and the words after it that _OBJECT_RE takes are at most the
    last four words, so only they are searched (the whole text was 4% of quotes' time);
    a title ends the text too, so only its last seven words are searched for one (the
    whole text was another 2%)."""
    if _OBJECT_RE.search(before, _last_words(before, _OBJECT_WORDS)) is None:
        return False
    return _title_of_re().search(before, _last_words(before, _title_of_words())) is None


_OBJECT_WORDS = 4  # a preposition and the three words _OBJECT_RE allows after it


@cache
def _title_of_words() -> int:
    """The most words _title_of_re takes: a role's head, "of" or "for", "the", four names."""
    return max(len(head.split()) for head in words()["role_heads"]) + 6


def _last_words(text: str, count: int) -> int:
    """Where the space before the text's last `count` words starts (0 when it has no
    more): a pattern that can only match them is searched from there, its look-behinds
    still seeing the text before."""
    head = text.rsplit(None, count)
    return len(head[0]) if len(head) > count else 0


@cache
def _title_of_re() -> re.Pattern[str]:
    heads = "|".join(sorted(words()["role_heads"], key=len, reverse=True))
    name = r"(?:[A-Z][\w’'.-]*\s+){1,4}"
    # (?<!\w), not \b: the same before a word, and the search skips to its first letters
    return re.compile(rf"(?i:(?<!\w)(?:{heads}))\s+(?:of|for)\s+(?:the\s+)?{name}$")


@cache
def _description_re() -> re.Pattern[str]:
    heads = "|".join(sorted(words()["role_heads"] | words()["described"], key=len, reverse=True))
    # "the Vermont senator", "a local resident": someone "he"/"she" may mean.
    article = r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)"
    # "A Department for Constitutional Affairs spokeswoman": an organisation's name between
    body = r"(?:[A-Z][\w’'-]*\s+)(?:(?:[A-Z][\w’'-]*|for|of|and|on)\s+){0,5}?"
    # (?<!\w), not \b: the same before a word, and the search skips to its first letters
    return re.compile(rf"(?<!\w){article}\s+(?:{body}|(?:[\w’'-]+\s+){{0,3}}?)(?:{heads})\b")


def _attribute(before: str, after: str, subjects: _Subjects) -> tuple[Actor | None, bool]:
    """The speaker from the attribution after the quote, else before it; and whether an
    attribution follows the quote at all (then it is nobody else's continuation)."""
    tokens_after = _WORD_RE.findall(_PARENTHESIS_RE.sub(" ", after))  # "McCaskill (D-Mo.)"
    relayed = _quoted_as(tokens_after, after_quote=True)
    if relayed is not None:
        return _phrase_actor(relayed, subjects), True
    # the role heads as the index keeps them (a set made of them per quote cost 0.2 s at
    # 25,000 sentences of one story with 437 role heads)
    verb_at = _verb_after(tokens_after, subjects.index.roles.keys())
    if verb_at is not None and _reported(before):
        # "The lawyer had said the rules were “...”, said Clark": the lawyer's words,
        # which Clark relays; whoever the inner verb's subject is, Clark is not
        return _resolve_before(before, subjects), True
    if verb_at is not None:
        return _resolve_after(tokens_after, verb_at, subjects), True
    return _resolve_before(before, subjects), False


# A short parenthesis in an attribution: a party and state, an age, an aside.
_PARENTHESIS_RE = re.compile(r"\([^()]{0,40}\)")


def _quoted_as(tokens: list[str], *, after_quote: bool) -> list[str] | None:
    """The one whose words a paper or agency relays: "the newspaper quoted Qantas chief
    executive Geoff Dixon as saying" and "Dixon was quoted by The Australian as saying"
    are Dixon's, never the paper's nor a firm named in the phrase before him. None when
    the attribution is not of that form; [] when it names nobody ("quoted sources as
    saying"). After a quote the form must open the attribution; before one, its "as
    saying" must be the last speech verb before the quote."""
    if _RELAY_VERBS.isdisjoint(map(str.lower, tokens)):
        return None  # no relaying verb at all (most attributions): tested in C
    speech = words().speech
    spoken = [n for n, t in enumerate(tokens) if t.lower() in speech]
    if after_quote:
        ends = [n for n, t in enumerate(tokens) if t in {".", ";", "!", "?"}]
        spoken = [n for n in spoken[:1] if not ends or n < ends[0]]
    else:
        spoken = spoken[-1:]
    if not spoken:
        return None
    verb = spoken[0]
    if verb < 2 or not tokens[verb].lower().endswith("ing") or tokens[verb - 1].lower() != "as":
        return None
    relays = [n for n in range(max(verb - 14, 0), verb - 1) if tokens[n].lower() in _RELAY_VERBS]
    if not relays:
        return None
    relay = relays[-1]
    between = tokens[relay + 1 : verb - 1]
    if any(t in {",", ".", ";", ":", "(", ")"} for t in between):
        return None
    if between and between[0].lower() != "by":
        return between  # "the newspaper quoted Geoff Dixon as saying"
    if relay == 0 or tokens[relay - 1].lower() not in words()["passive"]:
        return None
    return _subject_tail(tokens[:relay])  # "Dixon was quoted (by the paper) as saying"


# Verbs by which one source relays another's words: "X quoted Y as saying".
_RELAY_VERBS = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"})


def _reported(before: str) -> bool:
    """Whether the quote's own clause already reports someone's words before it ("X had
    said the rules were “...”"), so an attribution after it only relays them; not a
    clause a comma closes ("When Sanders said ..., he “...,” said Heiserman")."""
    tokens = _WORD_RE.findall(_clause_break_re().split(before)[-1])
    speech = words().speech
    for n in range(len(tokens) - 1, 0, -1):
        if tokens[n] == ",":
            return False
        if tokens[n].lower() in speech and _reports_words(tokens, n):
            return bool(_speech_verb_subject(tokens[: n + 1]))
    return False


def _talking_clause(before: str) -> str | None:
    """The words after the subordinator when the quote sits inside a clause it opens, in
    which someone named, or "he" or "she", talks ("while Kerry spoke of “...”", "as Trump
    went on about “...”", "when Kerry said “...”"): no comma has closed that clause before
    the quote, so what comes after the quote is the main clause, not its attribution. A
    comma before "and" or "or" and the quote lists it with the quote before ("went on
    about “...,” and “...,”"). Not a clause in which nobody talks ("Because Kerry is
    “a liar,” Lavrov said": the words are Lavrov's)."""
    tokens = _WORD_RE.findall(_clause_break_re().split(before)[-1])
    subordinators = words()["quote_subordinators"]
    for n in range(len(tokens) - 1, -1, -1):
        if tokens[n] == "," and not (tokens[n + 1 :] and set(tokens[n + 1 :]) <= {"and", "or"}):
            return None
        if tokens[n].lower() in subordinators:
            clause = tokens[n + 1 :]
            if not _subject_and_verb(clause) or not _talks(clause):
                return None
            return " ".join(clause)
    return None


def _talks(tokens: list[str]) -> bool:
    """Whether a speech verb or one of words.toml's talk_verbs ("spoke", "went on") is
    among the words."""
    lowered = [t.lower() for t in tokens]
    if not words().speech.isdisjoint(lowered):
        return True
    pairs = {f"{a} {b}" for a, b in zip(lowered, lowered[1:], strict=False)}
    return not words()["talk_verbs"].isdisjoint({*lowered, *pairs})


def _subject_and_verb(tokens: list[str]) -> bool:
    """Whether the words open with a name or "he"/"she" and a verb after it: a lower-case
    word after the name's capitalised words that is no preposition, determiner or "and"
    ("Donald Trump went on", "she spoke"; not "the talks", "Kerry and Lavrov")."""
    if tokens[:1] and tokens[0].lower() in joined("male_pronouns", "female_pronouns"):
        rest = tokens[1:]
    else:
        n = 0
        while n < len(tokens) and tokens[n][:1].isupper():
            n += 1
        if n == 0:
            return False
        rest = tokens[n:]
    if not rest or not rest[0].isalpha() or not rest[0].islower():
        return False
    return rest[0] not in joined("object_prepositions", "determiners") | {"and", "or", "of"}


def _verb_after(tokens: list[str], roles: Collection[str] = frozenset()) -> int | None:
    """Where the speech verb of "“...,” X said" or "“...,” said X" is, if the text
    after the quote is an attribution at all; `roles` are the heads of the roles the
    story gives its people ("coach" for "coach Eddie O'Sullivan told")."""
    speech = words().speech
    k = 0
    while k < len(tokens) and tokens[k] in {",", "—", "–", "-"}:
        k += 1
    led = _role_led_verb(tokens, k, roles)
    if led is not None:
        return led
    for n in range(k, min(len(tokens), k + 20)):
        if tokens[n].lower() in speech:
            progressive = tokens[n - 1].lower() in words()["passive"] if n > k else False
            if tokens[n].lower().endswith("ing") and not progressive:
                return None  # "the “kind of problems” Sanders had answering questions"
            return n
        if _no_attribution(tokens, n, first=n == k):
            return None
    return None


def _role_led_verb(tokens: list[str], start: int, roles: Collection[str]) -> int | None:
    """Where the speech verb is when a role phrase leads the name before it: "“...,”
    festival director Geoffrey Gilmore said", "“...,” chairman and chief executive
    Richard Parsons said" (a role's words are lower case, and "and" may join two); a
    role the story itself gives someone counts as one ("coach Eddie O'Sullivan told")."""
    n = start
    while n < len(tokens) and n - start < 6 and tokens[n].isalpha() and tokens[n].islower():
        n += 1
    if n == start:
        return None
    if tokens[n - 1] not in joined("role_heads", "described") and tokens[n - 1] not in roles:
        return None  # (two look-ups: a union of the lists and the story's roles cost their size)
    if tokens[start] in words()["clause_words"] or tokens[start] in words().speech:
        return None  # "“...,” and chief executive X said" is a new clause
    name = n
    while n < len(tokens) and tokens[n][:1].isupper():
        n += 1
    while n < len(tokens) and _when_word(tokens[n]):
        n += 1
    if n == name or n >= len(tokens) or tokens[n].lower() not in words().speech:
        return None
    return n


def _no_attribution(tokens: list[str], n: int, *, first: bool) -> bool:
    """Whether tokens[n], before any speech verb, shows that the text after a quote is no
    attribution: a new clause ("“...” and said", "“...” to restore state"), a first word
    that no subject starts with, the sentence's end, or a comma that neither closes an
    apposition nor comes before the verb."""
    low = tokens[n].lower()
    if low in words()["clause_words"] or low == "to" or (first and not _subject_word(tokens[n])):
        return True
    if tokens[n] in {".", ";", ":", "!", "?"}:
        return True
    if tokens[n] != "," or first:
        return False
    closes = n + 1 < len(tokens) and tokens[n + 1].lower() in _speech_or_adverb()
    return not closes and not _apposition_follows(tokens, n)


def _subject_word(token: str) -> bool:
    """A word that may be part of a subject phrase or an apposition: a name, a role word,
    a determiner, a pronoun, an adverb ("Straw, the UK foreign secretary, also said"), a
    surname's particle ("de Blasio said")."""
    w = words()
    low = token.lower().removesuffix("’s").removesuffix("'s")
    return (
        token[:1].isupper()
        or low in w["particles"]
        or not token[:1].isalpha()
        or low in joined("role_heads", "role_modifiers", "described", "determiners")
        or low in joined("male_pronouns", "female_pronouns", "connectors")
        or low in words()["adverbs"]
        or low in w["name_modifiers"]
    )


def _apposition_follows(tokens: list[str], comma: int) -> bool:
    """ "Straw, the foreign secretary, said": a second comma closes an apposition."""
    for n in range(comma + 1, min(len(tokens), comma + 14)):
        if tokens[n] == ",":
            return n + 1 < len(tokens) and tokens[n + 1].lower() in _speech_or_adverb()
        if tokens[n] in {".", ";", ":"}:
            return False
    return False


def _resolve_after(tokens: list[str], verb: int, subjects: _Subjects) -> Actor | None:
    """The subject of "“...,” Straw said" or of "“...,” said Straw"; a phrase that opens
    with a preposition is the quote's complement, not a subject ("“A challenge” for
    Clinton, said Kunin": Kunin)."""
    start = 0
    while start < verb and tokens[start] in {",", "—", "–", "-"}:
        start += 1
    complement = tokens[start].lower() in words()["quote_prepositions"] | {"on", "in", "about"}
    if complement and tokens[verb - 1] == ",":
        start = verb
    if start == verb:  # "“...,” said Straw" / "said one resident, Olga Petrova"
        if tokens[verb].lower().endswith("ing"):
            return None  # "“...,” suggesting he might ...": the main clause's subject
        phrase = _inverted_subject(tokens[verb + 1 :])
        actor = _phrase_actor(phrase, subjects)
        rest = tokens[verb + 1 + len(phrase) :]
        if actor is None and rest[:1] == [","] and (_described(phrase) or _role_words(phrase)):
            # "said one resident, Olga Petrova", "said EEF chief economist, Steve Radley"
            actor = _phrase_actor(_inverted_subject(rest[1:]), subjects)
        return actor
    subject = _strip_apposition(tokens[start:verb])
    if "and" in subject:
        cut = len(subject) - subject[::-1].index("and")
        if _two_subjects(subject[:cut], subject[cut:]):
            return None  # "“...,” Blair and Brown said": two speakers
    return _phrase_actor(subject, subjects)


def _two_subjects(before: list[str], tail: list[str]) -> bool:
    """Whether a subject phrase is the second of two joined by "and" ("Blair and Brown"),
    not a name after a modifier that "and" joins ("Richard and Judy producer Amanda
    Ross")."""
    if before[-1:] != ["and"] or not tail or _and_in_modifier(tail):
        return False
    # both sides look like subjects: "Obama and Clinton", "The CMF (CMF) and the LCF";
    # not "Vice President for news and talk Dave Gorab", nor ", and Dayton says"
    first_ends = len(before) > 1 and (before[-2][:1].isupper() or before[-2] == ")")
    second_opens = tail[0][:1].isupper() or tail[0].lower() in words()["determiners"]
    return first_ends and second_opens and not _object_before(before[:-1])


def _fills_a_subordinate_clause(before: list[str], after: list[str]) -> bool:
    """ "While Iran insists on completing its reactor, “any proliferation concerns” ...":
    a speech verb in a clause that a subordinator opens ("while", "when"), whose own
    complement ("on completing ...") the comma before the quote closes, reports none of
    the quote; the main clause's verb does. ("As Obama said in a statement, “...”" reports
    it: an "as" clause of speech tells whose words follow; and "when he suggested that
    Clinton “should be ...”" does, the quote inside its "that" clause.)"""
    opener = before[-1].lower() if before else ""
    opens = opener in words()["quote_subordinators"] and opener != "as"
    return opens and after[-1:] == [","] and after[0].lower() in words()["object_prepositions"]


def _joined_to_an_object(before: list[str], tail: list[str]) -> bool:
    """ "spoke to protesters in Ukraine and Venezuela saying": before an -ing form, a name
    that "and" joins to a preposition's object is the second object, since a participle
    opens no clause of its own with a subject ("in Holland and Ferguson said" does: see
    _object_before); the one saying is the main clause's subject."""
    return before[-1:] == ["and"] and bool(tail) and _object_before(before[:-1])


def _object_before(first: list[str]) -> bool:
    """Whether the name that ends `first` comes right after a preposition ("training in
    Holland"): it is that preposition's object, no subject, so an "and" after it joins
    two clauses ("... in Holland and Ferguson said"), not two speakers. (After a verb
    it may open a clause of its own: "said Woolf and Falconer agreed"; and "of" and
    "for" may be a title's: "Secretary of State John Kerry and Sergei Lavrov said".)"""
    n = len(first)
    while n and first[n - 1][:1].isupper():
        n -= 1
    return 0 < n < len(first) and first[n - 1] in words()["object_prepositions"]


def _described(phrase: list[str], *, possessive: bool = False) -> bool:
    """ "one resident", "a spokesman for the UN" (and with `possessive`, "its chairman"):
    a description a name may follow."""
    w = words()
    openers = w["determiners"] | (w["possessives"] if possessive else frozenset())
    # "Clinton's campaign chairman, John Podesta, said": a name's possessive opens one too
    owner = possessive and bool(phrase) and _POSSESSIVE_END_RE.search(phrase[0]) is not None
    return (
        bool(phrase)
        and (phrase[0].lower() in openers or owner)
        and any(t.lower() in joined("described", "role_heads") for t in phrase)
    )


def _role_words(phrase: list[str]) -> bool:
    """ "EEF chief economist", "Acting Detective Chief Superintendent": a phrase that
    names an office, which an apposition may name the holder of."""
    return any(token.lower() in joined("described", "role_heads") for token in phrase)


def _is_name(tokens: list[str]) -> bool:
    """A short run of capitalised words ("Mick Deats")."""
    return 0 < len(tokens) <= 4 and all(token[:1].isupper() for token in tokens)


def _inverted_subject(tokens: list[str]) -> list[str]:
    """ "said Sen. Ted Cruz (R-Texas), who ...": the words up to a break, or up to a
    clause of its own ("said Dan Golvach when asked about Lindsey Graham")."""
    out = []
    stops = {"in", "on", "at", "who", *words()["clause_words"], *words()["quote_subordinators"]}
    for n, token in enumerate(tokens):
        if token == "and" and _and_in_modifier(tokens[n + 1 :]):
            out.append(token)  # "said Richard and Judy executive producer Amanda Ross"
            continue
        if token in {",", ".", ";", ":", "(", "!", "?"} or token.lower() in stops:
            break
        named = any(t[:1].isupper() for t in out)  # not "said secretary of state Clinton"
        if named and token.islower() and token in words().speech:
            break  # "“...,” state Sen. Jason Holsman said": the verb comes after the name
        if named and (token in joined("adverbs", "time_words", "after_name_adverbs")):
            break  # "said Williams afterwards", "said Mr Clark yesterday"
        out.append(token)
    return out


def _and_in_modifier(rest: list[str]) -> bool:
    """Whether "and" joins two names that modify a role and a name after it ("Richard
    and Judy executive producer Amanda Ross"), not two speakers ("Blair and Brown")."""
    roles = joined("role_heads", "role_modifiers", "described")
    for n, token in enumerate(rest[:6]):
        if token.islower():
            return token in roles and n > 0 and any(t[:1].isupper() for t in rest[n + 1 :])
    return False


def _strip_apposition(tokens: list[str]) -> list[str]:
    """ "Straw , the foreign secretary ," -> "Straw"; trailing adverbs go too."""
    if "," in tokens:
        tokens = tokens[: tokens.index(",")]
    while tokens and _when_word(tokens[-1]):
        tokens = tokens[:-1]
    return tokens


@cache
def _clause_break_re() -> re.Pattern[str]:
    """A clause that ends before the quote ("..., but critics called it “...”"): a
    semicolon, a dash, ", but", or a full stop, which the stop of a title written short
    is not ("behind Sen. Ted Cruz ..., saying")."""
    w = words()
    short = sorted(w["title_abbreviations"] | w["honorifics"] | w["generations"] | {"st"})
    titles = "".join(rf"(?<!\b{re.escape(t.capitalize())}\.)" for t in short)
    # Every branch opens with a literal, so that the search skips to those characters
    # (the look-behinds come after the stop: with a look-ahead first, 25% slower).
    return re.compile(rf";|—|–|,\s+(?:but|while|whereas|although|though)\b|\.{titles}\s")


def _resolve_before(before: str, subjects: _Subjects) -> Actor | None:
    """ "Straw said: “...”", "Straw said the plan was “a disaster”", "according to
    Straw, “...”", "Straw: “...”", and "Carson named nobody, but told them, “...”",
    where the verb after ", but" shares the first clause's subject, as the words after
    ", but" share the first clause's speech verb when they have none."""
    clauses = _clause_break_re().split(before)
    clause = clauses[-1]
    tokens = _WORD_RE.findall(clause)
    inner = _inner_speech(tokens) or _claim_author(tokens) or _quoted_as(tokens, after_quote=False)
    if inner is not None:
        return _phrase_actor(inner, subjects)
    phrase = _speech_verb_subject(tokens)
    if phrase == [] and len(clauses) > 1 and _BUT_RE.search(before):
        phrase = _opening_subject(_WORD_RE.findall(clauses[-2]))
    elif phrase is None and len(clauses) > 1 and _BUT_RE.search(before):
        # "Hewitt said the cost was being evaluated, but it was a “shared goal”": a
        # clause with no speech verb of its own goes on with the words reported before
        phrase = _speech_verb_subject(_WORD_RE.findall(clauses[-2])) or None
    if phrase is None:
        phrase = _colon_subject(clause, tokens)
    return _phrase_actor(phrase, subjects) if phrase is not None else None


_BUT_RE = re.compile(r",\s+but\s+[^;—–]*$")


def _described_speaker(phrase: list[str] | None) -> bool:
    """Whether someone the text describes and does not name speaks in the sentence ("one
    dealer, who asked not to be named, told Reuters"): a later "he said" may be them.
    `phrase` is the sentence's _spoken_subject."""
    return phrase is not None and phrase[:1] != [] and phrase[0].lower() in words()["determiners"]


def _other_subject_opens(sentence: str, at: int) -> bool:
    """Whether a plural pronoun ("They", "We") is the sentence's subject before the first
    person it names: that person is then an object."""
    opening = _WORD_RE.search(sentence)
    return (
        opening is not None
        and opening.end() <= at
        and opening.group().lower() in words()["other_subject_pronouns"]
    )


def _claim_author(tokens: list[str]) -> list[str] | None:
    """The author of a claim whose words the quote is, when the claim is given as "a
    claim by Peter Hain that ..." or "Hain's claim that ..." and no speech verb comes
    between it and the quote: whoever "said" the sentence only reports Hain's words.
    Not when a second finite verb shows the claim's clause has ended ("Rubio's claim that
    Cruz is in favour ... is “simply not true”": the words of whoever said that)."""
    if "that" not in map(str.lower, tokens):
        return None  # no "that" for a claim to lead up to (most clauses): tested in C
    w = words()
    finite = (w["auxiliaries"] | w["passive"]) - {"be", "been", "being"}
    verbs = 0
    for n in range(len(tokens) - 1, 0, -1):
        low = tokens[n].lower()
        if low in w.speech:
            return None
        verbs += low in finite
        if low != "that":
            continue
        if verbs > 1:
            return None
        k = n - 1
        while k >= 0 and tokens[k][:1].isupper():
            k -= 1
        name = tokens[k + 1 : n]
        if name and k >= 1 and tokens[k].lower() == "by" and _saying_noun(tokens[k - 1]):
            return name  # "a claim by Peter Hain that"
        owner = _POSSESSIVE_END_RE.search(tokens[n - 2]) if n >= 2 else None
        if owner is not None and tokens[n - 2][:1].isupper() and _saying_noun(tokens[n - 1]):
            return [tokens[n - 2][: owner.start() + 1]]  # "Hain's claim that"
        return None
    return None


def _inner_speech(tokens: list[str]) -> list[str] | None:
    """The name whose words a quote is when a possessive and a noun of saying or writing
    lead up to it through "of", "that" and the like ("Fitton called Clinton's assertion
    of a “claim of right”": Clinton's words, which Fitton only names); None when no such
    noun comes before it."""
    for n in range(len(tokens) - 3, max(len(tokens) - 6, 0) - 1, -1):
        between = [t.lower() for t in tokens[n + 2 :]]
        if any(t not in words()["leading_up"] for t in between):
            return None  # "Ginsburg's comments “show bias”": the quote is no noun's content
        owner = _POSSESSIVE_END_RE.search(tokens[n])
        if owner is not None and tokens[n][:1].isupper() and _saying_noun(tokens[n + 1]):
            name = [tokens[n][: owner.start() + 1]]
            for token in reversed(tokens[:n]):
                if not token[:1].isupper() or token in {"A", "An", "The"}:
                    break
                name.insert(0, token)
            return name
    return None


# Words that may stand between a noun of saying and the words it names ("as" and "to"
# lead to someone else's label: "denounced Trump's remarks as “hurtful”").


def _saying_noun(token: str) -> bool:
    """ "e-mail", "claim", "remarks", "assertion", "statement": a noun for words someone
    said or wrote (a writing, a speech verb's own form, or its -ion/-ment noun)."""
    w = words()
    low = token.lower()
    if low in w["writings"] or low in w.speech:
        return True
    stem = re.sub(r"(?:ation|ion|ment)s?$", "", low)
    return stem != low and (stem in w.speech or f"{stem}e" in w.speech)


def _opening_subject(tokens: list[str]) -> list[str]:
    """The name phrase a clause opens with ("Carson did not ..."), if it opens with one,
    past a fronted phrase that a comma closes ("Here in Columbia, Sanders ...", "When
    asked, Carson ..."); not "When ...", "In ..." without one."""
    fronted = joined("quote_subordinators", "fronted_prepositions") | {"here", "there"}
    while tokens:  # "On Thursday, after remaining neutral, Warren ..."
        opener = tokens[0].lower()
        adverb = (
            opener in joined("adverbs", "time_words") | {"meanwhile", "now"} and "," in tokens[:6]
        )
        if not ((opener in fronted and "," in tokens) or adverb):
            break
        tokens = tokens[tokens.index(",") + 1 :]  # "Later on Sunday, Carson ..."
    out: list[str] = []
    for token in tokens:
        low = token.lower()
        if not _subject_word(token) or low in joined("quote_subordinators", "fronted_prepositions"):
            break
        if low in words()["adverbs"] or token in {",", ".", ";", ":", "(", ")"}:
            break
        out.append(token)
    return out


_DASHES = frozenset({"-", "–", "—"})


def _dashes_as_commas(tokens: list[str]) -> list[str]:
    """ "Lord Bingham - a senior law lord - said": an aside between dashes that ends the
    words before a speech verb is an apposition, as it is between commas."""
    if tokens[-1:] and tokens[-1] in _DASHES:
        opening = [k for k, token in enumerate(tokens[:-1]) if token in _DASHES]
        if opening:
            return [*tokens[: opening[-1]], ",", *tokens[opening[-1] + 1 : -1], ","]
    return tokens


def _without_parenthesis(tokens: list[str]) -> list[str]:
    """The words before a speech verb less a parenthesis that ends them, and its comma:
    "Gov. John Kasich (R-OH), said" is Kasich's "said"; the comma stays when it closes
    an apposition ("Jeff Bechdel, chairman of America Rising (a PAC), tweeted")."""
    end = len(tokens) - (tokens[-1:] == [","])
    if not end or tokens[end - 1] != ")" or "(" not in tokens[:end]:
        return tokens
    opening = max(k for k in range(end) if tokens[k] == "(")
    if not opening:
        return tokens
    kept = tokens[:opening]
    if end == len(tokens) or "," not in kept:
        return kept
    last = len(kept) - kept[::-1].index(",")  # after the last comma
    apposition = last < len(kept) and kept[last][:1].islower()  # ", chairman of ... ("
    return [*kept, ","] if apposition else kept


def _speech_verb_subject(tokens: list[str]) -> list[str] | None:
    """The subject phrase of the last speech verb that reports words ("Straw, the foreign
    secretary, said": "Straw") or of "according to"; None when no verb reports any, or
    when the one that does cannot be settled."""
    found = _reporting_verb(tokens)
    if isinstance(found, _Reported):
        return found.subject
    if found is not None:
        return _subject_of_verb(tokens, found)
    return _participle_subject(tokens)


def _spoken_subject(text: str) -> list[str] | None:
    """_speech_verb_subject of a whole sentence. Every way it finds a subject needs a
    speech verb or "according": a sentence without either (most) is not tokenised."""
    if not may_speak(text) and "according" not in text.lower():
        return None
    return _speech_verb_subject(_WORD_RE.findall(text))


class _Reported(NamedTuple):
    """What the walk back to a speech verb settled without one: a subject phrase, [] for
    nobody, or None for unsettled."""

    subject: list[str] | None


def _reporting_verb(tokens: list[str]) -> int | _Reported | None:
    """Walking back from the quote: where the speech verb that reports it is, or what was
    settled on the way ("according to X", "have her ask,", "when Clinton ended ...,
    remarking", "X ... and said" with no verb before)."""
    speech = words().speech
    lowered = list(map(str.lower, tokens))
    if speech.isdisjoint(lowered) and "according" not in lowered:
        return None  # nothing to stop at on the way back: tested in C
    participle: int | None = None  # a ", saying" passed on the way back
    coordinated = False  # an "and said" passed on the way back
    trailing = len(tokens)  # where the punctuation right before the quote starts
    while trailing and tokens[trailing - 1] in {",", ":"}:
        trailing -= 1
    # a speech verb in a subordinate clause that opens the words reports none of the quote
    # ("When Roe asked Doe about it, Doe smiled and said, “...”": Doe's)
    fronted = _fronted_clause_end(lowered, trailing)
    for n in range(len(tokens) - 1, -1, -1):
        low = lowered[n]
        if low == "according" and n + 1 < len(tokens) and tokens[n + 1].lower() == "to":
            return _Reported(_inverted_subject(tokens[n + 2 :]))
        if low not in speech:
            continue
        if n > 0:
            if tokens[n - 1] == "," and low.endswith("ing"):
                participle = n if participle is None else participle
            if n + 1 >= trailing and tokens[n].islower() and _is_noun(tokens[n - 1]):
                return _Reported(None)  # "only to have her ask, “...”": unsettled
            coordinated = coordinated or tokens[n - 1].lower() in {"and", "but"}
        if n < fronted:
            continue
        if _reports_words(tokens, n):
            if participle is not None and _clause_between(tokens[n + 1 : participle]):
                return _Reported(None)  # "He tweeted when Clinton ended it, remarking"
            return n
    first = _participle_at(tokens)
    if coordinated and (first is None or not tokens[first].lower().endswith("ing")):
        return _Reported(_coordinated_subject(tokens, fronted))
    return None


def _fronted_clause_end(lowered: list[str], trailing: int) -> int:
    """Where a subordinate clause that opens the words ends: at its first comma, when a
    main clause with a speech verb of its own follows it before `trailing` (0 when no
    such clause opens them). Its subject asks or says something else ("When Davis asked
    Cosby what ..., Cosby shook his head and said"): the main clause's verb reports the
    quote. ("As Obama said in a statement, “...”" reports it: an "as" clause of speech
    tells whose words follow.) A comma inside the clause ("When Roe, the senator,
    asked") ends it too early, so a verb after it is left to the main clause."""
    opener = lowered[0] if lowered else ""
    if opener == "as" or opener not in words()["quote_subordinators"] or "," not in lowered:
        return 0
    comma = lowered.index(",")
    # the main clause has its own speech verb: else the quote is the fronted clause's
    # ("When Jones said on March 3, 2020, that the plan was “dead”, Smith laughed")
    speech = words().speech
    return comma if any(w in speech for w in lowered[comma + 1 : trailing]) else 0


def _subject_of_verb(tokens: list[str], verb: int) -> list[str]:
    """The subject phrase before the speech verb at tokens[verb], past a parenthesis and
    an apposition ("Straw, the foreign secretary, said"); [] when there is none."""
    before = _without_parenthesis(_dashes_as_commas(tokens[:verb]))  # "Gov. X (R-OH), said"
    apposed = before[-1:] == [","]
    head = _before_apposition(before) if apposed else before
    apposition = before[len(head) + 1 : -1]
    role = _subject_tail(head)
    if apposed and (
        _described(role, possessive=True) or (_role_words(role) and _is_name(apposition))
    ):
        # "Its chairman, Stephen Faloon-Reid, said", "The head of the unit, Chief
        # Superintendent, Mick Deats, said": the apposition names the one described
        head = apposition
    tail = _subject_tail(head)
    if _fills_a_subordinate_clause(head[: len(head) - len(tail)], tokens[verb + 1 :]):
        return []  # "While Iran insists on completing ..., “any ...” ... he was quoted as saying"
    if not apposed and tokens[verb + 1 : verb + 2] != [","]:
        # ("Clinton, a top aide said, “is very confident”": a tag set inside the clause)
        tail = _unclosed_apposition(head, tail)
    if tokens[verb].lower().endswith("ing"):
        if _joined_to_an_object(head[: len(head) - len(tail)], tail):
            return []  # "spoke to protesters in Ukraine and Venezuela saying": the object's
        tail = _gerund_subject(tail)
    if tokens[verb].lower().endswith("ing") and tail and tail[-1].lower() in words()["writings"]:
        return []  # "Trump's tweet saying ... meant that": no main verb's subject
    if _two_subjects(head[: len(head) - len(tail)], tail):
        return []  # "The CMF and the LCF said": two speakers, not the second
    return tail


def _gerund_subject(tail: list[str]) -> list[str]:
    """ "an account of Clinton telling one agent", "reminds me of Lincoln saying": the
    subject of an -ing form is the name right before it, even as the object of "of"."""
    n = len(tail)
    while n and tail[n - 1][:1].isupper():
        n -= 1
    if 0 < n < len(tail) and tail[n - 1].lower() in {"of", "by", "from", "at", "for"}:
        return tail[n:]
    return tail


def _unclosed_apposition(head: list[str], tail: list[str]) -> list[str]:
    """ "Lt. Col. Peter Vance, a Pentagon spokesman says": web copy often drops the comma
    that closes an apposition, and an indefinite description right after a name that opens
    the clause describes that name, so the name is the subject (the tail otherwise)."""
    name = head[: len(head) - len(tail) - 1]
    if not tail or head[len(name) : len(name) + 1] != [","] or not name:
        return tail
    if tail[0].lower() not in words()["indefinites"] or not _role_words(tail):
        return tail
    return name if all(_capitalised(token) for token in name) and len(name) <= 6 else tail


def _participle_at(tokens: list[str]) -> int | None:
    """Where the first ", saying" of a clause is."""
    speech = words().speech
    return next(
        (n for n, t in enumerate(tokens[1:], 1) if tokens[n - 1] == "," and t.lower() in speech),
        None,
    )


def _participle_subject(tokens: list[str]) -> list[str] | None:
    """ "Mr Howard branded the decision unacceptable, saying:": the clause's subject; None
    when another subject's clause comes between ("Trump spoke after Clinton ended the
    debate, saying")."""
    participle = _participle_at(tokens)
    if participle is None or not tokens[participle].lower().endswith("ing"):
        return None
    subject = _opening_subject(tokens[:participle])
    if _clause_between(tokens[len(subject) + 1 : participle]):
        return None
    return subject or None


def _coordinated_subject(tokens: list[str], fronted: int) -> list[str] | None:
    """ "Trump called on her to resign and said, “...”": the clause's own subject, if a
    verb follows it ("The Rove ad hits ... and claims": the ad's, not Rove's). After a
    fronted subordinate clause (ending at `fronted`, see _fronted_clause_end) the clause is
    the main one, past the comma that closes it ("When Davis asked Cosby ..., Cosby shook
    his head and said": Cosby)."""
    if fronted and tokens[fronted + 1 : fronted + 2] and tokens[fronted + 1][:1].isupper():
        tokens = tokens[fronted + 1 :]  # (a pronoun there is read as before: the clause's)
    subject = _opening_subject(tokens)
    at = tokens.index(subject[-1]) + 1 if subject else 0
    return subject if subject and at < len(tokens) and _verb_like(tokens[at]) else None


def _verb_like(token: str) -> bool:
    """A word that may follow a subject: an auxiliary or adverb ("only", "quickly"), a
    speech verb, an irregular past or a regular form ("called", "rails"); not a noun such
    as "ad"."""
    w = words()
    low = token.lower()
    if not token.islower():
        return False
    return (
        low
        in words()["adverbs"]
        | words()["auxiliaries"]
        | words()["passive"]
        | {"only", "just", "even", "never", "not"}
        or low in w.speech
        or low in w.irregular
        or low.endswith(("s", "ed", "ly"))
    )


def _clause_between(tokens: list[str]) -> bool:
    """Whether a clause with a named subject of its own ("when Clinton ended ...") lies
    between a verb and a participle that may then belong to either subject."""
    return any(
        token.lower() in words()["quote_subordinators"]
        and tokens[k + 1 : k + 2] != []
        and tokens[k + 1][:1].isupper()
        for k, token in enumerate(tokens)
    )


def _reports_words(tokens: list[str], verb: int) -> bool:
    """Whether the speech verb at tokens[verb] reports the words that follow, with its
    subject before it. Not after "and" or "but" ("Psaki called it “...” and said", "she
    conceded there were “...” but said": the subject comes before), not a noun
    ("Rubio's claim that", "her call to": see _is_noun), not "called for" or "will
    continue to be" (see _no_speech), not a passive ("was told"), and not "..., arguing
    that", whose subject is the main clause's."""
    if verb > 0 and (tokens[verb - 1].lower() in {"and", "but"} or _is_noun(tokens[verb - 1])):
        return False
    if _no_speech(tokens, verb):
        return False
    passive = not tokens[verb].lower().endswith("ing")  # "is saying" is no passive
    if passive and _after_passive_auxiliary(tokens, verb):
        return False  # "the cost was being evaluated", "he was told": no subject speaks
    return not (verb > 0 and tokens[verb - 1] == "," and tokens[verb].lower().endswith("ing"))


def _after_passive_auxiliary(tokens: list[str], verb: int) -> bool:
    """ "was told", "was also asked", "were repeatedly asked": a passive, past any adverb,
    whose subject is the one spoken to; the words are the asker's, not theirs."""
    n = verb - 1
    while n > 0 and tokens[n].lower() in words()["adverbs"] | {"not", "never"}:
        n -= 1
    return n >= 0 and tokens[n].lower() in words()["passive"]


def _is_noun(before: str) -> bool:
    """Whether the word before a speech verb's form makes it a noun: a possessive or a
    determiner ("Clinton's call", "his claim", "a report") is no verb's subject."""
    low = before.lower()
    return bool(_POSSESSIVE_END_RE.search(before)) or low in joined("possessives", "determiners")


def _colon_subject(clause: str, tokens: list[str]) -> list[str] | None:
    """ "Straw: “...”": a short clause that ends in a colon after a subject phrase (not
    "on CNN: “...”", where a preposition shows it is none)."""
    head = _without_parenthesis(tokens[:-1])  # "Rep. Trey Gowdy (R-S.C.):"
    if not clause.rstrip().endswith(":") or len(head) > 7:
        return None
    phrase = _subject_tail(head)
    if all(
        _subject_word(t) and t.lower() not in words()["quote_prepositions"] | {"on", "in"}
        for t in phrase
    ):
        return phrase
    return None


def _no_speech(tokens: list[str], verb: int) -> bool:
    """ "called for a ban", "asked for", "continue to be", "is said to be": a speech verb
    that reports no words here ("said on Friday", "said to reporters" and "wrote to the
    Times" do)."""
    after = [t.lower() for t in tokens[verb + 1 : verb + 3]]
    if tokens[verb].lower().startswith("agree") and after[:1] == ["with"]:
        return True  # "X agreed with his view that “...”": the view's words, not X's
    if tokens[verb].lower().startswith("call") and _summons(tokens[verb + 1 : verb + 7]):
        return True  # "Trump called LeVell onto the stage": a summons, no words
    phrasal = tokens[verb].lower().startswith(("call", "ask", "plead", "argu"))
    if phrasal and after[:1] in (["for"], ["on"], ["off"], ["up"]):
        # "argued for the second time that “...”" reports words all the same
        return "that" not in (t.lower() for t in tokens[verb + 2 :])
    if after[:1] != ["to"] or len(after) < 2:
        return False
    addressee = joined("determiners", "male_pronouns", "female_pronouns") | {"them", "us"}
    return after[1] not in addressee and not tokens[verb + 2][:1].isupper()


def _summons(rest: list[str]) -> bool:
    """Whether the words after "call" are an object and a preposition of place ("LeVell
    onto the stage", "him to the podium", "reporters into his office"): someone called
    somewhere, which reports no words (unlike "called him a liar")."""
    n = 0
    while n < len(rest) and n < 4 and (_name_word(rest[n]) or rest[n].isalpha()):
        if rest[n].lower() in _PLACE_PREPOSITIONS:
            break
        n += 1
    if n == 0 or n >= len(rest) or rest[n].lower() not in _PLACE_PREPOSITIONS:
        return False
    return rest[n].lower() != "to" or rest[n + 1 : n + 2] in (["the"], ["his"], ["her"])


_PLACE_PREPOSITIONS = frozenset({"onto", "into", "to", "up", "back", "forward", "over", "down"})


def _before_apposition(tokens: list[str]) -> list[str]:
    """The words before the apposition that ends at tokens[-1] (a comma)."""
    commas = [k for k, t in enumerate(tokens[:-1]) if t == ","]
    return tokens[: commas[-1]] if commas else []


def _when_word(token: str) -> bool:
    """An adverb or a time between a subject and its verb ("Priebus later Thursday told",
    "Trump on Monday said")."""
    return token in joined("adverbs", "time_words") or token in _WEEKDAYS  # not "May", "Early"


_WEEKDAYS = frozenset(calendar.day_name)


def _subject_tail(tokens: list[str]) -> list[str]:
    """The noun phrase that ends just before a verb, less any adverb or time between. A
    relative clause in it is no part of its head: in "The barrister who had represented
    Mr Martin had said" the one speaking is the barrister, never Martin."""
    while tokens and (_when_word(tokens[-1]) or tokens[-1].lower() in words()["passive"]):
        tokens = tokens[:-1]  # "Straw later said", "She is noting"
    out: list[str] = []
    for token in reversed(tokens):
        if token in {",", ".", ";", ":", "(", ")", "“", "”", '"'}:
            break
        if token.lower() in {"that", "and", "but", "when", "as", "if", "because", "while"}:
            break
        if token.lower() in words()["quote_relatives"]:
            out = []  # the head comes before the relative pronoun
            continue
        out.append(token)
        if len(out) >= 8:
            break
    return list(reversed(out))


def _phrase_actor(phrase: list[str], subjects: _Subjects) -> Actor | None:
    """The actor a subject phrase names: a pronoun, or an actor that is its head (the
    phrase ends with it). Anything else ("a statement", "a Straw aide") settles nothing."""
    if not phrase:
        return None
    w = words()
    if phrase[-1].lower() in w["writings"]:
        phrase = _writer(phrase)  # "Campbell's (second) e-mail said": Campbell wrote it
    if len(phrase) == 1 and phrase[0].lower() in joined("male_pronouns", "female_pronouns"):
        return subjects.pronoun(phrase[0].lower())
    body = subjects.index.body(phrase)
    recent = (*subjects.texts[-_LOOK_BACK:], subjects.nearby)
    if body is not None and any(body.name in text for text in recent):
        return body  # "“...,” the forum said" just after "The Northern Governors Forum"
    firm = subjects.index.firm(phrase, (*subjects.texts[-PRONOUN_REACH:], subjects.nearby))
    if firm is not None:
        return firm  # "“...,” the company said" just after "Lycos Europe has ..."
    spoken_for = _spoken_for(phrase, subjects.index)
    if spoken_for is not None:
        return spoken_for  # "said a Honda spokesman": Honda's words
    text = " ".join(phrase)
    described = phrase[0].lower() in w["determiners"]
    last = modified = None
    for start, end, actor in subjects.index.find(text):
        before = text[:start].split()
        if _other_given_name(text[start:end], actor, before):
            continue  # "said German Ortega" is not Freddy Ortega
        if text[end:].strip(" .’'s") != "":
            if actor.kind == "person" and _POST_MODIFIER_RE.match(text, end):
                modified = actor  # "analyst Orin Middleton of Barclays Capital"
            continue
        if described and set(text[:start].lower().split()) & words()["quote_prepositions"]:
            continue  # "a spokesman for Gordon Brown": Brown is not the one speaking
        if _after_post_modifier(before):
            continue  # "Patrick Murray of Christie": Christie is what he spoke of
        if before and _verb_form(before[-1]):
            continue  # "White America embracing Obama": Obama is an object
        if actor.kind == "country" and before and before[-1][:1].isupper():
            continue  # "Health Canada", "Air Canada": a body named after the country
        if actor.kind == "organisation" and _verb_before(before):
            continue  # "The sale has destroyed Yukos", "Mr Hockney left UKIP saying": objects
        last = actor
    if last is not None and len(phrase) == 1 and not _gender_fits(last, phrase[0], subjects):
        return None  # "Clinton said as he introduced his wife": not Hillary Clinton
    if last or modified:
        return last or modified
    described_one = subjects.index.described(text)
    if described_one is not None or subjects.named_nearby():
        return described_one
    return subjects.epithet(text, subjects.sentences + 1)


def _gender_fits(actor: Actor, surname: str, subjects: _Subjects) -> bool:
    """Whether the person a bare surname was read as fits the gender its own clause gives
    it: "Clinton said as he introduced his wife" is not Hillary Clinton, however often
    the story calls her "Clinton" (her husband may be named only as "Bill"). The subject
    of a clause of time right after the speech verb ("said as he", "said while she") is
    the speaker's. That of what was said ("said he was proud of his wife") may be
    someone else's ("Trump said she should be in jail"), so it tells only where two
    people of the story share the surname. The text does not say who is meant then, so
    nobody is."""
    if actor.kind != "person":
        return True
    given = gender(actor.name.split()[0].lower())
    if given not in SURE:
        return True
    found = _said_pronoun_re().search(subjects.nearby)
    if found is None or found.group("surname") != surname:
        return True
    if found.group("time") is None and surname not in subjects.index.shared:
        return True  # "Trump said she “should be in jail”": someone else
    said = "male" if found.group("pronoun").lower() in words()["male_pronouns"] else "female"
    return said == given


@cache
def _said_pronoun_re() -> re.Pattern[str]:
    """A surname, its speech verb and a pronoun subject right after it: of a clause of
    time ("Clinton said as he", "said while she") or of what was said ("said he",
    "said that she")."""
    speech = alternation(w for w in words().speech if " " not in w)
    pronouns = alternation(words()["quote_pronouns"])
    return re.compile(
        rf"\b(?P<surname>[A-Z][\w’'-]*),? (?:{speech}),? (?:(?P<time>as|while|when) |that )?"
        rf"(?P<pronoun>{pronouns})\b"
    )


def _spoken_for(phrase: list[str], index: _ActorIndex) -> Actor | None:
    """The organisation whose spokesperson a phrase describes ("a Honda spokesman", "a
    spokeswoman for the Information Commissioner's Office"): a spokesperson's words are
    given in the organisation's name, and the unnamed person is no actor, so the words
    are the organisation's. Only when the organisation's name is the whole of what the
    noun is for: "a spokesman for Gordon Brown" (a person) and "a Honda UK spokesman"
    (another body) settle nothing."""
    if len(phrase) < 3 or phrase[0].lower() not in words()["determiners"]:
        return None
    low = [token.lower() for token in phrase]
    spokespeople = words()["spokespeople"]
    spokes = [n for n, token in enumerate(low) if token in spokespeople]
    if len(spokes) != 1:
        return None
    at = spokes[0]
    if at == len(phrase) - 1:
        name = phrase[1:at]  # "a Honda spokesman"
    elif low[at + 1] in {"for", "at"}:
        name = phrase[at + 2 :]  # "a spokesman for Honda"
    else:
        return None
    if name[:1] and name[0].lower() == "the":
        name = name[1:]
    text = " ".join(name)
    whole = [
        actor
        for start, end, actor in index.find(text)
        if start == 0 and end == len(text) and actor.kind == "organisation"
    ]
    return whole[0] if len(whole) == 1 else None


# "Orin Middleton of Barclays Capital", "Alex McLeish of Novo's punishment": a phrase after
# a name that says where they are from or what they spoke of; the name is the head.
_POST_MODIFIER_RE = re.compile(r"\s+(?:of|from|at)\s+\S")


def _verb_before(before: list[str]) -> bool:
    """A lower-case word other than a determiner before a body's name in a subject
    phrase: an auxiliary or a verb, whose object the body is."""
    allowed = words()["determiners"] | words()["articles"]
    return any(word.islower() and word not in allowed for word in before)


def _after_post_modifier(before: list[str]) -> bool:
    """Whether a name is the object of a preposition in a phrase whose head comes before
    it: of "of"/"from"/"at" after another name ("Patrick Murray of Christie", "Tom Harlow
    of the United Kingdom": an article between changes nothing), or of "of"/"by" after a
    noun or a participle ("a website run by supporters of Tavassoli"; "at" after a word
    in lower case may be a verb's: "might do better at"); not a role's ("Secretary of
    State John Kerry")."""
    while len(before) > 2 and before[-1].lower() in words()["articles"]:
        before = before[:-1]
    if len(before) < 2 or before[-1] not in {"of", "from", "at", "by"}:
        return False
    word = before[-2].lower().rstrip(".,")
    if not word.isalpha() or word in joined("role_heads", "role_modifiers"):
        return False
    return before[-2][:1].isupper() or before[-1] in {"of", "by"}


def _other_given_name(form: str, actor: Actor, before: list[str]) -> bool:
    """Whether a surname is written after a capitalised word that is no role, title or
    modifier and not the actor's own given name: "German Ortega" names someone else than
    the story's Freddy Ortega."""
    parts = actor.name.split()
    if actor.kind != "person" or form == actor.name or len(parts) < 2 or not before:
        return False
    word = before[-1]
    low = word.lower().rstrip(".")
    titles = joined("role_heads", "role_modifiers", "honorifics", "title_abbreviations")
    if not word[:1].isupper() or not word.isalpha() or low in titles or low in _not_given():
        return False
    return word not in parts and low not in words()["name_modifiers"] and word not in _CALENDAR


@cache
def _not_given() -> frozenset[str]:
    """Capitalised words that open a sentence or a clause, never a given name ("But Ortega")."""
    return joined(
        "quote_subordinators",
        "fronted_prepositions",
        "clause_words",
        "adverbs",
        "time_words",
        "sentence_openers",
    )


def _writer(phrase: list[str]) -> list[str]:
    """The phrase that names whose writing it is ("Campbell's second e-mail" ->
    "Campbell"), or the phrase itself when no possessive name stands before the noun."""
    for k in range(len(phrase) - 2, -1, -1):
        writer = _POSSESSIVE_END_RE.search(phrase[k])
        if writer is not None:
            return [*phrase[:k], phrase[k][: writer.start() + 1]]
        if not phrase[k].islower():
            break
    return phrase


def _verb_form(token: str) -> bool:
    """A lower-case participle that no role or description is ("embracing", not
    "ranking"): a name right after it in a subject phrase is that verb's object."""
    return token.islower() and token.endswith("ing") and not _subject_word(token)


def _leads_in(para: _Paragraph, subjects: _Subjects) -> Actor | None:
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
    return _resolve_before(para.blank[a:b], subjects)


def _reports_last(para: _Paragraph, subjects: _Subjects) -> Actor | None:
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
    tokens = [t.lower() for t in _WORD_RE.findall(para.blank[a:b])]
    speech = words().speech
    spoken = [t for t in tokens if t in speech]
    if len(spoken) != 1 or spoken[0] not in _attributing():
        return None  # "CNN reported that Petraeus testifies ...": whose words go on?
    return _resolve_before(para.blank[a:b].rstrip(" ."), subjects)


def _lead_in(para: _Paragraph, lo: int, subjects: _Subjects) -> Actor | None:
    """The speaker of a quote that opens its sentence, from an attribution in the sentence
    before ("She added that ..."), provided that sentence holds no quote of its own."""
    before = bisect.bisect_left(para.ends, lo) - 1  # the last sentence that ends before lo
    if before < 0:
        return None
    a, b = para.offsets[before]
    first_quote = bisect.bisect_left(para.quote_starts, a)
    if first_quote < len(para.quote_starts) and para.quote_starts[first_quote] < b:
        return None
    return _resolve_before(para.blank[a:b].rstrip(" ."), subjects)


def _phrase_head(phrase: Sequence[str]) -> str:
    """A lower-case noun phrase's head: the word before its first preposition ("mayor of
    Hale", "plaintiff in the lawsuit"), else its last word ("Tory leader")."""
    prepositions = words()["role_prepositions"]
    at = next((n for n in range(1, len(phrase)) if phrase[n] in prepositions), len(phrase))
    return phrase[at - 1]


class _ActorIndex(NamedTuple):
    """Every surface form of the actors in one Aho-Corasick automaton, so finding who is
    named in a sentence costs one scan, not one per actor (a daily brief has thousands)."""

    matcher: PhraseMatcher[Actor]
    # "the forum" for the story's one organisation whose name ends in "Forum"
    bodies: dict[str, Actor | None]
    # the story's people by the head of their role, each with the role's words: "the Tory
    # leader" when the text gives one of them that role (looked up by head, not by a walk
    # over thousands of people)
    roles: dict[str, list[tuple[Actor, frozenset[str]]]]
    # the story's organisations, for "the company said" after one of them is named
    firms: tuple[Actor, ...]
    # a surname two or more of the story's people share and no one of them holds alone
    # ("Cheney" with Liz and Dick Cheney): each of its holders
    namesakes: dict[str, tuple[Actor, ...]]
    # every surname two or more of the story's people share ("Clinton" with Bill and
    # Hillary Clinton both named in full), whoever the bare surname is taken for
    shared: frozenset[str]

    @classmethod
    def of(cls, actors: Sequence[tuple[Actor, int]]) -> _ActorIndex:
        """The index of one story's actors, each with how many of its sentences name it
        (an Actor is never a dict key: its hash walks all its mentions)."""
        forms: dict[str, Actor] = {}
        people_first = sorted((a for a, _ in actors), key=lambda a: a.kind != "person")
        for actor in people_first:  # earlier actors (people) win a shared full name
            for form in (actor.name, *actor.spellings):
                forms.setdefault(form, actor)
        holders = _holders(actors)
        short = _short_forms(holders)
        for form, actor in short.items():
            if form not in forms or forms[form].kind == "country":
                forms[form] = actor  # "Jordan said" after "Rep. Jim Jordan": him
        namesakes = {
            form: tuple(actor for actor, _ in people)
            for form, people in holders.items()
            if len(people) > 1 and form not in short
        }
        bodies: dict[str, Actor | None] = {}
        for actor, _ in actors:
            words_of = actor.name.split()
            if actor.kind == "organisation" and len(words_of) >= 2 and words_of[-1].isalpha():
                head = words_of[-1].lower()
                bodies[head] = None if head in bodies else actor  # two "Party"s: neither
        roles: dict[str, list[tuple[Actor, frozenset[str]]]] = {}
        for actor, _ in actors:
            role = actor.role.lower().replace("-", " ").split() if actor.role else []
            if actor.kind == "person" and role:
                roles.setdefault(_phrase_head(role), []).append((actor, frozenset(role)))
        firms = tuple(actor for actor, _ in actors if actor.kind == "organisation")
        shared = frozenset(form for form, people in holders.items() if len(people) > 1)
        return cls(PhraseMatcher(forms), bodies, roles, firms, namesakes, shared)

    def described(self, description: str) -> Actor | None:
        """The one person of the story whose role the definite description names ("the
        Tory leader" for "Tory leader Michael Howard"): each of its words is a word of
        the role, and the role's head is its head; nobody when none or several are."""
        tokens = description.lower().split()
        if len(tokens) < 2 or tokens[0] != "the":
            return None
        wanted = set(tokens[1:])
        fits = [
            person
            for person, role in self.roles.get(_phrase_head(tokens[1:]), ())
            # "the prime minister" is not the deputy prime minister, nor a former one
            if wanted <= role and not (role - wanted) & words()["other_rank"]
        ]
        return fits[0] if len(fits) == 1 else None

    def body(self, phrase: list[str]) -> Actor | None:
        """ "the forum", "the commission": the one organisation of the story whose name
        ends in that noun ("Northern Governors Forum"), else nobody (the caller also
        wants it named in the sentences just before)."""
        if len(phrase) != 2 or phrase[0].lower() != "the" or not phrase[1].islower():
            return None
        return self.bodies.get(phrase[1])

    def firm(self, phrase: list[str], recent: Sequence[str]) -> Actor | None:
        """ "the company", "the firm": the one organisation of the story named in `recent`
        (the sentences just before and the quote's own), else nobody: with two named
        ("Verizon's bid for MCI"), "the company" may be either; so may a name the table
        lacks that speaks there."""
        if len(phrase) != 2 or phrase[0].lower() != "the" or phrase[1] not in _FIRM_NOUNS:
            return None
        # one search of the texts joined by a newline, which no name holds, for each of
        # the story's organisations (thousands in a long text), not one per text
        texts = "\n".join(recent)
        named = [firm for firm in self.firms if _named_in_any(firm.name, texts, recent)]
        if len(named) != 1:
            return None
        # "GMAC has been ... but GM said ...": another name that speaks may be the company,
        # and so may one the table lacks in the last sentence ("In a statement from Lycos
        # Europe ..., the company denied")
        own = set(named[0].name.split())
        speakers = {m.group(1) for text in recent for m in _NAME_SAID_RE.finditer(text)}
        if not speakers <= own or self._unknown_name(recent[-2:], own):
            return None
        return named[0]

    def _unknown_name(self, texts: Sequence[str], own: set[str]) -> bool:
        """A capitalised word inside a sentence that is no word of `own`, of an actor of
        the story, of the gazetteer nor an honorific: a name the actors table lacks."""
        honorifics = words()["honorifics"]
        for text in texts:
            known = [(start, end) for start, end, _ in self.find(text)]
            for m in _INNER_CAPITAL_RE.finditer(text):
                word = m.group(1)
                inside = any(start <= m.start(1) < end for start, end in known)
                listed = word in own or word in gazetteer()
                if not (inside or listed or word.lower().rstrip(".") in honorifics):
                    return True
        return False

    def find(self, text: str) -> Iterator[tuple[int, int, Actor]]:
        for start, end, _, actor in self.matcher.finditer(text):
            if not _contraction(text, end):  # "Don’t" is not Don Stewart
                yield start, end, actor


def _named_in_any(name: str, joined_texts: str, texts: Sequence[str]) -> bool:
    """Whether one of `texts` holds `name`, asked of `joined_texts`, them joined by a
    newline, which a name lacks (one search, not one per text)."""
    if not name or "\n" in name:
        return any(name in text for text in texts)
    return name in joined_texts


_INNER_CAPITAL_RE = re.compile(r"(?<=[\w,;:%)] )([A-Z][\w&.-]*)")  # not a sentence's first
_NAME_SAID_RE = re.compile(r"\b([A-Z][\w&-]*) (?:said|says|has said|had said)\b")
# The nouns a business is called by once named ("the company said"), not a holding's.
_FIRM_NOUNS = frozenset({"company", "firm", "group", "carrier", "bank", "retailer", "airline"})


def _holders(actors: Sequence[tuple[Actor, int]]) -> dict[str, list[tuple[Actor, int]]]:
    """The people of the story, each with how many sentences name them, by their surname
    ("Fomin", and with its particle: "de Blasio", "De Blasio" opening a sentence) and
    their first word ("Lin" of "Lin Cheng-yu")."""
    holders: dict[str, list[tuple[Actor, int]]] = {}
    particles = words()["particles"]
    for actor, count in actors:
        if actor.kind == "person" and " " in actor.name:
            parts = actor.name.split()
            while len(parts) > 2 and parts[-1].rstrip(".").lower() in words()["generations"]:
                parts = parts[:-1]  # "Walter M Phillips Jr" is "Phillips", never "Jr"
            if parts[-1].rstrip(".").lower() in words()["generations"]:
                continue
            forms = [parts[-1], parts[0]]
            if len(parts) > 2 and parts[-2].lower() in particles:
                particle = parts[-2]
                forms += [f"{p} {parts[-1]}" for p in (particle, particle.capitalize())]
            for form in dict.fromkeys(forms):
                holders.setdefault(form, []).append((actor, count))
    return holders


def _short_forms(holders: dict[str, list[tuple[Actor, int]]]) -> dict[str, Actor]:
    """The one person a surname or first word names (see _holders): "Clinton" with Hillary
    and Bill Clinton both in the story means the one it names far more often, else the
    one it names first (news style). Nobody when both are first named in one sentence
    ("Rob Ford met his brother Doug Ford"), or with three or more holders and none far
    ahead."""
    out: dict[str, Actor] = {}
    for form, people in holders.items():
        ranked = sorted(people, key=lambda pair: -pair[1])
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
            out[form] = ranked[0][0]
        elif len(ranked) == 2:
            first, second = sorted(ranked, key=lambda pair: _first_named(pair[0]))
            if _first_named(first[0]) < _first_named(second[0]):  # not one sentence
                out[form] = first[0]
    return out


def _first_named(actor: Actor) -> tuple[int, int]:
    """Where the story first names the actor (its actors are all from one source)."""
    return min((m.source, m.index) for m in actor.sentences)


def _contraction(text: str, end: int) -> bool:
    """ "Don’t", "We’ll": a name form that is the start of a contraction."""
    return _CONTRACTION_RE.match(text, end) is not None


_CONTRACTION_RE = re.compile(r"(?i)(?:n[’']t|[’'](?:t|re|ve|ll|d|m))\b")
_CONTRACTED_WORD_RE = re.compile(r"(?i)(?:n[’']t|[’'](?:re|ve|ll|d|m))$")


# --- finding quotes ----------------------------------------------------------------


def _follows(para: _Paragraph, end: int, start: int) -> bool:
    """A quote (at `start`) follows the previous one (ending at `end`) when only its
    attribution lies between: a short gap that holds no sentence of its own ("“A,” the
    IAAF said. Tzekos insisted .... “B”" does), and a new sentence in it starts with this
    quote ("... said Straw. “The ...”")."""
    first = bisect.bisect_left(para.offsets, (end, -1))  # the first sentence after `end`
    if first < len(para.offsets) and para.offsets[first][1] <= start:
        return False
    gap = para.text[end:start]
    if _ends_in_attribution(gap) or _ends_in_tag(gap):
        return True
    # "“A,” said X, “b”" or "“A”, said X, “b”": the first quote ends at a comma
    comma = para.text[:end].rstrip(" ”’\"'").endswith(",") or gap.lstrip().startswith(",")
    return comma and _splits_sentence(gap, para.text[start:])


def _ends_in_tag(gap: str) -> bool:
    """A speech tag that ends the quote's sentence, however long the apposition in it
    ("“A,” said John Palmer, political director at the European Policy Centre, a
    Brussels-based think-tank. “B.”"): the tag is the attribution and nothing else, so
    the next sentence's quote goes on with the same speaker."""
    parts = _SENTENCE_END_RE.split(gap)
    if len(parts) != 2 or parts[1].strip(" ,") or len(gap) > _TAG_REACH:
        return False
    return _verb_after(_WORD_RE.findall(parts[0])) is not None


# How long a speech tag with its appositions may be.
_TAG_REACH = 250


def _splits_sentence(gap: str, rest: str) -> bool:
    """ "“A,” said Mr Goodman, “but B.”": an attribution set between two commas inside one
    sentence, and the quote after it going on in lower case, is one utterance cut by its
    speech tag."""
    words_between = _WORD_RE.findall(gap)
    if len(gap) > _CARRY_GAP or not words_between or words_between[-1] != ",":
        return False
    if any(t in {".", "!", "?", ";"} for t in words_between):
        return False
    opening = re.match(r"\W*(\w)", rest)
    speech = words().speech
    return bool(opening and opening.group(1).islower()) and any(
        t.lower() in speech for t in words_between
    )


def _ends_in_attribution(gap: str) -> bool:
    """A short text after a quote that ends its sentence ("“A,” said Straw. ")."""
    return len(gap) <= _CARRY_GAP and not _SENTENCE_END_RE.split(gap)[-1].strip(" ,")


# A sentence's end in the text between two quotes; its stop may stand inside the closing
# mark of a title that is no quote ("he said on “Meet the Press.” “But ...”").
_SENTENCE_END_RE = re.compile(r"[.!?][”\"’']?\s")


def _clean(inner: str) -> str:
    return inner.strip().rstrip(",").strip()


def _mentions(covered: Sequence[Sentence]) -> tuple[Mention, ...]:
    return tuple(Mention(s.source, s.index) for s in covered)


def _is_quote(inner: str, speaker: Actor | None) -> bool:
    tokens = inner.split()
    if len(tokens) < 2 or all(t[0].isupper() or t[0].isdigit() for t in tokens):
        return False  # a quoted name or title, not speech
    return len(tokens) >= MIN_WORDS or speaker is not None


def _not_quoted_speech(blank: str, quote: _Found) -> bool:
    return (
        _names_a_work(blank, quote)
        or _mentions_a_term(blank, quote)
        or _negated_fragment(blank, quote)
    )


# A negation and at most one more word ("does not “expect ...”", "would never “accept
# ...”", "is not “a threat”") right before a quote's opening mark.
_NEGATION_BEFORE_QUOTE = re.compile(r"(?i:\b(?:not|never|\w+n[’']t)(?: [a-z]+)?) *\Z")


def _negated_fragment(blank: str, quote: _Found) -> bool:
    """ "De Boer declared that he does not “expect Bali to agree on targets”": a fragment
    the reporter's negation governs says, on its own, the opposite of what was said, and
    a brief lists quotes on their own. Whole sentences quoted carry their own negation,
    an indirect question denies no claim ("didn't know “what the future holds”"), and
    "not only" negates nothing."""
    if not quote.inner[:1].islower():
        return False
    found = _NEGATION_BEFORE_QUOTE.search(blank, max(quote.lo, quote.start - 40), quote.start)
    if found is None or found.group().lower().startswith("not only"):
        return False
    words_in = quote.inner.split(maxsplit=1)
    question = bool(words_in) and words_in[0].lower() in words()["question_openers"]
    # a question after a negated verb ("did not know “what ...”"); right after the
    # negation a "what" clause is what is denied ("was not “what the voters asked for”")
    return not (question and len(found.group().split()) > 1)


def _names_a_work(blank: str, quote: _Found) -> bool:
    """ "with “Fox and Friends,”", "has read “War and Peace”", "“Singer and Actor Share
    Lattes” is the third result": a title in quote marks, no one's words. A title is in
    Title Case (every word capitalised but the small ones), which a sentence someone says
    is not, and it stands where a noun does (after a preposition, a determiner or a verb
    that reports no words, or as a subject); words a speech verb or a colon leads into are
    speech whatever their case, and in a headline every word is capitalised anyway."""
    tokens = quote.inner.split()
    if len(tokens) < 2 or not _title_case(tokens):
        return False
    if _title_case(blank[quote.lo : quote.hi].split()):
        return False  # "Kasich: ‘We Are Going To Go All The Way’": a headline
    after = _WORD_RE.findall(blank[quote.end : quote.end + 40])[:1]
    if after and after[0].lower() in words()["auxiliaries"] | words()["passive"]:
        return True  # "“...” is the third result": a subject
    if _labelled_re().search(blank[quote.lo : quote.start]):
        return False  # "Jacobs called Merkel “The Chancellor of the Free World”": his label
    before = _WORD_RE.findall(blank[quote.lo : quote.start])
    if not before or before[-1] in {":", ".", "!", "?"}:
        return False  # "“That's Jeb Bush and Marco Rubio,” he said", "Trump: “...”"
    speech = words().speech
    if before[-1] == ",":
        return not any(token.lower() in speech for token in before[-4:-1])  # "said, “...”"
    return before[-1].lower() not in speech  # "declared “What a Super Tuesday!”"


def _mentions_a_term(blank: str, quote: _Found) -> bool:
    """ "promised to refrain from using the phrase “illegal immigrant”", "the so-called
    “Cadillac tax”": words quoted after a noun that names words (words.toml's
    term_nouns) or after "so-called" are a term the sentence talks about, not words
    anyone is reported to say: whether the subject said them the verb tells ("used",
    "refrain from using"), and a quote credited to them would guess."""
    before = _WORD_RE.findall(blank[max(quote.lo, quote.start - 40) : quote.start])
    if not before:
        return False
    last = before[-1].lower()
    return last == "so-called" or last in words()["term_nouns"]


def _title_case(tokens: list[str]) -> bool:
    """Every word capitalised (or a number) but the small ones a title leaves in lower
    case, and the first and last capitalised. The last is looked at first: most quotes
    end in a lower-case word, and then the others need no stripping."""
    last = next(filter(None, (token.strip(_TITLE_PUNCTUATION) for token in reversed(tokens))), "")
    if not _capitalised(last):
        return False
    bare = [token.strip(_TITLE_PUNCTUATION) for token in tokens]
    bare = [token for token in bare if token]
    if not bare or not (_capitalised(bare[0]) and _capitalised(bare[-1])):
        return False
    small = words()["small_words"]
    return all(_capitalised(token) or token in small for token in bare)


_TITLE_PUNCTUATION = ",.;:!?()…—–-"


def _capitalised(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit()


def _paragraphs(sentences: Sequence[Sentence]) -> Iterator[list[Sentence]]:
    group: list[Sentence] = []
    for s in sentences:
        if group and (s.source, s.paragraph) != (group[-1].source, group[-1].paragraph):
            yield group
            group = []
        group.append(s)
    if group:
        yield group


def _join(paragraph: Sequence[Sentence]) -> tuple[str, list[tuple[int, int]]]:
    parts, offsets, pos = [], [], 0
    for s in paragraph:
        parts.append(s.text)
        offsets.append((pos, pos + len(s.text)))
        pos += len(s.text) + 1
    return " ".join(parts), offsets


def _quote_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Quotes as (start, end, inner), in double marks and in single ones (UK style: see
    _single_spans); where they nest, the outer one is the quote ('... the mindset of, "You
    know what, ..." I'm playing ...,' she said)."""
    # the double marks, read once for both uses (most paragraphs hold none: the substring
    # tests cost a tenth of the search)
    found = list(_MARK_RE.finditer(text)) if any(map(text.__contains__, _MARKS)) else []
    singles = _single_spans(text)
    if not found and not singles:
        return  # no quote (most paragraphs)
    marks = [m.start() for m in found]
    # inside an open double quote, single marks quote someone within it: not read
    singles = [span for span in singles if bisect.bisect(marks, span[0]) % 2 == 0]
    doubles = [
        span
        for span in _double_spans(text, found)
        if not any(start < span[0] and span[1] <= end for start, end, _ in singles)
    ]
    singles = [
        span
        for span in singles
        if not any(start < span[1] and span[0] < end for start, end, _ in doubles)
    ]
    yield from sorted(doubles + singles)


_SINGLE_RE = re.compile(r"[‘’']")
# Where _single_spans may open a quote: "‘" or "'" at the start or after one of
# _BEFORE_OPEN, before a capital (only a character that is no space may be one). Without
# such a mark nothing opens, so nothing is found: one search in C instead of a step in
# Python for every apostrophe ("it's", "Blair's"). The mark comes first in the pattern,
# so that the search skips to the marks (with the look-behind first it cost 4 times as
# much).
_SINGLE_OPEN_RE = re.compile(r"[‘'](?<![^ \t\n(\[{—–-][‘'])(?=\S)")
# A single-quoted passage longer than this without its closing mark is not read as one.
_SINGLE_REACH = 600


def _single_spans(text: str) -> list[tuple[int, int, str]]:
    """Quotes in single marks ('The record is a holy grail,' Wiggins said.), read only where
    an apostrophe cannot be: the mark opens a sentence or clause before a capital, and
    closes right after a ",", ".", "?" or "!" that ends the words; an opening mark after a
    sentence that ended inside the quote starts its next paragraph (news style). "It's",
    "Jones'", "'90s" never open or close one. A quote is kept when a speech tag comes
    before or after it in its sentence, or when it goes straight on from one that is."""
    if ("'" not in text and "‘" not in text) or _SINGLE_OPEN_RE.search(text) is None:
        return []  # no mark that may open one (most paragraphs): nothing is read
    found: list[tuple[int, int, str]] = []
    open_at: int | None = None
    for m in _SINGLE_RE.finditer(text):
        at = m.start()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if "'" in (before, after):
            continue  # a straight double mark written as two singles
        if m.group() != "’" and before in _BEFORE_OPEN and after.isupper():
            if open_at is not None and text[:at].rstrip().endswith((".", "?", "!")):
                end = len(text[:at].rstrip())
                if end - open_at <= _SINGLE_REACH:
                    found.append((open_at, end, text[open_at + 1 : end]))
            open_at = at
        elif open_at is not None and before in ",.?!" and not after.isalnum():
            if at - open_at <= _SINGLE_REACH:
                found.append((open_at, at + 1, text[open_at + 1 : at]))
            open_at = None
        elif before.isalnum() and not after.isalnum():
            open_at = None  # a quoted term ('Rich' promised) or a plural's mark (Jones')
    return _tagged(text, found)


def _tagged(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The single-quoted passages that a speech tag attributes, and those that go straight
    on from one that is (the next paragraph of the same speech)."""
    kept: list[tuple[int, int, str]] = []
    speech = _attributing()
    for start, end, inner in found:
        head = re.split(r"[.!?]\s|[‘’'“”\"]", text[max(0, start - 120) : start])[-1]
        tail = re.split(r"[.!?](?:\s|$)|[‘’'“”\"]", text[end : end + 120])[0]
        tagged = head.rstrip().endswith(":") or any(
            t.lower() in speech for t in _WORD_RE.findall(f"{head} {tail}")
        )
        goes_on = bool(kept) and _ends_in_attribution(text[kept[-1][1] : start])
        if tagged or goes_on:
            kept.append((start, end, inner))
    return kept


def _double_spans(text: str, marks: Sequence[re.Match[str]]) -> Iterator[tuple[int, int, str]]:
    """Quotes in double marks (`marks`: the text's _MARK_RE matches) as (start, end,
    inner). A straight mark's side comes from its neighbours, never from alternation, so
    one stray mark cannot turn the text between two quotes into a quote. A mark that opens
    while a quote is open ends that quote just before it: the English convention of
    leaving a quoted paragraph unclosed when the next goes on. Two apostrophes close a
    quote that two backticks open (``...''); without a backtick they both open and close
    one, as the New York Times writes them (''...''), and their side comes from their
    neighbours as a straight mark's does."""
    open_at: tuple[int, int] | None = None  # offset and length of the opening mark
    paired = any(m.group() == "``" for m in marks)
    for m in marks:
        side = _side(text, m.start(), m.end(), paired)
        if side is None:  # no clue from context: alternate
            side = "close" if open_at is not None else "open"
        if side == "open":
            if open_at is not None:
                yield from _span(text, open_at, m.start(), len(text[: m.start()].rstrip()))
            open_at = (m.start(), len(m.group()))
        elif open_at is not None:
            yield from _span(text, open_at, m.start(), m.end())
            open_at = None
    if open_at is not None:
        yield from _span(text, open_at, len(text), len(text))


def _side(text: str, start: int, end: int, paired: bool) -> str | None:
    mark = text[start:end]
    if mark in _OPENS:
        return "open"
    if mark in _CLOSES and (paired or mark != "''"):
        return "close"
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in _BEFORE_OPEN and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or not after.isalnum()):
        return "close"
    return None


def _span(
    text: str, opener: tuple[int, int], close: int, end: int
) -> Iterator[tuple[int, int, str]]:
    inner = text[opener[0] + opener[1] : close]
    if inner.strip():
        yield opener[0], end, inner


def _outline(blank: str, spans: list[tuple[int, int, str]]) -> str:
    """The blanked paragraph with the comma that ends each quote put back."""
    for start, _, inner in spans:  # most paragraphs quote no one
        trimmed = inner.rstrip()
        if trimmed.endswith(","):
            at = start + len(trimmed)  # the opening mark is one character or two
            blank = f"{blank[:at]},{blank[at + 1 :]}"
    return blank


def _blank_quotes(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The paragraph with every quote replaced by spaces (offsets kept). Sliced, not made
    a list of characters and joined again: a paragraph holds a quote or two and hundreds
    of characters (7,821 paragraphs at 25,000 sentences: 0.011 s against 0.052 s; so
    _outline, 0.009 s against 0.029 s)."""
    for start, end, _ in spans:
        text = f"{text[:start]}{' ' * (end - start)}{text[end:]}"
    return text
