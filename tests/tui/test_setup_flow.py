"""Setup, driven by the keyboard: the alias preview, the pupil count, saving and importing."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path

from textual.widgets import Input, Static

from auditor.detect.aliases import school_aliases
from auditor.profile.loader import load_profile
from tests.conftest import SAMPLE
from tests.tui.conftest import paste, type_text, until
from tui.app import AuditorApp


def shown(app: AuditorApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).content)


async def test_setup_saves_a_profile_the_loader_reads(
    make_app: Callable[..., AuditorApp], state_dir: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        assert app.current_mode == "setup"
        assert "stays on this computer" in shown(app, "#privacy-note")
        await paste(pilot, "St Clement's CE Primary")
        partial = shown(app, "#alias-preview")
        await type_text(pilot, " School")  # the preview follows each key
        preview = shown(app, "#alias-preview")
        assert preview != partial and "St Clement's CE Primary School" in preview
        for form in school_aliases("St Clement's CE Primary School"):
            if "’" not in form:
                assert form in preview
        await pilot.press("tab")
        await paste(pilot, "SCPS, St Clem's")
        assert preview != shown(app, "#alias-preview")
        assert "St Clem's" in shown(app, "#alias-preview")
        for value in ("Bolton", "bl1 4qr", "Jane Smith", "Year 4 teacher, Maths lead"):
            await pilot.press("tab")
            await paste(pilot, value)
        await pilot.press("tab")
        await paste(pilot, str(SAMPLE / "pupils.txt"))
        count = shown(app, "#pupil-count")
        names = (SAMPLE / "pupils.txt").read_text().split("\n")
        first_pupil = next(n for n in names if n.strip() and not n.startswith("#"))
        assert "10 names read" in count and first_pupil not in count
        await pilot.press("ctrl+n")
        assert first_pupil in shown(app, "#pupil-count")
        await pilot.press("ctrl+n")
        assert first_pupil not in shown(app, "#pupil-count")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.current_mode == "guide")
    saved = state_dir / "school.toml"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    profile = load_profile(saved)
    assert profile.school.name == "St Clement's CE Primary School"
    assert profile.school.aliases == ["SCPS", "St Clem's"]
    assert profile.school.postcode == "BL1 4QR"
    assert profile.you.roles == ["Year 4 teacher", "Maths lead"]
    assert len(profile.pupil_names) == 10


async def test_the_name_is_required_and_setup_can_be_reopened(
    make_app: Callable[..., AuditorApp], saved_profile: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        assert app.current_mode == "guide"  # a saved profile skips setup
        await pilot.press("1")
        assert app.current_mode == "setup"
        name = app.screen.query_one("#school-name", Input)
        assert name.value == "St Clement's CE Primary School"
        assert app.screen.query_one("#home-postcode", Input).value == "BL3 2AB"
        name.value = ""
        await pilot.press("ctrl+s")
        assert "name is needed" in shown(app, "#setup-problem")
        assert app.current_mode == "setup"
    assert "St Clement" in saved_profile.read_text()  # unchanged


async def test_a_school_supplied_profile_is_imported(
    make_app: Callable[..., AuditorApp], state_dir: Path, tmp_path: Path
) -> None:
    school = tmp_path / "from school"
    school.mkdir()
    (school / "school.toml").write_text((SAMPLE / "school.toml").read_text())
    (school / "pupils.txt").write_text((SAMPLE / "pupils.txt").read_text())
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("ctrl+o")
        escaped = str(school / "school.toml").replace(" ", "\\ ")  # as a terminal drops it
        await paste(pilot, escaped)
        await pilot.press("enter")
        await until(pilot, lambda: app.session.profile is not None)
        assert app.screen.query_one("#town", Input).value == "Bolton"
        assert "10 names read" in shown(app, "#pupil-count")
    copy = load_profile(state_dir / "school.toml")
    assert copy.school.name == "St Clement's CE Primary School"
    assert len(copy.pupil_names) == 10  # the list is found beside the original


async def test_a_broken_profile_is_explained_not_crashed_on(
    make_app: Callable[..., AuditorApp], state_dir: Path
) -> None:
    (state_dir / "school.toml").write_text('[school]\nname = "X"\nmotto = "oops"\n')
    app = make_app()
    async with app.run_test(size=(100, 40)):
        assert app.current_mode == "setup"
        problem = shown(app, "#setup-problem")
        assert "school.motto" in problem and "unknown key" in problem
