"""Two events of one crisis: a dispute over a reservoir between two countries, and a citizen
of one detained in the other, whose report says officials treat the case separately from the
dispute, naming the dispute by the words its reports lead with, not by its names. The crisis
is the arrest's background, not its event (r72 F1). And a ministry's briefing on the dispute,
printed as questions and answers, whose answer on the arrest is no bullet of the dispute's
story."""

from __future__ import annotations

from brief.stories import find_stories
from brief.stories.apart import called_separate, rare_openings, rare_subjects
from brief.stories.roundups import other_exchanges
from brief.stories.texts import readable_sentences, story_texts
from tests.story_corpus import corpus_of

FILLING = (
    "Kazakhstan starts filling Tashkara reservoir, cutting Sarydarya flow downstream\n\n"
    "Kazakhstan began filling the Tashkara reservoir on Monday, cutting the flow of the"
    " Sarydarya river to Uzbek farms downstream by a third, officials in Astana said.\n\n"
    "The filling will take four months, the water ministry said.\n\n"
    "Uzbekistan says the dam was built without the consent a 1998 water accord requires.\n\n"
    "Farmers in the Fergana valley said their cotton fields would need water within weeks.\n\n"
    "Deputy minister Bakhrom Alimov will lead the Uzbek side at a joint commission.\n\n"
    "The Tashkara dam holds 2.1 billion cubic metres when full.\n"
)
PROTEST = (
    "Uzbekistan protests Tashkara filling, summons Kazakh ambassador\n\n"
    "Uzbekistan summoned the Kazakh ambassador on Monday to protest against the filling of"
    " the Tashkara reservoir on the Sarydarya, which it called a breach of the 1998 water"
    " accord.\n\n"
    "The foreign ministry in Tashkent said the flow of the Sarydarya had fallen by a third"
    " overnight.\n\n"
    "It asked Astana to stop the filling until a joint commission meets.\n\n"
    "Kazakhstan says the reservoir will release water for the summer.\n"
)
BRIEFING = (
    "Weekly briefing by the foreign ministry spokesman Daulet Seitkali\n\n"
    "SPOKESMAN (Daulet Seitkali): Good morning. I will begin with the Tashkara reservoir.\n\n"
    "SPOKESMAN: The filling of the Tashkara reservoir follows every rule of the 1998 water"
    " accord. The Sarydarya will carry more water in summer than before.\n\n"
    "QUESTION (Kun News): Tashkent says the flow has fallen by a third. Will you stop the"
    " filling?\n\n"
    "SPOKESMAN: The filling goes on. Our envoy can meet Bakhrom Alimov next week in"
    " Astana.\n\n"
    "QUESTION (Vremya Daily): Is there any news on the Uzbek citizen held in Shymkent?\n\n"
    "SPOKESMAN: An Uzbek citizen was detained on Saturday in Shymkent while photographing an"
    " airbase. Consular access was granted. The case has nothing to do with the water"
    " talks.\n"
)
ARREST = (
    "Uzbek hydrologist detained in Shymkent on spying suspicion\n\n"
    "An Uzbek hydrologist has been detained in the Kazakh city of Shymkent on suspicion of"
    " espionage, his employer and relatives said on Monday.\n\n"
    "Rustam Karimov, 44, from Namangan, was arrested on Saturday near an airbase, according"
    " to Kazakh media.\n\n"
    "His sister, Dilnoza Karimova, said he had gone to Shymkent for a conference.\n\n"
    "A court ordered him held in custody for up to two months.\n\n"
    "Uzbek officials said they were treating the case separately from the dispute over the"
    " filling, but one diplomat called the timing unhelpful.\n"
)
# another angle of the filling: farmers downstream, who lead with their own valley and tell
# the filling at length
FARMERS = (
    "Fergana cotton growers fear for crops as Tashkara filling cuts water\n\n"
    "Cotton growers in the Fergana valley said on Monday they feared for their crops after"
    " Kazakhstan began filling the Tashkara reservoir upstream.\n\n"
    "The Sarydarya's flow fell by a third as the filling began, the growers' union said.\n\n"
    "The filling of the reservoir will take four months, during which the canals may run"
    " dry.\n\n"
    "Growers asked Tashkent to press Astana to slow the filling.\n"
)


def test_an_arrest_beside_a_dispute_is_another_event() -> None:
    """The arrest's report leads with its city and its happening ("detained ... on
    suspicion of espionage"); the dispute's reports lead with the reservoir and its filling,
    and the briefing names the arrest's city only in its last exchange. The arrest recalls
    the dispute in its last line: another event of the crisis, and a story of its own."""
    corpus = corpus_of([FILLING, PROTEST, BRIEFING, ARREST])
    groups = find_stories(corpus)
    story_of = {n: g.sources for g in groups for n in g.sources}
    assert story_of[4] == (4,)
    assert story_of[1] == story_of[2]


def test_the_arrest_report_calls_the_dispute_another_matter() -> None:
    """ "Separately from the dispute over the filling": the filling is a word of what
    happened that the dispute's leads give and the arrest's never do. The arrest's own
    sentences name nothing of the dispute's, so its names alone could not tell."""
    corpus = corpus_of([FILLING, PROTEST, BRIEFING, ARREST])
    texts = list(story_texts(corpus, [1, 2, 3, 4]).values())
    subjects, openings = rare_subjects(texts), rare_openings(texts)
    assert "filling" in texts[3].separate_words
    assert called_separate(texts, subjects, [3], [0, 1, 2], openings)
    assert not called_separate(texts, subjects, [3], [0, 1, 2])  # by its names: nothing


def test_a_report_that_keeps_its_own_happening_apart_from_a_side_matter_joins() -> None:
    """The growers' report says their claim is separate from the compensation talks: what
    it calls apart is no word the story's leads give, and its lead tells the filling."""
    farmers = FARMERS + (
        "\nThe union said its claim for lost water was separate from the compensation talks.\n"
    )
    corpus = corpus_of([FILLING, PROTEST, BRIEFING, farmers])
    texts = list(story_texts(corpus, [1, 2, 3, 4]).values())
    subjects, openings = rare_subjects(texts), rare_openings(texts)
    assert texts[3].separate_words
    assert not called_separate(texts, subjects, [3], [0, 1, 2], openings)
    groups = find_stories(corpus)
    assert any({1, 2, 4} <= set(g.sources) for g in groups)


def test_a_briefings_exchange_on_another_event_is_no_bullet_of_the_story() -> None:
    """The briefing's answer on the detained citizen names his city, which no report of the
    dispute gives: another event's. Its exchanges on the filling stay, and so does one on
    the commission, which a report of the dispute names past its lead."""
    corpus = corpus_of([FILLING, PROTEST, BRIEFING])
    by_source = readable_sentences(corpus)
    other = other_exchanges(by_source[3], [by_source[1], by_source[2]])
    told = " ".join(s.text for s in other)
    assert "Shymkent" in told
    assert "Tashkara" not in told and "Alimov" not in told
