"""Kill a scan at random points, again and again, then let it finish: the store must never be
corrupt, and the finished audit must hold the same findings as one never interrupted.

Used by tests/safety/test_kill_loop.py and by scripts/safety_figures.py.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROFILE = ROOT / "fixtures" / "sample" / "school.toml"


@dataclass
class KillLoopResult:
    kills: int = 0  # processes killed while they were still scanning
    finished_early: int = 0  # runs that completed before their kill time
    integrity_failures: list[str] = field(default_factory=list)
    owed_notices: int = 0  # runs that completed right after a kill left an audit running
    interrupted_notices: int = 0  # of those, how many said the last audit was interrupted
    same_findings: bool = False
    findings: int = 0


def _scan(export: Path, state: Path, fmt: str = "json") -> list[str]:
    return [
        sys.executable,
        "-m",
        "auditor",
        "scan",
        str(export),
        "--profile",
        str(PROFILE),
        "--model",
        "none",
        "--state",
        str(state),
        "--format",
        fmt,
    ]


def _finding_ids(stdout: str) -> list[str]:
    return sorted(f["id"] for f in json.loads(stdout)["findings"])


def _integrity(db: Path) -> str:
    if not db.exists():
        return "ok"
    conn = sqlite3.connect(db, timeout=10)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _latest_status(db: Path) -> str | None:
    if not db.exists():
        return None
    conn = sqlite3.connect(db, timeout=10)
    try:
        row = conn.execute("SELECT status FROM audits ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def run_kill_loop(export: Path, work: Path, kills: int = 20, seed: int = 7) -> KillLoopResult:
    rng = random.Random(seed)
    result = KillLoopResult()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    clean_state, state = work / "clean-state", work / "killed-state"
    # An uninterrupted scan, timed, so that the kills land all through a scan's life (start-up,
    # reading, detection, recording). Later runs resume with what was analysed already.
    start = time.monotonic()
    clean = subprocess.run(
        _scan(export, clean_state), capture_output=True, text=True, env=env, cwd=ROOT, timeout=600
    )
    span = time.monotonic() - start
    assert clean.returncode == 0, clean.stderr
    expected = _finding_ids(clean.stdout)
    db = state / "audits.sqlite3"
    attempts = 0
    pending = False  # the previous kill left an audit running: this run must say so
    while result.kills < kills and attempts < kills * 3:
        attempts += 1
        # --fresh: a run never short-cuts to stored results, so a kill can land mid-scan.
        began = time.monotonic()
        proc = subprocess.Popen(
            [*_scan(export, state), "--fresh"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        time.sleep(rng.uniform(0.3, 1.0) * span)
        killed = proc.poll() is None
        if killed:
            proc.send_signal(signal.SIGKILL)
            result.kills += 1
        _, stderr = proc.communicate(timeout=60)
        if not killed:
            result.finished_early += 1
            # Later runs resume with what was analysed already, so they are quicker: aim the
            # next kill within the length of the run just seen.
            span = time.monotonic() - began
        if pending and not killed:
            result.owed_notices += 1
            result.interrupted_notices += "interrupted" in (stderr or "")
        # The store's own record decides: an audit left unfinished is owed a notice.
        pending = _latest_status(db) in ("running", "interrupted")
        check = _integrity(db)
        if check != "ok":
            result.integrity_failures.append(check)
    final = subprocess.run(
        _scan(export, state), capture_output=True, text=True, env=env, cwd=ROOT, timeout=600
    )
    assert final.returncode == 0, final.stderr
    got = _finding_ids(final.stdout)
    result.findings = len(got)
    result.same_findings = got == expected
    if _integrity(db) != "ok":
        result.integrity_failures.append("after the final run")
    return result
