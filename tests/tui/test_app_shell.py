"""The shell: themes, the command palette holding every action, photos in the detail pane."""

from __future__ import annotations

import io
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from textual.widgets import Static

from tests.tui.conftest import until
from tests.tui.sample_findings import sample_findings
from tui.app import AuditorApp
from tui.themes import THEMES
from tui.widgets.photo import PhotoView, read_photo


async def test_themes_cycle_and_the_choice_is_remembered(
    make_app: Callable[..., AuditorApp], saved_profile: Path, state_dir: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        seen = [app.theme]
        for _ in THEMES:
            await pilot.press("ctrl+t")
            seen.append(app.theme)
        assert set(seen) == set(THEMES) and seen[0] == seen[-1]
        await pilot.press("ctrl+t", "ctrl+t")
        chosen = app.theme
    settings = state_dir / "tui-settings.toml"
    assert stat.S_IMODE(settings.stat().st_mode) == 0o600
    again = make_app()
    async with again.run_test(size=(80, 24)):
        assert again.theme == chosen == "high-contrast"  # remembered for next time


async def test_the_command_palette_holds_every_action(
    make_app: Callable[..., AuditorApp], saved_profile: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        titles = set(commands)
        for step in ("Setup", "Get data", "Exports", "Scan", "Findings", "Checklist", "History"):
            assert f"Go to {step}" in titles
        for action in ("Fixed", "Not a problem", "Permitted", "Undo", "Copy link", "Group"):
            assert action in titles, action  # the screen's own keys (shown in the footer or not)
        assert {"Start the scan", "Theme: high-contrast"} <= titles
        assert "Cancel the scan" not in titles  # nothing runs
        assert commands["Search"] == "Key /" and commands["Show names"] == "Key r"
        await pilot.press("question_mark")
        helps = [c.help for c in app.get_system_commands(app.screen)]
        assert not any("question_mark" in h or "slash" in h for h in helps)


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(out, "JPEG")
    return out.getvalue()


async def test_a_photo_finding_shows_the_photo(
    make_app: Callable[..., AuditorApp], saved_profile: Path, tmp_path: Path
) -> None:
    export = tmp_path / "instagram-jane"
    (export / "media" / "posts").mkdir(parents=True)
    (export / "media" / "posts" / "sports_day.jpg").write_bytes(jpeg())
    assert read_photo(export, "media/posts/sports_day.jpg") == jpeg()
    assert read_photo(export, "media/posts/missing.jpg") is None
    photo = sample_findings()[2]
    photo.item.export = str(export)
    photo.item.media = "media/posts/sports_day.jpg"
    gone = photo.model_copy(deep=True)
    gone.id, gone.item.media = "SMP616-gone", "media/posts/missing.jpg"
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.session.findings = [photo, gone]
        await pilot.press("5")
        view = app.screen.query_one(PhotoView)
        await until(pilot, lambda: view.query(".photo"))
        await pilot.press("down")
        await until(pilot, lambda: "not in this export" in str(view.query_one(Static).content))
    shutil.rmtree(export)


async def test_findings_about_one_post_name_each_other(
    make_app: Callable[..., AuditorApp], saved_profile: Path
) -> None:
    from tests.tui.test_finding_detail import plain

    words = sample_findings()[1]
    photo = words.model_copy(deep=True)
    photo.id, photo.clause, photo.title = "SMP616-photo", "6.16", "A photo of the school"
    photo.item.kind, photo.item.post = "media", words.item.locator
    photo.item.locator = f"{words.item.locator}/attachments/0/data/0/media"
    alone = sample_findings()[0]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.session.findings = [words, photo, alone]
        await pilot.press("5")
        screen = app.screen
        seen: dict[str, str] = {}
        for _ in range(8):  # walk the list, reading each finding's detail
            f = screen.current()
            if f is not None:
                seen[f.id] = "".join(plain(r) for r in screen.detail_renderables())
            await pilot.press("down")
        assert {words.id, photo.id, alone.id} <= set(seen)
        assert "Same post: also A photo of the school (clause 6.16)" in seen[words.id]
        assert f"Same post: also {words.title} (clause {words.clause})" in seen[photo.id]
        assert "Same post" not in seen[alone.id]
