"""People the text names by one word only ("Parry", "Edu"): what marks them as people.

A one-word name has no given name to vouch for it, and most one-word capitals in news
are places, clubs, firms and bands ("Arsenal said", "Chelsea said"). So a one-word name
is a person's only when the text marks it as English marks a person, and nothing in the
same source marks it as a body:

* a noun that names a person's trade or office right before it, singular, not after
  "at" or a verb ("Brazilian midfielder Edu", "coach Wenger"; not "at analyst Gartner",
  "will captain Wales", "champions Chelsea");
* an age after its comma ("Edu, 26,") or an apposition headed by such a noun
  ("Parry, the Liverpool chief executive,"), or standing as the apposition of a kinship
  noun ("Dedi's wife, Sumiati,");
* "X joined Liverpool as chief executive": taking a post "as" such a noun;
* a speech verb whose subject it is, when the next sentence goes on with "He" or "She"
  and no other person stands in between ("Parry explained. He said ...").

Against: an article before it ("the Arsenal"), a business's or a place's cue, a word
Punkt saw in lower case (the same test as `word_knowledge.common_word`: already loaded, where
wordfreq would cost half a second to load), "in a statement", "it"/"they" going on
after it, or being a word of a longer name in the same source ("Real" of "Real
Madrid"): those go on being read by the rules for full names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from brief.extract.actors.called_by_name import called_by_name
from brief.extract.actors.names import Name, Token, peoples_plural, superlative_before, tokens
from brief.extract.actors.names.sentence_tokens import base_of
from brief.extract.actors.roles import (
    adjective_not_rank,
    described_apposition,
    described_before,
)
from brief.extract.actors.word_knowledge import agent_noun, common_word, person_nouns
from brief.extract.lexicon import joined, kin_genders, words
from brief.models import Mention, Sentence

Found = tuple[int, Sentence, Name]


# (word, source) -> the role the text gives (None: marked by speech alone)
class Cue(NamedTuple):
    """A role a source gives a one-word name, and the sentence that gives it."""

    role: str
    at: Mention


Marked = dict[tuple[str, int], Cue | None]

_BREAKS = frozenset({",", ".", ";", ":", "(", ")", "“", "”", '"'})


def marked(found: list[Found], sentences: Sequence[Sentence]) -> Marked:
    """The one-word names each source marks as a person's, with their role."""
    candidates = _candidates(found)
    if not candidates:
        return {}
    positions = {(s.source, s.index): k for k, s in enumerate(sentences)}
    cues: Marked = {}
    against: set[tuple[str, int]] = set()
    others = _OthersNamed(found)
    read: dict[int, list[Token]] = {}  # each sentence tokenised once, and only if needed
    for order, sentence, name in found:
        key = (name.text, sentence.source)
        if key not in candidates or name.headline or not _may_be_marked(sentence.text, name.text):
            continue
        toks = read.get(order)
        if toks is None:
            toks = read[order] = tokens(sentence.text)
        for at in _positions(toks, name.text):
            if _body_marks(toks, at):
                against.add(key)
            role = _role_cue(sentence.text, toks, at)
            if role is not None:
                cues[key] = cues.get(key) or Cue(role, Mention(sentence.source, sentence.index))
            elif _subject_of_speech(toks, at) and not others(order, name.text):
                following = _next_sentence(sentences, positions, sentence)
                if following is not None and _goes_on_as_a_person(following.text):
                    cues.setdefault(key, None)
    return {key: role for key, role in cues.items() if key not in against}


_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)")


def _may_be_marked(text: str, word: str) -> bool:
    """A look at the characters around the word before the sentence is tokenised: most
    one-word names stand with no lower-case word right before them, no comma right after,
    and no verb (a speech verb, a past tense) or "said" beside them."""
    w = words()
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[:start].rstrip()
        if before[-1:].islower() or text[end : end + 1] == ",":
            return True  # a person's noun, an inverting verb; an age or an apposition
        following = _NEXT_WORD_RE.match(
            text, end + 2 if text[end : end + 2] in {"'s", "’s"} else end
        )
        if following is not None:
            verb = following.group(1)
            if verb in w.speech or verb.endswith("ed"):
                return True
        start = text.find(word, end)
    return False


def _candidates(found: list[Found]) -> set[tuple[str, int]]:
    """(word, source) of one-word names that may be someone's: not a common word, and
    never seen with an article, as a thing or a business, or inside a longer name."""
    single: set[tuple[str, int]] = set()
    excluded: set[tuple[str, int]] = set()
    for _, sentence, name in found:
        source = sentence.source
        if len(name.tokens) >= 2:
            excluded.update((token, source) for token in name.tokens)
            continue
        key = (name.text, source)
        if name.person or name.article or name.thing or name.company:
            excluded.add(key)
        elif _may_be_a_name(name.text):
            single.add(key)
    return single - excluded


def _may_be_a_name(word: str) -> bool:
    """A word Punkt never saw in lower case, with a name's capitals: not "MSPs"."""
    return word.isalpha() and not word[:2].isupper() and not common_word(word)


def _subject_of_speech(toks: list[Token], at: int) -> bool:
    """ "Parry explained", "Edu said:", or the inverted "..., said Hassel." at a clause's
    end; not "told MSPs." (an object) nor "said Veritas would" (a reported subject)."""
    speech = words().speech
    after = toks[at + 1] if at + 1 < len(toks) else None
    if after is not None and after.base in speech and not toks[at].possessive:
        return True
    if at == 0 or toks[at - 1].base not in words()["inverting"]:
        return False
    return after is None or after.text in _BREAKS


class _OthersNamed:
    """Whether a sentence (by order) names someone else than a one-word name it holds:
    there a "He" that follows may be theirs. Asked only of the one-word names that speak,
    so the sentences' names are gathered on the first question, not before (at 25,000
    sentences, gathering them for every one-word name cost 2% of the tallies)."""

    def __init__(self, found: list[Found]) -> None:
        self.found = found
        self.named: dict[int, list[Name]] | None = None

    def __call__(self, order: int, word: str) -> bool:
        if self.named is None:
            self.named = {}
            for at, _, name in self.found:
                self.named.setdefault(at, []).append(name)
        names = self.named.get(order, [])
        others = {n.text for n in names if n.person or len(n.tokens) >= 2} - {word}
        return bool(others) and any(n.text == word and len(n.tokens) == 1 for n in names)


def _positions(toks: list[Token], word: str) -> list[int]:
    """Where the one-word run stands: the word, alone between non-name tokens (a
    capital that opens the sentence, "And Edu", is no name's)."""
    low = word.lower()
    return [
        k
        for k, tok in enumerate(toks)
        if tok.base == low
        and tok.text.startswith(word)
        and not (k + 1 < len(toks) and toks[k + 1].text[:1].isupper() and not tok.possessive)
        and not (
            k > 1
            and toks[k - 1].text[:1].isupper()
            and toks[k - 1].base not in words()["articles"]
            and not peoples_plural(toks[k - 1].text)  # "the victims were Indonesians Sutrisno"
        )
    ]


def _role_cue(text: str, toks: list[Token], at: int) -> str | None:
    """The person's noun, age or apposition that marks the word at `at` as a person's."""
    nouns = person_nouns()
    opening = at == 1 or (at >= 2 and toks[at - 2].text in {"“", '"', "("})
    noun = at >= 1 and toks[at - 1].base in nouns and not adjective_not_rank(toks, at - 1)
    if noun and (toks[at - 1].text.islower() or opening):
        before = toks[at - 2].base if at >= 2 else ""
        attributive = at + 1 < len(toks) and _a_person_noun(toks[at + 1])
        owner = _title_of_another(toks, at - 1)
        plain = not (toks[at - 1].possessive or attributive or owner)
        if superlative_before(toks, at - 1):
            plain = False  # "a best new artist Grammy": a category, and what it names
        if before not in words()["not_before_a_role"] and plain:
            # "compatriot Bekele": a person, but no office or job to show as a role
            return "" if toks[at - 1].base in words()["not_offices"] else toks[at - 1].text
    if toks[at].possessive:
        return None
    named = called_by_name(toks, at)
    if named is not None:  # "a woman named Thida", "gave his name only as Kofi"
        # "a man surnamed Fung, the owner of the flat,": named a person, any description
        # after is theirs
        described = described_apposition(text, toks, at + 1)
        return named or _described_before_who(text, toks, at) or described or ""
    after = toks[at + 1 :]
    titled = _title_before_comma(text, toks, at)
    if titled is not None:
        return titled  # "the ministry's director general, X,", "Dedi's wife, Sumiati,"
    kin = at >= 2 and toks[at - 1].text == "," and toks[at - 2].base in kin_genders()
    if kin and after and after[0].text == ",":
        return ""  # "her wife, Grace,": kin, whose the text does not name
    if len(after) >= 3 and after[0].text == "," and not _home_of_a_name(toks, at):
        if after[1].text.isdigit() and int(after[1].text) <= 120:
            closed = after[2].text in {",", ")", ".", ";"}
            return "" if closed else None
        return _apposed_role(text, after[1:])
    return _taken_post(text, after)


def _title_before_comma(text: str, toks: list[Token], at: int) -> str | None:
    """ "the ministry's director general of mineral and coal, Suharyanto, told": a
    description set off before the word by a comma, whose head is a person's noun
    ("its partner, Nissan," names a body: "partner" may be a body's), and whose last
    word is no name ("a pastor at the Reformation Church of Elizabeth, Colorado,")."""
    if at < 3 or toks[at - 1].text != "," or not toks[at - 2].text.islower():
        return None  # "the mayor of Oakland, California,": a place and its state
    role = described_before(text, toks, at, at + 1)
    if role is None:
        return None
    words_of = role.lower().split()
    prepositions = words()["role_prepositions"]
    ending = next((k for k, word in enumerate(words_of) if k and word in prepositions), None)
    head = base_of(words_of[(ending or len(words_of)) - 1])
    return role if head in person_nouns() or head in kin_genders() else None


def _described_before_who(text: str, toks: list[Token], at: int) -> str | None:
    """ "A worker on the plant's assembly line, who gave only her first name, Olga,": the
    one a relative clause calls by the word is the noun phrase "who" follows, and its
    role that phrase's, read as an apposition is (see _apposed_role)."""
    who = next((k for k in range(at - 1, max(at - 9, 0), -1) if toks[k].base == "who"), None)
    if who is None:
        return None
    end = who - 1 if toks[who - 1].text == "," else who
    opening = None  # the phrase's first article, back to a break or the sentence's start
    for k in range(end - 1, max(end - 12, -1), -1):
        if toks[k].text in _BREAKS:
            break
        if toks[k].base in words()["articles"]:
            opening = k
    if opening is None:
        return None
    return _apposed_role(text, [*toks[opening:end], toks[who]])


def _home_of_a_name(toks: list[Token], at: int) -> bool:
    """ "Sen. Jeff Merkley of Oregon, the only senator ...", "Misha Shah, 32, of Chicago,
    an account executive": "of" or "from" after a name gives where that person is from,
    and the apposition after the place is theirs."""
    if at < 2 or toks[at - 1].base not in {"of", "from"}:
        return False
    before = toks[at - 2].text
    return before == "," or before[:1].isupper()


def _title_of_another(toks: list[Token], noun: int) -> bool:
    """ "said Dinesh Keskar, senior vice president Boeing": the title is the apposition
    of a name before its comma, and the word after it is where they work."""
    k = noun - 1
    while k >= 0 and toks[k].text.islower() and noun - k <= 4:
        k -= 1
    return k >= 1 and toks[k].text == "," and toks[k - 1].text[:1].isupper()


def _a_person_noun(tok: Token) -> bool:
    """ "strategist" of "chief Asian strategist", "players" of "major England players":
    a person's noun after the word, which then modifies it."""
    base = tok.base
    nouns = person_nouns() | joined("role_heads", "role_modifiers")
    return tok.text.islower() and (base in nouns or (base[-1:] == "s" and base[:-1] in nouns))


def _apposed_role(text: str, phrase: list[Token]) -> str | None:
    """ "the Liverpool chief executive," -> "the Liverpool chief executive": an
    apposition that opens with an article and whose head, among its first eight words,
    is a person's noun (see _person_head), closed by a comma or a full stop. What follows
    the head only places the person ("a 34-year-old worker at a seafood plant in Samut
    Sakhon"): a preposition's phrase, with initials in brackets ("(BNPB)"), up to the
    comma, or up to "who", the relative English keeps for people ("a welder who lives
    ..."). The phrase must still close before a verb."""
    if not phrase or phrase[0].base not in words()["articles"]:
        return None
    head: int | None = None
    k = 1
    while k < min(len(phrase), _APPOSITION_REACH):
        tok = phrase[k]
        if head is None and (tok.text in {",", "."} or tok.base in _AFTER_A_HEAD):
            if k > _HEAD_REACH or not _person_head(phrase, k - 1):
                return None
            head = k - 1
        if tok.text in {",", "."} or (head is not None and tok.base == "who"):
            return _role_words(text, phrase, head, k) if head is not None else None
        if tok.text == "(" and head is not None:
            k = _past_brackets(phrase, k)  # "at the agency (BNPB),": its initials
            continue
        if tok.text in _BREAKS or tok.base in {"who", "which", "said", "is", "was"}:
            return None  # "MailOnline, a spokesman for WME was unavailable": a clause
        if head is not None and tok.text.islower() and _finite_verb(tok.base):
            return None  # "..., a lawyer for the family confirmed": the clause's subject
        k += 1
    return None


def _role_words(text: str, phrase: list[Token], head: int, close: int) -> str:
    """The apposition's words from after its article to its close, as the roles of full
    names are given ("metals analyst at BRI Danareksa Sekuritas"), less an age that
    opens it ("a 34-year-old Myanmar worker": the age is no part of a role)."""
    first = 1
    if head > 3 and _aged(phrase, 1):
        first = 4  # "34", "-", "year-old"
    return text[phrase[first].start : phrase[close - 1].end]


def _aged(phrase: list[Token], at: int) -> bool:
    """ "34-year-old" at `at`, as the tokens write it: "34", "-", "year-old"."""
    return (
        at + 2 < len(phrase)
        and phrase[at].text.isdigit()
        and phrase[at + 1].text == "-"
        and phrase[at + 2].base in {"year-old", "years-old"}
    )


_HEAD_REACH = 8  # words from the article to an apposition's head
_APPOSITION_REACH = 20  # tokens from the article to the apposition's close
# what may follow an apposition's head: a preposition's phrase, or "who" (not "which")
_AFTER_A_HEAD = frozenset(
    {"of", "in", "on", "at", "for", "from", "near", "to", "with", "by", "who"}
)


def _person_head(phrase: list[Token], at: int) -> bool:
    """Whether the word at `at`, before a preposition, "who" or the close, heads the
    apposition as a person's noun: one that names one person and never a body; one
    that may name a body too ("analyst", "trader") where "at" a place follows it, which
    is where one works; or a noun by its ending ("welder", "volunteer") where "who"
    marks the phrase as a person's ("a welder who lives ..."; not "a 3-year-old golden
    retriever,", a dog, nor "the energy regulator,")."""
    noun = phrase[at]
    if at < 1 or not noun.text.islower():
        return False
    if noun.base in person_nouns():
        return True
    after = phrase[at + 1].base if at + 1 < len(phrase) else ""
    if noun.base in words()["also_bodies"]:
        return after == "at"
    if not agent_noun(noun.base) or noun.base in joined("trade_nouns", "company_nouns"):
        return False
    return any(tok.base == "who" for tok in phrase[at + 1 : _APPOSITION_REACH])


def _past_brackets(phrase: list[Token], opening: int) -> int:
    """The index after the ")" that closes the bracket at `opening` within four words,
    or the end of the phrase (no apposition closes there)."""
    for k in range(opening + 1, min(opening + 6, len(phrase))):
        if phrase[k].text == ")":
            return k + 1
    return len(phrase)


def _finite_verb(base: str) -> bool:
    """A verb of speech or a past form ("declined", "confirmed"), which no apposition's
    words after its head are."""
    return base in words().speech or base.endswith("ed") or base in words().irregular


def _taken_post(text: str, after: list[Token]) -> str | None:
    """ "joined Liverpool as chief executive": "as" and a person's noun in the same
    clause, after a verb in the past (the post the person took); not "as scrum-half
    Dimitri Yachvili", a title before another name."""
    if not after or not after[0].text.islower() or not after[0].base.endswith("ed"):
        return None
    for k in range(1, min(len(after), 8)):
        tok = after[k]
        if tok.text in _BREAKS or tok.base in {"him", "her", "them", "it"}:
            return None
        if tok.base == "as":
            return _post(text, after[k + 1 : k + 5])
    return None


def _post(text: str, words_after_as: list[Token]) -> str | None:
    """The post after "as": up to four words that end in a person's noun, then a break
    or a preposition ("as chief executive in July", "as coach.")."""
    for m, word in enumerate(words_after_as):
        if word.text in _BREAKS or word.base in words()["post_ends"]:
            return None
        following = words_after_as[m + 1] if m + 1 < len(words_after_as) else None
        ends = (
            following is None or following.text in _BREAKS or following.base in words()["post_ends"]
        )
        if ends and word.text.islower() and word.base in person_nouns():
            if superlative_before(words_after_as, m) or word.base in words()["not_offices"]:
                return ""  # "singled out as the biggest star": a judgement, no post
            return text[words_after_as[0].start : word.end]
    return None


def _body_marks(toks: list[Token], at: int) -> bool:
    """What only a body does: "X said in a statement", "X, which", "X said it/they"."""
    after = [t.base for t in toks[at + 1 : at + 5]]
    if after[:1] == ["which"] or after[:2] == [",", "which"]:
        return True
    if len(after) >= 2 and after[0] in words().speech:
        if after[1] in words()["body_pronouns"]:
            return True
        if after[1:4] == ["in", "a", "statement"]:
            return True
    return False


def _next_sentence(
    sentences: Sequence[Sentence], positions: dict[tuple[int, int], int], sentence: Sentence
) -> Sentence | None:
    k = positions.get((sentence.source, sentence.index))
    if k is None or k + 1 >= len(sentences):
        return None
    following = sentences[k + 1]
    return following if following.source == sentence.source else None


def _goes_on_as_a_person(text: str) -> bool:
    """The next sentence's subject is "He" or "She" ("He told BBC Five Live:", "And she
    added")."""
    first = text.split(None, 2)
    if not first:
        return False
    opener = first[0].lower().strip("“\"'")
    if opener in {"and", "but", "yet", "so"} and len(first) >= 2:
        opener = first[1].lower()
    return opener in words()["person_pronouns"]
