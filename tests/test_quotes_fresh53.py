"""Speech and speakers as news English marks them in farm and food copy (fresh53's odd
half): a nickname the text ties to the name it then gives. Invented texts of other
settings only."""

from __future__ import annotations

from pathlib import Path

from tests.extract_helpers import read_article as read


def test_a_nickname_the_text_ties_to_a_name_is_that_person(tmp_path: Path) -> None:
    people, quotes = read(
        tmp_path,
        "Last boat of the season\nHARBOUR DIARY\n\n"
        "The harbourmaster, Nugget, has watched the fleet come in for thirty years. He"
        ' waved us through at dusk. "The crabs have gone deep, and so will the prices,"'
        " he said. Nugget is Owen Pryce-Jones, though nobody has called him that since"
        " school.\n",
    )
    assert "Nugget" not in people
    assert people.get("Owen Pryce-Jones") == "harbourmaster"
    assert quotes == [("The crabs have gone deep, and so will the prices", "Owen Pryce-Jones")]


def test_a_name_said_to_be_someones_relative_is_another_person(tmp_path: Path) -> None:
    people, _ = read(
        tmp_path,
        "Last boat of the season\nHARBOUR DIARY\n\n"
        "The deckhand, Nugget, has worked the boat for ten years. Nugget is Owen"
        " Pryce-Jones's nephew, and Owen Pryce-Jones owns the boat.\n",
    )
    assert "Owen Pryce-Jones" in people
    assert "Nugget" in people


def test_a_calls_labels_may_link_a_name_to_the_fathers(tmp_path: Path) -> None:
    """A results call's turns labelled by Malay and Malaysian Indian names ("Hafiz bin
    Rahman:", "Kavitha a/p Subramaniam:") are their speakers'; the operator's lines are
    no one's; a list headed by a calling in the plural ("Analysts:") gives each item it
    with the firm after the comma."""
    people, quotes = read(
        tmp_path,
        "Laut Perkasa Bhd full-year results call - transcript\nHARBOUR MARKETS | Transcripts\n\n"
        "Company participants: Hafiz bin Rahman, Chief Executive Officer; Siti Aminah"
        " binti Rahman, Chief Financial Officer\n"
        "Analysts: Tan Mei Ling, Pelangi Research; Kavitha a/p Subramaniam, Tiga Securities\n\n"
        "Operator: Welcome to the call. I will now hand over to the chief executive.\n\n"
        "Hafiz bin Rahman: Thank you. Charter rates held up better than we feared, and"
        " the new tankers were delivered on time.\n\n"
        "Operator: Our first question comes from Tan Mei Ling of Pelangi Research.\n\n"
        "Tan Mei Ling: Thanks. How much of next year's fleet is already chartered?\n\n"
        "Siti Aminah binti Rahman: About seventy per cent, at rates fixed in the spring.\n\n"
        "Kavitha a/p Subramaniam: Will the dividend policy change at all?\n\n"
        "Hafiz bin Rahman: No. We pay out half of earnings, as we always have.\n",
    )
    said = dict((text.split(".")[0], who) for text, who in quotes)
    assert (
        said[
            "Charter rates held up better than we feared, and the new tankers were"
            " delivered on time"
        ]
        == "Hafiz bin Rahman"
    )
    assert (
        said["About seventy per cent, at rates fixed in the spring"] == "Siti Aminah binti Rahman"
    )
    assert said["No"] == "Hafiz bin Rahman"
    assert "Welcome to the call" not in said
    assert people.get("Tan Mei Ling") == "analyst, Pelangi Research"
    assert people.get("Kavitha a/p Subramaniam") == "analyst, Tiga Securities"


def test_a_list_whose_label_is_no_calling_gives_no_role(tmp_path: Path) -> None:
    people, _ = read(
        tmp_path,
        "Laut Perkasa Bhd results call - transcript\nHARBOUR MARKETS | Transcripts\n\n"
        "Company participants: Hafiz bin Rahman, Chief Executive Officer; Tan Mei Ling,"
        " Pelangi Research; Kavitha a/p Subramaniam, Tiga Securities\n\n"
        "Hafiz bin Rahman: Thank you. Charter rates held up.\n\n"
        "Tan Mei Ling: How much of next year's fleet is chartered?\n",
    )
    assert people.get("Tan Mei Ling") is None


def test_an_interviews_answers_through_an_interpreter_are_the_interviewees(
    tmp_path: Path,
) -> None:
    """ "Q." and "A." turns whose lead-in says the interviewee spoke to the outlet (by the
    surname the story made theirs, the clause after a semicolon another's), an
    interpreter's bracketed note between two turns leaving the exchange going on."""
    _, quotes = read(
        tmp_path,
        "'The winter took half the herd': a herder on the dzud\nWOOL & WEFT | Interview\n\n"
        "Interview by Anna Kemp. Translated from Mongolian by Saruul Bat.\n\n"
        "Oyunbileg Dashdorj, 47, has herded goats in Bayankhongor province for thirty"
        " years. Dashdorj spoke to Wool & Weft in her ger, through an interpreter; her"
        " neighbour, Ganbold Tseren, sat in but did not speak. The interview has been"
        " edited.\n\n"
        "Q. How bad was the winter?\n"
        "A. We lost two hundred goats in a month. The snow came, then the ice.\n\n"
        "Q. Did the cashmere buyers come this spring?\n"
        "A. Only one. He offered half of last year's price.\n\n"
        "[A dzud is a winter disaster of snow and ice that starves livestock."
        " - Translator's note]\n\n"
        "Q. Will you stay on the steppe?\n"
        "A. Where else would I go? My children will decide for themselves.\n",
    )
    said = dict((text.split(".")[0], who) for text, who in quotes)
    assert said["We lost two hundred goats in a month"] == "Oyunbileg Dashdorj"
    assert said["Only one"] == "Oyunbileg Dashdorj"
    assert said["Where else would I go? My children will decide for themselves"] == (
        "Oyunbileg Dashdorj"
    )


def test_a_label_linked_to_a_fathers_name_is_never_anothers_by_it(tmp_path: Path) -> None:
    """ "Nora binti Rahman:" shares only her father's name with Hafiz bin Rahman: her
    words are not his, whoever the story lists."""
    _, quotes = read(
        tmp_path,
        "Laut Perkasa Bhd results call - transcript\nHARBOUR MARKETS | Transcripts\n\n"
        "Company participants: Hafiz bin Rahman, Chief Executive Officer; Lim Boon Keat,"
        " Chief Financial Officer\n\n"
        "Hafiz bin Rahman: Thank you. Charter rates held up better than we feared.\n\n"
        "Nora binti Rahman: Will the dividend policy change at all this year?\n\n"
        "Lim Boon Keat: No. We pay out half of earnings, as we always have.\n",
    )
    assert all(who != "Hafiz bin Rahman" for text, who in quotes if "dividend" in text)


def test_a_described_speaker_is_the_one_named_after_a_form_of_address(tmp_path: Path) -> None:
    """ "“...,” the agency's chief hydrologist for the delta told us. The hydrologist, Dr
    Ama Mensah, said ...": the form of address between the comma and the name is hers."""
    _, quotes = read(
        tmp_path,
        "Delta floods ease\nRIVER BULLETIN\n\n"
        '"The water is falling, but the ground is still full," the agency\'s chief'
        " hydrologist for the delta told the Bulletin by phone. The hydrologist, Dr Ama"
        " Mensah, said pumping would go on until Sunday.\n",
    )
    assert quotes[0] == ("The water is falling, but the ground is still full", "Ama Mensah")


def test_quotations_signed_one_after_another_are_their_signers(tmp_path: Path) -> None:
    """A column of quotes under a heading in capitals, each signed after a dash on its own
    line, the lines run together: each quote is its own signer's."""
    _, quotes = read(
        tmp_path,
        "Locust swarms reach the coast\nFIELD NOTES | Weekly\n\n"
        "The swarms crossed the border on Monday, the ministry said.\n\n"
        "VOICES FROM THE FIELD\n"
        '"We sprayed for nine days and they kept coming." - Tomas Ferreira, field officer,'
        " Coastal Crop Protection Unit\n"
        '"My maize is gone. I will plant beans." - Aisha Kamara, farmer at Rokupr\n',
    )
    assert ("We sprayed for nine days and they kept coming.", "Tomas Ferreira") in quotes
    assert ("My maize is gone. I will plant beans.", "Aisha Kamara") in quotes


def test_an_unsigned_quote_in_the_column_is_no_ones(tmp_path: Path) -> None:
    _, quotes = read(
        tmp_path,
        "Locust swarms reach the coast\nFIELD NOTES | Weekly\n\n"
        "VOICES FROM THE FIELD\n"
        '"We sprayed for nine days and they kept coming." and then the rain came\n'
        '"My maize is gone. I will plant beans." - Aisha Kamara, farmer at Rokupr\n',
    )
    assert ("We sprayed for nine days and they kept coming.", "Aisha Kamara") not in quotes


def test_an_apposition_ends_where_a_where_clause_on_its_noun_opens(tmp_path: Path) -> None:
    """ "X, manager of the mill where the fire started in May, declined to comment": the
    role is the noun phrase before "where", and the name a person's by it."""
    people, _ = read(
        tmp_path,
        "Sugar mill fire\nCANE WEEKLY\n\n"
        "Firefighters took six hours to put out the blaze.\n\n"
        "Tiago Eliézer Brandão Cárdenas, manager of the mill where the fire started in"
        " May, declined to comment.\n",
    )
    assert people.get("Tiago Eliézer Brandão Cárdenas") == "manager of the mill"


def test_a_district_named_after_zona_is_a_place(tmp_path: Path) -> None:
    people, _ = read(
        tmp_path,
        "Curfew widened\nCOAST POST\n\n"
        "The police widened the curfew around Zona Cafetera on Monday, a spokesman said.\n",
    )
    assert "Zona Cafetera" not in people


def test_a_byline_cut_into_a_sentence_of_its_own_names_no_actor(tmp_path: Path) -> None:
    """ "Weekend section. By Ines Carvalho.": the page's writer, whom the splitter cut
    from the line the byline ends, is no person of the news."""
    people, _ = read(
        tmp_path,
        "Market gardens return to the river flats\nO ELO | Community | Toronto\n"
        "Weekend section. By Ines Carvalho.\n\n"
        "Paulo Mendes, who runs the allotment society, said forty plots were taken in a"
        " week.\n",
    )
    assert "Ines Carvalho" not in people
    assert "Paulo Mendes" in people


def test_a_pronoun_after_a_fronted_clause_or_time_speaks(tmp_path: Path) -> None:
    """ "When I rang him he said, “...”", "Later she said, “...”": the pronoun right
    before the speech verb is its subject, past an adverb of time or a clause no comma
    closes whose own subject is a pronoun; a clause that names someone else ("When the
    inspector came he said") may be theirs, and is left so."""
    _, quotes = read(
        tmp_path,
        "The orchard in winter\nVALLEY DIARY | Opinion\n\n"
        "Our neighbour, Tomas Kral, has pruned the old pear trees for forty years.\n\n"
        'When I rang him on Sunday he said, "The frost got into the buds, every one of'
        ' them." I did not argue.\n\n'
        "Anna Kral, his wife, brought the ladders round.\n\n"
        'Later she said, "We will graft new wood in the spring, as we always do."\n',
    )
    said = dict(quotes)
    assert said["The frost got into the buds, every one of them."] == "Tomas Kral"
    assert said["We will graft new wood in the spring, as we always do."] == "Anna Kral"


def test_a_description_inside_a_quote_gives_the_one_named_before_no_office(
    tmp_path: Path,
) -> None:
    """ "X, who drives a grain truck, said ... . “The inspector waved us on,” she said":
    the inspector is someone the speaker speaks of, not her office; outside a quote, "The
    chancellor ..." after the one sentence that names a person still is theirs."""
    people, _ = read(
        tmp_path,
        "Border queues shorten\nROAD FREIGHT NEWS\n\n"
        "Mirela Vasquez, who drives a grain truck between Arad and Szeged, said the"
        " queue had taken six hours on Monday.\n\n"
        '"The inspector waved us on after ten minutes this time," she said.\n',
    )
    assert people.get("Mirela Vasquez") is None
