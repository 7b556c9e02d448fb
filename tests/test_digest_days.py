"""A digest of several days and a daily run's later days: what leads a story, which counts
are current, and how many bullets a user who set `-n` gets (r44: a duty editor's three
days of a cyclone). Every text here is invented."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from typer.testing import CliRunner

from brief.cli import app
from brief.models import Sentence, StoryGroup
from brief.rank import RankContext

runner = CliRunner()

# Tuesday's reports of a flood, then Wednesday's: a dam deal, the toll risen, a live blog
# whose latest entry is a side item, and a ministry's release on another matter.
DAY1 = {
    "d1-wire.txt": (
        "Floods sweep the Tessa valley, killing at least 12",
        "VARN, Arland, March 3, 2027 (Global Wire) - Floods swept through the Tessa valley in"
        " northern Arland on Tuesday, killing at least 12 people and cutting the main road to"
        " Varn, the government said.",
        "About 40,000 people have been affected and 3,100 are sheltering in 14 schools, the"
        " civil protection agency said.",
        "The Tessa river burst its banks after four days of rain, and the dam at Olen is close"
        " to capacity.",
        "Aid agencies said boats were needed to reach villages cut off by the water.",
    ),
    "d1-ngo.txt": (
        "Red Cross sends boats to the flooded Tessa valley\n"
        "Arland Red Cross | Press release | 3 March 2027",
        "The Arland Red Cross has sent 20 boats and 60 volunteers to the Tessa valley, where"
        " floods killed at least 12 people on Tuesday.",
        "The floods have affected about 40,000 people, the civil protection agency said.",
        "Volunteers are distributing drinking water in Varn and Olen.",
    ),
}
DAY2 = {
    "d2-wire.txt": (
        "Arland and Belmora agree to open the Olen dam as flood toll reaches 31",
        "VARN, Arland, March 4, 2027 (Global Wire) - Arland and Belmora agreed on Wednesday to"
        " open the sluices of the Olen dam on the Tessa river, ending a dispute over the flooded"
        " valley's water, as the death toll from the floods rose to 31.",
        "The agreement was signed in Varn by the two countries' water ministers.",
        "The civil protection agency said 85,000 people had been affected and 9,400 were"
        " sheltering in 40 schools.",
        "Aid agencies said the opening of the dam would let boats reach the villages cut off"
        " since Tuesday.",
    ),
    "d2-live.md": (
        "# Tessa floods live: dam deal signed, toll at 31",
        "*Live blog — The Varn Courier — Wednesday 4 March 2027*",
        "**19:10** — A former water minister tells Radio Varn he warned the government about"
        " the Olen dam in 2025.",
        "**16:00** — Arland and Belmora have signed the agreement to open the Olen dam, the"
        " water ministry says.",
        "**12:30** — The death toll from the floods rises to 31, the civil protection agency says.",
    ),
    "d2-analysis.txt": (
        "Analysis: the Olen dam deal ends a standoff over the flooded Tessa valley\n"
        "Valley Times | Opinion desk | 4 March 2027",
        "The agreement signed on Wednesday to open the Olen dam ends a standoff between Arland"
        " and Belmora over the flooded Tessa valley, but leaves its farmers waiting for"
        " compensation.",
        "Belmora had refused to open the dam's sluices until Arland paid for damage to its own"
        " farms.",
        "The floods have killed 31 people, the civil protection agency said.",
    ),
    "d2-ministry.txt": (
        "Ministry of Health opens a typhoid clinic in Varn\n"
        "MINISTRY OF HEALTH OF ARLAND - PRESS RELEASE\n"
        "Varn, 4 March 2027",
        "The Ministry of Health informs that 19 suspected typhoid cases have been recorded in"
        " Varn since the floods, and that a clinic has opened at the central school.",
        "The Ministry calls on the population of the Tessa valley to drink only boiled water.",
    ),
    "d2-rates.txt": (
        "Central bank of Belmora raises its key rate to 6%",
        "BELMORA CITY, March 4, 2027 (Global Wire) - Belmora's central bank raised its"
        " benchmark interest rate by a quarter point to 6% on Wednesday, its third increase"
        " this year, as inflation climbed to 7.2% in February.",
        "Governor Ilse Marten said the bank would act again if prices kept rising.",
        "The currency rose 0.4% against the dollar after the decision.",
    ),
}


def _folders(tmp_path: Path) -> list[str]:
    made = []
    for name, texts in (("day1", DAY1), ("day2", DAY2)):
        folder = tmp_path / name
        folder.mkdir()
        for file, text in texts.items():
            (folder / file).write_text("\n\n".join(text) + "\n", encoding="utf-8")
        made.append(str(folder))
    return made


def _brief(tmp_path: Path, *args: str) -> dict:
    out = tmp_path / "brief.json"
    result = runner.invoke(app, ["make", *_folders(tmp_path), *args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def _flood(brief: dict) -> dict:
    return next(s for s in brief["stories"] if "Olen" in s["title"])


def test_a_story_of_two_days_tells_the_latest_days_counts_not_the_first_days(
    tmp_path: Path, fixed_clock: object
) -> None:
    """Tuesday's "at least 12" and "40,000 people have been affected" beside Wednesday's
    31 and 85,000 read as two current counts (r44 H2): the latest day's count them."""
    flood = _flood(_brief(tmp_path))
    texts = [b["text"] for b in flood["summary"]]
    assert texts[0].startswith("Arland and Belmora agreed on Wednesday")
    assert not any("at least 12" in t or "40,000" in t for t in texts), texts
    assert len(texts) >= 3  # others took their places


def test_a_live_pages_latest_entry_is_no_lede(tmp_path: Path, fixed_clock: object) -> None:
    from brief.compose.leads import is_live_entry, opens_report

    entry = "19:10 — A former water minister tells Radio Varn he warned the government."
    assert is_live_entry(entry) and is_live_entry("**7.45pm** - Rescuers reach the dam.")
    assert not opens_report(entry, 1)
    assert opens_report("Floods swept through the Tessa valley on Tuesday.", 1)
    assert not opens_report("Floods swept through the Tessa valley on Tuesday.", 2)
    assert not is_live_entry("1,000 people were evacuated on Tuesday.")


def test_sentences_set_by_the_user_are_the_digests_bullets(
    tmp_path: Path, fixed_clock: object
) -> None:
    """`-n` shares N bullets among the stories told in full (r44 M3: -n 3, 10 and 40 had
    given one byte-identical digest); without it each story has 2 to 5."""
    counts = {}
    for n in ("3", "9"):
        (tmp_path / n).mkdir()
        brief = _brief(tmp_path / n, "-n", n)
        told = [s for s in brief["stories"] if s["relevant"]]
        counts[n] = sum(len(s["summary"]) for s in told)
        assert all(s["summary"] for s in told)  # each keeps its lead
    assert counts["3"] == 3
    assert counts["9"] == 9
    (tmp_path / "default").mkdir()
    default = _brief(tmp_path / "default")
    assert 2 <= len(_flood(default)["summary"]) <= 5


def test_the_budget_is_shared_by_sources_and_each_story_keeps_its_lead() -> None:
    from brief.pipeline.drafts import story_budgets
    from brief.story_profile import Placement

    groups = [
        StoryGroup((1, 2, 3, 4)),  # four outlets
        StoryGroup((5,)),
        StoryGroup((6,)),  # listed only
    ]
    told = Placement("diplomacy", 1.0, True)
    listed = Placement("other", 0.0, False)
    placements = [told, told, listed]
    assert story_budgets(groups, placements, [20, 20, 20], 7) == {0: 5, 1: 2}
    assert story_budgets(groups, placements, [20, 20, 20], 1) == {0: 1, 1: 1}
    # none fuller than it has sentences: the rest go to the others
    assert story_budgets(groups, placements, [3, 20, 20], 10) == {0: 3, 1: 7}


def _story(texts: list[tuple[int, int, str]]) -> tuple[object, list[Sentence]]:
    from brief.pipeline.drafts import _StorySentences

    unique = [Sentence(text, source, index, 0) for source, index, text in texts]
    copies = tuple((s,) for s in unique)
    return _StorySentences(unique, list(range(len(unique))), copies), unique


def test_the_lede_its_days_reports_bear_out_leads_not_the_newest_point() -> None:
    """A daily run's cover of what was not sent before leans to what is new: it had led a
    cyclone's third day with a ministry's side release (r44 H1). The lede is the one
    the day's reports bear out most; never a sent one, a live page's entry or an unfit one."""
    from brief.pipeline.drafts import _consensus_lede

    story, unique = _story(
        [
            (
                1,
                1,
                "Arland and Belmora agreed on Wednesday to open the Olen dam on the Tessa river.",
            ),
            (1, 2, "The floods have killed 31 people in the Tessa valley, officials said."),
            (2, 1, "The Olen dam agreement signed by Arland and Belmora ends their standoff."),
            (2, 2, "Boats can now reach villages of the Tessa valley cut off by the floods."),
            (3, 1, "The Ministry of Health informs that 19 typhoid cases were recorded in Varn."),
            (4, 1, "19:10 — Arland and Belmora signed the Olen dam agreement on the Tessa river."),
            (4, 2, "Arland and Belmora signed the Olen dam deal after talks on the Tessa floods."),
        ]
    )
    group = StoryGroup((1, 2, 3, 4))
    context = RankContext(("", "", "", ""))
    everything = list(range(len(unique)))
    lede = _consensus_lede(story, everything, group, context, frozenset(), frozenset())  # type: ignore[arg-type]
    assert lede in (0, 2)  # the deal, as the wire or the analysis opens with it
    others = [k for k in everything if k != lede]
    second = _consensus_lede(story, others, group, context, frozenset(), frozenset())  # type: ignore[arg-type]
    assert second in (0, 2) and second != lede  # a sent lede does not lead again
    none_left = [k for k in everything if k not in (0, 2, 4)]
    assert _consensus_lede(story, none_left, group, context, frozenset(), frozenset()) is None  # type: ignore[arg-type]


def test_an_earlier_days_count_its_latest_day_counts_again_is_stale() -> None:
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.counts import stale_counts

    texts = [
        (1, 1, "Floods killed at least 12 people in the Tessa valley on Tuesday."),
        (1, 2, "About 40,000 people have been affected, the agency said."),
        (1, 3, "The river burst its banks after four days of rain."),
        (1, 4, "The agency has 20 boats in the valley."),
        (2, 1, "The death toll from the floods rose to 31 on Wednesday."),
        (2, 2, "The agency said 85,000 people had been affected."),
    ]
    unique = [Sentence(text, source, index, 0) for source, index, text in texts]

    def documents(*dates: str) -> tuple[Document, ...]:
        return tuple(
            Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
            for n, date in enumerate(dates, 1)
        )

    story = [StoryGroup((1, 2))]
    corpus = Corpus(documents("2027-03-03", "2027-03-04"), tuple(unique))
    # not the rain, nor the boats, which the latest day does not count
    assert stale_counts(corpus, unique, story) == {0, 1}
    one_day = Corpus(documents("2027-03-04", "2027-03-04"), tuple(unique))
    assert not stale_counts(one_day, unique, story)
    # a month before is the story's history, not an earlier count of its tally
    month = Corpus(documents("2027-02-03", "2027-03-04"), tuple(unique))
    assert not stale_counts(month, unique, story)
    # the same number told again is no earlier count; an undated report's day is unknown
    again = [Sentence("Floods killed 31 people in the Tessa valley.", 1, 1, 0), *unique[4:]]
    assert not stale_counts(Corpus(corpus.documents, tuple(again)), again, story)
    undated = Corpus(documents("", "2027-03-04"), tuple(unique))
    assert not stale_counts(undated, unique, story)
    # a count only of the event the news followed dates the news: the resignation stays
    quit = Sentence(
        "The water minister resigned on Tuesday, a day after 12 people died in the floods.",
        1,
        5,
        0,
    )
    assert not stale_counts(corpus, [*unique, quit], story) & {len(unique)}


def test_a_count_of_what_came_before_the_news_is_told_apart() -> None:
    from brief.pipeline.superseded.counts import in_earlier_event

    text = "The mayor resigned, a day after 12 people died, and 30 were hurt on Friday."
    assert in_earlier_event(text, "12 people")
    assert not in_earlier_event(text, "30 were hurt")
    assert not in_earlier_event("Floods killed 12 people after the dam broke.", "12 people")


def test_a_forecast_another_report_says_came_to_pass_is_overtaken() -> None:
    """r43 M7: the morning's "is expected to reach" beside the evening's "reached"."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.forecasts import overtaken_forecasts

    texts = [
        (
            1,
            1,
            "The tug Poseidon Titan left Djibouti and is expected to reach the Asterion Bay "
            "early on Saturday, the manager said.",
        ),
        (1, 2, "Talks between the two sides will resume in Geneva next week."),
        (2, 1, "The tug Poseidon Titan reached the drifting Asterion Bay on Friday evening."),
        (3, 1, "Poseidon Titan reached the Asterion Bay in 2019, on an earlier salvage."),
    ]
    unique = [Sentence(text, source, index, 0) for source, index, text in texts]
    documents = tuple(
        Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
        for n, date in enumerate(("2027-03-04", "2027-03-04", "2027-03-04"), 1)
    )
    corpus = Corpus(documents, tuple(unique))
    assert overtaken_forecasts(corpus, unique, [StoryGroup((1, 2, 3))]) == {0}
    # another story's report, or only the history, overtakes nothing
    assert not overtaken_forecasts(corpus, unique, [StoryGroup((1,)), StoryGroup((2, 3))])
    assert not overtaken_forecasts(corpus, unique[:2] + unique[3:], [StoryGroup((1, 3))])
    # an outcome reported the day before the forecast is not what the forecast awaits
    earlier = (
        documents[0],
        replace(documents[1], source=replace(documents[1].source, date="2027-03-03")),
        documents[2],
    )
    assert not overtaken_forecasts(Corpus(earlier, tuple(unique)), unique, [StoryGroup((1, 2))])


# One day's reports of unrest: the morning wire's toll of six, a newsletter that repeats it
# under its own news, and the evening wire, whose lede is the government's answer to the
# donors and whose third sentence raises the toll to nine (r45 H3, M4).
ONE_DAY = {
    "wire-morning.txt": (
        "Malawi protest toll rises to six as curfew extended",
        "LILONGWE, May 8, 2027 (Global Wire) - Two protesters wounded in Friday's clashes in"
        " Lilongwe died overnight, bringing the number of people killed since the protests"
        " began on Thursday to six, doctors at the central hospital said on Saturday.",
        "The authorities extended the curfew in Lilongwe by two hours, a government spokesman"
        " said.",
        "The opposition alliance called a general strike for Monday to protest against the"
        " killings.",
    ),
    "newsletter.txt": (
        "Malawi briefing: donors set a 14-day deadline\n\nLakeside Risk Letter | 8 May 2027",
        "Donor governments meeting in Geneva on Saturday gave Malawi's government 14 days to"
        " free the detained journalist Peter Banda or face a freeze of all budget aid.",
        "The protest toll in Lilongwe has risen to six, and the curfew now starts at 7 pm.",
        "Peter Banda has been held without charge since Wednesday, his lawyer said.",
    ),
    "wire-late.txt": (
        "Malawi rejects donors' deadline as protest toll rises to nine",
        "LILONGWE, May 8, 2027 (Global Wire) - Malawi's government on Saturday evening rejected"
        " the donors' 14-day deadline as interference in its internal affairs, hours after the"
        " donors threatened to freeze budget aid.",
        '"Malawi will not take orders from Geneva," a government spokesman said on state radio.',
        "Three more protesters died of their wounds on Saturday evening, bringing the death"
        " toll from three days of unrest in Lilongwe to nine, doctors at the central hospital"
        " said.",
        "Peter Banda, the detained journalist, remains in police custody in Lilongwe.",
    ),
}


def test_the_report_with_the_latest_count_leads_and_an_earlier_count_is_no_bullet(
    tmp_path: Path, fixed_clock: object
) -> None:
    """A toll rises as the dead are counted: of one day's reports, the one that counts the
    most dead is the latest, and its lede the latest news. A late wire's rejection of an
    ultimatum had been in no bullet, its story led by the morning's news and headed by
    its toll, and the morning's "toll ... has risen to nine" was told beside the late
    eleven, as a bullet and as a key figure (r45 H3, M4)."""
    for file, texts in ONE_DAY.items():
        (tmp_path / file).write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    out = tmp_path / "brief.json"
    result = runner.invoke(app, ["make", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    brief = json.loads(out.read_text(encoding="utf-8"))
    (story,) = brief["stories"]
    assert story["title"] == "Malawi rejects donors' deadline as protest toll rises to nine"
    texts = [b["text"] for b in story["summary"]]
    assert texts[0].startswith("Malawi's government on Saturday evening rejected")
    assert any("to nine" in t for t in texts)
    assert not any(" six" in t for t in texts), texts
    assert brief["figures"][0]["text"].endswith("to nine")


def test_a_lower_toll_of_the_same_place_is_an_earlier_count() -> None:
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.death_tolls import lower_tolls

    texts = [
        (1, 1, "Donors gave Malawi's government 14 days to free a detained journalist."),
        (1, 2, "The protest toll in Lilongwe has risen to six, the opposition said."),
        (2, 1, "The death toll from three days of unrest in Lilongwe rose to nine on Saturday."),
        (3, 1, "In Zambia, the death toll from the protests rose to four."),
        (3, 2, "At least 20 people have been killed in the region's protests this week."),
    ]
    unique = [Sentence(text, source, index, 0) for source, index, text in texts]

    def corpus(*dates: str) -> Corpus:
        return Corpus(
            tuple(
                Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
                for n, date in enumerate(dates, 1)
            ),
            tuple(unique),
        )

    one_story = [StoryGroup((1, 2, 3))]
    same_day = corpus("2027-05-08", "2027-05-08", "2027-05-08")
    # Lilongwe's six under its nine; not another country's four, nor a toll of no country
    # the gazetteer knows (the region's 20 is no later count of either)
    assert lower_tolls(same_day, unique, one_story) == {1}
    # nor another story's, nor a count the higher one's report comes before
    assert not lower_tolls(same_day, unique, [StoryGroup((1,)), StoryGroup((2, 3))])
    assert not lower_tolls(corpus("2027-05-09", "2027-05-08", "2027-05-08"), unique, one_story)


def test_a_bullet_the_profile_finds_nothing_in_gives_way_to_what_it_weighs_most() -> None:
    """A mining company's profile weighs "force majeure" above all its cues; a story of a
    detained engineer told by four outlets had five bullets of the family's appeal and a
    body's condemnation, one of them "The family said they had not been able to speak
    to him", and not the operator's force majeure (r45 M5). The sentence that holds the
    heaviest cue takes the place of the last bullet in no section, not of the lead."""
    from brief.classify import classify
    from brief.classify.matcher import heaviest_cue
    from brief.pipeline.drafts import _naming_decisively, _ProfileReading, _top_weight
    from brief.profiles import SectionSpec, load_profile

    geo = load_profile("geopolitics")
    economy = geo.section("economy")
    assert economy is not None
    own = replace(economy, cues=(("force majeure", 3.5), *economy.cues))
    miner = replace(geo, sections=tuple(own if s.key == "economy" else s for s in geo.sections))
    story, unique = _story(
        [
            (
                1,
                1,
                "The family of a detained Norlandic engineer appealed on Friday for his release.",
            ),
            (1, 2, "The family said they had not been able to speak to him since Thursday."),
            (2, 1, "The regional bloc condemned the detention and called for his release."),
            (3, 1, "The miner has declared force majeure and halted all operations at the mine."),
        ]
    )
    classes = [classify(s.text, miner) for s in unique]
    assert classes[1].section == "other" and classes[3].section == "economy"
    everything = list(range(len(unique)))
    sections = [c.section for c in classes]
    reading = _ProfileReading(
        story,  # type: ignore[arg-type]
        everything,
        frozenset(),
        0,
        sections,
        miner,
        heaviest_cue(miner),
        _top_weight(miner),
    )
    assert _naming_decisively([0, 2, 1], reading) == (0, 2, 3)
    # the packaged profile weighs no such words above its others: nothing moves
    plain = [classify(s.text, geo).section for s in unique]
    as_geo = replace(reading, sections=plain, profile=geo, heaviest=heaviest_cue(geo))
    assert _naming_decisively([0, 2, 1], as_geo) == (0, 2, 1)
    # nor where a profile's heaviest weight is shared by many cues
    flat = SectionSpec("economy", "Economy", 4, tuple((w, 3.0) for w in ("oil", "gas", "gold")))
    assert heaviest_cue(replace(geo, sections=(flat,))) is None


# One strike in two copies of a wire report, the older with its first toll, and a live
# page whose entries lost their times, with its early count below its later one.
ONE_STRIKE = {
    "wire.txt": (
        "Blast at Peru market kills 12",
        "AREQUIPA, Peru, March 5, 2027 (Global Wire) - A gas tanker exploded beside a covered"
        " market in Arequipa, Peru, on Friday, killing 12 people and injuring 40, the civil"
        " defence agency said on Friday.",
        "Rescuers searched the rubble through the night.",
    ),
    "copy.txt": (
        "Blast at Peru market kills nine",
        "AREQUIPA, Peru, March 5, 2027 (Global Wire) - A gas tanker exploded beside a covered"
        " market in Arequipa, Peru, on Friday, killing nine people and injuring 33, the civil"
        " defence agency said on Friday.",
        "Rescuers searched the rubble through the night.",
    ),
    "live.txt": (
        "Arequipa blast live: toll rises",
        "The death toll in Arequipa has risen to 12, the mayor says.",
        "Eight people have been killed and 30 injured in Arequipa, according to an early count.",
    ),
}


def test_a_superseded_toll_is_neither_a_key_figure_nor_a_second_row(tmp_path: Path) -> None:
    """The older copy's "killing nine people" and the live page's early "Eight people
    have been killed" beside the corrected 12 had been key figures, and the copies two
    timeline rows of one strike (r50 H3)."""
    for file, texts in ONE_STRIKE.items():
        (tmp_path / file).write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    out = tmp_path / "brief.json"
    result = runner.invoke(app, ["make", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    brief = json.loads(out.read_text(encoding="utf-8"))
    figures = [f["text"] for f in brief["figures"]]
    assert not any(f.startswith(("killing nine", "Eight people", "injuring 33")) for f in figures)
    assert not any("30 injured" in f for f in figures), figures
    rows = [e["text"] for e in brief["timeline"]]
    assert len([r for r in rows if "gas tanker exploded" in r]) == 1, rows
    assert any("killing 12" in r for r in rows)


def test_a_roundups_item_of_another_event_makes_no_count_of_its_story_stale() -> None:
    """A newsletter of the latest day joins a flood's story by its first item; its item on
    a ferry's dead is another event's (StoryGroup.elsewhere), and no later count of the
    flood's dead."""
    from brief.models import Corpus, Document, Mention, Source
    from brief.pipeline.superseded import superseded

    texts = [
        (1, 1, "Floods killed at least 12 people in the Tessa valley on Tuesday."),
        (1, 2, "The river burst its banks after four days of rain."),
        (2, 1, "Floods in the Tessa valley cut the main road to Varn."),
        (2, 2, "A ferry sank off Porth on Wednesday, and 31 people were killed."),
    ]
    unique = [Sentence(text, source, index, index) for source, index, text in texts]
    corpus = Corpus(
        tuple(
            Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
            for n, date in ((1, "2027-03-03"), (2, "2027-03-04"))
        ),
        tuple(unique),
    )
    assert superseded(corpus, unique, [StoryGroup((1, 2))]) == {0}
    marked = StoryGroup((1, 2), elsewhere=frozenset({Mention(2, 2)}), roundups=frozenset({2}))
    assert not superseded(corpus, unique, [marked])


def test_a_state_a_later_days_report_gives_anew_is_stale() -> None:
    """r60 F1: an earlier alert's "now runs from" beside a later alert's, of other hours."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.states import restated_states

    texts = [
        (1, 1, "The port authority has closed the northern quay, which now opens at 09:00 only."),
        (1, 2, "The river warning level is now 3, the water board said."),
        (1, 3, "Officials now say the bridge is safe."),
        (1, 4, "The ferry service, now in its third day of cuts, runs hourly."),
        (2, 1, "The port authority has reopened the northern quay, which now opens at 06:00."),
        (2, 2, "The river warning level is now 2 after the rain eased."),
        (2, 3, "Officials now say the bridge needs repairs."),
        (2, 4, "The water board now employs 40 engineers on the river."),
    ]
    unique = [Sentence(text, source, index, 0) for source, index, text in texts]

    def corpus(*dates: str) -> Corpus:
        return Corpus(
            tuple(
                Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
                for n, date in enumerate(dates, 1)
            ),
            tuple(unique),
        )

    story = [StoryGroup((1, 2))]
    # the quay's hours and the level; not what officials say, nor a phrase of "now in"
    assert restated_states(corpus("2027-06-01", "2027-06-02"), unique, story) == {0, 1}
    # of one day, or of another story, or the later report the earlier: none
    assert not restated_states(corpus("2027-06-02", "2027-06-02"), unique, story)
    assert not restated_states(
        corpus("2027-06-01", "2027-06-02"), unique, [StoryGroup((1,)), StoryGroup((2,))]
    )
    assert not restated_states(corpus("2027-06-03", "2027-06-02"), unique, story) & {0, 1}
    # the same state given again is no change
    again = [Sentence("The river warning level is now 2, the board said.", 1, 1, 0), *unique[4:]]
    assert not restated_states(corpus("2027-06-01", "2027-06-02"), again, story)


def test_a_state_of_another_subject_name_or_object_is_no_restatement() -> None:
    """A later day's state of another thing keeps the earlier one: the subject is the noun
    phrase before "now", after who said it, and another name or object is another state."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.states import restated_states

    pairs = [
        (
            "Rescuers said the count of dead cattle now stands at 300.",
            "Rescuers said the number of flooded farms now stands at 45.",
        ),
        (
            "The rebels said their fighters now hold the bridge at Tarn.",
            "The rebels said their fighters now hold the mill at Tarn.",
        ),
        (
            "The water ban in Morrow now lasts from 08:00 to 20:00.",
            "The water ban in Kessel now lasts from 10:00 to 18:00.",
        ),
        (
            "Ms Vane, who now lives in Orbury, was charged on Monday.",
            "Her sister, who now lives in Dunmere, was released.",
        ),
        ("The ferry has run late until now.", "The ferry has run on time until now."),
    ]
    for earlier, later in pairs:
        unique = [Sentence(earlier, 1, 1, 0), Sentence(later, 2, 1, 0)]
        documents = tuple(
            Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
            for n, date in enumerate(("2027-06-01", "2027-06-02"), 1)
        )
        corpus = Corpus(documents, tuple(unique))
        assert not restated_states(corpus, unique, [StoryGroup((1, 2))]), earlier
    # the same subject, said by someone, given anew: stale
    unique = [
        Sentence("Rescuers said the count of dead cattle now stands at 300.", 1, 1, 0),
        Sentence("Rescuers said the count of dead cattle now stands at 420.", 2, 1, 0),
    ]
    documents = tuple(
        Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
        for n, date in enumerate(("2027-06-01", "2027-06-02"), 1)
    )
    assert restated_states(Corpus(documents, tuple(unique)), unique, [StoryGroup((1, 2))]) == {0}


def test_a_likelihood_is_a_forecast_its_outcome_overtakes() -> None:
    """r66 F1: "were unlikely to meet before December" once a later report says they met,
    as "is expected to" is; and "is likely to" as well."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.forecasts import overtaken_forecasts

    texts = [
        (1, 1, "Diplomats said the Ostrel and Varn envoys were unlikely to meet Kessler soon."),
        (1, 2, "The Harnby Rovers are likely to sign Ivo Darnell, his agent said."),
        (2, 1, "The Ostrel and Varn envoys met Kessler in Tarsk on Friday."),
        (2, 2, "The Harnby Rovers signed Ivo Darnell on Friday."),
    ]
    unique = [Sentence(text, source, index, 0) for source, index, text in texts]
    documents = tuple(
        Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
        for n, date in enumerate(("2027-03-04", "2027-03-05"), 1)
    )
    corpus = Corpus(documents, tuple(unique))
    assert overtaken_forecasts(corpus, unique, [StoryGroup((1, 2))]) == {0, 1}


def test_a_storm_forecast_to_make_landfall_is_overtaken_by_its_landfall() -> None:
    """r60 F9: "is forecast to make landfall" beside a later report's "made landfall"."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.forecasts import overtaken_forecasts

    texts = [
        (1, 1, "Typhoon Orla is forecast to make landfall near Cape Verin on Friday."),
        (2, 1, "Typhoon Orla made landfall near Cape Verin on Friday morning, officials said."),
    ]
    unique = [Sentence(text, source, index, 0) for source, index, text in texts]
    documents = tuple(
        Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
        for n, date in enumerate(("2027-09-02", "2027-09-03"), 1)
    )
    corpus = Corpus(documents, tuple(unique))
    assert overtaken_forecasts(corpus, unique, [StoryGroup((1, 2))]) == {0}


def test_a_later_days_state_given_without_now_restates_the_earlier() -> None:
    """r60 F9: the later report gives the state in the present, without "now"."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.states import restated_states

    earlier = [
        "The water ban in Morrow now lasts from 08:00 to 20:00, the council said.",
        "The river warning level is now 3, the water board said.",
    ]
    cases = [
        ("The water ban in Morrow lasts from 10:00 to 18:00 after the rain.", {0}),
        ("The river warning level is 2, the board said on Friday.", {1}),
        # another place, the past, or a plan: no restatement
        ("The water ban in Kessel lasts from 10:00 to 18:00.", set()),
        ("The water ban in Morrow lasted from 06:00 to 22:00 last summer.", set()),
        ("The water ban in Morrow is due to last from 10:00 to 18:00.", set()),
        ("The river warning level will be 2 by Sunday, the board said.", set()),
    ]
    for later, expected in cases:
        unique = [Sentence(text, 1, n, 0) for n, text in enumerate(earlier, 1)]
        unique.append(Sentence(later, 2, 1, 0))

        def corpus(*dates: str) -> Corpus:
            return Corpus(
                tuple(
                    Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
                    for n, date in enumerate(dates, 1)
                ),
                tuple(unique),  # noqa: B023
            )

        days = corpus("2027-06-01", "2027-06-02")
        assert restated_states(days, unique, [StoryGroup((1, 2))]) == expected, later
        # never across stories, nor from an earlier day's report
        assert not restated_states(days, unique, [StoryGroup((1,)), StoryGroup((2,))])
        swapped = corpus("2027-06-02", "2027-06-01")
        assert not restated_states(swapped, unique, [StoryGroup((1, 2))])


def test_a_forecast_without_names_is_overtaken_by_its_subjects_outcome() -> None:
    """r60 F9: "the storm is expected to make landfall" (no names) and a past "was set to"
    forecast, beside a later report's outcome with the same subject, verb and object."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.forecasts import overtaken_forecasts

    def overtaken(forecast: str, outcome: str, dates: tuple[str, str]) -> bool:
        unique = [Sentence(forecast, 1, 1, 0), Sentence(outcome, 2, 1, 0)]
        documents = tuple(
            Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
            for n, date in enumerate(dates, 1)
        )
        return bool(
            overtaken_forecasts(Corpus(documents, tuple(unique)), unique, [StoryGroup((1, 2))])
        )

    days = ("2027-09-02", "2027-09-03")
    assert overtaken(
        "The storm is expected to make landfall on Friday, forecasters said.",
        "The storm made landfall early on Friday, flattening homes.",
        days,
    )
    assert overtaken(
        "Forecasters said the storm was set to reach the coast by Friday night.",
        "The storm reached the coast on Friday evening.",
        days,
    )
    # another subject or object, a pronoun, the outcome a day before, or told in the
    # forecast's own sentence: not overtaken
    assert not overtaken(
        "The storm is expected to make landfall on Friday.",
        "The ferry made landfall on Friday.",
        days,
    )
    assert not overtaken(
        "The storm is expected to reach the coast on Friday.",
        "The storm reached the border on Friday.",
        days,
    )
    assert not overtaken(
        "It is expected to reach the coast on Friday.", "It reached the coast on Friday.", days
    )
    assert not overtaken(
        "The storm is expected to make landfall on Friday.",
        "The storm made landfall on Friday.",
        ("2027-09-03", "2027-09-02"),
    )
    assert not overtaken(
        "The storm, which was expected to make landfall on Friday, made landfall on Thursday.",
        "The storm made landfall on Thursday.",
        days,
    )


def test_an_unnamed_state_is_its_storys_one_named_state() -> None:
    """r60 F9: "The curfew will now run ..." of an article that names the city, beside a
    later day's "the curfew in Avel, which now runs ...": the story's one curfew."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.states import restated_states

    def stale(first: str, later: list[str]) -> frozenset[int]:
        texts = [(1, 1, first), (1, 2, "The curfew will now run from 20:00 to 06:00.")]
        texts += [(2, n, text) for n, text in enumerate(later, 1)]
        unique = [Sentence(text, source, index, 0) for source, index, text in texts]
        documents = tuple(
            Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
            for n, date in enumerate(("2027-06-01", "2027-06-02"), 1)
        )
        return restated_states(Corpus(documents, tuple(unique)), unique, [StoryGroup((1, 2))])

    avel = "The night curfew in Avel, which now runs from 23:00 to 04:00, was eased."
    assert stale("Officials extended the curfew in Avel on Monday.", [avel]) == {1}
    # the article names no place, or the story gives the curfew of two places: unsure
    assert not stale("Officials extended the curfew on Monday.", [avel])
    two = [avel, "The curfew in Bera now runs from 22:00 to 05:00."]
    assert not stale("Officials extended the curfews in Avel and Bera on Monday.", two)


def test_a_state_under_a_condition_or_a_denial_restates_nothing() -> None:
    """A later day's "If the curfew in Morrow runs from 20:00, ..." or "denied that the
    level is 2" says no state holds: the earlier "now" state stays (review of r60 F9)."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.states import restated_states

    earlier = [
        "The curfew in Morrow now runs from 22:00 to 05:00, the mayor said.",
        "The flood alert level is now 3, the river agency said.",
    ]
    cases = [
        ("If the curfew in Morrow runs from 20:00, most cafes will shut.", set()),
        ("It is unclear whether the curfew in Morrow runs from 20:00.", set()),
        ("Cafes shut early in case the curfew in Morrow runs from 20:00.", set()),
        ("The agency denied that the flood alert level is 2.", set()),
        ("The agency rejected claims that the flood alert level is 2.", set()),
        # a condition closed before the state, or a denial in another clause
        ("If it rains, the flood alert level is 2, the agency said.", {1}),
        ("The agency denied the report, and the flood alert level is 2.", {1}),
    ]
    documents = tuple(
        Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
        for n, date in enumerate(("2027-06-01", "2027-06-02"), 1)
    )
    for later, expected in cases:
        unique = [Sentence(text, 1, n, 0) for n, text in enumerate(earlier, 1)]
        unique.append(Sentence(later, 2, 1, 0))
        stale = restated_states(Corpus(documents, tuple(unique)), unique, [StoryGroup((1, 2))])
        assert stale == expected, later


def test_a_forecast_for_a_day_its_story_has_reached_is_stale() -> None:
    """r60 F9: an earlier day's "due to resume on Monday" beside a later day's reports."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.forecasts import passed_forecasts

    texts = [
        # 2027-06-07 is a Monday
        (1, 1, "Negotiators for the dockers and the port were due to meet at 10:00 on Monday."),
        (1, 2, "The weather service said the front was expected to reach the coast on Tuesday."),
        (1, 3, "The ferry operator said it would run a reduced service until Friday."),
        (1, 4, "The festival will open on Saturday with a concert on the beach."),
        (2, 1, "Dockers walked out at the port of Veln on Tuesday, stranding two ferries."),
    ]
    unique = [Sentence(text, source, index, 0) for source, index, text in texts]

    def corpus(*dates: str) -> Corpus:
        documents = tuple(
            Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
            for n, date in enumerate(dates, 1)
        )
        return Corpus(documents, tuple(unique))

    story = [StoryGroup((1, 2))]
    # Monday's meeting and Tuesday's front have come by Tuesday's report; a span's bound
    # ("until Friday") and Saturday's opening have not
    assert passed_forecasts(corpus("2027-06-07", "2027-06-08"), unique, story) == {0, 1}
    # Monday's report alone, of one day, or in another story: still to come
    assert passed_forecasts(corpus("2027-06-07", "2027-06-07"), unique, story) == set()
    separate = [StoryGroup((1,)), StoryGroup((2,))]
    assert passed_forecasts(corpus("2027-06-07", "2027-06-08"), unique, separate) == set()
    # a report a month before the latest day tells history
    assert passed_forecasts(corpus("2027-05-03", "2027-06-08"), unique, story) == set()


def test_a_forecast_of_a_qualified_weekday_is_still_to_come() -> None:
    """A weekday the text qualifies ("next Friday", "on Monday, 14 June", "a week on
    Monday") is not the first such day after the report: the plan stays."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.forecasts import passed_forecasts

    texts = [
        # 2027-06-04 is a Friday, 2027-06-05 a Saturday
        (1, 1, "The pilots will meet the airline's owners next Friday to talk about pay."),
        (1, 2, "The inquiry is due to open on Monday, 14 June, in the capital."),
        (1, 3, "The tribunal is expected to rule a week on Monday."),
        (1, 4, "The mediator is due to return to the talks on Saturday."),
        (2, 1, "Pilots at the airline stayed off work on Saturday for a second day."),
    ]
    unique = [Sentence(text, source, index, 0) for source, index, text in texts]
    documents = tuple(
        Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
        for n, date in enumerate(("2027-06-04", "2027-06-05"), 1)
    )
    # only Saturday's return has come by Saturday's report
    assert passed_forecasts(Corpus(documents, tuple(unique)), unique, [StoryGroup((1, 2))]) == {3}


def test_a_reports_lede_of_a_section_no_bullet_is_in_is_heard() -> None:
    """r60 F3: a body's advice, grouped into the unrest it is about, was in no bullet of
    the story though the profile's advice section weighs its words most. Its page's lede
    (after the page's dated label, and in the body's own "we") takes the place of the
    last bullet of a section another bullet is in, just after the first."""
    from brief.classify import classify
    from brief.classify.matcher import heaviest_cue
    from brief.pipeline.drafts import _ProfileReading, _sections_heard, _top_weight
    from brief.profiles import SectionSpec, load_profile

    unrest = SectionSpec("unrest", "Unrest", 4, (("riot", 3.0), ("protest", 2.0), ("police", 1.0)))
    advice = SectionSpec("advice", "Advice", 4, (("advise against", 3.0), ("travel", 1.0)))
    profile = replace(load_profile("geopolitics"), sections=(unrest, advice))
    story, unique = _story(
        [
            (1, 1, "Riot police fired tear gas at protesters in the centre of Veln on Friday."),
            (1, 2, "The protest began over a rise in bread prices and spread to three towns."),
            (1, 3, "Police said 40 protesters had been detained in Veln overnight."),
            (2, 1, "Travel advice for the Republic of Veln, 4 June 2027."),
            (
                2,
                2,
                "We now advise against all but essential travel to Veln because of the riots.",
            ),
        ]
    )
    classes = [classify(s.text, profile) for s in unique]
    assert classes[4].section == "advice"
    everything = list(range(len(unique)))
    voice = frozenset({2})
    sections = [c.section for c in classes]
    reading = _ProfileReading(
        story,  # type: ignore[arg-type]
        everything,
        frozenset(),
        0,
        sections,
        profile,
        heaviest_cue(profile),
        _top_weight(profile),
    )
    assert _sections_heard([0, 1, 2], reading, voice) == (0, 4, 1)
    # a newspaper's "we" is a speaker's whose name is in another sentence: no bullet
    assert _sections_heard([0, 1, 2], reading) == (0, 1, 2)
    # a section a bullet is in already is heard
    assert _sections_heard([0, 4], reading, voice) == (0, 4)


def test_a_bodys_own_page_speaks_as_we() -> None:
    """A body's page whose "we" is its own: named as a body, no agency, "we" or "our"
    outside quotation marks in two sentences or more."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.drafts import own_voice_sources
    from brief.rank.coverage import can_be_its_pages_bullet

    pages = {
        1: (
            "Office of Consular Affairs",
            "We now advise against travel to Veln.",
            "Call our desk.",
        ),
        2: ("Veln Evening Star", "We now advise against travel to Veln.", "Call our desk."),
        3: ("Embassy of Norland", "We now advise against travel to Veln.", "Stay indoors."),
        4: ("Associated Press", "We now advise against travel to Veln.", "Call our desk."),
        # a paper's editorial "we" is no body's voice, whatever its name's head
        5: ("The Norland Herald", "We urge the council to scrap the levy.", "Our view is plain."),
        6: ("Ministry Times", "We believe the port deal is wrong.", "Tell us what you think."),
    }
    documents = tuple(
        Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, outlet=outlet), None, ())
        for n, (outlet, *_) in pages.items()
    )
    sentences = tuple(
        Sentence(text, n, at, 0)
        for n, (_, *texts) in pages.items()
        for at, text in enumerate(texts, 1)
    )
    assert own_voice_sources(Corpus(documents, sentences)) == {1}
    said = "We now advise against all but essential travel to Veln because of the riots there."
    assert can_be_its_pages_bullet(said)
    assert not can_be_its_pages_bullet(
        "I now advise against all travel to Veln because of the riots."
    )


def test_a_thing_a_later_days_report_gives_the_other_state_of_is_stale() -> None:
    """r65 F3: "closed the road" beside a later day's "the road reopened" (or a curfew
    imposed, then lifted; flights suspended, then resumed): the later report says what
    holds now. The same thing is the same head and names; when unsure, both stay."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.states import reversed_states

    cases = [
        (
            "Police closed the N4 road between Orvik and Sand to all traffic on Friday.",
            "The N4 road between Orvik and Sand reopened to traffic on Sunday, police said.",
            True,
        ),
        (
            "A night curfew was imposed in Talla on Monday after the riots.",
            "The governor lifted the curfew in Talla on Wednesday.",
            True,
        ),
        (
            "Kestrel Air suspended its flights to Mora on Monday.",
            "Flights to Mora resumed on Thursday, the airline said.",
            True,
        ),
        (
            "The Brenn bridge remained shut on Saturday as the river rose.",
            "The Brenn bridge was reopened on Sunday morning.",
            True,
        ),
        # another place, a thing that names nothing, a plan, a denial, the same state
        (
            "Police closed the N4 road between Orvik and Sand to all traffic on Friday.",
            "The N9 road between Lund and Oster reopened on Sunday.",
            False,
        ),
        ("The airport was closed on Friday.", "The airport reopened on Sunday.", False),
        (
            "Police closed the N4 road near Orvik on Friday.",
            "The N4 road near Orvik is due to reopen on Monday.",
            False,
        ),
        (
            "Police closed the N4 road near Orvik on Friday.",
            "Police denied that the N4 road near Orvik had reopened.",
            False,
        ),
        (
            "Police closed the N4 road near Orvik on Friday.",
            "The N4 road near Orvik remained closed on Sunday.",
            False,
        ),
        (
            "Police closed the N4 road near Orvik and the airport at Sand on Friday.",
            "The N4 road near Orvik reopened on Sunday.",
            False,
        ),
    ]
    for earlier, later, stale in cases:
        unique = [Sentence(earlier, 1, 1, 0), Sentence(later, 2, 1, 0)]

        def corpus(*dates: str) -> Corpus:
            return Corpus(
                tuple(
                    Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
                    for n, date in enumerate(dates, 1)
                ),
                tuple(unique),  # noqa: B023
            )

        days = corpus("2027-06-01", "2027-06-03")
        story = [StoryGroup((1, 2))]
        assert reversed_states(days, unique, story) == ({0} if stale else set()), earlier
        # never across stories, of one day, or from a later day's report
        assert not reversed_states(days, unique, [StoryGroup((1,)), StoryGroup((2,))])
        assert not reversed_states(corpus("2027-06-03", "2027-06-03"), unique, story)
        assert not reversed_states(corpus("2027-06-04", "2027-06-03"), unique, story) & {0}


def test_what_a_closings_report_tells_of_the_closure_goes_stale_with_it() -> None:
    """r70 F11: "The closure covers about nine miles ..." in the report of a road closed
    on Friday tells of that closing; once a later day's report has the road open again
    it is as stale as the closing's line. Not where the report's other closing still
    holds ("the closure" may mean that one), nor in a report of the reopening."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.states import reversed_states

    def corpus(unique: list[Sentence]) -> Corpus:
        return Corpus(
            tuple(
                Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
                for n, date in enumerate(("2027-06-01", "2027-06-03"), 1)
            ),
            tuple(unique),
        )

    closed = "Police closed the N4 road between Orvik and Sand to all traffic on Friday."
    told = "The closure covers about 14 km of the road, the main route to the coast."
    reopened = "The N4 road between Orvik and Sand reopened to traffic on Sunday, police said."
    unique = [Sentence(closed, 1, 1, 0), Sentence(told, 1, 2, 0), Sentence(reopened, 2, 1, 0)]
    story = [StoryGroup((1, 2))]
    assert reversed_states(corpus(unique), unique, story) == {0, 1}
    # the report's other closing is not overtaken: "the closure" may be that one's
    also = "The port at Sand was closed on Friday as well."
    unique = [*unique[:2], Sentence(also, 1, 3, 0), unique[2]]
    assert reversed_states(corpus(unique), unique, story) == {0}


def test_a_closing_dated_in_full_a_perfects_object_and_a_joined_verb_are_read() -> None:
    """r71 F1, F3: a notice's "is closed ... on 4 June 2027" is the day's news, not history
    (a year only dates it); "has suspended all loading, towage and pilotage at Vell Port"
    closes each of the list at the port (the perfect's object, not its subject); "the road
    between Orvik and the quarry has been cleared of debris and is open" opens the road (the
    verb joined by "and" has the first one's subject, "between" takes two things); the
    "Orvik-Stane road" runs between Orvik and Stane. A date of another year stays
    history."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.states import reversed_states

    cases = [
        (
            "Marrow Field Airport in Lisk is closed to all flights from 03:00 on 4 June 2027"
            " because of smoke from the forest fires.",
            "Marrow Field Airport in Lisk reopened to all flights at 09:00 on 5 June 2027.",
            True,
        ),
        (
            "The Vell Harbour Board has suspended all loading, towage and pilotage at Vell"
            " Port from noon on 4 June 2027 because of the storm.",
            "The Vell Harbour Board resumed loading, towage and pilotage at Vell Port on Saturday.",
            True,
        ),
        (
            "The Orvik-Stane road is still blocked at two points.",
            "The road between Orvik and the quarry has been cleared of debris and is open to"
            " traffic, the mayor said.",
            True,
        ),
        (
            "The Orvik-Stane road is still blocked at two points.",
            "The road between Lund and the quarry has been cleared of debris and is open to"
            " traffic, the mayor said.",
            False,
        ),
        (
            "Marrow Field Airport in Lisk was closed to all flights on 4 June 2019.",
            "Marrow Field Airport in Lisk reopened to all flights at 09:00 on 5 June 2027.",
            False,
        ),
        # only some of a list is opened again: the line stays
        (
            "The Vell Harbour Board has suspended all loading, towage and pilotage at Vell"
            " Port from noon on 4 June 2027.",
            "The Vell Harbour Board resumed towage at Vell Port on Saturday.",
            False,
        ),
    ]
    for earlier, later, stale in cases:
        unique = [Sentence(earlier, 1, 1, 0), Sentence(later, 2, 1, 0)]
        corpus = Corpus(
            tuple(
                Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
                for n, date in enumerate(("2027-06-04", "2027-06-05"), 1)
            ),
            tuple(unique),
        )
        found = reversed_states(corpus, unique, [StoryGroup((1, 2))])
        assert found == ({0} if stale else set()), earlier


def test_a_closings_advice_on_the_thing_goes_stale_with_it() -> None:
    """r71 F1: "Passengers should not travel to the airport" in the notice of an airport
    closed is advice for the closing; once a later day's report has the airport open, it
    is as stale as the closing. Advice on another thing, or in the reopening's report,
    stays."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.states import reversed_states

    closed = "Marrow Field Airport in Lisk is closed to all flights on 4 June 2027."
    advice = "Travellers should not go to the airport and should call their airline."
    other = "Residents should wear masks while the smoke lasts."
    reopened = "Marrow Field Airport in Lisk reopened to all flights at 09:00 on 5 June 2027."
    again = "Travellers should check their flight before going to the airport."
    unique = [
        Sentence(closed, 1, 1, 0),
        Sentence(advice, 1, 2, 0),
        Sentence(other, 1, 3, 0),
        Sentence(reopened, 2, 1, 0),
        Sentence(again, 2, 2, 0),
    ]
    corpus = Corpus(
        tuple(
            Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
            for n, date in enumerate(("2027-06-04", "2027-06-05"), 1)
        ),
        tuple(unique),
    )
    assert reversed_states(corpus, unique, [StoryGroup((1, 2))]) == {0, 1}


def test_what_had_not_happened_goes_stale_when_a_later_day_says_it_has() -> None:
    """r71 F3: "no ransom demand has been made" beside a later day's "have demanded a
    ransom": the earlier line says the opposite of what holds, and goes, its other half
    with it. Not where the later line negates or plans it, nor a report of the same day,
    nor "no arrests" alone (one word matches too much)."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.not_yet import overtaken_not_yet

    earlier = (
        "No group has claimed the attack on the Lisk barge, and no ransom demand has been"
        " made, the harbour police said."
    )
    cases = [
        (earlier, "The pirates holding the Lisk barge crew have demanded a ransom of $2m.", True),
        (
            earlier,
            "The harbour police said they had not received any demand for a ransom.",
            False,
        ),
        (earlier, "The owners expect the pirates will demand a ransom.", False),
        ("No arrests have been made.", "Police arrested two men in Lisk on Friday.", False),
    ]
    for told, later, stale in cases:
        unique = [Sentence(told, 1, 1, 0), Sentence(later, 2, 1, 0)]

        def corpus(*dates: str) -> Corpus:
            return Corpus(
                tuple(
                    Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
                    for n, date in enumerate(dates, 1)
                ),
                tuple(unique),  # noqa: B023
            )

        story = [StoryGroup((1, 2))]
        found = overtaken_not_yet(corpus("2027-06-01", "2027-06-02"), unique, story)
        assert found == ({0} if stale else set()), later
        assert not overtaken_not_yet(corpus("2027-06-02", "2027-06-02"), unique, story)
        assert not overtaken_not_yet(
            corpus("2027-06-01", "2027-06-02"), unique, [StoryGroup((1,)), StoryGroup((2,))]
        )


def test_a_bodys_warning_it_withdrew_on_a_later_day_is_stale() -> None:
    """r71: a weather office's "has warned of gales ... on 4 and 5 June" beside a later
    day's "withdrew its gale warning": the warning no longer holds. Not another body's
    withdrawal, one of the same day, nor a subject that names nothing."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.states import lifted_warnings

    warned = "The Vell Weather Office has warned of gales on the Orvik coast on 4 and 5 June."
    cases = [
        ("The Vell Weather Office withdrew its gale warning for the Orvik coast.", True),
        ("The Vell Weather Office has lifted all its warnings.", True),
        ("The Lisk Harbour Board withdrew its gale warning for the port.", False),
        ("The Vell Weather Office said the warning stays in force.", False),
    ]
    for later, stale in cases:
        unique = [Sentence(warned, 1, 1, 0), Sentence(later, 2, 1, 0)]

        def corpus(*dates: str) -> Corpus:
            return Corpus(
                tuple(
                    Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
                    for n, date in enumerate(dates, 1)
                ),
                tuple(unique),  # noqa: B023
            )

        story = [StoryGroup((1, 2))]
        found = lifted_warnings(corpus("2027-06-03", "2027-06-04"), unique, story)
        assert found == ({0} if stale else set()), later
        assert not lifted_warnings(corpus("2027-06-04", "2027-06-04"), unique, story)
    unique = [
        Sentence("Forecasters warned of gales on the coast.", 1, 1, 0),
        Sentence("Forecasters withdrew their gale warning.", 2, 1, 0),
    ]
    days = Corpus(
        tuple(
            Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
            for n, date in enumerate(("2027-06-03", "2027-06-04"), 1)
        ),
        tuple(unique),
    )
    assert not lifted_warnings(days, unique, [StoryGroup((1, 2))])


def test_an_order_put_in_place_then_ended_is_stale() -> None:
    """r71 (a curfew "declared ... in the city of X", "remains in force", then lifted),
    r70 F10 (zones "are now under evacuation orders", then one cut to a warning): what a
    body puts in place (a curfew, a ban, an evacuation order, a state of emergency) and
    ends is a closing and its opening; the verbs that do so only of such a thing, never
    of their subject alone; "in the city of X", "for zones A and B" give its names, and
    a restriction named nowhere in its sentence is its story's one where its article
    names that place."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.states import reversed_states

    cases = [
        (
            [
                "The port authority declared a curfew from 21:00 to 06:00 in the town of Sandvik"
                " from Friday, after looting at the docks."
            ],
            ["The curfew in Sandvik was lifted on Sunday morning."],
            {0},
        ),
        (
            [
                "The county issued evacuation orders for zones LAK-4, LAK-5 and LAK-6 on Monday"
                " as the river rose.",
                "Zones LAK-4, LAK-5 and LAK-6 are now under evacuation orders.",
            ],
            ["The evacuation order for zone LAK-5 was cut to an evacuation warning on Wednesday."],
            {0, 1},
        ),
        (
            [
                "The mines ministry declared a state of emergency in Kessa province on Monday"
                " after the tailings dam failed."
            ],
            ["The government ended the state of emergency in Kessa on Thursday."],
            {0},
        ),
        (
            ["A ban on public gatherings in Orvik remains in force, the electoral board said."],
            ["The electoral board rescinded the ban on gatherings in Orvik on Saturday."],
            {0},
        ),
        # another place, a plan, an order still in force, a verb of its subject alone
        (
            [
                "The port authority declared a curfew from 21:00 to 06:00 in the town of Sandvik"
                " from Friday."
            ],
            ["The curfew in Brenna was lifted on Sunday morning."],
            set(),
        ),
        (
            ["A ban on public gatherings in Orvik remains in force."],
            ["The electoral board will end the ban on gatherings in Orvik on Saturday."],
            set(),
        ),
        (
            ["The county issued evacuation orders for zones LAK-4 and LAK-5 on Monday."],
            ["The evacuation order for zone LAK-5 remains in force."],
            set(),
        ),
        (
            ["The electoral board lifted the ban on gatherings in Orvik on Monday."],
            ["The ban on gatherings in Orvik no longer remains in force."],
            set(),
        ),
        (
            ["The electoral board lifted the ban on gatherings in Orvik on Monday."],
            ["A ban on public gatherings in Orvik remains in force after new clashes."],
            {0},
        ),
        (
            ["The Lisk Weather Office issued on Monday its outlook for the coast of Vell."],
            ["The outlook for the coast of Vell was cancelled on Tuesday."],
            set(),
        ),
        (
            # "cancelled" ends a restriction only: cancelled flights are not resumed ones
            ["Kestrel Air suspended its flights to Mora on Monday."],
            ["Kestrel Air cancelled its flights to Mora for the rest of the week."],
            set(),
        ),
    ]
    for earlier, later, stale in cases:
        unique = [Sentence(text, 1, n, 0) for n, text in enumerate(earlier, 1)]
        unique += [Sentence(text, 2, n, 0) for n, text in enumerate(later, 1)]
        corpus = Corpus(
            tuple(
                Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
                for n, date in enumerate(("2027-06-04", "2027-06-06"), 1)
            ),
            tuple(unique),
        )
        assert reversed_states(corpus, unique, [StoryGroup((1, 2))]) == stale, earlier
        assert not reversed_states(corpus, unique, [StoryGroup((1,)), StoryGroup((2,))])


def test_a_restriction_its_sentence_names_nowhere_is_its_storys_one() -> None:
    """ "The curfew from 21:00 to 06:00 remains in force" in a report of Sandvik is the
    Sandvik curfew its story lifts on a later day; not where the story has curfews of two
    towns, nor where its own article names no town of it."""
    from brief.models import Corpus, Document, Source
    from brief.pipeline.superseded.states import reversed_states

    def found(first: list[str], later: list[str]) -> frozenset[int]:
        unique = [Sentence(text, 1, n, 0) for n, text in enumerate(first, 1)]
        unique += [Sentence(text, 2, n, 0) for n, text in enumerate(later, 1)]
        corpus = Corpus(
            tuple(
                Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=date), None, ())
                for n, date in enumerate(("2027-06-04", "2027-06-06"), 1)
            ),
            tuple(unique),
        )
        return reversed_states(corpus, unique, [StoryGroup((1, 2))])

    held = "The curfew from 21:00 to 06:00 remains in force, the mayor said."
    lifted = "The port authority lifted the curfew in the town of Sandvik on Sunday."
    assert found(["Looters struck the docks of Sandvik on Friday.", held], [lifted]) == {1}
    assert not found(["Looters struck the docks on Friday.", held], [lifted])
    other = "The curfew in Brenna was lifted on Sunday too."
    assert not found(["Looters struck the docks of Sandvik on Friday.", held], [lifted, other])


def test_zones_under_an_order_a_later_day_cuts_for_one_are_no_bullet(tmp_path: Path) -> None:
    """r70 F10: a week's brief had kept "zones ... are now under evacuation orders" after a
    later report cut one zone's order to a warning. The line's first half is false for
    that zone: it goes, even beside an opening of a thing it names nothing of ("shelters
    have opened"); the later report's "Orders for zones ... remain in force" stays."""
    first = (
        "Flooding forces evacuations along the Lakka River",
        "Marren County Courier | News | 4 June 2027",
        "The Marren County emergency office issued evacuation orders for zones LAK-4, LAK-5"
        " and LAK-6 on Friday as the Lakka River rose above its banks.",
        "Zones LAK-4, LAK-5 and LAK-6 are now under evacuation orders, and shelters have"
        " opened at two schools in Dunmore.",
        "About 1,900 residents live in the three zones, the office said.",
    )
    second = (
        "Lakka River flood crest passes Dunmore",
        "Marren County Courier | News | 6 June 2027",
        "The Lakka River crested at Dunmore on Sunday morning, lower than forecasters had"
        " feared, the Marren County emergency office said.",
        "The evacuation order for zone LAK-5 was cut to an evacuation warning on Sunday, and"
        " residents of that zone may return home.",
        "Orders for zones LAK-4 and LAK-6 remain in force.",
    )
    for name, texts in (("d1.txt", first), ("d2.txt", second)):
        (tmp_path / name).write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    out = tmp_path / "brief.md"
    result = runner.invoke(app, ["make", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "are now under evacuation orders" not in text
    assert "Orders for zones LAK-4 and LAK-6 remain in force." in text
    assert "cut to an evacuation warning" in text
