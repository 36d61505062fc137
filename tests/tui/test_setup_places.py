"""Setup records where the school and home are: it offers the places the user's own photos
suggest, accepts a pasted map link or coordinates, shows the place, and saves it to the
profile; the scan says when the place checks could not run for want of them."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Static

from auditor.profile.loader import load_profile
from tests.conftest import SAMPLE
from tests.detect.media.images import HOME_LATLON, SCHOOL_LATLON
from tests.tui.conftest import paste, until
from tests.tui.test_audit_flow import plain
from tui.app import AuditorApp

NOT_COMPARED = "Not checked: photos and check-ins were not compared with where the school is"


@pytest.fixture
def profile_without_places(state_dir: Path) -> Path:
    """The sample profile as Setup saved it before it could record places."""
    text = (SAMPLE / "school.toml").read_text()
    text = text.replace("location = [53.5780, -2.4290]\n", "")
    text = text.replace("home_location = [53.5601, -2.4412]\n", "")
    (state_dir / "school.toml").write_text(text)
    shutil.copy(SAMPLE / "pupils.txt", state_dir / "pupils.txt")
    return state_dir / "school.toml"


def shown(app: AuditorApp, selector: str) -> str:
    return plain(app.screen.query_one(selector, Static).content)


async def test_setup_offers_the_places_the_photos_suggest_and_saves_the_chosen_ones(
    make_app: Callable[..., AuditorApp], profile_without_places: Path, photos_zip: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        app.screen.add_paths([photos_zip])  # type: ignore[attr-defined]
        await until(pilot, lambda: not app.session.exports[0].checking)
        await pilot.press("1")
        options = app.screen.query_one("#place-suggestions", OptionList)
        await until(pilot, lambda: options.option_count > 0)
        first = str(options.get_option_at_index(0).prompt)
        assert first.startswith("Is this your school? 35 of 35 photos taken here were taken on")
        assert "during school hours" in first and "53.578" in first
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any(p.startswith("Is this your home? 8 of 8 photos") for p in prompts)
        assert "Not set" in shown(app, "#school-place-note")
        # ctrl+g goes to them; choose the school, then the home, with the keyboard.
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert app.focused is options and options.highlighted == 0
        await pilot.press("enter")
        assert app.screen.query_one("#school-place", Input).value.startswith("53.578")
        assert "53.578" in shown(app, "#school-place-note")
        assert "openstreetmap.org" in shown(app, "#school-place-note")
        home_index = next(i for i, p in enumerate(prompts) if "your home" in p)
        options.focus()
        options.highlighted = home_index
        await pilot.press("enter")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.current_mode == "guide")
    profile = load_profile(profile_without_places)
    assert profile.school.location == pytest.approx(list(SCHOOL_LATLON), abs=3e-4)
    assert profile.you.home_location == pytest.approx(list(HOME_LATLON), abs=3e-4)
    assert profile.school.name == "St Clement's CE Primary School"  # the rest is kept


async def test_a_pasted_map_link_is_shown_and_saved_and_nonsense_is_refused(
    make_app: Callable[..., AuditorApp], profile_without_places: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("1")
        assert "Once you have added your downloads" in shown(app, "#place-status")
        app.screen.query_one("#school-place", Input).focus()
        await paste(
            pilot, "https://www.google.com/maps/place/School/@53.5,-2.5,15z/data=!3d53.578!4d-2.429"
        )
        assert shown(app, "#school-place-note").startswith("53.57800° N, 2.42900° W.")
        app.screen.query_one("#home-place", Input).focus()
        await paste(pilot, "14 Mill Lane, Bolton")
        assert "Not a place: an address cannot be turned into a place without going online" in (
            shown(app, "#home-place-note")
        )
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.current_mode == "setup"
        assert "A place is not understood" in shown(app, "#setup-problem")
        assert load_profile(profile_without_places).school.location is None  # not saved
        app.screen.query_one("#home-place", Input).value = ""
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.current_mode == "guide")
    profile = load_profile(profile_without_places)
    assert profile.school.location == [53.578, -2.429]
    assert profile.you.home_location is None


async def test_the_scan_says_the_place_checks_did_not_run_and_runs_them_once_set(
    make_app: Callable[..., AuditorApp], profile_without_places: Path, photos_zip: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        app.screen.add_paths([photos_zip])  # type: ignore[attr-defined]
        await until(pilot, lambda: not app.session.exports[0].checking)
        await pilot.press("ctrl+r")
        await until(pilot, lambda: not app.session.scan.running, seconds=300)  # type: ignore[union-attr]
        await pilot.pause(0.3)
        assert NOT_COMPARED in shown(app, "#scan-coverage")
        without = {f.rule for f in app.session.findings}
        assert "SMP51-HOME-LOCATION" not in without
        await pilot.press("1")
        options = app.screen.query_one("#place-suggestions", OptionList)
        await until(pilot, lambda: options.option_count >= 3)
        options.focus()
        options.highlighted = 0  # the school: the most photos in school hours
        await pilot.press("enter")
        home = next(
            i for i in range(options.option_count)
            if "your home" in str(options.get_option_at_index(i).prompt)
        )  # fmt: skip
        options.focus()
        options.highlighted = home
        await pilot.press("enter", "ctrl+s")
        await until(pilot, lambda: app.current_mode == "guide")
        first_scan = app.session.scan
        await pilot.press("4", "ctrl+r")
        await until(pilot, lambda: app.session.scan is not first_scan)
        await until(pilot, lambda: not app.session.scan.running, seconds=300)  # type: ignore[union-attr]
        await pilot.pause(0.3)
        assert NOT_COMPARED not in shown(app, "#scan-coverage")
        with_places = {f.rule for f in app.session.findings}
        assert "SMP51-HOME-LOCATION" in with_places
