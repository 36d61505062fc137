"""The row of steps under the title: where you are, and the key that takes you to each step."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

STEPS: tuple[tuple[str, str, str], ...] = (
    ("1", "setup", "Setup"),
    ("2", "guide", "Get data"),
    ("3", "exports", "Exports"),
    ("4", "scan", "Scan"),
    ("5", "findings", "Findings"),
    ("6", "checklist", "Checklist"),
    ("7", "history", "History"),
    ("?", "help", "Help"),
)


class StepBar(Static):
    """A one-line map of the app; the current step is highlighted."""

    DEFAULT_CSS = """
    StepBar { height: 1; background: $panel; color: $text-muted; padding: 0 1; }
    """

    def __init__(self, current: str) -> None:
        super().__init__(id="step-bar")
        self.current = current

    def render(self) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        for n, (key, mode, label) in enumerate(STEPS):
            if n:
                text.append(" ")
            style = "bold reverse" if mode == self.current else ""
            text.append(f"{key} ", style=f"{style} bold" if style else "bold")
            text.append(label, style=style)
        return text
