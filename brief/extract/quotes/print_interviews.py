"""An interview printed as questions and answers with no labels: a paragraph that brings
in one person ("The commission's chairman, X, spoke to The Courier in Nairobi.", or one
that opens with their name and carries the editor's note "The conversation has been
edited and condensed."), then
the outlet's questions, each a paragraph that asks, and the answers, the paragraphs
after each question. Each answer paragraph is one quote, the interviewee's; a question
is no one's quote.

Prose asks questions too ("So what went wrong? The answer lies ..."), so the form must
be whole before anything is quoted: the paragraph that brings the interviewee in right
before the first question, then two questions or more, each answered. An answer speaks
for its speaker: a paragraph that names the interviewee, or tells who said what ("he
said", a quote someone else says) without the interviewee's own "I" or "we", is the
reporter's, and ends the answer; so does a paragraph past the first that is not in the
first person (an editor's note: "This interview has been edited for length.").
Once two answers in the interviewee's own voice have settled the form, the paragraph
right after each question is its answer, though it tells what someone else said ("He
said it would stand “...”" of her minister); the questions are read as the outlet's
prose, so a quote inside one is its own speaker's ("X told parliament that the ministry
“...”. Is she right?").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from brief.extract.actors.names import surname_of
from brief.extract.lexicon import alternation, joined, words
from brief.extract.quotes.actor_index import gender_of
from brief.models import Actor, Sentence

_ASKS, _STATES, _REPORTS = "asks", "states", "reports"


def interview_turns(
    groups: Sequence[Sequence[Sentence]], people: Sequence[Actor]
) -> tuple[Actor, dict[int, bool]] | None:
    """The interviewee and the story's question and answer paragraphs (by position: True
    for an answer, False for a question), or None when the story holds no such interview.
    Most stories have fewer than two paragraphs that ask: one look at each last sentence."""
    texts = [" ".join(sentence.text for sentence in group) for group in groups]
    kinds = [_kind(group) for group in groups]
    if kinds.count(_ASKS) < _QUESTIONS:
        return None
    first = kinds.index(_ASKS)
    interviewee = _interviewee(texts[first - 1], people) if first else None
    if interviewee is None:
        return None
    turns, answered = _read_turns(kinds, texts, first, interviewee, settled=None)
    if answered < _QUESTIONS:
        return None
    # the form is settled: the paragraph right after each question answers it, though it
    # tells what someone else said ("He said it would stand “...”" of her minister)
    settled = _gender(texts[first - 1], interviewee)
    return interviewee, _read_turns(kinds, texts, first, interviewee, settled=settled)[0]


def _gender(intro: str, interviewee: Actor) -> str:
    """The interviewee's gender ("male", "female"), by a name list, else by the pronouns
    of the introduction, which is about them ("offered her instead"), when they are all
    of one gender; "" when neither says."""
    known = gender_of(interviewee)
    if known is not None:
        return known
    spoken = set(_words(intro))
    female = not spoken.isdisjoint(words()["female_pronouns"])
    male = not spoken.isdisjoint(words()["male_pronouns"])
    return "female" if female and not male else "male" if male and not female else ""


def _read_turns(
    kinds: Sequence[str],
    texts: Sequence[str],
    first: int,
    interviewee: Actor,
    *,
    settled: str | None,
) -> tuple[dict[int, bool], int]:
    """The question and answer paragraphs from the first question on, and how many
    questions were answered. `settled` (not None): the form is known to be an interview,
    so the first paragraph after a question is its answer unless it names the
    interviewee or has "he" or "she" say something where that may be the interviewee
    (`settled` is their gender, or "" when unknown): the reporter's narration."""
    turns: dict[int, bool] = {}
    answered = 0
    at = first
    while at < len(kinds) and kinds[at] == _ASKS:
        # one question may take two paragraphs; a paragraph that asks between two
        # others that do answers the first and ends asking ("Who else should pay?")
        run = [at]
        while run[-1] + 1 < len(kinds) and kinds[run[-1] + 1] == _ASKS:
            run.append(run[-1] + 1)
        if len(run) == _ANSWER_BETWEEN and _answers(texts[run[1]], interviewee, first=True):
            turns.update({run[0]: False, run[1]: True})
            answered += 1
            run = run[2:]
        turns.update((n, False) for n in run)
        at = run[-1] + 1
        answers: list[int] = []
        while at < len(kinds) and kinds[at] == _STATES:
            opening = not answers
            if len(answers) == at - run[-1] - 1 and (
                _answers(texts[at], interviewee, first=opening)
                or (
                    settled is not None
                    and opening
                    and _other_s_words(texts[at], interviewee, settled)
                )
            ):
                answers.append(at)
            at += 1  # past the answer, the reporter's words up to the next question
        turns.update((n, True) for n in answers)
        answered += bool(answers)
    return turns, answered


# How many answered questions make an interview, and the length of a run of paragraphs
# that ask whose middle one answers.
_QUESTIONS = 2
_ANSWER_BETWEEN = 3


def _kind(paragraph: Sequence[Sentence]) -> str:
    """Whether a paragraph asks (a sentence of it is a question, out of quotation marks,
    no one said to ask it), tells of someone asking ("Why now, critics ask?", "Why now?
    asked one voter."), or states."""
    asking = False
    for n, sentence in enumerate(paragraph):
        text = sentence.text.rstrip().rstrip(")]’'")
        if not text.endswith("?") or _QUOTE_MARK_RE.search(text):
            continue
        following = paragraph[n + 1].text if n + 1 < len(paragraph) else ""
        if _tagged(text) or _tag_opens(following):
            return _REPORTS
        asking = True
    return _ASKS if asking else _STATES


def _tagged(question: str) -> bool:
    """Whether a question ends with who asks it ("How long can this go on, critics ask?"):
    a few words after its last comma with a speech verb, and no question word."""
    tail = _words(question.rsplit(",", 1)[1]) if "," in question else []
    return (
        0 < len(tail) <= _TAG_WORDS
        and tail[0] not in words()["question_openers"]
        and any(word in words().speech for word in tail)
    )


_TAG_WORDS = 4


def _tag_opens(sentence: str) -> bool:
    """Whether a sentence opens with a tag ("asked one voter.", "she asked.")."""
    opening = _words(sentence)[:2]
    if opening and opening[0] in words()["person_pronouns"]:
        opening = opening[1:]
    return bool(opening) and opening[0] in words().speech and sentence[:1].islower()


def _interviewee(intro: str, people: Sequence[Actor]) -> Actor | None:
    """The one person a paragraph brings in to be interviewed: named before a phrase that
    says so ("spoke to", "told", "in an interview with") whose outlet ends the sentence,
    save where and when ("spoke to The Courier in Nairobi."); "told Reuters the plan
    would fail" reports what was said."""
    for found in _intro_re().finditer(intro):
        before = intro[: found.start()]
        start = max(before.rfind(". "), before.rfind("? "), before.rfind("! ")) + 1
        before_words = set(_cased_words(before[start:]))
        named = [person for person in people if surname_of(person.name) in before_words]
        if len(named) > 1:
            # "Mayor Rosa Elvira Gálvez Cruz ... spoke to" of a story with a Cruz Gálvez
            # too: the one named there in full
            named = [person for person in named if person.name in before[start:]]
        if len(named) == 1:
            return named[0]
    return _noted_interviewee(intro, people)


def _noted_interviewee(intro: str, people: Sequence[Actor]) -> Actor | None:
    """The person whose full name opens a paragraph that an editor's note marks as an
    interview's introduction ("Jane Roe has been spokeswoman for ... since March. ... The
    conversation has been edited and condensed."): a Q&A's introduction is about the one
    who answers, and opens with them; None when no note says so or no full name opens it."""
    low = intro.casefold()
    if not any(note in low for note in words()["interview_notes"]):
        return None
    opening = [person for person in people if intro.startswith(person.name)]
    return opening[0] if len(opening) == 1 else None


@cache
def _intro_re() -> re.Pattern[str]:
    """A phrase that brings in an interview, its outlet (capitalised words, or "us"), and
    a tail of where and when, to the end of its sentence."""
    phrases = alternation(words()["interview_phrases"])
    outlet = r"(?:us|me|[A-Z][\w’'&.-]*(?:\s+(?:of\s+)?[A-Z][\w’'&.-]*)*)"
    setting = alternation(joined("fronted_prepositions", "object_prepositions", "time_words"))
    return re.compile(
        rf"\b(?i:{phrases})\s+{outlet}(?:\s+(?:{setting})\b[^.?!:;\"“]*)?\s*[.:](?:\s|$)"
    )


def _answers(text: str, interviewee: Actor, *, first: bool) -> bool:
    """Whether a paragraph after a question is the interviewee's answer: not naming them,
    and in their own voice ("I", "we" out of quotation marks) where it tells of speech
    or quotes anyone ("an old man told me, “...”"), or goes on past the answer's first
    paragraph; never "he said" of someone."""
    outside = _QUOTED_RE.sub(" ", text)
    if _names(outside, surname_of(interviewee.name)):
        return False
    spoken = _words(outside)
    own = not words()["first_person_words"].isdisjoint(spoken)
    if not first and not own:
        return False
    telling = _QUOTE_MARK_RE.search(text) or any(word in words().speech for word in spoken)
    if telling and not own:
        return False
    return not _told_by_someone(spoken)


def _other_s_words(text: str, interviewee: Actor, gender: str) -> bool:
    """Whether an answer that tells what someone said is the interviewee's telling, not
    the reporter's: it does not call them by their surname out of quotation marks, and
    each "he" or "she" that says something is of the other gender than theirs."""
    outside = _QUOTED_RE.sub(" ", text)
    if _names(outside, surname_of(interviewee.name)):
        return False
    tellers = _tellers(_words(outside))
    if not tellers:
        return True
    own = words()["female_pronouns"] if gender == "female" else words()["male_pronouns"]
    return bool(gender) and own.isdisjoint(tellers)


def _names(text: str, surname: str) -> bool:
    """Whether the text calls someone by the surname: a run of capitalised words that
    ends with it ("Ms Cruz", "Cruz"), not one that goes on past it ("Armando Cruz
    Gálvez", a namesake whose names the interviewee's shares)."""
    return any(run.split()[-1] == surname for run in _CAPITAL_RUN_RE.findall(text))


_CAPITAL_RUN_RE = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def _told_by_someone(spoken: Sequence[str]) -> bool:
    """Whether "he" or "she" says something in the words ("she added", "he has said"): the
    reporter's narration."""
    return bool(_tellers(spoken))


def _tellers(spoken: Sequence[str]) -> set[str]:
    """The pronouns ("he", "she") that say something in the words ("she added")."""
    w = words()
    skipped = w["auxiliaries"] | w["adverbs"] | w["verb_negators"] | {"has", "have"}
    found: set[str] = set()
    for n, word in enumerate(spoken):
        if word not in w.speech:
            continue
        before = n - 1
        while before >= 0 and spoken[before] in skipped:
            before -= 1
        if before >= 0 and spoken[before] in w["person_pronouns"]:
            found.add(spoken[before])
    return found


_QUOTE_MARK_RE = re.compile('[“”"]')
_QUOTED_RE = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_WORD_RE = re.compile(r"[\w’'-]+")


def _words(text: str) -> list[str]:
    return [word.replace("’", "'") for word in _WORD_RE.findall(text.casefold())]


def _cased_words(text: str) -> list[str]:
    return _WORD_RE.findall(text)
