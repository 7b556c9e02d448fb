"""Digests and roundups: unrelated items share one text, so a title never means someone
the text names only later, and words that open an item are the words of the one the
sentence after them says spoke them (a digest puts the quote first and the name after)."""

from __future__ import annotations

from brief.models import Sentence
from tests.extract_helpers import quotes_of


def _items(*items: tuple[str, ...]) -> list[tuple[str, str | None]]:
    """Each quote of an article whose paragraphs are the items given, with its speaker."""
    sentences = []
    for paragraph, texts in enumerate(items):
        for text in texts:
            sentences.append(Sentence(text, 1, len(sentences) + 1, paragraph))
    return [(q.text, q.actor) for q in quotes_of(sentences)]


def test_a_title_never_means_someone_the_text_names_only_later() -> None:
    said = _items(
        ("09.15 - Ferry sailings cancelled at Tema.",
         "The harbour master said the swell was \"the worst in a decade\"."),
        ("08.40 - Olu Adeyemi, harbour master at Takoradi, opened the new berth.",),
    )  # fmt: skip
    assert said == [("the worst in a decade", None)]


def test_a_title_still_means_the_one_the_text_named_before() -> None:
    said = _items(
        ("Olu Adeyemi, the harbour master, closed the port on Monday.",
         "The harbour master said the swell was \"the worst in a decade\"."),
    )  # fmt: skip
    assert said == [("the worst in a decade", "Olu Adeyemi")]


def test_words_opening_an_item_are_the_ones_the_next_sentence_says_spoke() -> None:
    said = _items(
        ("NORWAY: \"The fjord has never been this warm in March.\"",
         "Marine biologist Ingrid Halvorsen spoke as the survey ship docked in Bergen."),
        ("11.20 am - \"We will rebuild every classroom by September.\"",
         "Daniel Osei, the district education officer, speaking at the school gate."),
        ("3.05 pm - \"The count is slow because it is careful.\"",
         "Priya Raman, presiding officer for Booth 14, to reporters outside the hall."),
        ("A farmer for parliament.",
         "\"I have wrestled cattle tougher than any minister.\"",
         "That is how dairy farmer Tomas Brennan announced his candidacy on Sunday."),
        ("Chip exports \"The cycle has turned and nobody noticed\" That warning came from "
         "Mei Lin Goh, an analyst at Harbour Securities, at a briefing.",),
    )  # fmt: skip
    assert said == [
        ("The fjord has never been this warm in March.", "Ingrid Halvorsen"),
        ("We will rebuild every classroom by September.", "Daniel Osei"),
        ("The count is slow because it is careful.", "Priya Raman"),
        ("I have wrestled cattle tougher than any minister.", "Tomas Brennan"),
        ("The cycle has turned and nobody noticed", "Mei Lin Goh"),
    ]


def test_a_sentence_after_a_quote_that_does_not_say_it_spoke_names_no_speaker() -> None:
    said = _items(
        ("NORWAY: \"The fjord has never been this warm in March.\"",
         "Marine biologist Ingrid Halvorsen led the survey from Bergen."),
        ("Heatwave. \"Stay indoors between noon and four.\"",
         "That is what worries farmer Tomas Brennan most."),
        ("Critics of the plan said \"nobody asked the villages what they want\".",
         "Planner Ruth Oduya spoke at the hearing on Monday."),
    )  # fmt: skip
    assert said == [
        ("The fjord has never been this warm in March.", None),
        ("Stay indoors between noon and four.", None),
        ("nobody asked the villages what they want", None),
    ]


def test_a_bare_surname_is_the_namesake_its_own_item_named() -> None:
    said = _items(
        ("Brewery sold. \"It was time to let go,\" said owner Marta Kowalska.",
         "Kowalska said the staff would keep their jobs."),
        ("Mountain rescue. Anna Kowalska joined the volunteer team in 2015.",
         "The team answered 212 calls this year.",
         "Kowalska said: \"Most of them were tourists in trainers.\""),
    )  # fmt: skip
    assert said == [
        ("It was time to let go", "Marta Kowalska"),
        ("Most of them were tourists in trainers.", "Anna Kowalska"),
    ]


def test_a_pronoun_opening_an_item_never_reaches_into_the_item_before() -> None:
    said = _items(
        ("Harbour vote.",
         "Councillor Rosa Lindqvist said the plan would \"keep the boats in town\"."),
        ("A coach's complaint.",
         "\"I will not be the one who walks away,\" she said.",
         "Coach Marta Ilves was abused by a club official on Sunday."),
        ("TALLINN: \"Nobody warned the ferry crews about the ice,\" she said.",
         "Captain Liis Saar's crew was stranded for six hours."),
    )  # fmt: skip
    assert said == [
        ("keep the boats in town", "Rosa Lindqvist"),
        ("I will not be the one who walks away", None),
        ("Nobody warned the ferry crews about the ice", None),
    ]


def test_within_an_item_a_story_or_a_live_page_a_pronoun_goes_on() -> None:
    said = _items(
        ("Tennis.",
         "Former champion Anu Tamm was asked whether she would run for parliament.",
         "\"I want to win the doubles first,\" she said."),
    )  # fmt: skip
    story = _items(
        ('Councillor Rosa Lindqvist said the plan would "keep the boats in town".',),
        ('"Nobody here wants the harbour to close," she said.',),
    )
    live = _items(
        ("10:05 GMT — The fire chief, Rhoda Mensah, says two warehouses were lost.",),
        ('10:20 GMT — She added that crews would not let the fire "jump the river tonight".',),
    )
    assert said == [("I want to win the doubles first", "Anu Tamm")]
    assert live == [("jump the river tonight", "Rhoda Mensah")]
    assert story == [
        ("keep the boats in town", "Rosa Lindqvist"),
        ("Nobody here wants the harbour to close", "Rosa Lindqvist"),
    ]


def test_a_title_in_an_item_is_not_the_holder_of_another_items_title() -> None:
    said = _items(
        ("HEALTH: The health minister, Joanna Reid, visits the hospital on Thursday.",),
        ("COUNCILS: Councillors vote tonight on the rise.",
         "The minister said councils were \"holding the bill for everyone\"."),
    )  # fmt: skip
    assert said == [("holding the bill for everyone", None)]


def test_a_short_sentence_naming_someone_is_no_items_head() -> None:
    said = _items(
        ("The energy minister, Ana Ruiz, was accused by Paulo Mendes of misleading the chamber.",),
        ("Mendes rose at once.",
         "The minister said the figures would be published \"within the week\"."),
    )  # fmt: skip
    assert said == [("within the week", "Ana Ruiz")]
