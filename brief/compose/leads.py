"""What may lead: a story's first bullet, a digest's bottom line, a headline.

A reader meets a story through its first sentence. That sentence must name what it is
about: one that points back ("He said ...", "However, ..."), or stands in for a name given
earlier ("The 35-year-old was beaten ...", "The firm's revenue ...", "... seize on those
reports"), reads as a riddle once its article is gone. The same holds for any later
bullet whose antecedent the story does not keep before it.

Nor may page furniture lead: a promotion ("Listen to the full interview on ... from 1900
GMT"), a credit, a picture's caption, a button's text ("CLOSE ..."), an editor's note.
`brief.ingest.furniture` knows them, for the bullets' filter as well.

The word lists are data: the [leads] table of `brief/extract/data/words.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TypeVar

import regex

from brief.extract.actors.word_knowledge import person_nouns
from brief.extract.lexicon import alternation, calendar_word, gazetteer, number_words, words
from brief.ingest.furniture import is_furniture, opening_stamp
from brief.ingest.layout import is_stamp
from brief.ingest.layout.labels import is_label_line
from brief.models import CitedText
from brief.segment import without_dateline
from brief.selection.pointing_back import asks_for_an_answer, is_dangling, opens_in_first_person
from brief.selection.quote_marks import opens_with_quote

_Item = TypeVar("_Item")

# A capitalised word before the head is an adjective of place or event ("Olympic",
# "Kenyan"), not a name, when it ends like one.
_ADJECTIVE_ENDINGS = ("ic", "an", "ese", "sh", "i")


@dataclass(frozen=True)
class _Patterns:
    epithet: re.Pattern[str]
    demonym: re.Pattern[str]
    demonstrative: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    lists = words()
    heads = alternation(lists["epithet_heads"])
    demonyms = alternation(form for form, e in gazetteer().items() if e.form == "demonym")
    times = alternation(lists["time_nouns"])
    return _Patterns(
        # "The 35-year-old", "The Olympic silver medallist's time", "The firm's revenue"
        epithet=re.compile(
            r"^[\s\"'“‘(]*The\s+(?:\d+-year-old\b|(?P<mods>(?:[\w’'-]+\s+){0,3})"
            rf"(?:{heads})(?P<possessive>'s|’s)?(?![\w-])(?P<after>,|\s+[\w’'-]+)?)"
        ),
        # "The Kenyan was initially unsure ..."
        demonym=re.compile(rf"^[\s\"'“‘(]*The\s+(?:{demonyms})\s+(?P<next>[a-z]\w*)"),
        # "... seize on those reports": a plural noun taken up with these/those ("those
        # killed", "those who" describe; "these days" is the calendar)
        demonstrative=re.compile(rf"\b(?:these|those)\s+(?!(?:{times})\b)[a-z]\w*[^s\W]s\b"),
    )


def _modifiers_ok(mods: str | None) -> bool:
    for word in (mods or "").split():
        if word.lower() in words()["not_modifiers"] or word.isdigit():  # "The 10 authors" counts
            return False
        if word[:1].isupper() and not word.endswith(_ADJECTIVE_ENDINGS):
            return False  # a name: "The Labour leader" names its party
    return True


def _unspecified(found: re.Match[str], text: str) -> bool:
    """Is the description left for the reader to resolve? Not when the words after its
    head say who is meant: a name ("The search giant Google"), an apposition ("The
    biggest firm, Cadbury, ..."), a phrase or clause ("The manager of Johnny Cash", "The
    man making sure ...")."""
    if found.group("possessive") or found.group("mods") is None:  # "The firm's revenue"
        return True
    after = (found.group("after") or "").strip()
    rest = text[found.end() :]
    for _ in range(2):
        if not _noun_after_head(after):
            break
        # "The chief executive (officer) of Ambre Hydro said ...": the word matched as
        # the head modifies the noun after it, and what follows that noun says who is
        # meant (r68 F13: a chief executive's lede could not open its brief)
        word = re.match(r"\s*(,|[^\s,]+)", rest)
        after = word.group(1) if word else ""
        rest = rest[word.end() :] if word else ""
    if after in ("", ","):
        return after == ""
    return not (after[0].isupper() or after in words()["specifiers"] or after.endswith("ing"))


def _noun_after_head(word: str) -> bool:
    """Whether the lower-case word after a description's head goes on with its noun
    phrase ("chief executive", "team doctor") rather than opening its predicate: no
    speech verb, no word that ends a description ("was", "has"), no past or present
    tense by its ending ("warned", "expects"), no specifier ("of", "who")."""
    lists = words()
    return (
        word.isalpha()
        and word.islower()
        and word not in lists.speech
        and word not in lists["not_modifiers"]
        and word not in lists["specifiers"]
        and not word.endswith(("ed", "s", "ing"))
    )


def opens_with_epithet(text: str) -> bool:
    """Does the sentence open with a description that stands in for a name given before
    ("The 35-year-old", "The Kenyan", "The firm's revenue")?"""
    patterns = _patterns()
    found = patterns.epithet.match(text)
    if found and _modifiers_ok(found.group("mods")) and _unspecified(found, text):
        return True
    demonym = patterns.demonym.match(text)
    if demonym is not None:
        following = demonym.group("next")
        if _subject_verb(following):
            return True
    return _office_holder(text)


def _subject_verb(word: str) -> bool:
    """A verb that makes the words before it a subject: "was", "said", "won", or a past
    tense in -ed."""
    return _speaks_or_is(word) or word.endswith("ed")


def _speaks_or_is(word: str) -> bool:
    """A speech verb or one of a subject's few verbs ("was", "has", "won")."""
    return word in words().speech or word in words()["demonym_subject_verbs"]


def _office_holder(text: str) -> bool:
    """ "The lawyer said ...", "The South Carolina Republican said ...": a person by trade,
    kin or party and no name, as the subject of a verb, is someone the article named
    before. Modifiers of place are allowed before a party ("The Texas Democrat"), where
    they tell no one apart; before a trade a capital names the body, as in the epithets
    ("The Labour leader"). A noun the head only modifies is no subject ("The executive
    order was ...")."""
    found = _THE_SUBJECT.match(text)
    opening = found.group("words").split() if found else []
    for at in range(1, len(opening) - 1):
        if _subject_verb(opening[at + 1]):
            return _describes_a_person(opening[at], opening[1:at], opening[at + 1])
    # "The Kansas Republican - who served 27 years ... - said": a relative clause between
    relative = _THE_RELATIVE.match(text)
    if relative is None or not _subject_verb(relative.group("verb")):
        return False
    described = relative.group("words").split()
    return _describes_a_person(described[-1], described[:-1], relative.group("verb"))


def _describes_a_person(head: str, mods: list[str], verb: str) -> bool:
    """A party's member, or a trade whose verb only a person does: it speaks or is
    ("The lawyer said", "The father told"); "The coach overturned" may be a bus."""
    if any(m.lower() in words()["not_modifiers"] or m[:1].isdigit() for m in mods):
        return False
    if head.lower() in words()["party_members"]:
        return True
    if not _speaks_or_is(verb):
        return False
    # a trade is written in lower case: "The Scottish Executive has ..." is a body
    return head in _by_trade() and head.islower() and _modifiers_ok(" ".join(mods))


@cache
def _by_trade() -> frozenset[str]:
    """Nouns that name a person by trade or kin ("lawyer", "father"), not by office: "The
    chancellor visited ..." and "The president said ..." name the one holder a paper's
    readers know, as "The Labour leader" does."""
    return person_nouns() - words()["role_heads"]


# "The" and the next five words, a verb among them, before any comma or mark: an
# apposition ("The senator, John Kerry, said") or a clause names who is meant.
_THE_SUBJECT = re.compile(r"^[\s\"'“‘(]*(?P<words>The(?:\s+\w[\w-]*){2,5})")
# "The" and up to four words, then a relative clause set off by dashes or commas, then the
# verb: "The Kansas Republican - who served ... - said".
_THE_RELATIVE = re.compile(
    r"^[\s\"'“‘(]*The(?P<words>(?:\s+\w[\w-]*){1,4})"
    r"(?:\s+[-—–]\s*(?:who|whose)\b[^—–]{0,240}?\s[-—–]|[—–]\s*(?:who|whose)\b[^—–]{0,240}?[—–]"
    r"|,\s*(?:who|whose)\b[^,—–]{0,240}?,)"
    r"\s*(?P<verb>[a-z]\w*)"
)


def same_tally(higher: str, lower: str) -> bool:
    """Whether a higher toll can be a later count of a lower one: both name the same
    countries (`extract.figures.tolls.toll_places`, as its `lower_tolls` and
    `pipeline.drafts` judge a tally). A town's toll from one unnamed hospital source
    ("At least 27 people have died in Vila Namaruca") is no later count of the disaster
    agency's toll for the country ("killing at least 12 people, Mozambique's disaster
    management institute said"): it had led the cyclone's story in their place, and was
    wrong (r46 H1)."""
    from brief.extract.figures.tolls import toll_places

    places = toll_places(higher)
    return bool(places) and places == toll_places(lower)


def opening_surname(text: str) -> str | None:
    """The word that opens a sentence as the subject of a verb of saying ("Muianga said
    ...", "Nampuito told the radio ..."): in news English a name alone is a later mention
    of someone the article introduced before, where its full name is (see
    `compose.digest`, which reads the article for that introduction)."""
    found = _OPENING_WORD.match(text)
    if found is None or found.group("verb").lower() not in words().speech:
        return None
    return found.group("name")


# A capitalised word, then its verb: "Muianga said", "O'Neill told", "Kaboré said" (any
# alphabet's letters: an accented name had read as none, r67 F4).
_OPENING_WORD = regex.compile(
    r"^(?P<name>\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?)\s+(?P<verb>\p{Ll}+)\b"
)


def points_back(text: str) -> bool:
    """Does the sentence need the one just before it: a pointing opener ("He", "However"),
    a speaker's "we" or "I" (a quotation run on without its marks, as BBC copy does), or
    a plural noun taken up with "these"/"those" ("seize on those reports")?"""
    return (
        is_dangling(text)
        or opens_in_first_person(text)
        or _patterns().demonstrative.search(text) is not None
    )


def refers_back(text: str) -> bool:
    """Does the sentence need something said before it (`points_back`, or an epithet)?"""
    return points_back(text) or opens_with_epithet(text)


def reads_alone(quote: str) -> bool:
    """May a quotation be shown alone under its speaker's name? Not a predicate whose
    subject the reporter's sentence gave: "would need to kill" (officers, him), "do
    anything, say anything ... to cling on to office" (Michael Howard of Tony Blair), "not
    in any way anti-Semitic" (a poster): under the speaker's name it says something else.
    The sentence is still the brief's to show, with its subject."""
    first = quote.split(maxsplit=1)[:1]
    return not (first and first[0].islower() and first[0] in words()["subjectless_openers"])


# Asked of a story's ledes by its drafts, its covers, its title and the digest's order
# (`opens_report`, compose.digest, compose.titles): at 1,000 articles 4,733 times of 1,730
# texts, the repeats 0.2 s of CPU. The text alone settles it: kept by text.
@lru_cache(maxsize=1 << 14)
def can_lead(text: str) -> bool:
    """May this sentence be the first a reader meets of a story? Not page furniture (a
    promotion, a caption, "CLOSE ..."), nor a page's dated label ("Travel advice - updated
    15 March 2027.": `layout.labels.is_label_line`), nor a writer's judgement
    (`states_an_opinion`).
    (A wire dateline, "ZURICH (AP) _", says where it was filed, not what it is about.)"""
    text = without_dateline(text)
    if is_stamp(text):
        return False  # "7.57 pm.": a live page's time stamp, cut off as a sentence
    return not (
        refers_back(text)
        or asks_for_an_answer(text)
        or is_furniture(text)
        or is_label_line(text)
        or opens_with_quote(text)
        or states_an_opinion(text)
    )


_TOKEN = re.compile(r"[\w'’-]+")
_QUOTATION = re.compile(r"[\"“”«»]")


# Asked of a story's ledes by its drafts and its reports' stances (twice: once as a
# draft's, once as the composed story's, compose.titles.report_stance), and of its picks
# (pipeline.drafts): at 1,000 articles 4,373 times of 1,907 texts, the repeats 0.06 s of
# CPU. The text alone settles it: kept by text, as `can_lead` is.
@lru_cache(maxsize=1 << 14)
def states_an_opinion(text: str) -> bool:
    """Is the sentence a writer's judgement rather than an event: a described subject
    ("The gap between the two estimates", "The most striking thing about the talks"), the
    copula, and a complement that is no participle, count or place ("is not a
    technicality", "was not what was said but ..."), in the writer's own voice (no verb
    of saying) and dated by no day? A commentary opens with its thesis; a report opens
    with what happened, when, and who says so (r47: an analyst's "The gap between
    NATO's estimate ... is not a technicality" had led a story of eight reports)."""
    text = without_dateline(text)
    tokens = _TOKEN.findall(text)
    lists = words()
    if len(tokens) < 4 or not (tokens[0].lower() in lists["articles"] or _possessive(tokens[0])):
        return False
    lowered = [t.lower() for t in tokens]
    # a speech verb but a passive one ("what was said in the room") or an adjective ("the
    # most telling thing"), or a quotation: a report of someone's judgement ("..., the
    # minister said")
    saying = any(
        t in lists.speech and lowered[at - 1] not in lists["passive"] and not t.endswith("ing")
        for at, t in enumerate(lowered)
        if at
    )
    if saying or _QUOTATION.search(text) or any(_dated(t) for t in tokens):
        return False
    copula = next((at for at, t in enumerate(lowered) if t in words()["copulas"]), None)
    if copula is None or copula < 2:
        return False
    from brief.inflection import past_form

    subject = lowered[1:copula]
    # a participle with its own phrase after it tells an event ("The man arrested on
    # Monday is ..."); one before its noun describes it ("the flooded farms")
    phrase = lists["name_prepositions"] | lists["time_words"] | lists["place_locatives"]
    if any(
        (past_form(t) and at + 1 < len(subject) and subject[at + 1] in phrase)
        or (t in lists.speech and not t.endswith("ing"))
        or t in lists["auxiliaries"]
        or t in lists["modal_verbs"]
        for at, t in enumerate(subject)
    ):
        return False
    after = [t for t in lowered[copula + 1 :] if t not in lists["negators"]]
    after = [t for t in after if not (t.endswith("ly") or t in lists["adverbs"])]
    counted = any(t[:1].isdigit() for t in after) or any(t in number_words() for t in after[:3])
    if not after or counted:
        return False  # "The toll is now 40": a count
    # the complement's head, or the word after an adverb the lists do not hold ("is now
    # looming", "is still due to"); after an article, a noun's own word that describes
    # it ("is not an isolated incident")
    described = after[0] in lists["articles"] and len(after) > 2
    return not any(
        past_form(head)
        or head.endswith("ing")
        or head in lists["place_locatives"]
        or head in lists["object_of"]
        or head in lists["not_yet"]
        or after[at + 1 : at + 2] == ["to"]  # "is due to vote", "is set to meet"
        for at, head in enumerate(after[: 1 if described else 2])
    )


def _possessive(token: str) -> bool:
    """A name's possessive, which opens a described subject as an article does
    ("Monday's attack on the boat", "Beijing's conduct at sea")."""
    return token[:1].isupper() and token.endswith(("'s", "’s"))


def _dated(token: str) -> bool:
    """A day's or a month's name, or a word that dates an event ("today", "recently")."""
    return calendar_word(token) or token.lower() in words()["after_name_adverbs"]


def is_live_entry(text: str, heading: str | None = None) -> bool:
    """Does the sentence open an entry of a live page, stamped with its time (or under
    a `heading` that is, "4:00 pm — Death toll rises to 23")? Such a page runs newest
    first: its first sentence is its latest moment ("19:00 — Former health minister
    Celestino Mabote tells Radio Sofala ..."), not a lede written to open the story,
    which its headline states (r44: a three-day cyclone digest was led by that side item
    of a live blog, above the wire's lede of the day)."""
    return opening_stamp(text, heading) is not None


_Entry = TypeVar("_Entry", bound=CitedText)


def newest_entry(items: Sequence[_Entry]) -> _Entry | None:
    """Of sentences (or bullets) all of one live page, the one that opens its newest
    entry: a live page alone has no lede, and its latest news is its newest moment (r58
    #16: a live blog briefed alone had opened with its 12:15 entry under its 18:05 one).
    None unless two or more of them open entries whose times, in page order, run one way
    (a page past midnight tells no newest by its clock)."""
    if len({item.source for item in items}) != 1:
        return None
    stamped = sorted(
        (
            (item.index, stamp.minute_of_day, item)
            for item in items
            if (stamp := opening_stamp(item.text, None))
        ),
        key=lambda found: found[0],
    )
    times = [minute for _, minute, _ in stamped]
    if len(set(times)) < 2 or times not in (sorted(times), sorted(times, reverse=True)):
        return None
    return max(stamped, key=lambda found: found[1])[2]


def opens_report(text: str, index: int, heading: str | None = None) -> bool:
    """Is this sentence a report's lede: its first, written to open it (not a live page's
    latest entry, `is_live_entry`, its `heading` the subheading it sits under), and one
    a story may open with (`can_lead`)?"""
    return index == 1 and can_lead(text) and not is_live_entry(text, heading)


def led_by_latest_count(
    items: Sequence[_Item],
    earlier: Callable[[_Item], bool],
    latest: _Item,
    key: Callable[[_Item], Hashable],
) -> tuple[_Item, ...]:
    """`items` in order, the first earlier count of the dead replaced by the latest count
    and the others dropped: a toll is raised as the dead are counted, and a story, a
    brief's bottom line and its headline say the latest (r42: a clash's 11:20 report of
    13 dead had led all three when the evening's lede said at least 27)."""
    out: dict[Hashable, _Item] = {}
    for item in items:
        chosen = latest if earlier(item) else item
        out.setdefault(key(chosen), chosen)
    return tuple(out.values())
