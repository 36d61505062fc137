"""Add exports: pick downloads from a folder tree or type, paste or drop their paths.

Each export gets a first look (in a worker) that says which platform it is from and how many
of its files the auditor can read, before any scanning starts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DirectoryTree, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from tui.paths import parse_dropped_paths
from tui.screens.base import StepScreen
from tui.session import ExportChoice

EXPORT_SUFFIXES = {".zip", ".json", ".js", ".html", ".htm", ".csv", ".txt"}


class ExportTree(DirectoryTree):
    """A folder tree of what could be an export (folders, zips, JSON, HTML, CSV, text),
    hidden files left out, narrowed to the names containing the filter text."""

    filter_text = ""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        needle = self.filter_text.casefold()
        for path in paths:
            if path.name.startswith("."):
                continue
            try:
                is_dir = path.is_dir()
            except OSError:
                continue
            if needle not in path.name.casefold():
                continue
            if is_dir or path.suffix.lower() in EXPORT_SUFFIXES:
                yield path


def inspect_export(path: Path) -> ExportChoice:
    """Open the export read-only and ask the readers which files they would read."""
    from auditor.detect.media.stage import IMAGE_SUFFIXES, VIDEO_SUFFIXES
    from auditor.sources.scan import ExportReading

    choice = ExportChoice(path=path, checking=False)
    try:
        reading = ExportReading(path)
    except Exception as exc:
        message = str(exc).removeprefix(f"{path}: ")
        choice.problem = message if message else type(exc).__name__
        return choice
    try:
        plan = reading.plan()
        choice.files = len(reading.export.entries)
        choice.readable = len(plan)
        planned = {entry.path for entry, _ in plan}
        choice.photos = sum(
            1
            for e in reading.export.entries
            if e.path not in planned and e.suffix in IMAGE_SUFFIXES | VIDEO_SUFFIXES
        )
        counts = Counter(reader.platform for _, reader in plan)
        choice.platforms = [p for p, _ in counts.most_common()]
    finally:
        reading.close()
    return choice


class ExportsScreen(StepScreen):
    STEP = "exports"
    CSS_PATH = "exports.tcss"
    BINDINGS = [
        Binding("a", "add_highlighted", "Add"),
        Binding("delete,x", "remove", "Remove"),
        Binding("ctrl+r", "app.start_scan", "Start scan"),
        Binding("ctrl+l", "focus_path", "Type a path"),
    ]

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="exports-body"):
            with Vertical(id="tree-side"):
                yield Input(placeholder="Filter files by name", id="tree-filter")
                yield ExportTree(self.auditor.browse_root, id="tree")
            with Vertical(id="chosen-side"):
                yield Input(placeholder="Path of a download, then Enter", id="path")
                yield Static("", classes="problem", id="path-problem")
                yield Label("Exports to scan", classes="heading")
                yield OptionList(id="chosen")
                yield Static(
                    "a adds the file or folder under the tree's cursor; you can also drop a "
                    "file here. The zip as it came is fine: nothing is unpacked or changed.",
                    classes="hint",
                    id="exports-hint",
                )

    def on_mount(self) -> None:
        super().on_mount()
        # The tree has the focus, so the number keys move between steps; a path dropped or
        # pasted anywhere on this screen is added (see on_paste).
        self.query_one(ExportTree).focus()

    def on_paste(self, event: events.Paste) -> None:
        """A file dropped on the terminal arrives as a paste of its path."""
        paths = parse_dropped_paths(event.text)
        if paths:
            event.stop()
            self.add_paths(paths)

    def refresh_view(self, what: frozenset[str]) -> None:
        chosen = self.query_one("#chosen", OptionList)
        highlighted = chosen.highlighted
        chosen.clear_options()
        for n, e in enumerate(self.session.exports):
            chosen.add_option(Option(f"{e.path.name}\n  {e.label}", id=str(n)))
        if self.session.exports:
            chosen.highlighted = min(highlighted or 0, len(self.session.exports) - 1)

    # -- adding ---------------------------------------------------------------------------
    def add_paths(self, paths: list[Path]) -> None:
        problem = self.query_one("#path-problem", Static)
        problem.update("")
        known = {e.path.resolve() for e in self.session.exports}
        for path in paths:
            if not path.exists():
                problem.update(f"Not found: {path}")
                continue
            if path.resolve() in known:
                continue
            known.add(path.resolve())
            self.session.exports.append(ExportChoice(path=path))
            self.session.last_export_dir = path.parent
            self.look_at(path)
        self.refresh_view(frozenset({"exports"}))

    @work(thread=True, group="inspect")
    def look_at(self, path: Path) -> None:
        result = inspect_export(path)
        self.app.call_from_thread(self._looked, result)

    def _looked(self, result: ExportChoice) -> None:
        for n, e in enumerate(self.session.exports):
            if e.path == result.path:
                self.session.exports[n] = result
        self.refresh_view(frozenset({"exports"}))

    @on(Input.Submitted, "#path")
    def _path_entered(self, event: Input.Submitted) -> None:
        event.stop()
        paths = parse_dropped_paths(event.value)
        if paths:
            self.add_paths(paths)
            event.input.value = ""

    @on(Input.Changed, "#tree-filter")
    def _filter(self, event: Input.Changed) -> None:
        tree = self.query_one(ExportTree)
        tree.filter_text = event.value.strip()
        tree.reload()

    @on(Input.Submitted, "#tree-filter")
    def _filter_done(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(ExportTree).focus()

    @on(DirectoryTree.FileSelected)
    def _file_chosen(self, event: DirectoryTree.FileSelected) -> None:
        self.add_paths([event.path])

    def action_add_highlighted(self) -> None:
        node = self.query_one(ExportTree).cursor_node
        if node is not None and node.data is not None:
            self.add_paths([Path(node.data.path)])

    def action_remove(self) -> None:
        chosen = self.query_one("#chosen", OptionList)
        if chosen.highlighted is None or not self.session.exports:
            return
        del self.session.exports[chosen.highlighted]
        self.refresh_view(frozenset({"exports"}))

    def action_focus_path(self) -> None:
        self.query_one("#path", Input).focus()
