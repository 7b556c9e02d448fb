"""A printed exchange's small talk: the sentences of an interview or a briefing printed as
turns ("PRESENTER: Good morning.") that tell no news, which no bullet of its story holds.
Whose turn a paragraph is, the host's or a guest's, is the quotes' reading of a transcript
(extract.quotes.transcripts), asked of the few sources whose paragraphs open with labels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.models import Sentence


def small_talk(sentences: Sequence[Sentence]) -> frozenset[int]:
    """Positions of the sentences of a printed exchange that tell no news
    (`extract.quotes.transcripts.small_talk`): its host's turns ("PRESENTER: Good
    morning.", "PRESENTER: How many patients have you seen?", "PRESENTER: Dr Jane Roe,
    thank you.") and a guest's greeting ("ROE: Good morning."). A radio interview's
    bottom line had been the host's thanks (r59 S2-4); a call's "Operator" lines. Only a
    source with two paragraphs or more that open with what may be a label, or more than
    two runs of paragraphs under one heading, is read (of a digest's 1,000 sources, a
    few)."""
    labelled: dict[int, int] = {}
    runs: dict[int, int] = {}
    before: Sentence | None = None
    for sentence in sentences:
        if before is None or (sentence.source, sentence.paragraph) != (
            before.source,
            before.paragraph,
        ):
            if ":" in sentence.text[:_LABEL_REACH] and _MAY_BE_LABEL.match(sentence.text):
                labelled[sentence.source] = labelled.get(sentence.source, 0) + 1
            if sentence.heading and (
                before is None
                or before.source != sentence.source
                or before.heading != sentence.heading
            ):
                runs[sentence.source] = runs.get(sentence.source, 0) + 1
        before = sentence
    read = {source for source, count in labelled.items() if count >= _TURNS} | {
        source for source, count in runs.items() if count > _TURNS
    }
    if not read:
        return frozenset()
    from brief.extract.quotes.transcripts import small_talk as said_in_passing

    paragraphs: dict[int, dict[int, list[int]]] = {}
    for pos, sentence in enumerate(sentences):
        if sentence.source in read:
            of_source = paragraphs.setdefault(sentence.source, {})
            of_source.setdefault(sentence.paragraph, []).append(pos)
    found: set[int] = set()
    for of_source in paragraphs.values():
        groups = [
            sorted(of_source[paragraph], key=lambda pos: sentences[pos].index)
            for paragraph in sorted(of_source)
        ]
        quiet = said_in_passing([[sentences[pos] for pos in group] for group in groups])
        found.update(pos for group in groups for pos in group if sentences[pos] in quiet)
    return frozenset(found)


# What may open a transcript's turn (quotes.transcripts reads it exactly): a time code,
# then "Q", "A" or up to four capitalised words, a part in brackets, and a colon; and
# how many turns an exchange has at least.
_MAY_BE_LABEL = re.compile(
    r"(?:\[[\d:]{4,8}\]\s*)?(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?:\s*\([^()]{1,80}\))?:\s"
)


_TURNS = 2


_LABEL_REACH = 100  # how far the colon of a label may be ("Q (Patricia Lumbera, GMA News):")
