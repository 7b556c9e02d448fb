"""Each mention counted for its person: a surname or a shorter form only in a source
that names them in full, a bare surname several people share for the one its source
names at least twice as often in full, a lone first word for the one person its source
names with it; never a place's word, nor a number word.

Apart from opening the tallies (person_tallies) because counting comes after every
tally has its longest name and its role, which decide whose a short form is.
"""

from __future__ import annotations

from brief.extract.actors.names import Name
from brief.extract.actors.tallies.lone_words import inner_surnames, inner_words
from brief.extract.actors.tallies.name_forms import (
    given_in,
    opens_with_its_particle,
    ungenerational,
)
from brief.extract.actors.tallies.same_person import Owners
from brief.extract.actors.tallies.tally_record import Found, Tally
from brief.extract.actors.word_knowledge import common_word
from brief.extract.lexicon import word_values
from brief.models import Sentence


def count_mentions(
    found: list[Found], owner: Owners, places: set[str]
) -> tuple[dict[str, list[Sentence]], list[tuple[Tally, Sentence]]]:
    """Count each mention for its person; return the bare surnames that several people
    share ("Clinton" with Hillary and Bill), with their sentences, for share_surname to settle,
    and the lone first words ("Lin" of "Lin Cheng-yu", "Heidi" of "Heidi Cruz") with the
    person each stands for. A word the text puts somewhere again and again (`places`: "in
    London", "across Europe") names that place wherever it stands alone, not the Michael
    London or Lycos Europe the text also names; a number word alone ("One option is ...")
    is no one's surname."""
    groups = owner.groups
    owners = list(map(owner, (name for _, _, name in found)))
    by_first = _first_words(found, owners)
    inner = inner_surnames(found, [o is not None for o in owners])
    holders: dict[tuple[str, int], dict[int, Tally]] = {}
    for (_, sentence, name), tally in zip(found, owners, strict=True):
        if tally is None:
            continue
        for word in inner_words(name.tokens):
            if (word, sentence.source) in inner:
                holders.setdefault((word, sentence.source), {})[id(tally)] = tally
    # two people with one inner surname: "Ruiz" is neither's
    by_inner = {key: next(iter(one.values())) for key, one in holders.items() if len(one) == 1}
    named_in = _sources_naming_in_full(found, owners)
    shared: dict[str, list[Sentence]] = {}
    by_given_name: list[tuple[Tally, Sentence]] = []
    of_works: list[tuple[Tally, Sentence]] = []
    numbers = word_values("number_words")
    for (_, sentence, name), tally in zip(found, owners, strict=True):
        if len(name.tokens) == 1 and (name.text in places or name.tokens[0].lower() in numbers):
            continue  # a place, or "One of the bidders": a number word, never "Sky One"
        held = by_inner.get((name.tokens[0], sentence.source)) if len(name.tokens) == 1 else None
        if held is not None:
            held.spellings.setdefault(name.tokens[0], None)  # the quotes read "Ruiz said"
            by_given_name.append((held, sentence))
            continue
        if tally is not None and _names_tally(name, tally):
            if not _counts_here(name, tally, sentence, named_in.get(id(tally), set())):
                continue
            if name.modifies:
                of_works.append((tally, sentence))
            else:
                tally.add(sentence)
        elif tally is None and len(groups.get(name.tokens[-1], [])) > 1:
            shared.setdefault(name.tokens[-1], []).append(sentence)
        elif len(name.tokens) == 1 and not (name.article or name.placed):
            # not "in Charlotte": a lone given name a preposition puts somewhere is a
            # place's, not the "Charlotte Panthers" the article named once
            first = by_first.get((name.tokens[0], sentence.source))
            if first is not None:
                by_given_name.append((first, sentence))
    # "the next Bond film", "Ben Stiller comedy Meet The Parents", "who will be the next
    # James Bond": a name that modifies a work's noun speaks of the work, and one used as
    # a type speaks of a part, so they count only for one named nowhere else
    unnamed = {id(tally) for tally, _ in of_works if not tally.count}
    for tally, sentence in of_works:
        if id(tally) in unnamed:
            tally.add(sentence)
    return shared, by_given_name


def _first_words(found: list[Found], owners: list[Tally | None]) -> dict[tuple[str, int], Tally]:
    """(first word, source) -> the one person that source names in full with that first
    word: a lone "Richard" or "Lin" is theirs there, and no one's in a source that names
    no such person or two of them ("Richard Madeley" of one article is not the "Richard"
    of "Richard and Judy" in another, nor "Bill" of "the Bill")."""
    seen: dict[tuple[str, int], Tally | None] = {}
    for (_, sentence, name), tally in zip(found, owners, strict=True):
        if len(name.tokens) < 2 or (tally is None and not _may_be_someone(name)):
            continue
        if tally is not None and tally.name.split()[0] != name.tokens[0]:
            tally = None  # "Rowan Ashby", whoever it names, is another Rowan
        key = (name.tokens[0], sentence.source)
        seen[key] = tally if seen.get(key, tally) is tally else None
    return {key: tally for key, tally in seen.items() if tally is not None}


def _may_be_someone(name: Name) -> bool:
    """A name the text gives no evidence for may still be another person's ("Rowan
    Ashby"), unless it is a headline's run or ends in a common word ("Bernie Supporter")."""
    return not (name.headline or name.company or common_word(name.tokens[-1]))


def _names_tally(name: Name, tally: Tally) -> bool:
    """The mention is the tally's name or its end ("Fomin" of "Alexander Fomin"), or a
    headline's longer form of it."""
    return (
        ungenerational(tally.name).endswith(name.text)
        or tally.name.endswith(name.text)
        or (name.headline and name.text.endswith(tally.name))
        or opens_with_its_particle(name.tokens, tally.name)
    )


def _sources_naming_in_full(found: list[Found], owners: list[Tally | None]) -> dict[int, set[int]]:
    """For each tally (by id), the sources that name its person with a given name or in
    full, wherever in the source: "Mr Fomin said" may come before "Alexander Fomin".
    `owners` is each found name's tally, as same_person gives it."""
    named_in: dict[int, set[int]] = {}
    for (_, sentence, name), tally in zip(found, owners, strict=True):
        in_full = given_in(name.tokens) is not None or name.text == tally.name if tally else False
        if tally is not None and in_full and _names_tally(name, tally):
            named_in.setdefault(id(tally), set()).add(sentence.source)
    return named_in


def _counts_here(name: Name, tally: Tally, sentence: Sentence, named_in: set[int]) -> bool:
    """A shorter form of a name counts for its person only in a source that names them in
    full: not "Eyre" for the Richard Eyre of another source, nor "Europe" for a "Nintendo
    Europe" of another (never a guess across articles)."""
    full = len(tally.name.split())
    elsewhere = full >= 2 and sentence.source not in named_in
    return not (elsewhere and len(name.tokens) < full and given_in(name.tokens) is None)


def share_surname(same: list[Tally], mentions: list[Sentence]) -> None:
    """A bare surname that several people share counts for the one its own source names
    at least twice as often in full (news style), never for someone of another source.
    Not for one written with a generation beside one written without ("Trump" beside
    Donald Trump and Donald Trump Jr.): the text keeps the suffix to tell the son apart."""
    for source in dict.fromkeys(s.source for s in mentions):
        in_source = [t for t in same if source in t.sources]
        plain = [t for t in in_source if ungenerational(t.name) == t.name]
        if plain and len(plain) < len(in_source):
            in_source = plain
        counts = sorted(
            ((sum(1 for src, _ in t.where if src == source), t) for t in in_source),
            key=lambda pair: -pair[0],
        )
        counts += [(0, same[0])] * (2 - len(counts))
        (top, first), (runner_up, _) = counts[0], counts[1]
        if top and top >= 2 * runner_up:
            for sentence in mentions:
                if sentence.source == source:
                    first.add(sentence)
