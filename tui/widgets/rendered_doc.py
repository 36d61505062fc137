"""A long Markdown document drawn once, off the interface's thread, and scrolled line by line.

Textual's Markdown widget builds a widget per block, and a Static holding Rich's Markdown is
laid out whole on the interface's thread: for a checklist of fifty items either takes a second
or more. Here the document is rendered to lines in a worker at the widget's width (again when
the width changes), and only the lines on screen are drawn.
"""

from __future__ import annotations

import io
import re
import threading
import time

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from textual import work
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.worker import get_current_worker

# Where a document can be cut and each part drawn on its own: before a heading or a
# checklist item after a blank line, and before each item of a tight list of checklist items
# (the checklist's groups are such lists: a group of 36 findings as one block took 40 ms).
BLOCKS = re.compile(r"\n\n(?=#{1,3} |- \[[ x]\] )|\n(?=- \[[ x]\] )")


def split_blocks(markdown: str) -> list[tuple[str, bool]]:
    """The document's blocks, each with whether it goes on straight after the one before (an
    item of the same tight list) rather than after a blank line."""
    blocks: list[tuple[str, bool]] = []
    start, tight = 0, False
    for cut in BLOCKS.finditer(markdown):
        blocks.append((markdown[start : cut.start()], tight))
        start, tight = cut.end(), cut.group() == "\n"
    blocks.append((markdown[start:], tight))
    return blocks


SHOW_EVERY_S = 0.15
NULL_STYLE = Style()
REST_AFTER_S = 0.3


def render_markdown_lines(markdown: str, width: int) -> list[list[Segment]]:
    from rich.markdown import Markdown

    console = Console(
        width=width, color_system="truecolor", force_terminal=True, file=io.StringIO()
    )
    return console.render_lines(Markdown(markdown), console.options.update(width=width))


def _block_lines(block: tuple[str, bool], width: int, *, first: bool) -> list[Strip]:
    """A block's lines, as they are in the whole document drawn at once: after a blank line,
    or for an item of a tight list straight after the item before (Rich starts a list drawn
    on its own with a blank line)."""
    text, tight = block
    rendered = [Strip(_styled(line)) for line in render_markdown_lines(text, width)]
    if tight:
        while rendered and not rendered[0].text.strip():
            rendered.pop(0)
        return rendered
    return rendered if first else [Strip.blank(width, NULL_STYLE), *rendered]


def _styled(line: list[Segment]) -> list[Segment]:
    """Every segment with a style: Textual's filters (NO_COLOR's monochrome) expect one, and a
    segment without stopped the app."""
    return [
        seg if seg.style is not None or seg.control else Segment(seg.text, NULL_STYLE)
        for seg in line
    ]


# The last documents drawn, by text and width: a step shown again with the same document (the
# checklist when nothing changed) is drawn from here, in its first frame.
_drawn_cache: dict[tuple[str, int], list[Strip]] = {}
CACHED_DOCUMENTS = 4


_cache_lock = threading.Lock()


def _remember(markdown: str, width: int, lines: list[Strip]) -> None:
    with _cache_lock:
        _drawn_cache[(markdown, width)] = lines
        while len(_drawn_cache) > CACHED_DOCUMENTS:
            del _drawn_cache[next(iter(_drawn_cache))]


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
        width = self.scrollable_content_region.width
        if width <= 0:  # not laid out yet: drawn when it is (on_resize)
            return
        width = max(20, width)
        if self._drawn_for == (self.markdown, width):
            return
        self._drawn_for = (self.markdown, width)
        cached = _drawn_cache.get((self.markdown, width))
        if cached is not None:
            self._drawn(cached, width)
            return
        # What fills the screen is drawn at once (the first block or two: a few ms), so the
        # first frame has it; the rest in a worker.
        blocks = split_blocks(self.markdown)
        lines: list[Strip] = []
        n = 0
        while n < len(blocks) and len(lines) < max(self.size.height, 1):
            lines.extend(_block_lines(blocks[n], width, first=n == 0))
            n += 1
        self._drawn(lines, width)
        if n < len(blocks):
            self._draw(self.markdown, blocks[n:], lines, width)
        else:
            _remember(self.markdown, width, lines)

    @work(thread=True, exclusive=True, group="rendered-doc")
    def _draw(
        self, markdown: str, blocks: list[tuple[str, bool]], lines: list[Strip], width: int
    ) -> None:
        """Block by block (a heading, a checklist item), shown as it grows: a checklist of
        450 findings takes a second to draw whole, its top is on the screen at once, and the
        worker lets the interface run between blocks, so keys are answered meanwhile."""
        worker = get_current_worker()
        # The rest once the screen's first frame is out: drawing it meanwhile takes the
        # interpreter from that frame (the Checklist step's came 150 ms later).
        time.sleep(REST_AFTER_S)
        lines = list(lines)
        shown_at = time.monotonic()
        for block in blocks:
            if worker.is_cancelled:
                return
            lines.extend(_block_lines(block, width, first=False))
            now = time.monotonic()
            if now - shown_at > SHOW_EVERY_S:
                shown_at = now
                self.app.call_from_thread(self._drawn, list(lines), width)
            time.sleep(0)  # the interface's turn
        _remember(markdown, width, lines)
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
