"""Hostile archives: each is refused or skipped with a clear warning naming the entry; the
audit goes on with what is safe, and nothing is written anywhere."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from auditor.pipeline import run_scan
from auditor.profile.loader import load_profile
from tests.conftest import SAMPLE_PROFILE
from tests.safety.hostile_zips import HOSTILE, PROFILE_JSON, PROFILE_PATH


def _snapshot(root: Path) -> set[str]:
    return {str(p) for p in root.rglob("*")}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_archive_is_survived(kind: str, tmp_path: Path) -> None:
    archive = tmp_path / f"facebook-{kind}.zip"
    named = HOSTILE[kind](archive)
    before = _snapshot(tmp_path)
    cwd_before = set(os.listdir("."))
    report = run_scan([archive], load_profile(SAMPLE_PROFILE))
    assert _snapshot(tmp_path) == before, "the scan wrote next to the export"
    assert set(os.listdir(".")) == cwd_before, "the scan wrote into the current folder"
    messages = [f"{w.file}: {w.message}" for w in report.warnings]
    assert any(named in m for m in messages), messages
    if kind != "truncated":
        # The safe part of the archive is still read: the profile names the school.
        assert any(f.rule == "SMP617-PROFILE-SCHOOL" for f in report.findings), messages


def test_bomb_is_not_decompressed(tmp_path: Path) -> None:
    import resource

    archive = tmp_path / "facebook-bomb.zip"
    HOSTILE["bomb"](archive)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = run_scan([archive], load_profile(SAMPLE_PROFILE))
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert any("zip bomb" in w.message for w in report.warnings)
    assert after - before < 40_000  # KiB: the 60 MB entry was never inflated


def test_split_download_with_a_missing_part(tmp_path: Path) -> None:
    for n, payload in ((1, PROFILE_JSON), (3, b"{}")):
        with zipfile.ZipFile(tmp_path / f"facebook-jane-2026-{n}.zip", "w") as zf:
            zf.writestr(PROFILE_PATH if n == 1 else f"part{n}/readme.json", payload)
    report = run_scan([tmp_path / "facebook-jane-2026-1.zip"], load_profile(SAMPLE_PROFILE))
    assert any(
        w.file == "facebook-jane-2026-2.zip" and "missing" in w.message for w in report.warnings
    )
    assert any(f.rule == "SMP617-PROFILE-SCHOOL" for f in report.findings)


def test_split_parts_given_together_are_read_once(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "facebook-jane-2026-1.zip", "w") as zf:
        zf.writestr(PROFILE_PATH, PROFILE_JSON)
    with zipfile.ZipFile(tmp_path / "facebook-jane-2026-2.zip", "w") as zf:
        zf.writestr("your_facebook_activity/posts/your_posts_1.json", b"[]")
    parts = sorted(tmp_path.glob("*.zip"))
    report = run_scan(parts, load_profile(SAMPLE_PROFILE))
    assert len(report.summary.exports) == 1
    assert report.summary.exports[0].items.get("profile_field") == 1


def test_damaged_second_part_does_not_stop_the_first(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "facebook-jane-2026-1.zip", "w") as zf:
        zf.writestr(PROFILE_PATH, PROFILE_JSON)
    (tmp_path / "facebook-jane-2026-2.zip").write_bytes(b"PK\x03\x04garbage")
    report = run_scan([tmp_path / "facebook-jane-2026-1.zip"], load_profile(SAMPLE_PROFILE))
    assert any(w.file == "facebook-jane-2026-2.zip" for w in report.warnings)
    assert any(f.rule == "SMP617-PROFILE-SCHOOL" for f in report.findings)


def test_export_is_never_modified(tmp_path: Path, facebook_zip: Path) -> None:
    before = (facebook_zip.stat().st_mtime_ns, facebook_zip.read_bytes())
    os.chmod(facebook_zip, 0o400)  # read-only input is enough
    run_scan([facebook_zip], load_profile(SAMPLE_PROFILE))
    assert (facebook_zip.stat().st_mtime_ns, facebook_zip.read_bytes()) == before


def test_symlink_in_an_unpacked_folder_is_not_followed(tmp_path: Path) -> None:
    root = tmp_path / "export"
    (root / "personal_information" / "profile_information").mkdir(parents=True)
    secret = tmp_path / "secret.json"
    secret.write_bytes(PROFILE_JSON)
    (root / PROFILE_PATH).symlink_to(secret)
    report = run_scan([root], load_profile(SAMPLE_PROFILE))
    assert any("symbolic link" in w.message for w in report.warnings)
    assert not report.findings
