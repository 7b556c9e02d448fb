"""Names, bylines and credits: who a page says wrote it, and whose copy it is.

A byline names the page's writer ("By Liis Kaarma", "By Ann Lee, Premium Times", a name
alone under the headline): the document's author, never a person of the news; a credit
names who made the copy ("Words: Ann Lee", "Asia-Plus staff"), and an outlet's name
whose it is ("El País English", "Iraqi News Agency (INA)"). Their shape tells them from a
sentence: capitalised words, a name's particles, no clause ("By Election Day, turnout had
collapsed" is a sentence). The header lines, the credited stamps and the datelines read
their parts with these.
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.lexicon import gazetteer, unaccented, weekday_names
from brief.ingest.furniture import finite_verb, is_news_agency
from brief.ingest.furniture import lists as furniture_lists
from brief.ingest.layout.dates import full_date_in
from brief.ingest.layout.shapes import LETTERS, long_name_particles
from brief.ingest.layout.stamps import is_stamp

_NAME_WORDS = 6  # an outlet's or a place's name: "Lusophone Africa Report", "El País English"


def a_name(part: str) -> bool:
    """A short run of capitalised words, perhaps with short particles ("Buenos Aires
    Times", "El País English", "Brasil em Foco", "MercoPress") and its initials in brackets
    ("Iraqi News Agency (INA)"), or a byline: no sentence. An organisation's longer name
    is one too where its words in lower case are only a name's particles (`_a_long_name`:
    "UN Office for the Coordination of Humanitarian Affairs (OCHA)")."""
    if part.startswith("By ") and (by_writer(part) is not None or staff_credit(part[3:])):
        return True
    found = _BRACKETED_PLACE.sub("", INITIALS_IN_BRACKETS.sub("", part)).split()
    return (
        len(found) > 0
        and found[0][:1].isupper()
        and not any(ch.isdigit() for ch in part)
        and (
            (
                len(found) <= _NAME_WORDS
                and all(w[:1].isupper() or (w.isalpha() and len(w) <= 3) for w in found)
            )
            or _a_long_name(found)
        )
    )


# An organisation's name written out: "UN Office for the Coordination of Humanitarian
# Affairs", "International Federation of Red Cross and Red Crescent Societies",
# "Instituto Nacional de Gestão e Redução do Risco de Desastres". Its capitalised words,
# at most; the words in lower case between them are particles alone (long_name_particles).
_LONG_NAME_WORDS = 8


def _a_long_name(found: list[str]) -> bool:
    """Words (brackets' initials and place taken out) that make an organisation's long
    name: capitalised words, _LONG_NAME_WORDS at most, joined by particles only, the last
    capitalised. A sentence has a verb in lower case: "Troops advance on the capital"."""
    capitalised = [w for w in found if w[:1].isupper()]
    particles = long_name_particles()
    return (
        len(capitalised) <= _LONG_NAME_WORDS
        and found[-1][:1].isupper()
        and all(w[:1].isupper() or w in particles for w in found)
    )


INITIALS_IN_BRACKETS = re.compile(r"\s*\([A-Z]{2,6}\)")
# A place in brackets after an outlet's name, where its edition is: "Global Herald
# (Beijing)". Part of no outlet's name (`without_place`).
_BRACKETED_PLACE = re.compile(r"\s*\([A-Z][a-z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}\)\s*$")


def without_place(outlet: str) -> str:
    """The outlet's name less the place in brackets after it: "Global Herald (Beijing)" is
    the Global Herald, as "Iraqi News Agency (INA)" keeps its initials."""
    return _BRACKETED_PLACE.sub("", outlet).strip() or outlet


def is_outlet_name(part: str) -> bool:
    """A name with a news outlet's word in it (outlet_words: "The Gulf Chronicle", "Manila
    Courier Online") or a news agency's: before a date behind a dash ("Live blog — The Gulf
    Chronicle — Friday 4 December 2026") whose copy it is, where a place's name ("Port
    Elsey - June 4, 2025") says where it was filed. Its words are read without their
    accents, as the outlet_words are written: "Rádio Lúrio" is a radio's."""
    said = {unaccented(w).lower() for w in LETTERS.findall(part)}
    return is_news_agency(part) or not furniture_lists().outlet_words.isdisjoint(said)


def a_place(name: str) -> bool:
    """A country or a city that seats a government (the gazetteer's): where a story was
    filed, never who published it ("Bishkek | 9 June 2026")."""
    entry = gazetteer().get(name)
    return entry is not None and entry.kind == "country" and entry.form != "demonym"


def staff_credit(credit: str) -> bool:
    """A byline's credit of a paper's staff, whose writer it does not name: "Asia-Plus
    staff", "Our Correspondent". Capitalised words, and words of byline_roles."""
    found = credit.split()
    roles = furniture_lists().byline_roles
    return (
        0 < len(found) <= _NAME_WORDS
        and found[0][:1].isupper()
        and any(w.lower() in roles for w in found)
        and all(w[:1].isupper() or w.lower() in roles for w in found)
        and not any(ch.isdigit() for ch in credit)
    )


def a_job(said: list[str]) -> bool:
    """Whether a credit's words (in lower case) say the writer's job: one of byline_roles
    ("Staff Writer", "Special to The Post"). "For" says it only opening the credit ("For
    The Elsey Post"): inside a name it joins the name's words ("UN Office for the
    Coordination of Humanitarian Affairs", whose header had been read as no credit, r44
    H4)."""
    roles = furniture_lists().byline_roles
    return any(w in roles and (w != "for" or n == 0) for n, w in enumerate(said))


# A credit's field: its label, then a colon or "by", then who: "Words: Ann Lee", "Photos
# by Tom Roe/Wirefeed", "Additional reporting: Ann Lee".
_CREDIT_FIELD = re.compile(r"(?P<label>[A-Z][A-Za-z]*(?:\s[a-z]+)?)(?:\s*:|\s+by)\s+(?P<name>\S.*)")


def credited_name(field: str) -> str | None:
    """Who a credit's field credits ("Words: Ann Lee" -> "Ann Lee", "Our team at the
    arena: Ann Lee, Tom Roe" -> "Ann Lee, Tom Roe"), or None: no credit."""
    credit = _CREDIT_FIELD.fullmatch(field)
    if credit is not None and credit["label"].lower() in credit_labels():
        return credit["name"]
    staff = _OUR_STAFF.fullmatch(field)
    if staff is not None and staff["role"].lower() in furniture_lists().byline_roles:
        return staff["name"]
    return None


# A live page's credit of its own staff, the outlet speaking of them as "our": "Our team
# at the Sejong Arts Hall: Ann Lee, Tom Roe", "Our reporters in Geneva: Ann Lee" (a word
# of byline_roles, perhaps where they are, then a colon and who).
_OUR_STAFF = re.compile(
    r"Our\s+(?P<role>[a-z]+)(?:\s+(?:at|in|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
    r"\s*:\s+(?P<name>\S.*)"
)


@cache
def credit_labels() -> frozenset[str]:
    """The labels of a credit's field: furniture.toml's credit_labels and picture_words."""
    lists = furniture_lists()
    return lists.credit_labels | lists.picture_words


# A byline: "By Liis Kaarma", "By Jeta Hoxha, BIRN", or a name alone on its line under
# the headline ("Chinedu Okafor"): two to four capitalised words, nothing else.
_WRITER = r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*"
_BY_LINE = re.compile(rf"By\s+({_WRITER}(?:\s+and\s+{_WRITER})?)\s*(?:$|[,|])")
_NAME_LINE = re.compile(r"(?:[A-Z][a-z’'.-]+\s+){1,3}[A-Z][a-z’'-]+")
WRITER_ALONE = re.compile(_WRITER)


_BYLINE_WORDS = 8  # "By Election Day, turnout had collapsed" is a sentence, no byline


def by_writer(line: str) -> str | None:
    """The writer a "By ..." line names ("By Liis Kaarma" -> "Liis Kaarma", "By Ann Lee
    and Tom Brown" -> both), less an agency's name after it ("By Ann Lee Associated
    Press"), if it is one: short and no sentence."""
    found = _BY_LINE.match(line)
    if found is None or line.rstrip().endswith("."):
        return None
    if len(line.split()) > _BYLINE_WORDS and not _credits_only(line[found.end() :]):
        return None
    writer = found.group(1)
    for agency in furniture_lists().picture_agencies:  # "By SAMIR OTHMAN Associated Press"
        if writer.lower().endswith(f" {agency}") and " " in writer[: -len(agency) - 1]:
            return writer[: -len(agency) - 1]
    return writer


def _credits_only(rest: str) -> bool:
    """Whether what follows a byline's writer is only credits: names set apart by commas
    (`a_name`: the outlet, the place it was filed from) and perhaps the page's date
    closing it, a few words in all. A byline's shape says which is which, however many
    words its outlet takes: "By Wanjiru Kamau, Nairobi Business Daily, 30 November 2026"
    (r44 L1 had lost its writer and its outlet: nine words had been too many for a
    byline). A sentence goes on in lower case: "By Election Day, turnout had collapsed"."""
    credits = undated(rest).strip(" ,")
    return len(credits.split()) <= _BYLINE_WORDS and all(
        a_name(part.strip()) or _a_job_title(part.strip())
        for part in credits.split(",")
        if part.strip()
    )


def _a_job_title(part: str) -> bool:
    """A writer's job after the byline's comma, however long: a word of byline_roles and
    what the job is of, no verb of its own ("By Ann Lee, chief economist for Central and
    Eastern Europe": r75 F10, read as a sentence, it had made the note's lines one folded
    paragraph, its headline and byline glued to its lede). "By Monday, senior officials
    had fled" goes on with a verb: a sentence."""
    said = LETTERS.findall(part)
    return (
        bool(said)
        and a_job([w.lower() for w in said])
        and not any(ch.isdigit() for ch in part)
        and not any(finite_verb(word) for word in said)
    )


def undated(line: str) -> str:
    """A byline less the date that closes it: the date is the page's, no word of the
    credit ("By Wanjiru Kamau, Nairobi Business Daily, 30 November 2026" is a byline of
    six words, not nine; r44 L1 had lost its writer and its outlet to the count)."""
    found = full_date_in(line)
    if found is None or line[found.end() :].strip():
        return line
    before = line[: found.start()].rstrip(" ,|–—-")
    words_before = before.split()
    if words_before and words_before[-1].strip(",").lower() in weekday_names():
        before = " ".join(words_before[:-1]).rstrip(" ,|–—-")  # "Monday, 30 November 2026"
    return before


def by_outlet(line: str) -> str | None:
    """The outlet a byline credits after its writer's comma ("By Ann Lee, Premium Times"),
    or None: a credit of the writer's job ("Staff Writer", byline_roles), or of a place
    ("By Ann Lee, Lagos"), is none. Only a name with an outlet's word in it
    (outlet_words: "Times", "News", "Wire") or a news agency's is read."""
    found = _BY_LINE.match(line)
    if found is None or by_writer(line) is None or not found.group().endswith(","):
        return None
    credit = line[found.end() :].split(",")[0].strip()
    lists = furniture_lists()
    said = [w.lower() for w in LETTERS.findall(credit)]
    if not a_name(credit) or not said or a_job(said):
        return None
    if is_news_agency(credit) or not lists.outlet_words.isdisjoint(said):
        return None if a_place(credit) else credit
    return None


def byline(line: str) -> str | None:
    """The writer a byline names (`by_writer`; a name alone on its line is one too), or
    None. A date right under one is the page's stamp."""
    if _BY_LINE.match(line) is not None:
        return by_writer(line)
    return line if _NAME_LINE.fullmatch(line) and not is_stamp(line) else None
