"""Reports of one story that give different counts of one thing (r78 F1, F2): a radio's
"four of the six engineers freed" beside a wire's and a paper's "three", and the radio's
corrected report at 18:00, "three ..., not four as Harbour Radio reported earlier".
Against the real local SMTP server, through `brief daily`'s runner, at a fixed clock."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from brief import config as cfg
from brief.cli import app
from brief.models import Briefing, Story
from tests.smtp_fixtures import *  # noqa: F403  (the SMTP server fixtures)
from tests.smtp_fixtures import NOW, Server, mail_table
from tests.test_daily import run, write_config

DAY = NOW.date().isoformat()

RADIO = """Four engineers freed in Varna Hills, mediator says

Four of the six engineers held by the Red Ridge militia since August have been freed, the \
mediator in the case said on Wednesday.

The only hostages still held are two Lorean technicians, the mediator, Ivo Sarkis, said.

The engineers, who work for the Lorean water utility Aquila, were seized near Tolbek on August 9."""

WIRE = """Freed engineers land in Lorean capital after 108 days

LORA, Nov 25 (Coast Wire) - Danish surveyors Mads Holm and Lars Vinter and their Lorean \
colleague Ana Petrel landed in the Lorean capital on Wednesday morning and were in good health, \
Lorea's foreign ministry said.

Three of the six engineers kidnapped in the Varna Hills in August were freed late on Tuesday, \
the ministry said.

Lorean driver Piet Dorn and two technicians remain in the hands of the Red Ridge militia."""

PAPER = """Denmark denies paying ransom as three engineers are freed

Denmark's foreign minister said on Wednesday that her government had paid no ransom for the \
release of two Danish surveyors freed in the Varna Hills.

"Denmark has not paid a ransom, and will not pay ransoms," the minister, Ida Krogh, told \
reporters in Copenhagen.

Three of the six engineers were freed late on Tuesday, the Lorean foreign ministry said."""

CORRECTED = """CORRECTED-Three engineers freed in Varna Hills, driver still held

Three of the six engineers held by the Red Ridge militia since August were freed late on \
Tuesday, not four as Harbour Radio reported earlier on Wednesday, Lorea's foreign ministry said.

Lorean driver Piet Dorn is still held with two technicians, the ministry said.

An earlier version of this report, based on remarks attributed to the mediator Ivo Sarkis, said \
that Piet Dorn had also been released.

The ministry said the release of the last three hostages was expected within days."""

# another story of the day, so that the brief is a digest, as a desk's is
PORT = """Dockers strike at Kessa port over pay

Dockers at the port of Kessa walked out on Wednesday over pay, halting the loading of grain \
ships, their union said.

The port authority said 14 ships were waiting at anchor off Kessa.

Union leader Mira Lonn said the strike would last until the port authority raised wages."""


def _put(tmp_path: Path, name: str, outlet: str, text: str) -> None:
    header = json.dumps({"outlet": outlet, "date": DAY})
    path = tmp_path / "inbox" / name
    path.write_text(f"+++ brief-article\n{header}\n+++\n{text}\n", encoding="utf-8")


def _morning(tmp_path: Path, server: Server, *reports: tuple[str, str]) -> cfg.Config:
    path = write_config(tmp_path, mail=mail_table(server.port), daily='formats = ["md", "json"]')
    for n, (outlet, text) in enumerate(reports):
        _put(tmp_path, f"{n}.txt", outlet, text)
    _put(tmp_path, "port.txt", "Kessa Daily", PORT)
    return cfg.load(path)


def _mail(server: Server, n: int) -> str:
    body = server.handler.messages[n].get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def test_a_count_a_late_report_says_was_wrong_is_said_so_in_the_update(
    tmp_path: Path, plain_server: Server
) -> None:
    """r78 F2: the morning's brief led a story with the radio's "four of the six
    engineers"; at 18:00 the radio's corrected report says three, "not four as Harbour
    Radio reported earlier". The update opens with the notice, its mail says so, and the
    wrong count is nowhere but in the notice: not a bullet, not the story's headline. The
    corrected report replaces the radio's earlier one, as a wire's corrected version
    does."""
    config = _morning(tmp_path, plain_server, ("Harbour Radio", RADIO))
    morning = run(config).briefing
    assert morning is not None
    (told,) = [s for s in morning.stories if s.title.startswith("Four engineers")]
    assert told.bullets[0].text.startswith("Four of the six")
    _put(tmp_path, "late.txt", "Harbour Radio", CORRECTED)
    briefing = run(config, now=NOW + timedelta(hours=12)).briefing
    assert briefing is not None
    (notice,) = [w for w in briefing.withdrawn if w.kind == "" and w.correction]
    assert notice.words.casefold() == "four of the six engineers"
    assert "not four as Harbour Radio reported" in notice.correction
    (story,) = [s for s in briefing.stories if s.id == told.id]
    assert not story.title.startswith("Four")
    assert story.bullets and not [b for b in story.bullets if b.text.startswith("Four of the")]
    md = (tmp_path / "out" / f"brief-{DAY}.md").read_text(encoding="utf-8").split("## Sources")[0]
    wrong = [line for line in md.splitlines() if "four of the six" in line.casefold()]
    assert wrong == [f"- {notice.notice} [{notice.source}]"] and "Four engineers" not in md
    # the radio's corrected report is its version of the morning's: what else that one
    # said wrong (the hostages "still held") goes with it, and the radio counts once
    (radio,) = [s for s in briefing.sources if s.replaced_by is not None]
    assert radio.title == "Four engineers freed in Varna Hills, mediator says"
    assert "only hostages still held" not in md and story.independent == 1
    mail = _mail(plain_server, -1)
    assert "CORRECTION:" in mail and "An earlier brief gave “four of the six engineers”" in mail
    assert "Four engineers freed" not in mail and "Four of the six" not in mail


def _brief(tmp_path: Path, server: Server, radio: str) -> tuple[Story, str]:
    config = _morning(
        tmp_path,
        server,
        ("Harbour Radio", radio),
        ("Coast Wire", WIRE),
        ("Kessa Post", PAPER),
    )
    briefing = run(config).briefing
    assert briefing is not None
    (story,) = [s for s in briefing.stories if len(s.sources) == 3]
    md = (tmp_path / "out" / f"brief-{DAY}.md").read_text(encoding="utf-8")
    return story, md.split("## Sources")[0]


def test_a_count_one_report_gives_against_two_neither_heads_nor_leads_its_story(
    tmp_path: Path, plain_server: Server
) -> None:
    """r78 F1: a radio's "Four of the six engineers ... have been freed, the mediator
    said" beside a wire's and a paper's "three". The story is neither headed nor led by
    the four; the mediator's four is told right after a bullet of the three, each with
    whose it is, and it is no key figure and dates no row."""
    story, md = _brief(tmp_path, plain_server, RADIO)
    assert "Four" not in story.title
    texts = [b.text for b in story.bullets]
    assert not texts[0].startswith("Four")
    four = next(n for n, text in enumerate(texts) if text.startswith("Four of the six"))
    assert texts[four - 1].startswith("Three of the six") and "ministry said" in texts[four - 1]
    tables = md.split("## Timeline")[1]
    assert "Four" not in tables and "Three of the six engineers" in tables


def test_a_count_one_report_gives_as_no_ones_is_no_bullet(
    tmp_path: Path, plain_server: Server
) -> None:
    """The radio's four told as no one's ("Four of the six engineers ... have been
    freed.") states as a fact a count the story's other reports contradict: no bullet."""
    bare = RADIO.replace(", the mediator in the case said on Wednesday", "")
    assert "have been freed." in bare
    story, md = _brief(tmp_path, plain_server, bare)
    assert "Four" not in story.title and "Four of the six" not in md


def test_two_reports_counts_that_differ_are_left_as_they_are(
    tmp_path: Path, plain_server: Server
) -> None:
    """Of two reports, neither count is the story's: the radio's four and the wire's
    three are told as the brief finds them (a tie: when in doubt, nothing)."""
    config = _morning(tmp_path, plain_server, ("Harbour Radio", RADIO), ("Coast Wire", WIRE))
    briefing = run(config).briefing
    assert briefing is not None
    texts = [b.text for s in briefing.stories for b in s.bullets]
    assert any(text.startswith("Four of the six") for text in texts)


def _make(tmp_path: Path, *reports: tuple[str, str]) -> dict[str, Any]:
    paths = []
    for n, (outlet, text) in enumerate(reports):
        path = tmp_path / f"{n}.txt"
        header = json.dumps({"outlet": outlet, "date": DAY})
        path.write_text(f"+++ brief-article\n{header}\n+++\n{text}\n", encoding="utf-8")
        paths.append(str(path))
    out = tmp_path / "brief.json"
    result = CliRunner().invoke(app, ["make", *paths, "-o", str(out)])
    assert result.exit_code == 0, result.output
    doc: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return doc


def test_an_outlets_report_that_says_its_earlier_count_was_wrong_replaces_that_report(
    tmp_path: Path,
) -> None:
    """The radio's "three ..., not four as Harbour Radio reported earlier" is its own
    corrected report (another headline, another link): its earlier report gives nothing,
    as a wire's corrected version's does. Another outlet's report of the radio's four,
    "not four as Harbour Radio reported", corrects a count, and replaces nothing of the
    radio's."""
    own = "Harbour Radio World Service"  # "as Harbour Radio reported" names it
    doc = _make(tmp_path, (own, RADIO), (own, CORRECTED))
    assert doc["sources"][0]["notes"] == ["Replaced by source 2, a version that corrects it."]
    told = json.dumps([doc["sections"], doc["figures"], doc["timeline"]])
    assert "Four of the six" not in told and "only hostages still held" not in told
    wire = CORRECTED.replace("Lorea's foreign ministry said", "Coast Wire reported")
    doc = _make(tmp_path, ("Harbour Radio", RADIO), ("Coast Wire", wire))
    assert all("Replaced" not in note for s in doc["sources"] for note in s["notes"])
    # nor does another outlet whose name opens with the same words
    other = "Harbour Radio Lorea"
    doc = _make(tmp_path, (other, RADIO), (other, CORRECTED.replace("Radio", "Radio Kessa")))
    assert all("Replaced" not in note for s in doc["sources"] for note in s["notes"])


ENVOY = """Families in Tolbek wait for news of release deal

Relatives of the six engineers gathered outside the Aquila offices in Tolbek on Tuesday to wait \
for news of a deal to free them.

Ivo Sarkis, Lorea's foreign minister, announced late on Monday that the militia had agreed to \
free the engineers in stages.

"We heard it on the radio like everybody else," said Rosa Dorn, the sister of a driver held \
with them."""

DRIVER_HOME = """Freed driver Piet Dorn speaks to his family from the capital

Lorean driver Piet Dorn, freed on Wednesday evening, spoke to his family by telephone from the \
capital early on Thursday, his sister Rosa Dorn said.

"He said he never lost hope," she said.

Correction: An article in the Kessa Post on 24 November described Ivo Sarkis as Lorea's foreign \
minister. He is Lorea's special envoy for the Varna Hills."""


def test_a_note_that_corrects_how_an_earlier_article_described_someone_is_said_so(
    tmp_path: Path, plain_server: Server
) -> None:
    """r78 F13: a paper's note on a later day says its earlier article "described Ivo
    Sarkis as Lorea's foreign minister"; an earlier brief showed that sentence. The
    brief opens with the notice and its mail says so: a note under Sources alone does not
    tell the reader that what he read no longer stands."""
    path = write_config(tmp_path, mail=mail_table(plain_server.port), daily='formats = ["md"]')
    _put(tmp_path, "a.txt", "Kessa Post", ENVOY)
    _put(tmp_path, "port.txt", "Kessa Daily", PORT)
    config = cfg.load(path)
    run(config)
    md = (tmp_path / "out" / f"brief-{DAY}.md").read_text(encoding="utf-8").split("## Sources")[0]
    assert "Ivo Sarkis, Lorea's foreign minister" in md
    _put(tmp_path, "b.txt", "Kessa Post", DRIVER_HOME)
    briefing = run(config, now=NOW + timedelta(days=1)).briefing
    assert briefing is not None
    (notice,) = briefing.withdrawn
    assert notice.kind == "note" and notice.words == "Lorea's foreign minister"
    assert notice.correction.startswith("Correction: An article in the Kessa Post")
    mail = _mail(plain_server, -1)
    assert "CORRECTION:" in mail
    assert "An earlier brief gave “Lorea's foreign minister”; source 1's note corrects it" in mail


def test_a_note_on_someone_else_or_other_words_says_nothing() -> None:
    """The words must stand beside the person's name in the sentence shown: "Lorea's
    foreign minister" of another man, or the envoy by other words, gives no notice."""
    from brief.daily.novelty.already_sent import fold
    from brief.daily.novelty.corrections import _described_as, _describes

    ((name, wrong),) = _described_as(DRIVER_HOME.split("\n\n")[-1])
    assert (name, wrong) == ("Ivo Sarkis", "Lorea's foreign minister")
    other = fold("Jan Mertens, Lorea's foreign minister, met Ivo Sarkis on Monday.")
    assert not _describes(other, fold(name), fold(wrong))
    assert not _describes(fold("Ivo Sarkis, Lorea's envoy, spoke."), fold(name), fold(wrong))
    shown = fold("Lorea's foreign minister, Ivo Sarkis, spoke on Monday.")
    assert _describes(shown, fold(name), fold(wrong))


def test_a_brief_of_one_story_is_neither_headed_nor_led_by_the_count_fewer_give(
    tmp_path: Path,
) -> None:
    """`brief make` on the three reports: the brief's title and bottom line are not the
    radio's four, nor is a key figure or a row; told as no one's, it is no bullet."""
    doc = _make(tmp_path, ("Harbour Radio", RADIO), ("Coast Wire", WIRE), ("Kessa Post", PAPER))
    assert not doc["title"].startswith("Four") and not doc["bottom_line"]["text"].startswith("Four")
    assert "Four" not in json.dumps([doc["figures"], doc["timeline"]])
    bare = RADIO.replace(", the mediator in the case said on Wednesday", "")
    doc = _make(tmp_path, ("Harbour Radio", bare), ("Coast Wire", WIRE), ("Kessa Post", PAPER))
    assert "Four of the six" not in json.dumps(doc["sections"])


def test_a_version_that_replaces_a_told_report_brings_its_news_to_that_story(
    tmp_path: Path,
) -> None:
    """late.keep_told: a rebuild that joins the radio's corrected report with another
    story of the morning's takes the morning's stories apart; the corrected report counts
    as the report it replaces, so its news had been in no story of the update (the
    trial's correction, its bullets and its "New" points lost). It comes first in the
    story it corrects, which its own headline heads where the replaced report's did."""
    import dataclasses

    from brief.daily.late import keep_told, told
    from brief.daily.novelty import already_sent
    from brief.daily.state import DayRecord
    from brief.models import Bullet
    from brief.options import Options
    from brief.pipeline import build

    paths = []
    for name, outlet, text in (
        ("a.txt", "Harbour Radio", RADIO),
        ("b.txt", "Coast Wire", WIRE),
        ("c.txt", "Kessa Daily", PORT),
        ("d.txt", "Harbour Radio", CORRECTED),
    ):
        header = json.dumps({"outlet": outlet, "date": DAY})
        (tmp_path / name).write_text(f"+++ brief-article\n{header}\n+++\n{text}\n", "utf-8")
        paths.append(str(tmp_path / name))

    def bullets(b: Briefing, *sources: int) -> tuple[Bullet, ...]:
        return tuple(
            Bullet(s.text, s.source, s.index, 0.0, "other")
            for s in b.sentences
            if s.source in sources and s.index == 1
        )

    morning = build(paths[:3], Options(now=NOW))
    headline = "Four engineers freed in Varna Hills, mediator says"
    morning = dataclasses.replace(
        morning,
        stories=(
            Story("s-free", headline, (1, 2), 2, "other", bullets(morning, 1, 2)),
            Story("s-port", "Dockers strike at Kessa port", (3,), 1, "other", bullets(morning, 3)),
        ),
    )
    record = DayRecord(
        inputs=tuple(s.sha256 for s in morning.sources),
        sentences=tuple(already_sent.bullet_keys(morning)),
        told=told(morning),
        built=f"{DAY}T06:30:00",
    )
    evening = build(paths, Options(now=NOW + timedelta(hours=12)))
    assert evening.sources[0].replaced_by == 4
    late = bullets(evening, 4)
    joined = Story("x", "Three engineers freed", (3, 4), 2, "other", late)
    kept = {
        s.id: s for s in keep_told(dataclasses.replace(evening, stories=(joined,)), record).stories
    }
    assert kept["s-free"].title == "Three engineers freed in Varna Hills, driver still held"
    assert kept["s-free"].bullets[: len(late)] == late and late
    assert [b.source for b in kept["s-free"].bullets[len(late) :]] == [2]
