from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from typer.testing import CliRunner

from brief import profiles
from brief.classify import OTHER, classify, classify_all, classify_with_headlines
from brief.cli import app
from brief.models import Classification
from brief.profiles import Profile, SectionSpec, load_profile
from brief.story_profile import (
    Placement,
    about_excluded,
    about_watched,
    article_leads,
    confine,
    place,
)
from tests.conftest import sample_paths

GEO = load_profile("geopolitics")
STORM = [
    "The cyclone killed at least 40 people and left 10,000 homeless, officials said.",
    *["Rain fell on the hills above the town for a fourth day."] * 6,
]


def _story_lead(*args: object) -> list[object]:
    """The leads of a story's articles, one after another (as the pipeline reads them)."""
    return [c for own in article_leads(*args) for c in own]  # type: ignore[arg-type]


def placed_alone(
    texts: list[str], headline: str, outlets: int = 1, profile: Profile = GEO
) -> Placement:
    """One article as a story: its sentences judged together, its lead the headline and
    the first two sentences."""
    classes = classify_all(texts, profile, ["a"] * len(texts))
    lead = [classify(headline, profile), *classes[:2]]
    return place(classes, texts, lead, headline, profile, outlets)


def test_a_story_is_as_relevant_as_its_lead_when_its_lead_states_its_event() -> None:
    """A long report that turns to colour after its lead still leads with its event."""
    classes = classify_all(STORM, GEO)
    headline = "Cyclone leaves thousands homeless"
    lead = [classify(headline, GEO), classes[0]]
    placed = place(classes, STORM, lead, headline, GEO, outlets=3)
    assert placed.relevant and placed.section == "humanitarian"
    assert placed.relevance == 1.0


def test_confine_weighs_the_outlets_as_the_digest_does() -> None:
    """A story several outlets report keeps its sentences' sections."""
    classes = classify_all(STORM, GEO)
    stories = [("Cyclone leaves thousands homeless", list(range(len(STORM))))]
    alone = confine(classes, STORM, stories, GEO, 2)
    assert alone[0].section == OTHER
    reported = confine(classes, STORM, stories, GEO, 2, [3])
    assert reported[0].section == "humanitarian"


def test_a_single_article_of_plain_economic_news_is_economy() -> None:
    """A budget, an order and a factory are economic events: one article of them is placed
    in Economy and energy, not left to the catch-all for want of trade or market words."""
    texts = [
        "The finance minister raised the tax on fuel and cut spending on roads.",
        "The deficit will fall to 2% next year, the minister told parliament.",
        "The opposition said the plans would cost jobs.",
        "Carmaker Volta will build a factory near the port, creating 900 jobs.",
        "Sales and profits at the firm rose in the first half.",
    ]
    classes = classify_all(texts, GEO, ["a"] * len(texts))
    stories = [("Minister raises fuel tax", list(range(len(texts))))]
    kept = confine(classes, texts, stories, GEO, 2)
    assert [c.section for c in kept].count("economy") >= 3


def test_talks_called_for_after_a_battle_take_nothing_from_the_battle() -> None:
    """A diplomacy sentence's negative cues for force ("called for a ceasefire") say that
    sentence is no troop movement; they do not make the battle before it less dense, and
    the article keeps its sections (they had all gone to the catch-all)."""
    texts = [
        "Tuareg rebels seized the northern town of Kidal on Tuesday after two days of heavy"
        " fighting with government troops, military officials said.",
        "About 5,000 people have fled the town since the fighting began, the United Nations"
        " refugee agency said in a statement on Wednesday.",
        "The army said it had lost 12 armoured vehicles in the fighting and would send"
        " reinforcements from Gao.",
        "Government forces withdrew to a base 30 kilometres south of the town overnight,"
        " according to a local official.",
        "The African Union called for an immediate ceasefire and urged both sides to return"
        " to talks in Algiers.",
        "Diplomats said the talks, suspended in March, could resume next week if the"
        " fighting stops.",
    ]
    classes = classify_all(texts, GEO, ["a"] * len(texts))
    stories = [("Rebels seize northern town of Kidal", list(range(len(texts))))]
    kept = confine(classes, texts, stories, GEO, 2)
    assert {"military", "diplomacy"} <= {c.section for c in kept}


def test_a_single_article_is_not_placed_by_its_lead_alone() -> None:
    """An order whose headline and opening sentences are economic but whose later
    sentences carry no cue stays out: one article's lead was right only half the time
    on the BBC desks, and a wrong section is worse than none."""
    texts = [
        "Aerion will sell 40 jets to Norland Air in an order worth $4bn, the firm said.",
        "The airline's profit rose last year and its sales doubled.",
        "The new jet seats 250 people and flies further than its rival.",
        "Its wings are made of carbon fibre.",
        "The rival has no buyer yet.",
        "The first jets will fly in 2009.",
        "Revenue from the deal will be spread over ten years.",
        "A spokesman said the jet was the best in its class.",
    ]
    headline = "Aerion wins $4bn jet order as sales rise"
    assert not placed_alone(texts, headline).relevant
    # several outlets leading with it make it news
    assert placed_alone(texts, headline, outlets=2).section == "economy"


TERROR_BILL = [
    "The prime minister has rejected an opposition offer on the terror bill.",
    "The opposition leader said the offer would have eased the bill's passage through parliament.",
    "The home secretary told MPs the bill was needed to protect the country.",
    "Ministers said the plans would go ahead next week.",
]


def test_a_headline_is_judged_with_its_article() -> None:
    """Alone, "rejects rival's offer" reads as talk between sides; with its article, about
    one country's own bill, it is a domestic spat, as the article's sentences are."""
    headline = "Premier rejects rival's terror offer"
    assert classify(headline, GEO).section == "diplomacy"
    classes, headlines = classify_with_headlines(TERROR_BILL, GEO, ["a"] * 4, {"a": headline})
    assert headlines["a"].section == OTHER
    assert classes == classify_all(TERROR_BILL, GEO, ["a"] * 4)
    lead = _story_lead(classes, ["a"] * 4, headlines, 2)
    assert lead == [headlines["a"], *classes[:2]]
    assert not place(classes, TERROR_BILL, lead, headline, GEO, outlets=3).relevant


FORUM = [
    "World leaders gather at the economic forum, where trade and growth top the agenda.",
    "Business chiefs expect oil prices and the dollar to dominate the talks.",
]
PEACE = [
    "The prime minister met the Israeli and Palestinian leaders for talks on a peace deal.",
    "The two sides agreed to hold further negotiations next month.",
    "The envoy said both leaders had pledged to resume talks on a ceasefire.",
]


def test_a_story_section_does_not_depend_on_which_article_sorts_first() -> None:
    """Its lead is every member's headline and opening sentences, judged with all its
    sentences (issue 9): the forum preview sorting first does not make a peace mission
    economic news."""
    headlines = {"forum": "Leaders gather to face uncertainty", "peace": "Premier on peace mission"}
    placed = set()
    for order in (["forum", "peace"], ["peace", "forum"]):
        texts = [t for key in order for t in (FORUM if key == "forum" else PEACE)]
        articles = [key for key in order for _ in (FORUM if key == "forum" else PEACE)]
        classes, judged = classify_with_headlines(texts, GEO, articles, headlines)
        lead = _story_lead(classes, articles, judged, 2)
        where = place(classes, texts, lead, headlines[order[0]], GEO, 2, articles)
        placed.add(where.section)
    assert placed == {"diplomacy"}


def test_a_match_report_whose_lead_says_attack_is_not_placed_by_it() -> None:
    """One cue in a lead is not a lead that states its event."""
    texts = [
        "United's attack tore the defence apart in the second half.",
        "The crowd sang throughout.",
        "The manager praised his players.",
        "They play again on Saturday.",
    ]
    assert not placed_alone(texts, "United cruise into last eight").relevant


MARKETS = load_profile("markets")


def test_a_game_won_in_numbers_is_no_company_s_results() -> None:
    """A company's results are money over a period; a game's result in numbers, with its
    "loss", "margin" or "quarter-finals", is no Results and outlook (r64 F9), while a
    quarter's profit and revenue still are."""
    game = [
        "The third seed reached the quarter-finals on Tuesday with a 6-4 7-5 win over a wildcard.",
        "She has lost only one set all week.",
    ]
    assert not placed_alone(game, "Seed into quarter-finals", profile=MARKETS).relevant
    assert classify("They slipped to a 3-1 loss at home.", MARKETS).section != "results"
    results = [
        "The miner's second-quarter profit rose 12% to $1.4 billion on revenue of $6 billion.",
        "It raised its outlook for the full year.",
    ]
    assert placed_alone(results, "Miner's profit rises", profile=MARKETS).section == "results"


def test_a_story_is_excluded_when_most_of_its_articles_are_about_an_excluded_topic() -> None:
    """The exclude list judges every article of a story, not only the one whose headline
    and lead the story took."""
    first = [
        "The club's chief said the captain would not be sold.",
        "Talks on a new contract have begun.",
        "The chief would not name a price.",
    ]
    others = [
        "The goalkeeper was blamed after the draw in the Champions League.",
        "The striker signed a new deal at the club.",
        "The midfielder hopes to stay for the FA Cup run.",
    ]
    texts = first + others
    headline = "Chief firm over captain's future"
    one = {"a": headline}
    assert not about_excluded(GEO.exclude, first, ["a"] * len(first), one)
    # one article is judged by its headline and lead, as a brief of it always was
    assert not about_excluded(GEO.exclude, texts, ["a"] * len(texts), one)
    assert about_excluded(GEO.exclude, texts, ["a", "a", "a", "b", "c", "d"], one)
    # three reports of the club's affairs beside one football report
    four = ["a", "a", "b", "c", "c", "d"]
    assert not about_excluded(GEO.exclude, [*first, *first[:2], others[0]], four, one)


def test_a_profile_with_no_exclude_list_excludes_nothing() -> None:
    """r53 H1: with no exclude list every story had been excluded (no vote of none is half
    of none), so the packaged markets profile filed every story under "Also in the
    inbox"."""
    texts = ["The central bank of Norland cut its rate to 4.25% on Tuesday."]
    assert not about_excluded((), texts, ["a"], {"a": "Norland cuts its rate"})
    assert not about_excluded((), texts * 2, ["a", "b"], {"a": "Cut", "b": "Rate cut"})


def test_an_excluded_term_in_a_reports_background_leaves_it_in_the_brief() -> None:
    """r52 H4: a storm report's third sentence, "a major coffee and rice exporter", had
    sent seven dead to "Also in the inbox" under an exclude list naming "rice"; a lede
    naming it still excludes."""
    terms = ("rice",)
    storm = [
        "Typhoon Keld killed seven people in Norland's central provinces on Wednesday.",
        "Some 40,000 residents were moved to shelters, the disaster agency said.",
        "Norland, a major coffee and rice exporter, is often hit by storms in autumn.",
    ]
    headlines = {"a": "Typhoon Keld kills seven in Norland"}
    assert not about_excluded(terms, storm, ["a"] * 3, headlines)
    harvest = ["Norland's rice harvest fell by a fifth this year, the ministry said.", *storm]
    assert about_excluded(terms, harvest, ["a"] * 4, headlines)


RATES = [
    "The central bank of Norland raised interest rates to 5% as inflation hit a ten-year high.",
    "Mortgage costs will rise and the currency gained against the dollar, traders said.",
    "The bank said prices for food and fuel would keep rising this year.",
]
RATES_AGAIN = [
    "Norland has raised its interest rates again to curb inflation, the central bank said.",
    "Exporters warned that a stronger currency would hurt trade.",
    "Economists expect growth to slow to 1% next year.",
]
MATCH = [
    "Norland's football clubs said the central bank's rise in interest rates would hurt them.",
    "Clubs have borrowed heavily to pay wages as inflation rose, the football league said.",
    "One club's finance chief said the rate rise would cost it £2m a year.",
]
RATE_HEADLINES = {
    "rates": "Norland raises rates to curb inflation",
    "again": "Norland interest rates rise again",
    "match": "Football clubs fear rate rise gloom",
}


def _rates_story(order: list[str], profile: Profile) -> Placement:
    """The three reports of one rate rise in the given reading order, as a digest places
    them (their sentences and headlines judged with their articles)."""
    own = {"rates": RATES, "again": RATES_AGAIN, "match": MATCH}
    texts = [t for key in order for t in own[key]]
    articles = [key for key in order for _ in own[key]]
    classes, judged = classify_with_headlines(texts, profile, articles, RATE_HEADLINES)
    lead = _story_lead(classes, articles, judged, 2, order)
    titles = {key: RATE_HEADLINES[key] for key in order}
    headline = RATE_HEADLINES[order[0]]
    return place(classes, texts, lead, headline, profile, 3, articles, titles)


def test_a_story_relevance_does_not_depend_on_which_article_sorts_first() -> None:
    """Every member's headline and lead are read (issue 9): the match report, one of three
    and the only one naming an excluded term, does not push the rate rise out when it
    sorts first; a watched name in a later member's headline counts as in the first's."""
    orders = [["match", "rates", "again"], ["rates", "again", "match"], ["again", "match", "rates"]]
    placed = {_rates_story(order, GEO) for order in orders}
    assert len(placed) == 1
    (one,) = placed
    assert one.relevant and one.section == "economy"
    watching = replace(GEO, watch=("gloom",))
    watched = {_rates_story(order, watching) for order in orders}
    assert len(watched) == 1 and next(iter(watched)).relevance == one.relevance + 1.0
    # two reports of three about the match push the story out, in any order
    both = {**RATE_HEADLINES, "again": "Norland into World Cup finals"}
    texts = [*MATCH, *RATES, *MATCH]
    for first, last in (("match", "again"), ("again", "match")):
        articles = [first] * 3 + ["rates"] * 3 + [last] * 3
        assert about_excluded(GEO.exclude, texts, articles, both)


def test_a_sentence_two_stories_carry_keeps_its_section_if_either_keeps_it() -> None:
    """A sentence several stories carry (a quote two reports share) is read in each; the
    story left out does not take its section from the one kept, whichever comes first."""
    match = [
        "United's attack tore the defence apart in the second half.",
        "The crowd sang throughout.",
        "They play again on Saturday.",
    ]
    texts = [*STORM, *match]
    classes = classify_all(texts, GEO)
    storm = ("Cyclone leaves thousands homeless", list(range(len(STORM))))
    cup = ("United cruise into last eight", [0, *range(len(STORM), len(texts))])
    for stories, outlets in (([storm, cup], [3, 1]), ([cup, storm], [1, 3])):
        kept = confine(classes, texts, stories, GEO, 2, outlets)
        assert kept[0].section == "humanitarian"
        assert kept[len(STORM)].section == OTHER


def _digest_stories(inbox: Path, out: Path) -> list[tuple[object, ...]]:
    """Each story of the inbox's JSON digest by its articles' hashes, in order."""
    result = CliRunner().invoke(app, ["make", str(inbox), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    sha = {s["number"]: s["sha256"] for s in data["sources"]}
    return [
        (
            frozenset(sha[n] for n in s["sources"]),
            s["id"],
            s["section"],
            s["relevant"],
            s["relevance"],
        )
        for s in data["stories"]
    ]


def test_the_same_articles_under_other_names_make_the_same_stories(
    tmp_path: Path, fixed_clock: object
) -> None:
    """File names decide which article sorts first; they must not decide a story's
    section, relevance, place in the digest or id."""
    texts = {
        "crisis": "\n\n".join([RATE_HEADLINES["rates"], *RATES]),
        "again": "\n\n".join([RATE_HEADLINES["again"], *RATES_AGAIN]),
        "match": "\n\n".join([RATE_HEADLINES["match"], *MATCH]),
    }
    texts |= {p.stem: p.read_text(encoding="utf-8") for p in sample_paths()}
    digests = []
    for prefix in ("a", "z"):
        inbox = tmp_path / prefix
        inbox.mkdir()
        for n, (name, text) in enumerate(sorted(texts.items())):
            rank = n if prefix == "a" else len(texts) - n
            (inbox / f"{rank:02d}-{name}.txt").write_text(text + "\n", encoding="utf-8")
        digests.append(_digest_stories(inbox, tmp_path / f"{prefix}.json"))
    assert digests[0] == digests[1]


def test_several_outlets_place_a_story_only_when_several_of_their_leads_state_it() -> None:
    """s10 review: two party-conference reports merged by their desk's words were placed
    by one stray cue in one lead (and led a digest); several outlets leading with an
    event means several leads stating it."""
    one = [
        "The party unveiled its election slogan at its spring conference.",
        "Its leader told delegates the party had no glass ceiling.",
    ]
    two = [
        "The rival party named the seats it hopes to win from the government.",
        "Its election chief said talks with the envoy had been held in Geneva.",
    ]
    texts, articles = [*one, *two], ["one"] * 2 + ["two"] * 2
    headlines = {"one": "Party unveils slogan", "two": "Party names target seats"}
    classes, judged = classify_with_headlines(texts, GEO, articles, headlines)
    leads = article_leads(classes, articles, judged, 2)
    lead = tuple(c for own in leads for c in own)
    alone = place(classes, texts, lead, headlines["one"], GEO, 2, articles, headlines, leads)
    assert not alone.relevant and alone.section == OTHER


def test_a_supporting_section_places_no_story() -> None:
    """Background holds a story's history; a story of history alone is not in the
    profile ("the first title since 1999", "a historic win")."""
    texts = [
        "It was the club's first title since 1999 and a historic win for the coach.",
        "Decades ago the club was the pride of the town, a tradition it has long kept.",
        "The history of the ground goes back a century.",
    ]
    assert any(c.section == "context" for c in classify_all(texts, GEO, ["a"] * len(texts)))
    placed = placed_alone(texts, "Club wins historic title", outlets=3)
    assert not placed.relevant and placed.section == OTHER


SHOOTING = [
    "A gunman opened fire on a queue outside a bar late on Friday, wounding four men.",
    "Witnesses said the shooter fired at least ten shots before he ran off.",
    "Police said they were searching for a man in his twenties.",
    "Two of the wounded were in a serious condition in hospital, police said.",
]


def test_a_story_that_names_no_political_actor_is_outside_force_and_diplomacy() -> None:
    """A shooting whose actors are a gunman, his victims and the police is a crime: its
    shots and wounds place it in no section between states, whatever its cue totals."""
    placed = placed_alone(SHOOTING, "Four hurt in shooting outside bar", outlets=3)
    assert placed.section == OTHER and not placed.relevant


def test_the_same_shots_between_armed_sides_stay_military() -> None:
    texts = [s.replace("A gunman", "Rebel fighters") for s in SHOOTING]
    placed = placed_alone(texts, "Rebels fire on queue outside bar", outlets=3)
    assert placed.section == "military" and placed.relevant


def test_a_section_a_user_adds_leaves_the_other_sections_stories_where_they_were(
    tmp_path: Path,
) -> None:
    """A desk copies the packaged profile and adds a section of its own: what that
    section's stories must name is its own affair. Every gated section's kinds in common
    had been what force's stories must name, so a section of parties alone left force
    none, and every strike went outside the profile (r54)."""
    packaged = (Path(profiles.__file__).parent / "geopolitics.toml").read_text(encoding="utf-8")
    rebels = [s.replace("A gunman", "Rebel fighters") for s in SHOOTING]
    for participants in ('["party"]', '["country", "official", "party"]'):
        own = tmp_path / "desk.toml"
        own.write_text(
            packaged
            + '\n[[sections]]\nkey = "parties"\ntitle = "Parties"\ncues = ["manifesto"]\n'
            + f"participants = {participants}\n",
            encoding="utf-8",
        )
        desk = load_profile(str(own))
        placed = placed_alone(rebels, "Rebels fire on queue outside bar", 3, desk)
        assert (placed.section, placed.relevant) == ("military", True)
        crime = placed_alone(SHOOTING, "Four hurt in shooting outside bar", 3, desk)
        assert (crime.section, crime.relevant) == (OTHER, False)


BUDGET = [
    "House Republicans unveiled a spending bill on Tuesday that would fund most agencies.",
    "Passing it would increase pressure on the Senate to accept the plan, aides said.",
    "The White House urged lawmakers to reject the bill and pass a short-term measure.",
    "Several Republicans said they would oppose the bill unless the cuts were reversed.",
]


def test_a_states_own_budget_fight_is_no_diplomacy() -> None:
    """Its sides are a state's own bodies and parties: no state, envoy or body of states
    stands on either side, so its demands and refusals are domestic politics."""
    placed = placed_alone(BUDGET, "Spending bill heads for a vote", outlets=3)
    assert placed.section != "diplomacy"


def test_the_same_demands_between_states_stay_diplomacy() -> None:
    texts = [
        "Germany urged Poland to reject the plan and hold talks with the European Commission.",
        "Poland said it would oppose any deal unless its demands were met.",
        "The two governments agreed to meet again in Brussels next week.",
    ]
    placed = placed_alone(texts, "Berlin presses Warsaw on plan", outlets=3)
    assert placed.section == "diplomacy"


def test_the_bodies_of_two_states_are_relations_between_them() -> None:
    """The Kremlin and the White House are two governments; the Senate and the White
    House are one state's own affairs."""
    texts = [
        "The Kremlin rejected the White House's demand for talks on missile defence.",
        "The Duma said the proposal was a provocation.",
    ]
    assert placed_alone(texts, "Kremlin rejects missile talks").section == "diplomacy"


def test_a_chemical_attack_is_military_news_not_energy() -> None:
    texts = [
        "Government forces dropped nerve gas on the rebel-held town on Tuesday, activists said.",
        "The United Nations said inspectors would test for sarin gas.",
    ]
    assert placed_alone(texts, "Nerve gas attack on rebel town").section == "military"


CLASH = [
    "Two soldiers were killed and a porter was injured when the Pakistan Army opened fire on"
    " Indian positions along the Line of Control in the Keran sector on Sunday night,"
    " officials said.",
    'A defence spokesperson in Srinagar said Pakistani troops "initiated unprovoked small'
    ' arms and mortar fire" at around 11.15 p.m.',
    "The deceased were identified as Havildar Baljit Singh, 38, and Rifleman Tashi Namgyal, 26.",
    "Singh had served in the Army for 19 years, his unit said.",
    "The Northern Command chief paid tributes to the soldiers at a wreath-laying ceremony.",
    '"The nation will always remember their sacrifice," he said.',
    "The chief minister announced an ex gratia payment for the family of each soldier.",
    "Residents of Keran said they spent the night in community bunkers.",
    '"We took the children and ran to the bunker," said Ghulam Nabi, a farmer in Keran.',
    "The situation remained tense in the area, officials said.",
]


def test_a_report_its_headline_and_lede_state_is_that_sections_news() -> None:
    """A clash report whose later paragraphs turn to tributes and villagers' words had gone
    to "Also in the inbox" with relevance 0 (r37 D4): under 40% of its sentences are force,
    but its headline and first sentence both state it."""
    placed = placed_with_leads(CLASH, "Two soldiers killed in Pakistani firing along LoC")
    assert (placed.section, placed.relevant) == ("military", True)
    unled = placed_with_leads(CLASH, "Two soldiers killed in Pakistani firing along LoC", False)
    assert not unled.relevant  # the share alone: the rule it was before


def placed_with_leads(texts: list[str], headline: str, own_leads: bool = True) -> Placement:
    """One article placed as a brief places it: its headline judged with it, and its own
    lead (headline and two sentences) given, or not (`own_leads`)."""
    articles = ["a"] * len(texts)
    classes, headlines = classify_with_headlines(texts, GEO, articles, {"a": headline})
    leads = article_leads(classes, articles, headlines, 2)
    lead = tuple(c for own in leads for c in own)
    given = leads if own_leads else ()
    return place(classes, texts, lead, headline, GEO, 1, articles, {"a": headline}, given)


QUAKE = [
    "A magnitude 6.9 earthquake struck off the island before dawn on Tuesday, killing at"
    " least 14 people and injuring 120, officials said.",
    "The quake hit at 2:14 am about 23 kilometres east of the coastal town.",
    "Nine people died in the town and five in a nearby city, most of them crushed by walls.",
    "The seismology office issued a warning for the eastern coast.",
    '"The shaking was so strong I could not stand up," said a market vendor.',
    "More than 300 aftershocks had been recorded by midday.",
    "The president ordered agencies to send food, water and tents to the province.",
    "The region sits on an arc of intense seismic activity.",
    "Schools in the province were closed until further notice.",
    "About 13,600 people were staying in evacuation centres, the civil defence office said.",
]


def test_a_section_a_lead_states_unmistakably_places_a_report_on_thinner_cues() -> None:
    """A quake's toll in its headline and first sentence: its later paragraphs are times,
    aftershocks and witnesses, so its humanitarian cues are thin (a trial's two wire
    copies went to "Also in the inbox" while a share move led the brief: r40 H7). The
    humanitarian section `lead_places`; the economy does not, so "Telegraph axes 90 jobs"
    with as thin cues stays out."""
    placed = placed_with_leads(QUAKE, "Strong quake kills 14 on the island")
    assert (placed.section, placed.relevant) == ("humanitarian", True)
    assert GEO.section("humanitarian").lead_places and not GEO.section("economy").lead_places


CURFEW = [
    "Norland's military authorities imposed a night curfew on Port Velm on Friday after three"
    " more people were killed in clashes between marchers and security forces, bringing the"
    " toll since Wednesday to six, doctors at the city hospital said.",
    "A government spokesman said the curfew would run from 9 pm to 5 am until further notice.",
    "The three were killed in the harbour district, where marchers had blocked the main road,"
    " residents said.",
    "The police said two people had died since Wednesday.",
    "The opposition alliance rejected the police figure.",
    '"We counted six bodies," an alliance organiser said.',
    "The alliance said it would respect the curfew but urged its supporters to keep marching"
    " by day.",
]
CURFEW_HEADLINE = "Junta imposes night curfew on Port Velm as protest toll rises to six"


def test_a_lead_that_states_force_most_places_a_report_whose_headline_the_profile_lacks() -> None:
    """A curfew report whose headline has no cue of force ("curfew", "toll") and whose
    lede reports people killed in clashes with security forces went to "Also in the
    inbox" with all its sentences (r45 H1). Its lead states force more than any other
    section, so it is force's news; a user's section that counts the headline's "junta"
    as a weak cue does not outweigh the lede."""
    placed = placed_with_leads(CURFEW, CURFEW_HEADLINE)
    assert (placed.section, placed.relevant) == ("military", True)
    political = SectionSpec("political", "Political moves", 4, (("junta", 1.0), ("decree", 3.0)))
    own = replace(GEO, sections=(GEO.sections[0], political, *GEO.sections[1:]))
    articles = ["a"] * len(CURFEW)
    classes, headlines = classify_with_headlines(CURFEW, own, articles, {"a": CURFEW_HEADLINE})
    assert headlines["a"].section == "political"
    leads = article_leads(classes, articles, headlines, 2)
    lead = tuple(c for one in leads for c in one)
    mine = place(classes, CURFEW, lead, CURFEW_HEADLINE, own, 1, articles, None, leads)
    assert (mine.section, mine.relevant) == ("military", True)


def test_a_lead_with_words_of_another_domain_states_no_section_unmistakably() -> None:
    """A charity single re-released for famine relief: its lede's humanitarian cues come
    with a record's words, which argue against force, so it is no report of people in
    need, however thin its other sentences are."""
    single = [
        "The charity single recorded by 40 singers in aid of famine relief in 1985 has been"
        " re-released to raise money for survivors of the floods.",
        "The song reached number one in 14 countries when it first came out.",
        "Its writer said he was proud the song was still being played.",
        "The new version has a video with footage from the original recording.",
        "It will be sold online and in shops from Monday.",
    ]
    assert not placed_with_leads(single, "Charity anthem is re-released").relevant


def test_a_passing_mention_of_a_watched_term_does_not_outweigh_an_excluded_one():
    """r46 M7: a currency report whose headline names the rand and whose one later line
    names the cyclone is about the rand; a report whose lead names the cyclone is about it."""
    profile = replace(GEO, watch=("Tamara",), exclude=("rand",))
    rand = [
        "The rand fell 1.4% against the dollar on Monday as US yields rose.",
        "Traders said the currency could weaken further this week.",
        "Exporters welcomed the move, a Johannesburg dealer said.",
        "Insurers said claims from Cyclone Tamara would be modest.",
    ]
    headlines = {"rand": "Rand slides to two-month low"}
    articles = ["rand"] * len(rand)
    assert not about_watched(profile.watch, rand, articles, headlines)
    assert about_excluded(profile.exclude, rand, articles, headlines)
    cyclone = ["Cyclone Tamara made landfall near Pemba on Monday.", *rand[1:3]]
    assert about_watched(profile.watch, cyclone, ["c"] * 3, {"c": "Storm hits coast"})
    repeated = ["Aid reached the coast.", "Tamara flattened homes.", "Tamara's rains went on."]
    assert about_watched(profile.watch, repeated[:1] * 3 + repeated, ["r"] * 6, {"r": "Aid"})


def test_a_story_goes_to_the_runner_up_its_sentences_tell_when_the_leader_is_thin() -> None:
    """A coup told densely in every outlet's lead whose reports also quote diplomats
    (more Diplomacy in total, but thinly) is force, not "Other"."""
    force = Classification("military", {"military": 4.0, "diplomacy": 0.0})
    talk = Classification("diplomacy", {"military": -0.5, "diplomacy": 2.0})
    idle = Classification(OTHER, {"military": 0.0, "diplomacy": 0.0})
    classes = [force, force, talk, talk, talk, talk, *[idle] * 8]
    texts = ["Troops fired on the palace of the president of Ruritania."] * len(classes)
    leads = ((force, force), (force, talk))
    lead = [c for own in leads for c in own]
    articles = ["a"] * 7 + ["b"] * 7
    headlines = {"a": "Soldiers try to seize power", "b": "Gunfire near the palace"}
    placed = place(classes, texts, lead, "x", GEO, 2, articles, headlines, leads)
    assert placed.section == "military" and placed.relevant


def _headlined_story(headlines: tuple[Classification, ...]) -> Placement:
    """Three reports of a border war, headlined as given: the fighting's (its lede the
    fighting too), a live page's, and the truce's; their sentences total more talk than
    force (the truce, the calls from capitals)."""
    force = Classification("military", {"military": 4.0, "diplomacy": 0.0})
    talk = Classification("diplomacy", {"military": 0.0, "diplomacy": 4.0})
    idle = Classification(OTHER, {"military": 0.0, "diplomacy": 0.0})
    own = {"a": [force, force, talk, idle], "b": [force, talk, idle, idle]}
    own["c"] = [talk, talk, talk, idle]
    classes = [c for key in "abc" for c in own[key]]
    articles = [key for key in "abc" for _ in own[key]]
    texts = ["Troops fired on the border posts of Armenia."] * len(classes)
    leads = tuple((h, *own[key][:2]) for h, key in zip(headlines, "abc", strict=True))
    lead = [c for one in leads for c in one]
    titles = {"a": "Fighting erupts", "b": "Live: border", "c": "Truce agreed"}
    return place(classes, texts, lead, "x", GEO, 3, articles, titles, leads)


def test_a_story_most_of_whose_headlines_state_force_is_military_news() -> None:
    """A reader meets a story by a headline: a border war headlined "At least 11 killed as
    fighting erupts" had been filed under Diplomacy, its truce outweighing its fighting in
    sentences. Where more of its headlines state force than anything else, it is force;
    where they don't, its sentences decide as before."""
    force = Classification("military", {"military": 3.0, "diplomacy": 0.0})
    talk = Classification("diplomacy", {"military": 0.0, "diplomacy": 3.0})
    idle = Classification(OTHER, {"military": 0.0, "diplomacy": 0.0})
    assert _headlined_story((force, force, talk)).section == "military"
    assert _headlined_story((force, talk, talk)).section == "diplomacy"
    assert _headlined_story((force, idle, talk)).section == "diplomacy"  # a tie


def test_a_section_of_plain_cues_places_a_story_with_as_many_cues_per_sentence() -> None:
    """The density bar was set on sections whose ordinary cue weighs 2 or more; a user's
    plain list weighs 1 each, so its stories of blockades and strikes, with a cue every
    other sentence or so, stayed in "Other developments" (r49). The bar is in the weight
    of the section's ordinary cue: the same cues per sentence place a story in either."""

    def placed(weights: tuple[float, ...], cue_score: float) -> Placement:
        cues = tuple(zip(("kidnap", "ransom", "hostage", "captive"), weights, strict=True))
        profile = Profile("desk", "", (SectionSpec("security", "Security", 4, cues),))
        cued = Classification("security", {"security": cue_score})
        idle = Classification(OTHER, {"security": 0.0})
        classes = [cued, idle, cued, idle, cued, idle, cued, idle, idle, idle]
        texts = ["Gunmen seized two engineers near the mine."] * len(classes)
        return place(classes, texts, classes[:2], "Engineers seized", profile)

    assert placed((1.0, 1.0, 1.0, 1.0), 1.0).section == "security"
    assert placed((2.5, 2.5, 2.5, 2.5), 2.5).section == "security"
    # a section of weighty cues keeps its bar: as few of its weak cues tell nothing
    assert placed((2.5, 2.5, 2.5, 1.0), 1.0).section == OTHER


def test_a_lead_states_the_section_its_sentences_land_in() -> None:
    """A section a lead sentence goes to comes before one whose cues it only holds: a
    seizure's lede that also holds diplomacy's words, in a report with one quoted demand,
    is the seizure's news; diplomacy had won on its cue totals though one sentence in
    four was in it (r62 F9)."""
    seize = (("seized", 3.0), ("detain", 2.0))
    talk = (("demand", 3.0), ("consular access", 3.0))
    profile = Profile(
        "desk",
        "",
        (SectionSpec("seizures", "Seizures", 4, seize), SectionSpec("diplomacy", "Talks", 4, talk)),
    )
    lede = Classification("seizures", {"seizures": 6.5, "diplomacy": 3.0})
    demand = Classification("diplomacy", {"diplomacy": 5.0})
    idle = Classification(OTHER, {})
    classes = [lede, idle, idle, demand]
    texts = ["Guards seized the tanker and detained its crew."] * len(classes)
    assert place(classes, texts, [lede], "Tanker seized", profile).section == "seizures"


NAVAL = [
    "The Ostmark Navy frigate Vigilant is escorting the tanker Blue Heron through the strait.",
    "The frigate's helicopter flew an injured sailor from the tanker to a hospital ship.",
    "The escort mission has two warships assigned to it.",
]


def test_a_users_section_is_told_by_an_armed_side_its_own_sentences_name(
    tmp_path: Path,
) -> None:
    """A desk's section of naval escorts lists warships ("forces"), a kind no section
    between states shares: its story, whose navy is an armed side in the sentences that
    land in it, had gone to Military moves (r62 F9). A crime's sentences still name no
    side."""
    packaged = (Path(profiles.__file__).parent / "geopolitics.toml").read_text(encoding="utf-8")
    own = tmp_path / "desk.toml"
    own.write_text(
        packaged
        + '\n[[sections]]\nkey = "naval"\ntitle = "Naval escorts"\n'
        + 'participants = ["country", "organisation", "official", "forces"]\n'
        + '[sections.cues]\nescort = 3\nescorting = 3\nfrigate = 2.5\n"warship*" = 2.5\n',
        encoding="utf-8",
    )
    desk = load_profile(str(own))
    placed = placed_alone(NAVAL, "Frigate escorts tanker Blue Heron", profile=desk)
    assert (placed.section, placed.relevant) == ("naval", True)
    crime = placed_alone(SHOOTING, "Four hurt in shooting outside bar", 3, desk)
    assert (crime.section, crime.relevant) == (OTHER, False)


def test_an_excluded_topic_wins_over_a_watched_place() -> None:
    """r65 F12: a desk watching Norland that excludes "football" does not get the national
    squad's news in full; the story is still listed (not relevant: "Also in the inbox").
    Watching alone still makes a story of no section relevant."""
    squad = [
        "Norland's football coach named a 23-man squad on Monday for next month's qualifier.",
        "Three uncapped players were called up from the domestic league.",
        "The team trains in the capital from Thursday.",
    ]
    articles = ["a"] * len(squad)
    headline = "Norland names football squad for qualifier"
    classes, headlines = classify_with_headlines(squad, GEO, articles, {"a": headline})
    leads = article_leads(classes, articles, headlines, 2)
    lead = tuple(c for own in leads for c in own)
    both = replace(GEO, watch=("Norland",), exclude=("football",))
    placed = place(classes, squad, lead, headline, both, 1, articles, {"a": headline}, leads)
    assert placed.watched and not placed.relevant
    watching = replace(GEO, watch=("Norland",), exclude=())
    kept = place(classes, squad, lead, headline, watching, 1, articles, {"a": headline}, leads)
    assert kept.watched and kept.relevant


def test_a_transcripts_greeting_is_no_lede() -> None:
    """A briefing's first turn that only greets ("SPOKESWOMAN: Good morning.") states no
    event; its next sentences are the lead (r74 F12: a ministry's briefing on the day's
    detentions had gone to "Also in the inbox")."""
    texts = [
        "HALVARD (through interpreter): Good morning.",
        "The expulsion of our ambassador is a hostile act and the embassy in Kessby will close.",
        "We have recalled the trade envoy and suspended the talks on the fisheries treaty.",
    ]
    articles = ["a"] * len(texts)
    headlines = {"a": "Transcript: briefing by Foreign Ministry spokeswoman Tove Halvard"}
    classes, judged = classify_with_headlines(texts, GEO, articles, headlines)
    lead = _story_lead(classes, articles, judged, 2, [], texts)
    assert len(lead) == 3 and lead[1] == classes[1] and lead[2] == classes[2]
