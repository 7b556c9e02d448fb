"""Pick the kept sentences from a ranking, never leaving one dangling.

A sentence that opens by pointing back ("He noted that...", "However, ...", "These
demands include...") reads as nonsense without the sentence before it. When the ranking
picks one, its antecedent (the previous sentence of the same source) comes along, placed
just before it and counted in the budget; when the budget cannot take both, or the
antecedent chain is too long, the sentence is skipped.

Quotes are held to the same rule in both directions: a sentence that opens a quote it
does not close brings the sentences that close it (placed just after it), and one that
sits inside or closes a quote opened before brings the sentence that opened it. A
sentence whose quote cannot be completed within the budget is skipped, so a bullet
never shows half a quote. Which way a straight quote faces is told by its neighbours
(after a space it opens, after a word or punctuation it closes), as typesetters do;
a paragraph starts outside any quote, so one stray mark cannot spread.

Opening "It" counts as pointing back even in "It is thought that ...": telling the
expletive "it" from the referring one needs a parser, and the price of a false alarm is
small (the previous sentence comes along, or the next-best sentence is taken) while a
miss leaves the reader with an unresolved reference.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from brief.extract import lexicon
from brief.models import Bullet, Mention, Ranking, Sentence, StoryGroup

# A short summary's length (DUC's): a multi-document ranking puts the best summary of this
# many words first (brief.rank.coverage), and a story's bullets read that summary first.
SUMMARY_WORDS = 100

_OPENERS = (
    # pronouns and determiners that refer back
    "he|she|it|they|him|her|them|his|hers|its|their|theirs|this|these|those|that|such"
    "|both|neither|either|another|others|the latter|the former|the same|the other"
    # a part of a group named before: "One of them told the judge", "Most of us"
    "|(?:one|two|three|some|many|most|all|each|several|none|any|few|half) of"
    " (?:them|us|you)"
    # discourse connectives that continue an argument
    "|however|but|and|or|nor|also|meanwhile|still|yet|instead|moreover|furthermore"
    "|besides|nevertheless|nonetheless|therefore|thus|hence|so(?! far)|then|otherwise|likewise"
    "|similarly|additionally|consequently|accordingly|indeed|in addition|as a result"
    "|on the other hand|by contrast|in contrast|in fact|even so|after that|at the same time"
    "|in turn|for his part|for her part|for their part|that said|even then"
    # a step after the one told before: "Next, Smith and Grunsfeld installed ..."
    "|next(?=,)|afterwards|afterward"
)
_WORDS = re.compile(r"\w+")
# An opener's contraction points back as the opener does ("He's", "They're", "That's").
_DANGLING = re.compile(
    rf"^[\s\"'“”‘’«»(\[—–-]*(?:{_OPENERS})(?:['’](?:s|re|ll|d|ve)\b|(?![\w'’-]))",
    re.IGNORECASE,
)
# "Earlier, she told ...", "On Monday, they said ...": a short opening phrase, then a
# pronoun that still points back.
_AFTER_OPENER = re.compile(
    r"^[\s\"'“‘(]*[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3},\s+"
    r"(?:he|she|they|it|his|her|their|its|this|these|those)(?![\w'’-])"
)
# A preposition whose object points back: "About this declared the official
# representative of the MFA ..." (a translated agency's order), "Of these, 12 were ...",
# "On that, the minister said ...".
_ABOUT_THIS = re.compile(
    r"^[\s\"'“‘(]*(?:about|of|on|regarding|concerning|despite|after|before)\s+"
    r"(?:this|that|it|these|those)(?![\w'’-])",
    re.IGNORECASE,
)
# A time named before, pointed back to: "were killed that night", "Later that day, ...",
# "sank that morning". Only before a stop, a comma or a word that starts another part of
# the clause: "said that day would come" and "that day-care centre" are no time of the
# story's. Which night it was, a sentence before said; alone, the bullet dates nothing.
_THAT_TIME = re.compile(
    r"\bthat (?:night|day|morning|afternoon|evening|week|weekend)"
    r"(?=[,.;:!?)]|$| (?:and|as|when|while|before|after|in|at|on|near|off|outside)\b)",
    re.IGNORECASE,
)
# A sentence that is one quotation and nothing else ('"We will believe it when the water
# runs."'): its speaker is named in the sentence before, and without it the bullet reads
# as words nobody said. (Not yet single marks, 'Mr Munden is ...': the Daily Mail opens
# every sentence of a long quote with one and closes only the last, and brief does not
# follow quotes in single marks across sentences, so a bare one pulled in the wrong
# sentence before it.)
_BARE_QUOTE = re.compile(r'^\s*[“"][^“”"]+[”"]\s*$')
# Words given to a bare pronoun ("“Journalists are the lifeblood ...,” he said."): who
# said them is named in a sentence before.
_SAID_BY_PRONOUN = re.compile(
    r",[”\"’']?\s+(?:(?:he|she|they)\s+(?:said|says|added|wrote|told\s+\S+)(?:\s+\S+){0,3}"
    r"|(?:said|says|added|wrote)\s+(?:he|she))\.$"  # not ", said he would appeal."
    # ... or set off by commas inside it: "agreed to a ceasefire at 2 p.m., she said, and
    # the committee would meet on Friday" (r42)
    r"|,\s+(?:he|she|they)\s+(?:said|says|added|told\s+\S+),\s"
)
MAX_CHAIN = 2  # antecedents a sentence may bring along (itself dangling: one more)
# An object pronoun ("replaces him", "sacked them", "thanked her."): by the rules of
# English its antecedent is no subject of its own clause ("Nhantumbo replaces him" is not
# Nhantumbo), so where the sentence has one clause before it, whom it means a sentence
# before names. "her" before a noun is a possessive ("her husband"), its own subject's.
_OBJECT_PRONOUN = re.compile(
    r"\b(?:him|them|her(?=\s*(?:[.,;:!?)”\"]|$)|\s+(?:to|as|for|with|in|on|at|from|by|after"
    r"|before|over|and|but|or|because|when|while|again|too|back|out|up|down|off)\b))\b",
    re.IGNORECASE,
)
# What opens or joins another clause before such a pronoun, where its antecedent may be:
# "dismissed Mabote and replaced him", "said the president had sacked him", "Before the
# court sentenced him, Smith ...", "arrested a man, charging him", "asked her to help them".
_ANOTHER_CLAUSE = re.compile(
    r"[;:—–]|\s-\s|\b(?:and|but|or|nor|then|that|who|whom|whose|which|what|when|where"
    r"|while|whilst|after|before|because|since|as|if|unless|although|though|until|once|so"
    r"|to|said|says|say|told|tells|tell|asked|according|than|whether|why|how)\b"
    r"|\b(?!(?:including|during|regarding|concerning|following|excluding|morning|evening"
    r"|building|king|thing|nothing|something|anything|everything|meeting|spring|ring|wing"
    r"|ceiling|bring|sing|string|sibling|darling|viking|boxing|wedding|funding|ruling"
    r"|briefing|hearing|landing|shooting|bombing|killing|fighting|uprising|warning)\b)"
    r"[a-z]{2,}ing\b",
    re.IGNORECASE,
)


# A reporter writes in the third person: "I", "we", "my", "our" in a reporter's sentence
# are someone speaking, whose name is in another sentence ("Like the Doctor himself I
# find myself in a state of utter terror"). A subject "I" follows the start, a comma or
# a lower-case word and comes before one ("World War I veterans" is no speaker).
# Three patterns, each searched only where a plain scan finds what it must start with:
# one pattern of all of them tried its four branches at every character (20 us a
# sentence, the most costly test of a bullet; now 7 us, the same answers).
_SUBJECT_I = re.compile(r"(?:^|[,;:]\s+|\b[a-z]+\s+)I(?:\s+[a-z]|['’](?:m|ve|d|ll)\b)")
_I_GOES_ON = re.compile(r"I[\s'’]")  # what a subject "I" needs after it
_FIRST_PERSON_WORD = re.compile(r"\b(?:we|my|our|ours|myself|ourselves)\b|\b(?:me|us)\b(?!\.)")
_OPENS_CLAUSE_IN_FIRST_PERSON = re.compile(r"(?:^|[.;:]\s+)(?:We|My|Our)\b")
_CAPITAL_FIRST_PERSON = re.compile(r"We|My|Our")
# A sentence opening in the first person ("We will ...", "I think ..."): a quotation run
# on without its marks, as BBC copy does. ("We Are The World" is a title: a capital follows.)
_OPENS_IN_FIRST_PERSON = re.compile(r"^[\s\"'“‘(]*(?:I|We|My|Our|Us)(?![\w'’-])(?!\s+[A-Z])")


def fit_in_words(texts: Iterable[str], words: int) -> int:
    """How many of the first texts fit in `words` words together (a summary's opening)."""
    total = fitted = 0
    for text in texts:
        total += len(text.split())
        if total > words:
            break
        fitted += 1
    return fitted


def speaks_in_first_person(text: str) -> bool:
    """A first-person word anywhere in the sentence (quotation marks not read: coverage
    keeps quotations out of bullets before it asks)?"""
    return (
        (_I_GOES_ON.search(text) is not None and _SUBJECT_I.search(text) is not None)
        or _FIRST_PERSON_WORD.search(text) is not None
        or (
            _CAPITAL_FIRST_PERSON.search(text) is not None
            and _OPENS_CLAUSE_IN_FIRST_PERSON.search(text) is not None
        )
    )


def opens_in_first_person(text: str) -> bool:
    """Does the sentence open as someone speaking (its speaker named before it)?"""
    return _OPENS_IN_FIRST_PERSON.match(text) is not None


def continues_quote(text: str) -> bool:
    """The tail of a quote opened in the sentence before ('... for casualties," she said.'):
    its first double quote closes rather than opens."""
    close, opening = text.find("”"), text.find("“")
    if close != -1 and (opening == -1 or close < opening):
        return True
    first = text.find('"')
    if first <= 0 or text[first - 1].isspace() or text[first - 1] in "([{—–-":
        return False
    return not (text[first - 1] == ":" and _opens(text[first + 1 : first + 2]))


def _opens(after: str) -> bool:
    """After a colon, a straight quote mark opens a quote when the quote's text follows it
    ('said:"We', 'wrote:"#MeToo', 'said:"$5'), and closes one before a space or a
    closing mark ('the slogan "Enough:" and', '"Enough:", he said')."""
    return bool(after) and not after.isspace() and after not in ",.;:!?)]"


# A side's silence answers the claim before it: "The RSF did not respond to a request for
# comment", "The ministry declined to comment", "could not be reached for comment".
_NO_COMMENT = re.compile(
    r"\bfor comment\b|\b(?:declined|refused|unwilling|unavailable|not available) to comment\b"
    r"|\bdid not (?:immediately )?comment\b"
)


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
    found: set[int] = set()
    opened: tuple[int, int] | None = None  # (source, paragraph) of the last such opening
    left = 0  # how many more sentences of that paragraph go on with its event
    for pos, sentence in enumerate(sentences):
        here = (sentence.source, sentence.paragraph)
        if reports_another_event(sentence.text):
            opened, left = here, FOLLOWING_ANOTHER_EVENT + 1
        if opened == here and left > 0:
            found.add(pos)
            left -= 1
        else:
            opened = None
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
    return frozenset(
        k
        for k, sentence in enumerate(sentences)
        if Mention(sentence.source, sentence.index) in marked
    )


def is_dangling(text: str) -> bool:
    """Does the sentence open with a word, sit inside a quote, quote someone the sentence
    before names (bare, or given to "he" or "she"), answer its claim with a side's
    silence, or give its verb an object pronoun whose antecedent no clause of its own can
    hold ("..., replaces him."), so that it needs that sentence?"""
    return (
        _NO_COMMENT.search(text) is not None
        or _DANGLING.match(text) is not None
        or _AFTER_OPENER.match(text) is not None
        or _ABOUT_THIS.match(text) is not None
        or _points_to_a_time(text)
        or continues_quote(text)
        or _BARE_QUOTE.match(text) is not None
        or _said_by_pronoun(text)
        or _object_points_back(text)
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
    a past (`tense.past_form`), a verb of speech (not its -ing form: "Weather
    warning"); or a verb in the present as a headline
    has it: a word in -s with a word after it ("Army seizes power", "Parliament votes
    to"; a compound's head ends it: "Ferry timetable changes"), or a lower-case word after
    a plural subject ("Polls open", "Twelve people die"). A plural noun after a
    preposition or a determiner is its object ("for residents", "to mariners")."""
    from brief.extract.figures.tense import past_form

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
    """A full date that ends a line after a comma or a dash, perhaps after a participle
    that says what befell the page ("updated", "issued")."""
    from brief.extract.figures.notation import MONTH

    ordinal = r"(?:st|nd|rd|th)?"
    date = rf"(?:\d{{1,2}}{ordinal} {MONTH} \d{{4}}|{MONTH} \d{{1,2}}{ordinal},? \d{{4}})"
    return re.compile(rf"(?:,|\s[-\u2013\u2014|])\s*(?:[a-z]+ed\s+)?(?:on\s+)?{date}[.\s]*$")


def _object_points_back(text: str) -> bool:
    """ "Rosalina Nhantumbo, director of the Central Hospital of Sanjala, replaces him.":
    an object pronoun with one clause before it (see _OBJECT_PRONOUN), so that whom it
    means is named in a sentence before (r44: the new minister's bullet was kept without
    the sentence saying whom she replaces). Not inside a quotation, whose speaker's
    "him" is theirs."""
    for found in _OBJECT_PRONOUN.finditer(text):
        if quoted_at(text, found.start()):
            continue
        if _ANOTHER_CLAUSE.search(text, 0, found.start()) is None:
            return True
    return False


def _points_to_a_time(text: str) -> bool:
    """ "... were killed that night.": a time the sentence before named (see _THAT_TIME);
    not inside a quotation, whose speaker's "that day" is theirs."""
    found = _THAT_TIME.search(text)
    return found is not None and not quoted_at(text, found.start())


def _said_by_pronoun(text: str) -> bool:
    """ "“...,” he told Haaretz.": words a bare pronoun said (see _SAID_BY_PRONOUN)."""
    return "," in text and _SAID_BY_PRONOUN.search(text) is not None


def said_by_an_office(sentence: Sentence) -> bool:
    """Words given to a bare office after its article's first sentence ("..., the defence
    minister said."): who holds it, a sentence before says, and a bullet alone reads as
    another story's minister (r38: Tanzania's minister read as Congo's). An article's
    first sentence has no sentence before it: "..., the governor said." leads a wire
    story, so this is no part of `is_dangling`, which reads the text alone."""
    text = sentence.text
    return (
        sentence.index > 1
        and "," in text
        and " the " in text
        and _said_by_office().search(text) is not None
    )


@cache
def _said_by_office() -> re.Pattern[str]:
    """ ", the minister said.", ", the chief economist told Reuters on Monday in Dodoma.":
    an office's head (words.toml's role_heads) after up to three of role_modifiers."""
    lists = lexicon.words()
    heads = "|".join(sorted(map(re.escape, lists["role_heads"]), key=len, reverse=True))
    modifiers = "|".join(sorted(map(re.escape, lists["role_modifiers"]), key=len, reverse=True))
    return re.compile(
        rf",[”\"’']?\s+the\s+(?:(?:{modifiers})[\s-]+){{0,3}}(?:{heads})\s+"
        r"(?:said|says|added|wrote|told\s+\S+)(?:\s+[^\s,]+){0,5}\.$"
    )


def _neighbours(sentences: Sequence[Sentence]) -> tuple[list[int | None], list[int | None]]:
    """Position of each sentence's antecedent (the previous sentence of its source), and
    of the sentence after it."""
    where = {(s.source, s.index): i for i, s in enumerate(sentences)}
    previous = [where.get((s.source, s.index - 1)) for s in sentences]
    return previous, [where.get((s.source, s.index + 1)) for s in sentences]


_QUOTE_MARKS = '"“”«»„'
_OPENING_MARKS = "“«„"
_QUOTE_MARK = re.compile(f"[{_QUOTE_MARKS}]")


def leaves_quote_open(text: str, inside: bool = False) -> bool:
    """Whether a quote is open at the end of the sentence (`inside`: one was open at its
    start): the next sentence goes on with it."""
    for mark in _QUOTE_MARK.finditer(text):  # most sentences hold none
        at, char = mark.start(), mark.group()
        if char == '"':
            before = text[at - 1] if at else " "
            after = text[at + 1 : at + 2]
            inside = before.isspace() or before in "([{—–-/" or (before == ":" and _opens(after))
        else:
            inside = char in _OPENING_MARKS
    return inside


def quoted_at(text: str, position: int) -> bool:
    """Whether a quotation holds the sentence's character at `position`: one opens
    before it and is still open, or, where no mark comes before it, the first after it
    closes a quote the sentence before opened."""
    head = text[:position]
    if _QUOTE_MARK.search(head) is not None:
        return leaves_quote_open(head)
    return continues_quote(text[position:])


@dataclass(frozen=True)
class _QuoteState:
    opened_before: bool  # the sentence starts inside a quote (or closes one it did not open)
    open_after: bool  # the sentence ends inside a quote
    # it opens a quote that a later sentence gives to a bare pronoun ("“...  ...,” he told
    # Haaretz."): the quote needs the sentence before it, which names him
    said_by_pronoun: bool = False
    # it names someone by a surname two people of its article bear ("Al Mansoori said the
    # board would ..." beside a chairman and a chief executive Al Mansoori): the sentence
    # before says which, and a bullet alone reads as the other (r42)
    namesake: bool = False


class _QuoteStates:
    """Each sentence's place in the quotes of its paragraph (`previous`: each one's
    antecedent), worked out when asked: a choice reads the states of the picks it weighs
    and of their neighbours, not of every sentence (a digest's 17,800 sentences took 0.06
    s, each time the pile's picks were chosen or chained)."""

    def __init__(
        self,
        sentences: Sequence[Sentence],
        previous: Sequence[int | None],
        following: Sequence[int | None],
    ) -> None:
        self._sentences, self._previous, self._following = sentences, previous, following
        self._after: dict[int, bool] = {}  # does a quote stay open after the sentence
        self._shared: dict[int, frozenset[str]] = {}  # each source's surnames two people bear
        self._texts: dict[int, list[str]] | None = None  # each source's sentences, read once

    def __getitem__(self, pos: int) -> _QuoteState:
        inside = self._inside(pos) or continues_quote(self._sentences[pos].text)
        open_after = self._open(pos)
        opens = self._sentences[pos].text.lstrip()[:1] in _QUOTE_MARKS  # not "X said: “..."
        by_pronoun = open_after and opens and not inside and self._closed_by_pronoun(pos)
        sentence = self._sentences[pos]
        namesake = bare_surname(sentence.text, self._surnames(sentence.source))
        return _QuoteState(inside, open_after, by_pronoun, namesake)

    def _surnames(self, source: int) -> frozenset[str]:
        """The surnames two people of a source bear, its sentences grouped by source in
        one pass the first time any is asked (a digest holds a thousand sources)."""
        if source not in self._shared:
            if self._texts is None:
                self._texts = {}
                for one in self._sentences:
                    self._texts.setdefault(one.source, []).append(one.text)
            self._shared[source] = shared_surnames(self._texts.get(source, ()))
        return self._shared[source]

    def _closed_by_pronoun(self, pos: int) -> bool:
        """Whether the sentence that closes the quote `pos` opens (within MAX_CHAIN more)
        gives its words to a bare pronoun."""
        at = self._following[pos]
        for _ in range(MAX_CHAIN):
            if at is None or not _continues_quote_from(self._sentences[pos], self._sentences[at]):
                return False
            if not self._open(at):
                return _said_by_pronoun(self._sentences[at].text)
            pos, at = at, self._following[at]
        return False

    def _inside(self, pos: int) -> bool:
        before = self._previous[pos]
        return (
            before is not None
            and self._sentences[before].paragraph == self._sentences[pos].paragraph
            and self._open(before)
        )

    def _open(self, pos: int) -> bool:
        """Back to the paragraph's first sentence whose state is not known yet, then
        forward, each sentence from the one before it."""
        run: list[int] = []
        at: int | None = pos
        while at is not None and at not in self._after:
            run.append(at)
            before = self._previous[at]
            same = before is not None and self._sentences[before].paragraph == (
                self._sentences[at].paragraph
            )
            at = before if same else None
        for at in reversed(run):
            self._after[at] = leaves_quote_open(self._sentences[at].text, self._inside(at))
        return self._after[pos]


def _continues_quote_from(before: Sentence, after: Sentence) -> bool:
    """The sentence goes on with the quote left open: in the same paragraph, or opening
    the next one with a quote mark (a quote over several paragraphs reopens each one)."""
    return before.paragraph == after.paragraph or after.text.lstrip()[:1] in _QUOTE_MARKS


def _needs(sentence: Sentence, state: _QuoteState) -> bool:
    return sentence.index > 1 and (
        is_dangling(sentence.text)
        or said_by_an_office(sentence)
        or state.opened_before
        or state.said_by_pronoun
        or state.namesake
    )


@cache
def _full_name() -> re.Pattern[str]:
    """A given name and a surname after it, perhaps after one of words.toml's particles
    ("Saeed Al Mansoori", "Khalid Al Mansoori", "Nino Beridze"); a look-ahead, so that
    "Chairman Saeed Al Mansoori" is read from each of its words."""
    particles = sorted(lexicon.words()["particles"], key=len, reverse=True)
    spelled = "|".join(
        alternative for p in particles for alternative in (re.escape(p), re.escape(p.capitalize()))
    )
    return re.compile(rf"(?=\b([A-Z][a-z]+)\s+((?:(?:{spelled})[\s-])?[A-Z][\w'’-]+))")


def shared_surnames(texts: Iterable[str]) -> frozenset[str]:
    """The surnames two people of an article bear: each after two given names a
    dictionary knows ("Saeed Al Mansoori", "Khalid Al Mansoori")."""
    from brief.extract.actors.word_knowledge import gender

    given: dict[str, set[str]] = {}
    for text in texts:
        for first, surname in _full_name().findall(text):
            if gender(first.lower()) is not None:
                given.setdefault(surname, set()).add(first)
    return frozenset(surname for surname, firsts in given.items() if len(firsts) > 1)


def bare_surname(text: str, surnames: Collection[str]) -> bool:
    """Whether the sentence gives words to someone named by one of `surnames` alone (no
    given name or other capitalised word before it but an honorific), the surname beside
    its verb of saying ("Al Mansoori said", "said Mr Al Mansoori"): the speaker a reader
    of the bullet cannot tell. (Any bare surname was tried: it cost cnndm 0.05 ROUGE-1 for
    sentences a reader settles, "Blair" beside Cherie Blair.)"""
    speech = lexicon.words().speech
    for surname in surnames:
        for found in re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])", text):
            before = text[: found.start()].rstrip().split()
            word = before[-1] if before else ""
            bare = (
                not word[:1].isupper() or word.rstrip(".").lower() in lexicon.words()["honorifics"]
            )
            after = text[found.end() :].split()[:1]
            said = (after and after[0].strip(",.").lower() in speech) or any(
                w.strip(",").lower() in speech for w in before[-2:]
            )
            if bare and said:
                return True  # "Mr Al Mansoori" is either
    return False


def unresolved(sentences: Sequence[Sentence], kept: Sequence[int]) -> list[int]:
    """The kept positions left dangling: their antecedent is not kept before them, or
    the quote they leave open is not closed by the sentence kept right after them."""
    previous, following = _neighbours(sentences)
    states = _QuoteStates(sentences, previous, following)
    seen: set[int] = set()
    bad = []
    for n, pos in enumerate(kept):
        antecedent = previous[pos]
        needs_before = _needs(sentences[pos], states[pos])
        missing_before = needs_before and (antecedent is None or antecedent not in seen)
        missing_after = states[pos].open_after and (
            following[pos] is None or kept[n + 1 : n + 2] != [following[pos]]
        )
        if missing_before or missing_after:
            bad.append(pos)
        seen.add(pos)
    return bad


def leans_on(sentences: Sequence[Sentence], kept: Sequence[int]) -> dict[int, int]:
    """Each kept sentence that cannot stand without the kept sentence just before it in
    its source (it opens with a back-reference, or it sits inside or closes a quote that
    one opened), mapped to that sentence: a reader reads them as one."""
    previous, following = _neighbours(sentences)
    states = _QuoteStates(sentences, previous, following)
    chosen = set(kept)
    leaning = {}
    for pos in kept:
        antecedent = previous[pos]
        if antecedent in chosen and _needs(sentences[pos], states[pos]):
            leaning[pos] = antecedent
    return leaning


@dataclass(frozen=True)
class Kept:
    """A ranked pick and the sentences it cannot stand without, in reading order."""

    picked: int
    chain: tuple[int, ...]


def select_chains(sentences: Sequence[Sentence], ranking: Ranking, count: int) -> tuple[Kept, ...]:
    """The picks, best first, each with its chain: antecedents just before it, and the
    sentences that close a quote it opens just after it. Chains share no sentence, and
    take none the ranking left out (a sentence the reader was already sent)."""
    previous, following = _neighbours(sentences)
    links = _Links(previous, following, _QuoteStates(sentences, previous, following))
    kept: list[Kept] = []
    chosen: set[int] = set()
    said: list[tuple[str, str]] = []  # the kept sentences, and their words, for _repeats
    available = set(ranking.order) - other_events(sentences) - small_talk(sentences)
    for pos in ranking.order:
        if len(chosen) >= count:
            break
        if pos in chosen:
            continue
        chain = _chain(sentences, links, chosen, pos)
        if chain is None or len(chosen) + len(chain) > count:
            continue
        if not available.issuperset(chain):
            continue
        texts = [(sentences[k].text, _worded(sentences[k].text)) for k in chain]
        if any(_repeats(text, worded, said) for text, worded in texts):
            continue
        kept.append(Kept(pos, tuple(chain)))
        chosen.update(chain)
        said += texts
    return tuple(kept)


REPEAT_WORDS = 8  # a sentence this long inside another is the other's repeat


def _worded(text: str) -> str:
    return " " + " ".join(_WORDS.findall(text.casefold())) + " "


def _repeats(text: str, worded: str, said: Sequence[tuple[str, str]]) -> bool:
    """Whether a sentence says a kept one again: held in it word for word, or holding it
    where a page lost the full stop after it and ran on into the next sentence ("... at
    Southampton Crown Court Consultant physiatrist John O'Shea said ..."). A sentence
    that holds a kept one and goes on with a fact of its own ("... in Leeds city centre,
    and a woman has been arrested") is news."""
    for kept, one in said:
        if min(one.count(" "), worded.count(" ")) <= REPEAT_WORDS:
            continue
        if worded in one:
            return True
        if one in worded and _runs_on_from(text, kept):
            return True
        if _reported_again(worded, one):
            return True
    return False


def _reported_again(worded: str, kept: str) -> bool:
    """Whether a report of what someone said holds nothing a kept one does not, but for
    its verb of saying: "Kremlin spokesman Dmitry Orlov repeated that Russia had nothing
    to do with the incident" beside "Kremlin spokesman Dmitry Orlov said Russia had
    nothing to do with the incident and called the accusations ..." (r47 L5). The verbs
    of saying and a "that" after one are set aside in both; then one past form ("repeated",
    "reiterated") may be the sentence's own."""
    from brief.extract.figures.tense import past_form

    lists = lexicon.words()

    def unsaid(text: str) -> list[str]:
        return [w for w in text.split() if w not in lists.speech and w != "that"]

    own, other = unsaid(worded), " " + " ".join(unsaid(kept)) + " "
    if len(own) <= REPEAT_WORDS:
        return False
    if f" {' '.join(own)} " in other:
        return True
    return any(
        f" {' '.join(own[:at] + own[at + 1 :])} " in other
        for at, word in enumerate(own)
        if past_form(word)
    )


def _runs_on_from(text: str, kept: str) -> bool:
    """Whether `text` is `kept` without its closing stop, then a capitalised word."""
    body = kept.rstrip().rstrip(".!?\"”’'")
    at = text.find(body)
    return at >= 0 and re.match(r"\s+[A-Z]", text[at + len(body) :]) is not None


def select(sentences: Sequence[Sentence], ranking: Ranking, count: int) -> tuple[int, ...]:
    """Positions of the kept sentences, best first; an antecedent directly precedes its
    dependent sentence, and a quote's closing sentences directly follow its opening one."""
    return tuple(pos for kept in select_chains(sentences, ranking, count) for pos in kept.chain)


@dataclass(frozen=True)
class _Links:
    previous: list[int | None]
    following: list[int | None]
    quotes: _QuoteStates


def _chain(
    sentences: Sequence[Sentence], links: _Links, chosen: Collection[int], pos: int
) -> list[int] | None:
    """`pos` with the sentences it needs, in reading order; None when none will do."""
    chain = [pos]
    while _needs(sentences[chain[0]], links.quotes[chain[0]]):
        antecedent = links.previous[chain[0]]
        if antecedent is not None and antecedent in chosen:
            break
        if antecedent is None or len(chain) > MAX_CHAIN:
            return None
        chain.insert(0, antecedent)
    closers = 0
    while links.quotes[chain[-1]].open_after:
        follower = links.following[chain[-1]]
        if (
            follower is None
            or follower in chosen
            or closers >= MAX_CHAIN
            or not _continues_quote_from(sentences[chain[-1]], sentences[follower])
        ):
            return None
        chain.append(follower)
        closers += 1
    return chain


def quote_runs(bullets: Sequence[Bullet]) -> list[tuple[Bullet, ...]]:
    """Bullets as the reader takes them: the sentences of one quotation, kept together by
    select, make one item (in one section, one bullet), so no item opens or closes a quote
    it does not hold whole. Each sentence keeps its own citation."""
    runs: list[list[Bullet]] = []
    open_quote = False
    for bullet in bullets:
        previous = runs[-1][-1] if runs else None
        follows = (
            previous is not None
            and (bullet.source, bullet.index) == (previous.source, previous.index + 1)
            and open_quote
        )
        if follows:
            runs[-1].append(bullet)
        else:
            runs.append([bullet])
        open_quote = leaves_quote_open(bullet.text, follows)
    return [tuple(run) for run in runs]
