"""Reading articles: titles, subheadings and paragraphs, on the seed article and samples."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import ingest, make_source, parse_text
from brief.models import Source
from brief.options import Options
from brief.segment import segment
from tests.conftest import sample_paths

SRC = Source(1, "x.txt", "x.txt", "0" * 64, 0)


def test_seed_subheadings_never_start_a_sentence(seed: Path) -> None:
    doc = ingest(str(seed), 1, Options())
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert headings == ["Ukraine creates reserve troops", "‘Warplanes will go to Belarus’"]
    corpus = segment([doc])
    for s in corpus.sentences:
        assert not s.text.startswith("Ukraine creates reserve troops")
        assert not s.text.startswith("‘Warplanes")
    assert corpus.sentences[14].heading == "Ukraine creates reserve troops"
    assert doc.title is None  # its first line is a full sentence, not a headline


def test_title_line_and_paragraphs() -> None:
    doc = parse_text("Troops mass on the border\n\nFirst para. Second sentence.\n\nNext para.", SRC)
    assert doc.title == "Troops mass on the border"
    assert [b.text for b in doc.blocks] == ["First para. Second sentence.", "Next para."]


def test_markdown_headings() -> None:
    doc = parse_text("# Big news\n\n## Background\n\nIt began in 2014.", SRC)
    assert doc.title == "Big news"
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Background"),
        ("paragraph", "It began in 2014."),
    ]


def test_samples_have_titles_and_subheadings() -> None:
    for path in sample_paths():
        doc = ingest(str(path), 1, Options())
        assert doc.title, path.name
        assert any(b.kind == "heading" for b in doc.blocks), path.name
        assert len(segment([doc]).sentences) >= 15


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = "Title here\n\nThe minister said the talks\nwould resume on Monday in Geneva.\n\nNext."
    doc = parse_text(text, SRC)
    assert doc.blocks[0].text == "The minister said the talks would resume on Monday in Geneva."


def test_text_folded_at_a_fixed_width_keeps_its_lines(seed: Path) -> None:
    import textwrap

    folded = "\n\n".join(textwrap.fill(p, 72) for p in seed.read_text().split("\n"))
    doc = parse_text(folded, SRC)
    assert doc.title is None
    assert [b.text for b in doc.blocks if b.kind == "heading"] == [
        "Ukraine creates reserve troops",
        "‘Warplanes will go to Belarus’",
    ]
    original = segment([ingest(str(seed), 1, Options())]).sentences
    assert [s.text for s in segment([doc]).sentences] == [s.text for s in original]


@pytest.mark.parametrize(
    ("paragraph", "first"),
    [
        ("WASHINGTON (AP) -- The Senate voted on Tuesday.", "The Senate voted on Tuesday."),
        ("SANTA ROSA, Calif. _ Fire crews held the line.", "Fire crews held the line."),
        ("BEIJING, August 20 (Xinhua) -- China said it would.", "China said it would."),
        ("London (Reuters) - Oil rose on Monday.", "Oil rose on Monday."),
        # a reviewer's outlets: several places, a date with its year, a date first
        ("CARACAS/GEORGETOWN, March 10 (Meridian) - Armour rolled.", "Armour rolled."),
        ("N'DJAMENA, 10 March 2026 (Tchad Hebdo) - Refugees came.", "Refugees came."),
        ("March 10, 2026 (PORT SUDAN) - The army said so.", "The army said so."),
        ("BRASILIA, 15/03/2026 (Brasil em Foco) - Brazil will act.", "Brazil will act."),
        ("TOKYO/TAIPEI -- Two firms will build a plant.", "Two firms will build a plant."),
        ("YEREVAN, MARCH 10, ARMENPRESS. The toll rose to nine.", "The toll rose to nine."),
        # CNA's: no dash, but a place, a date and a credit (r48 L3); a credit alone is none
        ("Taipei, Dec. 14 (CNA) A quake struck Hualien.", "A quake struck Hualien."),
        ("Jane Lee (D-Ohio) Said so.", "Jane Lee (D-Ohio) Said so."),
        ("NATO, EU, UN. The three met.", "NATO, EU, UN."),
        ("The UN, 10 members - said it.", "The UN, 10 members - said it."),
        ("DUBAI A court sentenced the activist.", "A court sentenced the activist."),
        ("NATO The alliance met.", "The alliance met."),
        ("US President Ann Lee spoke.", "US President Ann Lee spoke."),
        ("BBC One will show it.", "BBC One will show it."),
        ("UK A level results rose.", "UK A level results rose."),
        ("WE ARE IN A CRISIS, the minister said.", "WE ARE IN A CRISIS, the minister said."),
        (
            "US-led forces -- officials said -- moved in.",
            "US-led forces -- officials said -- moved in.",
        ),
    ],
)
def test_a_dateline_is_no_part_of_the_first_sentence(paragraph: str, first: str) -> None:
    """A dateline opens one of the first paragraphs (a headline and a standfirst may come
    first); further down, the same form is the text's own (a second story's)."""
    text = (
        f"{paragraph}\n\nTalks went on.\n\nThey ended late.\n\n"
        "WASHINGTON (AP) -- A later paragraph keeps its words."
    )
    sentences = segment([parse_text(text, make_source("a.txt", 1, text.encode()))]).sentences
    assert sentences[0].text == first
    assert sentences[-1].text.startswith("WASHINGTON (AP)")


def test_a_folders_readme_is_no_article(tmp_path: Path) -> None:
    from brief.ingest import expand_inputs

    for name in ("README.md", "readme.txt", "a.txt", "b.md"):
        (tmp_path / name).write_text("Troops moved to the border on Monday.\n")
    assert [Path(p).name for p in expand_inputs([str(tmp_path)])] == ["a.txt", "b.md"]


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        ("Pennsylvania Gov. Tom Wolf spoke. He left.", 2),
        ("They met Mr. Tribe today. It rained.", 2),
        ("Sen. Ron Johnson (R-Wisc.) also spoke. The vote failed.", 2),
        ("Sales fell. iPhone sales rose. eBay fell.", 3),
    ],
)
def test_no_sentence_ends_at_a_short_title_or_before_a_lower_case_word(
    paragraph: str, sentences: int
) -> None:
    from brief.segment import split_sentences

    assert len(split_sentences(paragraph)) == sentences


def test_a_paragraph_opening_in_lower_case_continues_a_broken_sentence() -> None:
    text = (
        "Major on phone-ins\n\n"
        'He said: "I\n\n'
        "was\n\n"
        'prime minister and I wanted a real fight," says Mr Major. Others agreed.\n'
    )
    doc = parse_text(text, Source(1, "x.txt", "x.txt", "0" * 64, 0))
    paragraphs = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == [
        'He said: "I was prime minister and I wanted a real fight," says Mr Major. Others agreed.'
    ]


def test_a_long_text_is_split_in_two_processes_into_the_same_sentences(
    seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import brief.segment

    docs = [ingest(str(path), n, Options()) for n, path in enumerate([seed, *sample_paths()], 1)]
    alone = segment(docs)
    monkeypatch.setattr(brief.segment, "SPLIT_BESIDE_FROM", 1)
    assert segment(docs) == alone
    # in parts, which the two processes share from both ends
    monkeypatch.setattr(brief.segment, "PART_CHARS", 500)
    assert segment(docs) == alone


def test_a_short_title_ends_no_sentence_however_long_the_sentence() -> None:
    opening = "The talks, which " + "ran on and on and " * 30 + "ended, were led by Gov."
    doc = parse_text(f"{opening} Jeb Bush. Then they left.", SRC)
    assert [s.text for s in segment([doc]).sentences] == [
        f"{opening} Jeb Bush.",
        "Then they left.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "One sentence, closed by its stop.",
        "No stop at all",
        "Wait for it...",
        "  Spaces around it.  ",
        "He said: “we stay.”",
        "Is it? Two, then.",
        "Mr. Smith came.",
    ],
)
def test_a_paragraph_with_no_boundary_is_one_sentence_as_punkt_says(text: str) -> None:
    """split_sentences skips Punkt where Punkt's boundary rules find no place a sentence
    may end: Punkt itself must then return the paragraph whole (a guard for its upgrades)."""
    from brief.segment import _boundaries, _tokenizer, split_sentences

    if next(_boundaries("english").match(text), None) is None:
        assert _tokenizer("english").tokenize(text) == [text.rstrip()]
        assert split_sentences(text) == [" ".join(text.split())]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "DUSHANBE TIMES\nPolitics | Security\n17.06.2026\n\n"
            "Tajikistan says eight border guards killed\n\n"
            "Eight Tajik border guards were killed on Wednesday, a committee said.\n",
            "Tajikistan says eight border guards killed",
        ),
        (
            "UNHCR: Uganda press release\n\nUNHCR scales up response as arrivals surge\n\n"
            "KAMPALA, 17 June 2026 – The agency is scaling up its response in Uganda.\n",
            "UNHCR scales up response as arrivals surge",
        ),
        # a short headline in capitals over its story's first sentence stays the headline
        (
            "CHARGERS' RECEIVER ARRESTED\n\n"
            "San Diego Chargers wide receiver Vincent Jackson was arrested yesterday.\n",
            "CHARGERS' RECEIVER ARRESTED",
        ),
    ],
)
def test_a_masthead_or_a_release_label_is_no_headline(text: str, title: str) -> None:
    """r42: "DUSHANBE TIMES", "PRESS RELEASE" had headed their sources in the list."""
    assert parse_text(text, make_source("a.txt", 1, text.encode())).title == title


@pytest.mark.parametrize(
    ("text", "title", "date", "outlet"),
    [
        # a state's and its ministry's names in capitals, a release's label and date
        (
            "REPUBLIC OF UPPER TARN - MINISTRY OF PORTS, HARBOURS AND INLAND WATERWAYS\n"
            "PRESS RELEASE | 4 June 2025\n\n"
            "Ministry confirms ferry toll rises to twelve\n\n"
            "The ministry confirmed on Wednesday that twelve people died when the ferry sank.\n",
            "Ministry confirms ferry toll rises to twelve",
            "2025-06-04",
            "REPUBLIC OF UPPER TARN - MINISTRY OF PORTS, HARBOURS AND INLAND WATERWAYS",
        ),
        (
            "U.S. DEPARTMENT OF THE INTERIOR\nPress Release | June 4, 2025\n\n"
            "Interior Suspends Drilling Leases Off the Elsey Coast\n\n"
            "WASHINGTON - Today, the department suspended seven leases.\n",
            "Interior Suspends Drilling Leases Off the Elsey Coast",
            "2025-06-04",
            "U.S. DEPARTMENT OF THE INTERIOR",
        ),
        # under a masthead, the state's name in title case, then the label and the date
        (
            "DEPARTMENT OF MARITIME SAFETY\nRepublic of Upper Tarn\nPRESS RELEASE | 4 June 2025\n\n"
            "DMS confirms death of two seafarers; one still missing\n\n"
            "The department confirms that two seafarers died in the attack.\n",
            "DMS confirms death of two seafarers; one still missing",
            "2025-06-04",
            "DEPARTMENT OF MARITIME SAFETY",
        ),
        # the coast guard's name, the label and a bare date, each on its line
        (
            "ELSEY COAST GUARD\nPRESS RELEASE\n4 June 2025\n\n"
            "ECG condemns dangerous maneuvers and water cannon use against resupply mission"
            " to the outpost\n\n"
            "The Elsey Coast Guard strongly condemns the dangerous actions of the patrol.\n\n"
            "For verification: Commodore Ann Lee, ECG Spokesperson for the Western Sea.\n",
            "ECG condemns dangerous maneuvers and water cannon use against resupply mission"
            " to the outpost",
            "2025-06-04",
            "ELSEY COAST GUARD",
        ),
        # a blank line between each of the release's lines
        (
            "ELSEY COAST GUARD\n\nPRESS RELEASE\n\n4 June 2025\n\n"
            "ECG rescues twelve fishermen off the cape\n\n"
            "The Elsey Coast Guard rescued twelve fishermen on Wednesday.\n",
            "ECG rescues twelve fishermen off the cape",
            "2025-06-04",
            "ELSEY COAST GUARD",
        ),
        # a communiqué: the letterhead, its number, place and date, then its paragraphs
        (
            "REPUBLIC OF UPPER TARN - MINISTRY OF THE INTERIOR AND PUBLIC SECURITY\n"
            "Communique No. 041/MI/SP | Ostravel, 4 June 2025 | Unofficial English translation"
            "\n\nThe Government informs national opinion that gunmen attacked a camp.\n\n"
            "The search for the hostages continues.\n",
            None,
            "2025-06-04",
            "REPUBLIC OF UPPER TARN - MINISTRY OF THE INTERIOR AND PUBLIC SECURITY",
        ),
        # a release's label before its headline on the same line
        (
            "PRESS RELEASE: Elsey Coast Guard rescues twelve fishermen off the cape\n"
            "Elsey Coast Guard | Press Office | Port Elsey, 4 June 2025\n\n"
            "The coast guard rescued twelve fishermen on Wednesday.\n",
            "Elsey Coast Guard rescues twelve fishermen off the cape",
            "2025-06-04",
            "Elsey Coast Guard",
        ),
        # r45 M8: the letterhead of states' body together, over its label and headline
        (
            "ECONOMIC COMMUNITY OF THE TARN BASIN STATES\nPRESS RELEASE\n\n"
            "Community convenes emergency summit on Upper Tarn\n\nOstravel, 4 June 2025\n\n"
            "The Commission has taken note of the events in Upper Tarn with concern.\n",
            "Community convenes emergency summit on Upper Tarn",
            "2025-06-04",
            "ECONOMIC COMMUNITY OF THE TARN BASIN STATES",
        ),
        # headlines in capitals that name a body and go on stay headlines
        (
            "ARMY KILLS REBELS IN NORTH\nBy Ann Lee | Elsey Post | June 4, 2025\n\n"
            "The army said it killed rebels in the north on Wednesday.\n",
            "ARMY KILLS REBELS IN NORTH",
            "2025-06-04",
            "Elsey Post",
        ),
        (
            "STATE OF EMERGENCY DECLARED\n\nThe president declared a state of emergency.\n",
            "STATE OF EMERGENCY DECLARED",
            None,
            None,
        ),
    ],
)
def test_a_letterhead_or_a_release_label_is_no_headline(
    text: str, title: str | None, date: str | None, outlet: str | None
) -> None:
    """r43 M5: "REPUBLIC OF NIGER - MINISTRY OF THE INTERIOR, ...", "U.S. DEPARTMENT OF
    THE TREASURY", "Republic of the Philippines" and "PRESS RELEASE" had titled their
    releases (and a story of the digest) over a real headline; with none under it, a
    letterhead heads nothing. The release is dated by the date above its headline, and
    credited to the body its letterhead names where nothing else names whose it is."""
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    assert (doc.title, doc.date, doc.source.outlet) == (title, date, outlet)
    # the first sentence is the story's, neither the letterhead's nor the headline's
    assert segment([doc]).sentences[0].text.startswith(("The ", "WASHINGTON", "Today"))


def test_a_releases_headline_is_no_bottom_line_and_its_contact_no_bullet(tmp_path: Path) -> None:
    """r43 M5: a coast guard's release had its headline as the Bottom line (no sentence:
    no stop) and its "For verification: ..." contact line as a bullet."""
    from typer.testing import CliRunner

    from brief.cli import app

    article = tmp_path / "release.txt"
    article.write_text(
        "ELSEY COAST GUARD\nPRESS RELEASE\n4 June 2025\n\n"
        "ECG condemns dangerous maneuvers and water cannon use against resupply mission to"
        " the outpost\n\n"
        "The Elsey Coast Guard strongly condemns the dangerous actions of the patrol ship"
        " against the resupply mission on Wednesday.\n\n"
        "The patrol ship fired its water cannon at the supply boat for twelve minutes.\n\n"
        "Four crew members of the supply boat sustained minor injuries from broken glass.\n\n"
        "For verification: Commodore Ann Lee, ECG Spokesperson for the Western Sea.\n",
        encoding="utf-8",
    )
    out = tmp_path / "brief.md"
    result = CliRunner().invoke(app, ["make", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    brief = out.read_text(encoding="utf-8")
    assert brief.startswith("# ECG condemns dangerous maneuvers")
    assert "**Bottom line:** The Elsey Coast Guard strongly condemns" in brief
    assert "For verification" not in brief
    assert "ELSEY COAST GUARD, 2025-06-04" in brief


def test_emoji_after_a_stop_close_the_sentence_they_follow() -> None:
    """r57 #15: "... spellings. 🚨🚨 Zhuk said ..." had opened the next bullet with the
    emoji; at a paragraph's end they had been dropped. A paragraph's opening emoji stay."""
    from brief.segment import split_sentences

    text = (
        "The pages copied our name. 🚨🚨 Ana Rus, the editor, said so. 👨\u200d👩\u200d👧 Done. 🙏"
    )
    assert split_sentences(text) == [
        "The pages copied our name. 🚨🚨",
        "Ana Rus, the editor, said so. 👨\u200d👩\u200d👧",
        "Done. 🙏",
    ]
    assert split_sentences("🔴 The dam burst at dawn. ❝We ran,❞ a farmer said.") == [
        "🔴 The dam burst at dawn.",
        "❝We ran,❞ a farmer said.",
    ]
