"""TUI responsiveness: time to the first frame, and time to the first finding on the sample.

    .venv/bin/python bench/bench_tui.py            # 5 runs of each
    .venv/bin/python bench/bench_tui.py --runs 10

First frame, two ways:
  * in a real terminal: `auditor tui` started in a detached tmux window (80x24); the time from
    spawning the process until the title shows in the captured pane (Python start-up and
    imports included: what a user waits for);
  * in-process, headless: from the start of `import tui.app` to the app's first screen mounted
    (imports, app set-up and the first layout, without the terminal).
Checklist step: `auditor tui` in tmux (120x36 and 80x24) over a store holding an audit of the
sample exports and a photo-rich download (52 photos; fewer findings without scikit-image):
from the key 6 until the checklist and its settings list are on the screen; with
`--baseline DIR` (a copy of older code), also with that code, alternating, for a side by side.
First finding: the app (headless) with the sample profile and the sample Facebook export
added; from pressing ctrl+r until the first finding is in the app's list, beside the same
measure for `run_scan` called directly (the pipeline alone, without the audit store), each in
a fresh process, so the TUI's and the store's overhead shows.
Goals: first frame under 1 s; the checklist step under 300 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "fixtures" / "sample"
EXPORT = SAMPLE / "exports" / "facebook-janesmith-20261101"
AUDITOR = ROOT / ".venv" / "bin" / "auditor"


def first_frame_tmux(state: Path) -> float | None:
    """Seconds from spawning `auditor` in tmux until its title is on the screen."""
    if shutil.which("tmux") is None:
        return None
    name = f"bench-tui-{time.monotonic_ns()}"
    start = time.perf_counter()
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", name, "-x", "80", "-y", "24",
         f"{AUDITOR} --state {state} tui"],
        check=True,
    )  # fmt: skip
    try:
        while time.perf_counter() - start < 20:
            pane = subprocess.run(
                ["tmux", "capture-pane", "-t", name, "-p"], capture_output=True, text=True
            ).stdout
            if "Staff Profile Auditor" in pane and "1 Setup" in pane:
                return time.perf_counter() - start
            time.sleep(0.01)
        return None
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def _pane(name: str) -> str:
    return subprocess.run(
        ["tmux", "capture-pane", "-t", name, "-p"], capture_output=True, text=True
    ).stdout


def audited_state(state: Path) -> Path:
    """A state folder with the sample profile and one recorded audit (by the CLI)."""
    state.mkdir(mode=0o700, parents=True)
    shutil.copy(SAMPLE / "school.toml", state / "school.toml")
    shutil.copy(SAMPLE / "pupils.txt", state / "pupils.txt")
    exports = sorted((SAMPLE / "exports").iterdir())
    try:
        sys.path.insert(0, str(ROOT))
        from tests.tui.photo_download import photo_download

        exports.append(photo_download(state.parent / "facebook-photos.zip"))
    except Exception:  # scikit-image (the dev extra) draws the faces: without it, the sample
        pass
    subprocess.run(
        [str(AUDITOR), "scan", *map(str, exports), "--profile", str(state / "school.toml"),
         "--state", str(state)],
        capture_output=True, check=True,
    )  # fmt: skip
    return state


def checklist_tmux(state: Path, width: int, height: int, code: Path | None = None) -> float | None:
    """Seconds from the key 6 until the checklist and its settings are on the screen; with
    `code`, the app as that copy of the code has it (a baseline, measured side by side)."""
    if shutil.which("tmux") is None:
        return None
    name = f"bench-checklist-{time.monotonic_ns()}"
    command = f"{AUDITOR} --state {state} tui"
    if code is not None:
        command = f"env PYTHONPATH={code} {sys.executable} -m auditor --state {state} tui"
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", name, "-x", str(width), "-y", str(height), command],
        check=True,
    )
    try:
        deadline = time.perf_counter() + 20
        while "Where to find it" not in _pane(name) and time.perf_counter() < deadline:
            time.sleep(0.05)
        time.sleep(1.5)  # the first screen read, as a user would
        start = time.perf_counter()
        subprocess.run(["tmux", "send-keys", "-t", name, "6"], check=True)
        while time.perf_counter() - start < 20:
            pane = _pane(name)
            if "social-media checklist" in pane and "Privacy settings to check" in pane:
                return time.perf_counter() - start
            time.sleep(0.005)
        return None
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def first_frame_headless(state: Path) -> float:
    """In a fresh interpreter: import, build and mount the app, headless."""
    code = f"""
import time
t0 = time.perf_counter()
import asyncio
from pathlib import Path
from tui.app import AuditorApp
async def main():
    app = AuditorApp(Path({str(state)!r}))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        print(time.perf_counter() - t0)
asyncio.run(main())
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


async def first_finding_in_app(state: Path) -> float:
    from tui.app import AuditorApp

    app = AuditorApp(state, browse_root=SAMPLE / "exports")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        app.screen.add_paths([EXPORT])  # type: ignore[attr-defined]
        while not app.session.exports or app.session.exports[0].checking:
            await pilot.pause(0.01)
        start = time.perf_counter()
        await pilot.press("ctrl+r")
        while not app.session.findings:
            await asyncio.sleep(0.002)
        took = time.perf_counter() - start
        while app.session.scan is not None and app.session.scan.running:
            await pilot.pause(0.05)
    return took


def first_finding_pipeline() -> float:
    from auditor.pipeline import ScanCallbacks, run_scan
    from auditor.profile.loader import load_profile

    profile = load_profile(SAMPLE / "school.toml")
    found = threading.Event()
    start = time.perf_counter()
    first: list[float] = []

    def on_finding(_f: object) -> None:
        if not found.is_set():
            first.append(time.perf_counter() - start)
            found.set()

    run_scan([EXPORT], profile, callbacks=ScanCallbacks(on_finding=on_finding))
    return first[0]


def summary(name: str, values: list[float]) -> None:
    if not values:
        print(f"{name:<44} (not measured)")
        return
    ms = [v * 1000 for v in values]
    print(
        f"{name:<44} median {statistics.median(ms):7.0f} ms   "
        f"min {min(ms):7.0f} ms   max {max(ms):7.0f} ms   (n={len(ms)})"
    )


def in_fresh_process(what: str, state: Path) -> float:
    """Each measure in its own interpreter, so that no import is already warm."""
    out = subprocess.run(
        [sys.executable, __file__, "--one", what, str(state)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--baseline",
        type=Path,
        help="a copy of older code (git archive REV | tar -x -C DIR): the checklist step is "
        "also timed with it, alternating runs",
    )
    parser.add_argument("--checklist-only", action="store_true", help="only the checklist step")
    parser.add_argument("--one", nargs=2, metavar=("WHAT", "STATE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        what, state = args.one
        if what == "in_app":
            print(asyncio.run(first_finding_in_app(Path(state))))
        else:
            print(first_finding_pipeline())
        return
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        tmux: list[float] = []
        headless: list[float] = []
        in_app: list[float] = []
        pipeline: list[float] = []
        checklist: dict[str, list[float]] = {"120x36": [], "80x24": []}
        baseline: dict[str, list[float]] = {"120x36": [], "80x24": []}
        audited = audited_state(base / "audited" / "state")
        load_before = os.getloadavg()
        for n in range(args.runs):
            for size, values in checklist.items():
                w, h = map(int, size.split("x"))
                if args.baseline is not None:
                    took = checklist_tmux(audited, w, h, args.baseline.resolve())
                    if took is not None:
                        baseline[size].append(took)
                took = checklist_tmux(audited, w, h)
                if took is not None:
                    values.append(took)
            if args.checklist_only:
                continue
            fresh = base / f"fresh-{n}"
            t = first_frame_tmux(fresh)
            if t is not None:
                tmux.append(t)
            headless.append(first_frame_headless(base / f"headless-{n}"))
            state = base / f"scan-{n}"
            state.mkdir()
            shutil.copy(SAMPLE / "school.toml", state / "school.toml")
            shutil.copy(SAMPLE / "pupils.txt", state / "pupils.txt")
            in_app.append(in_fresh_process("in_app", state))
            pipeline.append(in_fresh_process("pipeline", state))
        print("TUI benchmark (sample export: facebook-janesmith-20261101)")
        summary("first frame, real terminal (tmux 80x24)", tmux)
        summary("first frame, headless (import to mount)", headless)
        print(f"load average before / after: {load_before} / {os.getloadavg()}")
        for size, values in checklist.items():
            if args.baseline is not None:
                summary(f"checklist step, baseline (tmux {size})", baseline[size])
            summary(f"checklist step, real terminal (tmux {size})", values)
        summary("first finding, in the app (from ctrl+r)", in_app)
        summary("first finding, run_scan alone (fresh process)", pipeline)


if __name__ == "__main__":
    main()
