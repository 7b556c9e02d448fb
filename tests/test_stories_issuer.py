"""A foreign ministry's advisory and a local paper tell one event: the ministry's country
is who issues the advisory, not where or what the event is, and the country it places the
event in is the local paper's city's (invented texts of a flood)."""

from __future__ import annotations

from brief.stories import find_stories
from tests.story_corpus import corpus_of

ADVISORY = """Travel advisory: Brazil (Porto Alegre) lowered to Level 2
Norvania Ministry of Foreign Affairs | Consular Services | 14 May 2030

The Norvania Ministry of Foreign Affairs has lowered its travel advisory for the city
of Porto Alegre, Brazil, from Level 3 to Level 2, with effect from 14 May 2030.

Calm has returned to central Porto Alegre, and the Rio Grande do Sul government has lifted its
evacuation order.

Norvania nationals should still avoid the flooded islands of the delta.
"""

LOCAL = """Calm returns to Porto Alegre as evacuation order is lifted
The Guaiba Courier | By Marta Silveira | 14 May 2030

Shops reopened in Menino Deus and buses returned to Cidade Baixa on Tuesday morning after a
night without rain in Porto Alegre.

The Rio Grande do Sul government lifted the evacuation order a day early, a spokesman said on
Tuesday.

Shopkeepers' leaders said they would meet the state's finance secretary on Thursday.

Firemen said 41 people had been rescued from rooftops in the Sarandi district last week.

The river port at Cais Maua will reopen to cargo ships on Friday, its operator said.

Volunteers at the Gigante stadium handed out blankets and drinking water to families.

The city's tram company said its depot in Navegantes had been cleaned of mud.

Schools in the Humaita neighbourhood will reopen next Monday, the education office said.
"""

QUAKE = """Earthquake of magnitude 6.1 strikes off Hokkaido
By Kenji Arakawa | Pacific Wire | 14 May 2030

An earthquake of magnitude 6.1 struck off the coast of Hokkaido on Tuesday, the meteorological
agency said.

No tsunami warning was issued, and no damage was reported in Kushiro.

Trains on the Nemuro line were halted for checks.
"""


def test_an_advisory_and_the_local_paper_of_its_city_are_one_story() -> None:
    corpus = corpus_of([ADVISORY, LOCAL, QUAKE])
    assert [d.source.outlet for d in corpus.documents][:2] == [
        "Norvania Ministry of Foreign Affairs",
        "The Guaiba Courier",
    ]
    assert [group.sources for group in find_stories(corpus)] == [(1, 2), (3,)]


def test_a_place_is_put_in_a_country_by_the_countrys_name_after_it() -> None:
    from brief.stories.texts import Text

    text = Text(
        "Floods close roads",
        ["Floods closed roads around the town of Novo Hamburgo, Brazil, on Monday."],
        outlet="The Norvania Times",
    )
    assert text.apposed == {"Brazil": frozenset({("novo", "hamburgo")})}
    assert text.teller == {"the", "norvania", "times"}
    # a list of countries, or of capitals, puts no place in a country
    assert Text("Talks", ["India, Pakistan and China met in Geneva on Monday."]).apposed == {}
    assert Text("Talks", ["Paris, London and Berlin agreed on Monday."]).apposed == {}
