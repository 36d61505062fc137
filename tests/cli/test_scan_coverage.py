"""`auditor scan` says "No findings: nothing … breaks" only after reading a real download;
given something that is not a download it says nothing was checked, and it names the checks
that could not run because the profile lacks something."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import SAMPLE, SAMPLE_PROFILE
from tests.helpers import run_cli

ALL_CLEAR = "No findings: nothing in these exports breaks"


def _benign_facebook(root: Path) -> Path:
    """A real Facebook download layout whose posts break no rule."""
    import json

    folder = root / "facebook-jane-walks"
    posts = folder / "your_facebook_activity" / "posts"
    posts.mkdir(parents=True)
    data = [
        {"timestamp": 1_700_000_000 + n * 3600, "data": [{"post": f"A walk by the canal, {n}"}]}
        for n in range(5)
    ]
    (posts / "your_posts__check_ins__photos_and_videos_1.json").write_text(json.dumps(data))
    return folder


def test_a_folder_that_is_not_a_download_gets_no_all_clear(tmp_path: Path) -> None:
    notes = tmp_path / "Documents"
    notes.mkdir()
    (notes / "shopping.txt").write_text("eggs\nflour\n")
    proc = run_cli("scan", notes, "--profile", SAMPLE_PROFILE, "--no-store")
    assert proc.returncode == 0, proc.stderr
    assert ALL_CLEAR not in proc.stdout
    assert "Nothing was checked: no download this tool can read was given." in proc.stdout
    assert "Not checked: Documents" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_a_real_download_with_nothing_wrong_gets_the_all_clear(tmp_path: Path) -> None:
    export = _benign_facebook(tmp_path)
    proc = run_cli("scan", export, "--profile", SAMPLE_PROFILE, "--no-store")
    assert proc.returncode == 0, proc.stderr
    assert ALL_CLEAR in proc.stdout
    assert "Not checked" not in proc.stdout  # the sample profile gives everything


def test_a_download_beside_a_non_download_is_all_clear_only_for_what_was_read(
    tmp_path: Path,
) -> None:
    export = _benign_facebook(tmp_path)
    other = tmp_path / "holiday-photos"
    other.mkdir()
    (other / "readme.txt").write_text("nothing here\n")
    proc = run_cli("scan", export, other, "--profile", SAMPLE_PROFILE, "--no-store")
    assert f"{ALL_CLEAR} the policy's rules checked here (in what could be read)." in proc.stdout
    assert "Not checked: holiday-photos (see the warnings below)." in proc.stdout


def test_checks_the_profile_cannot_feed_are_named(tmp_path: Path) -> None:
    profile = tmp_path / "school.toml"
    text = SAMPLE_PROFILE.read_text()
    text = text.replace("location = [53.5780, -2.4290]\n", "").replace(
        "home_location = [53.5601, -2.4412]\n", ""
    )
    profile.write_text(text)
    shutil.copy(SAMPLE / "pupils.txt", tmp_path / "pupils.txt")
    export = SAMPLE / "exports" / "facebook-janesmith-20261101"  # it has photos and check-ins
    proc = run_cli("scan", export, "--profile", profile, "--no-store")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Not checked: photos and check-ins were not compared with where the school is" in out
    assert "Not checked: photos and check-ins were not compared with where you live" in out
    assert "pupils' names were not searched for" not in out  # the list is there


def test_scan_uses_the_profile_the_app_saved_when_none_is_given(tmp_path: Path) -> None:
    state = tmp_path / "state"
    export = _benign_facebook(tmp_path)
    missing = run_cli("scan", export, "--state", state, "--no-store")
    assert missing.returncode == 2
    assert "no profile: give one with --profile FILE, or set up your school in the app" in (
        missing.stderr
    )
    assert "Traceback" not in missing.stderr
    state.mkdir(mode=0o700)
    shutil.copy(SAMPLE / "school.toml", state / "school.toml")  # as Setup saves it
    shutil.copy(SAMPLE / "pupils.txt", state / "pupils.txt")
    proc = run_cli("scan", export, "--no-store", env={"AUDITOR_STATE_DIR": str(state)})
    assert proc.returncode == 0, proc.stderr
    assert f"using the profile saved by the app: {state / 'school.toml'}" in proc.stderr
    assert ALL_CLEAR in proc.stdout
