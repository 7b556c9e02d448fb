"""A length of time says what lasted, or is no key figure in the print (r76 F24's rest):
the verb whose "for" or "to" takes it comes with it ("waiting for up to 30 hours",
"kept awake for two nights"), and a bare one ("two months") stays in the JSON only.
Invented texts of other settings."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from brief.extract.figures import find_figures
from brief.models import Sentence


def lengths(text: str) -> list[str]:
    found = [Sentence(text, 1, 1, 0)]
    return [f.text for f in find_figures(found, {1: "2029-09-12"}) if f.kind == "measure"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Lorry drivers said they had been waiting for up to 30 hours.",
            "waiting for up to 30 hours",
        ),
        ('"I was kept awake for two nights," the fisherman said.', "kept awake for two nights"),
        ("The ferry's captain was jailed for 12 years in 2021.", "jailed for 12 years"),
        ("The lighthouse keeper was sentenced to five years.", "sentenced to five years"),
        ("The port's cranes stood idle for three nights.", "stood idle for three nights"),
        # no verb next to its preposition, a pronoun in -ing, a possessive: as written
        ("The court ordered him held in custody for two months.", "two months"),
        ("The council had done nothing for eight years.", "eight years"),
        ("The firm agreed to three years' monitoring of its accounts.", "three years"),
    ],
)
def test_a_length_keeps_the_verb_that_takes_it(text: str, figure: str) -> None:
    assert lengths(text) == [figure]


def test_a_bare_length_is_no_printed_key_figure(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from brief.options import Options
    from brief.pipeline import build
    from brief.render.view import shown_figures

    path = tmp_path / "a.txt"
    path.write_text(
        "Court keeps ferry captain in custody\n\nPorto Vell, 12 May 2029\n\n"
        "A court in Porto Vell on Tuesday ordered the ferry's captain held in custody for"
        " two months.\n\nThe ferry ran aground with 212 passengers on board.\n",
        encoding="utf-8",
    )
    briefing = build([str(path)], Options(now=datetime(2029, 5, 13, 6, 0, tzinfo=UTC)))
    assert "two months" in [f.text for f in briefing.figures]
    assert "two months" not in [f.text for f, _ in shown_figures(briefing)]
