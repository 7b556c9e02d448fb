"""Words as every module of the package cuts and sorts them.

The grammar of quotes is read in words, not characters, and each module must cut a text
the same way for their answers to meet: a title's or an initial's dot belongs to its word
("Sen.", "U.S."), so a name is never taken for a sentence's end; and the verbs that give
a quote a speaker must be the same set everywhere ("asked" is not one: the answer to a
question is someone else's words). The tokeniser, that set and the few patterns of words
that several modules test are kept here, below all of them.
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.lexicon import alternation, verb_forms, words


@cache
def short_titles() -> frozenset[str]:
    """The words whose dot is no full stop, as the segmenter reads them: titles of rank
    and office, honorifics and generations written short ("Maj.", "Mrs.", "Jr."), and
    "St." of a saint's place ("St. Petersburg")."""
    w = words()
    return frozenset(w["title_abbreviations"] | w["honorifics"] | w["generations"] | {"st"})


@cache
def word_re() -> re.Pattern[str]:
    """Words, with the dot of a title or an initial ("Sen.", "Maj. Gen.", "U.S.") but not
    a full stop. A word that opens with no capital can be no title nor initial: its branch
    comes first, so most words are not tried against the titles one by one (findall over
    the 24,058 sentences of c25000: 0.229 -> 0.193 s). The titles are grouped by their
    first letter, longest first: no two groups can match at one place. (A title missing
    here split its tag: "KFOR Commander Maj. Gen. Vilmos Szabó said" was read as no tag,
    fresh20.)"""
    by_letter: dict[str, list[str]] = {}
    for title in sorted(short_titles(), key=lambda t: (-len(t), t)):
        by_letter.setdefault(title[0], []).append(re.escape(title[1:]))
    titles = "|".join(
        f"{letter.upper()}(?:{'|'.join(rests)})\\." for letter, rests in sorted(by_letter.items())
    )
    return re.compile(rf"[a-z\d_’'-][\w’'-]*|{titles}|(?:[A-Z]\.)+|[\w’'-]+|[^\w\s]")


POSSESSIVE_END_RE = re.compile(r"\w[’']s?$")


@cache
def labelled_re() -> re.Pattern[str]:
    """A verb that gives something a name ("have branded the scheme a “...”", "dubbed
    it") in the quote's clause: the quoted name is its subject's words."""
    return re.compile(rf"\b(?:{alternation(words()['labelling_verbs'])})\b[^,;:]*$")


@cache
def judging_verbs() -> frozenset[str]:
    """Every form of the verbs of public judgement ("condemned", "dismisses"): with a
    quoted complement after "as" they report their subject's words."""
    return frozenset().union(*(verb_forms(lemma) for lemma in words()["judging_verbs"]))


@cache
def attributing() -> frozenset[str]:
    """The speech verbs' forms that give words a speaker: all but "ask"'s."""
    return words().speech - {"ask", "asks", "asked", "asking"}


# A short parenthesis in an attribution: a party and state, an age, an aside.
PARENTHESIS_RE = re.compile(r"\([^()]{0,40}\)")


@cache
def clause_break_re() -> re.Pattern[str]:
    """A clause that ends before the quote ("..., but critics called it “...”"): a
    semicolon, a dash, ", but", or a full stop, which the stop of a title written short
    is not ("behind Sen. Ted Cruz ..., saying")."""
    titles = "".join(rf"(?<!\b{re.escape(t.capitalize())}\.)" for t in sorted(short_titles()))
    # Every branch opens with a literal, so that the search skips to those characters
    # (the look-behinds come after the stop: with a look-ahead first, 25% slower).
    # nor an initial's ("Director B. Ganbold said")
    # nor an abbreviation's before a number or a word in lower case ("on Nov. 3, but"):
    # no sentence opens so
    return re.compile(
        rf";|—|–|,\s+(?:but|while|whereas|although|though)\b"
        rf"|\.{titles}(?<!\b[A-Z]\.)\s(?![a-z\d])"
    )


def capital_or_digit(token: str) -> bool:
    """Whether a word opens with a capital or a digit ("Vance", "2022")."""
    return token[:1].isupper() or token[:1].isdigit()
