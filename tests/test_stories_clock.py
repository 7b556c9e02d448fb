"""A report dated the same day as its story's reports is not pushed apart by being dated
(session 67: read with the clock of their own day, a year-less dateline gave two blind
piles' reports a date, and two tests of apart were asked of them for the first time).

A market's report of a decision's day leads with its own happening and with the decision
by the decision's own figure; a follow-up from a freed person's home leads with that
person, whom every report of the release names in full. Neither is another event."""

from __future__ import annotations

from brief.stories import find_stories
from brief.stories.apart import (
    core_in_passing,
    leads_with_its_own,
    rare_names,
    rare_openings,
    rare_subjects,
)
from tests.story_corpus import dated_corpus_of, dated_texts_of

QUOTA = [
    (
        "2031-05-06",
        "Marlund fisheries board cuts herring quota by 35 percent\n\n"
        "The Marlund Fisheries Board cut the coastal herring quota by 35 percent on"
        " Tuesday, citing a collapse in spawning stocks off the Skarven banks.\n\n"
        "The board's chair, Ingrid Solvik, said the cut would stand until the autumn"
        " survey.\n\n"
        "The Fisheries Board said boats had already landed most of the spring catch.\n",
    ),
    (
        "2031-05-06",
        "Herring quota slashed after Skarven stocks collapse\n\n"
        "Skippers reacted angrily on Tuesday after the Marlund Fisheries Board cut the"
        " herring quota by 35 percent over falling spawning stocks on the Skarven banks.\n\n"
        "Ingrid Solvik, the board's chair, told skippers the survey left no choice.\n\n"
        "The Fisheries Board will meet crews at Hallvik next week.\n",
    ),
]


def auction(figure: str) -> tuple[str, str]:
    """The day's fish auction, whose lead tells its own move and the cut behind it."""
    return (
        "2031-05-06",
        "Fish prices soar at quayside auction as buyers scramble\n\n"
        "Fish prices soared about 20 percent at the quayside auction on Tuesday as"
        f" wholesalers scrambled for stock after {figure}, dealers said.\n\n"
        "Mackerel and cod were little changed, and smoked fish exporters said margins"
        " would shrink.\n\n"
        "Traders expect the Fisheries Board to publish the autumn survey in October.\n\n"
        "Buyers said prices could climb further if boats stayed in port.\n",
    )


def test_a_market_report_giving_the_decisions_figure_is_no_other_event() -> None:
    """The auction's lead gives the cut's own figure (35 percent): it tells the story's
    happening, and its day, the story's, keeps it with the story. Given no figure of the
    story's, it is the day's market news recalling the cut, as before."""
    for figure, apart in (
        ("a surprise 35 percent cut in allowed catches", False),
        ("a surprise cut in allowed catches", True),
    ):
        texts = dated_texts_of([*QUOTA, auction(figure)])
        subjects, openings = rare_subjects(texts), rare_openings(texts)
        kept = rare_names(texts).__getitem__
        assert core_in_passing(texts, subjects, kept, [2], [0, 1], openings) is apart


RELEASE = [
    (
        "2031-09-16",
        "Norwegian climber freed by kidnappers in Tarsil mountains\n\n"
        "A Norwegian climber held by an armed group in the Tarsil mountains for five"
        " months was freed on Monday and flown to Orvanna, the foreign ministry said.\n\n"
        "Tomas Halvorsen, 34, was seized in April with two local guides near the Kelt"
        " pass.\n\n"
        "Orvanna's government said mediators from Brevik had secured the release.\n",
    ),
    (
        "2031-09-16",
        "Brevik mediators secure release of European hostage\n\n"
        "Mediators from Brevik secured on Monday the release of a European national held"
        " in the Tarsil mountains, the Brevik foreign office announced.\n\n"
        "The released man, Mr. Tomas Halvorsen, arrived in Orvanna on a Brevik aircraft.\n\n"
        "Brevik thanked the parties for resolving the humanitarian case.\n",
    ),
]
HOME = (
    "2031-09-17",
    "'Mum, I'm safe': a Lindvik mother hears Tomas's first call\n\n"
    "LINDVIK — Astrid Halvorsen was at her kitchen window on Monday evening when the"
    " phone rang with a number she did not know.\n\n"
    "\"He said, Mum, it's me, I'm safe,\" the 61-year-old nurse told our paper at her"
    " house above the Lindvik harbour, where ribbons still hang on the gate.\n\n"
    "Her son had been held since April. Neighbours held a vigil at the Lindvik chapel"
    " every Sunday.\n\n"
    "The family expects him home by the weekend.\n",
)


def test_a_follow_up_that_leads_with_the_storys_person_joins_it() -> None:
    """The mother's interview leads with her son's surname, which both reports of the
    release write in full ("Tomas Halvorsen"), and with her town: it is the release's
    follow-up, not a report of its own beside it (all three dated, a story of two)."""
    texts = dated_texts_of([*RELEASE, HOME])
    subjects, names = rare_subjects(texts), rare_names(texts)
    assert not leads_with_its_own(
        texts, subjects, lambda i: names[i], [2], [0, 1], rare_openings(texts)
    )
    assert [group.sources for group in find_stories(dated_corpus_of([*RELEASE, HOME]))] == [
        (1, 2, 3)
    ]
