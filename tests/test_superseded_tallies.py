"""A tally counted through a day is current at its latest point: a measured rate given as
of a later time of the same day, or shares of a count that has come further, make the
earlier one stale (r61 F1, F5)."""

from __future__ import annotations

from brief.extract.figures import find_figures
from brief.models import Corpus, Document, Sentence, Source, StoryGroup
from brief.pipeline.superseded.same_day import earlier_rates_of_the_day, passed_progress


def _corpus(unique: list[Sentence], days: dict[int, str] | None = None) -> Corpus:
    sources = sorted({s.source for s in unique})
    documents = tuple(
        Document(
            Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=(days or {}).get(n, "2031-06-08")),
            None,
            (),
        )
        for n in sources
    )
    return Corpus(documents, tuple(unique))


def _sentences(texts: list[tuple[int, int, str]]) -> list[Sentence]:
    return [Sentence(text, source, index, index) for source, index, text in texts]


def test_a_measured_rate_names_its_figure() -> None:
    """ "63.4 percent" alone says nothing; the rate it is the level of says what it is."""
    voters = "Voter turnout was 58.2 percent"
    referendum = "Turnout in the Vessan referendum reached 44 percent"
    texts = {
        f"{voters} of the 9,100,000 registered voters.": voters,
        "Officials said turnout stood at 41 percent at 1 p.m.": "turnout stood at 41 percent",
        "Returns show a turnout of 70 percent at the close of voting.": "turnout of 70 percent",
        f"{referendum}.": referendum,
    }
    for sentence, figure in texts.items():
        found = [f.text for f in find_figures([Sentence(sentence, 1, 1, 1)]) if f.unit == "%"]
        assert found == [figure], sentence


def test_a_later_time_of_the_same_day_makes_the_earlier_rate_stale() -> None:
    unique = _sentences(
        [
            (1, 1, "The board said voter turnout in Vessa had reached 29 percent by noon."),
            (1, 2, "Queues were long in the capital."),
            (1, 3, "Turnout was highest in Kelmo province at 35 percent."),
            (2, 1, "Turnout in Vessa was 64 percent at the close of polls, the board said."),
            (3, 1, "By 3 p.m., turnout in Vessa stood at 51 percent, the board said."),
        ]
    )
    groups = [StoryGroup((1, 2, 3))]
    # the lead's time is its report's: its province's share is of noon too
    assert earlier_rates_of_the_day(_corpus(unique), unique, groups) == {0, 2, 4}
    # another story's rate, another day's, or one of another place is no earlier count
    assert not earlier_rates_of_the_day(
        _corpus(unique), unique, [StoryGroup((1,)), StoryGroup((2,)), StoryGroup((3,))]
    )
    days = {1: "2031-06-07", 2: "2031-06-08", 3: "2031-06-06"}
    assert not earlier_rates_of_the_day(_corpus(unique, days), unique, groups)
    unique = _sentences(
        [
            (1, 1, "Turnout in Kelmo province was 29 percent at noon."),
            (2, 1, "Turnout in Vessa was 64 percent at the close of polls."),
        ]
    )
    assert not earlier_rates_of_the_day(_corpus(unique), unique, [StoryGroup((1, 2))])


def test_a_rate_with_no_time_or_the_same_value_stays() -> None:
    unique = _sentences(
        [
            (1, 1, "Turnout was 64 percent, the board said."),
            (2, 1, "Turnout was 64 percent at 6 p.m., up from 29 percent at noon."),
            (3, 1, "Turnout was 64 percent at noon, the board said."),
        ]
    )
    assert not earlier_rates_of_the_day(_corpus(unique), unique, [StoryGroup((1, 2, 3))])


def test_shares_of_a_count_that_came_further_make_the_earlier_shares_stale() -> None:
    unique = _sentences(
        [
            (1, 0, "With 95 of 300 districts counted, Varga led with 55.1 percent."),
            (1, 1, "Her challenger Tomas Brel had 41.7 percent."),
            (1, 2, "Brel's campaign said it would wait for the full count."),
            (2, 0, "Police reported calm in the capital."),
            (2, 1, "With 240 of 300 districts counted, Varga had 50.3 percent of the vote."),
        ]
    )
    groups = [StoryGroup((1, 2))]
    # the lead's progress is its report's: its other shares are of it too
    assert passed_progress(_corpus(unique), unique, groups) == {0, 1}
    assert not passed_progress(_corpus(unique), unique, [StoryGroup((1,)), StoryGroup((2,))])
    days = {1: "2031-06-09", 2: "2031-06-08"}
    assert not passed_progress(_corpus(unique, days), unique, groups)


def test_progress_of_another_whole_or_without_shares_is_no_tally_of_these() -> None:
    unique = _sentences(
        [
            (1, 0, "Rescuers reached two of the 12 miners on Monday."),
            (1, 1, "With 95 of 300 districts counted, Varga led with 55.1 percent."),
            (2, 0, "Five of the 12 miners were still trapped, officials said."),
            (2, 1, "With 240 of 310 wards counted, Varga had 50.3 percent."),
        ]
    )
    assert not passed_progress(_corpus(unique), unique, [StoryGroup((1, 2))])


def test_a_later_reports_progress_may_stand_apart_from_its_shares() -> None:
    """A release's lead gives its progress and its next lines the shares: the earlier
    release, lead and shares, is passed by it."""
    unique = _sentences(
        [
            (1, 1, "The board announces results from 95 of the 300 districts."),
            (1, 2, "Lena Varga has 1,200,000 votes, or 55.1 percent."),
            (1, 3, "Counting continues in the capital."),
            (2, 1, "The board announces results from 240 of the 300 districts."),
            (2, 2, "Lena Varga has 50.3 percent of the valid votes."),
        ]
    )
    assert passed_progress(_corpus(unique), unique, [StoryGroup((1, 2))]) == {0, 1}
