"""A person's role across the sources of one brief: the one current on the latest day a
dated source states a change of their office or gives them a role (tallies.current_roles),
and the endings the tenure rules read."""

from __future__ import annotations

from tests.extract_helpers import people_roles as people
from tests.extract_helpers import roles_by_source

_MONDAY = [
    "Interim Health Minister Rosa Feldt said clinics would stay open.",
    "Feldt told reporters the plan was ready.",
]
_TUESDAY = [
    "Parliament voted on Tuesday to confirm Rosa Feldt as health minister.",
    "Feldt thanked lawmakers after the vote.",
]
# a copy of Monday's report, put out again on Wednesday
_WEDNESDAY_COPY = [
    "Interim Health Minister Rosa Feldt said clinics would stay open.",
]


def test_a_dated_appointment_makes_an_earlier_days_title_stale() -> None:
    dates = {1: "2031-03-03", 2: "2031-03-04"}
    assert roles_by_source([_MONDAY, _TUESDAY], dates)["Rosa Feldt"] == ("health minister", 2)
    # read in the other order, the appointment's day still decides
    dates = {1: "2031-03-04", 2: "2031-03-03"}
    assert roles_by_source([_TUESDAY, _MONDAY], dates)["Rosa Feldt"] == ("health minister", 1)


def test_an_appointment_ends_a_stand_in_title_a_later_copy_repeats() -> None:
    dates = {1: "2031-03-05", 2: "2031-03-04"}
    assert roles_by_source([_WEDNESDAY_COPY, _TUESDAY], dates)["Rosa Feldt"] == (
        "health minister",
        2,
    )
    # and without dates
    assert roles_by_source([_WEDNESDAY_COPY, _TUESDAY])["Rosa Feldt"] == ("health minister", 2)


def test_an_undated_or_earlier_title_yields_to_a_later_dated_appointment() -> None:
    first = ["Club director Anton Vries praised the squad."]
    later = ["On Friday Anton Vries was appointed head coach of the club."]
    # the title from the undated source, read last, is not shown
    assert roles_by_source([later, first], {1: "2031-05-09"})["Anton Vries"] == (
        "head coach of the club",
        1,
    )
    # the older appointment, read last, does not replace the newer one
    older = ["In March Anton Vries was named assistant coach."]
    dates = {1: "2031-05-09", 2: "2031-03-02"}
    assert roles_by_source([later, older], dates)["Anton Vries"] == ("head coach of the club", 1)


def test_no_role_is_carried_to_a_namesake_nor_changed_without_a_stated_change() -> None:
    found = roles_by_source(
        [
            ["Senator Lena Brandt said the bill would pass."],
            ["Judge Oskar Brandt was appointed to the appeals court on Monday."],
            ["Mayor Ines Otte opened the bridge.", "Otte said it cost less than planned."],
        ],
        {1: "2031-01-01", 2: "2031-01-05", 3: "2031-01-02"},
    )
    assert found["Lena Brandt"] == ("Senator", 1)
    assert found["Ines Otte"] == ("Mayor", 3)


def test_a_title_written_also_with_its_complement_is_shown_whole() -> None:
    found = people(
        "Secretary Lorna Pike would travel to Oslo on Monday.",
        "Secretary of State Lorna Pike will meet her Norwegian counterpart.",
    )
    assert found["Lorna Pike"] == "Secretary of State"
    # a form with a word that dates it is no fuller current title
    assert (
        people(
            "Director Lorna Pike left early.",
            "Pike, the former director of the museum, spoke to staff.",
        )["Lorna Pike"]
        == "Director"
    )


def test_a_successor_who_replaces_a_titled_person_ends_their_title() -> None:
    assert people(
        "Brigadier Olek Marr, the army's spokesman, spoke in Rivne.",
        "Colonel Ida Sorn has been appointed the army's spokeswoman.",
        "She replaces Brigadier Olek Marr, who has been transferred to other duties.",
    ) == {"Olek Marr": None, "Ida Sorn": "Colonel, army's spokeswoman"}
    # a transfer elsewhere is no ending of an office
    assert people(
        "Governor Paul Ekwe was transferred to a hospital in the capital.",
    ) == {"Paul Ekwe": "Governor"}


def test_a_resigned_leader_is_shown_by_the_texts_own_past_title_the_day_after() -> None:
    monday = [
        "Prime Minister Arunee Phongsri announced her resignation on Monday.",
        "Premier Arunee Phongsri resigned after losing a confidence vote.",
        "Arunee said she would ask for parliament to be dissolved.",
    ]
    tuesday = [
        "A caretaker cabinet met on Tuesday, a day after Arunee Phongsri resigned.",
        "Former prime minister Arunee said she would not stand in the election.",
    ]
    dates = {1: "2031-05-05", 2: "2031-05-06"}
    found = roles_by_source([monday, tuesday], dates)
    assert found["Arunee Phongsri"] == ("Former prime minister", 2)
    assert "Arunee" not in found  # her given name alone is no second person
    # on Monday alone the office she left is shown no more, and no other words for it
    assert roles_by_source([monday], {1: "2031-05-05"})["Arunee Phongsri"] == (None, None)


def test_a_lower_case_title_with_its_modifier_is_a_one_word_names_role() -> None:
    found = people(
        "The former foreign minister Okonkwo said the talks had failed.",
        "Deputy prime minister Halvorsen told reporters the budget would pass.",
    )
    assert found["Okonkwo"] == "former foreign minister"
    assert found["Halvorsen"] == "Deputy prime minister"


def test_one_name_in_both_orders_across_articles_is_one_person() -> None:
    wire = ["Chief Cabinet Secretary Hiroshi Tanaka said the launch was a provocation."]
    japanese = [
        "Chief Cabinet Secretary Tanaka Hiroshi said talks would be held by phone.",
        "Tanaka said Tokyo had protested.",
    ]
    found = roles_by_source([wire, japanese])
    assert "Tanaka Hiroshi" not in found
    assert found["Hiroshi Tanaka"][0] == "Chief Cabinet Secretary"
    # one article that writes both orders names two people
    both = ["Wei Li, a farmer, said the river rose; Li Wei, a teacher, said schools shut."]
    assert {"Wei Li", "Li Wei"} <= set(roles_by_source([both]))


def test_a_later_days_promotion_and_office_replace_the_earlier_rank_and_post() -> None:
    """r55 M5: over several days the latest title wins, whole."""
    monday = ['"We hold the road," said Colonel Amadou Sani, the army spokesman.']
    wednesday = [
        "Brigadier General Amadou Sani, promoted on Tuesday after serving as army"
        " spokesman, was named commander of the Gao operational zone.",
        '"We will not let it happen again," Sani said.',
    ]
    dates = {1: "2031-05-05", 2: "2031-05-07"}
    role, source = roles_by_source([monday, wednesday], dates)["Amadou Sani"]
    assert (role, source) == ("Brigadier General, commander of the Gao operational zone", 2)


def test_a_later_days_title_replaces_an_earlier_description_unless_it_only_restates_it() -> None:
    tuesday = [
        "The cabinet chose Ivo Drach, a former judge, to lead the inquiry into the dam.",
        "Harbour Authority spokeswoman Mira Tolk said the port was shut.",
    ]
    thursday = [
        "Inquiry chairman Ivo Drach said the first hearing would be held in May.",
        "Spokeswoman Mira Tolk said ships were waiting.",
    ]
    dates = {1: "2031-06-03", 2: "2031-06-05"}
    found = roles_by_source([tuesday, thursday], dates)
    assert found["Ivo Drach"] == ("Inquiry chairman", 2)
    # the later "Spokeswoman" says less than the earlier title, which stands
    assert found["Mira Tolk"] == ("Harbour Authority spokeswoman", 1)
    # read in the other order, the dates still decide
    found = roles_by_source([thursday, tuesday], {1: "2031-06-05", 2: "2031-06-03"})
    assert found["Ivo Drach"] == ("Inquiry chairman", 1)
    # an undated source's day is unknown: its role is not compared
    assert roles_by_source([tuesday, thursday], {2: "2031-06-05"})["Ivo Drach"][1] == 1


def test_a_later_days_background_does_not_replace_the_office_held() -> None:
    monday = ["Chile's Trade Minister Irene Vauclain said the tariff would be lifted."]
    wednesday = [
        "Irene Vauclain, a former architect, said the accord would be signed in June.",
        "Tomas Ebbe, a father of four, said the border post had reopened.",
    ]
    friday = ["Tomas Ebbe, the village mayor, said the road was clear."]
    dates = {1: "2031-04-07", 2: "2031-04-09", 3: "2031-04-11"}
    found = roles_by_source([monday, wednesday, friday], dates)
    # a past occupation of another kind is her background, not her office now
    assert found["Irene Vauclain"] == ("Chile's Trade Minister", 1)
    # an office a later day gives replaces a description that holds none
    assert found["Tomas Ebbe"] == ("village mayor", 3)
    # nor does a description replace an office, whichever day read first
    found = roles_by_source([friday, wednesday], {1: "2031-04-11", 2: "2031-04-13"})
    assert found["Tomas Ebbe"] == ("village mayor", 1)


def test_a_later_day_replaces_a_role_by_the_same_office_or_that_office_left() -> None:
    monday = [
        "Farm Minister Oda Brenn said the harvest was late.",
        "The council chose Lev Arndt, a retired admiral, as its new port minister.",
    ]
    wednesday = [
        "Oda Brenn, a former port minister, said exports would fall.",
        "Port Minister Lev Arndt said the docks would reopen.",
    ]
    friday = ["Former farm minister Oda Brenn, who resigned on Thursday, left the capital."]
    dates = {1: "2031-04-07", 2: "2031-04-09", 3: "2031-04-11"}
    found = roles_by_source([monday, wednesday, friday], dates)
    # the office she held, dated as left, is news; another office in her past is not
    assert found["Oda Brenn"] == ("Former farm minister", 3)
    assert roles_by_source([monday, wednesday], dates)["Oda Brenn"] == ("Farm Minister", 1)
    # the same kind of office, with the same head, is what a later day calls him
    assert found["Lev Arndt"] == ("Port Minister", 2)


def test_a_predecessor_keeps_no_title_of_the_office_a_later_report_gives_his_successor() -> None:
    # a late report, dated the day before the change, still calls him governor
    late = [
        "Governor Tomasz Ruel said the camps had enough food.",
        "Ruel told the Provincial Herald the roads were open.",
    ]
    sworn = [
        "Amina Dossa was sworn in as governor of Kessel Province on Wednesday.",
        "Her predecessor, Tomasz Ruel, did not attend the ceremony.",
    ]
    found = roles_by_source([late, sworn], {1: "2031-03-03", 2: "2031-03-05"})
    assert found["Tomasz Ruel"] == (None, None)
    assert found["Amina Dossa"][0] == "governor of Kessel Province"
    # an office the same sentence says the predecessor holds now is still theirs
    assert (
        people(
            "Commander Imre Valk said the patrols would go on.",
            "His predecessor, Dora Pell, who is now Deputy Coast Guard Commander, agreed.",
        )["Dora Pell"]
        == "Deputy Coast Guard Commander"
    )


def test_one_dismissed_as_an_office_leaves_it_to_the_one_appointed_in_his_place() -> None:
    found = people(
        "Governor Tomasz Ruel toured the camps on Monday.",
        "The President dismissed Tomasz Ruel as governor of Kessel Province on Tuesday and"
        " appointed Amina Dossa, until now deputy minister of education, in his place.",
    )
    assert found["Tomasz Ruel"] == "former governor of Kessel Province"
    assert found["Amina Dossa"] == "governor of Kessel Province"


def test_a_stand_in_appointed_until_a_successor_is_confirmed_holds_the_office_now() -> None:
    # the "until" clause is to come: the stand-in's term runs on, so the appointment is
    # the news, over the apposition's earlier "deputy", and the minister who resigned
    # keeps the title of the office only as a former one (the leaving verb's subject
    # bears it in that sentence)
    wednesday = ["Interior Minister Oskar Lunde ordered the ferries to stay in port."]
    thursday = [
        "Interior Minister Oskar Lunde resigned on Thursday over a tender dispute.",
        "His deputy, Mira Holt, was appointed acting interior minister until a successor "
        "is confirmed by parliament.",
        "Holt said the ferries would sail again on Monday.",
    ]
    friday = ["Acting Interior Minister Mira Holt visited the port."]
    dates = {1: "2031-06-04", 2: "2031-06-05", 3: "2031-06-06"}
    found = roles_by_source([wednesday, thursday, friday], dates)
    assert found["Mira Holt"] == ("acting interior minister", 2)
    assert found["Oskar Lunde"] == ("former Interior Minister", 2)
    # a term whose end the "until" clause tells in the past closed: background
    past = ["Mira Holt was appointed acting interior minister until a successor was found."]
    assert roles_by_source([past])["Mira Holt"] == (None, None)
