"""Datelines: the wire's opening of a story's first paragraph, which says where, when and whose.

A dateline opening the first paragraph ("NIAMEY, March 10, 2026 (Reuters) - ", "TALLINN,
May 12 (Reuters) -", "MOSCOW, June 3. /TASS/. Russia ...") gives the source its date and
its outlet (the copy is the agency's), and is cut from the paragraph, so the first
sentence starts where the reporter's does. A dateline on a line of its own is the
page's top (page_top).
"""

from __future__ import annotations

import calendar
import re

from brief.ingest.furniture import is_news_agency
from brief.ingest.layout.bylines import a_name, is_outlet_name
from brief.ingest.layout.dates import MONTH, ORDINAL
from brief.ingest.layout.stamps import STAMP_LINES, UPPER
from brief.models import Block

# A wire dateline opening the story's first paragraph: where the story was filed (in
# capitals, or a name of a few capitalised words), perhaps its region, perhaps the day,
# perhaps the agency whose copy it is, then a dash: "NIAMEY, March 10, 2026 (Reuters) -",
# "UVIRA, Democratic Republic of Congo, March 10, 2026 (AFP) -", "KHARTOUM, March 10,
# 2026 -", "TALLINN, May 12 (Reuters) -", "SEOUL, May 12 (Yonhap) --"; or the day first
# and the place in brackets, "March 10, 2026 (PORT SUDAN) -". What says when is read as
# the source's date, the agency as its outlet (the copy is the agency's), and the whole
# is no part of the first sentence. (segment.without_dateline cuts the forms that carry
# neither: "SANTA ROSA, Calif. _", "MUMBAI: ".)
_WEEKDAY = "|".join(sorted(calendar.day_name, key=len, reverse=True))
# Words in a dateline's brackets: an agency's name ("(Reuters)", "(Anatolia Desk)"), or a
# credit of whose report it is ("(Interfax-style report by Kavkaz Wire)").
_CREDIT_WORDS = 8
_WRITTEN_DATE = (
    rf"(?:(?i:(?:(?:{_WEEKDAY}),?\s)?(?:(?:{MONTH})\.?\s\d{{1,2}}{ORDINAL}"
    rf"|\d{{1,2}}{ORDINAL}\s(?:{MONTH})\.?)(?:,?\s(?:19|20)\d\d)?)"
    r"|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)"
)
_DASH = r"\.?\s*(?:--|[-—–_])\s+"  # (EFE's stop before its dash: "Bogotá, Mar 12 (EFE).-")
_DATELINE = re.compile(
    rf"(?:[{UPPER}][{UPPER}.'/-]+(?:\s[{UPPER}][{UPPER}.'/-]*)*"  # NIAMEY, PORT-AU-PRINCE
    rf"|(?P<named>[{UPPER}][\w.'-]*(?:\s[{UPPER}][\w.'-]*){{0,2}}))"  # Mexico City
    rf"(?:,\s(?!{_WRITTEN_DATE})[{UPPER}][\w.'-]*(?:\s[\w.'-]+){{0,3}})?"  # , Calif.
    rf"(?:,\s(?P<date>{_WRITTEN_DATE}))?"
    rf"(?:\s\((?P<agency>[{UPPER}][\w&'.-]*(?:\s[\w&'.-]+){{0,{_CREDIT_WORDS - 1}}})\))?"
    # the agency between slashes, as the Russian-language agencies credit their copy:
    # "MOSCOW, June 3. /TASS/. Russia ...", "DUSHANBE, 16.11.2026 /Khovar/. — On ...",
    # "MINSK, 16 March /BelNews/. — ...": after a date, however it is written
    rf"(?(date)(?:\.?\s/(?P<slashed>[{UPPER}][\w&'.-]*(?:\s[\w&'.-]+){{0,3}})/\.?)?)"
    # CNA's dateline ends at its credit with no dash: "Taipei, Dec. 14 (CNA) A magnitude"
    rf"(?:(?P<dash>{_DASH})|(?<=[)/.])\s+)"
    rf"|(?P<first>{_WRITTEN_DATE})\s\([{UPPER}][{UPPER}.' -]{{1,30}}\){_DASH}"
)
_AGENCY_CHARS = 30  # "(Tchad Hebdo)", "(Anatolia Desk)"; longer, a bracket of the text's own
_CREDITED_BY = re.compile(r"\bby\s+(?P<name>[A-Z].*)\Z")


def read_dateline(blocks: list[Block]) -> tuple[int, re.Match[str]] | None:
    """The block that opens with a wire dateline that says when or whose (`_DATELINE`), and
    the dateline, when what follows it reads as a sentence's start. Among the first
    blocks: a standfirst, or a picture's caption, may come before."""
    for at, block in enumerate(blocks[:STAMP_LINES]):
        if block.kind != "paragraph":
            continue
        found = _DATELINE.match(block.text)
        rest = block.text[found.end() :] if found else ""
        if (
            found is not None
            # (a place in capitals says it is one; a name, "Beijing", only before a date or
            # a news agency's credit: "Beirut (AFP) –", not "Jane Lee (D-Ohio) –")
            and (
                found["date"]
                or found["first"]
                or (found["agency"] and (not found["named"] or is_news_agency(found["agency"])))
            )
            # (a longer bracket only behind a place in capitals, a date and a dash, which
            # say "dateline" on their own: "KERCH, December 3, 2026 (... by Kavkaz Wire) -")
            and (
                len(found["agency"] or "") <= _AGENCY_CHARS
                or (not found["named"] and found["date"] and found["dash"])
            )
            # without a dash, only a place, a date and a credit together say "dateline"
            and (
                found["dash"]
                or found["first"]
                or (found["date"] and (found["agency"] or found["slashed"]))
            )
            and (rest[:1].isupper() or rest[:1] in "“\"‘'")
        ):
            return at, found
    return None


def dateline_credit(agency: str | None) -> str | None:
    """Whose copy a dateline's brackets say it is: the agency they name ("(Reuters)"), or
    in a longer credit the outlet it names after "by" ("(Interfax-style report by Kavkaz
    Wire)": Kavkaz Wire, whose report it is, where Interfax only names the style, r54);
    None where they name no outlet ("(Reporting by Ann Lee and Tom Roe)")."""
    if agency is None or len(agency) <= _AGENCY_CHARS and not _CREDITED_BY.search(agency):
        return agency
    by = _CREDITED_BY.search(agency)
    name = by["name"].strip() if by is not None else ""
    return name if name and a_name(name) and is_outlet_name(name) else None
