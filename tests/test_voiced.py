"""A party's own document's sentences under another report's headline say whose they are
(r72 F11), tried on an invented water dispute between two countries."""

from __future__ import annotations

from brief.render.view import voice

RELEASE = "No: 31, 4 June 2029, Press Release Regarding the Decision of the River Commission"
COUNCIL = "River Commission orders Arland to open the Olen sluices"


def test_a_releases_sentence_under_another_headline_says_whose_it_is() -> None:
    """ "The Olen dam will keep its sluices closed" under the Commission's headline."""
    assert voice(RELEASE, "Belmora Ministry of Water", COUNCIL) == "Belmora Ministry of Water"
    numbered = "No. 12/2029, 2 May 2029, Statement of the Ministry of Water of Belmora"
    assert voice(numbered, "Belmora Ministry of Water", COUNCIL) == "Belmora Ministry of Water"


def test_no_voice_where_the_headline_says_it_or_the_report_is_an_outlets() -> None:
    # the release heads its own story: its headline says whose it is
    assert voice(RELEASE, "Belmora Ministry of Water", RELEASE) == ""
    # a report's headline tells the event: its sentences are its outlet's reporting
    report = "Belmora keeps Olen sluices shut despite commission order"
    assert voice(report, "Varn Daily", COUNCIL) == ""
    # no outlet known: nothing to print
    assert voice(RELEASE, None, COUNCIL) == ""
