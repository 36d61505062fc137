"""The app's all-clear ("Nothing in these exports breaks the policy rules checked here. Well
done.") follows only a scan that finished over exports it could read. A scan that stopped on an
error, one that was cancelled, and one given a folder that is not a download each say what was
not checked and why; a cancelled export is not shown as "done" at 100 %."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.widgets import Static

from tests.tui.conftest import until
from tests.tui.test_audit_flow import plain
from tui.app import AuditorApp
from tui.screens.findings import ALL_CLEAR
from tui.screens.scan import ExportRow


def benign_facebook(root: Path, posts: int = 5) -> Path:
    folder = root / "facebook-jane-walks"
    posts_dir = folder / "your_facebook_activity" / "posts"
    posts_dir.mkdir(parents=True)
    data = [
        {"timestamp": 1_700_000_000 + n * 3600, "data": [{"post": f"A walk by the canal, {n}"}]}
        for n in range(posts)
    ]
    (posts_dir / "your_posts__check_ins__photos_and_videos_1.json").write_text(json.dumps(data))
    return folder


async def _scan(pilot: Any, app: AuditorApp, export: Path) -> None:
    await pilot.press("3")
    app.screen.add_paths([export])
    await until(pilot, lambda: not app.session.exports[0].checking)
    await pilot.press("ctrl+r")
    await until(pilot, lambda: app.session.scan is not None and not app.session.scan.running)
    await pilot.pause(0.3)


def findings_text(app: AuditorApp) -> str:
    return plain(app.screen.query_one("#detail-text", Static).content)


async def test_a_complete_scan_with_nothing_wrong_gets_the_all_clear(
    make_app: Callable[..., AuditorApp], saved_profile: Path, tmp_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _scan(pilot, app, benign_facebook(tmp_path))
        assert app.session.scan is not None and app.session.scan.coverage is not None
        assert app.session.scan.coverage.complete
        await pilot.press("5")
        await pilot.pause()
        assert ALL_CLEAR in findings_text(app)


async def test_a_failed_scan_says_nothing_more_was_checked(
    make_app: Callable[..., AuditorApp], saved_profile: Path, tmp_path: Path
) -> None:
    app = make_app()
    real_scan = app.session.service.scan

    def failing_scan(*args: Any, **kwargs: Any) -> Any:
        exports, profile, on_finding, on_progress, *rest = args

        def progress_then_fail(p: Any) -> None:
            on_progress(p)
            raise OSError(28, "No space left on device")

        return real_scan(exports, profile, on_finding, progress_then_fail, *rest, **kwargs)

    app.session.service.scan = failing_scan  # type: ignore[method-assign]
    async with app.run_test(size=(120, 36)) as pilot:
        await _scan(pilot, app, benign_facebook(tmp_path, posts=600))  # fails after a batch
        scan = app.session.scan
        assert scan is not None and scan.failure == "OSError"
        headline = plain(app.screen.query_one("#scan-summary", Static).content)
        assert "The scan stopped: OSError" in headline
        row = app.screen.query_one(ExportRow)
        assert "stopped part-way" in plain(row.name_label.content)
        assert row.bar.percentage != 1
        await pilot.press("5")
        await pilot.pause()
        text = findings_text(app)
        assert "Well done" not in text
        assert "Nothing more was checked: the scan stopped (OSError). Try again" in text


async def test_a_cancelled_scan_is_neither_all_clear_nor_done(
    make_app: Callable[..., AuditorApp], saved_profile: Path, tmp_path: Path
) -> None:
    export = benign_facebook(tmp_path, posts=3000)  # more than one batch
    app = make_app()
    release = threading.Event()
    real_scan = app.session.service.scan

    def held_scan(*args: Any, **kwargs: Any) -> Any:
        exports, profile, on_finding, on_progress, *rest = args

        def progress_then_wait(p: Any) -> None:
            on_progress(p)
            release.wait(timeout=60)

        return real_scan(exports, profile, on_finding, progress_then_wait, *rest, **kwargs)

    app.session.service.scan = held_scan  # type: ignore[method-assign]
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("3")
        app.screen.add_paths([export])  # type: ignore[attr-defined]
        await until(pilot, lambda: not app.session.exports[0].checking)
        await pilot.press("ctrl+r")
        scan = app.session.scan
        assert scan is not None
        await until(pilot, lambda: scan.items > 0)
        await pilot.press("c", "y")  # cancel, and yes, cancel
        release.set()
        await until(pilot, lambda: not scan.running)
        await pilot.pause(0.3)
        assert scan.cancelled and scan.items < 3000
        row = app.screen.query_one(ExportRow)
        label = plain(row.name_label.content)
        assert "stopped part-way" in label and ": done" not in label
        assert row.bar.percentage is not None and row.bar.percentage < 1
        await pilot.press("5")
        await pilot.pause()
        text = findings_text(app)
        assert "Well done" not in text
        assert "The scan was cancelled: only part of the exports was checked" in text


async def test_a_folder_that_is_not_a_download_says_nothing_was_checked(
    make_app: Callable[..., AuditorApp], saved_profile: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "shopping.txt").write_text("eggs\nflour\n")
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _scan(pilot, app, folder)
        headline = plain(app.screen.query_one("#scan-summary", Static).content)
        assert "nothing was checked" in headline

        # The row is redrawn from the warning as it arrives: wait for it (slow under load).
        def row() -> str:
            return plain(app.screen.query_one(ExportRow).name_label.content)

        await until(pilot, lambda: "not checked" in row(), 10)
        assert "Documents: not checked: no recognisable social-media export here" in row()
        await pilot.press("5")
        await pilot.pause()
        text = findings_text(app)
        assert "Well done" not in text
        assert "Nothing was checked: no download this tool can read was given." in text
