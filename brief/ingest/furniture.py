"""Page furniture: the lines a scraped news page carries that are not news.

A page is more than its story. Around it, and run into it by scraping, are the page's
buttons ("CLOSE" before a video's caption, "Buy Photo"), its pictures' credits and captions
("AFP/Getty Images", "Photo: Ann Lee/Scanpix", "In this March 3, 2015, file photo,
..."), promotions ("Sign up for our newsletter"), credit and rights lines ("Ann Lee
contributed to this report", "All rights reserved"), embedded posts and links ("@user",
"pic.twitter.com/..."), the newsroom's notes about its story ("Editor's note: ..."), a
translator's note ("(Translated from Portuguese by ... The Portuguese text prevails.)"),
a press release's contact and sign-off lines ("For verification: ...", "Signed: ..."),
and a live page's words to its reader, its greetings and sign-posting ("Good morning.",
"We will bring you the latest throughout the day."). None of them may be a bullet, a
story's lead or its title, so one check serves all three; the names a credit, a contact
line or a translator's note holds are no actors (`credited_spans`).

Furniture is known by its form, which stays the same from page to page where the words
around it change: a credit is an agency joined to a photographer by a slash, or a picture
source opening its caption; a button is a lone word in capitals before a sentence; a note
is a label and a colon; a promotion opens with an imperative and names where to go (news
is told in the indicative). The words these forms are made of are data, in
`data/furniture.toml` (a data folder's copy overrides it list by list, brief.data_folder),
checked when read like the extractors' word lists.

It sits in ingest, beside layout (which knows a page's headings and time stamps), because
furniture is a property of the page: the rankers and the composers both ask about it, and
both may import ingest, while rank must not import compose.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, fields
from functools import cache, lru_cache
from pathlib import Path

import ahocorasick

from brief.data_folder import read_data
from brief.extract.lexicon import alternation, joined, month_names, weekday_names, words
from brief.models import Sentence
from brief.toml_schema import Table

# A headline's words at most; a longer line is a caption as often. Here, not in layout,
# because layout imports furniture: a promotion's link text is a headline too.
HEADLINE_WORDS = 25

DATA_FILE = "furniture.toml"

# What the reader's browser (or what it runs) is when a page tells them it keeps the page
# from them: "disabled", "not enabled", "blocked", "required", "out of date".
_OFF = r"(?:not|disabled|blocked|required|outdated|unsupported|out\s+of\s+date|turned\s+off)"
_SWITCHED_OFF = r"(?:disabled|blocked|required|turned\s+off|not\s+(?:enabled|supported))"

# The kinds of furniture `furniture_kind` names.
PROMOTION = "promotion"
CREDIT = "credit"  # who reported, wrote or edited; a publisher's rights
POST = "post"  # a link or a handle, which a reporter's sentence may hold
EMBEDDED = "embedded"  # an embedded post, signed as a platform signs it
PICTURE = "picture"  # a picture's credit or caption
WIDGET = "widget"  # a page's button or widget text
NOTE = "note"  # an editor's note, a release's contact line, a translator's note
ADDRESS = "address"  # a live page speaking to its reader: a greeting, its sign-posting

# A capitalised word of a name ("Lee", "McAllister", "O'Neil", "Jr.").
_CAPITALISED = r"[A-Z][\w.'’-]*"
# A staff member credited by name, perhaps after the outlet's possessive: "Ann Lee",
# "CNN's Raja Razek" (two to four capitalised words).
_STAFF = rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{1,3}}"


def _place(particles: Collection[str]) -> str:
    """A place a credit names: capitalised words, a comma before a region, a particle
    inside (words.toml's place_particles: "Norfolk, Virginia", "Rio de Janeiro")."""
    inside = alternation(particles)
    return rf"{_CAPITALISED}(?:(?:,\s+|\s+(?:{inside})\s+|\s+){_CAPITALISED})*"


# A post or a link run into the text (an embedded tweet, "pic.twitter.com/...", its
# signature "— Ann Lee (@annlee) May 16, 2017"). A site named in a reporter's sentence
# ("told Arsenal's website www.arsenal.com") is news.
_POST = re.compile(r"(?:^|[\s(])@\w|https?://|\bpic\.twitter\.com")
# An embedded post's signature, as the platform writes it under the post: "— Ann Lee
# (@annlee) August 20, 2013". No reporter's sentence ends so.
_SIGNED = re.compile(r"[—–-]\s*[^—–()]{1,80}\(@\w+\)\s+\w+\s+\d{1,2},\s+\d{4}\W*\Z")
# An opening not yet of the sentence: space, an opening bracket or quote, a wire's dash.
_OPENING = r"^[\s(\[|_—–-]*"
# A word of a name signing a message under its close: capitalised, no figure nor stop
# but an initial's ("Marta", "Ann", "J.").
_SIGNER = r"[A-Z][a-z’'-]*\.?"


def _leave_takings(sign_offs: frozenset[str]) -> frozenset[str]:
    """The closes that take leave ("Best", "Regards"), not those that thank someone."""
    return frozenset(close for close in sign_offs if "thank" not in close)


def _addressed() -> str:
    """A title or a style that a speaker addresses someone by ("Minister", "Mr Chairman"):
    no writer signing a message."""
    titles = joined("role_heads", "honorifics", "title_abbreviations")
    return rf"(?i:{alternation(titles)})\b"


@dataclass(frozen=True)
class Lists:
    """The word lists of `data/furniture.toml`, one field per key (see the file)."""

    call_to_action: frozenset[str]
    fronted_openers: frozenset[str]
    media: frozenset[str]
    picture_agencies: frozenset[str]
    picture_words: frozenset[str]
    buttons: frozenset[str]
    widget_phrases: frozenset[str]
    note_labels: frozenset[str]
    page_note_labels: frozenset[str]
    translation_note_labels: frozenset[str]
    contact_labels: frozenset[str]
    signing_labels: frozenset[str]
    correction_openers: frozenset[str]
    correction_copy_nouns: frozenset[str]
    correction_version_nouns: frozenset[str]
    correction_copy_verbs: frozenset[str]
    correction_as_verbs: frozenset[str]
    translation_credits: frozenset[str]
    interpreted_nouns: frozenset[str]
    delivery_verbs: frozenset[str]
    copy_nouns: frozenset[str]
    copy_note_labels: frozenset[str]
    copy_parts: frozenset[str]
    copy_editing_verbs: frozenset[str]
    copy_note_prepositions: frozenset[str]
    republication_credits: frozenset[str]
    text_prevails: frozenset[str]
    greetings: frozenset[str]
    subject_prefixes: frozenset[str]
    greeted: frozenset[str]
    salutations: frozenset[str]
    sign_offs: frozenset[str]
    message_words: frozenset[str]
    message_sizes: frozenset[str]
    message_occasions: frozenset[str]
    page_openers: frozenset[str]
    newsroom_openers: frozenset[str]
    coverage_phrases: frozenset[str]
    update_labels: frozenset[str]
    next_notice_nouns: frozenset[str]
    next_notice_verbs: frozenset[str]
    update_note_verbs: frozenset[str]
    wire_slugs: frozenset[str]
    version_slugs: frozenset[str]
    kill_verbs: frozenset[str]
    kill_participles: frozenset[str]
    kill_auxiliaries: frozenset[str]
    kill_item_nouns: frozenset[str]
    kill_naming_words: frozenset[str]
    caption_modifiers: frozenset[str]
    caption_positions: frozenset[str]
    credit_openers: frozenset[str]
    staff_writing_verbs: frozenset[str]
    staff_thanks: frozenset[str]
    contributions: frozenset[str]
    credit_labels: frozenset[str]
    byline_roles: frozenset[str]
    outlet_words: frozenset[str]
    header_labels: frozenset[str]
    section_words: frozenset[str]
    clock_note_openers: frozenset[str]
    letterhead_heads: frozenset[str]
    letterhead_states: frozenset[str]
    legal_forms: frozenset[str]
    forwarding_marks: frozenset[str]
    mail_headers: frozenset[str]
    release_labels: frozenset[str]
    carrying_verbs: frozenset[str]
    filing_verbs: frozenset[str]
    rights_phrases: frozenset[str]
    user_things: frozenset[str]
    browser_things: frozenset[str]
    notice_openers: frozenset[str]
    link_labels: frozenset[str]
    link_label_openers: frozenset[str]
    link_label_nouns: frozenset[str]
    excerpt_ends: frozenset[str]
    box_marks: frozenset[str]
    ad_free_marks: frozenset[str]
    ad_labels: frozenset[str]


@cache
def lists() -> Lists:
    """The word lists, read once and checked: a missing or unknown key, or a value that is
    not a list of non-empty lower-case strings, is a ConfigError naming file and key."""
    path, raw = read_data(DATA_FILE, Path(__file__).parent / "data")
    return parse_lists(raw, path)


def parse_lists(raw: dict[str, object], path: str) -> Lists:
    """`Lists` from a parsed furniture.toml, checked (`path` names it in an error)."""
    expected = [f.name for f in fields(Lists)]
    table = Table(raw, path, known=expected, required=expected)
    return Lists(**{key: frozenset(table.strings(key, lower=True)) for key in expected})


@dataclass(frozen=True)
class _Patterns:
    call_to_action: re.Pattern[str]
    media: re.Pattern[str]
    slash_credit: re.Pattern[str]
    opening_source: re.Pattern[str]
    picture_label: re.Pattern[str]
    caption: re.Pattern[str]
    position: re.Pattern[str]
    position_words: re.Pattern[str]
    trailing_credit: re.Pattern[str]
    button: re.Pattern[str]
    note: re.Pattern[str]
    contact: re.Pattern[str]  # a release's contact line, "For verification: ..."
    contact_label: re.Pattern[str]  # its label alone on a line, "Media contact:"
    # "(Translated from Portuguese by ...", "The Portuguese text prevails."
    translation: re.Pattern[str]
    # "Originally published by the Daily Sun, Lagos.", "This article first appeared on ..."
    republication: re.Pattern[str]
    # "Good morning.", "Hello and welcome to ...", "This live page is closed", "We will ..."
    greeting_alone: re.Pattern[str]
    greeting: re.Pattern[str]
    # "Dear Ms Lee,", "Best regards,", "Quick note from the desk ahead of the open."
    salutation: re.Pattern[str]
    sign_off: re.Pattern[str]
    message: re.Pattern[str]
    copy_label: re.Pattern[str]  # what the copy is: "edition", "digest", "newsletter"
    # a copy's notes of itself (`copy_note`): "Transcript of the press conference held by
    # ...", "The following statement was read by ...", "Questions were interpreted from
    # English."
    copy_label_of: re.Pattern[str]
    copy_following: re.Pattern[str]
    copy_edited: re.Pattern[str]
    page_opener: re.Pattern[str]
    newsroom: re.Pattern[str]
    coverage: re.Pattern[str]
    update: re.Pattern[str]
    next_notice: re.Pattern[str]
    # "(Adds comment from ministry, updates toll)", "UPDATED 16 Nov 2026 — adds toll"
    update_note: re.Pattern[str]
    credit: re.Pattern[str]
    # "The Liffey Letter is written by Ann Lee and Tom Roe.": a title's staff at its foot
    masthead_staff: re.Pattern[str]
    labelled_staff: re.Pattern[str]  # "Interview: Ann Lee.": a label and names alone
    contribution: re.Pattern[str]
    filed_from: re.Pattern[str]
    user_things: re.Pattern[str]
    # "Please enable JavaScript ...", "To read on, accept cookies", "We use cookies ...":
    # a request to the reader, or the site telling what it does (about their browser)
    request: re.Pattern[str]
    browser_things: re.Pattern[str]  # the reader's browser's things, named anywhere
    # "JavaScript is disabled", "Your browser does not support the video tag": the state
    # of the reader's browser
    browser_state: re.Pattern[str]
    # What every credit holds, past its first letter (so capitalised or not): a slash,
    # "contributed", a picture word (in capitals too), a credit's opener or a rights phrase;
    # all sought in one pass, not each apart (credited_spans on the 1,000-article inbox's
    # 17,831 sentences: 0.165 -> 0.051 s of CPU)
    credit_hints: ahocorasick.Automaton
    # The words and phrases told anywhere in a sentence, lower case, to the group they
    # belong to: one scan of a sentence finds which forms are worth looking for.
    telling: ahocorasick.Automaton


def label_forms(phrases: frozenset[str]) -> str:
    """An alternation of phrases as a label or name writes them: each word capitalised,
    the first only, or all in capitals ("Image copyright", "Getty Images", "AFP"). Layout
    writes a header's field labels so too ("Words:", "Additional Reporting:")."""
    forms = {
        form
        for phrase in phrases
        for form in (phrase.capitalize(), _title_words(phrase), phrase.upper())
    }
    return alternation(forms)


def _positions(marks: frozenset[str]) -> str:
    """A picture's position marks as captions write them: letters in capitals ("L-R",
    "L to R"; a lower-case "(c)" is a list's item), words as written or capitalised."""
    forms: set[str] = set()
    for mark in marks:
        if len(mark.replace("-", " ").split()[0]) == 1:
            forms.add(" ".join(w if w == "to" else w.upper() for w in mark.split()))
        else:
            forms |= {mark, mark.capitalize()}
    return alternation(forms)


def _title_words(phrase: str) -> str:
    """Each word capitalised, an apostrophe's tail kept ("Editor's Note", not "Editor'S")."""
    return " ".join(w[:1].upper() + w[1:] for w in phrase.split())


@cache
def _patterns() -> _Patterns:
    found = lists()
    agencies = label_forms(found.picture_agencies)
    pictures = label_forms(found.picture_words)
    name = rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}"
    browser = alternation(found.browser_things)
    source_names = _picture_sources(found)
    sources = label_forms(source_names)
    filing = tuple(f"{verb} from" for verb in found.filing_verbs)  # "reported from"
    # An agency's initials before a word, as credits write them: "AP Photo", "PA Wire".
    agency_initials = _initials(found.picture_agencies)
    credited = f"{sources}|{_initials(source_names)}"
    buttons = alternation(b.upper() for b in found.buttons)
    notes = label_forms(
        found.note_labels
        | found.page_note_labels
        | found.translation_note_labels
        | found.contact_labels
        | found.signing_labels
    )
    modifiers = alternation(found.caption_modifiers)
    place = _place(words()["place_particles"])
    # what a copy's note says it is or holds: "transcript", "statement", "remarks",
    # "questions"
    copied_nouns = found.copy_note_labels | found.copy_nouns | found.interpreted_nouns
    copied_nouns |= found.copy_parts
    return _Patterns(
        call_to_action=re.compile(
            # (not inside a quotation: "Listen to the radio today," she said); behind a
            # fronted purpose or condition ("To read the full report, click here")
            rf"^\s*(?:(?:{alternation(w.capitalize() for w in found.call_to_action)})"
            rf"|(?:{alternation(w.capitalize() for w in found.fronted_openers)})\s[^,\"“”]{{1,60}},"
            rf"\s+(?:{alternation(found.call_to_action)}))"
            r"\b(?!\s+(?:is|was|are|were|has|had|said|says)\b)"
        ),
        media=re.compile(rf"\b(?:{alternation(found.media)})\b|\d{{4}}\s*GMT", re.IGNORECASE),
        # "Ann Lee/Getty Images", "AFP/Getty Images", "REUTERS/Tom Brown",
        # "AP Photo/Tom Brown" (not "Reuters/Ipsos poll": one word, written as a name)
        slash_credit=re.compile(
            rf"(?<![\w/])(?:{name}\s+{_CAPITALISED}|{agencies})\s*/\s*"
            rf"(?:{agencies}|{agency_initials})(?![\w/])"
            rf"|(?<![\w/])(?:{_upper_or_source(found)})\s*/\s*{_CAPITALISED}"
        ),
        # "Getty Images Sen. Ann Lee ...": a picture source opening a caption
        opening_source=re.compile(rf"{_OPENING}(?:{sources})\s+(?=[A-Z])"),
        # "Photo: Tom Brown", "(Photo by Ann Lee/Getty Images)", "Image: Shutterstock"
        picture_label=re.compile(
            rf"(?<![\w-])(?:{pictures})(?:\s+(?:courtesy|credit))?\s*(?::|by\s+[A-Z])"
        ),
        # "In this March 3, 2015, file photo, ...", "In this undated handout photo": dates
        # and the caption's own modifiers only ("In this case, the photo ..." is prose)
        caption=re.compile(
            # (behind an agency's "FILE -" as well)
            rf"{_OPENING}(?:(?:{alternation(m.upper() for m in found.caption_modifiers)})"
            r"\s*[-—–]\s*)?"
            rf"In\s+this\s+(?:(?:[A-Z0-9][\w.'’-]*,?|{modifiers})\s+){{0,6}}"
            rf"(?:{alternation(found.picture_words)})(?![\w-])"
            # or closing it: "FILE - Mitch McConnell walks ..., in this March 24, 2015
            # file photo."
            rf"|\bin\s+this\s+(?:(?:[A-Z0-9][\w.'’-]*,?|{modifiers})\s+){{0,6}}"
            rf"(?:{alternation(found.picture_words)})\W*\Z"
        ),
        # "Mara Lind (L) is greeted by ...", "(L-R) Ann Lee, ...": a person's place in the
        # picture, in brackets after a name or opening the line
        position=re.compile(
            rf"(?:{_CAPITALISED}\s+|{_OPENING})\(((?:\d(?:st|nd|rd|th)\s+)?"
            rf"(?:{_positions(found.caption_positions)}))\)"
        ),
        # "Brenda Snipes, left, and judge Betsy Benson listen ...", "Ann Lee, second from
        # right, ...": a place in the picture set off by commas after a name, as captions
        # write it (the words of caption_positions)
        # (a full name, two capitalised words: not "Nobody, left, right or centre" nor
        # "The Kurds, left, then returned")
        position_words=re.compile(
            r"\b(?!(?:The|A|An|This|That)\s)[A-Z][a-z][\w.'’-]*\s+[A-Z][a-z][\w.'’-]*,\s+"
            r"(?:(?:second|third|fourth)\s+from\s+)?"
            rf"(?:{alternation(m for m in found.caption_positions if len(m) > 2)}),"
        ),
        # "... at the office in Lauderhill, Fla. (Associated Press)", "(AP Photo/LM
        # Otero)": a picture source credited in brackets at the end
        # (a picture source, "AP Photo", alone or with its photographer; or an agency with
        # its photographer; or "(Associated Press)" after a caption's cut ("...") or
        # another credit: a sentence may end "(Xinhua)" or "(EPA)" as a citation)
        trailing_credit=re.compile(
            rf"\((?:(?:{credited})(?:\s*/[^()]*)?"
            rf"|(?:{agencies}|{agency_initials})\s*/[^()]+)\)\W*\Z"
            r"|(?:\.\.\.|…|\))\s*\(Associated Press\)\W*\Z"
        ),
        # "CLOSE Flood waters rose ...": a button in capitals before a sentence's start
        button=re.compile(
            rf"{_OPENING}(?:(?:{buttons})\s+)+(?=[A-Z][a-z]|[“\"‘'(]?[A-Z0-9])"
            rf"|{_OPENING}(?:{label_forms(frozenset(b for b in found.buttons if ' ' in b))})"
            r"\s+(?=\S)"
        ),
        note=re.compile(
            rf"{_OPENING}(?:(?:{notes})\s*:"
            rf"|(?i:{alternation(found.correction_openers)})\b)"
        ),
        contact=re.compile(
            rf"{_OPENING}(?:{label_forms(found.contact_labels | found.signing_labels)})\s*:"
        ),
        contact_label=re.compile(rf"{_OPENING}(?:{label_forms(found.contact_labels)})\s*:\s*\Z"),
        # "(Translated from Portuguese by the Diário de Sofala.", "Translation by Ann Lee",
        # "The Portuguese text prevails.", "Only the French version is authentic."
        translation=re.compile(
            rf"{_OPENING}(?:(?:{label_forms(found.translation_credits)})\s+"
            r"(?:from\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and|into)\s+[A-Z][\w-]*)?\s+)?by\s+\S"
            # "Translated from the French edition.", "Translated from Portuguese.": the copy
            # it was translated from, and nothing else
            rf"|(?:{label_forms(found.translation_credits)})\s+from\s+(?:the\s+)?[A-Z][\w-]*"
            r"(?:\s+(?:edition|version|original|text))?\W*\Z"
            # "English interpretation of remarks delivered in Polish.": what was spoken,
            # how, and the language, and nothing else
            rf"|(?:{label_forms(found.translation_credits)})\s+of\s+(?:the\s+)?"
            rf"(?:{alternation(found.interpreted_nouns)})\s+"
            rf"(?:{alternation(found.delivery_verbs)})\s+in\s+[A-Z][\w-]*\W*\Z"
            # "The conversation was held in Russian and translated into German by Ann Lee;
            # ...": a note of the copy itself and who translated it, her name closing the
            # clause (not "The interview, translated by BBC Monitoring, shows ...")
            rf"|(?:The|This)\s+(?:{alternation(found.copy_nouns)})\s[^;.,]*?\btranslated\b"
            r"[^;.,]*?\bby\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3}\s*(?:[;.]|\Z)"
            r"|(?:The|Only\s+the)\s+(?:[A-Z][\w-]*|original)\s+(?:text|version|original)s?\s+"
            rf"(?:{alternation(found.text_prevails)})\b)"
        ),
        # where the piece first ran, and nothing after the outlet but its place and date:
        # "Originally published by the Daily Sun, Lagos, 3 May." ("First published in The
        # Lancet, the study found ..." goes on to the news)
        republication=re.compile(
            rf"{_OPENING}(?:This\s+(?:{alternation(found.copy_nouns)})\s+"
            r"(?:was\s+|is\s+|has\s+been\s+)?)?"
            rf"(?:{label_forms(found.republication_credits)}|"
            rf"(?<=\s)(?:{alternation(found.republication_credits)}))\s+(?:by|in|on|at|with)\s+"
            # the outlet, then at most its place and its date, a few words each with no
            # word in small letters ("..., Mr Lee's essay argues" goes on to the news)
            r"(?:the\s+)?[A-Z\"“'][^,]*(?:,\s*[A-Z0-9(][^\s,]*(?:\s+[A-Z0-9(][^\s,]*){0,3})*"
            r"\.?\s*\Z"
        ),
        # (greetings and whom they greet, and nothing else: "Good evening, and thanks for
        # following along.")
        greeting_alone=re.compile(
            rf"{_OPENING}(?:{label_forms(found.greetings)})"
            rf"(?:[\s,]+(?:and\s+)?(?:{alternation(found.greeted | found.greetings)}))*"
            r"[\s.,!…]*\Z"
        ),
        # (a letter's salutation, ending on its comma: "Dear all,", "Hi Ann,", "Dear Ms
        # Lee,"; or whom it greets alone, "Colleagues,", r67 F14, "Desk,", "Night desk,",
        # r68 F7: a line of one or two words that closes on its comma is someone called
        # to, as a letter opens; no sentence of news ends on a comma)
        salutation=re.compile(
            rf"{_OPENING}(?:(?:{label_forms(found.greetings | found.salutations)})"
            rf"\s+(?:{alternation(found.greeted)}|{name})"
            rf"|(?i:{alternation(found.greeted - {'again'})})"
            r"|[A-Z][\w'’-]*(?:\s+[\w'’-]+)?),\s*\Z"
        ),
        # (alone, or a leave-taking with the writer's name after its comma, on its line
        # or after the last sentence: "Best, Marta", r66 F12; a thanks with a name or a
        # title addresses someone, as a transcript's turn does: "Thanks, Lena.", "Thank
        # you, Minister. When will ...")
        sign_off=re.compile(
            rf"{_OPENING}(?:(?:{label_forms(found.sign_offs)})"
            rf"|(?:{label_forms(_leave_takings(found.sign_offs))})"
            rf",\s*(?!{_addressed()}){_SIGNER}(?:\s+{_SIGNER}){{0,2}})[\s.,!…]*\Z"
        ),
        # (told without its article, "Quick note from ...", with it, "A brief word before
        # ...", or as the writer's own, "Just a quick note", "This is a short update";
        # then nothing, or its sender or occasion: not "Little word has come from ...",
        # "Brief summary of the talks: ...", news; `_note_of_itself` reads the rest)
        message=re.compile(
            rf"{_OPENING}(?:(?:(?:Just|This\s+is|Here(?:'s|’s|\s+is))(?:\s+just)?\s+an?|An?)\s+"
            rf"(?:{alternation(found.message_sizes)})|{label_forms(found.message_sizes)})"
            rf"\s+(?:{alternation(found.message_words)})s?"  # ("Quick notes from my call")
            rf"(?P<rest>\s+(?:{alternation(found.message_occasions)})\b.*|[\s.!…]*)\Z"
        ),
        copy_label=re.compile(rf"\b(?:{alternation(found.header_labels)})\b", re.IGNORECASE),
        copy_label_of=re.compile(
            rf"{_OPENING}(?:{label_forms(found.copy_note_labels)})\s+(?:of|by|from|on)\s+(?=\S)"
        ),
        copy_following=re.compile(
            r"\s*(?:The\s+following|What\s+follows)\s+(?:(?:is|are)\s"
            rf"|(?:[\w-]+\s+){{0,2}}?(?:{alternation(copied_nouns)})\s+"
            r"(?:was|were|is|are|has\s+been|have\s+been)\s)"
        ),
        copy_edited=re.compile(
            r"\s*(?:(?:The|His|Her|Their|Its)\s+)?(?:[\w’'-]+\s+){0,3}?"
            rf"(?i:{alternation(copied_nouns)})"
            r"(?:\s+(?:from|of|by|at)(?:\s+[\w’'-]+){1,5}?)?"
            r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
            rf"(?:{alternation(found.copy_editing_verbs)})"
            r"(?:\s+(?:into|from|for|by|in)(?:\s+[\w’'-]+){1,4}){0,2}\s*\.?\s*\Z"
        ),
        # (a greeting set apart, or going on to whom or to what: "Hello and welcome to",
        # "Thanks for following our coverage"; not "Morning traffic was the latest ...")
        greeting=re.compile(
            rf"{_OPENING}(?:{label_forms(found.greetings)})"
            r"(?:\s*[,!.:—–]|\s+(?:and|to|from|our|again|everyone)\b)"
        ),
        page_opener=re.compile(rf"{_OPENING}(?:{label_forms(found.page_openers)})\b"),
        newsroom=re.compile(rf"{_OPENING}(?:{label_forms(found.newsroom_openers)})(?![\w’'])"),
        coverage=re.compile(rf"\b(?:{alternation(found.coverage_phrases)})\b", re.IGNORECASE),
        # "Update: Court delays ruling", "Updated | When the river rose ..."
        update=re.compile(rf"{_OPENING}(?:{label_forms(found.update_labels)})\s*[:|]\s*"),
        next_notice=re.compile(
            rf"{_OPENING}(?:the\s+|our\s+|its\s+)?next\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:{alternation(found.next_notice_nouns)})(?:\s*[:|]|\s+"  # "Next update: 8 a.m."
            r"(?:will|is\s+(?:expected|due|scheduled|set|planned)\s+to|is\s+due\b)\s*(?:be\s+)?"
            rf"(?:{alternation(found.next_notice_verbs)})?\b)",
            re.IGNORECASE,
        ),
        update_note=_update_note_pattern(found),
        credit=re.compile(
            rf"{_OPENING}(?:(?:{label_forms(found.credit_openers)})"
            # a newsletter's sign-off to its staff: "THANKS to our editor, Ann Lee, and
            # producer Tom Roe." (the first word in capitals, as such a letter opens items)
            rf"|(?i:{alternation(found.staff_thanks)})\s+"
            rf"(?i:{alternation(found.byline_roles)})s?,?)\s+[A-Z]"
        ),
        masthead_staff=re.compile(
            rf"{_OPENING}(?:(?:The|This)\s+(?:{alternation(found.header_labels)})"
            rf"|(?:The\s+)?{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}})\s+(?:is|are)\s+"
            rf"(?:{alternation(found.staff_writing_verbs)})"
            rf"(?:\s+and\s+(?:{alternation(found.staff_writing_verbs)}))?\s+by\s+"
            r"(?P<staff>[^.;:!?]+?)\.?\s*\Z"
        ),
        # "Interview: Ann Lee.", "Reporting: Ann Lee and Tom Roe": a credit's label and the
        # names alone, a line of its own
        labelled_staff=re.compile(
            rf"{_OPENING}(?:{label_forms(found.credit_labels)})\s*:\s+"
            r"(?P<staff>[^.;:!?]+?)\.?\s*\Z"
        ),
        contribution=re.compile(
            rf"\b(?:contributed(?:\s+to)?(?:\s+this)?|(?:{alternation(found.carrying_verbs)})\s+this)"
            rf"\s+(?:{alternation(found.contributions)})\b",
            re.IGNORECASE,
        ),
        # "CNN's Ann Lee reported from Beirut.", "Tom Roe and Ann Lee wrote from Atlanta."
        filed_from=re.compile(
            rf"{_OPENING}{_STAFF}(?:(?:,\s+|\s+and\s+){_STAFF})*\s+"
            # the places alone end the line ("reported from Syria that ..." is news), each
            # perhaps another's: "Ann Lee reported from Beirut and Tom Roe from Damascus."
            rf"(?:{alternation(found.filing_verbs)})\s+from\s+{place}"
            rf"(?:,?\s+and\s+(?:{_STAFF}(?:\s+and\s+{_STAFF})?\s+from\s+)?{place})*\.?\s*\Z"
        ),
        # "... to your Tweets", "your browser's settings": a user's own things
        user_things=re.compile(
            rf"\byour\s+(?:[\w’'-]+\s+)?(?:{alternation(found.user_things | found.media)})\b",
            re.IGNORECASE,
        ),
        request=re.compile(
            rf"{_OPENING}(?:(?:{alternation(w.capitalize() for w in found.fronted_openers)})"
            r"\s[^,\"“”]{1,60},\s+)?"
            rf"(?i:{alternation(found.notice_openers)})\b(?!\s*[:|])"  # not "Update:"
        ),
        browser_things=re.compile(rf"\b(?:{browser})\b", re.IGNORECASE),
        browser_state=re.compile(
            rf"{_OPENING}(?i:your\s+(?:[\w-]+\s+)?(?:{browser})\s+"
            r"(?:(?:isn't|aren't|doesn't|don't|can't|cannot|won't)\b"
            rf"|(?:is|are|does|do|has|have|can|must|will)\s+(?:\w+\s+)?{_OFF}\b)"
            # (without "your", only a state that keeps the page from its reader: "Location
            # is not yet known" is news)
            rf"|(?:{browser})\s+(?:(?:is|are)\s+{_SWITCHED_OFF}"
            r"|must\s+be\s+(?:enabled|allowed|accepted|turned\s+on|switched\s+on))\b)"
        ),
        credit_hints=_any_of(
            {
                "/",
                *(
                    phrase[1:]
                    for phrase in (
                        "contributed",
                        *found.carrying_verbs,
                        *filing,
                        *found.picture_words,
                        *found.credit_openers,
                        *(f"{label}:" for label in found.credit_labels),
                        *(f"{verb} by" for verb in found.staff_writing_verbs),
                        *found.rights_phrases,
                        *found.contact_labels,
                        *found.signing_labels,
                        *found.translation_credits,
                        *found.text_prevails,
                    )
                ),
                *(word.upper()[1:] for word in found.picture_words),  # "FILE PHOTO:"
                # (a thanks's first word, as written or in capitals: "THANKS to our")
                *(
                    form[1:]
                    for thanks in found.staff_thanks
                    for form in (thanks.split()[0], thanks.split()[0].upper())
                ),
            }
        ),
        telling=_automaton(
            [
                (_RIGHTS, found.rights_phrases),
                (_WIDGET, found.widget_phrases),
                (_PICTURE_WORD, found.picture_words),
                (_CONTRIBUTED, ("contributed", *found.carrying_verbs)),
                (_FILED, filing),
                (_WEB, ("@", "//", "pic.twitter")),
                (_SLASH, ("/",)),
                # the place in the picture and its comma, which position_words ends on
                (_POSITION, tuple(f"{m}," for m in found.caption_positions if len(m) > 2)),
            ]
        ),
    )


def _not_a_note() -> str:
    """A word after an update's verb that makes the verb a noun or a sentence's subject:
    one that goes on with a noun phrase (words.toml's specifiers: "Updates to the app",
    "Changes in the law") or opens a predicate (subjectless_openers: "Fixes are due").
    "with" opens what a note brings ("Updates with Red Cross figures")."""
    after = alternation(joined("specifiers", "subjectless_openers"))
    return rf"(?:(?=\s+with\b)|(?!\s+(?:{after})\b))"


def _update_note_pattern(found: Lists) -> re.Pattern[str]:
    """A wire's update note, the whole text (see `update_note`)."""
    verbs = alternation(found.update_note_verbs)
    capitalised = label_forms(found.update_note_verbs)
    labels = label_forms(found.update_labels)
    not_a_note = _not_a_note()
    return re.compile(
        r"[\s*_]*(?:"
        # in brackets, whole, and no sentence (no stop before the bracket closes): "(Adds
        # comment from ministry, updates toll)", not "(Removes all doubt: ... found.)"
        rf"\(\s*(?i:{verbs})\b{not_a_note}[^()]*[^().\s]\s*\)[\s*_]*"
        # after an update's label and its stamp, which holds a date or a time, then a dash,
        # a colon, a bar or a comma: "UPDATED 16 Nov 2026, 17:45 — adds new toll; previous
        # TEHRAN 07:30"
        rf"|(?:{labels})\b(?P<stamp>[^—–;|\"“”]{{0,60}}?\d[^—–;|\"“”]{{0,60}}?)"
        rf"\s*(?:[—–:|,]|\s-)\s*(?i:{verbs})\b{not_a_note}[^\"“”]*[\s*_.]*"
        # alone, with what it brings and no sentence (no stop, no quotation): "Updates with
        # Red Cross figures" (not a headline's noun, "Changes loom for ferry timetable", nor
        # a sentence, "Changes with the new law take effect on December 1.")
        rf"|(?:{capitalised})\s+with\s[^\"“”.!?]*[^\"“”.!?\s][\s*_]*"
        r")\Z"
    )


_UPDATE_NOTE_WORDS = 40


def update_note(text: str) -> re.Match[str] | None:
    """A wire's note of what its update changed, and nothing else: "(Adds comment from
    ministry, updates toll)", "UPDATED 16 Nov 2026, 17:45 — adds new toll, aftershock;
    previous TEHRAN 07:30", "Updates with Red Cross figures" (furniture.toml's
    update_note_verbs). The desk speaking of its copy, with no subject: no sentence of the
    story (pile10: one had been a story's bullet). Asked only of the lines at the top of a
    page (brief.ingest.layout), where a desk writes it: further down, "Changes with the new
    law take effect on December 1" is the story's, so no sentence is furniture by it. Its
    group "stamp" holds what stands
    between the label and the note ("16 Nov 2026, 17:45"), the page's date where it gives
    one; None without a label."""
    if len(text.split()) > _UPDATE_NOTE_WORDS:
        return None
    return _patterns().update_note.match(text)


# The groups of the telling words.
_RIGHTS, _WIDGET, _PICTURE_WORD, _CONTRIBUTED, _WEB, _SLASH, _FILED, _POSITION = range(8)


def _any_of(hints: set[str]) -> ahocorasick.Automaton:
    """The hints, to find whether a text holds any of them in one pass."""
    automaton = ahocorasick.Automaton()
    for hint in hints:
        automaton.add_word(hint, hint)
    automaton.make_automaton()
    return automaton


def _automaton(groups: Iterable[tuple[int, Iterable[str]]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    found: dict[str, set[int]] = {}
    for group, phrases in groups:
        for phrase in phrases:
            found.setdefault(phrase, set()).add(group)
    for phrase, in_groups in found.items():
        automaton.add_word(phrase, frozenset(in_groups))
    automaton.make_automaton()
    return automaton


def _upper_or_source(found: Lists) -> str:
    """Agencies that credit before a slash: in capitals ("REUTERS/", "AFP/"), or named
    as a picture source ("AP Photo/"). Not "AP/NORC": two letters are an abbreviation."""
    capitals = {a.upper() for a in found.picture_agencies if len(a) > 2}
    sources = _picture_sources(found)
    forms = capitals | {_title_words(a) for a in sources} | {a.upper() for a in sources}
    return f"{alternation(forms)}|{_initials(sources)}"


def _picture_sources(found: Lists) -> frozenset[str]:
    """The agencies named as a picture source: their name ends in a picture word ("AP
    Photo", "Getty Images")."""
    return frozenset(a for a in found.picture_agencies if a.split()[-1] in found.picture_words)


def _initials(phrases: frozenset[str]) -> str:
    """ "AP Photo", "PA Images": an agency's initials in capitals before a word."""
    return alternation(
        {" ".join(w.upper() if len(w) <= 3 else w.capitalize() for w in p.split()) for p in phrases}
    )


def is_promotion(text: str) -> bool:
    """A call to action that names where to go: "Listen to the interview on Radio Five
    from 1900 GMT", "Watch highlights on our website"; or a link's label and nothing
    else ("Learn more", "Read more"), never a headline's ("Share prices fall"), or with
    only its address after it ("Unsubscribe: https://...", a newsletter's foot: no
    reporter's sentence, which a link inside leaves news); or an advertisement's label
    and its text ("Sponsored: Loans in five minutes.", furniture.toml's ad_labels)."""
    # (searched only where an address may be: most sentences hold none)
    label = _LINK_ADDRESS.sub("", text) if "://" in text else text
    if _label_words(label).lower() in lists().link_labels or _linked_headline(text):
        return True
    if ":" in text[:40] or "|" in text[:40]:
        found = _LABELLED.match(text)  # an advertisement's label: "ADVERT: Buy ..."
        if found is not None and found["label"].lower() in lists().ad_labels:
            return True
    patterns = _patterns()
    return (
        patterns.call_to_action.match(text) is not None and patterns.media.search(text) is not None
    )


def _linked_headline(text: str) -> bool:
    """A link's label, a colon or a bar, and another story's headline: "READ MORE: Minister
    quits over leak", "Read also | Talks resume in Vienna". The headline ends on no stop,
    as a link's text does (r50 H1: one had run into the next sentence), or on a question
    mark, as a headline may ("Related: Inspections renewed at the UN — what's next?": it
    had stayed a sentence of the page, s52 pile18)."""
    found = _labelled(text)
    if found is None or not _link_label(found["label"]):
        return False
    rest = found["rest"].rstrip()
    return (rest[-1:].isalnum() or rest.endswith("?")) and len(rest.split()) <= HEADLINE_WORDS


def _link_label(label: str) -> bool:
    """A listed link's label, or one that opens as a link's does and goes on with what it
    lists or a site's name ("Related coverage", "Also on EuroAffairs Daily today"; not
    "Also on the agenda" nor "Also on Monday", whose words are the page's own)."""
    words_of = label.split()
    folded = [word.lower() for word in words_of]
    if " ".join(folded) in lists().link_labels:
        return True
    for size in (2, 1):
        if " ".join(folded[:size]) in lists().link_label_openers and len(words_of) > size:
            rest = words_of[size:]
            days = month_names() | weekday_names()  # "Also on Monday: ...": the page's
            return all(word.lower() in lists().link_label_nouns for word in rest) or any(
                word[:1].isupper() and word.lower() not in days for word in rest
            )
    return False


def opens_with_link_label(text: str) -> bool:
    """Whether a sentence opens on a link's label set apart by a colon or a bar ("Read
    more: Cholera has killed 40 people in Malawi.", "Related | ..."): a teaser for another
    story whatever its length, as a linked paragraph's text (webpage)."""
    found = _labelled(text)
    return found is not None and found["label"].lower() in lists().link_labels


_LABELLED = re.compile(r"[^\w]*(?P<label>[A-Za-z][A-Za-z’' ]{1,30}?)\s*[:|]\s+(?P<rest>\S.*)\Z")


def _labelled(text: str) -> re.Match[str] | None:
    """_LABELLED's match, looked for only where a colon or a bar is: 1 sentence in 25 of
    an inbox has one, and the label's lazy run was tried at length on every other."""
    return _LABELLED.match(text) if ":" in text or "|" in text else None


# A label's words: from its first letter or digit to its last, the marks around it left
# out ("» Read more:" is "Read more"). Found in a tenth of the time of stripping the marks
# with `^\W+|\W+$`, which tries its second branch at every space of a sentence.
_LABEL_WORDS = re.compile(r"\w(?:.*\w)?", re.DOTALL)
_LINK_ADDRESS = re.compile(r"\s*[:|>»–—-]?\s*<?https?://\S+\s*\Z")  # a line's closing address


def _label_words(text: str) -> str:
    """The text less the marks before its first letter or digit and after its last."""
    found = _LABEL_WORDS.search(text)
    return found.group() if found else ""


@lru_cache(maxsize=1 << 16)  # asked of each sentence by the stories and again by the ranks
def furniture_kind(text: str) -> str | None:
    """What kind of page furniture the sentence is (PROMOTION, CREDIT, POST, EMBEDDED,
    PICTURE, WIDGET or NOTE), or None for a sentence of the story. A sentence that only opens
    with furniture ("CLOSE ...", "Getty Images ...", "Update: ...") is furniture too: as
    it stands it is no bullet, lead or title (`after_furniture` gives what follows)."""
    patterns = _patterns()
    if is_promotion(text):
        return PROMOTION
    if _to_its_user(text):
        return WIDGET
    if _to_its_reader(text):
        return ADDRESS
    # Each form that may sit anywhere is looked for only when its telling words or signs
    # are in the sentence: most sentences are news, and a digest asks of tens of thousands.
    told = _told(text)
    if _credit_line(text, told) or _agencies_only(text):
        return CREDIT
    if _WEB in told and _POST.search(text):
        return EMBEDDED if _SIGNED.search(text) else POST
    if (
        (_SLASH in told and patterns.slash_credit.search(text))
        or patterns.opening_source.match(text)
        or (
            _PICTURE_WORD in told
            and (patterns.picture_label.search(text) or patterns.caption.search(text))
        )
        or ("(" in text and _positioned(patterns.position.findall(text)))
        or (text.rstrip()[-1:] in ")." and "(" in text and patterns.trailing_credit.search(text))
        or (_POSITION in told and patterns.position_words.search(text))
    ):
        return PICTURE
    if _WIDGET in told or patterns.button.match(text):
        return WIDGET
    if patterns.note.match(text) or patterns.update.match(text):
        return NOTE
    if "next" in text[:12].lower() and patterns.next_notice.match(text):
        return NOTE  # "The next update will be issued at 7 a.m. Tuesday."
    if copy_note(text):
        return NOTE
    return None


def copy_note(text: str) -> bool:
    """A note of what the copy is, as the page that prints a transcript or a statement
    sets it above the text (r75 F17: such lines had been bullets and rows of the
    timeline): its label and what it is of, with no verb of its own ("Transcript of the
    press conference held by Governor Ann Lee on Monday, 7 June 2032, at 14:00.",
    "Remarks by the President at the signing ceremony.": a participle before its
    preposition is the event's, "held by"); what brings in the text under it ("The
    following statement was read by ... on behalf of ...", "The following is an edited
    transcript of ..."); or how its words were put into another language or cut ("The
    minister's remarks were interpreted into English for foreign media.", "Questions from
    the floor were shortened."), and nothing else. The names it holds stay actors: the
    one who held the conference speaks in it. A sentence about a copy is news:
    "Transcripts of the calls were released", "Remarks by the minister angered farmers",
    "The statement was read by a colonel on state television"."""
    patterns = _patterns()
    if patterns.copy_following.match(text) or patterns.copy_edited.match(text):
        return True
    found = patterns.copy_label_of.match(text)
    if found is None or not text.rstrip().endswith("."):
        return False
    said = re.findall(r"[A-Za-z’']+|[,;:()]", text[found.end() :])
    for at, word in enumerate(said):
        if not word[0].isalpha() or word[0].isupper() or not finite_verb(word):
            continue
        after = said[at + 1] if at + 1 < len(said) else ""
        if word in _verb_words() or after not in _event_prepositions():
            return False  # a verb of its own: "Text of the treaty was published ..."
    return True


@cache
def _event_prepositions() -> frozenset[str]:
    """What a participle of the event a copy note names goes on with: "held by", "given
    at", "delivered on", "edited for length" (words.toml's topic_prepositions and
    furniture.toml's copy_note_prepositions)."""
    return words()["topic_prepositions"] | lists().copy_note_prepositions


def _agencies_only(text: str) -> bool:
    """ "REUTERS", "(AFP)", "Reuters/AFP": an agency's credit that ends a republished wire
    story ("... by Wednesday. REUTERS"), cut from its paragraph as a sentence of its own;
    or a name between slashes and nothing else, as agencies of the Russian-language press
    sign their items ("/Kavkaz-Inform/.", "/TASS/"; r41 had one as a story's first
    bullet)."""
    return len(text) <= 60 and (
        _agency_credit().match(text) is not None or _SLASHED_NAME.fullmatch(text) is not None
    )


_SLASHED_NAME = re.compile(r"\s*/\s*[A-Z][\w .&'’-]{1,40}/\s*\.?\s*")


@cache
def _agency_credit() -> re.Pattern[str]:
    agencies = alternation(lists().picture_agencies)
    between = r"[\s(),/&.—–-]*(?:and\s+)?"
    return re.compile(rf"{between}(?:(?:{agencies}){between})+\Z", re.IGNORECASE)


# Position marks that are also other marks: a party's "(R)" ("Gov. Ron DeSantis (R)"),
# a copyright's "(C)". Alone in a sentence they mark no picture; beside another they do.
_AMBIGUOUS_POSITIONS = frozenset({"R", "C"})


def _positioned(marks: list[str]) -> bool:
    """Whether a sentence's position marks (`_Patterns.position`) make it a caption."""
    return len(marks) >= 2 or any(mark not in _AMBIGUOUS_POSITIONS for mark in marks)


def _told(text: str) -> set[int]:
    """The groups of telling words the sentence holds."""
    told: set[int] = set()
    for _, groups in _patterns().telling.iter(text.lower()):
        told |= groups
    return told


def credited_spans(text: str) -> list[tuple[int, int]]:
    """The parts of a sentence that credit who reported, wrote or took its picture, or
    state the page's rights: "Margaret Childs in Vienna and AP writer Ali Dareini
    contributed to this report" (all of it), "(Photo: Susan Walsh, AP)", "REUTERS/Tom
    Brown", "Copyright 2014 The Associated Press. All rights reserved." The people and
    agencies named there are the page's staff, no actors of the news; the caption beside
    a credit still is news ("President Barack Obama speaks in the briefing room")."""
    if text.startswith("By ") and _byline_sentence(text):
        return [(0, len(text))]
    patterns = _patterns()
    if next(patterns.credit_hints.iter(text), None) is None:
        return []  # most sentences (a case-blind regex of the hints cost 34 us a sentence)
    told = _told(text)
    if _credit_line(text, told) or patterns.contact.match(text) or translators_note(text):
        # (a release's contact line names its own office, "For verification: Office of the
        # Spokesperson, ...", r44 L4; a translator's note its language, r44 L2)
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    if _SLASH in told:
        spans.extend(m.span() for m in patterns.slash_credit.finditer(text))
    if _PICTURE_WORD in told:
        for m in patterns.picture_label.finditer(text):
            if text[m.start() - 1 : m.start()] == "(":  # "(Photo: Susan Walsh, AP)"
                end = text.find(")", m.end())
                spans.append((m.start(), end + 1 if end >= 0 else len(text)))
            elif text[: m.start()].strip():  # "... in Washington. Photo: Susan Walsh/AP"
                spans.append((m.start(), len(text)))
            # (a label opening the line opens a caption: "Photo: President Obama speaks")
    return spans


def _credit_line(text: str, told: set[int]) -> bool:
    """The whole sentence credits the page's staff or states its rights: "Reporting by
    ...", "... contributed to this report", "The Liffey Letter is written by ...",
    "Copyright ... All rights reserved", a translator's note ("(Translated from
    Portuguese by the Diário de Sofala. The Portuguese text prevails.)")."""
    patterns = _patterns()
    return bool(
        translators_note(text)
        or _RIGHTS in told
        or patterns.credit.match(text)
        or _masthead_staff(text)
        or (_CONTRIBUTED in told and patterns.contribution.search(text))
        or (_FILED in told and patterns.filed_from.match(text))
    )


def _masthead_staff(text: str) -> bool:
    """ "The Liffey Letter is written by Orla Mac Cárthaigh and Conor Ó Súilleabháin.": a
    title's staff credited at its foot, names alone after "by" (two to four words each,
    every one capitalised in any alphabet: "Ó Súilleabháin"), joined by commas or "and";
    or after a credit's label and its colon, a line of its own ("Interview: Ann Lee.")."""
    patterns = _patterns()
    found = patterns.masthead_staff.match(text) or patterns.labelled_staff.match(text)
    return found is not None and _names_alone(found["staff"])


def _byline_sentence(text: str) -> bool:
    """ "English section. By Nadège Toussaint.": a byline the splitter cut from the line it
    ends, a sentence of its own, "By" and names alone (two to four capitalised words each,
    joined by commas or "and"): the page's writer, no actor of the news."""
    found = _BYLINE_RE.fullmatch(text)
    return found is not None and _names_alone(found["staff"])


_BYLINE_RE = re.compile(r"By\s+(?P<staff>[^.;:!?,]+(?:,[^.;:!?,]+)*?)\.?\s*")


def _names_alone(staff: str) -> bool:
    """Whether a credit's words are people's names alone, joined by commas or "and": two
    to four words each, every one capitalised in any alphabet ("Ó Súilleabháin")."""
    return all(
        2 <= len(name.split()) <= 4 and all(word[:1].isupper() for word in name.split())
        for name in _STAFF_JOINS.split(staff.strip())
    )


# What joins the names of a title's staff: "Ann Lee, Tom Roe and Jo Poe".
_STAFF_JOINS = re.compile(r",\s+and\s+|,\s+|\s+and\s+")


def translators_note(text: str) -> bool:
    """Who translated the copy, which text of it is the authentic one, or where it first
    ran: "(Translated from Portuguese by the Diário de Sofala.", "The Portuguese text
    prevails.", "Originally published by the Daily Sun, Lagos." (r44 L2:
    such a note had been two bullets, and its language an actor). Not a story's sentence
    about a translation: "Translated from the Russian, the letter says ..." names no
    translator."""
    patterns = _patterns()
    return (
        patterns.translation.match(text) is not None
        or patterns.republication.match(text) is not None
    )


def entry_stamps(sentences: Sequence[Sentence]) -> list[EntryStamp | None]:
    """Each sentence's entry stamp, of `sentences` in reading order: its own ("07:10 —
    Good morning."), or, for the first sentence under a subheading that is a stamped
    entry's ("4:00 pm — Death toll rises to 23", an <h3> its page sets above the entry),
    the heading's (`end` 0: the sentence goes on from its start). A live page that heads
    its entries so had lost their times once the heading stood apart from the entry's
    first sentence, and its early "17 dead" had stood beside its latest "23" (r52 M3).
    One answer for all who ask which entry a sentence opens."""
    stamps: list[EntryStamp | None] = []
    before: Sentence | None = None
    for sentence in sentences:
        first = before is None or (before.source, before.heading) != (
            sentence.source,
            sentence.heading,
        )
        stamps.append(
            opening_stamp(sentence.text, sentence.heading) if first else entry_stamp(sentence.text)
        )
        before = sentence
    return stamps


def opening_stamp(text: str, heading: str | None) -> EntryStamp | None:
    """The entry stamp of a sentence that is the first under its `heading`: its own, or
    the time the heading gives ("4:00 pm — Death toll rises to 23", or the time alone,
    "16:30")."""
    stamp = entry_stamp(text)
    if stamp is not None or not heading:
        return stamp
    found = _entry_time().match(heading) or _CLOCK_ALONE.fullmatch(heading)
    return None if found is None else EntryStamp(_minute_of_day(found), 0)


# A transcript's turn label in capitals, perhaps with the speaker's name in brackets:
# "ANCHOR (Ann Lee): ", "PRESENTER: ".
_TURN_LABEL = re.compile(
    r"(?P<label>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})(?: \([^()]{1,60}\))?:\s+"
)


def _to_its_reader(text: str) -> bool:
    """A live page, a newsletter or a message speaking to its reader, not of the news (r44
    M5): a greeting alone ("Good morning.", "Hello again, everyone."), a letter's
    salutation or its close ("Dear all,", "Best regards,"), a greeting that welcomes the
    reader to the coverage or the copy ("Hello and welcome to our live coverage of the
    storm.", "Welcome to this week's edition of ...", r56 H1), the page speaking of itself
    ("This live page is now closed.", "Stay with us.") or the newsroom's "we" telling of
    its coverage ("We will bring you the latest throughout the day.", "We'll keep you
    updated."), a message telling of itself ("Quick note from the desk ahead of the
    open.", r56 M7). No one is quoted in it: "We will bring you food," the mayor said."""
    patterns = _patterns()
    stamp = entry_stamp(text)  # "07:10 — Good morning."
    text = text[stamp.end :] if stamp is not None else text
    # a broadcast's host greeting its listeners ("ANCHOR (Ann Lee): Good evening."), as a
    # live page greets its reader: the host's label is words.toml's asking_labels
    turn = _TURN_LABEL.match(text)
    if turn is not None and turn["label"].casefold() in words()["asking_labels"]:
        text = text[turn.end() :]
    if not (
        patterns.greeting_alone.match(text)
        or patterns.salutation.match(text)
        or patterns.sign_off.match(text)
        or (
            patterns.greeting.match(text)
            and (patterns.coverage.search(text) or patterns.copy_label.search(text))
        )
        or patterns.page_opener.match(text)
        or (patterns.newsroom.match(text) and patterns.coverage.search(text))
        or _note_of_itself(text)
    ):
        return False
    return not any(mark in text for mark in _QUOTATION_MARKS) and _SAYS.search(text) is None


_QUOTATION_MARKS = ('"', "“", "”", "«", "»")


def _note_of_itself(text: str) -> bool:
    """A note telling of itself, in its own shape ("Quick note from the tanker desk ahead
    of the open.", "Just a short update on the talks.", "A brief word before the vote."):
    the note's words, then only its sender or its occasion, with no verb of its own. A
    verb after them is news ("Little word has come from the hospital since ...", "A short
    note from the kidnappers demanded a ransom"), as is what follows a colon ("Brief
    summary of the talks: both sides agreed ...") or a figure ("Quick update: Brent is
    up 3%")."""
    found = _patterns().message.match(text)
    if found is None or any(ch.isdigit() for ch in text):
        return False
    rest = found["rest"]
    if re.search(r"[:;]\s*\w", rest):
        return False
    return not any(finite_verb(word) for word in re.findall(r"[A-Za-z’']+", rest))


def finite_verb(word: str) -> bool:
    """Whether a word of a note's or a label's rest reads as a verb of its own: an auxiliary ("has",
    "were"), an irregular past ("gave") or a past in -ed ("demanded"); a capital's word
    is a name ("Red Sea desk")."""
    if word[0].isupper():
        return False
    found = words()
    if word in _verb_words() or word in found.irregular:
        return True
    return len(word) > 4 and word.endswith("ed") and word not in found["not_inflected"]


@cache
def _verb_words() -> frozenset[str]:
    return joined("auxiliaries", "passive", "past_auxiliaries") | {"have", "are", "do"}


def _to_its_user(text: str) -> bool:
    """The site telling its reader what they can do with their own things: "You can add
    location information to your Tweets ...", "You always have the option to delete your
    Tweet location history" (a page of Twitter's, scraped for a story); or what they
    must do, or what the page does, before it shows anything: "Please enable JavaScript
    to read this article", "You need to enable cookies", "We use cookies to ...",
    "JavaScript is disabled in your browser", "Your browser does not support the video
    tag" (a script-only page had been briefed from its notice). Not news told to the
    reader: "Your browser history can be sold ...", "You may have had your password
    stolen ...", nor what someone says ("..., the senator warned")."""
    patterns = _patterns()
    notice = (
        patterns.browser_state.match(text) is not None
        or (
            patterns.request.match(text) is not None
            and patterns.browser_things.search(text) is not None
        )
        or (_USER_NOTICE.match(text) is not None and patterns.user_things.search(text) is not None)
    )
    return notice and _SAYS.search(text) is None


# A notice's opening: what the reader can do ("You can", "You can also", "You always have
# the option", "You will be able"), not what may have happened to them ("You may have").
_USER_NOTICE = re.compile(
    r"[\s(\[|_—–-]*You\s+(?:can(?:\s+also)?|(?:always\s+)?have\s+the\s+option|will\s+be\s+able)\b"
)
_SAYS = re.compile(r"\b(?:said|says|say|warned|warns|told)\b")


def is_browser_notice(text: str) -> bool:
    """A page's notice about the reader's browser (`_to_its_user` naming one of the
    browser_things): "Please enable JavaScript to read this article", "We use cookies to
    ...", "Your browser does not support the video tag". A page tells it when it keeps
    its content from the browser it was saved in: with nothing else, it is no article."""
    return _to_its_user(text) and _patterns().browser_things.search(text) is not None


def contact_heading(line: str) -> bool:
    """Whether the line is a release's contact label and nothing else ("Media contact:",
    "For further information:"): the lines under it are the contact's, the issuer's
    press office, as the line that names them after the label is (`credited_spans`).
    Not "Signed:": those signed under it issue the statement (signing_labels)."""
    return _patterns().contact_label.match(line) is not None


def turn_label(text: str) -> str | None:
    """The label in capitals that opens a transcript's turn ("MIRESCU: The deficit ...",
    "KAVALCHUK (through interpreter): ..." gives "KAVALCHUK"), or None: the label says
    whose words the turn is, as "..., X said" does in a report."""
    if ":" not in text[:_TURN_LABEL_REACH]:  # most sentences: one look in C
        return None
    turn = _ANY_TURN_LABEL.match(text)
    return turn["label"] if turn is not None and turn["label"].isupper() else None


def turn_greeting(text: str) -> bool:
    """Whether a sentence is a transcript's turn label in capitals and a greeting alone
    ("KAVALCHUK (through interpreter): Good afternoon.", "ROE: Good morning."): a
    speaker's, so no page furniture (the turn is theirs), but it tells no news, as a
    host's greeting does not (`_to_its_reader`)."""
    turn = _ANY_TURN_LABEL.match(text)
    if turn is None or not turn["label"].isupper():
        return False
    return _patterns().greeting_alone.match(text[turn.end() :]) is not None


# A turn's label in capitals of any alphabet ("CZERWIŃSKA:"), how or by whom the words
# came in brackets: "KAVALCHUK (through interpreter): ".
_ANY_TURN_LABEL = re.compile(
    r"(?P<label>[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+){0,2})(?: \([^()]{1,60}\))?:\s+"
)
# A label's colon stands within this many characters (three long words and a bracket):
# a sentence whose first colon comes later opens with no label.
_TURN_LABEL_REACH = 184


def is_furniture(text: str) -> bool:
    """Is the sentence page furniture, not news (`furniture_kind`)?"""
    return furniture_kind(text) is not None


def is_controls(line: str) -> bool:
    """A line of a page's buttons or widget words and nothing else ("CLOSE", "SHARE
    EMAIL", "Buy Photo", "Learn more"): a scrape's controls, never a headline."""
    if line.isupper():
        found = [w.lower() for w in _LETTERS.findall(line)]
        if found and all(w in lists().buttons for w in found):
            return True
    kind = furniture_kind(line)
    return kind == WIDGET or (kind == PROMOTION and len(line.split()) <= 4)


_LETTERS = re.compile(r"[^\W\d_]+")


def after_furniture(text: str) -> str:
    """The sentence less the furniture it opens with, when that is only a page's button,
    a picture source or an update label ("CLOSE Flood waters rose ..." -> "Flood waters
    rose ...", "Update:Court delays ruling" -> "Court delays ruling"); else the sentence as
    it is. What follows a note, a credit line or a caption's "In this photo" is still
    furniture, so those stay."""
    patterns = _patterns()
    rest = text
    for pattern in (patterns.button, patterns.opening_source, patterns.update):
        found = pattern.match(rest)
        if found:
            rest = rest[found.end() :]
    return rest if rest != text and rest[:1].isupper() else text


# A live page's entry opens with its clock time and a dash: "19:00 — Former health
# minister ... tells Radio Sofala ...", "**07:10** — Good morning.", "7.45pm - ...".
_CLOCK = r"(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?:\s*(?P<half>[ap]\.?m\.?))?"


@cache
def _entry_time() -> re.Pattern[str]:
    """A clock time and a dash, as an entry opens; the time's zone may stand between them
    ("22:10 GMT — ...", "9.15am ET - ...": words.toml's clock_zones), and so may the same
    time in another zone, in brackets ("09:55 (03:55 UTC) — ...": r73, a live page of
    Bishkek time that gives each entry in UTC too)."""
    zones = alternation(words()["clock_zones"])
    zone = rf"(?:\s*(?:{zones})\b)?"
    other = r"(?:\s*\(\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?" + zone + r"\s*\))?"
    return re.compile(r"[\s*_]*" + _CLOCK + zone + other + r"[\s*_]*[—–-]\s+", re.I)


_CLOCK_ALONE = re.compile(r"\s*" + _CLOCK + r"\s*", re.I)


def is_news_agency(name: str) -> bool:
    """A news agency's name (picture_agencies, which credit wire copy too): "Reuters",
    "AFP", "Associated Press"."""
    return name.lower() in lists().picture_agencies


def is_clock_time(text: str) -> bool:
    """Is the text a time of day alone ("08:10", "7.45pm"), as a live page's <time>
    element shows an entry's stamp?"""
    return _CLOCK_ALONE.fullmatch(text) is not None


@dataclass(frozen=True)
class EntryStamp:
    """The time stamp a live page's entry opens with: its time (minutes into the day,
    read on a 24-hour clock) and where the entry's text goes on after it."""

    minute_of_day: int
    end: int


def entry_stamp(text: str) -> EntryStamp | None:
    """The time stamp the text opens with, as a live page's entry does, or None. The
    stamp stays in the sentence (it tells compose that a live page's first sentence is
    its latest entry, no lede, and tells superseded which entry is later); furniture
    reads what follows it."""
    found = _entry_time().match(text) if text[:1].isdigit() or text[:1] in "*_ " else None
    return None if found is None else EntryStamp(_minute_of_day(found), found.end())


def _minute_of_day(found: re.Match[str]) -> int:
    """A clock time's minutes into the day, on a 24-hour clock."""
    hour = int(found["hour"])
    if found["half"]:
        hour = hour % 12 + (12 if found["half"].lower().startswith("p") else 0)
    return hour * 60 + int(found["minute"])
