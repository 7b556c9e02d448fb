"""Which inputs become sources of a story: copies under other names count, but once."""

from __future__ import annotations

from pathlib import Path

from brief.options import Options
from brief.pipeline import build
from tests.conftest import sample_paths
from tests.test_imports import imported_modules


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for path in sample_paths()[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def test_a_byte_copy_under_another_name_is_a_source_but_not_independent(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    original = sample_paths()[0]
    (folder / "zz-copy.txt").write_bytes(original.read_bytes())
    briefing = build([str(folder)], Options())
    names = [Path(s.path).name for s in briefing.sources]
    assert names == [original.name, sample_paths()[1].name, "zz-copy.txt"]
    story = next(s for s in briefing.stories if 1 in s.sources)
    assert story.sources == (1, 3)
    assert story.independent == 1


def test_the_same_file_named_twice_is_one_source(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    inside = folder / sample_paths()[0].name
    again = f"{folder}/../{folder.name}/{inside.name}"  # another spelling of one path
    briefing = build([str(folder), str(inside), again], Options())
    assert len(briefing.sources) == 2


def test_one_article_does_not_load_the_general_word_list(tmp_path: Path) -> None:
    """wordfreq (about 0.5 s) serves only the grouping of several articles."""
    out = tmp_path / "brief.md"
    modules = imported_modules("make", str(sample_paths()[0]), "-o", str(out))
    assert "brief.pipeline" in modules
    assert not {m for m in modules if m.split(".")[0] == "wordfreq"}
