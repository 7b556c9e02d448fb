"""A sentence that restates background (r65 F2): "X also advises against all travel", "Y
already advises against all travel" beside a report's own news is weaker news than
any report's own event (pipeline.drafts.restated_background). Every text here is
invented."""

from __future__ import annotations

import json
import textwrap
from datetime import UTC, datetime
from pathlib import Path

from brief.models import Briefing, Sentence
from brief.options import Options
from brief.pipeline import build
from brief.pipeline.drafts import restated_background

NOW = datetime(2027, 5, 12, 5, 0, tzinfo=UTC)

ADVISORY = """\
    Quarn: Oslan government raises its advice to do not travel after Lesk bombing

    The Oslan foreign ministry on Tuesday raised its travel advice for Quarn to its highest
    level, do not travel, citing the bombing of the Harbour View hotel in Lesk on Sunday
    and the risk of further bombings of hotels in Lesk.

    The advice says the Harbour View hotel bombers and other armed groups continue to plan
    attacks on hotels and markets in Lesk, and that the embassy in Lesk can offer only
    limited help outside the capital.

    The Brenish foreign office already advises against all travel to Quarn.

    Tavria and Morrow also advise against all travel to the country.
    """
STRAGGLER = """\
    Lesk hotel bombing: police arrest two suspects as death toll rises

    Police in Lesk arrested two men on Monday over the bombing of the Harbour View hotel,
    the interior ministry said, as the number of dead rose to nine.

    The two suspects were detained at a checkpoint on the road to the port of Amsa after a
    taxi driver recognised one of them from a police photograph.

    The coastal highway between Lesk and Amsa stayed closed to traffic on Monday evening,
    and soldiers searched every car leaving the capital.
    """


def _article(folder: Path, name: str, day: str, text: str) -> Path:
    path = folder / name
    header = f"+++ brief-article\n{json.dumps({'date': day})}\n+++\n"
    path.write_text(header + textwrap.dedent(text), encoding="utf-8")
    return path


def _bullets(briefing: Briefing) -> list[tuple[str, str]]:
    names = {s.number: Path(s.path).name for s in briefing.sources}
    return [(names[b.source], b.text) for story in briefing.stories for b in story.bullets]


def test_a_story_tells_a_straggler_s_news_before_background_restated(tmp_path: Path) -> None:
    paths = [
        _article(tmp_path, "advisory.txt", "2027-05-12", ADVISORY),
        _article(tmp_path, "police.txt", "2027-05-11", STRAGGLER),
    ]
    inputs = [str(p) for p in paths]
    plain = build(inputs, Options(now=NOW))
    assert len(plain.stories) == 1
    straggler = next(s.number for s in plain.sources if s.path.endswith("police.txt"))
    held = build(inputs, Options(now=NOW), background=frozenset({straggler}))
    told = _bullets(held)
    assert told[0][0] == "advisory.txt"  # the day's report leads
    assert "police.txt" in {name for name, _ in told}  # a place the filler had held
    assert not any(" also " in text or " already " in text for _, text in told)


def _sentences(*texts: str) -> list[Sentence]:
    return [Sentence(text=t, source=n, index=1, paragraph=0) for n, t in enumerate(texts)]


def test_another_party_given_the_same_predicate_restates_it() -> None:
    found = restated_background(
        _sentences(
            "The Brenish foreign office already advises against all travel to Quarn.",
            "Tavria and Morrow also advise against all travel to the country.",
            "The Oslan foreign ministry raised its travel advice for Quarn to do not travel.",
        ),
        "english",
    )
    assert found == {0, 1}


def test_also_before_a_predicate_of_its_own_is_news() -> None:
    found = restated_background(
        _sentences(
            "The storm killed 12 people in the north of Quarn on Monday.",
            "The storm also destroyed 200 homes in the north of Quarn.",
            "Tavria, which also advises against all travel, closed its embassy in Lesk.",
            "Officials in Lesk also said that the coastal highway would reopen on Friday.",
        ),
        "english",
    )
    assert found == set()


def test_a_copy_of_the_same_sentence_is_no_other_party() -> None:
    found = restated_background(
        _sentences(
            "The cyclone also flattened crops around the port of Amsa on Monday.",
            "The cyclone also flattened the crops around Amsa port on Monday.",
        ),
        "english",
    )
    assert found == set()
