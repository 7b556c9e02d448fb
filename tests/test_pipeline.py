"""The order of the stages: what the pipeline itself decides."""

from __future__ import annotations

from pathlib import Path

from brief.models import Briefing, text_key
from brief.options import Options
from brief.pipeline import build
from tests.conftest import FIXED_NOW


def test_lead_keeps_the_opening_sentences(seed: Path) -> None:
    """Section budgets reorder a ranking; the lead baseline is not theirs to reorder."""
    briefing = build([str(seed)], Options(algorithm="lead", sentences=10, now=FIXED_NOW))
    assert sorted(b.index for b in briefing.summary) == list(range(1, 11))


def test_sentences_already_sent_are_not_chosen_again(seed: Path) -> None:
    options = Options(now=FIXED_NOW)
    first = build([str(seed)], options)
    sent = frozenset(text_key(b.text) for b in first.summary)
    again = build([str(seed)], options, sent=sent)
    assert not {text_key(b.text) for b in again.summary} & sent
    assert not {text_key(b.text) for s in again.stories for b in s.bullets} & sent


def _sections_of(tmp_path: Path, body: str, sentences: int) -> tuple[Briefing, dict[int, str]]:
    """A one-article brief of `body` under a headline, and each kept sentence's section
    (the bottom line's included)."""
    article = tmp_path / "a.txt"
    article.write_text(f"Ministers meet in Geneva\n\n{body}\n", encoding="utf-8")
    briefing = build([str(article)], Options(sentences=sentences, now=FIXED_NOW))
    section_of = {b.index: b.section for s in briefing.sections for b in s.bullets}
    top = briefing.bottom_line
    if top is not None:
        section_of[top.index] = top.section
    return briefing, section_of


def test_a_sentence_brought_for_its_antecedent_shares_its_section(tmp_path: Path) -> None:
    briefing, section_of = _sections_of(
        tmp_path,
        "The foreign ministers of both countries met in Geneva for talks on Friday. "
        "He added that troops and tanks would stay on the border. "
        "Trade between the two countries fell last year.",
        sentences=3,
    )
    assert briefing.bottom_line is not None
    assert section_of[2] == section_of[1]


def test_a_quote_over_several_sentences_stays_in_one_section(tmp_path: Path) -> None:
    """Its middle and closing sentences have cues of their own ("troops", "attack"), but
    a reader reads the quote whole: it sits where its opening sentence does."""
    _, section_of = _sections_of(
        tmp_path,
        "The foreign ministers of both countries met in Geneva for talks on Friday. "
        'The minister said: "We agreed to hold talks again next month. '
        "Nobody wants troops and tanks on the border. "
        'Nobody wants an attack." '
        "Trade between the two countries fell last year.",
        sentences=5,
    )
    assert {2, 3, 4} <= set(section_of)
    assert section_of[2] == section_of[3] == section_of[4]


RUSSIAN = (
    "Министр обороны заявил в понедельник, что учения продлятся до конца месяца. "
    "По его словам, в них участвуют около трёх тысяч военнослужащих и сотни единиц техники. "
    "Представитель министерства иностранных дел сказал журналистам, что переговоры будут "
    "продолжены на следующей неделе в столице. "
    "Эксперты считают, что это решение связано с ситуацией на границе."
)


def test_an_article_in_another_language_gets_a_plain_summary(tmp_path: Path) -> None:
    """The extractors read English only: a Russian article is ranked, not mined."""
    article = tmp_path / "ru.txt"
    article.write_text(RUSSIAN, encoding="utf-8")
    briefing = build([str(article)], Options(now=FIXED_NOW))
    assert briefing.summary
    assert not briefing.actors and not briefing.quotes and not briefing.figures
    assert [s.title for s in briefing.sections if s.bullets] == ["Summary"]


def test_the_same_articles_give_the_same_brief_under_any_hash_seed(tmp_path: Path) -> None:
    """Sets iterate in a per-process order; the solver must not see it (same input, same
    output, whatever the machine's load or the process's hash seed)."""
    import os
    import subprocess
    import sys

    from tests.conftest import FIXED_EPOCH, ROOT, SAMPLES

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"brief-{seed}.json"
        env = os.environ | {"PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": FIXED_EPOCH}
        subprocess.run(
            [sys.executable, "-m", "brief", "make", str(SAMPLES), "-o", str(out)],
            check=True,
            cwd=ROOT,
            env=env,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_a_credit_lines_number_is_no_key_figure(tmp_path: Path) -> None:
    """ "Last week: 978 migrants rescued ... contributed to this report." links another
    story and credits a reporter; its number is not this story's."""
    article = tmp_path / "a.txt"
    article.write_text(
        "Migrants rescued off Italy\n\nThe coast guard rescued 8,480 migrants from Friday to "
        "Monday, officials said. Crews reached 20 boats in distress off Libya. Last week: 978 "
        "migrants rescued in one day in Mediterranean Sea Anna Ellis contributed to this "
        "report.\n",
        encoding="utf-8",
    )
    briefing = build([str(article)], Options(now=FIXED_NOW))
    texts = [f.text for f in briefing.figures]
    assert "rescued 8,480 migrants" in texts and not any("978" in t for t in texts)


def test_what_only_a_sentence_on_another_event_says_is_not_the_storys(tmp_path: Path) -> None:
    """ "Separately, North Korea fired a missile ..." in a report on drills around Taiwan
    (r35): its country, its figure and its day had been the drills' actor, key figure and
    timeline row; the paragraph's next sentence goes on with that event."""
    article = tmp_path / "a.txt"
    article.write_text(
        "China stages drills around Taiwan\n\nChina sent 31 aircraft and 11 ships around"
        " Taiwan on Monday, Taiwan's defence ministry said. President Lai Ching-te called"
        " the drills a provocation.\n\nSeparately, North Korea fired a ballistic missile"
        " into the Sea of Japan on Sunday. It flew 450 kilometres, Japan's defence ministry"
        " said.\n",
        encoding="utf-8",
    )
    briefing = build([str(article)], Options(now=FIXED_NOW))
    figures = " ".join(f.text for f in briefing.figures)
    assert "31 aircraft" in figures and "450" not in figures
    assert "North Korea" not in {a.name for a in briefing.actors}
    assert "Lai Ching-te" in {a.name for a in briefing.actors}
    assert all("North Korea" not in e.text for e in briefing.timeline)


def test_a_paragraph_a_page_repeats_is_cited_where_it_first_stands(
    tmp_path: Path, seed: Path
) -> None:
    """A scraped page that repeats its opening paragraph (teaser and body) had its bullets
    cite every copy ("[1:1; 1:7; 1:32]"), as if three reports carried them."""
    paragraphs = [p for p in seed.read_text(encoding="utf-8").splitlines() if p.strip()]
    repeated = [*paragraphs[:3], paragraphs[1], *paragraphs[3:], paragraphs[1]]
    article = tmp_path / "repeated.txt"
    article.write_text("\n\n".join(repeated) + "\n", encoding="utf-8")
    briefing = build([str(article)], Options(now=FIXED_NOW))
    bullets = [b for s in briefing.sections for b in s.bullets]
    if briefing.bottom_line is not None:
        bullets.append(briefing.bottom_line)
    assert bullets and all(";" not in b.ref for b in bullets)
    assert any(b.index == 1 for b in bullets)  # the lead, cited where it first stands


_SMELTER = (
    "Blast shuts Corvane smelter in Tellmark, three workers hurt\n\n"
    "A blast at Halvorsen Metals' Corvane smelter in Tellmark injured three workers on"
    " Tuesday and shut its furnaces for at least two weeks, the company said.\n\n"
    "Halvorsen Metals said the Corvane smelter produces about 120,000 tonnes of aluminium a"
    " year. Firefighters in Tellmark put out the fire within four hours.\n\n"
    '"Our first thought is for our injured colleagues," Halvorsen chief executive Ada'
    " Rennick said.\n"
)
_SMELTER_AGAIN = (
    "Three hurt as blast halts Tellmark aluminium smelter\n\n"
    "Three workers were hurt on Tuesday when a blast hit Halvorsen Metals' Corvane smelter"
    " in Tellmark, police said.\n\n"
    "Police in Tellmark said the three were taken to hospital. Halvorsen Metals shares fell"
    " 3.1% in Oslo trading.\n"
)
# a market close: its first item is the blast's, the rest are other markets' news
_METALS_CLOSE = (
    "# Metals close: aluminium up after Corvane blast\n\n"
    "*Metals Desk | Market close | 2 December 2026*\n\n"
    "Aluminium rose 1.9% to $2,480 a tonne after a blast shut Halvorsen Metals' Corvane"
    " smelter in Tellmark.\n\n"
    "Nickel on the Rastrow exchange fell 2.4% to $16,210 a tonne on Wednesday as Brevik"
    " Resources restarted its Ulmar mine.\n\n"
    'Zinc gained 0.8% to $2,615 a tonne. "Stocks in Pelgrave warehouses are thin," said'
    " Jonna Sattel, a trader at Farrow Capital.\n\n"
    "Cobalt slid 3% to $24,300 a tonne on Monday after Kivuto Holdings lifted its export"
    " pause.\n\n"
    "Palladium settled at $1,012 an ounce, with Grisholm Refiners buying.\n"
)
_PORT_STRIKE = (
    "Dockers at Pellham port walk out over pay\n\n"
    "Dockers at the port of Pellham walked out on Wednesday in a dispute over pay, halting"
    " grain loadings, the Pellham Dockworkers' Union said.\n\n"
    "The union said 1,400 members had joined the strike. Port operator Marrow Terminals"
    " said talks would resume on Friday.\n"
)
# what only the close's other items say
_OTHER_MARKETS = ("16,210", "2,615", "24,300", "1,012", "2.4%", "0.8%", "Nickel", "Cobalt")


def _smelter_brief(tmp_path: Path, *others: str) -> Briefing:
    texts = [_SMELTER, _SMELTER_AGAIN, _METALS_CLOSE, *others]
    for name, text in zip(["a.txt", "b.txt", "c.md", "d.txt"], texts, strict=False):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return build([str(tmp_path)], Options(profile="markets", now=FIXED_NOW))


def test_a_roundups_items_of_other_events_give_their_story_no_facts(tmp_path: Path) -> None:
    """A market close that joins a blast's story gives it its first item's price, and no
    figure, quote, date or person of its other items: a refinery fire's key figures had
    held a price report's gas and crude prices (r56), as its bullets no longer did."""
    briefing = _smelter_brief(tmp_path, _PORT_STRIKE)
    assert len(briefing.stories) == 2
    figures = " ".join(f.text for f in briefing.figures)
    assert "$2,480 a tonne" in figures and "1,400 members" in figures
    assert not any(other in figures for other in _OTHER_MARKETS)
    assert [q.speaker for q in briefing.quotes] == ["Ada Rennick"]
    assert not any(e.sentence.source == 3 and e.sentence.index > 1 for e in briefing.timeline)
    actors = {a.name for a in briefing.actors}
    assert "Ada Rennick" in actors
    assert not actors & {"Jonna Sattel", "Brevik Resources", "Kivuto Holdings"}
    bullets = [b.text for s in briefing.stories for b in s.bullets]
    assert not any(other in text for other in _OTHER_MARKETS for text in bullets)


def test_a_one_story_brief_leaves_its_roundups_other_items_out(tmp_path: Path) -> None:
    """Alone with the reports it joined, the close's other items are no bullet of the
    brief either: the brief is that story's, under its headline."""
    briefing = _smelter_brief(tmp_path)
    assert len(briefing.stories) == 1
    assert any(b.source == 3 for b in briefing.summary)  # its first item is the story's
    assert not any(b.source == 3 and b.index > 1 for b in briefing.summary)
    figures = " ".join(f.text for f in briefing.figures)
    assert not any(other in figures for other in _OTHER_MARKETS)
    assert "Jonna Sattel" not in {q.speaker for q in briefing.quotes}
