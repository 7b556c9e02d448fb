"""Which of the roles a brief's sources give a person is theirs on the brief's day.

A person's tally shows the first role read, or an office a sentence appoints them to.
Across the articles of one brief that is not enough: Tuesday's wire calls her "acting
defence minister", Wednesday's paper says parliament confirmed her as defence minister,
and a stale republish on Thursday still says "acting". A title is what a reader pastes
into a note, so a stale one is a wrong fact. The rules here follow what the sources state,
never a guess:

* a stated change of office (an appointment: "was appointed", "voted to confirm X as",
  "the new spokesman"), in a dated source, makes every role of that person from an
  undated source, or from one dated before it, stale; the role shown is one given on or
  after that date (the change's own on its day), or none;
* an appointment to an office ends a stand-in's title to it ("acting", "interim"), on
  whatever date a source repeats that title;
* a role a later-dated source gives wins over one an earlier-dated source gave when it
  tells of the same office or of a change: Monday's "a retired general, defence
  minister" is Wednesday's "Defence Minister" (the same head), Tuesday's "Defence
  Minister" Thursday's "former defence minister" (that office, left), and an office
  wins over a role that holds none ("a former judge" who is "Inquiry chairman" later).
  What a later source only adds of a person's past or life ("a former journalist", "a
  mother of three") is no change of the office held, and one that only restates part of
  it ("spokesman" after "Coast Guard spokesman") says nothing new; a role from an
  undated source is never compared, its day is unknown;
* a title the text also writes with its complement is shown with it ("Secretary" and
  "Secretary of State");
* a title apposed to a predecessor ("Your predecessor, Mayor X") that one other person
  holds is the successor's now: the predecessor is shown with no role.

A role is read only from mentions that are surely the person's: the name as the tally
lists it, or a surname no other person in the brief bears, counted for them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from brief.extract.actors.names import surname_of
from brief.extract.actors.roles.dated_roles import dating_word, past_word
from brief.extract.actors.roles.role_words import TITLE_WORDS, is_head, rank_only
from brief.extract.actors.roles.since_then import may_tell_since
from brief.extract.actors.tallies.person_tallies import told_then
from brief.extract.actors.tallies.same_person import office
from brief.extract.actors.tallies.tally_record import Found, Tally
from brief.extract.lexicon import gazetteer, kin_genders, words
from brief.models import Mention, Sentence

# A role word that says the office is new to its holder: "the ministry's new spokesman".
_NEW_WORDS = frozenset({"new", "newly"})


@dataclass(frozen=True)
class _Given:
    """One role a sentence gives the person."""

    order: int  # the sentence's place in reading order
    sentence: Sentence
    role: str
    change: bool  # the sentence states the office as new to them (an appointment)

    @property
    def words(self) -> list[str]:
        return _words(self.role)

    @property
    def mention(self) -> Mention:
        return Mention(self.sentence.source, self.sentence.index)


def choose_current_roles(
    people: Sequence[Tally], found: Sequence[Found], published: Mapping[int, str] | None = None
) -> None:
    """Set each person's role to the one current on the latest date a source states a
    change of their office (see the module's docstring). `published`: each dated
    source's date, "YYYY-MM-DD" (others count as undated)."""
    dates = {n: d for n, d in (published or {}).items() if _FULL_DATE.fullmatch(d)}
    given = _roles_given(people, found)
    for tally in people:
        roles = given.get(id(tally))
        if roles:
            _choose(tally, roles, dates)


_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def without_news_word(people: Sequence[Tally]) -> None:
    """A role shown without the "new" that opens it ("New Foreign Ministry spokesperson
    Joanna Roe said", capitalised as the sentence's first word): the wire's word for the
    day's change, read above as an appointment (`_roles_given`), is no part of the title
    a reader reads out (r74 F23), and stale by the next day. Only an opening "new" and a
    title after it: "the ministry's new spokesman" keeps its owner as written."""
    for tally in people:
        role = tally.role
        if not role:
            continue
        first, _, rest = role.partition(" ")
        if first.lower() != "new" or not rest or not _titles_word(rest.split()[0]):
            continue  # ("New Zealand's regional compliance manager": a place's name)
        if any(is_head(w.lower()) for w in rest.split()):
            tally.role = rest


def without_offices_given_away(
    people: Sequence[Tally], found: Sequence[Found], published: Mapping[int, str] | None = None
) -> None:
    """A person shown with a title an earlier-dated source gives, whom a later-dated
    sentence names as it ends an office ("dismissing", "removed", words.toml's
    office_ending_verbs in any form) and, in the same sentence, appoints another person
    of the brief to that office, a stand-in too ("a decree dismissing Governor X and
    naming Y as acting governor"): the title is stale, and no role is shown (a gap, not
    a wrong title: r75 F2, Monday's "Governor" beside Tuesday's acting one). The office
    is the same where the last two words of the person's title are the appointee's and
    the appointee's hold no second in command's word ("deputy governor" is another)."""
    dates = {n: d for n, d in (published or {}).items() if _FULL_DATE.fullmatch(d)}
    given = _roles_given(people, found)
    appointed = [
        (tally, one)
        for tally in people
        for one in given.get(id(tally), [])
        if one.change and one.sentence.source in dates and _ends_an_office(one.sentence.text)
    ]
    if not appointed:
        return
    deputies = words()["second_in_command"]
    for tally in people:
        if tally.kind != "person" or not tally.role or tally.role_at is None:
            continue
        day = dates.get(tally.role_at.source)
        said = _words(tally.role)
        if day is None or any(past_word(w) for w in said):
            continue
        held = [w for w in said if not dating_word(w)][-2:]
        for other, one in appointed:
            if other is tally or dates[one.sentence.source] <= day or not held:
                continue
            if not re.search(rf"\b{re.escape(surname_of(tally.name))}\b", one.sentence.text):
                continue
            theirs = {w for w in one.words if not dating_word(w)}
            if set(held) <= theirs and (theirs - set(held)).isdisjoint(deputies):
                tally.role, tally.role_at = None, None
                break


def _ends_an_office(text: str) -> bool:
    """Whether the sentence holds a verb that ends an office, in any form ("dismissed",
    "dismissing", "removes")."""
    lowered = text.lower()
    for verb in words()["office_ending_verbs"]:
        stem = verb[:-2] if verb.endswith("ed") else verb
        if re.search(rf"\b(?:{re.escape(verb)}|{re.escape(stem)}(?:ing|es|s))\b", lowered):
            return True
    return False


def _titles_word(word: str) -> bool:
    """Whether the word after "New" goes on the title ("spokesperson", "Foreign" of
    "Foreign Ministry spokesperson": a word of titles), not a place's or a body's name
    that "New" opens ("Zealand", "York", "Jersey")."""
    return word.islower() or bool(TITLE_WORDS[word.lower()]) or is_head(word.lower())


def without_successors_offices(people: Sequence[Tally], found: Sequence[Found]) -> None:
    """A person shown by a title apposed to a predecessor ("Your predecessor, Mayor X")
    whose office one other person of the brief holds ("Mayor Rosa Vidal"), their
    successor, left it: the title is theirs no more, and no role is shown. A title no one
    else holds may be theirs still; so may one several others hold, a style or a rank
    ("Ambassador"), or one whose other holder the text appoints to another office, the
    one succeeded to ("Ambassador Y was elected deputy chair. Her predecessor,
    Ambassador X, whose term ends next month, ...")."""
    succeeded = {
        (Mention(sentence.source, sentence.index), name.role)
        for _, sentence, name in found
        if name.succeeded
    }
    if not succeeded:
        return
    titled = [t for t in people if t.kind == "person" and t.role]
    given = _roles_given(people, found)
    for tally in titled:
        if (tally.role_at, tally.role) not in succeeded:
            continue
        held = office(tally.role or "")
        styled = _written_after(tally.role or "", found)
        holders = [
            o
            for o in titled
            if o is not tally and (office(o.role or "") == held or o.name in styled)
        ]
        # one holder is the successor; a title many hold at once is a style or a rank
        # ("Ambassador"), not the one office succeeded to
        if len(holders) == 1 and not _appointed_elsewhere(given.get(id(holders[0]), []), held):
            tally.role, tally.role_at = None, None


def _written_after(title: str, found: Sequence[Found]) -> set[str]:
    """The names the text writes right after the title ("Ambassador Jane Roe"), whatever
    role they are shown with: a holder of the title too, as a style if not an office
    ("the Commissioner for Trade, Ambassador Jane Roe")."""
    return {name.text for _, sentence, name in found if f"{title} {name.text}" in sentence.text}


def _appointed_elsewhere(roles: list[_Given], held: str) -> bool:
    """Whether the text appoints the person to an office other than `held`."""
    return any(one.change and office(one.role) != held for one in roles)


def given_roles(
    people: Sequence[Tally], found: Sequence[Found]
) -> dict[int, list[tuple[str, Mention]]]:
    """Each person's roles as the text gives them, cited, in reading order (by `id` of
    the tally), from the mentions that are surely theirs."""
    return {
        key: [(one.role, one.mention) for one in roles]
        for key, roles in _roles_given(people, found).items()
    }


def _roles_given(people: Sequence[Tally], found: Sequence[Found]) -> dict[int, list[_Given]]:
    """The roles given each person, in reading order, from the mentions that are surely
    theirs: the name they are listed under (or another spelling of it), their surname
    alone when no one else in the brief bears it and the mention was counted for them
    (or gave them the role they have), or another word of their name alone that is no
    one's surname, counted for them only."""
    by_name: dict[str, Tally] = {}
    by_surname: dict[str, list[Tally]] = {}
    for tally in people:
        if tally.kind != "person":
            continue
        for form in (tally.name, *tally.spellings):
            by_name.setdefault(form, tally)
        by_surname.setdefault(surname_of(tally.name), []).append(tally)
    given: dict[int, list[_Given]] = {}
    for order, sentence, name in found:
        if not name.role:
            continue
        owner = by_name.get(name.text)
        if owner is None and len(name.tokens) == 1:
            same = by_surname.get(name.tokens[0], [])
            at = (sentence.source, sentence.index)
            if len(same) == 1 and (at in same[0].where or Mention(*at) == same[0].role_at):
                owner = same[0]
            elif not same:  # a given name alone ("Somchai"), counted for one person only
                counted = [t for t in people if at in t.where and name.tokens[0] in t.name.split()]
                owner = counted[0] if len(counted) == 1 else None
        if owner is None:
            continue
        change = name.appointed or not _NEW_WORDS.isdisjoint(_words(name.role))
        given.setdefault(id(owner), []).append(_Given(order, sentence, name.role, change))
    return given


def _choose(tally: Tally, roles: list[_Given], dates: Mapping[int, str]) -> None:
    current = [one for one in roles if not _stale(one, roles, dates)]
    shown = next((one for one in current if one.mention == tally.role_at), None)
    if shown is None and tally.role_at is not None and tally.role is not None:
        if not any(one.mention == tally.role_at for one in roles):
            return  # a role read another way (an epithet, a role to come): left as it is
        shown = current[0] if current else None
        if shown is None:
            tally.role, tally.role_at = None, None
            return
    if shown is None:
        return
    shown = _latest(_held_over_past(shown, current, dates), current, dates)
    if _kin_only(shown.role):
        # "with his nephew Jo Roe interpreting" then "Roe, 24, a law student": kin is what
        # a person is to someone else, a relation; what the text calls them in their own
        # right (a trade, an office) is their role, wherever it is said
        shown = next((one for one in current if not _kin_only(one.role)), shown)
    fuller = next((one for one in current if _completes(shown.words, one.words)), shown)
    owned = next((one for one in current if _with_its_state(fuller.role, one.role)), fuller)
    tally.role, tally.role_at = owned.role, owned.mention


def _held_over_past(shown: _Given, current: list[_Given], dates: Mapping[int, str]) -> _Given:
    """An office the text gives as held, over a role it gives only as past: "Benhaddou,
    a former ambassador to Niger" is what he was; "Algeria's special envoy for the
    Sahel", in another sentence of the same source or of one dated that day or later,
    is his post of the day (a source of unknown day is not compared). Not where the
    office held has the past one's head ("Interior Minister" beside "former Interior
    Minister"): that may be the very office, left, which the dates settle
    (`_latest`). A rank alone ("Colonel") is a standing, no post; nor is an office the
    sentence that gives it may say ended ("Justice X retired from the Court of Appeal
    in 2001", "X resigned", "dismissed"): the end is read later (tenure), and the past
    title given is then the surer; nor one of a time the sentence looks back on ("Back
    then he was Lieutenant X, the platoon's officer")."""
    parts = _parts(shown.role)
    if not parts or not all(part.past for part in parts):
        return shown
    heads = {part.head for part in parts}
    day = dates.get(shown.sentence.source)
    for one in current:
        theirs = dates.get(one.sentence.source)
        same_or_later = day is not None and theirs is not None and theirs >= day
        if (
            (one.sentence.source == shown.sentence.source or same_or_later)
            and holds_office(one.role)
            and heads.isdisjoint(part.head for part in _parts(one.role))
            and not _tells_an_end(one.sentence.text)
            and not told_then(one.sentence.text)
        ):
            return one
    return shown


def _tells_an_end(text: str) -> bool:
    """Whether the sentence may tell that an office or a life ended: a word of death or
    retirement, a verb of leaving an office ("resigned", "stepped down") or of ending
    another's ("dismissed")."""
    lowered = text.lower()
    leaving = any(
        re.search(rf"\b{re.escape(verb)}\b", lowered) for verb in words()["office_leaving_verbs"]
    )
    return leaving or may_tell_since(text) or _ends_an_office(text)


def holds_office(role: str) -> bool:
    """Whether the role names a post held now: a role's head ("spokesman", "acting head
    of the State Border Service", "Major, spokesman"), not one a word puts in the past
    ("former ambassador"), nor a rank alone ("Junior Sergeant"), a standing; nor a
    description ("researcher"), a trade ("driver") or kin ("brother")."""
    return any(part.office and not rank_only(part.head) for part in _parts(role))


def _kin_only(role: str) -> bool:
    """Whether every part of the role is a relation of kin ("nephew", "Liew's wife",
    "mother of four"): no trade or office of the person's own."""
    parts = _parts(role)
    return bool(parts) and all(part.head in kin_genders() for part in parts)


def _latest(shown: _Given, current: list[_Given], dates: Mapping[int, str]) -> _Given:
    """The role a later-dated source gives, day by day after the day of the role
    `shown`, when it is news of the office held (`_replaces`): what a later source calls
    them is what they are now, but a background it adds is not. A role from an undated
    source stays, as no day can be compared."""
    day = dates.get(shown.sentence.source)
    if day is None:
        return shown
    later = [one for one in current if dates.get(one.sentence.source, "") > day]
    for one in sorted(later, key=lambda one: (dates[one.sentence.source], one.order)):
        if _replaces(one, shown):
            shown = one
    return shown


def _replaces(later: _Given, held: _Given) -> bool:
    """Whether a later day's role is news of the office `held`: a stated change (an
    appointment), the same kind of office (the same head: "Defence Minister" after
    "retired general, defence minister"), that very office dated as left ("former
    defence minister" after "Ecuador's Defence Minister"), or an office where the held
    role names none ("Inquiry chairman" after "a former judge"). A past of another
    occupation or a description ("a former journalist", "a mother of three") is
    background, no change of the office held."""
    if _restates(later, held):
        return False
    if later.change:
        return True
    held_parts = _parts(held.role)
    for part in _parts(later.role):
        if part.past:
            if any(not one.past and _lost_office(part, one) for one in held_parts):
                return True
        elif any(not one.past and one.head == part.head for one in held_parts):
            return True
    holds_office = any(one.office for one in held_parts)
    return not holds_office and any(one.office for one in _parts(later.role))


def _lost_office(past: _Part, held: _Part) -> bool:
    """Whether a past role names the office held: the same last two words ("former
    defence minister" of "Defence Minister"), or the same head with all the held
    title's words and more that say of what ("Dismissed central bank governor" of
    "Governor", r75 F2), none of them a second in command's ("former deputy governor"
    held another office than "Governor")."""
    if held.key == past.key:
        return True
    extra = set(past.words) - set(held.words)
    return (
        past.head == held.head
        and set(held.words) <= set(past.words)
        and extra.isdisjoint(words()["second_in_command"])
    )


@dataclass(frozen=True)
class _Part:
    """One of the roles a role's text joins ("retired general" of "retired general,
    defence minister"), as compared across days."""

    head: str  # the head noun, less a suffix of one holding it to come ("-elect")
    key: tuple[str, ...]  # the office's last two words, less those that date it
    past: bool  # a word puts it in the past ("former", "retired")
    office: bool  # a current office: a role head ("minister"), no description ("farmer")
    words: tuple[str, ...] = ()  # its words before any complement, less those that date it


def _parts(role: str) -> list[_Part]:
    """Each role a comma joins is compared on its own: a rank, an office and a past one
    may stand in one role ("retired general, defence minister")."""
    parts = []
    for text in role.split(","):
        said = _words(text)
        # the head is the word before its complement's preposition ("head of the
        # delegation", "envoy to the talks"), as a description's is (roles.noun_phrases)
        opening = words()["role_prepositions"]
        cut = next((i for i, w in enumerate(said) if w in opening and i), len(said))
        if not said[:cut]:
            continue
        head = said[cut - 1]
        for suffix in words()["head_suffixes"]:
            head = head.removesuffix(f"-{suffix}") or head
        undated = [w for w in said if not (dating_word(w) or past_word(w))]
        past = any(past_word(w) for w in said)
        before = tuple(w for w in said[:cut] if not (dating_word(w) or past_word(w)))
        parts.append(_Part(head, tuple(undated[-2:]), past, not past and is_head(head), before))
    return parts


def _restates(later: _Given, held: _Given) -> bool:
    """Whether the later role only repeats words of the held one, with the same words
    dating it: "former minister" after "minister" is news, "spokesman" after "Coast
    Guard spokesman" is not."""
    return set(later.words) <= set(held.words) and {w for w in later.words if dating_word(w)} == {
        w for w in held.words if dating_word(w)
    }


def _stale(one: _Given, roles: list[_Given], dates: Mapping[int, str]) -> bool:
    """Whether a dated change of office (in `roles`) makes this role out of date: it is
    from an undated source or an earlier day, or from the change's day and no change
    itself; or it is a stand-in's title to an office they were then appointed to."""
    if _standin_of_appointed(one, roles):
        return True
    changed = [dates[c.sentence.source] for c in roles if c.change and c.sentence.source in dates]
    if not changed:
        return False
    latest = max(changed)
    day = dates.get(one.sentence.source)
    return day is None or day < latest or (day == latest and not one.change)


def _standin_of_appointed(one: _Given, roles: list[_Given]) -> bool:
    """ "acting Defence Minister" when a sentence appoints them defence minister: the
    appointment ends the stand-in, whichever source repeats the old title."""
    standin = [w for w in one.words if dating_word(w)]
    if not standin or one.change:
        return False
    office = [w for w in one.words if w not in standin]
    return any(
        other.change
        and not any(dating_word(w) for w in other.words)
        and bool(office)
        and office[-2:] == other.words[-2:]
        for other in roles
    )


def _completes(short: list[str], long: list[str]) -> bool:
    """ "Secretary of State" completes "Secretary": the same opening words, then the
    complement of its head ("of", "for"), and no word that dates it."""
    return (
        len(long) > len(short) > 0
        and long[: len(short)] == short
        and long[len(short)] in {"of", "for"}
        and not any(dating_word(w) for w in long)
    )


def _with_its_state(short: str, long: str) -> bool:
    """ "Lithuanian Foreign Ministry spokeswoman" (or "Lithuania's ...") is "Foreign
    Ministry spokeswoman" with the state whose office it is, which the text gives in
    another mention: the same words after a country's name or its people's adjective,
    and no word that dates it. Two states' ministries are then never shown alike side
    by side (r74 F23); a mention that names no state names no other one."""
    first, _, rest = long.partition(" ")
    entry = gazetteer().get(first.removesuffix("'s").removesuffix("’s"))
    return (
        entry is not None
        and entry.kind == "country"
        and rest == short
        and not any(dating_word(w) for w in _words(long))
    )


def _words(text: str) -> list[str]:
    return [w.lower().removesuffix("'s") for w in re.findall(r"[A-Za-z'-]+", text)]
