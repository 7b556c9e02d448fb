"""How two written forms of a person's name compare: the given name one opens with,
a longer form ("Hans Christian Andersen" of "Christian Andersen"), a surname with its
particle ("De Blasio" of "Bill de Blasio"), middle initials, other given names, a
given name spelt two ways ("Mohamad", "Mohammad") and a short form of one ("Ken" of
"Kenneth").

Tests of names alone, with no tally: the companies, the count and the choice of
whose a name is all ask them.
"""

from __future__ import annotations

from functools import cache

from brief.extract.actors.names import INITIALS_RE, generational, initials_apart
from brief.extract.actors.word_knowledge import SURE, common_word, gender, short_given_forms
from brief.extract.lexicon import words


def longer_name_of(full: str, tokens: tuple[str, ...]) -> bool:
    """ "Hans Christian Andersen" for "Christian Andersen": the name ends with the
    tokens, after given names that are no common words (not "Go Donald Trump")."""
    tail = name_tail(tokens)
    full = undotted(full)  # "St. John" of "Lorraine St. John": ("St", ".", "John")
    if not full.endswith(tail):
        return False
    extra = full[: -len(tail)].split()
    return all(gender(word) is not None and not common_word(word) for word in extra)


def undotted(name: str) -> str:
    """A name without its abbreviations' dots and its generation, as its words are
    compared: "Lorraine St John" for "Lorraine St. John", "Joseph R Biden" for "Joseph R.
    Biden Jr."."""
    name = ungenerational(name)
    return name.replace(". ", " ") if ". " in name else name


def ungenerational(name: str) -> str:
    """A full name less the generational suffix it is written with: "Joseph R. Biden" of
    "Joseph R. Biden Jr.", whose later "Biden" ends it."""
    rest, _, last = name.rpartition(" ")
    return rest if rest and generational(last) else name


def name_tail(tokens: tuple[str, ...]) -> str:
    """The end a longer name would have, as undotted writes it: " St John"."""
    return " " + " ".join(t for t in tokens if t != ".")


def opens_with_its_particle(tokens: tuple[str, ...], full: str) -> bool:
    """ "De Blasio" of "Bill de Blasio", "Le Pen" of "Marine Le Pen": the surname with the
    full name's particle (capitalised as a sentence's first word, or as the full name
    writes it). A given name that is also a particle opens no such ending: "Van Jones" is
    not "Tom Jones"."""
    if not particle_led(tokens):
        return False
    first, rest = tokens[0], " ".join(tokens[1:])
    return full.endswith((f" {first} {rest}", f" {first.lower()} {rest}"))


def particle_led(tokens: tuple[str, ...]) -> bool:
    """ "De Blasio": a name of two words or more opening with a capitalised particle."""
    first = tokens[0]
    return len(tokens) >= 2 and first[:1].isupper() and first.lower() in words()["particles"]


def other_given_names(full: str, tokens: tuple[str, ...]) -> bool:
    """Two full names with one surname and different words before it, neither a longer
    form of the other: two people, whether or not a list knows the given names (an
    unfamiliar one is still a given name)."""
    own, tokens = _past_descriptions(tuple(full.split())), _past_descriptions(tokens)
    if len(own) < 2 or len(tokens) < 2 or own[0].rstrip(".") == tokens[0].rstrip("."):
        return False
    if longer_name_of(full, tokens) or longer_name_of(" ".join(tokens), tuple(own)):
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


def other_initials(full: str, initials: str) -> bool:
    """ "George W. Bush" and "George H.W. Bush": one given name and surname, other middle
    initials (a name's `middle_initials`, not empty), a father and a son. Only where both names
    write initials: "George Bush" may be either."""
    mine = _initials_of(full)
    return bool(mine) and mine != initials


def other_middle_names(full: str, tokens: tuple[str, ...]) -> bool:
    """ "Manpreet Kaur Grewal" and "Manpreet Singh Grewal": one given name and surname,
    as many words, and another word between them, written in full in both (not an
    initial, nor the same name spelled two ways): two people, as "George W. Bush" and
    "George H.W. Bush" are."""
    own = tuple(undotted(full).split())
    tokens = tuple(undotted(" ".join(tokens)).split())
    if len(own) < 3 or len(own) != len(tokens) or own[0] != tokens[0] or own[-1] != tokens[-1]:
        return False
    particles = words()["particles"]
    for mine, theirs in zip(own[1:-1], tokens[1:-1], strict=True):
        if mine == theirs or min(len(mine), len(theirs)) < 3:
            continue  # an initial, or "bin" and "bin"
        if mine.lower() in particles or theirs.lower() in particles:
            continue
        if not same_given(mine, theirs):
            return True
    return False


def particle_left_out(full: str, tokens: tuple[str, ...]) -> bool:
    """ "Kiprono arap Sang" and "Kiprono Sang": one given name and surname, and in one of
    the two a lower-case particle before the surname (words.toml's particles) that the
    other leaves out. A particle is part of a surname, written with it whenever the
    given name is ("Ludwig van Beethoven" is never "Ludwig Beethoven"): two people, as
    namesakes told apart by it are (Kalenjin "arap", as "arap Moi" is the surname). Not
    a link to the father's name (words.toml's patronymic_links), which copy may leave
    out: "Priya Raman" is Priya a/p Raman."""
    own = tuple(undotted(full).split())
    tokens = tuple(undotted(" ".join(tokens)).split())
    longer, shorter = (own, tokens) if len(own) > len(tokens) else (tokens, own)
    if len(shorter) != 2 or len(longer) != 3 or longer[::2] != shorter:
        return False
    particle = longer[1]
    w = words()
    return particle.islower() and particle in w["particles"] - w["patronymic_links"]


def other_generation(full: str, written: str, generation: str) -> bool:
    """Whether a tally's name (`full`) and a name (`written`, with its `generation`, a
    Name's, "" for none) are a father and a son: "Trump Jr." or "Donald Trump Jr." is
    no one whose name is written with another generation or none ("Trump", "Donald
    Trump", "Donald Trump Sr."), and "Donald Trump" is not "Donald Trump Jr.", the same
    words with a generation. A shorter form is not told apart by what it leaves off
    ("Joseph Biden" of "Joseph R. Biden Jr."); the caller does not ask it of a bare
    surname, which names either ("Biden")."""
    rest, _, last = full.rpartition(" ")
    own = last.rstrip(".").lower() if rest and generational(last) else ""
    if generation:
        return own != generation
    return bool(own) and undotted(rest) == undotted(written)


@cache
def _initials_of(full: str) -> str:
    return middle_initials(tuple(full.split()))


def middle_initials(tokens: tuple[str, ...]) -> str:
    middle = tokens[1:-1]
    letters = [t.replace(".", "") for t in middle if t.replace(".", "").isupper()]
    return "".join(letters) if letters and len("".join(letters)) <= 3 else ""


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


def short_form_of(short: str, full: str) -> bool:
    """Whether a given name is a short or familiar form of another that may be one
    person's: listed so (listed_short_form), unless a name list gives the two different
    genders ("Alex" may be Alexandra, but "Alex" and "Alexandra" of one surname may as
    well be a brother and a sister)."""
    if not listed_short_form(short, full):
        return False
    return len({gender(short.rstrip(".").lower()), gender(full.rstrip(".").lower())} & SURE) <= 1


def listed_short_form(short: str, full: str) -> bool:
    """Whether a given name is listed as a short or familiar form of another: "Ken" of
    "Kenneth", "Bill" of "William", "Sasha" of "Aleksandr" (short_given_forms), or of a
    spelling of it (same_given: "Aleksander" as "Aleksandr"), whatever their genders."""
    low, full_low = short.rstrip(".").lower(), full.rstrip(".").lower()
    listed = short_given_forms().get(low)
    if not listed or low == full_low:
        return False
    return any(full_low == form or same_given(full_low, form) for form in listed)


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


def given_in(tokens: tuple[str, ...]) -> str | None:
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
def given_of(name: str) -> str | None:
    return given_in(tuple(initials_apart(name).split()))
