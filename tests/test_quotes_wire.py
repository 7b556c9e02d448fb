"""Speech tags of the wire's common shapes that the text settles: a surname led by its
particle in lower case ("al-Murtada said"), a title written with dotted capitals ("U.S.
Ambassador X said"), a long office before the name ("said Under Secretary of ... X"), a
surname another report writes with its accents, an office's epithet ("the Russian top
diplomat"), a phrase quoted in a request told by someone else (r42 M7, r43 M1), an office
with its "to" complement ("Ambassador to Chile X said"), a name with a speech verb's word
("the United States had") and a body's "it" in its own report (r48 M3)."""

from __future__ import annotations

from pathlib import Path

from brief.extract.actors import find_actors
from brief.models import Sentence
from tests.extract_helpers import quotes_of, sentences_of


def paragraphs(*texts: str, source: int = 1) -> list[Sentence]:
    """Each text a paragraph of its own (a quote's tag is then all it has to go by)."""
    return [Sentence(text, source, n, n) for n, text in enumerate(texts, 1)]


def said(*texts: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.actor) for q in quotes_of(paragraphs(*texts))]


def article(tmp_path: Path, text: str, name: str = "a.txt") -> list[tuple[str, str | None]]:
    """The quotes of an article read through the product's own ingest and segmenter."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(q.text, q.actor) for q in quotes_of(sentences_of(path))]


def test_a_surname_led_by_a_lower_case_particle_is_a_name_in_a_tag() -> None:
    story = (
        "Interior Minister Samir al-Rashidi said the border would stay closed on Friday.",
        "“Nobody will cross without papers,” al-Rashidi said.",
        "“We have the men to enforce it,” said al-Rashidi.",
        "Al-Rashidi said: “The decision is final.”",
    )
    assert said(*story) == [
        ("Nobody will cross without papers", "Samir al-Rashidi"),
        ("We have the men to enforce it", "Samir al-Rashidi"),
        ("The decision is final.", "Samir al-Rashidi"),
    ]
    # "el-" is such a particle too
    assert said(
        "Opposition leader Karim el-Baz has called for new elections.",
        "“The count was stolen from the voters,” el-Baz told reporters.",
    ) == [("The count was stolen from the voters", "Karim el-Baz")]


def test_a_particle_led_surname_in_a_markdown_blockquote_is_read(tmp_path: Path) -> None:
    text = (
        "# Rebels threaten shipping\n\n"
        "Rebel spokesman Yahya al-Qadri said on Friday the group would widen its attacks.\n\n"
        "> “The tanker was a warning to every company that trades with the port,” "
        "al-Qadri said.\n"
    )
    assert article(tmp_path, text, "blog.md") == [
        ("The tanker was a warning to every company that trades with the port", "Yahya al-Qadri")
    ]


def test_a_tag_cut_at_a_dotted_abbreviation_is_read_whole(tmp_path: Path) -> None:
    text = (
        "Navy condemns ramming of supply boat\n\n"
        "A coast guard ship rammed a supply boat near the reef on Tuesday, officials said.\n\n"
        "The U.S. ambassador, Laura Pettigrew, condemned the incident. "
        "“Such reckless acts put sailors at risk,” U.S. Ambassador Laura Pettigrew said on X.\n\n"
        "“We stand with our allies,” U.K. Defence Secretary Owen Marsh said.\n"
    )
    assert article(tmp_path, text) == [
        ("Such reckless acts put sailors at risk", "Laura Pettigrew"),
        ("We stand with our allies", "Owen Marsh"),
    ]


def test_an_abbreviation_that_ends_a_sentence_after_a_tag_takes_no_more(tmp_path: Path) -> None:
    text = (
        "Talks stall\n\n"
        "Trade Minister Ines Varga met the envoy on Monday. "
        "“We will not give in,” she said of the U.S. Officials in Brussels were silent.\n"
    )
    assert article(tmp_path, text) == [("We will not give in", "Ines Varga")]


def test_an_inverted_speaker_after_a_long_office_is_found_and_named() -> None:
    story = (
        "The Treasury imposed sanctions on a shipping network on Thursday.",
        "“We will keep cutting off the money that pays for these attacks,” said Assistant "
        "Secretary of the Treasury for Terrorist Financing and Financial Crimes Laura Pemberton.",
    )
    people = {a.name for a in find_actors(paragraphs(*story)) if a.kind == "person"}
    assert "Laura Pemberton" in people
    assert said(*story) == [
        ("We will keep cutting off the money that pays for these attacks", "Laura Pemberton")
    ]
    assert said(
        "Mining exports fell for a third month.",
        "“The fall is seasonal and will not last,” said Minister of Trade and Industry "
        "Grace Mbeki.",
    ) == [("The fall is seasonal and will not last", "Grace Mbeki")]


def test_and_after_a_name_in_an_office_joins_no_office_words() -> None:
    # "and" goes on inside an office ("Trade and Industry"), never past a name in it: the
    # words are not the second one's (the tag stops at "and", as with "said X and Y")
    story = (
        "Secretary of State John Kerry met Foreign Minister Sergei Lavrov in Geneva.",
        "“We have agreed on the steps to a ceasefire,” said Secretary of State John Kerry and "
        "Sergei Lavrov.",
    )
    assert [actor for _, actor in said(*story)] != ["Sergei Lavrov"]


def test_a_surname_written_with_its_accents_in_another_report_is_the_same_person() -> None:
    wire = paragraphs(
        "Gunmen burned dozens of fuel tankers near the border on Thursday.",
        "Union leader Moussa Keita said the convoy had no escort.",
        "Moussa Keita said 64 tankers had burned.",
        source=1,
    )
    local = paragraphs(
        "Drivers' union leader Moussa Keïta counted the burned trucks on Friday.",
        "“We counted the trucks one by one this morning,” Keïta said.",
        source=2,
    )
    keita = [a for a in find_actors([*wire, *local]) if a.kind == "person"]
    assert [(a.name, a.spellings) for a in keita] == [("Moussa Keita", ("Moussa Keïta",))]
    quotes = quotes_of([*wire, *local])
    assert [(q.text, q.actor) for q in quotes] == [
        ("We counted the trucks one by one this morning", "Moussa Keita")
    ]


def test_the_top_diplomat_is_the_foreign_minister_just_spoken_of() -> None:
    story = (
        "Austria and Serbia will expand their gas cooperation, Austrian Foreign Minister "
        "Helga Brandstetter said after talks with Serbian Minister of Foreign Affairs "
        "Dusan Markovic on Monday.",
        "“We value a partner who puts the interests of its own citizens first,” the Austrian "
        "top diplomat said.",
    )
    assert [actor for _, actor in said(*story)] == ["Helga Brandstetter"]
    # a country her role does not name is someone else's top diplomat
    assert [
        actor for _, actor in said(story[0], story[1].replace("Austrian top", "Serbian top"))
    ] == [None]
    # two foreign ministers the description does not tell apart: either of them
    unmarked = (
        "Foreign Minister Helga Brandstetter met Foreign Minister Dusan Markovic on Monday, "
        "Brandstetter said.",
        "“We value a partner who puts the interests of its own citizens first,” the top "
        "diplomat said.",
    )
    assert [actor for _, actor in said(*unmarked)] == [None]
    # nor is a top diplomat someone whose office is another
    other = (
        "Finance Minister Helga Brandstetter said the budget would be cut.",
        "“We value a partner who puts the interests of its own citizens first,” the top "
        "diplomat said.",
    )
    assert [actor for _, actor in said(*other)] == [None]


def test_a_phrase_in_a_request_by_no_one_named_is_the_reporting_speakers() -> None:
    assert said(
        "The army denied rumours of a coup on Wednesday.",
        "Defence Minister Lucia Ferrer said the government had asked the prosecutor's office "
        "to investigate “those who spread fear”, and that 40 accounts had been reported.",
    ) == [("those who spread fear", "Lucia Ferrer")]
    # a request by someone named is theirs, and so are words it quotes as the request
    assert said(
        "The army denied rumours of a coup on Wednesday.",
        "Defence Minister Lucia Ferrer said President Tomas Oller had urged lawmakers to reject "
        "“this shameful law”.",
    ) == [("this shameful law", "Tomas Oller")]


def test_a_tag_with_ranks_written_short_names_its_speaker(tmp_path: Path) -> None:
    """ "KFOR Commander Maj. Gen. Vilmos Szabó said" had been read as no tag, and the
    quote given to KFOR, whose statement the sentence before reported (fresh20): a title
    the word pattern did not hold ("Maj.") ended the tag, and a rank no list holds
    ("Sqn. Ldr.") had the splitter cut it."""
    for tag in ("KFOR Commander Maj. Gen. Vilmos Szabó", "Sqn. Ldr. Vilmos Szabó"):
        quotes = article(
            tmp_path,
            "Patrols stepped up\n\nKFOR said in a statement that it had stepped up patrols"
            ' near Leposavic overnight. "Violence has no place in Kosovo. We remain ready to'
            f' act," {tag} said in the statement.\n',
        )
        assert [speaker for _, speaker in quotes] == ["Vilmos Szabó"], tag


def test_an_office_with_its_to_complement_before_the_name_is_a_tag() -> None:
    """ "Ambassador to Chile X said": the title's "to" had been read as a clause going on
    from the quote ("“...” to restore order"), and the quote left without a speaker."""
    assert said(
        "“Our embassy stays open for every citizen who needs it,” Canadian Ambassador to "
        "Chile Marion Delacroix said in a post on social media.",
        "“The talks go on,” said Special Envoy to the Sahel Tomas Varga.",
        "“The harbour reopens on Monday,” the mayor said, adding that ferries would run “to "
        "Dover and Calais” again.",
    ) == [
        ("Our embassy stays open for every citizen who needs it", "Marion Delacroix"),
        ("The talks go on", "Tomas Varga"),
        ("The harbour reopens on Monday", None),
        ("to Dover and Calais", None),
    ]


def test_a_country_name_with_a_speech_verb_word_is_no_verb() -> None:
    """ "the United States had “...”": "States" is a word of a name, not the verb
    "states", so the words are those of the speech verb before it."""
    assert said(
        "Foreign ministry spokesman Petr Halas said the United States had “no business "
        "lecturing” its neighbours.",
    ) == [("no business lecturing", "Petr Halas")]


def test_it_that_a_body_reports_of_itself_is_that_body() -> None:
    """ "The ministry said it would ... what it called “...”": the reported "it" is the
    body that reports it, and so is an "it" further on when nothing else that "it" could
    be comes between; a noun with an article ("the envoy") between leaves it open."""
    assert said(
        "The Ministry of Fisheries (MOF) said it would recall Norway's envoy to protest "
        "what it called “reckless and unlawful seizures” of its trawlers.",
    ) == [("reckless and unlawful seizures", "Ministry of Fisheries")]
    assert said(
        "The Ministry of Fisheries said it would recall the envoy and the trawler to "
        "protest what it called “reckless and unlawful seizures” near the coast.",
    ) == [("reckless and unlawful seizures", None)]
