"""Speech and titles as news English marks them, from the health and science desk's
kinds of copy (fresh48's odd half): a hyphened title before a name in a trailing tag, a
participle used as an adjective that is no speech verb, a "he" nobody is named for that
does not stop a search for "she", a time set off before a colon, a title owned by "its",
a place's pro-form after a described noun, descriptions before "who gave her name only
as X", and "Cllr". Invented sentences of other settings only."""

from __future__ import annotations

from brief.extract.actors import find_actors
from brief.extract.quotes.reporting_verbs import spoken_subject
from brief.extract.quotes.speech_words import word_re
from brief.extract.quotes.trailing_tags import verb_after
from tests.extract_helpers import one_paragraph_each, people_roles, speakers


def test_a_hyphened_title_before_a_name_leads_a_trailing_tag() -> None:
    said = speakers(
        "The rowing federation met in Lucerne on Sunday to settle the new rules.",
        "“We kept the sprint and dropped the relay,” co-chair Ingrid Voss told delegates.",
        "“Nobody wanted the relay back,” vice-president Tomas Reuter said.",
    )
    assert said == [
        ("We kept the sprint and dropped the relay", "Ingrid Voss"),
        ("Nobody wanted the relay back", "Tomas Reuter"),
    ]


def test_a_place_after_the_name_stays_inside_a_role_led_tag() -> None:
    tag = word_re().findall(" co-chair Ambassador Rosa Lind of Chile told the room to applause.")
    assert tag[verb_after(tag) or 0] == "told"
    said = speakers(
        "The fisheries talks in Oslo ended at dawn after three days.",
        "“It is a fair catch for everyone,” co-chair Ambassador Rosa Lind of Chile told the"
        " room to applause.",
    )
    assert said == [("It is a fair catch for everyone", "Rosa Lind")]


def test_a_role_led_tag_is_not_a_new_clause() -> None:
    # "and" opens a new clause: no tag, whatever the words after it
    tag = word_re().findall(" and co-chair Rosa Lind said nothing.")
    assert verb_after(tag) is None


def test_a_speech_verbs_participle_after_a_preposition_reports_no_one() -> None:
    # "with added sugar" is an adjective's place: no one "added" anything there
    assert spoken_subject("Some of the juices were sold with added sugar.") is None
    assert spoken_subject("The drinks came at an added cost, the shop added.") == ["the", "shop"]
    said = speakers(
        "Dr Wendell Ames, a dentist in Leeds, said fruit juices were fine in moderation but"
        " warned that some were sold with added sugar.",
        "“Water is still the best thing a child can drink,” he said.",
    )
    assert said == [("Water is still the best thing a child can drink", "Wendell Ames")]


def test_a_he_nobody_is_named_for_does_not_stop_she() -> None:
    said = speakers(
        "One fisherwoman in Galway, who gave her name only as Aoife, said she had kept her"
        " grandson home for a week.",
        "He was sent to the clinic with a fever of 39 degrees.",
        "“I thought it was only a cold,” she said.",
    )
    assert said == [("I thought it was only a cold", "Aoife")]


def test_a_he_nobody_is_named_for_still_stops_he() -> None:
    said = speakers(
        "Marta Silva, a teacher in Porto, said the school had closed early.",
        "He was sent home with a fever.",
        "“I thought it was only a cold,” he said.",
    )
    # the unknown "he" may be the one speaking: no guess at anyone named before
    assert said == [("I thought it was only a cold", None)]


def test_its_title_takes_the_body_that_opens_the_sentence_before() -> None:
    found = people_roles(
        "The Harbour Pilots Association said on Tuesday that pilots had been working blind.",
        "Its secretary, Ewan Doyle, said tide tables were weeks late.",
    )
    assert found["Ewan Doyle"] == "secretary of the Harbour Pilots Association"


def test_its_title_takes_no_body_when_the_sentence_before_names_another() -> None:
    """ "Its" may stand for the drugmaker or the port the sentence before names after its
    subject: the title stays as written rather than give it the wrong body."""
    found = people_roles(
        "The National Pharmacists Forum criticised Vantex Pharma, the largest drugmaker.",
        "Its chief executive, Daniel Okafor, defended the price rise.",
        "The Harbour Pilots Association asked the port to publish tide tables.",
        "Its secretary, Ewan Doyle, said pilots had been working blind.",
    )
    assert found["Daniel Okafor"] == "chief executive"
    assert found["Ewan Doyle"] == "secretary"


def test_its_title_inside_the_sentence_takes_its_subject() -> None:
    found = people_roles("Norway recalled its ambassador, Sigrid Holm, on Friday.")
    assert found["Sigrid Holm"] == "ambassador of Norway"


def test_its_title_stays_as_written_when_the_owner_is_unsure() -> None:
    found = people_roles(
        # a thing opens the sentence before: "its" is the plant's, no body's
        "The bottling plant in Cork closed on Monday.",
        "Its manager, Liam Tierney, said the lines would restart in May.",
        # another noun between the subject and "its": the council's, perhaps
        "The Harbour Pilots Association asked the council to name its clerk, Ruth Kane,"
        " as a witness.",
    )
    assert found["Liam Tierney"] == "manager"
    assert found["Ruth Kane"] == "clerk"


def test_its_title_with_a_preposition_takes_the_owner_first() -> None:
    found = people_roles(
        "The Coastal Fishers Alliance walked out at midnight.",
        "Its observer in the hall, Dr Nuno Reis, said the mood had turned.",
    )
    assert found["Nuno Reis"] == "the Coastal Fishers Alliance's observer in the hall"


def test_its_title_reaches_the_paragraph_before() -> None:
    texts = one_paragraph_each(
        "The Harbour Pilots Association said on Tuesday that pilots had been working blind.",
        "Its secretary, Ewan Doyle, said tide tables were weeks late.",
    )
    roles = {a.name: a.role for a in find_actors(texts) if a.kind == "person"}
    # a wire's one-sentence paragraphs: "Its" opens the next one
    assert roles["Ewan Doyle"] == "secretary of the Harbour Pilots Association"


def test_a_time_set_off_after_a_name_before_a_colon_is_its_setting() -> None:
    said = speakers(
        "Senator Ilse Marten opened the debate on the fisheries bill.",
        "Marten, earlier tonight: “Nobody leaves this chamber with nothing.”",
        "Meanwhile, earlier: “The vote may slip to Friday.”",
    )
    assert said == [
        ("Nobody leaves this chamber with nothing.", "Ilse Marten"),
        ("The vote may slip to Friday.", None),
    ]


def test_a_place_pro_form_after_a_described_noun_is_no_part_of_the_role() -> None:
    found = people_roles(
        "The school in Gulu shut its gates on Monday.",
        "A teacher there, Grace Akello, said pupils were sent home at noon.",
    )
    assert found["Grace Akello"] == "teacher"


def test_cllr_before_a_name_is_the_councillors_office() -> None:
    found = people_roles(
        "Cllr Ben Hale said the bin collections would return to weekly in May.",
        "The council leader, Cllr Rhona Tait, said the budget was balanced.",
    )
    # written short as British councils write it; an apposition still says more
    assert found == {"Ben Hale": "Cllr", "Rhona Tait": "council leader"}


def test_a_description_with_its_own_relative_clause_before_a_given_name() -> None:
    found = people_roles(
        "A porter who saw the fire, who gave only his first name, Idris, said it spread fast.",
        "The girl told her grandmother, who gave her name only as Efua, that she was safe.",
        "His brother, who asked to be identified only as Kwame, said the family was waiting.",
    )
    assert found["Idris"] == "porter"
    # the one named is the grandmother, whose role is what she is to the girl
    assert found["Efua"] == "grandmother"
    assert found["Kwame"] == "brother"
