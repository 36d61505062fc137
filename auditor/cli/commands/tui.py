"""`auditor tui` (and `auditor` alone): open the full-screen app."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from auditor.cli.command import Command
from auditor.store.options import add_state_argument

THEMES = ("textual-dark", "textual-light", "high-contrast")


def open_tui(args: argparse.Namespace) -> int:
    from auditor.store.paths import ensure_private_dir, state_dir

    folder = ensure_private_dir(state_dir(getattr(args, "state", None)))
    if sys.stdout.isatty():
        # Asks the terminal what images it can show; it must happen before the app starts.
        import textual_image.widget  # noqa: F401

    from tui.app import AuditorApp

    AuditorApp(
        folder,
        getattr(args, "profile", None),
        theme_name=getattr(args, "theme", None),
        browse_root=getattr(args, "browse", None),
    ).run()
    return 0


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--profile",
        type=Path,
        help="your school profile (TOML); default: the one saved by the app's Setup",
    )
    add_state_argument(p)
    p.add_argument(
        "--theme", choices=THEMES, help="colours (default: the last chosen, else textual-dark)"
    )
    p.add_argument(
        "--browse", type=Path, help="folder the export picker starts in (default: your home)"
    )


COMMAND = Command(
    "tui",
    "open the full-screen app (the same as 'auditor' alone)",
    add_arguments,
    open_tui,
    order=1,
)
