"""Options check themselves: the command line, a config file and a library caller get the
same answers, each naming the setting in its own terms."""

from __future__ import annotations

import pytest

from brief.errors import SettingError, UsageError
from brief.options import Options


@pytest.mark.parametrize(
    ("settings", "setting"),
    [
        ({"algorithm": "nope"}, "algorithm"),
        ({"sentences": 0}, "sentences"),
        ({"ratio": 0.0}, "ratio"),
        ({"ratio": 1.5}, "ratio"),
        ({"ratio": 0.5, "sentences": 3}, "ratio"),
        ({"language": "klingon"}, "language"),
        ({"max_bytes": 0}, "max_bytes"),
    ],
)
def test_an_impossible_setting_is_named(settings: dict, setting: str) -> None:
    with pytest.raises(SettingError) as err:
        Options(**settings)
    assert err.value.setting == setting and isinstance(err.value, UsageError)
    assert "--" not in str(err.value)  # the library does not know about flags


def test_language_names_are_canonical() -> None:
    assert Options(language=" English ").language == "english"


def test_a_title_of_blanks_is_no_title() -> None:
    """`--title "  "` had made an empty heading ("#    "); "" already meant the brief's own."""
    assert Options(title="   ").title is None
    assert Options(title=" Morning\n desk ").title == "Morning desk"
