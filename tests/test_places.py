"""Country actors only from words that name the country acting (places.py)."""

from __future__ import annotations

from brief.extract.actors import find_actors
from tests.extract_helpers import sentences


def countries(*texts: str) -> dict[str, int]:
    return {a.name: a.mentions for a in find_actors(sentences(*texts)) if a.kind == "country"}


def people(*texts: str) -> set[str]:
    return {a.name for a in find_actors(sentences(*texts)) if a.kind == "person"}


def test_a_country_name_listed_among_places_of_another_kind_is_one_of_them() -> None:
    found = countries(
        "He carried Nebraska, Kansas, Georgia, Ohio and Iowa on the night.",
        "Voters in Ohio and Georgia were worried about prices.",
        "She grew up near Macon, Georgia, before the war.",
    )
    assert found == {}
    found = countries(
        "Envoys from Chile, Georgia, Peru and Norway signed the text.",
        "In March, Georgia said it would sign.",
    )
    assert found == {"Chile": 1, "Georgia": 2, "Peru": 1, "Norway": 1}


def test_a_country_listed_beside_a_country_of_two_words_is_a_country() -> None:
    """ "Mali and Burkina Faso": the neighbour is a country of two words, not the place
    "Burkina" (a reviewer's Niger coup copy had lost Mali from every table)."""
    found = countries(
        "Mali and Burkina Faso are Niger's closest allies.",
        "Chad or Saudi Arabia could send troops.",
    )
    assert found == {"Mali": 1, "Burkina Faso": 1, "Niger": 1, "Chad": 1, "Saudi Arabia": 1}


def test_a_country_name_inside_a_longer_name_is_that_name() -> None:
    found = countries(
        "Holland America Line said two passengers were missing.",
        "She teaches at Georgia Coastal University.",
        "Kyiv, Ukraine's capital, was calm.",
    )
    assert found == {"Ukraine": 1}


def test_a_country_name_opening_a_bodys_name_is_read_with_the_name() -> None:
    """ "China Construction Bank" is a bank, not China and a "Construction Bank"."""
    texts = (
        "China Construction Bank said its profit fell by a tenth.",
        "Japan Airlines cut 300 jobs, and its shares rose.",
    )
    assert countries(*texts) == {}
    found = {a.name for a in find_actors(sentences(*texts)) if a.kind == "organisation"}
    assert found == {"China Construction Bank", "Japan Airlines"}


def test_a_person_with_a_title_put_somewhere_by_a_turn_of_phrase_is_still_a_person() -> None:
    """ "Markets showed little faith in Luis de Guindos": one "in" does not outweigh his
    title."""
    found = people(
        "Spain's economy minister Luis de Guindos said the worst was over.",
        "Markets showed little faith in Luis de Guindos on Tuesday.",
    )
    assert found == {"Luis de Guindos"}
    assert (
        people(
            "The Olympics opened in Rio de Janeiro on Friday.",
            "Olympic host Rio de Janeiro said it was ready.",
        )
        == set()
    )


def test_a_place_with_a_particle_put_somewhere_is_no_person() -> None:
    """ "in Rio de Janeiro": the particle is the place's name's, as "da" is in "Lula da
    Silva"; "Rio" alone is then the place too, not the coach Jack Del Rio's surname."""
    found = people(
        "Fans cheered at a rally in Rio de Janeiro, and Rio de Janeiro said it was proud.",
        "Coach Jack Del Rio said the team was ready.",
        "The band played in Rio last year.",
        "Rio was the biggest show.",
    )
    assert found == {"Jack Del Rio"}
    counts = {
        a.name: a.mentions
        for a in find_actors(
            sentences(
                "Coach Jack Del Rio said the team was ready.",
                "The band played in Rio de Janeiro last year.",
                "They will play in Rio de Janeiro again in May.",
                "Rio was the biggest show of the year.",
            )
        )
    }
    assert counts.get("Jack Del Rio") == 1


def test_a_hyphened_name_is_known_written_with_a_space_or_a_spaced_hyphen() -> None:
    """ "Agence France-Presse" is written "Agence France Presse" too, and tokenised copy
    spaces its hyphen; "France Presse" is no person."""
    for text in (
        "Agence France Presse cut 20 jobs in its Paris newsroom.",
        "Agence - France Presse cut 20 jobs in its Paris newsroom.",
    ):
        kinds = {a.name: a.kind for a in find_actors(sentences(text, "He said so again."))}
        assert kinds == {"Agence France-Presse": "organisation"}
    told = "He told Agence - France Presse (AFP) news agency that the talks had failed."
    assert find_actors(sentences(told, "He said so again.")) == ()


def test_a_demonym_as_a_singular_noun_is_one_person_not_the_country() -> None:
    """ "said the German", "the 20-year-old Swede won": a player, not the country; "the
    Chinese said", "the German government", "German troops" are the country's."""
    assert (
        countries(
            '"It was my first final," said the German.',
            "The 20-year-old Swede won in straight sets.",
            "A Russian was arrested at the airport.",
        )
        == {}
    )
    assert countries(
        "The Chinese said they would respond.",
        "The German government said it would act.",
        "German troops crossed the border.",
        "The Georgian Parliament approved the amnesty.",
        "The Iranian-backed militia fired at ships.",
        "The Nigerian, Indian and Kenyan governments protested.",
    ) == {"China": 1, "Germany": 2, "Georgia": 1, "Iran": 1, "Nigeria": 1, "India": 1, "Kenya": 1}


def test_a_country_word_after_a_given_name_inside_a_sentence_is_a_surname() -> None:
    text = "The mayor invited rival Mark Cuban to the gala. Cuban said he would come."
    assert people(text) == {"Mark Cuban"}
    assert countries(text) == {}


def test_a_demonym_before_a_thing_says_where_it_is_from() -> None:
    found = countries(
        "Mexican bakery Dulce opened a store.",
        "Fans of Peruvian food queued outside.",
        "Peruvian troops crossed the river.",
        "Chilean units moved north.",
    )
    assert found == {"Peru": 1, "Chile": 1}


def test_a_seat_is_the_government_only_as_the_subject_of_a_verb() -> None:
    found = countries(
        "She rented a flat in Hammersmith, west London, last year.",
        "He returned to a London police station for questioning.",
        "She wrote of her love for London and Rome.",
        "London paused the sale of missiles.",
        "Beijing also announced sanctions.",
        "Ankara held talks with Tehran.",
    )
    assert found == {"United Kingdom": 1, "China": 1, "Turkey": 1, "Iran": 1}


def test_a_country_named_at_the_end_of_a_bodys_name_is_not_the_country() -> None:
    """ "Bank of America", "University of Texas": the body is named after the place; but
    the state's own bodies ("the Government of India", "the Union of Myanmar") are it."""
    found = countries(
        "Regulators fined Bank of America and the Bank of China on Monday.",
        "Researchers at the University of Texas said the fines were small.",
        "The Government of India and the Embassy of China welcomed the ruling.",
        "The Union of Myanmar and the Senate of Pakistan said nothing.",
        "The minister told the Times of Israel and the Football Federation of Ireland.",
    )
    assert found.get("United States") is None
    assert found["India"] == 1
    assert found["China"] == 1
    assert found["Myanmar"] == 1
    assert found["Pakistan"] == 1
    assert found.get("Israel") is None and found.get("Ireland") is None


def test_the_democratic_republic_of_congo_is_the_drc_and_either_gender_names_no_surname() -> None:
    """ "the Democratic Republic of Congo" is the DRC, not the Republic of the Congo; after
    a name of either gender a country word is still the country ("Xi Russia visit")."""
    found = countries(
        "Xi Russia visit ends with deals.",
        "He left for the Democratic Republic of Congo and Liberia.",
    )
    assert found["Russia"] == 1
    assert found.get("Republic of the Congo") is None
    assert found["Democratic Republic of the Congo"] == 1
    found_bodies = {a.name for a in find_actors(sentences("Story highlights The CIA said so."))}
    assert "CIA" in found_bodies


def test_a_country_word_that_names_money_or_an_ngo_is_no_actor() -> None:
    """A reviewer's Latin America and Sudan copy listed the United States for "25 million
    US dollars" and "3,100 to the U.S. dollar", and Norway for the Norwegian Refugee
    Council: the money's name and an NGO's name are no state acting. The state's own
    bodies are ("the Russian Defence Ministry")."""
    assert countries(
        "Brazil pledged about 25 million US dollars in aid.",
        "The pound traded at 3,100 to the U.S. dollar on Monday.",
        "The Norwegian Refugee Council said 40,000 people had fled.",
    ) == {"Brazil": 1}
    assert countries("The Russian Defence Ministry said it shot down 20 drones.") == {"Russia": 1}
    # no amount, no article: the state acting (a reviewer's counter-examples)
    assert countries(
        "Saudi Crown Prince Mohammed bin Salman met him.",
        "Russia pounds Kyiv with missiles.",
        "Denmark crowns a new king.",
        "The Saudi crown prince flew home.",
    ) == {"Saudi Arabia": 2, "Russia": 1, "Denmark": 1}


def organisations(*texts: str) -> set[str]:
    return {a.name for a in find_actors(sentences(*texts)) if a.kind == "organisation"}


def test_an_alias_that_ends_another_bodys_name_is_not_that_body() -> None:
    """ "Security Council" names the UN's in most copy, but not as the end of another
    body's name ("the bloc's Mediation and Security Council", the AU's "Peace and
    Security Council", "the National Security Council") nor as someone else's ("Russia's
    Security Council"): a reviewer's ECOWAS story had the UN Security Council meeting."""
    for text in (
        "The bloc's Mediation and Security Council will meet on Thursday.",
        "The AU's Peace and Security Council met in Addis Ababa.",
        "The National Security Council met on Friday.",
        "Russia's Security Council met on Friday.",
    ):
        assert "UN Security Council" not in organisations(text), text
    # (a bare "Security Council" is the UN's where the text shows the UN: r42 H5)
    assert "UN Security Council" in organisations("The Security Council voted on a resolution.")
    assert "UN Security Council" in organisations(
        "On Monday Security Council members vetoed the draft."
    )
    assert "UN General Assembly" in organisations(
        "He spoke to the United Nations General Assembly."
    )


def test_congo_alone_names_neither_congo() -> None:
    """A reviewer's M23 copy ("troops in eastern Congo") had been given to Brazzaville;
    AP and Reuters call the DRC "Congo", but other copy so calls the Republic of the
    Congo ("Sassou Nguesso has ruled Congo"). Alone, it names neither; a full name does."""
    assert countries("Rwanda has 3,000 troops in eastern Congo.") == {"Rwanda": 1}
    assert countries("Sassou Nguesso has ruled Congo since 1997.") == {}
    assert countries("The Republic of Congo said it would send aid.") == {
        "Republic of the Congo": 1
    }
    assert countries("Congo Republic President Denis Sassou Nguesso spoke.") == {
        "Republic of the Congo": 1
    }
    assert countries("The Democratic Republic of Congo said it would send aid.") == {
        "Democratic Republic of the Congo": 1
    }


def test_two_countries_ministries_of_one_name_are_two_bodies() -> None:
    """r42 L8: Kazakhstan's and the UAE's "Ministry of Foreign Affairs", each in its own
    release, had been one organisation citing both; r72 F8: with one owner a day, a bare
    "Ministry of Foreign Affairs" had been Athens's one day and Ankara's the next. A
    ministry the text writes with its owner is named so; a source's unowned mention after
    it is the owner it wrote; one before it, or in a source that writes none, stays as
    written."""
    from brief.models import Sentence

    texts = [
        Sentence(
            "The Ministry of Foreign Affairs of the Republic of Chile welcomed the deal.", 1, 1, 0
        ),
        Sentence("The Ministry of Foreign Affairs said talks would resume.", 1, 2, 0),
        Sentence("Peru's Ministry of Foreign Affairs expressed its concern.", 2, 1, 0),
        Sentence("The Ministry of Health of Peru sent two doctors.", 2, 2, 0),
        Sentence("The Ministry of Health said the clinic had closed.", 3, 1, 0),
    ]
    found = {a.name: a.mentions for a in find_actors(texts) if a.kind == "organisation"}
    assert found == {
        "Chile's Ministry of Foreign Affairs": 2,
        "Peru's Ministry of Foreign Affairs": 1,
        "Peru's Ministry of Health": 1,
        "Ministry of Health": 1,
    }
    one = find_actors(sentences("Chile's Ministry of Foreign Affairs said it was ready."))
    assert [a.name for a in one if a.kind == "organisation"] == [
        "Chile's Ministry of Foreign Affairs"
    ]
    # a home ministry named bare before a foreign one is not the foreign one's
    both = find_actors(
        sentences(
            "The Ministry of Defence said in reply that the units had their kit.",
            "The Moldovan Ministry of Defence has not commented.",
        )
    )
    assert {a.name: a.mentions for a in both if a.kind == "organisation"} == {
        "Ministry of Defence": 1,
        "Moldova's Ministry of Defence": 1,
    }


def test_a_quote_of_an_owned_ministry_goes_to_the_actor_of_its_owner() -> None:
    """r72 F8: a quote of a ministry written with its owner's possessive had gone to a
    bare "Foreign Ministry" that no actor of the table named."""
    from brief.extract.quotes import find_quotes

    texts = sentences(
        'Chile\'s Foreign Ministry has called the fishing ban "unlawful and void" and says'
        " the boats will stay.",
    )
    actors = find_actors(texts)
    names = {a.name for a in actors}
    quotes = {q.text: q.actor for q in find_quotes(texts, actors)}
    assert quotes["unlawful and void"] == "Chile's Foreign Ministry"
    assert quotes["unlawful and void"] in names


def test_a_water_or_port_named_after_a_country_is_not_the_country() -> None:
    """ "Port Sudan" had counted as Sudan and "the Gulf of Oman" as Oman (r43)."""
    from brief.extract.actors.places import gazetteer_hits

    def states(text: str) -> list[str | None]:
        return [entry.name if entry else None for entry, _, _ in gazetteer_hits(text)]

    assert states("Drones hit the fuel depot in Port Sudan on Friday.") == [None]
    assert states("Tankers in the Gulf of Oman were diverted.") == [None]
    assert states("Oil output in the Gulf of Mexico fell.") == [None]
    assert states("Sudan's army said the drones came from the west.") == ["Sudan"]


def test_a_seat_before_a_plural_noun_and_its_verb_is_no_government() -> None:
    assert countries("Premiums rose after London underwriters raised war-risk rates.") == {}


def test_a_language_inside_a_bodys_name_names_no_country() -> None:
    found = countries("The Community of Portuguese-Language Countries sent observers.")
    assert found == {}


def test_regional_bodies_are_organisations_and_shared_acronyms_stay_as_written() -> None:
    """A regional bloc is an international body as the AU is ("the Southern African
    Development Community welcomed ..."); an acronym another body of some country's news
    goes by is none ("OAS" is Canada's Old Age Security too)."""
    assert organisations("SADC leaders met in Gaborone on Friday.") == {
        "Southern African Development Community"
    }
    assert organisations("Caricom welcomed the vote in Port of Spain.") == {"Caribbean Community"}
    assert organisations("The Pacific Islands Forum urged restraint.") == {"Pacific Islands Forum"}
    assert organisations("Pensioners said OAS cheques would rise in April.") == set()


def test_a_land_or_water_named_after_a_country_is_not_the_country() -> None:
    """r65 F7: "the creeks of the Niger Delta" had made Niger an actor of a story in
    Nigeria; a delta, a river or highlands named so may lie in another country. A
    country's name inside a longer country's name stays that one ("Guinea-Bissau")."""
    assert (
        countries(
            "Gunmen seized two pump operators in the mangroves of the Niger Delta.",
            "Barges on the Jordan River were stopped on Monday.",
            "Rain fell across the Kenya Highlands.",
        )
        == {}
    )
    assert countries("Niger said its southern border would reopen.") == {"Niger": 1}
    assert countries("Troops from Guinea-Bissau and South Sudan arrived.") == {
        "Guinea-Bissau": 1,
        "South Sudan": 1,
    }
