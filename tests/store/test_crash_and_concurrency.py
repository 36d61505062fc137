"""A scan killed part-way leaves a consistent database, and the next run says so and resumes;
two processes on one state folder do not record audits over each other."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_PROFILE
from tests.helpers import ROOT, run_cli
from tests.store.exports import Y4_TEACHER, facebook_export, large_facebook_export


def _latest_audit(db: Path) -> tuple[str, int] | None:
    if not db.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            row = conn.execute(
                "SELECT status, items_done FROM audits ORDER BY id DESC LIMIT 1"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return (str(row[0]), int(row[1])) if row else None


@pytest.mark.slow
def test_killed_scan_leaves_the_database_intact_and_is_resumed(tmp_path: Path) -> None:
    export = large_facebook_export(tmp_path / "facebook-big", posts=40_000)
    db = Path(os.environ["AUDITOR_STATE_DIR"]) / "audits.sqlite3"
    proc = subprocess.Popen(
        # Rules only (no language model): the test is about the database, and must stay quick.
        [
            sys.executable,
            "-m",
            "auditor",
            "scan",
            str(export),
            "--profile",
            str(SAMPLE_PROFILE),
            "--model",
            "none",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            latest = _latest_audit(db)
            if latest is not None and latest[1] >= 2048:
                break
            assert proc.poll() is None, "the scan ended before it could be killed"
            assert time.monotonic() < deadline, "the scan never recorded its progress"
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    status, done = conn.execute("SELECT status, items_done FROM audits").fetchone()
    assert status == "running" and done >= 2048  # as the dead process left it
    cached = conn.execute("SELECT count(*) FROM text_cache").fetchone()[0]
    assert cached >= 2048  # what it analysed before dying is kept
    assert conn.execute("SELECT count(*) FROM findings").fetchone()[0] == 0
    conn.close()

    hist = run_cli("history")
    assert "interrupted" in hist.stdout and "was interrupted after" in hist.stdout

    again = run_cli("scan", export, "--profile", SAMPLE_PROFILE, "--model", "none")
    assert again.returncode == 0, again.stderr
    assert "the last audit (started" in again.stderr
    assert "was interrupted after" in again.stderr and "resuming it" in again.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    rows = conn.execute("SELECT id, status, resumed, items_done, n_new FROM audits").fetchall()
    conn.close()
    assert len(rows) == 1
    _id, status, resumed, items_done, new = rows[0]
    assert (status, resumed) == ("completed", 1)
    assert items_done >= 40_000 and new >= 1


def test_restart_starts_a_new_audit_instead(tmp_path: Path) -> None:
    from auditor.store import Store

    export = facebook_export(tmp_path / "facebook", [Y4_TEACHER])
    with Store.open() as store:  # an audit a dead process left running
        store.begin_audit(
            [],
            profile_name="x",
            profile_fingerprint="y",
            rules_version="",
            detector_version="",
            tool_version="",
            review_interval_days=91,
        )
    proc = run_cli("scan", export, "--profile", SAMPLE_PROFILE, "--restart")
    assert proc.returncode == 0, proc.stderr
    assert "was interrupted; starting a new audit (--restart)" in proc.stderr
    audits = [
        line.split()[:2]
        for line in run_cli("history").stdout.splitlines()
        if line.strip()[:1].isdigit()
    ]
    assert [a[0] for a in audits] == ["1", "2"]
    hist = run_cli("history").stdout
    assert "interrupted" in hist and "completed" in hist


def test_a_second_scan_waits_for_the_first_or_says_the_state_is_busy(tmp_path: Path) -> None:
    from auditor.store.lock import StateLock

    export = facebook_export(tmp_path / "facebook", [Y4_TEACHER])
    state = Path(os.environ["AUDITOR_STATE_DIR"])
    lock = StateLock(state / "scan.lock")
    assert lock.acquire()
    try:
        busy = run_cli("wipe", "--yes")  # never waits: refuses while a scan runs
        assert busy.returncode == 75
        assert "another auditor" in busy.stderr and f"(process {os.getpid()})" in busy.stderr
        assert (state / "scan.lock").exists()

        # A scan waits a few seconds for the state to be free: release it after one.
        timer = threading.Timer(1.0, lock.release)
        timer.start()
        t0 = time.monotonic()
        waited = run_cli("scan", export, "--profile", SAMPLE_PROFILE)
        timer.join()
        assert waited.returncode == 0, waited.stderr
        assert time.monotonic() - t0 >= 1.0
        assert "Audit 1 recorded" in waited.stdout
    finally:
        lock.release()


def test_busy_state_raises_for_the_api(tmp_path: Path) -> None:
    from auditor.profile.loader import load_profile
    from auditor.store import Store
    from auditor.store.lock import StateBusy, StateLock
    from auditor.store.recorder import recorded_scan

    export = facebook_export(tmp_path / "facebook", [Y4_TEACHER])
    with Store.open() as store:
        other = StateLock(store.lock.path)
        # flock locks belong to open files: a second open file in this process is "another".
        assert other.acquire()
        try:
            with pytest.raises(StateBusy):
                recorded_scan(store, [export], load_profile(SAMPLE_PROFILE), wait=0.2)
        finally:
            other.release()
        assert store.audits() == []
