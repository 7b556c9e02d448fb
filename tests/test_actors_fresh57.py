"""People and their roles as service and news copy writes the armed forces' people
(fresh57's even half): ranks of one word and of the Commonwealth's grades, a retired
rank's mark in brackets, a rank that changes within the article, a title of a time the
text looks back on, a "late" the text corrects, a name a sentence gives "him" or "her",
namesakes told apart by a surname's particle, a base named like a person, and a child's
word for a parent. Invented texts of other settings only."""

from __future__ import annotations

from pathlib import Path

from tests.extract_helpers import people_roles as people
from tests.extract_helpers import read_article as read


def test_a_rank_of_one_word_no_list_knows_as_a_title_is_no_part_of_the_name() -> None:
    """ "Recruit", "Private", "Cadet" before a given name no list knows: the rank is the
    role, not the name's first word (a surname shared with a relative then stays apart)."""
    found = people(
        "On Monday Recruit Tamati Ruha, 18, collapsed on the range.",
        "His aunt, Wiremu Ruha, said the family was told late.",
        "Former Private Seru Naqeri, 70, received his medal at last.",
        "Private Equity Partners said it would not comment.",
    )
    assert found["Tamati Ruha"] == "Recruit"
    assert found["Wiremu Ruha"] == "aunt"
    assert found["Seru Naqeri"] == "Former Private"
    assert "Equity Partners" not in found


def test_a_warrant_officer_of_a_class_and_a_grade_is_one_rank() -> None:
    """ "Warrant Officer Class Two X", "Master Corporal X", "Third Warrant Officer X": one
    rank of several words, no "Class Two" person."""
    found = people(
        "Warrant Officer Class Two Kofi Ansah said the parade would go ahead.",
        "Master Corporal Lise Gagnon said the route was icy.",
        "The drill was run by Third Warrant Officer Ng Mei Ling.",
    )
    assert found["Kofi Ansah"] == "Warrant Officer Class Two"
    assert found["Lise Gagnon"] == "Master Corporal"
    assert found["Ng Mei Ling"] == "Third Warrant Officer"
    assert "Class Two" not in found


def test_a_retired_ranks_mark_in_brackets_dates_the_rank() -> None:
    """ "Colonel (retd) X", "Lieutenant Colonel (retd) Ratu X", "Col. X (rtd)": the rank
    is held no longer, and the mark between it and the name hides neither."""
    found = people(
        "Warrant Officer Class One (retd) Anand Kumar Pillai, elected unopposed, takes over.",
        "He succeeds Lieutenant Colonel (retd) Ratu Jone Bainivalu, who stood down.",
        "Yesterday Colonel Amos Pereira (rtd) opened the hall.",
    )
    assert found["Anand Kumar Pillai"] == "retired Warrant Officer Class One"
    assert found["Jone Bainivalu"] == "retired Lieutenant Colonel"
    assert found["Amos Pereira"] == "retired Colonel"


def test_a_rank_the_text_says_someone_was_promoted_to_is_the_rank_held_now() -> None:
    """ "Captain X was promoted to major ... Major X": the later rank, which the text says
    she was promoted to, is hers now; not one still to come."""
    found = people(
        "Captain Losana Vula was promoted to major on 1 March.",
        "Major Vula now commands the engineers' company.",
    )
    assert found["Losana Vula"] == "Major"
    later = people(
        "Captain Losana Vula will be promoted to major in March.",
        "Major Vula spoke to the cadets.",
    )
    assert later["Losana Vula"] == "Captain"


def test_a_title_of_a_time_looked_back_on_gives_way_to_the_one_held_now() -> None:
    """ "Back then he was Lieutenant X. Now he is X, a retired lieutenant colonel": the
    lieutenant's rank was of the time told."""
    found = people(
        "Back then he was Lieutenant Okafor, the platoon's officer.",
        "Now he is Chidi Okafor, a retired lieutenant colonel who teaches history.",
    )
    assert found["Chidi Okafor"] == "retired lieutenant colonel"


def test_a_late_the_text_corrects_does_not_date_the_role() -> None:
    """ "Our report referred to "the late Corporal X." Corporal X is alive and serving":
    no "late" for a man the text says lives."""
    found = people(
        'Our report on the funeral referred to "the late Corporal Juma Wafula."',
        "Corporal Juma Wafula is alive and serving; he carried the coffin.",
    )
    assert found["Juma Wafula"] == "Corporal"


def test_a_name_a_sentence_gives_him_is_the_one_named_before(tmp_path: Path) -> None:
    """ "... answered by X. Students knew him as Cikgu Mat." and a turn labelled by that
    name: the label is X's."""
    found, quotes = read(
        tmp_path,
        "Ask the teacher\nTHE VALLEY POST | Schools\n\n"
        "This week's questions are answered by Ahmad Zulkifli bin Osman, 66, a retired"
        " headmaster. Three generations of pupils knew him as Cikgu Mat.\n\n"
        "Q: Should my son learn to swim before he is ten? - Lina Tan, Ipoh\n\n"
        "CIKGU MAT: Yes. Every child should, and it is never too late.\n\n"
        "Q: Do schools still teach it? - Ravi Menon, Klang\n\n"
        "CIKGU MAT: Some do. Ask yours.\n",
    )
    assert "Mat" not in found
    said = dict(quotes)
    assert said["Yes. Every child should, and it is never too late."] == "Ahmad Zulkifli bin Osman"
    assert said["Some do. Ask yours."] == "Ahmad Zulkifli bin Osman"


def test_a_surname_particle_left_out_names_a_namesake(tmp_path: Path) -> None:
    """ "Sergeant Kiptoo Chebet" and "Sergeant Kiptoo arap Chebet": a particle is written
    with its surname whenever the given name is, so the two are two men; a link to the
    father's name ("a/p") may be left out ("Priya Raman" is Priya a/p Raman)."""
    found, quotes = read(
        tmp_path,
        "Corrections\nTHE RIFT VALLEY MIRROR | Corrections\n\n"
        "Our report named the winner as Sergeant Kiptoo Chebet, of the signals company."
        " The trophy went to Sergeant Kiptoo arap Chebet, of the engineers."
        ' Sergeant Kiptoo Chebet has asked us to say he has "never won anything."\n',
    )
    assert {"Kiptoo Chebet", "Kiptoo arap Chebet"} <= set(found)
    assert dict(quotes)["never won anything."] == "Kiptoo Chebet"
    same = people(
        "Priya a/p Raman, an analyst, asked about the plant.",
        "Priya Raman said the answer was not enough.",
    )
    assert list(same) == ["Priya a/p Raman"]


def test_a_base_after_at_and_before_a_region_is_a_place() -> None:
    """ "sitting at Garrison Petawawa, Ontario": a place's name, as "Atlanta, Georgia" is,
    though "Garrison" is a given name too."""
    found = people(
        "Court: General Court Martial, sitting at Garrison Borden, Ontario.",
        "Garrison Keillor said it was a fine day.",
    )
    assert "Garrison Borden" not in found
    assert "Garrison Keillor" in found


def test_a_childs_word_for_a_parent_ends_no_name() -> None:
    """ "Tell Mam I ate the cake": no person "Tell Mam"."""
    found = people('His father read out the message: "Cold and wet. Tell Mam I ate the cake."')
    assert "Tell Mam" not in found


def test_a_chaplain_and_a_padre_hold_an_office() -> None:
    """ "The regiment's chaplain, the Rev X,", "Padre X": a unit's minister is a post."""
    found = people(
        "The regiment's chaplain, the Rev Eluned Morgan-Hughes, read the lesson.",
        "Padre Tom Hale said grace before the meal.",
    )
    assert found["Eluned Morgan-Hughes"] == "regiment's chaplain"
    assert found["Tom Hale"] == "Padre"


def test_a_surname_titled_by_the_rank_someone_was_promoted_to_is_theirs() -> None:
    """ "Captain X, son of our treasurer, who was promoted to major ... Major Y" beside a
    father of that surname: the one the promotion's sentence names."""
    found = people(
        "Our treasurer, Warrant Officer Class Two (retd) Ravi Prakash Sharma, read the accounts.",
        "Well done to Captain Anil Sharma, son of our treasurer, who was promoted to major in May.",
        "Major Sharma now commands a company.",
    )
    assert found["Anil Sharma"] == "Major"
    assert found["Ravi Prakash Sharma"] == "retired Warrant Officer Class Two"
