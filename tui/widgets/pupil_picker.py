"""Choosing the pupil list: a dialog with its own folder tree, not the exports' one.

A pupil list is a plain-text or CSV file, one name per line, that the school gave the user, so
the tree starts in the user's home (or the folder of the list already chosen), shows only
folders and .txt/.csv files, never hidden ones, and does not lead into the system's folders
(a link to /etc is left out; going up stops at home). The highlighted file is read to count
its names: the names are shown only when asked for (n).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DirectoryTree, Label, Static

from auditor.errors import AuditorError
from auditor.profile.loader import load_pupil_names

PUPIL_SUFFIXES = {".txt", ".csv"}
# A pupil list is a few thousand names at most: a bigger file is not one (and is not read).
MAX_LIST_BYTES = 2_000_000
SYSTEM_FOLDERS = tuple(
    Path(p)
    for p in (
        "/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/libx32", "/proc",
        "/run", "/sbin", "/srv", "/sys", "/usr", "/var", "/snap", "/opt",
        "/System", "/Library", "/private", "/Applications", "/cores",
    )
)  # fmt: skip
# Folders in a home that hold programs' own files, not a user's documents.
PROGRAM_FOLDERS = {"appdata", "library", "snap", "node_modules", "__pycache__", "site-packages"}


def is_system_folder(path: Path) -> bool:
    """The root, a system folder or anything inside one (where links lead, too)."""
    try:
        real = path.resolve()
    except (OSError, RuntimeError):
        return True
    if real == Path(real.anchor):
        return True
    return any(real == s or s in real.parents for s in SYSTEM_FOLDERS)


def names_preview(path: Path, show_names: bool = False) -> str:
    """What the file holds as a pupil list, in words: how many names, never the names unless
    `show_names`."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return f"{path.name} cannot be read ({exc.strerror})."
    if size > MAX_LIST_BYTES:
        return f"{path.name} is too big to be a pupil list ({size // 1_000_000} MB)."
    try:
        names = load_pupil_names(path)
    except AuditorError as exc:
        return str(exc).replace(f"pupil list {path}: ", f"{path.name}: ")
    if not names:
        return f"{path.name} holds no names (one name a line is expected)."
    count = f"{path.name}: {len(names)} name{'s' if len(names) != 1 else ''}, one a line."
    if show_names:
        return count + " " + ", ".join(names)
    return count + " The names are not shown (n shows them)."


def in_words(folder: Path, home: Path) -> str:
    """A folder as people say it: ~ for home, ~/Documents inside it."""
    if folder == home:
        return "~ (your home folder)"
    if home in folder.parents:
        return "~/" + folder.relative_to(home).as_posix()
    return str(folder)


class PupilListTree(DirectoryTree):
    """Folders and .txt/.csv files, hidden files, program folders and system folders left out."""

    def __init__(self, path: Path, home: Path, *, id: str | None = None) -> None:
        self.home = home
        super().__init__(path, id=id)
        self.root.set_label(in_words(path, home))

    def reset_node(self, node, label, data=None):  # type: ignore[no-untyped-def]
        if node is self.root:
            label = in_words(Path(self.path), self.home)
        return super().reset_node(node, label, data)

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        for path in paths:
            if path.name.startswith(".") or path.name.casefold() in PROGRAM_FOLDERS:
                continue
            try:
                is_dir = path.is_dir()
            except OSError:
                continue
            if is_dir:
                if not is_system_folder(path):
                    yield path
            elif path.suffix.lower() in PUPIL_SUFFIXES and not is_system_folder(path.parent):
                yield path


def start_folder(current: Path | None, home: Path) -> Path:
    """The folder of the list already chosen (when it is not a system folder), else home."""
    if current is not None:
        folder = current if current.is_dir() else current.parent
        if folder.is_dir() and not is_system_folder(folder):
            return folder
    return home


class PupilListPicker(ModalScreen[Path | None]):
    """Enter on a file chooses it; Escape leaves without choosing; backspace goes up a folder
    (not above home); n shows or hides the names in the highlighted file."""

    DEFAULT_CSS = """
    PupilListPicker { align: center middle; }
    PupilListPicker > Vertical {
        width: 90; max-width: 98%; height: 90%; max-height: 30; padding: 0 1;
        border: round $accent; background: $surface;
    }
    PupilListPicker Label { text-style: bold; }
    PupilListPicker .hint { color: $text-muted; height: auto; }
    PupilListPicker #pupil-tree { height: 1fr; }
    PupilListPicker #pupil-preview { height: auto; max-height: 5; padding: 0 0 0 1; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("backspace", "up", "Up a folder"),
        Binding("n", "toggle_names", "Show names"),
    ]

    def __init__(self, start: Path, home: Path) -> None:
        super().__init__()
        self.home = home
        self.root = start
        self.highlighted: Path | None = None
        self.show_names = False

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Choose your pupil list")
            yield Static(
                "A .txt or .csv file, one name a line. Only folders and such files are shown. "
                "Enter chooses the file · backspace goes up a folder · Escape cancels.",
                classes="hint",
            )
            yield PupilListTree(self.root, self.home, id="pupil-tree")
            yield Static("Highlight a file to see how many names it holds.", id="pupil-preview")

    def on_mount(self) -> None:
        self.query_one(PupilListTree).focus()

    @on(DirectoryTree.NodeHighlighted)
    def _highlighted(self, event: DirectoryTree.NodeHighlighted[object]) -> None:
        data = event.node.data
        path = Path(data.path) if data is not None else None  # type: ignore[attr-defined]
        if path is not None and path.is_file():
            self.highlighted = path
        else:
            self.highlighted = None
        self._preview()

    def _preview(self) -> None:
        preview = self.query_one("#pupil-preview", Static)
        if self.highlighted is None:
            preview.update("Highlight a file to see how many names it holds.")
        else:
            preview.update(names_preview(self.highlighted, self.show_names))

    @on(DirectoryTree.FileSelected)
    def _chosen(self, event: DirectoryTree.FileSelected) -> None:
        event.stop()
        self.dismiss(Path(event.path))

    def action_toggle_names(self) -> None:
        self.show_names = not self.show_names
        self._preview()

    def action_up(self) -> None:
        parent = self.root.parent
        inside_home = self.root != self.home and self.home in self.root.parents
        if not inside_home or parent == self.root or is_system_folder(parent):
            self.notify("This is as far up as the pupil list's folders go.", timeout=3)
            return
        self.root = parent
        self.query_one(PupilListTree).path = parent

    def action_cancel(self) -> None:
        self.dismiss(None)
