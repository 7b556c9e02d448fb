"""What an earlier brief told that a wire takes back whole (brief.pipeline.versions): a
story its kill notice withdraws, and words a corrected version of a story says were wrong.
Apart from brief.daily.novelty.corrections, which reads what today's reports say of
sentences (a denial, a count "not three as first reported"): a wire takes back a version
of its item, named by its headline or by its note's words, and the notice says which.
When in doubt, no notice.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from functools import cache

from brief.daily.novelty.already_sent import fold
from brief.daily.state import DayRecord, State
from brief.extract.lexicon import spaced_alternation, words
from brief.language import ENGLISH
from brief.models import Briefing, Mention, Withdrawn, text_key
from brief.rank.text import stop_words


def shown_headlines(briefing: Briefing) -> frozenset[str]:
    """The headlines (folded) of the articles a bullet or a row of the brief came from:
    what a wire's kill notice of one of them withdraws from its reader's picture."""
    from brief.daily.novelty.already_sent import shown_bullets
    from brief.ingest.notices import fold_headline

    cited = {
        m.source
        for bullet in shown_bullets(briefing)
        for m in bullet.cited or (Mention(bullet.source, bullet.index),)
    }
    cited |= {m.source for quote in briefing.quotes for m in quote.sentences}
    cited |= {event.sentence.source for event in briefing.timeline}
    cited |= {figure.sentence.source for figure in briefing.figures}
    found = {fold_headline(s.title or "") for s in briefing.sources if s.number in cited}
    return frozenset(found - {""})


def taken_back_whole(briefing: Briefing, state: State, today: str) -> tuple[Withdrawn, ...]:
    """What an earlier brief told that a wire takes back whole (pipeline.versions): a
    story its kill notice withdraws, when an earlier brief told a story under the headline
    the notice names ("An earlier brief told the story “...”; source 9, the wire's kill
    notice, withdraws it"; or one an earlier brief showed a bullet or row of, `shown_headlines`),
    and the words a corrected version of a wire's story says were
    wrong, when an earlier brief showed them in the sentence the version now gives
    corrected (`_corrected_words`). The day's own earlier brief counts: the 05:00 mail
    gave the vote count that the wire corrected at 05:20 (r68 F3). Only a headline the
    notice names, and only words its note gives: when in doubt, no notice."""
    from brief.ingest.notices import fold_headline, kills_of

    own = state.day(today)
    records = [rec for day, rec in state.briefs.items() if day < today]
    if own is not None and own.built:
        records.append(own)
    titles = {fold_headline(t.title) for rec in records for t in rec.told}
    titles |= {headline for rec in records for headline in rec.headlines}
    titles |= {fold_headline(s.title) for s in state.stories.values() if s.first_seen <= today}
    titles.discard("")
    notices: dict[tuple[str, str], Withdrawn] = {}
    for source in briefing.sources:
        for kill in kills_of(source.notes):
            for headline in kill.headlines:
                if fold_headline(headline) in titles:
                    notices.setdefault(
                        ("story", fold_headline(headline)),
                        Withdrawn(headline, source.number, kill.sentence, kind="story"),
                    )
    for number, note, wrong, corrected in _one_per_change(_corrected_versions(briefing, records)):
        # the note, and the sentence as the version now gives it: a one-source story
        # whose lede was sent may show it as no bullet
        notices.setdefault(
            ("version", fold(wrong)),
            Withdrawn(
                wrong, number, f"{note.strip(' ()').rstrip('.')}: {corrected}", kind="version"
            ),
        )
    return tuple(notices.values())


_NOTE_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"“‘(]?[A-Z])")
_CHANGE_WORDS = 12  # the most words of a note's one sentence that name one change's runs


def _one_per_change(
    found: Sequence[tuple[int, str, str, str]],
) -> list[tuple[int, str, str, str]]:
    """One notice for the runs a note tells as one change: where a version's note gives
    several wrong runs within one of its sentences, a few words apart ("said Yannis Markos
    was 52 and an engineer"), the version changed them in several sentences ("engineer"
    in its lede, "52" in the next, "an engineer" in a quote), and each had been a notice
    with the whole note again (r72 F17: three entries, one correction). The note's words
    from the first run to the last stand for them ("52 and an engineer"), with the first
    sentence the version now gives; runs the note tells apart stay notices of their own."""
    groups: dict[tuple[int, str], list[tuple[int, str, str, str]]] = {}
    for entry in found:
        groups.setdefault((entry[0], entry[1]), []).append(entry)
    out: list[tuple[int, str, str, str]] = []
    for (number, note), entries in groups.items():
        span = _spanning(note, [wrong for _, _, wrong, _ in entries]) if len(entries) > 1 else None
        if span is None:
            out += entries
        else:
            out.append((number, note, span, entries[0][3]))
    return out


def _spanning(note: str, wrongs: Sequence[str]) -> str | None:
    """The words of one sentence of `note` from the first of the wrong runs to the last,
    as written, where every run stands in that sentence and they are at most
    _CHANGE_WORDS words; None otherwise."""
    for sentence in _NOTE_SENTENCE.split(note.strip()):
        places = []
        for wrong in wrongs:
            pattern = r"\W+".join(re.escape(word) for word in fold(wrong).split())
            place = re.search(rf"(?<!\w){pattern}(?!\w)", sentence, re.IGNORECASE)
            if place is None:
                break
            places.append(place.span())
        else:
            begin, end = min(p[0] for p in places), max(p[1] for p in places)
            if len(sentence[begin:end].split()) <= _CHANGE_WORDS:
                return sentence[begin:end]
    return None


def restated(briefing: Briefing, state: State, today: str) -> frozenset[str]:
    """The sentences (text_key) that a wire's corrected version gives where an earlier
    day's brief showed them with the wrong words: a correction, which the notice tells,
    not a new fact; marked "New" beside the notice, 81,500 tonnes read as a second ship
    (r69 F6). The day's own earlier brief does not count: its update marks what changed
    since the morning's mail, the correction too (r68 F3)."""
    records = [rec for day, rec in state.briefs.items() if day < today]
    return frozenset(text_key(c) for *_, c in _corrected_versions(briefing, records))


def _corrected_versions(
    briefing: Briefing, records: Sequence[DayRecord]
) -> list[tuple[int, str, str, str]]:
    """Each corrected version of the brief's sources whose note gives the right words and
    the wrong ones, where one of `records` showed the sentence the version now gives
    corrected: its source, its note, the wrong words and the sentence as it now gives
    it (`_corrected_words`, `_corrects`)."""
    shown = {k for rec in records for k in (*rec.sentences, *rec.rows)}
    earlier = [t for rec in records for t in rec.seen if text_key(t) in shown]
    found = []
    for source in briefing.sources:
        own_text = [s.text for s in briefing.sentences if s.source == source.number]
        for note in source.notes if own_text else ():
            words_ = _corrected_words(note)
            if words_ is None:
                found += [(source.number, *told) for told in _told_changed(note, own_text, earlier)]
                continue
            right, wrong = words_
            corrected = next(
                (
                    new
                    for new in own_text
                    if any(_corrects(old, fold(new), right, wrong) for old in earlier)
                ),
                None,
            )
            if corrected is not None:
                found.append((source.number, note, wrong, corrected))
    return found


# How a wire's correction note gives the right words and the wrong ones: "(Corrects name of
# minister in paragraph 4 to Lena Marosh, not Anton Keller)", "(Corrects figure to 50
# million from 500 million in paragraph 3)", "... to 97-61 instead of 79-61".
@cache
def _right_not_wrong() -> re.Pattern[str]:
    """The right words and the wrong ones of a correction's note, around one of
    words.toml's correction_contrasts, the wrong ones ending the clause or before the part
    of the copy (copy_parts) where they stood."""
    contrasts = spaced_alternation(words()["correction_contrasts"])
    parts = spaced_alternation(words()["copy_parts"])
    # a word of the right or wrong ones: any but a clause's comma, which a figure in
    # thousands holds ("to 81,500 tonnes, not 82,000")
    word = r"(?:[^,;()]|(?<=\d),(?=\d{3}\b))"
    return re.compile(
        rf"\bto\s+(?P<right>{word}+?)(?:,(?!\d{{3}}\b))?\s+(?:{contrasts})\s+"
        rf"(?P<wrong>{word}+?)(?=\s+in\s+(?:the\s+)?(?:{parts})\b"
        r"|\s*[;)]|\s*,(?!\d{3}\b)|\s*\.?\s*\Z)",
        re.IGNORECASE,
    )


def _corrected_words(note: str) -> tuple[str, str] | None:
    """The right words and the wrong ones a wire's correction note gives, if it is one
    (words.toml's correcting_verbs opening it: "Corrects ..."), else None."""
    opening = re.match(r"[\s(\[*_]*(\w+)", note)
    if opening is None or opening[1].casefold() not in words()["correcting_verbs"]:
        return None
    found = _right_not_wrong().search(note)
    if found is None:
        return None
    right, wrong = found["right"].strip(), found["wrong"].strip(" .")
    if not fold(right) or not fold(wrong) or fold(right) == fold(wrong):
        return None
    return right, wrong


# The share of their other words two sentences must have in common for one to be the
# other with the corrected words changed.
SAME_OTHERWISE = 0.8
# The most words a note's correction changes in a sentence, read off the two versions
# (`_changed`): a name with its title, a count with its unit. The words around them
# stay, at least KEPT_WORDS and KEPT_SHARE of the longer version's: "“...,” Mayor Ines
# Varga said" for "“...,” deputy mayor Tomas Reli said" keeps 13 of 17 (the note naming
# both runs is the rest of the evidence).
CHANGED_WORDS = 6
KEPT_WORDS = 4
KEPT_SHARE = 0.6


def _told_changed(
    note: str, own_text: Sequence[str], earlier: Sequence[str]
) -> list[tuple[str, str, str]]:
    """What an outlet's note tells in its own words ("An earlier version of this article
    said 47 homes had been destroyed. ... 38 of them homes."; "The earlier version also
    attributed the quote “...” to Sheriff X. It was said by Undersheriff Y."), where the
    corrected copy gives a sentence shown before (`earlier`, folded) with one run of its
    words changed and the note names both runs (`_changed`): for each, the note's
    sentences that tell it, the wrong words as the note writes them, and the sentence as
    the copy now gives it. A newspaper writes no "to X, not Y" (`_corrected_words`), and
    its corrected sentence had come back as New with no notice (r70 F7, F8)."""
    folded_note = fold(note)
    found = []
    told: set[str] = set()
    for new in own_text:
        for old in earlier:
            changed = _changed(old, fold(new), folded_note)
            if changed is None or changed[0] in told:
                continue
            wrong, right = changed
            told.add(wrong)
            said = _as_written(note, wrong) or wrong
            found.append((_telling(note, wrong, right), said, new))
            break
    return found


def _changed(old: str, new: str, note: str) -> tuple[str, str] | None:
    """The wrong words and the right ones (folded) where `new` is `old` with one run of
    at most CHANGED_WORDS words changed for another (a word in common within it), the
    rest the same (KEPT_WORDS and KEPT_SHARE of the longer's words, in order), and the
    note (folded) gives the wrong run as written and every word of the right one: the
    note tells that change, not another."""
    before, after = old.split(), new.split()
    if before == after or abs(len(before) - len(after)) > CHANGED_WORDS:
        return None  # (most sentences shown are no copy: spared the matcher)
    held, gone, come = set(note.split()), set(before) - set(after), set(after) - set(before)
    if not gone or not come or not (gone | come) <= held:
        return None  # the words changed, both ways, are all the note's: spared the matcher
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    edits = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if not edits:
        return None
    # one run, though a word of it stays ("Mayor X" for "deputy mayor Y")
    start, new_start = edits[0][1], edits[0][3]
    end, new_end = edits[-1][2], edits[-1][4]
    if min(end - start, new_end - new_start) < 1:
        return None  # words added or left out: no wrong words for right ones
    if max(end - start, new_end - new_start) > CHANGED_WORDS:
        return None
    same = len(before) - (end - start)
    if same < max(KEPT_WORDS, KEPT_SHARE * max(len(before), len(after))):
        return None
    wrong, right = " ".join(before[start:end]), after[new_start:new_end]
    if f" {wrong} " not in f" {note} " or not held.issuperset(right):
        return None
    # the wrong words as far as the note gives them in a row with the sentence's own: a
    # count with its noun ("64 houses"), not the figure alone
    padded = f" {note} "
    changed_end = end
    while end < len(before) and f" {wrong} {before[end]} " in padded:
        wrong, end = f"{wrong} {before[end]}", end + 1
    while start > 0 and f" {before[start - 1]} {wrong} " in padded:
        wrong, start = f"{before[start - 1]} {wrong}", start - 1
    # ... ending where a reader can say them: on the count's noun, not on the "of" the
    # note and the sentence go on with differently ("sold 1.2 billion lei of" bonds and
    # three-year bonds: r75 F14 had quoted the words cut there)
    said = wrong.split()
    while end > changed_end and said[-1] in stop_words(ENGLISH):
        said, end = said[:-1], end - 1
    return " ".join(said), " ".join(right)


def _as_written(text: str, folded: str) -> str:
    """The words of `text` that fold to `folded` (words in a row), as written; "" if none."""
    pattern = r"\W+".join(re.escape(word) for word in folded.split())
    found = re.search(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE)
    return found[0] if found else ""


def _telling(note: str, wrong: str, right: str) -> str:
    """The note's sentences that tell one change: from the first that gives the wrong
    words to the first, from there, that gives the right ones (a note of two corrections
    tells each its own)."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[\"“‘(]?[A-Z])", note.strip())
    first = next((n for n, s in enumerate(sentences) if f" {wrong} " in f" {fold(s)} "), 0)
    rights = set(right.split())
    last = next(
        (n for n in range(first, len(sentences)) if rights <= set(fold(sentences[n]).split())),
        len(sentences) - 1,
    )
    return " ".join(sentences[first : last + 1])


def _corrects(old: str, new: str, right: str, wrong: str) -> bool:
    """Whether `new` (folded) is `old` (folded, a sentence shown) with the wrong words
    changed to the right ones: `old` holds the wrong words, `new` the right ones, and
    their other words are much the same (SAME_OTHERWISE). Where the wrong words are a
    figure alone ("to 81,500 tonnes, not 82,000"), the contrast is of the figures: the
    unit the note names for its reader, the copy may write another way ("an
    81,500-deadweight-tonne vessel"), so the right words' figures are what `new` holds
    (r69 F6: no notice had told the tonnage corrected)."""
    before, after = _holding(old, fold(wrong)), _holding(new, fold(right))
    if after is None and before is not None and _figures(fold(wrong)) == fold(wrong):
        after = _holding(new, _figures(fold(right))) if _figures(fold(right)) else None
    if before is None or after is None:
        return False
    rest_old = set(old.split()) - set(before)
    rest_new = set(new.split()) - set(after)
    union = rest_old | rest_new
    return bool(union) and len(rest_old & rest_new) >= SAME_OTHERWISE * len(union)


def _figures(folded: str) -> str:
    """The figures that open folded words ("81 500" of "81 500 tonnes"; "" of "Lena
    Marosh"): what a note's right words say against a wrong figure."""
    tokens = folded.split()
    count = next((n for n, token in enumerate(tokens) if not token.isdigit()), len(tokens))
    return " ".join(tokens[:count])


def _holding(text: str, words_: str) -> list[str] | None:
    """The tokens of `text` that give `words_` (both folded): the same words in a row, or,
    for figures alone ("79 61" of "79-61"), the same figures in order with at most a word
    between each ("79 to 61"); None where it does not give them."""
    tokens, wanted = text.split(), words_.split()
    if not all(w.isdigit() for w in wanted):
        padded = f" {text} "
        return wanted if f" {words_} " in padded else None
    for start, token in enumerate(tokens):
        if token != wanted[0]:
            continue
        at, found = start, [token]
        for figure in wanted[1:]:
            ahead = tokens[at + 1 : at + 3]
            if figure not in ahead:
                break
            at += 1 + ahead.index(figure)
            found.append(figure)
        if len(found) == len(wanted):
            return found
    return None
