"""What heads and leads a story of several reports: one that states the event, not one
that speaks for a party ("Ministry: ..."), reports a party's claim ("X says ...") or
comments on it (an analysis's title, a thesis for a lede); and which lines of a story
a later or fuller one makes redundant (r47 H1, M6, L5). Every text here is invented."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from brief.cli import app
from brief.compose.leads import can_lead, states_an_opinion
from brief.compose.titles import (
    ATTRIBUTES_CLAIM,
    SPEAKS_FOR_A_SIDE,
    STATES_EVENT,
    headline,
    report_stance,
)
from brief.models import Document, Source

runner = CliRunner()


def test_a_writers_judgement_is_an_opinion_and_no_lead() -> None:
    thesis = "The difference between the two counts of the flooded farms is not a detail."
    assert states_an_opinion(thesis) and not can_lead(thesis)
    assert states_an_opinion(
        "The most telling thing about the summit was not its communique but the empty chairs."
    )


def test_events_counts_forecasts_and_reported_judgements_are_no_opinions() -> None:
    for text in (
        "The Tessa river burst its banks on Tuesday after four days of rain.",
        "The death toll is now more than 40.",
        "The vote is expected to take place next week.",
        "The farmer arrested near the border is a former customs officer.",
        "The plan was a mistake, the opposition leader said.",
        'The plan was "a betrayal of the valley", the mayor told reporters.',
        "The dam is in northern Arland.",
        "The mayor's office is preparing for a second wave.",
    ):
        assert not states_an_opinion(text), text


def test_a_headline_is_read_for_whose_voice_it_speaks_in() -> None:
    assert report_stance("Floods sweep the Tessa valley, killing 12") == STATES_EVENT
    assert report_stance("Arland says dam will open within days") == ATTRIBUTES_CLAIM
    assert report_stance("Belmora denies blocking the dam talks") == ATTRIBUTES_CLAIM
    # blaming and accusing give one side's version of what happened (r52 M2)
    assert report_stance("Arland blames Belmora for dam collapse") == SPEAKS_FOR_A_SIDE
    assert report_stance("Belmora accuses Arland of flooding the valley") == SPEAKS_FOR_A_SIDE
    # a label and a statement, where the lede says the label said it
    claim = "Water Ministry: dam sluices opened ahead of schedule"
    said = "The Water Ministry of Belmora said on Monday that the sluices were opened early."
    assert report_stance(claim, said) == SPEAKS_FOR_A_SIDE
    # a page's header whose first field, before a bar, is the party its lede says spoke
    # (r61 F3: a monitors' statement had headed the story of a declared result)
    header = "Tessa Valley Farmers' Union | Statement on the dam inquiry | 4 May 2026"
    union = "The Tessa Valley Farmers' Union said on Monday that the inquiry had ignored it."
    assert report_stance(header, union) == SPEAKS_FOR_A_SIDE
    section = "Belmora | Floods sweep the Tessa valley"
    assert report_stance(section, "Floods swept the Tessa valley, officials said.") == STATES_EVENT
    # ... but a place and an event are no speaker: the lede's subject is the strikes
    place = "Varn: shelling kills four at the market"
    shelled = "Shelling killed four people at the market in Varn, local officials said."
    assert report_stance(place, shelled) == STATES_EVENT
    # an analysis asks or explains; a commentary opens with its thesis
    assert report_stance("Tessa floods: why the dam matters") == SPEAKS_FOR_A_SIDE
    assert report_stance("What we know about the Olen dam") == SPEAKS_FOR_A_SIDE
    assert report_stance("Will the dam hold?") == SPEAKS_FOR_A_SIDE
    opinion = "The quarrel over the dam was never about water."
    assert report_stance("After the floods: two governments, one river", opinion) == (
        SPEAKS_FOR_A_SIDE
    )


def _document(number: int, title: str) -> Document:
    return Document(Source(number, f"{number}.txt", f"{number}.txt", "0" * 64, 1), title, ())


def test_a_report_that_states_the_event_heads_before_a_partys() -> None:
    documents = [
        _document(1, "Water Ministry: Belmora agreed to all Arland's terms"),
        _document(2, "Dam talks end without a deal as Arland and Belmora trade blame"),
    ]
    summary = ["The dam talks between Arland and Belmora ended without a deal on Thursday."]
    stances = {1: SPEAKS_FOR_A_SIDE, 2: STATES_EVENT}
    title, best = headline(documents, [], summary, {1, 2}, stances)
    assert best == 2 and title.startswith("Dam talks end")
    title, best = headline(documents, [], summary, {1, 2})
    assert best in (1, 2)  # without stances, as before


def test_a_live_pages_label_heads_no_story_another_report_titles() -> None:
    """r52 M3: "LIVE UPDATES: Typhoon ... aftermath" names a page and a topic, and had
    headed a story of four reports whose summary opened with the live page's intro,
    over the reports' own headlines of the toll."""
    documents = [
        _document(1, "LIVE UPDATES: Tessa valley floods aftermath"),
        _document(2, "Tessa valley flood toll climbs to 12 as rescuers reach villages"),
    ]
    summary = ["Floods in the Tessa valley have killed 12 people, officials said."]
    title, best = headline(documents, [], summary, {1})
    assert best == 2 and title.startswith("Tessa valley flood toll")
    alone = headline(documents[:1], [], summary, {1})
    assert alone[1] == 1  # the only title still heads its story


# One day's reports of dam talks: the wire, a ministry's own account that the other side
# denies, and a think tank's commentary that opens with its thesis.
REPORTS = {
    "wire.txt": (
        "Dam talks end without a deal as Arland and Belmora trade blame",
        "VARN, Arland, March 5, 2027 (Global Wire) - The water ministers of Arland and Belmora"
        " ended six hours of talks on the Olen dam in Varn on Thursday without a deal on"
        " opening its sluices to the flooded Tessa valley.",
        "Both sides said they would meet again next week.",
        "Belmora's minister Teodor Vass said Arland had agreed to pay for damage to Belmoran"
        " farms, which Arland denied.",
        "About 85,000 people in the Tessa valley have been affected by the floods.",
    ),
    "ministry.txt": (
        "Water Ministry: Arland agreed to pay for the damage to Belmoran farms\n"
        "Belmora State News | 5 March 2027",
        "The Water Ministry of Belmora said after the talks in Varn that Arland had agreed to"
        " pay for the damage to Belmoran farms and to open the Olen dam's sluices.",
        "Minister Teodor Vass said the talks on the Olen dam had been held in a constructive"
        " atmosphere.",
        "The ministry said the Tessa valley's farmers would be paid within a month.",
    ),
    "denial.txt": (
        "Arland denies agreeing to pay Belmora as dam talks end\nVarn Courier | 5 March 2027",
        "Arland on Thursday denied Belmora's claim that it had agreed to pay for damage to"
        " Belmoran farms, hours after the talks on the Olen dam ended in Varn.",
        "Arland's water minister said no payment had been discussed at the talks.",
        "The Olen dam's sluices remain closed, and the Tessa valley is still under water.",
    ),
    "commentary.md": (
        "# The Olen dam: why the talks failed",
        "*Institute for River Studies · 5 March 2027 · By Mara Quist*",
        "The failure of the Olen dam talks between Arland and Belmora in Varn was not a"
        " surprise for the Tessa valley.",
        "Belmora wants Arland to pay for damage to Belmoran farms before the sluices open.",
        "Mara Quist is a fellow at the Institute for River Studies.",
    ),
}


def test_a_story_is_headed_and_led_by_the_report_that_states_its_event(
    tmp_path: Path, fixed_clock: object
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text("\n\n".join(text) + "\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text(
        "Central bank of Belmora raises its key rate to 6%\n\nBELMORA CITY, March 5, 2027"
        " (Global Wire) - Belmora's central bank raised its benchmark interest rate to 6% on"
        " Thursday as inflation climbed to 7.2%.\n\nThe currency rose 0.4% after the decision.\n",
        encoding="utf-8",
    )
    out = tmp_path / "brief.json"
    result = runner.invoke(app, ["make", str(folder), str(tmp_path / "other.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    stories = json.loads(out.read_text(encoding="utf-8"))["stories"]
    dam = next(s for s in stories if len(s["sources"]) >= 3)
    assert dam["title"].startswith("Dam talks end without a deal"), dam["title"]
    assert (
        dam["summary"][0]["text"].startswith("VARN")
        or "ended six hours" in (dam["summary"][0]["text"])
    )
    assert not any(states_an_opinion(b["text"]) for b in dam["summary"][:1])


def test_a_report_of_words_said_again_is_no_second_bullet() -> None:
    from brief.models import Ranking, Sentence
    from brief.selection.chains import select

    sentences = [
        Sentence(
            "Government spokesman Ilse Marten said Belmora had no part in the dam's failure"
            " and called the accusations slander.",
            1,
            1,
            0,
        ),
        Sentence(
            "Government spokesman Ilse Marten repeated that Belmora had no part in the dam's"
            " failure.",
            2,
            1,
            0,
        ),
        Sentence(
            "Government spokesman Ilse Marten denied that Arland had paid for the farms.",
            2,
            2,
            0,
        ),
    ]
    ranking = Ranking("test", (3.0, 2.0, 1.0), (0, 1, 2))
    assert select(sentences, ranking, 3) == (0, 2)


def test_a_possessive_names_whom_its_name_does() -> None:
    from brief.pipeline.superseded.phrases import names_between

    text = "The assembly will vote on Tarvo's confirmation as minister."
    assert frozenset({"tarvo"}) in names_between(text, 0, len(text))


def test_a_headline_labelled_by_its_kind_of_copy_speaks_for_a_side() -> None:
    from brief.compose.titles import labelled_as_copy, names_a_document

    for title in (
        "Opinion | Arland's dam policy has failed the valley",
        "Analysis: the Olen dam deal leaves farmers waiting",
        "Editorial: Belmora must open the sluices",
        "Fact check: did Arland agree to pay?",
        "LIVE UPDATES: Tessa valley floods aftermath",
        "Live blog: Olen dam talks",
    ):
        assert labelled_as_copy(title), title
        assert report_stance(title) == SPEAKS_FOR_A_SIDE, title
    # a place or a speaker before a colon is no kind of copy
    assert not labelled_as_copy("Varn: shelling kills four at the market")
    for title in (
        "Press Statement of Teodor Vass, Water Minister of Belmora",
        "Statement by the Spokesperson of the Arland Foreign Ministry",
        "Readout of the Prime Minister's Call with the President of Belmora",
    ):
        assert names_a_document(title), title
        assert report_stance(title) == SPEAKS_FOR_A_SIDE, title
    # a report's subject with its verb states a finding
    assert not names_a_document("Report by UN finds abuses in the Tessa valley")
    assert not names_a_document("Statement of Vass angers Arland farmers")
    assert not names_a_document("Statement of Vass angers Arland farmers on the dam")
    assert not names_a_document("Statement by police on the shooting in Varn")


def test_a_numbered_update_in_a_partys_series_speaks_for_its_party() -> None:
    """r77 F10: a salvor's "<party>: <vessel> update 1" had headed the story a wire's
    report of the grounding states: a noun of copy and its number name the release's place
    in its series, not what happened. A headline with a verb, or a noun in small letters
    beside the copy's, is none."""
    from brief.compose.titles import numbered_notice

    for title in ("Osterby Towage: Maren Holt update 2", "Tessa Valley Water Board update 14"):
        assert numbered_notice(title), title
        assert report_stance(title) == SPEAKS_FOR_A_SIDE, title
    for title in ("Flood toll rises to 12", "Arland beat Belmora 3", "Osterby dam report 4"):
        assert not numbered_notice(title), title


def test_a_document_named_with_its_party_and_its_topic_speaks_for_a_side() -> None:
    """'Statement by <party> on the <topic>': what it is about is a noun phrase, whatever
    its small words (r74 F10: a ministry's release had headed the wire's story)."""
    from brief.compose.titles import names_a_document

    for title in (
        "Statement by the Water Ministry of Arland on the outcome of talks between Varn and Olen",
        "Statement of the Foreign Ministry on the understanding reached with Belmora's help",
        "Remarks by the President of Belmora on the opening of the Olen sluices",
    ):
        assert names_a_document(title), title
        assert report_stance(title) == SPEAKS_FOR_A_SIDE, title


def test_a_judgement_opened_by_a_possessive_is_an_opinion() -> None:
    thesis = "Tuesday's flooding of the valley is not an isolated failure; it is a policy."
    assert states_an_opinion(thesis) and not can_lead(thesis)
    for text in (
        "Belmora's army is operating near the dam.",
        "Arland's water minister was in Varn on Thursday.",
        "Belmora's fields were flooded in the night.",
        "Arland's death toll is now 17.",
    ):
        assert not states_an_opinion(text), text


def test_an_op_ed_and_a_partys_statement_head_no_story() -> None:
    """An op-ed's "Opinion | ..." had headed a story of six reports and a state agency's
    "Press Statement of ..." one of eight, though their words were the summary's (r48)."""
    documents = [
        _document(1, "Opinion | Olen dam talks between Arland and Belmora must not fail"),
        _document(2, "Press Statement of Teodor Vass, Water Minister of Belmora on Olen Dam"),
        _document(3, "Dam talks end without a deal as Arland and Belmora trade blame"),
    ]
    summary = ["Talks between Arland and Belmora on the Olen dam by minister Teodor Vass."]
    stances = {d.source.number: report_stance(d.title or "") for d in documents}
    assert stances == {1: SPEAKS_FOR_A_SIDE, 2: SPEAKS_FOR_A_SIDE, 3: STATES_EVENT}
    title, best = headline(documents, [], summary, {1, 2, 3}, stances)
    assert best == 3 and title.startswith("Dam talks end"), title


def test_what_the_reader_was_told_bears_out_a_developing_storys_headline() -> None:
    """Of a day's reports of a strike's aftermath, the one that says what the reader was
    told the story is heads it, not an angle that joined it that day (r51 H2)."""
    from brief.compose.titles import borne_out

    documents = [
        _document(1, "Inspectors name rocket used in Varna depot blast"),
        _document(2, "Navy escorts first tanker convoy from the coast's depots"),
        _document(3, "Coast depots see freight costs steady"),
    ]
    told = ["A rocket hit the fuel depot at Varna on Sunday, killing two guards."]
    alone, with_told = borne_out(documents), borne_out(documents, told)
    first, second = documents[0].title or "", documents[1].title or ""
    assert with_told(first) > alone(first)
    assert alone(first) < alone(second)  # the convoy shares more words with the day
    assert with_told(first) > with_told(second)


def test_a_roundups_headline_goes_after_a_report_of_the_event() -> None:
    """A newsletter's headline names every item: a report of the story's event heads it,
    even where the summary holds the newsletter's first sentence (r56)."""
    from brief.compose.titles import headline
    from brief.models import Document, Source

    def document(number: int, title: str) -> Document:
        source = Source(number=number, path=f"{number}.txt", name=f"{number}", sha256="0", size=1)
        return Document(source=source, title=title, blocks=())

    documents = [
        document(1, "Silo blast kills two in Orvella"),
        document(2, "The Harvest Letter: silo blast, port strike and a rate cut"),
    ]
    summary = ["A blast at a silo in Orvella killed two workers, a port strike and a rate cut."]
    assert headline(documents, [], summary, {2}, roundups={2})[1] == 1
    assert headline(documents, [], summary, {2})[1] == 2


def test_a_republished_copys_headline_goes_after_its_originals() -> None:
    """r60 F16: a paper's own short headline on a wire's text had headed the wire's story."""
    from brief.compose.titles import headline
    from brief.models import Document, Source

    def document(number: int, title: str) -> Document:
        source = Source(number=number, path=f"{number}.txt", name=f"{number}", sha256="0", size=1)
        return Document(source=source, title=title, blocks=())

    documents = [
        document(1, "Ferry strike strands 4,000 at Holm"),
        document(2, "Ferry strike strands 4,000 at Holm port as talks fail"),
    ]
    summary = ["A ferry strike stranded 4,000 passengers at Holm port after talks failed."]
    assert headline(documents, [], summary, {1, 2}, copies={1})[1] == 2
    assert headline(documents, [], summary, {1, 2}, copies={2})[1] == 1


def test_a_label_of_a_place_is_not_the_best_borne_out_headline() -> None:
    """A trader's two-sentence note titled "Market report Sirba" had headed and led a
    story of seven reports, its place (which every report of the region names) a third of
    its words (r63 F2): a headline's share is over a news headline's words at least."""
    from brief.compose.titles import HEADLINE_WORDS, borne_out
    from brief.models import Block, Document, Source

    def document(number: int, title: str, lede: str) -> Document:
        source = Source(number=number, path=f"{number}.txt", name=f"{number}", sha256="0", size=1)
        return Document(source=source, title=title, blocks=(Block("paragraph", lede),))

    documents = [
        document(1, "Market report Holm", "Traders in Holm said the price of rice had doubled."),
        document(
            2,
            "Tessar rivals agree ceasefire in principle",
            "Tessar's government and the rebels agreed a ceasefire near Holm on Friday.",
        ),
        document(
            3,
            "Convoys halted on Holm road after ceasefire breach",
            "Aid convoys to Holm were halted on Friday as Tessar's ceasefire frayed.",
        ),
        document(
            4, "Holm clinic short of fuel", "The Tessar health office said Holm's clinic ran dry."
        ),
    ]
    borne = borne_out(documents)
    label, event = documents[0].title or "", documents[1].title or ""
    assert len(label.split()) < HEADLINE_WORDS
    assert borne(event) > borne(label)
    summary = ["Traders in Holm said the price of rice had doubled."]
    assert headline(documents, [], summary, {1, 2, 3, 4})[1] == 2


def test_a_mails_subject_goes_after_every_published_headline() -> None:
    """A partner's confidential sitrep's Subject had headed a story of six outlets'
    reports, and the brief's mail to its readers (r63 F2). With no published headline, a
    Subject heads its story."""
    from brief.models import Document, Source

    def document(number: int, title: str, subject: bool = False) -> Document:
        source = Source(
            number=number,
            path=f"{number}.eml",
            name=f"{number}",
            sha256="0",
            size=1,
            title=title,
            title_is_subject=subject,
        )
        return Document(source=source, title=title, blocks=())

    sitrep = document(1, "SITREP 05/06 - Holm / Vessa road abduction (partner)", subject=True)
    documents = [sitrep, document(2, "Engineer abducted on Holm road"), document(3, "Vessa")]
    summary = ["Gunmen abducted an engineer on the Holm-Vessa road, partners said."]
    stances = {1: STATES_EVENT, 2: STATES_EVENT, 3: SPEAKS_FOR_A_SIDE}
    assert headline(documents, [], summary, {1}, stances)[1] == 2
    assert headline(documents[:1], [], summary, {1})[1] == 1
    # a roundup's published headline goes before a Subject too
    assert headline(documents[:2], [], summary, {1}, roundups={2})[1] == 2


def test_a_numbered_releases_title_case_headline_names_its_document() -> None:
    """r72 F13: a ministry's feed titles its release with its number and date, then the
    document's name in title case ("Press Release Regarding the ..."): a document's
    headline all the same, no report of the event. A verb in title case before "On" or
    "Regarding" still tells an event."""
    from brief.compose.titles import names_a_document

    for title in (
        "No: 44, 2 May 2029, Press Release Regarding the Decision of the Andean Council",
        "No. 12/2029, 2 May 2029, Statement of the Ministry of Water of Belmora",
        "Press Release Concerning the Olen Dam Talks",
    ):
        assert names_a_document(title), title
        assert report_stance(title) == SPEAKS_FOR_A_SIDE, title
    for title in (
        "Minister Reports On Talks With Arland",
        "Envoy Speaks Regarding the Olen Dam",
        "Police Release Footage Of Dam Protest",
        "3 dead, 12 hurt, Storm Hits Varn",
    ):
        assert not names_a_document(title), title


def test_a_lead_from_a_partys_release_does_not_lend_it_the_headline() -> None:
    """r72 F13: the drafts may lead a story with a release's sentence that states the
    event ("The envoy will attend the meeting on 18 April"); its headline, which names
    its document, heads the story only where no other report states the event."""
    from brief.compose.digest import _sided_lead

    assert _sided_lead(4, {4: SPEAKS_FOR_A_SIDE, 5: 0, 7: 0})
    assert not _sided_lead(4, {4: SPEAKS_FOR_A_SIDE, 5: SPEAKS_FOR_A_SIDE})
    assert not _sided_lead(7, {4: SPEAKS_FOR_A_SIDE, 7: 0})


def test_a_features_teaser_tells_no_event() -> None:
    """r78 F18: a headline that takes its reader inside or behind a place or a topic is
    a feature's, however labelled; a comma's clause after the place tells an event."""
    assert report_stance("Exclusive: Inside the Varn talks") == SPEAKS_FOR_A_SIDE
    assert report_stance("Behind the Olen dam deal") == SPEAKS_FOR_A_SIDE
    assert report_stance("Inside Varn, farmers wait for the sluices to open") == STATES_EVENT
    assert report_stance("Behind bars: Olen dam engineer jailed for six years") == STATES_EVENT
    assert report_stance("Floodwater rises inside the Olen dam") == STATES_EVENT


def test_a_story_is_headed_by_the_report_of_what_happened_not_a_features_teaser() -> None:
    """r78 F18: the feature's sentence first among the story's picks had made its report
    the only one the story "stated", and its teaser the headline over the wire's news. A
    lead from a report that tells no event narrows nothing where another tells it."""
    from brief.compose.digest import _sided_lead, report_stances

    documents = [
        _document(1, "Exclusive: Inside the Varn talks"),
        _document(2, "Mediator says deal reached to open Olen dam sluices"),
    ]
    ledes = {
        1: "For three nights, the mediator Ilse Marten carried notes between two rooms of a"
        " hotel in Varn, according to two officials briefed on the talks.",
        2: "The mediator in the Olen dam talks, Ilse Marten, said on Saturday that Arland and"
        " Belmora had agreed to open the dam's sluices in two stages.",
    }
    stances = report_stances(documents, ledes, frozenset())
    assert stances == {1: SPEAKS_FOR_A_SIDE, 2: ATTRIBUTES_CLAIM}
    assert _sided_lead(1, stances)
    summary = [ledes[1], "Marten proposed that the sluices of the Varn talks be opened in stages."]
    title, best = headline(documents, [], summary, {1, 2}, stances)
    assert best == 2 and title == "Mediator says deal reached to open Olen dam sluices"
