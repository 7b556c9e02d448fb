"""A key figure carries who gives it, where its own sentence says so (r59 S1-2): rival
tolls had stood as bare, equal "facts"."""

from brief.extract.figures import find_figures
from brief.models import Sentence


def _sayers(*sentences: str) -> dict[str, str | None]:
    found = find_figures([Sentence(t, 1, i + 1, 0) for i, t in enumerate(sentences)])
    return {f.text: f.sayer for f in found if f.kind != "date"}


def test_the_subject_of_a_verb_of_saying_before_the_count() -> None:
    assert _sayers("The relief agency said 40 people had drowned.") == {
        "40 people had drowned": "the relief agency"
    }
    assert _sayers("The Vessan Red Cross reports 17 deaths in the valley.") == {
        "17 deaths": "the Vessan Red Cross"
    }


def test_a_tag_after_the_count_and_according_to() -> None:
    assert _sayers("Landslides killed 23 villagers near Orvo, the regional governor said.") == {
        "killed 23 villagers": "the regional governor"
    }
    assert _sayers("About 9,000 people have fled their homes, according to the Tarn council.") == {
        "About 9,000 people have fled": "the Tarn council"
    }


def test_a_possessive_names_its_owner_and_a_bracketed_short_form_the_body() -> None:
    assert _sayers("At least 52 people have died, according to WHO's count from clinics.") == {
        "At least 52 people have died": "WHO"
    }
    said = "The Northern Relief Coordination Office (NRCO) reports 31 deaths in the hills."
    assert _sayers(said) == {"31 deaths": "NRCO"}


def test_each_clause_its_own_sayer() -> None:
    """Two bodies' rival counts in one sentence: neither takes the other's name."""
    said = (
        "The Red Cross said 44 people had died in the storm, while the interior ministry"
        " put the toll at 29 deaths."
    )
    assert _sayers(said) == {
        "44 people had died": "the Red Cross",
        "29 deaths": "the interior ministry",
    }


def test_a_count_relayed_is_the_one_who_put_it() -> None:
    assert _sayers("A news agency reported that the ministry put the toll at 81 deaths.") == {
        "81 deaths": "the ministry"
    }


def test_no_sayer_where_the_sentence_names_none_or_only_a_pronoun() -> None:
    assert _sayers("The storm destroyed 310 homes.") == {"destroyed 310 homes": None}
    assert _sayers("At least 19 people were killed, he said.") == {
        "At least 19 people were killed": None
    }


def test_a_body_that_disputes_or_speaks_in_another_clause_gives_no_count() -> None:
    assert _sayers("The toll, which the council disputes, stands at 65 dead.") == {"65 dead": None}
    assert _sayers("Floods killed 12 people in Orvo, which officials said was worst hit.") == {
        "killed 12 people": None
    }
    said = "Floods killed 12 people, and the army said it would send more boats."
    assert _sayers(said) == {"killed 12 people": None}
    said = "Residents who said they were afraid fled as 40 bodies were found."
    assert _sayers(said) == {"40 bodies": None}


def test_those_told_are_no_count_the_teller_gives() -> None:
    assert _sayers("The general told 300 soldiers to hold the bridge.") == {"300 soldiers": None}


def test_a_sayer_is_never_taken_from_another_sentence() -> None:
    sayers = _sayers("The agency said the rains had stopped.", "About 70 people have died.")
    assert sayers == {"About 70 people have died": None}


def test_a_count_set_in_another_reports_noun_is_not_the_speakers() -> None:
    """ "The official count of 9 deaths ..., the doctor said": he refers to the count, he
    does not give it."""
    said = "The official count of 9 deaths leaves out people who die at home, the nurse said."
    assert _sayers(said) == {"9 deaths": None}


def test_a_body_that_raises_its_toll_gives_it() -> None:
    said = "The Red Cross raised its death toll from the storm to 58 on Friday."
    assert list(_sayers(said).values()) == ["the Red Cross"]


def test_a_subject_read_past_its_verb_is_no_sayer() -> None:
    """ "said the clinic had admitted 210 patients": the clinic admitted them, and no
    phrase with a verb in it ("said the clinic") names who gives the count."""
    said = "Dr Lena Orvik, director of the Tarn Clinic, said the clinic had admitted 210 patients."
    assert _sayers(said) == {"210 patients": None}
    said = "The three Baltic states have asked for a package worth $2.5 billion."
    assert _sayers(said) == {"$2.5 billion": None}


def _sayer_of(sentence: str) -> str | None:
    """The one figure's sayer; None too where the sentence keeps no figure."""
    return next(iter(_sayers(sentence).values()), None)


def test_a_noun_that_spells_a_speech_verb_is_no_verb_and_the_tag_wins() -> None:
    """ "state" after a region's name, "report" after a determiner: nouns, no verb."""
    assert _sayer_of("Raiders in Tovania's Kelmo state burned 30 homes overnight.") is None
    tagged = "Raiders in Tovania's Kelmo state burned 30 homes overnight, village elders said."
    assert _sayer_of(tagged) == "village elders"
    assert _sayer_of("The report from Kelmo state said 25 people drowned.") is None
    assert _sayer_of("Residents state that 25 people drowned.") == "Residents"


def test_one_who_denies_doubts_or_negates_gives_no_count() -> None:
    for sentence in (
        "The junta denied that 35 miners had been buried.",
        "Ministers rejected claims that 35 miners had been buried.",
        "The police questioned reports that 35 miners had been buried.",
        "The mine owner said it had no proof that 35 miners had been buried.",
        "The mayor said she could not say whether 35 miners had been buried.",
        "The mayor said she didn't think 35 miners had been buried.",
    ):
        assert _sayer_of(sentence) is None, sentence


def test_a_count_in_anothers_report_is_not_the_speakers() -> None:
    """It is the report's owner's, where a possessive names one (r61 F4: a party's own
    tally had been a bare figure beside the commission's)."""
    assert _sayer_of("UNHCR said the army's tally, 35 deaths, left out the villages.") == "the army"
    assert _sayer_of("UNHCR said the army's figure of 35 deaths was too low.") is None
    said = "The Green League said its observers' tallies gave the mayor 47 percent."
    assert _sayers(said) == {}  # whose observers, the list cannot say: no figure


def test_a_claimants_own_tally_named_by_a_pronoun_is_no_key_figure() -> None:
    """ "saying her movement's own tally gave her 57 percent": the claimant's count, and a
    list without the sentence would show it as a bare fact."""
    said = (
        "Rosa Delmar proclaimed victory on Friday, saying her movement's own tally of"
        " polling-station returns gave her 57 percent of the vote."
    )
    assert _sayers(said) == {}
    said = "The Farmers' Union said the growers' association's count showed 4,100 members."
    assert _sayer_of(said) == "the growers' association"


def test_a_bracketed_short_form_only_for_the_name_it_abbreviates() -> None:
    said = "Senator Ruth Osei (PDU) said 35 people had died."
    assert _sayer_of(said) == "Senator Ruth Osei"
    said = "The Coastal Flood Authority (CFA) said 35 people had died."
    assert _sayer_of(said) == "CFA"


def test_a_verb_that_cuts_the_toll_reports_it_and_a_total_is_the_speakers() -> None:
    assert _sayer_of("The coast guard cut its toll to 35 deaths on Friday.") == "the coast guard"
    assert _sayer_of("A total of 35 people drowned, the coast guard said.") == "the coast guard"


def test_a_verb_that_reports_a_count_gives_it_as_a_verb_of_saying_does() -> None:
    """Estimating, counting and confirming report a count as "said" does (s52): the sayer
    had stayed blank where the sentence named it."""
    assert _sayers("The Halvern refugee office estimates that 8,500 people have fled.") == {
        "8,500 people have fled": "the Halvern refugee office"
    }
    assert _sayers("Even the national broadcaster estimated that 3,000 people marched.") == {
        "3,000 people marched": "the national broadcaster"
    }
    assert _sayers("Coastguard officers counted 46 bodies on the shore.") == {
        "46 bodies": "Coastguard officers"
    }
    assert _sayers("About 700 homes were flooded, the district council estimated.") == {
        "About 700 homes were flooded": "the district council"
    }
    assert _sayers("The death toll has reached 27, the fire brigade confirmed on Friday.") == {
        "death toll has reached 27": "the fire brigade"
    }


def test_an_estimate_as_a_noun_or_a_passive_names_no_sayer() -> None:
    """ "the estimate" and "is estimated" report no subject's count."""
    assert _sayers("The estimate of 900 deaths rose overnight.") == {"900 deaths": None}
    assert _sayers("The crowd was estimated at 20,000 people.") == {"20,000 people": None}
    said = "Farms grow 70% of the region's cocoa, according to trade estimates."
    assert _sayers(said) == {"70% of the region's cocoa": "trade estimates"}


def test_an_inverted_tag_after_the_count_names_its_sayer() -> None:
    assert _sayers("At least 13 miners were killed, said the provincial mines office.") == {
        "At least 13 miners were killed": "the provincial mines office"
    }
    assert _sayers("Some 2,300 families lost their homes, reported the Crescent agency.") == {
        "Some 2,300 families": "the Crescent agency"
    }
    assert _sayers("Nine guards were wounded, the prison service said on Monday.") == {
        "Nine guards were wounded": "the prison service"
    }


def test_no_sayer_from_a_participle_a_noun_or_a_cut_title() -> None:
    """What reads as a verb of report and is none names no sayer (s52)."""
    said = "With 40% of the ballots counted, Oduya had 52% of the vote."
    assert _sayers(said) == {"40%": None, "Oduya had 52% of the vote": None}
    said = "The storm caused damage estimated at more than $3 billion."
    assert _sayers(said) == {"more than $3 billion": None}
    said = "Exports fell 8%, reports from the trade ministry and the central bank showed."
    assert _sayers(said) == {"Exports fell 8%": None}
    said = "Nine people drowned in the river, said Gov. Anna Lorre of the province."
    assert _sayers(said) == {"Nine people drowned": None}


def test_a_names_word_is_no_verb_of_saying() -> None:
    """ "near Kiro Point" is a place: the count is the tag's (r60 F12 had given it to
    "Cyclone Imara made landfall near Kiro")."""
    assert _sayers(
        "The storm came ashore near Mossel Point late on Sunday, killing at least nine people,"
        " officials said."
    ) == {"killing at least nine people": "officials"}


def test_an_infinitive_or_a_time_after_an_inverted_verb_is_no_sayer() -> None:
    """s52 review: ", said to be ..." is a passive's infinitive; a time before the subject
    is no part of it."""
    assert _sayers("At least 90 people died, said to be the highest toll in years.") == {
        "At least 90 people died": None
    }
    assert _sayers("Nine fishermen drowned, said Friday the port authority.") == {
        "Nine fishermen drowned": "the port authority"
    }
    assert _sayers("Nine fishermen drowned, said Friday's bulletin.") == {
        "Nine fishermen drowned": None
    }


def test_counting_on_a_sum_reports_nothing() -> None:
    assert _sayers("Farmers counted on 40 million dollars in relief.") == {
        "40 million dollars": None
    }


def test_a_name_with_and_in_it_is_the_sayer_whole() -> None:
    """A body's name cut at its "and" ("the National Electoral") names no body: the
    sayer is the whole name, or the short form the text gives it."""
    said = "About 2,100 ballot boxes were sealed, said the Coastal Lands and Fisheries Board."
    assert _sayers(said) == {"About 2,100 ballot boxes": "the Coastal Lands and Fisheries Board"}
    said = (
        "Some 6.4 million voters are registered, according to the Federal Audit and"
        " Inspection Office (FAIO)."
    )
    assert _sayers(said) == {"Some 6.4 million voters": "FAIO"}
    said = (
        "At least 80 people were detained, according to Amnesty International and"
        " Human Rights Watch."
    )
    assert _sayers(said) == {
        "At least 80 people were detained": "Amnesty International and Human Rights Watch"
    }


def test_the_outlets_own_voice_is_no_sayer() -> None:
    """ "Our reporter counts ..." is the outlet telling what it saw: no body or person a
    reader could cite beside the figure."""
    assert _sayers("Our correspondent counted at least 14 people injured.") == {
        "at least 14 people injured": None
    }
    assert _sayers("At least 14 people were hurt, our reporter said.") == {
        "At least 14 people were hurt": None
    }


def test_a_name_joined_by_and_ends_where_the_next_clause_begins() -> None:
    """ "... the Health Ministry and Red Cross teams were still searching": the words
    after "and" open a clause of their own; the sayer is the name before it."""
    assert _sayers(
        "At least 30 people died, according to the Health Ministry and Red Cross teams "
        "were still searching the rubble."
    ) == {"At least 30 people died": "the Health Ministry"}


def test_a_bodys_name_that_opens_with_our_is_a_sayer() -> None:
    assert _sayers("Eleven people were hurt, according to Our Lady of Mercy Hospital.") == {
        "Eleven people were hurt": "Our Lady of Mercy Hospital"
    }


def test_a_prepositions_noun_and_a_ship_are_no_sayer() -> None:
    """r62 F14: "Rates for calls in ..." had read "calls" as a verb of saying, its
    subject "Rates for"; "Affected vessels reported ... up to four hours" gave the
    vessels, which no one vouches for. A named ship's report is still named."""
    assert _sayers("Fees for calls at the terminal rose to 2.5% of cargo value.") == {
        "Fees for calls at the terminal rose to 2.5% of cargo value": None
    }
    assert _sayers("Stranded barges reported delays of up to six hours.") == {
        "up to six hours": None
    }


def test_the_first_tag_gives_the_count_not_the_report_it_revises() -> None:
    """r62 F2: "..., its owner said on Tuesday, one more than the navy had reported" had
    given the sayer "one more than the navy"; the tag is the owner's (a pronoun's, so
    none), and the navy's is the earlier count."""
    said = (
        "Nine miners were trapped in the shaft on Sunday, the mine's operator said on Monday,"
        " two more than the police had reported."
    )
    assert _sayers(said) == {"Nine miners were trapped": "the mine's operator"}


def test_a_singular_nouns_compound_is_no_verb_of_saying() -> None:
    """r65 F10: "an army post" read as "an army" posting, and the sayer was the words
    before it; the tag after the count names the one who gives it."""
    said = (
        "The council extended a curfew in Tarvik on Monday after raiders stormed an army "
        "post near the port, killing three guards, the navy said."
    )
    assert _sayers(said)["killing three guards"] == "the navy"


def test_a_count_in_an_open_relative_clause_is_the_clauses_own() -> None:
    """r65 F10: the coach who picks a striker does not give the striker's goals."""
    said = (
        "Manager Ola Berg recalled the winger Tomas Lind and named the 20-year-old forward "
        "Ivo Renn, who has scored 11 goals for his club this season."
    )
    assert _sayers(said) == {"11 goals": None}
    # a relative clause closed before the count leaves it the saying's
    assert _sayers(
        "The airline said it would cut its fleet, which grew in the boom years, to 30 planes."
    ) == {"30 planes": "the airline"}


def test_a_surname_that_is_a_verb_of_saying_is_the_names() -> None:
    """r65 F10: "Dr Halima Said" had been cut to "Dr Halima" at the surname read as
    "said"; a verb of saying inside a sentence is written in lower case."""
    said = (
        "The district has recorded 96 suspected cases, Dr Amal Said, the district's health "
        "officer, said on Monday."
    )
    assert _sayers(said) == {"96 suspected cases": "Dr Amal Said"}


def test_a_count_of_a_clause_whose_verb_is_left_out_is_not_the_first_subjects() -> None:
    said = "Ruritania has pledged $40 million and the Northern Development Bank $25 million."
    assert _sayers(said) == {"$40 million": "Ruritania", "$25 million": None}


def test_an_opening_adverbial_of_time_is_not_the_sayers() -> None:
    """r65 F10: the reading of a subject before "said" had taken the adverbial that opens
    the clause with it ("Earlier this month the firm"), a fragment in the list."""
    assert _sayers("Earlier this week the port authority said 14 cranes were damaged.") == {
        "14 cranes were damaged": "the port authority"
    }
    assert _sayers("On Friday Governor Lina Osei said 300 homes were destroyed.") == {
        "300 homes were destroyed": "Governor Lina Osei"
    }
    # a name whose first word is one of time stays whole
    assert _sayers("Time Harbour Holdings said it would cut 120 jobs.") == {
        "120 jobs": "Time Harbour Holdings"
    }
    # a pronoun after the adverbial is no sayer the list can show
    assert _sayers("Last month they said 40 flights were cancelled.") == {
        "40 flights were cancelled": None
    }


def test_a_verb_of_saying_that_is_no_verb_of_the_subject_gives_no_sayer() -> None:
    """An infinitive ("backed plans to write off"), a participle's agent ("reported by"),
    a noun before its complement ("terms of"), a participle's clause after a comma: no
    one in these sentences gives the count."""
    said = "Creditors backed plans to write off up to 60% of the island's debt."
    assert _sayers(said) == {"up to 60% of the island's debt": None}
    assert _sayers("The total value of thefts reported by shops was $80m.") == {"$80m": None}
    said = "Smugglers face prison terms of up to 12 years under the new law."
    assert _sayers(said) == {"up to 12 years": None}
    said = "Rents rose to £1,450 in May, reflecting recent agency figures showing a shortage."
    assert _sayers(said) == {"£1,450": None}


def test_according_to_a_report_from_a_body_is_the_bodys() -> None:
    """ "according to figures from X", "a survey by X": the body that made the report
    gives its count, as "X's figures" does."""
    said = "Exports fell 4% in March, according to figures from the Vessan Trade Office."
    assert _sayers(said) == {"Exports fell 4%": "the Vessan Trade Office"}
    said = "The campaign cost £2.1m, according to figures released by the Electoral Board."
    assert _sayers(said) == {"£2.1m": "the Electoral Board"}


def test_a_subject_read_from_its_preposition_gets_its_head_back() -> None:
    """The reading of a subject that began at its "of" ("of the Tarn Flood Centre") had
    been no sayer; the head before it ("Officials") or the short form in brackets
    makes the body whole."""
    said = "Officials of the Tarn Flood Centre said 26 villages were cut off."
    assert _sayers(said) == {"26 villages": "Officials of the Tarn Flood Centre"}
    said = "The Relief Coordination Board (RCB) in Orvo said it had sent 40 trucks."
    assert _sayers(said) == {"40 trucks": "RCB"}
