"""The frame every step shares: title, the step bar, the step's body, the footer of keys."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Header

from tui.messages import SessionChanged
from tui.widgets.step_bar import StepBar

if TYPE_CHECKING:
    from tui.app import AuditorApp
    from tui.session import Session


class StepScreen(Screen[None]):
    """A step of the audit. Subclasses give `STEP`, `compose_body` and `refresh_view`."""

    STEP: ClassVar[str] = ""

    @property
    def auditor(self) -> AuditorApp:
        from tui.app import AuditorApp

        assert isinstance(self.app, AuditorApp)
        return self.app

    @property
    def session(self) -> Session:
        return self.auditor.session

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield StepBar(self.STEP)
        yield from self.compose_body()
        yield Footer()

    def compose_body(self) -> ComposeResult:
        yield from ()

    def on_mount(self) -> None:
        self.auditor.apply_blink(self)
        self.refresh_view(frozenset({"all"}))

    def on_session_changed(self, message: SessionChanged) -> None:
        self.refresh_view(message.what)

    def refresh_view(self, what: frozenset[str]) -> None:
        """Show what the session holds now (`what` says which parts changed, or "all")."""
