"""What is no bullet of its story, whatever its rank, for telling another event: a
sentence that says so ("Separately, ...") and what goes on with it, and a roundup's other
items (told_elsewhere). The coverage ranker leaves them out of its cover, the selection
out of the picks, the extraction out of the story's figures and quotes (a shared helper:
the sentences alone, or the stories' marks, tell it). A host's small talk in a printed
exchange is selection.exchanges's, a page's dated label ingest.layout.labels's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.models import Mention, Sentence, StoryGroup

# "Separately, North Korea fired a missile ...": the writer's own sign that what follows is
# another event than the article's, which a story's bullet would file under the story.
_ANOTHER_EVENT = re.compile(
    r"^[\s\"'“‘(]*(?:separately|in other news|in (?:a |an )?(?:separate|unrelated)"
    r" (?:\w+ )?(?:development|incident|case|move|statement|announcement|attack|event)s?)"
    r"(?: (?:on|late|early|last|this|earlier|later) [^,]{1,30})?\s*,",  # "Separately on Tuesday,"
    re.IGNORECASE,
)


def reports_another_event(text: str) -> bool:
    """Does the sentence open by saying it tells of another event ("Separately, ...", "In
    a separate development, ...")? It is no bullet of the story it sits in."""
    return _ANOTHER_EVENT.match(text) is not None


def other_events(sentences: Sequence[Sentence]) -> set[int]:
    """Positions of the sentences that tell of another event than their article's: one
    that opens saying so (reports_another_event), and those after it in its paragraph,
    which go on with that event ("Separately, an air strike killed 12 in Gaza City. The
    strike hit a school, the agency said.")."""
    # (the openings first, then what follows each: asked of each story's sentences by
    # the coverage ranking and the chains, of a digest's 18,000 sentences 90,000 times,
    # a paragraph's place kept for each sentence had been most of it)
    found: set[int] = set()
    for pos, sentence in enumerate(sentences):
        if not reports_another_event(sentence.text):
            continue
        found.add(pos)
        here = (sentence.source, sentence.paragraph)
        for following in range(pos + 1, min(pos + 1 + FOLLOWING_ANOTHER_EVENT, len(sentences))):
            if (sentences[following].source, sentences[following].paragraph) != here:
                break
            found.add(following)
    return found


# A wire's paragraph is two or three sentences; a text with no paragraphs keeps its next
# events (see other_events).
FOLLOWING_ANOTHER_EVENT = 2


def told_elsewhere(
    sentences: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Positions of the sentences the stories stage says tell another event than their
    story's (StoryGroup.elsewhere: a roundup's other items, its masthead). A roundup
    joins the story its first item tells, and its later items (a market close's other
    prices, a newsletter's other news) are no part of that story: no bullet of it, and no
    source of its figures, quotes, dates or people, which a reader takes for the story's
    as he takes its bullets (r56: a refinery fire's key figures had held a price
    report's Henry Hub gas and WTI crude)."""
    marked = frozenset[Mention]().union(*(g.elsewhere for g in story_groups))
    if not marked:
        return frozenset()
    # (a roundup's sources first: asked of all the distinct sentences four times by a
    # 1,000-article digest, a mention made of each had been 0.04 s of CPU)
    sources = {mention.source for mention in marked}
    return frozenset(
        k
        for k, sentence in enumerate(sentences)
        if sentence.source in sources and Mention(sentence.source, sentence.index) in marked
    )
