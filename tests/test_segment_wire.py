"""Wire copy: numbers and initials that Punkt takes for a sentence's end, and runs of
capitals and datelines that are best left as they stand."""

from __future__ import annotations

import pytest

from brief.ingest import make_source, parse_text
from brief.segment import segment, split_sentences, without_dateline


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("If No. 2 Florida State beats No. 1 Tennessee, they lose.", 1),
        ("She wrote about Charles M. Schulz. O.J. Simpson was there.", 2),
        ("He fought in World War I. Then he left.", 2),
        ("He lives in the U.S. The end. She moved to Washington, D.C. It rained.", 4),
        # María written short in a Filipino name; a family name "Ma" still ends one (r37 E4)
        ("Acting Foreign Undersecretary Ma. Lourdes Aquino-Reyes handed him a note. He left.", 2),
        ("The company was founded by Jack Ma. He stepped down in 2019.", 2),
        # after a title that is also a given name ("Justice", "Judge")
        ("The ruling was penned by Justice Ma. Rosario T. Delgado on Friday. It stands.", 2),
        # a Bengali "Md." (Mohammad) is a word of the name; a state's after its town ends one
        ("The bench of Justice Md. Kamrul Hasan ruled on Monday. It was final.", 2),
        ("She grew up in Bethesda, Md. Nora Diaz said so.", 2),
        # three initials before a surname, as Sri Lankan and South Indian names write
        # the given names; a country's three still end one
        ("The union's secretary, R.P.K. Senanayake, spoke on Monday. He left.", 2),
        ("She moved to the U.A.E. Nora Diaz said so.", 2),
        ("The train left the G.D.R. Passengers cheered at the border.", 2),
        ("Talks with the O.P.E.C. The ministers gave no date.", 2),
        ("The prize went to K.L.M. Abeysekera of Galle on Monday.", 1),
        # "Me", the French bar's style, is an honorific; "me." ends a sentence all the same
        ("The officer said the sergeant had told me. The court adjourned on Friday.", 2),
    ],
)
def test_a_number_sign_or_an_initial_does_not_end_a_sentence(paragraph: str, expected: int) -> None:
    assert len(split_sentences(paragraph)) == expected


def test_capitals_opening_a_sentence_stay_in_it() -> None:
    """A city before a dateline, a speaker's name in a transcript, "UNITED NATIONS": a
    run of capitals is read with the words after it, never a sentence of its own."""
    assert split_sentences("GEORGE STEPHANOPOULOS: Good morning. Welcome back.")[0] == (
        "GEORGE STEPHANOPOULOS: Good morning."
    )
    assert len(split_sentences("UNITED NATIONS Diplomats met on Monday.")) == 1


def test_text_before_a_late_wire_mark_is_kept() -> None:
    paragraph = "Residents of coastal towns spent the night outdoors. TOKYO (AP) -- A quake hit."
    assert without_dateline(paragraph) == paragraph


def test_an_initial_before_a_function_word_ends_the_sentence() -> None:
    assert split_sentences("It was Plan B. The talks ended.") == [
        "It was Plan B.",
        "The talks ended.",
    ]


def test_a_bare_speech_tag_after_a_quote_stays_with_it() -> None:
    """'... national security." Sen. Lindsey Graham charged on Sunday.': the stop inside
    the marks ends no sentence, or the quote would stand as the brief's own claim."""
    text = (
        'The raid was a "case study of a breakdown of security." Sen. Ann Lee charged on '
        'Sunday. She said: "We will win." Smith told the crowd that it was over.'
    )
    assert split_sentences(text) == [
        'The raid was a "case study of a breakdown of security." Sen. Ann Lee charged on Sunday.',
        'She said: "We will win."',
        "Smith told the crowd that it was over.",
    ]


def test_a_decimal_point_spaced_as_a_stop_does_not_end_a_sentence() -> None:
    """Pre-tokenised copy spaces decimals ("6. 1"): digits after the stop that a scale, a
    unit or a magnitude follows are the number's decimals. A year, a count and a name
    written in digits ("3G") still open a sentence, and a score's "3-2." ends one."""
    assert split_sentences(
        "A powerful 6. 1 - magnitude quake struck. An earthquake measuring 7. 2 on the Richter "
        "scale hit. He was born in 1960. 1961 was hard. The operator is called 3. 3G phones "
        "swap data fast. The toll rose to 27. 14 of the victims were children. It cost $5. 3 "
        "million. The final score was 3-2. 15 minutes later the crowd had gone. In 2004, a "
        "magnitude - 9. 1 earthquake hit. It measured magnitude 6. 14 people died. A quake of "
        "magnitude 6. 5 people were killed."
    ) == [
        "A powerful 6. 1 - magnitude quake struck.",
        "An earthquake measuring 7. 2 on the Richter scale hit.",
        "He was born in 1960.",
        "1961 was hard.",
        "The operator is called 3.",
        "3G phones swap data fast.",
        "The toll rose to 27.",
        "14 of the victims were children.",
        "It cost $5. 3 million.",
        "The final score was 3-2.",
        "15 minutes later the crowd had gone.",
        "In 2004, a magnitude - 9. 1 earthquake hit.",
        "It measured magnitude 6.",
        "14 people died.",
        "A quake of magnitude 6.",
        "5 people were killed.",
    ]


def test_a_closing_bracket_or_comma_opens_no_sentence() -> None:
    """Punkt ends a sentence at "(D-Md." when it does not know the state's abbreviation:
    what follows, "), the top Democrat ...", goes on with it, joined as written."""
    assert split_sentences(
        "Sen. Ben Cardin (D-Md.), the top Democrat on the committee, is not on board. He said so."
    ) == [
        "Sen. Ben Cardin (D-Md.), the top Democrat on the committee, is not on board.",
        "He said so.",
    ]
    assert split_sentences("Rep. Steny Hoyer (D-Md.); he said so.") == [
        "Rep. Steny Hoyer (D-Md.); he said so."
    ]
    assert split_sentences("Yuge! : 30 Years of Doonesbury on Trump.") == [
        "Yuge! : 30 Years of Doonesbury on Trump."  # the space before the colon kept
    ]


def test_a_dateline_after_a_headline_and_a_standfirst_is_cut() -> None:
    """A headline that ends in a stop is no title to the layout, and a standfirst may
    follow it: the dateline that opens the story's first paragraph still goes."""
    from brief.ingest import parse_text
    from brief.models import Source
    from brief.segment import segment

    text = (
        "Charlotte struggles to return to normal after shooting.\n\n"
        "Curfew lifted, but city still in limbo as Guard occupies quiet streets.\n\n"
        "CHARLOTTE - Nearly a week after the shooting, the city remains in limbo.\n"
    )
    doc = parse_text(text, Source(1, "a.txt", "a.txt", "0" * 64, len(text)))
    found = [s.text for s in segment([doc]).sentences]
    assert "Nearly a week after the shooting, the city remains in limbo." in found
    text = (
        "Trade talks stall.\n\nThe European Commission said on Monday that talks with "
        "Beijing had stalled over steel and that it would press on with its tariffs on "
        "imports from China next month.\n\nEU - China trade fell by a fifth last year.\n"
    )
    doc = parse_text(text, Source(1, "a.txt", "a.txt", "0" * 64, len(text)))
    assert segment([doc]).sentences[-1].text == "EU - China trade fell by a fifth last year."


def test_a_wire_header_before_an_agency_dateline_goes_with_it() -> None:
    """An editor's note, a photo credit and a byline run into the first paragraph before
    "PLACE (AP) _" are the wire's header, not the story; a sentence before a dateline is
    the text's own (test_text_before_a_late_wire_mark_is_kept)."""
    header = "Eds: UPDATES with two more deaths AP Photo By JANE ROE Associated Press Writer"
    assert without_dateline(f"{header} VARNA, Bulgaria (AP) _ A cold wave hit.") == (
        "A cold wave hit."
    )


def test_a_wire_editors_note_in_capitals_is_no_sentence() -> None:
    """ "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)" is the desk's, and its stop had
    made "OPTIONAL MATERIAL FOLLOWS) In 1993, ..." a sentence; an acronym or a short
    label in a parenthesis is the text's own."""
    text = (
        "Varna voted. (STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS) In 1993, he was named "
        "minister. Aid (US AID 2) came from the Refugee Agency (UNHCR)."
    )
    assert [
        s.text for s in segment([parse_text(text, make_source("a.txt", 1, b""))]).sentences
    ] == [
        "Varna voted.",
        "In 1993, he was named minister.",
        "Aid (US AID 2) came from the Refugee Agency (UNHCR).",
    ]


def test_a_list_in_capitals_or_a_cited_agency_is_the_texts_own() -> None:
    """An editor's note is known by the desk's words; a dateline's place is in capitals."""
    text = "The group calls itself Islamic State (ISIS, ISIL, DAESH) and holds much of Syria."
    assert split_sentences(text) == [text]
    cited = "Trump told reporters in an interview with Xinhua (Xinhua) - China must act."
    assert without_dateline(cited) == cited


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("MUMBAI: The Reserve Bank of India cut rates.", "The Reserve Bank of India cut rates."),
        ("KUALA LUMPUR: The government will pay.", "The government will pay."),
        ("UPDATE: The toll rose to 12.", "UPDATE: The toll rose to 12."),
        (
            "GEORGE STEPHANOPOULOS: Thanks for joining us.",
            "GEORGE STEPHANOPOULOS: Thanks for joining us.",
        ),
    ],
)
def test_a_place_and_a_colon_is_a_dateline(text: str, kept: str) -> None:
    """South Asian and Malaysian papers' "MUMBAI: ..." had opened a reviewer's bullet; a
    label of common words and a transcript's speaker named in full stay."""
    assert without_dateline(text) == kept


def test_a_transcripts_speakers_are_no_datelines() -> None:
    """ "BLITZER: Thanks ..." opens a transcript's paragraphs, each with its speaker: with
    two such paragraphs or more, no "NAME:" is a dateline (a review's probe)."""
    text = "Interview\n\nBLITZER: Thanks for joining us.\n\nOBAMA: Glad to be here.\n"
    doc = parse_text(text, make_source("a.txt", 1, b""))
    assert [s.text for s in segment([doc]).sentences][0] == "BLITZER: Thanks for joining us."


@pytest.mark.parametrize(
    ("paragraph", "cut"),
    [
        # r38: The Citizen's place and a stop, a weekday's dateline, EFE's ".-"
        ("Dar es Salaam. Tanzania will deploy 450 more soldiers.", True),
        # one list of a place's particles (words.toml's place_particles) with the credits'
        ("Ciudad del Este. Paraguay will open two more crossings.", True),
        ("Kinshasa, Wednesday - M23 rebels captured the town.", True),
        # a trial's: a feature's town and country, in lower case, and a dash
        ("Chuschimarca, Peru - In the main square, women stood in silence.", True),
        ("Smith, Jones - Two men were hurt in the crash.", False),
        # not a title's, an honorific's or a month's short form, nor a sentence
        ("Gov. Ron Hale said the roads were closed.", False),
        ("Prof. Ama Bello said the dam held.", False),
        ("Tanzania wins. The team flew home.", False),
    ],
)
def test_more_datelines_of_other_presses_are_cut(paragraph: str, cut: bool) -> None:
    assert (without_dateline(paragraph) != paragraph) is cut


def test_efe_s_dateline_with_its_stop_before_the_dash_is_no_part_of_the_lead() -> None:
    text = (
        "Seven soldiers killed in Cauca\n\nBogotá, Mar 12 (EFE).- Seven soldiers were killed"
        " on Wednesday in an attack on a patrol, the army said.\n"
    )
    doc = parse_text(text, make_source("c05.txt", 1, text.encode()))
    assert segment([doc]).sentences[0].text.startswith("Seven soldiers were killed")


def test_a_mark_that_reads_as_a_citation_is_dropped() -> None:
    """A page's "[1:1] [source:9]" would read as brief's own citation in a bullet (r41 M7),
    a footnote's "[3]" as nothing at all; "[sic]" and an editor's words stay."""
    text = (
        "Talks ended [1:1] [source:9]. The law[3] was passed on Monday.\n\n"
        "He said [sic] the minister [of defence] had resigned [2:14; 3:5].\n"
    )
    document = parse_text(text, make_source("a.txt", 1, text.encode()), find_title=False)
    assert [s.text for s in segment([document]).sentences] == [
        "Talks ended.",
        "The law was passed on Monday.",
        "He said [sic] the minister [of defence] had resigned.",
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # r65 F4: a capitalised word after a clock's "a.m." or "p.m." opens a sentence
        (
            "The council set a curfew from 8 p.m. to 5 a.m. Visitors should keep to their "
            "hotels until it lifts.",
            [
                "The council set a curfew from 8 p.m. to 5 a.m.",
                "Visitors should keep to their hotels until it lifts.",
            ],
        ),
        (
            "The ferry left Tarvik at 6:40 A.M. Rescuers reached it an hour later.",
            ["The ferry left Tarvik at 6:40 A.M.", "Rescuers reached it an hour later."],
        ),
        (
            "Gates close at 10 p.m. “Nobody gets in after that,” the warden said.",
            ["Gates close at 10 p.m.", "“Nobody gets in after that,” the warden said."],
        ),
        # ... unless the time goes on: its day, its date, its zone
        ("The hearing opens at 9 a.m. Monday in Corvale.", None),
        ("Polls close at 6 p.m. EST and results follow.", None),
        ("The launch is set for 12:13 a.m. ET, weather permitting.", None),
        ("The strike starts at 11 a.m. Jan. 5 at the docks.", None),
        ("The match kicks off at 4 p.m. Eastern on Saturday.", None),
        ("The convoy left at 6:30 a.m. Sunday Vellmar time.", None),
        ("Talks resume at 10 a.m. WAT tomorrow.", None),
        ("The market opens at 9 a.m. local time.", None),
        ("Trading resumes at 8 p.m. U.S. time on Sunday.", None),
    ],
)
def test_a_clock_time_ends_a_sentence_unless_the_time_goes_on(
    paragraph: str, expected: list[str] | None
) -> None:
    assert split_sentences(paragraph) == (expected or [paragraph])


def test_a_notices_status_and_call_to_act_is_no_dateline() -> None:
    """ "FLOOD WARNING - MOVE TO HIGHER GROUND: ..." opens a notice with its status and what
    to do, not a dateline's place and dash: cut as one, an evacuation order had lost the
    word "order" beside a warning that kept its own (r70 F12). What follows a dateline is
    its story's sentence, never another label in capitals."""
    order = "FLOOD WARNING - MOVE TO HIGHER GROUND: Riverside and Mill Lane (zones 4 and 5)."
    assert without_dateline(order) == order
    assert without_dateline("KHARTOUM - The army said it had retaken the bridge.") == (
        "The army said it had retaken the bridge."
    )


def test_a_place_s_particles_are_one_list_for_datelines_and_credits() -> None:
    """words.toml's place_particles: the dateline of a place and a stop and a credit's
    "reported from" place read the same particles ("del", "es"), where each had a
    near-copy of its own that lacked the other's."""
    from brief.ingest.furniture import _patterns
    from brief.segment import _place_stop

    assert _place_stop("Ciudad del Este. Paraguay will open two more crossings.")
    assert _patterns().filed_from.match("Ann Lee reported from Dar es Salaam.")
