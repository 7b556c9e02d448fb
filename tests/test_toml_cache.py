"""The TOML cache gives tomllib's tables, and only for the text they were parsed from."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from brief import toml_cache


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))


def test_a_cached_table_is_the_parsed_one(tmp_path: Path) -> None:
    text = 'name = "x"\nweight = 1.5\n[[cue]]\nwords = ["a", "b"]\nn = 3\n'
    first = toml_cache.loads(text)
    assert list((tmp_path / "brief").glob("toml-*.json"))  # kept for the next run
    assert toml_cache.loads(text) == first == tomllib.loads(text)


def test_an_edited_text_is_parsed_again() -> None:
    assert toml_cache.loads("a = 1\n") == {"a": 1}
    assert toml_cache.loads("a = 2\n") == {"a": 2}


def test_a_cache_file_of_another_text_is_not_used(tmp_path: Path) -> None:
    toml_cache.loads("a = 1\n")
    (kept,) = (tmp_path / "brief").glob("toml-*.json")
    kept.write_text('{"text": "a = 9\\n", "table": {"a": 9}}', encoding="utf-8")
    assert toml_cache.loads("a = 1\n") == {"a": 1}
    kept.write_text("{not json", encoding="utf-8")
    assert toml_cache.loads("a = 1\n") == {"a": 1}


def test_a_damaged_cache_file_of_the_same_text_is_parsed_again(tmp_path: Path) -> None:
    toml_cache.loads("a = 1\n")
    (kept,) = (tmp_path / "brief").glob("toml-*.json")
    for damaged in ('{"text": "a = 1\\n"}', '{"text": "a = 1\\n", "table": [1]}'):
        kept.write_text(damaged, encoding="utf-8")
        assert toml_cache.loads("a = 1\n") == {"a": 1}


def test_a_date_is_not_cached_and_invalid_toml_raises(tmp_path: Path) -> None:
    assert toml_cache.loads("day = 2024-05-01\n") == tomllib.loads("day = 2024-05-01\n")
    assert not list((tmp_path / "brief").glob("toml-*.json"))
    with pytest.raises(tomllib.TOMLDecodeError):
        toml_cache.loads("a = \n")


def test_no_cache_without_a_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative")
    monkeypatch.chdir(tmp_path)
    assert toml_cache.loads("a = 1\n") == {"a": 1}
    assert list(tmp_path.iterdir()) == []


def test_the_cache_keeps_only_its_newest_files(tmp_path: Path) -> None:
    for version in range(toml_cache.KEPT_FILES + 6):  # a profile edited again and again
        assert toml_cache.loads(f"a = {version}\n") == {"a": version}
    assert len(list((tmp_path / "brief").glob("toml-*.json"))) == toml_cache.KEPT_FILES
    assert toml_cache.loads("a = 69\n") == {"a": 69}
