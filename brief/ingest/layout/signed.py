"""Signed lines: a signature, a letter's close or a contact's label, and the lines it goes with.

A dash line under a quotation signs it ("— The Honourable Jane Roe, Minister of Health"),
a name under a letter's close signs the letter ("Fair winds," / "Ann Lee, Editor"), and
the lines under a release's "Media contact:" name its press office. Alone, such a line
is a heading no one reads, or a person the news never named: a quotation's signature is
joined to it, so the quote keeps its speaker; a letter's is the page's and is dropped; a
contact's lines are one line with their label, the issuer's. ingest.signatures gives a
signature's shape; this module decides where one signs.
"""

from __future__ import annotations

import re

from brief.extract.lexicon import words
from brief.ingest.furniture import contact_heading, finite_verb
from brief.ingest.signatures import signature

_QUOTE_ENDS = re.compile(r"[.!?…]['’\"”]$")
_SIGN_OFF_WORDS = 24
_QUOTATION_LINES = 12  # the lines a quotation signed under it is folded over, at most
_ABBREVIATION = 5  # "Jr.", "Ltd.", "Inc.": a stop that ends no sentence


def signed_quotes(raw: list[str], lines: list[str]) -> list[str]:
    """A quotation paragraph and the dash line under it that signs it (a signature, as
    ingest.signatures shapes it), joined as one paragraph ("“...” — The Honourable Jane
    Roe, Minister of Health"): the line alone was a heading no one read, and left the
    quote without its speaker. A list's item under a quote ("- Canada has imposed
    sanctions on ...") is a clause, no signature."""
    last = -1  # the last line with words
    for at, line in enumerate(lines):
        if not line:
            continue
        found = signature().fullmatch(raw[at].strip())
        if (
            found is not None
            and last >= 0
            and _QUOTE_ENDS.search(lines[last])
            and _quotation_alone(lines, last)
            and _signs(found)
        ):
            lines[last] = f"{lines[last]} — {found.string[found.start('name') :]}"
            lines[at] = ""
            continue
        last = at
    return lines


_OPENS_QUOTATION = re.compile(r"[\"'“‘«„]")
_QUOTATION_MARK = re.compile(r"[\"“«„]")  # (a single mark inside may be a nested quote's)


def _quotation_alone(lines: list[str], last: int) -> bool:
    """Whether the paragraph that ends on `lines[last]` is a quotation and nothing else,
    its first line opening on the mark: a signature signs a quotation set on its own, as
    a release's "Quotes" block sets it. A quotation the paragraph gives its speaker ("The
    minister told reporters: "..."") is signed by no dash line under it: a live page's
    entry closes on its writer's name ("- Ann Lee"), who had become the minister's
    namesake and an actor of the news."""
    for at in range(last, max(last - _QUOTATION_LINES, -1), -1):
        line = lines[at]
        if not line:
            return False
        if _OPENS_QUOTATION.match(line):
            return True
        if _QUOTATION_MARK.search(line[:-2] if at == last else line):
            return False  # (the quotation opens after the paragraph's words)
    return False


_CONTACT_LINES = 6  # a name, a title, an office, a telephone, a mail, a page


def contact_blocks(lines: list[str]) -> list[str]:
    """A release's contact label alone on its line ("Media contact:") and the lines
    under it, joined as one line: the contact it names there ("Jane Roe, Head of Public
    Relations", a mail) is the issuer's press office, as a contact line's is, and no
    person of the news. The label alone had stood apart from them, and the name had
    become an actor (s53)."""
    for at, line in enumerate(lines):
        if not line or not contact_heading(line):
            continue
        under = next((j for j in range(at + 1, len(lines)) if lines[j]), None)
        if under is None:
            break
        block: list[str] = []
        for j in range(under, min(under + _CONTACT_LINES, len(lines))):
            if not lines[j]:
                break
            block.append(lines[j])
            lines[j] = ""
        lines[at] = " ".join([line, *block])
    return lines


# A letter's close ending its line on a comma, after a sentence or alone: "Yours
# sincerely,", "That's all for this week. Fair winds,"
_CLOSE = re.compile(r"(?:^|[.!?]['’\"”]?\s+)[A-Z][^.!?,;:\d\"“”]*,\Z")
_CLOSE_WORDS = 4


def signed_off(lines: list[str]) -> list[str]:
    """A letter's or a newsletter's close and the name signed under it ("Fair winds,",
    then "Ann Lee, Editor, The Weekly Letter"): the signature is the writer's, the
    page's, and no person of the news. Only where the name's line ends its block on no
    stop and no verb, a signature's shape: "In Lagos," above "Jane Roe, a trader, said
    prices rose" is a sentence folded at a width."""
    for at, line in enumerate(lines[:-1]):
        close = _CLOSE.search(line) if line.endswith(",") else None
        if close is None or len(close.group().split()) > _CLOSE_WORDS:
            continue
        name = lines[at + 1]
        if not name or name[-1:] in ".!?:;" or (at + 2 < len(lines) and lines[at + 2]):
            continue
        found = signature().fullmatch(f"- {name}")
        if found is not None and _signs(found) and not any(map(finite_verb, name.split())):
            lines[at + 1] = ""
    return lines


def _signs(found: re.Match[str]) -> bool:
    """Whether a dash line is a signature and no list's item: a name of two words at
    least (a line alone under a quote needs more than "- Pricing"), and after a comma the
    signer's role, no clause."""
    who = found.string[found.start("name") :]
    role = found["role"] or ""
    last = who.split()[-1]
    return (
        len(found["name"].split()) >= 2
        and len(who.split()) <= _SIGN_OFF_WORDS
        and not any(mark in role for mark in "!?;:")
        and ". " not in role  # (a sentence after the comma)
        and not (last.endswith(".") and len(last) > _ABBREVIATION)
        and not any(word in words()["open_ended"] for word in role.split()[-1:])
    )
