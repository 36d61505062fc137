"""A yes-or-no question in a small dialog: y (or enter) says yes; n or escape says no."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static


class Confirm(ModalScreen[bool]):
    DEFAULT_CSS = """
    Confirm { align: center middle; }
    Confirm > Vertical {
        width: 64; max-width: 95%; height: auto; padding: 1 2;
        border: round $warning; background: $surface;
    }
    Confirm Label { text-style: bold; }
    Confirm .hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str, detail: str = "", yes: str = "yes", no: str = "no") -> None:
        super().__init__()
        self.question, self.detail, self.yes, self.no = question, detail, yes, no

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.question)
            if self.detail:
                yield Static(self.detail)
            yield Static(f"y: {self.yes} · n or Escape: {self.no}", classes="hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
