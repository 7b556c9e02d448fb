"""A side kept out: "Sri Lanka bars foreign research ships from its ports", "Ankara barred
the trawlers from its waters", "moved to bar Russian airlines from its airspace".

A verb of keeping out (words.toml's `exclusion_verbs`: "bar") takes its object between it
and "from", the place or the act kept from: "bars foreign research ships from its ports".
Its forms are nouns too ("bars and cafes", "chocolate bars from Belgium", "behind bars
from 2019"), and the profile's cues take only the one that is no noun ("barred"). A noun
has no object of its own before "from": where one stands between, the word is the verb,
and PLOVER codes a state's keeping another's ships, planes or people out SANCTION, as it
codes a ban. So the sentence holds the word BAN at the verb, which a profile weighs as it
weighs any cue, and whose frames govern those kept out.

The object is a short noun phrase: opened by a determiner, a possessive, a number or a
pronoun ("barred the journalist from", "bars them from"), or of two words or more with no
function word among them and no participle first ("bars foreign research ships from");
not one word that may be an adverb ("bars nationwide from Friday") or a participle's
clause ("bars serving food from noon"). The bare form is the verb only after "to" or a
modal ("to bar Russian airlines from"): "a bar owner from Leeds" is a noun's compound.
The participle is a preposition as often ("barring any delay from the port"), as the
profile's cues take it: no verb here.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache

from brief.classify.wording import STEMS, function_word_set, stem_all
from brief.extract.lexicon import number_words, words

# The word a sentence holds where a side is kept out: a sanction's plainest verb for it.
BAN = "ban"
# The most words an object between the verb and "from" holds ("foreign research ships").
OBJECT_WORDS = 5


@cache
def _exclusion() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs' stems and bare forms, the words that open their object, and the words
    after which the bare form is the verb ("to", the modals)."""
    lists = words()
    verbs = sorted(lists["exclusion_verbs"])
    openers = (
        lists["object_determiners"]
        | lists["possessives"]
        | lists["object_pronouns"]
        | number_words()
    )
    before_bare = frozenset({"to"}) | lists["promising_modals"] | lists["verb_negators"]
    return frozenset(stem_all(verbs)), frozenset(verbs), frozenset(openers), before_bare


def excluded(found: Sequence[str], stems: Collection[str] | None = None) -> int:
    """The token of the first verb of keeping out with its object before "from" among the
    words (`tokens`), or -1. `stems`: the words' stems, when known: most sentences hold no
    such verb, and those say so at once."""
    verbs, bare, openers, before_bare = _exclusion()
    if stems is not None and verbs.isdisjoint(stems):
        return -1
    if "from" not in found:
        return -1
    closed = function_word_set()
    for pos, word in enumerate(found):
        if STEMS[word] not in verbs:
            continue
        if word in bare and (pos == 0 or found[pos - 1] not in before_bare):
            continue
        if word.endswith("ing"):  # "barring" is a preposition as often ("barring delays")
            continue
        if _object_before_from(found, pos + 1, openers, closed):
            return pos
    return -1


def _object_before_from(
    found: Sequence[str], start: int, openers: frozenset[str], closed: frozenset[str]
) -> bool:
    """Whether a short noun phrase starts at found[start] and "from" follows it."""
    if start >= len(found):
        return False
    opened = found[start] in openers or found[start].isdigit()
    if not opened and found[start].endswith("ing"):
        return False
    for end in range(start + 1, min(len(found), start + 1 + OBJECT_WORDS)):
        word = found[end]
        if word == "from":
            return opened or end - start >= 2
        if word in closed:
            return False
    return False
