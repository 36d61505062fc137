"""A small dialog asking for one line of text (a note, a file path). Escape cancels."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static


class TextPrompt(ModalScreen[str | None]):
    DEFAULT_CSS = """
    TextPrompt { align: center middle; }
    TextPrompt > Vertical {
        width: 70; max-width: 95%; height: auto; padding: 1 2;
        border: round $accent; background: $surface;
    }
    TextPrompt Label { text-style: bold; }
    TextPrompt .hint { color: $text-muted; padding: 0; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, hint: str = "", placeholder: str = "", value: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.hint_text = hint
        self.placeholder = placeholder
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text)
            if self.hint_text:
                yield Static(self.hint_text, classes="hint")
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input")
            yield Static("Enter to confirm · Escape to cancel", classes="hint")

    def on_mount(self) -> None:
        field = self.query_one(Input)
        blink = getattr(self.app, "cursor_blink", True)
        field.cursor_blink = bool(blink)
        field.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
