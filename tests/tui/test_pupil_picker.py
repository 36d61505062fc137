"""Setup's own picker for the pupil list: starts at home, shows only folders and .txt/.csv
files (no hidden files, no way into system folders, not above home), counts the names of the
highlighted file without showing them unless asked, and the file chosen is saved as the
profile's [pupils] names_file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import DirectoryTree, Input, Static
from textual.widgets._tree import TreeNode

from auditor.profile.loader import load_profile
from tests.tui.conftest import paste, until
from tui.app import AuditorApp
from tui.widgets.pupil_picker import PupilListPicker, PupilListTree, is_system_folder

PUPILS = ["Aisha Khan", "Tom Ellis", "Maya Brooks"]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home with a pupil list in Documents, a CSV in School, files that are not lists, a
    hidden folder and a link to a system folder."""
    home = tmp_path / "home" / "jane"
    (home / "Documents").mkdir(parents=True)
    (home / "Documents" / "year4-pupils.txt").write_text("\n".join(PUPILS) + "\n")
    (home / "Documents" / "letter.docx").write_bytes(b"PK\x03\x04")
    (home / "Documents" / "notes.md").write_text("Aisha Khan's notes\n")
    (home / "Documents" / "posts.json").write_text("[]\n")
    (home / "School").mkdir()
    (home / "School" / "class.csv").write_text("Zoe Patel\nLiam Ward\n")
    (home / ".config").mkdir()
    (home / ".config" / "secret.txt").write_text("x\n")
    (home / "system-settings").symlink_to("/etc")
    monkeypatch.setenv("HOME", str(home))
    return home


def names_under(node: TreeNode[object]) -> list[str]:
    return sorted(str(child.label) for child in node.children)


async def loaded(pilot, node: TreeNode[object]) -> None:  # type: ignore[no-untyped-def]
    await until(pilot, lambda: node.children)


def preview(app: AuditorApp) -> str:
    return str(app.screen.query_one("#pupil-preview", Static).content)


async def test_the_pupil_list_is_chosen_from_home_and_saved(
    make_app: Callable[..., AuditorApp], state_dir: Path, home: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 36)) as pilot:
        assert app.current_mode == "setup"
        await paste(pilot, "St Clement's CE Primary School")
        await pilot.press("ctrl+f")
        await until(pilot, lambda: isinstance(app.screen, PupilListPicker))
        tree = app.screen.query_one(PupilListTree)
        assert Path(tree.path) == home
        assert str(tree.root.label) == "~ (your home folder)"
        await loaded(pilot, tree.root)
        # Folders only (no hidden one, no link into /etc); no file in home is a list.
        assert names_under(tree.root) == ["Documents", "School"]
        documents = next(n for n in tree.root.children if str(n.label) == "Documents")
        tree.move_cursor(documents)
        await pilot.press("enter")  # opens the folder
        await loaded(pilot, documents)
        assert names_under(documents) == ["year4-pupils.txt"]  # not the .docx or .md
        assert "Highlight a file" in preview(app)
        await pilot.press("down")
        await pilot.pause()
        shown = preview(app)
        assert "year4-pupils.txt: 3 names" in shown
        assert not any(name in shown for name in PUPILS)
        await pilot.press("n")
        assert all(name in preview(app) for name in PUPILS)
        await pilot.press("n")
        assert not any(name in preview(app) for name in PUPILS)
        await pilot.press("backspace")  # home is as far up as it goes
        await pilot.pause()
        assert Path(tree.path) == home
        await pilot.press("enter")  # chooses the highlighted file
        await until(pilot, lambda: not isinstance(app.screen, PupilListPicker))
        field = app.screen.query_one("#pupils", Input)
        assert field.value == str(home / "Documents" / "year4-pupils.txt")
        count = str(app.screen.query_one("#pupil-count", Static).content)
        assert "3 names read" in count and "Aisha" not in count
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.current_mode == "guide")
    profile = load_profile(state_dir / "school.toml")
    assert profile.pupils.names_file == str(home / "Documents" / "year4-pupils.txt")
    assert profile.pupil_names == PUPILS
    assert "Aisha" not in (state_dir / "school.toml").read_text()


async def test_it_opens_in_the_chosen_lists_folder_and_goes_up_to_home_only(
    make_app: Callable[..., AuditorApp], home: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 36)) as pilot:
        await pilot.press("tab", "tab", "tab", "tab", "tab", "tab")
        assert app.focused is not None and app.focused.id == "pupils"
        await paste(pilot, str(home / "School" / "class.csv"))
        await pilot.press("ctrl+f")
        await until(pilot, lambda: isinstance(app.screen, PupilListPicker))
        tree = app.screen.query_one(DirectoryTree)
        assert Path(tree.path) == home / "School"
        assert str(tree.root.label) == "~/School"
        await loaded(pilot, tree.root)
        assert names_under(tree.root) == ["class.csv"]
        await pilot.press("backspace")
        await until(pilot, lambda: Path(tree.path) == home)
        await loaded(pilot, tree.root)
        assert names_under(tree.root) == ["Documents", "School"]
        await pilot.press("backspace")
        await pilot.pause()
        assert Path(tree.path) == home
        await pilot.press("escape")  # nothing chosen: the field is as it was
        await until(pilot, lambda: not isinstance(app.screen, PupilListPicker))
        assert app.screen.query_one("#pupils", Input).value == str(home / "School" / "class.csv")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_a_list_highlighted(
    size: tuple[int, int],
    snap_compare: Callable[..., bool],
    make_app: Callable[..., AuditorApp],
    home: Path,
) -> None:
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        app = pilot.app
        await pilot.press("ctrl+f")
        await until(pilot, lambda: isinstance(app.screen, PupilListPicker))
        tree = app.screen.query_one(PupilListTree)
        await loaded(pilot, tree.root)
        documents = next(n for n in tree.root.children if str(n.label) == "Documents")
        tree.move_cursor(documents)
        await pilot.press("enter")
        await loaded(pilot, documents)
        await pilot.press("down")
        await pilot.pause(0.2)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


def test_system_folders_are_recognised_through_links(tmp_path: Path) -> None:
    (tmp_path / "etc-link").symlink_to("/etc")
    assert is_system_folder(tmp_path / "etc-link")
    assert is_system_folder(Path("/"))
    assert is_system_folder(Path("/usr/share"))
    assert not is_system_folder(tmp_path)
