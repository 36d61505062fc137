"""Analyse many files on both cores, with progress (done / total, ETA).

Workers are separate processes started by `forkserver` (a fork of a process with threads —
the TUI — is unsafe); each runs OpenCV single-threaded, so two workers use two cores and no
more. With one worker the analysis runs in this process (tests, tiny audits).

Starting the forkserver (and multiprocessing's resource tracker) passes this process's stderr
on by its file descriptor. A full-screen app replaces `sys.stderr` with an object whose
`fileno()` is -1, and the start then fails ("bad value(s) in fds_to_keep"). So the app calls
`auditor.helpers.start_helpers()` before it takes the terminal, and the pool starts its
helpers with a real stderr in place in any case. Whatever still goes wrong with the pool (it cannot start, a worker
dies, a result cannot be sent back), the files left are analysed here, one by one, and
`on_fallback` is told why, once.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditor.helpers import ensure_helpers

if TYPE_CHECKING:  # the analysis (OpenCV, NumPy) is imported when a photo is looked at
    from auditor.detect.media.analysis import MediaAnalysis

log = logging.getLogger(__name__)

# Starting worker processes costs about a second: a handful of photos is quicker done here.
MIN_POOL_JOBS = 6
START_METHOD = "forkserver"


@dataclass(frozen=True)
class Job:
    key: bytes
    kind: str  # "image" | "video"
    data: bytes


@dataclass
class MediaProgress:
    done: int
    total: int
    eta_s: float | None  # seconds left at the current pace, when known


def _init_worker() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"
    # A worker has nothing to say on the terminal (its results and problems come back as
    # data); a library's warning written there would land in the middle of the app's screen.
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.close(devnull)
    try:
        import cv2

        cv2.setNumThreads(1)
    except ImportError:  # pragma: no cover
        pass


def analyse_job(kind: str, data: bytes) -> MediaAnalysis:
    if kind == "video":
        from auditor.detect.media.video import analyse_video

        return analyse_video(data)
    from auditor.detect.media.analysis import analyse_image

    return analyse_image(data)


def _safe(kind: str, data: bytes) -> MediaAnalysis:
    try:
        return analyse_job(kind, data)
    except Exception as exc:  # one bad file must not stop the audit
        from auditor.detect.media.analysis import MediaAnalysis

        return MediaAnalysis(
            media_type=kind, problem=f"could not be analysed ({type(exc).__name__})"
        )


def pool_problem(exc: BaseException) -> str:
    """What went wrong with the pool, in a few words for the scan's warnings."""
    name = type(exc).__name__
    if name == "BrokenProcessPool":
        return "a worker process stopped"
    return f"the worker processes could not be used ({name})"


class AnalysisPool:
    def __init__(self, workers: int = 2, on_fallback: Callable[[str], None] | None = None) -> None:
        self.workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None
        self._on_fallback = on_fallback
        self.fallback: str | None = None  # why the pool was given up, once it was

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            ctx = multiprocessing.get_context(START_METHOD)
            ensure_helpers()  # with a real stderr: the workers are forked from the forkserver
            self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker)
        return self._pool

    def run(self, jobs: list[Job]) -> Iterator[tuple[Job, MediaAnalysis]]:
        """Results as they finish (in any order)."""
        if self.workers == 1 or len(jobs) < MIN_POOL_JOBS or self.fallback is not None:
            for job in jobs:
                yield job, _safe(job.kind, job.data)
            return
        yielded: set[bytes] = set()
        try:
            pool = self._executor()
            futures: dict[Future[MediaAnalysis], Job] = {
                pool.submit(_safe, job.kind, job.data): job for job in jobs
            }
            for fut in as_completed(futures):
                job = futures[fut]
                result = fut.result()
                yielded.add(job.key)
                yield job, result
        except Exception as exc:  # any pool trouble: the rest, one by one, here
            self._give_up(exc)
            for job in jobs:
                if job.key not in yielded:
                    yield job, _safe(job.kind, job.data)

    def _give_up(self, exc: Exception) -> None:
        self.fallback = pool_problem(exc)
        log.debug("photo pool given up: %r", exc)
        with contextlib.suppress(Exception):
            self.close()
        self._pool = None
        if self._on_fallback is not None:
            self._on_fallback(self.fallback)

    def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            pool.shutdown(wait=True, cancel_futures=True)


class ProgressClock:
    """done / total with an ETA from the pace of real (not cached) work."""

    def __init__(self, total: int, report: Callable[[MediaProgress], None] | None) -> None:
        self.total = total
        self.done = 0
        self._report = report
        self._t0 = time.monotonic()
        self._worked = 0

    def tick(self, worked: bool) -> None:
        self.done += 1
        self._worked += worked
        if self._report is None:
            return
        left = max(0, self.total - self.done)
        elapsed = time.monotonic() - self._t0
        eta = elapsed / self.done * left if self.done and elapsed > 0 else None
        self._report(MediaProgress(self.done, max(self.total, self.done), eta))
