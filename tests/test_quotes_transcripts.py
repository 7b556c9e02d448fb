"""An exchange printed as a transcript, unquoted: each turn is the words of the one its
label names, "A:" of whoever the text says is questioned, "Q:" of whoever questions, a
name label of that person; a headline or a section's heading with a colon is no turn.
Invented articles only (fresh21 04 and 13, fresh13 12 and fresh20 13 have the shapes)."""

from __future__ import annotations

from pathlib import Path

from brief.dedupe import group_duplicates
from brief.extract.actors import find_actors
from brief.models import Actor
from brief.selection.exchanges import small_talk
from tests.extract_helpers import quotes_of, sentences_of


def article(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    """The quotes of an article read through the product's own ingest and segmenter."""
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [(q.text, q.actor) for q in quotes_of(sentences_of(path))]


def actors_of(tmp_path: Path, text: str) -> list[Actor]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return find_actors(sentences_of(path))


CROSS_EXAMINATION = """Bank official links former commissioner to transfers

The second prosecution witness (PW2), Mrs. Adaeze Nnamdi Okoro, told the court of the account.

Under cross-examination by counsel to the first defendant, Chief Emeka Obiora Duru, the witness
said she joined the bank in 2023. The exchange went thus:

Q: So you cannot tell this court who filled these mandates?

A: I can tell the court who signed them. The signatures were verified.

Q: Verified by you?

A: By the officers who processed them.

Duru told the court that the mandates were "photocopies of photocopies".
"""


def test_the_answers_are_the_witness_and_the_questions_the_cross_examiner(tmp_path: Path) -> None:
    said = article(tmp_path, CROSS_EXAMINATION)
    assert said[:4] == [
        ("So you cannot tell this court who filled these mandates?", "Emeka Obiora Duru"),
        (
            "I can tell the court who signed them. The signatures were verified.",
            "Adaeze Nnamdi Okoro",
        ),
        ("Verified by you?", "Emeka Obiora Duru"),
        ("By the officers who processed them.", "Adaeze Nnamdi Okoro"),
    ]


def test_a_witness_the_story_does_not_name_answers_unattributed(tmp_path: Path) -> None:
    text = """Protected witness describes killings

THE HAGUE - A protected witness, who testified as P-0417, told judges he saw the killings.

Under cross-examination, lead defence counsel Jean-Luc Mbemba Kasongo pressed the witness on
where he had been standing. The exchange went as follows:

Q: Mr Witness, you were 80 metres from the yard. You could not see faces from there?

A: I could see the commander. Everyone in the town knew him.
"""
    assert article(tmp_path, text) == [
        (
            "Mr Witness, you were 80 metres from the yard. You could not see faces from there?",
            "Jean-Luc Mbemba Kasongo",
        ),
        ("I could see the commander. Everyone in the town knew him.", None),
    ]


def test_name_labels_name_different_people(tmp_path: Path) -> None:
    # "Ríos" ends the general manager's name and opens the other manager's surnames: the
    # label "Salazar" already names him, so "Ríos" is her.
    text = """Interview: a blockade's cost

Andina Metals spoke with its general manager, Tomás Salazar Ríos, and its community manager,
Lucía Ríos Quispe, about the blockade.

Andina Metals: How much has the blockade cost so far?

Salazar: About US$180,000 a day in standby costs for contractors and equipment.

Andina Metals: Why community monitoring?

Ríos: Because people here do not trust the regulator. They trust what they can see.
"""
    assert article(tmp_path, text) == [
        (
            "About US$180,000 a day in standby costs for contractors and equipment.",
            "Tomás Salazar Ríos",
        ),
        (
            "Because people here do not trust the regulator. They trust what they can see.",
            "Lucía Ríos Quispe",
        ),
    ]


def test_a_paragraph_between_a_statement_and_a_question_goes_on_with_it(tmp_path: Path) -> None:
    text = """Transcript: briefing on the incident

Panel: Director Ramon T. Villaflor, spokesperson; Commodore Arnel P. Dimasalang, spokesperson.

DIR. VILLAFLOR: Good morning. Two vessels fired water cannon at our ship on Sunday.

This happened well inside our exclusive economic zone, 75 nautical miles out.

Q: Commodore, were the crew injured?

COMMO. DIMASALANG: Three have minor injuries. They have returned to duty.
"""
    assert article(tmp_path, text) == [
        (
            "Two vessels fired water cannon at our ship on Sunday.",
            "Ramon T. Villaflor",
        ),
        (
            "This happened well inside our exclusive economic zone, 75 nautical miles out.",
            "Ramon T. Villaflor",
        ),
        ("Three have minor injuries. They have returned to duty.", "Arnel P. Dimasalang"),
    ]


def test_headings_with_a_colon_are_no_exchange(tmp_path: Path) -> None:
    text = """What each candidate needs on Tuesday

Vermont Sen. Bernard Oakes and Gov. Miriam Castell lead the field.

Oakes: Win in a walk.

Sen. Bernard Oakes has led in every poll this year, usually by double digits.

Castell: Keep it close.

Gov. Miriam Castell needs to narrow the gap to single digits.
"""
    assert article(tmp_path, text) == []


def test_the_one_a_paper_asked_answers_its_printed_questions(tmp_path: Path) -> None:
    text = """Analyst weighs the new trade rules

The tariffs take effect on Monday, the ministry said.

The Herald asked Oriane Delacroix-Mbeki, a trade economist at the Lyon Institute, what the
rules would change.

Q: Will exporters feel it at once?

A: Not at once. Contracts signed before March are exempt, so the effect comes in the autumn.

Q: Who loses most?

A: Small wine producers, who have no other market to turn to.
"""
    said = article(tmp_path, text)
    assert said == [
        (
            "Not at once. Contracts signed before March are exempt, so the effect comes in the"
            " autumn.",
            "Oriane Delacroix-Mbeki",
        ),
        ("Small wine producers, who have no other market to turn to.", "Oriane Delacroix-Mbeki"),
    ]


BRIEFING = """Ministry of Coastal Affairs briefing on harbour dredging

Deputy Minister Halvard Qenani-Brook took questions after the ministry's statement.

MR QENANI-BROOK: Thank you all for coming. I will keep the opening short.

The dredging contract was signed this morning with two firms, and work starts next month.

The second phase depends on the survey, which is due in June.

QUESTION: Will the fishing fleet be compensated for the closures?

MR QENANI-BROOK: The fleet will be consulted first. Compensation follows the survey.

QUESTION: Has the harbour master agreed to the timetable?

MR QENANI-BROOK: She has seen it, and she will speak for herself.
"""


def test_a_briefing_s_answers_are_the_speaker_s_and_its_questions_no_quotes(
    tmp_path: Path,
) -> None:
    said = article(tmp_path, BRIEFING)
    assert said == [
        ("Thank you all for coming. I will keep the opening short.", "Halvard Qenani-Brook"),
        (
            "The dredging contract was signed this morning with two firms, and work starts "
            "next month.",
            "Halvard Qenani-Brook",
        ),
        (
            "The second phase depends on the survey, which is due in June.",
            "Halvard Qenani-Brook",
        ),
        (
            "The fleet will be consulted first. Compensation follows the survey.",
            "Halvard Qenani-Brook",
        ),
        ("She has seen it, and she will speak for herself.", "Halvard Qenani-Brook"),
    ]


def test_a_turn_whose_titled_label_names_no_one_in_the_story_is_unattributed(
    tmp_path: Path,
) -> None:
    said = article(
        tmp_path, BRIEFING.replace("Deputy Minister Halvard Qenani-Brook took", "Officials took")
    )
    assert said[0] == ("Thank you all for coming. I will keep the opening short.", None)
    assert all(speaker is None for _, speaker in said)


TALLY = """Where the race for council seats stands

Marisol Quenby-Adair: 1,204.

Tobias Vanterpool: 988.

PROVISIONAL BALLOTS.

These are ballots cast by voters whose registration could not be confirmed on the day.

They are counted once the registrar has checked each one.

Quenby-Adair: 112.

Vanterpool: 97.
"""


def test_a_tally_s_section_does_not_go_on_with_the_line_above_it(tmp_path: Path) -> None:
    said = article(tmp_path, TALLY)
    assert not any(text.startswith(("These are ballots", "They are counted")) for text, _ in said)


BRIEFING_BY_SURNAME = """Navy Spokesman Holds a Press Briefing

The fleet's operations chief, General Halvorsen-Brae, answered questions on the deployment.

CAPT. ANDERS HALVORSEN-BRAE: Thanks. The group will reach the strait within two days.

Q: How long will it stay there?

CAPT. HALVORSEN-BRAE: As long as it is needed. I will not give a date.
"""


def test_a_label_names_a_person_the_story_names_by_surname_only(tmp_path: Path) -> None:
    """The story writes the surname alone; the first label, in capitals and answered by a
    "Q:", writes the name in full, which the person is listed under (r73)."""
    said = article(tmp_path, BRIEFING_BY_SURNAME)
    assert ("As long as it is needed. I will not give a date.", "Anders Halvorsen-Brae") in said


def test_narration_between_turns_is_no_answer(tmp_path: Path) -> None:
    """The reporter's paragraphs between an interview's turns tell what others said: they
    do not go on with the answer before them (review of session 48)."""
    text = (
        "Minister defends harbour plan in interview\n\n"
        "Harbour Minister Lena Brask spoke to the Coast Post on Monday about the plan.\n\n"
        "QUESTION: Will the council approve the plan?\n\n"
        "BRASK: We expect a vote next month. The council has never blocked a harbour plan.\n\n"
        "The councillor Omar Feld has called the plan a giveaway to the shipping lines.\n\n"
        "Dredging of the outer basin began on Sunday, officials said.\n\n"
        "QUESTION: What happens to the fishing fleet?\n\n"
        "BRASK: It stays where it is. Nobody will be moved.\n"
    )
    said = article(tmp_path, text)
    assert {quote for quote, actor in said if actor == "Lena Brask"} == {
        "We expect a vote next month. The council has never blocked a harbour plan.",
        "It stays where it is. Nobody will be moved.",
    }


INTERVIEW_BY_INITIALS = """'We will not go back for less'

Dockworkers in Chattogram have stopped work for a week. Farhana Akter Lima, general secretary \
of the Port Workers Union, talks about the stoppage and the talks.

Harbour Weekly (HW): What happens on Monday?

Farhana Akter Lima (FAL): We meet the port authority again. We have nothing new from them.

HW: The authority says the union broke the agreement.

FAL: We signed nothing. Ask them to show the signature.

HW: Will the stoppage go on?

FAL: Until the wage board sits, yes.
"""


def test_an_interview_s_labels_by_initials_are_the_names_they_spell(tmp_path: Path) -> None:
    """A label with its initials in brackets defines them as later labels; the outlet's
    label, whose turns are questions, asks, and its words are no one's quote."""
    said = article(tmp_path, INTERVIEW_BY_INITIALS)
    assert said == [
        ("We meet the port authority again. We have nothing new from them.", "Farhana Akter Lima"),
        ("We signed nothing. Ask them to show the signature.", "Farhana Akter Lima"),
        ("Until the wage board sits, yes.", "Farhana Akter Lima"),
    ]


PODCAST = """Morning Desk podcast | Day three of the bus strike

Buses in Durban have not run since Monday. The transport minister, Themba Khoza-Radebe, met the \
drivers on Tuesday. In this episode: Sipho Ndlela-Moroka, a spokesman for the Commuter Forum.

[00:00:03] LERATO DUBE-NKOSI (HOST): Good morning. First, the MEC, speaking yesterday.

[00:00:09] [CLIP - THEMBA KHOZA-RADEBE]: The buses will run when the drivers are safe.

[00:00:15] DUBE-NKOSI: With me is Sipho Ndlela-Moroka. The MEC says the buses will run soon.

[00:00:21] SIPHO NDLELA-MOROKA: Soon is not a date. People are walking twenty kilometres.

[00:00:30] DUBE-NKOSI: We'll be back tomorrow.
"""


def test_a_podcast_s_guests_and_clips_speak_and_its_host_asks(tmp_path: Path) -> None:
    """Time codes before the labels; the host's turns are the outlet's own voice; a
    played clip is the words of the one it names."""
    said = article(tmp_path, PODCAST)
    assert said == [
        ("The buses will run when the drivers are safe.", "Themba Khoza-Radebe"),
        ("Soon is not a date. People are walking twenty kilometres.", "Sipho Ndlela-Moroka"),
    ]


RADIO = """Fisheries minister on the closed season

Morning Report
Broadcast Tue 3 Mar 2026 at 7:10am

LENA MARSH: The Opposition's fisheries spokesman, Tobias Harte, was on this programme yesterday.

TOBIAS HARTE (AUDIO): The closed season is a blunt tool and the boats are paying for it.

LENA MARSH: The Minister for Fisheries, Greta Harte, joins me. Are you related?

GRETA HARTE: No, we are not, [laughs] though we get each other's post. The season stays.

LENA MARSH: Minister, thank you.

GRETA HARTE: Thanks, Lena.
"""


def test_a_label_s_given_name_tells_namesakes_apart_and_a_stage_direction_splits_a_turn(
    tmp_path: Path,
) -> None:
    """ "TOBIAS HARTE" is Tobias, not Greta; "[laughs]" is no one's words and parts the
    turn in two; a two-word closing turn is the minister's too."""
    said = article(tmp_path, RADIO)
    assert said == [
        ("The closed season is a blunt tool and the boats are paying for it.", "Tobias Harte"),
        ("No, we are not", "Greta Harte"),
        ("though we get each other's post. The season stays.", "Greta Harte"),
        ("Thanks, Lena.", "Greta Harte"),
    ]


TALLY = """Delegate count for the primaries

PLEDGED DELEGATES.

Hanna Lindqvist-Moe: 1,204.

Tomas Eriksen-Vold: 988.

THE TOTAL.

Hanna Lindqvist-Moe: 1,530.

Tomas Eriksen-Vold: 1,101.
"""


def test_a_heading_after_a_tally_s_line_is_no_one_s_words(tmp_path: Path) -> None:
    """ "THE TOTAL." after "Eriksen-Vold: 988." goes on from a label's line, but a
    heading in capitals is no one's speech, short as it is."""
    assert all(text != "THE TOTAL." for text, _ in article(tmp_path, TALLY))


CALL = """Harbour Mills Inc. (HBML) Q2 2027 Earnings Call Transcript

Aug. 4, 2027 8:30 AM ET | Harbour Mills Inc. (HBML) Stock

Operator

Good morning, and welcome to the Harbour Mills call. I now hand over to Priya Castellanos.

Priya Castellanos

Thank you. Our revenue rose 4% in the quarter, and we kept our margin where we said we would.

We also closed the flour plant in Dunmore, which was the hardest call I have made this year.

Operator

Our first question comes from Ewan Delacroix-Hart with Ridgeway Securities.

Ewan Delacroix-Hart

Thanks. Priya, how much of the margin came from the plant closing, and will it last?

Priya Castellanos

About half of it, Ewan. We expect the rest to hold through the winter.

Hollis Okonkwo-Barr

We have also cut our debt by a fifth since January, and our lenders know it.

Operator

This concludes today's call. You may now disconnect.
"""


def test_a_call_s_speakers_named_on_lines_above_their_turns_speak_them(tmp_path: Path) -> None:
    """Each paragraph under a speaker's name line is one quote, theirs; an analyst's
    question is his; the Operator's lines are no one's quotes; a full name on a line of
    its own is a person the actors list, though nothing else names him, and his words are
    his."""
    said = article(tmp_path, CALL)
    assert said == [
        (
            "Our revenue rose 4% in the quarter, and we kept our margin where we said we would.",
            "Priya Castellanos",
        ),
        (
            "We also closed the flour plant in Dunmore, which was the hardest call I have made "
            "this year.",
            "Priya Castellanos",
        ),
        (
            "Priya, how much of the margin came from the plant closing, and will it last?",
            "Ewan Delacroix-Hart",
        ),
        (
            "About half of it, Ewan. We expect the rest to hold through the winter.",
            "Priya Castellanos",
        ),
        (
            "We have also cut our debt by a fifth since January, and our lenders know it.",
            "Hollis Okonkwo-Barr",
        ),
    ]


PROFILES = """Three candidates for the harbour board

Voters in Dunmore choose a new harbour board on Sunday. Here are the three front-runners.

Priya Castellanos

Castellanos, 51, ran the flour plant for a decade and wants the port dredged by 2029.

She has the backing of the dockers' union.

Ewan Delacroix-Hart

Delacroix-Hart, a ferry operator, says the board spends too much on consultants.

Hollis Okonkwo-Barr

Okonkwo-Barr chairs the chamber of commerce and has run twice before.
"""


def test_profiles_under_their_subjects_names_are_no_transcript(tmp_path: Path) -> None:
    """Subheadings that name people over narration about them are no speaker labels."""
    assert article(tmp_path, PROFILES) == []


INTERVIEW = """[Interview] 'The ledger never lies': fraud unit chief

The Busan District Prosecutors' Office charged two men last week with laundering money for an
online gambling ring. The lead prosecutor, Kim Dong-hyun, said the men had moved the money
through shell firms.

Kim Ha-eun became head of the Financial Fraud Unit in March. She is not related to the
prosecutor. She spoke to The Harbour Daily in her office.

Harbour Daily: How do gambling rings reach young people?

Kim: Through the games they already play. The ring pays them to open accounts in their own names.

Who pays the price when it is caught?

Kim: The account holders do. (Laughs) Nobody believes that until the letter comes.

Some critics say the unit moves too slowly.

Kim: We move at the speed of the banks' records, and those take weeks to arrive.

The unit has opened 40 cases this year.
"""


def test_an_interview_s_family_name_label_is_the_interviewee_and_its_questions_no_one_s(
    tmp_path: Path,
) -> None:
    """ "Kim:" is the Kim the paragraph before the exchange brings in, not her namesake;
    the unlabelled questions between her answers (one put as a statement) are no quotes,
    and "(Laughs)" splits an answer in two."""
    said = article(tmp_path, INTERVIEW)
    assert said == [
        (
            "Through the games they already play. The ring pays them to open accounts in their "
            "own names.",
            "Kim Ha-eun",
        ),
        ("The account holders do.", "Kim Ha-eun"),
        ("Nobody believes that until the letter comes.", "Kim Ha-eun"),
        (
            "We move at the speed of the banks' records, and those take weeks to arrive.",
            "Kim Ha-eun",
        ),
    ]


CREDITED_HOST = """The Wire Desk: the forged ferry notice

Posted: Feb 2, 2027 | Listen 21:40
Host: Marisol Eberhardt | Producer: Teodor Lindgren

MARISOL EBERHARDT: On Friday a notice said the island ferry was cancelled. Here it is.

[CLIP: FORGED ANNOUNCEMENT]: All sailings to the island are cancelled until further notice.

MARISOL EBERHARDT: Rufus Achterberg runs the ferry company. Rufus, who sent it?

RUFUS ACHTERBERG: We don't know yet. It used our logo and the voice of our own skipper.

MARISOL EBERHARDT: Thanks for coming on.
"""


def test_a_credited_host_asks_and_a_clip_of_no_one_named_is_unattributed(
    tmp_path: Path,
) -> None:
    """The credit line names the host, whose turns are the outlet's voice; a clip whose
    label names no one of the story is words no one is given."""
    said = article(tmp_path, CREDITED_HOST)
    assert said == [
        ("All sailings to the island are cancelled until further notice.", None),
        (
            "We don't know yet. It used our logo and the voice of our own skipper.",
            "Rufus Achterberg",
        ),
    ]


CALL_TITLED = """Ostfold Paper (OSTP) Q1 2027 Earnings Call Transcript

Operator

Welcome to the Ostfold Paper call. I now hand over to Sindre Brekke.

Sindre Brekke -- Chief Executive Officer

Thank you. We shipped more board than in any first quarter I can remember.

Operator

Our first question comes from Leona Fairweather of Kestrel Partners.

Leona Fairweather -- Kestrel Partners -- Analyst

Sindre, are your mills running full, or are you drawing down inventory?

Sindre Brekke -- Chief Executive Officer

Running full, Leona. Our inventory is the lowest it has been since 2021.
"""


def test_a_call_s_name_lines_may_carry_a_title_after_a_dash(tmp_path: Path) -> None:
    said = article(tmp_path, CALL_TITLED)
    assert said == [
        (
            "We shipped more board than in any first quarter I can remember.",
            "Sindre Brekke",
        ),
        (
            "Sindre, are your mills running full, or are you drawing down inventory?",
            "Leona Fairweather",
        ),
        (
            "Running full, Leona. Our inventory is the lowest it has been since 2021.",
            "Sindre Brekke",
        ),
    ]


KEYED_BRIEFING = """Press conference on the cholera outbreak in Northport

Speaker key:
MV Marta Villanueva
TO Dr Tomasz Orlicki
BN Dr Beatriz Nunes

00:00:03
MV Good morning and welcome. With us are Dr Tomasz Orlicki, who leads the outbreak response,
and Dr Beatriz Nunes, Minister of Health, who will speak through an interpreter.

TO Thank you, Marta. We have confirmed 214 cases in three districts since Monday.

Most of them drank from the same well. We closed it on Tuesday.

BN (through interpreter) Thank you. The ministry has sent water tankers to every district.

MV Thank you. First question, Ines from the Coast Herald.

Doctor, is the outbreak under control?

TO Not yet. [audio cut] ... we expect the count to rise before it falls.

MV Thank you all.
"""


def test_a_briefing_s_turns_by_initials_are_the_people_they_stand_for(tmp_path: Path) -> None:
    """Initials that open a turn stand for the one person of the story whose name they
    spell ("TO" Tomasz Orlicki); a paragraph with no label goes on with the turn before
    it; "(through interpreter)" is no word of the turn and "[audio cut]" splits one; the
    moderator's initials stand for no one the story names, so their words are no one's
    quote, and a journalist's question is none; a turn's opening "Thank you." is no
    word of its quote."""
    said = article(tmp_path, KEYED_BRIEFING)
    assert said == [
        (
            "Thank you, Marta. We have confirmed 214 cases in three districts since Monday.",
            "Tomasz Orlicki",
        ),
        ("Most of them drank from the same well. We closed it on Tuesday.", "Tomasz Orlicki"),
        ("The ministry has sent water tankers to every district.", "Beatriz Nunes"),
        ("Not yet.", "Tomasz Orlicki"),
        ("... we expect the count to rise before it falls.", "Tomasz Orlicki"),
    ]


NEWS_OPENING_WITH_CAPITALS = """Talks on river treaty stall

UN mediator Kofi Mensah said the two sides had not met since March.

EU ministers will discuss the treaty on Friday, said diplomat Anna Berg.

US officials declined to comment.
"""


def test_capitals_that_open_news_copy_are_no_initials_label(tmp_path: Path) -> None:
    """ "UN mediator ...", "EU ministers ...": an acronym that opens a paragraph spells
    no one's name, and the story is no transcript."""
    assert article(tmp_path, NEWS_OPENING_WITH_CAPITALS) == []


RECORD = """Ferry Subsidy: Harbour Lines

Volume 12: debated on Monday 3 May 2027

The Minister for Transport, Dr Paul Okonedo, answered an urgent question on the ferry contract.

Urgent Question

Helen Marsh (Westbay) (Lab)
(Urgent Question): To ask the Secretary of State for Transport if he will make a statement
on the ferry contract.

The Minister for Transport (Dr Paul Okonedo)
The contract was ended in March because the operator missed its sailings for six months running.

Helen Marsh
I thank the Minister. The operator's chief executive, Ruth Calloway, wrote to the Department
in January, and I quote: "We cannot run the winter timetable." Why did nobody act on that
warning?

Dr Okonedo
I have not seen that letter, and I will write to the hon. Lady when I have.

Hon. Members
Oh!

Mr Speaker
Order. The House will hear the Minister.
"""


def test_a_parliament_s_record_gives_each_contribution_to_the_one_its_line_names(
    tmp_path: Path,
) -> None:
    """Each paragraph under a speaker's line is one quote: the minister's, whose line
    gives his office and then his name in brackets, and then "Dr Okonedo"; an MP's line
    with her constituency and party names her, a person the actors list though nothing
    else names her, so her words are hers, never the chief executive's she quotes; the
    record's "(Urgent Question):" is no word of the quote, and her question to the
    minister is kept, a member's words; the letter she quotes is its writer's as well;
    "Hon. Members" names no one."""
    said = article(tmp_path, RECORD)
    assert said == [
        (
            "To ask the Secretary of State for Transport if he will make a statement on the "
            "ferry contract.",
            "Helen Marsh",
        ),
        (
            "The contract was ended in March because the operator missed its sailings for "
            "six months running.",
            "Paul Okonedo",
        ),
        (
            "I thank the Minister. The operator's chief executive, Ruth Calloway, wrote to the "
            'Department in January, and I quote: "We cannot run the winter timetable." Why did '
            "nobody act on that warning?",
            "Helen Marsh",
        ),
        # the words she quotes, whose writer her tag names, are the chief executive's too
        ("We cannot run the winter timetable.", "Ruth Calloway"),
        (
            "I have not seen that letter, and I will write to the hon. Lady when I have.",
            "Paul Okonedo",
        ),
        ("Order. The House will hear the Minister.", None),
    ]


CANDIDATES = """Who is running for mayor of Eastport

Eastport elects a mayor on Sunday. The three candidates are Carla Mendes, Tobias Renner and
Ingrid Hallvard.

Carla Mendes (Green)

A former harbour pilot, she argues that the ferry terminal should be moved inland.

Tobias Renner (Civic)

The owner of two bakeries, 47, he says rents in the old town are driving families away.

Ingrid Hallvard (Independent)

She has promised to halve the council's spending on consultants.
"""


def test_candidates_under_lines_with_their_party_are_no_record(tmp_path: Path) -> None:
    """ "Carla Mendes (Green)" over "..., she argues ..." is an explainer's subheading,
    not a parliament's line (name, seat and party): narration is no one's quote."""
    assert article(tmp_path, CANDIDATES) == []


REACTIONS = """How the Baltic capitals reacted to the port strike

Dockers in Klaipeda walked out on Friday, drawing comment from Prime Minister Rasa Viliene,
Latvian Prime Minister Janis Ozolins and Estonian Prime Minister Mart Kuusk.

Rasa Viliene

Lithuania's prime minister told reporters the strike would be settled within a week. We asked
her office whether the army would move cargo, but it had not replied at the time of
publication.

Janis Ozolins

The Latvian leader said in Riga that his government would not send strike-breakers.

Mart Kuusk

Estonia's head of government said in Tallinn that his ports would take the diverted ships. Our
correspondent in Tallinn says the offer was repeated on the evening news.
"""


OUTLET_VOICE = """How the Baltic capitals reacted to the port strike

Dockers in Klaipeda walked out on Friday, drawing comment from Prime Minister Rasa Viliene,
Latvian Prime Minister Janis Ozolins and Estonian Prime Minister Mart Kuusk.

Rasa Viliene

Her office gave no date for talks. We asked whether the army would move cargo, but had no reply
at the time of publication.

Janis Ozolins

Riga will not send strike-breakers, according to a government statement. Our correspondent in
Riga says the statement was read out on the evening news.

Mart Kuusk

Tallinn's ports will take the diverted ships, his spokesman confirmed.
"""


def test_reactions_under_leaders_names_are_the_reporter_s_narration(tmp_path: Path) -> None:
    """A paragraph under a name that opens "Lithuania's prime minister told ..." is the
    reporter's account of her, and the outlet's "we asked" and "our correspondent" are no
    speaker's voice: none of it is a quote of the one the subheading names."""
    assert article(tmp_path, REACTIONS) == []
    assert article(tmp_path, OUTLET_VOICE) == []


COUNTRY_CODES = """Chile and Kenya agree on copper refining venture

Chilean Mining Minister Ursula Kessler and Kenyan Trade Minister Umar Sayed signed the deal
in Santiago on Thursday.

Kessler said the venture would train 300 engineers. Sayed said Kenya would build the plant.

Reactions:

UK The Department for Business said British firms would bid for the engineering work.

US The Commerce Department said it was studying the agreement.
"""


def test_country_codes_that_open_a_reactions_list_are_no_one_s_initials(tmp_path: Path) -> None:
    """ "UK" and "US" spell the initials of Ursula Kessler and Umar Sayed, but a
    country's letters stand for no one: the list is no briefing's transcript."""
    said = article(tmp_path, COUNTRY_CODES)
    assert all(actor not in {"Ursula Kessler", "Umar Sayed"} for _, actor in said)
    assert not any(text.startswith(("The Department", "The Commerce")) for text, _ in said)


COUNTRY_LABELS = """Neighbours react to the river treaty

Peruvian Foreign Minister Chad Morales said the treaty was fair, and Senator Georgia Pratt
called it a model for the region.

Reactions from the region:

Chad: The government in N'Djamena said it would study the text before signing.

Georgia: The foreign ministry in Tbilisi said it welcomed any deal on shared rivers.

Bolivia: La Paz said its engineers had not been consulted.
"""


def test_country_labels_of_a_reactions_list_name_no_one(tmp_path: Path) -> None:
    """ "Chad:" and "Georgia:" are countries, not the Chad Morales and Georgia Pratt the
    lead names: a run of labels that are places is a list, not an exchange."""
    said = article(tmp_path, COUNTRY_LABELS)
    assert not any(text.startswith(("The government", "The foreign")) for text, _ in said)


RADIO_INTERVIEW = """Wells run dry in the hill villages

Radio Kestrel | Midday programme transcript | 3 March 2027

PRESENTER: Good afternoon. On the line is Dr Ingrid Halvorsen of the Torvale water board.

HALVORSEN: Good afternoon. Eleven of the fourteen wells have run dry since January.

PRESENTER: How are people coping?

HALVORSEN: Families are walking two hours to the river, and the tanker comes once a week.

PRESENTER: Dr Ingrid Halvorsen, thank you.
"""


def test_a_hosts_turn_that_names_the_guest_credits_no_one_and_the_guests_turns_are_hers(
    tmp_path: Path,
) -> None:
    """The host's last turn thanks the guest by name ("PRESENTER: Dr Ingrid Halvorsen,
    thank you."): no credit line naming the host, so the guest's label is no asker's
    and her turns are her quotes, less the greeting that answers the host's."""
    said = article(tmp_path, RADIO_INTERVIEW)
    assert said == [
        (
            "Eleven of the fourteen wells have run dry since January.",
            "Ingrid Halvorsen",
        ),
        (
            "Families are walking two hours to the river, and the tanker comes once a week.",
            "Ingrid Halvorsen",
        ),
    ]


PANEL_BRIEFING = """Harbour Ferries plc

Briefing on the withdrawal of the night service

Panel:

Daniel Okafor, Managing Director

Grace Mendel, Head of Fleet Safety

Moderator: Paul Reyes, Head of Press

Reyes: Good afternoon. Ms. Mendel joins us from the fleet team. Mr. Okafor will begin.

Okafor: We are withdrawing the night service from Monday. I am sorry for the trouble this causes.

Last week Mr. Samuel Mendel of the port authority, who is no relation to Grace, wrote to
us. He told us that "the gangway logs are incomplete." We accept that.

Mendel: Our crews found worn hinges on two gangways. We replaced them within a day.

Reyes: That ends the briefing.
"""


def test_a_surname_two_people_share_is_the_participants_and_relayed_words_stay_in_the_turn(
    tmp_path: Path,
) -> None:
    """The list under "Panel:" names who speaks under "Mendel:" (the port official of the
    same surname is only spoken of), and a paragraph of the director's that tells what the
    official wrote, in his own "us" and "we", goes on with the director's turn."""
    said = dict(article(tmp_path, PANEL_BRIEFING))
    assert said["Our crews found worn hinges on two gangways. We replaced them within a day."] == (
        "Grace Mendel"
    )
    relayed = [text for text in said if text.startswith("Last week")]
    assert len(relayed) == 1 and said[relayed[0]] == "Daniel Okafor"
    assert "Samuel Mendel" not in said.values()


INTERVIEW_WITH_NARRATION = """Interview: Ports minister on the canal

Coastal Ledger | Interview transcript | 9 April 2026

Participants:
Ruth Okafor, Minister of Ports
Tomas Berg, Coastal Ledger

BERG: Will the ministry close the canal to tankers?

OKAFOR: We have no plan to close it. We are talking to the shipping lines every day.

The US said on Friday it would send a survey ship to the canal, diplomats in Cairo told reporters.

BERG: Has the ministry spoken to the pilots?

OKAFOR: Yes. The pilots have been in touch with our office since the grounding.
"""


def test_a_country_in_capitals_is_no_speakers_us(tmp_path: Path) -> None:
    said = article(tmp_path, INTERVIEW_WITH_NARRATION)
    assert not any(text.startswith("The US said") for text, _ in said)


def test_first_person_is_the_pronoun_not_a_name_in_capitals() -> None:
    from brief.extract.actors.speaker_lines import first_person

    assert not first_person("The US said on Friday it would send a survey ship.")
    assert not first_person("Officials from the UK and the US met in ME on Monday.")
    assert first_person("He told us the canal would stay open.")
    assert first_person("We have no plan to close it.")
    assert first_person("I think the pilots were right.")
    assert first_person("Our office has been in touch.")


HEARING = """TRANSCRIPT: Port engineer tells House panel of unbuilt seawalls

The Harbour Courier
Nation | 2 March 2026

A former port engineer told the House committee on Monday that she approved seawalls that
were never built. The committee is chaired by Rep. Teodora Lacson-Uy.
Engr. Lorna Villanueva Cruz appeared with her counsel, Atty. Bernardo Sison.
Rep. Danilo Cruz, a committee member, is not related to the witness.

REP. LACSON-UY: Engineer, did you inspect the seawalls before you signed?

ENGR. CRUZ: I inspected one, your Honor. The others were photographs.

REP. CRUZ: Madam Chair, who sent the photographs?

ENGR. CRUZ: The contractor's office, your Honor.

MS. CRUZ: I was asked to sign every Friday.

REP. LACSON-UY: The committee will hear the contractor next week.
"""


def test_a_label_s_style_tells_namesakes_apart_as_the_story_introduced_them(
    tmp_path: Path,
) -> None:
    """ "ENGR. CRUZ" is the engineer the story styles "Engr.", "REP. CRUZ" the member it
    styles "Rep."; a style it writes before neither ("MS. CRUZ") settles nothing."""
    said = article(tmp_path, HEARING)
    assert said == [
        ("Engineer, did you inspect the seawalls before you signed?", "Teodora Lacson-Uy"),
        ("I inspected one, your Honor. The others were photographs.", "Lorna Villanueva Cruz"),
        ("Madam Chair, who sent the photographs?", "Danilo Cruz"),
        ("The contractor's office, your Honor.", "Lorna Villanueva Cruz"),
        ("I was asked to sign every Friday.", None),
        ("The committee will hear the contractor next week.", "Teodora Lacson-Uy"),
    ]


TWO_WAY = """Harbour FM - The Breakfast Show
Transcript: Day two of the ferry inquiry
Presenter: Orla Nic Aodha | Reporter: Liam Cusack

PRESENTER: The ferry inquiry sat again yesterday. Liam, what did it hear?

REPORTER: It heard from the ferry's former master, Captain Éamon Ó Briain. Counsel for the
inquiry, Síle Ní Bhriain SC, read out his log, in which he called the hull "a rust bucket
with a timetable". Then she put this to him.

CLIP - SÍLE NÍ BHRIAIN SC: Captain, you wrote that in March. Why did the ferry sail in April?

CLIP - CAPTAIN ÉAMON Ó BRIAIN: Because the company told me the repairs were booked.

PRESENTER: Liam Cusack, thank you.
"""


def test_a_clip_s_caption_without_brackets_is_its_speakers_and_a_reporter_relays_others(
    tmp_path: Path,
) -> None:
    """ "CLIP - SÍLE NÍ BHRIAIN SC:" is counsel's clip (capitals with accents, the rank after
    the name no word of it); the reporter's turn tells what the master wrote in his words,
    which stay a quote of the paragraph's."""
    said = article(tmp_path, TWO_WAY)
    assert (
        "Captain, you wrote that in March. Why did the ferry sail in April?",
        "Síle Ní Bhriain",
    ) in said
    assert ("Because the company told me the repairs were booked.", "Éamon Ó Briain") in said
    assert any(text == "a rust bucket with a timetable" for text, _ in said)


COMMITTEE = "\n\n".join(
    [
        "NATIONAL ASSEMBLY\nPUBLIC ACCOUNTS COMMITTEE",
        "Record of Proceedings\nTuesday, 3 March 2026",
        "Present: Hon. Grace Tembo Mwila, MP (Chair); Hon. Peter Banda, MP; "
        "Hon. (Dr.) Ruth Nchimunya Zulu, MP\n"
        "Officials: Mr. K.T. Lungu, Auditor General; Dr. L.M. Phiri, Director, Roads Agency; "
        "Mr. Joseph Banda, Finance Manager, Roads Agency",
        "Hon. Chair: Director, the report says the agency paid for roads it never received. "
        "Your answer?",
        "Dr. L.M. Phiri (Director, Roads Agency): Hon. Chair, I accept the report. "
        "We have stopped those payments.",
        "Hon. Peter Banda: Director, you signed the certificates yourself.",
        "Mr. Joseph Banda (Finance Manager, Roads Agency): Hon. Chair, the certificates came "
        "to my desk already signed.",
        "Hon. (Dr.) Ruth Nchimunya Zulu: Auditor General, were the roads inspected at all?",
        "Mr. K.T. Lungu (Auditor General): Hon. Member, only two of them were inspected.",
        "Hon. Chair: The committee will meet again next month.\n",
    ]
)


def test_a_record_s_chair_is_the_one_its_list_of_those_present_names_so(tmp_path: Path) -> None:
    """ "Hon. Chair:" is the member "Present:" lists as chair; a label's given name past
    "Hon." or "Mr." tells the Bandas apart; initials the splitter cut off ("Dr. L.M.")
    and a style in brackets ("Hon. (Dr.)") stay in the label."""
    said = dict(article(tmp_path, COMMITTEE))
    chair = "Grace Tembo Mwila"
    assert said["The committee will meet again next month."] == chair
    assert said["Hon. Chair, I accept the report. We have stopped those payments."] == "L.M. Phiri"
    assert said["Director, you signed the certificates yourself."] == "Peter Banda"
    assert said["Hon. Chair, the certificates came to my desk already signed."] == "Joseph Banda"
    assert said["Auditor General, were the roads inspected at all?"] == "Ruth Nchimunya Zulu"
    assert said["Hon. Member, only two of them were inspected."] == "K.T. Lungu"


def test_a_reporter_s_report_in_a_two_way_is_news_and_the_presenter_s_question_is_not(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TWO_WAY, encoding="utf-8")
    sentences = sentences_of(path)
    quiet = {sentences[at].text for at in small_talk(sentences)}
    assert "PRESENTER: Liam Cusack, thank you." in quiet
    assert not any(text.startswith("REPORTER:") for text in quiet)


NAMESAKE_SENATORS = """TRANSCRIPT: Senate panel questions the ferry auditor

The Harbour Courier
Nation | 4 March 2026

Sen. Rosa Ilagan chairs the panel. The auditor, Atty. Bert Ilagan, is her nephew.
Sen. Dario Ilagan, a panel member, also attended the hearing.

SEN. ILAGAN: Counsel, who approved the fuel contracts?

ATTY. ILAGAN: The board approved them, your Honor.
"""


def test_a_label_whose_style_two_namesakes_carry_names_neither(tmp_path: Path) -> None:
    """Two senators Ilagan: "SEN. ILAGAN" may be either, whoever the story brought in last."""
    said = article(tmp_path, NAMESAKE_SENATORS)
    assert said == [
        ("Counsel, who approved the fuel contracts?", None),
        ("The board approved them, your Honor.", "Bert Ilagan"),
    ]


WORKS_RECORD = """LEGISLATIVE ASSEMBLY OF THE NORTHERN PROVINCE
Standing Committee on Public Works
Verbatim record, 12 February 2026

The sitting was chaired by Laura Beaulieu, Chairperson of the Committee.

Chairperson MLA Laura Beaulieu:
I call the meeting to order. The deputy minister is with us today.

Deputy Minister of Transportation and Public Works Daniel Okafor:
Thank you. The bridge inspections were delayed by two years. I regret that we did not warn
the public sooner.

MLA Hannah Okafor:
For the record, I am not related to the deputy minister. Why did your department wait so
long?

(Voice from the gallery: Resign!)

Deputy Minister of Transportation and Public Works Daniel Okafor:
We were short of engineers. We have hired twelve since the summer.

Chairperson MLA Laura Beaulieu:
I thank the deputy minister. The committee stands adjourned.
"""


def test_labels_on_lines_of_their_own_name_the_turn_under_them(tmp_path: Path) -> None:
    """A record prints each label alone on its line, an office written out before the
    name ("Deputy Minister of ... Daniel Okafor:"): the turn under it is the one the name
    names in full, a namesake's surname alone none of hers; a note in brackets between
    turns is no one's words, nor the turn's before it."""
    said = article(tmp_path, WORKS_RECORD)
    assert said == [
        ("I call the meeting to order. The deputy minister is with us today.", "Laura Beaulieu"),
        (
            "The bridge inspections were delayed by two years. I regret that we did not warn "
            "the public sooner.",
            "Daniel Okafor",
        ),
        (
            "For the record, I am not related to the deputy minister. Why did your department "
            "wait so long?",
            "Hannah Okafor",
        ),
        ("We were short of engineers. We have hired twelve since the summer.", "Daniel Okafor"),
        ("I thank the deputy minister. The committee stands adjourned.", "Laura Beaulieu"),
    ]


def test_a_label_said_again_survives_the_duplicates_stage(tmp_path: Path) -> None:
    """A label said again over the speaker's next turn is no copy of the first: the
    pipeline's duplicates stage keeps it, and the turn under it is that speaker's, never
    the last speaker's going on."""
    path = tmp_path / "a.txt"
    path.write_text(WORKS_RECORD, encoding="utf-8")
    every = sentences_of(path)
    kept = [every[group[0]] for group in group_duplicates(every)]
    said = [(q.text, q.actor) for q in quotes_of(kept)]
    assert (
        "We were short of engineers. We have hired twelve since the summer.",
        "Daniel Okafor",
    ) in said
    assert (
        "I thank the deputy minister. The committee stands adjourned.",
        "Laura Beaulieu",
    ) in said
    assert not any(actor == "Hannah Okafor" for text, actor in said if "engineers" in text)


def test_a_voice_from_the_floor_is_not_the_last_speaker_going_on(tmp_path: Path) -> None:
    """A label of someone the record leaves unnamed ("Voice from the floor:") ends the
    turn before it: the words under it are not that speaker's."""
    text = WORKS_RECORD.replace(
        "(Voice from the gallery: Resign!)", "Voice from the gallery:\nResign now!"
    )
    said = article(tmp_path, text)
    assert not any(actor == "Hannah Okafor" for text, actor in said if "Resign" in text)


PRESS_CONFERENCE = """Health ministry briefing on the hospital fire

The following is the text of the press conference. Health Minister Greta Lindqvist and
fire chief Oskar Brandt answered.

LINDQVIST: The fire started in the laundry at 4 a.m. Every patient was moved in time.

Q (Maja Holmberg, Nordic Daily): Will the ward reopen this year?

BRANDT: Not before the wiring has been replaced. That will take months.

Q (Baltic Radio): Who inspected the laundry last?

LINDQVIST: The county did, in March.

Q (Al Jazeera, Stockholm): Were any staff hurt?

BRANDT: Two nurses were treated for smoke.

Q (The Courier, Malmo): When will the report be out?

LINDQVIST: By the end of the month.
"""


def test_a_question_label_names_its_asker_before_the_outlet(tmp_path: Path) -> None:
    """ "Q (Jane Roe, Daily Courier):" names who asks; an outlet alone names no one."""
    said = article(tmp_path, PRESS_CONFERENCE)
    assert ("Will the ward reopen this year?", "Maja Holmberg") in said
    assert not any("Baltic" in (actor or "") for _, actor in said)


def test_an_outlet_and_its_city_in_a_question_label_name_no_asker(tmp_path: Path) -> None:
    """ "Q (Al Jazeera, Doha):" is an outlet and its city, not a person and an outlet,
    however the outlet's first word reads; nor is "Q (The Courier, Malmo):"."""
    said = article(tmp_path, PRESS_CONFERENCE)
    askers = {actor for text, actor in said if text.endswith("?")}
    assert not askers & {"Al Jazeera", "The Courier"}
    from brief.extract.actors import find_actors

    path = tmp_path / "a.txt"
    path.write_text(PRESS_CONFERENCE, encoding="utf-8")
    people = {actor.name for actor in find_actors(sentences_of(path)) if actor.kind == "person"}
    assert "Al Jazeera" not in people
    assert "Maja Holmberg" in people


RADIO_BULLETIN = """Radio Tessin FM | Evening news transcript | 3 May 2027

ANCHOR (Lena Moser): Good evening. Floods have closed the main road over the Gotthard pass.

ANCHOR: We spoke to the cantonal engineer Paul Ritter at the scene.

PAUL RITTER: The road will stay shut until Friday at least.

ANCHOR: Mr Ritter said the pass had not flooded since 1987.

PAUL RITTER: Crews are clearing the debris tonight.

ANCHOR: That is the news at seven. I'm Lena Moser.
"""


def test_a_bulletin_opens_its_news_past_its_label_and_greeting(tmp_path: Path) -> None:
    """A transcript with no headline: its first turn's label and greeting are no title;
    the anchor's first sentence of news, in the outlet's voice, is."""
    from brief.extract.quotes.transcripts import opening_news

    path = tmp_path / "a.txt"
    path.write_text(RADIO_BULLETIN, encoding="utf-8")
    assert opening_news(sentences_of(path)) == (
        "Floods have closed the main road over the Gotthard pass."
    )


def test_a_guests_words_that_open_an_exchange_keep_their_label(tmp_path: Path) -> None:
    """The first words of news a guest says are theirs: a title keeps whose they are."""
    from brief.extract.quotes.transcripts import opening_news

    path = tmp_path / "a.txt"
    path.write_text(
        "PRESENTER: Good morning.\n\nPAUL RITTER: The road will stay shut until Friday.\n\n"
        "PRESENTER: Will it reopen for the holiday?\n\nPAUL RITTER: Not before the survey.\n",
        encoding="utf-8",
    )
    assert opening_news(sentences_of(path)) == "PAUL RITTER: The road will stay shut until Friday."


FLOOD_BULLETIN = """NORTHERN TV NEWS AT SEVEN - TRANSCRIPT

[STUDIO]

ANCHOR (Ruth Mensah): Good evening. Floods have closed the main highway north of Tamale.

REPORTER (Kofi Boateng, live, Tamale): Ruth, the water is still rising here. The regional
minister, Samuel Adjei, said the army had been called in.

[SOUNDBITE]
SAMUEL ADJEI, Regional Minister, Northern Region: We have moved four hundred families to
schools. Nobody will be left behind tonight.
[END SOUNDBITE]

REPORTER: At the teaching hospital, the nurse Mary Adjei, who is not related to the
minister, has been on duty since Sunday.

[SOUNDBITE]
MARY ADJEI, Nurse, Tamale Teaching Hospital: We have run out of clean sheets. I have not
slept since Sunday.
[END SOUNDBITE]

[SOUNDBITE]
UNNAMED FARMER, Savelugu: I lost all my maize. I do not know what we will eat now.
[END SOUNDBITE]

ANCHOR: The Red Cross said its volunteers had reached "every flooded village" by nightfall.
"""


def test_a_soundbite_s_caption_names_its_speaker_before_the_roles(tmp_path: Path) -> None:
    """ "SAMUEL ADJEI, Regional Minister, ...:" captions his words (the given name tells the
    Adjeis apart); a caption that names no one is someone's words; the anchor's link
    between soundbites relays others' words as any paragraph does."""
    said = article(tmp_path, FLOOD_BULLETIN)
    assert (
        "We have moved four hundred families to schools. Nobody will be left behind tonight.",
        "Samuel Adjei",
    ) in said
    assert (
        "We have run out of clean sheets. I have not slept since Sunday.",
        "Mary Adjei",
    ) in said
    assert ("I lost all my maize. I do not know what we will eat now.", None) in said
    assert any(text == "every flooded village" for text, _ in said)


DOCK_INTERVIEW = """'We will not sign'

The Harbour Weekly | Q&A

The port authority's chairman, K.L.M. Perera, said on Monday that talks had failed.

The Harbour Weekly spoke to R.D. Perera, president of the Dockworkers' Union, who has led the
union since 2022. He is not related to the chairman.

Q: Why did the talks fail?

A: Because the authority offered nothing new. We waited six weeks for a proposal.

Q: The chairman says the offer is generous.

A: He says generous. Our members say insulting. (Pauses) I respect Mr Perera, but we will
not sign.
"""


def test_the_answers_are_the_one_the_outlet_spoke_to_not_a_namesake(tmp_path: Path) -> None:
    """ "The Harbour Weekly spoke to R.D. Perera": the outlet asks, he answers every "A:",
    though another Perera is named before him and spoken of in the answers."""
    said = article(tmp_path, DOCK_INTERVIEW)
    assert said == [
        (
            "Because the authority offered nothing new. We waited six weeks for a proposal.",
            "R.D. Perera",
        ),
        ("He says generous. Our members say insulting.", "R.D. Perera"),
        ("I respect Mr Perera, but we will not sign.", "R.D. Perera"),
    ]


def test_an_outlet_that_spoke_to_two_people_settles_no_answer(tmp_path: Path) -> None:
    text = DOCK_INTERVIEW.replace(
        "spoke to R.D. Perera, president of the Dockworkers' Union, who has led the\nunion "
        "since 2022.",
        "spoke to R.D. Perera and Nalin Fernando of the Dockworkers' Union.",
    )
    assert all(actor is None for _, actor in article(tmp_path, text))


def test_the_one_whose_relative_the_outlet_spoke_to_answers_nothing(tmp_path: Path) -> None:
    """ "spoke to the neighbour of Police Chief Jane Roe" or "to Jane Roe's husband": the
    name only says whose the one spoken to is, so no answer is hers."""
    for whose in ("the neighbour of Harbour Master R.D. Perera,", "R.D. Perera's brother,"):
        text = DOCK_INTERVIEW.replace("R.D. Perera, president of the Dockworkers' Union,", whose)
        assert all(actor is None for _, actor in article(tmp_path, text))


WHO_IS_WHO = """Who's who in the new cabinet

The President named her cabinet on Monday after weeks of coalition talks.

Finance Minister Tom Berg:

A former central bank governor, he is expected to push for spending cuts. Critics say
he has never run a ministry.

Foreign Minister Clara Voss:

A career diplomat, she served as ambassador to Brazil. Critics say she is untested in
crisis talks.

Defence Minister Omar Said:

He commanded the northern army until 2024.
"""


def test_names_over_paragraphs_about_them_are_no_one_s_turns(tmp_path: Path) -> None:
    """A who's-who prints each name on a line of its own over a paragraph about them
    ("he", "she"): headings, so the critics' words are not the minister's."""
    assert article(tmp_path, WHO_IS_WHO) == []


PHONE_IN = """Listeners question the water minister

HOST: Good evening. Our guest tonight is Water Minister Joan Otieno. First caller, please.

CALLER (Peter Wanjala, Kisumu): Minister, our taps have been dry for a week - (laughter in
studio) - and nobody tells us why.

MINISTER: I hear you, and I am sorry. The pump at Dunga failed on Monday.

CALLER (Mary Achieng, Siaya): My borehole was dug in May and it is already empty. Who will fix it?

MINISTER: The county engineers will visit Siaya next week.

CALLER (Tom Opiyo, Busia): Thank you, Minister. When will the new dam open in Busia?
"""


def test_a_callers_label_gives_the_speaker_in_brackets_after_the_role(tmp_path: Path) -> None:
    """ "CALLER (Peter Wanjala, Kisumu):" is Peter Wanjala's turn, "(laughter in studio)" parts
    it; a name in brackets the story lacks as a person, or no one's, gives no speaker."""
    said = dict(article(tmp_path, PHONE_IN))
    assert said["Minister, our taps have been dry for a week -"] == "Peter Wanjala"
    assert said["- and nobody tells us why."] == "Peter Wanjala"
    assert said["The county engineers will visit Siaya next week."] == "Joan Otieno"
    assert said["Thank you, Minister. When will the new dam open in Busia?"] == "Tom Opiyo"
    # (a name the actors table lacks gives the turn to no one: never the last speaker)
    assert said.get("My borehole was dug in May and it is already empty. Who will fix it?") is None


PRESSER = """Navy briefing on the ferry collision

The following is the text of the briefing. Minister Lara Voss and Rear Admiral Piet Kruger
answered in turn. The ferry's master, Captain Anna Kruger, is no relation of the admiral and
did not attend.

VOSS: The ferry and the patrol boat touched at 6 a.m. Nobody was hurt on either vessel.

Q: Admiral, who was on the bridge of the patrol boat?

KRUGER: The officer of the watch was on the bridge, as our rules require. We will publish the log.

Q: Will the patrol boat sail again this week?

KRUGER: Not before the hull has been inspected by the yard.
"""


def test_a_namesake_the_lead_in_says_did_not_attend_is_no_label_s_speaker(
    tmp_path: Path,
) -> None:
    said = dict(article(tmp_path, PRESSER))
    assert said["Not before the hull has been inspected by the yard."] == "Piet Kruger"
    assert said[
        "The ferry and the patrol boat touched at 6 a.m. Nobody was hurt on either vessel."
    ] == ("Lara Voss")


def test_an_anchors_name_in_brackets_makes_no_quote_of_her_narration(tmp_path: Path) -> None:
    """ "ANCHOR (Jane Roe):" is the outlet's voice with its presenter's name: her lede is
    the bulletin's narration, no quote of hers; the guest's turn is his."""
    said = article(tmp_path, RADIO_BULLETIN)
    assert not any(actor == "Lena Moser" for _, actor in said)
    assert ("The road will stay shut until Friday at least.", "Paul Ritter") in said


def test_a_press_conferences_labels_in_capitals_name_and_title_its_speakers(
    tmp_path: Path,
) -> None:
    """r70 F16: a transcript whose turns open on labels in capitals ("SHERIFF DANA
    WHITLOCK:", "TOM AGUIRRE, INCIDENT COMMANDER, CEDAR FIRE:") names its speakers there
    only: each is a person, as names are written, with the label's title, and speaks
    the turn; a later label by style and surname ("SEN. ROE:") or two surnames names no
    one new, and a newsletter's heading in capitals ("THE MILITARY PICTURE:") no one."""
    text = """Transcript: flood briefing, March 3

This is a transcript of the council's news conference, edited for length.

MAYOR ANNA KOVACS: Good morning. The river crested at 6.2 metres overnight.

PIOTR NOWAK, CHIEF ENGINEER, RIVER AUTHORITY: The levee held. We are checking the
pumps at Elm Street.

REPORTER: Mayor, will schools open tomorrow?

KOVACS: Not tomorrow. We will decide on Thursday.

THE WEATHER PICTURE: More rain is expected on Wednesday.
"""
    said = article(tmp_path, text)
    assert ("The river crested at 6.2 metres overnight.", "Anna Kovacs") in said
    assert ("The levee held. We are checking the pumps at Elm Street.", "Piotr Nowak") in said
    assert ("Not tomorrow. We will decide on Thursday.", "Anna Kovacs") in said
    people = {a.name: a.role for a in actors_of(tmp_path, text) if a.kind == "person"}
    assert people == {"Anna Kovacs": "Mayor", "Piotr Nowak": "Chief Engineer, River Authority"}


def test_a_label_in_the_persons_stage_name_is_theirs(tmp_path: Path) -> None:
    """A wrestler who wrestles as "Bruno Halcon" is labelled so in the interview: his turns
    are his, listed by his legal name, not a second person's."""
    text = """'I was never the villain'

Ring Weekly | Sport | Interview

The wrestler Mateo Quiroga Lenz, who wrestles as Bruno Halcon, retired on Sunday after 22 years.

RING WEEKLY: Why now?

BRUNO HALCON: My knees decided. I only signed the papers.

RING WEEKLY: Will you miss it?

BRUNO HALCON: Every night at nine o'clock, yes.
"""
    assert article(tmp_path, text) == [
        ("My knees decided. I only signed the papers.", "Mateo Quiroga Lenz"),
        ("Every night at nine o'clock, yes.", "Mateo Quiroga Lenz"),
    ]


def test_words_a_turn_quotes_with_a_tag_naming_someone_are_theirs_as_well(
    tmp_path: Path,
) -> None:
    """A harbour board's meeting printed as a transcript: the chair's turn quotes the
    fishermen's elder in marks, "Mzee Mwakilema told the board, “...”" after "Mzee Juma
    Mwakilema": those words are the elder's too (his style written before his full name
    is no other given name); words the chair quotes with "he said" stay the turn's
    alone, and so do words she quotes of herself."""
    text = "\n\n".join(
        [
            "Tanga harbour board - public session - transcript",
            "Harbour board participants: Rehema Kisanga, Chair; Salim Nassoro, Harbour Master.",
            "Baraka Mushi (Pwani Daily): Will the new breakwater close the fishing channel?",
            "Rehema Kisanga (Chair): It will not, Baraka. Last week I sat with Mzee Juma"
            ' Mwakilema at the fish market. Mzee Mwakilema told the board, "If the channel'
            ' closes, the boats will sit on the sand by Christmas." We have moved the'
            " breakwater forty metres east.",
            "Baraka Mushi (Pwani Daily): And the dredging?",
            'Rehema Kisanga (Chair): The contractor came in March. He said, "The dredger can'
            ' start after the long rains." I told him, "Then start the day they end."',
            "Salim Nassoro (Harbour Master): The channel will be marked with new buoys in May.",
        ]
    )
    said = article(tmp_path, text)
    assert [q for q, s in said if s == "Juma Mwakilema"] == [
        "If the channel closes, the boats will sit on the sand by Christmas."
    ]
    speakers = {speaker for _, speaker in said}
    assert speakers == {"Rehema Kisanga", "Baraka Mushi", "Salim Nassoro", "Juma Mwakilema"}


def test_a_spokesmans_briefing_through_an_interpreter_is_his_alone(tmp_path: Path) -> None:
    """r73 F6, F14: a ministry's briefing names its one speaker in capitals with the
    office before the name ("SPOKESMAN TOMAS IBARRA"), then by surname alone, with how
    the words came in brackets before the colon ("(through an interpreter)"), and puts
    reporters' questions under labels of their own ("QUESTION (Radio Austral):"): he is
    a person, titled so, and each answer his, its statement's paragraphs too (a "supply
    post" in one is no verb of saying)."""
    text = """Transcript of the weekly briefing of the fisheries ministry

SPOKESMAN TOMAS IBARRA (through an interpreter): Good morning. I will start with the
southern coast.

On Monday night, two trawlers entered the closed zone off Punta Gruesa.

A supply post of the navy on the island was flooded.

QUESTION (Radio Austral): Will the ministry fine the owners?

IBARRA (through an interpreter): "We will fine them, and we will publish their names."

QUESTION (El Litoral): How many boats were seized this year?

IBARRA (through an interpreter): I do not have the figure here.
"""
    said = article(tmp_path, text)
    assert (
        "On Monday night, two trawlers entered the closed zone off Punta Gruesa.",
        "Tomas Ibarra",
    ) in said
    assert ("A supply post of the navy on the island was flooded.", "Tomas Ibarra") in said
    assert [speaker for q, speaker in said if "publish their names" in q] == ["Tomas Ibarra"]
    assert ("I do not have the figure here.", "Tomas Ibarra") in said
    assert not any(speaker is None for _, speaker in said)
    people = {a.name: a.role for a in actors_of(tmp_path, text) if a.kind == "person"}
    assert people == {"Tomas Ibarra": "Spokesman"}


def test_one_label_in_capitals_with_no_question_put_names_no_one(tmp_path: Path) -> None:
    """A lone label in capitals before a paragraph of a feature ("HEAD GARDENER ROSA
    LINDQVIST:" as a run-in head, nothing asked under a label of its own) is no
    exchange: no one is listed from it."""
    text = """Spring at the botanical garden

The glasshouses reopen on Saturday after a winter of repairs.

HEAD GARDENER ROSA LINDQVIST: The palms came through the frost better than we feared.

The café will serve the garden's own honey from May.
"""
    people = [a.name for a in actors_of(tmp_path, text) if a.kind == "person"]
    assert people == []


def test_a_briefings_speaker_named_in_another_source_speaks_its_turns() -> None:
    """r73 F6: one brief of two sources, a wire story naming the spokesman in prose ("...
    told reporters") and his briefing's transcript, whose labels alone name him there:
    the transcript's story counts him among its speakers, and its turns are his."""
    from brief.ingest import parse_text
    from brief.models import Source
    from brief.segment import segment

    wire = (
        "Chile says trawlers entered closed zone\n\n"
        '"The owners will be fined," fisheries ministry spokesman Tomas Ibarra told'
        " reporters in Valparaiso on Monday.\n"
    )
    briefing = (
        "Transcript of the weekly briefing of the fisheries ministry\n\n"
        "SPOKESMAN TOMAS IBARRA (through an interpreter): Good morning. Two trawlers"
        " entered the closed zone off Punta Gruesa on Monday night.\n\n"
        "QUESTION (Radio Austral): Will the ministry publish the owners' names?\n\n"
        'IBARRA (through an interpreter): "We will publish them when the fines are paid."\n'
    )
    texts = [
        parse_text(text, Source(n, f"{n}.txt", f"{n}.txt", "", len(text)))
        for n, text in enumerate((wire, briefing), 1)
    ]
    said = [(q.text, q.actor) for q in quotes_of(segment(texts).sentences)]
    assert ("We will publish them when the fines are paid.", "Tomas Ibarra") in said
    assert not any(speaker is None for _, speaker in said)


def _titled(tmp_path: Path, text: str) -> tuple[list[Actor], list[tuple[str, str | None]]]:
    """Actors and quotes as `brief make` finds them, the article's title given as it
    gives it (the product reads a transcript's speaker there, r74 F12)."""
    from brief.extract.quotes import find_quotes
    from brief.ingest import parse_text
    from brief.models import Source

    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    title = parse_text(text, Source(1, str(path), path.name, "", len(text))).title or ""
    found = sentences_of(path)
    actors = find_actors(found, titles={1: title})
    return list(actors), [(q.text, q.actor) for q in find_quotes(found, actors)]


# A port authority's briefing: its title names the spokeswoman in full, its turns label
# her by the surname alone in capitals, through an interpreter, between reporters'
# questions under labels of their own.
HARBOUR_BRIEFING = """Transcript: briefing by Port Authority spokeswoman Ingrid Solvang

SOLVANG (through interpreter): Good morning. I will begin with the closure of the north quay.

SOLVANG (through interpreter): The quay stays closed until the divers finish their survey.

QUESTION (Fjord Herald): When will the ferries run again?

SOLVANG (through interpreter): Not before Thursday. I cannot promise more than that.

QUESTION (Coast Radio): Was anyone hurt?

SOLVANG (through interpreter): No one was hurt. Two crew members were checked and released.
"""


def test_a_surname_label_is_the_speaker_the_transcripts_title_names(tmp_path: Path) -> None:
    actors, said = _titled(tmp_path, HARBOUR_BRIEFING)
    spokeswoman = next(a for a in actors if a.name == "Ingrid Solvang")
    assert spokeswoman.role == "Port Authority spokeswoman"
    assert ("Not before Thursday. I cannot promise more than that.", "Ingrid Solvang") in said
    assert (
        "No one was hurt. Two crew members were checked and released.",
        "Ingrid Solvang",
    ) in said
    # (the reporters' questions are theirs, no one's the label names: no quote of hers)
    assert not any(text.startswith("When will") and who for text, who in said)


def test_a_title_names_the_speaker_after_a_comma_and_in_any_alphabet(tmp_path: Path) -> None:
    """ "Press briefing by the Spokesperson, Name": the office before the comma; a
    surname in capitals with a letter outside Latin-1 ("KOŁODZIEJ") is still a label."""
    text = (
        "Press briefing by the Spokesperson, Zofia Kołodziej (English interpretation)\n\n"
        "KOŁODZIEJ: Good afternoon. The consulate in Lviv reopens on Monday.\n\n"
        "QUESTION (River Gazette): Will visas be issued there?\n\n"
        "KOŁODZIEJ: Not at first. Only passports will be renewed.\n"
    )
    actors, said = _titled(tmp_path, text)
    assert ("Not at first. Only passports will be renewed.", "Zofia Kołodziej") in said
    assert next(a for a in actors if a.name == "Zofia Kołodziej").role == "Spokesperson"


def test_a_surname_label_stays_unattributed_where_the_title_names_no_one(
    tmp_path: Path,
) -> None:
    """A title that names no one of the label's surname, or two people of it, gives the
    label no speaker: never a guess."""
    untitled = HARBOUR_BRIEFING.replace(
        "Transcript: briefing by Port Authority spokeswoman Ingrid Solvang",
        "Transcript: the port authority's morning briefing",
    )
    _, said = _titled(tmp_path, untitled)
    assert not any(who == "Ingrid Solvang" for _, who in said)
    two = HARBOUR_BRIEFING.replace(
        "Port Authority spokeswoman Ingrid Solvang",
        "Ingrid Solvang and her deputy Per Solvang",
    )
    _, said = _titled(tmp_path, two)
    assert not any(who in ("Ingrid Solvang", "Per Solvang") for _, who in said)


def test_a_surname_label_with_no_question_put_is_no_titled_speaker(tmp_path: Path) -> None:
    """One voice under a surname label and no question put is no exchange the title's
    name settles (a statement read out, a list of quotes)."""
    text = (
        "Statement by Harbour Master Ingrid Solvang on the north quay\n\n"
        "SOLVANG: The quay stays closed until the divers finish their survey.\n\n"
        "SOLVANG: The ferries will run from the south quay until then.\n"
    )
    actors, _ = _titled(tmp_path, text)
    assert not any(a.name == "Ingrid Solvang" and a.role for a in actors if a.kind == "person")
