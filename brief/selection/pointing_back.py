"""Whether a sentence needs the one before it: it opens by pointing back ("He noted
that...", "However, ...", "These demands include..."), quotes someone named there, gives
its words to a bare pronoun or office, speaks in the first person, or names one of two
people who share a surname.

Opening "It" counts as pointing back even in "It is thought that ...": telling the
expletive "it" from the referring one needs a parser, and the price of a false alarm is
small (the previous sentence comes along, or the next-best sentence is taken) while a
miss leaves the reader with an unresolved reference.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import cache, lru_cache

from brief.extract import lexicon
from brief.extract.figures.notation import anchored_time
from brief.models import Sentence
from brief.prefilter import may_hold
from brief.selection.quote_marks import continues_quote, quoted_at

_OPENERS = (
    # pronouns and determiners that refer back
    "he|she|it|they|him|her|them|his|hers|its|their|theirs|this|these|those|that|such"
    "|both|neither|either|another|others|the latter|the former|the same|the other"
    # a part of a group named before: "One of them told the judge", "Most of us"
    "|(?:one|two|three|some|many|most|all|each|several|none|any|few|half) of"
    " (?:them|us|you)"
    # discourse connectives that continue an argument
    "|however|but|and|or|nor|also|meanwhile|still|yet|instead|moreover|furthermore"
    "|besides|nevertheless|nonetheless|therefore|thus|hence|so(?! far)|then|otherwise|likewise"
    "|similarly|additionally|consequently|accordingly|indeed|in addition|as a result"
    "|on the other hand|by contrast|in contrast|in fact|even so|after that|at the same time"
    "|in turn|for his part|for her part|for their part|that said|even then"
    # a step after the one told before: "Next, Smith and Grunsfeld installed ..."
    "|next(?=,)|afterwards|afterward"
    # a later item of a list the writer numbered: "Thirdly, the project also offers ..."
    "|secondly|thirdly|fourthly|lastly|(?:second|third|fourth|fifth|finally)(?=,)"
)


# An opener's contraction points back as the opener does ("He's", "They're", "That's").
_DANGLING = re.compile(
    rf"^[\s\"'“”‘’«»(\[—–-]*(?:{_OPENERS})(?:['’](?:s|re|ll|d|ve)\b|(?![\w'’-]))",
    re.IGNORECASE,
)


# "Earlier, she told ...", "On Monday, they said ...": a short opening phrase, then a
# pronoun that still points back.
_AFTER_OPENER = re.compile(
    r"^[\s\"'“‘(]*[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3},\s+"
    r"(?:he|she|they|it|his|her|their|its|this|these|those)(?![\w'’-])"
)


# A preposition whose object points back: "About this declared the official
# representative of the MFA ..." (a translated agency's order), "Of these, 12 were ...",
# "On that, the minister said ...".
_ABOUT_THIS = re.compile(
    r"^[\s\"'“‘(]*(?:about|of|on|regarding|concerning|despite|after|before)\s+"
    r"(?:this|that|it|these|those)(?![\w'’-])",
    re.IGNORECASE,
)


# A time named before, pointed back to: "were killed that night", "Later that day, ...",
# "sank that morning". Only before a stop, a comma or a word that starts another part of
# the clause: "said that day would come" and "that day-care centre" are no time of the
# story's. Which night it was, a sentence before said; alone, the bullet dates nothing.
_THAT_TIME = re.compile(
    r"\bthat (?:night|day|morning|afternoon|evening|week|weekend)"
    r"(?=[,.;:!?)]|$| (?:and|as|when|while|before|after|in|at|on|near|off|outside)\b)",
    re.IGNORECASE,
)


# "there" as a place (not as "there is", "there's", "there needed to be"): opening the
# sentence before a comma ("There, farmers can find ..."), after a preposition of place
# ("from there", "in there"), or after a verb or a noun and before a preposition or the
# clause's end ("will be able to apply there for help", "got there after", "a market there
# for commuters"); never "all there", "up there", "over there", idioms of no place.
_THERE = re.compile(
    r"^\W*there\s*,|\b(?:from|in|to|at|near)\s+there\b"
    r"|\b(?P<before>[a-z]+)\s+there(?=\s*(?:[,.;:!?)]|$)|\s+(?:for|after|until|on|with|by|"
    r"since|before|during|to|from|in|at)\b)",
    re.IGNORECASE,
)
# Words after which "there" is no place of the sentence's own: what opens a clause whose
# "there" is existential, and the idioms' words; "be" itself is words.toml's forms of it
# (`passive`), joined in `_not_before_there`.
_NOT_BEFORE_THERE = frozenset(
    {
        "and",
        "but",
        "or",
        "that",
        "so",
        "if",
        "when",
        "while",
        "as",
        "because",
        "since",
        "though",
        "although",
        "where",
        "whether",
        "said",
        "says",
        "all",
        "up",
        "over",
        "out",
        "here",
        "then",
        "than",
    }
)


@cache
def _not_before_there() -> frozenset[str]:
    return _NOT_BEFORE_THERE | lexicon.words()["passive"]


# A capitalised word after the sentence's first: a name the "there" may stand for.
_NAME_BEFORE = re.compile(r"\s[A-Z][a-z]")


# A sentence that is one quotation and nothing else ('"We will believe it when the water
# runs."'): its speaker is named in the sentence before, and without it the bullet reads
# as words nobody said. (Not yet single marks, 'Mr Munden is ...': the Daily Mail opens
# every sentence of a long quote with one and closes only the last, and brief does not
# follow quotes in single marks across sentences, so a bare one pulled in the wrong
# sentence before it.)
_BARE_QUOTE = re.compile(r'^\s*[“"][^“”"]+[”"]\s*$')


# Words given to a bare pronoun ("“Journalists are the lifeblood ...,” he said."): who
# said them is named in a sentence before.
_SAID_BY_PRONOUN = re.compile(
    r",[”\"’']?\s+(?:(?:he|she|they)\s+(?:said|says|added|wrote|told\s+\S+)(?:\s+\S+){0,3}"
    r"|(?:said|says|added|wrote)\s+(?:he|she))\.$"  # not ", said he would appeal."
    # ... or set off by commas inside it: "agreed to a ceasefire at 2 p.m., she said, and
    # the committee would meet on Friday" (r42)
    r"|,\s+(?:he|she|they)\s+(?:said|says|added|told\s+\S+),\s"
)


# An object pronoun ("replaces him", "sacked them", "thanked her."): by the rules of
# English its antecedent is no subject of its own clause ("Nhantumbo replaces him" is not
# Nhantumbo), so where the sentence has one clause before it, whom it means a sentence
# before names. "her" before a noun is a possessive ("her husband"), its own subject's.
_OBJECT_PRONOUN = re.compile(
    r"\b(?:him|them|her(?=\s*(?:[.,;:!?)”\"]|$)|\s+(?:to|as|for|with|in|on|at|from|by|after"
    r"|before|over|and|but|or|because|when|while|again|too|back|out|up|down|off)\b))\b",
    re.IGNORECASE,
)
_OBJECT_PRONOUN_NEEDS = ("him", "them", "her")  # one of which it cannot match without


# What opens or joins another clause before such a pronoun, where its antecedent may be:
# "dismissed Mabote and replaced him", "said the president had sacked him", "Before the
# court sentenced him, Smith ...", "arrested a man, charging him", "asked her to help them".
_ANOTHER_CLAUSE = re.compile(
    r"[;:—–]|\s-\s|\b(?:and|but|or|nor|then|that|who|whom|whose|which|what|when|where"
    r"|while|whilst|after|before|because|since|as|if|unless|although|though|until|once|so"
    r"|to|said|says|say|told|tells|tell|asked|according|than|whether|why|how)\b"
    r"|\b(?!(?:including|during|regarding|concerning|following|excluding|morning|evening"
    r"|building|king|thing|nothing|something|anything|everything|meeting|spring|ring|wing"
    r"|ceiling|bring|sing|string|sibling|darling|viking|boxing|wedding|funding|ruling"
    r"|briefing|hearing|landing|shooting|bombing|killing|fighting|uprising|warning)\b)"
    r"[a-z]{2,}ing\b",
    re.IGNORECASE,
)


# A reporter writes in the third person: "I", "we", "my", "our" in a reporter's sentence
# are someone speaking, whose name is in another sentence ("Like the Doctor himself I
# find myself in a state of utter terror"). A subject "I" follows the start, a comma or
# a lower-case word and comes before one ("World War I veterans" is no speaker).
# Three patterns, each searched only where a plain scan finds what it must start with:
# one pattern of all of them tried its four branches at every character (20 us a
# sentence, the most costly test of a bullet; now 7 us, the same answers).
_SUBJECT_I = re.compile(r"(?:^|[,;:]\s+|\b[a-z]+\s+)I(?:\s+[a-z]|['’](?:m|ve|d|ll)\b)")


_I_GOES_ON = re.compile(r"I[\s'’]")  # what a subject "I" needs after it


_FIRST_PERSON_WORD = re.compile(r"\b(?:we|my|our|ours|myself|ourselves)\b|\b(?:me|us)\b(?!\.)")


_OPENS_CLAUSE_IN_FIRST_PERSON = re.compile(r"(?:^|[.;:]\s+)(?:We|My|Our)\b")


_CAPITAL_FIRST_PERSON = re.compile(r"We|My|Our")


# A sentence opening in the first person ("We will ...", "I think ..."): a quotation run
# on without its marks, as BBC copy does. ("We Are The World" is a title: a capital follows.)
_OPENS_IN_FIRST_PERSON = re.compile(r"^[\s\"'“‘(]*(?:I|We|My|Our|Us)(?![\w'’-])(?!\s+[A-Z])")


def speaks_in_first_person(text: str) -> bool:
    """A first-person word anywhere in the sentence (quotation marks not read: coverage
    keeps quotations out of bullets before it asks)?"""
    return (
        (_I_GOES_ON.search(text) is not None and _SUBJECT_I.search(text) is not None)
        or _FIRST_PERSON_WORD.search(text) is not None
        or (
            _CAPITAL_FIRST_PERSON.search(text) is not None
            and _OPENS_CLAUSE_IN_FIRST_PERSON.search(text) is not None
        )
    )


def opens_in_first_person(text: str) -> bool:
    """Does the sentence open as someone speaking (its speaker named before it)?"""
    return _OPENS_IN_FIRST_PERSON.match(text) is not None


# A side's silence answers the claim before it: "The RSF did not respond to a request for
# comment", "The ministry declined to comment", "could not be reached for comment".
_NO_COMMENT = re.compile(
    r"\bfor comment\b|\b(?:declined|refused|unwilling|unavailable|not available) to comment\b"
    r"|\bdid not (?:immediately )?comment\b"
)


# A transcript's turn label before its words, in capitals of any alphabet, how or by whom
# the words came in brackets: "KAVALCHUK (through interpreter): ", "QUESTION (Radio 4): ".
_TURN_LABEL = re.compile(
    r"(?P<label>[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+){0,2})(?: \([^()]{1,60}\))?:\s+(?=\S)"
)


# Asked of a digest's sentences by the ranking (`can_be_bullet`), the selection, the drafts
# and the leads (`compose.leads.points_back`): at 1,000 articles 25,449 times of 13,890
# texts, the repeats 0.14 s of CPU. The text alone settles it: kept by text.
@lru_cache(maxsize=1 << 16)
def is_dangling(text: str) -> bool:
    """Does the sentence open with a word or a time measured from one the sentence before
    told ("A year later, ...", "The next day, ...": figures.notation.anchored_time), sit
    inside a quote, quote someone the sentence before names (bare, or given to "he" or
    "she"), answer its claim with a side's silence, or give its verb an object pronoun
    whose antecedent no clause of its own can hold ("..., replaces him."), so that it
    needs that sentence? A transcript turn's label in capitals is its layout, not its
    words ("ROE: Their count is wrong."): the words after it point back as they would
    alone, to the question before (r76 F8)."""
    turn = _TURN_LABEL.match(text)
    if turn is not None and turn["label"].isupper():
        text = text[turn.end() :]
    # (the substring tests spare most sentences the patterns that search them through)
    return (
        ("comment" in text and _NO_COMMENT.search(text) is not None)
        or _DANGLING.match(text) is not None
        or _AFTER_OPENER.match(text) is not None
        or _ABOUT_THIS.match(text) is not None
        or _points_to_a_time(text)
        or anchored_time(text) is not None
        or continues_quote(text)
        or _BARE_QUOTE.match(text) is not None
        or said_by_pronoun(text)
        or _object_points_back(text)
        or _bare_aftermath(text)
        or _place_points_back(text)
    )


@lru_cache(maxsize=1 << 16)
def asks_for_an_answer(text: str) -> bool:
    """ "Readers have asked whether this means the Cedar Fire has moved south.": a main
    clause that reports a yes-or-no question, its "whether" or "if" clause running to the
    sentence's end, tells neither answer; alone, as a bullet or a lead, it spreads the
    question (r70 F9: the answer, "It has not: ...", was left out). A sentence that goes
    on past a comma may answer it ("When asked whether he would resign, he said no.")."""
    return ("whether" in text or " if " in text) and _reported_question().match(text) is not None


@cache
def _reported_question() -> re.Pattern[str]:
    verbs = lexicon.alternation(lexicon.words()["question_verbs"])
    return re.compile(
        # not a participle that opens the sentence, whose clause the answer follows
        # ("Asked if this amounted to ... Lord Rennard said it was not"), nor a request
        # ("asked for calm if", "was asked to decide if")
        r"(?!\W*(?:when\s+|if\s+|once\s+)?(?:asked|queried)\b)"
        rf"[^,;:?]*?\b(?:{verbs})\b(?:\s+(?!to\b|for\b)[\w'’-]+){{0,4}}?\s+(?:whether|if)\b"
        # and the clause gives no answer of its own ("... and officials said it had not")
        r"(?![^,;:?]*\b(?:said|says|replied|replies|answered|answers)\b)"
        r"[^,;:?]*[.!]?[\s\"'”’)]*\Z",
        re.IGNORECASE,
    )


def _place_points_back(text: str) -> bool:
    """ "Residents who lost homes will be able to apply there for help": "there" as a place
    with no name before it in the sentence stands for one the sentence before gives (r70:
    a bullet read "apply there" without the recovery centre). Not "there is", nor one
    after a name ("MPs there", with "Iran" before it), nor inside a quotation."""
    if "there" not in text.lower():
        return False
    for found in _THERE.finditer(text):
        before = found["before"]
        if quoted_at(text, found.start()) or (before and before.lower() in _not_before_there()):
            continue
        return _NAME_BEFORE.search(text, 0, found.start()) is None
    return False


def _bare_aftermath(text: str) -> bool:
    """ "Nobody was hurt.", "No one was injured, police said.": a subject that names no one
    (words.toml's indefinite_subjects) and a passive verb, with nothing of where, when or
    in what: the event it is the aftermath of is the sentence before's, and alone the
    bullet tells of nothing (r66 F13: a live blog's entry "Romania says a drone has
    crashed in a field near Galati. Nobody was hurt." had given a bullet of each)."""
    return len(text) < _AFTERMATH_CHARS and _aftermath().match(text) is not None


_AFTERMATH_CHARS = 80


@cache
def _aftermath() -> re.Pattern[str]:
    subjects = lexicon.alternation(lexicon.words()["indefinite_subjects"])
    return re.compile(
        rf"^[\s\"'“‘(]*(?:{subjects})\s+(?:was|were|(?:has|have|had)\s+been)"
        r"(?:\s+[a-z]+ly)?\s+[a-z]+"
        # an attribution after a comma: ", police said", ", the ministry says"
        r"(?:,\s+(?:[\w'’-]+\s+){1,4}(?:said|says|reported|added))?\s*[.!]?[\s\"'”’)]*$",
        re.IGNORECASE,
    )


def _object_points_back(text: str) -> bool:
    """ "Rosalina Nhantumbo, director of the Central Hospital of Sanjala, replaces him.":
    an object pronoun with one clause before it (see _OBJECT_PRONOUN), so that whom it
    means is named in a sentence before (r44: the new minister's bullet was kept without
    the sentence saying whom she replaces). Not inside a quotation, whose speaker's
    "him" is theirs."""
    if not may_hold(text, _OBJECT_PRONOUN_NEEDS):
        return False
    for found in _OBJECT_PRONOUN.finditer(text):
        if quoted_at(text, found.start()):
            continue
        if _ANOTHER_CLAUSE.search(text, 0, found.start()) is None:
            return True
    return False


def _points_to_a_time(text: str) -> bool:
    """ "... were killed that night.": a time the sentence before named (see _THAT_TIME);
    not inside a quotation, whose speaker's "that day" is theirs."""
    found = _THAT_TIME.search(text)
    return found is not None and not quoted_at(text, found.start())


def said_by_pronoun(text: str) -> bool:
    """ "“...,” he told Haaretz.": words a bare pronoun said (see _SAID_BY_PRONOUN)."""
    return "," in text and _SAID_BY_PRONOUN.search(text) is not None


def said_by_an_office(sentence: Sentence) -> bool:
    """Words given to a bare office after its article's first sentence ("..., the defence
    minister said."): who holds it, a sentence before says, and a bullet alone reads as
    another story's minister (r38: Tanzania's minister read as Congo's). An article's
    first sentence has no sentence before it: "..., the governor said." leads a wire
    story, so this is no part of `is_dangling`, which reads the text alone."""
    text = sentence.text
    return (
        sentence.index > 1
        and "," in text
        and " the " in text
        and _said_by_office().search(text) is not None
    )


def said_by_it(sentence: Sentence) -> bool:
    """Words given to "it" after its article's first sentence ("..., it said.", "It said
    38 ships were waiting ..."): a body a sentence before names, and a bullet without that
    sentence gives the words to whatever body the story's other bullets name (r77 F10: a
    waterways agency's "None of the 21 crew was hurt ..., it said." read as the salvor's,
    the agency named only in the wire's lede). A body by its bare noun ("..., the union
    said.") is left to stand: the story's headline and other bullets name it mostly, and
    a bullet of figures is lost without it. Not of an article's first sentence."""
    return sentence.index > 1 and _SAID_BY_IT.search(sentence.text) is not None


_SAID_BY_IT = re.compile(
    r",[”\"’']?\s+it\s+(?:said|says|added|told\s+\S+)(?:\s+[^\s,]+){0,5}\.$"
    r"|^It\s+(?:said|says|added|told\s+\S+)\s"
)


@cache
def _said_by_office() -> re.Pattern[str]:
    """ ", the minister said.", ", the chief economist told Reuters on Monday in Dodoma.":
    an office's head (words.toml's role_heads) after up to three of role_modifiers."""
    lists = lexicon.words()
    heads = "|".join(sorted(map(re.escape, lists["role_heads"]), key=len, reverse=True))
    modifiers = "|".join(sorted(map(re.escape, lists["role_modifiers"]), key=len, reverse=True))
    return re.compile(
        rf",[”\"’']?\s+the\s+(?:(?:{modifiers})[\s-]+){{0,3}}(?:{heads})\s+"
        r"(?:said|says|added|wrote|told\s+\S+)(?:\s+[^\s,]+){0,5}\.$"
    )


@cache
def _full_name() -> re.Pattern[str]:
    """A given name and a surname after it, perhaps after one of words.toml's particles
    ("Saeed Al Mansoori", "Khalid Al Mansoori", "Nino Beridze"); a look-ahead, so that
    "Chairman Saeed Al Mansoori" is read from each of its words."""
    particles = sorted(lexicon.words()["particles"], key=len, reverse=True)
    spelled = "|".join(
        alternative for p in particles for alternative in (re.escape(p), re.escape(p.capitalize()))
    )
    return re.compile(rf"(?=\b([A-Z][a-z]+)\s+((?:(?:{spelled})[\s-])?[A-Z][\w'’-]+))")


def shared_surnames(texts: Iterable[str]) -> frozenset[str]:
    """The surnames two people of an article bear: each after two given names a
    dictionary knows ("Saeed Al Mansoori", "Khalid Al Mansoori")."""
    from brief.extract.actors.word_knowledge import gender

    given: dict[str, set[str]] = {}
    for text in texts:
        for first, surname in _full_name().findall(text):
            if gender(first.lower()) is not None:
                given.setdefault(surname, set()).add(first)
    return frozenset(surname for surname, firsts in given.items() if len(firsts) > 1)


def names_bare(text: str, surnames: Collection[str]) -> bool:
    """Whether the text names someone by one of `surnames` alone, with no given name or
    other capitalised word before it but an honorific ("Kapitza was charged", "Mr
    Kapitza said"): of two people who bear it, a reader of the text alone cannot tell
    which is meant (compose.briefing: a timeline row is read alone, as a bullet is). A
    text that also names one of them in full shows which family it tells of and sets
    the two apart ("Roe, 52, was taken from his flat, his wife Ana Roe said"): bare
    only where it names none in full."""
    honorifics = lexicon.words()["honorifics"]
    particles = lexicon.words()["particles"]
    for surname in surnames:
        bare = full = False
        for found in re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])", text):
            before = text[: found.start()].rstrip().split()
            word = before[-1] if before else ""
            if word.lower() in particles and len(before) >= 2:
                word = before[-2]  # "Lula da Silva": the particle is the name's
            if not word[:1].isupper() or word.rstrip(".").lower() in honorifics:
                bare = True
            else:
                full = True
        if bare and not full:
            return True
    return False


def bare_surname(text: str, surnames: Collection[str]) -> bool:
    """Whether the sentence gives words to someone named by one of `surnames` alone (no
    given name or other capitalised word before it but an honorific), the surname beside
    its verb of saying ("Al Mansoori said", "said Mr Al Mansoori"): the speaker a reader
    of the bullet cannot tell. (Any bare surname was tried: it cost cnndm 0.05 ROUGE-1 for
    sentences a reader settles, "Blair" beside Cherie Blair.)"""
    speech = lexicon.words().speech
    for surname in surnames:
        for found in re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])", text):
            before = text[: found.start()].rstrip().split()
            word = before[-1] if before else ""
            bare = (
                not word[:1].isupper() or word.rstrip(".").lower() in lexicon.words()["honorifics"]
            )
            after = text[found.end() :].split()[:1]
            said = (after and after[0].strip(",.").lower() in speech) or any(
                w.strip(",").lower() in speech for w in before[-2:]
            )
            if bare and said:
                return True  # "Mr Al Mansoori" is either
    return False
