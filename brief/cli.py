"""The command line: parse, call the library, map errors to sysexits codes. Nothing else.

Every failure the library knows about is a BriefError and becomes one line
`brief: PATH: reason` with its exit code; a traceback only with --verbose.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TextIO, TypeVar

import typer
from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
from typer._param_types import coerce_cli_choice
from typer.core import TyperArgument, TyperGroup, TyperOption
from typer.exceptions import TyperException

from brief.errors import (
    EX_SOFTWARE,
    EX_TEMPFAIL,
    EX_USAGE,
    BriefError,
    NoInputError,
    OutputError,
    SettingError,
    UsageError,
)
from brief.options import DEFAULT_MAX_BYTES, DEFAULT_MAX_SENTENCES, Options, options_from
from brief.profiles import PROFILES
from brief.rank import RANKERS
from brief.render import RENDERERS

if TYPE_CHECKING:  # loaded with a brief, not for --help
    from brief.batch import Skipped
    from brief.ingest import Input

T = TypeVar("T")
log = logging.getLogger("brief")


@dataclass(frozen=True)
class _PlainValue(RuntimeParam):
    """A command-line value that needs no pydantic: Typer coerces every value (defaults
    too) through a pydantic TypeAdapter, and importing pydantic and building one adapter
    per option cost about 0.09 s of every `brief make`, a fifth of a one-article brief.
    Strings, lists of strings, choices, whole numbers written in digits within their
    range, and values that are already of their type come out here as Typer would make
    them; anything else (a path, a share, a bad value and its error message) goes to
    Typer's own coercion, which builds its adapter then."""

    descriptor: TypeDescriptor

    @classmethod
    def of(cls, descriptor: TypeDescriptor) -> _PlainValue:
        return cls(descriptor.parameter_info, descriptor.annotation, descriptor)

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        plain = _plain_value(self.descriptor, value, ctx)
        if plain is not _NOT_PLAIN:
            return plain
        typer_param = build_runtime_param(self.descriptor)
        return typer_param._coerce_value(value, param=param, ctx=ctx)


_NOT_PLAIN = object()


def _plain_value(descriptor: TypeDescriptor, value: Any, ctx: Any) -> Any:
    """Typer's value for `value`, or _NOT_PLAIN when only its coercion can tell."""
    annotation, info = descriptor.annotation, descriptor.parameter_info
    if info.parser is not None or descriptor.is_file:
        return _NOT_PLAIN
    if annotation is str and type(value) is str:
        return value
    if annotation == list[str] and isinstance(value, tuple | list):
        return list(value) if all(type(item) is str for item in value) else _NOT_PLAIN
    if annotation is int and not info.clamp:
        number = value if type(value) is int else None
        if type(value) is str and value.isascii() and value.isdecimal():
            number = int(value)
        if number is None or (info.min is not None and number < info.min):
            return _NOT_PLAIN
        return _NOT_PLAIN if info.max is not None and number > info.max else number
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        try:
            return coerce_cli_choice(
                value, choices=tuple(annotation), case_sensitive=info.case_sensitive, ctx=ctx
            )
        except ValueError:  # Typer says what is wrong, in its words
            return _NOT_PLAIN
    return _NOT_PLAIN


class _Argument(TyperArgument):
    """Help names an argument by what it is (ARTICLE...), not by its Python type; its
    value is coerced by `_PlainValue`."""

    def get_runtime_param(self) -> RuntimeParam:
        if self._runtime_param is None:
            self._runtime_param = _PlainValue.of(self.type_descriptor)
        return self._runtime_param

    def display_type_rich(self, ctx: Any) -> str | None:  # in plain help too
        return None

    def get_usage_pieces(self, ctx: Any) -> list[str]:
        name = self.metavar or (self.name or "").upper()
        name = name if self.required else f"[{name}]"
        return [f"{name}..." if self.nargs != 1 else name]


class _Option(TyperOption):
    """A flag shows no type; a value shows its metavar (N, FILE), never <int range>.
    Choices and ranges are said in the help text, which wraps between words. Its value
    is coerced by `_PlainValue`."""

    def get_runtime_param(self) -> RuntimeParam:
        if self._runtime_param is None:
            self._runtime_param = _PlainValue.of(self.type_descriptor)
        return self._runtime_param

    def display_type_rich(self, ctx: Any) -> str | None:
        if self.is_flag:
            return None
        return self.metavar or (self.name or "value").upper()

    def _get_number_range_help_str(self) -> str | None:
        return None


def _plain_help(command: Any, ctx: Any) -> None:
    """Typer builds its own parameter objects; give them the plain-help display."""
    for param in getattr(command, "params", ()):
        if type(param) is TyperArgument:
            param.__class__ = _Argument
        elif type(param) is TyperOption:
            param.__class__ = _Option
    _plain_help_option(command.get_help_option(ctx))


def _plain_help_option(option: Any) -> None:
    """--help shows plain metavars too, and writes its text as every output on stdout
    is written (`_echo`): click's own would end in a traceback on a full disk."""
    if type(option) is TyperOption:
        option.__class__ = _Option
        option.callback = _show_help


def _show_help(ctx: Any, param: Any, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        _echo(ctx.get_help())
        ctx.exit()


class _Group(TyperGroup):
    """Click exits 2 on a usage error; sysexits says 64 (EX_USAGE). Help shows plain
    metavars (`_Argument`, `_Option`) instead of Typer's `<list[str]>` type labels."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        _plain_help_option(option)
        return option

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _plain_help(command, ctx)
        return command

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _plain_help(self, ctx)  # the group's own options too (--version, not --version <bool>)
        super().format_help(ctx, formatter)

    def main(  # type: ignore[override]
        self,
        args: list[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **kwargs: Any,
    ) -> Any:
        try:
            rv = self._parse_and_run(args, prog_name, complete_var, **kwargs)
        except BriefError as exc:  # help or --version that stdout would not take
            say(str(exc))
            sys.exit(exc.exit_code)
        if standalone_mode:
            sys.exit(rv if isinstance(rv, int) else 0)
        return rv

    def _parse_and_run(
        self, args: list[str] | None, prog_name: str | None, complete_var: str | None, **kw: Any
    ) -> Any:
        try:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **kw)
        except TyperException as exc:  # Typer's vendored click: usage errors exit 2
            if type(exc).__name__ == "NoArgsIsHelpError":  # a bare `brief`: help, not an error
                _echo(exc.format_message())
                return 0
            message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
            message = message.replace("Value error, ", "")  # pydantic's prefix, not ours
            say(f"{' '.join(message.split())} (see --help)")
            sys.exit(EX_USAGE if exc.exit_code == 2 else exc.exit_code)
        except typer.Abort:
            say("aborted")
            sys.exit(130)


app = typer.Typer(
    cls=_Group,
    help="Turn news articles into extractive, sectioned analyst briefings.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,  # click's plain help: rich's layout cost 0.15 s of each --help
)

Algorithm = Enum("Algorithm", {k: k for k in RANKERS}, type=str)  # type: ignore[misc]
Format = Enum("Format", {k: k for k in RENDERERS}, type=str)  # type: ignore[misc]
DEFAULT_ALGORITHM = Algorithm("default")
PDF = Format("pdf")


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at emit time: CliRunner swaps and closes it per
    call, and a handler bound to an old stream would log into a closed file."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def one_line(text: str) -> str:
    """The text with its control characters written as escapes: a file name may hold a
    newline and "brief: fake.txt: fine", or a terminal's colour codes, which would forge
    lines of their own on stderr."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def say(message: str) -> None:
    """One line on stderr: `brief: PATH: reason`."""
    sys.stderr.write(f"brief: {one_line(message)}\n")


class _OneLineFormatter(logging.Formatter):
    """Log messages as `say` writes them; a traceback (--verbose) keeps its lines."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 (logging's name)
        record.message = one_line(record.message)
        return super().formatMessage(record)


def _configure_logging(verbose: bool) -> None:
    level = logging.DEBUG if verbose else logging.WARNING
    handler = _StderrHandler()
    handler.setFormatter(_OneLineFormatter("brief: %(levelname)s: %(message)s"))
    # The handler's own level keeps stderr as quiet as asked when a log file wants more.
    handler.setLevel(level)
    logging.basicConfig(level=level, handlers=[handler], force=True)
    # WeasyPrint and fontTools narrate every font and CSS rule; only --verbose wants that.
    for noisy in ("weasyprint", "fontTools", "charset_normalizer"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.ERROR)
    # The page readers log an ERROR for a page they find no document in ("parsed tree
    # length: 0", "lxml parsing failed: Document is empty"): three lines on stderr beside
    # brief's own about that page ("a web page with no article text in it", s72 fuzz).
    for reader in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(reader).setLevel(logging.DEBUG if verbose else logging.CRITICAL)


def fail(exc: BriefError, verbose: bool) -> NoReturn:
    if verbose:
        log.exception("details")
    say(str(exc))
    raise typer.Exit(exc.exit_code)


@contextmanager
def errors_to_exit(verbose: bool, path: str | None = None) -> Iterator[None]:
    """BriefError -> its exit code; anything else -> EX_SOFTWARE, still one line."""
    try:
        yield
    except BriefError as exc:
        fail(exc, verbose)
    except MemoryError:
        say(f"{path or '-'}: out of memory")
        raise typer.Exit(EX_SOFTWARE) from None
    except (typer.Exit, KeyboardInterrupt):
        raise
    except Exception as exc:
        if verbose:
            log.exception("internal error")
        where = f"{path}: " if path else ""
        say(f"{where}internal error: {type(exc).__name__}: {exc}"[:500])
        raise typer.Exit(EX_SOFTWARE) from None


def _now() -> datetime | None:
    """SOURCE_DATE_EPOCH fixes the clock, for reproducible output and golden tests.

    numpy and WeasyPrint read it too, with int(): a bad value is refused before they do
    (see _check_clock)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None or not epoch.strip():
        return None
    if not epoch.strip().isdecimal() or not epoch.strip().isascii():
        raise UsageError(
            f"not a whole number of seconds since 1970: {epoch[:40]!r}", "SOURCE_DATE_EPOCH"
        )
    from brief.ingest.layout.dates import NEWS_YEARS

    try:
        now = datetime.fromtimestamp(int(epoch), UTC)
    except (OverflowError, OSError, ValueError):
        now = None
    if now is None or now.year not in NEWS_YEARS:  # (a clock in 9999: dates a week on fail)
        raise UsageError(
            f"out of range: {epoch[:40]!r} (a time from 1900 to 2099)", "SOURCE_DATE_EPOCH"
        )
    return now


def _progress(label: str) -> tuple[Callable[[int, int, str], None] | None, Callable[[], None]]:
    """A rich progress bar on a terminal; nothing under cron or in a pipe."""
    if not sys.stderr.isatty():
        return None, lambda: None
    from rich.console import Console
    from rich.progress import Progress

    bar = Progress(console=Console(stderr=True), transient=True)
    task = bar.add_task(label, total=None)
    bar.start()

    def update(done: int, total: int, name: str) -> None:
        bar.update(task, completed=done, total=total, description=f"{label} {name}")

    return update, bar.stop


# Options shared by make and batch. Each value option has a metavar; choices and ranges
# are said in words, so help wraps between words and never shows a Python type.
AlgorithmOpt = Annotated[
    Algorithm,
    typer.Option(
        "--algorithm",
        "-a",
        metavar="NAME",
        show_choices=False,
        help=f"How sentences are ranked: {', '.join(RANKERS)}.",
    ),
]
SentencesOpt = Annotated[
    int | None,
    typer.Option(
        "--sentences",
        "-n",
        min=1,
        metavar="N",
        help="Sentences to keep (default 10); in a digest, the bullets its stories told in "
        "full share (default: 2 to 5 each).",
    ),
]
RatioOpt = Annotated[
    float | None,
    typer.Option(
        "--ratio",
        metavar="SHARE",
        help="Or keep this share of them: more than 0, at most 1 (0.2 keeps a fifth).",
    ),
]
ProfileOpt = Annotated[
    str,
    typer.Option(
        "--profile",
        "-p",
        metavar="NAME|FILE",
        help=f"A profile name ({', '.join(PROFILES)}) or a TOML file.",
    ),
]
TemplatesOpt = Annotated[
    Path | None,
    typer.Option(
        "--templates",
        metavar="DIR",
        help="A folder with brief.md.j2, brief.html.j2, brief.css (replace the packaged "
        "ones) or extra.css (added after the packaged stylesheet).",
    ),
]
DataOpt = Annotated[
    Path | None,
    typer.Option(
        "--data",
        metavar="DIR",
        help="A folder with words.toml, gazetteer.toml or furniture.toml (each list they "
        "hold replaces the packaged list of its name; the others stay).",
    ),
]
TitleOpt = Annotated[
    str | None, typer.Option("--title", metavar="TEXT", help="Title of the brief.")
]
LanguageOpt = Annotated[
    str,
    typer.Option(
        "--language",
        "-l",
        metavar="NAME",
        help="The articles' language (english, russian, german, ...). Other than english: "
        "a plain ranked summary, without sections, actors, figures or quotes.",
    ),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option("--encoding", metavar="CODEC", help="Input encoding, instead of detecting it."),
]
MaxBytesOpt = Annotated[
    int,
    typer.Option("--max-bytes", min=1, metavar="BYTES", help="Refuse an article larger than this."),
]
MaxSentencesOpt = Annotated[
    int,
    typer.Option(
        "--max-sentences",
        min=1,
        metavar="N",
        help="Refuse an article with more sentences (and a brief of several articles with "
        "more in all).",
    ),
]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Log details and tracebacks.")]


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        _echo(f"brief {version('brief')}")
        raise typer.Exit(0)


@app.callback()
def _main_options(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", is_eager=True, callback=_version, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Turn news articles into extractive, sectioned analyst briefings."""
    with errors_to_exit(False, "SOURCE_DATE_EPOCH"):
        _check_clock()


def _check_clock() -> None:
    """SOURCE_DATE_EPOCH checked before any library reads it: a bad value is one line
    here, and a blank one, which means unset, is unset for them too (numpy's f2py,
    imported with scipy, reads it with int() and would fail on it)."""
    if not os.environ.get("SOURCE_DATE_EPOCH", "x").strip():
        del os.environ["SOURCE_DATE_EPOCH"]
    _now()


def _options(**kw: Any) -> Options:
    """The library's Options from the command's flags, or a one-line usage error naming
    the flag (inside errors_to_exit). The data folder is set for the process here, before
    any word list is read."""
    with _settings_as_flags():
        options = options_from(kw, now=_now())
    _use_data(options)
    return options


def _use_data(options: Options) -> None:
    """The process's data folder (--data, or the config's [brief] data), set before the
    command reads a word list (no module reads one when imported: test_data_folder)."""
    from brief.data_folder import use

    use(options.data)


@contextmanager
def _settings_as_flags() -> Iterator[None]:
    """A SettingError, from the options or from the brief (an algorithm that gives up at
    the input's size), said with the flag that sets it here (inside errors_to_exit)."""
    try:
        yield
    except SettingError as exc:
        raise _as_flag(exc) from None


def _as_flag(exc: BriefError) -> BriefError:
    """A SettingError as a usage error naming its flag (`--max-bytes`, not `max_bytes`)."""
    if not isinstance(exc, SettingError):
        return exc
    return UsageError(f"--{exc.setting.replace('_', '-')} {exc.reason}", exc.path)


@app.command("make", short_help="Make one brief from articles; several stories make a digest.")
def make_cmd(
    inputs: Annotated[
        list[str],
        typer.Argument(metavar="ARTICLE", help="Article files, folders, or - for stdin."),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Output file (missing folders are created), or - for stdout.",
        ),
    ] = "-",
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            show_choices=False,
            case_sensitive=False,
            help=f"{', '.join(RENDERERS)}; by default from the extension of -o (md on stdout).",
        ),
    ] = None,
    algorithm: AlgorithmOpt = DEFAULT_ALGORITHM,
    sentences: SentencesOpt = None,
    ratio: RatioOpt = None,
    profile: ProfileOpt = "geopolitics",
    templates: TemplatesOpt = None,
    data_dir: DataOpt = None,
    title: TitleOpt = None,
    language: LanguageOpt = "english",
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    max_sentences: MaxSentencesOpt = DEFAULT_MAX_SENTENCES,
    verbose: VerboseOpt = False,
) -> None:
    """Make one brief from one or more articles: several stories make a digest."""
    with _no_collections():  # from its imports on: see _no_collections
        from brief.output import write_atomic
        from brief.pipeline import build
        from brief.render import prepare, render, rendering_ahead

        _configure_logging(verbose)
        with errors_to_exit(verbose, output):
            options = _options(
                algorithm=algorithm.value,
                sentences=sentences,
                ratio=ratio,
                profile=profile,
                templates=templates,
                data=data_dir,
                title=title,
                language=language,
                encoding=encoding,
                max_bytes=max_bytes,
                max_sentences=max_sentences,
            )
            kind = _output_format(output, fmt.value if fmt else None)
        where = inputs[0] if len(inputs) == 1 else None
        # A PDF's renderer loads now, in its child.
        with errors_to_exit(verbose, where), _settings_as_flags(), rendering_ahead(kind):
            articles = _articles(inputs, options.max_bytes)
            for skipped in _skipped_in_folders(inputs):
                log.warning("%s", skipped)
            update, stop = _progress("reading") if len(inputs) > 1 else (None, lambda: None)
            try:
                briefing = build(
                    articles,
                    options,
                    update,
                    meanwhile=lambda: prepare(kind, options),
                    writes=None if output == "-" else Path(output),
                )
            finally:
                stop()
            data = render(briefing, kind, options)
            if output == "-":
                _to_stdout(data)
            else:
                make_parents(Path(output))
                write_atomic(Path(output), data)


def _skipped_in_folders(paths: list[str]) -> list[Skipped]:
    """What the folders named hold and make does not read, as `brief batch` names it
    (brief.batch.skipped_entries): files that are not articles ("random.bin: skipped:
    not an article file"), subfolders. Not a README, which a folder of articles may well
    hold and the user knows is never one (`brief make samples/` stays quiet). A folder
    that cannot be read, or holds no article, is left to the build, which says why."""
    from brief.batch import Skipped, skipped_entries
    from brief.ingest import expand_inputs

    found: list[Skipped] = []
    folders = {
        os.path.realpath(path): path for path in paths if path != "-" and os.path.isdir(path)
    }
    for path in folders.values():  # (a folder named twice is read once, and told once)
        try:
            articles = expand_inputs([path])
        except NoInputError:
            continue
        found.extend(
            # (batch's reason for a subfolder names batch: here it is make's)
            Skipped(entry.path, "a folder (make reads only the folder's own files)")
            if os.path.isdir(entry.path)
            else entry
            for entry in skipped_entries(path, articles)
            if os.path.splitext(os.path.basename(entry.path))[0].upper() != "README"
        )
    return found


def _articles(paths: list[str], max_bytes: int) -> list[str | Input]:
    """The articles named, `-` being standard input: read here, the library gets its
    bytes. At most max_bytes + 1 of them, so that the library refuses a longer one as it
    refuses a longer file."""
    if paths.count("-") > 1:
        raise UsageError("standard input can be read only once", "-")
    return [_stdin(max_bytes) if path == "-" else path for path in paths]


def _stdin(max_bytes: int) -> Input:
    """Standard input as an article the brief's sources call stdin, and messages `-`."""
    from brief.ingest import Input

    if sys.stdin is None:  # the caller closed it (`<&-`)
        raise NoInputError("standard input is closed", "-")
    try:
        data = sys.stdin.buffer.read(max_bytes + 1)
    except OSError as exc:
        raise NoInputError(exc.strerror or "cannot read", "-") from None
    return Input("-", data=data, name="stdin")


def _stdout() -> TextIO:
    """Standard output, or an output error on `-` when the caller closed it (`>&-`):
    Python then has no sys.stdout at all."""
    if sys.stdout is None:
        raise OutputError("cannot write: standard output is closed", "-")
    return sys.stdout


@contextmanager
def _writing_stdout() -> Iterator[TextIO]:
    """Every output on stdout (a brief, help, a list) is written inside this. A full disk
    or a stream not open for writing is an output error, as a file's is. A reader that
    stops early (`| head`) has what it wanted: no error, and nothing more to flush there."""
    out = _stdout()
    try:
        yield out
        out.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", "-") from None


def _to_stdout(data: bytes) -> None:
    with _writing_stdout() as out:
        out.buffer.write(data)


def _echo(text: str) -> None:
    """A line of text on stdout: help, a list, a plan."""
    with _writing_stdout() as out:
        out.write(f"{text}\n")


@contextmanager
def _no_collections() -> Iterator[None]:
    """One brief, then the process ends: the cyclic garbage collector finds next to
    nothing to free in it (a brief makes few reference cycles, and the modules it imports
    live until the end), while its passes over the young objects cost CPU: 0.02 s of
    this process at 1,600 sentences; at 25,000, 0.4 s in this one and as much in the
    extraction child, which inherits the setting (peak memory 177 -> 179 MiB). Turned
    back on after, for a caller that goes on (tests through CliRunner), the brief's
    objects first moved to the oldest generation (freeze, then unfreeze): re-enabled as
    they were, the next allocation would start a pass over all of them (0.013 s)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()
            gc.unfreeze()


def _output_format(output: str, explicit: str | None) -> str:
    """The format to write, refusing what would surprise: a PDF inside a .md file, binary
    bytes dumped on a terminal, or a file where a folder was named ("-o out/")."""
    from brief.render import SUFFIXES, format_for

    if output.endswith(("/", os.sep)):  # Path() would drop the slash, and write a file
        raise OutputError("is a directory name; the brief is one file, so name it", output)
    kind = format_for(None if output == "-" else output, explicit)
    if output == "-":
        out = _stdout()  # closed: said now, not once the brief is made
        if kind == "pdf" and out.isatty():
            raise UsageError(
                "will not write a PDF to a terminal; use -o FILE.pdf or a pipe", output
            )
        return kind
    implied = SUFFIXES.get(Path(output).suffix.lower())
    if implied is not None and implied != kind:
        raise UsageError(
            f"--format {kind} does not match the {Path(output).suffix} extension; "
            "drop --format or change the name",
            output,
        )
    return kind


def make_parents(path: Path) -> None:
    """make and batch both create missing output folders (like `mkdir -p`)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create folder: {exc.strerror}", str(path)) from None


@app.command("batch", short_help="One brief per article of a folder.")
def batch_cmd(
    in_dir: Annotated[str, typer.Argument(metavar="FOLDER", help="A folder of articles.")],
    out_dir: Annotated[
        Path,
        typer.Option(
            "--output", "-o", metavar="DIR", help="Folder for the briefs (created if missing)."
        ),
    ],
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            show_choices=False,
            case_sensitive=False,
            help=f"{', '.join(RENDERERS)}.",
        ),
    ] = PDF,
    algorithm: AlgorithmOpt = DEFAULT_ALGORITHM,
    sentences: SentencesOpt = None,
    ratio: RatioOpt = None,
    profile: ProfileOpt = "geopolitics",
    templates: TemplatesOpt = None,
    data_dir: DataOpt = None,
    language: LanguageOpt = "english",
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    max_sentences: MaxSentencesOpt = DEFAULT_MAX_SENTENCES,
    verbose: VerboseOpt = False,
) -> None:
    """One brief per article: a.txt becomes DIR/a.FORMAT; when two articles share a name
    (a.md, a.txt), each keeps its whole name (a.md.FORMAT, a.txt.FORMAT). Subfolders and
    other files are listed as skipped; bad articles are reported and the rest go on."""
    from brief.batch import run_batch

    _configure_logging(verbose)
    update, stop = _progress("briefing")
    try:
        with errors_to_exit(verbose, in_dir):
            options = _options(
                algorithm=algorithm.value,
                sentences=sentences,
                ratio=ratio,
                profile=profile,
                templates=templates,
                data=data_dir,
                language=language,
                encoding=encoding,
                max_bytes=max_bytes,
                max_sentences=max_sentences,
            )
            result = run_batch(in_dir, out_dir, fmt.value, options, update)
    finally:
        stop()
    for skipped in result.skipped:
        log.warning("%s", skipped)
    for exc in result.failed:
        say(str(_as_flag(exc)))
    if result.failed:
        raise typer.Exit(result.failed[0].exit_code)


@app.command("profiles", short_help="List the packaged profiles.")
def profiles_cmd() -> None:
    """List the packaged profiles (pass one with --profile, or a TOML file of your own)."""
    from brief.profiles import PROFILES, describe_profiles

    with errors_to_exit(False):
        for name, description in describe_profiles().items():
            _echo(f"{name:<14} {description}")
        folder = next(iter(PROFILES.values())).parent
        _echo(f"\nThey are in {folder}: copy one to start your own.")


def main() -> None:
    """The command, then an exit that skips the interpreter's teardown (the console script
    and `python -m brief` start here, through brief.__main__)."""
    _one_blas_thread()
    _hold_closed_streams()
    try:
        app()
        code: int | str | None = 0
    except SystemExit as done:
        code = done.code
    _exit_at_once(code)


def _one_blas_thread() -> None:
    """numpy's OpenBLAS starts a thread per core when numpy is imported. brief's one BLAS
    call, LexRank's matrix-vector product (at most 2,048 rows), takes about a millisecond
    on one thread, while starting the pool costs about 0.02 s of CPU in every process that
    imports numpy, and more wall time when the other core is busy. A value the user set
    wins. The briefs compare byte for byte with and without it."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def _hold_closed_streams() -> None:
    """A standard stream the caller closed (`>&-`, `2>&-`) gets /dev/null under its number
    for the run, so that no file brief opens (an output's temporary file) takes the number
    and receives what a library or a child process writes there. Python has no sys.stdin
    or sys.stdout for it, and brief says so in one line when it needs them; with no
    stderr, its messages go to /dev/null, and the exit code alone tells what happened."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            os.open(os.devnull, os.O_RDWR)  # takes the lowest free number: this one
    if sys.stderr is None:  # the process's for good, as Python's own stderr
        sys.stderr = open(2, "w", errors="backslashreplace", closefd=False)  # noqa: SIM115


def _exit_at_once(code: int | str | None) -> NoReturn:
    """A finished command needs none of the interpreter's teardown, which unloads every
    module one by one (numpy, scipy, WeasyPrint's C libraries): about 0.1 s of each run.
    Logs and standard streams are flushed first. While another thread or a child process
    still runs, the ordinary exit waits for it as before."""
    processes = sys.modules.get("multiprocessing")
    if threading.active_count() > 1 or (processes and processes.active_children()):
        sys.exit(code)
    if isinstance(code, str):  # as sys.exit("message") does: the message, then status 1
        sys.stderr.write(code + "\n")
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError):  # a closed pipe: nothing left to tell it
            if stream is not None:  # None: the caller closed it (`>&-`)
                stream.flush()
    os._exit(code if isinstance(code, int) else 0 if code is None else 1)


# -- daily runs and email (brief.daily, brief.deliver) ---------------------------------------

ConfigOpt = Annotated[
    Path,
    typer.Option(
        "--config", "-c", metavar="FILE", help="The daily TOML config (see docs/daily.md)."
    ),
]


@app.command("send", short_help="Email a brief now, with the mail settings of the config.")
def send_cmd(
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE", help="The brief to send: a .pdf, .html, .md or .json brief made."
        ),
    ],
    to: Annotated[
        list[str], typer.Option("--to", metavar="ADDR", help="A recipient; repeat for more.")
    ],
    config: ConfigOpt = Path("brief.toml"),
    subject: Annotated[
        str | None,
        typer.Option(
            "--subject", metavar="TEMPLATE", help="Subject template (Jinja), e.g. '{{ title }}'."
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Send again even if this file already went to them.")
    ] = False,
    verbose: VerboseOpt = False,
) -> None:
    """Email FILE now, one message per recipient, with the mail settings of the config."""
    from brief import config as config_file

    _configure_logging(verbose)
    update, stop = _progress("mail")
    try:
        with errors_to_exit(verbose, str(file)):
            conf = config_file.load(config)
            _use_data(conf.options)
            from brief.deliver.send import send_file

            send_file(
                file,
                to,
                conf.require_mail(),
                conf.options,
                subject=subject,
                now=_now(),
                progress=update,
                force=force,
            )
    finally:
        stop()


@app.command("daily", short_help="Brief the inbox's new articles, archive them, email the brief.")
def daily_cmd(
    config: ConfigOpt = Path("brief.toml"),
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what a run would do; change nothing.")
    ] = False,
    verbose: VerboseOpt = False,
) -> None:
    """Brief the inbox's new articles, archive them, and email the brief. Silent on success."""
    from brief import config as config_file

    _configure_logging(verbose)
    update, stop = _progress("daily")
    try:
        with errors_to_exit(verbose, str(config)):
            conf = config_file.load(config)
            _use_data(conf.options)
            from brief import daily

            if dry_run:
                lines = daily.plan(conf, now=_now()).lines()
            else:
                now = _now()
                log_file = daily.add_log_file(conf.daily, now)
                try:
                    daily.run(conf, now=now, progress=update)
                except Exception as exc:
                    daily.log_failure(log_file, exc)  # stderr gets its one line below
                    raise
    finally:
        stop()
    if dry_run:
        with errors_to_exit(verbose):
            _echo("\n".join(lines))


@app.command("fetch", short_help="Fetch the config's feeds once; new articles go to the inbox.")
def fetch_cmd(
    config: ConfigOpt = Path("brief.toml"),
    verbose: VerboseOpt = False,
) -> None:
    """Fetch every feed the config lists once; write new articles into the inbox. Silent on
    success; a line for each feed that failed, and exit 75 when every one did."""
    from brief import config as config_file
    from brief.collect import collect_feeds

    _configure_logging(verbose)
    with errors_to_exit(verbose, str(config)):
        conf = config_file.load(config)
        _use_data(conf.options)
        report = collect_feeds(conf, now=_now() or datetime.now(UTC))
    for line in report.health():
        say(f"feed {line}")
    if verbose:
        with errors_to_exit(verbose):
            _echo("\n".join(report.lines()))
    if all(feed.status == "failed" for feed in report.feeds):
        raise typer.Exit(EX_TEMPFAIL)  # none could be read: cron should say so
