"""Who a speech verb gives words to: the verb that reports a quote, found by walking back
from the quote, and that verb's subject phrase.

A sentence may hold several speech verbs, and only one of them reports the quote: not one
in a clause that opens the sentence ("When Roe asked Doe about it, Doe smiled and said"),
nor one inside what another reports ("said Caracas would respond"), nor a verb that reports
no words here ("called for a ban", "was told", "Rubio's claim that"). So the words before
a quote are read back from it to the last verb that does report it, and only then is that
verb's subject phrase cut out of them, past a parenthesis, an apposition or a relative
clause. Pronouns asks the same of whole sentences to find who each one has speak; a
sentence with neither a speech verb nor "according" (most) is not even tokenised.
"""

from __future__ import annotations

from typing import NamedTuple

from brief.extract.actors.marks import DASHES
from brief.extract.actors.speakers import may_speak
from brief.extract.lexicon import hearer_verb_forms, joined, words
from brief.extract.quotes.speech_words import (
    POSSESSIVE_END_RE,
    capital_or_digit,
    judging_verbs,
    word_re,
)
from brief.extract.quotes.subject_phrases import (
    and_in_office,
    inverted_subject,
    is_description,
    is_name,
    joined_to_an_object,
    name_word,
    opening_subject,
    role_words,
    subject_tail,
    subject_word,
    two_subjects,
    when_word,
)
from brief.ingest.furniture import entry_stamp


def speech_verb_subject(tokens: list[str]) -> list[str] | None:
    """The subject phrase of the last speech verb that reports words ("Straw, the foreign
    secretary, said": "Straw") or of "according to"; None when no verb reports any, or
    when the one that does cannot be settled."""
    tokens = _going_on_as_continuing(tokens)
    found = _reporting_verb(tokens)
    if isinstance(found, _Reported):
        return found.subject
    if found is not None:
        return _subject_of_verb(tokens, found)
    return _participle_subject(tokens)


def _going_on_as_continuing(tokens: list[str]) -> list[str]:
    """ "He went on: “...”", "The statement goes on: “...”": "go on" right before the
    colon that opens a quote goes on saying, as "continued" does (read so); not "went on
    about" nor "went on to", whose words are no saying of their own (words.toml's
    talk_verbs)."""
    if len(tokens) < 3 or tokens[-1] != ":" or tokens[-2] != "on":
        return tokens
    if tokens[-3] not in {"go", "goes", "went", "going"}:
        return tokens
    return [*tokens[:-3], "continued", ":"]


# How far "put it" may be from the quote it brings in: a time or a manner ("on Tuesday",
# "bluntly", "this way", "in a speech last week").
PUT_IT_REACH = 5


def put_it_subject(tokens: list[str]) -> list[str] | None:
    """The subject of "put it" right before a quote: "As the harbour master put it on
    Tuesday, “...”", "Lee put it bluntly: “...”". "Put" alone reports no words ("put
    the toll at 12"); with "it" and the quote after it, it says how someone worded
    what follows."""
    lowered = [t.lower() for t in tokens]
    for n in range(len(tokens) - 2, 0, -1):
        if lowered[n] == "put" and lowered[n + 1] == "it":
            between = _before_an_interview([t for t in tokens[n + 2 :] if t not in {",", ":"}])
            if len(between) > PUT_IT_REACH or any(t[:1].isupper() for t in between[:1]):
                return None
            start = 1 if lowered[0] == "as" else 0
            return _subject_of_verb(tokens[start:], n - start) or None
    return None


def retort_subject(tokens: list[str]) -> list[str] | None:
    """The subject of a verb of reply right before a quote: a verb with the particle
    "back" ("Salazar shot back: “...”", "the union fired back that “...”", "she wrote
    back,"). "Back" after a verb that a quote follows at once answers someone, in words;
    a verb with an object between ("pushed the crowd back") or no quote after reports
    none."""
    lowered = [t.lower() for t in tokens]
    end = len(lowered) - (lowered[-1:] in ([":"], [","], ["that"]))
    if end < 3 or lowered[end - 1] != "back":
        return None
    verb = end - 2
    if not (tokens[verb].isalpha() and tokens[verb].islower()) or tokens[verb] in _NOT_RETORTS:
        return None
    return _subject_of_verb(tokens, verb) or None


def _before_an_interview(between: list[str]) -> list[str]:
    """The words before a phrase that says to whom they were said ("more bluntly in an
    interview with the local station Tuzla FM": "more bluntly"), which is where, not how."""
    lowered = [t.lower() for t in between]
    for n in range(len(lowered)):
        if any(
            lowered[n : n + len(phrase.split())] == phrase.split()
            for phrase in words()["interview_phrases"]
            if phrase.startswith("in ")
        ):
            return between[:n]
    return between


# Words before "back" that make no verb of reply: "came back", "went back" say where
# someone went; "looking back" remembers.
_NOT_RETORTS = frozenset({"came", "come", "went", "go", "going", "look", "looked", "looking"})


def judged_subject(tokens: list[str]) -> list[str] | None:
    """The subject phrase of a verb of judgement whose quoted complement follows "as"
    ("The bloc's foreign policy chief, Jane Roe, condemned the attack as “...”"): the
    judgement is in its subject's words, as with "described the attack as". None when
    the words end in no such frame, or when it reports no judgement of the subject's own:
    passive ("was condemned as"), negated ("did not condemn it as") or wanted of them
    ("refused to condemn it as")."""
    lowered = list(map(str.lower, tokens))
    if "as" not in lowered[-1 - _JUDGED_LEAD :]:
        return None
    at = len(lowered) - 1 - lowered[::-1].index("as")
    if any(not t.isalpha() or not t.islower() for t in tokens[at + 1 :]):
        return None  # "as a “...”" only: no clause or name between "as" and the quote
    verbs = judging_verbs()
    verb = next(
        (n for n in range(at - 1, max(-1, at - 2 - _JUDGED_OBJECT), -1) if lowered[n] in verbs),
        None,
    )
    if verb is None or verb == 0:
        return None
    object_ = lowered[verb + 1 : at]
    if not object_ or any(not t[:1].isalnum() or t in words()["clause_words"] for t in object_):
        return None  # "condemned, as ...", "rejected claims that ... as": no plain object
    if lowered[verb - 1] in words()["passive"] | {"to", "not", "n't", "never"}:
        return None
    form = lowered[verb]
    describing = "describing" if form.endswith("ing") else "described"
    if form in words()["judging_verbs"]:
        if lowered[verb - 1] not in words()["modal_verbs"] | words()["auxiliaries"]:
            return None  # "the praise as", "a welcome as": a noun, unless a verb's form
        describing = "describe"
    elif form.endswith("s") and not form.endswith("ss"):
        describing = "describes"
    return speech_verb_subject([*tokens[:verb], describing, *tokens[verb + 1 :]]) or None


# How many words may stand between "as" and the quote ("as an “...”"), and in the judged
# object ("condemned the strike on the city's main market as").
_JUDGED_LEAD = 2
_JUDGED_OBJECT = 8


def spoken_subject(text: str) -> list[str] | None:
    """speech_verb_subject of a whole sentence. Every way it finds a subject needs a
    speech verb or "according": a sentence without either (most) is not tokenised."""
    if not may_speak(text) and "according" not in text.lower():
        return None
    return speech_verb_subject(word_re().findall(text))


class _Reported(NamedTuple):
    """What the walk back to a speech verb settled without one: a subject phrase, [] for
    nobody, or None for unsettled."""

    subject: list[str] | None


def _reporting_verb(tokens: list[str]) -> int | _Reported | None:
    """Walking back from the quote: where the speech verb that reports it is, or what was
    settled on the way ("according to X", "have her ask,", "when Clinton ended ...,
    remarking", "X ... and said" with no verb before)."""
    speech = words().speech
    lowered = list(map(str.lower, tokens))
    if speech.isdisjoint(lowered) and "according" not in lowered:
        return None  # nothing to stop at on the way back: tested in C
    participle: int | None = None  # a ", saying" passed on the way back
    coordinated = False  # an "and said" passed on the way back
    later = False  # a "to tell" passed on the way back
    trailing = len(tokens)  # where the punctuation right before the quote starts
    while trailing and tokens[trailing - 1] in {",", ":"}:
        trailing -= 1
    # a speech verb in a subordinate clause that opens the words reports none of the quote
    # ("When Roe asked Doe about it, Doe smiled and said, “...”": Doe's)
    fronted = _fronted_clause_end(tokens, lowered, trailing)
    for n in range(len(tokens) - 1, -1, -1):
        low = lowered[n]
        if low == "according" and n + 1 < len(tokens) and tokens[n + 1].lower() == "to":
            return _Reported(inverted_subject(tokens[n + 2 :]))
        if low not in speech:
            continue
        if _inside_a_name(tokens, n):
            continue  # "the United States had “no right ...”": a name's word, no verb
        if _noun_after_a_preposition(lowered, n):
            continue  # "said in his first committee remarks that": a noun, no verb
        if _participle_as_adjective(lowered, n):
            continue  # "teas sold with added painkillers": an adjective, no verb
        if _opens_the_one_told(tokens, lowered, n):
            continue  # "told state television the exchange is “...”": the one told
        if (
            n > 0
            and lowered[n - 1] == "to"
            and (low in words()["infinitive_speech_verbs"] or _speech_before(lowered, n - 2))
        ):
            later = True
            # "promised to hail ...", "asked the crowd to welcome ...": whose verb; and an
            # infinitive inside what an earlier speech verb reports is no saying of its own
            # ("X said Minsk was ready to explain the exercise “...”": X's words, r66 F14)
            continue
        if n > 1 and lowered[n - 1] in words()["modal_verbs"] and _speech_before(lowered, n - 2):
            # "... and said Caracas would respond “at the appropriate moment”": a speech
            # verb in what an earlier one reports is said by no one yet; the earlier's
            continue
        if n > 1 and _told_the_teller(lowered, n):
            # "He told the station that Yousef had told him to “...”": a hearsay chain,
            # the words in the account of the one they were told to, the earlier verb's
            continue
        if _spoken_to(tokens, lowered, n, trailing):
            # "Lie, when asked about the quotas: “...”": a clause cut short whose verb
            # has the main clause's subject for its object, who answers; no one's saying
            continue
        if n > 1 and _unnamed_directive(tokens, lowered, n):
            # "X said the government had asked prosecutors to investigate “those who spread
            # panic”": a request by no one named, inside what X reports, in X's words
            continue
        if n > 0:
            if tokens[n - 1] == "," and low.endswith("ing"):
                participle = n if participle is None else participle
            if n + 1 >= trailing and lowered[n - 1] in words()["determiners"]:
                continue  # "called the report “...”": the noun of a verb's form, no verb
            if n + 1 >= trailing and tokens[n].islower() and _is_noun(tokens[n - 1]):
                return _Reported(None)  # "only to have her ask, “...”": unsettled
            coordinated = coordinated or tokens[n - 1].lower() in {"and", "but"}
        if n < fronted:
            continue
        if reports_words(tokens, n):
            if participle is not None and _clause_between(tokens[n + 1 : participle]):
                return _Reported(None)  # "He tweeted when Clinton ended it, remarking"
            comment = _comment_clause(tokens, n) if coordinated or later else None
            if comment is not None:
                # "Her father, she says, used to ... and tell her: “...”": the comment
                # reports the whole sentence; the later verb, the quote, and its subject
                # is the clause's own ("Her father"), as if no comment stood in it
                return _Reported(speech_verb_subject([*tokens[:comment], *tokens[n + 2 :]]))
            return n
    first = _participle_at(tokens)
    if coordinated and (first is None or not tokens[first].lower().endswith("ing")):
        return _Reported(_coordinated_subject(tokens, fronted))
    return None


def _noun_after_a_preposition(lowered: list[str], at: int) -> bool:
    """ "said in his first committee remarks that he ...": a speech verb's -s form, a
    plural noun as well, after a preposition, an article or a possessive and at most two
    words more is the head of the preposition's object, no verb: a preposition's object is
    a noun phrase, never a clause with a verb of its own."""
    if not lowered[at].endswith("s"):
        return False
    openers = words()["possessives"] | {"the"}
    prepositions = (words()["object_prepositions"] | {"during"}) - {"after", "before"}
    for k in range(at - 1, max(0, at - 4), -1):
        if lowered[k] in openers:
            return lowered[k - 1] in prepositions
        if not lowered[k].isalpha():
            return False
    return False


def _opens_the_one_told(tokens: list[str], lowered: list[str], at: int) -> bool:
    """ "Lapitski told state television the exchange was “...”", "told Chinese state
    media that ...": a speech verb's form right after a verb whose object is the one
    spoken to (words.toml's hearer_verbs: "told", "tells"), past an article and names
    or demonyms, opens that object's noun phrase, as "state" of "state television" does;
    a finite verb never follows "told" so (r74 F13, where "state" had taken the quote
    from its speaker)."""
    k = at - 1
    while (
        k >= 0
        and at - k <= _ONE_TOLD_REACH
        and (lowered[k] in words()["articles"] or tokens[k][:1].isupper())
    ):
        k -= 1
    if k < 0 or lowered[k] not in hearer_verb_forms():
        return False
    # (only a form no noun shares: "The charges state that ..." has its verb)
    return lowered[k].endswith("ed") or lowered[k] in _TELL_FORMS


# How many words (an article, a demonym, a name) may stand between "told" and the speech
# verb's form that opens the one told ("told the Chinese state media").
_ONE_TOLD_REACH = 3
_TELL_FORMS = frozenset({"told", "tells", "telling"})


def _participle_as_adjective(lowered: list[str], at: int) -> bool:
    """ "sold with added painkillers", "at an added cost": a speech verb's "-ed" form
    right after a preposition or an article modifies the noun after it, as adjectives do;
    a finite verb never stands there (nor a passive's participle, which follows its "be")."""
    if at == 0 or not lowered[at].endswith("ed"):
        return False
    return lowered[at - 1] in words()["object_prepositions"] | words()["articles"]


def _comment_clause(tokens: list[str], verb: int) -> int | None:
    """Where a comment clause set off by commas inside a clause starts (its first comma),
    when the speech verb at tokens[verb] ends one: a pronoun or a short name and the verb
    (", she says,", ", Smith recalls,") after the clause's subject. None otherwise."""
    if tokens[verb + 1 : verb + 2] != [","]:
        return None
    start = verb - 1
    while start > 0 and verb - start <= _COMMENT_SUBJECT and tokens[start] != ",":
        start -= 1
    subject = tokens[start + 1 : verb]
    if start <= 0 or tokens[start] != "," or not subject:
        return None
    pronouns = joined("male_pronouns", "female_pronouns", "other_subject_pronouns")
    if not (subject[0].lower() in pronouns and len(subject) == 1 or is_name(subject)):
        return None
    return start


# How many words the subject of a comment clause may take (", Lt Col Ruth Ames says,").
_COMMENT_SUBJECT = 4


def _inside_a_name(tokens: list[str], at: int) -> bool:
    """Whether the speech verb's form at tokens[at] is a word of a name ("United States",
    "Claims Conference"): capitalised after a capitalised word, mid-sentence, with a word
    in lower case after it that a Title Case headline ("Obama Says He Will ...", "Obama
    Says the Deal Is ...") would not leave in lower case (words.toml's small_words)."""
    if at == 0 or not tokens[at][:1].isupper() or not name_word(tokens[at - 1]):
        return False
    after = tokens[at + 1 : at + 2]
    return (
        bool(after)
        and after[0].isalpha()
        and after[0].islower()
        and after[0] not in words()["small_words"]
    )


def _unnamed_directive(tokens: list[str], lowered: list[str], verb: int) -> bool:
    """Whether the speech verb at `verb` asks someone to do something ("had asked the
    prosecutor's office to investigate", "urged residents to avoid"), its subject names
    no one ("the government", "officials": no name, no pronoun), it stands inside what
    an earlier speech verb of the sentence reports, and the quote is in the request's
    object, not the request itself ("told him to “go to hell”" quotes the one telling).
    The quoted words are then the earlier speaker's, who told of the request in them."""
    if lowered[verb] not in words()["directive_verbs"] or lowered[-1] == "to":
        return False
    rest = lowered[verb + 1 : verb + 1 + _DIRECTIVE_REACH]
    if "to" not in rest:
        return False
    to = rest.index("to")
    object_ = tokens[verb + 1 : verb + 1 + to]
    if not object_ or any(not t[:1].isalnum() for t in object_):
        return False  # "asked, to ...": no object, or a clause between
    if verb + 2 + to >= len(tokens) or not tokens[verb + 2 + to].isalpha():
        return False
    if not tokens[verb + 2 + to].islower():
        return False  # "to Congress": a place or hearer, no request's verb
    subject: list[str] = []
    n = verb - 1
    while n >= 0 and lowered[n] in words()["adverbs"] | words()["auxiliaries"]:
        n -= 1
    while n >= 0 and tokens[n][:1].isalpha() and lowered[n] not in words().speech:
        if lowered[n] in {"that", "and", "but"}:
            break
        subject.insert(0, tokens[n])
        n -= 1
    if not subject or n < 0 or lowered[n] not in words().speech and lowered[n] != "that":
        return False
    pronouns = joined("male_pronouns", "female_pronouns", "other_subject_pronouns")
    if any(not t.islower() or t in pronouns for t in subject):
        return False  # a name or "he": theirs
    return _speech_before(lowered, n)


# How many words a request's object may take before its "to" ("asked the prosecutor's
# office to").
_DIRECTIVE_REACH = 6


def _told_the_teller(lowered: list[str], verb: int) -> bool:
    """Whether the speech verb at `verb`, in the past perfect, tells its words to a
    pronoun ("had told him") or says them ("had said"), inside what an earlier speech
    verb of the sentence reports ("She said the chief had later told her that the land
    “...”"): the earlier verb's speaker passes the words on in their own account (the
    one told is that speaker), and the reader has them only from that account; so the
    quote is the earlier speaker's, or nobody's when the earlier speaker is unnamed ("A
    neighbour ... said X had told him that")."""
    after = lowered[verb + 1 : verb + 2]
    told = bool(after) and after[0] in words()["hearer_pronouns"]
    # "X reported that Y had said “...”" passes Y's words on too; not "Y had said in her
    # affidavit: “...”", whose words are read from Y's own writing or record
    said = lowered[verb] == "said" and after[:1] != ["in"]
    if lowered[verb] not in _TELLING or not (told or said):
        return False
    n = verb - 1
    while n > 0 and lowered[n] in words()["adverbs"] | words()["verb_negators"]:
        n -= 1  # "had later told", "had once told" (words.toml's adverbs hold "had")
    return "had" in lowered[n + 1 : verb] and _speech_before(lowered, n - 1)


# The forms of telling a hearsay chain passes on ("had told him"): past ones, the chain's
# inner saying being over before the outer one tells of it.
_TELLING = frozenset({"told", "said"})


def _speech_before(lowered: list[str], at: int) -> bool:
    """Whether a speech verb stands in lowered[:at + 1]."""
    speech = words().speech
    return any(word in speech for word in lowered[: at + 1])


def _fronted_clause_end(tokens: list[str], lowered: list[str], trailing: int) -> int:
    """Where a subordinate clause that opens the words ends: at its first comma, when a
    main clause with a speech verb of its own follows it before `trailing` (0 when no
    such clause opens them). Its subject asks or says something else ("When Davis asked
    Cosby what ..., Cosby shook his head and said"): the main clause's verb reports the
    quote. ("As Obama said in a statement, “...”" reports it: an "as" clause of speech
    tells whose words follow.) A comma inside the clause ("When Roe, the senator,
    asked") ends it too early, so a verb after it is left to the main clause."""
    opener = lowered[0] if lowered else ""
    # a participle of speech opening the words is a clause too: "Asked whether she would
    # stay, she smiled and said only:" (a question put to the main clause's subject)
    subordinate = opener in words()["quote_subordinators"] or _asked(tokens)
    if opener == "as" or not subordinate or "," not in lowered:
        return 0
    comma = lowered.index(",")
    # the main clause has its own speech verb, or its own named subject ("When Trump
    # suggested ..., Rubio fired back: “...”": Rubio's words, whatever his verb): else the
    # quote is the fronted clause's ("When Jones said on March 3, 2020, that the plan
    # was “dead”, Smith laughed")
    speech = words().speech
    if any(w in speech for w in lowered[comma + 1 : trailing]):
        return comma
    subject = tokens[comma + 1] if comma + 1 < trailing else ""
    return comma if subject[:1].isupper() and _named_subject_clause(tokens, comma) else 0


def _spoken_to(tokens: list[str], lowered: list[str], at: int, trailing: int) -> bool:
    """Whether the speech verb at `at` is a past participle with no subject of its own,
    a passive cut short whose understood subject is the main clause's, the one asked or
    told, who then answers: right after a subordinator ("when asked", "if pressed",
    "unless told"), or opening a clause set off by a comma that runs to the colon before
    the quote ("Lie, asked about the quotas: “...”", "Lie, asked by Roe whether ...:";
    there even an active "asked" would be Lie's own question)."""
    low = lowered[at]
    if not (tokens[at].islower() and (low.endswith("ed") or low in _IRREGULAR_SPOKEN_TO)):
        return False
    if at and lowered[at - 1] in _CUT_SHORT_OPENERS:
        return True
    return (
        at > 1
        and tokens[at - 1] == ","
        and "," not in tokens[: at - 1]  # (not "Lie, the harbour master, asked about")
        and tokens[trailing : trailing + 1] == [":"]
        and "," not in tokens[at:trailing]
        and at + 1 < trailing
        and lowered[at + 1] in _SPOKEN_TO_COMPLEMENTS
    )


# What opens a clause cut short of its subject and auxiliary ("when asked", "if told").
# (Not "once", an adverb as often: "Clinton once described the pact as “...”".)
_CUT_SHORT_OPENERS = frozenset({"when", "whenever", "if", "unless", "until"})
# Past participles of speech not ending in "-ed".
_IRREGULAR_SPOKEN_TO = frozenset({"told"})
# What follows a participle of being asked or told, before what about ("asked about",
# "asked by Roe", "asked whether", "told of").
_SPOKEN_TO_COMPLEMENTS = frozenset(
    {"about", "by", "whether", "if", "of", "on", "over", "what", "why", "how", "when", "where"}
)


def _asked(tokens: list[str]) -> bool:
    """Whether the words open with a past participle of speech ("Asked whether ...,",
    "Pressed on the cost,"): a clause whose subject is the main clause's."""
    opener = tokens[0].lower() if tokens else ""
    return opener.endswith("ed") and opener in words().speech


def _named_subject_clause(tokens: list[str], comma: int) -> bool:
    """Whether a clause opens at tokens[comma + 1] with a name and then a lower-case verb
    ("Rubio fired back forcefully"), not a date or a phrase going on from before."""
    n = comma + 1
    while n < len(tokens) and tokens[n][:1].isupper() and tokens[n].isalpha():
        n += 1
    return comma + 1 < n < len(tokens) and tokens[n].islower() and tokens[n].isalpha()


def _without_auxiliary_after_apposition(tokens: list[str]) -> list[str]:
    """The words before a speech verb less an auxiliary and adverbs between the comma that
    closes an apposition and the verb ("Its director, Karl Roe, has (also) said"): the
    apposition then ends them, as before "said" alone. Not a past one ("X, the trial
    judge, had described it in terms “...”"): a clause shifted back is mostly inside
    another's report, whose words the quote may be."""
    between = joined("auxiliaries", "adverbs") - words()["past_auxiliaries"]
    k = len(tokens)
    while k and tokens[k - 1].lower() in between:
        k -= 1
    return tokens[:k] if k < len(tokens) and tokens[k - 1 : k] == [","] else tokens


def _without_rank_letters(tokens: list[str]) -> list[str]:
    """The tokens without the letters of a rank or honour set off by commas after a name
    ("Keith Bonner, KC, who told", "Jane Roe, MP, said"): they are the name's, and no
    apposition that could be the subject."""
    out: list[str] = []
    for n, token in enumerate(tokens):
        letters = token.isupper() and token.lower() in words()["title_acronyms"]
        closed = n + 1 == len(tokens) or tokens[n + 1] == ","
        if letters and closed and out[-1:] == [","] and out[-2:-1] and out[-2][:1].isupper():
            out.pop()  # its comma: the next one goes on as the name's
            continue
        out.append(token)
    return out


def _subject_of_verb(tokens: list[str], verb: int) -> list[str]:
    """The subject phrase before the speech verb at tokens[verb], past a parenthesis and
    an apposition ("Straw, the foreign secretary, said"); [] when there is none."""
    if verb > 1 and tokens[verb - 1].lower() in _GERUND_PREPOSITIONS:
        main = _main_clause_verb(tokens[: verb - 1])
        if main is not None:
            return _subject_of_verb(tokens, main)
    before = _without_parenthesis(_dashes_as_commas(tokens[:verb]))  # "Gov. X (R-OH), said"
    before = _without_rank_letters(before)  # "Keith Bonner, KC, who told"
    before = _without_auxiliary_after_apposition(before)  # "X, its director, has said"
    with_verb = [*before, tokens[verb]]  # ("Paul Connolly, who said": "who" before the verb)
    relative = next(
        (k for k in range(2, len(before)) if before[k - 1] == "," and _who_does(with_verb, k)),
        None,
    )
    if relative is not None and _closes_on_the_verb(before[relative:]):
        # "Viktor Lysenko, who was appointed after his predecessor, Andriy Shevchuk, was
        # dismissed ..., said": the relative clause runs to the verb, whatever commas it
        # holds; the subject is the phrase before ", who", not the last names before the
        # verb, which a comma after them would make look like an apposition ("Roe, 52,
        # who ..., said": nor the age set off before it)
        antecedent = _past_an_age(before[: relative - 1])
        if _own_verb(before[relative:]):
            # "The condition was proposed by councillor X (PT), who told the plenary that":
            # the relative's own verb has for its subject the noun phrase right before
            # ", who", whatever that phrase is in the main clause
            antecedent = _object_of_preposition(
                _named_before_description(_without_parenthesis(antecedent))
            )
        elif _apposition_ends(antecedent):
            # "Mr. Tom Roe, President of the Fishers Association, who toured the office,
            # said": the antecedent's own apposition is closed by the relative clause's
            # comma, so it is read as "Tom Roe, President ..., said"
            antecedent = [*antecedent, ","]
        return _subject_of_verb([*antecedent, *tokens[verb:]], len(antecedent))
    apposed = before[-1:] == [","]
    while apposed and _complements_apposition(before):
        # "Ann Rowe, Chief Executive of the parent company, Rowe Energy plc, said": the
        # last apposition names the object of the one before ("the parent company"), not
        # the subject; the one before is the subject's
        before = [*_before_apposition(before), ","]
    head = _past_an_age(_before_apposition(before)) if apposed else before
    apposition = before[len(head) + 1 : -1]
    aside = _adverbial_aside(head) if apposed else None
    if aside is not None:
        # "The Ministry ..., in a statement signed by its Director of Public Relations, Mr.
        # Gbenga Alabi-Okeowo, said": the name is apposed to the object inside an
        # adverbial aside, and both asides stand after the subject, not for it
        head, apposition = head[:aside], []
    role = subject_tail(head)
    if (
        apposed
        and apposition[:1]
        and not (apposition[0].islower() and apposition[0].endswith(("ing", "ed")))
        and (
            is_description(role, possessive=True)
            or (role_words(_office_phrase(head)) and is_name(apposition))
            or (_kin_of_someone(role) and is_name(apposition))
        )
    ):
        # "Its chairman, Stephen Faloon-Reid, said", "The head of the unit, Chief
        # Superintendent, Mick Deats, said", "The Bishop of Durham, the Rt Rev Dr Tom
        # Wright, described", "The party's leader, former prime minister Nawaz Sharif,
        # told": the apposition names the one described; an aside that opens with a
        # participle names no one ("Singapore's Foreign Minister Daniel Koh, speaking to
        # reporters at a forum in Singapore, said": Koh said it)
        head = apposition
    tail = subject_tail(head)
    if _fills_a_subordinate_clause(head[: len(head) - len(tail)], tokens[verb + 1 :]):
        return []  # "While Iran insists on completing ..., “any ...” ... he was quoted as saying"
    if not apposed and tokens[verb + 1 : verb + 2] != [","]:
        # ("Clinton, a top aide said, “is very confident”": a tag set inside the clause)
        tail = _unclosed_apposition(head, tail)
    if tokens[verb].lower().endswith("ing"):
        if joined_to_an_object(head[: len(head) - len(tail)], tail):
            return []  # "spoke to protesters in Ukraine and Venezuela saying": the object's
        tail = _gerund_subject(tail)
    if tokens[verb].lower().endswith("ing") and tail and tail[-1].lower() in words()["writings"]:
        return []  # "Trump's tweet saying ... meant that": no main verb's subject
    first = head[: len(head) - len(tail)]
    if first[-1:] == ["and"] and and_in_office(subject_tail(first[:-1]), tail):
        # "The Ministry of Physical Planning and Urban Development said": one body's name
        return [*subject_tail(first[:-1]), "and", *tail]
    if two_subjects(first, tail):
        return []  # "The CMF and the LCF said": two speakers, not the second
    return tail


# Prepositions that open an adverbial clause of an -ing form with no subject of its own
# ("opened the hearing by saying", "“...,” she said, before saying").
_GERUND_PREPOSITIONS = frozenset({"by", "before", "after", "while"})
_CLAUSE_BREAKS = frozenset({".", "!", "?", ";", ":", '"', "“", "”", "''", "``"})


def _main_clause_verb(before: list[str]) -> int | None:
    """Where the verb of the main clause is, whose subject an -ing form after "by",
    "before", "after" or "while" shares ("Jane Roe opened the hearing by saying", "The
    minister, Jane Roe, opened the debate by saying", "“...,” she said, before saying"):
    the clause's first word in lower case past its subject and an apposition, a verb in
    the past, with no second clause (a comma, "that", a speech verb) between it and the
    preposition. None when the clause is not so plain."""
    start = max((k + 1 for k, token in enumerate(before) if token in _CLAUSE_BREAKS), default=0)
    clause = before[start:]
    if clause[-1:] == [","]:
        clause = clause[:-1]  # "she said, before saying"
    commas = 0
    speech, past = words().speech, words().irregular
    for k, token in enumerate(clause):
        if token == ",":
            commas += 1
            continue
        if not token.islower() or not token.isalpha() or subject_word(token):
            continue  # the subject's words: a name, a role's, a determiner, a pronoun
        rest = {word.lower() for word in clause[k + 1 :]}
        verbs = {word for word in rest if word.endswith("ed") or word in past or word in speech}
        told = token.endswith("ed") or token in past or token in speech
        if k and commas in (0, 2) and told and not verbs and not {",", "that"} & rest:
            return start + k
        return None
    return None


def _kin_of_someone(phrase: list[str]) -> bool:
    """ "Her successor", "his deputy", "their eldest son": a possessive pronoun and lower-
    case nouns, a relation of someone's that a name in apposition then names ("Her
    successor, Andrés Salazar, promises that"); whatever the noun, such an apposition
    says who the subject is, as it does after a noun of office."""
    return (
        2 <= len(phrase) <= 3
        # (not "our": "Our correspondent, Jane Roe, reports" is the outlet's own voice)
        and phrase[0].lower() in words()["possessives"] - {"our"}
        and all(token.isalpha() and token.islower() for token in phrase[1:])
    )


def _closes_on_the_verb(clause: list[str]) -> bool:
    """Whether the speech verb after a relative clause's "who" has the relative's
    antecedent for its subject: the clause's own verb ("who said", "who had told him"),
    or the main clause's, the clause ending with a comma right before it but for
    auxiliaries and adverbs (", said", ", has said"); not a verb inside the clause with a
    subject of its own (", Mr. King said,"), nor a noun read as a verb ("cleaning up state
    voter-roll data"); and no quote lies between."""
    clause = _titles_out(clause)
    if _QUOTE_MARKS.intersection(clause):
        return False
    helpers = joined("auxiliaries", "adverbs", "focus_adverbs")  # (", just posted")
    if {token.lower() for token in clause[1:]} <= helpers:
        return True  # "Paul Connolly, who (had) said they were “...”": the clause's own verb
    if "," not in clause:
        return False
    last = len(clause) - 1 - clause[::-1].index(",")
    return {token.lower() for token in clause[last + 1 :]} <= helpers


def _own_verb(clause: list[str]) -> bool:
    """Whether a relative clause ("who (had) told") is no more than "who" and the speech
    verb's auxiliaries and adverbs: the verb is the clause's own."""
    return {token.lower() for token in clause[1:]} <= joined("auxiliaries", "adverbs")


def _named_before_description(phrase: list[str]) -> list[str]:
    """ "... is not related to Nawaf Rami, a spokesman for Oman's Ministry of Foreign
    Affairs, who confirmed that": a spokesperson's description set off after a name (an
    article and a role) is the name's apposition, and the relative pronoun after it
    stands for the person it describes, named before it, not for the body whose
    spokesperson they are (which a spokesperson's words go to when no one is named);
    the phrase less that apposition."""
    if "," not in phrase:
        return phrase
    comma = len(phrase) - 1 - phrase[::-1].index(",")
    name, apposition = phrase[:comma], phrase[comma + 1 :]
    if len(apposition) < 2 or apposition[0].lower() not in words()["articles"]:
        return phrase
    if not name or not name[-1][:1].isupper():
        return phrase
    if not any(word.lower() in words()["spokespeople"] for word in apposition):
        return phrase  # (the others read as before: "X, the member for Y, who told")
    if not (role_words(apposition) or is_description(apposition)):
        return phrase
    return name


def _object_of_preposition(phrase: list[str]) -> list[str]:
    """The name a phrase ends with as the object of "by", "with" or "to", the prepositions
    of an agent and of whom one speaks with ("... was proposed by councillor Rafael
    Albuquerque": "councillor Rafael Albuquerque"), which a relative pronoun after it
    stands for; the phrase otherwise ("the mayor of Hale, who said" is the mayor's,
    "police in Lagos, who said" no place's)."""
    for k in range(len(phrase) - 1, 0, -1):
        token = phrase[k]
        if not token.isalpha() and not token.replace("-", "").replace(".", "").isalpha():
            return phrase  # a clause's comma or bracket: no phrase of the name's
        if token in _AGENT_PREPOSITIONS:
            rest = phrase[k + 1 :]
            return rest if rest and rest[-1][:1].isupper() else phrase
    return phrase


_AGENT_PREPOSITIONS = frozenset({"by", "with", "to"})


def _who_does(tokens: list[str], at: int) -> bool:
    """ "who" at tokens[at] as the subject of its clause ("who was appointed"), not its
    object ("who he dubbed", "who Beck called": the one called is no speaker)."""
    after = tokens[at + 1]
    return (
        tokens[at].lower() == "who" and after.islower() and after not in words()["person_pronouns"]
    )


_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘", "’"})
# How many words a work's title in quotation marks may take ("“Salt Wind,”").
_TITLE_WORDS = 6


def _titles_out(clause: list[str]) -> list[str]:
    """The clause with each work's title in quotation marks written as one word: a few
    capitalised words ("who won best actor for “Salt Wind,” just posted"), the comma AP
    style sets inside the marks set after it. A title is no quote, and its comma may be
    the one that closes the clause."""
    if not _QUOTE_MARKS.intersection(clause):
        return clause
    out: list[str] = []
    n = 0
    while n < len(clause):
        end = next(
            (
                k
                for k in range(n + 1, min(n + _TITLE_WORDS + 3, len(clause)))
                if clause[k] in _QUOTE_MARKS
            ),
            None,
        )
        inner = clause[n + 1 : end] if clause[n] in _QUOTE_MARKS and end is not None else []
        named = [t for t in inner if t not in {",", "."}]
        if named and all(t[:1].isupper() for t in named):
            out += ["Title", *inner[len(named) :]]
            n = end + 1  # type: ignore[operator]
            continue
        out.append(clause[n])
        n += 1
    return out


def _gerund_subject(tail: list[str]) -> list[str]:
    """ "an account of Clinton telling one agent", "reminds me of Lincoln saying": the
    subject of an -ing form is the name right before it, even as the object of "of"."""
    n = len(tail)
    while n and tail[n - 1][:1].isupper():
        n -= 1
    if 0 < n < len(tail) and tail[n - 1].lower() in {"of", "by", "from", "at", "for"}:
        return tail[n:]
    return tail


def _unclosed_apposition(head: list[str], tail: list[str]) -> list[str]:
    """ "Lt. Col. Peter Vance, a Pentagon spokesman says": web copy often drops the comma
    that closes an apposition, and an indefinite description right after a name that opens
    the clause describes that name, so the name is the subject (the tail otherwise)."""
    name = head[: len(head) - len(tail) - 1]
    if not tail or head[len(name) : len(name) + 1] != [","] or not name:
        return tail
    if tail[0].lower() not in words()["indefinites"] or not role_words(tail):
        return tail
    return name if all(capital_or_digit(token) for token in name) and len(name) <= 6 else tail


def _fills_a_subordinate_clause(before: list[str], after: list[str]) -> bool:
    """ "While Iran insists on completing its reactor, “any proliferation concerns” ...":
    a speech verb in a clause that a subordinator opens ("while", "when"), whose own
    complement ("on completing ...") the comma before the quote closes, reports none of
    the quote; the main clause's verb does. ("As Obama said in a statement, “...”" reports
    it: an "as" clause of speech tells whose words follow; and "when he suggested that
    Clinton “should be ...”" does, the quote inside its "that" clause.)"""
    opener = before[-1].lower() if before else ""
    opens = opener in words()["quote_subordinators"] and opener != "as"
    return opens and after[-1:] == [","] and after[0].lower() in words()["object_prepositions"]


def _participle_at(tokens: list[str]) -> int | None:
    """Where the first ", saying" of a clause is."""
    speech = words().speech
    return next(
        (n for n, t in enumerate(tokens[1:], 1) if tokens[n - 1] == "," and t.lower() in speech),
        None,
    )


def _participle_subject(tokens: list[str]) -> list[str] | None:
    """ "Mr Howard branded the decision unacceptable, saying:": the clause's subject; None
    when another subject's clause comes between ("Trump spoke after Clinton ended the
    debate, saying")."""
    participle = _participle_at(tokens)
    if participle is None or not tokens[participle].lower().endswith("ing"):
        return None
    absolute = _with_absolute(tokens[:participle])
    if absolute is not None:
        return absolute
    subject = opening_subject(tokens[:participle])
    if _clause_between(tokens[len(subject) + 1 : participle]):
        return None
    return subject or None


def _with_absolute(tokens: list[str]) -> list[str] | None:
    """ "The council met, with Guyana's acting foreign minister, Alicia Ramdass, accusing
    Caracas of ...": after ", with" the participle has its own subject, the noun phrase
    between (the name its apposition gives a description), never the main clause's."""
    if tokens[-1:] != [","]:
        return None
    starts = [k for k in range(1, len(tokens) - 1) if tokens[k] == "with" and tokens[k - 1] == ","]
    if not starts:
        return None
    phrase = tokens[starts[-1] + 1 : -1]
    if "," not in phrase:
        return phrase or None
    head = phrase[: phrase.index(",")]
    apposition = phrase[len(head) + 1 :]
    if "," in apposition:
        apposition = apposition[: apposition.index(",")]
    if role_words(head) and is_name(apposition):
        return apposition
    return head or None


def _coordinated_subject(tokens: list[str], fronted: int) -> list[str] | None:
    """ "Trump called on her to resign and said, “...”": the clause's own subject, if a
    verb follows it ("The Rove ad hits ... and claims": the ad's, not Rove's). After a
    fronted subordinate clause (ending at `fronted`, see _fronted_clause_end) the clause is
    the main one, past the comma that closes it ("When Davis asked Cosby ..., Cosby shook
    his head and said": Cosby)."""
    after = tokens[fronted + 1 : fronted + 2]
    # (a pronoun there is read as before: the clause's; but after a participle, which has
    # no subject of its own, "Asked about it, she smiled and said" is hers)
    participle = bool(after) and after[0].lower() in joined("male_pronouns", "female_pronouns")
    if fronted and after and (after[0][:1].isupper() or (participle and _asked(tokens))):
        tokens = tokens[fronted + 1 :]
    subject = opening_subject(tokens)
    at = tokens.index(subject[-1]) + 1 if subject else 0
    at = _past_asides(tokens, at)
    return subject if subject and at < len(tokens) and _verb_like(tokens[at]) else None


def _past_asides(tokens: list[str], at: int) -> int:
    """Where the verb after a subject ending at tokens[at] may be, past a parenthesis and
    an apposition set off by commas that opens with a description, an age or a relative
    pronoun ("Councillor X (PL), his sister-in-law and the leader of the bloc, voted";
    not a list of names: "X, Y and Z voted")."""
    if tokens[at : at + 1] == ["("] and ")" in tokens[at:]:
        at = tokens.index(")", at) + 1
    if tokens[at : at + 1] == [","] and "," in tokens[at + 1 :]:
        close = tokens.index(",", at + 1)
        aside = tokens[at + 1 : close]
        if aside and (aside[0].islower() or aside[0].isdigit()):
            at = close + 1
    return at


def _verb_like(token: str) -> bool:
    """A word that may follow a subject: an auxiliary or adverb ("only", "quickly"), a
    speech verb, an irregular past (one written as its present too: "read", "set") or a
    regular form ("called", "rails"); not a noun such as "ad"."""
    w = words()
    low = token.lower()
    if not token.islower():
        return False
    return (
        low in joined("adverbs", "auxiliaries", "passive", "focus_adverbs", "verb_negators")
        or low in w.speech
        or low in w.irregular
        or low in w["shared_pasts"]
        or low.endswith(("s", "ed", "ly"))
    )


def _clause_between(tokens: list[str]) -> bool:
    """Whether a clause with a named subject of its own ("when Clinton ended ...") lies
    between a verb and a participle that may then belong to either subject."""
    return any(
        token.lower() in words()["quote_subordinators"]
        and tokens[k + 1 : k + 2] != []
        and tokens[k + 1][:1].isupper()
        for k, token in enumerate(tokens)
    )


def reports_words(tokens: list[str], verb: int) -> bool:
    """Whether the speech verb at tokens[verb] reports the words that follow, with its
    subject before it. Not after "and" or "but" ("Psaki called it “...” and said", "she
    conceded there were “...” but said": the subject comes before), not a noun
    ("Rubio's claim that", "her call to": see _is_noun), not "called for" or "will
    continue to be" (see _no_speech), not a passive ("was told"), and not "..., arguing
    that", whose subject is the main clause's."""
    if verb > 0 and (tokens[verb - 1].lower() in {"and", "but"} or _is_noun(tokens[verb - 1])):
        return False
    if _no_speech(tokens, verb):
        return False
    passive = not tokens[verb].lower().endswith("ing")  # "is saying" is no passive
    if passive and _after_passive_auxiliary(tokens, verb):
        return False  # "the cost was being evaluated", "he was told": no subject speaks
    return not (verb > 0 and tokens[verb - 1] == "," and tokens[verb].lower().endswith("ing"))


def _after_passive_auxiliary(tokens: list[str], verb: int) -> bool:
    """ "was told", "was also asked", "were repeatedly asked": a passive, past any adverb,
    whose subject is the one spoken to; the words are the asker's, not theirs."""
    n = verb - 1
    while n > 0 and tokens[n].lower() in joined("adverbs", "verb_negators"):
        n -= 1
    return n >= 0 and tokens[n].lower() in words()["passive"]


def _is_noun(before: str) -> bool:
    """Whether the word before a speech verb's form makes it a noun: a possessive or a
    determiner ("Clinton's call", "his claim", "a report") is no verb's subject."""
    low = before.lower()
    return bool(POSSESSIVE_END_RE.search(before)) or low in joined("possessives", "determiners")


def _no_speech(tokens: list[str], verb: int) -> bool:
    """ "called for a ban", "asked for", "continue to be", "is said to be": a speech verb
    that reports no words here ("said on Friday", "said to reporters" and "wrote to the
    Times" do)."""
    after = [t.lower() for t in tokens[verb + 1 : verb + 3]]
    if tokens[verb].lower().startswith("agree") and after[:1] == ["with"]:
        return True  # "X agreed with his view that “...”": the view's words, not X's
    if tokens[verb].lower().startswith("call") and _summons(tokens[verb + 1 : verb + 7]):
        return True  # "Trump called LeVell onto the stage": a summons, no words
    if _says_what_it_is(tokens[verb + 1 :]):
        return True  # "read from what he said was a letter ...: “...”": the letter's words
    phrasal = tokens[verb].lower().startswith(("call", "ask", "plead", "argu"))
    if phrasal and after[:1] in (["for"], ["on"], ["off"], ["up"]):
        if _demand_quoted(tokens, verb):
            return False  # "called on “all sides to ...”": the demand in its own words
        # "argued for the second time that “...”" reports words all the same
        return "that" not in (t.lower() for t in tokens[verb + 2 :])
    if after[:1] != ["to"] or len(after) < 2:
        return False
    addressee = joined("determiners", "male_pronouns", "female_pronouns") | {"them", "us"}
    return after[1] not in addressee and not tokens[verb + 2][:1].isupper()


def _demand_quoted(tokens: list[str], verb: int) -> bool:
    """Whether the quote that ends `tokens` is what a "call for", "call on", "ask for",
    "plead for" or "argue for" at tokens[verb] demands, in the words it was made in: right after the
    particle ("called for “an end to ...”", "calls on “all actors to respect ...”"),
    after the ones called on and their "to" ("called on the council to “stop ...”"), or
    after the article that opens the thing called for ("called for a “complete halt”").
    A demand is made in words, and the quote gives them; "called on the family at home"
    (a visit) or "called for a ban, ..." has more before the quote, which another verb
    reports if any."""
    particle = tokens[verb + 1].lower()
    if particle != "for" and not (particle == "on" and tokens[verb].lower().startswith("call")):
        return False  # ("argued on “Newsnight”": a programme, "called off": no demand)
    between = [t.lower() for t in tokens[verb + 2 :]]
    while between and between[-1] in {",", ":"}:
        between.pop()
    if not between:
        return True
    if particle == "for" and len(between) == 1:
        return between[0] in joined("articles", "possessives")  # "for a “...”"
    if between[-1] != "to" or not 1 < len(between) <= 9:
        return False
    # the ones called on: a noun phrase ("the leaders of both parties to"), with no place,
    # time or clause of their own ("the family at home to", "the mayor after she said")
    joins = joined("open_ended", "quote_subordinators") - joined("articles", "possessives")
    return all(t.isalpha() and t not in joins - {"of"} for t in between[:-1])


def _says_what_it_is(after: list[str]) -> bool:
    """Whether a speech verb's words are a copula and a noun phrase ("what he said was a
    letter", "a man she says is her cousin"): a clause whose subject is gapped, which
    reports all it says before the quote; what the quote then gives is that thing's words
    (a pseudo-cleft right before its quote, "What he said was: “...”", is the speaker's,
    and so is a noun phrase the quote completes: "what he said was an “exceptional
    institution”")."""
    if len(after) < 3 or after[0].lower() not in words()["copulas"]:
        return False
    determiner = after[1].lower() in joined("determiners", "possessives") or after[1][0].isdigit()
    return determiner and after[2][:1].isalnum()


def _summons(rest: list[str]) -> bool:
    """Whether the words after "call" are an object and a preposition of place ("LeVell
    onto the stage", "him to the podium", "reporters into his office"): someone called
    somewhere, which reports no words (unlike "called him a liar")."""
    n = 0
    while n < len(rest) and n < 4 and (name_word(rest[n]) or rest[n].isalpha()):
        if rest[n].lower() in _PLACE_PREPOSITIONS:
            break
        n += 1
    if n == 0 or n >= len(rest) or rest[n].lower() not in _PLACE_PREPOSITIONS:
        return False
    return rest[n].lower() != "to" or rest[n + 1 : n + 2] in (["the"], ["his"], ["her"])


_PLACE_PREPOSITIONS = frozenset({"onto", "into", "to", "up", "back", "forward", "over", "down"})


def _dashes_as_commas(tokens: list[str]) -> list[str]:
    """ "Lord Bingham - a senior law lord - said": an aside between dashes that ends the
    words before a speech verb is an apposition, as it is between commas."""
    if tokens[-1:] and tokens[-1] in DASHES:
        opening = [k for k, token in enumerate(tokens[:-1]) if token in DASHES]
        if opening:
            return [*tokens[: opening[-1]], ",", *tokens[opening[-1] + 1 : -1], ","]
    return tokens


def _without_parenthesis(tokens: list[str]) -> list[str]:
    """The words before a speech verb less a parenthesis that ends them, and its comma:
    "Gov. John Kasich (R-OH), said" is Kasich's "said"; the comma stays when it closes
    an apposition ("Jeff Bechdel, chairman of America Rising (a PAC), tweeted"), its office
    in lower case or in capitals ("X, Head of the Delegation of ... (PACE), said": else
    the body's name ending the office would be read as the subject)."""
    end = len(tokens) - (tokens[-1:] == [","])
    if not end or tokens[end - 1] != ")" or "(" not in tokens[:end]:
        return tokens
    opening = max(k for k in range(end) if tokens[k] == "(")
    if not opening:
        return tokens
    kept = tokens[:opening]
    if end == len(tokens) or "," not in kept:
        return kept
    last = len(kept) - kept[::-1].index(",")  # after the last comma
    # ", chairman of ... (", ", Head of ... ("
    apposition = last < len(kept) and (
        kept[last][:1].islower() or role_words(kept[last : last + 1])
    )
    return [*kept, ","] if apposition else kept


def _adverbial_aside(head: list[str]) -> int | None:
    """Where the aside set off by a comma at the end of a subject phrase starts, when it
    is an adverbial or a reduced clause, no apposition, that ends with a role as a
    preposition's object: a preposition opens it ("The ministry, in a statement signed by
    its director"), or a word no subject phrase holds, a participle ("A statement from
    him, read into the record by his spokesperson"); not "where a trader", "or block
    leader", "such as splash screens ... trying to visit". None when there is none, or
    nothing stands before it."""
    commas = [k for k, token in enumerate(head) if token == ","]
    if not commas or commas[-1] == 0 or commas[-1] + 1 >= len(head):
        return None
    aside = head[commas[-1] + 1 :]
    w = words()
    opening = aside[0]
    clause = opening.isalpha() and opening.islower() and not subject_word(opening)
    if opening not in w["fronted_prepositions"] and (
        not clause or opening in w["possessives"] or opening in w["relative_pronouns"]
    ):
        return None
    # the role the apposition after the aside names: after the aside's last preposition
    # or its agent's "by" ("by its Director of Public Relations", "by the Clerk to the
    # House": "of", "for" and "to" may belong to a title)
    ats = [k for k, word in enumerate(aside) if word in w["object_prepositions"]]
    ats = [k for n, k in enumerate(ats) if n == len(ats) - 1 or aside[k] == "by"]
    return commas[-1] if any(role_words(aside[at + 1 :]) for at in ats) else None


def _past_an_age(head: list[str]) -> list[str]:
    """ "Jane Roe, 31, a mother of five, told ...": an age set off between commas after
    the name stands for no one; the subject is the name before it."""
    if len(head) >= 3 and head[-2] == "," and head[-1].isdigit() and len(head[-1]) <= 3:
        return head[:-2]
    return head


def _office_phrase(head: list[str]) -> list[str]:
    """The whole noun phrase before an apposition's comma, back to the comma before it:
    an office's name may hold "and" or its body's initials in brackets ("Minister for
    Relief and Rehabilitation", "Executive Secretary of the State Emergency Management
    Agency (SEMA)"), where the subject's tail would keep only the words after them."""
    commas = [k for k, token in enumerate(head) if token == ","]
    return head[commas[-1] + 1 :] if commas else head


def _apposition_ends(tokens: list[str]) -> bool:
    """Whether the words are a name and an apposition after its comma that describes it
    ("Mr. Tom Roe, President of the Fishers Association"), whose closing comma is the
    next clause's."""
    if "," not in tokens:
        return False
    comma = len(tokens) - 1 - tokens[::-1].index(",")
    # (the name is all before the comma: "In Juba, SSPDF spokesperson X, who ..., said"
    # is no name and its apposition)
    name, apposition = tokens[:comma], tokens[comma + 1 :]
    fronted = joined("fronted_prepositions", "quote_subordinators", "adverbs", "time_words")
    return (
        is_name(name)
        and name[0].lower() not in fronted
        and bool(apposition)
        and apposition[0][:1].isupper()
        and (role_words(apposition) or is_description(apposition))
    )


def _complements_apposition(before: list[str]) -> bool:
    """Whether the apposition that ends `before` (at its comma) is a name set after the
    object of the apposition before it ("..., Chief Executive of the parent company, Rowe
    Energy plc,"): that apposition ends in "of the" or "of its" and a noun phrase in
    lower case."""
    head = _before_apposition(before)
    apposition = before[len(head) + 1 : -1]
    if "," not in head or not apposition or not apposition[0][:1].isupper():
        return False  # (a body's name may end in lower case: "Rowe Energy plc")
    segment = head[len(head) - head[::-1].index(",") :]
    lowered = [token.lower() for token in segment]
    opens = [k for k in range(len(lowered) - 2) if lowered[k] == "of"]
    if not opens:
        return False
    after = segment[opens[-1] + 1 :]  # "the parent company"
    return after[0].lower() in _OBJECT_DETERMINERS and all(
        token.isalpha() and token.islower() for token in after[1:]
    )


_OBJECT_DETERMINERS = frozenset({"the", "its", "their", "his", "her"})


def _before_apposition(tokens: list[str]) -> list[str]:
    """The words before the apposition that ends at tokens[-1] (a comma)."""
    commas = [k for k, t in enumerate(tokens[:-1]) if t == ","]
    return tokens[: commas[-1]] if commas else []


def rendered_subject(tokens: list[str]) -> list[str] | None:
    """Whose words an interpreter renders right before a quote: the owner of the words
    rendered ("Ms Kim summarised his answer as “...”": "he"), or the subject of the clause
    whose reply a relative clause renders ("He gave a longer reply in Korean, which Ms
    Kim rendered as: “...”": "He"; [] when that clause opens with no name); None when no
    rendering verb leads to the quote or the words rendered have no owner it names."""
    lowered = [t.lower() for t in tokens]
    end = len(lowered)
    while end and lowered[end - 1] in {",", ":"}:
        end -= 1
    if end < 2 or lowered[end - 1] != "as":
        return None
    verbs = [
        n
        for n in range(max(0, end - 1 - _RENDERED_REACH), end - 1)
        if lowered[n] in words()["rendering_verbs"]
    ]
    if not verbs:
        return None
    verb = verbs[-1]
    rendered = lowered[verb + 1 : end - 1]
    w = words()
    if rendered[:1] and rendered[0] in w["male_pronouns"] | w["female_pronouns"]:
        return ["she" if rendered[0] in w["female_pronouns"] else "he"]  # "his answer"
    if not rendered and "which" in lowered[:verb]:
        which = len(lowered[:verb]) - 1 - lowered[:verb][::-1].index("which")
        if which and tokens[which - 1] == ",":
            return opening_subject(tokens[: which - 1]) or []  # "He gave a reply, which"
    return None


# How many words the words rendered may take between the verb and "as" ("his answer").
_RENDERED_REACH = 4


def owner_of_words(clause: str, tokens: list[str]) -> list[str] | None:
    """ "Her words were: “...”", "Lima's answer was: “...”": a possessive, a noun of what
    was said (words.toml's remark_nouns or writings, a speech verb's noun) and a copula,
    or none ("Her reply:", "Her speech, in full:"), before a colon give the quote to the
    possessor ("she" for "Her", to be read as a pronoun); a word of order after the
    possessive ("His first words were:") and a fronted clause before it ("When he came
    round, his first words were:") leave it so."""
    if not clause.rstrip().endswith(":"):
        return None
    tokens = _less_fronted(_less_order(tokens))
    if len(tokens) > _OWNED_WORDS and tokens[-3].lower() == "in":
        # "Her speech, in full:", "His reply in Korean:": how much, or in what tongue
        tokens = tokens[: -4 if tokens[-4] == "," else -3] + tokens[-1:]
    if len(tokens) not in (_OWNED_WORDS - 1, _OWNED_WORDS):
        return None
    # (the copula may be left out: "Her reply: “...”", "Lima's answer: “...”")
    owner, noun, copula = (token.lower() for token in (*tokens[:-1], "was")[:3])
    w = words()
    said = (
        noun in w["remark_nouns"]
        or noun in w["writings"]  # "Her speech:", "His letter:"
        or (noun in w.speech and not noun.endswith(("ed", "ing")))
    )
    if copula not in {"was", "were", "is", "are"} or not said:
        return None
    if owner in w["female_pronouns"] | w["male_pronouns"]:
        return ["she" if owner in w["female_pronouns"] else "he"]
    found = POSSESSIVE_END_RE.search(tokens[0])
    if found is None or not tokens[0][:1].isupper():
        return None
    return [tokens[0][: found.start() + 1]]


# "Her words were :": the possessive, the noun, the copula and the colon.
_OWNED_WORDS = 4


def _less_order(tokens: list[str]) -> list[str]:
    """ "His first words were:", "Her last message:": the words without the word of order
    (words.toml's words_order) right after the possessive."""
    if len(tokens) > 2 and tokens[1].lower() in words()["words_order"]:
        return [tokens[0], *tokens[2:]]
    return tokens


def _less_fronted(tokens: list[str]) -> list[str]:
    """ "When he came round, his first words were:": the words after a fronted clause set
    off by its comma, when a possessive pronoun opens them."""
    if "," not in tokens:
        return tokens
    after = tokens[len(tokens) - tokens[::-1].index(",") :]
    if after and after[0].lower() in {"his", "her", "their"}:
        return _less_order(after)
    return tokens


def _less_setting(head: list[str]) -> list[str]:
    """A colon's subject phrase less the setting written after it: a preposition that
    may open an attribution's setting (words.toml's attribution_setting: "in", "to") after
    the phrase or its comma, and only words of a setting to the colon ("in a statement on
    Monday", "to reporters"), or a time or a subordinate clause set off by its comma ("Roe,
    earlier tonight:", "Roe, after the vote was read:").
    Anything else ("Russia in Africa:", "Welcome to Kenya:") stays, and is no subject."""
    w = words()
    setting = w["attribution_setting"]
    closed = [*head, ":"]  # the clause to its colon, as _spoken_to reads it
    lowered = [word.lower() for word in closed]
    for at in range(2, len(head)):
        # "Mokoena, earlier tonight:", "Roe, on Monday:": a time set off after the name
        if (
            head[at - 1] == ","
            and when_word(head[at].lower())
            and all(
                when_word(word.lower()) or word.lower() in setting or word.endswith("day")
                for word in head[at:]
            )
        ):
            return head[: at - 1]
        # "Host Ana Roe, after the applause died down:", "Roe, when asked about the
        # fare:": a clause of when or why set off after the name, the left-out verb's
        if head[at - 1] == "," and head[at].lower() in w["subordinators"] and "," not in head[at:]:
            return head[: at - 1]
        # "Lie, asked about the quotas:": a passive cut short, of the one who answers
        if "," not in head[at:] and _spoken_to(closed, lowered, at, len(head)):
            return head[: at - 1]
    for at in range(1, len(head)):
        opens = head[at].lower()
        if opens not in setting or opens not in w["object_prepositions"]:
            continue
        rest = head[at + 1 :]
        if rest and all(
            word.lower() in setting or word.lower().endswith("day") or word.isdigit()
            for word in rest
        ):
            return head[: at - 1] if head[at - 1] == "," else head[:at]
        return head
    return head


def work_opening(clause: str, tokens: list[str]) -> tuple[list[str], str] | None:
    """ "The novel begins: “...”", "Her poem ends:", "Torvik's 2019 novel opens:": a work
    of one writer's (words.toml's authored_works) and a verb that gives its own words
    before a colon. (The words before the noun, and the noun: whose work it is, as far
    as the phrase says.) Not "The complaint reads:", nobody's work of its own."""
    if not clause.rstrip().endswith(":") or len(tokens) < 4:
        return None
    w = words()
    verb, noun = tokens[-2].lower(), tokens[-3].lower()
    if verb not in w["work_reading_verbs"] or noun not in w["authored_works"]:
        return None
    owner = [t for t in tokens[:-3] if t.lower() not in w["work_modifiers"] and not t.isdigit()]
    if len(owner) > 1 and all(t[:1].isupper() for t in owner):
        owner = [" ".join(owner)]  # "Karin Dahl's novel"
    if len(owner) != 1:
        return None
    return owner, noun


def colon_subject(clause: str, tokens: list[str]) -> list[str] | None:
    """ "Straw: “...”": a short clause that ends in a colon after a subject phrase (not
    "on CNN: “...”", where a preposition shows it is none). The words of an attribution's
    setting may stand between, as after a speech verb ("Straw, in a statement:", "Straw
    to reporters on Monday:"): the verb is left out, not the one who speaks. A live
    page's entry stamp before it ("9.48am - Counsel for the family, Jo Roe:") is the
    page's, no word of the phrase."""
    stamp = entry_stamp(clause)
    if stamp is not None:
        clause = clause[stamp.end :]
        tokens = word_re().findall(clause)
    head = _less_setting(_without_parenthesis(tokens[:-1]))  # "Rep. Trey Gowdy (R-S.C.):"
    if not clause.rstrip().endswith(":") or len(head) > 7:
        return None
    phrase = subject_tail(head)
    if all(
        subject_word(t) and t.lower() not in words()["quote_prepositions"] | {"on", "in"}
        for t in phrase
    ):
        return phrase
    return None
