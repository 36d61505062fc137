"""Prints the safety figures of issue 9: kills survived, hostile files tried, property-based
examples run, and what the network guard blocked.

Run: .venv/bin/python scripts/safety_figures.py [--kills N]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.safety.hostile_zips import HOSTILE  # noqa: E402
from tests.safety.kill_loop import run_kill_loop  # noqa: E402
from tests.store.exports import large_facebook_export  # noqa: E402


def kill_figures(kills: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        export = large_facebook_export(work / "facebook-kills", posts=20_000)
        start = time.monotonic()
        r = run_kill_loop(export, work, kills=kills)
        print(f"kill loop ({time.monotonic() - start:.0f} s):")
        print(f"  scans killed at random points:     {r.kills}")
        print(f"  runs that finished before the kill: {r.finished_early}")
        print(f"  integrity-check failures:           {len(r.integrity_failures)}")
        print(f"  'was interrupted' said when owed:   {r.interrupted_notices} of {r.owed_notices}")
        print(f"  final findings equal uninterrupted: {r.same_findings} ({r.findings} findings)")


def suite_figures() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--hypothesis-show-statistics",
            "tests/safety",
            "tests/online",
            "-k",
            "not kill",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    out = proc.stdout
    examples = sum(int(n) for n in re.findall(r"(\d+) passing(?: examples)?,", out))
    failing = sum(int(n) for n in re.findall(r"(\d+) failing(?: examples)?,", out))
    fuzz_cases = len(re.findall(r"test_reader_fuzz\.py::TestReaderRobustness::test_truncated", out))
    summary = out.strip().splitlines()[-1] if out.strip() else "(no output)"
    blocked = re.search(r"(\d+) deliberate attempt", out)
    print("safety and online suites:")
    print(f"  hostile archive kinds tried:        {len(HOSTILE)} ({', '.join(sorted(HOSTILE))})")
    print(f"  hypothesis examples run:            {examples} passing, {failing} failing")
    if fuzz_cases:
        print(f"  reader/fixture pairs fuzzed:        {fuzz_cases}")
    print(f"  connections blocked (online tests): {blocked.group(1) if blocked else 0}")
    print(f"  pytest: {summary}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=25)
    args = parser.parse_args()
    kill_figures(args.kills)
    suite_figures()


if __name__ == "__main__":
    main()
