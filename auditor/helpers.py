"""The helper processes of multiprocessing, started with a real stderr.

Kept apart from the photo pool (`auditor.detect.media.pool`) and free of the engine's imports,
so that the app can start them before its first frame without waiting for the detectors.

Starting the forkserver (and multiprocessing's resource tracker) passes this process's stderr
on by its file descriptor. A full-screen app replaces `sys.stderr` with an object whose
`fileno()` is -1, and the start then fails ("bad value(s) in fds_to_keep").
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Iterator

log = logging.getLogger(__name__)
_stdio_lock = threading.Lock()


def _has_fd(stream: object) -> bool:
    try:
        return int(stream.fileno()) >= 0  # type: ignore[attr-defined]
    except Exception:
        return False


@contextlib.contextmanager
def real_stderr() -> Iterator[None]:
    """`sys.stderr` with a real file descriptor while helper processes are started.

    Under a full-screen app `sys.stderr` is a capture whose `fileno()` is -1; multiprocessing
    passes that number on and fails. The process's own stderr (or /dev/null) stands in for the
    moment it takes to start them."""
    if _has_fd(sys.stderr):
        yield
        return
    with _stdio_lock:
        saved = sys.stderr
        stand_in = sys.__stderr__ if _has_fd(sys.__stderr__) else None
        devnull = None
        if stand_in is None:
            devnull = open(os.devnull, "w")  # noqa: SIM115 (closed below)
            stand_in = devnull
        sys.stderr = stand_in
        try:
            yield
        finally:
            sys.stderr = saved
            if devnull is not None:
                devnull.close()


def ensure_helpers() -> None:
    from multiprocessing import forkserver

    with real_stderr():
        forkserver.ensure_running()  # and the resource tracker; a no-op once they run


def start_helpers() -> None:
    """Start the forkserver and resource tracker now, while stdio is the process's own.

    Call it before a full-screen app takes the terminal; it costs a few milliseconds (the
    helpers load nothing until the first photo is analysed). Never raises: a failure here
    only means the pool will try again, and fall back to one by one if it must."""
    try:
        ensure_helpers()
    except Exception as exc:  # pragma: no cover (depends on the platform)
        log.debug("the photo workers' helpers could not be started early: %s", exc)
