"""Words that reach the reader through someone else: a hearsay chain is the account of the
one it was told to, a document read out is not its reader's, a given name two people
share names neither, the outlet's note that it translated the words leaves them to the
one who posted them, and an interview the editor's note introduces is the interviewee's.
Invented articles only."""

from __future__ import annotations

from pathlib import Path

from tests.test_quotes_transcripts import article

HEARSAY = """Quarry licence row divides Sokodé

The quarry owner, Komlan Agbodjan, said on Monday that the licence had been renewed in March.

The district's surveyor, Edem Kpelly, told a local radio station that Agbodjan had told him \
the licence "was signed at the prefect's own table".

A farmer who asked not to be named said the prefect had once told him that the quarry \
"will close when the rains come".
"""


def test_words_told_to_the_speaker_are_the_speaker_s_account_or_nobody_s(
    tmp_path: Path,
) -> None:
    """ "X told the station that Y had told him “...”" is X's, never Y's; an unnamed
    outer speaker leaves the words with no one."""
    said = dict(article(tmp_path, HEARSAY))
    assert said["was signed at the prefect's own table"] == "Edem Kpelly"
    assert said["will close when the rains come"] is None


LETTER = """Assembly rejects minister's request to skip hearing

The National Assembly on Thursday refused a request from the Minister of Mines, Daniel Osei \
Tutu, to be excused from its hearing on the collapsed tailings dam.

The letter, read on the floor by the Clerk to the Assembly, Mariam Iddrisu Baba, said the \
minister was "inspecting the site with the engineers" and would send his deputy.
"""


def test_a_document_read_out_is_never_its_reader_s_words(tmp_path: Path) -> None:
    """ "The letter, read ... by the Clerk to the Assembly, X, said" is the letter's, not
    the Clerk's: the name is apposed to the agent of the aside (a title that holds "to"),
    not to the subject."""
    said = dict(article(tmp_path, LETTER))
    assert said["inspecting the site with the engineers"] is None


NAMESAKES = """Thai exporters welcome durian deal

Deputy Agriculture Minister Prasert Wongsawat said the first shipments would leave in March. \
Mr Prasert said inspections would be done at the farm.

The ministry's spokesman, who is also called Prasert - Prasert Kaewmanee - later told \
reporters the deal was "not yet on paper".

Mr Prasert of the ministry, asked whether the date was firm, smiled. "The minister sets the \
dates. I only read them out," he said.
"""


def test_a_given_name_two_people_share_names_neither(tmp_path: Path) -> None:
    """Thai usage calls people by the given name: "Mr Prasert" after a second Prasert was
    named in full (one the actors table lacks) may be either of them, so the quote his
    "he" tags stays unattributed."""
    said = dict(article(tmp_path, NAMESAKES))
    assert said["The minister sets the dates. I only read them out"] is None


TRANSLATED = """Port director disputes closure report

The director of the port authority, Oksana Melnyk, posted on Facebook in Ukrainian on Sunday \
night. Our translation: "Nobody has told me the terminal will close, and nobody will."
"""


def test_words_the_outlet_translated_are_the_poster_s(tmp_path: Path) -> None:
    """ "Our translation:" is the outlet's note, no speaker's tag: the quote is the words
    of the one the sentence before has posting."""
    said = dict(article(tmp_path, TRANSLATED))
    assert said["Nobody has told me the terminal will close, and nobody will."] == "Oksana Melnyk"


NOTED_INTERVIEW = """'The trains will run': the rail agency's spokesman on the winter timetable

Lukas Brandner has been spokesman for the federal rail agency since 2024. Its director was \
not available and the agency offered him instead. The conversation has been edited and \
condensed.

Why is the director not giving this interview?

She is in Linz with the track engineers. I speak for the agency every day.

Passengers say the timetable was changed without notice.

Is the night train to Venice cancelled?

It is suspended for six weeks. We will restore it in February, and we will refund every \
ticket.

What did the director tell you before this interview?

She said, "Tell them the night train comes back." So it comes back.
"""


def test_an_interview_the_editor_s_note_introduces_is_the_interviewee_s(tmp_path: Path) -> None:
    """The note "has been edited and condensed" marks the paragraph that opens with the
    interviewee's name as the interview's introduction; once the form is settled, the
    paragraph right after a question answers it even when it tells what someone else
    said; the words quoted inside it are part of the answer."""
    said = article(tmp_path, NOTED_INTERVIEW)
    spokesman = "Lukas Brandner"
    assert (
        "She is in Linz with the track engineers. I speak for the agency every day.",
        spokesman,
    ) in said
    assert (
        'She said, "Tell them the night train comes back." So it comes back.',
        spokesman,
    ) in said
    assert all(speaker in (spokesman, None) for _, speaker in said)


OWNED_WORDS = """Lawyer says recording was cut

The councillor's lawyer, Ines Carvalho Prado, says the recording was edited. Her words were: \
"Somebody removed the half of the sentence that matters."

The union's president, Tomasz Brzezinski, put it more bluntly in an interview with the local \
station Radio Port: "A man who fixes cranes for twenty years is a docker, not a contractor."
"""


def test_words_owned_by_a_possessive_or_put_in_an_interview_are_the_speaker_s(
    tmp_path: Path,
) -> None:
    """ "Her words were:" gives the quote to "her"; "put it ... in an interview with" a
    station says where the words were said, not how: both are the speaker's."""
    said = dict(article(tmp_path, OWNED_WORDS))
    assert said["Somebody removed the half of the sentence that matters."] == (
        "Ines Carvalho Prado"
    )
    assert said["A man who fixes cranes for twenty years is a docker, not a contractor."] == (
        "Tomasz Brzezinski"
    )


KEPT_APART = """Bandits abduct worshippers in Kwoi

The State Police Command confirmed the attack in a statement signed by its spokesperson, \
Superintendent Musa Danladi Garba, on Sunday evening.

"At about 0900hrs, armed men invaded the church and took away an unconfirmed number of \
worshippers," the statement read.

Counsel for the families, Barrister Amina Yusuf Bello, told the court that one survivor, a \
trader, had said in her affidavit: "The gate was locked before the men came."
"""


def test_a_spokesperson_s_signature_and_a_record_read_out_keep_their_own_speakers(
    tmp_path: Path,
) -> None:
    """A statement signed by a body's spokesperson is not the spokesperson's writing; words
    "had said in her affidavit" are read from the unnamed survivor's record, not passed on
    in the counsel's account."""
    said = dict(article(tmp_path, KEPT_APART))
    assert said[
        "At about 0900hrs, armed men invaded the church and took away an unconfirmed number of "
        "worshippers"
    ] in (None, "State Police Command")
    assert said["The gate was locked before the men came."] is None


TRANSLATOR = """Blockade lifted at the mine road

The community's president, Wilber Condori Huamán, spoke to the assembly in Aymara. According \
to a translation by the community's treasurer, he said: "We lift the stones today, and we put \
them back if the water tank does not come."
"""


def test_a_translator_s_credit_names_no_one_who_spoke(tmp_path: Path) -> None:
    """ "According to a translation by the treasurer, he said:" credits whoever translated:
    the treasurer is no one "he" may mean."""
    said = dict(article(tmp_path, TRANSLATOR))
    assert said[
        "We lift the stones today, and we put them back if the water tank does not come."
    ] == ("Wilber Condori Huamán")


INTERPRETED = """Japanese minister says Tokyo will buy Vietnamese coffee

"We came to taste, and we will leave with contracts," Deputy Minister Sato Kenji said in \
Japanese, as rendered by the ministry's interpreter, Nguyen Thi Lan. Asked about prices, he \
replied at length; Ms Lan summarised his answer as "fair to the growers, fair to the roasters".

Mr Sato answered a second question in English. "From any farm that passes the test," he said. \
He then gave a longer reply in Japanese, which Ms Lan rendered as: "Our roasters say good \
beans have no flag, and they mean it."
"""


def test_words_an_interpreter_renders_are_the_one_interpreted_s(tmp_path: Path) -> None:
    """ "Ms Lan summarised his answer as “...”" is his; so is "a longer reply, which Ms Lan
    rendered as: “...”", the reply of the clause's subject: never the interpreter's."""
    said = dict(article(tmp_path, INTERPRETED))
    assert said["fair to the growers, fair to the roasters"] == "Sato Kenji"
    assert said["Our roasters say good beans have no flag, and they mean it."] == "Sato Kenji"


def test_words_a_speaker_quotes_are_their_source_s() -> None:
    """ "Quoting the inspectors' report, the minister said ...": the words quoted are the
    report's, no one named; "Quoting Lamine Diop, ..." gives them to Diop; "Citing a
    survey" names a source of facts, and "Reading her ruling" reads out her own words:
    they stay the speaker's."""
    from tests.extract_helpers import speakers

    said = dict(
        speakers(
            "Transport minister Awa Ndiaye spoke to reporters at the port on Monday.",
            "Quoting the inspectors' report, Ndiaye said the ferry had been "
            '"a disaster waiting to happen."',
            "Harbour master Lamine Diop warned in March that the ramp was failing.",
            'Quoting Diop, she said the ramp was "held up by rust and hope."',
            'Citing a new survey, Ndiaye said the harbour was "close to full."',
            "Reading her ruling, Judge Mona Keita said the ferry firm had been "
            '"reckless from the first day."',
        )
    )
    assert said["a disaster waiting to happen."] is None
    assert said["held up by rust and hope."] == "Lamine Diop"
    assert said["close to full."] == "Awa Ndiaye"
    assert said["reckless from the first day."] == "Mona Keita"  # her own ruling, read out
