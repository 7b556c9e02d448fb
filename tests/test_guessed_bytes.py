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
