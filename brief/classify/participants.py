"""Who a sentence's event is between: the kinds of actor it names (a profile's
`participants`: states, officials, armed groups, a carmaker) and the states and bodies it
names as its sides (`foreign_sides`: is an article about one country's own affairs?).

A section's cues count fully only when its kinds of actor take part, so "signed a deal"
is diplomacy between governments and not between a carmaker and its supplier.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, count

from brief.classify.wording import (
    RECENT_TOKENS,
    STEMS,
    function_word_set,
    goes_on,
    stem_all,
    tokens,
)
from brief.extract.actors.places import gazetteer_hits
from brief.extract.lexicon import (
    Entry,
    PhraseMatcher,
    WordMemo,
    gazetteer,
    ship_prefixes,
    words,
)
from brief.profiles import GAZETTEER_KINDS, NATIONALITY, Profile

# A text's gazetteer hits, found once: an article's sentences are read for their sides
# (`sides`, for the country it is about) and for their kinds of actor (`Actors.kinds`),
# and the story's lead sentences again by story_profile (in a 1,000-article digest, 4,800
# sentences were scanned twice).
_PLACES = WordMemo(lambda text: tuple(gazetteer_hits(text)), kept=1 << 15)


def sides(text: str) -> frozenset[tuple[str, str]]:
    """The states and bodies a sentence names, as (name, kind): a country by its name, its
    seat or its demonym; a national body as its country, of kind "body" (the Senate is the
    United States at home, but not a state facing another); an organisation by its name;
    not a news outlet, which reports."""
    outlets = words()["news_outlets"]
    return frozenset(
        (entry.state, "body") if entry.state else (entry.name, entry.kind)
        for entry, _, _ in _PLACES[text]
        if entry is not None and entry.name.lower() not in outlets
    )


# The weight from which a one-word cue names an event by itself, where the profiles'
# actors and settings ("minister", "election", "plan") weigh 1 or less.
EVENT_WEIGHT = 2.0
# What names a country in `sides`: the country itself, or one of its national bodies.
STATE_KINDS = ("country", "body")
# An article names other states or bodies in this many sentences before it is about
# relations beside its own country: one passing mention ("since the Iraq war") is not.
FOREIGN_MENTIONS = 2


def one_country(named: Iterable[frozenset[tuple[str, str]]]) -> str | None:
    """The country an article is about, when it is about one country's own affairs: the
    one it names most (or "" when it names none), when fewer than FOREIGN_MENTIONS of its
    sentences name another state or body. None for an article about relations between
    states (a chancellor's tour of Kenya, Tanzania and Mozambique names each once).

    `named` is read lazily, and no further once no country could be the one: a long
    text about many countries is settled by its first few sentences, and the gazetteer
    scan of the rest (the cost of `sides`) is never made."""
    named = list(_until_several_countries(named))
    # (a sentence's sides in a fixed order: a set's order changes with the hash seed, and
    # two countries named as often had made the home, and so a release's diplomacy scores,
    # differ from run to run; of a tie, the one named in an earlier sentence is the home,
    # and within one sentence the first by name)
    mentions = Counter(side for found in named for side in sorted(found))
    countries = [name for (name, kind), _ in mentions.most_common() if kind in STATE_KINDS]
    home = countries[0] if countries else ""
    abroad = sum(any(name != home for name, _ in found) for found in named)
    return None if abroad >= FOREIGN_MENTIONS else home


def _until_several_countries(
    named: Iterable[frozenset[tuple[str, str]]],
) -> Iterator[frozenset[tuple[str, str]]]:
    """`named` up to the sentence after which every possible home country has at least
    FOREIGN_MENTIONS sentences naming something else (`one_country` is None then, and
    each further sentence can only add to those): the sentences that name anything,
    less those that name only that country. A country not named yet is the home of no
    sentence, and "" (none named) neither."""
    naming = 0
    only: Counter[str] = Counter()  # name -> sentences naming it and nothing else
    for found in named:
        yield found
        if not found:
            continue
        naming += 1
        first = next(iter(found))[0]
        if all(name == first for name, _ in found):
            only[first] += 1
        if naming - max(only.values(), default=0) >= FOREIGN_MENTIONS:
            return


@dataclass(frozen=True)
class _ActorMark:
    """What a word gives `Actors.kinds`: the kinds it names alone, and the longer
    phrases (kind, stems after the first) that may start at it."""

    kinds: frozenset[str]
    longer: tuple[tuple[str, tuple[str, ...]], ...]


class Actors:
    """Which kinds of actor a sentence names: the gazetteer's countries and organisations,
    and the profile's words for its own kinds ("minister"; "Labour" only capitalised)."""

    def __init__(self, profile: Profile) -> None:
        self.by_stem: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        # "forces*": a word as written (the noun "forces", not the verb "forced")
        self.by_prefix: dict[str, list[str]] = {}
        self.phrases = dict(profile.actors)
        self._naming: dict[frozenset[str], re.Pattern[str]] = {}
        names: dict[str, list[str]] = {}
        for kind, phrases in profile.actors:
            for phrase in phrases:
                if phrase[:1].isupper():  # a name: its own spelling, or its plural
                    names.setdefault(kind, []).append(phrase)
                    continue
                if phrase.endswith("*"):
                    prefix = "".join(tokens(phrase[:-1]))
                    if prefix:
                        self.by_prefix.setdefault(kind, []).append(prefix)
                    continue
                stems = tuple(stem_all(tokens(phrase)))
                if stems:
                    self.by_stem.setdefault(stems[0], []).append((kind, stems))
        # Each name as written, with no word character or hyphen before it: tested after
        # its capital, so `re` skips to the names' first letters (twice as fast as a
        # pattern that opens with the test, which is tried at every position).
        self.names = {
            kind: re.compile(
                "(?:"
                + "|".join(
                    re.escape(phrase[0]) + r"(?<![\w-].)" + re.escape(phrase[1:])
                    for phrase in found
                )
                + r")(?:s|es)?(?![\w-])"
            )
            for kind, found in names.items()
        }
        # All of them at once, anywhere: most sentences hold none, and one pass over the
        # text in C says so (the patterns are searched only when one does).
        self.any_name = PhraseMatcher(
            {phrase: kind for kind, found in names.items() for phrase in found}
        )
        self.ships = frozenset(
            kind
            # (a kind of actor that lists a noun a ship's prefix abbreviates by itself
            # takes any ship a prefix names: words.toml's prefixed_ship_nouns)
            for noun in stem_all(sorted(words()["prefixed_ship_nouns"]))
            for kind, phrase in self.by_stem.get(noun, ())
            if len(phrase) == 1
        )
        self.prefixed = ship_prefixes() if self.ships else None
        self.prefixes = {kind: tuple(found) for kind, found in self.by_prefix.items()}
        self.any_prefix = tuple(p for found in self.prefixes.values() for p in found)
        # What a word starts (`_ActorMark`), or None for most words: each distinct word is
        # asked once, and a sentence's actor words are found by look-ups in C.
        self.starts = WordMemo(self._starts)
        wanted = {kind for s in profile.sections for kind in s.participants}
        self.gazetteer = frozenset(wanted & set(GAZETTEER_KINDS))
        # The nouns of the events that take place between actors (the one-word cues of the
        # sections with participants that name an event alone, not an actor's word:
        # "government", "election"): a state in the possessive before one is its agent
        # ("Rabat's rebuke", "Russia's invasion"), not a nationality.
        self.events = frozenset(
            stems[0]
            for s in profile.sections
            if s.participants
            for phrase, weight in s.cues
            if weight >= EVENT_WEIGHT and not phrase.endswith("*")
            for stems in (stem_all(tokens(phrase)),)
            if len(stems) == 1
        )

    def _starts(self, word: str) -> _ActorMark | None:
        """The kinds a word names by itself (a one-word phrase of its stem, or a prefix it
        starts with), and the longer phrases its stem starts; None when neither."""
        phrases = self.by_stem.get(STEMS[word], ())
        if not (phrases or word.startswith(self.any_prefix)):
            return None
        alone = {kind for kind, phrase in phrases if len(phrase) == 1}
        alone |= {kind for kind, prefixes in self.prefixes.items() if word.startswith(prefixes)}
        longer = tuple((kind, phrase[1:]) for kind, phrase in phrases if len(phrase) > 1)
        return _ActorMark(frozenset(alone), longer)

    def heads(self, words_of: Sequence[str]) -> tuple[dict[str, frozenset[str]], set[int]]:
        """The last words (stems) of the actor phrases of two words or more a text writes
        in full ("border guard", "armed group"), each with the kinds that phrase names, and
        where in the text those last words stand: a later mention by that word alone ("the
        guard", "the group") is the same actor (see classify.articles.classify_all), where
        it heads no full phrase of its own ("the home secretary" after "the foreign
        secretary")."""
        found: dict[str, set[str]] = {}
        ends: set[int] = set()
        for pos, mark in enumerate(map(self.starts.__getitem__, words_of)):
            if mark is None:
                continue
            for kind, rest in mark.longer:
                if goes_on(words_of, pos, rest):
                    found.setdefault(rest[-1], set()).add(kind)
                    ends.add(pos + len(rest))
        return {stem: frozenset(kinds) for stem, kinds in found.items()}, ends

    def shortened(self, words_of: Sequence[str], heads: Mapping[str, frozenset[str]]) -> set[str]:
        """The kinds of the actors a text names by the last word alone of a phrase its
        article wrote in full before (`heads`, see Actors.heads: "guard killed in shooting"
        after "a Kyrgyz border guard"): the word heads no full phrase here, and nothing but
        a function word, a number or a country's name stands before it (a "trade secretary"
        is not the "foreign secretary" named before)."""
        found: set[str] = set()
        ends = self.heads(words_of)[1]
        skipped = function_word_set()
        for pos, word in enumerate(words_of):
            kinds = heads.get(STEMS[word])
            if kinds is None or pos in ends or kinds <= found:
                continue
            before = words_of[pos - 1] if pos else ""
            if not before or before in skipped or _country_word(before):
                found |= kinds
        return found

    def naming(self, kinds: frozenset[str]) -> re.Pattern[str]:
        """One pattern for the words of `kinds` and their plurals ("embassies"): a quick
        test of whether a sentence names one, without reading it word by word."""
        if kinds not in self._naming:
            forms = []
            for kind in sorted(kinds):
                for phrase in self.phrases.get(kind, ()):
                    body = re.escape(phrase.rstrip("*").lower()).replace(r"\ ", r"\s+")
                    if body.endswith("y"):  # "embassy", "embassies"; "envoy", "envoys"
                        forms.append(body[:-1] + "(?:y|ys|ies)")
                    else:
                        forms.append(body + "(?:s|es)?")
            pattern = "|".join(forms) or r"(?!)"
            self._naming[kinds] = re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)
        return self._naming[kinds]

    def kinds(
        self,
        text: str,
        enough: Callable[[set[str]], bool] | None = None,
        words_of: Sequence[str] | None = None,
    ) -> frozenset[str]:
        """The kinds named; the words first, and the gazetteer only when they are not
        `enough` (its scan costs most). `words_of`: the text's `tokens`, when known."""
        found: set[str] = set()
        if words_of is None:
            words_of = RECENT_TOKENS[text]
        marked = list(map(self.starts.__getitem__, words_of))
        for pos, mark in zip(compress(count(), marked), filter(None, marked), strict=True):
            found |= mark.kinds
            for kind, rest in mark.longer:
                if kind not in found and goes_on(words_of, pos, rest):
                    found.add(kind)
        if self.any_name.occurs_in(text):
            for kind, name in self.names.items():
                if kind not in found and name.search(text):
                    found.add(kind)
        if self.prefixed is not None and not self.ships <= found and self.prefixed.search(text):
            found |= self.ships
        if self.gazetteer and not (enough and enough(found)):
            for entry, start, end in _PLACES[text]:
                agent = self._agent(entry, text, start, end)
                if agent is not None:
                    found.add(agent.kind)
                elif entry is not None:
                    kind = NATIONALITY if _modifies(entry, text, end) else entry.kind
                    if kind in self.gazetteer:
                        found.add(kind)
        return frozenset(found)

    def _agent(self, entry: Entry | None, text: str, start: int, end: int) -> Entry | None:
        """The state a country's name or seat in the possessive names as the agent of the
        event noun after it (a nominal event's subject: "Rabat's rejection of the plan
        surprised no one", "Moscow's swift rebuke"), where the gazetteer reads a seat so
        placed as the city and a name as a nationality ("Japan's largest bank")."""
        if entry is None:  # a seat read as the city: "Rabat's", not "Rabat said"
            entry = gazetteer().get(text[start:end])
            if entry is None or entry.form != "seat":
                return None
        if entry.kind != "country" or entry.form == "demonym" or "country" not in self.gazetteer:
            return None
        found = _POSSESSED.match(text, end)
        if found is None:
            return None
        return entry if any(STEMS[w.lower()] in self.events for w in found.groups() if w) else None


def _country_word(word: str) -> bool:
    """Whether a lower-cased word is a country's name or demonym ("kyrgyz", "tajik")."""
    entry = gazetteer().get(word.capitalize())
    return entry is not None and entry.kind == "country"


_MODIFIER_AFTER = ("'s", "\u2019s", "-")
# What a possessive takes: its noun, or an adjective and its noun ("Moscow's swift rebuke").
_POSSESSED = re.compile(r"(?:'s|\u2019s) ([a-z]+)\b(?: ([a-z]+)\b)?")
# Diplomatic English names a state as a party by its demonym or its name before "side"
# ("the Iranian side rejected the request of the Greek side", "urges the US side"): the
# state itself, not a thing of its nationality. So does news by its leaders ("Palestinian
# leaders rejected the plan", "Bosnian Serb leaders warned", "Israel's leadership"): a
# people's or a state's politicians, where a noun between says whose other leaders they
# are ("British business leaders", "Iranian religious leaders").
_PARTY = re.compile(r" sides?\b|(?:'s|\u2019s)? (?:leaders|leadership)\b")


def _modifies(entry: Entry, text: str, end: int) -> bool:
    """A demonym, or a country in the possessive, a compound or before a noun ("Japan's
    largest bank", "London-based", "a US defence company"), says whose an actor is, not
    that the country acts: a nationality. Before "side" or "leaders" it names the state as
    a party."""
    if entry.kind == "country" and _PARTY.match(text, end):
        return False
    return entry.form == "demonym" or (
        entry.kind == "country"
        and (
            text.startswith(_MODIFIER_AFTER, end)
            or (entry.form != "seat" and _noun_after(text, end))
        )
    )


_NEXT_WORDS = re.compile(r" ([a-z]+)\b(?: ([a-z]+)\b)?")


def _noun_after(text: str, end: int) -> bool:
    """A lower-case word right after a name that is no function word, no verb form and
    no adverb before one ("US defence", not "US said", "Russia invaded", "Iran warns",
    "China will", "China firmly supports")."""
    found = _NEXT_WORDS.match(text, end)
    if found is None:
        return False
    word, then = found.groups()
    adverb = word.endswith("ly") and word not in words()["ly_not_adverbs"]
    if adverb and then is not None and _verb_form(then):
        return False  # an -ly adverb before its verb: "Turkey strongly condemned"
    return not (_verb_form(word) or word in function_word_set())


def _verb_form(word: str) -> bool:
    lists = words()
    return word.endswith(("s", "ed")) or word in lists.speech or word in lists.irregular
