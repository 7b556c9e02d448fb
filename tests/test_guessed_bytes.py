"""Bytes that are not UTF-8 are read all the same, in a guessed code page, with one
warning naming the file: the user learns that some characters may be wrong."""

from __future__ import annotations

import logging

import pytest

from brief.ingest.charset import decode
from brief.options import Options

TEXT = (
    "The director of the relief agency visited Vila Elsa on Friday and said the situação in "
    "the accommodation centres was crítica. The river rose again overnight, and the road "
    "to the coast stayed closed, the mayor, João Lemos, said."
)


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_legacy_code_page_is_read_with_one_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert decode(TEXT.encode("cp1252"), "old.txt", Options()) == TEXT
    assert len(warnings(caplog)) == 1


def test_utf8_and_a_named_encoding_give_no_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert decode(TEXT.encode("utf-8"), "new.txt", Options()) == TEXT
        assert decode(TEXT.encode("cp1252"), "old.txt", Options(encoding="cp1252")) == TEXT
    assert warnings(caplog) == []


def test_a_pages_declared_charset_that_reads_its_bytes_is_no_guess(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """r57 #11: a page declaring windows-1251 had been read as cp1251 "a guess"."""
    words = "<p>Мер міста заявив, що міст відкриють у понеділок після ремонту.</p>"
    page = f'<html><head><meta charset="windows-1251"></head><body>{words}</body></html>'
    with caplog.at_level(logging.WARNING):
        assert "понеділок" in decode(page.encode("cp1251"), "page.html", Options())
    assert warnings(caplog) == []


@pytest.mark.parametrize(
    ("sentence", "page"),
    [
        # r57 #11: Windows-1252 reads these bytes too ("Hrnèiarová"), as letters of no
        # one language; Baltic cp1257 reads them as "¼ubica"
        ("The harbour master, Ľubica Hrnčiarová, said the ferry to Komárno runs again.", "cp1250"),
        ("The mayor of Łódź, Zofia Wiśniewska, said the tram depot would reopen.", "cp1250"),
        ("A polgármester szerint a hidat hétfőn nyitják meg, mondta Kovács Ödön.", "cp1250"),
        ("Bakan, köprünün pazartesi açılacağını söyledi, dedi Ayşe Doğan.", "cp1254"),
        ("Мэр города заявил, что мост откроют в понедельник после ремонта дороги.", "cp1251"),
        ("Мэр города заявил, что мост откроют в понедельник после ремонта дороги.", "koi8_r"),
        # names of several languages in one Western text stay Windows-1252's
        ("Chef Raphaël Núñez of Málaga opened a bistro in Zürich with Björn Ångström.", "cp1252"),
        (
            "O ministro disse que a situação era crítica e que João Gonçalves iria a Évora.",
            "cp1252",
        ),
    ],
)
def test_the_code_page_whose_words_are_a_languages_is_taken(sentence: str, page: str) -> None:
    assert decode(sentence.encode(page), "old.txt", Options()) == sentence


def test_an_undeclared_central_european_page_reads_as_its_language() -> None:
    page = "<html><body><p>The editor, Zuzana Kováčová, said the poll was forged.</p></body></html>"
    assert "Kováčová" in decode(page.encode("cp1250"), "page.html", Options())


def test_utf8_with_a_few_legacy_bytes_is_read_with_one_warning_counting_them(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """r57 #12: a UTF-8 report with a line pasted from a Windows-1252 file had been refused
    as in no encoding; its UTF-8 stays, and the stray bytes are read in the code page
    whose words they make."""
    data = "The lighthouse keeper of Brăila, Ionuţ Vlad, said the fog lifted.\n".encode() + (
        "Caf\xe9 owner Ram\xf3n Ib\xe1\xf1ez said the boats were late.\n".encode("cp1252")
    )
    with caplog.at_level(logging.WARNING):
        text = decode(data, "mixed.txt", Options())
    assert "Brăila, Ionuţ" in text and "Café owner Ramón Ibáñez" in text
    (said,) = warnings(caplog)
    assert "4 bytes are not valid UTF-8" in said and "cp1252" in said


def test_mostly_legacy_bytes_are_no_utf8_for_one_character_they_happen_to_make() -> None:
    """A Windows-1252 file whose "É" before a closing quote happens to be a UTF-8 pair is
    still read whole in its code page."""
    text = "The café owner, José Núñez, called the play “OLÉ” and left. Señor Ibáñez agreed."
    assert decode(text.encode("cp1252"), "old.txt", Options()) == text


def test_a_named_latin_1_reads_its_c1_bytes_as_windows_does() -> None:
    """r57 #12: with --encoding latin-1, byte 0x85 (an ellipsis in Windows-1252, a line
    break in Latin-1) had cut a sentence to its last three characters."""
    data = "Ionuţ Vlad said “wait”".encode() + b" \x85 and left."
    text = decode(data, "pasted.txt", Options(encoding="latin-1"))
    assert "\n" not in text and text.startswith("Ionu") and text.endswith("“wait” … and left.")


def test_a_guess_over_a_declared_charset_that_does_not_fit_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    words = "<p>The harbour master, Ľubica Hrnčiarová, said the ferry to Komárno runs again.</p>"
    page = f'<html><head><meta charset="windows-1251"></head><body>{words}</body></html>'
    with caplog.at_level(logging.WARNING):
        assert "Hrnčiarová" in decode(page.encode("cp1250"), "page.html", Options())
    (said,) = warnings(caplog)
    assert "nor the cp1251 it declares; read as cp1250, a guess" in said


def test_utf8_with_a_few_damaged_bytes_shows_them_as_damage_not_a_guess(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """r63 F10: ASCII text with a stray byte-order mark inside a word and a UTF-8 lead
    byte cut short had been read whole as ISO 8859-13 ("Fri’žday", "twoĆ(weeks") and the
    mojibake mailed as the source's words. No code page reads those bytes as words:
    they are U+FFFD, and the warning says so."""
    data = (
        b"The governor said on Thu\xff\xfersday the ferry would run again for three\xc3(days, "
        b"and the port authority said the first boat would leave at noon with 40 people."
    )
    with caplog.at_level(logging.WARNING):
        text = decode(data, "cut.txt", Options())
    assert "Thu\ufffd\ufffdrsday" in text and "three\ufffd(days" in text
    (said,) = warnings(caplog)
    assert "3 bytes are not valid UTF-8 (the first at byte 24)" in said and "U+FFFD" in said
    # the same damage beside UTF-8's own characters, and alone: ISO 8859-13 reads
    # "\xff\xfe" as "’ž", which Windows-1252 writes otherwise
    data = "The mayor of Brăila said on Monday".encode() + b" the dock\xe2\x80 would reopen."
    assert decode(data, "cut.txt", Options()).endswith("the dock\ufffd would reopen.")
    data = b"The ferry runs again from Fri\xff\xfeday, the governor said after the storm."
    assert "Fri\ufffd\ufffdday" in decode(data, "cut.txt", Options())


def test_characters_lost_before_the_file_was_read_are_said_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """r65 F17: a feed's closing quotation mark, decoded in the wrong code page, had reached
    the brief as U+FFFD (valid UTF-8: nothing for decoding to repair), unsaid."""
    data = (
        "“We will not give in,\ufffd the mayor said. The port\ufffds cranes stood idle on"
        " Monday after the strike."
    ).encode()
    with caplog.at_level(logging.WARNING):
        text = decode(data, "feed-item.txt", Options())
    assert text.count("\ufffd") == 2
    (said,) = warnings(caplog)
    assert said.startswith("feed-item.txt: 2 characters were lost before brief read the file")


@pytest.mark.parametrize(
    "sentence",
    [
        "“The pumps work again,” said the engineer, Inès Kaboré, in Sirba’s camp – at last.",
        "It was 45°C in the camp, the Acme™ pumps failed, and a tank cost €5,000 in Zürich.",
        # ISO 8859-15 reads the byte of "½" as "œ": Windows-1252 writes both
        "Half the wells (½ of 40) ran dry, the mayor said.",
    ],
)
def test_a_legacy_file_with_a_few_letters_and_marks_beyond_ascii_is_read_in_its_code_page(
    sentence: str,
) -> None:
    """What reads as words (curly quotes, a dash, accented names, a symbol standing as
    one) is a Windows-1252 file's, as before r63 F10's damage was told apart."""
    data = (sentence + " The river fell overnight and the road to the coast opened.").encode(
        "cp1252"
    )
    assert decode(data, "old.txt", Options()).startswith(sentence)
