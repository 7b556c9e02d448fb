from __future__ import annotations

from brief.classify import OTHER, classify, classify_all
from brief.profiles import load_profile
from brief.story_profile import confine, place

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
