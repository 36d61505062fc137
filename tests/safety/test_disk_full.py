"""Disk full while writing: a clear error, and the previous file left intact."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from auditor.cli.output import write_private
from auditor.errors import AuditorError


def test_disk_full_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "checklist.md"
    write_private(target, "the previous checklist\n")

    real_fsync = os.fsync

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(AuditorError) as exc:
        write_private(target, "a new checklist that does not fit\n" * 1000)
    monkeypatch.setattr(os, "fsync", real_fsync)

    message = str(exc.value)
    assert "checklist.md" in message and "No space left on device" in message
    assert "nothing was changed" in message
    assert target.read_text() == "the previous checklist\n"
    assert [p.name for p in tmp_path.iterdir()] == ["checklist.md"], (
        "a temporary file was left behind"
    )


def test_written_files_are_private(tmp_path: Path) -> None:
    os.umask(0o022)
    target = tmp_path / "report.json"
    write_private(target, "{}")
    assert target.stat().st_mode & 0o777 == 0o600
