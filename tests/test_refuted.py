"""A claim the same story calls false, and the verdict that says so, are no bullet or
bottom line on their own (pipeline.refuted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import parse_text
from brief.models import Source
from brief.options import Options
from brief.pipeline import build
from brief.pipeline.refuted import refuted_claims
from brief.segment import segment

CLAIM = "A video shared widely online claims that the Elsey dam has burst and 200 have drowned."
FACT = "The Elsey water board said the dam was intact and under inspection."


def unique(text: str) -> list[str]:
    corpus = segment([parse_text(text, Source(1, "a.txt", "a.txt", "0" * 64, 0))])
    return [corpus.sentences[k].text for k in sorted(refuted_claims(corpus.sentences))]


@pytest.mark.parametrize(
    "verdict",
    [
        "There is no evidence for this claim.",
        "The claim is false.",
        "This is untrue.",
        "These posts have been thoroughly debunked.",
    ],
)
def test_a_claim_and_its_verdict_are_set_aside(verdict: str) -> None:
    text = f"Dam rumour checked\n\n{CLAIM} {verdict}\n\n{FACT}\n"
    assert unique(text) == [CLAIM, verdict]


@pytest.mark.parametrize(
    "sentence",
    [
        "The report found no evidence of fraud at the water board.",
        "The board said a claim for damages was unfounded in law, and paid nothing.",
        "The post also used a photograph of a 2012 flood.",
        # one side's reply, in its own voice, is no verdict of the story
        "The claim is false, a spokesman for the board told reporters.",
        "The video is fake, according to the board.",
    ],
)
def test_a_sentence_that_refutes_nothing_said_before_sets_nothing_aside(sentence: str) -> None:
    assert unique(f"Dam rumour checked\n\n{CLAIM} {sentence}\n\n{FACT}\n") == []


def test_a_fact_check_alone_does_not_open_on_the_false_claim(tmp_path: Path) -> None:
    path = tmp_path / "check.txt"
    path.write_text(
        f"Fact check: the Elsey dam has not burst\n\n{CLAIM} There is no evidence for this "
        f"claim.\n\n{FACT}\n\nEngineers inspected the dam on Friday morning.\n",
        encoding="utf-8",
    )
    briefing = build([str(path)], Options())
    shown = [b.text for b in briefing.summary]
    shown += [b.text for section in briefing.sections for b in section.bullets]
    assert CLAIM not in shown
    assert FACT in shown


@pytest.mark.parametrize(
    ("news", "reply"),
    [
        (
            "Prosecutors in Elsey on Monday charged the harbour master with taking bribes.",
            "The charges are baseless, his lawyer told a press conference.",
        ),
        (
            "A council report found that the harbour wall was built with cheap concrete.",
            "The report is misleading.",
        ),
    ],
)
def test_news_and_the_reply_to_it_are_no_refuted_claim(news: str, reply: str) -> None:
    assert unique(f"Harbour news\n\n{news} {reply}\n\n{FACT}\n") == []


def test_a_claim_a_later_report_calls_false_in_its_own_voice_is_no_bullet(tmp_path: Path) -> None:
    """r71 F2: a paper's "mine to close over ... , sources say" and the mining company's
    statement of the next day that "Reports ... that the mine would close ... are false":
    the claim is no lead, no bullet and no headline; the statement's lede leads and its
    headline heads, and its verdict may be a bullet. Said by someone in its sentence
    ("..., his lawyer said"), the verdict is a side's reply, and the claim stays."""
    rumour = tmp_path / "rumour.txt"
    rumour.write_text(
        "Tarsen copper mine to close over acid spill, sources say\n"
        "The Orvik Courier | By Staff Writer | 4 June 2026\n\n"
        "The Tarsen copper mine near Orvik will close for six months because of an acid"
        " spill into the Lem river, sources at the mine have told this newspaper.\n\n"
        "Posts on social media since Monday say contractors have been sent home.\n\n"
        "Holmen Mining did not respond to requests for comment.\n",
        encoding="utf-8",
    )
    statement = tmp_path / "statement.txt"
    statement.write_text(
        "Holmen Mining: Tarsen mine working normally\n"
        "Holmen Mining | Press statement | 5 June 2026\n\n"
        "Holmen Mining says the Tarsen copper mine near Orvik is working normally.\n\n"
        "Reports on social media and in one newspaper that the mine would close because of"
        " an acid spill into the river are false.\n\n"
        "Water tests below the mine were within safe limits on Tuesday, the company's"
        " safety director Ruth Aalberg said.\n\n"
        "Contractors should rely only on notices from the company.\n",
        encoding="utf-8",
    )
    briefing = build([str(rumour), str(statement)], Options())
    shown = [b.text for b in briefing.summary]
    shown += [b.text for section in briefing.sections for b in section.bullets]
    assert not any("will close for six months" in text for text in shown)
    assert any("working normally" in text for text in shown)
    assert "working normally" in briefing.title
    # said by someone, the verdict is a reply: the claim stays
    statement.write_text(
        statement.read_text(encoding="utf-8").replace(
            "river are false.", "river are false, the company's lawyer said."
        ),
        encoding="utf-8",
    )
    briefing = build([str(rumour), str(statement)], Options())
    shown = [b.text for b in briefing.summary]
    shown += [b.text for section in briefing.sections for b in section.bullets]
    assert any("will close for six months" in text for text in shown)
