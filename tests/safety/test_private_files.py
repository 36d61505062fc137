"""Everything the tool writes is private to the user, and `doctor` repairs what is not."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from tests.conftest import SAMPLE_EXPORTS, SAMPLE_PROFILE
from tests.helpers import run_cli


def _loose(root: Path) -> list[str]:
    out = []
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if mode & 0o077:
            out.append(f"{path.relative_to(root)} {oct(mode)}")
    return out


def test_a_scan_writes_only_private_files(tmp_path: Path) -> None:
    state = tmp_path / "state"
    old = os.umask(0o022)  # a typical, permissive umask: the tool must not rely on it
    try:
        proc = run_cli(
            "scan", *sorted(SAMPLE_EXPORTS.iterdir()), "--profile", SAMPLE_PROFILE, "--state", state
        )
    finally:
        os.umask(old)
    assert proc.returncode == 0, proc.stderr
    assert any(state.rglob("*.sqlite3")), "the scan should have recorded the audit"
    assert _loose(state) == []


def test_doctor_repairs_loose_permissions(tmp_path: Path) -> None:
    state = tmp_path / "state"
    (state / "checklist").mkdir(parents=True)
    (state / "checklist" / "checklist.md").write_text("x")
    os.chmod(state, 0o755)
    os.chmod(state / "checklist", 0o775)
    os.chmod(state / "checklist" / "checklist.md", 0o644)
    proc = run_cli("doctor", "--json", "--state", state)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert sorted(report["repaired"]) == ["checklist", "checklist.md", "state"]
    assert _loose(state) == []
    assert report["network"].startswith("off")
