"""Adding exports, scanning, triaging findings and saving the checklist, through the app."""

from __future__ import annotations

import io
import stat
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from textual.widgets import Input, OptionList, Static, Tree

from auditor.store.db import Store
from tests.conftest import zip_folder
from tests.tui.conftest import paste, until
from tui.app import AuditorApp
from tui.screens.exports import ExportTree


def plain(renderable: object) -> str:
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


async def add_sample(pilot, app: AuditorApp, path: Path) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("3")
    app.screen.query_one("#path", Input).focus()
    await paste(pilot, f"'{path}'")
    await pilot.press("enter", "escape")
    await until(pilot, lambda: app.session.exports and not app.session.exports[-1].checking)


async def scan(pilot, app: AuditorApp) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+r")
    await until(pilot, lambda: app.session.scan is not None and not app.session.scan.running)
    await pilot.pause(0.3)  # the last redraw


async def test_exports_are_recognised_before_scanning(
    make_app: Callable[..., AuditorApp], saved_profile: Path, downloads: Path, tmp_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await add_sample(pilot, app, downloads / "facebook-janesmith-20261101")
        choice = app.session.exports[0]
        assert choice.platforms == ["facebook"] and choice.readable == choice.files > 0
        chosen = app.screen.query_one("#chosen", OptionList)
        assert "Facebook:" in str(chosen.get_option_at_index(0).prompt)
        # The same export again (as a different spelling of the path) is not added twice.
        app.screen.query_one("#path", Input).focus()
        await paste(pilot, str(downloads / "." / "facebook-janesmith-20261101"))
        await pilot.press("enter")
        assert len(app.session.exports) == 1
        # A path that is not there is said so; a file that is no export is shown as such.
        await paste(pilot, str(tmp_path / "nope.zip"))
        await pilot.press("enter")
        assert "Not found" in str(app.screen.query_one("#path-problem", Static).content)
        notes = tmp_path / "notes.txt"
        notes.write_text("shopping list\n")
        await paste(pilot, str(notes))
        await pilot.press("enter")
        await until(pilot, lambda: not app.session.exports[-1].checking)
        assert "no files this tool can read" in app.session.exports[-1].label
        # A file dropped on the screen (the tree has the focus) arrives as a paste: added.
        await pilot.press("escape")
        app.screen.query_one(ExportTree).focus()
        dropped = tmp_path / "my data" / "facebook-jane.zip"
        dropped.parent.mkdir()
        zip_folder(downloads / "facebook-janesmith-20261101", dropped)
        await paste(pilot, str(dropped).replace(" ", "\\ "))
        await until(pilot, lambda: len(app.session.exports) == 3)
        await until(pilot, lambda: not app.session.exports[-1].checking)
        assert app.session.exports[-1].platforms == ["facebook"]
        # x removes the highlighted export from the list.
        app.screen.query_one("#chosen", OptionList).focus()
        await pilot.press("down", "x")
        names = [e.path.name for e in app.session.exports]
        assert names == ["facebook-janesmith-20261101", "facebook-jane.zip"]


async def test_the_folder_tree_filters_and_adds(
    make_app: Callable[..., AuditorApp], saved_profile: Path, downloads: Path
) -> None:
    (downloads / "holiday.jpg").write_bytes(b"\xff\xd8")
    (downloads / ".hidden.zip").write_bytes(b"")
    (downloads / "instagram-jane.zip").write_bytes(b"not really a zip")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        tree = app.screen.query_one(ExportTree)
        await until(pilot, lambda: len(tree.root.children) > 0)
        names = sorted(str(n.label) for n in tree.root.children)
        assert names == ["facebook-janesmith-20261101", "instagram-jane.zip"]
        app.screen.query_one("#tree-filter", Input).focus()
        await paste(pilot, "insta")

        await until(pilot, lambda: len(tree.root.children) == 1)
        await pilot.press("enter")  # to the tree, filtered
        assert app.focused is tree
        await pilot.press("down", "a")
        await until(pilot, lambda: app.session.exports and not app.session.exports[0].checking)
        fake = app.session.exports[0]
        assert fake.path.name == "instagram-jane.zip"
        assert fake.problem is not None and "zip" in fake.problem  # said, not crashed


async def test_scan_triage_and_checklist(
    make_app: Callable[..., AuditorApp], saved_profile: Path, downloads: Path, state_dir: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await add_sample(pilot, app, downloads / "facebook-janesmith-20261101")
        await scan(pilot, app)
        s = app.session
        assert app.current_mode == "scan"
        assert s.scan is not None and s.scan.failure is None
        progress = next(iter(s.scan.exports.values()))
        assert progress.stage == "done" and progress.items > 0
        clauses = {f.clause for f in s.findings}
        assert "6.17" in clauses  # the work field names the school
        assert s.new_ids == {f.id for f in s.findings}  # a first audit: everything is new
        summary = str(app.screen.query_one("#scan-summary", Static).content)
        assert f"{len(s.findings)} finding" in summary

        await pilot.press("f")
        assert app.current_mode == "findings"
        screen = app.screen
        tree = screen.query_one("#finding-tree", Tree)
        assert tree.cursor_node is not None and tree.cursor_node.data is not None
        first = screen.current()
        assert first is not None
        detail = "".join(plain(r) for r in screen.detail_renderables())
        assert first.title in detail and f"Clause {first.clause}" in detail
        assert first.remediation_steps[0][:30] in detail

        total = len(s.findings)
        await pilot.press("f")  # fixed
        await until(pilot, lambda: s.decision_of(first.id).decision == "fixed")
        assert len(screen.shown_findings()) == total - 1  # gone from "still to do"
        await pilot.press("o", "o")  # filter: new, then decided
        assert [f.id for f in screen.shown_findings()] == [first.id]
        await pilot.press("u")  # undo brings it back to "to do"
        await until(pilot, lambda: s.decision_of(first.id).decision == "open")
        assert screen.shown_findings() == []  # nothing decided now
        await pilot.press("o")  # all: the cursor is still on it
        assert screen.current() == first
        await pilot.press("p")  # permitted needs a note
        await paste(pilot, "Headteacher agreed, 6.7")
        await pilot.press("enter")
        await until(pilot, lambda: s.decision_of(first.id).decision == "permitted")
        assert s.decision_of(first.id).note == "Headteacher agreed, 6.7"

        await pilot.press("slash")
        await paste(pilot, "zzzz no such words")
        assert screen.shown_findings() == []
        await pilot.press("escape")
        screen.query_one("#search", Input).value = ""
        await pilot.press("g")
        assert screen.grouping == "clause"
        heading = str(tree.root.children[0].label)
        assert heading.startswith("Clause ")

        await pilot.press("6")
        await until(pilot, lambda: app.screen.checklist is not None)  # type: ignore[attr-defined]
        checklist = app.screen
        for key in ("m", "h", "i"):
            await pilot.press(key)
        written = {p.name: p for p in checklist.written}  # type: ignore[attr-defined]
        assert set(written) == {"checklist.md", "checklist.html", "next-review.ics"}
        for path in written.values():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            assert path.parent == state_dir / "checklist"
        assert "BEGIN:VCALENDAR" in written["next-review.ics"].read_text()
        assert "Facebook" in written["checklist.md"].read_text()

        await pilot.press("7")
        await until(pilot, lambda: app.screen.query_one("#audits").row_count == 1)

    with Store.open(state_dir) as store:  # the decision is in the audit history
        tracked = {t.finding.id: t for t in store.findings()}
        assert tracked[first.id].decision.value == "permitted"
        assert tracked[first.id].note == "Headteacher agreed, 6.7"


async def test_a_second_audit_has_nothing_new_and_keeps_decisions(
    make_app: Callable[..., AuditorApp], saved_profile: Path, downloads: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await add_sample(pilot, app, downloads / "facebook-janesmith-20261101")
        await scan(pilot, app)
        first_ids = {f.id for f in app.session.findings}
        await pilot.press("f")  # to the findings
        fixed = app.screen.current()
        assert fixed is not None
        await pilot.press("f")  # the first finding: fixed
        await until(pilot, lambda: app.session.decision_of(fixed.id).decision == "fixed")
        await pilot.press("4")
        await scan(pilot, app)  # ctrl+r again: the same download
        assert {f.id for f in app.session.findings} == first_ids
        assert app.session.new_ids == set()
        assert app.session.decision_of(fixed.id).decision == "fixed"
        await pilot.press("f", "o")  # findings, filter: new since last audit
        assert app.screen.shown_findings() == []


async def test_a_damaged_file_is_named_and_the_scan_goes_on(
    make_app: Callable[..., AuditorApp], saved_profile: Path, downloads: Path
) -> None:
    export = downloads / "facebook-janesmith-20261101"
    damaged = (
        export
        / "your_facebook_activity"
        / "posts"
        / "your_posts__check_ins__photos_and_videos_2.json"
    )
    damaged.write_bytes(b'[{"timestamp": 17, "data": [{"post": "half a po')
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await add_sample(pilot, app, export)
        await scan(pilot, app)
        scan_state = app.session.scan
        assert scan_state is not None and scan_state.failure is None
        assert app.session.findings  # the rest was read
        named = [w for w in scan_state.warnings if w.file.endswith(damaged.name)]
        assert named, scan_state.warnings
        assert "1 file not read fully" in str(app.screen.query_one("#scan-eta", Static).content)
        await pilot.press("w")
        table = app.screen.query_one("DataTable")
        rows = [table.get_row_at(n) for n in range(table.row_count)]  # type: ignore[attr-defined]
        assert any(str(r[1]).endswith(damaged.name) for r in rows)
        assert not any("half a po" in str(cell) for r in rows for cell in r)  # never the content
        await pilot.press("escape")
        assert app.current_mode == "scan"
        latest = app.screen.query_one("#latest", OptionList)
        latest.focus()
        await pilot.press("down", "down")
        assert latest.highlighted is not None
        wanted = latest.get_option_at_index(latest.highlighted).id
        await pilot.press("enter")  # a finding in the latest list opens in Findings
        assert app.current_mode == "findings"
        await until(pilot, lambda: app.screen.current() is not None)
        assert app.screen.current().id == wanted
