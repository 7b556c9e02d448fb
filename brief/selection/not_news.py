"""What is no bullet of its story, whatever its rank: a sentence that tells another
event ("Separately, ..."), a host's small talk in a printed exchange, a page's dated
label, and a roundup's other items (told_elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from brief.extract import lexicon
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


def is_label_line(text: str) -> bool:
    """A page's label, not a sentence of news: a noun phrase dated by the page's date
    after a comma or a dash ("Security alert update for citizens in Avel, 16 March 2027.",
    "Travel advice - updated 15 March 2027."), with no word before it that may be a
    finite verb (`_may_be_finite`). Its date is the page's, its words the page's heading
    again: as a bullet or a lede it tells nothing, and it reads as news of that day (r60
    F4). A sentence that dates its event so ("The vote will be held on 16 March 2027.")
    has a verb, and a headline's lede its verb in the present ("Army seizes power in
    Avel, 16 March 2027."): a lede read as a label loses the story's news, so a word that
    may be a verb keeps the line. Whether the line repeats the page's title settles
    nothing: a label's title is a noun phrase, which this reads already, and a headline's
    dated again is its news ("Army seizes power in Avel" over its own dated lede)."""
    found = _label_date().search(text)
    if found is None:
        return False
    label = [word.strip(",;:") for word in text[: found.start()].split()]
    return 0 < len(label) <= LABEL_WORDS and not any(
        _may_be_finite(label, k) for k in range(len(label))
    )


# The most words a page's label holds before its date (a heading's length).
LABEL_WORDS = 14


def _may_be_finite(label: Sequence[str], k: int) -> bool:
    """May the k-th word of a dated line be its finite verb? An auxiliary, a modal or a
    form of "be" or "have" (words.toml's auxiliaries, modal_verbs, subjectless_openers),
    a past (`inflection.past_form`), a verb of speech (not its -ing form: "Weather
    warning"); or a verb in the present as a headline
    has it: a word in -s with a word after it ("Army seizes power", "Parliament votes
    to"; a compound's head ends it: "Ferry timetable changes"), or a lower-case word after
    a plural subject ("Polls open", "Twelve people die"). A plural noun after a
    preposition or a determiner is its object ("for residents", "to mariners")."""
    from brief.inflection import past_form

    w = lexicon.words()
    word = label[k].lower()
    if (
        word in lexicon.joined("auxiliaries", "modal_verbs", "subjectless_openers")
        or past_form(word)
        or (word in w.speech and not word.endswith("ing"))  # not "warning"
    ):
        return True
    if not label[k].islower() or word in _function_words():
        return False
    before = label[k - 1].lower() if k > 0 else ""
    if k + 1 < len(label) and _plural_form(word) and before not in _function_words():
        return True  # "Army seizes power"
    return k > 0 and (
        (_plural_form(before) and (k < 2 or label[k - 2].lower() not in _function_words()))
        or (k > 1 and _a_number(label[k - 2]))  # "Twelve people die"
    )


def _plural_form(word: str) -> bool:
    """A plural noun's or a present verb's form: "polls", "seizes" (not "press", "bus")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _a_number(word: str) -> bool:
    return word.isdigit() or word.lower() in lexicon.number_words()


@cache
def _function_words() -> frozenset[str]:
    """The words that join a noun phrase's parts, no verb of it: determiners and
    prepositions (words.toml's determiners, connectors, locatives, place_locatives,
    after_a_head, span_prepositions)."""
    return (
        lexicon.joined("determiners", "connectors", "locatives", "place_locatives", "after_a_head")
        | lexicon.words()["span_prepositions"]
    )


@cache
def _label_date() -> re.Pattern[str]:
    """A full date (layout.dates.FULL_DATE) that ends a line after a comma or a dash,
    perhaps after a participle that says what befell the page ("updated", "issued")."""
    from brief.ingest.layout.dates import FULL_DATE

    date = rf"(?i:{FULL_DATE.pattern})"
    return re.compile(rf"(?:,|\s[-\u2013\u2014|])\s*(?:[a-z]+ed\s+)?(?:on\s+)?{date}[.\s]*$")
