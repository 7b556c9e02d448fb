"""Days of their own: a report weeks older than a story that recalls it by its day is
its saga's earlier event, a piece that opens in an earlier year is that year's event, and
two groups whose leads each give a day of their own, and a name the other never writes,
are two events.

One agency's template tells two seizures of one militia in the same words; their days and
their names are what differ.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Sequence

from brief.rank.text import stop_words
from brief.stories.apart.countries import country_words
from brief.stories.apart.mentions import (
    gives_day,
    recalls_day,
    same_days,
    single_beside,
    small_letters,
)
from brief.stories.texts import Text, plain_term

# A report dated more than this many days before every report of a story may tell an
# earlier event of its saga (see before_the_event).
STALE_DAYS = 14
# An initialism of fewer letters is as often a word or a unit ("US", "km").
INITIALS = 3
# A year a report opens in, next to a year the other reports are dated in, is theirs: a
# story told over New Year (see of_an_earlier_year).
YEAR_NEAR = 1


def before_the_event(
    texts: Sequence[Text], openings: Sequence[set[str]], one: list[int], other: list[int]
) -> bool:
    """Whether a single report is dated more than STALE_DAYS before every dated report of
    the group beside it, a report of the group recalls its day ("at a hearing on 18
    February"), and the report never mentions a rare word of what happened (see
    rare_openings; written in small letters) that at least half of the group's leads give.

    A saga's earlier event (a defendant's bail hearing weeks before the verdict) shares
    its people, charges and court with the later one's reports, which recall it by its
    day; but it could not tell what happened since ("convicted", "guilty"): it is another
    event, and dates weeks apart say so."""
    for alone, group in single_beside(one, other, 1):
        day = texts[alone].day
        days = [d for i in group if (d := texts[i].day) is not None]
        if day is None or not days or min(days) - day <= datetime.timedelta(days=STALE_DAYS):
            continue
        if not any(gives_day(sentence, day) for i in group for sentence in texts[i].head):
            continue
        led = Counter(w for i in group for w in small_letters(texts[i], openings[i]))
        if any(
            count * 2 >= len(group) and word not in texts[alone].terms
            for word, count in led.items()
        ):
            return True
    return False


def of_an_earlier_year(texts: Sequence[Text], one: list[int], other: list[int]) -> bool:
    """Whether every report of one group opens on the event of one earlier year (Text.retold:
    its first sentence's opening adverbials give a year before its page's and its main
    clause is told in the simple past, "On a clear winter morning in January 1995,
    scientists on the island sent a rocket up ...") and no report of the other is dated in
    that year or one next to it (Text.dated: its page's date, dateline, headline and lead).

    A retrospective or an anniversary piece tells that year's event, though it is
    published today and may close on today's news ("He went to watch Saturday's launch");
    a report of today's event of the same ground (another rocket from the same island)
    may recall the old one in a line ("In January 1995, one of them ... was mistaken for a
    missile"), never in its lead. Reports of the earlier event itself, or of a saga running
    from it (a trial, a verdict), are dated in its year or give it in their leads ("the
    1995 bombing"), and the piece looking back joins them."""

    def retold(group: list[int]) -> int | None:
        years = {texts[i].retold for i in group}
        return years.pop() if len(years) == 1 else None

    for group, others in ((one, other), (other, one)):
        year = retold(group)
        if year is not None and not any(
            abs(dated - year) <= YEAR_NEAR for i in others for dated in texts[i].dated
        ):
            return True
    return False


def stamped_apart(texts: Sequence[Text], one: list[int], other: list[int]) -> bool:
    """Whether two groups report two incidents by the moments their leads stamp them with
    (Text.stamped: "At 0410 UTC on 12 June 2029 a merchant vessel was struck", "At 0235
    UTC on 14 June 2029 a tanker reported an explosion"): each group's reports stamp days,
    none of one group's is the other's, and no report of either gives a day the other
    stamps, by its date ("the 12 Jun UAV strike") or its weekday within the week after.

    An incident report (an advisory centre's warning, a security firm's log, a coast
    guard's notice) says when its incident happened to the minute, and a later report of
    that incident gives that moment again, or the day it recalls; two numbered warnings of
    one issuer in one template, one vessel each left unnamed, share every word but that.
    Two groups whose leads name one ship are its incident's steps, stamped each anew."""
    mine = frozenset().union(*(texts[i].stamped for i in one))
    theirs = frozenset().union(*(texts[i].stamped for i in other))
    if not mine or not theirs or mine & theirs:
        return False
    ships = frozenset().union(*(texts[i].craft for i in one))
    if ships & frozenset().union(*(texts[i].craft for i in other)):
        return False  # one ship's incident told step by step ("taken under tow" next day)
    return not any(recalls_day(texts[i], day) for i in one for day in theirs) and not any(
        recalls_day(texts[i], day) for i in other for day in mine
    )


def on_other_days(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    one: list[int],
    other: list[int],
    openings: Sequence[set[str]] = (),
) -> bool:
    """Whether two groups report two events: every report's lead (its headline and
    first two sentences) gives the day of its event, no day of one group's is the
    other's, and each group's openings name a subject (see rare_subjects) that no report
    of the other mentions: "seized the tanker Orion Star on Monday" is not "seized the
    cargo ship Kestrel Bay on Saturday", however alike one agency's two reports are. A
    development of one event on another day still names its subject ("released the crew
    of the Kestrel Bay on Monday"), and its lead the day the event began or happened ("The
    pilots began the strike on Friday morning", "... Thursday evening's knife attack"),
    which outlets reporting one event agree on. A country is no subject of either's own
    here: one event's first report places it "between Finland and Estonia", the next
    days' reports say "Finnish investigators" (r47: a pipeline's shutdown on Tuesday was
    kept apart from the ship boarded over it on Thursday). An initialism is no subject of
    its own where the other writes its words out ("PCG", "Philippine Coast Guard").

    Of two single reports where only one has such a subject, the other, whose subjects are
    all names of the first (its navy, its base), may have a happening of its own instead
    (see `openings`: a rare word of its leads in small letters, "harbour festival", that
    the first never uses), where each writes its lead's day, neither names the other's at
    all, and neither uses a rare word of what the other's lead tells happened (r69 F10: a
    navy band's Saturday concert at Sandvik beside the patrol vessel AMS Heron
    commissioned there on Tuesday; but a travel advice raised "citing the bombing" of a
    hotel and the arrests "over the bombing" are one story). Not for a group: a
    typhoon's story of four days holds a governor's tour of the island on Saturday, which
    names the typhoon and the island but not the region the other days' leads give.

    Nor are two groups two events where one's reports, dated days apart at most from the
    other's, each name the other's day and lead with a subject of the other's leads: the
    next day's reactions to a ramming ("China on Wednesday blamed the Philippines for the
    collision near Sabina Shoal ... on Tuesday") are that event's. A saga's earlier event
    is dated weeks before (see before_the_event)."""
    days = [texts[i].days for i in one]
    other_days = [texts[i].days for i in other]
    if not all(days) or not all(other_days) or set().union(*days) & set().union(*other_days):
        return False
    if _tells_their_day(texts, subjects, one, other) or _tells_their_day(
        texts, subjects, other, one
    ):
        return False
    named = set().union(*(texts[i].terms for i in one))
    other_named = set().union(*(texts[i].terms for i in other))
    country = country_words()
    mine = set().union(*(subjects[i] for i in one)) - other_named - country
    theirs = set().union(*(subjects[i] for i in other)) - named - country
    mine = {name for name in mine if not _written_out(name, one, texts, other)}
    theirs = {name for name in theirs if not _written_out(name, other, texts, one)}
    if mine and theirs:
        return True
    if not openings or not mine and not theirs or len(one) + len(other) > 2:
        return False
    # each report writes its own day (not the day before that a lead's "overnight" gives:
    # "the overnight rate" is a central bank's)
    if not all(texts[i].days & texts[i].terms for i in (*one, *other)):
        return False
    days_of = set().union(*days)
    other_days_of = set().union(*other_days)
    if any(days_of & texts[i].terms for i in other) or any(
        other_days_of & texts[i].terms for i in one
    ):
        return False
    # and neither tells what the other's lead tells happened (a raised travel advice
    # "citing the bombing" of a hotel, beside the arrests "over the bombing": one story)
    (single,), (alone,) = (one, other) if not mine else (other, one)
    told, other_told = (small_letters(texts[k], openings[k]) for k in (single, alone))
    return bool(told) and not told & texts[alone].terms and not other_told & texts[single].terms


def _tells_their_day(
    texts: Sequence[Text], subjects: Sequence[set[str]], one: list[int], other: list[int]
) -> bool:
    """Whether every report of one group, dated days apart at most from every report of
    the other, names a day the other's leads give and leads with a subject of theirs (a
    country aside): a later report of the same event."""
    their_days = set().union(*(texts[i].days for i in other))
    theirs = set().union(*(subjects[i] for i in other)) - country_words()
    return all(
        texts[i].day is not None
        and same_days(texts, i, other)
        and any(texts[k].day is not None for k in other)
        and bool(their_days & texts[i].terms)
        and bool(subjects[i] & theirs)
        for i in one
    )


def _written_out(name: str, group: list[int], texts: Sequence[Text], others: list[int]) -> bool:
    """Whether a group's leads write a name in capitals as an initialism ("PCG") whose
    words the other group's reports write out ("Philippine Coast Guard": "of" and the
    like may come between)."""
    if len(name) < INITIALS or not any(
        word.isupper() and plain_term(word.casefold()) == name
        for i in group
        for word in texts[i].written_lead
    ):
        return False
    skipped = stop_words("english")
    for i in others:
        words = texts[i].words
        for start, word in enumerate(words):
            if not word.startswith(name[0]):
                continue
            letter, position = 1, start + 1
            while letter < len(name) and position < len(words):
                if words[position].startswith(name[letter]):
                    letter += 1
                elif words[position] not in skipped:
                    break
                position += 1
            if letter == len(name):
                return True
    return False
