"""A report that calls another event separate, by a name the other report's lead gives
only in a clause of what came before, does not call that report's event separate (r76
F12: a court's ruling on an activist, "separate from" the hearing of a namesake in
another city, had stood apart from her arrest's report, whose lead recalled the
namesake's arrest "a day after"). Invented texts: two fishermen of one surname."""

from __future__ import annotations

from brief.stories import find_stories
from brief.stories.apart import called_separate, rare_subjects
from brief.stories.texts import story_texts
from tests.story_corpus import corpus_of

ARREST = (
    "Second fisherman named Oduya detained, this time in Kilwara\n\n"
    "Police in the port of Kilwara detained fisherman Amos Oduya on Thursday morning, a"
    " day after a trader of the same surname was held in Moranga.\n\n"
    "Oduya, 41, who chairs the Kilwara boat owners' cooperative, was detained at the"
    " landing beach, his cooperative said.\n\n"
    "Police in Kilwara said he was held over an unlicensed net.\n"
)
RULING = (
    "Kilwara court remands fisherman Amos Oduya for a month\n\n"
    "Kilwara magistrates on Friday remanded fisherman Amos Oduya in custody for a month,"
    " refusing his lawyer's plea for bail.\n\n"
    "Oduya was charged on Thursday night over an unlicensed net, his lawyer said.\n\n"
    "The case is separate from that of Peter Oduya, the Moranga trader, who was freed"
    " on Thursday.\n"
)
# the namesake's own arrest: its lead gives Moranga as its own place
NAMESAKE = (
    "Trader Peter Oduya detained in Moranga\n\n"
    "Police in Moranga detained trader Peter Oduya on Wednesday over unpaid market"
    " levies, his family said.\n\n"
    "Oduya runs a fish stall at the Moranga market.\n"
)


def test_a_name_the_other_lead_recalls_is_not_its_event() -> None:
    corpus = corpus_of([ARREST, RULING])
    texts = list(story_texts(corpus, [1, 2]).values())
    subjects = rare_subjects(texts)
    assert "moranga" in texts[0].recalled
    assert "moranga" in texts[1].separate
    assert not called_separate(texts, subjects, [1], [0])
    assert any(set(g.sources) == {1, 2} for g in find_stories(corpus))


def test_a_name_the_other_lead_gives_as_its_own_is_still_called_separate() -> None:
    corpus = corpus_of([NAMESAKE, RULING])
    texts = list(story_texts(corpus, [1, 2]).values())
    subjects = rare_subjects(texts)
    assert "moranga" not in texts[0].recalled
    assert called_separate(texts, subjects, [1], [0])
