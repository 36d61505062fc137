"""Bad input gives one line and the right exit code, never a traceback."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLE_PROFILE
from tests.helpers import run_cli


def _one_line_error(proc: object) -> str:
    stderr = proc.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.startswith("auditor:")]
    assert len(lines) == 1, stderr
    return lines[0]


def test_bad_profile_unknown_key(tmp_path: Path, facebook_zip: Path) -> None:
    profile = tmp_path / "school.toml"
    profile.write_text('[school]\nname = "X School"\ncolour = "blue"\n')
    proc = run_cli("scan", facebook_zip, "--profile", profile)
    assert proc.returncode == 2
    line = _one_line_error(proc)
    assert "school.colour" in line and "line 3" in line and "unknown key" in line


def test_bad_profile_wrong_type(tmp_path: Path, facebook_zip: Path) -> None:
    profile = tmp_path / "school.toml"
    profile.write_text('[school]\nname = "X School"\n\n[you]\nroles = "teacher"\n')
    proc = run_cli("scan", facebook_zip, "--profile", profile)
    assert proc.returncode == 2
    line = _one_line_error(proc)
    assert "you.roles" in line and "line 5" in line


def test_profile_without_school_name(tmp_path: Path, facebook_zip: Path) -> None:
    profile = tmp_path / "school.toml"
    profile.write_text('[you]\nname = "Jane"\n')
    proc = run_cli("scan", facebook_zip, "--profile", profile)
    assert proc.returncode == 2
    assert "school" in _one_line_error(proc)


def test_profile_not_toml(tmp_path: Path, facebook_zip: Path) -> None:
    profile = tmp_path / "school.toml"
    profile.write_text("[school\nname = ")
    proc = run_cli("scan", facebook_zip, "--profile", profile)
    assert proc.returncode == 2
    assert "not valid TOML" in _one_line_error(proc)


def test_missing_export(tmp_path: Path) -> None:
    proc = run_cli("scan", tmp_path / "nope.zip", "--profile", SAMPLE_PROFILE)
    assert proc.returncode == 2
    assert "nope.zip" in _one_line_error(proc)


def test_missing_profile(facebook_zip: Path, tmp_path: Path) -> None:
    proc = run_cli("scan", facebook_zip, "--profile", tmp_path / "none.toml")
    assert proc.returncode == 2
    assert "none.toml" in _one_line_error(proc)


def test_corrupt_zip_is_a_warning_and_the_rest_is_read(tmp_path: Path, facebook_zip: Path) -> None:
    bad = tmp_path / "facebook-broken.zip"
    bad.write_bytes(facebook_zip.read_bytes()[:300])
    proc = run_cli("scan", bad, facebook_zip, "--profile", SAMPLE_PROFILE, "--format", "json")
    assert proc.returncode == 0
    import json

    data = json.loads(proc.stdout)
    assert any(
        "facebook-broken.zip" in w["file"] and "zip" in w["message"] for w in data["warnings"]
    )
    assert any(f["rule"] == "SMP617-PROFILE-SCHOOL" for f in data["findings"])


def test_only_a_corrupt_zip(tmp_path: Path) -> None:
    bad = tmp_path / "broken.zip"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    proc = run_cli("scan", bad, "--profile", SAMPLE_PROFILE)
    assert proc.returncode == 0
    assert "broken.zip" in proc.stdout and "Traceback" not in proc.stderr


def test_bad_arguments_exit_2() -> None:
    proc = run_cli("scan")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
