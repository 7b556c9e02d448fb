from __future__ import annotations

from pathlib import Path

import pytest

from brief.extract.figures import (
    details,
    figure_rank,
    find_figures,
    key_figures,
    repeated,
    retold,
    stale_tolls,
    timeline,
)
from brief.models import Sentence
from tests.conftest import SAMPLES
from tests.extract_helpers import sentences, sentences_of


def test_seed_article_figures(seed: Path) -> None:
    figures = find_figures(sentences_of(seed))
    found = {f.text: (f.kind, f.value, f.unit, f.date) for f in figures}
    assert found == {
        "130,000 people": ("count", 130000.0, "people", None),
        "246,000-strong army": ("count", 246000.0, "army", None),
        "February 9": ("date", None, None, "--02-09"),
        "February 10-20": ("date", None, None, "--02-10"),
        "up to 10 Su-35 fighter jets": ("count", 10.0, "jets", None),
        "100,000 Russian soldiers": ("count", 100000.0, "soldiers", None),
        "2014": ("date", None, None, "2014"),
        "More than 14 thousand people lost their lives": ("count", 14000.0, "dead", None),
        "lasted for about eight years": ("measure", 8.0, "years", None),
    }
    # "Allied Determination 2022" is an exercise's name, not a date.
    assert "2022" not in found
    by_text = {f.text: f for f in figures}
    assert by_text["100,000 Russian soldiers"].sentence.index == 19


def test_money_percentages_and_full_dates() -> None:
    figures = find_figures(
        sentences("Donors pledged $2.5 billion and £600m, 76% of the goal, on 24 February 2022.")
    )
    assert [(f.kind, f.text, f.value, f.unit) for f in figures] == [
        ("money", "$2.5 billion", 2.5e9, None),
        ("money", "£600m", 6e8, "GBP"),
        ("percent", "76% of the goal", 76.0, "%"),
        ("date", "24 February 2022", None, None),
    ]
    assert figures[-1].date == "2022-02-24"


def test_counts_stop_before_verbs_and_prepositions() -> None:
    figures = find_figures(sentences("About 1,200 soldiers walked across 30 km of border."))
    assert [f.text for f in figures] == ["About 1,200 soldiers", "30 km"]
    assert figures[1].kind == "measure"


def test_a_number_with_a_leading_zero_is_no_figure() -> None:
    """ "05 guards" and the tail of a grouping a sentence split cut ("000 scientists") count
    nothing; a grouping that tokenised copy spaced ("20, 000", "$200, 000") is one number."""
    figures = find_figures(
        sentences(
            "They represent more than 20, 000 scientists and 05 guards.",
            "About 1,050 troops.",
            "000 scientists signed.",
            "He was held on $200, 000 bail.",
            "On May 5, 200 protesters marched.",
        )
    )
    assert [(f.text, f.value) for f in figures if f.kind != "date"] == [
        ("more than 20, 000 scientists", 20000.0),
        ("About 1,050 troops", 1050.0),
        ("$200, 000", 200000.0),
        ("200 protesters marched", 200.0),  # a crowd's verb (figures.befell)
    ]


def test_duplicates_are_dropped_and_bare_numbers_ignored() -> None:
    figures = find_figures(
        sentences("It cost 40 dollars.", "It cost 40 dollars.", "Phase 3 began.")
    )
    assert [f.text for f in figures] == ["40 dollars"]


def test_timeline_orders_dated_figures() -> None:
    sents = sentences("Crimea was annexed in 2014.", "Drills run on February 10-20, 2022.")
    events = timeline(find_figures(sents), sents)
    assert [(e.date, e.label) for e in events] == [
        ("2014", "2014"),
        ("2022-02-10", "February 10-20, 2022"),
    ]
    assert events[1].text == sents[1].text and events[1].sentence.index == 2


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "baltic-drills.txt",
            {
                "an estimated 12,000 troops",
                "up to 8 F-16 fighter jets",
                "March 10-24",
                "$2.5 billion",
                "3.4% of its gross domestic product",
            },
        ),
        (
            "grain-corridor.txt",
            {
                "at least 11 cargo ships",
                "about 420,000 tonnes of grain",
                "more than $20 billion",
                "July 2022",
            },
        ),
        (
            "sahel-ceasefire.txt",
            {"40,000-strong army", "7-11 April", "$310 million", "€40 million", "63 detainees"},
        ),
        (
            "strait-standoff.txt",
            {
                "45 Chinese military aircraft crossed",
                "May 20-23",
                "$1.1 billion",
                "1995-96",
                "14 warships",
            },
        ),
    ],
)
def test_sample_figures(name: str, expected: set[str]) -> None:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"{name} not written yet")
    texts = {f.text for f in find_figures(sentences_of(path))}
    assert expected <= texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike hit at 06:00 local time.", []),
        ("Ahead of the 9/11 anniversary, guards were doubled.", []),
        ("There are 1.2 million displaced people.", [("1.2 million displaced people", 1.2e6)]),
        ("They moved 64km along a 300-mile line.", [("64km", 64.0), ("300-mile line", 300.0)]),
        ("In 2/3 of cases 10 killed.", [("10 killed", 10.0)]),  # a casualty count, no fraction
    ],
)
def test_times_fractions_adjectives_and_glued_units(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(f.text, f.value) for f in find_figures(sentences(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven leading industrialised nations met.", ["Seven leading industrialised nations"]),
        ("The two countries and their three allies met 40 envoys.", ["40 envoys"]),
        ("It visited three major breeding areas for food.", ["three major breeding areas"]),
        ("A 10,190-mile round trip ended.", ["10,190-mile round trip"]),
        ("About six out of 20 women work in such jobs.", ["About six out of 20 women"]),
        ("Staff take six weeks paid leave - and six unpaid.", ["six weeks"]),
        ("The army will send 400 more troops north.", ["400 more troops"]),
        ("It ran 27 cloned news sites.", ["27 cloned news sites"]),
        ("He found 1,340 of his 2,000 signatures forged.", ["1,340 of his 2,000 signatures"]),
        ("One of her 12 guards was hurt.", ["12 guards"]),
        ("Turnout was 900 more than in May, and 20 more died.", []),
        ("Three more miners died, bringing the toll to 11.", ["bringing the toll to 11"]),
        ("The two sides met again.", []),
        ("The Six Nations starts and the Fortune 500 list grows.", []),
        (
            "Some 100\u202f000 troops and 12 300 refugees moved.",
            ["Some 100\u202f000 troops", "12 300 refugees"],
        ),
    ],
)
def test_counted_phrase_ends_on_its_plural_noun(text: str, expected: list[str]) -> None:
    assert [f.text for f in find_figures(sentences(text))] == expected


def test_space_grouped_thousands_have_their_value() -> None:
    (figure,) = find_figures(sentences("Около 100 000 военнослужащих."))
    assert figure.value == 100000.0 and figure.text.startswith("100 000")


def test_invariant_plural_may_modify_a_plural_head() -> None:
    texts = [
        f.text for f in find_figures(sentences("Two aircraft carriers and 40 police officers."))
    ]
    assert texts == ["Two aircraft carriers", "40 police officers"]


def test_a_sentence_gives_one_timeline_row_its_most_precise_date() -> None:
    sents = sentences("In 2021, after talks in March 2021, the pact was signed on 3 May 2021.")
    events = timeline(find_figures(sents), sents)
    assert [(e.date, e.label) for e in events] == [("2021-05-03", "3 May 2021")]


@pytest.mark.parametrize(
    "text",
    [
        "Observers have been in the region since 2019.",
        "Nobody wants another winter like 2021.",
        "The mission will stay until March 2030.",
        "Profits for the year to 31 December 2025 rose by a fifth.",
        "Sign-ups doubled in the three months up to 30 September 2025.",
        # r42 L3: a reporting period's end is no event
        "Net profit for the fourth quarter ended April 30, 2026 rose 31%.",
        "The bank earned $1.87 billion in the three months ended Oct. 31, 2025.",
        "The bank's Tier 1 capital ratio stood at 18.2% at 31 March 2026.",
        "The envoys held talks over the course of 2025.",
        "The force must be ready by the end of 2027.",
        "A meeting would be more appropriate on 1 April, the envoy said.",
        "If the vote goes ahead on 12 June, the coalition could split.",
        "The minister said policy had changed since the war in the north in 2019.",
        "The finalists for 2025 include two first novels.",
        "It was one of the best-selling books of 2024 so far.",
    ],
)
def test_spans_deadlines_and_hypotheticals_are_not_timeline_events(text: str) -> None:
    sents = sentences(text)
    figures = find_figures(sents)
    assert any(f.kind == "date" for f in figures)  # still found as a date...
    assert timeline(figures, sents) == ()  # ...but not an event


def test_a_time_of_day_is_no_year() -> None:
    sents = sentences("The ceremony will be shown at 2010 GMT, and the vote closes at 1800 hrs.")
    assert [f for f in find_figures(sents) if f.kind == "date"] == []


def test_until_dates_an_event_only_when_one_ends_the_state_then() -> None:
    """ "Until" bounds a state or a deadline: no row. "Until 1995, when he resigned"
    dates the resignation; a date the sentence gives an event at still comes first."""
    sents = sentences(
        "The scheme is funded until 2028.",
        "She sat in the assembly until 2019, when she resigned to run the agency.",
        "The truce held until 9 May, when the shelling resumed on 11 May.",
    )
    assert [e.label for e in timeline(find_figures(sents), sents)] == ["2019", "11 May"]


def test_a_scheduled_or_past_event_keeps_its_date() -> None:
    sents = sentences(
        "The envoys will meet in Vienna on 4 May.", "Rebels took the town on 9 May, it said."
    )
    assert [e.label for e in timeline(find_figures(sents), sents)] == ["4 May", "9 May"]


def test_key_figures_put_counts_before_durations_and_leave_dates_to_the_timeline() -> None:
    sents = sentences(
        "On 2 March 2024, after three weeks of drills, the navy sent 8 F-16s, "
        "1,500 US soldiers and $40 million in aid, a convoy 64km long."
    )
    figures = find_figures(sents)
    assert "2 March 2024" in [f.text for f in figures]  # found, for the timeline
    ranked = key_figures(figures, lambda figure: 1.0)
    assert [f.text for f in ranked] == [
        "8 F-16s",
        "1,500 US soldiers",
        "$40 million",
        "64km",
        "three weeks",
    ]
    ranked = key_figures(figures, lambda figure: -len(figure.text))
    # within a rank the more important first; a bare distance ("64km") ranks below the
    # counts however important its sentence (r41 L4)
    assert [f.text for f in ranked][:4] == ["8 F-16s", "$40 million", "1,500 US soldiers", "64km"]


def test_a_number_another_source_gave_comes_after_the_other_figures() -> None:
    """Ten reports of one siege each count "about 80" dead: one fact, shown once before
    the rest; one article's two 40,000s stay where they are."""
    found = [
        Sentence("About 80 followers died in the fire, and 40 FBI agents were hurt.", 1, 1, 0),
        Sentence("Some 80 Davidians died, and 56 lawyers sued.", 2, 1, 0),
        Sentence("At least 40,000 people fled the 40,000-strong army.", 3, 1, 0),
    ]
    ranked = key_figures(find_figures(found), lambda figure: 1.0)
    assert [f.text for f in ranked] == [
        "About 80 followers died",
        "40 FBI agents were hurt",
        "At least 40,000 people fled",  # driven out: what befell them, before other counts
        "56 lawyers",
        "40,000-strong army",
        "Some 80 Davidians died",
    ]


def test_a_small_count_of_the_same_thing_in_another_source_comes_after() -> None:
    """ "three Filipino sailors" and "Three sailors" in two reports of one ramming are one
    fact; "12 soldiers" and "12 homes burned" are two."""
    found = [
        Sentence("The ship carried three Filipino sailors and 12 soldiers.", 1, 1, 0),
        Sentence("Three sailors were aboard and 12 homes burned.", 2, 1, 0),
    ]
    ranked = key_figures(find_figures(found), lambda figure: 1.0)
    assert [f.text for f in ranked][-1] == "Three sailors"
    assert {"12 soldiers", "12 homes burned"} <= {f.text for f in ranked[:-1]}


def test_one_toll_in_other_words_is_one_fact_and_a_toll_of_others_another() -> None:
    """r45 M1: one protest's toll of three was listed three times ("three people dead",
    "Three people ... were killed", "three deaths"): a toll is one fact by its number, its
    casualties and whom it counts, whatever word says they died; a report that tells its
    toll again further down tells it once. "four soldiers" are others."""
    found = [
        Sentence("Clashes in Bangui left four people dead on Monday.", 1, 1, 0),
        Sentence("Four people were killed when police fired on marchers in Bangui.", 2, 1, 0),
        Sentence("Hospital sources gave a toll of four deaths.", 3, 1, 0),
        Sentence("The toll from two days of clashes rose to four.", 3, 2, 0),
        Sentence("Gunmen killed four soldiers near Bouar.", 4, 1, 0),
        Sentence("A squall capsized a pirogue off Goree, killing two fishermen.", 5, 1, 0),
        Sentence("Two fishermen were killed and 30 boats were lost.", 5, 2, 0),
    ]
    ranked = [f.text for f in key_figures(find_figures(found), lambda figure: 1.0)]
    # the toll told as a running total is the one shown (r55: a story's updated toll
    # leads its tolls); the other copies of it go last
    assert ranked == [
        "toll from two days of clashes rose to four",
        "killed four soldiers",
        "killing two fishermen",
        "30 boats",
        "four people dead",
        "Four people were killed",
        "four deaths",
        "Two fishermen were killed",
    ]


def test_a_reports_toll_of_people_and_of_one_group_of_them_is_one_fact() -> None:
    """A report that counts its dead as "nine demonstrators" and as "nine people" tells
    one toll twice: the copy after the first in the key figures' order goes last, as a
    toll told again does (the running total is the one shown: see _toll_size)."""
    found = [
        Sentence("Unions struck over the killing of nine demonstrators in Velka.", 1, 1, 0),
        Sentence("Police fired on 300 marchers, witnesses said.", 1, 2, 0),
        Sentence("The death toll from the clashes in Velka has risen to nine people.", 1, 3, 0),
    ]
    ranked = [f.text for f in key_figures(find_figures(found), lambda figure: 1.0)]
    assert ranked[0] == "death toll from the clashes in Velka has risen to nine people"
    assert ranked[-1] == "killing of nine demonstrators"


def test_a_toll_of_people_beside_two_groups_so_counted_is_no_repeat_of_either() -> None:
    """ "Four soldiers" and "four civilians": which four the "four people" are the report
    does not say, and neither group is told again."""
    found = [
        Sentence("Four soldiers were killed in the ambush near Kodo.", 1, 1, 0),
        Sentence("Four civilians were killed in a separate raid on Mbali.", 1, 2, 0),
        Sentence("Hospital staff said four people had died overnight.", 1, 3, 0),
    ]
    figures = key_figures(find_figures(found), lambda figure: 1.0)
    assert repeated(figures) == frozenset()


def test_two_reports_tolls_of_people_and_of_a_group_stay_two_facts() -> None:
    """Two reports' "four people" and "four civilians" may be two stories' tolls that
    happen to count alike (a mudflow in one, a raid in another): the key figures do not
    know which reports tell one story, so each keeps its place."""
    found = [
        Sentence("Four people were killed when a mudflow hit villages in Leilek.", 1, 1, 0),
        Sentence("Four civilians were killed when gunmen raided a market in Tera.", 2, 1, 0),
    ]
    figures = key_figures(find_figures(found), lambda figure: 1.0)
    assert repeated(figures) == frozenset()


def test_a_nationality_is_a_group_of_the_people_a_report_counts() -> None:
    found = [
        Sentence("Shelling hit Mandera, injuring at least seven Kenyans.", 1, 1, 0),
        Sentence("The commissioner said the seven injured were in hospital.", 1, 2, 0),
    ]
    ranked = [f.text for f in key_figures(find_figures(found), lambda figure: 1.0)]
    assert ranked == ["injuring at least seven Kenyans", "seven injured"]
    assert repeated(key_figures(find_figures(found), lambda figure: 1.0)) == {1}


def test_a_brief_with_only_dates_and_years_has_no_key_figures() -> None:
    sents = sentences(
        "The treaty, signed in 1994, lapsed on 3 June 2019.",
        "Talks resumed in March and again in 2023.",
    )
    figures = find_figures(sents)
    assert {f.kind for f in figures} == {"date"}
    assert key_figures(figures, lambda figure: 1.0) == ()


def test_every_key_figure_keeps_its_sentence() -> None:
    sents = sentences("Nothing here.", "Floods displaced 4,000 families.", "It cost £2m.")
    ranked = key_figures(find_figures(sents), lambda figure: 1.0)
    assert [(f.text, f.sentence.ref) for f in ranked] == [
        ("4,000 families", "[1:2]"),
        ("£2m", "[1:3]"),
    ]


def test_a_qualifier_joins_its_number_but_not_from_inside_a_word() -> None:
    sents = sentences("Up to 40 jets will cover 13 cities, over 2,000 people watched.")
    assert [f.text for f in find_figures(sents)] == [
        "Up to 40 jets",
        "13 cities",
        "over 2,000 people",
    ]


def test_a_repeated_date_is_cited_where_it_dates_an_event() -> None:
    sents = sentences("Prices have doubled since 2022.", "The border closed in 2022.")
    figures = find_figures(sents)
    assert [(f.text, f.sentence.index) for f in figures] == [("2022", 2)]
    assert [e.sentence.index for e in timeline(figures, sents)] == [2]


def test_times_are_durations_fractions_are_no_counts_and_currencies_are_money() -> None:
    sents = sentences(
        "She won in four minutes 2.5 seconds, two thirds of the field behind her.",
        "The budget is 59.2 trillion rupiah, up from 41 trillion rupiah.",
    )
    found = {f.text: (f.kind, f.unit) for f in find_figures(sents)}
    assert found["four minutes 2.5 seconds"] == ("measure", "seconds")
    assert "two thirds" not in found
    assert found["59.2 trillion rupiah"] == ("money", "IDR")


def test_a_race_is_one_time_and_a_distance_event_is_no_count() -> None:
    """ "14 minutes 32.93 seconds" is one time; "60m hurdles" names an event, while "60m
    people" counts millions. A date in a "since" clause of its own is no row: it was an
    event's ("since the browser was released in November 2024"), but the row shows the
    whole sentence under it, and its news (sales grew since) did not happen then; r43's
    "Since the Houthis resumed attacks in October 2026, 17 merchant ships have been
    attacked" had dated the 17 attacks October."""
    sents = sentences(
        "She won the 60m hurdles in one minute, 47.97 seconds, ahead of 60m people watching.",
        "Sales have grown since the browser was released in November 2024.",
    )
    found = {f.text: (f.kind, f.value) for f in find_figures(sents)}
    assert found["one minute, 47.97 seconds"] == ("measure", pytest.approx(107.97))
    assert "60m hurdles" not in found and found["60m people"] == ("count", 60e6)
    assert [e.label for e in timeline(find_figures(sents), sents)] == []


# Qualifiers, ranges and vague quantities (issue 10 point 3); invented sentences.


def figures_of(text: str) -> dict[str, float | None]:
    return {f.text: f.value for f in find_figures(sentences(text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated qualifier is kept whole: "less than" alone would reverse the meaning
        ("The council will spend no less than £40 billion on roads.", "no less than £40 billion"),
        ("The club signed no more than 12 players.", "no more than 12 players"),
        ("The plan needs not more than 30% of the land.", "not more than 30% of the land"),
        ("The mill hired at least 40 weavers.", "at least 40 weavers"),
        # a qualifier after a negation it does not include is left out, not cut
        ("The airline is not up to 30 jets short.", "30 jets"),
        ("The party has not won more than 42 seats there.", "42 seats"),
        ("They didn't get more than 30 seats.", "30 seats"),
        # a bound is a qualifier too
        ("He was polling below 1 percent in March.", "below 1 percent"),
    ],
)
def test_a_qualifier_is_kept_whole_or_not_at_all(text: str, expected: str) -> None:
    assert expected in figures_of(text)


@pytest.mark.parametrize(
    ("text", "expected", "value"),
    [
        ("A detachment of 150-180 marines sailed north.", "150-180 marines", 150.0),
        (
            "Between 400 and 500 firefighters tackled the blaze.",
            "Between 400 and 500 firefighters",
            400.0,
        ),
        ("Yields rose by 12-15% in the valley.", "Yields rose by 12-15%", 12.0),
        ("Tickets cost 30-45 euros each.", "30-45 euros", 30.0),
        ("The bid was worth $4-6bn to the bank.", "$4-6bn", 4e9),
        ("Rents rose between 3% and 4% last year.", "Rents rose between 3% and 4%", 3.0),
        ("The deal is worth between £2m and £3m.", "between £2m and £3m", 2e6),
    ],
)
def test_a_range_is_one_figure_valued_at_its_lower_bound(
    text: str, expected: str, value: float
) -> None:
    found = figures_of(text)
    assert found.get(expected) == value
    assert len(found) == 1  # no bound found again on its own


def test_a_score_is_no_range() -> None:
    assert figures_of("The hosts were 5-3 winners at the weekend.") == {}


@pytest.mark.parametrize(
    ("text", "expected", "value"),
    [
        ("Several hundred fishermen blocked the port.", "Several hundred fishermen", 300.0),
        # (stranded: what befell them, which the count keeps)
        ("A few thousand tourists were stranded.", "A few thousand tourists were stranded", 2000.0),
        ("Two hundred nurses joined the strike.", "Two hundred nurses", 200.0),
        ("A hundred volunteers cleared the beach.", "A hundred volunteers", 100.0),
    ],
)
def test_a_vague_quantity_keeps_its_word_and_its_least_value(
    text: str, expected: str, value: float
) -> None:
    assert figures_of(text) == {expected: value}


def test_counts_of_what_an_analyst_counts_lead_small_counts_and_durations() -> None:
    sents = sentences(
        "The talks lasted three months.",
        "Two firms bid for the contract.",
        "The navy sent 14 frigates and £2bn of supplies.",
    )
    figures = find_figures(sents)
    order = [f.text for f in key_figures(figures, lambda f: 0.0)]
    assert order == ["14 frigates", "£2bn", "Two firms", "three months"]


def test_value_tables_are_checked_for_their_kind() -> None:
    from brief.errors import ConfigError
    from brief.extract.lexicon import word_codes, word_values

    assert word_values("number_words")["dozen"] == 12.0
    assert word_codes("currency_words")["euros"] == "EUR"
    with pytest.raises(ConfigError):
        word_values("currency_words")
    with pytest.raises(ConfigError):
        word_codes("no_such_table")
    with pytest.raises(ConfigError, match="is not one of"):
        word_codes("currency_words", allowed=("min", "max"))


def test_a_value_says_how_it_reads_against_its_text() -> None:
    """A qualifier, a vague count or a range makes the value a bound or an estimate, so a
    machine reading the JSON never takes "hundreds" for exactly 200."""
    sents = sentences(
        "At least 74 people died and up to 10 jets flew over some 300 villages.",
        "Hundreds of sailors and between 25 and 40 soldiers joined 5,000 marchers.",
        "Police did not arrest more than 12 people.",
        "The deal could be worth as much as $6bn, each share just under $40.",
        "Profits fell from £1.2bn to £900m, and tickets cost from £20 to £80.",
        "The plan costs £960m over 15 years.",
    )
    bounds = {f.text: f.bound for f in find_figures(sents)}
    assert bounds == {
        "At least 74 people died": "min",
        "up to 10 jets": "max",
        "some 300 villages": "approx",
        "Hundreds of sailors": "min",
        "between 25 and 40 soldiers": "min",
        "5,000 marchers": None,
        "12 people": None,  # the bound is the negation's: the figure is the number alone
        "as much as $6bn": "max",
        "just under $40": "max",
        "from £1.2bn to £900m": "max",  # a fall: its value, where it started, is the most
        "from £20 to £80": "min",
        "over 15 years": None,  # "during" as well as "more than"
        "£960m": None,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After a six week pause, the talks resumed.", "six week pause"),
        ("The port signed a 20 year lease.", "20 year lease"),
        ("The strike lasted six weeks.", "six weeks"),
    ],
)
def test_a_singular_time_unit_keeps_the_noun_it_modifies(text: str, expected: str) -> None:
    assert list(figures_of(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected", "value"),
    [
        ("Thousands of sailors joined the protest.", "Thousands of sailors", 2000.0),
        (
            "Tens of thousands of farmers fled the drought.",
            "Tens of thousands of farmers fled",
            2e4,
        ),
        ("Dozens of ferries were cancelled.", "Dozens of ferries were cancelled", 24.0),
    ],
)
def test_a_plural_scale_counts_what_follows_of(text: str, expected: str, value: float) -> None:
    assert figures_of(text) == {expected: value}


def test_vague_counts_rank_after_exact_ones() -> None:
    sents = sentences("Thousands of sailors and 40 tugs massed at the port.")
    order = [f.text for f in key_figures(find_figures(sents), lambda f: 0.0)]
    assert order == ["40 tugs", "Thousands of sailors"]


def test_a_vague_sum_of_money_is_money() -> None:
    """(Dollars are many countries': the word alone gives no currency.)"""
    (figure,) = find_figures(sentences("Billions of euros left the region."))
    assert (figure.text, figure.kind, figure.unit, figure.value) == (
        "Billions of euros",
        "money",
        "EUR",
        2e9,
    )
    (figure,) = find_figures(sentences("Billions of dollars left the region."))
    assert (figure.kind, figure.unit) == ("money", None)


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The bread costs 1,480 pesos.", "1,480 pesos", None),
        ("A litre rose to KSh129.5.", "KSh129.5", "KES"),
        ("He paid Rs 500 to the agent.", "Rs 500", None),
        ("Fees rose to 372 riyals.", "372 riyals", None),
    ],
)
def test_a_currency_word_many_countries_share_is_money_of_no_one_currency(
    text: str, figure: str, unit: str | None
) -> None:
    """ "1,480 pesos" had been a count of pesos, "KSh129.5" no figure, and "rupees" and
    "dollars" India's and the United States' wherever they were written (a reviewer's)."""
    (found,) = find_figures(sentences(text))
    assert (found.text, found.kind, found.unit) == (figure, "money", unit)


def test_a_death_toll_is_a_figure_though_its_noun_comes_first() -> None:
    from brief.extract.figures import find_figures
    from tests.extract_helpers import sentences

    found = find_figures(sentences("The cold has raised the death toll in Lodz to at least 41."))
    assert [(f.text, f.value) for f in found] == [("death toll in Lodz to at least 41", 41.0)]
    assert find_figures(sentences("A toll of 5 was charged on the bridge.")) == ()


def test_a_unit_written_as_a_name_is_a_title_not_a_measure() -> None:
    """ "the TV show 60 Minutes", "the film 28 Days": a capitalised unit names a work."""
    found = figures_of("She spoke to the TV show 60 Minutes after a 40 minutes wait.")
    assert "60 Minutes" not in found and "40 minutes" in found


@pytest.mark.parametrize(
    ("text", "expected", "value"),
    [
        ("Police saw more than a dozen boats.", "more than a dozen boats", 12),
        ("It is one of about half a dozen agencies there.", "about half a dozen agencies", 6),
        ("He needed several dozen stitches.", "several dozen stitches", 36),
        ("Two dozen soldiers were hurt.", "Two dozen soldiers were hurt", 24),  # casualties
        ("They sent a hundred troops.", "a hundred troops", 100),
    ],
)
def test_a_dozen_keeps_its_article_fraction_and_qualifier(
    text: str, expected: str, value: float
) -> None:
    assert figures_of(text) == {expected: value}


def test_one_of_anything_is_no_key_figure() -> None:
    assert figures_of('"One day you will tell them," he said. It lasted one week.') == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lamp sells for from £30 to £2,400 a piece.", "from £30 to £2,400"),
        ("A repair could take two to three weeks.", "two to three weeks"),
        ("Crews saw nine to eleven houses burn.", "nine to eleven houses"),
        ("The pipe may lie 400 or 600 metres down.", "400 or 600 metres"),
        ("The storm lasts between four and 16 hours.", "between four and 16 hours"),
        ("Some 20 to 30 riders fell.", "Some 20 to 30 riders"),
        ("Fares rose by between 15 to 25 percent.", "Fares rose by between 15 to 25 percent"),
    ],
)
def test_a_range_written_with_words_is_one_figure_as_written(text: str, expected: str) -> None:
    assert [f.text for f in find_figures(sentences(text))] == [expected]


def test_a_change_or_a_conversion_is_no_range() -> None:
    figures = find_figures(sentences("Shares fell $1.20 to $30.50, or £2.3bn or $3bn."))
    assert [f.text for f in figures] == ["$1.20", "$30.50", "£2.3bn", "$3bn"]
    assert [f.text for f in find_figures(sentences("The team won 5 to 4 votes."))] == ["4 votes"]


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        ("Guards held six Soviet Union sailors on Monday.", "six Soviet Union sailors", "count"),
        ("Donors gave about 90 million U.S. dollars.", "about 90 million U.S. dollars", "money"),
        ("The farm covers 312 square miles.", "312 square miles", "measure"),
        ("Four in ten U.K. voters stayed home.", "Four in ten U.K. voters", "percent"),
    ],
)
def test_a_unit_or_a_counted_noun_runs_past_a_place_or_an_abbreviation(
    text: str, expected: str, kind: str
) -> None:
    figures = find_figures(sentences(text))
    assert [(f.text, f.kind) for f in figures] == [(expected, kind)]
    if kind == "percent":
        assert figures[0].value == 40.0


@pytest.mark.parametrize(
    "text",
    [
        "The buoy lay at 31 degrees, 12.5 minutes south, the navy said.",
        "Her 14 year old son and the 40 years old driver were unhurt.",
        "World No 3 Ferrant lost, and No 10 officials said nothing.",
        "Readers voted on the 12 Friendliest Towns to Visit.",
        "Sales grew after the launch of Vista 7 last year.",
    ],
)
def test_coordinates_ages_ranks_and_titles_count_nothing(text: str) -> None:
    assert [f.text for f in find_figures(sentences(text))] == []


def test_a_capitalised_time_word_may_be_a_name() -> None:
    figures = find_figures(sentences("It shut 12 Next stores."))
    assert [f.text for f in figures] == ["12 Next stores"]


def test_a_pronoun_ends_what_a_number_counts_and_a_names_number_is_no_share() -> None:
    """ "Six in 10 say he’s ..." counts no "say he’s"; "Uranium One in three
    transactions" holds a name's "One", not a share of one in three."""
    texts = [
        f.text
        for f in find_figures(
            sentences(
                "Six in 10 say he’s not honest, and one in five say it's too late.",
                "The firm took control of Uranium One in three separate transactions.",
            )
        )
    ]
    assert texts == ["three separate transactions"]


def test_a_plural_that_modifies_nouns_is_not_the_head_of_the_count() -> None:
    """ "30,000 sports utility vehicles" counts vehicles; "1,300 bosses suggests" still
    ends on its plural (a subject and its verb)."""
    texts = [
        f.text
        for f in find_figures(
            sentences(
                "GM recalled 30,000 sports utility vehicles on Monday.",
                "A survey of 1,300 bosses suggests that pay will rise.",
            )
        )
    ]
    assert texts == ["30,000 sports utility vehicles", "1,300 bosses"]


def test_a_one_word_name_after_a_count_in_digits_modifies_the_plural_after_it() -> None:
    """ "over 2m Windows users" counts users (it had read "over 2m Windows"): were the name
    the plural counted, "users" would be its verb. A name's 's after a count opens a new
    phrase: "the 30,000 Clinton's lawyers returned" counts the emails it leaves out, and
    an initialism's 's may be a plural ("33 KO's")."""
    assert figures_of("Microsoft said over 2m Windows users had downloaded the fix.") == {
        "over 2m Windows users": 2_000_000
    }
    assert figures_of("The emails were not among the 30,000 Clinton's lawyers returned.") == {}
    assert figures_of("He has 36 wins, with 33 KO's in his career so far.") == {
        "36 wins": 36,
        "33 KO's": 33,
    }


def test_a_conversion_in_brackets_is_the_same_figure() -> None:
    """ "75 kilometers (50 miles)" is one distance: Key figures listed it twice."""
    found = find_figures(
        sentences(
            "The quake struck 75 kilometers (50 miles) off the coast on Tuesday.",
            "The firm paid $5 million (£3.2 million) for the site.",
            "Sales rose by 3 percent (and profits by 5 percent).",
            "The company lost $9m (€2m of it in Europe).",
        )
    )
    texts = [f.text for f in found]
    assert "75 kilometers" in texts and "50 miles" not in texts
    assert "$5 million" in texts and "£3.2 million" not in texts
    assert "Sales rose by 3 percent" in texts and "5 percent" in texts
    assert "$9m" in texts and "€2m" in texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The limit was cut to 55 miles per hour.", ["55 miles per hour"]),
        ("The company offered $10 a share for its rival.", ["$10 a share"]),
        ("He earns £100,000-a-week at the club.", ["£100,000-a-week"]),
        ("Oil rose to $47 a barrel.", ["$47 a barrel"]),
        ("They paid $2m a year ago.", ["$2m"]),
        ("He paid $5m a second time for the rights.", ["$5m"]),
        ("The firm paid $2m a year and a half ago.", ["$2m"]),
        ("It had raised $1m a week ahead of the vote.", ["$1m"]),
        ("The town lies 60 miles an hour's drive away.", ["60 miles"]),
        ("The fee is £100 per person per night.", ["£100 per person per night"]),
        (
            "Wheat climbed 3% to $6.10 a bushel after the frost.",
            ["Wheat climbed 3%", "$6.10 a bushel"],
        ),
        ("The cap fell to $52.25 a barrel from $55.", ["$52.25 a barrel", "$55"]),
        ("Gas was quoted at $9.80 per mmBtu.", ["$9.80 per mmBtu"]),
        (
            "The spot price rose to $11.40 per million British thermal units.",
            ["$11.40 per million British thermal units"],
        ),
        ("He sold $3m a share of the firm.", ["$3m"]),
    ],
)
def test_a_sum_or_measure_keeps_what_it_is_per(text: str, expected: list[str]) -> None:
    """A rate read without its "per" is a distance or a one-off sum."""
    assert [f.text for f in find_figures(sentences(text))] == expected


def test_key_figures_give_a_profiles_kinds_of_figure_before_other_counts() -> None:
    """A markets brief's news is told in prices and money: its key figures give them
    before a head-count, while the dead still lead and a profile without figure kinds
    keeps the order it had."""
    sents = sentences(
        "About 1,800 dockers walked out at the Varnia terminal, where one guard was killed.",
        "Nickel rose 2.4% to $17,200 a tonne, and the miner posted a profit of $640 million.",
    )
    figures = find_figures(sents)
    plain = [f.text for f in key_figures(figures, lambda figure: 1.0)]
    assert plain.index("About 1,800 dockers") < plain.index("$17,200 a tonne")
    markets = [f.text for f in key_figures(figures, lambda figure: 1.0, preferred=("money",))]
    assert markets[0] == "one guard was killed"
    assert markets.index("$17,200 a tonne") < markets.index("About 1,800 dockers")
    assert markets.index("$640 million") < markets.index("About 1,800 dockers")


def test_a_toll_is_the_first_number_after_its_noun_and_no_part_of_something() -> None:
    """ "rose to six people, three of them homeless": three counts some of the six; "the
    death toll of one of the worst storms": one counts a storm. Neither is the toll."""
    found = find_figures(
        sentences(
            "In Varnia, the death toll from the cold snap rose to six people, three of them men.",
            "The death toll of one of the worst storms rose to 40.",
        )
    )
    assert all(f.unit != "dead" or f.value not in {1.0, 3.0} for f in found)
    toll = "death toll from the cold snap rose to six people"
    assert (toll, 6.0, "dead") in [(f.text, f.value, f.unit) for f in found]


def test_a_sign_written_as_a_word_belongs_to_the_figure() -> None:
    """A frost of minus 20 degrees is no 20 degrees; a margin of "plus or minus" is no
    sign."""
    assert figures_of("Temperatures in Varnia fell as low as minus 20 degrees Celsius.") == {
        "minus 20 degrees": -20.0
    }
    assert figures_of("The poll's margin of error is plus or minus 3.5 percentage points.") == {
        "3.5 percentage points": 3.5
    }


def test_a_share_names_what_it_is_a_share_of() -> None:
    """ "52.4 percent" alone in the key figures is a share of nothing: what follows its
    "of" belongs to it, whole ("36% of UK camera phone [users]" would misname it) or not
    at all, and no pronoun or number is what it is a share of. Its holder's verb keeps
    its holder too (r67 F9)."""
    assert figures_of("Lee led with 52.4 percent of the vote on Sunday.") == {
        "Lee led with 52.4 percent of the vote": 52.4
    }
    assert figures_of("Varnia sold about 70% of the company's total capital.") == {
        "about 70% of the company's total capital": 70.0
    }
    assert figures_of("About 40% of them said no.") == {"About 40%": 40.0}
    assert figures_of("Some 36% of UK camera phone users pay.") == {"Some 36%": 36.0}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # from the review of these rules: a toll's own modifiers may hold numbers
        (
            "The death toll in the two provinces rose to 40.",
            "death toll in the two provinces rose to 40",
        ),
        ("The death toll rose to 150 of the 239 people on board.", "death toll rose to 150"),
        # a rate after the conversion in brackets: a speed, a yearly sum
        (
            "Winds of 185 kilometers (115 miles) per hour hit the coast.",
            "185 kilometers (115 miles) per hour",
        ),
        ("Costs rose by $600m (£309m) a year.", "$600m (£309m) a year"),
        # not across another clause or a negation (review)
        (
            "The death toll was not given, and officials said it would pass 300 people.",
            "300 people",
        ),
        # an updated toll a long way from its noun (a user's brief had lost it)
        (
            "The death toll from flash floods in north-western Pakistan rose to 27 on Tuesday.",
            "death toll from flash floods in north-western Pakistan rose to 27",
        ),
        # an estimate after a negated verb is not the negation's
        ("They didn't know nearly 500 people had fled.", "nearly 500 people had fled"),
        # "under" before a number is as often a place as a bound
        ("The town lay under 3 metres of water.", "3 metres"),
    ],
)
def test_reviewed_figures_keep_their_words(text: str, expected: str) -> None:
    assert expected in figures_of(text)


def test_only_a_whole_phrase_names_a_share_and_only_minus_signs_one() -> None:
    assert figures_of("About 40% of Sanders' voters stayed home.") == {"About 40%": 40.0}
    assert figures_of("Some 82 percent of whom view him badly.") == {"Some 82 percent": 82.0}
    assert "hundreds of jobs" in figures_of("About 85 percent of the hundreds of jobs went.")
    assert figures_of("Everyone tested negative for 14 days.") == {
        "tested negative for 14 days": 14.0
    }
    assert figures_of("The margin is plus/minus 3 percentage points.") == {
        "3 percentage points": 3.0
    }


def test_negative_is_no_sign_and_a_share_phrase_stops_at_an_abbreviation() -> None:
    """ "negative" is as often a judgement as a sign; an abbreviation's dot ("Ga.") may end
    no share's phrase, so the share stays bare."""
    assert figures_of("The film drew negative 5 reviews on Friday.") == {"5 reviews": 5.0}
    assert figures_of("He won 40 percent of Ga. voters on Tuesday.") == {"40 percent": 40.0}


def test_a_scale_joined_by_a_hyphen_scales_its_number() -> None:
    """ "US $5.4-billion" is five billion and more, not $5.40; a hyphen before a number
    still makes a range ("$5-10 million"), and "a 10-k race" is no ten thousand."""
    sents = sentences(
        "The firm agreed to buy its rival for US $5.4-billion on Monday.",
        "A $2.5-million grant was paid, and the fund holds $5-10 million.",
    )
    values = {f.text: (f.value, f.bound) for f in find_figures(sents)}
    assert values["$5.4-billion"] == (5.4e9, None)
    assert values["$2.5-million"] == (2.5e6, None)
    assert values["$5-10 million"] == (5e6, "min")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It said one in every 500 users was exposed.", ("one in every 500 users", 0.2)),
        ("He completed 29 of 34 passes.", ("29 of 34 passes", 100 * 29 / 34)),
        ("She was one of 10 children.", ("10 children", None)),
        ("They sent ten of thousands of emails.", ("thousands of emails", None)),
    ],
)
def test_a_part_of_a_whole_is_a_share(text: str, expected: tuple[str, float | None]) -> None:
    """ "One in every 500" and "29 of 34" are shares; "one of 10 children" is one member
    of the ten, and "thousands" (a typo's "ten of thousands") is no whole."""
    (figure,) = find_figures(sentences(text))
    shown, share = expected
    assert figure.text == shown
    assert (figure.kind == "percent") == (share is not None)
    if share is not None:
        assert figure.value == pytest.approx(share)


@pytest.mark.parametrize(
    "text",
    [
        "Game 4 of 7 games was played on Monday.",
        "She was number 7 of 20 candidates.",
        "The index ranked it No. 159 out of 174 countries.",
    ],
)
def test_a_place_in_a_series_is_no_share(text: str) -> None:
    (figure,) = find_figures(sentences(text))
    assert figure.kind == "count"


@pytest.mark.parametrize(
    "text",
    [
        "Week 3 of 17 begins on Sunday with six games.",
        "Hide Caption 27 of 43 Photos",
        "In Week 3 of 17 games, Brady threw four touchdowns.",
    ],
)
def test_a_labelled_place_in_a_series_is_no_share(text: str) -> None:
    """A number after a capitalised label is the label's, and "of" then says where in the
    series it is: CNN's galleries gave a key figure of 62.8% for "27 of 43 Photos"."""
    assert all(f.kind != "percent" for f in find_figures(sentences(text)))
    for text, shown in (
        ("Almost 29 of 34 states voted yes.", "Almost 29 of 34 states"),
        ("In Texas 29 of 34 counties reported losses.", "29 of 34 counties"),
        ("Across Europe 9 of 10 farms are small.", "9 of 10 farms"),
    ):
        (share,) = find_figures(sentences(text))
        assert (share.text, share.kind) == (shown, "percent")


def test_two_shares_of_different_things_are_two_facts() -> None:
    """80% of avocados in one report and 80% of states in another are two facts, not one
    told twice (the second would sink to the end of the key figures); "51%" and "51
    percent" say one."""
    from brief.extract.figures.key_choice import _fact

    def fact(text: str) -> object:
        (figure,) = find_figures(sentences(text))
        return _fact(figure)

    assert fact("Eight of 10 avocados were ripe.") != fact("Four of five states voted yes.")
    assert fact("Turnout was 51% on Sunday.") == fact("Turnout was 51 percent on Sunday.")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Across Europe nine in 10 farms face losses.", "nine in 10 farms"),
        ("Nationwide 6 in 10 Americans approve of the deal.", "6 in 10 Americans"),
    ],
)
def test_a_share_after_a_capitalised_word_is_still_a_share(text: str, shown: str) -> None:
    (figure,) = find_figures(sentences(text))
    assert (figure.text, figure.kind) == (shown, "percent")


def test_a_share_after_another_noun_is_still_a_share() -> None:
    """Only the noun the whole counts makes a series ("Game 4 of 7 games"); "round" before
    "6 in 10 voters" does not."""
    (figure,) = find_figures(sentences("In the first round 6 in 10 voters backed him."))
    assert (figure.text, figure.kind) == ("6 in 10 voters", "percent")


@pytest.mark.parametrize(
    ("text", "figure", "unit", "value"),
    [
        ("Brazil froze R$31.3 billion in spending.", "R$31.3 billion", "BRL", 31.3e9),
        ("The fund holds NZ$3 million.", "NZ$3 million", "NZD", 3e6),
        ("A$15 million was spent.", "A$15 million", "AUD", 15e6),
        ("The state spent ₹4,380 crore on roads.", "₹4,380 crore", "INR", 4.38e10),
        ("Fuel rose to ₦1,250 per litre.", "₦1,250 per litre", "NGN", 1250.0),
        ("It will cost between R$5 and R$10 billion.", "between R$5 and R$10 billion", "BRL", 5e9),
    ],
)
def test_a_dollar_sign_with_a_countrys_letters_is_that_countrys_money(
    text: str, figure: str, unit: str, value: float
) -> None:
    """ "R$31.3 billion" had been shown as "$31.3 billion", in US dollars."""
    (found,) = find_figures(sentences(text))
    assert (found.text, found.unit, found.value) == (figure, unit, value)


@pytest.mark.parametrize(
    ("text", "figure", "unit", "value"),
    [
        ("The council approved N1.5bn for the road.", "N1.5bn", "NGN", 1.5e9),
        ("The firm lost R2.5 billion.", "R2.5 billion", "ZAR", 2.5e9),
        ("The county spent KSh 300 million on drugs.", "KSh 300 million", "KES", 3e8),
        ("The state will spend Rs 5 crore on ambulances.", "Rs 5 crore", None, 5e7),
        ("He was fined Rs 10,000 by the court.", "Rs 10,000", None, 1e4),
        ("Traders lost GH¢2 million in the fire.", "GH¢2 million", "GHS", 2e6),
        ("The fine was CHF 2 million.", "CHF 2 million", "CHF", 2e6),
        ("The project cost RM2.3bn (US$490m).", "RM2.3bn", "MYR", 2.3e9),
        # a reviewer's: no figure at all before
        ("Parliament approved G$4.2 billion for the army.", "G$4.2 billion", "GYD", 4.2e9),
        ("Ghana set aside GH₵ 750 million for the polls.", "GH₵ 750 million", "GHS", 7.5e8),
        ("The central bank sold Bs 48 billion of bonds.", "Bs 48 billion", "VES", 4.8e10),
        ("It proposed a dividend of 3.50 zł.", "3.50 zł", "PLN", 3.5),
        ("Moldova will pay 1.1 billion lei for gas.", "1.1 billion lei", None, 1.1e9),
        ("Armenia will spend 1.2 billion drams.", "1.2 billion drams", "AMD", 1.2e9),
        ("Astana allocated 450 billion tenge.", "450 billion tenge", "KZT", 4.5e11),
        ("The deal is worth $8.2 billion.", "$8.2 billion", None, 8_200_000_000),
    ],
)
def test_a_currencys_letters_before_an_amount_are_money(
    text: str, figure: str, unit: str | None, value: float
) -> None:
    """They had been no figure at all, in the outlets of Nigeria, South Africa, Kenya,
    India and Malaysia. Letters that stand for several currencies ("Rs": India's,
    Pakistan's, Sri Lanka's ...) give none."""
    (found,) = find_figures(sentences(text))
    assert (found.text, found.kind, found.unit, found.value) == (figure, "money", unit, value)


@pytest.mark.parametrize(
    "text",
    [
        "Nurses wore N95 masks.",
        "The P5 members met in New York.",
        "An SR 71 flew over the base.",
        "Delegates at COP28 pledged more.",
        "They finished in the TOP 10 again.",
        "Route R 500 was closed.",
    ],
)
def test_letters_before_a_small_or_spaced_number_are_a_name(text: str) -> None:
    assert not [f for f in find_figures(sentences(text)) if f.kind == "money"]


def test_a_scale_of_scales_is_one_scale() -> None:
    """ "₹6.2 lakh crore" had been "₹6.2 lakh", ten million times too small."""
    found = find_figures(
        sentences("The cabinet approved ₹6.2 lakh crore for defence.", "Some 300 thousand million")
    )
    assert [(f.text, f.value) for f in found][:1] == [("₹6.2 lakh crore", 6.2e12)]


def test_a_units_modifier_is_part_of_the_unit() -> None:
    """A nautical mile is no mile: "60 nautical miles" had the unit "miles"."""
    found = find_figures(
        sentences("The ship sailed 60 nautical miles on Monday.", "It holds 530 cubic meters.")
    )
    assert [f.unit for f in found] == ["nautical miles", "cubic m"]


def test_a_figure_its_clause_dates_in_an_earlier_year_comes_after_todays() -> None:
    """ "20 Indian soldiers" of a clash in June 2020 had led a 2027 brief's key figures, as
    its first casualty count (a reviewer's); a year set apart by a comma dates no figure
    but the clause it opens ("In 2025, exports reached $4bn")."""
    found = find_figures(
        sentences(
            "Tensions have run high since the clash in June 2020 that killed 20 Indian soldiers.",
            "The army moved 600 extra soldiers to the border on Tuesday.",
            "Exports reached $5bn, a level last seen in 2025.",
            "In 2025, exports reached $4bn.",
        ),
        {1: "2027-03-17"},
    )
    assert [(f.text, f.past) for f in found if f.kind != "date"][0] == (
        "killed 20 Indian soldiers",
        True,
    )
    # a toll of the past is left out of the key figures: under today's story it would
    # read as its dead; any other figure of the past comes after today's
    ranked = [(f.text, f.past) for f in key_figures(found, lambda figure: 1.0)]
    assert ranked == [("600 extra soldiers", False), ("$5bn", False), ("$4bn", True)]
    # a relative clause on the dated noun (a second reviewer's coup story)
    (raid,) = (
        f
        for f in find_figures(
            sentences(
                "It was the second attempt since a raid in November 2023, in which 21 people died."
            ),
            {1: "2026-03-10"},
        )
        if f.kind != "date"
    )
    assert (raid.text, raid.past) == ("21 people died", True)
    # the noun after its year, then its clause (a reviewer's old quake tolls)
    for text, toll in (
        (
            "Gyumri was destroyed by the 1988 Spitak earthquake, which killed about 25,000 people.",
            "killed about 25,000 people",
        ),
        (
            "Inspections tightened after the February 2023 earthquakes that killed more than"
            " 53,000 people.",
            "killed more than 53,000 people",
        ),
    ):
        (old,) = (f for f in find_figures(sentences(text), {1: "2026-03-10"}) if f.kind != "date")
        assert (old.text, old.past) == (toll, True)


def test_a_unit_has_one_name_so_one_distance_is_one_fact() -> None:
    """ "20 km" and another report's "less than 20 kilometres" had both led a reviewer's
    key figures: two units by name."""
    found = find_figures(
        [
            Sentence("Troops advanced 20 km on Monday.", 1, 1, 0),
            Sentence("The troops advanced less than 20 kilometres.", 2, 1, 0),
            Sentence("They brought 300 tanks.", 2, 2, 0),
        ]
    )
    assert [f.unit for f in found] == ["km", "km", "tanks"]
    ranked = [f.text for f in key_figures(found, lambda figure: 1.0)]
    # the copy last (and a bare distance after the count: r41 L4)
    assert ranked == ["300 tanks", "20 km", "less than 20 kilometres"]


def test_casualties_are_counted_and_come_first_however_small() -> None:
    """ "18 injured" had been no figure, and "Three dead" and "Five people (were killed)"
    small counts after every share:
    a crisis brief's first numbers are its casualties. "3 missing the target" is a verb's."""
    found = find_figures(
        sentences(
            "Five people were killed and 18 injured in the strike on Odesa.",
            "Three dead after a bus crash.",
            "Inflation rose 20% last year.",
            "The striker had 3 missing the target.",
        )
    )
    ranked = [f.text for f in key_figures(found, lambda figure: 1.0)]
    assert set(ranked[:3]) == {"Five people were killed", "18 injured", "Three dead"}
    assert "3 missing" not in ranked
    # not the whole a part was hurt from, nor things, nor a noun's modifier (review)
    for text, figure in (
        ("None of the 174 passengers were hurt.", "174 passengers"),
        ("Eight of the 12 miners were killed.", "Eight of the 12 miners were killed"),
        ("Some 500 firms were hurt by the decision.", "Some 500 firms"),
        ("Police filed five missing persons reports.", "five missing persons"),
    ):
        assert [f.text for f in find_figures(sentences(text))] == [figure]


def test_a_bare_dollar_with_a_us_conversion_is_not_a_us_dollar() -> None:
    """ "$600 million (US$430 million)" in a Canadian paper: the text says it is not US
    dollars, so no currency is given; "(up 5%)" is no conversion."""
    (found,) = find_figures(sentences("Ontario will spend $600 million (US$430 million) a year."))
    assert (found.text, found.unit) == ("$600 million (US$430 million) a year", None)
    texts = [f.text for f in find_figures(sentences("Output of 40,000 tonnes (up 5%) a year."))]
    assert texts == ["40,000 tonnes", "5%"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "A magnitude 6.2 earthquake struck Indonesia's Sulawesi province.",
            "magnitude 6.2 earthquake",
        ),
        ("A 6.2-magnitude earthquake struck on Tuesday.", "6.2-magnitude earthquake"),
        ("The tremor, measured at magnitude-6.2, was felt in Poso.", "magnitude-6.2"),
        ("An aftershock of magnitude 6.2 struck at dawn.", "aftershock of magnitude 6.2"),
    ],
)
def test_a_magnitude_measures_no_noun_but_its_own(text: str, figure: str) -> None:
    """ "6.2 earthquake struck Indonesia's" had been a key figure counting "indonesia's"
    (a reviewer's pile): a magnitude counts nothing, and takes only the noun of what it
    measures (words.toml's leading_unit_nouns), which says whose it is (r78 F16)."""
    found = [f for f in find_figures(sentences(text)) if f.kind != "date"]
    assert [(f.text, f.kind, f.unit, f.value) for f in found] == [
        (figure, "measure", "magnitude", 6.2)
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The coalition won 33 of the 81 seats.", "33 of the 81 seats"),
        ("The commission rejected 209 of the 212 complaints.", "209 of the 212 complaints"),
    ],
)
def test_a_part_of_the_whole_is_the_figure_not_the_whole(text: str, figure: str) -> None:
    """ "33 of the 81 seats" had been the key figure "81 seats" (a reviewer's); it counts
    33 of them, no share the text did not give (r62 F7)."""
    (found,) = find_figures(sentences(text))
    assert (found.text, found.kind, found.unit) == (figure, "count", figure.split()[-1])
    assert found.value == float(figure.split()[0])


def test_a_count_of_a_known_whole_keeps_what_befell_it_and_no_share() -> None:
    """r62 F7: "Two of the 21 crew were missing" had been a percent, 9.52. A whole its
    determiner makes known is counted from; a bare whole's part ("three in ten", "29 of
    34") is still a share."""
    found = find_figures(
        sentences(
            "Three of the 17 sailors were missing after the storm, the harbour office said.",
            "Four in ten voters stayed home.",
            "The keeper saved 29 of 34 shots.",
        )
    )
    assert [(f.text, f.kind, f.value, f.unit) for f in found] == [
        ("Three of the 17 sailors were missing", "count", 3.0, "missing"),
        ("Four in ten voters", "percent", 40.0, "%"),
        ("29 of 34 shots", "percent", 100 * 29 / 34, "%"),
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Freight rates for the strait rose to 3.1% on Friday after the storm, from 2.4% on"
            " Monday.",
            [("Freight rates for the strait rose to 3.1%", False), ("2.4%", True)],
        ),
        (
            "The levy was raised to about $12 a tonne, from $9 a month ago.",
            [("about $12 a tonne", False), ("$9", True)],
        ),
        (
            "Ticket sales fell to 4,100 seats from 5,300 seats.",
            [("4,100 seats", False), ("5,300 seats", True)],
        ),
        ("The fare is 80 cents, up from 65 cents.", [("80 cents", False), ("65 cents", True)]),
        # a range's "from" is one figure, and a place's "from" no change's base
        (
            "The council moved 300 staff from 12 offices.",
            [("300 staff", False), ("12 offices", False)],
        ),
    ],
)
def test_the_base_a_change_started_from_is_the_earlier_value(
    text: str, kept: list[tuple[str, bool]]
) -> None:
    """r62 F8: "rose to 1.2% ..., from 1.0% on Tuesday" had listed "1.0%" as a current
    key figure: where a change started is the earlier value, after today's figures."""
    found = [(f.text, f.past) for f in find_figures(sentences(text)) if f.kind != "date"]
    assert found == kept


def test_may_inside_a_name_is_no_month() -> None:
    """ "the supply boat Unaiza May 4" had been a timeline row of 4 May (a reviewer's)."""
    boat = "Only one of the two supply boats, the Unaiza May 4, reached the ship."
    assert [f for f in find_figures(sentences(boat)) if f.kind == "date"] == []
    talks = "The talks began on Tuesday May 4 in Geneva."
    assert [f.text for f in find_figures(sentences(talks)) if f.kind == "date"] == ["May 4"]


def test_a_country_before_a_currency_word_settles_its_currency() -> None:
    """ "12 billion Swedish crowns" is money in SEK (a reviewer's Gotland budget had been
    a count of crowns), "Australian dollars" AUD: a national currency's ISO 4217 code
    opens with its country's code. "Crowns" alone may be a champion's."""
    found = {
        f.text: (f.kind, f.unit)
        for f in find_figures(
            [
                Sentence("Sweden will spend 12 billion Swedish crowns on Gotland.", 1, 1, 0),
                Sentence("Canberra will spend 50 million Australian dollars.", 1, 2, 0),
                Sentence("Federer has won three crowns.", 1, 3, 0),
            ]
        )
    }
    assert found["12 billion Swedish crowns"] == ("money", "SEK")
    assert found["50 million Australian dollars"] == ("money", "AUD")
    assert found["three crowns"][0] == "count"


def test_a_territory_or_a_small_state_before_dollars_settles_them() -> None:
    """ "Hong Kong dollars" are HKD though the gazetteer holds no Hong Kong (it is no
    state that acts in the news; ISO 3166 lists it), and "Guyanese dollars" GYD, which
    "dollars" had not listed: both had been bare sums."""
    found = {
        f.text: f.unit
        for f in find_figures(
            [
                Sentence("The bank was fined 500 million Hong Kong dollars.", 1, 1, 0),
                Sentence("Georgetown set aside 2 billion Guyanese dollars.", 1, 2, 0),
                Sentence("Rent is 3,000 Cayman Islands dollars.", 1, 3, 0),
            ]
        )
    }
    assert found == {
        "500 million Hong Kong dollars": "HKD",
        "2 billion Guyanese dollars": "GYD",
        "3,000 Cayman Islands dollars": "KYD",
    }


def test_a_date_a_past_act_looked_ahead_to_is_the_nearest() -> None:
    """ "the drills appeared aimed at intimidating Taiwanese ahead of the anniversary of
    the president's inauguration on May 20", in copy of 12 May 2026, is 20 May 2026: a
    reviewer's timeline had 2025, the past tense of "appeared" read as the date's."""
    text = (
        "Liao told the committee that the drills appeared aimed at intimidating Taiwanese"
        " ahead of the anniversary of the president's inauguration on May 20."
    )
    found = find_figures([Sentence(text, 1, 1, 0)], {1: "2026-05-12"})
    assert [(f.text, f.date) for f in found] == [("May 20", "2026-05-20")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # 21 to 99 spelled with a hyphen are one number (had been "eight of 52", 15.4%)
        ("Thirty-eight of 52 economists expected a cut.", ("Thirty-eight of 52 economists", 73.08)),
        ("Forty-five people died in the fire.", ("Forty-five people died", 45.0)),
        # a date's day is no range's lower bound (had been "1 to 3.6%", 1%)
        ("It cut its forecast for the year starting April 1 to 3.6% from 4.0%.", ("3.6%", 3.6)),
        # "trn" is a trillion, as "tn" is; Norway's crowns written "NKr"
        ("The state oil firm earned N4.3trn last year.", ("N4.3trn", 4.3e12)),
        ("The bid values it at NKr142 a share.", ("NKr142 a share", 142.0)),
    ],
)
def test_a_markets_desks_figures(text: str, figure: tuple[str, float]) -> None:
    """From a reviewer's markets copy (Reuters, BusinessDay, the FT)."""
    found = [(f.text, round(f.value or 0, 2)) for f in find_figures([Sentence(text, 1, 1, 0)])]
    assert figure in found


def test_a_share_of_nothing_said_comes_after_what_says_what_it_counts() -> None:
    """A reviewer's markets brief led its key figures with "14 per cent", "28.5%", "11%"
    and put the bid and the profits after: a share that does not say what it is of tells
    a reader of the list nothing; "6.8% of gross domestic product" does."""
    from brief.extract.figures import key_figures

    sentences = [
        Sentence("Shares rose 14 per cent on Monday.", 1, 1, 0),  # whose, the text says elsewhere
        Sentence("Castellan offered $990 million for the line.", 1, 2, 0),
        Sentence("The deficit reached 6.8% of gross domestic product.", 1, 3, 0),
    ]
    ranked = [f.text for f in key_figures(find_figures(sentences), lambda figure: 1.0)]
    assert ranked.index("$990 million") < ranked.index("Shares rose 14 per cent")
    assert ranked.index("6.8% of gross domestic product") < ranked.index("Shares rose 14 per cent")


def test_a_distance_or_a_vague_measure_of_nothing_said_comes_after_the_events_counts() -> None:
    """r41 L4: a trial's key figures led with "5 km" (an ash column 5 km into the sky) and
    "hundreds of kilometres" above the troops deployed: a distance that does not say what
    it measures tells a reader of the list nothing until they read its sentence, as a bare
    share does, and a vague one gives no number to compare. A distance that names its
    thing ("7-km exclusion zone") and a bare river level ("10.2 metres") keep their rank."""
    from brief.extract.figures import key_figures

    sentences = [
        Sentence("The volcano sent an ash column 5 km into the sky.", 1, 1, 0),
        Sentence("The pipeline is hundreds of kilometres away.", 1, 2, 0),
        Sentence("Police closed a 7-km exclusion zone.", 1, 3, 0),
        Sentence("The river rose to 10.2 metres.", 1, 4, 0),
        Sentence("The army deployed 300 interior ministry troops.", 1, 5, 0),
        Sentence("The town lies about 1,200km north.", 1, 6, 0),
    ]
    ranked = [f.text for f in key_figures(find_figures(sentences), lambda figure: 1.0)]
    # where a place lies ("hundreds of kilometres away", "about 1,200km north") only sets
    # the scene: no figure at all (figures.scene, r55 L3), and nor does how far a thing
    # went "into" the sky (r65 F13: ranked last, "4 km" still took one of ten places)
    assert "hundreds of kilometres" not in ranked
    assert "about 1,200km" not in ranked
    assert "5 km" not in ranked
    assert {"300 interior ministry troops", "7-km exclusion zone", "10.2 metres"} <= set(ranked)


def test_the_number_killed_is_a_toll_and_any_count_killed_is_one() -> None:
    """r36: "The number of people killed ... has risen to 38" was read as no figure (the
    brief kept the first day's 31), and "At least 19 army recruits were killed" was 19
    recruits: a count of people, by the casualty nouns, a demonym's plural or a noun of
    people's ending ("smugglers"), not chickens nor amendments."""
    found = {
        f.text: f.unit
        for f in find_figures(
            sentences(
                "The number of people killed in the drone attack has risen to 38, medics said.",
                "At least 19 army recruits were killed and 30 wounded in the blast.",
                "Police killed four smugglers near the border.",
                "Shares of 500 firms were hurt by the news.",
                "Bird flu has killed 2 million chickens.",
                "The Senate killed two amendments.",
            )
        )
    }
    assert found["number of people killed in the drone attack has risen to 38"] == "dead"
    assert found["At least 19 army recruits were killed"] == "killed"
    assert found["killed four smugglers"] == "dead"
    assert found["500 firms"] == "firms"
    assert found["2 million chickens"] == "chickens"  # a toll counts people (review)
    assert found["two amendments"] == "amendments"


def test_the_number_of_anything_a_verb_brings_to_its_number_is_a_count_of_it() -> None:
    """A trial's flood total ("the number of flood evacuees ... climbed to 9,248") was read
    as no figure, and a district's 1,745 stood for it."""
    found = {
        f.text: (f.value, f.unit)
        for f in find_figures(
            sentences(
                "The number of flood evacuees in the east coast climbed to 9,248 on Wednesday.",
                "The number of civil servants in Britain rose to more than 520,000.",
                "The number of people killed has risen to 38, police said.",
            )
        )
    }
    assert found["number of flood evacuees in the east coast climbed to 9,248"] == (
        9248.0,
        "evacuees",
    )
    assert found["number of civil servants in Britain rose to more than 520,000"][1] == "servants"
    assert found["number of people killed has risen to 38"] == (38.0, "dead")  # a toll still


def test_a_plural_subject_of_people_or_the_sick_a_verb_brings_to_its_number() -> None:
    """r63 F3: an outbreak's latest count ("Suspected cholera cases in Gerida camp have
    risen to 512") was no figure, and the day before's 389 stood for it. Only subjects
    that name people or the sick: prices, arrests and shares rise to no count of them."""
    found = {
        f.text: (f.value, f.unit)
        for f in find_figures(
            sentences(
                "Suspected cholera cases in Gerida camp have risen to 512, with 14 deaths.",
                "Deaths from the outbreak rose to 40 on Friday.",
                "Refugees in Chad have risen to 25,000.",
                "Arrests have climbed to 23.",
            )
        )
    }
    assert found["cases in Gerida camp have risen to 512, with 14 deaths"] == (512.0, "cases")
    assert found["Deaths from the outbreak rose to 40"] == (40.0, "deaths")
    assert found["Refugees in Chad have risen to 25,000"] == (25000.0, "refugees")
    assert not any("Arrests" in text for text in found)


def test_a_toll_a_verb_of_rising_brings_to_its_number() -> None:
    """The update an article is about (r37 C4): a toll with a long modifier, a number in
    it, or no "death" before it, risen to its number; a toll taken to one."""
    assert figures_of(
        "The death toll from Monday's magnitude 6.8 earthquake in West Sulawesi has risen to 87."
    ) == {
        "death toll from Monday's magnitude 6.8 earthquake in West Sulawesi has risen to 87": 87.0
    }
    assert figures_of("The toll from the Kulachi attack rose to eight.") == {
        "toll from the Kulachi attack rose to eight": 8.0
    }
    assert figures_of("A soldier died of his wounds, taking the toll to three.") == {
        "taking the toll to three": 3.0
    }
    assert figures_of("The war took its toll on 40 families.") == {"40 families": 40.0}
    # numbers in its modifiers stand; one a verb brings first is the toll (a review's)
    assert (
        figures_of("The toll from the March 9 attack rose to 12.")[
            "toll from the March 9 attack rose to 12"
        ]
        == 12.0
    )
    assert figures_of("The death toll from COVID-19 has risen to 5,000.") == {
        "death toll from COVID-19 has risen to 5,000": 5000.0
    }
    assert (
        figures_of("The death toll rose to 40 and the number of injured climbed to 120.")[
            "death toll rose to 40"
        ]
        == 40.0
    )


def test_a_participle_clause_after_a_dated_one_shares_its_past() -> None:
    """ "killing at least nine sailors" of the 2023-24 campaign had led a 2026 attack's
    key figures (r37 C3): the -ing clause goes on with its clause's subject and time."""
    text = (
        "The Houthis attacked more than 100 merchant vessels between November 2023 and"
        " December 2024, sinking four and killing at least nine sailors."
    )
    found = find_figures(sentences(text), {1: "2026-03-09"})
    assert {f.text: f.past for f in found if f.kind != "date"} == {
        "more than 100 merchant vessels": True,
        "killing at least nine sailors": True,
    }
    # ... also where the participle opens the figure right after the dated clause's comma
    # (r40: a 2023 quake's "killing three people" among a 2026 quake's key figures)
    text = "A magnitude 7.4 quake struck the same area in December 2023, killing three people."
    found = find_figures(sentences(text), {1: "2026-06-09"})
    assert {f.text: f.past for f in found if f.kind == "count"} == {"killing three people": True}
    text = "Rebels attacked the town on Monday, killing 12 people."
    found = find_figures(sentences(text), {1: "2026-06-09"})
    assert {f.text: f.past for f in found if f.kind == "count"} == {"killing 12 people": False}


def test_a_toll_risen_to_a_number_of_people_counts_the_dead() -> None:
    """ "The death toll has risen to 21 people": the people a toll counts are its dead (a
    president's visit "where the death toll has risen to 21 people" had been read as 21
    people, no toll, and an earlier report's 19 dead led its story)."""
    assert figures_of("The death toll from the landslide has risen to 21 people.") == {
        "death toll from the landslide has risen to 21 people": 21.0
    }
    assert figures_of("Floods cut off 21 people in the valley.") == {"21 people": 21.0}


def test_a_toll_keeps_its_verb_however_long_its_subject() -> None:
    """A verb that brings the toll to its number ends the toll's words, so a long subject
    (a trial's Mogadishu and Multan tolls, over 64 characters of modifiers) is the toll's;
    a toll revised up or down is set to its number as a risen one is."""
    assert figures_of(
        "The death toll from Monday's truck explosion at a fuel depot outside the northern"
        " port city has climbed to 23, medics said."
    ) == {
        "death toll from Monday's truck explosion at a fuel depot outside the northern port"
        " city has climbed to 23": 23.0
    }
    assert figures_of(
        "The death toll from last week's floods in the hill districts of the western province"
        " has been revised down to 41 from 45, the agency said."
    ) == {
        "death toll from last week's floods in the hill districts of the western province has"
        " been revised down to 41": 41.0
    }
    # another clause between the toll and the number is still no toll's words
    assert (
        figures_of(
            "The death toll from the storm was not given, but the river in the valley towns"
            " rose to 30."
        )
        == {}
    )


def test_a_casualty_word_before_a_plural_is_its_adjective() -> None:
    """ "two injured workers died" (a trial's Multan toll) counts two dead: before a plural
    the casualty word is the noun's adjective, and the noun's clause says what became of
    them; without such a verb the adjective still says their state."""
    found = find_figures(
        sentences("Two injured miners died in hospital overnight, officials said.")
    )
    assert [(f.text, f.value, f.unit) for f in found] == [("Two injured miners died", 2.0, "died")]
    found = find_figures(sentences("Rescuers carried 14 wounded soldiers to the border post."))
    assert [(f.text, f.value, f.unit) for f in found] == [("14 wounded soldiers", 14.0, "wounded")]
    # no plural after it: the casualty word is the count's own ("18 injured in the blast")
    found = find_figures(sentences("Medics treated 18 injured in the blast."))
    assert [(f.text, f.unit) for f in found] == [("18 injured", "injured")]


def test_a_verb_after_a_number_is_not_what_it_counts() -> None:
    """ "the remaining 27 continues": a verb's -s form is no plural noun (words.toml's
    count_ends), and a number with nothing counted is no figure."""
    assert figures_of("The search for the other 14 continues, the navy said.") == {}
    assert figures_of("A reading above 50 indicates that factories are growing.") == {}
    assert figures_of("The search for 14 fishermen continues.") == {"14 fishermen": 14.0}


def test_a_range_of_signed_bounds_is_one_figure_where_a_noun_phrase_stands() -> None:
    """ "a range of $9bn to $11bn" (a trial's guidance figure, three key figures) is one
    range as written: after a preposition or a determiner the bounds are a noun phrase's.
    After a verb the first is a change's amount and the second its new level."""
    assert figures_of("The group now sees sales of $4bn to $4.5bn next year.") == {
        "$4bn to $4.5bn": 4e9
    }
    assert figures_of("Economists expect growth at 2% to 2.5% in the spring.") == {
        "2% to 2.5%": 2.0
    }
    assert figures_of("Copper rose $1.20 to $9.80 a pound.") == {"$1.20": 1.2, "$9.80 a pound": 9.8}
    assert figures_of("The index fell by 3% to 41% of its peak.") == {
        "The index fell by 3%": 3.0,
        "41% of its peak": 41.0,
    }
    # a conversion changes its sign: two sums
    assert figures_of("The plant cost of $2bn or £1.6bn was met by the state.") == {
        "$2bn": 2e9,
        "£1.6bn": 1.6e9,
    }


def test_a_count_linked_to_a_casualty_state_keeps_it() -> None:
    """ "Nine people remain missing" had been "Nine people", which in a disaster story
    reads as a toll of the dead: a verb that links people to a state ("remain", "still")
    says it as "are" does, and the figure keeps it."""
    assert figures_of("Six hikers remain missing after the avalanche.") == {
        "Six hikers remain missing": 6.0
    }
    found = find_figures(sentences("The ferry sank with 15 passengers still missing."))
    assert [(f.text, f.unit) for f in found] == [("15 passengers still missing", "missing")]
    # a verb with its object is no state
    assert figures_of("Eight teams were still missing the paperwork.") == {"Eight teams": 8.0}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # r42 M6: a range keeps its clause's rate as a single figure keeps its own
        (
            "Between 1,500 and 2,000 people have been arriving each day since last Tuesday.",
            ("Between 1,500 and 2,000 people have been arriving each day", "people per day"),
        ),
        ("UNHCR aims to move 1,000 people a day.", ("1,000 people a day", "people per day")),
        (
            "About 300 migrants cross every week.",
            ("About 300 migrants cross every week", "migrants per week"),
        ),
        (
            "The mine ships 15 million tonnes each year.",
            ("15 million tonnes each year", "tonnes per year"),
        ),
        # a count within one day, and "a day" of a time, are no rate
        ("The storm left 2,000 people homeless in a day.", ("2,000 people homeless", "homeless")),
        ("Some 400 nurses arrived a day earlier.", ("Some 400 nurses", "nurses")),
    ],
)
def test_a_count_keeps_the_rate_its_clause_gives_it(text: str, expected: tuple[str, str]) -> None:
    """Without its "each day" a flow of people reads as a total."""
    assert [(f.text, f.unit) for f in find_figures(sentences(text))] == [expected]


def test_the_dead_lead_the_key_figures_before_the_hurt_and_the_aid() -> None:
    """r44 M1: a release's "57 injured" had led its "23 deaths", and a newsletter's
    "water tanks for 20,000 people" a cyclone's toll. The dead first, then the hurt and the
    people a disaster struck, then what an analyst counts, then the people aid is for; a
    part of another count ("including three deaths") told with its whole, in the whole's
    rank, or not at all where no whole is counted (r46 M4)."""
    found = find_figures(
        sentences(
            "The ministry confirms 31 deaths and 88 injured in the two provinces.",
            "Cholera cases rose to 40, including two deaths.",
            "Clinics have recorded 52 suspected cases, including four deaths.",
            "Some 90,000 people are affected and 7,300 people are displaced.",
            "A charity shipped water filters for 25,000 people to the port.",
            "The government released $4 million in emergency funds.",
            "The floods left 3,000 residents homeless.",
        )
    )
    ranked = [f.text for f in key_figures(found, lambda f: float(-f.sentence.index))]
    assert ranked[:2] == ["31 deaths", "88 injured"]
    # "Cholera cases rose to 40" counts its whole since r63 F3, its part told with it
    assert "cases rose to 40, including two deaths" in ranked
    assert "two deaths" not in ranked
    assert ranked.index("3,000 residents homeless") < ranked.index(
        "52 suspected cases, including four deaths"
    )
    assert ranked.index("Some 90,000 people are affected") < ranked.index("$4 million")
    assert ranked.index("7,300 people are displaced") < ranked.index("$4 million")
    assert ranked.index("3,000 residents homeless") < ranked.index("$4 million")
    assert ranked.index("$4 million") < ranked.index("water filters for 25,000 people")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of dying in a perfect counts the dead (r44 L3: "at least 40 people had
        # died" had been listed as "at least 40 people")
        (
            "Nurses said at least 35 people had died overnight.",
            ("at least 35 people had died", "died"),
        ),
        ("Nine climbers have perished on the ridge.", ("Nine climbers have perished", "perished")),
        ("Twelve fishermen are feared dead.", ("Twelve fishermen are feared dead", "dead")),
        (
            "The agency said 64 people were now confirmed dead.",
            ("64 people were now confirmed dead", "dead"),
        ),
        # what befell the people a count counts
        (
            "About 5,000 villagers were evacuated.",
            ("About 5,000 villagers were evacuated", "evacuated"),
        ),
        ("Some 1,800 displaced are sheltering in schools.", ("Some 1,800 displaced", "displaced")),
        # the people aid is for, with the aid
        (
            "The agency delivered tents for 4,000 families.",
            ("tents for 4,000 families", "families"),
        ),
        ("The campaign is targeting 60,000 children.", ("targeting 60,000 children", "children")),
        (
            "Volunteers distributed food to 9,000 people.",
            ("distributed food to 9,000 people", "people"),
        ),
        # not a verb's "for", not an adjective before a noun, not a force
        ("Divers are searching for 12 people.", ("12 people", "people")),
        ("Two affected districts were sealed off.", ("Two affected districts", "districts")),
        ("The army sent 5,000 troops to the valley.", ("5,000 troops", "troops")),
    ],
)
def test_a_count_of_people_says_what_befell_them(text: str, expected: tuple[str, str]) -> None:
    assert [(f.text, f.unit) for f in find_figures(sentences(text)) if f.kind == "count"] == [
        expected
    ]


def test_a_second_verb_of_a_dated_clause_shares_its_year() -> None:
    """r44 M1: "cyclones ..., which struck ... in 2019 and killed more than 600 people" was
    today's toll in a 2026 brief; a verb in the present is not the year's."""
    found = [
        Sentence(
            "The coast is still rebuilding after two storms, which struck in 2021 and killed"
            " more than 300 people.",
            1,
            1,
            0,
        ),
        Sentence("The port reopened in 2021 and employs 900 people.", 1, 2, 0),
    ]
    past = {f.text: f.past for f in find_figures(found, {1: "2026-12-09"})}
    assert past["killed more than 300 people"] and not past["900 people"]


def test_a_measure_that_sizes_a_container_is_no_figure() -> None:
    """r45 M1: "a 50-kilogram bag of rice" was a key figure of a market's prices: the size
    of the unit a good is sold in names a kind of bag (words.toml's sized_containers), as
    "60m hurdles" names a race; a measure of a thing that was done or struck stays."""
    assert figures_of("At the market, a 25-kg sack of maize now sells for 9,000 shillings.") == {
        "9,000 shillings": 9000.0
    }
    assert figures_of("Engineers cleared a 15-km section of the road.") == {"15-km section": 15.0}


def test_a_share_a_verb_changes_keeps_the_subject_that_says_what_it_is_of() -> None:
    """r45 M1: "Shares in Kestrel Gold Resources fell 23%" was a bare "23%", ranked with
    the shares that say nothing and left out of the key figures. A verb of change says
    what its share is of through its subject, which the figure keeps when it opens its
    clause in a few words and holds no figure of its own; one that names what changed
    ranks with the counts, one that does not ("Shares rose 14 per cent") after them."""
    assert figures_of("Shares in Orland Mining fell 17% in Sydney on Tuesday.") == {
        "Shares in Orland Mining fell 17%": 17.0
    }
    assert figures_of("Traders said spot copper rose by 2.1% to a record.") == {
        "spot copper rose by 2.1%": 2.1
    }
    # a pronoun, a subject with a figure of its own or too long to tell: the share alone
    assert figures_of("It fell 17% on Tuesday.") == {"17%": 17.0}
    assert figures_of("Shares of the 500 largest firms fell 2%.") == {
        "500 largest firms": 500.0,
        "2%": 2.0,
    }
    assert figures_of("Exports, which account for most of the economy, fell 3%.") == {"3%": 3.0}
    found = find_figures(
        sentences(
            "Shares rose 14 per cent on Monday.",
            "Shares in Orland Mining fell 17% on Tuesday.",
            "The miner sent home 120 staff.",
        )
    )
    ranked = [f.text for f in key_figures(found, lambda figure: 1.0)]
    assert ranked == ["Shares in Orland Mining fell 17%", "120 staff", "Shares rose 14 per cent"]


def test_a_share_a_subject_holds_keeps_whose_it_is() -> None:
    """r61 F4: a count's candidates' shares were bare "49.6 percent", "47.3 percent". A
    verb of holding ("has", "won", "polled") says whose a share is through its subject,
    and so does a name in a row of shares whose verb is left out."""
    assert figures_of("Ruiz has 44.3 percent and Mora 41.0 percent, with Pell on 2.1%.") == {
        "Ruiz has 44.3 percent": 44.3,
        "Mora 41.0 percent": 41.0,
        "2.1%": 2.1,
    }
    assert figures_of("The Greens won 12 percent in the capital.") == {
        "The Greens won 12 percent": 12.0
    }
    assert figures_of("It has 40 percent, and 30 percent in May.") == {
        "40 percent": 40.0,
        "30 percent": 30.0,
    }
    found = find_figures(
        sentences(
            "About 7 percent were spoiled.",
            "Ruiz has 44.3 percent and Mora 41.0 percent.",
            "Voter turnout was 58.2 percent.",
        )
    )
    ranked = [f.text for f in key_figures(found, lambda figure: 1.0)]
    assert ranked[-1] == "About 7 percent"  # the share that says nothing, last


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # r46 M3: a place its clause limits the count to is kept with it
        (
            "The mayor said at least 23 people had died in her municipality alone.",
            "at least 23 people had died in her municipality alone",
        ),
        (
            "Rescuers said 14 people were confirmed dead in the village itself.",
            "14 people were confirmed dead in the village itself",
        ),
        # the agent of a state: another event's displaced
        (
            "Some 310,000 people displaced by the insurgency will get smaller rations.",
            "Some 310,000 people displaced by the insurgency",
        ),
        # a passive says what was done to them
        ("The police chief said 27 people had been detained.", "27 people had been detained"),
        # a state's count with its noun left out
        (
            "Officials said 4,100 people were affected and 900 were displaced.",
            "900 were displaced",
        ),
        # a plural noun of aid before "for" (a verb of giving takes its object first)
        (
            "The agency is flying emergency shelter supplies for 6,000 people.",
            "emergency shelter supplies for 6,000 people",
        ),
    ],
)
def test_a_count_keeps_the_words_that_bound_it(text: str, expected: str) -> None:
    assert expected in figures_of(text)


def test_a_count_its_clause_limits_by_words_it_cannot_keep_is_none() -> None:
    """ "his district alone now counted 21 dead": "21 dead" alone would read as the toll
    of all (r46 M3)."""
    assert figures_of("The governor said her province alone now counted 31 dead.") == {}


def test_a_part_is_told_with_its_whole_or_not_at_all() -> None:
    """r46 M4: "including three deaths" had been a key figure while its 87 cases were not."""
    assert figures_of("Doctors reported 63 measles cases, including two deaths.") == {
        "63 measles cases, including two deaths": 63.0
    }
    # the whole its verb brings to the number counts since r63 F3
    assert figures_of("Infections climbed to 63, including two deaths.") == {
        "Infections climbed to 63, including two deaths": 63.0
    }
    assert figures_of("Prices climbed to 63, including two deaths.") == {}


def test_an_outbreaks_deaths_are_told_with_its_cases() -> None:
    """r59 S2-3: "six deaths" of "214 suspected cases and six deaths" had stood bare under
    a flood's toll, read as more of its dead. Deaths joined to a count of the sick by
    "and" or "with" are that outbreak's and stay with it; after a number that counts
    nothing, they are a part with no whole."""
    assert figures_of("Clinics have logged 48 suspected typhoid cases and three deaths.") == {
        "48 suspected typhoid cases and three deaths": 48.0
    }
    assert figures_of(
        "The health office reports 130 dengue cases, 12 of them severe, and four deaths."
    ) == {"130 dengue cases, 12 of them severe, and four deaths": 130.0}
    assert figures_of("Measles infections in the camp have risen to 75, with two deaths.") == {
        "infections in the camp have risen to 75, with two deaths": 75.0
    }
    # a count of deaths beside any other count is one of its own
    assert figures_of("The storm destroyed 40 homes and caused three deaths.") == {
        "destroyed 40 homes": 40.0,
        "three deaths": 3.0,
    }


@pytest.mark.parametrize(
    "population",
    [
        "Roughly 8,000 people live in and around the mining town, which is cut off.",
        "Shelling hit Tarvel, a market town of 45,000 people, on Monday night.",
        "Fighting reached Osso camp, home to about 31,000 people displaced by earlier clashes.",
        "Residents said the island has 900 inhabitants and one clinic.",
    ],
)
def test_a_population_is_no_key_figure(population: str) -> None:
    """r63 F11: "Amdal, a border town of 60,000 people" had been a key figure, which a
    reader takes for the people the fighting struck. What a place is home to, has, or
    holds as "a town of", or who live there, describes the place (standing); the event's
    own counts stay."""
    found = find_figures(
        sentences(
            population, "The flood left 2,600 families homeless.", "Engineers repaired 40 bridges."
        )
    )
    ranked = [f.text for f in key_figures(found, lambda f: float(-f.sentence.index))]
    assert ranked == ["2,600 families", "40 bridges"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the level a rate is measured against
        (
            "The case fatality rate stands at 3.1 percent, above the alert threshold of 1 percent.",
            ["3.1 percent"],
        ),
        ("Turnout was 48 percent, short of the 50 percent threshold.", ["Turnout was 48 percent"]),
        # the number of a list's items, which the sentence gives
        (
            "The envoy said both sides had agreed an agenda of four points: a truce, aid,"
            " prisoners and elections.",
            [],
        ),
        # a count told with what befell them is news however the sentence goes on
        ("Police arrested three men: a driver, a guard and a clerk.", ["arrested three men"]),
        ("Five people were killed: three soldiers and two civilians.", ["Five people were killed"]),
    ],
)
def test_a_threshold_or_a_lists_length_is_no_figure(text: str, kept: list[str]) -> None:
    """r63 F11: "1 percent" (an emergency threshold) and "three points" (an agenda's) had
    been key figures."""
    assert [f.text for f in find_figures(sentences(text))][: len(kept)] == kept
    if not kept:
        assert figures_of(text) == {}


def test_a_noun_in_ics_modifies_the_plural_after_it() -> None:
    assert figures_of("The ban covers four Greek logistics companies.") == {
        "four Greek logistics companies": 4.0
    }
    assert figures_of("The charity runs three clinics in the valley.") == {"three clinics": 3.0}


def test_a_votes_result_is_news_and_its_abstentions_a_detail() -> None:
    """The result of a vote is a figure that is news, as a count is; its abstentions, a
    side count beside it, come last, after what an analyst counts."""
    found = find_figures(
        sentences(
            "The assembly passed the budget by 140 votes to 52, with 11 abstentions.",
            "The budget funds 1,200 new teachers.",
        )
    )
    ranked = [f.text for f in key_figures(found, lambda f: 1.0)]
    assert ranked[:2] == ["140 votes to 52", "1,200 new teachers"]
    assert ranked[-1] == "11 abstentions"


def test_a_votes_side_count_is_a_detail_after_the_news() -> None:
    """A vote's result is news and its abstentions a side count; a toll of one hurt comes
    after the larger toll of the hurt however its sentence ranks."""
    found = find_figures(
        sentences(
            "A gunman opened fire near the station, injuring one person.",
            "Engineers shut the 77-kilometre pipeline after shelling damaged a pump.",
            "The assembly adopted the motion by 93 votes to 18, with six abstentions.",
            "Shelling across the region injured 52 people on Monday.",
            "About 40,000 troops have gathered near the border, officials said.",
        )
    )
    minor = {f.text for f in details(found)}
    assert minor == {"six abstentions"}
    ranked = [f.text for f in key_figures(found, lambda f: float(-f.sentence.index))]
    assert ranked.index("injured 52 people") < ranked.index("injuring one person")
    assert ranked.index("93 votes to 18") < ranked.index("six abstentions")
    assert ranked[-1] == "six abstentions"


def test_a_later_reports_higher_toll_makes_the_earlier_one_stale() -> None:
    """Tuesday's "killing nine people" and Wednesday's "has risen to 12" are one toll told
    twice; a lower count of the later day ("killed three people in one village") may be
    one incident's, and leaves the earlier count standing."""
    found = find_figures(
        sentences(
            "An earthquake struck the north on Tuesday, killing nine people and injuring 60.",
            "The death toll from the earthquake has risen to 12, officials said.",
            "More than 80 people were injured.",
        )
    )
    earlier = {f for f in found if f.sentence.index == 1}
    stale = stale_tolls(found, lambda f: f not in earlier, lambda f: 0, lambda mention: "")
    assert {f.text for f in stale} == {"killing nine people", "injuring 60"}
    other_story = stale_tolls(
        found, lambda f: f not in earlier, lambda f: f in earlier, lambda mention: ""
    )
    assert other_story == frozenset()
    lower = find_figures(
        sentences(
            "Floods killed 40 people across the province on Monday.",
            "A landslide killed three people in one village.",
        )
    )
    first = {f for f in lower if f.sentence.index == 1}
    assert (
        stale_tolls(lower, lambda f: f not in first, lambda f: 0, lambda mention: "") == frozenset()
    )


def test_a_storys_fact_is_one_key_figure_whoever_tells_it() -> None:
    """Two reports of one storm: "four people reported missing" and "four people were
    still missing" are one count, and so are "Three miners were killed" and "Three people
    were killed"; of two stories each keeps its own, and a vague count is no copy."""
    first = find_figures(
        [
            Sentence("Three miners were killed when the shaft flooded.", 1, 1, 0),
            Sentence("Four people were reported missing after the storm.", 1, 2, 1),
            Sentence("About 200 officers were sent to the valley.", 1, 3, 2),
        ]
    )
    second = find_figures(
        [
            Sentence("Three people were killed at the mine.", 2, 1, 0),
            Sentence("Four people were still missing on Friday.", 2, 2, 1),
            Sentence("Hundreds of residents left the valley.", 2, 3, 2),
        ]
    )
    found = [*first, *second]
    copies = retold(found, lambda f: 0)
    assert sorted(found[k].text for k in copies) == [
        "Four people were still missing",
        "Three people were killed",
    ]
    assert retold(found, lambda f: f.sentence.source) == frozenset()


def test_a_toll_of_one_told_otherwise_by_another_report_stays_beside_it() -> None:
    """Two reports of one story that each tell of one death in other words ("A man was
    killed" when a tree fell, "one person drowned" in a river) may tell of two deaths: both
    stay, as a reader told of one would be told too few; the same words twice are one."""
    two = [
        *find_figures([Sentence("A man was killed when a tree fell on his car.", 1, 1, 0)]),
        *find_figures([Sentence("One person was killed in the flooded river.", 2, 1, 0)]),
    ]
    assert retold(two, lambda f: 0) == frozenset()
    same = [
        *find_figures([Sentence("A man was killed when a tree fell on his car.", 1, 1, 0)]),
        *find_figures([Sentence("A man was killed when a tree fell on his car.", 2, 1, 0)]),
    ]
    assert len(retold(same, lambda f: 0)) == 1


def test_a_sum_of_no_currency_is_one_fact_with_its_storys_dollar_sum() -> None:
    """One report's "$30 million" (a bare "$" its text leaves open) and another's "NZ$30
    million" of one story are one pledge: the one with its currency stays, whichever
    comes first; of two stories each keeps its own."""
    found = [
        *find_figures([Sentence("Wellington will give $30 million to the fund.", 1, 1, 0)]),
        *find_figures([Sentence("Wellington pledged NZ$30 million on Monday.", 2, 1, 0)]),
    ]
    assert [f.unit for f in found] == [None, "NZD"]
    assert [found[k].text for k in retold(found, lambda f: 0)] == ["$30 million"]
    assert retold(found, lambda f: f.sentence.source) == frozenset()


def test_whom_a_toll_counts_ends_at_its_verb() -> None:
    """ "Two guides reported missing" counts guides, not "reported"."""
    found = find_figures(sentences("Two guides reported missing.", "Three porters remain missing."))
    again = find_figures(
        [
            Sentence("Two guides were missing.", 2, 1, 0),
            Sentence("Three porters were missing.", 2, 2, 1),
        ]
    )
    assert len(retold([*found, *again], lambda f: 0)) == 2


def test_a_rate_a_sentence_sets_is_the_figure_of_its_level() -> None:
    """r53: "to 4.25%" of a rate decision was a bare share, ranked after the peso's
    exchange rate, and "by 50 basis points" a count. The figure of a rate's level starts
    at the rate its sentence names, and ranks with the counts; the step a rate moves by
    is a percent's measure."""
    assert figures_of(
        "The Varnian central bank lifted its key rate by 75 basis points to 9.5%."
    ) == {"key rate by 75 basis points to 9.5%": 9.5}
    assert figures_of("The bank kept its benchmark interest rate unchanged at 6% on Friday.") == {
        "interest rate unchanged at 6%": 6.0
    }
    step = find_figures(sentences("The board had wanted a cut of 25 basis points."))
    assert [(f.kind, f.unit, f.value) for f in step] == [("percent", "basis points", 25.0)]
    # a share no rate is named for stays bare, and after the counts
    found = find_figures(
        sentences(
            "Inflation was running at 7% in the capital.",
            "The Varnian central bank kept its cash rate at 4.1% on Tuesday.",
            "The bank has 120 staff.",
        )
    )
    ranked = [f.text for f in key_figures(found, lambda figure: 1.0, preferred=("percent",))]
    assert ranked == ["cash rate at 4.1%", "120 staff", "7%"]


def test_a_currency_s_hundredths_are_money() -> None:
    """r53 M3: "48 Australian cents a share" was a count of cents. Cents are a sum, of
    the currency the country before them names, or of none where none is named."""
    found = find_figures(
        sentences(
            "The miner will pay 35 Canadian cents a share.",
            "The lira fell to 4.20 U.S. cents, and a stamp costs 90 cents.",
        )
    )
    assert [(f.kind, f.text, f.unit, f.value) for f in found] == [
        ("money", "35 Canadian cents a share", "CAD", 0.35),
        ("money", "4.20 U.S. cents", "USD", 0.042),
        ("money", "90 cents", None, 0.9),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The port reopened, two officials close to the governor said on Friday.", []),
        ("Talks will resume in March, according to three negotiators.", []),
        ("The envoy was recalled, said four people familiar with the decision.", []),
        # a count its verb of speech takes a clause of is news; so is the toll they give
        (
            "More than 30 airlines said they would resume flights.",
            [("More than 30 airlines", "airlines")],
        ),
        ("Six miners were killed, two union leaders said.", [("Six miners were killed", "killed")]),
        (
            "The agency said 25 trucks had crossed the border.",
            [("25 trucks had crossed", "trucks")],
        ),
        # a count of those who speak for others, wherever the attribution stands
        (
            "Two sources said 14 boats were seized.",
            [("14 boats were seized", "boats")],
        ),
        (
            "Three witnesses in the harbour told the inquiry that the ferry listed.",
            [],
        ),
        ("The ferry listed, reported two officials.", []),
    ],
)
def test_who_speaks_is_no_figure(text: str, found: list[tuple[str, str]]) -> None:
    """ "two sources close to the defence ministry said" had been a key figure of a story
    (r54): how many a report is attributed to is no fact of the news."""
    assert [(f.text, f.unit) for f in find_figures(sentences(text)) if f.kind != "date"] == found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # r55 L3: the time between two events and where a place lies only set the scene
        ("The ferry sank off Kalo, three weeks after a storm hit the same coast.", None),
        ("Inspectors had visited the dam six months earlier.", None),
        ("The village lies about 30 km to the east.", None),
        ("The raiders struck a depot 25km from the frontier.", None),
        ("Divers found the hull some 400 metres offshore.", None),
        # a duration or a distance that is the size of what was done or decided stays
        ("The court jailed the mayor for eight years after a long trial.", "eight years"),
        ("The council declared five days of mourning.", "five days"),
        ("Rebels advanced 12 km during the night.", "12 km"),
        ("Crews laid a 310-km cable.", "310-km cable"),
    ],
)
def test_a_number_that_only_sets_the_scene_is_no_figure(text: str, kept: str | None) -> None:
    found = [f.text for f in find_figures(sentences(text)) if f.kind == "measure"]
    assert found == ([kept] if kept else []), found


def test_a_count_ends_before_a_clause_of_time_or_cause() -> None:
    """r59 S4-15: "five wounded when shells struck" had been the figure "five wounded when
    shells", a noun phrase read through "when" to its plural."""
    assert figures_of("Three guards were killed and four wounded when rockets hit the base.") == {
        "Three guards were killed": 3.0,
        "four wounded": 4.0,
    }


def test_an_ing_noun_of_the_aid_is_kept_with_it() -> None:
    """r59 S4-15: "maize meal and cooking oil for about 40,000 people" had been "oil for
    about 40,000 people": an -ing word after "and", a determiner or a preposition opens
    the aid's noun phrase ("cooking oil"); after a comma or a subject it is the verb
    ("lorries carrying rice for 3,000 people")."""
    assert figures_of("The barges bring flour and cooking oil for about 9,000 families.") == {
        "cooking oil for about 9,000 families": 9000.0
    }
    assert figures_of("The lorries, carrying rice for 3,000 people, arrived.") == {
        "rice for 3,000 people": 3000.0
    }


def test_the_span_a_thing_is_ranked_over_is_no_figure() -> None:
    """r59 S4-15: "For the first time in ten days, someone ... asked us" had given the key
    figure "ten days": the span of a ranking, as "two days after the attack" is a time
    between events, says nothing of what happened."""
    assert figures_of("For the first time in six weeks, the ferry sailed.") == {}
    assert figures_of("The river reached its highest level in 30 years.") == {}
    assert figures_of("The strike lasted six weeks.") == {"six weeks": 6.0}


def test_any_superlative_ranks_over_a_span() -> None:
    """Not only the superlatives of a list: any "-est" or "most" word ranks."""
    assert figures_of("Rents rose at the steepest rate in 12 years.") == {}
    assert figures_of("The valley had the most snow in 25 years.") == {}
    assert figures_of("The march in six days will close the port.") == {"six days": 6.0}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure a condition sets is a threshold, no fact (r60 F12: "would close if winds
        # exceeded 90 km/h" had been a storm's key figure)
        ("The bridge would shut if gusts exceeded 80 km/h, the council said.", []),
        ("Unless 500 workers sign up by Friday, the plant will close.", []),
        # the condition's clause ends at its comma; "as if" is a likeness
        ("If the rain stops, 40 families will be moved back.", ["40 families"]),
        ("The river rose as if 20 centimetres of rain had fallen.", ["20 centimetres of rain"]),
    ],
)
def test_a_figure_a_condition_sets_is_none(text: str, expected: list[str]) -> None:
    assert [f.text for f in find_figures(sentences(text)) if f.kind != "date"] == expected


@pytest.mark.parametrize(
    ("text", "expected", "value"),
    [
        # the object of a verb of what is done to things, or to people in an event's wake
        ("Brandt Air said it had cancelled 55 Friday flights.", "cancelled 55 Friday flights", 55),
        ("Clinics in Velm treated about 30 people for burns.", "treated about 30 people", 30),
        ("The storm damaged 300 homes near Osk.", "damaged 300 homes", 300),
        ("Rioters set fire to three trucks on Friday.", "set fire to three trucks", 3),
        ("The strike forced the cancellation of 215 flights.", "cancellation of 215 flights", 215),
        # a part of a whole: the part's count, with its verb, not a share
        ("The airline cancelled 40 of its 120 flights.", "cancelled 40 of its 120 flights", 40),
        ("Only 12 of the 30 ferries were delayed.", "12 of the 30 ferries were delayed", 12),
        # the subject of a passive, a participle, or a crowd's verb
        ("Dozens of buses were torched overnight.", "Dozens of buses were torched", 24),
        ("Police said 14 people were hurt and 90 shops looted.", "90 shops looted", 90),
        (
            "Several hundred farmers marched on the ministry.",
            "Several hundred farmers marched",
            300,
        ),
    ],
)
def test_a_count_says_what_befell_what_it_counts(text: str, expected: str, value: float) -> None:
    """r60 F12: "40 Monday flights" and "two buses" had said what was counted and not what
    happened to it (cancelled, set on fire); see figures.befell."""
    assert figures_of(text).get(expected) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The navy sent 14 frigates to the gulf.", "14 frigates"),  # a force, no event
        ("Two hundred nurses joined the strike.", "Two hundred nurses"),  # its noun says it
        ("Several hundred fishermen blocked the port.", "Several hundred fishermen"),
        ("Most of the 90 tenants were evacuated.", "90 tenants"),  # the whole of a part
        ("Strikes at the 40 plants closed nothing.", "40 plants"),  # a preposition's object
        # a participle that only describes them: the clause's verb says they were freed
        ("Six sailors seized from the tanker were freed on Monday.", "Six sailors"),
        ("Crews repaired two piers damaged in the storm.", "two piers"),  # repaired them
        ("The clinic treats 1,200 patients a week.", "1,200 patients a week"),  # a routine
        ("He completed 29 of 34 passes.", "29 of 34 passes"),  # a share, no event
    ],
)
def test_a_count_keeps_no_verb_that_is_not_what_befell_it(text: str, expected: str) -> None:
    assert expected in figures_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry line said it had not cancelled 35 Sunday sailings.",
        "The ferry line didn't cancel 35 sailings.",
        "The ferry line has not yet cancelled 35 sailings.",
        "Looters never damaged 20 kiosks in the square.",
        "Protesters did not set fire to four vans.",
        "The storm did not force the closure of 60 schools.",
        "The ferry line denied cancelling 35 sailings.",
        "The ferry line denies it had cancelled 35 sailings.",
        "The mayor said 20 kiosks were not damaged.",
        "Officials said 35 sailings weren't cancelled.",
        "Not all 35 sailings were cancelled.",
        # "even" sharpens the negation, as "yet" leaves it standing
        "The ferry line had not even cancelled 35 Sunday sailings.",
        "Inspectors never even closed 12 bakeries.",
        "Officials said 35 sailings had not even been cancelled.",
        # a denial of the reports that give it, their "that" left out
        "The ferry line rejected reports it had cancelled 35 sailings.",
        "The council dismissed claims the inspectors had closed 12 bakeries.",
    ],
)
def test_a_count_of_what_a_negated_or_denied_act_befell_is_no_figure(text: str) -> None:
    """ "had not cancelled 35 Sunday sailings" had been the key figure "cancelled 35
    Sunday sailings", the opposite of what the sentence says, and "35 Sunday sailings"
    alone counts nothing that happened (figures.befell)."""
    assert figures_of(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negation that adds, or governs another verb
        ("The storm not only damaged 300 sheds but cut power to 40 farms.", "damaged 300 sheds"),
        ("The storm had not just damaged 300 sheds; it flattened them.", "damaged 300 sheds"),
        ("The port rejected the claims and cancelled 35 sailings.", "cancelled 35 sailings"),
        ("It is not clear why the ferry line cancelled 35 sailings.", "cancelled 35 sailings"),
        ("Rioters, who were not caught, set fire to three vans.", "set fire to three vans"),
        # a denial negated, conceded, or of another object
        ("The ferry line did not deny cancelling 35 sailings.", "cancelling 35 sailings"),
        ("Nobody denies that the storm damaged 300 sheds.", "damaged 300 sheds"),
        ("Rebels rejected the talks and damaged 40 pylons.", "damaged 40 pylons"),
        ("The port rejected the plan by cancelling 35 sailings.", "cancelling 35 sailings"),
        # a correction of the count, after it
        ("The ferry line cancelled 35 sailings, not 30.", "cancelled 35 sailings"),
    ],
)
def test_a_count_keeps_its_verb_where_no_negation_governs_it(text: str, expected: str) -> None:
    assert expected in figures_of(text)


def test_a_count_with_its_verb_ranks_and_reads_by_its_number() -> None:
    """ "set fire to two buses" is a small count as "two buses" is, and "treated about 30
    people" is about 30, as "about 30 people" is."""
    found = {
        f.text: f
        for f in find_figures(
            sentences(
                "Rioters set fire to two buses.", "Clinics treated about 30 people for burns."
            )
        )
    }
    assert figure_rank(found["set fire to two buses"]) == 1
    assert found["treated about 30 people"].bound == "approx"


def test_a_toll_another_report_of_the_day_says_has_risen_past_is_stale() -> None:
    """r60 F5: one day's two reports, "killing at least six" and "the death toll rose to
    eight": the risen toll counts the dead again, so the lower is the count it rose from,
    and that report's hurt ("14 were hurt") the earlier count beside the other's 20. In
    one report a lower count is a part, and with no risen toll neither report says which
    came first."""
    found = find_figures(
        [
            Sentence("Storm Pell hit Ostra on Monday, killing at least five people.", 1, 1, 0),
            Sentence("At least five people died, two of them in Vell, and 14 were hurt.", 1, 2, 0),
            Sentence("The death toll from Storm Pell rose to seven late on Monday.", 2, 1, 0),
            Sentence("Officials said 20 people had been hurt.", 2, 2, 0),
            Sentence("A falling tree killed two people in Vell.", 2, 3, 0),
        ]
    )
    stale = stale_tolls(found, lambda f: True, lambda f: 0, lambda mention: "")
    assert {f.text for f in stale} == {
        "killing at least five people",
        "At least five people died",
        "14 were hurt",
    }
    # no risen toll: two counts of one day, neither told as the later
    plain = [f for f in found if f.sentence.source != 2 or f.sentence.index != 1]
    assert stale_tolls(plain, lambda f: True, lambda f: 0, lambda mention: "") == frozenset()
    # another story's risen toll overtakes nothing here
    assert (
        stale_tolls(found, lambda f: True, lambda f: f.sentence.source, lambda mention: "")
        == frozenset()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Police did not arrest 60 marchers in Ostra on Friday, a spokesman said.",
        "The garrison denied shooting 14 villagers during the search.",
        "The guards have not yet detained 9 students, the university said.",
    ],
)
def test_a_count_of_people_whose_act_is_negated_or_denied_is_no_figure(text: str) -> None:
    """ "did not arrest 60 marchers" had been the key figure "arrest 60 marchers", the
    opposite of the sentence: a count of people, as of things (befell), whose verb a
    negation or a denial governs is no figure with that verb."""
    verbs = ("arrest", "shooting", "detained")
    assert not [t for t in figures_of(text) if any(verb in t for verb in verbs)]


def test_a_count_of_people_whose_act_happened_keeps_its_verb() -> None:
    found = figures_of("Police arrested 60 marchers in Ostra, and nobody denies killing 3 guards.")
    assert "arrested 60 marchers" in found


def test_a_count_another_report_says_it_revises_is_stale() -> None:
    """r62 F2: the owner's "Seven ... were kidnapped ..., one more than the navy had
    reported" revises the navy's six, which had stayed the key figure. Of another unit,
    another number or another act, nothing is revised."""
    found = find_figures(
        [
            Sentence("Gunmen seized the barge at dawn and abducted four deckhands.", 1, 1, 0),
            Sentence("Two patrol boats were sent to the creek, the navy said.", 1, 2, 0),
            Sentence(
                "Five deckhands were abducted from the barge, its operator said on Friday,"
                " one more than the navy had reported.",
                2,
                1,
                0,
            ),
        ]
    )
    text_of = {(f.sentence.source, f.sentence.index): "" for f in found}
    text_of[(2, 1)] = (
        "Five deckhands were abducted from the barge, its operator said on Friday, one more"
        " than the navy had reported."
    )
    stale = stale_tolls(
        found, lambda f: True, lambda f: 0, lambda m: text_of.get((m.source, m.index), "")
    )
    assert {f.text for f in stale} == {"abducted four deckhands"}
    assert next(f for f in found if f.sentence.source == 2).sayer is None  # not "one more..."


def test_a_small_count_told_with_what_befell_it_is_news() -> None:
    """ "Seven crew members were kidnapped" ranks as "kidnapped six crew members" does: a
    verb of what was done to them makes a small count news, not a generic "two firms"."""
    found = find_figures(sentences("Seven crew members were kidnapped.", "Two firms bid."))
    assert [figure_rank(f) for f in found] == [0, 1]


def test_a_past_tense_beside_a_day_just_ahead_tells_no_year() -> None:
    """r64 F5: "Jet fuel deliveries for the week of June 14-20 were cut" on 9 June 2027
    had been dated a year back; the past is the cut's, and a year back would be written
    "last June". A day a month or more ahead is still last year's in a past clause."""
    from brief.extract.figures.notation import iso

    assert iso("June 14-20", "2027-06-09", "past") == "--06-14"
    assert iso("June 12", "2027-06-09", "ahead") == "2027-06-12"
    assert iso("August 3", "2027-06-09", "past") == "2026-08-03"
    assert iso("June 9", "2027-06-09", "past") == "2027-06-09"


def test_one_count_of_one_thing_in_a_report_is_one_key_figure() -> None:
    """r63 F11: a sitrep's field and its sentence count the same people ("AFFECTED: 8,400
    people newly displaced", "About 8,400 people have been displaced"), and both had been
    key figures; a field's "213 suspected cases, 9 deaths" had been two, beside the
    sentence's "cases ... have risen to 213, with 9 deaths". One count of one thing, the
    sentence's wording; another thing of the same number stays."""
    found = find_figures(
        [
            Sentence(
                "AFFECTED: 213 suspected dengue cases, 9 deaths; 8,400 people displaced", 1, 1, 0
            ),
            Sentence("Suspected dengue cases in Kallo have risen to 213, with 9 deaths.", 1, 2, 1),
            Sentence(
                "About 8,400 people have been displaced from the valley, officials said.", 1, 3, 2
            ),
            Sentence("Engineers have cleared 8,400 tonnes of rubble.", 1, 4, 3),
        ]
    )
    # the field first, as a brief may rank it: the sentence's fuller words are kept
    ranked = key_figures(found, lambda f: float(f.sentence.index == 1))
    again = repeated(ranked)
    kept = [f.text for k, f in enumerate(ranked) if k not in again]
    assert kept == [
        "About 8,400 people have been displaced",
        "cases in Kallo have risen to 213, with 9 deaths",
        "8,400 tonnes of rubble",
    ]
    # two classes of what befell people are two counts, however many they number
    tolls = find_figures(
        sentences("Officials said 40 were displaced.", "Officials said 40 were injured.")
    )
    assert not repeated(tolls)


def test_a_count_told_before_is_found_by_what_it_counts_as_asking_each_would() -> None:
    """repeated finds a report's earlier count of one thing with a later one among the
    counts of its number filed by class, noun and plain unit (key_choice._CountsTold),
    not by asking each: the first it finds is the first asking each in turn finds, of
    the same class or another ("40 people" beside "40 people were displaced"), whatever
    their order."""
    from brief.extract.figures.key_choice import _counting, _CountsTold, _one_thing

    texts = [
        f"Officials said {number} {what} {verb}."
        for number in ("40", "8,400")
        for what in ("people", "families", "tents", "residents")
        for verb in ("were displaced", "were evacuated", "fled", "were counted", "were affected")
    ]
    texts += ["The number of people displaced has risen to 40.", "AFFECTED: 40 people displaced"]
    found = find_figures(sentences(*texts))
    orders = [found, found[::-1], sorted(found, key=lambda f: f.text)]
    for figures in orders:
        told = _CountsTold(figures)
        for k, figure in enumerate(figures):
            mine = _counting(figure)
            asked = next(
                (
                    j
                    for j in range(k)
                    if mine is not None
                    and (theirs := _counting(figures[j])) is not None
                    and figures[j].value == figure.value
                    and figures[j].sentence != figure.sentence
                    and _one_thing(mine, theirs)
                ),
                None,
            )
            assert told.counted_before(k) == asked
            told.add(k)
    assert any(told.counted_before(k) is not None for k in range(len(found)))


def test_a_clock_time_is_no_count() -> None:
    """r65 F4: "6 a.m. Visitors" read as six visitors when a sentence ran on past the
    time; a time of day counts nothing, whatever follows it."""
    figures = find_figures(
        sentences(
            "The curfew runs from 8 p.m. to 5 a.m. Visitors must stay in 40 hotels.",
            "Shops shut at 10 pm and 6 o'clock Buses stopped.",
        )
    )
    assert [f.text for f in figures] == ["40 hotels"]
