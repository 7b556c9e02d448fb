"""The speaker is the head of the subject phrase: not a country or a body in a phrase
after the name ("of the Netherlands"), not the one asked or the one said to agree, not a
body in an apposition the text left unclosed; and a title in quote marks is no one's
words."""

from __future__ import annotations

from tests.extract_helpers import speakers


def test_a_country_after_of_the_is_where_the_speaker_is_from() -> None:
    said = speakers(
        "The skater was banned from the final on Friday after a failed test.",
        "“Nobody saw this coming,” said Maren Holt of the Netherlands, who skates for Ijsclub.",
        "“We are all hurt by it,” said Owen Price of the United States.",
    )
    assert said == [
        ("Nobody saw this coming", "Maren Holt"),
        ("We are all hurt by it", "Owen Price"),
    ]


def test_a_name_after_of_in_the_subject_before_the_verb_is_no_head() -> None:
    said = speakers(
        "The election board met on Monday to count the votes again.",
        "Farid Lavani said the count was fair.",
        "Pardisnews.com, a website run by some of the friends of Lavani said on Tuesday: "
        "“If fraud is proven the count will be void.”",
    )
    assert said == [("If fraud is proven the count will be void.", None)]


def test_the_subject_of_an_ing_form_is_the_name_before_it() -> None:
    said = speakers(
        "The new film shows footage of Senator Ruth Calder saying, “Why is nobody listening?”",
    )
    assert said == [("Why is nobody listening?", "Ruth Calder")]


def test_a_title_in_quote_marks_is_no_ones_words() -> None:
    said = speakers(
        "In an interview with “Breakfast and Beyond,” Karl Moreno pointed to the port as the risk.",
        "Appearing on “Face the Nation,” Governor Lena Fisk said the budget would pass.",
        "She has read “Crime and Punishment” twice, Fisk said.",
    )
    assert said == []


def test_a_title_case_headline_as_a_subject_is_no_quote() -> None:
    said = speakers(
        "As the critic Jonas Weir points out, “Actor and Chef Open Seaside Diner” is the "
        "second result for the town's name.",
    )
    assert said == []


def test_a_title_between_two_quotes_leaves_them_one_speakers() -> None:
    said = speakers(
        "Governor Lena Fisk defended the budget on Sunday.",
        "“I have always said that the numbers add up,” she said on “Face the Nation.” "
        "“But nobody wanted to hear it.”",
    )
    assert said == [
        ("I have always said that the numbers add up … But nobody wanted to hear it.", "Lena Fisk")
    ]


def test_title_case_words_a_speech_verb_leads_into_are_speech() -> None:
    said = speakers(
        "Lena Fisk won three states on Tuesday night.",
        "Fisk declared “What a Night for Ohio!” to the crowd.",
        "Fisk: “We Will Go All the Way to the Convention.”",
    )
    assert said == [
        ("What a Night for Ohio!", "Lena Fisk"),
        ("We Will Go All the Way to the Convention.", "Lena Fisk"),
    ]


def test_the_one_asked_is_not_the_speaker() -> None:
    said = speakers(
        "The veteran actor Dale Vorhees gave a short interview on Monday.",
        "Vorhees was also asked, “What would you change if you could start again?”",
    )
    assert said == [("What would you change if you could start again?", None)]


def test_the_one_said_to_agree_with_a_view_is_not_the_speaker() -> None:
    said = speakers(
        "Investor Paul Brandt said the market was turning against open trade.",
        "I asked him whether he felt Senator Ida Korr agreed with his view that “open "
        "borders” would lead to growth.",
        "Brandt thinks Korr agrees with his claim that “tariffs never work”.",
    )
    assert ("open borders", "Ida Korr") not in said
    assert ("tariffs never work", "Ida Korr") not in said


def test_an_apposition_left_unclosed_names_the_speaker() -> None:
    said = speakers(
        "The Navy denies any approval for the tests.",
        "Capt. Ivo Marsh, a Navy spokesman says “Our rules forbid any such test at sea.”",
    )
    assert said == [("Our rules forbid any such test at sea.", "Ivo Marsh")]


def test_a_tag_set_inside_the_clause_is_no_apposition() -> None:
    said = speakers(
        "Governor Lena Fisk meets her rival on stage on Monday.",
        "Fisk, a senior aide said, “is very sure of the contrast between the two of them”.",
    )
    assert said == [("is very sure of the contrast between the two of them", None)]


def test_a_title_that_ends_an_apposition_keeps_its_comma() -> None:
    said = speakers(
        "Nora Quill, author of “The Long Shore,” said the port “will never be the same again”.",
    )
    assert said == [("will never be the same again", "Nora Quill")]
