"""Who gives a count, where the count's own sentence says so: "(OCHA)" beside "At least 86
people have died".

Rival tolls from a UN office, a government agency and a district administrator had been
three bare key figures, three "facts" to a reader (r59 S1-2); the bullets that carry
their sentences say who gave each. The key figures are a list without those words, so a
figure keeps the body or person its sentence attributes it to: the subject of the verb
of saying that reports the count's clause ("OCHA said at least 86 ...", "the INGD reports
61 deaths"), of "according to", or of the tag after it ("..., the district administrator
said", inverted or not: "..., said the ministry"). That subject is the one the quotes
read (quotes.reporting_verbs): the same reading of a verb of saying and its subject, not
a second one. A verb that reports a count without being a verb of saying (words.toml's
count_report_participles: "OCHA estimates that 40,000 people have fled", "Police counted
85 bodies", "..., officials estimated") gives it as "said" would, so it is read as one;
its forms that are nouns as well ("estimates", "count") only where nothing but a verb
stands ("estimates that", right before the count), never "according to industry
estimates" or "the estimate of 900".

Only the count's own clause counts, a wrong sayer being worse than none:
- a clause break or a verb of saying joined by "and" ends it (hearsay's reading of what
  qualifies a count): in "OCHA said 86 had died, while the agency put the toll at 61"
  the 61 is the agency's, never OCHA's;
- a count a verb of report puts ("put the toll at 74") is its subject's, not the one who
  relays that ("Reuters reported that the ministry put the toll at 74": the ministry);
- a tag after the count gives it only set off by a comma or "according to" (",
  OCHA said"), not a clause of its own ("..., which officials said was the worst hit");
- a pronoun ("he said") is no sayer: which body or person it stands for is the quotes'
  question, and the list would show a bare "he";
- a relative clause still open at the count is the count's clause ("named the striker
  Ann Roe, who has scored 14 goals": no one's), and so is a clause whose verb is left out
  ("X pledged $5m and the Development Bank $3m": not X's);
- a verb of saying's word is a noun after a singular noun phrase it does not agree with
  ("an army post"), and a name's word when capitalised inside the sentence ("Dr Halima
  Said, the county's health officer, said": the whole name) (r65 F10).
A possessive names its owner ("according to OCHA's count" is OCHA's), and a short form the
text gives in brackets stands for the long name ("... (INGD) reports": INGD).
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from brief.extract.actors.word_knowledge import agent_noun, common_word
from brief.extract.figures.found_figure import FoundFigure
from brief.extract.figures.hearsay import clause_break, clause_start, tag_end
from brief.extract.figures.notation import number_values
from brief.extract.lexicon import (
    alternation,
    hearer_verb_forms,
    joined,
    ship_prefix,
    verb_forms,
    weekday_names,
    words,
)
from brief.prefilter import may_hold


# A verb that puts a count, right before its number ("the ministry put the toll at",
# "raised its toll to"): a report of the count by its subject, as "said" is.
@cache
def _puts_count() -> re.Pattern[str]:
    verbs = alternation(words()["count_putting_verbs"])
    return re.compile(
        rf"\b(?:{verbs})\s+(?:the|its|their)\s+(?:\w+\s+)?(?:toll|number|figure|count"
        r"|total|tally)\b[^,;]{0,60}?\s(?:at|to)\s",
        re.I,
    )


# What may stand before a tag's subject after a count: a comma, "according to", or an
# inverted verb after a comma (", said OCHA"), a time after it or not (", said Tuesday the
# ministry").
@cache
def _tag_lead() -> re.Pattern[str]:
    w = words()
    verbs = alternation(w["attribution_verbs"])
    times = alternation(w["time_words"] | weekday_names())
    return re.compile(rf"(?:,|\baccording to|,\s*(?:{verbs})(?:\s+(?:{times}))*)\s*\Z", re.I)


# A count set in the noun of another's report ("the official count of 11 deaths", "the
# government's figure of 74"): whoever the sentence has speak refers to it, not gives it.
@cache
def _own_noun() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['report_nouns'])})\s+of\s*\Z", re.I)


_RELATIVE = re.compile(r",?\s+(?:who|which|that|whose)\b", re.I)
_WH_BEFORE = re.compile(r"\b(?:what|which|who|whom|whose|where|when)\s*\Z", re.I)
_ACCORDING = re.compile(r"\baccording to\b", re.I)
# Where a new clause opens after a verb of saying, whose words it need not be: ", and",
# ", after" ("Turkey said it was ready to host talks, after strikes left 11 ships
# stranded": the strikes are the narrator's).
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|after|before|when|as|since|because)\b", re.I)
# So does a relative clause set off by a comma and still open at the count: "..., the
# striker Ann Roe, who has scored 14 goals" gives the count as the clause's own, no one's
# who is said to speak before it; "said it would cut its fleet, which grew in the boom
# years, to 22 planes" has the clause closed, and the count is the saying's.
_OPEN_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\b(?=[^,;:()]*\Z)", re.I)
# A name right before the count after "and", with no verb of its own: the subject of a
# clause whose verb is left out as the one before's ("The United States pledged 210
# million and the Development Bank 132 million"), no object of that verb's subject.
_GAPPED = re.compile(r"\band\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,6}\Z")
_LISTENERS = re.compile(r"\b(?:told|tells|telling|tell)\s*\Z", re.I)
_LONGEST = 12  # words: longer, the subject phrase ran past a name into other words
_PARENTHESIS = re.compile(r"\([^()]{0,40}\)")  # as quotes.speech_words reads one
_POSSESSIVE = re.compile(r"\w[’']s?$")
_SHORT_FORM = re.compile(r"\s*\(([A-Z][A-Za-z]*[A-Z])\)")


def sayer(text: str, figure: FoundFigure) -> str | None:
    """Who the sentence `text` says gives `figure` (see the module's docstring), None
    where it names no one."""
    if figure.kind == "date":
        return None
    before = text[clause_start(text, figure, reach=figure.start) : figure.start]
    opened = max(_NEW_CLAUSE.finditer(before), key=lambda found: found.end(), default=None)
    if opened is not None:
        before = before[opened.end() :]
    relative = _OPEN_RELATIVE.search(before)
    if relative is not None:
        before = before[relative.end() :]
    if _own_noun().search(text, 0, figure.start):
        return None  # "The official count of 11 deaths ..., the doctor said": not the doctor's
    if _GAPPED.search(before) is not None:
        # "X has pledged $5m and the Development Bank $3m": the bank's, with no verb; a
        # tag after the count may still give it ("..., according to the commission")
        before = ""
    # the verb that puts the count ends right before its number, in the figure's words
    # or before them ("raised its death toll from the floods to 112")
    reach = before + text[figure.start : figure.end]
    put = max(_puts_count().finditer(reach), key=lambda found: found.end(), default=None)
    if put is not None and put.end() >= len(before):
        # "Reuters reported that the ministry put the toll at": the ministry's report
        before = before[: put.start()] + "said "
    elif put is None:
        before = _as_said(before)  # "OCHA estimates that", "the coastguard counted"
    if _doubted(before):
        return None
    if _anothers_count(before):
        return _owner(before)  # "the party's own tally gave it 54 percent": the party's
    phrase = _spoken_subject(before)
    if phrase and not _reports(phrase, before):
        phrase = None  # no verb of saying before the count: the sentence's own tag may be
    if not phrase:
        end = tag_end(text, figure, reach=len(text))
        # a tag the words' end cut at a title's dot ("..., said Rep. Francois Sanozier")
        cut = _CUT_AT_A_DOT.match(text, end) is not None
        phrase = _tag_subject(text[figure.end : end], inverted=not cut)
    return _named(phrase, text) if phrase else None


@cache
def _doubt() -> re.Pattern[str]:
    w = words()
    verbs = alternation(w["denial_verbs"] | w["doubt_verbs"])
    nouns = alternation(w["claim_nouns"] | w["rumour_nouns"])
    # a negator that is a number sign written short before its numeral ("at berth No. 4")
    # negates nothing
    signs = w["number_signs"]
    negations = "|".join(
        rf"{re.escape(word)}\b(?!\.\s*\d)" if word in signs else rf"{re.escape(word)}\b"
        for word in sorted(w["negators"], key=len, reverse=True)
    )
    return re.compile(
        rf"\b(?:{verbs})\b|\b(?:{negations})|n[’']t\b|\b(?:{nouns})\s+(?:that|of)\b"
        r"|\bwhether\b",
        re.I,
    )


def _doubted(before: str) -> bool:
    """Whether the count's clause, before it, denies, doubts or negates what comes ("The
    government denied that 40 ...", "dismissed reports that", "said it had no evidence
    that", "did not know whether"): the one who speaks does not give that count."""
    return _doubt().search(before) is not None


@cache
def _others_noun() -> re.Pattern[str]:
    nouns = alternation(words()["report_nouns"])
    return re.compile(rf"\w[’']s?\s+(?:\w+\s+)?(?:{nouns})\b|\b(?:{nouns})\s*,[^,]*\Z", re.I)


def _anothers_count(before: str) -> bool:
    """Whether a count stands in another's report the clause names ("OCHA said the
    ministry's count, 40 deaths, was too low"): the speaker weighs it, not gives it."""
    return _others_noun().search(before) is not None


# The owner of a report's noun, before it: up to three words before "'s" or a plural's
# "'", a determiner or a possessive first or not ("the ruling party's own tally",
# "party agents' tallies", "her party's count").
@cache
def _owned_noun() -> re.Pattern[str]:
    nouns = alternation(words()["report_nouns"])
    return re.compile(
        rf"(?P<owner>(?:[\w'’-]+\s+){{0,2}}[\w-]+)(?:[’']s|(?<=s)[’'])\s+(?:own\s+)?(?:\w+\s+)?"
        rf"(?:{nouns})\b",
        re.I,
    )


def _owner(before: str) -> str | None:
    """Whose report the count stands in, where a possessive names its owner ("the
    ministry's count", "party agents' tallies"); None where it does not name one."""
    owner = _owner_words(before)
    if not owner or owner[0].lower() in words()["possessives"]:
        return None  # "her party's own tally": whose party, the list cannot say
    return _named(owner, before)


def _owner_words(before: str) -> list[str] | None:
    """The words of the last possessive before a report's noun in `before`, from its
    determiner or possessive pronoun where one opens it ("her party", "the ministry")."""
    found = max(_owned_noun().finditer(before), key=lambda m: m.end(), default=None)
    if found is None:
        return None
    owner = found.group("owner").split()
    w = words()
    openers = w["determiners"] | w["possessives"]
    cut = max((k for k, word in enumerate(owner) if word.lower() in openers), default=0)
    # "saying party agents' tallies": the owner starts after the verb that opens its clause
    said = max((k + 1 for k, word in enumerate(owner) if word.lower() in w.speech), default=0)
    return owner[max(cut, said) :] or None


def claimed_by_no_one(text: str, figure: FoundFigure) -> bool:
    """Whether the count stands in a report the sentence gives as someone's own whom a
    possessive pronoun names ("saying her party's own tally gave her 54 percent"): a
    claimant's count that the key figures, a list without the sentence, would show as a
    bare fact. No figure: whose it is the bullet says, the list cannot."""
    if figure.kind == "date":
        return False
    before = text[clause_start(text, figure, reach=figure.start) : figure.start]
    if not _anothers_count(before):
        return False
    owner = _owner_words(before)
    return owner is not None and owner[0].lower() in words()["possessives"]


@cache
def _our_count() -> re.Pattern[str]:
    """A count's clause that gives it as the writer's own count: "according to our latest
    count", "by our tally", "our figures show"."""
    nouns = alternation(words()["report_nouns"])
    return re.compile(
        rf"\b(?:according\s+to|by|in)\s+our\s+(?:own\s+)?(?:\w+\s+)?(?:{nouns})\b"
        rf"|\bour\s+(?:own\s+)?(?:\w+\s+)?(?:{nouns})\s+(?:show|shows|give|gives|put|puts)\b",
        re.I,
    )


# "We have documented", "we counted", read as "said" (`_as_said`), right before the count.
_WE_SAID = re.compile(r"(?:\A|[,;:]\s*|\band\s+)\s*we\s+(?:have\s+|had\s+)?said\s*\Z", re.I)
_QUOTE_MARKS = ("\u201c", "\u201d", '"')


def in_own_voice(text: str, start: int) -> bool:
    """Whether the count at `start` of `text` is the writer's own, in the first person:
    "According to our latest count, 212 families have been evicted", "We have documented
    212 evictions". The writer of a report is its outlet: a body's release counts in its
    issuer's name ("our" is the issuer), a paper's own tally is the paper's. The caller
    knows the outlet, and whether the sentence is someone's quote, whose "our" is the
    speaker's; a quotation mark before the count in the sentence says so here."""
    if any(mark in text[:start] for mark in _QUOTE_MARKS):
        return False
    begin = max(0, start - _REACH)
    breaks = list(clause_break().finditer(text, begin, start))
    before = text[breaks[-1].end() if breaks else begin : start]
    return _our_count().search(before) is not None or _WE_SAID.search(_as_said(before)) is not None


_REACH = 150  # characters: as hearsay.clause_start reads a count's clause


def _reports(phrase: list[str], before: str) -> bool:
    """Whether the speech verb whose subject `phrase` is, before a count, reports it: not
    one in a relative clause of the subject ("Residents who said they were afraid fled as
    40 bodies were found") or one the subject is in ("in what officials described as a
    call lasting about 90 minutes"), nor a participle that modifies it ("premiums for
    ships calling at Odesa jumped from about 1%"), nor a verb with a preposition that
    reports no words ("These arrivals add to roughly 100,000 refugees"), nor a plural noun
    the verb is read in ("The three Baltic states have asked"), nor one whose object the
    count is, the listeners ("told 300 soldiers")."""
    found = _located(phrase, before)
    if found is None:
        return False
    if _RELATIVE.match(before, found.end()) or _WH_BEFORE.search(before, 0, found.start()):
        return False
    rest = _words_of(before[found.end() :])
    speech = words().speech
    asking = words()["asking_verbs"]
    verb = next(
        (n for n, word in enumerate(rest) if word.lower() in speech and word.lower() not in asking),
        None,
    )
    if verb is None and any(word.lower() in asking for word in rest):
        # "The kidnappers have demanded a ransom of 200 million naira, police said": what
        # is asked for, not a count its asker reports (r71 F10 showed the kidnappers as
        # the sum's source); the tag after it may still give it. A verb of saying after
        # the asking still reports it ("urged calm, and said it had recorded 17 ...")
        return False
    if verb is not None and _noun_not_verb(rest, verb, _words_of(before[: found.end()])):
        return False
    if verb is None:
        return _ACCORDING.search(before) is not None
    said, after = rest[verb].lower(), [word.lower() for word in rest[verb + 1 : verb + 2]]
    w = words()
    if (verb == 0 and said.endswith("ing")) or after == ["to"]:
        return False
    ahead = [word.lower() for word in [*_words_of(before[: found.end()]), *rest[:verb]]]
    if ahead[-1:] == ["to"]:
        return False  # "backed plans to write off", "led analysts to argue": an infinitive's
    past = said.endswith("ed") or said in w.irregular
    participle = past and after == ["by"]
    noun = not past and after in (["of"], ["for"], ["by"])
    if (participle or noun) and _ACCORDING.search(before) is None:
        # "the cost of fraud reported by consumers": a participle's agent, no subject;
        # "jail terms of up to 20 years", "claims by opponents": a noun and its
        # complement ("warned of" is a verb)
        return False
    if said in w["noun_attribution_verbs"] and after and after[0] in w["subjectless_openers"]:
        return False
    return _LISTENERS.search(before) is None


def _noun_not_verb(rest: list[str], verb: int, subject: list[str]) -> bool:
    """Whether a speech verb's word is a noun there: after a determiner or a possessive
    ("the report", "its statement"), a plain lower-case form right after a name inside
    the sentence ("Gunmen in Nigeria's Borno state killed 40": Borno's state), or a
    capital inside the sentence, a name's word ("The cyclone made landfall near Kiro
    Point, killing six": no one named Cyclone points out the six)."""
    ahead = [*subject, *rest[:verb]]
    word = rest[verb]
    if not ahead:
        return False
    if word[:1].isupper():
        return True
    last = ahead[-1]
    w = words()
    if last.lower() in w["determiners"] | w["possessives"] or _POSSESSIVE.search(last):
        return True
    if _bare(word) and _after_singular(ahead):
        return True  # "gunmen attacked an army post": "an army" cannot "post", it would "posts"
    if last.lower() in _prepositions():
        return True  # "Rates for calls in the strait rose to 0.4%": a preposition's noun
    plain = word.islower() and not word.endswith(("s", "ed")) and word not in w.irregular
    return plain and len(ahead) > 1 and last[:1].isupper()


def _bare(word: str) -> bool:
    """Whether a verb's word is its bare form (no -s, -ed, irregular past): the finite verb
    of a plural subject, or of none."""
    return word.islower() and not word.endswith(("s", "ed")) and word not in words().irregular


# The determiners of one thing: a noun phrase they open is singular.
_SINGULAR_DETERMINERS = frozenset({"a", "an", "each", "every", "another", "this"})
_NOUN_WORDS = 3  # the words a singular noun phrase may run to before the verb's word


def _after_singular(ahead: list[str]) -> bool:
    """Whether the words before a verb's word end in a noun phrase a singular determiner
    opens, of lower-case words only ("an army", "a police"): a bare form after it does not
    agree with it, and is that phrase's noun ("an army post", "a police report")."""
    for word in reversed(ahead[-_NOUN_WORDS:]):
        if word.lower() in _SINGULAR_DETERMINERS:
            return True
        if not word.islower() or word in words()["determiners"]:
            return False
    return False


def _singular(noun: str) -> str:
    """A plural's singular as vessel_nouns lists it ("vessels", "ships"; "ferries")."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


@cache
def _prepositions() -> frozenset[str]:
    """The prepositions a noun follows (words.toml's object_prepositions and
    name_prepositions), not "to", which an infinitive's verb follows ("declined to say")."""
    w = words()
    return frozenset((w["object_prepositions"] | w["name_prepositions"]) - {"to"})


def _tag_subject(after: str, inverted: bool = True) -> list[str] | None:
    """The subject of a tag after a count (", OCHA said", ", according to UNHCR", ",
    said the ministry"), only where a comma or "according to" sets it off; an `inverted`
    one's only where the tag's words run to their end, not cut at a title's dot."""
    after = _as_said(_PARENTHESIS.sub(" ", after), tag=True)
    phrase = (_inverted_tag_subject(after) if inverted else None) or _spoken_subject(
        _to_first_saying(after)
    )
    if not phrase:
        return None
    if phrase[0].islower() and phrase[0].endswith("ing"):
        return None  # ", reflecting recent Land Registry figures": a participle's clause
    found = _located(phrase, after)
    if found is None or _tag_lead().search(after, 0, found.start()) is None:
        return None
    if _NOUN_COMPLEMENT.match(after, found.end()) is not None:
        return None  # ", due to the phenomenal demand for tickets": a noun, no verb
    return phrase


# A speech verb's word followed by a noun's complement ("demand for", "reports of"): the
# noun, not the verb of a tag ("..., the army said on Tuesday").
_NOUN_COMPLEMENT = re.compile(r"\s+[a-z]+\s+(?:for|of)\b")


def _to_first_saying(after: str) -> str:
    """A tag's words up to its first verb of saying, whose subject gives the count: in
    "..., its owner said on Tuesday, one more than the navy had reported" the navy's
    report is the one the count revises, no tag of it (r62 F2 had shown the sayer "one
    more than the navy")."""
    speech = words().speech
    found_words = list(_WORD.finditer(after))
    for k, found in enumerate(found_words):
        if found.group().lower() in speech and not _names_word(found.group()):
            if _modifies_a_noun(after, found_words, k):
                continue  # "a regional reporting centre said": the centre said
            return after[: found.end()]
    return after


def _a_ship(phrase: list[str]) -> bool:
    """Whether the phrase names a ship by a prefix (lexicon.ship_prefix: "MV", "MT
    KESTREL SPIRIT", "HMS Belfast", "the ms Ryndam"; not the honorific "Ms"), after an
    article or none."""
    words_of = phrase[1:] if phrase and phrase[0].lower() == "the" else phrase
    return bool(words_of) and ship_prefix(words_of[0], " ".join(words_of[1:]))


def _a_modifier(phrase: list[str], k: int) -> bool:
    """Whether the phrase's k-th word, a speech verb's "-ing" form, modifies the noun
    after it, the phrase's last ("a regional reporting centre"): right before the
    phrase's head noun, not "A group calling itself X" (_before_a_noun)."""
    return k + 2 == len(phrase) and _before_a_noun(phrase[k], phrase[k + 1])


def _before_a_noun(word: str, nxt: str) -> bool:
    """Whether an "-ing" form may modify the word after it as a noun's modifier does
    ("reporting centre", "briefing room"): that word is in lower case, and no preposition
    nor determiner ("reporting from the scene", "calling its ..."). One test for the
    subject's phrase (_a_modifier) and the tag's (_modifies_a_noun)."""
    if not word.endswith("ing") or not nxt.islower():
        return False
    return nxt not in _prepositions() and nxt not in joined("determiners", "possessives")


def _modifies_a_noun(after: str, found: list[re.Match[str]], k: int) -> bool:
    """Whether the k-th word of a tag, a speech verb's "-ing" form, is a noun's modifier
    in the tag's subject ("a regional reporting centre said", "the briefing room
    said"): a lower-case noun's word follows it, not a preposition nor a determiner, and
    a verb of saying right after that. r69 F14 had shown the
    sayer "a regional", cut at "reporting". Not "officials reporting from the scene
    said", whose participle takes a preposition."""
    if k + 2 >= len(found) or not _before_a_noun(found[k].group(), found[k + 1].group()):
        return False
    if "," in after[found[k].end() : found[k + 2].start()]:
        return False
    return found[k + 2].group().lower() in words().speech  # "... reporting centre said"


def _in_a_name(phrase: list[str], k: int) -> bool:
    """Whether the phrase's k-th word, a speech verb's, is a name's: capitalised after
    another word ("Dr Halima Said") or before a capitalised one ("Said Hassan"), where
    an opening "Said the unit" is the verb."""
    following = phrase[k + 1][:1].isupper() if k + 1 < len(phrase) else False
    return _names_word(phrase[k]) and (k > 0 or following)


def _names_word(word: str) -> bool:
    """Whether a speech verb's word, capitalised inside the sentence, is a name's ("Dr
    Halima Said", "Mr Tell"): a verb of saying there is written in lower case."""
    return word[:1].isupper() and word[1:].islower()


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@cache
def _count_report_forms() -> frozenset[str]:
    """The finite forms of the verbs that report a count and are no speech verb
    (words.toml's count_report_participles: "estimated", "counted"; and its
    count_record_participles: "documented"): of a participle's two
    possible lemmas ("estimate", "estimat"), the one that is no word gives forms that
    never occur. Not the participle in "-ing", whose subject is the quotes' question."""
    w = words()
    forms: set[str] = set()
    for participle in w["count_report_participles"] | w["count_record_participles"]:
        lemmas = (participle[:-1], participle[:-2])
        if participle.endswith("ed") and not w.speech.intersection(lemmas):
            for lemma in lemmas:
                forms |= verb_forms(lemma)
    return frozenset(form for form in forms if not form.endswith("ing"))


@cache
def _count_report(tag: bool) -> re.Pattern[str]:
    """A verb that reports a count, where it reports it: before "that" or a phrase of time
    ("estimated on Monday that"), and before the count (the end of the words before it:
    "OCHA estimates 40,000"), or, in a `tag` after the count, a past form ("estimated",
    "counted") before a mark or the tag's end (", officials estimated."). Not a noun's
    "according to industry estimates.", "the estimate of 900", nor a participle's "damage
    estimated at $5bn", "With 22% of the vote counted, Cardoso"."""
    forms = _count_report_forms()
    past = alternation({form for form in forms if form.endswith("ed")})
    w = words()
    times = alternation(w["time_words"])
    # "that", or a time with words after it before the count: not "counted on 300
    # million dollars", a phrasal verb whose "on" is a preposition
    lead = rf"\s+(?:that\b|(?:{times})\b(?!\s*\Z))"
    if tag:
        return re.compile(rf"(?<=\s)(?:{past})(?=\s*(?:[,.;:]|\Z)|{lead})", re.I)
    return re.compile(rf"(?<=\s)(?:{alternation(forms)})(?=\s*\Z|{lead})", re.I)


@cache
def _not_a_verb_after() -> re.Pattern[str]:
    """What makes the word after it no finite verb: a passive's auxiliary ("was estimated
    at 20,000": no one named gives it), a determiner or a possessive ("WHO's count from
    clinics", "the estimate in May": a noun)."""
    w = words()
    before = alternation(w["determiners"] | w["possessives"] | w["passive"])
    return re.compile(rf"(?:\b(?:{before})|\w[’']s?)\s+\Z", re.I)


def _as_said(text: str, tag: bool = False) -> str:
    """`text` (the words before a count, or a `tag` after it) with each verb that reports
    a count as "said": "OCHA estimates that 40,000 ..." gives its count as "OCHA said"
    would, and the quotes' reading of a speech verb's subject then finds its subject (see
    `_count_report` and `_not_a_verb_after` for where it is no verb)."""
    if not may_hold(text, _count_report_stems()):
        return text
    return _count_report(tag).sub(
        lambda found: (
            found.group() if _not_a_verb_after().search(text, 0, found.start()) else "said"
        ),
        text,
    )


@cache
def _count_report_stems() -> tuple[str, ...]:
    """Substrings one of which a text with a verb that reports a count holds (a substring
    test, in C, spares most sentences the pattern)."""
    return tuple(sorted({form[:5] for form in _count_report_forms()}))


_INVERTED_TAG = re.compile(r",\s*(?P<verb>[A-Za-z]+)\s+(?=\S)")


def _inverted_tag_subject(after: str) -> list[str] | None:
    """The subject after the verb of an inverted tag (", said the ministry", ", reported
    the agency"): words.toml's attribution_verbs, not one of those spoken to (", told
    reporters") nor a plural noun (", reports from ..."), up to a break; none that opens
    with a preposition."""
    # imported when first asked, as `_spoken_subject` is
    from brief.extract.quotes.speech_words import word_re
    from brief.extract.quotes.subject_phrases import inverted_subject, when_word

    w = words()
    for tag in _INVERTED_TAG.finditer(after):
        verb = tag.group("verb").lower()
        if verb not in w["attribution_verbs"] or verb in hearer_verb_forms():
            continue
        if verb in w["noun_attribution_verbs"]:
            continue  # ", reports from the Treasury have said": a noun
        rest = after[tag.end() :]
        phrase = inverted_subject(word_re().findall(rest))
        while phrase and when_word(phrase[0]):
            phrase = phrase[1:]  # ", said Tuesday the ministry": the ministry
        if not phrase or phrase[0].lower() in w["fronted_prepositions"]:
            continue
        if phrase[0].lower() == "to":
            continue  # ", said to be the worst toll": a passive's infinitive, no subject
        if when_word(re.sub(r"[’']s?$", "", phrase[0])):
            continue  # ", said Monday's report": a text, whose author the tag leaves out
        return phrase
    return None


_CUT_AT_A_DOT = re.compile(r"\.\s+[A-Z]")


def _spoken_subject(text: str) -> list[str] | None:
    """The quotes' reading of a speech verb's subject (reporting_verbs.spoken_subject),
    imported when first asked: the actors, which the quotes read by, read dates by this
    package's notation."""
    from brief.extract.quotes.reporting_verbs import spoken_subject

    return spoken_subject(text)


def _words_of(text: str) -> list[str]:
    """The words of `text`, as a plain split of its letters and digits."""
    return re.findall(r"[\w’'-]+", text)


def _located(phrase: list[str], text: str) -> re.Match[str] | None:
    """Where the words of `phrase` stand in `text`, the last time (a tag is late)."""
    pattern = re.compile(r"[\W]*".join(map(re.escape, phrase)))
    return max(pattern.finditer(text), key=lambda found: found.start(), default=None)


@cache
def _pronouns() -> frozenset[str]:
    w = words()
    return frozenset(w["subject_pronouns"] | w["body_pronouns"] | w["relative_pronouns"])


def _named(phrase: list[str], text: str) -> str | None:
    """The sayer as the list shows it: the owner of a possessive ("OCHA's count": OCHA),
    the short form the text gives the name in brackets, no pronoun."""
    w = words()
    if len(phrase) > 1 and phrase[0].lower() in w["focus_adverbs"]:
        phrase = phrase[1:]  # "Even the hard-line daily estimated that": the daily
    if [word.lower() for word in phrase[:2]] == ["according", "to"]:
        # "according to newspaper reports": the reading of a subject took the noun for a
        # verb; the reports are the source, whoever made them
        phrase = phrase[2:]
        found = _located(phrase, text) if phrase else None
        noun = _WORD_AFTER.match(text, found.end()) if found is not None else None
        if noun is not None and noun.group(1).lower() in w["report_nouns"]:
            phrase = [*phrase, noun.group(1)]
    phrase = _without_opening(phrase)
    phrase = _past_dateline(phrase)
    while len(phrase) > 1 and phrase[-1].lower() in w["sayer_adverbs"]:
        phrase = phrase[:-1]  # "The Red Cross now says": the Red Cross, not its "now"
    cut = _cut_at_a_verbs_noun(phrase)
    if cut is not None:
        return cut
    if phrase and phrase[0].lower() in w["name_prepositions"]:
        phrase = _with_head(phrase, text)
    if not phrase or not _a_subject(phrase):
        return None
    phrase = _report_source(phrase)
    if phrase[0].lower() in _pronouns() or len(phrase) > _LONGEST:
        return None
    if phrase[0].lower() in w["first_person_words"] and not (
        phrase[-1][:1].isupper() and phrase[-1].lower() in w["organisation_heads"]
    ):
        # "Our reporter counts at least three injured": the outlet's own voice; not a
        # body's name that opens so ("Our Lady of Mercy Hospital")
        return None
    if any(
        word.lower() in w["auxiliaries"] | w["modal_verbs"]
        or (
            word.lower() in w.speech
            and not _in_a_name(phrase, k)
            # "a regional reporting centre": a noun's modifier, no verb
            and not _a_modifier(phrase, k)
        )
        for k, word in enumerate(phrase)
    ):
        return None  # "X is expected to", "said the unit": the phrase ran into a verb
    for k, token in enumerate(phrase[:-1]):
        if _POSSESSIVE.search(token) and phrase[k + 1].lower() in w["report_nouns"]:
            # "OCHA's count": the owner gives it (not "Taiwan's defence ministry")
            phrase = [*phrase[:k], re.sub(r"[’']s?$", "", token)]
            break
    if phrase[-1].lower() in w["denial_verbs"] | w["doubt_verbs"] or phrase[-1].endswith("ed"):
        return None  # "Officials dismissed": the phrase ran into a verb
    if phrase[-1].lower() in _prepositions():
        return None  # "Rates for": no noun phrase, a sentence's opening words
    if _singular(phrase[-1].lower()) in w["vessel_nouns"]:
        # "Affected vessels reported ... lasting up to four hours": what befell ships, which
        # no one vouches for; a ship's master, owner or operator speaks for it
        return None
    if _a_ship(phrase):
        # "MV ANNA PETROVA ... reports UAV impact", "MV reports approach by two skiffs": a
        # ship named by its prefix, or the prefix alone an advisory writes for "a
        # merchant vessel", is no one who gives a count (r69 F14)
        return None
    found = _located(phrase, text)
    end = found.end() if found is not None else None
    if end is not None:
        phrase, end = _whole_name(phrase, text, end)
    short = _SHORT_FORM.match(text, end) if end is not None else None
    if short is not None and _initials_of(phrase, short.group(1)):
        return short.group(1)
    if any(word[:1].isdigit() and "-" not in word for word in phrase):
        return None  # "With 22 percent of the vote counted": the phrase ran into a count
    if phrase[0] == "The":
        phrase = ["the", *phrase[1:]]
    return " ".join(phrase)


_DASHES = frozenset({"\u2014", "\u2013", "--"})


def _past_dateline(phrase: list[str]) -> list[str]:
    """The words after a dash the subject's reading took with it: a dateline's ("RIGA —
    Organisers of the ..."), or a heading's; the place or the heading gives no count."""
    dashes = [k for k, word in enumerate(phrase) if word in _DASHES]
    if not dashes or any(word[:1].islower() for word in phrase[: dashes[-1]]):
        return phrase  # "on Monday -- alone -- SOS calls": an aside's dashes, no dateline
    return phrase[dashes[-1] + 1 :]


def _cut_at_a_verbs_noun(phrase: list[str]) -> str | None:
    """The head of a subject whose reading stopped at a noun it took for a verb of saying
    ("Organisers of the protests ..., saying": "protests" read as the verb, the phrase
    "Organisers of the"): a phrase that ends on a determiner after "of" is cut there, and
    the head before "of" gives the count, "organisers", in lower case where it is a
    common word capitalised only by opening its sentence (r66 F8). None for any other
    phrase."""
    w = words()
    k = len(phrase)
    while k and phrase[k - 1].lower() in w["determiners"] | w["possessives"]:
        k -= 1
    if k == len(phrase) or k < 2 or phrase[k - 1].lower() != "of":
        return None
    head = phrase[: k - 1]
    if len(head) != 1 or not head[0].isalpha():
        return None  # "the Office of the": a name's words, which no cut makes whole
    word = head[0]
    noun = common_word(word) or agent_noun(word.lower().removesuffix("s"))
    return word.lower() if word[:1].isupper() and noun else word


@cache
def _opening_words() -> frozenset[str]:
    """The words an adverbial that opens a clause is made of, before its subject ("On
    Wednesday", "Earlier this month", "In the fourth quarter alone"): prepositions, words
    and nouns of time, offsets, the clause's conjunctions, determiners and limiters."""
    w = words()
    return (
        _time_words()
        | w["fronted_prepositions"]
        | w["clause_words"]
        | w["object_determiners"]
        | w["scope_limiters"]
        | w["ranking_words"]
    )


@cache
def _time_words() -> frozenset[str]:
    """The words that make an opening phrase one of time ("On Wednesday", "Earlier this
    month", "Last week"), without which it opens no adverbial to pass over ("At Postbridge
    ... said": a place, the subject before it)."""
    w = words()
    return (
        frozenset(
            (w["time_words"] | w["time_nouns"] | w["time_offsets"] | w["adverbs"])
            - w["auxiliaries"]
            - w["modal_verbs"]
            - w["fronted_prepositions"]
        )
        | _weekdays()
    )


@cache
def _clause_openers() -> frozenset[str]:
    """The words that, capitalised at a sentence's start, open an adverbial ("On
    Wednesday", "Earlier this month"), not a name's ("Time Warner")."""
    w = words()
    return (
        frozenset(w["fronted_prepositions"] | w["time_words"] | w["adverbs"] | w["clause_words"])
        | _weekdays()
    )


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(day.lower() for day in weekday_names())


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)?")


def _ordinal(word: str) -> bool:
    """Whether a word is a number or an ordinal ("21st", "fourth")."""
    return bool(_ORDINAL.fullmatch(word)) or (
        word.endswith("th") and word[:-2] in number_values().numbers
    )


def _without_opening(phrase: list[str]) -> list[str]:
    """The subject after an adverbial that opens its clause, which the reading of a
    subject before a verb of saying takes with it ("On Tuesday Sir Alan said", "Earlier
    this month the firm said", "almost immediately O'Gara answered"): the list would show
    "Earlier this month the firm" as the claimant (r65 F10's fragments). A determiner
    the adverbial ends on opens the subject ("... this month the firm"); a possessive
    after it belongs to the subject ("Last year's report": no adverbial)."""
    openers = _opening_words()
    w = words()
    k, timed = 0, False
    while k < len(phrase) - 1:
        word = phrase[k].lower()
        weekday = word in _weekdays()
        if not phrase[k].islower() and not weekday and not (k == 0 and word in _clause_openers()):
            break  # "Time Warner", "Holland America Line": a name's words
        adverb = word.endswith("ly") and word not in w["ly_not_adverbs"] and phrase[k].islower()
        if not (word in openers or adverb or _ordinal(word)):
            break
        timed = timed or adverb or word in _time_words()
        k += 1
    noun_first = phrase[0].lower() in w["object_determiners"] | w["possessives"]
    if k == 0 or not timed or noun_first or _POSSESSIVE.search(phrase[k]):
        # "at Postbridge said": a place, no time, opens no subject; "the first minister",
        # "Last year's report": a noun phrase's own words
        return phrase
    if phrase[k - 1].lower() in w["object_determiners"] | w["possessives"]:
        k -= 1  # "Earlier this month the firm": the firm
    return phrase[k:]


# The head of a name or title a subject's reading left out before its "of" or "for", from
# the clause's start: "Officials", "Deputy Commissioner", "PCG spokesperson", "The
# Office", with the short form in brackets after it ("The Humanitarian Aid Commission
# (HAC)").
_HEAD_BEFORE = re.compile(
    r"(?:\A|[,;:(\u2014]\s*|\bthat\s+)(?P<head>(?:(?:[Tt]he|[A-Z][\w'’.-]*)\s+){0,5}"
    r"(?:[A-Z][\w'’.-]*|[a-z]+))(?:\s+\((?P<short>[A-Z][A-Za-z]*[A-Z])\))?\s+\Z"
)


def _with_head(phrase: list[str], text: str) -> list[str]:
    """A subject the reading began at its preposition ("of the Karnataka State ...
    Centre", "for polio eradication") with the head before it in its clause ("Officials of
    the ...", or the short form "(NEOC)" after that head), where the head holds a name's
    capital; the words as they are otherwise (no subject: see `_a_subject`)."""
    found = _located(phrase, text)
    if found is None:
        return phrase
    head = _HEAD_BEFORE.search(text, 0, found.start())
    if head is None or not any(word[:1].isupper() for word in head.group("head").split()):
        return phrase
    if head.group("short"):
        return [head.group("short")]
    return [*head.group("head").split(), *phrase]


def _a_subject(phrase: list[str]) -> bool:
    """Whether the words can be a verb's subject, not a phrase read past one: an opening
    preposition's ("at Postbridge on Dartmoor": the subject was before it), a pronoun's
    at its end ("For Countryfile they": they), an infinitive's "to" ("backed plans to"),
    a participle's clause ("leading some commentators", "Signed to the label"), or a
    finite verb after a name ("Mr Blair derided Tory claims": the claims are no one's
    saying)."""
    w = words()
    first, last = phrase[0].lower(), phrase[-1].lower()
    if first in _prepositions() and first != "according":
        return False
    if last in _pronouns() or last == "to":
        return False
    following = phrase[1].lower() if len(phrase) > 1 else ""
    taking = joined("object_determiners", "possessives", "partitive_heads")
    if first.endswith(("ing", "ed")) and (following in taking or following in _prepositions()):
        return False
    return not any(
        word.islower()
        and word.endswith("ed")
        and before[:1].isupper()
        and before.lower() not in taking | w["determiners"]
        for before, word in itertools.pairwise(phrase)
    )


# A report's noun and who made it: "figures from the Office for National Statistics", "a
# survey by Goldman Sachs", "figures revealed by the Electoral Commission".
_SOURCE_AFTER = re.compile(r"\b(?:from|by)\s+(?=(?:the\s+)?[A-Z])")


def _report_source(phrase: list[str]) -> list[str]:
    """Whose report the words name where they are a report and its maker ("according to
    figures from the ONS": the ONS), as a possessive names its owner ("the ONS's
    figures"); the words as they are otherwise."""
    w = words()
    nouns = [k for k, word in enumerate(phrase[:3]) if word.lower() in w["report_nouns"]]
    if not nouns:
        return phrase
    rest = " ".join(phrase[nouns[0] + 1 :])
    found = max(_SOURCE_AFTER.finditer(rest), key=lambda m: m.end(), default=None)
    if found is None:
        return phrase
    return rest[found.end() :].split()


# The rest of a name after its "and" ("... Electoral and Boundaries Commission"): capitals,
# and the small words of a name between two of them ("Ministry of Lands and the Sea").
_NAME_AND = re.compile(r"\s+(?:and|&)\s+(?=[A-Z])")
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*|(?:of|for|the|on)(?=\s+[A-Z])")
# The word right after a name, if a word comes next (not punctuation nor the text's end).
_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w'’-]*)")


def _whole_name(phrase: list[str], text: str, end: int) -> tuple[list[str], int]:
    """The sayer's phrase with the rest of its name where the reading of its subject
    stopped at the name's "and" ("the National Electoral" of "according to the National
    Electoral and Boundaries Commission"), and where it ends in `text`. A name's last
    word is a capital, and so is the word after "and"; two names so joined ("Amnesty
    International and Human Rights Watch") are the two that give the count, whole too."""
    if not phrase[-1][:1].isupper():
        return phrase, end  # "police and hospital officials": no name cut
    joined_at = _NAME_AND.match(text, end)
    if joined_at is None:
        return phrase, end
    rest: list[str] = []
    at = joined_at.end()
    while (word := _NAME_WORD.match(text, at)) is not None:
        rest.append(word.group().rstrip("."))
        at = word.end()
        if word.group().endswith("."):
            break  # the sentence's end, or an initial's: the name ends there
        gap = re.match(r"\s+", text[at:])
        if gap is None:
            break
        at += gap.end()
    while rest and not rest[-1][:1].isupper():
        rest.pop()
    if not rest or any(word.lower() in words().speech for word in rest):
        return phrase, end  # "..., Kasimu and Said Lutalo": not past a verb's word
    tail = _located(rest, text[joined_at.end() :])
    if tail is None:
        return phrase, end
    whole_end = joined_at.end() + tail.end()
    following = _WORD_AFTER.match(text, whole_end)
    if following is not None and following.group(1).lower() not in words().speech:
        # "according to the Health Ministry and Red Cross teams were searching": the
        # words after "and" open the next clause; a name ends where the sentence's
        # punctuation, a short form in brackets or its speech verb comes
        return phrase, end
    return [*phrase, "and", *rest], whole_end


def _initials_of(phrase: list[str], short: str) -> bool:
    """Whether a bracketed short form abbreviates the name before it: a name of two words
    and more whose capitals' initials hold its capitals in order, the first first
    ("National Health Agency (NHA)"), not a party beside a person ("John Mbeki (ANC)")."""
    phrase = [word for word in phrase if word.lower() not in words()["determiners"]]
    initials = "".join(word[0] for word in phrase if word[:1].isupper())
    capitals = [letter for letter in short if letter.isupper()]
    if len(phrase) < 2 or not initials or not capitals or capitals[0] != initials[0]:
        return False
    remaining = iter(initials[1:])
    return all(letter in remaining for letter in capitals[1:])
