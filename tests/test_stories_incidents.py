"""Incidents of one sea, one issuer and one vocabulary told apart (r69 F1, F2, F10): a
second ship's incident the next day beside the first ship's story, which a claim of both
joins; two numbered notices of one centre stamped with two days; a band's concert beside
a commissioning at one base; a broker's rates note beside the escort operation it names
in a warranty. Every text here is invented."""

from __future__ import annotations

from brief.ingest import make_source, parse_text
from brief.segment import segment
from brief.stories import find_stories


def _groups(texts: list[str]) -> list[tuple[int, ...]]:
    documents = [
        parse_text(text, make_source(f"{n}.txt", n, text.encode("utf-8")))
        for n, text in enumerate(texts, 1)
    ]
    return [group.sources for group in find_stories(segment(documents))]


def _together(groups: list[tuple[int, ...]], one: int, other: int) -> bool:
    return any(one in group and other in group for group in groups)


OTHER_NEWS = [
    "Tarvik council approves new tram line\n\nTarvik's city council approved a 12-kilometre"
    " tram line to the airport on Monday after a two-year debate.\n\nConstruction is due to"
    " start next spring, the mayor said.",
    "Heatwave closes schools in southern Ostmark\n\nSchools across southern Ostmark closed on"
    " Wednesday as temperatures passed 41 degrees for a third day.\n\nThe health ministry"
    " urged older people to stay indoors.",
]

# The first ship's story: the wire, its follow-up and the owner's statement.
FIRST_SHIP = [
    "Missile hits cargo ship Solvik Star in Verrin Gulf, two crew hurt\n\nA missile struck"
    " the cargo ship Solvik Star in the Verrin Gulf early on Monday, injuring two crew"
    " members, her owner said.\n\nThe Solvik Star, carrying steel coils to Harlun, was hit"
    " above the waterline about 20 nautical miles east of Cape Orrin, Dagny Shipping said."
    "\n\nThe Ochre Front, an armed group that controls the gulf's western shore, said it had"
    " targeted the ship.",
    "Solvik Star reaches Harlun under escort after missile strike\n\nThe cargo ship Solvik"
    " Star reached Harlun on Tuesday under escort, a day after a missile struck her in the"
    " Verrin Gulf, Dagny Shipping said.\n\nThe two injured crew members of the Solvik Star"
    " were taken to hospital in Harlun.\n\nThe Ochre Front has threatened more attacks in"
    " the gulf.",
    "Dagny Shipping statement on MV Solvik Star\n\nDagny Shipping confirms that"
    " MV Solvik Star was struck by a missile in the Verrin Gulf on Monday. Two crew members"
    " were injured.\n\nThe vessel is stable and has reached Harlun.",
]

# The group's claim: it leads with both ships.
CLAIM = (
    "Ochre Front claims missile strikes on ships in Verrin Gulf\n\nThe spokesman of the Ochre"
    " Front, Tamas Verrick, said the group's naval unit struck the enemy ship SOLVIK STAR"
    " with a missile and two other ships in the Verrin Gulf this week.\n\nHe said the"
    " tanker MARA LINDEN had been set on fire off Cape Orrin.\n\nVerrick said the group"
    " would go on striking ships in the gulf until the blockade of the western shore was"
    " lifted."
)


# The second ship's incident, the next day, in a security firm's telegraphic advisory that
# names her in its second line and recalls the first strike in its last.
SECOND_SHIP = (
    "ADVISORY 31-044 // VERRIN GULF // SUSPICIOUS APPROACH\n\n0240 UTC: MV reports approach"
    " by two skiffs, armed persons on board, ladder sighted.\n\n0250 UTC: Vessel identified"
    " as tanker MARA LINDEN (MLT flag), 12nm S of Cape Orrin.\n\n0305 UTC: Embarked guards"
    " fired warning shots; skiffs broke off.\n\nAssessment: likely Ochre Front boat team;"
    " the approach follows the Monday missile strike 8nm to the north."
)


def test_a_second_ships_incident_is_no_part_of_the_first_ships_story_a_claim_joins() -> None:
    """The group's claim leads with both ships and joins the first one's story; the
    second ship, approached the next day and named by the advisory's second line, is the
    advisory's own incident, and no ship of that story (r69 F1)."""
    groups = _groups([*FIRST_SHIP, CLAIM, SECOND_SHIP, *OTHER_NEWS])
    assert _together(groups, 1, 2) and _together(groups, 1, 3), groups
    assert not any(_together(groups, k, 5) for k in (1, 2, 3)), groups


# Two numbered notices of one centre, each stamped with its incident's day and hour, and
# a ship's report for each.
NOTICE_ONE = (
    "GULF WATCH NOTICE 031/2031 - INCIDENT\n\nGulf Watch Centre | 3 March 2031\n\nGulf Watch"
    " has received a report of an incident 20NM east of Cape Orrin, Verrin Gulf.\n\nAt 2215"
    " UTC on 3 March 2031 a merchant vessel was struck by a missile.\n\nThe vessel has"
    " reported damage and casualties.\n\nVessels are advised to transit with caution and"
    " report any suspicious activity to Gulf Watch."
)
NOTICE_TWO = (
    "GULF WATCH NOTICE 032/2031 - INCIDENT - UPDATE 1\n\nGulf Watch Centre | 5 March 2031"
    "\n\nAt 0540 UTC on 5 March 2031 a tanker reported an explosion close to her hull 7NM"
    " south of Cape Orrin.\n\nUPDATE 1: The vessel has reported no casualties. Minor"
    " flooding is under control.\n\nVessels are advised to keep clear of the area and"
    " report any suspicious activity to Gulf Watch."
)


def test_two_numbered_notices_stamped_with_two_days_are_two_incidents() -> None:
    """One centre's two warnings in one template, neither naming its ship, share every
    word but the moment each stamps its incident with (3 March at 2215 UTC, 5 March at
    0540 UTC): two incidents (r69 F2)."""
    groups = _groups([NOTICE_ONE, NOTICE_TWO, *OTHER_NEWS])
    assert not _together(groups, 1, 2), groups


def test_reports_stamped_with_one_day_stay_one_incident() -> None:
    """A security firm's log and the centre's notice stamp one day: one incident."""
    log = (
        "ADVISORY 31-041 // VERRIN GULF // MISSILE STRIKE\n\n2216 UTC: Merchant vessel"
        " reports missile impact, 20nm E of Cape Orrin.\n\n2230 UTC: Fire on deck reported,"
        " crew fighting it.\n\nThreat level for the Verrin Gulf raised to HIGH."
    )
    dated = log.replace("2216 UTC: Merchant", "On 3 March 2031 at 2216 UTC: Merchant")
    groups = _groups([NOTICE_ONE, dated, *OTHER_NEWS])
    assert _together(groups, 1, 2), groups


def test_a_bands_concert_is_not_the_commissioning_at_its_base() -> None:
    """A coast guard's two releases name the coast guard and its base, Orlen: a band's
    Sunday concert at a waterfront fair, and a cutter commissioned there on Wednesday,
    each on a day the other never names (r69 F10)."""
    band = (
        "Coast Guard band to play at Orlen waterfront fair\n\nThe Band of the Tarvik Coast"
        " Guard will play at the Orlen waterfront fair on Sunday, 9 May.\n\nThe concert is"
        " free and starts at 18:00."
    )
    cutter = (
        "Coast Guard commissions cutter TCG Marten at Orlen\n\nThe Tarvik Coast Guard"
        " commissioned its newest patrol cutter, TCG Marten, at Orlen naval base on"
        " Wednesday.\n\nThe 60-metre cutter will carry out fishery patrols in home waters."
        "\n\nHer commanding officer said the crew of 30 had trained for six months."
    )
    groups = _groups([band, cutter, *OTHER_NEWS])
    assert not _together(groups, 1, 2), groups


def test_a_brokers_rates_note_is_no_report_of_the_escort_it_names_in_a_warranty() -> None:
    """A broker's note opens on the explosion its rates follow, in a clause of cause,
    and names the navy's escort operation only in an underwriters' warranty: the
    market's day, not the escort's story (r69 F10)."""
    escort = (
        "First Harbour Shield escort clears Verrin Gulf\n\nFive merchant ships passed"
        " through the Verrin Gulf on Wednesday in the first escort of Operation Harbour"
        " Shield, guarded by the corvettes TNS Brask and TNS Holm.\n\nThe escort will run"
        " every day, the navy said.\n\nDivers examined the hull of the tanker Bel Harrow,"
        " the navy said."
    )
    note = (
        "Verrin Gulf: war-risk rates, 5 March\n\nFollowing the Bel Harrow explosion this"
        " morning, leading war-risk underwriters are now quoting 1.1 percent of hull value"
        " for a Verrin transit, against 0.8 percent yesterday.\n\nSome underwriters ask for"
        " an escort warranty: cover applies only if the ship sails in a Harbour Shield"
        " escort.\n\nBulk carriers bound for Harlun are being quoted 1.4 percent."
    )
    groups = _groups([escort, note, *OTHER_NEWS])
    assert not _together(groups, 1, 2), groups


def test_one_ships_incident_stamped_anew_the_next_day_stays_one_story() -> None:
    """Review: a later report stamps its own moment, a new step of the same incident ("At
    0630 UTC on 6 March the cargo ship Solvik Star, struck by a missile ..., was taken
    under tow"): the two leads name one ship, so their two days do not part them."""
    struck = (
        "Missile strikes cargo ship in Verrin Gulf\n\nAt 2215 UTC on 5 March 2031 the cargo"
        " ship Solvik Star was struck by a missile east of Cape Orrin, her owner said.\n\n"
        "One crew member was injured, the owner said."
    )
    towed = (
        "Damaged cargo ship taken under tow\n\nAt 0630 UTC on 6 March 2031 the cargo ship"
        " Solvik Star, struck by a missile east of Cape Orrin late on Thursday, was taken"
        " under tow to Harlun, her owner said.\n\nThe injured crew member is stable."
    )
    groups = _groups([struck, towed, *OTHER_NEWS])
    assert _together(groups, 1, 2), groups
