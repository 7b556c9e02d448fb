"""A story of its own subject does not join a group already chained from several events of
one setting (r76 F1: a whole crisis's reports, alike by its people and its monitoring
group, had become one story). Invented texts: a drought in an invented province."""

from __future__ import annotations

from brief.stories.apart import no_common_subject, rare_subjects
from tests.story_corpus import texts_of

# Two events of the drought that share its setting and not its who: a ministry's water
# rationing and a farmers' union's count of dead cattle.
RATIONING = (
    "Water ministry orders rationing in Dravenska province\n\n"
    "The Water Ministry ordered rationing in Dravenska province on Tuesday, cutting supply"
    " to farms to four hours a day.\n\n"
    "The ministry said reservoirs held a fifth of their usual volume.\n\n"
    "The Dravenska farmers' union said the cut would ruin the harvest.\n"
)
CATTLE = (
    "Union counts 4,000 cattle dead as drought deepens\n\n"
    "The farmers' union of the Lisva valley said on Tuesday that 4,000 head of cattle had"
    " died of thirst since January.\n\n"
    "The union said the Water Ministry had ignored its warnings.\n\n"
    "Reservoirs in the province are at a fifth of their usual volume.\n"
)
# Two reports of one event that has its own who: a dam's operator closing its sluices.
DAM = (
    "Korvanek dam shuts its sluices as level falls\n\n"
    "The operator of the Korvanek dam shut its sluices on Wednesday as the reservoir fell"
    " below its lowest mark.\n\n"
    "Farms in Dravenska province rely on the Korvanek reservoir.\n\n"
    "The Water Ministry said it had approved the closure.\n"
)
DAM_AGAIN = (
    "Korvanek sluices stay shut, operator says\n\n"
    "The Korvanek dam's sluices will stay shut until the autumn rains, its operator said"
    " on Thursday.\n\n"
    "Farmers downstream said the closure would cost them their crops.\n"
)


def test_a_story_of_its_own_subject_stays_apart_from_a_chain_of_the_setting() -> None:
    """The dam's two reports lead with the dam; the rationing and the cattle count share
    no lead subject (the one gives the province, the other a valley of it): other events
    of the drought, not the dam's."""
    texts = texts_of([RATIONING, CATTLE, DAM, DAM_AGAIN])
    subjects = rare_subjects(texts)
    assert no_common_subject(texts, subjects, [2, 3], [0, 1], (0.5, 0.3), 0.1)
    assert no_common_subject(texts, subjects, [0, 1], [2, 3], (0.3, 0.5), 0.1)
    # as alike with the drought's other events as within: the linkage's to judge
    assert not no_common_subject(texts, subjects, [2, 3], [0, 1], (0.5, 0.3), 0.3)


def test_a_story_that_keeps_its_who_takes_in_a_sub_event() -> None:
    """A story told over days whose every lead gives its who (the dam) takes in two
    reports of a sub-event that lead with a name of their own (an engineers' inspection)
    but give the dam as well: the test leaves that to the linkage."""
    inspection = (
        "Engineers inspect Korvanek dam wall after cracks found\n\n"
        "Engineers from the Lisenko institute inspected the Korvanek dam's wall on Friday"
        " after its operator reported cracks.\n\n"
        "The Lisenko team said the wall was sound.\n"
    )
    inspection_again = (
        "Lisenko engineers say Korvanek wall is sound\n\n"
        "Lisenko institute engineers said on Friday that the Korvanek dam's wall was"
        " sound after an inspection of its cracks.\n"
    )
    texts = texts_of([DAM, DAM_AGAIN, inspection, inspection_again])
    subjects = rare_subjects(texts)
    assert not no_common_subject(texts, subjects, [2, 3], [0, 1], (0.5, 0.5), 0.1)


def test_single_reports_are_left_to_the_pair_tests() -> None:
    texts = texts_of([RATIONING, CATTLE, DAM, DAM_AGAIN])
    subjects = rare_subjects(texts)
    assert not no_common_subject(texts, subjects, [2], [0, 1], (0.0, 0.3), 0.1)


def test_a_chain_that_tells_the_story_beyond_a_line_is_left_to_the_linkage() -> None:
    """Where a report of the group tells the dam's closure beyond a line or two, the dam
    is its news too: no test of apart."""
    closure = (
        "Farmers count losses as sluices close\n\n"
        "Farmers in the Lisva valley said on Wednesday that their wells were drying up.\n\n"
        "The Korvanek dam shut its sluices in the morning.\n\n"
        "The Korvanek operator said the closure would last until autumn.\n\n"
        "Korvanek's reservoir is the valley's only source of water.\n"
    )
    texts = texts_of([RATIONING, closure, DAM, DAM_AGAIN])
    subjects = rare_subjects(texts)
    assert not no_common_subject(texts, subjects, [2, 3], [0, 1], (0.5, 0.3), 0.1)
