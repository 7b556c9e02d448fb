"""An interview printed as questions and answers with no labels: each answer paragraph is
the interviewee's quote, each question no one's; prose that asks rhetorical questions
quotes no one. Invented articles only."""

from __future__ import annotations

from pathlib import Path

from tests.test_quotes_transcripts import article

INTERVIEW = """Q&A: 'A port is only as good as its cranes'

Ferry crossings to the islands fell by a third last winter, and the harbour workers' union \
says the port is short of 40 staff.

The port's new director, Ingrid Solberg-Haugen, who ran the container terminal in Tromsø for \
six years, talked to The Harbour Gazette in Bergen.

The union says you are cutting jobs while the port makes a profit. Is it right?

No. We have hired twelve people since March, and I will hire more when the cranes arrive.

What about the ferries? Crossings fell by a third last winter.

The weather closed the sound for nine days. I cannot move the weather.

When will the new cranes arrive?

In May, if the yard in Gdansk keeps its word. Last week a welder there told me, "We are two \
weeks late, not two months." I believe him. Why would he lie to me?

Will you raise the harbour fees?

Not this year. We will look at them again in the autumn.

This interview has been edited for length.
"""


def test_each_answer_is_the_interviewee_s_and_no_question_is_a_quote(tmp_path: Path) -> None:
    """The paragraph before the first question brings the interviewee in; an answer ending
    in a question stands between two questions; an answer may quote what someone told
    the interviewee; the editor's note after the last answer is no one's."""
    said = article(tmp_path, INTERVIEW)
    director = "Ingrid Solberg-Haugen"
    assert said == [
        (
            "No. We have hired twelve people since March, and I will hire more when the "
            "cranes arrive.",
            director,
        ),
        ("The weather closed the sound for nine days. I cannot move the weather.", director),
        (
            "In May, if the yard in Gdansk keeps its word. Last week a welder there told me, "
            '"We are two weeks late, not two months." I believe him. Why would he lie to me?',
            director,
        ),
        ("Not this year. We will look at them again in the autumn.", director),
    ]


RHETORICAL = """Why the bridge still is not built

The Karasu bridge was promised in 2019. Seven years later, the river is still crossed by a \
ferry that runs twice a day.

So what went wrong?

The answer lies in the tender. Three firms bid, and the cheapest went bankrupt within a year.

And who pays for the delay?

The villagers do. A sack of flour costs a fifth more on the east bank than on the west.
"""


def test_rhetorical_questions_in_a_feature_quote_no_one(tmp_path: Path) -> None:
    """Questions and the paragraphs after them alternate, but no paragraph brings in
    anyone to be interviewed: the writer asks and answers."""
    assert article(tmp_path, RHETORICAL) == []


def test_reported_speech_before_rhetorical_questions_brings_in_no_interview(
    tmp_path: Path,
) -> None:
    """ "told the agency the tender was flawed" reports what was said: it brings no one in to
    answer what follows."""
    text = RHETORICAL.replace(
        "ferry that runs twice a day.",
        "ferry that runs twice a day. The mayor, Selim Arikan-Dogru, told Anadolu the tender "
        "was flawed.",
    )
    assert [speaker for _, speaker in article(tmp_path, text)] == []


def test_the_reporter_s_narration_after_a_question_is_no_answer(tmp_path: Path) -> None:
    """A paragraph that names the interviewee, or says "she said" without the speaker's
    own "I" or "we", is the reporter's: it ends the answers."""
    text = INTERVIEW.replace(
        "The weather closed the sound for nine days. I cannot move the weather.",
        "Solberg-Haugen blamed the weather, which closed the sound for nine days.",
    ).replace(
        "Not this year. We will look at them again in the autumn.",
        "Not this year, she said, and the board agreed.",
    )
    said = [text for text, _ in article(tmp_path, text)]
    assert not any("weather" in quote or "board" in quote for quote in said)
    assert said[0].startswith("No. We have hired")


NAMESAKES = """Q&A: 'The harbour is not for sale'

Mayor Ana Lucía Pereira Souto, who took office in May, talked to The Coast Weekly in her office.

Your predecessor, Mayor Souto Pereira, wanted to sell the old harbour. Will you?

No. Joaquín Souto Pereira and I share two names and nothing else, and the harbour stays ours.

And the fishermen's sheds?

We will repair them this winter, with money the province has already promised us.
"""


def test_an_interviewee_with_a_namesake_is_the_one_the_intro_names_in_full(
    tmp_path: Path,
) -> None:
    """The intro names her in full, so the shared surname does not leave her unsettled;
    an answer naming the namesake (whose names run on past hers) is still her answer."""
    said = article(tmp_path, NAMESAKES)
    mayor = "Ana Lucía Pereira Souto"
    assert said == [
        (
            "No. Joaquín Souto Pereira and I share two names and nothing else, and the harbour"
            " stays ours.",
            mayor,
        ),
        (
            "We will repair them this winter, with money the province has already promised us.",
            mayor,
        ),
    ]
