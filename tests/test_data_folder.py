"""A user's data folder: its word lists, gazetteer and furniture lists override the packaged
ones list by list. The lists are kept for the process, so each run here is a process of
its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from brief import config as cfg
from brief.errors import ConfigError
from tests.conftest import FIXED_EPOCH, ROOT
from tests.smtp_fixtures import *  # noqa: F403  (the SMTP server fixtures)
from tests.smtp_fixtures import Server, mail_table, write_config

PACKAGED = ROOT / "brief" / "extract" / "data"
ZEMBLA = """
[[country]]
name = "Zembla"
code = "XZ"
aliases = []
demonyms = ["Zemblan"]
government_seats = ["Onhava"]
"""
ARTICLE = """Zembla recalls envoy

Zembla recalled its ambassador from Norway on Monday, the foreign ministry said.

The Zemblan foreign minister said talks with Norway would resume next week in Oslo.
"""


def brief(tmp_path: Path, *args: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m brief ARGS` (or `python -c CODE`) in a fresh interpreter."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "SOURCE_DATE_EPOCH": FIXED_EPOCH,
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    command = ["-c", code] if code else ["-m", "brief", *args]
    return subprocess.run(
        [sys.executable, *command], capture_output=True, text=True, timeout=120, env=env
    )


def zembla_folder(tmp_path: Path) -> Path:
    """A data folder whose gazetteer knows one more country."""
    folder = tmp_path / "data"
    folder.mkdir()
    gazetteer = (PACKAGED / "gazetteer.toml").read_text(encoding="utf-8")
    (folder / "gazetteer.toml").write_text(gazetteer + ZEMBLA, encoding="utf-8")
    return folder


def kinds(brief_json: str) -> dict[str, str]:
    return {actor["name"]: actor["kind"] for actor in json.loads(brief_json)["actors"]}


def test_make_reads_the_data_folders_gazetteer(tmp_path: Path) -> None:
    article = tmp_path / "zembla.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    folder = zembla_folder(tmp_path)
    (folder / "gazeteer.toml").write_text("", encoding="utf-8")  # misnamed: warned about
    packaged = brief(tmp_path, "make", str(article), "-f", "json")
    assert packaged.returncode == 0, packaged.stderr
    assert kinds(packaged.stdout).get("Zembla") != "country"
    mine = brief(tmp_path, "make", str(article), "-f", "json", "--data", str(folder))
    assert mine.returncode == 0, mine.stderr
    assert kinds(mine.stdout)["Zembla"] == "country"
    assert f"{folder / 'gazeteer.toml'}: not a data file brief uses, ignored" in mine.stderr
    # The packaged word lists and furniture lists fill in the rest.
    assert kinds(mine.stdout)["Norway"] == "country"


@pytest.mark.parametrize(
    ("name", "edit", "message"),
    [
        ("words.toml", ('"minister"', '"Minister"'), "lists.role_heads: expected lower-case words"),
        ("furniture.toml", ("buttons = [", "button = ["), "button: unknown key"),
        ("gazetteer.toml", ('code = "AF"', 'code = "AFG"'), "country #1.code: expected a two"),
    ],
)
def test_a_data_file_is_checked_as_the_packaged_one(
    tmp_path: Path, name: str, edit: tuple[str, str], message: str
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    packaged = PACKAGED if name != "furniture.toml" else ROOT / "brief" / "ingest" / "data"
    text = (packaged / name).read_text(encoding="utf-8")
    assert edit[0] in text
    (folder / name).write_text(text.replace(*edit, 1), encoding="utf-8")
    article = tmp_path / "zembla.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = brief(tmp_path, "make", str(article), "-f", "md", "--data", str(folder))
    assert result.returncode == 78, result.stderr
    assert result.stderr.startswith(f"brief: {folder / name}: {message}")


def test_a_data_file_of_one_list_overrides_that_list_only(tmp_path: Path) -> None:
    """A copy of an older release's file lacks the lists added since: they are the
    packaged ones, and the lists it holds replace theirs whole (a value table too)."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "words.toml").write_text(
        '[lists]\nrole_heads = ["warden", "minister"]\n\n[values.kin_genders]\nwife = "female"\n',
        encoding="utf-8",
    )
    code = f"""
import tomllib
from pathlib import Path
from brief import data_folder
from brief.extract import lexicon

packaged = tomllib.loads(Path({str(PACKAGED / "words.toml")!r}).read_text(encoding="utf-8"))
data_folder.use(Path({str(folder)!r}))
words = lexicon.words()
print(sorted(words["role_heads"]), lexicon.kin_genders())
print(words["military_ranks"] == set(packaged["lists"]["military_ranks"]))
print(words["news_stop_words"] == set(packaged["stories"]["news_stop_words"]))
print(lexicon.number_words() == set(packaged["values"]["number_words"]))
"""
    result = brief(tmp_path, code=code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "['minister', 'warden'] {'wife': 'female'}",
        "True",
        "True",
        "True",
    ]
    article = tmp_path / "zembla.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    made = brief(tmp_path, "make", str(article), "-f", "md", "--data", str(folder))
    assert made.returncode == 0, made.stderr
    assert "Zembla" in made.stdout


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("words.toml", '[lists]\nrole_headz = ["warden"]\n', "lists.role_headz: unknown key"),
        ("words.toml", '[listz]\nrole_heads = ["warden"]\n', "listz: unknown key"),
        ("words.toml", 'lists = ["warden"]\n', "lists: expected a table, got a list"),
        ("furniture.toml", 'button = ["close"]\n', "button: unknown key"),
        ("gazetteer.toml", '[[countries]]\nname = "Zembla"\n', "countries: unknown key"),
    ],
)
def test_a_key_the_packaged_file_lacks_is_an_error(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    """A misspelt list would otherwise be ignored in silence, the packaged one read."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    article = tmp_path / "zembla.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = brief(tmp_path, "make", str(article), "-f", "md", "--data", str(folder))
    assert result.returncode == 78, result.stderr
    assert result.stderr.startswith(f"brief: {folder / name}: {message}")


def test_a_users_list_can_take_words_out(tmp_path: Path) -> None:
    """The user's widget_phrases replace the packaged list whole: a phrase left out of it
    is no page furniture any more; the other lists are the packaged ones."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "furniture.toml").write_text(
        'widget_phrases = ["buy photo", "image caption"]\n', encoding="utf-8"
    )

    def told(data: Path | None) -> list[str]:
        code = f"""
from pathlib import Path
from brief import data_folder
from brief.ingest import furniture

data_folder.use({f"Path({str(data)!r})" if data else None})
print(furniture.furniture_kind("Toggle caption"), furniture.furniture_kind("Image caption"))
print("subscribe" in furniture.lists().call_to_action)
"""
        result = brief(tmp_path, code=code)
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()

    assert told(None) == ["widget widget", "True"]
    assert told(folder) == ["None widget", "True"]


def test_a_missing_data_folder_is_one_line(tmp_path: Path) -> None:
    article = tmp_path / "zembla.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = brief(tmp_path, "make", str(article), "--data", str(tmp_path / "nope"))
    assert result.returncode == 78
    assert result.stderr == f"brief: {tmp_path / 'nope'}: not a folder of data files\n"


def test_one_process_reads_one_data_folder(tmp_path: Path) -> None:
    """The lists are kept for the process: a second folder is refused, the same one is
    nothing, and a process that read the packaged lists keeps them."""
    folder = zembla_folder(tmp_path)
    code = f"""
from pathlib import Path
from brief import data_folder
from brief.errors import BriefError
from brief.extract import lexicon

data_folder.use(Path({str(folder)!r}))
data_folder.use(Path({str(folder)!r}))
print(lexicon.gazetteer()["Zemblan"].name)
for other in (Path({str(tmp_path)!r}), None):
    try:
        data_folder.use(other)
    except BriefError as exc:
        print(exc)
"""
    result = brief(tmp_path, code=code)
    assert result.returncode == 0, result.stderr
    refused = f"this process reads its word lists from {folder}; one process uses one data folder"
    assert result.stdout.splitlines() == ["Zembla", f"{tmp_path}: {refused}", f"-: {refused}"]
    code = f"""
from pathlib import Path
from brief import data_folder
from brief.extract import lexicon

lexicon.words()
data_folder.use(None)
data_folder.use(Path({str(folder)!r}))
"""
    result = brief(tmp_path, code=code)
    assert "reads its word lists from the packaged copies" in result.stderr


def test_the_daily_config_names_a_data_folder(tmp_path: Path, plain_server: Server) -> None:
    """With [mail] too (r54: its address checks read the packaged lists first, exit 64)."""
    zembla_folder(tmp_path)
    path = write_config(
        tmp_path,
        daily='formats = ["json"]',
        brief='data = "data"',
        mail=mail_table(plain_server.port),
    )
    assert cfg.load(path).options.data == tmp_path / "data"  # beside the config
    (tmp_path / "inbox" / "zembla.txt").write_text(ARTICLE, encoding="utf-8")
    result = brief(tmp_path, "daily", "-c", str(path))
    assert result.returncode == 0, result.stderr
    [made] = (tmp_path / "out").glob("*.json")
    assert kinds(made.read_text(encoding="utf-8"))["Zembla"] == "country"
    assert len(plain_server.handler.messages) == 1
    result = brief(tmp_path, "send", str(made), "--to", "desk@example.org", "-c", str(path))
    assert result.returncode == 0, result.stderr


def test_loading_a_config_reads_no_word_list(tmp_path: Path) -> None:
    """The CLI sets the config's data folder after loading it: nothing the load imports or
    checks may read a list first, or the process would keep the packaged copies."""
    path = write_config(tmp_path, brief='data = "."', mail=mail_table(25))
    code = f"""
from pathlib import Path
from brief import config, data_folder

config.load(Path({str(path)!r}))
print(data_folder._chosen)
"""
    result = brief(tmp_path, code=code)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\n"


def test_a_config_data_folder_must_be_a_folder(tmp_path: Path) -> None:
    path = write_config(tmp_path, brief='data = "nope"')
    with pytest.raises(ConfigError) as err:
        cfg.load(path)
    assert str(err.value) == f"{path}: brief.data: not a folder: {tmp_path / 'nope'}"


def test_a_retired_key_of_an_older_copy_warns_and_the_run_goes_on(tmp_path: Path) -> None:
    """A copy made before a release retired `[stories] night_before` (its words are now
    [values.before_the_date]) had failed as an unknown key (exit 78), though an older
    copy is promised to read: the key is named with the one that took its place, and
    the rest of the copy is read."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "words.toml").write_text(
        '[lists]\nrole_heads = ["warden", "minister"]\n\n'
        '[stories]\nnight_before = ["overnight", "last night"]\n',
        encoding="utf-8",
    )
    article = tmp_path / "zembla.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    made = brief(tmp_path, "make", str(article), "-f", "md", "--data", str(folder))
    assert made.returncode == 0, made.stderr
    assert "Zembla" in made.stdout
    assert (
        f"{folder / 'words.toml'}: stories.night_before: a retired key, not read;"
        " values.before_the_date took its place"
    ) in made.stderr
    # a key no release had is still an error
    (folder / "words.toml").write_text('[stories]\nnight_befor = ["overnight"]\n', encoding="utf-8")
    failed = brief(tmp_path, "make", str(article), "-f", "md", "--data", str(folder))
    assert failed.returncode == 78
    assert "stories.night_befor: unknown key" in failed.stderr


def test_the_lists_moved_out_of_layout_and_rank_are_a_users_to_override(tmp_path: Path) -> None:
    """The name particles of layout, a place's particles and Edmundson's cue words live in
    words.toml: the modules that read them read none at import, so a data folder chosen
    after the imports still gives its own lists."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "words.toml").write_text(
        '[lists]\nplace_particles = ["zu"]\n'
        '[layout]\nwritten_out_particles = ["zu"]\n'
        '[rank]\nstigma_words = ["zu"]\n',
        encoding="utf-8",
    )
    code = (
        "from pathlib import Path\n"
        "from brief import data_folder\n"
        "import brief.ingest.furniture, brief.segment, brief.rank.sumy_rankers\n"
        "from brief.ingest.layout.shapes import long_name_particles\n"
        f"data_folder.use(Path({str(folder)!r}))\n"
        "from brief.extract.lexicon import words\n"
        "print(sorted(long_name_particles() - words()['title_case_particles']),"
        " sorted(words()['place_particles']), sorted(words()['stigma_words']))\n"
    )
    done = brief(tmp_path, code=code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "['zu'] ['zu'] ['zu']"


def test_no_module_reads_a_list_when_imported(tmp_path: Path) -> None:
    """Every module of brief reads its word lists when first asked, not when imported: a
    module that read one at import, imported before the command line names its data
    folder (or after a config is loaded), would fix the packaged copies for the process
    (the figures' notation, counted, tolls and the transcripts' labels had)."""
    code = """
import importlib, pkgutil
import brief
from brief import data_folder

for module in pkgutil.walk_packages(brief.__path__, "brief."):
    importlib.import_module(module.name)
print(data_folder._chosen)
"""
    result = brief(tmp_path, code=code)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\n"
