"""Fixtures for the TUI tests: a private state folder, the sample profile and export, an app
with a fixed clock and a frozen cursor, and a helper to wait for workers."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot

from tests.conftest import SAMPLE, SAMPLE_EXPORTS
from tui.app import AuditorApp

FIXED_NOW = datetime(2026, 11, 27, 19, 30, tzinfo=UTC)
SAMPLE_EXPORT = SAMPLE_EXPORTS / "facebook-janesmith-20261101"


def fixed_clock() -> datetime:
    return FIXED_NOW


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    d = tmp_path / "state"
    d.mkdir(mode=0o700)
    return d


@pytest.fixture
def downloads(tmp_path: Path) -> Path:
    """A folder like the user's Downloads, holding a copy of the sample Facebook export."""
    d = tmp_path / "Downloads"
    shutil.copytree(SAMPLE_EXPORT, d / SAMPLE_EXPORT.name)
    return d


@pytest.fixture
def saved_profile(state_dir: Path) -> Path:
    """The sample profile as if Setup had saved it (the pupil list beside it)."""
    shutil.copy(SAMPLE / "school.toml", state_dir / "school.toml")
    shutil.copy(SAMPLE / "pupils.txt", state_dir / "pupils.txt")
    return state_dir / "school.toml"


@pytest.fixture(scope="session")
def photos_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Facebook download of 52 real photos with faces, GPS and the time taken."""
    pytest.importorskip("skimage")  # the faces are scikit-image's (the dev extra)
    from tests.tui.photo_download import photo_download

    return photo_download(tmp_path_factory.mktemp("photos") / "facebook-jane-photos.zip")


@pytest.fixture
def make_app(state_dir: Path, downloads: Path) -> Callable[..., AuditorApp]:
    def make(**kwargs: object) -> AuditorApp:
        options: dict[str, object] = {
            "clock": fixed_clock,
            "cursor_blink": False,
            "browse_root": downloads,
        }
        options.update(kwargs)
        return AuditorApp(state_dir, **options)  # type: ignore[arg-type]

    return make


async def until(pilot: Pilot[None], condition: Callable[[], object], seconds: float = 30) -> None:
    """Let the app run until `condition()` holds (workers finish in their own time)."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            await pilot.pause()
            return
        await pilot.pause(0.05)
    raise AssertionError("the app did not reach the expected state in time")


async def type_text(pilot: Pilot[None], text: str) -> None:
    """Type `text` key by key (about 0.1 s a key under test: keep it for short text)."""
    await pilot.press(*[("space" if c == " " else c) for c in text])


async def paste(pilot: Pilot[None], text: str) -> None:
    """Paste `text` into the focused widget, as a terminal delivers a paste or a drop."""
    await pilot.pause()  # a focus() just made takes effect
    focused = pilot.app.focused
    assert focused is not None, "nothing has the focus to paste into"
    focused.post_message(events.Paste(text))
    await pilot.pause()
