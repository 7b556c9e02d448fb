"""A decision of one country beside a disaster of that country that it recalls in a line:
both lead with the country, and the disaster's reports never name the decision (a
reproduced trust report of session 62: a central bank's rate hold had joined a plant
fire's story, sharing country, dateline and outlet). Every text here is invented."""

from __future__ import annotations

from brief.ingest import make_source, parse_text
from brief.segment import segment
from brief.stories import find_stories


def _groups(texts: list[str]) -> list[tuple[int, ...]]:
    documents = [
        parse_text(text, make_source(f"{n}.txt", n, text.encode("utf-8")))
        for n, text in enumerate(texts, 1)
    ]
    return [group.sources for group in find_stories(segment(documents))]


COLLAPSE = [
    "Tunnel collapse at Huaripampa mine traps nine\n\nAndes Wire | 3 June 2026\n\nNine"
    " miners were trapped on Wednesday when a tunnel collapsed at the Huaripampa copper"
    " mine in Peru's Áncash region, the mine's operator said.\n\nRescuers had reached"
    " the edge of the fall by evening.\n\nThe collapse followed two days of heavy rain.",
    "Peru's mining ministry sends rescue team to Huaripampa\n\nLima Morning Post | 3 June"
    " 2026\n\nPeru's mining ministry said on Wednesday it had sent a specialist rescue team"
    " to the Huaripampa mine, where nine miners were trapped by a tunnel collapse.\n\nThe"
    " team was expected to arrive before midnight.",
    "Families gather at Huaripampa gate as rescue goes on\n\nÁncash Daily | 3 June"
    " 2026\n\nRelatives of the nine miners trapped at the Huaripampa copper mine gathered"
    " at its gate on Wednesday night as police in Peru closed the access road.\n\nA"
    " priest led prayers by the fence.",
]
BANK = (
    "Peru's central bank holds key rate at 4.75 percent\n\nLima Morning Post | 3 June"
    " 2026\n\nThe Central Reserve Bank of Peru held its benchmark interest rate at 4.75"
    " percent on Wednesday, saying inflation had slowed to 2.4 percent in May.\n\nIts"
    " board said it would watch food prices closely.\n\nThe decision came on the day nine"
    " miners were trapped by a tunnel collapse at the Huaripampa copper mine, which the"
    " board said would not change its outlook for exports."
)


def test_a_decision_that_recalls_a_disaster_of_its_country_in_a_line_is_not_its_story() -> None:
    groups = _groups([*COLLAPSE, BANK])
    assert (4,) in groups, groups
    assert (1, 2, 3) in groups, groups
