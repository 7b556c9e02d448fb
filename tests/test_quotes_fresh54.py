"""Speech and speakers as news English marks them in school and campus copy (fresh54's
odd half): a statement signed by a body's press officer, a hearing's labels by office and
by a surname two people share, names of other conventions. Invented texts of other
settings only."""

from __future__ import annotations

from pathlib import Path

from tests.extract_helpers import read_article as read


def test_a_statement_signed_by_a_press_officer_is_not_the_signers(tmp_path: Path) -> None:
    """ "In a statement signed by its head of corporate communications, X, the company
    said": what "the statement says" later is the company's, not the officer's; a letter
    its chairman signs stays his."""
    _, quotes = read(
        tmp_path,
        "Water utility rations supply in three estates\nCOASTAL LEDGER | Utilities\n\n"
        "The Mombasa Water and Sewerage Company says it will ration supply in three estates"
        " after a main pipe burst on Friday.\n\n"
        "In a statement signed by its head of corporate communications, Ms Wanjiru"
        ' Kamau-Otieno, the company said repairs would take "at least ten days." The'
        ' statement says residents should store water "in clean, covered containers only."\n\n'
        "In a letter signed by its chairman, Mr Juma Mwinyi Bakari, the residents'"
        ' association said it would sue. The letter says the company "ignored six warnings'
        ' since March."\n',
    )
    said = dict(quotes)
    assert said.get("in clean, covered containers only.") is None
    assert said["ignored six warnings since March."] == "Juma Mwinyi Bakari"


HEARING = """Water board questioned over leaking mains
ASSEMBLY BULLETIN | Public Accounts Committee | Cardiff
Excerpts are from the draft record.

Officials told the committee on Tuesday they could not say how much water the network loses. \
The committee's chair, Rhian Pritchard, questioned the board's team. The board's director of \
operations, Gareth Vaughan-Lloyd, answered for it.

From the record:

The Chair: Mr Vaughan-Lloyd, your own report says a fifth of the water is lost. Where does it go?

Mr Vaughan-Lloyd: Most of it leaks from pipes laid before 1950. We are replacing forty miles a year.

Dr Tonga-Havili: Who told the board about the figure first?

Mr Vaughan-Lloyd: Our engineers did, in January.

The Chair: Forty miles, out of how many?

Dr Sione Tonga-Havili is the committee's deputy chair. The union's regional secretary, \
Owain Vaughan-Lloyd, who is Gareth Vaughan-Lloyd's cousin, watched from the gallery but did \
not give evidence.
"""


def test_a_hearings_labels_by_office_and_by_a_shared_surname(tmp_path: Path) -> None:
    """ "The Chair:" is the one the story says chairs (not the deputy chair); "Mr
    Vaughan-Lloyd:" is the Vaughan-Lloyd named before the exchange, not the cousin brought
    in after it; "Dr Tonga-Havili:" is the person whose double surname joins a country's
    name to another word."""
    people, quotes = read(tmp_path, HEARING)
    assert "Sione Tonga-Havili" in people
    said = dict(quotes)
    assert said["Forty miles, out of how many?"] == "Rhian Pritchard"
    assert said["Our engineers did, in January."] == "Gareth Vaughan-Lloyd"
    assert said["Who told the board about the figure first?"] == "Sione Tonga-Havili"
    assert "Owain Vaughan-Lloyd" not in said.values()


def test_she_after_a_prize_that_went_to_someone_is_its_winner(tmp_path: Path) -> None:
    """ "The player of the season award went to Wanjiru, 15." names no player as the
    subject: the sentence is about Wanjiru, whom "she" then means, though a woman named
    earlier could be "she" too."""
    _, quotes = read(
        tmp_path,
        "Sports day at Kilimani Girls\nNAIROBI NEIGHBOURS | Schools\n\n"
        'The head teacher, Mrs Grace Wambui Mutua, opened the day. "The rain stayed away,'
        ' and so did the injuries," she said. Mrs Mutua sat with the parents.\n\n'
        'The player of the season award went to Wanjiru, 15, from Kawangware. "I only'
        ' ran because my friend was sick," she said, laughing.\n',
    )
    assert dict(quotes)["I only ran because my friend was sick"] == "Wanjiru"


def test_a_name_with_a_japanese_honorific_joined_is_that_name(tmp_path: Path) -> None:
    """ "Tanaka-sensei said" is the Tanaka named in full so far, as "Mr Tanaka said" would
    be, though a namesake is named after; a Korean given name ending "-san" is no
    honorific of anyone's."""
    _, quotes = read(
        tmp_path,
        "Winter kendo camp\nNAGOYA WEEKLY | Clubs\n\n"
        "The club's coach, Tanaka Hiroshi, has run the winter camp for eleven years."
        ' "Cold floors make honest footwork," Tanaka-sensei said.\n\n'
        "His daughter, Tanaka Yui, now teaches the beginners on Saturdays.\n\n"
        "A visiting coach from Busan, Kim Tae-san, watched the final bout."
        ' "Their timing is better than ours," Kim Tae-san said.\n',
    )
    said = dict(quotes)
    assert said["Cold floors make honest footwork"] == "Tanaka Hiroshi"
    assert said["Their timing is better than ours"] == "Kim Tae-san"


def test_a_columnists_colleague_of_their_own_trade_is_a_person(tmp_path: Path) -> None:
    """A nurse's column: "My colleague Ines Carvalho has worked nights here for nine
    years" names a person of the story; a newsletter's "My colleague Tom Reyes explains
    below" still names the outlet's own writer."""
    people, _ = read(
        tmp_path,
        "Night shift\nLISBON LETTERS | Columns\n\n"
        "My colleague Ines Carvalho has worked nights on this ward for nine years. She"
        " knows every patient by the sound of their cough.\n\n"
        "My colleague Tom Reyes explains below why the rota changed in March.\n",
    )
    assert "Ines Carvalho" in people
    assert "Tom Reyes" not in people


def test_a_labels_style_of_the_other_sex_is_not_the_namesake_named_before(
    tmp_path: Path,
) -> None:
    """ "Mrs Vaughan-Lloyd:" in an exchange whose story named only Gareth Vaughan-Lloyd
    before it is not him: her words stay unattributed, his are his."""
    text = HEARING.replace(
        "The Chair: Forty miles, out of how many?",
        "Mrs Vaughan-Lloyd: You have had ten years to fix it!",
    ).replace("Owain Vaughan-Lloyd, who is Gareth", "Eleri Vaughan-Lloyd, who is Gareth")
    _, quotes = read(tmp_path, text)
    said = dict(quotes)
    assert said.get("You have had ten years to fix it!") is None
    assert said["Our engineers did, in January."] == "Gareth Vaughan-Lloyd"


def test_styles_written_short_do_not_end_the_sentence_before_the_name(tmp_path: Path) -> None:
    """ "Bi." (Swahili's Mrs), "Assoc. Prof. Dr." and "Av." (a Turkish lawyer's style)
    are no full stops: the tag after the quote keeps its name."""
    _, quotes = read(
        tmp_path,
        "Fees hearing\nHARBOUR LEDGER | Courts\n\n"
        '"The fees will stay as they are," Bi. Mwanaisha Salim said on Monday.\n\n'
        '"The panel never heard my client," Av. Deniz Aydın told reporters.\n\n'
        '"The data are clear enough," Assoc. Prof. Dr. Elif Kaya said.\n',
    )
    assert quotes == [
        ("The fees will stay as they are", "Mwanaisha Salim"),
        ("The panel never heard my client", "Deniz Aydın"),
        ("The data are clear enough", "Elif Kaya"),
    ]


def test_a_parents_teknonym_label_is_never_the_childs_turn(tmp_path: Path) -> None:
    """A phone-in's "MAMA NEEMA:" is Neema's mother, who the story says called in: her
    turn is hers, never the pupil Neema Mollel's."""
    _, quotes = read(
        tmp_path,
        "Phone-in: the new school calendar\nRADIO KASKAZINI | Morning Show | Transcript\n\n"
        "The guest was Dr. Amina Juma Kibwana, the regional education officer. The host was"
        " Salim Mwakyusa. Mama Neema, a farmer from Moshi, called in.\n\n"
        "SALIM: Dr. Kibwana, why does the new term start a week early?\n\n"
        "DR. KIBWANA: Because the national exams moved. We had no choice.\n\n"
        "SALIM: Our next caller is Neema Mollel, a Form Three pupil. Go ahead, Neema.\n\n"
        "NEEMA: I walk eight kilometres to school. In the rains I cannot start so early.\n\n"
        "MAMA NEEMA: She is telling the truth. I walk with her when it is dark.\n\n"
        "DR. KIBWANA: I hear you, mama. Schools may open later in the rains.\n",
    )
    said = dict(quotes)
    assert said["She is telling the truth. I walk with her when it is dark."] == "Mama Neema"
    assert said["I walk eight kilometres to school. In the rains I cannot start so early."] == (
        "Neema Mollel"
    )


def test_she_after_the_writers_own_i_is_the_one_the_writer_told(tmp_path: Path) -> None:
    """In a column, "I told Carvalho-san." then "She said only, “...”": the writer is
    "I", never "she", so she is the one told."""
    _, quotes = read(
        tmp_path,
        "Night shift\nLISBON LETTERS | Columns\n\n"
        "My colleague Ines Carvalho has worked nights on this ward for nine years.\n\n"
        'In March the rota changed again. I told Carvalho-san. She said only, "Then we'
        ' start again on Monday."\n',
    )
    assert dict(quotes)["Then we start again on Monday."] == "Ines Carvalho"


def test_a_description_no_list_knows_keeps_he_from_the_one_it_names(tmp_path: Path) -> None:
    """ "The radio talker has filled his speeches for Ruiz" may have a person as its
    subject: "He" after it is not Ruiz, the one named in it."""
    _, quotes = read(
        tmp_path,
        "Rally\nTHE LEDGER | Politics\n\n"
        "Senator Ana Ruiz spoke first. The radio talker has increasingly filled his rally"
        ' speeches for Ruiz with religious imagery. He has called Ruiz "a woman raised for'
        ' these times."\n',
    )
    assert "Ana Ruiz" not in dict(quotes).values()
