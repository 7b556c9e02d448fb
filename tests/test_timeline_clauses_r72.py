"""Which clause a date belongs to (r72 F5): a participle set off by a comma after a noun
of the main clause dates that noun. Invented texts of other settings."""

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
