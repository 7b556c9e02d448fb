from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from brief.extract.figures import find_figures, timeline
from brief.extract.figures.dated_events.event_dates import is_event_date
from brief.models import Mention, Sentence, TimelineEvent
from brief.options import Options
from brief.pipeline import build
from brief.render.timeline import timeline_svg
from tests.extract_helpers import sentences


def event(date: str, label: str, text: str, index: int = 1) -> TimelineEvent:
    return TimelineEvent(date, label, text, Mention(1, index))


def drawn(svg: str) -> ET.Element:
    """The timeline's drawings, one per row, parsed under one element: it parses only
    if every text in them is escaped."""
    return ET.fromstring(f"<figure>{svg}</figure>")


def test_fewer_than_two_events_draw_nothing_but_one_is_listed() -> None:
    """A digest had said "No dated events" above a JSON holding one: a scheduled date is
    news, listed, though one date draws no line."""
    from brief.render.timeline import shown_events

    one = (event("2025-12-06", "6 Dec 2025", "The second Test begins."),)
    assert timeline_svg(()) == ""
    assert timeline_svg(one) == ""
    assert shown_events(one) == list(one)


def test_svg_is_well_formed_escaped_and_self_contained() -> None:
    hostile = 'Troops <script>alert("x")</script> & "friends" \x00 moved'
    svg = timeline_svg(
        [event("2022-02-10", "February 10-20", hostile, 2), event("2014", "2014", "Annexed.")]
    )
    root = drawn(svg)  # parses: every text is escaped
    assert [row.tag.endswith("svg") and row.get("width") == "170mm" for row in root] == [True] * 2
    assert "<script>" not in svg and "href" not in svg and "url(" not in svg
    texts = "".join(root.itertext())
    assert texts.index("2014") < texts.index("10–20 Feb 2022")  # oldest first
    assert "<script>" in texts  # shown as text, not markup


def test_each_row_is_a_drawing_of_its_own_so_a_page_may_end_between_rows() -> None:
    """r78 F8: one drawing of the whole timeline, which no page can split, had gone whole
    to the next page and left a quarter of the one before it blank. Each row is drawn on
    its own, its piece of the line running from its top to its bottom, so that stacked
    they draw one line from the first dot to the last row's end."""
    from brief.render.timeline import TOP

    rows = list(
        drawn(
            timeline_svg(
                [event(f"2026-03-{d:02d}", f"March {d}", f"Event {d}.", d) for d in (3, 4, 5)]
            )
        )
    )
    assert len(rows) == 3
    heights = [float(row.get("viewBox", "").split()[3]) for row in rows]
    lines = [row.find(f"{SVG}line") for row in rows]
    ends = [
        (float(line.get("y1", "")), float(line.get("y2", ""))) for line in lines if line is not None
    ]
    assert ends == [(TOP, heights[0]), (0, heights[1]), (0, heights[2] - TOP)]


def test_the_most_important_events_are_kept_then_drawn_in_date_order() -> None:
    from brief.render.timeline import MAX_EVENTS

    story = [
        event(f"--03-{d:02d}", f"March {d}", "Now.", d) for d in range(20, 20 - MAX_EVENTS, -1)
    ]
    history = [event("1991", "1991", "Long ago."), event("2014", "2014", "Before.")]
    texts = "".join(drawn(timeline_svg(story + history)).itertext())
    assert "1991" not in texts and "2014" not in texts  # the input order is importance
    days = [texts.index(f"{d} Mar") for d in range(20 - MAX_EVENTS + 1, 21)]
    assert days == sorted(days)  # drawn by date


def test_a_date_range_is_labelled_as_a_range() -> None:
    svg = timeline_svg(
        [
            event("--02-10", "February 10-20", "Drills."),
            event("2022-03-10", "10–24 March 2022", "Talks."),
            event("--02-09", "February 9", "Arrival."),
        ]
    )
    texts = "".join(drawn(svg).itertext())
    assert "10–20 Feb" in texts and "10–24 Mar 2022" in texts and "9 Feb" in texts
    assert texts.index("10–24 Mar 2022") < texts.index("9 Feb")  # yearless dates last


# Which dated sentences make timeline rows (brief.extract.figures.dated_events); invented text.


def rows(*texts: str) -> list[str]:
    sents = sentences(*texts)
    return [e.label for e in timeline(find_figures(sents), sents)]


@pytest.mark.parametrize(
    "text",
    [
        # a modal: the date is of a hypothetical, even after a comma (", not ...")
        'The mayor said: "Spring would suit the launch better, on 1 May, not 1 March."',
        "A motion which could require that ferries keep sailing on Boxing Day and 2 January.",
        # a forecast or an intention: nothing is set for that date yet
        "The vote is widely expected on 6 June.",
        "The election is widely expected to be held on 5 May.",
        "Parliament will ratify the pact after a plebiscite, expected in 2027.",
        "Rivals expect the leader to call the poll on 12 October.",
        "The ministry plans to open the bridge in 2029.",
        "The port is likely to reopen on 3 August.",
        "Markets share the belief that the cut will come on 1 July.",
        "Analysts are predicting a 4% rise in output in 2027.",
        "Sales grew, but not as fast as in 2019.",
        "In the year 2070, if trends hold, one in three will be over 65.",
        "Buyers must wait until at least 2029 for the new model.",
        "The agency predicts that output will rise from 81,000 tonnes in 2026.",
        # a span of years, or the end of a span after a season
        "Donors are haggling over the aid package for 2028-2034.",
        "The levy will not apply until autumn 2027 and tenants are exempt.",
        # a year the sentence talks about: a possessive, a subject, an object
        "Takings were down 26.5% on 2023's figures, the board said.",
        "Without a doubt, 2023 has been a landmark year for the awards.",
        "The chief executive called 2023 an outstanding success.",
        "Only 2017 was colder, the agency said.",
        # a comparison's base, its noun's own relative clause and all
        "The riots are the worst since student protests that preceded the fall of the"
        " junta in 1974.",
        "The party has not won a seat since the election that was held in 1992.",
        # a "since" clause bounds its sentence's span whatever its own verb: it had dated
        # "he has lived abroad" 2010 (and r43's "17 merchant ships have been attacked"
        # October 2026, the month the attacks resumed)
        "Since the company that he founded was sold in 2010, he has lived abroad.",
        "He said talks would resume on 4 May if the ceasefire held.",
        "The exercise would end on 28 March.",
    ],
)
def test_hypotheticals_forecasts_and_spans_make_no_row(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Rebels, who could not be reached, seized the depot on 9 May.", "9 May"),
        ("The envoys will meet in Oslo on 4 June.", "4 June"),
        # a schedule in a "which" clause stays one
        ("Funds came for the new stadium, which is set to open in 2027.", "2027"),
        ("Talks go on, said the 30-year-old, who is retiring in 2027.", "2027"),
        ("The inspector is due to report on 18 March.", "18 March"),
        ("Aides said he would resign and the army seized the port on 2 July.", "2 July"),
        ("Troops crossed the river, on 5 April, the army said.", "5 April"),
        ("On 6 April, troops who could not be fed crossed the river.", "6 April"),
        ("On 7 April, the envoy said talks would resume.", "7 April"),
        # newswire's announcement of a set date, not a forecast
        ("The drills are expected to take place on 12 March.", "12 March"),
        ("The talks are set to resume on 3 June.", "3 June"),
        # reported speech's "would" is a reported "will" (a reviewer's "Kirsanov said the
        # exercise would end on 28 March" had no row); with a condition it is no event
        ("Kirsanov said the exercise would end on 28 March.", "28 March"),
        ("Officials told reporters the envoys would meet on 18 March.", "18 March"),
    ],
)
def test_events_past_and_scheduled_keep_their_row(text: str, label: str) -> None:
    assert rows(text) == [label]


def test_one_row_per_sentence_however_many_dates() -> None:
    labels = rows(
        "Troops arrived on 2 May 2022, a week after talks in April 2022 and a year after 2021.",
        "The ceasefire held until 9 May; the shelling resumed on 11 May.",
    )
    assert len(labels) == 2 and labels[0] == "2 May 2022"


def test_a_year_is_read_where_it_stands_not_inside_an_earlier_date() -> None:
    assert rows("Prices may fall by March 2027, the bank said, and they fell in 2027 too.") == [
        "2027"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a year that modifies a noun names a thing
        "The actor plays the lead in a remake of the 1962 musical.",
        "The minister defended his 2003 budget in the chamber.",
        "Lawyers cited Article 9 of the 1951 Fishing Convention.",
        # the bound of a span, or a comparison's base
        "The levy applies to all sales from 1998 onwards.",
        "The ferry ran the route from 1971 to 1989.",
        "The old charter, dating from 1921, still binds the guild.",
        "Jobless claims fell to 6%, down from 9% in June 2001.",
        "Exports reached 4m tonnes, almost double the figure in 1996.",
        "Tolls are about 20% higher than they were in March 2001.",
        "The port is looking to float on the stock market in 2029.",
        "Guards were doubled in the wake of 14 July, the ministry said.",
        "Ferry bookings in the four months from 2 May to 30 August rose 4%.",
        # a year in an aside about one of the sentence's things: background, not its news
        "The islands _ battered by Hurricane Hugo in 1989 _ emerged unscathed.",
        "The ferry, launched in 1982, was one of the first of its kind.",
        "Mr Nogar, who died in 1994, always kept two tapes.",
        # ... also before the speech verb of the news: today's words, not 2024's
        "Former prime minister Dragan Ilic, who resigned in 2024, said the vote was a mistake.",
        "Founded in 1998, the guild now has 500 members.",
        # ... and before "and": a relative clause is its thing's wherever it ends
        "Mr Walsh, who took charge in 2000, and his team have earned praise.",
        # ... and at the sentence's end (a reviewer's warship)
        "China urged Manila to tow away the warship, which was grounded there in 1999.",
        # a day in a relative clause, beside the news's own day of this week (a reviewer's)
        "Justice Lucy Kamau on Tuesday suspended the levy, which took effect on March 1,"
        " until the case is heard.",
        # a plan the sentence says has changed
        "The bridge, originally due for completion in 2009, will open in spring.",
        "The museum was originally due to open in 2011 but has run out of money.",
        # a proviso, and a question
        "The pact takes effect in March 2008, providing all members sign it.",
        "How could the board approve the sale on 3 June?",
    ],
)
def test_dates_that_date_no_event_make_no_row(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # "from" that does not govern the date: the date is the event's
        ("The carrier emerged from Chapter 11 protection in May 2004.", "May 2004"),
        ("The fair runs from 4-9 October.", "4-9 October"),
        ("The mill closed in 1998 after a fire.", "1998"),
        # an aside with a day is recent news; a clause that goes on is the sentence's own
        ("The complaint, filed on 13 December, said the firm had lied.", "13 December"),
        ("Napier, then a prisoner, sued in 2001 under the convention, in which he won.", "2001"),
        ("So-called raids have boomed in 2004, say experts.", "2004"),
        ("Mr Brown, who married in 2000, changed his mind in 2002.", "2002"),
        # the "than" of a quantity or an expectation is no comparison's base
        ("More than 40 ferries were grounded in March 2001.", "March 2001"),
        ("Less than a week after it opened in May 2003, the mill burned.", "May 2003"),
        ("Ferry sales rose more than tenfold in 2003.", "2003"),
    ],
)
def test_events_after_from_keep_their_rows(text: str, label: str) -> None:
    assert rows(text) == [label]


def test_a_date_that_opens_a_reporting_period_makes_no_row() -> None:
    assert rows("The budget for the year beginning 1 April cuts farm aid.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The fiscal year starting on 1 July brings new levies.",
        "The striker scored against 1998 cup winners Rovers.",
    ],
)
def test_a_period_start_or_a_year_before_a_name_makes_no_row(text: str) -> None:
    assert rows(text) == []


def test_a_year_after_a_preposition_of_time_keeps_its_row() -> None:
    assert rows("The striker joined Rovers in 1998 from a rival club.") == ["1998"]


def test_set_to_is_a_forecast_unless_its_verb_is_of_the_calendar() -> None:
    assert rows("Tablet sales are set to soar in 2030, analysts say.") == []
    assert rows("The new bridge is set to open in 2030.") == ["2030"]


@pytest.mark.parametrize(
    "text",
    [
        "Her contract will run to 2031.",
        "Starting in 1988, the museum has been buying maps.",
        "The crew was at sea from May 3 through May 19.",
        "Volunteers cleared roads between March 2 and March 5.",
        "The survey ran from 4 October 2011 to 2 January 2012.",
        "The cuts are to reach 20 percent by the year 2040.",
        '"We cannot wait to 2031 to act," the envoy said.',
        "The choir, who is 40 on June 9, sings in July.",
        'The press sells a 1971 "Pocket Edition" of the atlas.',
        "An aftershock of the March 3 quake shook the valley on Tuesday.",
        "This quake is of the same kind as March 3rd, the expert said.",
        "November 2.",
        "(Nov. 4) Reuters",
        "HMV Ardent at Portsmouth in 1999.",
        "(File photo: a ferry at the quay in 2001)",
        "In this June 8, 2015 photo, crews inspect a bridge.",
        '<post post-date="March 2, 2016">.',
        "The rower and 2008 Boat Race winner retired.",
        "A tremor of the March 3 7.1 quake shook the valley on Tuesday.",
        "There were even suggestions that she will stand in 2032 - rumours she denied.",
        "The drill, which ran on May 2 – May 6, 2019 and cost little, ended.",
        "The plan, called “Vision 2040,” was praised.",
        # a page's stamp, whatever notes of the change follow it
        "Updated 4 March 2026, 10:15 GMT — adds minister's comment, new figures",
        "Last updated: 5 March 2026 at 09:40",
    ],
)
def test_span_bounds_ages_names_captions_and_date_lines_make_no_row(text: str) -> None:
    sents = sentences(text)
    assert timeline(find_figures(sents), sents) == ()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The film is out in cinemas on 11 March.", "11 March"),
        ("Rebels took the port on June 13 and 14.", "June 13"),
        ("The ferry sank on 4 May, when the storm hit.", "4 May"),
        ("Grain moved between May 2019 and May 2020, when the pact ended.", "May 2020"),
        ("In 2011, the firm sold its mines.", "2011"),
        ("Fans still look back to 1991, when the club won the cup.", "1991"),
        ('"In 2012 our firm grew," the founder said.', "2012"),
    ],
)
def test_dated_events_keep_their_row_beside_the_new_rules(text: str, label: str) -> None:
    sents = sentences(text)
    assert [e.label for e in timeline(find_figures(sents), sents)] == [label]


@pytest.mark.parametrize(
    "text",
    [
        "In 2004, according to forecasts by the ministry, imports will be 3% higher.",
        "In 2020, making a call from a desk phone will be quaintly passé.",
        "Harbour traffic will be the main worry of the port in 2006.",
    ],
)
def test_a_future_state_in_a_year_is_a_forecast_not_an_event(text: str) -> None:
    assert rows(text) == []


def test_a_set_event_of_a_year_keeps_its_row() -> None:
    assert rows("The treaty will be signed in 2007.") != []
    aside = "The game will be their second - the first back in June 1984 ended in a draw."
    assert rows(aside) != []


def test_a_captions_or_a_posts_date_makes_no_row_of_the_brief(tmp_path) -> None:
    """ "In this Feb. 11, 2007, file photo" dates a picture, and an embedded post's
    signature its post: neither is an event of the story."""
    from brief.options import Options
    from brief.pipeline import build

    article = tmp_path / "a.txt"
    article.write_text(
        "Actress sues over payment\n\n"
        "The actress filed a lawsuit in Los Angeles on March 6, 2018, over the payment.\n\n"
        "Lawyer Tom Ruiz was paid on October 28, 2016, the lawsuit says.\n\n"
        "FILE - In this Feb. 11, 2007, file photo, the actress arrives for an awards show.\n\n"
        "I have my subpoena pen ready. — Ann Lee (@annlee_mp) May 16, 2017\n",
        encoding="utf-8",
    )
    rows = [e.text for e in build([str(article)], Options()).timeline]
    assert rows and all("2007" not in row and "@annlee" not in row for row in rows)


def test_a_commitment_to_act_dates_no_event() -> None:
    """ "vowed to ... in 2005", "promised to visit ... on March 3": what someone commits to
    do is an intention; what was signed in 2005 happened."""
    found = sentences(
        "France and Germany vowed to run their budget deficits below the cap in 2005.",
        "He promised to visit Kyiv on March 3.",
        "They signed the pledge in 2005.",
    )
    assert [e.text for e in timeline(find_figures(found), found)] == [
        "They signed the pledge in 2005."
    ]


def test_dates_without_a_year_keep_to_their_own_article() -> None:
    """A month and day from two articles may be of two years: each article's are listed
    together, in order, never interleaved with another's."""
    from brief.models import Sentence

    texts = [
        (1, "The storm struck the coast on 10 September, killing four people."),
        (1, "Officials said on 12 September that roads had reopened."),
        (2, "The inquiry into the storm opened on 14 July, hearing from engineers."),
        (2, "The report was published in March 2025."),
    ]
    sents = [Sentence(text, source, n, n) for n, (source, text) in enumerate(texts, start=1)]
    order = [e.label for e in timeline(find_figures(sents), sents)]
    assert order == ["March 2025", "10 September", "12 September", "14 July"]


def test_a_year_told_in_the_past_and_the_first_date_of_a_sentence_stay() -> None:
    """ "2008 was the year Lehman Brothers collapsed" tells what happened then; of two
    event dates in one sentence the first, its main clause's, is kept, whichever
    sentence a repeated year was first read in."""
    rows_of = rows(
        "2005 is going to be a good year for mobile firms.",
        "The network launched in 2003, and its rivals are due to launch in 2005.",
        "2008 was the year Lehman Brothers collapsed.",
    )
    assert rows_of == ["2003", "2008"]


SVG = "{http://www.w3.org/2000/svg}"


def test_a_rows_sentence_is_drawn_whole_and_only_a_very_long_one_is_cut() -> None:
    """r45 M6: a row cut to one line around its date had lost its subject ("…Gold
    Resources were detained by soldiers", as if the company were detained). A row shows
    its whole sentence, wrapped, with its date's words in bold; one too long for
    MAX_LINES keeps its opening and the line of its date, and says where it is cut."""
    from brief.render.timeline import MAX_LINES

    detained = (
        "Two aid workers employed by the Harbour Relief Trust were detained by police at"
        " the Kessa border post on Thursday, the charity said."
    )
    history = (
        "Tensions along the frontier have risen steadily since Russia annexed Crimea in 2014"
        " and launched its full-scale invasion of Ukraine in February 2022."
    )
    events = [
        TimelineEvent("2026-12-03", "Thursday", detained, Mention(1, 3)),
        TimelineEvent("2022-02", "February 2022", history, Mention(1, 24)),
    ]
    root = drawn(timeline_svg(events))
    shown = " ".join("".join(text.itertext()) for text in root.iter(f"{SVG}text"))
    assert f"{detained} [1:3]" in shown and f"{history} [1:24]" in shown
    assert "…" not in shown
    bold = [t.text for t in root.iter(f"{SVG}tspan") if t.get("font-weight")]
    assert bold == ["February 2022", "Thursday"]  # in date order
    words = " ".join(f"word{k}" for k in range(200))
    long = TimelineEvent("2026-12-04", "Friday", f"Troops {words} left on Friday.", Mention(2, 1))
    root = drawn(timeline_svg([events[0], long]))
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    lines = [text for text in texts if "word" in text or "Friday" in text]
    assert len(lines) == MAX_LINES
    assert lines[0].startswith("Troops word0") and lines[-1].startswith("…")
    assert lines[-1].endswith("left on Friday. [2:1]")


@pytest.mark.parametrize(
    ("published", "text", "date"),
    [
        ("2025-12-02", "The two sides will meet again in Brussels on 15 July.", "2026-07-15"),
        ("2025-12-02", "On 20 March, negotiators will meet in Vienna.", "2026-03-20"),
        ("2025-12-02", "Talks are due to resume on 20 March.", "2026-03-20"),
        ("2025-12-02", "Talks collapsed on 20 March.", "2025-03-20"),
        ("2025-12-02", "The envoy said on 28 November that talks will resume.", "2025-11-28"),
        ("2025-12-02", "The vote takes place on 15 December.", "2025-12-15"),
        ("2026-01-03", "Police arrested him on 28 December.", "2025-12-28"),
        ("2026-01-03", "The court will rule on 12 January.", "2026-01-12"),
        ("2025", "The border will reopen on 3 March.", "2025-03-03"),
        # from the review: a day late is this year's, and what "whether", "was due to",
        # "after" and an opening date say
        ("2025-12-02", "The law will take effect on 1 December.", "2025-12-01"),
        ("2025-12-02", "The court will rule on whether the 10 March vote was valid.", "2025-03-10"),
        (
            "2025-12-02",
            "The vote was due to take place on 15 March but was postponed.",
            "2025-03-15",
        ),
        ("2025-12-02", "Talks will resume after 15 July.", "2026-07-15"),
        ("2025-12-02", "On 5 January he will resign.", "2026-01-05"),
        ("2026-01-03", "Police arrested him on 20 June.", "2025-06-20"),
        ("2025-03-02", "The election will be held on 29 February.", "--02-29"),
        # second review: a past reporting verb is no past date, a date near New Year is
        # the nearest one, and an impossible article date shifts nothing
        ("2026-06-15", "The ministry announced the ban would take effect on 1 July.", "2026-07-01"),
        ("2026-06-15", "He was expected to testify on 1 July.", "2026-07-01"),
        ("2026-06-15", "Organisers postponed the concert until 1 July.", "2026-07-01"),
        ("2026-12-28", "The strike, planned for 8 January, was called off.", "2027-01-08"),
        ("2026-01-02", "Trading is set to resume on 31 December.", "2025-12-31"),
        ("2026-02-30", "They will meet again on 5 March.", "2026-03-05"),
        # third review: "until" and "would" say no tense, "to be" looks ahead, and a past
        # date is no later than the article's
        ("2026-03-01", "He served as minister until 10 January, when he resigned.", "2026-01-10"),
        ("2025-12-02", "The report, to be published on 15 January, is awaited.", "2026-01-15"),
        ("2025-12-28", "The tax was introduced on 1 January.", "2025-01-01"),
        # a calendar's present looks ahead whatever the clause began in (a reviewer's
        # "... had been ordered to clear sites before the new term begins" had been 2025)
        (
            "2026-03-10",
            "Schools had been ordered to clear breeding sites before the term begins on 23 March.",
            "2026-03-23",
        ),
    ],
)
def test_a_date_without_its_year_takes_the_one_its_tense_puts_it_in(
    published: str, text: str, date: str
) -> None:
    """Beside the publication date, "will meet on 15 July" in December is next July and
    "arrested on 28 December" in January last December: a year's error in the timeline is
    a wrong fact. With only the publication year, that year."""
    (figure,) = (f for f in find_figures(sentences(text), {1: published}) if f.kind == "date")
    assert figure.date == date


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("The court on Thursday struck down a levy imposed by the state in 2019.", False),
        (
            "In a decision released Tuesday, the judge found the search in March 2024 unlawful.",
            False,
        ),
        ("The government imposed a levy in 2019.", True),
        ("Bloody Sunday, about the 1972 killings, won in 2003.", True),
        ("The Sunday Times was sold in 2004.", True),
        ("The club plays on a Saturday, as it did in 2004.", True),
    ],
)
def test_a_bare_year_in_a_sentence_of_this_weeks_news_is_something_elses(
    text: str, dated: bool
) -> None:
    """ "struck down on Thursday a levy imposed ... in 2019" had been a 2019 row: the
    news has a day of this week, and the year is the levy's."""
    at = text.rindex("20")
    assert is_event_date(text, at, at + 4) is dated


def test_a_securitys_maturity_is_no_event() -> None:
    """ "Yields on Nigeria's dollar bonds due 2031 rose" had a timeline row for 2031 (a
    reviewer's markets copy): "due 2031" names the bonds; "due in 2031" is a schedule."""
    from brief.extract.figures import find_figures, timeline
    from brief.models import Sentence

    def rows(text: str) -> list[str]:
        sentences = [Sentence(text, 1, 1, 0)]
        return [e.date for e in timeline(find_figures(sentences, {1: "2026-03-18"}), sentences)]

    assert rows("Yields on Nigeria's dollar bonds due 2031 rose 40 basis points.") == []
    assert rows("The loan is due in 2031.") == ["2031"]


def test_a_date_in_a_comparisons_base_is_no_row_of_the_news() -> None:
    """ "Castellan offered 142 crowns per share, compared with the 132 crowns Meridian
    agreed to pay on Feb. 23" had a row "23 Feb 2026: Castellan offered ..." (a reviewer's
    markets copy): the base's own verb dates the base, not the offer."""
    from brief.extract.figures import find_figures, timeline
    from brief.models import Sentence

    text = (
        "Castellan offered 142 Norwegian crowns per share, compared with the 132 crowns"
        " Meridian agreed to pay on Feb. 23."
    )
    sentences = [Sentence(text, 1, 1, 0)]
    assert timeline(find_figures(sentences, {1: "2026-03-18"}), sentences) == ()


def test_a_date_a_likeness_is_measured_against_is_no_row() -> None:
    """ "the scale of the drills was similar to those of April 2025" had a row "Apr 2025"
    (r35): the drills of then are the base of a likeness, not this story's event."""
    assert rows("Chen said the scale of the drills was similar to those of April 2025.") == []
    assert rows("The toll was comparable to that of the 2015 quake.") == []
    # a date the clause gives its own event after the likeness stays (review)
    assert rows("China launched drills similar to those of April 2025 on 8 December.") == [
        "8 December"
    ]


def test_a_fiscal_year_and_an_aside_with_an_and_are_no_events() -> None:
    """A reviewer's timeline had "2026: The borrowing requirement for the 2026/27 fiscal
    year is R420 billion" (a period, not a date) and "1964: The ELN, founded in 1964 by
    radical priests and students, has 6,000 fighters" (an aside whose "and" had been
    taken for its end)."""
    found = sentences(
        "The borrowing requirement for the 2026/27 fiscal year is R420 billion.",
        "The ELN, founded in 1964 by radical priests and students, has 6,000 fighters.",
        "Output in 1998/99 rose to 105,000 tons.",
        "Rebels crossed the border and shelled the town in March 2022, officials said.",
    )
    rows = timeline(find_figures(found), found)
    assert [row.date for row in rows] == ["2022-03"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Monday 7 December 2026's article (r35: no weekday was ever a date)
        ("Houthi forces struck a tanker late on Sunday, the navy said.", "2026-12-06"),
        ("The parliament passed the special budget last Thursday.", "2026-12-03"),
        ("China began large-scale drills on Monday around the island.", "2026-12-07"),
        ("The minister will travel to Tokyo on Wednesday.", "2026-12-09"),
        ("The envoy is due to arrive next Monday.", "2026-12-14"),
        ("Sunday's attack killed five sailors.", "2026-12-06"),
        # no tense, a bound, a habit, a name, either way: no date
        ("Talks would resume on Friday if the truce held.", None),
        ("The curfew stays in force until Friday.", None),
        ("Fighting has raged since Saturday.", None),
        ("Markets close early every Friday.", None),
        ("Thousands marked Bloody Sunday in Derry.", None),
        ("The vote is this Friday.", None),
        # the day before the page's: "yesterday" or last week's (r42 L1)
        ("The border commission last met last Sunday in Batken.", None),
        ("The congress began last Saturday and ends today.", "2026-12-05"),
        # the present tells no day: states either way (review); but a schedule said as
        # one ("is scheduled for", "is due on") can only be to come (r40 M7)
        ("The court hears the case on Thursday.", None),
        ("Taiwan holds local elections on Saturday.", None),
        ("The rally is scheduled for Saturday.", "2026-12-12"),
        # a day of the month written beside it is the date
        ("The army moved in on Sunday, 29 November.", "2026-11-29"),
        # a phrase set off by commas dates the clause it hangs from; the telling's day
        # after it is not the event's (r36: "..., on Sunday, sources told AFP on Tuesday")
        (
            "Jihadists killed 50 soldiers in Djibo, in northern Burkina Faso, on Sunday,"
            " security sources told AFP on Monday.",
            "2026-12-06",
        ),
        (
            "Gunmen stormed Furcy, in the Kenscoff commune, overnight Sunday, killing at"
            " least 16 people, officials said Monday.",
            "2026-12-06",
        ),
        ("Talks will be held in Geneva, on Wednesday, officials said.", "2026-12-09"),
        (
            "Gunmen killed 22 villagers in Tiloa, in Niger's Tillaberi region near the border"
            " with Mali, on Saturday, local sources told AFP on Monday.",
            "2026-12-05",
        ),
        # ... the clause it hangs from, not a past verb anywhere before (review)
        ("The president, who was re-elected in March, travels to Tokyo, on Wednesday.", None),
        ("Voters in Burkina Faso, who endured two coups, go to the polls, on Sunday.", None),
    ],
)
def test_a_weekday_is_a_date_beside_the_articles_own(text: str, day: str | None) -> None:
    from brief.extract.figures import find_figures, timeline
    from brief.models import Sentence

    found = [Sentence(text, 1, 1, 0)]
    events = timeline(find_figures(found, {1: "2026-12-07"}), found)
    assert [event.date for event in events] == ([day] if day else [])
    undated = timeline(find_figures(found), found)
    assert [event.label for event in undated if "day" in event.label] == []  # no weekday rows


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Thursday 10 December 2026's page: what is called off, put off or moved had not
        # come when it was, so its possessive day is the one after the page's (r66 F13:
        # "Friday's meeting ... has been called off" had gone to the Friday before)
        ("The ministry says Friday's meeting of ministers in Lyon has been called off.", "12-11"),
        ("Saturday's vote on the budget was postponed after the walkout.", "12-12"),
        ("The union called off Saturday's march.", "12-12"),
        ("Friday's talks were pushed back to next week.", "12-11"),
        # a list's commas are the noun phrase's; the calling off's adverbs its own
        (
            "Friday's meeting of the ministers of Norway, Sweden and Finland in Lyon has now"
            " been formally called off.",
            "12-11",
        ),
        # held, or to come in so many words: the verb's tense says
        ("Friday's meeting ended without a deal.", "12-04"),
        ("Saturday's vote will decide the budget.", "12-12"),
        # a match stopped once begun is the day gone; a calling off of another noun's
        ("Saturday's match was abandoned at half-time.", "12-05"),
        ("Saturday's rally drew thousands and organisers said the march was cancelled.", "12-05"),
        ("Friday's meeting was a success and the march was cancelled.", "12-04"),
    ],
)
def test_a_called_off_events_weekday_is_the_one_to_come(text: str, day: str) -> None:
    from brief.extract.figures.weekdays import weekday_dates

    found = [f.date for f in weekday_dates(text, "2026-12-10") if "day" in f.text]
    assert found == [f"2026-{day}"]


def test_a_called_off_day_the_page_is_past_is_none() -> None:
    """On a Saturday's page "Friday's meeting was called off" may be yesterday's meeting
    or next week's: the nearer is gone, so neither, where a held one is yesterday's."""
    from brief.extract.figures.weekdays import weekday_dates

    assert weekday_dates("Friday's meeting of ministers was called off.", "2026-12-12") == []
    held = weekday_dates("Friday's meeting of ministers ended without a deal.", "2026-12-12")
    assert [f.date for f in held] == ["2026-12-11"]


def test_a_called_off_event_is_no_row_of_its_day() -> None:
    """A live page (Thursday's) tells the meeting off, then on again (r66 F13): the row
    of its calling off, under the Friday it was to be, had read as the day it was called
    off, beside the row of its being on after all. Also where the day is the first
    sentence's "Friday" written again."""
    found = [
        Sentence(
            "19:05 — The ministry says the meeting will take place on Friday after all.", 1, 1, 0
        ),
        Sentence("07:30 — The ministry says Friday's meeting has been called off.", 1, 2, 0),
    ]
    events = timeline(find_figures(found, {1: "2026-12-10"}), found)
    assert [(e.date, e.sentence.index) for e in events] == [("2026-12-11", 1)]
    alone = found[1:]
    assert timeline(find_figures(alone, {1: "2026-12-10"}), alone) == ()


def test_a_span_bound_written_with_its_weekday_is_no_event() -> None:
    """ "killed since Monday, March 9" bounds a span, as "since March 9" does (r36: a
    timeline row of 9 March); "attacked on Monday, March 9" is the day of an event."""
    found = [
        Sentence("At least 9 civilians had been killed since Monday, March 9, she said.", 1, 1, 0),
        Sentence("The army attacked the town on Monday, March 9, officials said.", 1, 2, 0),
    ]
    events = timeline(find_figures(found, {1: "2026-03-16"}), found)
    assert [(e.date, e.sentence.index) for e in events] == [("2026-03-09", 2)]


def test_one_weekday_in_two_reports_dates_each_reports_event() -> None:
    """ "on Monday" in two reports of one morning is two events (a missile fired, drills
    begun), each its report's row; a figure's text had stood for one row in all."""
    from brief.extract.figures import find_figures, timeline
    from brief.models import Sentence

    found = [
        Sentence("North Korea fired a ballistic missile on Monday.", 1, 1, 0),
        Sentence("China began drills around Taiwan on Monday.", 2, 1, 0),
    ]
    events = timeline(find_figures(found, {1: "2026-12-07", 2: "2026-12-07"}), found)
    assert [(event.date, event.sentence.source) for event in events] == [
        ("2026-12-07", 1),
        ("2026-12-07", 2),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the saying's day beside the event's: the event's (r37 C1)
        "Three soldiers were killed when Indian troops resorted to firing across the Line of"
        " Control (LoC) in the Neelum valley late on Sunday, the military's media wing said"
        " on Monday.",
        "Two soldiers were killed when the Pakistan Army opened fire on Indian positions along"
        " the Line of Control (LoC) in the Keran sector of north Kashmir's Kupwara district on"
        " Sunday night, officials said on Monday.",
        "North Korea said on Tuesday it had test-fired a new missile on Sunday.",
        # a weekday that dates the report of an event "the previous day"
        "North Korea said Monday it successfully test-fired a new missile the previous day.",
        "North Korea said in a statement on Monday that it test-fired a missile the day before.",
        "The ministry confirmed on Tuesday that troops had entered the town on Sunday.",
    ],
)
def test_an_event_is_dated_by_its_own_day_not_its_reports(text: str) -> None:
    sentences = [Sentence(text, 1, 1, 0)]
    events = timeline(find_figures(sentences, {1: "2026-03-10"}), sentences)
    assert [event.date for event in events] == ["2026-03-08"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # what a report says is to come has not happened: the saying is the event
        (
            "The utility announced on Monday that water rationing will start in the capital"
            " from Thursday, 12 March, as the dam runs dry.",
            "2026-03-09",
        ),
        (
            "The regulator confirmed on Monday that the plant would restart on 14 March.",
            "2026-03-09",
        ),
        # a past event reported keeps its day, and a schedule told alone its date
        ("The ministry said on Monday that the tanker had docked on 6 March.", "2026-03-06"),
        ("The committee will meet on 14 March.", "2026-03-14"),
    ],
)
def test_a_date_to_come_in_what_was_said_gives_way_to_the_day_of_saying(
    text: str, date: str
) -> None:
    """r56 L11: "announced on Friday that power cuts ... will be imposed ... from Monday,
    7 December" had been dated the Monday after the announcement."""
    sentences = [Sentence(text, 1, 1, 0)]
    events = timeline(find_figures(sentences, {1: "2026-03-10"}), sentences)
    assert [event.date for event in events] == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Thousands gathered on Monday, the day before the election.", "2026-03-09"),
        ("The minister arrived on Tuesday, a day earlier than planned.", "2026-03-10"),
    ],
)
def test_the_day_before_something_else_is_no_shift(text: str, date: str) -> None:
    """ "the day before the election", "a day earlier than planned" date nothing anew."""
    sentences = [Sentence(text, 1, 1, 0)]
    events = timeline(find_figures(sentences, {1: "2026-03-10"}), sentences)
    assert [event.date for event in events] == [date]


def test_a_weekday_in_what_was_called_for_is_no_past_day() -> None:
    """r38: "called for a summit of heads of state on Saturday" had been dated the
    Saturday before; the day of the asking stays the past one."""
    from brief.extract.figures.tense import weekday_tense

    text = "Angola accepted the invitation on Tuesday and called for a summit on Saturday."
    assert weekday_tense(text, text.index("Tuesday")) == "past"
    assert weekday_tense(text, text.index("Saturday")) is None
    urged = "The envoys urged both sides to meet in Luanda on Thursday, a statement said."
    assert weekday_tense(urged, urged.index("Thursday")) is None


def test_a_date_in_a_since_clause_gives_way_to_the_sentences_other_date() -> None:
    """r38: the shelling reported on Tuesday had been dated Sunday, the day of the
    seizure its "since" clause measures it from."""
    from brief.extract.figures.dated_events.rows import timeline
    from brief.extract.figures.scanner import find_figures

    sentence = Sentence(
        "The army said on Tuesday it had shelled rebel positions overnight, its first"
        " counter-attack since the rebels seized the town on Sunday.",
        1,
        1,
        0,
    )
    rows = timeline(find_figures([sentence], {1: "2026-03-10"}), [sentence])
    assert [row.date for row in rows] == ["2026-03-10"]


def test_a_participle_after_its_noun_dates_that_nouns_history() -> None:
    """ "the schoolgirls abducted on Monday", after the clause's own verb and beside the
    news's own day: the row is the news's day, not the abduction's. "Rebels attacked on
    Monday" and "were abducted on Monday" are the news."""

    def dated(text: str) -> list[str]:
        said = sentences(text)
        return [e.date for e in timeline(find_figures(said, {1: "2026-06-11"}), said)]

    assert dated(
        "Troops have rescued 21 of the schoolgirls abducted on Monday from the school,"
        " the army said on Thursday."
    ) == ["2026-06-11"]
    assert dated("Rebels attacked on Monday, the army said on Thursday.") == ["2026-06-08"]
    assert dated("The girls were abducted on Monday, the army said on Thursday.") == ["2026-06-08"]


def test_a_schedule_in_the_present_is_to_come_and_one_in_the_past_dates_nothing() -> None:
    """ "Talks are scheduled for Thursday": a calendar's present, the coming Thursday (a
    trial's Reuters report had no row for it); "had been due to announce results on
    Thursday": a plan of the past dates no Thursday (the trial had the week before's, r40
    H3). A clause after it may still say which way ("was due to take place on 15 March
    but was postponed": the March past)."""

    def dated(text: str) -> list[str]:
        said = sentences(text)
        return [e.date for e in timeline(find_figures(said, {1: "2026-06-09"}), said)]

    assert dated("Talks between the two chiefs are scheduled for Thursday in Batken.") == [
        "2026-06-11"
    ]
    assert dated("The commission had been due to announce results on Thursday.") == []


def test_a_weekdays_possessive_names_a_thing_beside_the_sentences_own_day() -> None:
    """r41 M1: "the site of Monday's blast ..., the minister said on Wednesday" had dated
    the finding and the four arrests Monday, the night of the blast. The blast is Monday's;
    what the sentence tells is told Wednesday, and its row is Wednesday's."""
    text = (
        "Georgian investigators have found traces of military-grade explosives at the site"
        " of Monday's blast on the pipeline and detained four people, Interior Minister"
        " Levan Beridze said on Wednesday."
    )
    found = [Sentence(text, 1, 1, 0)]
    rows = timeline(find_figures(found, {1: "2026-12-02"}), found)
    assert [(row.date, row.label) for row in rows] == [("2026-12-02", "Wednesday")]
    # alone, the day's blast is the sentence's event, and its row stays
    alone = [Sentence("Monday's blast killed two workers.", 1, 1, 0)]
    rows = timeline(find_figures(alone, {1: "2026-12-02"}), alone)
    assert [row.date for row in rows] == ["2026-11-30"]


def test_a_days_possessive_after_a_preposition_names_an_event_told_before() -> None:
    """r59 S2-5: "A third driver wounded in Monday's attack ... died overnight" had been
    Monday's row, and a confirmation of the killings "in Monday's attack" too: the attack
    is Monday's, what the sentence tells is not. As the subject, the day's event is the
    news, and keeps its row."""
    for text in (
        "A porter hurt in Saturday's landslide on the pass died in hospital overnight,"
        " the district office said.",
        "The mining company has now confirmed that four of its guards were killed in"
        " Saturday's raid near the quarry.",
        "Rescue teams cleared the debris of Saturday's landslide.",
    ):
        found = [Sentence(text, 1, 1, 0)]
        assert timeline(find_figures(found, {1: "2026-12-08"}), found) == (), text
    subject = [Sentence("Saturday's landslide buried two lorries on the pass.", 1, 1, 0)]
    rows = timeline(find_figures(subject, {1: "2026-12-08"}), subject)
    assert [row.date for row in rows] == ["2026-12-05"]


def test_a_saying_of_this_alone_dates_no_event(tmp_path: Path, fixed_clock: object) -> None:
    """r41 L3: a translated agency's "Об этом заявил ...", word for word: its one event
    is someone saying "this" (what came before), which tells a timeline's reader nothing
    of what happened on its day. Its row is read alone, as a bullet is, and dropped as
    one that points back (brief.selection.pointing_back.is_dangling)."""
    article = tmp_path / "mfa.txt"
    article.write_text(
        "Troops crossed the border near Shebekino on 30 November 2026, the ministry said.\n\n"
        "About this declared the official representative of the MFA Yelena Sorokina at the"
        " briefing on 1 December 2026.\n",
        encoding="utf-8",
    )
    rows = build([str(article)], Options()).timeline
    assert [row.sentence.index for row in rows] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "On that day, officials said, 40 people died on the border on 1 December.",
        "On this occasion the talks ended on Tuesday, officials said.",
    ],
)
def test_a_time_named_with_this_or_what_was_said_keeps_its_row(text: str) -> None:
    found = [Sentence(text, 1, 1, 0)]
    assert timeline(find_figures(found, {1: "2026-12-01"}), found) != ()


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # r42 L2: a day of the month alone is the article's month's
        (
            "Three children died of cholera at the centre on the 14th, health officials said.",
            "2026-06-14",
        ),
        (
            "The two sides had last spoken directly on the 14th, when commanders held a call.",
            "2026-06-14",
        ),
        ("The commission will meet again on the 23rd.", "2026-06-23"),
        # a tense that puts it in another month, or none, is no date; nor is a thing's
        ("The general said the vehicles had been moved ahead of a parade on the 23rd.", None),
        ("He arrived on the 28th.", None),
        ("The mosque was built in the 14th century.", None),
        ("The regiment fought on the 3rd Infantry's flank in 2019.", "2019"),
    ],
)
def test_a_day_of_the_month_alone_is_the_articles_month(text: str, date: str | None) -> None:
    found = find_figures(sentences(text), {1: "2026-06-17"})
    assert [e.date for e in timeline(found, sentences(text))] == ([date] if date else [])


@pytest.mark.parametrize(
    "text",
    [
        # a span's bounds, either of them a part of its year (r43: "Between November 2023
        # and early 2025 the group attacked ..." had a row of November 2023)
        "Between March 2021 and late 2023 the militia raided dozens of villages.",
        "Between the end of 2019 and spring 2022 the mill ran at a loss.",
        "From early 2018 to mid-2020 the plant made no profit.",
        # a "since" clause, with its own verb or not, bounds the span of its sentence
        "Abductions have climbed across the region since the army seized power in August 2022.",
        "Since the rebels broke the truce in March 2025, 12 aid convoys have been looted.",
        "The junta called it the 40th such march since the general was sworn in in 2021.",
        # ... and so does a date coordinated with its bound ("in 2019 and 2022")
        "The council, run by Colonel Adou Sy since putsches in 2019 and 2022, banned rallies.",
        "The firm has lost money every year since 2016 or 2017.",
    ],
)
def test_the_bounds_of_a_span_and_of_a_since_clause_make_no_row(text: str) -> None:
    assert rows(text) == []


def test_dates_coordinated_in_an_event_keep_their_row() -> None:
    """A conjunct is only as much a bound as the date it is joined to."""
    assert rows("Voters went to the polls in 2019 and 2024.") == ["2019"]
    assert rows("Grain moved in 2019 and early 2020, officials said.") == ["2019"]
    # a clause after a comma and "and" is no conjunct of the date before it
    assert rows("He has lived there since 1998, and in 2024 he was elected mayor.") == ["2024"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the main clause's weekday, not the date of the cause after it (r43: "raised its
        # threat level ... on Friday, after the Houthi attack ... on the night of 2
        # December" was dated 2 December)
        (
            "The insurer raised its war-risk premium for the Gulf on Monday, after the strike"
            " on the tanker Aurora Star on the night of 3 December.",
            "2026-12-07",
        ),
        (
            "Ferries stopped sailing on Tuesday following the storm of 4 December.",
            "2026-12-08",
        ),
        # the day of the month the weekday is written with stays the date
        ("The port reopened on Wednesday, 2 December, after the strike.", "2026-12-02"),
        ("The port reopened on 2 December (Wednesday).", "2026-12-02"),
    ],
)
def test_a_sentence_is_dated_by_its_main_clause_not_its_cause(text: str, date: str) -> None:
    found = [Sentence(text, 1, 1, 0)]
    events = timeline(find_figures(found, {1: "2026-12-09"}), found)
    assert [event.date for event in events] == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a plan or a preparation is of a day to come, and a report's past shifts its
        # "we are preparing" back without moving the day (r44 H5: a Monday's "said it was
        # preparing to airlift ... on Tuesday" had been dated the Tuesday before)
        (
            "The relief agency said it was preparing to fly tents to Chimoio on Thursday.",
            "2026-12-10",
        ),
        ("The relief agency is preparing to fly tents to Chimoio on Thursday.", "2026-12-10"),
        ("The ferry operator said the next crossing was due to sail on Friday.", "2026-12-11"),
        ("The board said the hearing would resume on Thursday.", "2026-12-10"),
        # any verb of speech reports so (words.toml's speech_verbs), and a verb of the
        # report's own before an "and" keeps the plan in what it says
        ("The minister noted the ferry was due to sail on Friday.", "2026-12-11"),
        (
            "The agency said it had hired trucks and was preparing to move the tents on Thursday.",
            "2026-12-10",
        ),
        # ... but a plan joined to the speech verb itself is the speaker's own, of the
        # past: "pleaded" is not what a plea says
        ("He pleaded not guilty and was due to return to court on Friday.", None),
        # the saying's own day, after the plan's words, is the saying's
        ("The deficit is set to widen this year, officials said on Tuesday.", "2026-12-08"),
        # a plan in the past outside a report may have come and gone: no day
        ("The freighter was due to dock on Sunday.", None),
        ("Rebels had planned to attack the depot on Sunday, police said.", None),
        ("The ministers would have met on Friday.", None),
        # a saying dated by another day: the plan's day is not the page's next
        ("The agency said on Monday it would fly the tents on Tuesday.", None),
        # a verb that is itself an event keeps the day as its own
        ("The council voted to close the market on Saturday.", "2026-12-05"),
        ("Monks tried to reach the shrine on Saturday.", "2026-12-05"),
    ],
)
def test_a_day_a_plan_looks_ahead_to_is_to_come(text: str, date: str | None) -> None:
    found = [Sentence(text, 1, 1, 0)]
    events = timeline(find_figures(found, {1: "2026-12-09"}), found)  # a Wednesday
    dated = [event.date for event in events if "day" in event.label]
    assert dated == ([date] if date else [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a cause's date is no row of the news the sentence gives (r44 M9: "The
        # government confirms 23 dead ... after the cyclone made landfall ... late on
        # Sunday" had been dated Sunday)
        ("Officials confirm 14 dead after the river burst its banks late on Sunday.", None),
        ("The airline grounded its fleet following the crash on 3 December.", None),
        ("After the dam failed on Monday, the army sent engineers.", None),
        # a cause beside the main clause's own date: the main clause's
        ("The union called off the strike on Tuesday after talks on Monday.", "2026-12-08"),
        # a time the news shares, or one as near its cause as the date is precise
        ("Police fired tear gas amid protests on Sunday.", "2026-12-06"),
        ("The statement came just hours after the vote on Sunday.", "2026-12-06"),
        ("Weeks after it opened in May 2026, the bridge cracked.", "2026-05"),
        # an "and" that joins the main clause's second verb: that verb's day
        ("The rebels crossed the river after dark and seized the town on Sunday.", "2026-12-06"),
        ("The shop will open just after midnight on Friday.", "2026-12-11"),
        # an "and" before a preposition or a number joins the phrase's own parts (r74 F9)
        (
            "Following talks held in Harbour City on 3 and 4 December and in Lakeland on 5"
            " December, the two boards agreed a merger.",
            None,
        ),
    ],
)
def test_a_date_of_a_cause_alone_makes_no_row(text: str, date: str | None) -> None:
    found = [Sentence(text, 1, 1, 0)]
    events = timeline(find_figures(found, {1: "2026-12-09"}), found)
    assert [event.date for event in events] == ([date] if date else [])


def test_one_event_told_by_several_reports_is_one_row() -> None:
    """r44 L5: a protocol signing was listed three times under one date (and once more
    without its year): the first (most important) row stands for all; a saying of the
    same day, another verb or other words are another event."""
    from brief.extract.figures import same_event
    from brief.render.timeline import shown_events

    def row(date: str, label: str, text: str, source: int) -> TimelineEvent:
        return TimelineEvent(date, label, text, Mention(source, 1))

    signed = row(
        "2026-12-09",
        "Wednesday",
        "Lakeland and the regional bank signed a debt relief accord on Wednesday in Harbour"
        " City after months of talks.",
        1,
    )
    again = row(
        "2026-12-09",
        "Wednesday",
        "The debt relief accord signed in Harbour City on Wednesday ends months of talks"
        " between Lakeland and the bank.",
        2,
    )
    yearless = row(
        "--12-09",
        "9 December",
        "Lakeland and the regional bank signed the debt relief accord on 9 December.",
        3,
    )
    said = row(
        "2026-12-09",
        "Wednesday",
        "The regional bank said on Wednesday that Lakeland's debt relief accord was fair.",
        4,
    )
    other = row(
        "2026-12-09",
        "Wednesday",
        "Fishermen signed a petition on Wednesday against the new harbour fees.",
        5,
    )
    assert same_event(signed, again) and same_event(signed, yearless)
    assert not same_event(signed, said) and not same_event(signed, other)
    assert shown_events([signed, again, said, yearless, other]) == [signed, said, other]


def test_one_storys_toll_told_on_one_day_is_one_row() -> None:
    """Of one story and one day, two rows giving one toll are one event, though one row's
    date is a saying's; rows of two groups killed stay two."""
    from brief.extract.figures import same_event

    def row(text: str, source: int) -> TimelineEvent:
        return TimelineEvent("2026-12-09", "Wednesday", text, Mention(source, 1))

    strike = row(
        "An air strike on the ferry pier killed three dock workers and injured five,"
        " the harbour master said on Wednesday.",
        1,
    )
    again = row("Three workers were killed at the ferry pier early on Wednesday.", 2)
    others = row("Three soldiers were killed at a checkpoint early on Wednesday.", 3)
    assert same_event(strike, again, True) and same_event(again, strike, True)
    assert not same_event(strike, again) and not same_event(strike, others, True)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # "for" a day says what a plan is for: the day after the planning, the next one
        # from a report that tells the planning as its news (r45 H4: a Saturday's "has
        # called a general strike for Monday" had been dated the Monday before)
        ("The dockers' union has called a national strike for Monday.", "2026-12-14"),
        ("The bloc has called an emergency summit for Saturday in Lome.", "2026-12-12"),
        ("The dockers' union calls a national strike for Monday.", "2026-12-14"),
        ("The dockers' union called a national strike for Monday.", "2026-12-14"),
        # the planning dated by another day than the page's: whose Monday is unsure
        ("The dockers' union on Tuesday called a national strike for Monday.", "2026-12-08"),
        # a plan of the past, which may have come and gone: no day
        ("The dockers' union had called a national strike for Monday.", None),
        ("The ballot set for Tuesday was delayed.", None),
        ("The talks were set for Friday.", None),
        # a possessive day is its noun's, no plan's; after a preposition it names the
        # attack told before, and the charging is of no day the sentence gives
        ("Police charged two men for Monday's arson attack.", None),
    ],
)
def test_a_day_a_thing_is_planned_for_is_after_the_planning(text: str, date: str | None) -> None:
    found = [Sentence(text, 1, 1, 0)]
    events = timeline(find_figures(found, {1: "2026-12-09"}), found)  # a Wednesday
    assert [event.date for event in events] == ([date] if date else [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a relative clause set off at the sentence's end tells a thing's history, not
        # the news's day (r45 M7: a spokesman's Thursday statement was dated Wednesday,
        # the day of the decree a closing "which" clause named)
        (
            "A spokesman said the port was under army control pending a review of the"
            " law, which the council suspended late on Wednesday.",
            None,
        ),
        ("Police arrested the driver, who fled the scene on Monday.", None),
        # not a schedule, nor an aside about the sentence's subject, nor the news itself
        ("Ministers flew to Abuja for the summit, which opens on Saturday.", "2026-12-12"),
        ("The ferry, which sank on Monday, was carrying 300 people.", "2026-12-07"),
        ("The council suspended the law late on Wednesday.", "2026-12-09"),
    ],
)
def test_a_closing_relative_clauses_day_is_its_things_not_the_news(
    text: str, date: str | None
) -> None:
    found = [Sentence(text, 1, 1, 0)]
    events = timeline(find_figures(found, {1: "2026-12-10"}), found)  # a Thursday
    assert [event.date for event in events] == ([date] if date else [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a day in a relative clause is its thing's, beside the day of the news's saying
        (
            "The agency said on Friday that 400 families had left, raising the count of 250 "
            "that the mayor gave on Thursday.",
            "2026-03-06",
        ),
        # a participle after the subject, whose verb comes after the day, is its history
        (
            "A driver injured when a bridge collapsed on Thursday has died, the police said "
            "on Friday.",
            "2026-03-06",
        ),
        # a reported clause's own day is still its event's
        ("The army said on Friday that it had shelled the hill on Thursday.", "2026-03-05"),
    ],
)
def test_a_row_takes_the_main_clauses_day_not_a_subordinate_ones(text: str, date: str) -> None:
    found = sentences(text)
    assert [e.date for e in timeline(find_figures(found, {1: "2026-03-06"}), found)] == [date]


def test_a_later_clause_to_come_does_not_date_a_past_one() -> None:
    text = "Chile recalled its ambassador, and the council will meet on Monday."
    found = sentences(text)
    assert timeline(find_figures(found, {1: "2026-03-06"}), found) == ()
    scheduled = sentences("The council will meet on Monday.")
    assert [e.date for e in timeline(find_figures(scheduled, {1: "2026-03-06"}), scheduled)] == [
        "2026-03-09"
    ]


def _dated(published: str, *texts: str) -> list[tuple[int, str]]:
    found = [Sentence(text, 1, k, k - 1) for k, text in enumerate(texts, 1)]
    events = timeline(find_figures(found, {1: published}), found)
    return [(event.sentence.index, event.date) for event in events]


def test_a_day_in_the_subjects_participle_never_dates_the_news() -> None:
    """r49 H4: "Two miners trapped ... on Friday have been rescued, ... said on Monday"
    is no Friday's news: the saying's day is the row's, or none."""
    assert _dated(
        "2026-05-04",  # a Monday
        "Three foreign surveyors seized near a copper pit on Friday have been released"
        " unharmed, their employer said on Monday.",
    ) == [(1, "2026-05-04")]
    assert _dated("2026-05-04", "A nurse wounded in a raid on Friday has died.") == []


def test_a_year_in_a_past_relative_clause_is_its_things_history() -> None:
    """r49 L1: "the bloc, which Ruritania left in March 2024, had no comment" has no row."""
    assert (
        _dated(
            "2026-05-04",
            "The trade bloc, which Ruritania left in March 2024 with two neighbours,"
            " declined to comment.",
        )
        == []
    )
    # r67 F21: a place's "where" clause after its comma is a relative clause as well
    assert (
        _dated(
            "2026-05-04",
            "The remaining 32 districts include 11 in Varna, where the governor won 71 percent"
            " in 2023.",
        )
        == []
    )


def test_a_day_the_scanner_gave_to_an_earlier_sentence_still_dates_its_clause() -> None:
    """r49 M3: the second "Thursday" (a date the scanner lists once, under the lede) is
    the main clause's; the later clause's scheduled "Friday" is not the row's."""
    assert _dated(
        "2026-05-07",  # a Thursday
        "Floodwaters closed the coastal highway on Thursday.",
        "The port reopened on Thursday evening, and two ferry lines said they would resume"
        " sailings on Friday.",
    ) == [(1, "2026-05-07"), (2, "2026-05-07")]


def test_one_storys_rows_of_one_day_are_one_event_whatever_the_verb() -> None:
    """r49 L1: "seized" and "abducted" on one day in two reports of one story are one row;
    of two stories they stay two."""
    one = TimelineEvent(
        "2026-05-03",
        "Sunday",
        "Armed men seized three surveyors near the Kolwe copper concession on Sunday,"
        " the company said.",
        Mention(1, 1),
    )
    other = TimelineEvent(
        "2026-05-03",
        "Sunday",
        "Three surveyors were abducted on Sunday evening at the Kolwe copper concession.",
        Mention(2, 1),
    )
    from brief.render.timeline import shown_events

    assert len(shown_events([one, other], {1: 0, 2: 0})) == 1
    assert len(shown_events([one, other], {1: 0, 2: 1})) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reported clause's subject and its participle: the date is the subject's
        # history, not the news the clause reports (r51 L1)
        ("Traders said the tariff announced by Ruritania on 3 March had slowed imports.", 0),
        ("Officials said the two surveyors seized in March had been freed.", 0),
        # the reported clause's own verb keeps its date
        ("Traders said imports slowed sharply on 3 March.", 1),
        ("The ministry announced on 3 March that the bridge would reopen.", 1),
    ],
)
def test_a_reported_subjects_participle_dates_no_row(text: str, expected: int) -> None:
    assert len(rows(text)) == expected


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an indirect question after the date is what the set event is about, not a
        # condition on it (r54: "will discuss on Monday whether to suspend ...")
        (
            "Fisheries ministers will decide on Monday whether to close the bay to trawlers,"
            " two officials said.",
            "2026-12-14",
        ),
        # ... but beside a day of saying, what is to come gives way to it, as after a
        # fronted saying (r60 F8: a strike "on Monday, their union said on Sunday" had
        # been Monday's row, and it was put off)
        (
            "Fisheries ministers will decide on Monday whether to close the bay to trawlers,"
            " two officials said on Wednesday.",
            "2026-12-09",
        ),
        ("The court will rule on Friday whether the levy would stand.", "2026-12-11"),
        ("The board met on Tuesday to weigh whether to sell the mill.", "2026-12-08"),
        # a "whether" before it still leaves the date unsure, as a condition after it does
        ("It is not known whether the envoys will meet on Monday.", None),
        ("The envoys will meet on Monday if the truce holds.", None),
    ],
)
def test_a_question_after_a_set_date_leaves_it_set(text: str, date: str | None) -> None:
    found = [Sentence(text, 1, 1, 0)]
    events = timeline(find_figures(found, {1: "2026-12-09"}), found)
    assert [event.date for event in events] == ([date] if date else [])


def test_a_date_dates_a_quote_only_as_the_day_it_was_said() -> None:
    """A quote takes its sentence's timeline date when that date is the saying's ("“...,”
    X said on Tuesday") or fronts the clause whose speech verb the quote is the whole
    object of ("On Tuesday, X had said: “...”"); not a date of what was said, nor one
    inside the quote."""
    from brief.extract.figures import dates_quote

    def row(text: str, label: str = "Tuesday") -> TimelineEvent:
        return TimelineEvent("2026-11-24", label, text, Mention(1, 1))

    assert dates_quote(row("“The gate was open,” Ada Moss said on Tuesday."), "The gate was open")
    assert dates_quote(
        row("On Tuesday, Ada Moss had said: “The gate was open.”"), "The gate was open."
    )
    assert not dates_quote(
        row("Ada Moss said the gate that failed on Tuesday was “a disgrace”."), "a disgrace"
    )
    assert not dates_quote(row("Ada Moss said: “We met on Tuesday.”"), "We met on Tuesday.")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a day in an "as first ordered" or "instead of" clause dates what was replaced,
        # not the sentence's news (r60 F7: new curfew hours had been dated to the
        # Saturday of the first order)
        (
            "The market will now close at 18:00, instead of at 20:00 as originally ordered on"
            " Thursday, the mayor said.",
            None,
        ),
        (
            "The ban will now run to October, instead of September as first announced on"
            " Friday, the minister said.",
            None,
        ),
        ("The checkpoint will stay shut until noon, as initially decided on Saturday.", None),
        # what a report says is to come gives way to the day it was said, said after it
        # too (r60 F8; README: "announced on Friday that power cuts will be imposed from
        # Monday" is Friday's)
        (
            "Dock workers will walk out for 48 hours from midnight on Friday, their union said"
            " on Monday.",
            "2026-12-07",
        ),
        ("Dock workers will walk out for 48 hours from midnight on Friday.", "2026-12-11"),
        ("The army said on Monday it had shelled the ridge on Sunday.", "2026-12-06"),
    ],
)
def test_a_replaced_plan_or_an_announced_one_dates_its_saying(text: str, date: str | None) -> None:
    found = [Sentence(text, 1, 1, 0)]
    events = timeline(find_figures(found, {1: "2026-12-09"}), found)
    assert [event.date for event in events] == ([date] if date else [])


def test_the_latest_days_dated_news_goes_first(tmp_path) -> None:
    """Of reports of several days, the latest's dated rows come before older days' rows,
    however these rank: a pile of three days had printed 13 and 15 March rows and none of
    the 16 March events (r60 F8). A year the latest report gives takes its turn by rank."""
    from brief.pipeline import build
    from brief.render.timeline import MAX_EVENTS, shown_events

    older = tmp_path / "a.txt"
    older.write_text(
        "Dock strike spreads along the Orma coast\n\n"
        "ORMA, Vessany, March 3, 2027 (Coast Wire) - Dock workers in Orma walked out on"
        " Monday, halting exports of grain, the port authority said.\n\n"
        + "".join(
            f"Dockers at {port} joined the strike on {day}, the union said.\n\n"
            for port, day in [
                ("Kell", "Sunday"),
                ("Brava", "Saturday"),
                ("Tosk", "Friday"),
                ("Mirren", "Thursday"),
                ("Ostra", "Tuesday"),
                ("Vell", "Monday"),
                ("Dunmore", "Sunday"),
            ]
        ),
        encoding="utf-8",
    )
    latest = tmp_path / "b.txt"
    latest.write_text(
        "Orma dock strike ends after pay deal\n\n"
        "ORMA, Vessany, March 5, 2027 (Coast Wire) - Dock workers in Orma ended their strike"
        " on Thursday after the port authority agreed to a pay rise, the union said.\n\n"
        "The last strike at the port, in 2019, lasted a month.\n\n"
        "Cleaners cleared the quays of rubbish on Wednesday.\n",
        encoding="utf-8",
    )
    briefing = build([str(older), str(latest)], Options())
    sources = [event.sentence.source for event in briefing.timeline if len(event.date) == 10]
    assert sources[:2] == [2, 2] and 2 not in sources[2:]
    shown = {event.date for event in shown_events(briefing.timeline)}
    assert {"2027-03-03", "2027-03-04"} <= shown
    assert len(briefing.timeline) > MAX_EVENTS


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a participle after its noun in a reported clause with a verb of its own dates
        # that noun's history, a place's name between or not; the saying is the news (r60:
        # "engineers seized near Bako on Saturday night" had dated a Monday's statement)
        (
            "The governor said on Monday that mediators were in touch with the gang holding"
            " three nurses seized near Orle on Saturday night.",
            "2026-12-07",
        ),
        ("The army said on Monday it had shelled the ridge on Sunday.", "2026-12-06"),
    ],
)
def test_a_reported_clauses_participle_dates_its_noun(text: str, date: str | None) -> None:
    found = [Sentence(text, 1, 1, 0)]
    events = timeline(find_figures(found, {1: "2026-12-09"}), found)
    assert [event.date for event in events] == ([date] if date else [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a relative clause set off by commas inside the sentence: its day is its own,
        # when the main verb after it tells an event of its own (r61 F7)
        ("Okafor, who was detained on Sunday evening, pleaded not guilty.", None),
        ("Counting at the Bera school, where ballots were burnt on 3 May, will resume.", None),
        ("The mayor, who resigned on Sunday, has been charged with fraud.", None),
        # ... not where the main clause is a state the clause's day is the news of
        ("The barge, which capsized on Sunday, was carrying 40 tonnes of grain.", "2026-05-03"),
        # a date after a noun's "of" names the noun, as the object of a preposition
        ("Ballot papers for the referendum of Sunday, 10 May 2026 have arrived.", None),
        ("Shops were looted on the night of 3 May 2026.", "2026-05-03"),
        ("Both parties signed the truce of 3 May 2026 in Bera.", "2026-05-03"),
        # the news of the page's day, with a date in a participle after its noun
        ("The tribunal today quashed the results of the vote held on 3 May 2026.", None),
        ("The tribunal today upheld the count of the mayoral vote held on 3 May 2026.", None),
        # ... not the verb of a clause told ("was told the minister resigned on ...")
        ("Parliament today was told the minister resigned on 3 May 2026.", "2026-05-03"),
        # an -ed word before its noun is no past verb: "registered" tells no past day
        ("Bera's 2.1 million registered voters elect a mayor on Sunday.", None),
    ],
)
def test_a_date_of_a_clause_or_a_noun_is_no_row_of_the_sentence(
    text: str, date: str | None
) -> None:
    found = [Sentence(text, 1, 1, 0)]
    events = timeline(find_figures(found, {1: "2026-05-05"}), found)  # a Tuesday
    assert [event.date for event in events] == ([date] if date else [])


@pytest.mark.parametrize(
    "text",
    [
        "The Sela Star, named after the owner's mother, was built in 2009 and is carrying"
        " 30,000 tonnes of coal.",
        "The depot was opened in 1988 and has 140 staff.",
    ],
)
def test_a_year_of_a_thing_described_as_it_is_now_is_no_row(text: str) -> None:
    """r62 F22: a ship's build year had headed the timeline. A passive's year joined to
    a present verb describes the thing; a past event beside it keeps its row."""
    assert rows(text) == []


def test_a_year_of_an_event_told_in_the_past_keeps_its_row() -> None:
    assert rows("Rebels seized the port in 2011 and held it for two years.") == ["2011"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # r63 F5: a participle phrase set off by commas between the subject and its verb
        # dates its noun's history, not the news
        (
            "The family of Tomas Ferreira, the Brazilian surveyor abducted near the ferry"
            " landing on Tuesday, appealed on Thursday for his release.",
            "2026-12-10",
        ),
        (
            "The family of Tomas Ferreira, the Brazilian surveyor abducted near the ferry"
            " landing on Tuesday, appealed for his release.",
            None,
        ),
        ("Ferreira, abducted on Tuesday, was freed on Thursday.", "2026-12-10"),
        # ... not the main verb after an opening phrase or after another aside, nor a
        # verb with its object
        (
            "In the central market, a kilogram of sardines sold for 30 dirhams on Tuesday,"
            " compared with 12 a month ago.",
            "2026-12-08",
        ),
        (
            "Norway's envoy, Ola Berg, met the minister in the capital on Tuesday, to explain"
            " the measures.",
            "2026-12-08",
        ),
        (
            "In the delta, the gunmen seized two surveyors on Tuesday, burned a boat and fled.",
            "2026-12-08",
        ),
    ],
)
def test_a_day_in_a_participle_aside_is_its_nouns_not_the_news(text: str, date: str | None) -> None:
    found = [Sentence(text, 1, 1, 0)]
    events = timeline(find_figures(found, {1: "2026-12-10"}), found)  # a Thursday
    assert [event.date for event in events] == ([date] if date else [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # r63 F5: an attribution's day after an event told in the past dates the saying,
        # not the event, which the text does not date: no row
        (
            "Ferreira, a surveyor with the river authority, was taken from a marked car at"
            " about 18:00, the authority said in a statement on Thursday.",
            None,
        ),
        ("At least nine guards were killed in the clashes, the army said on Thursday.", None),
        ("Gunmen seized him near the landing, police said on Thursday.", None),
        # r71 F11: an intransitive's past, the clause's last verb, is an event told too
        (
            "The first night of the curfew in the port passed without incident, police said"
            " on Thursday.",
            None,
        ),
        ("Two miners died in the flooding, the company said on Thursday.", None),
        ("A driver hurt when a bus crashed has died, police said on Thursday.", "2026-12-10"),
        ("The convoy had been looted twice, said a spokesman on Thursday.", None),
        # ... nor does a lesser date of the sentence stand in for it
        (
            "At least 14 inmates were killed in a riot that broke out late on Wednesday, the"
            " prison service said on Thursday.",
            None,
        ),
        # a state as of the saying, a time set by it, what is to come, a quotation, and
        # an attribution before what it reports keep the saying's day
        ("At least nine guards have been killed, the army said on Thursday.", "2026-12-10"),
        ("Rebels shelled the town overnight, the army said on Thursday.", "2026-12-10"),
        ("The road remains closed, police said on Thursday.", "2026-12-10"),
        ("Dock workers will walk out on Monday, their union said on Thursday.", "2026-12-10"),
        (
            "“They attacked our positions at dawn,” the commander told reporters on Thursday.",
            "2026-12-10",
        ),
        ("The army said on Thursday that rebels shelled the town.", "2026-12-10"),
        (
            "Gunmen who abducted three fishermen last week have contacted the family, the"
            " navy said on Thursday.",
            "2026-12-10",
        ),
        (
            "Tomas Ferreira, who had chaired the river authority since 2022, announced his"
            " resignation on Thursday.",
            "2026-12-10",
        ),
        # the event's own day, beside the saying's, is the row's
        ("Rebels attacked the depot on Tuesday, the army said on Thursday.", "2026-12-08"),
    ],
)
def test_an_attributions_day_dates_the_saying_not_a_past_event_it_reports(
    text: str, date: str | None
) -> None:
    found = [Sentence(text, 1, 1, 0)]
    events = timeline(find_figures(found, {1: "2026-12-10"}), found)  # a Thursday
    assert [event.date for event in events] == ([date] if date else [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # r65 F6: a relative clause ends at its day when a finite verb follows it, which
        # is the sentence's own: the main clause's later day is the row's
        (
            "Most of the 800 herders who crossed into Ostravia on Monday went back to the"
            " valley on Wednesday, the district office said.",
            "2026-12-09",
        ),
        ("Some of the 60 families who fled on Monday had returned by Wednesday night.", None),
        # ... and a participle after the noun of the subject's "of" phrase is its history
        (
            "The captors of three Danish geologists taken near Korvo on Monday have asked for"
            " money, a police source said on Wednesday.",
            "2026-12-09",
        ),
        # ... where a verb in the past after it may tell what befell that day
        ("The tremor which struck Ostravia on Monday killed a shepherd.", "2026-12-07"),
        # a day closing a relative clause with no verb after it stays the clause's
        (
            "The shelter, which opened on Monday, was full on Wednesday.",
            "2026-12-09",
        ),
    ],
)
def test_a_day_that_ends_a_relative_or_participle_clause_is_that_clauses(
    text: str, date: str | None
) -> None:
    found = [Sentence(text, 1, 1, 0)]
    events = timeline(find_figures(found, {1: "2026-12-10"}), found)  # a Thursday
    assert [event.date for event in events] == ([date] if date else [])


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a relative clause after places a preposition opens: their history (r70 F15)
        (
            "The water board said Tuesday it has extended its boil-water notice to about"
            " 9,000 homes, adding parts of Eastfield to the districts of Alder Park,"
            " Brookmoor and Wrenfield that lost pressure Monday night.",
            ["2026-03-10"],
        ),
        # after a verb of telling the name is its hearer: "that" opens what was said
        (
            "The interior minister told Parliament that the border posts were shut on Monday.",
            ["2026-03-09"],
        ),
    ],
)
def test_a_relative_clause_after_place_names_dates_the_places(text: str, dates: list[str]) -> None:
    """A "that" after capitalised words opens a relative clause where those words are
    places a preposition of place opens (with the names coordinated with them), and its
    day is theirs, not the news's: the utility's expansion "said Tuesday" had been dated
    Monday by "areas of Cedar Flats, Millbrook and Sorrel Springs that lost power Monday
    night" (r70 F15). After a verb of telling, the name is the one told."""
    sentences = [Sentence(text, 1, 1, 0)]
    events = timeline(find_figures(sentences, {1: "2026-03-11"}), sentences)
    assert [event.date for event in events] == dates


@pytest.mark.parametrize(
    ("text", "alone", "date"),
    [
        (
            "Engineers finished their first survey of the flooded streets on Tuesday and have"
            " now condemned 30 houses and shored up 12 more.",
            "Engineers finished their first survey of the flooded streets on Tuesday.",
            "2026-03-10",
        ),
        (
            "Police arrested the two men on Monday morning and are now questioning a third.",
            "Police arrested the two men on Monday morning.",
            "2026-03-09",
        ),
    ],
)
def test_a_day_followed_by_what_holds_now_makes_no_row(text: str, alone: str, date: str) -> None:
    """ "finished their first pass through Millbrook on Tuesday and have now confirmed 52
    structures destroyed" had been a row of Tuesday telling Wednesday's count (r70 F22):
    the clause joined after the day tells what holds now, which no date of the sentence
    dates, and a row must not date a later count by an earlier day. The dated clause
    alone keeps its row."""
    sentences = [Sentence(text, 1, 1, 0)]
    assert timeline(find_figures(sentences, {1: "2026-03-11"}), sentences) == ()
    sentences = [Sentence(alone, 1, 1, 0)]
    events = timeline(find_figures(sentences, {1: "2026-03-11"}), sentences)
    assert [event.date for event in events] == [date]


def test_a_row_whose_after_phrase_names_another_event_is_not_that_event() -> None:
    """r73 F8: of one story and one day, "killed ... on Friday, hours after a truce
    between the two states took effect" names the truce as another event than its own, and
    the truce's row ("agreed on Friday to a truce ..., after their envoys met ...") stays a
    row of its own; two reports of the agreement are still one."""
    from brief.extract.figures import same_event

    attack = TimelineEvent(
        "2030-05-10",
        "Friday",
        "A mortar round killed a fisherman near Kessby on Friday, hours after a truce between"
        " Morlund and Veskara took effect, harbour officials said.",
        Mention(1, 1),
    )
    agreed = TimelineEvent(
        "2030-05-10",
        "Friday",
        "Morlund and Veskara agreed on Friday to a truce in the Tessel Strait from 18:00,"
        " after their envoys met aboard a Selvanan frigate.",
        Mention(2, 1),
    )
    again = TimelineEvent(
        "2030-05-10",
        "Friday",
        "The truce between Morlund and Veskara in the Tessel Strait was agreed on Friday.",
        Mention(3, 1),
    )
    assert not same_event(attack, agreed, one_story=True)
    assert same_event(agreed, again, one_story=True)
    # two rows that tell one cause tell one event, however their main clauses word it
    bankrupt = TimelineEvent(
        "2029-03",
        "March 2029",
        "The Corvane ferry line was declared bankrupt in March 2029 after it emerged that"
        " its reserve fund in an Ostrel savings bank did not exist.",
        Mention(4, 1),
    )
    collapsed = TimelineEvent(
        "2029-03",
        "March 2029",
        "Corvane collapsed in March 2029 after it emerged that the reserve fund it held in"
        " an Ostrel savings bank did not exist.",
        Mention(5, 1),
    )
    assert same_event(bankrupt, collapsed, one_story=True)
