"""Open a file the tool wrote with the program the system uses for it (a browser for the
HTML checklist), as a double-click would. Local files only: nothing is fetched."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def open_with_system(path: Path) -> str | None:
    """Start the system's opener on `path`; None when started, else why not, in words."""
    if not path.is_file():
        return f"{path} is not there"
    if sys.platform == "win32":  # pragma: no cover (not the test platform)
        try:
            os.startfile(path)  # type: ignore[attr-defined]
        except OSError as exc:
            return f"it could not be opened ({exc.strerror})"
        return None
    opener = "open" if sys.platform == "darwin" else "xdg-open"
    program = shutil.which(opener)
    if program is None:
        return f"no program to open it was found ({opener} is not installed)"
    try:
        subprocess.Popen(
            [program, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # it outlives the app, and never writes on its screen
        )
    except OSError as exc:
        return f"{opener} could not be started ({exc.strerror})"
    return None
