"""Figures a condition sets: a threshold, not what happened.

"The airport would close if winds exceeded 90 km/h" gives no wind that blew: 90 km/h is
the bar a plan is set against (r60 F12 had shown it as a storm's key figure). A figure in
a clause opened by a word of condition (words.toml's condition_openers: "if", "unless")
is such a bar, whatever the clause's tense, and is no key figure; a gap is better than a
threshold shown as a fact. Not "as if", a likeness, nor "even if", which as often grants
what happened; and the clause ends at a mark or at a word that opens another clause, so
"if the rain stops, 40 people will be moved" keeps its 40 to the main clause. So is the
price a demand or an offer names for an act to come ("would be released only in exchange
for 20 jailed fighters"): a term, not what happened. So is a figure a forecast, a wish or
a target gives (`foreseen`: "We now expect the budget deficit to reach 6.8 percent of
GDP", "They want to limit transfers abroad to 10,000 euros a month", "the government's
deficit target of 5.5 percent"): what one expects, wants or aims at, not what is.
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.figures.found_figure import FoundFigure
from brief.extract.figures.notation import number_values
from brief.extract.lexicon import alternation, words
from brief.models import Figure

# What ends a condition's clause before the figure: a mark, or a clause's own opener.
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013\"“”]|\b(?:and|but|then|while|whereas)\b")
_REACH = 120  # characters before the figure a condition may open its clause


@cache
def _condition() -> re.Pattern[str]:
    openers = alternation(words()["condition_openers"])
    return re.compile(rf"(?<!\bas )(?<!\beven )\b(?:{openers})\b", re.IGNORECASE)


def in_condition(text: str, figure: FoundFigure) -> bool:
    """Whether the figure stands in a clause a word of condition opens, with no break
    between them ("would close if winds exceeded 90 km/h"), or is the price a demand or
    an offer names (`demanded`), or is what an option or a threat would add
    (`possible`), or is in a worked example (`supposed`)."""
    if supposed(text):
        return True
    begin = max(0, figure.start - _REACH)
    found = list(_condition().finditer(text, begin, figure.start))
    if found and _CLAUSE_END.search(text, found[-1].end(), figure.start) is None:
        return True
    return demanded(text, figure) or possible(text, figure)


@cache
def _exchange() -> re.Pattern[str]:
    terms = alternation(words()["exchange_terms"])
    return re.compile(rf"\b(?:{terms})\s+\Z", re.IGNORECASE)


@cache
def unrealised() -> re.Pattern[str]:
    """A modal or a verb of asking: what its clause tells is to come, or asked for."""
    w = words()
    verbs = alternation(w["modal_verbs"] | w["asking_verbs"])
    return re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE)


def demanded(text: str, figure: FoundFigure) -> bool:
    """Whether the figure is what a party asks or offers in exchange for an act still to
    come (words.toml's exchange_terms right before it, a modal or a verb of asking in its
    clause before that): "would be released only in exchange for 20 jailed fighters" is
    a demand's term, not a count of people jailed today (r65 F13 had listed "20 jailed
    separatist fighters"). A swap done ("freed 12 soldiers in exchange for 40 prisoners")
    keeps its figure."""
    exchange = _exchange().search(text, max(0, figure.start - 40), figure.start)
    if exchange is None:
        return False
    begin = max(0, exchange.start() - _REACH)
    clause = _CLAUSE_END.split(text[begin : exchange.start()])[-1]
    return unrealised().search(clause) is not None


# What ends the clause of a word of possibility before the figure: a mark, or a word
# that opens another clause. Not "and", which as often joins the option's list ("asset
# freezes ... and a ban ... at two more border crossings").
_OPTION_END = re.compile(
    r"[,;:()\u2014\u2013\"“”]|\b(?:but|then|while|whereas|when|after|before|because|since"
    r"|although|though)\b",
    re.IGNORECASE,
)


@cache
def _possibility() -> re.Pattern[str]:
    """A word of possibility (words.toml's possibility_words), not a negated modal
    ("could not reach 40 villages" may be a fact all the same)."""
    w = words()
    negators = alternation(w["verb_negators"])
    return re.compile(
        rf"\b(?:{alternation(w['possibility_words'])})\b(?!\s+(?:{negators})\b|n['’]t)",
        re.IGNORECASE,
    )


def possible(text: str, figure: FoundFigure) -> bool:
    """Whether the figure is an increment (`_increment`: "two more border crossings",
    "another 40 flights") in a clause a word of possibility or threat governs before it,
    with no break between: "could close two more border crossings", "threatened to cut
    another 40 flights", "the possible measures included ... a ban on lorries at two more
    border crossings". An increment counts what its act adds, and the act has not
    happened: the figure is the size of an option or a threat, and shown bare in a list it
    reads as done (r74 F21 had listed "two more border crossings" as a key figure). Not
    a count of what is there whatever is done to it ("threatened to kill 30 hostages":
    30 are held), nor an estimate of the act's own size ("could be worth as much as
    $6bn", "could take two to three weeks"), which is news told as such. The figure's own
    clause: not one after a mark or a clause's opener ("Talks could resume, but two more
    people were held")."""
    if figure.kind != "count" or not _increment(text, figure):
        return False
    begin = max(0, figure.start - _REACH)
    found = list(_possibility().finditer(text, begin, figure.start))
    return bool(found) and _OPTION_END.search(text, found[-1].end(), figure.start) is None


@cache
def _foreseeing() -> re.Pattern[str]:
    """A word of expectation, forecast or wish (words.toml's foreseeing_words), not after
    "than" or "as" ("more than expected", "a larger-than-forecast 8.8%": what happened),
    nor right after a figure, whose own it is ("the 47.3% forecast by analysts and down
    from 47.1%": the 47.1% is what was)."""
    return re.compile(
        rf"(?<!\bthan )(?<!\bas )(?<![-\d%] )(?<![-\d%])\b"
        rf"(?:{alternation(words()['foreseeing_words'])})\b",
        re.IGNORECASE,
    )


# "from" right before a figure: the level a change starts from, what is or was.
_FROM = re.compile(r"\bfrom\s+(?:the\s+|its\s+)?\Z", re.IGNORECASE)


@cache
def _foreseen_by() -> re.Pattern[str]:
    """A participle of expectation and its agent right after a figure ("forecast by
    analysts", "expected by economists"): the figure is their forecast."""
    participles = {w for w in words()["foreseeing_words"] if w.endswith("ed") or w == "forecast"}
    return re.compile(rf"\s+(?:{alternation(participles)})\s+by\b", re.IGNORECASE)


@cache
def _outlook() -> re.Pattern[str]:
    """A verb of outlook, its object and a participle ("see the leu weakening")."""
    verbs = alternation(words()["outlook_verbs"])
    return re.compile(rf"\b(?:{verbs})\b(?:\s+[\w'’-]+){{1,4}}?\s+\w{{3,}}ing\b", re.IGNORECASE)


@cache
def _aim() -> re.Pattern[str]:
    """A noun of aim and its "of" right before a figure ("target of ")."""
    nouns = alternation(words()["aim_nouns"])
    return re.compile(rf"\b(?:{nouns})\s+(?:of|at)\s+\Z", re.IGNORECASE)


def foreseen_key(figure: Figure, text: str) -> bool:
    """Whether a key figure's sentence `text` gives it as a forecast, a wish or a target
    (`foreseen`): asked by the key figures only, so that the pipeline's checks still read
    a forecast's level (a later report's raised forecast replaces the earlier one)."""
    at = text.find(figure.text)
    if at < 0:
        return False
    found = FoundFigure(
        at, at + len(figure.text), figure.text, figure.kind, figure.value, figure.unit, None
    )
    return foreseen(text, found)


def foreseen(text: str, figure: FoundFigure) -> bool:
    """Whether the figure is what its clause says is expected, forecast or wanted, or is
    a target: a word of expectation or wish before it in its clause ("We now expect the
    budget deficit to reach 6.8 percent of GDP", "said it expected the deficit to reach
    6.5 percent", "They want to limit transfers abroad to 10,000 euros a month"), a verb
    of outlook with its participle ("We see the leu weakening to 5.35 per euro"), or a
    noun of aim right before it ("deficit target of 5.5 percent"). A key figure is a count
    of what is: a forecast shown bare reads as the outcome (r75 F3 had the bank
    economist's 6.8 percent deficit, dated the day, as that day's deficit), a wish as the
    act done (r75 F4: a limit on transfers a claim said the government wanted), a target
    as the figure it aims at; the bullets tell them with whose they are. Not a figure in
    a clause after a mark or a clause's opener ("Growth is expected to slow, but exports
    rose 4 percent"), nor "more than expected", nor a figure before the word ("3 percent
    as expected"), nor the level a forecast change starts from ("expected to fall to
    $14.1bn from $16bn": $16bn is what was)."""
    if _aim().search(text, max(0, figure.start - 16), figure.start) is not None:
        return True
    if _foreseen_by().match(text, figure.end):
        return True  # "the 47.3% forecast by analysts": its participle says whose guess
    if _FROM.search(text, max(0, figure.start - 12), figure.start):
        return False  # "expected to fall to $14.1bn from $16bn": where the change starts
    begin = max(0, figure.start - _REACH)
    found = [*_foreseeing().finditer(text, begin, figure.start)]
    found += [*_outlook().finditer(text, begin, figure.start)]
    return any(
        _OPTION_END.search(text, m.end(), figure.start) is None
        and _to_say().search(text, m.end(), figure.start) is None
        for m in found
    )


@cache
def _to_say() -> re.Pattern[str]:
    """An infinitive of a verb of speech ("is expected to tell his counterparts that
    Washington will rotate up to 8 F-16 fighter jets"): what is expected is a saying, and
    the figure is what it will say, in a clause of its own."""
    forms = words().speech - words()["foreseeing_words"]
    return re.compile(rf"\bto\s+(?:{alternation(forms)})\b", re.IGNORECASE)


def _increment(text: str, figure: FoundFigure) -> bool:
    """Whether a count is of more of its kind (words.toml's repeat_markers): its number's
    next word ("two more", "40 additional") or the word before it ("another 40", "a
    further 12")."""
    markers = words()["repeat_markers"]
    after = figure.text.split()[1:2]
    before = text[max(0, figure.start - 20) : figure.start].split()[-1:]
    return bool(after and after[0].lower() in markers) or bool(
        before and before[0].lower() in markers
    )


def supposed(text: str) -> bool:
    """Whether the sentence works a figure through a case the writer supposes: it opens
    with "For a" (or "an", "one") and a thing sized by a number, then a comma ("For a bulk
    carrier worth $30 million, that adds about $210,000 to the cost of a single transit";
    "For a family of four, ..."). The indefinite article makes the case any one, not one
    the news is about, so neither its size nor the sum worked from it is a fact: r69 F8
    had listed "$30 million" and "about $210,000" as a story's key figures. Not "For a
    second day, 40 people ...", whose opening has no size, nor "For the 19 crew, ...",
    a case the text names."""
    found = _supposed_case().match(text)
    return found is not None and _size().search(found.group("size")) is not None


@cache
def _supposed_case() -> re.Pattern[str]:
    measures = alternation(words()["example_measures"])
    return re.compile(
        r"\W{0,3}(?:For|On|Take|Say) (?:a|an|one|a typical|an average) [^,;:.]{0,60}?"
        rf"\b(?:{measures}) (?P<size>[^,;:]{{1,30}}),"
    )


@cache
def _size() -> re.Pattern[str]:
    """A size: digits, a sign of money, or a number spelled out ("of four")."""
    values = number_values()
    spelled = alternation([*values.numbers, *values.scales])
    return re.compile(rf"[\d$£€¥]|\b(?i:{spelled})\b")


# What a negated verb's object may not stretch over on its way to the figure: a mark, a
# word that opens a clause of its own ("did not say how many ..., but 40 km were ..."),
# or "than", which makes the negation a bound ("not more than 40 km").
_OBJECT_BREAK = re.compile(
    r"[,;:()\u2014\u2013\"“”]|\b(?:and|but|or|than|then|while|whereas|that|which|who|"
    r"whether|how|when|where|if|because|after|before|since|until|as)\b",
    re.IGNORECASE,
)
_OBJECT_REACH = 60  # characters between a negated verb and the figure in its object


@cache
def _negated_verb() -> re.Pattern[str]:
    """A negated verb group and the verb it ends with: an auxiliary or a modal and "not"
    or "never" ("cannot generate", "does not cover", "has never held"; "can't hold"), not
    a negation that bounds or adds ("not more than", "not only", "not least")."""
    w = words()
    aux = alternation(w["auxiliaries"] | w["modal_verbs"] | {"do", "are", "were", "have"})
    negators = alternation(w["verb_negators"])
    adverbs = alternation(w["verb_inner_adverbs"] | {"even"})
    return re.compile(
        rf"\b(?:(?:{aux})\s+(?:{negators})|cannot|\w+n['’]t)\s+(?:(?:{adverbs})\s+)?"
        rf"(?!(?:{alternation(w['additive_focus'] | w['negated_bounds'])})\b)(?P<verb>[a-z]+)\b",
        re.IGNORECASE,
    )


def negated_object(text: str, figure: FoundFigure) -> bool:
    """Whether the figure is in the object of a negated verb of its clause, a few words
    after it with no clause between ("The island cannot generate a zone of 40,000 square
    kilometres", "The reservoir does not hold 4 million cubic metres"): the sentence
    says the amount is not so, and shown bare it would read as what is. The scanner asks
    it of measures, sums and shares; a count of what was done to things or people is
    befell's (a negated verb of doing), and a count a negated verb of ability governs
    may be a fact all the same ("could not reach 40 villages")."""
    begin = max(0, figure.start - _OBJECT_REACH)
    for negated in _negated_verb().finditer(text, begin, figure.start):
        between = text[negated.end() : figure.start]
        if _OBJECT_BREAK.search(between) is None and len(between.split()) <= 6:
            return True
    return False
