"""Writes the school profile TOML (the contract in `auditor/profile/schema.py`).

A small writer of our own: the profile holds only strings, string lists, numbers and number
pairs, so a few lines give exact, readable output without another dependency.
"""

from __future__ import annotations

from pathlib import Path

from auditor.cli.output import write_private
from auditor.profile.schema import SchoolProfile
from auditor.store.paths import ensure_private_dir

HEADER = (
    "# Your school profile, written by Staff Profile Auditor. It stays on this computer.\n"
    "# You can change it from the app (Setup) or in any text editor.\n"
)


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = ['"']
    for ch in value:
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to the profile")


def dump_profile(profile: SchoolProfile) -> str:
    """The profile as TOML; empty values are left out so the file stays short."""
    data = profile.model_dump(exclude_none=True)
    parts = [HEADER]
    for table in ("school", "you", "pupils", "review"):
        section = {k: v for k, v in data.get(table, {}).items() if v not in ([], "")}
        if table == "review" and section == {"interval_days": 91}:
            continue  # the default: no need to write it
        if not section:
            continue
        parts.append(f"\n[{table}]\n")
        parts.extend(f"{key} = {_value(value)}\n" for key, value in section.items())
    return "".join(parts)


def save_profile(profile: SchoolProfile, path: Path) -> None:
    """Write the profile 0600 in a 0700 folder; raises AuditorError naming the file."""
    ensure_private_dir(path.parent)
    write_private(path, dump_profile(profile))
