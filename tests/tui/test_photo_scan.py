"""The app audits a photo-rich download (52 real JPEGs with faces, GPS and the time taken)
with its photo workers, and finds exactly what `auditor scan --format json` finds on it.

Before, the photo pool was started from inside the running app, whose `sys.stderr` has no file
descriptor, and the scan stopped with "ValueError" after a few seconds. Both tests start from a
fresh process's state (no forkserver running), in Pilot and in a real terminal (tmux).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from multiprocessing import forkserver
from pathlib import Path
from typing import Any

import pytest

from auditor.store.db import Store
from tests.conftest import ROOT, SAMPLE, SAMPLE_PROFILE
from tests.tui.conftest import until
from tests.tui.test_real_terminal import AUDITOR, Terminal, assert_frame_intact
from tui.app import AuditorApp

pytest.importorskip("skimage")  # the faces are scikit-image's (the dev extra)


@pytest.fixture(scope="module")
def cli_findings(photos_zip: Path) -> list[dict[str, Any]]:
    """What the command line finds on the same download, with the same profile."""
    done = subprocess.run(
        [sys.executable, "-m", "auditor", "scan", str(photos_zip), "--profile",
         str(SAMPLE_PROFILE), "--format", "json", "--no-store"],
        capture_output=True, text=True, cwd=ROOT, timeout=600, check=True,
    )  # fmt: skip
    report = json.loads(done.stdout)
    assert report["warnings"] == []
    findings: list[dict[str, Any]] = report["findings"]
    return findings


def signature(f: dict[str, Any]) -> tuple[str, str, str, tuple[str, ...]]:
    return (f["id"], f["rule"], f["severity"], tuple(sorted(e["kind"] for e in f["evidence"])))


def test_the_cli_finds_faces_and_places_in_the_photos(cli_findings: list[dict[str, Any]]) -> None:
    kinds = {e["kind"] for f in cli_findings for e in f["evidence"]}
    assert {"face", "location_near_school", "location_near_home"} <= kinds
    assert len(cli_findings) >= 30


async def test_the_app_scans_52_photos_with_its_workers_and_finds_what_the_cli_finds(
    make_app: Callable[..., AuditorApp],
    saved_profile: Path,
    photos_zip: Path,
    cli_findings: list[dict[str, Any]],
) -> None:
    forkserver._forkserver._stop()  # as in a fresh process: the app must start its helpers
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("3")
        app.screen.add_paths([photos_zip])  # type: ignore[attr-defined]
        await until(pilot, lambda: not app.session.exports[0].checking)
        # The photos are counted as photos, not as files that could not be read.
        assert (
            app.session.exports[0].label == "Facebook: 2 data files, 52 photos and videos to check"
        )
        await pilot.press("ctrl+r")
        scan = app.session.scan
        assert scan is not None
        await until(pilot, lambda: not scan.running, seconds=300)
        assert scan.failure is None
        assert [w.message for w in scan.warnings] == []  # no "one by one": the workers ran
        progress = next(iter(scan.exports.values()))
        assert progress.photos_done == progress.photos_total == 52
        app_found = [json.loads(f.model_dump_json()) for f in app.session.findings]
    assert sorted(map(signature, app_found)) == sorted(map(signature, cli_findings))


def test_the_app_in_a_real_terminal_scans_the_photos_as_the_cli_does(
    tmp_path: Path, photos_zip: Path, cli_findings: list[dict[str, Any]]
) -> None:
    if shutil.which("tmux") is None:
        pytest.skip("needs tmux")
    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    shutil.copy(SAMPLE / "school.toml", state / "school.toml")
    shutil.copy(SAMPLE / "pupils.txt", state / "pupils.txt")
    name = f"auditor-photos-{os.getpid()}"
    env = {**os.environ, "TERM": "xterm-256color", "NO_COLOR": ""}
    command = f"{AUDITOR} --state {state} tui --browse {tmp_path}"
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", name, "-x", "120", "-y", "36", command],
        check=True,
        env=env,
    )
    try:
        t = Terminal(name, 120, 36)
        t.wait_for("Where to find it")
        t.keys("3")
        t.wait_for("Exports to scan")
        t.keys("C-l")
        t.keys(str(photos_zip), literal=True)
        t.keys("Enter")
        t.wait_for("Facebook:")
        t.keys("Escape", "C-r")
        done = t.wait_for("Scan finished", seconds=300)
        assert_frame_intact(done, 120)
        assert not any("stopped" in line or "one by one" in line for line in done)
        assert any(f"{len(cli_findings)} findings" in line for line in done)
        t.keys("C-q")
        for _ in range(100):  # the app closes (and its store with it): the session ends
            gone = subprocess.run(["tmux", "has-session", "-t", name], capture_output=True)
            if gone.returncode != 0:
                break
            time.sleep(0.1)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)
    with Store.open(state) as store:
        recorded = [json.loads(t.finding.model_dump_json()) for t in store.findings()]
    # The store keeps pupils' names masked; the ids, rules and evidence kinds are the CLI's.
    assert sorted(map(signature, recorded)) == sorted(map(signature, cli_findings))
