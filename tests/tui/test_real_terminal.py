"""The app in a real terminal (tmux) at 80×24 and 200×50: no layout breakage, and the stable
screens match the text captured from them (tests/tui/expected/; regenerate with
UPDATE_EXPECTED=1 after looking at the new captures)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE
from tests.tui.conftest import SAMPLE_EXPORT

EXPECTED = Path(__file__).parent / "expected"
AUDITOR = ROOT / ".venv" / "bin" / "auditor"
STEP_BAR = "1 Setup 2 Get data 3 Exports 4 Scan 5 Findings 6 Checklist 7 History ? Help"

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")


class Terminal:
    def __init__(self, name: str, width: int, height: int) -> None:
        self.name, self.width, self.height = name, width, height

    def keys(self, *keys: str, literal: bool = False) -> None:
        for key in keys:
            args = ["-l", key] if literal else [key]
            subprocess.run(["tmux", "send-keys", "-t", self.name, *args], check=True)
            time.sleep(0.15)  # keys sent at once can reach the app as one burst

    def screen(self) -> list[str]:
        out = subprocess.run(
            ["tmux", "capture-pane", "-t", self.name, "-p"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        lines = out.split("\n")[: self.height]
        return [line.rstrip() for line in lines] + [""] * (self.height - len(lines))

    def wait_for(self, text: str, seconds: float = 30) -> list[str]:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            lines = self.screen()
            if any(text in line for line in lines):
                time.sleep(0.3)  # let the frame finish
                return self.screen()
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never appeared:\n" + "\n".join(self.screen()))


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Callable[..., Terminal]]:
    names: list[str] = []

    def start(width: int, height: int, *, with_profile: bool) -> Terminal:
        state = tmp_path / f"state-{width}"
        state.mkdir()
        if with_profile:
            shutil.copy(SAMPLE / "school.toml", state / "school.toml")
            shutil.copy(SAMPLE / "pupils.txt", state / "pupils.txt")
        downloads = tmp_path / "Downloads"
        downloads.mkdir(exist_ok=True)
        name = f"auditor-test-{os.getpid()}-{width}"
        names.append(name)
        command = f"{AUDITOR} --state {state} tui --browse {downloads}"
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


def assert_frame_intact(lines: list[str], width: int) -> None:
    """Title on top, the step bar whole, the footer at the bottom, nothing past the edge."""
    assert "Staff Profile Auditor" in lines[0]
    assert lines[1].strip() == STEP_BAR
    assert "palette" in lines[-1]
    assert all(len(line) <= width for line in lines)


def matches_expected(lines: list[str], name: str) -> None:
    path = EXPECTED / f"{name}.txt"
    text = "\n".join(lines).rstrip() + "\n"
    if os.environ.get("UPDATE_EXPECTED") == "1" or not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(text)
    assert text == path.read_text(), f"the screen differs from {path}"


def test_small_terminal_80x24(terminal: Callable[..., Terminal]) -> None:
    t = terminal(80, 24, with_profile=True)
    guide = t.wait_for("Where to find it")
    assert_frame_intact(guide, 80)
    matches_expected(guide, "guide-80x24")
    t.keys("?")
    help_screen = t.wait_for("Everything this app reads")
    assert_frame_intact(help_screen, 80)
    matches_expected(help_screen, "help-80x24")
    t.keys("3")
    exports = t.wait_for("Exports to scan")
    assert_frame_intact(exports, 80)
    matches_expected(exports, "exports-empty-80x24")


def test_large_terminal_200x50_through_a_scan(terminal: Callable[..., Terminal]) -> None:
    t = terminal(200, 50, with_profile=False)
    setup = t.wait_for("Your school's full name")
    assert_frame_intact(setup, 200)
    matches_expected(setup, "setup-first-run-200x50")
    t.keys("C-o")
    t.wait_for("Import your school's profile file")
    t.keys(str(SAMPLE / "school.toml"), literal=True)
    t.keys("Enter")
    t.wait_for("names read")
    t.keys("C-s")
    t.wait_for("Where to find it")
    t.keys("3")
    t.wait_for("Exports to scan")
    t.keys("C-l")
    t.keys(str(SAMPLE_EXPORT), literal=True)
    t.keys("Enter")
    t.wait_for("data files to check")
    t.keys("Escape", "C-r")
    scan = t.wait_for("Scan finished")
    assert_frame_intact(scan, 200)
    t.keys("f")
    findings = t.wait_for("How to fix it")
    assert_frame_intact(findings, 200)
    assert any("Clause 6.17" in line for line in findings)
