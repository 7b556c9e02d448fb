"""Speakers and titles a presenter reads on air (r74): the listener an opening "Speaking
to" names is no speaker, a statement read for another is never the reader's own, a role
an apposition dates to the past is no title for today, the office a present "becomes"
gives is, an owned ministry's words stay its owner's, a quote opening with an adjunct's
preposition is the report's, "told state television" names the one told, a press
service speaks for its body, an opening "New" and a kin noun's "His" are read. Invented
texts of other settings only."""

from __future__ import annotations

from pathlib import Path

from brief.extract.actors import find_actors
from tests.extract_helpers import people_roles, quotes_of, sentences_of


def article(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [(q.text, q.actor) for q in quotes_of(sentences_of(path))]


def actors_of(tmp_path: Path, text: str) -> dict[str, tuple[str, str | None]]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return {a.name: (a.kind, a.role) for a in find_actors(list(sentences_of(path)))}


_FREED = (
    "Fisherman freed after questioning\nHARBOUR GAZETTE\n\n"
    "A fisherman detained in Port Arlen was freed on Monday.\n\n"
    "Speaking to the weekly Gazeta Norte, the woman, who asked not to be named, said officers"
    " had shown her photographs of the harbour.\n\n"
    '"They wanted to know the names of everyone on our street," she told the paper.\n'
)


def test_the_paper_an_opening_adjunct_speaks_to_is_no_person_and_no_speaker(
    tmp_path: Path,
) -> None:
    found = actors_of(tmp_path, _FREED)
    assert found.get("Gazeta Norte", ("", None))[0] != "person"
    assert all(role != "woman" for _, role in found.values())
    quote = "They wanted to know the names of everyone on our street"
    assert article(tmp_path, _FREED) == [(quote, None)]


def test_a_listener_named_in_an_opening_adjunct_takes_no_apposition() -> None:
    found = people_roles(
        "Speaking to Tomas Verde, the woman, who asked not to be named, said officers had"
        " shown her photographs of the harbour."
    )
    assert found.get("Tomas Verde") is None


def test_an_apposition_after_an_opening_adjunct_that_another_phrase_follows_stays() -> None:
    found = people_roles(
        "According to Ines Kalnins, deputy director of the port authority, the berths"
        " will reopen on Friday."
    )
    assert found["Ines Kalnins"] == "deputy director of the port authority"


def test_a_statement_read_on_a_clients_behalf_is_not_the_lawyers(tmp_path: Path) -> None:
    text = (
        "Jailed activist asks for transfer\nLAKES LEDGER\n\n"
        "Tomasz Adler, a Corvian activist jailed in Lindmark for arson, wants to serve his"
        " sentence at home, his lawyer said on Friday.\n\n"
        "Reading a statement on his client's behalf outside the court in Vell, lawyer Greta"
        ' Holm said: "I have made mistakes. I ask only to be near my children again."\n\n'
        "Holm said her client was in good health.\n"
    )
    assert [speaker for _, speaker in article(tmp_path, text)] == [None]


def test_a_statement_read_on_behalf_of_a_named_person_is_theirs(tmp_path: Path) -> None:
    text = (
        "Jailed activist asks for transfer\nLAKES LEDGER\n\n"
        "Tomasz Adler, a Corvian activist jailed in Lindmark for arson, wants to serve his"
        " sentence at home.\n\n"
        "His lawyer, Greta Holm, read a statement on behalf of Tomasz Adler outside the"
        ' court: "I have made mistakes and I ask only to be near my children again."\n'
    )
    assert [speaker for _, speaker in article(tmp_path, text)] == ["Tomasz Adler"]


def test_a_statement_read_for_another_in_a_tag_after_the_quote(tmp_path: Path) -> None:
    text = (
        "Jailed activist asks for transfer\nLAKES LEDGER\n\n"
        "Tomasz Adler, a Corvian activist, is serving six years in Lindmark.\n\n"
        '"I have made mistakes and I ask only to be near my children again," lawyer Greta'
        " Holm said, reading a statement on her client's behalf.\n"
    )
    assert [speaker for _, speaker in article(tmp_path, text)] == [None]


def test_reading_a_verdict_is_the_readers_own_words(tmp_path: Path) -> None:
    text = (
        "Verdict read in arson case\nLAKES LEDGER\n\n"
        'Reading the verdict on Friday, Judge Greta Holm said: "The court finds that the fire'
        ' was set on purpose and with full knowledge of the risk."\n'
    )
    assert [speaker for _, speaker in article(tmp_path, text)] == ["Greta Holm"]


def test_a_role_an_apposition_dates_to_the_past_is_no_title_for_today() -> None:
    found = people_roles(
        "Ten years ago the strike closed the port for a month.",
        "Veronika Holm, then deputy chairman of the dockers union, led the talks.",
        "Ida Marr, previously the union's treasurer, stood beside her.",
    )
    assert found["Veronika Holm"] is None
    assert found["Ida Marr"] is None


def test_the_office_a_present_becomes_gives_is_the_role() -> None:
    found = people_roles(
        "Marta Oduya, previously the authority's finance director, becomes chief executive"
        " of the port authority, the ministry said.",
        "Karl Venn has since become head of the harbour police.",
        "Tomas Adler, then a junior clerk, became chairman of the board in 2010.",
    )
    assert found["Marta Oduya"] == "chief executive of the port authority"
    assert found["Karl Venn"] == "head of the harbour police"
    assert found["Tomas Adler"] is None


def test_an_owned_ministry_written_with_an_s_keeps_its_words(tmp_path: Path) -> None:
    text = (
        "Envoys expelled\nLAKES LEDGER\n\n"
        "Guatemala's Foreign Ministry said two of its citizens were held in Honduras.\n\n"
        "New Foreign Ministry spokesperson Anna Kell said the talks would resume.\n\n"
        "The Foreign Ministry said the border would stay open.\n\n"
        "Honduras's Foreign Ministry said the envoy had engaged in \"activities incompatible"
        ' with diplomatic status".\n'
    )
    quotes = article(tmp_path, text)
    assert quotes[-1][1] == "Honduras' Foreign Ministry"
    assert actors_of(tmp_path, text)["Anna Kell"][1] == "Foreign Ministry spokesperson"


def test_a_quote_that_opens_with_an_adjuncts_preposition_is_the_reports(
    tmp_path: Path,
) -> None:
    text = (
        "Exchange agreed\nLAKES LEDGER\n\n"
        "Corvia's Deputy Prime Minister Anton Vell, who oversees border security, said"
        ' Lindmark had agreed "as a gesture of good will".\n\n'
        'Ida Marr agreed "in principle" to the plan.\n'
    )
    assert [s for _, s in article(tmp_path, text)] == ["Anton Vell", "Ida Marr"]


def test_the_one_told_is_no_speech_verb(tmp_path: Path) -> None:
    text = (
        "Exchange agreed\nLAKES LEDGER\n\n"
        'Anton Vell told state television the exchange was "a gesture of good will", not a'
        " concession.\n"
    )
    assert [s for _, s in article(tmp_path, text)] == ["Anton Vell"]


def test_a_press_service_speaks_for_its_body(tmp_path: Path) -> None:
    text = (
        "Detainee confesses, agency says\nLAKES LEDGER\n\n"
        "The Corvian State Security Agency (CSSA) said on Sunday it had detained a courier.\n\n"
        '"The detainee has given a full confession," the CSSA press service said in a'
        " statement.\n"
    )
    assert [s for _, s in article(tmp_path, text)] == ["Corvian State Security Agency"]


def test_a_plenipotentiary_is_a_title_that_names_its_speaker(tmp_path: Path) -> None:
    text = (
        "Lindmark recalls envoy\nLAKES LEDGER\n\n"
        "Lindmark recalled its ambassador from Corvia on Monday.\n\n"
        '"The recall of our ambassador is the first step, not the last," the President\'s'
        " Plenipotentiary for Northern Affairs, Anna Kell, told reporters after the visit.\n"
    )
    assert [s for _, s in article(tmp_path, text)] == ["Anna Kell"]


def test_a_kin_noun_his_opens_is_the_one_named_before() -> None:
    found = people_roles(
        "The family of Tomas Adler, a guide missing on Mount Arlen since Friday, appealed"
        " for help on Monday.",
        "His brother, Karl Adler, said the search had been too slow.",
    )
    assert found["Karl Adler"] == "Tomas Adler's brother"


def test_a_kin_noun_his_opens_after_two_people_or_a_woman_stays_bare() -> None:
    two = people_roles(
        "Tomas Adler and Ida Roe went missing on Mount Arlen on Friday, rescuers said.",
        "His brother, Karl Adler, said the search had been too slow.",
    )
    assert two["Karl Adler"] == "brother"
    woman = people_roles(
        "Ida Roe, a guide, went missing on Mount Arlen on Friday, rescuers said.",
        "His brother, Karl Adler, said the search had been too slow.",
    )
    assert woman["Karl Adler"] == "brother"


def test_words_after_a_promises_object_stay_the_promisers(tmp_path: Path) -> None:
    text = (
        "Candidate denies factory pledge\nLAKES LEDGER\n\n"
        "Tomas Adler is running for mayor of Vell.\n\n"
        "A local paper reported on Sunday that Adler had promised a school"
        ' "in every village".\n'
    )
    assert [q for q, _ in article(tmp_path, text)] == ["in every village"]


def test_a_reader_who_tells_his_own_account_of_a_statement_keeps_his_words(
    tmp_path: Path,
) -> None:
    text = (
        "Army seizes power in Vell\nLAKES LEDGER\n\n"
        "In a broadcast on state radio, Colonel Tomas Adler, who read the statement on behalf"
        ' of a self-styled "Council for Order", said the army had acted to stop "a plan to'
        ' plunge the country into chaos".\n'
    )
    quotes = article(tmp_path, text)
    assert ("a plan to plunge the country into chaos", "Tomas Adler") in quotes


def test_an_apposition_after_according_to_whose_clause_has_no_verb_next_stays() -> None:
    found = people_roles(
        "According to Ruben Okot Lual, a chief in Arlen, most of the dead were herders guarding"
        " the camp."
    )
    assert found["Ruben Okot Lual"] == "chief in Arlen"


def test_a_title_that_ends_in_ing_opens_no_adjunct() -> None:
    found = people_roles(
        "Acting Governor Ines Marr, the party's group leader who took over when her"
        " predecessor left, is expected to return to the assembly."
    )
    assert found["Ines Marr"] is not None


def test_new_that_opens_a_places_name_stays_in_the_role() -> None:
    found = people_roles(
        "New Jersey Transit spokesman Tom Dane said the trains ran on time.",
        "New regional health director Ida Roe said the clinics would open.",
    )
    assert found["Tom Dane"] == "New Jersey Transit spokesman"
    assert found["Ida Roe"] == "regional health director"


def test_state_media_after_told_and_a_demonym_is_the_one_told(tmp_path: Path) -> None:
    text = (
        "Talks to resume\nLAKES LEDGER\n\n"
        "Anton Vell, the former chief negotiator, has told Corvian state media that he"
        ' expects a deal "within two or three years".\n'
    )
    assert [s for _, s in article(tmp_path, text)] == ["Anton Vell"]


def test_a_count_quoted_after_a_reporting_verb_is_no_adjunct(tmp_path: Path) -> None:
    text = (
        "Boat missing off Arlen\nLAKES LEDGER\n\n"
        'The harbour master said fishermen had reported "at least 40 people" on board.\n'
    )
    assert [s for _, s in article(tmp_path, text)] == [None]
