"""Headlines, alerts, tickers and live-blog lines read as the sentences they compress."""

from __future__ import annotations

import pytest

from brief.classify import OTHER, classify
from brief.classify.headlinese import as_future, future_to, in_lower_case, label_end
from brief.profiles import load_profile

GEO = load_profile("geopolitics")


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (
            "Markets: Wheat futures rise as Cairo bans imports",
            "Wheat futures rise as Cairo bans imports",
        ),
        (
            "JUST IN: Moscow demands the release of its official",
            "Moscow demands the release of its official",
        ),
        ("Putin: West will pay for this", "West will pay for this"),
        # a time is no label, and a label needs a line after it
        ("09:02 - The junta's spokesman said ...", "09:02 - The junta's spokesman said ..."),
        ("Analysis: the war", "Analysis: the war"),
        # four words before the colon are a clause, the attribution rules' to read
        (
            "The two leaders said in Geneva: talks went well",
            "The two leaders said in Geneva: talks went well",
        ),
    ],
)
def test_a_label_before_a_colon_is_set_apart(text: str, rest: str) -> None:
    assert text[label_end(text) :] == rest


def test_a_line_in_capitals_reads_as_its_words_with_the_names_kept() -> None:
    assert (
        in_lower_case("HOUTHIS WARN SHIPPING FIRMS OF 'CONSEQUENCES'")
        == "Houthis warn shipping firms of 'consequences'"
    )
    assert in_lower_case("NATO WARNS RUSSIA") == "NATO warns Russia"
    assert in_lower_case("LET US PRAY") == "let us pray"  # an acronym that is a word
    assert in_lower_case("Houthis warn shipping") == "Houthis warn shipping"


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("Iran to retaliate if attacked", "Iran will retaliate if attacked"),
        ("Turkey, Greece to hold talks", "Turkey, Greece will hold talks"),
        # an infinitive after a verb, and a preposition after a participle, are no future
        ("Lawmakers vote to ban the party", None),
        ("He told Iran to stop", None),
    ],
)
def test_a_headlines_to_after_its_subject_is_the_future(text: str, future: str | None) -> None:
    at = future_to(text)
    assert (as_future(text, at) if at >= 0 else None) == future


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # a page's label is no cue: the ban is the news, the market's move its frame
        (
            "Markets: Wheat futures rise as Cairo bans imports from Ukraine's Black Sea ports",
            "diplomacy",
        ),
        ("TICKER: HOUTHIS WARN SHIPPING FIRMS OF 'CONSEQUENCES' FOR USING SUEZ ROUTE", "diplomacy"),
        # force told by its bare noun and a present verb, at the start or as a move's cause
        ("Shelling hits Kharkiv power station", "military"),
        ("Oil climbs 3% after drone attack hits Basra export terminal", "military"),
        # ... where a plural noun's compound is no verb
        ("Attack helicopters arrive in Kharkiv", OTHER),
        # "to" and a verb after an actor is "will": a promise on a condition
        ("Iran to retaliate if attacked, says Revolutionary Guards chief", "diplomacy"),
        # (a participle before "to" names no actor: a concession, as it reads)
        ("Bowing to pressure, the government scrapped the fuel levy", "diplomacy"),
        # what a side declares it will take a crossing for
        (
            "Any aircraft entering Malian airspace will be treated as hostile, the junta said.",
            "diplomacy",
        ),
    ],
)
def test_headlinese_is_read_as_the_sentence_it_compresses(text: str, section: str) -> None:
    assert classify(text, GEO).section == section


@pytest.mark.parametrize(
    ("text", "section"),
    [
        (
            "Two US destroyers were sent to the eastern Mediterranean, the Pentagon said.",
            "military",
        ),
        ("Russia sent 2,000 troops to the border.", "military"),
        ("The ministry sent a letter to the embassy.", OTHER),
    ],
)
def test_forces_sent_are_deployed(text: str, section: str) -> None:
    assert classify(text, GEO).section == section
