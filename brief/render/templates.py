"""Where templates come from: a user's folder first, then the ones packaged with brief.

The wheel ships the top-level `templates/` folder as `brief/templates`; in a source
checkout (editable install) the folder sits beside the package instead.

A user's `brief.css` replaces the packaged stylesheet; an `extra.css` is added after
it, which is what most users want (a colour, a font) without losing the page header,
footer and tables. Any other file in the folder is not used, and saying so is kinder
than ignoring a misnamed `brief.md` in silence.
"""

from __future__ import annotations

import traceback
from contextlib import suppress
from functools import cache
from pathlib import Path
from typing import Any, Literal

import jinja2
from jinja2.bccache import Bucket
from jinja2.exceptions import TemplateError

from brief.data_folder import warn_unused_files
from brief.errors import ConfigError
from brief.options import Options
from brief.render.escape import markdown_escape

Kind = Literal["markdown", "html", "text"]

STYLESHEET = "brief.css"
EXTRA_CSS = "extra.css"  # a user's additions, after the stylesheet


def packaged_dir() -> Path:
    """A folder on disk either way (the package is never zipped), so a path from this
    module finds it, without importing importlib.resources."""
    inside = Path(__file__).resolve().parents[1] / "templates"
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parents[2] / "templates"


def template_names() -> tuple[str, ...]:
    """The file names a --templates folder may hold."""
    packaged = sorted(p.name for p in packaged_dir().iterdir() if not p.name.startswith("."))
    return (*packaged, EXTRA_CSS)


@cache
def warn_unused(user_dir: Path) -> None:
    """One warning per file of the folder that brief will never read (once per run)."""
    warn_unused_files(user_dir, template_names(), "template")


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Templates compiled by an earlier run, in Jinja's own per-user cache folder (in the
    temporary folder, mode 0700; Jinja checks its owner and mode when the cache is made).
    Compiling brief.md.j2 costs about 0.015 s of CPU, a thirtieth of a 1,600-sentence
    brief, at the very end of it; loading it compiled, a millisecond. A template is
    compiled again when its text changes (Jinja compares a checksum of it), when Jinja
    or Python change (a magic number), or when brief's settings for its kind change
    (the `settings` in its key). A cache that cannot be read or written is no cache:
    the template is compiled as before, and nothing is said."""

    def __init__(self, settings: str) -> None:
        super().__init__()
        self.settings = settings

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return super().get_cache_key(f"{self.settings}|{name}", filename)

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a truncated or foreign file: compile instead
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with suppress(OSError):  # a full or read-only temporary folder
            super().dump_bytecode(bucket)


def _compiled_templates(settings: dict[str, Any]) -> jinja2.BytecodeCache | None:
    """The cache for an environment of these settings, or None where the folder is not
    safe to use (Jinja refuses one another user owns or can write)."""
    described = ",".join(
        f"{key}={getattr(value, '__qualname__', value)!r}"
        for key, value in sorted(settings.items())
    )
    try:
        return _CompiledTemplates(described)
    except (RuntimeError, OSError):
        return None


@cache
def _environment(user_dir: Path | None, kind: Kind) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if user_dir is not None:
        warn_unused(user_dir)
        loaders.append(jinja2.FileSystemLoader(str(user_dir)))
    loaders.append(jinja2.FileSystemLoader(str(packaged_dir())))
    extra: dict[str, Any] = {"finalize": markdown_escape} if kind == "markdown" else {}
    settings: dict[str, Any] = {
        "autoescape": kind == "html",
        "keep_trailing_newline": True,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "undefined": jinja2.StrictUndefined,
        **extra,
    }
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        bytecode_cache=_compiled_templates(settings),
        **settings,
    )


def environment(options: Options, kind: Kind = "markdown") -> jinja2.Environment:
    """'markdown' escapes every printed value for Markdown (and HTML inside it);
    'html' autoescapes HTML; 'text' (plain-text email) prints values as they are."""
    return _environment(options.templates, kind)


def preload(name: str, options: Options, kind: Kind) -> None:
    """Load a template before its render (from the bytecode cache, or compiled), where a
    process has time to spare; one that cannot be loaded is left for `render_template`
    to report, as it would without this."""
    with suppress(TemplateError, OSError):
        environment(options, kind).get_template(name)


def render_template(name: str, options: Options, kind: Kind, **context: Any) -> str:
    """Render one template; a broken user template is a config error naming the file.
    The stylesheet comes with the user's extra.css after it."""
    env = environment(options, kind)
    template: jinja2.Template | None = None
    try:
        template = env.get_template(name)
        text = template.render(**context)
        if name == STYLESHEET and options.templates is not None:
            extra = options.templates / EXTRA_CSS
            if extra.is_file():
                text += "\n/* extra.css */\n" + _read_extra(extra)
        return text
    except jinja2.TemplateNotFound:
        raise ConfigError("template not found", name) from None
    except TemplateError as exc:
        where, line = _place_of(exc, template, name)
        raise ConfigError(f"template error: {exc}", f"{where}:{line}" if line else where) from None


def _place_of(
    exc: TemplateError, template: jinja2.Template | None, name: str
) -> tuple[str, int | None]:
    """Where a template went wrong: a syntax error says so itself; an error while it
    renders (an undefined name) does not, but jinja2 puts the template's own lines in the
    traceback, and the template knows its file (a user's folder, not only "brief.md.j2")."""
    where = getattr(exc, "filename", None) or (template and template.filename) or name
    line = getattr(exc, "lineno", None)
    if line is None and template is not None and template.filename:
        frames = traceback.extract_tb(exc.__traceback__)
        line = next((f.lineno for f in reversed(frames) if f.filename == template.filename), None)
    return where, line


def _read_extra(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", str(path)) from None
