"""A count another report of its story corrects ("Seven crew members were kidnapped, not
six as the ship's manager first said") is no bullet and heads no story: a reader given both
numbers has nothing to say which is current."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from brief.cli import app
from brief.extract.figures.earlier_counts import counted_nouns
from brief.models import Corpus, Document, Sentence, Source, StoryGroup
from brief.pipeline.superseded.counts import corrected_counts

_FIRST = (
    "Gunmen abducted six crew members from the product tanker Sea Heron off Bonny Island "
    "early on Wednesday, the vessel's manager said."
)
_UPDATE = (
    "Seven crew members were kidnapped, not six as the ship's manager first said, the navy "
    "said in an update on Wednesday evening."
)


def _corpus(unique: list[Sentence], days: dict[int, str]) -> Corpus:
    documents = tuple(
        Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=day), None, ())
        for n, day in sorted(days.items())
    )
    return Corpus(documents, tuple(unique))


def test_a_count_another_report_corrects_is_stale() -> None:
    unique = [
        Sentence(_FIRST, 1, 1, 1),
        Sentence("The remaining crew sailed the tanker to a safe anchorage.", 1, 2, 2),
        Sentence(_UPDATE, 2, 1, 1),
    ]
    corpus = _corpus(unique, {1: "2027-03-10", 2: "2027-03-10"})
    assert corrected_counts(corpus, unique, [StoryGroup((1, 2))]) == {0}
    # another story's correction corrects nothing of this one
    assert not corrected_counts(corpus, unique, [StoryGroup((1,)), StoryGroup((2,))])
    # a correction of a day before the count's does not make the later report stale
    earlier = _corpus(unique, {1: "2027-03-11", 2: "2027-03-10"})
    assert not corrected_counts(earlier, unique, [StoryGroup((1, 2))])


def test_the_same_number_of_another_thing_is_not_corrected() -> None:
    unique = [
        Sentence("Six patrol boats joined the search on Wednesday, the navy said.", 1, 1, 1),
        Sentence(_UPDATE, 2, 1, 1),
    ]
    corpus = _corpus(unique, {1: "2027-03-10", 2: "2027-03-10"})
    assert not corrected_counts(corpus, unique, [StoryGroup((1, 2))])


def test_what_a_count_counts() -> None:
    assert counted_nouns("Seven crew members were kidnapped", "members") == {"crew", "members"}
    assert counted_nouns("abduct six crew", "crew") == {"crew"}
    assert counted_nouns("kill 30", "dead") == {"dead"}


def test_a_corrected_headline_heads_no_story(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text(
        f"Gunmen abduct six crew from tanker off Bonny\n\n{_FIRST}\n"
        "No group has claimed the attack.\n",
        encoding="utf-8",
    )
    update = tmp_path / "b.txt"
    update.write_text(
        f"{_UPDATE}\nThe manager confirmed the revised figure, the navy said on Wednesday.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.md"
    result = CliRunner().invoke(app, ["make", str(first), str(update), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    title, body = text.split("\n", 1)
    assert "six crew" not in title
    assert title.startswith("# Seven crew members were kidnapped")
    assert "Gunmen abducted six crew members" not in body.split("## Sources")[0]


def test_a_corrected_count_is_no_key_figure(tmp_path: Path) -> None:
    """The navy's correction names the count it corrects by another verb ("abducted",
    "kidnapped") than the manager's: one count of one thing (a noun in common: "crew",
    "members"), read as the bullets read it (superseded.Correction), so the manager's six
    is no key figure beside the seven."""
    first = tmp_path / "a.txt"
    first.write_text(
        f"Gunmen abduct six crew from tanker off Bonny\n\n{_FIRST}\n", encoding="utf-8"
    )
    update = tmp_path / "b.txt"
    update.write_text(f"{_UPDATE}\n", encoding="utf-8")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(app, ["make", str(first), str(update), "-o", str(out)])
    assert result.exit_code == 0, result.output
    figures = [f["text"] for f in json.loads(out.read_text(encoding="utf-8"))["figures"]]
    assert figures == ["Seven crew members were kidnapped"]
