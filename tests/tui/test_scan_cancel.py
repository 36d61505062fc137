"""A long scan: its first findings can be browsed while it runs; Escape goes back without
cancelling; cancelling asks first, and cancelling it part-way keeps the findings so far, the screen says the results are partial, and the audit history records
a cancelled audit (which resolves nothing)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.widgets import Static, Tree

from auditor.store.db import Store
from tests.tui.conftest import until
from tui.app import AuditorApp
from tui.widgets.confirm import Confirm


def big_facebook_export(root: Path, posts: int) -> Path:
    folder = root / "facebook-jane-big"
    posts_dir = folder / "your_facebook_activity" / "posts"
    posts_dir.mkdir(parents=True)
    data = [
        {
            "timestamp": 1_700_000_000 + n * 3600,
            "data": [{"post": f"Lovely walk by the canal with the dog, day {n} of the holidays"}],
        }
        for n in range(posts)
    ]
    data[0]["data"] = [{"post": "So proud of my Year 4s at St Clement's CE Primary School today"}]
    (posts_dir / "your_posts__check_ins__photos_and_videos_1.json").write_text(json.dumps(data))
    return folder


async def test_cancel_keeps_what_was_found_and_says_so(
    make_app: Callable[..., AuditorApp], saved_profile: Path, tmp_path: Path, state_dir: Path
) -> None:
    export = big_facebook_export(tmp_path, posts=3000)
    app = make_app()
    # The real scan, held after its first batch until the test has looked (no race with speed).
    release = threading.Event()
    real_scan = app.session.service.scan

    def held_scan(*args: Any, **kwargs: Any) -> Any:
        exports, profile, on_finding, on_progress, *rest = args

        def progress_then_wait(p: Any) -> None:
            on_progress(p)
            release.wait(timeout=60)

        return real_scan(exports, profile, on_finding, progress_then_wait, *rest, **kwargs)

    app.session.service.scan = held_scan  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        app.screen.add_paths([export])  # type: ignore[attr-defined]
        await until(pilot, lambda: not app.session.exports[0].checking)
        await pilot.press("ctrl+r")
        scan = app.session.scan
        assert scan is not None and app.current_mode == "scan"
        await until(pilot, lambda: scan.items > 0 and app.session.findings)  # a first batch
        assert scan.running
        await pilot.press("5")  # the findings so far can be browsed while the scan goes on
        tree = app.screen.query_one("#finding-tree", Tree)
        await until(pilot, lambda: any(node.children for node in tree.root.children))
        assert scan.running and app.screen.current() is not None  # type: ignore[attr-defined]
        # Escape goes back (it does not cancel); c asks first, and n lets the scan go on.
        await pilot.press("4", "escape")
        assert app.current_mode == "findings" and scan.running
        await pilot.press("4", "c")
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")
        assert app.current_mode == "scan" and scan.running and not app._scan_cancel.is_set()
        await pilot.press("c", "y")
        release.set()
        await until(pilot, lambda: not scan.running)
        assert scan.cancelled and scan.items < 3000
        summary = str(app.screen.query_one("#scan-summary", Static).content)
        assert "cancelled" in summary and "partial" in summary
    with Store.open(state_dir) as store:
        assert [a.status.value for a in store.audits()] == ["cancelled"]
