"""A user trial's foreign desk (r78): a hostage deal whose local paper, filed under a
dateline in accented capitals, stood apart from the wire and the feature that report the
deal (F4); a ministry's statement dated by the calendar, not the weekday, stood apart from
the border crisis it protests (F5)."""

from __future__ import annotations

from brief.segment import without_dateline
from brief.stories import find_stories
from brief.stories.apart import rare_openings, rare_subjects
from brief.stories.apart.lone_reports import names_the_event
from tests.story_corpus import dated_corpus_of, dated_texts_of

DEAL = (
    "2031-06-10",
    "Qatari mediator says deal reached to free engineers held in Chad\n\n"
    "DOHA, June 10 (Meridian Wire) - A Qatari mediator said late on Monday that an armed"
    " group holding four engineers in eastern Chad had agreed to release them in stages,"
    " with the first hostages expected to be freed within two days.\n\n"
    "Khalid Al-Marri, Qatar's special envoy for the Sahel, said the agreement was reached"
    " after three days of indirect talks in Doha.\n\n"
    '"The first group will be handed over in the coming hours," Al-Marri told reporters.\n\n'
    "The four staff of the drilling firm Vantor Drilling, two Canadians and two Chadian"
    " colleagues, were seized on February 2 on the road between Abéché and Adré.\n\n"
    "The group, Jund al-Sahra, had demanded the release of 12 of its fighters.\n",
)
TALKS = (
    "2031-06-10",
    "Inside the Doha talks: how an envoy brokered the engineers' release\n\n"
    "For three days, Khalid Al-Marri shuttled between two hotel suites in Doha, carrying"
    " messages between intermediaries for Jund al-Sahra and officials from Chad and Canada,"
    " according to two people briefed on the talks.\n\n"
    "At one point on Saturday the talks nearly collapsed when the group demanded that all"
    " 12 of its jailed fighters be freed first, the people said.\n\n"
    "Al-Marri proposed instead that the engineers be freed in two stages.\n\n"
    "Vantor Drilling said it had not been told which of its staff would be freed first.\n",
)


def families(dateline: str) -> tuple[str, str]:
    """The local paper's piece on the families' wait, filed under `dateline`."""
    return (
        "2031-06-10",
        "In Abéché, families of kidnapped engineers wait for news of release deal\n\n"
        f"{dateline} — Relatives of the two Chadian engineers held since February said on"
        " Tuesday that they had learned of a possible release from the radio, not from the"
        " authorities.\n\n"
        "“We heard Mr Al-Marri on the radio like everybody else,” said Hawa Mahamat, whose"
        " brother Idriss Mahamat was seized with three colleagues on 2 February.\n\n"
        "Khalid Al-Marri, Qatar’s foreign minister, announced late on Monday that the"
        " kidnappers had agreed to free the four hostages in stages.\n\n"
        "The family of the second Chadian hostage, the surveyor Moussa Abakar, gathered at"
        " their home in the Abéché suburb of Djatinié, where neighbours brought tea.\n\n"
        "A spokesman for the regional governor said the Chadian state had been fully"
        " involved in the talks in Doha, and declined to say whether any of the group's"
        " fighters would be released in return.\n\n"
        "Vantor Drilling suspended its work in the Abéché region after the kidnapping of its"
        " engineers.\n",
    )


QUAKE = (
    "2031-06-10",
    "Earthquake in western Iran kills three\n\n"
    "A magnitude 5.4 earthquake struck western Iran late on Monday, killing three people,"
    " the country's disaster agency said on Tuesday.\n\n"
    "The agency said it had sent tents to the area.\n",
)


def test_a_dateline_in_accented_capitals_is_cut() -> None:
    """A place in capitals keeps its accents ("ABÉCHÉ", "BOGOTÁ", "ÇORUM"): the dateline
    is cut as an ASCII one is, and the word after it opens the sentence, no name."""
    for dateline in ("ABÉCHÉ —", "BOGOTÁ, June 10 (Andes Wire) -", "ÇORUM —"):
        assert without_dateline(f"{dateline} Relatives said.") == "Relatives said."
    texts = dated_texts_of([families("ABÉCHÉ")])
    assert "relatives" not in texts[0].subjects


def test_a_local_papers_wait_joins_the_deal_whatever_its_datelines_letters() -> None:
    """The families' wait reports the deal of Monday, which it names as known ("news of
    release deal") and tells again: it is the deal's story, filed from Abéché with an
    accent or without (r78 F4: "Relatives" after an accented dateline had been read as a
    name of its own, and the piece stood apart, under Military moves)."""
    for dateline in ("ABÉCHÉ", "ABECHE"):
        groups = find_stories(dated_corpus_of([DEAL, TALKS, families(dateline), QUAKE]))
        assert sorted(g.sources for g in groups) == [(1, 2, 3), (4,)], dateline


BORDER = [
    (
        "2031-06-11",
        "Second Armenian guard dies after Tolmak border shooting\n\n"
        "A second Armenian border guard wounded in Monday's shooting at the Tolmak crossing on"
        " the border with Azerbaijan has died in hospital, Armenia's health ministry said on"
        " Wednesday.\n\n"
        "The crossing has been closed since Tuesday, and about 1,600 trucks are stranded.\n\n"
        "Azerbaijan's border troops said Armenian guards had fired first.\n",
    ),
    (
        "2031-06-11",
        "Armenian interior minister resigns over Tolmak border shooting\n\n"
        "Armenia's interior minister, Aram Vardanyan, resigned on Tuesday after lawmakers"
        " accused his ministry of leaving the Tolmak border road unguarded before the"
        " shooting that killed a border guard.\n\n"
        "The Tolmak crossing with Azerbaijan stayed closed on Wednesday.\n",
    ),
    (
        "2031-06-11",
        "Azerbaijan summons Armenian ambassador over Tolmak crossing closure\n\n"
        "Azerbaijan's foreign ministry summoned Armenia's ambassador on Tuesday and handed him"
        " a note protesting the closure of the Tolmak crossing, a day after a shooting there"
        " killed an Armenian border guard.\n\n"
        "Azerbaijan proposed that the two border commissions meet by the end of the week.\n",
    ),
]
STATEMENT = (
    "2031-06-11",
    "On the summoning of the Ambassador of the Republic of Azerbaijan\n\n"
    "On 10 June 2031, the Ambassador Extraordinary and Plenipotentiary of the Republic of"
    " Azerbaijan to the Republic of Armenia, Elchin Mammadov, was summoned to the Ministry of"
    " Foreign Affairs of the Republic of Armenia.\n\n"
    "He was handed a note of protest in connection with the armed incident at the Tolmak"
    " checkpoint on 9 June 2031, which resulted in the death of a serviceman of the State"
    " Border Service of the Republic of Armenia.\n\n"
    "The Armenian side demanded that those responsible be identified and punished.\n",
)


def test_a_lead_dated_by_the_calendar_gives_its_weekday() -> None:
    """A ministry dates the week's events by day and month ("On 10 June 2031"), where a
    wire writes "on Tuesday": its lead's days are those weekdays. A day weeks off is
    background ("seized on February 2"), and gives none."""
    statement, deal = dated_texts_of([STATEMENT, DEAL])
    assert statement.days == {"tuesday", "monday"}
    assert deal.days == {"monday"}


def test_a_ministrys_statement_dated_by_the_calendar_joins_its_crisis() -> None:
    """The ministry's note of protest over the incident at the checkpoint is the border
    crisis's, though its lead names its day by the calendar and not the weekday the
    crisis's reports give (r78 F5: it had been read as commentary beside the day's story,
    a new story titled with the document's name)."""
    groups = find_stories(dated_corpus_of([*BORDER, STATEMENT, QUAKE]))
    assert sorted(g.sources for g in groups) == [(1, 2, 3, 4), (5,)]


def test_a_lead_names_the_storys_event_by_its_date() -> None:
    """A ministry's second sentence ties its own act to the crisis: "in connection with the
    armed incident at the Tolmak checkpoint on 9 June", the place the crisis's leads give
    and the day they give by its weekday (Monday). That names the event as a follow-up
    does, where a day of another week names another (r78 F5: read so in the morning, the
    statement had left the story in the evening's rebuild, when a late report made the
    resigned minister a name most of its reports give, and the update took the late
    report apart from the story the morning had told)."""
    for day, named in (("9 June 2031", True), ("2 June 2031", False)):
        statement = (STATEMENT[0], STATEMENT[1].replace("9 June 2031", day))
        pile = [*BORDER, statement]
        texts = dated_texts_of(pile)
        subjects, openings = rare_subjects(texts), rare_openings(texts)
        assert names_the_event(texts, subjects, openings, 3, [0, 1, 2]) is named, day
