"""Get your data: how to ask each platform for a download of your own account."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Markdown, OptionList, Static
from textual.widgets.option_list import Option

from tui.guide import platform_guides
from tui.screens.base import StepScreen

INTRO = (
    "Ask each platform for a download of your account. It arrives by email or in the app, "
    "often within a day. When it has arrived, press a (or 3) to add it."
)


class GuideScreen(StepScreen):
    STEP = "guide"
    CSS_PATH = "guide.tcss"
    BINDINGS = [Binding("a", "app.goto('exports')", "Add exports")]

    def compose_body(self) -> ComposeResult:
        yield Static(INTRO, classes="notice", id="guide-intro")
        with Horizontal():
            yield OptionList(
                *(Option(g.name, id=g.key) for g in platform_guides()), id="guide-platforms"
            )
            with VerticalScroll(id="guide-scroll"):
                yield Markdown(platform_guides()[0].as_markdown(), id="guide-text")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(OptionList).focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        guide = next(g for g in platform_guides() if g.key == event.option.id)
        self.query_one("#guide-text", Markdown).update(guide.as_markdown())
