"""Two agents doing one kind of act are two events (invented texts of a cycling desk): two
bodies take away one rider's licence on two days, and a report of the second recalls the
first; one body's act retold, by its full name or its initials, is one event."""

from __future__ import annotations

from brief.stories.apart import own_agents
from brief.stories.texts import agent_act, story_texts
from tests.story_corpus import corpus_of

UNION = [
    "Cycling union suspends Hollis for two years\n\n"
    "TALLINN, May 4 - The Baltic Cycling Union suspended Marek Hollis's racing licence for"
    " two years on Monday after a positive test for a banned stimulant at the spring"
    " classic.\n\n"
    "The union said Hollis had 21 days to appeal the ban to the sport's court.\n",
    "Hollis banned after stimulant test\n\n"
    "RIGA, May 4 - The Baltic Cycling Union suspended Marek Hollis's licence on Monday,"
    " ending the rider's season after a positive test at the spring classic.\n\n"
    "Hollis denied taking any banned stimulant and said he would appeal.\n",
]
AGENCY = (
    "Second body bars Hollis, citing same test\n\n"
    "OSLO, May 5 - Kestrel Anti-Doping Agency revoked Marek Hollis's racing licence on"
    " Tuesday, a day after a ban by the Baltic cycling body, citing the same positive test"
    " for a banned stimulant at the spring classic.\n\n"
    "The Baltic Cycling Union suspended Hollis for two years on Monday. Hollis said he"
    " would appeal both bans.\n"
)
RETOLD = (
    "BCU ban on Hollis stands\n\n"
    "BCU Disciplinary Panel suspended Marek Hollis's licence on Monday, the union said,"
    " after a positive"
    " test at the spring classic.\n\n"
    "Hollis said he would appeal.\n"
)


def test_an_agent_and_its_act_are_read_from_a_lead() -> None:
    act = agent_act("Sterling & Coe downgraded Velmark's sovereign rating to BB from BB+.")
    assert act == (frozenset({"sterling", "coe"}), "downgraded", "velmark", "rating")
    assert agent_act("Velmark's central bank said on Monday it would act.") is None
    assert agent_act("Protesters blocked Velmark's main road.") is None


def test_two_agents_doing_one_kind_of_act_are_two_events() -> None:
    corpus = corpus_of([*UNION, AGENCY, RETOLD])
    texts = list(story_texts(corpus, [1, 2, 3, 4]).values())
    assert texts[2].agent_act is not None
    assert texts[2].agent_act[1:] == ("revoked", "hollis", "licence")
    assert own_agents(texts, [0, 1], [2])
    # one body's act retold, by its initials: one agent
    assert texts[3].agent_act is not None
    assert not own_agents(texts, [0, 1], [3])
    assert not own_agents(texts, [0], [1])


def test_a_later_days_act_by_another_agent_is_another_story() -> None:
    """The daily remembers a story's acts; the next day's one kind of act by another
    body is not that story developing, and its own body's act retold is."""
    from brief.daily.novelty.recognition import _act_strings, _acted_apart
    from brief.daily.state import StoryRecord

    corpus = corpus_of([*UNION, AGENCY, RETOLD])
    texts = list(story_texts(corpus, [1, 2, 3, 4]).values())
    union = [t.agent_act for t in texts[:2] if t.agent_act is not None]
    known = StoryRecord(
        id="a", title="t", first_seen="2031-05-04", last_seen="2031-05-04",
        acts=_act_strings(union),
    )  # fmt: skip
    agency, retold = texts[2].agent_act, texts[3].agent_act
    assert agency is not None and retold is not None
    assert _acted_apart([agency], known)
    assert not _acted_apart([retold], known)
    assert not _acted_apart([agency], StoryRecord("b", "t", "2031-05-04", "2031-05-04"))
