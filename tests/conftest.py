"""Shared fixtures: the bundled sample profile and exports, and zips built from them."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

# Blocks every connection beyond loopback for the whole suite (see tests/network_guard.py).
pytest_plugins = ["tests.network_guard"]

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SAMPLE = FIXTURES / "sample"
SAMPLE_PROFILE = SAMPLE / "school.toml"
SAMPLE_EXPORTS = SAMPLE / "exports"
SHARED = ROOT.parent / "shared"
REAL_EXPORTS = SHARED / "real-exports"


def zip_folder(folder: Path, dest: Path, root_prefix: str = "") -> Path:
    """A real zip of `folder`, as a platform would deliver it."""
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, root_prefix + path.relative_to(folder).as_posix())
    return dest


@pytest.fixture
def sample_profile(tmp_path: Path) -> Path:
    """A private copy of the sample profile and pupil list (tests may edit it)."""
    dest = tmp_path / "profile"
    shutil.copytree(SAMPLE, dest, ignore=shutil.ignore_patterns("exports"))
    return dest / "school.toml"


@pytest.fixture
def facebook_zip(tmp_path: Path) -> Path:
    return zip_folder(
        SAMPLE_EXPORTS / "facebook-janesmith-20261101", tmp_path / "facebook-janesmith-20261101.zip"
    )


@pytest.fixture(autouse=True)
def _private_state(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every test keeps the tool's state in its own temporary folder, never the user's."""
    state = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("AUDITOR_STATE_DIR", str(state))
    monkeypatch.setenv("XDG_DATA_HOME", str(state / "xdg"))
    os.environ.pop("AUDITOR_SPACY_MODEL", None)
