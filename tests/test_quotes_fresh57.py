"""Speech and speakers as news English marks them in copy on the armed forces' people
(fresh57's even half): a live page's colon label after its entry stamp, and counsel
named after a bare post. Invented texts of other settings only."""

from __future__ import annotations

from pathlib import Path

from tests.extract_helpers import read_article as read


def test_a_colon_label_after_an_entry_stamp_is_its_speakers(tmp_path: Path) -> None:
    """ "9.48am - Counsel for the family, X: “...”": the stamp is the page's, and the label
    (a bare post, then the name) names the one who speaks, with the post as the role."""
    found, quotes = read(
        tmp_path,
        "LIVE: Inquest into a cadet's death - day two\nTHE HILL COUNTRY POST | Live\n\n"
        "9.40am - The coroner opened the second day of the inquest.\n\n"
        '9.48am - Counsel for the family, Hemi Rangitane: "The forecast was 31 degrees.'
        ' Who signed off the run?"\n\n'
        "10.02am - Counsel for the college, Brett Lowry-Hale, puts it to the witness that"
        " the run was routine.\n",
    )
    assert dict(quotes)["The forecast was 31 degrees. Who signed off the run?"] == (
        "Hemi Rangitane"
    )
    assert found["Hemi Rangitane"] == "Counsel for the family"
    assert found["Brett Lowry-Hale"] == "Counsel for the college"


def test_it_after_a_remark_attributed_wrongly_is_that_remark(tmp_path: Path) -> None:
    """ "The remark “...” was attributed to the coach. It was made by his assistant, X."
    (a correction): the words are X's, though the sentence that quotes them named no
    one; "It" only after a sentence that opens on the remark."""
    _, quotes = read(
        tmp_path,
        "Corrections\nTHE LAKESIDE WEEKLY | Corrections\n\n"
        'Regatta (June 4): The remark "Water never lies about your training" was attributed'
        " to the club's head coach. It was made by the boat captain, Senior Rower Aisha"
        " Mwakilema Juma.\n\n"
        'Fete (June 5): "Every cake went in an hour, and we baked two hundred," a stallholder'
        " told the Weekly. It was made by hand, the baker said.\n",
    )
    said = dict(quotes)
    assert said["Water never lies about your training"] == "Aisha Mwakilema Juma"
    assert said["Every cake went in an hour, and we baked two hundred"] is None


def test_a_readers_question_signed_under_it_is_the_readers(tmp_path: Path) -> None:
    """ "Q: ...? - Jane Roe, 34, Tampines" in a column that answers readers: the question
    is the signer's own words (a signature with an age names a person, though its words
    are all capitalised); a pen name ("- Worried Parent, Yishun") signs as no one."""
    found, quotes = read(
        tmp_path,
        "Ask the Coach\nTHE HARBOUR SUNDAY | Sport | Ask the Coach\n\n"
        "Readers' questions on school sport, answered by Coach Ben Adeyemi-Clarke.\n\n"
        "Q: My daughter wants to row but cannot swim well. Should she wait? - Tan Wei Ling"
        " Grace, 41, Tampines\n\n"
        "BEN: Teach her to swim first. Every club will ask.\n\n"
        "Q: Are trials fair? - Worried Parent, Yishun\n\n"
        "BEN: Mostly. Ask to see the scores.\n",
    )
    said = dict(quotes)
    assert "Tan Wei Ling Grace" in found
    assert said["My daughter wants to row but cannot swim well. Should she wait?"] == (
        "Tan Wei Ling Grace"
    )
    assert said.get("Are trials fair?") is None


def test_a_call_sign_given_after_a_surname_labels_its_turns(tmp_path: Path) -> None:
    """ "Back then he was Major Okoro, call sign Anvil Two." and the label "ANVIL TWO:":
    his turns."""
    _, quotes = read(
        tmp_path,
        "Episode 40: the pilot and the medic\nTHE LONG HAUL | A veterans' podcast |"
        " Transcript\n\n"
        "HOST: With us is the man who flew the medic out. Back then he was Major Okoro,"
        " call sign Anvil Two. Now he is Emeka Okoro, a retired major general who teaches"
        " flying.\n\n"
        "ANVIL TWO: I remember the smoke more than the noise.\n\n"
        "HOST: And the medic?\n\n"
        "ANVIL TWO: She never stopped talking to the boy on the stretcher.\n",
    )
    said = dict(quotes)
    assert said["I remember the smoke more than the noise."] == "Emeka Okoro"
    assert said["She never stopped talking to the boy on the stretcher."] == "Emeka Okoro"


def test_he_after_a_request_is_the_one_who_asked_for_it(tmp_path: Path) -> None:
    """ "Major X had asked for a period of detention. He told the court ...": "asked for"
    is a request, no question put to someone who answers next."""
    _, quotes = read(
        tmp_path,
        "Court summary\nTHE BENCH REPORTER | Summaries\n\n"
        "The prosecutor was Major Tomasz Whitcombe.\n\n"
        "Major Whitcombe had asked for a fine. He told the court the accused"
        ' "knew the rules and chose to break them."\n',
    )
    assert dict(quotes)["knew the rules and chose to break them."] == "Tomasz Whitcombe"
