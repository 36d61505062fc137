"""Analyse many files on both cores, with progress (done / total, ETA).

Workers are separate processes started by `forkserver` (a fork of a process with threads —
the TUI — is unsafe); each runs OpenCV single-threaded, so two workers use two cores and no
more. With one worker the analysis runs in this process (tests, tiny audits).
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from auditor.detect.media.analysis import MediaAnalysis, analyse_image

# Starting worker processes costs about a second: a handful of photos is quicker done here.
MIN_POOL_JOBS = 6


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
    try:
        import cv2

        cv2.setNumThreads(1)
    except ImportError:  # pragma: no cover
        pass


def analyse_job(kind: str, data: bytes) -> MediaAnalysis:
    if kind == "video":
        from auditor.detect.media.video import analyse_video

        return analyse_video(data)
    return analyse_image(data)


def _safe(kind: str, data: bytes) -> MediaAnalysis:
    try:
        return analyse_job(kind, data)
    except Exception as exc:  # one bad file must not stop the audit
        return MediaAnalysis(
            media_type=kind, problem=f"could not be analysed ({type(exc).__name__})"
        )


class AnalysisPool:
    def __init__(self, workers: int = 2) -> None:
        self.workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            ctx = multiprocessing.get_context("forkserver")
            self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker)
        return self._pool

    def run(self, jobs: list[Job]) -> Iterator[tuple[Job, MediaAnalysis]]:
        """Results as they finish (in any order)."""
        if self.workers == 1 or len(jobs) < MIN_POOL_JOBS:
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
        except BrokenProcessPool:  # a worker died (out of memory?): the rest, one by one, here
            self.close()
            for job in jobs:
                if job.key not in yielded:
                    yield job, _safe(job.kind, job.data)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


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
