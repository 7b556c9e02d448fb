"""Counting mentions: one tally per actor, people merged by surname, companies by evidence.

Actors are ranked by how central they are to the text (mentions, then how early they
come), never by whether a role was found: the subject of an article named four times
outranks a passer-by with a title.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from brief.extract.actors import mononyms, organisations, places
from brief.extract.actors.names import INITIALS_RE, Name, hyphened_given_name, initials_apart
from brief.extract.actors.roles import is_head
from brief.extract.actors.word_knowledge import (
    SURE,
    common_word,
    gender,
    given_name,
    never_a_name,
    person_nouns,
)
from brief.extract.lexicon import (
    PhraseMatcher,
    gazetteer,
    honorific_gender,
    unaccented,
    word_values,
    words,
)
from brief.models import Actor, ActorKind, Mention, Sentence

Found = tuple[int, Sentence, Name]  # (sentence order, sentence, name)


@dataclass
class Tally:
    name: str
    kind: ActorKind
    role: str | None = None
    role_at: Mention | None = None  # the sentence that gives the role
    count: int = 0
    first: tuple[int, int] = (0, 0)
    where: dict[tuple[int, int], None] = field(default_factory=dict)
    sources: set[int] = field(default_factory=set)
    spellings: dict[str, None] = field(default_factory=dict)  # other ways it is written

    def add(self, sentence: Sentence) -> None:
        self.count += 1
        self.where.setdefault((sentence.source, sentence.index), None)
        self.sources.add(sentence.source)

    def actor(self) -> Actor:
        mentions = tuple(Mention(s, i) for s, i in sorted(self.where))
        spellings = tuple(form for form in self.spellings if form != self.name)
        return Actor(self.name, self.kind, self.role, self.count, mentions, self.role_at, spellings)

    def join(self, other: Tally) -> None:
        """Take in another tally's mentions: one actor written two ways."""
        self.count += other.count
        self.where.update(other.where)
        self.sources.update(other.sources)
        self.first = min(self.first, other.first)
        self.spellings.update(dict.fromkeys((other.name, *other.spellings)))
        if self.role is None and other.role is not None:
            self.role, self.role_at = other.role, other.role_at

    def give_role(self, role: str | None, sentence: Sentence, appointed: bool = False) -> None:
        """The role, cited, unless the tally has one; an office the sentence appoints them
        to replaces the one read before (the mentions come in reading order)."""
        if (self.role is None or appointed) and role:
            self.role, self.role_at = role, Mention(sentence.source, sentence.index)


def ranked(tallies: Sequence[Tally]) -> tuple[Actor, ...]:
    """Most mentioned first; ties by first appearance."""
    order = sorted(_one_company(_one_spelling(tallies)), key=lambda t: (-t.count, t.first))
    return tuple(t.actor() for t in order)


def _one_company(tallies: list[Tally]) -> list[Tally]:
    """A company named in full and short ("Tavora Mining" and "Tavora", "Vesterhavn
    Shipping" and "Vesterhavn": its name less the suffixes it ends with) is one, listed
    under the full name, where each source that writes it short also writes it in full
    (never a guess across articles; a reviewer's table had two rows of each)."""
    suffixes = words()["company_suffixes"]
    full: dict[str, list[Tally]] = {}
    for tally in tallies:
        parts = tally.name.split()
        while len(parts) > 1 and parts[-1].lower().rstrip(".") in suffixes:
            parts.pop()
        if tally.kind == "organisation" and len(parts) < len(tally.name.split()):
            full.setdefault(" ".join(parts), []).append(tally)
    joined: set[int] = set()
    for tally in tallies:
        if tally.kind != "organisation" or tally.name not in full:
            continue
        mains = [t for t in full[tally.name] if tally.sources <= t.sources]
        if len(mains) == 1 and id(mains[0]) not in joined:
            mains[0].join(tally)
            joined.add(id(tally))
    return [t for t in tallies if id(t) not in joined]


def _one_spelling(tallies: Sequence[Tally]) -> list[Tally]:
    """An organisation written with and without its spaces or hyphens ("TimeWarner" and
    "Time Warner", "Air-India" and "Air India") is one: its tallies are joined under the
    form written most (the first on a tie). People are not: "Ann Marie" is not "Annmarie"
    (see _one_spelt_two_ways)."""
    return _joined_by(
        tallies, lambda t: _spelling_key(t.name) if t.kind == "organisation" else None
    )


def _joined_by(tallies: Sequence[Tally], key: Callable[[Tally], str | None]) -> list[Tally]:
    """The tallies, those of one `key` joined as one actor under the form written most
    (the first on a tie); a tally whose key is None stays as it is."""
    by_key: dict[str, list[Tally]] = {}
    for tally in tallies:
        found = key(tally)
        if found is not None:
            by_key.setdefault(found, []).append(tally)
    joined: set[int] = set()
    for forms in by_key.values():
        main = min(forms, key=lambda t: (-t.count, t.first))
        for other in forms:
            if other is not main:
                main.join(other)
                joined.add(id(other))
    return [t for t in tallies if id(t) not in joined]


def without_short_names(people: list[Tally], bodies: Sequence[Tally]) -> list[Tally]:
    """People whose name of two words or more is the opening of a business's name the text
    shows by its suffix ("Cathay Pacific" of "Cathay Pacific Airways", which "Cathay
    Pacific has said it wants ..." made a person) are that business, written short, when
    nothing shows a person: no role, no given name a dictionary knows ("Tadesse Worku" the
    champion beside "Tadesse Worku Ltd" is a founder and his firm). Their mentions go to
    the business."""
    suffixes = words()["company_suffixes"]
    firms = [
        t for t in bodies if t.kind == "organisation" and t.name.split()[-1].lower() in suffixes
    ]
    kept = []
    for person in people:
        firm = None
        if person.role is None and " " in person.name and _given_of(person.name) is None:
            firm = next((t for t in firms if t.name.startswith(f"{person.name} ")), None)
        if firm is None:
            kept.append(person)
        else:
            firm.join(person)
    return kept


def _spelling_key(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def companies(found: list[Found], sentences: Sequence[Sentence], people: set[str]) -> list[Tally]:
    """Non-person names that speak ("Time Warner said") are businesses only when the
    text says so: a suffix (Inc, Group, Bank), "the company"/"the firm" in the paragraph,
    or how the text speaks of the name (see organisations)."""
    suffixes = words()["company_suffixes"]
    cues = organisations.company_paragraphs(
        sentences, {(s.source, s.paragraph) for _, s, _ in found}
    )
    spoken_of = organisations.evidenced(found, cues, people)
    maybe = [
        (order, sentence, name, name.tokens[-1].lower() in suffixes or shown)
        for order, sentence, name in found
        for shown in [(name.text, sentence.source) in spoken_of]
        if (name.company or shown)
        and not name.person
        and name.text not in people
        # a suffix alone names no business: "Holdings" of "LNM Holdings", "Corp" of "News Corp"
        and not all(token.lower() in suffixes for token in name.tokens)
    ]
    tallies: dict[str, Tally] = {}
    for order, sentence, name, suffix in maybe:
        if suffix or (sentence.source, sentence.paragraph) in cues:
            tallies.setdefault(name.text, Tally(name.text, "organisation", first=(order, 0)))
    for _, sentence, name in found:
        if name.text in tallies:
            tallies[name.text].add(sentence)
    return list(tallies.values())


def speakers_of(
    spoken: Sequence[tuple[str, ActorKind, Sentence]], sentences: Sequence[Sentence]
) -> list[Tally]:
    """One tally per speaker the speakers rules admit, counted in the sources where it
    speaks only (a name is settled per story, never across them)."""
    admitted: dict[str, Tally] = {}
    where: dict[str, set[int]] = {}
    torn: set[str] = set()
    order = {(s.source, s.index): k for k, s in enumerate(sentences)}
    for name, kind, sentence in spoken:
        tally = admitted.get(name)
        if tally is None:
            first = (order.get((sentence.source, sentence.index), 0), 0)
            tally = admitted[name] = Tally(name, kind, first=first)
        elif tally.kind != kind:
            torn.add(name)  # a person here, a body there: the text does not settle it
        where.setdefault(name, set()).add(sentence.source)
    counted = [name for name in admitted if name not in torn]
    patterns = {name: re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])") for name in counted}
    # Which names a sentence holds, all in one pass of an automaton: a pattern run on
    # every sentence of a long story for every speaker cost their product, and so did a
    # substring test per speaker and sentence (at 25,000 sentences 0.18 s; this, 0.11).
    held = PhraseMatcher({name: name for name in counted})
    for sentence in sentences:
        text = sentence.text
        for name in held.phrases_in(text):
            if sentence.source in where[name] and patterns[name].search(text):
                admitted[name].add(sentence)
    return [admitted[name] for name in counted]


def _given_named(name: Name) -> bool:
    """ "Logan Shawcross-Nakamura", "George W. Bush": a known given name that is no
    common word ("Will Cruz", "Whether Cruz" open a sentence), then a surname."""
    first = name.tokens[0]
    shape = len(name.tokens) == 2 or "." in name.tokens[1:-1]
    return shape and not name.headline and gender(first) is not None and not common_word(first)


def people(found: list[Found], sentences: Sequence[Sentence] = ()) -> list[Tally]:
    """Group person names by surname, so "Fomin" joins "Alexander Fomin"; two given names
    with one surname ("Rob Ford", "Doug Ford") are two people, and a bare "Ford" then
    counts for the one its source names at least twice as often in full, or for neither.
    People known by one word only ("Edu") are those the text marks (see mononyms)."""
    owner = _Owners({})  # one memo of _same_person for the three steps, see _Owners
    placed = _places(found)
    groups = _open_tallies(found, mononyms.marked(found, sentences), owner, placed)
    _complete_names(found, owner)
    tallies = [t for same in groups.values() for t in same]
    shared, by_given_name = _count_mentions(found, owner, _places_again(placed))
    for surname, mentions in shared.items():
        _share(groups[surname], mentions)
    for tally, sentence in by_given_name:  # after _share, which weighs full names only
        tally.add(sentence)
    named = _one_spelt_two_ways(_one_with_or_without_accents([t for t in tallies if t.count]))
    _roles_by_epithet(named, sentences)
    return named


def _one_with_or_without_accents(people: list[Tally]) -> list[Tally]:
    """ "René Préval" and "Rene Preval": one name, with its accents or without (an outlet's
    style, or a wire's plain letters), is one person, in one article or across them as the
    same name written alike is; listed under the form written most, the other kept as a
    spelling."""
    return _joined_by(people, lambda t: unaccented(t.name))


def _one_spelt_two_ways(people: list[Tally]) -> list[Tally]:
    """ "Mohamad Javad Zarif" and "Mohammad Javad Zarif" in one article: a given name
    spelt two ways beside one surname (see same_given) is one person, joined under the
    form written most, the other kept as a spelling (quotes find a speaker by it). Only
    where one article writes both, and neither gives the other another office: across
    articles, or as "Striker Mario Gomez" and "Coach Marco Gomez", they are two."""
    by_rest: dict[tuple[str, ...], list[Tally]] = {}
    for tally in people:
        words_of = tally.name.split()
        if len(words_of) >= 2:
            by_rest.setdefault(tuple(words_of[1:]), []).append(tally)
    joined: set[int] = set()
    for forms in by_rest.values():
        for n, one in enumerate(forms):
            for other in forms[n + 1 :]:
                if id(one) in joined or id(other) in joined or not _spelt_two_ways(one, other):
                    continue
                main, rest = sorted((one, other), key=lambda t: (-t.count, t.first))
                main.join(rest)
                joined.add(id(rest))
    return [t for t in people if id(t) not in joined]


def _spelt_two_ways(one: Tally, other: Tally) -> bool:
    if one.sources.isdisjoint(other.sources):
        return False
    if one.role and other.role and _office(one.role) != _office(other.role):
        return False
    return same_given(one.name.split()[0], other.name.split()[0]) and one.name != other.name


_EPITHET_RE = re.compile(r"[“\"]?The ([a-z][a-z-]+) (?!of\b|for\b|at\b|to\b)")


def _roles_by_epithet(tallies: list[Tally], sentences: Sequence[Sentence]) -> None:
    """ "Gordon Brown has doubled the level ..." then "The chancellor also unveiled ...":
    a sentence whose subject is "the" and a role's head, right after one that names one
    person only and gives them no role, speaks of that person by their office. Only when
    no one else in the text holds a role with that head, and the person is called so
    once or always by the same head."""
    if not tallies or not sentences:
        return
    people_in: dict[tuple[int, int], list[Tally]] = {}
    for tally in tallies:
        for key in tally.where:
            people_in.setdefault(key, []).append(tally)
    # not a head that is also an adjective: "The major search providers", "The chief aim"
    heads = words()["role_heads"] - words()["also_bodies"] - words()["role_modifiers"]
    heads -= {"major", "official", "premier", "representative", "speaker"}
    found: dict[int, dict[str, Sentence]] = {}  # each epithet, where it is first seen
    for before, after in zip(sentences, sentences[1:], strict=False):
        named = people_in.get((before.source, before.index), [])
        if before.source != after.source or len(named) != 1 or named[0].role is not None:
            continue
        if (after.source, after.index) in people_in:
            continue  # "The chancellor met Mr Blair": another person is named there
        m = _EPITHET_RE.match(after.text)
        if m is not None and m.group(1) in heads:
            found.setdefault(id(named[0]), {}).setdefault(m.group(1), after)
    held = {word for t in tallies if t.role for word in t.role.lower().split()}
    for tally in tallies:
        epithets = found.get(id(tally), {})
        if len(epithets) == 1 and not epithets.keys() & held:
            tally.give_role(*next(iter(epithets.items())))


def _open_tallies(
    found: list[Found], one_word: mononyms.Marked, owner: _Owners, placed: Counter[str]
) -> dict[str, list[Tally]]:
    """One tally for each person the text shows, grouped by surname (in `owner.groups`),
    with the longest name and the first role seen for them (mentions are counted later).
    `placed`: the names the text puts somewhere (_places)."""
    groups = owner.groups
    seen = _Shown.of(found, _places_again(placed))
    shown = list(map(_evidenced(found, one_word, seen, placed), found))  # asked once a mention
    known_by_given = _known_by_given_name(found, shown, seen.surnames)
    known_by_given |= {((word,), source) for word, source in _inner_surnames(found, shown)}
    # The tally opened for a name no tally owned: the same name again, still owned by
    # none ("Clinton" beside Bill and Hillary), is that one, not one more. Opening one a
    # mention had made the work quadratic in them (a word soup of three place names,
    # 1.6 MB: 77 s).
    unowned: dict[tuple[tuple[str, ...], str | None, str | None], Tally] = {}
    for (order, sentence, name), evidenced in zip(found, shown, strict=True):
        if not evidenced or (name.tokens, sentence.source) in known_by_given:
            continue
        tally = owner(name)
        before = None if tally is None else (tally.name, tally.role)
        if tally is None:
            key = (name.tokens, name.honorific, name.role)
            tally = unowned.get(key)
            if tally is None:
                tally = unowned[key] = Tally(name.text, "person", first=(order, 0))
                groups.setdefault(name.tokens[-1], []).append(tally)
        if _fuller(name, tally.name):
            tally.name = name.text
        # only a full name's appointment replaces a role: "Sir John was made permanent
        # secretary" may be another John than the singer the tally holds
        tally.give_role(name.role, sentence, name.appointed and len(name.tokens) >= 2)
        if tally.role is None and len(name.tokens) == 1:
            cue = one_word.get((name.text, sentence.source))
            if cue is not None:
                tally.role, tally.role_at = cue
        if (tally.name, tally.role) != before:
            owner.forget(name.tokens[-1])  # a new tally, or a longer name or a role
    return groups


@dataclass
class _Shown:
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
    def of(cls, found: list[Found], places: set[str]) -> _Shown:
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


def _evidenced(
    found: list[Found], one_word: mononyms.Marked, shown: _Shown, placed: Counter[str]
) -> Callable[[Found], bool]:
    """Which names are people's: those with evidence of their own, a surname that speaks
    after its full name ("Bernie Sanders won ..." then "Sanders said"), or one resumed
    alone after a given name (see _Shown.resumed); never a place ("in Nova Scotia"),
    nor a name the text shows once to be a thing's ("accountancy firm Grant Thornton"),
    nor an epithet (see _epithet), nor a word before "regime" or "government" that the
    source also writes as the head of a phrase after an article ("the Ustashe regime",
    "with the Ustashe,": a movement's name; no one's name takes an article; "the Obama
    administration" and "the Obama campaign" are Obama's)."""
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
        and _BEFORE_A_PARTICLE.search(name.text)
    }
    excluded = (placed.keys() - titled) | shown.things

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


def _fuller(name: Name, current: str) -> bool:
    """Whether a mention names its person more fully than the tally's name: it is
    longer, unless it is the tally's name with a word written twice ("Fernando Henrique
    Cardoso Cardoso" beside "Fernando Henrique Cardoso": a slip of the keys). A name
    written so everywhere is the name ("Sirhan Sirhan", "Mohamed Mohamed")."""
    if len(name.tokens) >= 2:  # a surname alone is how news names a person again
        if _DOUBLED.sub(r"\1", name.text) == current != name.text:
            return False  # the slip of a name already known
        if _DOUBLED.sub(r"\1", current) == name.text != current:
            return True  # the name a slip stood for
    return len(name.text) > len(current)


_DOUBLED = re.compile(r"\b(\w+)(?:\s+\1(?![\w-]))+")  # not "Boutros Boutros-Ghali"


def _known_by_given_name(
    found: list[Found], evidenced: list[bool], surnames: set[tuple[str, int]]
) -> set[tuple[tuple[str, ...], int]]:
    """(tokens, source) of the lone given names that are someone's the source names
    in full: "Sir Andrew" or "Bernard" is the one Andrew or Bernard the article names
    ("Sir Andrew Green"), and gets no tally of its own; _count_mentions gives them to that
    person. "Mr Thomas" is a surname, whoever "Thomas Smith" is, unless the article never
    calls Thomas Smith by his surname and the word is no sure given name: papers that
    name people by their first name after an honorific ("Ms Siriporn" of Siriporn
    Thanasombat, Thai style) or write the surname first ("Mr Lou" of Lou Jiwei) do so
    for everyone they call so, while "Mr Howard" beside "Mr Flight" of Howard Flight is
    the Tory leader, and "Mr Graham" beside Judge Graham Morris the barrister.
    `evidenced` says of each mention whether it is a person's (see _evidenced);
    `surnames` holds the (last word, source) of the names of two words or more."""
    firsts: dict[tuple[str, int], set[str]] = {}
    no_mister: set[tuple[str, int]] = set()  # (first word, source) of a judge, a lord ...
    alone: set[tuple[str, int]] = set()  # (word, source) of one-word names
    full_roles: dict[tuple[str, int], list[str]] = {}  # (first word, source): full names' roles
    lone_roles: dict[tuple[str, int], list[str]] = {}  # (word, source): lone mentions' roles
    unmistered = words()["unmistered"]
    for (_, sentence, name), shown in zip(found, evidenced, strict=True):
        key = (name.tokens[0], sentence.source)
        if len(name.tokens) >= 2 and shown:
            firsts.setdefault(key, set()).add(name.tokens[-1])
            full_roles.setdefault(key, []).append((name.role or "").lower())
            if name.role and name.role.split()[-1].lower().rstrip(".") in unmistered:
                no_mister.add(key)
        elif len(name.tokens) == 1:
            alone.add(key)
            if name.role:
                lone_roles.setdefault(key, []).append(name.role.lower())

    def another_office(key: tuple[str, int]) -> bool:
        """A lone mention with an office the full name's never holds ("Lawmaker Nguyen"
        beside Nguyen Van Thang, the finance minister; "Former President Park" beside Park
        Ji-hoon, a fisherman): the word is another person's too, and no one's alone."""
        held = full_roles.get(key, [])
        return any(not any(role in full for full in held) for role in lone_roles.get(key, []))

    by_surname = words()["surname_honorifics"]

    def given(name: Name, source: int) -> bool:
        last = firsts.get((name.tokens[0], source), set())
        if len(last) != 1 or (name.tokens[0], source) in surnames:  # "Howard" of Michael Howard
            return False
        if name.honorific in by_surname:  # "Ms Siriporn", "Mr Lou"; a sure given name
            # after an honorific is a surname in most English news ("Mr Graham" beside
            # Prosecutor Graham Lewis), so "Mr Anwar" stays apart from Anwar Ibrahim: a
            # second actor, never a wrong speaker
            surname_alone = (next(iter(last)), source) in alone
            return (
                gender(name.tokens[0]) not in SURE
                and (name.tokens[0], source) not in no_mister
                and not surname_alone
            )
        if gender(name.tokens[0]) is not None:
            return True
        # A word no list knows as a given name is one still when the source calls that
        # person by it and never by the surname ("Hirut" of Hirut Zemene, Ethiopian style;
        # "Sunee" of Sunee Kaewmanee): a surname alone would say the source names them so.
        # A family name written first is how its person is called, word or not ("Park"
        # of Park Ji-hoon).
        surname = next(iter(last))
        if (surname, source) in alone or another_office((name.tokens[0], source)):
            return False
        return not common_word(name.tokens[0]) or hyphened_given_name(surname)

    return {
        (name.tokens, sentence.source)
        for _, sentence, name in found
        if len(name.tokens) == 1 and given(name, sentence.source)
    }


@cache
def _inner_word(tokens: tuple[str, ...]) -> str | None:
    """The word before the last of a name of three words or more, particles and "Jr"
    aside, when it may be a surname: no given name a list knows, no common word. Spanish
    names end in two surnames and news calls a person by the first ("Ruiz" of María
    Fernanda Ruiz Cárdenas); Hong Kong's put the surname before the Chinese given name
    ("Chan" of Ivan Chan Ho-yin); Portuguese ones the name a person is known by ("Lula"
    of Luiz Inácio Lula da Silva)."""
    w = words()
    parts = [t for t in tokens if t.lower() not in w["particles"]]
    while parts and parts[-1].rstrip(".").lower() in w["generations"]:
        parts.pop()
    if len(parts) < 3:
        return None
    word = parts[-2]
    if not word[:1].isupper() or gender(word.lower()) is not None or common_word(word):
        return None
    return word


def _inner_surnames(found: list[Found], evidenced: Sequence[bool]) -> set[tuple[str, int]]:
    """(word, source) of the lone words that are the inner surname (see _inner_word) of
    the one person the source names in full with it: "Ruiz said" after "María Fernanda
    Ruiz Cárdenas". A word that ends another full name there is that person's ("Ruiz" of
    Jorge Olvera Ruiz), unless the source calls everyone so named by their own inner
    surname ("Olvera said"): then it writes names the Spanish way, and the bare "Ruiz"
    is hers."""
    inner: dict[tuple[str, int], set[tuple[str, str]]] = {}  # -> (given name, last word)
    last: dict[tuple[str, int], set[tuple[str, ...]]] = {}
    alone: set[tuple[str, int]] = set()
    for (_, sentence, name), shown in zip(found, evidenced, strict=True):
        if len(name.tokens) == 1:
            alone.add((name.tokens[0], sentence.source))
        elif shown:
            last.setdefault((name.tokens[-1], sentence.source), set()).add(name.tokens)
            word = _inner_word(name.tokens)
            if word is not None:
                ends = (name.tokens[0], name.tokens[-1])  # siblings share both surnames
                inner.setdefault((word, sentence.source), set()).add(ends)
    out = set()
    for (word, source), people in inner.items():
        if len(people) != 1 or (word, source) not in alone:
            continue
        others = last.get((word, source), set())
        if all((_inner_word(tokens), source) in alone for tokens in others):
            out.add((word, source))
    return out


def _complete_names(found: list[Found], owner: _Owners) -> None:
    """ "Nkechi Adebayo" (no evidence of its own) gives its full name to the "Ms Adebayo"
    the text showed; a headline's capitals prove nothing, so it gives none."""
    for _, sentence, name in found:
        if name.headline or name.thing or not given_name(name.tokens[0]):
            continue  # gives no name, whoever it is: not asked whose it is
        tally = owner(name)
        if tally is None or not _fuller(name, tally.name):
            continue
        tally.name = name.text
        tally.give_role(name.role, sentence)
        owner.forget(name.tokens[-1])  # may change who a later mention belongs to


def _count_mentions(
    found: list[Found], owner: _Owners, places: set[str]
) -> tuple[dict[str, list[Sentence]], list[tuple[Tally, Sentence]]]:
    """Count each mention for its person; return the bare surnames that several people
    share ("Clinton" with Hillary and Bill), with their sentences, for _share to settle,
    and the lone first words ("Lin" of "Lin Cheng-yu", "Heidi" of "Heidi Cruz") with the
    person each stands for. A word the text puts somewhere again and again (`places`: "in
    London", "across Europe") names that place wherever it stands alone, not the Michael
    London or Lycos Europe the text also names; a number word alone ("One option is ...")
    is no one's surname."""
    groups = owner.groups
    owners = list(map(owner, (name for _, _, name in found)))
    by_first = _first_words(found, owners)
    inner = _inner_surnames(found, [o is not None for o in owners])
    holders: dict[tuple[str | None, int], dict[int, Tally]] = {}
    for (_, sentence, name), tally in zip(found, owners, strict=True):
        key = (_inner_word(name.tokens), sentence.source)
        if tally is not None and key in inner:
            holders.setdefault(key, {})[id(tally)] = tally
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
        tally.name.endswith(name.text)
        or (name.headline and name.text.endswith(tally.name))
        or _opens_with_its_particle(name.tokens, tally.name)
    )


def _sources_naming_in_full(found: list[Found], owners: list[Tally | None]) -> dict[int, set[int]]:
    """For each tally (by id), the sources that name its person with a given name or in
    full, wherever in the source: "Mr Fomin said" may come before "Alexander Fomin".
    `owners` is each found name's tally, as _same_person gives it."""
    named_in: dict[int, set[int]] = {}
    for (_, sentence, name), tally in zip(found, owners, strict=True):
        in_full = _given(name.tokens) is not None or name.text == tally.name if tally else False
        if tally is not None and in_full and _names_tally(name, tally):
            named_in.setdefault(id(tally), set()).add(sentence.source)
    return named_in


def _counts_here(name: Name, tally: Tally, sentence: Sentence, named_in: set[int]) -> bool:
    """A shorter form of a name counts for its person only in a source that names them in
    full: not "Eyre" for the Richard Eyre of another source, nor "Europe" for a "Nintendo
    Europe" of another (never a guess across articles)."""
    full = len(tally.name.split())
    elsewhere = full >= 2 and sentence.source not in named_in
    return not (elsewhere and len(name.tokens) < full and _given(name.tokens) is None)


def _share(same: list[Tally], mentions: list[Sentence]) -> None:
    """A bare surname that several people share counts for the one its own source names
    at least twice as often in full (news style), never for someone of another source."""
    for source in dict.fromkeys(s.source for s in mentions):
        in_source = [t for t in same if source in t.sources]
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


def _same_person(groups: dict[str, list[Tally]], name: Name) -> Tally | None:
    """The tally a name belongs to: the one with its given name, or, for a bare surname
    or "Ms Adebayo", the only one with that surname. A given name is one gender-guesser
    knows: "Wasserman Schultz" is a surname, not a second Schultz."""
    same = groups.get(name.tokens[-1])
    if same and len(name.tokens) >= 2:  # not a relative: another office, other initials
        # A common surname has a hundred tallies in a long digest, and few names write
        # initials: what the name gives is worked out once, not once per tally.
        initials = _initials(name.tokens)
        if name.role is not None or initials:  # (else no tally is ruled out: asked once)
            same = [
                t
                for t in same
                if not (_known_by_title(t) and _other_role(t, name))
                and not (initials and _other_initials(t.name, initials))
            ]
    if not same:
        return None
    if len(name.tokens) == 1 and name.role and len(same) > 1:
        titled = [t for t in same if _same_role(t, name)]
        if len(titled) == 1:
            return titled[0]  # "President Dalton" beside "First lady Marisa Dalton"
    if len(name.tokens) >= 2:  # (a bare surname is the end of every name of its group)
        if _particled(name.tokens):
            particled = [t for t in same if _opens_with_its_particle(name.tokens, t.name)]
            if len(particled) == 1:
                return particled[0]  # "De Blasio said" after "Bill de Blasio"
        tail = _tail(name.tokens)
        longer = [
            t
            for t in same
            if _undotted(t.name).endswith(tail) and _longer_name_of(t.name, name.tokens)
        ]
        if len(longer) == 1:
            return longer[0]  # "Christian Andersen" of "Hans Christian Andersen"
    if len(name.tokens) >= 2 and len(same) > 1:
        given = name.tokens[0].rstrip(".")
        own = [t for t in same if t.name.split(maxsplit=1)[0].rstrip(".") == given]
        if len(own) == 1:
            return own[0]  # "Moazzam Begg" beside "Azmat Begg": the given name settles it
    first = _given(name.tokens)
    if len(same) == 1:
        if _other_given_names(same[0].name, name.tokens):
            return None  # "Anders Lindegaard" and "Misse Beqiri Lindegaard": two people
        return _only_namesake(same[0], first)
    if first is None:
        return _by_honorific(same, name.honorific)
    return next((t for t in same if _given_of(t.name) == first), None)


def _longer_name_of(full: str, tokens: tuple[str, ...]) -> bool:
    """ "Hans Christian Andersen" for "Christian Andersen": the name ends with the
    tokens, after given names that are no common words (not "Go Donald Trump")."""
    tail = _tail(tokens)
    full = _undotted(full)  # "St. John" of "Lorraine St. John": ("St", ".", "John")
    if not full.endswith(tail):
        return False
    extra = full[: -len(tail)].split()
    return all(gender(word) is not None and not common_word(word) for word in extra)


def _undotted(name: str) -> str:
    """A name without its abbreviations' dots: "Lorraine St John" for "Lorraine St. John"."""
    return name.replace(". ", " ") if ". " in name else name


def _tail(tokens: tuple[str, ...]) -> str:
    """The end a longer name would have, as _undotted writes it: " St John"."""
    return " " + " ".join(t for t in tokens if t != ".")


_UNKNOWN = Tally("", "person")  # no answer worked out yet (None is one: no one's)


class _Owners:
    """_same_person, worked out once a distinct name: a few thousand names come back in
    tens of thousands of mentions. What it answers for a name depends on the names and
    roles of the tallies of its surname (`groups[surname]`, the only ones it reads), so
    those answers are forgotten whenever one of those tallies changes or a new one
    joins them; the answers for other surnames hold. One memo serves _open_tallies,
    _complete_names and _count_mentions (at 25,000 sentences 38,000 calls of
    _same_person became 17,600)."""

    def __init__(self, groups: dict[str, list[Tally]]) -> None:
        self.groups = groups
        self.known: dict[str, dict[tuple[tuple[str, ...], str | None, str | None], Tally | None]]
        self.known = {}

    def __call__(self, name: Name) -> Tally | None:
        known = self.known.get(name.tokens[-1])
        if known is None:
            known = self.known[name.tokens[-1]] = {}
        key = (name.tokens, name.honorific, name.role)  # all that _same_person reads of it
        owner = known.get(key, _UNKNOWN)
        if owner is _UNKNOWN:
            owner = known[key] = _same_person(self.groups, name)
        return owner

    def forget(self, surname: str) -> None:
        """The tallies of a surname changed: what was worked out for its names goes."""
        self.known.pop(surname, None)


def _opens_with_its_particle(tokens: tuple[str, ...], full: str) -> bool:
    """ "De Blasio" of "Bill de Blasio", "Le Pen" of "Marine Le Pen": the surname with the
    full name's particle (capitalised as a sentence's first word, or as the full name
    writes it). A given name that is also a particle opens no such ending: "Van Jones" is
    not "Tom Jones"."""
    if not _particled(tokens):
        return False
    first, rest = tokens[0], " ".join(tokens[1:])
    return full.endswith((f" {first} {rest}", f" {first.lower()} {rest}"))


def _particled(tokens: tuple[str, ...]) -> bool:
    """ "De Blasio": a name of two words or more opening with a capitalised particle."""
    first = tokens[0]
    return len(tokens) >= 2 and first[:1].isupper() and first.lower() in words()["particles"]


def _other_given_names(full: str, tokens: tuple[str, ...]) -> bool:
    """Two full names with one surname and different words before it, neither a longer
    form of the other: two people, whether or not a list knows the given names (an
    unfamiliar one is still a given name)."""
    own, tokens = _past_descriptions(tuple(full.split())), _past_descriptions(tokens)
    if len(own) < 2 or len(tokens) < 2 or own[0].rstrip(".") == tokens[0].rstrip("."):
        return False
    if _longer_name_of(full, tokens) or _longer_name_of(" ".join(tokens), tuple(own)):
        return False
    particles = words()["particles"]
    shorter, longer = sorted(
        (
            [name[0].lower()] + [w.lower() for w in name[1:] if w.lower() not in particles]
            for name in (own, tokens)
        ),
        key=len,
    )
    if longer[-len(shorter) :] == shorter and gender(shorter[0]) not in SURE:
        # "Vander Plaats" of "Bob Vander Plaats", "Suu Kyi" of Aung San's; but a full name
        # ending another is the son's ("Madyan Ali Abdullah Saleh" of Ali Abdullah Saleh)
        return False
    # a common word there may be no name ("Go Donald Trump"), unless it is a given name
    # too ("Ally Mussa Hamisi" and "Zainabu Hamisi": two people)
    return not any(
        common_word(word) and (gender(word.lower()) is None or word.lower() in particles)
        for word in (own[0], tokens[0])
    )


def _past_descriptions(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words past the description a sentence may open with and the run keeps
    ("Trader Rohana Ismail": a trader, and no "Trader" of the Ismails)."""
    described = words()["described"]
    start = 0
    while len(tokens) - start > 2 and tokens[start].lower() in described:
        start += 1
    return tokens[start:]


def _known_by_title(tally: Tally) -> bool:
    """A person the text has so far named by a title and surname alone ("President
    Dalton"): one the writer takes the reader to know."""
    return tally.role is not None and " " not in tally.name


def _other_role(tally: Tally, name: Name) -> bool:
    """A full name given another office than the titled surname seen ("Democratic
    candidate Hillary Clinton" after "President Clinton") is someone else of the family,
    not that person's first name: joining them would give her his office. "Vermont Sen.
    Bernie Sanders" after "Sen. Sanders", or a full name with no role, is the same person."""
    if name.role is None or tally.role is None:
        return False
    return not _role_words(name.role) & _role_words(tally.role)


def _role_words(role: str) -> set[str]:
    return {w.strip(".").casefold() for w in role.split()} - set(words()["connectors"])


def _same_role(tally: Tally, name: Name) -> bool:
    """The same office, or its initials ("MLA Clifton" of the Member of the Legislative
    Assembly Lisa Clifton)."""
    if name.role is None:
        return False
    if _office(tally.role or "") == _office(name.role):
        return True
    return name.role.isupper() and len(name.role) >= 2 and _role_initials(tally.role) == name.role


def _role_initials(role: str | None) -> str:
    """ "MLA" of "Member of the Legislative Assembly": its capitalised words' initials."""
    return "".join(word[0] for word in (role or "").split() if word[:1].isupper())


@cache
def _office(role: str) -> str:
    """The role less the countries it names: "US President" is the office "President"
    holds, as a text's "President Bush" is its "US President Bush". Any other word tells
    another office ("Vice President", "former President")."""
    kept, at = [], 0
    for entry, start, end in places.gazetteer_hits(role):
        if entry is not None and entry.kind == "country":
            kept.append(role[at:start])
            at = end
    return " ".join("".join([*kept, role[at:]]).split()).casefold()


def _other_initials(full: str, initials: str) -> bool:
    """ "George W. Bush" and "George H.W. Bush": one given name and surname, other middle
    initials (a name's `_initials`, not empty), a father and a son. Only where both names
    write initials: "George Bush" may be either."""
    mine = _initials_of(full)
    return bool(mine) and mine != initials


@cache
def _initials_of(full: str) -> str:
    return _initials(tuple(full.split()))


def _initials(tokens: tuple[str, ...]) -> str:
    middle = tokens[1:-1]
    letters = [t.replace(".", "") for t in middle if t.replace(".", "").isupper()]
    return "".join(letters) if letters and len("".join(letters)) <= 3 else ""


def _only_namesake(tally: Tally, first: str | None) -> Tally | None:
    """The one person with a surname, unless the name gives another given name ("Doug
    Ford" is not the "Rob Ford" seen). An honorific does not rule them out: a name list's
    sure gender is wrong for many names of other countries ("Ms Lepp" is Kadri Lepp)."""
    own = _given_of(tally.name)
    return tally if first is None or own in {None, first} else None


def same_given(one: str, other: str) -> bool:
    """Whether two given names may be one written two ways: "Jim." and "Jim", and
    "Mohamad" and "Mohammad" or "Sergey" and "Sergei" (one letter added, dropped or
    changed past the first, in a name of five letters or more), unless a name list gives
    them different genders ("Marie" and "Mario"; "Beverly", a woman's, and "Beverley",
    either's)."""
    one, other = one.rstrip("."), other.rstrip(".")
    if one == other:
        return True
    if min(len(one), len(other)) < 5 or one[0] != other[0] or not _one_edit(one, other):
        return False
    sexes = {gender(one.lower()), gender(other.lower())} - {None}
    return len(sexes) <= 1


def _one_edit(one: str, other: str) -> bool:
    """Whether one letter added, dropped or changed makes one word the other."""
    if abs(len(one) - len(other)) > 1:
        return False
    if len(one) > len(other):
        one, other = other, one
    for n, (mine, theirs) in enumerate(zip(one, other, strict=False)):  # `one` the shorter
        if mine != theirs:
            rest = one[n + 1 :] if len(one) == len(other) else one[n:]
            return rest == other[n + 1 :]
    return True


def _by_honorific(same: list[Tally], honorific: str | None) -> Tally | None:
    """ "Mrs. Okafor" with Jane and John Okafor: the honorific settles which, when
    exactly one of them has a given name of its gender."""
    sex = honorific_gender(honorific)
    matching = [t for t in same if sex and gender(_given_of(t.name) or "") == sex]
    return matching[0] if len(matching) == 1 else None


def _given(tokens: tuple[str, ...]) -> str | None:
    """The given name a name opens with. A particle opens a surname ("Le Pen", "Del
    Potro", "Van der Sar": a particle before another), unless it is also a given name of
    English ("Van Jones", "Al Gore": words.toml's given_particles)."""
    if len(tokens) < 2:
        return None
    if INITIALS_RE.fullmatch(tokens[0]):
        return tokens[0][0] + "."  # "D. Ganbold" and "B. Ganbold" are two people
    first, w = tokens[0].lower(), words()
    if first in w["particles"] and (
        first not in w["given_particles"] or tokens[1].lower() in w["particles"]
    ):
        return None
    return tokens[0] if gender(first) is not None else None


@cache
def _given_of(name: str) -> str | None:
    return _given(tuple(initials_apart(name).split()))


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


def _places(found: list[Found]) -> Counter[str]:
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
        if _IN_PLACE_CUE_RE.search(text)
        for name in {
            part
            for m in _in_place_re().finditer(text)
            if not _after_a_person_noun(text, m.start())
            for part in (m.group(1).strip(), _BEFORE_A_PARTICLE.split(m.group(1), 1)[0].strip())
        }
    )


_BEFORE_A_PARTICLE = re.compile(r" (?=[a-z])")


def _places_again(placed: Counter[str]) -> set[str]:
    """The one-word names put somewhere in two sentences or more: places. Once may be
    a turn of phrase that puts a person there ("in Mourinho they have a manager", "In
    O'Driscoll, Ireland have ..."); a place is where things happen again and again."""
    return {name for name, times in placed.items() if times >= 2 and " " not in name}


_WORD_BEFORE_RE = re.compile(r"([a-z][\w-]*)\s+$")


def _after_a_person_noun(text: str, start: int) -> bool:
    before = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1) in person_nouns()
