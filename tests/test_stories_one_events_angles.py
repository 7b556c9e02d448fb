"""An angle of one event that event_in_passing had read as a new event (pile39): a trade
paper that writes a recalled product as a compound with a hyphen ("oak-smoked ham"),
where the maker's notice and a news site write it open in the product's name ("Oak Smoked
Ham"), tells the recall, not a happening of its own."""

from __future__ import annotations

from brief.stories.apart import event_in_passing, rare_openings
from brief.stories.apart.mentions import lines_with
from brief.stories.texts import Text

# A maker's recall notice and a news site's report, whose lead names the brand only as "a
# popular brand" (the next sentence names it): the product named open, as its label writes it.
RECALL = [
    Text(
        "Product recall: Brackenholt Oak Smoked Ham (150g and 300g) due to listeria",
        [
            "Brackenholt Farms Ltd is recalling the products listed below because"
            " listeria has been found in some packs.",
            "Product: Brackenholt Oak Smoked Ham, 150g, use by 20 May 2031.",
            "Product: Brackenholt Oak Smoked Ham, 300g, use by 21 May 2031.",
            "Do not eat this ham; return it to the shop for a full refund.",
        ],
        date="2031-05-06",
    ),
    Text(
        "Sliced ham recalled from shops over listeria",
        [
            "Packs of a popular brand of sliced ham are being recalled from shops after"
            " listeria was found in some packs.",
            "The recall of Brackenholt Oak Smoked Ham follows a notice on Wednesday.",
            "The company said the packs came from one slicer at its plant near Tollen,"
            " which has been stopped.",
            "There have been no reports of illness, the company said.",
        ],
        date="2031-05-07",
    ),
]
# A trade paper's report of the same recall, one day later: it writes the compound with a
# hyphen in three sentences and names the notice's packs in one line.
TRADE = Text(
    "Brackenholt widens oak-smoked ham recall; Tollen slicer stays shut",
    [
        "Brackenholt Farms has widened its recall of oak-smoked ham to a second"
        " chain, a day after the first notice, and kept one slicer shut.",
        "Its cooked ham and its oak-smoked bacon are not affected.",
        "About 90,000 packs are affected, the company said.",
        "Oak-smoked ham sales have grown by a tenth this year, the trade body said.",
        "The slicer will not restart until three rounds of tests are clean.",
    ],
    date="2031-05-07",
)


def test_a_compound_with_a_hyphen_is_used_where_its_parts_stand_in_a_row() -> None:
    """ "oak-smoked" is the notice's "Oak Smoked" (its words in a row), not "oak" and
    "smoked" apart; a word without a hyphen is read as before."""
    notice, news = RECALL
    assert lines_with(notice, "oak-smoked") == [1, 2]
    assert lines_with(news, "oak-smoked") == [1]
    assert lines_with(TRADE, "oak-smoked") == [0, 1, 3]
    apart = Text("Oak and ham", ["The oak shelf held smoked ham."])
    assert lines_with(apart, "oak-smoked") == []
    assert lines_with(notice, "listeria") == [0]


def test_a_digests_line_counts_a_compound_written_open_by_its_words() -> None:
    """A digest's line retells a story by RETOLD_WORDS of the story's lead words, each as
    written: "oak smoked ham" gives "oak", "smoked" and "ham", and not "oak-smoked" again
    (pile38: a newsletter's "fossil fuel paragraph" had counted "fossil-fuel" beside
    "fossil" and "fuels", and left its own story as a digest of it)."""
    from brief.stories.apart.beside import _retelling

    digest = Text("Morning brief", ["Oak smoked ham is off some shelves today."])
    assert _retelling(digest, {"oak-smoked", "oak", "ham"}) == set()
    assert _retelling(digest, {"oak", "smoked", "ham"}) == {0}


def test_a_trade_paper_writing_the_product_with_a_hyphen_tells_the_recall() -> None:
    """The trade paper tells "oak-smoked" again and again; the recall's reports tell it
    too, written open in the product's name: no happening of the trade paper's own."""
    texts = [*RECALL, TRADE]
    assert not event_in_passing(texts, rare_openings(texts), [2], [0, 1])
