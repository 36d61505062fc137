"""The app shell. Screens live in `tui/screens/`, widgets in `tui/widgets/`."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class AuditorApp(App[None]):
    TITLE = "Staff Profile Auditor"
    SUB_TITLE = "Everything stays on this computer"
    BINDINGS = [("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(
            "Welcome. This tool checks your own social-media downloads against your school's "
            "policy, privately, on this computer.",
            id="welcome",
        )
        yield Footer()
