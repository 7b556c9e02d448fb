"""An earlier year's event retold today: an anniversary piece opens in the year of its
event ("On a stormy night in October 1991, the ferry ... capsized"), told in the simple
past, and tells that event, not the news of its page's day. A report of today's event on
the same ground (a rescue off the same point) may recall the old one in a line, never in
its lead; reports of the old event itself are dated in its year."""

from __future__ import annotations

from brief.extract.figures.notation import earlier_year
from brief.stories import find_stories
from brief.stories.apart.own_days import of_an_earlier_year
from brief.stories.texts import Text
from tests.story_corpus import dated_corpus_of

FEATURE = (
    "2031-10-14",
    "Forty years on, Tollen remembers the night the Marra Queen went down\n\n"
    "On a stormy night in October 1991, the ferry Marra Queen capsized off Tollen Point"
    " with 212 people aboard.\n\n"
    "Thirty-nine of them were never found, and the harbour at Tollen was closed to ferries"
    " for a year.\n\n"
    '"We heard the horn and then nothing," says Ansel Drumm, 81, who rowed out with his'
    " brother that night.\n\n"
    "The inquiry blamed an open bow door and an overloaded car deck.\n\n"
    "On Sunday Drumm watched the lifeboat bring in the crew of a trawler off the same"
    ' point. "Forty years, and the sea has not changed," he says.\n',
)
RESCUE = [
    (
        "2031-10-14",
        "Lifeboat rescues 14 from stricken trawler off Tollen Point\n\n"
        "The Tollen lifeboat rescued 14 fishermen from the trawler Brenna Star on Sunday"
        " after it lost power and drifted onto the rocks off Tollen Point.\n\n"
        "The coastguard said the crew were taken to Tollen harbour, two of them with"
        " hypothermia.\n\n"
        "The Brenna Star's skipper, Colm Ferrity, said the engine failed in a gale.\n\n"
        "The point is the scene of the island's worst disaster: in October 1991 the ferry"
        " Marra Queen capsized there.\n"
        "Forty years ago this week, 39 people were never found after the Marra Queen"
        " capsized off Tollen Point in a storm, and the islanders still remember the night.\n",
    ),
    (
        "2031-10-14",
        "Trawler crew saved as gale drives Brenna Star onto Tollen rocks\n\n"
        "Fourteen crew of the trawler Brenna Star were winched and ferried to safety on"
        " Sunday when the vessel drifted onto rocks off Tollen Point in a gale.\n\n"
        "Lifeboat coxswain Ida Marsh said her crew reached the trawler within 20 minutes and"
        " took off the fishermen one by one.\n\n"
        "Skipper Colm Ferrity thanked the lifeboat and the coastguard helicopter.\n\n"
        "The Brenna Star is to be towed off at the next high tide.\n",
    ),
]


def test_a_lead_opening_in_an_earlier_year_gives_that_year() -> None:
    assert earlier_year(FEATURE[1].split("\n\n")[1], 2031) == 1991
    assert earlier_year("In March 2027, the two leaders met at the border.", 2032) == 2027
    # the page's own year, a present or perfect main clause, or no opening year: none
    assert earlier_year("In October 2031, the ferry was sold.", 2031) is None
    assert earlier_year("In October 1991, the ferry has been a legend.", 2031) is None
    assert earlier_year("Forty years after the ferry sank in 1991, survivors met.", 2031) is None
    assert earlier_year("The lifeboat rescued 14 fishermen on Sunday.", 2031) is None


def test_an_anniversary_piece_is_not_todays_event_of_the_same_ground() -> None:
    texts = [
        Text(title, body.split("\n\n"), date=day)
        for day, (title, _, body) in ((d, t.partition("\n\n")) for d, t in [FEATURE, *RESCUE])
    ]
    assert texts[0].retold == 1991
    assert texts[1].retold is None and texts[2].retold is None
    assert of_an_earlier_year(texts, [0], [1, 2])
    assert of_an_earlier_year(texts, [1], [0])
    assert not of_an_earlier_year(texts, [1], [2])


def test_a_piece_looking_back_joins_reports_dated_in_its_year() -> None:
    """The old event's own reports, or a saga's running from it, give its year where they
    are dated: the piece looking back is no other event than theirs."""
    feature = Text(
        "Forty years on, Tollen remembers the Marra Queen",
        ["On a stormy night in October 1991, the ferry Marra Queen capsized off Tollen Point."],
        date="2031-10-14",
    )
    inquiry = Text(
        "Marra Queen inquiry blames bow door",
        ["The inquiry into the Marra Queen's capsize off Tollen Point blamed its bow door."],
        date="1992-06-02",
    )
    trial = Text(
        "Marra Queen owners on trial",
        ["The owners of the Marra Queen, which capsized in 1991, went on trial on Monday."],
        date="2031-10-13",
    )
    assert not of_an_earlier_year([feature, inquiry], [0], [1])
    assert not of_an_earlier_year([feature, trial], [0], [1])


def test_the_anniversary_piece_stays_apart_from_the_rescue_it_closes_on() -> None:
    """The rescue's report that recalls the old disaster at length had joined the piece
    (and its other report with it) by the ferry's name, the point and the storm."""
    groups = find_stories(dated_corpus_of([FEATURE, *RESCUE]))
    assert sorted(g.sources for g in groups) == [(1,), (2, 3)]
