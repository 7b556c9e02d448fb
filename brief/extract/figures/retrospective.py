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
this week': the attribution's day is the speaking's). A sentence told in the present,
the perfect or the future, or with a date of its own, is not the earlier year's."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from brief.inflection import past_form
from brief.models import Sentence

# One opening adverbial before the lead's main clause: "Five years ago", "on a grey
# morning in March 2027", "In March 2027", "During the winter of 2027".
_AGO = re.compile(r"(?:[A-Z][a-z]+|\d+|[Aa]|[Tt]wo|[Tt]hree) (?:years?|decades?) ago\Z")
_ADVERBIAL = re.compile(r"(?i:in|on|during|at|one|early|late|that|by)\b[^,;:.\"“”]{0,60}\Z")
_YEAR_IN = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Oo]f)\s+(?P<when>(?:(?:early|late|mid-?)\s*)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|spring|summer|autumn|winter)\s+)?(?P<year>(?:19|20)\d{2}))\Z"
)
# The news's own time: a sentence dated so tells the present story, not the earlier year.
_NEWS_TIME = re.compile(
    r"\b(?:today|tonight|yesterday|this (?:week|month|year|morning|afternoon|evening)"
    r"|last (?:week|night|month)|now|currently|(?:on )?(?:Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)|(?:19|20)\d{2})\b"
)
_NOT_SIMPLE_PAST = frozenset(
    {"has", "have", "is", "are", "am", "will", "shall", "now", "still", "since", "says",
     "hopes", "remains", "can", "may"}
)  # fmt: skip
# A verb in the present's -s form before its object: "employs 600 people", "runs a
# clinic" (a plural noun before a determiner or a number is rare in a clause).
_PRESENT = re.compile(r"\b[a-z]{2,}[^\Wsu]s (?:a|an|the|its|their|his|her|no|\d)\b")
_QUOTATION = re.compile(r"[\"“”]")
_WORD = re.compile(r"[A-Za-z]+")


def retrospective_years(
    sentences: Sequence[Sentence], dates: Mapping[int, str]
) -> dict[tuple[int, int], str]:
    """The sentences (source, index) that tell an earlier year's event their report
    opens in, each with that time as the lead writes it ("March 2027")."""
    by_source: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_source.setdefault(s.source, []).append(s)
    out: dict[tuple[int, int], str] = {}
    for source, told in by_source.items():
        day = dates.get(source) or ""
        if not day[:4].isdigit():
            continue
        told.sort(key=lambda s: s.index)
        when = _opened_in(told[0].text, int(day[:4]))
        if when is None:
            continue
        # (the lead's own figures are dated by its opening as any sentence's are:
        # tense._opens_the_sentence, as_of)
        for s in told[1:]:
            news_time = _NEWS_TIME.search(s.text)
            if news_time is not None:
                if _QUOTATION.search(s.text) is None:
                    break  # the present's time: the earlier year's narrative ends
                continue  # a quotation's saying: its day is the speaking's
            if _QUOTATION.search(s.text) is None and _simple_past(s.text):
                out[(source, s.index)] = when
    return out


def earlier_year(lead: str, year: int) -> int | None:
    """The earlier year a report of `year` opens in, where its lead's opening adverbials
    give it and its main clause is told in the simple past ("On a clear winter morning in
    January 1995, scientists sent a rocket up ..." in 2030: 1995); else None. A
    retrospective or an anniversary piece tells that year's event, not the news of its
    own day (see brief.stories.apart.own_days.of_an_earlier_year)."""
    when = _opened_in(lead, year)
    return None if when is None else int(when[-4:])


def _opened_in(lead: str, year: int) -> str | None:
    """The earlier time a lead's opening adverbials give ("March 2027"), where its main
    clause after them is told in the simple past; None for any other lead."""
    parts = lead.split(", ")
    when = None
    for k, part in enumerate(parts[:-1]):
        if k > 2 or not (_AGO.match(part) or _ADVERBIAL.match(part)):
            return None
        found = _YEAR_IN.search(part)
        if found is not None:
            if int(found["year"]) >= year:
                return None
            when = found["when"]
            rest = ", ".join(parts[k + 1 :])
            return when if _simple_past(rest) else None
    return when


def _simple_past(clause: str) -> bool:
    """Told in the simple past or the past perfect: a verb of the past ("freed", "had
    spent", "was freed") and no present, perfect or future."""
    found = [w.lower() for w in _WORD.findall(clause)]
    if any(w in _NOT_SIMPLE_PAST for w in found) or _PRESENT.search(clause):
        return False
    return any(w in ("was", "were", "had") or past_form(w) for w in found)
