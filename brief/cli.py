"""The command line: parse, call the library, map errors to sysexits codes. Nothing else.

Every failure the library knows about is a BriefError and becomes one line
`brief: PATH: reason` with its exit code; a traceback only with --verbose.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from typer.core import TyperGroup
from typer.exceptions import TyperException

from brief.errors import EX_SOFTWARE, EX_USAGE, BriefError
from brief.options import DEFAULT_MAX_BYTES, DEFAULT_MAX_SENTENCES, Options
from brief.profiles import PROFILES
from brief.rank import RANKERS
from brief.render import RENDERERS

T = TypeVar("T")
log = logging.getLogger("brief")


class _Group(TyperGroup):
    """Click exits 2 on a usage error; sysexits says 64 (EX_USAGE)."""

    def main(  # type: ignore[override]
        self,
        args: list[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **kwargs: Any,
    ) -> Any:
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **kwargs)
        except TyperException as exc:  # Typer's vendored click: usage errors exit 2
            message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
            sys.stderr.write(f"brief: {' '.join(message.split())} (see --help)\n")
            sys.exit(EX_USAGE if exc.exit_code == 2 else exc.exit_code)
        except typer.Abort:
            sys.stderr.write("brief: aborted\n")
            sys.exit(130)
        if standalone_mode:
            sys.exit(rv if isinstance(rv, int) else 0)
        return rv


app = typer.Typer(
    cls=_Group,
    help="Turn news articles into extractive, sectioned analyst briefings.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
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


def _configure_logging(verbose: bool) -> None:
    handler = _StderrHandler()
    handler.setFormatter(logging.Formatter("brief: %(levelname)s: %(message)s"))
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING, handlers=[handler], force=True
    )
    # WeasyPrint and fontTools narrate every font and CSS rule; only --verbose wants that.
    for noisy in ("weasyprint", "fontTools", "trafilatura", "htmldate", "charset_normalizer"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.ERROR)


def fail(exc: BriefError, verbose: bool) -> NoReturn:
    if verbose:
        log.exception("details")
    sys.stderr.write(f"brief: {exc}\n")
    raise typer.Exit(exc.exit_code)


@contextmanager
def errors_to_exit(verbose: bool, path: str | None = None) -> Iterator[None]:
    """BriefError -> its exit code; anything else -> EX_SOFTWARE, still one line."""
    try:
        yield
    except BriefError as exc:
        fail(exc, verbose)
    except MemoryError:
        sys.stderr.write(f"brief: {path or '-'}: out of memory\n")
        raise typer.Exit(EX_SOFTWARE) from None
    except (typer.Exit, KeyboardInterrupt):
        raise
    except Exception as exc:
        if verbose:
            log.exception("internal error")
        where = f"{path}: " if path else ""
        sys.stderr.write(f"brief: {where}internal error: {type(exc).__name__}: {exc}\n"[:500])
        raise typer.Exit(EX_SOFTWARE) from None


def _now() -> datetime | None:
    """SOURCE_DATE_EPOCH fixes the clock, for reproducible output and golden tests."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return None


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


# Options shared by make and batch.
AlgorithmOpt = Annotated[
    Algorithm, typer.Option("--algorithm", "-a", help="How sentences are ranked.")
]
SentencesOpt = Annotated[
    int | None, typer.Option("--sentences", "-n", min=1, help="Sentences to keep (default 10).")
]
RatioOpt = Annotated[
    float | None, typer.Option("--ratio", min=0.0, max=1.0, help="Or keep this share of them.")
]
ProfileOpt = Annotated[
    str,
    typer.Option("--profile", "-p", help=f"A profile name ({', '.join(PROFILES)}) or a TOML file."),
]
TemplatesOpt = Annotated[
    Path | None,
    typer.Option("--templates", help="A folder whose templates override the packaged ones."),
]
TitleOpt = Annotated[str | None, typer.Option("--title", help="Title of the brief.")]
EncodingOpt = Annotated[
    str | None, typer.Option("--encoding", help="Input encoding, instead of detecting it.")
]
MaxBytesOpt = Annotated[
    int, typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this.")
]
MaxSentencesOpt = Annotated[
    int, typer.Option("--max-sentences", min=1, help="Refuse inputs with more sentences.")
]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Log details and tracebacks.")]


def _options(**kw: Any) -> Options:
    if kw.get("sentences") is not None and kw.get("ratio") is not None:
        raise typer.BadParameter("use --sentences or --ratio, not both")
    return Options(now=_now(), **kw)


@app.command("make")
def make_cmd(
    inputs: Annotated[list[str], typer.Argument(help="Article files, folders, or - for stdin.")],
    output: Annotated[
        str, typer.Option("--output", "-o", help="Output file, or - for stdout.")
    ] = "-",
    fmt: Annotated[
        Format | None, typer.Option("--format", "-f", help="Output format (default: from -o).")
    ] = None,
    algorithm: AlgorithmOpt = DEFAULT_ALGORITHM,
    sentences: SentencesOpt = None,
    ratio: RatioOpt = None,
    profile: ProfileOpt = "geopolitics",
    templates: TemplatesOpt = None,
    title: TitleOpt = None,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    max_sentences: MaxSentencesOpt = DEFAULT_MAX_SENTENCES,
    verbose: VerboseOpt = False,
) -> None:
    """Make one brief from one or more articles (ranked together)."""
    from brief.output import write_atomic
    from brief.pipeline import build
    from brief.render import format_for, render

    _configure_logging(verbose)
    options = _options(
        algorithm=algorithm.value,
        sentences=sentences,
        ratio=ratio,
        profile=profile,
        templates=templates,
        title=title,
        encoding=encoding,
        max_bytes=max_bytes,
        max_sentences=max_sentences,
    )
    update, stop = _progress("reading") if len(inputs) > 1 else (None, lambda: None)
    with errors_to_exit(verbose, inputs[0] if len(inputs) == 1 else None):
        kind = format_for(output, fmt.value if fmt else None)
        try:
            briefing = build(inputs, options, update)
        finally:
            stop()
        data = render(briefing, kind, options)
        if output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            write_atomic(Path(output), data)


@app.command("batch")
def batch_cmd(
    in_dir: Annotated[str, typer.Argument(help="A folder of articles.")],
    out_dir: Annotated[Path, typer.Option("--output", "-o", help="Folder for the briefs.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = PDF,
    algorithm: AlgorithmOpt = DEFAULT_ALGORITHM,
    sentences: SentencesOpt = None,
    ratio: RatioOpt = None,
    profile: ProfileOpt = "geopolitics",
    templates: TemplatesOpt = None,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    max_sentences: MaxSentencesOpt = DEFAULT_MAX_SENTENCES,
    verbose: VerboseOpt = False,
) -> None:
    """One brief per article: OUT_DIR/<stem>.<format>. Bad files are reported, the rest go on."""
    from brief.batch import run_batch

    _configure_logging(verbose)
    options = _options(
        algorithm=algorithm.value,
        sentences=sentences,
        ratio=ratio,
        profile=profile,
        templates=templates,
        encoding=encoding,
        max_bytes=max_bytes,
        max_sentences=max_sentences,
    )
    update, stop = _progress("briefing")
    try:
        with errors_to_exit(verbose, in_dir):
            result = run_batch(in_dir, out_dir, fmt.value, options, update)
    finally:
        stop()
    for exc in result.failed:
        sys.stderr.write(f"brief: {exc}\n")
    if result.failed:
        raise typer.Exit(result.failed[0].exit_code)


@app.command("profiles")
def profiles_cmd() -> None:
    """List the packaged profiles (pass one with --profile, or a TOML file of your own)."""
    from brief.profiles import describe_profiles

    with errors_to_exit(False):
        for name, description in describe_profiles().items():
            typer.echo(f"{name:<14} {description}")


def main() -> None:
    app()


# -- daily runs and email (brief.daily, brief.deliver) ---------------------------------------

ConfigOpt = Annotated[
    Path, typer.Option("--config", "-c", help="The daily TOML config (see docs/daily.md).")
]


@app.command("send")
def send_cmd(
    file: Annotated[Path, typer.Argument(help="The brief to send (PDF, or any output).")],
    to: Annotated[list[str], typer.Option("--to", help="A recipient; repeat for more.")],
    config: ConfigOpt = Path("brief.toml"),
    subject: Annotated[
        str | None, typer.Option("--subject", help="Subject template (Jinja), e.g. '{{ title }}'.")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Send again even if this file already went to them.")
    ] = False,
    verbose: VerboseOpt = False,
) -> None:
    """Email FILE now, one message per recipient, with the [mail] settings of the config."""
    from brief import config as config_file
    from brief.deliver.send import send_file

    _configure_logging(verbose)
    update, stop = _progress("mail")
    try:
        with errors_to_exit(verbose, str(file)):
            conf = config_file.load(config)
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


@app.command("daily")
def daily_cmd(
    config: ConfigOpt = Path("brief.toml"),
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what a run would do; change nothing.")
    ] = False,
    verbose: VerboseOpt = False,
) -> None:
    """Brief the inbox's new articles, archive them, and email the brief. Silent on success."""
    from brief import config as config_file
    from brief import daily

    _configure_logging(verbose)
    update, stop = _progress("daily")
    try:
        with errors_to_exit(verbose, str(config)):
            conf = config_file.load(config)
            if dry_run:
                lines = daily.plan(conf, now=_now()).lines()
            else:
                log_file = daily.add_log_file(conf.daily)
                try:
                    daily.run(conf, now=_now(), progress=update)
                except Exception as exc:
                    daily.log_failure(log_file, exc)  # stderr gets its one line below
                    raise
    finally:
        stop()
    if dry_run:
        typer.echo("\n".join(lines))


@app.command("fetch")
def fetch_cmd(
    config: ConfigOpt = Path("brief.toml"),
    verbose: VerboseOpt = False,
) -> None:
    """Fetch every [[feeds]] entry once; write new articles into the inbox. Silent on success."""
    from brief import config as config_file
    from brief.collect import collect_feeds

    _configure_logging(verbose)
    with errors_to_exit(verbose, str(config)):
        conf = config_file.load(config)
        report = collect_feeds(conf, now=_now() or datetime.now(UTC))
    for line in report.health():
        sys.stderr.write(f"brief: feed {line}\n")
    if verbose:
        typer.echo("\n".join(report.lines()))
