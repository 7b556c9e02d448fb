"""How headlines, alerts, tickers and live-blog lines are written, read as plain sentences.

Headlinese drops what a reader can supply (articles, auxiliaries, the verb of saying) and
adds what the page needs (a label of its desk, capitals for urgency). Two of its habits
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
  name found in another case than its own.
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
