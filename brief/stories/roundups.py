"""A roundup: a source that tells several events, a paragraph each.

A newsletter or a news-in-brief column tells several events, an item each ("Kazakhstan's
National Bank raised its base rate ...", "Kenya's central bank raised its rate ...",
"Antimony: Rotterdam prices jumped ..."). The stories stage puts it in one story, the one
its words are nearest, and every sentence of it then stood for that story: r42's markets
brief filed the Kenyan rate under the Kazakh rate decision.

A report of one event names its people and places again and again, paragraph after
paragraph, and its paragraphs lean on one another ("The bank's ...", "According to the
minister, ...", a quotation whose speaker came before). A roundup's paragraphs each name
their own, and each opens as a lede does, naming its subject: at least ITEMS paragraphs
with names, no name (beside the days and months) in two of them, and no paragraph opening
with a sentence that could not lead (see brief.compose.leads.can_lead). Joined with
other reports, its items after the first that name nothing they name are another
event's, and no bullets of that story (StoryGroup.elsewhere); alone, it is its own story.

A report's paragraph may also take up its lead's event without naming anything the lead
names ("Brent crude rose 1.1% ... after the announcement"): an item that tells its event
as following "the announcement", "the decision", with no word of whose, leans on a
paragraph before it, where a roundup's item says what it followed. A short report of a
paragraph a sentence (the pledge, the minister, the field, the price) had read as a
roundup, and its price line had left its story's bullets (r56).

The test also takes a few reports of one event whose paragraphs name different things
(0.5% of the BBC's, ECB+'s and Multi-News's articles); in a story, their paragraphs that
name what the other reports name stay its bullets. A roundup that numbers its items as
well ("1) ...", "2) ...": Document.items, counted before ingest takes the marks off) is a
roundup surely, and it is a story of its own: whole, it had drawn a Kenyan report of that
day's rate rise into the Kazakh story, and read by its first item it joined that item's
story, whose bullets then took its later items that share a name with it (a morning
digest's NATO meeting, "more air defence for Ukraine", under its first item, the Kyiv
strike). Its items may share a name, as the day's events do (that strike and that
meeting both name Ukraine), so long as no name runs through most of them
(NUMBERED_THROUGH): numbered points of one event ("five things to know about the strike")
name its place in each, and that is a report. So are a court's or a regulator's numbered
points of one decision, which name their parties once, each with the term they go by
after ("Mr X (accused 1)", "Y Ltd (the “Owners”)"), and use those terms in point after
point: a defined term is the name it stands for (see _defined_terms; pile32's media
summary of a verdict had been a story of its own). The numbers are asked for: the
unnumbered test also takes a few reports of one event, which stay in their story.

A report in sections numbers its headings, not its paragraphs (a disaster agency's
situation report: "1. Human impact", "4. Response"), and its paragraphs sit under those
headings, where a roundup's numbered items are paragraphs of their own. The marks are
counted before ingest reads the headings, so a text whose paragraphs sit under two or
more headings is read as an unnumbered one: its paragraphs must show that they tell
several events (a relief agency's release names its district in four of them).

A digest may mark its items with labels in capitals instead of numbers ("MEXICO: The
death toll ...", "SRI LANKA: Monsoon floods ...", "ONE MORE THING: ..."): at least ITEMS
paragraphs opening on a label, no two on the same one (a transcript's speakers recur),
are a marked roundup's items, as numbered ones are, and its greeting and sign-off ("That's
it for tonight") are no items (see labelled_items). A bulleted label may be in title case
("— Colombia: The mayor of ...", "— Colombia again: ..."): the bullet marks it, where a
title-case "Why it matters:" opens a report's own paragraph.

A newsletter may tell its lead item at length before its marked items ("LEAD: ..." and
three paragraphs on one prison riot, then "ELSEWHERE" and a line each): that lead is the
newsletter's story, and its marked items are other events' (see lead_of). Read whole, it
joined the story its briefs shared most words with (a mayor's killing in its first brief,
not the riot it led with). Its lead may sit under a heading of its own ("THE LEAD: ...")
and its briefs under later ones, bulleted ("• Lebanon: the energy minister has quit"):
ingest takes the bullets off, and no label is left, but the headings part the lead from
the briefs (see headed_lead; read whole, pile10's joined an IPO named in a brief).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet
from functools import cache
from itertools import groupby
from operator import attrgetter

from brief.extract import lexicon
from brief.ingest.furniture import finite_verb
from brief.ingest.layout import is_labelled_field
from brief.models import Sentence
from brief.selection.quote_marks import opens_with_quote
from brief.stories.apart.countries import country_words
from brief.stories.texts import DIGIT, plain_term, sentence_names

# A roundup tells at least this many events: two or three paragraphs that name different
# people are a short report as often.
ITEMS = 4
# In a numbered roundup, no name (beside the days and months) is given by more than this
# share of its items: one that runs through most of them is the place or the cast of one
# event told in points.
NUMBERED_THROUGH = 0.5
# A numbered point's heading is this many words at most ("The reporting clause.").
HEADING_WORDS = 4


# A paragraph's label: one to four words in capitals, then a colon ("SRI LANKA: ...").
_LABEL = re.compile(r"[A-Z][A-Z'’.&-]*(?: [A-Z][A-Z'’.&-]*){0,3}:\s")
# Or a bullet, then one to four words opening on a capital, then a colon ("— Peru: ...").
_BULLETED_LABEL = re.compile(r"[—–•*-]\s*[A-Z][\w'’.&-]*(?: [\w'’.&-]+){0,3}:\s")


def _label(text: str) -> str | None:
    """The label a paragraph's first sentence opens on, if any."""
    found = _LABEL.match(text) or _BULLETED_LABEL.match(text)
    return found.group().lstrip("—–•*- ") if found else None


def labelled_items(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences of a digest's labelled items: the paragraphs that open on a label in
    capitals, where at least ITEMS do and no two share their label; else none."""
    paragraphs = [list(told) for _, told in groupby(sentences, key=attrgetter("paragraph"))]
    labels = [label for told in paragraphs if (label := _label(told[0].text))]
    if len(labels) < ITEMS or len(set(labels)) < len(labels):
        return []
    return [s for told in paragraphs if _label(told[0].text) for s in told]


def headed_lead(
    sentences: Sequence[Sentence],
) -> tuple[list[Sentence], list[list[Sentence]]] | None:
    """A newsletter's lead and briefs, where both sit under headings ("THE LEAD: ...", then
    "ALSO ON OUR RADAR", "ONE MORE THING") and the briefs are unlabelled (their bullets
    are taken off at ingest): the sentences under its first heading tell one event at
    length (see lead_of), and every sentence after them sits under a later heading, in
    items that each name their own (see roundup_items); else None. A report opens on its
    lede, not under a heading, and its sections' paragraphs lean on one another. (Read
    under any heading, not the first only, the lead took a section of a few ECB+ and
    MultiLing reports that head their paragraphs with dates: ECB+ F1 .952 -> .950.)"""
    first = next((s.heading for s in sentences if s.heading is not None), None)
    if first is None:
        return None
    end = max(i for i, s in enumerate(sentences) if s.heading == first)
    briefs = list(sentences[end + 1 :])
    if any(s.heading is None or s.heading == first for s in briefs):
        return None
    if (items := roundup_items(briefs)) and (lead := lead_of(sentences, briefs)):
        return lead, items
    return None


def lead_of(sentences: Sequence[Sentence], items: Sequence[Sentence]) -> list[Sentence]:
    """A labelled digest's lead item: its sentences before its first labelled item, when
    they tell one event at length (at least ITEMS sentences that name something, more
    than any item has); else none (a greeting, a masthead). Under a heading of its own,
    the lead is what that heading is over."""
    if not items:
        return []
    first = items[0].index
    before = [s for s in sentences if s.index < first]
    if before and before[-1].heading is not None and before[-1].heading != items[0].heading:
        # the lead's own heading ("LEAD: ..."): the masthead and greeting above it are no part
        before = [s for s in before if s.heading == before[-1].heading]
    calendar_words = lexicon.weekday_names() | lexicon.month_names()
    naming = [s for s in before if sentence_names(s.text) - calendar_words]
    longest = max(Counter(s.paragraph for s in items).values())
    return before if len(naming) >= ITEMS and len(naming) > longest else []


def roundup_items(
    sentences: Sequence[Sentence], *, numbered: bool = False
) -> list[list[Sentence]] | None:
    """A source's items (its paragraphs that name something, each with its sentences),
    when it is a roundup; else None. A `numbered` source's items may share a name, but
    no name runs through most of them (see NUMBERED_THROUGH)."""
    # a later stage's reading, imported when asked: importing compose would bring some
    # sixty modules into every process that reads the stories
    from brief.compose.leads import can_lead

    calendar_words = lexicon.weekday_names() | lexicon.month_names()
    if numbered and len({s.heading for s in sentences}) > 1:
        numbered = False  # a report in sections: the numbers were its headings
    if numbered and _points_under_headings(sentences):
        numbered = False  # an analysis in points: "1. The arithmetic. Competing drafts ..."
    items = []
    given: Counter[str] = Counter()  # in how many items each name is given
    defined = _defined_terms(sentences)
    for _, paragraph in groupby(_under_headings(sentences), key=attrgetter("paragraph")):
        told = list(paragraph)
        if opens_with_quote(told[0].text):
            continue  # a voice, named in it or not: no item of its own
        if is_labelled_field(told[0].text):
            # a notice's field ("Size: 5,300 acres", "VESSEL: ..."): its report's figure,
            # whose label opens it as a name would; no item of another event (r70: an
            # update's box of five fields had made it a roundup, its figures another's)
            continue
        named = frozenset().union(*(sentence_names(s.text) for s in told)) - calendar_words
        named |= _uses_of(defined, told)
        shared = named & given.keys()
        if not numbered and not all(_loose_tie(name) for name in shared):
            return None  # a name in two paragraphs: a report's own cast (most texts, early)
        if named:
            items.append(told)
            given.update(named)
    if len(items) < ITEMS or not all(can_lead(item[0].text) for item in items):
        return None
    if any(_follows_untold(item[0].text) for item in items[1:]):
        return None  # "... after the announcement": its event was told in a paragraph before
    if _lean_back(items) >= LEANING:
        return None  # "the airport" of an earlier paragraph's airport: one event's report
    if numbered and max(given.values()) > NUMBERED_THROUGH * len(items):
        return None  # one event's place or cast in most of its points
    return items


# A defined term: a designation in brackets after a name, a word and its number ("Mr Jon
# Arve Moen (respondent 2)", "Kestrel Haulage Ltd (defendant 3)"), or a short name in
# quotation marks ("Brekkfjord Holdings ASA (the “Issuer”)").
_DEFINED = re.compile(
    r"\b[A-Z][\w'’.-]*\s+\("
    r"(?:(?P<designation>[a-z]+ (?:no\.? ?)?\d{1,2})"
    r"|(?:the |hereinafter |hereafter )?[\"“‘'](?P<quoted>[^\"”’'()]{2,40})[\"”’'])\)"
)


def _defined_terms(sentences: Sequence[Sentence]) -> dict[str, re.Pattern[str]]:
    """The terms a source defines for the parties it names ("Mr Jon Arve Moen (respondent
    2)"), each with the pattern of its later uses ("Respondent 2 is ..."). A judgment's
    summary or a prospectus numbers its paragraphs and calls its parties by such terms in
    each of them: one case told in points, whose cast runs through them as a name would
    (a court's summary of one verdict had been read as a numbered roundup, pile32 018)."""
    terms: dict[str, re.Pattern[str]] = {}
    for s in sentences:
        for found in _DEFINED.finditer(s.text):
            if term := found.group("designation"):
                words = r"\s+".join(re.escape(w) for w in term.split())
                terms[term.lower()] = re.compile(rf"\b{words}\b", re.IGNORECASE)
            elif term := found.group("quoted"):
                words = r"\s+".join(re.escape(w) for w in term.split())
                terms[term] = re.compile(rf"\b{words}\b")
    return terms


def _uses_of(defined: dict[str, re.Pattern[str]], told: Sequence[Sentence]) -> frozenset[str]:
    """The defined terms (see _defined_terms) a paragraph uses, each as a name it gives."""
    text = " ".join(s.text for s in told)
    return frozenset(f"({term})" for term, used in defined.items() if used.search(text))


# How many of a source's paragraphs after its first that speak of a thing an earlier one
# named make it one report (`_lean_back`): one may be a roundup's slip.
LEANING = 2

# A name of two words or more: its last word is what it is ("... International Airport").
_LONG_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")


def _lean_back(items: Sequence[Sequence[Sentence]]) -> int:
    """How many items after the first speak of a thing an earlier item named, by "the"
    and its name's last word in small letters, and name no such thing of their own: "the
    airport" after "Jomo Kenyatta International Airport in Nairobi". A roundup's item
    names its own subject ("Kenya's central bank"); a short statement's paragraphs lean
    on its first (r71 F2: an airport authority's four one-line paragraphs had been read
    as four events, and its denial of a rumour as another event's item). So does an item
    that points back in so many words ("in the above regions", "the aforementioned
    district": words.toml's back_reference_words), as a notice's paragraphs do, one
    after another, of the area its first paragraph gave (pile34: a weather service's
    warning, its forecast by element and its numbered advice, had been read as a
    roundup of eight events)."""
    heads: set[str] = set()
    leaning = 0
    for n, item in enumerate(items):
        text = " ".join(s.text for s in item)
        own = {found.split()[-1].lower() for found in _LONG_NAME.findall(text)}
        if n and (
            _back_reference().search(text)
            or any(
                head not in own and re.search(rf"\b[Tt]he {head}\b(?!\s+[A-Z])", text)
                for head in heads
            )
        ):
            leaning += 1
        heads |= {head for head in own if head.isalpha()}
    return leaning


@cache
def _back_reference() -> re.Pattern[str]:
    """ "the above", "the aforementioned" and the like (words.toml's back_reference_words),
    not "the above-average" (a word goes on past it)."""
    words = lexicon.alternation(lexicon.words()["back_reference_words"])
    return re.compile(rf"\b[Tt]he (?:{words})(?![\w-])")


def _points_under_headings(sentences: Sequence[Sentence]) -> bool:
    """Whether at least ITEMS of a numbered source's paragraphs open on a heading of their
    own: a sentence of HEADING_WORDS words at most, with no name and no verb ("The
    arithmetic.", "What to watch."). A digest's item opens as a lede, on what happened
    to whom ("1) Kazakhstan's National Bank raised ..."); an analyst's note numbers the
    points of one event under headings, and its numbers are no items. A heading of two
    words or more, each after the first opening on a capital or a company's suffix
    ("2. Harwick plc.", "4. Bindarra Gold."), is a name: a newsletter heads each item with
    the company it tells of, its subject (pile33's newsletter of eight companies' news had
    been read as one event's points, "Net interest income.", and joined a bank's story)."""
    headed = 0
    for _, paragraph in groupby(sentences, key=attrgetter("paragraph")):
        words = next(paragraph).text.split()
        if (
            len(words) <= HEADING_WORDS
            and words[-1].endswith(".")
            and not sentence_names(" ".join(words[1:]))
            and not any(finite_verb(word.strip(".")) for word in words)
            and not _named_heading(words)
        ):
            headed += 1
    return headed >= ITEMS


def _named_heading(words: Sequence[str]) -> bool:
    """Whether a short heading's words ("Bindarra Gold.", "Harwick plc.") are a name: two
    or more, each after the first opening on a capital or a company's suffix (words.toml's
    company_suffixes). "Net interest income." and "The arithmetic." head an analyst's
    points in small letters after their first."""
    suffixes = lexicon.joined("company_suffixes")
    return len(words) >= 2 and all(
        word[:1].isupper() or word.rstrip(".").casefold() in suffixes for word in words[1:]
    )


@cache
def _untold_event() -> re.Pattern[str]:
    """A marker of what came before (words.toml's earlier_event_markers), then "the" and
    one or two words in small letters that end the clause: "rose 1.1% after the
    announcement." says which announcement nowhere in its sentence."""
    markers = lexicon.alternation(lexicon.words()["earlier_event_markers"])
    return re.compile(rf"\b(?:{markers}) the(?: [a-z]+){{1,2}}\s*(?:[.,;:!?]|$)")


def _follows_untold(text: str) -> bool:
    """Does the sentence tell its event as following one it does not name ("Brent crude
    rose 1.1% ... after the announcement")? An item of a roundup opens as a lede and says
    what its event followed ("after Kazakhstan pledged deeper cuts"); a report's later
    paragraph takes up the event its lead told. (Not "the day" or "the weekend": a time
    sets a scene, it is no event told before.)"""
    found = _untold_event().search(text)
    if found is None:
        return False
    words = found.group().rstrip(" .,;:!?").split()
    return words[-1] not in _time_nouns()


@cache
def _time_nouns() -> frozenset[str]:
    """Nouns of the calendar (words.toml's time_nouns, days, months), which no event is."""
    return lexicon.joined("time_nouns") | lexicon.weekday_names() | lexicon.month_names()


def _loose_tie(name: str) -> bool:
    """A name (lower case, as sentence_names gives it) that is also a common word and
    names nothing by itself ("Grain" of a firm and of a board, "Energy"): two paragraphs
    that share it need not tell one event. A country, a seat or a body of the gazetteer
    ("Turkey", "China", "Guinea") is one thing wherever it is named, and so is a body by
    its head word ("Police", "Parliament", "Treasury", "Government": one country's, in one
    report): shared, they are a report's own cast."""
    from brief.extract.actors.word_knowledge import common_word

    return common_word(name) and name not in _one_thing_words()


@cache
def _one_thing_words() -> frozenset[str]:
    """The gazetteer's one-word forms and the heads of a body's name, lower case."""
    places = {form.lower() for form in lexicon.gazetteer() if " " not in form}
    return frozenset(places) | lexicon.joined("organisation_heads", "leader_nouns")


def _under_headings(sentences: Sequence[Sentence]) -> list[Sentence]:
    """A source's sentences, less those above its first heading where the rest all sit
    under headings: a newsletter's greeting or masthead ("Welcome to this week's edition
    of ...") above its sections ("What happened", "What we're watching") is no item."""
    first = next((k for k, s in enumerate(sentences) if s.heading is not None), None)
    if not first or any(s.heading is None for s in sentences[first:]):
        return list(sentences)
    return list(sentences[first:])


def other_items(
    items: Sequence[Sequence[Sentence]],
    others: Sequence[Sequence[Sentence]],
    before: Sequence[Sentence] = (),
) -> list[Sentence]:
    """The sentences of a roundup's items after its first that name nothing the story's
    other reports (`others`, their sentences) name: another event's. Days and months are
    no names here: the day's events all happened "on Thursday". So are the sentences of
    the roundup before its first item (`before`, its sentences) that name something, none
    of it theirs: its masthead and greeting ("Welcome to this week's edition of The ...
    Weekly") tell no event. `others` are reports of one event, not roundups: two digests
    in one story share the day's names (a market close's "U.S." crude, a newsletter's
    "U.S." agency), and neither vouches for the other's items."""
    calendar_words = lexicon.weekday_names() | lexicon.month_names()
    theirs = frozenset().union(*(sentence_names(s.text) for report in others for s in report))
    # a name of a common word ("Energy" of a company and of an agency) ties no item to them
    theirs = frozenset(name for name in theirs - calendar_words if not _loose_tie(name))
    start = items[0][0].index if items and items[0] else 0
    heading = [
        s
        for s in before
        if s.index < start
        and (named := sentence_names(s.text) - calendar_words)
        and not named & theirs
    ]
    return heading + [
        s
        for item in items[1:]
        if not any(sentence_names(s.text) & theirs for s in item)
        for s in item
    ]


def other_sections(
    report: Sequence[Sentence], leads: Sequence[Sequence[Sentence]]
) -> list[Sentence]:
    """The sentences of a report in sections (its paragraphs under two or more headings)
    whose paragraphs, past its first, name something and nothing the story's other
    reports' leads (`leads`: their first sentences) name: another event's.

    A situation report tells a crisis under headings, a topic each (the toll, access,
    health, funding). Joined with a donors' conference by its funding line, it had filed
    the displaced, the corridors and the cholera cases under the pledges; a report of one
    event may recall the others in a line, but the names its lead gives are the story's.
    A paragraph that names the story's place, people or body stays the story's; one of
    another topic's cast (a health ministry, a refugee agency) is another event's, as a
    roundup's other items are (see other_items).

    A name the report gives under two or more of its headings is the crisis's setting, not
    one topic's cast: the district that the access section's road and the health section's
    cholera cases are both in ties neither to the story whose lead names it (a convoy
    attacked on that district's road). A paragraph naming nothing but its setting stays."""
    if len({s.heading for s in report if s.heading is not None}) < 2:
        return []  # one section, or none: a report's paragraphs lean on one another
    calendar_words = lexicon.weekday_names() | lexicon.month_names()
    theirs = _tying_names(leads, calendar_words)
    paragraphs = [
        (told, frozenset().union(*(sentence_names(s.text) for s in told)) - calendar_words)
        for _, paragraph in groupby(report, key=attrgetter("paragraph"))
        if (told := list(paragraph))
    ]
    headings: dict[str, set[str | None]] = {}
    for told, named in paragraphs:
        for name in named:
            headings.setdefault(name, set()).add(told[0].heading)
    setting = {name for name, under in headings.items() if len(under) >= 2}
    found: list[Sentence] = []
    for k, (told, named) in enumerate(paragraphs):
        if k and (named := named - setting) and not named & theirs:
            found.extend(told)
    return found


def other_exchanges(
    report: Sequence[Sentence], others: Sequence[Sequence[Sentence]]
) -> list[Sentence]:
    """The sentences of a briefing printed as questions and answers whose exchanges (a
    question and the turns after it, up to the next question), past the first, name
    something and nothing the story's other reports (`others`) name anywhere: another
    event's, as a report's other sections are (see other_sections). An answer on the
    story's talks names the envoys the story's statements give in their bodies, not in
    their leads.

    A ministry's weekly briefing takes one question after another, each on its own news:
    the dispute its spokesperson opens with, then a citizen detained abroad, a visit, a
    vote. Joined with the dispute's reports, its answer on the detention had been a bullet
    of the dispute's story. A question opens with an asking label (words.toml's
    asking_labels, "QUESTION (Anadolu Agency):", "Q:"); the asker's outlet in its brackets
    names no subject, nor does a turn's label ("SPOKESPERSON:"). A name given in two or more
    exchanges is the briefing's setting, as under two or more headings (see
    other_sections), and so is a country, its capital or its people."""
    paragraphs = [list(told) for _, told in groupby(report, key=attrgetter("paragraph"))]
    asked = [k for k, told in enumerate(paragraphs) if _asking(told[0].text)]
    if len(asked) < 2:
        return []  # one question, or none: no exchanges of several topics
    # a country, its capital or its people says where, not what: a foreign ministry's
    # briefing names the two countries of its dispute in every answer
    setting = lexicon.weekday_names() | lexicon.month_names() | country_words()
    theirs = _tying_names(others, setting)
    starts = [0, *(k for k in asked if k)]
    exchanges = [
        [s for told in paragraphs[start:end] for s in told]
        for start, end in zip(starts, [*starts[1:], len(paragraphs)], strict=True)
    ]
    named = [
        frozenset().union(*(sentence_names(_ASKING_RE.sub("", s.text, count=1)) for s in told))
        - setting
        for told in exchanges
    ]
    given = Counter(name for names in named for name in names)
    found: list[Sentence] = []
    for k, (told, names) in enumerate(zip(exchanges, named, strict=True)):
        own = {name for name in names if given[name] < 2}
        if k and own and not own & theirs:
            found.extend(told)
    return found


def _tying_names(
    reports: Sequence[Sequence[Sentence]], setting: AbstractSet[str]
) -> frozenset[str]:
    """The names the reports' sentences give that may tie a paragraph to them: not the
    setting's, nor a loose tie (_loose_tie)."""
    return frozenset(
        name
        for report in reports
        for s in report
        for name in sentence_names(s.text) - setting
        if not _loose_tie(name)
    )


# A label that opens a turn, and the asker in brackets: "QUESTION (Anadolu Agency):", "Q:".
_ASKING_RE = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ]{0,30}?)\s*(?:\([^()]{1,80}\))?\s*:\s*")


def _asking(text: str) -> bool:
    """Whether a paragraph's first sentence opens with an asking label."""
    found = _ASKING_RE.match(text)
    if found is None:
        return False
    label = found["label"].casefold()
    return label == "q" or label in lexicon.words()["asking_labels"]


@cache
def _named_cause() -> re.Pattern[str]:
    """A clause giving what moved a price or caused a happening by a name of its own:
    "as", "amid" or a marker of what came before (words.toml's earlier_event_markers),
    "the", capitalised words, then the event in small letters ("as the Kolwezi Ridge strike
    continued", "after the Halden refinery fire")."""
    markers = lexicon.alternation(["as", "amid", *lexicon.words()["earlier_event_markers"]])
    return re.compile(rf"\b(?:{markers}) the ((?:[A-Z][\w'’-]*\s)+)[a-z]")


def _moves_its_own(clause: str, theirs: Collection[str]) -> bool:
    """Whether the words before a named cause tell a move of something of their own: a
    figure ("Copper rose to $9,800 a tonne as ...") or a name the story's reports never
    give ("Shares of Halden Oil fell as ..."). Without either they tell the story's own
    actor's act, and the cause is its reason ("the bank moved as ..."). A sentence's
    first word is no name for this ("Economists said ...")."""
    first = clause.split()[:1]
    opening = {plain_term(first[0].casefold())} if first else set()
    return bool(DIGIT.search(clause)) or bool(sentence_names(clause) - set(theirs) - opening)


def other_causes(
    report: Sequence[Sentence], others: Sequence[Sequence[Sentence]]
) -> list[Sentence]:
    """The sentences of a report's paragraphs after its first that tell another event's
    effect: a paragraph that names nothing the story's other reports (`others`) or the
    report's own earlier paragraphs name, and gives its cause by a name none of them
    gives. A market report joins the story its lead line's move followed ("The shilling rose
    0.8% after the two countries agreed a truce"); a later line of another price,
    moved by another event ("Copper rose to $9,800 a tonne as the Kolwezi Ridge strike
    continued"), is not that story's, though the report is too short to read as a roundup.
    A line that gives no name for what it followed ("rose 1.1% after the announcement")
    leans on the lead and stays the story's, and so does one whose cause explains the
    story's own act, with no figure or name of its own before it ("Economists said
    policymakers moved as the Harbour Line strike pushed up prices": see _moves_its_own)."""
    opening = report[0].paragraph if report else None
    if not any(s.paragraph != opening and _named_cause().search(s.text) for s in report):
        return []  # no later line gives a named cause (most reports): nothing to read
    calendar_words = lexicon.weekday_names() | lexicon.month_names()
    theirs = {name for other in others for s in other for name in sentence_names(s.text)}
    found: list[Sentence] = []
    for k, (_, paragraph) in enumerate(groupby(report, key=attrgetter("paragraph"))):
        told = list(paragraph)
        named = frozenset().union(*(sentence_names(s.text) for s in told)) - calendar_words
        tied = {name for name in named & theirs if not _loose_tie(name)}
        causes = {
            plain_term(word.casefold())
            for s in told
            for cause in _named_cause().finditer(s.text)
            if _moves_its_own(s.text[: cause.start()], theirs)
            for word in cause.group(1).split()
        }
        if k and not tied and causes and not causes & theirs:
            found.extend(told)
        theirs |= named
    return found
