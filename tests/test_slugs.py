"""A wire's slug ("UPDATE 1-", "EXCLUSIVE-") is taken off a headline; an acronym opening
a headline's compound ("UN-backed", "US-China") is the headline's own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.collect.inbox import END, MARK
from brief.ingest import ingest
from brief.ingest.slugs import without_slug
from brief.options import Options

HEADLINE = "Harbour flood: four dead in Port Elsey"
BODY = "The council of Port Elsey said on Friday that four people had died in the flood."


@pytest.mark.parametrize(
    "slug",
    [
        "UPDATE 1-",
        "UPDATE 12-",
        "UPDATE-",
        "WRAPUP 2-",
        "CORRECTED-",
        "REFILE-",
        "EXCLUSIVE-",
        "RPT-",
        "FACTBOX-",
        "ANALYSIS-",
        "SPECIAL REPORT-",
        "CORRECTED-UPDATE 3-",
        "RPT-WRAPUP 1-",
        "ROUNDUP 4-",  # any word in capitals with an update's number
        # bracketed and spaced (Yonhap's, r52 M6)
        "(LEAD) ",
        "(2nd LD) ",
        "(News Focus) ",
        "(URGENT) ",
    ],
)
def test_a_wire_slug_is_taken_off(slug: str) -> None:
    assert without_slug(slug + HEADLINE) == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "UN-backed force enters the port",
        "US-China talks resume in Geneva",
        "NATO-Russia council meets",
        "EU-Japan trade deal signed",
        "G7-backed fund opens",
        "UPDATE on the harbour works",
        "Update 1: the harbour reopens",
        "COVID-19 cases rise in Port Elsey",
        "ANALYSIS - why the harbour flooded",  # spaced: a dash of the headline, no slug
        "LEAD-Acid battery plant shuts",
        "(Lead) singer quits the band",
        "(AP) Harbour floods",
    ],
)
def test_a_headline_is_kept(headline: str) -> None:
    assert without_slug(headline) == headline


def test_a_feed_items_slugged_title_is_the_headline(tmp_path: Path) -> None:
    header = json.dumps({"url": "https://example.org/a", "title": f"UPDATE 2-{HEADLINE}"})
    path = tmp_path / "item.txt"
    path.write_text(f"{MARK}\n{header}\n{END}\n{BODY}\n", encoding="utf-8")
    doc = ingest(str(path), 1, Options())
    assert doc.title == doc.source.title == HEADLINE


def test_a_slugged_first_line_is_the_headline(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(f"EXCLUSIVE-{HEADLINE}\n\n{BODY}\n", encoding="utf-8")
    assert ingest(str(path), 1, Options()).title == HEADLINE
