"""Issue 12, points 8-15: a CLI that never surprises. Each test drives `brief` as a user."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import pytest
from typer.testing import CliRunner

from brief.cli import app
from brief.deliver.send import check_brief_file
from brief.errors import InputError
from brief.language import detect, plain_summary
from brief.rank.sumy_rankers import SENTENCE_LIMITS
from tests.conftest import ROOT, SAMPLES

runner = CliRunner()
SAMPLE = SAMPLES / "baltic-drills.txt"

RUSSIAN = (
    "Министр иностранных дел заявил во вторник, что переговоры в Женеве продолжатся на "
    "следующей неделе. По его словам, стороны договорились о прекращении огня на границе. "
    "Эксперты считают, что это первый шаг к долгосрочному соглашению между странами. "
    "Однако представители оппозиции отметили, что условия соглашения пока не опубликованы."
)
FRENCH = (
    "Le ministre des affaires étrangères a déclaré mardi que les négociations de Genève "
    "reprendront la semaine prochaine. Selon lui, les deux parties se sont mises d'accord "
    "sur un cessez-le-feu à la frontière, mais les détails ne sont pas encore publiés."
)

GERMAN = (
    "Der Außenminister sagte am Dienstag, dass die Gespräche in Genf in der nächsten Woche "
    "fortgesetzt werden. Nach seinen Worten haben sich beide Seiten auf eine Waffenruhe an "
    "der Grenze geeinigt, aber die Einzelheiten sind noch nicht veröffentlicht."
)


def run(*args: str, input: bytes | str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


def article(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- 8. help text ------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["", "make", "batch", "send", "daily", "profiles"])
def test_help_has_no_type_placeholders_or_broken_words(command: str) -> None:
    result = runner.invoke(
        app, [command, "--help"] if command else ["--help"], env={"COLUMNS": "100"}
    )
    assert result.exit_code == 0
    for placeholder in ("<bool>", "<str>", "<list[", "<int", "<float", "<path>"):
        assert placeholder not in result.stdout, (placeholder, result.stdout)
    usage = next(line for line in result.stdout.splitlines() if "Usage:" in line)
    assert "{" not in usage
    assert "reduct" not in result.stdout.replace("reduction", "")
    assert "  settings" not in result.stdout


def test_top_level_help_names_every_command_cleanly() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "the  settings" not in result.stdout and "mail settings" in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("brief ")


def test_bare_brief_prints_help_and_no_empty_error() -> None:
    result = run()
    assert result.exit_code == 0
    assert "Usage" in result.stdout
    assert "(see --help)" not in result.stderr


def test_readme_lists_only_options_that_exist() -> None:
    usage = (ROOT / "README.md").read_text().split("## Usage", 1)[1].split("## Development")[0]
    batch_help = runner.invoke(app, ["batch", "--help"], env={"COLUMNS": "200"}).stdout
    make_help = runner.invoke(app, ["make", "--help"], env={"COLUMNS": "200"}).stdout
    for option in ("--title", "--language", "--templates", "--ratio", "--max-sentences"):
        if option in usage:
            assert option in make_help
    assert "--title" not in batch_help  # one title for many briefs makes no sense
    assert "`--title` (make only)" in usage


# -- 9. formats and outputs --------------------------------------------------------------


def test_format_that_contradicts_the_extension_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "conf.md"
    result = run("make", str(SAMPLE), "-o", str(out), "-f", "pdf")
    assert result.exit_code == 64
    assert "does not match" in result.stderr
    assert not out.exists()


_BRIEF_ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _brief_to(stdout: int | IO[bytes], *args: str) -> subprocess.CompletedProcess[bytes]:
    """`python -m brief ARGS` in a process of its own, its stdout a real file (a pty,
    /dev/full), which CliRunner cannot give."""
    return subprocess.run(
        [sys.executable, "-m", "brief", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=120,
        env=_BRIEF_ENV,
    )


def test_pdf_is_not_written_to_a_terminal() -> None:
    """A real terminal (a pty): CliRunner's stdout is never one."""
    import pty

    leader, follower = pty.openpty()
    try:
        proc = _brief_to(follower, "make", str(SAMPLE), "-f", "pdf")
    finally:
        os.close(follower)
        os.close(leader)
    assert proc.returncode == 64
    # in the form of every error, the output's path first: "-" (r62 F19)
    assert proc.stderr.startswith(b"brief: -: will not write a PDF to a terminal")


def test_make_creates_missing_output_folders_like_batch(tmp_path: Path) -> None:
    out = tmp_path / "missing" / "dir" / "x.md"
    result = run("make", str(SAMPLE), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("# ")


def test_batch_names_outputs_predictably_and_says_what_it_skipped(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    text = SAMPLE.read_text()
    (src / "a.md").write_text(text)
    (src / "a.txt").write_text(text.replace("Baltic", "Nordic"))
    (src / "b.txt").write_text(text.replace("Baltic", "Arctic"))
    (src / "sub").mkdir()
    (src / "notes.docx").write_bytes(b"x")
    out = tmp_path / "out"
    result = run("batch", str(src), "-o", str(out), "-f", "md")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["a.md.md", "a.txt.md", "b.md"]
    assert f"{src / 'sub'}: skipped: a folder" in result.stderr
    assert f"{src / 'notes.docx'}: skipped: not an article file" in result.stderr


def test_batch_writes_a_brief_for_a_long_or_strange_name_and_goes_on(tmp_path: Path) -> None:
    """A legal 250-character name had stopped the batch (its output's temp name was too
    long), and a line break or a right-to-left override stayed in an output's name (r37)."""
    src = tmp_path / "in"
    src.mkdir()
    text = SAMPLE.read_text()
    names = ("x" * 250 + ".txt", "new\nline.txt", "rtl\u202eexe.txt", "zz.txt", "new_line.txt")
    for name in names:
        (src / name).write_text(text)
    out = tmp_path / "out"
    result = run("batch", str(src), "-o", str(out), "-f", "html")
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in out.iterdir())
    assert {"rtl_exe.html", "x" * 250 + ".html", "zz.html"} < set(written)
    # "new\nline" and "new_line" clean to one name: each keeps a mark of its own
    assert len(written) == 5
    marked = [name for name in written if name.startswith("new_line")]
    assert len(marked) == 2 and all("-" in name for name in marked)


# -- 10. options -------------------------------------------------------------------------


def test_ratio_help_matches_what_is_accepted() -> None:
    assert "0.0<=x<=1.0" not in run("make", "--help").stdout
    result = run("make", str(SAMPLE), "--ratio", "0")
    assert result.exit_code == 64
    assert result.stderr.strip() == "brief: --ratio must be more than 0 and at most 1, not 0"
    assert run("make", str(SAMPLE), "--ratio", "1").exit_code == 0


def test_bad_source_date_epoch_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "abc")
    result = run("make", str(SAMPLE), "-f", "md")
    assert result.exit_code == 64
    lines = result.stderr.strip().splitlines()
    assert lines == ["brief: SOURCE_DATE_EPOCH: not a whole number of seconds since 1970: 'abc'"]


def test_a_clock_in_a_year_no_report_is_dated_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """A clock in 9999 had ended a dated article's brief with an internal error (s72
    fuzz): the days after it are off Python's calendar (layout.dates.NEWS_YEARS)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "253402300000")
    result = run("make", str(SAMPLE), "-f", "md")
    assert result.exit_code == 64
    assert result.stderr.strip() == (
        "brief: SOURCE_DATE_EPOCH: out of range: '253402300000' (a time from 1900 to 2099)"
    )


def test_a_byte_limit_past_what_python_reads_is_one_line() -> None:
    """--max-bytes 10**23 had ended the run with an OverflowError (s72 fuzz)."""
    result = run("make", str(SAMPLE), "-f", "md", "--max-bytes", str(10**23))
    assert result.exit_code == 64
    assert result.stderr.startswith("brief: --max-bytes must be at most 1,125,899,906,842,624")


def test_a_path_too_long_for_the_file_system_is_one_line() -> None:
    """pathlib's is_dir() and exists() raise on a name too long for the file system:
    such a --profile, --templates or --data had been an internal error (s72 fuzz)."""
    for flag in ("--profile", "--templates"):
        result = run("make", str(SAMPLE), "-f", "md", flag, "x" * 5000)
        assert result.exit_code == 78 and "internal error" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    # (--data sets the data folder of the process: in one of its own)
    done = subprocess.run(
        [sys.executable, "-m", "brief", "make", str(SAMPLE), "-f", "md", "--data", "x" * 5000],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 78 and done.stderr.count(b"\n") == 1
    assert b"not a folder of data files" in done.stderr


def test_a_blank_source_date_epoch_is_unset_for_the_libraries_too(tmp_path: Path) -> None:
    """numpy's f2py (imported with scipy, for several articles) reads the variable with
    int(): blank, it means unset, for brief and for them."""
    folder = tmp_path / "in"
    folder.mkdir()
    for sample in sorted((ROOT / "samples").glob("*.txt"))[:2]:
        (folder / sample.name).write_bytes(sample.read_bytes())
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": ""}
    done = subprocess.run(
        [sys.executable, "-m", "brief", "make", str(folder), "-o", "-"],
        capture_output=True,
        env=env,
    )
    assert (done.returncode, done.stderr) == (0, b"")


def test_max_sentences_blames_the_long_article(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    long = " ".join(f"Sentence number {i} is here." for i in range(40))
    article(folder, "a-long.txt", long)
    article(folder, "b-short.txt", "One short article. It has three sentences. That is all.")
    result = run("make", str(folder), "--max-sentences", "20", "-f", "md")
    assert result.exit_code == 65
    assert result.stderr.strip().endswith(
        "a-long.txt: more than 20 sentences (the max_sentences setting)"
    )
    result = run("make", str(folder / "b-short.txt"), "--max-sentences", "20", "-f", "md")
    assert result.exit_code == 0


def test_max_sentences_over_several_articles_blames_none(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        article(folder, name, " ".join(f"In {name} line {i} is here." for i in range(15)))
    result = run("make", str(folder), "--max-sentences", "20", "-f", "md")
    assert result.exit_code == 65
    assert result.stderr.startswith("brief: the articles together have more than 20 sentences")


# -- 11. algorithms ----------------------------------------------------------------------


def test_slow_algorithm_refuses_a_long_article_at_once(tmp_path: Path) -> None:
    limit = SENTENCE_LIMITS["kl"]
    long = article(
        tmp_path,
        "long.txt",
        "\n".join(f"Officials in town {i} reported new talks on trade." for i in range(limit + 5)),
    )
    result = run("make", str(long), "-a", "kl", "-f", "md")
    assert result.exit_code == 64
    assert f"brief: --algorithm 'kl' gives up above {limit:,} sentences" in result.stderr
    assert "choose 'default'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_batch_says_a_slow_algorithm_with_its_flag_and_goes_on(tmp_path: Path) -> None:
    """The library's SettingError names `algorithm`; batch says it as its flag, for the
    one article too long for it, and briefs the rest."""
    limit = SENTENCE_LIMITS["kl"]
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [f"Officials in town {i} reported new talks on trade." for i in range(limit + 5)]
    article(folder, "long.txt", "\n".join(lines))
    article(folder, "short.txt", SAMPLE.read_text(encoding="utf-8"))
    result = run("batch", str(folder), "-o", str(tmp_path / "out"), "-f", "md", "-a", "kl")
    assert result.exit_code == 64
    assert result.stderr.startswith(f"brief: --algorithm 'kl' gives up above {limit:,}")
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == ["short.md"]


def test_every_limited_algorithm_is_offered() -> None:
    from brief.rank import RANKERS

    assert set(SENTENCE_LIMITS) <= set(RANKERS)


# -- 12. language ------------------------------------------------------------------------


def test_language_detection_on_short_paragraphs() -> None:
    assert detect(SAMPLE.read_text()) == "english"
    assert detect(RUSSIAN) == "russian"
    assert detect(FRENCH) == "french"
    assert detect(GERMAN) == "german"
    assert detect("Ok.") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # dates and "de" throughout: a word Portuguese's list holds and Spanish's lacks
        (
            "MADRID, 9 de marzo de 2026 - El consejo de ministros aprobó el martes la subida"
            " de las tarifas de agua de hasta un 12%, según informó el portavoz del Gobierno."
            " Los alcaldes de las ciudades del sur pidieron una prórroga de seis meses.",
            "spanish",
        ),
        (
            "LISBOA, 9 de março de 2026 - O conselho de ministros aprovou na terça-feira o"
            " aumento das tarifas de água até 12%, segundo informou o porta-voz do Governo."
            " Os autarcas das cidades do sul pediram um adiamento de seis meses.",
            "portuguese",
        ),
        (
            "ROMA, 9 marzo 2026 - Il consiglio dei ministri ha approvato martedì l'aumento"
            " delle tariffe dell'acqua fino al 12%, secondo quanto ha riferito il portavoce del"
            " governo. I sindaci delle città del sud hanno chiesto una proroga di sei mesi.",
            "italian",
        ),
        (
            "PARIS, 9 mars 2026 - Le conseil des ministres a approuvé mardi la hausse des"
            " tarifs de l'eau jusqu'à 12 %, selon le porte-parole du gouvernement. Les maires"
            " des villes du sud ont demandé un report de six mois.",
            "french",
        ),
        (
            "BERLIN, 9. März 2026 - Das Kabinett hat am Dienstag die Erhöhung der"
            " Wassertarife um bis zu 12 Prozent gebilligt, wie der Regierungssprecher sagte."
            " Die Bürgermeister der Städte im Süden forderten einen Aufschub von sechs Monaten.",
            "german",
        ),
    ],
)
def test_language_of_neighbouring_romance_languages(text: str, language: str) -> None:
    """A stop word several languages share tells little of which one a text is in."""
    assert detect(text) == language


def test_words_for_detection_are_those_of_each_word_lowered() -> None:
    """The detector lower-cases a sample whole (and reads ASCII with an A-Z table): the
    words are those of lower-casing each word, but for "İ", which splits a word."""
    from brief.language import _WORD, _lowered_words
    from brief.rank.text import lowered

    for text in (
        "The Minister's plan, and DON'T wait: 3 days_later.",
        "Élysée: l’État DÉCIDE à Paris; Straße ﬁnal ẞ ÀÖØöøÿ ª º µ ² ½.",
        "İstanbul İ and Iİ x",
        "",
    ):
        assert _lowered_words(text) == lowered(_WORD, text), text
    assert (
        detect("İstanbul is where the talks were held, and the ministers said that it was a start.")
        == "english"
    )


def test_plain_summary_when_the_brief_is_not_english(tmp_path: Path) -> None:
    from brief.ingest import ingest
    from brief.options import Options

    english = ingest(str(SAMPLE), 1, Options())
    russian = ingest(str(article(tmp_path, "ru.txt", RUSSIAN)), 2, Options())
    assert not plain_summary([english], "english")
    assert plain_summary([russian], "english")
    assert not plain_summary([english, russian], "english")  # most are English
    assert plain_summary([english], "russian")  # the user said so


def test_a_russian_article_gets_a_one_line_warning(tmp_path: Path) -> None:
    path = article(tmp_path, "ru.txt", RUSSIAN)
    result = run("make", str(path), "-f", "json")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "looks like" in line]
    assert len(warnings) == 1
    assert "looks like Russian, not English" in warnings[0]
    assert "plain ranked summary" in warnings[0]


def test_language_option_is_validated_and_silences_the_warning(tmp_path: Path) -> None:
    path = article(tmp_path, "ru.txt", RUSSIAN)
    result = run("make", str(path), "-f", "md", "--language", "klingon")
    assert result.exit_code == 64
    assert "brief: --language 'klingon' is unknown; choose from" in result.stderr
    result = run("make", str(path), "-f", "md", "--language", "russian")
    assert result.exit_code == 0, result.output
    assert "looks like" not in result.stderr


# -- 13. templates -----------------------------------------------------------------------


def test_extra_css_is_added_after_the_packaged_stylesheet(tmp_path: Path) -> None:
    templates = tmp_path / "t"
    templates.mkdir()
    (templates / "extra.css").write_text("h1 { color: rebeccapurple; }\n")
    result = run("make", str(SAMPLE), "-f", "html", "--templates", str(templates))
    assert result.exit_code == 0, result.output
    html = result.stdout
    assert "rebeccapurple" in html
    assert "@page" in html and html.index("@page") < html.index("rebeccapurple")


def test_a_misnamed_template_is_warned_about(tmp_path: Path) -> None:
    templates = tmp_path / "t"
    templates.mkdir()
    (templates / "brief.md").write_text("# mine\n")
    result = run("make", str(SAMPLE), "-f", "md", "--templates", str(templates))
    assert result.exit_code == 0, result.output
    assert f"{templates / 'brief.md'}: not a template brief uses" in result.stderr


def test_verbose_pdf_has_no_css_warning(tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    result = run("make", str(SAMPLE), "-o", str(out), "-v")
    assert result.exit_code == 0, result.output
    assert "Ignored" not in result.stderr and "not supported" not in result.stderr


# -- 14. send only briefs ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("noise.bin", bytes(range(256))),
        ("noise.md", b"\x00\x01\x02binary"),
        ("fake.pdf", b"not a pdf"),
        ("bad.json", b"{not json"),
    ],
)
def test_send_refuses_what_is_not_a_brief(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError):
        check_brief_file(path, data)
    config = tmp_path / "brief.toml"
    config.write_text(
        '[mail]\nhost = "127.0.0.1"\nport = 1\nsecurity = "none"\nfrom = "a@example.org"\n'
    )
    result = run("send", str(path), "--to", "b@example.org", "-c", str(config))
    assert result.exit_code == 65, result.output
    assert result.stderr.startswith(f"brief: {path}: not a")
    assert len(result.stderr.strip().splitlines()) == 1


def test_send_accepts_a_brief(tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    assert run("make", str(SAMPLE), "-o", str(out)).exit_code == 0
    check_brief_file(out, out.read_bytes())


# -- 15. one absurd token ----------------------------------------------------------------


def test_a_junk_token_is_dropped_and_the_prose_briefed(tmp_path: Path) -> None:
    blob = "data:image/png;base64," + "QUJD" * 50_000
    text = SAMPLE.read_text().replace("\n", f"\n{blob}\n", 2)
    path = article(tmp_path, "blob.txt", text)
    result = run("make", str(path), "-f", "md")
    assert result.exit_code == 0, result.output
    assert "QUJDQUJD" not in result.stdout
    assert "dropped 2 unbroken strings of 400,044 characters" in result.stderr


def test_only_junk_is_still_no_prose(tmp_path: Path) -> None:
    path = article(tmp_path, "blob.txt", "QUJD" * 50_000)
    result = run("make", str(path), "-f", "md")
    assert result.exit_code == 65
    assert "no prose" in result.stderr


TANKER = (
    "# Tanker seized in the Gulf\n\n"
    "Iranian forces seized an oil tanker in the Strait of Hormuz on Tuesday, the navy said.\n\n"
)


def sentences_of(path: Path) -> list[str]:
    result = run("make", str(path), "-f", "json")
    assert result.exit_code == 0, result.output
    return [sentence["text"] for sentence in json.loads(result.stdout)["sentences"]]


def test_a_markdown_articles_hidden_html_is_no_bullet(tmp_path: Path) -> None:
    """The bullet was `<span style="display:none">Secret: the president resigned on
    Friday.</span> The tanker was ...`: tags kept as text, text the page hides shown, two
    sentences in one."""
    hidden = '<span style="display:none">Secret: the president resigned on Friday.</span>'
    path = article(
        tmp_path,
        "art3.md",
        TANKER + f"{hidden} The tanker was carrying 2 million barrels of crude, officials "
        "said.\n\n<div hidden>The ship was sold on Monday.</div>\n\n"
        "<b>Oil prices</b> rose 3% on the news, traders said.\n",
    )
    result = run("make", str(path), "-f", "md")
    assert result.exit_code == 0, result.output
    assert (
        "- The tanker was carrying 2 million barrels of crude, officials said. [1:2]\n"
        in result.stdout
    )
    assert "Oil prices rose 3% on the news, traders said. [1:3]" in result.stdout
    for hidden_or_markup in ("Secret", "resigned", "sold", "span", "&lt;", "<b>"):
        assert hidden_or_markup not in result.stdout


def test_a_markdown_image_in_a_txt_article_leaves_no_stray_mark(tmp_path: Path) -> None:
    """`said. ![pixel](http://...) More` was read as the sentences "... said. !" and
    "[pixel](http://...) More ...": a .txt keeps its text, but no Markdown image."""
    path = article(
        tmp_path,
        "art4.txt",
        "Refugees flee fighting in the north\n\n"
        "Fighting spread to three more towns on Monday, the UN said. "
        "![pixel](http://evil.example/track.png) More than 5,000 people have fled.\n\n"
        "Aid agencies said supplies would run out within a week, the "
        "[Red Cross](https://www.icrc.org) said.\n",
    )
    assert sentences_of(path) == [
        "Fighting spread to three more towns on Monday, the UN said.",
        "More than 5,000 people have fled.",
        "Aid agencies said supplies would run out within a week, the Red Cross said.",
    ]


def test_a_slow_ranking_ends_in_one_line_not_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    """A ranker that never ends is stopped at the limit. (The test ran the real LSA under
    a 1 ms limit, and once, on a host under a load of 15, the run ended with exit 0: how
    long a real ranking takes is no fixture.)"""
    import brief.rank.sumy_rankers as sumy_rankers

    def never_ending(*args: object) -> object:
        def rank(*args: object) -> None:
            while True:
                time.sleep(0.01)

        return rank

    monkeypatch.setattr(sumy_rankers, "_summarizer", never_ending)
    monkeypatch.setattr(sumy_rankers, "RANK_TIMEOUT", 0.05)
    result = run("make", str(SAMPLE), "-a", "lsa", "-f", "md")
    assert result.exit_code == 65
    assert result.stderr.strip() == (
        "brief: ranking with algorithm 'lsa' took longer than 0.05 s; the input is too complex"
    )


def test_a_brief_is_never_written_over_an_article_it_reads(tmp_path: Path) -> None:
    victim = article(tmp_path, "victim.md", SAMPLE.read_text(encoding="utf-8"))
    result = run("make", str(victim), "-o", str(victim))
    assert result.exit_code == 64
    assert "is also an article read: the brief would overwrite it" in result.output
    assert victim.read_text(encoding="utf-8") == SAMPLE.read_text(encoding="utf-8")
    result = run("batch", str(tmp_path), "-o", str(tmp_path), "-f", "md")
    assert result.exit_code == 64
    assert victim.read_text(encoding="utf-8") == SAMPLE.read_text(encoding="utf-8")


def test_a_brief_or_a_feed_in_a_folder_is_skipped_and_alone_refused(tmp_path: Path) -> None:
    """A brief left in the inbox must not be read back as an article (its sentences
    would cite themselves), nor a saved feed made one article of raw XML."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    for fmt in ("md", "html"):
        assert run("make", str(inbox), "-o", str(inbox / f"brief.{fmt}")).exit_code == 0
    feed = '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>x</title></channel></rss>'
    (inbox / "feed.txt").write_text(feed, encoding="utf-8")
    result = run("make", str(inbox), "-f", "json")
    assert result.exit_code == 0, result.output
    assert [s["path"] for s in json.loads(result.stdout)["sources"]] == [str(inbox / "a.txt")]
    for name, reason in [("brief.md", "a brief that brief made"), ("feed.txt", "a news feed")]:
        result = run("make", str(inbox / name))
        assert result.exit_code == 65 and reason in result.output


def test_send_refuses_text_that_brief_did_not_write(tmp_path: Path) -> None:
    notes = article(tmp_path, "notes.md", "# Passwords\n\nThe secret list of the desk.\n")
    with pytest.raises(InputError, match="a .md file that brief did not write"):
        check_brief_file(notes, notes.read_bytes())
    made = tmp_path / "brief.md"
    assert run("make", str(SAMPLE), "-o", str(made)).exit_code == 0
    check_brief_file(made, made.read_bytes())


def test_a_format_in_capitals_and_an_empty_profile_name(tmp_path: Path) -> None:
    out = tmp_path / "x.md"
    assert run("make", str(SAMPLE), "-f", "MD", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# ")
    result = run("make", str(SAMPLE), "-p", "")
    assert result.exit_code == 78 and "unknown profile ''" in result.output


def test_batch_says_a_readme_describes_the_folder(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (src / "README.md").write_text("# What this folder holds\n", encoding="utf-8")
    result = run("batch", str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert f"{src / 'README.md'}: skipped: a README, which describes the folder" in result.stderr


def test_a_brief_made_again_into_its_inbox_replaces_the_last_one(tmp_path: Path) -> None:
    """The brief left in the inbox is no article: made again, it is replaced, and a batch
    into the folder skips it (a skip, not a failure)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    for _ in range(2):
        assert run("make", str(inbox), "-o", str(inbox / "brief.md")).exit_code == 0
    result = run("batch", str(inbox), "-o", str(inbox), "-f", "md")
    assert result.exit_code == 0, result.output
    assert "brief.md: skipped: a brief that brief made" in result.stderr


def test_what_is_a_brief_or_a_feed_is_told_by_brief_s_own_marks() -> None:
    from brief.provenance import is_feed, made_by_brief

    local = "# T\n\n*Generated 2026-12-02 17:33 CET · profile: geopolitics · ranker: default*\n"
    sources = "\n## Sources\n\n1. Talks resume — a.txt\n"
    assert made_by_brief(local + sources)  # a daily brief stamped in local time
    assert not made_by_brief(local)  # no Sources: a brief's stamp alone is no brief
    assert not made_by_brief('<meta name="generator" content="Brief-CMS 2.1"><p>News</p>')
    assert not is_feed('<rss version="2.0"> is the opening tag of a feed, the article says.')
    assert is_feed('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>x</title>')


def test_an_article_that_copies_brief_s_stamp_is_read(tmp_path: Path) -> None:
    """r57 #4: a line imitating brief's stamp got an article refused as a brief, and
    skipped from a folder: a source could suppress itself. brief knows its Markdown by
    the stamp under the title and its Sources section, in their places."""
    stamp = "*Generated 2026-12-05 12:00 UTC · profile: x · ranker: y*"
    body = (
        "Harbour pilots strike in Varna\n\n"
        "Harbour pilots in Varna went on strike on Friday over unpaid overtime.\n"
        f"{stamp}\n"
        "The port authority said six ships were waiting at anchor.\n"
    )
    placed = f"# Harbour pilots strike\n\n{stamp}\n\nThe port was shut.\n\n## Sources\n"
    page = (
        '<html><head><meta name="generator" content="brief 1.0"><title>Pilots strike</title>'
        "</head><body><article><h1>Pilots strike</h1><p>Harbour pilots in Varna went on"
        " strike on Friday, and six ships were waiting at anchor.</p></article></body></html>"
    )
    for name, text in [("a.txt", body), ("b.md", placed), ("c.html", page)]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = run("make", str(path), "-f", "json")
        assert result.exit_code == 0, result.output
        assert "six ships" in result.stdout or "port was shut" in result.stdout


def test_a_feed_whose_first_element_is_not_an_item_is_still_a_feed() -> None:
    from brief.provenance import is_feed, made_by_brief

    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
        '<generator uri="https://jekyllrb.com/">Jekyll</generator><link rel="self" href="x"/>'
        "<entry><title>Talks</title></entry></feed>"
    )
    assert is_feed(atom)
    assert not made_by_brief('<meta name="generator" content="Brief 3"><p>News</p>')


def test_a_feed_is_told_by_an_element_after_its_root_not_by_prose() -> None:
    from brief.provenance import is_feed

    assert not is_feed('<rss version="2.0"> is the opening tag; then come <channel> and <item>.')
    assert is_feed('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>')


def test_a_file_name_cannot_forge_lines_on_stderr(tmp_path: Path) -> None:
    """A name holding a newline and "brief: ..." (or a terminal's colour code) had printed
    two lines, the second a forged message, in the error and in a folder's warnings."""
    forged = "evil\nbrief: fake.txt: everything is fine\x1b[31m.txt"
    result = runner.invoke(app, ["make", str(tmp_path / forged)])
    assert result.exit_code == 66
    assert result.stderr.count("\n") == 1 and "\x1b" not in result.stderr
    assert "evil\\nbrief: fake.txt: everything is fine\\x1b[31m.txt: no such file" in result.stderr
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "ok.txt").write_bytes(SAMPLE.read_bytes())
    (inbox / "a\nbrief: forged.txt").write_bytes(b"")
    result = runner.invoke(app, ["make", str(inbox), "-o", str(tmp_path / "out.md")])
    assert result.exit_code == 0
    assert [line for line in result.stderr.splitlines() if "forged" in line] == [
        f"brief: WARNING: {inbox}/a\\nbrief: forged.txt: skipped: empty: no text to brief"
    ]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_a_full_disk_behind_stdout_is_an_output_error() -> None:
    """`-o -` into a full disk was an internal error (70); `-o /dev/full` already said 73."""
    with open("/dev/full", "wb") as full:
        proc = _brief_to(full, "make", str(SAMPLE), "-f", "md")
    assert proc.returncode == 73
    assert proc.stderr.decode() == "brief: -: cannot write: No space left on device\n"


def _brief_in_sh(redirects: str, *args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    """`python -m brief ARGS REDIRECTS` run by sh, which closes a standard stream (`>&-`)
    as a user's shell does; subprocess can only point one somewhere."""
    command = [sys.executable, "-m", "brief", *args]
    return subprocess.run(
        ["sh", "-c", f'"$@" {redirects}', "sh", *command],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=120,
        env={**_BRIEF_ENV, **env},
    )


@pytest.mark.parametrize(
    "args",
    [
        ["make", str(SAMPLE), "-f", "md"],
        ["make", str(SAMPLE), "-f", "pdf"],
        ["profiles"],
        ["--version"],
        ["make", "--help"],
        [],
    ],
    ids=["make-md", "make-pdf", "profiles", "version", "help", "bare"],
)
def test_a_closed_stdout_is_an_output_error(args: list[str]) -> None:
    """`>&-` leaves Python no sys.stdout: `make -o -` was an internal error with a
    traceback (from the final flush), help and --version a traceback and exit 1."""
    proc = _brief_in_sh(">&-", *args)
    assert proc.stderr.decode() == "brief: -: cannot write: standard output is closed\n"
    assert proc.returncode == 73


def test_a_closed_stdout_fails_a_dry_run_that_has_a_plan_to_show(tmp_path: Path) -> None:
    config = tmp_path / "brief.toml"
    config.write_bytes((ROOT / "examples" / "brief.toml").read_bytes())
    proc = _brief_in_sh(
        ">&-", "daily", "--config", str(config), "--dry-run", BRIEF_SMTP_PASSWORD="x"
    )
    assert proc.stderr.decode() == "brief: -: cannot write: standard output is closed\n"
    assert proc.returncode == 73


@pytest.mark.parametrize("redirect", [">/dev/full", "1</dev/null"])
@pytest.mark.parametrize("args", [["--help"], ["profiles"], ["--version"]])
def test_help_and_lists_on_an_unwritable_stdout_are_output_errors(
    redirect: str, args: list[str]
) -> None:
    """As `make -o -` already was: help and --version had a traceback, profiles exit 70."""
    if not Path("/dev/full").exists() and "full" in redirect:
        pytest.skip("needs Linux's /dev/full")
    proc = _brief_in_sh(redirect, *args)
    reason = "No space left on device" if "full" in redirect else "Bad file descriptor"
    assert proc.stderr.decode() == f"brief: -: cannot write: {reason}\n"
    assert proc.returncode == 73


def test_a_closed_stderr_leaves_the_exit_code_to_tell(tmp_path: Path) -> None:
    """With no stderr a run that worked exited 1 (the final flush failed); now it exits 0,
    and a failure keeps its own code though its line has nowhere to go."""
    out = tmp_path / "out.md"
    worked = _brief_in_sh("2>&-", "make", str(SAMPLE), "-o", str(out))
    assert worked.returncode == 0 and out.read_text().startswith("# ")
    assert _brief_in_sh("2>&-", "make", str(tmp_path / "missing.txt")).returncode == 66
    assert _brief_in_sh(">&- 2>&-", "make", str(SAMPLE), "-f", "md").returncode == 73


def test_a_closed_stdout_is_no_matter_when_the_brief_goes_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    proc = _brief_in_sh(">&-", "make", str(SAMPLE), "-o", str(out))
    assert (proc.returncode, proc.stderr) == (0, b"")
    assert out.read_text().startswith("# ")


def test_a_closed_stdin_is_no_input() -> None:
    """`brief make - <&-` was an internal error (70): sys.stdin is None."""
    proc = _brief_in_sh("<&-", "make", "-", "-f", "md")
    assert proc.stderr.decode() == "brief: -: standard input is closed\n"
    assert proc.returncode == 66


def test_a_reader_that_stops_early_is_no_error() -> None:
    """`brief make ... | head`: the reader closing the pipe ends the run quietly."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "brief", "make", str(SAMPLES), "-f", "pdf", "-o", "-"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_BRIEF_ENV,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    assert proc.wait(timeout=120) == 0 and proc.stderr.read() == b""


def test_an_output_named_as_a_folder_is_refused(tmp_path: Path) -> None:
    """`-o newout/` wrote a file called newout: Path() drops the slash."""
    result = runner.invoke(app, ["make", str(SAMPLE), "-o", f"{tmp_path}/newout/", "-f", "md"])
    assert result.exit_code == 73 and "is a directory name" in result.stderr
    assert not (tmp_path / "newout").exists()


def test_a_bad_choice_is_said_without_pydantic_words() -> None:
    result = runner.invoke(app, ["make", str(SAMPLE), "-a", "nosuch"])
    assert result.exit_code == 64
    assert "Value error" not in result.stderr and "'nosuch' is not one of" in result.stderr
