"""Labels: what a page calls itself, or the copy, never what happened.

A page sets labels around its headline and among its header's fields: what the copy is
("Wire report", "Port Sudan correspondent", "Statement on the presidential results"), a
document's number or form ("Communique No. 041/MI/SP/ATA", "FORM 8-K"), a release's
label ("PRESS RELEASE"), a section's one word ("Opinion"), a label dated at the top
("Norvania travel advice - updated 15 March 2027."), its menu and its section path
("Skip to main content | Subscribe | Sign in", "Politics | Security"). None is a title
or a sentence to brief. The header, the credited stamps and the lines above a headline
are read by what their parts label, so these are kept apart from who is credited.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from brief.extract import lexicon
from brief.extract.lexicon import alternation, weekday_names, words
from brief.inflection import inflection_key
from brief.ingest.furniture import HEADLINE_WORDS, finite_verb, is_controls
from brief.ingest.furniture import lists as furniture_lists
from brief.ingest.layout.dates import FULL_DATE
from brief.ingest.layout.shapes import LETTERS
from brief.language import ENGLISH
from brief.rank.text import stop_words

# A page header's field that labels the copy: capitalised words, and at least one word of
# byline_roles or header_labels ("Port Sudan correspondent", "English service", "Wire
# report", "Live blog", "Unofficial English translation").
FIELD_WORDS = 6
# A document's number: "Communique No. 041/MI/SP/ATA", "Press Release Ref: PR-2026-114".
_REFERENCE = re.compile(
    r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}\s(?:No|Nr|Ref|Reference)\.?:?\s*[\w/.-]*\d[\w/.-]*"
)


# A document's number after its label: "014/2027", "12-2026", "No.7" is _REFERENCE's.
_NUMBERED = re.compile(r"\d[\d/.-]*\d|\d")


def a_field(part: str) -> bool:
    """A field of a page's header that says what the copy is or who wrote it, not whose it
    is and no sentence: a label of capitalised words and words of byline_roles or
    header_labels ("Port Sudan correspondent", "English service", "Wire report",
    "Morning programme transcript"), perhaps joined by function words or naming its
    medium (outlet_words: "Evening news transcript"); any other word in
    lower case is a sentence's, short or not ("Troops advance", "Aid programme cut": a
    headline beside its outlet and date keeps its words), or a document's number
    ("Communique No. 041/MI/SP/ATA")."""
    if _REFERENCE.fullmatch(part.strip()):
        return True
    found = part.split()
    if len(found) > 1 and _NUMBERED.fullmatch(found[-1]) and not _NUMBERED.match(found[-2]):
        # a label and the copy's number: "MTAC ADVISORY 014/2027", "Bulletin 12-2026"
        return a_field(" ".join(found[:-1]))
    lists = furniture_lists()
    labels = lists.byline_roles | lists.header_labels
    media = lists.outlet_words
    bare = [w.strip("()’'").lower() for w in found]
    return (
        0 < len(found) <= FIELD_WORDS
        and found[0][:1].isupper()
        and not any(ch.isdigit() for ch in part)
        and not part.endswith((".", ":", ";", ","))
        and any(w in labels for w in bare)
        and all(
            w[:1].isupper() or b in labels or b in media or b in stop_words(ENGLISH)
            for w, b in zip(found, bare, strict=True)
        )
    )


TOPIC_FIELD_WORDS = 10


@cache
def topic_join() -> re.Pattern[str]:
    """A label's word before one of words.toml's topic_prepositions, and its topic after."""
    joins = "|".join(sorted(words()["topic_prepositions"]))
    return re.compile(rf"[A-Za-z] (?:{joins}) ")


def a_labelled_topic(part: str) -> bool:
    """A field that names the copy and what it is about: a label (`a_field`: "Statement",
    "Evening news transcript") and, after "on" or "of", its subject ("Statement on the
    presidential results", "Transcript of the evening news"), the way an issuer's or a
    broadcaster's header line says what the page is. Its subject is a noun phrase, no
    verb of its own (`finite_verb`): "Report on abuse released" is a headline's words."""
    found = part.split()
    joins = words()["topic_prepositions"]  # "on", "of", "about"
    at = next((n for n, w in enumerate(found) if n and w in joins), None)
    if at is None or at + 1 >= len(found) or len(found) > TOPIC_FIELD_WORDS:
        return False
    if part.endswith((".", ":", ";", ",", "?", "!")) or not a_field(" ".join(found[:at])):
        return False
    return not any(w[:1].isalpha() and finite_verb(w) for w in found[at + 1 :])


def a_label(name: str) -> bool:
    """A page's section label in the outlet's place ("World | March 9, 2026", "Opinion"):
    one common word of English, no publisher's name."""
    from brief.extract.actors.word_knowledge import common_word

    return " " not in name and common_word(name.lower())


def dated_label(line: str) -> str | None:
    """The date of a page's label that closes on it, a heading with its day rather than a
    sentence (r60 F13): "Security alert update for citizens in Norvania, 16 March 2027.",
    "Norvania travel advice - updated 15 March 2027.", "Situation report No. 4 | 9 Feb
    2027". Its words name what the page is (one of furniture.toml's header_labels in any
    of its forms: "statement", "update", "report"), or a word that says the page was
    stamped ("updated") stands before the date; none is a verb that we can tell
    (auxiliaries, pasts), and the date is set off by a comma, a dash, a bar or a colon,
    not in apposition to a weekday. So "The talks resumed on 16 March 2027.", "The
    president arrives in Kyiv on Monday, 17 March 2027." and "Schools reopen on Monday,
    17 March 2027." are sentences: a present tense is no verb we can tell, and it needs
    the page's noun to be taken for a label. None for any other line. Asked only of the
    lines at a page's top, where a page puts its label."""
    if len(line.split()) > HEADLINE_WORDS or any(mark in line for mark in '"“”«»'):
        return None
    found = _dated_label_pattern().match(line.strip())
    if found is None:
        return None
    said = re.findall(r"[A-Za-z’']+", found["label"])
    if (
        not said
        or said[-1].lower() in weekday_names()
        or any(finite_verb(word) for word in said)
        or not (found["stamped"] or any(_page_noun(word) for word in said))
    ):
        return None
    return found["date"]


def _page_noun(word: str) -> bool:
    """A word naming what a page is, in any of its forms ("updates", "Statement")."""
    return inflection_key(word.lower()) in _page_noun_keys()


@cache
def _page_noun_keys() -> frozenset[str]:
    return frozenset(inflection_key(word) for word in furniture_lists().header_labels)


@cache
def _dated_label_pattern() -> re.Pattern[str]:
    tells = alternation(words()["stamp_tells"] - {"ago"})
    return re.compile(
        rf"(?P<label>.*?[^\W_])\s*(?:,|\s[-–—|:]|:)\s*"
        rf"(?P<stamped>(?:last\s+)?(?i:{tells})\s+(?:on\s+)?)?"
        rf"(?P<date>(?i:{FULL_DATE.pattern}))\s*\.?\Z"
    )


def is_label_line(text: str) -> bool:
    """A page's label, not a sentence of news, wherever in its article it stands (the
    ranker, the selection, the leads and the choice of stories ask it of each sentence;
    dated_label reads a page's top lines alone, and more strictly): a noun phrase dated
    by the page's date after a comma or a dash ("Security alert update for citizens in
    Avel, 16 March 2027.", "Travel advice - updated 15 March 2027."), with no word
    before it that may be a finite verb (`_may_be_finite`). Its date is the page's, its
    words the page's heading again: as a bullet or a lede it tells nothing, and it reads
    as news of that day (r60 F4). A sentence that dates its event so ("The vote will be
    held on 16 March 2027.") has a verb, and a headline's lede its verb in the present
    ("Army seizes power in Avel, 16 March 2027."): a lede read as a label loses the
    story's news, so a word that may be a verb keeps the line. Whether the line repeats
    the page's title settles nothing: a label's title is a noun phrase, which this reads
    already, and a headline's dated again is its news ("Army seizes power in Avel" over
    its own dated lede)."""
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
    """A full date (dates.FULL_DATE) that ends a line after a comma or a dash,
    perhaps after a participle that says what befell the page ("updated", "issued")."""
    date = rf"(?i:{FULL_DATE.pattern})"
    return re.compile(rf"(?:,|\s[-\u2013\u2014|])\s*(?:[a-z]+ed\s+)?(?:on\s+)?{date}[.\s]*$")


# A form's name and number in capitals: "FORM 8-K", "SCHEDULE 13D" (a code, not a count:
# "FLOODS KILL 40" is a headline).
FORM_NUMBER = re.compile(r"[A-Z]+(?:\s[A-Z]+){0,2}\s\d[\d/.-]*[A-Z/.-][\w/.-]*")


def document_label(line: str) -> bool:
    """A line in capitals that says what kind of document this is, set under its issuer's
    letterhead and above what it is about, never its headline: a label of header_labels'
    words ("CURRENT REPORT"), a numbered one ("NOTICE TO MEMBERS No. 27/114") or a form's
    name and number ("FORM 8-K"). A headline in capitals says what happened ("CHARGERS'
    RECEIVER ARRESTED")."""
    stripped = line.strip()
    letters = LETTERS.findall(_REFERENCE_MARK.sub("", stripped))
    if not letters or not all(w.isupper() for w in letters):
        return False
    return FORM_NUMBER.fullmatch(stripped) is not None or a_field(stripped)


# The mark before a document's number, the one word in lower case a label in capitals holds
_REFERENCE_MARK = re.compile(r"\b(?:No|Nr|Ref)\b\.?")


@cache
def release_label() -> re.Pattern[str]:
    """A line that labels a release (furniture.toml's release_labels): "PRESS RELEASE",
    "UNHCR: Uganda press release", "PRESS RELEASE No. 15/2027" closing it, or "For
    immediate release" opening it, where no headline follows after a colon and no
    sentence goes on in lower case."""
    labels = alternation(furniture_lists().release_labels)
    return re.compile(
        rf"\b(?:{labels})(?:\s+(?:no|nr|ref)\.?:?\s*[\w/.-]*\d[\w/.-]*)?\s*$"
        rf"|^(?:{labels})\b(?!\s*[:|]\s*[^\W\d_])(?!\s+[a-z])",
        re.I,
    )


def section_path(line: str) -> bool:
    """ "Politics | Security": a page's sections, each a word or two, between bars."""
    items = _menu_items(line)
    return len(items) >= 2 and all(item and len(item.split()) <= 2 for item in items)


def one_word_label(line: str) -> bool:
    """A page's one-word label above its headline ("Columnist", "Opinion", "Exclusive"):
    a headline says what happened, in words enough for a clause. Not a line of a script
    written without spaces (Chinese, Japanese, Thai), where a whole headline is one
    "word": "中国与美国外长举行电话会谈" had been dropped as a label."""
    word = line.strip().rstrip(":")
    return len(word) >= 3 and LETTERS.fullmatch(word) is not None and not _UNSPACED.search(word)


# Scripts written without spaces between words: Thai, kana, CJK ideographs.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


# A page's menu: three items or more set apart by bars or bullets, each of four words at
# most ("Skip to main content | Subscribe | Sign in | Menu"). A headline is one phrase; a
# headline beside its outlet ("Floods kill 40 | Daily Nation") has two parts.
_MENU_ITEM_WORDS = 4
_MENU_ITEMS = 3
_MENU_BAR = re.compile(r"\s[|•·]\s")


def is_menu(line: str) -> bool:
    """A line of a page's menu, never a headline nor a sentence. A page's title in the
    same shape, "Floods kill 40 | Africa | Daily Nation", opens with its headline: a
    menu opens with a word or two, or with a control ("Skip to main content")."""
    items = _menu_items(line)
    if len(items) < _MENU_ITEMS or not all(
        item and len(item.split()) <= _MENU_ITEM_WORDS for item in items
    ):
        return False
    return len(items[0].split()) <= 2 or is_controls(items[0])


def _menu_items(line: str) -> list[str]:
    """A line's items between bars or bullets."""
    return [item.strip() for item in _MENU_BAR.split(line.strip())]
