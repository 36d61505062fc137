"""A child Python process with the suite's network guard installed at start-up (through a
generated `sitecustomize.py`), recording every blocked attempt to a file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

SITECUSTOMIZE = """
import atexit, os, sys
sys.path.insert(0, {root!r})
from tests.network_guard import install
install({log!r})
with open({mark!r}, "a", encoding="utf-8") as fh:
    fh.write(f"installed {{os.getpid()}}\\n")
sys.path.remove({root!r})

def _modules():
    loaded = sorted(m for m in ("httpx", "httpcore", "requests", "urllib3", "aiohttp", "auditor.online")
                    if m in sys.modules)
    with open({mark!r}, "a", encoding="utf-8") as fh:
        fh.write("http-modules " + ",".join(loaded) + "\\n")

atexit.register(_modules)
"""


class GuardedChild:
    """Runs Python in a child process with the network guard installed at start-up."""

    def __init__(self, tmp: Path) -> None:
        self.site = tmp / "site"
        self.site.mkdir()
        self.log = tmp / "blocked.log"
        self.mark = tmp / "installed.log"
        (self.site / "sitecustomize.py").write_text(
            SITECUSTOMIZE.format(root=str(ROOT), log=str(self.log), mark=str(self.mark))
        )

    def run(
        self,
        *args: str,
        input: str | None = None,
        env: dict[str, str] | None = None,
        timeout: int = 240,
    ) -> subprocess.CompletedProcess[str]:
        full_env = {**os.environ, **(env or {}), "PYTHONPATH": str(self.site)}
        return subprocess.run(
            [sys.executable, *args],
            capture_output=True,
            text=True,
            input=input,
            env=full_env,
            cwd=ROOT,
            timeout=timeout,
        )

    def blocked(self) -> list[str]:
        return self.log.read_text().splitlines() if self.log.exists() else []

    def marks(self) -> list[str]:
        return self.mark.read_text().splitlines()
