"""`auditor tui` (and `auditor` alone): open the full-screen app."""

from __future__ import annotations

import argparse

from auditor.cli.command import Command


def open_tui(args: argparse.Namespace) -> int:
    from tui.app import AuditorApp

    AuditorApp().run()
    return 0


def add_arguments(p: argparse.ArgumentParser) -> None:
    pass


COMMAND = Command(
    "tui",
    "open the full-screen app (the same as 'auditor' alone)",
    add_arguments,
    open_tui,
    order=1,
)
