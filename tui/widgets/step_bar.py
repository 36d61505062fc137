"""The row of steps under the title: where you are, and the key that takes you to each step."""

from __future__ import annotations

from rich.text import Text
from textual import events
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


def step_spans() -> list[tuple[int, int, str]]:
    """(first column, end column, mode) of each step in the bar's text."""
    spans, x = [], 0
    for n, (key, mode, label) in enumerate(STEPS):
        if n:
            x += 1
        width = len(key) + 1 + len(label)
        spans.append((x, x + width, mode))
        x += width
    return spans


class StepBar(Static):
    """A one-line map of the app; the current step is highlighted, and a click opens one."""

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

    def on_click(self, event: events.Click) -> None:
        x = event.x - 1  # the bar's left padding
        for start, end, mode in step_spans():
            if start <= x < end:
                event.stop()
                goto = getattr(self.app, "action_goto", None)
                if goto is not None:
                    goto(mode)
                return
