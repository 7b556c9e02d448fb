"""People the text names by one word only ("Parry", "Edu"): what marks them as people.

A one-word name has no given name to vouch for it, and most one-word capitals in news
are places, clubs, firms and bands ("Arsenal said", "Chelsea said"). So a one-word name
is a person's only when the text marks it as English marks a person, and nothing in the
same source marks it as a body:

* a noun that names a person's trade or office right before it, singular, not after
  "at" or a verb ("Brazilian midfielder Edu", "coach Wenger"; not "at analyst Gartner",
  "will captain Wales", "champions Chelsea");
* an age after its comma ("Edu, 26,") or an apposition headed by such a noun
  ("Parry, the Liverpool chief executive,", "Soe, a 34-year-old worker at a seafood
  plant in Samut Sakhon who ..."), or standing as the apposition of a description so
  headed or of a kinship noun ("the ministry's director general, Suharyanto,", "Dedi's
  wife, Sumiati,");
* the text calling it a name ("a woman named Thida", "who gave only her first name,
  Olga,": see called_by_name);
* "X joined Liverpool as chief executive": taking a post "as" such a noun;
* a speech verb whose subject it is, when the next sentence goes on with "He" or "She"
  and no other person stands in between ("Parry explained. He said ...").

The cues of one mention, and the role each gives, are read by mononym_roles; here they
are weighed over a source.

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

from brief.extract.actors.called_by_name import called_by_name, withholds_the_rest, word_ends
from brief.extract.actors.marks import QUOTED_BREAKS
from brief.extract.actors.mononym_roles import role_cue
from brief.extract.actors.names import Name, Token, peoples_plural, tokens
from brief.extract.actors.word_knowledge import common_word, demonym
from brief.extract.lexicon import kin_genders, words
from brief.models import Mention, Sentence

Found = tuple[int, Sentence, Name]


# (word, source) -> the role the text gives (None: marked by speech alone)
class Cue(NamedTuple):
    """A role a source gives a one-word name, and the sentence that gives it."""

    role: str
    at: Mention


Marked = dict[tuple[str, int], Cue | None]


def marked(
    found: list[Found], sentences: Sequence[Sentence], kept_apart: set[tuple[str, int]]
) -> Marked:
    """The one-word names each source marks as a person's, with their role. `kept_apart`:
    `apart(found)`, which the tallies read too."""
    candidates = _candidates(found, kept_apart)
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
            role = role_cue(sentence.text, toks, at)
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
    no verb (a speech verb, a past tense) or "said" beside them, and open no list after
    a comma."""
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
            if verb in w.speech or verb.endswith("ed") or verb == "and" and before[-1:] == ",":
                return True  # (", Jim and Michael": a list a noun's apposition may give)
            if verb in kin_genders() and text[end : end + 1] in {"'", "’"}:
                return True  # "Osaze's mother, Mrs. Efe Osazuwa,"
        start = text.find(word, end)
    return False


def _candidates(found: list[Found], kept_apart: set[tuple[str, int]]) -> set[tuple[str, int]]:
    """(word, source) of one-word names that may be someone's: not a common word, and
    never seen with an article, as a thing or a business, or inside a longer name
    (unless the text keeps it apart from that name: `apart`)."""
    single: set[tuple[str, int]] = set()
    excluded: set[tuple[str, int]] = set()
    inside: set[tuple[str, int]] = set()  # words of longer names
    for _, sentence, name in found:
        source = sentence.source
        if len(name.tokens) >= 2:
            inside.update((token, source) for token in _words_of_another_name(name))
            continue
        key = (name.text, source)
        if name.person or name.article or name.thing or name.company:
            excluded.add(key)
        elif _may_be_a_name(name.text) or _called_a_name(sentence.text, name.text):
            single.add(key)
    return single - excluded - (inside - kept_apart)


def apart(found: list[Found]) -> set[tuple[str, int]]:
    """(word, source) of one-word names the text keeps apart from any full name that holds
    the word: one it says gives no more of the name ("Samir, a student who declined to
    give his surname"; see withholds_the_rest), or one it later follows with "Another"
    ("Another Samir, the youth worker Samir Belkacem"): the writer's own word that the
    one named so before is someone else. Where the text gives a full name that opens
    with the word and says no "Another", the withholding is not taken: the whole name
    is given, so the clause is of someone else or of nobody the name hides."""
    out: set[tuple[str, int]] = set()
    another = {
        (name.text, sentence.source)
        for _, sentence, name in found
        if len(name.tokens) == 1
        # (a plain search first: a pattern compiled for every one-word name crowded re's
        # cache and cost a twelfth of the actors' time)
        and f"nother {name.text}" in sentence.text
        and re.search(rf"\b[Aa]nother {re.escape(name.text)}\b", sentence.text)
    }
    # a full name that opens with the word, and no "Another" for it: the text gave that
    # person's whole name, so a clause withholding "the rest" is not said of them
    opened = {
        (name.tokens[0], sentence.source) for _, sentence, name in found if len(name.tokens) >= 2
    }
    for _, sentence, name in found:
        if len(name.tokens) != 1:
            continue
        key = (name.text, sentence.source)
        if key in another or (key not in opened and withholds_the_rest(sentence.text, name.text)):
            out.add(key)
    return out


_NAMING = r"\b(?:(?:sur)?named|called|known|identified|name)\b"
_NAMING_RE = re.compile(rf"{_NAMING}\W+(?:only\W+)?(?:as\W+)?$")
# (the naming word sought once in the sentence, before a pattern is made for the word
# and the text before each of its places is searched: of the 4,117 words asked on the
# 1,000-article inbox, 100 are in a sentence with one: 0.06 -> 0.02 s of CPU)
_NAMING_WORD_RE = re.compile(_NAMING)


def _called_a_name(text: str, word: str) -> bool:
    """A word English also has in lower case ("Mere", "Hope") that the text itself calls
    someone's name ("who gave only her first name, Mere,"; see called_by_name): the
    phrase says what the capital cannot."""
    if _NAMING_WORD_RE.search(text) is None:
        return False
    for end in word_ends(text, word):  # (a plain search: no pattern made for each word)
        start = end - len(word)
        if not _NAMING_RE.search(text, 0, start):
            continue
        toks = tokens(text)
        at = next((k for k, tok in enumerate(toks) if tok.start == start), None)
        if at is not None and called_by_name(toks, at) is not None:
            return True
    return False


def _words_of_another_name(name: Name) -> tuple[str, ...]:
    """The words of a longer name that are that name's, not someone's alone: all of them
    ("Real" of "Real Madrid"), but the first of a firm's named after someone, a word and
    a company's suffix ("Salim" of "Salim Group": a union leader of that name is no
    relation)."""
    suffixes = words()["company_suffixes"]
    if len(name.tokens) == 2 and name.tokens[1].lower() in suffixes:
        return name.tokens[1:]
    return name.tokens


def _may_be_a_name(word: str) -> bool:
    """A word Punkt never saw in lower case, with a name's capitals: not "MSPs"."""
    return word.isalpha() and not word[:2].isupper() and not common_word(word)


def _subject_of_speech(toks: list[Token], at: int) -> bool:
    """ "Parry explained", "Edu said:", or the inverted "..., said Hassel." at a clause's
    end; not "told MSPs." (an object), "said Veritas would" (a reported subject) nor
    "Gearbox warning," (a participle: no clause)."""
    speech = words().speech
    after = toks[at + 1] if at + 1 < len(toks) else None
    if after is not None and after.base in speech and not toks[at].possessive:
        # a participle is no clause's verb: "Gearbox warning, putting down" names a thing
        return not after.base.endswith("ing")
    if at == 0 or toks[at - 1].base not in words()["inverting"]:
        return False
    return after is None or after.text in QUOTED_BREAKS


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
            and not demonym(toks[k - 1].text)  # "Kurdish Iraqi Karwan (27)": where one is from
        )
    ]


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
