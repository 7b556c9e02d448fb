"""A given name and its short or familiar form ("Ken" and "Kenneth") beside one surname in
one article are one person, named by the fuller form; two people where the article tells
them apart, and never across articles."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from brief.extract.actors import find_actors
from brief.extract.actors.tallies.name_forms import short_form_of
from brief.models import Actor, Sentence
from tests.conftest import ROOT
from tests.extract_helpers import quotes_of, sentences


def by_name(actors: tuple[Actor, ...]) -> dict[str, Actor]:
    return {a.name: a for a in actors if a.kind == "person"}


def test_a_short_form_of_a_given_name_is_the_same_persons() -> None:
    found = sentences(
        "Ken Starr said the inquiry would go on.",
        "Independent counsel Kenneth Starr met the grand jury on Monday.",
        'Starr said: "We will follow the evidence."',
    )
    actors = by_name(find_actors(found))
    assert "Ken Starr" not in actors
    starr = actors["Kenneth Starr"]
    assert starr.spellings == ("Ken Starr",)
    assert starr.role == "Independent counsel"
    assert starr.mentions == 3  # the bare "Starr" too: no second Starr to share it with
    assert [q.actor for q in quotes_of(found)] == ["Kenneth Starr"]


def test_the_dictionarys_short_forms_and_the_words_files() -> None:
    assert short_form_of("Bill", "William") and short_form_of("Liz", "Elizabeth")
    assert short_form_of("Bob", "Robert") and short_form_of("Alex", "Alexander")
    assert short_form_of("Sasha", "Aleksandr")  # words.toml's given_name_forms
    assert short_form_of("Sasha", "Aleksander")  # a spelling of a listed full form
    assert not short_form_of("William", "Bill")  # a full form is no short one
    assert not short_form_of("Alex", "Alexandra")  # the names' genders differ
    assert not short_form_of("Ken", "Ken")


def test_both_forms_in_one_sentence_are_two_people() -> None:
    actors = by_name(
        find_actors(
            sentences(
                "Bill Smith and William Smith, his cousin, both ran for the seat.",
                "Bill Smith won.",
                "William Smith lost.",
            )
        )
    )
    assert {"Bill Smith", "William Smith"} <= set(actors)


def test_two_offices_or_two_articles_are_two_people() -> None:
    found = [
        Sentence("Coach Bob Harlan praised the defence.", 1, 1, 0),
        Sentence("Senator Robert Harlan voted against the bill.", 1, 2, 0),
        Sentence("Liz Okafor opened the bakery in 2010.", 2, 1, 0),
        Sentence("Elizabeth Okafor won the marathon.", 3, 1, 0),
    ]
    actors = by_name(find_actors(found))
    assert {"Bob Harlan", "Robert Harlan", "Liz Okafor", "Elizabeth Okafor"} <= set(actors)


def test_a_short_form_that_may_be_either_of_two_full_names_is_neither() -> None:
    actors = by_name(
        find_actors(
            sentences(
                "Alexander Mbeki chairs the board.",
                "Alexandra Mbeki runs the charity.",
                "Alex Mbeki said the plan was sound.",
            )
        )
    )
    assert {"Alexander Mbeki", "Alexandra Mbeki"} <= set(actors)
    assert all("Alex Mbeki" not in a.spellings for a in actors.values())


def test_a_data_folders_short_forms_add_to_the_dictionarys_and_are_checked(
    tmp_path: Path,
) -> None:
    """words.toml's [values.given_name_forms] in a user's data folder replaces the
    packaged table (gender-guesser's pairs stay), and a form that is no lower-case word
    is a ConfigError naming the key, as soon as the file's values are read."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "words.toml").write_text(
        '[values.given_name_forms]\nbongi = "nobongile"\n', encoding="utf-8"
    )
    code = f"""
from pathlib import Path
from brief import data_folder
data_folder.use(Path({str(folder)!r}))
from brief.extract.actors.tallies.name_forms import listed_short_form
print(listed_short_form("Bongi", "Nobongile"), listed_short_form("Ken", "Kenneth"),
      listed_short_form("Sasha", "Aleksandr"))
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True", "True", "False"]
    (folder / "words.toml").write_text(
        '[values.given_name_forms]\nbongi = "Nobongile-X"\n', encoding="utf-8"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert "values.given_name_forms: 'Nobongile-X' is no lower-case word" in run.stderr
    # with the file, not when a text first names one surname with two given names
    other = code.split("from brief.extract.actors")[0] + (
        "from brief.extract.lexicon import number_words\nnumber_words()\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", other], capture_output=True, text=True, timeout=120, env=env
    )
    assert "values.given_name_forms: 'Nobongile-X' is no lower-case word" in run.stderr
