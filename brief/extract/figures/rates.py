"""What a figure is per: a rate ("900,000 barrels per day", "$10 a share", "120 km/h")
or an exchange rate ("about ₡495 per dollar"). After "per" any unit noun makes a rate, with
the words that size it ("250 euros per twenty-foot container", "per TEU"); after "a",
"each" or "every" only a time or a thing of words.toml's lists does ("$10 a share"), as
"a" opens many another phrase ("gave 300 workers a day off").

Without its "per" a figure reads as a distance, a stock or a one-off sum, so the figure
takes it in: in its text, in its `per` ("day", "barrel", "MWh": one name however written,
words.toml's [values.per_names]) and, for a measure or a count, in its unit ("barrels
per day"), while a sum's unit stays its currency ("$10 a share" is USD, per "share").
A bare "3,100 to the dollar" is money of no currency claimed, since English writes a
rate both ways ("the Sudanese pound at 3,100 to the dollar", "the pound at 1.25 to the
dollar"). Apart from the patterns because a rate is read after its figure is found, past
the conversion in brackets the text may give first ("185 kilometers (115 miles) per
hour").
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.figures.found_figure import FoundFigure
from brief.extract.figures.notation import number_values, signed
from brief.extract.lexicon import words

# What a sum, a measure or a count is per: "55 miles per hour", "$10 a share",
# "£100,000-a-week", "120 km/h", "900,000 barrels per day", "15,000 people a day", "$2,000
# per capita", "$15.05 per million British thermal units". Without it the figure reads as a
# distance, a stock or a one-off sum. A time, or a thing a price or a quantity is told
# per: a commodity's measure ("a barrel", "per tonne", "per mmBtu", "an ounce").
_PER_TIME = r"hour|h|hr|day|night|week|month|year|annum|season"
_PER_THING = (
    r"share|head|person|capita|barrel|gallon|litre|liter|kilo|kg|pound|tonne|ton|unit|drum"
    r"|bag|sack|ounce|troy\s+ounce|bushel|(?i:mmbtu)|million\s+British\s+thermal\s+units?"
    r"|MWh|megawatt[\s-]hour|kWh|kilowatt[\s-]hour|cubic\s+metre|cubic\s+meter"
)
_PER = rf"({_PER_TIME}|{_PER_THING})(?![\w'’-])"
# "per", "/", "each" and "every" make a rate whatever follows; "a" or "an" may open a time
# instead: "$2m a year ago", "a year and a half ago", "a year's rent", "a year on", "a week
# ahead of the vote", "gave 300 workers a day off", "a week early". A thing after "a" is
# a rate whatever follows ("rose 6% to $31.20 a barrel after the outage", "$44.10 a barrel
# from $47.60"), unless it is a part of something ("a share of the market").
_RATE_STEP = re.compile(
    rf"(?:\s+per\s+|\s*/\s*){_PER}"
    # "per" makes a rate of any unit noun, after the words that size it: "per twenty-foot
    # container", "per 40ft box", "per TEU", "per passenger" (r77 F9), not "per cent" or
    # "as per the contract" (a determiner: no unit)
    # (nor "per US dollar": an exchange rate, read apart)
    r"|\s+per\s+(?!(?:cent|centum|se|the|a|an|its|their|his|her|our|this|that|each|every)\b)"
    r"(?!(?:one\s+)?(?:U\.S\.\s+|US\s+|American\s+)?(?:dollar|euro|greenback)\b)"
    r"((?:(?:\d+['’]?|[\w’]+(?:-[\w’]+)+)\s+)?[A-Za-z][a-z]*[A-Za-z]|[A-Z]{2,5}s?)(?![\w'’-])"
    rf"|\s+(?:each|every)\s+{_PER}"
    rf"|[\s-]+an?[\s-]+({_PER_TIME})(?![\w'’-])"
    r"(?!\s+(?:ago|earlier|later|before|after|prior|back|previously|into|from|ahead|early"
    r"|late|off|too|on\s+from|and\s+a\s+half|or\s+(?:so|two|more))\b|\s+on\s*,)"
    rf"|[\s-]+an?[\s-]+({_PER_THING})(?![\w'’-])(?!\s+of\b)"
)
# A flow told by its clause's verb: "1,500 people have been arriving each day", "300 migrants
# cross every week". The count is the verb's subject and the rate the verb's: without it
# the count reads as a total. Only a count of a time: "each share" is no flow. Not after a
# preposition as the verb ("2,000 people in a day" is a count within one day), nor "a day"
# of a time ("a day ago", "a day earlier"), as for a rate written after the count.
_CLAUSE_RATE = re.compile(
    r"(?:\s+(?:have|has|had|are|is|were|was|been|being|will|would|still|now|continue"
    r"|continued|to))*"
    r"\s+(?!(?:in|on|at|of|for|by|with|within|from|to|and|or|but|over|into|than|as)\s)"
    r"[a-z]+\s+(?:each|every|a|per)\s+(hour|day|night|week|month|year)(?![\w'’-])"
    r"(?!\s+(?:ago|earlier|later|before|after|back|previously|ahead|early|late|on\b))"
)


def _rate(text: str, at: int) -> tuple[int, list[str]] | None:
    """Where the rate after `at` ends and what it is per ("per person per night": person,
    night), or None."""
    end, per = at, []
    while (step := _RATE_STEP.match(text, end)) is not None:
        end = step.end()
        said = next(g for g in step.groups() if g).split()
        # (an acronym keeps its capitals: "TEU")
        word = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in said)
        per.append(number_values().per_names.get(word.lower(), word))
    return (end, per) if per else None


# An exchange rate: "₡495 per dollar", "2,650 pounds to the dollar", "129.5 shillings
# against the U.S. dollar": so many of the figure's currency for one dollar (or euro).
_EXCHANGE_RATE = re.compile(
    r"\s+(?:to|per|against|an?)\s+(?:the\s+|one\s+|each\s+)?(?:U\.S\.\s+|US\s+|American\s+)?"
    r"(?:dollar|euro|greenback)(?![\w'’-])"
)
# A rate's level, not its change ("fell 2 against the dollar"): "at", "to", "of" before it.
LEVEL_BEFORE = re.compile(r"\b(?:at|to|of|from)\s+\Z", re.IGNORECASE)
# ... unless a word that goes on with the phrase follows ("to the dollar holders")
_AFTER_EXCHANGE = re.compile(r"\s+([a-z]+)")


def exchange_rate(text: str, at: int) -> int | None:
    """Where an exchange rate's "per dollar" after `at` ends, or None: it ends its noun
    phrase ("2,650 pounds to the dollar on the parallel market"), or it is another
    phrase's ("$5 billion to the dollar holders")."""
    m = _EXCHANGE_RATE.match(text, at)
    if m is None:
        return None
    after = _AFTER_EXCHANGE.match(text, m.end())
    if after is not None and after.group(1) not in words()["count_ends"]:
        return None
    return m.end()


def exchanged_for(rate: str) -> str:
    """What an exchange rate's "per dollar" is per: "dollar" or "euro" (a greenback is a
    dollar)."""
    return "euro" if "euro" in rate.lower() else "dollar"


def with_rate(text: str, figure: FoundFigure) -> FoundFigure:
    """The figure with its rate, after the conversion in brackets the text may give
    first ("185 kilometers (115 miles) per hour": a speed, not a distance). A measure's or
    a count's unit says what it is per ("barrels per day"); a sum's stays its currency,
    and its `per` alone says it ("barrel")."""
    if figure.kind not in {"money", "measure", "count"}:
        return figure
    rate = _rate(text, figure.end)
    if rate is None and (converted := _conversion_after().match(text, figure.end)) is not None:
        rate = _rate(text, converted.end())
    if rate is None and figure.kind == "money" and (exchange := exchange_rate(text, figure.end)):
        dollar = exchanged_for(text[figure.end : exchange])
        return figure._replace(end=exchange, text=text[figure.start : exchange], per=dollar)
    if rate is None and figure.kind == "count" and (flow := _CLAUSE_RATE.match(text, figure.end)):
        rate = (flow.end(), [flow.group(1).lower()])
    if rate is None:
        return figure
    end, per = rate
    unit = figure.unit
    if figure.kind != "money" and unit is not None:
        unit = " per ".join([unit, *per])
    told = " per ".join(per)
    return figure._replace(end=end, text=text[figure.start : end], unit=unit, per=told)


# a conversion: a sum or a measure in brackets ("(115 miles)", "(£309m)"), not "(up 5%)"
@cache
def _conversion_after() -> re.Pattern[str]:
    return re.compile(rf" \(\s*(?:about |some |roughly |around )?(?:{signed()}|\d)[^()]{{0,38}}\)")
