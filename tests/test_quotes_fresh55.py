"""Speech and speakers as news English marks them in housing and planning copy (fresh55's
odd half): namesakes told apart by the style each is written with, a birth name that is
the same person, and names of other conventions. Invented texts of other settings only."""

from __future__ import annotations

from pathlib import Path

from tests.extract_helpers import read_article as read


def test_a_shared_surname_after_a_style_is_the_one_written_with_it(tmp_path: Path) -> None:
    """ "Prof Mwale said:" after "Prof Agnes Mwale" and "Dr Peter Mwale" is Agnes, as a
    minutes-style report calls each member by their own style, though Peter was the one
    just named; a style both were given settles nothing."""
    _, quotes = read(
        tmp_path,
        "Senate approves new hostel block\nCAMPUS TIMES | Senate Watch | Lusaka\n\n"
        "Prof Agnes Mwale moved that the senate approve a hostel for 600 students."
        " Seconded by Dr Peter Mwale.\n\n"
        'Speaking to the motion, Prof Mwale said: "Our students sleep four to a room.'
        ' That is not a university, it is a warehouse."\n\n'
        'Dr Mwale, her brother, said he had "never seen a motion more overdue."\n',
    )
    said = dict(quotes)
    quote = "Our students sleep four to a room. That is not a university, it is a warehouse."
    assert said[quote] == "Agnes Mwale"
    assert said["never seen a motion more overdue."] == "Peter Mwale"


def test_a_style_both_namesakes_bear_settles_nothing_alone(tmp_path: Path) -> None:
    """Two engineers both written "Eng." are not told apart by it."""
    _, quotes = read(
        tmp_path,
        "Bridge inspection delayed\nRIVER POST | Works\n\n"
        "Eng. Salma Haddad and Eng. Omar Haddad inspected the bridge on Monday.\n\n"
        '"The cables are fine," Eng. Haddad said.\n',
    )
    assert dict(quotes)["The cables are fine"] is None


def test_a_birth_name_after_born_is_the_same_person(tmp_path: Path) -> None:
    """ "Born Giovanni Battista Rossi in Turin, ..., Rossi trained" in a piece about
    Nanni Rossi names him at birth: one person, whose words stay his, not a second Rossi;
    his granddaughter of that surname stays apart."""
    people, quotes = read(
        tmp_path,
        "Nanni Rossi, the bridge builder, dies at 91\nALPINE ENGINEERING WEEKLY | Obituaries\n\n"
        "Nanni Rossi, whose bridges span half the valleys of Piedmont, has died. He was 91.\n\n"
        "His granddaughter, Chiara Rossi, who runs the firm, announced the death.\n\n"
        "Born Giovanni Battista Rossi in Turin, the son of a baker, Rossi trained at the"
        " Politecnico and opened his own office in 1961.\n\n"
        '"A bridge should be boring to cross and beautiful to look at," he said in 1998.\n',
    )
    assert "Giovanni Battista Rossi" not in people
    assert {"Nanni Rossi", "Chiara Rossi"} <= people.keys()
    said = dict(quotes)
    assert said["A bridge should be boring to cross and beautiful to look at"] == "Nanni Rossi"


def test_a_speakers_kin_named_in_apposition_is_a_person(tmp_path: Path) -> None:
    """ "My grandmother, Nomvula Dube, sold vegetables": a name no list knows, after a
    speaker's kin noun and closed by a comma, is a person's, though "my grandmother" is no
    role the reporter gives."""
    people, _ = read(
        tmp_path,
        "Street traders fight market closure\nTSHWANE PULSE | Interview\n\n"
        "Lerato Mokoena, 44, has traded at the Marabastad market for twenty years.\n\n"
        "Tshwane Pulse: How did you start?\n\n"
        "Mokoena: My grandmother, Nomvula Dube, sold vegetables here before I was born.\n",
    )
    assert "Nomvula Dube" in people
    assert people["Nomvula Dube"] is None


def test_the_report_says_is_its_authors_when_the_text_made_it_theirs(tmp_path: Path) -> None:
    """ "In his report, the ombudsman, X, finds ..." then "The report says ... “...”": the
    words are the author's; a report brought in by no one ("A report was published")
    settles nothing."""
    _, quotes = read(
        tmp_path,
        "Ombudsman faults water board over billing\nHARBOUR CITY NEWS | Utilities\n\n"
        "In his report, published on Monday, the ombudsman, Tevita Fonua, finds that the"
        " board overcharged 4,000 households.\n\n"
        'The report says the errors went unchecked "for the better part of three years."\n\n'
        "A second report was published by the auditors on Tuesday.\n",
    )
    assert dict(quotes)["for the better part of three years."] == "Tevita Fonua"


def test_a_name_and_the_letters_of_a_rank_speak_as_the_name(tmp_path: Path) -> None:
    """ "Joost Verhaeghe QC said ... “...”" is Verhaeghe's; "with Jane Roe BL" beside the
    subject is a junior counsel set beside, not the one who speaks."""
    _, quotes = read(
        tmp_path,
        "Ferry operator fined over gangway fall\nISLAND COURTS | Crime and courts\n\n"
        "Joost Verhaeghe QC said in closing that the operator had ignored"
        ' "every warning its own crew gave."\n\n'
        "Opening for the prosecution, Maeve Rooney SC, with Cathal Ennis BL, told the court"
        ' the gangway had been "held up with rope."\n',
    )
    said = dict(quotes)
    assert said["every warning its own crew gave."] == "Joost Verhaeghe"
    assert said.get("held up with rope.") != "Cathal Ennis"


def test_a_description_a_copula_names_is_the_she_who_speaks_next(tmp_path: Path) -> None:
    """ "The night porter is Mr Abebe Girma, who ..." makes him the one the sentence is
    about; "He put down his tea and said: “...”" is then his (a past written as its
    lemma, "put", is a verb after the subject)."""
    _, quotes = read(
        tmp_path,
        "A night at the hostel\nADDIS WEEKLY | Diary\n\nThe hostel closes its doors at ten.\n\n"
        "The night porter is Mr Abebe Girma, who has worked here since 1994. He put down his"
        ' tea and said: "Nobody sleeps on the step while I am here."\n',
    )
    assert dict(quotes)["Nobody sleeps on the step while I am here."] == "Abebe Girma"


def test_a_feast_after_every_and_homes_named_flats_are_no_people(tmp_path: Path) -> None:
    """ "Every Deepa Utsav, new wiring" names a feast that recurs, and "the Seri Melati
    flats" a block of homes: neither is a person, though "Deepa" and "Seri" may open one."""
    people, _ = read(
        tmp_path,
        "Tenants fear for wiring in old block\nPENANG POST | Housing\n\n"
        "Residents of the Seri Melati flats said the wiring had not been checked since 1990.\n\n"
        '"Every Deepa Utsav, new wiring, and every year it burns," said Kavitha a/p'
        " Subramaniam, a teacher who lives on the third floor.\n",
    )
    assert "Melati" not in people and "Seri Melati" not in people
    assert "Deepa Utsav" not in people
    assert "Kavitha a/p Subramaniam" in people


def test_an_office_said_with_is_and_no_article_is_the_role(tmp_path: Path) -> None:
    """ "Leila Haddad, 47, is deputy mayor of Tripoli." gives her office as a copula gives
    it, past her age and with no article before the office."""
    people, _ = read(
        tmp_path,
        "Deputy mayor promises new sewers\nLEVANT DAILY | Cities\n\n"
        "Leila Haddad, 47, is deputy mayor of Tripoli. She said work would start in May.\n",
    )
    assert people["Leila Haddad"] == "deputy mayor of Tripoli"


def test_a_desk_named_by_an_abstract_plural_is_no_person(tmp_path: Path) -> None:
    """ "A woman who signed herself only as Resident Relations replied" names a desk:
    no person's name ends in a plural of "-tion"."""
    people, _ = read(
        tmp_path,
        "Tenants wait on boiler repairs\nHARBOUR TIMES | Housing\n\n"
        "Tenants of the block wrote to the landlord in March. A woman who signed herself"
        ' only as Resident Relations replied that the company could not share "personal'
        ' data."\n\n'
        "Tenant leader Amira Bello said the reply came six weeks late.\n",
    )
    assert "Resident Relations" not in people
    assert "Amira Bello" in people


def test_a_street_whose_noun_is_a_surname_is_no_person(tmp_path: Path) -> None:
    """ "the former Ropewalk Lane depot" is a street's; "Diane Lane", whose given name
    is sure, stays a person."""
    people, _ = read(
        tmp_path,
        "Council sells 40-unit Ropewalk Lane site\nCOAST ECHO | Planning\n\n"
        "The council has sold the former Ropewalk Lane depot in Ballina to a housing"
        " trust.\n\nThe actor Diane Lane, who grew up nearby, said she was glad.\n",
    )
    assert "Ropewalk Lane" not in people
    assert "Diane Lane" in people


def test_a_surname_in_sions_after_a_given_name_stays_a_person(tmp_path: Path) -> None:
    """ "Pete Sessions" is a man, though "Relations" ends a desk's name."""
    people, _ = read(
        tmp_path,
        "Congressman backs bill\nCAPITOL WIRE | Politics\n\n"
        'Rep. Pete Sessions said the bill was "long overdue."\n',
    )
    assert "Pete Sessions" in people
