"""A question answered in the same line: "Q: Has Mali expelled the French ambassador?
A: Yes: the envoy was given 72 hours to leave", "Was it an accident? No. Investigators say
the dam was blown up by Russian troops".

Explainers, fact-checks and Q&As ask what the reader wonders and answer it at once. A
question asserts nothing: what it names may or may not have happened, and the answer
says which. So a question that opens the line and is answered after it is the answer's
setting, as an opening background clause is ("Despite the truce, ..."): its words count
as background's do, and what it names against a section ("an accident") does not count
against what the answer reports. A bare answer word after it ("Yes.", "No:", "Not yet,";
words.toml's `answer_words`) answers the question, and with it an "A:" or "Answer:" label,
is part of that setting: its "no" negates the question, not the answer's first clause.
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.lexicon import alternation, words

# The words a question may run to: a question is a clause, not a paragraph.
QUESTION_REACH = 200


@cache
def _answered() -> re.Pattern[str]:
    """A question opening the line (no quotation mark in it: a quoted question is a
    speaker's, whom the rest names), an optional answer label and answer word, then the
    answer's own words."""
    answer = alternation(words()["answer_words"])
    return re.compile(
        rf"\A\s*[^\"“”?!.;]{{3,{QUESTION_REACH}}}\?\s+"
        r"(?:(?:A|Answer)\s*:\s*)?"
        rf"(?:(?:{answer})\b[\s.,;:!\u2013\u2014-]*)?"
        r"(?=[\"“‘']?\w)",
        re.IGNORECASE,
    )


def answered(text: str) -> int:
    """Where the answer's own words start after a question that opens `text` (with its
    label and bare answer word, if any), in characters; 0 when the line opens with no
    question answered in it (most lines)."""
    if "?" not in text:
        return 0
    found = _answered().match(text)
    return found.end() if found else 0
