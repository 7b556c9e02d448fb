"""An event to come that a report of its story calls off is no bullet and no row."""

from __future__ import annotations

from brief.models import Corpus, Document, Sentence, Source, StoryGroup
from brief.pipeline.called_off import called_off, calls_off, undone


def _corpus(
    texts: list[tuple[int, int, str]], dates: tuple[str, ...]
) -> tuple[Corpus, list[Sentence]]:
    unique = [Sentence(text, source, index, 0) for source, index, text in texts]
    documents = tuple(
        Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
        for n, date in enumerate(dates, 1)
    )
    return Corpus(documents, tuple(unique)), unique


def test_a_calling_off_is_told_by_its_word_not_denied() -> None:
    assert calls_off("The vote on Sunday has been postponed, the commission said.")
    assert calls_off("The talks in Venn were called off.")
    assert not calls_off("The vote on Sunday has not been postponed, officials insisted.")
    assert not calls_off("The minister resigned on Tuesday.")


def test_a_forecast_its_story_calls_off_is_dropped() -> None:
    texts = [
        (
            1,
            1,
            "Harbour Minister Ines Calder will address parliament on Thursday, her office said.",
        ),
        (1, 2, "Dock workers will meet the port authority on Friday."),
        (2, 1, "Harbour Minister Ines Calder resigned on Tuesday over the strike."),
        (2, 2, "Her address to parliament on Thursday has been cancelled, the speaker said."),
    ]
    corpus, unique = _corpus(texts, ("2027-03-01", "2027-03-02"))
    story = [StoryGroup((1, 2))]
    # the address is off; the dockers' meeting is not named by the calling off
    assert called_off(corpus, unique, story) == {0}
    # a resignation alone does not say the address is off
    assert not called_off(corpus, unique[:3], story)
    # an earlier day's calling off is of another plan; another story's is of another event
    earlier, _ = _corpus(texts, ("2027-03-02", "2027-03-01"))
    assert not called_off(earlier, unique, story)
    assert not called_off(corpus, unique, [StoryGroup((1,)), StoryGroup((2,))])


def _dropped(forecast: str, other: str) -> bool:
    corpus, unique = _corpus([(1, 1, forecast), (2, 1, other)], ("2027-03-01", "2027-03-02"))
    return bool(called_off(corpus, unique, [StoryGroup((1, 2))]))


def test_only_a_calling_off_of_the_forecasts_own_event_drops_it() -> None:
    forecast = "Harbour Minister Ines Calder will address parliament on Thursday, her office said."
    # the calling off governs the event: its noun as subject or object, or its verb
    assert _dropped(forecast, "Calder's address to parliament on Thursday was postponed.")
    assert _dropped(forecast, "The speaker called off Calder's address on Thursday.")
    assert _dropped(forecast, "Calder will no longer address parliament on Thursday.")
    assert _dropped(forecast, "Calder's address will not go ahead on Thursday.")
    # something else is off on the day, or in another clause, or the address goes ahead
    assert not _dropped(
        forecast,
        "A rival march set for Thursday outside parliament was cancelled, but Calder's"
        " address will go ahead, the speaker said.",
    )
    assert not _dropped(forecast, "A rival march set for Thursday was cancelled by police.")
    assert not _dropped(
        forecast, "Ferries on Thursday were cancelled by the strike; Calder will still address MPs."
    )
    assert not _dropped(forecast, "A march against Calder's address on Thursday was called off.")
    assert not _dropped(
        forecast, "The debate on Thursday was scrapped and Calder's address will proceed."
    )
    assert not _dropped(forecast, "Calder's address on Thursday has not been cancelled.")


def test_a_still_of_the_reason_keeps_the_calling_off() -> None:
    forecast = "Harbour Minister Ines Calder will address parliament on Thursday, her office said."
    assert _dropped(
        forecast,
        "Calder's address on Thursday was cancelled because the coast road is still flooded.",
    )
    assert _dropped(
        forecast, "The speaker postponed Calder's address on Thursday; the hall is still shut."
    )
    assert not _dropped(forecast, "Calder's address on Thursday will still take place.")
    assert not _dropped(
        forecast, "Ferries on Thursday were cancelled, but Calder would still address MPs."
    )


def test_a_plan_moved_to_another_day_is_no_longer_the_plan_for_its_first() -> None:
    forecast = (
        "Dock workers at Port Ellery will stop work for 48 hours from Thursday, their union said."
    )
    # moved: the forecast of the first day is off, however the move names the event
    assert _dropped(forecast, "The union postponed its 48-hour strike at Port Ellery to Monday.")
    assert _dropped(forecast, "The Port Ellery walkout, now set for Monday, was agreed late.")
    assert _dropped(forecast, "Organisers pushed back the strike at Port Ellery by a week.")
    # the new day's forecast is the new plan; another event of the port is not moved
    assert not _dropped(
        "Dock workers at Port Ellery will stop work for 48 hours from Monday.",
        "The union postponed its 48-hour strike at Port Ellery to Monday.",
    )
    assert not _dropped(
        "Ferries from Port Ellery will sail on Thursday.",
        "The union postponed its 48-hour strike at Port Ellery to Monday.",
    )


def test_a_forecast_of_the_moves_own_day_may_be_the_new_plan() -> None:
    # of the same day, a forecast that names no day of the old plan stays (trust first)
    texts = [
        (1, 1, "Dock workers at Port Ellery will stop work for 48 hours, the union said."),
        (2, 1, "The union postponed its 48-hour strike at Port Ellery from Thursday to Monday."),
    ]
    same_day, unique = _corpus(texts, ("2027-03-02", "2027-03-02"))
    assert not called_off(same_day, unique, [StoryGroup((1, 2))])
    next_day, unique = _corpus(texts, ("2027-03-01", "2027-03-02"))
    assert called_off(next_day, unique, [StoryGroup((1, 2))]) == {0}


def test_one_more_event_set_for_another_day_moves_no_plan() -> None:
    """ "A second strike ... is now set for Monday" is one more strike, not the Thursday
    one moved: a move is of the plan only where the moved thing is that plan."""
    forecast = "Bus drivers in Velm will strike for 24 hours from Thursday, their union said."
    for other in (
        "A second strike in Velm is now set for Monday.",
        "Another strike in Velm is now set for Monday, the union said.",
        "A further strike in Velm was pushed back to Monday.",
        "A new strike in Velm is now scheduled for Monday.",
    ):
        assert not _dropped(forecast, other), other
    assert _dropped(forecast, "The strike in Velm is now set for Monday.")
    assert _dropped(forecast, "Their strike in Velm is now set for Monday.")


def test_an_event_said_to_go_on_is_overtaken_by_its_calling_off() -> None:
    """r65 F11: "said the strike would go on until ..." (reported speech's "will") beside a
    report that the strike was called off: the event going on is its subject, and the
    calling off of "the nationwide strike" governs it through its adjective."""
    off = "The Harbour Drivers Union called off the nationwide strike on Thursday after talks."
    said = (
        "Harbour Drivers Union leader Aman Tesfaye said the strike would go on until the fees went."
    )
    assert _dropped(said, off)
    assert _dropped(
        "Harbour Drivers Union leader Aman Tesfaye said the strike would continue.", off
    )
    assert _dropped(
        "The Harbour Drivers Union strike will go on until Friday, its leader said.", off
    )
    # another subject goes on; a "would" of no saying; of another union
    assert not _dropped("Harbour Drivers Union leader Aman Tesfaye said ferries would go on.", off)
    assert not _dropped("If the strike spread, the Harbour Drivers Union would go on.", off)
    assert not _dropped(said, "The Lake Pilots Guild called off its strike on Thursday.")


OFF = (
    "Wednesday's summit of the three premiers in Lisbon has been scrapped, the Portuguese"
    " government said."
)
ON_AGAIN = (
    "The summit of the three premiers that was scrapped on Monday will be held in Lisbon on"
    " Wednesday after all, the Portuguese government said on Monday evening."
)
MEETING_OFF = OFF.replace("summit", "meeting")
HELD = "The three premiers met in Lisbon on Wednesday and agreed to open a joint coast office."


def test_a_calling_off_a_later_report_undoes_is_overtaken() -> None:
    texts = [(1, 1, OFF), (2, 1, ON_AGAIN)]
    corpus, unique = _corpus(texts, ("2027-03-01", "2027-03-01"))
    story = [StoryGroup((1, 2))]
    assert undone(corpus, unique, story) == {0}
    # the event on again is no forecast its calling off overtakes
    assert not called_off(corpus, unique, story)
    # another story's, or one of an earlier day, undoes nothing
    assert not undone(corpus, unique, [StoryGroup((1,)), StoryGroup((2,))])
    earlier, _ = _corpus(texts, ("2027-03-02", "2027-03-01"))
    assert not undone(earlier, unique, story)


def test_a_calling_off_the_event_held_on_a_later_day_overtakes() -> None:
    story = [StoryGroup((1, 2))]
    later, unique = _corpus([(1, 1, MEETING_OFF), (2, 1, HELD)], ("2027-03-01", "2027-03-03"))
    assert undone(later, unique, story) == {0}
    # of the same day, the order of the two is not known: the calling off stays
    same, _ = _corpus([(1, 1, MEETING_OFF), (2, 1, HELD)], ("2027-03-01", "2027-03-01"))
    assert not undone(same, unique, story)
    # nor does a meeting of another day, or one denied, undo it
    for other in (
        "The three premiers met in Lisbon in June and agreed to open a joint coast office.",
        "The three premiers have not met in Lisbon since Wednesday.",
    ):
        _, told = _corpus([(1, 1, MEETING_OFF), (2, 1, other)], ())
        assert not undone(later, told, story), other


def test_a_relative_clause_of_a_person_undoes_no_calling_off() -> None:
    off = "Premier Ana Sousa scrapped her trip to Lisbon on Monday, her office said."
    other = "Premier Ana Sousa, who scrapped her trip on Monday, will address parliament in Lisbon."
    corpus, unique = _corpus([(1, 1, off), (2, 1, other)], ("2027-03-01", "2027-03-02"))
    assert not undone(corpus, unique, [StoryGroup((1, 2))])


def test_a_live_pages_later_entry_puts_the_event_back_on() -> None:
    """r66 replay: "19:05 — ... the meeting ... will take place in Ostrava on Friday
    afternoon after all" above "07:30 — ... Friday's meeting ... has been called off" left
    the calling off a bullet once the page was a story of its own. A later entry of the
    same page that forecasts the event, its clause closing on "after all", undoes it; an
    earlier entry, or "After all" giving a reason, does not."""
    later = (
        "19:05 — The foreign ministry says the meeting of the two foreign ministers will take"
        " place in Ostrava on Friday afternoon after all."
    )
    off = (
        "07:30 — The foreign ministry says Friday's meeting of foreign ministers in Ostrava"
        " has been called off after Kelmar withdrew."
    )
    corpus, unique = _corpus([(1, 1, later), (1, 2, off)], ("2027-11-11",))
    assert undone(corpus, unique, [StoryGroup((1,))]) == {1}
    earlier = later.replace("19:05", "06:45")
    corpus, unique = _corpus([(1, 1, off), (1, 2, earlier)], ("2027-11-11",))
    assert not undone(corpus, unique, [StoryGroup((1,))])
    reason = (
        "19:05 — After all, the foreign ministry says, the meeting in Ostrava on Friday will"
        " need a new date."
    )
    corpus, unique = _corpus([(1, 1, reason), (1, 2, off)], ("2027-11-11",))
    assert not undone(corpus, unique, [StoryGroup((1,))])
