"""The frame every step shares: title, the step bar, the step's body, the footer of keys."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Header

from tui.messages import SessionChanged
from tui.widgets.step_bar import StepBar
from tui.widgets.step_footer import StepFooter

if TYPE_CHECKING:
    from tui.app import AuditorApp
    from tui.session import Session


class StepScreen(Screen[None]):
    """A step of the audit. Subclasses give `STEP`, `compose_body` and `refresh_view`."""

    STEP: ClassVar[str] = ""

    def __init__(self) -> None:
        super().__init__()
        if not self.css_path and not self.CSS:
            # Textual restyles the whole app (parsing every stylesheet again, twice) the first
            # time any screen is shown, in case it brought styles of its own. A step without
            # its own styles is styled from the app's stylesheet as it is mounted, so it is
            # marked as up to date with it: opening the Checklist took 0.2 s more without.
            self._css_update_count = self.app._css_update_count

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
        yield StepFooter()

    def compose_body(self) -> ComposeResult:
        yield from ()

    def on_mount(self) -> None:
        self.auditor.apply_blink(self)
        self.refresh_view(frozenset({"all"}))

    def on_session_changed(self, message: SessionChanged) -> None:
        self.refresh_view(message.what)

    def refresh_view(self, what: frozenset[str]) -> None:
        """Show what the session holds now (`what` says which parts changed, or "all")."""
