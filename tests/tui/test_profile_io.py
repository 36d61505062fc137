"""The profile writer: what Setup saves is read back by the real loader, value for value."""

from __future__ import annotations

import stat
import tomllib
from pathlib import Path

from auditor.profile.loader import load_profile
from auditor.profile.schema import (
    PupilsSection,
    ReviewSection,
    SchoolProfile,
    SchoolSection,
    YouSection,
)
from auditor.profile.toml_write import toml_string
from tests.conftest import SAMPLE_PROFILE
from tui.profile_io import dump_profile, save_profile


def test_sample_profile_round_trips(tmp_path: Path) -> None:
    original = load_profile(SAMPLE_PROFILE, read_pupils=False)
    target = tmp_path / "out" / "school.toml"
    save_profile(original, target)
    again = load_profile(target, read_pupils=False)
    assert again.model_dump() == original.model_dump()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700


def test_awkward_values_survive(tmp_path: Path) -> None:
    profile = SchoolProfile(
        school=SchoolSection(
            name='St Mary\'s "Star" R.C. Primary \\ Nursery',
            aliases=["St Mary’s", "SMS\tnew", "Ysgol Gymraeg Llanfair ŵ"],
            town="Bolton-le-Sands",
            location=[54.1, -2.8],
        ),
        you=YouSection(name="Siân O'Neill", roles=["Year 4 teacher", "SENCo"], phones=[]),
        pupils=PupilsSection(names_file="/abs/path/with space/pupils.txt"),
        review=ReviewSection(interval_days=30),
    )
    path = tmp_path / "school.toml"
    save_profile(profile, path)
    assert load_profile(path, read_pupils=False).model_dump() == profile.model_dump()


def test_empty_values_are_left_out() -> None:
    text = dump_profile(SchoolProfile(school=SchoolSection(name="Bolton School")))
    data = tomllib.loads(text)
    assert data == {"school": {"name": "Bolton School"}}


def test_control_characters_are_escaped() -> None:
    value = "a\x00b\x7fc\nd"
    assert tomllib.loads("v = " + toml_string(value))["v"] == value
