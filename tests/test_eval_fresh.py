"""The fresh-articles scorer runs end to end on two of its articles, and its judge keeps
namesakes apart."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from brief.models import Quote
from tools.eval_fresh import DATA, DATA2, DATA3, _annotated, judge, load, match_people, report

TWO = ("01-pasqua-water.txt", "02-winnipeg-inquest.txt")


def _two_articles(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    rows = []
    for line in (DATA / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["article"] in TWO:
            shutil.copy(DATA / "articles" / row["article"], tmp_path / "articles")
            rows.append(line)
    (tmp_path / "gold.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def test_report_scores_both_halves(tmp_path: Path) -> None:
    text = report(_two_articles(tmp_path))
    rows = [line for line in text.splitlines() if line.startswith(("| even", "| odd", "| all"))]
    assert len(rows) == 6  # quotes and people, each for both halves and all
    assert rows[2].startswith("| all | 2 | ")  # the quotes of both articles
    assert rows[5].split("|")[2].strip() == "13"  # the people both articles name


def test_every_annotated_quote_and_person_is_in_its_article() -> None:
    for article in (*load(DATA), *load(DATA2), *load(DATA3)):
        text = article.path.read_text(encoding="utf-8")
        assert all(quote.text in text for quote in article.quotes), article.path.name
        assert all(person in text for person in article.people), article.path.name


def test_a_shared_surname_needs_the_given_name() -> None:
    people = ["Darnell Kaysaywaysemat", "Lorna Kaysaywaysemat"]
    assert not judge("Darnell Kaysaywaysemat", "Lorna Kaysaywaysemat", people)
    assert judge("Kaysaywaysemat", "Darnell Kaysaywaysemat", people[:1])


def test_the_same_name_in_another_case_is_the_same_speaker() -> None:
    assert judge("al-Qaeda", "Al-Qaeda", [])
    assert judge("Ömer Yıldırım", "Ömer Yıldırım", [])


def test_another_listed_persons_whole_name_is_wrong() -> None:
    people = ["Abel Tomas Reyes", "Abel Reyes"]
    assert not judge("Abel Tomas Reyes", "Abel Reyes", people)
    assert judge("Abel Reyes", "Abel Reyes", people)


def test_people_match_whole_names_before_surnames() -> None:
    match = match_people(["Jordan Paris", "Cheryl Paris"], ["Cheryl Paris", "Paris", "Jordan"])
    assert match.whole == 1
    assert match.by_surname == [("Jordan Paris", "Paris")]
    assert match.extra == ["Jordan"]


def test_a_role_must_agree_on_its_head_and_on_what_dates_it() -> None:
    from tools.eval_fresh import GoldRole, judge_role

    gold = GoldRole("Ana Ruiz", "former governor of Kunar", ("governor of Laghman",))
    assert judge_role("Governor", gold) == "right"  # (the other wording: her office now)
    assert judge_role("former Governor", gold) == "right"
    assert judge_role("acting governor", gold) == "wrong"
    assert judge_role("mayor", gold) == "wrong"
    assert judge_role(None, gold) == "blank"
    assert judge_role("Lt. Col.", GoldRole("X", "Lieutenant Colonel", ())) == "right"
    assert judge_role("spokesman", GoldRole("X", None, ())) == "wrong"


def test_a_role_must_hold_the_word_that_makes_its_title() -> None:
    from tools.eval_fresh import GoldRole, judge_role

    assert judge_role("Lt. Gen.", GoldRole("X", "director general", ())) == "wrong"
    assert judge_role("ISPR Director General", GoldRole("X", "director general", ())) == "right"
    assert judge_role("Minister", GoldRole("X", "Prime Minister", ())) == "wrong"
    assert judge_role("dismissed governor", GoldRole("X", "governor", ())) == "wrong"


def test_a_role_written_before_its_employers_comma_is_headed_by_its_own_word() -> None:
    """ "spokesperson, Harbour Ferries Ltd": the comma sets the employer after the role, as
    "of" would; the head is "spokesperson", not "ltd"."""
    from tools.eval_fresh import _gold_role, judge_role

    gold = _gold_role({"person": "X", "role": "spokesperson, Harbour Ferries Ltd"})
    assert judge_role("spokeswoman", gold) == "right"
    assert judge_role("Harbour Ferries spokesman", gold) == "right"
    assert judge_role("deputy spokesman", gold) == "wrong"
    assert judge_role("mayor", gold) == "wrong"


def test_a_companys_legal_form_is_no_word_that_tells_it_apart() -> None:
    assert judge("Harbour Ferries Ltd", "Harbour Ferries", [])
    assert judge("Harbour Ferries", "Harbour Ferries Ltd.", [])
    assert not judge("Harbour Ferries Ltd", "Harbour Tugs", [])


def test_a_title_glossed_in_brackets_is_read_by_its_gloss_too() -> None:
    """ "mudir (district head) of Abu Tig": the gloss is the title in English; a note in
    brackets after a whole role ("(formerly her deputy)") is no gloss."""
    from tools.eval_fresh import _gold_role, judge_role

    gold = _gold_role({"person": "X", "role": "mudir (district head) of Abu Tig"})
    assert judge_role("district head", gold) == "right"
    assert judge_role("mudir", gold) == "right"
    noted = _gold_role(
        {"person": "X", "role": "interim leader of the group in parliament (formerly her deputy)"}
    )
    assert judge_role("her deputy", noted) == "wrong"


def test_words_quoted_inside_a_quote_match_the_inner_annotated_quote() -> None:
    """brief's inner quote overlaps the outer annotated quote as much as the inner one,
    and by its closing stop (which the annotation leaves out) more: it is the inner's."""
    text = (
        'The warden said: "The keeper wrote to us, "The lamp will fail by winter." '
        'We sent a new lamp." Nothing else was said.'
    )
    outer = 'The keeper wrote to us, "The lamp will fail by winter." We sent a new lamp'
    inner = "The lamp will fail by winter"
    spans = [(text.find(s), text.find(s) + len(s)) for s in (outer, inner)]
    said = Quote("The lamp will fail by winter.", "Ana Roe", "Ana Roe", ())
    assert _annotated(text, said, spans) == [1]
    whole = Quote(outer + ".", "Ben Poe", "Ben Poe", ())
    assert _annotated(text, whole, spans) == [0]
