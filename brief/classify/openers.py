"""A sentence that opens with a quotation and then says whose words they were ("'We deeply
regret the loss of innocent life' — with those words, the air force chief acknowledged
that ...", "'A courageous and necessary step' was how the chairman described Kenya's
decision ..."): features and analysis put the act first, as the speaker's own words.

The quotation is the act, and the rest of the sentence says who spoke, when and of what,
as an attribution does. So what the quotation's predicates govern runs to the sentence's
end: the bombing an apology is for is its topic, however long the attribution before it.
And a quotation the rest calls how someone described, called or labelled something is
that person's judgement of it, whatever its words: the sentence holds the word
CHARACTERISATION, so a profile can weigh a judgement as it weighs any cue.

Only a quotation set apart by a dash or by "was how": after a comma the quotation is an
ordinary quote and its attribution ("'Sanctions are a blunt instrument,' the economist
says, and ...") may go on to news of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from brief.classify.wording import tokens
from brief.extract.lexicon import alternation, words

CHARACTERISATION = "characterisation"
# How far into the rest the verb of saying of "was how the chairman of the African Union
# Commission described" may stand.
SPEAKER_CHARS = 90

# A quotation from the sentence's first character to a closing mark that a dash or "was
# how" follows. (Single marks are apostrophes too: "won't" is no close, for what follows
# it is no dash.)
_OPENER = re.compile(
    r"\A\W{0,2}['\"‘“](?P<quote>[^\"“”]{3,240}?)['\"’”]\s*"
    r"(?P<link>[—–]|-{1,2}(?=\s)|(?=(?:was|is)\s+how\b))",
)


@dataclass(frozen=True)
class Opener:
    """Where the opening quotation ends (in `tokens`), and whether the rest calls it
    someone's description of something."""

    end: int  # the character where the quotation's text ends
    quote_tokens: int
    characterises: bool


@cache
def _description() -> re.Pattern[str]:
    """ "was how X described", "— so X described", with a verb of saying."""
    say = alternation(words().speech)
    return re.compile(
        rf"\s*(?:(?:was|is)\s+how|so)\s+[^;:]{{0,{SPEAKER_CHARS}}}?\b(?:{say})\b",
        re.IGNORECASE,
    )


def opener(text: str) -> Opener | None:
    """The quotation that opens `text` and what the rest says of it, or None."""
    if text[:3].lstrip()[:1] not in {"'", '"', "‘", "“"}:
        return None
    found = _OPENER.match(text)
    if found is None:
        return None
    rest = found.end("link")
    return Opener(
        end=found.end("quote"),
        quote_tokens=len(tokens(text[: found.end("quote")])),
        characterises=_description().match(text, rest) is not None,
    )
