"""Atomic writes keep links, devices and permissions intact."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from brief.errors import OutputError
from brief.output import write_atomic


def test_writes_and_replaces_keeping_the_mode(tmp_path: Path) -> None:
    out = tmp_path / "b.md"
    out.write_text("old")
    out.chmod(0o600)
    write_atomic(out, b"new")
    assert out.read_bytes() == b"new"
    assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["b.md"]


def test_a_symlink_stays_a_symlink(tmp_path: Path) -> None:
    target = tmp_path / "target.md"
    target.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    write_atomic(link, b"new")
    assert link.is_symlink()
    assert target.read_bytes() == b"new"


def test_a_device_is_written_not_replaced() -> None:
    write_atomic(Path(os.devnull), b"data")
    assert Path(os.devnull).is_char_device()


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a directory"):
        write_atomic(tmp_path, b"data")
