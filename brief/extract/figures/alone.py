"""A sentence's figures read by itself (`find_figures` of it alone), which the checks of
counts, levels and rates and the drafts' test of one fact told twice (drafts._same_fact)
compare. Each rule asks for them when it needs them, and they ask of the same sentences
again and again: a story's reports' levels for each report another is compared with, the
other sentence of each pair of picks. At 1,000 articles that was 3,417 readings of 1,700
sentences; the repeats cost 0.2 s of CPU. Read alone, a sentence's figures depend on the
sentence only (find_figures weighs a sentence against the ones before it only among those
it is given), so they are kept by sentence."""

from __future__ import annotations

from functools import lru_cache

from brief.models import Figure, Sentence


@lru_cache(maxsize=1 << 14)
def figures_alone(sentence: Sentence) -> tuple[Figure, ...]:
    """The figures of one sentence, read without the sentences around it."""
    from brief.extract.figures import find_figures

    return find_figures([sentence])
