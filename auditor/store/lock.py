"""One scan at a time per state folder: an advisory lock on a file beside the database.

SQLite's own locking keeps every transaction safe; this lock is about meaning. Two scans
recording audits at once would each judge the other's findings "resolved", and a wipe in the
middle of a scan would leave half an audit. The lock is released by the OS when the process
dies, which is how the next run tells an interrupted audit from one still running.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import TracebackType

from auditor.errors import AuditorError


class StateBusy(AuditorError):
    """Another auditor process is using the state folder."""

    exit_code = 75  # EX_TEMPFAIL: try again later


class StateLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self, wait: float = 0.0) -> bool:
        """Take the lock, waiting up to `wait` seconds; False when another process holds it."""
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + wait
        while True:
            if _try_lock(fd):
                self._fd = fd
                try:  # who holds it, for the "busy" message (best effort)
                    os.ftruncate(fd, 0)
                    os.pwrite(fd, str(os.getpid()).encode(), 0)
                except (OSError, AttributeError):
                    pass
                return True
            if time.monotonic() >= deadline:
                os.close(fd)
                return False
            time.sleep(0.1)

    def acquire_or_fail(self, wait: float, what: str) -> None:
        if not self.acquire(wait):
            holder = self.holder()
            who = f" (process {holder})" if holder else ""
            raise StateBusy(
                f"another auditor{who} is {what} in {self.path.parent}; "
                "wait for it to finish and try again"
            )

    def holder(self) -> int | None:
        try:
            return int(self.path.read_text().strip() or 0) or None
        except (OSError, ValueError):
            return None

    def is_held_elsewhere(self) -> bool:
        """True when another process holds the lock now (we do not keep it)."""
        if self._fd is not None:
            return False
        if not self.path.exists():
            return False
        if self.acquire(0):
            self.release()
            return False
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> StateLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
