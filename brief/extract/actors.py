"""People (with the role the text gives them), countries and organisations.

No NER model may be downloaded, so this is rules over a hand-written gazetteer:

* countries from their names, demonyms ("Belarusian") and capitals used for the
  government ("Moscow wants ..."; but not "talks in Moscow");
* organisations from the gazetteer plus ministries ("Ministry of Defense", "Foreign
  Ministry");
* people: a capitalised name with evidence it is a person: a title before it ("Russian
  Foreign Minister Sergey Lavrov"), an apposition ("Jack Straw, UK Foreign Secretary,"),
  an honorific ("Mr Straw"), a described role before it ("a spokesman for the UN,
  Stephane Dujarric,"), a speech verb ("..., Kenzo Oshima said") when the first word is a
  plausible given name (so not "Time Warner said"), or "X administration" (kept: the
  leader of a government is a person even without a role, e.g. "Biden"). Later
  surname-only mentions ("Fomin") merge into the full name;
* companies only with evidence: a suffix (Inc, Group, Bank) or "the company" nearby.

The role is the text's own words; nothing is looked up or invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from brief.extract.gazetteer import GAZETTEER, Entry
from brief.models import Actor, ActorKind, Mention, Sentence


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that head a role: a person is "a <head>" ("minister", "spokesperson").
HEADS = _words(
    """president vice-president president-elect minister secretary secretary-general
    spokesperson spokesman spokeswoman ambassador envoy general gen admiral colonel col
    commander chancellor premier chief leader king queen prince princess emir sheikh sultan
    senator sen governor mayor chairman chairwoman chairperson chair director head
    negotiator coordinator archbishop bishop pope cardinal ayatollah imam official adviser
    advisor speaker judge prosecutor commissioner representative rep lawmaker mp deputy
    lieutenant lt captain capt major maj marshal sergeant ceo founder analyst aide
    diplomat attorney-general ombudsman monarch emperor dictator warlord
    """
)
# Words that may sit inside a role before the head ("junior foreign", "opposition").
MODIFIERS = _words(
    """foreign defense defence interior home finance economy economic trade justice health
    energy state national security intelligence presidential prime first vice senior junior
    deputy acting interim former top chief opposition rebel army military naval navy air
    force police border parliamentary party ruling executive general special permanent
    assistant under undersecretary under-secretary principal press communications
    information labour labor agriculture education environment transport culture
    emergency relief human rights refugee affairs crown supreme high supreme
    """
)
# Nouns that describe an unnamed source; "one resident, Olga Petrova," names one.
DESCRIBED = HEADS | _words(
    """resident witness villager survivor refugee farmer worker student teacher doctor
    nurse lawyer activist protester economist expert observer researcher journalist
    reporter source executive owner manager mother father"""
)
DETERMINERS = frozenset({"a", "an", "the", "one", "another"})
# Evidence that a capitalised name without a given name is a business.
COMPANY_SUFFIXES = _words(
    """inc inc. corp corp. corporation co co. ltd ltd. plc llc ag sa nv group holdings bank
    airlines airways motors industries technologies systems"""
)
_COMPANY_CUE_RE = re.compile(
    r"\b(?:the|its) (?:company|firm|group|carrier|bank|retailer|shares|shareholders)\b", re.I
)
CONNECTORS = frozenset({"of", "for", "and", "on", "to", "the"})
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor"}
)
SPEECH_VERBS = _words(
    """said says say told stated noted added warned announced insisted claimed explained
    argued declared wrote tweeted"""
)
LEADER_NOUNS = frozenset({"administration", "government", "regime", "cabinet"})
PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "dos", "bin", "ibn", "al", "el"})
NOT_NAMES = _words(
    """the a an and but or if as at in on of for to by with from this that these those
    he she it they we i you his her its their our my however meanwhile also another other
    some many most more several both all each every any no not there here then when while
    after before since until during despite although though because why what who which
    where how monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december today yesterday
    tomorrow last next earlier later speaking according western eastern northern southern
    west east north south central allied joint operation exercise exercises mission
    warplanes troops soldiers officials sources reports reporting under house army party
    league front council ministry department office agency union navy forces guard
    liberation republic assembly parliament congress senate committee commission court
    corps brigade battalion division regiment fleet"""
)

_TOKEN_RE = re.compile(r"[^\W\d_](?:[\w'’.\-]*[^\W_])?|\d[\d,.]*|[^\w\s]")
_MINISTRY_RE = re.compile(
    r"\b(?:Ministry|Department|Office) (?:of|for) (?:the )?[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+)*"
    r"|\b(?:Foreign|Defen[cs]e|Interior|Home|Finance|Justice|Health|Economy|Trade|Energy)"
    r" (?:Ministry|Department|Office)\b"
)
_LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "into", "across", "through"})
# "Vienna Document", "Minsk Agreement": a place name inside a name, not the country acting.
_NAMED_AFTER_RE = re.compile(
    r"['’]?s?\s+(?:Document|Convention|Agreements?|Accords?|Protocol|Treaty|Summit|Format|"
    r"Process|Declaration|Charter|Communiqu[eé])\b"
)


def _gazetteer_re() -> re.Pattern[str]:
    forms = sorted(GAZETTEER, key=len, reverse=True)
    alternation = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<!\w)(?:{alternation})(?=['’]s\b|[^\w]|$)")


_GAZ_RE = _gazetteer_re()


@dataclass
class _Tally:
    name: str
    kind: ActorKind
    role: str | None = None
    count: int = 0
    first: tuple[int, int] = (0, 0)
    where: dict[tuple[int, int], None] = field(default_factory=dict)

    def add(self, sentence: Sentence) -> None:
        self.count += 1
        self.where.setdefault((sentence.source, sentence.index), None)

    def actor(self) -> Actor:
        mentions = tuple(Mention(s, i) for s, i in self.where)
        return Actor(self.name, self.kind, self.role, self.count, mentions)


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int

    @property
    def base(self) -> str:
        """Lower-case, without a possessive."""
        low = self.text.lower().replace("’", "'")
        return low[:-2] if low.endswith("'s") else low


@dataclass(frozen=True)
class _Name:
    """A run of capitalised tokens that may be a person's name."""

    text: str
    tokens: tuple[str, ...]
    role: str | None
    person: bool  # evidence that it is a person
    company: bool = False  # may be a business, if the text says so (see _companies)


def find_actors(sentences: Sequence[Sentence]) -> tuple[Actor, ...]:
    tallies: dict[tuple[str, str], _Tally] = {}
    names: list[tuple[int, Sentence, _Name]] = []
    defined, full_name = _acronym_names(sentences)
    for order, sentence in enumerate(sentences):
        spans = []
        for m in defined.finditer(sentence.text) if defined else ():
            spans.append((m.start(), m.end()))
            if sentence.text[m.start() - 1 : m.end() + 1] == f"({m.group()})":
                continue  # the definition itself: one mention with its full name
            name = full_name[m.group()]
            tally = tallies.setdefault(
                ("organisation", name), _Tally(name, "organisation", first=(order, m.start()))
            )
            tally.add(sentence)
        for entry, start, end in _gazetteer_hits(sentence.text):
            spans.append((start, end))
            if entry is None:  # "Italian Sara Errani": the word is no actor nor a name
                continue
            tally = tallies.setdefault(
                (entry.kind, entry.name), _Tally(entry.name, _kind(entry), first=(order, start))
            )
            tally.add(sentence)
        for m in _MINISTRY_RE.finditer(sentence.text):
            if any(s <= m.start() < e for s, e in spans):
                continue
            spans.append((m.start(), m.end()))
            tally = tallies.setdefault(
                ("organisation", m.group()),
                _Tally(m.group(), "organisation", first=(order, m.start())),
            )
            tally.add(sentence)
        names.extend((order, sentence, n) for n in _names(sentence.text, spans))
    people = _people(names)
    for tally in _companies(names, sentences, {t.name for t in people}):
        tallies.setdefault(("organisation", tally.name), tally)
    actors = [t.actor() for t in (*tallies.values(), *people)]
    firsts = {id(a): t.first for a, t in zip(actors, (*tallies.values(), *people), strict=True)}
    actors.sort(key=lambda a: (-a.mentions, firsts[id(a)]))
    return tuple(actors)


# "Equal Opportunities Commission (EOC)": a name its text abbreviates is an organisation.
_ACRONYM_RE = re.compile(
    r"((?:[A-Z][\w’'&-]*\s+(?:(?:of|for|and|the|on|in|de)\s+)*){2,8})\(([A-Z][A-Za-z]{1,7})\)"
)

# Abbreviated names that are things, not bodies ("Growth and Opportunity Act (AGOA)").
_NOT_BODIES = _words(
    """act bill treaty agreement accord syndrome disease disorder index rate system
    product programme program scheme"""
)


def _acronym_names(
    sentences: Sequence[Sentence],
) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern for every "Full Name (FN)" the text defines, matching both forms, and
    the full name of each form."""
    defined: dict[str, str] = {}
    for sentence in sentences:
        for m in _ACRONYM_RE.finditer(sentence.text):
            acronym, words = m.group(2), m.group(1).split()
            if acronym in GAZETTEER:
                continue
            for k in range(len(words)):
                caps = [w for w in words[k:] if w[0].isupper()]
                if words[k][0].isupper() and "".join(w[0] for w in caps) == acronym.upper():
                    full = " ".join(words[k:])
                    thing = caps[-1].lower() in _NOT_BODIES
                    if full not in GAZETTEER and len(caps) >= 2 and not thing:
                        defined.setdefault(full, full)
                        defined.setdefault(acronym, full)
                    break
    if not defined:
        return None, defined
    forms = "|".join(re.escape(f) for f in sorted(defined, key=len, reverse=True))
    return re.compile(rf"\b(?:{forms})\b"), defined


def _kind(entry: Entry) -> ActorKind:
    return "country" if entry.kind == "country" else "organisation"


def _gazetteer_hits(text: str) -> Iterable[tuple[Entry | None, int, int]]:
    for m in _GAZ_RE.finditer(text):
        entry = GAZETTEER[m.group()]
        if entry.kind == "country" and _NAMED_AFTER_RE.match(text, m.end()):
            continue
        if entry.form in {"demonym", "capital"} and _inside_other_name(text, m.end()):
            if entry.form == "demonym" and _before_person(text, m.end()):
                yield None, m.start(), m.end()
            continue
        if entry.form == "capital":
            before = text[: m.start()].split()
            if before and before[-1].lower() in _LOCATIVE:
                continue  # "talks in Moscow": a place, not the government
            if _in_place_list(text, m.start(), m.end()):
                continue
        yield entry, m.start(), m.end()


# Capitalised words a demonym or capital may stand before and still mean the country.
_COUNTRY_NOUNS = (
    HEADS
    | MODIFIERS
    | _words(
        """government army navy forces troops officials parliament embassy ministry people
    authorities state-run state-owned mps"""
    )
)
_NEXT_WORDS_RE = re.compile(r"(?:\s+[\w’'-]+){1,4}")
_LIST_BEFORE_RE = re.compile(r"([A-Z][\w’'-]+)(?:,| and| or),?\s+$")
_LIST_AFTER_RE = re.compile(r"\s+(?:and|or)\s+([A-Z][\w’'-]+)")


def _inside_other_name(text: str, end: int) -> bool:
    """ "British Columbia", "British Airways", "Washington Post", "Washington state": the
    word is part of another name, not the country."""
    m = _NEXT_WORDS_RE.match(text, end)
    if m is None:
        return False
    words = m.group().split()
    if words[0].lower() == "state":
        return True
    caps = []
    for word in words:
        if not word[0].isupper():
            break
        caps.append(word.lower())
    # "Ukrainian Infrastructure Minister" is a title: some word heads a role.
    return bool(caps) and words[0] not in GAZETTEER and not set(caps) & _COUNTRY_NOUNS


def _before_person(text: str, end: int) -> bool:
    m = _NEXT_WORDS_RE.match(text, end)
    return m is not None and _given_name(m.group().split()[0])


def _in_place_list(text: str, start: int, end: int) -> bool:
    """ "Oregon, Washington and British Columbia": a capital listed beside places that
    are not countries is a place too (a city or a state), not a government."""
    before = _LIST_BEFORE_RE.search(text[:start])
    after = _LIST_AFTER_RE.match(text, end)
    return any(
        m is not None and m.group(1) not in GAZETTEER and m.group(1).lower() not in NOT_NAMES
        for m in (before, after)
    )


def _is_name_token(tok: _Token, spans: Sequence[tuple[int, int]]) -> bool:
    t = tok.text
    if not t[0].isupper() or len(t) < 2 or t.isupper():
        return False
    base = tok.base
    if base in NOT_NAMES or base in HEADS or base in MODIFIERS or base in HONORIFICS:
        return False
    return not any(s <= tok.start < e for s, e in spans)


def _is_surname_title(toks: list[_Token], j: int) -> bool:
    """ "Tom King has": a title word can end a name when no name follows it."""
    tok = toks[j]
    if not tok.text[0].isupper() or tok.base not in HEADS | MODIFIERS:
        return False
    return j + 1 >= len(toks) or not toks[j + 1].text[0].isupper()


def _names(text: str, spans: Sequence[tuple[int, int]]) -> list[_Name]:
    toks = [_Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
    out: list[_Name] = []
    i = 0
    while i < len(toks):
        if not _is_name_token(toks[i], spans):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and (
            _is_name_token(toks[j], spans)
            or _is_surname_title(toks, j)
            or (
                toks[j].text in PARTICLES
                and j + 1 < len(toks)
                and _is_name_token(toks[j + 1], spans)
            )
        ):
            j += 1
        if j - i <= 4:
            out.append(_name(text, toks, i, j, spans))
        i = j
    return out


def _name(text: str, toks: list[_Token], i: int, j: int, spans: Sequence[tuple[int, int]]) -> _Name:
    words = tuple(t.text for t in toks[i:j])
    last = toks[j - 1]
    words = (*words[:-1], last.text[: len(last.text) - (len(last.text) - len(last.base))])
    display = text[toks[i].start : toks[j - 1].start] + words[-1]
    role = (
        _role_before(text, toks, i, spans)
        or _apposition(text, toks, j)
        or _described_before(text, toks, i, j)
    )
    if role is None and len(words) >= 2 and _given_name(words[0]):
        role = _described_apposition(text, toks, j)
    before = toks[i - 1].base if i else ""
    after = toks[j].base if j < len(toks) else ""
    company = words[-1].lower() in COMPANY_SUFFIXES
    speaks = len(words) >= 2 and (after in SPEECH_VERBS or before in SPEECH_VERBS)
    person = (
        role is not None
        or before in HONORIFICS
        or (speaks and not company and _given_name(words[0]))
        or (after in LEADER_NOUNS and len(words) == 1)
    )
    return _Name(display, words, role, person, company=company or speaks)


def _given_name(word: str) -> bool:
    """A first name is a word the Punkt model never saw in lower case ("Time" of "Time
    Warner" is a common word; "Olga" is not). Without a names list this is the best
    offline test; a real name that is also a word ("Mark") then needs other evidence."""
    flags = _ortho().get(word.lower(), 0)
    return not flags & _LOWER_CASE_SEEN


_LOWER_CASE_SEEN = 16 | 32 | 64  # Punkt's BEG_LC | MID_LC | UNK_LC


@cache
def _ortho() -> dict[str, int]:
    import punkt

    return dict(punkt.load_model("english").ortho_context)


def _described_before(text: str, toks: list[_Token], i: int, j: int) -> str | None:
    """ "A spokesman for the UN, Stephane Dujarric, said" -> "spokesman for the UN"."""
    if i < 3 or toks[i - 1].text != ",":
        return None
    if j < len(toks) and toks[j].text not in {",", ".", ";", ")"} | SPEECH_VERBS:
        return None
    starts = []  # determiners that may open the description, nearest first
    k = i - 2
    while k >= 0 and i - k <= 10 and toks[k].text[0].isalnum():
        if toks[k].base in DETERMINERS:
            starts.append(k)
        k -= 1
    for k in reversed(starts):  # the longest description whose head is a described noun
        phrase = toks[k + 1 : i - 1]
        if phrase and any(t.base in DESCRIBED for t in phrase[:3]):
            break
    else:
        return None  # "the Kremlin's position, Peskov" is no role
    return text[phrase[0].start : phrase[-1].end]


def _role_before(
    text: str, toks: list[_Token], i: int, spans: Sequence[tuple[int, int]]
) -> str | None:
    k = i - 1
    start: int | None = None
    has_head = False
    extra_caps = 0
    while k >= 0:
        tok = toks[k]
        span = next(((s, e) for s, e in spans if s <= tok.start < e), None)
        base = tok.base
        if span is not None:
            start = span[0]
            while k >= 0 and toks[k].start >= span[0]:
                k -= 1
            continue
        if base in HEADS:
            has_head = True
        elif base in MODIFIERS or (base in CONNECTORS and start is not None):
            pass
        elif (
            tok.text[0].isupper()
            and has_head
            and base not in NOT_NAMES
            and extra_caps < 3
            and k > 0
        ):
            extra_caps += 1
        else:
            break
        start = tok.start
        k -= 1
    if start is None or not has_head:
        return None
    role_tokens = [t for t in toks if start <= t.start < toks[i].start]
    while role_tokens and role_tokens[0].base in CONNECTORS:
        role_tokens.pop(0)
    if not role_tokens:
        return None
    return text[role_tokens[0].start : toks[i].start].strip(" ,")


def _apposition(text: str, toks: list[_Token], j: int) -> str | None:
    """ "Jack Straw, UK Foreign Secretary, said" -> "UK Foreign Secretary"."""
    if j >= len(toks) or toks[j].text != ",":
        return None
    k = j + 1
    while k < len(toks) and k - j <= 9 and toks[k].text not in {",", ".", ";", ":", "(", ")"}:
        k += 1
    if k >= len(toks) or toks[k].text not in {",", ".", ";"} or k == j + 1:
        return None
    phrase = toks[j + 1 : k]
    if phrase[0].base in {"the", "a", "an"}:
        phrase = phrase[1:]
    if not phrase or phrase[0].base in {"who", "which", "whose", "where", "when"}:
        return None
    heads = [n for n, t in enumerate(phrase) if t.base in HEADS]
    if not heads:
        return None
    tail = phrase[heads[0] + 1 :]
    if phrase[-1].base not in HEADS | MODIFIERS and not (
        tail and tail[0].base in {"of", "for", "to", "in", "at"}
    ):
        return None  # "Jack Straw, UK Foreign Secretary," or "X, the envoy for the Sahel,"
    return text[phrase[0].start : phrase[-1].end]


def _described_apposition(text: str, toks: list[_Token], j: int) -> str | None:
    """ "Bruce Mate, the lead author of the study, said": a role with no title word, so
    only for a name that starts with a given name (see _name)."""
    if j + 2 >= len(toks) or toks[j].text != "," or toks[j + 1].base not in {"the", "a", "an"}:
        return None
    k = j + 2
    while k < len(toks) and k - j <= 10 and toks[k].text not in {",", ".", ";", ":", "(", ")"}:
        k += 1
    phrase = toks[j + 2 : k]
    if k >= len(toks) or toks[k].text != "," or len(phrase) < 2:
        return None
    # "the ROLE of/at/for ...": a noun phrase that belongs somewhere, not "the 45-year-old"
    preps = [n for n, t in enumerate(phrase) if t.base in {"of", "at", "for", "in", "with"}]
    if not preps or preps[0] in {0, len(phrase) - 1}:
        return None
    head = phrase[preps[0] - 1].base
    if head.endswith("s") and not head.endswith("ss"):  # "the oldest players in": two people
        return None
    if any(t.text[0].isdigit() or t.base in {"who", "which", "that"} for t in phrase):
        return None
    return text[phrase[0].start : phrase[-1].end]


def _companies(
    names: list[tuple[int, Sentence, _Name]], sentences: Sequence[Sentence], people: set[str]
) -> list[_Tally]:
    """Non-person names that speak ("Time Warner said") are businesses only when the
    text says so: a suffix (Inc, Group, Bank) or "the company"/"the firm" in the paragraph."""
    cues = {(s.source, s.paragraph) for s in sentences if _COMPANY_CUE_RE.search(s.text)}
    found: dict[str, _Tally] = {}
    for order, sentence, name in names:
        if not name.company or name.person or name.text in people:
            continue
        suffix = name.tokens[-1].lower() in COMPANY_SUFFIXES
        if suffix or (sentence.source, sentence.paragraph) in cues:
            found.setdefault(name.text, _Tally(name.text, "organisation", first=(order, 0)))
    for _, sentence, name in names:
        if name.text in found:
            found[name.text].add(sentence)
    return list(found.values())


def _people(names: list[tuple[int, Sentence, _Name]]) -> list[_Tally]:
    """Group person names by surname, so "Fomin" joins "Alexander Fomin"."""
    groups: dict[str, _Tally] = {}
    for order, _, name in names:
        if not name.person:
            continue
        key = name.tokens[-1]
        tally = groups.get(key)
        if tally is None:
            tally = groups[key] = _Tally(name.text, "person", first=(order, 0))
        if len(name.text) > len(tally.name):
            tally.name = name.text
        if tally.role is None and name.role:
            tally.role = name.role
    for _, _, name in names:  # "Nkechi Adebayo" (no evidence) names the "Ms Adebayo" seen
        tally = groups.get(name.tokens[-1])
        if tally is not None and len(name.text) > len(tally.name):
            tally.name = name.text
            tally.role = tally.role or name.role
    # Surname-first names ("Lin Cheng-yu" ... "Lin said") merge on the first token.
    by_first = {t.name.split()[0]: t for t in groups.values() if " " in t.name}
    for _, sentence, name in names:
        tally = groups.get(name.tokens[-1])
        if tally is not None and tally.name.endswith(name.text):
            tally.add(sentence)
        elif len(name.tokens) == 1 and name.tokens[0] in by_first:
            by_first[name.tokens[0]].add(sentence)
    return [t for t in groups.values() if t.count]
