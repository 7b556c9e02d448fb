"""Live pages in the stories stage: a page of one event joins it, a page of the day's
several events bridges none of them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from brief.ingest import ingest
from brief.models import Sentence
from brief.options import Options
from brief.segment import segment
from brief.stories import find_stories
from brief.stories.live import (
    entry_names,
    live_entries,
    page_words,
    report_leads,
    report_names,
    story_of_entries,
)
from brief.stories.texts import readable_sentences, story_texts
from tests.story_corpus import corpus_of

STRIKE_1 = """Dockers walk out at Velmora port over pay
Dockers at the port of Velmora walked out on Monday in a dispute over pay, halting cargo.

The Velmora Dockworkers Union said 1,400 members had joined the strike.

Union leader Harriet Quenby said talks with the Velmora Port Authority had collapsed.

Ships were queuing outside the harbour, the port authority said.
"""

STRIKE_2 = """Velmora strike strands container ships
Container ships were stranded off Velmora on Monday as a dockers' strike shut the port.

Harriet Quenby of the Velmora Dockworkers Union said her 1,400 members would stay out.

The Velmora Port Authority said it had offered a pay rise of four percent.

Exporters warned of losses if the strike lasted into next week.
"""

FIRE_1 = """Fire breaks out on ferry Saint Orlan off Tarsk
A fire broke out in the engine room of the ferry Saint Orlan off Tarsk on Monday.

All 212 passengers were taken off by lifeboats, the Tarsk coast guard said.

Captain Ivo Darnell said the blaze had been put out by the crew.

The ferry operator Lindqvist Lines said it would investigate.
"""

FIRE_2 = """Passengers rescued from burning Saint Orlan ferry
Lifeboats rescued 212 passengers from the ferry Saint Orlan near Tarsk on Monday after a fire.

Lindqvist Lines said the engine room fire was under control.

Captain Ivo Darnell praised the crew of the Saint Orlan.

The Tarsk coast guard towed the ship into harbour.
"""

RATE_1 = """Central bank of Pellaria raises rate to 5.25%
The Bank of Pellaria raised its main rate to 5.25% on Monday to fight inflation.

Governor Aldous Mercer said inflation in Pellaria was still too high.

Economists had expected the Pellarian central bank to hold its rate.

The Pellarian mark rose against the euro after the decision.
"""

RATE_2 = """Pellaria's central bank surprises with rate rise
Governor Aldous Mercer of the Bank of Pellaria announced a rise to 5.25% on Monday.

The Pellarian mark gained after the decision, traders said.

Mercer said the Bank of Pellaria would act again if needed.

Analysts said the rise would weigh on Pellaria's mortgage holders.
"""

DESK_LIVE = """Regional news: live updates
18:10 — Harriet Quenby says the Velmora dockers will vote on the offer tomorrow.

16:40 — Lindqvist Lines says the Saint Orlan will be towed to Tarsk.

15:05 — Aldous Mercer says the Bank of Pellaria is ready to act again.

13:30 — Weather forecasters expect snow in the hills of Gremont tonight.

We will bring you the latest throughout the day.
"""

STRIKE_LIVE = """Velmora port strike: live
18:10 — Harriet Quenby tells the crowd the Velmora dockers will not go back yet.

16:40 — The Velmora Port Authority says 30 ships are now waiting outside.

15:05 — Pickets block the gates of the Velmora container terminal.

13:30 — The Velmora Dockworkers Union says 1,400 members are on strike.
"""


def _groups(texts: Sequence[str]) -> list[tuple[int, ...]]:
    return [group.sources for group in find_stories(corpus_of(texts))]


def test_a_live_page_of_the_days_several_events_is_a_story_of_its_own() -> None:
    groups = _groups([STRIKE_1, STRIKE_2, FIRE_1, FIRE_2, RATE_1, RATE_2, DESK_LIVE])
    assert groups == [(1, 2), (3, 4), (5, 6), (7,)]


def test_a_live_page_of_one_event_joins_its_story() -> None:
    groups = _groups([STRIKE_1, STRIKE_2, FIRE_1, FIRE_2, STRIKE_LIVE])
    assert groups == [(1, 2, 5), (3, 4)]


def test_a_page_with_few_stamps_is_no_live_page() -> None:
    text = "Update\n10:05 — The port opened.\n\n11:20 — Ships came in.\n\nMore later.\n"
    assert live_entries(list(corpus_of([text]).sentences)) == []


def test_a_live_pages_entries_may_be_stamped_by_their_headings(tmp_path: Path) -> None:
    """A page that sets each entry's time in a heading above it ("<h3>09:15 — ...</h3>")
    has its entries as a page of stamped paragraphs does: the stamps are read one way
    (furniture.entry_stamps)."""
    entries = (
        ("09:15 — Tarsk crews reach the depot", "Fire crews reached the burning depot in Tarsk."),
        ("10:40 — Roads closed", "Police closed the ring road around the Tarsk depot."),
        ("12:05 — Smoke warning", "Residents of Tarsk were told to keep their windows shut."),
        ("14:30 — Fire contained", "The Tarsk fire chief said the blaze had been contained."),
    )
    body = "".join(f"<h3>{heading}</h3><p>{text}</p>" for heading, text in entries)
    page = tmp_path / "live.html"
    page.write_text(
        "<html><head><title>Tarsk depot fire: live</title></head><body><article>"
        "<h1>Tarsk depot fire: live</h1><p>A fire broke out at a fuel depot in Tarsk on "
        f"Monday. Follow our updates below.</p>{body}</article></body></html>",
        encoding="utf-8",
    )
    sentences = list(segment([ingest(str(page), 1, Options())]).sentences)
    found = live_entries(sentences)
    assert [entry[0].text for entry in found] == [text for _, text in entries]


def test_an_entry_is_told_by_a_name_of_one_storys_own() -> None:
    corpus = corpus_of([STRIKE_LIVE])
    entries = live_entries(list(corpus.sentences))
    assert len(entries) == 4
    # "velmora" is both stories' name: it tells neither
    assert story_of_entries(entries, [{"velmora"}, {"velmora", "tarsk"}]) is None
    # one entry of four names Quenby: not most of them
    assert story_of_entries(entries, [{"quenby"}, {"velmora"}, {"velmora"}]) is None
    assert story_of_entries(entries, [{"velmora", "quenby"}, {"tarsk"}]) == 0


def test_a_name_two_stories_give_tells_the_one_whose_leads_give_it() -> None:
    """Both stories' reports name Velmora (a second story's recall it in passing); the
    entries are the story's whose leads give it, where no other story's leads do (a
    second bank's results name the first bank's crisis: pile33's live blog)."""
    texts = story_texts(corpus_of([STRIKE_1, STRIKE_2, FIRE_1, FIRE_2]), [1, 2, 3, 4])
    assert "velmora" in report_leads([texts[1], texts[2]])
    assert "velmora" not in report_leads([texts[3], texts[4]])
    entries = live_entries(list(corpus_of([STRIKE_LIVE]).sentences))
    stories = [{"velmora"}, {"velmora", "tarsk"}]
    assert story_of_entries(entries, stories) is None
    assert story_of_entries(entries, stories, led=[{"velmora"}, set()]) == 0
    assert story_of_entries(entries, stories, led=[{"velmora"}, {"velmora"}]) is None


CREDITING_LIVE = """Border crisis live
18:10 — Diplomats tell the Tarsk Herald that talks on sanctions will resume next week.

16:40 — Markets were calm through the afternoon.

15:05 — Envoys tell the Tarsk Herald a deal is close.

13:30 — Pickets block the gates of the container terminal, the Tarsk Herald has learned.
"""


def test_an_entry_that_credits_its_own_page_names_no_event_by_it() -> None:
    """r66 F2: a page's own outlet ("diplomats tell the Danube Herald") shares a word with
    another story's place (the river Danube): that word tells no entry's event."""
    entries = live_entries(list(corpus_of([CREDITING_LIVE]).sentences))
    stories = [{"velmora", "quenby"}, {"tarsk", "saint", "orlan"}]
    assert story_of_entries(entries, stories) == 1  # three entries name "Tarsk"
    own = page_words("The Tarsk Herald")
    assert own == {"the", "tarsk", "herald"}
    assert story_of_entries(entries, stories, own) is None


HARNBY_1 = """Missiles hit Harnby grain terminal in Velmora, killing four
Missiles struck the Harnby grain terminal in Velmora on Monday evening, killing four people
and injuring 14, governor Ilse Marrow said.

Marrow said two warehouses at the Harnby terminal had burned down.

Among the dead were two dock workers, Marrow said.
"""

HARNBY_2 = """Four killed as missiles strike Harnby terminal
Four people were killed and 14 injured when missiles hit the Harnby terminal on Monday,
governor Ilse Marrow said.

The Harnby terminal ships grain to Africa and Asia.

Insurers said they would review their rates for Velmora calls.
"""

INTERCEPT = """Navy downs sea drone off Velmora
The navy said on Monday it had destroyed a sea drone near a grain ship off Velmora.

The ship, the Corla Wind, was not damaged and sailed on, the navy said.

Navy spokesman Dag Fenner said the drone was spotted by a patrol boat.
"""

HARNBY_LIVE = """Live: missile strike on Velmora port
22:15 — The toll from the strike on the Harnby terminal has risen to five, governor Ilse
Marrow said.

21:30 — Rescuers are still searching the rubble for one missing person.

20:40 — Four people were killed and 14 injured in the strike, according to the governor.

20:05 — Explosions were heard in Velmora, local media reported.
"""


def test_a_live_pages_entries_are_told_by_their_names_past_the_stamp_and_their_counts() -> None:
    """The word an entry opens with after its stamp ("21:30 — Rescuers are ...") opens its
    sentence and names nothing; an entry's count ("14 injured") is the story's count. A
    page of one strike, whose city another story of the day shares, joins the strike."""
    groups = _groups([HARNBY_1, HARNBY_2, INTERCEPT, HARNBY_LIVE])
    assert groups == [(1, 2, 4), (3,)]


STRIKE_LIVE_WITH_FERRY = """Velmora port strike: live
18:10 — Harriet Quenby tells the crowd the Velmora dockers will not go back yet.

16:40 — Lindqvist Lines says the Saint Orlan will be towed to Tarsk tonight.

15:05 — Pickets block the gates of the Velmora container terminal.

13:30 — The Velmora Dockworkers Union says 1,400 members are on strike.
"""


def test_a_live_pages_entry_of_another_story_is_no_bullet_of_the_one_it_joins() -> None:
    """A page that joins the strike by most of its entries gives one to the ferry fire,
    named by the fire's own names: that entry is the fire's, not the strike's."""
    corpus = corpus_of([STRIKE_1, STRIKE_2, FIRE_1, FIRE_2, STRIKE_LIVE_WITH_FERRY])
    strike, _fire = find_stories(corpus)
    assert strike.sources == (1, 2, 5)
    texts = {s.index: s.text for s in corpus.sentences if s.source == 5}
    assert {texts[m.index][:5] for m in strike.elsewhere if m.source == 5} == {"16:40"}


CITY_PAGE_LIVE = """Montevideo dock strike: live
09:10 — Police say pickets at Muelle Mantrero are peaceful so far.

08:30 — Ferries at the Quelbrada terminal are running late, with long queues.

07:45 — Lorries are parked along the road to Capurrino, drivers tell us.

07:00 — No cranes are working in Montevideo this morning as the 24-hour dock strike begins.
"""


def test_a_city_pages_own_name_leaves_its_city_a_name_of_its_entries() -> None:
    """A city's page ("The Montevideo Post") names its city in an entry as the city ("no
    cranes are working in Montevideo"), not as its own name; and a seat of government
    that one story's reports alone give is that story's city. One two stories give tells
    neither, and names no entry (as a country's name does not)."""
    entries = live_entries(list(corpus_of([CITY_PAGE_LIVE]).sentences))
    police = {"montevideo", "mantrero", "quelbrada", "police"}
    fire = {"tarsk", "orlan"}
    own = page_words("The Montevideo Post")
    # Muelle Mantrero, Quelbrada and Montevideo: three of four named entries
    assert story_of_entries(entries, [police, fire], own) == 0
    # with Montevideo the other story's too, it names no entry: Mantrero alone of three
    police -= {"quelbrada"}
    assert story_of_entries(entries, [police, fire | {"montevideo"}], own) is None


def test_a_page_credited_by_its_whole_name_names_no_event_by_it() -> None:
    """r66 F2 with a city's page: "the Montevideo Post has learned" writes the page's own
    name, not the city; a one-word page ("Tasnim") is its name wherever it is."""
    text = CITY_PAGE_LIVE.replace(
        "in Montevideo this morning", "this morning, the Montevideo Post has learned,"
    )
    entries = live_entries(list(corpus_of([text]).sentences))
    last = entries[-1]
    own = page_words("The Montevideo Post")
    assert "montevideo" not in entry_names(last, set(), own)
    assert "montevideo" in entry_names(entries_of_city()[-1], set(), own)
    assert "montevideo" not in entry_names(entries_of_city()[-1], set(), page_words("Montevideo"))


def entries_of_city() -> list[list[Sentence]]:
    return live_entries(list(corpus_of([CITY_PAGE_LIVE]).sentences))


ORCHARD_LIVE = """Hailstorm over the Tessin orchards: live
07:00 — Good morning. The hail that hit the Tessin valley overnight stripped the pear trees bare.

08:15 — Growers in Lorvick say half the harvest is lost.

09:40 — The Tessin growers' cooperative asks the province for emergency aid.

10:55 — Insurers say claims from the valley have passed 300.
"""


def test_a_stamped_greeting_counts_as_a_live_pages_entry() -> None:
    """A greeting is no news and is left out of what the stories read, but its stamp is
    one of the page's four: the page is live. The greeting opens no entry whose names are
    read (what follows it is the page's introduction)."""
    corpus = corpus_of([ORCHARD_LIVE])
    readable = readable_sentences(corpus)[1]
    assert not any("Good morning" in s.text for s in readable)
    assert live_entries(readable) == []  # three stamps left: read as a report
    entries = live_entries(readable, list(corpus.sentences))
    assert [entry[0].text[:5] for entry in entries] == ["08:15", "09:40", "10:55"]


def test_a_page_of_three_stamps_and_no_greeting_is_no_live_page() -> None:
    text = ORCHARD_LIVE.replace("07:00 — Good morning. ", "")
    corpus = corpus_of([text])
    readable = readable_sentences(corpus)[1]
    assert live_entries(readable, list(corpus.sentences)) == []


TREATY_1 = """Negotiators publish draft of Oresund fisheries treaty
The chairs of the Oresund fisheries talks published a first draft of the treaty on Sunday night,
leaving the cod quota annex blank.

The draft sets no date for the end of bottom trawling, delegates said.

Norway and Iceland said they would respond on Monday.
"""

TREATY_2 = """Fisheries draft leaves quota annex in brackets
A first draft of the Oresund fisheries treaty leaves the cod quota annex in brackets and gives
no date for a trawling ban.

The chairs said a second draft would follow once ministers arrive.

Campaigners called the draft weak.
"""

TREATY_LIVE = """Fisheries talks live: reactions to the draft
18:10 — Iceland's delegate says the quota annex must be settled this week.

16:40 — Norway calls the trawling paragraph a step backwards.

15:05 — Ministers are arriving; a second draft is expected on Wednesday.

13:30 — Delegates from the island states read the draft line by line in the hall.
"""


def test_an_entry_is_told_by_a_word_of_what_happened_one_storys_leads_alone_give() -> None:
    """A page of a negotiation's day names countries and delegates, not the text's own
    names: its entries tell the draft by the rare words its reports' leads write in small
    letters ("draft", "quota", "trawling"), which no other story's leads give (pile38's
    page of a climate summit's draft, left a story of its own)."""
    texts = story_texts(corpus_of([TREATY_1, TREATY_2, STRIKE_1, STRIKE_2]), [1, 2, 3, 4])
    entries = live_entries(list(corpus_of([TREATY_LIVE]).sentences))
    assert len(entries) == 4
    stories = [report_names([texts[1], texts[2]]), report_names([texts[3], texts[4]])]
    led = [report_leads([texts[1], texts[2]]), report_leads([texts[3], texts[4]])]
    assert {"draft", "quota"} <= led[0]
    assert story_of_entries(entries, stories) is None  # by names alone: countries only
    assert story_of_entries(entries, stories, led=led) == 0
    # a word both stories' leads give tells neither
    assert (
        story_of_entries(entries, stories, led=[led[0], led[1] | {"draft", "quota", "trawling"}])
        is None
    )
    groups = _groups([TREATY_1, TREATY_2, STRIKE_1, STRIKE_2, TREATY_LIVE])
    assert groups == [(1, 2, 5), (3, 4)]
