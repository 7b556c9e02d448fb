"""brief: news articles in, analyst-style extractive briefings out.

The package is a pipeline of small stages, one module each:
ingest -> segment -> stories -> rank -> select -> classify/extract -> compose -> render -> deliver.
`brief.pipeline` wires them; `brief.cli` is a thin Typer front end.
"""

__version__ = "0.1.0"
