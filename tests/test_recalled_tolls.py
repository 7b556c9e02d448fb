"""A report that gives another's toll as an earlier count is the later of the two: its
toll leads their story and the other's is no bullet, whatever places the two name."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from brief.cli import app
from brief.models import Corpus, Document, Sentence, Source, StoryGroup
from brief.pipeline.superseded.death_tolls import lower_tolls, recalled_counts

runner = CliRunner()

# Two reports of one day of an invented storm, naming only its districts: the morning's
# correction down, and a later wire that recalls it.
ONE_DAY = {
    "a-correction.txt": (
        "Storm Odo toll revised to 8 after a double count",
        "Pell Daily | Harrow | 12 May 2027",
        "The district relief office on Wednesday morning revised the death toll from Storm Odo"
        " to 8, after two victims in Marrow district had been counted twice.",
        "Four people remain missing in the hills above Harrow.",
        "Relief workers are handing out rice and tarpaulins in Marrow.",
    ),
    "b-wire.txt": (
        "Storm Odo toll climbs to 13 as bodies are found in a mudslide",
        "HARROW, May 12, 2027 (Coastal Wire) - The death toll from Storm Odo rose to 13 on"
        " Wednesday after rescuers recovered five bodies from a mudslide in Marrow district,"
        " relief officials said.",
        "The relief office had earlier on Wednesday lowered the toll of 10 to 8, saying two"
        " victims had been counted twice.",
        "Two people are still missing, officials said.",
        "Soldiers are clearing the road between Harrow and Marrow.",
    ),
}


def test_a_count_given_as_an_earlier_reports_is_recalled() -> None:
    assert recalled_counts("The office had reported nine deaths on Tuesday evening.") == {9.0}
    assert recalled_counts("Officials had earlier put the death toll at 1,200.") == {1200.0}
    assert not recalled_counts("The toll rose to 13 on Wednesday, officials said.")
    assert not recalled_counts("The ministry said it had recorded 40 deaths.")


def test_a_toll_a_later_report_recalls_is_stale_whatever_places_it_names() -> None:
    texts = [
        (1, 1, "The relief office revised the death toll from the storm to 8."),
        (2, 1, "The death toll from the storm rose to 13 on Wednesday."),
        (2, 2, "The relief office had earlier lowered the toll of 10 to 8."),
    ]
    unique = [Sentence(text, source, index, 0) for source, index, text in texts]
    documents = tuple(
        Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date="2027-05-12"), None, ())
        for n in (1, 2)
    )
    corpus = Corpus(documents, tuple(unique))
    assert lower_tolls(corpus, unique, [StoryGroup((1, 2))]) == {0}
    # another story's recalled count is none of this one's
    assert not lower_tolls(corpus, unique, [StoryGroup((1,)), StoryGroup((2,))])


def test_the_report_that_recalls_the_others_toll_heads_and_leads(
    tmp_path: Path, fixed_clock: object
) -> None:
    """A later wire's 13, which recalls the morning's corrected 8 as earlier, had been
    the third bullet of a story headed and led by the 8 (r48 H1)."""
    for file, texts in ONE_DAY.items():
        (tmp_path / file).write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    out = tmp_path / "brief.json"
    result = runner.invoke(app, ["make", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    brief = json.loads(out.read_text(encoding="utf-8"))
    (story,) = brief["stories"]
    assert story["title"].startswith("Storm Odo toll climbs to 13")
    texts = [b["text"] for b in story["summary"]]
    assert texts[0].startswith("The death toll from Storm Odo rose to 13")
    assert not any("revised the death toll" in t for t in texts), texts
