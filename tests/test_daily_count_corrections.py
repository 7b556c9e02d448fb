"""A count an earlier day's brief showed that a report of today's says was wrong (r68 F8:
the agency's own bulletin corrected the displaced count a wire's story had given in its
name, but the two reports were told as two stories, so no notice said the earlier count
no longer stood). Against the real local SMTP server, through `brief daily`'s runner."""

from __future__ import annotations

import json
from pathlib import Path

from brief import config as cfg
from tests.smtp_fixtures import *  # noqa: F403  (the SMTP server fixtures)
from tests.smtp_fixtures import Server, mail_table
from tests.test_daily import TOMORROW, run, write_config

FLOOD = """Lissa river bursts its banks, flooding delta towns

The Lissa river burst its banks near Okra on Monday, flooding the delta towns of Marn and Tebe.

About 12,400 people had been evacuated from the delta by Monday evening, the Lissa Emergency \
Service said.

Governor Pia Dunn said the army would send boats to Marn."""
SHELTERS = """Emergency service opens 40 shelters in Lissa delta

The Lissa Emergency Service opened 40 shelters in schools and sports halls across the delta on \
Monday.

Volunteers handed out 9,000 blankets, the service said."""
FLOOD_LATER = """Lissa floodwaters begin to recede in Marn

Floodwaters began to recede in Marn on Tuesday, and army boats reached villages cut off since \
Monday.

Governor Pia Dunn said roads into Tebe would stay closed until Thursday."""
SHELTERS_FULL = """Emergency service says shelters in Lissa delta are full

The Lissa Emergency Service said on Tuesday that its 40 shelters in the delta were full.

The service said 10,900 people had been evacuated, not 12,400 as it had first reported, after \
a recount of its shelter lists."""


def _put(tmp_path: Path, name: str, outlet: str, text: str) -> None:
    header = json.dumps({"outlet": outlet})
    path = tmp_path / "inbox" / name
    path.write_text(f"+++ brief-article\n{header}\n+++\n{text}\n", encoding="utf-8")


def _two_days(tmp_path: Path, server: Server, outlet: str, correction: str) -> cfg.Config:
    path = write_config(tmp_path, mail=mail_table(server.port), daily='formats = ["md"]')
    _put(tmp_path, "a.txt", "Delta Wire", FLOOD)
    _put(tmp_path, "b.txt", "Lissa Emergency Service", SHELTERS)
    config = cfg.load(path)
    run(config)
    _put(tmp_path, "c.txt", "Delta Wire", FLOOD_LATER)
    _put(tmp_path, "d.txt", outlet, correction)
    return config


def test_the_givers_own_correction_of_its_count_is_said_in_another_story(
    tmp_path: Path, plain_server: Server
) -> None:
    """Yesterday's flood story gave "12,400 people had been evacuated, the Lissa Emergency
    Service said"; today the service's own release, a story of its own, says 10,900, "not
    12,400 as it had first reported". The flood story goes on today, and the count's giver
    corrects it: the brief says so, with the count as it was shown (its thousands too)."""
    config = _two_days(tmp_path, plain_server, "Lissa Emergency Service", SHELTERS_FULL)
    report = run(config, now=TOMORROW)
    assert report.briefing is not None
    assert len(report.briefing.stories) == 2
    (notice,) = report.briefing.withdrawn
    assert notice.words == "12,400 people" and "not 12,400 as it had first" in notice.correction
    mails = [m.get_body(("plain",)) for m in plain_server.handler.messages]
    assert mails[-1] is not None and "- An earlier brief gave “12,400 people”" in str(
        mails[-1].get_content()
    )


def test_another_outlets_correction_of_the_same_count_in_another_story_says_nothing(
    tmp_path: Path, plain_server: Server
) -> None:
    """The same words from an outlet the earlier sentence does not name (a town's mayor,
    in a local paper's story of its own) may be of another count: no notice."""
    local = SHELTERS_FULL.replace("The Lissa Emergency Service said", "Okra's mayor said").replace(
        "The service said", "The mayor said"
    )
    config = _two_days(tmp_path, plain_server, "Okra Courier", local)
    report = run(config, now=TOMORROW)
    assert report.briefing is not None and report.briefing.withdrawn == ()


def test_a_count_in_thousands_is_read_as_folding_leaves_it() -> None:
    """Folding takes the comma out of "14,500" ("14 500"): the count shown is still read."""
    from brief.daily.novelty.already_sent import fold
    from brief.daily.novelty.corrections import _count_of
    from brief.rank.coverage import content_stems

    displaced = frozenset(content_stems("displaced", "english"))
    shown = fold("Some 31 were missing and 14,500 had been displaced, the agency said.")
    assert _count_of(shown, 14500, displaced, "english") == "14,500 had been displaced"
    assert _count_of(shown, 500, displaced, "english") == ""


def test_a_count_shown_is_quoted_as_its_reader_saw_it() -> None:
    """The state keeps what was sent folded ("five omani sailors were ..."): the notice
    quotes the words as written, a proper adjective with its capital and, being no noun,
    with the noun after it ("five Omani sailors", not "five omani"), r74 F20."""
    from brief.daily.novelty.already_sent import fold
    from brief.daily.novelty.corrections import _as_written, _capitalised, _count_of
    from brief.rank.coverage import content_stems

    today = "The ministry said four Omani sailors were being held, not five as first reported."
    nouns = frozenset(content_stems("Omani sailors", "english"))
    shown = fold("Five Omani sailors were detained by the coast guard on Monday.")
    words = _count_of(shown, 5, nouns, "english")
    assert _as_written(words, shown, _capitalised([today]), "english") == "five Omani sailors"
    # a count whose last word is its noun takes nothing after it
    shown = fold("About 12,400 people had been evacuated by Monday evening.")
    people = frozenset(content_stems("people", "english"))
    words = _count_of(shown, 12400, people, "english")
    assert _as_written(words, shown, _capitalised([today]), "english") == "12,400 people"


BLAST = """Blast at Korsa chemical plant kills one worker

An explosion tore through a storage hall at the Korsa chemical plant on Monday, killing one \
worker and injuring two, the plant's owner Vesta Chemicals said.

Firefighters from Korsa and Brenn put out the fire in the hall by Monday evening.

Vesta Chemicals said production at the Korsa plant had stopped."""
BLAST_LATER = """Korsa chemical plant blast: Vesta Chemicals names dead worker

Vesta Chemicals said on Tuesday that the worker killed in the explosion at its Korsa plant \
was Tomas Lind, 52, a storage hall supervisor.

The company has also revised the number of workers injured in the explosion to four, not two \
as it said on Monday; two of them remain in hospital in Brenn.

Production at the Korsa plant will stay stopped until inspectors finish their work."""


def test_a_count_set_to_another_as_a_correction_is_said_with_its_noun_before_it(
    tmp_path: Path, plain_server: Server
) -> None:
    """r69 F7: "revised the number of workers injured ... to four, not two as it said on
    Monday" names what it counts before the count, and says the two was wrong: yesterday's
    "killing one worker and injuring two" opens today's brief with the notice, once."""
    path = write_config(tmp_path, mail=mail_table(plain_server.port), daily='formats = ["md"]')
    _put(tmp_path, "a.txt", "Vesta Chemicals", BLAST)
    config = cfg.load(path)
    run(config)
    _put(tmp_path, "b.txt", "Vesta Chemicals", BLAST_LATER)
    report = run(config, now=TOMORROW)
    assert report.briefing is not None
    (notice,) = report.briefing.withdrawn
    assert notice.words == "injuring two" and "to four, not two as it said" in notice.correction


def test_a_count_set_to_another_counts_what_follows_of() -> None:
    """The noun of "the number of X ... to N" is X's, and a casualty's kind is all of its
    words; a count not set "to" names no noun before it, and a casualty verb before a count
    shown counts its kind ("injuring two"), never the other kind's."""
    from brief.daily.novelty.already_sent import fold
    from brief.daily.novelty.corrections import _corrections, _count_of

    text = "Police revised the number of people arrested at the rally to 31, not 13 as reported."
    ((_, value, was, nouns),) = _corrections(text, "english")
    assert (value, was) == (31, 13) and {"peopl", "arrest"} <= nouns
    shown = fold("Officers arrested 13 people at the rally in Brenn, police said.")
    assert _count_of(shown, 13, nouns, "english") == "13 people"
    hurt = _corrections(BLAST_LATER.splitlines()[4], "english")[0][3]
    assert _count_of(fold(BLAST.splitlines()[2]), 2, hurt, "english") == "injuring two"
    assert _count_of(fold("Two workers were hurt."), 2, hurt, "english") == "two workers were hurt"
    assert _count_of(fold("The blast killed two workers."), 2, hurt, "english") == ""
    assert _count_of(fold("The blast killed two, police said."), 2, hurt, "english") == ""


def test_a_months_day_before_a_count_is_no_thousands_group() -> None:
    """Folding takes the comma out of "By May 12, 150" too: the day is no head of a
    number in thousands, and the 150 shown is read as 150 (review)."""
    from brief.daily.novelty.already_sent import fold
    from brief.daily.novelty.corrections import _count_of
    from brief.rank.coverage import content_stems

    hurt = frozenset(content_stems("injured", "english"))
    shown = fold("By May 12, 150 were injured, the agency said.")
    assert _count_of(shown, 150, hurt, "english") == "150 were injured"
    assert _count_of(shown, 12150, hurt, "english") == ""


def test_an_outlet_names_a_count_only_as_its_giver() -> None:
    """Another story's sentence counts for a correcting outlet only where the outlet gives
    the count ("..., the Lissa Emergency Service said"), not where its name is anywhere."""
    from brief.daily.novelty.corrections import _names

    outlet = "lissa emergency service"
    assert _names("five people died the lissa emergency service said", outlet)
    assert _names("according to the lissa emergency service five people died", outlet)
    assert not _names("a lissa emergency service crew was among five people hurt", outlet)
    # built once for each outlet's name, not for each sentence it is asked of (review)
    from brief.daily.novelty.corrections import _giver

    assert _giver("lissa emergency service") is _giver("lissa emergency service")


FUND = """Lissa sets up flood relief fund

The Lissa flood relief fund stood at 41.5 million dollars on Monday evening, Governor Pia \
Dunn said.

The fund will pay for boats, shelters and food in the delta towns of Marn and Tebe."""
FUND_CORRECTED = """Statement of the Lissa Treasury on the flood relief fund

The Treasury corrects the figure for the flood relief fund given on Monday.

The Lissa flood relief fund stood at 38.2 million dollars on Monday evening, not 41.5 \
million dollars as stated on Monday, because pledges were counted as paid."""


def test_an_amount_set_aside_in_a_story_of_its_own_is_said(
    tmp_path: Path, plain_server: Server
) -> None:
    """r75 F1: yesterday's brief showed "The Lissa flood relief fund stood at 41.5 million
    dollars"; today the Treasury's statement, a story of its own, sets that amount aside in
    the same words of the same thing ("..., not 41.5 million dollars as stated on
    Monday"): the brief says so. The same amount of another thing says nothing."""
    path = write_config(tmp_path, mail=mail_table(plain_server.port), daily='formats = ["md"]')
    _put(tmp_path, "a.txt", "Delta Wire", FLOOD)
    _put(tmp_path, "b.txt", "Delta Wire", FUND)
    config = cfg.load(path)
    first = run(config)
    assert first.briefing is not None
    assert any("41.5 million dollars" in f.text for f in first.briefing.figures)
    _put(tmp_path, "c.txt", "Delta Wire", FLOOD_LATER)
    _put(tmp_path, "d.txt", "Lissa Treasury", FUND_CORRECTED)
    report = run(config, now=TOMORROW)
    assert report.briefing is not None
    (notice,) = report.briefing.withdrawn
    assert notice.words == "41.5 million dollars"
    assert "not 41.5 million dollars as stated" in notice.correction
    assert "corrects the figure: " in notice.notice
    assert all("41.5" not in f.text for f in report.briefing.figures)


def test_an_amount_set_aside_of_another_thing_says_nothing(
    tmp_path: Path, plain_server: Server
) -> None:
    """The same amount set aside, told of another thing ("The Marn housing fund stood
    at"): no notice, and yesterday's figure stays."""
    path = write_config(tmp_path, mail=mail_table(plain_server.port), daily='formats = ["md"]')
    _put(tmp_path, "a.txt", "Delta Wire", FLOOD)
    _put(tmp_path, "b.txt", "Delta Wire", FUND)
    config = cfg.load(path)
    run(config)
    _put(tmp_path, "c.txt", "Delta Wire", FLOOD_LATER)
    other = FUND_CORRECTED.replace(
        "The Lissa flood relief fund stood", "The Marn housing fund stood"
    )
    _put(tmp_path, "d.txt", "Lissa Treasury", other)
    report = run(config, now=TOMORROW)
    assert report.briefing is not None and report.briefing.withdrawn == ()


RESTATED = """Emergency service corrects its evacuation count for the Lissa delta

The Lissa Emergency Service said on Tuesday that its 40 shelters in the delta were full.

In our bulletin of Monday we said 12,400 people had been evacuated from the delta. The correct \
figure for Monday was 10,900; some families had been counted at two shelters."""


def test_the_givers_restated_count_that_its_next_sentence_corrects_is_said_corrected(
    tmp_path: Path, plain_server: Server
) -> None:
    """The service restates its own count of yesterday ("we said 12,400 people ...") and
    gives the right one in the next sentence ("The correct figure ... was 10,900"): the
    count shown yesterday in its name is said corrected, as a one-sentence correction's."""
    config = _two_days(tmp_path, plain_server, "Lissa Emergency Service", RESTATED)
    report = run(config, now=TOMORROW)
    assert report.briefing is not None
    (notice,) = report.briefing.withdrawn
    assert notice.words == "12,400 people" and "correct figure" in notice.correction
    bullets = [b.text for s in report.briefing.sections for b in s.bullets]
    assert not any("we said" in text for text in bullets), bullets
    assert any(f.value == 10900 for f in report.briefing.figures)
    assert not any(f.value == 12400 and f.sentence.source == 4 for f in report.briefing.figures)


def test_a_right_figure_counts_what_the_count_before_it_counted() -> None:
    from brief.daily.novelty.corrections import _right_after_restating
    from brief.extract.figures import find_figures
    from brief.models import Sentence

    before = "In Bulletin 4 we said 52 climbers were stranded above the pass on 2 March."
    right = "The correct figure for 2 March was 47; five were guides."
    figures = find_figures([Sentence(before, 1, 1, 0), Sentence(right, 1, 2, 0)])
    (restated,) = [f for f in figures if f.sentence.index == 1 and f.kind == "count"]
    found = [(f.text, f.value, f.unit) for f in figures if f.sentence.index == 2]
    assert found[0] == ("correct figure for 2 March was 47", 47, restated.unit)
    text, value, was, nouns = _right_after_restating(right, before, "english") or ("", 0, 0, ())
    assert (value, was) == (47, 52) and nouns
    # alone, or after no count, or giving the same count again: no figure, no correction
    for pair in (
        [Sentence(right, 1, 1, 0)],
        [Sentence("The pass was closed on 2 March.", 1, 1, 0), Sentence(right, 1, 2, 0)],
        [Sentence(before, 1, 1, 0), Sentence(right.replace("47", "52"), 1, 2, 0)],
    ):
        assert not any(f.text.startswith("correct") for f in find_figures(pair)), pair
    assert _right_after_restating(right, None, "english") is None
