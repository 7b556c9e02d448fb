"""A story told day by day: a regulator's fine of one day, and the next day's suspension of
it, which dates the fine it suspends ("imposed on 3 March"). The fine's report leads with
the fine and with the spill it punishes, an event of the pile with reports of its own; it
is the suspension's first day, not a report of two of the pile's events (r72 F4: a
Council's sanctions, adopted one day and suspended the next, had each joined another
story)."""

from __future__ import annotations

from brief.stories.apart import leads_with_two, openers, rare_openings, rare_subjects
from brief.stories.texts import story_texts
from tests.story_corpus import dated_corpus_of


def dated(day: str, text: str) -> tuple[str, str]:
    return day, text


SPILL = [
    dated(
        "2033-03-02",
        "Tailings dam breach at Korsund sends sludge into Vesna river\n\n"
        "A tailings dam at the Korsund copper mine gave way on Wednesday, sending sludge"
        " into the Vesna river, the regional water agency said.\n\n"
        "Villagers downstream of Korsund were told not to draw water from the Vesna.\n\n"
        "The mine's operator, Veltra Mining, said no one was hurt.\n",
    ),
    dated(
        "2033-03-02",
        "Sludge from Korsund mine reaches Vesna villages\n\n"
        "Grey sludge from the breached tailings dam at Korsund reached three villages on the"
        " Vesna river on Wednesday evening, residents said.\n\n"
        "The water agency closed two pumping stations on the Vesna.\n",
    ),
]
FINE = dated(
    "2033-03-03",
    "Regulator fines Veltra Mining 40 million over Korsund tailings breach\n\n"
    "The national mining regulator on Thursday fined Veltra Mining 40 million crowns over"
    " the breach of the tailings dam at its Korsund mine, and ordered the company to pay"
    " for the clean-up of the Vesna river.\n\n"
    "The regulator said Veltra had ignored two warnings about the dam.\n\n"
    "Veltra said it would appeal.\n",
)


def suspension(recalled: str) -> tuple[str, str]:
    return dated(
        "2033-03-04",
        "Court suspends Veltra Mining fine pending appeal\n\n"
        "An administrative court on Friday suspended the fine of 40 million crowns imposed"
        f" on Veltra Mining {recalled}, pending the company's appeal.\n\n"
        "The order to pay for the clean-up stays in force, the court said.\n\n"
        "The regulator said it would contest the suspension.\n",
    )


def test_a_reports_next_day_that_dates_it_keeps_it_in_its_story() -> None:
    """Read beside the suspension that dates it, the fine is the story's first day; read
    beside a suspension that does not give its day, it is still taken for a report that
    leads with two of the pile's events (the guard is the day, nothing else)."""
    for recalled, two in (("on 3 March", False), ("by the regulator", True)):
        corpus = dated_corpus_of([*SPILL, FINE, suspension(recalled)])
        texts = list(story_texts(corpus, [1, 2, 3, 4]).values())
        subjects, openings = rare_subjects(texts), rare_openings(texts)
        assert leads_with_two(texts, subjects, openings, openers(openings), [2], [3]) is two
