"""Score person actors against the people PolNeAR's annotators marked as speakers.

The annotated people of an article are the named speakers that are people: a speaker
phrase with a given name (one gender-guesser's dictionary knows) followed by a surname
("White House spokesman Josh Earnest", "Sen. Ted Cruz (R-Texas)"), or a title before a
surname ("Judge Roe", "Mr. Trump"), keyed by surname. A run's leading determiners,
quantifiers, possessives and titles are no given name, even where gender-guesser's
dictionary lists them ("The", "One", "His", "Justice"): "The Florida senator" and "The
New York Times" name no one, and "Justice Department" is a body. Organisations,
pronouns and descriptions are not scored. brief's person actors are keyed by surname too.
A surname is a name's last word that is no generational suffix ("Daniel Porter Jordan III"
is Jordan), compared without case.

* recall: annotated people that brief lists as person actors;
* precision against speakers: brief's people who are annotated speakers. Articles name
  many people who never speak, so this is a lower bound on precision, not precision.

The halves (even and odd lines of the file) are reported apart.

    python -m tools.eval_people --data ../shared/eval
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from brief.extract.actors import find_actors
from brief.extract.actors.word_knowledge import gender
from brief.extract.lexicon import words as word_lists
from tools import report_main
from tools.eval_quotes import Article, halves, load, sentences_of
from tools.quote_scoring import generational, surname_of

_NAME_RUN_RE = re.compile(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)+")
_POSSESSIVES = frozenset("his her their its our my your".split())
_TITLES = frozenset("Sen. Rep. Gov. Mr. Mrs. Ms. Dr. Gen. Sen Rep Gov Mr Mrs Ms Dr".split())


@dataclass
class Counts:
    gold: int = 0
    found: int = 0  # annotated people brief lists
    listed: int = 0  # brief's people
    speakers: int = 0  # brief's people who are annotated speakers

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.found += other.found
        self.listed += other.listed
        self.speakers += other.speakers


def annotated_people(article: Article) -> set[str]:
    """Surnames of the people named among the article's speakers."""
    full: set[str] = set()
    for quote in article.quotes:
        speaker = str(quote.get("speaker") or "")
        head = re.split(r"[,(]", speaker)[0]
        for run in _possessed(_NAME_RUN_RE.findall(head)):
            words = _name_words(run)
            titled = len(words) == 1 and _titled(run)  # "Judge Berman", "President Obama"
            if not _plain(words) or not (titled or len(words) >= 2 and gender(words[0].lower())):
                continue
            full.add(surname_of([w.removesuffix("’s").removesuffix("'s") for w in words]))
    return full


def _possessed(runs: Sequence[str]) -> list[str]:
    """Runs cut after each possessive: "The Post's Ruth Marcus" is "The Post's" and
    "Ruth Marcus"."""
    return [
        part.strip() for run in runs for part in re.split(r"(?<=[’']s)\s+", run) if part.strip()
    ]


def _name_words(run: str) -> list[str]:
    """The run's words after its leading determiners, possessives and titles."""
    lists = word_lists()
    skipped = lists["role_heads"] | lists["honorifics"] | lists["title_abbreviations"]
    skipped |= lists["determiners"] | lists["group_quantifiers"] | _POSSESSIVES
    words = [w for w in run.split() if w not in _TITLES and not generational(w)]
    while words and words[0].lower().rstrip(".") in skipped:
        words = words[1:]
    return words


def _titled(run: str) -> bool:
    """Whether the run's word before its last is a title or an honorific."""
    lists = word_lists()
    titles = lists["role_heads"] | lists["honorifics"] | lists["title_abbreviations"]
    words = run.split()
    return len(words) >= 2 and words[-2].lower().rstrip(".") in titles


def _plain(words: Sequence[str]) -> bool:
    return all(w[:1].isupper() and not w.isupper() for w in words)


def score_article(article: Article) -> Counts:
    gold = annotated_people(article)
    actors = find_actors(sentences_of(article.text))
    listed = {surname_of(a.name.split()) for a in actors if a.kind == "person"}
    return Counts(len(gold), len(gold & listed), len(listed), len(listed & gold))


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def report(data: Path) -> str:
    """Markdown: recall of annotated people and precision against speakers, per half."""
    articles = load(data)
    lines = [
        "## Person actors on PolNeAR",
        "",
        "People named among the annotated speakers, keyed by surname (see "
        "`tools/eval_people.py`). Precision is against speakers only: a lower bound. "
        "People tables on BBC articles, read by hand: `docs/people-read.md`.",
        "",
        "| half | articles | annotated people | recall | brief's people "
        "| precision vs speakers | F1 (lower bound) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, part in halves(articles):
        total = Counts()
        for article in part:
            total.add(score_article(article))
        recall = _ratio(total.found, total.gold)
        precision = _ratio(total.speakers, total.listed)
        f1 = _ratio(int(2e6 * precision * recall), int(1e6 * (precision + recall)))
        lines.append(
            f"| {name} | {len(part)} | {total.gold} | {recall:.1%} | {total.listed} "
            f"| {precision:.1%} | {f1:.3f} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    return report_main(__doc__, report, argv)


if __name__ == "__main__":
    raise SystemExit(main())
