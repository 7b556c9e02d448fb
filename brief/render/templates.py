"""Where templates come from: a user's folder first, then the ones packaged with brief.

The wheel ships the top-level `templates/` folder as `brief/templates`; in a source
checkout (editable install) the folder sits beside the package instead.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import jinja2
from jinja2.exceptions import TemplateError

from brief.errors import ConfigError
from brief.options import Options
from brief.render.escape import markdown_escape

Kind = Literal["markdown", "html", "text"]


def packaged_dir() -> Path:
    inside = Path(str(resources.files("brief"))) / "templates"
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parents[2] / "templates"


@cache
def _environment(user_dir: Path | None, kind: Kind) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if user_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(user_dir)))
    loaders.append(jinja2.FileSystemLoader(str(packaged_dir())))
    extra: dict[str, Any] = {"finalize": markdown_escape} if kind == "markdown" else {}
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=kind == "html",
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        **extra,
    )


def environment(options: Options, kind: Kind = "markdown") -> jinja2.Environment:
    """'markdown' escapes every printed value for Markdown (and HTML inside it);
    'html' autoescapes HTML; 'text' (plain-text email) prints values as they are."""
    return _environment(options.templates, kind)


def render_template(name: str, options: Options, kind: Kind, **context: Any) -> str:
    """Render one template; a broken user template is a config error naming the file."""
    env = environment(options, kind)
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateNotFound:
        raise ConfigError("template not found", name) from None
    except TemplateError as exc:
        where = getattr(exc, "filename", None) or name
        line = getattr(exc, "lineno", None)
        raise ConfigError(f"template error: {exc}", f"{where}:{line}" if line else where) from None
