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

from brief.models import Actor, Mention, Quote, Sentence

MIN_WORDS = 4
_QUOTE_RE = re.compile(r"“([^“”]*)(?:”|$)|\"([^\"]*)(?:\"|$)|``(.*?)(?:''|$)", re.S)
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
    r"(?:official|officials|spokesman|spokeswoman|spokesperson|source|sources|diplomat|"
    r"minister|ministry|analyst|commander|chief|statement)\b",
    re.I,
)


def find_quotes(sentences: Sequence[Sentence], actors: Sequence[Actor]) -> tuple[Quote, ...]:
    people = [a for a in actors if a.kind == "person"]
    others = [a for a in actors if a.kind != "person"]
    forms = _forms(people) + _forms(others)
    quotes: list[Quote] = []
    last_person: Actor | None = None
    for paragraph in _paragraphs(sentences):
        text, offsets = _join(paragraph)
        spans = list(_quote_spans(text))
        cursor = 0
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
            speaker, actor = _speaker(context, start - lo, forms, last_person)
            if not _is_quote(inner, speaker):
                continue
            mentions = tuple(Mention(s.source, s.index) for s in covered)
            quotes.append(
                Quote(
                    inner.strip().rstrip(",").strip(),
                    speaker,
                    actor.name if actor else None,
                    mentions,
                )
            )
            if actor is not None and actor.kind == "person":
                last_person = actor
        last_person = _last_person(text[cursor:], people) or last_person
    return tuple(quotes)


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
    for m in _QUOTE_RE.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        if inner.strip():
            yield m.start(), m.end(), inner


def _blank_quotes(text: str, lo: int, hi: int, spans: list[tuple[int, int, str]]) -> str:
    """The sentences' text with every quote replaced by spaces (offsets kept)."""
    chars = list(text[lo:hi])
    for start, end, _ in spans:
        for i in range(max(start, lo), min(end, hi)):
            chars[i - lo] = " "
    return "".join(chars)


def _forms(actors: Sequence[Actor]) -> list[tuple[re.Pattern[str], Actor]]:
    out = []
    for a in actors:
        names = {a.name}
        if a.kind == "person" and " " in a.name:
            # Surname last ("Fomin") or first ("Lin" of "Lin Cheng-yu").
            names.update((a.name.split()[-1], a.name.split()[0]))
        alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        out.append((re.compile(rf"\b(?:{alternation})\b"), a))
    return out


def _speaker(
    context: str, quote_at: int, forms: list[tuple[re.Pattern[str], Actor]], last: Actor | None
) -> tuple[str | None, Actor | None]:
    verbs = [m.start() for m in _SPEECH_RE.finditer(context)]
    if not verbs:
        # "X: “...”" or a quote standing alone after X was named.
        if context[:quote_at].rstrip().endswith(":"):
            verbs = [quote_at]
        else:
            return None, None
    best: tuple[float, str, Actor | None] | None = None
    for pattern, actor in forms:
        for m in pattern.finditer(context):
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
    if described:
        return min(described)[1].strip(), None
    return None, None


def _last_person(text: str, people: Sequence[Actor]) -> Actor | None:
    best: tuple[int, Actor] | None = None
    for a in people:
        for name in {a.name, a.name.split()[-1]}:
            at = text.rfind(name)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, a)
    return best[1] if best else None
