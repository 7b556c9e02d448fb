"""Direct quotes, kept whole across sentences, with their speakers resolved to actors.

Quotes are found per paragraph (the sentences are joined again), so a quote that the
sentence splitter cut in two stays one quote. A quote left open at the end of a
paragraph ends there (news style for multi-paragraph quotes). The speaker is looked for
in the words around the quote in its own sentences: a known person (or organisation)
next to a speech verb, a described source ("a senior official said"), or "he"/"she"
meaning the last person named before. Short quoted names ("Allied Determination 2022")
are not quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from brief.models import Actor, Mention, Quote, Sentence

MIN_WORDS = 4
_MARK_RE = re.compile(r"[“”\"]|``|''")
_OPENS = {"“", "``"}
_CLOSES = {"”", "''"}
# Where a straight mark may open: text start, space, an opening bracket or dash.
_BEFORE_OPEN = " \t\n([{—–-"
_SPEECH = (
    r"(?:said|says|say|told|tells|stated|states|noted|notes|added|adds|warned|warns|"
    r"announced|announces|insisted|insists|claimed|claims|explained|argued|declared|"
    r"wrote|writes|tweeted|asked|asks|replied|continued|concluded|stressed|urged|"
    r"according to)"
)
_SPEECH_RE = re.compile(rf"\b{_SPEECH}\b", re.I)
_PRONOUN_RE = re.compile(rf"\b(he|she)\s+{_SPEECH}\b|\b{_SPEECH}\s+(he|she)\b", re.I)
_DESCRIBED_RE = re.compile(
    r"\b(?:an?|the|one|another)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:officials?|spokes(?:man|woman|person)|sources?|diplomats?|minister|ministry|"
    r"analysts?|commander|chief|statement|residents?|witness(?:es)?|villagers?|"
    r"survivors?|refugees?|soldiers?|observers?|experts?|economists?|lawyers?|doctors?|"
    r"activists?|aid workers?|eyewitness(?:es)?|protesters?|negotiators?|"
    r"representatives?|executives?)\b",
    re.I,
)
# "told Reuters": the object of "told" is the one spoken to, never the speaker.
_ADDRESSEE_RE = re.compile(r"\b(?:told|tells|telling)\s+(?:the\s+)?$", re.I)
# "hosted by UK finance minister Gordon Brown", "talks with Macron": not the subject.
_OBJECT_RE = re.compile(
    r"(?<!according )\b(?:by|with|to|told|tells|met|meet|meets|meeting|against|for|from|"
    r"of|than|between)\s+(?:(?!(?:who|where|when|that|which|while)\b)[\w’'.-]+\s+){0,3}$",
    re.I,
)
# A bare name beside a speech verb ("said Straw", "Petrova said") when no actor matched.
_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
_NAMED_RE = re.compile(rf"\b{_SPEECH}\s+({_NAME})|({_NAME})\s+{_SPEECH}\b")
_NOT_SPEAKERS = frozenset(
    [
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "You",
        "The",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Here",
        "It's",
        "But",
        "And",
    ]
)
# Quote and its successor are one utterance when only this much attribution lies between.
_CARRY_GAP = 80


def find_quotes(sentences: Sequence[Sentence], actors: Sequence[Actor]) -> tuple[Quote, ...]:
    people_first = sorted(actors, key=lambda a: a.kind != "person")
    names = _Names.of(people_first)
    people = _Names.of([a for a in actors if a.kind == "person"])
    quotes: list[Quote] = []
    last_person: Actor | None = None
    source = None
    for paragraph in _paragraphs(sentences):
        if paragraph[0].source != source:  # "he" never reaches into another article
            source, last_person = paragraph[0].source, None
        text, offsets = _join(paragraph)
        spans = list(_quote_spans(text))
        cursor = 0
        previous: tuple[int, Quote] | None = None  # end offset and the quote kept
        for start, end, inner in spans:
            covered = [
                s for s, (a, b) in zip(paragraph, offsets, strict=True) if a < end and start < b
            ]
            lo = min(offsets[paragraph.index(s)][0] for s in covered)
            hi = max(offsets[paragraph.index(s)][1] for s in covered)
            # People named before this quote in the paragraph count as "he"/"she".
            last_person = _last_person(text[cursor:start], people) or last_person
            cursor = start
            context = _blank_quotes(text, lo, hi, spans)
            follows = previous is not None and _follows(text[previous[0] : start])
            if follows and previous is not None:
                # Attribution between two quotes belongs to the first one ("“A,” said X. “B.”").
                gap = context[: start - lo]
                if not gap.rstrip().endswith((":", ",")):  # "and said, “B”" introduces B
                    context = " " * (start - lo) + context[start - lo :]
            speaker, actor = _speaker(context, start - lo, end - lo, names, last_person)
            if speaker is None and start == lo and not follows:
                # "She added that ... . “The average ...”": the sentence before speaks.
                speaker, actor = _lead_in(text, offsets, lo, spans, names, last_person)
            prior = previous[1] if previous is not None else None
            carried: tuple[Mention, ...] = ()
            orphan = prior is not None and prior.speaker is None and bool(quotes)
            if speaker is not None and follows and orphan and quotes[-1] is prior:
                # "“A. “B,” she said.": an unclosed paragraph, attributed in the next.
                assert prior is not None
                quotes.pop()
                inner = f"{prior.text} {inner.strip()}"
                carried = prior.sentences
            if speaker is None and follows and _is_quote(inner, "carried"):
                # "“...,” said Straw. “The sanctions stay.”": the same speaker goes on.
                assert previous is not None
                prior = previous[1]
                if prior.speaker is not None and quotes and quotes[-1] is prior:
                    merged = Quote(
                        f"{prior.text} … {_clean(inner)}",
                        prior.speaker,
                        prior.actor,
                        tuple(dict.fromkeys((*prior.sentences, *_mentions(covered)))),
                    )
                    quotes[-1] = merged
                    previous = (end, merged)
                    continue
            if not _is_quote(inner, speaker):
                previous = None
                continue
            mentions = tuple(dict.fromkeys((*carried, *_mentions(covered))))
            quote = Quote(_clean(inner), speaker, actor.name if actor else None, mentions)
            quotes.append(quote)
            previous = (end, quote)
            if actor is not None and actor.kind == "person":
                last_person = actor
        last_person = _last_person(text[cursor:], people) or last_person
    return tuple(quotes)


def _lead_in(
    text: str,
    offsets: Sequence[tuple[int, int]],
    lo: int,
    spans: list[tuple[int, int, str]],
    names: _Names,
    last: Actor | None,
) -> tuple[str | None, Actor | None]:
    """The speaker of a quote that opens its sentence, from an attribution in the sentence
    before ("She added that ..."), provided that sentence holds no quote of its own."""
    before = [(a, b) for a, b in offsets if b < lo]
    if not before:
        return None, None
    a, b = before[-1]
    if any(a <= start < b for start, _, _ in spans):
        return None, None
    context = text[a:b]
    return _speaker(context, len(context), len(context), names, last)


def _follows(gap: str) -> bool:
    """A quote follows the previous one when only its attribution lies between: a short
    gap, and a new sentence in it starts with this quote ("... said Straw. “The ...”")."""
    return len(gap) <= _CARRY_GAP and not re.split(r"[.!?]\s", gap)[-1].strip(" ,")


def _clean(inner: str) -> str:
    return inner.strip().rstrip(",").strip()


def _mentions(covered: Sequence[Sentence]) -> tuple[Mention, ...]:
    return tuple(Mention(s.source, s.index) for s in covered)


def _is_quote(inner: str, speaker: str | None) -> bool:
    words = inner.split()
    if len(words) < 2 or all(w[0].isupper() or w[0].isdigit() for w in words):
        return False  # a quoted name or title, not speech
    return len(words) >= MIN_WORDS or speaker is not None


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
    """Quotes as (start, end, inner). A straight mark's side comes from its neighbours,
    never from alternation, so one stray mark cannot turn the text between two quotes
    into a quote. A mark that opens while a quote is open ends that quote just before it:
    the English convention of leaving a quoted paragraph unclosed when the next goes on."""
    open_at: tuple[int, int] | None = None  # offset and length of the opening mark
    for m in _MARK_RE.finditer(text):
        side = _side(text, m.start(), m.end())
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


def _side(text: str, start: int, end: int) -> str | None:
    mark = text[start:end]
    if mark in _OPENS:
        return "open"
    if mark in _CLOSES:
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


def _blank_quotes(text: str, lo: int, hi: int, spans: list[tuple[int, int, str]]) -> str:
    """The sentences' text with every quote replaced by spaces (offsets kept)."""
    chars = list(text[lo:hi])
    for start, end, _ in spans:
        for i in range(max(start, lo), min(end, hi)):
            chars[i - lo] = " "
    return "".join(chars)


@dataclass(frozen=True)
class _Names:
    """Every surface form of the actors in one regex, so finding who is named in a
    sentence costs one scan, not one scan per actor (a daily brief has thousands)."""

    pattern: re.Pattern[str] | None
    actor_of: dict[str, Actor]

    @classmethod
    def of(cls, actors: Sequence[Actor]) -> _Names:
        actor_of: dict[str, Actor] = {}
        for a in actors:  # earlier actors (people) win a shared form
            forms = {a.name}
            if a.kind == "person" and " " in a.name:
                # Surname last ("Fomin") or first ("Lin" of "Lin Cheng-yu").
                forms.update((a.name.split()[-1], a.name.split()[0]))
            for form in forms:
                actor_of.setdefault(form, a)
        if not actor_of:
            return cls(None, actor_of)
        alternation = "|".join(re.escape(n) for n in sorted(actor_of, key=len, reverse=True))
        return cls(re.compile(rf"\b(?:{alternation})\b"), actor_of)

    def find(self, text: str) -> Iterator[tuple[re.Match[str], Actor]]:
        if self.pattern is not None:
            for m in self.pattern.finditer(text):
                yield m, self.actor_of[m.group()]


def _speaker(
    context: str,
    quote_at: int,
    quote_end: int,
    names: _Names,
    last: Actor | None,
) -> tuple[str | None, Actor | None]:
    verbs = [m.start() for m in _SPEECH_RE.finditer(context)]
    if not verbs:
        # "X: “...”" or a quote standing alone after X was named.
        if context[:quote_at].rstrip().endswith(":"):
            verbs = [quote_at]
        else:
            return None, None
    best: tuple[float, str, Actor | None] | None = None
    for m, actor in names.find(context):
        if _ADDRESSEE_RE.search(context[: m.start()]):
            continue
        distance = float(min(abs(m.start() - v) for v in verbs))
        if actor.kind != "person":
            distance = distance * 3 + 20  # a person beside the verb is the speaker
        if best is None or distance < best[0]:
            best = (distance, m.group(), actor)
    pronoun = _PRONOUN_RE.search(context)
    if pronoun and last is not None and (best is None or best[0] > 40):
        return last.name, last
    if best is not None and best[0] <= 120:
        found = best[2]
        return (found.name if found else best[1]), found
    described = [
        (min(abs(m.end() - v) for v in verbs), m.group()) for m in _DESCRIBED_RE.finditer(context)
    ]
    named = [
        (min(abs(m.start() - v) for v in verbs), name)
        for m in _NAMED_RE.finditer(context)
        if (name := m.group(1) or m.group(2)).split()[0] not in _NOT_SPEAKERS
        # only an attribution touching the quote: "“...,” said Straw", "Straw said: “...”"
        and (abs(m.start() - quote_end) <= 3 or abs(quote_at - m.end()) <= 3)
        and not _ADDRESSEE_RE.search(context[: m.start(1) if m.group(1) else m.start()])
    ]
    if described:
        return min(described)[1].strip(), None
    if named:
        return min(named)[1], None
    return None, None


def _last_person(text: str, people: _Names) -> Actor | None:
    """The person named last in `text` as a subject, for a following "he said". A name
    after "hosted by", "with", "told" ... is an object: "he" does not mean them."""
    last = None
    for m, actor in people.find(text):
        if not _OBJECT_RE.search(text[: m.start()]):
            last = actor
    return last
