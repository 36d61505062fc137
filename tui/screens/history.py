"""History: past audits and how the number of findings has gone down (or up) over time."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.widgets import DataTable, Label, Sparkline, Static

from tui.screens.base import StepScreen
from tui.services import AuditRow

STATUS_WORDS = {"completed": "finished", "cancelled": "cancelled", "interrupted": "interrupted"}


def fit_names(names: list[str], width: int) -> str:
    """The downloads' names in `width` characters: as many whole as fit, then "+N more"."""
    if not names:
        return "-"
    shown: list[str] = []
    for i, name in enumerate(names):
        rest = len(names) - i - 1
        more = f" +{rest} more" if rest else ""
        candidate = ", ".join([*shown, name]) + more
        if len(candidate) <= width:
            shown.append(name)
            continue
        if not shown:  # not even the first: cut it
            tail = f" +{len(names) - 1} more" if len(names) > 1 else ""
            return name[: max(1, width - len(tail) - 1)] + "…" + tail
        return ", ".join(shown) + f" +{len(names) - len(shown)} more"
    return ", ".join(shown)


class HistoryScreen(StepScreen):
    STEP = "history"
    CSS_PATH = "history.tcss"

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[AuditRow] | None = None

    def compose_body(self) -> ComposeResult:
        yield Static("", id="trend-text", classes="heading")
        yield Sparkline([], id="trend")
        yield Label("Past audits", classes="heading")
        yield DataTable(id="audits", cursor_type="row", zebra_stripes=True)

    def refresh_view(self, what: frozenset[str]) -> None:
        if what & {"all", "history"}:
            self.load()

    @work(thread=True, exclusive=True, group="history")
    def load(self) -> None:
        rows = self.session.service.history()
        self.app.call_from_thread(self._show, rows)

    def on_resize(self) -> None:
        if self.rows is not None:
            self._show(self.rows)

    def _show(self, rows: list[AuditRow]) -> None:
        """The table sized to the screen: the downloads' names are shortened to the room
        left by the other columns, so nothing runs off the edge at 80 columns."""
        self.rows = rows
        table = self.query_one("#audits", DataTable)
        table.clear(columns=True)
        fixed = [("When", 17), ("Found", 5), ("New", 4), ("Gone", 4), ("To do", 5), ("Ended", 11)]
        # Each column takes its width and 2 of padding; the table's scrollbar takes 2.
        room = self.size.width - sum(w + 2 for _, w in fixed) - 2 - 2
        exports_width = max(10, room)
        table.add_column("When", width=17)
        table.add_column("Downloads", width=exports_width)
        for label, width in fixed[1:]:
            table.add_column(label, width=width)
        for r in reversed(rows):
            table.add_row(
                r.started_at.astimezone().strftime("%d %b %Y %H:%M"),
                fit_names(r.exports, exports_width),
                str(r.findings),
                str(r.new),
                str(r.resolved),
                str(r.open_after),
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
            last = trend[-1] if trend else rows[-1].open_after
            text.update(f"Still to do from your last audit: {last}")
        else:
            arrow = " → ".join(str(n) for n in trend[-6:])
            text.update(f"Still to do, audit by audit: {arrow}")
