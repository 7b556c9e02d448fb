"""Which currency a sum is in, as far as the text says.

A sign says so ("€", "NZ$", "KSh129.5"), or letters ("N1.5bn", "USD 5m"), or the words
after the number ("euros", "Swedish crowns", "Ivorian CFA francs"); a word several
countries' currencies share takes the one of the country it names, or the one its
sentence named by it before ("95,000 Congolese francs, up from 60,000 francs"). A bare
"$" is its article's dollar where the article writes one other dollar explicitly ("NZ$",
"Guyanese dollars", "A$"), and no currency otherwise: outlets write their own dollar so
as wires write the US one. Where the text leaves it open the sum has no currency: a
wrong one is worse.

Apart from the scanner because which currency a sum is in is a question about the
words, places and other sums around it, not about the pattern that found it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache
from urllib.parse import urlsplit

from brief.extract.actors.places import gazetteer_hits
from brief.extract.figures.found_figure import FoundFigure
from brief.extract.figures.notation import number_values, territory_code
from brief.extract.figures.number_reading import scale_words
from brief.extract.lexicon import alternation, calendar_word, country_codes, gazetteer, word_codes


@cache
def longest_signs() -> tuple[str, ...]:
    """words.toml's currency signs, the longest first: "NZ$" is found before "$"."""
    return tuple(sorted(number_values().signs, key=len, reverse=True))


# A conversion into US dollars after a bare "$" sum: the sum is in another dollar
US_CONVERSION = re.compile(r"\s*\(\s*(?:about |some |roughly |around )?US ?\$")


def lettered(text: str, match: re.Match[str]) -> bool:
    """Letters before a number are a currency when they are a word of their own ("PN200"
    is no naira), a single letter is glued to the amount, and the amount is scaled or
    grouped: "N1.5bn", "R2.5 billion", "USD 5m"; "N95", "P5 members", "SR 71", "TOP 10"
    and "COP28" are names. Letters in mixed case ("KSh", "Rs", "Tk") are a currency's
    before any amount: "KSh129.5", "Rs 500"."""
    start, end = match.span()
    if start and (text[start - 1].isalnum() or text[start - 1] in "._-/$"):
        return False
    if end < len(text) and (text[end].isalnum() or text[end] in "%$"):
        return False
    code = match.group("code")
    if len(code) == 1 and not text[start + 1 : start + 2].isdigit():
        return False
    if len(code) > 1 and not code.isupper() and code in number_values().currency_letters:
        return True  # "KSh129.5", "Rs 500": letters no name is written in
    return bool(match.group("scale")) or "," in match.group()


def currency_word(noun: Sequence[str]) -> str | None:
    """The currency words that end a counted noun ("dollars", "CFA francs"), if any."""
    if not noun:
        return None
    choices = number_values().currency_choices
    two = " ".join(noun[-2:]).lower()
    if len(noun) > 1 and two in choices:
        return two
    head = noun[-1].lower()
    return head if head in choices else None


@cache
def hundredth_words() -> dict[str, tuple[str, ...]]:
    """The words of a currency's hundredths and the currencies they are of ("cents": USD,
    AUD, EUR ...): words.toml's [values.currency_hundredths]."""
    iso = sorted(number_values().iso_codes)
    return {w: tuple(c.split()) for w, c in word_codes("currency_hundredths", iso).items()}


def national_currency(codes: Sequence[str], before: Sequence[str]) -> str | None:
    """Which of a currency word's codes the country of the words `before` it names:
    "Swedish crowns" are SEK, "Australian dollars" AUD, "Hong Kong dollars" HKD. A
    national currency's ISO 4217 code opens with its country's or territory's ISO 3166
    code; a shared one's countries are words.toml's [values.currency_unions] ("Ivorian
    CFA francs" are XOF)."""
    if not before:
        return None
    names = (" ".join(before[-2:]), before[-1])
    country = next(filter(None, map(_place_code, names)), "")
    unions = number_values().currency_unions
    matching = [
        code for code in codes if code.startswith(country) or country in unions.get(code, ())
    ]
    return matching[0] if country and len(matching) == 1 else None


def _place_code(name: str) -> str:
    """The ISO 3166 code of a gazetteer country, by its name or demonym, or else of a
    territory ISO 3166 lists by that name (Hong Kong, the Cayman Islands): the gazetteer
    holds the states that act in the news, but a territory has its own currency."""
    entry = gazetteer().get(name)
    if entry is not None:
        return country_codes().get(entry.name, "") if entry.kind == "country" else ""
    return territory_code(name)


def named_before(text: str, found: list[FoundFigure]) -> list[FoundFigure]:
    """A currency word that several currencies share takes the one its sentence named by
    it before: "95,000 Congolese francs, up from 60,000 francs" are both CDF, English
    leaving out the country the second time; only straight after its number ("60,000
    francs", not "60,000 CFA francs"), not across sentences, and not past another place
    ("95,000 Congolese francs in Goma and 40,000 francs in Rwanda", "Canberra lent 5
    billion Australian dollars and Washington added 2 billion dollars"), where another
    country's may be meant."""
    named: dict[str, tuple[str, int]] = {}  # word -> (currency, where it was named)
    out = []
    for f in found:
        written = _currency_written(f.text) if f.kind == "money" else None
        if written is not None:
            word, bare = written
            if f.unit is not None:
                named.setdefault(word, (f.unit, f.end))
            elif bare and word in named:
                unit, after = named[word]
                if not _names_a_place(text[after : f.start]) and not _names_a_place(
                    text[f.end : f.end + 40].split(",")[0].split(" and ")[0]
                ):
                    f = f._replace(unit=unit)
        out.append(f)
    return out


def _names_a_place(text: str) -> bool:
    """Whether a stretch of a sentence names a country, a seat of government or a city
    (a capitalised word after "in", "from", "to" or "at" that is no month or day)."""
    if any(entry is not None for entry, _, _ in gazetteer_hits(text)):
        return True
    return any(not calendar_word(m.group(1)) for m in _PLACE_AFTER_PREPOSITION.finditer(text))


_PLACE_AFTER_PREPOSITION = re.compile(r"\b(?:in|from|to|at)\s+([A-Z][a-z]*)")


@cache
def _currency_after_number() -> re.Pattern[str]:
    """A currency word after a number: straight after it or its scale ("60,000 francs",
    "2bn francs"), or after other words ("95,000 Congolese francs", "300bn CFA francs")."""
    choices = alternation(number_values().currency_choices)
    return re.compile(
        rf"\d(?P<scale>{scale_words()})(?P<between>(?: [^\W\d][\w'’-]*)*?) (?P<word>{choices})\b",
        re.IGNORECASE,
    )


def _currency_written(text: str) -> tuple[str, bool] | None:
    """The currency word of a sum's text (lower-case), and whether it stands straight
    after the number."""
    m = _currency_after_number().search(text)
    if m is None:
        return None
    return m.group("word").lower(), not m.group("between")


@cache
def other_dollar_codes() -> frozenset[str]:
    """The dollars other than the US one (words.toml's [values.currency_words]), however
    written ("A$", "Australian dollars"); not the real, whose "R$" no one shortens to "$"."""
    return frozenset(number_values().currency_choices["dollars"]) - {"USD"}


# "$" alone: not "US$", "NZ$", nor "US $5m", "U.S. $5m"
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])(?<!U\.S\. )(?<!US )\$")


def bare_dollar(text: str, figure: FoundFigure) -> bool:
    """Whether the sum's dollar sign is a bare "$"."""
    at = figure.text.find("$")
    return at >= 0 and _BARE_DOLLAR.match(text, figure.start + at) is not None


def bare_dollar_currency(
    written: Collection[str] | None, outlet_currency: str | None = None
) -> str | None:
    """The currency of an article's bare "$" sums: its outlet's dollar (`outlet_currency`, see
    `outlet_dollar`), or else, given the other dollars it writes explicitly, the one it
    writes (a report's "$45m" headline over its body's "NZ$45 million"), or none where
    it writes none or several ("A$" and "NZ$"). A "US$" elsewhere settles nothing:
    outlets that write one mean their own dollar by "$"."""
    if outlet_currency is not None:
        return outlet_currency
    return next(iter(written)) if written is not None and len(written) == 1 else None


def outlet_dollar(outlet: str | None, url: str | None) -> str | None:
    """The dollar of the country an outlet is of, where its web address's country code
    (".com.au", ".co.nz", ".sg") or its name ("Radio New Zealand", "The Australian
    Financial Review") says which country, and that country has a dollar of its own
    (words.toml's dollars): what the outlet's bare "$" means. None for any other, and
    for an outlet whose name and address name no country ("ABC News" is Australia's and
    America's)."""
    for country in (_address_country(url), _name_country(outlet)):
        if country:
            dollars = [c for c in number_values().currency_choices["dollars"] if c[:2] == country]
            return dollars[0] if len(dollars) == 1 else None
    return None


def _address_country(url: str | None) -> str:
    """The ISO 3166 code a web address's country-code domain gives ("rnz.co.nz": "NZ")."""
    host = urlsplit(url).hostname or "" if url else ""
    last = host.rsplit(".", 1)[-1]
    return last.upper() if len(last) == 2 and last.isalpha() and "." in host else ""


def _name_country(outlet: str | None) -> str:
    """The ISO 3166 code of the country an outlet's name names, by its name or demonym
    ("Radio New Zealand", "The Australian"), the longest first; "" for none."""
    tokens = (outlet or "").split()
    for size in (3, 2, 1):
        for start in range(len(tokens) - size + 1):
            code = _place_code(" ".join(tokens[start : start + size]))
            if code:
                return code
    return ""
