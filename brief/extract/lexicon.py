"""The extractors' word lists and gazetteer, read once from data files and checked.

Word lists are data (`data/words.toml`, `data/gazetteer.toml`), so one list of each is
shared by actors and quotes, and a reader can extend them without touching code: a copy
in a data folder (`--data DIR`, brief.data_folder) overrides the packaged file list by
list. They are checked when loaded like the profiles: a missing or unknown key, or a
value of the wrong type, is a ConfigError that names the file and the key.

Phrases are found in text with one Aho-Corasick automaton per list (pyahocorasick),
built once: the cost of a scan grows with the text, not with the number of phrases.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Generic, TypeVar

import ahocorasick

from brief.data_folder import read_data
from brief.toml_schema import Table

_WORD_LISTS = (
    "person_pronouns",
    "relative_pronouns",
    "person_relatives",
    "copulas",
    "have_forms",
    "indefinite_subjects",
    "role_heads",
    "role_modifiers",
    "military_ranks",
    "standing_titles",
    "style_openers",
    "postposed_honorifics",
    "stool_titles",
    "kunya_openers",
    "parent_addresses",
    "patronymic_suffixes",
    "clerical_styles",
    "role_past",
    "role_standin",
    "role_lost",
    "second_in_command",
    "office_endings",
    "office_ending_verbs",
    "office_ending_undone",
    "office_ending_votes",
    "leaving_deferred",
    "office_returning_words",
    "office_leaving_verbs",
    "office_leaving_unnamed",
    "described",
    "determiners",
    "honorifics",
    "stopless_honorifics",
    "short_given_names",
    "company_suffixes",
    "company_nouns",
    "connectors",
    "leader_nouns",
    "polity_nouns",
    "particles",
    "place_particles",
    "name_modifiers",
    "writings",
    "authored_works",
    "authored_reports",
    "recurrence_determiners",
    "work_reading_verbs",
    "work_modifiers",
    "not_names",
    "organisation_heads",
    "paper_heads",
    "body_kinds",
    "body_kind_complements",
    "question_verbs",
    "place_heads",
    "route_nouns",
    "thing_nouns",
    "vessel_nouns",
    "place_nouns",
    "head_first_bodies",
    "settlement_nouns",
    "dwellers",
    "possessives",
    "male_honorifics",
    "female_honorifics",
    "male_pronouns",
    "female_pronouns",
    "not_inflected",
    "kept_final_e",
    "title_abbreviations",
    "number_signs",
    "not_yet",
    "scheduled",
    "scheduled_acts",
    "accord_verbs",
    "calling_off",
    "going_ahead",
    "undoing_verbs",
    "correction_markers",
    "continuing",
    "generations",
)
# Tables of lists read by one module each, beside the shared [lists]; every list of every
# table is looked up by its own name, so the names never repeat across tables.
_MODULE_LISTS = {
    "classify": (
        "background_markers",
        "time_lead_ins",
        "response_verbs",
        "answered_prepositions",
        "coercion_verbs",
        "command_verbs",
        "wanting_verbs",
        "permission_verbs",
        "describing_verbs",
        "answers_asked",
        "attribution_verbs",
        "noun_attribution_verbs",
        "attribution_head_verbs",
        "attribution_setting",
        "saying_verbs",
        "text_nouns",
        "object_determiners",
        "object_particles",
        "closing_particles",
        "caused_motion_verbs",
        "exclusion_verbs",
        "averting_verbs",
        "averting_failures",
        "critic_nouns",
        "talking_verbs",
        "reciprocal_talk_after",
        "object_links",
        "subordinators",
        "negators",
        "verb_negators",
        "verb_inner_adverbs",
        "verb_time_adverbs",
        "verb_coordinators",
        "coordinated_adverbs",
        "subject_pronouns",
        "free_choice",
        "promising_modals",
        "counterfactual_modals",
        "reserving_phrases",
        "condition_openers",
        "subject_conditions",
        "distributive_conditions",
        "subject_quantifiers",
        "news_outlets",
        "range_units",
        "ly_not_adverbs",
        "portfolio_heads",
        "showing_nouns",
        "showing_verbs",
        "eyewitness_nouns",
        "contrast_openers",
        "affirming_answers",
        "denying_answers",
        "market_nouns",
        "not_market_rates",
        "market_moves",
        "market_actors",
        "market_pushes",
        "market_judging_verbs",
        "reaction_causes",
        "not_as_clauses",
        "page_matters",
        "page_changes",
        "page_causes",
        "prefixed_ship_nouns",
        "move_adverbs",
    ),
    "stories": (
        "news_stop_words",
        "named_scales",
        "back_reference_words",
        "event_name_heads",
        "compass_words",
        "margin_units",
        "winning_verbs",
        "ground_nouns",
        "boundary_nouns",
        "earlier_event_markers",
        "reacting_verbs",
        "repeat_markers",
        "repeat_adverbs",
        "not_current_before_now",
        "now_not_verbs",
        "hypothetical_openers",
        "closing_state_verbs",
        "closing_nouns",
        "closing_barriers",
        "closing_advice_words",
        "light_verbs",
        "warning_nouns",
        "opening_state_verbs",
        "restriction_nouns",
        "restriction_closing_verbs",
        "restriction_opening_verbs",
        "lessening_verbs",
        "place_kind_nouns",
        "state_auxiliaries",
        "thing_links",
    ),
    "timeline": (
        "caption_nouns",
        "hearsay",
        "time_phrase_words",
        "saying_day_words",
        "event_relative_day_words",
        "object_pronouns",
        "report_verbs",
        "asking_verbs",
        "cause_markers",
        "parts_of_time",
    ),
    "figures": (
        "units",
        "tolls",
        "same_time_subordinators",
        "time_offsets",
        "span_prepositions",
        "place_relations",
        "distances",
        "compass_points",
        "position_nouns",
        "cardinal_points",
        "angle_units",
        "example_measures",
        "member_nouns",
        "casualties",
        "casualty_nouns",
        "soldier_nouns",
        "anyone_nouns",
        "dying_verbs",
        "penalty_verbs",
        "death_nouns",
        "sick_counts",
        "ranking_words",
        "est_nouns",
        "afflicted",
        "homes_left",
        "driving_out_verbs",
        "fleeing_verbs",
        "depriving_verbs",
        "aid_verbs",
        "befalling_verbs",
        "undergone_verbs",
        "crowd_verbs",
        "exchange_terms",
        "possibility_words",
        "foreseeing_words",
        "outlook_verbs",
        "aim_nouns",
        "giving_verbs",
        "aid_recipients",
        "scope_limiters",
        "dwelling_verbs",
        "population_phrases",
        "reference_levels",
        "carried_verbs",
        "rule_words",
        "sized_wholes",
        "degree_adjectives",
        "staying_verbs",
        "state_prepositions",
        "preposition_participles",
        "others_words",
        "penalty_nouns",
        "pasts",
        "calling_off_begun",
        "shared_pasts",
        "durations",
        "count_ends",
        "fragment_words",
        "generic_nouns",
        "invariant_plurals",
        "attributive_plurals",
        "not_participles",
        "clock_zones",
        "clock_zone_names",
        "distance_events",
        "qualifier_bounds",
        "past_auxiliaries",
        "share_phrase_followers",
        "not_share_heads",
        "minute_units",
        "within_a_day_units",
        "glued_units",
        "sized_containers",
        "trade_units",
        "lower_case_units",
        "change_verbs",
        "share_holding_verbs",
        "rate_setting_verbs",
        "share_giving_verbs",
        "policy_rates",
        "measured_rates",
        "named_hours",
        "closing_activities",
        "running_adverbs",
        "tallying_participles",
        "sayer_adverbs",
        "rate_steps",
        "leading_units",
        "leading_unit_nouns",
        "tally_nouns",
        "tally_nils",
        "count_record_participles",
        "count_report_participles",
        "revising_verbs",
        "earlier_report_adjectives",
        "own_copy_nouns",
        "restating_verbs",
        "restating_participles",
        "correct_figure_adjectives",
        "correct_figure_nouns",
        "preliminary_report_adjectives",
        "earlier_report_adverbs",
        "report_nouns",
        "unverified_adjectives",
        "claim_verbs",
        "denial_verbs",
        "claim_denial_verbs",
        "denial_nouns",
        "denial_cancellers",
        "doubt_verbs",
        "count_putting_verbs",
        "correcting_verbs",
        "correction_contrasts",
        "copy_parts",
        "partitive_heads",
        "claim_nouns",
        "verification_verbs",
        "release_verbs",
        "relayed_sources",
        "victim_nouns",
        "clause_continuers",
        "unit_modifiers",
        "time_adverbs",
        "no_count_after",
        "hurt_words",
        "looking_ahead",
        "short_participles",
        "count_setting_verbs",
        "verb_group_words",
        "present_tellers",
        "not_present_tellers",
        "everyone_nouns",
    ),
    "leads": (
        "epithet_heads",
        "time_nouns",
        "not_modifiers",
        "specifiers",
        "demonym_subject_verbs",
        "party_members",
        "subjectless_openers",
        "presupposing_particles",
    ),
    "titles": (
        "lede_subordinators",
        "title_function_words",
        "claiming_verbs",
        "blaming_verbs",
        "cause_prepositions",
        "teaser_prepositions",
        "opinion_labels",
    ),
    "rank": (
        "stigma_words",
        "bonus_words",
    ),
    "layout": (
        "open_ended",
        "headline_ends",
        "topic_prepositions",
        "title_case_particles",
        "written_out_particles",
        "stamp_words",
        "stamp_tells",
    ),
    "actors": (
        "age_adverbs",
        "place_pro_forms",
        "forms_of_address",
        "given_name_styles",
        "predecessor_nouns",
        "death_verbs",
        "retiring_words",
        "retirement_marks",
        "alive_words",
        "rank_changes",
        "then_phrases",
        "apposed_past_openers",
        "style_grades",
        "apposed_heads",
        "land_features",
        "structure_nouns",
        "named_for_a_country",
        "agent_endings",
        "appointment_verbs",
        "appointment_nouns",
        "moving_verbs",
        "post_nouns",
        "appointment_done",
        "command_taking_verbs",
        "appointing_votes",
        "office_serving_verbs",
        "standin_serving_verbs",
        "perfect_serving_verbs",
        "offices_to_come",
        "demonym_endings",
        "compound_prefixes",
        "romanised_place_suffixes",
        "place_suffixes",
        "not_done",
        "award_occasions",
        "person_nouns",
        "human_nouns",
        "name_nouns",
        "name_kinds",
        "withholding_words",
        "not_offices",
        "group_quantifiers",
        "type_markers",
        "also_bodies",
        "articles",
        "small_words",
        "name_prepositions",
        "outside_prepositions",
        "adjunct_openers",
        "place_named_bodies",
        "given_particles",
        "patronymic_links",
        "alias_words",
        "pen_name_words",
        "legal_name_words",
        "calling_verbs",
        "street_nouns",
        "street_openers",
        "locatives",
        "place_locatives",
        "after_a_head",
        "not_before_a_role",
        "not_bodies",
        "country_body_nouns",
        "region_words",
        "role_relatives",
        "role_prepositions",
        "head_prefixes",
        "head_suffixes",
        "postpositive_heads",
        "capital_heads",
        "unfielded_heads",
        "heritage_nationalities",
        "relation_nouns",
        "object_of",
        "surname_honorifics",
        "unmistered",
        "body_pronouns",
        "inverting",
        "post_ends",
        "hearer_verbs",
        "agent_verbs",
        "trade_nouns",
        "news_media_nouns",
        "body_trade_nouns",
        "body_holdings",
        "share_nouns",
        "body_name_ends",
        "title_acronyms",
        "bid_nouns",
        "vessel_prefixes",
        "craft_honorifics",
        "registry_compounds",
        "dealt_in",
        "naming_oneself",
        "reflexives",
        "naming_participles",
        "adjective_heads",
        "royal_styles",
        "name_run_links",
        "demonstratives",
        "phrase_opening_numerals",
        "appointed_participles",
        "term_span_nouns",
        "adjectival_role_heads",
        "romance_particles",
        "nasab_particles",
    ),
    "quotes": (
        "retraction_verbs",
        "unsaying_verbs",
        "unsaid_objects",
        "nothing_said",
        "referring_determiners",
        "remark_nouns",
        "words_order",
        "retraction_passives",
        "hearsay_participles",
        "retraction_words",
        "charge_phrases",
        "charge_time_leads",
        "falsity_phrases",
        "falsity_labels",
        "calling_false_verbs",
        "rumour_nouns",
        "adverbs",
        "auxiliaries",
        "focus_adverbs",
        "additive_focus",
        "negated_bounds",
        "relay_verbs",
        "read_out_verbs",
        "modal_verbs",
        "clause_words",
        "question_openers",
        "other_subject_pronouns",
        "quote_subordinators",
        "quote_prepositions",
        "fronted_prepositions",
        "leading_up",
        "passive",
        "time_words",
        "sentence_openers",
        "other_rank",
        "title_ranks",
        "after_name_adverbs",
        "indefinites",
        "object_prepositions",
        "spokespeople",
        "press_offices",
        "speaking_offices",
        "prize_nouns",
        "honorific_suffixes",
        "infinitive_speech_verbs",
        "top_diplomat_offices",
        "title_suffixes",
        "directive_verbs",
        "hearer_pronouns",
        "translation_labels",
        "own_copy_subjects",
        "rendering_verbs",
        "labelling_verbs",
        "judging_verbs",
        "term_nouns",
        "sign_nouns",
        "sign_verbs",
        "sign_wording",
        "sign_relatives",
        "talk_verbs",
        "dead_predicates",
        "absent_predicates",
        "questioning_words",
        "agenda_openers",
        "bare_answers",
        "asking_labels",
        "reporting_labels",
        "list_headings",
        "interview_phrases",
        "interview_notes",
        "first_person_singular",
        "first_person_plural",
        "played_labels",
        "stage_directions",
        "outlet_voice",
        "bench_addresses",
        "going_on_verbs",
        "clause_tells",
        "summing_up_phrases",
        "pointing_objects",
        "pointing_manners",
        "saying_settings",
        "spoke_settings",
        "stranger_nouns",
    ),
}


# words.toml's tables whose keys are lists each (a data folder's copy overrides them one
# by one); the value tables' too, each a list of words with their values.
_LIST_TABLES = ("lists", *_MODULE_LISTS, "values")


class Words(dict[str, frozenset[str]]):
    """Every word list by name, lower case; `speech` holds every form of every speech verb.

    `irregular` maps each irregular form to its lemma ("fought" -> "fight").

    A dict, not a frozen dataclass around one: the extractors look lists up hundreds of
    thousands of times at 25,000 sentences, and a dict's [] stays in C. Built once by
    words() and never changed."""

    def __init__(
        self,
        speech: frozenset[str],
        lists: Mapping[str, frozenset[str]],
        irregular: Mapping[str, str],
    ) -> None:
        super().__init__(lists)
        self.speech = speech
        self.irregular = irregular


@dataclass(frozen=True)
class Entry:
    """What a gazetteer form stands for."""

    name: str  # canonical
    kind: str  # "country" or "organisation"
    form: str  # "name", "alias", "demonym" or "seat" (a city standing for a government)
    state: str = ""  # the country a national body belongs to (the Senate's United States)


@cache
def _data(name: str) -> tuple[str, dict[str, Any]]:
    """Parsed once per process: words.toml feeds both the word lists and the value
    tables. Callers only read what it returns. The packaged copy, each list of the user's
    data folder's copy in place of its own (brief.data_folder)."""
    return read_data(name, Path(__file__).parent / "data", tables=_LIST_TABLES)


def verb_forms(lemma: str, irregular: tuple[str, ...] = ()) -> set[str]:
    """say -> says, saying (+ said from the irregular list); note -> notes, noted, noting."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s"
    if lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
    else:
        past = stem + "ed"
    forms = {lemma, third, stem + "ing", *(irregular or (past,))}
    if not irregular and _SINGLE_FINAL_CONSONANT.search(lemma):
        # English doubles the consonant after a stressed short vowel (admit -> admitted,
        # dub -> dubbed) and British spelling doubles l (labelled). Stress isn't in the
        # spelling, so both forms are kept: the one that isn't a word never occurs.
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


_SINGLE_FINAL_CONSONANT = re.compile(r"(?:^|[^aeiou])[aeiou][^aeiouwxy]$")


@cache
def clause_openers() -> frozenset[str]:
    """Words that open a sentence or a clause of their own ("But", "When", "Yesterday"):
    never a given name, nor a title's field."""
    return joined(
        "quote_subordinators",
        "fronted_prepositions",
        "clause_words",
        "adverbs",
        "time_words",
        "sentence_openers",
    )


def honorific_gender(honorific: str | None) -> str | None:
    """The gender an honorific says ("Mr", "mrs.", "Madam"), or None."""
    if honorific is None:
        return None
    word, w = honorific.lower().rstrip("."), words()
    if word in w["female_honorifics"]:
        return "female"
    return "male" if word in w["male_honorifics"] else None


@cache
def hearer_verb_forms() -> frozenset[str]:
    """Every form of the speech verbs whose object is the one spoken to or of ("told X",
    "urged X"): the name after them is no inverted speaker, and what follows the one
    told is what was said ("told reporters that ...")."""
    return _every_form("hearer_verbs")


@cache
def agent_verb_forms() -> frozenset[str]:
    """Every form of the verbs whose subject is a person in body ("met", "arrived",
    "wept"): a full name of name-like words before one is a person's even when no list
    knows the given name ("Tendai Mukwashi met the delegations")."""
    return _every_form("agent_verbs")


def _every_form(name: str) -> frozenset[str]:
    """Every form of the lemmas of word list `name`, irregular ones from [irregular]."""
    w = words()
    lemma_forms: dict[str, list[str]] = {}
    for form, lemma in w.irregular.items():
        lemma_forms.setdefault(lemma, []).append(form)
    forms: set[str] = set()
    for lemma in w[name]:
        forms |= verb_forms(lemma, tuple(lemma_forms.get(lemma, ())))
    return frozenset(forms)


@cache
def month_names() -> frozenset[str]:
    """The months' names in lower case, from the calendar module: no list of our own."""
    return frozenset(name.lower() for name in calendar.month_name if name)


@cache
def month_numbers() -> dict[str, int]:
    """Each month's name and its abbreviation, in lower case, to its number ("sep": 9),
    from the calendar module, and news style's "sept"."""
    names = [*enumerate(calendar.month_name), *enumerate(calendar.month_abbr)]
    return {name.lower(): number for number, name in names if name} | {"sept": 9}


def calendar_word(word: str) -> bool:
    """Whether a word is a month's or a weekday's name, whole or cut ("Sept", "Mon"): a
    capitalised word that names a time, not a place or a body."""
    return word.lower().rstrip(".") in calendar_words()


@cache
def calendar_words() -> frozenset[str]:
    """The months' and the weekdays' names, whole and cut ("september", "sept", "sep",
    "mon"), in lower case: one set for every reader of a time's name."""
    return frozenset(month_numbers()) | weekday_forms()


@cache
def weekday_forms() -> frozenset[str]:
    """The weekdays' names, whole and cut ("monday", "mon"), in lower case."""
    return frozenset(name.lower() for name in (*calendar.day_name, *calendar.day_abbr))


@cache
def weekday_names() -> frozenset[str]:
    """The weekdays' names in lower case, from the calendar module."""
    return frozenset(name.lower() for name in calendar.day_name)


@cache
def words() -> Words:
    path, raw = _data("words.toml")
    expected = {"speech_verbs", "irregular", "lists", "values", *_MODULE_LISTS}
    top = Table(raw, path, known=expected, required=expected)
    lemmas = top.strings("speech_verbs", lower=True)
    forms = top.value("irregular", dict)
    by_lemma = Table(forms, path, "irregular", known=forms)
    irregular = {lemma: by_lemma.strings(lemma, lower=True) for lemma in forms}
    speech: set[str] = set()
    for lemma in lemmas:
        speech |= verb_forms(lemma, irregular.get(lemma, ()))
    lists: dict[str, frozenset[str]] = {}
    for table_name, names in (("lists", _WORD_LISTS), *_MODULE_LISTS.items()):
        table = top.table(table_name, known=names, required=names)
        assert table is not None  # (required)
        for name in table.data:
            lists[name] = frozenset(table.strings(name, lower=True))
    # Month names come from the calendar module, not from a list of our own.
    months = month_names()
    # A noun that heads an organisation's name ("Cree Nation") is never part of a person's.
    # (Not body_name_ends: "Capital", "Pictures" end a speaking body's name, and inside a
    # longer name they are its words: "Sony Pictures Entertainment", "Halden Capital".)
    # A paper's or a wire's name is a body's name ("The Charlotte Observer").
    lists["organisation_heads"] |= lists["paper_heads"]
    lists["not_names"] |= months | lists["organisation_heads"]
    # The words of a speaker's own voice, either number.
    lists["first_person_words"] = lists["first_person_singular"] | lists["first_person_plural"]
    # A negation inside a verb's phrase ("did not attack") is a negation too.
    lists["negators"] |= lists["verb_negators"]
    # A ship is a thing named after someone, as a firm or a film is.
    lists["thing_nouns"] |= lists["vessel_nouns"]
    lemma_of = {form: lemma for lemma, forms in irregular.items() for form in forms}
    return Words(frozenset(speech), lists, lemma_of)


@cache
def _value_tables() -> Table:
    """words.toml's [values.NAME] tables: lower-case words to one kind of value each
    (signs and letters as written: "NZ$", "KSh")."""
    path, raw = _data("words.toml")
    tables = Table(raw, path, known=raw).value("values", dict, {})
    values = Table(tables, path, "values", known=tables)
    for name in tables:
        table = values.value(name, dict)
        cased = name in {"currency_signs", "currency_letters"}
        if not table or any(not w.strip() or (w != w.lower() and not cased) for w in table):
            raise values.fail(name, "expected lower-case words")
        if name in _WORDS_FOR_WORDS:
            for value in table.values():
                written = value.split() if isinstance(value, str) else [repr(value)]
                wrong = [w for w in written if not w.isalpha() or w != w.lower()]
                if wrong or not written:
                    raise values.fail(name, f"{(wrong or [value])[0]!r} is no lower-case word")
    return values


# The [values.NAME] tables whose values are words too, between spaces ("ken" =
# "kenneth"): checked with the file, not when a text first asks for one.
_WORDS_FOR_WORDS = frozenset({"given_name_forms", "epithet_offices"})


def word_values(name: str) -> dict[str, float]:
    """What the words of [values.NAME] stand for as numbers ("dozen" -> 12)."""
    values = _value_tables()
    table = values.data.get(name, {})
    found = {w: v for w, v in table.items() if isinstance(v, int | float) and v >= 0}
    if not table or len(found) != len(table) or any(isinstance(v, bool) for v in found.values()):
        raise values.fail(name, "expected non-negative numbers")
    return {w: float(v) for w, v in found.items()}


@cache
def number_words() -> frozenset[str]:
    """The words of [values.number_words] ("twelve", "dozen"), as a set to test words by."""
    return frozenset(word_values("number_words"))


@cache
def country_codes() -> dict[str, str]:
    """Each gazetteer country's ISO 3166 two-letter code, by its name ("Sweden": "SE")."""
    gazetteer()  # (checks the file)
    _, raw = _data("gazetteer.toml")
    return {item["name"]: item["code"] for item in raw["country"]}


@cache
def kin_genders() -> dict[str, str]:
    """Each kinship noun's sex ([values.kin_genders]: "wife" -> "female")."""
    return word_codes("kin_genders", ("male", "female"))


def word_codes(name: str, allowed: Collection[str] = ()) -> dict[str, str]:
    """What the words (or signs) of [values.NAME] stand for as codes ("euros" -> "EUR"),
    each one of `allowed` where that is given (or several of them, between spaces)."""
    values = _value_tables()
    table = values.data.get(name, {})
    codes = {w: v for w, v in table.items() if isinstance(v, str) and v.strip()}
    if not table or len(codes) != len(table):
        raise values.fail(name, "expected non-empty codes")
    wrong = sorted(
        w for w, code in codes.items() if allowed and not set(code.split()) <= set(allowed)
    )
    if wrong:
        expected = ", ".join(allowed)
        raise values.fail(name, f"{wrong[0]!r} is not one of {expected}")
    return codes


@cache
def before_the_date(named: str) -> frozenset[str]:
    """The words of [values.before_the_date] that name the `named` ("day" or "night")
    before a text's date: "yesterday" and "last night" its day, "overnight" and "last
    night" its night. One table for the figures that date by the day and the stories
    that date a lead's night."""
    codes = word_codes("before_the_date", ("day", "night"))
    return frozenset(word for word, code in codes.items() if named in code.split())


@cache
def currency_signs() -> str:
    """The signs of [values.currency_signs] ("$" of "US$" and "NZ$", "₦"): one list for
    the figures that read them and the places that must not take "US" of "US$310m" for
    the United States."""
    return "".join(dict.fromkeys(sign[-1] for sign in word_codes("currency_signs")))


@cache
def currency_after() -> re.Pattern[str]:
    """A currency's noun, in lower case, right after a word ("US dollars", "the U.S.
    dollar", "Swedish crowns"), singular or plural, from [values.currency_words] and
    [values.national_currency_words] (see brief.extract.actors.places)."""
    nouns = {
        word
        for table in ("currency_words", "national_currency_words")
        for word in word_codes(table)
    }
    nouns |= {word[:-1] for word in nouns if word.endswith("s")}
    return re.compile(rf"\s+(?P<noun>{alternation(nouns)})\b")


def contrast_negating(marks: str = ",", negator: str = "not") -> str:
    """A contrast that negates what follows it: a mark (`marks`, a pattern of one
    character), perhaps "and" or "but" after it, or "and" or "but" alone, then the
    `negator` (", and not", ", but not", "and not"). Written once for the corrections
    (CONTRAST_NOT) and the day a contrast denies (dated_events.event_dates, which takes
    any mark that sets a clause off, and "never")."""
    return rf"(?:{marks}\s*(?:and\s+|but\s+)?|\b(?:and|but)\s+){negator}\s+"


# A contrast that negates what follows it (", and not", ", but not", "and not"): how a
# correction sets the right day or count against the one "first reported" (the daily
# corrections and the tense of a day, figures.tense, read it so).
CONTRAST_NOT = contrast_negating()


def as_earlier_reported() -> str:
    """ "as first reported", "as initially reported" (words.toml's earlier_report_adverbs):
    the clause that says what it follows was an earlier report's, not the news."""
    return rf"\bas\s+(?:{alternation(words()['earlier_report_adverbs'])})\s+reported\b"


def alternation(phrases: Iterable[str]) -> str:
    """Word-list phrases as one regular-expression alternation, each taken literally and
    the longest first, so that a phrase is never cut short by its own prefix; phrases of
    one length alphabetically, so that the pattern is the same whatever order a set of
    them iterates in (PYTHONHASHSEED)."""
    ordered = sorted(phrases, key=lambda phrase: (-len(phrase), phrase))
    return "|".join(re.escape(phrase) for phrase in ordered)


def spaced_alternation(phrases: Iterable[str]) -> str:
    """The phrases as `alternation` gives them, save that any run of white space may part
    their words, as it may in the text ("has  been", "instead\nof")."""
    return alternation(phrases).replace(re.escape(" "), r"\s+")


def shared_starts(phrases: Iterable[str]) -> str:
    """The phrases as one alternation written as a tree of their shared starts ("f(?:i(?:
    ft(?:een|y)|ve)|o(?:...))"), which matches as the flat one the longest first does:
    of the phrases that start the text at a place (each a start of the longer ones), the
    longest is tried first, then the shorter ones in turn, since at each branching of the
    tree the longer phrases are tried before the one that ends there. sre tries a flat
    alternation's phrases one by one at every place: the spelled-out count pattern read
    the sentences with a number word in 40% less time as a tree (figures, 1,000-article inbox).
    The phrases are in lower-case ASCII, so that under (?i) a character matches at most
    one branch (else they are the flat alternation)."""
    phrases = list(phrases)
    if not all(phrase.isascii() and phrase == phrase.lower() for phrase in phrases):
        return alternation(phrases)
    tree: dict[str, dict] = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here

    def written(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + written(rest) for char, rest in sorted(node.items()) if char]
        if not branches:
            return ""
        tried = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{tried})?" if "" in node else tried

    return written(tree)


@cache
def ship_prefixes() -> re.Pattern[str]:
    """A ship's prefix (words.toml's vessel_prefixes) where it stands for the ship: in
    capitals ("MV Anna Petrova", "HMS Belfast", and alone as an advisory's subject, "MV
    reports approach by two skiffs"), or in lower case before a name ("the ms Ryndam");
    never as the honorific "Ms" is written. One reading for the kinds of actor
    (classify.participants), the sayers of counts (figures.sayers) and the acronyms that
    are no body (actors.organisations)."""
    prefixes = words()["vessel_prefixes"]
    upper = alternation(prefix.upper() for prefix in prefixes)
    return re.compile(
        rf"(?<![\w/-])(?:(?:{upper})(?![\w/-])|(?:{alternation(prefixes)})\s+(?=[A-Z]))"
    )


def ship_prefix(word: str, after: str = "") -> bool:
    """Whether `word`, followed by the words `after`, is a ship's prefix (ship_prefixes):
    "MV", "HMS"; "ms" before "Ryndam"; not "Ms"."""
    found = ship_prefixes().match(f"{word} {after}")
    return found is not None and found.group().rstrip() == word


def role_head(base: str, shown: Collection[str] = ()) -> bool:
    """Whether a word in lower case is a role's head by the lists (words.toml's
    role_heads, or an abbreviated title: "Supt", "Insp"), or by `shown`, the heads an
    article shows (roles.is_head gives them), or a compound of one ("vice-chief",
    "co-founder", "Lt.-Col.", "minister-designate"). Here, below every stage, because
    segment asks it too (whether "Justice Ma." is María written short), before any
    article's heads are read."""
    heads = words()["role_heads"]
    if base in heads or base in words()["title_abbreviations"] or base in shown:
        return True
    first, _, last = base.rpartition("-")
    if not first:
        return False
    for suffix in _head_suffixes().get(last, ()):  # "minister-designate", "editor-in-chief"
        if base.endswith(suffix) and len(base) > len(suffix):
            return role_head(base[: -len(suffix)], shown)
    prefix = first.replace(".", "")
    return bool(first) and last.rstrip(".") in heads and prefix in words()["head_prefixes"]


@cache
def _head_suffixes() -> dict[str, tuple[str, ...]]:
    """words.toml's head_suffixes with their hyphen ("-designate", "-in-chief"), by last word."""
    found: dict[str, list[str]] = {}
    for suffix in words()["head_suffixes"]:
        found.setdefault(suffix.rpartition("-")[2], []).append(f"-{suffix}")
    return {last: tuple(forms) for last, forms in found.items()}


@cache
def joined(*lists: str) -> frozenset[str]:
    """The union of some word lists, made once: the extractors look words up in such
    unions per word, and a union built at each look-up costs its whole size."""
    found = words()
    return frozenset().union(*(found[name] for name in lists))


_GAZETTEER_TABLES = ("country", "organisation", "seat")
_COUNTRY_KEYS = ("name", "code", "aliases", "demonyms", "government_seats")
_ORGANISATION_KEYS = ("name", "aliases", "state")
_SEAT_KEYS = ("city", "stands_for")


@cache
def gazetteer() -> dict[str, Entry]:
    """Surface form (case-sensitive) -> what it stands for."""
    path, raw = _data("gazetteer.toml")
    top = Table(raw, path, known=_GAZETTEER_TABLES, required=_GAZETTEER_TABLES)
    table: dict[str, Entry] = {}
    for item in top.tables("country", known=_COUNTRY_KEYS, required=_COUNTRY_KEYS):
        name, code = item.string("name"), item.string("code")
        if len(code) != 2:
            raise item.fail("code", f"expected a two-letter code, not {code!r}")
        for form, key in (("seat", "government_seats"), ("demonym", "demonyms")):
            for item_form in item.strings(key):
                table[item_form] = Entry(name, "country", form)
        for alias in item.strings("aliases"):
            table[alias] = Entry(name, "country", "name")
        table[name] = Entry(name, "country", "name")
    for item in top.tables("organisation", known=_ORGANISATION_KEYS, required=_ORGANISATION_KEYS):
        name, state = item.string("name"), item.string("state", empty=True)
        if state and table.get(state) is None:
            raise item.fail("state", 'expected a country above or ""')
        for alias in item.strings("aliases"):
            table.setdefault(alias, Entry(name, "organisation", "alias", state))
        table[name] = Entry(name, "organisation", "name", state)
    for form, entry in list(table.items()):
        for variant in _hyphen_variants(form):
            table.setdefault(variant, entry)
    for item in top.tables("seat", known=_SEAT_KEYS, required=_SEAT_KEYS):
        city, stands_for = item.string("city"), item.string("stands_for")
        if stands_for not in table:
            raise item.fail("stands_for", "unknown organisation")
        table[city] = Entry(stands_for, "organisation", "seat")
    return table


def _hyphen_variants(form: str) -> tuple[str, ...]:
    """A name's hyphen as other texts write it: a space ("Al Qaeda", "Agence France
    Presse") or, in tokenised copy, a spaced hyphen ("Al - Qaeda")."""
    if "-" not in form.strip("-"):
        return ()
    return (form.replace("-", " "), form.replace("-", " - "))


Value = TypeVar("Value")


class PhraseMatcher(Generic[Value]):
    """Whole-word occurrences of many phrases in one pass (an Aho-Corasick automaton).

    Overlapping hits are resolved leftmost-longest, as a regex alternation sorted by
    length would. Further lists (`more`) are found in the same pass, each resolved on its
    own (a hit of one hides none of another's), and `finditer` gives each list's hits in
    turn: one pass over a text costs about as much as another (2 µs a sentence), and a
    list of thirty phrases was a second pass over a third of the sentences."""

    def __init__(self, phrases: Mapping[str, Value], *more: Mapping[str, Value]) -> None:
        self._values = dict(phrases)
        self._more = [dict(found) for found in more]
        self._automaton: Any = None
        every = set(self._values).union(*self._more)
        if every:
            automaton = ahocorasick.Automaton()
            for phrase in every:
                automaton.add_word(phrase, phrase)
            automaton.make_automaton()
            self._automaton = automaton

    def __bool__(self) -> bool:
        return self._automaton is not None

    def occurs_in(self, text: str) -> bool:
        """Whether a phrase occurs in the text at all, whole word or not: a test, a few
        times cheaper than a pattern's search, that a pattern needing one may match."""
        return self._automaton is not None and next(self._automaton.iter(text), None) is not None

    def phrases_in(self, text: str) -> set[str]:
        """The phrases that occur in the text, whole word or not, overlapping or not: the
        `phrase in text` of each, in one pass."""
        if self._automaton is None:
            return set()
        return {phrase for _, phrase in self._automaton.iter(text)}

    def finditer(self, text: str) -> Iterator[tuple[int, int, str, Value]]:
        """(start, end, phrase, value), left to right, never overlapping; with `more`,
        the first list's hits, then each further list's."""
        if self._automaton is None:
            return
        hits = []
        last = len(text)
        for end_index, phrase in self._automaton.iter(text):
            start, end = end_index - len(phrase) + 1, end_index + 1
            # Whole words only: no letter, digit or underscore on either side.
            if (start == 0 or not _wordish(text[start - 1])) and (
                end == last or not _wordish(text[end])
            ):
                hits.append((start, end, phrase))
        if not hits:
            return  # (most texts: no list's phrase)
        if len(hits) > 1:
            hits.sort(key=lambda h: (h[0], -h[1]))
        yield from _leftmost(hits, self._values)
        for values in self._more:
            yield from _leftmost(hits, values)


def _leftmost(
    hits: Iterable[tuple[int, int, str]], values: Mapping[str, Value]
) -> Iterator[tuple[int, int, str, Value]]:
    """The hits of `values`' phrases (sorted by start, the longest first) that no
    earlier one overlaps."""
    reached = 0
    for start, end, phrase in hits:
        if start >= reached and phrase in values:
            reached = end
            yield start, end, phrase, values[phrase]


def unaccented(text: str) -> str:
    """A word or a name without its accents: one report writes Grünberg or René Préval,
    another Grunberg or Rene Preval."""
    if text.isascii():
        return text
    kept: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        # only a Latin letter's accents: in Japanese, Thai or Devanagari a mark makes
        # another word (ガス is not カス)
        if not (unicodedata.combining(char) and kept and kept[-1].isascii()):
            kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def _wordish(char: str) -> bool:
    return char.isalnum() or char == "_"


Answer = TypeVar("Answer")


class WordMemo(dict[str, Answer]):
    """A word-level test worked out once a distinct word, then a dictionary look-up.

    The extractors ask the same questions of the same words in every sentence ("may it
    be a name?", "is its stem a cue?"); a text of 25,000 sentences has about 600,000
    words but 60,000 distinct ones. `map(memo.__getitem__, words)` stays in C for the
    words seen before. Cleared when it grows past `kept` words, so a long-running process
    stays bounded."""

    def __init__(self, test: Callable[[str], Answer], kept: int = 1 << 17) -> None:
        super().__init__()
        self.test = test
        self.kept = kept

    def forget(self, lowered: frozenset[str]) -> None:
        """Work the words that hold a word of `lowered` out again: a test's knowledge of
        it changed (the role heads an article shows, roles.use_text_heads), and so did
        its answer of the word in any case, its possessive and its compounds ("Kagawad",
        "Kagawad's", "vice-kagawad", "KAGAWAD-ELECT"). One search a word, in C: 2 ms
        for the 13,000 words of NAME_WORDS after the 1,000-article inbox (a test of each
        word's lower case in Python, which missed the possessives and compounds: 1.5 ms;
        a search that ignores case: 3.3 ms)."""
        forms = {form for word in lowered for form in (word, word.capitalize(), word.upper())}
        held = re.compile("|".join(map(re.escape, forms))).search
        for word in list(filter(held, self)):
            del self[word]

    def __missing__(self, word: str) -> Answer:
        if len(self) >= self.kept:
            self.clear()
        self[word] = answer = self.test(word)
        return answer
