"""The countries a report names, places its event in, or whose government acts, read
from the gazetteer: names, aliases, seats of government, demonyms and acronyms.

Look-alike events (two quakes told in one wire template, two ministers' resignations) are
most often told apart by where they happened; a text names countries in many ways ("Sri
Lanka", "U.S.", "Japanese", "Tokyo's") and recalls some that are not its event's.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Sequence
from functools import cache

from brief.extract import lexicon
from brief.stories.apart.mentions import PASSING_LINES
from brief.stories.texts import LEAD_SENTENCES, PLAIN_TERMS, TERMS, Text


@cache
def country_words() -> frozenset[str]:
    """The words of the gazetteer's countries: their names, aliases, seats of government
    and demonyms, casefolded ("sri", "lanka", "manila", "philippine"). Two events of one
    country share them; they tell neither which."""
    return frozenset(
        word
        for form, entry in lexicon.gazetteer().items()
        if entry.kind == "country"
        for word in _words_of(form)
    )


@cache
def country_forms() -> frozenset[tuple[str, ...]]:
    """Country names, aliases and demonyms as tokens read them ("guinea-bissau",
    "sri lanka"), not their seats of government."""
    return frozenset(
        _words_of(form)
        for form, entry in lexicon.gazetteer().items()
        if entry.kind == "country" and entry.form != "seat"
    )


@cache
def country_names() -> frozenset[str]:
    """The words of the gazetteer's country names, aliases and demonyms, casefolded, not
    their seats of government: "denmark", "danish", not "copenhagen"."""
    return frozenset(
        word
        for form, entry in lexicon.gazetteer().items()
        if entry.kind == "country" and entry.form != "seat"
        for word in _words_of(form)
    )


@cache
def countries_by_form() -> dict[tuple[str, ...], str]:
    """Country names, aliases and seats of government (casefolded words: "sri", "lanka";
    "baghdad") -> the country: a capital places a report as its country's name does. Not
    demonyms: "the Swiss leader" says whose, not where."""
    return {
        _words_of(form): entry.name
        for form, entry in lexicon.gazetteer().items()
        if entry.kind == "country" and entry.form in ("name", "seat")
    }


def _words_of(form: str) -> tuple[str, ...]:
    """A gazetteer form as tokens read it: casefolded words, no full stop at the end of
    one ("U.S." is the token "u.s")."""
    return tuple(lexicon.unaccented(word.casefold()).rstrip(".") for word in form.split())


@cache
def _acronyms() -> frozenset[tuple[str, ...]]:
    """Country names written in capitals ("US", "CAR", "U.S."), casefolded: as a word in
    lower case they are another word ("us", "car")."""
    return frozenset(
        _words_of(form)
        for form, entry in lexicon.gazetteer().items()
        if entry.kind == "country" and form.replace(".", "").isupper()
    )


def named_countries(
    tokens: Sequence[str],
    belonging: Collection[str] = (),
    *,
    written: bool = False,
    regions: Collection[tuple[str, str]] = (),
) -> frozenset[str]:
    """The countries a run of casefolded tokens names, one word or two ("Sri Lanka"),
    less those named after "of" (`belonging`: "Contador of Spain" is whose, not where)
    and those inside a longer place name its text writes (`regions`, see Text.regions:
    "New Mexico" is no Mexico). Tokens `written` as the text has them must be written as
    a name is: capitalised, and in capitals where the name is ("US warplanes", not "told
    us"; "Turkey", not "turkey")."""
    countries, firsts, acronyms = countries_by_form(), _country_starts(), _acronyms()
    # Each distinct token is read once (a text's words repeat, and a whole text's are
    # asked): the lengths of the countries' names it may open, where it opens one.
    distinct = [token for token in set(tokens) if token[:1].isupper()] if written else set(tokens)
    # "india's" of "the Reserve Bank of India's committee"
    words = map(PLAIN_TERMS.__getitem__, map(str.casefold, distinct) if written else distinct)
    opens = {
        token: firsts[word]  # only a country's first word
        for token, word in zip(distinct, words, strict=True)
        if word in firsts and word not in belonging
    }
    pairs = _country_pairs()
    found = set()
    for token, n in _positions(tokens, opens):
        # a name of two words or more is asked for only where the next word is its second:
        # "the" opens a few (the Gambia), and every text's "the" had made a name of each
        # length (four in five of a text's possible openings)
        second = (TERMS[token], TERMS[tokens[n + 1]]) if n + 1 < len(tokens) else None
        for length in opens[token]:
            if length > 1 and second is not None and second not in pairs:
                continue
            form = tuple(map(TERMS.__getitem__, tokens[n : n + length]))
            if (
                form in countries
                and not (written and form in acronyms and not token.isupper())
                and not _in_place_name(tokens, n, form, regions)
            ):
                found.add(countries[form])
    return frozenset(found)


def _in_place_name(
    tokens: Sequence[str], at: int, form: tuple[str, ...], regions: Collection[tuple[str, str]]
) -> bool:
    """Whether a country's name (not its seat: "Central London" is London) at token `at`
    is the end of a longer place name its text writes ("Northern Ireland", "Lake Chad"):
    there it is no country. A country named so is matched as longer ("North Korea")."""
    if at == 0 or not regions or form in _seats():
        return False
    before = TERMS[tokens[at - 1]]
    return (before, form[0]) in regions


@cache
def _seats() -> frozenset[tuple[str, ...]]:
    """Seats of government as tokens read them, that are not also a country's name."""
    forms = lexicon.gazetteer().items()
    return (
        frozenset(
            _words_of(form)
            for form, entry in forms
            if entry.kind == "country" and entry.form == "seat"
        )
        - country_forms()
    )


@cache
def _demonyms() -> dict[str, str]:
    """Demonyms (casefolded, one word: "japanese") -> their country."""
    return {
        lexicon.unaccented(form.casefold()): entry.name
        for form, entry in lexicon.gazetteer().items()
        if entry.kind == "country" and entry.form == "demonym" and " " not in form
    }


def _grounds(tokens: Sequence[str]) -> frozenset[str]:
    """The countries whose ground, sea or sky a run of casefolded tokens places something
    in: a demonym before one of words.toml's ground_nouns ("Japanese airspace")."""
    demonyms, ground = _demonyms(), lexicon.words()["ground_nouns"]
    found = set()
    for word, after in zip(tokens, tokens[1:], strict=False):
        if after in ground and (plain := lexicon.unaccented(word)) in demonyms:
            found.add(demonyms[plain])
    return frozenset(found)


def _governments(tokens: Sequence[str]) -> frozenset[str]:
    """The countries whose government a run of casefolded tokens names: a demonym before
    one of words.toml's leader_nouns ("the Czech government", "Spanish cabinet"). A
    government's fall, vote or decree is its country's event, as "Bulgaria's government"
    places one; a demonym before anything else ("an Indonesian boat") places nothing."""
    demonyms, governing = _demonyms(), lexicon.words()["leader_nouns"]
    return frozenset(
        demonyms[plain]
        for word, after in zip(tokens, tokens[1:], strict=False)
        if after in governing and (plain := lexicon.unaccented(word)) in demonyms
    )


@cache
def _country_pairs() -> frozenset[tuple[str, str]]:
    """The first two words of each country's name of two words or more."""
    return frozenset((form[0], form[1]) for form in countries_by_form() if len(form) > 1)


@cache
def _country_starts() -> dict[str, tuple[int, ...]]:
    """Each country name's first word, as a token reads it, and the lengths its names have."""
    starts: dict[str, set[int]] = defaultdict(set)
    for form in countries_by_form():
        starts[form[0]].add(len(form))
    return {word: tuple(sorted(lengths)) for word, lengths in starts.items()}


def told_places(text: Text) -> frozenset[str]:
    """The countries a text tells, not recalls (see recalled_elsewhere): those its
    headline and lead name, or whose ground they name, and those that more than
    PASSING_LINES of its sentences name."""
    ends = text.sentence_ends
    lines = Counter(
        country
        for start, end in zip([0, *ends], ends, strict=False)
        for country in named_countries(text.words[start:end], regions=text.regions)
    )
    lead = text.words[: ends[min(LEAD_SENTENCES, len(ends)) - 1]] if ends else []
    told = {country for country, n in lines.items() if n > PASSING_LINES}
    told |= named_countries(lead, regions=text.regions) | _grounds(lead)
    told |= named_countries(text.lead, regions=text.regions)
    return frozenset(told | _grounds(text.lead) | _governments(text.lead))


def lead_places(texts: Sequence[Text]) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Per text: the countries its headline or first sentence names (opening it too: "Sri
    Lanka has recorded 9,790 cases", where the look-alike reports say "Bangladesh has
    recorded") or whose ground it names ("violates Japanese airspace"), and all it names.
    (A country named once, in a body's name, is named: "the National Bank of the Kyrgyz
    Republic" keeps a som report by the Kyrgyz press with the wire's; a line recalling
    another event is named_in_passing's, or recalled_elsewhere's.)"""
    placed = [
        named_countries(text.written_lead, text.belonging, written=True, regions=text.regions)
        | _grounds(text.lead)
        | _governments(text.lead)
        for text in texts
    ]
    # what a headline places ("Paris, London and Berlin prepare a censure") the text names,
    # though its body may name the capitals no more
    return [
        (
            where,
            where
            | named_countries(text.words, regions=text.regions)
            | demonymed(text.words, text.regions),
        )
        for where, text in zip(placed, texts, strict=True)
    ]


def lead_regions(texts: Sequence[Text]) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Per text, as lead_places gives countries: the regions its headline or first
    sentence places its event in by a compass point written in small letters before a
    name that is no country's ("a wildfire in northern Nevada", "floods across southern
    Oregon"), and those of the pile's such regions whose every word it mentions anywhere.

    A wire tells a fire in one state and a fire in another in one template, every word
    alike but the places, people and figures, and no country's name tells them apart (r70
    F3); its leads place each where the other never goes."""
    calendar_words = _calendar()
    placed = [
        {
            region
            for region in text.compassed
            if not set(region) <= country_words() and not set(region) & calendar_words
        }
        for text in texts
    ]
    every = set().union(*placed)
    return [
        (
            frozenset(" ".join(region) for region in where),
            frozenset(" ".join(region) for region in every if set(region) <= text.terms),
        )
        for where, text in zip(placed, texts, strict=True)
    ]


@cache
def _calendar() -> frozenset[str]:
    return lexicon.weekday_names() | lexicon.month_names()


def demonymed(tokens: Sequence[str], regions: Collection[tuple[str, str]] = ()) -> frozenset[str]:
    """The countries a run of casefolded tokens names by a demonym: a neighbour's reaction
    to "the ramming of an Indonesian boat by Vietnamese ships" mentions both countries,
    though a demonym places nothing (see countries_by_form). A country's ground ("Japanese
    waters") is named by its demonym as well."""
    demonyms = _demonyms()
    # each distinct token read once: few are demonyms
    plain = {word: form for word in set(tokens) if (form := lexicon.unaccented(word)) in demonyms}
    return frozenset(
        demonyms[plain[word]]
        for word, n in _positions(tokens, plain)
        if not _in_place_name(tokens, n, (plain[word],), regions)
    )


def _positions(tokens: Sequence[str], wanted: Collection[str]) -> Iterator[tuple[str, int]]:
    """Each token of `wanted` and every place it stands in a run of tokens, found by the
    run's own index (in C): a whole text's 600 tokens had each been asked whether it is
    wanted, a tenth of lead_places' time, where a text names a few countries at most."""
    for token in wanted:
        at = -1
        while True:
            try:
                at = tokens.index(token, at + 1)
            except ValueError:
                break
            yield token, at


def spoken_of(text: Text) -> frozenset[str]:
    """The countries a text's lead names, by name or demonym, and those more than
    PASSING_LINES of its sentences name so: what it tells, not recalls in a line or two
    ("The decision came on the same day that Peru's central bank ..."). A report of one
    side of a border clash names the other side ("Peruvian troops") again and again."""
    ends = text.sentence_ends
    lines = Counter(
        country
        for start, end in zip([0, *ends], ends, strict=False)
        for country in named_countries(text.words[start:end], regions=text.regions)
        | demonymed(text.words[start:end], text.regions)
    )
    told = {country for country, n in lines.items() if n > PASSING_LINES}
    spans = country_spans(text.written_lead, text.regions)
    return frozenset(told | {country for _, _, country in spans})


def country_spans(
    tokens: Sequence[str], regions: Collection[tuple[str, str]] = ()
) -> list[tuple[int, int, str]]:
    """Where a run of tokens as written names a country, by its name, its seat or a
    demonym ("Peru's", "Sri Lanka", "Guatemalan"), not inside a longer place name its
    text writes (`regions`: "Northern Ireland's"): start, end (past its last word) and
    the country."""
    countries, firsts, demonyms = countries_by_form(), _country_starts(), _demonyms()
    spans = []
    for n, token in enumerate(tokens):
        if not token[:1].isupper():
            continue
        word = TERMS[token]
        if word in demonyms and not _in_place_name(tokens, n, (word,), regions):
            spans.append((n, n + 1, demonyms[word]))
        for length in firsts.get(word, ()):
            form = tuple(map(TERMS.__getitem__, tokens[n : n + length]))
            if (
                form in countries
                and not (form in _acronyms() and not token.isupper())
                and not _in_place_name(tokens, n, form, regions)
            ):
                spans.append((n, n + length, countries[form]))
    return spans


def placed_elsewhere(
    places: Sequence[tuple[frozenset[str], frozenset[str]]], one: int, other: int
) -> bool:
    """Whether two texts report events in two countries: each one's headline or first
    sentence places it in a country the other never mentions ("struck southern Chile",
    "struck south-eastern Iran"). Reports of one event name its country, and a report from
    another angle names it somewhere, by its name or a demonym (a neighbour's call for
    restraint after the ramming of "an Indonesian boat"); two look-alike events told in
    one wire template share every word but their places, people and numbers."""
    (placed, named), (other_placed, other_named) = places[one], places[other]
    return bool(placed - other_named) and bool(other_placed - named)
