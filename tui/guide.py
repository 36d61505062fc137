"""The "Get your data" guide, read from `tui/data/get_your_data.toml` (data, not code)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class PlatformGuide:
    key: str
    name: str
    steps: tuple[str, ...]
    choose: tuple[str, ...]
    format: str
    wait: str
    note: str

    def as_markdown(self) -> str:
        """The guide for one platform, as the guide screen shows it."""
        lines = [f"## {self.name}", "", "**Where to find it**", ""]
        lines += [f"{n}. {step}" for n, step in enumerate(self.steps, start=1)]
        lines += ["", "**What to choose**", ""]
        lines += [f"- {choice}" for choice in self.choose]
        lines += ["", f"**What you get:** {self.format}", "", f"**How long:** {self.wait}"]
        if self.note:
            lines += ["", self.note]
        return "\n".join(lines) + "\n"


@cache
def platform_guides() -> tuple[PlatformGuide, ...]:
    raw = resources.files("tui.data").joinpath("get_your_data.toml").read_text("utf-8")
    return tuple(
        PlatformGuide(
            key=str(p["key"]),
            name=str(p["name"]),
            steps=tuple(p["steps"]),
            choose=tuple(p["choose"]),
            format=str(p["format"]),
            wait=str(p["wait"]),
            note=str(p.get("note", "")),
        )
        for p in tomllib.loads(raw)["platform"]
    )
