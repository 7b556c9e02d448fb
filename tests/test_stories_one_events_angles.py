"""Two angles of one event that event_in_passing had read as new events (pile39): a trade
paper that writes a recalled product as a compound with a hyphen ("oak-smoked ham"),
where the maker's notice and a news site write it open in the product's name ("Oak Smoked
Ham"), tells the recall, not a happening of its own; and a port paper whose headline puts
its lorry queue "on the first day of the ban" tells the ban's effect at one place, named
as known, not another event that recalls the ban in a line."""

from __future__ import annotations

from brief.stories.apart import event_in_passing, rare_openings
from brief.stories.apart.mentions import as_known, lines_with
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


# An export ban told three ways: every lead gives the ban, in small letters.
BAN = [
    Text(
        "Dravonia bans wheat exports as drought cuts harvest",
        [
            "Dravonia will ban exports of wheat, barley and maize from Friday, the"
            " agriculture ministry said in a decree published late on Thursday.",
            "The ban runs to the end of September.",
        ],
        date="2031-06-06",
    ),
    Text(
        "Wheat futures jump after Dravonia ban",
        [
            "Wheat futures jumped 6% on Friday after Dravonia's overnight ban on grain"
            " exports took effect.",
            "Traders said buyers in North Africa would look elsewhere.",
        ],
        date="2031-06-06",
    ),
    Text(
        "Growers condemn Dravonia export ban",
        [
            "Dravonia's wheat growers said on Friday the export ban would cost them the"
            " season's best prices.",
            "The growers' union called for the decree to be withdrawn.",
        ],
        date="2031-06-06",
    ),
]


def _port(headline: str) -> Text:
    """A port paper's lorry queue, told again and again, with the ban's wheat in a line."""
    return Text(
        headline,
        [
            "By seven on Friday morning the queue of lorries on the Osk bypass reached back"
            " twelve kilometres from the gates of the Kessel Terminal.",
            "Most drivers had left their farms on Thursday, before the decree was known.",
            "One driver said he was carrying 25 tonnes of wheat for a cooperative.",
            "The terminal kept taking lorries for storage but loaded no ships.",
            "The queue of lorries was still ten kilometres long at four o'clock.",
        ],
        date="2031-06-06",
    )


def test_a_lead_that_names_the_storys_happening_as_known_tells_the_story() -> None:
    """ "on the first day of the ban": the ban, which most of the story's leads give, named
    as known in the port paper's own headline. Its queue is the ban's effect at one place,
    told from its own angle, not another event that recalls the ban's wheat in a line."""
    texts = [*BAN, _port("Twelve kilometres of lorries at Kessel on the first day of the ban")]
    assert not event_in_passing(texts, rare_openings(texts), [3], [0, 1, 2])


def test_a_lead_that_never_names_the_storys_happening_as_known_is_its_own_event() -> None:
    """Without it ("a ban" is news, not a known event), the queue told again and again,
    and the ban's wheat in one line past the lead, make a new event of the port's."""
    for headline in (
        "Twelve kilometres of lorries at Kessel",
        "Lorries queue at Kessel over a ban",
    ):
        texts = [*BAN, _port(headline)]
        assert event_in_passing(texts, rare_openings(texts), [3], [0, 1, 2])


def test_a_word_after_the_is_named_as_known() -> None:
    words = ["on", "the", "first", "day", "of", "the", "ban"]
    assert as_known(words, 6)
    assert as_known(["the", "fishing", "boat", "that", "capsized"], 2)
    assert not as_known(["the", "day", "of", "a", "ban"], 4)
    assert not as_known(["lorries", "queue", "over", "ban"], 3)
