"""A state ministry's own release speaks of its government bare: its outlet ("Ministry of
Agriculture of the Slovak Republic") names the state, and a bare "the Ministry of
Agriculture" in it is that state's (r73 F5: two neighbours' releases, each "The Ministry
of Defence ...", had been one actor)."""

from __future__ import annotations

from pathlib import Path

from brief.extract.actors import find_actors
from brief.extract.actors.places import outlet_state
from brief.models import Sentence
from brief.options import Options
from brief.pipeline import build


def test_an_outlet_that_is_a_state_ministry_names_its_state() -> None:
    assert outlet_state("Ministry of Agriculture of the Slovak Republic") == (
        "Slovakia",
        "Ministry of Agriculture",
    )
    assert outlet_state("Ministry of Foreign Affairs of the Republic of Paraguay") == (
        "Paraguay",
        "Ministry of Foreign Affairs",
    )
    assert outlet_state("Hungarian Ministry of Agriculture") == (
        "Hungary",
        "Ministry of Agriculture",
    )
    for outlet in ("Danube Ledger", "Ministry of Agriculture", "Office of the UN Envoy in Nepal"):
        assert outlet_state(outlet) is None


def test_the_kyrgyz_republic_is_kyrgyzstan() -> None:
    text = "The Ministry of Health of the Kyrgyz Republic opened two field hospitals."
    names = [a.name for a in find_actors([Sentence(text, 1, 1, 0)])]
    assert "Kyrgyzstan's Ministry of Health" in names


def test_two_states_releases_bare_ministries_are_two_actors() -> None:
    texts = [
        Sentence("The Ministry of Agriculture regards the ban as unlawful.", 1, 1, 0),
        Sentence("The Ministry of Finance will pay the growers.", 1, 2, 0),
        Sentence("The Ministry of Agriculture has closed the river crossing.", 2, 1, 0),
        Sentence("A reporter asked the Ministry of Agriculture for a comment.", 3, 1, 0),
    ]
    outlets = {
        1: ("Slovakia", "Ministry of Agriculture"),
        2: ("Hungary", "Ministry of Agriculture"),
    }
    found = {a.name: a.spellings for a in find_actors(texts, outlets=outlets)}
    assert "Slovakia's Ministry of Agriculture" in found
    assert "Hungary's Ministry of Agriculture" in found
    assert "Slovakia's Ministry of Finance" in found  # the same government's
    assert "Ministry of Agriculture" in found  # a newspaper's own: no owner it writes
    assert "Ministry of Agriculture" in found["Hungary's Ministry of Agriculture"]


def test_a_release_keeps_the_owner_it_writes_for_another_ministry() -> None:
    """A release that names another state's ministry with its owner points back to that
    one with a later bare mention of that name; its own ministry stays its own."""
    texts = [
        Sentence(
            "The Ministry of Agriculture rejects the claim of the Hungarian Ministry of"
            " Finance that the growers were paid.",
            1,
            1,
            0,
        ),
        Sentence("The Ministry of Finance has not answered our letter.", 1, 2, 0),
        Sentence("The Ministry of Agriculture will publish the figures.", 1, 3, 0),
    ]
    outlets = {1: ("Slovakia", "Ministry of Agriculture")}
    found = {a.name: a.mentions for a in find_actors(texts, outlets=outlets)}
    assert found.get("Hungary's Ministry of Finance") == 2
    assert found.get("Slovakia's Ministry of Agriculture") == 2
    assert "Slovakia's Ministry of Finance" not in found


def test_two_releases_through_the_pipeline(tmp_path: Path) -> None:
    def release(n: int, outlet: str, lines: str) -> str:
        path = tmp_path / f"r{n}.txt"
        path.write_text(
            f'+++ brief-article\n{{"title": "Statement on the river crossing", "outlet":'
            f' "{outlet}", "date": "2029-05-03", "url": "https://example.org/r{n}"}}\n+++\n'
            f"{outlet.upper()}\nPRESS RELEASE | 3 May 2029\n{lines}",
            encoding="utf-8",
        )
        return str(path)

    paths = [
        release(
            1,
            "Ministry of Agriculture of the Slovak Republic",
            "On 2 May, Hungarian inspectors closed the crossing at Komarno to grain lorries.\n"
            "The Ministry of Agriculture regards the closure as a breach of the single market.\n",
        ),
        release(
            2,
            "Ministry of Agriculture of Hungary",
            "The crossing at Komarno was closed to lorries carrying untested grain.\n"
            "The Ministry of Agriculture will reopen it once the tests are done.\n",
        ),
    ]
    briefing = build(paths, Options())
    names = {a.name for a in briefing.actors}
    assert "Ministry of Agriculture" not in names
    assert {"Slovakia's Ministry of Agriculture", "Hungary's Ministry of Agriculture"} <= names
