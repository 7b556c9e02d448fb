"""Which of the people a sentence names is its subject, which one speaks, and which one a
question was put to.

A later "he" means whoever the text last made act or speak, not whoever it named last:
"talks with Macron", "the Clinton campaign", "Trump's grasp" and "Following Sanders on
MSNBC, Clinton ..." name people who are not the subject. So the mentions are tried in
order from the sentence's start against the ways English shows a name to be an object,
a modifier, an owner or part of a fronted phrase, and the first one left is the subject;
a speech verb settles it first ("Trump, Sexton said, has ...": Sexton), and after a
question the one asked is who answers next ("Hannity asked Trump how ..."). Only the
sentence's own text is read here; weighing it against the story read so far is pronouns'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from brief.extract.lexicon import joined, words
from brief.extract.quotes.gender_clues import may_be
from brief.extract.quotes.person_mentions import CALENDAR_NAMES, Seen, is_pronoun
from brief.extract.quotes.speech_words import attributing, word_re
from brief.extract.quotes.subject_phrases import subject_word
from brief.models import Actor


def subject_mentions(sentence: str, mentions: list[Seen]) -> list[Seen]:
    """The mentions that may be the sentence's subject, in order (see _subjects_in)."""
    return list(_subjects_in(sentence, mentions))


def _subjects_in(sentence: str, mentions: list[Seen]) -> Iterator[Seen]:
    """The mentions that may be the sentence's subject, in order, each tested when it is
    asked for: in its main clause ("When Maddow asked, Clinton said", "Following Sanders
    on MSNBC, Clinton"), and each able to be one (see _may_be_subject)."""
    clause_end = sentence.find(",") if _fronted(sentence, mentions) else -1
    return (
        (start, end, seen)
        for start, end, seen in sorted(mentions, key=lambda m: m[0])
        if (start >= clause_end or _after_fronted_time(sentence[:start]))
        and _may_be_subject(sentence, start, end, seen)
    )


def _after_fronted_time(before: str) -> bool:
    """ "Until 2021 Beridze, now 58, was ...": a fronted time phrase that no comma closes
    ends with its time word, and the name after it opens the main clause (the comma is
    the name's apposition's)."""
    return bool(before) and time_adverbial_re().match(before) is not None


def first_subjects(sentence: str, mentions: list[Seen]) -> tuple[Seen | None, Seen | None]:
    """The first of the sentence's subject_mentions and the first of them that speaks.
    Both tests are pure, so the mentions after the first one that speaks are not tested
    (a sentence reports its speaker early: "Sexton said ..."); the answer is the same as
    that of the two whole lists."""
    first: Seen | None = None
    for start, end, seen in _subjects_in(sentence, mentions):
        first = first or (start, end, seen)
        if speaks(sentence, start, end):
            return first, (start, end, seen)
    return first, None


def _fronted(sentence: str, mentions: list[Seen]) -> bool:
    """Whether the sentence opens with a clause or phrase before its main clause: a
    subordinator, a preposition or a participle ("Asked about X,", "Following X,") that
    is not the start of a name."""
    stripped = sentence.lstrip()
    opener = stripped.split(" ", 1)[0].lower()
    if opener in words()["quote_subordinators"] or opener in words()["fronted_prepositions"]:
        return True
    at = len(sentence) - len(stripped)
    named = any(start == at for start, _, _ in mentions)
    participle = opener.endswith(("ing", "ed")) and opener.isalpha() and opener != "according"
    return participle and not named and not _opens_a_title(stripped, opener)


def _opens_a_title(stripped: str, opener: str) -> bool:
    """ "Acting Chief Superintendent X, who ..., said", "Retired Colonel X": a word that
    dates or stands in for an office, before the office's capitals, opens the subject's
    title, not a participle's phrase."""
    if opener not in joined("role_standin", "role_past"):
        return False
    rest = stripped.split(None, 2)
    return len(rest) >= 2 and rest[1][:1].isupper()


def _may_be_subject(sentence: str, start: int, end: int, seen: Actor | str) -> bool:
    """Not after a preposition ("talks with Macron"), not a modifier ("the Clinton
    campaign"), not a possessive ("Trump's grasp"), unless it is a pronoun."""
    # "but on Wednesday Mr Straw said": the time phrase ends as a clause break would
    before = _without_time_adverbial(sentence[:start])
    if _object(before) or _modifier(sentence, start, end):
        return False
    if not is_pronoun(seen) and _INSIDE_WHO.search(before):
        return False  # "Gayane Arzumanian, who took over after her predecessor, Karen
        # Manukian, stepped down", "Ana Colin, whose mother, Rose Colin, died there,
        # said": a name inside a "who" or "whose" clause is not the sentence's
    if _ends_apposed_to_object(sentence, before, end) and not is_pronoun(seen):
        return False  # "was joined by an analyst from the Security Service, Robin Falk."
    if _after_verb(sentence[:start]):
        return False
    possessive = _POSSESSIVE_RE.match(sentence, end)
    return is_pronoun(seen) or not possessive or _writing_of(sentence, possessive.end())


# A "who" or "whose" clause still open where a name stands: ", who" and no stop or
# closing of the clause's verb phrase since (a clause ends at the comma before the main
# verb; a name in an apposition inside it, "her predecessor, Karen Manukian,", is still
# inside).
_INSIDE_WHO = re.compile(r", who(?:se)?\b(?:(?!, [a-z])[^.;:!?])*$")


# A name in apposition to a preposition's object ("joined by an analyst from the Security
# Service, Robin Falk"): an object too, unless the phrase opens the sentence (see _fronted).
_APPOSED_OBJECT_RE = re.compile(
    r"(?<!according )\b(?:by|with|to|for|from|of|against|alongside|among)\s+"
    r"(?:a|an|the|his|her|its|their)\s+[^,;.!?:“”\"]{1,80},\s*$",
    re.I,
)


def _ends_apposed_to_object(sentence: str, before: str, end: int) -> bool:
    """A name that ends the sentence in apposition to a preposition's object, in a
    sentence that no phrase opens before its subject."""
    if sentence[end:].strip(" .") or not _APPOSED_OBJECT_RE.search(before):
        return False
    return not _fronted(sentence, [])


_POSSESSIVE_RE = re.compile(r"[’']s?\b")


def _without_time_adverbial(before: str) -> str:
    """The text before a name with the time adverbial that ends it, if any, made a comma.
    Only a text that ends in a time word and a space can end in one: the pattern, tried
    at every position of the text, is searched only then (at 25,000 sentences it ran
    for 6,000 names, the text before most of which ends in no time word)."""
    core = before.rstrip()
    core = core[:-1] if core.endswith(",") else core
    if not before[-1:].isspace() or not (core.endswith(time_words()) or core[-1:].isdecimal()):
        return before
    return time_adverbial_re().sub(", ", before)


@cache
def time_words() -> tuple[str, ...]:
    """The words a time adverbial's last word is one of, but a number (time_adverbial_re)."""
    return (*words()["time_nouns"], *CALENDAR_NAMES, "last", "this", "next", "early", "late")


# A fronted time adverbial at a clause's start ("On Wednesday", "but last week"): the name
# after it is the clause's subject, not the object of the preposition.
@cache
def time_adverbial_re() -> re.Pattern[str]:
    return re.compile(
        rf"(?:^|[,;]|\b(?:[Bb]ut|and|[Yy]et|[Ss]o|then))\s*"
        r"(?:(?:[Ll]ater|[Ee]arlier)\s+)?"
        r"(?:(?:[Oo]n|[Aa]t|[Ii]n|[Dd]uring|[Bb]y|[Ll]ast|[Tt]his|[Ee]arlier|[Ll]ater"
        r"|[Uu]ntil|[Ss]ince|[Aa]fter|[Bb]efore)\s+)?"
        rf"(?:the\s+)?(?:(?:{'|'.join(sorted(time_words()))}|\d+),?\s+)+$"
        # "Before that he taught ...": a time the sentence before gave, referred back to
        r"|(?:^|[,;])\s*(?:[Bb]efore|[Aa]fter|[Ss]ince|[Uu]ntil)\s+(?:that|then),?\s+$"
    )


def _writing_of(sentence: str, end: int) -> bool:
    """ "Campbell's e-mail suggested ...": the writer of what is quoted is its speaker,
    so a possessive before a writing may be the subject that "he" later stands for."""
    following = word_re().match(sentence[end:].lstrip())
    return following is not None and following.group().lower() in words()["writings"]


def _after_verb(before: str) -> bool:
    """ "who had represented Mr Martin", "then e-mailed Mr McFadyen": a name right after a
    past verb that reports no words, past any honorific, is its object."""
    tokens = before.split()
    w = words()
    while tokens and tokens[-1].lower().rstrip(".") in joined("honorifics", "title_abbreviations"):
        tokens.pop()
    if not tokens or not tokens[-1].replace("-", "").isalpha() or not tokens[-1].islower():
        return False
    last = tokens[-1]
    past = last.endswith("ed") or last in w.irregular
    return past and last not in w.speech and not subject_word(last)


def _object(before: str) -> bool:
    """ "talks with Macron", "a letter to Macron": the name after it is an object; but
    "Secretary of State John Kerry" and "Minister for Housing Darragh Ó Flaithearta" are
    titles. A preposition and the words after it that _OBJECT_RE takes are at most the
    last four words, so only they are searched (the whole text was 4% of quotes' time);
    a title ends the text too, so only its last seven words are searched for one (the
    whole text was another 2%)."""
    if _OBJECT_RE.search(before, _last_words(before, _OBJECT_WORDS)) is None:
        return False
    return title_of_re().search(before, _last_words(before, title_of_words())) is None


_OBJECT_RE = re.compile(
    r"(?<!according )\b(?:by|with|to|told|tells|met|meet|meets|meeting|against|for|from|"
    r"of|than|between|about|on|at|called|named|like|past|over|behind|beside|alongside|toward|towards|"
    r"into|upon|through|via|across|among|amongst|within|inside|outside|under)\s+"
    r"(?:[\w’'.-]+\s+){0,3}$",
    re.I,
)


_OBJECT_WORDS = 4  # a preposition and the three words _OBJECT_RE allows after it


@cache
def title_of_words() -> int:
    """The most words title_of_re takes: a role's head, "of" or "for", "the", four names
    and the "and" between two of them."""
    return max(len(head.split()) for head in words()["role_heads"]) + 7


def _last_words(text: str, count: int) -> int:
    """Where the space before the text's last `count` words starts (0 when it has no
    more): a pattern that can only match them is searched from there, its look-behinds
    still seeing the text before."""
    head = text.rsplit(None, count)
    return len(head[0]) if len(head) > count else 0


@cache
def title_of_re() -> re.Pattern[str]:
    heads = "|".join(sorted(words()["role_heads"], key=len, reverse=True))
    # "Minister of Agriculture and Environment": a title's object may join two names
    name = r"(?:[A-Z][\w’'.-]*\s+(?:(?:and|&)\s+(?=[A-Z]))?){1,4}"
    # (?<!\w), not \b: the same before a word, and the search skips to its first letters
    return re.compile(rf"(?i:(?<!\w)(?:{heads}))\s+(?:of|for)\s+(?:the\s+)?{name}$")


def _modifier(sentence: str, start: int, end: int) -> bool:
    """ "Clinton communications director Jennifer Palmieri", "the Clinton campaign", "a
    Donald Trump tweet", "Trump University": a name that modifies the noun after it (or
    starts a longer name) is not the subject."""
    following = word_re().match(sentence[end:].lstrip())
    word = following.group() if following else ""
    w = words()
    if word[:1].isupper() and sentence[end : end + 2] == f" {word[:1]}":
        # "Trump University", not "Trump Monday" nor "Iain Rae KC" (a rank's letters)
        return word not in CALENDAR_NAMES and not _post_nominal(word)
    if not word[:1].islower():
        return False
    if word in joined("role_heads", "role_modifiers", "leader_nouns"):
        return True
    if _noun_before_name(sentence, end, word):
        return True  # "Sydney Swans fan Bilal Haddad said": Haddad is the subject
    before = sentence[:start].split()
    if not before or before[-1].lower() not in w["determiners"]:
        return False
    # "the Rev. Al Sharpton said/also said/is": a verb follows; "a Trump tweet": a noun
    # (a speech verb's bare form after a name is its noun).
    speech = w.speech
    noun = word in speech and (f"{word}s" in speech or f"{word}es" in speech)
    return noun or not (
        word in speech or word in words()["adverbs"] or word in words()["auxiliaries"]
    )


def _post_nominal(word: str) -> bool:
    """Whether a word after a name is the letters of a rank or honour ("KC", "SC", "MP")."""
    return word.isupper() and word.lower() in words()["title_acronyms"]


def _noun_before_name(sentence: str, end: int, word: str) -> bool:
    """Whether the lower-case word after a name is a noun that a full name follows ("fan"
    in "Sydney Swans fan Bilal Haddad"); a verb there ("told", "met", "asks", "urged")
    makes the name its subject instead."""
    w = words()
    if word in w.speech or word in w.irregular or word.endswith(("ed", "s")) or len(word) < 3:
        return False
    rest = sentence[end:].lstrip()[len(word) :]
    return _FULL_NAME_RE.match(rest) is not None


_FULL_NAME_RE = re.compile(r"\s+[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+")


def speaks(sentence: str, start: int, end: int) -> bool:
    """ "Sexton said", "Sexton, a strategist, told", "said Sexton": the mention is the one
    whose words the sentence reports ("asked" is not: the answer comes from its object)."""
    after = word_re().findall(sentence[end : end + 100])
    before = word_re().findall(sentence[max(0, start - 30) : start])
    while before and before[-1].lower().rstrip(".") in joined("honorifics", "title_abbreviations"):
        before.pop()  # "said Mr Clark"
    if before and before[-1].islower() and before[-1] in attributing():
        # "said Sexton, ..." is inverted; in "said Trump won" Trump is the object clause's
        # ("Secretary of State John Kerry said": "State" is no verb)
        return not after or after[0] in {",", ".", ";", ":", "(", "!", "?"}
    if after[:1] == [","]:  # skip an apposition, not a parenthetical ", Sexton said,"
        breaks = {",", ".", ";", ":"}
        closing = next((n for n, t in enumerate(after[1:15], 1) if t in breaks), len(after))
        if after[closing : closing + 1] != [","] or words().speech & {
            t.lower() for t in after[1:closing]
        }:
            return False
        after = after[closing + 1 :]
    k = 0
    while k < len(after) and after[k].lower() in words()["adverbs"]:
        k += 1
    return k < len(after) and after[k].lower() in attributing()


def asks(sentence: str, end: int) -> int | None:
    """Where the words after the verb start when the mention ending at `end` puts a
    question ("Mousseau-Grant (then) asked whether"), else None."""
    found = asking_re().match(sentence, end)
    return found.end() if found else None


def person_asked(sentence: str, mentions: list[Seen], after: int) -> Actor | str:
    """The person a question was put to: named right after the verb, perhaps with a role
    ("asked Mayor Peter Holm how"); "?" when nobody is ("asked whether")."""
    for start, _, who in sorted(mentions, key=lambda m: m[0]):
        if start >= after:
            between = word_re().findall(sentence[after:start])
            return who if all(subject_word(t) for t in between) else "?"
    return "?"


@cache
def asking_re() -> re.Pattern[str]:
    """A verb that puts a question after a mention; not "asked for", a request ("Major X
    had asked for a period of detention. He told the court ...": the "he" is X)."""
    adverbs = "|".join(sorted(words()["adverbs"]))
    return re.compile(
        rf"\s+(?:(?:{adverbs})\s+)*(?:ask(?:s|ed|ing)?|questioned|pressed)\s+(?!for\b)"
    )


def speaks_in_relative(sentence: str, start: int, end: int) -> bool:
    """ "Professor Mullin - who denied these claims": the mention alone is the subject of
    a relative clause whose verb is one of speech (not "Bush and Christie, who say": two
    of them, and a verb's plural form)."""
    m = _RELATIVE_SPEAKER_RE.match(sentence, end)
    verb = m.group(1).lower() if m is not None else ""
    if verb not in words().speech:
        return False
    plural = not (verb.endswith(("s", "ed")) or verb in words().irregular)
    return not plural and not sentence[:start].rstrip().endswith((" and", " or"))


_RELATIVE_SPEAKER_RE = re.compile(r"\s*[,–—-]?\s*who\s+(?:also\s+|later\s+)?([a-z]+)")


def conjoined(sentence: str, mentions: list[Seen], at: int, end: int) -> bool:
    """Whether the subject at sentence[at:end] is one of two that "and" joins, either
    side, past the titles and roles of the second ("Lord Woolf and Lord Falconer",
    "Gerhard Schroeder and French President Jacques Chirac")."""
    return any(
        _AND_RE.fullmatch(sentence, e, at) or _AND_RE.fullmatch(sentence, end, s)
        for s, e, _ in mentions
    )


_AND_RE = re.compile(r"\s+and\s+(?:(?:[A-Z][\w.’'-]*|former|ex-\w+)\s+){0,4}")


def second_clause_subjects(sentence: str, mentions: list[Seen], at: int) -> list[Actor | str]:
    """The people other than the one at sentence[at:] who are subjects of a clause that a
    comma and "and", "but" or "while" join to the sentence's own ("President Lai met
    commanders, and Defence Minister Wu briefed lawmakers"): a "he" after it may be
    either of two such men."""
    return [
        seen
        for start, _, seen in _subjects_in(sentence, mentions)
        if start > at
        and not is_pronoun(seen)
        and _CLAUSE_AND_RE.search(sentence, 0, start) is not None
    ]


# The end of the words before a clause's subject: ", and Defence Minister ", "; ".
_CLAUSE_AND_RE = re.compile(
    r"(?:,\s+(?:and|but|while|whereas)|;)\s+(?:(?:[A-Z][\w.’'-]*|former)\s+){0,4}\Z"
)


def antecedent_in_sentence(
    sentence: str, mentions: list[Seen], at: int, pronoun: str, marked: dict[str, str]
) -> Actor | str | None:
    """Who the pronoun subject of a subordinate clause stands for: the one person named
    before it in the sentence's main clause who can be them ("... came from student Deja
    Stewart, who ... when she called him": Stewart); "?" when several can; None when
    nobody can, or when the pronoun is a main clause's subject ("X gave Trump credit,
    but he said": not Trump), so the search looks back."""
    before = sentence[:at].split()
    if not before or before[-1].lower() not in words()["quote_subordinators"]:
        return None
    clause_end = sentence.find(",") if _fronted(sentence, mentions) else -1
    fits = [
        seen
        for start, _, seen in mentions
        if clause_end <= start < at and not is_pronoun(seen) and may_be(seen, pronoun, marked)
    ]
    if len(fits) > 1:
        return "?"
    return fits[0] if fits else None


def other_subject_opens(sentence: str, at: int) -> bool:
    """Whether a plural pronoun ("They", "We") is the sentence's subject before the first
    person it names: that person is then an object."""
    opening = word_re().search(sentence)
    return (
        opening is not None
        and opening.end() <= at
        and opening.group().lower() in words()["other_subject_pronouns"]
    )


def unsaid_subject(sentence: str, mentions: list[Seen]) -> Actor | None:
    """The person a sentence with no person for its subject is about all the same: the
    subject put after its verb ("Among those arrested was Mayfield grandmother Rosemary,
    83,", "Also present was X"), the one a description is said to be ("The soup
    neighbour is Frau X"), or the one the writer met ("We spoke to Marta, 74,", "I asked
    X"): the writer is no person of the story, so the "she" who answers next is the one
    met. Only the first person named after the verb, with no other before it.
    A name that owns what follows it ("Marta's daughter, Ewa,", "Kowalska family lawyer
    Jan Nowak") is not the one met: the name put beside the owned noun is, else nobody."""
    ordered = sorted(mentions, key=lambda m: m[0])
    identified = _identified(sentence, ordered)
    if identified is not None:
        return identified
    for number, (start, end, seen) in enumerate(ordered):
        if not isinstance(seen, Actor):
            return None
        before = sentence[:start]
        if not (_INVERTED_RE.search(before) or _WRITER_MET_RE.search(before)):
            return None
        if not _owns_next(sentence[end:]):
            return seen
        return _apposed(sentence, end, ordered[number + 1 :])
    return None


def _identified(sentence: str, ordered: list[Seen]) -> Actor | None:
    """The one a description in lower case is said to be ("The soup neighbour is Frau
    Renate Schulze from the fourth floor"): the first person named, right after the
    copula (and a style), when only the description, someone unnamed, comes before."""
    for start, end, seen in ordered:
        if not isinstance(seen, Actor):
            continue
        if not _IDENTIFIED_RE.search(sentence[:start]) or _owns_next(sentence[end:]):
            return None
        return seen
    return None


def _owns_next(after: str) -> bool:
    """Whether a name is a possessive or a modifier of the noun after it ("Marta's
    daughter", "Kowalska family lawyer"), so the person is whoever that noun is."""
    if _OWNER_RE.match(after):
        return True
    modifier = _MODIFIER_RE.match(after)
    return modifier is not None and not _has_link_word(modifier.group())


def _apposed(sentence: str, owner_end: int, later: list[Seen]) -> Actor | None:
    """The name set beside the noun a name owns ("Marta's daughter, Ewa Nowak,"): the
    next person, with only that noun phrase between, else nobody."""
    if not later:
        return None
    start, _, seen = later[0]
    between = sentence[owner_end:start]
    phrase = _APPOSED_RE.match(between)
    if phrase is None or _has_link_word(phrase.group()) or not isinstance(seen, Actor):
        return None
    return seen


def _has_link_word(phrase: str) -> bool:
    """A preposition or conjunction ends a noun phrase ("Marta on the phone", "Marta and
    her son"): a name before it owns nothing."""
    w = words()
    links = {*w["name_prepositions"], *w["role_prepositions"], *w["outside_prepositions"]}
    return any(
        word.lower() in links | {"and", "or", "but"} for word in re.findall(r"[\w-]+", phrase)
    )


# "'s", "’s", or a bare "’" after a plural ("the Nowaks' lawyer")
_OWNER_RE = re.compile(r"^['’]s?\b|^s['’]")
# a name straight before lower-case nouns and another name ("Kowalska family lawyer Jan")
_MODIFIER_RE = re.compile(r"^\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])")
# the owned noun phrase up to the name beside it ("'s eldest daughter, ", " family lawyer ")
_APPOSED_RE = re.compile(r"^(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,?\s+$")


# "Among those arrested was Mayfield grandmother", "Also in court were": a fronted phrase,
# then the verb, then the subject with its description (no punctuation between)
_INVERTED_RE = re.compile(r"^(?:Among|Also)\b[^.;:,]*?\b(?:was|were)\s+(?:[\w'’-]+\s+){0,5}$")
# "The soup neighbour is Frau X", "My landlord was X": a description of someone, in lower
# case, that a copula then names (an honorific or style may come before the name): the
# sentence is about the one named, whom the "she" of the next one means (a number may be
# a word of it: "The man in row 3 was Sheikh X")
_IDENTIFIED_RE = re.compile(
    r"^(?:The|My|Our|His|Her|Their)\s+(?:[a-z0-9][\w'’-]*\s+){1,4}(?:is|was)\s+"
    r"(?:[A-Z][\w.]*\s+)?$"
)
# "We spoke to", "I asked", "We also met", "Our reporter at the port spoke to": the
# writer's "we" or "I", or the outlet's own reporter, and a verb of meeting
_WRITER_MET_RE = re.compile(
    r"^(?:\S+ - )?(?:We|I|(?:Our|This)\s+(?:reporter|correspondent|journalist)"
    r"(?:\s+(?:at|in|on)\s+(?:the\s+)?[\w'’-]+)?)\s+(?:also\s+)?(?:(?:spoke|talked)\s+(?:to|with)|met|asked|interviewed"
    r"|caught\s+up\s+with)\s+(?:[\w'’-]+\s+){0,3}$"
)
