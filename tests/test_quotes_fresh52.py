"""Speech and speakers as news English marks them in transport copy (fresh52's odd half): a
speaker a long title describes whom the next sentence names under a short form of it, a
body that "which" and a speech verb show is no person, a recording's labels that name an
office of two words, a body's possessive before a speaker's role, a writing that "goes
on:", someone unnamed whose name the next sentence gives, and a given name cut short.
Invented texts of other settings only."""

from __future__ import annotations

from pathlib import Path

from brief.extract.actors import find_actors
from tests.extract_helpers import quotes_of, sentences_of, speakers


def article(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    """The quotes of an article read through the product's own ingest and segmenter."""
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [(q.text, q.actor) for q in quotes_of(sentences_of(path))]


def test_a_long_title_is_named_in_the_next_sentence_under_its_short_form(tmp_path: Path) -> None:
    quotes = article(
        tmp_path,
        "Watchdog fines dairy cartel\nLAKES LEDGER\n\n"
        '"Every one of these meetings was minuted. We have the minutes," the Commission\'s'
        " Director of Enforcement told reporters in Tallinn. The director, Kaja Tamm, a"
        " former prosecutor, said appeals were expected.\n",
    )
    said = ("Every one of these meetings was minuted. We have the minutes", "Kaja Tamm")
    assert quotes[0] == said


def test_a_short_form_of_another_title_names_no_one(tmp_path: Path) -> None:
    quotes = article(
        tmp_path,
        "Watchdog fines dairy cartel\nLAKES LEDGER\n\n"
        '"Every one of these meetings was minuted," the Commission\'s Director of'
        " Enforcement told reporters in Tallinn. The spokesperson, Kaja Tamm, said appeals"
        " were expected.\n",
    )
    assert quotes[0][1] is None


def actors_of(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return {actor.name: actor.kind for actor in find_actors(list(sentences_of(path)))}


def test_a_name_that_which_and_a_speech_verb_follow_is_a_body(tmp_path: Path) -> None:
    text = (
        "Orchard exports halted\nVALLEY POST\n\n"
        "Growers said the ban would cost the region its best season.\n\n"
        "Kowhai Fresh said on Monday it had stopped loading at the port.\n\n"
        "Kowhai Fresh, which packs most of the valley's apples, said in a statement that it"
        ' was "reviewing every contract."\n'
    )
    assert actors_of(tmp_path, text).get("Kowhai Fresh") == "organisation"
    assert ("reviewing every contract.", "Kowhai Fresh") in article(tmp_path, text)


def test_a_which_after_a_clause_ending_in_a_name_is_the_clauses(tmp_path: Path) -> None:
    text = (
        "Chess title decided\nVALLEY POST\n\n"
        "The title went to Anya Petrov, which surprised no one at the club.\n\n"
        '"I studied every game he played," Anya Petrov said.\n'
    )
    assert actors_of(tmp_path, text).get("Anya Petrov") == "person"


def test_a_label_of_a_two_word_office_is_the_one_who_holds_it(tmp_path: Path) -> None:
    quotes = article(
        tmp_path,
        "Tug grounding: the bridge recording\nHARBOUR NEWS\n\n"
        "The investigators printed the last minute of the bridge recording:\n\n"
        "Captain: Port ten.\n\n"
        "Chief Officer: Port ten? We are losing pressure.\n\n"
        "Captain: Stop engines.\n\n"
        "Chief Officer: Engines stopped.\n\n"
        "The captain, Ivar Lund, 58, had commanded the tug for nine years. The chief"
        " officer, Petra Holm, had joined in March.\n",
    )
    assert ("Port ten? We are losing pressure.", "Petra Holm") in quotes
    assert ("Stop engines.", "Ivar Lund") in quotes


def test_a_bodys_possessive_opens_a_tag_whose_apposition_names_the_speaker() -> None:
    said = speakers(
        "Tasman Rail cancelled forty services on Monday.",
        '"Every passenger will be refunded within a week," its chief executive, Jane Roe,'
        " said in a video.",
    )
    assert said == [("Every passenger will be refunded within a week", "Jane Roe")]


def test_a_writing_that_goes_on_after_a_colon_is_its_authors(tmp_path: Path) -> None:
    quotes = article(
        tmp_path,
        "Landlord jailed\nCOUNTY TIMES\n\n"
        "In a statement read to the court by her solicitor, the tenant, Moira Quinn, said the"
        ' damp had "taken two winters from my children." The statement went on: "We slept'
        ' in the kitchen. We were never warm."\n',
    )
    assert ("We slept in the kitchen. We were never warm.", "Moira Quinn") in quotes


def test_going_on_before_a_colon_says_the_words_and_going_on_about_does_not() -> None:
    said = speakers('Jo Roe, the harbour master, went on: "We will dredge it in May."')
    assert said == [("We will dredge it in May.", "Jo Roe")]
    said = speakers('Jo Roe, the harbour master, went on about "the finest harbour" for an hour.')
    assert all(speaker is None for _, speaker in said)


def test_someone_brought_in_unnamed_is_the_one_the_next_sentence_names(tmp_path: Path) -> None:
    quotes = article(
        tmp_path,
        "Snowed in at the pass\nOUTDOOR JOURNAL\n\n"
        "By the second night the hut was full. A man by the stove was sharpening a pencil."
        ' He said, "I have been snowed in here four times. The soup gets better." His name'
        " was Tomas Bergin, and he had walked the pass every winter since 1990.\n",
    )
    said = ("I have been snowed in here four times. The soup gets better.", "Tomas Bergin")
    assert said in quotes


def test_a_name_given_of_the_other_gender_names_no_speaker(tmp_path: Path) -> None:
    quotes = article(
        tmp_path,
        "Snowed in at the pass\nOUTDOOR JOURNAL\n\n"
        "By the second night the hut was full. A man by the stove was sharpening a pencil."
        ' He said, "I have been snowed in here four times." Her name was Ingrid Moe, and she'
        " ran the hut.\n",
    )
    assert ("I have been snowed in here four times.", None) in quotes


def test_a_given_name_cut_short_is_the_one_named_in_full(tmp_path: Path) -> None:
    quotes = article(
        tmp_path,
        "The winter the ferry stopped\nISLAND QUARTERLY\nBy Ruth Anand\n\n"
        "The man who kept the ferry's log that winter was Douglas Frane, a retired"
        " lighthouse keeper, and Marta Frane, his wife, kept the tea urn going.\n\n"
        '"She runs the island, not me," Doug said. Doug says he still has the log.\n',
    )
    assert ("She runs the island, not me", "Douglas Frane") in quotes


def test_a_short_word_of_the_other_gender_is_no_ones_given_name(tmp_path: Path) -> None:
    text = (
        "The winter the ferry stopped\nISLAND QUARTERLY\nBy Ruth Anand\n\n"
        "The ferry's log that winter was kept by Alison Frane, a retired lighthouse keeper.\n\n"
        '"She runs the island, not me," Al said.\n'
    )
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    people = {a.name: a.spellings for a in find_actors(list(sentences_of(path)))}
    assert "Al" not in people.get("Alison Frane", ())
