"""What a reader meets first: a story's lead bullet, a digest's bottom line, a headline.

All texts are invented for these tests."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief.cli import app
from brief.compose.digest import stand_alone
from brief.compose.leads import can_lead, opens_with_epithet, points_back, reads_alone
from brief.compose.titles import headline
from brief.ingest.clean import clean_text
from brief.ingest.furniture import is_promotion
from brief.models import Bullet, Sentence
from brief.rank.coverage import can_be_bullet
from brief.selection.pointing_back import asks_for_an_answer, is_dangling
from tests.test_digest import _inbox

runner = CliRunner()


@pytest.mark.parametrize(
    "text",
    [
        "The 41-year-old finished third in the final.",
        "The Norwegian was unsure whether to run at all.",
        "The Olympic bronze medallist's time was a season's best.",
        "The firm's profits doubled in the second half.",
        "The Welsh side's coach left early.",
        "The South Carolina Republican said the administration should have acted.",
        "The Texas Democrat voted against the bill.",
        "The lawyer said the deal was dead.",
        "The father told reporters he had forgiven them.",
        "The chief executive said the firm would recover.",
        "The team doctor said the striker would miss the final.",
        "The Kansas Republican - who served 27 years in the Senate - said it had changed.",
        "The lawyer, who represents the family, said the deal was dead.",
    ],
)
def test_an_epithet_stands_in_for_a_name(text: str) -> None:
    assert opens_with_epithet(text) and not can_lead(text)


@pytest.mark.parametrize(
    "text",
    [
        "The government said the firm would pay the fine.",
        "The Norwegian government said it would act.",
        "The United Nations sent food to the valley.",
        "The Labour leader spoke for an hour.",
        "The search giant Rivulet has launched a service for TV listings.",
        "The biggest chocolate firm, Cocoabel, reported a rise in profits.",
        "The man making sure the networks are safe has resigned.",
        "The head coach of the Harriers has died at the age of 79.",
        "Floods killed 40 people in the valley, officials said.",
        "We Shall Sing Again, the charity song of 1999, is back in the charts.",
        "The 12 writers shortlisted for the prize met in Leeds.",
        "The chancellor visited a clinic in the capital on Tuesday.",
        "The executive order was signed in May.",
        "The Independent reported the leak on Sunday.",
        "The Scottish Executive has lost an appeal.",
        "The lawyer, Tom Ruiz, said the deal was dead.",
        "The chief executive of Halvor Mining said the pit would reopen in May.",
        "The chief executive officer of Halvor Mining said the pit would reopen.",
    ],
)
def test_a_name_or_a_subject_can_lead(text: str) -> None:
    assert can_lead(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister is expected to seize on those claims on Wednesday.",
        "We have to keep the players we have.",
        "He said the vote would go ahead.",
    ],
)
def test_pointing_back(text: str) -> None:
    assert points_back(text) and not can_lead(text)


def test_a_plural_after_those_that_describes_does_not_point_back() -> None:
    assert not points_back("Aid reached those injured in the blast and these days it flows.")


@pytest.mark.parametrize(
    "text",
    [
        "Hear the whole conversation on Evening Sport and online from 1830 GMT.",
        "Watch highlights of the final on our website.",
        "Follow the count live on the radio tonight.",
    ],
)
def test_a_call_to_action_with_a_medium_is_a_promotion(text: str) -> None:
    assert is_promotion(text) and not can_lead(text)


def test_news_that_opens_with_a_verb_like_word_is_not_a_promotion() -> None:
    assert not is_promotion("Watchdogs fined the bank on Monday.")
    assert not is_promotion("Read more quickly, the study says children learn.")
    assert not is_promotion("Like other viruses, the worm spreads by e-mail and on the web.")
    assert not is_promotion('"Watch any show on TV today and it is fake," she said.')


def _bullet(source: int, index: int, text: str, score: float = 1.0) -> Bullet:
    return Bullet(text=text, source=source, index=index, score=score, section="other")


def test_a_story_leads_with_its_best_sources_lead_then_sources_in_text_order() -> None:
    ranked = [
        _bullet(2, 4, "Rescue teams reached the village by boat on Sunday."),
        _bullet(1, 3, "Roads into the valley were cut by mudslides."),
        _bullet(1, 1, "Floods killed 40 people in the valley on Saturday."),
        _bullet(2, 1, "Heavy rain swept away bridges across the north."),
    ]
    order = [(b.source, b.index) for b in stand_alone(ranked, best_source=1)]
    assert order == [(1, 1), (1, 3), (2, 1), (2, 4)]


def test_a_bullet_whose_antecedent_is_not_kept_is_left_out() -> None:
    ranked = [
        _bullet(1, 4, "The 35-year-old was beaten into fourth place."),
        _bullet(2, 6, "The minister will seize on those reports at question time."),
        _bullet(2, 1, "The chancellor visited a clinic in the capital on Tuesday."),
        _bullet(1, 2, "Anna Berg won the race in a course record."),
    ]
    kept = [(b.source, b.index) for b in stand_alone(ranked, best_source=2)]
    # the epithet has an earlier sentence of its source; "those reports" needs [2:5]
    assert kept == [(2, 1), (1, 2), (1, 4)]


def test_a_story_never_opens_with_a_reference_back() -> None:
    ranked = [
        _bullet(3, 2, "The firm's revenue nearly doubled in the last quarter."),
        _bullet(3, 5, "Northwind Search said advertising sales rose by a third."),
    ]
    first = stand_alone(ranked, best_source=3)[0]
    assert first.index == 5


def test_an_untitled_story_is_not_headed_by_a_pronoun() -> None:
    ledes = [
        Sentence("It swept over nine islands and left thousands homeless.", 1, 1, 0),
        Sentence("Hurricane Ida swept over nine islands in the Caribbean.", 2, 1, 0),
    ]
    title, source = headline([], ledes, ["Hurricane Ida left thousands homeless."])
    assert title.startswith("Hurricane Ida") and source == 2


def test_unknown_character_references_are_markup_and_known_ones_are_characters() -> None:
    text = clean_text("&QL; WEATHER &QL; Rain &amp; wind at AT&T; fog&#8217;s end.")
    assert "&QL;" not in text and "Rain & wind" in text and "fog’s end" in text
    assert "AT&T" in text  # one letter after "&" is a name, not a reference


PROMO = """Coach looks ahead to the final

Hear the whole conversation with the coach on Evening Sport and online from 1830 GMT.

Coach Marta Lind said her team would play the final in Oslo on Sunday without changes.

Lind said the squad trained well all week and had no injuries to worry about.

The final kicks off at three in the afternoon in front of a sold-out stadium.
"""


def test_a_promotion_never_leads_a_brief(tmp_path: Path, fixed_clock: object) -> None:
    article = tmp_path / "promo.txt"
    article.write_text(PROMO, encoding="utf-8")
    out = tmp_path / "promo.json"
    result = runner.invoke(app, ["make", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert not data["bottom_line"]["text"].startswith("Hear")


PIT = "\n\n".join(
    [
        "Halvor Mining says it warned regulators of cracks in tailings dam",
        "The chief executive of Halvor Mining said his company warned the mines regulator in"
        " March that cracks had appeared in the wall of its tailings dam at Osk.",
        '"We sent the survey in March and never had an answer," Mira Dunmore said in an'
        " interview at the company's offices on Thursday.",
        "Dunmore said the cracks were up to three centimetres wide and that the company had"
        " asked to lower the pond by a fifth.",
        "The regulator must approve any change in the pond's level because the river below it"
        " supplies water to 90,000 people.\n",
    ]
)


def test_a_name_alone_never_opens_a_single_article_brief(
    tmp_path: Path, fixed_clock: object
) -> None:
    """r68 F13: "Laane said the cracks ..." had been the bottom line of an exclusive whose
    lede ("The chief executive of Ambre Hydro said ...") was read as an epithet: read
    first, a surname alone names a stranger."""
    article = tmp_path / "pit.txt"
    article.write_text(PIT, encoding="utf-8")
    out = tmp_path / "pit.json"
    result = runner.invoke(app, ["make", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["bottom_line"]["text"].startswith("The chief executive of Halvor Mining")


def test_a_name_alone_is_shown_only_after_a_bullet_naming_them_in_full() -> None:
    """r67 F4, r68 F10: a single article's sections take its sentences out of their
    order, and "Kaboré said ..." had stood under one heading with the minister's full
    name under none before it: the reader took it for the candidate's."""
    from brief.compose.briefing import _introduced_first
    from brief.models import Section

    bottom = _bullet(1, 1, "Polls closed across Talanke on Sunday, the commission said.")
    candidate = _bullet(1, 2, "Opposition leader Fatou Kaboré rejected the early count.")
    minister = _bullet(1, 4, "Kaboré said engineers were working to restore service.")
    full = _bullet(1, 3, "The outage was a cable fault, said Minister Rémi Kaboré.")
    alone = {(1, 4): frozenset({"Minister Rémi Kaboré", "Rémi Kaboré"})}
    sections = (
        Section("elections", "Elections", (candidate, minister)),
        Section("other", "Other developments", (full,)),
    )
    kept = _introduced_first(sections, bottom, alone)
    assert [b.index for s in kept for b in s.bullets] == [2, 3]
    sections = (
        Section("other", "Other developments", (full,)),
        Section("elections", "Elections", (candidate, minister)),
    )
    kept = _introduced_first(sections, bottom, alone)
    assert [b.index for s in kept for b in s.bullets] == [3, 2, 4]


GIG = """Band adds second night at the arena

The Marigolds have added a second concert at the city arena after the first sold out in an hour.

Tickets for the new date go on sale on Friday morning, the promoter said.

The band last played the arena in 2019, when they recorded a live album there.
"""

MATCH = """Rovers edge past United in cup thriller

Rovers beat United 3-2 in the cup quarter-final on Saturday, with a late goal from their captain.

The captain scored in the 89th minute after United had come back from two goals down.

The Rovers manager said the team had shown great character in the second half.
"""


def test_a_digest_with_no_story_in_the_profile_still_reports_its_stories(
    tmp_path: Path, fixed_clock: object
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "gig.txt").write_text(GIG, encoding="utf-8")
    (inbox / "match.txt").write_text(MATCH, encoding="utf-8")
    out = tmp_path / "brief.md"
    result = runner.invoke(app, ["make", str(inbox), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "## Top stories" not in text
    assert "No story matched the geopolitics profile" in text
    assert "### Band adds second night at the arena" in text
    assert "- The Marigolds have added a second concert" in text


def test_the_digests_tables_are_about_its_reported_stories(
    tmp_path: Path, fixed_clock: object
) -> None:
    out = tmp_path / "brief.json"
    inbox = _inbox(tmp_path)
    result = runner.invoke(app, ["make", str(inbox), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    told = {n for s in data["stories"] if s["relevant"] for n in s["sources"]}
    for rows, source_of in (
        (data["figures"], lambda f: f["source"]),
        (data["timeline"], lambda e: int(e["ref"].strip("[]").split(":")[0])),
    ):
        assert rows and all(source_of(r) in told for r in rows)
    # the digest's bottom line is its top story's lead
    top = next(s for s in data["stories"] if s["relevant"])
    assert data["bottom_line"]["text"] == top["summary"][0]["text"]


def _words(n: int, opening: str) -> str:
    """A sentence of `n` words that opens with `opening`."""
    filler = " ".join(["the", "river", "rose", "over", "the", "fields"] * 20)
    return " ".join([*opening.split(), *filler.split()][:n]) + "."


def test_a_storys_opening_picks_are_read_before_the_rest() -> None:
    """The picks are ranked so that their first 100 words summarise the story: those are
    read first (in reading order), then the rest, though the first source has more."""
    ranked = [
        _bullet(1, 1, _words(40, "Floods killed 40 people in the valley")),
        _bullet(2, 3, _words(40, "Rescue teams reached the village by boat")),
        _bullet(1, 5, _words(40, "Roads into the valley were cut by mudslides")),
    ]
    order = [(b.source, b.index) for b in stand_alone(ranked, best_source=1)]
    assert order == [(1, 1), (2, 3), (1, 5)]
    short = [replace(b, text=_words(20, b.text)) for b in ranked]
    order = [(b.source, b.index) for b in stand_alone(short, best_source=1)]
    assert order == [(1, 1), (1, 5), (2, 3)]  # all within the opening: as before


def test_a_sources_bullets_keep_its_text_order_though_its_later_one_opens_the_story() -> None:
    """An opening pick of a report is not read before an earlier sentence of the same
    report that the story also keeps: it may lean on it."""
    ranked = [
        _bullet(1, 1, _words(40, "Floods killed 40 people in the valley")),
        _bullet(2, 7, _words(40, "Rescue boats reached the village on Sunday")),
        _bullet(3, 2, _words(40, "Roads into the valley were cut by mudslides")),
        _bullet(2, 3, _words(40, "A farmer was trapped on his roof for a day")),
    ]
    order = [(b.source, b.index) for b in stand_alone(ranked, best_source=1)]
    assert order.index((2, 3)) < order.index((2, 7))
    assert order[0] == (1, 1)


def test_a_lede_past_the_opening_leads_only_when_no_opening_pick_is_a_lede() -> None:
    ranked = [
        _bullet(2, 3, _words(60, "Rescue teams reached the village by boat")),
        _bullet(1, 4, _words(30, "Roads into the valley were cut by mudslides")),
        _bullet(1, 1, _words(30, "Floods killed 40 people in the valley")),
    ]
    assert stand_alone(ranked, best_source=1)[0].index == 1
    opening_lede = [_bullet(3, 1, _words(30, "Heavy rain swept away bridges")), *ranked]
    first = stand_alone(opening_lede, best_source=2)[0]
    assert (first.source, first.index) == (3, 1)


def test_the_headlines_report_opens_its_story_though_its_lede_is_past_the_opening() -> None:
    """The story is headed by its best source's headline: that report's lede leads it,
    picked past the opening or not. An access row's story had opened with an aid
    agency's cholera unit, the only lede among its opening picks (r44)."""
    ranked = [
        _bullet(3, 1, _words(40, "An aid agency opened a cholera ward in the port")),
        _bullet(2, 5, _words(40, "A convoy was held at a checkpoint for nine hours")),
        _bullet(1, 2, _words(40, "The foreign minister accused the agencies of acting alone")),
        _bullet(1, 1, _words(30, "The government and the UN traded accusations over access")),
    ]
    first = stand_alone(ranked, best_source=1)[0]
    assert (first.source, first.index) == (1, 1)
    # a live page's latest entry is no lede, though it is its page's first sentence
    live = [_bullet(4, 1, "19:00 — The former minister says he was made a scapegoat."), *ranked]
    first = stand_alone(live, best_source=4)[0]
    assert (first.source, first.index) != (4, 1)


@pytest.mark.parametrize(
    ("quote", "alone"),
    [
        ("would need to kill", False),
        ("do anything, say anything, claim anything to cling on to office", False),
        ("not in any way, shape or form anti-Semitic", False),
        ("deeply concerned", True),
        ("We will not back down", True),
        ("Was it worth it? Yes.", True),
    ],
)
def test_a_quoted_predicate_does_not_read_alone(quote: str, alone: bool) -> None:
    assert reads_alone(quote) is alone


def test_a_brief_shows_no_quoted_predicate_under_its_speakers_name(tmp_path) -> None:
    """ "LaSalle said officers 'would need to kill' him": under his name alone, the words
    read as his threat."""
    from brief.options import Options
    from brief.pipeline import build

    article = tmp_path / "a.txt"
    article.write_text(
        "Stand-off ends in Ohio\n\n"
        'Anthony LaSalle said officers "would need to kill" him before he left the house.\n\n'
        '"I was scared for my family," LaSalle said on Tuesday after he surrendered.\n',
        encoding="utf-8",
    )
    shown = [q.text for q in build([str(article)], Options()).quotes]
    assert shown and not any(text.startswith("would") for text in shown)


@pytest.mark.parametrize(
    ("text", "revised"),
    [
        ("Initial reports had spoken of 12 dead on Sunday night.", True),
        ("An earlier toll of 12 was revised on Monday.", True),
        ("Police initially said two people were hurt.", True),
        # a current count beside it, another's words, or one as of a time: news
        ("Initial reports had spoken of 12 dead, but the toll has since risen to 23.", False),
        ("The ministry said it had recorded 40 cases.", False),
        ("By Friday the ministry had confirmed 45 deaths.", False),
        ("Initial reports say 12 died.", False),
        ("The storm killed 23 people in Sofala on 29 November 2026.", False),
        # a span of time, a share or one of a group is no count a report revised
        ("The pilots had reported smoke in the cockpit 16 minutes before the crash.", False),
        ("Officials had earlier said one of its engines had failed.", False),
    ],
)
def test_a_sentence_of_counts_revised_since_is_no_bullet(text: str, revised: bool) -> None:
    """r44 M8: "Initial reports had spoken of 12 dead" was one of a cyclone story's five
    bullets, above the UN's higher toll; the key figures already left it out."""
    from brief.extract.figures.earlier_counts import tells_only_revised_counts

    assert tells_only_revised_counts(text) is revised


def test_a_revised_count_is_neither_a_storys_bullet_nor_the_summarys(
    tmp_path: Path, fixed_clock: object
) -> None:
    wire = (
        "Storm kills 23 on the Olen coast\n\n"
        "A storm struck the Olen coast late on Sunday, killing at least 23 people and"
        " flattening hundreds of homes, the government said on Monday.\n\n"
        "Initial reports had spoken of 12 dead on Sunday night.\n\n"
        "Rescue teams reached the fishing village of Mavo by boat on Monday.\n\n"
        "The port of Olen was closed and its cranes were damaged.\n"
    )
    (tmp_path / "wire.txt").write_text(wire, encoding="utf-8")
    out = tmp_path / "brief.json"
    result = CliRunner().invoke(app, ["make", str(tmp_path / "wire.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    brief = json.loads(out.read_text(encoding="utf-8"))
    assert not any("Initial reports" in b["text"] for b in brief["summary"])
    assert any("Rescue teams" in b["text"] for b in brief["summary"])


def test_a_live_page_alone_opens_with_its_newest_entry(tmp_path: Path) -> None:
    """A live page has no lede: alone, its story and its brief open with its newest
    entry, not with the entry its ranking liked best (r58 #16)."""
    from brief.compose.leads import newest_entry

    ranked = [
        _bullet(1, 5, "11:30 — The harbour master says two ferries have sunk."),
        _bullet(1, 1, "17:45 — Pilots say the harbour will reopen at dawn."),
        _bullet(1, 3, "14:10 — The coast guard says all crews are accounted for."),
    ]
    assert newest_entry(ranked) is ranked[1]
    assert stand_alone(ranked, best_source=1)[0] is ranked[1]
    # two sources, one entry, or times that do not run one way (past midnight): no newest
    assert newest_entry([*ranked, _bullet(2, 1, "18:00 — Another page says so.")]) is None
    assert newest_entry(ranked[:1]) is None
    assert newest_entry([*ranked, _bullet(1, 7, "23:50 — Late news.")]) is None

    page = tmp_path / "live.txt"
    page.write_text(
        "Harbour live: ferries sink in the storm\n\n"
        "17:45 — Pilots say the harbour of Venn will reopen at dawn on Friday.\n\n"
        "14:10 — The coast guard says all crews of the two ferries are accounted for.\n\n"
        "11:30 — The harbour master of Venn says two ferries have sunk in the storm and"
        " eleven people were hurt.\n",
        encoding="utf-8",
    )
    out = tmp_path / "brief.md"
    result = runner.invoke(app, ["make", str(page), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "**Bottom line:** 17:45 — Pilots say" in out.read_text(encoding="utf-8")


def test_a_pages_dated_label_opens_no_story() -> None:
    """r60 F4: a page's label line is its first sentence, and no lede."""
    from brief.compose.leads import can_lead, opens_report

    assert not can_lead("Weather warning for residents of the Veln coast, 4 June 2027.")
    assert not opens_report("Ferry timetable changes - updated 4 June 2027.", 1)
    assert opens_report("Dockers walked out at the port of Veln on Tuesday, stranding ferries.", 1)


@pytest.mark.parametrize(
    "text",
    [
        "Readers have asked whether this means the river has burst its banks upstream.",
        "The minister was asked whether the talks with the union had failed.",
        "Reporters wanted to know if the bridge would reopen on Friday.",
    ],
)
def test_a_reported_question_without_its_answer_is_no_bullet_and_no_lead(text: str) -> None:
    """r70 F9: a yes-or-no question reported to the sentence's end tells neither answer;
    alone it spreads the question. The sentence that answers it ("It has not: ...") brings
    it along as its antecedent."""
    assert asks_for_an_answer(text)
    assert not can_be_bullet(text)
    assert not can_lead(text)


@pytest.mark.parametrize(
    "text",
    [
        "When asked whether he would resign, the mayor said he would not.",
        "Asked if the strike would end, the union leader said talks would resume on Monday.",
        "He asked whether the dam had failed and engineers said it had held.",
        "The regulator has been asked to decide if the merger can go ahead.",
        "The strike will go ahead if the talks fail on Friday.",
        "Police asked for calm if the verdict went against the defendants.",
    ],
)
def test_a_question_with_its_answer_or_a_request_is_no_reported_question(text: str) -> None:
    assert not asks_for_an_answer(text)


@pytest.mark.parametrize(
    ("text", "dangling"),
    [
        ("Residents who lost homes will be able to apply there for help with housing.", True),
        ("There, farmers can find the prices of local produce.", True),
        ("From there he went to the university, where he met his wife.", True),
        ("The convoy got there after a three-day drive through the desert.", True),
        ("Lawmakers in Elsan blocked the deal after MPs there cut its stake.", False),
        ("Police said there would be more patrols in the city centre.", False),
        ("There needed to be a drive to use simpler language.", False),
        ("The great thing about the festival is that there's a big range.", False),
        ("Sex, betrayal and money are all there in this affair.", False),
        ("Two good runs put her right up there with the favourites.", False),
    ],
)
def test_there_as_a_place_no_name_before_points_back(text: str, dangling: bool) -> None:
    """r70: "apply there" needs the sentence that names the recovery centre; "there is",
    "there's", an idiom's "there", or one after the name it stands for does not."""
    assert is_dangling(text) is dangling
