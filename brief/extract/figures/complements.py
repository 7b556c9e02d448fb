"""What a count's noun needs after it to say what it counts.

Read alone in a list, "71 reports" or "95 complaints" says how many of something were
counted and not what: the noun is one of saying or of a case, and what it is of is its
"of" complement ("71 reports of abuse", "95 complaints of harassment", "40
allegations of torture"). A complement with no determiner names a kind, the content of
the noun, so it belongs to the count; one with a determiner, a pronoun or a number is a
partitive or a whole ("two of them", "40 of the 90 tenants"), which other steps read, and
a capitalised one a name ("members of Parliament"), left as it was. The complement is a
noun phrase of up to two words ("of criminal damage"): it ends at a function word, a
verb of the clause or punctuation ("of abuse surfaced", "of fraud in May").

So does a participle in -ing right after the count's noun, with its object up to a mark: a
reduced relative that says what state its people or things are in ("at least 45 people
facing fraud charges", "40 trucks carrying flour"); alone, "at least 45 people" says
nothing of them. Not a word in -ing that is a preposition (words.toml's
preposition_participles: "40 people including 12 children"), nor a phrase with no clear
end within a few words, nor one the clause's verb ends ("60 people living nearby were
moved": the count is the verb's subject, which other steps read).

A count of others beside someone the text names ("with nine other climbers") says, bare,
neither whom it counts nor what befell them: no figure, unless a verb says what befell
them ("Three other journalists were arrested").
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.figures.found_figure import FoundFigure
from brief.extract.lexicon import number_words, words
from brief.inflection import past_form

# " of " and up to two lower-case words after it, the first of which is a letter's word.
_OF_KIND = re.compile(r" of (?P<first>[a-z][a-z-]*)(?: (?P<second>[a-z][a-z-]*))?")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z-]*)\Z")
_MAX_WORDS = 2


def with_complements(text: str, found: list[FoundFigure]) -> list[FoundFigure]:
    """Each count whose noun ends its figure, with its noun's bare "of" complement or the
    participle's phrase after it (see the module's docstring); the others as they were."""
    out = []
    for figure in found:
        end = _complement_end(text, figure) if figure.kind == "count" else None
        if end is not None and not any(figure.end < g.start < end for g in found):
            figure = figure._replace(end=end, text=text[figure.start : end])
        if figure.kind == "count" and _ends_on_its_noun(figure):
            end = _participle_end(text, figure.end)
            if end is not None and not any(figure.end <= g.start < end for g in found):
                figure = figure._replace(end=end, text=text[figure.start : end])
        out.append(figure)
    return out


def without_bare_others(found: list[FoundFigure]) -> list[FoundFigure]:
    """The figures but a bare count of others beside someone the text names ("with nine
    other climbers", words.toml's others_words): alone in a list it says neither whom it
    counts nor what befell them. One a verb says what befell stays ("Three other
    journalists were arrested", "detained three other journalists")."""
    return [figure for figure in found if not _bare_others(figure)]


def with_penalty_nouns(text: str, found: list[FoundFigure]) -> list[FoundFigure]:
    """Each money figure that is a sum imposed or paid (words.toml's penalty_nouns) with
    its noun: before it with "of" ("a fine of 2,000 francs", "bail of $5,000", with the
    noun's article and one adjective: "a record fine of"), or after it with "in" ("$40,000
    in damages"). Bare, "2,000 francs" in a list says neither that it is a fine nor of
    what; whose it is the clause may say, as its sayer does, apart."""
    out = []
    for figure in found:
        if figure.kind == "money":
            before = _PENALTY_BEFORE.search(text, 0, figure.start)
            after = _PENALTY_AFTER.match(text, figure.end)
            nouns = words()["penalty_nouns"]
            if before is not None and before.group("noun").lower() in nouns:
                # the article and adjective only where the noun is a penalty's
                start = before.start()
                figure = figure._replace(start=start, text=text[start : figure.end])
            elif after is not None and after.group("noun").lower() in nouns:
                figure = figure._replace(end=after.end(), text=text[figure.start : after.end()])
        out.append(figure)
    return out


# "a fine of ", "bail of ", "a heavy fine of " right before a sum
_PENALTY_BEFORE = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he) (?:[a-z]+ )?)?\b(?P<noun>[A-Za-z][a-z]+) of \Z"
)
_PENALTY_AFTER = re.compile(r" in (?P<noun>[a-z]+)\b")


def with_duration_verbs(text: str, found: list[FoundFigure]) -> list[FoundFigure]:
    """Each length of time a verb's "for" or "to" takes, with that verb: "waiting for up
    to 30 hours", "kept awake for two nights", "jailed for two years", "sentenced to five
    years". Bare, "two nights" in a list says how long, not what lasted: the verb before
    its preposition (a past form, or one in -ing that is no preposition's, with one word
    of its complement between: "kept awake") says what it measures. A length a noun's
    phrase takes ("held in detention for two months") has no verb next to it and stays
    as it was (the print leaves a bare length out: render.view)."""
    out = []
    w = words()
    for figure in found:
        if (
            (figure.unit or "").lower() in w["durations"]
            and _ends_on_its_noun(figure)
            and text[figure.end : figure.end + 1] not in {"'", "\u2019"}  # "three years' work"
        ):
            start = _length_verb_start(text, figure.start)
            if start is not None:
                figure = figure._replace(start=start, text=text[start : figure.end])
        out.append(figure)
    return out


def _length_verb_start(text: str, start: int) -> int | None:
    """Where the verb before the "for" or "to" that ends at `start` begins: the word
    right before it ("waiting for"), else the one before a word of its complement
    ("kept awake for"); None where neither is a verb."""
    near = _VERB_BEFORE.search(text, 0, start)
    if near is not None and _verb_of_a_length(near.group("verb")):
        return near.start("verb")
    far = _VERB_AND_WORD_BEFORE.search(text, 0, start)
    if far is None or not _verb_of_a_length(far.group("verb")):
        return None
    mid = far.group("mid")
    if mid in words()["count_ends"] or past_form(mid) or mid.endswith("ing"):
        return None
    return far.start("verb")


# A verb, and perhaps one word of its complement, before the "for" or "to" a length follows.
_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+) (?:for|to) \Z")
_VERB_AND_WORD_BEFORE = re.compile(r"\b(?P<verb>[a-z]+) (?P<mid>[a-z]+) (?:for|to) \Z")


def _verb_of_a_length(word: str) -> bool:
    if word.endswith("ing"):
        # not a preposition's ("including") nor a pronoun's ("nothing", "something")
        return (
            len(word) > 4
            and word not in words()["preposition_participles"]
            and not word.endswith("thing")
        )
    return past_form(word) and word not in words()["count_ends"]


def _bare_others(figure: FoundFigure) -> bool:
    if figure.kind != "count" or not _ends_on_its_noun(figure):
        return False
    said = figure.text.split()
    others = words()["others_words"]
    for k in range(len(said) - 1):
        number = said[k].lower()
        if said[k + 1].lower() in others and (
            any(c.isdigit() for c in number) or number in number_words()
        ):
            before = [word.lower() for word in said[:k]]
            after = [word.lower() for word in said[k + 2 :]]
            told = set(after) & (words()["casualties"] | words()["afflicted"])
            return not (
                told
                or len(after) > 2
                or any(past_form(word) or word.endswith("ing") for word in before + after)
            )
    return False


def _ends_on_its_noun(figure: FoundFigure) -> bool:
    """Whether the count's text ends on the noun it counts (no verb read after it)."""
    last = _LAST_WORD.search(figure.text)
    return last is not None and figure.unit is not None and last.group(1) == figure.unit


# A participle in -ing and up to a mark after it: " facing fraud charges".
_PARTICIPLE = re.compile(
    r" (?P<verb>[a-z]{3,}ing)(?P<object>(?: [A-Za-z0-9][\w'’-]*){1,4})"
    r"(?=[,;:.!?)\u2014\u2013]|\Z)"
)
_PARTICIPLE_WORDS = 4
# A finite verb that makes the count its subject: the participle only describes it.
_FINITE = re.compile(r"\b(?:were|was|are|is|has|have|had|will|would|been)\b")


def _participle_end(text: str, end: int) -> int | None:
    """Where the participle's phrase after a count's noun at `end` ends, or None."""
    found = _PARTICIPLE.match(text, end)
    if found is None or found.group("verb") in words()["preposition_participles"]:
        return None
    said = found.group("object").split()
    if _FINITE.search(found.group("object")) or set(said) & words()["clause_words"]:
        return None
    return found.end()


def _complement_end(text: str, figure: FoundFigure) -> int | None:
    """Where the bare "of" complement after the count's noun ends, or None."""
    last = _LAST_WORD.search(text, 0, figure.end)
    if last is None or last.group(1).lower() in number_words():
        return None  # "two of them": no noun, a partitive
    if (figure.unit or "").lower() in words()["units"]:
        return None  # "20 centimetres of rain": a measure's unit, which measures read
    found = _OF_KIND.match(text, figure.end)
    if found is None:
        return None
    end = None
    for group in ("first", "second")[:_MAX_WORDS]:
        word = found.group(group)
        if word is None or _ends_the_phrase(word, opening=group == "first"):
            break
        end = found.end(group)
    if end is None:
        return None
    if re.match(r"[A-Za-z0-9]", text[end : end + 1]):
        return None
    return end


def _ends_the_phrase(word: str, opening: bool) -> bool:
    """Whether `word` is no word of a bare noun phrase: a determiner, a pronoun or a
    number (at its opening: a partitive), a function word, an auxiliary, an adverb or a
    verb's past (the clause's verb: "of abuse surfaced")."""
    if word in _openers():
        return True  # "of the", or a determiner after the phrase ("of beer every year")
    return (
        word in _stops()
        or word.endswith("ly")
        or past_form(word)
        or (word.endswith("ing") and not opening)
    )


@cache
def _openers() -> frozenset[str]:
    """What opens a partitive's or a whole's phrase, not a kind's: "of the", "of them"."""
    w = words()
    return (
        w["object_determiners"]
        | w["determiners"]
        | w["possessives"]
        | w["object_pronouns"]
        | w["relative_pronouns"]
        | w["referring_determiners"]
        | w["partitive_heads"]
        | number_words()
    )


@cache
def _stops() -> frozenset[str]:
    """The function words that end a noun phrase."""
    w = words()
    return (
        w["clause_words"]
        | w["subordinators"]
        | w["object_prepositions"]
        | w["relative_pronouns"]
        | w["auxiliaries"]
        | w["span_prepositions"]
        | w["clause_continuers"]
    )
