"""The app's own preferences (for now the colour theme), kept beside the audit history so a
theme chosen for readability is there next time."""

from __future__ import annotations

import contextlib
import tomllib
from pathlib import Path

from auditor.cli.output import write_private
from auditor.errors import AuditorError
from auditor.profile.toml_write import toml_string
from tui.themes import THEMES

SETTINGS_NAME = "tui-settings.toml"


def saved_theme(state_dir: Path) -> str | None:
    """The theme chosen last time, or None (no file, an unreadable one, an unknown name)."""
    try:
        data = tomllib.loads((state_dir / SETTINGS_NAME).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    theme = data.get("theme")
    return theme if theme in THEMES else None


def save_theme(state_dir: Path, theme: str) -> None:
    """Remember the theme (0600); a folder that cannot be written to only loses the choice."""
    with contextlib.suppress(AuditorError):
        write_private(state_dir / SETTINGS_NAME, f"theme = {toml_string(theme)}\n")
