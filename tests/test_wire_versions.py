"""A wire's kills and corrections (r68 F1-F3, F14), as wires word them: a kill notice
withdraws the story it names by its headline, a version that says it corrects replaces
the version it corrects, and a daily run tells the reader of an earlier brief so. Against
the real local HTTP (feeds updated in place under one GUID) and SMTP servers."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from typer.testing import CliRunner

from brief.cli import app
from brief.ingest.notices import as_notice, kill_in
from brief.ingest.slugs import without_slug
from tests.conftest import FIXED_NOW, bare_briefing
from tests.smtp_fixtures import *  # noqa: F403  (the SMTP server fixtures)
from tests.smtp_fixtures import Server, mail_table
from tests.test_fetch import feed_reply, rss, write_config
from tests.web_fixtures import WebServer

runner = CliRunner()

FERRY = [
    "TALLIN BAY, Norrland, Nov 24 (Baltic Wire) - A passenger ferry ran aground off the "
    "island of Korpo on Tuesday, and coastguard boats took all 212 people on board to "
    "the harbour of Vessby, the Norrland coastguard said.",
    "The ferry Aurora Nord struck rocks in fog about two nautical miles from Vessby.",
    "Harbour master Jonas Brandt said divers would inspect the hull on Wednesday.",
    "Ferry operator Nordlink said it had suspended sailings to Korpo until further notice.",
]
CORRECTION = "(Corrects name of harbour master in paragraph 3 to Eva Lind, not Jonas Brandt)"
ARREST = [
    "VESSBY, Norrland, Nov 24 (Baltic Wire) - Police in Norrland detained the captain of "
    "the ferry Aurora Nord, Mats Ekholm, on Tuesday on suspicion of drunken sailing, a "
    "police source said.",
    "Ekholm, 61, was questioned at Vessby police station, the source said.",
    "Nordlink declined to comment on the detention.",
]
ARREST_TITLE = "Police detain Aurora Nord captain after ferry grounding"
KILL = [
    'The story headlined "Police detain Aurora Nord captain after ferry grounding", '
    "issued on Nov. 24, is withdrawn.",
    "Police say the captain was not detained, and the source's account could not be confirmed.",
    "There will be no substitute story.",
]
STRIKE = [
    "OSLOBY, Norrland, Nov 24 (Baltic Wire) - Norrland's rail workers will strike for 48 "
    "hours from Friday over pay, their union said on Tuesday.",
    "The union said talks with the state rail company had broken down on Monday.",
    "Union leader Hanna Sund said 9,000 members had voted for the strike.",
]


def _item(web: WebServer, guid: str, title: str, paragraphs: list[str]) -> dict[str, str]:
    content = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return {"title": title, "link": f"{web.url}/news/{guid}", "guid": guid, "content": content}


def _daily(config: Path, when: timedelta = timedelta()) -> object:
    epoch = str(int((FIXED_NOW + when).timestamp()))
    return runner.invoke(app, ["daily", "-c", str(config)], env={"SOURCE_DATE_EPOCH": epoch})


def _desk(tmp_path: Path, web: WebServer, server: Server) -> Path:
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", "Baltic Wire")])
    text = config.read_text(encoding="utf-8")
    text = text.replace('formats = ["md"]', 'formats = ["md", "json"]')
    config.write_text(text + "\n[mail]\n" + mail_table(server.port), encoding="utf-8")
    return config


def _body(tmp_path: Path, day: str) -> str:
    """The day's Markdown brief, less its Sources (where the notes say what was taken back)."""
    return (tmp_path / "out" / f"brief-{day}.md").read_text(encoding="utf-8").split("## Sources")[0]


def test_a_kill_and_a_correction_of_yesterdays_wire_copy_are_said_so(
    tmp_path: Path, web: WebServer, plain_server: Server
) -> None:
    """Day 1 briefs the wire's grounding story (with the wrong harbour master) and its
    single-source arrest story. On day 2 the wire corrects the first in place and kills
    the second: the brief opens by saying both, the mail has its CORRECTION line, the
    kill notice is no story, and the wrong name is nowhere but in the notice."""
    ferry_title = "Ferry runs aground off Korpo, 212 rescued"
    web.routes["/feed.xml"] = feed_reply(
        rss(
            [
                _item(web, "ferry", ferry_title, FERRY),
                _item(web, "arrest", ARREST_TITLE, ARREST),
                _item(web, "strike", "Norrland rail workers to strike for 48 hours", STRIKE),
            ]
        )
    )
    config = _desk(tmp_path, web, plain_server)
    first = _daily(config)
    assert first.exit_code == 0, first.output
    day1 = _body(tmp_path, "2026-11-25")
    assert "Jonas Brandt" in day1 and "detained the captain" in day1

    corrected = [CORRECTION, *FERRY[:2], FERRY[2].replace("Jonas Brandt", "Eva Lind"), FERRY[3]]
    web.routes["/feed.xml"] = feed_reply(
        rss(
            [
                _item(web, "ferry", f"CORRECTED-{ferry_title}", corrected),
                _item(web, "arrest", f"KILL-{ARREST_TITLE}", ["KILL - WITHDRAWN", *KILL]),
                _item(web, "strike", "Norrland rail workers to strike for 48 hours", STRIKE),
            ]
        )
    )
    second = _daily(config, timedelta(days=1))
    assert second.exit_code == 0, second.output
    day2 = _body(tmp_path, "2026-11-26")
    assert "## Withdrawn since an earlier brief" in day2
    assert f"An earlier brief told the story “{ARREST_TITLE}”" in day2
    assert "An earlier brief gave “Jonas Brandt”" in day2
    # but for the notices, nothing of the killed copy, of the notice or of the wrong name
    rest = "\n".join(line for line in day2.splitlines() if not line.startswith("- An earlier"))
    for words in ("Jonas Brandt", "detained the captain", "no substitute", "KILL", "Ekholm"):
        assert words not in rest, words
    doc = json.loads((tmp_path / "out" / "brief-2026-11-26.json").read_text(encoding="utf-8"))
    kinds = sorted(w.get("kind", "") for w in doc["withdrawn"])
    assert kinds == ["story", "version"]
    told = json.dumps([doc["sections"], doc["stories"], doc["figures"], doc["quotes"]])
    assert "Jonas Brandt" not in told and "Ekholm" not in told and "substitute" not in told
    assert all("KILL" not in s["title"] and "CORRECTED" not in s["title"] for s in doc["stories"])
    mails = [m.get_body(("plain",)) for m in plain_server.handler.messages]
    assert len(mails) == 2 and all(m is not None for m in mails)
    assert "CORRECTION" not in mails[0].get_content()  # type: ignore[union-attr]
    assert "corrects 2 things an earlier brief told you" in mails[1].get_content()  # type: ignore[union-attr]


def test_a_kill_notice_that_names_no_story_of_an_earlier_brief_gives_no_notice(
    tmp_path: Path, web: WebServer, plain_server: Server
) -> None:
    """Trust first: a kill of a story no brief told withdraws nothing it did tell."""
    web.routes["/feed.xml"] = feed_reply(
        rss([_item(web, "strike", "Norrland rail workers to strike for 48 hours", STRIKE)])
    )
    config = _desk(tmp_path, web, plain_server)
    assert _daily(config).exit_code == 0
    other = [KILL[0].replace("Police detain Aurora Nord captain", "Rail union calls off"), KILL[2]]
    web.routes["/feed.xml"] = feed_reply(
        rss(
            [
                _item(web, "strike", "Norrland rail workers to strike for 48 hours", STRIKE),
                _item(web, "kill", "KILL-Rail union calls off strike", other),
                _item(web, "ferry", "Ferry runs aground off Korpo, 212 rescued", FERRY),
            ]
        )
    )
    assert _daily(config, timedelta(days=1)).exit_code == 0
    doc = json.loads((tmp_path / "out" / "brief-2026-11-26.json").read_text(encoding="utf-8"))
    assert doc["withdrawn"] == []
    assert any("Korpo" in s["title"] for s in doc["stories"])
    assert not any("Rail union calls off" in s["title"] for s in doc["stories"])


def _txt(tmp_path: Path, name: str, title: str, paragraphs: list[str]) -> Path:
    header = json.dumps({"outlet": "Baltic Wire", "url": f"https://wire.example/{name}"})
    body = "\n\n".join(paragraphs)
    path = tmp_path / f"{name}.txt"
    path.write_text(f"+++ brief-article\n{header}\n+++\n{title}\n\n{body}\n", encoding="utf-8")
    return path


def test_make_on_a_story_and_its_kill_briefs_neither(tmp_path: Path) -> None:
    """`brief make` on a story, its kill and another story: the killed copy gives no
    bullet, title, figure or quote, the notice is no story, and the Sources say why."""
    story = _txt(tmp_path, "arrest", ARREST_TITLE, ARREST)
    kill = _txt(tmp_path, "kill", f"ELIMINATE-{ARREST_TITLE}", KILL)
    other = _txt(tmp_path, "strike", "Norrland rail workers to strike for 48 hours", STRIKE)
    out = tmp_path / "brief.md"
    result = runner.invoke(app, ["make", str(story), str(kill), str(other), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    body, sources = text.split("## Sources")
    assert "Ekholm" not in body and "detain" not in body and "substitute" not in body
    assert "rail workers" in body
    assert "Withdrawn by source 2, the wire's kill notice." in sources
    assert "ELIMINATE" not in text


def test_make_on_two_versions_keeps_only_the_corrected_one(tmp_path: Path) -> None:
    """The wrong name is nowhere, and the story counts one source, not two."""
    title = "Ferry runs aground off Korpo, 212 rescued"
    first = _txt(tmp_path, "ferry", title, FERRY)
    corrected = [CORRECTION, *FERRY[:2], FERRY[2].replace("Jonas Brandt", "Eva Lind"), FERRY[3]]
    second = _txt(tmp_path, "ferry-2", f"CORRECTED-{title}", corrected)
    out = tmp_path / "brief.json"
    result = runner.invoke(app, ["make", str(first), str(second), "-o", str(out)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    told = json.dumps([doc["sections"], doc["figures"], doc["quotes"], doc["actors"]])
    assert "Jonas Brandt" not in told and "Eva Lind" in told
    assert doc["sources"][0]["notes"][-1] == "Replaced by source 2, a version that corrects it."
    assert doc["sources"][1]["notes"] == [CORRECTION]
    # the daily run reads the replacing source from Source.replaced_by; docs/json.md
    # gives sources no such field
    assert all("replaced_by" not in source for source in doc["sources"])


def test_a_replaced_version_names_its_replacement_as_data(tmp_path: Path) -> None:
    """The earlier version's source carries the number of the one that replaces it (what
    brief.daily.late reads), beside the note for readers; the later one carries none."""
    from brief.ingest import ingest
    from brief.options import Options
    from brief.pipeline.versions import without_withdrawn

    title = "Ferry runs aground off Korpo, 212 rescued"
    first = _txt(tmp_path, "ferry", title, FERRY)
    corrected = [CORRECTION, *FERRY[:2], FERRY[2].replace("Jonas Brandt", "Eva Lind"), FERRY[3]]
    second = _txt(tmp_path, "ferry-2", f"CORRECTED-{title}", corrected)
    documents = [ingest(str(p), n, Options()) for n, p in enumerate((first, second), 1)]
    earlier, later = without_withdrawn(documents)
    assert earlier.source.replaced_by == 2 and not earlier.blocks
    assert later.source.replaced_by is None and later.blocks


def test_a_version_with_another_text_under_the_same_headline_replaces_nothing(
    tmp_path: Path,
) -> None:
    """Same outlet, same headline, but another text: no version of the same item."""
    title = "Ferry runs aground off Korpo, 212 rescued"
    first = _txt(tmp_path, "ferry", title, FERRY)
    other = _txt(tmp_path, "ferry-2", title, [CORRECTION, *STRIKE])
    out = tmp_path / "brief.json"
    assert runner.invoke(app, ["make", str(first), str(other), "-o", str(out)]).exit_code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert "Jonas Brandt" in json.dumps(doc["sections"])


def test_kill_notices_as_wires_word_them() -> None:
    """Orders and passives of taking copy back, naming the item by headline or slug."""
    named = {
        'Editors: Please kill the story headlined "Dam bursts, 12 dead". A substitute '
        "will follow.": ("Dam bursts, 12 dead",),
        'Please kill item xyz 157 "Rocket launch called off".': ("Rocket launch called off",),
        "The SEOUL item headlined 'Talks collapse' has been withdrawn.": ("Talks collapse",),
    }
    for text, headlines in named.items():
        kill = kill_in(text)
        assert kill is not None and kill.headlines == headlines, text
    # a kill by slug is a notice, but names no headline to withdraw
    slugged = kill_in("Editors: Please eliminate the story slugged Ferry-Grounding.")
    assert slugged is not None and slugged.headlines == () and slugged.ordered
    for news in (
        # the named item must be the passive's subject (review of session 62)
        'A report titled "Rail Futures" said 40 routes are scrapped under the plan.',
        'The ministry said the report titled "Water in crisis" was withdrawn by its authors.',
        'Reuters withdrew a story headlined "Talks collapse" on Monday.',
        'The story headlined "Talks collapse" may be withdrawn.',
        "Troops kill 12 in raid on the story's village.",
    ):
        assert kill_in(news) is None, news


def test_a_passive_kill_from_an_unknown_outlet_or_of_later_copy_withdraws_nothing(
    tmp_path: Path,
) -> None:
    """A short report that a ministry's paper "has been withdrawn" reads as a notice,
    but from no known outlet it is no wire's: the ministry's own page of that title
    stands. Nor does a notice withdraw copy sent after it under the same headline (a
    substitute)."""
    from brief.ingest import ingest
    from brief.options import Options
    from brief.pipeline.versions import without_withdrawn

    def page(name: str, title: str, paragraphs: list[str], header: dict[str, str]) -> Path:
        path = tmp_path / f"{name}.txt"
        head = json.dumps(header)
        body = "\n\n".join(paragraphs)
        path.write_text(f"+++ brief-article\n{head}\n+++\n{title}\n\n{body}\n", "utf-8")
        return path

    news = page(
        "news",
        "Harbour plan pulled",
        ['The ministry\'s report titled "Harbour Futures 2040" has been withdrawn.'],
        {},
    )
    paper = page("paper", "Harbour Futures 2040", STRIKE, {"outlet": "Ministry of Ports"})
    options = Options()
    documents = [ingest(str(p), n, options) for n, p in enumerate((news, paper), 1)]
    assert [bool(d.blocks) for d in without_withdrawn(documents)][1]
    notice = page(
        "kill", f"ELIMINATE-{ARREST_TITLE}", KILL, {"outlet": "Baltic Wire", "date": "2026-11-24"}
    )
    later = page("later", ARREST_TITLE, ARREST, {"outlet": "Baltic Wire", "date": "2026-11-25"})
    documents = [ingest(str(p), n, options) for n, p in enumerate((notice, later), 1)]
    assert without_withdrawn(documents)[1].blocks


def test_a_long_article_that_tells_of_a_kill_is_news(tmp_path: Path) -> None:
    """A media story about a withdrawn story is no notice: it stays an article."""
    from brief.ingest import ingest
    from brief.options import Options

    paragraphs = [
        'The story headlined "Talks collapse" has been withdrawn.',
        *[f"The agency's editors met on day {n} to review the copy." for n in range(1, 10)],
    ]
    path = _txt(tmp_path, "media", "Agency reviews its copy", paragraphs)
    document = ingest(str(path), 1, Options())
    assert as_notice(document) is document and document.blocks


def test_version_slugs_are_no_title() -> None:
    for slug in ("WRITETHRU-", "ELIMINATE-", "KILL-", "WITHDRAWN-", "CORRECTED-", "REFILE-"):
        assert without_slug(f"{slug}Ferry runs aground off Korpo") == "Ferry runs aground off Korpo"
    assert without_slug("UPDATE 2-Ferry runs aground") == "Ferry runs aground"
    assert without_slug("UN-backed force lands") == "UN-backed force lands"


def test_a_count_the_wire_corrects_after_the_morning_mail_is_said_so_in_the_update(
    tmp_path: Path, web: WebServer, plain_server: Server
) -> None:
    """r68 F3: the 06:00 brief gave the wire's 48-hour strike; at 06:40 the wire corrects
    it to 24 hours. The update shows only the corrected version, counts one source, and
    says the morning's figure was wrong, in the brief and its mail."""
    title = "Norrland rail workers to strike over pay"
    wrong = STRIKE
    web.routes["/feed.xml"] = feed_reply(
        rss(
            [
                _item(web, "strike", title, wrong),
                _item(web, "ferry", "Ferry runs aground off Korpo, 212 rescued", FERRY),
            ]
        )
    )
    config = _desk(tmp_path, web, plain_server)
    assert _daily(config).exit_code == 0
    assert "48 hours" in _body(tmp_path, "2026-11-25")
    note = "(Corrects length of strike in paragraph 1 to 24 hours, not 48 hours)"
    right = [note, STRIKE[0].replace("48 hours", "24 hours"), *STRIKE[1:]]
    web.routes["/feed.xml"] = feed_reply(
        rss(
            [
                _item(web, "strike", f"CORRECTED-{title}", right),
                _item(web, "ferry", "Ferry runs aground off Korpo, 212 rescued", FERRY),
            ]
        )
    )
    late = _daily(config, timedelta(minutes=40))
    assert late.exit_code == 0, late.output
    update = _body(tmp_path, "2026-11-25")
    assert "An earlier brief gave “48 hours”" in update
    # the notice gives the sentence as the version now gives it, and the story the
    # morning told stays, told by the corrected version alone
    assert "not 48 hours: Norrland's rail workers will strike for 24 hours from" in update
    rest = "\n".join(line for line in update.splitlines() if not line.startswith("- An earlier"))
    assert "48 hours" not in rest and "24 hours" in rest
    doc = json.loads((tmp_path / "out" / "brief-2026-11-25.json").read_text(encoding="utf-8"))
    strike = next(s for s in doc["stories"] if "strike" in s["title"])
    assert "CORRECTED" not in strike["title"] and len(strike["sources"]) == 1
    mails = [m.get_body(("plain",)) for m in plain_server.handler.messages]
    assert len(mails) == 2 and mails[1] is not None
    assert "corrects something an earlier brief told you" in mails[1].get_content()


def test_batch_skips_a_kill_notice_and_make_says_there_is_nothing_to_brief(
    tmp_path: Path,
) -> None:
    """Briefed alone, a kill notice has nothing to brief: `brief batch` skips it (it is
    no bad file) and briefs the rest; `brief make` on it alone says so (exit 65)."""
    folder = tmp_path / "in"
    folder.mkdir()
    kill = _txt(folder, "kill", f"KILL-{ARREST_TITLE}", KILL)
    _txt(folder, "strike", "Norrland rail workers to strike for 48 hours", STRIKE)
    result = runner.invoke(app, ["batch", str(folder), "-o", str(tmp_path / "out"), "-f", "md"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["strike.md"]
    alone = runner.invoke(app, ["make", str(kill), "-o", str(tmp_path / "kill.md")])
    assert alone.exit_code == 65
    assert not (tmp_path / "kill.md").exists()


def test_a_correction_note_names_words_only_of_the_sentence_it_corrects() -> None:
    """The wrong words in another sentence (another story's Jonas Brandt) are no words the
    version corrects; figures are read in order ("79 to 61" is "79-61")."""
    from brief.daily.novelty.already_sent import fold
    from brief.daily.novelty.wire_versions import _corrected_words, _corrects

    assert _corrected_words(CORRECTION) == ("Eva Lind", "Jonas Brandt")
    assert _corrected_words("(Corrects figure to 50 million from 500 million in paragraph 3)") == (
        "50 million",
        "500 million",
    )
    assert _corrected_words("(Adds comment from ministry, updates toll)") is None
    new = fold(FERRY[2].replace("Jonas Brandt", "Eva Lind"))
    assert _corrects(fold(FERRY[2]), new, "Eva Lind", "Jonas Brandt")
    other = fold("Jonas Brandt, the port's pilot, retired in 2019 after 30 years at sea.")
    assert not _corrects(other, new, "Eva Lind", "Jonas Brandt")
    voted = "Lawmakers voted by {} to 61 to confirm the minister on Saturday."
    assert _corrects(fold(voted.format(79)), fold(voted.format(97)), "97-61", "79-61")
    assert not _corrects(fold(voted.format(80)), fold(voted.format(97)), "97-61", "79-61")


BRIDGE = [
    "GRANHOLM, Ostland, Nov 24 (Baltic Wire) - Ostland's city council voted on Tuesday to "
    "close the old Kvarn bridge to traffic from January, after engineers found corroded cables.",
    "Councillors voted by 31 to 12 to close the bridge, which carries 20,000 cars a day.",
    "Mayor Elsa Norrby said a ferry would run while the bridge was repaired.",
]
BRIDGE_TITLE = "Ostland council votes to close Kvarn bridge"
KORPO = "Ferry runs aground off Korpo, 212 rescued"


def _mails(server: Server) -> list[str]:
    bodies = [m.get_body(("plain",)) for m in server.handler.messages]
    return [b.get_content() for b in bodies if b is not None]


def test_the_update_tells_the_corrected_count_and_its_mail_says_what_changed(
    tmp_path: Path, web: WebServer, plain_server: Server
) -> None:
    """A one-source story whose lede and vote count the morning mail sent: the wire
    corrects the count at 06:40. The update shows the corrected sentence as a bullet of
    its own (the lede was sent, the count was not the lede), the wrong count nowhere but
    in the notice, and its mail's CORRECTION line says what was wrong and what stands."""
    web.routes["/feed.xml"] = feed_reply(
        rss([_item(web, "vote", BRIDGE_TITLE, BRIDGE), _item(web, "ferry", KORPO, FERRY)])
    )
    config = _desk(tmp_path, web, plain_server)
    assert _daily(config).exit_code == 0
    assert "voted by 31 to 12" in _body(tmp_path, "2026-11-25")
    note = "(Corrects vote count in paragraph 2 to 21-12, not 31-12)"
    right = [note, BRIDGE[0], BRIDGE[1].replace("31 to 12", "21 to 12"), BRIDGE[2]]
    web.routes["/feed.xml"] = feed_reply(
        rss(
            [
                _item(web, "vote", f"CORRECTED-{BRIDGE_TITLE}", right),
                _item(web, "ferry", KORPO, FERRY),
            ]
        )
    )
    late = _daily(config, timedelta(minutes=40))
    assert late.exit_code == 0, late.output
    update = _body(tmp_path, "2026-11-25")
    bullets = [line for line in update.splitlines() if line.startswith("- **New:**")]
    assert any("voted by 21 to 12" in line for line in bullets)
    rest = "\n".join(line for line in update.splitlines() if not line.startswith("- An earlier"))
    assert "31" not in rest
    mails = _mails(plain_server)
    assert len(mails) == 2
    assert "- An earlier brief gave “31-12”; source 3, a corrected version" in mails[1]
    assert "Councillors voted by 21 to 12" in mails[1]


def test_a_kill_notice_alone_in_the_inbox_withdraws_yesterdays_story(
    tmp_path: Path, web: WebServer, plain_server: Server
) -> None:
    """Day 2's inbox holds nothing but the wire's kill of day 1's arrest story: a notice is
    no story, yet the reader of day 1's mail must learn that the arrest no longer stands.
    The brief is its "Withdrawn since an earlier brief" and its source, and the mail says
    which story; a second kill alone, of a story no brief told, sends nothing."""
    web.routes["/feed.xml"] = feed_reply(
        rss([_item(web, "arrest", ARREST_TITLE, ARREST), _item(web, "ferry", KORPO, FERRY)])
    )
    config = _desk(tmp_path, web, plain_server)
    assert _daily(config).exit_code == 0
    killed = _item(web, "arrest", f"KILL-{ARREST_TITLE}", ["KILL - WITHDRAWN", *KILL])
    web.routes["/feed.xml"] = feed_reply(rss([killed, _item(web, "ferry", KORPO, FERRY)]))
    second = _daily(config, timedelta(days=1))
    assert second.exit_code == 0, second.output
    day2 = _body(tmp_path, "2026-11-26")
    assert f"An earlier brief told the story “{ARREST_TITLE}”; source 1" in day2
    assert "Ekholm" not in day2 and "Korpo" not in day2
    doc = json.loads((tmp_path / "out" / "brief-2026-11-26.json").read_text(encoding="utf-8"))
    assert [w["kind"] for w in doc["withdrawn"]] == ["story"] and doc["stories"] == []
    mails = _mails(plain_server)
    assert len(mails) == 2
    assert f"- An earlier brief told the story “{ARREST_TITLE}”" in mails[1]

    untold = [KILL[0].replace("Police detain Aurora Nord captain", "Rail union calls off"), KILL[2]]
    web.routes["/feed.xml"] = feed_reply(
        rss([killed, _item(web, "kill", "KILL-Rail union calls off strike", untold)])
    )
    assert _daily(config, timedelta(days=2)).exit_code == 0
    assert not (tmp_path / "out" / "brief-2026-11-27.md").exists()
    assert len(_mails(plain_server)) == 2


def test_a_kill_notice_after_the_morning_mail_sends_the_update(
    tmp_path: Path, web: WebServer, plain_server: Server
) -> None:
    """The morning told the grounding and the captain's arrest; at 06:40 the wire kills the
    arrest story, and nothing else came. The update is sent: it says the kill, and tells
    the morning's story without the killed copy's bullets or its source; a rerun with
    nothing more sends nothing."""
    web.routes["/feed.xml"] = feed_reply(
        rss([_item(web, "ferry", KORPO, FERRY), _item(web, "arrest", ARREST_TITLE, ARREST)])
    )
    config = _desk(tmp_path, web, plain_server)
    assert _daily(config).exit_code == 0
    assert "Ekholm" in _body(tmp_path, "2026-11-25")
    killed = _item(web, "arrest", f"KILL-{ARREST_TITLE}", ["KILL - WITHDRAWN", *KILL])
    web.routes["/feed.xml"] = feed_reply(rss([_item(web, "ferry", KORPO, FERRY), killed]))
    late = _daily(config, timedelta(minutes=40))
    assert late.exit_code == 0, late.output
    update = _body(tmp_path, "2026-11-25")
    assert f"An earlier brief told the story “{ARREST_TITLE}”" in update
    rest = "\n".join(line for line in update.splitlines() if not line.startswith("- An earlier"))
    assert "Ekholm" not in rest and "detained the captain" not in rest and "Korpo" in rest
    # the story told again counts the reports it has left, not the morning's
    doc = json.loads((tmp_path / "out" / "brief-2026-11-25.json").read_text(encoding="utf-8"))
    assert all(s["independent"] <= len(s["sources"]) for s in doc["stories"]), doc["stories"]
    mails = _mails(plain_server)
    assert len(mails) == 2 and "CORRECTION" in mails[1]
    assert _daily(config, timedelta(minutes=50)).exit_code == 0
    assert len(_mails(plain_server)) == 2


VOTE_1 = [
    "MARVIK, Sundmark, Nov 23 (Baltic Wire) - Green candidate Ola Brink led Sundmark's mayoral "
    "race with 44.1 percent of the vote, with 9 of 20 wards counted on Monday, the city's "
    "election office said.",
    "Liberal Siri Holm had 38.0 percent.",
]
VOTE_2 = [
    "MARVIK, Sundmark, Nov 24 (Baltic Wire) - Green candidate Ola Brink won Sundmark's mayoral "
    "race with 52.6 percent of the vote, final results from all 20 wards showed on Tuesday.",
    "Liberal Siri Holm had 40.2 percent and conceded.",
]


def _version(tmp_path: Path, name: str, title: str, paragraphs: list[str], url: str) -> Path:
    header = json.dumps({"outlet": "Baltic Wire", "url": url})
    path = tmp_path / f"{name}.txt"
    body = "\n\n".join(paragraphs)
    path.write_text(f"+++ brief-article\n{header}\n+++\n{title}\n\n{body}\n", encoding="utf-8")
    return path


def test_an_update_replaces_the_earlier_version_of_its_item(tmp_path: Path) -> None:
    """A version slugged "UPDATE 1-" under the item's link is the wire's later version,
    with no correction note: the earlier one's 44.1 percent lead is no bullet or figure,
    and the story counts one report. A text under the same link with another lede (a feed
    that links all its items to one page) replaces nothing, nor does an update numbered
    no later."""
    url = "https://wire.example/sundmark-vote"
    first = _version(tmp_path, "v1", "Brink leads as Sundmark counts mayoral votes", VOTE_1, url)
    title = "UPDATE 1-Brink wins Sundmark mayoral race with 52.6 percent"
    second = _version(tmp_path, "v2", title, VOTE_2, url)
    out = tmp_path / "brief.json"
    result = runner.invoke(app, ["make", str(first), str(second), "-o", str(out)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    told = json.dumps([doc["sections"], doc["figures"], doc["bottom_line"], doc["stories"]])
    assert "44.1" not in told and "52.6" in told
    assert doc["sources"][0]["notes"][-1] == "Replaced by source 2, a later version of it."
    assert all("update" not in source for source in doc["sources"])

    other = _version(tmp_path, "other", "UPDATE 2-Rail workers to strike", STRIKE, url)
    result = runner.invoke(app, ["make", str(first), str(other), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "44.1" in json.dumps(json.loads(out.read_text(encoding="utf-8"))["sections"])
    again = _version(tmp_path, "again", "Brink wins Sundmark mayoral race", VOTE_2, url)
    result = runner.invoke(app, ["make", str(first), str(again), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Replaced" not in json.dumps(json.loads(out.read_text(encoding="utf-8"))["sources"])


def _dated(tmp_path: Path, name: str, title: str, paragraphs: list[str], date: str) -> Path:
    header = json.dumps({"outlet": "Baltic Wire", "date": date})
    path = tmp_path / f"{name}.txt"
    body = "\n\n".join(paragraphs)
    path.write_text(f"+++ brief-article\n{header}\n+++\n{title}\n\n{body}\n", encoding="utf-8")
    return path


def test_a_slugged_headline_again_the_next_day_replaces_nothing(tmp_path: Path) -> None:
    """A wire's market report bears the same headline day after day ("UPDATE 1-Oil
    rises ..."): with no link in common, a version of another day is a new item, and the
    earlier day's report stands (review: it had been emptied as "a later version")."""
    monday = ["Oil prices rose on Monday as traders weighed supply cuts by producers."]
    tuesday = ["Oil prices rose on Tuesday as traders weighed supply cuts by producers."]
    first = _dated(tmp_path, "mon", "Oil rises on supply cut talk", monday, "2027-11-22")
    second = _dated(tmp_path, "tue", "UPDATE 1-Oil rises on supply cut talk", tuesday, "2027-11-23")
    out = tmp_path / "brief.json"
    result = runner.invoke(app, ["make", str(first), str(second), "-o", str(out)])
    assert result.exit_code == 0, result.output
    sources = json.loads(out.read_text(encoding="utf-8"))["sources"]
    assert "Replaced" not in json.dumps(sources)


def test_an_updates_number_is_read_off_its_slugs() -> None:
    from brief.ingest.slugs import update_number

    assert update_number("UPDATE 2-Floods kill 31") == 2
    assert update_number("REFILE-UPDATE 3-Floods kill 31") == 3
    assert update_number("WRITETHRU-Floods kill 31") == 1
    assert update_number("(2nd LD) Minister resigns") == 2
    assert update_number("CORRECTED-Floods kill 31") == 0
    assert update_number("UN-backed force lands") == 0


ARENA_TITLE = "Storm tears roof off Lindvall Arena"
ARENA = [
    "LINDVALL, Norrland, Nov 24 (Baltic Wire) - A storm tore part of the roof off the "
    "Lindvall Arena on Tuesday night, hours after a concert had ended, the city's fire "
    "service said.",
    "The Lindvall Arena, a 45,000-seat stadium that opened in 2019, will stay closed for "
    "at least a month, its operator Norrevent said.",
    "Nobody was hurt, the fire service said.",
]
ARENA_NOTE = "(Corrects capacity in paragraph 2 to 41,500 seats, not 45,000)"


def test_a_version_correcting_yesterdays_figure_is_said_so_and_not_marked_new(
    tmp_path: Path, web: WebServer, plain_server: Server
) -> None:
    """r69 F6: the wire corrects a figure of yesterday's story in thousands, its note
    naming a unit the copy writes another way ("to 41,500 seats, not 45,000" of "a
    45,000-seat stadium"). The next morning opens with the notice, its JSON has the
    "version", its mail the CORRECTION line, and the corrected sentence is no "New" point
    (it had been, with no notice: a reader took it for a second stadium)."""
    strike = _item(web, "strike", "Norrland rail workers to strike for 48 hours", STRIKE)
    web.routes["/feed.xml"] = feed_reply(rss([_item(web, "arena", ARENA_TITLE, ARENA), strike]))
    config = _desk(tmp_path, web, plain_server)
    assert _daily(config).exit_code == 0
    assert "45,000-seat" in _body(tmp_path, "2026-11-25")
    corrected = [ARENA_NOTE, ARENA[0], ARENA[1].replace("45,000", "41,500"), ARENA[2]]
    later = _item(web, "arena", f"CORRECTED-{ARENA_TITLE}", corrected)
    web.routes["/feed.xml"] = feed_reply(rss([later, strike]))
    second = _daily(config, timedelta(days=1))
    assert second.exit_code == 0, second.output
    day2 = _body(tmp_path, "2026-11-26")
    assert "An earlier brief gave “45,000”; source" in day2
    doc = json.loads((tmp_path / "out" / "brief-2026-11-26.json").read_text(encoding="utf-8"))
    assert [(w["words"], w["kind"]) for w in doc["withdrawn"]] == [("45,000", "version")]
    told = [b for s in doc["stories"] for b in s["summary"]] + [
        b for s in doc["sections"] for b in s["bullets"]
    ]
    if doc["bottom_line"]:
        told.append(doc["bottom_line"])
    shown = [b for b in told if "41,500-seat" in b["text"]]
    assert shown and not any(b["new"] for b in shown)
    assert not any("41,500" in line and line.startswith("- **New:**") for line in day2.splitlines())
    mails = _mails(plain_server)
    assert len(mails) == 2 and "- An earlier brief gave “45,000”; source" in mails[1]


def test_a_correction_note_reads_figures_in_thousands() -> None:
    """A thousands comma is no clause's comma: "to 81,500 tonnes, not 82,000" gives both
    figures whole; where the wrong words are a figure alone, the right ones' figure is what
    the corrected sentence must hold, whatever unit the note names."""
    from brief.daily.novelty.already_sent import fold
    from brief.daily.novelty.wire_versions import _corrected_words, _corrects

    note = "(Corrects capacity in paragraph 2 to 41,500 seats, not 45,000)"
    assert _corrected_words(note) == ("41,500 seats", "45,000")
    assert _corrected_words("(Corrects toll to 1,204, not 1,240, in paragraph 1)") == (
        "1,204",
        "1,240",
    )
    old, new = fold(ARENA[1]), fold(ARENA[1].replace("45,000", "41,500"))
    assert _corrects(old, new, "41,500 seats", "45,000")
    assert not _corrects(old, fold(ARENA[2]), "41,500 seats", "45,000")
    # a name's correction still needs the name
    assert not _corrects(old, new, "Lena Marosh", "45,000")


def test_a_morning_story_told_again_counts_the_reports_it_has_left() -> None:
    """The morning told a story of two reports, two outlets; by the update a wire killed
    one, and the rebuild grouped the other with another story of the morning's. Each is
    told again as it was, and the one left with one report says one, not the morning's
    two (its header had said "1 source" of a story the JSON called two independent)."""
    from brief.daily.late import keep_told
    from brief.daily.state import DayRecord, ToldStory
    from brief.models import Bullet, SentenceRecord, Source, Story, text_key

    texts = {
        1: "Rail workers in Osloby walked out at dawn over pay.",
        2: "The Osloby rail strike halted all trains, the union said.",
        3: "Bus drivers in Osloby joined the walkout at noon.",
    }
    sources = tuple(
        Source(n, f"{n}.txt", f"{n}.txt", f"sha{n}", 1, title=f"Story {n}") for n in (1, 2, 3)
    )
    killed = replace(sources[1], notes=("Withdrawn by source 4, the wire's kill notice.",))
    sentences = tuple(
        SentenceRecord(text, n, 1, 0.5, "economy", True, {}) for n, text in texts.items()
    )
    bullets = {n: Bullet(text, n, 1, 0.5, "economy") for n, text in texts.items()}
    morning = DayRecord(
        built="2026-11-25T06:00:00+00:00",
        told=(
            ToldStory(
                "rail",
                "Osloby rail workers strike",
                "economy",
                ("sha1", "sha2"),
                (text_key(texts[1]), text_key(texts[2])),
                independent=2,
            ),
            ToldStory(
                "bus", "Osloby bus drivers join", "economy", ("sha3",), (text_key(texts[3]),)
            ),
        ),
    )
    rebuild = bare_briefing(
        sources=(sources[0], killed, sources[2]),
        sentences=sentences,
        stories=(
            Story("x", "Osloby transport strike", (1, 3), 2, "economy", (bullets[1], bullets[3])),
        ),
    )
    told = {story.id: story for story in keep_told(rebuild, morning).stories}
    assert told["rail"].sources == (1,) and told["rail"].independent == 1
    assert told["bus"].sources == (3,) and told["bus"].independent == 1


FLOOD_TITLE = "River Sava floods Brezno's lower town"
FLOOD = [
    "BREZNO - The River Sava burst its banks on Tuesday and flooded the lower town of "
    "Brezno, where the water destroyed 64 houses, the town's civil defence said.",
    "Around 900 people spent the night in the sports hall and two schools.",
    "“Nobody goes back into the lower town until the engineers have checked every wall,” "
    "Mayor Ines Varga said.",
    "The water was expected to fall slowly from Wednesday, the river authority said.",
]
FLOOD_NOTE = (
    "Correction: An earlier version of this article said 64 houses had been destroyed. "
    "The civil defence said 64 buildings were destroyed, 46 of them houses. It also "
    "attributed the quote “Nobody goes back into the lower town” to Mayor Ines Varga. It "
    "was said by deputy mayor Tomas Reli."
)


def test_a_newspapers_corrected_version_is_said_so_in_its_own_words(
    tmp_path: Path, web: WebServer, plain_server: Server
) -> None:
    """r70 F7, F8: a newspaper corrects its flood story in place, its note saying in its
    own words what the earlier version said (no "to X, not Y"): a count of houses and a
    quote given to the wrong official. The next morning opens with both notices, each
    with the note's sentences that tell it, the mail says so, and the corrected count is
    no "New" point: the reader was told the mayor said it, and a fresh 46 had read as
    news."""
    strike = _item(web, "strike", "Norrland rail workers to strike for 48 hours", STRIKE)
    web.routes["/feed.xml"] = feed_reply(rss([_item(web, "flood", FLOOD_TITLE, FLOOD), strike]))
    config = _desk(tmp_path, web, plain_server)
    assert _daily(config).exit_code == 0
    day1 = _body(tmp_path, "2026-11-25")
    assert "— Ines Varga" in day1 and "destroyed 64 houses" in day1
    corrected = [
        FLOOD[0].replace("64 houses", "46 houses"),
        FLOOD[1],
        FLOOD[2].replace("Mayor Ines Varga", "deputy mayor Tomas Reli"),
        FLOOD[3],
        FLOOD_NOTE,
    ]
    web.routes["/feed.xml"] = feed_reply(rss([_item(web, "flood", FLOOD_TITLE, corrected), strike]))
    second = _daily(config, timedelta(days=1))
    assert second.exit_code == 0, second.output
    day2 = _body(tmp_path, "2026-11-26")
    assert "## Withdrawn since an earlier brief" in day2
    assert "An earlier brief gave “64 houses”; source 1, a corrected version, corrects it: " in day2
    assert "An earlier brief gave “Mayor Ines Varga”; source 1" in day2
    assert "It was said by deputy mayor Tomas Reli" in day2
    doc = json.loads((tmp_path / "out" / "brief-2026-11-26.json").read_text(encoding="utf-8"))
    assert [(w["words"], w["kind"]) for w in doc["withdrawn"]] == [
        ("64 houses", "version"),
        ("Mayor Ines Varga", "version"),
    ]
    # each notice tells its own change, not the whole note
    count, speaker = (w["correction"] for w in doc["withdrawn"])
    assert "46 of them houses" in count and "Tomas Reli" not in count.split(":")[1]
    assert speaker.startswith("It also attributed the quote")
    assert not any("46 houses" in line and "**New:**" in line for line in day2.splitlines())
    mails = _mails(plain_server)
    assert len(mails) == 2 and "CORRECTION" in mails[1]
    assert "- An earlier brief gave “Mayor Ines Varga”" in mails[1]


def test_a_note_tells_only_a_change_it_names() -> None:
    """A note's own words say a change only where the corrected copy changes one run of a
    sentence shown (a name and its title, a count), the rest the same, and the note gives
    both the wrong run and the right words: another event's count, a sentence rewritten,
    or a change the note does not name give no notice."""
    from brief.daily.novelty.already_sent import fold
    from brief.daily.novelty.wire_versions import _changed

    note = fold(FLOOD_NOTE)
    old = fold(FLOOD[2])
    assert _changed(
        old, fold(FLOOD[2].replace("Mayor Ines Varga", "deputy mayor Tomas Reli")), note
    ) == (
        "mayor ines varga",
        "deputy mayor tomas reli",
    )
    # the wrong count with its noun, as far as the note gives them in a row
    assert _changed(fold(FLOOD[0]), fold(FLOOD[0].replace("64", "46")), note) == (
        "64 houses",
        "46",
    )
    # a change the note does not name: the mayor for a spokesman it never mentions
    assert (
        _changed(old, fold(FLOOD[2].replace("Mayor Ines Varga", "spokesman Ivo Dolenc")), note)
        is None
    )
    # two runs changed: a rewrite, not the note's correction
    twice = FLOOD[0].replace("64 houses", "46 houses").replace("Tuesday", "Monday")
    assert _changed(fold(FLOOD[0]), fold(twice), note) is None
    # another sentence with the note's figures: no copy of the one shown
    assert (
        _changed(fold(FLOOD[1]), fold("The civil defence said 46 houses were lost."), note) is None
    )


def test_the_wrong_words_quoted_end_where_a_reader_can_say_them() -> None:
    """r75 F14: the note and the sentence shown go on alike past the count ("sold 2.4
    million litres of" fuel, of diesel), and the words quoted had stopped on "of": they
    end on the count's noun."""
    from brief.daily.novelty.already_sent import fold
    from brief.daily.novelty.wire_versions import _changed

    shown = "The depot sold 2.4 million litres of diesel to the fishing fleet on Monday."
    note = fold(
        "Correction: An earlier version of this story said the depot sold 2.4 million"
        " litres of fuel. It sold 1.9 million litres."
    )
    assert _changed(fold(shown), fold(shown.replace("2.4", "1.9")), note) == (
        "the depot sold 2 4 million litres",
        "1 9",
    )


def test_runs_a_note_tells_as_one_change_are_one_notice() -> None:
    """r72 F17: a note that says in one sentence what the earlier version gave ("was 61
    and a pilot") corrects runs the version changed in three sentences: one notice, the
    note's words from the first run to the last, the note once. Runs the note tells in
    sentences of their own stay notices of their own."""
    from brief.daily.novelty.wire_versions import _one_per_change

    note = (
        "Correction: An earlier version of this article said Aroha Tane was 61 and a pilot. "
        "She is 56 and a ferry engineer."
    )
    found = [
        (4, note, "pilot", "A New Zealand ferry engineer has been held in Suva."),
        (4, note, "61", "Aroha Tane, 56, was stopped at the port."),
        (4, note, "a pilot", "“She is an engineer, not a smuggler,” her brother said."),
    ]
    assert _one_per_change(found) == [
        (4, note, "61 and a pilot", "A New Zealand ferry engineer has been held in Suva.")
    ]
    apart = (
        "Correction: An earlier version said 30 boats sank. Eleven sank. "
        "It also gave the harbour master's name as Sefo Lui; he is Sefa Lui."
    )
    two = [(2, apart, "30 boats", "Eleven boats sank."), (2, apart, "Sefo Lui", "Sefa Lui said.")]
    assert _one_per_change(two) == two
