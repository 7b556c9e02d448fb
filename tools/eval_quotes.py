"""Score quote attribution on PolNeAR (human-annotated news quotes with their speakers).

Each article goes through brief's own ingest, segment, find_actors and find_quotes. A
quote brief finds is matched to the annotated quote it overlaps most in the article
text; quotes the annotators did not mark (titles, scare quotes) are counted apart.

A speaker is right when it names the annotated speaker: the surname (last word) of the
actor brief resolved, or of the speaker it wrote, is one of the capitalised words of
the annotated speaker ("Sen. Ted Cruz (R-Texas)"); and when both give a given name, it
is the same ("Hillary Clinton" is not "former President Bill Clinton"). An annotated
pronoun ("he") stands for the nearest named speaker annotated before it in the same
article whose given name is not of the other gender (a stand-in for coreference); a
pronoun with none before it, and a description ("the Vermont senator"), which only
coreference could check, are left out of both figures.

* speaker precision: right speakers / quotes brief attributes that match an annotated
  quote with a known speaker;
* named-speaker precision: the same over quotes whose annotated speaker is written as a
  name or a noun phrase, not a pronoun, so no stand-in for coreference decides. The
  stand-in is weakest where the annotators marked as speakers only some of the people
  named: it takes the interviewer of "Hannity asked Trump ... “...,” he said", and a
  person introduced without a quote of their own is never a candidate;
* direct quotes attributed / right: annotated direct quotes that brief finds with some
  speaker / with the right speaker, over annotated direct quotes with a known speaker.

The halves (even and odd lines of the file) are reported apart: tune on one, check on
the other.

    python -m tools.eval_quotes --data ../shared/eval [--errors even]
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from brief.extract.actors import find_actors
from brief.extract.actors.names import gender
from brief.extract.quotes import find_quotes
from brief.ingest import parse_text
from brief.models import Actor, Quote, Sentence, Source
from brief.segment import segment

PRONOUNS = frozenset("he she they it i we you him her them".split())
_CAPS_RE = re.compile(r"[A-Z][\w’'.-]*")
_QUANTIFIERS = frozenset(
    "few some several many most both all his her their its our my those these".split()
)
_TITLE_WORDS = frozenset("Sen. Rep. Gov. Mr. Mrs. Ms. Dr. Gen. President Sen Rep Gov".split())


@dataclass(frozen=True)
class Article:
    line: int
    text: str
    quotes: tuple[dict[str, object], ...]


@dataclass
class Tally:
    attributed: int = 0
    right: int = 0
    unmatched: int = 0  # brief's quotes no annotated quote overlaps
    unattributed: int = 0
    direct: int = 0
    direct_right: int = 0
    direct_attributed: int = 0  # found and given some speaker
    unresolved: int = 0  # annotated speakers that are pronouns with no antecedent
    named: int = 0  # attributed quotes whose annotated speaker is not a pronoun
    named_right: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("attributed", "right", "unmatched", "unattributed", "direct"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.direct_right += other.direct_right
        self.direct_attributed += other.direct_attributed
        self.unresolved += other.unresolved
        self.named += other.named
        self.named_right += other.named_right
        self.errors.extend(other.errors)


def load(data_dir: Path) -> list[Article]:
    path = Path(data_dir) / "quotes" / "polnear-train-dev.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [
            Article(n, row["text"], tuple(row["quotes"]))
            for n, line in enumerate(fh)
            if line.strip()
            for row in (json.loads(line),)
        ]


def sentences_of(text: str) -> tuple[Sentence, ...]:
    source = Source(1, "article", "article", "", len(text))
    return segment([parse_text(text, source)]).sentences


def caps(text: str) -> list[str]:
    """The capitalised words of a speaker, without titles or a possessive."""
    words = [w.rstrip(".,").removesuffix("'s").removesuffix("’s") for w in _CAPS_RE.findall(text)]
    return [w for w in words if w and w not in _TITLE_WORDS and w.lower() not in PRONOUNS]


def gold_speakers(article: Article) -> list[str | None]:
    """Each annotated quote's speaker as written, a pronoun replaced by the nearest named
    speaker annotated before it (None when there is none)."""
    order = sorted(
        range(len(article.quotes)),
        key=lambda k: _first(article.quotes[k].get("speaker_spans")) or 0,
    )
    resolved: list[str | None] = [None] * len(article.quotes)
    named: list[str] = []
    for k in order:
        speaker = str(article.quotes[k].get("speaker") or "").strip()
        if not speaker:
            continue
        if speaker.lower() in PRONOUNS:
            resolved[k] = _antecedent(speaker.lower(), named)
        elif described(speaker):
            resolved[k] = None
        else:
            resolved[k] = speaker
            if caps(speaker):
                named.append(speaker)
    return resolved


def _antecedent(pronoun: str, named: list[str]) -> str | None:
    """The nearest named speaker before, skipping one whose given name is of the other
    gender than "he"/"she" (as a reader would)."""
    wanted = {"he": "male", "him": "male", "she": "female", "her": "female"}.get(pronoun)
    for speaker in reversed(named):
        names = caps(speaker)
        first = names[0].lower() if len(names) >= 2 else ""  # "Clinton" is a surname
        if wanted is None or gender(first) in {None, "either", wanted}:
            return speaker
    return None


def described(speaker: str) -> bool:
    """ "The Vermont senator", "the judge": a description, which only coreference could
    check against a name. "White House spokesman Josh Earnest" names someone."""
    head = re.split(r"[,(]", speaker)[0]
    tokens = head.split()
    if tokens and tokens[0].lower() in _QUANTIFIERS:
        return True  # "Some Republicans", "Several Cruz associates", "His aides"
    named = any(
        a[:1].isupper() and b[:1].isupper() for a, b in zip(tokens, tokens[1:], strict=False)
    )
    if named:
        return False
    caps_words = [t for t in tokens[1:] if t[:1].isupper()]
    return (
        bool(tokens)
        and (not tokens[0][:1].isupper() or tokens[0] in {"The", "A", "An"})
        and (not caps_words or any(t[:1].islower() for t in tokens[1:]))
    )


def _first(spans: object) -> int | None:
    if isinstance(spans, list) and spans and isinstance(spans[0], list):
        return int(spans[0][0])
    return None


def _spans(quote: dict[str, object]) -> list[tuple[int, int]]:
    spans = quote.get("quote_spans")
    return [(int(a), int(b)) for a, b in spans] if isinstance(spans, list) else []


def is_right(predicted: str, gold: str) -> bool:
    """The surname agrees, and so does the given name when both name one: "Ivanka
    Trump" is not "Donald Trump"."""
    gold_caps = set(caps(gold))
    pred_caps = caps(predicted)
    if pred_caps:
        head = caps(re.split(r"[,(]", gold)[0])
        surname = pred_caps[-1]
        at = head.index(surname) if surname in head else 0
        named = at > 0 and gender(head[at - 1].lower()) is not None
        if named and len(pred_caps) >= 2 and gender(pred_caps[0].lower()) is not None:
            return pred_caps[0] in head
        return surname in gold_caps
    last = predicted.lower().split()[-1] if predicted.split() else ""
    return bool(last) and last in gold.lower().split()


def locate(text: str, quote: Quote) -> tuple[int, int] | None:
    """Where brief's quote sits in the article (its first part, before any " … ")."""
    part = quote.text.split(" … ")[0]
    probe = part[:40]
    at = text.find(probe)
    if at < 0:
        return None
    return at, at + len(part)


def score_article(article: Article) -> Tally:
    tally = Tally()
    sentences = sentences_of(article.text)
    actors: tuple[Actor, ...] = find_actors(sentences)
    found = find_quotes(sentences, actors)
    golds = gold_speakers(article)
    spans = [_spans(q) for q in article.quotes]
    matched: dict[int, Quote] = {}
    for quote in found:
        where = locate(article.text, quote)
        best, best_overlap = None, 0
        if where is not None:
            for k, quote_spans in enumerate(spans):
                overlap = sum(max(0, min(b, where[1]) - max(a, where[0])) for a, b in quote_spans)
                if overlap > best_overlap:
                    best, best_overlap = k, overlap
        said = quote.actor or quote.speaker
        if best is None or best_overlap < 10:
            tally.unmatched += 1
            continue
        if said is None:
            tally.unattributed += 1
            continue
        gold = golds[best]
        if gold is None:
            continue
        matched.setdefault(best, quote)
        tally.attributed += 1
        named = str(article.quotes[best].get("speaker") or "").strip().lower() not in PRONOUNS
        tally.named += named
        if is_right(said, gold):
            tally.right += 1
            tally.named_right += named
        else:
            tally.errors.append(f"line {article.line}: {said!r} for {gold!r}: “{quote.text[:70]}”")
    for k, quote in enumerate(article.quotes):
        if quote.get("type") != "direct" or not quote.get("speaker"):
            continue
        if golds[k] is None:
            tally.unresolved += 1
            continue
        tally.direct += 1
        got = matched.get(k)
        said = got and (got.actor or got.speaker)
        tally.direct_attributed += bool(said)
        if said and is_right(said, str(golds[k])):
            tally.direct_right += 1
    return tally


def halves(articles: Sequence[Article]) -> Iterator[tuple[str, list[Article]]]:
    yield "even lines", [a for a in articles if a.line % 2 == 0]
    yield "odd lines", [a for a in articles if a.line % 2 == 1]


def score(articles: Sequence[Article]) -> Tally:
    total = Tally()
    for article in articles:
        total.add(score_article(article))
    return total


def percent(part: int, whole: int) -> str:
    """A share as the tables print it ("n/a" of nothing)."""
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def report(data: Path) -> str:
    """Markdown: speaker precision and direct quotes right, per half."""
    articles = load(data)
    lines = [
        "## Quote attribution on PolNeAR",
        "",
        f"{len(articles)} US political news articles (`quotes/polnear-train-dev.jsonl`), "
        "split by line parity. See `tools/eval_quotes.py` for how a speaker is judged.",
        "",
        "| half | articles | attributed | speaker precision | named-speaker precision "
        "| direct quotes | direct attributed | direct right | unattributed | not annotated |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, part in halves(articles):
        t = score(part)
        lines.append(
            f"| {name} | {len(part)} | {t.attributed} | {percent(t.right, t.attributed)} "
            f"| {percent(t.named_right, t.named)} ({t.named}) | {t.direct} "
            f"| {percent(t.direct_attributed, t.direct)} "
            f"| {percent(t.direct_right, t.direct)} | {t.unattributed} "
            f"| {t.unmatched} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--errors", choices=("even", "odd"), help="list one half's wrong speakers")
    args = parser.parse_args(argv)
    print(report(args.data))
    if args.errors:
        part = dict(halves(load(args.data)))[f"{args.errors} lines"]
        print("\n".join(score(part).errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
