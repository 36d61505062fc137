"""Keys and the frame: every step's footer fits at 80 and 120 columns (nothing cut under the
palette key), Escape takes Help and Scan back to the step before, and a click on the step bar
opens that step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Footer

from tui.app import AuditorApp
from tui.widgets.step_bar import StepBar, step_spans


@pytest.mark.parametrize("width", [80, 120])
async def test_every_footer_fits(
    make_app: Callable[..., AuditorApp], saved_profile: Path, width: int
) -> None:
    app = make_app()
    async with app.run_test(size=(width, 30)) as pilot:
        for key in "1234567?":
            await pilot.press(key)
            await pilot.pause()
            footer = app.screen.query_one(Footer)
            keys = list(footer.children)
            palette = keys[-1]
            assert "palette" in str(getattr(palette, "description", "")), app.current_mode
            for k in keys[:-1]:
                assert k.region.right <= palette.region.x, (app.current_mode, k.region)
            shown = [str(getattr(k, "description", "")) for k in keys]
            assert "Quit" in shown and "Help" in shown, (app.current_mode, shown)


async def test_escape_takes_help_back_to_the_step_before(
    make_app: Callable[..., AuditorApp], saved_profile: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("5", "question_mark")
        assert app.current_mode == "help"
        await pilot.press("escape")
        assert app.current_mode == "findings"
        await pilot.press("3", "f1", "escape")
        assert app.current_mode == "exports"


async def test_a_click_on_the_step_bar_opens_the_step(
    make_app: Callable[..., AuditorApp], saved_profile: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.current_mode == "guide"
        spans = {mode: (start, end) for start, end, mode in step_spans()}
        for mode in ("history", "exports", "help", "setup"):
            bar = app.screen.query_one(StepBar)
            start, end = spans[mode]
            await pilot.click(bar, offset=(1 + (start + end) // 2, 0))
            await pilot.pause()
            assert app.current_mode == mode
