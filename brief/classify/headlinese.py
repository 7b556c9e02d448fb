"""How headlines, alerts, tickers and live-blog lines are written, read as plain sentences.

Headlinese drops what a reader can supply (articles, auxiliaries, the verb of saying) and
adds what the page needs (a label of its desk, capitals for urgency). Three of its habits
hide a sentence's words from the cue matcher:

* a label before a colon ("Markets: Wheat futures rise as Cairo bans imports", "Football:
  ...", "JUST IN: ...", "TICKER: ...") names the page, the desk or the urgency, or, as
  "Putin: West will pay" and "He added: ..." do, the speaker: either way it is no part of
  the event the line reports (a speaker's, as an attribution's, is who said it), and a
  section's word in it ("Markets") is no cue; the speaker's kind of actor still counts,
  read from the whole line;
* a line written in capitals ("HOUTHIS WARN SHIPPING FIRMS OF 'CONSEQUENCES'") reads as
  its words in lower case, where the names the gazetteer knows keep their capital: in
  capitals every word looks like a name, and a name's word is no cue, nor is an actor's
  name found in another case than its own;
* "to" and a verb right after the subject is the future ("Iran to retaliate if attacked",
  "Vilnius to cut power to the enclave unless ..."): the promise a condition makes is read
  as "will" would be read there (brief.classify.conditions).
"""

from __future__ import annotations

import re

from brief.extract.actors.places import matcher as gazetteer_matcher
from brief.extract.actors.word_knowledge import common_word

# A label: one to three words (letters, no digits: "09:02" is a time) opening the line, then
# a colon and the line's own words. Three at most: "Kosovo's players said: ..." is a clause
# with its verb of saying, which the attribution rules read.
_LABEL_WORD = r"[A-Za-z][A-Za-z'\u2019.&-]*"
_LABEL = re.compile(rf"\s*{_LABEL_WORD}(?: {_LABEL_WORD}){{0,2}}:\s+(?=\S)")
# How far into a line a label's colon may stand (three long words).
_LABEL_REACH = 48
# Words of a label's line that must follow it: a label on its own is a heading, no line.
_LINE_AFTER = 3
# A headline's subject (one to three capitalised words, "and" or a comma between: "Iran",
# "Turkey, Greece", "US and China", or a noun opening the line, "Troops"), then "to" and
# a verb in lower case. A lower-case word before "to" is a verb whose infinitive it takes
# ("Lawmakers vote to ..."), or a noun it is no future of.
_FUTURE_TO = re.compile(
    r"\A\W*(?:[A-Z][\w'\u2019.-]*(?:,| and)?\s+){0,2}[A-Z][\w'\u2019.-]*\s+(to)\s+(?=[a-z])"
)
# How far into a line such a "to" may stand.
_FUTURE_REACH = 48
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")


def label_end(text: str) -> int:
    """Where the line's own words start after an opening label ("Markets: ..."), or 0."""
    if ":" not in text[:_LABEL_REACH]:  # most lines: one look in C
        return 0
    found = _LABEL.match(text)
    if found is None or len(text[found.end() :].split(None, _LINE_AFTER)) < _LINE_AFTER:
        return 0
    return found.end()


def in_lower_case(text: str) -> str:
    """A line written in capitals as its words in lower case, with the names the gazetteer
    knows as it writes them ("Houthis", "NATO"); any other line as it is. `str.isupper`
    rules out almost every line in C, before a word is read."""
    if not text.isupper():
        return text
    lower = text.lower()
    titled = _WORD.sub(lambda word: word.group().capitalize(), lower)
    kept = list(lower)
    for source in (titled, text):
        for start, end, form, _ in gazetteer_matcher().finditer(source):
            # (an acronym that is an English word, "US" of "LET US PRAY", is the word)
            if source is text and common_word(form):
                continue
            kept[start:end] = source[start:end]
    return "".join(kept)


def future_to(text: str) -> int:
    """Where a headline's future "to" stands after its subject ("Iran to retaliate if
    attacked"), or -1. The caller says whether the words before it name an actor, as a
    headline's subject does ("Bowing to pressure", "According to the report" name none)."""
    if " to " not in text[:_FUTURE_REACH]:  # most lines: one look in C
        return -1
    found = _FUTURE_TO.match(text)
    return -1 if found is None else found.start(1)


def as_future(text: str, at: int) -> str:
    """The line with the "to" at `at` written "will" ("Iran will retaliate if attacked"),
    one word for one, so the words keep their places."""
    return f"{text[:at]}will{text[at + 2 :]}"
