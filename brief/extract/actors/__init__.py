"""People (with the role the text gives them), countries and organisations.

No NER model may be downloaded, so this is rules over word lists and a gazetteer
(`brief/extract/data/`), in small steps:

* word_knowledge: what general English says of a word (a given name? seen in lower
  case?), which the steps below ask;
* places: countries from their names, demonyms and the cities that seat their
  governments; organisations from the gazetteer, ministries, and names the text
  abbreviates ("Fair Wages Commission (FWC)");
* names: runs of capitalised words, and the evidence that one is a person;
* roles: the words the text gives a person (a title, an apposition, a description);
* mononyms: people the text names by one word only ("Soe, a 34-year-old worker"), with
  mononym_roles (what one mention says) and called_by_name ("a woman named Thida");
* speakers: a name the text makes speak, that no rule above admitted ("said Swiss Re");
* speaker_lines: the people a transcript names only on its speakers' lines ("Jane Roe
  -- Chief Financial Officer"), with the role the line gives;
* tallies: mentions counted, surnames merged into full names, actors ranked;
* tallies.current_roles: of the roles the sources give a person, the one current on the
  latest day a dated source states a change of their office ("was appointed ...");
* tenure: no role of an office a sentence says the person left ("who resigned as ...").

The role is the text's own words; nothing is looked up or invented.

The first step reads each sentence on its own (`read`), so a long text's sentences can
be read in two processes at once: only the country words shown to be surnames carry
over from one sentence to the next, and a sentence read without the earlier ones' is
read again when one of those words would have changed it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from brief.extract.actors import (
    names,
    organisations,
    places,
    speaker_lines,
    speakers,
    tallies,
    tenure,
    word_knowledge,
)
from brief.extract.actors.tallies import Found, Tally
from brief.extract.lexicon import PhraseMatcher
from brief.ingest.furniture import credited_spans
from brief.models import Actor, ActorKind, Sentence


class _Said(NamedTuple):
    """What one sentence mentions, found without the sentences after it."""

    bodies: list[tuple[str, str, int]]  # (kind, name, start) of each country or body, in order
    names: list[names.Name]
    initials: list[names.Name]  # "BMW", "MCI": no person's name, maybe a body's
    speaking: list[speakers.Speaking]  # "the IAAF said", "said Swiss Re"
    # countries whose name it shows to be another place's ("Atlanta, Georgia")
    homonyms: frozenset[str]
    # (kind, name, owner, start) of a body named without its owner's mark that the
    # sentence does not show to be the owner's ("the Security Council"; places.unmarked_owner)
    unmarked: list[tuple[str, str, str, int]]
    asked: frozenset[str]  # country words it asked about as surnames and did not hold
    surnames: frozenset[str]  # the ones it showed to be surnames ("Brent Chad")
    # (name, country, start) of each ministry the sentence writes with its owner ("the
    # Ministry of Foreign Affairs of the Republic of Kazakhstan")
    owned: tuple[tuple[str, str, int], ...] = ()


@dataclass(frozen=True)
class Reading:
    """What each of sentences[first:] mentions, read apart from the sentences before it
    (in another process): each sentence's `asked` words say whether it must be read
    again once their surnames are known."""

    first: int
    said: list[_Said]


class _Surnames(set[str]):
    """The country words shown to be surnames so far. For the sentence being read it
    remembers the words it was asked about and did not hold (`asked`: an earlier
    sentence may change the answer) and the ones it was given (`added`)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[str] = set()
        self.added: set[str] = set()

    def __contains__(self, word: object) -> bool:
        held = super().__contains__(word)
        if not held and isinstance(word, str):
            self.asked.add(word)
        return held

    def add(self, word: str) -> None:
        super().add(word)
        self.added.add(word)

    def next_sentence(self) -> tuple[frozenset[str], frozenset[str]]:
        """The last sentence's words asked and added; forgets them for the next one."""
        if not (self.asked or self.added):
            return _NONE, _NONE
        asked, added = frozenset(self.asked), frozenset(self.added)
        self.asked.clear()
        self.added.clear()
        return asked, added


_NONE: frozenset[str] = frozenset()


def load_tables() -> None:
    """Read the name tables and build the patterns the actors rules read, before the
    first sentence: a forked extraction child does it before it is sent its work."""
    word_knowledge.load_name_tables()
    places.matcher()
    places.scanner()
    organisations.load_patterns()
    speakers.load_patterns()


def read(sentences: Sequence[Sentence], first: int) -> Reading:
    """What sentences[first:] mention, for `find_actors(sentences, first, ...)` in
    another process (it reads the ones before)."""
    names.forget_tokens()
    shown = names.read_offices(sentences)
    shown.read_across()
    defined = PhraseMatcher(places.acronym_names(sentences))
    offices = places.office_initials(sentences)
    surnames = _Surnames()
    said = []
    for sentence in sentences[first:]:
        shown.read_in(sentence.source)
        said.append(_said(sentence.text, defined, offices, surnames))
    shown.read_across()  # as the other process leaves them for what both do next
    names.forget_tokens()  # the other process weighs the names: no one here reads them again
    return Reading(first, said)


def find_actors(
    sentences: Sequence[Sentence],
    read_apart: int | None = None,
    reading: Callable[[], Reading] | None = None,
    published: Mapping[int, str] | None = None,
    outlets: Mapping[int, tuple[str, str]] | None = None,
    titles: Mapping[int, str] | None = None,
) -> tuple[Actor, ...]:
    """The actors of the sentences; from `read_apart` on, what `reading()` brings (see
    `read`) stands for reading them here. `published`: each dated source's date
    ("YYYY-MM-DD"), by which a person's role is the one current on the latest day a
    source states a change of their office (tallies.current_roles). `outlets`: each
    source that is a state ministry's own release, its state and the ministry's name
    (places.outlet_state), whose bare ministries are that state's (`_ministry_owners`).
    `titles`: each source's title, where a transcript may name its speaker in full
    (speaker_lines.titled_speaker)."""
    names.forget_tokens()
    shown = names.read_offices(sentences)
    shown.read_across()
    acronyms = places.acronym_names(sentences)
    defined = PhraseMatcher(acronyms)
    offices = places.office_initials(sentences)
    surnames = _Surnames()
    end = len(sentences) if read_apart is None or reading is None else read_apart
    said = []
    for sentence in sentences[:end]:
        shown.read_in(sentence.source)  # an article's own offices (names.TextOffices)
        said.append(_said(sentence.text, defined, offices, surnames))
    if end < len(sentences) and reading is not None:
        apart = reading()
        for order, one in enumerate(apart.said, apart.first):
            if one.asked & surnames:  # read before "Brent Chad" was: read again
                shown.read_in(sentences[order].source)
                one = _said(sentences[order].text, defined, offices, surnames)
            else:
                surnames.update(one.surnames)
            said.append(one)
    shown.read_across()
    return _tallied(sentences, said, acronyms, published, outlets or {}, titles)


def _said(
    text: str, defined: PhraseMatcher[str], offices: frozenset[str], surnames: _Surnames
) -> _Said:
    # "(Photo: Susan Walsh, AP)", "... contributed to this report": the page's staff and
    # its picture agency, named there, are no actors of the news
    credits = credited_spans(text)
    spans: list[tuple[int, int]] = list(credits)
    bodies: list[tuple[str, str, int]] = []
    for start, end, form, full in defined.finditer(text):
        spans.append((start, end))
        if places.defines_known(text, end, full):
            continue  # "... Affairs (OCHA)": the gazetteer counts the bracket, one mention
        if text[start - 1 : end + 1] != f"({form})" and not names.in_spans(start, credits):
            bodies.append(("organisation", full, start))  # (the definition is one mention)
    homonyms: set[str] = set()
    unmarked: list[tuple[str, str, str, int]] = []
    hits = list(places.gazetteer_hits(text, surnames))
    marked = {  # the bodies it marks: not by the tail of a name ("Security Council")
        e.name
        for e, start, end in hits
        if e is not None and not places.written_short(e, text[start:end])
    }
    for entry, start, end in hits:
        spans.append((start, end))
        if credits and names.in_spans(start, credits):
            continue
        # None: "Italian Sara Errani", no actor nor a name
        if entry is not None and not places.describes_someone(text, end, entry):
            owner = places.unmarked_owner(text, start, end, entry, marked)
            if owner is not None:
                unmarked.append((entry.kind, entry.name, owner, start))
                continue
            bodies.append((entry.kind, entry.name, start))
        elif entry is None and (other := places.another_place(text, start, end)) is not None:
            homonyms.add(other)
    ministries = places.MINISTRY_RE.finditer(text) if places.may_name_ministry(text) else ()
    owned: list[tuple[str, str, int]] = []
    for m in ministries:
        if not names.in_spans(m.start(), spans):
            ministry = places.ministry_name(m.group())
            end = m.start() + len(ministry)
            spans.append((m.start(), end))
            bodies.append(("organisation", ministry, m.start()))
            owner = places.ministry_owner(text, m.start(), end, hits)
            if owner is not None:
                owned.append((ministry, owner, m.start()))
    # (a question's label that names its outlet alone, "QUESTION (Baltic Morning Post):",
    # names no one: r74, its "Post" had read as a verb, "Baltic Morning" its subject)
    outlet = speaker_lines.asked_outlet(text) if text[:1].isupper() and "(" in text[:40] else None
    if outlet is not None:
        spans.append(outlet)
    named = names.may_name_someone(text)
    toks = names.tokens(text) if named or speakers.may_speak(text) else []
    found = names.candidates(text, toks, spans) if named else []
    initials = [n for n in organisations.acronyms(text, spans) if n.text not in offices]
    # a credit line's staff ("Tom Roe wrote from Atlanta.") speak no news either
    speaking = [] if credits == [(0, len(text))] else speakers.speaking(toks)
    if offices:  # "the DPO told Dawn": the officer, not a body
        speaking = [one for one in speaking if one[0] not in offices]
    return _Said(
        bodies,
        found,
        initials,
        speaking,
        frozenset(homonyms),
        unmarked,
        *surnames.next_sentence(),
        tuple(owned),
    )


class _Owners(NamedTuple):
    """The ministries the text writes with the country that owns them ("Peru's Ministry
    of Foreign Affairs", "the Chilean Foreign Ministry"): each source's owner of each,
    and the owned name each is shown under. Two countries' ministries of one name had
    been one actor (r42 L8: Kazakhstan's and the UAE's "Ministry of Foreign Affairs"),
    and where the text wrote one owner a day, a bare "Ministry of Foreign Affairs" had
    stood for Athens's one day and Ankara's the next (r72 F8)."""

    # (source, ministry) -> its one owner there, and the index of the first sentence
    # that writes it so
    by_source: dict[tuple[int, str], tuple[str, int]]
    owned: frozenset[str]  # the ministries' names some sentence writes with an owner
    written: dict[str, str]  # owned name -> the name as written
    # each state ministry's own release: its state and the ministry's name
    outlets: Mapping[int, tuple[str, str]]

    def __bool__(self) -> bool:
        return bool(self.owned or self.outlets)


def _ministry_owners(
    sentences: Sequence[Sentence],
    said: Sequence[_Said],
    outlets: Mapping[int, tuple[str, str]],
) -> _Owners:
    """A ministry the text writes with its owner is named so ("Kazakhstan's Ministry of
    Foreign Affairs"), as news names one state's ministry beside another's, so that no
    two states' ministries share one name, in one brief or across days: the owner the
    sentence writes, else the one its source wrote for that name before it, as "the
    ministry" points back to the one named (none where the source writes two or none,
    nor before it writes one: "The Ministry of Defense said ..." before "the Russian
    Ministry of Defense" in an Estonian outlet's report is Estonia's). Such a mention
    stays as written, whoever's it is. The name as written stays the actor's spelling,
    for the quotes that name it so.

    A state ministry's own release (its outlet "Ministry of Defence of the Kyrgyz
    Republic", `outlets`) speaks of its own government bare, as a letterhead has named
    it (r73 F5: two belligerents' releases, each "The Ministry of Defence ...", had been
    one actor): its own ministry's name bare is always its state's, and another
    ministry's bare name is its state's too unless the release has written that name
    with another owner before."""
    seen: dict[str, set[str]] = {}
    in_source: dict[tuple[int, str], set[str]] = {}
    first: dict[tuple[int, str], int] = {}
    for sentence, one in zip(sentences, said, strict=True):
        for name, owner, _ in one.owned:
            seen.setdefault(name, set()).add(owner)
            in_source.setdefault((sentence.source, name), set()).add(owner)
            key = (sentence.source, name)
            first[key] = min(first.get(key, sentence.index), sentence.index)
    if not seen and not outlets:
        return _Owners({}, frozenset(), {}, {})
    by_source = {
        key: (next(iter(owners)), first[key])
        for key, owners in in_source.items()
        if len(owners) == 1
    }
    written = {_owned_name(name, owner): name for name, owners in seen.items() for owner in owners}
    return _Owners(by_source, frozenset(seen), written, outlets)


def _owned_name(name: str, owner: str) -> str:
    """ "Kazakhstan's Ministry of Foreign Affairs", "United Arab Emirates' ...": the
    owner's possessive, as news names one state's ministry beside another's."""
    return f"{owner}' {name}" if owner.endswith("s") else f"{owner}'s {name}"


def _owned_bodies(sentence: Sentence, one: _Said, owners: _Owners) -> list[tuple[str, str, int]]:
    """The sentence's bodies, each ministry the text writes with an owner under its
    owner's name."""
    here = {start: owner for name, owner, start in one.owned}
    release = owners.outlets.get(sentence.source)
    bodies = []
    for kind, name, start in one.bodies:
        body = kind == "organisation"
        # a state ministry's release: its state, for a body only a state has
        state = release[0] if body and release is not None and places.a_state_body(name) else None
        if body and (name in owners.owned or state is not None):
            owner = here.get(start)
            if owner is None and release is not None and name == release[1]:
                owner = release[0]  # the release's own ministry
            if owner is None and (earlier := owners.by_source.get((sentence.source, name))):
                owner = earlier[0] if earlier[1] < sentence.index else None
            if owner is None:
                owner = state
            if owner is not None:
                owned = _owned_name(name, owner)
                owners.written.setdefault(owned, name)  # as written: its spelling
                name = owned
        bodies.append((kind, name, start))
    return bodies


def _tallied(
    sentences: Sequence[Sentence],
    said: Sequence[_Said],
    acronyms: Mapping[str, str],
    published: Mapping[int, str] | None = None,
    outlets: Mapping[int, tuple[str, str]] | None = None,
    titles: Mapping[int, str] | None = None,
) -> tuple[Actor, ...]:
    """`acronyms`: the names the text defines ("Joint Chiefs of Staff (JCS)"), each form
    to its full name; a body keeps its acronym as a spelling, which "the JCS said" names."""
    known: dict[tuple[str, str], Tally] = {}
    found: list[Found] = []
    initials: list[Found] = []
    # One sense a story: an article that writes "Atlanta, Georgia" or lists Georgia among
    # Alabama and Virginia means the state by its other "Georgia"s too ("flew back to
    # Georgia"), never the country; a source that shows nothing keeps the country. So with
    # a body: after "Peru's Congress" the source's "Congress" is Peru's, not the US's.
    homonyms = {
        (s.source, name) for s, one in zip(sentences, said, strict=True) for name in one.homonyms
    }
    # "the Security Council" is the UN's where the source shows the UN ("the UN Security
    # Council", "UN envoy", a resolution), and no one's it can name where it does not
    shown = {
        (s.source, name)
        for s, one in zip(sentences, said, strict=True)
        for _, name, _ in one.bodies
    }
    owners = _ministry_owners(sentences, said, outlets or {})
    for order, (sentence, one) in enumerate(zip(sentences, said, strict=True)):
        bodies = one.bodies
        if owners:
            bodies = _owned_bodies(sentence, one, owners)
        if one.unmarked:
            owned = [
                (kind, name, start)
                for kind, name, owner, start in one.unmarked
                if {(sentence.source, name), (sentence.source, owner)} & shown
            ]
            bodies = sorted([*bodies, *owned], key=lambda body: body[2])
        for kind, name, start in bodies:
            if (
                homonyms
                and (sentence.source, name) in homonyms
                and (kind == "country" or sentence.text.startswith(name, start))
            ):
                continue  # (a body named in full stays: "the US Congress")
            tally = known.get((kind, name))
            if tally is None:
                actor_kind: ActorKind = "country" if kind == "country" else "organisation"
                tally = known[(kind, name)] = Tally(name, actor_kind, first=(order, start))
                if name in owners.written:  # "Ministry of Foreign Affairs", as written
                    tally.spellings.setdefault(owners.written[name], None)
            tally.add(sentence)
        if one.names:  # a third of the sentences name no one, most hold no initials
            found.extend((order, sentence, n) for n in one.names)
        if one.initials:
            initials.extend((order, sentence, n) for n in one.initials)
    for form, full in acronyms.items():
        if form != full and ("organisation", full) in known:
            known["organisation", full].spellings.setdefault(form, None)
    # "Ambre Hydro": a given name's shape, spoken of as a body ("X's chief executive")
    found, shaped = organisations.shaped_bodies(found)
    people = tallies.with_chiefs_titled(tallies.people(found, sentences))
    people = tallies.with_styled_given_names(people, sentences)
    people = tallies.with_clipped_given_names(people, found)
    people_named = {t.name for t in people}
    for tally in tallies.companies([*found, *initials], sentences, people_named, shaped):
        known.setdefault(("organisation", tally.name), tally)
    people = tallies.without_short_names(people, list(known.values()))
    people = tallies.without_things_written_short(people, found)
    tallies.choose_current_roles(people, found, published)
    tallies.without_news_word(people)
    tallies.without_successors_offices(people, found)
    tallies.without_offices_given_away(people, found, published)
    tenure.drop_ended_roles(people, sentences, tallies.given_roles(people, found))
    people = tallies.with_whole_employers(people, sentences)
    people, employers = tallies.employers_apart(people)
    for firm in employers:
        known.setdefault(("organisation", firm.name), firm)
    body_names = [form for body in known.values() for form in (body.name, *body.spellings)]
    tallies.give_owners(people, sentences, body_names)
    tallies.give_kin_owners(people, sentences)
    people = speaker_lines.with_line_speakers(people, sentences, titles)
    # (a person's other name, "Ike Dunn" of "Isaac Dunmore (real name ...)", who speaks
    # as it, is that person, not another speaker)
    named = [form for t in (*known.values(), *people) for form in (t.name, *t.spellings)]
    speaking = [one.speaking for one in said]
    spoken = tallies.speakers_of(speakers.spoken(sentences, speaking, named), sentences)
    return tallies.ranked([*known.values(), *people, *spoken])
