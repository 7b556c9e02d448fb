"""A report that opens in an earlier year: a retrospective ("Five years ago, on a grey
morning in March 2027, Adam Lis walked across the bridge ...") tells that year's event
in the simple past, and its later sentences told so, with no time of their own, go on
telling it ("The exchange, also arranged with Kazakhstan's help, freed two Belarusians
..."). Their counts are that year's: history (Figure.past), shown with the year ("freed
two Belarusians, in March 2027"), not today's (r74 F5: a 2027 exchange's count had led
the key figures of a 2032 exchange's story, with no year and no date).

The lead sets the time: its opening adverbials, up to the comma before the main clause,
hold a year before the report's own ("In March 2027, ...", "Five years ago, on a grey
morning in March 2027, ..."), and its main clause is told in the simple past. A later
sentence that dates itself in the news's time ("on Wednesday", "this week", "today")
sets another time, and the narrative of the earlier year ends there; but not one whose
time is only a quotation's saying ('"I did not know ...," Lis recalled in an interview
this week': the attribution's day is the speaking's). A sentence that opens with a time
measured from the lead's ("A year later, the government cut wages by 25 percent") tells
that time, and the sentences after it go on in it: its counts are "25 percent, a year
after March 2009", never the lead's "in March 2009". A sentence told in the present,
the perfect or the future, or with a date of its own, is not the earlier year's."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from brief.extract.figures.notation import anchored_time, opened_in, simple_past
from brief.models import CitedText, Sentence

# The news's own time: a sentence dated so tells the present story, not the earlier year.
_NEWS_TIME = re.compile(
    r"\b(?:today|tonight|yesterday|this (?:week|month|year|morning|afternoon|evening)"
    r"|last (?:week|night|month)|now|currently|(?:on )?(?:Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)|(?:19|20)\d{2})\b"
)
_QUOTATION = re.compile(r"[\"“”]")


def _openings(
    sentences: Sequence[CitedText], dates: Mapping[int, str]
) -> Iterator[tuple[int, list[CitedText], str]]:
    """Each report that opens in an earlier year: its source, its sentences in order and
    that time as its lead writes it."""
    by_source: dict[int, list[CitedText]] = {}
    for s in sentences:
        by_source.setdefault(s.source, []).append(s)
    for source, told in by_source.items():
        day = dates.get(source) or ""
        if not day[:4].isdigit():
            continue
        told.sort(key=lambda s: s.index)
        when = opened_in(told[0].text, int(day[:4]))
        if when is not None:
            yield source, told, when


def retrospectives(sentences: Sequence[CitedText], dates: Mapping[int, str]) -> frozenset[int]:
    """The reports (sources) whose lead opens in an earlier year than their own date and
    tells it in the simple past ("In March 2009, Romania agreed a rescue package ..."):
    a retrospective, whose own dated past is no news of its day."""
    return frozenset(source for source, _, _ in _openings(sentences, dates))


def retrospective_years(
    sentences: Sequence[Sentence], dates: Mapping[int, str]
) -> dict[tuple[int, int], str]:
    """The sentences (source, index) that tell an earlier year's event their report
    opens in, each with that time as a figure shows it: the lead's ("in March 2027"), or
    one its sentence measures from it ("a year after March 2027")."""
    out: dict[tuple[int, int], str] = {}
    for source, told, lead in _openings(sentences, dates):
        # (the lead's own figures are dated by its opening as any sentence's are:
        # tense._opens_the_sentence, as_of)
        when = f"in {lead}"
        for s in told[1:]:
            news_time = _NEWS_TIME.search(s.text)
            if news_time is not None:
                if _QUOTATION.search(s.text) is None:
                    break  # the present's time: the earlier year's narrative ends
                continue  # a quotation's saying: its day is the speaking's
            moved = anchored_time(s.text)
            if moved is not None:
                # "A year later, the government cut wages by 25 percent": its own time,
                # measured from the lead's, not the lead's (r75 F5: "25 percent, in
                # March 2009"); the narrative goes on in it ("two months after a year
                # after March 2009" for a time measured from that one)
                when = f"{moved.span} {moved.direction} {when.removeprefix('in ')}"
            if _QUOTATION.search(s.text) is None and simple_past(s.text):
                out[(source, s.index)] = when
    return out
