"""The checklist on screen is the shared one, with the CLI's "how to tick" hints replaced by
the app's own way (the Findings step and the boxes below it). It opens on its settings (space
ticks one at once), opens the HTML with the system's opener, and saves a copy where asked."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import SelectionList

from auditor.report.checklist import build_checklist, render_checklist
from auditor.store.db import Store
from tests.tui.conftest import FIXED_NOW, paste, until
from tests.tui.sample_findings import record_fixed_audit
from tui.app import AuditorApp
from tui.screens.checklist import for_the_screen
from tui.widgets.rendered_doc import RenderedDoc


def test_cli_hints_are_replaced_and_the_items_kept(state_dir: Path) -> None:
    record_fixed_audit(state_dir)
    with Store.open(state_dir) as store:
        markdown = render_checklist(build_checklist(store, now=FIXED_NOW), "markdown")
    assert "auditor decide" in markdown
    shown = for_the_screen(markdown)
    assert "auditor decide" not in shown
    assert "in Findings (5)" in shown
    assert "Your profile names your school" in shown and "O••••a" in shown
    assert shown.count("- [ ]") == markdown.count("- [ ]")  # every item and setting kept


async def test_the_checklist_opens_on_its_settings_and_opens_or_copies_the_file(
    make_app: Callable[..., AuditorApp],
    saved_profile: Path,
    state_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record_fixed_audit(state_dir)
    # The system opener, as a desktop has it: a program on the PATH, given the file.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    opened = tmp_path / "opened.txt"
    opener = bin_dir / "xdg-open"
    opener.write_text(f'#!/bin/sh\nprintf "%s" "$1" > {opened}\n')
    opener.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    copies = tmp_path / "Documents"
    copies.mkdir()
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("6")
        checks = app.screen.query_one("#settings-checks", SelectionList)
        await until(pilot, lambda: checks.option_count > 0)
        assert app.focused is checks and checks.highlighted == 0
        await pilot.press("space")  # ticks the highlighted setting, straight away
        await until(pilot, lambda: len(checks.selected) == 1)
        doc = app.screen.query_one(RenderedDoc)
        await until(pilot, lambda: "Your profile names your school" in doc.plain_text)
        assert "auditor decide" not in doc.plain_text
        await pilot.press("o")
        await until(pilot, opened.exists)
        html = Path(opened.read_text())
        assert html == state_dir / "checklist" / "checklist.html"
        assert stat.S_IMODE(html.stat().st_mode) == 0o600 and "<html" in html.read_text()
        await pilot.press("s")
        await paste(pilot, str(copies))
        await pilot.press("enter")
        await until(pilot, lambda: (copies / "checklist.html").exists())
        assert stat.S_IMODE((copies / "checklist.html").stat().st_mode) == 0o600
        await pilot.press("s")
        await paste(pilot, str(copies / "todo.md"))
        await pilot.press("enter")
        await until(pilot, lambda: (copies / "todo.md").exists())
        assert "Your profile names your school" in (copies / "todo.md").read_text()
    with Store.open(state_dir) as store:
        assert len(store.settings_checked()) == 1  # the tick was kept


async def test_the_checklist_is_in_the_steps_first_frame_and_follows_decisions(
    make_app: Callable[..., AuditorApp], saved_profile: Path, state_dir: Path
) -> None:
    """Built while the first screen is read, the checklist is on the Checklist step in the
    frame the key 6 draws (no worker to wait for); a decision in Findings builds it again, and
    the step shows the new one."""
    record_fixed_audit(state_dir)
    app = make_app()
    service = app.session.service
    async with app.run_test(size=(120, 36)) as pilot:
        await until(pilot, lambda: service.fresh_checklist(FIXED_NOW) is not None)
        before, _ = service.fresh_checklist(FIXED_NOW) or (None, "")
        assert before is not None and before.open_count > 0
        await pilot.press("6")
        await pilot.pause()  # one turn: the first frame
        checks = app.screen.query_one("#settings-checks", SelectionList)
        doc = app.screen.query_one(RenderedDoc)
        assert checks.option_count > 0 and app.focused is checks
        assert "social-media checklist" in doc.plain_text
        assert f"{before.open_count} items to deal with" in doc.plain_text
        await until(pilot, lambda: "nothing was sent anywhere" in doc.plain_text)  # the rest
        # Every part styled: NO_COLOR's monochrome filter stopped the app on a bare blank line.
        assert all(seg.style is not None for strip in doc.lines for seg in strip)
        await pilot.press("5")
        await until(pilot, lambda: app.session.findings)
        await pilot.press("f")  # the first finding marked fixed
        await until(pilot, lambda: service.fresh_checklist(FIXED_NOW) is None)
        await until(pilot, lambda: service.fresh_checklist(FIXED_NOW) is not None)
        await pilot.press("6")
        await pilot.pause()
        doc = app.screen.query_one(RenderedDoc)
        left = before.open_count - 1
        assert f"{left} {'item' if left == 1 else 'items'} to deal with" in doc.plain_text
