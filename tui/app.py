"""The app shell: modes for the steps, themes and the command palette (the scan worker and
its messages are in `tui.scanning`).

Screens live in `tui/screens/`, widgets in `tui/widgets/`. The engine is reached only through
`tui.services.AuditService`, in workers, so the interface never waits on it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input

from auditor.errors import AuditorError
from auditor.models.finding import Finding
from tui.scanning import ScanningApp
from tui.services import AuditService, DecisionState
from tui.session import Clock, Session
from tui.settings import save_theme, saved_theme
from tui.themes import HIGH_CONTRAST, THEMES
from tui.widgets.step_bar import STEPS

if TYPE_CHECKING:
    pass

PROFILE_NAME = "school.toml"


def lazy_screen(module: str, name: str) -> Callable[[], Screen[Any]]:
    """A screen made (and its module imported) the first time its step is opened, so the
    first frame waits only for the screen it shows."""

    def make() -> Screen[Any]:
        screen: Screen[Any] = getattr(importlib.import_module(f"tui.screens.{module}"), name)()
        return screen

    return make


class AuditorApp(ScanningApp):
    TITLE = "Staff Profile Auditor"
    SUB_TITLE = "Everything stays on this computer"
    CSS_PATH = "app.tcss"
    MODES = {
        "setup": lazy_screen("setup", "SetupScreen"),
        "guide": lazy_screen("guide", "GuideScreen"),
        "exports": lazy_screen("exports", "ExportsScreen"),
        "scan": lazy_screen("scan", "ScanScreen"),
        "findings": lazy_screen("findings", "FindingsScreen"),
        "checklist": lazy_screen("checklist", "ChecklistScreen"),
        "history": lazy_screen("history", "HistoryScreen"),
        "help": lazy_screen("help", "HelpScreen"),
        # Not a step of the audit (so not in the step bar): the one screen that goes online.
        "public_check": lazy_screen("public_check", "PublicCheckScreen"),
    }
    BINDINGS = [
        *(
            Binding(key, f"goto('{mode}')", label, show=False)
            for key, mode, label in STEPS
            if key != "?"
        ),
        Binding("question_mark,f1", "goto('help')", "Help"),
        Binding("8", "goto('public_check')", "Check my public profiles", show=False),
        Binding("ctrl+t", "next_theme", "Theme", show=False),
        Binding("escape", "leave_field", "Leave the field", show=False),
        Binding("ctrl+q", "quit", "Quit"),
    ]

    def __init__(
        self,
        state_dir: Path,
        profile_path: Path | None = None,
        *,
        clock: Clock | None = None,
        cursor_blink: bool = True,
        browse_root: Path | None = None,
        theme_name: str | None = None,
    ) -> None:
        super().__init__(
            Session(
                state_dir=state_dir,
                profile_path=profile_path or state_dir / PROFILE_NAME,
                service=AuditService(state_dir),
                clock=clock or (lambda: datetime.now(UTC)),
            )
        )
        self.cursor_blink = cursor_blink
        self.browse_root = browse_root or Path.home()
        self._theme_name = theme_name

    # -- start-up -------------------------------------------------------------------------
    def on_mount(self) -> None:
        self.register_theme(HIGH_CONTRAST)
        state_dir = self.session.state_dir
        self.theme = self._theme_name or saved_theme(state_dir) or "textual-dark"
        self.watch(self, "theme", lambda theme: save_theme(state_dir, theme), init=False)
        self.load_profile()
        self.switch_mode("guide" if self.session.profile else "setup")
        self.call_after_refresh(self._load_remembered)  # after the first frame

    @work(thread=True, group="remember", exit_on_error=False)
    def _load_remembered(self) -> None:
        """Decisions and still-open findings of earlier audits, so a new sitting goes on."""
        service = self.session.service
        decisions = service.decisions()
        remembered = service.remembered_findings()
        back = service.reopened_ids()
        self.call_from_thread(self._remembered, decisions, remembered, back)
        self.call_from_thread(self.set_timer, 1.0, self._warm_up)

    @work(thread=True, group="warm-up", exit_on_error=False)
    def _warm_up(self) -> None:
        """While the user reads the first screen: the modules the later steps need, so that
        opening one does not wait for them (the checklist's took half a second)."""
        for module in (
            "tui.screens.findings",
            "tui.screens.checklist",
            "tui.screens.scan",
            "auditor.report.checklist",
            "rich.markdown",
        ):
            importlib.import_module(module)
        # The checklist itself, kept by the service until something changes, so that the
        # Checklist step shows it in its first frame; and Rich's Markdown once, warm.
        from tui.widgets.rendered_doc import render_markdown_lines

        render_markdown_lines("# Checklist\n\n- [ ] **An item** `code`, [a link](https://x)", 60)
        service = self.session.service
        if service.store() is not None:
            service.checklist(self.session.clock())

    def _remembered(
        self, decisions: dict[str, DecisionState], findings: list[Finding], back: set[str]
    ) -> None:
        s = self.session
        s.decisions = {**decisions, **s.decisions}
        if not s.findings and s.scan is None:
            s.findings = findings
            s.back_ids = back
        self._tell_screen({"findings", "history", "checklist"})

    def load_profile(self) -> None:
        """Read the saved profile (if any); a broken one sends the user to Setup with why."""
        from auditor.profile.loader import load_profile

        s = self.session
        s.profile, s.profile_problem = None, None
        if not s.profile_path.exists():
            return
        try:
            s.profile = load_profile(s.profile_path)
        except AuditorError as exc:
            s.profile_problem = str(exc)

    def on_screen_resume(self) -> None:
        self._tell_screen({"all"})

    # -- navigation -----------------------------------------------------------------------
    def action_leave_field(self) -> None:
        """Escape leaves a text field, so that the number keys move between steps again."""
        if isinstance(self.focused, Input):
            self.screen.set_focus(None)

    def action_next_theme(self) -> None:
        current = THEMES.index(self.theme) if self.theme in THEMES else -1
        self.theme = THEMES[(current + 1) % len(THEMES)]
        self.notify(f"Theme: {self.theme}", timeout=2)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Every action, in the command palette (ctrl+p)."""
        for key, mode, label in STEPS:
            yield SystemCommand(
                f"Go to {label}",
                f"Open the {label} step (key {key})",
                lambda m=mode: self.action_goto(m),
            )
        for name in THEMES:
            yield SystemCommand(
                f"Theme: {name}", "Change the colours", lambda n=name: setattr(self, "theme", n)
            )
        yield SystemCommand(
            "Check my public profiles",
            "See your public pages as a stranger does (goes online, asks first; key 8)",
            lambda: self.action_goto("public_check"),
        )
        if self.scanning:
            yield SystemCommand("Cancel the scan", "Stop the running scan", self.action_cancel_scan)
        else:
            yield SystemCommand(
                "Start the scan", "Audit the exports you added", self.action_start_scan
            )
        seen: set[str] = set()
        for binding in screen.active_bindings.values():  # the screen's own actions
            b = binding.binding
            if (
                b.description
                and b.action not in seen
                and binding.node is not self
                and b.action not in ("app.step_back", "back", "leave_search", "app.cancel_scan")
            ):
                seen.add(b.action)
                yield SystemCommand(
                    b.description,
                    f"Key {self.get_key_display(b)}",
                    lambda a=b.action, n=binding.node: self.run_action(a, n),
                )
        yield SystemCommand("Quit", "Close the app (ctrl+q)", self.exit)

    def apply_blink(self, screen: Screen[Any]) -> None:
        """Tests freeze the cursor (snapshots must not depend on when a blink happens)."""
        if not self.cursor_blink:
            for field in screen.query(Input):
                field.cursor_blink = False

    async def on_unmount(self) -> None:
        self._scan_cancel.set()
        self.session.service.close()
