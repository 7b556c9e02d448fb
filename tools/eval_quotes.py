"""Score quote attribution on PolNeAR (human-annotated news quotes with their speakers).

Each article goes through brief's own ingest, segment, find_actors and find_quotes. A
quote brief finds is matched to the annotated quote it overlaps most in the article
text; quotes the annotators did not mark (titles, scare quotes) are counted apart.

A speaker is right when it names the annotated speaker: the surname (last word, less a
generational suffix: "Harry B. Harris Jr." is Harris) of the actor brief resolved, or of
the speaker it wrote, is one of the capitalised words of the annotated speaker ("Sen. Ted
Cruz (R-Texas)"), compared without case (a transcript's label "FALLIN" is Mary Fallin);
and when both give a given name, it is the same ("Hillary Clinton" is not "former
President Bill Clinton"). An annotated
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

The revised scorer (the figures in front; the first scorer's stand beside them) keeps
those rules and reads more of the article's own words, never brief's answer:

* a speaker the annotators relay ("“...,” O'Malley said, according to the Las Vegas
  Sun", cue "according to"/"reports"/"notes"/"cites") is right when the article's
  paragraph gives the words to brief's speaker with a speech verb ("O'Malley said");
* for a person brief names, the name as annotated may be any run of its words ("Ki
  Hong" for "Justin Ki Hong", "Xi" for "Xi Jinping", where the family name comes first);
* a description with an article is no name: "The Vermont senators", "the New Jersey
  governor", "a White House pool report" are left out as descriptions are;
* "he"/"she" stands in for the nearest named speaker whom the article shows to be a
  person of that gender: a one-word speaker ("Trump") takes the gender of the given
  names and honorifics the article writes before it ("Donald Trump", "Mr. Trump"); one
  it never writes with one ("Progressives", "Delegates") stands in for nobody (the
  quote is left out), and two people ("Clinton and husband Bill") are skipped.

Reading the odd half's 84 wrong speakers by hand (first scorer): about 10 are brief's errors;
the others are the stand-in naming someone the pronoun does not mean (about 55), a
newspaper relaying the words, a group noun or headline as the annotated speaker, or a
name written in part. The revised rules fix only the kinds that the article's own words
settle; the rest still count as wrong, so both precisions remain lower bounds.

The halves (even and odd lines of the file) are reported apart: tune on one, check on
the other.

    python -m tools.eval_quotes --data ../shared/eval [--errors even]
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

from brief.extract.actors import find_actors
from brief.extract.actors.word_knowledge import gender
from brief.extract.lexicon import words
from brief.extract.quotes import find_quotes
from brief.ingest import parse_text
from brief.models import Actor, Quote, Sentence, Source
from brief.segment import segment
from tools import quiet_ingest
from tools.quote_scoring import Counts, generational, percent, score

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
class Tally(Counts):
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


def actors_of(text: str, sentences: Sequence[Sentence]) -> tuple[Actor, ...]:
    """The actors `brief make` finds, given the article's title as it gives it."""
    source = Source(1, "article", "article", "", len(text))
    return find_actors(sentences, titles={1: parse_text(text, source).title or ""})


def caps(text: str) -> list[str]:
    """The capitalised words of a speaker, without titles, a possessive or a generational
    suffix ("Jr.", "III": no surname)."""
    words = [w.rstrip(".,").removesuffix("'s").removesuffix("’s") for w in _CAPS_RE.findall(text)]
    return [
        w
        for w in words
        if w and w not in _TITLE_WORDS and w.lower() not in PRONOUNS and not generational(w)
    ]


def gold_speakers(article: Article, *, revised: bool = True) -> list[str | None]:
    """Each annotated quote's speaker as written, a pronoun replaced by the nearest named
    speaker annotated before it (None when there is none). The revised scorer reads a
    speaker's gender from the names the article itself gives them (see _gender_in)."""
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
            text = article.text if revised else None
            resolved[k] = _antecedent(speaker.lower(), named, text)
        elif described(speaker, revised=revised):
            resolved[k] = None
        else:
            resolved[k] = speaker
            if caps(speaker):
                named.append(speaker)
    return resolved


def _antecedent(pronoun: str, named: list[str], text: str | None = None) -> str | None:
    """The nearest named speaker before, skipping one whose given name is of the other
    gender than "he"/"she" (as a reader would). With the article's text (the revised
    scorer), none when the nearest one is not known as a man or a woman."""
    wanted = {"he": "male", "him": "male", "she": "female", "her": "female"}.get(pronoun)
    for speaker in reversed(named):
        if text is not None and wanted and " and " in re.split(r"[,(]", speaker)[0]:
            continue  # "Clinton and husband Bill" are two: no "he"
        found = _gender_in(speaker, text)
        if wanted is None or found in {"either", wanted}:
            return speaker
        if found is None:
            # the revised scorer stands in only a person the article gives a gender:
            # "Progressives", "Senate filings" or "Atlantic City" are no "he"
            return None if text is not None else speaker
    return None


def _gender_in(speaker: str, text: str | None) -> str | None:
    """The gender of a speaker's given name ("Clinton" is a surname: none). With the
    article's text, a surname alone takes the gender of every given name or honorific
    the article writes before it ("Donald Trump", "Mr. Trump"), when they agree: the
    article itself says who "Trump" is, and "she" is not him; "either" when they do not
    ("Hillary" and "Bill Clinton"), and none when the article writes no given name
    before it ("Progressives", "Delegates"). A longer name whose first word is no known
    given name is someone of either gender ("Khizr Khan")."""
    names = caps(re.split(r"[,(]", speaker)[0])
    if len(names) >= 2:
        found = gender(names[0].lower())
        return found if text is None or found is not None else "either"
    if text is None or not names:
        return None
    before = re.compile(rf"\b(Mr|Mrs|Ms|Miss|[A-Z][a-z]+)\.?\s+{re.escape(names[-1])}\b")
    found = {
        _HONORIFIC_GENDER.get(m.group(1)) or gender(m.group(1).lower())
        for m in before.finditer(text)
    }
    sure = found & {"male", "female"}
    if len(sure) == 1:
        return sure.pop()
    return "either" if sure or "either" in found else None


_HONORIFIC_GENDER = {"Mr": "male", "Mrs": "female", "Ms": "female", "Miss": "female"}


def described(speaker: str, *, revised: bool = True) -> bool:
    """ "The Vermont senator", "the judge": a description, which only coreference could
    check against a name. "White House spokesman Josh Earnest" names someone. The first
    scorer took "The Vermont" for two words of a name; the revised one does not count an
    article as part of a name, and takes a phrase with an article that ends in a common
    noun for a description ("the New Jersey governor")."""
    head = re.split(r"[,(]", speaker)[0]
    tokens = head.split()
    if tokens and tokens[0].lower() in _QUANTIFIERS:
        return True  # "Some Republicans", "Several Cruz associates", "His aides"
    determined = bool(tokens) and tokens[0].lower() in {"the", "a", "an"}
    if revised and determined and tokens[-1][:1].islower():
        return True  # "the New Jersey governor", "a White House pool report"
    name_tokens = tokens[1:] if revised and tokens[:1] in (["The"], ["A"], ["An"]) else tokens
    named = any(
        a[:1].isupper() and b[:1].isupper()
        for a, b in zip(name_tokens, name_tokens[1:], strict=False)
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


def is_right(predicted: str, gold: str, *, person: bool = False) -> bool:
    """The surname (see `tools.quote_scoring`) agrees, and so does the given name when both
    name one: "Ivanka
    Trump" is not "Donald Trump". For a person brief names (`person`), the name the
    annotators wrote may also be any run of its words, past an honorific: "Ki Hong" is
    "Justin Ki Hong", "Mr. Lou" is "Lou Jiwei" (a family name first), "Ms. Acosta" is
    "Melba Acosta Febo" (a Spanish name's first surname)."""
    # words compared without case: a transcript's label in capitals ("FALLIN") is a name
    gold_caps = {w.casefold() for w in caps(gold)}
    pred_caps = [w.casefold() for w in caps(predicted)]
    if pred_caps:
        head = [w.casefold() for w in caps(re.split(r"[,(]", gold)[0])]
        # "Ms. Acosta" is Melba Acosta Febo, "Mr. Lou" Lou Jiwei: the honorific aside
        bare = [w for w in head if w not in words()["honorifics"]]
        if person and bare and _run_of(bare, pred_caps):
            return True
        surname = pred_caps[-1]
        at = head.index(surname) if surname in head else 0
        named = at > 0 and gender(head[at - 1]) is not None
        if named and len(pred_caps) >= 2 and gender(pred_caps[0]) is not None:
            # either's given name among the other's words: "Nana Kofi Asamoah III" (a
            # chief's title before it) is "Kofi Asamoah III"
            return pred_caps[0] in head or head[at - 1] in pred_caps[:-1]
        return surname in gold_caps
    last = predicted.lower().split()[-1] if predicted.split() else ""
    return bool(last) and last in gold.lower().split()


def _run_of(part: list[str], whole: list[str]) -> bool:
    return any(whole[k : k + len(part)] == part for k in range(len(whole) - len(part) + 1))


# Cues that relay someone else's words: "“...,” O'Malley said, according to the Las Vegas
# Sun", "..., said Kristen Day, reports USA Today".
_RELAYING_CUES = ("according to", "report", "note", "cite", "citing")
_SAID = "said|says|told|tells|wrote|writes|added|adds|replied|explained|insisted|argued|stated"
_NAME_RUN = r"((?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*)"
_QUOTED_RE = re.compile(r'“[^”]*”|"[^"]*"')
_SAID_AFTER_RE = re.compile(rf"{_NAME_RUN}\s+(?:[a-z]\w*\s+){{0,2}}?(?:{_SAID})\b")
_SAID_BEFORE_RE = re.compile(rf"\b(?:{_SAID})\s+(?:[a-z][\w-]*\s+){{0,3}}{_NAME_RUN}")


def relayed_by(article: Article, annotated: dict[str, object], said: str) -> bool:
    """Whether the annotated speaker only relays words that the article's own paragraph
    gives to `said` with a speech verb ("O'Malley said ..., according to the Las Vegas
    Sun"): the words are then that person's, and the revised scorer counts them so."""
    cue = str(annotated.get("cue") or "").lower()
    spans = _spans(annotated)
    if not cue.startswith(_RELAYING_CUES) or not spans:
        return False
    text = article.text
    lo = text.rfind("\n", 0, spans[0][0]) + 1
    hi = text.find("\n", spans[-1][1])
    # the words in quote marks are blanked (the annotated content may hold the inner
    # attribution: "“...,” said Kristen Day, executive director of ..., reports USA Today")
    paragraph = _QUOTED_RE.sub(lambda m: " " * len(m.group()), text[lo : hi if hi >= 0 else None])
    wanted = caps(said)
    for pattern in (_SAID_AFTER_RE, _SAID_BEFORE_RE):
        for match in pattern.finditer(paragraph):
            run = caps(match.group(1))
            if run and wanted and run == wanted[-len(run) :]:
                return True
    return False


def locate(text: str, quote: Quote) -> tuple[int, int] | None:
    """Where brief's quote sits in the article (its first part, before any " … ")."""
    part = quote.text.split(" … ")[0]
    probe = part[:40]
    at = text.find(probe)
    if at < 0:
        return None
    return at, at + len(part)


@cache
def analysed(text: str) -> tuple[tuple[Actor, ...], tuple[Quote, ...]]:
    """brief's actors and quotes for an article (both scorers judge the same run)."""
    sentences = sentences_of(text)
    actors: tuple[Actor, ...] = actors_of(text, sentences)
    return actors, find_quotes(sentences, actors)


def score_article(article: Article, *, revised: bool = True) -> Tally:
    """Brief's quotes of one article against its annotation, by the revised scorer or,
    with `revised=False`, by the first one."""
    tally = Tally()
    actors, found = analysed(article.text)
    people = {actor.name for actor in actors if actor.kind == "person"}
    golds = gold_speakers(article, revised=revised)
    spans = [_spans(q) for q in article.quotes]

    def right(said: str, k: int) -> bool:
        gold = str(golds[k])
        person = revised and said in people
        if is_right(said, gold, person=person):
            return True
        return revised and relayed_by(article, article.quotes[k], said)

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
        if right(said, best):
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
        if said and right(said, k):
            tally.direct_right += 1
    return tally


def halves(articles: Sequence[Article]) -> Iterator[tuple[str, list[Article]]]:
    yield "even lines", [a for a in articles if a.line % 2 == 0]
    yield "odd lines", [a for a in articles if a.line % 2 == 1]


def score_half(part: Sequence[Article], *, revised: bool = True) -> Tally:
    return score(part, partial(score_article, revised=revised), Tally)


def report(data: Path) -> str:
    """Markdown: speaker precision and direct quotes right, per half, by the revised
    scorer and by the first one."""
    articles = load(data)
    lines = [
        "## Quote attribution on PolNeAR",
        "",
        f"{len(articles)} US political news articles (`quotes/polnear-train-dev.jsonl`), "
        "split by line parity. See `tools/eval_quotes.py` for how a speaker is judged. "
        "Each _first_ column is the first scorer's figure for the same run of brief; the "
        "revised scorer reads more of the article's own words (never brief's answer): "
        'words a paper relays ("X said ..., according to the Sun") are X\'s when the '
        'paragraph says so, a person\'s name may be any run of its words ("Ki Hong" for '
        '"Justin Ki Hong"), "the New Jersey governor" is a description, and a '
        '"he"/"she" stands in only for someone the article shows to be a man or a '
        "woman. By hand, about 10 of the odd half's 84 first-scorer errors were brief's; "
        "both precisions stay lower bounds.",
        "",
        "| half | articles | attributed | speaker precision | first | named-speaker precision "
        "| first | direct quotes | direct attributed | direct right | first | unattributed "
        "| not annotated |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, part in halves(articles):
        t, f = score_half(part), score_half(part, revised=False)
        lines.append(
            f"| {name} | {len(part)} | {t.attributed} | {percent(t.right, t.attributed)} "
            f"| {percent(f.right, f.attributed)} "
            f"| {percent(t.named_right, t.named)} ({t.named}) "
            f"| {percent(f.named_right, f.named)} ({f.named}) | {t.direct} "
            f"| {percent(t.direct_attributed, t.direct)} "
            f"| {percent(t.direct_right, t.direct)} | {percent(f.direct_right, f.direct)} "
            f"| {t.unattributed} | {t.unmatched} |"
        )
    if (data / "bbc" / "articles").is_dir():
        lines += ["", bbc_report(data).rstrip("\n")]
    return "\n".join(lines) + "\n"


BBC_DESKS = ("business", "entertainment", "politics", "sport", "tech")


def bbc_unattributed(data: Path) -> dict[tuple[str, int], tuple[int, int]]:
    """(desk, half: article number % 2) -> (quotes, quotes with no speaker) over every
    BBC article (`bbc/articles/<desk>/<n>.txt`), each read on its own as a single brief
    reads it. No speakers are annotated there: the share left blank is what a reader sees."""
    counts: dict[tuple[str, int], tuple[int, int]] = {}
    for desk in BBC_DESKS:
        for path in sorted((data / "bbc" / "articles" / desk).glob("*.txt")):
            sentences = sentences_of(path.read_text(encoding="utf-8", errors="replace"))
            text = path.read_text(encoding="utf-8", errors="replace")
            quotes = find_quotes(sentences, actors_of(text, sentences))
            key = (desk, int(path.stem) % 2) if path.stem.isdigit() else (desk, 0)
            found, blank = counts.get(key, (0, 0))
            counts[key] = (found + len(quotes), blank + sum(q.actor is None for q in quotes))
    return counts


def bbc_report(data: Path) -> str:
    """Markdown: the share of quotes left unattributed on each BBC desk, per half."""
    counts = bbc_unattributed(data)
    lines = [
        "### Unattributed quotes on BBC articles",
        "",
        "Every article of each desk of `bbc/articles` as its own single brief, split by "
        "article number. Speakers are not annotated there; this is the share of quotes a "
        "reader sees with no speaker (precision is read by hand: `docs/people-read.md`).",
        "",
        "| desk | quotes (even) | unattributed (even) | quotes (odd) | unattributed (odd) |",
        "|---|---:|---:|---:|---:|",
    ]
    for desk in BBC_DESKS:
        even, odd = counts.get((desk, 0), (0, 0)), counts.get((desk, 1), (0, 0))
        lines.append(
            f"| {desk} | {even[0]} | {percent(even[1], even[0])} "
            f"| {odd[0]} | {percent(odd[1], odd[0])} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    quiet_ingest()
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--errors", choices=("even", "odd"), help="list one half's wrong speakers")
    args = parser.parse_args(argv)
    print(report(args.data))
    if args.errors:
        part = dict(halves(load(args.data)))[f"{args.errors} lines"]
        print("\n".join(score_half(part).errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
