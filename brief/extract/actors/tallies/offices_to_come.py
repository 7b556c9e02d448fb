"""Offices won but not yet held: "the council elected Adnan al-Rubaie as governor of
the province", then "The governor-elect will take the oath on Sunday".

An election or a nomination gives an office its holder takes up later; until then
English calls them by the office and "-elect" or "-designate" ("the Prime
Minister-elect", "the mayor-designate"), and the office itself would be a stale title
turned round: a governor who is not yet one. When a story speaks of "the <office>-elect"
and one person it appoints to that office (see roles.appointed), that is who it means,
and the epithet, as the text writes it, is their role. A title written before a name
("President-elect Obama") is read as any title is; this is for the epithet alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from brief.extract.actors.tallies.tally_record import Found, Tally
from brief.extract.lexicon import alternation, words
from brief.models import Mention, Sentence


def roles_to_come(
    people: Sequence[Tally], found: list[Found], sentences: Sequence[Sentence]
) -> None:
    """Give "the <office>-elect" of a story, as its role, to the one person the story
    appoints to that office (by the office's head: "governor" of "governor of the
    province"); where two are, or none, no one."""
    epithets = _epithets(sentences)
    if not epithets:
        return
    appointed = {
        (sentence.source, name.role) for _, sentence, name in found if name.appointed and name.role
    }
    for (source, head), (epithet, sentence) in epithets.items():
        holders = [
            tally
            for tally in people
            if tally.role is not None
            and tally.role_at is not None
            and tally.role_at.source == source
            and (source, tally.role) in appointed
            and _same_office(tally.role, head, epithet)
        ]
        if len(holders) == 1:
            holders[0].role, holders[0].role_at = epithet, Mention(sentence.source, sentence.index)


def _epithets(sentences: Sequence[Sentence]) -> dict[tuple[int, str], tuple[str, Sentence]]:
    """(source, office head) -> the first "<office>-elect" or "-designate" a source
    writes after "the" and before no name ("The governor-elect will ...", "the Prime
    Minister-elect's"), as written, with its sentence."""
    found: dict[tuple[int, str], tuple[str, Sentence]] = {}
    pattern = _epithet_re()
    for sentence in sentences:
        if "-" not in sentence.text:
            continue
        for m in pattern.finditer(sentence.text):
            head = m.group(2).lower()
            if head in words()["role_heads"]:
                found.setdefault((sentence.source, head), (m.group(1), sentence))
    return found


@cache
def _epithet_re() -> re.Pattern[str]:
    suffixes = alternation(words()["head_suffixes"] & words()["offices_to_come"])
    return re.compile(rf"\b[Tt]he ((?:[A-Z][a-z]+ )?([A-Za-z]+)-(?:{suffixes}))\b(?! [A-Z])")


def _same_office(role: str, head: str, epithet: str) -> bool:
    """Whether a role names the office an epithet says is to come: the same head word
    before any preposition ("governor" of "governor of the province"), and no word that
    makes another office of it the epithet lacks ("First Deputy Governor", "acting
    governor" are not the governor-elect; "country's next Prime Minister" is the Prime
    Minister-elect), and the epithet's own words before its head ("Prime"). A role that
    says so already ("governor-elect") is left as it is."""
    parts = role.lower().split()
    cut = next((k for k, word in enumerate(parts) if k and word in _prepositions()), len(parts))
    if not cut or parts[cut - 1] != head:
        return False
    before = set(parts[: cut - 1])
    said = epithet.lower().replace("-", " ").split()
    if not set(said[: said.index(head)]) <= before:
        return False  # "minister of finance" is no "Prime Minister-elect"
    ranked = before & words()["other_rank"]
    return not ranked - set(said) - words()["offices_to_come"]


@cache
def _prepositions() -> frozenset[str]:
    return words()["role_prepositions"]
