"""What fresh49 left over, by how English marks it: a speaker asked or told something in
a clause cut short ("X, when asked about ...:") answers, and is the one who speaks; a
title alone in quotation marks is no one, though a given name opens it; a work's own
words are its writer's where the text names the writer; a news site that posts speaks
as a body. Invented sentences of other settings only."""

from __future__ import annotations

from tests.extract_helpers import speakers


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
