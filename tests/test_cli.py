"""The `brief make`, `brief batch` and `brief profiles` commands, driven as a user would."""

from __future__ import annotations

import gzip
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief.cli import app
from brief.ingest import ARTICLE_SUFFIXES
from brief.rank import RANKERS
from tests.conftest import FIXED_EPOCH, ROOT, SAMPLES, sample_paths

runner = CliRunner()
SAMPLE = SAMPLES / "baltic-drills.txt"


def run(*args: str, input: bytes | str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


def one_line_error(result, code: int, path: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"brief: {path}: ")
    assert "Traceback" not in result.output


@pytest.mark.parametrize("ext", ["md", "html", "json", "pdf"])
def test_make_writes_each_format_from_its_extension(
    tmp_path: Path, ext: str, fixed_clock: object
) -> None:
    out = tmp_path / f"brief.{ext}"
    result = run("make", str(SAMPLE), "-o", str(out))
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data
    if ext == "pdf":
        assert data.startswith(b"%PDF")
    elif ext == "json":
        assert json.loads(data)["title"]
    elif ext == "html":
        assert b"<html" in data and b"<h2" in data
    else:
        assert data.startswith(b"# ")


def test_make_to_stdout_with_format(fixed_clock: object) -> None:
    result = run("make", str(SAMPLE), "-o", "-", "--format", "md")
    assert result.exit_code == 0
    assert result.stdout.startswith("# ")
    assert "## Sources" in result.stdout


def test_make_reads_stdin(tmp_path: Path, fixed_clock: object) -> None:
    out = tmp_path / "b.json"
    result = run("make", "-", "-o", str(out), input=SAMPLE.read_bytes())
    assert result.exit_code == 0, result.output
    brief = json.loads(out.read_text())
    assert brief["sources"][0]["name"] == "stdin"
    assert brief["summary"]


def test_stdin_with_bom(fixed_clock: object) -> None:
    result = run("make", "-", "-f", "json", input=b"\xef\xbb\xbf" + SAMPLE.read_bytes())
    assert result.exit_code == 0
    assert not json.loads(result.stdout)["title"].startswith("\ufeff")


def test_stdin_is_briefed_as_the_same_file_is(fixed_clock: object) -> None:
    """The command line reads `-` and hands the library its bytes: the brief is the
    file's, but for the source's name and path."""
    piped = json.loads(run("make", "-", "-f", "json", input=SAMPLE.read_bytes()).stdout)
    named = json.loads(run("make", str(SAMPLE), "-f", "json").stdout)
    assert piped["summary"] == named["summary"] and piped["title"] == named["title"]
    assert piped["sources"][0]["name"] == "stdin"


def test_stdin_is_refused_as_a_file_is(tmp_path: Path) -> None:
    """Read on the command line, standard input meets the byte limit and the checks of
    a file, and each refusal names it `-`."""
    out = tmp_path / "b.md"
    result = run("make", "-", "--max-bytes", "100", "-o", str(out), input=SAMPLE.read_bytes())
    one_line_error(result, 65, "-")
    assert "100-byte input limit (the max_bytes setting)" in result.stderr
    one_line_error(run("make", "-", "-o", str(out), input=b"%PDF-1.4\n"), 65, "-")
    one_line_error(run("make", "-", "-o", str(out), input=b""), 65, "-")
    result = run("make", "-", "-", "-o", str(out), input=SAMPLE.read_bytes())
    one_line_error(result, 64, "-")
    assert "standard input can be read only once" in result.stderr
    assert not out.exists()


def test_a_file_named_dash_is_read_as_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixed_clock: object
) -> None:
    """Only the bare `-` is standard input: `./-` is a file of that name."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-").write_bytes(SAMPLE.read_bytes())
    result = run("make", "./-", "-f", "json", input=b"not this")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["sources"][0]["name"] == "-"


def test_algorithms_and_lengths(fixed_clock: object) -> None:
    for algo in RANKERS:  # every choice the CLI offers
        if algo == "sumy-lexrank":
            continue  # sumy's own LexRank: slow, and ranked the same as "lexrank"
        result = run("make", str(SAMPLE), "-f", "json", "-a", algo, "-n", "4")
        assert result.exit_code == 0, (algo, result.output)
        brief = json.loads(result.stdout)
        assert brief["algorithm"] == algo
        assert 1 <= len(brief["summary"]) <= 4
    result = run("make", str(SAMPLE), "-f", "json", "--ratio", "0.5")
    brief = json.loads(result.stdout)
    assert len(brief["summary"]) >= len(brief["sentences"]) // 3


def test_unknown_algorithm_is_a_usage_error() -> None:
    result = run("make", str(SAMPLE), "-a", "nope")
    assert result.exit_code == 64


def test_sentences_and_ratio_together_is_a_usage_error() -> None:
    assert run("make", str(SAMPLE), "-n", "3", "--ratio", "0.2").exit_code == 64


def test_unknown_extension_is_a_usage_error(tmp_path: Path) -> None:
    result = run("make", str(SAMPLE), "-o", str(tmp_path / "brief.docx"))
    assert result.exit_code == 64
    assert not (tmp_path / "brief.docx").exists()


def test_several_articles_make_one_brief(tmp_path: Path, fixed_clock: object) -> None:
    folder = tmp_path / "more"
    folder.mkdir()
    for p in sample_paths()[1:3]:
        shutil.copy(p, folder)
    result = run("make", str(sample_paths()[0]), str(folder), "-f", "json")
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    assert [s["number"] for s in brief["sources"]] == [1, 2, 3]
    assert {s["source"] for s in brief["sentences"]} == {1, 2, 3}


def test_near_duplicates_across_articles_are_merged(tmp_path: Path, fixed_clock: object) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(SAMPLE.read_text())
    b.write_text("Agency copy\n" + SAMPLE.read_text().split("\n", 1)[1])
    result = run("make", str(a), str(b), "-f", "json")
    brief = json.loads(result.stdout)
    texts = [x["text"] for x in brief["summary"]]
    assert len(texts) == len(set(texts))
    assert any(len(x["cited"]) == 2 for x in brief["summary"])


# --- batch ---------------------------------------------------------------------------


def test_batch_writes_one_brief_per_article_and_reports_bad_ones(
    tmp_path: Path, fixed_clock: object
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for p in sample_paths()[:2]:
        shutil.copy(p, src)
    (src / "broken.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    result = run("batch", str(src), "-o", str(out), "--format", "json")
    assert result.exit_code == 65
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{p.stem}.json" for p in sample_paths()[:2]
    )
    assert result.stderr.strip().splitlines() == [
        f"brief: {src / 'broken.txt'}: binary data (NUL bytes), not text"
    ]


def test_batch_all_good_exits_zero(tmp_path: Path, fixed_clock: object) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE, src)
    result = run("batch", str(src), "-o", str(tmp_path / "out"), "-f", "md")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "baltic-drills.md").read_text().startswith("# ")


# --- profiles --------------------------------------------------------------------------


def test_profiles_lists_packaged_profiles() -> None:
    result = run("profiles")
    assert result.exit_code == 0
    assert "geopolitics" in result.stdout
    folder = result.stdout.rsplit("They are in ", 1)[1].split(": copy one")[0]
    assert (Path(folder) / "geopolitics.toml").is_file()  # where to copy one from (r47 M7)


# --- errors: one line, a sysexits code, no traceback, no output file -------------------


def test_missing_file(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    result = run("make", missing, "-o", str(tmp_path / "b.pdf"))
    one_line_error(result, 66, missing)
    assert not (tmp_path / "b.pdf").exists()


def test_a_failed_pdf_brief_leaves_no_renderer_behind(tmp_path: Path) -> None:
    """`make -o x.pdf` forks the renderer before reading: an error must end it too."""
    before = set(multiprocessing.active_children())
    result = run("make", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "b.pdf"))
    assert result.exit_code == 66
    assert set(multiprocessing.active_children()) <= before


def test_directory_without_articles(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("make", str(tmp_path / "empty"), "-o", str(tmp_path / "b.pdf"))
    one_line_error(result, 66, str(tmp_path / "empty"))
    assert ".eml" in result.output  # a saved message is an article too (r40)


@pytest.mark.parametrize(
    "name,data",
    [
        ("empty.txt", b""),
        ("blank.txt", b"  \n\t\n   \n"),
        ("nul.txt", b"Some text\x00with a NUL byte."),
        ("fake.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        ("archive.txt", gzip.compress(b"hello world", mtime=0)),
        ("bad-utf8.txt", b"Troops moved \xff\xfe\xfa\xfb\xfc\xfd into the region " * 3),
        ("stray-bytes.txt", b"Some words \x81\x8d\x90 here. More text follows now.\n"),
    ],
)
def test_bad_input_is_a_one_line_data_error(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    out = tmp_path / "b.pdf"
    result = run("make", str(path), "-o", str(out))
    one_line_error(result, 65, str(path))
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temp file left behind


def test_unwritable_output_folder(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    out = tmp_path / "file" / "folder" / "b.pdf"  # a file stands where a folder must go
    result = run("make", str(SAMPLE), "-o", str(out))
    one_line_error(result, 73, str(out))


def test_verbose_shows_the_traceback(tmp_path: Path) -> None:
    result = run("make", str(tmp_path / "nope.txt"), "--verbose")
    assert result.exit_code == 66
    assert "Traceback" in result.stderr


def test_send_has_force() -> None:
    result = run("send", "--help")
    assert result.exit_code == 0
    assert "--force" in result.stdout


def test_a_bad_file_in_a_folder_is_skipped_with_a_warning(
    tmp_path: Path, fixed_clock: object
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(SAMPLE, folder)
    (folder / "empty.txt").write_text("  \n")
    result = run("make", str(folder), str(SAMPLE), "-f", "json")
    assert result.exit_code == 0, result.output
    assert "skipped" in result.stderr and "empty.txt" in result.stderr
    brief = json.loads(result.stdout)
    # A copy of the sample under another name is a second source of one text, not an
    # independent report (issue 9); the same file named twice would be read once.
    assert len(brief["sources"]) == 2
    assert [(s["sources"], s["independent"]) for s in brief["stories"]] == [([1, 2], 1)]


def test_a_bad_file_named_explicitly_still_fails(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    result = run("make", str(SAMPLE), str(bad), "-f", "json")
    one_line_error(result, 65, str(bad))


def test_the_console_script_delivers_all_output_and_its_code(
    tmp_path: Path, fixed_clock: object
) -> None:
    """main() ends the process without the interpreter's teardown: what was written to
    stdout and stderr, and the exit code, must still arrive whole."""
    out = tmp_path / "b.md"
    assert run("make", str(SAMPLE), "-o", str(out)).exit_code == 0
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": FIXED_EPOCH}
    command = [sys.executable, "-m", "brief", "make"]
    done = subprocess.run([*command, str(SAMPLE), "-o", "-"], capture_output=True, env=env)
    assert (done.returncode, done.stdout) == (0, out.read_bytes())
    missing = str(tmp_path / "nope.txt")
    failed = subprocess.run([*command, missing, "-o", "-"], capture_output=True, env=env)
    assert failed.returncode == 66
    assert failed.stderr.decode().startswith(f"brief: {missing}: ")


@pytest.mark.parametrize(
    ("option", "values"),
    [
        ("inputs", [("a.txt", "-"), ["b.txt"]]),
        ("output", ["-", "out.md"]),
        ("fmt", ["md", "pdf", "PDF", "docx"]),
        ("algorithm", ["lexrank", "default", "nope"]),
        ("sentences", ["3", "0", "00", "+3", "3.0", "٣", " 4", 12]),
        ("ratio", ["0.2", "1"]),
        ("templates", ["templates"]),
        ("max_sentences", ["100000", 30000, "99999999999999999999999"]),
    ],
)
def test_plain_values_are_typers_values(option: str, values: list[object]) -> None:
    """`brief make` coerces its values without pydantic; each comes out as Typer's own
    coercion makes it, and whatever that coercion refuses is left to it (its message)."""
    import typer.main
    from typer._click import Context
    from typer._click.exceptions import BadParameter
    from typer._coercion import build_runtime_param

    from brief.cli import _NOT_PLAIN, _plain_value

    command = typer.main.get_command(app).commands["make"]  # type: ignore[attr-defined]
    param = next(p for p in command.params if p.name == option)
    ctx = Context(command)
    for value in values:
        plain = _plain_value(param.type_descriptor, value, ctx)
        try:
            typers = build_runtime_param(param.type_descriptor)._coerce_value(value, param, ctx)
        except BadParameter:
            assert plain is _NOT_PLAIN, (option, value)
            continue
        assert plain is _NOT_PLAIN or (plain == typers and type(plain) is type(typers))


def test_a_dated_wire_dateline_dates_the_source_and_leaves_the_lede(tmp_path: Path) -> None:
    """ "GOMA, Democratic Republic of Congo, March 10, 2026 (Reuters) - M23 rebels ...": the
    JSON had no date and no outlet for the source, a bullet opened with the dateline, and
    the timeline dated the lede by it (a user's review)."""
    article = tmp_path / "ferry.txt"
    article.write_text(
        "Ferry sinks off Ostravel cape\n\n"
        "OSTRAVEL, Republic of Upper Tarn, June 4, 2025 (Wirefeed) - A ferry carrying 300 "
        "passengers sank off the Ostravel cape on Monday, the coast guard said.\n\n"
        "All of the passengers were rescued by fishing boats, officials said.\n",
        encoding="utf-8",
    )
    result = run("make", str(article), "-f", "json", "-o", "-")
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    source = brief["sources"][0]
    assert (source["date"], source["outlet"]) == ("2025-06-04", "Wirefeed")
    assert brief["summary"][0]["text"].startswith("A ferry carrying 300 passengers sank")
    assert not any("OSTRAVEL" in s["text"] for s in brief["summary"])
    assert not any("OSTRAVEL" in event["text"] for event in brief["timeline"])


def test_a_headline_alone_fails_alone_and_is_skipped_in_a_folder(tmp_path: Path) -> None:
    """A file that is only a headline fails as an empty one does when it is named (exit
    65, one line, no output); in a folder it is skipped with a warning, as an unreadable
    file is, and the rest are briefed."""
    alone = tmp_path / "inbox" / "alone.txt"
    alone.parent.mkdir()
    alone.write_text("Ferry sinks off the cape\n", encoding="utf-8")
    out = tmp_path / "brief.md"
    result = run("make", str(alone), "-o", str(out))
    one_line_error(result, 65, str(alone))
    assert "only a headline" in result.stderr and not out.exists()
    shutil.copy(SAMPLE, alone.parent)
    result = run("make", str(alone.parent), "-o", str(out))
    assert result.exit_code == 0, result.output
    warned = [line for line in result.stderr.splitlines() if "alone.txt" in line]
    assert len(warned) == 1 and "skipped" in warned[0] and "only a headline" in warned[0]
    assert "Ferry sinks" not in out.read_text(encoding="utf-8")


def test_make_names_what_it_skips_in_a_folder_as_batch_does(
    tmp_path: Path, fixed_clock: object
) -> None:
    """`brief make FOLDER` skipped a non-article file without a word, while `brief batch`
    said "skipped: not an article file" (a user's review): make says it too, in batch's
    words, one line a file, once for a folder named twice; not the folder's README, which
    is never an article."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(SAMPLE, folder)
    (folder / "scan.bin").write_bytes(bytes(range(256)))
    (folder / "notes").mkdir()
    (folder / "README.md").write_text("Articles for the morning brief.\n", encoding="utf-8")
    result = run("make", str(folder), str(folder), "-f", "md", "-o", str(tmp_path / "b.md"))
    assert result.exit_code == 0, result.output
    made = result.stderr.splitlines()
    batch = run("batch", str(folder), "-o", str(tmp_path / "out"), "-f", "md")
    assert batch.exit_code == 0, batch.output
    said = [line for line in batch.stderr.splitlines() if "scan.bin" in line]
    exts = ", ".join(ARTICLE_SUFFIXES)
    assert said == [f"brief: WARNING: {folder / 'scan.bin'}: skipped: not an article file ({exts})"]
    assert [line for line in made if "scan.bin" in line] == said
    assert [line for line in made if "notes" in line] == [
        f"brief: WARNING: {folder / 'notes'}: skipped: a folder"
        " (make reads only the folder's own files)"
    ]
    assert len(made) == 2
