"""A report that withdraws an act (a declaration, an appointment) or gives shares as
corrected makes another report's telling of the act, the title it gave and the shares
corrected outdated: no bullet, figure or row (r67 F1). Invented texts."""

from __future__ import annotations

from brief.models import Corpus, Document, Sentence, Source, StoryGroup
from brief.pipeline.superseded.withdrawn import corrected_shares, withdrawn_acts


def _corpus(
    unique: list[Sentence], days: dict[int, str], titles: dict[int, str] | None = None
) -> Corpus:
    documents = tuple(
        Document(
            Source(n, f"{n}.txt", f"{n}.txt", "0" * 64, 1, date=day, title=(titles or {}).get(n)),
            None,
            (),
        )
        for n, day in sorted(days.items())
    )
    return Corpus(documents, tuple(unique))


RESULT = [
    "The election board declared Governor Lena Varga the winner of the mayoral race on "
    "Friday with 51.2 percent of the vote, enough to avoid a second round.",
    "Her rival Tomas Brel won 44.9 percent, the board's chairman said.",
    "Mayor-elect Varga is due to take office on 1 September.",
    "Varga thanked her supporters at a rally in the old town.",
    "Brel's party said its own tally gave him 47.5 percent.",
]
ERRATUM = [
    "The election board said a counting error was found in the results of district 12.",
    "After correction, Mrs Lena Varga obtains 49.6 percent of the valid votes and "
    "Mr Tomas Brel 46.1 percent.",
    "The declaration of Mrs Lena Varga as Mayor-elect, made at 19:40 on Friday, is "
    "accordingly withdrawn.",
]


def _story() -> list[Sentence]:
    return [Sentence(text, 1, n, n) for n, text in enumerate(RESULT)] + [
        Sentence(text, 2, n, n) for n, text in enumerate(ERRATUM)
    ]


def test_a_withdrawn_declaration_takes_its_telling_and_its_title_with_it() -> None:
    unique = _story()
    days = {1: "2031-05-09", 2: "2031-05-09"}
    corpus = _corpus(unique, days)
    # the declaration told by its verb, and the title it gave; not what happened anyway
    assert withdrawn_acts(corpus, unique, [StoryGroup((1, 2))]) == {0, 2}
    # never across stories, nor before the withdrawal's day is the act's report
    assert not withdrawn_acts(corpus, unique, [StoryGroup((1,)), StoryGroup((2,))])
    later = {1: "2031-05-10", 2: "2031-05-09"}
    assert not withdrawn_acts(_corpus(unique, later), unique, [StoryGroup((1, 2))])


def test_corrected_shares_make_the_earlier_shares_of_their_holders_outdated() -> None:
    unique = _story()
    days = {1: "2031-05-09", 2: "2031-05-09"}
    corpus = _corpus(unique, days)
    # the party's own tally is another count, not the result corrected
    assert corrected_shares(corpus, unique, [StoryGroup((1, 2))]) == {0, 1}
    assert not corrected_shares(corpus, unique, [StoryGroup((1,)), StoryGroup((2,))])


def test_a_corrigendums_title_says_its_shares_are_corrected() -> None:
    unique = [
        Sentence("Lena Varga won 51.2 percent of the vote, the board said.", 1, 0, 0),
        Sentence("Mrs Lena Varga obtains 49.6 percent of the valid votes.", 2, 0, 0),
    ]
    days = {1: "2031-05-09", 2: "2031-05-09"}
    plain = _corpus(unique, days, {2: "Results of the mayoral election"})
    assert not corrected_shares(plain, unique, [StoryGroup((1, 2))])
    erratum = _corpus(unique, days, {2: "Corrigendum to the results of the mayoral election"})
    assert corrected_shares(erratum, unique, [StoryGroup((1, 2))]) == {0}


def test_a_demand_or_a_condition_withdraws_nothing() -> None:
    """Only an act told as undone: not one someone asks to undo, nor one undone if."""
    for text in [
        "Brel demanded that the declaration of Lena Varga as Mayor-elect be withdrawn.",
        "The board refused to revoke the declaration of Lena Varga as Mayor-elect.",
        "If the declaration of Lena Varga as Mayor-elect is annulled, a second round follows.",
        "The declaration of Lena Varga as Mayor-elect has not been withdrawn.",
    ]:
        unique = [Sentence(t, 1, n, n) for n, t in enumerate(RESULT)] + [Sentence(text, 2, 0, 0)]
        corpus = _corpus(unique, {1: "2031-05-09", 2: "2031-05-09"})
        assert not withdrawn_acts(corpus, unique, [StoryGroup((1, 2))]), text


def test_an_act_of_another_person_or_by_them_is_not_the_one_withdrawn() -> None:
    """A namesake's act, or the person as the act's subject ("Varga declared a state of
    emergency"), is not the declaration of her as the winner."""
    unique = [
        Sentence("The board declared Anna Varga the winner of the council seat.", 1, 0, 0),
        Sentence("Varga declared a state of emergency in the old town.", 1, 1, 1),
        Sentence(
            "The board revoked its declaration of Lena Varga as the winner on Saturday.", 2, 0, 0
        ),
    ]
    corpus = _corpus(unique, {1: "2031-05-09", 2: "2031-05-10"})
    assert not withdrawn_acts(corpus, unique, [StoryGroup((1, 2))])
    unique[0] = Sentence("The board declared Lena Varga the winner on Friday.", 1, 0, 0)
    assert withdrawn_acts(corpus, unique, [StoryGroup((1, 2))]) == {0}
