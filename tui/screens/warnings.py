"""The files a scan could not read fully, each with why (never what they contain)."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label, Static

from auditor.models.report import ScanWarning


class WarningsScreen(ModalScreen[None]):
    CSS_PATH = "warnings.tcss"
    BINDINGS = [Binding("escape,w,q", "close", "Close")]

    def __init__(self, warnings: list[ScanWarning]) -> None:
        super().__init__()
        self.warnings = warnings

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Files not read fully ({len(self.warnings)})", classes="heading")
            yield Static(
                "The rest of the audit went on without them. A download that is damaged or "
                "still in parts can be downloaded again.",
                classes="hint",
            )
            table: DataTable[str] = DataTable(cursor_type="row", zebra_stripes=True)
            table.add_columns("Export", "File", "Why")
            for w in self.warnings:
                table.add_row(Path(w.export).name if w.export else "", w.file, w.message)
            yield table
            yield Static("Escape closes", classes="hint")

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()

    def action_close(self) -> None:
        self.dismiss(None)
