"""Another event recalled in passing: a report or a story that gives another's names
or happening in a line or two past its lead does not tell that event.

Background is written below the lead ("It came a day after ..."); such a line shares the
other event's rarest names and would otherwise join two events.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence

from brief.extract import lexicon
from brief.stories.apart.countries import (
    countries_by_form,
    country_forms,
    country_words,
    named_countries,
)
from brief.stories.apart.mentions import (
    NEAR_DAYS,
    PASSING_LINES,
    as_known,
    at_most_in_passing,
    lines_naming,
    lines_with,
    mentioned_in_passing,
    same_days,
    single_beside,
    small_letters,
)
from brief.stories.apart.rare_words import (
    OWN_NAME_SHARE,
    SUBJECT_GENERAL_SHARE,
    SUBJECT_MIN_LENGTH,
    core_names,
    rare_in_english,
)
from brief.stories.texts import (
    LEAD_SENTENCES,
    SUBJECT_SENTENCES,
    Text,
    first_opener,
    names_body,
    plain_term,
)


def named_in_passing(
    texts: Sequence[Text],
    one: list[int],
    other: list[int],
    openings: Sequence[set[str]] = (),
) -> bool:
    """Whether a single report shares the other group's names in a line or two only, past
    its headline and lead: it recalls that event ("The incident came days after the blast on
    the gas pipeline in Georgia", "Malaysia's offer came as Kazakhstan brokered a separate
    ceasefire between Kyrgyzstan and Tajikistan"), and the rest of their likeness is the
    vocabulary of one kind of event (r41, r42: a Kazakh pipeline fire had joined a
    Georgian pipeline's sabotage, a Thai-Cambodian clash a Kyrgyz-Tajik one). A report of
    the same event names its people and places again and again, or leads with the place
    the other leads with (a rare name or the capital of the other's country: a coup's
    palace attack named the morgue of its dead in one line, and the morgue's report, both
    led by the capital, had been held to recall another event).

    Nor when both open on one happening in one country (`openings`: see rare_openings;
    see _one_country_happening): a ministry's power cuts told by a wire and by a trade
    site, each opening on the country (a sentence's first word, which is no name) and
    on the cuts, share their minister in a line of the wire's.

    A country both lead with, or its capital, is where, not what, when the report opens
    on a body's decision that the group never tells (see _unrecalled): a central bank's
    rate hold whose last line recalls the day's plant fire, beside the fire's reports,
    which lead with the country's fire service and its police, had joined the fire (a
    reproduced trust report of session 62)."""
    calendar_words = lexicon.weekday_names() | lexicon.month_names()
    for alone, group in single_beside(one, other, 1):
        text = texts[alone]
        if openings and _one_country_happening(texts, openings, alone, group):
            continue
        theirs = {n for i in group for n in texts[i].names} - calendar_words
        led = {
            n
            for i in group
            for n in texts[i].subjects
            if n not in calendar_words and (lexicon.unaccented(n),) not in country_forms()
        }
        if not theirs:
            continue
        shared = text.subjects & (theirs | led)
        unrecalled = bool(openings) and _unrecalled(texts, openings, alone, group, calendar_words)
        if shared and not (unrecalled and all(_is_country(n) for n in shared)):
            continue
        if not unrecalled and _seat_of_placed(text, led, [texts[i] for i in group]):
            continue  # one leads with the capital of the country the other leads with
        if unrecalled:  # their country, which both lead with, says where, not what
            theirs = {n for n in theirs if not _is_country(n)}
        holding = [k for k, names in enumerate(text.sentence_names) if names & theirs]
        if holding:  # and the lines that open on their name (see _opened_on_theirs)
            opened = _opened_on_theirs(text, theirs)
            holding = sorted({*holding, *opened})
        if 0 < len(holding) <= PASSING_LINES and min(holding) >= LEAD_SENTENCES:
            return True
    return False


def _opened_on_theirs(text: Text, theirs: Collection[str]) -> dict[int, str]:
    """The sentences of a report (by index) that open on a name the group writes within
    its sentences, rare in general English (as rare_subjects reads a name), and that name:
    a capital that opens a sentence says nothing of its word, but the other reports' do
    (see linkage.opening_names). A grid operator's notice opens sentence after sentence on
    its own initials ("AEMO declares ...", "AEMO is seeking a market response"), which a
    news site's report of the notice writes within its sentences ("an AEMO spokesperson
    said"): the notice tells the operator's act throughout, not in a line or two (pile38:
    the notice had been held to recall its own warning's report in passing). A country, its
    capital or its people opening a sentence ("Hungary's forint fell ...") says where, not
    who, and is not read so."""
    first = {
        k: plain_term(words[0].casefold())
        for k, sentence in enumerate(text.head)
        if (words := _WORD.findall(sentence)[:1]) and words[0][:1].isupper()
    }
    candidates = {word for word in first.values() if word in theirs} - country_words()
    rare = {
        word
        for word in rare_in_english(candidates, SUBJECT_GENERAL_SHARE)
        if len(word) >= SUBJECT_MIN_LENGTH
    }
    return {k: word for k, word in first.items() if word in rare}


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _is_country(name: str) -> bool:
    """Whether a name is a country's (one word of words: "Moldova", "Peru")."""
    return (lexicon.unaccented(name),) in country_forms()


def _unrecalled(
    texts: Sequence[Text],
    openings: Sequence[set[str]],
    alone: int,
    group: list[int],
    calendar_words: Collection[str],
) -> bool:
    """Whether a report's first sentence opens on a body by its full name (Text.bodies:
    "The National Bank of Moldova held ...") that no report of the group names, and no
    opening of the group gives a rare word of what happened (see rare_openings; in small
    letters) that the report's opening gives: a body's decision, which the group never
    tells. A central bank's rate hold and a plant fire of one country both lead with the
    country (the bank's name, the fire service's, its police's), and the decision's last
    line recalls the fire; the fire's reports never name the bank nor its rate. A
    follow-up from the home town of the dead opens on its families, not on a body."""
    text = texts[alone]
    happened = small_letters(text, openings[alone])
    return any(
        not any(names_body(texts[i], body) for i in group) for body in text.bodies
    ) and not any(happened & small_letters(texts[i], openings[i]) for i in group)


def _one_country_happening(
    texts: Sequence[Text], openings: Sequence[set[str]], alone: int, group: list[int]
) -> bool:
    """Whether a report's headline or first sentence places its event in the one country
    every lead of the group places theirs in (see lead_places), and tells what happened
    there in a rare word in small letters that each of their openings gives too ("power
    cuts", "drought"), or a count each of them gives (see Text.lead_counts: a rate
    "hike" of 200 basis points, which the bank's reports say it "raised" by 200): one
    happening of one country, not another event it recalls."""
    placed = named_countries(
        texts[alone].written_lead,
        texts[alone].belonging,
        written=True,
        regions=texts[alone].regions,
    )
    if len(placed) != 1:
        return False
    happened = small_letters(texts[alone], openings[alone]) - country_words()
    counted = set(texts[alone].lead_counts)
    for i in group:
        report = texts[i]
        if (
            named_countries(
                report.written_lead, report.belonging, written=True, regions=report.regions
            )
            != placed
        ):
            return False
        happened &= small_letters(report, openings[i])
        counted &= report.lead_counts
    return bool(happened or counted)


def _seat_of_placed(text: Text, led: set[str], group: Sequence[Text]) -> bool:
    """Whether a report leads with the capital of a country the group's leads place their
    event in, or the group's leads with the capital of the report's country: "curfew in
    Moldova" and "gunfire in Chisinau" lead with one place."""

    def placed(report: Text) -> frozenset[str]:
        return named_countries(
            report.written_lead, report.belonging, written=True, regions=report.regions
        )

    def seats(names: Collection[str]) -> set[str | None]:
        return {countries_by_form().get((lexicon.unaccented(n),)) for n in names}

    theirs = frozenset().union(*(placed(report) for report in group))
    return bool(seats(led) & placed(text)) or bool(seats(text.subjects) & theirs)


def core_in_passing(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    kept_names: Callable[[int], frozenset[str]],
    one: list[int],
    other: list[int],
    openings: Sequence[set[str]] = (),
) -> bool:
    """Whether a single report leads with a rare name of its own (see rare_subjects; a
    country's aside) that a story's reports (two or more) give in a line or two at most,
    and names the rare names most of them give (see rare_names) in a line or two only
    (PASSING_LINES), past its lead, its headline and first sentence none of them, where
    no report of the story is dated more than NEAR_DAYS from it: it recalls that event
    and reports another of the same days.

    A report of an event names its place, its people and its figures again and again,
    whatever its angle. A report of another event of that city or week leads with its
    own and recalls the story in a paragraph: a health ministry's cholera declaration
    says the outbreak moved the day's polling stations into tents, a legislature's budget
    vote quotes a senator on the typhoon's dead, a novel's prize recalls the day's
    hostage release. named_in_passing asks this with every name of the other side, the
    country's, the city's and the officials' as well, which a report of the same city's
    news gives in its own lines. A story told over weeks (a cold wave, its toll, a price
    rise it caused) has later reports that recall its early names in passing and lead
    with a place or a country only, or are dated days away.

    So does a report that leads with no rare name at all (its country, an office, a
    month) where its opening tells what happened in rare words of its own (`openings`:
    see rare_openings; in small letters) that no opening of the story gives, and it is
    dated no later than NEAR_DAYS after the story's first report: a weather service's
    month of statistics ("Scotland had its wettest October since 1903, according to
    provisional statistics") that closes on the storm due the next day, whose reports
    each lead with the storm's name (pile34: it had joined the storm). It cannot be a
    later development of the story, and it does not tell the story's happening in its
    lead: its own news, which recalls the story."""
    country = country_words()
    for alone, story in single_beside(one, other, 2):
        own = subjects[alone] - country
        if not own:
            if not _own_happening_first(texts, openings, alone, story):
                continue
        elif not same_days(texts, alone, story):
            continue
        elif not all(at_most_in_passing(texts[i], name) for i in story for name in own):
            continue  # the story's reports tell what its lead names
        if _core_told_in_passing(texts, subjects, kept_names, alone, story):
            return True
    return False


def _own_act_aside(
    texts: Sequence[Text],
    openings: Sequence[set[str]],
    core: tuple[Sequence[set[str]], Callable[[int], frozenset[str]]],
    alone: int,
    story: list[int],
) -> bool:
    """Whether a report tells its own doer's act and a story's event only in passing: its
    first sentence opens on a rare name (see rare_openings) that no lead of the story
    gives, the doer of what it tells ("Harwick Foods, the baker, today reports ..."); its
    headline and first sentence give no rare word in small letters that most of the
    story's leads give; and it gives the story's who and where in a line or two past its
    lead (see _core_told_in_passing). A market's report of the day leads with the event
    that moved it ("after a drone attack on a crude terminal"), a feature with a scene
    ("Outside the infirmary ...") or a word of the event ("after the quake")."""
    opener = first_opener(texts[alone])
    if opener is None or opener not in openings[alone]:
        return False
    if any(opener in texts[i].opening for i in story):
        return False
    led = Counter(w for i in story for w in small_letters(texts[i], openings[i]))
    own = small_letters(texts[alone], openings[alone])
    if any(led[word] * 2 > len(story) for word in own):
        return False
    return _core_told_in_passing(texts, core[0], core[1], alone, story)


def _core_told_in_passing(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    kept_names: Callable[[int], frozenset[str]],
    alone: int,
    story: list[int],
) -> bool:
    """Whether a report gives a story's who and where (the rare names most of its reports
    give, its leads among them: see core_names) in a line or two only (PASSING_LINES), past
    its lead, and its headline and first sentence none of them."""
    core = core_names(kept_names, story) & set().union(*(subjects[i] for i in story))
    text = texts[alone]
    if not core or core & {lexicon.unaccented(plain_term(w)) for w in text.lead}:
        return False
    lines = sorted({k for name in core for k in lines_naming(text, name)})
    return 0 < len(lines) <= PASSING_LINES and lines[0] >= LEAD_SENTENCES


def _own_happening_first(
    texts: Sequence[Text], openings: Sequence[set[str]], alone: int, story: list[int]
) -> bool:
    """Whether a report's opening tells a happening in rare words of its own (in small
    letters) that no opening of the story gives, gives no count the story's leads give
    (Text.lead_counts), and it is dated no later than NEAR_DAYS after the story's first
    dated report (see core_in_passing). A market's report of the day leads with its own
    words ("the pound slides") and the decision that moved it, by the decision's own figure
    ("after a surprise 200 basis-point rise"): the story's happening, told in its lead. A
    dated report is asked this, an undated one is not; the same day's date must not tell
    the decision's own market report apart (pile16 had split under the desk's clock)."""
    day = texts[alone].day
    if not openings or day is None:
        return False
    happened = small_letters(texts[alone], openings[alone])
    if not happened or any(happened & openings[i] for i in story):
        return False
    if texts[alone].lead_counts & set().union(*(texts[i].lead_counts for i in story)):
        return False  # its lead gives the story's figure: it tells the story's happening
    days = [d for i in story if (d := texts[i].day) is not None]
    return bool(days) and (day - min(days)).days <= NEAR_DAYS


def _other_names(texts: Sequence[Text], group: Iterable[int]) -> dict[str, set[str]]:
    """Each name's other names, as a group's reports give them (see Text.aliases)."""
    others: dict[str, set[str]] = {}
    for one, other in (pair for i in group for pair in texts[i].aliases):
        others.setdefault(one, set()).add(other)
        others.setdefault(other, set()).add(one)
    return others


def subject_in_passing(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    kept_names: Callable[[int], frozenset[str]],
    one: list[int],
    other: list[int],
    openings: Sequence[set[str]] = (),
) -> bool:
    """Whether every report of one story, of two or more, names a subject that most of
    the other's headlines and first sentences give (OWN_NAME_SHARE; see rare_subjects) in
    a line or two only (PASSING_LINES), past its lead, where none of its own openings
    gives it: its reports recall that event and tell another.

    A report names its own event's place again and again; another event of the day it
    recalls in a clause ("Melnychuk, who is due to attend a meeting of NATO foreign
    ministers in Brussels, said ..."). The reports of a Russian strike on Kyiv each named
    the NATO meeting's Brussels so, in one line or two, and the meeting's reports, which
    opened on Brussels and recalled the strike in their leads ("hours after a missile
    strike in Kyiv"), had joined them. named_in_passing asks this of a single report with
    all of a story's names; a story's every report, with one subject, is a pattern too.
    A single report may name in passing what a story leads with and still be of it (a
    hostage's homecoming names the capital where he was freed in two lines).

    Two stories that recall each other are two events as well when both do it so: each
    names what the other's leads give in a line or two at most, one report of each at
    least, and no rare name (see rare_names) is given by most reports of both. A US
    sanctions designation's reports recalled a tanker seizure of that day in one line
    ("The Hesperus Lion ... was not among the vessels designated"), and one seizure
    report the sanctions in one line ("hours before the Treasury was expected to announce
    new sanctions"); alike by Iran, the Gulf and tankers, they had joined (r43). Two
    outlets' accounts of one event share its people and places however they word their
    leads. Asked of English piles only: German capitalises every noun, so its reports'
    capitals are not their names.

    And so are two stories of which one recalls the other in a line or two of most of its
    reports (a second sentence too, never its headline or first), and the other never
    names what the first one's leads give, no rare name given by most reports of both: a
    defence ministers' meeting in Darwin "came a day after" a ship's ramming at a shoal,
    whose reports, told before the meeting, never name Darwin. A report that recalls the
    subject by the other name the other's reports give it ("Pratas, known in Chinese as
    Dongsha") recalls it: a carrier's passage whose reports recall a collision one by
    each name.

    And so are two stories of which most reports of one recall the other's event in a
    line or two past their leads, by a name or a rare word of its leads (`openings`: see
    rare_openings), while the other's never name what the first one's leads give, though
    most reports of both give a name of their place: the seized boat's crew sheltered from
    a typhoon that struck their home province (see _cause_in_passing)."""
    if len(one) < 2 or len(other) < 2:
        return False
    recalled: list[bool] = []
    recalled_names: set[str] = set()  # the led names each recalls in a line or two at most
    leds: list[set[str]] = []
    for mine, theirs in ((one, other), (other, one)):
        given = Counter(name for i in theirs for name in subjects[i])
        led = {name for name, n in given.items() if n >= OWN_NAME_SHARE * len(theirs)}
        led -= set().union(*(subjects[i] for i in mine))
        leds.append(led)
        # a name's other name counts ("Dongsha" for "Pratas"), as the other's reports give it
        others = _other_names(texts, theirs)
        if any(
            all(mentioned_in_passing(texts[i], name, others.get(name, ())) for i in mine)
            for name in led
        ):
            return True
        passing = {
            name
            for name in led
            if all(at_most_in_passing(texts[i], name) for i in mine)
            and any(mentioned_in_passing(texts[i], name) for i in mine)
        }
        recalled.append(bool(passing))
        recalled_names |= passing
    # a name one side recalls only so is the other's subject, not a name both give (two
    # regulators' fines of one day, each wire closing on the other's company)
    if all(recalled) and not (
        core_names(kept_names, one) & core_names(kept_names, other) - recalled_names
    ):
        return True
    shared = core_names(kept_names, one) & core_names(kept_names, other)
    # leds[0]: what other's openings give and one's never; leds[1] the other way round
    for mine, theirs, recalled_led, own_led in (
        (one, other, leds[0], leds[1]),
        (other, one, leds[1], leds[0]),
    ):
        passing = {
            name
            for name in recalled_led | shared
            if all(_recalled_at_most(texts[i], name) for i in mine)
            and sum(bool(lines_naming(texts[i], name)) for i in mine) * 2 > len(mine)
        }
        if (
            passing & recalled_led
            and not shared - passing
            and any(not any(lines_naming(texts[i], name) for i in theirs) for name in own_led)
        ):
            return True
        if _cause_in_passing(texts, openings, (mine, theirs), recalled_led, own_led):
            return True
    return False


def _cause_in_passing(
    texts: Sequence[Text],
    openings: Sequence[set[str]],
    sides: tuple[list[int], list[int]],
    recalled_led: set[str],
    own_led: set[str],
) -> bool:
    """Whether most of one story's reports (`sides[0]`) recall the other's (`sides[1]`)
    event in a line or two past their leads, none more, and the other's reports never name
    any of what its own leads give: the other event is the background (a cause) of its
    own, however much of their place they share.

    A report recalls the other event by a name most of the other's leads give (see
    subject_in_passing) or by a rare word of them (see rare_openings: "typhoon"), where its
    own opening gives neither. A fishing boat seized near the Paracels whose crew "had
    been sheltering from Typhoon Moraya" (one report) and "went near the island to hide
    from the storm", one of them from a district "hit by the typhoon the following night"
    (the other) shares the boat's home province with the typhoon's reports, which never
    name the islands nor the boat: the seizure's reports tell the storm as what drove the
    crew there, not as their event."""
    mine, theirs = sides
    if not own_led or any(lines_naming(texts[i], name) for i in theirs for name in own_led):
        return False
    names = {name for name in recalled_led if all(_recalled_at_most(texts[i], name) for i in mine)}
    if not names:
        return False
    led = Counter(word for i in theirs for word in openings[i]) if openings else Counter()
    words = {word for word, n in led.items() if n * 2 > len(theirs)}

    def recalls(i: int) -> bool:
        if any(lines_naming(texts[i], name) for name in names):
            return True
        own = set(texts[i].lead)
        return any(
            0 < len(lines := lines_with(texts[i], word)) <= PASSING_LINES
            and lines[0] >= LEAD_SENTENCES
            for word in words - own
        )

    return sum(recalls(i) for i in mine) * 2 > len(mine)


def _recalled_at_most(text: Text, name: str) -> bool:
    """Whether a text names a name in no more than PASSING_LINES sentences, none of them
    its first, if at all: a second sentence may recall another event ("The decision ...
    came a day after a coast guard ship rammed ...")."""
    lines = lines_naming(text, name)
    return len(lines) <= PASSING_LINES and (not lines or lines[0] >= SUBJECT_SENTENCES)


def event_in_passing(
    texts: Sequence[Text],
    openings: Sequence[set[str]],
    one: list[int],
    other: list[int],
    core: tuple[Sequence[set[str]], Callable[[int], frozenset[str]]] | None = None,
) -> bool:
    """Whether a single report recalls a story's event in a line or two, past its lead,
    and leads with a happening of its own that the story's reports tell in a line or two
    at most: a rare word of what happened (see rare_openings; written in small letters)
    that most of the story's leads give, the report names in passing only; one of its own
    lead's, at least half the story's reports never name, and none more than in passing
    (of a story of two, one may give it a closing line: drones over an air base, beside
    the two reports of its jets' deployment abroad, one of which closes on the drones).

    A direct reaction to an event (a demand for a seized tanker's release, insurers
    repricing the strait) names it in its lead. A new event of the same place and actors
    (a navy's drills announced on the day it seized a tanker) tells its own and recalls
    the other in a line ("The announcement was made on the same day that ... seized a
    tanker"). A wire's update leads with its news and with the event as the story's leads
    tell it, in its own lead: the place they all give and a rare word of what happened that
    each gives ("One of two fishermen missing after their boat capsized ... off Choshi
    ... was found dead"). So does a local paper's reaction that leads with a count most of
    the story's leads give (Text.lead_counts: "When the news reached the town that another
    350 soldiers would arrive ..."), however it words the rest: the story's happening, told
    in its lead, not recalled (as core_in_passing's _own_happening_first reads a figure).
    So does a report whose headline or first sentence names, as known (mentions.as_known:
    after "the"), a rare word of what happened that most of the story's leads give: a port
    paper's lorry queue "on the first day of the ban" is the ban's effect at one place,
    told from its own angle, though it tells its queue again and again and recalls the
    ban's wheat in a line (pile39; "a ban" would be news of its own).

    A report that tells its own doer's act need not repeat its lead's words, where no
    report of the story names the word at all, its first sentence opens on that doer, a
    rare name no lead of the story gives, its lead tells nothing most of the story's leads
    tell, and it gives the story's who and where in a line or two past its lead (`core`:
    the pile's rare subjects and rare names; see _own_act_aside): a maker's half-year
    results, whose lead gives its results and its chief executive's retirement once each,
    and whose paragraph on product quality recalls the recall of its tablets, ordered by
    the regulator the day before. A company's release of many items tells each once; a
    report of the recall, whatever its angle, names the drug and the regulator again and
    again, and the maker's results name them in passing."""
    for alone, story in single_beside(one, other, 2):
        if texts[alone].day is None or all(texts[i].day is None for i in story):
            continue  # (one day's news: a story told over weeks has new happenings)
        if not same_days(texts, alone, story):
            continue
        own = small_letters(texts[alone], openings[alone])
        names = openings[alone].intersection(*(openings[i] for i in story))
        if names - own and all(own & small_letters(texts[i], openings[i]) for i in story):
            continue  # it leads with the story's event, where its leads place it
        counts = Counter(count for i in story for count in texts[i].lead_counts)
        if any(counts[count] * 2 > len(story) for count in texts[alone].lead_counts):
            continue  # its lead gives the story's figure: it tells the story's happening
        led = Counter(w for i in story for w in small_letters(texts[i], openings[i]))
        happening = {word for word, count in led.items() if count * 2 > len(story)} & own
        lead = texts[alone].lead
        if any(word in happening and as_known(lead, q) for q, word in enumerate(lead)):
            continue  # its lead names the story's happening as known: its scene is the story's
        recalled = [
            word
            for word, count in led.items()
            if count * 2 > len(story)
            and word not in own
            and 0 < len(lines := lines_with(texts[alone], word)) <= PASSING_LINES
            and lines[0] >= LEAD_SENTENCES
        ]
        if not recalled:
            continue
        aside: bool | None = None  # its own act, the story's in passing (read when asked)
        for word in own - set(led):
            told = [lines_with(texts[i], word) for i in story]
            if len(lines_with(texts[alone], word)) <= PASSING_LINES:
                if core is None or any(told):
                    continue  # what it tells, it tells again and again
                if aside is None:
                    aside = _own_act_aside(texts, openings, core, alone, story)
                if not aside:
                    continue
            if sum(bool(lines) for lines in told) * 2 <= len(story) and all(
                len(lines) <= PASSING_LINES and (not lines or lines[0] >= LEAD_SENTENCES)
                for lines in told
            ):
                return True
    return False
