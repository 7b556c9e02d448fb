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
