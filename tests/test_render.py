"""Rendered output checked by content: PDF by its text and metadata, never its bytes."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from brief.options import Options
from brief.pipeline import build
from brief.render import render
from tests.conftest import FIXED_NOW, SAMPLES, bare_briefing

SAMPLE = SAMPLES / "baltic-drills.txt"
OPTIONS = Options(now=FIXED_NOW)


@pytest.fixture(scope="module")
def briefing():  # type: ignore[no-untyped-def]
    return build([str(SAMPLE)], OPTIONS)


@pytest.fixture(scope="module")
def pdf(briefing) -> bytes:  # type: ignore[no-untyped-def]
    return render(briefing, "pdf", OPTIONS)


def pdf_text(data: bytes) -> str:
    if shutil.which("pdftotext"):
        out = subprocess.run(
            ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
        )
        return out.stdout.decode("utf-8")
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_pdf_is_a4_with_header_footer_and_metadata(briefing, pdf: bytes) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(io.BytesIO(pdf))
    assert 1 <= len(reader.pages) <= 3
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert reader.metadata is not None
    assert reader.metadata.title == briefing.title
    assert reader.metadata.creation_date is not None
    assert reader.metadata.creation_date.date() == FIXED_NOW.date()
    text = pdf_text(pdf)
    pages = len(reader.pages)
    assert f"page 1 of {pages}" in text
    assert "Generated 2026-11-25" in text


def test_pdf_text_carries_the_brief(briefing, pdf: bytes) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(pdf_text(pdf).split())
    assert "Bottom line:" in text
    for section in briefing.sections:
        if section.bullets:
            assert section.title in text
    assert "Sources" in text and briefing.sources[0].name in text  # hashes are in the JSON
    first = briefing.bottom_line
    assert " ".join(first.text.split()[:6]) in text


def test_pdf_has_no_links_or_attachments(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    assert "/EmbeddedFiles" not in str(root.get("/Names", {}))
    for page in reader.pages:
        assert "/Annots" not in page


def test_markdown_has_every_part(briefing) -> None:  # type: ignore[no-untyped-def]
    md = render(briefing, "md", OPTIONS).decode()
    assert md.startswith(f"# {briefing.title}")
    assert "Generated 2026-11-25 06:00 UTC" in md
    assert "**Bottom line:**" in md
    assert "## Sources" in md and briefing.sources[0].name in md  # hashes are in the JSON
    for bullet in briefing.summary:
        assert bullet.ref in md


def test_json_has_the_documented_fields(briefing) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(render(briefing, "json", OPTIONS))
    assert data["title"] == briefing.title
    for item in data["summary"]:
        assert set(item) >= {"text", "source", "index", "score", "section"}
    assert data["sections"] and all({"key", "title", "bullets"} <= set(s) for s in data["sections"])
    for actor in data["actors"]:
        assert set(actor) >= {"name", "kind", "role"}
    assert isinstance(data["figures"], list) and isinstance(data["quotes"], list)
    sentences = data["sentences"]
    assert {"text", "score", "section", "selected"} <= set(sentences[0])
    assert sum(s["selected"] for s in sentences) == len(data["summary"])


def test_every_selected_sentence_is_in_exactly_one_section(briefing) -> None:  # type: ignore[no-untyped-def]
    """The bottom line heads the brief and is not counted again in a section."""
    placed = [(b.source, b.index) for s in briefing.sections for b in s.bullets]
    top = briefing.bottom_line
    placed.append((top.source, top.index))
    assert sorted(placed) == sorted((b.source, b.index) for b in briefing.summary)
    for s in briefing.sections:
        refs = [(b.source, b.index) for b in s.bullets]
        assert refs == sorted(refs), "bullets are in reading order"


def test_user_templates_override_packaged_ones(tmp_path: Path, briefing) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "brief.md.j2").write_text("CUSTOM {{ b.title }}\n")
    md = render(briefing, "md", Options(templates=tmp_path)).decode()
    assert md.startswith("CUSTOM ")


def test_compiled_templates_are_kept_and_a_broken_copy_is_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, briefing
) -> None:  # type: ignore[no-untyped-def]
    import tempfile

    from jinja2.bccache import bc_magic

    from brief.render import templates

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # Jinja's cache folder is in it
    templates._environment.cache_clear()
    try:
        first = render(briefing, "md", OPTIONS)
        kept = list(tmp_path.glob("_jinja2-cache-*/*.cache"))
        assert kept, "the compiled template is kept for the next run"
        templates._environment.cache_clear()
        assert render(briefing, "md", OPTIONS) == first  # read compiled
        header = len(bc_magic)  # cut short after Jinja's header: compiled again, same brief
        for path in kept:
            path.write_bytes(path.read_bytes()[: header + 3])
        templates._environment.cache_clear()
        assert render(briefing, "md", OPTIONS) == first
    finally:
        templates._environment.cache_clear()


def test_timeline_is_a_list_in_markdown_and_a_graphic_in_html(briefing) -> None:  # type: ignore[no-untyped-def]
    md = render(briefing, "md", OPTIONS).decode()
    html = render(briefing, "html", OPTIONS).decode()
    if len(briefing.timeline) >= 2:
        assert "## Timeline" in md
        assert '<h2 id="timeline">Timeline</h2><figure class="timeline"><svg' in html.replace(
            "\n", ""
        )


def test_a_quotation_over_several_bullets_is_one_item() -> None:
    """No item opens or closes a quote it does not hold whole; each sentence keeps its
    own citation."""
    from brief.models import Bullet
    from brief.render.view import quote_runs

    bullets = [
        Bullet("Talks resumed on Monday.", 1, 3, 1.0, "diplomacy"),
        Bullet('He said: "We are ready.', 1, 4, 0.9, "diplomacy"),
        Bullet("We will not wait.", 1, 5, 0.8, "diplomacy"),
        Bullet('Nobody wants war."', 1, 6, 0.7, "diplomacy"),
        Bullet("Trade fell.", 1, 7, 0.6, "diplomacy"),
    ]
    runs = quote_runs(bullets)
    assert [[b.index for b in run] for run in runs] == [[3], [4, 5, 6], [7]]


def test_a_pdf_that_runs_past_two_pages_shows_fewer_list_rows(briefing) -> None:  # type: ignore[no-untyped-def]
    """One or two pages: the lists after the stories are shortened to fit, most
    important rows first; the bullets and the Sources stay whole."""
    from dataclasses import replace

    from brief.models import Quote

    long_words = " ".join(["the talks will go on for as long as it takes to agree"] * 12)
    quotes = tuple(
        Quote(f"Speech {n}: {long_words}", "Ilze Kalnina", "Ilze Kalnina", q.sentences)
        for n, q in enumerate(briefing.quotes * 4)
    )
    actors = tuple(replace(a, name=f"{a.name} {n}") for n in range(3) for a in briefing.actors)
    long = replace(briefing, quotes=quotes, actors=actors)
    data = render(long, "pdf", OPTIONS)
    assert len(PdfReader(io.BytesIO(data)).pages) <= 2
    text = pdf_text(data)
    assert text.count("Speech ") < 4
    for bullet in (b for s in briefing.sections for b in s.bullets):
        assert bullet.ref in text
    assert briefing.sources[0].name in text


def test_the_speaker_of_a_quote_shown_is_in_the_actors_table(briefing) -> None:  # type: ignore[no-untyped-def]
    """A day's countries had filled the table, and three quoted ministers were in none of
    its rows (a reviewer's): a quote's speaker is listed after the top rows, with a title."""
    from dataclasses import replace

    from brief.models import Actor, Quote

    minister = Actor("Liao Wen-chieh", "person", "Defence Minister", 1, ())
    countries = tuple(Actor(f"Country {n}", "country", None, 20 - n, ()) for n in range(12))
    quote = Quote(
        "The drills are a threat.", "Liao", "Liao Wen-chieh", briefing.quotes[0].sentences
    )
    crowded = replace(briefing, actors=(*countries, minister), quotes=(quote,))
    table = render(crowded, "md", OPTIONS).decode().split("## Actors", 1)[1].split("\n## ", 1)[0]
    assert "| Liao Wen-chieh | person | Defence Minister" in table
    assert "Country 11" in table


def test_a_digest_story_keeps_its_lead_and_best_items_whole() -> None:
    """A story shortened for print keeps its lead and its best items in their order, and
    a quotation over several bullets goes or stays whole."""
    from brief.models import Bullet, Section, Story
    from brief.render.view import fewer_bullets

    bullets = (
        Bullet("Talks resumed on Monday.", 1, 1, 0.2, "diplomacy"),
        Bullet('He said: "We are ready.', 1, 4, 0.9, "diplomacy"),
        Bullet('Nobody wants war."', 1, 5, 0.1, "diplomacy"),
        Bullet("Trade fell.", 1, 7, 0.5, "diplomacy"),
        Bullet("Ports shut.", 1, 9, 0.6, "diplomacy"),
    )
    other = Bullet("A storm hit.", 2, 1, 0.3, "other")
    stories = (
        Story("a", "Talks", (1,), 1, "diplomacy", bullets),
        Story("b", "Storm", (2,), 1, "other", (other,)),
    )
    sections = (Section("diplomacy", "Diplomacy", bullets), Section("other", "Other", (other,)))
    digest = bare_briefing(
        sections=sections,
        stories=stories,
    )
    shorter = fewer_bullets(digest, (2, 2))
    assert [b.index for b in shorter.stories[0].bullets] == [1, 4, 5]
    assert [b.index for b in shorter.sections[0].bullets] == [1, 4, 5]
    assert shorter.stories[1].bullets == (other,)
    assert [b.index for b in fewer_bullets(digest, (3, 3)).stories[0].bullets] == [1, 4, 5, 9]


def test_a_shortened_print_lists_the_stories_least_the_profiles_before_cutting_news() -> None:
    """A story in none of the profile's sections (a tennis match in a watched city), or
    with nothing new in a daily run, is listed one line with the stories not reported in
    full before another story loses a bullet; the digest keeps reporting a story of the
    profile, so none is listed when they are all such (r65 F9)."""
    from dataclasses import replace

    from brief.models import Bullet, Section, Story
    from brief.render.view import fewer_bullets, minor_stories

    airport = (
        Bullet("Ash closed the Varn airport on Monday.", 1, 1, 0.5, "movement", new=True),
        Bullet("The Varn airport reopened on Tuesday.", 1, 4, 0.4, "movement", new=True),
    )
    match = (Bullet("A Varn teenager reached the quarter-finals.", 2, 1, 0.9, "other", new=True),)
    bridge = (Bullet("Ostia shut its border bridge on Sunday.", 3, 1, 0.8, "movement"),)
    stories = (
        Story("a", "Airport", (1,), 1, "movement", airport),
        Story("b", "Tennis", (2,), 1, "other", match),
        Story("c", "Bridge", (3,), 1, "movement", bridge),
    )
    digest = bare_briefing(
        profile="travelsec",
        sections=(Section("movement", "Airports", (*airport, *bridge)),),
        stories=stories,
    )
    assert minor_stories(stories) == {(2,), (3,)}
    shorter = fewer_bullets(digest, (5, 5, 5), minor_stories(stories))
    assert [s.relevant for s in shorter.stories] == [True, False, False]
    assert shorter.stories[0].bullets == airport  # the profile's news stays whole
    assert shorter.sections[0].bullets == airport
    assert fewer_bullets(digest, (5, 5, 5)).stories == stories  # none listed: nothing changes
    only = replace(digest, stories=stories[1:])
    assert minor_stories(only.stories) == frozenset()


def test_a_story_new_today_is_no_minor_story_of_an_update() -> None:
    """r69 F12: a later run of the day marks new only what came since the morning's mail,
    and the day's only new attack, told in full at 06:00, had been printed at 07:15 as a
    one-liner "· new" under "Also in the inbox". A story new since the last day's brief
    keeps its place; one developing since an earlier day with nothing new is listed."""
    from brief.models import Bullet, Story
    from brief.render.view import minor_stories

    late = (Bullet("The depot reopened its gates at noon.", 1, 1, 0.9, "supply", new=True),)
    fire = (Bullet("A fire gutted the Orvik grain depot overnight.", 2, 1, 0.8, "supply"),)
    strike = (Bullet("Dockers at Orvik kept up their strike.", 3, 1, 0.7, "supply"),)
    stories = (
        Story("a", "Depot reopens", (1,), 1, "supply", late, status="developing"),
        Story("b", "Fire guts grain depot", (2,), 1, "supply", fire, status="new"),
        Story("c", "Dock strike goes on", (3,), 1, "supply", strike, status="developing"),
    )
    assert minor_stories(stories) == {(3,)}


def test_a_story_whose_news_the_mornings_brief_told_is_no_minor_story_of_an_update() -> None:
    """r76 F18: a story developing since an earlier day whose news the day's earlier
    brief told (`news_today`) has nothing marked new in the update, which marks only
    what came since, and its print had listed it one line beside out-of-profile items.
    It keeps its place; one with no news today is listed."""
    import dataclasses

    from brief.models import Bullet, Story
    from brief.render.view import minor_stories

    late = (Bullet("The ferry to Skarn sailed again at noon.", 1, 1, 0.9, "transport", new=True),)
    fog = (Bullet("Fog closed the Skarn harbour for a third day.", 2, 1, 0.8, "transport"),)
    pier = (Bullet("Repairs on the Skarn pier went on.", 3, 1, 0.7, "transport"),)
    stories = (
        Story("a", "Ferry sails", (1,), 1, "transport", late, status="developing"),
        Story("b", "Fog shuts harbour", (2,), 1, "transport", fog, status="developing"),
        Story("c", "Pier repairs", (3,), 1, "transport", pier, status="developing"),
    )
    assert minor_stories(stories) == {(2,), (3,)}
    told = (stories[0], dataclasses.replace(stories[1], news_today=True), stories[2])
    assert minor_stories(told) == {(3,)}


def _long_digest(briefing, count: int):  # type: ignore[no-untyped-def]
    """A digest of `count` one-report stories of five bullets each, every source with a
    headline and a URL."""
    from dataclasses import replace

    from brief.models import Bullet, Section, Source, Story

    sentence = (
        "Officials said the talks over the disputed border crossing would resume next week"
        " in the capital."
    )
    stories = tuple(
        Story(
            f"s{n}",
            f"Story number {n} headline",
            (n,),
            1,
            "diplomacy",
            tuple(
                Bullet(f"Story {n} point {k}. {sentence}", n, k, 1.0 / k, "diplomacy")
                for k in range(1, 6)
            ),
        )
        for n in range(1, count + 1)
    )
    sources = tuple(
        Source(
            n,
            f"story-{n}.txt",
            f"story-{n}.txt",
            f"{n:064x}",
            900,
            title=f"Story number {n} headline",
            url=f"https://news.example/{n}",
        )
        for n in range(1, count + 1)
    )
    return replace(
        briefing,
        title="Geopolitics brief",
        sources=sources,
        stories=stories,
        sections=(Section("diplomacy", "Diplomacy", tuple(b for s in stories for b in s.bullets)),),
        bottom_line=stories[0].bullets[0],
    )


def test_a_long_digest_prints_on_two_pages_with_every_story_and_source(briefing) -> None:  # type: ignore[no-untyped-def]
    """Fifteen reports of ten stories had printed on four pages: the lists shorten, the
    print gets denser, and last each story keeps its lead and best bullets."""
    digest = _long_digest(briefing, 10)
    data = render(digest, "pdf", OPTIONS)
    assert len(PdfReader(io.BytesIO(data)).pages) == 2
    text = pdf_text(data)
    assert "This print is shortened" in " ".join(text.split())
    for story in digest.stories:
        assert story.title in text and story.bullets[0].ref in text
        assert f"https://news.example/{story.sources[0]}" in text


def test_a_digest_too_long_for_two_pages_prints_as_near_to_them_as_it_can(briefing) -> None:  # type: ignore[no-untyped-def]
    """A trial's mail of 20 reports went out at 5 pages, unshortened, when 3 were within
    reach: the shortening is kept when it saves pages, and says so."""
    from brief.render.as_html import render_html

    digest = _long_digest(briefing, 45)
    data = render(digest, "pdf", OPTIONS)
    pages = len(PdfReader(io.BytesIO(data)).pages)
    from weasyprint import HTML

    whole = len(HTML(string=render_html(digest, OPTIONS), base_url=None).render().pages)
    assert 2 < pages < whole
    text = pdf_text(data)
    assert "This print is shortened" in " ".join(text.split())
    for story in digest.stories:
        assert story.title in text and story.bullets[0].ref in text


def test_a_print_a_few_points_too_long_for_two_pages_loses_only_those(briefing) -> None:  # type: ignore[no-untyped-def]
    """r78 F8: the print had gone by whole steps, and a day of five stories went out cut
    to each story's lead, with no quote, date or actor, above a half-blank second page.
    It is cut a row or a point at a time, and the print kept is the first that fits:
    six stories of five points, a little over two pages whole, keep all but a few."""
    digest = _long_digest(briefing, 6)
    data = render(digest, "pdf", OPTIONS)
    assert len(PdfReader(io.BytesIO(data)).pages) == 2
    text = pdf_text(data)
    kept = [f"[{n}:{k}]" in text for n in range(1, 7) for k in range(1, 6)]
    assert sum(kept) >= 25  # whole steps had kept 18: three points a story
    for heading in ("Actors", "Timeline", "Quotes", "Key figures"):
        assert heading in text


def test_each_shortened_print_cuts_one_thing_more() -> None:
    """The prints the PDF chooses among run from the lists' full rows to LAST_LISTS, one
    row, one point or one story's place at a time (or the denser type), in the order the
    README gives: lists, denser type, lists, the stories least the profile's, points,
    lists."""
    from brief.models import Bullet, Section, Story
    from brief.render.as_pdf import LAST_LISTS, LISTS, LISTS_WHEN_DENSER, prints

    def points(source: int, count: int) -> tuple[Bullet, ...]:
        return tuple(
            Bullet(f"Point {k} of report {source}.", source, k, 1 / k, "diplomacy")
            for k in range(1, count + 1)
        )

    stories = (
        Story("a", "Talks", (1,), 1, "diplomacy", points(1, 4)),
        Story("b", "Storm", (2,), 1, "other", points(2, 2)),
        Story("c", "Port", (3,), 1, "diplomacy", points(3, 3)),
    )
    digest = bare_briefing(
        sections=(Section("diplomacy", "Diplomacy", (*points(1, 4), *points(3, 3))),),
        stories=stories,
    )
    found = prints(digest)
    assert found[0].lists == LISTS and found[0].items == (4, 2, 3) and not found[0].compact
    assert found[-1].lists == LAST_LISTS and found[-1].items == (1, 2, 1)
    assert found[-1].listed == {(2,)}  # the story in none of the sections
    for before, after in zip(found, found[1:], strict=False):
        changed = [
            sum(before.lists) - sum(after.lists),
            after.compact - before.compact,
            sum(before.items) - sum(after.items),
            len(after.listed) - len(before.listed),
        ]
        assert sorted(changed) == [0, 0, 0, 1]
    dense = next(n for n, p in enumerate(found) if p.compact)
    assert found[dense - 1].lists == (5, 5, 2, 4)
    listed = next(n for n, p in enumerate(found) if p.listed)
    assert found[listed - 1].lists == LISTS_WHEN_DENSER
    assert found[listed].items == (4, 2, 3)  # then the points: the story with most first
    assert [p.items for p in found[listed + 1 : listed + 4]] == [(3, 2, 3), (3, 2, 2), (2, 2, 2)]


def test_a_story_told_by_two_sides_keeps_both_accounts_however_short() -> None:
    """r78 F8: a print cut to one point a story gave the Kyrgyz border service's account
    of a shooting and not Dushanbe's, which a report of the story headlined. A report
    whose headline gives one party's version of the event ("X says ...", "X denies ...",
    "X blames Y ...") keeps its best point with the lead, as one item; a story whose
    reports all state the event keeps its lead alone."""
    from brief.models import Bullet, Section, Source, Story
    from brief.render.view import fewer_bullets, story_items

    wire = (
        Bullet(
            "Varnia shut the Oster crossing after a guard was killed, its border service said.",
            1,
            1,
            2.0,
            "diplomacy",
        ),
        Bullet("The guard, 27, died at the scene, the service said.", 1, 2, 1.0, "diplomacy"),
        Bullet("Trucks queued for miles.", 1, 3, 0.9, "diplomacy"),
    )
    other = (
        Bullet("A Dorvan farmer was wounded, Dorva's border troops said.", 2, 2, 0.3, "diplomacy"),
        Bullet("Dorva called the closure one-sided.", 2, 5, 0.1, "diplomacy"),
    )
    sources = (
        Source(
            1, "a.txt", "a.txt", "a" * 64, 1, title="Varnia shuts Oster crossing after guard killed"
        ),
        Source(
            2, "b.txt", "b.txt", "b" * 64, 1, title="Dorva says Varnian guards fired first at Oster"
        ),
        Source(3, "c.txt", "c.txt", "c" * 64, 1, title="Storm floods the Keld valley"),
    )
    storm = (
        Bullet("A storm flooded the Keld valley.", 3, 1, 1.0, "humanitarian"),
        Bullet("Roads were cut.", 3, 2, 0.5, "humanitarian"),
    )
    stories = (
        Story("a", "Varnia shuts Oster crossing", (1, 2), 2, "diplomacy", (*wire, *other)),
        Story("b", "Storm floods the Keld valley", (3,), 1, "humanitarian", storm),
    )
    headlines = {source.number: source.title or "" for source in sources}
    items = story_items(stories[0], headlines)
    assert [[b.index for b in item] for item in items] == [[1, 2], [2], [3], [5]]
    assert [b.source for b in items[0]] == [1, 2]
    assert len(story_items(stories[1], headlines)) == 2  # one account: the lead alone first
    digest = bare_briefing(
        sources=sources,
        sections=(
            Section("diplomacy", "Diplomacy", (*wire, *other)),
            Section("humanitarian", "Humanitarian", storm),
        ),
        stories=stories,
    )
    shorter = fewer_bullets(digest, (1, 1))
    assert [(b.source, b.index) for b in shorter.stories[0].bullets] == [(1, 1), (2, 2)]
    assert [(b.source, b.index) for b in shorter.stories[1].bullets] == [(3, 1)]


def test_a_headline_that_gives_a_partys_version_says_whose() -> None:
    """Whose version a report tells, from its headline's verb of claiming or blaming."""
    from brief.compose.titles import whose_version

    assert whose_version("Dushanbe says Kyrgyz guards fired first at Kelden") == "dushanbe"
    assert whose_version("Norway denies paying ransom as aid workers are freed") == "norway"
    assert whose_version("Beijing blames Manila for Sabina Shoal collision") == "beijing"
    assert whose_version("Kyrgyzstan shuts Kelden border crossing after guard killed") is None
    assert whose_version("Opinion: Dushanbe says too much") is None


def test_a_timeline_the_print_leaves_out_is_not_said_to_be_empty(briefing) -> None:  # type: ignore[no-untyped-def]
    """The last step of a shortened print keeps no dates: it must not say the stories
    have none (a reviewer's PDF said "No dated events in the stories reported above"
    over a JSON of 13 dated events)."""
    from dataclasses import replace

    from brief.render.as_markdown import render_markdown

    digest = replace(briefing, timeline=(), stories=(briefing.stories or ()) * 2)
    if len(digest.stories) < 2:
        pytest.skip("the fixture has no stories")
    assert "No dated events" in render_markdown(digest, OPTIONS)
    assert "No dated events" not in render_markdown(digest, OPTIONS, shortened=True)


def test_a_user_templates_error_while_rendering_names_its_file_and_line(
    tmp_path: Path,
    briefing,  # type: ignore[no-untyped-def]
) -> None:
    """An undefined name is found only as the template renders: the error had named
    "brief.md.j2" alone, not the user's folder nor the line (r43)."""
    import pytest

    from brief.errors import ConfigError

    (tmp_path / "brief.md.j2").write_text("# {{ b.title }}\n{{ b.no_such_field }}\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        render(briefing, "md", Options(templates=tmp_path))
    assert str(info.value).startswith(f"{tmp_path / 'brief.md.j2'}:2: template error")


# Three reports of floods in a valley: the day's, one of four days before, one of last year.
DAYS_REPORTS = {
    "today.txt": """Floods kill 12 in the Tarn valley
By Ann Lee, Tarn Post, 24 November 2026

Floods killed 12 people in the Tarn valley on Tuesday, the disaster agency said.

About 3,000 people were displaced, and rescue teams searched for 40 people still missing.

"We lost everything in one night," said Mara Lind, a farmer in Ostrel.
""",
    "earlier.txt": """Rains swell the Tarn river
By Tom Roe, Tarn Post, 20 November 2026

Heavy rains swelled the Tarn river on Thursday, and the disaster agency warned of floods
in the valley.

"The river is higher than we have seen in twenty years," said Jon Brek, the agency's director.

Residents of Ostrel were told to move their cattle to higher ground.
""",
    "last-year.txt": """Tarn valley counts the cost of last year's floods
By Tom Roe, Tarn Post, 3 December 2025

Farmers in the Tarn valley are still repairing fields damaged by floods in the autumn,
the farmers' union said.

"Half of our members have not been paid for their lost harvest," said Ilse Varn, the union's chair.
""",
}
SPEAKERS = {"Mara Lind": "2026-11-24", "Jon Brek": "2026-11-20", "Ilse Varn": "2025-12-03"}


def test_a_quote_of_a_report_before_the_briefs_day_shows_its_date(tmp_path: Path) -> None:
    """An older article of an inbox (a straggler of a daily run): its quote beside the
    day's read as said today. Its report's day follows its citation, the year only when
    it is another's; the day's own quote has none. The JSON gives every quote its day."""
    paths = []
    for name, text in DAYS_REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    made = build(paths, OPTIONS)
    number = {Path(source.path).name: source.number for source in made.sources}
    today, earlier, last_year = (number[name] for name in DAYS_REPORTS)
    md = render(made, "md", OPTIONS).decode()
    quotes = md.split("## Quotes", 1)[1].split("## Sources", 1)[0].strip().splitlines()
    line = {speaker: next(q for q in quotes if speaker in q) for speaker in SPEAKERS}
    assert line["Mara Lind"].endswith(f"— Mara Lind [{today}:3]")
    assert line["Jon Brek"].endswith(f"— Jon Brek [{earlier}:2] · 20 Nov")
    assert line["Ilse Varn"].endswith(f"— Ilse Varn [{last_year}:2] · 3 Dec 2025")
    assert f"Jon Brek [{earlier}:2] · 20 Nov" in render(made, "html", OPTIONS).decode()
    assert f"[{earlier}:2] · 20 Nov" in " ".join(pdf_text(render(made, "pdf", OPTIONS)).split())
    said = {q["speaker"]: q["date"] for q in json.loads(render(made, "json", OPTIONS))["quotes"]}
    assert said == SPEAKERS


LATER_REPORT = """Dam inquiry opens in Ostrel
By Tom Roe, Tarn Post, 26 November 2026

An inquiry into the Ostrel dam opened on Thursday, the regional council said.

On Tuesday, Jon Brek had said: "The spillway was never inspected."

Ilse Varn said the dam that cracked on Monday was "a scandal waiting to happen".
"""


def test_a_quote_its_sentence_dates_shows_that_day(tmp_path: Path) -> None:
    """r58 #9: "On Tuesday, X had said: “...”" in Thursday's report read as said that
    Thursday, though the timeline dated the sentence Tuesday. The quote takes the day the
    timeline reads for it; a date of what was said ("the dam that cracked on Monday")
    leaves the quote its report's day."""
    path = tmp_path / "later.txt"
    path.write_text(LATER_REPORT, encoding="utf-8")
    made = build([str(path)], OPTIONS)
    said = {q["speaker"]: q["date"] for q in json.loads(render(made, "json", OPTIONS))["quotes"]}
    assert said == {"Jon Brek": "2026-11-24", "Ilse Varn": "2026-11-26"}
    md = render(made, "md", OPTIONS).decode()
    quotes = md.split("## Quotes", 1)[1].split("## Sources", 1)[0].strip().splitlines()
    assert next(q for q in quotes if "Jon Brek" in q).endswith("· 24 Nov")
    assert next(q for q in quotes if "Ilse Varn" in q).endswith("]")


def test_a_quotes_row_dated_by_the_day_it_was_said_carries_that_day() -> None:
    """r76 F16: as a bullet that dates what it tells by the day it was written ("today",
    "yesterday") carries its report's day where the brief is made on a later one, so does
    a quote's row: a morning brief's quote of the evening before, "He was freed
    yesterday, and today ...", had no date, under a title of the next day, beside
    bullets that carried theirs. A quote that names its day, or says none, or whose
    report is of the brief's own day, reads right as it is."""
    from dataclasses import replace
    from datetime import UTC, datetime

    from brief.models import Mention, Quote, Source
    from brief.render.view import said_on

    def source(n: int, day: str) -> Source:
        return Source(n, f"{n}.txt", f"{n}.txt", f"{n:064x}", 100, date=f"{day}T18:00:00+00:00")

    quotes = (
        Quote(
            "The fence went up yesterday, and today they ploughed the field.",
            "a",
            "A",
            (Mention(1, 2),),
        ),
        Quote("We will not leave the valley.", "b", "B", (Mention(1, 3),)),
        Quote("They fenced it on Monday, and today they ploughed it.", "c", "C", (Mention(1, 4),)),
    )
    brief = bare_briefing(
        generated=datetime(2029, 6, 13, 6, 30, tzinfo=UTC),
        sources=(source(1, "2029-06-12"),),
        profile="rights",
        quotes=quotes,
    )
    dated = said_on(brief)
    assert [dated(q) for q in quotes] == ["12 Jun", "", ""]
    evening = said_on(replace(brief, generated=datetime(2029, 6, 12, 20, 0, tzinfo=UTC)))
    assert [evening(q) for q in quotes] == ["", "", ""]
