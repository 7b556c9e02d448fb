"""A day's inbox as a digest: stories first, each with its headline, sources and bullets."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from typer.testing import CliRunner

from brief.classify import classify, classify_all
from brief.cli import app
from brief.collect.inbox import ArticleMeta, write_article
from brief.compose.digest import LEADING
from brief.models import Bullet, Sentence, Source
from brief.options import Options
from brief.pipeline import build
from brief.profiles import load_profile
from brief.render import render
from brief.render.view import story_line
from brief.story_profile import confine, place
from tests.conftest import SAMPLES, sample_paths

runner = CliRunner()

MATCH_REPORT = """Rovers edge past United in cup thriller

Rovers beat United 3-2 in the cup quarter-final on Saturday, with a late goal from their captain.

The captain scored in the 89th minute after United had come back from two goals down.

The Rovers manager said the team had shown great character in the second half.

United will now focus on the league, where they sit fourth in the table.
"""


def _inbox(tmp_path: Path) -> Path:
    """The four sample crises, a republished copy of one under another headline, and a
    match report that no geopolitics section wants."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for path in sample_paths():
        (inbox / path.name).write_bytes(path.read_bytes())
    body = (SAMPLES / "grain-corridor.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    (inbox / "wire-copy.txt").write_text("Wire: grain talks\n" + body, encoding="utf-8")
    (inbox / "match.txt").write_text(MATCH_REPORT, encoding="utf-8")
    return inbox


def _made(tmp_path: Path, name: str, *args: str) -> str:
    """`brief make ARGS -o tmp_path/name`, which must succeed: the file's text."""
    out = tmp_path / name
    result = runner.invoke(app, ["make", *args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def _json(tmp_path: Path, *args: str) -> dict:
    return json.loads(_made(tmp_path, "brief.json", *args))


def test_every_source_is_in_exactly_one_story(tmp_path: Path, fixed_clock: object) -> None:
    data = _json(tmp_path, str(_inbox(tmp_path)))
    numbers = sorted(n for s in data["stories"] for n in s["sources"])
    assert numbers == [s["number"] for s in data["sources"]]
    assert all(s["title"] for s in data["sources"])


def test_a_copy_is_one_text_carried_by_two_sources(tmp_path: Path, fixed_clock: object) -> None:
    data = _json(tmp_path, str(_inbox(tmp_path)))
    by_name = {s["name"]: s["number"] for s in data["sources"]}
    story = next(s for s in data["stories"] if by_name["wire-copy.txt"] in s["sources"])
    assert by_name["grain-corridor.txt"] in story["sources"]
    assert story["independent"] == 1
    # the shared sentences are one bullet citing both sources
    assert any(len(x["cited"]) == 2 for x in story["summary"])


def test_each_story_has_its_own_bullets_said_once(tmp_path: Path, fixed_clock: object) -> None:
    data = _json(tmp_path, str(_inbox(tmp_path)))
    seen = set()
    for story in data["stories"]:
        assert story["id"] and story["title"]
        assert 1 <= len(story["summary"]) <= 5
        for bullet in story["summary"]:
            assert bullet["source"] in story["sources"]
            assert bullet["text"] not in seen
            seen.add(bullet["text"])
    assert "status" not in data["stories"][0]  # no previous brief to compare with


def test_the_digest_reads_as_a_digest(tmp_path: Path, fixed_clock: object) -> None:
    text = _made(tmp_path, "brief.md", str(_inbox(tmp_path)))
    titles = [p.read_text(encoding="utf-8").split("\n", 1)[0] for p in sample_paths()]
    first = text.splitlines()[0]
    assert first == "# Geopolitics brief — 25 November 2026"
    assert "## Top stories" in text
    for title in titles:
        assert f"### {title}" in text or f"**{title}**" in text
    also = text.split("## Also in the inbox", 1)[1].split("\n## ", 1)[0]
    assert "Rovers edge past United in cup thriller" in also
    sources = text.split("## Sources", 1)[1]
    assert "sha256" not in sources and "Rovers edge past United" in sources


def test_a_digest_of_dated_reports_is_titled_with_their_latest_day(
    tmp_path: Path, fixed_clock: object
) -> None:
    """r50 L6: a digest of March's articles made in November is March's."""
    inbox = _inbox(tmp_path)
    for name, day in (("match.txt", "3 March 2026"), ("wire-copy.txt", "4 March 2026")):
        head, body = (inbox / name).read_text(encoding="utf-8").split("\n", 1)
        (inbox / name).write_text(f"{head}\nPublished: {day}\n{body}", encoding="utf-8")
    first = _made(tmp_path, "brief.md", str(inbox)).splitlines()[0]
    assert first == "# Geopolitics brief — 4 March 2026"


def test_title_option_names_the_digest(tmp_path: Path, fixed_clock: object) -> None:
    data = _json(tmp_path, str(_inbox(tmp_path)), "--title", "Morning desk")
    assert data["title"] == "Morning desk"


def test_one_article_keeps_the_single_layout(tmp_path: Path, fixed_clock: object) -> None:
    out = tmp_path / "one.md"
    path = sample_paths()[0]
    result = runner.invoke(app, ["make", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "**Bottom line:**" in text and "## Top stories" not in text
    assert text.splitlines()[0] == "# " + path.read_text(encoding="utf-8").split("\n", 1)[0]


def test_an_untitled_transcript_is_titled_by_its_news_not_its_first_label() -> None:
    """A bulletin's first turn is a label and a greeting ("ANCHOR (Jane Roe): Good
    evening."): the title is the anchor's first sentence of news, without the label."""
    from brief.compose.titles import fallback_title, untitled_lede

    texts = [
        "ANCHOR (Lena Moser): Good evening.",
        "Floods have closed the main road over the Gotthard pass.",
        "ANCHOR: We spoke to the cantonal engineer Paul Ritter at the scene.",
        "PAUL RITTER: The road will stay shut until Friday at least.",
    ]
    paragraphs = [0, 0, 1, 2]
    said = [
        Sentence(t, 1, n + 1, p) for n, (t, p) in enumerate(zip(texts, paragraphs, strict=True))
    ]
    assert fallback_title(untitled_lede(said, said[0])) == (
        "Floods have closed the main road over the Gotthard pass"
    )
    plain = Sentence("Floods have closed the main road on Tuesday.", 2, 1, 0)
    assert untitled_lede([plain], plain) == plain.text


def test_a_wire_dateline_is_not_part_of_a_fallback_headline() -> None:
    from brief.compose.titles import fallback_title

    text = "ZURICH, Switzerland (AP) _ Airline lawyers are looking at payments to families."
    assert fallback_title(text) == "Airline lawyers are looking at payments to families"


CARMAKER_DEAL = """Carmakers agree engine deal

Two carmakers have signed a deal to share diesel engines for their small cars.

The firms agreed to build the engines together from next spring and said talks on a wider
alliance would continue.

Shares in both firms rose after the deal was announced, and analysts welcomed the accord.

The carmakers said they expected to sign a final agreement by the summer.
"""


def test_a_deal_between_firms_is_not_diplomacy(tmp_path: Path, fixed_clock: object) -> None:
    """Diplomacy is between political actors (PLOVER): two carmakers signing a deal is
    business, listed in "Also in the inbox", never under Diplomacy."""
    inbox = _inbox(tmp_path)
    (inbox / "deal.txt").write_text(CARMAKER_DEAL, encoding="utf-8")
    data = _json(tmp_path, str(inbox))
    deal = next(s for s in data["stories"] if s["title"] == "Carmakers agree engine deal")
    assert deal["section"] != "diplomacy" and not deal["relevant"]


def test_a_story_goes_to_the_section_its_lead_states() -> None:
    """Later sentences may hold more talk than force; the lead says what the event is."""
    profile = load_profile("geopolitics")
    texts = [
        "Troops were deployed to the border as artillery shelled its posts overnight.",
        *["The foreign ministers met and agreed to hold talks on the dispute."] * 3,
    ]
    classes = classify_all(texts, profile)
    headline = "Army moves tanks to the border"
    lead = [classify(headline, profile), classes[0]]
    assert place(classes, texts, lead, headline, profile).section == "military"


MATCH_ABROAD = """Rovers beat Italian side in cup

Rovers beat Italy's Lazio 3-2 in the football cup after a fierce battle in the second half.

Brazil's striker fought through a knock to score twice before the break.

The manager said the team had shown great character and would rest players on Tuesday.
"""


def test_a_brief_of_one_article_the_profile_leaves_out_has_no_profile_sections(
    tmp_path: Path, fixed_clock: object
) -> None:
    """One sentence is weak evidence, in a digest or in a brief of that one article: a
    match report that says "beat" is no Military moves; its bullets are "other"."""
    path = tmp_path / "match.txt"
    path.write_text(MATCH_ABROAD, encoding="utf-8")
    data = _json(tmp_path, str(path))
    shown = {s["key"] for s in data["sections"] if s["bullets"]}
    assert shown <= {"other"}, shown
    sample = _json(tmp_path, str(sample_paths()[0]))
    assert {s["key"] for s in sample["sections"] if s["bullets"]} & {"military", "diplomacy"}


def test_confine_keeps_the_scores_and_moves_only_stories_left_out() -> None:
    profile = load_profile("geopolitics")
    texts = [
        "Rovers beat United 3-2 in the cup quarter-final on Saturday.",
        "Troops were deployed to the border as artillery shelled its posts overnight.",
    ]
    classes = classify_all(texts, profile)
    stories = [("Rovers edge past United in cup thriller", [0]), ("Army moves to border", [1])]
    confined = confine(classes, texts, stories, profile, 2)
    assert confined[0].section == "other" and confined[0].scores == classes[0].scores
    assert confined[1] == classes[1]


def test_a_story_several_outlets_report_is_in_the_profile_when_its_lead_states_it() -> None:
    """Share and density guard one article's passing mention; several outlets leading
    with a flood's toll make it news even when most of their sentences are colour."""
    profile = load_profile("geopolitics")
    texts = [
        "Floods killed 80 people and forced 20,000 to flee their homes, officials said.",
        *["Rain fell on the hills above the town for a fourth day."] * 6,
    ]
    classes = classify_all(texts, profile)
    headline = ""
    lead = [classify(headline, profile), classes[0]]
    assert not place(classes, texts, lead, headline, profile).relevant
    assert place(classes, texts, lead, headline, profile, outlets=3).relevant


POP_STAR = """Singer Ella Marsh tops the charts again

Singer Ella Marsh went to number one in the album charts on Sunday with her third record.

Ella Marsh thanked her fans at a concert in Manchester on Sunday night.

Her first album, released in 2019, sold a million copies, her record label said.

Critics have praised the album, which Ella Marsh wrote in a cottage in Cornwall.
"""


def test_a_digests_actors_are_the_people_of_the_stories_it_reports(
    tmp_path: Path, fixed_clock: object
) -> None:
    """A story under "Also in the inbox" is one line: its people are not the day's actors,
    and the actors' mentions are counted in the stories reported in full."""
    inbox = _inbox(tmp_path)
    (inbox / "pop.txt").write_text(POP_STAR, encoding="utf-8")
    data = _json(tmp_path, str(inbox))
    told = {n for s in data["stories"] if s["relevant"] for n in s["sources"]}
    assert data["actors"] and all(
        int(m.split(":")[0]) in told for a in data["actors"] for m in a["sentences"]
    )
    assert "Ella Marsh" not in {a["name"] for a in data["actors"]}
    assert all(a["mentions"] >= len(a["sentences"]) for a in data["actors"])


def test_a_digests_timeline_is_its_reported_stories_or_says_it_has_none(
    tmp_path: Path, fixed_clock: object
) -> None:
    """Dates from the stories outside the profile are not the day's chronology: with none
    in the stories reported, the timeline says so rather than fill up with them."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "pop.txt").write_text(POP_STAR, encoding="utf-8")
    (inbox / "border.txt").write_text(
        "Troops at the border\n\nTroops massed at the northern border, the defence ministry"
        " said.\n\nThe army moved tanks and artillery toward the frontier.\n",
        encoding="utf-8",
    )
    text = _made(tmp_path, "brief.md", str(inbox))
    assert "## Also in the inbox" in text and "Ella Marsh" in text.split("## Also", 1)[1]
    timeline = text.split("## Timeline", 1)[1].split("\n## ", 1)[0]
    assert "2019" not in timeline
    assert "No dated events in the stories reported above." in timeline


BORDER = """Troops at the border

Troops massed at the northern border, the defence ministry said.

The army moved tanks and artillery worth $2 billion toward the frontier.
"""


def test_a_digests_figure_cites_the_story_it_reports(tmp_path: Path, fixed_clock: object) -> None:
    """A figure a story outside the profile states first ("$2 billion") is still the
    reported story's: it cites that story's sentence, not the first in the pile."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a-pop.txt").write_text(
        POP_STAR + "\nHer new record deal is worth $2 billion, the label said.\n", encoding="utf-8"
    )
    (inbox / "b-border.txt").write_text(BORDER, encoding="utf-8")
    data = _json(tmp_path, str(inbox))
    border = next(s["sources"] for s in data["stories"] if s["relevant"])
    cited = [f for f in data["figures"] if f["text"] == "$2 billion"]
    assert [f["source"] for f in cited] == border


def test_a_digest_shows_no_other_stories_quotes_when_its_own_have_none(
    tmp_path: Path, fixed_clock: object
) -> None:
    """The stories reported in full quote nobody: then the brief has no quotes. The other
    stories' quotes (and people) had filled in, and read as the day's: a rugby coach's
    and a footballer's under a brief on Greek riots."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a-pop.txt").write_text(
        POP_STAR + '\n"I never expected this," Ella Marsh said after the concert.\n',
        encoding="utf-8",
    )
    (inbox / "b-border.txt").write_text(BORDER, encoding="utf-8")
    data = _json(tmp_path, str(inbox))
    assert [s["relevant"] for s in data["stories"]] == [True, False]
    assert data["quotes"] == []
    assert "Ella Marsh" not in {a["name"] for a in data["actors"]}


def test_the_top_block_says_how_many_more_stories_are_reported(fixed_clock: object) -> None:
    """The top block names the leading stories (compose.digest.LEADING); when more are
    reported in full, it says so, so the block and the sections never disagree."""
    briefing = build([str(p) for p in sample_paths()], Options())
    model = briefing.stories[0]
    stories = tuple(
        replace(model, id=f"s{n}", title=f"Story number {n}", relevant=True)
        for n in range(LEADING + 2)
    )
    text = render(replace(briefing, stories=stories), "md", Options()).decode("utf-8")
    top = text.split("## Top stories", 1)[1].split("\n## ", 1)[0]
    assert [line for line in top.splitlines() if line.startswith("- **")] == [
        f"- **Story number {n}** ({story_line(model)})" for n in range(LEADING)
    ]
    assert "- *and 2 more stories below*" in top
    assert all(f"### Story number {n}" in text for n in range(LEADING + 2))


def test_a_fallback_headline_keeps_the_clause_its_main_clause_points_back_to() -> None:
    from brief.compose.titles import fallback_title

    pointing = "After the flood in Tarnow, the town council asked the army for help on Monday."
    assert fallback_title(pointing).startswith("After the flood in Tarnow, the town council")
    plain = "As talks open in Vienna, Austria and Hungary agree to share the river's water."
    assert fallback_title(plain) == "Austria and Hungary agree to share the river's water"


def test_a_digest_quotes_each_story_in_turn() -> None:
    """One talkative story must not fill the few quotes a digest shows."""
    from brief.compose.briefing import _each_story_in_turn
    from brief.models import Mention, Quote, Story

    def quote(source: int, index: int) -> Quote:
        return Quote(f"q{source}.{index}", "X", "X", (Mention(source, index),))

    stories = [Story("a", "A", (1,), 1, "other", ()), Story("b", "B", (2, 3), 2, "other", ())]
    best_first = [quote(1, 1), quote(1, 2), quote(1, 3), quote(3, 1), quote(2, 5)]
    first_source = lambda q: q.sentences[0].source  # noqa: E731
    ordered = _each_story_in_turn(best_first, stories, first_source)
    assert [q.text for q in ordered] == ["q1.1", "q3.1", "q1.2", "q2.5", "q1.3"]
    assert _each_story_in_turn(best_first, (), first_source) == tuple(best_first)


def test_a_source_without_a_headline_is_listed_by_its_lead(
    tmp_path: Path, fixed_clock: object
) -> None:
    """Raw wire text has no title line: the Sources list gives its lead's words, so a
    citation leads a reader to an article, and the file name beside them (and the agency
    its dateline credits)."""
    wire = tmp_path / "APW0001.txt"
    wire.write_text(
        "LISBON (AP) -- Harbour pilots in Portugal walked out on Tuesday over a pension "
        "reform, leaving forty cargo ships waiting outside the port of Lisbon. The union "
        "said the strike would last three days. Port officials said talks would resume.\n",
        encoding="utf-8",
    )
    sources = _made(tmp_path, "brief.md", str(wire)).split("## Sources", 1)[1]
    assert "1. Harbour pilots in Portugal walked out on Tuesday over a pension reform" in sources
    assert "— AP, APW0001.txt" in sources and "LISBON" not in sources  # the credit's agency


def test_a_story_of_several_reports_is_headed_by_what_most_of_them_report() -> None:
    """One report's side event ("charged with kidnapping") does not head ten reports of an
    earthquake, however many words it shares with the summary."""
    from brief.compose.titles import headline
    from brief.ingest.layout import parse_text as layout_text

    reports = [
        ("Strong earthquake kills hundreds in Varnia", "A strong earthquake struck Varnia."),
        (
            "Varnia earthquake toll rises",
            "Rescuers in Varnia searched rubble after the earthquake.",
        ),
        (
            "Aid reaches Varnia after earthquake",
            "Aid flights landed in Varnia after the earthquake.",
        ),
        (
            "Four aid workers charged with child kidnapping in Varnia",
            "Four aid workers were charged with kidnapping children in Varnia.",
        ),
    ]
    documents = [
        layout_text(f"{title}\n\n{body}\n", Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1))
        for n, (title, body) in enumerate(reports, start=1)
    ]
    summary = ["Four aid workers were charged with kidnapping children in Varnia after the quake."]
    title, source = headline(documents, [], summary)
    assert "earthquake" in title.lower() and source != 4


# One event as three outlets report it (the same facts in their own words), and a
# paragraph two of them carry word for word: written for these tests.
FLOOD_REPORTS = {
    "wire.txt": (
        "Floods kill 40 in northern valley",
        (
            "Floods killed at least 40 people in the northern Arlen valley on Saturday after "
            "three days of heavy rain, the regional governor said."
        ),
        (
            "Rescue teams reached the cut-off village of Morva by boat on Sunday and evacuated "
            "300 residents to a school in the regional capital."
        ),
        (
            "The Arlen river burst its banks near the old stone bridge at Morva on Friday night, "
            "flooding farms and homes across the valley."
        ),
        (
            "The governor said the army would send two helicopters and water pumps to the valley "
            "on Monday."
        ),
        "Weather forecasters expect more heavy rain in the northern valley until Wednesday.",
    ),
    "daily.txt": (
        "Valley floods leave dozens dead",
        (
            "At least 40 people were killed when floods swept through the northern Arlen valley "
            "on Saturday, the regional governor said."
        ),
        (
            "The Arlen river burst its banks near the old stone bridge at Morva late on Friday "
            "after three days of heavy rain."
        ),
        (
            "Rescue teams in boats evacuated 300 residents of Morva on Sunday and took them to a "
            "school in the regional capital."
        ),
        "Farmers in the valley said the floods had destroyed most of the autumn harvest.",
        (
            "The governor declared a state of emergency in the valley and closed its schools and "
            "markets until further notice."
        ),
    ),
    "radio.txt": (
        "Army helicopters sent to flooded valley",
        (
            "The army will send two helicopters and water pumps to the northern Arlen valley, "
            "where floods killed at least 40 people on Saturday, the regional governor said."
        ),
        (
            "The floods began when the Arlen river burst its banks near the old stone bridge at "
            "Morva after three days of heavy rain."
        ),
        "Rescue teams evacuated 300 residents of Morva by boat on Sunday.",
        (
            "The governor declared a state of emergency in the valley and closed its schools and "
            "markets until further notice."
        ),
        "Forecasters expect more heavy rain in the valley until Wednesday.",
    ),
}


def test_a_story_several_outlets_report_opens_with_the_briefs_own_summary(
    tmp_path: Path, fixed_clock: object
) -> None:
    """Its bullets are ranked as the brief's summary is (its articles' coverage ranking):
    a folder of one story's reports gives the story the summary's first sentences. What
    two reports share word for word (a wire paragraph) is one bullet, but both vote."""
    for name, paragraphs in FLOOD_REPORTS.items():
        (tmp_path / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    briefing = build([str(tmp_path)], Options())
    assert len(briefing.stories) == 1
    bullets = briefing.stories[0].bullets
    # three independent reports: four bullets, or the 100-word cover whole (up to five)
    assert 4 <= len(bullets) <= 5
    assert sum(len(b.text.split()) for b in bullets) <= 100 or len(bullets) == 4
    assert any(b.index == 1 for b in bullets)
    best = {(b.source, b.index) for b in briefing.summary[: len(bullets)]}
    assert {(b.source, b.index) for b in bullets} == best
    assert any("state of emergency" in b.text for b in bullets)


def test_a_storys_headline_is_one_a_reader_can_take() -> None:
    """Of four reports of one rehab stay only one has a headline, "It's about time,
    right?": it points back and names nothing, so the reports' ledes title the story."""
    from brief.compose.titles import headline
    from brief.ingest.layout import parse_text
    from brief.models import Sentence

    texts = [
        "It's about time, right?\n\nActress Tara Reid has checked into a rehab clinic.\n",
        "Tara Reid has entered a rehab clinic, her representative said.\n",
        "Actress Tara Reid entered a rehab clinic in Malibu on Monday.\n",
        "Tara Reid is in a rehab clinic, her publicist said on Monday.\n",
    ]
    documents = [
        parse_text(text, Source(n, f"{n}.txt", f"{n}.txt", "", len(text)))
        for n, text in enumerate(texts, 1)
    ]
    assert [d.title for d in documents] == ["It's about time, right?", None, None, None]
    ledes = [Sentence(d.blocks[0].text, d.source.number, 1, 1) for d in documents]
    title, _ = headline(documents, ledes, ["Tara Reid has checked into a rehab clinic."])
    assert "Tara Reid" in title


def test_a_scraped_notice_page_is_listed_not_told(tmp_path: Path, fixed_clock: object) -> None:
    """Two scraped copies of a site's notice to its users (Twitter's "Tweet with a
    location") are one story with nothing fit to tell: one line under "Also in the
    inbox", never a story of its own with "Learn more" for a bullet, even on a day when
    no story matches the profile and the leading ones are told."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "match.txt").write_text(MATCH_REPORT, encoding="utf-8")  # no story matches
    notice = (
        "Tweet with a location\n\nYou can add location information to your Tweets, such as"
        " your city or precise location, from the web and via third-party applications."
        " You always have the option to delete your Tweet location history. Learn more\n"
    )
    for name in ("notice-1.txt", "notice-2.txt"):
        (inbox / name).write_text(notice, encoding="utf-8")
    text = _made(tmp_path, "brief.md", str(inbox))
    assert "### Tweet with a location" not in text and "Learn more" not in text
    assert "location information" not in text
    also = text.split("## Also in the inbox", 1)[1].split("\n## ", 1)[0]
    assert "Tweet with a location" in also


def test_dates_without_a_year_from_two_articles_are_said_to_be_so(
    tmp_path: Path, fixed_clock: object
) -> None:
    """The timeline lists each article's yearless dates together and says why, so "14
    Jul" after "12 Sep" is not read as the next year."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(
        "Troops cross the border\n\nTroops crossed the northern border on 10 September,"
        " the defence ministry said.\n\nThe army moved tanks to the frontier on 12 September.\n",
        encoding="utf-8",
    )
    (inbox / "b.txt").write_text(
        "Troops cross the border\n\nThe army first moved troops to the northern border on"
        " 14 July, the defence ministry said.\n\nTanks followed the troops on 20 July.\n",
        encoding="utf-8",
    )
    timeline = _made(tmp_path, "brief.md", str(inbox)).split("## Timeline", 1)[1]
    timeline = timeline.split("\n## ", 1)[0]
    assert timeline.index("10 Sep") < timeline.index("12 Sep") < timeline.index("14 Jul")
    assert "Dates without a year are listed last, article by article" in timeline


def test_a_quote_two_outlets_carry_is_listed_once(tmp_path: Path, fixed_clock: object) -> None:
    """Nothing said twice: two reports quoting one line (one of them a part of it) list it
    once, given to the speaker the reports name."""
    inbox = tmp_path / "quoted"
    inbox.mkdir()
    (inbox / "a.txt").write_text(
        "Driver charged after crash in Queens\n\n"
        "A driver was charged on Monday after his car struck three people in Queens.\n\n"
        "“The man is an emotional wreck, and he is very sorry,” said his lawyer, Ann Lee.\n",
        encoding="utf-8",
    )
    (inbox / "b.txt").write_text(
        "Queens driver faces charges over crash\n\n"
        "Police charged a 40-year-old driver whose car hit three pedestrians in Queens.\n\n"
        "His lawyer told reporters: “The man is an emotional wreck.”\n",
        encoding="utf-8",
    )
    quotes = _json(tmp_path, str(inbox))["quotes"]
    assert [q["text"] for q in quotes] == ["The man is an emotional wreck, and he is very sorry"]
    assert quotes[0]["speaker"] == "Ann Lee"


def test_a_fragment_never_stands_in_for_a_quote_nor_for_another_speaker() -> None:
    from brief.compose.briefing import _said_once
    from brief.models import Mention, Quote

    def quote(text: str, actor: str | None, source: int) -> Quote:
        return Quote(text, actor, actor, (Mention(source, 1),))

    kept = _said_once(
        [
            quote("on behalf", "Sergey Lavrov", 1),
            quote("my spring break on behalf of Russia is off", "John McCain", 2),
            quote("unjustified and wrong", "Tony Blair", 3),
            quote("This is serious. It is unjustified and wrong.", "Tony Blair", 4),
            quote("a good shooting", "Ann Lee", 5),
            quote("Under the circumstances, it appears to be a good shooting", None, 6),
        ]
    )
    assert [(q.text, q.actor) for q in kept] == [
        ("on behalf", "Sergey Lavrov"),
        ("my spring break on behalf of Russia is off", "John McCain"),
        ("This is serious. It is unjustified and wrong.", "Tony Blair"),
        ("a good shooting", "Ann Lee"),
        ("Under the circumstances, it appears to be a good shooting", None),
    ]


def test_words_kept_apart_from_a_fragment_go_when_its_whole_comes() -> None:
    from brief.compose.briefing import _said_once
    from brief.models import Mention, Quote

    def quote(text: str, actor: str | None, source: int) -> Quote:
        return Quote(text, actor, actor, (Mention(source, 1),))

    kept = _said_once(
        [
            quote("we will not back down on this", "Hillary Clinton", 1),
            quote("we will not back down on this, not now and not ever", None, 2),
            quote("We will not back down on this, not now and not ever.", "Hillary Clinton", 3),
        ]
    )
    assert [(q.text, q.actor) for q in kept] == [
        ("We will not back down on this, not now and not ever.", "Hillary Clinton")
    ]


def test_a_short_quote_grown_by_its_speaker_keeps_the_fragments_place() -> None:
    from brief.compose.briefing import _said_once
    from brief.models import Mention, Quote

    def quote(text: str, actor: str | None, source: int) -> Quote:
        return Quote(text, actor, actor, (Mention(source, 1),))

    kept = _said_once(
        [
            quote("disgraceful", None, 1),
            quote("we will fight on", "Ann Lee", 2),
            quote("totally disgraceful", "Donald Trump", 3),
        ]
    )
    assert [q.text for q in kept] == ["totally disgraceful", "we will fight on"]


def test_a_quote_holding_two_kept_ones_takes_the_better_ones_place_under_any_hash_seed(
    tmp_path: Path,
) -> None:
    """A rally's whole quote holds two of its speaker's quotes ranked above it, with
    another speaker's between them: it takes the place of the better-ranked, not of
    whichever a set of its three-word runs gave first (the hash seed had moved a long
    brief's quotes by dozens of places from run to run)."""
    import os
    import subprocess
    import sys

    from tests.conftest import FIXED_EPOCH, ROOT

    article = tmp_path / "strike.txt"
    article.write_text(
        "Dock strike shuts Rotterdam port\n\n"
        "“We will not go back without a contract,” Anna de Vries, the leader of the dock "
        "workers' union, said as the strike shut the port of Rotterdam on Monday.\n\n"
        "“This strike at the port is reckless and unlawful,” said Piet Bakker, who chairs "
        "the owners' association of Rotterdam.\n\n"
        "Shipping lines diverted about 40 vessels to Antwerp and Hamburg, port officials "
        "said.\n\n"
        "“The owners have had three years,” de Vries said.\n\n"
        "At a rally outside the port offices, de Vries repeated her message. “The owners "
        "have had three years, and we will not go back without a contract,” she said.\n\n"
        "Police said the rally was peaceful.\n",
        encoding="utf-8",
    )
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"brief-{seed}.json"
        env = os.environ | {"PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": FIXED_EPOCH}
        subprocess.run(
            [sys.executable, "-m", "brief", "make", str(article), "-o", str(out)],
            check=True,
            cwd=ROOT,
            env=env,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    quotes = json.loads(outputs[0])["quotes"]
    assert [q["speaker"] for q in quotes] == ["Anna de Vries", "Piet Bakker"]
    assert quotes[0]["text"].startswith("The owners have had three years, and we will not")


def test_a_story_bullet_cites_only_its_own_sources() -> None:
    """A sentence two stories' articles share (a wire paragraph) had a story of one source
    cite the other story's too ("1 source [132]" over "[132:11; 133:10]")."""
    from brief.compose.digest import _cited_within
    from brief.models import Bullet, Corpus, Mention, Sentence

    shared = Bullet(
        "Talks resume on Friday.", 5, 3, 0.5, "diplomacy", (Mention(5, 3), Mention(9, 7))
    )
    assert _cited_within(shared, (9,)).ref == "[9:7]"
    assert (_cited_within(shared, (9,)).source, _cited_within(shared, (9,)).index) == (9, 7)
    assert _cited_within(shared, (5, 9)) == shared
    # the story's own copy may word it otherwise: its words are shown
    own = Sentence("Talks will resume on Friday.", 9, 7, 0)
    corpus = Corpus(documents=(), sentences=(own,))
    assert _cited_within(shared, (9,), corpus).text == own.text


def test_dates_without_a_year_after_dated_ones_are_said_to_be_so(fixed_clock: object) -> None:
    """One article: "10-24 Mar" after "Feb 2022" read as March 2022."""
    brief = build([str(SAMPLES / "baltic-drills.txt")], Options())
    text = render(brief, "md", Options()).decode("utf-8")
    assert "*Dates without a year are listed last, article by article" in text


def _dated(path: Path, title: str, date: str, body: str) -> str:
    """An article as `brief fetch` writes one, headline and date in its header."""
    return str(write_article(path.parent, path.name, ArticleMeta(title=title, date=date), body))


def test_reports_of_several_days_are_headed_by_the_latest(
    tmp_path: Path, fixed_clock: object
) -> None:
    """A story of 6 March's "18,000 Sudanese flee into Chad" and 11 March's "more than
    25,000" had been headed, and its bottom line given, by the older (a reviewer's)."""
    older = _dated(
        tmp_path / "a.txt",
        "18,000 Sudanese flee into Chad in a week as Darfur fighting spreads",
        "2026-03-06",
        "More than 18,000 people have crossed from Sudan's West Darfur into eastern Chad in"
        " the past week, the UN refugee agency said on Friday.\n\nMost of the new arrivals"
        " in Chad are women and children fleeing Darfur, the agency said.\n",
    )
    newer = _dated(
        tmp_path / "b.txt",
        "Refugee arrivals in Chad top 25,000 as UN warns of cholera risk",
        "2026-03-11",
        "More than 25,000 Sudanese refugees have arrived in eastern Chad from Darfur since"
        " 1 March, the UN refugee agency said on Wednesday.\n\nTransit sites in Chad are"
        " overcrowded, the agency said of the Darfur refugees.\n",
    )
    briefing = build([older, newer], Options())
    assert briefing.title.startswith("Refugee arrivals in Chad top 25,000")
    assert briefing.bottom_line is not None and "25,000" in briefing.bottom_line.text


def test_the_latest_days_figures_come_first(tmp_path: Path, fixed_clock: object) -> None:
    """Monday's "at least 12 people were killed" had been listed before Tuesday's "the
    death toll has risen to 19" (a reviewer's), and then after it, as a second fact."""
    monday = _dated(
        tmp_path / "a.txt",
        "Sierra Leone repels coup attempt",
        "2026-03-09",
        "Loyal troops repelled a coup attempt in Freetown on Monday. At least 12 people were"
        " killed in the fighting, the health ministry said.\n\nThe attackers had seized"
        " weapons from the Wilberforce barracks armoury, the army of Sierra Leone said.\n",
    )
    tuesday = _dated(
        tmp_path / "b.txt",
        "Sierra Leone coup toll rises to 19",
        "2026-03-10",
        "The death toll from Monday's failed coup attempt in Freetown has risen to 19 people,"
        " the health ministry said on Tuesday.\n\nThe attackers of the Wilberforce barracks"
        " in Sierra Leone had seized weapons from its armoury, the army said.\n",
    )
    briefing = build([monday, tuesday], Options())
    assert [story.sources for story in briefing.stories] == [(1, 2)]
    figures = [f.text for f in briefing.figures]
    toll = "death toll from Monday's failed coup attempt in Freetown has risen to 19 people"
    # the same toll told twice: the latest only, never both as two facts
    assert figures.index(toll) == 0
    assert "At least 12 people were killed" not in figures


def _clash_reports(tmp_path: Path) -> list[str]:
    """Two reports of one border clash of the same day: the morning's toll and the
    evening's, which raises it."""
    return [
        _dated(
            tmp_path / "a.txt",
            "Thirteen killed as Kyrgyz and Tajik forces clash on Batken border",
            "2026-06-17",
            "At least 13 people, including four civilians, were killed on Wednesday when Kyrgyz"
            " and Tajik border troops exchanged mortar fire near Kok-Tash in the Batken"
            " region, the health ministry said.\n\nThe Kyrgyz and Tajik border guards traded"
            " fire for six hours near the Tortkul reservoir in Batken.\n",
        ),
        _dated(
            tmp_path / "b.txt",
            "Kyrgyz-Tajik border clash kills at least 27, ceasefire agreed",
            "2026-06-17",
            "Fighting between Kyrgyz and Tajik forces along their disputed border in Batken"
            " killed at least 27 people on Wednesday, officials on both sides said, before a"
            " ceasefire took hold.\n\nThe Kyrgyz and Tajik delegations will meet in Astana"
            " on Thursday, Kazakhstan's foreign ministry said of the Batken ceasefire.\n",
        ),
    ]


def test_a_toll_raised_the_same_day_leads_its_story(tmp_path: Path, fixed_clock: object) -> None:
    """A clash's 11:20 report of 13 dead had led its story, its headline, the bottom line
    and the key figures, when the evening wire's lede said at least 27 (r42's trial): a
    toll rises as the dead are counted, so the higher is the later."""
    briefing = build(_clash_reports(tmp_path), Options())
    assert [story.sources for story in briefing.stories] == [(1, 2)]
    assert briefing.title.startswith("Kyrgyz-Tajik border clash kills at least 27")
    told = [b.text for section in briefing.sections for b in section.bullets]
    assert briefing.bottom_line is not None
    told.append(briefing.bottom_line.text)
    assert not any("At least 13" in text for text in told)
    assert any("at least 27" in text for text in told)
    figures = [f.text for f in briefing.figures]
    # the raised toll's earlier count is that toll told before: the latest only
    assert figures[0] == "killed at least 27 people"
    assert "At least 13 people, including four civilians, were killed" not in figures


def test_a_towns_toll_from_one_source_is_no_later_count_of_the_countrys(
    tmp_path: Path, fixed_clock: object
) -> None:
    """r46 H1: a paper's "At least 27 people have died in Vila Namaruca", from one hospital
    source, had led a cyclone's story over the disaster agency's toll for the country, as
    if it were the later count; it names no country, so it counts another tally."""
    agency = _dated(
        tmp_path / "a.txt",
        "Cyclone Tamara kills at least 12 in northern Mozambique",
        "2026-11-30",
        "Cyclone Tamara made landfall late on Sunday near the town of Vila Namaruca,"
        " killing at least 12 people, Mozambique's disaster management institute said on"
        " Monday.\n\nThe institute said Cyclone Tamara had destroyed 3,000 houses near"
        " Vila Namaruca.\n",
    )
    paper = _dated(
        tmp_path / "b.txt",
        "Namaruca counts its dead as Tamara leaves trail of destruction",
        "2026-11-30",
        "At least 27 people have died in Vila Namaruca, a source at the rural hospital told"
        " the paper on Monday, after Cyclone Tamara made landfall.\n\nThe hospital's roof"
        " was torn off by Cyclone Tamara near Vila Namaruca, nurses said.\n",
    )
    briefing = build([agency, paper], Options())
    assert [story.sources for story in briefing.stories] == [(1, 2)]
    assert briefing.bottom_line is not None
    assert "killing at least 12 people" in briefing.bottom_line.text
    # r46 H2: the evening's risen toll of the country leads, the town's 27 beside it or not
    evening = _dated(
        tmp_path / "c.txt",
        "Cyclone Tamara death toll rises to 18, institute says",
        "2026-11-30",
        "The death toll from Cyclone Tamara in northern Mozambique rose to 18 on Monday"
        " evening, the disaster management institute said.\n\nRescue teams reached villages"
        " near Vila Namaruca hit by Cyclone Tamara, the institute said.\n",
    )
    briefing = build([agency, paper, evening], Options())
    assert [story.sources for story in briefing.stories] == [(1, 2, 3)]
    assert briefing.bottom_line is not None
    assert "rose to 18" in briefing.bottom_line.text


def test_a_ledes_toll_is_its_count_of_all_the_dead_as_its_news() -> None:
    """ "... offered to mediate after a clash killed six soldiers" reports an offer: its
    toll is background, and had raised the clash's own lede of four Cambodian dead."""
    from brief.extract.figures import lede_toll

    assert lede_toll("Malaysia offered observers after a clash killed six soldiers.") is None
    assert lede_toll("As many as 30 people were killed in the blast.") == 30
    assert lede_toll("The death toll rose to 74, the ministry said.") == 74
    # a part of the dead, not an earlier count of them all
    assert lede_toll("Eight Tajik border guards were killed on Wednesday.") is None
    # a clause of the same time gives the report's own count, however long the toll's noun
    assert lede_toll("Both sides signed the accord, as the death toll rose to 71.") == 71
    assert (
        lede_toll(
            "The premier toured the flooded east, as officials said the number of deaths due to"
            " the week of heavy rains in the Eastern Province had risen to nine."
        )
        == 9
    )


def test_a_digests_figures_take_turns_by_story_each_latest_first(
    tmp_path: Path, fixed_clock: object
) -> None:
    """A market report of Thursday, the inbox's latest day, had filled every key figure of
    a digest before Wednesday's coup toll: a later day updates only its own story's
    figures (a reviewer's)."""
    monday = _dated(
        tmp_path / "a.txt",
        "Sierra Leone repels coup attempt",
        "2026-03-09",
        "Loyal troops repelled a coup attempt in Freetown on Monday. At least 12 people were"
        " killed in the fighting, the health ministry of Sierra Leone said.\n",
    )
    tuesday = _dated(
        tmp_path / "b.txt",
        "Sierra Leone coup toll rises to 19",
        "2026-03-10",
        "The death toll from Monday's failed coup attempt in Freetown has risen to 19 people,"
        " the health ministry of Sierra Leone said on Tuesday.\n",
    )
    markets = _dated(
        tmp_path / "c.txt",
        "Naira slides on parallel market",
        "2026-03-12",
        "The naira traded at N1,738 on the parallel market on Thursday, after the central"
        " bank sold $500m to dealers. Reserves fell to $35bn, and inflation rose 0.4% in"
        " February. Banks must hold 7% more in cash, the central bank of Nigeria said.\n",
    )
    briefing = build([monday, tuesday, markets], Options())
    assert len(briefing.stories) == 2
    first_two = {f.sentence.source for f in briefing.figures[:2]}
    assert first_two == {2, 3}, [f.text for f in briefing.figures]


def test_a_digests_key_figures_put_the_worst_toll_first_and_the_missing_after_the_dead(
    tmp_path: Path, fixed_clock: object
) -> None:
    """Each story's first figure had gone in the stories' order, so a smaller toll led the
    day's worst, and one story's missing crew came before another's dead (r52 M1): the
    dead of every story first, the highest first, then the hurt and the missing."""
    day = "2026-03-09"
    paths = [
        _dated(
            tmp_path / "a.txt",
            "Rebels kill five soldiers in Lindavia border clash",
            day,
            "Rebels killed five soldiers in a clash on the Lindavia border on Monday, the army"
            " said. The defence minister ordered troops to the border.\n",
        ),
        _dated(
            tmp_path / "b.txt",
            "Navy patrol boat sinks off Keros after clash",
            day,
            "Two sailors were missing after a navy patrol boat sank off Keros on Monday after a"
            " clash with smugglers, the navy said. Warships searched the area overnight.\n",
        ),
        _dated(
            tmp_path / "c.txt",
            "Airstrike on Montara village kills 31",
            day,
            "An airstrike hit a village in Montara on Monday, killing 31 people, rescuers said."
            " The air force said it had struck a rebel base.\n",
        ),
    ]
    briefing = build(paths, Options())
    assert [f.value for f in briefing.figures[:3]] == [31, 5, 2], [f.text for f in briefing.figures]


def test_the_sentences_of_one_quotation_share_the_first_ones_section() -> None:
    """A quote's opening sentence had sat under Military moves and its close, with the
    speaker, under Other developments (a reviewer's)."""
    from brief.compose.briefing import _one_section_a_quotation
    from brief.models import Bullet

    reading = [
        Bullet("“We have increased patrols.", 1, 2, 0.9, "military"),
        Bullet("But we seek no conflict,” the general said.", 1, 3, 0.5, "other"),
        Bullet("Miners left the area.", 1, 4, 0.4, "other"),
    ]
    assert [b.section for b in _one_section_a_quotation(reading)] == [
        "military",
        "military",
        "other",
    ]


def test_a_headline_opening_with_a_quotation_can_head_its_story() -> None:
    """ "“We pulled a boy out through the balcony”: Saltivka counts its dead" had been
    refused for its "We" and the story titled with its cut lead (a reviewer's pile)."""
    from brief.compose.titles import can_head

    assert can_head('"We pulled a boy out through the balcony": Saltivka counts its dead')
    assert not can_head('"We will win"')
    assert not can_head("It's about time, right?")


def test_stories_of_equal_weight_go_in_the_profiles_section_order() -> None:
    """A refiner's profit had led a geopolitics digest above troops massing on a border,
    each one source and equally relevant (a reviewer's): the profile lists military moves
    before the economy."""
    from brief.compose import order_stories
    from brief.models import Story

    profit = Story("p", "Refiner profit jumps", (1,), 1, "economy", (), relevance=1.0)
    troops = Story("t", "Troops mass near border", (2,), 1, "military", (), relevance=1.0)
    wider = Story("w", "Talks open", (3, 4), 2, "diplomacy", (), relevance=1.0)
    ordered = order_stories([profit, troops, wider], {}, ["military", "diplomacy", "economy"])
    assert [s.id for s in ordered] == ["w", "t", "p"]


def test_a_retrospective_goes_after_the_day_s_news() -> None:
    """A feature on a flood of 1998 had been the second top story of a day whose news was
    a dam's spillway opened (invented; r75 F11): its own dated past is no news of the
    day. It stays among the relevant stories, after the day's news, and a story of a
    retrospective with a report of the day is news."""
    from brief.compose import order_stories
    from brief.extract.figures.retrospective import retrospectives
    from brief.models import Sentence, Story

    sentences = [
        Sentence("In August 1998, the Varna river flooded the town of Lodz Mill.", 1, 1, 0),
        Sentence("Some 4,000 people left their homes.", 1, 2, 1),
        Sentence("The Lodz Mill dam opened its spillway on Tuesday.", 2, 1, 0),
        Sentence("Five years ago, the same gates had failed.", 3, 1, 0),
    ]
    dates = {1: "2033-04-12", 2: "2033-04-12", 3: "2033-04-12"}
    history = retrospectives(sentences, dates)
    assert history == frozenset({1})
    feature = Story("f", "Feature: the flood of 1998", (1,), 1, "water", (), relevance=1.0)
    dam = Story("d", "Dam opens spillway", (2,), 1, "power", (), relevance=1.0)
    aside = Story("a", "Other", (4,), 1, "other", (), relevant=False)
    ordered = order_stories([feature, dam, aside], dates, ["water", "power"], history)
    assert [s.id for s in ordered] == ["d", "f", "a"]
    # without a word of history, the profile's order of sections stands
    assert [s.id for s in order_stories([feature, dam], dates, ["water", "power"])] == ["f", "d"]
    both = Story("b", "The flood, then and now", (1, 2), 1, "water", (), relevance=1.0)
    assert order_stories([dam, both], dates, ["water", "power"], history)[0].id == "b"


def test_a_common_named_body_two_stories_mention_is_no_one_actor() -> None:
    """One "Foreign Ministry" row had counted the Kyrgyz, Armenian and Iranian ministries
    of three stories (a reviewer's); a body of one story, or one a gazetteer knows, stays."""
    from brief.compose.briefing import _actors_about
    from brief.models import Actor, Mention, Story

    ministry = Actor("Foreign Ministry", "organisation", None, 2, (Mention(1, 1), Mention(2, 1)))
    union = Actor("European Union", "organisation", None, 2, (Mention(1, 2), Mention(2, 2)))
    guard = Actor("Interior Ministry", "organisation", None, 2, (Mention(1, 3), Mention(1, 4)))
    stories = [Story("a", "A", (1,), 1, "other", ()), Story("b", "B", (2,), 1, "other", ())]
    kept = _actors_about([ministry, union, guard], {1, 2}, stories)
    assert [a.name for a in kept] == ["European Union", "Interior Ministry"]


def test_of_two_reports_the_headline_is_the_one_whose_opening_the_story_states() -> None:
    """A reviewer's Mwenga story ran an aid agency's "struggle to reach 120,000 fleeing"
    over the other report's "M23 rebels captured the town" lead: of two reports as of
    three or more, a headline whose report's opening the bullets leave out goes after
    one they state, though its words overlap the bullets more."""
    from brief.compose.titles import headline
    from brief.ingest.layout import parse_text as layout_text

    reports = [
        (
            "Aid agencies struggle to reach 120,000 fleeing fighting in Varnia",
            "Aid agencies said they could not reach 120,000 people fleeing the fighting.",
        ),
        (
            "Rebels seize the town of Dorvo as talks stall",
            "Rebels captured the town of Dorvo on Monday after two days of fighting.",
        ),
    ]
    documents = [
        layout_text(f"{title}\n\n{body}\n", Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1))
        for n, (title, body) in enumerate(reports, start=1)
    ]
    summary = [
        "Rebels captured the town of Dorvo on Monday after two days of fighting.",
        "More than 120,000 people have fled, and aid agencies struggle to reach them.",
    ]
    title, source = headline(documents, [], summary, stated={2})
    assert (title, source) == ("Rebels seize the town of Dorvo as talks stall", 2)


def test_a_digests_actors_give_each_storys_people_with_a_role_first() -> None:
    """A day's table had held twelve countries and bodies and not one official of five
    stories (r43): the stories' header lines name their busiest actors already."""
    from brief.compose.briefing import _actors_about
    from brief.models import Actor, Mention, Story

    def actor(name: str, kind: str, role: str | None, *at: int) -> Actor:
        return Actor(name, kind, role, len(at), tuple(Mention(n, 1) for n in at))  # type: ignore[arg-type]

    stories = [Story("a", "A", (1, 2), 2, "other", ()), Story("b", "B", (3,), 1, "other", ())]
    table = _actors_about(
        [
            actor("Niger", "country", None, 1, 2, 1, 2),
            actor("Mali", "country", None, 3, 3, 3),
            actor("Abdoulaye Sanda", "person", "Minister of the Interior", 1, 2),
            actor("Moussa Keita", "person", "union leader", 3),
            actor("Amina Sow", "person", None, 3),
        ],
        {1, 2, 3},
        stories,
    )
    assert [a.name for a in table] == [
        "Abdoulaye Sanda",
        "Moussa Keita",
        "Niger",
        "Mali",
        "Amina Sow",
    ]


def test_a_quoted_phrase_comes_after_whole_statements() -> None:
    from brief.compose.briefing import _phrase_quoted
    from brief.models import Quote

    assert _phrase_quoted(Quote("smuggled fuel", "Iran", "Iran", ()))
    assert not _phrase_quoted(Quote("We will not be deterred.", "PCG", "PCG", ()))
    assert not _phrase_quoted(Quote("“Our priority is the crew", None, None, ()))


def test_a_story_of_several_days_opens_with_its_latest_days_report() -> None:
    """A two-day water-cannon story had led with the first day's "Four Filipino crew
    members were injured", and the second day's revision to six was in none of its
    bullets (r43)."""
    from brief.models import Sentence
    from brief.pipeline.drafts import _latest_day_lede

    unique = [
        Sentence("Four crew members were injured on Thursday, the coast guard said.", 1, 1, 0),
        Sentence("The boat's windows were shattered by the water cannon.", 1, 2, 1),
        Sentence("Six crew members were injured, raising the number from four.", 2, 1, 0),
        Sentence("He said the crew were safe.", 2, 2, 1),
    ]
    fresh = [0, 1, 3, 2]
    assert _latest_day_lede(unique, [0, 1], fresh, frozenset({2})) == (2, 1)
    # its own lede picked already, or reports of one day: as picked
    assert _latest_day_lede(unique, [2, 0], fresh, frozenset({2})) == (2, 0)
    assert _latest_day_lede(unique, [0, 1], fresh, frozenset()) == (0, 1)


def test_a_name_alone_its_article_gave_in_full_before_is_no_bullet(
    tmp_path: Path, fixed_clock: object
) -> None:
    """r46 L7: "Nampuito said the water ..." had been a bullet of a cyclone story whose
    bullets never named Mateus Nampuito: the reader met a stranger. A name the article
    never gave in full ("Reuters said") is no later mention."""
    from brief.compose.digest import names_alone
    from brief.compose.leads import opening_surname
    from brief.ingest import ingest
    from brief.segment import segment

    assert opening_surname("Nampuito said the stream had risen by two metres.") == "Nampuito"
    assert opening_surname("Families said the stream had risen.") == "Families"
    assert opening_surname("The stream had risen, Nampuito said.") is None
    radio = _dated(
        tmp_path / "a.txt",
        "Lurio Sul families sleep in the open after Cyclone Tamara",
        "2026-11-30",
        "Families in Lurio Sul spent a second night in the open after Cyclone Tamara"
        " destroyed their houses, the community radio said.\n\nMateus Nampuito, the chief"
        " of Lurio Sul, said 300 families had lost their homes to Cyclone Tamara.\n\n"
        "Nampuito said the stream had risen by two metres after Cyclone Tamara.\n\n"
        "Reuters said the cyclone was the strongest to hit the coast in a decade.\n",
    )
    wire = _dated(
        tmp_path / "b.txt",
        "Cyclone Tamara kills 12 in Mozambique",
        "2026-11-30",
        "Cyclone Tamara killed at least 12 people in Mozambique, the disaster agency said on"
        " Monday.\n\nCyclone Tamara destroyed houses in Lurio Sul, the agency said.\n",
    )
    options = Options()
    corpus = segment([ingest(radio, 1, options)], options.language, options.max_sentences)
    texts = {s.text: s for s in corpus.sentences}
    named = texts["Nampuito said the stream had risen by two metres after Cyclone Tamara."]
    reuters = texts["Reuters said the cyclone was the strongest to hit the coast in a decade."]
    alone = names_alone(corpus, {1})
    assert alone == {(named.source, named.index): frozenset({"Mateus Nampuito"})}
    assert (reuters.source, reuters.index) not in alone
    briefing = build([radio, wire], options)
    told = [b.text for story in briefing.stories for b in story.bullets]
    assert named.text not in told


def test_a_name_alone_is_no_bullet_where_only_a_namesake_is_named_in_full(
    tmp_path: Path, fixed_clock: object
) -> None:
    """r67 F4: "Kaboré said engineers were working ..." (the minister Rémi Kaboré, whom
    his article named in full before) had been a bullet under one that names the candidate
    Fatou Kaboré: the reader took the minister's words for hers. An accented name had been
    read as no name, and any kept bullet with a word before the surname as its fuller
    form."""
    from brief.compose.digest import names_alone, stand_alone
    from brief.compose.leads import opening_surname
    from brief.ingest import ingest
    from brief.segment import segment

    assert opening_surname("Kaboré said the outage was technical.") == "Kaboré"
    page = _dated(
        tmp_path / "a.txt",
        "Internet cut across Talanke on election night",
        "2026-11-30",
        "Mobile internet was cut across the country on Monday night, operators said.\n\n"
        "The outage was caused by a cable fault, said Communication Minister Rémi Kaboré.\n\n"
        "Kaboré said engineers were working to restore service.\n",
    )
    options = Options()
    corpus = segment([ingest(page, 2, options)], options.language, options.max_sentences)
    said = next(s for s in corpus.sentences if s.text.startswith("Kaboré said"))
    alone = names_alone(corpus, {2})
    assert alone == {(2, said.index): frozenset({"Rémi Kaboré"})}
    candidate = Bullet(
        text="Opposition leader Fatou Kaboré rejected the provisional results.",
        source=1,
        index=1,
        score=1.0,
        section="other",
    )
    minister = Bullet(text=said.text, source=2, index=said.index, score=1.0, section="other")
    kept = stand_alone([candidate, minister], 1, alone)
    assert [b.text for b in kept] == [candidate.text]
    named = replace(candidate, text="Communication Minister Rémi Kaboré blamed a cable fault.")
    assert len(stand_alone([named, minister], 1, alone)) == 2


FLOOD = """Floods in western Kenya leave 40 dead

Floods in western Kenya have killed 40 people and displaced more than 15,000, the
Kenya Red Cross said on Wednesday.

Heavy rain has fallen for six days, and the Nzoia river burst its banks on Monday.

The government released 200 million shillings for emergency relief.
"""

QUAKE = """Earthquake in northern Peru kills nine

An earthquake of magnitude 6.8 struck northern Peru on Tuesday, killing nine people and
injuring 60, officials said.

Rescue teams searched collapsed buildings in the town of Chachapoyas on Tuesday night.

About 2,000 people were left homeless, the civil defence agency said.
"""


def test_a_digests_key_figures_name_their_story(tmp_path: Path, fixed_clock: object) -> None:
    """Whose "40 dead" a digest's key figure is: each line names its story's headline
    after its citation, and the figure's own words stay as its sentence gives them."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a-flood.txt").write_text(FLOOD, encoding="utf-8")
    (inbox / "b-quake.txt").write_text(QUAKE, encoding="utf-8")
    text = render(build([str(inbox)], Options()), "md", Options()).decode("utf-8")
    figures = text.split("## Key figures", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in figures.splitlines() if line.startswith("- ")]
    assert any(
        line.startswith("- killed 40 people (the Kenya Red Cross) [")
        and line.endswith("· *Floods in western Kenya leave 40 dead*")
        for line in lines
    )
    assert any(
        "killing nine people" in line
        and line.endswith("· *Earthquake in northern Peru kills nine*")
        for line in lines
    )


def test_each_reports_headline_news_is_in_a_bullet(tmp_path: Path, fixed_clock: object) -> None:
    """Of two reports of a kidnapping, one led with the families' appeal and the other
    with the group's claim and its ransom demand; the bullets were the appeal, the
    video's description and a background count, and the claim and the ransom, the
    second report's headline news, were in none (r49 H6). A lede that tells its
    headline's news, which no bullet tells, is no repeat of the first bullet: it is
    added after it, and the first still heads the story."""
    appeal = _dated(
        tmp_path / "a.txt",
        "Abducted surveyors' relatives plead for freedom after rebel recording",
        "2027-04-06",
        "The relatives of three surveyors abducted in northern Norlandia pleaded on Monday"
        " for their freedom after an armed group posted a recording of the three men.\n\n"
        "The wife of surveyor Tomas Berglund said the family was praying for his return.\n\n"
        "The regional governor said troops were searching the hills near Vastby.\n",
    )
    claim = _dated(
        tmp_path / "b.txt",
        "Red Ridge Front claims abduction of Norlandia surveyors, seeks payment",
        "2027-04-06",
        "The Red Ridge Front said on Monday it was holding three surveyors abducted near a"
        " copper quarry in northern Norlandia on Saturday and demanded a payment for their"
        " freedom, according to a recording seen by reporters.\n\n"
        "In the recording, the three men, named by their employer Vastby Minerals as"
        " Tomas Berglund, Erik Sand and Jonas Lind, sit before a red banner and say they are"
        " unhurt.\n\n"
        "A gunman says the group wants 2 million crowns for each man within ten days.\n\n"
        "The Red Ridge Front has abducted at least nine foreigners in Norlandia since 2025,"
        " according to a count by a security consultancy.\n",
    )
    briefing = build([appeal, claim], Options())
    story = next(s for s in briefing.stories if len(s.sources) == 2)
    texts = [b.text for b in story.bullets]
    assert any(t.startswith("The Red Ridge Front said on Monday") for t in texts), texts
    assert any(t.startswith("The relatives of three surveyors") for t in texts), texts
    assert any("2 million crowns" in t for t in texts), texts
    assert story.title.startswith("Red Ridge Front claims")


def test_a_toll_two_reports_lead_with_is_one_bullet() -> None:
    """Two wires' ledes of one blast give its toll in their own words: one bullet, the
    first report's (its headline heads the story); a sentence with a count of its own,
    or whose count only names whom its news is about, stays (r51 M2)."""
    from brief.pipeline.drafts import _said_once

    unique = [
        Sentence(
            "A rocket hit the fuel depot at Varna on Sunday, killing two guards and"
            " injuring nine others, officials said.",
            1,
            1,
            0,
        ),
        Sentence("The depot's tanks burned for six hours.", 1, 2, 1),
        Sentence(
            "Two guards were killed and nine injured when a rocket struck Varna's depot.", 2, 1, 0
        ),
        Sentence("Two guards were killed and 11 injured at the depot, the army said.", 3, 1, 0),
        Sentence("The families of two guards asked the navy to open an inquiry.", 4, 1, 0),
    ]
    assert _said_once(unique, (0, 1, 2, 3, 4), None, "english") == (0, 1, 3, 4)
    # the first pick's report keeps its lede, whichever came first
    assert _said_once(unique, (1, 2, 0), None, "english") == (1, 0)


def test_a_price_and_its_move_two_reports_give_is_one_bullet() -> None:
    """Two reports of one outage give the benchmark's move alike ("rose 4% to $9.40 per
    mmBtu"): one bullet. A move of another size, or a price alone, is news of its own."""
    from brief.pipeline.drafts import _said_once

    unique = [
        Sentence("The plant at Orvik shut after a turbine failed on Monday.", 1, 1, 0),
        Sentence("The Nordic gas benchmark rose 4% to $9.40 per mmBtu on Tuesday.", 1, 2, 1),
        Sentence("The Nordic gas benchmark climbed another 4% to $9.40 per mmBtu.", 2, 2, 1),
        Sentence("The Nordic gas benchmark rose 3% to $9.40 per mmBtu.", 3, 2, 1),
        Sentence("Gas for delivery in March traded at $9.40 per mmBtu.", 4, 2, 1),
    ]
    assert _said_once(unique, (0, 1, 2, 3, 4), None, "english") == (0, 1, 3, 4)
    # two markets' moves alike are two facts (a review: Brent's and WTI's)
    two = [
        Sentence("Brent crude rose 2% to $80 a barrel on Tuesday.", 1, 1, 0),
        Sentence("Texas Intermediate crude rose 2% to $80 a barrel.", 2, 1, 0),
    ]
    assert _said_once(two, (0, 1), None, "english") == (0, 1)


def test_a_magnitude_and_a_clock_time_other_reports_give_are_no_second_bullet() -> None:
    """r52 M4: "The magnitude 5.8 quake struck near Tolan at 4.05am" gives again the
    magnitude and the time two other reports' bullets give, however it writes the clock;
    a sentence with one such number, or a number of its own, stays."""
    from brief.pipeline.drafts import _said_once

    unique = [
        Sentence("A magnitude 5.8 earthquake struck Tolan province on Monday.", 1, 1, 0),
        Sentence("It hit at 4:05 a.m. at a depth of 10 kilometres.", 1, 2, 1),
        Sentence("The magnitude 5.8 quake struck near Tolan at 4.05am, damaging houses.", 2, 1, 0),
        Sentence("The 5.8 quake was felt in the capital.", 3, 1, 0),
        Sentence("A 4.2 aftershock hit Tolan at 4.05am.", 4, 1, 0),
    ]
    assert _said_once(unique, (0, 1, 2, 3, 4), None, "english") == (0, 1, 3, 4)


def test_a_digests_durations_come_after_every_storys_small_counts(
    tmp_path: Path, fixed_clock: object
) -> None:
    """r55 L3: one story's "three days" of mourning had gone before another's "eight
    suspected pirates": a duration comes after every story's counts, however small."""
    day = "2026-03-09"
    paths = [
        _dated(
            tmp_path / "a.txt",
            "Ruvania declares five days of mourning after mine collapse",
            day,
            "Ruvania's president declared five days of national mourning on Monday after the"
            " collapse at the Ortel mine killed 31 miners. The mining minister resigned.\n",
        ),
        _dated(
            tmp_path / "b.txt",
            "Coast guard detains smugglers off Keros",
            day,
            "The coast guard detained six suspected smugglers off Keros on Monday, the navy"
            " said. Warships searched the area overnight.\n",
        ),
    ]
    briefing = build(paths, Options())
    assert len(briefing.stories) == 2
    texts = [f.text for f in briefing.figures]
    assert briefing.figures[0].sentence.source == 1, texts  # the mourning story leads
    assert texts.index("five days") > texts.index("detained six suspected smugglers"), texts


RADIO_TRANSCRIPT = """Flood wards fill in Carrow Bay

Radio Merrow | Evening programme transcript | 2 March 2027

PRESENTER: Tonight we hear from the doctors running the flood wards of Carrow Bay.

PRESENTER: With us from Carrow Bay is Dr Tessa Lindqvist of the district hospital.

LINDQVIST: Good evening. Our flood ward opened on Monday and its 30 beds were full by Wednesday.

PRESENTER: How many patients have you seen?

LINDQVIST: We have treated 140 people since the river broke its banks, most for infected cuts.

PRESENTER: Dr Tessa Lindqvist, thank you.
"""


def test_a_radio_hosts_turns_are_no_bullets_of_its_story(
    tmp_path: Path, fixed_clock: object
) -> None:
    """In a digest, the story a radio interview tells has the guest's answers for bullets:
    not the host's greeting, question or thanks, not even as the story's lede."""
    inbox = _inbox(tmp_path)
    (inbox / "radio.txt").write_text(RADIO_TRANSCRIPT, encoding="utf-8")
    data = _json(tmp_path, str(inbox))
    (story,) = [s for s in data["stories"] if s["title"].startswith("Flood wards")]
    texts = [bullet["text"] for bullet in story["summary"]]
    assert texts and not any(text.startswith("PRESENTER") for text in texts)
