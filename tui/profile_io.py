"""Writes the school profile TOML (the contract in `auditor/profile/schema.py`).

A small writer of our own: the profile holds only strings, string lists, numbers and number
pairs, so a few lines give exact, readable output without another dependency.
"""

from __future__ import annotations

from pathlib import Path

from auditor.cli.output import write_private
from auditor.profile.schema import DEFAULT_OFFICIAL_CHANNELS, SchoolProfile
from auditor.profile.toml_write import toml_value
from auditor.store.paths import ensure_private_dir

HEADER = (
    "# Your school profile, written by Staff Profile Auditor. It stays on this computer.\n"
    "# You can change it from the app (Setup) or in any text editor.\n"
)


def dump_profile(profile: SchoolProfile) -> str:
    """The profile as TOML; empty values are left out so the file stays short."""
    data = profile.model_dump(exclude_none=True)
    parts = [HEADER]
    for table in ("school", "you", "pupils", "review"):
        section = {k: v for k, v in data.get(table, {}).items() if v not in ([], "")}
        if section.get("official_channels") == list(DEFAULT_OFFICIAL_CHANNELS):
            del section["official_channels"]  # the policy's own channels: the default
        if table == "review" and section == {"interval_days": 91}:
            continue  # the default: no need to write it
        if not section:
            continue
        parts.append(f"\n[{table}]\n")
        parts.extend(f"{key} = {toml_value(value)}\n" for key, value in section.items())
    return "".join(parts)


def save_profile(profile: SchoolProfile, path: Path) -> None:
    """Write the profile 0600 in a 0700 folder; raises AuditorError naming the file."""
    ensure_private_dir(path.parent)
    write_private(path, dump_profile(profile))
