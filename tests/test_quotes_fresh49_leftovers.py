"""What fresh49 left over, by how English marks it: a speaker asked or told something in
a clause cut short ("X, when asked about ...:") answers, and is the one who speaks; a
title in quotation marks the sentence calls a work, or a place set off by a
settlement's noun, is no one, though a given name opens it; a work's own
words are its writer's where the text names the writer; a news site that posts speaks
as a body. Invented sentences of other settings only."""

from __future__ import annotations

from brief.extract.actors import find_actors
from tests.extract_helpers import people_roles, quotes_of, sentences, speakers


def test_a_speaker_asked_in_a_clause_cut_short_before_a_colon_answers() -> None:
    """ "when asked", "if pressed", "unless told" and a participle set off right after the
    name ("Lie, asked about ...:") are passives without their subject: the name before
    them was asked, and the quote after the colon is the answer."""
    for head in (
        "Harbour master Knut Lie, when asked about the new quotas:",
        "Harbour master Knut Lie, when asked by a reporter about the new quotas:",
        "Harbour master Knut Lie, asked about the new quotas:",
        "Harbour master Knut Lie, when told of the new quotas:",
    ):
        said = speakers(
            "Trawler crews met in Bodø on Monday.", f"{head} “We were never consulted.”"
        )
        assert said == [("We were never consulted.", "Knut Lie")], head


def test_a_verb_of_asking_in_a_clause_cut_short_reports_none_of_the_words() -> None:
    """ "Ola Berg said that, when asked, he had ...": the speaker is the one who said; and
    the asker of an active "asked" still speaks his own question."""
    assert speakers(
        "Coach Ola Berg said that, when asked, he had given “every answer I had”.",
    ) == [("every answer I had", "Ola Berg")]
    assert speakers(
        "Trawler crews met in Bodø on Monday.",
        "Eva Sand asked Knut Lie about the quotas: “Why were you silent?”",
    ) == [("Why were you silent?", "Eva Sand")]
    assert speakers(
        "Knut Lie, the harbour master, asked about the quotas: “Who decided this?”",
    ) == [("Who decided this?", "Knut Lie")]


def test_a_title_in_quotation_marks_the_sentence_calls_a_work_is_no_one() -> None:
    """ "the album “Grace Hill”", "“Deep Harbour,” a documentary about ...": a run that
    fills quotation marks with a work's noun before them or a work's apposition after is
    a title, as it is unquoted, whatever dictionary of given names holds its first word;
    a name given as such ("known as “Anna Berg”") or quoted as a string stays a
    person's."""
    people = people_roles(
        "The regional film festival in Tromsø opened with “Deep Harbour,” a documentary "
        "about a fishing town.",
        "“Deep Harbour is about my father,” said director Mia Holm.",
        "Her album “Grace Hill” was recorded in a chapel outside Bergen.",
    )
    assert set(people) == {"Mia Holm"}
    people = people_roles(
        "The night nurse, who asked to be identified only as “Anna Berg,” said the ward "
        "was short of staff.",
    )
    assert set(people) == {"Anna Berg"}
    assert set(people_roles("Viewers searched online for “Anna Berg” after the broadcast.")) == {
        "Anna Berg"
    }


def test_a_place_apposed_to_a_settlements_noun_is_no_one_though_a_given_name_opens_it() -> None:
    """ "Deep Harbour, a fishing village north of Bergen": an apposition a settlement's
    noun heads (a preposition or a compass point after it) makes the run a place's;
    "Anna Berg, a village elder" is still a person, the person's noun the apposition's
    head."""
    assert people_roles(
        "The festival moved to Deep Harbour, a fishing village north of Bergen.",
        "Organiser Mia Holm said the old venue had flooded.",
    ).keys() == {"Mia Holm"}
    assert people_roles(
        "Anna Berg, a village elder, said the road had been closed since Friday.",
    ).keys() == {"Anna Berg"}


def test_a_works_own_words_are_its_writers_where_the_text_names_the_writer() -> None:
    """ "The novel begins: “...”" after "Karin Dahl, whose 2015 novel ...": a work's words
    are its writer's, whoever speaks them in it; the writer is the one the text says
    wrote it ("X, whose novel", "X's memoir", "the novel ... by X", "Her book begins:")."""
    opening = "“Nobody in our village owned a clock, and nobody needed one.”"
    line = opening.strip("“”")
    assert speakers(
        "Karin Dahl, whose 2015 novel “Salt Fields” won the Nordic prize, sued the app "
        "maker on Monday.",
        "The suit sets the two texts side by side.",
        f"The novel begins: {opening}",
    ) == [(line, "Karin Dahl")]
    assert speakers(
        "Pia Moreau's memoir Bread Year was pulped on Friday after the court ruling.",
        "The memoir opens: “My father sold the farm twice, once to a bank and once to God.”",
    ) == [("My father sold the farm twice, once to a bank and once to God.", "Pia Moreau")]
    assert speakers(
        "The prize went to the novel “Salt Fields” by Karin Dahl.", f"The novel ends: {opening}"
    ) == [(line, "Karin Dahl")]
    assert speakers(
        "Karin Dahl read from her new book in Bergen.", f"Her book begins: {opening}"
    ) == [(line, "Karin Dahl")]


def test_a_work_whose_writer_the_text_does_not_give_is_no_ones() -> None:
    """A work the text brings in without its writer, one two people wrote, or a filing
    ("The complaint reads:") gives its words to no one."""
    opening = "“Nobody in our village owned a clock, and nobody needed one.”"
    line = opening.strip("“”")
    assert speakers(
        "Critics in Oslo praised a novel about the war in the north.",
        f"The novel begins: {opening}",
    ) == [(line, None)]
    assert speakers(
        "Karin Dahl and Ola Berg wrote the book together in a cabin near Alta.",
        f"The book begins: {opening}",
    ) == [(line, None)]
    assert speakers(
        "Karin Dahl's lawyers filed the complaint in Oslo.",
        "The complaint reads: “The defendant copied the book nearly word for word.”",
    ) == [("The defendant copied the book nearly word for word.", None)]


def test_a_news_site_that_posts_speaks_as_a_body() -> None:
    """ "her news site Kazlenta" (a medium's noun after "news", as "website" is) and
    "Kazlenta, which ..., said ... its" ("which" is said of a thing, and "its" goes on
    from it past the relative clause) show a body; "“...,” the post said" after "Kazlenta
    said in a post" is the body's."""
    texts = sentences(
        "Her news site Kazlenta published the ministry's contracts in March.",
        "Kazlenta, which publishes from servers in Vilnius, said in a post on Facebook that "
        "its next report would appear on Friday.",
        "“Our reporters are safe. Our archive is not,” the post said.",
    )
    assert [(a.kind, a.name) for a in find_actors(texts)] == [("organisation", "Kazlenta")]
    assert [(q.text, q.actor) for q in quotes_of(texts)] == [
        ("Our reporters are safe. Our archive is not", "Kazlenta")
    ]
