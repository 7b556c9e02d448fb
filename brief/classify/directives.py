"""An order given to another state: "Beijing told Manila to remove a navigation buoy",
"Washington ordered Caracas to close its consulate", "the council instructed Kigali to
withdraw". A verb of directing (words.toml's `command_verbs`: tell, order, instruct,
direct, and want, as in "the mayor wants Washington to pull the troops") whose object is
a state itself, named by its name or its seat, with the infinitive of an act after it is
how English words one side's demand of another: PLOVER codes it DEMAND, as it codes
"demanded that Manila remove".

The verb is no cue of its own ("told" is a verb of saying as often: "told reporters",
"told parliament"), so the sentence holds the word DIRECTIVE at it, which a profile
weighs as it weighs any cue, and whose frames govern the act ordered as "urged Manila
to remove" does. A state's own forces or people ordered ("ordered troops to the
border", "told residents to leave") are no other side, nor is a people named by its
demonym ("told Filipino fishermen to leave"): only a state itself is. (A seat stands for
its government here though the gazetteer's reading of a sentence takes a seat for its
city but as a subject: the object of an order to act is a party, as "talks with Tehran"
makes it one.)

A pseudo-cleft of wanting ("What the opposition wants, its spokesman said, is a full
recount", "What Kigali expects is the camps dismantled") states a demand too: English puts
what a side wants in focus after "is", so the sentence says what it demands whatever its
object (words.toml's `wanting_verbs`). A question ("What does Kyiv want?") has no copula
after its clause and is none. So does a verb of wanting whose object is asked "from" a
state itself ("expects a full account from Bogota", "wants answers from Beijing"): what
one side expects of another, it asks of it, when what it wants is an answer only that
state can give (words.toml's `answers_asked`: an explanation, assurances, an apology);
goods or a bid "from" a country ("want more wheat from Ukraine") are none. A state's
thing after "from" ("expects a recovery from China's exports") is a source, no side
asked.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from brief.classify.wording import RECENT_TOKENS, STEMS, tokens
from brief.extract.lexicon import gazetteer, words

# The word a sentence holds where it gives a state an order: a demand's, in diplomacy's
# plainest verb for one (as "ultimatum" is a threat's, a word of no other field).
DIRECTIVE = "urge"
# The forms of a gazetteer entry that name the state itself: its name (or an alias) and
# its seat, not its demonym.
STATE_FORMS = ("name", "seat")
# A verb, then its object (a capitalised name of up to three words, "the" allowed before
# it) and "to" with the infinitive of an act: "told Manila to remove", "ordered the United
# States to close". Not "to be": a state wanted to be something ("wanted the UK to be
# prosperous") is a wish about it, no act asked of it.
_ORDER = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:the\s+)?(?P<object>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"\s+to\s+(?!be\b)[a-z]"
)


# A verb, its object (up to six words, no clause break; a quotation's mark may close it)
# and "from" with a capitalised name of up to three words, not in the possessive: "expects
# a full account" from Bogota". (The rest is looked ahead at, so a verb inside another's
# object is tried too: "said it "expects ...".)
_ASKED_OF = re.compile(
    r"\b(?P<verb>[a-z]+)(?=\s+(?P<wanted>(?:[\w'’\"”-]+\s+){1,6}?)from\s+(?:the\s+)?"
    r"(?P<object>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?!['’]s\b)(?![\w-]))"
)

# A pseudo-cleft's clause: "What", up to the copula that opens its focus.
_PSEUDO_CLEFT = re.compile(r"\A\W*what\s+(?P<clause>[^;?]{1,200}?)\b(?:is|was)\s", re.IGNORECASE)
# How many words may stand between "What" and the verb of wanting (its subject's).
SUBJECT_WORDS = 6


def directive(text: str, stems: Collection[str] | None = None) -> int | None:
    """The token at which `text` gives a state an order (the verb's), or states what a
    side wants in a pseudo-cleft, if it does (the first). `stems`: those of its `tokens`,
    when known.

    Most sentences hold no verb of directing or wanting, and their stems say so before
    the patterns are tried (which cost 0.45 s of CPU over the 1,000-article inbox's
    19,000 sentences, 0.35 s of it the search for "from" and a state). A pattern's verb
    is one of the tokens but right after "n't" ("don'tell": the tokens read "do
    notell"), so a text with "'t" is searched whatever its stems."""
    wanted = _pseudo_cleft(text)
    if wanted is not None:
        return wanted
    if stems is None:
        stems = frozenset(map(STEMS.__getitem__, RECENT_TOKENS[text]))
    glued = "'t" in text or "\u2019t" in text
    for pattern, verbs, needed in (
        (_ORDER, _command_stems(), "to"),
        (_ASKED_OF, _wanting_stems(), "from"),
    ):
        if needed not in text or (verbs.isdisjoint(stems) and not glued):
            continue
        for found in pattern.finditer(text):
            if STEMS[found["verb"]] not in verbs or not a_state(found["object"]):
                continue
            if pattern is _ASKED_OF and not _an_answer(found["wanted"]):
                continue  # "want more wheat from Ukraine": goods, no answer asked of it
            return len(tokens(text[: found.start("verb")]))
    return None


def _an_answer(wanted: str) -> bool:
    """Whether what one side wants "from" a state is an answer only it can give (an
    explanation, assurances, an apology: words.toml's answers_asked), not goods or a bid
    that come from a country ("more wheat from Ukraine", "a bid from Madrid")."""
    asked = words()["answers_asked"]
    return any(word.strip("'’\"”").lower() in asked for word in wanted.split())


def a_state(name: str) -> bool:
    """Whether a name is a state itself: a country by its name or its seat."""
    entry = gazetteer().get(name)
    return entry is not None and entry.kind == "country" and entry.form in STATE_FORMS


def _pseudo_cleft(text: str) -> int | None:
    """The token of the verb of wanting of a pseudo-cleft that opens `text`, if any."""
    found = _PSEUDO_CLEFT.match(text)
    if found is None:
        return None
    clause = tokens(text[: found.end("clause")])
    verbs = _wanting_stems()
    for pos in range(2, min(len(clause), SUBJECT_WORDS + 2)):
        if STEMS[clause[pos]] in verbs:
            return pos
    return None


@cache
def _wanting_stems() -> frozenset[str]:
    """words.toml's wanting_verbs as stems, read once ("wants" is "want")."""
    return frozenset(STEMS[verb] for verb in words()["wanting_verbs"])


@cache
def _command_stems() -> frozenset[str]:
    """words.toml's command_verbs as stems, read once ("told" is "tell")."""
    return frozenset(STEMS[verb] for verb in words()["command_verbs"])
