"""A count an earlier day's brief showed that a report of today's says was wrong (r68 F8:
the agency's own bulletin corrected the displaced count a wire's story had given in its
name, but the two reports were told as two stories, so no notice said the earlier count
no longer stood). Against the real local SMTP server, through `brief daily`'s runner."""

from __future__ import annotations

import json
from pathlib import Path

from brief import config as cfg
from tests.smtp_fixtures import *  # noqa: F403  (the SMTP server fixtures)
from tests.smtp_fixtures import Server, mail_table
from tests.test_daily import TOMORROW, run, write_config

FLOOD = """Lissa river bursts its banks, flooding delta towns

The Lissa river burst its banks near Okra on Monday, flooding the delta towns of Marn and Tebe.

About 12,400 people had been evacuated from the delta by Monday evening, the Lissa Emergency \
Service said.

Governor Pia Dunn said the army would send boats to Marn."""
SHELTERS = """Emergency service opens 40 shelters in Lissa delta

The Lissa Emergency Service opened 40 shelters in schools and sports halls across the delta on \
Monday.

Volunteers handed out 9,000 blankets, the service said."""
FLOOD_LATER = """Lissa floodwaters begin to recede in Marn

Floodwaters began to recede in Marn on Tuesday, and army boats reached villages cut off since \
Monday.

Governor Pia Dunn said roads into Tebe would stay closed until Thursday."""
SHELTERS_FULL = """Emergency service says shelters in Lissa delta are full

The Lissa Emergency Service said on Tuesday that its 40 shelters in the delta were full.

The service said 10,900 people had been evacuated, not 12,400 as it had first reported, after \
a recount of its shelter lists."""


def _put(tmp_path: Path, name: str, outlet: str, text: str) -> None:
    header = json.dumps({"outlet": outlet})
    path = tmp_path / "inbox" / name
    path.write_text(f"+++ brief-article\n{header}\n+++\n{text}\n", encoding="utf-8")


def _two_days(tmp_path: Path, server: Server, outlet: str, correction: str) -> cfg.Config:
    path = write_config(tmp_path, mail=mail_table(server.port), daily='formats = ["md"]')
    _put(tmp_path, "a.txt", "Delta Wire", FLOOD)
    _put(tmp_path, "b.txt", "Lissa Emergency Service", SHELTERS)
    config = cfg.load(path)
    run(config)
    _put(tmp_path, "c.txt", "Delta Wire", FLOOD_LATER)
    _put(tmp_path, "d.txt", outlet, correction)
    return config


def test_the_givers_own_correction_of_its_count_is_said_in_another_story(
    tmp_path: Path, plain_server: Server
) -> None:
    """Yesterday's flood story gave "12,400 people had been evacuated, the Lissa Emergency
    Service said"; today the service's own release, a story of its own, says 10,900, "not
    12,400 as it had first reported". The flood story goes on today, and the count's giver
    corrects it: the brief says so, with the count as it was shown (its thousands too)."""
    config = _two_days(tmp_path, plain_server, "Lissa Emergency Service", SHELTERS_FULL)
    report = run(config, now=TOMORROW)
    assert report.briefing is not None
    assert len(report.briefing.stories) == 2
    (notice,) = report.briefing.withdrawn
    assert notice.words == "12,400 people" and "not 12,400 as it had first" in notice.correction
    mails = [m.get_body(("plain",)) for m in plain_server.handler.messages]
    assert mails[-1] is not None and "- An earlier brief gave “12,400 people”" in str(
        mails[-1].get_content()
    )


def test_another_outlets_correction_of_the_same_count_in_another_story_says_nothing(
    tmp_path: Path, plain_server: Server
) -> None:
    """The same words from an outlet the earlier sentence does not name (a town's mayor,
    in a local paper's story of its own) may be of another count: no notice."""
    local = SHELTERS_FULL.replace("The Lissa Emergency Service said", "Okra's mayor said").replace(
        "The service said", "The mayor said"
    )
    config = _two_days(tmp_path, plain_server, "Okra Courier", local)
    report = run(config, now=TOMORROW)
    assert report.briefing is not None and report.briefing.withdrawn == ()


def test_a_count_in_thousands_is_read_as_folding_leaves_it() -> None:
    """Folding takes the comma out of "14,500" ("14 500"): the count shown is still read."""
    from brief.daily.novelty.already_sent import fold
    from brief.daily.novelty.corrections import _count_of
    from brief.rank.coverage import content_stems

    displaced = frozenset(content_stems("displaced", "english"))
    shown = fold("Some 31 were missing and 14,500 had been displaced, the agency said.")
    assert _count_of(shown, 14500, displaced, "english") == "14,500 had been displaced"
    assert _count_of(shown, 500, displaced, "english") == ""
