"""A title read backwards from the word before a name, a word at a time, until a word
cannot be part of it: "Nigerian junior foreign minister", "MP for Parramatta", "No 10
media chief", "Israeli industry minister".

The scan (`TitleScan`) is the largest single reading of a role and keeps its own state
(where the title starts, whether it has a head, the capitalised words it took), so it
stands apart from title_before, which decides whose title the words it took are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.extract.actors.names.sentence_tokens import QUOTE_CLOSES, QUOTE_OPENS
from brief.extract.actors.roles.dated_roles import (
    dated_start,
    dating_word,
    dating_year,
    lost_opening,
)
from brief.extract.actors.roles.noun_phrases import clause_words
from brief.extract.actors.roles.role_words import (
    TITLE_HEADS,
    TITLE_WORDS,
    abbreviated_head,
    adjective_not_rank,
    country_possessive,
    first_lady,
    function_words,
    is_head,
    phrase_openers,
    rank_start,
    styled,
    sure_given,
)
from brief.extract.actors.word_knowledge import agent_noun, common_word, everyday_english
from brief.extract.lexicon import gazetteer, joined, unaccented, words

if TYPE_CHECKING:
    from brief.extract.actors.names import Token
    from brief.extract.actors.names.sentence_tokens import Spans


_WH_WORDS = frozenset({"where", "when", "what", "why", "how", "who", "whom", "whose", "which"})


@dataclass
class TitleScan:
    """A title read backwards from the word before a name: where it starts, whether it
    has a head word ("minister"), and the capitalised words it took before the head
    ("Foreign") and as the object of its "of" or "for" ("MP for Parramatta", "Minister
    of Crown-Indigenous Relations")."""

    toks: list[Token]
    spans: Spans
    start: int | None = None
    has_head: bool = False
    extra_caps: int = 0
    object_caps: int = 0
    object_first: int = -1  # where the capitalised words taken as an object begin
    caps_run: int = 0  # of extra_caps, the ones since the last "of" (at most four a name)

    def read(self, k: int) -> None:
        """Take words from toks[k] back until one cannot be part of the title. A known
        actor's name is taken whole ("Russian" of "Russian Foreign Minister")."""
        toks = self.toks
        while k >= 0:
            tok = toks[k]
            span = span_at(tok.start, self.spans)
            if span is not None:
                self.start = span[0]
                while k >= 0 and toks[k].start >= span[0]:
                    k -= 1
                continue
            if self._plural_owner(k):  # "Dockers' union leader": take "Dockers'"
                self.start = toks[k - 1].start
                k -= 2
                continue
            step = self._step(k)
            if step == "stop":
                dated = self._dated_from(k)
                if dated is None:
                    dated = self._owned_from(k)
                if dated is not None:  # "former immigration minister": keep "former"
                    self.start = toks[dated].start
                break
            self.start = tok.start
            if step == "first":
                break  # the role starts with it: nothing before it belongs
            k -= 1

    def _step(self, k: int) -> str:
        """What toks[k] is to the title: a word of it ("take"), the word that dates it
        and so opens it ("first": "former", "ex-Tory"), or no part of it ("stop")."""
        tok = self.toks[k]
        base = tok.base
        if base in clause_words():
            return "stop"  # "Did President Donald Trump know": a verb, capitalised
        if tok.text == "." and k > 0 and abbreviated_head(self.toks[k - 1]):
            return "take"  # the dot of "Sen.", "Gov.", "Rep.", "Lt.-Col."
        if self._head(k) or first_lady(self.toks, k):
            self.has_head = True
            return "take"
        if dating_word(base) or (self.has_head and dating_year(self.toks, k)):
            return "first"
        if self.has_head and lost_opening(self.toks, k):
            return "first"  # "Dismissed central bank governor": a title lost
        if self._filler(k) or self._adjective(k) or self._field(k):
            if base == "of":
                self.caps_run = 0  # "Member of the Political Bureau of the CPC Central
                # Committee and Vice Premier": each "of" opens a body's name of its own
            return "take"
        if self._before_head(k):
            self.extra_caps += 1
            self.caps_run += 1
            return "take"
        if self._title_object(k):
            self.object_caps += 1  # kept only if "of" or "for" and a title come before it
            self.object_first = k
            return "take"
        return "stop"

    def _plural_owner(self, k: int) -> bool:
        """Whether toks[k] is the apostrophe of a plural common noun's possessive right
        before the title ("Farmers' leader", "the dockers' union leader"): the people the
        title serves are its field, as "union" is, and stay in it. A name's plural ("the
        Smiths' lawyer") is no common word and is left."""
        toks = self.toks
        if not (self.has_head and toks[k].text in _APOSTROPHES and 0 < k < len(toks) - 1):
            return False
        owner, after = toks[k - 1], toks[k + 1]
        return (
            owner.end == toks[k].start
            and after.start == self.start
            and after.start > toks[k].end
            and owner.text.isalpha()
            and owner.text[1:].islower()
            and owner.base.endswith("s")
            and len(owner.base) > 3
            and (
                common_word(owner.base)
                or everyday_english(owner.base)
                or agent_noun(owner.base[:-1])  # "dockers", "truckers"
            )
        )

    def _dated_from(self, k: int) -> int | None:
        """Where the title starts when words the scan could not take stand between a
        word that dates it and its head ("former immigration minister", "former Tory
        lord chancellor"): they modify the head, so they and the dating word belong to
        the title, which would otherwise lose "former" and read as a current post."""
        return dated_start(self.toks, k + 1) if self.has_head else None

    def _owned_from(self, k: int) -> int | None:
        """ "the party's elections chief", "its operations director": after a possessive
        or an article only a noun phrase can follow, so a plural noun between it and a
        lower-case title modifies the head and belongs to the title ("the impact
        manager X has had" is a clause: a singular may be the object, so it is left)."""
        toks = self.toks
        if not self.has_head or self.extra_caps or self.object_caps or k < 1:
            return None
        tok, before, after = toks[k], toks[k - 1], toks[k + 1]
        if after.base in words()["connectors"] or not after.text.islower():
            return None
        plural = tok.base.endswith("s") and not tok.base.endswith(("ss", "us", "is"))
        if not (tok.text.isalpha() and tok.text.islower() and plural and len(tok.base) > 4):
            return None
        owned = before.possessive or before.base in joined("determiners", "possessives")
        return k if owned and tok.base not in function_words() else None

    def _filler(self, k: int) -> bool:
        """A modifier ("junior"), a connector inside the title ("of", "and", "&"), or a number
        between capitals after the head ("No 10 media chief")."""
        tok = self.toks[k]
        w = words()
        if tok.base in w["role_modifiers"]:
            return True
        if tok.base in w["connectors"] and self.start is not None:
            return not (tok.base == "and" and (self._after_a_name(k) or self._joins_two(k)))
        upper_before = k > 0 and self.toks[k - 1].text[0].isupper()
        if tok.text[0].isdigit() and tok.text[-1].isdigit() and self.has_head and upper_before:
            return True
        # the "No" of "No 10 media chief": a number sign, before the number it took
        after = self.toks[k + 1].text if k + 1 < len(self.toks) else ""
        return tok.text == "No" and after[:1].isdigit() and self.has_head

    def _joins_two(self, k: int) -> bool:
        """ "as Mason and Sen. Bernard Kalt": an "and" right before a capitalised head,
        after a capitalised word that is no title word, joins two people; "President and
        CEO", "Trade and Industry Secretary" join the words of one title."""
        toks = self.toks
        if k < 1 or k + 1 >= len(toks) or not toks[k - 1].text[:1].isupper():
            return False
        after = toks[k + 1]
        before_title = TITLE_WORDS[toks[k - 1].base]
        return after.text[:1].isupper() and is_head(after.base) and not before_title

    def _after_a_name(self, k: int) -> bool:
        """ "Minister Lord Falconer and Downing Street adviser Baroness Morgan": the "and"
        follows another person's name (an honorific or a given name before a capitalised
        word), so the title before it is theirs."""
        if k < 1 or not self.toks[k - 1].text[:1].isupper():
            return False
        if k < 2:
            return self._one_name_before(k)
        before = self.toks[k - 2]
        if before.base in words()["honorifics"] or sure_given(before.text):
            return True
        # "former President Hashemi Rafsanjani and Parliament member Majid Ansari": two
        # name words, no title's, before the "and" ("Trade and Industry Secretary" has one)
        if _name_words(before, self.toks[k - 1]):
            return True
        return self._one_name_before(k)

    def _one_name_before(self, k: int) -> bool:
        """ "Trump, Ryan and RNC Chairman Reince Priebus", "supporters of Sanders and
        presumptive nominee Hillary Clinton": one name word before the "and" (no title
        word, place or people's adjective) is the first person of the pair, and the
        title after the "and" is only the second's. Not "Procter and Gamble chief
        executive": a name word after the "and" too makes one name of the two."""
        left, right = self.toks[k - 1], self.toks[k + 1]
        if not _name_words(left) or _proper(left.text) or gazetteer().get(left.text):
            return False
        return not (right.text[:1].isupper() and _name_words(right) and not _proper(right.text))

    def _head(self, at: int) -> bool:
        """A head word ("minister", "lawyer"): "Criminal lawyer Adaeze Okonjo-Black". A
        possessive is one only after the head ("Cherie Blair's" is no head)."""
        tok = self.toks[at]
        base = tok.base
        heads = joined("role_heads", "described")
        if adjective_not_rank(self.toks, at):
            return False
        after = self.toks[at + 1] if at + 1 < len(self.toks) else None
        if (
            base in words()["postpositive_heads"]
            and after is not None
            and after.text[:1].isupper()
            and after.base in words()["organisation_heads"]
        ):
            return False  # "the General Establishment for ...", "General Assembly": a body's
        if not self.has_head and tok.text[:1].isupper() and not is_head(base):
            ranked = rank_start(self.toks, at + 1)
            if ranked is not None and ranked < at:
                return True  # "Seaman First Class": a rank of words none of which heads
            if ranked == at and self.start is None and tok.text.istitle():
                return True  # "Private", "Recruit": a rank of one word right before the name
        return (base in heads or is_head(base)) and not (tok.possessive and not self.has_head)

    def _adjective(self, k: int) -> bool:
        """ "Junior constitutional affairs minister", "regional security director": a
        lower-case adjective (by its ending) before the head or its modifiers."""
        tok = self.toks[k]
        after = self.toks[k + 1].base if k + 1 < len(self.toks) else ""
        return (
            self.has_head
            and tok.text.islower()
            and tok.base.endswith(_ADJECTIVE_ENDINGS)
            and len(tok.base) > 5
            and after not in words()["connectors"]  # "arrival of husband Vic Reeves"
            and (k == 0 or self.toks[k - 1].text[-1:] not in {",", "."})
        )

    def _field(self, k: int) -> bool:
        """The lower-case noun right before a lower-case head that says its field, after a
        people's adjective ("Israeli industry minister", "DZ bank economist"), an article
        or a possessive ("the village chief", "his campaign manager") or opening a
        sentence ("Film director"): the title is the field's ("chief" alone is no post).
        Only there: without a word's part of speech, a verb looks the same ("Police
        arrest actor", "Trump fires director"), and so does an adjective that judges the
        holder ("Famous actor")."""
        toks = self.toks
        tok = toks[k]
        if not (self.has_head and k + 1 < len(toks) and toks[k + 1].start == self.start):
            return False
        head = toks[k + 1]
        if not (head.text.islower() and tok.text.isalpha() and _field_word(tok)):
            return False
        if not (TITLE_HEADS[head.base] or self._field_of_two(k + 1)):
            return False
        if k == 0:
            return True
        if self._body_modified(k):
            return True
        if _opens_a_noun_phrase(toks, k - 1):
            # as at the start: '," union president' (not '"My friend', "told my son")
            w = words()
            function = tok.base in w["not_names"] and tok.base not in w["organisation_heads"]
            return tok.text.islower() and not function
        # past the field's lower-case modifiers ("EU foreign policy chief", "China's
        # foreign ministry spokesman"); not at the sentence's start, where a capital
        # hides a verb ("Police arrest actor")
        n = k - 1
        modifiers = words()["role_modifiers"]
        orgs = words()["organisation_heads"]
        while n > 0 and toks[n].text.islower() and toks[n].base in modifiers:
            n -= 1
        if n == k - 1 and n > 0 and self._field_of_two(k):
            if _closes_a_subject_aside(toks, n - 1):
                # "X, the party's nominee, faces opposition leader Y": after the aside the
                # predicate's verb comes, and the noun phrase of its object opens after it
                return not (tok.base in words()["not_names"] and tok.base not in orgs)
            n -= 1  # "Swedish coast guard spokesperson": past the field's first noun
        before = toks[n]
        # after a determiner, not one of the words that count or pick out the holder
        # ("the other director", "the next chief"), no field of theirs
        determined = before.base in joined("articles", "possessives") and _not_a_picker(tok)
        return tok.text.islower() and (
            _proper(before.text)
            or country_possessive(before)
            or determined
            or _named_field(toks, n, tok)
            # '," foreign ministry spokesman X told': the modifiers open a noun phrase
            or (n < k - 1 and _opens_a_noun_phrase(toks, n))
        )

    def _body_modified(self, k: int) -> bool:
        """toks[k], a field noun before a lower-case head, with the words before it that
        say of what it is ("Rail union leader", "the central bank governor", "Swedish
        central bank governor"): a sentence's capitalised first word that is a field's
        noun before a body's noun ("Rail" of "Rail union leader"; not "Police arrest
        actor X", where the noun is the subject and the word after it its verb), or
        lower-case adjectives by their ending
        ("central", "national") back to what opens a noun phrase (an article, a
        possessive, a people's adjective, a word that dates the role, a clause's
        opening). Not after a verb's subject ("He met central bank governor X": "met" may
        be a noun's or a verb's, and the words after a verb are its object)."""
        toks = self.toks
        tok = toks[k]
        if not (tok.text.islower() and tok.text.isalpha() and _field_word(tok)):
            return False
        first = toks[0]
        if k == 1 and (
            first.text.isalpha()
            and first.text[:1].isupper()
            and first.text[1:].islower()
            and _field_word(first)
            and first.base not in clause_words()
            and not _proper(first.text)
            and tok.base in words()["organisation_heads"]
        ):
            return True
        n = k - 1
        while n >= 0 and _modifying_adjective(toks[n]):
            n -= 1
        if n == k - 1 or n < 0:
            return False
        before = toks[n]
        return (
            before.base in joined("articles", "possessives", "determiners")
            or before.possessive
            or _proper(before.text)
            or country_possessive(before)
            or dating_word(before.base)
            or lost_opening(toks, n)
            or _opens_a_noun_phrase(toks, n)
        )

    def _field_of_two(self, second: int) -> bool:
        """Whether toks[second], a lower-case field noun right before a lower-case head,
        is the second of a field of two nouns ("coast guard spokesperson", "border
        police chief")."""
        toks = self.toks
        first = second - 1
        if first < 0 or second + 1 >= len(toks):
            return False
        head = toks[second + 1]
        nouns = (toks[first], toks[second])
        return (
            TITLE_HEADS[head.base]
            and head.text.islower()
            # (both in lower case: a sentence's capital may hide a verb, "Police arrest
            # actor X")
            and all(t.text.isalpha() and t.text.islower() and _field_word(t) for t in nouns)
        )

    def _before_head(self, k: int) -> bool:
        """Up to three capitalised words before a head ("UK Foreign Secretary"), not a
        word the lists keep out of names unless it heads a body; at the sentence's start
        only a party or place ("Liberal Democrat spokesman", "Miami Beach police")."""
        tok = self.toks[k]
        base = tok.base
        w = words()
        if base in w["particles"] and tok.text.islower() and self.has_head and self.extra_caps:
            # "Surigao del Sur Governor", "Rio de Janeiro Mayor": a place's particle
            return k > 0 and self.toks[k - 1].text[:1].isupper()
        if not (tok.text[0].isupper() and self.has_head and self.caps_run < 4):
            return False
        if styled(self.toks, k):
            return False  # "His Majesty King Abdullah": a style, no word of the office
        if base in w["honorifics"] and self.extra_caps > 0:
            return True  # "Lady Antebellum singer": an honorific opens the name taken
        if base in w["place_nouns"] and self._jurisdiction_of(k):
            return True  # "Assistant County Attorney", "District Attorney": whose office
        if base in w["not_names"] and base not in w["organisation_heads"]:
            # "South Carolina Gov.": a compass word before a place's word is part of it;
            # "Solomon Islands Governor": the last word of a country's name
            return (base in w["region_words"] and self.extra_caps > 0) or self._ends_a_country(k)
        if k > 0 or base in w["name_modifiers"] or _proper(tok.text):
            return True
        if self.toks[k + 1].base in w["organisation_heads"]:
            return True  # "Football Association chairman": the body's name is whole
        if self.toks[k + 1].base in w["postpositive_heads"]:
            return True  # "Auditor General": the noun "General" follows is the title's
        if base.endswith(_ADJECTIVE_ENDINGS) and len(base) > 5 and _names_a_field(self.toks[k + 1]):
            return True  # "Monetary Affairs Commissioner": an adjective opens the title
        if _field_word(tok) and base not in w["time_nouns"] and self._office_name_after(k):
            return True  # "Food Minister", "Water Resources Minister": a portfolio's noun
        if base in w["organisation_heads"] and self._body_office_after(k):
            return True  # "Commission President", "Council President": the body's office
        # "Miami Beach police spokesman", "Kogi State Governor": a place's first word
        # opens the sentence, before the title's capitalised words
        after = self.toks[k + 1]
        if (self.extra_caps > 0 or after.text[:1].isupper()) and not common_word(tok.text):
            return True
        return self._employer_opens(k)

    def _jurisdiction_of(self, k: int) -> bool:
        """ "County Attorney", "District Attorney", "Parish Priest": a place's noun
        capitalised right before a capitalised head names the area the office serves,
        a word of the title (a county's attorney), not a name's."""
        after = self.toks[k + 1] if k + 1 < len(self.toks) else None
        return after is not None and after.text[:1].isupper() and is_head(after.base)

    def _employer_opens(self, k: int) -> bool:
        """ "Sonatrach chief executive X": the sentence's first word, before a lower-case
        title, opens the employer's name when it is a rare name's word (Punkt never saw
        it in lower case, English seldom writes it), as a name's word does inside a
        sentence ("Harlow family spokesman"); never one with an adjective's, a
        participle's or an adverb's ending ("Acclaimed chef X", "Outgoing chief
        executive X")."""
        tok = self.toks[k]
        if k != 0 or not (tok.text.isalpha() and tok.text[:1].isupper() and tok.text[1:].islower()):
            return False
        if tok.base.endswith(_NOT_NAME_ENDINGS) or tok.base in words().speech:
            return False
        # a word English writes often may be a people's ("Welsh singer X") or another
        # adjective the lists lack: only a rare one is sure to be a name ("Sonatrach")
        return _name_words(tok) and not _proper(tok.text) and not everyday_english(tok.text)

    def _ends_a_country(self, k: int) -> bool:
        toks = self.toks
        for n in (1, 2):
            if k >= n and gazetteer().get(" ".join(t.text for t in toks[k - n : k + 1])):
                return True
        return False

    def _office_name_after(self, k: int) -> bool:
        """Whether capitalised words up to a capitalised head follow toks[k]: an office's
        name in title case ("Disaster Management Minister"), whose first word a
        sentence's capital does not hide."""
        for tok in self.toks[k + 1 :]:
            if not tok.text[:1].isupper():
                return False
            if is_head(tok.base):
                return tok.base not in words()["unfielded_heads"]
        return False

    def _body_office_after(self, k: int) -> bool:
        """Whether a capitalised head follows the sentence's first word right away: a
        body's noun there ("Commission", "Court", "Party") names whose office the head is,
        even an office with no portfolio ("Commission President", "Party Chairman")."""
        after = self.toks[k + 1]
        return k == 0 and after.text[:1].isupper() and is_head(after.base)

    def _title_object(self, k: int) -> bool:
        """Up to six capitalised words right before the name, with no head yet, the
        portfolio's words and an "and" or "for" between them ("of Agriculture and
        Food Security", "of the Public Establishment for Electricity Transmission and
        Distribution"): the object of a title's "of" or "for", if one comes (not a
        possessive: "a member of Cherie Blair's Matrix Chambers")."""
        tok = self.toks[k]
        if self.has_head or self.object_caps >= 6 or k < 1:
            return False
        if object_adjective(self.toks, k) and self.start == self.toks[k + 1].start:
            return True  # "of the provincial People's Committee": the body's adjective
        if not tok.text[0].isupper() or (tok.possessive and not _common_owner(self.toks, k)):
            return False
        if self.start is not None:  # the words after it were taken: capitals or an "and"
            after = self.toks[k + 1]
            if self.start != after.start or not (
                after.text[:1].isupper() or after.base in _OBJECT_JOINS
            ):
                return False
        return True


def object_adjective(toks: list[Token], k: int) -> bool:
    """toks[k] is a lower-case adjective (by its ending) between "the" and a body's
    capitalised name ("of the provincial People's Committee", "of the national Planning
    Commission"): it places the body, and belongs to the title's object."""
    tok = toks[k]
    return (
        0 < k < len(toks) - 1
        and toks[k - 1].base == "the"
        and tok.text.isalpha()
        and tok.text.islower()
        and tok.base.endswith(_ADJECTIVE_ENDINGS)
        and len(tok.base) > 5
        and toks[k + 1].text[:1].isupper()
    )


def modifier_by_ending(base: str) -> bool:
    """Whether a lower-case word's ending makes it an adjective or a participle, which
    modifies a noun and heads no noun phrase ("ruling", "exiled", "national")."""
    return base.endswith(_NOT_NAME_ENDINGS) and not base.endswith("ly")


def _common_owner(toks: list[Token], k: int) -> bool:
    """toks[k] is a common plural's possessive inside a body's name, before its next
    capitalised word ("People's Committee", "Women's Wing", "Children's Hospital"): part
    of the name, where a person's ("Cherie Blair's Matrix Chambers") is an owner apart."""
    tok = toks[k]
    owner = tok.text[: len(tok.base)]
    return (
        tok.possessive
        and k + 1 < len(toks)
        and toks[k + 1].text[:1].isupper()
        and owner[1:].islower()
        and common_word(owner)
        and not sure_given(owner)
    )


_ADJECTIVE_ENDINGS = ("al", "ic", "ary", "ive")
# Endings of words that describe or date a holder rather than name an employer, which a
# sentence's first word may have ("Acclaimed", "Outgoing", "Formerly", "Famous").
_NOT_NAME_ENDINGS = ("ed", "ing", "ly", "ous", "ful", *_ADJECTIVE_ENDINGS)
_APOSTROPHES = frozenset({"'", "’"})
# What joins the words of a body's name that is a title's object ("of the Public
# Establishment for Electricity Transmission and Distribution").
_OBJECT_JOINS = frozenset({"and", "&", "for"})
# Endings that make a noun of a verb or an adjective: "Unification", "Resettlement".
_NOUN_ENDINGS = ("ation", "ition", "ment", "ity", "ness", "ship", "ism")


def _field_word(tok: Token) -> bool:
    """A common noun that may name a title's field ("Film", "industry", "Food", "Café"),
    or a rarer one its ending makes a noun ("Unification", "Resettlement"): no verb's or
    adjective's ending, no speech verb, no word that opens a phrase. A word English uses
    often counts too in lower case, though the common-word list lacks it ("liaison
    officer"; not "Welsh" of "Welsh singer")."""
    base = tok.base
    plain = unaccented(tok.text)
    return not (
        not (
            common_word(plain)
            or base.endswith(_NOUN_ENDINGS)
            or (tok.text.islower() and everyday_english(plain))
        )
        or not tok.text[1:].islower()
        or (base.endswith("ly") and base not in words()["ly_not_adverbs"])  # not "family"
        or base.endswith(("ed", "ing", *_ADJECTIVE_ENDINGS, "ous", "ful", "ant"))
        or (base.endswith("ent") and not base.endswith("ment"))  # not "government"
        or base in words().speech
        or base in phrase_openers()
        or base in _WH_WORDS
    )


def _not_a_picker(field: Token) -> bool:
    """Whether a word after a determiner and before a head is a field's noun, not a word
    that counts or picks out the holder ("the other director", "the next chief"): a
    body's noun is one ("the union leader", "the party chief") though the name lists keep
    it out of names."""
    w = words()
    picker = field.base in w["not_names"] and field.base not in w["organisation_heads"]
    return not picker and field.base not in w["type_markers"]


def _modifying_adjective(tok: Token) -> bool:
    """A lower-case adjective by its ending before a field's noun ("central" of "central
    bank governor", "national" of "national team coach"). Not the sentence's first word:
    in its capital an adjective that judges the holder looks the same ("Controversial
    union leader X")."""
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and tok.base.endswith(_ADJECTIVE_ENDINGS)
        and len(tok.base) > 5
        and not _proper(tok.text)
    )


def _named_field(toks: list[Token], at: int, field: Token) -> bool:
    """ "Harlow family spokesman", "Ostrava union president": a name's word (no common
    word: "Police charge actor" hides a verb) before a singular field noun; after a
    name, a verb takes an -s ("Trump names director"), so a field that ends in one is
    left."""
    before = toks[at]
    return _name_words(before) and not before.possessive and not field.base.endswith("s")


def _opens_a_noun_phrase(toks: list[Token], at: int) -> bool:
    """Whether the word after toks[at] opens a noun phrase as a sentence's first word
    does, never a verb with its subject before it: after a quotation mark or a clause's
    comma, colon or semicolon ('"...," union president X said', "On Monday, union
    president X"), a speech verb (its subject after it: "said union president X") or a
    preposition ("from union president X", "daughter of union treasurer X", "according
    to"; a bare "to" may mark an infinitive: "to fire director X")."""
    tok = toks[at]
    if tok.text == "," and _closes_a_subject_aside(toks, at):
        return False  # "X, the party's nominee, faces ...": the predicate's verb comes
    if tok.text in {",", ":", ";"} or tok.text in QUOTE_OPENS or tok.text in QUOTE_CLOSES:
        return True
    if not tok.text.islower():
        return False
    if tok.base == "to":
        return at > 0 and toks[at - 1].base == "according"
    prepositions = joined("object_prepositions", "role_prepositions")  # "son of dock worker"
    return tok.base in words().speech or tok.base in prepositions


def _closes_a_subject_aside(toks: list[Token], at: int) -> bool:
    """Whether the comma at toks[at] closes an aside set off by commas after the noun
    phrase that opens the sentence ("Governor X, the party's nominee, faces ...", "X, 61,
    meets ...", "X, who led the talks, thanked ..."): that phrase is the clause's subject,
    so the word after the aside is its predicate's verb, which no noun phrase opens, as a
    comma after a fronted phrase does ("On Monday, union president X"). The opening
    phrase holds only a name's capitalised words and a title's ("Opposition leader X",
    "the party's chairman X"), and opens with no preposition or clause opener ("After
    meeting X, the party's nominee, union leader Y said" fronts a phrase) and ends on a
    name's word or a body's, not a time's ("Tuesday, the first day of the strike, union
    leader X"); one comma only before this one (a list, "X, Y, union leader Z", may run
    on)."""
    if toks[at].text != "," or at < 3:
        return False
    commas = [n for n in range(at) if toks[n].text == ","]
    if len(commas) != 1 or commas[0] < 1 or at - commas[0] < 2:
        return False
    opening = toks[: commas[0]]
    first, last = opening[0], opening[-1]
    title_words = joined("articles", "possessives") | _NAME_JOINS
    if not first.text[:1].isupper() or first.base in phrase_openers() - title_words:
        return False
    w = words()
    if not (last.text[:1].isupper() or last.text == ")"):
        return False
    if last.base in w["not_names"] and last.base not in w["organisation_heads"]:
        return False  # "Tuesday, the first day of the strike, union leader X": a time
    return all(
        t.text[:1].isupper()
        or t.text in _NAME_MARKS
        or t.base in title_words
        or TITLE_WORDS[t.base]
        or t.possessive
        for t in opening
    )


# Marks inside a name or beside it: initials' stops, a party's initials in brackets.
_NAME_MARKS = frozenset({".", "(", ")", "-", "'", "’"})
# The lower-case words that join a name's or a title's words ("Minister of State",
# "Trinidad and Tobago"); not a preposition that opens a phrase ("Speaking to X").
_NAME_JOINS = frozenset({"of", "and", "&"})


def _names_a_field(tok: Token) -> bool:
    """ "Affairs" of "Monetary Affairs Commissioner", "Reserve" of "Federal Reserve
    chairman": a capitalised common noun that is no head and no party, which the
    sentence's first word (an adjective) modifies as part of the office's name; not
    "Controversial President", "Influential Labour MP", "Legendary Manchester United
    manager", where the adjective judges the person."""
    w = words()
    return (
        tok.text[:1].isupper()
        and not is_head(tok.base)
        and tok.base not in w["name_modifiers"]
        and common_word(tok.text)
    )


def _proper(word: str) -> bool:
    """ "Scottish", "Russian", "FSIN": a demonym, an adjective of a people by its ending,
    or an acronym, not a person's name ("Trump and Ohio Gov.")."""
    entry = gazetteer().get(word)
    if entry is not None and entry.form == "demonym":
        return True
    people = word.endswith(("ish", "ian", "ese")) and not common_word(word)
    return people or (word.isupper() and len(word) >= 2)


def _name_words(*toks: Token) -> bool:
    """Capitalised words that are no title's or party's and that Punkt never saw in lower
    case: a name's ("Hashemi Rafsanjani"), not "Human Rights"."""
    titles = joined("role_heads", "role_modifiers", "name_modifiers", "not_names")
    return all(
        t.text[:1].isupper() and t.base not in titles and not common_word(t.text) for t in toks
    )


def span_at(start: int, spans: Spans) -> tuple[int, int] | None:
    """The known actor's span that holds a position, if any (most sentences have none)."""
    for span in spans:
        if span[0] <= start < span[1]:
            return span
    return None
