"""People: one tally a person, however many ways the text names them. "Fomin" joins
"Alexander Fomin"; two given names with one surname ("Rob Ford", "Doug Ford") are two
people; a name written with and without its accents, a given name spelt two ways in
one article, or a short form of it ("Ken Starr", "Kenneth Starr"), is one; "The
chancellor" after a sentence that names one person only may be their role.

The steps in order (`people`); which mentions are a person's (mention_evidence), which
tally a name is (same_person) and how mentions are counted (mention_counts) are
modules of their own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from brief.extract.actors import mononyms
from brief.extract.actors.called_by_name import word_ends
from brief.extract.actors.names import Name, surname_of
from brief.extract.actors.roles import role_word_set
from brief.extract.actors.tallies.lone_words import inner_surnames, known_by_given_name
from brief.extract.actors.tallies.mention_counts import count_mentions, share_surname
from brief.extract.actors.tallies.mention_evidence import Shown, evidence_test
from brief.extract.actors.tallies.name_forms import (
    given_in,
    listed_short_form,
    opens_with_its_particle,
    particle_led,
    same_given,
    short_form_of,
    ungenerational,
)
from brief.extract.actors.tallies.offices_to_come import roles_to_come
from brief.extract.actors.tallies.placed_names import count_placed, places_again
from brief.extract.actors.tallies.same_person import NameKey, Owners, office
from brief.extract.actors.tallies.tally_record import Found, Tally, joined_by
from brief.extract.actors.word_knowledge import gender, given_name
from brief.extract.lexicon import (
    WordMemo,
    alternation,
    honorific_gender,
    unaccented,
    word_codes,
    words,
)
from brief.models import Sentence


def people(found: list[Found], sentences: Sequence[Sentence] = ()) -> list[Tally]:
    """Group person names by surname, so "Fomin" joins "Alexander Fomin"; two given names
    with one surname ("Rob Ford", "Doug Ford") are two people, and a bare "Ford" then
    counts for the one its source names at least twice as often in full, or for neither.
    People known by one word only ("Edu") are those the text marks (see mononyms)."""
    found = _without_demonyms(_without_surnames_as_given(found), sentences)
    owner = Owners({})  # one memo of same_person for the three steps, see Owners
    placed = count_placed(found)
    # (the one-word names kept apart from full names, read by both: 0.08 s of CPU a time
    # on the 1,000-article inbox)
    kept_apart = mononyms.apart(found)
    one_word = mononyms.marked(found, sentences, kept_apart)
    groups = _open_tallies(found, one_word, owner, placed, kept_apart)
    _complete_names(found, owner)
    tallies = [t for same in groups.values() for t in same]
    shared, by_given_name = count_mentions(found, owner, places_again(placed))
    # before share_surname: "Starr said" beside Ken and Kenneth Starr is his, not neither's
    short = _one_by_short_forms(groups)
    tallies = [t for t in tallies if id(t) not in short]
    for surname, mentions in shared.items():
        share_surname(groups[surname], mentions)
    for tally, sentence in by_given_name:  # after share_surname, which weighs full names only
        short.get(id(tally), tally).add(sentence)
    named = _one_spelt_two_ways(_one_with_or_without_accents([t for t in tallies if t.count]))
    named = _one_by_initial(named)
    named = _one_in_either_order(named)
    named = _one_by_own_names(named)
    named = _one_by_alias(named, sentences)
    named = _one_by_birth_name(named, sentences)
    _roles_by_epithet(named, sentences)
    roles_to_come(named, found, sentences)
    return named


def _without_surnames_as_given(found: list[Found]) -> list[Found]:
    """ "Warren and Bernie Sanders" beside "Elizabeth Warren", "Hillary and Tim Kaine"
    beside "Hillary Clinton": a given name read as sharing the surname of the full name
    after its "and" (Name.joint) is no one's when the text writes it as another name's
    last word, or as the given name of someone of another surname; the joint name is
    left out."""
    if not any(name.joint for _, _, name in found):
        return found
    full = [name.tokens for _, _, name in found if len(name.tokens) >= 2 and not name.joint]
    surnames = {tokens[-1] for tokens in full}
    given = {(tokens[0], tokens[-1]) for tokens in full}

    def someone_elses(name: Name) -> bool:
        first, last = name.tokens[0], name.tokens[-1]
        return first in surnames or any(g == first and s != last for g, s in given)

    return [f for f in found if not (f[2].joint and someone_elses(f[2]))]


_CAPITALISED_RE = re.compile(r"\b[A-Z][a-z]{3,}\b")


def _capitalised_in(word: str, text: str) -> bool:
    """Whether the word is one of the text's capitalised words of four letters or more
    (`_CAPITALISED_RE`), written whole."""
    found = _CAPITALISED_RE.fullmatch(word) is not None
    return found and next(word_ends(text, word), None) is not None


def _without_demonyms(found: list[Found], sentences: Sequence[Sentence]) -> list[Found]:
    """ "the Ulangan government" beside "Ulanga counts votes": a lone word that is a
    word its source names, no given name, with a people's ending added (words.toml's
    demonym_endings) is that land's adjective, though the gazetteer knows neither; not
    "Julian" beside "Julia", a given name."""
    lone = {(name.text, sentence.source) for _, sentence, name in found if len(name.tokens) == 1}
    if not lone:
        return found
    # each source's text, in which the few words asked are sought (a set of each
    # source's capitalised words had been made, 0.06 s of CPU on the 1,000-article inbox)
    by_source: dict[int, list[str]] = {}
    for sentence in sentences:
        by_source.setdefault(sentence.source, []).append(sentence.text)
    written = {source: "\n".join(texts) for source, texts in by_source.items()}
    endings = words()["demonym_endings"]
    adjectives = {
        (word, source)
        for word, source in lone
        if gender(word) is None
        and any(
            word.endswith(ending)
            and _capitalised_in(word[: -len(ending)], written.get(source, ""))
            and gender(word[: -len(ending)]) is None
            for ending in endings
        )
    }
    if not adjectives:
        return found
    return [f for f in found if (f[2].text, f[1].source) not in adjectives]


def _one_with_or_without_accents(people: list[Tally]) -> list[Tally]:
    """ "René Préval" and "Rene Preval": one name, with its accents or without (an outlet's
    style, or a wire's plain letters), is one person, in one article or across them as the
    same name written alike is; listed under the form written most, the other kept as a
    spelling. Not the one "another" introduced: the text says it is someone else."""
    return joined_by(people, lambda t: ("another " if t.another else "") + unaccented(t.name))


def _one_in_either_order(people: list[Tally]) -> list[Tally]:
    """ "Hiroshi Tanaka" in a wire's order and "Tanaka Hiroshi" in a Japanese outlet's
    (family name first): the same two words, reversed, in two articles of one brief
    are one person's name, joined under the form written most, the other kept as a
    spelling. Not where either gives the other another office, nor where one article
    writes both (an outlet keeps one order: "Li Wei" and "Wei Li" there are two)."""
    by_words = {tuple(t.name.split()): t for t in people}

    def either_order(tally: Tally) -> str | None:
        words_of = tuple(tally.name.split())
        if len(words_of) == 3 and len(set(words_of)) == 3:
            return _surname_moved(tally, words_of)
        if len(words_of) != 2 or words_of[0] == words_of[1]:
            return None
        other = by_words.get(words_of[::-1])
        if other is None or other.kind != "person" or tally.kind != "person":
            return None
        if tally.role and other.role and office(tally.role) != office(other.role):
            return None
        if not tally.sources.isdisjoint(other.sources):
            return None  # one article keeps one order: both there are two people
        return " ".join(sorted(words_of))

    def _surname_moved(tally: Tally, words_of: tuple[str, ...]) -> str | None:
        # "Seitkali Yerlan Bolatovich" of a decree beside "Yerlan Bolatovich Seitkali":
        # the last of three names written first, as official orders write a name, is
        # the same three names of one person, in one article too
        moved = (words_of[2], words_of[0], words_of[1])
        other = by_words.get(moved) or by_words.get((words_of[1], words_of[2], words_of[0]))
        if other is None or other.kind != "person" or tally.kind != "person":
            return None
        if tally.role and other.role and office(tally.role) != office(other.role):
            return None
        return " ".join(sorted(words_of))

    return joined_by(people, either_order)


def _one_by_own_names(people: list[Tally]) -> list[Tally]:
    """ "Mohd Hafiz" after "Mohd Hafiz bin Ismail": a name that links the person's own
    names to the father's ("bin", "binti", "a/l") is written again as the own names
    alone, as Malay and Malaysian Indian names are; that short form is the person's, in
    an article that writes both, when one full name there opens with it and neither
    gives the other another office. So is the opening of a name written without the
    link ("Mohd Rosli" of "Mohd Rosli Abdul Hamid"), unless someone else is called by
    that name's last word ("Rahim" of Rahim Yaacob beside "Mohd Azlan Rahim"). Joined
    under the full name, the short one kept as a spelling (quotes find a speaker by it)."""
    links = words()["patronymic_links"]
    by_own: dict[tuple[str, ...], list[Tally]] = {}
    for tally in people:
        own = own_names(tuple(tally.name.split()), links)
        if own is not None:
            by_own.setdefault(own, []).append(tally)
        else:
            for opening in _openings(tally.name):
                by_own.setdefault(opening, []).append(tally)
    joined: set[int] = set()
    openers = {tally.name.split()[0] for tally in people if " " in tally.name}
    for short in people:
        full = by_own.get(tuple(short.name.split()), [])
        if len(full) != 1 or full[0] is short or short.sources.isdisjoint(full[0].sources):
            continue
        if own_names(tuple(full[0].name.split()), links) is None and (
            full[0].name.split()[-1] in openers
        ):
            # "Mohd Azlan Rahim" beside "Rahim Yaacob": "Rahim said" is the village
            # head's given name, and the long name's last word no surname to read it by
            continue
        if short.role and full[0].role and _other_offices(short.role, full[0].role):
            continue
        full[0].join(short)
        joined.add(id(short))
    return [t for t in people if id(t) not in joined]


def _other_offices(one: str, other: str) -> bool:
    """Whether two roles name two offices: not when one is a style alone ("Justice",
    words.toml's style_nouns), how the holder of a bench's office is addressed, beside
    the office itself ("judge of the Supreme Court", "President of the Court of
    Appeal")."""
    styles = word_codes("style_nouns")
    return office(one) != office(other) and not {one.casefold(), other.casefold()} & set(styles)


def _one_by_alias(people: list[Tally], sentences: Sequence[Sentence]) -> list[Tally]:
    """ "Maria Souza, 64, known to everyone in town as Dona Cida": the name a sentence
    gives right after "known ... as" (or "nicknamed", "dubbed", or a pen or stage name:
    "who writes under the pen name", "who publishes as") following a person's full name
    is that person's other name, joined under the full one (kept as a spelling, by which
    quotes find the speaker); elsewhere it would be a second person. So is a name written
    before its "(real name Full Name)": a person is listed by the legal name.
    The full names, the alias words' first words and the pattern are made once, not for
    each sentence that may hold an alias (for each of the 1,000-article inbox's 97, all
    its 2,803 people's names had been split again: 0.09 -> 0.05 s of CPU). A sentence is
    searched for the clause once before each full name is looked for in it: 7 of the
    inbox's 97 sentences that write an alias word hold one after any comma, and every
    name had been sought in all 97 (0.05 s of CPU)."""
    if not sentences or not people:
        return people
    by_name = {t.name: t for t in people}
    _pronoun_aliases(people, by_name, sentences)
    full_names = [full for full in by_name if len(full.split()) >= 2]
    openers = [word.split()[0] for word in words()["alias_words"]]
    nouns = [w for key in ("pen_name_words", "legal_name_words") for w in words()[key]]
    pattern, legal = _alias_pattern(), _legal_name_pattern()
    joined: set[int] = set()
    for sentence in sentences:
        pairs = _identities(sentence.text, by_name)
        if (
            not pairs
            and not any(word in sentence.text for word in openers)
            and not any(noun in sentence.text.casefold() for noun in nouns)
            and "whom " not in sentence.text
        ):
            continue
        if pattern.search(sentence.text) is not None:
            # (no full name is followed by the clause if none is anywhere)
            pairs += _aliases(sentence.text, by_name, full_names, pattern)
        if legal.search(sentence.text) is not None:
            pairs += _legal_names(sentence.text, by_name, legal)
        for full, alias in pairs:
            main, other = by_name[full], by_name.get(alias)
            if other is None:
                # a pen or stage name the text counts no mention of ("Kalem", one word):
                # kept as her spelling all the same, so "Kalem wrote" is hers
                main.spellings.setdefault(alias, None)
                continue
            if id(main) in joined or id(other) in joined or main.sources != other.sources:
                continue
            main.join(other)
            joined.add(id(other))
    return [t for t in people if id(t) not in joined]


def _pronoun_aliases(
    people: list[Tally], by_name: dict[str, Tally], sentences: Sequence[Sentence]
) -> None:
    """ "... Rajendran s/o Pakirisamy, 61, who ... . Generations of recruits knew him as
    Encik Raj.", "He ... was known to a generation of recruits as Sarge Rain": a
    sentence that names "him" or "her" by a calling verb ("knew him as", "called her"),
    or that opens on "He" or "She" and goes on "known ... as" (words.toml's alias_words),
    gives the other name of the one person the sentence before it names (none where it
    names two or none: the pronoun's referent is not settled). The other name is kept as
    that person's spelling, by which a label ("ENCIK RAJ:") finds its speaker; a tally
    of it joins theirs. (Only the person the last sentence names, no pronoun's chain.)"""
    pattern = _pronoun_alias_pattern()
    earlier: Sentence | None = None
    for sentence in sentences:
        before, earlier = earlier, sentence
        if before is None or before.source != sentence.source:
            continue
        found = pattern.search(sentence.text)
        if found is None:
            continue
        alias = found.group("alias")
        place = (before.source, before.index)
        named = [t for t in people if t.kind == "person" and place in t.where]
        if len(named) != 1 or alias == named[0].name:
            continue
        main, other = named[0], by_name.get(alias)
        if other is None:
            if _unlisted_alias(sentence.text, found.end("alias"), alias):
                main.spellings.setdefault(alias, None)
            continue
        if other is main or other.kind != "person" or other.sources != main.sources:
            continue
        main.join(other)
        people.remove(other)
        del by_name[alias]


@cache
def _pronoun_alias_pattern() -> re.Pattern[str]:
    """The clause of `_pronoun_aliases`: a calling verb and "him" or "her" (words.toml's
    calling_verbs; a verb of knowing with its "as"), or "He"/"She" opening the sentence
    and an alias word later in it, then an honorific at most, before the other name."""
    honorifics = "|".join(re.escape(h) for h in words()["honorifics"] if h.isalpha())
    knowing = {"know", "knows", "knew"}
    known = "|".join(v for v in words()["calling_verbs"] if v in knowing)
    calling = "|".join(v for v in words()["calling_verbs"] if v not in knowing)
    gap = r"\b[^.;:,\"“”]*?\b"
    alias_words = "|".join(gap.join(map(re.escape, w.split())) for w in words()["alias_words"])
    called = rf"\b(?:(?:{known})\s+(?:him|her)\s+as|(?:{calling})\s+(?:him|her))"
    opened = rf"^(?:He|She)\b[^.;:\"“”]*?\b(?i:{alias_words})"
    return re.compile(
        rf"(?:{called}|{opened})\s+(?:(?i:{honorifics})\.?\s+)?"
        rf"(?P<alias>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
    )


_BORN_RE = re.compile(r"(?:^|\(|,\s)\s*(?i:born)\s+(?=[A-Z])")


def _one_by_birth_name(people: list[Tally], sentences: Sequence[Sentence]) -> list[Tally]:
    """ "Born Cornelis Johannes van der Hoeven in Dordrecht, ..., Van der Hoeven trained"
    in an obituary of Kees van der Hoeven, or "Ana Ruiz (born Ana María Ruiz Gil)": the
    name right after "born" is the name someone was given at birth, not another person.
    It is joined (kept as a spelling) under the person of its surname the text named
    before it, the first of them where it named several (the one the piece is about: a
    birth name is told of its subject); a name written anywhere but that sentence is
    someone's own and stays apart."""
    if not sentences or len(people) < 2:
        return people
    joined: set[int] = set()
    for sentence in sentences:
        text = sentence.text
        if "born" not in text.casefold():
            continue
        place = (sentence.source, sentence.index)
        for found in _BORN_RE.finditer(text):
            after = text[found.end() :]
            birth = next(
                (
                    t
                    for t in people
                    if t.kind == "person"
                    and len(t.name.split()) >= 2
                    and after.startswith(t.name)
                    and set(t.where) == {place}
                ),
                None,
            )
            if birth is None or id(birth) in joined:
                continue
            last = birth.name.split()[-1].casefold()
            before = [
                t
                for t in people
                if t is not birth
                and t.kind == "person"
                and id(t) not in joined
                and t.name.split()[-1].casefold() == last
                and t.where
                and min(t.where) < place
            ]
            if not before:
                continue
            main = min(before, key=lambda t: min(t.where))
            main.join(birth)
            joined.add(id(birth))
    return [t for t in people if id(t) not in joined]


def _aliases(
    text: str, by_name: dict[str, Tally], full_names: Sequence[str], pattern: re.Pattern[str]
) -> list[tuple[str, str]]:
    """(full name, other name) of each "Full Name, ..., known ... as Other" the text
    writes (`full_names`: the names of two words or more, in `by_name`'s order; `pattern`:
    `_alias_pattern`): the other name a person's, or, after a pen or stage name's word,
    one no tally holds (`_unlisted_alias`)."""
    found = []
    for full, form in _forms_written(full_names, by_name):
        if form not in text:
            continue
        clause = pattern.match(text, text.index(form) + len(form))
        if clause is None:
            continue
        alias = clause.group("alias")
        if alias in {full, form}:
            continue
        if alias in by_name:
            if by_name[alias].kind == "person":
                found.append((full, alias))
        elif clause.group("pen") and _unlisted_alias(text, clause.end("alias"), alias):
            found.append((full, alias))
    return found


def _forms_written(full_names: Sequence[str], by_name: dict[str, Tally]) -> list[tuple[str, str]]:
    """(full name, a form the text may write it in) of each full name: itself, and its
    surname where no one else's name ends in it and no tally is that word alone ("Back
    then he was Lieutenant Vandermeer, call sign Hammer Six")."""
    endings: dict[str, list[str]] = {}
    for full in full_names:
        endings.setdefault(full.split()[-1], []).append(full)
    forms = [(full, full) for full in full_names]
    for last, fulls in endings.items():
        if len(fulls) == 1 and last not in by_name:
            forms.append((fulls[0], last))
    return forms


# A sentence that opens by saying who a person the text named by another name is: "Macca
# is Ian McAllister, but only the bank calls him that." (the name, a copula, a full name
# that is no one's possessive and runs no further).
_IDENTITY = re.compile(
    r"(?P<alias>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*) (?:is|was) "
    r"(?P<full>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+)(?![\w'’-]| [A-Z])"
)


def _identities(text: str, by_name: dict[str, Tally]) -> list[tuple[str, str]]:
    """(full name, other name) of a sentence that opens "Other is Full Name" where both
    are people the text names, the full name of more words: a nickname or short name the
    text tied to the name it then gives is one person's, listed by the full name ("The
    stock agent, Macca, ... Macca is Ian McAllister"); no one's possessive ("Tess is Ann
    Roe's daughter") and no name running on ("... is Ann Roe Bakery")."""
    found = _IDENTITY.match(text)
    if found is None:
        return []
    alias, full = found.group("alias"), found.group("full")
    one, other = by_name.get(alias), by_name.get(full)
    if one is None or other is None or one is other:
        return []
    if one.kind != "person" or other.kind != "person":
        return []
    if len(full.split()) <= len(alias.split()):
        return []
    return [(full, alias)]


def _unlisted_alias(text: str, end: int, alias: str) -> bool:
    """Whether a pen or stage name no tally holds may be kept as a spelling: written whole
    (not the initial of "J.T. Morrow") and no word's possessive."""
    return (
        len(alias) > 2
        and not re.match(r"\.\w", text[end : end + 2])
        and not alias.endswith(("'s", "’s"))
    )


def _legal_names(
    text: str, by_name: dict[str, Tally], pattern: re.Pattern[str]
) -> list[tuple[str, str]]:
    """(full name, other name) of each "Other (real name Full Name)" the text writes
    (`pattern`: `_legal_name_pattern`), both people's names in `by_name`."""
    found = []
    for match in pattern.finditer(text):
        full = match.group(1)
        if full not in by_name or by_name[full].kind != "person":
            continue
        before = text[: match.start()]
        alias = next((n for n in by_name if before.endswith(n)), None)
        if alias is None:
            # "Singer-actor Jinu (real name ...)": the one word before it, no tally's
            last = re.search(r"(?<![\w'’.-])[A-Z][\w'’-]*$", before)
            if last is not None and _unlisted_alias(text, match.start(), last.group()):
                found.append((full, last.group()))
            continue
        if alias != full and by_name[alias].kind == "person":
            found.append((full, alias))
    return found


def _alias_pattern() -> re.Pattern[str]:
    """What follows a full name that gives the person's other name: a participle opening
    one of the full name's appositions (no stop, semicolon or quotation mark before it),
    or a pen or stage name's noun or verb (words.toml's pen_name_words) in a few
    lower-case words of one ("who writes under the pen name", "whose stage name is"), or
    "whom" and a verb of calling (calling_verbs: "whom the street calls Abu Sami"),
    then an honorific at most, right before the other name ("Smith, who dubbed Jones a
    liar" gives Jones no other name)."""
    honorifics = "|".join(re.escape(h) for h in words()["honorifics"] if h.isalpha())
    gap = r"\b[^.;:,\"“”]*?\b"  # "known to everyone in town as"
    verbs = "|".join(gap.join(map(re.escape, w.split())) for w in words()["alias_words"])
    pen = _phrases("pen_name_words")
    # "who publishes as", "who writes under the pen name", "better known by the stage
    # name", "whose pen name is": not "whose son writes as", someone else's act
    lead = r"(?:who\s+(?:[a-z]+\s+){0,3}?|whose\s+|(?!whose\b)(?:[a-z]+\s+){0,3}?)"
    # "whom the whole street calls", "whom fans knew as"
    calling = rf"whom\s+(?:[a-z]+\s+){{0,3}}?(?:{_phrases('calling_verbs')})(?:\s+as)?"
    return re.compile(
        rf",(?:[^.;:\"“”]*?,)?\s*(?:(?:(?i:also|better|widely|locally)\s+)?(?i:{verbs})"
        rf"|(?P<pen>{lead}(?i:{pen})(?:\s+(?:is|was))?|{calling}))\s+"
        rf"(?:(?i:{honorifics})\.?\s+)?(?P<alias>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
    )


def _phrases(key: str) -> str:
    """A words.toml list of phrases as one alternation, any spaces between their words."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words()[key])


def _legal_name_pattern() -> re.Pattern[str]:
    """What follows the name a person is known by that gives their full, legal one: "Solar
    (real name Kim Sol-bi)", "Ash, whose real name is Vera Lind" (words.toml's
    legal_name_words)."""
    return re.compile(
        rf"\s*[,(]\s*(?:whose\s+|her\s+|his\s+)?(?i:{_phrases('legal_name_words')})"
        rf"(?:\s+(?:is|was))?:?\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+)"
    )


def _openings(name: str) -> list[tuple[str, ...]]:
    """The runs of two words or more that open a name and stop short of its end ("Mohd
    Rosli" of "Mohd Rosli Abdul Hamid"): a Malay name written without its "bin" is the
    own names and the father's all the same, and news writes the own names again alone;
    not the name less its generation ("Donald Trump" of "Donald Trump Jr.")."""
    parts = ungenerational(name).split()
    return [tuple(parts[:n]) for n in range(2, len(parts))]


def own_names(words_of: tuple[str, ...], links: frozenset[str]) -> tuple[str, ...] | None:
    """The words before a name's link to the father's name ("Mohd Hafiz" of "Mohd Hafiz
    bin Ismail"), or None for a name without one."""
    at = next((k for k, word in enumerate(words_of) if word.lower() in links), None)
    return None if at is None or at == 0 or at == len(words_of) - 1 else words_of[:at]


def _one_by_short_forms(groups: dict[str, list[Tally]]) -> dict[int, Tally]:
    """ "Ken Starr" in a headline and "Kenneth Starr" in the body: one surname with a given
    name and a short or familiar form of it (short_form_of: "Bill" of "William", "Liz" of
    "Elizabeth") is one person in news, named by the fuller form, the short one kept as
    a spelling (quotes find a speaker by it). Only where one article names both, not in
    one sentence (two people written side by side), neither gives the other another
    office or the other form of address, the middle names agree or one has none, and
    the short name stands for one full name there only ("Alex" beside Alexander and
    Alexandra Wood is either). Across articles, which may be of other stories, they stay
    two. Counted mentions only, so before a shared surname is settled: the joined tallies
    leave their group, and the map (id of each joined tally -> the one it joined) says
    where a lone given name counted for one goes."""
    joined: dict[int, Tally] = {}
    for same in groups.values():
        if len(same) < 2:
            continue
        for short in same:
            fuller = [full for full in same if _short_and_full(short, full)]
            if len(fuller) != 1 or id(fuller[0]) in joined or _either_of_two(short, same):
                continue
            fuller[0].join(short)
            fuller[0].addressed = fuller[0].addressed or short.addressed
            joined[id(short)] = fuller[0]
        same[:] = [t for t in same if id(t) not in joined]
    return joined


def _either_of_two(short: Tally, same: list[Tally]) -> bool:
    """Whether a short form's article names two people of its surname whose given names
    it is listed for, whatever their genders: "Alex Mbeki" beside Alexander and
    Alexandra Mbeki."""
    given = given_in(tuple(short.name.split()))
    if given is None:
        return False
    listed = [
        t
        for t in same
        if t is not short
        and not t.sources.isdisjoint(short.sources)
        and listed_short_form(given, t.name.split()[0])
    ]
    return len(listed) > 1


def _short_and_full(short: Tally, full: Tally) -> bool:
    if short is full or short.kind != "person" or full.kind != "person":
        return False
    if short.another or full.another:
        return False  # "another Bill Smith": the text says someone else
    short_words, full_words = short.name.split(), full.name.split()
    if min(len(short_words), len(full_words)) < 2 or short_words[-1] != full_words[-1]:
        return False
    if short_words[1:-1] and full_words[1:-1] and short_words[1:-1] != full_words[1:-1]:
        return False  # "Bill H. Smith" and "William J. Smith"
    if short.sources.isdisjoint(full.sources) or short.where.keys() & full.where.keys():
        return False  # other articles, or "Bill Smith and William Smith" in one sentence
    short_given, full_given = given_in(tuple(short_words)), given_in(tuple(full_words))
    if short_given is None or full_given is None or not short_form_of(short_given, full_given):
        return False
    if short.addressed and full.addressed and short.addressed != full.addressed:
        return False
    return not (short.role and full.role and office(short.role) != office(full.role))


def _one_spelt_two_ways(people: list[Tally]) -> list[Tally]:
    """ "Mohamad Javad Zarif" and "Mohammad Javad Zarif" in one article: a given name
    spelt two ways beside one surname (see same_given) is one person, joined under the
    form written most, the other kept as a spelling (quotes find a speaker by it). Only
    where one article writes both, and neither gives the other another office: across
    articles, or as "Striker Mario Gomez" and "Coach Marco Gomez", they are two."""
    joined: set[int] = set()
    for forms in _by_surname(people):
        for n, one in enumerate(forms):
            for other in forms[n + 1 :]:
                if id(one) in joined or id(other) in joined or not _spelt_two_ways(one, other):
                    continue
                main, rest = sorted((one, other), key=lambda t: (-t.count, t.first))
                main.join(rest)
                joined.add(id(rest))
    return [t for t in people if id(t) not in joined]


def _by_surname(people: list[Tally]) -> list[list[Tally]]:
    """The names of two words or more, grouped by all their words after the first: the
    forms one person's given name may take beside one surname ("Mohamad"/"Mohammad",
    "I."/"Ilse")."""
    by_rest: dict[tuple[str, ...], list[Tally]] = {}
    for tally in people:
        words_of = tally.name.split()
        if len(words_of) >= 2:
            by_rest.setdefault(tuple(words_of[1:]), []).append(tally)
    return list(by_rest.values())


def _spelt_two_ways(one: Tally, other: Tally) -> bool:
    if one.sources.isdisjoint(other.sources):
        return False
    if one.role and other.role and office(one.role) != office(other.role):
        return False
    return same_given(one.name.split()[0], other.name.split()[0]) and one.name != other.name


_INITIAL_RE = re.compile(r"[A-Z]\.?")


def _one_by_initial(people: list[Tally]) -> list[Tally]:
    """ "I. Varga" beside "Ilse Varga": an initial and a surname are how a text (an
    agency's style, a caption) names again someone it gives in full elsewhere, so they
    are that person when only one full name of the surname opens with the initial
    ("Tomas Varga" opens with another); beside two ("Ilse" and "Ivan Varga") they stay
    apart, as they do when their courtesy titles differ ("Mr I. Varga", "Mrs Ilse
    Varga"). The full name keeps its own role."""
    joined: set[int] = set()
    for forms in _by_surname(people):
        for short in forms:
            initial = short.name.split()[0]
            if len(forms) < 2 or _INITIAL_RE.fullmatch(initial) is None:
                continue
            full = [
                t
                for t in forms
                if t is not short
                and _INITIAL_RE.fullmatch(t.name.split()[0]) is None
                and t.name.startswith(initial[0])
            ]
            if len(full) != 1 or not _same_address(full[0], short):
                continue
            full[0].join(short)  # (it keeps its role: Tally.join)
            joined.add(id(short))
    return [t for t in people if id(t) not in joined]


def _same_address(one: Tally, other: Tally) -> bool:
    """Whether no courtesy title sets the two apart ("Mr" beside "Mrs")."""
    return one.addressed is None or other.addressed is None or one.addressed == other.addressed


# (not inside a quote: '“The inspector looked at my papers,” she said' is the speaker's
# word for someone else, no office of the one named before)
_EPITHET_RE = re.compile(r"The ([a-z][a-z-]+) (?!of\b|for\b|at\b|to\b)")


def _roles_by_epithet(tallies: list[Tally], sentences: Sequence[Sentence]) -> None:
    """ "Gordon Brown has doubled the level ..." then "The chancellor also unveiled ...":
    a sentence whose subject is "the" and a role's head, right after one that names one
    person only and gives them no role, speaks of that person by their office. Only when
    no one else in the text holds a role with that head, the person is called so once or
    always by the same head, and the text has not brought in someone of that noun
    without a name: after "the logo of a real pollster", "The pollster said it had filed a
    complaint" is that pollster, not the observer named before it (r57)."""
    if not tallies or not sentences:
        return
    people_in: dict[tuple[int, int], list[Tally]] = {}
    for tally in tallies:
        for key in tally.where:
            people_in.setdefault(key, []).append(tally)
    # not a head that is also an adjective: "The major search providers", "The chief aim"
    heads = words()["role_heads"] - words()["also_bodies"] - words()["role_modifiers"]
    heads -= words()["adjectival_role_heads"]
    found: dict[int, dict[str, Sentence]] = {}  # each epithet, where it is first seen
    for before, after in zip(sentences, sentences[1:], strict=False):
        named = people_in.get((before.source, before.index), [])
        if before.source != after.source or len(named) != 1 or named[0].role is not None:
            continue
        if (after.source, after.index) in people_in:
            continue  # "The chancellor met Mr Blair": another person is named there
        m = _EPITHET_RE.match(after.text)
        if m is not None and m.group(1) in heads and not _brought_in(m.group(1), after, sentences):
            found.setdefault(id(named[0]), {}).setdefault(m.group(1), after)
    held = {word for t in tallies if t.role for word in role_word_set(t.role)}
    for tally in tallies:
        epithets = found.get(id(tally), {})
        if len(epithets) == 1 and not epithets.keys() & held:
            tally.give_role(*next(iter(epithets.items())))


def _brought_in(head: str, at: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether a sentence of `at`'s article before it brings in someone by `head` with an
    indefinite article ("a real pollster", "an unnamed spokesman"): "the" then goes back
    to them."""
    indefinite = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)(?: [a-z][\w-]*){{0,3}} {head}\b")
    return any(
        sentence.source == at.source
        and sentence.index < at.index
        and indefinite.search(sentence.text) is not None
        for sentence in sentences
    )


def _open_tallies(
    found: list[Found],
    one_word: mononyms.Marked,
    owner: Owners,
    placed: Counter[str],
    kept_apart: set[tuple[str, int]],
) -> dict[str, list[Tally]]:
    """One tally for each person the text shows, grouped by surname (in `owner.groups`),
    with the longest name and the first role seen for them (mentions are counted later).
    `placed`: the names the text puts somewhere (count_placed); `kept_apart`: the
    one-word names the text keeps apart from any full name (mononyms.apart)."""
    groups = owner.groups
    seen = Shown.of(found, places_again(placed))
    shown = list(map(evidence_test(found, one_word, seen, placed), found))  # asked once a mention
    known_by_given = known_by_given_name(found, shown, seen.surnames)
    known_by_given |= {((word,), source) for word, source in inner_surnames(found, shown)}
    known_by_given -= {((word,), source) for word, source in kept_apart}
    # The tally opened for a name no tally owned: the same name again, still owned by
    # none ("Clinton" beside Bill and Hillary), is that one, not one more. Opening one a
    # mention had made the work quadratic in them (a word soup of three place names,
    # 1.6 MB: 77 s).
    unowned: dict[NameKey, Tally] = {}
    promoted = _ranks_changed_to(found)
    titled_then: set[int] = set()  # tallies whose role a sentence of the time told gave
    shared_words = _words_of_several(found, shown)
    shared_endings = _endings_of_several(found, shown)
    for (order, sentence, name), evidenced in zip(found, shown, strict=True):
        if not evidenced or (name.tokens, sentence.source) in known_by_given:
            continue
        if _particled_surname_of_several(name, groups):
            continue  # "Al Kindi said" beside two al Kindis: one of theirs, as "Kindi" is
        if (name.tokens, sentence.source) in shared_endings:
            continue  # "Abu Zeid said" beside Samir and Tarek Abu Zeid: one of theirs
        tally = owner(name) or _promoted_one(name, sentence.source, promoted, groups)
        if tally is None and _addressed_namesake(name, sentence.source, shared_words):
            continue  # "Deputy Kelleher" beside Aoife and Tom Kelleher: one of theirs
        before = None if tally is None else (tally.name, tally.role, tally.addressed)
        if tally is None:
            key = (name.tokens, name.honorific, name.role, name.generation, name.another)
            tally = unowned.get(key)
            if tally is None:
                tally = Tally(name.text, "person", first=(order, 0), another=name.another)
                unowned[key] = tally
                groups.setdefault(name.tokens[-1], []).append(tally)
        if _fuller(name, tally.name):
            tally.name = name.text
        # only a full name's appointment, or a bare surname sworn in ("Geelle was sworn in
        # as Minister of Security"), replaces a role: "Sir John was made permanent
        # secretary" may be another John than the singer the tally holds
        surname = (
            not name.honorific
            and surname_of(tally.name) == name.tokens[-1]
            and "sworn in" in sentence.text  # not "Smith was named chairman of the gala"
        )
        appointed = name.appointed and (len(name.tokens) >= 2 or surname)
        appointed = appointed or _rank_key(name.role) in promoted.get(sentence.source, {})
        if name.role and id(tally) in titled_then and not told_then(sentence.text):
            appointed = True  # "Now he's X, a retired lieutenant colonel": over "Back then"'s
            titled_then.discard(id(tally))
        had = tally.role
        tally.give_role(name.role, sentence, appointed)
        if not had and tally.role and told_then(sentence.text):
            titled_then.add(id(tally))
        if tally.role is None and len(name.tokens) == 1:
            cue = one_word.get((name.text, sentence.source))
            if cue is not None:
                tally.role, tally.role_at = cue
        tally.addressed = tally.addressed or honorific_gender(name.honorific)
        if (tally.name, tally.role, tally.addressed) != before:
            owner.forget(name.tokens[-1])  # a new tally, or a longer name or a role
    return groups


def told_then(text: str) -> bool:
    """Whether the sentence opens on a time it looks back on ("Back then he was Lieutenant
    Vandermeer", "At the time, Major X ...": words.toml's then_phrases): a title it gives
    is of that time, and a role a later sentence gives the person is the one held now."""
    return _then_opening().match(text) is not None


@cache
def _then_opening() -> re.Pattern[str]:
    return re.compile(rf"(?i:{alternation(words()['then_phrases'])})\b")


Changed = dict[int, dict[tuple[str, ...], set[str]]]


def _ranks_changed_to(found: list[Found]) -> Changed:
    """The ranks each source says someone was promoted or reduced to as done news ("was
    promoted to major on 1 November", "a reduction in rank to corporal": words.toml's
    rank_changes), as `_rank_key` writes them, each with the full names the sentence
    that says so writes: a mention titled by one of them gives the rank held now (the
    mentions come in reading order), over "Captain Priya Naidu" written first; a
    surname so titled is the one of those names it ends ("Major Naidu", her father a
    Naidu too). Not one still to come ("will be promoted to major")."""
    changed: Changed = {}
    if not found:
        return changed
    pattern = _rank_change_pattern()
    named: dict[Sentence, set[str]] = {}
    for _, sentence, name in found:
        if len(name.tokens) >= 2:
            named.setdefault(sentence, set()).add(name.text)
    for sentence in dict.fromkeys(sentence for _, sentence, _ in found):
        for match in pattern.finditer(sentence.text):
            ranks = changed.setdefault(sentence.source, {})
            ranks.setdefault(_rank_key(match.group("rank")), set()).update(named.get(sentence, ()))
    return changed


def _promoted_one(
    name: Name, source: int, changed: Changed, groups: dict[str, list[Tally]]
) -> Tally | None:
    """The one of a surname's people whose full name the sentence of a rank change
    writes, for a surname titled by that rank ("Major Naidu" after "Captain Priya Naidu,
    ..., who was promoted to major"), where the surname names several."""
    if len(name.tokens) != 1 or not name.role:
        return None
    holders = changed.get(source, {}).get(_rank_key(name.role), set())
    mine = [t for t in groups.get(name.tokens[-1], []) if t.name in holders]
    return mine[0] if len(mine) == 1 else None


@cache
def _rank_change_pattern() -> re.Pattern[str]:
    changes = alternation(words()["rank_changes"])
    ranks = alternation(words()["military_ranks"])
    return re.compile(
        rf"(?<!\bbe )\b(?:{changes})\s+(?:[a-z]+\s+){{0,2}}?to\s+(?:the\s+rank\s+of\s+)?"
        rf"(?P<rank>(?i:{ranks}))\b"
    )


def _rank_key(role: str | None) -> tuple[str, ...]:
    """A rank's words as military_ranks writes them ("Lt. Col." -> ("lt", "col"))."""
    return tuple((role or "").lower().replace(".", "").replace("-", " ").split())


def _particled_surname_of_several(name: Name, groups: dict[str, list[Tally]]) -> bool:
    """ "Al Kindi" opening a sentence, with Nasser bin Rashid al Kindi and Abdulrahman al
    Kindi named in full: their shared surname with its particle, no third person ("Al"
    is a given name too, which would make one)."""
    if not particle_led(name.tokens):
        return False
    ending = [
        t for t in groups.get(name.tokens[-1], []) if opens_with_its_particle(name.tokens, t.name)
    ]
    return len(ending) > 1


def _words_of_several(found: list[Found], shown: list[bool]) -> set[tuple[str, int]]:
    """(word, source) of the words that open or end two or more full names a source
    shows: the surname of two namesakes ("Kelleher" of Aoife and Tom Kelleher), or a
    family name written first ("Goh" of Goh Hui Ling and Goh Kian Seng)."""
    names: dict[tuple[str, int], set[tuple[str, ...]]] = {}
    for (_, sentence, name), evidenced in zip(found, shown, strict=True):
        if evidenced and len(name.tokens) >= 2:
            for word in {name.tokens[0], name.tokens[-1]}:
                names.setdefault((word, sentence.source), set()).add(name.tokens)
    return {key for key, full in names.items() if len(full) >= 2}


NameKeyWords = tuple[str, ...]


def _endings_of_several(found: list[Found], shown: list[bool]) -> set[tuple[NameKeyWords, int]]:
    """(words, source) of the surnames of two words or more that end two or more full
    names a source shows ("Abu Zeid" of Samir and Tarek Abu Zeid, "Abu el-Ela"): the
    namesakes' shared surname, which a mention alone leaves theirs, no third person's."""
    names: dict[tuple[NameKeyWords, int], set[NameKeyWords]] = {}
    for (_, sentence, name), evidenced in zip(found, shown, strict=True):
        if evidenced and len(name.tokens) >= 3:
            for size in range(2, len(name.tokens)):
                ending = name.tokens[-size:]
                names.setdefault((ending, sentence.source), set()).add(name.tokens)
    return {key for key, full in names.items() if len(full) >= 2}


def _addressed_namesake(name: Name, source: int, shared: set[tuple[str, int]]) -> bool:
    """A title or an honorific and one word that two people the source names in full
    share, whose title or honorific fits neither ("Captain Yilmaz" beside two Yilmazes
    neither of whom the text calls a captain, "Ms Goh" beside Goh Hui Ling and Goh Kian
    Seng): news names someone so after naming them in full, so it is one of theirs,
    not a third person, and which one the text does not settle here (the quotes read
    the sentence for it)."""
    if len(name.tokens) != 1 or (name.role is None and name.honorific is None):
        return False
    return (name.tokens[0], source) in shared


def _fuller(name: Name, current: str) -> bool:
    """Whether a mention names its person more fully than the tally's name: it is
    longer, unless it is the tally's name with a word written twice ("Fernando Henrique
    Cardoso Cardoso" beside "Fernando Henrique Cardoso": a slip of the keys). A name
    written so everywhere is the name ("Sirhan Sirhan", "Mohamed Mohamed")."""
    if len(name.tokens) >= 2:  # a surname alone is how news names a person again
        if _UNDOUBLED[name.text] == current != name.text:
            return False  # the slip of a name already known
        if _UNDOUBLED[current] == name.text != current:
            return True  # the name a slip stood for
    return len(name.text) > len(current)


_DOUBLED = re.compile(r"\b(\w+)(?:\s+\1(?![\w-]))+")  # not "Boutros Boutros-Ghali"
# Each name as it reads without a word written twice, worked out once a distinct name:
# the same names are asked again and again (on the 1,000-article inbox 18,500 times,
# 2,800 names: 2.4 µs a search, 0.045 s of CPU).
_UNDOUBLED = WordMemo(lambda name: _DOUBLED.sub(r"\1", name))


def _complete_names(found: list[Found], owner: Owners) -> None:
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
