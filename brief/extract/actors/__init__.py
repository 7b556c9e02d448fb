"""People (with the role the text gives them), countries and organisations.

No NER model may be downloaded, so this is rules over word lists and a gazetteer
(`brief/extract/data/`), in small steps:

* places: countries from their names, demonyms and the cities that seat their
  governments; organisations from the gazetteer, ministries, and names the text
  abbreviates ("Fair Wages Commission (FWC)");
* names: runs of capitalised words, and the evidence that one is a person;
* roles: the words the text gives a person (a title, an apposition, a description);
* speakers: a name the text makes speak, that no rule above admitted ("said Swiss Re");
* tallies: mentions counted, surnames merged into full names, actors ranked.

The role is the text's own words; nothing is looked up or invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from brief.extract.actors import names, organisations, places, speakers, tallies
from brief.extract.actors.tallies import Found, Tally
from brief.models import Actor, ActorKind, Sentence


def find_actors(sentences: Sequence[Sentence]) -> tuple[Actor, ...]:
    known: dict[tuple[str, str], Tally] = {}
    found: list[Found] = []
    initials: list[Found] = []  # "BMW", "MCI": no person's name, maybe a body's (organisations)
    defined = places.acronym_names(sentences)
    surnames: set[str] = set()  # country words the text shows to be surnames ("Brent Chad")

    def count(kind: str, name: str, sentence: Sentence, order: int, start: int) -> None:
        tally = known.get((kind, name))
        if tally is None:
            actor_kind: ActorKind = "country" if kind == "country" else "organisation"
            tally = known[(kind, name)] = Tally(name, actor_kind, first=(order, start))
        tally.add(sentence)

    for order, sentence in enumerate(sentences):
        text = sentence.text
        spans: list[tuple[int, int]] = []
        for start, end, form, full in defined.finditer(text):
            spans.append((start, end))
            if text[start - 1 : end + 1] != f"({form})":  # the definition is one mention
                count("organisation", full, sentence, order, start)
        for entry, start, end in places.gazetteer_hits(text, surnames):
            spans.append((start, end))
            # None: "Italian Sara Errani", no actor nor a name
            if entry is not None and not places.describes_someone(text, end, entry):
                count(entry.kind, entry.name, sentence, order, start)
        ministries = places.MINISTRY_RE.finditer(text) if places.may_name_ministry(text) else ()
        for m in ministries:
            if not names.in_spans(m.start(), spans):
                spans.append((m.start(), m.end()))
                count("organisation", m.group(), sentence, order, m.start())
        found.extend((order, sentence, n) for n in _names_in(text, spans))
        initials.extend((order, sentence, n) for n in organisations.acronyms(text, spans))
    people = tallies.people(found, sentences)
    for tally in tallies.companies([*found, *initials], sentences, {t.name for t in people}):
        known.setdefault(("organisation", tally.name), tally)
    named = [t.name for t in (*known.values(), *people)]
    spoken = tallies.speakers_of(speakers.spoken(sentences, named), sentences)
    return tallies.ranked([*known.values(), *people, *spoken])


def _names_in(text: str, spans: list[tuple[int, int]]) -> list[names.Name]:
    """Name candidates; in a Title Case headline they only count mentions of people the
    text shows elsewhere."""
    found = names.candidates(text, spans)
    if not found or not names.title_case(text):
        return found
    return [replace(n, role=None, person=False, company=False, headline=True) for n in found]
