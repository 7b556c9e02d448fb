"""Speech as news English marks it, from the culture and press-freedom desk's kinds of copy
(fresh49's odd half): a clause of when set off after a name before a colon, "Her speech,
in full:", a focus adverb between a subject and its verb, a work's title in quotation
marks inside a relative clause, and a one-word stage or pen name the text ties to a legal
name; and roles: regions in capitals before a job's noun, the arts' and learned trades'
nouns. Invented sentences of other settings only."""

from __future__ import annotations

from brief.extract.actors import find_actors
from tests.extract_helpers import people_roles, sentences, speakers


def test_a_clause_of_when_set_off_after_a_name_before_a_colon_is_its_setting() -> None:
    said = speakers(
        "The regatta's prizes were handed out on the quay on Saturday.",
        "Commodore Ilse Marten, after the cheering died down: “Nobody sails home empty.”",
        "Marten, as the last boat came in: “We would go again tomorrow.”",
    )
    assert said == [
        ("Nobody sails home empty.", "Ilse Marten"),
        ("We would go again tomorrow.", "Ilse Marten"),
    ]


def test_her_speech_in_full_before_a_colon_is_hers() -> None:
    said = speakers(
        "Best young farmer: Grace Akello of Gulu district.",
        "Her speech, in full: “To my father, who lent me the first goat: it paid off.”",
    )
    assert said == [("To my father, who lent me the first goat: it paid off.", "Grace Akello")]


def test_a_focus_adverb_between_the_subject_and_its_verb_is_no_subject() -> None:
    said = speakers(
        "Goalkeeper Tomas Reuter, who saved two penalties, just posted a photo of the "
        "dressing room with the caption: “Back to work on Monday.”",
    )
    assert said == [("Back to work on Monday.", "Tomas Reuter")]


def test_a_works_title_in_a_relative_clause_leaves_the_verb_to_its_subject() -> None:
    """AP style sets the title's comma inside the marks ("“Deep Harbour,”"): the title is
    no quote, and the comma closes the relative clause before the main verb."""
    said = speakers(
        "Chef Ana Pires, who won the prize for “Deep Harbour,” just posted a photo of "
        "the kitchen with the caption: “Nobody sleeps tonight.”",
    )
    assert said == [("Nobody sleeps tonight.", "Ana Pires")]


def test_a_one_word_ring_or_pen_name_tied_to_a_legal_name_is_a_spelling_of_it() -> None:
    """ "Wrestler Titan (real name Marek Novak)", "Vera Lind, who writes under the pen name
    Ash": the one-word name is the person's, so words said under it are theirs, even
    after a noun of a trade ("Wrestler Titan said") that is no given name."""
    texts = sentences(
        "Wrestler Titan (real name Marek Novak) retired on Sunday.",
        "Wrestler Titan said: “My knees decided for me.”",
        "The union's treasurer, Vera Lind, who writes under the pen name Ash, resigned.",
        "“I will keep writing,” Ash said.",
    )
    people = {a.name: a for a in find_actors(texts) if a.kind == "person"}
    assert set(people) == {"Marek Novak", "Vera Lind"}
    assert any(form.endswith("Titan") for form in people["Marek Novak"].spellings)
    assert "Ash" in people["Vera Lind"].spellings
    said = dict(speakers(*(s.text for s in texts)))
    assert said["My knees decided for me."] == "Marek Novak"
    assert said["I will keep writing"] == "Vera Lind"


def test_regions_in_capitals_before_a_jobs_noun_open_a_long_apposition() -> None:
    """ "Middle East and North Africa director at the Geneva-based ...": the regions
    narrow the post; the apposition runs on to its employer as "director at" would."""
    found = people_roles(
        "“The dockers were held for a week,” said Ana Ruiz, Middle East and North Africa "
        "director at the Geneva-based Harbour Rights Watch.",
    )
    assert found == {
        "Ana Ruiz": "Middle East and North Africa director at the Geneva-based Harbour Rights Watch"
    }


def test_a_trade_that_names_one_person_is_a_role_before_a_name() -> None:
    found = people_roles(
        "The survey's cinematographer, Tomas Reuter, filmed the dam from a drone.",
        "The historian Grace Akello said the dam was first planned in 1962.",
    )
    assert found == {"Tomas Reuter": "survey's cinematographer", "Grace Akello": "historian"}


def test_a_trade_noun_that_may_be_a_persons_after_an_owner_is_a_role() -> None:
    """ "The mine's operator, Ana Ruiz,": what she is to the mine, though "operator" may
    name a firm too ("operator Rio Tinto"); before a name that opens with no given name
    ("The ferry's operator, Baltic Dry Cargo,") it is a firm's, and no one's role."""
    found = people_roles(
        "The mine's operator, Ana Ruiz, said the shaft was safe.",
        "The ferry's operator, Baltic Dry Cargo, said in an email that it had lost an anchor.",
    )
    assert found == {"Ana Ruiz": "mine's operator"}


def test_a_participle_taking_an_awards_name_is_no_role() -> None:
    """ "That was Ana Ruiz, 38, accepting best skipper for ...": what she was doing, a
    clause, not her office; "managing director" and "acting director" stay titles."""
    found = people_roles(
        "That was Ana Ruiz, 38, accepting best director for the harbour film, and the "
        "quay went quiet.",
        "Tomas Reuter, managing director of Harbour Ferries, said the boats were full.",
    )
    assert found == {"Ana Ruiz": None, "Tomas Reuter": "managing director of Harbour Ferries"}
