"""SVG snapshots of every screen at 80×24 and 120×40 (cursor frozen, clock fixed).

The findings shown are a fixed set (tests/tui/sample_findings.py) and the audit history is
recorded with fixed times, so a snapshot changes only when the screen does. Update them with
`pytest tests/tui/test_snapshots.py --snapshot-update` after looking at the report.
"""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import FIXED_NOW, until
from tests.tui.sample_findings import EXPORT, record_fixed_audit, sample_findings
from tui.app import AuditorApp
from tui.session import ExportProgress, ScanState

SIZES = [(80, 24), (120, 40)]


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()


def goto(key: str | None, then: Callable[[Pilot[None]], Awaitable[None]] | None = None):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        if then is not None:
            await then(pilot)
        if key is not None:
            await pilot.press(key)
        await pilot.pause(0.3)
        pilot.app.clear_notifications()
        await pilot.pause()

    return run_before


async def with_findings(pilot: Pilot[None]) -> None:
    app = pilot.app
    assert isinstance(app, AuditorApp)
    app.session.findings = sample_findings()
    app.session.new_ids = {"SMP617-29d5ed54eeb4", "SMP65-9f8e7d6c5b4a"}


async def mid_scan(pilot: Pilot[None]) -> None:
    app = pilot.app
    assert isinstance(app, AuditorApp)
    await with_findings(pilot)
    app.session.findings = app.session.findings[:2]
    app.session.scan = ScanState(
        started_at=FIXED_NOW - timedelta(seconds=42),
        exports={
            EXPORT: ExportProgress(EXPORT, "done", 7, 7, 23, 2),
            "/home/jane/Downloads/instagram-janesmith-20261101.zip": ExportProgress(
                "/home/jane/Downloads/instagram-janesmith-20261101.zip",
                "text",
                12,
                40,
                310,
                0,
                photos_done=9,
                photos_total=36,
                photos_eta=75.0,
            ),
        },
    )


async def with_export(pilot: Pilot[None]) -> None:
    app = pilot.app
    assert isinstance(app, AuditorApp)
    await pilot.press("3")
    screen = app.screen
    screen.add_paths([app.browse_root / "facebook-janesmith-20261101"])  # type: ignore[attr-defined]
    await until(pilot, lambda: not app.session.exports[0].checking)


SCREENS = {
    "setup_first_run": (False, goto(None)),
    "guide": (True, goto("2")),
    "exports": (True, goto("3", with_export)),
    "scan": (True, goto("4", mid_scan)),
    "findings": (True, goto("5", with_findings)),
    "checklist": (True, goto("6")),
    "history": (True, goto("7")),
    "help": (True, goto("question_mark")),
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen(
    screen: str,
    size: tuple[int, int],
    snap_compare: Callable[..., bool],
    make_app: Callable[..., AuditorApp],
    state_dir: Path,
    saved_profile: Path,
) -> None:
    with_profile, run_before = SCREENS[screen]
    if not with_profile:
        saved_profile.unlink()
    if screen in ("checklist", "history"):
        record_fixed_audit(state_dir)
    os.environ["TZ"] = "UTC"
    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("theme", ["textual-light", "high-contrast"])
def test_findings_in_other_themes(
    theme: str,
    snap_compare: Callable[..., bool],
    make_app: Callable[..., AuditorApp],
    saved_profile: Path,
) -> None:
    app = make_app(theme_name=theme)
    assert snap_compare(app, terminal_size=(80, 24), run_before=goto("5", with_findings))
