"""The checklist's data files: privacy-settings checks and where to find items, per platform."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class SettingCheck:
    platform: str
    id: str
    topic: str
    title: str
    menu: str

    @property
    def key(self) -> str:
        """What the user types to tick it: `facebook.past-posts`."""
        return f"{self.platform}.{self.id}"


@cache
def _load(name: str) -> dict[str, Any]:
    return tomllib.loads((DATA / name).read_text("utf-8"))


def setting_checks(platform: str) -> list[SettingCheck]:
    section = _load("privacy_checks.toml").get(platform, {})
    return [
        SettingCheck(platform, c["id"], c["topic"], c["title"], c["menu"])
        for c in section.get("checks", [])
    ]


def all_setting_checks() -> list[SettingCheck]:
    return [c for p in _load("privacy_checks.toml") for c in setting_checks(p)]


def find_setting_check(key: str) -> SettingCheck | None:
    platform, _, check_id = key.strip().lower().partition(".")
    return next((c for c in setting_checks(platform) if c.id == check_id), None)


def menu_path(platform: str, kind: str) -> str:
    """How to find an item of this kind in the platform's app when there is no link."""
    section: dict[str, str] = _load("find_items.toml").get(platform, {})
    return section.get(kind) or section.get("default") or ""
