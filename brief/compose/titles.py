"""Titles: a brief's, and a story's. Always the sources' own words, or the profile's."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import date, datetime
from functools import cache

from brief.compose.leads import can_lead, refers_back
from brief.extract.lexicon import words
from brief.inflection import inflection_key
from brief.ingest.furniture import after_furniture, is_furniture
from brief.models import Document, Sentence
from brief.segment import without_dateline

TITLE_WORDS = 16
# The word lists are words.toml's [titles]: lede_subordinators (a lede that opens with a
# subordinate clause has its news after the comma) and title_function_words.
_WORD = re.compile(r"\w+")


def headline(
    documents: Sequence[Document],
    ledes: Sequence[Sentence],
    summary: Sequence[str],
    stated: Collection[int] = (),
    stances: Mapping[int, int] | None = None,
    roundups: Collection[int] = (),
    copies: Collection[int] = (),
    corrected: Callable[[str, int | None], bool] = lambda _title, _source: False,
) -> tuple[str, int | None]:
    """The headline that best states what the summary says (most words in common with
    it), earliest first on a tie, and the source it heads. With no headline at all, the
    lede (each source's first sentence) that does so, among those a reader can take
    without the article: "It plowed over 17 islands" never names its storm, and page
    furniture names nothing (a caption's "In this 2007 file photo, ...", a credit). A lede
    that only opens with a page's button or label ("CLOSE Flood waters rose ...",
    "Update: Court delays ruling") is taken without it. When every lede is furniture, the
    summary's first sentence a reader can take titles the story (heading no source in
    particular). Ledes that only point back still open their reports, and the summary's
    sentences then read no better (a trial on Multi-News: "Now, however, ..."): the
    best of them is kept.

    `stated`: the sources whose first sentence the summary holds. A headline whose
    report's opening the summary leaves out goes after those it states: a late report's
    "Belarus says it will pull back 1,000 troops" had headed a story whose bullets never
    said so, and of two reports, an aid agency's "struggle to reach 120,000 fleeing" had
    headed a story led by the other's "M23 rebels captured the town". Then a report that
    states the event goes before one that speaks for a party or comments on it
    (`stances`, by source: `report_stance`): RIA's "Dorokhov: American side agreed ...",
    which Washington denied, had headed the story of nine reports of the Geneva talks,
    and an analyst's "Union Resolve-26: why the numbers matter" the troop build-up's
    (r47). Of reports of several days, the latest's headline goes first (see
    _newest). A roundup's headline (`roundups`: a newsletter's, a market close's) names
    several events, and any other report's goes first: "The ... Weekly: refinery fires,
    Red Sea strike and Kazakhstan's pledge" had headed a refinery fire's story (r56).
    A republished copy's headline (`copies`: the story's copies of another of its
    reports) is its republisher's wording of the original's text, and the original's
    goes first (r60 F16: a paper's short headline had headed the wire's story).
    A headline whose count another report of the story corrects (`corrected`, by its
    words and its source) is no headline: "Gunmen abduct six crew" had headed a story
    whose navy update says seven were taken, not six. With no other, the summary's first
    sentence a reader can take titles the story.

    A mail's Subject (`Source.title_is_subject`) goes after every published headline, a
    roundup's too: it is a sender's label for a message ("SITREP 04/02 - Gerida / Sirba
    access (partner)"), written for its recipients, not a headline written for readers, and
    a partner's confidential one had headed a story of six outlets' reports, and the mail
    of the brief to its readers (r63 F2). It heads a story only where no report of it has
    a published headline (a forwarded wire copy's own headline is one)."""
    said = {w for text in summary for w in _WORD.findall(text.casefold())}
    said -= words()["title_function_words"]

    def overlap(text: str) -> int:
        return len(said & set(_WORD.findall(text.casefold())))

    titled = [(d.title, d.source.number) for d in documents if d.title and can_head(d.title)]
    if not titled and ledes:
        texts = [(after_furniture(without_dateline(s.text)), s.source) for s in ledes]
        leading = [(t, n) for t, n in texts if can_lead(t)]
        bullet = next((text for text in summary if can_lead(text)), None)
        if not leading and bullet is not None and all(is_furniture(s.text) for s in ledes):
            return fallback_title(bullet), None  # the story's best sentence a reader can take
        leading = leading or [(s.text, s.source) for s in ledes]
        titled = [(fallback_title(text), source) for text, source in leading]
    titled = titled or [(d.title, d.source.number) for d in documents if d.title]
    if not titled:
        return "", None
    current = [(title, source) for title, source in titled if not corrected(title, source)]
    bullet = next((text for text in summary if can_lead(text)), None)
    if not current and bullet is not None:
        return fallback_title(bullet), None
    titled = current or titled
    newest = _newest(documents)
    # how far the other reports bear a headline out counts from three reports on
    borne = borne_out(documents) if len(documents) >= BORNE_OUT_FROM else lambda _: 0.0
    stance = stances or {}
    mailed = {d.source.number for d in documents if d.source.title_is_subject}

    def speaks_for_a_side(source: int | None) -> bool:
        return stance.get(source, STATES_EVENT) >= SPEAKS_FOR_A_SIDE if source else False

    return max(
        titled,
        key=lambda t: (
            t[1] not in mailed,
            t[1] not in roundups,
            # a page's label names a kind of copy, not the event: any other report's
            # headline goes first ("LIVE UPDATES: Typhoon ... aftermath", r52 M3)
            not labelled_as_copy(t[0]),
            t[1] not in copies,
            t[1] in stated,
            not speaks_for_a_side(t[1]),
            newest(t[1]),
            borne(t[0]),
            overlap(t[0]),
            -titled.index(t),
        ),
    )


def _newest(documents: Sequence[Document]) -> Callable[[int | None], str]:
    """A source's date where its reports are of several days, so that the latest one's
    headline heads the story: "18,000 Sudanese flee into Chad" of 6 March had headed a
    story whose report of 11 March says more than 25,000 (a reviewer's). The same for all
    when they are of one day or undated."""
    dates = report_dates(documents)
    return lambda source: dates.get(source, "") if source is not None else ""


def report_dates(documents: Sequence[Document]) -> dict[int, str]:
    """Each source's date ("" undated) where the reports are of several days; none when
    they are of one day or undated: then no report is the later."""
    dates = {d.source.number: d.source.date or d.date or "" for d in documents}
    return dates if len({date[:10] for date in dates.values() if date}) >= 2 else {}


# From how many reports a story's headline is the one most of them bear out: with two,
# each headline is half the story and the summary decides.
BORNE_OUT_FROM = 3


def can_head(title: str) -> bool:
    """A headline a reader can take: not one that points back ("It's about time, right?"
    headed one of four reports of an actress's rehab) nor furniture. Unlike a lead, it
    may open with a quote: "'Nuclear dumpsite' plan attacked"."""
    return not (refers_back(_past_opening_quote(title)) or is_furniture(title))


# A headline's opening quotation and what ends it: "“We pulled a boy out”: Saltivka counts
# its dead". Its own "we" is the speaker's, not a pointer back to an earlier sentence.
_OPENING_QUOTE = re.compile(r"^\s*[\"“‘'](?P<words>.{1,200}?)[\"”’'](?!\w)\s*[:,\-–—]?\s*")


def _past_opening_quote(title: str) -> str:
    """The headline after an opening quotation, where words follow it; else all of it."""
    found = _OPENING_QUOTE.match(title)
    return title[found.end() :] if found and title[found.end() :].strip() else title


def borne_out(documents: Sequence[Document], told: Sequence[str] = ()) -> Callable[[str], float]:
    """How much of what a headline says its story's reports say too: the mean, over its
    words, of the share of reports whose headline and opening use the word. Ten reports
    of an earthquake bear out "Quake kills hundreds in Haiti" more than one report's "Ten
    US missionaries charged with child kidnapping in Haiti", which the summary may still
    share many words with.

    `told`: what the reader was already sent of a developing story (its sentences in
    these reports that an earlier brief gave), which bears a headline out as one more
    report: the story he knows is the earlier days' reports'. Of a day's reports of a
    drone strike's aftermath, "Investigators identify drone used in Poti strike" says
    what he was told the story is; a convoy's or a minister's meeting that joined it that
    day, their own angle.

    The mean is over HEADLINE_WORDS words at least: a label of a kind of copy and a place
    ("Market report Sirba", a trader's two-sentence note) says less than a headline does,
    and the words it leaves out bear nothing out. Its place, which every report of the
    region names, had made it the best borne out of seven reports' headlines, and it had
    headed and led a story of a ceasefire, a convoy attack and an abduction (r63 F2)."""
    used = [set(_WORD.findall(_lead_text(d).casefold())) for d in documents]
    if told:
        used.append({w for text in told for w in _WORD.findall(text.casefold())})
    function_words = words()["title_function_words"]

    def share(title: str) -> float:
        own = {w for w in _WORD.findall(title.casefold()) if not w.isdigit()} - function_words
        if not own:
            return 0.0
        total = sum(sum(word in text for text in used) for word in own)
        return round(total / (max(len(own), HEADLINE_WORDS) * len(used)), 2)  # near ties tie

    return share


# The words (but function words and figures) of a short news headline: half of the BBC's
# headlines give five or fewer, nine in ten at least four ("Quake kills hundreds in Haiti").
HEADLINE_WORDS = 5
LEAD_CHARACTERS = 600  # a report's headline and opening, where it says what happened


def _lead_text(document: Document) -> str:
    """The headline and opening of a report: where it states its event, not the
    outlet's furniture further down ("Wikinews", "Sources")."""
    text = " ".join([document.title or "", *(b.text for b in document.blocks[:3])])
    return text[:LEAD_CHARACTERS]


def asides(documents: Sequence[Document]) -> frozenset[int]:
    """The story's reports (by source) that tell a side matter of its event: each report
    of an event states it in its headline and opening, and a side matter (a shelter
    opening for a wildfire's evacuees, a chamber's reaction to a bill) is one report's
    alone. A report is one where no other report's headline and opening
    (`_lead_text`) give half its headline's words (but function words and figures,
    inflected forms as one), while another report's headline most of the others bear out
    so, and bear out better (`borne_out`): the story has an event its reports tell, and
    this report is not it ("Dallaglio eyeing Lions tour place" gives no other report half
    its words, yet the words it gives, the Lions' tour, every report gives). None of
    fewer than BORNE_OUT_FROM reports (of two, neither is the others' majority), nor
    where such reports are half of the story's or more."""
    if len(documents) < BORNE_OUT_FROM:
        return frozenset()
    function_words = words()["title_function_words"]

    def keys(text: str) -> frozenset[str]:
        return frozenset(
            inflection_key(w)
            for w in _WORD.findall(text.casefold())
            if not w.isdigit() and w not in function_words
        )

    used = {d.source.number: keys(_lead_text(d)) for d in documents}
    backed = {}
    for d in documents:
        own = keys(d.title or "")
        number = d.source.number
        backed[number] = (
            sum(2 * len(own & used[other]) >= len(own) for other in used if other != number)
            if own
            else None
        )
    others = len(documents) - 1
    titles = {d.source.number: d.title or "" for d in documents}
    borne = borne_out(documents)
    # the event's headlines: those most of the other reports bear out so
    event = [borne(titles[n]) for n, count in backed.items() if count and 2 * count > others]
    if not event:
        return frozenset()
    alone = [number for number, count in backed.items() if count == 0]
    # most reports state the event: where most are alone, they tell its many sides (a
    # border war's truce, its markets, its displaced) and none is the story's side matter
    if 2 * len(alone) >= len(documents):
        return frozenset()
    return frozenset(number for number in alone if borne(titles[number]) < max(event))


def side_reports(documents: Sequence[Document], ledes: Mapping[int, str]) -> frozenset[int]:
    """The story's reports (by source) whose headline tells a side or a consequence of an
    event another of its reports tells itself. News English gives a report's own news in
    the headline's main clause and the event it follows as its occasion, after a
    preposition that takes it as given (words.toml's earlier_event_markers and
    cause_prepositions): "Ambre Hydro shares plunge 31 percent after Tarsa collapse",
    "Police arrest Ambre Hydro engineer over Tarsa dam collapse", "Calderra police say no
    arrests yet over ..." (r68 F5: each had headed and led the dam's story, whose other
    reports tell the collapse and its toll). A report tells that occasion itself where
    its headline or lede (`ledes`, by source), outside an occasion of its own, gives half
    its words at least ("The Tarsa dam ... burst"), and its headline takes none of them
    as its own occasion: the arrest's "Police in Calderra arrested the chief engineer of
    Ambre Hydro" tells no collapse. A report whose own lede tells it is the event's
    report, whatever its headline's angle ("Dunmore counts its dead after chemical plant
    blaze" over "Four workers died when a blaze tore through the ... chemical plant").
    A headline whose main clause gives its event's toll
    ("Death toll rises to 40 after quake") tells the event itself, and an occasion that
    is a time ("after 30 years") or a name alone ("over Florida") is no event."""
    if len(documents) < 2:
        return frozenset()
    told = {
        d.source.number: _words(_main_part(d.title or ""))
        | _words(_main_part(ledes.get(d.source.number, "")))
        for d in documents
    }
    occasions = {d.source.number: _occasion(d.title or "") for d in documents}
    sides = set()

    def tells(number: int, occasion: frozenset[str]) -> bool:
        return 2 * len(occasion & told[number]) >= len(occasion)

    for number, occasion in occasions.items():
        # its own lede tells what happened, not only where: the occasion's common nouns
        happened = _common_words(documents, number, occasion) or occasion
        if (
            occasion
            and not tells(number, happened)
            and any(
                tells(other, occasion) and not occasion & occasions[other]
                for other in told
                if other != number
            )
        ):
            sides.add(number)
    return frozenset(sides)


def _common_words(
    documents: Sequence[Document], number: int, occasion: frozenset[str]
) -> frozenset[str]:
    """The words of a report's occasion that its headline writes in small letters: what
    happened ("fire", "collapse"), not where or to whom ("Dunmore")."""
    title = next((d.title or "" for d in documents if d.source.number == number), "")
    return frozenset(w.casefold() for w in _WORD.findall(title) if w.islower()) & occasion


def _occasion_at(text: str) -> re.Match[str] | None:
    """Where a text's occasion opens: a preposition of occasion past its first word."""
    return next((m for m in _occasion_pattern().finditer(text) if m.start() > 0), None)


@cache
def _occasion_pattern() -> re.Pattern[str]:
    """The prepositions of occasion (words.toml's earlier_event_markers and
    cause_prepositions), made once: each headline and lede of each story is read for them."""
    from brief.extract.lexicon import alternation

    lists = words()
    markers = lists["earlier_event_markers"] | lists["cause_prepositions"]
    return re.compile(rf"\b(?:{alternation(markers)})\b", re.I)


def _main_part(text: str) -> str:
    """A headline or lede before its occasion: what it tells itself."""
    found = _occasion_at(text)
    return text[: found.start()] if found else text


# What ends a headline's occasion: a second headline after a semicolon, a label's colon.
_OCCASION_END = re.compile(r"\s*[;:|]\s|\s[-–—]\s")


def _occasion(title: str) -> frozenset[str]:
    """The words of the event a headline takes as its occasion (see `side_reports`): none
    where it has none, where its main clause gives a toll of the dead, or where it is a
    time or one name alone."""
    from brief.extract.figures import lede_toll

    found = _occasion_at(title)
    if found is None or lede_toll(title[: found.start()]) is not None:
        return frozenset()
    rest = title[found.end() :]
    rest = rest[: m.start()] if (m := _OCCASION_END.search(rest)) else rest
    lists = words()
    tokens = [t for t in _WORD.findall(rest) if not t.isdigit()]
    own = [t for t in tokens if t.casefold() not in lists["title_function_words"]]
    if any(t.casefold().removesuffix("s") in lists["time_nouns"] for t in own):
        return frozenset()
    if len(own) < 2 and not any(t.islower() for t in own):
        return frozenset()
    return frozenset(t.casefold() for t in own)


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.casefold()))


# How far a report stands from stating its story's event, by its headline and lede
# (`report_stance`): a report that states it, one that states a party's claim ("NATO says
# ..."), and one that speaks for a party ("Dorokhov: American side agreed ...") or
# comments on the event (an analysis's "why the numbers matter", a thesis for a lede).
STATES_EVENT, ATTRIBUTES_CLAIM, SPEAKS_FOR_A_SIDE = 0, 1, 2

# A headline's label and what it says of it: "Dorokhov: American side agreed ...",
# "Union Resolve-26: why the numbers matter", or a page's first field before a bar
# ("Sahel Lawyers' Forum | Statement on the verdict | 2 May 2026").
_LABELLED = re.compile(r"^\s*(?P<label>[A-Z][^:?!.|]{0,48}?)\s*(?::|\s\|)\s+(?P<rest>\S.*)$")
_LABEL_WORDS = 4


def report_stance(title: str, lede: str = "") -> int:
    """How far a report stands from stating its story's event (STATES_EVENT and the
    rest), by the grammar of its headline and its lede (`lede`, its first sentence).

    A headline that asks or explains ("Union Resolve-26: why the numbers matter", "What
    we know about the talks", a question) and a report that opens with a judgement
    (`compose.leads.states_an_opinion`) comment on the event. A headline that is a
    label, a colon and a statement, where the lede says the label said it
    ("Dorokhov: American side agreed ..." over "Russian Foreign Minister Sergei Dorokhov
    said ..."), speaks in that party's voice, and so does a page whose header's first
    field, before a bar, is its party (a monitors' "Citizens' Election Watch | Statement
    on the results" over "Citizens' Election Watch said ...": r61 F3, its statement had
    headed and led the story three reports of the declared result lead). A feature's
    headline that takes its reader inside or behind a place or a topic ("Exclusive: Inside
    the Tamanrasset talks", `_teaser`) tells no event either. One whose verb
    is a verb of saying in the present ("NATO says no sign of pullback") reports a claim.
    News English words the event itself as the subject and its verb ("Geneva talks end
    without breakthrough"). A headline whose verb lays the blame on another party ("Beijing
    blames Manila for ... collision") speaks for the blaming side: its version of the
    event, not the event (r52 M2)."""
    from brief.compose.leads import states_an_opinion

    if labelled_as_copy(title) or names_a_document(title) or numbered_notice(title):
        return SPEAKS_FOR_A_SIDE
    openers = words()["question_openers"]
    labelled = _LABELLED.match(title)
    first = _WORD.findall(title)[:1]
    if title.rstrip().endswith("?") or (first and first[0] in _capitalised(openers)):
        return SPEAKS_FOR_A_SIDE
    if labelled and _WORD.findall(labelled["rest"].lower())[:1] in ([w] for w in openers):
        return SPEAKS_FOR_A_SIDE
    if _teaser(labelled["rest"] if labelled else title):
        return SPEAKS_FOR_A_SIDE
    if lede and states_an_opinion(lede):
        return SPEAKS_FOR_A_SIDE
    if labelled and _said_by(labelled["label"], lede):
        return SPEAKS_FOR_A_SIDE
    if _verb_of(title, "blaming_verbs"):
        return SPEAKS_FOR_A_SIDE
    return ATTRIBUTES_CLAIM if _verb_of(title, "claiming_verbs") else STATES_EVENT


def _teaser(phrase: str) -> bool:
    """Whether a headline (or what follows its label) is a feature's teaser: a preposition
    that takes the reader in (words.toml's teaser_prepositions) and what it leads into,
    no clause after a comma ("Inside Syria, rebels regroup" tells an event)."""
    first = _WORD.findall(phrase.lower())[:1]
    return bool(first) and first[0] in words()["teaser_prepositions"] and "," not in phrase


# A headline's first field, set off by a bar or a colon: "Opinion | ...", "Fact check: ...".
_FIELD = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ]{0,24}?)\s*(?:\||:\s)")
# A headline that names a document, then whose it is: "Press Statement of ...", "Readout
# of ...", "Remarks by ...".
_DOCUMENT = re.compile(r"^\s*(?P<head>(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) (?:of|by|from) ")


def labelled_as_copy(title: str) -> bool:
    """Is the headline labelled, before a bar or a colon, by what kind of copy it heads
    (furniture.toml's header_labels: "Opinion | ...", "Analysis: ...", "Editorial: ...",
    "Fact check: ...")? A desk labels so a commentary, a release or a page of another
    kind than a report of the event (r48: an op-ed's "Opinion | The water cannon
    diplomacy ... must end" had headed the story of six reports of the incident), or a
    live page ("LIVE UPDATES: Typhoon ... aftermath", which names a topic, r52 M3)."""
    from brief.ingest.furniture import lists

    found = _FIELD.match(title)
    if found is None:
        return False
    label, labels = found["label"].strip().lower(), lists().header_labels
    # or of its words, each a label ("LIVE UPDATES: Typhoon ... aftermath", "Live blog:")
    return label in labels or all(word in labels for word in label.split())


def labelled_as_opinion(title: str) -> bool:
    """Is the headline labelled as a writer's own view ("Opinion: ...", "Editorial |
    ...": words.toml's opinion_labels)? Its claims are the columnist's, not the news."""
    found = _FIELD.match(title)
    return found is not None and found["label"].strip().lower() in words()["opinion_labels"]


def names_a_document(title: str) -> bool:
    """Is the headline the name of one party's document: a noun of copy
    (furniture.toml's header_labels: "statement", "readout", "remarks") with whose it is
    after "of", "by" or "from", and no verb of an event (every word capitalised, or a
    function word: "Press Statement of Kim ..., Vice Department Director of ...",
    "Readout of the President's Call with ...")? "Report by UN finds abuses" is a report
    of a finding (r48: a state agency's "Press Statement of ..." had headed the story of
    eight reports of a missile test).

    So is a party's name, a noun of copy or of a note on copy (page_note_labels:
    "correction", "clarification") and what it is about after "on", "about",
    "regarding" or "concerning", where that noun is the one word in small letters: a
    release's "Halvorsen Bulk Carriers statement on MV Anna Petrova" or "...: correction
    on MV Anna Petrova" names the document, not what happened (r69 F3, F18: each had
    headed a story the wire's "Drone hits bulk carrier ..., one seafarer killed" tells).
    A headline in title case writes its "Regarding" in capitals too, and a release's
    number and date before the document's name keep it one ("No: 91, 16 April 2031, Press
    Release Regarding the Decision of ...", r72 F13: it had headed a story a wire's
    "Greek and Turkish negotiators to meet in Brussels" tells)."""
    from brief.ingest.furniture import lists

    function_words = words()["title_function_words"]
    said = re.findall(r"[\w'’-]+", title)
    small = [w for w in said if not (w[:1].isupper() or w[:1].isdigit() or w in function_words)]
    found = _DOCUMENT.match(_NUMBERED_FIELDS.sub("", title))
    if found is not None and found["head"].split()[-1].lower() in lists().header_labels:
        return not small or _party_then_topic(title, found.end(), function_words)
    about = _DOCUMENT_ABOUT.search(title)
    return (
        about is not None
        and small in ([], [about["noun"]])
        and _copy_noun(about["noun"])
        and any(w[:1].isupper() for w in _WORD.findall(title[: about.start()]))
    )


def _party_then_topic(title: str, start: int, function_words: Collection[str]) -> bool:
    """Whether the words after a document's noun and its "of" or "by" (`start`) are its
    party, each capitalised or a function word, and then what it is about after "on",
    "about", "regarding" or "concerning" and an article: a noun phrase, whatever its
    small words ("Statement by the Ministry of Foreign Affairs of Kazakhstan on the
    outcome of consultations between Poland and Belarus", r74 F10: it had headed the
    story the wire's "Poland and Belarus agree prisoner exchange ..." tells)."""
    topic = _TOPIC_AFTER_PARTY.search(title, start)
    if topic is None:
        return False
    party = re.findall(r"[\w'’-]+", title[start : topic.start()])
    return bool(party) and all(w[:1].isupper() or w in function_words for w in party)


# What a document is about, after its party: " on the ...", " regarding an ...".
_TOPIC_AFTER_PARTY = re.compile(r"\s(?:on|about|[Rr]egarding|[Cc]oncerning)\s+(?:the|a|an)\s")


# A headline's first field, before the separator that sets it off: "ADVISORY 2029-061 //
# KARSEL STRAIT // ...", "Notice to Mariners 22/2029: Outer anchorage closed".
_FIRST_FIELD = re.compile(r"^\s*(?P<field>(?:(?!//)[^:|])+?)\s*(?://|\||:\s|\s[-–—]\s)")


def numbered_notice(title: str) -> bool:
    """Is the headline a notice's, opened by its kind and number (ingest's `a_field`: "ADVISORY
    2029-061 // ...", "Notice to Mariners 22/2029: ...", "Communique No. 041/MI")? A
    notice is a party's word to its readers, filed under its series: a security firm's
    advisory had headed a story the wire's "Drone hits bulk carrier ..." tells (r69 F18).
    It heads a story only where no report of it states the event."""
    from brief.ingest.layout.labels import a_field

    found = _FIRST_FIELD.match(title)
    return (
        found is not None and any(c.isdigit() for c in found["field"]) and a_field(found["field"])
    ) or _numbered_copy(title)


def _numbered_copy(title: str) -> bool:
    """A party's or a subject's name, then a noun of copy and its number in the party's
    series closing the headline, no other word in small letters ("Halvard Salvage: Nordic
    Lark update 1", "Tarn Valley Water Board update 14"): the release's place in a run of
    its own copy, not what happened (r77 F10: a salvor's had headed a story the wire's
    "Bulk carrier grounds in Kiel Canal ..." tells). Not a document's name for the daily
    recognition (`names_a_document`): the subject it names ("Nordic Lark") knows the next
    day's update again."""
    function_words = words()["title_function_words"]
    said = re.findall(r"[\w'’-]+", title)
    small = [w for w in said if not (w[:1].isupper() or w[:1].isdigit() or w in function_words)]
    numbered = _NUMBERED_COPY.search(title)
    return (
        numbered is not None
        and small in ([], [numbered["noun"]])
        and _copy_noun(numbered["noun"])
        and any(w[:1].isupper() for w in _WORD.findall(title[: numbered.start()]))
    )


# A noun of copy and what the document is about: "... statement on MV Anna Petrova".
_DOCUMENT_ABOUT = re.compile(
    r"(?<![\w'’-])(?P<noun>[A-Za-z]+)\s+(?:on|about|[Rr]egarding|[Cc]oncerning)\s+(?=(?:the\s+)?\S*[A-Z0-9])"
)
# A noun of copy and its number closing the headline: "... update 1", "... bulletin No. 3".
_NUMBERED_COPY = re.compile(r"(?<![\w'’-])(?P<noun>[A-Za-z]+)\s+(?:No\.?\s*|#)?\d{1,4}\s*$")
# A document's number and date before its name, each a field with a figure ending on a
# comma: "No: 91, 16 April 2031, " of "No: 91, 16 April 2031, Press Release Regarding ...".
_NUMBERED_FIELDS = re.compile(r"^\s*(?:[^,]*\d[^,]*,\s+)+(?=[A-Z])")


def _copy_noun(word: str) -> bool:
    """A noun of a kind of copy or of a note on copy, in any of its forms ("update",
    "Statement", "correction"): furniture.toml's header_labels and page_note_labels."""
    return inflection_key(word.lower()) in _copy_noun_keys()


@cache
def _copy_noun_keys() -> frozenset[str]:
    from brief.ingest.furniture import lists

    found = lists()
    return frozenset(inflection_key(w) for w in found.header_labels | found.page_note_labels)


def _capitalised(forms: Collection[str]) -> frozenset[str]:
    return frozenset(form.capitalize() for form in forms)


def _said_by(label: str, lede: str) -> bool:
    """Does the lede say that the label (a headline's "Defence Ministry:") said what it
    reports: are the label's words in the subject of its verb of saying ("The official
    representative of the Russian Defence Ministry, Colonel Pavel Arkhipov, said ...")?
    A subject holds no verb of an event before it: "Strikes killed 20 in Gaza, officials
    said" is no saying of Gaza's."""
    from brief.inflection import past_form

    own = [w for w in _WORD.findall(label.casefold()) if not w.isdigit()]
    if not own or len(own) > _LABEL_WORDS or not lede:
        return False
    lists = words()
    saying = lists["attribution_head_verbs"] | lists["claim_verbs"]
    tokens = _WORD.findall(without_dateline(lede))
    at = next((n for n, t in enumerate(tokens) if t in saying), None)
    if at is None:
        return False
    subject = tokens[:at]
    if any(t.islower() and past_form(t) for t in subject):
        return False
    return set(own) <= {t.casefold() for t in subject}


def _verb_of(title: str, kind: str) -> bool:
    """Is the headline's verb one of words.toml's [titles] `kind`, after its subject: of
    claiming ("NATO says no sign of pullback", "Washington denies Moscow's account") or
    of blaming ("Beijing blames Manila for ... collision")? Written in lower case, as a
    verb: a Title Case "Claims" may be a noun."""
    return _verb_at(_WORD.findall(title), words()[kind]) is not None


def _verb_at(found: Sequence[str], verbs: Collection[str]) -> int | None:
    """Where a headline's words (`found`) have one of `verbs` after their subject."""
    return next(
        (n for n, t in enumerate(found[: TITLE_WORDS // 2]) if n and t in verbs),
        None,
    )


def whose_version(title: str) -> str | None:
    """Whose version of its story's event a headline gives: the subject of its verb of
    claiming or blaming, folded ("dushanbe" of "Dushanbe says Kyrgyz guards fired first at
    Kelden", "norway" of "Norway denies paying ransom ..."); None for one that states the
    event itself ("Kyrgyzstan shuts Kelden border crossing after guard killed"), or an
    opinion column's (its claims are the writer's, not a party's to the event)."""
    if labelled_as_opinion(title):
        return None
    found = _WORD.findall(title)
    at = _verb_at(found, (*words()["claiming_verbs"], *words()["blaming_verbs"]))
    return None if at is None else " ".join(found[:at]).casefold()


def digest_title(profile_title: str, day: date) -> str:
    """A digest is the profile's, for a day: never one article's headline."""
    return f"{profile_title} — {long_date(day)}"


def news_day(dates: Iterable[str | None], generated: datetime) -> date:
    """The day a brief's news is of, from its reports' dates (ISO, None undated): its
    latest report's, where reports are dated, and never after the day it is made; else
    the day it is made. A digest of March's articles made in December had been titled
    with December's date (r50 L6); the time it was made is on its own line. A quote of a
    report dated before it is marked with its date (render.view.said_on)."""
    days = [day for written in dates if (day := day_of(written)) is not None]
    made = generated.date()
    return min(max(days), made) if days else made


def day_of(written: str | None) -> date | None:
    """The day an ISO date or time gives ("2026-12-02", "2026-12-02T08:15:00Z"), or None
    (undated, or a month alone)."""
    try:
        return date.fromisoformat((written or "")[:10])
    except ValueError:
        return None


def long_date(day: date) -> str:
    """The date as a digest's title writes it: "1 December 2026"."""
    return f"{day.day} {day:%B %Y}"


def untitled_lede(sentences: Sequence[Sentence], lede: Sentence) -> str:
    """What stands for an untitled source's headline: its lede, or for a transcript, the
    words its news opens with past the speakers' labels and greetings
    (`extract.quotes.transcripts.opening_news`). `sentences`: the corpus's, in reading
    order."""
    from brief.extract.quotes.transcripts import opening_news

    if ":" not in lede.text:
        return lede.text  # no label opens it (most sources): nothing to read
    own = [s for s in sentences if s.source == lede.source]
    return opening_news(own) or lede.text


def fallback_title(sentence: str) -> str:
    """No headline: the lead sentence's main clause, cut at a word boundary. A title, not
    a bullet, so a cut is fine; it is still the source's own words."""
    text = without_dateline(sentence).rstrip(".!?…") or sentence
    head, comma, rest = text.partition(", ")
    lists = words()
    main = rest[:1].upper() + rest[1:]
    first = head.split()[:1]  # (none: ", said." opens on its comma, a property test's)
    opens_clause = bool(comma) and bool(first) and first[0].lower() in lists["lede_subordinators"]
    if opens_clause and len(rest.split()) >= 5 and can_lead(main):
        text = main  # the main clause, unless it points back to the clause ("the airline")
    split = text.split()
    if len(split) <= TITLE_WORDS:
        return text
    cut = split[:TITLE_WORDS]
    while len(cut) > 6 and cut[-1].lower().strip(",;:") in lists["title_function_words"]:
        cut.pop()
    return " ".join(cut).rstrip(",;:") + "…"
