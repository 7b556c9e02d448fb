"""People named by one word only: marked as English marks a person, never a club or a firm."""

from __future__ import annotations

from brief.extract.actors import find_actors
from brief.extract.actors.called_by_name import withholds_the_rest
from brief.models import Sentence
from tests.extract_helpers import one_paragraph_each, people_roles, quotes_of, sentences


def people(sents: list[Sentence]) -> dict[str, str | None]:
    return {a.name: a.role for a in find_actors(sents) if a.kind == "person"}


def test_a_role_noun_before_one_word_marks_a_person() -> None:
    found = people(
        sentences(
            "Rovers' Portuguese winger Tavinho has asked for a new contract.",
            "Tavinho's deal ends in June.",
        )
    )
    assert found == {"Tavinho": "winger"}


def test_an_age_apposition_marks_a_person() -> None:
    assert "Okonjo" in people(sentences("And Okonjo, 31, added that talks would go on."))


def test_an_age_standing_as_the_noun_marks_a_person_with_no_role() -> None:
    """ "Tarek, a 19-year-old from Idlib who ...": an age is no office; not a colt's
    "a 3-year-old," with nothing after it."""
    found = people(
        sentences("Waiting at the gate was Tarek, a 19-year-old from Idlib who lost his papers.")
    )
    assert found == {"Tarek": None}
    assert "Starlight" not in people(sentences("The winner was Starlight, a 3-year-old, again."))


def test_a_kinship_noun_set_beside_a_name_marks_its_owner_a_person() -> None:
    """Only people have a mother or a brother named beside them; a firm's "sister
    company" is no kin."""
    found = people(sentences("Tendai's brother, Farai Moyo, met him at the bus station."))
    assert "Tendai" in found
    assert "Brakwell" not in people(
        sentences("Brakwell's sister company, Ferro Lines, runs the ferries.")
    )


def test_a_bracketed_age_after_demonyms_and_a_whose_kin_mark_a_person() -> None:
    """ "Eritrean Tesfay (24) told us": a tabloid's age in brackets, a demonym
    before the word saying where one is from; "Nour, whose younger sister drowned": only
    a person has a sister."""
    found = people(sentences("Eritrean Tesfay (24) told us he had paid for a seat."))
    assert found == {"Tesfay": None}
    found = people(sentences("Among the mourners was Nour, whose younger sister drowned in May."))
    assert found == {"Nour": None}


def test_taking_a_post_as_a_person_noun_marks_a_person() -> None:
    found = people(sentences("Quarrie joined Rovers as chief executive in May 2001."))
    assert found == {"Quarrie": "chief executive"}


def test_a_speaker_that_he_goes_on_from_is_a_person() -> None:
    found = people(sentences("Quarrie explained the plan to fans.", "He said talks were going on."))
    assert "Quarrie" in found


def test_clubs_and_firms_that_speak_are_not_people() -> None:
    found = people(
        sentences(
            "Rovers said in a statement that the deal was off.",
            "He would not comment.",
            "Tavcorp said it would appeal.",
            "Market leader Tavcorp has cut prices.",
            "Kendrow said they were disappointed.",
            "They will appeal.",
        )
    )
    assert found == {}


def test_a_noun_after_the_word_makes_it_a_modifier() -> None:
    found = people(
        sentences("The bank's chief Asian strategist spoke.", "Major Rovers players left.")
    )
    assert found == {}


def test_an_object_of_told_or_a_reported_subject_is_no_speaker() -> None:
    found = people(
        sentences(
            "The minister told Holyrood.",
            "He said more money was needed.",
            "He said Veritus would contest every seat.",
            "It would stand everywhere.",
        )
    )
    assert found == {}


def test_the_quotes_of_a_one_word_person_are_theirs() -> None:
    sents = [
        Sentence("Rovers' Portuguese winger Tavinho is unhappy.", 1, 1, 0),
        Sentence('Tavinho said: "I am not sure I want to stay.', 1, 2, 0),
        Sentence('"My brother will come to London on Monday.', 1, 3, 1),
        Sentence('"We will sort it out then."', 1, 4, 1),
    ]
    quotes = quotes_of(sents)
    assert [q.actor for q in quotes] == ["Tavinho", "Tavinho"]


def test_a_person_noun_before_a_full_name_with_an_unknown_given_name() -> None:
    found = people(
        sentences(
            "Two-time Olympic champion Tadesse Worku will run in Glasgow.",
            "Teenager Kalinda Rao beat the top seed.",
            "The bank will coach Tadesse Worku Ltd staff.",
        )
    )
    assert found == {"Tadesse Worku": "champion", "Kalinda Rao": None}  # an age: no office


def test_a_name_shown_by_its_shape_alone_where_a_firm_medium_or_work_stands() -> None:
    found = people(
        sentences(
            "Clara Dunmore is the 4/1 favourite at Gideon Marlowe.",
            "Open Water, Peter Varnham, Garden State and Low Tide were all bought.",
            '"I want to stay here," the 21-year-old told Maria Velsco.',
            "Guy has written many histories, including Tudor Wessex.",
        )
    )
    assert found == {"Clara Dunmore": None}


def test_a_shaped_name_beside_a_person_s_name_or_after_a_verb_stays_a_person() -> None:
    found = people(
        sentences(
            "Criticism has been aimed at Pascal Dorrance this season.",
            "Kiri, The Wing, Paul Ellery and Mark Tobin Jr played on.",
            "Peter Varnham, Chief Executive of Hereford Trust, spoke.",
        )
    )
    assert {"Pascal Dorrance", "Paul Ellery", "Peter Varnham"} <= set(found)


def test_regions_joined_before_an_office_are_its_modifiers_not_a_list_of_things() -> None:
    """ "Ana Ruiz, Middle East and North Africa director at Harbour Rights Watch": the
    regions after her comma modify "director"; they are no list of things she is one of."""
    found = people(
        sentences(
            "Ana Ruiz, Middle East and North Africa director at Harbour Rights Watch, said "
            "the dockers had been held without charge.",
        )
    )
    assert "Ana Ruiz" in found


def test_in_after_a_person_s_noun_names_who_fills_the_post() -> None:
    found = people(
        sentences(
            "Rovers have an outstanding manager in Jose Marinho this season.",
            "The club is based in Santa Teresa.",
        )
    )
    assert found == {"Jose Marinho": None}


def test_a_country_s_people_are_no_person() -> None:
    found = people(
        sentences("Peru's Quechua Indians marched on Monday.", "Kenya's Wanjiru Kamau won.")
    )
    assert found == {"Wanjiru Kamau": None}


def test_a_person_s_noun_that_opens_the_sentence_is_no_part_of_the_name() -> None:
    found = people(sentences("Rapper Zelkano has topped the chart.", "Star Wars opened."))
    assert found == {"Zelkano": "Rapper"}


def test_a_subject_after_a_fronted_clause_is_no_apposition() -> None:
    """ "When contacted by MailOnline, a spokesman for the agency was unavailable": the
    spokesman is the main clause's subject, not a description of MailOnline."""
    found = people_roles(
        "When contacted by MailOnline, a spokesman for the agency was unavailable for comment."
    )
    assert "MailOnline" not in found


def test_a_verb_after_an_appositions_head_makes_it_a_clause() -> None:
    found = people_roles(
        "When contacted by MailOnline, a spokesman for the agency declined to comment.",
        "Speaking to Sky, a lawyer for the family confirmed the news.",
    )
    assert "MailOnline" not in found and "Sky" not in found


def test_an_apposition_placing_a_person_s_noun_marks_a_person() -> None:
    """Past its head, an apposition may place the person ("at a mill in Tarnow"), with
    initials in brackets, up to its comma or "who"; the role leaves the article and age."""
    found = people_roles(
        "Darsih, a 52-year-old driver at a depot in Cilacap who gave one name, said fuel ran out.",
        "Wirawan, the deputy for logistics at the Regional Relief Agency (RRA), said trucks left.",
    )
    assert found == {
        "Darsih": "driver at a depot in Cilacap",
        "Wirawan": "deputy for logistics at the Regional Relief Agency (RRA)",
    }


def test_a_noun_of_a_body_too_marks_a_person_only_where_one_works_at() -> None:
    found = people_roles(
        "Rinawati, a bond analyst at Mandiri Sekuritas, said yields would rise.",
        "Tavcorp, the market leader, said prices would rise.",
    )
    assert found == {"Rinawati": "bond analyst at Mandiri Sekuritas"}


def test_a_noun_by_its_ending_marks_a_person_only_before_who() -> None:
    found = people_roles(
        "Tomek, a plumber who lives on the estate, said the pipes froze.",
        "Enerlux, the energy regulator, said tariffs would rise.",
        "Rexo, a 4-year-old golden retriever, found the boy.",
    )
    assert found == {"Tomek": "plumber"}


def test_an_apposition_after_a_name_s_home_is_that_name_s() -> None:
    found = people_roles(
        '"We are ready," said Jane Holt of Wexford, the party\'s chairwoman.',
        '"So are we," said Mark Dee, 32, of Tralee, a retired teacher.',
    )
    assert "Wexford" not in found and "Tralee" not in found


def test_a_title_set_off_before_a_one_word_name_is_its_role() -> None:
    found = people_roles(
        "Quotas will fall, the agency's director general of mining, Sutarjo, told lawmakers.",
        '"Prices will hold," Sutarjo said. He left early.',
        "Ties are close, its partner, Tavcorp, said on Monday.",
        "Lena Ruiz, the mayor of Oakland, California, said the city would appeal.",
    )
    assert found["Sutarjo"] == "agency's director general of mining"
    assert "Tavcorp" not in found and "California" not in found


def test_a_word_the_text_calls_a_person_s_name_is_a_person() -> None:
    found = people_roles(
        "Among the missing is a 40-year-old woman named Hnin, a cleaner.",
        "A rickshaw driver known only as Bunmi said the road was shut.",
        "Police arrested a man surnamed Tsang on Friday.",
        "One trader, who gave only her first name, Wanjiku, said stalls had burned.",
        "A farmer who gave his name only as Yaw said the river was brown.",
    )
    assert found == {
        "Hnin": "cleaner",
        "Bunmi": "driver",
        "Tsang": None,
        "Wanjiku": None,
        "Yaw": "farmer",
    }


def test_things_named_or_called_so_are_no_people() -> None:
    found = people_roles(
        "The storm hit a town named Hopewell on Friday.",
        "He invested in a nutritional-supplement-maker called Vitalon.",
        "Its first name, Tavcorp, was dropped in 2004.",
    )
    assert found == {}


def test_the_phrase_a_naming_who_clause_follows_is_the_named_one_s_role() -> None:
    found = people_roles(
        "A nurse on the night shift, who gave only her first name, Ama, said beds ran out.",
        "One survivor, a woman who gave her name only as Efua, was rescued.",
    )
    assert found == {"Ama": "nurse on the night shift", "Efua": None}


def test_kin_set_off_before_a_one_word_name_is_its_role_as_for_full_names() -> None:
    found = people_roles(
        "In Sorong, Dedi's wife, Siti, said she had heard his voice.",
        "Her granddaughter, Ayu, said the clinic was shut.",
        "Police held a man surnamed Wong, the owner of the flat, on Friday.",
    )
    # Dedi, whose wife is set beside her name, is a person too (with no role)
    assert found == {
        "Siti": "Dedi's wife",
        "Ayu": "granddaughter",
        "Wong": "owner of the flat",
        "Dedi": None,
    }


def test_a_noun_by_its_ending_marks_a_person_where_one_serves_a_body() -> None:
    found = people_roles(
        "Sekar, a volunteer with the Red Cross in Larantuka, said masks ran out.",
        "Enerlux, the energy regulator with new powers, said tariffs would rise.",
    )
    assert found == {"Sekar": "volunteer with the Red Cross in Larantuka"}


def test_a_sentence_s_subject_with_a_who_clause_that_speaks_is_a_person() -> None:
    found = people_roles(
        "Hartono, who heads the dockers' union branch (SBPI), said 900 men were idle.",
        "He is no relation of the Hartono Group, the Jakarta conglomerate.",
        "Tomas Lind, an actor in Dallas, who runs a theatre, said loans were hard to get.",
    )
    assert found == {"Hartono": None, "Tomas Lind": "actor in Dallas"}


def test_the_one_word_names_a_plural_kinship_noun_lists_are_people() -> None:
    found = people_roles(
        "She is predeceased by her brothers, Tadhg and Colm.",
        "He had two daughters, Aoife, Niamh and Orla, all of Cork.",
        "Mali borders its neighbours, Lewes and Seaford.",
    )
    assert found == {"Tadhg": None, "Colm": None, "Aoife": None, "Niamh": None, "Orla": None}


def test_a_name_the_text_calls_one_is_a_person_even_as_an_english_word() -> None:
    """ "Hope" and "Grace" are English words too; the text calling them a name settles it,
    and so does someone asking to be identified by one."""
    found = people_roles(
        "A shopper who gave only her first name, Hope, said prices had doubled.",
        "A nurse in the ward who asked to be identified only as Ingeborg said the alarms failed.",
        "The village was once called Hope, and a firm known as Apex bought the mill.",
    )
    assert found["Hope"] == "shopper"
    assert "Ingeborg" in found
    assert "Apex" not in found and len(found) == 2


def test_one_who_identified_himself_by_one_name_is_a_person() -> None:
    texts = sentences(
        "A herder who identified himself only as Guled said the blast woke the camp.",
        '"We ran to the wells," he said.',
    )
    assert "Guled" in people_roles(*(s.text for s in texts))
    assert [(q.text, q.actor) for q in quotes_of(texts)][-1] == ("We ran to the wells", "Guled")


def test_one_who_identified_themselves_by_one_name_is_a_person() -> None:
    found = people_roles(
        "A volunteer who identified themselves only as Wrenna said the shelter was full.",
    )
    assert "Wrenna" in found


def test_one_who_withholds_a_surname_is_not_a_namesake_s_full_name() -> None:
    """A first name the text says is all it gives, and "Another" before the same word,
    keep the one-word person apart from a full name that opens with it."""
    texts = one_paragraph_each(
        '"The buses stopped at nine," said Tarek, 22, a waiter who declined to give his surname.',
        "Another Tarek, the imam Tarek Ouali-Brun, said the hall would stay open.",
        '"We feed whoever comes," Ouali-Brun said.',
    )
    assert people_roles(*(s.text for s in texts)) == {
        "Tarek": "waiter",
        "Tarek Ouali-Brun": "imam",
    }
    said = [(q.text, q.actor) for q in quotes_of(texts)]
    assert ("The buses stopped at nine", "Tarek") in said
    assert ("We feed whoever comes", "Tarek Ouali-Brun") in said


def test_a_description_with_a_participle_s_phrase_before_one_word_marks_a_person() -> None:
    texts = one_paragraph_each(
        "A nurse holding a diploma in midwifery, Leila, said she had applied six times.",
        '"They never called back," she said.',
    )
    assert people_roles(*(s.text for s in texts)) == {
        "Leila": "nurse holding a diploma in midwifery"
    }
    assert [(q.text, q.actor) for q in quotes_of(texts)] == [("They never called back", "Leila")]


def test_a_name_given_by_someone_after_as_is_a_person_s() -> None:
    found = people_roles(
        "The boy, named by his family as Tarik, remains in hospital.",
        "The village, known by locals as Hope, lost its bridge.",
        "The firm, named by analysts as Apex, cut jobs.",
    )
    assert found == {"Tarik": None}


def test_only_a_clause_straight_after_the_word_and_of_its_sex_withholds_the_rest() -> None:
    """Nothing but an age or an apposition between the word and "who", and a "his" or
    "her" that is the name's: else the clause is someone else's."""
    assert withholds_the_rest("Karim, 19, a cook who declined to give his surname, left.", "Karim")
    assert withholds_the_rest("Karim, who gave only his first name, left.", "Karim")
    assert not withholds_the_rest(
        "Karim spoke to a guard at the gate who declined to give his surname.", "Karim"
    )
    assert not withholds_the_rest(
        "A neighbour of Karim, who declined to give her surname, spoke.", "Karim"
    )


def test_a_clause_near_a_word_of_a_full_name_given_leaves_the_full_name_whole() -> None:
    texts = one_paragraph_each(
        "Karim Nassar-Bey, a taxi driver, was stabbed in Sfax on Friday, police said.",
        "A neighbour of Karim, who declined to give his surname, said he had been threatened.",
        "Last week Karim told a local paper: “I will not stop driving.”",
    )
    assert list(people_roles(*(s.text for s in texts))) == ["Karim Nassar-Bey"]
    said = [(q.text, q.actor) for q in quotes_of(texts)]
    assert said == [("I will not stop driving.", "Karim Nassar-Bey")]


def test_an_apposition_closed_by_whose_after_a_persons_noun() -> None:
    """ "Wirawan, a 47-year-old bus driver whose son was ill, said": "whose" after a
    person's noun goes on about that person, as "who" does; a firm's noun keeps no one."""
    found = {
        a.name: (a.kind, a.role)
        for a in find_actors(
            sentences(
                "Wirawan, a 47-year-old bus driver whose son was in hospital for a week,"
                " said the ward was full.",
                "Pemtrak, a firm whose shares fell, said it would appeal.",
            )
        )
    }
    assert found["Wirawan"] == ("person", "bus driver")
    assert found.get("Pemtrak", ("",))[0] != "person"


def test_a_participle_after_one_word_is_no_verb_of_its_speech() -> None:
    """ "Gearbox warning, putting down ...": a radio call's words, no one speaking, though
    "She" goes on in the next sentence."""
    found = people(
        sentences(
            'The pilot radioed: "Gearbox warning, putting down in the field." She landed.',
            "She was praised for it.",
        )
    )
    assert "Gearbox" not in found
