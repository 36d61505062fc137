"""History: past audits and how the number of findings has gone down (or up) over time."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.widgets import DataTable, Label, Sparkline, Static

from tui.screens.base import StepScreen
from tui.services import AuditRow

STATUS_WORDS = {"completed": "finished", "cancelled": "cancelled", "interrupted": "interrupted"}


class HistoryScreen(StepScreen):
    STEP = "history"
    CSS_PATH = "history.tcss"

    def compose_body(self) -> ComposeResult:
        yield Static("", id="trend-text", classes="heading")
        yield Sparkline([], id="trend")
        yield Label("Past audits", classes="heading")
        table: DataTable[str] = DataTable(id="audits", cursor_type="row", zebra_stripes=True)
        table.add_columns("When", "Exports", "Found", "New", "Gone", "Ended")
        yield table

    def refresh_view(self, what: frozenset[str]) -> None:
        if what & {"all", "history"}:
            self.load()

    @work(thread=True, exclusive=True, group="history")
    def load(self) -> None:
        rows = self.session.service.history()
        self.app.call_from_thread(self._show, rows)

    def _show(self, rows: list[AuditRow]) -> None:
        table = self.query_one("#audits", DataTable)
        table.clear()
        for r in reversed(rows):
            table.add_row(
                r.started_at.astimezone().strftime("%d %b %Y %H:%M"),
                ", ".join(r.exports) or "-",
                str(r.findings),
                str(r.new),
                str(r.resolved),
                STATUS_WORDS.get(r.status, r.status),
            )
        trend = [r.open_after for r in rows if r.status == "completed"]
        sparkline = self.query_one("#trend", Sparkline)
        sparkline.data = trend
        sparkline.display = len(trend) >= 2  # one audit is a point, not a trend
        text = self.query_one("#trend-text", Static)
        if not rows:
            text.update("No audits yet. Your first scan starts the history.")
        elif len(trend) < 2:
            text.update(f"Findings in your last audit: {trend[-1] if trend else rows[-1].findings}")
        else:
            arrow = " → ".join(str(n) for n in trend[-6:])
            text.update(f"Findings audit by audit: {arrow}")
