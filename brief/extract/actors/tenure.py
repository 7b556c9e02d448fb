"""Offices the text says have ended: a person's title is no longer shown once a sentence
says they left it.

A reader forwards the actors table as it stands, so a stale title is a wrong fact: "Foreign
Minister Eva Lind" in Monday's report, and on Tuesday "Berg replaced Eva Lind, who resigned
as foreign minister on Monday evening", had left her Foreign Minister beside her successor.
When any sentence of the brief says a person resigned, stepped down or was dismissed from
an office (or was replaced in it by someone who holds it), that person keeps no role of
that office as a current one. Where the text itself calls them "former" holder of that
office ("Former prime minister X said", the day after), that title of the text's is
shown; else, where the sentence names the office and says in the past that it ended
for them ("X was sacked as energy minister", "parliament dismissed Energy Minister X"),
the office as that sentence writes it, dated "former" as the sentence dates it. Where
the office goes unnamed ("X resigned on Wednesday") the role is left blank: a gap, not
a wrong title. So is a title of the office the text's successor holds, once a sentence
calls the person that successor's predecessor ("Her predecessor, X, did not attend"),
whichever report, however dated, gave the title.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence, Set
from functools import cache

from brief.extract.actors.names import surname_of
from brief.extract.actors.roles import (
    as_former,
    ending_may_be_stale,
    is_head,
    past_word,
    rank_only,
    without_demonym,
)
from brief.extract.actors.tallies import Tally
from brief.extract.actors.tenure_since import date_since_then
from brief.extract.actors.word_knowledge import common_word
from brief.extract.lexicon import PhraseMatcher, alternation, words
from brief.models import Mention, Sentence

# The office after "as" runs to a comma, a full stop or a word that opens what follows it.
_OFFICE = (
    r"(?:the )?(?P<office>[A-Za-z' -]{2,60}?)"
    r"(?=[,.;:)]| (?:on|in|at|after|for|over|last|amid|and|but|from) |$)"
)


@cache
def _patterns() -> tuple[str, str, re.Pattern[str]]:
    """(left, replaced, ending): "resigned", "was sacked", "has stepped down" (words.toml's
    office_leaving_verbs, and office_ending_verbs in the passive); "replaced",
    "succeeded" (office_ending_verbs); and a test for a sentence that may hold either."""
    w = words()
    ending_verbs = alternation(w["office_ending_verbs"])
    left = (
        rf"(?:(?:has |had )?(?:{alternation(w['office_leaving_verbs'])})"
        rf"|(?:was|has been|had been) (?:{ending_verbs}))"
    )
    replaced = rf"(?:{ending_verbs})"
    return left, replaced, re.compile(rf" (?:{left}\b|{replaced} )")


@cache
def _ending_verbs() -> PhraseMatcher[str]:
    """The verbs `_patterns`' test needs one of, sought first in one pass of an automaton:
    most sentences hold none (329 of the 1,000-article inbox's 17,800: that test on each
    had taken 0.05 s of CPU, this and it 0.03)."""
    w = words()
    return PhraseMatcher(
        {verb: verb for verb in w["office_leaving_verbs"] | w["office_ending_verbs"]}
    )


def drop_ended_roles(
    people: Sequence[Tally],
    sentences: Sequence[Sentence],
    given: Mapping[int, Sequence[tuple[str, Mention]]] | None = None,
) -> None:
    """Leave blank the role of each person a sentence says left that office, or show the
    text's own past title of it (see the module's docstring). `given`: each person's
    roles as the text gives them, cited (tallies.given_roles), by `id` of the tally."""
    titled = [t for t in people if t.role]
    if titled:
        _drop_left_offices(titled, people, sentences, given)
        # (after: a past title the sentences above give them is no office held now)
        _drop_predecessors_offices(titled, sentences, given)
    date_since_then(people, sentences)


def _drop_left_offices(
    titled: Sequence[Tally],
    people: Sequence[Tally],
    sentences: Sequence[Sentence],
    given: Mapping[int, Sequence[tuple[str, Mention]]] | None,
) -> None:
    """The offices a sentence says the person left, resigned or was dismissed from or
    replaced in."""
    ending, verbs = _patterns()[2].search, _ending_verbs().occurs_in
    ended = [s for s in sentences if verbs(s.text) and ending(s.text)]
    texts = [s.text for s in ended]
    if not texts:
        return
    named = {word.rstrip(".") for text in texts for word in _WORD.findall(text)}
    borne = Counter(surname_of(other.name) for other in people)
    shared = {surname for surname, count in borne.items() if count > 1}
    # (each surname once, not once a sentence: 0.03 s of CPU on the 1,000-article inbox)
    surnames = [(other, surname_of(other.name)) for other in titled]
    for tally, last in surnames:
        if last not in named:
            continue  # (most people: no sentence that ends an office names them)
        if rank_only(tally.role or ""):
            continue  # "dismissed Colonel X": from a post, not from the rank (r73 F13)
        role_words = _words(tally.role or "")
        for text in texts:
            if last not in text:
                continue
            if (
                any(
                    _same_office(role_words, office)
                    for office in (*_left_offices(text, tally), *_ended_before(text, tally))
                )
                or (_an_office(role_words) and _left_unnamed(text, tally, shared))
                or _replaced_by_holder(text, tally, role_words, surnames)
            ):
                said = (given or {}).get(id(tally))
                tally.role, tally.role_at = _past_title(role_words, said)
                if tally.role is None:
                    tally.role, tally.role_at = _ended_title(role_words, ended, tally)
                if tally.role is None:
                    tally.role, tally.role_at = _title_of_the_leaver(
                        role_words, ended, tally, said, shared
                    )
                break


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _drop_predecessors_offices(
    titled: Sequence[Tally],
    sentences: Sequence[Sentence],
    given: Mapping[int, Sequence[tuple[str, Mention]]] | None,
) -> None:
    """ "Her predecessor, Alberto Roe, did not attend": whoever the sentence calls the
    predecessor held an office before its holder now, so the office the brief gives
    them that one other person of the brief holds (their successor, "governor of X
    Province") is theirs no more, whichever report gave it, however dated: the text's
    own past title of it is shown ("former governor"), else none. A title several
    others hold is a style or a rank, and one no one else holds may be theirs still."""
    nouns = words()["predecessor_nouns"]
    said = [s for s in sentences if any(noun in s.text for noun in nouns)]
    if not said:
        return
    for tally in list(titled):
        called = [Mention(s.source, s.index) for s in said if _called_predecessor(s.text, tally)]
        if not tally.role or not called or tally.role_at in called:
            # (the sentence that calls them the predecessor gives the office they hold
            # now: "His predecessor, X, who is now deputy commissioner")
            continue
        role_words = _words(tally.role)
        holders = [
            other
            for other in titled
            if other is not tally and other.role and _same_office(role_words, other.role)
        ]
        if len(holders) == 1 and _an_office(role_words):
            tally.role, tally.role_at = _past_title(role_words, (given or {}).get(id(tally)))


def _called_predecessor(text: str, tally: Tally) -> bool:
    """ "Her predecessor, X," or "X, his predecessor,": the name apposed to a predecessor
    noun after a possessive (not "X named his predecessor as ..."). The surname first:
    each form holds it, and a pattern is one person's (of the 1,000-article inbox's 1,334
    people with a title, 14 are named in a sentence with a predecessor noun: 1,334
    patterns compiled had taken 0.47 s of its 0.94 s here)."""
    return _names(text, tally) and _predecessor_pattern(_forms(tally)).search(text) is not None


@cache
def _predecessor_pattern(forms: str) -> re.Pattern[str]:
    nouns = alternation(words()["predecessor_nouns"])
    owner = r"(?:(?i:his|her|their|its)|[A-Z][\w'-]*(?:'s|’s))"
    return re.compile(
        rf"\b{owner} (?:{nouns}), (?:{_TITLE_WORDS})?(?:[A-Z][\w.'-]* ){{0,2}}?(?:{forms})\b"
        rf"|(?<![\w-])(?:{forms}), {owner} (?:{nouns})\b"
    )


def _past_title(
    role_words: list[str], given: Sequence[tuple[str, Mention]] | None
) -> tuple[str | None, Mention | None]:
    """The first title the text gives the person that dates the office they left as
    past ("former prime minister" for "Prime Minister"), cited; else none."""
    for role, mention in given or ():
        said = _words(role)
        if any(past_word(w) for w in said) and _same_office(role_words, role):
            return role, mention
    return None, None


def _ended_title(
    role_words: list[str], ended: Sequence[Sentence], tally: Tally
) -> tuple[str | None, Mention | None]:
    """ "former energy minister", cited, where a sentence names the office the person's
    role is and says in the past that it ended for them: "X was sacked as energy minister
    on Wednesday", "parliament dismissed Energy Minister X". The office is the text's
    words; "former" says what the sentence does. Not where the office goes unnamed ("X
    resigned": from what?), nor an ending to come ("moves to dismiss Minister X")."""
    for sentence in ended:
        if not _names(sentence.text, tally) or ending_may_be_stale(sentence.text):
            continue
        offices = [*_left_offices(sentence.text, tally), *_ended_before(sentence.text, tally)]
        for office in offices:
            if _same_office(role_words, office) and not _dated(office):
                office = office.strip()
                said = as_former(without_demonym(office) or office)
                return said, Mention(sentence.source, sentence.index)
    return None, None


def _title_of_the_leaver(
    role_words: list[str],
    ended: Sequence[Sentence],
    tally: Tally,
    given: Sequence[tuple[str, Mention]] | None,
    shared: Set[str],
) -> tuple[str | None, Mention | None]:
    """ "Its chief executive, Tomas Wen, has resigned", "Harbour Master Ida Holm stepped
    down on Friday": the sentence whose leaving verb has the person as its subject gives
    them, in that same clause, the title of the office (the role the text gives them
    there, cited to that sentence): the office they held until then, which the leaving
    ends. Shown dated, "former chief executive", cited to that sentence. Not a title some
    other sentence gives ("Wen, who resigned last month": of what, that sentence does not
    say), nor a dated or stand-in one ("acting", "former"), nor a rank given with the
    office ("Rear Admiral, commander of X": the rank is not lost), nor where the sentence dates
    the ending by a year or tells of it as a past one (`ending_may_be_stale`). `shared`:
    the surnames two or more people of the brief bear."""
    for role, mention in given or ():
        if not _same_office(role_words, role) or _dated(role) or "," in role:
            continue  # (a rank and an office, "Rear Admiral, commander of X": the rank stays)
        for sentence in ended:
            if Mention(sentence.source, sentence.index) != mention:
                continue
            if ending_may_be_stale(sentence.text) or not _left_now(sentence.text, tally, shared):
                continue
            role = without_demonym(role.strip()) or role.strip()
            first, _, rest = role.partition(" ")
            if rest and rest.islower() and first[1:].islower():
                role = first.lower() + " " + rest  # ("Chief executive X", opening a sentence)
            return as_former(role), mention
    return None, None


def _left_now(text: str, tally: Tally, shared: Set[str]) -> bool:
    """`_left_unnamed`, with the name the leaving verb's own subject (not "founder X, who
    stepped down and remains chairman": a relative clause tells of the person, and the
    title before the name need not be the office left), and nothing after the verb that
    puts the ending off ("with effect from June", "will stay on until", "remains": words.toml's
    leaving_deferred)."""
    if not _left_unnamed(text, tally, shared):
        return False
    written = (tally.name,) if surname_of(tally.name) in shared else _written(tally)
    found = _unnamed_pattern("|".join(map(re.escape, written))).search(text)
    if found is None or " who" in text[found.end("who") : found.start("verb")]:
        return False
    after = set(_words(text[found.end() :]))
    return after.isdisjoint(words()["leaving_deferred"])


def _dated(office: str) -> bool:
    said = set(_words(office))
    return any(past_word(w) for w in said) or not said.isdisjoint(words()["role_standin"])


def _ended_before(text: str, tally: Tally) -> list[str]:
    """ "dismissed Ukrainian Energy Minister X": the title between a past ending verb and
    the name, which the verb ended."""
    if not _after(_done_verb(), text, tally) or not _opened(text, _written(tally), _done_to()):
        return []
    return [m.group("office") for m in _ended_before_pattern(_forms(tally)).finditer(text)]


@cache
def _done_verbs() -> str:
    done = [v for v in words()["office_ending_verbs"] if v.endswith(("ed", "ew", "wn"))]
    return alternation(done)


def _after(verb: re.Pattern[str], text: str, tally: Tally) -> bool:
    """Whether the person's surname comes after the first of `verb` in the text: a pattern
    that opens with that verb and ends with the person's name cannot match else, and
    each is compiled for one person (on the 1,000-article inbox, `_ended_before_pattern`
    for 168 people and `_replaced_by_holder`'s for 150: 0.2 s of CPU)."""
    first = verb.search(text)
    return first is not None and text.find(surname_of(tally.name), first.start()) >= 0


@cache
def _done_verb() -> re.Pattern[str]:
    """The verb `_ended_before_pattern` opens with (see `_after`)."""
    return re.compile(rf"\b(?:{_done_verbs()}) ")


@cache
def _ended_before_pattern(forms: str) -> re.Pattern[str]:
    return re.compile(rf"{_done_to_text()}(?:{forms})\b")


@cache
def _done_to_text() -> str:
    """What `_ended_before_pattern` holds before the name: the verb and the title."""
    return (
        rf"\b(?:{_done_verbs()}) (?:the )?"
        rf"(?P<office>(?:[A-Z][\w'-]* ){{0,3}}?[A-Za-z][\w'-]* )"
    )


@cache
def _done_to() -> re.Pattern[str]:
    """`_done_to_text` up to a name (see `_opened`)."""
    return re.compile(rf"{_done_to_text()}\Z")


def _names(text: str, tally: Tally) -> bool:
    return surname_of(tally.name) in text


def _written(tally: Tally) -> tuple[str, ...]:
    """The ways a sentence names the person: in full, or by surname."""
    return tuple(dict.fromkeys((tally.name, surname_of(tally.name))))


def _forms(tally: Tally) -> str:
    """`_written`, as a pattern's alternatives."""
    return "|".join(map(re.escape, _written(tally)))


# A person's own pattern (the forms that name them, with what stands before or after
# them) is compiled only where the text holds what it needs before or after one of the
# forms, sought by a pattern made once for everyone (`_closed`, `_opened`): on the
# 1,000-article inbox 263 patterns of people had been compiled, a quarter of a
# millisecond to a millisecond each, and 39 are (re's compiling in find_actors: 0.26 ->
# 0.11 s of CPU); the same patterns find the same offices.


def _closed(text: str, written: Sequence[str], after: re.Pattern[str]) -> bool:
    """Whether `after` matches right after one of the forms `written` in the text."""
    for form in written:
        at = text.find(form)
        while at >= 0:
            if after.match(text, at + len(form)) is not None:
                return True
            at = text.find(form, at + 1)
    return False


def _opened(text: str, written: Sequence[str], before: re.Pattern[str]) -> bool:
    """Whether `before` (a pattern that ends with the end of the text, \\Z) matches up to
    one of the forms `written` in the text."""
    for form in written:
        at = text.find(form)
        while at >= 0:
            if before.search(text, 0, at) is not None:
                return True
            at = text.find(form, at + 1)
    return False


def _left_offices(text: str, tally: Tally) -> list[str]:
    """ "Lind resigned as foreign minister", "dismissed the Minister of Defence, Jean-Pierre
    Mbala Nzuzi," (the office before the name it ended, the name apposed to it), "The
    President dismissed Lind as foreign minister" (the office after the name it ended)."""
    last = surname_of(tally.name)
    found = []
    # (both patterns name the person before "as": sought before they are compiled for
    # the person, 47 of the 168 people of the 1,000-article inbox's sentences read here)
    if 0 <= text.find(last) < text.rfind(" as "):
        forms, written = _forms(tally), _written(tally)
        if _closed(text, written, _left_as()):
            found += [m.group("office") for m in _pattern(forms).finditer(text)]
        if _closed(text, written, _as_office()) and _opened(text, written, _replacing_name()):
            found += [m.group("office") for m in _object_pattern(forms).finditer(text)]
    apposed = _apposed_pattern().finditer(text)
    return found + [m.group("office") for m in apposed if m.group("name").split()[-1] == last]


@cache
def _apposed_pattern() -> re.Pattern[str]:
    """An ending verb, the office it ended and the name apposed to it (whose last word is
    then compared with the person's). The office opens with a capital or a role's word
    ("defence minister"): not "a motion of no confidence in the prime minister", nor "the
    case against the mayor"."""
    openers = alternation(words()["role_modifiers"] | words()["role_heads"])
    return re.compile(
        rf"\b(?:{_patterns()[1]}) (?:the |its |his |her |their )?"
        rf"(?P<office>(?:[A-Z]|(?:{openers})\b)[A-Za-z' -]{{1,59}}?), "
        rf"(?P<name>(?:[A-Z][\w.'-]* ){{0,3}}[A-Z][\w.'-]*)\b"
    )


def _an_office(role_words: list[str]) -> bool:
    """A title of an office held now: its head is an office's ("minister", "captain"; not
    "singer" nor "medallist"), and no word dates it ("former immigration minister" is no
    stale title when a sentence says she resigned). The head is the word before the
    role's preposition ("akim of Leilek district", "ambassador to Malaysia"), else its
    last; a noun that describes someone by their work ("executive", "economist") heads
    an office where a rank of a title stands before it (words.toml's title_ranks: "chief
    executive", "senior economist"), which one holds in a body and leaves."""
    opening = words()["role_prepositions"]
    cut = next((k for k, w in enumerate(role_words) if k and w in opening), len(role_words))
    head = role_words[cut - 1] if role_words else ""
    ranked = cut > 1 and role_words[cut - 2] in words()["title_ranks"]
    return (
        bool(role_words)
        and (is_head(head) or (ranked and head in words()["described"]))
        and set(role_words).isdisjoint(words()["role_past"])
    )


def _left_unnamed(text: str, tally: Tally, shared: Set[str]) -> bool:
    """ "Foreign Minister Hugh Bentham resigned on Wednesday", "Bentham, the foreign
    minister, was sacked": they left an office of the kind a title names (a minister, a
    coach; not a singer), and which one is not said, so it may be the one the brief gives
    them, and so did "Minister Ahn, who resigned last month". Blank is a gap; the title
    they gave up would be a wrong fact. A bare surname counts only when no one else in
    the brief bears it (a predecessor and namesake who "stepped down in 2023"; `shared`:
    the surnames two or more people bear). (Not "Bentham's resignation": it may be
    demanded or rumoured.) The verb first: `_unnamed_pattern` is compiled for a person,
    and of the 1,000-article inbox's 139 sentences read here, 15 hold one."""
    if _unnamed_verb().search(text) is None:
        return False  # (the verb first: see `_unnamed_verb`)
    written = (tally.name,) if surname_of(tally.name) in shared else _written(tally)
    if not _closed(text, written, _unnamed_left()):
        return False
    found = _unnamed_pattern("|".join(map(re.escape, written))).search(text)
    return found is not None and not _seat_not_portfolio(text[found.end() :], tally)


# "resigned her Knesset seat": what the leaving verb takes as its object, a house's seat
_SEAT_RE = re.compile(r" (?:his|her|their) (?:[\w-]+ ){0,2}seat\b")


def _seat_not_portfolio(after: str, tally: Tally) -> bool:
    """ "Housing Minister Roe, who resigned her Knesset seat": a member who gives up a
    seat in the house leaves the house, not a minister's portfolio (words.toml's
    portfolio_heads), which she may keep, as Israel's Norwegian Law has her do."""
    role = set(_words(tally.role or ""))
    return _SEAT_RE.match(after) is not None and bool(role & words()["portfolio_heads"])


@cache
def _unnamed_leaving() -> str:
    # "one's" of a phrase is the holder's possessive ("removed from one's post")
    return alternation(words()["office_leaving_unnamed"]).replace(
        re.escape("one's"), "(?:his|her|their)"
    )


@cache
def _unnamed_verb() -> re.Pattern[str]:
    """The leaving `_unnamed_pattern` ends with, sought before that pattern is compiled
    for a person."""
    return re.compile(rf" (?:{_unnamed_leaving()})\b(?! as\b| from\b)")


@cache
def _unnamed_pattern(forms: str) -> re.Pattern[str]:
    # (not the end of another's double-barrelled name: "Radebe" of "Mthembu-Radebe")
    return re.compile(rf"(?<![\w-])(?P<who>{forms}){_unnamed_left_text()}")


@cache
def _unnamed_left_text() -> str:
    """What `_unnamed_pattern` holds after the name: the leaving. ("Roe, the fleet's
    commander, has been removed ...": the perfect after any of them.)"""
    return (
        r"\b(?:, [^,]{1,60},|,? who|,)?(?: had| has)? "
        rf"(?P<verb>{_unnamed_leaving()})\b(?! as\b| from\b)"
    )


@cache
def _unnamed_left() -> re.Pattern[str]:
    """`_unnamed_left_text` after a name (see `_closed`)."""
    return re.compile(_unnamed_left_text())


@cache
def _object_pattern(forms: str) -> re.Pattern[str]:
    """An ending verb, the name it ended in office as its object and the office after
    "as": "dismissed Alberto Roe as governor", "replaced Lind as foreign minister"."""
    return re.compile(rf"\b(?:{_patterns()[1]}) (?:{forms}){_AS_OFFICE}")


_AS_OFFICE = rf"\b as {_OFFICE}"


@cache
def _as_office() -> re.Pattern[str]:
    """The office after a name and "as" (see `_closed`)."""
    return re.compile(_AS_OFFICE)


@cache
def _replacing_name() -> re.Pattern[str]:
    """The ending verb before a name (see `_opened`)."""
    return re.compile(rf"\b(?:{_patterns()[1]}) \Z")


@cache
def _pattern(forms: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?P<who>{forms}){_left_as_text()}")


@cache
def _left_as_text() -> str:
    """What `_pattern` holds after the name: the leaving, and the office after "as"."""
    return rf"\b(?:,? who)? (?P<verb>{_patterns()[0]}) as {_OFFICE}"


@cache
def _left_as() -> re.Pattern[str]:
    """`_left_as_text` after a name (see `_closed`)."""
    return re.compile(_left_as_text())


def holders_leaving(text: str) -> list[re.Match[str]]:
    """Where the text says a person or an office holder left an office: the reading of
    `_left_offices` and `_left_unnamed` with whoever a name or a title names as the holder
    ("Harbour Minister Ines Calder resigned", "its director had stepped down", "Lind
    resigned as foreign minister"); each match's "verb" group is the leaving. A common
    noun's subject holds no office: "Troops stood down", "tear gas was fired"."""
    found = [
        *_pattern(_HOLDER).finditer(text),
        *_unnamed_pattern(_HOLDER).finditer(text),
        *_ended_holder().finditer(text),
    ]
    return sorted(
        (m for m in found if _a_holder(m["who"], bool(_ARTICLE_BEFORE.search(text[: m.start()])))),
        key=lambda m: m.start("verb"),
    )


@cache
def _ended_holder() -> re.Pattern[str]:
    """An ending verb with the holder it ended in office as its object and the office
    after "as" ("The president dismissed Colonel Almaz Roe as commander of the northern
    detachment", "replaced Lind as foreign minister"): the object left the office, as the
    subject of "resigned as" does. Its "who" is the name's last word, after up to three
    capitalised words of a title or given names."""
    return re.compile(
        rf"\b(?P<verb>{_patterns()[1]}) (?:[A-Z][\w'’.-]* ){{0,3}}(?P<who>{_HOLDER}){_AS_OFFICE}"
    )


# One word, the last of whoever the sentence says left: `_a_holder` tells if it names one.
_HOLDER = r"[A-Za-z][\w'’.-]*"
# An indefinite article just before it: "a" or "an" makes a capitalised word a thing's
# name ("An ATACMS was fired", "a Kinzhal was fired"), not a person's.
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?) $")


def _a_holder(word: str, after_article: bool) -> bool:
    """A title's head ("the minister", "its director") or a name: a capitalised word
    English does not write in lower case ("Calder", not "Troops" opening a sentence),
    written in capitals only at its start (an acronym is a thing's or a body's: "An
    ATACMS was fired", "NATO"), and not after "a"/"an" (a name is no person's there)."""
    base = word.lower().rstrip(".")
    if is_head(base):
        return True
    letters = [c for c in word if c.isalpha()]
    acronym = len(letters) > 1 and all(c.isupper() for c in letters)
    return word[0].isupper() and not acronym and not after_article and not common_word(base)


def _replaced_by_holder(
    text: str, tally: Tally, role_words: list[str], titled: Sequence[tuple[Tally, str]]
) -> bool:
    """ "Berg replaced Eva Lind": someone the brief gives the same office (`role_words`,
    the person's role's) replaced them. `titled`: each person with a title, and their
    surname."""
    if not _after(_replacing(), text, tally) or not _opened(text, _written(tally), _titled()):
        return False
    m = re.search(rf"{_titled_text()}(?:{_forms(tally)})\b", text)
    if m is None:
        return False
    before = text[: m.start()]
    # "in the House", "in the 70th minute": another place; "on Tuesday" only says when
    elsewhere = re.match(
        r",? (?:in the (?:\d+\w*|House|Senate|Commons|Lords)\b|at\b|for\b)", text[m.end() :]
    )
    replacing = m.group().split()[0].lower() in {"replaced", "replaces"}
    if _an_office(role_words) and replacing and not elsewhere:
        # "Captain Liza Manalo replaced Commodore Ramon Dizon", "He replaces General X"
        # (the news of it, in the present): whatever office she took, it was the one he
        # held, which the brief may be showing (a reviewer's)
        return True
    return any(
        other is not tally and surname in before and _same_office(role_words, other.role or "")
        for other, surname in titled
    )


@cache
def _replacing() -> re.Pattern[str]:
    """The verb `_replaced_by_holder`'s pattern opens with (see `_after`)."""
    return re.compile(rf"\b{_patterns()[1]} ")


# Capitalised words of a title before the name replaced ("Commodore", "Vice Admiral").
_TITLE_WORDS = r"(?:[A-Z][\w.'-]* ){0,3}"


def _titled_text() -> str:
    """What `_replaced_by_holder`'s pattern holds before the name: the verb, a title."""
    return rf"\b{_patterns()[1]} (?:{_TITLE_WORDS})?"


@cache
def _titled() -> re.Pattern[str]:
    """`_titled_text` up to a name (see `_opened`)."""
    return re.compile(rf"{_titled_text()}\Z")


def _same_office(role_words: list[str], office: str) -> bool:
    """One office: the role's head (its last word) and its field (the word before) are
    the other's words ("Foreign Minister" and "foreign minister"; not "Prime Minister")."""
    other = set(_words(office))
    return bool(role_words) and set(role_words[-2:]) <= other


def _words(text: str) -> list[str]:
    return [w.lower().removesuffix("'s") for w in re.findall(r"[A-Za-z']+", text)]
