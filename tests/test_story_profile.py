from __future__ import annotations

from brief.classify import OTHER, classify, classify_all
from brief.profiles import load_profile
from brief.story_profile import about_excluded, confine, place

GEO = load_profile("geopolitics")
STORM = [
    "The cyclone killed at least 40 people and left 10,000 homeless, officials said.",
    *["Rain fell on the hills above the town for a fourth day."] * 6,
]


def test_a_story_is_as_relevant_as_its_lead_when_its_lead_states_its_event() -> None:
    """A long report that turns to colour after its lead still leads with its event."""
    classes = classify_all(STORM, GEO)
    headline = "Cyclone leaves thousands homeless"
    lead = [classify(headline, GEO), classes[0]]
    placed = place(classes, STORM, lead, headline, GEO, outlets=3)
    assert placed.relevant and placed.section == "humanitarian"
    assert placed.relevance == 1.0


def test_confine_weighs_the_outlets_as_the_digest_does() -> None:
    """A story several outlets report keeps its sentences' sections."""
    classes = classify_all(STORM, GEO)
    stories = [("Cyclone leaves thousands homeless", list(range(len(STORM))))]
    alone = confine(classes, STORM, stories, GEO, 2)
    assert alone[0].section == OTHER
    reported = confine(classes, STORM, stories, GEO, 2, [3])
    assert reported[0].section == "humanitarian"


def test_a_single_article_of_plain_economic_news_is_economy() -> None:
    """A budget, an order and a factory are economic events: one article of them is placed
    in Economy and energy, not left to the catch-all for want of trade or market words."""
    texts = [
        "The finance minister raised the tax on fuel and cut spending on roads.",
        "The deficit will fall to 2% next year, the minister told parliament.",
        "The opposition said the plans would cost jobs.",
        "Carmaker Volta will build a factory near the port, creating 900 jobs.",
        "Sales and profits at the firm rose in the first half.",
    ]
    classes = classify_all(texts, GEO, ["a"] * len(texts))
    stories = [("Minister raises fuel tax", list(range(len(texts))))]
    kept = confine(classes, texts, stories, GEO, 2)
    assert [c.section for c in kept].count("economy") >= 3


def test_a_single_article_whose_lead_states_its_event_is_placed_by_it() -> None:
    """An order whose headline and opening sentences are economic is Economy, though most
    of its later sentences, about the aircraft and a rival, carry no cue."""
    texts = [
        "Aerion will sell 40 jets to Norland Air in an order worth $4bn, the firm said.",
        "The airline's profit rose last year and its sales doubled.",
        "The new jet seats 250 people and flies further than its rival.",
        "Its wings are made of carbon fibre.",
        "The rival has no buyer yet.",
        "The first jets will fly in 2009.",
        "Revenue from the deal will be spread over ten years.",
        "A spokesman said the jet was the best in its class.",
    ]
    classes = classify_all(texts, GEO, ["a"] * len(texts))
    assert sum(c.section != OTHER for c in classes) / len(texts) < 0.4
    headline = "Aerion wins $4bn jet order as sales rise"
    lead = [classify(headline, GEO), *classes[:2]]
    placed = place(classes, texts, lead, headline, GEO)
    assert placed.relevant and placed.section == "economy"


def test_a_match_report_whose_lead_says_attack_is_not_placed_by_it() -> None:
    """One cue in a lead is not a lead that states its event."""
    texts = [
        "United's attack tore the defence apart in the second half.",
        "The crowd sang throughout.",
        "The manager praised his players.",
        "They play again on Saturday.",
    ]
    classes = classify_all(texts, GEO, ["a"] * len(texts))
    headline = "United cruise into last eight"
    placed = place(classes, texts, [classify(headline, GEO), *classes[:2]], headline, GEO)
    assert not placed.relevant


def test_a_story_is_excluded_when_most_of_its_articles_are_about_an_excluded_topic() -> None:
    """The exclude list judges every article of a story, not only the one whose headline
    and lead the story took."""
    first = [
        "The club's chief said the captain would not be sold.",
        "Talks on a new contract have begun.",
        "The chief would not name a price.",
    ]
    others = [
        "The goalkeeper was blamed after the draw in the Champions League.",
        "The striker signed a new deal at the club.",
        "The midfielder hopes to stay for the FA Cup run.",
    ]
    texts = first + others
    headline = "Chief firm over captain's future"
    assert not about_excluded(GEO.exclude, headline, first, ["a"] * len(first))
    # one article is judged by its headline and lead, as a brief of it always was
    assert not about_excluded(GEO.exclude, headline, texts, ["a"] * len(texts))
    assert about_excluded(GEO.exclude, headline, texts, ["a", "a", "a", "b", "c", "d"])
    # three reports of the club's affairs beside one football report
    four = ["a", "a", "b", "c", "c", "d"]
    assert not about_excluded(GEO.exclude, headline, [*first, *first[:2], others[0]], four)
