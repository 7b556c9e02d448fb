"""A page's header line of credits (outlet, byline, date, time, a credit of who wrote or
shot the copy), above or under its headline: read for the page's date and writer, never
its title, a subheading or its first sentence."""

from __future__ import annotations

from dataclasses import replace

import pytest

from brief.ingest import parse_text
from brief.ingest.layout import header_fields, is_header_line, is_masthead_line, is_stamp
from brief.models import Source
from brief.segment import segment

HEADLINE = "Council approves harbour budget"
LEDE = "The town council voted on Thursday to approve the harbour budget."
BODY = f"{LEDE} The money reaches the port in March.\n\nFishermen welcomed the vote."
# The same story hard-wrapped, a line running into the next
WRAPPED = (
    "The town council voted on Thursday to approve the harbour\n"
    "budget. The money reaches the port in March, and fishermen\n"
    "welcomed the vote, which ends a year of talks between the\n"
    "council and the harbour board over the cost of the works."
)


def src() -> Source:
    return Source(1, "a.txt", "a.txt", "0" * 64, 0)


@pytest.mark.parametrize(
    ("line", "date", "author"),
    [
        ("The Elsey Review · Thursday 3 December 2026 · By Ann Lee", "2026-12-03", "Ann Lee"),
        ("By ANN LEE | Wirefeed | Dec 3, 2026 9:14 AM", "2026-12-03", "ANN LEE"),
        ("By Ann Lee · 5 min read · 3 December 2026", "2026-12-03", "Ann Lee"),
        ("Story by Ann Lee | 03.12.2026 | 10:14", "2026-12-03", None),
        ("Published 3 December 2026 · Updated 4 December 2026", "2026-12-03", None),
        # a label opens each field: no separator needed between them
        (
            "Posted: December 3, 2026 06:44 PM Updated: December 3, 2026 09:12 PM",
            "2026-12-03",
            None,
        ),
        ("Words: Ann Lee  Photos: Tom Roe", None, None),
        # a live page's own staff, "our", where they are and who
        ("Updated 9:14 p.m. | Our team at Elsey Stadium: Ann Lee, Tom Roe", None, None),
        ("Words by Ann Lee · Photography by Tom Roe", None, None),
    ],
)
@pytest.mark.parametrize(
    "layout",
    [
        "{headline}\n\n{line}\n\n{body}",  # under the headline, between blank lines
        "{headline}\n{line}\n{body}",  # a line each, no blank line
        "{line}\n\n{headline}\n\n{body}",  # above the headline
        "{line}\n{headline}\n{body}",
    ],
)
def test_a_header_line_is_no_title_heading_or_sentence(
    line: str, date: str | None, author: str | None, layout: str
) -> None:
    """Such a line had been the title (above the headline, which became a subheading), a
    subheading over the story, or glued to the headline or the lede as one sentence, where
    it gave the story a false first sentence and a false day."""
    text = layout.format(headline=HEADLINE, line=line, body=BODY)
    doc = parse_text(text, src())
    assert doc.title == HEADLINE
    assert (doc.date, doc.author) == (date, author)
    sentences = segment([doc]).sentences
    assert sentences[0].text == LEDE
    assert all(s.heading is None for s in sentences)


@pytest.mark.parametrize(
    "line",
    [
        "Story by Ann Lee | 03.12.2026 | 10:14",
        "Words: Ann Lee | 3 December 2026",
        "Photos: Tom Roe | The Elsey Review | 3 December 2026",
    ],
)
def test_a_credit_in_a_header_is_no_outlet(line: str) -> None:
    """ "Story by Ann Lee" before the date had been read as the page's outlet."""
    doc = parse_text(f"{HEADLINE}\n{line}\n\n{BODY}", src())
    assert doc.date == "2026-12-03"
    assert doc.source.outlet in (None, "The Elsey Review")


@pytest.mark.parametrize("separator", [" | ", " · ", " — "])
def test_a_broadcasts_header_gives_its_station_and_day(separator: str) -> None:
    """A radio transcript's "Station | Morning programme transcript | date" had dated and
    credited nothing: the programme's label is a label of the copy, no outlet; the
    station's name is the outlet, written with its accents or not."""
    line = separator.join(["Rádio Elsey", "Evening programme transcript", "3 December 2026"])
    doc = parse_text(f"{HEADLINE}\n{line}\n\n{BODY}", src())
    assert (doc.title, doc.date, doc.source.outlet) == (HEADLINE, "2026-12-03", "Rádio Elsey")
    assert segment([doc]).sentences[0].text == LEDE


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        # a mission's note: "in" and a city in the issuer's name, "note" a copy's label
        ("Elsey High Commission in Port Vara | Security note | 3 December 2026", None),
        # a live page's masthead, its paper's word a ledger's
        ("Live blog — The Harbour Ledger — Thursday 3 December 2026", "The Harbour Ledger"),
    ],
)
def test_a_notes_and_a_live_pages_header_give_outlet_and_day(line: str, outlet: str | None) -> None:
    """r71 F12: both forms had lost their outlet in `brief make` (and the note its day)."""
    doc = parse_text(f"{HEADLINE}\n{line}\n\n{BODY}", src())
    expected = outlet or line.split(" | ")[0]
    assert (doc.title, doc.date, doc.source.outlet) == (HEADLINE, "2026-12-03", expected)
    assert segment([doc]).sentences[0].text == LEDE


def test_a_headline_beside_its_outlet_and_date_keeps_its_words() -> None:
    """A headline of a label's word and a short verb ("Aid programme cut") is no label of
    the copy: the line is the headline, no header to drop."""
    doc = parse_text(f"Aid programme cut | Elsey Review | 3 December 2026\n\n{BODY}", src())
    assert doc.title is not None and "Aid programme cut" in doc.title


def test_a_header_line_over_a_hard_wrapped_story_does_not_run_into_it() -> None:
    line = "The Elsey Review · Thursday 3 December 2026 · By Ann Lee"
    doc = parse_text(f"{HEADLINE}\n\n{line}\n{WRAPPED}", src())
    assert (doc.title, doc.date, doc.author) == (HEADLINE, "2026-12-03", "Ann Lee")
    assert segment([doc]).sentences[0].text.startswith("The town council voted")


def test_a_header_line_with_no_headline_above_it_dates_the_story() -> None:
    doc = parse_text(f"By ANN LEE | Wirefeed | Dec 3, 2026 9:14 AM\n\n{BODY}", src())
    assert (doc.title, doc.date, doc.author) == (None, "2026-12-03", "ANN LEE")
    assert segment([doc]).sentences[0].text == LEDE


def test_a_header_line_run_into_the_lede_is_no_sentence_of_it() -> None:
    """A scrape that glued the header to the lede: the stop of its clock's "a.m." ends it
    as a sentence, which is the header's, not the story's."""
    text = f"{HEADLINE}\n\nBy Ann Lee | Wirefeed | Dec. 3, 2026, 9:14 a.m. {BODY}"
    assert segment([parse_text(text, src())]).sentences[0].text == LEDE


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that opens with "By": a deadline, no byline
        "By Tuesday, the army had taken the town.",
        "By Tuesday - the army had taken the town",
        "By Election Day | turnout had collapsed",
        # a field of a clause beside a date: a headline, or the story's own line
        "Floods kill 40 | Elsey Review | 3 December 2026",
        "The ferry sank on 3 December 2026 | All were saved",
        # a short word in lower case is a clause's too, beside a label's
        "Aid programme cut | Elsey Review | 3 December 2026",
        "Elsey Review | Budget report due | 3 December 2026",
        # names alone: no date, no time, no byline nor credit
        "Elsey Review | World | Politics",
        "Assistant Editors - Ann Lee & Tom Roe",
        # a figure is no time: "1st", "16k"
        "1st AC - Ann Lee",
        "Elsey Spectrum - 16k.",
        # one field alone is a stamp's or a byline's, as before
        "Published: 3 December 2026",
        "By Ann Lee",
        # "our" before a word that is no writer's job, then a clause
        "Our view: the mayor must go | 3 December 2026",
    ],
)
def test_a_line_of_a_clause_or_of_names_alone_is_no_header_line(line: str) -> None:
    assert not is_header_line(line)


@pytest.mark.parametrize(
    "masthead",
    [
        "Elsey Desk live | Thursday 3 December 2026 | all times local (GMT+2); the capital is"
        " an hour ahead",
        "By Ann Lee | 3 December 2026 | Times are those of the port, which keeps its own clock",
    ],
)
def test_a_desks_masthead_with_a_note_is_no_sentence(masthead: str) -> None:
    """A live page's masthead line under its headline, a desk's name, the day and a note
    on its clock, had been its first sentence and so a story's first bullet (pile10)."""
    text = f"Harbour strike: live\n\n{masthead}\n\n{LEDE} The money reaches the port.\n"
    doc = parse_text(text, src())
    assert (doc.title, doc.date) == ("Harbour strike: live", "2026-12-03")
    assert segment([doc]).sentences[0].text == LEDE


@pytest.mark.parametrize(
    "line",
    [
        # a clause first: a headline beside its day, no desk's
        "Floods kill 40 | 3 December 2026 | more to come",
        "The ferry sank on 3 December 2026 | All were saved",
        # no date: a desk's name and a note only
        "Elsey Desk live | all times local",
        # no note on the clock: a line of the story beside the desk's name and the day
        "Elsey Post | 4 June 2025 | Crews search the bay for survivors",
        # no bars
        "Elsey Desk live, 3 December 2026: the port keeps its own clock",
    ],
)
def test_a_line_of_a_clause_or_without_a_date_is_no_masthead(line: str) -> None:
    assert not is_masthead_line(line)


def test_a_plain_text_masthead_with_hyphens_and_a_bar_is_no_sentence() -> None:
    """A plain-text copy sets a masthead's fields apart by hyphens between spaces and
    its clock's note after a bar (r76 F9: it had run into the page's latest entry)."""
    masthead = "Live blog - Quay Courier - Friday 4 December 2026 | all times local (GMT+2)"
    assert is_masthead_line(masthead)
    entry = "18:05 - The harbour master has reopened the north channel to tankers."
    text = f"Port strike: live\n\n{masthead}\n{entry}\n17:20 - Talks resume.\n"
    doc = parse_text(text, src())
    assert doc.date == "2026-12-04"
    assert segment([doc]).sentences[0].text == entry


def test_a_masthead_opening_a_body_whose_title_came_with_it_is_no_sentence() -> None:
    """A feed's entry comes with its title, and its body opens on the page's masthead:
    the page's line, not the first of its story."""
    source = replace(src(), title="Port strike: live")
    masthead = "Live blog - Quay Courier - Friday 4 December 2026 | all times local (GMT+2)"
    entry = "18:05 - The harbour master has reopened the north channel to tankers."
    doc = parse_text(f"{masthead}\n{entry}\n17:20 - Talks resume.\n", source, find_title=False)
    assert segment([doc]).sentences[0].text == entry


def test_a_line_of_no_stop_runs_into_no_live_entry_under_it() -> None:
    """In text of a line per paragraph, a live page's entry opens with its stamp: the line
    above it, though it ends on no stop, is not the start of the entry's sentence."""
    above = "Updates from the port strike as they come in from our team on the quay at the gates"
    entry = "18:05 - The harbour master has reopened the north channel to tankers."
    doc = parse_text(f"Port strike: live\n\n{above}\n{entry}\n", src())
    texts = [sentence.text for sentence in segment([doc]).sentences]
    assert entry in texts and not any(above in text and entry in text for text in texts)


def test_a_sentence_that_opens_with_by_stays_the_lede() -> None:
    lede = "By Tuesday, the army had taken the town."
    doc = parse_text(f"Army takes town\n\n{lede} Its people fled.\n\nThe mayor left.", src())
    assert segment([doc]).sentences[0].text == lede
    assert doc.author is None


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (
            "Published: 03/12/2026 10:14 Updated: 11:02",
            ["Published: 03/12/2026 10:14", "Updated: 11:02"],
        ),
        # a label's modifier goes with it
        (
            "Posted 3 Dec 2026 Last updated: 4 Dec 2026",
            ["Posted 3 Dec 2026", "Last updated: 4 Dec 2026"],
        ),
        ("Words: Ann Lee Photos: Tom Roe", ["Words: Ann Lee", "Photos: Tom Roe"]),
        ("Words: Ann Lee    Photos: Tom Roe", ["Words: Ann Lee", "Photos: Tom Roe"]),
        ("Elsey Review • By Ann Lee", ["Elsey Review", "By Ann Lee"]),
    ],
)
def test_a_header_lines_fields_are_set_apart_by_separators_or_labels(
    line: str, fields: list[str]
) -> None:
    assert header_fields(line) == fields


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # a tokenised copy spaces a clock's colon and its stops
        ("Dec. 3, 2026 | 2: 47 p. m.", "2026-12-03"),
        ("2 A. M. DEC. 3, 2026", "2026-12-03"),
    ],
)
def test_a_tokenised_copys_clock_is_a_stamps(line: str, date: str) -> None:
    assert is_stamp(line)
    doc = parse_text(f"{HEADLINE}\n{line}\n{BODY}", src())
    assert (doc.title, doc.date) == (HEADLINE, date)
    assert segment([doc]).sentences[0].text == LEDE


def test_a_live_pages_update_stamp_is_no_sentence() -> None:
    """ "Update 11:32 a.m." opening a live page's entry had been its first sentence."""
    text = f"{HEADLINE}\n\nUpdate 11:32 a.m. {LEDE}\n\nFishermen welcomed the vote."
    assert segment([parse_text(text, src())]).sentences[0].text == LEDE


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        # a label of the copy that names its medium
        ("Radio Norvania FM | Evening news transcript | 3 December 2026", "Radio Norvania FM"),
        ("Elsey Civic Watch | Statement on the provincial count | 3 December 2026", None),
        ("Elsey Civic Watch | Report on the state of the harbour | 3 December 2026", None),
    ],
)
def test_a_label_of_the_copy_and_its_subject_is_a_header_field(
    line: str, outlet: str | None
) -> None:
    """r61 F9: an issuer's "Statement on the presidential results" and a radio's "Evening
    news transcript" between its name and its date had made the header line the title,
    and the page had no outlet and no date."""
    doc = parse_text(f"{line}\n\n{HEADLINE}\n\n{BODY}", src())
    assert doc.title == HEADLINE
    assert doc.date == "2026-12-03"
    assert doc.source.outlet == (outlet or line.split(" | ")[0])


@pytest.mark.parametrize(
    "line",
    [
        "Elsey Post | Report on abuse released | 4 June 2025",  # a headline's verb
        "Elsey Post | 4 June 2025 | Crews search the bay for survivors",
        "The ferry sank on 4 June 2025 | All were saved",
    ],
)
def test_a_headline_beside_a_date_is_no_label_of_the_copy(line: str) -> None:
    assert not is_header_line(line)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # a section's subsection in its site's language, a date written the Czech way, and a
        # note of the translation
        (
            "Elsey Sport Online | Fotbal – zahraničí | 3. 12. 2026 19:25 | Translated from Czech",
            "2026-12-03",
        ),
        ("Elsey Dagblad | Sport | 3. december 2026 | Translated from Danish", "2026-12-03"),
        (
            "Elsey Review (Elsey) | Thursday, 3 December 2026 | Translated from Amharic",
            "2026-12-03",
        ),
    ],
)
def test_a_translated_pages_header_line_is_no_sentence(line: str, date: str) -> None:
    """A translated page's header ("Site | Section – subsection | date | Translated from
    Czech") had been the story's first sentence, cut at "3." and "12.", and its site and
    section the report's subjects (pile31's winger's injury, whose lead then named no one)."""
    doc = parse_text(f"{HEADLINE}\n\n{line}\n\n{BODY}", src())
    assert doc.date == date
    assert segment([doc]).sentences[0].text == LEDE


def test_a_clause_after_a_dash_is_no_subsection() -> None:
    """A subsection is a word or two in small letters after a section's name; a clause
    after a dash is the story's."""
    assert not is_header_line("Elsey Post | Harbour – crews search the bay | 3 December 2026")


def test_a_stamp_may_cut_september_as_news_style_does() -> None:
    """ "Sept." is September cut as the wires cut it, a calendar word in a stamp as "Sep"
    is (one set of the calendar's names, lexicon.calendar_words)."""
    assert is_stamp("Updated Sept. 14, 2026 10:32 GMT")
    assert is_stamp("Updated Sep. 14, 2026 10:32 GMT")
