"""The promise of the issue: from first launch to an exported checklist with the keyboard
alone, on the bundled sample (its school profile and every sample export)."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path

from auditor.profile.loader import load_profile
from tests.conftest import SAMPLE_EXPORTS, SAMPLE_PROFILE
from tests.tui.conftest import paste, until
from tui.app import AuditorApp


async def test_first_launch_to_exported_checklist(
    make_app: Callable[..., AuditorApp], state_dir: Path
) -> None:
    exports = sorted(SAMPLE_EXPORTS.iterdir())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.current_mode == "setup"  # first launch
        await pilot.press("ctrl+o")  # import the school's profile file
        await paste(pilot, str(SAMPLE_PROFILE))
        await pilot.press("enter")
        await until(pilot, lambda: app.session.profile is not None)
        await pilot.press("ctrl+s")  # check and save
        await until(pilot, lambda: app.current_mode == "guide")

        await pilot.press("down", "a")  # the guide, then Add exports
        assert app.current_mode == "exports"
        for export in exports:  # dropped on the screen, one after another
            await paste(pilot, f"'{export}'")
        await until(
            pilot,
            lambda: (
                len(app.session.exports) == len(exports)
                and not any(e.checking for e in app.session.exports)
            ),
        )
        assert all(e.platforms for e in app.session.exports)

        await pilot.press("ctrl+r")
        await until(pilot, lambda: app.session.scan is not None and not app.session.scan.running)
        assert app.session.scan is not None and app.session.scan.failure is None
        found = len(app.session.findings)
        assert found > 0
        await pilot.pause(0.3)
        per_export = [p.findings for p in app.session.scan.exports.values()]
        assert sum(per_export) == found and all(per_export)  # each export's own count

        await pilot.press("f")  # browse the findings
        assert app.current_mode == "findings"
        await pilot.press("down", "f")  # the second one: fixed
        await until(pilot, lambda: len(app.session.open_findings()) == found - 1)

        await pilot.press("6")
        await until(pilot, lambda: getattr(app.screen, "checklist", None) is not None)
        await pilot.press("space")  # tick the first privacy setting
        await pilot.press("m", "h", "i")
        await until(pilot, lambda: len(getattr(app.screen, "written", [])) == 3)

    folder = state_dir / "checklist"
    written = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    assert [p.name for p in written] == ["checklist.html", "checklist.md", "next-review.ics"]
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    markdown = (folder / "checklist.md").read_text()
    assert "[x]" in markdown  # the ticked setting
    profile = load_profile(state_dir / "school.toml")
    assert profile.school.name == "St Clement's CE Primary School"
    assert len(profile.pupil_names) > 0
