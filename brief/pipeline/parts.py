"""A digest's work in parts that either process takes: the extraction child makes them
from the first and the brief's process from the last, until they meet
(`extracting.from_both`), so neither waits long for the other, whichever is free first.
One number of parts and one way to cut serve every kind of work so cut. At 1,000
articles the shared work was: the classes of the sentences, by article (2.7 s of CPU);
what the stories' later reports make outdated, by story (1.4 s); the covers of the
stories several outlets tell (1.3-1.8 s); the stories' drafts but their covers (1.5-2 s,
while the child had nothing left to do); and the quotes (2 s: the brief's process had
made all the covers and then waited 0.7 s for the child's quotes). The quotes are cut
into runs of whole stories instead (`quotes.split_stories`), as their order is the
sentences'."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

# The more parts, the less either process waits at the end of a kind of work: when this
# process has made its last part and the child is inside one, it waits for that part, half
# a part on average (a part takes the work's CPU / PARTS). At 1,000 articles, with 8 parts
# the brief's process waited at the ends of the classes, the outdated, the covers, the
# drafts and the quotes for 2.3% of the run's wall time (timed stage by stage, both
# processes); with 16 parts 1.2%, with 32 parts 0.5%. A part costs little of its own (a
# pickled value, a mark on the pipe, a pass over the sentences to find its articles').
PARTS = 32

Item = TypeVar("Item")


def part_of(items: Sequence[Item], part: int) -> Sequence[Item]:
    """The items of one part: the part-th, the (part + PARTS)-th, ...: parts of about the
    same size, whatever the order the items come in."""
    return items[part::PARTS]


def numbers_in_part(count: int, part: int | None) -> range:
    """The numbers of the `part_of` `count` items (all of them for None)."""
    return range(count) if part is None else range(part, count, PARTS)
