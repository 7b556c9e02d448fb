"""Whose word a sentence of a party's own release is: the body that issued it.

A release tells its issuer's account in the issuer's voice, without "said": "On 9 May at
04:10, Varnese units shelled a post near Dolna, in breach of the truce." from one side's
ministry of defence is that ministry's claim, and the other side may say the reverse.
Printed bare as a bullet or a timeline row, beside a wire's reporting, it reads as the
brief's own fact; a figure keeps its `sayer`, and a row or a bullet must keep its claimant
as well (r73 F12). So a sentence of a source whose outlet is a body's name (a ministry,
an office, a command: the names a letterhead gives, `body_name`) is marked with that name
where the sentence names no sayer of its own ("..., the ministry said" names one: the
sentence says whose it is, as does one that names the issuer in full) and the brief
holds reports of other outlets too (a brief of one body's releases alone is that body's
throughout, and its sources say so).

A news outlet's name is no body's: "Eurasia Daily Review", "Central Asia Wire". A news
agency's ("Xinhua News Agency") closes with its head and names no one it is "of" or
"for", so it is not taken for an issuer either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from brief.models import Source

_WORDS = re.compile(r"[\w'’.-]+")


def body_name(outlet: str | None) -> bool:
    """Is the outlet a body's name, as a letterhead gives it: a head (furniture's
    letterhead_heads: "ministry", "office", "command") with whose body it is after "of" or
    "for" ("Ministry of Defence of the Republic of Varna", "Office of the Governor")?"""
    if not outlet:
        return False
    from brief.ingest.furniture import lists
    from brief.ingest.layout.letterheads import is_letterhead

    if not is_letterhead(outlet):
        return False
    heads = lists().letterhead_heads
    said = [w.lower() for w in _WORDS.findall(outlet)]
    return any(w in heads and nxt in ("of", "for") for w, nxt in zip(said, said[1:], strict=False))


def issuers(sources: Iterable[Source]) -> dict[int, str]:
    """Each source's issuing body (its outlet, where that is a body's name: `body_name`),
    where the brief also holds a source of another outlet; else none."""
    sources = list(sources)
    outlets = {source.outlet for source in sources}
    if len(outlets) < 2:
        return {}
    return {s.number: s.outlet for s in sources if s.outlet and body_name(s.outlet)}


def issued_by(issuer: str | None, text: str) -> str | None:
    """The issuer a sentence of its release is marked with: None where the sentence names
    its own sayer ("according to the ministry", "..., the border troops said") or the
    issuer by its whole name ("The Ministry of Defence of the Republic of X rejects the
    claim ..."): it says whose word it is itself."""
    if not issuer or " ".join(issuer.split()).casefold() in " ".join(text.split()).casefold():
        return None
    from brief.extract.quotes.reporting_verbs import spoken_subject

    return None if spoken_subject(text) else issuer


def release_bodies(sources: Iterable[Source]) -> dict[int, str]:
    """Each source whose outlet is a body's own name, by organisation_heads ("Dockworkers'
    Union Rotterdam", "Rotterdam Port Authority") and with no word of a news outlet's
    (furniture's outlet_words: "Continental Press Agency", "European Broadcasting Union"
    are outlets): its page is the body's release, and a count it gives in its own voice is
    the body's (r77 F4: a union's "46 of 58 quay cranes standing still" had been a bare
    key figure). Only where the brief also holds another outlet's report, as `issuers`."""
    from brief.extract.lexicon import words
    from brief.ingest.furniture import is_news_agency, lists

    sources = list(sources)
    if len({source.outlet for source in sources}) < 2:
        return {}
    heads = words()["organisation_heads"]
    media = lists().outlet_words | words()["paper_heads"]
    found = {}
    for source in sources:
        outlet = source.outlet or ""
        named = [w.lower() for w in _WORDS.findall(outlet) if w[:1].isupper()]
        if named and not is_news_agency(outlet) and heads & set(named) and not media & set(named):
            found[source.number] = outlet
    return found
