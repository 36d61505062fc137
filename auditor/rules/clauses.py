"""The policy's clauses as data: number -> its exact words and a one-line plain summary.

Bundled from the school's social-media policy (`auditor/rules/data/clauses.toml`). Findings
quote them, the TUI's help screen lists them. A school that adapts its policy can replace or
add clauses with a `_policy.toml` in its `rules.d/` folder (same layout).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

POLICY_FILE = "_policy.toml"  # a school's own clause words, in its rules.d/ folder


@dataclass(frozen=True)
class Clause:
    number: str
    section: str
    summary: str
    paragraphs: tuple[str, ...]  # two where the policy uses the same number twice (6.7, 6.8)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def clause_sort_key(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", number))


def _parse(data: dict[str, Any]) -> dict[str, Clause]:
    sections = {str(k): str(v) for k, v in dict(data.get("sections", {})).items()}
    out: dict[str, Clause] = {}
    for number, entry in dict(data.get("clauses", {})).items():
        text = entry.get("text", [])
        paragraphs = (text,) if isinstance(text, str) else tuple(str(p) for p in text)
        out[number] = Clause(
            number=number,
            section=sections.get(number.split(".")[0], ""),
            summary=str(entry.get("summary", "")),
            paragraphs=paragraphs,
        )
    return out


@cache
def bundled_clauses() -> dict[str, Clause]:
    raw = resources.files("auditor.rules.data").joinpath("clauses.toml").read_text("utf-8")
    return _parse(tomllib.loads(raw))


def load_clauses(override_dirs: list[Path] | None = None) -> dict[str, Clause]:
    """The bundled clauses, with any school's `_policy.toml` laid over them (an unreadable one
    is skipped: the bundled words still serve)."""
    clauses = dict(bundled_clauses())
    for d in override_dirs or []:
        path = d / POLICY_FILE
        if not path.is_file():
            continue
        try:
            clauses.update(_parse(tomllib.loads(path.read_text("utf-8"))))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, AttributeError):
            continue
    return dict(sorted(clauses.items(), key=lambda kv: clause_sort_key(kv[0])))


def normalise_words(text: str) -> str:
    """Text compared for quoting: spacing collapsed, curly quotes and dashes made plain."""
    table = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
    return " ".join(text.translate(table).split())
