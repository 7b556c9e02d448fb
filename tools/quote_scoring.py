"""What the quote scorers share: counts that add up over articles, the one way to sum an
article scorer over a set of articles, and how a share is printed.

`tools/eval_quotes.py` (PolNeAR, US political news) and `tools/eval_fresh.py` (invented
articles in other countries' styles) judge different annotations, so each keeps its own
per-article judge; what they total, and how, is the same. So is what a name's surname is
(with `tools/eval_people.py`): its last word that is no generational suffix ("Harry B.
Harris Jr." is Harris), compared without case, so a transcript's label in capitals
("FALLIN:") names Mary Fallin.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Self, TypeVar

from brief.extract.lexicon import words


@dataclass
class Counts:
    """Counts of one article or of many; every field but `errors` is a count."""

    errors: list[str] = field(default_factory=list)

    def add(self, other: Self) -> None:
        for each in fields(self):
            if each.name == "errors":
                self.errors.extend(other.errors)
            else:
                setattr(self, each.name, getattr(self, each.name) + getattr(other, each.name))


ArticleT = TypeVar("ArticleT")
CountsT = TypeVar("CountsT", bound=Counts)


def score(
    articles: Iterable[ArticleT],
    score_article: Callable[[ArticleT], CountsT],
    counts: type[CountsT],
) -> CountsT:
    """The counts of every article, added up."""
    total = counts()
    for article in articles:
        total.add(score_article(article))
    return total


def percent(part: int, whole: int) -> str:
    """A share as the tables print it ("n/a" of nothing)."""
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def generational(word: str) -> bool:
    """ "Jr.", "Sr", "III": a suffix that ranks a name among a family's, no surname."""
    return word.rstrip(".,").lower() in words()["generations"]


def surname_of(name_words: Sequence[str]) -> str:
    """A name's surname, case folded: its last word that is no generational suffix ("" of
    no words)."""
    kept = [word for word in name_words if not generational(word)] or list(name_words)
    return kept[-1].casefold() if kept else ""
