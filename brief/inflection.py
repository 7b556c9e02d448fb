"""English inflection: the forms one word takes (attack, attacks, attacked, attacking)
share a key, so a profile's cue matches them all.

Why not a stemmer: Snowball also strips derivational endings, and so it joins words that
mean different things: "mobile" and "mobilize" (both "mobil"), "executive" and
"execute", "important" and "import". In a business story every "chief executive" was an
execution and every "mobile phone" a mobilisation. A cue is a word with its inflections,
as a dictionary lists it; a derived word (deployment, invasion, fighter) is a cue of its
own, and the profiles list the ones they mean. Irregular forms (fought, struck) come from
the shared word list, as do the few words that only look inflected ("according").
"""

from __future__ import annotations

from brief.extract.lexicon import words

_VOWELS = frozenset("aeiouy")
_SIBILANT_PLURALS = ("sses", "shes", "ches", "xes", "zzes")
# The last letters of every ending _without_suffixes strips (-s, -ed, -ing).
_SUFFIX_ENDS = ("s", "d", "g")


def inflection_key(word: str) -> str:
    """The key a lower-case word shares with its other inflected forms: "attacked" and
    "attacking" -> "attack", "deploys" -> "deploy", "denied" -> "deny", "fought" ->
    "fight"; "mobile" and "mobilize" keep distinct keys."""
    lists = words()
    if word in lists["not_inflected"]:
        return word
    base = lists.irregular.get(word)
    if base is None:
        base = word.removesuffix("'s").removesuffix("'")
        if base.endswith(_SUFFIX_ENDS):  # most words end otherwise: nothing to strip
            base = _without_suffixes(base)
    return base if base in lists["kept_final_e"] else _normal_end(base)


def _without_suffixes(word: str) -> str:
    """A plural or third-person -s, then a past or -ing ending: "killings" -> "kill";
    nothing is stripped twice ("imposed" -> "impos", never "impo")."""
    return _without_ed_or_ing(_without_s(word))


def _without_s(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(_SIBILANT_PLURALS):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _without_ed_or_ing(word: str) -> str:
    if len(word) > 4 and word.endswith("ied"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith("ing") and not _VOWELS.isdisjoint(word[:-3]):
        return word[:-3]
    if len(word) > 4 and word.endswith("eed"):
        return word[:-1]  # agreed -> agree
    if len(word) > 4 and word.endswith("ed") and not _VOWELS.isdisjoint(word[:-2]):
        return word[:-2]
    return word


def _normal_end(word: str) -> str:
    """A silent final e and a doubled final consonant go, so that "fire" meets "fired"
    and "shop" meets "shopping"."""
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 2 and word[-1] == word[-2] and word[-1] not in _VOWELS:
        word = word[:-1]
    return word


def past_form(word: str) -> bool:
    """An -ed form or an irregular past (words.toml's [irregular] forms, and [figures]
    pasts: "made landfall late on Sunday"), less the participles that look ahead
    ("scheduled", "expected")."""
    w = words()
    if word in w["looking_ahead"]:
        return False
    return (word.endswith("ed") and len(word) > 4) or word in w.irregular or word in w["pasts"]
