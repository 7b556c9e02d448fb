"""The imports in brief/ follow the flow of the pipeline.

The stages run ingest -> segment -> stories -> dedupe -> rank -> select -> extract ->
classify -> compose -> render -> deliver; `brief fetch` (collect) and the orchestration
(pipeline, batch, daily, the CLI) come after all of them. A module may import its own
stage, an earlier one and the shared helpers (SHARED), never a later stage: a stage that
reaches forward, above all into the orchestrating `brief.pipeline`, ties the order of
imports to the order of calls and closes cycles (extract.figures.key_choice importing
pipeline.superseded.counts made the figures package import the pipeline's checks, which
import the figures package: moving a pipeline import of extract to a module's top made
`brief make` fail on a circular import that no test had imported in that order). An
import inside a function counts as much as one at the top: it is a dependency all the
same, only a later one. `if TYPE_CHECKING:` imports are left out (they never run).

EXCEPTIONS lists the reaches the code has a reason for, PENDING the ones left to move (each
with what it reaches for); the test fails on any other, and on an entry no import needs
any more. Run as a script, it lists every import against the flow, by stage:

    PYTHONPATH=. .venv/bin/python tests/test_import_flow.py
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the repository

# The stages in their order (a module belongs to the longest prefix that names it). Two
# prefixes of one number are one stage.
STAGES: tuple[tuple[str, int], ...] = (
    ("brief.ingest", 1),
    ("brief.segment", 2),
    ("brief.stories", 3),
    ("brief.dedupe", 4),
    ("brief.rank", 5),
    ("brief.selection", 6),
    ("brief.extract", 7),
    ("brief.classify", 8),
    ("brief.story_profile", 8),
    ("brief.compose", 9),
    ("brief.render", 10),
    ("brief.deliver", 11),
    ("brief.collect", 12),  # `brief fetch`: ingest's cleaners, deliver's outbox
    ("brief.pipeline", 13),
    ("brief.batch", 14),
    ("brief.daily", 14),
    ("brief.cli", 15),
    ("brief.__main__", 16),
)

# Shared helpers: any stage may import them, and they import only each other. The
# top-level modules of README's last rows, and seven modules that live in a stage's
# package but serve every stage, importing no stage themselves.
SHARED: dict[str, str] = {
    "brief": "the package (its version)",
    "brief.models": "the dataclasses between stages",
    "brief.errors": "the error model",
    "brief.config": "the daily TOML config",
    "brief.options": "the one Options object",
    "brief.limits": "child processes with a memory cap and a deadline",
    "brief.prefilter": "cheap substring tests",
    "brief.inflection": "a word's inflections",
    "brief.language": "which language an article is in",
    "brief.toml_cache": "parsed TOML, cached",
    "brief.toml_schema": "the TOML files' checks",
    "brief.data_folder": "--data DIR's files",
    "brief.output": "atomic writes",
    "brief.provenance": "whether a text is a brief or a feed",
    "brief.profiles": "the section profiles (data)",
    "brief.extract.lexicon": "the word lists and gazetteer every stage reads (data)",
    "brief.extract.data": "the word lists' files",
    "brief.rank.text": "words, stop words and stems: every ranker, the classifier, "
    "layout, segment, stories and language read words alike",
    "brief.extract.actors.word_knowledge": "what general English says of a word (given "
    "names, Punkt's capitalisation record): layout, segment, stories, selection and the "
    "extractors ask it",
    "brief.extract.figures.notation": "how the text writes months, years, dates and "
    "value words: the scanner, roles, the classifier and the coverage ranker read them",
    "brief.selection.pointing_back": "whether a sentence stands alone (points back, asks, "
    "speaks in the first person), by its words: the coverage ranker drops before its cover "
    "what the selection could not keep, and the leads, the drafts and the names ask it too",
    "brief.selection.quote_marks": "where a quotation opens and closes across sentences: "
    "pointing_back, the selection, the names and the briefing read it",
    "brief.selection.not_news": "a sentence that tells another event than its story's "
    "('Separately, ...'), and a roundup's other items: the coverage ranker, the selection "
    "and the extraction leave them out",
}

# Imports against the flow that the code has a reason for: (importer, imported) -> why.
EXCEPTIONS: dict[tuple[str, str], str] = {
    ("brief.ingest", "brief.collect.inbox"): (
        "an inbox file's header: collect writes it and ingest reads it, one format in one module"
    ),
    ("brief.ingest", "brief.segment"): (
        "why a page holds no article is read sentence by sentence (split_sentences): the next "
        "stage, imported when asked, as segment reads ingest's layout"
    ),
    ("brief.selection.exchanges", "brief.extract.quotes.transcripts"): (
        "a printed exchange's small talk is no bullet: whose turn a paragraph is (the host's "
        "or a guest's) is the quotes' one reading of a transcript (transcripts.small_talk), "
        "which needs the story's people, roles and labels; a second reading for the bullets "
        "would leave out turns the quotes give a guest. Asked inside the function, only of "
        "the few sources that print an exchange"
    ),
    ("brief.rank.directed", "brief.selection.exchanges"): (
        "a printed exchange's position prior counts its news sentences: its small talk (a "
        "host's or a chair's turns, a guest's greeting) stands after them, as a notice's "
        "fields do, so a press conference's lede is its principal's first words (r75 F6); "
        "the selection's one reading of an exchange (exchanges.small_talk), which reads "
        "only the few sources that print one"
    ),
    ("brief.stories.roundups", "brief.compose.leads"): (
        "a roundup is a row of items each of which could lead a story of its own: compose's "
        "one reading of what may lead (can_lead: no pointing back, no epithet for a name "
        "given before, no furniture, dated label, quotation nor opinion), whose tests no "
        "other part of the stories reads; imported when asked, as compose's modules are "
        "many for the stories to import"
    ),
    ("brief.stories.texts", "brief.classify.reactions"): (
        "a report whose lead opens on a market's move and the event it answers ('European "
        "shares rose on Friday after ...') is a market report, whatever event it names: the "
        "classifier's one reading of a reaction (reactions), which needs the gazetteer's "
        "places (extract.actors.places); imported when asked, as brief.classify's package "
        "imports the pipeline, which imports the stories"
    ),
    ("brief.stories.texts", "brief.classify.clauses"): (
        "the same reading of a market's move: a fronted clause of cause "
        "(clauses.leading_background), in the reaction's words"
    ),
    ("brief.stories.texts", "brief.classify.wording"): (
        "the same reading of a market's move: the reaction's word positions are the "
        "classifier's tokens (wording.tokens), its market actors their stems (STEMS)"
    ),
    ("brief.config", "brief.deliver.address"): "the daily config checks its mail addresses",
    ("brief.config", "brief.render"): "the daily config checks its formats against RENDERERS",
    ("brief.options", "brief.ingest.charset"): "Options checks an encoding's name, when asked",
    ("brief.options", "brief.rank"): "Options checks a ranker's name against RANKERS, when asked",
}


# Reaches left to move, each with what it reaches for: none. (Session 67 moved the
# pipeline's count readers, figures_alone, toll_places, name_pattern and past_form out of
# the way; session 68 the role heads segment asks, a page's dated label, the summary's
# length, the quotation that opens a sentence and the scoreline, and made the sentence
# tests that import no stage shared helpers; the reaches that stayed are EXCEPTIONS.)
PENDING: dict[tuple[str, str], str] = {}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    imported: str  # the brief module it imports
    line: int
    inside: bool  # inside a function (run when called)


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(name: str, root: Path) -> bool:
    base = root.joinpath(*name.split("."))
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


@cache
def imports(root: Path = ROOT) -> tuple[Import, ...]:
    """Every import of a brief module in brief/, at the top or inside a function; a name
    imported from a package is the package's import unless it is a module itself."""
    found = []
    for path in sorted((root / "brief").rglob("*.py")):
        module = module_name(path, root)
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node, inside in _walk(tree.body, False):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join([*up, base] if base else up)
                names = [
                    f"{base}.{alias.name}" if _is_module(f"{base}.{alias.name}", root) else base
                    for alias in node.names
                ]
            for name in dict.fromkeys(names):
                if name == "brief" or name.startswith("brief."):
                    found.append(Import(module, name, node.lineno, inside))
    return tuple(found)


def _walk(body: list[ast.stmt], inside: bool) -> Iterator[tuple[ast.stmt, bool]]:
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node, inside
        elif isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from _walk(node.orelse, inside)
            continue
        for field in ("body", "orelse", "finalbody", "handlers"):
            children = getattr(node, field, None)
            if isinstance(children, list) and children and isinstance(children[0], ast.AST):
                deeper = inside or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                if field == "handlers":
                    for handler in children:
                        yield from _walk(handler.body, deeper)
                else:
                    yield from _walk(children, deeper)


def _longest(name: str, prefixes: list[str]) -> str | None:
    found = [p for p in prefixes if name == p or name.startswith(p + ".")]
    return max(found, key=len) if found else None


def stage(name: str) -> int:
    """A module's stage: 0 for a shared helper, else its number in STAGES."""
    shared = _longest(name, [p for p in SHARED if p != "brief"]) if name != "brief" else "brief"
    staged = _longest(name, [p for p, _ in STAGES])
    if shared is not None and (staged is None or len(shared) >= len(staged)):
        return 0
    if staged is None:
        raise ValueError(f"{name}: in no stage of tools/import_flow.py's STAGES nor SHARED")
    return dict(STAGES)[staged]


def excepted(found: Import) -> tuple[str, str] | None:
    """The EXCEPTIONS or PENDING entry that allows this import (of the importer or a
    package above it, of the imported module or a package above it)."""
    for importer, imported in [*EXCEPTIONS, *PENDING]:
        if (found.module == importer or found.module.startswith(importer + ".")) and (
            found.imported == imported or found.imported.startswith(imported + ".")
        ):
            return importer, imported
    return None


def against_flow(root: Path = ROOT) -> list[Import]:
    """The imports of a later stage's module (or of a stage's, by a shared helper), in
    the order of the importing stage."""
    found = [i for i in imports(root) if stage(i.imported) > stage(i.module)]
    return sorted(found, key=lambda i: (stage(i.module), i.module, i.line))


def test_no_stage_imports_a_later_one() -> None:
    reaches = [
        f"{i.module}:{i.line} imports {i.imported} (stage {stage(i.module)} -> {stage(i.imported)})"
        for i in against_flow()
        if excepted(i) is None
    ]
    assert reaches == []


def test_every_exception_is_still_needed() -> None:
    used = {excepted(i) for i in against_flow()}
    assert [entry for entry in [*EXCEPTIONS, *PENDING] if entry not in used] == []


def test_every_module_has_a_stage() -> None:
    for path in (ROOT / "brief").rglob("*.py"):
        stage(module_name(path))  # raises for a module in no stage


def test_the_stages_are_read_in_order() -> None:
    """The table reads a reach as one: a later stage's module, a helper in a stage's
    package, an import inside a function, a relative import."""
    assert stage("brief.extract.figures.key_choice") == stage("brief.extract")
    assert stage("brief.pipeline.superseded.counts") > stage("brief.extract")
    assert stage("brief.rank.text") == 0 < stage("brief.rank.coverage")
    assert stage("brief") == stage("brief.models") == 0


def test_a_reach_inside_a_function_or_relative_is_found(tmp_path: Path) -> None:
    package = tmp_path / "brief"
    (package / "rank").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "rank" / "__init__.py").write_text("")
    (package / "rank" / "scoring.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "from brief.models import Sentence\n"
        "if TYPE_CHECKING:\n"
        "    from brief.compose import Briefing\n"
        "def score():\n"
        "    from ..pipeline import build\n"
        "    try:\n"
        "        from brief.render import as_json\n"
        "    except ImportError:\n"
        "        pass\n"
    )
    found = [(i.module, i.imported, i.inside) for i in imports(tmp_path)]
    assert found == [
        ("brief.rank.scoring", "brief.models", False),
        ("brief.rank.scoring", "brief.pipeline", True),
        ("brief.rank.scoring", "brief.render", True),
    ]


def main() -> None:
    for found in against_flow():
        allowed = excepted(found)
        mark = "AGAINST" if allowed is None else "excepted" if allowed in EXCEPTIONS else "pending"
        where = "in a function" if found.inside else "at the top"
        print(
            f"{mark:8} {found.module}:{found.line} (stage {stage(found.module)}) imports "
            f"{found.imported} (stage {stage(found.imported)}) {where}"
        )


if __name__ == "__main__":
    main()
