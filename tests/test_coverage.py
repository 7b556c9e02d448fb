"""The story summariser: budgets, exclusions, nothing said twice, every bullet standing alone."""

from __future__ import annotations

from collections import Counter

import numpy as np

from brief.dedupe import group_duplicates
from brief.models import Sentence
from brief.rank import RANKERS, RankContext
from brief.rank.coverage import (
    _pairs,
    _read,
    _votes,
    can_be_bullet,
    rank_kept,
    sentence_concepts,
    summarize_story,
)
from tests.conftest import story_sentences

CONTEXT = RankContext()


def votes_of(texts: list[set[tuple[str, str]]]) -> dict[tuple[str, str], float]:
    """`_votes` of texts given as their sets of concepts, by concept."""
    numbers = {c: k for k, c in enumerate(dict.fromkeys(c for found in texts for c in found))}
    rows = np.array([row for row, found in enumerate(texts) for _ in found], dtype=np.int64)
    columns = np.array([numbers[c] for found in texts for c in found], dtype=np.int64)
    votes = _votes(rows, columns, len(texts), len(numbers))
    return dict(zip(numbers, votes.tolist(), strict=True))


# Four made-up reports of one flood: the facts recur across them in varying words.
ARTICLES = (
    (
        "Heavy rain flooded the river valley town of Linden on Tuesday, forcing thousands of "
        "residents to leave their homes.",
        "The regional water authority opened the Linden dam spillway to relieve pressure on "
        "the swollen river.",
        "He said the water would recede within days.",
        "Is the town ready for another storm this winter season?",
        "Volunteers filled sandbags along the river banks late into the night.",
    ),
    (
        "Thousands of residents fled the river valley town of Linden after heavy rain flooded "
        "streets on Tuesday.",
        "Officials at the regional water authority said the dam spillway was opened to relieve "
        "pressure on the river.",
        "However, several roads into the valley remain closed to all traffic.",
        "Schools across the river valley will stay closed until the end of the week.",
    ),
    (
        "Heavy rain flooded the river valley town of Linden on Tuesday, forcing thousands of "
        "residents to leave their homes.",
        "The regional water authority opened the dam spillway to relieve pressure on the "
        "swollen river, a spokesman confirmed.",
        "Insurers expect claims from the river valley to run into the millions.",
    ),
    (
        "Emergency crews rescued dozens of residents from rooftops in the river valley town "
        "of Linden after heavy rain.",
        '"We have never seen the river this high," the mayor of the river valley town said.',
        "The regional water authority said the dam spillway would stay open through the "
        "weekend to relieve pressure.",
        "Schools across the river valley will stay closed until the end of the week, "
        "officials said.",
    ),
)


def story() -> list[Sentence]:
    return story_sentences(ARTICLES)


def words_in(sentences: list[Sentence], chosen: tuple[int, ...]) -> int:
    return sum(len(sentences[i].text.split()) for i in chosen)


def test_budgets_are_respected() -> None:
    sentences = story()
    for budget in (15, 25, 40, 60):
        chosen = summarize_story(sentences, CONTEXT, max_words=budget)
        assert chosen and words_in(sentences, chosen) <= budget
    for count in (1, 2, 3):
        assert len(summarize_story(sentences, CONTEXT, max_sentences=count)) <= count
    assert summarize_story(sentences, CONTEXT, max_words=5) == ()
    assert summarize_story(sentences, CONTEXT, max_sentences=0) == ()


def test_excluded_sentences_are_never_chosen() -> None:
    sentences = story()
    first = summarize_story(sentences, CONTEXT, max_words=40)
    again = summarize_story(sentences, CONTEXT, max_words=40, exclude=first)
    assert again and not set(again) & set(first)


def test_what_the_reader_was_sent_is_not_said_again() -> None:
    """Source 3 opens with source 1's lede word for word; once the lede was sent, neither
    copy comes back, nor the spillway once a spillway sentence was sent."""
    sentences = story()
    lede, spillway = 0, 1
    chosen = summarize_story(sentences, CONTEXT, max_sentences=3, exclude=(lede, spillway))
    texts = [sentences[i].text for i in chosen]
    assert sentences[lede].text not in texts
    assert not any("spillway" in t for t in texts)


def test_nothing_is_said_twice() -> None:
    """The lede is repeated word for word by source 3, the spillway in every source."""
    sentences = story()
    chosen = summarize_story(sentences, CONTEXT, max_sentences=4)
    texts = [sentences[i].text for i in chosen]
    assert len(set(texts)) == len(texts)
    assert sum("spillway" in t for t in texts) == 1
    assert sum("Linden" in t and "Tuesday" in t for t in texts) <= 1


def test_every_pick_stands_alone() -> None:
    sentences = story()
    chosen = summarize_story(sentences, CONTEXT)
    assert chosen
    for i in chosen:
        text = sentences[i].text
        assert can_be_bullet(text)
        assert not text.startswith(("He ", "However"))
        assert not text.endswith("?") and '"' not in text


def test_one_sentence_and_one_source() -> None:
    one = [Sentence(ARTICLES[0][0], 1, 1, 0)]
    assert summarize_story(one, CONTEXT, max_words=100) == (0,)
    single = [Sentence(text, 1, i, 0) for i, text in enumerate(ARTICLES[1], start=1)]
    chosen = summarize_story(single, CONTEXT, max_words=40)
    assert chosen and words_in(single, chosen) <= 40
    assert summarize_story([], CONTEXT, max_words=100) == ()


def test_deterministic() -> None:
    sentences = story()
    runs = {summarize_story(sentences, CONTEXT, max_words=50) for _ in range(3)}
    assert len(runs) == 1


def test_the_ranker_puts_the_cover_first_and_orders_everything() -> None:
    sentences = story()
    ranking = RANKERS["coverage"](sentences, CONTEXT)
    assert sorted(ranking.order) == list(range(len(sentences)))
    assert can_be_bullet(sentences[ranking.order[0]].text)
    assert len(ranking.scores) == len(sentences)


def test_headings_credits_and_editors_notes_are_not_bullets() -> None:
    assert not can_be_bullet(
        "Story Filed By Linden Courier For Use By Clients Of The Valley News Service"
    )
    assert not can_be_bullet("(The Linden Courier is part of the Valley Regional Newspaper Group.)")
    assert can_be_bullet(ARTICLES[0][1])


def test_unattributed_first_person_and_half_a_parenthesis_are_not_bullets() -> None:
    """Words of someone speaking whose name is in another sentence, and a sentence the
    segmenter cut inside a parenthesis, cannot stand alone; a numbered war can."""
    assert not can_be_bullet("Like the captain himself I find myself in a state of delight at it.")
    assert not can_be_bullet(
        "We will not allow the talks in Geneva to fail, the minister told them."
    )
    assert not can_be_bullet(
        "The correspondent heard a large explosion, then saw a crater about two metres (6."
    )
    assert not can_be_bullet("6 feet) wide, an unexploded bomb wedged in the side of a school.")
    assert can_be_bullet("World War I veterans gathered in London on Sunday for the ceremony.")
    assert can_be_bullet("The US said on Friday it would send more troops to the region soon.")


def test_figures_are_part_of_the_facts() -> None:
    """ "30,000 people" and "in 1993" recur as written, as names do."""
    concepts = sentence_concepts("About 30,000 people died in 1993 floods along the river.")
    assert ("30", "000") in concepts and ("in", "1993") in concepts


def test_a_story_reads_each_sentences_concepts_at_once() -> None:
    """The story's numbered pairs are, sentence by sentence, `sentence_concepts`: an empty
    sentence and one of a single word included."""
    texts = [s.text for s in story()] + ["", "Flooding.", "Of the."]
    pairs = _pairs(texts, "english")
    for position, text in enumerate(texts):
        held = {pairs.concept_of(k) for k in pairs.of(position).tolist()}
        assert held == sentence_concepts(text)
    uses = Counter(word for text in texts for word in _read(text, "english")[0])
    assert pairs.uses == uses and pairs.total == sum(uses.values())


def test_the_ranker_of_kept_sentences_counts_every_copy() -> None:
    """Source 3 repeats source 1's lede: the lede is one kept sentence, yet both votes count,
    so it leads; a source republishing another's text votes once."""
    sentences = story()
    groups = group_duplicates(sentences)
    ranking = rank_kept(sentences, groups, CONTEXT, {})
    assert sorted(ranking.order) == list(range(len(groups)))
    assert len(ranking.scores) == len(groups)
    first = sentences[groups[ranking.order[0]][0]].text
    assert "Linden" in first
    as_one = rank_kept(sentences, groups, CONTEXT, {3: 1})
    assert sorted(as_one.order) == list(range(len(groups)))


def test_the_words_the_reports_repeat_count_beside_their_pairs() -> None:
    """Two sentences hold the same recurring pairs; the one in words no other report uses
    is not the summary, though it holds the most pair weight per word."""
    articles = (
        (
            "Officials opened the dam spillway as river levels threatened homes across town.",
            "The river swelled after rain, and homes near the town were flooded by the river.",
        ),
        (
            "Officials opened the dam spillway as engineers calibrated sluice turbines overnight.",
            "Flooded homes lined the river, and the town waited for the river to fall.",
        ),
        ("The town watched the river rise until homes by the river flooded.",),
    )
    sentences = story_sentences(articles)
    (chosen,) = summarize_story(sentences, CONTEXT, max_sentences=1)
    assert "turbines" not in sentences[chosen].text
    assert "river" in sentences[chosen].text


def test_versions_of_one_report_share_one_vote() -> None:
    """A wire's update holds its first version's word pairs: the two are one report, each
    with half a vote, so what only they say does not recur; a report in its own words
    votes whole."""
    report = {("pair", str(k)) for k in range(60)}  # a report's word pairs
    first = report | {("riversid", "warehous"), ("delta", "freight")}
    update = first | {("under", "control")}
    other = {("other", str(k)) for k in range(60)} | {("riversid", "warehous"), ("fire", "chief")}
    votes = votes_of([first, update, other])
    assert votes[("riversid", "warehous")] == 2.0
    assert votes[("delta", "freight")] == 1.0
    assert votes[("under", "control")] == 0.5
    assert votes[("fire", "chief")] == 1.0


def test_a_one_line_item_is_no_version_of_the_reports_it_repeats() -> None:
    """A news flash shares most of its few pairs with every full report of the event;
    it is too short to be a version of any, so they keep their whole votes."""
    flash = {("earthquak", "struck"), ("on", "monday"), ("at", "least")}
    one = {("one", str(k)) for k in range(60)} | flash
    two = {("two", str(k)) for k in range(60)} | flash
    votes = votes_of([one, two, flash])
    assert votes[("earthquak", "struck")] == 3.0


def test_what_independent_reports_confirm_leads_over_a_wire_repeating_itself() -> None:
    """The wire's lede and its update's are one sentence, sent twice; the fire chief's
    account, told by two other reports, is what the story's reports agree on."""
    first = (
        "Fire crews battled a blaze at a riverside warehouse in Carver through Monday night.",
        "The warehouse owner, Delta Freight, bought the building from the port authority "
        "last spring for an undisclosed sum.",
        "Neighbours in the terraced streets behind the docks watched the smoke drift across "
        "the estuary towards the marshes.",
        "Traffic on the coast road was diverted for several hours while tankers pumped water "
        "from the harbour basin.",
    )
    update = (
        *first,
        "By Tuesday morning the fire at the warehouse was under control, a fire department "
        "spokesman said.",
    )
    others = (
        (
            "A fire destroyed a riverside warehouse in Carver on Monday, and nobody was hurt.",
            "The cause of the fire at the warehouse is not yet known, the fire chief said on "
            "Tuesday.",
        ),
        (
            "Nobody was hurt when fire destroyed the riverside warehouse in Carver, the fire "
            "chief said.",
        ),
    )
    sentences = story_sentences((first, update, *others))
    (chosen,) = summarize_story(sentences, CONTEXT, max_sentences=1)
    assert sentences[chosen].text.startswith("Nobody was hurt")


def test_an_editors_note_behind_a_wire_dash_is_no_bullet() -> None:
    assert not can_be_bullet(
        "_ (Visit the Courier's online services on the World Wide Web for more news and features.)"
    )


def test_words_given_to_a_bare_pronoun_are_no_bullet() -> None:
    assert not can_be_bullet("Seventeen people died in landslides in the nearby province, he said.")
    assert can_be_bullet(
        "More than 100,000 people in the area were forced to flee, Red Cross officials said."
    )


def test_page_furniture_is_no_bullet() -> None:
    assert not can_be_bullet("Associated Press writer Jill Colvin contributed to this report.")
    assert not can_be_bullet("Hold your head high and keep on going @somebody pic.twitter.com/x1")


def test_a_sentence_that_announces_what_follows_is_no_bullet() -> None:
    """Ending in a colon, it promises words the bullet does not show."""
    assert not can_be_bullet("Here is the description of the vulnerability that it presents:")
    assert can_be_bullet("Here is the description of the vulnerability that it presents.")


def test_one_fact_by_its_numbers_in_two_reports_is_said_once() -> None:
    """A reviewer's story told "Valaitis said Lithuania would send an extra 600 soldiers
    to the border region by Friday" and "Tomas Valaitis said the country would deploy 600
    additional troops to the area by the end of the week", each bringing word pairs of its
    own; a year, which dates many facts, makes no two sentences one."""
    sentences = story_sentences(
        [
            [
                "Belarus has moved about 4,500 troops to the Lithuanian border, Vilnius said.",
                "Valaitis said Lithuania would send an extra 600 soldiers to the border region"
                " by Friday.",
            ],
            [
                "Belarus moved 4,500 troops towards Lithuania, the defence ministry said.",
                "Defence Minister Tomas Valaitis said the country would deploy 600 additional"
                " troops to the area by the end of the week.",
            ],
            [
                "Lithuania says 4,500 Belarusian troops are near its border.",
                "Valaitis said 600 more soldiers would go to the border.",
            ],
        ]
    )
    chosen = summarize_story(sentences, CONTEXT, max_sentences=5)
    texts = [sentences[i].text for i in chosen]
    assert sum("600" in t for t in texts) == 1
    assert sum("4,500" in t for t in texts) == 1


def test_a_day_of_a_month_is_a_number_a_fact_is_told_by_and_a_word_is_not() -> None:
    """ "4 May" and "May 4" are one day; "10 Marines" and "12 Junkers" hold no month (a
    month pattern of abbreviations and any letters had read "10 mar" and "12 jun")."""
    from brief.rank.coverage import fact_numbers as _numbers

    assert _numbers("They met in New Delhi on 4 May.") == _numbers("On May 4, they met.")
    assert _numbers("On Sept. 4 they met.") == {"4 sep"}
    assert _numbers("The 10 Marines and 12 Junkers left.") == {"10", "12"}


def test_a_fact_told_by_the_lede_is_not_told_again_by_its_numbers() -> None:
    """A digest's story opened by one source's lede ("cut ... by a quarter of a percentage
    point to 5.25%"), then a second source's "cut the repo rate by 25 basis points to
    5.25%" had told a reviewer one rate cut twice: what was told is read by its numbers
    too, as the cover's own picks are."""
    sentences = story_sentences(
        [
            [
                "The Reserve Bank of India cut its key lending rate by a quarter of a percentage"
                " point to 5.25% on Wednesday.",
                "The rupee fell to 88.45 per dollar after the decision, traders said.",
            ],
            [
                "The Monetary Policy Committee on Wednesday cut the repo rate by 25 basis points"
                " to 5.25%, its first reduction in eight months.",
                "Governor Arvind Kulkarni said inflation was within the tolerance band.",
            ],
        ]
    )
    chosen = summarize_story(sentences, CONTEXT, max_sentences=3, exclude=[0])
    assert 2 not in chosen


def test_a_reporters_sentence_may_quote_a_phrase_but_a_quotation_is_no_bullet() -> None:
    """A wire lede quoting a phrase ('had taken "total control" of the country') is the
    story's lead, not someone's words (r40 H6 lost a coup's lead so); a sentence that
    opens with a quote, or whose quoted words are a good share of it, is someone's."""
    assert can_be_bullet(
        'Soldiers in the capital said on Monday night they had taken "total control" of'
        " the country and closed its borders, a week after the presidential election."
    )
    assert not can_be_bullet(
        '"We will fight on until the last village is free," the commander said on Monday.'
    )
    assert not can_be_bullet(
        'The commander said the army would "fight on until the last village is free and'
        ' the enemy is gone" from the valley.'
    )
