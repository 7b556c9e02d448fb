"""What around a one-word name marks it as a person's, and the role it gives them.

mononyms decides which one-word names are people's over a whole source; this module
reads one mention at a time: a person's noun right before the word ("coach Wenger"),
an age or an apposition after it ("Edu, 26,", "Soe, a worker at a seafood plant who
..."), a description or a kinship noun set off before it ("the ministry's director
general, Suharyanto,"), the text calling it a name ("a woman named Thida": see
called_by_name), or a post taken "as" ("joined Rovers as chief executive"). Each gives
the role the brief shows ("" for a person with no office: "compatriot Bekele"), or
None where it marks nothing.
"""

from __future__ import annotations

from brief.extract.actors.called_by_name import called_by_name
from brief.extract.actors.marks import QUOTED_BREAKS
from brief.extract.actors.names import Token, superlative_before
from brief.extract.actors.names.sentence_tokens import base_of
from brief.extract.actors.roles import (
    adjective_not_rank,
    described_apposition,
    described_before,
)
from brief.extract.actors.roles.apposition_bounds import ends_an_opening_adjunct
from brief.extract.actors.roles.noun_phrases import head_index
from brief.extract.actors.word_knowledge import agent_noun, person_nouns
from brief.extract.lexicon import joined, kin_genders, words


def role_cue(text: str, toks: list[Token], at: int) -> str | None:
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
        # "Osaze's mother, Mrs. Efe Osazuwa,": only a person has a mother or a wife set
        # beside her name ("the firm's sister company" is a body's, a noun after the kin)
        return "" if _kin_apposed(toks, at + 1) else None
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
        return ""  # "Her granddaughter, Kaylee,": kin no description list holds
    if _listed_kin(toks, at):
        return ""  # "by her brothers, Jim and Michael."
    if _bracketed_age(after):
        return ""  # "Karwan (27) told us": an age in brackets, as the tabloids give it
    if _kin_owned_by_whose(after):
        return ""  # "Dilan, whose 15-year-old brother drowned": only a person has a brother
    if ends_an_opening_adjunct(toks, at + 1):
        return None  # "Speaking in Rutooro and English, the candidate, ...": the subject
    if len(after) >= 3 and after[0].text == "," and not _home_of_a_name(toks, at):
        if after[1].text.isdigit() and int(after[1].text) <= 120:
            closed = after[2].text in {",", ")", ".", ";"}
            if closed and after[2].text == ",":
                return _apposed_role(text, after[3:]) or ""  # "Samir, 19, a student who"
            return "" if closed else None
        if at == 0 and after[1].base == "who" and _speaks_after_clause(after):
            return ""  # the sentence's subject: not "an actor in Dallas, who runs ..."
        return _apposed_role(text, after[1:])
    return _taken_post(text, after)


def _bracketed_age(after: list[Token]) -> bool:
    """ "(27)" right after the word: a person's age."""
    return (
        len(after) >= 3
        and after[0].text == "("
        and after[2].text == ")"
        and after[1].text.isdigit()
        and int(after[1].text) <= 120
    )


def _kin_owned_by_whose(after: list[Token]) -> bool:
    """ ", whose (15-year-old) brother": a relative "whose" and a kinship noun within the
    next few words, before any break."""
    if len(after) < 3 or after[0].text != "," or after[1].base != "whose":
        return False
    for tok in after[2:7]:
        if tok.base in kin_genders():
            return True
        if tok.text in QUOTED_BREAKS:
            return False
    return False


def _kin_apposed(toks: list[Token], at: int) -> bool:
    """A kinship noun at `at` that a comma and a name follow ("mother, Mrs. Efe")."""
    return (
        at + 2 < len(toks)
        and toks[at].base in kin_genders()
        and toks[at + 1].text == ","
        and toks[at + 2].text[:1].isupper()
    )


def _speaks_after_clause(after: list[Token]) -> bool:
    """ "Salim, who heads the union's branch (FSPMI), said": a relative "who" clause
    closed by a comma, then a speech verb (English's relative of people, and a person's
    verb; "Chelsea, who lead the league," seldom says)."""
    for k in range(2, min(len(after) - 1, 30)):
        if after[k].text == ",":
            return after[k + 1].base in words().speech
        if after[k].text in {".", ";", ":", "“", "”", '"'}:
            return False
    return False


def _listed_kin(toks: list[Token], at: int) -> bool:
    """ "predeceased by her brothers, Jim and Michael.": the word is one of the one-word
    names, joined by commas and "and", that a plural kinship noun's apposition lists."""
    k = at
    while k >= 2 and toks[k - 1].base in {",", "and"} and toks[k - 2].text[:1].isupper():
        k -= 2  # back over "Jim and", "Ali,"
    if k < 2 or toks[k - 1].text != ",":
        return False
    noun = toks[k - 2].base
    end = at + 1
    while (
        end + 1 < len(toks) and toks[end].base in {",", "and"} and toks[end + 1].text[:1].isupper()
    ):
        end += 2  # on to the list's end, past "and Michael"
    listed = any(tok.base == "and" for tok in toks[k:end])
    closed = end >= len(toks) or toks[end].text in {".", ",", ";"}
    return listed and closed and noun.endswith("s") and noun[:-1] in kin_genders()


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
    if head not in person_nouns() and head not in kin_genders():
        # a participle's phrase after the head ("a young graduate holding a master's
        # degree in geology, Aymen,"): the head stands before the participle
        start = text.rfind(role, 0, toks[at - 1].start)
        phrase = [tok for tok in toks[: at - 1] if tok.start >= start]
        head = phrase[head_index(phrase)].base if phrase else ""
    return role if head in person_nouns() or head in kin_genders() else None


def _described_before_who(text: str, toks: list[Token], at: int) -> str | None:
    """ "A worker on the plant's assembly line, who gave only her first name, Olga,": the
    one a relative clause calls by the word is the noun phrase "who" follows, and its
    role that phrase's, read as an apposition is (see _apposed_role)."""
    who = next((k for k in range(at - 1, max(at - 9, 0), -1) if toks[k].base == "who"), None)
    if who is None:
        return None
    end = who - 1 if toks[who - 1].text == "," else who
    # the phrase's first article, back to a break or the sentence's start; or its "one"
    # or possessive ("One mother in Pampanga, who gave her name only as Joy,", "His
    # daughter, who asked to be identified only as Kerry,")
    openers = joined("articles", "possessives", "phrase_opening_numerals")
    found = []
    for k in range(end - 1, max(end - 12, -1), -1):
        if toks[k].text in QUOTED_BREAKS:
            break
        if toks[k].base in openers:
            found.append(k)
    # the farthest that opens one noun phrase: an article or possessive inside it, up to
    # a relative clause of its own ("A vendor who witnessed the attack, who ..."), opens a
    # preposition's object ("A worker on the plant's line"), never a verb's ("The boy
    # told his mother, who ...": his mother is the one named, not "boy told his mother")
    inner = joined("role_prepositions", "name_prepositions")
    relatives = words()["person_relatives"]
    for opening in reversed(found):
        clause = next((k for k in range(opening, end) if toks[k].base in relatives), end)
        if all(toks[k - 1].base in inner for k in found if opening < k < clause):
            return _apposed_role(text, [*toks[opening:end], toks[who]], openers)
    return None


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


def _apposed_role(
    text: str, phrase: list[Token], openers: frozenset[str] | None = None
) -> str | None:
    """ "the Liverpool chief executive," -> "the Liverpool chief executive": an
    apposition that opens with an article (or one of `openers`) and whose head, among its
    first eight words, is a person's noun (see _person_head), closed by a comma or a full
    stop. What follows the head only places the person ("a 34-year-old worker at a
    seafood plant in Samut Sakhon"): a preposition's phrase, with initials in brackets
    ("(BNPB)"), up to the comma, or up to "who" or "whose" after a person's noun ("a
    welder who lives ...", "a driver whose son ..."). The phrase must still close before
    a verb."""
    if not phrase or phrase[0].base not in (openers or words()["articles"]):
        return None
    head: int | None = None
    k = 1
    while k < min(len(phrase), _APPOSITION_REACH):
        tok = phrase[k]
        if head is None and (tok.text in {",", "."} or _after_a_head(tok)):
            if k > _HEAD_REACH or not _person_head(phrase, k - 1):
                return None
            head = k - 1
        if tok.text in {",", "."} or (head is not None and tok.base in words()["person_relatives"]):
            if head is not None and _aged_noun(phrase, head):
                return ""  # "a 17-year-old from Guinea": an age, no office or trade
            return _role_words(text, phrase, head, k) if head is not None else None
        if tok.text == "(" and head is not None:
            k = _past_brackets(phrase, k)  # "at the agency (BNPB),": its initials
            continue
        if tok.text in QUOTED_BREAKS or tok.base in {"who", "which", "said", "is", "was"}:
            return None  # "MailOnline, a spokesman for WME was unavailable": a clause
        if head is not None and tok.text.islower() and _finite_verb(tok.base):
            return None  # "..., a lawyer for the family confirmed": the clause's subject
        k += 1
    return None


def _after_a_head(tok: Token) -> bool:
    """What may follow an apposition's head: a preposition's phrase, or "who" or
    "whose" (not "which"): "a taxi driver whose daughter was ill"."""
    return tok.base in words()["person_relatives"] or tok.base in joined(
        "role_prepositions", "name_prepositions"
    )


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


def _aged_noun(phrase: list[Token], at: int) -> bool:
    """ "year-old" at `at` standing as the head itself ("a 17-year-old from Guinea")."""
    return at >= 2 and phrase[at].base in {"year-old", "years-old"} and _aged(phrase, at - 2)


_HEAD_REACH = 8  # words from the article to an apposition's head
_APPOSITION_REACH = 20  # tokens from the article to the apposition's close


def _person_head(phrase: list[Token], at: int) -> bool:
    """Whether the word at `at`, before a preposition, "who" or the close, heads the
    apposition as a person's noun: one that names one person and never a body; one
    that may name a body too ("analyst", "trader") where "at" a place follows it, which
    is where one works; or a noun by its ending ("welder", "volunteer") where "who"
    marks the phrase as a person's ("a welder who lives ...") or a body's name follows
    "at" or "with" ("a volunteer with the Indonesian Red Cross"): where one works or
    serves (not "a 3-year-old golden retriever,", a dog, nor "the energy regulator,")."""
    noun = phrase[at]
    if at < 1 or not noun.text.islower():
        return False
    if noun.base in person_nouns():
        return True
    if _aged_noun(phrase, at):
        # "a 17-year-old from Guinea who ...": an age standing as the noun is a person's
        # where "who" or where they come "from" follows (not "a 3-year-old," a colt)
        following = [tok.base for tok in phrase[at + 1 : _APPOSITION_REACH]]
        return "who" in following or following[:1] == ["from"]
    after = phrase[at + 1].base if at + 1 < len(phrase) else ""
    if noun.base in words()["also_bodies"]:
        return after == "at"
    if not agent_noun(noun.base) or noun.base in joined("trade_nouns", "company_nouns"):
        return False
    return _serves_a_body(phrase, at) or any(
        tok.base == "who" for tok in phrase[at + 1 : _APPOSITION_REACH]
    )


def _serves_a_body(phrase: list[Token], noun: int) -> bool:
    """ "volunteer with the Indonesian Red Cross", "adviser at Fitch": "at" or "with"
    after a noun and a capitalised name after them, past "the"."""
    k = noun + 1
    if k >= len(phrase) or phrase[k].base not in {"at", "with"}:
        return False
    k += 1
    if k < len(phrase) and phrase[k].base == "the":
        k += 1
    return k < len(phrase) and phrase[k].text[:1].isupper()


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
        if tok.text in QUOTED_BREAKS or tok.base in {"him", "her", "them", "it"}:
            return None
        if tok.base == "as":
            return _post(text, after[k + 1 : k + 5])
    return None


def _post(text: str, words_after_as: list[Token]) -> str | None:
    """The post after "as": up to four words that end in a person's noun, then a break
    or a preposition ("as chief executive in July", "as coach.")."""
    for m, word in enumerate(words_after_as):
        if word.text in QUOTED_BREAKS or word.base in words()["post_ends"]:
            return None
        following = words_after_as[m + 1] if m + 1 < len(words_after_as) else None
        ends = (
            following is None
            or following.text in QUOTED_BREAKS
            or following.base in words()["post_ends"]
        )
        if ends and word.text.islower() and word.base in person_nouns():
            if superlative_before(words_after_as, m) or word.base in words()["not_offices"]:
                return ""  # "singled out as the biggest star": a judgement, no post
            return text[words_after_as[0].start : word.end]
    return None
