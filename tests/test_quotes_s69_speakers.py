"""Speakers a tag names by a title or a body and no name (r74 F13): a capitalised title
after its body's possessive is the speaker as written, and so is a body an unnamed
spokesperson speaks for, named by a proper name; a lower-case title with no owner, or a
body no proper name settles, leaves the quote unattributed. Invented texts of other
settings only."""

from __future__ import annotations

from pathlib import Path

from brief.models import Quote
from tests.extract_helpers import quotes_of, sentences_of


def quotes(tmp_path: Path, text: str) -> list[Quote]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return list(quotes_of(sentences_of(path)))


def speakers_of(tmp_path: Path, text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.actor) for q in quotes(tmp_path, text)]


def test_a_title_after_its_bodys_possessive_is_the_speaker_as_written(tmp_path: Path) -> None:
    text = (
        "Union warns Corvia\nLAKES LEDGER\n\n"
        "The Andean Union warned Corvia on Monday over the closed border.\n\n"
        '"If the border is not open by Friday, we will act," the AU\'s Chief Negotiator'
        " told reporters in Quito.\n"
    )
    assert speakers_of(tmp_path, text) == [("the AU's Chief Negotiator", None)]


def test_a_lower_case_title_with_no_owner_stays_unattributed(tmp_path: Path) -> None:
    text = (
        "Visit possible\nLAKES LEDGER\n\n"
        "Corvia may allow a visit to the detained sailor this week.\n\n"
        '"We do not rule out a visit," the acting interior minister told journalists.\n'
    )
    assert speakers_of(tmp_path, text) == [(None, None)]


def test_a_spokesman_for_a_body_named_by_its_place_speaks_for_it(tmp_path: Path) -> None:
    text = (
        "Sailor examined\nLAKES LEDGER\n\n"
        "Corvia said the sailor had been examined on arrival in Tarn.\n\n"
        "A spokeswoman for the Tarn harbour police said the sailor had seen a doctor and"
        ' that "no injuries were found".\n\n'
        '"He is in good health," a spokesman for the Tarn coroner\'s office said.\n'
    )
    assert speakers_of(tmp_path, text) == [
        ("the Tarn harbour police", None),
        ("the Tarn coroner's office", None),
    ]


def test_a_spokesman_for_a_body_no_proper_name_settles_stays_unattributed(
    tmp_path: Path,
) -> None:
    text = (
        "Sailor examined\nLAKES LEDGER\n\n"
        "Corvia said the sailor had been examined on arrival.\n\n"
        "A spokesman for the regional prosecutor's office said the sailor had seen a doctor"
        ' and that "no injuries were found".\n\n'
        "A spokesman for the Tarn port authority said the ship was held, but the crew called"
        ' it "a hostage taking by a state with no shame".\n'
    )
    assert speakers_of(tmp_path, text) == [(None, None), (None, None)]


def test_a_lower_case_title_its_owner_gave_just_before_is_the_owners(tmp_path: Path) -> None:
    text = (
        "Corvia will not bargain\nLAKES LEDGER\n\n"
        "Corvia's president said on Monday that the state would not bargain over its"
        " sailors.\n\n"
        '"We will not trade our sailors for fish," the president said during a visit to'
        " the port.\n"
    )
    assert speakers_of(tmp_path, text) == [("Corvia's president", None)]


def test_a_lower_case_title_two_owners_gave_before_stays_unattributed(tmp_path: Path) -> None:
    text = (
        "Presidents meet\nLAKES LEDGER\n\n"
        "Corvia's president met Lindmark's president in Tarn on Monday.\n\n"
        '"We will not trade our sailors for fish," the president said after the talks.\n'
    )
    assert speakers_of(tmp_path, text) == [(None, None)]


def test_an_office_a_peoples_adjective_owns_is_the_speaker_as_written(tmp_path: Path) -> None:
    """ "The Norwegian fisheries minister urged ... “...”", "“...,” the Norwegian
    fisheries minister said": the people's adjective names whose office it is, as a
    possessive does, in the quote's tag or as the subject of the speech verb its
    sentence opens on (r77 F20); an office with no owner stays unattributed."""
    text = (
        "Varnholm terminal reopens\nFJORD TIMES\n\n"
        "The grain terminal at Varnholm reopened on Tuesday after a week of flooding.\n\n"
        "The Norwegian fisheries minister urged exporters to resume loading"
        ' "before the weekend, not after".\n\n'
        '"This is a relief for every farmer on the coast," the Norwegian fisheries'
        " minister said in a statement.\n\n"
        'Corvia\'s trade minister said: "We will buy what Varnholm ships."\n\n'
        '"The gates stay shut," the acting harbour minister said.\n'
    )
    assert speakers_of(tmp_path, text) == [
        ("Norwegian fisheries minister", None),
        ("Norwegian fisheries minister", None),
        ("Corvia's trade minister", None),
        (None, None),
    ]


def test_an_office_two_owners_gave_before_stays_unattributed_by_adjective(
    tmp_path: Path,
) -> None:
    """A people's adjective before the office is an owner too: after "Corvia's
    president" and "the French president", "the president said" may be either."""
    text = (
        "Presidents meet\nLAKES LEDGER\n\n"
        "Corvia's president arrived in Tarn on Monday.\n\n"
        "The French president met growers there on Tuesday.\n\n"
        '"We need the harbour," the president said after the talks.\n'
    )
    assert speakers_of(tmp_path, text) == [(None, None)]


def test_an_office_someone_named_holds_is_not_given_by_adjective(tmp_path: Path) -> None:
    """Where the story names someone of that office, the tag is theirs or undecided."""
    text = (
        "Varnholm terminal reopens\nFJORD TIMES\n\n"
        "Fisheries Minister Eira Sandvik visited the terminal on Tuesday.\n\n"
        '"This is a relief," the Norwegian fisheries minister said.\n'
    )
    assert ("Norwegian fisheries minister", None) not in speakers_of(tmp_path, text)
