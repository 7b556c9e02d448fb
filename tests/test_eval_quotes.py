"""The PolNeAR scorer's revised rules judge the article's own words, never brief's, and the
shared tally adds up what each article counts."""

from __future__ import annotations

from tools.eval_people import annotated_people
from tools.eval_quotes import Article, Tally, described, gold_speakers, is_right, relayed_by
from tools.quote_scoring import score, surname_of


def _article(text: str, *quotes: dict[str, object]) -> Article:
    return Article(0, text, tuple(quotes))


def test_an_article_is_no_part_of_a_name() -> None:
    assert described("The Vermont senator", revised=True)
    assert not described("The Vermont senator", revised=False)
    assert not described("The Huffington Post’s Scott Conroy")
    assert not described("White House spokesman Josh Earnest")


def test_a_named_person_s_name_may_be_any_run_of_its_words() -> None:
    assert is_right("Justin Ki Hong", "Ki Hong, 33,", person=True)
    assert is_right("Xi Jinping", "Xi", person=True)
    assert not is_right("Xi Jinping", "Xi")
    assert not is_right("Freddy Ortega", "German Ortega", person=True)


def test_words_relayed_by_a_newspaper_are_the_speaker_s() -> None:
    text = "“We will win this,” Marta Quill said, according to the Daily Planet.\nMore text."
    quote = {"quote_spans": [[1, 17]], "cue": "according to", "speaker": "the Daily Planet"}
    article = _article(text, quote)
    assert relayed_by(article, quote, "Marta Quill")
    assert not relayed_by(article, quote, "Tomas Quill")
    plain = {**quote, "cue": "said"}
    assert not relayed_by(article, plain, "Marta Quill")


def test_a_pronoun_skips_a_surname_the_article_gives_the_other_gender() -> None:
    text = "Donald Brack spoke first. Brack said no. Then Ann Vole spoke. She said yes."
    quotes = (
        {"speaker": "Brack", "speaker_spans": [[26, 31]], "quote_spans": [[37, 39]]},
        {"speaker": "She", "speaker_spans": [[59, 62]], "quote_spans": [[68, 71]]},
    )
    article = _article(text, *quotes)
    assert gold_speakers(article, revised=False) == ["Brack", "Brack"]
    assert gold_speakers(article, revised=True) == ["Brack", None]


def test_the_shared_score_adds_every_article_s_counts() -> None:
    def one(number: int) -> Tally:
        return Tally(attributed=number, right=1, errors=[f"article {number}"])

    total = score([1, 2, 3], one, Tally)
    assert (total.attributed, total.right, total.errors) == (
        6,
        3,
        [f"article {n}" for n in (1, 2, 3)],
    )


def test_a_generational_suffix_is_no_surname() -> None:
    assert is_right("Harry B. Harris Jr.", "Admiral Harris")
    assert is_right("Morris J. Brooks Jr.", "Representative Brooks")
    assert surname_of(["Daniel", "Porter", "Jordan", "III"]) == "jordan"
    assert not is_right("Harry B. Harris Jr.", "Admiral Jones")


def test_a_label_in_capitals_is_the_name() -> None:
    assert is_right("Mary Fallin", "FALLIN")
    assert not is_right("Mary Fallin", "TRUMP")


def test_a_title_before_the_given_name_keeps_the_name_the_same() -> None:
    assert is_right("Ma Thin Thin Aye", "Thin Thin Aye")
    assert not is_right("Hillary Clinton", "former President Bill Clinton")
    assert not is_right("Hillary Rodham Clinton", "Bill Clinton")


def test_people_are_keyed_by_surname_less_a_generational_suffix() -> None:
    text = "Byrd spoke."
    quote = {"speaker": "Sen. Harry Byrd Jr.", "speaker_spans": [[0, 4]], "quote_spans": []}
    assert annotated_people(_article(text, quote)) == {"byrd"}
