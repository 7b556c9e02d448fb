"""Work beside this process (brief.limits.Beside): the value, however the child fares.

The render's limits (run_limited, Ahead) are tested with the hostile inputs."""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import cast

import pytest

from brief import pipeline
from brief.errors import ConfigError, InputError
from brief.extract import actors as actors_package
from brief.limits import Beside, time_limit
from brief.models import Briefing, Sentence
from brief.options import Options
from brief.pipeline import build, extracting
from tests.conftest import FIXED_NOW, ROOT, sample_paths
from tests.test_digest import FLOOD_REPORTS, POP_STAR

PARENT = os.getpid()
VALUE = {"actors": ("Lavrov", "Rubio"), "quotes": ()}


def _value() -> dict[str, tuple[str, ...]]:
    return VALUE


def _raises_in_a_child() -> dict[str, tuple[str, ...]]:
    if os.getpid() != PARENT:
        raise RuntimeError("only a child meets this")
    return VALUE


def _killed_in_a_child() -> dict[str, tuple[str, ...]]:
    if os.getpid() != PARENT:
        os.kill(os.getpid(), signal.SIGKILL)
    return VALUE


def _unpicklable_from_a_child() -> object:
    return (lambda: None) if os.getpid() != PARENT else VALUE


def _config_error() -> object:
    raise ConfigError("bad gazetteer", "places.toml")


def _slow_in_a_child() -> object:
    if os.getpid() != PARENT:
        time.sleep(30)
    return VALUE


def _no_children_left(before: set[multiprocessing.process.BaseProcess]) -> bool:
    return set(multiprocessing.active_children()) <= before


def _where() -> int:
    return os.getpid()


def test_the_values_come_from_the_child() -> None:
    before = set(multiprocessing.active_children())
    with Beside(_value, _where, what="finding") as beside:
        assert len(set(multiprocessing.active_children()) - before) == 1
        assert beside.result(_value) == VALUE
        assert beside.result(_where) != PARENT  # the child was on it once the first came
    assert _no_children_left(before)


def test_a_work_the_child_has_not_begun_is_done_here() -> None:
    """The child is still on the first work: the second would wait for it, so this
    process does it, and the child is ended without waiting for the first."""
    before = set(multiprocessing.active_children())
    with Beside(_slow_in_a_child, _where, what="finding") as beside:
        assert beside.result(_where) == PARENT
    assert _no_children_left(before)


@pytest.mark.parametrize(
    "work", [_raises_in_a_child, _killed_in_a_child, _unpicklable_from_a_child]
)
def test_a_child_that_fails_costs_time_not_the_value(
    work: object, caplog: pytest.LogCaptureFixture
) -> None:
    before = set(multiprocessing.active_children())
    with (
        caplog.at_level(logging.DEBUG, "brief.limits"),
        Beside(work, _where, what="finding") as beside,  # type: ignore[arg-type]
    ):
        assert beside.result(work) == VALUE  # type: ignore[arg-type]
        assert beside.result(_where) == PARENT  # the rest is done here too
    assert "finding failed in a child" in caplog.text  # and was computed here instead
    assert _no_children_left(before)


def test_ready_says_whether_a_result_would_wait_for_the_child() -> None:
    """For work done meanwhile: the child is on its slow first work, so asking for it
    would wait; the second it has not begun, so it would be done here, not waited for."""
    with Beside(_slow_in_a_child, _where, what="finding") as beside:
        assert not beside.ready(_slow_in_a_child)
        assert beside.ready(_where)
    with Beside(_value, what="finding") as beside:
        while not beside.ready(_value):  # the child sends it, or fails and it is done here
            time.sleep(0.01)
        assert beside.result(_value) == VALUE
    with Beside(_slow_in_a_child, what="finding", parallel=False) as beside:
        assert beside.ready(_slow_in_a_child)  # no child: nothing to wait for


def test_an_error_of_the_work_is_raised_here_as_itself() -> None:
    with Beside(_config_error, what="finding") as beside, pytest.raises(ConfigError) as info:
        beside.result(_config_error)
    assert str(info.value) == "places.toml: bad gazetteer"


def _done_where_asked() -> bool:
    with Beside(_where, what="finding") as beside:
        return beside.result(_where) == os.getpid()


def test_serial_when_asked_or_when_this_process_may_not_fork(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = set(multiprocessing.active_children())
    with Beside(_slow_in_a_child, what="finding", parallel=False) as beside:
        assert _no_children_left(before)
        assert beside.result(_slow_in_a_child) == VALUE
    with multiprocessing.get_context("fork").Pool(1) as pool:  # its worker is a daemon
        assert pool.apply(_done_where_asked)
    monkeypatch.delattr(os, "fork")
    assert _done_where_asked()


def test_the_time_limit_stops_the_wait_and_the_child() -> None:
    before = set(multiprocessing.active_children())
    with (
        pytest.raises(InputError, match="longer than 0.5 s"),
        time_limit(0.5, what="briefing", path="a.txt"),
        Beside(_slow_in_a_child, what="finding") as beside,
    ):
        beside.result(_slow_in_a_child)
    assert _no_children_left(before)


def test_leaving_early_ends_the_child() -> None:
    before = set(multiprocessing.active_children())
    with pytest.raises(KeyError), Beside(_slow_in_a_child, what="finding"):
        raise KeyError("the ranking failed")
    assert _no_children_left(before)


CHILD_OF_A_KILLED_PARENT = """
import multiprocessing, os, time
from brief.limits import Beside
beside = Beside(lambda: os.write(1, b"working\\n") and time.sleep(30), what="waiting")
print(multiprocessing.active_children()[0].pid, flush=True)
time.sleep(30)
"""


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


@pytest.mark.skipif(sys.platform != "linux", reason="the parent-death signal is Linux's")
def test_a_child_dies_with_a_parent_killed_outright() -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", CHILD_OF_A_KILLED_PARENT],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert parent.stdout is not None
    # Two processes write to one pipe: the lines may come in either order, and a print's
    # text and its newline may fall either side of the other's line.
    seen = parent.stdout.readline() + parent.stdout.readline()
    while "working" not in seen or not re.search(r"\d", seen):
        seen += parent.stdout.readline()
    child = int(re.search(r"\d+", seen).group())  # type: ignore[union-attr]
    parent.kill()
    parent.wait()
    # The kernel sends the child its signal at once; on a machine loaded by other jobs it
    # can take seconds to be scheduled and reaped, so the wait is long (it ends early).
    for _ in range(600):
        if _gone(child):
            break
        time.sleep(0.05)
    assert _gone(child)


@pytest.fixture(scope="module")
def serial_samples() -> tuple[list[str], Options, Briefing]:
    """The samples, the options, and their brief built in this one process."""
    paths = [str(p) for p in sample_paths()]
    options = Options(now=FIXED_NOW)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "PARALLEL_FROM", 10**9)
        return paths, options, build(paths, options)


def test_a_digest_made_beside_is_the_serial_one(
    monkeypatch: pytest.MonkeyPatch, serial_samples: tuple[list[str], Options, Briefing]
) -> None:
    """Several articles, actors and quotes found in a child or here (a digest's quotes in
    parts of whole stories, each made by whichever process gets to it first): the same
    Briefing."""
    paths, options, serial = serial_samples
    found_in: list[int] = []
    find_actors = actors_package.find_actors

    def noting(*args: object) -> object:
        found_in.append(os.getpid())
        return find_actors(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(actors_package, "find_actors", noting)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)
    beside = build(paths, options)
    assert found_in == []  # found in the child, whose memory this process never sees
    assert beside.actors and beside.quotes
    assert beside == serial


def test_a_digests_story_covers_made_in_parts_beside_are_the_serial_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three outlets' reports of one flood beside the samples' stories: the flood's cover
    is one of the parts the child makes from the first and this process from the last,
    whichever gets to it first; the digest is the one made in turn."""
    for name, paragraphs in FLOOD_REPORTS.items():
        (tmp_path / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    for path in sample_paths():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    options = Options(now=FIXED_NOW)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 10**9)
    serial = build([str(tmp_path)], options)
    assert any(len(story.sources) > 1 for story in serial.stories)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)
    assert build([str(tmp_path)], options) == serial


def test_a_digest_with_a_story_left_out_made_beside_is_the_serial_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The child makes the covers, then the quotes of the stories the profile keeps, which
    this process sends it once it has placed them: the digest is the one made in turn,
    and the child made its works without failing (a failed child's works are made here,
    so the Briefing alone would not show it)."""
    for path in sample_paths():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "pop.txt").write_text(POP_STAR, encoding="utf-8")
    options = Options(now=FIXED_NOW)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 10**9)
    serial = build([str(tmp_path)], options)
    assert not all(story.relevant for story in serial.stories)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)
    with caplog.at_level(logging.DEBUG, "brief.limits"):
        beside = build([str(tmp_path)], options)
    assert "failed in a child" not in caplog.text
    assert beside.quotes and beside.figures
    assert beside == serial


def test_a_brief_made_beside_leaves_no_file_or_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The work goes to a child and back: nothing is written on the way, nothing stays."""
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)
    monkeypatch.chdir(tmp_path)
    before = set(multiprocessing.active_children())
    build([str(p) for p in sample_paths()], Options(now=FIXED_NOW))
    assert _no_children_left(before)
    assert list(tmp_path.iterdir()) == []


def _prepared() -> None:
    os.environ["BRIEF_TEST_PREPARED"] = "yes"  # in the child only: its copy of the environment


def _failing_preparation() -> None:
    raise OSError("no tables")


def _works_on(numbers: list[int], received: Callable[[], object]) -> tuple[object, ...]:
    return (
        lambda: sum(numbers),
        lambda: (os.getpid(), os.environ.get("BRIEF_TEST_PREPARED")),
    )


def _summing_what_is_sent(
    numbers: list[int], received: Callable[[], object]
) -> tuple[Callable[[], object], ...]:
    return (lambda: (sum(numbers) + cast(int, received()), os.getpid()),)


def test_a_child_forked_ahead_prepares_then_works_on_the_data_sent() -> None:
    before = set(multiprocessing.active_children())
    with Beside.ahead(_works_on, _prepared, what="finding") as beside:
        assert len(set(multiprocessing.active_children()) - before) == 1
        total, where = beside.start([1, 2, 3])
        assert beside.result(total) == 6
        pid, prepared = beside.result(where)  # type: ignore[misc]
        assert pid != PARENT and prepared == "yes"
    assert "BRIEF_TEST_PREPARED" not in os.environ
    assert _no_children_left(before)


@pytest.mark.parametrize("parallel", [True, False])
def test_a_child_forked_ahead_that_is_not_needed_or_not_prepared_costs_no_value(
    parallel: bool,
) -> None:
    """Too little data for a child (start's `parallel` false): it is ended and the works
    are done here. A preparation that fails leaves the works to meet the failure."""
    before = set(multiprocessing.active_children())
    with Beside.ahead(_works_on, _failing_preparation, what="finding") as beside:
        total, where = beside.start([4, 5], parallel=parallel)
        if not parallel:
            assert _no_children_left(before)
        assert beside.result(total) == 9
        assert (beside.result(where)[0] == PARENT) is not parallel  # type: ignore[index]
    assert _no_children_left(before)


@pytest.mark.parametrize("parallel", [True, False])
def test_a_work_goes_on_from_what_this_process_sends(parallel: bool) -> None:
    """A part computed here is received by the work, in the child or here; a value
    larger than a pipe holds leaves neither process waiting for the other to read."""
    before = set(multiprocessing.active_children())
    with Beside.ahead(_summing_what_is_sent, _prepared, what="finding") as beside:
        (total,) = beside.start([1, 2, 3], parallel=parallel)
        beside.send(10**6)
        beside.send(b"unread" * 100_000)  # never received: it costs the child nothing
        value, where = cast(tuple[int, int], beside.result(total))
        assert value == 1_000_006
        assert (where == PARENT) is not parallel
    assert _no_children_left(before)


def test_a_child_that_dies_before_receiving_costs_no_value() -> None:
    before = set(multiprocessing.active_children())
    with Beside.ahead(_killed_before_receiving, _prepared, what="finding") as beside:
        (total,) = beside.start([1, 2])
        beside.send(b"x" * 1_000_000)  # more than a pipe holds: written by a thread
        assert beside.result(total) == (3, PARENT)
    assert _no_children_left(before)


def _killed_before_receiving(
    numbers: list[int], received: Callable[[], object]
) -> tuple[Callable[[], object], ...]:
    def work() -> object:
        if os.getpid() != PARENT:
            os.kill(os.getpid(), signal.SIGKILL)
        received()
        return sum(numbers), os.getpid()

    return (work,)


def test_actors_read_in_two_parts_are_the_actors_read_at_once() -> None:
    """The last sentences read apart from the first (in this process, while the child
    reads the first): a country word the first show to be a surname ("Brent Chad")
    makes a later sentence that asked about it be read again."""
    texts = [
        "Brent Chad, a farmer from Iowa, said the rains came late.",
        "Officials in Chad said the border was closed.",
        "Chad said he would plant again next year.",
        "Chad and Niger signed a trade deal with France on Monday.",
        "The deal was welcomed by the African Union, Mr Chad said.",
    ]
    sentences = [Sentence(text, 1, n, 0) for n, text in enumerate(texts, 1)]
    at_once = actors_package.find_actors(sentences)
    for first in range(len(sentences) + 1):
        reading = partial(actors_package.read, sentences, first)
        assert actors_package.find_actors(sentences, first, reading) == at_once


def test_a_brief_whose_actors_are_read_in_both_processes_is_the_serial_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One article (a digest keeps this process busy enough): its last sentences are read
    here for the actors, the first in the child; the brief is the one made in turn."""
    paths = [str(max(sample_paths(), key=lambda p: p.stat().st_size))]
    options = Options(now=FIXED_NOW)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 10**9)
    monkeypatch.setattr(extracting, "READ_HERE_FROM", 10**9)
    serial = build(paths, options)
    read_here: list[int] = []
    read = actors_package.read

    def noting(sentences: list[Sentence], first: int) -> actors_package.Reading:
        read_here.append(first)
        return read(sentences, first)

    monkeypatch.setattr(actors_package, "read", noting)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)
    monkeypatch.setattr(extracting, "READ_HERE_FROM", 1)
    assert build(paths, options) == serial
    assert len(read_here) == 1 and read_here[0] > 0


def test_a_value_the_child_made_comes_from_it_while_a_larger_one_is_still_on_its_way() -> None:
    """The child's values are written by a thread while it goes on; one it has made is
    waited for, not made here again, though one before it fills the pipe."""
    made = multiprocessing.get_context("fork").Event()

    def large() -> object:
        return b"x" * 10_000_000, os.getpid()

    def small() -> object:
        made.set()
        return os.getpid()

    with Beside(large, small, what="finding") as beside:
        assert made.wait(60)
        assert beside.result(small) != PARENT
        assert beside.result(large)[1] != PARENT  # type: ignore[index]


def test_the_child_groups_the_duplicates_for_both_processes(
    monkeypatch: pytest.MonkeyPatch, serial_samples: tuple[list[str], Options, Briefing]
) -> None:
    """Grouping is the child's first work: this process takes its groups (importing what
    ranking needs meanwhile) and groups nothing itself; the brief is the serial one."""
    paths, options, serial = serial_samples
    grouped_here: list[int] = []
    group_duplicates = extracting.group_duplicates

    def noting(sentences: list[Sentence]) -> list[list[int]]:
        grouped_here.append(len(sentences))
        return group_duplicates(sentences)

    monkeypatch.setattr(extracting, "group_duplicates", noting)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)
    assert build(paths, options) == serial
    assert grouped_here == []
