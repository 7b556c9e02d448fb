"""A question answered in the same line: "Was it an accident? No. Investigators say the
dam was blown up by Russian troops", "Q: What did the Security Council decide? A: It
extended the arms embargo", "Has Mali expelled the French ambassador? Yes: ...".

Explainers, fact-checks and Q&As ask what the reader wonders and answer it at once. A
question asserts nothing: what it names may or may not have happened, and the answer
says which. So a question that opens the line and is answered after it is the answer's
setting, as an opening background clause is ("Despite the truce, ..."): its words count
as background's do, and what it names against a section ("an accident") does not count
against what the answer reports. A bare answer that denies it ("No.", "Not yet,";
words.toml's `denying_answers`), and an "A:" or "Answer:" label, are part of that
setting: the "no" negates the question, not the answer's first clause. One that affirms
it ("Yes:", "Partly:"; `affirming_answers`) asserts the question as a statement would:
the question is then no setting ("Is the blockade over? Partly: Azerbaijan reopened the
Lachin road" tells the blockade lifted).
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
    speaker's, whom the rest names), an optional answer label and bare answer, then the
    answer's own words."""
    lists = words()
    return re.compile(
        rf"\A\s*[^\"“”?!.;]{{3,{QUESTION_REACH}}}\?\s+"
        r"(?:(?:A|Answer)\s*:\s*)?"
        rf"(?:(?P<yes>{alternation(lists['affirming_answers'])})\b"
        rf"|(?:{alternation(lists['denying_answers'])})\b[\s.,;:!\u2013\u2014-]*)?"
        r"(?=[\s.,;:!\u2013\u2014-]*[\"“‘']?\w)",
        re.IGNORECASE,
    )


def answered(text: str) -> int:
    """Where the answer's own words start after a question that opens `text` (with its
    label and a bare answer that denies it), in characters; 0 when the line opens with
    no question answered in it (most lines), or with one its answer affirms."""
    if "?" not in text:
        return 0
    found = _answered().match(text)
    return found.end() if found and not found.group("yes") else 0
