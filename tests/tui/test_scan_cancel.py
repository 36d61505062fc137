"""Cancelling a scan part-way: the findings so far stay, the screen says the results are
partial, and the audit history records a cancelled audit (which resolves nothing)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from textual.widgets import Static

from auditor.store.db import Store
from tests.tui.conftest import until
from tui.app import AuditorApp


def big_facebook_export(root: Path, posts: int = 30_000) -> Path:
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
    (posts_dir / "your_posts__check_ins__photos_and_videos_1.json").write_text(json.dumps(data))
    return folder


async def test_cancel_keeps_what_was_found_and_says_so(
    make_app: Callable[..., AuditorApp], saved_profile: Path, tmp_path: Path, state_dir: Path
) -> None:
    export = big_facebook_export(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        app.screen.add_paths([export])  # type: ignore[attr-defined]
        await until(pilot, lambda: not app.session.exports[0].checking)
        await pilot.press("ctrl+r")
        scan = app.session.scan
        assert scan is not None and app.current_mode == "scan"
        await until(pilot, lambda: scan.items > 0)  # the first batch is through
        assert scan.running
        await pilot.press("c")
        await until(pilot, lambda: not scan.running)
        assert scan.cancelled and scan.items < 30_000
        summary = str(app.screen.query_one("#scan-summary", Static).content)
        assert "cancelled" in summary and "partial" in summary
    with Store.open(state_dir) as store:
        assert [a.status.value for a in store.audits()] == ["cancelled"]
