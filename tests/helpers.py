"""Running the real CLI as a user would: a subprocess of the installed entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def run_cli(
    *args: str | Path, env: dict[str, str] | None = None, timeout: int = 300
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "auditor", *map(str, args)],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=ROOT,
        timeout=timeout,
    )


def run_json(*args: str | Path, env: dict[str, str] | None = None) -> dict[str, Any]:
    proc = run_cli(*args, "--format", "json", env=env)
    assert proc.returncode == 0, proc.stderr
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


def read_items(path: Path) -> tuple[list[Any], list[Any]]:
    """Every item and warning of one export, read the way a scan reads it."""
    from auditor.sources.scan import ExportReading

    reading = ExportReading(path)
    try:
        items = list(reading)
    finally:
        reading.close()
    return items, reading.warnings


def kinds(items: list[Any]) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in items:
        out[item.kind.value] = out.get(item.kind.value, 0) + 1
    return out


def csv_record_at(path: Path, locator: str) -> str:
    """The text of the CSV record that starts at the line a locator like 'row at line 3' names."""
    line = int(locator.rsplit(" ", 1)[1])
    import csv
    import io

    text = path.read_text("utf-8-sig")
    reader = csv.reader(io.StringIO(text, newline=""))
    start = 1
    for row in reader:
        if start == line:
            return ",".join(row)
        start = reader.line_num + 1
    raise AssertionError(f"no record starts at line {line}")


def scan_findings(*exports: Path) -> Any:
    """A scan of exports with the bundled sample profile (the real engine, rules and all)."""
    from auditor.pipeline import run_scan
    from auditor.profile.loader import load_profile

    return run_scan(list(exports), load_profile(ROOT / "fixtures" / "sample" / "school.toml"))
