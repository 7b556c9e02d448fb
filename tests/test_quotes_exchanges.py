"""Questions and answers printed as quotes in prose: a reply a pronoun tags is the one
asked, never the asker; an untagged paragraph right after a question put to someone is
the answer of the one asked (or nobody's, when the text does not say who that is); the
turn after an answer may be either side's, so it stays unattributed; words that address
the bench ("my lord") are not the words of the one who spoke to them by name; and a quote
paragraph followed by "That was how X put it" is X's. Invented sentences only."""

from __future__ import annotations

from pathlib import Path

from tests.extract_helpers import quotes_of, sentences_of


def article(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [(q.text, q.actor) for q in quotes_of(sentences_of(path))]


HEARING = """Warehouse manager questioned over blocked exits

A former warehouse manager told a tribunal on Monday that loading bays were often blocked.

Priya Ramanathan-Cole managed the Eastgate depot until last year.

Counsel for the union, Harriet Oyelaran-Fitch, asked her how often the exits were checked.

"Once a month, when the inspector came round," Ms Ramanathan-Cole replied.

"Did you ever report the blocked bays to head office?" Ms Oyelaran-Fitch asked.

"No. I regret that now," she said.

"Was that your decision alone?" Ms Oyelaran-Fitch asked.

"It was the practice before I arrived there."

"That practice killed nobody until March."

"I know that better than anyone in this room."
"""


def test_a_pronoun_reply_after_a_question_is_the_one_asked(tmp_path: Path) -> None:
    said = dict(article(tmp_path, HEARING))
    assert said["No. I regret that now"] == "Priya Ramanathan-Cole"


def test_an_untagged_reply_to_a_question_is_the_one_asked(tmp_path: Path) -> None:
    said = dict(article(tmp_path, HEARING))
    assert said["It was the practice before I arrived there."] == "Priya Ramanathan-Cole"


def test_the_turn_after_an_answer_is_left_unattributed(tmp_path: Path) -> None:
    said = dict(article(tmp_path, HEARING))
    assert said["That practice killed nobody until March."] is None


def test_a_question_only_said_lets_its_speaker_go_on(tmp_path: Path) -> None:
    text = """Mayor defends the budget

Mayor Helga Brandvold spoke to the council on Tuesday.

"Who else was going to pay for the bridge?" Ms Brandvold said.

"We could not leave it to the next council to find the money."
"""
    said = dict(article(tmp_path, text))
    assert said["We could not leave it to the next council to find the money."] == (
        "Helga Brandvold"
    )


def test_words_to_the_bench_are_not_the_judges(tmp_path: Path) -> None:
    text = """Officer denies striking detainee

Retired sergeant Willem Jacobus Steenkamp testified before Judge Zodwa Mokoena.

"Mr Steenkamp, answer the question you were asked," the judge said.

"I was downstairs at the time, my lady," he said.
"""
    said = dict(article(tmp_path, text))
    assert said["I was downstairs at the time, my lady"] == "Willem Jacobus Steenkamp"


def test_a_quote_paragraph_is_the_one_the_next_says_put_it_so(tmp_path: Path) -> None:
    text = """Families hear of blocked doors

Ravi Sandhu, a lawyer for three families, said the evidence had been "hard to hear".

"We waited two years for someone to say it," he said.

"Dad could have walked out of that door. Somebody locked it."

That was how Owen Pryce-Howell, a plumber from Cardiff whose father, Glyn Pryce-Howell, \
died in the fire, put it to reporters after the hearing.
"""
    said = dict(article(tmp_path, text))
    assert said["Dad could have walked out of that door. Somebody locked it."] == (
        "Owen Pryce-Howell"
    )


def test_he_is_never_a_namesake_the_text_says_died(tmp_path: Path) -> None:
    text = """Family of detainee hears officer's evidence

Student leader Mandla Zungu died in police custody in 1985.

His younger brother, Lwazi Zungu, who was 12 when Mandla died, attended the hearing.

"We were told for years that he slipped," Zungu said outside court.

"We came here for the truth," he added.
"""
    said = dict(article(tmp_path, text))
    assert said["We came here for the truth"] != "Mandla Zungu"


def test_words_to_the_chair_answer_the_one_the_chair_called_by_title(tmp_path: Path) -> None:
    text = """Minister told to withdraw insult

Transport Minister Rhodri Penhallow spoke for the government in the assembly on Tuesday.

The Presiding Officer, Morwenna Trevaskis, stood at once. "Minister, I will ask you to take
that back," she said.

"I take it back, Presiding Officer," he said.
"""
    said = dict(article(tmp_path, text))
    assert said["I take it back, Presiding Officer"] == "Rhodri Penhallow"


def test_a_namesake_who_replies_to_a_question_is_not_the_one_who_put_it(
    tmp_path: Path,
) -> None:
    text = """Minister admits the bridge will be late

Poland's Minister of Infrastructure, Anna Kowalski, said in a radio interview on Monday
that the bridge would not open in May.

She was the guest on the morning programme of Radio Wisla,
where the presenter, Marek Kowalski, pressed her for a date. The two are not related.

"Minister, will the bridge open in May?" the presenter asked.

"No. I will not promise a month I do not believe," Kowalski replied.
"""
    said = dict(article(tmp_path, text))
    assert said["Minister, will the bridge open in May?"] == "Marek Kowalski"
    assert said["No. I will not promise a month I do not believe"] == "Anna Kowalski"


def test_a_member_who_names_another_then_turns_to_the_chair_goes_on(tmp_path: Path) -> None:
    """Words to the chair name whom they are said to; after words that only named a
    member ("sit down"), not a call on them to speak, the one speaking goes on."""
    text = """Heated exchange over the port bill

Finance Minister Tobias Ekwueme opened the debate in the chamber on Wednesday.

Opposition member Lars Haldane shouted over him twice.

"Mr Haldane, sit down and wait your turn," Ekwueme said.

"Madam Speaker, I will not be drowned out in this chamber," he said.
"""
    said = dict(article(tmp_path, text))
    assert said["Madam Speaker, I will not be drowned out in this chamber"] == "Tobias Ekwueme"


def test_words_to_the_chair_answer_the_member_it_called_on(tmp_path: Path) -> None:
    text = """Minister made to withdraw remark

Finance Minister Tobias Ekwueme spoke for the government in the chamber on Wednesday.

The Speaker, Ingrid Solberg, rose. "Mr Ekwueme, please withdraw that remark," she said.

"I withdraw it, Madam Speaker," he said.
"""
    said = dict(article(tmp_path, text))
    assert said["I withdraw it, Madam Speaker"] == "Tobias Ekwueme"
