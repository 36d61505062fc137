"""Setup's "Other names you use online" field: typed, saved as `[you] other_names`, shown again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import Input, Static

from auditor.profile.loader import load_profile
from tests.tui.conftest import paste, until
from tui.app import AuditorApp


def field(app: AuditorApp, field_id: str) -> Input:
    return app.screen.query_one(f"#{field_id}", Input)


async def test_other_names_are_saved_and_shown_when_setup_is_reopened(
    make_app: Callable[..., AuditorApp], saved_profile: Path
) -> None:
    # The profile as written before the key existed.
    lines = saved_profile.read_text("utf-8").splitlines(True)
    saved_profile.write_text("".join(x for x in lines if not x.startswith("other_names")))
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("1")
        assert app.current_mode == "setup"
        other = field(app, "other-names")
        assert other.value == ""  # an old profile: nothing there yet
        other.focus()
        await paste(pilot, "Jane 🌻, Mrs S;  @janesmith_teach ,, jane 🌻")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.current_mode == "guide")
        profile = load_profile(saved_profile)
        # Split on commas and semicolons, trimmed, the repeat dropped; the rest kept as typed.
        assert profile.you.other_names == ["Jane 🌻", "Mrs S", "@janesmith_teach"]
        assert profile.you.name == "Jane Smith" and profile.you.roles == ["Year 4 teacher"]
    again = make_app()  # the next launch fills the form from the saved file
    async with again.run_test(size=(100, 40)) as pilot:
        await pilot.press("1")
        assert field(again, "other-names").value == "Jane 🌻, Mrs S, @janesmith_teach"


async def test_a_name_of_only_emoji_is_refused_with_a_problem_shown(
    make_app: Callable[..., AuditorApp], saved_profile: Path
) -> None:
    before = saved_profile.read_text("utf-8")
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("1")
        field(app, "other-names").focus()
        await paste(pilot, "Jane, 🌻")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.current_mode == "setup"
        problem = str(app.screen.query_one("#setup-problem", Static).content)
        assert "other_names" in problem and "letter" in problem
    assert saved_profile.read_text("utf-8") == before  # nothing written
