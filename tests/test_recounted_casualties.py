"""A count of the dead, the hurt or the missing that a later report of its story counts
again, to another number, is an earlier count: a later report of the same day (one that
recalls the other's toll as revised since), a later entry of the same live blog, or a
higher count than one given as a first report's."""

from __future__ import annotations

from brief.extract.figures import find_figures
from brief.extract.figures.earlier_counts import told_as_preliminary
from brief.models import Corpus, Document, Sentence, Source, StoryGroup
from brief.pipeline.superseded.counts import preliminary_counts, recounted_by_later_report
from brief.pipeline.superseded.same_day import earlier_entries, entry_times


def _corpus(unique: list[Sentence], day: str = "2027-05-12") -> Corpus:
    sources = sorted({s.source for s in unique})
    documents = tuple(
        Document(Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=day), None, ())
        for n in sources
    )
    return Corpus(documents, tuple(unique))


def _sentences(texts: list[tuple[int, int, str]]) -> list[Sentence]:
    return [Sentence(text, source, index, index) for source, index, text in texts]


def test_a_report_that_recalls_the_others_toll_recounts_its_missing() -> None:
    unique = _sentences(
        [
            (1, 1, "The relief office on Wednesday revised the death toll from the storm to 8."),
            (1, 2, "Four people remain missing in the hills."),
            (2, 1, "The death toll from the storm rose to 13 on Wednesday."),
            (2, 2, "The relief office had earlier lowered the toll of 10 to 8."),
            (2, 3, "Two people are still missing, officials said."),
        ]
    )
    corpus = _corpus(unique)
    assert recounted_by_later_report(corpus, unique, [StoryGroup((1, 2))]) == {0, 1}
    # two stories: the recall is of no other story's count
    assert not recounted_by_later_report(corpus, unique, [StoryGroup((1,)), StoryGroup((2,))])


def test_without_a_recall_neither_report_is_the_later() -> None:
    unique = _sentences(
        [
            (1, 1, "Four people remain missing in the hills."),
            (2, 1, "Two people are still missing, officials said."),
        ]
    )
    assert not recounted_by_later_report(_corpus(unique), unique, [StoryGroup((1, 2))])


def test_a_live_blogs_later_entry_recounts_its_earlier_ones() -> None:
    unique = _sentences(
        [
            (1, 1, "Welcome to our live coverage of the floods."),
            (1, 2, "19:10 — Officials say the death toll has risen to 16."),
            (1, 3, "13:45 — Police now report 12 dead along the river."),
            (1, 4, "Roads to the valley remain closed."),
            (1, 5, "08:05 — Officials confirm seven people killed overnight."),
            (1, 6, "Eight people were hurt when a bridge gave way."),
        ]
    )
    assert earlier_entries(unique) == {2, 4}


def test_a_live_blogs_entries_under_stamped_headings_are_timed_by_them() -> None:
    """r52 M3: a page that heads each entry with its stamp ("4:00 pm — Toll rises to
    16") had its early "seven people killed" stand beside the latest count once the
    headings stood apart from the entries' sentences."""
    unique = [
        Sentence("Floods hit the valley on Sunday.", 1, 1, 0),
        Sentence("Officials said the death toll had risen to 16.", 1, 2, 1, "4:00 pm — Toll at 16"),
        Sentence("Roads remain closed.", 1, 3, 2, "4:00 pm — Toll at 16"),
        Sentence("Officials confirmed seven people killed.", 1, 4, 3, "8:05 am — Seven dead"),
    ]
    assert entry_times(unique) == {1: 960, 2: 960, 3: 485}
    assert earlier_entries(unique) == {3}


def test_entries_out_of_order_or_untimed_give_no_times() -> None:
    untimed = _sentences([(1, 1, "Seven people were killed."), (1, 2, "Twelve are dead.")])
    assert entry_times(untimed) == {}
    wrapped = _sentences(
        [
            (1, 1, "23:40 — Seven people were killed."),
            (1, 2, "00:15 — Twelve are dead."),
            (1, 3, "22:10 — Nine are dead."),
        ]
    )
    assert entry_times(wrapped) == {}


def test_a_clause_of_cause_after_a_toll_is_no_earlier_reports_tag() -> None:
    text = "Officials revised the death toll to 8, after two victims had been counted twice."
    found = find_figures([Sentence(text, 1, 1, 1)])
    assert any(f.value == 8 and f.unit == "dead" for f in found), found
    text = "Two soldiers were killed, security sources had said."
    assert not [f for f in find_figures([Sentence(text, 1, 1, 1)]) if f.value == 2]


def test_a_first_count_a_higher_one_of_its_story_passes_is_superseded() -> None:
    """A live page whose entries lost their times: its "early count" is passed by its
    own later "has risen to"; a first count of another place it covers stays."""
    unique = _sentences(
        [
            (1, 1, "The death toll in Marrowdale has risen to 10, the mayor says."),
            (1, 2, "Floods also cut the road to Pellin, where two people died."),
            (1, 3, "Seven people have been killed in Marrowdale, according to an early count."),
            (1, 4, "Three people have died in Pellin, according to initial reports."),
        ]
    )
    assert preliminary_counts(_corpus(unique), unique, [StoryGroup((1,))]) == {2}


def test_a_first_count_stands_until_a_higher_one_of_its_day_or_later() -> None:
    first = (1, 1, "Six people were killed in Marrowdale, according to preliminary figures.")
    alone = _sentences([first])
    assert not preliminary_counts(_corpus(alone), alone, [StoryGroup((1,))])
    # another report's higher count, a day before the first count's, is no later one
    unique = _sentences([first, (2, 1, "Floods killed nine people in Marrowdale.")])
    documents = (
        Document(Source(1, "1.txt", "1.txt", "0" * 64, 1, date="2027-05-13"), None, ()),
        Document(Source(2, "2.txt", "2.txt", "0" * 64, 1, date="2027-05-12"), None, ()),
    )
    corpus = Corpus(documents, tuple(unique))
    assert not preliminary_counts(corpus, unique, [StoryGroup((1, 2))])
    assert preliminary_counts(_corpus(unique), unique, [StoryGroup((1, 2))]) == {0}


def test_a_first_count_the_sentence_revises_is_no_present_one() -> None:
    assert told_as_preliminary("Four people died, according to an early count.")
    assert not told_as_preliminary(
        "Initial reports said four people died, but officials later put the toll at six."
    )
    assert not told_as_preliminary("Four people died in the flood, the mayor said.")
