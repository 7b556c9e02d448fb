"""The actor a quote's speech tag names: the subject phrase that trailing_tags finds
after the quote, or reporting_verbs and relayed_speech before it, matched to the story's
actors (a name that heads the phrase, a pronoun, the organisation a spokesperson speaks
for, an epithet).

Apart from those modules, which read words only, and from pronouns, which it asks who
"he" or "she" is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from brief.extract.actors.names import surname_of
from brief.extract.actors.roles import role_word_set
from brief.extract.actors.word_knowledge import SURE, gender
from brief.extract.lexicon import (
    alternation,
    honorific_gender,
    joined,
    kin_genders,
    word_codes,
    words,
)
from brief.extract.quotes.actor_index import gender_of as listed_gender
from brief.extract.quotes.actor_index import phrase_head, press_office_body, spokesperson_body
from brief.extract.quotes.person_mentions import other_given_name
from brief.extract.quotes.pronouns import LOOK_BACK, PRONOUN_REACH, Subjects, naming_re
from brief.extract.quotes.relayed_speech import (
    already_reported,
    claim_author,
    inner_speech,
    quoted_as,
    quoting_source,
    read_for_another,
)
from brief.extract.quotes.reporting_verbs import (
    colon_subject,
    judged_subject,
    owner_of_words,
    put_it_subject,
    rendered_subject,
    retort_subject,
    speech_verb_subject,
    work_opening,
)
from brief.extract.quotes.speech_words import (
    PARENTHESIS_RE,
    POSSESSIVE_END_RE,
    attributing,
    clause_break_re,
    word_re,
)
from brief.extract.quotes.subject_phrases import (
    inverted_subject,
    is_description,
    opening_subject,
    role_words,
    strip_apposition,
    subject_word,
    two_subjects,
)
from brief.extract.quotes.trailing_tags import verb_after
from brief.models import Actor


def attribute(before: str, after: str, subjects: Subjects) -> tuple[Actor | None, bool]:
    """The speaker from the attribution after the quote, else before it; and whether an
    attribution follows the quote at all (then it is nobody else's continuation)."""
    labelled = _QUOTE_FROM_RE.search(before)
    if labelled is not None:  # "Quote from Terekhov: “...”" (Ukrainska Pravda's style)
        return phrase_actor(word_re().findall(labelled.group(1)), subjects), True
    tokens_after = word_re().findall(PARENTHESIS_RE.sub(" ", after))  # "McCaskill (D-Mo.)"
    relayed = quoted_as(tokens_after, after_quote=True)
    if relayed is not None:
        return phrase_actor(relayed, subjects), True
    # the role heads as the index keeps them (a set made of them per quote cost 0.2 s at
    # 25,000 sentences of one story with 437 role heads)
    verb_at = verb_after(tokens_after, subjects.index.roles.keys())
    if verb_at is not None and already_reported(before):
        # "The lawyer had said the rules were “...”, said Clark": the lawyer's words,
        # which Clark relays; whoever the inner verb's subject is, Clark is not
        return resolve_before(before, subjects), True
    if verb_at is not None:
        read = read_for_another(_tag_sentence(tokens_after))
        if read is not None:  # "“...,” X said, reading a statement on behalf of Y": Y's
            return _owner_read(read, subjects), True
        subjects.tag = after
        try:
            return _resolve_after(tokens_after, verb_at, subjects), True
        finally:
            subjects.tag = ""
    return resolve_before(before, subjects), False


# A label that gives the quote after it to someone: "Quote from Terekhov-Bondar:", "In
# the words of Ms Ardern:". Only a name after it: "Quote from the statement:" is no one's.
_QUOTE_FROM_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:Quote from|In the words of)\s+"
    r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s*:\s*$"
)


def _resolve_after(tokens: list[str], verb: int, subjects: Subjects) -> Actor | None:
    """The subject of "“...,” Straw said" or of "“...,” said Straw"; a phrase that opens
    with a preposition is the quote's complement, not a subject ("“A challenge” for
    Clinton, said Kunin": Kunin)."""
    start = 0
    while start < verb and tokens[start] in {",", "—", "–", "-"}:
        start += 1
    complement = tokens[start].lower() in words()["quote_prepositions"] | {"on", "in", "about"}
    if complement and tokens[verb - 1] == ",":
        start = verb
    if start == verb:  # "“...,” said Straw" / "said one resident, Olga Petrova"
        if tokens[verb].lower().endswith("ing"):
            return None  # "“...,” suggesting he might ...": the main clause's subject
        phrase = inverted_subject(tokens[verb + 1 :])
        actor = phrase_actor(phrase, subjects)
        rest = tokens[verb + 1 + len(phrase) :]
        if actor is None and rest[:1] == [","] and (is_description(phrase) or role_words(phrase)):
            # "said one resident, Olga Petrova", "said EEF chief economist, Steve Radley"
            actor = phrase_actor(inverted_subject(rest[1:]), subjects)
        return actor
    subject = strip_apposition(tokens[start:verb])
    named = _apposed_name(tokens[start:verb], subject, subjects)
    if named is not None:
        return named  # "“...,” UNHCR's representative in Chad, Farai Mukwashi, told ...": his
    if "and" in subject:
        cut = len(subject) - subject[::-1].index("and")
        if two_subjects(subject[:cut], subject[cut:]):
            return None  # "“...,” Blair and Brown said": two speakers
    return phrase_actor(subject, subjects)


def _apposed_name(tokens: list[str], subject: list[str], subjects: Subjects) -> Actor | None:
    """The person an apposition names after a description that is the subject ("the
    committee's chairman, Brigadier General Sipho Ndlovu of South Africa,"): the one
    speaking, not a place or body inside the description, nor no one."""
    if len(subject) == len(tokens) or not (
        is_description(subject, possessive=True) or role_words(subject) or _definite(subject)
    ):
        return None
    apposition = tokens[len(subject) + 1 :]
    if "," in apposition:
        apposition = apposition[: apposition.index(",")]
    if not apposition or not apposition[0][:1].isupper():
        return None  # "Straw, the foreign secretary,": the subject is the name
    actor = phrase_actor(apposition, subjects)
    return actor if actor is not None and actor.kind == "person" else None


def _definite(phrase: list[str]) -> bool:
    """ "the shepherd", "a local farmer": a short description that names no one, which an
    apposition then names ("the shepherd, Ilie Lupu, told Euronews")."""
    return (
        1 < len(phrase) <= 4
        and phrase[0].lower() in words()["determiners"]
        and all(word.islower() for word in phrase[1:])
    )


def resolve_before(before: str, subjects: Subjects) -> Actor | None:
    """ "Straw said: “...”", "Straw said the plan was “a disaster”", "according to
    Straw, “...”", "Straw: “...”", and "Carson named nobody, but told them, “...”",
    where the verb after ", but" shares the first clause's subject, as the words after
    ", but" share the first clause's speech verb when they have none."""
    clauses = clause_break_re().split(before)
    clause = clauses[-1]
    tokens = _past_an_adjunct_verb(word_re().findall(clause), subjects.quoted)
    inner = inner_speech(tokens) or claim_author(tokens) or quoted_as(tokens, after_quote=False)
    if inner is not None:
        return phrase_actor(inner, subjects)
    read = read_for_another(tokens) if _said_right_before(tokens) else None
    if read is not None:  # "Reading a statement on his client's behalf, X said: “...”"
        return _owner_read(read, subjects)
    quoted = quoting_source(tokens)
    if quoted is not None:
        return phrase_actor(quoted, subjects)  # "Quoting the complaint, she added ...": no one
    rendered = rendered_subject(tokens)  # an interpreter's: the words are the one's rendered
    phrase = speech_verb_subject(tokens) if rendered is None else rendered
    if phrase == [] and len(clauses) > 1 and _BUT_RE.search(before):
        phrase = opening_subject(word_re().findall(clauses[-2]))
    elif phrase is None and len(clauses) > 1 and _BUT_RE.search(before):
        # "Hewitt said the cost was being evaluated, but it was a “shared goal”": a
        # clause with no speech verb of its own goes on with the words reported before
        phrase = speech_verb_subject(word_re().findall(clauses[-2])) or None
    if phrase is None:
        phrase = judged_subject(tokens) or put_it_subject(tokens) or retort_subject(tokens)
    if phrase is None:
        work = work_opening(clause, tokens)
        if work is not None:
            return _work_author(*work, subjects)  # "The novel begins: “...”"
        phrase = colon_subject(clause, tokens) or owner_of_words(clause, tokens)
    if phrase == ["it"]:
        return _its_speaker(tokens, subjects) or subjects.document_said()
    if phrase is None:
        return None
    return phrase_actor(phrase, subjects) or _named_next(phrase, subjects)


def _past_an_adjunct_verb(tokens: list[str], quoted: str) -> list[str]:
    """The clause's words with the speech verb right before the quote read as no saying
    where the quote cannot be its object, and an earlier speech verb reports the clause
    it stands in: "Lapitski said Minsk had agreed “as a gesture of good will”". A quote
    that opens with a preposition of manner, time or place ("as ...", "in ...", "with
    ...") is an adjunct of "agreed", not what Minsk said; it is the words of the report
    that holds it, which the earlier verb's subject made (r74 F13, where it had gone to
    "Minsk", no actor, and so to no one). A verb with none before it keeps its subject
    ("The minister agreed “in principle”": hers)."""
    first = word_re().findall(quoted)[:2]
    if not first or first[0] not in _ADJUNCT_OPENERS:
        return tokens  # (a sentence quoted whole, "“In May we leave”", may be one's object)
    if first[1:] in (["least"], ["most"]):
        return tokens  # "had reported “at least 183 people”": a count, the verb's object
    speech = words().speech
    verb = len(tokens) - 1
    if verb < 2 or tokens[verb].lower() not in speech or not tokens[verb].islower():
        # ("reported that X had promised a factory “in every sub-county”": the words
        # after the promise's object say what was promised, the promiser's)
        return tokens
    if not any(t.lower() in speech and t.islower() for t in tokens[: verb - 1]):
        return tokens
    return [*tokens[:verb], "acted", *tokens[verb + 1 :]]


# The prepositions that open an adjunct of manner, time or place: a quote that opens with
# one is no verb's object. Not "for" ("asked “for calm”"), "to" or "from", which may be.
_ADJUNCT_OPENERS = frozenset(
    {"as", "in", "on", "with", "without", "under", "at", "after", "before", "during", "within"}
)


def _said_right_before(tokens: list[str]) -> bool:
    """Whether a colon, or a speech verb and at most a comma after it, ends the words
    before the quote ("X said: “...”"): the quote is what that verb reports whole, not
    words inside a clause it reports ("who read the statement on behalf of the High
    Command, said the army had acted to stop “...”" is the reader's own account)."""
    if tokens[-1:] == [":"]:
        return True  # "X read a statement on behalf of Y outside the court: “...”"
    end = len(tokens)
    while end and tokens[end - 1] == ",":
        end -= 1
    return end > 0 and tokens[end - 1].lower() in words().speech


def _tag_sentence(tokens: list[str]) -> list[str]:
    """The words of a tag after a quote up to its sentence's end."""
    end = next((n for n, t in enumerate(tokens) if t in {".", ";", "!", "?"}), len(tokens))
    return tokens[:end]


def _owner_read(owner: list[str], subjects: Subjects) -> Actor | None:
    """The one whose writing is read out for them (relayed_speech.read_for_another): the
    actor the owner's name is, or nobody where the clause does not name them."""
    return phrase_actor(owner, subjects) if owner else None


def _named_next(phrase: Sequence[str], subjects: Subjects) -> Actor | None:
    """Someone brought in unnamed who speaks ("A conductor ... shouted, “...”", "She
    said, “...”" of a woman only described), whom the sentence after the quote names by
    their name as such: "Her name was Ann Roe.", "I learned his name, Jo Roe, only in
    March." A pronoun's gender is the possessive's ("she", "her"); an indefinite
    description ("a conductor") may take either. Only where nothing else settled it."""
    if not phrase:
        return None
    first = phrase[0].lower()
    wanted = {"he": "his", "she": "her"}.get(first)
    if wanted is None and (first not in words()["indefinites"] or len(phrase) < 2):
        return None
    found = _NAME_GIVEN_RE.match(subjects.following)
    if found is None or found["whose"].lower() not in ({wanted} if wanted else {"his", "her"}):
        return None
    return _person_following_at(found.end(), subjects)


def _person_following_at(at: int, subjects: Subjects) -> Actor | None:
    """The person whose name stands at `at` in the sentence after the quote's (the name
    _named_next and _described_again read there), or None."""
    return next(
        (
            actor
            for start, _, actor in subjects.index.find(subjects.following)
            if start == at and actor.kind == "person"
        ),
        None,
    )


# A sentence that gives someone's name as such, the name after it: "Her name was ",
# "His name is ", "I learned his name, ", "We later learned her name, ".
_NAME_GIVEN_RE = re.compile(
    r"\W*(?:(?:I|We)(?:\s+(?:later|only))?\s+(?:learned|learnt|found out|discovered)\s+)?"
    r"(?P<whose>[Hh]is|[Hh]er)\s+(?:full\s+|first\s+)?name(?:\s+(?:was|is)\s+|,\s*)"
)


def _work_author(owner: list[str], noun: str, subjects: Subjects) -> Actor | None:
    """Who wrote the work whose own words follow "The novel begins:": the person a
    possessive names ("Torvik's novel", "Her novel": the one "she" stands for), or, after
    "the", the one the text last said wrote it (see Subjects.work_author). A work's
    words are its writer's whoever speaks them in it; a work whose writer the text does
    not give is no one's."""
    word = owner[0]
    low = word.lower()
    if low == "the":
        return subjects.work_author(noun)
    if low in {"his", "her"}:
        actor = subjects.pronoun("he" if low == "his" else "she")
    else:
        writer = POSSESSIVE_END_RE.search(word)
        if writer is None or not word[:1].isupper():
            return None
        actor = phrase_actor(word[: writer.start() + 1].split(), subjects)
    return actor if actor is not None and actor.kind == "person" else None


def _its_speaker(tokens: list[str], subjects: Subjects) -> Actor | None:
    """Who "it" is in "The ministry said it would summon its envoy to protest what it
    called “...”": the body or state that opens the clause as the subject of its first
    speech verb, when "it" is that verb's own reported subject ("said (that) it") and the
    words from there to the quote's "it" bring in nothing else "it" could be (no noun
    phrase with an article, no name but a possessive before a role: "China's
    ambassador"). Never a person; nobody otherwise."""
    lowered = [token.lower() for token in tokens]
    speech = attributing()
    first = next((n for n, low in enumerate(lowered) if n and low in speech), None)
    if first is None:
        return None
    reported = first + 1 + (lowered[first + 1 : first + 2] == ["that"])
    last = len(lowered) - 1 - lowered[::-1].index("it")
    if lowered[reported : reported + 1] != ["it"] or reported >= last:
        return None
    w = words()
    roles = joined("role_heads", "described")
    between = tokens[reported + 1 : last]
    for k, token in enumerate(between):
        if token.lower() in w["determiners"] | w["relative_pronouns"] or not token[:1].isalnum():
            return None  # "the ship", "which", a clause's comma: something else may be "it"
        if token[:1].isupper():
            owner = POSSESSIVE_END_RE.search(token) is not None
            if not (owner and between[k + 1 : k + 2] and between[k + 1].lower() in roles):
                return None
    subject = speech_verb_subject(tokens[: first + 1])
    actor = phrase_actor(subject, subjects) if subject else None
    return actor if actor is not None and actor.kind != "person" else None


_BUT_RE = re.compile(r",\s+but\s+[^;—–]*$")


def _own_title_before(actor: Actor, before: str) -> bool:
    """ "The Minister for Health Mary Doyle": the words before the name are the role the
    actors table gave the person (their own title, its preposition a portfolio's) after
    no more than a determiner, so the name heads the phrase and is no preposition's
    object ("a spokesman for the Minister for Health Mary Doyle" is the spokesman)."""
    role = actor.role or ""
    before = before.rstrip()
    if actor.kind != "person" or not role or not before.endswith(role):
        return False
    opening = before[: len(before) - len(role)].split()
    return len(opening) <= 1 and all(word.lower() in words()["determiners"] for word in opening)


def _past_honorific_suffix(phrase: list[str], subjects: Subjects) -> list[str]:
    """A subject phrase whose last word is a name with an honorific joined to it by a
    hyphen ("Fujita-sensei said", words.toml's honorific_suffixes), read as the name
    alone, as "Mr Fujita" is; not a hyphened name a person of the story bears whole
    ("Kim Tae-san")."""
    found = _honorific_suffix_re().fullmatch(phrase[-1])
    if found is None or any(
        phrase[-1] in actor.name.split() for _, _, actor in subjects.index.find(" ".join(phrase))
    ):
        return phrase
    return [*phrase[:-1], found.group(1)]


def _past_post_nominal(phrase: list[str]) -> list[str]:
    """A subject phrase less the letters of a rank or an honour it ends in after a name
    ("Fergal Doyle SC", "Jane Roe KC", words.toml's title_acronyms); else the phrase
    itself."""
    if len(phrase) < 3:
        return phrase
    letters = phrase[-1]
    if not letters.isupper() or letters.lower() not in words()["title_acronyms"]:
        return phrase
    # a name's words only, its particles aside ("Joost van der Berg QC"): not "with Jane
    # Roe BL", a junior counsel set beside the subject
    particles = words()["particles"]
    name = phrase[:-1]
    if not name[0][:1].isupper() or name[-1].isupper():
        return phrase
    if all(word[:1].isupper() or word in particles for word in name):
        return name
    return phrase


@cache
def _honorific_suffix_re() -> re.Pattern[str]:
    suffixes = alternation(words()["honorific_suffixes"])
    return re.compile(rf"([A-Z][\w’']+)-(?:{suffixes})")


def phrase_actor(phrase: list[str], subjects: Subjects) -> Actor | None:
    """The actor a subject phrase names (see _phrase_actor); one that ends in the letters
    of a rank or an honour ("Fergal Doyle SC said") and names no one whole is read as
    the name before them."""
    found = _phrase_actor(phrase, subjects)
    short = _past_post_nominal(phrase) if found is None else phrase
    return found if short is phrase else _phrase_actor(short, subjects)


def _phrase_actor(phrase: list[str], subjects: Subjects) -> Actor | None:
    """The actor a subject phrase names: a pronoun, or an actor that is its head (the
    phrase ends with it). Anything else ("a statement", "a Straw aide") settles nothing."""
    if not phrase:
        return None
    phrase = _past_honorific_suffix(phrase, subjects)
    w = words()
    if phrase[-1].lower() in w["writings"]:
        if len(phrase) == 2 and phrase[0].lower() == "the":
            # "“...,” the note said" after "Her lawyer said in a note that ...": its writer
            return subjects.author(phrase[-1].lower())
        phrase = _writer(phrase)  # "Campbell's (second) e-mail said": Campbell wrote it
    if len(phrase) == 2 and phrase[0].lower() == "the" and phrase[1] in w["authored_reports"]:
        # "The report says ..." after "In her report, inspector X finds ...": hers
        return subjects.author(phrase[1])
    if len(phrase) == 1 and phrase[0].lower() in joined("male_pronouns", "female_pronouns"):
        return subjects.pronoun(phrase[0].lower())
    if phrase == ["it"]:
        return subjects.document_said()  # "“...,” it read." after "The email, dated ..."
    body = subjects.index.body(phrase)
    recent = (*subjects.texts[-LOOK_BACK:], subjects.nearby)
    if body is not None and any(body.name in text for text in recent):
        return body  # "“...,” the forum said" just after "The Northern Governors Forum"
    firm = subjects.index.firm(phrase, (*subjects.texts[-PRONOUN_REACH:], subjects.nearby))
    if firm is not None:
        return firm  # "“...,” the company said" just after "Lycos Europe has ..."
    spoken_for = spokesperson_body(phrase, subjects.index, recent)
    if spoken_for is not None:
        return spoken_for  # "said a Honda spokesman": Honda's words
    office_for = press_office_body(phrase, subjects.index)
    if office_for is not None:
        return office_for  # "the KGB press service said": the KGB's words
    text = " ".join(phrase)
    # (a phrase read short of its article may open with a spokesperson's noun:
    # "spokesman for the Minister for Transport X" is the spokesman, a description too;
    # not "master of ceremonies X", whose own title it is)
    described = phrase[0].lower() in w["determiners"] or phrase[0] in w["spokespeople"]
    last = modified = None
    for start, end, actor in subjects.index.find(text):
        before = text[:start].split()
        if other_given_name(text[start:end], actor, before):
            continue  # "said German Ortega" is not Freddy Ortega
        # "a spokesman for Gordon Brown", "the eldest daughter of ex-King Michael of
        # Romania": the one named after the description's preposition is not speaking;
        # nor is a state or a body after any preposition ("Soldiers in Guinea-Bissau
        # said", "Residents of Gaza said"), where a person may be a title's ("Secretary
        # of State John Kerry")
        person = actor.kind == "person"
        prepositions = (
            w["quote_prepositions"]
            if person
            else joined("quote_prepositions", "object_prepositions")
        )
        complement = (
            (described or not person)
            and not prepositions.isdisjoint(text[:start].lower().split())
            and not _own_title_before(actor, text[:start])
        )
        if text[end:].strip(" .’'s") != "":
            if actor.kind == "person" and _POST_MODIFIER_RE.match(text, end) and not complement:
                modified = actor  # "analyst Orin Middleton of Barclays Capital"
            continue
        if complement:
            continue
        if _after_post_modifier(before):
            continue  # "Patrick Murray of Christie": Christie is what he spoke of
        if before and _verb_form(before[-1]):
            continue  # "White America embracing Obama": Obama is an object
        if actor.kind == "country" and before and before[-1][:1].isupper():
            continue  # "Health Canada", "Air Canada": a body named after the country
        if actor.kind == "organisation" and _verb_before(before):
            continue  # "The sale has destroyed Yukos", "Mr Hockney left UKIP saying": objects
        last = _namesake_by_title(actor, text[start:end], before, subjects)
    if len(phrase) == 1 and phrase[0] in subjects.index.shared:
        last = _namesake_by_possessive(phrase[0], subjects) or last
    if last is None and len(phrase) == 1 and phrase[0] in subjects.index.inner:
        # a word inside two names and ending neither ("Restrepo" of Álvaro Restrepo
        # Caicedo and Juliana Restrepo Mejía), which no name's short form is: which of
        # them it is, if any, is for the text read so far to say (_namesake_so_far)
        last = subjects.index.shared[phrase[0]][0]
    if last is None and len(phrase) == 2:
        last = _titled_namesake(phrase[-1], phrase[:-1], subjects)  # no short form of its own
    honorific = len(phrase) >= 2 and phrase[0].lower().rstrip(".") in w["honorifics"]
    surname = " ".join(phrase[1:] if honorific else phrase)  # "Mr Al Mazrouei": "Al Mazrouei"
    # a surname led by its particles two people share ("De la Fuente said"), as a bare one
    particled = surname in subjects.index.inner and phrase[0].lower() in w["particles"]
    # a rank or title before a surname two people share ("Insp Fennelly said"): no more a
    # full name than an honorific is, and no clue to which one when neither's role holds it
    titled = _titled_surname(phrase, subjects) and not _titled_namesake(
        phrase[-1], phrase[:-1], subjects
    )
    # "the elder Fjellstad", "the younger Ruggiero": an article and lower-case words
    # before a surname two people share tell the reader which one no more than the bare
    # surname does, unless the text read so far settles it
    epithet = _described_surname(phrase, subjects)
    if titled or epithet:
        surname = phrase[-1]
    if last is not None and (
        len(phrase) == 1
        or particled
        or titled
        or epithet
        or (honorific and (len(phrase) == 2 or surname in subjects.index.shared))
    ):  # a bare surname, or one after an honorific: "Ramdeen said", "Mr Ramdeen said"
        by_age = _namesake_by_generation(phrase, subjects) if epithet else None
        if by_age is not None:
            return by_age  # "the elder Rotich" after "His son, Kevin Rotich,": the father
        styled = _namesake_by_style(phrase, subjects) if honorific or titled else None
        if styled is not None:
            return styled  # "Cllr Kerr" after "Cllr Joanne Kerr" and "Alderman Trevor Kerr"
        chosen = _namesake_so_far(last, surname, subjects)
        if chosen is None:  # two namesakes named alike: only a gender may settle it
            return _namesake_by_clue(phrase, subjects)
        last = chosen
        if honorific:
            last = _namesake_of_gender(last, phrase, subjects)
    if last is not None and len(phrase) == 1:
        last = _of_said_gender(last, phrase[0], subjects)  # "Clinton said as he": not Hillary
    if last or modified:
        return last or modified
    described_one = subjects.index.described(text) or _described_again(phrase, subjects)
    if described_one is not None and not _named_before(described_one, phrase, subjects):
        # a definite description points back: "the returning officer said" is never one
        # the text names only later (a digest's later item, another ward's officer)
        return None
    if described_one is not None and _someone_new(phrase[-1], described_one, subjects):
        return None
    if len(phrase) == 2 and phrase[0].lower() == "the" and phrase[1] in _styles():
        # "the datu said" after "Datu Ramon Roe": the one whose role the style is only
        # where the story calls no one else by it, else the one just spoken of, whom the
        # story calls so (see Subjects.epithet), named in the quote's sentence or not
        # ("With his nephew Jo Roe interpreting, the datu said"), unless someone named
        # there bears it
        if described_one is not None and subjects.styled_one(phrase[1]) is described_one:
            return described_one
        if subjects.named_nearby() and not subjects.style_apart(phrase[1]):
            return None
        return subjects.epithet(text, subjects.sentences + 1)
    if described_one is not None or subjects.named_nearby():
        return described_one
    return subjects.epithet(text, subjects.sentences + 1)


@cache
def _styles() -> frozenset[str]:
    """The styles written before a name that call its bearer alone ("the datu"), and no
    office's noun ("the sheikh" may be any sheikh's office: read as roles are)."""
    return joined("forms_of_address", "given_name_styles") - joined("role_heads", "standing_titles")


def _titled_surname(phrase: Sequence[str], subjects: Subjects) -> bool:
    """Whether a subject is a capitalised rank or title and a surname that namesakes share
    ("Insp Fennelly", "Det. Grewal"), which names neither of them in full."""
    if len(phrase) != 2 or phrase[-1] not in subjects.index.shared or not phrase[0][:1].isupper():
        return False
    title = phrase[0].lower().rstrip(".")
    return title in joined("title_abbreviations", "military_ranks", "role_heads")


def _described_surname(phrase: Sequence[str], subjects: Subjects) -> bool:
    """Whether a subject is "the", lower-case words and a surname namesakes share ("the
    elder Fjellstad"): no full name of either."""
    return (
        len(phrase) in (3, 4)
        and phrase[0].lower() == "the"
        and phrase[-1] in subjects.index.shared
        and all(word.islower() for word in phrase[1:-1])
    )


def _someone_new(head: str, described: Actor, subjects: Subjects) -> bool:
    """Whether "the official" may be someone the sentence before, or the quote's own,
    brought in as "a senior Israeli official" (or "the mother" as "his mother, who would
    not give her name") without a name: then it is that one, not the official or mother
    named earlier, whom the text does not name again there."""
    pattern = _introduced_re(head.lower())
    # named there as a word, not as an owner or a part of another ("Wong's decision")
    named = re.compile(rf"\b{re.escape(surname_of(described.name))}\b(?![’']s\b)")
    recent = (*subjects.texts[-1:], subjects.nearby)
    return any(pattern.search(text) and not named.search(text) for text in recent)


@cache
def _introduced_re(head: str) -> re.Pattern[str]:
    """An indefinite noun phrase headed by `head`: "a senior Israeli official" (its words
    no article nor preposition: not "a matter for the minister"); or one with a pronoun's
    possessive and no name apposed after it ("his mother, who would not give her name"):
    someone brought in unnamed."""
    word = r"(?!(?:the|a|an|of|for|to|with|in|on|at|by)\b)[\w’'-]+\s+"
    noun = re.escape(head)
    return re.compile(
        rf"\b(?i:a|an|another|one)\s+(?:{word}){{0,4}}?{noun}\b"
        rf"|\b(?i:his|her|their)\s+(?:{word}){{0,2}}?{noun}\b(?!,?\s+[A-Z])"
    )


def _namesake_so_far(actor: Actor, surname: str, subjects: Subjects) -> Actor | None:
    """Of the story's people who share a bare surname, the one the text has named in full
    so far, if only one has been: a reader cannot take "Ramdeen said" for the daughter the
    story names only later, whatever the index chose reading the whole story (the one it
    names far more often, else first), or of those, the one the story has not said
    is dead or silent. With two named already, the nearest is no better
    a guess (a victim named just before the senator who speaks), and the index's choice
    stands, unless the sentence before has just brought one in (see _just_introduced)."""
    holders = subjects.index.shared.get(surname)
    if not holders or actor not in holders:
        return actor
    # named by the full name, or by the given name ("Khizr and Ghazala Khan")
    so_far = _named_so_far(holders, subjects)
    if len(so_far) == 1:
        subjects.short_forms.setdefault(surname, so_far[0])
        return so_far[0]
    # one of them the story has said is dead or has not spoken ("Its master, Captain Lin
    # Wei, who is not related to the spokeswoman, has not spoken publicly since."): the
    # other speaks
    speaking = [holder for holder in so_far if not subjects.silent(holder)]
    if len(so_far) > 1 and len(speaking) == 1:
        return speaking[0]
    if _named_in_turn(holders, subjects):
        return None
    in_paragraph = _named_in_paragraph(holders, subjects)
    if in_paragraph is not None:
        return in_paragraph
    nearby = _just_introduced(holders, subjects) or _just_quoted(holders, subjects)
    if surname not in subjects.index.inner:
        return nearby or _far_more_often(actor, holders)
    ending = [holder for holder in holders if surname_of(holder.name) == surname]
    if nearby is not None and nearby not in ending:
        # a word inside the name of the one just brought in ("Navarro" of Javier Navarro
        # Beltrán, a Spanish first surname; "Huckabee" of Sarah Huckabee Sanders, an
        # English middle name): theirs unless one whose name it ends has spoken already
        # (Rowena Bautista Navarro, Mike Huckabee); then the text does not settle it
        spoke = {actor.name for said in subjects.said_at.values() for actor in said}
        return None if any(holder.name in spoke for holder in ending) else nearby
    if nearby is not None:
        return nearby
    settled = subjects.short_forms.get(surname)
    if settled is not None and settled not in ending:
        # a word inside one's name that the story called them by while only they were
        # named in full: a person keeps one short form in an article ("De la Fuente" of
        # Ignacio de la Fuente Olmedo stays his once Beatriz de la Fuente is named)
        return settled
    # a word inside one's name and the last of another's: the ones it ends, as English
    # names people ("Ferreyra said" is Inés Ferreyra, not Juan Pablo Ferreyra Olmos);
    # inside both ("Muñoz" of father and son), how often each is named is no clue
    so_far = _named_so_far(ending, subjects)
    if len(ending) == 1 or len(so_far) == 1:
        return (so_far or ending)[0]
    return _far_more_often(actor, ending) if actor in ending else None


def _namesake_by_title(actor: Actor, form: str, before: list[str], subjects: Subjects) -> Actor:
    """ "Brigadier Al Shamsi said" beside Khalid Saeed Al Shamsi, the agency's chief, and
    Brigadier Juma Salem Al Shamsi: the namesake whose role holds the title before the
    surname, if only one's does (the index's choice is the one named first)."""
    return _titled_namesake(form, before, subjects) or actor


def _titled_namesake(form: str, before: Sequence[str], subjects: Subjects) -> Actor | None:
    """Of the people who share `form`, the one whose role holds the title written before
    it, if only one's does: "Sheikh Mohammed said" beside Sheikh Mohammed bin Abdulrahman
    Al Thani and Crown Prince Mohammed bin Salman."""
    holders = subjects.index.shared.get(form, ())
    # a title is written in capitals before a name ("Brigadier"; not "of", "for")
    titles = {word.lower().rstrip(".") for word in before if word[:1].isupper()}
    if len(holders) < 2 or not titles:
        return None
    fitting = [h for h in holders if h.role and titles & role_word_set(h.role)]
    return fitting[0] if len(fitting) == 1 else None


def _namesake_by_style(phrase: Sequence[str], subjects: Subjects) -> Actor | None:
    """Of namesakes, the one the text so far has written with the style or title before
    the surname, when it wrote it before no other's full name: "Cllr Kerr said" after
    "Cllr Joanne Kerr proposed ..." and "Seconded by Alderman Trevor Kerr" is Joanne
    Kerr, as a council's minutes call each member by their own style. A style that
    tells a sex ("Mr", "Mrs") is left to the sex (see _namesake_by_clue): a writer
    gives it to some men in full and not to others."""
    if len(phrase) != 2 or not phrase[0][:1].isupper() or honorific_gender(phrase[0]):
        return None
    holders = subjects.index.shared.get(phrase[-1], ())
    if len(holders) < 2:
        return None
    style = re.escape(phrase[0].rstrip("."))
    fitting = []
    for holder in holders:
        pattern = re.compile(rf"\b{style}\.?\s+{re.escape(holder.name)}\b")
        if pattern.search(subjects.nearby) or subjects.heard_so_far(pattern):
            fitting.append(holder)
    return fitting[0] if len(fitting) == 1 else None


def _namesake_by_clue(phrase: Sequence[str], subjects: Subjects) -> Actor | None:
    """Of namesakes the story names alike, the one whom the honorific ("Madam Jallow") or
    the pronoun of the speech tag ("Campbell said as she announced") fits, if only one of
    those named so far does; after an honorific, else the one of them not known to be of
    the other sex ("Mr Khan" beside Aliya Khan); nobody otherwise."""
    holders = subjects.index.shared.get(phrase[-1], ())
    if len(phrase) == 2:
        sex = honorific_gender(phrase[0])
    else:
        found = _said_pronoun_re().search(f"{subjects.nearby} {subjects.tag}")
        sex = None
        if found is not None and found.group("surname") == phrase[0]:
            sex = _pronoun_sex(found.group("pronoun"))
    if sex is None:
        return None
    candidates = _named_so_far(holders, subjects) or list(holders)
    fitting = [a for a in candidates if _known_gender(a, subjects) == sex]
    if not fitting and len(phrase) == 2:
        fitting = [a for a in candidates if _known_gender(a, subjects) in {None, sex}]
    return fitting[0] if len(fitting) == 1 else None


def _namesake_by_generation(phrase: Sequence[str], subjects: Subjects) -> Actor | None:
    """ "the elder Rotich said" after "His son and assistant, Kevin Rotich,": of the two
    namesakes named so far, the text that brought one in as kin ("his son", "Rotich's
    younger brother", "her father") says which is the elder, and the other is the other;
    nobody when it says it of neither, or of both alike."""
    codes = _generations()
    asked = {codes[word] for word in phrase[1:-1] if word in codes}
    if len(asked) != 1:
        return None
    holders = _named_so_far(subjects.index.shared.get(phrase[-1], ()), subjects)
    if len(holders) != 2:
        return None
    placed = [
        {age for age in ("elder", "younger") if subjects.heard_so_far(_kin_of_age_re(h.name, age))}
        for h in holders
    ]
    (wanted,) = asked
    other = "younger" if wanted == "elder" else "elder"
    for k in (0, 1):
        mine, theirs = placed[k], placed[1 - k]
        if mine == {wanted} and other not in theirs:
            return holders[k]
        if mine == {other} and not theirs:
            return holders[1 - k]
    return None


@cache
def _generations() -> dict[str, str]:
    return word_codes("generations", ("elder", "younger"))


@cache
def _kin_of_age_re(name: str, age: str) -> re.Pattern[str]:
    """The text bringing `name` in as kin of the generation `age`, beside the one whose kin
    they are ("his son and assistant, Kevin Rotich", "Rotich's younger brother, Hugo
    Rotich", "her father Gerrit Roe"): a noun of that generation, or a sibling's noun after
    an adjective of it."""
    codes = _generations()
    nouns = [noun for noun in kin_genders() if noun not in codes]  # a sibling's, a spouse's
    of_age = [noun for noun in kin_genders() if codes.get(noun) == age]
    adjectives = [word for word, code in codes.items() if code == age and word not in kin_genders()]
    sibling = rf"(?:{alternation(adjectives)})\s+(?:{alternation(nouns)})"
    kin = rf"(?:{sibling}|(?:[a-z]+\s+)?(?:{alternation(of_age)}))"
    return re.compile(
        rf"(?:\b[Hh]is|\b[Hh]er|\b[Tt]heir|[A-Z][\w’'-]*['’]s)\s+{kin}"
        rf"(?:\s+and\s+[a-z-]+)?,?\s+{re.escape(name)}\b"
    )


def _known_gender(person: Actor, subjects: Subjects) -> str | None:
    """A person's gender by a name list, or by what the text has said of them ("his wife,
    Seini Bale")."""
    return listed_gender(person) or subjects.marked.get(person.name)


def _pronoun_sex(pronoun: str) -> str:
    """ "male" for he, him, his; "female" for she and her."""
    return "male" if pronoun.lower() in words()["male_pronouns"] else "female"


def _far_more_often(actor: Actor, holders: Sequence[Actor]) -> Actor | None:
    """The namesake the story names at least twice as often as any other ("Clinton" in a
    campaign story with Hillary and, once, Bill), which a reader takes a bare surname for;
    nobody otherwise. Two namesakes the story names alike (a boat's survivor and the
    village chief, both Jallow) leave a bare "Jallow said" to be settled by the text, and
    where it is not (no gender, no subject just named), taking the one named first was
    as often wrong as right on the fresh sets (13 of 27)."""
    others = max((h.mentions for h in holders if h is not actor), default=0)
    return actor if actor.mentions >= 2 * others else None


def _just_introduced(holders: Sequence[Actor], subjects: Subjects) -> Actor | None:
    """The namesake the sentence just before has as its subject, when the text named them
    in full last, in that sentence or the one before (not the other namesake alone): "MP
    Nevine El-Sayed ... said small farmers still struggle." then "“...,” El-Sayed told
    Ahram Online" is the MP, however often the minister El-Sayed spoke before; so is
    "The lawyer ... argued ..." after "defence lawyer Panayiotis Georgiou". A writer who
    has just made one of them the topic goes on with them by surname, as with a pronoun
    (and on PolNeAR: Bill Clinton at the polling place, Jeh Johnson, Patricia Smith, each
    after an article's other Clinton, Johnson or Smith)."""
    if not subjects.sentences:
        return None
    subject = subjects.subject(subjects.sentences)
    if not isinstance(subject, Actor) or subject not in holders:
        return None
    if _spoken_of(subject, subjects.texts[-1]):
        return None  # "His daughter, Nour El-Sayed, was arrested": spoken of, not speaking
    for text in subjects.heard[: -_NAMED_WITHIN - 1 : -1]:  # in a quote too
        named = [holder for holder in holders if naming_re(holder.name).search(text)]
        if named:
            return subject if subject in named else None
    return None


def _named_in_turn(holders: Sequence[Actor], subjects: Subjects) -> bool:
    """Whether the sentence just before has one namesake, named there in full, as its
    subject, and the sentence before that another (a police spokesman, then the
    opposition leader who accuses the police): a bare surname right after them goes on
    with neither more than the other (a story that sets out two sides then quotes them in
    either order), so the one named last is no speaker the text settles (see
    _just_introduced). A sentence between that goes on with one of them ("The minister
    told reporters ...") makes them the topic; namesakes named only as objects ("Trump
    accused Rafael Cruz") set out no sides."""
    heard = subjects.heard
    if len(heard) < 2:
        return False
    last, before = subjects.subject(len(heard)), subjects.subject(len(heard) - 1)
    return (
        isinstance(last, Actor)
        and isinstance(before, Actor)
        and last is not before
        and last in holders
        and before in holders
        and naming_re(last.name).search(heard[-1]) is not None
        and naming_re(before.name).search(heard[-2]) is not None
    )


def _just_quoted(holders: Sequence[Actor], subjects: Subjects) -> Actor | None:
    """The namesake quoted in the sentence before, when that was one of them: "“...,” the
    general said." then "“...,” Kamara said" goes on with General Alusine Kamara, not the
    minister Fatmata Kamara named first (a reviewer's)."""
    # (not past a sentence about neither) The last sentence given a speaker is the last
    # key: said_at is filled in reading order. Taking the max of every key read each
    # time grew with the story's quotes (0.6 s of cProfile's 23 at 25,000 sentences).
    at = next(reversed(subjects.said_at), None)
    if at is not None and at < subjects.sentences - 1:
        at = None
    last = subjects.said_at[at][-1] if at is not None and subjects.said_at[at] else None
    if last is None or last not in holders:
        return None
    # named there by the given name alone ("“...,” Tom told her" beside Betsy Ebeling): the
    # surname then means the namesake the text calls by it
    given, surname = last.name.split()[0], surname_of(last.name)
    alone = re.compile(rf"\b{re.escape(given)}\b(?!\s+(?:\S+\s+)?{re.escape(surname)}\b)")
    if any(alone.search(text) for text in subjects.texts[-1:]):
        return None
    return last


def _spoken_of(person: Actor, sentence: str) -> bool:
    """Whether the sentence's verb after the person's name (past an apposition) is a
    form of "be": they are what it tells of ("was arrested", "was in Ohio"), not one who
    acts or speaks."""
    found = re.search(rf"\b{re.escape(surname_of(person.name))}\b", sentence)
    return found is not None and _BE_AFTER.match(sentence, found.end()) is not None


_BE_AFTER = re.compile(r",?(?:[^,]{1,80},)?\s+(?:is|are|was|were|has been|had been|will be)\b")


# How many sentences back the namesake a sentence's subject refers to must have been named
# in full (see _just_introduced).
_NAMED_WITHIN = 2


def _named_so_far(holders: Sequence[Actor], subjects: Subjects) -> list[Actor]:
    """The holders the text has named so far, in the sentences read (their quotes too: "“Levan
    Beridze must answer ...,” she said" names him for a reader) or the quote's own:
    by the given name as a word, at most a few words before the surname ("Tim Scott",
    "Khizr and Ghazala Khan"; not "Tim Kaine", nor "the Rose Garden")."""
    return [
        holder
        for holder in holders
        if (pattern := naming_re(holder.name)).search(subjects.nearby)
        or subjects.heard_so_far(pattern)
    ]


def _named_in_paragraph(holders: Sequence[Actor], subjects: Subjects) -> Actor | None:
    """The one namesake the quote's paragraph has named in full before it, when it names
    no other: a paragraph is one item of a digest or one step of a story, and a bare
    surname there goes on with the one it brought in ("Its founder, Jason Tan, is no
    relation to the shipyard's chief executive. Tan said ..."), not with a namesake of
    another item."""
    first = subjects.opened[-1] if subjects.opened else 1
    texts = (*subjects.heard[first - 1 :], subjects.own, subjects.nearby)
    # named as the one they are, not inside a body's name or as an owner ("the Donald
    # J. Trump Foundation", "Donald Trump's foundation": "Trump said" may be his son)
    alone = [
        re.compile(rf"{naming_re(holder.name).pattern}(?![’']s\b|\s+[A-Z])") for holder in holders
    ]
    named = [h for h, name in zip(holders, alone, strict=True) if any(map(name.search, texts))]
    return named[0] if len(named) == 1 else None


def _named_before(person: Actor, phrase: Sequence[str], subjects: Subjects) -> bool:
    """Whether the text has named the person by the quote or at it: in a sentence read,
    in the quote's own sentence before it, or in its speech tag ("“...,” the harbour
    master, Olu Adeyemi, said"); or in the very next sentence, which news writes to name
    the one just described ("..., said the hydrologist on duty. The hydrologist, Pema
    Dukpa, has ...")."""
    # (the name as written too: "H. Sutrisno", whose given name is an initial)
    pattern = re.compile(rf"{naming_re(person.name).pattern}|{re.escape(person.name)}")
    texts = (subjects.nearby, subjects.own, subjects.tag)
    if any(pattern.search(text) for text in texts):
        return True
    again = _described_again_re().match(subjects.following)
    if again is not None and pattern.match(subjects.following, again.end()):
        said = {word.lower() for word in phrase[1:]}
        if said & {word.lower() for word in again.group(1).split()}:
            return True
    if subjects.items:
        # in a digest, named in the quote's own item: "The minister said" in a council
        # item is not the health minister of an item above
        first = subjects.item_of(subjects.sentences + 1)
        return any(pattern.search(text) for text in subjects.heard[first - 1 :])
    return subjects.heard_so_far(pattern)


@cache
def _described_again_re() -> re.Pattern[str]:
    """The sentence after the quote's opening with the description again and the name
    after its comma, past a form of address: "The hydrologist, Pema Dukpa, has ...", "The
    analyst, Dr Maryan Abdi, said ..." (words.toml's honorifics)."""
    styles = alternation(h for h in words()["honorifics"] if h.isalpha())
    return re.compile(rf"\W*The\s+([^,.;:!?]{{1,60}}),\s*(?:(?i:{styles})\.?\s+(?=[A-Z]))?")


def _described_again(phrase: Sequence[str], subjects: Subjects) -> Actor | None:
    """The person the sentence after the quote's names in a shorter form of the tag's
    description: "“...,” the Board's Director of Investigations told a news conference.
    The director, Bimla Rai, said ..." (the actors table gave her the short form's role
    only, "director", which the long description's words do not fit). The short form's
    words are all the description's, less an owner ("the Board's"), and its head is the
    description's head; the name stands right after its comma."""
    tokens = [re.sub(r"[’']s$", "", word.lower()) for word in phrase]
    if len(tokens) < 2 or tokens[0] != "the":
        return None
    owned = [n for n, word in enumerate(phrase) if POSSESSIVE_END_RE.search(word)]
    rest = tokens[owned[-1] + 1 :] if owned else tokens[1:]
    again = _described_again_re().match(subjects.following)
    if not rest or again is None:
        return None
    short = again.group(1).lower().split()
    if not set(short) <= set(rest) or short[-1] != phrase_head(rest):
        return None
    return _person_following_at(again.end(), subjects)


def _namesake_by_possessive(surname: str, subjects: Subjects) -> Actor | None:
    """ "In his victory speech ..., Morgan said" with Gareth and Carys Morgan in the story:
    a "his" or "her" before the surname, with nobody named between, is the subject's (the
    one the clause is about), so its gender tells which namesake speaks. None when the
    text does not say, or says it of no one's gender a name list or the text gives."""
    holders = subjects.index.shared.get(surname)
    at = subjects.nearby.rfind(surname)
    if not holders or at < 0:
        return None
    head = subjects.nearby[:at]
    if any(isinstance(seen, Actor) for _, _, seen in subjects.people_in(head)):
        return None
    said = {
        sex
        for word, sex in (("his", "male"), ("her", "female"))
        if re.search(rf"\b{word}\b", head, re.I)
    }
    if len(said) != 1:
        return None
    sex = said.pop()
    known = [a for a in holders if _known_gender(a, subjects) == sex]
    return known[0] if len(known) == 1 else None


def _namesake_of_gender(actor: Actor, phrase: Sequence[str], subjects: Subjects) -> Actor | None:
    """ "Mr Chiwara said" among the story's Chiwaras named so far: the one the honorific's
    gender fits, by a name list or by what the text says of them ("her husband, Mr
    Tonderai Chiwara", "his wife, Seini Bale"); nobody when the text does not settle it
    (a name list's silence on "Eroni" and "Seini" had left the story's choice, the
    husband, for "Mrs Bale said")."""
    sex = honorific_gender(phrase[0])
    holders = subjects.index.shared.get(phrase[-1])
    if sex is None or not holders or actor not in holders:
        return actor
    candidates = _named_so_far(holders, subjects) or list(holders)
    known = [a for a in candidates if _known_gender(a, subjects) == sex]
    if len(known) == 1:
        return known[0]
    # one named later: "Mrs Clinton"
    known = [a for a in holders if _known_gender(a, subjects) == sex]
    if len(known) == 1:
        return known[0]
    if _known_gender(actor, subjects) == sex:
        return actor
    open_ = [a for a in candidates if _known_gender(a, subjects) in {None, sex}]
    return open_[0] if len(open_) == 1 else None


def _of_said_gender(actor: Actor, surname: str, subjects: Subjects) -> Actor | None:
    """The person a bare surname was read as, if they fit the gender its own clause gives
    them: "Clinton said as he introduced his wife" is not Hillary Clinton, however often
    the story calls her "Clinton" (her husband may be named only as "Bill"). The subject
    of a clause of time right after the speech verb ("said as he", "said while she") is
    the speaker's. That of what was said ("said he was proud of his wife") may be
    someone else's ("Trump said she should be in jail"), so it tells only where two
    people of the story share the surname. Where they do, the one of them the gender fits,
    if only one ("Campbell said as she announced" with Marlon and Judge Andrea Campbell);
    otherwise the text does not say who is meant, so nobody is."""
    if actor.kind != "person":
        return actor
    given = gender(actor.name.split()[0].lower())
    if given not in SURE:
        return actor
    # the quote's own sentence: the words before it, and a speech tag after it
    found = _said_pronoun_re().search(f"{subjects.nearby} {subjects.tag}")
    if found is None or found.group("surname") != surname:
        return actor
    holders = subjects.index.shared.get(surname)
    if found.group("time") is None and not holders:
        return actor  # "Trump said she “should be in jail”": someone else
    said = _pronoun_sex(found.group("pronoun"))
    if said == given:
        return actor
    fitting = [a for a in holders or () if _known_gender(a, subjects) == said]
    return fitting[0] if len(fitting) == 1 else None


@cache
def _said_pronoun_re() -> re.Pattern[str]:
    """A surname, its speech verb and a pronoun subject right after it: of a clause of
    time ("Clinton said as he", "said while she") or of what was said ("said he",
    "said that she")."""
    speech = alternation(w for w in words().speech if " " not in w)
    pronouns = alternation(words()["person_pronouns"])
    return re.compile(
        rf"\b(?P<surname>[A-Z][\w’'-]*),? (?:{speech}),? (?:(?P<time>as|while|when) |that )?"
        rf"(?P<pronoun>{pronouns})\b"
    )


# "Orin Middleton of Barclays Capital", "Alex McLeish of Novo's punishment": a phrase after
# a name that says where they are from or what they spoke of; the name is the head.
_POST_MODIFIER_RE = re.compile(r"\s+(?:of|from|at)\s+\S")


def _verb_before(before: list[str]) -> bool:
    """A lower-case word other than a determiner before a body's name in a subject
    phrase: an auxiliary or a verb, whose object the body is."""
    allowed = words()["determiners"] | words()["articles"]
    return any(word.islower() and word not in allowed for word in before)


def _after_post_modifier(before: list[str]) -> bool:
    """Whether a name is the object of a preposition in a phrase whose head comes before
    it: of "of"/"from"/"at" after another name ("Patrick Murray of Christie", "Tom Harlow
    of the United Kingdom": an article between changes nothing), or of "of"/"by" after a
    noun or a participle ("a website run by supporters of Tavassoli"; "at" after a word
    in lower case may be a verb's: "might do better at"); not a role's ("Secretary of
    State John Kerry")."""
    while len(before) > 2 and before[-1].lower() in words()["articles"]:
        before = before[:-1]
    if len(before) < 2 or before[-1] not in {"of", "from", "at", "by"}:
        return False
    word = before[-2].lower().rstrip(".,")
    if not word.isalpha() or word in joined("role_heads", "role_modifiers"):
        return False
    return before[-2][:1].isupper() or before[-1] in {"of", "by"}


def _writer(phrase: list[str]) -> list[str]:
    """The phrase that names whose writing it is ("Campbell's second e-mail" ->
    "Campbell"), or the phrase itself when no possessive name stands before the noun."""
    for k in range(len(phrase) - 2, -1, -1):
        writer = POSSESSIVE_END_RE.search(phrase[k])
        if writer is not None:
            return [*phrase[:k], phrase[k][: writer.start() + 1]]
        if not phrase[k].islower():
            break
    return phrase


def _verb_form(token: str) -> bool:
    """A lower-case participle that no role or description is ("embracing", not
    "ranking"): a name right after it in a subject phrase is that verb's object."""
    return token.islower() and token.endswith("ing") and not subject_word(token)
