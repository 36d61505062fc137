"""A long Markdown document drawn once, off the interface's thread, and scrolled line by line.

Textual's Markdown widget builds a widget per block, and a Static holding Rich's Markdown is
laid out whole on the interface's thread: for a checklist of fifty items either takes a second
or more. Here the document is rendered to lines in a worker at the widget's width (again when
the width changes), and only the lines on screen are drawn.
"""

from __future__ import annotations

import io
import re
import time

from rich.console import Console
from rich.segment import Segment
from textual import work
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.worker import get_current_worker

# Where a document can be cut and each part drawn on its own: before a heading or a
# checklist item (each starts after a blank line).
BLOCKS = re.compile(r"\n\n(?=#{1,3} |- \[[ x]\] )")
SHOW_EVERY_S = 0.15


def render_markdown_lines(markdown: str, width: int) -> list[list[Segment]]:
    from rich.markdown import Markdown

    console = Console(
        width=width, color_system="truecolor", force_terminal=True, file=io.StringIO()
    )
    return console.render_lines(Markdown(markdown), console.options.update(width=width))


class RenderedDoc(ScrollView, can_focus=True):
    # Its styles are in the app's stylesheet: a DEFAULT_CSS of a widget class met for the first
    # time makes the whole app restyle as the screen opens.

    def __init__(self, text: str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.markdown = text
        self.lines: list[Strip] = []
        self._drawn_for: tuple[str, int] | None = None

    def show_markdown(self, markdown: str) -> None:
        self.markdown = markdown
        self._redraw()

    @property
    def plain_text(self) -> str:
        return "\n".join(strip.text.rstrip() for strip in self.lines)

    def on_resize(self) -> None:
        self._redraw()

    def _redraw(self) -> None:
        width = max(20, self.scrollable_content_region.width)
        if self._drawn_for == (self.markdown, width):
            return
        self._drawn_for = (self.markdown, width)
        if len(self.markdown) < 400:  # a line or two: no need for a worker
            self._drawn(
                [Strip(line) for line in render_markdown_lines(self.markdown, width)], width
            )
        else:
            self._draw(self.markdown, width)

    @work(thread=True, exclusive=True, group="rendered-doc")
    def _draw(self, markdown: str, width: int) -> None:
        """Block by block (a heading, a checklist item), shown as it grows: a checklist of
        450 findings takes a second to draw whole, its top is on the screen at once, and the
        worker lets the interface run between blocks, so keys are answered meanwhile."""
        worker = get_current_worker()
        lines: list[Strip] = []
        shown_at = 0.0
        for n, block in enumerate(BLOCKS.split(markdown)):
            if worker.is_cancelled:
                return
            if n:
                lines.append(Strip.blank(width))
            lines.extend(Strip(line) for line in render_markdown_lines(block, width))
            now = time.monotonic()
            if now - shown_at > SHOW_EVERY_S:
                shown_at = now
                self.app.call_from_thread(self._drawn, list(lines), width)
            time.sleep(0)  # the interface's turn
        self.app.call_from_thread(self._drawn, lines, width)

    def _drawn(self, lines: list[Strip], width: int) -> None:
        self.lines = lines
        self.virtual_size = Size(width, len(lines))
        self.refresh()

    def render_line(self, y: int) -> Strip:
        index = y + self.scroll_offset.y
        width = self.scrollable_content_region.width
        if 0 <= index < len(self.lines):
            return self.lines[index].crop(self.scroll_offset.x, self.scroll_offset.x + width)
        return Strip.blank(width, self.rich_style)
