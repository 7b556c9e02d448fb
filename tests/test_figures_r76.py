"""r76's key figures: one side of a dispute in another report of its story (F2)."""

from __future__ import annotations

from pathlib import Path

from brief.models import Briefing
from brief.options import Options
from brief.pipeline import build

UNION = "\n\n".join(
    [
        "Union says 412 workers dismissed at Karsk smelter",
        "Karsk, 12 May 2026",
        "The Metalworkers' Union has documented 412 dismissals at the Karsk aluminium"
        " smelter since 2 May, the union said on Tuesday.",
        "The labour ministry on Tuesday gave a figure of 260 workers dismissed at the"
        " smelter, a count the union disputes.",
        "Workers have occupied the smelter's main gate since Monday.\n",
    ]
)
MINISTRY = "\n\n".join(
    [
        "Labour ministry reviews dismissals at Karsk smelter",
        "Karsk, 12 May 2026",
        "The labour ministry said on Tuesday it was reviewing the dismissals at the Karsk"
        " aluminium smelter.",
        "Since 2 May, 260 workers have been dismissed at the Karsk smelter.",
        "The smelter's owner, Nordval Metals, said the dismissals followed a fall in orders.",
        "Inspectors will visit the smelter on Thursday.\n",
    ]
)


def brief_of(tmp_path: Path, *texts: str) -> Briefing:
    tmp_path.mkdir(exist_ok=True)
    paths = []
    for k, text in enumerate(texts):
        path = tmp_path / f"{k}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return build(paths, Options())


def test_a_disputed_count_is_no_key_figure_in_another_report_of_its_story(
    tmp_path: Path,
) -> None:
    """r76 F2: "..., a count the network disputes" had dropped the count from its own
    report, but the ministry's own transcript gave the same count bare: one side of the
    dispute shown as fact. The story ties the two reports; the other report's count of
    the same thing is the same side."""
    brief = brief_of(tmp_path, UNION, MINISTRY)
    assert len(brief.stories) == 1
    figures = [f.text for f in brief.figures]
    assert not any("260" in text for text in figures)
    # the other report alone: nothing there says the count is disputed
    alone = [f.text for f in brief_of(tmp_path / "alone", MINISTRY).figures]
    assert any("260 workers" in text for text in alone)


def _sayers(text: str) -> list[tuple[str, str | None]]:
    from brief.extract.figures import find_figures
    from tests.extract_helpers import sentences

    return [(f.text, f.sayer) for f in find_figures(sentences(text)) if f.kind != "date"]


def test_a_count_a_body_has_documented_is_that_body_s() -> None:
    """r76 F15: "The network has documented 312 detentions" had no sayer, while the
    ministry's "said 187 ..." kept its own: a monitor records what it counts, and gives it
    as "counted" does."""
    assert _sayers("The Tenants' Alliance has documented 212 evictions since January.") == [
        ("212 evictions", "the Tenants' Alliance")
    ]
    assert _sayers("Inspectors documented 37 breaches at the plant in April.") == [
        ("37 breaches", "Inspectors")
    ]
    # a passive names no one; a place where cases were recorded gives none of them
    assert _sayers("Some 37 breaches were documented at the plant in April.")[0][1] is None
    assert _sayers("The district has recorded 96 cases, the health officer said.") == [
        ("96 cases", "the health officer")
    ]


def test_the_writer_s_own_count_is_its_outlet_s() -> None:
    from brief.extract.figures.sayers import in_own_voice

    def own(text: str, number: str) -> bool:
        return in_own_voice(text, text.index(number))

    assert own("According to our latest count, 212 families have been evicted.", "212")
    assert own("We have documented 212 evictions since January.", "212")
    assert own("Our figures show 212 evictions since January.", "212")
    # a quote's "our" is its speaker's; a count no first person gives is no one's here
    assert not own('"By our count, 212 families have been evicted," she said.', "212")
    assert not own("We expect 300 families to be evicted.", "300")
    assert not own("Our reporters saw 40 tanks on the road.", "40")
    assert not own("The ministry said 212 families were evicted.", "212")


RELEASE = "\n".join(
    [
        "+++ brief-article",
        '{"outlet": "Harbour Tenants Alliance", "title": "Alliance counts 212 evictions",'
        ' "date": "2026-05-12"}',
        "+++",
        "Harbour Tenants Alliance | Statement | 12 May 2026",
        "The alliance condemns the evictions carried out in the Old Harbour district.",
        "According to our latest count, 212 families have been evicted since 2 May.\n",
    ]
)


def test_a_release_s_own_count_is_shown_with_its_issuer(tmp_path: Path) -> None:
    brief = brief_of(tmp_path, RELEASE)
    found = [(f.text, f.sayer) for f in brief.figures if "212" in f.text]
    assert found and all(sayer == "Harbour Tenants Alliance" for _, sayer in found)


def test_a_crowd_s_count_keeps_the_noun_of_what_it_did() -> None:
    """r76 F24: "a rally of about 1,500 people" had been the bare "about 1,500 people": a
    crowd's act in its noun says what they did, as "1,500 people rallied" does."""
    assert _sayers(
        "Riot police used water cannon on Sunday to disperse a rally of about 2,000 people."
    ) == [("a rally of about 2,000 people", None)]
    assert _sayers("Farmers staged a peaceful march of 3,000 people to the capital.") == [
        ("a peaceful march of 3,000 people", None)
    ]
    # a market's rally is no crowd, and a count no crowd's noun names stays as it was
    assert _sayers("Shares staged a rally of 3 percent on Monday.") == [("3 percent", None)]
    assert _sayers("The fair drew about 2,000 people.") == [("about 2,000 people", None)]
