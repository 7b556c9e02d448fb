from __future__ import annotations

from pathlib import Path

import pytest

from brief.extract.actors import find_actors
from brief.extract.quotes import find_quotes, split_stories
from brief.extract.quotes.gender_clues import honorific_titles
from brief.extract.quotes.reporting_verbs import speech_verb_subject, spoken_subject
from brief.extract.quotes.spans import Paragraph
from brief.extract.quotes.speech_words import word_re
from brief.extract.quotes.story_reader import _titled
from brief.models import Sentence
from tests.conftest import SAMPLES
from tests.extract_helpers import one_paragraph_each, quotes_of, sentences, sentences_of, speakers
from tests.extract_helpers import people_roles as people


def test_seed_article_quotes(seed: Path) -> None:
    quotes = quotes_of(sentences_of(seed))
    assert [(q.text, q.actor) for q in quotes] == [
        ("a very dangerous situation", "Jen Psaki"),
        ("We are at a point where Russia can attack Ukraine at any moment.", "Jen Psaki"),
    ]
    assert quotes[0].sentences[0].index == 2


def test_multi_sentence_quote_is_kept_whole_and_pronouns_resolve() -> None:
    quotes = quotes_of(
        sentences(
            "Jack Straw, UK Foreign Secretary, said on Friday: “The talks must go on.",
            "We will not give up.”",
            "“This is a very bad day for everyone,” he said.",
        )
    )
    assert [(q.text, q.actor, [m.index for m in q.sentences]) for q in quotes] == [
        ("The talks must go on. We will not give up.", "Jack Straw", [1, 2]),
        ("This is a very bad day for everyone", "Jack Straw", [3]),
    ]


def test_straight_quotes_described_sources_and_names_in_quotes() -> None:
    quotes = quotes_of(
        sentences(
            'A senior official said "troops are massing at the border now".',
            "The “Allied Determination 2022” exercises start soon.",
        )
    )
    # A described source is not an actor: the quote is kept, unattributed.
    assert [(q.text, q.speaker, q.actor) for q in quotes] == [
        ("troops are massing at the border now", None, None)
    ]


EXPECTED_SAMPLE_QUOTES = {
    "baltic-drills.txt": [
        "Ilze Kalnina",
        "Ilze Kalnina",
        "Dmitry Avdeyev",
        "Henrik Vestergaard",
        "Kadri Lepp",
    ],
    "grain-corridor.txt": ["Selim Arslan", "Oleh Marchuk", "Ayşe Demir"],
    "sahel-ceasefire.txt": [
        "Nkechi Adebayo",
        "Seydou Coulibaly",
        "Seydou Coulibaly",
        "Karim Benmansour",
        "Pierre Lambert",  # "Its regional director, Pierre Lambert, said ... “deeply concerned”"
    ],
    "strait-standoff.txt": ["Lin Cheng-yu", "Margaret Hale", "Zhao Lianhe", "Anna Richter"],
}


@pytest.mark.parametrize("name", sorted(EXPECTED_SAMPLE_QUOTES))
def test_sample_quotes_and_speakers(name: str) -> None:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"{name} not written yet")
    quotes = quotes_of(sentences_of(path))
    assert [q.actor for q in quotes] == EXPECTED_SAMPLE_QUOTES[name]
    assert any(len(q.sentences) > 1 for q in quotes)  # each sample has a multi-sentence quote


def test_the_one_told_is_an_addressee_not_the_speaker() -> None:
    quotes = quotes_of(sentences('"The border is closed," a military spokesman told Reuters.'))
    assert [(q.speaker, q.actor) for q in quotes] == [(None, None)]


STRAW = "Jack Straw, the UK Foreign Secretary, met Sergey Lavrov, the Russian foreign minister."


@pytest.mark.parametrize(
    "texts",
    [
        (STRAW, '"We will not accept this," said Straw. "The sanctions stay."'),
        (STRAW, '"We will not accept this," said Straw.', '"The sanctions stay."'),
    ],
)
def test_an_interrupted_quote_keeps_its_speaker_and_is_merged(texts: tuple[str, ...]) -> None:
    quotes = quotes_of(sentences(*texts))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will not accept this … The sanctions stay.", "Jack Straw")
    ]


def test_a_new_attribution_starts_a_new_quote() -> None:
    quotes = quotes_of(
        sentences(
            STRAW,
            '"We will not accept this," said Straw.',
            '"We never asked you to," Lavrov replied.',
        )
    )
    assert [q.speaker for q in quotes] == ["Jack Straw", "Sergey Lavrov"]


def test_described_speakers_and_short_quotes_need_a_speaker() -> None:
    quotes = quotes_of(
        sentences(
            '"I don\'t know," said one resident, Olga Petrova, 54.',
            'Officials called it "very bad".',
            '"It was terrible," a witness said.',
        )
    )
    # "a witness" is no actor: a short quote needs a speaker the table knows.
    assert [(q.text, q.actor) for q in quotes] == [("I don't know", "Olga Petrova")]


def test_straight_marks_open_and_close_by_context_not_alternation() -> None:
    # An unclosed quoted paragraph runs into the next opener; the text between two
    # quotes ("she said. Earlier, ...:") is never itself a quote.
    quotes = quotes_of(
        sentences(
            "Trade minister Mary Jones said the plan was late.",
            '"Prices keep rising for every family in the country.',
            '"It is simply wrong to wait any longer," she said.',
            'Earlier, she told the radio programme: "We are talking about the fact here.',
            '"Nothing has changed since last winter."',
        )
    )
    texts = [(q.text, q.actor) for q in quotes]
    assert all("she said" not in t for t, _ in texts)
    assert [a for _, a in texts] == ["Mary Jones"] * len(texts)


def test_quote_opening_a_sentence_takes_the_speaker_of_the_lead_in() -> None:
    quotes = quotes_of(
        sentences(
            "Trade minister Mary Jones said the plan was late.",
            "She added that progress had been made.",
            '"The average worker still earns far less than before."',
        )
    )
    assert [(q.text[:11], q.actor) for q in quotes] == [("The average", "Mary Jones")]


def test_he_said_skips_a_name_that_is_only_an_object() -> None:
    quotes = quotes_of(
        sentences(
            "Ravi Kumar, India's finance minister, argued for reform.",
            "At a conference hosted by finance minister Gordon Brown, he spoke on rates.",
            '"A flexible exchange rate is one more channel for shocks," he told the conference.',
        )
    )
    assert [q.actor for q in quotes] == ["Ravi Kumar"]


def test_the_quotes_of_split_stories_are_the_quotes_of_them_all() -> None:
    texts = [
        "Foreign Minister Ilya Petrov spoke on Monday.",
        '"We will keep the border open for now," he said.',
        'Maria Lopez, the mayor, said: "The bridge reopens in May."',
        '"It is a fine day for the town," said Lopez.',
    ]
    sents = [
        Sentence(text, source, n, 0) for source in (1, 2, 3) for n, text in enumerate(texts, 1)
    ]
    actors = find_actors(sents)
    whole = find_quotes(sents, actors)
    assert len(whole) == 9
    for parts in (1, 2, 3, 5):
        split = split_stories(sents, parts)
        assert len(split) == parts and [s for part in split for s in part] == sents
        sources = [{s.source for s in part} for part in split]  # whole stories, in order
        assert all(a.isdisjoint(b) for k, a in enumerate(sources) for b in sources[k + 1 :])
        assert tuple(q for part in split for q in find_quotes(part, actors)) == whole


def test_a_paragraph_scan_finds_the_sentences_that_hold_a_title() -> None:
    texts = (
        "Mr Blair spoke.",
        "Nobody else did.",
        "Then Lady Thatcher and Mrs Clinton arrived.",
        "MrX is no title but holds one.",
        "Sir",
    )
    para = Paragraph.of(sentences(*texts))
    searched = [honorific_titles().search(text) is not None for text in texts]
    assert _titled(para) == searched == [True, False, True, True, True]
    assert _titled(Paragraph.of(sentences("No one.", "Not here."))) == [False, False]


def test_he_never_crosses_sources_and_an_unknown_person_blocks_it() -> None:
    first = Sentence("Foreign Minister Ilya Petrov spoke on Monday.", 1, 1, 0)
    second = Sentence('"We will keep the border open for now," he said.', 2, 1, 0)
    quotes = quotes_of([first, second])
    assert [(q.text[:7], q.actor) for q in quotes] == [("We will", None)]
    quotes = quotes_of(
        sentences(
            "Foreign Minister Ilya Petrov spoke on Monday.",
            "Later, Darian Lonechild joined the meeting.",
            '"We will keep the border open for now," he said.',
        )
    )
    assert [q.actor for q in quotes] == [None]  # Lonechild may be "he": not settled


def test_she_skips_a_nearer_man_and_a_fragment_is_never_a_speaker() -> None:
    quotes = quotes_of(
        sentences(
            "Trade Minister Patricia Hewitt met Foreign Secretary Jack Straw.",
            '"The deal will cost jobs in every region," she said.',
            '"It is a white elephant and a waste of money," an e-mailed statement said.',
        )
    )
    assert [(q.text[:8], q.actor) for q in quotes] == [
        ("The deal", "Patricia Hewitt"),
        ("It is a ", None),
    ]


def test_the_speaker_heads_its_phrase_and_a_mixed_quote_has_the_same_rules() -> None:
    quotes = quotes_of(
        sentences(
            "Scottish Conservative leader David McLetchie resigned on Monday.",
            '"He had no choice but to go at last," a Labour spokesman for Gordon Brown said.',
            'Senator Mary Olsen said the plan was "a complete and utter disaster".',
        )
    )
    assert [q.actor for q in quotes] == [None, "Mary Olsen"]


def test_he_reaches_back_only_a_few_sentences_and_initials_stay_in_names() -> None:
    quotes = quotes_of(
        sentences(
            "Attorney General Loretta E. Lynch spoke to Congress.",
            '"We will review all the facts and the evidence," Lynch said.',
            "The hearing lasted four hours.",
            "Reporters waited outside the building.",
            "The weather was cold all day.",
            '"Nothing will change before the summer ends," he said.',
        )
    )
    assert [q.actor for q in quotes] == ["Loretta E. Lynch", None]


def test_a_parenthetical_speaker_is_who_he_means_not_the_sentence_subject() -> None:
    quotes = quotes_of(
        sentences(
            "Prime Minister Anna Berg met Chief Tomas Redcloud on Tuesday.",
            "Berg, Redcloud said, had promised new schools.",
            '"She told us the money would come this spring," he said.',
        )
    )
    assert [q.actor for q in quotes] == ["Tomas Redcloud"]


def test_a_possessive_is_no_subject_and_the_speaker_of_said_is() -> None:
    quotes = quotes_of(
        sentences(
            "Businessman Mark Eliot backed Senator Paul Grange last year.",
            "Grange's grasp of policy is worrying, Eliot said.",
            '"I just do not see any evidence that he wants to change," he said.',
        )
    )
    assert [q.actor for q in quotes] == ["Mark Eliot"]


def test_a_contraction_is_not_a_first_name() -> None:
    quotes = quotes_of(
        sentences(
            "Spokesman Don Harlow said the party would wait.",
            "Professor Carl Vance studies courts.",
            '"They will run out the clock this year," Vance said.',
            "Don't voters deserve better than that?",
            '"The next president should do whatever she wants to do," he said.',
        )
    )
    assert [q.actor for q in quotes] == ["Carl Vance", "Carl Vance"]


def test_a_shared_surname_names_only_the_clearly_main_person() -> None:
    quotes = quotes_of(
        sentences(
            "Governor Rob Ford met his brother, councillor Doug Ford.",
            '"We have had a very good year for the city," Ford said.',
        )
    )
    assert [q.actor for q in quotes] == [None]


def test_a_role_before_a_given_name_is_no_part_of_the_name() -> None:
    quotes = quotes_of(
        sentences(
            "Minister of Crown-Indigenous Relations Carolyn Bennett spoke in Ottawa.",
            '"We know there is much more work to do," she said.',
            'Following Bennett, Chief Darian Lonechild said: "Our children come first."',
        )
    )
    assert [q.actor for q in quotes] == ["Carolyn Bennett", "Darian Lonechild"]


def test_she_is_the_subject_of_shes_and_an_indefinite_description_blocks_he() -> None:
    quotes = quotes_of(
        sentences(
            '"It is about age," said Mattie Thomas, a retired worker.',
            "She's a Sanders supporter but most of her friends back the Clintons.",
            '"You are not going to change their minds," she said.',
            "Minister Anna Berg opened the hall.",
            "A local resident said the hall was late.",
            '"We waited for it for far too many years," she said.',
        )
    )
    assert [q.actor for q in quotes] == ["Mattie Thomas", "Mattie Thomas", None]


def test_a_listed_word_that_is_a_given_name_starts_a_name() -> None:
    quotes = quotes_of(
        sentences(
            "But Bill Skelly, a longtime data operative, vouched for both of them.",
            '"Having access to the file and two people who understand it helps," said Skelly.',
        )
    )
    assert [q.actor for q in quotes] == ["Bill Skelly"]


def test_a_speech_verb_that_reports_no_words_attributes_nothing() -> None:
    quotes = quotes_of(
        sentences(
            "Senator Tom Hale said he was sure Senator Rosa Vidal will continue to be "
            '"a champion for every family in the state".',
            "Senator Ian Moss spoke first.",
            "Like Moss, Senator Kim Park also rejected the plan, arguing that there is "
            '"room for the government to act".',
        )
    )
    # ", arguing that" is the main clause's subject's, past the fronted "Like Moss,"
    assert [q.actor for q in quotes] == ["Tom Hale", "Kim Park"]


def test_a_name_that_modifies_a_role_is_not_the_subject() -> None:
    quotes = quotes_of(
        sentences(
            "Hillary Clinton met donors in Ohio.",
            "Clinton communications director Jennifer Palmieri spoke to reporters on Friday.",
            '"She will address the comments at an event later today," she said.',
        )
    )
    assert [q.actor for q in quotes] == ["Jennifer Palmieri"]


def test_someone_named_before_the_pronoun_in_its_own_sentence_may_be_them() -> None:
    quotes = quotes_of(
        sentences(
            "Senator Rosa Vidal spoke at the college on Monday.",
            "The best line came from student Deja Stewart, who laughed when she called her "
            '"the coolest grandmother in the whole country".',
        )
    )
    assert [q.actor for q in quotes] == [None]


def test_she_skipping_a_man_may_mean_the_woman_he_met() -> None:
    quotes = quotes_of(
        sentences(
            "Governor Ana Ruiz arrived in the capital.",
            "Senator Tom Hale was joined on the call by Ilyse Hogue.",
            '"He has failed to do anything for the state in years," she said.',
        )
    )
    assert [q.actor for q in quotes] == [None]


def test_a_place_the_text_puts_things_in_and_an_acronym_title_are_no_speakers() -> None:
    quotes = quotes_of(
        sentences(
            '"I have done nothing wrong," the Mid-Bedfordshire MP said.',
            "In Nova Scotia, officials said the fires were under control.",
            '"We got lucky this time around," said Nova Scotia.',
        )
    )
    assert [q.actor for q in quotes] == [None, None]


def test_a_country_that_is_a_surname_or_inside_a_body_is_no_speaker() -> None:
    quotes = quotes_of(
        sentences(
            "Rep. Jim Jordan questioned the director on Tuesday.",
            '"It just raises a lot of questions about the deal," Jordan said.',
            'Health Canada said in a statement: "The safety of the water is our priority."',
        )
    )
    assert [q.actor for q in quotes] == ["Jim Jordan", None]


def test_an_unclosed_quoted_paragraph_goes_on_in_the_next() -> None:
    first = Sentence("Minister Carolyn Bennett spoke next.", 1, 1, 0)
    second = Sentence("“We will be there for them,” she said.", 1, 2, 0)
    third = Sentence("“The work is only starting.", 1, 3, 0)
    fourth = Sentence("“It will take years to get this right.”", 1, 4, 1)
    quotes = quotes_of([first, second, third, fourth])
    assert [q.actor for q in quotes] == ["Carolyn Bennett", "Carolyn Bennett"]


def test_said_before_a_clause_is_no_inverted_speaker() -> None:
    quotes = quotes_of(
        sentences(
            "Governor Paul Grange spoke in the morning.",
            "Brian Moss, the county party chairman, for example, said Grange hurt the cause.",
            '"I do not think it has worked out well for him," he said.',
        )
    )
    assert [q.actor for q in quotes] == ["Brian Moss"]


def test_a_name_that_starts_a_longer_name_is_not_the_subject() -> None:
    quotes = quotes_of(
        sentences(
            "Donald Trump sued a former student.",
            "Like the others, the former Trump University customer Andrew Roff wants peace.",
            '"I am 76, and I do not feel like going through that again," he said.',
        )
    )
    assert [q.actor for q in quotes] == ["Andrew Roff"]


def test_a_surname_named_in_full_only_in_another_source_names_nobody() -> None:
    first = Sentence("Director Richard Eyre praised the list.", 1, 1, 0)
    second = Sentence('"It was a very strong year for new writers," Eyre said.', 2, 1, 0)
    quotes = quotes_of([first, second])
    assert [q.actor for q in quotes] == [None]


@pytest.mark.parametrize(
    ("lead_in", "speaker"),
    [
        ("According to Straw, “the talks must go on.”", "Jack Straw"),  # speech_verb_subject
        ("Straw: “The talks must go on.”", "Jack Straw"),  # _colon_subject
        ("Speaking on CNN: “The talks must go on.”", None),  # a preposition: no subject
    ],
)
def test_a_speaker_named_before_the_quote_without_a_verb(lead_in: str, speaker: str | None) -> None:
    quotes = quotes_of(
        sentences("Jack Straw, UK Foreign Secretary, met envoys on Friday.", lead_in)
    )
    assert [q.actor for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("texts", "speaker"),
    [
        # A speech verb's form after a possessive or a determiner is a noun.
        (
            (
                "Party spokeswoman Anna Kowalski spoke after Tomasz Nowak's rally.",
                "Kowalski said Friday that Nowak's claim that the levy was cut is "
                '"simply not true at all."',
            ),
            "Anna Kowalski",
        ),
        # An inverted subject ends where a clause of its own starts.
        (
            (
                "Senator Ruth Okafor spoke on Monday; Daniel Mwangi listened.",
                '"Nobody here will accept that deal," said Daniel Mwangi when asked '
                "about Ruth Okafor.",
            ),
            "Daniel Mwangi",
        ),
        # A quoted phrase's complement before an inverted attribution is no subject.
        (
            (
                "Former governor Helen Strand backed Maria Lopez on Monday.",
                '"This will be a hard test" for Lopez, said Strand.',
            ),
            "Helen Strand",
        ),
    ],
)
def test_the_speaker_is_the_subject_of_the_attributing_verb(
    texts: tuple[str, ...], speaker: str
) -> None:
    quotes = quotes_of(sentences(*texts))
    assert [q.actor for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "texts",
    [
        # "-ing" is never inverted: its subject is the main clause's.
        (
            "Minister Joseph Kamau welcomed the news that Peter Otieno would resign.",
            'Kamau said Otieno was "doing the right thing for the party," suggesting he '
            "might soon promote Otieno.",
        ),
        # A name right after a participle is its object, not the subject.
        (
            "Voters in the north backed Amara Diallo on Sunday.",
            'The crowd cheering Diallo chanted "a new era for all of us here."',
        ),
    ],
)
def test_an_object_is_never_the_speaker(texts: tuple[str, ...]) -> None:
    quotes = quotes_of(sentences(*texts))
    assert "Peter Otieno" not in [q.actor for q in quotes]
    assert "Amara Diallo" not in [q.actor for q in quotes]


@pytest.mark.parametrize(
    "lead",
    [
        # A fronted phrase is not the main clause: its name is not the subject.
        "Following Maria Berg on the radio, Anna Lindqvist asked her to stop.",
        # A comma that closes a quote still ends the clause before the subject.
        'When Thomas Berg called the plan "a tax on every family," Anna Lindqvist laughed.',
    ],
)
def test_she_is_the_subject_of_the_main_clause(lead: str) -> None:
    quotes = quotes_of(sentences(lead, '"The plan is fair to every family in the land," she said.'))
    assert [q.actor for q in quotes][-1] == "Anna Lindqvist"


def test_the_one_who_answers_is_the_one_asked_not_the_asker() -> None:
    quotes = quotes_of(
        sentences(
            "Presenter Tomas Lindgren asked Mayor Peter Holm how tall the tower would be.",
            '"I think it could be forty metres, maybe more," he told Lindgren.',
            "Counsel Shaunda Pike asked whether the officer had waited for backup.",
            '"Backup was two minutes out," he replied.',
        )
    )
    assert [q.actor for q in quotes] == ["Peter Holm", None]


def test_a_pronoun_in_a_subordinate_clause_is_the_person_named_before_it() -> None:
    quotes = quotes_of(
        sentences(
            "Senator Bernard Keane spoke first.",
            "The best line came from student Maria Okoye, who laughed when she called him "
            '"a grumpy grandfather."',
            '"Brave," she said, meaning that he is "brave enough to say what he thinks."',
        )
    )
    assert [q.actor for q in quotes][-1] == "Maria Okoye"


def test_an_attribution_cut_off_after_a_question_mark_still_counts() -> None:
    quotes = quotes_of(
        sentences(
            "Mayor Lena Brandt spoke at the plant on Friday.",
            '"Who do they think they are?"',
            "Brandt said of the company in February.",
            '"Why now?" Brandt asked.',
            'Aide Omar Kahn then writes back, "You look fine to everyone here."',
        )
    )
    assert [q.actor for q in quotes] == ["Lena Brandt", "Lena Brandt", "Omar Kahn"]


def test_a_time_between_the_subject_and_the_verb_is_skipped() -> None:
    quotes = quotes_of(
        sentences(
            "Party chairman Reinhold Prieb spoke to the press on Thursday.",
            'Prieb later Thursday told Radio One: "Both of them are meeting next week."',
        )
    )
    assert [q.actor for q in quotes] == ["Reinhold Prieb"]


def test_she_said_is_the_subject_of_the_quote_s_own_sentence() -> None:
    quotes = quotes_of(
        sentences(
            "Director Paul Okonjo opened the ceremony.",
            'In her speech, writer Shonda Reyes urged ambition: "Change the world and then '
            'change it again," she said.',
        )
    )
    assert [q.actor for q in quotes] == ["Shonda Reyes"]


def test_a_pronoun_that_skips_its_subject_for_gender_is_the_one_object_who_fits() -> None:
    quotes = quotes_of(
        sentences(
            "Minister Helen Varga wrote to her adviser James Sullivan on Monday.",
            'He responds, "Yes, but happy to give it to them at this point."',
        )
    )
    assert [q.actor for q in quotes] == ["James Sullivan"]


def test_a_quoted_word_too_short_to_keep_still_passes_on_its_speaker() -> None:
    quotes = quotes_of(
        sentences(
            "Voter Gisela Grimm waited by the canal.",
            '"Safety," said Grimm, a nurse. "Safety for the whole country, everybody."',
        )
    )
    assert [(q.text, q.actor) for q in quotes] == [
        ("Safety for the whole country, everybody.", "Gisela Grimm")
    ]


def test_a_verb_after_but_shares_the_first_clause_s_subject() -> None:
    quotes = quotes_of(
        sentences(
            "Former surgeon Ben Carlsen spoke at the hotel on Friday.",
            "Carlsen did not name any rival, but told his supporters, "
            '"our nation is in horrible trouble today."',
        )
    )
    assert [q.actor for q in quotes] == ["Ben Carlsen"]


def test_a_shared_surname_is_nobody_when_the_story_names_them_alike() -> None:
    """The one named first had been taken: on the fresh sets that guess was as often wrong
    as right (session 35), and a wrong speaker does more harm than none."""
    quotes = quotes_of(
        sentences(
            "Former president Bill Carter campaigned in Flint on Monday.",
            "His wife, Hillary Carter, was in Ohio.",
            '"It does not make any sense to anyone here," Carter said.',
        )
    )
    assert [q.actor for q in quotes] == [None]


def test_an_honorific_for_namesakes_of_unknown_gender_names_neither() -> None:
    """ "Madam Jallow ... she said" beside the survivor Ebrima and the chairwoman Haddy
    Jallow, whose given names no list knows (fresh13): the survivor, named first, had
    been given her words. Neither is sure, so the quote goes to no one of them."""
    quotes = quotes_of(
        sentences(
            "Survivor Ebrima Jallow, 24, told reporters the boat turned over.",
            "Haddy Jallow, who chairs the village committee, said residents rushed out.",
            "The navy said the search went on.",
            "Madam Jallow appealed to the government to create jobs.",
            '"Give them something to do here and they will not go," she said.',
        )
    )
    assert [q.actor for q in quotes] == [None]


def test_a_quote_with_its_own_attribution_is_not_joined_to_the_next_speaker_s() -> None:
    quotes = quotes_of(
        sentences(
            "The Lisbon Athletics Union suspended the sprinter Paulo Mendes on Tuesday.",
            '"There will be a final right of appeal to the court," the union said.',
            "Mendes insisted he had done nothing wrong.",
            '"The decision of the union means nothing," he said.',
        )
    )
    assert [(q.text, q.actor) for q in quotes] == [
        ("There will be a final right of appeal to the court", None),
        ("The decision of the union means nothing", "Paulo Mendes"),
    ]


def test_two_attributed_quotes_in_a_row_stay_two() -> None:
    quotes = quotes_of(
        sentences(
            "The sprinter Paulo Mendes was suspended on Tuesday.",
            '"There will be a right of appeal," the union said. '
            '"The decision means nothing to us," Mendes said.',
        )
    )
    assert [(q.text, q.actor) for q in quotes] == [
        ("There will be a right of appeal", None),
        ("The decision means nothing to us", "Paulo Mendes"),
    ]


def test_a_phrase_quoted_in_narration_is_not_the_next_speaker_s() -> None:
    quotes = quotes_of(
        sentences(
            'The orders would be reviewed every three months by "an eminent and independent '
            'person".',
            '"I believe the new powers strike a proper balance," said Prime Minister Tom Harlow.',
        )
    )
    assert [(q.text, q.actor) for q in quotes] == [
        ("an eminent and independent person", None),
        ("I believe the new powers strike a proper balance", "Tom Harlow"),
    ]


def test_an_e_mail_is_its_writer_s() -> None:
    quotes = quotes_of(
        sentences(
            "Adviser Alan Crampton's e-mail, meant for a party official, suggested they "
            "should get Trevor Bates, the agency's boss, to issue a statement.",
            'In it, he said: "Just spoke to the agency, they should give a statement now."',
            'Crampton\'s second e-mail said: "Sorry, that message was not meant for you."',
        )
    )
    assert [q.actor for q in quotes] == ["Alan Crampton", "Alan Crampton"]


def test_relayed_words_are_never_given_to_someone_named_in_the_relative_clause() -> None:
    quotes = quotes_of(
        sentences(
            "Home Secretary Charles Clark defended the law.",
            "Farmer Tony Fenwick was jailed in 1999.",
            "The lawyer who had defended Mr Fenwick had said the rules were "
            '"tilted heavily towards the householder all along", said Mr Clark.',
            'He said: "The problem is there has not been enough understanding of it."',
        )
    )
    assert [(q.text[:12], q.actor) for q in quotes] == [
        ("tilted heavi", None),
        ("The problem ", "Charles Clark"),
    ]


def test_words_named_by_someone_s_claim_are_theirs_not_the_namer_s() -> None:
    quotes = quotes_of(
        sentences(
            "Campaign director Tom Fenner answered the senator Helen Marsh on Monday.",
            'Fenner called Marsh\'s assertion of a "claim of right over the files" disturbing.',
            'Fenner described Marsh\'s remarks as "hurtful and deeply humiliating for us".',
        )
    )
    assert [(q.text[:8], q.actor) for q in quotes] == [
        ("claim of", "Helen Marsh"),
        ("hurtful ", "Tom Fenner"),
    ]


def test_a_surname_has_no_gender_and_a_name_after_past_is_an_object() -> None:
    quotes = quotes_of(
        sentences(
            "Teenager Sania Mirza won the title in Hyderabad on Sunday.",
            "The 18-year-old battled past Alyona Bondarenko of Ukraine in three sets.",
            "Mirza, ranked 134 in the world, sank to her knees after the win against Bondarenko.",
            '"It is a big moment in my career and I thank everyone," she said.',
        )
    )
    # Mirza is hers (when the actors table knows her) or nobody's, never Bondarenko's.
    assert [q.actor for q in quotes] in ([None], ["Sania Mirza"])


def test_a_phrasal_verb_still_reports_the_words_its_that_clause_quotes() -> None:
    quotes = quotes_of(
        sentences(
            "Senator Helen Marsh debated Governor Tom Fenner in Miami.",
            "Fenner objected after Marsh argued for the second debate running that "
            '"if everyone had voted as he voted, the plant would have closed."',
            'Marsh called for "a full and independent inquiry into the vote".',
        )
    )
    # (the second quote is the words of the inquiry she called for: hers too)
    assert [q.actor for q in quotes] == ["Helen Marsh", "Helen Marsh"]


def test_he_is_not_the_one_the_quote_calls_by_his_given_name() -> None:
    quotes = quotes_of(
        sentences(
            "Manager Kevin Doyle has rapped captain Olof Berglund for his remarks.",
            "Berglund spoke of his dislike of the rivals before the derby.",
            '"I have had more than a quiet word with Olof about it," he told the website.',
        )
    )
    assert [q.actor for q in quotes] == [None]


def test_and_inside_a_modifier_keeps_the_name_after_the_role() -> None:
    quotes = quotes_of(
        sentences(
            "Presenters Richard Hale and Judy Finch host the show with Amanda Rose.",
            '"It was very hard to follow last year\'s list," said Richard and Judy '
            "executive producer Amanda Rose.",
        )
    )
    assert [q.actor for q in quotes] == ["Amanda Rose"]


def test_a_description_that_a_name_is_apposed_to_is_that_person() -> None:
    quotes = quotes_of(
        sentences(
            "The corporation's president, Kevin Sateana, said building costs had risen.",
            '"A nail here costs more than a nail in the south," he said.',
        )
    )
    assert [q.actor for q in quotes] == ["Kevin Sateana"]


def test_a_name_before_a_noun_and_a_full_name_modifies_it() -> None:
    quotes = quotes_of(
        sentences(
            "Sydney Swans fan Bilal Haddad, 32, said most people did not care about it.",
            '"Just fix the trains so we can get to the game," he said.',
        )
    )
    assert [q.actor for q in quotes] == ["Bilal Haddad"]


def test_a_name_apposed_to_a_described_subject_is_the_speaker() -> None:
    quotes = quotes_of(
        sentences(
            "The Property Owners' Association said landlords were losing money.",
            'Its chairman, Stephen Faloon, said: "Nobody is evicting for fun at all."',
        )
    )
    assert [q.actor for q in quotes] == ["Stephen Faloon"]


def test_the_text_s_he_settles_a_given_name_the_name_list_calls_female() -> None:
    quotes = quotes_of(
        sentences(
            "Union president Fergal Boyle addressed the crowd outside the parliament.",
            "Dairy farmer Nollaig Brennan, who milks 90 cows, said he would have to cut his herd.",
            '"My father built this farm and I hoped to pass it on," he said.',
        )
    )
    assert [q.actor for q in quotes] == ["Nollaig Brennan"]


def test_a_participle_of_saying_shares_its_clause_s_subject() -> None:
    quotes = quotes_of(
        sentences(
            "Tory leader Michael Howard spoke on Thursday.",
            "Mr Howard branded the decision unacceptable, saying: "
            '"It is not householders who should be frightened."',
            "Carly Fiorina threw her support behind Sen. Ted Cruz on Wednesday, saying it is "
            'time for "a real constitutional conservative in the White House."',
        )
    )
    assert [q.actor for q in quotes] == ["Michael Howard", "Carly Fiorina"]


def test_a_role_phrase_before_the_name_does_not_block_the_attribution() -> None:
    quotes = quotes_of(
        sentences(
            "“Our results were strong, meeting all of our goals for the year,” chairman and "
            "chief executive Maria Ostrander said.",
            "“This is the strongest line-up we have had in years,” festival director "
            "Geoffrey Gilmartin said.",
            "“Prices are now beginning to set a new range,” said energy analyst Tomas Brevik "
            "of Nordhavn Capital.",
            "“It was a fair decision in the end,” said club manager Alan Ferrier of the "
            "referee's ruling.",
        )
    )
    assert [q.actor for q in quotes] == [
        "Maria Ostrander",
        "Geoffrey Gilmartin",
        "Tomas Brevik",
        "Alan Ferrier",
    ]


def test_a_name_after_of_is_what_the_speaker_spoke_of() -> None:
    quotes = quotes_of(
        sentences(
            "Governor Harriet Quayle suspended her campaign on Wednesday.",
            "“It just was never meant to be,” said pollster Dominic Farrow of Quayle, "
            "who finished sixth.",
        )
    )
    assert [q.actor for q in quotes] == ["Dominic Farrow"]


def test_another_given_name_before_a_surname_is_someone_else() -> None:
    quotes = quotes_of(
        sentences(
            "Freddy Alvarado directed the play in Mexico City.",
            "“Mexicans laugh at our tragedies,” said German Alvarado, one of its stars.",
        )
    )
    assert [q.actor for q in quotes] == [None]


def test_jr_is_no_surname() -> None:
    quotes = quotes_of(
        sentences(
            "Her lawyer, Walter K Donnelly Jr, spoke on Monday.",
            "District Attorney Bruce T Hammond Jr, who led the case, said detectives found no "
            "instance “where anyone complained to the police about his conduct.”",
        )
    )
    assert [q.actor for q in quotes] != ["Walter K Donnelly Jr"]
    assert all(q.actor is None or "Donnelly" not in q.actor for q in quotes)


def test_a_quote_cut_by_its_speech_tag_is_one_utterance() -> None:
    quotes = quotes_of(
        sentences(
            "Shops should take old phones back, campaigners say.",
            "“We have heard the environmental argument for handing a phone back,” said Mr "
            "James Goodwin, “but there is a strong social argument too.”",
        )
    )
    assert [(q.text, q.actor) for q in quotes] == [
        (
            "We have heard the environmental argument for handing a phone back … but there "
            "is a strong social argument too.",
            "James Goodwin",
        )
    ]


def test_words_after_but_go_on_with_the_speech_reported_before() -> None:
    quotes = quotes_of(
        sentences(
            "Health Secretary Imelda Carrow spoke at a seminar in Leeds.",
            "Imelda Carrow said the cost of the plan was being evaluated, but it was a "
            "“shared goal across every department”.",
            "EU spokeswoman Marja Tollefsen conceded there were “a few grey areas” but said "
            "“these are not as big as the airlines are making out”.",
        )
    )
    assert [q.actor for q in quotes] == ["Imelda Carrow", "Marja Tollefsen", "Marja Tollefsen"]


def test_a_parenthesis_before_the_verb_and_a_fronted_phrase_before_the_subject() -> None:
    quotes = quotes_of(
        sentences(
            "Senator Dana Whitcombe spoke in Ohio, and Ross Pellow tweeted later.",
            "On Tuesday in Berea, after winning the primary, Sen. Dana Whitcombe (R-OH), "
            "said, “I am getting ready to rent a covered wagon and head west.”",
            "Ross Pellow, chairman of Forward Ohio (a political action committee), tweeted: "
            "“People behind the senator are wearing the wrong shirts.”",
            "Here in Columbus, Whitcombe stepped up her emphasis on schools, saying, “Every "
            "child deserves a good school close to home.”",
        )
    )
    assert [q.actor for q in quotes] == ["Dana Whitcombe", "Ross Pellow", "Dana Whitcombe"]


def test_a_paragraph_ending_in_a_colon_leads_into_the_next_one_s_quote() -> None:
    story = [
        Sentence("Senator Ted Orwin spoke at the debate on Monday.", 1, 1, 0),
        Sentence("Orwin continued:", 1, 2, 1),
        Sentence("“You look at the questions they asked us tonight.", 1, 3, 2),
        Sentence("Not one of them was about jobs.”", 1, 4, 2),
        Sentence("The crowd applauded.", 1, 5, 3),
        Sentence("“We will not be silenced,” a voice shouted from the back.", 1, 6, 4),
    ]
    quotes = quotes_of(story)
    assert [q.actor for q in quotes] == ["Ted Orwin", None]


def test_a_pronoun_in_what_he_called_is_the_subject_and_state_is_no_verb() -> None:
    quotes = quotes_of(
        sentences(
            "Jean-Luc Marchetti, the foreign minister of France, said the test was reckless.",
            "Secretary General Oren Baptiste condemned what he called a “brazen breach” of "
            "the treaty.",
            "“I count on the council to remain united and act,” he told reporters.",
            "Secretary of State Walter Brenner said the allies would respond, and he urged talks.",
            "“We remain open to credible talks aimed at full disarmament,” he said.",
        )
    )
    assert [q.actor for q in quotes][-2:] == ["Oren Baptiste", "Walter Brenner"]


def test_parentheses_long_appositions_and_fronted_adverbs_in_attributions() -> None:
    quotes = quotes_of(
        sentences(
            "Senators Nora Pelkey and Hal Brisco spoke, and Rep. Tess Ambrose answered.",
            "“The nominee was prepared and he was qualified for the job,” Sen. Nora Pelkey "
            "(D-Mo.) said.",
            "“Discrimination should never be sanctioned by the state,” Hal Brisco, legal "
            "director for the civil rights group Fair Play Alliance, said in a statement.",
            "Later on Sunday, Pelkey shared a syllabus on her page, writing “Allow me to do "
            "the research for the reporter.”",
            "Rep. Tess Ambrose (R-S.C.): “I have not heard anyone other than you cite that.”",
            "“We are tying their hands and saying we know better,” state Sen. Hal Brisco (D) "
            "said about halfway through the debate.",
        )
    )
    assert [q.actor for q in quotes] == [
        "Nora Pelkey",
        "Hal Brisco",
        "Nora Pelkey",
        "Tess Ambrose",
        "Hal Brisco",
    ]


def test_a_participle_after_another_subject_s_clause_is_unsettled() -> None:
    quotes = quotes_of(
        sentences(
            "Strategist Dale Ormsby and Senator Vera Quint both spoke on Monday.",
            "Ormsby tweeted when Quint ended the debate with a film reference, remarking, "
            "“Thank you, and may the force be with you all.”",
        )
    )
    assert [q.actor for q in quotes] == [None]


def test_a_title_with_for_and_a_name_apposed_to_a_description() -> None:
    quotes = quotes_of(
        sentences(
            "Minister for Transport Ciarán Ó Dubhghaill said fares would fall next year.",
            "Speaking in the Dáil, he said: “We have more buses on the road than ever before.”",
            "The city's planner, Dr. Hamid Ostrowski-Bell of the University of Leeds, said "
            "the plan was sound.",
            "He said the old system depended too much on one budget.",
            "“We ride the same roller coaster every single year,” he said.",
        )
    )
    assert [q.actor for q in quotes] == ["Ciarán Ó Dubhghaill", "Hamid Ostrowski-Bell"]


def test_an_ing_form_after_a_quote_is_no_attribution_and_but_is_no_given_name() -> None:
    quotes = quotes_of(
        sentences(
            "Senator Alma Reyes is swinging hard at Senator Tomas Quill in the debate.",
            "She is noting the “kind of problems with the banks” Quill had answering questions.",
            "Freddy Alvarado directed the play.",
            "German Alvarado says the reaction was rejection.",
            "“It set off something really cool for all of us,” he said.",
            "But Alvarado said: “The tour will reach Texas next year.”",
        )
    )
    assert [q.actor for q in quotes] == ["Alma Reyes", None, "Freddy Alvarado"]


def test_a_progressive_reports_words_and_a_verb_after_her_stays_unsettled() -> None:
    quotes = quotes_of(
        sentences(
            "Governor Tessa Brandt is telling customers at a breakfast spot that “I need "
            "you tomorrow.”",
            "Governor Paul Keswick is telling a crowd that he recalls talking to a voter "
            "only to have her ask, “When is the candidate going to arrive?”",
        )
    )
    assert [q.actor for q in quotes] == ["Tessa Brandt", None]


def test_coordinated_verbs_possessive_descriptions_and_stacked_fronted_phrases() -> None:
    quotes = quotes_of(
        sentences(
            "Senator Hal Dorsey and campaign chairman Jon Pardo spoke on Monday.",
            "Dorsey called on the judge to resign and said, “Her mind is shot!”",
            "Dorsey's campaign chairman, Jon Pardo, said in a statement: “Tonight we saw a "
            "dark picture of the country.”",
            "On Thursday, after staying neutral for months, Dorsey endorsed the mayor, "
            "saying, “Having a fighter in the lead is what this city needs.”",
            "The Dorsey ad hits the mayor for taking money and claims that “the banks made "
            "her rich beyond measure.”",
        )
    )
    assert [q.actor for q in quotes] == ["Hal Dorsey", "Jon Pardo", "Hal Dorsey", None]


def test_two_subjects_joined_by_and_name_no_single_speaker() -> None:
    quotes = quotes_of(
        sentences(
            "Premier Alma Voss and Mayor Dan Okafor met on Monday.",
            "Voss and Okafor said the plan was “a disaster for the whole province”.",
            "“We will win the vote with a big majority,” Voss and Okafor said.",
            "Vice President for news and talk Dave Gorab called the show “the news show of "
            "record for the province”.",
        )
    )
    assert [q.actor for q in quotes][:2] == [None, None]


def test_he_after_two_joined_subjects_is_unsettled() -> None:
    quotes = quotes_of(
        sentences(
            "Candidates Ray Wilcott and Carlos Berrio spoke at the forum.",
            "Wilcott and Berrio, a Sarasota Republican, argued that the department is not needed.",
            "“You have to take a really cynical view of the states to think otherwise,” he said.",
        )
    )
    assert [q.actor for q in quotes] == [None]


def test_the_head_noun_of_one_organisation_names_it() -> None:
    quotes = quotes_of(
        sentences(
            "The European Commission proposed new rules on Monday.",
            "“Our people cannot be prisoners of their own rules,” the commission said.",
            "“We want a vote in parliament now,” the party said.",
        )
    )
    assert [q.actor for q in quotes] == ["European Commission", None]


def test_a_name_after_through_is_an_object_not_a_speaker() -> None:
    quotes = quotes_of(
        sentences(
            "Jose Maria Ortiz has added to talk of a move to Madrid.",
            "Before the story broke, Ortiz had moved to play down reports, issuing a "
            "statement through Arsenal describing the talk as “flattering”.",
            "“I have seen the stories in the media linking me with Madrid,” he had said.",
        )
    )
    assert [q.actor for q in quotes][-1] == "Jose Maria Ortiz"


def test_an_epithet_speaks_only_for_the_one_named_with_it_by_apposition() -> None:
    bound = quotes_of(
        sentences(
            "Sally Barsosio, the Olympic champion, won the race in Boston.",
            "Maria Mutola was second.",
            '"I am very happy with the time," the Olympic champion said.',
        )
    )
    assert [q.actor for q in bound] == ["Sally Barsosio"]
    unbound = quotes_of(
        sentences(
            "Sally Barsosio won the race in Boston.",
            '"I am very happy with the time," the 35-year-old said.',
            '"It was a hard race for everyone," the Kenyan said.',
        )
    )
    assert [q.actor for q in unbound] == [None, None]


def test_a_sentence_without_a_speech_verb_is_not_tokenised_for_a_subject() -> None:
    """spoken_subject skips the sentences whose every word could give no subject: the
    same answer as reading each one."""
    texts = [s.text for path in sorted(SAMPLES.glob("*.txt")) for s in sentences_of(path)]
    texts += ["According to Mr Smith, it rained.", "Jones SAID so.", "He said: no."]
    assert [spoken_subject(t) for t in texts] == [
        speech_verb_subject(word_re().findall(t)) for t in texts
    ]


def test_an_aside_between_dashes_before_the_verb_is_an_apposition() -> None:
    """BBC copy sets an apposition off with spaced hyphens, as others do with commas."""
    quotes = quotes_of(
        sentences(
            "Lord Bingham said the law lords had heard the case.",
            "On Thursday, Lord Bingham - a senior law lord - said the rules allowed detentions"
            ' "in a way that discriminates on the ground of nationality".',
        )
    )
    assert [(q.text[:20], q.speaker) for q in quotes] == [("in a way that discri", "Bingham")]


def test_two_apostrophes_open_and_close_a_quote_without_backticks() -> None:
    """The New York Times writes ''...'' for a quote; with ``...'' they only close one."""
    times = quotes_of(
        sentences(
            "Economist Jane Rollo studied the jobs report on Friday.",
            "''We may finally be seeing some wage growth at last,'' Ms. Rollo wrote on her blog.",
            "She called the figures ''a very big story for the country'' in an interview.",
        )
    )
    assert [(q.text, q.actor) for q in times] == [
        ("We may finally be seeing some wage growth at last", "Jane Rollo"),
        ("a very big story for the country", "Jane Rollo"),
    ]
    treebank = quotes_of(
        sentences("``We may finally be seeing some wage growth,'' said Jane Rollo, an economist.")
    )
    assert [(q.text, q.actor) for q in treebank] == [
        ("We may finally be seeing some wage growth", "Jane Rollo")
    ]


def test_a_name_joined_to_an_object_does_not_say_what_a_participle_reports() -> None:
    """ "spoke to protesters in Ukraine and Venezuela saying": a participle opens no clause
    with a subject of its own, so Venezuela is an object, not the one saying it."""
    found = quotes_of(
        sentences(
            "Jared Leto won the award for best supporting actor.",
            "In his speech, the actor spoke to protesters in Ukraine and Venezuela saying, "
            '"We are thinking of you tonight."',
        )
    )
    assert [q.speaker for q in found] == [None]


def test_a_speech_verb_of_a_closed_subordinate_clause_reports_no_quote_after_it() -> None:
    """ "While Iran insists on completing its reactor, “...”": the clause's own complement
    fills it; the quote is the main clause's, which "he was quoted as saying" reports."""
    found = quotes_of(
        sentences(
            "Iran's foreign minister Mohammad Javad Zarif met envoys in Vienna on Monday.",
            'While Iran insists on completing and running its nuclear reactor, "any '
            'proliferation concerns" linked to it "have to be removed," he was quoted as saying.',
            "Last month, he spoke on the radio when Curt Schilling suggested that Hillary Clinton "
            '"should be buried under a jail somewhere."',
        )
    )
    speakers = {q.text: q.speaker for q in found}
    assert "Iran" not in speakers.values()
    said = quotes_of(
        sentences(
            "Smith arrived on Monday.",
            'As Senator John Smith said in a statement, "we will not back down on this bill."',
        )
    )
    assert [q.speaker for q in said] == ["John Smith"]  # an "as" clause of speech reports it
    assert speakers["should be buried under a jail somewhere."] == "Curt Schilling"


def test_words_nobody_said_are_no_quote() -> None:
    """ "Cosby might have answered, “...”", "“...,” someone would have said": a modal's
    past or possibility of a speech verb imagines the words. "He would say" may be a
    habit, and "has “no idea” if he would have told" is a clause of its own."""
    assert (
        speakers(
            "Bill Cosby spoke on Monday.",
            'Cosby might have answered, "Well, not being an accused serial rapist."',
            '"Mind that locker, Stokesey," someone would have said.',
        )
        == []
    )
    assert speakers(
        "Coach John Smith spoke.",
        'He would say, "Never give up."',
        'Smith said he has "no idea" if he would have told the board.',
    ) == [("Never give up.", "John Smith"), ("no idea", "John Smith")]
    # a modal is written in lower case ("Theresa May said" is none), and a tag ends at its
    # own speech verb ("he said before reporters could ask")
    assert speakers(
        "Prime Minister Theresa May spoke in London.",
        'Theresa May said: "Brexit means Brexit."',
    ) == [("Brexit means Brexit.", "Theresa May")]
    assert speakers(
        "Senator John Smith faced questions on Tuesday.",
        '"We will fight this ruling," he said before reporters could have asked.',
    ) == [("We will fight this ruling", "John Smith")]


def test_a_speech_verb_of_a_fronted_clause_leaves_the_quote_to_the_main_clause() -> None:
    """ "When Roe asked Doe about the budget, Doe smiled and said, “...”": Roe asked; Doe,
    the main clause's subject, said it. A tag after the fronted clause is the main
    clause's ("If the law was never tested, Giuliani said, there is a reason: “...”")."""
    assert speakers(
        "Senator Jane Roe met Governor John Doe on Friday.",
        'When Roe asked Doe about the budget, Doe smiled and said, "We will balance it."',
    ) == [("We will balance it.", "John Doe")]
    # the quote inside the fronted clause is its own ("When Jones said on March 3, 2020,
    # that ..."), and a pronoun opening the main clause is read as before
    assert speakers(
        "Senator John Smith faced questions on Tuesday. Mary Jones spoke too.",
        'When Mary Jones said on March 3, 2020, that the plan was "dead on arrival," Smith '
        "laughed.",
    ) == [("dead on arrival", "Mary Jones")]
    assert speakers(
        "Senator John Smith faced questions on Tuesday.",
        'After John Smith testified before the committee, he smiled and said, "They are wrong."',
    ) == [("They are wrong.", "John Smith")]
    assert speakers(
        "Mayor Rudy Giuliani spoke on Fox on Sunday.",
        "If the law has never had its day in court, Giuliani said, there is a simple "
        'explanation: "No one has been as reckless."',
    ) == [("No one has been as reckless.", "Rudy Giuliani")]


def test_a_term_talked_about_is_no_quote() -> None:
    """Words quoted after "the phrase", "the word" or "so-called" are a term the sentence
    talks about: crediting them to its subject would guess (she promised never to use
    it); "the words" give what someone wrote, and stay a quote."""
    found = quotes_of(
        sentences(
            "Senator Ada Vance promised on Tuesday to stop using the phrase “illegal alien”.",
            "Ada Vance criticised the so-called “bedroom tax” on Monday.",
            "Ada Vance tweeted an image bearing the words “most corrupt candidate ever!” today.",
        )
    )
    assert [q.text for q in found] == ["most corrupt candidate ever!"]


def test_a_charges_wording_is_no_quote_of_who_relays_it() -> None:
    """Words quoted after what a charge is brought under are the charge's wording: not
    the defence lawyer's who tells of it. "X accused Y of “...”" is X's words."""
    found = speakers(
        "The defence lawyer, Ada Vance, said Tom Reed was charged with "
        "“spreading alarm among the public”.",
        "Reed was later convicted of “insulting the harbour board” in a closed hearing.",
        "Mayor Ann Lee accused the board of “wrecking the town” on Monday.",
    )
    assert found == [
        ("spreading alarm among the public", None),
        ("insulting the harbour board", None),
        ("wrecking the town", "Ann Lee"),
    ]


def test_a_time_between_the_charges_verb_and_its_preposition_keeps_it_the_charges() -> None:
    """ "was charged on Friday night with “...”": a time adverbial inside the verb phrase
    leaves the quote the charge's wording, though a tag after it names the lawyer who told
    of it. A time after the accused of an active "X accused Y" leaves the words X's."""
    found = speakers(
        "Halvorsen was indicted on Friday afternoon for “obstructing the harbour authority”, "
        "his solicitor, Ruth Amsel, said.",
        "The skipper, Ole Brandt, was charged late last week with “endangering shipping in"
        " the fjord”, according to his union.",
        "Brandt was arrested in 2029 for “smuggling diesel across the border”, Amsel said.",
        "Mayor Ann Lee accused the harbour board on Monday of “wrecking the town”.",
    )
    assert found == [
        ("obstructing the harbour authority", None),
        ("endangering shipping in the fjord", None),
        ("smuggling diesel across the border", None),
        ("wrecking the town", "Ann Lee"),
    ]


def test_the_one_who_put_it_so_speaks_the_quote_after() -> None:
    """ "As X put it, “...”" says how X worded what follows; "put" with no "it" before
    the quote, or a clause between, reports no words."""
    found = speakers(
        "As the harbour master, Tom Reed, put it on Tuesday, “The wall was never built to last.”",
        "Ada Vance put it bluntly: “The town was asleep.”",
        "Officials put the toll at 12, “a terrible number for a small town”.",
    )
    assert found[:2] == [
        ("The wall was never built to last.", "Tom Reed"),
        ("The town was asleep.", "Ada Vance"),
    ]
    assert ("a terrible number for a small town", None) in found or len(found) == 2


def test_a_show_titled_with_a_small_word_is_no_quote() -> None:
    """ "The Lead with Jake Tapper", "Fire from the Heartland": a title's small words stay
    in lower case, and a title in quote marks is nobody's words."""
    found = speakers(
        "Jane Roe, an actress, spoke on Monday.",
        'She appeared on "The Lead with Jake Tapper" last week, she said.',
        '"It was a great show," she said.',
    )
    assert found == [("It was a great show", "Jane Roe")]


def test_a_description_names_the_holder_of_its_head() -> None:
    """ "the lawsuit says" is the lawsuit's, not the plaintiff's in it: a description
    matches a role by its head ("plaintiff"), not its last word."""
    found = speakers(
        "Ann Vole, 40, a plaintiff in the lawsuit, lives in Mesa.",
        'Its "alarmingly inadequate number of voting centers" hurt voters, the lawsuit says.',
        'The mayor of Mesa, Tom Ardent, spoke. "We will appeal," the mayor said.',
    )
    assert ("alarmingly inadequate number of voting centers", None) in found
    assert ("We will appeal", "Tom Ardent") in found


def test_a_surname_whose_clause_gives_the_other_gender_is_nobody() -> None:
    """ "Clinton said as he introduced his wife" is not Hillary Clinton, whom the story
    calls "Clinton", and her husband is named only as "Bill": the text does not say who."""
    found = speakers(
        "Hillary Clinton spoke in Iowa on Monday. Clinton won the vote.",
        "Her husband, Bill, campaigned in Ohio.",
        'Clinton said as he introduced his wife, "Finally, the dam broke."',
        'Clinton said, "We will win."',
    )
    assert found == [("Finally, the dam broke.", None), ("We will win.", "Hillary Clinton")]
    reported = speakers(
        "Donald Trump spoke in Florida.", 'Trump said she "should be in jail," on Monday.'
    )
    assert reported == [("should be in jail", "Donald Trump")]  # "she" is someone else


def test_a_tag_after_the_quote_gives_its_speakers_gender_among_namesakes() -> None:
    """ "“...,” Campbell said as she announced the figures", with the candidate Marlon
    Campbell named first and Judge Andrea Campbell after him: the judge (fresh9; the tag
    after a quote had not been read for its pronoun). With Marlon alone, nobody."""
    texts = (
        "The JLP's Marlon Campbell received 2,114 votes.",
        "The recount was presided over by Parish Judge Andrea Campbell.",
        '"The task is to count," Campbell said as she announced the final figures.',
    )
    assert speakers(*texts) == [("The task is to count", "Andrea Campbell")]
    assert speakers(texts[0], texts[2]) == [("The task is to count", None)]


def test_a_pronoun_after_a_shared_surname_is_the_namesake_of_its_gender() -> None:
    """ "Achakzai said ... “...,” she said", with Sadiq Achakzai (no list knows "Sadiq")
    named first and Dr. Farzana Achakzai: she (fresh10). A full name whose given name no
    list knows takes the gender of its own "said she" ("Ketevan Tsiklauri ... said she")."""
    found = speakers(
        "Sadiq Achakzai, president of the chamber, said 1,200 trucks were stranded.",
        'The medical superintendent, Dr. Farzana Achakzai, said 11 were hurt. "We had no'
        ' power," she said.',
        'Achakzai said the hospital had run out of blood. "The young men came at dawn," she said.',
    )
    assert found[-1] == ("The young men came at dawn", "Farzana Achakzai")
    wine = speakers(
        "Giorgi Tsiklauri, chief executive of the winery, said his company was owed money.",
        "Ketevan Tsiklauri, who runs a family cellar, said she would go on.",
        'Back in Kisiskhevi, Tsiklauri said so. "I will not stop," she said.',
    )
    assert wine[-1] == ("I will not stop", "Ketevan Tsiklauri")


def test_a_pronoun_is_no_namesake_the_story_brings_in_only_later() -> None:
    """ "Okoro said ... “...,” he said" of the farmer Chidi Okoro, named so far, is his,
    though a name list knows the general Emmanuel Okoro named after it to be a man."""
    found = speakers(
        "Farmer Chidi Okoro lost his herd in the flood.",
        'Okoro said he felt "abandoned". "Nobody came for nine days," he said.',
        "General Emmanuel Okoro, who is not related to the farmer, led the rescue.",
    )
    assert found[-1] == ("Nobody came for nine days", "Chidi Okoro")


def test_a_body_speaks_by_the_acronym_the_text_defines() -> None:
    """ "The Joint Chiefs of Staff (JCS) said ..." then "“...,” the JCS said": the JCS
    (a reviewer's Yonhap copy had it unattributed; BBC's "A spokeswoman for the RAD said:"
    and "the LSE" the same)."""
    found = speakers(
        "The Joint Chiefs of Staff (JCS) said it detected the launch.",
        '"Our military has strengthened surveillance," the JCS said in a text message.',
    )
    assert found == [("Our military has strengthened surveillance", "Joint Chiefs of Staff")]


def test_a_comma_a_quote_closes_on_ends_its_clause() -> None:
    """ "Vole said ... “a disaster,” adding that it was why Ardent “attacks us”": the
    comma inside the closing mark ends the first clause, so the words after it are read
    as a clause of their own (Vole's "adding"), not as the object of "why Ardent"."""
    found = speakers(
        "Ann Vole spoke in Mesa on Monday. Tom Ardent was not there.",
        'Vole said the plan was "a disaster for the town," adding that it was why Ardent'
        ' "attacks us and ignores the others."',
    )
    assert ("attacks us and ignores the others.", "Ann Vole") in found


def test_a_fragment_a_negation_governs_is_no_quote() -> None:
    """ "he does not “expect Bali to agree on targets”": alone, the fragment says the
    opposite of what was said; a whole sentence quoted carries its own negation."""
    found = speakers(
        "Yvo Boer, the UN climate chief, spoke in Bali on Monday.",
        'Boer declared that he does not "expect Bali to agree on targets."',
        'He said it was not "a threat to anyone."',
        '"We do not need a deal today," he said.',
    )
    assert found == [("We do not need a deal today", "Yvo Boer")]
    kept = speakers(
        "Tom Roe spoke on Monday.",
        'Roe said that not only "the police but the whole town failed these children."',
        'He said he did not know "what the future holds for the club."',
        'Roe said the deal was not "what the voters asked for."',
    )
    assert [speaker for _, speaker in kept] == ["Tom Roe", "Tom Roe"]  # the third is denied


def test_said_he_tells_the_gender_only_between_namesakes() -> None:
    """With Bill and Hillary Clinton both named, "Clinton said he was “very proud”" is not
    Hillary's; with one Trump, "Trump said she “should be in jail”" is his."""
    found = speakers(
        "Hillary Clinton spoke in Iowa on Monday. Clinton won the vote.",
        "Bill Clinton joined her on stage.",
        'Clinton said he was "very proud of what she has done in this campaign."',
    )
    assert all(speaker != "Hillary Clinton" for _, speaker in found)


def test_words_welcomed_or_hailed_as_are_the_welcomers() -> None:
    """ "UN Secretary-General Amara Okafor welcomed the agreement as “a hopeful sign for
    the region”" had no speaker (a reviewer's); the infinitive under another verb
    reports nothing of its own: "asked the crowd to welcome the governor - “my new best
    friend”" stays the asker's."""
    assert speakers(
        "UN chief Amara Okafor welcomed the agreement as “a hopeful sign for the region”.",
        "Coach Alan Reid hailed the win as “our best of the season”.",
    ) == [
        ("a hopeful sign for the region", "Amara Okafor"),
        ("our best of the season", "Alan Reid"),
    ]
    assert speakers(
        "Rep. Bobby Scott beamed and asked the crowd to welcome the governor - “my new friend.”"
    ) == [("my new friend.", "Bobby Scott")]


def test_an_infinitive_inside_what_a_speaker_reports_is_no_saying_of_its_own() -> None:
    """ "A ... spokesman, Dzmitry Lukashevich, said Minsk was ready to explain the exercise
    “to anyone who listens”" was unattributed (r66 F14): "explain" was taken for the
    quote's verb and "Minsk was ready to" for its subject. An infinitive of speech under
    an earlier speech verb tells what someone would say, or would not, in the earlier
    speaker's words."""
    assert speakers(
        "A Belarusian foreign ministry spokesman, Dzmitry Lukashevich, said Minsk was ready"
        " to explain the exercise “to anyone who listens”.",
        "Senator Ruth Abara said the minister had refused to explain the delay “in any detail”.",
    ) == [("to anyone who listens", "Dzmitry Lukashevich"), ("in any detail", "Ruth Abara")]


def test_the_minister_is_no_prime_minister() -> None:
    """ "“...,” the minister told reporters" after Defence Minister Milan Jovic had no
    speaker, the Prime Minister named later counting as a second minister (a reviewer's)."""
    assert speakers(
        "Defence Minister Milan Jovic defended the plan in the chamber.",
        "“We have a duty to protect our citizens,” the minister told reporters later.",
        "Prime Minister Ana Markovic did not comment.",
    ) == [("We have a duty to protect our citizens", "Milan Jovic")]


def test_a_surname_with_two_particles_opening_a_sentence_is_its_person() -> None:
    """ "Van der Linden said ..." had been nobody, and "she said" after it unattributed
    (the sixth fresh set's Deutsche Welle article)."""
    assert speakers(
        "The team was led by marine biologist Friederike van der Linden of GEOMAR.",
        "Van der Linden said her team now plans to look at herring in the Baltic.",
        "“We will go on,” she said.",
    ) == [("We will go on", "Friederike van der Linden")]


def test_a_quotation_left_open_goes_on_with_its_namesake() -> None:
    """ "“... at home. / “A temporary limit ...,” El Idrissi said." had given the second
    paragraph to the other El Idrissi, named first (the sixth fresh set's Morocco World
    News article)."""
    paragraphs = [
        "“Now even the poor cannot buy them,” said Fatima Zahra El Idrissi, a fishmonger.",
        "Khalid El Idrissi, an economist in Rabat, said prices would rise.",
        "“Sardines are not a luxury product,” he said.",
        "“We export a large share of our catch while Moroccans pay double at home.",
        "“A temporary limit would protect consumers for a few weeks,” El Idrissi said.",
    ]
    texts = one_paragraph_each(*paragraphs)
    quoted = [(q.text, q.actor) for q in quotes_of(texts)]
    assert quoted[-1] == (
        "A temporary limit would protect consumers for a few weeks",
        "Khalid El Idrissi",
    )


def test_a_tag_closing_a_quotation_over_two_paragraphs_names_both() -> None:
    """The open first paragraph had gone to the general the paragraph before spoke of, its
    second to the police chief whose tag closes them (a reviewer's). Words that name the
    tagged speaker are not his ("“Sen. Bernie Sanders took the stage ...")."""
    paragraphs = [
        "Army chief Brigadier General Alusine Kamara said investigators were at work.",
        "“There are serious questions about who paid for the vehicles,” he told the BBC.",
        "“We have identified the men who planned this.",
        "“Several of them fled towards the border,” police Inspector-General Samuel Sesay"
        " said on Tuesday.",
    ]
    texts = one_paragraph_each(*paragraphs)
    assert [(q.text[:20], q.actor) for q in quotes_of(texts)] == [
        ("There are serious qu", "Alusine Kamara"),
        ("We have identified t", "Samuel Sesay"),
        ("Several of them fled", "Samuel Sesay"),
    ]


def test_a_stray_stop_after_a_closing_mark_keeps_the_mark() -> None:
    """ "... politics.”." had been cut to "... politics." (the "”." a wordless sentence),
    and the quotation read as left open into the next one's."""
    from brief.segment import split_sentences

    assert split_sentences("“We want better politics.”. “That changes things,” he said.") == [
        "“We want better politics.”.",
        "“That changes things,” he said.",
    ]


def test_a_bare_surname_right_after_its_namesake_spoke_goes_on_with_them() -> None:
    """ "“...,” the general said." then "“...,” Kamara said." had gone to the minister
    Fatmata Kamara, named first (a reviewer's); after "Tom told" the bare surname is the
    namesake the text calls by it."""
    paragraphs = [
        "Information Minister Fatmata Kamara said the situation was under control.",
        "Army chief Brigadier General Alusine Kamara said the plotters had been routed.",
        "“They came with stolen rifles,” the general said.",
        "“We will not hand this country back to the gun,” Kamara said.",
    ]
    texts = one_paragraph_each(*paragraphs)
    assert [q.actor for q in quotes_of(texts)] == ["Alusine Kamara", "Alusine Kamara"]


def test_a_bodys_spokesperson_before_said_speaks_for_it() -> None:
    """ "“...,” a State Department spokesman said" had been nobody's ("State" read as the
    verb "state"), and so had "an IMF spokesperson said" after the Fund was named in full
    (its gazetteer alias unknown to the quotes' index): a reviewer's probes."""
    assert speakers(
        "The State Department said it was following the count in Honduras closely.",
        "“Washington urges all parties to respect the results,” a State Department spokesman said.",
        "The International Monetary Fund welcomed Argentina's decision on Wednesday.",
        "“It is a step in the right direction,” an IMF spokesperson said in Washington.",
    ) == [
        ("Washington urges all parties to respect the results", "State Department"),
        ("It is a step in the right direction", "International Monetary Fund"),
    ]


def test_a_quote_the_next_paragraph_says_was_someones_is_theirs() -> None:
    """Free Malaysia Today's style puts the quote first, then "X said this at a press
    conference": the quote had gone to the refugee quoted in the paragraph before
    (fresh11). A sentence pointing back names its speaker; naming no one, or several,
    it leaves the quote unattributed, never the last speaker's."""
    paragraphs = [
        "Speaking through an interpreter, Nur Rahim said the boat had left with 170 people.",
        "“Our assets could not intercept the boat in time because it ran without lights.”",
        "The agency's zone director, Captain Azlan Osman, said this at a press conference.",
        "“The patrols will go on all week.”",
        "Minister Hana Teo and Captain Azlan Osman said this after the briefing.",
        "“We drank seawater for two days.”",
        "That was how Nur Rahim, 19, described the end of the voyage.",
    ]
    texts = one_paragraph_each(*paragraphs)
    assert [q.actor for q in quotes_of(texts)] == ["Azlan Osman", None, "Nur Rahim"]


@pytest.mark.parametrize(
    "after",
    [
        "That was the reading of Mina Sato, chief economist at a Tokyo broker.",
        "That was the verdict of Mina Sato, who had expected a cut.",
        "Such was the view of Mina Sato, a strategist.",
        "Those were the words of Mina Sato, the union's leader.",
        "That, at least, is the assessment of Mina Sato.",
        "So said Mina Sato, the union's leader.",
        "Mina Sato, the union's leader, put it that simply in an interview on Tuesday.",
        "Mina Sato said as much in an interview on Tuesday.",
    ],
)
def test_a_demonstrative_pointing_back_names_the_quotes_speaker(after: str) -> None:
    """A paragraph that is only a quote, then "That was the reading of X", "So said X" or
    "X put it that simply": the demonstrative stands for the quote and the sentence says
    whose it was, so it is not the last speaker's (fresh22)."""
    paragraphs = [
        "Finance Minister Kofi Mensah said: “We are ready for every outcome.”",
        "“The door to a cut is now wide open.”",
        after,
    ]
    texts = one_paragraph_each(*paragraphs)
    assert [q.actor for q in quotes_of(texts)] == ["Kofi Mensah", "Mina Sato"]


def test_a_demonstrative_naming_nobody_leaves_the_quote_unattributed() -> None:
    """ "That is the view of many traders": the quote is someone's the text does not name,
    never the last speaker's."""
    paragraphs = [
        "Finance Minister Kofi Mensah said: “We are ready for every outcome.”",
        "“The door to a cut is now wide open.”",
        "That is the view of many traders in the city.",
    ]
    texts = one_paragraph_each(*paragraphs)
    assert [q.actor for q in quotes_of(texts)] == ["Kofi Mensah", None]


@pytest.mark.parametrize(
    "after",
    [
        "Opposition leader Samuel Adjei said this week that talks would resume.",
        "Samuel Adjei told reporters this month the talks were over.",
        "Samuel Adjei said so far 12 people had been detained.",
        "That is what worries Samuel Adjei, a local farmer.",
    ],
)
def test_a_time_after_said_this_points_at_nothing(after: str) -> None:
    """ "said this week", "said so far", "That is what worries X": the words after the
    verb are a time or no saying at all, so the quote before goes on being the last
    speaker's (a reviewer's counter-examples)."""
    paragraphs = [
        "Defence Minister Kofi Mensah said: “We are ready for every outcome.”",
        "“We will not back down.”",
        after,
    ]
    texts = one_paragraph_each(*paragraphs)
    assert [q.actor for q in quotes_of(texts)] == ["Kofi Mensah", "Kofi Mensah"]


def test_an_aside_in_lower_case_between_a_speaker_and_the_verb_names_no_one() -> None:
    """ "X, speaking to reporters at a forum in Singapore, said": the words are X's, not
    the country's named last before the verb (r35)."""
    found = speakers(
        "China fired water cannon at the ships.",
        "Singapore's Foreign Minister Daniel Koh, speaking to reporters on the sidelines of a"
        ' forum in Singapore, said all parties should "exercise restraint and avoid'
        ' actions that could lead to miscalculation".',
    )
    assert [actor for _, actor in found] == ["Daniel Koh"]
    # an apposition in lower case that names someone still names them (review)
    found = speakers(
        "The party held a rally in Lahore.",
        "The party's leader, former prime minister Nawaz Sharif, told the rally: \"We will"
        ' not bow to anyone."',
    )
    assert [actor for _, actor in found] == ["Nawaz Sharif"]


def test_he_after_a_sentence_of_two_clauses_with_two_men_is_no_one() -> None:
    """ "President Lai met commanders, and Defence Minister Wu briefed lawmakers. “We are
    ready,” he said.": either man may be "he"; the president had been given the words."""
    found = speakers(
        "Taiwan's President Lai Chen-wei met military commanders, and Defence Minister Wu"
        " Tsung-han briefed lawmakers on the drills.",
        '"We are ready for anything the PLA does next," he said.',
        "Lai Chen-wei later visited a base in Hsinchu.",
    )
    assert "Lai Chen-wei" not in [actor for _, actor in found]
    # a man and a woman: "she" is hers (review)
    found = speakers(
        "Prime Minister Keir Starmer spoke to reporters, and Chancellor Rachel Reeves stood"
        " beside him.",
        '"We will fix the roads," she said.',
    )
    assert [actor for _, actor in found] == ["Rachel Reeves"]


def test_an_age_epithet_is_the_one_person_given_that_age() -> None:
    """ "the 58-year-old said" is the father the text gave that age, though his son spoke
    last (fresh13); nobody when no one named so far is given it."""
    quotes = quotes_of(
        sentences(
            "Héctor Muñoz Araya, 58, a retired firefighter, watched the ridge burn.",
            'His son Felipe Muñoz said the crews were tired. "We slept two hours," he said.',
            '"At four in the afternoon the fire was on the ridge," the 58-year-old said.',
            '"It was like a wall," the 61-year-old said.',
        )
    )
    assert [q.actor for q in quotes] == ["Felipe Muñoz", "Héctor Muñoz Araya", None]


def test_he_is_not_a_namesake_the_text_has_just_said_is_dead() -> None:
    """fresh16: "he said" after Reza Bahrami told of his dead brother went to the brother,
    whom a kinship noun showed to be a man while "Reza" may be either."""
    texts = (
        "Reza Tavakoli, a miner whose younger brother, Ali-Asghar Tavakoli, 34, was among the"
        " dead, told reporters that the workers had complained for months.",
        '"The sensors were always showing green," he said.',
    )
    assert speakers(*texts) == [("The sensors were always showing green", "Reza Tavakoli")]
    # not "miner whose younger brother": the relation, to its owner
    assert people(*texts)["Ali-Asghar Tavakoli"] == "younger brother of Reza Tavakoli"


def test_whose_husband_makes_her_a_woman_and_a_person() -> None:
    """fresh16: "Yeni Cotrina, whose husband, ..., said he had worked" had made her no
    person, and a man by the "he" after her "said"; her "she told" went to the governor."""
    texts = (
        "The regional governor, Rosa Alvarado Mena, said the emergency had not stopped it.",
        "Yeni Cotrina, whose husband, Wilmer Sanchez, 31, was among the dead, said he had"
        " worked in the tunnel for only two weeks.",
        '"He went up there to earn money for our daughter\'s school," she told a radio station.',
    )
    assert speakers(*texts)[-1] == (
        "He went up there to earn money for our daughter's school",
        "Yeni Cotrina",
    )


def test_a_dead_subject_leaves_the_next_he_unsettled_not_someone_earlier() -> None:
    """A review's probe (rv37): skipping the dead subject had given an obituary's "he said
    in a 2015 interview" to the president named before him."""
    texts = (
        "President Mark Hollis paid tribute on Monday.",
        "Former president Jimmy Cardew died on Sunday at 100.",
        '"I have lived a full life," he said in a 2015 interview.',
    )
    assert speakers(*texts) == [("I have lived a full life", None)]


def test_whose_wife_makes_him_a_man() -> None:
    texts = (
        "Sen. Mary Ndlovu said the bridge would be rebuilt.",
        "Lindiwe Mokoena, whose wife, Grace, was among the injured, said she had called him.",
        '"The water came so fast," he said.',
    )
    assert speakers(*texts)[-1] == ("The water came so fast", "Lindiwe Mokoena")


def test_a_state_after_a_preposition_in_the_subject_is_not_the_speaker() -> None:
    """ "Soldiers in Mali said", "Residents of Lebanon said": the state is where they are or
    whom they belong to, not who spoke; the head is a description, so no actor speaks.
    (The state before the verb, "Mali said", still speaks.)"""
    for subject in ("Soldiers in Mali", "Residents of Lebanon", "A spokesman for Mali"):
        said = speakers(f'{subject} said on Monday they had taken "total control" of the town.')
        assert all(actor not in {"Mali", "Lebanon"} for _, actor in said), said
    assert speakers('Mali said on Monday it had taken "total control" of the town.') == [
        ("total control", "Mali")
    ]


def test_an_office_the_text_abbreviates_is_no_body_that_speaks() -> None:
    """ "The Municipal Chief Executive (MCE) ..., Mr Kwame Asante, ... The MCE said ...":
    a person's noun after a title's head is an office too, so "the MCE" is no speaking
    organisation (Graphic Online's style: fresh17)."""
    said = speakers(
        "The Municipal Chief Executive (MCE) for Abuakwa South, Mr Kwame Asante, visited"
        " the site on Sunday.",
        'The MCE said the assembly would backfill the pits "before the next rains."',
    )
    assert all(actor != "Municipal Chief Executive" for _, actor in said), said


def test_the_writing_a_speaker_put_words_in_speaks_for_its_writer() -> None:
    """ "X said in a note that ..." then "“...,” the note said": the note is X's. Not a
    statement read out for another ("on his behalf"), whose author the reader does not
    settle: the one "his" stands for does, when the story has named him before."""
    assert speakers(
        "The club's lawyer, Dana Whitlock, said in a letter that the fine was unfair.",
        '"We will appeal this decision at every level," the letter said.',
    ) == [("We will appeal this decision at every level", "Dana Whitlock")]
    assert speakers(
        "His lawyer, Dana Whitlock, read out a statement on his behalf.",
        '"We will appeal this decision at every level," the statement said.',
    ) == [("We will appeal this decision at every level", None)]
    assert speakers(
        "Winger Tomasz Wrona did not attend the hearing on Monday.",
        "His lawyer, Dana Whitlock, read out a statement on his behalf.",
        '"I have never taken anything banned," the statement said.',
    ) == [("I have never taken anything banned", "Tomasz Wrona")]


def test_a_question_asked_leads_in_no_answer_of_the_asker() -> None:
    """ "Counsel X asked whether ...": the words quoted next answer the question, and are
    never the asker's; a request ("asked her to stop") leads in as any sentence does."""
    quotes = quotes_of(
        sentences(
            "Counsel Maren Holt asked whether the officer had waited for backup.",
            '"Backup was two minutes out," he replied.',
        )
    )
    assert [q.actor for q in quotes] == [None]


def test_a_name_inside_a_whose_clause_is_not_the_sentence_subject() -> None:
    """ "Marie Colin, whose mother, Jeanne Dubois, died at the home, told the paper ...":
    the mother is named inside the daughter's relative clause; "she" who speaks next is
    the daughter."""
    assert speakers(
        "Marie Colin, whose mother, Jeanne Dubois, died at the home in 2024, told the paper"
        " that the family had been misled.",
        "“We trusted them with her care,” she said.",
    ) == [("We trusted them with her care", "Marie Colin")]


def test_a_name_apposed_to_a_prepositions_object_is_no_subject() -> None:
    """ "The team was joined by an analyst from the security service, Robin Dahl.": Dahl
    is the object's apposition, never the "she" who speaks next."""
    said = speakers(
        "Ingrid Lund, head of operations at the coast guard, said a patrol reached the ship.",
        "Her team was joined by an analyst from the security service (SSS), Robin Dahl.",
        "“The captain let us on board without any objection,” she said.",
    )
    assert said[-1][1] != "Robin Dahl"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The ministry, in a statement signed by its Director of Public Relations, Mr."
            " Bayo Adeyemi, said the shops were demolished",
            "The ministry",
        ),
        (
            "Senator Ann Lee, in a letter to the committee's chairman, John Roe, said she",
            "Senator Ann Lee",
        ),
        ("Its chairman, Stephen Faloon-Reid, said the plan", "Stephen Faloon-Reid"),
        (
            "A statement from him, read into the record by his spokesperson, Priya Nandakumar,"
            " said he would",
            "A statement from him",
        ),
        (
            "Traders moved to a new site, where a trader, Mr. Yusuf Adigun, said there",
            "Mr. Yusuf Adigun",
        ),
        (
            "The Ministry of Physical Planning and Urban Development said the shops",
            "The Ministry of Physical Planning and Urban Development",
        ),
        ("Secretary of State John Kerry and Sergei Lavrov said the talks", ""),
        ("The CMF and the LCF said the talks", ""),
    ],
)
def test_an_aside_a_preposition_opens_and_a_bodys_and_leave_the_subject(
    text: str, subject: str
) -> None:
    """ "The ministry, in a statement signed by its director, Mr X, said", "A statement
    from him, read into the record by his spokesperson, Y, said": the name is apposed to
    a preposition's object inside the aside, not to the subject (a relative clause's
    subject, "where a trader, Mr X,", is no such object); and "and" inside a body's "of"
    phrase joins two words of one name, not two speakers (fresh23)."""
    assert " ".join(speech_verb_subject(word_re().findall(text)) or []) == subject


def test_a_bodys_statement_signed_by_its_officer_is_the_bodys() -> None:
    found = speakers(
        "The Ministry of Physical Planning and Urban Development ordered the demolition.",
        "The Ministry of Physical Planning and Urban Development, in a statement signed by"
        " its Director of Public Relations, Mr. Bayo Adeyemi, said traders had been served"
        ' notices "since the start of January."',
    )
    assert found == [
        ("since the start of January.", "Ministry of Physical Planning and Urban Development")
    ]


def test_an_aside_of_examples_before_an_inverted_tag_is_no_adverbial() -> None:
    """ "Some design crimes, such as splash screens that ... they are trying to visit, ...
    have almost disappeared, said Dr Nielsen": no role ends that aside, so it is no
    adverbial that hides the subject, and his next "he told" stays his (BBC tech)."""
    found = speakers(
        "Usability guru Dr Jakob Nielsen has looked back at a decade of work.",
        "Some design crimes, such as splash screens that get between a user and the site"
        " they are trying to visit, and web designers indulging their artistic urges have"
        " almost disappeared, said Dr Nielsen.",
        "“But there's great stability on usability concerns,” he told the BBC News website.",
    )
    assert found == [("But there's great stability on usability concerns", "Jakob Nielsen")]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The Chief Executive of the Lakeland River Basin Authority (LRBA), Tomas Vell,"
            " said in a statement:",
            "Tomas Vell",
        ),
        (
            "The province's Minister for Housing and Public Works, Odile Serrat, said:",
            "Odile Serrat",
        ),
        ("Marta Quell, 44, a mother of three from the valley, told aid workers:", "Marta Quell"),
    ],
)
def test_an_office_with_and_or_initials_and_an_age_leave_the_apposed_name(
    text: str, subject: str
) -> None:
    """An office's name may hold "and" or its body's initials in brackets, and an age may
    stand between the name and a second apposition: the name set off after the office,
    or before the age, is who speaks, not the office's last words nor the age (fresh26)."""
    assert " ".join(speech_verb_subject(word_re().findall(text)) or []) == subject


def test_a_colon_quote_after_a_long_office_is_the_apposed_holders() -> None:
    found = speakers(
        "The Director of Relief and Rehabilitation, Odile Serrat, said:"
        " “Every shelter will register families by Friday.”",
    )
    assert found == [("Every shelter will register families by Friday.", "Odile Serrat")]


def test_a_clause_of_what_will_be_said_leaves_the_quote_to_its_tag() -> None:
    said = speakers(
        "Norland will answer the new tariffs with measures that will be “felt by every"
        " exporter,” Trade Minister Oskar Lindqvist-Berg said Tuesday."
    )
    assert said == [("felt by every exporter", "Oskar Lindqvist-Berg")]


def test_a_description_with_a_particle_name_apposed_is_that_person() -> None:
    said = speakers(
        "Tamsin Orrell, the regional head of delegation, spoke first.",
        "The head of the opposition delegation, Deputy Speaker Faisal Hamid al-Nouri, said"
        " talks had been “difficult.” “We gave ground on the prisoners,” he said.",
    )
    assert said[-1] == ("We gave ground on the prisoners", "Faisal Hamid al-Nouri")


def test_a_title_whose_object_joins_two_nouns_leaves_its_holder_the_subject() -> None:
    said = speakers(
        "“The dykes will hold,” said Petra Swaan, the district's engineer.",
        "Minister of Water and Transport Joris Vandermeulen ordered the locks shut."
        " “We cannot take any risk tonight,” he said.",
    )
    assert said[-1] == ("We cannot take any risk tonight", "Joris Vandermeulen")


def test_a_lone_quote_is_the_one_the_next_paragraph_says_it_came_from() -> None:
    said = quotes_of(
        one_paragraph_each(
            "“The rates matter less than the mood,” said Ilse Varnhagen, a banker.",
            "“Every cut buys a month. Nobody believes it buys a year.”",
            "That was Tomasz Wierzbicki, a fund manager in Warsaw, speaking by phone.",
            "“The markets have moved on.”",
            "The remark came from Odile Marchetti, a strategist in Milan.",
        )
    )
    assert [(q.text, q.actor) for q in said] == [
        ("The rates matter less than the mood", "Ilse Varnhagen"),
        ("Every cut buys a month. Nobody believes it buys a year.", "Tomasz Wierzbicki"),
        ("The markets have moved on.", "Odile Marchetti"),
    ]


def test_the_elect_of_an_office_is_the_one_just_elected_to_it() -> None:
    said = speakers(
        "Senator Ilona Varga-Reyes of Aragon, until now the bloc's envoy in Vienna, was"
        " elected Vice Chairperson after two rounds. Varga-Reyes, 51, is the first woman"
        " in the post.",
        "“This is a duty, not a prize,” the Vice Chairperson-elect told reporters.",
    )
    assert said == [("This is a duty, not a prize", "Ilona Varga-Reyes")]


def test_a_wires_list_of_developments_after_dashes_gives_no_quote() -> None:
    """An agency's roundup lists the day's developments after dashes, each told in the
    reporter's words and tagged in the past: no one's quote (review: "Turkey offered to
    host a new round of talks" had become the foreign minister's words)."""
    paragraphs = [
        "Here are the latest developments:",
        "— Portland's port reopened two berths after the storm, the harbour master said.",
        "— The ferry operator offered refunds to all passengers, its chief executive Dana"
        " Holt said.",
        "— We will not reopen the bridge before Friday, the county engineer said.",
    ]
    quoted = [q.text for q in quotes_of(one_paragraph_each(*paragraphs))]
    assert quoted == ["We will not reopen the bridge before Friday"]


def test_a_paragraph_opened_by_a_dash_and_closed_by_a_speech_tag_is_a_quote() -> None:
    """Continental papers print speech without quotation marks: "– ..., says X." is X's
    quote; a paragraph that opens with a dash and has no tag (a list's item, a wire's
    credit line) is none, and "to <outlet>" after the tag's name is not part of the name."""
    paragraphs = [
        "The ferry to Fedje was cancelled on Monday after a fault in the steering.",
        "– The rudder stopped answering halfway across. We turned back at once, says"
        " skipper Torunn Aasvik Lie to the local paper.",
        "– No sailings before the part arrives from Bergen",
        "– I was late for work, but I would rather be late than in the fjord, says"
        " commuter Henrik Brattebø.",
        "– It will take a week, Aasvik Lie says.",
        "— Reporting by Ola Nordmann in Bergen, writing by Kari Holm",
    ]
    quoted = [(q.text, q.actor) for q in quotes_of(one_paragraph_each(*paragraphs))]
    assert quoted == [
        (
            "The rudder stopped answering halfway across. We turned back at once",
            "Torunn Aasvik Lie",
        ),
        (
            "I was late for work, but I would rather be late than in the fjord",
            "Henrik Brattebø",
        ),
        ("It will take a week", "Torunn Aasvik Lie"),
    ]
    assert Paragraph.of(sentences(paragraphs[-1])).found == []


def test_the_french_bars_style_in_full_is_no_word_of_the_speakers_name() -> None:
    """ "his lawyer, Maître Claire Dubois, told the paper": the quote is Claire Dubois's,
    the style dropped as "Me" is, with or without its accent."""
    for style in ("Maître", "Maitre"):
        found = speakers(
            f'"He was misled," his lawyer, {style} Claire Dubois, told the paper.',
        )
        assert found == [("He was misled", "Claire Dubois")]


def test_a_quote_after_a_sentence_fronted_by_the_question_put_is_its_subject_s_answer() -> None:
    """ "Asked whether the alarm had worked, she shook her head. “...”": the one asked is
    the fronted clause's subject, and the quote after it is her answer ("When asked about
    ..., Costa paused" too)."""
    found = [
        (q.text, q.actor)
        for q in quotes_of(
            [
                Sentence(text, 1, n, paragraph)
                for n, (text, paragraph) in enumerate(
                    [
                        ("Mayor Ana Ribeiro said the town had been warned.", 0),
                        ("Asked whether the alarm had worked, she shook her head.", 0),
                        ('"Nobody heard anything that night."', 0),
                        ("Engineer Paulo Costa inspected the wall.", 1),
                        ("When asked about the cracks, Costa paused.", 1),
                        ('"They were all in the report."', 1),
                    ],
                    1,
                )
            ]
        )
    ]
    assert found == [
        ("Nobody heard anything that night.", "Ana Ribeiro"),
        ("They were all in the report.", "Paulo Costa"),
    ]


def test_a_relation_of_someones_named_in_apposition_speaks() -> None:
    """ "Her successor, X, promises that “...”": a possessive and a noun of any relation,
    then a name in apposition, name the subject, as a noun of office does; "Our
    correspondent, X," is the outlet's own voice and names no speaker."""
    found = speakers(
        "Nadia Holm resigned as transport minister on Friday.",
        "Her successor, Piet Arendsen, promises that “the trains will run on time”.",
        "His deputy, Lotte Varga, said: “We start with the northern line.”",
    )
    assert found == [
        ("the trains will run on time", "Piet Arendsen"),
        ("We start with the northern line.", "Lotte Varga"),
    ]


def test_a_verb_with_back_right_before_a_quote_is_a_retort() -> None:
    """ "X shot back: “...”", "X fired back that “...”": a verb and the particle "back"
    that the quote follows at once answer someone in words; "came back" says where
    someone went, not what they said."""
    found = speakers(
        "Mayor Ines Dorr criticised the port authority on Monday.",
        "Karel Wendt shot back: “The mayor has never read our report.”",
        "Dorr fired back that “the report is three years late”.",
        "Wendt later came back, “a long day in the harbour”.",
    )
    assert found[:2] == [
        ("The mayor has never read our report.", "Karel Wendt"),
        ("the report is three years late", "Ines Dorr"),
    ]
    assert ("a long day in the harbour", "Karel Wendt") not in found


def test_a_body_called_by_its_capitalised_head_noun_speaks() -> None:
    """House style may write a named body's short form with a capital ("the Tribunal"
    after "the Fair Rents Tribunal"): it is that body, as "the tribunal" is."""
    found = speakers(
        "The Fair Rents Tribunal said on Monday that the landlord had misled tenants.",
        "The Tribunal observed that “the rent rises were never explained”.",
    )
    assert found == [("the rent rises were never explained", "Fair Rents Tribunal")]


def test_the_outlets_own_reporter_is_no_speaker_of_the_news() -> None:
    """ "My colleague X reports that ...", "our correspondent X": the newsletter's own
    staff report the news and are no actor of it; the one who speaks of "my colleague"
    inside a quote is."""
    sents = sentences(
        "Floods closed the Tarn valley road on Monday.",
        "My colleague Ruth Ambler reports that “the road will stay shut for a week”.",
        "“The water is still rising,” says our correspondent Sam Oduya.",
        "“My colleague Tomas Brink has the figures,” said councillor Vera Holt.",
    )
    people = {a.name for a in find_actors(sents) if a.kind == "person"}
    assert "Ruth Ambler" not in people and "Sam Oduya" not in people
    assert "Vera Holt" in people
    found = [(q.text, q.actor) for q in quotes_of(sents)]
    assert ("the road will stay shut for a week", None) in found
    assert ("The water is still rising", None) in found


def test_a_bare_surname_stays_with_the_one_the_story_called_by_it() -> None:
    """fresh38: "Lin said" of a spokeswoman went to her namesake, a ship's master whom
    the sentence before brought in only to say he had not spoken publicly."""
    texts = (
        "Ministry spokeswoman Mei Tan told reporters the cargo was being checked.",
        '"The crew is safe," Tan said.',
        "The ship's captain, Jun Tan, who is no relation, has not spoken publicly since.",
        'Asked about the delay, Tan said: "We expect the checks to end this week."',
        "She was also asked about the port fees.",
        '"We will pay what the rules require, and no more than that," Tan said.',
    )
    assert [actor for _, actor in speakers(*texts)] == ["Mei Tan"] * 3


@pytest.mark.parametrize(
    "lead_in",
    [
        "Oyelaran to reporters:",
        "Oyelaran, in a statement on Friday:",
        "The commissioner, at a news conference:",
        "Her reply:",
        "Oyelaran’s answer:",
    ],
)
def test_a_colon_with_no_speech_verb_after_the_one_named_is_theirs(lead_in: str) -> None:
    """A verb left out before a colon ("Oyelaran to reporters:", "Her reply:") leaves the
    one who speaks: the words of an attribution's setting, or a possessive and a noun of
    what was said, stand where the verb would."""
    found = speakers(
        "Water Commissioner Adaeze Oyelaran toured the flooded wards on Thursday.",
        f"{lead_in} “The pumps will run through the night.”",
    )
    assert found == [("The pumps will run through the night.", "Adaeze Oyelaran")]


@pytest.mark.parametrize(
    "lead_in", ["Oyelaran in Lagos:", "The message to residents:", "Anger at Oyelaran:"]
)
def test_a_colon_after_words_of_no_setting_names_no_speaker(lead_in: str) -> None:
    found = speakers(
        "Water Commissioner Adaeze Oyelaran toured the flooded wards on Thursday.",
        f"{lead_in} “The pumps will run through the night.”",
    )
    assert found == [("The pumps will run through the night.", None)]


def test_a_demand_made_in_the_quoted_words_is_the_callers() -> None:
    # "calls on X to do Y", "called for Z": a demand is made in words, and a quote that
    # completes it gives them; a visit ("called on the family at home") reports none
    quotes = quotes_of(
        sentences(
            'Harbour Board Chair Lise Ormond calls on "every shipping line to honour the new'
            ' speed limits in the estuary".',
            'Fleet captain Oskar Lind called on the crews to "keep the lifeboats manned all'
            ' winter".',
            'Coach Rui Damasceno called for "a full review of the refereeing at the cup final".',
            "Rui Damasceno called on the injured keeper's family at home, where \"the mood was"
            ' calm and the talk was all of football".',
        )
    )
    assert [q.actor for q in quotes] == ["Lise Ormond", "Oskar Lind", "Rui Damasceno", None]


def test_a_capitalised_title_no_one_named_holds_speaks_as_written() -> None:
    """r68 F18: "“...,” the Head of State said" in a state agency's copy that names the
    office only: the speaker is the title as the text gives it, with no actor."""
    quotes = quotes_of(
        sentences(
            "The Chief Justice opened the new court building in Oruvale on Monday.",
            '"No citizen should travel two days to be heard," the Chief Justice said.',
            '"The doors are open to every litigant," said the Chief Justice on Tuesday.',
        )
    )
    assert [(q.speaker, q.actor) for q in quotes] == [
        ("the Chief Justice", None),
        ("the Chief Justice", None),
    ]


def test_a_title_someone_named_holds_is_left_to_the_resolver() -> None:
    """A title the story gives a named person is theirs or undecided, never the title;
    a title joined to another is two speakers, neither settled."""
    quotes = quotes_of(
        sentences(
            "Governor Ama Boateng and Deputy Governor Kofi Aidoo met the traders.",
            '"We will reopen the market by Friday," the Governor said.',
        )
    )
    assert [q.speaker for q in quotes] != ["the Governor"]
    quotes = quotes_of(
        sentences('"The roads will reopen," the Governor and the Mayor said on Friday.')
    )
    assert [q.actor for q in quotes] == [None] and quotes[0].speaker is None


def test_a_grades_name_in_quote_marks_is_no_quote() -> None:
    """A warning level's name quoted after its designation ("Level 2, “...”") is the
    scale's wording, no one's words (r71 F10); the dam manager's words stay."""
    told = [
        Sentence(t, 1, n, n - 1)
        for n, t in enumerate(
            [
                'The agency raised the flood warning for the delta to Level 3, "Prepare to'
                ' leave", on Monday.',
                'The warning for the coast remains at Level 2, "Stay alert to rising water".',
                '"We will open the gates at noon," said Mira Osei, the dam manager.',
            ],
            1,
        )
    ]
    found = find_quotes(told, find_actors(told))
    assert [(q.text, q.speaker) for q in found] == [("We will open the gates at noon", "Mira Osei")]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a road's number run into the speaker's sentence
        (
            'Tom Reyes said the crew had driven the ore down Route 9 "in a borrowed truck, at'
            ' night."',
            "in a borrowed truck, at night.",
        ),
        # a station's name before the colon that opens what was said
        (
            'Tom Reyes told Radio 5: "We will reopen the shaft on Monday."',
            "We will reopen the shaft on Monday.",
        ),
    ],
)
def test_a_number_before_quoted_words_is_no_grade(text: str, quote: str) -> None:
    """Only a designation's comma sets a grade's name in apposition ("Level 2, “...”")."""
    told = [Sentence(text, 1, 1, 0)]
    found = find_quotes(told, find_actors(told))
    assert [(q.text, q.speaker) for q in found] == [(quote, "Tom Reyes")]


def test_who_after_a_named_spokesman_is_the_spokesman_not_his_ministry() -> None:
    """A relative "who" after "Name, a spokesman for Y's ministry," stands for the person
    the description is apposed to, not for the body its preposition names: fresh29's
    named spokesman had lost his words to the ministry once the ministry was named with
    its owner (r72 F8)."""
    found = speakers(
        "Dr Lind is not related to Per Lindqvist, a spokesman for Norway's Ministry of"
        ' Fisheries, who confirmed on Monday that inspectors had made "separate checks"'
        " on the trawlers."
    )
    assert found == [("separate checks", "Per Lindqvist")]
