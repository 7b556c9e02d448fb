"""The quotes stage's memory of sentences read: its answers are those of reading each
sentence in turn, across the joined blocks and the sentences not yet in one."""

import re

from brief.extract.quotes.pronouns import naming_re
from brief.extract.quotes.read_so_far import ReadSoFar


def _read(texts: list[str]) -> ReadSoFar:
    read = ReadSoFar()
    for text in texts:
        read.append(text)
    return read


def _filler(count: int) -> list[str]:
    return [f"The council met for the {n}th time and adjourned." for n in range(count)]


def test_a_name_is_found_in_its_own_sentence_never_across_two() -> None:
    # "Ann" ends one sentence and "Lee" opens the next: no one called Ann Lee was named
    texts = [*_filler(300), "The report was written by Ann", "Lee said it was late.", *_filler(300)]
    read = _read(texts)
    assert read.first_match(naming_re("Ann Lee")) is None
    read.append("Later, Ann Margaret Lee spoke to reporters.")
    assert read.first_match(naming_re("Ann Lee")) == len(texts)


def test_the_first_match_is_the_earliest_in_a_block_or_after_the_last() -> None:
    texts = _filler(600)
    texts[270] = "Ruth Okafor, the mayor, arrived."
    texts[590] = "Ruth Okafor left."
    read = _read(texts)
    pattern = naming_re("Ruth Okafor")
    assert read.first_match(pattern) == 270
    assert read.first_match(re.compile(r"Okafor left")) == 590  # past the last full block
    assert read.first_match(re.compile(r"adjourned")) == 0


def test_holding_gives_every_sentence_with_the_words_from_where_it_is_asked() -> None:
    texts = _filler(520)
    for number in (3, 255, 256, 511, 515):
        texts[number] = "Themba died in the fire."
    read = _read(texts)
    assert list(read.holding("Themba")) == [3, 255, 256, 511, 515]
    assert list(read.holding("Themba", 256)) == [256, 511, 515]
    assert list(read.holding("the fire.\nThe council")) == []  # never across two sentences
