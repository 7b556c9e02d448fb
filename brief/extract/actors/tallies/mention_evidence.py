"""Which mentions are a person's: one with evidence of its own, a surname that speaks
after its full name ("Bernie Sanders won ..." then "Sanders said"), a name resumed
alone after its given name; never a place, nor a name the text shows to be a thing's,
nor an epithet ("the Mr Nasty of books").

What the text shows of its names as a whole (`Shown`) is gathered in one pass over the
mentions, then each mention is asked once; the tallies are opened only for the
mentions this admits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from brief.extract.actors import mononyms
from brief.extract.actors.names import Name
from brief.extract.actors.roles import is_head
from brief.extract.actors.tallies.placed_names import BEFORE_A_PARTICLE, opened_as_placed
from brief.extract.actors.tallies.tally_record import Found
from brief.extract.actors.word_knowledge import common_word, gender, given_name, never_a_name
from brief.extract.lexicon import gazetteer, words


def _given_named(name: Name) -> bool:
    """ "Logan Shawcross-Nakamura", "George W. Bush": a known given name that is no
    common word ("Will Cruz", "Whether Cruz" open a sentence), then a surname."""
    first = name.tokens[0]
    shape = len(name.tokens) == 2 or "." in name.tokens[1:-1]
    return shape and not name.headline and gender(first) is not None and not common_word(first)


@dataclass
class Shown:
    """What the text shows of its names as a whole, gathered in one pass over the
    mentions (nine sets, each once gathered by a pass of its own: at 25,000 sentences
    they cost 7% of the tallies)."""

    # last words of full names that open with a given name, not a thing's
    full: set[str] = field(default_factory=set)
    speaking: set[str] = field(default_factory=set)  # one-word names beside a speech verb
    things: set[str] = field(default_factory=set)  # names the text shows to be a thing's
    # (name, source) of the names a source shows by nothing but their shape, and once
    # where a firm, a medium or a work stands ("at Gideon Marlowe"): not people there
    unlike: set[tuple[str, int]] = field(default_factory=set)
    vouched: set[tuple[str, int]] = field(default_factory=set)  # a person by other evidence
    # "Logan Shawcross-Nakamura scored ..." then "Shawcross-Nakamura's goal": a name that
    # starts with a known given name and is later called by its last word alone (not
    # "the Marlies") is a person's, as news names people
    resumed: set[str] = field(default_factory=set)
    surnames: set[tuple[str, int]] = field(default_factory=set)  # (last word, source)
    articled: set[tuple[str, int]] = field(default_factory=set)  # (name, source) after "the"
    families: set[tuple[str, int]] = field(default_factory=set)  # (surname, source) of people

    @classmethod
    def of(cls, found: list[Found], places: set[str]) -> Shown:
        """`places`: words the text puts somewhere again and again ("in England"): one
        beside a speech verb is a place speaking for its people or team ("England say
        he is still vulnerable"), no surname's speech."""
        shown = cls()
        given_full: set[str] = set()  # full names seen so far, for `resumed`
        for _, sentence, name in found:
            tokens, source = name.tokens, sentence.source
            if len(tokens) >= 2:
                last = tokens[-1]
                shown.surnames.add((last, source))
                if given_name(tokens[0]) and not (name.thing or _a_thing_by_article(name)):
                    shown.full.add(last)
                if name.person:
                    shown.families.add((last, source))
            elif name.speaks and not name.headline:
                shown.speaking.add(tokens[0])
            if name.thing:
                shown.things.add(name.text)
            if name.unlike:
                shown.unlike.add((name.text, source))
            if name.person and not name.shaped:
                shown.vouched.add((name.text, source))
            if name.common:
                shown.articled.add((name.text, source))
            if name.headline or name.company or name.article or name.thing:
                continue  # "retailer Bebe Stores" then "Stores": a firm's word, no surname
            if _given_named(name):
                given_full.add(tokens[-1])
            elif len(tokens) == 1 and tokens[0] in given_full:
                shown.resumed.add(tokens[0])
        shown.speaking &= shown.full
        shown.speaking -= places
        shown.unlike -= shown.vouched
        return shown


def evidence_test(
    found: list[Found], one_word: mononyms.Marked, shown: Shown, placed: Counter[str]
) -> Callable[[Found], bool]:
    """Which names are people's: those with evidence of their own, a surname that speaks
    after its full name ("Bernie Sanders won ..." then "Sanders said"), or one resumed
    alone after a given name (see Shown.resumed); never a place ("in Nova Scotia"),
    nor a name the text shows once to be a thing's ("accountancy firm Grant Thornton"),
    nor an epithet (see _epithet), nor a word before "regime" or "government" that the
    source also writes as the head of a phrase after an article ("the Ustashe regime",
    "with the Ustashe,": a movement's name; no one's name takes an article; "the Obama
    administration" and "the Obama campaign" are Obama's), nor a word before a noun a
    region's government takes too ("the Punjab government", words.toml's polity_nouns)
    in a report that names no one of that surname in full."""
    speaking, unlike, resumed = shown.speaking, shown.unlike, shown.resumed
    surnames, articled, families = shown.surnames, shown.articled, shown.families
    # a name put somewhere is a place's; one with a particle ("in Rio de Janeiro"), unless
    # a mention gives it a person's title (an office's head: not "Olympic host"):
    # "confidence in Luis de Guindos" does not outweigh "economy minister Luis de Guindos"
    titled = {
        name.text
        for _, _, name in found
        if name.role
        and is_head(name.role.split()[-1].lower())
        and BEFORE_A_PARTICLE.search(name.text)
    }
    excluded = (placed.keys() - titled) | shown.things
    # "the headman of Ban Na Mai" beside "out of Ban Hat Sai": a settlement's name, opened
    # by the word the text's placed names open with
    settlements = opened_as_placed(found)

    def evidenced(mention: Found) -> bool:
        _, sentence, name = mention
        last = name.tokens[-1]
        later = last in resumed and (len(name.tokens) == 1 or _given_named(name))
        if _epithet(name) and (last, sentence.source) not in surnames:
            return False
        alone = len(name.tokens) == 1 and (last, sentence.source) in one_word
        if name.shaped and (name.text, sentence.source) in unlike:
            return False
        if name.led and (last, sentence.source) in articled:
            return False  # "the Ustashe regime" and "the Ustashe,": a movement's name
        if name.led and name.governed and (last, sentence.source) not in surnames:
            # "the Punjab government" in a report that names no one of that surname: a
            # region's word as often as a leader's ("the Modi government" beside "Narendra
            # Modi" is his; "the Varga administration" is a leader's): a person no name
            # shows is a guess (r71 F10)
            return False
        if (name.text, sentence.source) in settlements:
            return False
        kin = (last, sentence.source) in families and _kin_named(name)
        return (name.person or last in speaking or later or alone or kin) and (
            name.text not in excluded
        )

    return evidenced


def _kin_named(name: Name) -> bool:
    """ "Azmat Begg, father of Moazzam" then "Moazzam Begg": another given name before
    the surname of a person the source shows is a relative's name, a person's too, even
    when no list knows the given name; not a common word, a place or a party before it
    ("Labour Begg", "Golden Gates"), nor a run after "at" or "in", where places stand."""
    if len(name.tokens) != 2 or name.thing or name.article or name.headline or name.company:
        return False
    if name.located:
        return False  # "a new contract at Anfield Henderson chases ...": a caption's run-in
    first = name.tokens[0]
    w = words()
    return not (
        common_word(first)
        or common_word(name.tokens[-1])  # "Prince Edward" then a line "Best actor": a word
        or first in gazetteer()
        or first.lower() in w["name_modifiers"]
        or first.lower() in w["not_names"]
    )


def _a_thing_by_article(name: Name) -> bool:
    """ "the Royal Ballet": after an article, a name that ends in a common word is a
    thing's ("the Rachel Maddow Show" still names Maddow)."""
    return name.article and common_word(name.tokens[-1])


def _epithet(name: Name) -> bool:
    """ "the Mr Nasty of books": a courtesy title before a word that is never a name
    (Punkt saw it in lower case only) names a person only when the text also names them
    in full; "Mr Brown" is a name ("brown" is also seen capitalised)."""
    return (
        len(name.tokens) == 1
        and name.honorific in words()["surname_honorifics"]
        and never_a_name(name.tokens[0])
    )
