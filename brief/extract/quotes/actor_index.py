"""One story's actors, indexed for its quotes: every way each is written in one
automaton (a daily brief names thousands of actors, so finding who a sentence names is
one scan), the surname two people share, the people by the head of their role ("the
Tory leader"), and the organisations "the company" or a spokesperson may stand for.

Made once for a story that quotes someone, then only read: by pronouns, to find the
people a sentence names, and by attribution, to find the actor a phrase names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import NamedTuple

from brief.extract.actors.names import INITIALS_RE, initials_apart
from brief.extract.actors.tallies.lone_words import inner_words
from brief.extract.actors.word_knowledge import pronoun_gender
from brief.extract.lexicon import PhraseMatcher, gazetteer, honorific_gender, words
from brief.extract.quotes.speech_words import PARENTHESIS_RE
from brief.extract.quotes.subject_phrases import particle_led
from brief.models import Actor


def spokesperson_body(phrase: list[str], index: ActorIndex, recent: Sequence[str]) -> Actor | None:
    """The organisation whose spokesperson a phrase describes ("a Honda spokesman", "a
    spokeswoman for the Information Commissioner's Office"): a spokesperson's words are
    given in the organisation's name, and the unnamed person is no actor, so the words
    are the organisation's. Only when the organisation's name is the whole of what the
    noun is for: "a spokesman for Gordon Brown" (a person) and "a Honda UK spokesman"
    (another body) settle nothing. "A spokesman for the ministry" is for the body "the
    ministry" names as a speaker ("the ministry said"): the story's one organisation
    whose name ends in that noun, named in the `recent` sentences, or its one company
    named there ("a spokeswoman for the company")."""
    if len(phrase) < 3 or phrase[0].lower() not in words()["determiners"]:
        return None
    low = [token.lower() for token in phrase]
    spokespeople = words()["spokespeople"]
    spokes = [n for n, token in enumerate(low) if token in spokespeople]
    if len(spokes) != 1:
        return None
    at = spokes[0]
    if at == len(phrase) - 1:
        name = phrase[1:at]  # "a Honda spokesman"
    elif low[at + 1] in {"for", "at"}:
        name = phrase[at + 2 :]  # "a spokesman for Honda"
    else:
        return None
    if name[:1] and name[0].lower() == "the":
        body = index.body(name)
        if body is not None and any(body.name in text for text in recent):
            return body
        firm = index.firm(name, recent)
        if firm is not None:
            return firm
        name = name[1:]
    return _named_whole(name, index)


def press_office_body(phrase: list[str], index: ActorIndex) -> Actor | None:
    """The organisation whose own press office a phrase names ("the KGB press service",
    "the press office of the Interior Ministry"; words.toml's press_offices): an office
    that speaks for its body by its function, as a spokesperson does, so the words are
    the body's (r74 F13). Only a body of the story whose name is the whole of the owner:
    "the Grodno prosecutor's press service" names no body the table holds, and settles
    nothing."""
    if len(phrase) < 3 or phrase[0].lower() not in words()["determiners"]:
        return None
    low = [token.lower() for token in phrase]
    offices = [office.split() for office in words()["press_offices"]]
    name: list[str] | None = None
    for office in offices:
        size = len(office)
        if low[-size:] == office and len(phrase) > size + 1:
            name = phrase[1:-size]  # "the KGB press service"
        elif low[1 : 1 + size] == office and low[1 + size : 2 + size] == ["of"]:
            name = phrase[2 + size :]  # "the press service of the KGB"
            if name[:1] and name[0].lower() == "the":
                name = name[1:]
        if name:
            break
    if not name:
        return None
    return _named_whole(name, index)


def _named_whole(name: list[str], index: ActorIndex) -> Actor | None:
    """The story's one organisation whose name is the whole of `name`, or None (none, or
    two): a spokesman's or a press office's body."""
    text = " ".join(name)
    whole = [
        actor
        for start, end, actor in index.find(text)
        if start == 0 and end == len(text) and actor.kind == "organisation"
    ]
    return whole[0] if len(whole) == 1 else None


@cache
def _organisation_aliases() -> dict[str, tuple[str, ...]]:
    """The gazetteer's other names of each organisation ("IMF" of the International
    Monetary Fund): "an IMF spokesperson said" is the Fund's, named in full before."""
    out: dict[str, list[str]] = {}
    for form, entry in gazetteer().items():
        if entry.kind == "organisation" and form != entry.name:
            out.setdefault(entry.name, []).append(form)
    return {name: tuple(forms) for name, forms in out.items()}


def phrase_head(phrase: Sequence[str]) -> str:
    """A lower-case noun phrase's head: the word before its first preposition ("mayor of
    Hale", "plaintiff in the lawsuit"), else its last word ("Tory leader")."""
    prepositions = words()["role_prepositions"]
    at = next((n for n in range(1, len(phrase)) if phrase[n] in prepositions), len(phrase))
    return phrase[at - 1]


class ActorIndex(NamedTuple):
    """Every surface form of the actors in one Aho-Corasick automaton, so finding who is
    named in a sentence costs one scan, not one per actor (a daily brief has thousands)."""

    matcher: PhraseMatcher[Actor]
    # "the forum" for the story's one organisation whose name ends in "Forum"
    bodies: dict[str, Actor | None]
    # the story's people by the head of their role, each with the role's words: "the Tory
    # leader" when the text gives one of them that role (looked up by head, not by a walk
    # over thousands of people)
    roles: dict[str, list[tuple[Actor, frozenset[str]]]]
    # the story's organisations, for "the company said" after one of them is named
    firms: tuple[Actor, ...]
    # a surname two or more of the story's people share and no one of them holds alone
    # ("Cheney" with Liz and Dick Cheney): each of its holders
    namesakes: dict[str, tuple[Actor, ...]]
    # every surname two or more of the story's people share ("Clinton" with Bill and
    # Hillary Clinton both named in full), whoever the bare surname is taken for, with
    # its holders
    shared: dict[str, tuple[Actor, ...]]
    # the shared forms that are a word inside some holder's name ("Muñoz" of Héctor Muñoz
    # Araya and Felipe Muñoz Soto): how often each is named tells nothing of whom such
    # a form means
    inner: frozenset[str]

    @classmethod
    def of(cls, actors: Sequence[tuple[Actor, int]]) -> ActorIndex:
        """The index of one story's actors, each with how many of its sentences name it
        (an Actor is never a dict key: its hash walks all its mentions)."""
        forms: dict[str, Actor] = {}
        people_first = sorted((a for a, _ in actors), key=lambda a: a.kind != "person")
        aliases = _organisation_aliases()
        for actor in people_first:  # earlier actors (people) win a shared full name
            known = aliases.get(actor.name, ()) if actor.kind == "organisation" else ()
            spaced = initials_apart(actor.name)  # "B.Ganbold" read "B. Ganbold"
            for form in (actor.name, *actor.spellings, *known, spaced, *_owner_forms(actor)):
                forms.setdefault(form, actor)
        holders = _holders(actors)
        short = _short_forms(holders)
        for form, actor in short.items():
            if (
                form not in forms
                or forms[form].kind == "country"
                or _read_twice(forms[form], actor)
            ):
                forms[form] = actor  # "Jordan said" after "Rep. Jim Jordan": him
        namesakes = {
            form: tuple(actor for actor, _ in people)
            for form, people in holders.items()
            if len(people) > 1 and form not in short
        }
        bodies: dict[str, Actor | None] = {}
        for actor, _ in actors:
            words_of = actor.name.split()
            if actor.kind == "organisation" and len(words_of) >= 2 and words_of[-1].isalpha():
                head = words_of[-1].lower()
                bodies[head] = None if head in bodies else actor  # two "Party"s: neither
        roles: dict[str, list[tuple[Actor, frozenset[str]]]] = {}
        for actor, _ in actors:
            # (less a gloss in brackets: "third prosecution witness (PW3)" is a witness)
            written = PARENTHESIS_RE.sub(" ", actor.role) if actor.role else ""
            role = written.lower().replace("-", " ").replace(",", " ").split()
            if actor.kind == "person" and role:
                roles.setdefault(phrase_head(role), []).append((actor, frozenset(role)))
        firms = tuple(actor for actor, _ in actors if actor.kind == "organisation")
        # a form the actors' tallies gave one person, reading the whole source ("Gómez"
        # of General Gómez Restrepo, the governor being "Guzmán"), is no one else's
        settled = {form for actor, _ in actors for form in actor.spellings}
        within = _inner_holders(actors)
        shared = {}
        for form in holders.keys() | within.keys():
            people = holders.get(form, []) + within.get(form, [])
            sharing = tuple({id(actor): actor for actor, _ in people}.values())
            if len(sharing) > 1 and form not in settled:
                shared[form] = sharing
        inner = frozenset(form for form in shared if form in within)
        return cls(PhraseMatcher(forms), bodies, roles, firms, namesakes, shared, inner)

    def described(self, description: str) -> Actor | None:
        """The one person of the story whose role the definite description names ("the
        Tory leader" for "Tory leader Michael Howard"): each of its words is a word of
        the role, and the role's head is its head; nobody when none or several are."""
        tokens = _owner_left_out(description.lower().split())
        if len(tokens) < 2 or tokens[0] != "the":
            return None
        wanted = set(tokens[1:])
        fits = [
            person
            for person, role in self.roles.get(phrase_head(tokens[1:]), ())
            # "the prime minister" is not the deputy prime minister, nor a former one
            if wanted <= role and not (role - wanted) & words()["other_rank"]
        ]
        return fits[0] if len(fits) == 1 else None

    def body(self, phrase: list[str]) -> Actor | None:
        """ "the forum", "the commission": the one organisation of the story whose name
        ends in that noun ("Northern Governors Forum"), else nobody (the caller also
        wants it named in the sentences just before). House style may capitalise the
        short form ("the Tribunal observed" after "the Competition Tribunal"): the noun
        alone after "the" is no other name."""
        if len(phrase) != 2 or phrase[0].lower() != "the" or not phrase[1].isalpha():
            return None
        if not (phrase[1].islower() or phrase[1][1:].islower()):
            return None  # "the UN": a name of its own
        return self.bodies.get(phrase[1].lower())

    def firm(self, phrase: list[str], recent: Sequence[str]) -> Actor | None:
        """ "the company", "the firm": the one organisation of the story named in `recent`
        (the sentences just before and the quote's own), else nobody: with two named
        ("Verizon's bid for MCI"), "the company" may be either; so may a name the table
        lacks that speaks there."""
        if len(phrase) != 2 or phrase[0].lower() != "the" or phrase[1] not in _FIRM_NOUNS:
            return None
        # one search of the texts joined by a newline, which no name holds, for each of
        # the story's organisations (thousands in a long text), not one per text
        texts = "\n".join(recent)
        named = [firm for firm in self.firms if named_in_any(firm.name, texts, recent)]
        if len(named) != 1:
            return None
        # "GMAC has been ... but GM said ...": another name that speaks may be the company,
        # and so may one the table lacks in the last sentence ("In a statement from Lycos
        # Europe ..., the company denied")
        own = set(named[0].name.split())
        speakers = {m.group(1) for text in recent for m in _NAME_SAID_RE.finditer(text)}
        if not speakers <= own or self._unknown_name(recent[-2:], own):
            return None
        return named[0]

    def _unknown_name(self, texts: Sequence[str], own: set[str]) -> bool:
        """A capitalised word inside a sentence that is no word of `own`, of an actor of
        the story, of the gazetteer nor an honorific: a name the actors table lacks."""
        honorifics = words()["honorifics"]
        for text in texts:
            known = [(start, end) for start, end, _ in self.find(text)]
            for m in _INNER_CAPITAL_RE.finditer(text):
                word = m.group(1)
                inside = any(start <= m.start(1) < end for start, end in known)
                listed = word in own or word in gazetteer()
                if not (inside or listed or word.lower().rstrip(".") in honorifics):
                    return True
        return False

    def find(self, text: str) -> Iterator[tuple[int, int, Actor]]:
        for start, end, _, actor in self.matcher.finditer(text):
            if _contraction(text, end):  # "Don’t" is not Don Stewart
                continue
            holders = self.shared.get(text[start:end])
            if holders is not None and actor.name != text[start:end]:
                sex = _honorific_gender(text, start)
                if sex is not None and gender_of(actor) not in {None, sex}:
                    # "Mr Khan said" is not Aliya Khan: the namesake the honorific fits
                    fits = [a for a in holders if gender_of(a) in {None, sex}]
                    if len(fits) != 1:
                        continue  # none or several: the text does not settle who
                    actor = fits[0]
            yield start, end, actor


def _owner_forms(actor: Actor) -> tuple[str, ...]:
    """The other ways news writes an owned body's possessive: "Belarus's Foreign Ministry"
    and "Belarus’s" for the actor named "Belarus' Foreign Ministry" (actors._owned_name),
    so that a quote's "Belarus's Foreign Ministry said" is that ministry's, never one
    its bare spelling ("Foreign Ministry") shares with another state's (r74 F14)."""
    if actor.kind != "organisation":
        return ()
    owner, mark, rest = actor.name.partition("' ")
    if not mark or not owner.endswith("s"):
        return ()
    return (f"{owner}'s {rest}", f"{owner}’s {rest}", f"{owner}’ {rest}")


def _honorific_gender(text: str, start: int) -> str | None:
    """The gender the honorific right before `start` says ("Mr Khan", "Mrs. Tan"), if any."""
    before = text[max(0, start - 12) : start].split()
    if not before or not text[:start].endswith((" ", "\u00a0")):
        return None
    return honorific_gender(before[-1])


def gender_of(actor: Actor) -> str | None:
    """A person's gender by their given name, where a name list is sure of it."""
    return pronoun_gender(actor.name.split()[0]) if " " in actor.name else None


def named_in_any(name: str, joined_texts: str, texts: Sequence[str]) -> bool:
    """Whether one of `texts` holds `name`, asked of `joined_texts`, them joined by a
    newline, which a name lacks (one search, not one per text)."""
    if not name or "\n" in name:
        return any(name in text for text in texts)
    return name in joined_texts


_INNER_CAPITAL_RE = re.compile(r"(?<=[\w,;:%)] )([A-Z][\w&.-]*)")  # not a sentence's first
_NAME_SAID_RE = re.compile(r"\b([A-Z][\w&-]*) (?:said|says|has said|had said)\b")
# The nouns a business is called by once named ("the company said"), not a holding's.
_FIRM_NOUNS = frozenset({"company", "firm", "group", "carrier", "bank", "retailer", "airline"})


def _owner_left_out(tokens: list[str]) -> list[str]:
    """ "the bank's governor" read as "the governor": a body's noun as owner ("the
    company's chief executive", "the central bank's governor") says where the office
    is, not which of the story's people holds it."""
    if len(tokens) < 3 or tokens[0] != "the":
        return tokens
    for n, token in enumerate(tokens[1:4], start=1):
        owner = re.sub(r"[’']s$", "", token)
        if owner != token:
            owners = _FIRM_NOUNS | words()["body_trade_nouns"]
            return ["the", *tokens[n + 1 :]] if owner in owners else tokens
    return tokens


def _holders(actors: Sequence[tuple[Actor, int]]) -> dict[str, list[tuple[Actor, int]]]:
    """The people of the story, each with how many sentences name them, by their surname
    ("Fomin", and with its particles: "de Blasio", "De Blasio" or "Van der Linden"
    opening a sentence, "al-Murtada" and "Al-Murtada") and
    their first word ("Lin" of "Lin Cheng-yu")."""
    holders: dict[str, list[tuple[Actor, int]]] = {}
    for actor, count in actors:
        if actor.kind != "person":
            continue
        forms = _surname_forms(actor.name, given=True)
        for spelling in actor.spellings:
            # "Keïta" of Moussa Keita, whom another report writes "Moussa Keïta"
            forms += _surname_forms(spelling, given=False)
        for form in dict.fromkeys(forms):
            holders.setdefault(form, []).append((actor, count))
    for form, people in holders.items():
        # "Azman" of Azman bin Harun and of Nurul Huda binti Azman: his own name, her
        # father's, by which she is never called; the father's name alone stays a form
        # (no one else holds "Rajendran" of Senthil Kumar s/o Rajendran)
        own = [pair for pair in people if _fathers_name(pair[0].name) != form]
        if own and len(own) < len(people):
            holders[form] = own
    return holders


def _fathers_name(full: str) -> str | None:
    """The last word of a name that links the person's own names to the father's ("Azman"
    of Nurul Huda binti Azman), when it is the father's name and no family name follows
    it ("Khalid bin Fahad Al-Otaibi" is "Al-Otaibi" as any surname); else None."""
    parts = full.split()
    links, particles = words()["patronymic_links"], words()["particles"]
    link = next((k for k, part in enumerate(parts) if part.lower() in links), 0)
    if not 0 < link < len(parts) - 1:
        return None
    family = any(
        part.lower() in particles or part.split("-")[0].lower() in particles
        for part in parts[link + 2 :]
    )
    return None if family else parts[-1]


def _surname_forms(full: str, *, given: bool) -> list[str]:
    """The forms of a person's name that name them alone (see _holders): the surname, with
    its particles, and (`given`) the first word."""
    name = initials_apart(full)  # "O.Altai" is "Altai" too
    if " " not in name:
        return []
    parts = name.split()
    while len(parts) > 2 and parts[-1].rstrip(".").lower() in words()["generations"]:
        parts = parts[:-1]  # "Walter M Phillips Jr" is "Phillips", never "Jr"
    if parts[-1].rstrip(".").lower() in words()["generations"]:
        return []
    forms = [parts[-1]]
    if given and not INITIALS_RE.fullmatch(parts[0]):
        forms.append(parts[0])
    start = len(parts) - 1  # the particles before the surname: "van der Linden"
    while start > 1 and parts[start - 1].lower() in words()["particles"]:
        start -= 1
    if start < len(parts) - 1 or particle_led(parts[-1]):
        # "De Blasio", "Al-Murtada" opening a sentence
        surname = " ".join(parts[start:])
        forms += [surname, surname[:1].upper() + surname[1:]]
    return forms


def _inner_holders(actors: Sequence[tuple[Actor, int]]) -> dict[str, list[tuple[Actor, int]]]:
    """The people of the story by each word inside their name that may be a surname
    ("Navarro" of Javier Navarro Beltrán, as Spanish names people): a bare "Navarro"
    beside Rowena Bautista Navarro may be either, and only the text near it may tell."""
    holders: dict[str, list[tuple[Actor, int]]] = {}
    for actor, count in actors:
        if actor.kind == "person":
            words_of = tuple(actor.name.split())
            for form in inner_words(words_of):
                holders.setdefault(form, []).append((actor, count))
                for led in _with_its_particles(words_of, form):
                    holders.setdefault(led, []).append((actor, count))
    return holders


def _with_its_particles(words_of: tuple[str, ...], inner: str) -> tuple[str, ...]:
    """An inner surname with the particles the name writes before it, as news calls the
    person ("De la Fuente" of Ignacio de la Fuente Olmedo, opening a sentence or not)."""
    particles = words()["particles"]
    at = words_of.index(inner, 1)
    start = at
    while start > 1 and words_of[start - 1].lower() in particles:
        start -= 1
    if start == at:
        return ()
    form = " ".join(words_of[start : at + 1])
    return (form, form[:1].upper() + form[1:])


def _short_forms(holders: dict[str, list[tuple[Actor, int]]]) -> dict[str, Actor]:
    """The one person a surname or first word names (see _holders): "Clinton" with Hillary
    and Bill Clinton both in the story means the one it names far more often, else the
    one it names first (news style). Nobody when both are first named in one sentence
    ("Rob Ford met his brother Doug Ford"), or with three or more holders and none far
    ahead."""
    out: dict[str, Actor] = {}
    for form, people in holders.items():
        ranked = sorted(people, key=lambda pair: -pair[1])
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
            out[form] = ranked[0][0]
        elif len(ranked) == 2:
            first, second = sorted(ranked, key=lambda pair: _first_named(pair[0]))
            if _first_named(first[0]) < _first_named(second[0]):  # not one sentence
                out[form] = first[0]
    return out


def _read_twice(body: Actor, person: Actor) -> bool:
    """Whether an organisation is only a person's short form read a second time: its whole
    name is one word, and the actors table gives the person every sentence that names it
    ("Zhang said:" after Chief Executive Zhang Haoyu, also listed as a body "Zhang"). The
    word is then the person's, as the table itself counted it; a company that shares the
    word ("Honda Motor" beside Yuki Honda) is named in sentences of its own."""
    if body.kind != "organisation" or " " in body.name:
        return False
    own = set(person.sentences)
    return all(mention in own for mention in body.sentences)


def _first_named(actor: Actor) -> tuple[int, int]:
    """Where the story first names the actor (its actors are all from one source)."""
    return min((m.source, m.index) for m in actor.sentences)


def _contraction(text: str, end: int) -> bool:
    """ "Don’t", "We’ll": a name form that is the start of a contraction."""
    return _CONTRACTION_RE.match(text, end) is not None


_CONTRACTION_RE = re.compile(r"(?i)(?:n[’']t|[’'](?:t|re|ve|ll|d|m))\b")
