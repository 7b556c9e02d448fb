"""A level a later report of the story gives anew (a benchmark's price, a target, a
forecast) makes the earlier report's stale, the later known by its day or its own words
(r64 F3); the "from" side of a revision is an earlier value (r64 F8)."""

from __future__ import annotations

from brief.extract.figures import find_figures
from brief.models import Corpus, Document, Sentence, Source, StoryGroup
from brief.pipeline.superseded.levels import replaced_levels


def _corpus(unique: list[Sentence], days: dict[int, str]) -> Corpus:
    documents = tuple(
        Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=day), None, ())
        for n, day in sorted(days.items())
    )
    return Corpus(documents, tuple(unique))


FIRST = [
    "The cartel agreed on Tuesday to cut output by 900,000 barrels per day from August.",
    "Benchmark Brent crude rose 2% to $77.40 a barrel after the decision.",
    "The group's overall output quota will fall to 41.2 million bpd, a statement said.",
    "Kazakhstan agreed to compensation cuts totalling 120,000 bpd.",
]
UPDATE = [
    "The cartel trimmed its planned cut to 700,000 barrels per day, down from the "
    "900,000 bpd agreed on Tuesday.",
    "Brent crude fell 1.1% to $76.55 a barrel.",
    "The group's overall output quota is now 41.4 million bpd.",
]


def _story() -> list[Sentence]:
    return [Sentence(text, 1, n, n) for n, text in enumerate(FIRST)] + [
        Sentence(text, 2, n, n) for n, text in enumerate(UPDATE)
    ]


def test_an_update_of_the_same_day_replaces_the_price_and_the_target() -> None:
    """The update recalls the first report's value as the base of its change: it is the
    later report, though both carry one date."""
    unique = _story()
    days = {1: "2030-03-04", 2: "2030-03-04"}
    assert replaced_levels(_corpus(unique, days), unique, [StoryGroup((1, 2))]) == {1, 2}
    # another story's report, or the first report dated later: nothing stale
    split = [StoryGroup((1,)), StoryGroup((2,))]
    assert not replaced_levels(_corpus(unique, days), unique, split)
    later_first = {1: "2030-03-05", 2: "2030-03-04"}
    assert not replaced_levels(_corpus(unique, later_first), unique, [StoryGroup((1, 2))]) & {1, 2}


def test_a_later_day_replaces_a_level_of_the_same_quantity_only() -> None:
    """Another benchmark, another analyst's forecast, another forecast of the bank's,
    another fuel's price, a change or a value given again are no new level of the
    earlier one."""
    unique = [
        Sentence("WTI crude rose 2% to $74.10 a barrel on the news.", 1, 0, 0),
        Sentence("Analysts at Norrbank raised their Brent forecast to $85 a barrel.", 1, 1, 1),
        Sentence("The central bank kept its policy rate at 6.5%.", 1, 2, 2),
        Sentence("The central bank held its inflation forecast at 4%.", 1, 3, 3),
        Sentence("The bank kept its growth forecast at 2%.", 1, 4, 4),
        Sentence("In Tarsk, petrol prices were unchanged at $1.92 a litre.", 1, 5, 5),
        Sentence("In Tarsk, diesel prices rose to $1.80 a litre.", 2, 5, 5),
        Sentence("Brent crude fell to $76.55 a barrel.", 2, 0, 0),
        Sentence("We raise our Brent forecast to $88 a barrel.", 2, 1, 1),
        Sentence("The central bank kept its policy rate at 6.5%.", 2, 2, 2),
        Sentence("The central bank raised its inflation forecast to 4.6%.", 2, 3, 3),
    ]
    days = {1: "2030-03-04", 2: "2030-03-05"}
    assert replaced_levels(_corpus(unique, days), unique, [StoryGroup((1, 2))]) == {3}


def test_a_value_dated_to_the_earlier_day_replaces_nothing() -> None:
    """A note of the next morning gives the day before's close: that day's value."""
    unique = [
        Sentence("Brent crude fell 1.1% to $76.55 a barrel.", 1, 0, 0),
        Sentence("Brent crude settled at $77.40 a barrel on Tuesday.", 2, 0, 0),
    ]
    days = {1: "2030-03-05", 2: "2030-03-06"}  # Tuesday 5 March, Wednesday 6 March
    assert not replaced_levels(_corpus(unique, days), unique, [StoryGroup((1, 2))])


def test_the_from_side_of_a_revision_is_an_earlier_value() -> None:
    """r64 F8: "revised down its April figure from 3.6%" gives no current figure."""
    texts = {
        "The statistics office revised down its March figure from 4.1%.": {"4.1%"},
        "The cartel trimmed its cut to 700,000 bpd, down from the 900,000 bpd agreed.": {
            "900,000 bpd"
        },
        "Output will fall to 2 million tonnes, from a previous forecast of 2.4 million tonnes.": {
            "2.4 million tonnes"
        },
        "The firm moved 500 staff from 12 offices.": set(),
    }
    for text, past in texts.items():
        found = find_figures([Sentence(text, 1, 1, 1)])
        assert {f.text for f in found if f.past} == past, text


def test_a_later_days_other_title_of_the_same_office_kind_makes_the_old_one_stale() -> None:
    """r63 F8: a day-1 line with the title a reshuffle has since changed."""
    from brief.pipeline.superseded.retitled import retitled

    unique = [
        Sentence(
            "The delegation will be led by Trade Minister Ilse Marren, officials said.", 1, 0, 0
        ),
        Sentence("Energy Minister Tomas Vidal called the cut necessary.", 1, 1, 1),
        Sentence("Finance Minister Ilse Marren signed the accord for the government.", 2, 0, 0),
        Sentence("Saudi Energy Minister Tomas Vidal welcomed the accord.", 2, 1, 1),
    ]
    story = [StoryGroup((1, 2))]
    days = {1: "2030-03-04", 2: "2030-03-06"}
    assert retitled(_corpus(unique, days), unique, story) == {0}
    # the same day, the other order, or another story: nothing stale
    assert not retitled(_corpus(unique, {1: "2030-03-06", 2: "2030-03-06"}), unique, story)
    assert not retitled(_corpus(unique, {1: "2030-03-07", 2: "2030-03-06"}), unique, story) & {0}
    assert not retitled(_corpus(unique, days), unique, [StoryGroup((1,)), StoryGroup((2,))])


def test_a_benchmark_named_alone_is_the_benchmark_of_its_kind() -> None:
    """ "Brent settled at ..." gives the price "Benchmark Brent crude rose to ..." gave."""
    unique = [
        Sentence("Benchmark Brent crude rose 2% to $77.40 a barrel.", 1, 0, 0),
        Sentence("Brent settled at $76.10 a barrel, traders said.", 2, 0, 0),
    ]
    days = {1: "2030-03-04", 2: "2030-03-05"}
    assert replaced_levels(_corpus(unique, days), unique, [StoryGroup((1, 2))]) == {0}
