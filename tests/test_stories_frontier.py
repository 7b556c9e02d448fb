"""Two events of one frontier district on one day: what they share is where and when, not
who (r73 F2). Invented texts."""

from __future__ import annotations

from brief.stories.apart import lead_places, one_scene, rare_openings, rare_subjects
from brief.stories.texts import Text

EVACUATION = Text(
    "Thousands leave villages as Marovia widens Keldar frontier evacuation",
    [
        "About 3,100 people have left their homes in the villages along the Keldar frontier, "
        "Marovia's civil protection agency said on Thursday night.",
        "Most are staying with relatives in the valley towns.",
    ],
    date="2033-02-18",
)

SACKING = Text(
    "Marovia replaces commander of Keldar frontier brigade",
    [
        "Marovia's defence minister on Thursday dismissed General Ilya Brannos as commander of "
        "the Keldar frontier brigade and appointed General Tomas Velk in his place.",
        "The ministry gave no reason for the change.",
    ],
    date="2033-02-18",
)

CAMP = Text(
    "Evacuation from Keldar frontier villages fills tent camp",
    [
        "The evacuation of villages along the Keldar frontier filled a tent camp in Marovia "
        "on Thursday, aid workers said.",
        "About 700 people slept in the tents.",
    ],
    date="2033-02-18",
)


def _scene(texts: list[Text], one: int, other: int) -> bool:
    return one_scene(
        texts, rare_subjects(texts), rare_openings(texts), lead_places(texts), one, other
    )


def test_a_commander_sacked_and_villages_evacuated_on_one_frontier_are_no_one_scene() -> None:
    """Both open on the Keldar frontier, its "frontier" and one weekday, and the sacking's
    opening names two generals the evacuation's report never names: beside a who of one's
    own, the word they share says where, not what happened. A personnel change and a count
    of people who left their homes are two events of one district, not one scene. Two
    reports of the evacuation, neither naming anyone the other never does, are one."""
    texts = [EVACUATION, SACKING, CAMP]
    assert not _scene(texts, 0, 1)
    # two reports of the evacuation share what happened: one scene
    assert _scene(texts, 0, 2)


def test_the_evacuation_and_the_shelling_it_fled_share_their_frontier_as_one_scene() -> None:
    """The shelling's report names no one the evacuation's does not, nor the other way:
    their district, its frontier and villages and their day make one scene, as the
    evacuees of a shelling are its story."""
    shelled = Text(
        "Shells hit villages along Keldar frontier",
        [
            "Shells hit three villages along the Keldar frontier in Marovia on Thursday, "
            "wounding two people, officials said.",
        ],
        date="2033-02-18",
    )
    assert _scene([EVACUATION, shelled], 0, 1)
