"""A plain (non-editable) install finds its templates and profiles from any directory."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import FIXED_EPOCH, ROOT, SAMPLES


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    return next(out.glob("brief-*.whl"))


def test_wheel_ships_templates_and_profiles(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "brief/templates/brief.md.j2" in names
    assert "brief/templates/brief.css" in names
    assert "brief/profiles/geopolitics.toml" in names
    assert "brief/ingest/data/furniture.toml" in names


def test_installed_wheel_runs_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, PYTHONPATH=str(target), SOURCE_DATE_EPOCH=FIXED_EPOCH)
    probe = (
        "import brief, brief.render.templates as t; print(brief.__file__); print(t.packaged_dir())"
    )
    where = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert all(w.startswith(str(target)) for w in where), where
    result = subprocess.run(
        [sys.executable, "-m", "brief", "make", str(SAMPLES / "baltic-drills.txt"), "-o", "out.md"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (elsewhere / "out.md").read_text().startswith("# ")
