"""The app shell: modes for the steps, themes, the command palette and the scan worker.

Screens live in `tui/screens/`, widgets in `tui/widgets/`. The engine is reached only through
`tui.services.AuditService`, in workers, so the interface never waits on it.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App, ScreenStackError, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input

from auditor.errors import AuditorError
from auditor.models.finding import Finding
from auditor.models.report import ScanWarning
from tui.messages import ScanFindingFound, ScanProgressed, ScanWarned, SessionChanged
from tui.services import AuditService, DecisionState, ScanOutcome
from tui.session import Clock, ExportProgress, ScanState, Session
from tui.themes import HIGH_CONTRAST, THEMES
from tui.widgets.step_bar import STEPS

if TYPE_CHECKING:
    from auditor.pipeline import Progress

PROFILE_NAME = "school.toml"
REFRESH_SECONDS = 0.2  # how often screens redraw while findings stream in


def lazy_screen(module: str, name: str) -> Callable[[], Screen[Any]]:
    """A screen made (and its module imported) the first time its step is opened, so the
    first frame waits only for the screen it shows."""

    def make() -> Screen[Any]:
        screen: Screen[Any] = getattr(importlib.import_module(f"tui.screens.{module}"), name)()
        return screen

    return make


class AuditorApp(App[None]):
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
    }
    BINDINGS = [
        *(
            Binding(key, f"goto('{mode}')", label, show=False)
            for key, mode, label in STEPS
            if key != "?"
        ),
        Binding("question_mark,f1", "goto('help')", "Help"),
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
        theme_name: str = "textual-dark",
    ) -> None:
        super().__init__()
        self.session = Session(
            state_dir=state_dir,
            profile_path=profile_path or state_dir / PROFILE_NAME,
            service=AuditService(state_dir),
            clock=clock or (lambda: datetime.now(UTC)),
        )
        self.cursor_blink = cursor_blink
        self.browse_root = browse_root or Path.home()
        self._theme_name = theme_name
        self._scan_cancel = threading.Event()
        self._refresh_pending: set[str] = set()
        self._known_ids: set[str] = set()  # findings the history knew before this scan
        self._streamed_ids: set[str] = set()

    # -- start-up -------------------------------------------------------------------------
    def on_mount(self) -> None:
        self.register_theme(HIGH_CONTRAST)
        self.theme = self._theme_name
        self.load_profile()
        self.switch_mode("guide" if self.session.profile else "setup")
        self.call_after_refresh(self._load_remembered)  # after the first frame

    @work(thread=True, group="remember", exit_on_error=False)
    def _load_remembered(self) -> None:
        """Decisions and still-open findings of earlier audits, so a new sitting goes on."""
        service = self.session.service
        decisions = service.decisions()
        remembered = service.remembered_findings()
        self.call_from_thread(self._remembered, decisions, remembered)

    def _remembered(self, decisions: dict[str, DecisionState], findings: list[Finding]) -> None:
        s = self.session
        s.decisions = {**decisions, **s.decisions}
        if not s.findings and s.scan is None:
            s.findings = findings
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
    def action_goto(self, mode: str) -> None:
        if mode != self.current_mode:
            self.switch_mode(mode)
            self._tell_screen({"all"})

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
        yield SystemCommand("Start the scan", "Audit the exports you added", self.action_start_scan)
        yield SystemCommand("Cancel the scan", "Stop the running scan", self.action_cancel_scan)
        for binding in screen.active_bindings.values():  # the screen's own actions
            b = binding.binding
            if b.show and b.description and not b.action.startswith("app."):
                yield SystemCommand(
                    b.description,
                    f"Key {b.key_display or b.key}",
                    lambda a=b.action, n=binding.node: self.run_action(a, n),
                )
        yield SystemCommand("Quit", "Close the app (ctrl+q)", self.exit)

    # -- the scan -------------------------------------------------------------------------
    @property
    def scanning(self) -> bool:
        return self.session.scan is not None and self.session.scan.running

    def action_start_scan(self) -> None:
        s = self.session
        if self.scanning:
            self.action_goto("scan")
            return
        if s.profile is None:
            self.notify("First tell the app about your school (Setup).", severity="warning")
            self.action_goto("setup")
            return
        paths = [e.path for e in s.exports if not e.problem]
        if not paths:
            self.notify("Add an export first (Exports).", severity="warning")
            self.action_goto("exports")
            return
        self._scan_cancel = threading.Event()
        self._known_ids = set(s.decisions)
        self._streamed_ids = set()
        s.findings = []
        s.new_ids = set()
        s.scan = ScanState(
            started_at=s.clock(), exports={str(p): ExportProgress(str(p)) for p in paths}
        )
        self._run_scan(paths)
        self.action_goto("scan")

    def action_cancel_scan(self) -> None:
        if self.scanning:
            self._scan_cancel.set()
            self.notify("Stopping the scan… the findings so far are kept.")

    @work(thread=True, exclusive=True, group="scan", exit_on_error=False)
    def _run_scan(self, paths: list[Path]) -> None:
        s = self.session
        assert s.profile is not None

        def found(f: Finding) -> None:
            self.post_message(ScanFindingFound(f))

        def progressed(p: Progress) -> None:
            self.post_message(
                ScanProgressed(
                    p.export, p.stage, p.files_done, p.files_total, p.items, p.findings, p.eta_s
                )
            )

        def warned(w: ScanWarning) -> None:
            self.post_message(ScanWarned(w))

        def interrupted(resuming: bool) -> None:
            then = "carrying it on" if resuming else "starting afresh"
            self.call_from_thread(
                self.notify, f"The last audit did not finish; {then}.", severity="warning"
            )

        try:
            outcome = s.service.scan(
                paths, s.profile, found, progressed, warned, self._scan_cancel, interrupted
            )
            decisions = s.service.decisions()  # here, off the interface's thread
        except Exception as exc:  # shown as one line; never a traceback
            message = str(exc) if isinstance(exc, AuditorError) else type(exc).__name__
            self.call_from_thread(self._scan_failed, message)
            return
        self.call_from_thread(self._scan_done, outcome, decisions)

    def _scan_failed(self, message: str) -> None:
        if self.session.scan:
            self.session.scan.running = False
            self.session.scan.failure = message
        self.notify(f"The scan stopped: {message}", severity="error")
        self._tell_screen({"scan"})

    def _scan_done(self, outcome: ScanOutcome, decisions: dict[str, DecisionState]) -> None:
        s = self.session
        if s.scan is not None:
            s.scan.running = False
            s.scan.cancelled = outcome.cancelled
            s.scan.finished_at = s.clock()
            for p in s.scan.exports.values():
                if not outcome.cancelled:
                    p.stage = "done"
        s.findings = list(outcome.report.findings)
        s.new_ids = outcome.new_ids
        s.decisions = decisions
        if s.service.store_problem:
            self.notify(s.service.store_problem, severity="warning")
        self._tell_screen({"scan", "findings", "history", "checklist"})

    def on_scan_finding_found(self, message: ScanFindingFound) -> None:
        f: Finding = message.finding
        s = self.session
        # Messages from the worker can arrive after the final report has replaced the list.
        if s.scan is None or not s.scan.running or f.id in self._streamed_ids:
            return
        self._streamed_ids.add(f.id)
        s.findings.append(f)
        if f.id not in self._known_ids:
            s.new_ids.add(f.id)
        self._soon({"findings", "scan"})

    def on_scan_progressed(self, message: ScanProgressed) -> None:
        scan = self.session.scan
        if scan is None:
            return
        p = scan.exports.setdefault(message.export, ExportProgress(message.export))
        p.findings = message.found
        if message.stage == "media":  # photos: counted apart from the files and items
            p.photos_done, p.photos_total = message.files_done, message.files_total
            p.photos_eta = message.eta
        else:
            p.stage, p.files_done, p.files_total = (
                message.stage,
                message.files_done,
                message.files_total,
            )
            p.items = message.items
        for other in scan.exports.values():  # the exports before this one are finished
            if other is p:
                break
            other.stage = "done"
        self._soon({"scan"})

    def on_scan_warned(self, message: ScanWarned) -> None:
        w: ScanWarning = message.warning
        if self.session.scan is not None:
            self.session.scan.warnings.append(w)
        self._soon({"scan"})

    # -- telling screens --------------------------------------------------------------------
    def _soon(self, what: set[str]) -> None:
        """Redraw at most every REFRESH_SECONDS while a scan streams in."""
        if not self._refresh_pending:
            self.set_timer(REFRESH_SECONDS, self._flush_refresh)
        self._refresh_pending |= what

    def _flush_refresh(self) -> None:
        what, self._refresh_pending = self._refresh_pending, set()
        self._tell_screen(what)

    def _tell_screen(self, what: set[str]) -> None:
        try:
            screen = self.screen
        except ScreenStackError:  # closing: no screen left to tell
            return
        screen.post_message(SessionChanged(frozenset(what)))

    def apply_blink(self, screen: Screen[Any]) -> None:
        """Tests freeze the cursor (snapshots must not depend on when a blink happens)."""
        if not self.cursor_blink:
            for field in screen.query(Input):
                field.cursor_blink = False

    async def on_unmount(self) -> None:
        self._scan_cancel.set()
        self.session.service.close()
