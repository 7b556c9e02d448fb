"""Names the text puts somewhere ("in Nova Scotia", "the city of Santa Maria", "MP for
Sheffield Brightside"): places, not people, even beside a speech verb or an
apposition; and the one-word names put somewhere in two sentences or more, which name
that place wherever they stand alone.

Read from the sentences' text, not the names' evidence, so apart from both.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from brief.extract.actors.tallies.tally_record import Found
from brief.extract.actors.word_knowledge import SURE, gender, person_nouns
from brief.extract.lexicon import words


# (?<!\w) is \b before a word's first letter, and lets the search skip to the letters
# these words open with
@cache
def _in_place_re() -> re.Pattern[str]:
    """A name after a word that puts it somewhere; a particle between its words ("in Rio
    de Janeiro") is the name's, as in a person's ("Lula da Silva")."""
    particles = "|".join(map(re.escape, sorted(words()["particles"], key=len, reverse=True)))
    return re.compile(
        r"(?<!\w)(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Oo]ff|[Nn]ear|[Oo]utside"
        r"|(?:MP|MSP|AM|[Pp]arliament|[Ss]eat|[Cc]onstituency) for"
        r"|(?:city|town|village|county|province|state|region) of) "
        rf"((?:[A-Z][\w’'-]+ ?(?:(?:{particles}) (?=[A-Z]))?){{1,3}})(?![\w’'])"
    )


# What every match of _in_place_re holds: its cue word's last two letters, a space and a
# capital. A pattern that opens with plain letters is searched for by the letters (the
# lookbehind above makes _in_place_re try each position in turn): at 25,000 sentences
# 4,931 of the 16,058 sentences with a name hold it, and those alone are searched again
# (the two searches cost 0.26 s where the one cost 0.44 s, under load).
_IN_PLACE_CUE_RE = re.compile(r"(?:in|In|ss|ut|ff|ar|de|or|of) [A-Z]")


def count_placed(found: list[Found]) -> Counter[str]:
    """Names the text puts somewhere ("in Nova Scotia", "the city of Santa Maria") or
    that a member sits for ("entered Parliament for Sheffield Brightside"):
    places, not people, even where a speech verb or an apposition stands beside them;
    with the number of sentences that put each somewhere. Not "an outstanding manager in
    Jose Mourinho": after a person's noun, "in" names who fills the post. A name with a
    particle puts its first words there too: "in Rio de Janeiro" as "in Rio" does."""
    texts = {(s.source, s.index): s.text for _, s, _ in found}
    return Counter(
        name
        for text in texts.values()
        for name in {
            part
            for run in _placed_runs(text)
            for part in (run.strip(), BEFORE_A_PARTICLE.split(run, 1)[0].strip())
        }
    )


@lru_cache(maxsize=65_536)  # count_placed and opened_as_placed read each sentence
def _placed_runs(text: str) -> tuple[str, ...]:
    """The names a sentence puts somewhere (_in_place_re's runs), not those after a
    person's noun (_after_a_person_noun)."""
    if not _IN_PLACE_CUE_RE.search(text):
        return ()
    return tuple(
        m.group(1)
        for m in _in_place_re().finditer(text)
        if not _after_a_person_noun(text, m.start())
    )


BEFORE_A_PARTICLE = re.compile(r" (?=[a-z])")


def places_again(placed: Counter[str]) -> set[str]:
    """The one-word names put somewhere in two sentences or more: places. Once may be
    a turn of phrase that puts a person there ("in Mourinho they have a manager", "In
    O'Driscoll, Ireland have ..."); a place is where things happen again and again."""
    return {name for name, times in placed.items() if times >= 2 and " " not in name}


_WORD_BEFORE_RE = re.compile(r"([a-z][\w-]*)\s+$")
# A sentence that opens with the noun phrase: an article and up to three words before
# the noun ("A school principal in Aleta Wondo, who ...").
_OPENING_PHRASE_RE = re.compile(r"\W*(?:[Aa]n?|[Tt]he|One)(?:\s+[\w-]+){1,4}\s+$")


def _after_a_person_noun(text: str, start: int) -> bool:
    """ "Rovers have an outstanding manager in Jose Marinho": the object of a verb of
    having or finding, whose "in" names who fills the post. A noun phrase that opens the
    sentence is its subject, and its "in" places the person ("A school principal in Aleta
    Wondo, who asked not to be named, said ...")."""
    before = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if before is None or before.group(1) not in person_nouns():
        return False
    return _OPENING_PHRASE_RE.fullmatch(text, 0, start) is None


def opened_as_placed(found: list[Found]) -> set[tuple[str, int]]:
    """(name, source) of the names that open with the word that opens a name of two
    words or more the same source puts somewhere ("out of Ban Hat Sai", "in Ban Hat
    Sai"), and stand only where a place may (after "of", "in", "from": "the headman of
    Ban Na Mai"), with nothing else to show a person (a role, an honorific, a speech
    verb): many languages open a settlement's name with their word for it (Lao and Thai
    "Ban", village; Malay "Kampung"), and the text shows it so. Not a sure given name
    ("in John Street" leaves John Smith his), which a place's opening word seldom is."""
    texts = {(s.source, s.index): (s.source, s.text) for _, s, _ in found}
    heads: set[tuple[str, int]] = set()
    for source, text in texts.values():
        for run in _placed_runs(text):
            placed = run.split()
            if len(placed) >= 2:
                heads.add((placed[0], source))
    if not heads:
        return set()
    slots = words()["locatives"] | {"of", "to"}
    shown: dict[tuple[str, int], bool] = {}
    for _, sentence, name in found:
        key = (name.text, sentence.source)
        if len(name.tokens) < 2 or (name.tokens[0], sentence.source) not in heads:
            continue
        if gender(name.tokens[0]) in SURE:
            continue
        at = sentence.text.find(name.text)
        before = sentence.text[:at].split()[-1:] if at > 0 else []
        in_a_slot = bool(before) and before[0].lower() in slots
        bare = not (name.role or name.honorific or name.speaks)
        shown[key] = shown.get(key, True) and in_a_slot and bare
    return {key for key, place in shown.items() if place}
