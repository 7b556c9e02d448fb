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


def test_an_amount_set_aside_is_no_figure_there_or_in_another_story() -> None:
    """r75 F1: a port authority's release says its throughput "reached 4.3 million tonnes
    in May, not 4.6 million tonnes as stated on Monday"; the 4.6 is no key figure of the
    release, nor of the director's briefing that gave it in the same words of the same
    thing, a story of its own. Another amount of that briefing stays, and so does the
    same amount of another thing elsewhere."""
    from brief.extract.figures import find_figures, stale_tolls

    texts = {
        (1, 1): "Cargo throughput reached 4.6 million tonnes in May, the port's director told"
        " a briefing on Monday.",
        (1, 2): "The dredging of the outer channel will cost 120 million dollars, he said.",
        (2, 1): "Cargo throughput reached 4.3 million tonnes in May, not 4.6 million tonnes as"
        " stated on Monday, because transit cargo was counted twice.",
        (3, 1): "Grain loadings at Tarn came to 4.6 million tonnes in May, the exporters'"
        " association said.",
    }
    found = [
        f
        for source in (1, 2, 3)
        for f in find_figures([Sentence(t, s, k, 0) for (s, k), t in texts.items() if s == source])
        if f.kind != "date"
    ]
    assert [(f.text, f.sentence.source) for f in found] == [
        ("4.6 million tonnes", 1),
        ("120 million dollars", 1),
        ("4.3 million tonnes", 2),
        ("4.6 million tonnes", 3),
    ]
    stale = stale_tolls(
        found,
        lambda f: True,
        lambda f: f.sentence.source,  # three stories
        lambda m: texts[(m.source, m.index)],
    )
    assert [(f.text, f.sentence.source) for f in stale] == [("4.6 million tonnes", 1)]
