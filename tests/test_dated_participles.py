"""A day in a participle on the subject dates that participle, not the main verb after
it. Every text here is invented."""

from __future__ import annotations


def test_a_day_in_a_participle_before_a_present_tense_dates_the_participle() -> None:
    """'The levy agreed in Harwick on Tuesday follows a pattern ...': Tuesday is the
    agreeing's, not the main verb's (r74 F7); a verb of saying right before the day is
    still the clause's own ('announced on Tuesday plans to ...')."""
    from brief.extract.figures.dated_events.clauses import in_subject_participle

    def at_day(sentence: str) -> bool:
        return in_subject_participle(sentence, sentence.index("Tuesday"))

    assert at_day("The levy agreed in Harwick on Tuesday follows a pattern the council knows.")
    assert at_day("The levy announced in Harwick on Tuesday follows a pattern the council knows.")
    assert at_day("A ferry held at Harwick on Tuesday remains in the harbour, the port said.")
    assert not at_day("The council announced on Tuesday plans to raise the levy.")
    assert not at_day("The council announced on Tuesday talks with the operators.")
    assert not at_day("The council met on Tuesday and agreed the levy.")
