"""The whole keyboard path in a real terminal (tmux), at 120x36 and 80x24: first launch, Setup
(the school's file imported), Exports with a download of photos, the scan, a decision, the
Checklist (space ticks a setting), and a second audit of a newer download of the same account,
where the finding marked fixed is still there and shows as back again; then History.

The captures are kept in tests/tui/expected/journey-*.txt (regenerate with UPDATE_EXPECTED=1
after looking at them). Only what is stable is compared: times of day, today's dates and the
time a scan took are masked (see `stable`).
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from auditor.store.db import Store
from tests.conftest import SAMPLE
from tests.tui.test_real_terminal import AUDITOR, Terminal, assert_frame_intact, matches_expected

pytest.importorskip("skimage")  # the photos' faces are scikit-image's (the dev extra)

PHOTOS = 12  # enough for the photo workers (six or more), few enough for CI time


def stable(lines: list[str]) -> list[str]:
    """The screen without what changes from run to run: today's date (the audits are made
    now), times of day and how long the scan took."""
    today = datetime.now()
    days = {today.strftime(f) for f in ("%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%d %b")}
    days |= {d.lstrip("0") for d in days}
    out = []
    for line in lines:
        for day in sorted(days, key=len, reverse=True):
            line = line.replace(day, "<today>")
        line = re.sub(r"\b\d{1,2}:\d{2}(:\d{2})?\b", "<time>", line)
        line = re.sub(r"\b\d+(\.\d+)? ?(s|sec|seconds|min)\b", "<took>", line)
        line = re.sub(r"Next review \(clause 5\.4\): \S+ \S+ \S+", "Next review: <date>", line)
        out.append(line)
    return out


def wait_all(t: Terminal, *texts: str, seconds: float = 60) -> list[str]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        screen = "\n".join(t.screen())
        if all(text in screen for text in texts):
            time.sleep(0.4)  # let the frame finish
            return t.screen()
        time.sleep(0.05)
    raise AssertionError(f"{texts!r} never all appeared:\n" + "\n".join(t.screen()))


NOTIFICATIONS = ("Imported", "Saved to", "Marked", "Undone", "Profile saved")


def quiet(t: Terminal, seconds: float = 0.5) -> list[str]:
    """The screen once the notifications have gone (they stay a few seconds)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if not any(n in line for n in NOTIFICATIONS for line in t.screen()):
            break
        time.sleep(0.1)
    time.sleep(seconds)
    return t.screen()


def keep(t: Terminal, lines: list[str], name: str) -> None:
    assert_frame_intact(lines, t.width)
    matches_expected(stable(lines), f"journey-{name}-{t.width}x{t.height}")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Callable[..., Terminal]]:
    """As the other real-terminal tests start the app, but a crash stays on the screen (the
    test then fails showing it) instead of closing the window."""
    names: list[str] = []

    def start(width: int, height: int) -> Terminal:
        state = tmp_path / f"state-{width}"
        state.mkdir()
        browse = tmp_path / "Downloads"
        browse.mkdir(exist_ok=True)
        name = f"auditor-journey-{os.getpid()}-{width}"
        names.append(name)
        command = f"{AUDITOR} --state {state} tui --browse {browse}; echo APP-EXITED; sleep 60"
        env = {**os.environ, "TERM": "xterm-256color", "NO_COLOR": ""}
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", name, "-x", str(width), "-y", str(height), command],
            check=True,
            env=env,
        )
        return Terminal(name, width, height)

    yield start
    for name in names:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two downloads of the same account a month apart: the newer has one photo more."""
    from tests.tui.photo_download import photo_download

    folder = tmp_path_factory.mktemp("journey-downloads")
    older = photo_download(folder / "facebook-jane-20251201.zip", photos=PHOTOS)
    newer = photo_download(folder / "facebook-jane-20260105.zip", photos=PHOTOS + 1)
    return older, newer


@pytest.mark.parametrize("size", [(120, 36), (80, 24)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_whole_keyboard_path(
    terminal: Callable[..., Terminal],
    downloads: tuple[Path, Path],
    size: tuple[int, int],
    tmp_path: Path,
) -> None:
    older, newer = downloads
    t = terminal(*size)
    keep(t, t.wait_for("Your school's full name"), "setup-first-run")
    t.keys("C-o")
    t.wait_for("Import your school's profile file")
    t.keys(str(SAMPLE / "school.toml"), literal=True)
    t.keys("Enter")
    t.wait_for("Imported")  # the notification (the list's count may be below the fold)
    t.keys("C-s")
    t.wait_for("Where to find it")

    # Exports: the older download, with its photos counted as photos.
    t.keys("3")
    t.wait_for("Exports to scan")
    t.keys("C-l")
    t.keys(str(older), literal=True)
    t.keys("Enter")
    t.wait_for(f"data files, {PHOTOS} photos")  # "and videos to check" may wrap
    t.keys("Escape")
    keep(t, quiet(t), "exports")

    # The scan, with the photo workers, then the findings.
    t.keys("C-r")
    scan = t.wait_for("Scan finished", seconds=120)
    assert_frame_intact(scan, t.width)
    assert not any("stopped" in line for line in scan)
    t.keys("f")
    findings = wait_all(t, "What it says")  # "How to fix it" is below the fold at 80x24
    assert_frame_intact(findings, t.width)
    keep(t, findings, "findings")

    # A decision: the first finding is marked fixed.
    t.keys("f")
    t.wait_for("Marked fixed")
    quiet(t)

    # The checklist: space ticks the first setting on arrival.
    t.keys("6")
    wait_all(t, "social-media checklist", "Privacy settings to check")
    t.keys("Space")
    checklist = quiet(t, 1)
    with Store.open(tmp_path / f"state-{t.width}") as store:
        assert len(store.settings_checked()) == 1  # the tick is kept (its colour is not text)
    keep(t, checklist, "checklist")

    # The second audit: the newer download instead of the older one.
    t.keys("3")
    t.wait_for("Exports to scan")
    t.keys("Escape", "x")  # out of any field first: x removes the older download
    t.keys("C-l")
    t.keys(str(newer), literal=True)
    t.keys("Enter")
    t.wait_for(f"data files, {PHOTOS + 1} photos")
    exports = t.screen()
    assert not any(older.name in line for line in exports)
    t.keys("Escape", "C-r")
    wait_all(t, "Scan finished", newer.name, seconds=120)
    t.keys("f")
    again = wait_all(t, "back again", "Still to do")
    keep(t, again, "findings-second-audit")

    t.keys("7")
    history = quiet(t, 1.5)
    keep(t, history, "history")
