"""Which clause a date belongs to (r72 F5, F6): a participle set off by a comma after a
noun of the main clause dates that noun, and what a verb of denial denies dates the act
denied, not the denial. Invented texts of other settings."""

from __future__ import annotations

import pytest

from brief.extract.figures import find_figures, timeline
from brief.models import Sentence

PUBLISHED = "2029-09-12"  # a Wednesday


def dates(text: str) -> list[str]:
    found = [Sentence(text, 1, 1, 0)]
    return [event.date for event in timeline(find_figures(found, {1: PUBLISHED}), found)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the participle's day is its noun's history; the news is the page's day ("today"),
        # which the timeline reads no date of, or has none: no row (r72 F5)
        (
            "The trade ministry today agreed to lift the export ban on rice and maize,"
            " imposed on 3 September 2029, to ease prices in the capital.",
            None,
        ),
        (
            "The league decided to reinstate the two clubs, suspended on 3 September 2029,"
            " after an appeal.",
            None,
        ),
        ("Officials published the results of the by-election, held on Sunday.", None),
        ("The navy recaptured the lighthouse, seized by smugglers on Monday.", None),
        # ... beside a day of the main clause's own, that day is the row's
        (
            "The ministry on Tuesday lifted the export ban on rice, imposed on 3 September"
            " 2029, to ease prices.",
            "2029-09-11",
        ),
        # a second verb of the subject, after a verb, is its own event
        ("The budget was passed, signed into law on Monday.", "2029-09-10"),
        # a verb with its object after the comma is a clause's, no participle
        ("Smugglers raided the depot, seized two trucks on Monday and fled.", "2029-09-10"),
        # an inverted attribution is the saying's day, as before
        ("Three wardens were freed, said the park authority on Monday.", None),
        # a subject's verb after its appositive ("then a ranger") is the news
        ("Okello, then a ranger, resigned on Monday over the cuts.", "2029-09-10"),
        # the subject's aside with its verb after it reads as before (in_participle_aside)
        ("The warden, abducted on Monday, was freed unharmed.", None),
        # a subject and an aside before a past form: that is the subject's verb
        ("Ostrava Steel, once valued at $2 billion, filed for bankruptcy in June 2029.", "2029-06"),
        (
            "Mbeki, widely regarded as the finest keeper of his era, retired from the game in"
            " 2019 at the age of 36.",
            "2019",
        ),
        # the noun a saying was made in: its day is the saying's
        (
            "The union said in a statement, issued on Monday, that its members would strike.",
            "2029-09-10",
        ),
    ],
)
def test_a_participle_after_a_noun_of_the_main_clause_dates_that_noun(
    text: str, date: str | None
) -> None:
    assert dates(text) == ([date] if date else [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # what is denied is no event of the denial's day, nor of its own (r72 F6)
        ("The coast guard denies that its cutter rammed a fishing boat on Monday.", None),
        ("08:40 - The coast guard denies its cutter rammed a fishing boat on Monday.", None),
        ("The coast guard denied ramming a fishing boat off Tumbes on Monday.", None),
        ("The fishing ministry rejected claims that its patrols had fired on Monday.", None),
        # ... however far the date stands in what is denied
        (
            "The Maritime Prefecture of the Channel firmly denies the allegation of the"
            " fishermen's national federation that a Rafale 3 patrol aircraft buzzed the nets of"
            " a trawler from Boulogne-sur-Mer off the coast of Picardy on Monday.",
            None,
        ),
        # the denial's own day is the row's
        (
            "The coast guard on Tuesday denied that its cutter rammed a fishing boat on Monday.",
            "2029-09-11",
        ),
        ("The coast guard denied on Tuesday that its cutter rammed a fishing boat.", "2029-09-11"),
        # a noun denied, no clause: the day is the denial's
        ("Reporters were denied entry to the port on Monday.", "2029-09-10"),
        ("The tribunal rejected the appeal on Monday.", "2029-09-10"),
        ("The tribunal rejected the appeal of the jailed skipper on Monday.", "2029-09-10"),
        ("The tribunal rejected a request to free the skipper on Monday.", "2029-09-10"),
        # a denial conceded, an adjective or a relative clause's verb is none
        (
            "The coast guard did not deny that its cutter rammed a fishing boat on Monday.",
            "2029-09-10",
        ),
        ("The skipper who denied the charges was sentenced on Monday.", "2029-09-10"),
        # a day written with its year after a comma is one date, in what is denied
        ("Two deckhands have denied sinking the barge on the night of August 9, 2029.", None),
        # a bound of the denial, a verb joined after it, a noun: the day is not denied
        (
            "She denied wanting the post until June 2029, when she told a radio station she"
            " would stand.",
            "2029-06",
        ),
        (
            "The skipper had denied wrongdoing and told the inquiry on Monday that the nets"
            " were legal.",
            "2029-09-10",
        ),
        ("The early contests will decide the line-up of the final in 2030.", "2030"),
        # a verb of saying still dates what was said, as before
        ("The coast guard says its cutter rammed a fishing boat on Monday.", "2029-09-10"),
    ],
)
def test_a_date_in_what_is_denied_dates_no_denial(text: str, date: str | None) -> None:
    assert dates(text) == ([date] if date else [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a thing due on a weekday, after its noun, the object of a past verb: to come or
        # gone by, the past verb says neither, so no date (r72: "the Friday before")
        ("The envoys' letter had praised the census due in Dodoma on Friday.", None),
        ("Lenders welcomed the bond auction due on Friday.", None),
        # ... where the present says it is to come, it is, and in the subject the
        # clause's own verb says which way
        ("The bond auction is due on Friday.", "2029-09-14"),
        ("The coupon due on Friday was not paid.", "2029-09-07"),
        # a past report's own day is not touched by a "due" after it
        ("The utility said on Monday it had missed interest due on a loan.", "2029-09-10"),
    ],
)
def test_a_day_a_thing_is_due_on_takes_no_tense_from_a_past_verb(
    text: str, date: str | None
) -> None:
    assert dates(text) == ([date] if date else [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # r76 F4: an age set off by commas after the name is the subject's own, so the
        # participle aside after it still dates the arrest, not the death
        (
            "Ana Berisha, 52, a teacher arrested at a rally in Durres on 3 September 2029,"
            " died in hospital overnight, her lawyer said.",
            None,
        ),
        (
            "Ana Berisha, 52, a teacher arrested at a rally in Durres on 3 September 2029,"
            " died in hospital on Monday, her lawyer said.",
            "2029-09-10",
        ),
        # without the aside, the day is the main verb's
        ("Ana Berisha, 52, died in hospital on 3 September 2029.", "2029-09-03"),
    ],
)
def test_an_age_after_the_name_keeps_the_aside_the_subject_s(text: str, date: str | None) -> None:
    found = dates(text)
    assert found == ([date] if date else [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # r76 F6: a bracket that restates a time of day in another zone gives that zone's
        # day; the event's is the place's own, here none: no row
        (
            "Ortega, 61, was taken from his house in Granada at about 03:10 local time"
            " (21:10 GMT on Tuesday), his son said.",
            None,
        ),
        (
            "The quake struck at 02:15 local time on Wednesday (17:15 GMT on Tuesday),"
            " the survey said.",
            "2029-09-12",
        ),
        # a bracket of no restated time, and a day after the bracket, date the event
        ("The summit opened on Tuesday (a day late) in Granada.", "2029-09-11"),
        ("The ferry sank at 11pm (2200 GMT) on Tuesday, the coastguard said.", "2029-09-11"),
    ],
)
def test_a_day_in_a_bracket_restating_the_time_in_another_zone_is_none(
    text: str, date: str | None
) -> None:
    assert dates(text) == ([date] if date else [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # r76 F22: an act someone is expected to do on a day is a forecast of their
        # conduct, no row; set in the calendar ("due to", "will"), or an event expected
        # to take place, it keeps its row
        ("The assembly is expected to vote on the land bill on Friday.", None),
        ("The two ministers are expected to sign the accord on Friday.", None),
        ("The assembly is due to vote on the land bill on Friday.", "2029-09-14"),
        ("The assembly will vote on the land bill on Friday.", "2029-09-14"),
        ("The fair is expected to take place on Friday.", "2029-09-14"),
        ("Officials said the assembly would vote on Friday.", "2029-09-14"),
    ],
)
def test_an_act_expected_of_someone_on_a_day_is_no_row(text: str, date: str | None) -> None:
    assert dates(text) == ([date] if date else [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an appositive noun phrase describes the subject: a day in its relative clause
        # or in a prepositional phrase of its noun is that description's (r76 F4's rest)
        (
            "Mira Hoxha, a nurse who was arrested in Korca on 3 September 2029, died in"
            " hospital overnight, her brother said.",
            None,
        ),
        (
            "Mira Hoxha, a nurse who was arrested in Korca on 3 September 2029, died in"
            " hospital on Monday.",
            "2029-09-10",
        ),
        (
            "Mira Hoxha, the organiser of a sit-in on 3 September 2029, was detained overnight.",
            None,
        ),
        (
            "Mira Hoxha, the organiser of a sit-in on 3 September 2029, was detained on Monday.",
            "2029-09-10",
        ),
        # no appositive: the day is the main verb's
        ("The mayor, a former teacher, resigned on 3 September 2029.", "2029-09-03"),
        ("Mira Hoxha was detained at a sit-in on 3 September 2029.", "2029-09-03"),
    ],
)
def test_a_day_in_an_appositive_noun_phrase_is_the_description_s(
    text: str, date: str | None
) -> None:
    assert dates(text) == ([date] if date else [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the act a charge names has a verb of its own, and the day after it is its
        (
            "Port police said the skipper was held on a charge of obstructing officers"
            " during a sit-in on 3 September 2029.",
            None,
        ),
        (
            "The skipper was charged with “inciting unrest” at a rally on 3 September 2029,"
            " which he denies.",
            None,
        ),
        # the charging's own day, and a charge a bare noun names, keep the row
        ("The skipper was charged on 3 September 2029 with obstructing officers.", "2029-09-03"),
        ("The skipper was charged with fraud on 3 September 2029.", "2029-09-03"),
    ],
)
def test_a_day_in_the_act_a_charge_names_is_the_act_s(text: str, date: str | None) -> None:
    assert dates(text) == ([date] if date else [])
