"""Where the tool keeps what it writes: one private folder per user.

`--state DIR` (passed in) wins, then `AUDITOR_STATE_DIR`, then the platform's user data folder
(for example `~/.local/share/staff-profile-auditor` on Linux). The folder is created 0700 and
tightened to 0700 when it already exists, because it holds what the audits found.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from auditor.errors import AuditorError

APP_NAME = "staff-profile-auditor"
DB_NAME = "audits.sqlite3"
LOCK_NAME = "scan.lock"
CHECKLIST_DIR = "checklist"
MARKER = ".staff-profile-auditor"  # in folders the tool created itself: `wipe` may remove them


def state_dir(override: Path | None = None) -> Path:
    """The state folder (not created)."""
    if override is not None:
        return override.expanduser()
    env = os.environ.get("AUDITOR_STATE_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) with mode 0700; make an existing one 0700."""
    try:
        created = not path.exists()
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if created:
            fd = os.open(path / MARKER, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write("Created by Staff Profile Auditor; 'auditor wipe' removes it.\n")
        if os.name == "posix":
            os.chmod(path, 0o700)
    except OSError as exc:
        raise AuditorError(
            f"{path}: the folder for the audit history cannot be created ({exc.strerror})"
        ) from None
    return path


def private_file(path: Path) -> None:
    """Make an existing file 0600 (SQLite creates its WAL and SHM files with the umask)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)
