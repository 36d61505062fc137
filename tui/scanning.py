"""The audit in a worker thread, the messages it sends, and the screens told as results arrive.

The scan goes on whichever step is shown; findings stream into the session as they are found,
and the shown screen is told at most every REFRESH_SECONDS so a large audit cannot flood it.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, ScreenStackError

from auditor.errors import AuditorError
from auditor.models.finding import Finding
from auditor.models.report import ScanWarning
from tui.messages import ScanFindingFound, ScanProgressed, ScanWarned, SessionChanged
from tui.services import DecisionState, ScanOutcome
from tui.session import ExportProgress, ScanState, Session

if TYPE_CHECKING:
    from auditor.pipeline import Progress

REFRESH_SECONDS = 0.2  # how often screens redraw while findings stream in


class ScanningApp(App[None]):
    """The base of the app: the session, moving between steps, and the scan."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        # The photo workers' helper processes, started while stdio is still the process's
        # own: once the app runs, `sys.stderr` has no file descriptor to hand them.
        from auditor.helpers import start_helpers

        start_helpers()
        self.session = session
        self._scan_cancel = threading.Event()
        self._refresh_pending: set[str] = set()
        self._known_ids: set[str] = set()  # findings the history knew before this scan
        self._streamed_ids: set[str] = set()
        self._cut: str | None = None  # the export a cancel cut short
        self.previous_mode: str | None = None  # the step shown before this one (Escape)

    def action_goto(self, mode: str) -> None:
        if mode != self.current_mode:
            self.previous_mode = self.current_mode
            self.switch_mode(mode)
            self._tell_screen({"all"})

    def action_step_back(self) -> None:
        """Escape on a step that is only looked at (Scan, Help): back to the step before."""
        back = self.previous_mode
        if not back or back == self.current_mode:
            back = "guide" if self.session.profile else "setup"
        self.action_goto(back)

    def checklist_soon(self) -> None:
        """Something the checklist shows changed (a decision, a scan): build it again in the
        background once things are quiet, so the Checklist step opens with it at once."""
        timer = getattr(self, "_checklist_timer", None)
        if timer is not None:
            timer.stop()
        self._checklist_timer = self.set_timer(0.4, self._prepare_checklist)

    @work(thread=True, group="prepare-checklist", exclusive=True, exit_on_error=False)
    def _prepare_checklist(self) -> None:
        if self.session.service.store() is not None:
            self.session.service.checklist(self.session.clock())

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
        self._cut = None
        self._known_ids = set(s.decisions)
        self._streamed_ids = set()
        s.findings = []
        s.new_ids = set()
        s.back_ids = set()
        s.scan = ScanState(
            started_at=s.clock(), exports={str(p): ExportProgress(str(p)) for p in paths}
        )
        self._run_scan(paths)
        self.action_goto("scan")

    def action_cancel_scan(self) -> None:
        """Asks first: a cancelled scan leaves the rest of the downloads unchecked."""
        if not self.scanning:
            self.notify("No scan is running.", timeout=2)
            return
        from tui.widgets.confirm import Confirm

        self.push_screen(
            Confirm(
                "Cancel the scan?",
                "The findings so far are kept, but the rest of your downloads is not checked.",
                yes="cancel the scan",
                no="let it go on",
            ),
            lambda yes: self.cancel_scan_now() if yes else None,
        )

    def cancel_scan_now(self) -> None:
        if self.scanning:
            self._scan_cancel.set()
            # The export being read when the scan is cancelled is cut short, whatever the
            # pipeline then reports of it.
            scan = self.session.scan
            assert scan is not None
            self._cut = next((p.export for p in scan.exports.values() if p.stage != "done"), None)
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
        from auditor.report.coverage import coverage

        scan = self.session.scan
        if scan:
            scan.running = False
            scan.failure = message
            scan.finished_at = self.session.clock()
            scan.coverage = coverage(None, failure=message)
            for p in scan.exports.values():
                if p.stage != "done":
                    p.stage = "stopped"
        self.notify(f"The scan stopped: {message}", severity="error")
        self._tell_screen({"scan", "findings"})

    def _scan_done(self, outcome: ScanOutcome, decisions: dict[str, DecisionState]) -> None:
        from auditor.report.coverage import coverage

        s = self.session
        if s.scan is not None:
            s.scan.running = False
            s.scan.cancelled = outcome.cancelled
            s.scan.finished_at = s.clock()
            s.scan.coverage = coverage(
                outcome.report,
                s.profile,
                [Path(p) for p in s.scan.exports],
                cancelled=outcome.cancelled,
            )
            unread = {u.export: u.why for u in s.scan.coverage.unread}
            for p in s.scan.exports.values():
                if outcome.cancelled:
                    if p.export == self._cut or p.stage not in ("done", "waiting"):
                        p.stage = "stopped"
                    elif p.stage == "waiting":
                        p.stage = "skipped"
                else:
                    p.stage = "unread" if p.export in unread else "done"
                    p.note = unread.get(p.export, "")
        s.findings = list(outcome.report.findings)
        s.new_ids = outcome.new_ids
        s.back_ids = outcome.reopened_ids
        s.decisions = decisions
        if s.service.store_problem:
            self.notify(s.service.store_problem, severity="warning")
        self._tell_screen({"scan", "findings", "history", "checklist"})
        self.checklist_soon()

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
        # Messages from the worker can arrive after the final report has set each export's
        # outcome ("not checked: …"): a late "done" must not overwrite it.
        if scan is None or not scan.running:
            return
        p = scan.exports.setdefault(message.export, ExportProgress(message.export))
        if message.stage == "done" and self._scan_cancel.is_set() and p.export == self._cut:
            p.stage = "stopped"  # it ended because it was cancelled, not because it was read
        elif message.stage == "media":  # photos: counted apart from the files and items
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
            if other.stage not in ("stopped", "unread"):
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
