"""Counts a sentence gives as an earlier report's (r43 H2): left out when its words say
the count has been revised since (the past perfect of a verb of report, an earlier
report's noun), put after today's when it is history before the news or an earlier day's
report its article has told again."""

from __future__ import annotations

import pytest

from brief.extract.figures import find_figures, key_figures, named_unit
from brief.models import Sentence
from tests.extract_helpers import sentences


def counts(*texts: str) -> list[str]:
    return [f.text for f in find_figures(sentences(*texts)) if f.kind != "date"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the past perfect of a verb of report: a count told before the report's time
        ("Early reports on Monday had spoken of six guards killed and nine miners trapped.", []),
        ("Late on Sunday, the Red Crescent had reported 14 bodies recovered.", []),
        ("The pumps had been estimated at 300 before the audit.", []),
        # ... also in a tag after the count
        ("Twelve fishermen drowned, local officials had said.", []),
        # an adverb or an adjective that makes the report an earlier one
        ("Police earlier said four people were hurt in the crush.", []),
        ("An earlier estimate of 4,000 displaced people was revised upwards.", []),
        ("The operator's previous figures had 60 buses out of service.", []),
        ("Nine boats were lost at sea, according to earlier reports.", []),
        # a first report is the latest until the sentence revises it
        (
            "Initial reports said 8 people died, but the coast guard later raised the toll to 11.",
            ["toll to 11"],
        ),
        ("Initial reports said 8 people died in the fire.", ["8 people died"]),
        ("Initial reports said 8 people died, but no group has claimed it.", ["8 people died"]),
        ("Initial reports say 17 people were hurt.", ["17 people were hurt"]),
        ("Two passengers were hurt, according to early reports.", ["Two passengers were hurt"]),
        # another's words: their past perfect is their present perfect
        (
            "The interior ministry said it had counted 212 ballot boxes destroyed.",
            ["212 ballot boxes"],
        ),
        # a count as of a time
        (
            "By Tuesday night, the ferry company had reported 31 passengers rescued.",
            ["31 passengers"],
        ),
        # a report now, after an earlier one, in its own clause
        (
            "The union had reported 40 trucks burned, but the army says 64 trucks were destroyed.",
            ["64 trucks"],
        ),
        # a participle after the comma is the subject's own clause, no tag of report
        # (r58: "revised the death toll ... down to 14, saying one victim had been counted
        # twice" had lost the current 14)
        (
            "The port authority lowered the death toll to 9, saying two bodies had been"
            " counted twice.",
            ["death toll to 9", "two bodies"],
        ),
        # r68 F11: a count a verb of revision sets aside, with its article
        (
            "Attendance was 64.2 percent, the league said, revising the 66.5 percent it"
            " had given on Monday.",
            ["64.2 percent"],
        ),
        ("The bank revised its growth forecast to 2.1 percent.", ["2.1 percent"]),
        # a time between an earlier report's adverb and its verb
        ("The office had earlier on Monday lowered the toll of 12 to 10.", []),
        # a correction: the tag after ", not N" is the count it sets aside (r51 M3)
        (
            "The hospital said 11 people were treated for burns, not 15 as it had first said.",
            ["11 people were treated"],
        ),
    ],
)
def test_a_count_told_as_revised_since_is_no_figure(text: str, kept: list[str]) -> None:
    found = counts(text)
    assert [f for f in found if any(f.startswith(k) or k in f for k in kept)] == found
    assert len(found) == len(kept)


def test_the_revised_count_is_the_key_figure_not_the_first_one() -> None:
    """r43: "Initial reports on Thursday had spoken of four foreigners kidnapped and two
    soldiers killed" had given "two soldiers killed" as a key figure under the three
    soldiers of the sentence before, and a later one ranked above it."""
    found = find_figures(
        sentences(
            "Three soldiers were killed and two wounded in the raid, the ministry said.",
            "Initial reports on Thursday had spoken of four engineers kidnapped and two"
            " soldiers killed.",
            "On Thursday evening, the drivers' union had reported 12 trucks burned.",
        )
    )
    ranked = [f.text for f in key_figures(found, lambda figure: 1.0)]
    assert ranked == ["Three soldiers were killed", "two wounded"]


def test_a_count_before_the_news_is_history_and_goes_last() -> None:
    """The past perfect and "before" an event the sentence names: a count of what came
    before it (r43: "two crew members had been killed before this week's attack" had been
    the second key figure of an advisory whose attack killed three)."""
    found = find_figures(
        sentences(
            "Gunmen seized two tankers in the strait on Sunday.",
            "Of these, 30 were boarded, and eight tankers had been seized before last"
            " month's truce.",
            "Two crew had been killed before the ship was abandoned.",
        )
    )
    past = {f.text: f.past for f in found if f.kind != "date"}
    assert past == {
        "seized two tankers": False,
        "eight tankers had been seized": True,
        "Two crew had been killed": False,  # "before" a clause: the news's own order
    }
    ranked = [f.text for f in key_figures(found, lambda figure: 1.0)]
    assert ranked[-1] == "eight tankers had been seized"


def _one_report(*texts: str, published: str = "2026-12-05") -> dict[str, bool]:
    found = [Sentence(text, 1, k, 0) for k, text in enumerate(texts, 1)]
    return {f.text: f.past for f in find_figures(found, {1: published}) if f.kind != "date"}


def test_an_earlier_days_report_told_again_since_goes_last() -> None:
    """r43: a live blog's "Yesterday, the ship's manager said two crew were killed" had been
    a key figure beside its "death toll to three"."""
    assert _one_report(
        "The death toll from the ferry fire rose to five on Saturday.",
        "Yesterday, the operator said three passengers were killed and four were missing.",
        "Two passengers are still missing.",
    ) == {
        "death toll from the ferry fire rose to five": False,
        "three passengers were killed": True,
        "four were missing": True,  # the missing fall as they are found
        "Two passengers are still missing": False,
    }
    # a weekday before the page's, in the report's verb or in a tag after the count
    assert _one_report(
        "The death toll from the ferry fire rose to five.",
        "The operator said on Friday that three passengers were killed.",
        "Four crew were hurt, the coast guard said on Thursday.",
        "Six crew were injured in all, the coast guard said.",
    ) == {
        "death toll from the ferry fire rose to five": False,
        "three passengers were killed": True,
        "Four crew were hurt": True,
        "Six crew were injured": False,
    }


def test_an_earlier_days_report_stays_where_nothing_revises_it() -> None:
    """A next day's report may give its latest count as the day before's; and a day that
    dates the event, not its report, is the count's own."""
    assert _one_report("Yesterday, the operator said three passengers were killed.") == {
        "three passengers were killed": False
    }
    assert _one_report(
        "The death toll from the ferry fire rose to five.",
        "Three passengers were killed on Friday, the operator said.",
        "In June, a blaze on another ferry killed two crew.",
    ) == {
        "death toll from the ferry fire rose to five": False,
        "Three passengers were killed": False,
        "killed two crew": False,
    }
    # a day in another clause after the count's is no report's of it (Multi-News: "...
    # killed two people, and nearly 100 accidents were reported ... by late last night")
    assert _one_report(
        "The death toll from the pileup rose to four.",
        "The crash killed two people, and 90 accidents were reported by late last night.",
    ) == {
        "death toll from the pileup rose to four": False,
        "killed two people": False,
        "90 accidents": False,
    }


def test_a_count_another_report_recalls_as_an_earlier_days_is_no_current_toll() -> None:
    """r58: a copy of yesterday's wire dated today gave "Four ... soldiers were killed" as
    news beside today's report, which calls four yesterday's count and says seven."""
    texts = [
        (1, "The number of border guards killed in the ambush has risen to nine."),
        (1, "Yesterday, the ministry said five border guards were killed."),
        (2, "Five Vellian border guards were killed and three were wounded in the ambush."),
        (2, "Two farmers were killed nearby."),
    ]
    found = [Sentence(text, source, k, 0) for k, (source, text) in enumerate(texts, 1)]
    dates = {1: "2026-12-05", 2: "2026-12-05"}
    past = {f.text: f.past for f in find_figures(found, dates) if f.kind != "date"}
    assert past["Five Vellian border guards were killed"]
    assert past["three were wounded"]  # the earlier report's sentence, all of it
    assert not past["Two farmers were killed"]
    assert not past["number of border guards killed in the ambush has risen to nine"]
    # a report of a later day than the recalling one is no copy of the earlier report
    later = {f.text: f.past for f in find_figures(found, {1: "2026-12-05", 2: "2026-12-06"})}
    assert not later["Five Vellian border guards were killed"]


def test_an_earlier_report_that_puts_the_toll_is_read_up_to_its_number() -> None:
    """ "had earlier put the death toll at 15": the figure starts at "death toll", inside
    the earlier report's own words, which are read up to the number (the stale 15 had
    been shown above the current 14); a count's own verb after its number is not."""
    assert _one_report(
        "The ferry sinking killed 14 people, officials said on Friday.",
        "Officials had earlier put the death toll at 15.",
    ) == {"killed 14 people": False}
    found = find_figures(sentences("Officials had earlier on Thursday put the toll at 15."))
    assert [f.text for f in found if f.kind != "date"] == []
    found = find_figures(sentences("Twelve crew had been reported missing by dawn."))
    assert [f.text for f in found if f.kind != "date"] != []


def test_a_toll_has_one_unit_however_worded() -> None:
    """r68 F12: docs/json.md gives a count's unit one name however written; one toll
    had come out as "dead", "died" and "deaths" (the figure keeps its own words)."""
    found = find_figures(
        sentences(
            "The death toll rose to 14 on Sunday.",
            "By evening 14 people had died.",
            "Medics counted 14 deaths and 30 wounded, and two guards were hurt.",
        )
    )
    named = {f.text: named_unit(f) for f in found if f.kind == "count"}
    assert set(named.values()) == {"dead", "injured"}
    assert named["14 people had died"] == "dead" and named["30 wounded"] == "injured"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # r75 F1: the amount a correction sets aside, as an earlier report's
        (
            "Reserves stood at 12.4 billion dollars, not 13.1 billion dollars as stated on"
            " Friday, the bank said.",
            ["12.4 billion dollars"],
        ),
        (
            "Turnout was 58 percent, not 61 percent like the board had said.",
            ["Turnout was 58 percent"],
        ),
        # a "not" that only contrasts, or sets a forecast aside, tells no report
        ("Turnout was 58 percent, not 61 percent.", ["Turnout was 58 percent", "61 percent"]),
        ("Growth was 2 percent, not 3 percent as expected.", ["2 percent", "3 percent"]),
    ],
)
def test_an_amount_a_correction_sets_aside_is_no_figure(text: str, kept: list[str]) -> None:
    assert counts(text) == kept
