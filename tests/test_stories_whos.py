"""Two events of one kind at one place, told apart by whom they befell: two ministers of one
government resigning a day apart, each report recalling the other's in a line; a theatre's
injured lead and the actor it casts, whose reports never name each other's who (pile31's
two injuries at one club, and the signing one of them prompted). And one name written two
ways in ASCII ("Oesterboelle", "Osterbolle") as another outlet writes it ("Østerbølle")."""

from __future__ import annotations

from brief.stories.apart import (
    misses_its_who,
    own_whos,
    rare_openings,
    rare_subjects,
    recalled_each_other,
)
from brief.stories.linkage import opening_names
from brief.stories.texts import _respelled
from tests.story_corpus import texts_of

TRANSPORT = (
    "Brekke resigns over Velmar ferry tender\n\n"
    "Transport Minister Halvard Brekke of the Ostran government resigned on Monday over"
    " the ferry tender awarded to a friend's shipyard.\n\n"
    "Brekke said he had broken no rule but could not stay.\n\n"
    "The tender for the Velmar ferry was cancelled in the afternoon.\n\n"
    "Brekke had been minister for three years.\n\n"
    "His departure came a day after Culture Minister Ingrid Solvang stepped down over the"
    " museum grants.\n"
)
CULTURE = (
    "Solvang quits as museum grants row grows\n\n"
    "Culture Minister Ingrid Solvang of the Ostran government quit on Sunday as the row"
    " over museum grants to her party's donors grew.\n\n"
    "Solvang said the grants were lawful.\n\n"
    "The opposition had asked for an inquiry into the museum grants.\n\n"
    "Solvang is the first minister to leave this year.\n\n"
    "On Monday Transport Minister Halvard Brekke followed her over the ferry tender.\n"
)


def test_two_ministers_resigning_each_recalled_by_the_other_are_two_events() -> None:
    """Each report leads with its minister and what he or she resigned over, and names the
    other minister and the other row in its last line: two resignations of one government,
    not one event told twice."""
    texts = texts_of([TRANSPORT, CULTURE])
    subjects, openings = rare_subjects(texts), rare_openings(texts)
    assert recalled_each_other(texts, subjects, openings, opening_names(texts), [0], [1])


def test_two_angles_of_one_resignation_are_one_event() -> None:
    """A second report of the transport minister's resignation leads with his party's
    reaction, but tells the resignation in the lead's words: an angle, not another event."""
    reaction = (
        "Party backs Brekke after ferry tender resignation\n\n"
        "The governing party's leader Arne Dahl backed Halvard Brekke on Monday after his"
        " resignation over the ferry tender.\n\n"
        "Dahl said Brekke had acted with honour.\n\n"
        "Brekke, who resigned over the tender for the Velmar ferry, will stay in parliament.\n"
    )
    texts = texts_of([TRANSPORT, reaction])
    subjects, openings = rare_subjects(texts), rare_openings(texts)
    assert not recalled_each_other(texts, subjects, openings, opening_names(texts), [1], [0])


INJURY = [
    "Maren out for the season after fall on stage\n\n"
    "Lead actor Pell Maren of the Tarnholm Playhouse broke his hip in a fall during"
    " Friday's performance of the winter play.\n\n"
    "Maren will have surgery on Monday, the playhouse said.\n\n"
    "Maren, 58, has played the lead in eleven seasons.\n",
    "Playhouse confirms Maren hip fracture\n\n"
    "The Tarnholm Playhouse confirmed on Saturday that Pell Maren fractured his hip on"
    " stage on Friday night.\n\n"
    "Doctors expect Maren to be away for months.\n\n"
    "Maren thanked the audience for its messages.\n",
]
CASTING = [
    "Ruskin cast in winter play lead\n\n"
    "The Tarnholm Playhouse has cast Tova Ruskin in the lead of its winter play, which"
    " Pell Maren had to leave after a fall.\n\n"
    "Ruskin starts rehearsals on Tuesday.\n\n"
    "Ruskin played the part in Sarnik ten years ago.\n",
    "Ruskin joins Tarnholm Playhouse for the winter\n\n"
    "Actor Tova Ruskin has signed with the Tarnholm Playhouse for the winter season.\n\n"
    "Ruskin said she was honoured.\n\n"
    "The playhouse said tickets remain valid.\n",
]


def test_an_injury_and_the_casting_it_prompted_are_two_events() -> None:
    """The casting's reports lead with the new actor and recall the injured one in one of
    two; the injury's reports never name the new actor: two events of one playhouse."""
    texts = texts_of([*INJURY, *CASTING])
    subjects = rare_subjects(texts)
    assert own_whos(texts, subjects, opening_names(texts), [0, 1], [2, 3])


def test_one_event_whose_angles_name_each_others_people_is_not_split() -> None:
    """Two pairs of reports of one fall, each pair naming both the actor and his
    understudy: one event, whoever each pair leads with."""
    understudy = [
        "Understudy Joss Arden steps in for Maren\n\n"
        "Joss Arden took over the lead of the Tarnholm Playhouse's winter play on Saturday"
        " after Pell Maren broke his hip.\n\n"
        "Arden said Maren had called him from hospital.\n\n"
        "Arden has been Maren's understudy for two seasons.\n",
        "Arden gets his chance as Maren recovers\n\n"
        "Joss Arden, understudy to Pell Maren, played the lead on Saturday night.\n\n"
        "Maren's fall on Friday stopped the show.\n\n"
        "Arden was cheered at the curtain.\n",
    ]
    injury = [
        report.replace(
            "Maren will have surgery", "Understudy Joss Arden replaces him. Maren will have surgery"
        )
        for report in INJURY
    ]
    texts = texts_of([*injury, *understudy])
    subjects = rare_subjects(texts)
    assert not own_whos(texts, subjects, opening_names(texts), [0, 1], [2, 3])


def test_a_report_that_never_names_the_storys_person_tells_another_event() -> None:
    """A report of the playhouse's injured actor never names the actor whose casting two
    reports lead with."""
    texts = texts_of([INJURY[0], *CASTING])
    subjects = rare_subjects(texts)
    assert misses_its_who(texts, subjects, opening_names(texts), [0], [1, 2])
    assert not misses_its_who(texts, subjects, opening_names(texts), [1], [0, 2])


def test_a_name_written_with_two_letters_for_one_is_respelt_as_the_pile_writes_it() -> None:
    """A German statement writes the Danish captain "Oesterboelle", a wire "Osterbolle",
    the Danish paper "Østerbølle"; "Goethe" stays, as no text writes "Göthe", and so do
    words in small letters."""
    sentences = {
        1: ["Captain Mikkel Østerbølle tore a ligament."],
        2: ["OESTERBOELLE out: captain Oesterboelle's knee is hurt, as Goethe wrote."],
        3: ["Osterbolle will miss the qualifiers; the oesterboelle file is closed."],
    }
    respelt, titles = _respelled(sentences, {1: "Østerbølle out", 2: None, 3: "Osterbolle news"})
    assert respelt[2] == ["ØSTERBØLLE out: captain Østerbølle's knee is hurt, as Goethe wrote."]
    assert respelt[3] == ["Østerbølle will miss the qualifiers; the oesterboelle file is closed."]
    assert titles == {1: "Østerbølle out", 2: None, 3: "Østerbølle news"}
