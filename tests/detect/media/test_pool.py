"""The photo pool under a full-screen app's stdio, and its fallback to one-by-one analysis.

Textual replaces `sys.stderr` with a capture whose `fileno()` is -1; multiprocessing hands that
number to the forkserver and resource tracker it starts, and fails ("bad value(s) in
fds_to_keep"). These tests put the same capture in place, with the helpers stopped as in a
fresh process, and check that the pool still runs its workers, and that when the pool cannot
be used the photos are still all analysed, here, with one warning saying so.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from multiprocessing import forkserver, resource_tracker
from typing import Any

import pytest
from textual.app import _PrintCapture

from auditor import helpers
from auditor.detect.media import pool as pool_mod
from auditor.detect.media.analysis import analyse_image
from auditor.detect.media.pool import AnalysisPool, Job
from tests.detect.media.images import HOME_LATLON, SCHOOL_LATLON, jpeg_with_gps


def _jobs(n: int = 8) -> list[Job]:
    out = []
    for i in range(n):
        lat, lon = SCHOOL_LATLON if i % 2 else HOME_LATLON
        data = jpeg_with_gps(lat + i * 1e-4, lon, when=datetime(2025, 9, 8 + i % 5, 10, 30))
        out.append(Job(hashlib.sha256(data).digest(), "image", data))
    return out


@contextlib.contextmanager
def app_stdio() -> Iterator[None]:
    """A fresh process's helpers (none running) and the app's stderr capture (fileno -1).

    (Set in the test's body: pytest puts its own capture back between a fixture and a test.)
    """
    forkserver._forkserver._stop()
    resource_tracker._resource_tracker._stop()
    saved = sys.stderr
    sys.stderr = _PrintCapture(None, stderr=True)  # type: ignore[arg-type]
    try:
        assert sys.stderr.fileno() == -1
        yield
    finally:
        sys.stderr = saved
        forkserver._forkserver._stop()  # the next user starts them again with a real stderr


def _run(pool: AnalysisPool, jobs: list[Job]) -> dict[bytes, Any]:
    try:
        return {job.key: result for job, result in pool.run(jobs)}
    finally:
        pool.close()


def test_the_pool_starts_its_workers_under_the_apps_stderr() -> None:
    said: list[str] = []
    pool = AnalysisPool(2, on_fallback=said.append)
    jobs = _jobs()
    with app_stdio():
        results = _run(pool, jobs)
        assert sys.stderr.fileno() == -1  # the app's capture is back in place
    assert said == [] and pool.fallback is None  # the workers did the work
    assert sorted(results) == sorted(j.key for j in jobs)
    for job in jobs:
        gps = results[job.key].gps
        assert gps is not None and gps.source == "exif"


def test_without_a_real_stderr_the_start_fails_and_the_rest_goes_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What the app met before: the helpers started with the capture as stderr.
    monkeypatch.setattr(helpers, "real_stderr", contextlib.nullcontext)
    said: list[str] = []
    pool = AnalysisPool(2, on_fallback=said.append)
    jobs = _jobs()
    with app_stdio():
        results = _run(pool, jobs)
    assert said == ["the worker processes could not be used (ValueError)"]
    assert sorted(results) == sorted(j.key for j in jobs)  # every photo, once
    for job in jobs:
        expected = analyse_image(job.data)
        assert results[job.key].gps == expected.gps
        assert results[job.key].taken_at == expected.taken_at


class FailingAfter(ProcessPoolExecutor):
    """A pool whose results stop coming after `ok` of them (any error, not only a dead
    worker)."""

    ok = 3

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        if FailingAfter.ok <= 0:
            raise RuntimeError("cannot schedule new futures after interpreter shutdown")
        FailingAfter.ok -= 1
        return super().submit(fn, *args, **kwargs)


def test_any_pool_error_part_way_gives_every_file_once_and_then_stays_in_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pool_mod, "ProcessPoolExecutor", FailingAfter)
    FailingAfter.ok = 3
    said: list[str] = []
    pool = AnalysisPool(2, on_fallback=said.append)
    jobs = _jobs(8)
    seen = [job.key for job, _ in pool.run(jobs)]
    assert sorted(seen) == sorted(j.key for j in jobs) and len(seen) == len(set(seen))
    assert said == ["the worker processes could not be used (RuntimeError)"]
    # The next batch goes straight to one by one (no second warning, no new pool).
    FailingAfter.ok = 100
    more = _jobs(7)
    assert len(list(pool.run(more))) == 7
    assert said == ["the worker processes could not be used (RuntimeError)"]
    assert pool._pool is None
    pool.close()
