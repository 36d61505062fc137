"""Scan: progress per export and stage, counts as they arrive, time left, cancel.

The scan itself runs in the app's worker (it goes on when you switch step); the first findings
can be browsed (5) while it runs.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Label, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from auditor.report.coverage import ending
from tui.screens.base import StepScreen
from tui.session import ExportProgress, ScanState
from tui.widgets.finding_detail import SEVERITY_STYLE, day, snippet

STAGES = {
    "waiting": "waiting",
    "reading": "reading files",
    "text": "reading and checking text",
    "done": "done",
    "stopped": "stopped part-way",
    "skipped": "not checked (the scan was cancelled first)",
    "unread": "not checked: nothing in it this tool can read",
}


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


class ExportRow(Vertical):
    """One export's name, stage and progress bar."""

    DEFAULT_CSS = """
    ExportRow { height: auto; padding: 0 1; margin-bottom: 1; }
    ExportRow Horizontal { height: 1; }
    ExportRow ProgressBar { width: 1fr; }
    ExportRow .photos-label { width: auto; }
    ExportRow .row-name { width: 1fr; }
    """

    def __init__(self, progress: ExportProgress) -> None:
        super().__init__()
        self.progress = progress
        self.name_label = Label("", classes="row-name")
        self.bar = ProgressBar(show_eta=False, show_percentage=True)
        self.photos_label = Label("photos", classes="photos-label")
        self.photos_bar = ProgressBar(show_eta=False, show_percentage=True)
        self.photos_row = Horizontal(self.photos_label, self.photos_bar, classes="photos")
        self.show_progress(progress)

    def compose(self) -> ComposeResult:
        yield self.name_label
        with Horizontal():
            yield self.bar
        yield self.photos_row

    def show_progress(self, p: ExportProgress) -> None:
        self.progress = p
        stage = STAGES.get(p.stage, p.stage)
        if p.stage == "unread" and p.note:
            stage = f"not checked: {p.note}"
        self.name_label.update(
            f"{Path(p.export).name}: {stage} · {plural(p.items, 'item')} · "
            f"{plural(p.findings, 'finding')}"
        )
        total = max(p.files_total, 1)
        self.bar.update(total=total, progress=total if p.stage == "done" else p.files_done)
        self.photos_row.display = p.photos_total > 0
        if p.photos_total:
            self.photos_label.update(f"photos {p.photos_done}/{p.photos_total} ")
            self.photos_bar.update(total=p.photos_total, progress=p.photos_done)


class ScanScreen(StepScreen):
    STEP = "scan"
    CSS_PATH = "scan.tcss"
    BINDINGS = [
        Binding("c", "app.cancel_scan", "Cancel scan"),
        Binding("escape", "app.step_back", "Back", show=False),
        Binding("ctrl+r", "app.start_scan", "Rescan"),
        Binding("f", "app.goto('findings')", "Findings"),
        Binding("w", "warnings", "Not read"),
    ]

    def compose_body(self) -> ComposeResult:
        yield Static("", id="scan-summary", classes="heading")
        yield Static("", id="scan-eta", classes="hint")
        yield Static("", id="scan-coverage")
        yield VerticalScroll(id="scan-rows")
        yield Label("Latest findings (f to browse them all)", classes="heading")
        yield OptionList(id="latest")

    def refresh_view(self, what: frozenset[str]) -> None:
        scan = self.session.scan
        summary = self.query_one("#scan-summary", Static)
        eta = self.query_one("#scan-eta", Static)
        if scan is None:
            summary.update("No scan yet.")
            eta.update("Add your exports (3), then press ctrl+r to start the scan.")
            return
        summary.update(self._headline(scan))
        eta.update(self._eta_line(scan))
        lines = ending(scan.coverage, len(self.session.findings)) if scan.coverage else []
        if scan.coverage is not None and scan.coverage.complete and not self.session.findings:
            lines = lines[1:]  # the headline says it: no need to repeat the all-clear
        told = self.query_one("#scan-coverage", Static)
        told.update("\n".join(lines))
        told.display = bool(lines) and not scan.running
        self._show_rows(scan)
        latest = self.query_one("#latest", OptionList)
        latest.clear_options()
        for f in reversed(self.session.findings[-8:]):
            label = Text("●", style=SEVERITY_STYLE[f.severity.value])
            label.append(f" {f.clause} {f.title or f.rule} · ")
            label.append(day(f.item.timestamp), style="dim")
            label.append(f" · “{snippet(f)}”")  # pupils' names masked
            latest.add_option(Option(label, id=f.id))

    def _headline(self, scan: ScanState) -> str:
        n = len(scan.exports)
        found = len(self.session.findings)
        counts = f"{plural(scan.items, 'item')} read, {plural(found, 'finding')}"
        if scan.running:
            return f"Scanning {n} export{'s' if n != 1 else ''}… {counts} so far"
        if scan.failure:
            return f"The scan stopped: {scan.failure}. {counts} before it stopped."
        if scan.cancelled:
            return f"Scan cancelled. {counts}; the results are partial."
        cov = scan.coverage
        if cov is not None and cov.nothing_checked:
            return "Scan finished, but nothing was checked: no export could be read."
        return f"Scan finished. {counts}."

    def _eta_line(self, scan: ScanState) -> str:
        now = self.session.clock()
        elapsed = duration((now - scan.started_at).total_seconds())
        warnings = (
            f" · {plural(len(scan.warnings), 'file')} not read fully (w shows them)"
            if scan.warnings
            else ""
        )
        if scan.running:
            left = scan.eta_seconds(now)
            left_text = (
                f"about {duration(left)} left" if left is not None else "working out time left"
            )
            return f"{elapsed} so far, {left_text}. c cancels{warnings}"
        finished = scan.finished_at or now
        took = duration((finished - scan.started_at).total_seconds())
        if scan.failure or scan.cancelled:
            return f"Stopped after {took}{warnings}. ctrl+r scans again."
        return f"Took {took}{warnings}. Press f to go through the findings."

    def _show_rows(self, scan: ScanState) -> None:
        # The pipeline counts findings across all exports; each row counts its own.
        per_export = Counter(f.item.export for f in self.session.findings)
        for p in scan.exports.values():
            p.findings = per_export[p.export]
        holder = self.query_one("#scan-rows", VerticalScroll)
        rows = list(holder.query(ExportRow))
        if [r.progress.export for r in rows] != list(scan.exports):
            holder.remove_children()
            rows = [ExportRow(p) for p in scan.exports.values()]
            holder.mount_all(rows)
        for row, p in zip(rows, scan.exports.values(), strict=True):
            row.show_progress(p)

    def action_warnings(self) -> None:
        from tui.screens.warnings import WarningsScreen

        scan = self.session.scan
        if scan is None or not scan.warnings:
            self.notify("Every file was read.", timeout=2)
            return
        self.app.push_screen(WarningsScreen(list(scan.warnings)))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.session.show_finding = event.option.id
        self.auditor.action_goto("findings")
