"""Speech as news English marks it in money and markets copy (fresh51's odd half): a long
title cut by commas of its own between a name and its verb, and a quote whose tag only
describes its speaker, who is named in the next paragraph's first sentence past the
quote's own run of quoted sentences. Invented sentences of other settings only."""

from __future__ import annotations

from pathlib import Path

from tests.extract_helpers import quotes_of, sentences_of, speakers


def article(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    """The quotes of an article read through the product's own ingest and segmenter."""
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [(q.text, q.actor) for q in quotes_of(sentences_of(path))]


def test_a_title_cut_by_its_own_commas_stays_between_the_name_and_the_verb() -> None:
    said = speakers(
        '"The harvest will not save the rand," Thandi Mokoena, Head of Research, Southern'
        " Africa, at Karoo Capital, wrote in a note to clients.",
    )
    assert said == [("The harvest will not save the rand", "Thandi Mokoena")]


def test_a_comma_before_another_description_or_another_name_is_no_longer_title() -> None:
    said = speakers(
        '"The fares must rise," Ines Duarte, the chief executive, and Tomas Lind, the'
        " finance director, said on Monday.",
    )
    assert said == [("The fares must rise", None)]
    said = speakers(
        '"The fares must rise," Ines Duarte, the chief executive, Tomas Lind, the finance'
        " director, said on Monday.",
    )
    assert said == [("The fares must rise", None)]


def test_a_described_speaker_is_named_past_the_quotes_that_go_on_after_the_tag(
    tmp_path: Path,
) -> None:
    quotes = article(
        tmp_path,
        "Ferry operator fined\nHARBOUR NEWS\n\n"
        '"We accept the finding in full," the company\'s chief executive told reporters in'
        ' Hobart. "Passengers come first."\n\n'
        "The chief executive, Oren Talbot, who joined the company in 2019, said it would"
        ' repay fares "within weeks."\n',
    )
    assert quotes[0][1] == "Oren Talbot"


def test_a_described_speaker_stays_unnamed_when_the_next_paragraph_names_another(
    tmp_path: Path,
) -> None:
    quotes = article(
        tmp_path,
        "Ferry operator fined\nHARBOUR NEWS\n\n"
        '"We accept the finding in full," the company\'s chief executive told reporters in'
        ' Hobart. "Passengers come first."\n\n'
        "The chairman, Oren Talbot, who joined the company in 2019, said it would"
        ' repay fares "within weeks."\n',
    )
    assert quotes[0][1] is None


def test_a_word_inside_two_names_is_the_one_named_so_far(tmp_path: Path) -> None:
    quotes = article(
        tmp_path,
        "Mill sold\nVALLEY POST\n\n"
        "The mill's owner, Ernesto Quintero Aranda, signed the sale on Tuesday.\n\n"
        'Asked about the workers, Quintero said: "Every job at the mill stays where it is."\n\n'
        'His rival bidder, Marta Quintero Ochoa, said the price was "far too low."\n',
    )
    assert ("Every job at the mill stays where it is.", "Ernesto Quintero Aranda") in quotes


def test_a_word_inside_two_names_named_together_settles_neither(tmp_path: Path) -> None:
    quotes = article(
        tmp_path,
        "Mill sold\nVALLEY POST\n\n"
        "The mill's owners, Ernesto Quintero Aranda and Marta Quintero Ochoa, signed the sale on"
        " Tuesday.\n\n"
        'Asked about the workers, Quintero said: "Every job at the mill stays where it is."\n',
    )
    assert ("Every job at the mill stays where it is.", None) in quotes
